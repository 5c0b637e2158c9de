"""The valid inputs and databases every mutant starts from, made by the real command line.

    unit            the sample unit (`demo --today 2026-11-23`): its key signs the package
    empty           a new database
    province        a new database that registered the unit's key in advance
    province-seen   the province after importing the unit's package once

and the inputs: `data.json` (`dump` of the unit), `package.zip` (`export`), `sealed.zip`
(`export --password-file`), and the systems and contacts lists as CSV and XLSX.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.exchange.keys import KeyPair, key_file, load_key

from . import sheets

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mật khẩu thử nghiệm 2026"
TODAY = "2026-11-23"
DB_NAMES = ("unit", "empty", "province", "province-seen")


@dataclass(frozen=True)
class Bases:
    folder: Path
    doc: dict[str, Any]
    package: bytes
    sealed: bytes
    key_path: Path
    sheets: dict[str, sheets.Grid]  # systems / contacts

    def db(self, name: str) -> Path:
        return self.folder / f"{name}.sqlite"

    def key(self) -> KeyPair:
        return load_key(self.key_path)


def cli(db: Path, *args: str | Path) -> str:
    """Run `python -m app --db DB ARGS…`; its output, or stop the campaign if it failed."""
    command = [sys.executable, "-m", "app", "--db", str(db), *map(str, args)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"setting up failed: {' '.join(command)}\n{done.stderr}")
    return done.stdout


def make(folder: Path) -> Bases:
    folder.mkdir(parents=True, exist_ok=True)
    unit = folder / "unit.sqlite"
    if not unit.exists():
        cli(unit, "demo", "--today", TODAY)
        cli(unit, "dump", "--out", folder / "data.json")
        cli(unit, "export", "--out", folder / "package.zip")
        (folder / "password.txt").write_text(PASSWORD + "\n", encoding="utf-8")
        pw = folder / "password.txt"
        cli(unit, "export", "--out", folder / "sealed.zip", "--password-file", pw)
        cli(folder / "empty.sqlite", "check-db")
        fingerprint = load_key(key_file(unit)).fingerprint
        province = folder / "province.sqlite"
        cli(province, "keys", "--register", fingerprint, "--name", "Ủy ban nhân dân xã Đăk Hà")
        seen = folder / "province-seen.sqlite"
        shutil.copyfile(province, seen)
        cli(seen, "import", folder / "package.zip")
    doc = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    systems = sheets.base_rows("systems", doc["systems"][0]["name"])
    contacts = sheets.base_rows("contacts", doc["contacts"][0]["name"])
    return Bases(
        folder,
        doc,
        (folder / "package.zip").read_bytes(),
        (folder / "sealed.zip").read_bytes(),
        key_file(unit),
        {"systems": systems, "contacts": contacts},
    )


def copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


def state(db: Path) -> str:
    """A digest of every row of every table and of every file in the database's files folder."""
    digest = hashlib.sha256()
    if db.exists():
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            tables = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
            for (table,) in tables:
                rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
                digest.update(table.encode())
                for row in sorted(repr(r) for r in rows):
                    digest.update(row.encode("utf-8", "surrogatepass"))
        finally:
            connection.close()
    files = db.with_name(db.stem + "-files")
    for path in sorted(files.rglob("*")) if files.exists() else []:
        digest.update(str(path.relative_to(files)).encode("utf-8", "surrogateescape"))
        if path.is_file() and not path.is_symlink():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def environment(folder: Path) -> None:
    """Logs and settings of every run go under the work folder, not the user's."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(folder / "home" / name.lower())
    os.environ.pop("ATTT_DESK_DB", None)
