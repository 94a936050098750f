"""English for the receiving desk's texts (报送名单, 报送情况, 格式校对), merged into `i18n.EN`."""

RECEIVING_EN = {
    "报送情况": "Submissions", "格式校对": "Format Check",
    "报送名单…": "Reporting List…", "报送名单": "Reporting List",
    "导出报送情况（Excel）…": "Export Submissions (Excel)…", "导出格式校对（Excel）…": "Export Format Check (Excel)…",
    "导出（Excel）…": "Export (Excel)…",
    "序号": "No.", "单位": "Unit", "状态": "State", "文件": "File", "说明": "Note",
    "已报送": "Reported", "未报送": "Not reported", "重复报送": "Sent twice", "期间不符": "Other period",
    "不在名单中": "Not on the list",
    "归入单位": "Belongs to Unit", "不属于名单中的单位": "No Unit on the List", "恢复自动匹配": "Match Automatically",
    "还没有报送名单。点“报送名单…”输入或读取应报送的单位（可从 .txt 或 .xlsx 读取），即可看到谁已报送、谁未报送、谁重复报送或报送了其他期间的报告。":
        "No reporting list yet. Click “Reporting List…” to type or read the units that must report (from .txt or "
        ".xlsx) and see who has reported, who has not, who sent twice or sent another period.",
    "报送名单：应报送 %d 个单位，未报送 %d 个：%s": "Reporting list: %d units, %d have not reported: %s",
    "报告 / 位置": "Report / Place", "类别": "Kind", "问题": "Problem",
    "%d 处": "%d found", "未发现问题": "Nothing found",
    "编号": "Numbering", "编号样式": "Marker style", "全半角": "Width", "层级": "Level", "年份": "Year",
    "空标题": "Empty heading",
    "共 %d 篇报告，%d 篇有格式问题，合计 %d 处。点一条问题可在“原文”中查看。":
        "%d reports, %d with format problems, %d in all. Click a problem to see it in the Text tab.",
    "加载报告后，这里列出各篇标题编号、层级、全半角、年份等格式问题。":
        "Once reports are loaded, the problems in their headings (numbering, levels, widths, years) are listed here.",
    "每行一个应报送的单位（可直接粘贴通知中的名单，顿号分隔也可以）。报告按其地区自动对应到单位，如“溆浦县”对应“溆浦县教育局”。":
        "One unit that must report per line (paste the notice's list; 、 separators work too). Reports are matched "
        "to units by their region, e.g. 溆浦县 to 溆浦县教育局.",
    "从文件读取…": "Read from File…", "另存为文件…": "Save as File…", "共 %d 个单位": "%d units",
    "读取报送名单": "Read Reporting List", "名单 (*.txt *.xlsx)": "Lists (*.txt *.xlsx)",
    "无法读取名单": "Cannot Read the List", "保存报送名单": "Save Reporting List", "报送名单.txt": "reporting-list.txt",
    "文本文件 (*.txt)": "Text files (*.txt)", "无法保存名单": "Cannot Save the List",
    "报送情况.xlsx": "submissions.xlsx", "格式校对.xlsx": "format-check.xlsx",
}
