"""Limits for everything that arrives from outside, and a guard for ordinary (compressed) ZIPs.

Packages use the stricter canonical layout of `ziplayout`; a spreadsheet (.xlsx) is an ordinary
ZIP made by Excel or LibreOffice, so before openpyxl opens it this guard reads the whole archive
once and refuses it when it could hurt: too many entries, names that escape, links, declared
sizes over the limits, a compression ratio typical of zip bombs, or entries that expand beyond
what they declare (counted while decompressing, so a lying header does not help).
"""

from __future__ import annotations

import stat
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from app.exchange import errors as e
from app.exchange.names import check_name

# What the zip reader may raise on a damaged or crafted archive.
ZIP_FAULTS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,  # zipfile: an unsupported compression method (a crafted archive)
    struct.error,
    OverflowError,
    KeyError,
    IndexError,
    RuntimeError,
    UnicodeError,
)
MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """Ceilings for one incoming file; the tests lower them to exercise each one."""

    max_package: int = 512 * MIB  # the file as received (encrypted or not)
    max_entries: int = 10_000
    max_entry: int = 256 * MIB  # one file inside
    max_total: int = 512 * MIB  # all files inside
    max_manifest: int = 4 * MIB
    max_name: int = 240  # bytes of UTF-8 in one entry name
    max_ratio: int = 100  # uncompressed / compressed, for entries over `ratio_floor`
    ratio_floor: int = MIB
    max_sheet: int = 20 * MIB  # a spreadsheet file
    max_rows: int = 5_000
    max_columns: int = 100


DEFAULT_LIMITS = Limits()


def check_zip(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Read every entry of an ordinary ZIP within the limits, or raise a clear SheetError."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_entries:
                too_many = e.TOO_MANY.with_(count=len(infos), limit=limits.max_entries)
                raise e.SheetError(path, too_many)
            declared = 0
            seen: set[str] = set()
            for info in infos:
                problem = check_name(info.filename.rstrip("/"), limits.max_name)
                if problem is not None:
                    raise e.SheetError(path, problem)
                if info.filename.casefold() in seen:
                    raise e.SheetError(path, e.DUPLICATE.with_(name=info.filename))
                seen.add(info.filename.casefold())
                if stat.S_ISLNK(info.external_attr >> 16):
                    raise e.SheetError(path, e.LINK.with_(name=info.filename))
                _check_declared(path, info, limits)
                declared += info.file_size
                if declared > limits.max_total:
                    size = e.human_size(declared)
                    raise e.SheetError(
                        path, e.EXPANDS.with_(size=size, limit=e.human_size(limits.max_total))
                    )
            for info in infos:
                if not info.is_dir():
                    _read_counted(path, archive, info, limits)
    except e.SheetError:
        raise
    except ZIP_FAULTS as exc:
        raise e.SheetError(path, e.CANNOT_READ.with_(detail=f"ZIP: {exc}")) from exc


def _check_declared(path: Path, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_entry:
        raise e.SheetError(
            path,
            e.ENTRY_TOO_BIG.with_(
                name=info.filename,
                size=e.human_size(info.file_size),
                limit=e.human_size(limits.max_entry),
            ),
        )
    if info.file_size > limits.ratio_floor:
        ratio = info.file_size // max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise e.SheetError(
                path, e.RATIO.with_(name=info.filename, ratio=ratio, limit=limits.max_ratio)
            )


def _read_counted(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits
) -> None:
    """Decompress one entry, counting what comes out against what it declared."""
    cap = min(info.file_size, limits.max_entry)
    produced = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(64 * 1024)
            if not chunk:
                break
            produced += len(chunk)
            if produced > cap:
                raise e.SheetError(
                    path, e.BIGGER_THAN_DECLARED.with_(name=info.filename, declared=info.file_size)
                )
            floor = max(info.compress_size, 1) * limits.max_ratio
            if produced > limits.ratio_floor and produced > floor:
                ratio = produced // max(info.compress_size, 1)
                raise e.SheetError(
                    path, e.RATIO.with_(name=info.filename, ratio=ratio, limit=limits.max_ratio)
                )
