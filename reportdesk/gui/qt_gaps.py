"""Qt's own texts that the Chinese translation shipped with Qt lacks.

Qt 6 gave its file dialog's labels mnemonics ("&Look in:", "Files of &type:") after
qtbase_zh_CN.qm was last brought up to date, so Qt's own file dialog (the one Linux desktops
without a GTK or KDE theme get) showed them in English beside Chinese buttons. A translator
installed after Qt's answers these few texts and leaves every other one to Qt's .qm; it is a
table here rather than a .qm file of ours so that nothing needs building or bundling.
"""
from __future__ import annotations

from PySide6.QtCore import QTranslator

# (context, source text) -> Chinese, the mnemonic kept as Qt's Chinese texts write it
QT_GAPS = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
}


class GapTranslator(QTranslator):
    """Answers the texts in `QT_GAPS`; None for any other, so that the next translator answers."""

    def translate(self, context, source, _disambiguation=None, _n=-1):  # Qt calls it with all four
        return QT_GAPS.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False
