"""The unit's Ed25519 signing key and the fingerprints people compare.

The key pair is made the first time the database signs something and kept in a PEM file beside
the database (`<name>-keys/ed25519-private.pem`), created with mode 0600 in a folder with 0700.
It is deliberately not in the database: backups, copies of the database file and data dumps then
never carry the private key, and a lost USB stick with a backup on it does not let anyone sign as
the unit. A damaged key file is reported, never silently replaced (a new key would look to the
province like someone else).

A fingerprint is the SHA-256 of the 32-byte raw public key, upper-case hex in 16 groups of four,
short enough to print on the cover letter and read over the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.exchange import errors as e
from app.i18n import Text

KEY_DIR_SUFFIX = "-keys"
KEY_FILE = "ed25519-private.pem"
SIGNATURE_SIZE = 64
PUBLIC_SIZE = 32
DAMAGED = Text(
    "tệp khóa bị hỏng hoặc không phải khóa Ed25519 ({detail}); hãy khôi phục tệp từ bản sao "
    "hoặc xóa nó để tạo khóa mới (tỉnh sẽ phải đăng ký lại khóa).",
    "the key file is damaged or not an Ed25519 key ({detail}); restore it from a copy or delete "
    "it to make a new key (the province will have to register the new key).",
)
_SEPARATORS = re.compile(r"[\s:-]")
_FINGERPRINT = re.compile(r"[0-9A-F]{64}")


def key_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + KEY_DIR_SUFFIX) / KEY_FILE


def fingerprint(public_raw: bytes) -> str:
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def normalise_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any spacing, dashes, colons or case) in its printed form."""
    digits = _SEPARATORS.sub("", text).upper()
    if not _FINGERPRINT.fullmatch(digits):
        return None
    return " ".join(digits[i : i + 4] for i in range(0, 64, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def from_b64(text: str, size: int | None = None) -> bytes | None:
    """Strict base64 (no stray characters); None when it is not, or not *size* bytes long."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    if size is not None and len(raw) != size:
        return None
    return raw


@dataclass(frozen=True)
class KeyPair:
    private: Ed25519PrivateKey
    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _pair(private: Ed25519PrivateKey) -> KeyPair:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return KeyPair(private, raw)


def load_key(path: Path) -> KeyPair:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise e.KeyFileError(path, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    try:
        private = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise e.KeyFileError(path, DAMAGED.with_(detail=type(exc).__name__)) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise e.KeyFileError(path, DAMAGED.with_(detail=type(private).__name__))
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)  # someone widened it: keep the private key private
    return _pair(private)


def load_or_create(path: Path) -> KeyPair:
    """The key in *path*, made on first use (two processes racing agree on one key)."""
    if path.exists():
        return load_key(path)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process made the key first
        except FileExistsError:
            pass
        except OSError:  # a file system without hard links
            if not path.exists():
                os.replace(tmp, path)
    except OSError as exc:
        raise e.KeyFileError(path, e.CANNOT_WRITE.with_(detail=exc.strerror or str(exc))) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return load_key(path)
