"""File dialogs start in a folder that exists and remember the last one; suggested file names
are read from what the file holds, never an internal id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ui.common import folders
from ui.shell.app import DeskApp, Preferences


@pytest.fixture
def memory() -> Iterator[dict[str, str]]:
    kept: dict[str, str] = {"last": ""}
    folders.attach(lambda: kept["last"], lambda f: kept.update(last=f))
    yield kept
    folders.attach(lambda: "", lambda _f: None)


def test_the_start_folder_exists_and_is_the_last_one_used(
    memory: dict[str, str], tmp_path: Path
) -> None:
    start = folders.start_folder()
    assert start.is_dir()  # Documents, else home: never a folder that is not there
    assert start in (folders.documents_folder(), Path.home())
    chosen = tmp_path / "bao-cao.pdf"
    folders.remember(chosen)  # a file: its folder is remembered
    assert memory["last"] == str(tmp_path)
    assert folders.start_folder() == tmp_path
    assert folders.suggested("so-van-ban-di-2026.pdf") == str(tmp_path / "so-van-ban-di-2026.pdf")


def test_a_remembered_folder_that_is_gone_is_not_offered(
    memory: dict[str, str], tmp_path: Path
) -> None:
    gone = tmp_path / "usb"
    gone.mkdir()
    folders.remember(gone)
    gone.rmdir()
    assert folders.start_folder() != gone and folders.start_folder().is_dir()


def test_file_stems_read_as_their_content() -> None:
    assert folders.file_stem("Báo cáo rà soát định kỳ", "quý IV năm 2026") == (
        "bao-cao-ra-soat-dinh-ky-quy-iv-nam-2026"
    )
    assert folders.file_stem("Đề nghị: hỗ trợ ứng cứu/ khẩn!") == "de-nghi-ho-tro-ung-cuu-khan"
    long = folders.file_stem("Thông báo sự cố an toàn thông tin mạng ngày 14/02/2026", limit=30)
    assert long == "thong-bao-su-co-an-toan-thong" and len(long) <= 30


def test_the_running_app_keeps_the_last_folder_in_its_preferences(
    desk: DeskApp, prefs: Preferences, tmp_path: Path
) -> None:
    folders.remember(tmp_path)
    assert prefs.last_folder() == str(tmp_path)
    assert folders.start_folder() == tmp_path
