"""The installer files agree with the project: version, bundled paths, the fixed AppId."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import app
from installer.version_info import version_tuple

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "6A0F3C52-8E4B-4C1D-9B57-2F7E1D4A9C30"  # never changes: upgrades find the old version


def test_the_version_is_the_same_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["version"] == app.__version__
    assert version_tuple("0.1.0") == (0, 1, 0, 0)


def test_the_spec_bundles_what_exists() -> None:
    spec = (ROOT / "installer" / "attt-desk.spec").read_text("utf-8")
    for folder in ("resources", "translations", "ui/icons", "app/storage/migrations"):
        assert f'"{folder.split("/")[0]}"' in spec or folder in spec
        assert (ROOT / folder).is_dir()
    assert "upx" in spec and '"upx": False' in spec
    assert (ROOT / "LICENSE").is_file() and (ROOT / "resources" / "fonts" / "OFL.txt").is_file()
    assert (ROOT / "installer" / "windows" / "attt-desk.ico").stat().st_size > 1000


def test_the_windows_setup_keeps_its_app_id_and_the_users_data() -> None:
    iss = (ROOT / "installer" / "windows" / "attt-desk.iss").read_text("utf-8")
    assert f"AppId={{{{{APP_ID}}}" in iss
    assert '#define DistDir "..\\..\\dist\\attt-desk"' in iss
    assert "localappdata" not in re.sub(r";.*", "", iss).lower()  # never deletes the data folder
