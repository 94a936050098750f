"""Which topic list the matrix uses, why, and a way to switch: chosen automatically (with how
clearly it fits), a bundled list, or a list file of the user's own."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from reportdesk.align.taxonomy import BUNDLED_PREFIX, bundled_taxonomies
from reportdesk.gui.i18n import tr

FROM_FILE = "@file"


class TopicListBox(QComboBox):
    sig_choose_file = Signal()  # the user wants to pick a list file

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._bundled = [(BUNDLED_PREFIX + t.id, t.name) for t in bundled_taxonomies()]
        self.activated.connect(self._chosen)
        session.sig_alignment_changed.connect(lambda _: self.retranslate())

    def retranslate(self) -> None:
        alignment, choice = self.session.alignment, self.session.taxonomy
        self.blockSignals(True)
        self.clear()
        auto = tr("自动选择")
        if alignment is not None and not choice:
            auto = tr("自动：%s") % alignment.taxonomy_name
        self.addItem(auto, "")
        for key, name in self._bundled:
            self.addItem(name, key)
        if choice and not choice.startswith(BUNDLED_PREFIX):
            self.addItem(alignment.taxonomy_name if alignment else choice, choice)
        self.addItem(tr("从文件选择…"), FROM_FILE)
        self.setCurrentIndex(max(0, self.findData(choice)))
        self.blockSignals(False)
        self.setToolTip(self._why(alignment, choice))

    def _why(self, alignment, choice: str) -> str:
        if alignment is None:
            return tr("主题表决定矩阵的行；默认按报告内容自动选择")
        if choice:
            return tr("使用指定的主题表：%s") % alignment.taxonomy_name
        if not alignment.taxonomy_scores:
            return tr("没有适合这些报告的主题表，已按内容相似度自动分组")
        lines = [tr("自动选择：%s（明显更适合，得分是次优的 %.1f 倍）") % (alignment.taxonomy_name,
                                                                alignment.taxonomy_margin)]
        if alignment.taxonomy_misfits:
            lines.append(tr("其中 %d 篇报告更适合其他主题表") % len(alignment.taxonomy_misfits))
        return "\n".join(lines)

    def _chosen(self, index: int) -> None:
        choice = self.itemData(index)
        if choice == FROM_FILE:
            self.retranslate()  # the box shows the list in use until a file is picked
            self.sig_choose_file.emit()
        else:
            self.session.set_taxonomy(choice)
