"""Removable drives the platform tells about, for "save to USB" in the Exchange screen.

- Windows: every drive letter whose type is DRIVE_REMOVABLE (GetDriveTypeW), with its label;
- Linux: mounts under /media and /run/media whose block device says removable=1 in /sys, and
  any other mount under those folders (desktops mount sticks there);
- macOS: the volumes under /Volumes other than the start-up disk.

The list is a convenience: the person can always pick any folder. Nothing here raises.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str


def removable_drives() -> list[Drive]:
    try:
        if sys.platform == "win32":
            return _windows()
        if sys.platform == "darwin":
            return _mac()
        return _linux(Path("/proc/mounts"), Path("/sys/block"))
    except OSError:
        return []


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only

    def _windows() -> list[Drive]:
        import ctypes

        kernel = ctypes.windll.kernel32
        mask = kernel.GetLogicalDrives()
        drives: list[Drive] = []
        for index in range(26):
            if not mask & (1 << index):
                continue
            root = f"{chr(65 + index)}:\\"
            if kernel.GetDriveTypeW(root) != 2:  # DRIVE_REMOVABLE
                continue
            name = ctypes.create_unicode_buffer(261)
            ok = kernel.GetVolumeInformationW(root, name, 261, None, None, None, None, 0)
            drives.append(Drive(Path(root), name.value if ok and name.value else root))
        return drives


def _mac() -> list[Drive]:  # pragma: no cover - exercised on macOS only
    volumes = Path("/Volumes")
    if not volumes.is_dir():
        return []
    root_dev = os.stat("/").st_dev
    return [
        Drive(v, v.name)
        for v in sorted(volumes.iterdir())
        if v.is_dir() and not v.is_symlink() and os.stat(v).st_dev != root_dev
    ]


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes (\\040)."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def _removable(device: str, sys_block: Path) -> bool:
    name = Path(device).name
    for block in sys_block.iterdir() if sys_block.is_dir() else []:
        if name.startswith(block.name):
            flag = block / "removable"
            return flag.is_file() and flag.read_text().strip() == "1"
    return False


def _linux(mounts: Path, sys_block: Path) -> list[Drive]:
    drives: list[Drive] = []
    if not mounts.is_file():
        return drives
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        device, point = parts[0], _unescape(parts[1])
        under_media = point.startswith(("/media/", "/run/media/"))
        if under_media or (device.startswith("/dev/") and _removable(device, sys_block)):
            drives.append(Drive(Path(point), Path(point).name or point))
    return sorted(drives, key=lambda d: str(d.path))
