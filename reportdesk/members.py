"""How a report inside an archive is named: "D:\\报送\\各县.zip › 溆浦县/总结.docx".

A file inside a .zip has no path of its own, yet it must be named wherever a file name
shows (tree, errors, exports), kept by a project and read again. One spelling serves them
all: the archive's path, then each member's name inside it (an archive inside an archive
adds one more), joined by " › ". Member names always use "/" between folders, as zip
files store them; `os.path.abspath` on Windows turns those into "\\", so splitting turns
them back. " › " (U+203A) does not occur in file names Windows Explorer or WinRAR make.
"""
from __future__ import annotations

import os

SEP = " › "


def member_path(archive: str, *names: str) -> str:
    """The path of a member (of a member…) of `archive`."""
    return SEP.join([os.fspath(archive), *(name.replace("\\", "/").strip("/") for name in names)])


def is_member(path: str | os.PathLike) -> bool:
    """A report inside an archive rather than a file of its own."""
    return SEP in os.fspath(path)


def split_member(path: str | os.PathLike) -> tuple[str, list[str]]:
    """The archive on disk and the member names inside it, outermost first ([] for a plain file)."""
    outer, *names = os.fspath(path).split(SEP)
    return outer, [name.replace("\\", "/") for name in names]


def outer_file(path: str | os.PathLike) -> str:
    """The file on disk that holds `path` (the path itself for a plain file)."""
    return split_member(path)[0]


def file_label(path: str | os.PathLike) -> str:
    """The name a person knows a file by: "总结.docx", or "各县.zip › 溆浦县/总结.docx"."""
    outer, names = split_member(path)
    return SEP.join([_base(outer), *names])


def short_label(path: str | os.PathLike) -> str:
    """The label without the member's folders ("各县.zip › 总结.docx"): report ids use it."""
    outer, names = split_member(path)
    return SEP.join([_base(outer), *(name.rsplit("/", 1)[-1] for name in names)])


def _base(path: str) -> str:
    # both separators, whatever system wrote the project: a Windows path read on Linux too
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
