"""Report metadata: title block (title, issuer, date), region, year and period."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reportdesk.model import Paragraph
from reportdesk.structure.places import MASKED, most_specific, places_in
from reportdesk.structure.split import is_title_line

_DATE = re.compile(r"^[（(]?\s*((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*"
                   r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
                   r"\s*[)）]?$")
_ISSUER = re.compile(r"^[\u4e00-\u9fffA-Za-z*＊]{2,30}?(?:局|委员会|委|政府|办公室|办|中心|学校|中学|小学|厅|院|公司)$")
_ISSUER_PREFIX = re.compile(r"^([^\d年]{1,20}?(?:教育体育局|教体局|教育局|体育局|人民政府|政府|委员会|教委|局))"
                            r"(?=.*(?:总结|报告|汇报|计划|思路))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SUFFIX = "省市县区旗盟州"
_ADMIN_AFTER = re.compile(r"委|人民政府|政府|人大|政协|教育局|教体局|教育体育局|教育系统|教育工作|中小学|学校|籍")
# Front matter that is neither title nor text: where the text was copied from, the meeting a
# speech was given at, the speaker, the salutation (来源：北京日报 / ——2025年1月18日在云南省
# 第十四届人民代表大会第三次会议上 / 省长 王予波 / 各位代表：), often run together on one line.
_SOURCE_LINE = re.compile(r"^(?:信息|文章|稿件)?来\s?源\s*[:：]|^(?:作\s?者|编\s?辑|责任编辑|发布(?:时间|日期)?|浏览(?:次数)?"
                          r"|字号|点击数)\s*[:：]")
_MEETING = re.compile(r"人民代表大会|代表大会|(?:会议|大会|会)上(?:的)?(?:讲话|报告|发言)?|各位代表")
_OWN_CONGRESS = re.compile(r"在(.{2,16}?)第[一二三四五六七八九十\d]{1,4}届(?:人民代表大会|人大)")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:省长|市长|县长|区长|主席|州长|盟长|旗长|局长|厅长|书记|主任)"
                      r"\s*[\u4e00-\u9fff·]{2,10}(?:同志)?$")
_SALUTATION = re.compile(r"^(?:各位代表|同志们|各位委员|各位领导)[：:！!，,]?$")
_MAX_FRONT_LINE = 160
_NOT_PLACES = set(
    "全市 我市 本市 该市 各市 城市 市区 全县 我县 本县 该县 各县 县区 全区 我区 本区 该区 各区 辖区 城区 "
    "社区 园区 学区 片区 景区 校区 新区 山区 牧区 林区 灾区 地区 老区 郊区 矿区 街区 厂区 "
    "全省 我省 本省 该省 各省 外省 全州 我州 本州 各州 全旗 我旗".split())
_BAD_START = set("被在由对于和与及向从代表组织我全本该各省市县区级到为是的了将把经让给赴年月日")
_BAD_ENDINGS = ("示范区", "实验区", "试验区", "开发区", "功能区", "保护区", "服务区", "先行区", "集聚区",
                "试点县", "示范县", "强县", "大县", "先进县", "试点市", "示范市", "城市", "老城区", "主城区",
                "中心城区", "自贸区", "市县区", "县市区")


@dataclass
class TitleBlock:
    titles: list[str] = field(default_factory=list)
    issuer: str | None = None
    date: str | None = None
    speech: list[str] = field(default_factory=list)  # meeting and speaker lines

    @property
    def title(self) -> str | None:
        """The title among the title lines: the first, unless a later one says more (政府工作报告
        after 2025年湖南省政府工作报告 is a repeat, not the title)."""
        if not self.titles:
            return None
        chosen = self.titles[0]
        for later in self.titles[1:]:
            if chosen in later:
                chosen = later
        return chosen


def take_title_block(paragraphs: list[Paragraph]) -> tuple[TitleBlock, list[Paragraph]]:
    """The title, issuer and date lines at the top of a report, and the paragraphs after."""
    block = TitleBlock()
    k = 0
    while k < len(paragraphs):
        text = paragraphs[k].text.strip()
        if _DATE.match(text):
            block.date = text.strip("（）() ")
        elif _SOURCE_LINE.match(text) or _SALUTATION.match(text):
            pass
        elif is_speech_line(text):
            block.speech.append(text)
            block.date = block.date or _speech_date(text)
        elif _ISSUER.match(text) and not is_title_line(text):
            block.issuer = text
        elif is_title_line(text) or (paragraphs[k].style or "").lower() in ("title", "标题"):
            if text not in block.titles:
                block.titles.append(text)
        elif text.startswith(("——", "—", "--")) and len(text) <= 60:
            pass  # a subtitle such as ——在全市教育工作会议上的讲话
        else:
            break
        k += 1
    return block, paragraphs[k:]


def is_speech_line(text: str) -> bool:
    """A line saying where and by whom a report was given, never its title or its text."""
    if len(text) > _MAX_FRONT_LINE or "。" in text.rstrip("。"):
        return False
    return bool(_SPEAKER.match(text) or (_MEETING.search(text) and (text[:1] in "—-－" or _DATE_IN.match(text)
                                                                      or "在" in text)))


_DATE_IN = re.compile(r"^[—\-－\s]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")


def _speech_date(text: str) -> str | None:
    match = _DATE_IN.match(text)
    return match.group(1) if match else None


def take_signature(paragraphs: list[Paragraph], block: TitleBlock) -> list[Paragraph]:
    """Issuer and date signed at the end of a report go to the block, not to the last section.

    At most one issuer line and one date line are taken, and only when the title block
    has none or the same, so that no text is dropped.
    """
    end = len(paragraphs)
    took_issuer = took_date = False
    while end > 0:
        text = paragraphs[end - 1].text.strip()
        date = text.strip("（）() ")
        if _DATE.match(text) and not took_date and block.date in (None, date):
            block.date, took_date = date, True
        elif (_ISSUER.match(text) and not is_title_line(text) and not took_issuer
              and block.issuer in (None, text)):
            block.issuer, took_issuer = text, True
        else:
            break
        end -= 1
    return paragraphs[:end]


# The office a report speaks as, named as the subject of its first sentence: "2021年，在市委
#市政府的坚强领导下，XX教育体育以推动高质量发展为主线…" (for reports without a title block).
_OPENING_ISSUER = re.compile(r"(?:^|[，,：:])\s*((?:[xX×*＊]{2,4}|[\u4e00-\u9fff]{1,8}?)"
                             r"(?:教育体育局|教育体育|教体局|教育局|人民政府|委员会|[局委厅办院]))"
                             r"(?=以|在|坚持|紧紧|紧扣|围绕|深入|认真|全面|按照|始终|聚焦)")


def find_issuer(block: TitleBlock, title: str, preamble: list[str] = ()) -> str | None:
    """The office that issues the report: signed, in its title, or the subject of its
    opening sentence."""
    if block.issuer:
        return block.issuer
    match = _ISSUER_PREFIX.match(title)
    if match:
        issuer = re.sub(r"^关于", "", match.group(1))
        return issuer if len(issuer) >= 2 else None
    if not block.titles and preamble:
        match = _OPENING_ISSUER.search(preamble[0][:160])
        if match and len(match.group(1)) >= 2:
            return match.group(1)
    return None


def find_year(sources: list[str], body: str) -> int | None:
    """The year a report covers: from its title lines, else the first year in its text."""
    for text in sources:
        match = _YEAR.search(text or "")
        if match:
            return int(match.group(1))
    match = _YEAR.search(body[:400])
    return int(match.group(1)) if match else None


def find_period(sources: list[str], body: str) -> str:
    """全年, 上半年 or 下半年: the period the report sums up."""
    for text in sources:
        if not text:
            continue
        if "上半年" in text or re.search(r"(?<!下)半年(?:工作)?总结", text):
            return "上半年"
        if re.search(r"下半年(?:工作)?总结", text):
            return "下半年"
    opening = body[:60]
    if re.match(r"^(?:(?:19|20)\d{2}年|今年)?上半年", opening):
        return "上半年"
    return "全年"


def find_region(block: TitleBlock, named_sources: list[str], body: str) -> str | None:
    """The place a report speaks for, by its full name, or None when the text hides it.

    In order: the congress the report was given to (在宁夏回族自治区第十三届人民代表大会…),
    the front matter (speaker, issuer, titles) and the other names the report was given
    (collection label, file), then the places the text names as its own."""
    lines = block.speech + [block.issuer or ""] + block.titles + named_sources
    for text in lines:
        if text and (MASKED.search(text) or re.match(r"^(?:[xX]{2,}|\*{2,})", text)):
            return None
    for text in block.speech:
        congress = _OWN_CONGRESS.search(text)
        place = most_specific(places_in(congress.group(1))) if congress else None
        if place:
            return place.name
    for text in lines:
        place = most_specific(places_in(text or ""))
        if place:
            return place.name
    if len(MASKED.findall(body)) >= 2:
        return None
    return _place_from_text(body)


def _trim_place(candidate: str) -> str | None:
    """Strip leading function words (被长葛市 → 长葛市) and refuse common nouns (全市, 城区)."""
    while len(candidate) > 3 and candidate[0] in _BAD_START:
        candidate = candidate[1:]
    if len(candidate) < 2 or candidate[0] in _BAD_START or candidate in _NOT_PLACES or candidate.endswith(_BAD_ENDINGS):
        return None
    if candidate[-2:] in _NOT_PLACES:
        return None
    return candidate


def _is_cjk(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _place_from_text(body: str) -> str | None:
    """Most likely own place named in the text: documents it issues, its committees."""
    scores: Counter[str] = Counter()
    self_refs = Counter(m for m in re.findall(r"(?:我|全)([市县区旗])", body))
    for match in re.finditer(f"[{_SUFFIX}]", body):
        end = match.end()
        for size in (3, 4, 5):  # name lengths 2-4 plus the suffix
            name_start = end - size
            if name_start < 0:
                break
            candidate = body[name_start:end]
            if not _is_cjk(candidate) or _trim_place(candidate) != candidate:
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
