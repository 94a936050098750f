"""Administrative place names in Chinese text: the bundled province list and suffix rules.

A name is found two ways:
* Province-level names from `resources/places/provinces.txt` (editable), full or short:
  宁夏 → 宁夏回族自治区, 内蒙古 → 内蒙古自治区. A short form followed by a lower-level
  suffix (吉林市, 海南州) names that lower place, not the province.
* Any other name by its suffix (自治州 自治县 地区 盟 市 州 县 区 旗 …) and the characters
  before it, back to a boundary: a non-Chinese character (2025年长葛市: the 年 of a date
  is never part of a name), a function word, or the province named just before it
  (湖南省溆浦县 gives 湖南省 and 溆浦县). Common nouns ending in a suffix (全市 城区 开发区)
  are refused.

No list of all counties is bundled: names change every year, and the suffix rules find
the names the reports themselves print. (A package with the full list, cpca, was last
released in 2021; its forks are one-person snapshots.)
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reportdesk import resources

# Longest first: 自治区 before 区, 特别行政区 before 区.
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "联合旗", "林区", "地区", "省", "市", "州", "盟", "县", "区", "旗")
ETHNIC_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区")  # a province's whole suffix (宁夏回族自治区 → 宁夏)
TOWN_SUFFIXES = ("镇", "乡")  # below a county: never a report's region, yet named in its text
_LOWER_AFTER_SHORT = re.compile(r"[市县区州盟旗]|[\u4e00-\u9fff]{0,3}族")
# Characters that end the search for the start of a name (a name never contains them).
_STOP = set("年月日号届次期的了和与及或在于对向从由被把将为是让给到赴经按据至自同跟就等各每该本我全这那其")
_NOT_NAME_PREFIXES = ("中共", "关于", "召开", "组织", "全国", "中国")
_MAX_NAME = 4  # characters before a one-character suffix (乌鲁木齐市, 张家港市)
_MAX_AUTONOMOUS = 9  # 恩施土家族苗族自治州, 黔东南苗族侗族自治州
_NOT_PLACES = set(
    "全市 我市 本市 该市 各市 城市 市区 全县 我县 本县 该县 各县 县区 全区 我区 本区 该区 各区 辖区 城区 "
    "社区 园区 学区 片区 景区 校区 新区 山区 牧区 林区 灾区 地区 老区 郊区 矿区 街区 厂区 港区 湾区 "
    "全省 我省 本省 该省 各省 外省 全州 我州 本州 各州 全旗 我旗 全盟 自治区 省市 市县 区县 州市 "
    "行政区 特区 商圈 都市 城乡区".split())
_BAD_ENDINGS = ("示范区", "实验区", "试验区", "开发区", "功能区", "保护区", "服务区", "先行区", "集聚区", "合作区",
                "试点县", "示范县", "强县", "大县", "先进县", "试点市", "示范市", "城市", "老城区", "主城区",
                "中心城区", "自贸区", "市县区", "县市区", "核心区", "引领区", "承载区", "高新区", "经开区",
                "保税区", "风景区", "旅游区", "住宅区", "生活区", "工业区", "产业区", "居住区", "商业区",
                "市州", "县市", "省区", "边疆区", "民族地区", "欠发达地区", "贫困地区", "农村地区", "重点地区",
                "同城区", "大湾区", "经济区", "城市群区")
_NEW_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{2,3}新区$")  # 浦东新区, 滨海新区: real districts
# For body text: names are told by what follows them (its committee, its documents).
_SUFFIX = "省市县区旗盟州"
_ADMIN_AFTER = re.compile(r"委|人民政府|政府|人大|政协|教育局|教体局|教育体育局|教育系统|教育工作|中小学|学校|籍")
_BAD_START = set("被在由对于和与及向从代表组织我全本该各省市县区级到为是的了将把经让给赴年月日")
_VERB_END = set("照实受据持从彻和及与")  # 按照 落实 接受 根据 坚持 服从 贯彻 … before 省委/市委
MASKED = re.compile(r"(?:[xX×]{2,4}|\*{2,}|＊{2,}|某)(?:省|市|县|区|州|旗|教育|教体)"
                    r"|(?<![A-Za-z])[xX×](?:省|市|县|区|州)")


@dataclass(frozen=True)
class Place:
    """A place name found in a text: its full name and where the printed form stands."""

    name: str
    start: int
    end: int


@lru_cache(maxsize=1)
def province_forms() -> dict[str, str]:
    """Every printed form of a province-level name (full and short) → its full name."""
    forms: dict[str, str] = {}
    text = resources.path("places/provinces.txt").read_text(encoding="utf-8-sig")
    for line in text.splitlines():
        line = line.split("#", 1)[0].split()
        if line:
            for form in line:
                forms[form] = line[0]
    return forms


@lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern:
    forms = sorted(province_forms(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, forms)))


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def provinces_in(text: str) -> list[Place]:
    """Province-level names in a text (short forms given their full name)."""
    found = []
    for match in _province_pattern().finditer(text):
        form = match.group(0)
        full = province_forms()[form]
        if form != full and _LOWER_AFTER_SHORT.match(text, match.end()):
            continue  # 吉林市, 海南州, 海南藏族自治州: a lower place named like the province
        found.append(Place(full, match.start(), match.end()))
    return found


def places_in(text: str) -> list[Place]:
    """Every administrative name in a short line (a title, an issuer, a meeting line), in
    reading order. Body text has no such boundaries; it is scored by metadata instead."""
    provinces = provinces_in(text)
    covered = [(p.start, p.end) for p in provinces]
    found = list(provinces)
    pos = 0
    while pos < len(text):
        suffix = next((s for s in SUFFIXES if text.startswith(s, pos)), None)
        if suffix is None:
            pos += 1
            continue
        end = pos + len(suffix)
        if not any(a <= pos < b for a, b in covered):
            start = _name_start(text, pos, suffix, covered)
            name = text[start:end] if start is not None else None
            if name and _acceptable(name, suffix):
                found.append(Place(name, start, end))
                covered.append((start, end))
        pos = end
    return sorted(found, key=lambda p: p.start)


def _name_start(text: str, suffix_at: int, suffix: str, covered) -> int | None:
    """Where the name before a suffix starts: back to a boundary, within the usual length."""
    longest = _MAX_AUTONOMOUS if len(suffix) == 3 else _MAX_NAME
    start = suffix_at
    while start > 0 and suffix_at - start < longest:
        char = text[start - 1]
        if not is_cjk(char) or char in _STOP or any(a < start <= b for a, b in covered):
            break
        start -= 1
    while suffix_at - start > 1 and text.startswith(_NOT_NAME_PREFIXES, start):
        start += 2
    return None if start == suffix_at else start


def _acceptable(name: str, suffix: str) -> bool:
    stem = name[:-len(suffix)]
    if not stem or name in _NOT_PLACES or name.endswith(_BAD_ENDINGS) \
            or (len(suffix) == 1 and name[-2:] in _NOT_PLACES and not _NEW_DISTRICT.match(name)):
        return False
    if suffix in ("区", "市", "县", "州", "旗", "盟") and len(stem) == 1 and stem in "城山郊牧林矿灾景校学片园社辖老新港湾省县":
        return False
    return True


def most_specific(places: list[Place]) -> Place | None:
    """The first place of a text, made as specific as the text makes it: in 湖南省溆浦县
    the report speaks for 溆浦县 (a chain of names printed one after the other)."""
    if not places:
        return None
    chosen = places[0]
    for place in places[1:]:
        if place.start != chosen.end:
            break
        chosen = place
    return chosen


def _trim_place(candidate: str) -> str | None:
    """Strip leading function words (被长葛市 → 长葛市, 中共湖南省 → 湖南省) and refuse common
    nouns (全市, 城区) and verbs before a level (按照省委, 落实市委, 接受市人大)."""
    if candidate.startswith("中共") and len(candidate) > 3:
        candidate = candidate[2:]
    while len(candidate) > 3 and candidate[0] in _BAD_START:
        candidate = candidate[1:]
    if len(candidate) >= 3 and candidate[-2] in _VERB_END:
        return None
    if len(candidate) < 2 or candidate[0] in _BAD_START or candidate in _NOT_PLACES or candidate.endswith(_BAD_ENDINGS):
        return None
    if candidate[-2:] in _NOT_PLACES:
        return None
    return candidate


def place_from_text(body: str) -> str | None:
    """The place a body of text most likely speaks for, by the documents it issues and the
    committees it names (《长葛市…方案》, 长葛市委), else the province it names most when it
    speaks of itself at that level (上海 … 全市), or None. Body text has no boundaries
    around names, so candidates of each length are scored and the best supported wins."""
    named = _named_by_its_documents(body)
    levels = Counter(_SELF_LEVEL.findall(body))
    if named and levels and named.endswith(levels.most_common(1)[0][0]):
        return named  # a place of the level the text speaks at (芙蓉区 … 全区)
    return _province_of_self_reference(body) or named


_SELF_LEVEL = re.compile(r"(?:我|全|本)(省|市|区)")


def _province_of_self_reference(body: str) -> str | None:
    """The province named most often (three times at least), when the text calls itself
    by that province's level (全省, 全市 for 上海市, 全区 for 自治区): a county report that
    mentions its province speaks of 全县, not of it."""
    mentions = Counter(p.name for p in provinces_in(body))
    if not mentions:
        return None
    name, count = mentions.most_common(1)[0]
    levels = Counter(_SELF_LEVEL.findall(body))
    if count < 3 or not levels:
        return None
    return name if name.endswith(levels.most_common(1)[0][0]) else None


def _named_by_its_documents(body: str) -> str | None:
    scores: Counter[str] = Counter()
    self_refs = Counter(m for m in re.findall(r"(?:我|全)([市县区旗])", body))
    for match in re.finditer(f"[{_SUFFIX}]", body):
        end = match.end()
        for size in (3, 4, 5):  # name lengths 2-4 plus the suffix
            name_start = end - size
            if name_start < 0:
                break
            candidate = body[name_start:end]
            if not all(is_cjk(c) for c in candidate) or _trim_place(candidate) != candidate \
                    or body[max(0, name_start - 1):name_start + 1] == "中共":
                continue
            after = body[end:end + 6]
            before = body[name_start - 1:name_start] if name_start else ""
            weight = 0.0
            if before == "《":
                weight += 3
            if _ADMIN_AFTER.match(after):
                weight += 1
            if after.startswith("级") or body[max(0, name_start - 2):name_start] == "代表":
                weight -= 1
            if weight > 0:
                weight *= 1.5 if self_refs and candidate[-1] == self_refs.most_common(1)[0][0] else 1
                scores[candidate] += weight
    if not scores:
        return None
    best = max(scores, key=lambda c: (scores[c], len(c)))
    # A longer name with almost the same support is the real one (张家港市 over 家港市).
    for candidate, score in scores.items():
        if len(candidate) > len(best) and candidate.endswith(best) and score >= 0.8 * scores[best]:
            best = candidate
    return best if scores[best] >= 2 else None
