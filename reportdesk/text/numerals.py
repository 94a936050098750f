"""Chinese and enclosed numerals, both ways: 十二 ↔ 12, ① ↔ 1."""
from __future__ import annotations

DIGITS = "零一二三四五六七八九"
_DIGIT_VALUE = {c: i for i, c in enumerate(DIGITS)} | {"〇": 0, "两": 2, "壹": 1, "贰": 2,
                                                      "叁": 3, "肆": 4, "伍": 5, "陆": 6,
                                                      "柒": 7, "捌": 8, "玖": 9}
_UNIT_VALUE = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLSTOP_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"


def chinese_to_int(text: str) -> int | None:
    """Value of a Chinese numeral below 10000 (一, 十二, 二十, 一百零五); None if it is not one."""
    if not text:
        return None
    total, current = 0, None
    for char in text:
        if char in _DIGIT_VALUE:
            if current is not None and current != 0:
                return None  # two digits in a row such as 一二: not a numeral
            current = _DIGIT_VALUE[char]
        elif char in _UNIT_VALUE:
            unit = _UNIT_VALUE[char]
            total += (1 if current is None else current) * unit
            current = None
        else:
            return None
    return total + (current or 0)


def int_to_chinese(n: int) -> str:
    """一, 十, 十一, 二十, 一百零五: the counting form used in document headings."""
    if n <= 0:
        return DIGITS[0]
    if n >= 10000:
        return str(n)
    parts: list[str] = []
    zero = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit_value % 10
        if digit:
            if zero and parts:
                parts.append("零")
            parts.append(DIGITS[digit] + unit)
            zero = False
        else:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text

