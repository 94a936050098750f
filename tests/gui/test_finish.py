"""What looked unfinished on a clerk's first day (issue 25, item 6): report names cut short in
the tree, Qt's file dialog half in English, files in a folder skipped without a word, an error
list that took a third of the window."""
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

REPORT = ("2025年宁夏政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n（一）经济运行稳中向好。地区生产总值增长5.2%。\n\n"
          "（二）科技创新成果丰硕。研发投入增长9%。\n\n二、2025年重点工作\n\n（一）扩大内需。正文。\n")


def test_the_report_row_shows_region_year_and_kind_whole_and_the_title_on_hover(load, tmp_path):
    (tmp_path / "宁夏.txt").write_text(REPORT, encoding="utf-8")
    window = load(tmp_path / "宁夏.txt")
    window.resize(1366, 768)
    QApplication.processEvents()
    tree = window.tree_panel.tree
    row = tree.model().index(0, 0)
    assert row.data() == "宁夏回族自治区 2025 · 政府工作报告"  # was "… · 2025年宁夏政府工作报告", cut to "…2025…"
    assert row.data(Qt.ItemDataRole.ToolTipRole).startswith("标题：2025年宁夏政府工作报告\n")
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


def folder_with_other_files(tmp_path):
    folder = tmp_path / "收件"
    (folder / "照片").mkdir(parents=True)
    (folder / "宁夏.txt").write_text(REPORT, encoding="utf-8")
    (folder / "统计表.xlsx").write_bytes(b"PK\x03\x04")
    for k in range(30):
        (folder / "照片" / f"IMG_{k:02d}.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def lines(panel):
    return [panel.list.item(k).text() for k in range(panel.list.count())]


def test_files_in_a_dropped_folder_that_are_not_reports_are_listed_each_or_summed_up(load, tmp_path):
    window = load(folder_with_other_files(tmp_path))
    panel = window.errors_panel
    assert lines(panel) == ["统计表.xlsx：这是 Excel 表格，不是报告文件，已跳过",
                            "收件：其中 30 个图片不是报告文件，已跳过（IMG_00.jpg、IMG_01.jpg、IMG_02.jpg 等）"]
    assert panel.isVisible() and panel.list.isVisible() and panel.header.text() == "文件读取问题（2）"
    assert panel.retry.isHidden()  # nothing failed: there is nothing to read again
    assert "已加载 1 篇报告（1 个文件）" in window.status.text.text()
    assert window.tree_panel.model.rowCount() == 1


def test_the_problem_list_folds_to_one_line_and_keeps_the_height_it_was_given(qtbot, load, tmp_path):
    from reportdesk.gui.main_window import MainWindow
    from reportdesk.workspace.settings import load_settings

    folder = folder_with_other_files(tmp_path)
    window = load(folder)
    window.resize(1366, 768)
    QApplication.processEvents()
    panel = window.errors_panel
    assert panel.height() < window.height() // 4  # was a third of the window
    panel.header.click()
    QApplication.processEvents()
    assert not panel.list.isVisible() and panel.height() <= panel.header.height() + 8  # one line: the header
    assert window.act["errors"].isChecked()
    panel.header.click()
    QApplication.processEvents()
    assert panel.list.isVisible()
    split = window.errors_split
    split.moveSplitter(split.height() - 250, 1)  # the user drags its edge up
    QApplication.processEvents()
    dragged = panel.height()
    assert abs(dragged - 250) <= split.handleWidth() + 2
    window.close()
    again = MainWindow(load_settings(), warm_up=False)
    qtbot.addWidget(again, before_close_func=lambda w: w.keeper.closed())
    again.resize(1366, 768)
    again.show()
    with qtbot.waitSignal(again.sig_idle, timeout=60000):
        again.session.add_paths([str(folder)])
    QApplication.processEvents()
    assert again.errors_panel.list.isVisible() and again.errors_panel.height() == dragged


def test_an_empty_problem_list_shown_from_the_menu_is_folded(window):
    assert window.errors_panel.isHidden()
    window.act["errors"].trigger()
    panel = window.errors_panel
    assert panel.isVisible() and panel.header.text() == "文件读取问题（0）" and not panel.list.isVisible()
