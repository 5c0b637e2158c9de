"""The command line: `attt-desk …` and `python -m app …` (the same arguments).

Exit codes: 0 success, 2 usage error, 1 any other error (one clear line on stderr). Each command
group is a module of this package with `add_parsers(sub)` and `COMMANDS` (name -> function).
"""

from __future__ import annotations

import argparse
import importlib
import io
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__
from app.cli import clocks, documents, exchange, incidents, records, reports, roster, sample
from app.cli.output import password_from
from app.config import keep_files_private
from app.domain.errors import UNEXPECTED, AtttError
from app.i18n import Lang, Text, as_lang
from app.services.diagnostics import SafeFormatter
from app.services.workspace import open_workspace
from app.storage.engine import WRITE_WAIT_S

log = logging.getLogger("attt_desk")

GROUPS = (sample, records, clocks, incidents, roster, exchange, documents, reports)

# The window lives in ui/, above app/ in the layers: it is imported only when asked for, so
# that importing app/ never loads Qt (architecture rule 1).
GUI_MODULE = "ui.main"

WAITING = Text(
    "Đang chờ chương trình khác ghi xong vào cơ sở dữ liệu (đã chờ {s} giây, tối đa {limit})…",
    "Waiting for another program to finish writing to the database ({s} s so far, at most "
    "{limit})…",
)
SYSTEM_ERROR = Text("Lỗi hệ thống tệp: {error}.", "File system error: {error}.")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="attt-desk",
        description=f"{APP_NAME}: sổ theo dõi an toàn thông tin mạng "
        "(network information security register).",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu (database file; or ATTT_DESK_DB)")
    p.add_argument(
        "--read-only",
        action="store_true",
        help="mở tệp chỉ để xem, không ghi gì (open the file read-only; automatic for a file "
        "that cannot be written)",
    )
    p.add_argument(
        "--key-passphrase-file",
        type=Path,
        help="tệp chứa mật khẩu của khóa ký, khi khóa được bảo vệ (the signing key's passphrase)",
    )
    p.add_argument(
        "--lang",
        choices=["vi", "en"],
        default=None,
        help="ngôn ngữ (language); mặc định tiếng Việt, cửa sổ dùng ngôn ngữ đã chọn trong Cài đặt",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="mở cửa sổ (open the window; the default)")
    g.add_argument(
        "--smoke-test",
        action="store_true",
        help="mở cửa sổ, duyệt mọi màn hình rồi thoát (visit every screen and exit)",
    )
    for group in GROUPS:
        group.add_parsers(sub)
    return p


def _run_gui(
    db: Path | None, lang: Lang | None, smoke_test: bool, *, read_only: bool | None = None
) -> int:
    run = importlib.import_module(GUI_MODULE).run
    return int(run(db, lang, smoke_test=smoke_test, read_only=read_only))


def _log_path() -> Path:
    from app.config import data_dir

    return data_dir() / "logs" / "attt-desk.log"


def _setup_logging() -> Path | None:
    path = _log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def _waiting_line(lang: Lang) -> Callable[[float], None]:
    """A line on stderr every few seconds while a write waits for another program's."""
    told = [-10.0]

    def tell(waited: float) -> None:
        if waited - told[0] >= 3:
            told[0] = waited
            limit = round(WRITE_WAIT_S)
            sys.stderr.write(WAITING.format(lang, s=max(1, round(waited)), limit=limit) + "\n")
            sys.stderr.flush()

    return tell


def _printable_output() -> None:
    """What a command prints never fails for a character the output cannot encode (a file name
    that is not UTF-8, a console in another code page): it is shown escaped (\\udcff) instead,
    so a command that has written what it was asked to cannot end in an error for its report."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _printable_output()
    args = _parser().parse_args(argv)
    lang = as_lang(args.lang)
    keep_files_private()
    log_file = _setup_logging()
    command = args.command or "gui"
    try:
        if command == "gui":
            gui_lang = as_lang(args.lang) if args.lang else None
            smoke_test = getattr(args, "smoke_test", False)
            return _run_gui(args.db, gui_lang, smoke_test, read_only=args.read_only or None)
        commands: dict[str, Any] = {}
        for group in GROUPS:
            commands.update(group.COMMANDS)
        ws = open_workspace(args.db, lang=lang, read_only=args.read_only or None)
        ws.store.on_write_wait(_waiting_line(lang))
        ws.exchange.key_passphrase = password_from(args.key_passphrase_file)
        try:
            return int(commands[command](ws, args))
        finally:
            ws.close()
    except AtttError as exc:
        sys.stderr.write(exc.message(lang).replace("\n", " ") + "\n")
        return 1
    except OSError as exc:  # the disk, the folder, the stick: say what the system said
        log.exception("command %s failed", command)
        shown = f"{exc.strerror} ({exc.filename})" if exc.filename else (exc.strerror or "")
        sys.stderr.write(SYSTEM_ERROR.format(lang, error=shown or type(exc).__name__) + "\n")
        return 1
    except Exception as exc:
        # The log keeps the stack (never record values: the engine hides SQL parameters); the
        # person reads one line without SQL or a traceback.
        log.exception("command %s failed", command)
        sys.stderr.write(
            UNEXPECTED.format(lang, error=type(exc).__name__, log=log_file or "stderr") + "\n"
        )
        return 1
