"""Render a :class:`~app.documents.layout.Document` to PDF (reportlab platypus).

A4 portrait with the NĐ 30 margins; Liberation Serif embedded (subset); every string NFC.
Page numbers are centred in the top margin from page 2 on; each appendix starts a new page,
numbers its pages from 1 again, and may be landscape.
"""

from __future__ import annotations

import datetime as dt
import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from app.documents import compose, spec
from app.documents.fonts import face, register
from app.documents.layout import Document
from app.documents.pdf import parts as pdf_parts
from app.documents.pdf.flow import block_flowables
from app.storage.files import write_atomic

PORTRAIT = (spec.PAGE_WIDTH, spec.PAGE_HEIGHT)
LANDSCAPE: tuple[float, float] = landscape(PORTRAIT)


@dataclass
class _Sections:
    """The page on which the current section (the letter, or an appendix) began."""

    start: int = 1


class _SectionStart(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Invisible; marks the page it lands on as page 1 of a new section."""

    def __init__(self, sections: _Sections) -> None:
        super().__init__()
        self.sections = sections

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.sections.start = self.canv.getPageNumber()


def _frame(size: tuple[float, float], name: str) -> Frame:
    width, height = size
    return Frame(
        spec.MARGIN_LEFT,
        spec.MARGIN_BOTTOM,
        width - spec.MARGIN_LEFT - spec.MARGIN_RIGHT,
        height - spec.MARGIN_TOP - spec.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )


def _templates(sections: _Sections) -> list[PageTemplate]:
    def number_page(canv: Any, doc: Any) -> None:
        """§5.1: from the section's second page, its number centred in the top margin."""
        number = canv.getPageNumber() - sections.start + 1
        if number < 2:
            return
        width, height = canv._pagesize
        centre = spec.MARGIN_LEFT + (width - spec.MARGIN_LEFT - spec.MARGIN_RIGHT) / 2
        canv.saveState()
        canv.setFont(face(), spec.PAGE_NUMBER.size)
        canv.setFillColorRGB(0, 0, 0)
        canv.drawCentredString(centre, height - spec.PAGE_NUMBER_BASELINE, str(number))
        canv.restoreState()

    return [
        PageTemplate(id=name, frames=[_frame(size, name)], onPageEnd=number_page, pagesize=size)
        for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE))
    ]


def _story(doc: Document, sections: _Sections) -> list[Flowable]:
    width = spec.TEXT_WIDTH
    story: list[Flowable] = [pdf_parts.header(doc), *pdf_parts.title(doc)]
    story += pdf_parts.recipients(doc)
    if not compose.recipient_lines(doc.recipients):
        story.append(Spacer(1, spec.PARAGRAPH_SPACE))
    body: list[Flowable] = []
    for block in compose.body_blocks(doc):
        body += block_flowables(block, width)
    # The signature never stands alone on a page: it takes the last body paragraph with it.
    tail = body[-1:] if body else []
    story += body[:-1] if body else []
    story.append(KeepTogether([*tail, pdf_parts.signature(doc)]))
    for index, appendix in enumerate(doc.appendices):
        size = LANDSCAPE if appendix.landscape else PORTRAIT
        story.append(NextPageTemplate("landscape" if appendix.landscape else "portrait"))
        story.append(PageBreak())
        story.append(_SectionStart(sections))
        inner = size[0] - spec.MARGIN_LEFT - spec.MARGIN_RIGHT
        story += pdf_parts.appendix_head(doc, appendix, index, inner)
        for block in appendix.blocks:
            story += block_flowables(block, inner)
    return story


class _DatedCanvas(Canvas):  # type: ignore[misc]
    """A canvas whose file is dated by the document (its creation date and, with the content,
    its ID), so that a dated document renders to the same bytes every time."""

    stamp: dt.datetime | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.stamp is not None:
            self._doc._timeStamp = _Stamp(self.stamp)


class _Stamp:
    """What ReportLab reads of its TimeStamp, for a fixed moment."""

    def __init__(self, when: dt.datetime) -> None:
        offset = when.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds()) // 60
        self.t = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh, self.dmm = divmod(minutes, 60)
        self.tzname = when.tzname() or "UTC"

    @property
    def datetime(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.t, dt.timezone(dt.timedelta(hours=self.dhh)))

    @property
    def asctime(self) -> str:
        return time.asctime(self.lt)


VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def render_pdf(doc: Document, *, invariant: bool = False) -> bytes:
    """The PDF file's bytes. A dated document (an issued one) is dated by its date, and the
    same document gives the same bytes; *invariant* fixes dates and ids for any document."""
    register()
    buf = io.BytesIO()
    day = doc.header.date
    canvas = type(
        "DatedCanvas",
        (_DatedCanvas,),
        {"stamp": dt.datetime.combine(day, dt.time(), VIETNAM) if day else None},
    )
    sections = _Sections()
    template = BaseDocTemplate(
        buf,
        pagesize=PORTRAIT,
        leftMargin=spec.MARGIN_LEFT,
        rightMargin=spec.MARGIN_RIGHT,
        topMargin=spec.MARGIN_TOP,
        bottomMargin=spec.MARGIN_BOTTOM,
        pageTemplates=_templates(sections),
        title=compose.text(compose.subject_line(doc)),
        author=compose.text(" ".join(compose.header_text(doc).issuer)),
        creator="ATTT Desk",
        lang="vi-VN",
        invariant=int(invariant or day is not None),
        initialFontName=face(),  # no unembedded Helvetica in the file at all
        initialFontSize=spec.BODY.size,
        initialLeading=spec.BODY.line,
    )
    template.build(_story(doc, sections), canvasmaker=canvas)
    return buf.getvalue()


def write_pdf(doc: Document, path: Path, *, invariant: bool = False) -> Path:
    """Write the PDF to *path* all at once: a failure leaves no half-written file behind."""
    return write_atomic(path, render_pdf(doc, invariant=invariant))
