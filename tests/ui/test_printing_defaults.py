"""Printing starts on the system's default printer; without one, on a named PDF file in a
folder that exists, never on a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from ui.common import folders, printing


@pytest.fixture
def last_folder(tmp_path: Path) -> Iterator[Path]:
    kept = {"last": str(tmp_path)}
    folders.attach(lambda: kept["last"], lambda f: kept.update(last=f))
    yield tmp_path
    folders.attach(lambda: "", lambda _f: None)


class NoPrinter:
    @staticmethod
    def defaultPrinterName() -> str:
        return ""


class OnePrinter:
    @staticmethod
    def defaultPrinterName() -> str:
        return "Canon LBP2900 phòng Văn hóa"


def test_without_a_printer_it_prints_to_a_named_pdf_in_the_last_folder(
    qtbot: QtBot, last_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printing, "QPrinterInfo", NoPrinter)
    printer = printing.new_printer("Thông báo sự cố an toàn thông tin mạng")
    assert printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
    assert printer.outputFileName() == str(
        last_folder / "thong-bao-su-co-an-toan-thong-tin-mang.pdf"
    )


def test_with_a_default_printer_it_does_not_print_to_a_file(
    qtbot: QtBot, last_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (This machine has no print system, so Qt keeps no printer name: what is checked is that
    # the app asks for no file when the system has a default printer.)
    monkeypatch.setattr(printing, "QPrinterInfo", OnePrinter)
    printer = printing.new_printer("Sổ văn bản đi 2026")
    assert printer.outputFileName() == ""


def test_a_print_to_a_folder_becomes_a_named_file_in_it(
    qtbot: QtBot, last_folder: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    printer = QPrinter()
    printer.setOutputFileName(str(usb))  # what a person picking a folder leaves
    printing.named_output(printer, "Sổ văn bản đi 2026")
    assert printer.outputFileName() == str(usb / "so-van-ban-di-2026.pdf")
    assert folders.start_folder() == usb  # remembered
