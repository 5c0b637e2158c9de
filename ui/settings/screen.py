"""The settings screen (Cài đặt): the unit profile (edited in a form), the language, where the
data lives, the backup folder with "Sao lưu ngay", the evidence size limit."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QFormLayout, QVBoxLayout, QWidget

from app.domain.errors import AtttError
from app.domain.unit import Signer, Unit
from app.services.changes import RegisterKey
from app.services.records.formatting import display
from app.services.records.listing import all_columns
from app.services.settings import maintenance
from app.services.settings.service import AppSettings
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context, Screen
from ui.exchange.keys import KeysGroup
from ui.registers.detail_view import value_label
from ui.settings.backup import (
    backup_folder,
    backup_now,
    open_folder,
    set_backup_dir,
    set_evidence_limit,
    set_require_submission,
)
from ui.settings.clocks import RulesSettingsGroup
from ui.settings.unit_dialog import UnitDialog
from ui.settings.view import SettingsView

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# The unit fields shown, in this order (labels come from the record's field metadata).
UNIT_FIELDS = (
    "name",
    "level",
    "parent_body",
    "place_name",
    "doc_symbol",
    "address",
    "phone",
    "email",
    "incident_contact",
    "signers",
)


def signer_line(signer: Signer) -> str:
    """`Nguyễn Văn An – PHÓ CHỦ TỊCH (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH)` on one line."""
    authority = ", ".join(line.strip() for line in signer.authority.splitlines() if line.strip())
    line = " – ".join(p for p in (signer.name, signer.title) if p)
    return f"{line} ({authority})" if authority else line


def unit_rows(unit: Unit, lang: str) -> list[tuple[str, str]]:
    labels = {c.name: c.label.get(lang) for c in all_columns("units")}
    rows = []
    for name in UNIT_FIELDS:
        if name == "signers":
            text = "\n".join(signer_line(s) for s in unit.signers)
        else:
            text = display(getattr(unit, name), lang)
        rows.append((labels[name], text or "—"))
    return rows


@dataclass(frozen=True)
class SettingsData:
    unit: Unit | None
    settings: AppSettings
    backup_folder: Path


def fetch_settings(ws: Workspace) -> SettingsData:
    return SettingsData(ws.records.current_unit(), ws.settings.get(), backup_folder(ws))


class SettingsScreen(Screen):
    language_chosen = Signal(str)  # "vi" or "en"

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, parent)
        self.view = SettingsView(self)
        self.unit: Unit | None = None
        self.unit_dialog: UnitDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.language.setCurrentIndex(self.view.language.findData(ctx.lang))
        self._fill_data_paths()
        self.rules = RulesSettingsGroup.placed_before(ctx, self.view.data_box)
        self.keys = KeysGroup.placed_before(ctx, self.view.data_box)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self.view
        view.language.currentIndexChanged.connect(self._on_language_changed)
        view.unit_edit.clicked.connect(self.edit_unit)
        view.open_data.clicked.connect(self._on_open_data)
        view.choose_backup.clicked.connect(self._on_choose_backup)
        view.open_backup.clicked.connect(self._on_open_backup)
        view.backup_now.clicked.connect(self.back_up)
        view.evidence_limit.valueChanged.connect(self._on_limit_changed)
        view.require_submission.toggled.connect(self._on_submission_toggled)

    def _watches(self, event: DataChanged) -> bool:
        return event.touches(RegisterKey.UNITS, RegisterKey.SETTINGS)

    def _fill_data_paths(self) -> None:
        ws = self.ctx.ws
        form = self.view.data_form
        rows = (
            (tr("Settings", "Database file"), str(ws.path)),
            (tr("Settings", "Folder of attached files"), str(ws.files_dir)),
            (tr("Settings", "Folder of automatic backups"), str(ws.backups_dir)),
            (tr("Settings", "Default data folder"), str(maintenance.default_data_dir())),
        )
        for label, value in rows:
            form.addRow(label, value_label(value))
        form.addRow("", self.view.open_data_row)

    def _load(self) -> None:
        self.ctx.runner.query(
            partial(fetch_settings, self.ctx.ws),
            on_done=self._show,
            on_error=self._load_failed,
            owner=self,
        )

    def _show(self, data: SettingsData) -> None:
        self.unit = data.unit
        form: QFormLayout = self.view.unit_form
        while form.rowCount():
            form.removeRow(0)  # its widgets too (taking items would leave empty rows)
        if data.unit is None:
            form.addRow(value_label(tr("Settings", "No unit yet: set up the unit's profile.")))
            self.view.unit_edit.setText(tr("Settings", "Set up the unit…"))
        else:
            for label, text in unit_rows(data.unit, self.ctx.lang):
                form.addRow(label, value_label(text))
            self.view.unit_edit.setText(tr("Settings", "Edit the unit profile…"))
        self.view.backup_dir.setText(str(data.backup_folder))
        limit = self.view.evidence_limit
        limit.blockSignals(True)
        limit.setValue(data.settings.evidence_limit_mb)
        limit.blockSignals(False)
        submission = self.view.require_submission
        submission.blockSignals(True)
        submission.setChecked(data.settings.require_submission)
        submission.blockSignals(False)
        self._loaded()

    # -- the unit ---------------------------------------------------------------------------
    @Slot()
    def edit_unit(self) -> None:
        unit = self.unit or Unit(name="", place_name="", doc_symbol="")
        title = tr("Settings", "Unit profile") if self.unit else tr("Settings", "Set up the unit")
        dialog = UnitDialog(self.ctx, unit, title=title, parent=self.window())
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_dialog)
        self.unit_dialog = dialog
        dialog.open()

    def _forget_dialog(self, *_args: object) -> None:
        self.unit_dialog = None

    @Slot(int)
    def _on_language_changed(self, index: int) -> None:
        lang = self.view.language.itemData(index)
        if isinstance(lang, str) and lang != self.ctx.lang:
            self.language_chosen.emit(lang)

    # -- folders and backups ----------------------------------------------------------------
    @Slot()
    def _on_open_data(self) -> None:
        open_folder(self.ctx.ws.path.parent)

    @Slot()
    def _on_open_backup(self) -> None:
        open_folder(Path(self.view.backup_dir.text()))

    @Slot()
    def _on_choose_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window(), tr("Settings", "Backup folder"), self.view.backup_dir.text()
        )
        if folder:
            self.set_backup_folder(Path(folder))

    def set_backup_folder(self, folder: Path) -> None:
        self.ctx.runner.command(
            partial(set_backup_dir, self.ctx.ws, str(folder)), on_error=self._failed, owner=self
        )

    @Slot(int)
    def _on_limit_changed(self, megabytes: int) -> None:
        self.ctx.runner.command(
            partial(set_evidence_limit, self.ctx.ws, megabytes), on_error=self._failed, owner=self
        )

    @Slot(bool)
    def _on_submission_toggled(self, required: bool) -> None:
        self.ctx.runner.command(
            partial(set_require_submission, self.ctx.ws, required),
            on_error=self._failed,
            owner=self,
        )

    @Slot()
    def back_up(self) -> None:
        self.view.backup_now.setEnabled(False)
        self._status(tr("Settings", "Backing up…"))
        self.ctx.runner.command(
            partial(backup_now, self.ctx.ws),
            on_done=self._backed_up,
            on_error=self._failed,
            owner=self,
        )

    def _backed_up(self, path: Path) -> None:
        self.view.backup_now.setEnabled(True)
        self._status(fill(tr("Settings", "Backed up to %1"), path))

    def _failed(self, error: BaseException) -> None:
        self.view.backup_now.setEnabled(True)
        if not isinstance(error, AtttError):
            self.ctx.runner.report_error(error)
            return
        self._status(error.message(self.ctx.lang), error=True)

    def _status(self, text: str, *, error: bool = False) -> None:
        label = self.view.backup_status
        label.setText(text)
        label.setProperty("error", error)
        label.style().unpolish(label)
        label.style().polish(label)
