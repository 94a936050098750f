"""Exporting from the window: the dialog's choices become the export options; the file is written."""
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from reportdesk.gui.dialogs.export_dialog import ExportDialog

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
GOV = Path(__file__).resolve().parents[1] / "data" / "gov"


def test_dialog_choices_become_options(load):
    window = load(SEEDS)
    dialog = ExportDialog(window.session.alignment)
    dialog.mode_group.button(2).setChecked(True)
    dialog.parts["problems"].setChecked(False)
    first = dialog.topics.takeItem(0)  # move the first topic to the end
    dialog.topics.addItem(first)
    dialog.reports.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.cell_chars.setValue(60)
    options = dialog.options()
    assert options.mode == "table" and options.parts == ["achievements", "plans"]
    assert options.topics[-1] == "party" and options.cell_chars == 60
    assert window.session.alignment.reports[0].id not in options.reports and len(options.reports) == 11
    assert dialog.cell_chars.isEnabled()


def test_export_from_the_window_writes_the_file(qtbot, load, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
    target = tmp_path / "汇编.docx"
    dialog = ExportDialog(window.session.alignment)
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.session.export_docx(str(target), dialog.options())
    assert "已导出" in window.status.text.text()
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 3"]
    # the report's display name heads its block (issue 14)
    assert "溆浦县教育局 2021" in headings and "长葛市教体局 2021" in headings


def test_cover_options_and_a_unit_template_checked_when_chosen(load, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    dialog = ExportDialog(window.session.alignment, unit="某市教育局办公室")
    dialog.regions_in_toc.setChecked(True)
    dialog.date.setText("2026年11月23日")
    options = dialog.options()
    assert (options.unit, options.date, options.toc_levels, options.overview) == ("某市教育局办公室", "2026年11月23日", 3,
                                                                                   True)
    assert not dialog.leave_out_unwritten.isEnabled()  # a table option, and this is topics mode
    plain = docx.Document()  # a template made elsewhere: its heading styles are not the official ones
    for style in [s for s in plain.styles if s.name.startswith("Heading")]:
        style.element.getparent().remove(style.element)
    plain.save(str(tmp_path / "单位模板.docx"))
    dialog.template.setText(str(tmp_path / "单位模板.docx"))
    dialog.template.editingFinished.emit()
    assert dialog.template_note.text() and dialog.template_note.text() != "模板可以直接使用"
    (tmp_path / "坏模板.docx").write_bytes(b"not a zip")
    dialog.template.setText(str(tmp_path / "坏模板.docx"))
    dialog.template.editingFinished.emit()
    assert "坏模板.docx" in dialog.template_note.text()


def test_a_part_has_one_name_in_the_window_the_dialog_and_the_export(qtbot, load, tmp_path):
    window = load(SEEDS / "004_61d6fe56185b419c.txt", SEEDS / "002_3275dbe3018fe5f1.txt")
    in_window = [window.matrix_panel.part_box.itemText(k) for k in range(window.matrix_panel.part_box.count())]
    dialog = ExportDialog(window.session.alignment)
    in_dialog = [box.text() for box in dialog.parts.values()]
    target = tmp_path / "汇编.docx"
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.session.export_docx(str(target), dialog.options())
    chapters = [p.text.split("、", 1)[1] for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert in_window == in_dialog == [c for c in chapters if c in in_window]
    assert "工作计划" in in_window and "下步打算" not in chapters


def test_the_title_fits_the_reports_and_the_edited_one_is_on_the_cover(qtbot, load, tmp_path):
    window = load(GOV)
    dialog = ExportDialog(window.session.alignment)
    assert dialog.title.text() == "各地政府工作报告按主题汇编"
    dialog.mode_group.button(2).setChecked(True)
    assert dialog.title.text() == "各地政府工作报告对照表"  # follows the mode until the user edits it
    dialog.title.setText("2025年各省政府工作报告对照")
    dialog.mode_group.button(0).setChecked(True)
    assert dialog.title.text() == "2025年各省政府工作报告对照"
    target = tmp_path / "汇编.docx"
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.session.export_docx(str(target), dialog.options())
    document = docx.Document(str(target))
    assert next(p.text for p in document.paragraphs if p.text) == "2025年各省政府工作报告对照"
    assert document.core_properties.title == "2025年各省政府工作报告对照"


def test_after_an_export_the_status_bar_offers_to_open_the_file_and_its_folder(qtbot, load, tmp_path,
                                                                                 monkeypatch):
    from reportdesk.gui.dialogs import targets

    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    status = window.status
    assert not status.open_button.isVisible() and not status.folder_button.isVisible()
    target = tmp_path / "汇编 2025.docx"
    with qtbot.waitSignal(window.sig_idle, timeout=60000):
        window.session.export_docx(str(target), ExportDialog(window.session.alignment).options())
    assert status.open_button.isVisible() and status.open_button.text() == "打开文件"
    assert status.folder_button.isVisible() and status.folder_button.text() == "打开所在文件夹"
    opened = []
    monkeypatch.setattr(targets.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    status.open_button.click()
    status.folder_button.click()  # here (Linux): the folder, by the desktop
    assert opened == [str(target), str(tmp_path)]
    # on Windows Explorer opens the folder with the file selected (its path with back slashes)
    started = []
    monkeypatch.setattr(targets.sys, "platform", "win32")
    monkeypatch.setattr(targets.subprocess, "Popen", lambda command: started.append(command))
    status.folder_button.click()
    windows_path = str(target).replace("/", "\\")  # as Qt's dialog gives it there: C:/Users/…
    assert started == [f'explorer /select,"{windows_path}"'] and len(opened) == 2
    assert targets.explorer_select("C:/Users/科员/Documents/汇编 2025.docx") == \
        'explorer /select,"C:\\Users\\科员\\Documents\\汇编 2025.docx"'
    window.session.sig_message.emit("已加载 1 篇报告")  # the next message: the offer is gone
    assert not status.open_button.isVisible()


def test_every_save_asks_through_one_dialog_that_adds_the_suffix(load, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from reportdesk.gui.dialogs import flows
    from reportdesk.workspace.project import load_project

    window = load(SEEDS / "004_61d6fe56185b419c.txt")
    window.settings.last_folder = str(tmp_path)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, kinds: asked.append((title, default, kinds))
                        or (str(tmp_path / "年报汇总"), ""))
    assert flows.save_project_as(window)
    assert asked == [("项目另存为…", str(tmp_path), "项目文件 (*.rdproj)")]  # where projects were opened
    assert load_project(tmp_path / "年报汇总.rdproj").files == [str(SEEDS / "004_61d6fe56185b419c.txt")]
