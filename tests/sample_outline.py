"""What tests/data/sample_report.txt must parse into, written by hand."""

SAMPLE_HEADINGS = [
    (1, "一、", "主要工作及成效", "achievements"),
    (2, "（一）", "坚持党建引领，全面从严治党纵深推进", "achievements"),
    (2, "（二）", "加大投入力度，办学条件持续改善", "achievements"),
    (3, "1.", "推进项目建设", "achievements"),
    (3, "2.", "改善农村学校条件", "achievements"),
    (2, "（三）", "建强教师队伍，师资水平稳步提升", "achievements"),
    (1, "二、", "存在的问题", "problems"),
    (2, "（一）", "城乡教育资源不均衡，农村学校规模小、生源少", "problems"),
    (2, "（二）", "教师结构性缺编问题仍然突出", "problems"),
    (1, "三、", "2024年工作打算", "plans"),
    (2, "（一）", "持续深化教育改革", "plans"),
    (2, "（二）", "着力提升教育质量", "plans"),
]


def headings_of(report):
    return [(s.depth, s.marker, s.title, s.part) for s in report.walk()]
