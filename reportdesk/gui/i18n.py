"""All user-visible text goes through `tr`: Chinese is the source language, English is a table.

Widgets set their texts in one `retranslate()` method, so switching language is a call
to `set_language` followed by `retranslate()` on the window.
"""
from __future__ import annotations

from reportdesk.model import MATRIX_PARTS, part_name

_language = "zh"
PART_LABELS = {part: part_name(part) for part in MATRIX_PARTS}  # pass through tr()

EN = {
    "ReportDesk 报告比对": "ReportDesk",
    "文件(&F)": "&File", "编辑(&E)": "&Edit", "视图(&V)": "&View", "帮助(&H)": "&Help",
    "打开文件…": "Open Files…", "打开文件夹…": "Open Folder…", "打开示例报告": "Open Example Reports",
    "最近打开": "Recent", "（无）": "(none)", "清除最近记录": "Clear Recent",
    "打开项目…": "Open Project…", "保存项目": "Save Project", "项目另存为…": "Save Project As…",
    "导出 Word…": "Export to Word…", "关闭全部报告": "Close All Reports", "退出": "Quit",
    "撤销": "Undo", "重做": "Redo", "查找": "Find", "%s：%s": "%s: %s",
    "工作成效": "Achievements", "存在问题": "Problems", "工作计划": "Plans",
    "下一个主题": "Next Topic", "上一个主题": "Previous Topic", "两份逐字对比": "Two-Report Diff",
    "错误列表": "Errors", "语言": "Language", "关于": "About",
    "把报告文件或文件夹拖到这里": "Drop report files or folders here",
    "Word（.docx .doc）、WPS、PDF、RTF、ODT、网页和纯文本都能打开；可一次拖入多个文件或整个文件夹。":
        "Word (.docx .doc), WPS, PDF, RTF, ODT, web pages and plain text; drop several files or a whole folder.",
    "查找段落…": "Find sections…", "报告与章节": "Reports and sections",
    "标题": "Heading", "主题": "Topic", "字数": "Chars",
    "覆盖矩阵": "Coverage", "部分：": "Part:", "对比": "Compare", "原文": "Text",
    "正在读取 %s": "Reading %s", "正在比对主题…": "Aligning topics…", "取消": "Cancel",
    "已加载 %d 篇报告（%d 个文件）": "%d reports loaded (%d files)",
    "%d 个文件无法读取，见错误列表": "%d files could not be read, see Errors",
    "已取消，窗口保持加载前的内容": "Cancelled; nothing was changed",
    "这些文件已经加载过了": "These files are already loaded",
    "没有找到可读取的报告文件": "No report files found",
    "移至主题": "Move to Topic", "恢复自动主题": "Restore Automatic Topic",
    "标记为配对段落": "Mark for Pairing", "与“%s”配对": "Pair with “%s”", "取消配对": "Unpair",
    "移动“%s”到“%s”": "Move “%s” to “%s”", "恢复“%s”的主题": "Restore topic of “%s”",
    "配对“%s”与“%s”": "Pair “%s” with “%s”", "取消配对“%s”": "Unpair “%s”",
    "显示/隐藏列": "Show/Hide Columns", "左移": "Move Left", "右移": "Move Right", "隐藏此列": "Hide Column",
    "显示全部列": "Show All Columns",
    "请在矩阵中点选一个主题": "Click a topic in the matrix",
    "（本报告未写此主题）": "(nothing on this topic)",
    "未写此主题：%s": "Nothing on this topic: %s",
    "逐字对比需要正好两列，请隐藏其余的列": "The diff needs exactly two columns; hide the others",
    "删除": "deleted", "新增": "added", "仅“%s”有": "only in “%s”",
    "共有表述": "shared", "独有表述": "unique", "数字": "numbers",
    "无法读取的文件": "Files that could not be read", "文件读取问题": "Problems Reading Files",
    "保存修改": "Save Changes", "当前的工作有未保存的修改，要保存为项目吗？":
        "The current work has unsaved changes. Save them as a project?",
    "保存": "Save", "不保存": "Don't Save", "恢复工作": "Restore Work", "无法恢复": "Cannot Restore",
    "（项目“%s”）": " (project “%s”)",
    "ReportDesk 上次没有正常关闭。%s 自动保存了当时的工作%s：%d 个文件，%d 处修改。要恢复吗？":
        "ReportDesk did not close properly last time. Work autosaved at %s%s: %d files, %d corrections. Restore it?", "部分文件夹无法使用": "Some folders cannot be used", "重新读取这些文件": "Read These Files Again",
    "项目文件 (*.rdproj)": "Project files (*.rdproj)",
    "报告文件 (%s)": "Report files (%s)", "所有文件 (*)": "All files (*)",
    "无法打开项目": "Cannot open project", "无法保存项目": "Cannot save project",
    "项目已保存：%s": "Project saved: %s",
    "%d 个匹配": "%d matches",
    "文件：%s\n编码：%s\n地区：%s\n年份：%s\n期间：%s": "File: %s\nEncoding: %s\nRegion: %s\nYear: %s\nPeriod: %s",
    "未注明": "not stated",
    "出现意外错误": "Unexpected error",
    "程序内部出错（%s），详情已记入日志；您的文件没有被修改。":
        "An internal error occurred (%s); the details are in the log. Your files were not changed.",
    "程序遇到了一个意外错误：%s\n\n已记录在日志文件中：\n%s\n\n您的文件没有被修改；如问题反复出现，请把该日志发给技术支持。":
        "Something unexpected went wrong: %s\n\nIt was recorded in the log file:\n%s\n\n"
        "Your files were not changed; if it happens again, please send the log to support.",
    "按主题汇编": "By topic", "逐篇汇编": "By report", "对照表": "Comparison table",
    "主题（可拖动调整顺序）": "Topics (drag to reorder)", "报告（可拖动调整顺序）": "Reports (drag to reorder)",
    "（默认标题）": "(default title)", "文档标题：": "Title:", "模板：": "Template:",
    "（使用自带的公文格式模板）": "(the bundled official-document template)",
    "选择单位模板…": "Choose Unit Template…", "对照表每格字数：": "Characters per table cell:", " 字": " chars",
    "导出…": "Export…", "Word 文档 (*.docx)": "Word documents (*.docx)",
    "正在导出 %s…": "Exporting %s…", "已导出：%s": "Exported: %s", "导出失败": "Export failed",
    "下步打算": "Plans",
    "数字指标": "Indicators", "主题：": "Topic:", "指标：": "Indicator:", "地区：": "Region:", "全部": "All",
    "导出表格…": "Export Table…", "%d 个数字": "%d figures", "地区": "Region", "主语": "Subject", "指标": "Indicator",
    "数值": "Value", "单位": "Unit", "说明": "Notes", "原句": "Sentence", "已隐去": "masked", "约数": "approx.",
    "变化量": "change", "其中项": "part of total", "（隐去）": "(masked)",
    "Excel 表格 (*.xlsx);;CSV 文件 (*.csv)": "Excel workbook (*.xlsx);;CSV file (*.csv)",
    "ReportDesk 报告比对\n版本 %s\n\n读取、比对、汇编各地工作总结。":
        "ReportDesk\nVersion %s\n\nRead, compare and compile regional work reports.",
}


_qt_translators: list = []


def apply_qt_translations(app) -> bool:
    """Qt's own texts (Cancel, Yes, the file dialogs, context menus of text fields) in the
    interface language: Qt ships them as qtbase_zh_CN.qm. True when Chinese ones are loaded."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    for old in _qt_translators:
        app.removeTranslator(old)
    _qt_translators.clear()
    chinese = _language == "zh"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if chinese
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if not chinese:
        return False
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _qt_translators.append(translator)
    return bool(_qt_translators)


def set_language(language: str) -> None:
    global _language
    _language = language if language in ("zh", "en") else "zh"


def language() -> str:
    return _language


def tr(text: str) -> str:
    """The text in the current language (Chinese is the source)."""
    if _language == "en":
        return EN.get(text, text)
    return text
