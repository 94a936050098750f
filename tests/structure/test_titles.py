"""Where a run-on heading's title ends."""
import pytest

from reportdesk.structure.titles import split_title


def title(text, stop=None):
    end, _ = split_title(text, 0, len(text) if stop is None else stop)
    return text[:end]


@pytest.mark.parametrize("text, expected", [
    ("把准方向方位，党的领导增动力。一是压实主体责任。", "把准方向方位，党的领导增动力"),
    ("基本情况", "基本情况"),
    ("基本情况：全县共有学校128所。", "基本情况"),
    ("推进“三名”工程建设,打造教育领军队伍 推进教师队伍建设,继续开展练功活动。", "推进“三名”工程建设,打造教育领军队伍"),
    ("提高保障能力,营造良好内外部环境按照《中小学幼儿园安全防范工作规范》等有关要求,进一步强化学校建设。",
     "提高保障能力,营造良好内外部环境"),
    ("抓精准扶贫,惠民政策落到实处认真落实“两免一补”、营养改善计划等惠民政策,及时兑现各项资金。",
     "抓精准扶贫,惠民政策落到实处"),
    ("坚持精准施策,教育民生获得感显著提高营养改善计划全覆盖,学校食堂就近提供午餐。",
     "坚持精准施策,教育民生获得感显著提高"),
    ("聚焦质量提升,紧紧围绕“531”的工作思路,即“改作风、改校长”抓细抓实各项工作,着力提升教育质量。", "聚焦质量提升"),
    ("城乡教育发展还不均，“城区学校挤、乡村学校弱”的问题还比较突出，尤其是义务教育阶段。", "城乡教育发展还不均"),
    ("队伍整体素质还不强，省级名师少，中原名师还是空白，农村学校体音美等学科普遍存在非专业教师兼任的现象。",
     "队伍整体素质还不强"),
])
def test_title_end(text, expected):
    assert title(text) == expected


def test_title_ends_at_the_next_marker():
    text = "实施名校建设工程,优化教育资源配置1.推进4所新校规划建设。"
    assert title(text, stop=text.index("1.")) == "实施名校建设工程,优化教育资源配置"


def test_body_starts_after_the_stop():
    text = "基本情况。全县学校128所。"
    end, body = split_title(text, 0, len(text))
    assert text[body:] == "全县学校128所。"


@pytest.mark.parametrize("text, expected", [
    ("推进“县管校聘”改革，交流教师312人。", "推进“县管校聘”改革"),
    ("举办优质课评选，评出一等奖30节。", "举办优质课评选"),
    ("加大投入力度，全年投入2.3亿元，新建学校3所。", "加大投入力度"),
])
def test_a_clause_stating_a_count_is_body(text, expected):
    assert title(text) == expected
