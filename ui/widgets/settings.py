"""The settings screen (Cài đặt): the unit profile read-only, the language, the data paths."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from app import config
from app.domain.unit import Signer, Unit
from app.services.formatting import display
from app.services.listing import all_columns
from ui.bus import DataChanged
from ui.i18n import tr
from ui.views.detail_view import clear_layout, value_label
from ui.views.settings_view import SettingsView
from ui.widgets.screen import Context, Screen

# The unit fields shown, in this order (labels come from the record's field metadata).
UNIT_FIELDS = ("name", "level", "parent_body", "place_name", "doc_symbol", "signers")


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


class SettingsScreen(Screen):
    language_chosen = Signal(str)  # "vi" or "en"

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, parent)
        self.view = SettingsView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.language.setCurrentIndex(self.view.language.findData(ctx.lang))
        self._fill_data_paths()
        self.view.language.currentIndexChanged.connect(self._on_language_changed)

    def _watches(self, event: DataChanged) -> bool:
        return event.touches("units")

    def _fill_data_paths(self) -> None:
        ws = self.ctx.ws
        form = self.view.data_form
        rows = (
            (tr("Settings", "Database file"), str(ws.path)),
            (tr("Settings", "Folder of attached files"), str(ws.files_dir)),
            (tr("Settings", "Folder of automatic backups"), str(ws.backups_dir)),
            (tr("Settings", "Default data folder"), str(config.data_dir())),
        )
        for label, value in rows:
            form.addRow(label, value_label(value))

    def _load(self) -> None:
        self.ctx.runner.query(
            self.ctx.ws.records.current_unit,
            on_done=self._show_unit,
            on_error=self._load_failed,
            owner=self,
        )

    def _show_unit(self, unit: Unit | None) -> None:
        form: QFormLayout = self.view.unit_form
        clear_layout(form)
        if unit is None:
            form.addRow(
                value_label(
                    tr("Settings", "No unit yet: load the sample unit from the home screen.")
                )
            )
        else:
            for label, text in unit_rows(unit, self.ctx.lang):
                form.addRow(label, value_label(text))
        self._loaded()

    @Slot(int)
    def _on_language_changed(self, index: int) -> None:
        lang = self.view.language.itemData(index)
        if isinstance(lang, str) and lang != self.ctx.lang:
            self.language_chosen.emit(lang)
