"""Report metadata: title block (title, issuer, date), region, year and period."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reportdesk.model import Paragraph
from reportdesk.structure.split import is_title_line

_DATE = re.compile(r"^[（(]?\s*((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})\s*年\s*"
                   r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
                   r"\s*[)）]?$")
_ISSUER = re.compile(r"^[\u4e00-\u9fffA-Za-z*＊]{2,30}?(?:局|委员会|委|政府|办公室|办|中心|学校|中学|小学|厅|院|公司)$")
_ISSUER_PREFIX = re.compile(r"^([^\d年]{1,20}?(?:教育体育局|教体局|教育局|体育局|人民政府|政府|委员会|教委|局))"
                            r"(?=.*(?:总结|报告|汇报|计划|思路))")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SUFFIX = "省市县区旗盟州"
_PLACE = re.compile(rf"(?=([\u4e00-\u9fff]{{2,4}}[{_SUFFIX}]))")
_ADMIN_AFTER = re.compile(r"委|人民政府|政府|人大|政协|教育局|教体局|教育体育局|教育系统|教育工作|中小学|学校|籍")
_MASKED_PLACE = re.compile(r"(?:[xX×]{2,4}|\*{2,}|＊{2,}|某)(?:省|市|县|区|州|旗|教育|教体)"
                           r"|(?<![A-Za-z])[xX×](?:省|市|县|区|州)")
_NOT_PLACES = set(
    "全市 我市 本市 该市 各市 城市 市区 全县 我县 本县 该县 各县 县区 全区 我区 本区 该区 各区 辖区 城区 "
    "社区 园区 学区 片区 景区 校区 新区 山区 牧区 林区 灾区 地区 老区 郊区 矿区 街区 厂区 "
    "全省 我省 本省 该省 各省 外省 全州 我州 本州 各州 全旗 我旗".split())
_BAD_START = set("被在由对于和与及向从代表组织我全本该各省市县区级到为是的了将把经让给赴")
_BAD_ENDINGS = ("示范区", "实验区", "试验区", "开发区", "功能区", "保护区", "服务区", "先行区", "集聚区",
                "试点县", "示范县", "强县", "大县", "先进县", "试点市", "示范市", "城市", "老城区", "主城区",
                "中心城区", "自贸区", "市县区", "县市区")


@dataclass
class TitleBlock:
    titles: list[str] = field(default_factory=list)
    issuer: str | None = None
    date: str | None = None


def take_title_block(paragraphs: list[Paragraph]) -> tuple[TitleBlock, list[Paragraph]]:
    """The title, issuer and date lines at the top of a report, and the paragraphs after."""
    block = TitleBlock()
    k = 0
    while k < len(paragraphs):
        text = paragraphs[k].text.strip()
        if _DATE.match(text):
            block.date = text.strip("（）() ")
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


def find_issuer(block: TitleBlock, title: str) -> str | None:
    if block.issuer:
        return block.issuer
    match = _ISSUER_PREFIX.match(title)
    if not match:
        return None
    issuer = re.sub(r"^关于", "", match.group(1))
    return issuer if len(issuer) >= 2 else None


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


def find_region(named_sources: list[str], body: str) -> str | None:
    """The place the report is about, or None when the text hides it (XX, xx, **)."""
    for text in named_sources:
        if not text:
            continue
        if _MASKED_PLACE.search(text) or re.match(r"^(?:[xX]{2,}|\*{2,})", text):
            return None
        place = _first_place(text)
        if place:
            return place
    if len(_MASKED_PLACE.findall(body)) >= 2:
        return None
    return _place_from_text(body)


_OWN_OFFICE = re.compile(rf"^([\u4e00-\u9fff]{{1,6}}?[{_SUFFIX}])(?:教育|教体|人民政府|政府|委)")


def _first_place(text: str) -> str | None:
    office = _OWN_OFFICE.match(text)  # 沛县教育局: one-character names too
    if office and _trim_place(office.group(1)):
        return office.group(1)
    for match in _PLACE.finditer(text):
        candidate = _trim_place(match.group(1))
        if candidate:
            return candidate
    return None


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
