"""The one error a reader raises: it names the file and says why in plain words."""
from __future__ import annotations

from pathlib import Path

# Reasons a user can act on, keyed by a stable code the GUI may translate.
REASONS = {
    "not_found": "文件不存在",
    "is_dir": "这是一个文件夹，不是文件",
    "permission": "没有读取权限（文件可能被其他程序占用，或需要管理员权限）",
    "os_error": "读取失败",
    "empty": "文件是空的",
    "too_large": "文件超过 {limit} MB，为避免卡死未读取",
    "binary": "文件内容不是文字（可能是图片、压缩包或损坏的文件，只是扩展名为 .txt）",
    "decode": "无法识别文件的文字编码",
    "unsupported": "不支持的文件格式 {suffix}，请另存为 .docx、.doc、.pdf 或 .txt 后再打开",
    "other_kind": "这是{kind}，不是报告文档",
    "encrypted": "文件有密码保护，请在 Word、WPS 或 PDF 阅读器中取消密码后再打开",
    "damaged": "{kind}文件已损坏或不完整，无法读取",
    "scanned": "扫描件，第{pages}页没有文字层（图片中的文字无法读取）",
    "too_many_pages": "PDF 超过 {limit} 页，为避免卡死未读取",
    "too_complex": "{kind}文件内容过于复杂（超过 {limit} 个元素），为避免卡死未读取",
    "too_deep": "{kind}文件内容层层嵌套超过 {limit} 层，可能已损坏，为避免卡死未读取",
    "part_too_large": "文档正文解压后超过 {limit} MB，为避免卡死未读取",
    "old_wps": "这是 WPS 2000 等早期版本的 .wps 文件，请在 WPS 中“另存为” .doc 或 .docx 后再打开",
    "not_zip": "不是有效的 Word 或 ODT 文档（这类文档应为压缩包格式，文件可能已损坏或只是改了扩展名）",
    "no_document": "文档缺少正文部分，文件可能已损坏",
    "zip_bomb": "文档解压后超过 {limit} MB，可能是恶意文件，已拒绝打开",
    "bad_xml": "文档内部格式错误，文件可能已损坏",
    "no_text": "文件中没有找到文字",
}

# What a user should know about a file that loaded anyway (Document.warnings, on its row).
NOTICES = {
    "recovered": "文件已损坏，已尽量恢复",
    "replaced": "{count} 个字符无法识别，已用 � 代替",
    "removed": "{count} 个空字符（NUL）无法识别，已删除",
    "codepage": "文件声明的代码页 {page} 无法识别，已按中文编码（GB18030）读取",
}


def notice(code: str, **params) -> str:
    """The sentence of a warning, e.g. notice("replaced", count=3)."""
    return NOTICES[code].format(**params)


class ReadError(Exception):
    """A file that cannot be read; `str(err)` is a sentence for the user."""

    def __init__(self, path: str | Path, code: str, detail: str = "", **params):
        self.path = str(path)
        self.code = code
        self.detail = detail
        reason = REASONS.get(code, code).format(**params)
        if detail:
            reason = f"{reason}（{detail}）"
        self.reason = reason
        super().__init__(f"无法读取“{Path(path).name}”：{reason}。")
