"""Which topic list the matrix uses, why, and a way to switch: chosen automatically (with how
clearly it fits), a bundled list, or a list file of the user's own."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox

from reportdesk.align.taxonomy import BUNDLED_PREFIX, bundled_taxonomies
from reportdesk.gui.i18n import tr

FROM_FILE = "@file"
SHOWN = "@list:"  # an item that shows one of the lists a mixed set uses


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
        lists = alignment.lists if alignment is not None and not choice else ()
        if len(lists) > 1:  # a mixed set: each list in use, with how many reports use it
            for topic_list in lists:
                name = topic_list.name if topic_list.fits else tr("无适用主题表")
                self.addItem(tr("自动：%s（%d 篇）") % (name, len(topic_list.reports)), SHOWN + topic_list.id)
        else:
            if alignment is not None and not choice:
                auto = tr("自动：%s") % alignment.taxonomy_name
            self.addItem(auto, "")
        for key, name in self._bundled:
            self.addItem(name, key)
        if choice and not choice.startswith(BUNDLED_PREFIX):
            self.addItem(alignment.taxonomy_name if alignment else choice, choice)
        self.addItem(tr("从文件选择…"), FROM_FILE)
        shown = self.session.shown_list()
        current = SHOWN + shown.id if len(lists) > 1 and shown is not None else choice
        self.setCurrentIndex(max(0, self.findData(current)))
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
        if len(alignment.lists) > 1:
            lines.append(tr("报告分属不同类别，各用适合的主题表：%s") % "、".join(
                tr("%s %d 篇") % (t.name, len(t.reports)) for t in alignment.lists))
        return "\n".join(lines)

    def _chosen(self, index: int) -> None:
        choice = self.itemData(index)
        if choice == FROM_FILE:
            self.retranslate()  # the box shows the list in use until a file is picked
            self.sig_choose_file.emit()
        elif choice.startswith(SHOWN):
            self.session.show_list(choice[len(SHOWN):])
        else:
            self.session.set_taxonomy(choice)
