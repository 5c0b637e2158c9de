"""An encrypted package never puts its clear ZIP on the target medium, not even for a moment:
flash memory keeps what was overwritten, so only sealed bytes may reach the stick. Nor does an
export put what the package holds in clear (the documents it prints) in a temporary folder."""

from __future__ import annotations

import builtins
import tempfile
from pathlib import Path
from typing import Any

import pytest

from app.exchange import package as package_module
from tests.unit.exchange.helpers import export, sample_workspace

ZIP_MAGIC = b"PK\x03\x04"


class Recorder:
    """Every byte written through `open` to a file under *target*, by file."""

    def __init__(self, target: Path) -> None:
        self.target = target.resolve()
        self.written: dict[str, bytearray] = {}

    def open(self, file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = builtins.open(file, mode, *args, **kwargs)  # noqa: SIM115 (open's stand-in)
        path = Path(file).resolve()
        if any(m in mode for m in "wax+") and self.target in path.parents:
            seen = self.written.setdefault(str(path), bytearray())
            real_write = handle.write

            def write(data: bytes) -> int:
                seen.extend(data)
                return int(real_write(data))

            handle.write = write
        return handle


@pytest.mark.parametrize("password", [None, "mật khẩu của gói tin"])
def test_only_sealed_bytes_reach_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, password: str | None
) -> None:
    ws = sample_workspace(tmp_path / "unit")
    stick = tmp_path / "usb"
    recorder = Recorder(stick)
    monkeypatch.setattr(package_module, "open", recorder.open, raising=False)
    result = export(ws, stick / "goi.zip", password=password)
    assert recorder.written, "the package was written through the module's open()"
    starts = {Path(name).name: bytes(data[:4]) for name, data in recorder.written.items()}
    if password is None:
        assert ZIP_MAGIC in starts.values()  # a clear package is a ZIP, as it should be
    else:
        assert ZIP_MAGIC not in starts.values(), starts
        assert all(ZIP_MAGIC not in data for data in recorder.written.values())
    on_stick = result.path.read_bytes()
    assert on_stick.startswith(ZIP_MAGIC) == (password is None)
    report = ws.exchange.inspect(result.path, password=password)  # it still opens whole
    assert report.encrypted == (password is not None) and report.sha256 == result.sha256
    ws.close()


@pytest.mark.parametrize("password", [None, "mật khẩu của gói tin"])
def test_an_export_writes_nothing_into_a_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, password: str | None
) -> None:
    ws = sample_workspace(tmp_path / "unit")

    def refused(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("an export made a temporary file or folder")

    monkeypatch.setattr(tempfile, "mkdtemp", refused)
    monkeypatch.setattr(tempfile, "mkstemp", refused)
    result = export(ws, tmp_path / "usb" / "goi.zip", password=password)
    opened = package_module.read_file(result.path, password=password)
    printed = [x for x in opened.manifest.files if x.kind == "document"]
    assert printed and all(opened.file_bytes(x.path)[:5] == b"%PDF-" for x in printed)
    ws.close()
