"""What looked unfinished on a clerk's first day (issue 25, item 6): report names cut short in
the tree, Qt's file dialog half in English, files in a folder skipped without a word, an error
list that took a third of the window."""
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

REPORT = ("2025年北京市政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n（一）经济运行稳中向好。地区生产总值增长5.2%。\n\n"
          "（二）科技创新成果丰硕。研发投入增长9%。\n\n二、2025年重点工作\n\n（一）扩大内需。正文。\n")


def test_the_report_row_shows_region_year_and_kind_whole_and_the_title_on_hover(load, tmp_path):
    (tmp_path / "北京.txt").write_text(REPORT, encoding="utf-8")
    window = load(tmp_path / "北京.txt")
    window.resize(1366, 768)
    QApplication.processEvents()
    tree = window.tree_panel.tree
    row = tree.model().index(0, 0)
    assert row.data() == "北京市 2025 · 政府工作报告"  # was "北京市 2025 · 2025年北京市政府工作报告", cut to "…2025…"
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith("标题：2025年北京市政府工作报告\n")
    bold = QFontMetrics(row.data(Qt.ItemDataRole.FontRole))
    assert tree.visualRect(row).width() >= bold.horizontalAdvance(row.data())  # its column has room: nothing elided


def test_qt_file_dialog_labels_are_chinese(window):
    dialog = QFileDialog(window, "打开文件…")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own dialog, as Linux shows it
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels  # were "&Look in:", "Files of &type:"
    assert not [text for text in labels if re.search("[A-Za-z]", re.sub(r"\(&[A-Z]\)", "", text))]
    window.set_ui_language("en")
    english = QFileDialog(window)
    english.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    assert "&Look in:" in [label.text() for label in english.findChildren(QLabel)]
    window.set_ui_language("zh")
