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
    "unsupported": "不支持的文件格式 {suffix}，请另存为 .docx、.txt 或 .md 后再打开",
    "legacy_word": "暂不支持旧版 {suffix} 格式，请在 Word 或 WPS 中“另存为” .docx 后再打开",
    "not_zip": "不是有效的 Word 文档（.docx 应为压缩包格式，文件可能已损坏或只是改了扩展名）",
    "no_document": "Word 文档缺少正文部分（word/document.xml），文件可能已损坏",
    "zip_bomb": "Word 文档解压后超过 {limit} MB，可能是恶意文件，已拒绝打开",
    "bad_xml": "Word 文档内部格式错误，文件可能已损坏",
    "no_text": "文件中没有找到文字",
}


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
