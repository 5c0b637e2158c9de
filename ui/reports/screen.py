"""The periodic reports screen (Báo cáo định kỳ): make a report, preview it, issue it into the
register of outgoing documents, export it; and the reports already issued.

Two tabs. "Lập báo cáo": the kind (quarterly, Mẫu 05 for six months or a year, Mẫu 08) and the
period; Preview builds the report and renders its PDF on a worker, then shows the pages with
QtPdf (a QPdfView paints the white page itself, gotcha G15); Issue numbers and freezes it;
Export writes PDF, XLSX or DOCX where the user says. "Đã ban hành": the issued reports, from the
outgoing documents register; Enter or a double-click shows one again from its frozen data.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType
from app.domain.errors import AtttError
from app.i18n import Msg
from app.services.reports.service import KINDS, Issued, ReportModel, current, dmy
from app.services.settings.maintenance import temp_folder
from ui.common.dialogs import confirm_items
from ui.common.folders import file_stem, remember, suggested
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.registers.panel import panel_for
from ui.registers.screen import RegisterScreen
from ui.reports.view import ReportsView

REPORT_FORMS = frozenset(k.form_id for k in KINDS)


def is_periodic_report(record: Any) -> bool:
    """An issued report (signed or sent) that is not an incident's own report: a named report,
    or a document made from a periodic report form (Mẫu 08 is a công văn)."""
    return (
        isinstance(record, OutgoingDocument)
        and record.state.issued
        and (
            (record.doc_type is DocumentType.BAO_CAO and not record.incident_id)
            or record.template in REPORT_FORMS
        )
    )


def _numbers(key: str) -> list[tuple[str, int]]:
    if key == "quarterly":
        return [(fill(tr("Reports", "Quarter %1"), n), n) for n in (1, 2, 3, 4)]
    if key == "mau05-half":
        return [(tr("Reports", "First six months"), 1), (tr("Reports", "Last six months"), 2)]
    return []


class ReportsScreen(RegisterScreen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        panel = panel_for(ctx, "documents", keep=is_periodic_report)
        super().__init__(ctx, key, [panel], parent)
        self.view = ReportsView()
        self.add_page(self.view, tr("Reports", "Make a report"), 0, tr("Reports", "Issued"))
        panel.open_forms = False
        panel.activated.connect(self._on_issued_activated)
        self.model: ReportModel | None = None
        self._folder = temp_folder("bao-cao")
        self._previews = 0
        # Asked before issuing; a test answers it without a dialog.
        self.confirm: Callable[[str], bool] = self._ask
        self.confirm_warnings: Callable[[list[str]], bool] = self._ask_warnings
        v = self.view
        for kind in KINDS:
            v.kind.addItem(kind.label.get(ctx.lang), kind.key)
        year, number = current("quarter", ctx.ws.reports.today())
        v.year.setValue(year)
        v.kind.currentIndexChanged.connect(self._on_kind_changed)
        v.year.valueChanged.connect(self._forget)
        v.number.currentIndexChanged.connect(self._forget)
        v.preview_button.clicked.connect(self.preview)
        v.issue_button.clicked.connect(self.issue)
        v.pdf_button.clicked.connect(partial(self._on_export_clicked, ".pdf"))
        v.xlsx_button.clicked.connect(partial(self._on_export_clicked, ".xlsx"))
        v.docx_button.clicked.connect(partial(self._on_export_clicked, ".docx"))
        self._on_kind_changed()
        v.number.setCurrentIndex(max(0, number - 1))
        v.set_ready(False)
        self.destroyed.connect(self._folder.cleanup)

    # -- choosing ----------------------------------------------------------------------------
    def choose(self, key: str, year: int, number: int = 0) -> None:
        """Select a kind and a period, as the user would."""
        v = self.view
        v.kind.setCurrentIndex(v.kind.findData(key))
        v.year.setValue(year)
        if number:
            v.number.setCurrentIndex(v.number.findData(number))

    def chosen(self) -> tuple[str, int, int]:
        v = self.view
        number = v.number.currentData() if v.number.count() else 0
        return str(v.kind.currentData()), v.year.value(), int(number or 0)

    @Slot()
    def _on_kind_changed(self) -> None:
        v = self.view
        v.number.blockSignals(True)
        v.number.clear()
        for label, number in _numbers(str(v.kind.currentData())):
            v.number.addItem(label, number)
        v.number.blockSignals(False)
        has_numbers = v.number.count() > 0
        v.number.setVisible(has_numbers)
        v.number_label.setVisible(has_numbers)
        self._forget()

    @Slot()
    def _forget(self) -> None:
        """The choice changed: the report on show is not the one chosen any more."""
        self.model = None
        self.view.set_ready(False)

    # -- preview (built and rendered on a worker) --------------------------------------------
    def _render(self, key: str, year: int, number: int, path: Path) -> ReportModel:
        reports = self.ctx.ws.reports
        model = reports.build(key, year, number)
        reports.write(model, path)
        return model

    @Slot()
    def preview(self) -> None:
        key, year, number = self.chosen()
        self._previews += 1
        path = Path(self._folder.name) / f"xem-truoc-{self._previews}.pdf"
        self.view.set_ready(False, busy=True)
        self.view.set_status(tr("Reports", "Counting the registers and laying out the report…"))
        self.ctx.runner.query(
            partial(self._render, key, year, number, path),
            on_done=partial(self._previewed, path),
            on_error=self._failed,
            owner=self,
        )

    def _previewed(self, path: Path, model: ReportModel) -> None:
        self.model = model
        self._show_pdf(path)
        f = model.facts
        self.view.set_status(
            fill(
                tr("Reports", "%1, %2 (data %3): %4 systems, %5 new incidents, %6 still open."),
                model.form_title,
                model.period.label,
                model.period.span,
                f.get("systems", 0),
                f.get("incidents_new", 0),
                f.get("incidents_open_end", 0),
            )
        )
        self.view.set_ready(True)

    def _show_pdf(self, path: Path) -> None:
        document = self.view.document
        document.close()
        document.load(str(path))
        self.view.pdf.setDocument(document)

    # -- issuing -----------------------------------------------------------------------------
    def _ask_warnings(self, warnings: list[str]) -> bool:
        return confirm_items(
            self,
            tr("Reports", "Issue the report"),
            tr("Reports", "Please confirm before issuing:"),
            warnings,
            tr("Reports", "Issue anyway"),
        )

    def _ask(self, subject: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Reports", "Issue the report"),
            fill(
                tr(
                    "Reports",
                    "Issue “%1” into the outgoing documents register? It takes the next number "
                    "of the year and can no longer be changed.",
                ),
                subject,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def issue(self) -> None:
        model = self.model
        if model is None or not self.confirm(model.subject):
            return
        self.ctx.runner.query(
            partial(self.ctx.ws.reports.issue_warnings, model),
            on_done=partial(self._issue_if_confirmed, model),
            owner=self,
        )

    def _issue_if_confirmed(self, model: ReportModel, found: list[Msg]) -> None:
        """A period that already has a report, or a date after today, is said and confirmed
        first; declining changes nothing."""
        if found and not self.confirm_warnings([w.get(self.ctx.lang) for w in found]):
            self.view.set_status(tr("Reports", "Not issued: nothing changed."))
            return
        self.view.set_ready(False, busy=True)
        self.ctx.runner.command(
            partial(self.ctx.ws.reports.issue, model),
            on_done=self._issued,
            on_error=self._failed,
            owner=self,
            initiator=self,
        )

    def _issued(self, issued: Issued) -> None:
        doc = issued.document
        self.view.set_status(
            fill(
                tr("Reports", "Issued as no. %1 of %2, signed by %3."),
                doc.full_number,
                dmy(doc.date),
                doc.signer_name,
            )
        )
        self.view.set_ready(True)
        self.show_issued(doc.id)

    def show_issued(self, doc_id: str) -> None:
        """Show an issued report as it was issued (rendered from its snapshot on a worker)."""
        self._previews += 1
        path = Path(self._folder.name) / f"da-ban-hanh-{self._previews}.pdf"
        self.ctx.runner.query(
            partial(self.ctx.ws.reports.write_issued, doc_id, path),
            on_done=self._show_pdf,
            on_error=self._failed,
            owner=self,
        )

    @Slot(object)
    def _on_issued_activated(self, record: object) -> None:
        if isinstance(record, OutgoingDocument) and self.tabs is not None:
            self.tabs.setCurrentWidget(self.view)
            self.view.set_status(
                fill(tr("Reports", "Issued report %1: %2"), record.full_number, record.subject)
            )
            self.show_issued(record.id)

    # -- export ------------------------------------------------------------------------------
    @Slot()
    def _on_export_clicked(self, kind: str) -> None:
        model = self.model
        if model is None:
            return
        stem = file_stem(model.form_title, model.period.label)
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Reports", "Export the report"), suggested(stem + kind), f"*{kind}"
        )
        if name:
            remember(name)
            path = Path(name)
            self.export_to(path if path.suffix.lower() == kind else path.with_suffix(kind))

    def export_to(self, path: Path) -> None:
        model = self.model
        if model is None:
            return
        self.view.set_ready(False, busy=True)
        self.ctx.runner.query(
            partial(self.ctx.ws.reports.write, model, path),
            on_done=self._exported,
            on_error=self._failed,
            owner=self,
        )

    def _exported(self, path: Path) -> None:
        self.view.set_ready(True)
        self.view.set_status(fill(tr("Reports", "Written to %1."), path))

    def _failed(self, error: BaseException) -> None:
        self.view.set_ready(self.model is not None)
        if isinstance(error, AtttError):
            self.view.set_status(error.message(self.ctx.lang), error=True)
            return
        self.view.set_status(fill(tr("Reports", "The report failed: %1"), error), error=True)
        self.ctx.runner.report_error(error)

    def show_record(self, kind_key: str, record_id: str) -> bool:
        return False  # documents open in the outgoing documents register

    def summary(self) -> str:
        return f"{super().summary()}, kinds {self.view.kind.count()}"
