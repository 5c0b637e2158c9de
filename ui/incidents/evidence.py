"""An incident's evidence files: add (file dialog or drag and drop), open, delete.

Each file is copied by `EvidenceService.add_evidence` on the writer thread, hashed as it is
copied; the list shows every stored file with its full SHA-256. Deleting evidence removes the
stored copy too, so it asks first and cannot be undone.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableWidgetItem

from app.domain.dates import screen_datetime
from app.domain.errors import AtttError
from app.domain.incidents import Evidence
from app.services.changes import Changes, RegisterKey, Saved
from app.services.records.formatting import number
from ui.common.folders import remember, start_folder
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.incidents.evidence_view import EvidenceView
from ui.registers.editing import question_box

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def open_file(path: Path) -> bool:
    """Open a stored file with its usual program (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_file(ws: Workspace, incident_id: str, path: Path) -> Saved:
    """Copy one file into the evidence folder (on the writer thread)."""
    evidence = ws.evidence.add_evidence(incident_id, path)
    return Saved(evidence, Changes.of(RegisterKey.EVIDENCE))


def file_size(size: int, lang: str) -> str:
    """1 536 bytes read "1,5 KB" in Vietnamese, "1.5 KB" in English."""
    if size < 1024:
        return f"{size} B"
    for unit, scale in (("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30)):
        if size < scale * 1024 or unit == "GB":
            return f"{number(round(size / scale, 1), lang)} {unit}"
    return f"{size} B"


def local_time(utc: dt.datetime | None) -> str:
    """Record times are stored in UTC; people read them in their own time."""
    if utc is None:
        return ""
    return screen_datetime(utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None))


class EvidenceList(QObject):
    """The controller of an EvidenceView for one incident at a time."""

    def __init__(self, ctx: Context, view: EvidenceView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self.incident_id = ""
        self.records: list[Evidence] = []
        self.confirm: QMessageBox | None = None
        self._pending = 0
        self._added: list[str] = []
        self._failed: list[str] = []
        view.add_button.clicked.connect(self.choose_files)
        view.open_button.clicked.connect(self.open_selected)
        view.delete_button.clicked.connect(self.delete_selected)
        view.files_dropped.connect(self.add_files)
        view.table.itemSelectionChanged.connect(self._on_selection)
        view.table.activated.connect(self.open_selected)

    def show(self, incident_id: str, records: list[Evidence]) -> None:
        if incident_id != self.incident_id:
            self.view.set_status("")
        self.incident_id = incident_id
        self.records = list(records)
        table = self.view.table
        table.setRowCount(len(records))
        lang = self.ctx.lang
        for row, evidence in enumerate(records):
            cells = (
                evidence.file_name,
                file_size(evidence.size, lang),
                local_time(evidence.created_at),
                evidence.sha256,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setFont(self.view.sha_font)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.setColumnWidth(0, min(table.columnWidth(0), 320))
        self._on_selection()

    def selected(self) -> Evidence | None:
        row = self.view.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    @Slot()
    def _on_selection(self) -> None:
        evidence = self.selected()
        self.view.open_button.setEnabled(evidence is not None)
        self.view.delete_button.setEnabled(evidence is not None)
        self.view.hash_label.setText(
            fill(tr("Evidence", "SHA-256 of “%1”: %2"), evidence.file_name, evidence.sha256)
            if evidence
            else ""
        )

    # -- adding -----------------------------------------------------------------------------
    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.view.window(), tr("Evidence", "Add evidence files"), str(start_folder())
        )
        if names:
            remember(names[0])
        self.add_files([Path(n) for n in names])

    @Slot(list)
    def add_files(self, paths: list[Path]) -> None:
        if not paths or not self.incident_id:
            return
        self._pending += len(paths)
        self.view.set_status(fill(tr("Evidence", "Copying %1 file(s)…"), self._pending))
        for path in paths:
            self.ctx.runner.command(
                partial(add_file, self.ctx.ws, self.incident_id, path),
                on_done=self._on_added,
                on_error=partial(self._on_add_failed, path),
                owner=self.view,
            )

    def _on_added(self, saved: Saved) -> None:
        self._added.append(saved.record.file_name)
        self._one_done()

    def _on_add_failed(self, path: Path, error: BaseException) -> None:
        if isinstance(error, AtttError):
            self._failed.append(error.message(self.ctx.lang))
        else:
            self._failed.append(fill(tr("Evidence", "“%1” could not be added."), path.name))
            self.ctx.runner.report_error(error)
        self._one_done()

    def _one_done(self) -> None:
        self._pending -= 1
        if self._pending > 0:
            return
        lines = []
        if self._added:
            lines.append(fill(tr("Evidence", "Added: %1."), ", ".join(self._added)))
        lines += self._failed
        self.view.set_status("\n".join(lines), error=bool(self._failed))
        self._added, self._failed = [], []

    # -- opening and deleting ---------------------------------------------------------------
    @Slot()
    def open_selected(self, *_args: Any) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        try:
            path = self.ctx.ws.evidence.evidence_path(evidence)
        except AtttError as exc:
            self.view.set_status(exc.message(self.ctx.lang), error=True)
            return
        if not path.is_file():
            self.view.set_status(
                fill(tr("Evidence", "The stored copy is missing: %1"), path), error=True
            )
            return
        open_file(path)

    @Slot()
    def delete_selected(self) -> None:
        evidence = self.selected()
        if evidence is None:
            return
        box = question_box(
            self.view.window(),
            tr("Evidence", "Delete an evidence file"),
            fill(tr("Evidence", "Delete the evidence file “%1”?"), evidence.file_name),
            tr(
                "Evidence",
                "The copy kept in the evidence folder is deleted too; this cannot be undone. "
                "The original file, wherever it came from, is not touched.",
            ),
        )
        delete = box.addButton(tr("Evidence", "Delete"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Evidence", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(partial(self._on_confirmed, box, delete, evidence))
        self.confirm = box
        box.open()

    def _on_confirmed(
        self, box: QMessageBox, delete: QPushButton, evidence: Evidence, _result: int
    ) -> None:
        chosen = box.clickedButton() is delete
        box.deleteLater()
        self.confirm = None
        if chosen:
            self.ctx.runner.command(
                partial(self.ctx.ws.evidence.remove_evidence, evidence.id), owner=self.view
            )
