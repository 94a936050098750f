"""Figures that are right (issue 25): each false figure a clerk met on the provincial reports,
subjects in whole words, a figure's topic from its own passage, and the seeds scored against
lists read by hand (tests/data/figures/seeds_*.tsv; the provincial lists are scored by
tests/tools/score_figures.py, which may read ../shared)."""
import sys
from pathlib import Path

import pytest

from reportdesk.align import align_files
from reportdesk.figures.extract import figures
from reportdesk.figures.facts import collect_facts
from reportdesk.jobs import parse_files

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "tools"))
from score_figures import LISTS, facts_of, read_list, score, whole_words  # noqa: E402


def shown(text):
    return [(f.value, f.unit, f.subject) for f in figures(text)]


@pytest.mark.parametrize("text", [
    "全省生产总值连跨4个千亿台阶。",  # 甘肃: "4 个" and "1000 亿台"
    "科技创新成果转化体系进一步完善，全省技术合同成交额达到5500亿元，连续4年每年跨越一个千亿台阶，科技成果就地转化率提高到67％。",
])
def test_a_milestone_is_no_figure_and_no_unit_is_cut_from_a_word(text):
    found = figures(text)
    assert not any(f.unit.endswith("台") or f.value == 1000 or f.value == 4 for f in found), shown(text)
    assert all(whole_words(f.subject, text) for f in found), shown(text)


@pytest.mark.parametrize("text", [
    "经济运行稳中有进，社会大局和谐稳定，较好完成市十六届人大二次会议确定的各项目标任务。",
    "圆满完成省十四届人大二次会议确定的目标任务，高质量发展和现代化建设迈出新的坚实步伐。",
    "深入贯彻落实市十四次党代会和全市教育工作大会精神。",
])
def test_a_session_is_no_figure(text):
    assert figures(text) == []


def test_three_meetings_are_still_a_figure():
    assert [(f.value, f.unit) for f in figures("全年召开3次会议。")] == [(3, "次")]


@pytest.mark.parametrize("text, core", [
    ("强化以人工智能为核心的技术研发，新建5G基站2.3万个以上。", "5G基站"),
    ("5G基站达到24.2万个，智能算力比例超过30%。", "5G基站"),
    ("培育建设省级跨境电商公共服务平台3个。", "跨境电商公共服务平台"),
    ("跨境电商公共服务平台注册用户数达1200家。", "电商公共服务平台"),  # cut, if at all, between words
    ("首单基础设施REITs项目上市发行，新增A股上市企业5家。", "A股上市企业"),
    ("新增国家级制造业单项冠军14家、专精特新“小巨人”企业38家。", "小巨人"),
])
def test_a_subject_is_whole_words_with_the_numbers_of_its_names(text, core):
    found = figures(text)
    assert any(core in f.subject for f in found) and all(whole_words(f.subject, text) for f in found), shown(text)


def test_a_fall_of_pm25_is_not_a_fall_of_top_scientists():
    text = ("北京地区获评国家科学技术奖58项、占全国28.7%，高被引科学家达431人次。深化大气污染治理攻坚，"
            "克服秋冬季大雾静稳等不利气象条件影响，细颗粒物年均浓度30.5微克/立方米、下降6.2%，优良天数达到290天、增加19天。")
    by_value = {f.value: f for f in figures(text)}
    assert by_value[431].subject == "高被引科学家"
    assert by_value[30.5].unit == "微克/立方米" and by_value[6.2].subject == by_value[30.5].subject == "细颗粒物年均浓度"
    assert shown("PM2.5年均浓度同比下降8％，优良天数同比增加36天。")[0] == (8, "%", "PM2.5年均浓度")


@pytest.mark.parametrize("text", [
    "参加G20峰会筹备工作。", "组建百人宣讲团，开展专题宣讲42次。", "坚持每月对学校进行一次全面的安全隐患排查。",
    "加快构建“15分钟就业服务圈”。", "印发《中小学五项管理工作方案》。", "落实中央八项规定精神。", "三台山劳动研学实践基地全面落地。",
    "许昌市前6000名考生中。", "连续四次药品安全考核获评A级。",
])
def test_numbers_inside_names_slogans_ranks_and_streaks_are_not_figures(text):
    assert [f for f in figures(text) if f.value != 42] == []


def test_items_listed_before_their_figures_pair_up():
    text = "民营规上工业增加值、限上批发零售业商品销售额、外贸进出口总额占比分别为23.1％、62.5％、45.5％。"
    assert [f.subject for f in figures(text)] == ["民营规上工业增加值", "限上批发零售业商品销售额", "外贸进出口总额占比"]


def test_a_figure_takes_the_topic_its_sentence_is_about_among_its_passages():
    """河北: one paragraph on industry ends on farming; 粮食 and 高标准农田 are 乡村振兴, not 产业发展."""
    alignment = align_files(parse_files([ROOT / "tests" / "data" / "gov2025", LISTS / "河北节选.txt"],
                                        isolate=False, cache=False))
    names = dict(alignment.topics)
    facts = {(f.value, f.unit): names.get(f.topic) for f in collect_facts(alignment) if f.region == "河北省"}
    assert facts[(450, "万亩")] == facts[(781.8, "亿斤")] == "乡村振兴"
    assert facts[(14, "家")] == "产业发展"


def test_every_subject_of_the_seeds_is_whole_words():
    hands = [read_list(p) for p in sorted(LISTS.glob("seeds_*.tsv"))]
    facts = [f for found in facts_of(hands).values() for f in found]
    broken = [(f.subject, f.sentence) for f in facts if not whole_words(f.subject, f.sentence)]
    assert len(broken) <= len(facts) // 100, broken  # jieba reads 人参训 as 人参|训: a word it cuts itself


@pytest.fixture(scope="module")
def seed_scores():
    hands = [read_list(p) for p in sorted(LISTS.glob("seeds_*.tsv"))]
    found = facts_of(hands)
    return [score(hand, found[hand.name]) for hand in hands]


def test_the_seeds_read_by_hand_are_found_and_nothing_else(seed_scores):
    assert len(seed_scores) >= 4
    for s in seed_scores:
        assert s.expected >= 30
        assert s.precision >= 0.95 and s.recall >= 0.95, (s.name, s.precision, s.recall, s.misses, s.false)
