"""The one error a reader raises: it names the file and says why in plain words."""
from __future__ import annotations

import os
from pathlib import Path

from reportdesk.files import long_path
from reportdesk.members import file_label

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
    # archives (ingest/archives.py)
    "rar": "这是 RAR 压缩包，本程序不能直接读取，请先用 WinRAR 或 7-Zip 解压，再打开解压出的文件夹",
    "7z": "这是 7z 压缩包，本程序不能直接读取，请先用 7-Zip 或 WinRAR 解压，再打开解压出的文件夹",
    "archive_damaged": "压缩包已损坏或不完整，无法读取其中的文件，请对方重新发送",
    "archive_entries": "压缩包中的文件超过 {limit} 个，为避免卡死未读取，请解压后分批打开",
    "archive_bomb": "压缩包解压后超过 {limit} MB，可能是恶意文件（压缩炸弹），已拒绝打开",
    "archive_deep": "压缩包里套压缩包超过 {limit} 层，未读取，请先解压",
    "archive_method": "压缩包使用了本程序不支持的压缩方式，请先用解压软件解压后再打开",
    "member_encrypted": "压缩包中的这个文件设有密码，请先用解压软件输入密码解压后再打开",
    "member_bomb": "解压后是压缩时的 {ratio} 倍，可能是恶意文件（压缩炸弹），已拒绝读取",
    "member_damaged": "压缩包中的这个文件已损坏（校验不符），无法读取，请对方重新发送",
    "member_gone": "压缩包中已没有这个文件（压缩包可能已被替换）",
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
        super().__init__(f"无法读取“{file_label(path)}”：{reason}。")


def open_input(path: str, limit_mb: int):
    """An input file opened for reading only (input files are never written), after checking
    that it is a file of 1 byte to `limit_mb` MB; every failure a ReadError."""
    target = long_path(path)  # deep folders pass Windows' 260 characters
    try:
        if os.path.isdir(target):
            raise ReadError(path, "is_dir")
        size = os.stat(target).st_size
        if size > limit_mb * 1024 * 1024:
            raise ReadError(path, "too_large", limit=limit_mb)
        if size == 0:
            raise ReadError(path, "empty")
        return open(target, "rb")
    except FileNotFoundError as exc:
        raise ReadError(path, "not_found") from exc
    except PermissionError as exc:
        raise ReadError(path, "permission") from exc
    except OSError as exc:
        raise ReadError(path, "os_error", exc.strerror or str(exc)) from exc
