"""Safe names for files inside a package, and on the way out of one.

Every entry name is checked before its bytes are looked at: a name that would land outside the
folder it is extracted to, or that Windows would read differently from Linux, is refused with a
message that quotes it. Names the app writes itself are made from record ids and folded file
names, so they always pass.
"""

from __future__ import annotations

import re
import unicodedata

from app.domain.text import fold
from app.exchange import errors as e
from app.i18n import Msg

_DRIVE = re.compile(r"^[A-Za-z]:")
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _shown(name: str) -> str:
    """The name as quoted in a message: control characters made visible, cut to 120."""
    visible = "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in name)
    return visible if len(visible) <= 120 else visible[:117] + "…"


def check_name(name: str, max_len: int = 240) -> Msg | None:
    """None when *name* is a safe relative path inside a package, else what is wrong with it."""
    shown = _shown(name)
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return e.ABSOLUTE.with_(name=shown)
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        return e.ESCAPES.with_(name=shown)
    if not name or len(name.encode("utf-8")) > max_len or "\ufffd" in name:
        return e.BAD_NAME.with_(name=shown)
    if unicodedata.normalize("NFC", name) != name:
        return e.BAD_NAME.with_(name=shown)
    if name.endswith("/"):
        return e.NOT_FILE.with_(name=shown)
    for part in parts:
        if part in ("", ".") or _FORBIDDEN.search(part) or part != part.rstrip(". "):
            return e.BAD_NAME.with_(name=shown)
        if part.split(".")[0].lower() in _RESERVED:
            return e.BAD_NAME.with_(name=shown)
    return None


def safe_file_name(name: str, fallback: str = "tep") -> str:
    """A portable file name from a person's one: "Nhật ký tường lửa.log" -> "Nhat-ky-tuong-lua.log".

    Diacritics and đ are folded, anything outside letters, digits, dot, dash and underscore
    becomes a dash, and the result is cut to 100 characters keeping the extension.
    """
    base = fold(name).replace(" ", "-") if name else ""
    # fold() lowercases; keep the person's capitals where the letter is plain ASCII
    if len(base) == len(name):
        base = "".join(
            o if o.isascii() and o.lower() == b else b for o, b in zip(name, base, strict=True)
        )
    base = _SAFE.sub("-", base).strip("-.") or fallback
    stem, dot, ext = base.rpartition(".")
    if not dot or not stem or len(ext) > 10:
        stem, ext = base, ""
    stem = stem[: 100 - len(ext) - 1].rstrip("-.") or fallback
    result = f"{stem}.{ext}" if ext else stem
    if result.split(".")[0].lower() in _RESERVED:
        result = f"_{result}"
    return result
