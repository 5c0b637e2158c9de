"""Write a package and read one back: the only code that touches package bytes.

Writing: data.json, then the other files streamed from disk, then manifest.json (with every
file's SHA-256) and manifest.sig, into a temporary file beside the target; optionally encrypted;
flushed to disk; read back and verified as the receiver will; renamed into place; hashed again.

Reading: size limit, decryption, the canonical ZIP layout, the manifest and its signature, then
every file against the manifest (nothing missing, nothing extra, every hash equal). The result
keeps the verified bytes in memory, so a file changed on the stick after the check cannot slip
into the database.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from app.exchange import errors as e
from app.exchange import manifest as m
from app.exchange import sealed
from app.exchange.keys import SIGNATURE_SIZE, KeyPair, verify
from app.exchange.names import check_name
from app.exchange.zipguard import DEFAULT_LIMITS, Limits
from app.exchange.ziplayout import CHUNK, Entry, ZipWriter, dos_stamp, entry_data, read_layout
from app.i18n import Text
from app.progress import Progress, Steps
from app.storage import scratch

BAD_SIGNATURE = Text(
    "chữ ký số không hợp lệ: bản kê đã bị thay đổi sau khi ký, hoặc không do khóa {fingerprint} "
    "ký.",
    "the digital signature is not valid: the manifest was changed after signing, or was not "
    "signed by the key {fingerprint}.",
)
BAD_SIGNATURE_FILE = Text(
    "chữ ký manifest.sig không đúng định dạng (cần đúng 64 byte Ed25519).",
    "the signature manifest.sig is not in the expected form (exactly 64 bytes of Ed25519).",
)
LISTED_TWICE = Text(
    "bản kê liệt kê tệp “{name}” hai lần.", "the manifest lists the file “{name}” twice."
)
NO_DATA = Text(
    "bản kê không có đúng một tệp dữ liệu data.json.",
    "the manifest does not list exactly one data file data.json.",
)
VERIFY_FAILED = Text(
    "gói vừa ghi đọc lại không khớp ({detail}); tệp đích có thể hỏng, hãy thử lại hoặc đổi USB.",
    "the package read back does not match ({detail}); the target may be faulty, try again or "
    "use another drive.",
)


@dataclass(frozen=True)
class Part:
    """A file to put in a package: from disk (`source`) or from memory (`data`)."""

    path: str
    kind: str
    record: str | None
    size: int
    source: Path | None = None
    data: bytes | None = None


@dataclass(frozen=True)
class Written:
    path: Path
    sha256: str
    size: int
    manifest: m.Manifest
    encrypted: bool


@dataclass(frozen=True)
class Opened:
    """A package whose every byte has been checked; `archive` is the verified ZIP."""

    where: str
    sha256: str  # of the file as received (encrypted or not)
    size: int
    encrypted: bool
    manifest: m.Manifest
    data: bytes = dataclasses.field(repr=False)
    archive: bytes = dataclasses.field(repr=False)
    entries: dict[str, Entry] = dataclasses.field(repr=False)

    def file_bytes(self, path: str) -> memoryview:
        return entry_data(self.archive, self.entries[path], self.where)


class _Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...


def _chunks(part: Part, steps: Steps, where: str, hasher: _Hasher) -> Iterator[bytes]:
    if part.data is not None:
        hasher.update(part.data)
        steps.advance(len(part.data))
        yield part.data
        return
    assert part.source is not None
    try:
        with open(part.source, "rb") as fh:
            while chunk := fh.read(CHUNK):
                hasher.update(chunk)
                steps.advance(len(chunk))
                yield chunk
    except OSError as exc:
        detail = f"{part.source}: {exc.strerror or exc}"
        raise e.PackageError(where, e.CANNOT_READ.with_(detail=detail)) from exc


def write_package(
    dest: Path,
    base: m.Manifest,
    parts: list[Part],
    key: KeyPair,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    before_rename: Callable[[Opened], None] | None = None,
) -> Written:
    """Write the package atomically, verify it, and return its hash; *base* gives the fields.

    *before_rename* is told the verified package just before it is renamed into place (the
    export logs it there, so that a package in place is never missing from the log)."""
    where = str(dest)
    steps = Steps(progress, 2 * sum(p.size for p in parts) + 1)
    try:
        with scratch.temp_beside(dest) as tmp:
            # With a password the clear ZIP is built in memory: not one byte of it reaches the
            # target (flash memory keeps what was overwritten); only the sealed bytes are.
            clear: BinaryIO = (
                io.BytesIO() if password is not None else open(tmp, "w+b", opener=scratch.private)  # noqa: SIM115
            )
            with clear as fh:
                writer = ZipWriter(fh, dos_stamp(m.local_time(base.created_at)))
                files: list[m.FileEntry] = []
                for part in parts:
                    hasher = hashlib.sha256()
                    _crc, size = writer.add(part.path, _chunks(part, steps, where, hasher))
                    files.append(
                        m.FileEntry(part.path, part.kind, part.record, size, hasher.hexdigest())
                    )
                manifest = dataclasses.replace(base, files=tuple(files), public_key=key.public_raw)
                raw = manifest.to_bytes()
                writer.add(m.MANIFEST, raw)
                writer.add(m.SIGNATURE, key.sign(raw))
                writer.close()
                fh.seek(0)
                blob = fh.read()
            if password is not None:
                blob = sealed.seal(blob, password, where)
            if len(blob) > limits.max_package:
                shown, limit = e.human_size(len(blob)), e.human_size(limits.max_package)
                raise e.PackageError(where, e.TOO_BIG.with_(size=shown, limit=limit))
            _write_synced(tmp, blob)
            checked = read_bytes(tmp.read_bytes(), where, password=password, limits=limits)
            if checked.manifest != manifest:
                raise e.PackageError(where, VERIFY_FAILED.with_(detail="manifest"))
            steps.advance(steps.total)
            if before_rename is not None:
                before_rename(checked)
            os.replace(tmp, dest)
        _sync_folder(dest.parent)
        digest = hashlib.sha256(dest.read_bytes()).hexdigest()
        if digest != checked.sha256:
            dest.unlink(missing_ok=True)
            raise e.PackageError(where, VERIFY_FAILED.with_(detail="SHA-256"))
    except OSError as exc:
        raise e.PackageError(where, e.CANNOT_WRITE.with_(detail=exc.strerror or str(exc))) from exc
    steps.finish()
    return Written(dest, digest, len(blob), manifest, password is not None)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb", opener=scratch.private) as fh:  # its owner's only
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_file(
    path: Path,
    *,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> Opened:
    where = str(path)
    try:
        if path.is_symlink() or not path.is_file():
            raise e.HostileArchive(where, e.NOT_FILE.with_(name=path.name))
        size = path.stat().st_size
        if size > limits.max_package:
            too_big = e.TOO_BIG.with_(
                size=e.human_size(size), limit=e.human_size(limits.max_package)
            )
            raise e.HostileArchive(where, too_big)
        blob = path.read_bytes()
    except OSError as exc:
        raise e.PackageError(where, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    return read_bytes(blob, where, password=password, limits=limits, progress=progress)


def read_bytes(
    blob: bytes,
    where: str,
    *,
    password: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress | None = None,
) -> Opened:
    """Check every byte of a package held in memory; raise the first fault found."""
    if len(blob) > limits.max_package:
        size, limit = e.human_size(len(blob)), e.human_size(limits.max_package)
        raise e.HostileArchive(where, e.TOO_BIG.with_(size=size, limit=limit))
    digest = hashlib.sha256(blob).hexdigest()
    encrypted = sealed.is_sealed(blob)
    archive = sealed.unseal(blob, password, where) if encrypted else blob
    entries = {x.name: x for x in read_layout(archive, where, limits)}
    for name in (m.MANIFEST, m.SIGNATURE):
        if name not in entries:
            raise e.IntegrityError(where, e.MISSING.with_(name=name))
    if entries[m.MANIFEST].size > limits.max_manifest:
        size, limit = e.human_size(entries[m.MANIFEST].size), e.human_size(limits.max_manifest)
        problem = e.ENTRY_TOO_BIG.with_(name=m.MANIFEST, size=size, limit=limit)
        raise e.HostileArchive(where, problem)
    raw = bytes(entry_data(archive, entries[m.MANIFEST], where))
    signature = bytes(entry_data(archive, entries[m.SIGNATURE], where))
    if len(signature) != SIGNATURE_SIZE:
        raise e.SignatureError(where, BAD_SIGNATURE_FILE)
    manifest = m.parse_manifest(raw, where)
    if not verify(manifest.public_key, signature, raw):
        raise e.SignatureError(where, BAD_SIGNATURE.with_(fingerprint=manifest.fingerprint))
    stamp = dos_stamp(m.local_time(manifest.created_at))
    if any(x.stamp != stamp for x in entries.values()):
        raise e.HostileArchive(where, e.ALTERED.with_(offset=0))
    _check_listing(manifest, entries, where, limits)
    steps = Steps(progress, sum(f.size for f in manifest.files))
    data = b""
    for item in manifest.files:
        content = entry_data(archive, entries[item.path], where)
        if len(content) != item.size or hashlib.sha256(content).hexdigest() != item.sha256:
            raise e.IntegrityError(where, e.CHANGED.with_(name=item.path))
        if item.kind == "data":
            data = bytes(content)
        steps.advance(item.size)
    steps.finish()
    return Opened(where, digest, len(blob), encrypted, manifest, data, archive, entries)


def _check_listing(
    manifest: m.Manifest, entries: dict[str, Entry], where: str, limits: Limits
) -> None:
    listed: set[str] = set()
    for item in manifest.files:
        problem = check_name(item.path, limits.max_name)
        if problem is not None:
            raise e.HostileArchive(where, problem)
        if item.path.casefold() in listed or item.path in (m.MANIFEST, m.SIGNATURE):
            raise e.FormatError(where, LISTED_TWICE.with_(name=item.path))
        listed.add(item.path.casefold())
    data_files = [f for f in manifest.files if f.kind == "data"]
    if len(data_files) != 1 or data_files[0].path != m.DATA:
        raise e.FormatError(where, NO_DATA)
    for item in manifest.files:
        if item.path not in entries:
            raise e.IntegrityError(where, e.MISSING.with_(name=item.path))
    for name in entries:
        if name.casefold() not in listed and name not in (m.MANIFEST, m.SIGNATURE):
            raise e.IntegrityError(where, e.EXTRA.with_(name=name))
