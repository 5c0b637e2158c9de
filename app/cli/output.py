"""What every command prints: one line, or a plain text table."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.errors import AtttError
from app.exchange.sealed import read_password_file
from app.i18n import Text

BACKED_UP = Text(
    "Đã sao lưu cơ sở dữ liệu trước khi ghi: {path} (khôi phục: attt-desk restore {path}).",
    "The database was backed up before writing: {path} (to undo: attt-desk restore {path}).",
)

NO_PASSWORD_FILE = Text(
    "không đọc được tệp mật khẩu {path} ({detail}).",
    "cannot read the password file {path} ({detail}).",
)
KEY_BESIDE = Text(
    "Khóa ký (mã hóa bằng mật khẩu) được lưu kèm: {path}.",
    "The signing key (encrypted by the passphrase) is kept with it: {path}.",
)


def password_from(path: Path | None) -> str | None:
    """The password in a password file (its first line), or None without a file."""
    if path is None:
        return None
    try:
        return read_password_file(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise AtttError(NO_PASSWORD_FILE, path=path, detail=str(exc)) from exc


def emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def text_table(headers: list[str], rows: list[list[str]], width: int = 40) -> str:
    def cut(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cut(h) for h in headers]] + [[cut(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
