"""Help: the shortcuts (from the command table), a short guide, and the log folder."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QTextBrowser, \
    QVBoxLayout

from reportdesk import resources
from reportdesk.gui.i18n import language, tr


def _dialog(parent, title: str, widget, size=(640, 560)) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(*size)
    layout = QVBoxLayout(dialog)
    layout.addWidget(widget, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog


def shortcuts_dialog(window) -> QDialog:
    """Every command that has a key, as the menus name it."""
    rows = [(action.text().replace("&", ""), action.shortcuts()) for action in window.act.values()]
    rows = [(text, keys) for text, keys in rows if keys]
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([tr("命令"), tr("快捷键")])
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for row, (text, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(text))
        shown = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        table.setItem(row, 1, QTableWidgetItem(shown))
    table.resizeColumnToContents(1)
    return _dialog(window, tr("快捷键"), table, (520, 620))


def guide_dialog(window) -> QDialog:
    browser = QTextBrowser()
    name = "help/guide_en.html" if language() == "en" else "help/guide_zh.html"
    browser.setHtml(resources.path(name).read_text(encoding="utf-8"))
    return _dialog(window, tr("使用说明"), browser)


def open_log_folder() -> bool:
    from reportdesk.files import log_dir

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
