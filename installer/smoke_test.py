"""Smoke test of the frozen program: unpack the bundle, then as a user would, with a fresh data
folder: create a database, load the sample unit, open the window offscreen and visit every
screen, render a document to PDF, write an export package. Any error, any output on stderr, or
any Qt warning fails it. Usage: python installer/smoke_test.py dist/attt-desk-…tar.gz|DIR"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path


def _folder(bundle: Path, tmp: Path) -> Path:
    if bundle.is_dir():
        return bundle
    with tarfile.open(bundle) as tar:
        tar.extractall(tmp, filter="data")
    return next(p for p in tmp.iterdir() if p.is_dir())


ROOT = Path(__file__).resolve().parent.parent


def pinned_binding() -> str:
    """The PySide6 version requirements.txt pins (the bundle must carry exactly that one)."""
    text = (ROOT / "requirements.txt").read_text("utf-8")
    found = re.search(r"^PySide6-Essentials==(\S+)", text, re.MULTILINE)
    if found is None:
        raise SystemExit("requirements.txt pins no PySide6-Essentials")
    return found.group(1)


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]).resolve()
    with tempfile.TemporaryDirectory(prefix="attt-smoke-") as name:
        tmp = Path(name)
        folder = _folder(bundle, tmp / "bundle" if not bundle.is_dir() else tmp)
        cli = folder / ("attt-desk-cli.exe" if os.name == "nt" else "attt-desk-cli")
        db = tmp / "data" / "smoke.sqlite"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "XDG_DATA_HOME": str(tmp / "xdg"),
                "LOCALAPPDATA": str(tmp / "xdg"),
                "HOME": str(tmp / "home"),
            }
        )
        steps = [
            ["--version"],
            ["--db", str(db), "demo"],
            ["--db", str(db), "check-db"],
            ["--db", str(db), "gui", "--smoke-test"],
            ["--db", str(db), "document", "new", "cong-van", "--out", str(tmp / "letter.pdf")],
            ["--db", str(db), "export", "--out", str(tmp / "package.zip")],
        ]
        for args in steps:
            done = subprocess.run(
                [str(cli), *args], capture_output=True, text=True, env=env, timeout=300, check=False
            )
            shown = " ".join(args)
            print(f"$ attt-desk-cli {shown}\n{done.stdout.strip()}")
            if done.returncode != 0 or done.stderr.strip():
                print(f"FAILED ({done.returncode}): {done.stderr.strip()}", file=sys.stderr)
                return 1
            if "--smoke-test" in args and f"PySide6 {pinned_binding()}," not in done.stdout:
                print(f"FAILED: the bundle's Qt binding is not {pinned_binding()}", file=sys.stderr)
                return 1
        pdf = (tmp / "letter.pdf").read_bytes()
        if not pdf.startswith(b"%PDF") or b"LiberationSerif" not in pdf:
            print("FAILED: the letter is not a PDF with the bundled font", file=sys.stderr)
            return 1
        with zipfile.ZipFile(tmp / "package.zip") as package:
            if "manifest.json" not in package.namelist():
                print("FAILED: the package has no manifest", file=sys.stderr)
                return 1
    print("smoke test of the frozen program: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
