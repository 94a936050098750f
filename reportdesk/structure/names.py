"""The name a report goes by wherever it is shown: tree, matrix, columns, exports.

Who and when, where known: "长葛市教体局 2021", "上海市 2025", "区教育局 2021上半年".
A part of a collection is its short title and its place in the collection ("教育局2021年
工作总结 篇一"), since its siblings share who and when. Otherwise the short title. Never a
file name: the files of a download site are named by hashes.
"""
from __future__ import annotations

import re

from reportdesk.model import Report
from reportdesk.structure.places import places_in

MAX_NAME = 24
_LABEL = re.compile(r"[【\[（(]?\s*(?:篇|范文|第)\s*[一二三四五六七八九十\d]{1,3}\s*篇?\s*[】\]）)]?$")
_PLANS_TAIL = re.compile(r"(?:及|和|暨|与|并)(?:\d{4}年|下半年|明年|下一步|下步|今后).*$")
_NOISE = re.compile(r"^关于|(?:范文|精选|大全|合集)+$|的报告$")
_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年度?")
_LOOSE_ENDS = "　 ·•-—_、，,：:（）()《》“”"


def display_name(report: Report) -> str:
    """A short name a person recognises the report by (see the module docstring)."""
    when = _when(report)
    if report.piece:
        return f"{short_title(report.title)} {report.piece}".strip()
    who = _who(report.region, report.issuer)
    if who and (report.region or when):
        return f"{who} {when}".strip()
    title = short_title(report.title)
    return title or (f"{who} {when}".strip() if who else "") or "未命名报告"


def short_title(title: str) -> str:
    """The title without collection labels, '关于', and the plans it appends
    (区教育局2021年上半年工作总结和下半年工作思路 → 区教育局2021年上半年工作总结)."""
    text = _LABEL.sub("", title.strip()).strip()
    text = _NOISE.sub("", text).strip()
    shorter = _PLANS_TAIL.sub("", text)
    text = shorter if len(shorter) >= 6 else text
    return text if len(text) <= MAX_NAME else text[:MAX_NAME - 1] + "…"


def title_beyond(title: str, name: str) -> str:
    """What a report's title says that its name does not, for a row that shows both: beside
    北京市 2025, 2025年北京市政府工作报告 says 政府工作报告; beside 长葛市教体局 2021,
    长葛市教体局2021年工作总结及2022年工作谋划 says 工作总结及2022年工作谋划. Empty when the
    name says it all."""
    if short_title(title).rstrip("…") in name:
        return ""  # a name made from the title
    rest = _YEAR.sub(lambda m: " " if m.group(1) in name else m.group(0), title)
    for word in name.split():  # the name's own words: 长葛市教体局
        rest = rest.replace(word, " ")
    for period in ("上半年", "下半年"):
        if period in name:
            rest = rest.replace(period, " ")
    for place in reversed(places_in(rest)):  # a short or full form of the name's place: 宁夏
        if place.name in name or rest[place.start:place.end] in name:
            rest = rest[:place.start] + " " + rest[place.end:]
    rest = re.sub(r"\s+", "", rest).strip(_LOOSE_ENDS)
    rest = re.sub(r"^(?:关于|的|及|和|与|暨)+", "", rest)
    return rest if len(rest) >= 2 else ""


def _who(region: str | None, issuer: str | None) -> str:
    """The region with the issuing office: 长葛市 + 教体局, 溆浦县教育局, 芙蓉区 + 区教育局."""
    if not issuer or issuer in (region or "") or issuer.endswith(("人民政府", "政府")):
        return region or ""
    if not region or issuer.startswith(region):
        return issuer
    if issuer[0] == region[-1]:  # 区教育局 of 芙蓉区
        issuer = issuer[1:]
    return region + issuer


def _when(report: Report) -> str:
    if not report.year:
        return ""
    return f"{report.year}{report.period}" if report.period in ("上半年", "下半年") else str(report.year)


def unique_names(names: list[str]) -> list[str]:
    """The names made unique in their set: the second "溆浦县教育局 2021" becomes "…（2）"."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}（{seen[name]}）")
    return out
