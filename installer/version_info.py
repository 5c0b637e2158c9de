"""Write the Windows version resource (VSVersionInfo) for PyInstaller from the project version."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042a04b0', [
      StringStruct('CompanyName', 'ATTT Desk'),
      StringStruct('FileDescription', 'ATTT Desk – Sổ theo dõi an toàn thông tin mạng'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'attt-desk'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'attt-desk.exe'),
      StringStruct('ProductName', 'ATTT Desk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x042a, 1200])])
  ]
)
"""


def version_tuple(version: str) -> tuple[int, int, int, int]:
    parts = [int(p) for p in version.split(".")[:4] if p.isdigit()]
    padded = [*parts, 0, 0, 0, 0][:4]
    return (padded[0], padded[1], padded[2], padded[3])


def write_version_file(path: Path, version: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = TEMPLATE.replace("{tuple}", str(version_tuple(version))).replace("{version}", version)
    path.write_text(text, "utf-8")
    return str(path)
