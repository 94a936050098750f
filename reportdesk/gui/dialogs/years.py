"""One region's two periods side by side (2021 and 2022, or 上半年 and 全年): topics new and
dropped, text written again word for word, and last period's plans checked against what
this period says was done."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout

from reportdesk.compare.years import compare_years, pair_years
from reportdesk.gui.i18n import PART_LABELS, tr
from reportdesk.model import MATRIX_PARTS


def years_html(alignment, comparison) -> str:
    """The comparison as a short HTML page."""
    pair, label = comparison.pair, (lambda r: html.escape(alignment.report(r).label))
    out = [f"<h3>{label(pair.earlier)} → {label(pair.later)}</h3>"]
    for part in MATRIX_PARTS:
        new, dropped = comparison.changes("new", part), comparison.changes("dropped", part)
        if new or dropped:
            names = (lambda ids: "、".join(html.escape(alignment.topic_name(t)) for t in ids) or "—")
            out.append(f"<p><b>{tr(PART_LABELS[part])}</b>：{tr('新写到')} {names(new)}；"
                       f"{tr('不再写')} {names(dropped)}</p>")
    plans = comparison.plans
    if plans:
        done = sum(1 for p in plans if p.mentioned)
        out.append(f"<h4>{tr('上一期的计划，这一期提到了 %d 项，共 %d 项') % (done, len(plans))}</h4><ul>")
        for p in plans:
            mark = "✔" if p.mentioned else "✘"
            match = f"<br><span style='color:gray'>{html.escape(p.match or '')}</span>" if p.mentioned else ""
            out.append(f"<li>{mark} {html.escape(p.item)}{match}</li>")
        out.append("</ul>")
    verbatim = [r for r in comparison.repeated if r.verbatim]
    out.append(f"<h4>{tr('一字不差照搬上一期的句子：%d 句（相近的共 %d 句）') % (len(verbatim), len(comparison.repeated))}</h4><ul>")
    out += [f"<li>{html.escape(r.later.text)}</li>" for r in verbatim[:200]]
    out.append("</ul>")
    return "".join(out)


class YearsDialog(QDialog):
    def __init__(self, alignment, parent=None):
        super().__init__(parent)
        self.alignment = alignment
        self.setWindowTitle(tr("同一地区前后两期对比"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.pairs = pair_years(alignment)
        self.choice = QComboBox(self)
        for pair in self.pairs:
            self.choice.addItem(f"{alignment.report(pair.earlier).label} → {alignment.report(pair.later).label}")
        self.choice.currentIndexChanged.connect(self._show)
        self.view = QTextBrowser(self)
        layout.addWidget(QLabel(tr("选择地区：") if self.pairs else
                                tr("没有找到同一地区不同时期的两篇报告（例如 2021 年和 2022 年，或上半年和全年）。")))
        layout.addWidget(self.choice)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.setVisible(bool(self.pairs))
        self._show(0)

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.pairs):
            self.view.setHtml(years_html(self.alignment, compare_years(self.alignment, self.pairs[index])))
