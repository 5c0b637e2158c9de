"""Finding things for the register of outgoing documents: the current unit, a document by its
id or its number (`07/UBND-VHXH`, `07` with a year), an incident by its code, a system by its
name; what a person types on the command line or in a search box."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.domain.text import fold
from app.domain.unit import Unit
from app.services.documents.messages import (
    AMBIGUOUS,
    NO_INCIDENT,
    NO_NUMBER,
    NO_SYSTEM,
)
from app.services.records.service import NO_UNIT

if TYPE_CHECKING:
    from app.services.workspace import Workspace

_NUMBER = re.compile(r"^\s*(\d{1,6})\s*(?:/\s*(\S+))?\s*$")


class DocumentLookup:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def unit(self) -> Unit:
        """The unit documents are drafted for (the current one)."""
        unit = self._ws.records.current_unit()
        if unit is None:
            raise AtttError(NO_UNIT)
        return unit

    def get(self, doc_id: str) -> OutgoingDocument:
        found: OutgoingDocument = self._ws.records.get(OutgoingDocument, doc_id)
        return found

    def documents(self, year: int | None = None) -> list[OutgoingDocument]:
        """The current unit's documents, newest first; with *year*, those numbered in that year
        and the drafts created in it."""
        docs: list[OutgoingDocument] = self._ws.records.find(
            OutgoingDocument, unit_id=self.unit().id
        )
        if year is None:
            return docs
        return [
            d
            for d in docs
            if d.year == year
            or (d.year is None and d.created_at is not None and d.created_at.year == year)
        ]

    def issued(self, year: int) -> list[OutgoingDocument]:
        return [d for d in self.documents(year) if d.state.issued and d.year == year]

    def find(self, text: str, *, year: int | None = None) -> OutgoingDocument:
        """A document by its id, by `07/UBND-VHXH`, or by `07` (with *year* when several years
        have a 07)."""
        docs = self.documents()
        by_id = next((d for d in docs if d.id == text.strip()), None)
        if by_id is not None:
            return by_id
        match = _NUMBER.match(text)
        found: list[OutgoingDocument] = []
        if match:
            number, symbol = int(match.group(1)), (match.group(2) or "").upper()
            found = [
                d
                for d in docs
                if d.number == number
                and (not symbol or d.symbol.upper() == symbol)
                and (year is None or d.year == year)
            ]
        if not found:
            where = f" ({year})" if year is not None else ""
            raise AtttError(NO_NUMBER, number=text, year=where)
        if len(found) > 1:
            shown = ", ".join(f"{d.full_number} ({d.year})" for d in found)
            raise AtttError(AMBIGUOUS, number=text, found=shown)
        return found[0]

    def incident_id(self, code: str) -> str:
        """The id of the current unit's incident with *code* (`SC-2026-014`) or id."""
        wanted = code.strip()
        for incident in self._ws.records.find(Incident, unit_id=self.unit().id):
            if (
                wanted in (incident.id, incident.code)
                or incident.code.casefold() == wanted.casefold()
            ):
                return str(incident.id)
        raise AtttError(NO_INCIDENT, code=code)

    def system_id(self, name: str) -> str:
        """The id of the current unit's system with that id, that exact name, or the one system
        whose name contains the words typed (diacritics folded)."""
        systems = self._ws.records.find(InfoSystem, unit_id=self.unit().id)
        wanted = name.strip()
        exact = [s for s in systems if wanted in (s.id, s.name)]
        matching = exact or [s for s in systems if fold(wanted) in fold(s.name)]
        if len(matching) != 1:
            raise AtttError(NO_SYSTEM, name=name)
        return str(matching[0].id)
