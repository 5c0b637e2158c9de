"""Periodic reports (báo cáo định kỳ): build one from the registers, preview or export it, issue
it into the register of outgoing documents with the exact data it was built from.

The kinds the screen and the command line offer: the quarterly review report (CV 1337), TT 20
Mẫu 05 for six months or a year, NĐ 331 Mẫu 08. Forms are data (resources/report-forms/, then
the province's folder `resources/report-forms/provinces/<province>/`, then the unit's own
`<database>-report-forms/` beside the database); the version in force on the data cut-off day
is used. See docs/reports.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType
from app.domain.errors import AtttError
from app.domain.unit import Signer
from app.i18n import Msg, Text
from app.reports.build import build_report, period_kind
from app.reports.forms.load import forms_dir, load_forms
from app.reports.forms.model import Form, FormSet
from app.reports.layout import Head, doc_type_of, write_report
from app.reports.model import ReportModel
from app.reports.periods import Period, bounds, current, dmy, period
from app.services.changes import Changes, RegisterKey
from app.services.documents import snapshot as snap
from app.services.documents.messages import FUTURE_DATE
from app.services.documents.printing import archive_of, symbol_for
from app.services.documents.service import default_signer
from app.services.reports.data import REPORT_KEY, frozen, gather
from app.services.reports.province import build_province, province_head

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# Besides the service, what the window needs of app.reports: the computed report and periods.
__all__ = ["ReportModel", "ReportService", "current", "dmy"]

UNKNOWN_KIND = Text(
    "Không có loại báo cáo «{kind}». Các loại: {kinds}.",
    "There is no report kind '{kind}'. Kinds: {kinds}.",
)
NO_FORM = Text(
    "Không có mẫu «{form}» áp dụng cho kỳ {period} (kỳ kết thúc ngày {end}).",
    "No version of the form '{form}' applies to {period} (ending {end}).",
)
NOT_A_REPORT = Text(
    "Văn bản {number} không lưu dữ liệu báo cáo nên không xuất được ra {kind}.",
    "Document {number} keeps no report data, so it cannot be written as {kind}.",
)

ALREADY_ISSUED = Text(
    "{period} đã có báo cáo số {number} ngày {date}: báo cáo này sẽ được ban hành là báo cáo "
    "thay thế báo cáo đó (số mới, trích yếu ghi rõ thay thế)",
    "{period} already has report {number} of {date}: this one will be issued as its "
    "replacement (a new number, the subject saying what it replaces)",
)

NOT_OWN = Text(
    "Báo cáo của «{report}» không ban hành được vào sổ văn bản đi của «{unit}».",
    "The report of '{report}' cannot be issued into the register of '{unit}'.",
)


def replacing(model: ReportModel, before: OutgoingDocument) -> ReportModel:
    """*model* issued in place of *before*: the subject and the first paragraph name it."""
    kind = "Báo cáo" if before.doc_type is DocumentType.BAO_CAO else "Văn bản"
    cited = f"{kind} số {before.full_number} ngày {dmy(before.date)}"
    note = f"Báo cáo này thay thế {cited}."
    return dataclasses.replace(
        model,
        subject=f"{model.subject} (thay thế {cited})",
        body=f"{note}\n\n{model.body}",
    )


@dataclass(frozen=True)
class ReportKind:
    """What the screen and the command line offer: a form, and which periods of it."""

    key: str
    form_id: str
    numbers: tuple[int, ...]  # the quarters or halves to choose from; () for a year
    label: Text


KINDS: tuple[ReportKind, ...] = (
    ReportKind(
        "quarterly",
        "bao-cao-quy",
        (1, 2, 3, 4),
        Text("Báo cáo quý (CĐ 33, CV 1337)", "Quarterly report (CĐ 33, CV 1337)"),
    ),
    ReportKind("mau05-half", "mau05", (1, 2), Text("Mẫu 05 - sáu tháng", "Form 05 - half-year")),
    ReportKind("mau05-year", "mau05", (), Text("Mẫu 05 - năm", "Form 05 - year")),
    ReportKind("mau08", "mau08", (), Text("Mẫu 08 - năm (NĐ 331)", "Form 08 - year (NĐ 331)")),
)
BY_KEY = {k.key: k for k in KINDS}


@dataclass(frozen=True)
class Issued:
    """A report issued into the register: its outgoing document, and what changed."""

    document: OutgoingDocument
    changes: Changes


class ReportService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._forms: tuple[tuple[Path, ...], FormSet] | None = None

    # -- forms -----------------------------------------------------------------------------------
    def form_dirs(self) -> list[Path]:
        """Where forms come from after the bundled ones: the province's, then the unit's."""
        dirs = []
        province = self._ws.settings.get().province
        if province:
            dirs.append(forms_dir() / "provinces" / province)
        dirs.append(self._ws.path.with_name(f"{self._ws.path.stem}-report-forms"))
        return dirs

    def forget_forms(self) -> None:
        """Read the forms again when next needed (a form added to the unit's folder since)."""
        self._forms = None

    def forms(self) -> FormSet:
        dirs = tuple(self.form_dirs())
        if self._forms is None or self._forms[0] != dirs:
            self._forms = (dirs, load_forms(dirs))
        return self._forms[1]

    def kind(self, key: str) -> ReportKind:
        found = BY_KEY.get(key)
        if found is None:
            raise AtttError(UNKNOWN_KIND, kind=key, kinds=", ".join(BY_KEY))
        return found

    def form_for(self, key: str, year: int, number: int = 0) -> Form:
        """The version of the kind's form in force at the end of the period asked for."""
        kind = self.kind(key)
        versions = self.forms().versions(kind.form_id)
        for form in versions:
            _, end = bounds(period_kind(form, number), year, number, form.first_day)
            if form.effective_on(end):
                return form
        latest = versions[0] if versions else None
        which = period_kind(latest, number) if latest else "year"
        first, last = bounds(which, year, number, latest.first_day if latest else None)
        shown = Period(which, year, number, first, last, last).label
        raise AtttError(NO_FORM, form=kind.form_id, period=shown, end=dmy(last))

    # -- building --------------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self._ws.clock.today()

    def build(
        self, key: str, year: int, number: int = 0, *, today: dt.date | None = None
    ) -> ReportModel:
        """The report of the current unit: *key* a kind (KINDS), *number* the quarter or half."""
        day = today or self.today()
        form = self.form_for(key, year, number)
        made = period(period_kind(form, number), year, number, today=day, first_day=form.first_day)
        unit = self._ws.documents.unit()
        return build_report(form, gather(self._ws, unit), made, day)

    def build_province(
        self, key: str, year: int, number: int = 0, *, today: dt.date | None = None
    ) -> ReportModel:
        """The province's report: the sum of the reports of every unit of the database
        (app.services.reports.province; docs/reports.md, "The province's report")."""
        day = today or self.today()
        form = self.form_for(key, year, number)
        made = period(period_kind(form, number), year, number, today=day, first_day=form.first_day)
        return build_province(self._ws, form, made, day)

    def draft_head(self, model: ReportModel) -> Head:
        """Header of a report not yet issued: no number or day, the form's default signer."""
        unit = self._ws.documents.unit()
        if model.unit.name != unit.name:  # the province's report made in a database of its units
            unit = province_head(self._ws)
        signer = default_signer(unit, model.signer) or Signer(name="", title="", authority="")
        return Head(
            symbol=symbol_for(unit.doc_symbol, doc_type_of(model)),
            authority=signer.authority,
            signer_title=signer.title,
            signer_name=signer.name,
            archive=archive_of(unit),
        )

    def write(self, model: ReportModel, path: Path) -> Path:
        """Preview or export a report not yet issued (PDF, DOCX or XLSX by the extension); a
        PDF carries the empty signature field, as documents' PDFs do."""
        return write_report(model, self.draft_head(model), path, signable=True)

    # -- the register ----------------------------------------------------------------------------
    def earlier(self, model: ReportModel) -> OutgoingDocument | None:
        """The newest issued report of *model*'s form for the same period, if any."""
        same = []
        for doc in self.issued():
            kept = frozen(doc) if doc.template == model.form_id else None
            period = kept.model.period if kept is not None else None
            if period is not None and (period.kind, period.year, period.number) == (
                model.period.kind,
                model.period.year,
                model.period.number,
            ):
                same.append(doc)
        return max(same, key=lambda d: (d.date or dt.date.min, d.number or 0), default=None)

    def issue_warnings(self, model: ReportModel, on: dt.date | None = None) -> list[Msg]:
        """What issuing *model* on *on* would do that a person should confirm first (not a
        refusal): a date after today; a period that already has an issued report (this one
        then replaces it)."""
        day, today = on or self.today(), self.today()
        found: list[Msg] = []
        if day > today:
            found.append(FUTURE_DATE.with_(day=dmy(day), today=dmy(today)))
        before = self.earlier(model)
        if before is not None:
            period = model.period.label
            found.append(
                ALREADY_ISSUED.with_(
                    period=period[:1].upper() + period[1:],
                    number=before.full_number,
                    date=dmy(before.date),
                )
            )
        return found

    def issue(
        self, model: ReportModel, *, on: dt.date | None = None, signer: Signer | str | None = None
    ) -> Issued:
        """Put the report into the register of outgoing documents and sign it: it takes the
        unit's next number of the year, and its snapshot keeps *model*, the exact data it was
        built from. A failure leaves nothing behind. When the period already has an issued
        report, this one replaces it: its subject says so ("thay thế Báo cáo số 12/BC-UBND
        ngày 05/10/2026"), and so does its first paragraph."""
        before = self.earlier(model)
        if before is not None:
            model = replacing(model, before)
        unit = self._ws.documents.unit()
        if model.unit.name != unit.name:
            raise AtttError(NOT_OWN, report=model.unit.name, unit=unit.name)
        doc_type = doc_type_of(model)
        who = default_signer(unit, model.signer)
        moment = self._ws.clock.utc()
        draft = OutgoingDocument(
            unit_id=unit.id,
            doc_type=doc_type,
            template=model.form_id,
            symbol=symbol_for(unit.doc_symbol, doc_type),
            subject=model.subject,
            recipients=model.recipients,
            copies_to=model.copies,
            signer_name=who.name if who else "",
            signer_title=who.title if who else "",
            authority=who.authority if who else "",
            body=model.body,
            snapshot=snap.draft_snapshot(model.form_id, {REPORT_KEY: model.to_json()}, moment),
            notes=f"{model.form_title}, {model.period.label} (số liệu {model.period.span}).",
        )
        saved: OutgoingDocument = self._ws.records.save(draft).record
        try:
            document = self._ws.documents.issue(saved.id, date=on or self.today(), signer=signer)
        except BaseException:
            self._ws.records.delete("documents", saved.id)
            raise
        return Issued(document, Changes.of(RegisterKey.DOCUMENTS))

    def issued(self) -> list[OutgoingDocument]:
        """The current unit's issued periodic reports, newest first."""
        forms = {k.form_id for k in KINDS}
        unit = self._ws.documents.unit()
        docs: list[OutgoingDocument] = self._ws.records.find(OutgoingDocument, unit_id=unit.id)
        return [d for d in docs if d.state.issued and d.template in forms]

    def issued_model(self, doc_id: str) -> ReportModel | None:
        kept = frozen(self._ws.documents.get(doc_id))
        return None if kept is None else kept.model

    def write_issued(self, doc_id: str, path: Path) -> Path:
        """An issued report again, from its snapshot alone: the same pages, whatever happened to
        the records since. A report the register holds without report data (entered by hand)
        prints as the register prints it (PDF or DOCX only)."""
        doc = self._ws.documents.get(doc_id)
        kept = frozen(doc)
        if kept is None:
            if path.suffix.lower() == ".xlsx":
                raise AtttError(NOT_A_REPORT, number=doc.full_number, kind="XLSX")
            return self._ws.documents.render(doc_id, path)
        return write_report(kept.model, kept.head, path, body=kept.body, signable=True)
