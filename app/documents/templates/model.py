"""What a document template is once loaded: its header fields, its texts, and the named
bodies (recipients, legal bases) that change with time.

See docs/templates.md for the file format. Everything here is plain frozen data; the language
of the texts is in :mod:`app.documents.templates.engine`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from app.documents.templates.syntax import Program
from app.domain.enums import DocumentType, Urgency
from app.domain.errors import AtttError
from app.i18n import DEFAULT_LANG, Text

NEEDS = ("", "incident", "system")  # what a template is filled from, beside the unit
APPLIES_ON = ("", "incident")  # a named text's date: the document's, or its incident's detection
SIGNERS = ("deputy", "head")  # who signs by default: a deputy (KT.) or the head


def _escape(value: str) -> str:
    return value.replace("{", "{{").replace("}", "}}")


class TemplateError(AtttError):
    """A template that cannot be loaded or filled, naming the file, the template, the field and
    the line, in Vietnamese and English."""

    def __init__(
        self,
        path: Path | str,
        problem: Text,
        *,
        template: str = "",
        field: str = "",
        line: int = 0,
    ) -> None:
        self.path = Path(path)
        self.template = template
        self.field = field
        self.line = line
        self.problem = problem
        vi = f"Tệp mẫu văn bản «{self.path.name}»"
        en = f"Template file '{self.path.name}'"
        if template:
            vi += f", mẫu «{template}»"
            en += f", template '{template}'"
        if field:
            vi += f", trường «{field}»"
            en += f", field '{field}'"
        if line:
            vi += f", dòng {line}"
            en += f", line {line}"
        vi += f": {problem.get('vi')}"
        en += f": {problem.get('en')}"
        super().__init__(Text(_escape(vi), _escape(en)))

    def message(self, lang: str = DEFAULT_LANG) -> str:
        return self.text.format(lang)


@dataclass(frozen=True)
class NameEntry:
    """One version of a named text: `cong-an-tinh` from 01/03/2025 is "Công an {unit.province}
    (Phòng An ninh mạng …)". Either end of the period may be open."""

    key: str
    text: Program
    source: str
    path: Path
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    applies_on: str = ""  # "incident": the version in force when the incident was detected

    def effective_on(self, day: dt.date) -> bool:
        starts = self.effective_from is None or self.effective_from <= day
        return starts and (self.effective_to is None or day <= self.effective_to)


@dataclass(frozen=True)
class Template:
    """One template file: what kind of document it makes and the texts that fill it."""

    id: str
    title: Text
    source: str
    doc_type: DocumentType
    subject: Program
    body: Program
    path: Path
    needs: str = ""
    urgency: Urgency = Urgency.THUONG
    signer: str = "deputy"
    recipients: tuple[Program, ...] = ()
    copies: tuple[Program, ...] = ()
    notes: Program | None = None
    body_line: int = 1  # the line of the file where the body starts (for messages)

    @property
    def roots(self) -> frozenset[str]:
        """The values the template reads (named texts read `unit` too)."""
        programs = (self.subject, self.body, *self.recipients, *self.copies)
        found = {"unit", "date"}
        for program in (*programs, *((self.notes,) if self.notes else ())):
            found |= program.roots
        return frozenset(found)


@dataclass(frozen=True)
class TemplateSet:
    """The templates and named texts of every folder, later folders replacing earlier ones."""

    templates: dict[str, Template] = field(default_factory=dict)
    names: dict[str, tuple[NameEntry, ...]] = field(default_factory=dict)

    def name_on(
        self, key: str, day: dt.date, dates: Mapping[str, dt.date] | None = None
    ) -> NameEntry | None:
        """The version of the named text *key* in force on *day*, or on the date its versions
        apply on (`dates["incident"]`, the incident's detection) when that date is known."""
        entries = self.names.get(key, ())
        if entries and entries[0].applies_on and dates and entries[0].applies_on in dates:
            day = dates[entries[0].applies_on]
        return next((e for e in entries if e.effective_on(day)), None)


@dataclass(frozen=True)
class Filled:
    """A template filled from the records: what a new draft of the register holds."""

    template: str
    doc_type: DocumentType
    subject: str
    urgency: Urgency
    recipients: tuple[str, ...]
    copies_to: tuple[str, ...]
    body: str
    notes: str
