"""The installer files agree with the project: version, bundled paths, the fixed AppId."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from pathlib import Path

import pytest

import app
from installer.project_version import project_version
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


WINDOWS = ROOT / "installer" / "windows"
# The messages of the wizard pages this setup shows (welcome, licence, install mode, folder,
# tasks, ready, installing, finished), its buttons, and the uninstaller's.
SHOWN = {
    "SetupAppTitle",
    "SetupWindowTitle",
    "UninstallAppTitle",
    "UninstallAppFullTitle",
    "ButtonBack",
    "ButtonNext",
    "ButtonInstall",
    "ButtonOK",
    "ButtonCancel",
    "ButtonYes",
    "ButtonNo",
    "ButtonFinish",
    "ButtonBrowse",
    "ButtonWizardBrowse",
    "ClickNext",
    "WelcomeLabel1",
    "WelcomeLabel2",
    "WizardLicense",
    "LicenseLabel",
    "LicenseLabel3",
    "LicenseAccepted",
    "LicenseNotAccepted",
    "PrivilegesRequiredOverrideTitle",
    "PrivilegesRequiredOverrideInstruction",
    "PrivilegesRequiredOverrideText1",
    "PrivilegesRequiredOverrideText2",
    "PrivilegesRequiredOverrideAllUsers",
    "PrivilegesRequiredOverrideCurrentUserRecommended",
    "WizardSelectDir",
    "SelectDirDesc",
    "SelectDirLabel3",
    "SelectDirBrowseLabel",
    "DiskSpaceMBLabel",
    "DirExistsTitle",
    "DirExists",
    "WizardSelectTasks",
    "SelectTasksDesc",
    "SelectTasksLabel2",
    "WizardReady",
    "ReadyLabel1",
    "ReadyLabel2a",
    "ReadyMemoDir",
    "ReadyMemoTasks",
    "WizardPreparing",
    "PreparingDesc",
    "ApplicationsFound2",
    "CloseApplications",
    "DontCloseApplications",
    "WizardInstalling",
    "InstallingLabel",
    "FinishedHeadingLabel",
    "FinishedLabel",
    "ClickFinish",
    "RunEntryExec",
    "ExitSetupTitle",
    "ExitSetupMessage",
    "SetupAppRunningError",
    "UninstallAppRunningError",
    "ConfirmUninstall",
    "UninstallStatusLabel",
    "UninstalledAll",
    "UninstalledMost",
    "WizardUninstalling",
    "StatusUninstalling",
    "StatusExtractFiles",
    "StatusCreateIcons",
    "StatusSavingUninstall",
    "StatusRunProgram",
    "SetupAborted",
    "ErrorTitle",
    "ConfirmTitle",
}
# A placeholder the message must keep, by message (Inno Setup fills them in).
KEEPS = {
    "SetupWindowTitle": ("%1",),
    "WelcomeLabel1": ("[name]",),
    "WelcomeLabel2": ("[name/ver]",),
    "SelectDirLabel3": ("[name]",),
    "DiskSpaceMBLabel": ("[mb]",),
    "DirExists": ("%1",),
    "ReadyLabel1": ("[name]",),
    "InstallingLabel": ("[name]",),
    "FinishedLabel": ("[name]",),
    "ConfirmUninstall": ("%1",),
    "UninstalledAll": ("%1",),
    "DiskSpaceWarning": ("%1", "%2"),
    "LastErrorMessage": ("%1", "%2", "%3"),
    "ErrorFunctionFailed": ("%1", "%2"),
    "UninstallDisplayNameMarks": ("%1", "%2", "%3"),
    "LaunchProgram": ("%1",),
}


def read_isl(path: Path) -> dict[str, dict[str, str]]:
    """The sections of an Inno Setup language file as Inno Setup reads it: UTF-8 only with a
    byte order mark, `;` comments, `[Section]`, `Key=Value`; a key given twice fails here."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 without BOM reads as ANSI"
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, line in enumerate(raw[3:].decode("utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip()[1:-1], {})
            continue
        key, sep, value = line.partition("=")
        assert current is not None and sep, f"{path.name}:{number}: {line!r}"
        assert key not in current, f"{path.name}:{number}: {key} given twice"
        current[key] = value
    return sections


def test_the_windows_wizard_speaks_vietnamese() -> None:
    isl = read_isl(WINDOWS / "Vietnamese.isl")
    options, messages = isl["LangOptions"], isl["Messages"]
    assert options["LanguageName"] == "Tiếng Việt" and options["LanguageID"] == "$042A"
    assert options["LanguageCodePage"] == "0"  # Unicode: the file's own encoding
    assert messages.keys() >= SHOWN, sorted(SHOWN - messages.keys())
    for key, value in {**messages, **isl["CustomMessages"]}.items():
        assert value == unicodedata.normalize("NFC", value), key
        assert len(re.findall(r"&(?!&)", value)) <= 1, f"{key}: two keyboard accelerators"
        for placeholder in KEEPS.get(key, ()):
            assert placeholder in value, f"{key} lost {placeholder}"
    assert messages["ButtonNext"] == "&Tiếp theo >" and messages["ButtonCancel"] == "Hủy"
    assert "giữ nguyên" in messages["ConfirmUninstall"]  # the unit's data stays


def test_the_setup_script_uses_the_vietnamese_wizard_first() -> None:
    raw = (WINDOWS / "attt-desk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # its Vietnamese shortcut names read as UTF-8
    iss = raw[3:].decode("utf-8")
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', iss, re.M)
    assert languages[0] == ("vietnamese", "compiler:Default.isl,Vietnamese.isl")
    assert ("english", "compiler:Default.isl") in languages
    assert "LanguageDetectionMethod=none" in iss and "ShowLanguageDialog=no" in iss
    vietnamese = read_isl(WINDOWS / "Vietnamese.isl")["CustomMessages"]
    for key in set(re.findall(r"\{cm:(\w+)", iss)):
        in_script = {lang for lang, name in re.findall(r"^(\w+)\.(\w+)=", iss, re.M) if name == key}
        # Either the script says it in both languages, or it is one of Inno Setup's own custom
        # messages (Default.isl has the English), which Vietnamese.isl translates.
        assert in_script == {"vietnamese", "english"} or key in vietnamese, key


def test_the_windows_workflow_builds_what_exists() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text("utf-8")
    assert "runs-on: windows-latest" in workflow
    named = r"(?:installer|requirements|constraints)[\w\\/.-]*\.(?:spec|py|iss|txt)"
    for path in re.findall(named, workflow):
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    assert "installer/project_version.py" in workflow and "/DAppVersion=${{" in workflow
    assert re.search(r'python-version: "3\.11"', workflow)  # the oldest Python pyproject allows
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert requires["requires-python"].startswith(">=3.11")
    assert "/CURRENTUSER" in workflow and "unins000.exe" in workflow


def test_the_version_handed_to_the_installer_is_the_apps(tmp_path: Path) -> None:
    assert project_version() == app.__version__
    (tmp_path / "app").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nversion = "0.2.0"\n', "utf-8")
    (tmp_path / "app" / "__init__.py").write_text('__version__ = "0.1.0"\n', "utf-8")
    with pytest.raises(SystemExit, match=r"pyproject.toml says 0.2.0, app/__init__.py says 0.1.0"):
        project_version(tmp_path)
