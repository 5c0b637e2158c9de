"""Print the project's version (pyproject.toml), after checking that the app reports the same one.
The Windows workflow passes it to Inno Setup (`ISCC /DAppVersion=…`), so the installer's name and
its version resource agree with `attt-desk --version`. Usage: python installer/project_version.py"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def project_version(root: Path = ROOT) -> str:
    """The version of pyproject.toml; SystemExit naming both when app/__init__.py differs."""
    project = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    init = (root / "app" / "__init__.py").read_text("utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', init, re.M)
    app = found.group(1) if found else None
    if app != project:
        raise SystemExit(f"pyproject.toml says {project}, app/__init__.py says {app}")
    return str(project)


if __name__ == "__main__":
    print(project_version())
    sys.exit(0)
