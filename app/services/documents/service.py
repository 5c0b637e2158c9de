"""The register of outgoing documents (sổ văn bản đi): drafts from templates, numbering,
signing, sending, the signed scan, printing, and the register itself.

States run nháp → trình ký → đã ký → đã gửi. A document takes its number when it is signed
(NĐ 30/2020 Đ15): one sequence per unit per calendar year for every type of document, from 01
on 1 January. Its symbol comes from the unit's symbol and the type (`symbol_for`). Once signed
it is frozen (documents_snapshot.py): it prints from its snapshot alone and refuses edits; a
correction is a new document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from app.documents.templates import Template, TemplateSet, fill, load_templates
from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, SendChannel
from app.domain.errors import NOT_FOUND, AtttError
from app.domain.history import ended_on
from app.domain.incidents import Incident
from app.domain.readiness import Gap, gaps
from app.domain.registry import BY_KEY
from app.domain.unit import Signer, Unit
from app.i18n import Msg, Text, joined
from app.services.documents import snapshot as snap
from app.services.documents.messages import (
    ACTION_ISSUE,
    ACTION_SUBMIT,
    EARLIER,
    ENDED_RECIPIENT,
    EVENT_PASSED,
    FUTURE_DATE,
    ISSUED_ALREADY,
    NEEDED,
    NEEDS,
    NO_SCAN_FILE,
    NO_SIGNER,
    NOT_ISSUED,
    NUMBER_TAKEN,
    SCAN_TOO_BIG,
    SENT_EARLY,
    SKIPS_SUBMISSION,
    UNFINISHED,
    UNKNOWN_TEMPLATE,
    WRONG_STATE,
    label,
)
from app.services.documents.printing import DocumentPrinting, archive_of, symbol_for
from app.services.documents.read import gather_values
from app.storage import repository as repo
from app.storage.files import write_atomic
from app.storage.tables import TABLES

if TYPE_CHECKING:
    from app.services.workspace import Workspace

SCANS_DIR = "van-ban-di"


class UnfinishedDocument(AtttError):
    """A draft that still holds a placeholder or misses a field; `gaps` says where."""

    def __init__(self, doc: OutgoingDocument, action: Text, found: list[Gap]) -> None:
        self.gaps = found
        listed = Text(
            "; ".join(g.message("vi") for g in found), "; ".join(g.message("en") for g in found)
        )
        super().__init__(
            UNFINISHED, subject=doc.subject[:80], action=action, count=len(found), gaps=listed
        )


def _refuse_unfinished(doc: OutgoingDocument, action: Text) -> None:
    found = gaps(doc)
    if found:
        raise UnfinishedDocument(doc, action, found)


def _refuse_ended(doc: OutgoingDocument, day: dt.date) -> None:
    """A letter dated *day* never addresses a body that had ended by then (app.domain.history)."""
    ended = [e for e in (ended_on(n, day) for n in (*doc.recipients, *doc.copies_to)) if e]
    if ended:
        bodies = joined(e.why for e in ended)
        raise AtttError(ENDED_RECIPIENT, day=screen_date(day), bodies=bodies)


def current_bodies(names: tuple[str, ...], day: dt.date) -> tuple[str, ...]:
    """*names* without the bodies that had ended by *day*."""
    return tuple(n for n in names if ended_on(n, day) is None)


def default_signer(unit: Unit, kind: str) -> Signer | None:
    """The unit's first deputy (signing `KT.`) or its head, as the template asks."""
    deputies = [s for s in unit.signers if "KT." in s.authority.upper()]
    heads = [s for s in unit.signers if s not in deputies]
    chosen = (deputies if kind == "deputy" else heads) or list(unit.signers)
    return chosen[0] if chosen else None


class DocumentService(DocumentPrinting):
    def __init__(self, ws: Workspace) -> None:
        super().__init__(ws)
        self._templates: TemplateSet | None = None

    # -- templates ---------------------------------------------------------------------------
    def template_dirs(self) -> list[Path]:
        """The unit's own templates: `<database>-templates/` beside the database file."""
        return [self._ws.path.with_name(f"{self._ws.path.stem}-templates")]

    def templates(self, *, reload: bool = False) -> TemplateSet:
        if self._templates is None or reload:
            self._templates = load_templates(self.template_dirs())
        return self._templates

    def available(self) -> list[Template]:
        return sorted(self.templates().templates.values(), key=lambda t: t.id)

    def template(self, template_id: str) -> Template:
        found = self.templates().templates.get(template_id)
        if found is None:
            names = ", ".join(t.id for t in self.available())
            raise AtttError(UNKNOWN_TEMPLATE, template=template_id, names=names)
        return found

    # -- drafts ------------------------------------------------------------------------------
    def new_document(
        self,
        template: str,
        *,
        incident_id: str | None = None,
        system_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> OutgoingDocument:
        """A draft (nháp, no number) filled from the records as they are at *at* (now)."""
        draft = self.drafted(template, incident_id=incident_id, system_id=system_id, at=at)
        with self._ws.transaction() as conn:
            saved: OutgoingDocument = self._ws.records.save_in(conn, draft)
        return saved

    def drafted(
        self,
        template: str,
        *,
        incident_id: str | None = None,
        system_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> OutgoingDocument:
        """The draft `new_document` would save, not saved."""
        form = self.template(template)
        moment = at or self._ws.clock.local()
        wanted = {"incident": incident_id, "system": system_id}.get(form.needs, "-")
        if not wanted:
            raise AtttError(NEEDS, template=form.id, what=NEEDED[form.needs], option=form.needs)
        unit = self.unit()
        values = gather_values(
            self._ws, unit, form.roots, incident_id=incident_id, system_id=system_id, at=moment
        )
        dates = {}
        if incident_id:
            incident = self._ws.records.get(Incident, incident_id)
            if incident.detected_at is not None:
                dates["incident"] = incident.detected_at.date()
        filled = fill(self.templates(), form, values, moment.date(), dates=dates)
        signer = default_signer(unit, form.signer)
        draft = OutgoingDocument(
            unit_id=unit.id,
            doc_type=filled.doc_type,
            template=form.id,
            symbol=symbol_for(unit.doc_symbol, filled.doc_type),
            subject=filled.subject,
            urgency=filled.urgency,
            recipients=current_bodies(filled.recipients, moment.date()),
            copies_to=current_bodies(filled.copies_to, moment.date()),
            signer_name=signer.name if signer else "",
            signer_title=signer.title if signer else "",
            authority=signer.authority if signer else "",
            incident_id=incident_id,
            system_id=system_id,
            body=filled.body,
            snapshot=snap.draft_snapshot(form.id, values, moment),
            notes=filled.notes,
        )
        return draft

    def update_draft(self, doc: OutgoingDocument) -> OutgoingDocument:
        """Save the officer's edits of a draft (or of one submitted for signature). The number,
        date, state and snapshot stay the register's."""
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc.id)
            if stored.state.issued:
                raise AtttError(ISSUED_ALREADY, number=stored.full_number)
            unit = self._unit_in(conn, stored.unit_id)
            edited = dataclasses.replace(
                doc,
                unit_id=stored.unit_id,
                state=stored.state,
                number=None,
                year=None,
                date=None,
                symbol=symbol_for(unit.doc_symbol, doc.doc_type),
                snapshot=stored.snapshot,
                sent_date=None,
                received_date=None,
                signed_scan="",
            )
            saved: OutgoingDocument = self._ws.records.save_in(conn, edited)
        return saved

    def submit(self, doc_id: str) -> OutgoingDocument:
        """Nháp → trình ký; refused while the draft holds a placeholder or misses a field."""
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc_id)
            if stored.state is DocumentState.NHAP:  # (any other state is refused as such)
                _refuse_unfinished(stored, ACTION_SUBMIT)
        return self._move(doc_id, (DocumentState.NHAP,), DocumentState.TRINH_KY)

    # -- signing and sending -----------------------------------------------------------------
    def issue(
        self,
        doc_id: str,
        *,
        date: dt.date | None = None,
        signer: Signer | str | None = None,
        number: int | None = None,
    ) -> OutgoingDocument:
        """Signed (đã ký): the number, the symbol, the date (today by default), the signer (by
        name among the unit's signers), and the snapshot.

        *number* is the one the office's văn thư gives from the outgoing register (which may
        hold documents this app never saw): any number not yet given in that year, gaps
        allowed. Without it, the next after the year's highest is proposed. A draft that still
        holds a template placeholder or misses a field is refused, naming each one."""
        day = date or self._ws.clock.today()
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc_id)
            if stored.state.issued:
                raise AtttError(ISSUED_ALREADY, number=stored.full_number)
            _refuse_unfinished(stored, ACTION_ISSUE)
            _refuse_ended(stored, day)
            unit = self._unit_in(conn, stored.unit_id)
            if number is None:
                number, last_day = self._sequence(conn, unit.id, day.year)
                if last_day is not None and day < last_day:
                    raise AtttError(EARLIER, day=screen_date(day), last=screen_date(last_day))
            else:
                self._refuse_taken(conn, unit.id, day.year, number)
            who = self._signer(unit, stored, signer)
            record = dataclasses.replace(
                stored,
                number=number,
                year=day.year,
                date=day,
                symbol=symbol_for(unit.doc_symbol, stored.doc_type),
                signer_name=who.name,
                signer_title=who.title,
                authority=who.authority,
                state=DocumentState.DA_KY,
            )
            frozen = snap.issued_snapshot(record, unit, archive_of(unit), self._ws.clock.local())
            saved: OutgoingDocument = self._ws.records.save_in(
                conn, dataclasses.replace(record, snapshot=frozen)
            )
        return saved

    def issue_warnings(self, doc_id: str, day: dt.date | None = None) -> list[Msg]:
        """What issuing *doc_id* on *day* would do that a person should confirm first (not a
        refusal): a date of issue after today; a draft issued without `trình ký` where the
        unit's settings require that step; a plan for an event that ended before the date of
        issue (a holiday duty plan issued after the holiday)."""
        day = day or self._ws.clock.today()
        today = self._ws.clock.today()
        found: list[Msg] = []
        if day > today:
            found.append(FUTURE_DATE.with_(day=screen_date(day), today=screen_date(today)))
        doc = self.get(doc_id)
        if doc.state is DocumentState.NHAP and self._ws.settings.get().require_submission:
            found.append(SKIPS_SUBMISSION.with_())
        event = _event_end(doc)
        if event is not None and event[1] < day:
            occasion, last = event
            found.append(
                EVENT_PASSED.with_(occasion=occasion, last=screen_date(last), day=screen_date(day))
            )
        return found

    def next_number(self, unit_id: str, year: int) -> int:
        """The number proposed for the next document of the unit's year."""
        with self._ws.transaction() as conn:
            return self._sequence(conn, unit_id, year)[0]

    def mark_sent(
        self, doc_id: str, channel: SendChannel, sent_date: dt.date | None = None
    ) -> OutgoingDocument:
        """Đã ký → đã gửi, by *channel*, on *sent_date* (today by default)."""
        day = sent_date or self._ws.clock.today()
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc_id)
            if not stored.state.issued:
                raise AtttError(NOT_ISSUED, subject=stored.subject)
            if stored.date and day < stored.date:
                raise AtttError(SENT_EARLY, number=stored.full_number)
            record = dataclasses.replace(
                stored, state=DocumentState.DA_GUI, channel=channel, sent_date=day
            )
            saved: OutgoingDocument = self._ws.records.save_in(conn, record)
        return saved

    def attach_signed_scan(self, doc_id: str, path: Path) -> OutgoingDocument:
        """Copy the scan of the signed paper (or the digitally signed file) into the database's
        files folder, named by number and SHA-256: `van-ban-di/2026/12-BC-UBND.<sha256>.pdf`."""
        source = Path(path).expanduser()
        if not source.is_file():
            raise AtttError(NO_SCAN_FILE, path=source)
        data = source.read_bytes()
        limit = self._ws.settings.get().evidence_limit_mb
        if len(data) > limit * 1024 * 1024:
            raise AtttError(SCAN_TOO_BIG, path=source, limit=limit)
        digest = hashlib.sha256(data).hexdigest()
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc_id)
            if not stored.state.issued or stored.number is None:
                raise AtttError(NOT_ISSUED, subject=stored.subject)
            name = f"{stored.number:02d}-{stored.symbol}.{digest}{source.suffix.lower()}"
            relative = Path(SCANS_DIR) / str(stored.year) / name
            write_atomic(self._ws.files_dir / relative, data)
            record = dataclasses.replace(stored, signed_scan=relative.as_posix())
            saved: OutgoingDocument = self._ws.records.save_in(conn, record)
        return saved

    # -- inside a transaction ----------------------------------------------------------------
    def _stored(self, conn: Connection, doc_id: str) -> OutgoingDocument:
        kind = BY_KEY["documents"]
        found = repo.get(conn, kind, doc_id)
        if not isinstance(found, OutgoingDocument):
            raise AtttError(NOT_FOUND, what=kind.singular, id=doc_id)
        return found

    def _unit_in(self, conn: Connection, unit_id: str) -> Unit:
        found = repo.get(conn, BY_KEY["units"], unit_id)
        if not isinstance(found, Unit):
            raise AtttError(NOT_FOUND, what=BY_KEY["units"].singular, id=unit_id)
        return found

    def _sequence(self, conn: Connection, unit_id: str, year: int) -> tuple[int, dt.date | None]:
        """The next number of the unit's year and the date of the last one issued."""
        table = TABLES["documents"]
        row = conn.execute(
            select(func.max(table.c.number), func.max(table.c.date)).where(
                table.c.unit_id == unit_id, table.c.year == year, table.c.number.is_not(None)
            )
        ).one()
        last = row[1]
        if isinstance(last, str):
            last = dt.date.fromisoformat(last)
        return (row[0] or 0) + 1, last

    def _refuse_taken(self, conn: Connection, unit_id: str, year: int, number: int) -> None:
        table = TABLES["documents"]
        row = conn.execute(
            select(table.c.number, table.c.symbol, table.c.date).where(
                table.c.unit_id == unit_id, table.c.year == year, table.c.number == number
            )
        ).first()
        if row is not None:
            taken = f"{row[0]:02d}/{row[1]}" if row[1] else f"{row[0]:02d}"
            day = row[2] if isinstance(row[2], dt.date) else dt.date.fromisoformat(str(row[2]))
            raise AtttError(
                NUMBER_TAKEN, number=number, year=year, taken=taken, day=screen_date(day)
            )

    def _signer(self, unit: Unit, stored: OutgoingDocument, signer: Signer | str | None) -> Signer:
        if isinstance(signer, Signer):
            return signer
        name = signer if signer is not None else stored.signer_name
        found = next((s for s in unit.signers if s.name == name), None)
        if found is None and signer is None and stored.signer_name:
            return Signer(
                name=stored.signer_name, title=stored.signer_title, authority=stored.authority
            )
        if found is None:
            names = ", ".join(s.name for s in unit.signers) or "—"
            raise AtttError(NO_SIGNER, name=name or "—", names=names)
        return found

    def _move(
        self, doc_id: str, allowed: tuple[DocumentState, ...], to: DocumentState
    ) -> OutgoingDocument:
        with self._ws.transaction() as conn:
            stored = self._stored(conn, doc_id)
            if stored.state not in allowed:
                raise AtttError(WRONG_STATE, state=label(stored.state), to=label(to))
            saved: OutgoingDocument = self._ws.records.save_in(
                conn, dataclasses.replace(stored, state=to)
            )
        return saved


def _event_end(doc: OutgoingDocument) -> tuple[str, dt.date] | None:
    """The occasion a plan is for and its last day, from the values the draft was filled
    from (the duty plan's roster); None for a document that is not for an event."""
    try:
        roster = snap.read(doc.snapshot).get("values", {}).get("roster")
    except ValueError:
        return None
    if not isinstance(roster, dict) or not roster.get("exists"):
        return None
    try:
        last = dt.datetime.strptime(str(roster.get("last", "")), "%d/%m/%Y").date()
    except ValueError:
        return None
    return str(roster.get("occasion", "")), last
