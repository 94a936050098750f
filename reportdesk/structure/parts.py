"""The part of a report a heading opens: overview, achievements, highlights, problems, plans.

Part headings are short and made of period words and part words (二、存在的困难和问题,
xxxx年下半年工作思路, 三、2022年教育工作谋划); a topic heading that merely mentions a
problem (着力解决群众关心的热点问题) is longer and says what was done.
"""
from __future__ import annotations

import re

# Checked in this order: the first that matches wins (主要成效及亮点 is highlights).
_PART_PATTERNS = (
    ("highlights", re.compile(r"亮点|特色工作|创新工作|特色做法|经验做法")),
    ("problems", re.compile(r"存在.{0,6}(?:问题|不足|困难|短板)|问题(?:和|与|及)?不足|困难(?:和|与|及)?问题"
                            r"|^(?:主要|突出)?问题$|^不足之处|^困难$|^短板(?:弱项)?$|差距和不足")),
    ("plans", re.compile(r"计划|打算|思路|谋划|安排|展望|设想|下一步|下步|明年|工作要点|努力方向"
                         r"|重点任务|目标任务|主要任务|工作任务|总体要求|工作重点|意见建议|工作建议|^建议")),
    ("overview", re.compile(r"基本情况|基本概况|总体情况|^概况|工作概述|^总体评价")),
    ("achievements", re.compile(r"工作总结|工作回顾|回顾|工作情况|开展情况|完成情况|主要工作|主要做法"
                                r"|工作成效|主要成效|成效|成绩|做法|工作开展"
                                r"|^(?:(?:\d{4}|[xX]{4}|今|本|去)年度?)?(?:上半年|下半年|全年)?"
                                r"(?:教育|教体|主要|重点)?工作$")),
)
_MAX_PART_TITLE = 22


def classify_part(title: str) -> str | None:
    """The part a heading title announces, or None for an ordinary heading."""
    title = title.strip().rstrip("：:。")
    if not title or len(title) > _MAX_PART_TITLE or "，" in title or "," in title:
        return None
    for part, pattern in _PART_PATTERNS:
        if pattern.search(title):
            return part
    return None


def is_part_line(text: str) -> bool:
    """An unnumbered line that is a part heading on its own (2024年工作回顾)."""
    text = text.strip()
    if len(text) > _MAX_PART_TITLE or text.endswith(("。", "；")) or "。" in text:
        return False
    return classify_part(text) is not None
