"""Report metadata: title block (title, issuer, date), region, year and period."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportdesk.model import Paragraph
from reportdesk.structure.places import MASKED, most_specific, place_from_text, places_in
from reportdesk.structure.split import is_title_line

_DATE = re.compile(r"^[（(]?\s*((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*"
                   r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
                   r"\s*[)）]?$")
_ISSUER = re.compile(r"^[\u4e00-\u9fffA-Za-z*＊]{2,30}?(?:局|委员会|委|政府|办公室|办|中心|学校|中学|小学|厅|院|公司)$")
_ISSUER_PREFIX = re.compile(r"^([^\d年]{1,20}?(?:教育体育局|教体局|教育局|体育局|人民政府|政府|委员会|教委|局))"
                            r"(?=.*(?:总结|报告|汇报|计划|思路))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
# Front matter that is neither title nor text: where the text was copied from, the meeting a
# speech was given at, the speaker, the salutation (来源：北京日报 / ——2025年1月18日在云南省
# 第十四届人民代表大会第三次会议上 / 省长 王予波 / 各位代表：), often run together on one line.
_SOURCE_LINE = re.compile(r"^[【\[]?\s*(?:(?:信息|文章|稿件)?来\s?源|作\s?者|编\s?辑|责任编辑|发布(?:时间|日期|机构)?"
                          r"|浏览(?:次数)?|字号|字体|点击(?:数|量)?|阅读(?:量|次数)?|时间|日期)\s*[:：]"
                          r"|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")  # 2025-01-20 09:30
_MEETING = re.compile(r"人民代表大会|代表大会|(?:会议|大会|会)上(?:的)?(?:讲话|报告|发言)?|各位代表")
_OWN_CONGRESS = re.compile(r"在(.{2,16}?)第[一二三四五六七八九十\d]{1,4}届(?:人民代表大会|人大)")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{0,16}?(?:省长|市长|县长|区长|主席|州长|盟长|旗长|局长|厅长|书记|主任)"
                      r"\s*[\u4e00-\u9fff·]{2,10}(?:同志)?$")
_SALUTATION = re.compile(r"^(?:各位代表|同志们|各位委员|各位领导)[：:！!，,]?$")
_MAX_FRONT_LINE = 160
_DATE_IN = re.compile(r"^[—\-－\s]*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)")  # the date a speech was given


@dataclass
class TitleBlock:
    titles: list[str] = field(default_factory=list)
    issuer: str | None = None
    date: str | None = None
    speech: list[str] = field(default_factory=list)  # meeting and speaker lines

    @property
    def at_congress(self) -> bool:
        """Given at a people's congress: a government work report, which reviews the year
        before the one it is given in."""
        return any("人民代表大会" in line or "人大" in line for line in self.speech)

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
    return place_from_text(body)
