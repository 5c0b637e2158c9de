"""Rendered samples, once per test session (rendering takes a few tenths of a second)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from docx import Document as open_docx

from app.documents.docx.render import render_docx
from app.documents.layout import Document
from app.documents.pdf.render import render_pdf
from tests.integration.documents.pdfprobe import Page, probe
from tests.integration.documents.samples import SAMPLES

_PDF: dict[str, bytes] = {}


def pdf_bytes(name: str) -> bytes:
    if name not in _PDF:
        _PDF[name] = render_pdf(SAMPLES[name](), invariant=True)
    return _PDF[name]


@pytest.fixture(scope="session")
def pdf_pages() -> Callable[[str], list[Page]]:
    cache: dict[str, list[Page]] = {}

    def get(name: str) -> list[Page]:
        if name not in cache:
            cache[name] = probe(pdf_bytes(name))
        return cache[name]

    return get


@pytest.fixture(scope="session")
def docx_file() -> Callable[[str], object]:
    cache: dict[str, object] = {}

    def get(name: str) -> object:
        if name not in cache:
            cache[name] = open_docx(io.BytesIO(render_docx(SAMPLES[name]())))
        return cache[name]

    return get


@pytest.fixture(scope="session")
def sample() -> Callable[[str], Document]:
    return lambda name: SAMPLES[name]()
