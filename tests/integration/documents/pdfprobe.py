"""Measure a rendered PDF: text lines with font, size and position; stroked lines and boxes.

Text comes from pypdf's extraction visitor (positions are where each line starts; a line drawn
in several fonts gives one span per font, all at the line's start). Graphics come from walking
the content stream with the current transformation matrix. Coordinates are PDF points from the
bottom-left corner of the page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.generic import ContentStream

from app.documents.fonts import register, text_width

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n in PDF's row-vector convention (apply m, then n)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t,
            e * q + f * s + u)  # fmt: skip


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]


@dataclass(frozen=True)
class Span:
    text: str
    x: float
    y: float
    font: str  # the base font without the subset tag: "LiberationSerif-Bold"
    size: float

    @property
    def bold(self) -> bool:
        return "Bold" in self.font

    @property
    def italic(self) -> bool:
        return "Italic" in self.font

    @property
    def width(self) -> float:
        """Natural width (justified lines are wider by their word spacing)."""
        return text_width(self.text, self.size, bold=self.bold, italic=self.italic)

    @property
    def centre(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Segment:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: tuple[float, ...]

    @property
    def length(self) -> float:
        return abs(self.x2 - self.x1)

    @property
    def centre(self) -> float:
        return (self.x1 + self.x2) / 2


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    colour: tuple[float, ...]


@dataclass
class Page:
    width: float
    height: float
    text: str
    spans: list[Span] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)
    fonts: list[dict[str, object]] = field(default_factory=list)
    word_spacing: list[float] = field(default_factory=list)

    def find(self, text: str) -> list[Span]:
        return [s for s in self.spans if s.text == text]

    def one(self, text: str) -> Span:
        found = self.find(text)
        assert len(found) == 1, f"{text!r}: {len(found)} spans"
        return found[0]

    def starting(self, prefix: str) -> Span:
        found = [s for s in self.spans if s.text.startswith(prefix)]
        assert found, f"no span starts with {prefix!r}"
        return found[0]


def _spans(page: object) -> list[Span]:
    spans: list[Span] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        content = text.strip()
        if not content or not isinstance(font, dict):
            return
        matrix = _mul(tuple(tm), tuple(cm))  # type: ignore[arg-type]
        x, y = matrix[4], matrix[5]
        name = str(font.get("/BaseFont", "")).lstrip("/").split("+")[-1]
        spans.append(Span(content, x, y, name, size * abs(matrix[3])))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return spans


def _graphics(page: object, reader: PdfReader, out: Page) -> None:
    stream = ContentStream(page.get_contents(), reader)  # type: ignore[attr-defined]
    ctm, stack = IDENTITY, []
    stroke: tuple[float, ...] = (0.0,)
    path: list[tuple[str, list[float]]] = []
    for operands, op in stream.operations:
        args = [float(v) for v in operands if isinstance(v, int | float)]
        match op:
            case b"q":
                stack.append((ctm, stroke))
            case b"Q":
                ctm, stroke = stack.pop()
            case b"cm":
                ctm = _mul(tuple(args), ctm)  # type: ignore[arg-type]
            case b"RG" | b"G":
                stroke = tuple(args)
            case b"Tw":
                out.word_spacing.append(args[0])
            case b"m" | b"l" | b"re":
                path.append((op.decode(), args))
            case b"S" | b"s" | b"B" | b"b":
                _stroke(path, ctm, stroke, out)
                path = []
            case b"n" | b"f" | b"F":
                path = []


def _stroke(path: list[tuple[str, list[float]]], ctm: Matrix, colour: tuple[float, ...],
            out: Page) -> None:  # fmt: skip
    start: tuple[float, float] | None = None
    for kind, args in path:
        if kind == "m":
            start = _apply(ctm, args[0], args[1])
        elif kind == "l" and start is not None:
            end = _apply(ctm, args[0], args[1])
            out.segments.append(Segment(start[0], start[1], end[0], end[1], colour))
            start = end
        elif kind == "re":
            x, y = _apply(ctm, args[0], args[1])
            out.boxes.append(Box(x, y, args[2] * ctm[0], args[3] * ctm[3], colour))


def _fonts(page: object) -> list[dict[str, object]]:
    resources = page["/Resources"]  # type: ignore[index]
    fonts = resources.get("/Font", {})
    out = []
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        out.append(
            {
                "name": str(font.get("/BaseFont", "")),
                "subtype": str(font.get("/Subtype", "")),
                "embedded": any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                "to_unicode": "/ToUnicode" in font,
            }
        )
    return out


def probe(data: bytes) -> list[Page]:
    """Every page of the PDF *data*, measured."""
    register()
    reader = PdfReader(io.BytesIO(data))
    pages = []
    for raw in reader.pages:
        box = raw.mediabox
        page = Page(float(box.width), float(box.height), raw.extract_text())
        page.spans = _spans(raw)
        _graphics(raw, reader, page)
        page.fonts = _fonts(raw)
        pages.append(page)
    return pages
