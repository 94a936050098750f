"""All user-visible text goes through `tr`: Chinese is the source language, English is a table.

Widgets set their texts in one `retranslate()` method, so switching language is a call
to `set_language` followed by `retranslate()` on the window.
"""
from __future__ import annotations

from reportdesk.gui.i18n_receiving import RECEIVING_EN
from reportdesk.model import MATRIX_PARTS, part_name

_language = "zh"
PART_LABELS = {part: part_name(part) for part in MATRIX_PARTS}  # pass through tr()

EN = {
    "ReportDesk 报告比对": "ReportDesk",
    "文件(&F)": "&File", "编辑(&E)": "&Edit", "视图(&V)": "&View", "帮助(&H)": "&Help",
    "打开文件…": "Open Files…", "打开文件夹…": "Open Folder…", "打开文件": "Open File", "打开所在文件夹": "Show in Folder", "打开示例报告": "Open Example Reports",
    "最近打开": "Recent", "（无）": "(none)", "清除最近记录": "Clear Recent",
    "打开项目…": "Open Project…", "保存项目": "Save Project", "项目另存为…": "Save Project As…",
    "导出 Word…": "Export to Word…", "关闭全部报告": "Close All Reports", "退出": "Quit",
    "撤销": "Undo", "重做": "Redo", "查找": "Find", "%s：%s": "%s: %s",
    "工作成效": "Achievements", "存在问题": "Problems", "工作计划": "Plans",
    "下一个主题": "Next Topic", "上一个主题": "Previous Topic",
    "错误列表": "Errors", "语言": "Language", "关于": "About",
    "把报告文件或文件夹拖到这里": "Drop report files or folders here",
    "Word（.docx .doc）、WPS、PDF、RTF、ODT、网页、纯文本和 .zip 压缩包都能打开；可一次拖入多个文件或整个文件夹。":
        "Word (.docx .doc), WPS, PDF, RTF, ODT, web pages, plain text and .zip archives; drop several files or a "
        "whole folder.",
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
    "提及": "named", "（只在写别的主题时提及，未专门写）": "(named only in passing, nothing written on it)",
    "仅顺带提及：%s": "Named only in passing: %s",
    "“%s”是打开的报告之一，不能被覆盖；请换一个文件名。": "“%s” is one of the open reports and is never written over; choose another name.",
    "另有 %d 份上次未保存的工作，下次启动时会再询问": "%d more pieces of unsaved work will be offered at the next start",
    "此段主题：%s": "This passage: %s", "在原文中查看": "Show in Text",
    "%s %d 篇": "%s: %d", "无适用主题表": "no topic list fits", "自动：%s（%d 篇）": "Automatic: %s (%d)",
    "这批报告分属不同类别（%s），矩阵一次显示一类，在“主题表”框中切换。":
        "These reports are of different kinds (%s); the matrix shows one kind at a time: switch in the topic list box.",
    "以下报告没有适用的主题表，已按内容相似度分组：%s": "No topic list fits these reports; grouped by similar content: %s",
    "报告分属不同类别，各用适合的主题表：%s": "The reports are of different kinds, each with the list that fits: %s",
    "共有表述": "shared", "独有表述": "unique", "数字": "numbers",
    "无法读取的文件": "Files that could not be read", "文件读取问题（%d）": "Problems reading files (%d)",
    "点击展开或折叠列表": "Click to show or fold the list",
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
    "一次只能打开一个项目，已打开“%s”": "One project at a time: “%s” was opened",
    "自动保存失败：%s": "Autosave failed: %s",
    "%d 个匹配": "%d matches",
    "标题：%s\n文件：%s\n编码：%s\n地区：%s\n年份：%s\n期间：%s\n字数：%d":
        "Title: %s\nFile: %s\nEncoding: %s\nRegion: %s\nYear: %s\nPeriod: %s\nCharacters: %d",
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
    "数字指标": "Indicators", "主题：": "Topic:", "指标：": "Indicator:", "地区：": "Region:", "全部": "All",
    "导出表格…": "Export Table…", "%d 个数字": "%d figures", "地区": "Region", "主语": "Subject", "指标": "Indicator",
    "数值": "Value", "单位": "Unit", "说明": "Notes", "原句": "Sentence", "已隐去": "masked", "约数": "approx.",
    "变化量": "change", "其中项": "part of total", "（隐去）": "(masked)",
    "CSV 文件 (*.csv)": "CSV file (*.csv)",
    # 比较两篇: the two-report view (gui/views/side_by_side.py, panels/side_by_side_panel.py, dialogs/choose_pair.py)
    "选择报告…": "Choose Reports…", "选择报告": "Choose Reports", "按类别": "By kind", "按年份": "By year",
    "按文件夹": "By folder", "不分组": "No groups", "全选": "All", "全不选": "None", "确定": "OK",
    "%d 年": "%d", "年份不详": "Year unknown", "%s（%d 篇）": "%s (%d)", "已选 %d / %d 篇": "%d of %d chosen",
    "矩阵、对比、要点、查重、数字指标和导出都只显示勾选的报告；在覆盖矩阵中拖动列标题可调整顺序。":
        "The matrix, comparison, points, copies, figures and exports show only the ticked reports; drag a column "
        "header in the matrix to change their order.",
    "至少要选择一篇报告": "Choose at least one report",
    "未选中显示：矩阵、对比和导出中没有它（选择报告，Ctrl+R）":
        "Not chosen: not in the matrix, the comparison or exports (Choose Reports, Ctrl+R)", "报告 %d/%d": "Reports %d/%d",
    "全部 %d 篇报告": "All %d reports", "选择显示哪些报告（Ctrl+R）；拖动列标题可调整顺序":
        "Choose which reports show (Ctrl+R); drag column headers to reorder",
    "显示全部 %d 篇报告": "Showing all %d reports", "显示 %d 篇报告（共 %d 篇）": "Showing %d of %d reports",
    "比较两篇…": "Compare Two Reports…", "比较两篇": "Compare Two Reports", "交换": "Swap",
    "甲（左）：": "A (left):", "乙（右）：": "B (right):", "请选择两篇不同的报告": "Choose two different reports",
    "比较两篇需要至少两篇报告": "Comparing two reports needs at least two reports loaded",
    "返回": "Back", "换两篇…": "Other Reports…", "上一处": "Previous", "下一处": "Next", "全部部分": "All parts",
    "忽略标点": "Ignore punctuation", "忽略数字": "Ignore numbers", "忽略空白": "Ignore spaces",
    "数字不同的句子算作相同（如 682人 与 700人），数字仍标出":
        "Sentences that differ only in figures (682 vs 700) count as the same; the figures stay marked",
    "两篇都有": "in both", "仅甲有": "only in A", "仅乙有": "only in B", "当前": "current", "改动": "changed",
    "不同": "different", "甲": "A", "乙": "B",
    "蓝色：两篇都有的句子和词语（浅蓝：几乎相同的句子）；红色：只有甲篇有的，深红为%s的词语；绿色：只有乙篇有的，"
    "深绿为%s的词语；橙色：当前的不同之处。中间一栏的百分数是两段文字相同的比例。":
        "Blue: sentences and phrases both reports have (light blue: nearly identical sentences); red: only in A, "
        "darker for %s words; green: only in B, darker for %s words; orange: the current difference. "
        "The percentage between the panes is how much of the two sections' text is the same.",
    "另有 %d 处细小不同，已折叠（点击展开）": "%d more differences in wording only, folded (click to show)",
    "收起 %d 处细小不同": "Fold the %d differences in wording only",
    "共 %d 处不同（另有 %d 处细小不同已折叠）": "%d differences (%d more in wording only, folded)", "（细小）": "(wording) ",
    "只差虚词、标点、两地地名或年份的句子": "Sentences that differ only in particles, punctuation, the places' names or the year",
    "甲：%s": "A: %s", "乙：%s": "B: %s",
    "两篇相同的文字约占 %d%%；相同或几乎相同的句子 %d 句": "About %d%% of the text is the same; %d sentences the same or nearly",
    "两篇在这一部分都没有内容": "Neither report has anything in this part", "基本情况": "Overview", "其他": "Other",
    "没有不同之处": "No differences", "共 %d 处不同": "%d differences", "第 %d 处，共 %d 处": "%d of %d",
    "（此处对方没有对应的段落）": "(the other report has no section here)", "正在比较…": "Comparing…",
    "导出对比表…": "Export Comparison Table…",
    "ReportDesk 报告比对\n版本 %s\n\n读取、比对、汇编各地工作总结。":
        "ReportDesk\nVersion %s\n\nRead, compare and compile regional work reports.",
    '%d 个主题 × %d 篇报告': '%d topics × %d reports',
    '%d 个指标': '%d indicators',
    '%d 篇报告，%d 对报告有雷同的句子（标题和套话不算）；点一对报告或热力图中的格子，右边列出雷同的原句':
        '%d reports, %d pairs share copied sentences (headings and stock phrases aside); choose a pair or a heat map '
        'cell to see them on the right',
    '报告甲': 'Report A', '报告乙': 'Report B', '雷同句数': 'Sentences', '雷同字数': 'Characters',
    '雷同的报告对': 'Pairs', '热力图': 'Heat map', '各报告构成': 'Each report', '沿用往年': 'reused',
    'Excel 表格 (*.xlsx)': 'Excel workbook (*.xlsx)',
    '“%s”的文字中有 %.1f%% 与“%s”雷同（不含套话）': '%s shares %.1f%% of its text with %s (boilerplate not counted)',
    '一字不差照搬上一期的句子：%d 句（相近的共 %d 句）': 'Sentences copied word for word from the earlier period: %d (%d alike in all)',
    '上一个查找结果': 'Previous Match',
    '下一个查找结果': 'Next Match',
    '上一期的计划，这一期提到了 %d 项，共 %d 项': 'The later period mentions %d of the earlier period’s %d planned items',
    '不再写': 'no longer written on:',
    '新写到': 'newly written on:',
    '主题名称：': 'Topic name:',
    '主题表 (*.toml)': 'Topic lists (*.toml)',
    '主题表决定矩阵的行；默认按报告内容自动选择': 'The topic list gives the matrix its rows; by default it is chosen from the reports',
    '主题表另存为…': 'Save Topic List As…',
    '从文件选择…': 'From a File…',
    '从比对中移除': 'Remove from the Comparison',
    '使用指定的主题表：%s': 'Using the chosen topic list: %s',
    '使用说明': 'Guide',
    '共有表述：半数以上地区都用的词语；独有表述：只有这一个地区用的词语（三个字以上）；数字：带单位的数字，如 682人、3.7亿元、99%。': 'shared: words most regions use; unique: words only this region uses (three characters or more); numbers: figures with a unit, such as 682人, 3.7亿元, 99%.',
    '删除主题“%s”': 'Delete topic “%s”',
    '删除主题（章节归入“其他”）': 'Delete Topic (its sections go to Other)',
    '加载报告后，这里显示各报告的雷同情况': 'Load reports to see what they share',
    '原始大小': 'Actual Size',
    '只列出有地区没写的主题': 'Only topics some region did not write on',
    '只看空白': 'Gaps only',
    '各地区在每个主题上最有特色、带数字的两三句话': 'Each region’s two or three most distinctive sentences with figures, per topic',
    '各地工作要点汇总表（%s）': 'Key points by region (%s)',
    '同一地区前后两期对比': 'One Region, Two Periods',
    '同一地区前后两期对比…': 'One Region, Two Periods…',
    '命令': 'Command',
    '地区全称，如 长葛市、宁夏回族自治区（清空表示未注明）：': 'Full region name, e.g. 长葛市 (empty: none):',
    '套话（标准表述、多数地区都有的句子）以灰色显示；勾选后隐去': 'Boilerplate (standard formulas, sentences most regions have) is grey; tick to hide it',
    '套话：三分之一以上的地区都有这句': 'Boilerplate: a third of the regions or more have this sentence',
    '套话：标准表述': 'Boilerplate: a standard formula',
    '对比表': 'Comparison',
    '导出 Excel…': 'Export to Excel…',
    '导出要点汇总表…': 'Export Key Points…',
    '已改用主题表：%s': 'Now using the topic list: %s',
    '并入主题': 'Merge Into',
    '快捷键': 'Keyboard Shortcuts',
    '恢复“%s”': 'Put back “%s”',
    '恢复移除的报告': 'Put Back a Removed Report',
    '打开日志文件夹': 'Open Log Folder',
    '把主题“%s”并入“%s”': 'Merge topic “%s” into “%s”',
    '报告乙的原句': 'Report B',
    '报告甲的原句': 'Report A',
    '报告名称（清空则恢复读出的名称）：': 'Report name (empty: the name read from it):',
    '报告已更新': 'Reports updated',
    '按主题表顺序': 'List order',
    '按写到的地区数': 'Most regions first',
    '放大文字': 'Larger Text',
    '缩小文字': 'Smaller Text',
    '数字指标': 'indicators',
    '覆盖矩阵': 'coverage-matrix',
    '等 %d 篇': ' and others, %d in all',
    '导出覆盖矩阵（Excel）…': 'Export Coverage Matrix (Excel)…',
    '导出覆盖矩阵…': 'Export the coverage matrix…',
    '把各部分的覆盖矩阵导出为 Excel 表格': 'Export the coverage matrix of every part as an Excel workbook',
    '数字指标对比表': 'indicators-compared',
    '新建主题': 'New Topic',
    '新建主题“%s”': 'New topic “%s”',
    '新建主题…': 'New Topic…',
    '明细': 'All figures',
    '最大化': 'Maximise',
    '最大化对比区': 'Maximise Comparison',
    '标记': 'Marks',
    '标题列表': 'Headings',
    '正在提取要点…': 'Finding key points…',
    '没有找到同一地区不同时期的两篇报告（例如 2021 年和 2022 年，或上半年和全年）。': 'No region has reports of two periods (e.g. 2021 and 2022, or first half and full year).',
    '没有更多“%s”': 'No more “%s”',
    '没有适合这些报告的主题表，已按内容相似度自动分组': 'No topic list fits these reports: grouped by similarity',
    '沿用往年：%s 也有这句': 'Reused: %s has this sentence too',
    '相似度': 'Similarity',
    '移除“%s”': 'Remove “%s”',
    '筛选主题…': 'Filter topics…',
    '筛选：词语、原句或报告名': 'Filter: words, sentence or report',
    '自动选择': 'Automatic',
    '自动选择：%s（明显更适合，得分是次优的 %.1f 倍）': 'Chosen automatically: %s (fits clearly better, %.1f times the next)',
    '自动：%s': 'Automatic: %s',
    '要点汇总表': 'key-points',
    '设置“%s”的地区': 'Set the region of “%s”',
    '设置地区': 'Set Region',
    '设置地区…': 'Set Region…',
    '选择主题表…': 'Choose Topic List…',
    '选择地区：': 'Region:',
    '重命名“%s”': 'Rename “%s”',
    '重命名…': 'Rename…',
    '重命名主题': 'Rename Topic',
    '重命名主题“%s”': 'Rename topic “%s”',
    '重命名主题…': 'Rename Topic…',
    '重命名报告': 'Rename Report',
    '隐藏套话': 'Hide boilerplate',
    '隐藏无人写的主题': 'Hide empty topics',
    '雷同：%s 也有这句（几乎一字不差）': 'Copied: %s has this sentence too (nearly word for word)',
    '（含手动调整）': '(corrected by hand)',
    "另有 %d 篇报告写了此主题，未显示（<a href='all'>全部显示</a>，或用“显示/隐藏列”选择）":
        "%d more reports wrote on this topic and are not shown (<a href='all'>show all</a>, or pick with Show/Hide Columns)",
    '报告': 'Report',
    '部分': 'Part',
    '自有（%）': 'Own (%)',
    '套话（%）': 'Boilerplate (%)',
    '雷同（%）': 'Copied (%)',
    '沿用往年（%）': 'Reused (%)',
    '主要雷同来源': 'Copied from',
    '包括“基本情况”一章（各篇的开头和概况）': 'A first chapter with each report’s opening and overview',
    '如：某某市教育局办公室（印在封面上，也是文档作者）': 'e.g. the bureau’s office (printed on the cover; the document’s author)',
    '对照表不列无人写的主题': 'Table: leave out topics nobody wrote on',
    '导出完成': 'Export finished',
    '日期：': 'Date:',
    '模板可以直接使用': 'The template can be used as it is',
    '目录中列出各地区': 'List each region in the contents',
    '编印单位：': 'Compiled by:',
    '选项：': 'Options:',
    '（今天的日期）': '(today)',
}

EN.update(RECEIVING_EN)  # the receiving desk's texts (报送名单, 格式校对), kept beside its panels

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
    loaded = bool(_qt_translators)
    from reportdesk.gui.qt_gaps import GapTranslator

    gaps = GapTranslator(app)  # installed last, so asked first: the texts Qt's .qm lacks
    app.installTranslator(gaps)
    _qt_translators.append(gaps)
    return loaded


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
