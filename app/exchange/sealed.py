"""Password encryption of a whole package, for sticks that may be lost.

Container (all integers unsigned, big-endian):

    offset  size  field
    0       8     magic "ATTTENC\\0"
    8       1     container version (1)
    9       1     key derivation: 1 = scrypt
    10      1     log2(N) of scrypt (17 when written; 14–18 accepted)
    11      1     r of scrypt (8; 1–16 accepted)
    12      1     p of scrypt (1; 1–4 accepted)
    13      16    random salt
    29      12    random AES-GCM nonce
    41      …     AES-256-GCM ciphertext of the package ZIP, then its 16-byte tag

The 41-byte header is the associated data of AES-GCM, so changing any byte of it, or of the
ciphertext, makes decryption fail. AES-GCM cannot tell a wrong password from a changed byte; the
message says both. The key is scrypt(password as NFC UTF-8, salt, N, r, p) → 32 bytes.
"""

from __future__ import annotations

import os
import struct
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.exchange import errors as e
from app.i18n import Text

MAGIC = b"ATTTENC\x00"
CONTAINER_VERSION = 1
KDF_SCRYPT = 1
LOG2_N, R, P = 17, 8, 1
_HEADER = struct.Struct(">8sBBBBB16s12s")
HEADER_SIZE = _HEADER.size
TAG_SIZE = 16
MIN_PASSWORD = 8

NEED_PASSWORD = Text(
    "gói được mã hóa bằng mật khẩu; hãy nhập mật khẩu để mở.",
    "the package is encrypted with a password; enter the password to open it.",
)
WRONG_PASSWORD = Text(
    "sai mật khẩu (hoặc tệp mã hóa đã bị thay đổi).",
    "wrong password (or the encrypted file was changed).",
)
BAD_CONTAINER = Text(
    "tệp mã hóa không đúng định dạng ({detail}).",
    "the encrypted file is not in the expected form ({detail}).",
)
UNKNOWN_CONTAINER = Text(
    "tệp mã hóa phiên bản {version} không được hỗ trợ (phần mềm đọc được phiên bản {known}).",
    "encrypted container version {version} is not supported (this app reads version {known}).",
)
SHORT_PASSWORD = Text(
    "mật khẩu phải có ít nhất {min} ký tự.", "the password must have at least {min} characters."
)


def is_sealed(head: bytes) -> bool:
    return head[: len(MAGIC)] == MAGIC


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(secret)


def seal(data: bytes, password: str, where: str) -> bytes:
    """*data* encrypted under *password* in the container above."""
    if len(password) < MIN_PASSWORD:
        raise e.PasswordError(where, SHORT_PASSWORD.with_(min=MIN_PASSWORD))
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, CONTAINER_VERSION, KDF_SCRYPT, LOG2_N, R, P, salt, nonce)
    key = _key(password, salt, LOG2_N, R, P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(blob: bytes, password: str | None, where: str) -> bytes:
    """The package inside *blob*; a wrong password or any changed byte is refused."""
    if len(blob) < HEADER_SIZE + TAG_SIZE:
        raise e.FormatError(where, BAD_CONTAINER.with_(detail=f"{len(blob)} byte"))
    magic, version, kdf, log2_n, r, p, salt, nonce = _HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise e.FormatError(where, BAD_CONTAINER.with_(detail="magic"))
    if version != CONTAINER_VERSION:
        problem = UNKNOWN_CONTAINER.with_(version=version, known=CONTAINER_VERSION)
        raise e.FormatError(where, problem)
    if kdf != KDF_SCRYPT or not (14 <= log2_n <= 18 and 1 <= r <= 16 and 1 <= p <= 4):
        detail = f"scrypt N=2^{log2_n}, r={r}, p={p}"
        raise e.FormatError(where, BAD_CONTAINER.with_(detail=detail))
    if (1 << log2_n) * r * 128 > 256 << 20:
        raise e.FormatError(where, BAD_CONTAINER.with_(detail="scrypt memory"))
    if log2_n >= 16 * r:  # RFC 7914: N < 2^(128·r/8); scrypt refuses anything else
        detail = f"scrypt N=2^{log2_n}, r={r}"
        raise e.FormatError(where, BAD_CONTAINER.with_(detail=detail))
    if not password:
        raise e.PasswordError(where, NEED_PASSWORD)
    key = _key(password, salt, log2_n, r, p)
    header = blob[:HEADER_SIZE]
    try:
        return AESGCM(key).decrypt(nonce, blob[HEADER_SIZE:], header)
    except InvalidTag as exc:
        raise e.PasswordError(where, WRONG_PASSWORD) from exc


def read_password_file(text: str) -> str:
    """The password in a password file: its first line, without the line break."""
    first = text.split("\n", 1)[0]
    return first.removesuffix("\r").lstrip("\ufeff")
