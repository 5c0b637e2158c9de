"""The unit's Ed25519 signing key and the fingerprints people compare.

The key pair is made the first time the database signs something and kept in a PEM file beside
the database (`<name>-keys/ed25519-private.pem`), created with mode 0600 in a folder with 0700,
with the public key beside it (`ed25519-public.pem`) so that its fingerprint shows without it.
It is deliberately not in the database: backups, copies of the database file and data dumps then
never carry the private key, and a lost USB stick with a backup on it does not let anyone sign as
the unit. A damaged key file is reported, never silently replaced (a new key would look to the
province like someone else).

At rest the key can be protected by a passphrase (PKCS#8 encryption: PBKDF2-HMAC-SHA256 and
AES-256); signing then needs it. So that the unit's identity survives a new PC, the key can be
exported to a file encrypted with a passphrase (and put beside a backup) and restored from it.

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

from app.domain.errors import AtttError
from app.exchange import errors as e
from app.i18n import Text
from app.storage import scratch

KEY_DIR_SUFFIX = "-keys"
KEY_FILE = "ed25519-private.pem"
PUBLIC_FILE = "ed25519-public.pem"
MIN_PASSPHRASE = 8
SIGNATURE_SIZE = 64
PUBLIC_SIZE = 32
DAMAGED = Text(
    "tệp khóa bị hỏng hoặc không phải khóa Ed25519 ({detail}); hãy khôi phục tệp từ bản sao "
    "hoặc xóa nó để tạo khóa mới (tỉnh sẽ phải đăng ký lại khóa).",
    "the key file is damaged or not an Ed25519 key ({detail}); restore it from a copy or delete "
    "it to make a new key (the province will have to register the new key).",
)
NEEDS_PASSPHRASE = Text(
    "khóa ký được bảo vệ bằng mật khẩu; hãy nhập mật khẩu của khóa (dòng lệnh: "
    "--key-passphrase-file).",
    "the signing key is protected by a passphrase; enter the key's passphrase (command line: "
    "--key-passphrase-file).",
)
WRONG_PASSPHRASE = Text("sai mật khẩu của khóa ký.", "wrong passphrase for the signing key.")
SHORT_PASSPHRASE = Text(
    "Mật khẩu bảo vệ khóa ký phải có ít nhất {n} ký tự.",
    "A passphrase protecting the signing key needs at least {n} characters.",
)
NOT_EXPORTED_KEY = Text(
    "tệp không phải khóa ký ATTT Desk đã xuất (khóa Ed25519 mã hóa bằng mật khẩu).",
    "the file is not an exported ATTT Desk signing key (an Ed25519 key encrypted by a passphrase).",
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


def is_protected(path: Path) -> bool:
    """Whether the key file at *path* is encrypted by a passphrase."""
    try:
        with open(path, "rb") as handle:
            return b"ENCRYPTED" in handle.read(64)
    except OSError:
        return False


def _private(data: bytes, passphrase: str | None, path: Path) -> Ed25519PrivateKey:
    encrypted = b"ENCRYPTED" in data[:64]
    if encrypted and not passphrase:
        raise e.KeyFileError(path, NEEDS_PASSPHRASE)
    try:
        private = serialization.load_pem_private_key(
            data, password=passphrase.encode("utf-8") if encrypted and passphrase else None
        )
    except ValueError as exc:
        if encrypted:
            raise e.KeyFileError(path, WRONG_PASSPHRASE) from exc
        raise e.KeyFileError(path, DAMAGED.with_(detail=type(exc).__name__)) from exc
    except (TypeError, UnsupportedAlgorithm) as exc:
        raise e.KeyFileError(path, DAMAGED.with_(detail=type(exc).__name__)) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise e.KeyFileError(path, DAMAGED.with_(detail=type(private).__name__))
    return private


def load_key(path: Path, passphrase: str | None = None) -> KeyPair:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise e.KeyFileError(path, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    private = _private(data, passphrase, path)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o600)  # someone widened it: keep the private key private
    return _pair(private)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise AtttError(SHORT_PASSPHRASE, n=MIN_PASSPHRASE)


def private_pem(private: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """The key as PKCS#8 PEM, encrypted when a passphrase is given."""
    protection: serialization.KeySerializationEncryption = serialization.NoEncryption()
    if passphrase:
        protection = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
    return private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, protection
    )


def _public_pem(private: Ed25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def public_fingerprint(path: Path) -> str | None:
    """The fingerprint of the key at *path* from its public file, without its passphrase."""
    try:
        public = serialization.load_pem_public_key((path.parent / PUBLIC_FILE).read_bytes())
    except (OSError, ValueError, UnsupportedAlgorithm):
        return None
    if not isinstance(public, Ed25519PublicKey):
        return None
    return fingerprint(
        public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )


def _write_private(path: Path, data: bytes, *, only_if_absent: bool) -> None:
    """Write *data* to *path* whole (0600), or not at all; *only_if_absent*: never over a key
    another process made first. A kill leaves no copy of the key beside it after the next
    start (`scratch.temp_beside`)."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with scratch.temp_beside(path) as tmp:
            with open(tmp, "xb", opener=scratch.private) as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            if not only_if_absent:
                os.replace(tmp, path)
                return
            try:
                os.link(tmp, path)  # fails if another process made the key first
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links
                if not path.exists():
                    os.replace(tmp, path)
    except OSError as exc:
        raise e.KeyFileError(path, e.CANNOT_WRITE.with_(detail=exc.strerror or str(exc))) from exc


def write_key(
    path: Path, private: Ed25519PrivateKey, passphrase: str | None, *, replace: bool = True
) -> None:
    """Keep *private* in *path* (encrypted when *passphrase* is given) and its public key
    beside it."""
    _write_private(path, private_pem(private, passphrase), only_if_absent=not replace)
    stored = _private(path.read_bytes(), passphrase, path) if not replace else private
    _write_private(path.parent / PUBLIC_FILE, _public_pem(stored), only_if_absent=False)


def load_or_create(path: Path, passphrase: str | None = None) -> KeyPair:
    """The key in *path*, made on first use (two processes racing agree on one key)."""
    if path.exists():
        pair = load_key(path, passphrase)
        if public_fingerprint(path) != pair.fingerprint:
            _write_private(
                path.parent / PUBLIC_FILE, _public_pem(pair.private), only_if_absent=False
            )
        return pair
    write_key(path, Ed25519PrivateKey.generate(), None, replace=False)
    return load_key(path)


def exported_key(pair: KeyPair, passphrase: str) -> bytes:
    """The key to carry to a new PC: PKCS#8 PEM encrypted by *passphrase*."""
    check_passphrase(passphrase)
    return private_pem(pair.private, passphrase)


def read_exported(path: Path, passphrase: str) -> KeyPair:
    """The key in a file written by `exported_key`, decrypted by *passphrase*."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise e.KeyFileError(path, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    if len(data) > 64_000 or b"ENCRYPTED PRIVATE KEY" not in data[:64]:
        raise e.KeyFileError(path, NOT_EXPORTED_KEY)
    return _pair(_private(data, passphrase, path))
