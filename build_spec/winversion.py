"""The version resource of reportdesk.exe (Properties → Details on Windows), written as the text
PyInstaller reads with `EXE(version=...)`, from the one version string in reportdesk/__init__.py.

A pre-release such as "0.2.0rc1" or "1.0.0.dev3" keeps its release numbers (0.2.0.0) in the
numeric fields Windows compares, and its full name in the strings a person reads.
"""
from __future__ import annotations

from packaging.version import Version

COMPANY = "ReportDesk"
PRODUCT = "ReportDesk 报告比对"
DESCRIPTION = "ReportDesk 报告比对：工作总结的阅读、比对与汇编"
COPYRIGHT = "© ReportDesk"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """The four numbers of a version resource; InvalidVersion for a string that is no version."""
    release = Version(version).release
    numbers = tuple((list(release) + [0, 0, 0, 0])[:4])
    if any(n > 0xFFFF for n in numbers):
        raise ValueError(f"version {version!r}: Windows allows at most 65535 in each part")
    return numbers


def version_resource(version: str, name: str = "reportdesk", description: str = DESCRIPTION) -> str:
    """The resource of `name`.exe (reportdesk, or the console companion reportdesk-cli)."""
    numbers = version_numbers(version)
    strings = [("CompanyName", COMPANY), ("FileDescription", description), ("FileVersion", version),
               ("InternalName", name), ("LegalCopyright", COPYRIGHT),
               ("OriginalFilename", f"{name}.exe"), ("ProductName", PRODUCT), ("ProductVersion", version)]
    table = ",\n".join(f"        StringStruct({key!r}, {value!r})" for key, value in strings)
    # 0x0804 = Chinese (PRC), 1200 = Unicode: Explorer shows the strings of this table
    return f"""# -*- coding: utf-8 -*-
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404B0', [
{table}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x0804, 1200])])
  ]
)
"""
