"""Mutants of a signed package, plain or sealed with a password.

Two sorts. A *tampered* mutant changes bytes the unit signed, or the signature, without the
unit's key: the import must refuse it whatever else it says. A *re-signed* mutant is what a
faulty (or hostile) exporter holding the unit's own key could send: the content is mutated
(data.json by the data-file mutations, manifest fields, listed files), then hashed and signed
again; it may be refused for what it holds, never with an internal error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import struct
import zipfile
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.exchange.keys import KeyPair, b64, fingerprint
from app.exchange.manifest import local_time
from app.exchange.zipguard import DEFAULT_LIMITS
from app.exchange.ziplayout import ZipWriter, dos_stamp, entry_data, read_layout

from . import data as data_mutants
from .values import HUGE_INTS, STRINGS, Raw, digits, dumps, nested, uuid_from

Mutant = tuple[bytes, str, bool]  # bytes, what was done, tampered
NAMES = [
    "../evil.txt",
    "/etc/passwd",
    "C:\\Windows\\x",
    "a/../../b",
    "documents/..\\..\\x.pdf",
    "DATA.JSON",
    "data.json",
    "nul.txt",
    "tên\x00.pdf",
    "a" * 300,
    "Tha\u0300nh.pdf",
    "documents/",
]


@dataclass
class Package:
    stamp: tuple[int, int]
    files: list[tuple[str, bytes]]  # in order, manifest and signature excluded
    manifest: dict[str, Any]
    raw_manifest: bytes
    signature: bytes


def open_package(blob: bytes) -> Package:
    entries = read_layout(blob, "package", DEFAULT_LIMITS)
    content = {x.name: bytes(entry_data(blob, x, "package")) for x in entries}
    files = [(x.name, content[x.name]) for x in entries if not x.name.startswith("manifest.")]
    raw = content["manifest.json"]
    return Package(entries[0].stamp, files, json.loads(raw), raw, content["manifest.sig"])


def build(entries: list[tuple[str, bytes]], stamp: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    writer = ZipWriter(buffer, stamp)
    for name, content in entries:
        writer.add(name, content)
    writer.close()
    return buffer.getvalue()


def manifest_bytes(manifest: Any) -> bytes:
    return (dumps(manifest) + "\n").encode("utf-8")


def listed(files: list[tuple[str, bytes]], manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """The manifest's file list with sizes and hashes of *files* (records kept by path)."""
    before = {f["path"]: f for f in manifest["files"]}
    out = []
    for name, content in files:
        entry = dict(before.get(name, {"path": name, "kind": "document", "record": None}))
        entry.update(size=len(content), sha256=hashlib.sha256(content).hexdigest())
        out.append(entry)
    return out


def signed(
    files: list[tuple[str, bytes]], manifest: Any, key: KeyPair, stamp: tuple[int, int]
) -> bytes:
    raw = manifest_bytes(manifest)
    return build([*files, ("manifest.json", raw), ("manifest.sig", key.sign(raw))], stamp)


def seal(data: bytes, password: str, rng: random.Random) -> bytes:
    """The container of docs/exchange.md with scrypt N = 2^14 (accepted, and quick to open)."""
    salt, nonce = rng.randbytes(16), rng.randbytes(12)
    header = struct.pack(">8sBBBBB16s12s", b"ATTTENC\x00", 1, 1, 14, 8, 1, salt, nonce)
    key = Scrypt(salt=salt, length=32, n=1 << 14, r=8, p=1).derive(password.encode("utf-8"))
    return header + AESGCM(key).encrypt(nonce, data, header)


def foreign_key(rng: random.Random) -> KeyPair:
    private = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
    from cryptography.hazmat.primitives import serialization

    public = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return KeyPair(private, public)


# -- tampered: the unit's signature no longer covers what arrives --------------------------------
def tamper(blob: bytes, pkg: Package, rng: random.Random) -> Mutant:
    choice = rng.randrange(14)
    data = bytearray(blob)
    if choice <= 2:
        count = rng.randint(1, 4)
        for _ in range(count):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return bytes(data), f"{count} random bytes flipped", True
    if choice == 3:
        cut = rng.randrange(len(data))
        return bytes(data[:cut]), f"truncated at byte {cut}", True
    if choice == 4:
        junk = rng.randbytes(rng.randint(1, 4096))
        where = rng.choice(["appended", "prepended"])
        out = blob + junk if where == "appended" else junk + blob
        return out, f"{len(junk)} bytes {where}", True
    files = list(pkg.files)
    if choice == 5:  # data.json changed in place, same length, CRC fixed; the hash is not
        name, content = files[0]
        at = content.index(b'"name": "') + 9
        changed = (
            content[:at] + (b"X" if content[at : at + 1] != b"X" else b"Y") + content[at + 1 :]
        )
        files[0] = (name, changed)
        return _with(files, pkg), "data.json changed in place (CRC right, SHA-256 wrong)", True
    if choice == 6:  # the change and the manifest's hash both updated; the signature is not
        files[0] = (files[0][0], files[0][1].replace(b'"name": "', b'"name": "Z', 1))
        manifest = dict(pkg.manifest, files=listed(files, pkg.manifest))
        raw = manifest_bytes(manifest)
        out = build([*files, ("manifest.json", raw), ("manifest.sig", pkg.signature)], pkg.stamp)
        return out, "data.json and its hash changed, signature kept", True
    if choice == 7:
        key = foreign_key(rng)
        manifest = dict(pkg.manifest)
        manifest["signing_key"] = {
            "algorithm": "Ed25519",
            "public_key": b64(key.public_raw),
            "fingerprint": fingerprint(key.public_raw),
        }
        return signed(files, manifest, key, pkg.stamp), "signed again with another key", True
    if choice == 8:
        sig = rng.choice([b"", bytes(64), pkg.signature[:63], pkg.signature + b"\x00"])
        out = build([*files, ("manifest.json", pkg.raw_manifest), ("manifest.sig", sig)], pkg.stamp)
        return out, f"manifest.sig of {len(sig)} bytes", True
    if choice == 9:
        name = rng.choice(NAMES)
        extra = [*files, (name, b"evil")] if rng.random() < 0.5 else [(name, b"evil"), *files]
        tail = [("manifest.json", pkg.raw_manifest), ("manifest.sig", pkg.signature)]
        return build(extra + tail, pkg.stamp), f"an unlisted entry {name[:40]!r}", True
    if choice == 10:
        gone = files.pop(rng.randrange(1, len(files)) if len(files) > 1 else 0)[0]
        tail = [("manifest.json", pkg.raw_manifest), ("manifest.sig", pkg.signature)]
        return build(files + tail, pkg.stamp), f"entry {gone} removed", True
    if choice == 11:  # repacked by another tool, stored or deflated
        method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", method) as archive:
            for name, content in [*files, ("manifest.json", pkg.raw_manifest)]:
                archive.writestr(name, content)
            archive.writestr("manifest.sig", pkg.signature)
        return buffer.getvalue(), f"repacked by zipfile (method {method})", True
    if choice == 12:  # a zip bomb: one entry of zeros, deflated
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("data.json", bytes(rng.choice([1, 20, 100]) << 20))
            archive.writestr("manifest.json", pkg.raw_manifest)
            archive.writestr("manifest.sig", pkg.signature)
        return buffer.getvalue(), "a deflated bomb in place of data.json", True
    twice = rng.choice(["data.json", "manifest.json", "Data.json"])
    content = files[0][1] if twice.lower() == "data.json" else pkg.raw_manifest
    entries = [*files, (twice, content), ("manifest.json", pkg.raw_manifest)]
    out = build([*entries, ("manifest.sig", pkg.signature)], pkg.stamp)
    return out, f"entry {twice} twice", True


def _with(files: list[tuple[str, bytes]], pkg: Package) -> bytes:
    tail = [("manifest.json", pkg.raw_manifest), ("manifest.sig", pkg.signature)]
    return build([*files, *tail], pkg.stamp)


# -- re-signed with the unit's own key ------------------------------------------------------------
MANIFEST_VALUES: list[tuple[str, Any]] = [
    ("created_at", "9999-12-31T23:59:59Z"),
    ("created_at", "0001-01-01T00:00:00Z"),
    ("created_at", "2025-02-30T00:00:00Z"),
    ("created_at", "2999-01-01T00:00:00Z"),
    ("created_at", ""),
    ("period.from", "9999-12-31"),
    ("period.to", "0001-01-01"),
    ("period.to", "2025-13-45"),
    ("period.from", "2027-01-01"),
    ("counts.documents", 10**30),
    ("counts.incidents", -1),
    ("counts.units", digits(4400)),
    ("counts.timeline", 0),
    ("units", []),
    ("units.0.id", ""),
    ("units.0.name", "\ud800"),
    ("units.0.name", "u" * 201),
    ("app.version", "v" * 41),
    ("data_format.version", 10**30),
    ("data_format.version", 2),
    ("version", 2),
    ("format", "attt-desk-data"),
    ("signing_key.algorithm", "RSA"),
    ("files.0.size", 10**30),
    ("files.0.sha256", "0" * 64),
    ("files.0.kind", "evidence"),
    ("files.1.record", None),
    ("files.1.record", ""),
    ("files.1.kind", "evidence"),
    ("files", []),
    ("not_included", [{"record": "", "file_name": "x", "size": 1, "reason": "missing"}]),
    ("not_included", [{}]),
    ("extra", 1),
    ("counts", nested(5000)),
]


def _set(obj: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        obj = obj[int(part)] if isinstance(obj, list) else obj[part]
    if isinstance(obj, list):
        if int(last) < len(obj):
            obj[int(last)] = value
    else:
        obj[last] = value


def _stamp(created: Any, fallback: tuple[int, int]) -> tuple[int, int]:
    """The entries' time stamp an honest exporter would write for *created*."""
    try:
        when = dt.datetime.strptime(str(created), "%Y-%m-%dT%H:%M:%SZ")
        return dos_stamp(local_time(when))
    except (ValueError, OverflowError):
        return fallback


def resign(pkg: Package, key: KeyPair, doc: dict[str, Any], rng: random.Random) -> Mutant:
    files = list(pkg.files)
    manifest = json.loads(json.dumps(pkg.manifest))
    stamp = pkg.stamp
    choice = rng.random()
    if choice < 0.55:
        content, what = data_mutants.mutate(doc, rng)
        files[0] = ("data.json", content)
        manifest["files"] = listed(files, manifest)
        what = f"data.json: {what}"
    elif choice < 0.85:
        path, value = rng.choice(MANIFEST_VALUES)
        if rng.random() < 0.2:
            path = rng.choice(["units.0.name", "app.version", "period.from", "created_at"])
            value = rng.choice([v for _s, v in HUGE_INTS + STRINGS])
        _set(manifest, path, value)
        stamp = _stamp(manifest.get("created_at"), pkg.stamp)
        shown = value if not isinstance(value, Raw) else value.text[:20]
        what = f"manifest {path} = {str(shown)[:40]!r}"
    else:
        name = rng.choice([*NAMES, f"documents/{uuid_from(rng)}.pdf", "scans/x.pdf"])
        files.append((name, b"%PDF-1.4 evil"))
        manifest["files"] = listed(files, manifest)
        manifest["files"][-1]["record"] = rng.choice([None, "", uuid_from(rng)])
        manifest["files"][-1]["kind"] = rng.choice(["document", "scan", "evidence", "data"])
        what = f"a listed file {name[:40]!r}"
    return signed(files, manifest, key, stamp), f"re-signed, {what}", False


def sealed_tamper(blob: bytes, rng: random.Random) -> Mutant:
    """Bytes of an encrypted package changed: its header (scrypt cost), the text, the tag."""
    data = bytearray(blob)
    choice = rng.randrange(5)
    if choice == 0:
        at = rng.choice([8, 9, 10, 11, 12])
        value = rng.choice([0, 1, 13, 19, 31, 63, 255])
        data[at] = value if value != data[at] else value ^ 1
        return bytes(data), f"container byte {at} = {data[at]}", True
    if choice == 1:
        at = rng.randrange(13, len(data))
        data[at] ^= rng.randint(1, 255)
        return bytes(data), f"encrypted byte {at} flipped", True
    if choice == 2:
        cut = rng.choice([0, 8, 40, 56, len(data) - 1, rng.randrange(len(data))])
        return bytes(data[:cut]), f"container truncated at {cut}", True
    if choice == 3:
        return blob + b"\x00" * 16, "16 bytes appended to the container", True
    return b"ATTTENC\x00" + bytes(rng.randrange(256) for _ in range(60)), "a random container", True
