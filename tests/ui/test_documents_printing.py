"""Printing without a print dialog: the pages QtPdf renders are painted on white (gotcha G15),
fitted to the target, one sheet per page, each sheet turned as its page is; Cancel stops."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from ui.common.printing import PrintFailed, fitted, paint_document, paint_page

A4 = QPageSize(QPageSize.PageSizeId.A4)
TEXT = "Ủy ban nhân dân xã Đăk Hà"


def make_pdf(path: Path, orientations: list[QPageLayout.Orientation]) -> Path:
    """A small PDF: black text and a frame on each page, in the orientations given."""
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(A4)
    writer.setPageOrientation(orientations[0])
    painter = QPainter(writer)
    for number, orientation in enumerate(orientations):
        if number:
            writer.setPageOrientation(orientation)
            writer.newPage()
        painter.setFont(QFont("DejaVu Sans", 18))
        painter.drawText(40, 60, f"{TEXT} – {number + 1}")
        painter.drawRect(20, 20, 200, 60)
    painter.end()
    return path


@pytest.fixture
def document(qtbot: QtBot, tmp_path: Path) -> QPdfDocument:
    pdf = make_pdf(
        tmp_path / "mau.pdf",
        [QPageLayout.Orientation.Portrait, QPageLayout.Orientation.Landscape],
    )
    doc = QPdfDocument()
    assert doc.load(str(pdf)) == QPdfDocument.Error.None_
    return doc


def test_a_page_is_painted_on_white(document: QPdfDocument) -> None:
    """Painted over a black image, the page's paper is white and its text dark."""
    image = QImage(420, 594, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    painter = QPainter(image)
    paint_page(painter, document, 0, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    assert QColor(image.pixel(5, 5)) == QColor(Qt.GlobalColor.white)
    assert QColor(image.pixel(410, 580)) == QColor(Qt.GlobalColor.white)
    colours = {image.pixel(x, y) for x in range(0, 200) for y in range(10, 60)}
    assert any(QColor(c).lightness() < 100 for c in colours)  # the text and the frame


def test_a_page_keeps_its_proportions_centred() -> None:
    area = QRectF(0, 0, 1000, 1000)
    rect = fitted(A4.sizePoints().toSizeF(), area)
    assert rect.height() == 1000
    assert rect.width() == pytest.approx(1000 * 595.28 / 841.89, rel=1e-3)
    assert rect.center().x() == pytest.approx(500)


def test_every_page_on_its_own_sheet_turned_as_the_page(
    document: QPdfDocument, tmp_path: Path
) -> None:
    out = tmp_path / "in.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(150)
    writer.setPageSize(A4)
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    pages: list[tuple[int, int]] = []
    assert paint_document(document, writer, lambda done, n: pages.append((done, n))) == 2
    del writer  # finishes the file
    assert pages == [(1, 2), (2, 2)]
    reader = PdfReader(out)
    sizes = [(round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages]
    assert sizes == [(595, 842), (842, 595)]


def test_cancel_stops_after_the_page_in_hand(document: QPdfDocument, tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "huy.pdf"))
    writer.setPageSize(A4)
    done: list[int] = []
    printed = paint_document(document, writer, lambda n, _all: done.append(n), lambda: bool(done))
    assert printed == 1


def test_an_empty_document_is_refused(tmp_path: Path) -> None:
    writer = QPdfWriter(str(tmp_path / "rong.pdf"))
    with pytest.raises(PrintFailed, match="no page"):
        paint_document(QPdfDocument(), writer)
