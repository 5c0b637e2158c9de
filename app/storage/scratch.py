"""Temporary files and folders that a killed process does not leave behind.

A file written in steps (an atomic write, a backup, a package, a new database) is written under
a temporary name beside its target, `.NAME.PID-TOKEN.part`, then renamed into place. Before the
temporary file is made, a note naming it goes into the user's data folder (`pending/PID-TOKEN`);
the note goes with the file. A process killed half-way leaves both: the next start (`sweep`)
removes every file that a dead process's note names (with SQLite's `-journal`, `-wal` and
`-shm` beside it) and the note. A note whose folder is not there (a USB stick taken out) waits
for a start that sees it; writing to the same target again also removes what dead processes
left beside it.

Temporary folders are made in the system's temporary folder as `attt-PID-PURPOSE-XXXXXXXX`,
readable by their owner only (0700), removed when done, whether it went well or not; `sweep`
removes those of dead processes.

Files are created readable and writable by their owner only (0600), whatever the umask.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from app.config import data_dir

log = logging.getLogger("attt_desk")

PREFIX = "attt-"
NOTES = "pending"
SIDE_FILES = ("-journal", "-wal", "-shm")
FILE_MODE = 0o600
_OWN_FOLDER = re.compile(r"attt-(\d+)-")
# Folders named before they carried the process id; removed once a day old.
_LEGACY_FOLDER = re.compile(r"attt-(export|xem-truoc|bao-cao|so-van-ban|van-ban)-[a-z0-9_]{8}")
_LEGACY_AGE_S = 24 * 3600
_TOKEN = re.compile(r"(\d+)(-[0-9a-f]{8})?")


def alive(pid: int) -> bool:
    """Whether the process *pid* is running (this one is); unknown counts as running."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0 only asks (on POSIX; on Windows it would send Ctrl+C)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (or this system cannot tell): leave its files alone
    return True


if sys.platform == "win32":  # os.kill(pid, 0) there would send Ctrl+C, not ask

    def _alive_windows(pid: int) -> bool:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        query_limited_information, still_active, access_denied = 0x1000, 259, 5
        handle = kernel32.OpenProcess(query_limited_information, False, pid)
        if not handle:
            return bool(ctypes.get_last_error() == access_denied)
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return bool(code.value == still_active)
        finally:
            kernel32.CloseHandle(handle)


def notes_dir() -> Path:
    return data_dir() / NOTES


def private(path: str | os.PathLike[str], flags: int) -> int:
    """The opener that makes files its owner's only: `open(path, "xb", opener=private)`."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), FILE_MODE)


def create_private(path: Path) -> None:
    """Create the empty file *path* (which must not exist), its owner's only."""
    with open(path, "xb", opener=private):
        pass


def remove(path: Path) -> None:
    """Remove the file at *path* and SQLite's side files beside it, those that are there."""
    for name in (path, *(Path(f"{path}{side}") for side in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


@contextlib.contextmanager
def temp_beside(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """A name for a temporary file beside *target* (not yet made), noted until it is gone.

    The block writes the file and renames (or links) it into place; whatever is left under the
    temporary name when the block ends, well or not, is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_siblings(target, suffix)
    token = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    tmp = target.with_name(f".{target.name}.{token}{suffix}")
    note = _note(token, tmp)
    try:
        yield tmp
    finally:
        remove(tmp)
        if note is not None:
            note.unlink(missing_ok=True)


def _note(token: str, tmp: Path) -> Path | None:
    """Write the note naming *tmp*; None when the data folder cannot be written (the file is
    then still removed when it is written again beside the same target)."""
    folder = notes_dir()
    note = folder / token
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(note, "xb", opener=private) as handle:
            handle.write(str(tmp.resolve()).encode("utf-8"))
    except OSError:
        log.warning("cannot note the temporary file %s", tmp, exc_info=True)
        return None
    return note


def _dead_token(middle: str) -> bool:
    match = _TOKEN.fullmatch(middle)
    return match is not None and not alive(int(match.group(1)))


def _remove_stale_siblings(target: Path, suffix: str) -> None:
    """What killed processes left beside *target*: `.NAME.PID[-TOKEN]SUFFIX` of dead PIDs."""
    head = f".{target.name}."
    for path in target.parent.glob(glob.escape(head) + "*" + glob.escape(suffix)):
        if _dead_token(path.name.removeprefix(head).removesuffix(suffix)):
            remove(path)


def temp_folder(purpose: str) -> tempfile.TemporaryDirectory[str]:
    """A private temporary folder (0700), removed when closed; `sweep` removes it if the
    process dies first."""
    return tempfile.TemporaryDirectory(
        prefix=f"{PREFIX}{os.getpid()}-{purpose}-", ignore_cleanup_errors=True
    )


def sweep() -> None:
    """At start: remove what dead processes left, the files their notes name and the app's
    temporary folders. Never fails: what cannot be removed now is left for the next start."""
    try:
        _sweep_notes()
        _sweep_folders()
    except OSError:
        log.warning("cannot remove what earlier runs left", exc_info=True)


def _sweep_notes() -> None:
    folder = notes_dir()
    if not folder.is_dir():
        return
    for note in folder.iterdir():
        if not _dead_token(note.name):
            continue
        try:
            tmp = Path(note.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError):
            note.unlink(missing_ok=True)
            continue
        if f".{note.name}." not in tmp.name:  # a note names only its own kind of file
            note.unlink(missing_ok=True)
            continue
        if not tmp.parent.is_dir():
            continue  # its folder is not here now (a stick taken out): a later start
        remove(tmp)
        note.unlink(missing_ok=True)


def _temp_root() -> Path:
    """The temporary folder `tempfile` uses, named without its first-use probe (a file it
    makes and removes there, which a kill at that moment would leave behind)."""
    if tempfile.tempdir:
        return Path(tempfile.tempdir)
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = os.environ.get(name)
        if value:
            return Path(value)
    return Path(tempfile.gettempdir())


def _sweep_folders() -> None:
    root = _temp_root()
    uid = getattr(os, "getuid", lambda: None)()
    now = time.time()
    for path in root.glob(PREFIX + "*"):
        try:
            info = path.lstat()
        except OSError:
            continue
        if uid is not None and info.st_uid != uid:
            continue  # another person's
        own = _OWN_FOLDER.match(path.name)
        if own is not None:
            stale = not alive(int(own.group(1)))
        else:
            legacy = _LEGACY_FOLDER.fullmatch(path.name)
            stale = legacy is not None and now - info.st_mtime > _LEGACY_AGE_S
        if stale and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
