"""The package's ZIP layout: one canonical form, written and checked byte for byte.

A package is a plain ZIP that any unzip tool opens, but ATTT Desk writes it one exact way:
entries stored (not compressed), UTF-8 names, no extra fields, no comments, one timestamp, regular
files with mode 0644, each entry right after the previous one, then the central directory, then
the end record at the very end of the file. The reader accepts exactly that form, so

- a changed byte anywhere is found: in an entry's data by its CRC and SHA-256, anywhere else
  because the headers no longer equal the ones this module would write;
- a zip bomb cannot get in: nothing is compressed, so no entry is larger than the file itself.

Names are checked before anything else so that a hostile name gets its own clear message.
"""

from __future__ import annotations

import datetime as dt
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from app.exchange import errors as e
from app.exchange.names import check_name
from app.exchange.zipguard import Limits
from app.i18n import Msg

LOCAL_SIG = 0x04034B50
CENTRAL_SIG = 0x02014B50
END_SIG = 0x06054B50
VERSION = 20  # 2.0: the version that every unzip tool reads
MADE_BY = (3 << 8) | VERSION  # Unix, so the mode in the external attributes is meaningful
UTF8_FLAG = 0x0800
ENCRYPTED_FLAG = 0x0001
FILE_MODE = stat.S_IFREG | 0o644
EXTERNAL = FILE_MODE << 16
_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_END = struct.Struct("<IHHHHIIH")
CHUNK = 1 << 20


def dos_stamp(when: dt.datetime) -> tuple[int, int]:
    """(time, date) in MS-DOS form, at two-second resolution (years 1980–2107)."""
    year = min(max(when.year, 1980), 2107)
    date = ((year - 1980) << 9) | (when.month << 5) | when.day
    time = (when.hour << 11) | (when.minute << 5) | (when.second // 2)
    return time, date


def local_header(name: bytes, crc: int, size: int, stamp: tuple[int, int]) -> bytes:
    time, date = stamp
    fields = (LOCAL_SIG, VERSION, UTF8_FLAG, 0, time, date, crc, size, size, len(name), 0)
    return _LOCAL.pack(*fields) + name


def central_header(name: bytes, crc: int, size: int, stamp: tuple[int, int], offset: int) -> bytes:
    time, date = stamp
    head = (CENTRAL_SIG, MADE_BY, VERSION, UTF8_FLAG, 0, time, date, crc, size, size)
    return _CENTRAL.pack(*head, len(name), 0, 0, 0, 0, EXTERNAL, offset) + name


def end_record(count: int, cd_size: int, cd_offset: int) -> bytes:
    return _END.pack(END_SIG, 0, 0, count, count, cd_size, cd_offset, 0)


@dataclass(frozen=True)
class Entry:
    name: str
    offset: int  # of the local header
    data_offset: int
    size: int
    crc: int
    stamp: tuple[int, int]


class ZipWriter:
    """Writes entries in the canonical form to a seekable binary file."""

    def __init__(self, fh: BinaryIO, stamp: tuple[int, int]) -> None:
        self._fh = fh
        self._stamp = stamp
        self._entries: list[Entry] = []

    def add(self, name: str, chunks: Iterator[bytes] | bytes) -> tuple[int, int]:
        """Add one entry; return (crc, size). Headers are patched once the data is written."""
        raw = name.encode("utf-8")
        offset = self._fh.tell()
        self._fh.write(local_header(raw, 0, 0, self._stamp))
        crc = size = 0
        for chunk in [chunks] if isinstance(chunks, bytes) else chunks:
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
            self._fh.write(chunk)
        end = self._fh.tell()
        self._fh.seek(offset)
        self._fh.write(local_header(raw, crc, size, self._stamp))
        self._fh.seek(end)
        self._entries.append(
            Entry(name, offset, offset + _LOCAL.size + len(raw), size, crc, self._stamp)
        )
        return crc, size

    def close(self) -> None:
        start = self._fh.tell()
        for entry in self._entries:
            raw = entry.name.encode("utf-8")
            self._fh.write(central_header(raw, entry.crc, entry.size, self._stamp, entry.offset))
        self._fh.write(end_record(len(self._entries), self._fh.tell() - start, start))


def read_layout(buf: bytes, where: str, limits: Limits) -> list[Entry]:
    """The entries of a canonical package held in *buf*; any deviation is refused."""
    size = len(buf)
    end_at = size - _END.size
    if end_at < 0 or struct.unpack_from("<I", buf, end_at)[0] != END_SIG:
        raise e.HostileArchive(where, _no_end(buf))
    _sig, disk, cd_disk, on_disk, count, cd_size, cd_offset, comment = _END.unpack_from(buf, end_at)
    if count > limits.max_entries or on_disk > limits.max_entries:
        too_many = e.TOO_MANY.with_(count=max(count, on_disk), limit=limits.max_entries)
        raise e.HostileArchive(where, too_many)
    if (disk, cd_disk, comment) != (0, 0, 0) or on_disk != count or cd_offset + cd_size != end_at:
        raise e.HostileArchive(where, e.ALTERED.with_(offset=end_at))
    entries = _central(buf, where, limits, (cd_offset, end_at), count)
    expected = 0
    for entry in entries:
        if entry.offset != expected:
            raise e.HostileArchive(where, e.ALTERED.with_(offset=min(entry.offset, expected)))
        raw = entry.name.encode("utf-8")
        header = local_header(raw, entry.crc, entry.size, entry.stamp)
        if buf[entry.offset : entry.offset + len(header)] != header:
            raise e.HostileArchive(where, e.ALTERED.with_(offset=entry.offset))
        expected = entry.data_offset + entry.size
    if expected != cd_offset:
        raise e.HostileArchive(where, e.ALTERED.with_(offset=expected))
    if len({entry.stamp for entry in entries}) > 1:
        raise e.HostileArchive(where, e.ALTERED.with_(offset=cd_offset))
    return entries


def _no_end(buf: bytes) -> Msg:
    found = buf.rfind(struct.pack("<I", END_SIG))
    if found < 0:
        return e.NOT_ZIP.with_()
    return e.ALTERED.with_(offset=found)


@dataclass(frozen=True)
class _Header:
    at: int
    fields: tuple[int, ...]
    raw: bytes
    length: int  # of the whole central header, name, extra field and comment included

    @property
    def name(self) -> str:
        return self.raw.decode("utf-8", errors="replace")


def _headers(buf: bytes, where: str, bounds: tuple[int, int], count: int) -> list[_Header]:
    start, stop = bounds
    headers: list[_Header] = []
    at = start
    for _ in range(count):
        if at + _CENTRAL.size > stop:
            raise e.HostileArchive(where, e.TRUNCATED.with_(offset=at))
        fields = _CENTRAL.unpack_from(buf, at)
        name_len, extra_len, comment_len = fields[10:13]
        raw = buf[at + _CENTRAL.size : at + _CENTRAL.size + name_len]
        length = _CENTRAL.size + name_len + extra_len + comment_len
        if fields[0] != CENTRAL_SIG or len(raw) != name_len or at + length > stop:
            raise e.HostileArchive(where, e.ALTERED.with_(offset=at))
        headers.append(_Header(at, fields, raw, length))
        at += length
    if at != stop:
        raise e.HostileArchive(where, e.ALTERED.with_(offset=at))
    return headers


def _check_entry(header: _Header, where: str, limits: Limits, seen: set[str]) -> None:
    """Name, type, encryption, compression and size of one entry: each with its own message."""
    name = header.name
    flags, method, csize, usize, external = (header.fields[i] for i in (3, 4, 8, 9, 15))
    problem = check_name(name, limits.max_name)
    if problem is not None:
        raise e.HostileArchive(where, problem)
    if name.casefold() in seen:
        raise e.HostileArchive(where, e.DUPLICATE.with_(name=name))
    seen.add(name.casefold())
    mode = external >> 16
    if stat.S_ISLNK(mode):
        raise e.HostileArchive(where, e.LINK.with_(name=name))
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        raise e.HostileArchive(where, e.NOT_FILE.with_(name=name))
    if flags & ENCRYPTED_FLAG:
        raise e.HostileArchive(where, e.ZIP_ENCRYPTED.with_(name=name))
    if method != 0:
        raise e.HostileArchive(where, e.COMPRESSED.with_(name=name, method=method))
    if csize != usize:
        raise e.HostileArchive(where, e.ALTERED.with_(offset=header.at))
    if usize > limits.max_entry:
        size, limit = e.human_size(usize), e.human_size(limits.max_entry)
        raise e.HostileArchive(where, e.ENTRY_TOO_BIG.with_(name=name, size=size, limit=limit))


def _central(
    buf: bytes, where: str, limits: Limits, bounds: tuple[int, int], count: int
) -> list[Entry]:
    headers = _headers(buf, where, bounds, count)
    seen: set[str] = set()
    total = 0
    for header in headers:
        _check_entry(header, where, limits, seen)
        total += header.fields[9]
        if total > limits.max_total:
            shown, limit = e.human_size(total), e.human_size(limits.max_total)
            raise e.HostileArchive(where, e.EXPANDS.with_(size=shown, limit=limit))
    entries: list[Entry] = []
    for header in headers:
        made_by, time, date, crc, size = (header.fields[i] for i in (1, 5, 6, 7, 9))
        offset = header.fields[16]
        canonical = central_header(header.raw, crc, size, (time, date), offset)
        if header.length != len(canonical) or buf[header.at : header.at + header.length] != (
            canonical
        ):
            raise e.HostileArchive(where, e.ALTERED.with_(offset=header.at))
        data_offset = offset + _LOCAL.size + len(header.raw)
        if made_by != MADE_BY or data_offset + size > bounds[0]:
            raise e.HostileArchive(where, e.ALTERED.with_(offset=header.at))
        entries.append(Entry(header.name, offset, data_offset, size, crc, (time, date)))
    return entries


def entry_data(buf: bytes, entry: Entry, where: str) -> memoryview:
    """The bytes of *entry*, checked against its CRC; a mismatch names the entry."""
    data = memoryview(buf)[entry.data_offset : entry.data_offset + entry.size]
    crc = 0
    for start in range(0, entry.size, CHUNK):
        crc = zlib.crc32(data[start : start + CHUNK], crc)
    if crc != entry.crc:
        raise e.IntegrityError(where, e.CHANGED.with_(name=entry.name))
    return data
