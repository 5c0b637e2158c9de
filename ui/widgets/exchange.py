"""The data exchange screen (Trao đổi dữ liệu): export every record, load a data file."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from app.domain.errors import AtttError
from app.domain.registry import BY_KEY
from app.services.data import LoadResult
from ui.i18n import fill, tr
from ui.views.exchange_view import ExchangeView
from ui.widgets.screen import Context, Screen


def _file_filter() -> str:
    return tr("Exchange", "ATTT Desk data files (*.json)")


class ExchangeScreen(Screen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, parent)
        self.view = ExchangeView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.export_button.clicked.connect(self._on_export_clicked)
        self.view.import_button.clicked.connect(self._on_import_clicked)

    def _watches(self, event: object) -> bool:
        return False  # nothing here shows data

    # -- choosing files (GUI thread) --------------------------------------------------------
    @Slot()
    def _on_export_clicked(self) -> None:
        suggested = Path.home() / f"attt-desk-{dt.date.today():%Y-%m-%d}.json"
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Exchange", "Export data"), str(suggested), _file_filter()
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(".json"))

    @Slot()
    def _on_import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Exchange", "Load data"), str(Path.home()), _file_filter()
        )
        if name:
            self.import_from(Path(name))

    # -- the work (on workers) --------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        self._busy(fill(tr("Exchange", "Exporting to %1…"), path))
        self.ctx.runner.query(
            partial(self.ctx.ws.data.dump, path),
            on_done=partial(self._exported, path),
            on_error=self._failed,
            owner=self,
        )

    def import_from(self, path: Path) -> None:
        self._busy(fill(tr("Exchange", "Checking and loading %1…"), path))
        self.ctx.runner.command(
            partial(self.ctx.ws.data.load, path),
            on_done=partial(self._imported, path),
            on_error=self._failed,
            owner=self,
        )

    def _busy(self, text: str) -> None:
        self.view.export_button.setEnabled(False)
        self.view.import_button.setEnabled(False)
        self.view.set_status(text)

    def _idle(self) -> None:
        self.view.export_button.setEnabled(True)
        self.view.import_button.setEnabled(True)

    # -- results (GUI thread) ---------------------------------------------------------------
    def _exported(self, path: Path, counts: dict[str, int]) -> None:
        self._idle()
        lang = self.ctx.lang
        lines = [fill(tr("Exchange", "Exported %1 records to %2."), sum(counts.values()), path)]
        lines += [f"  {BY_KEY[k].plural.get(lang)}: {n}" for k, n in counts.items() if n]
        self.view.set_status("\n".join(lines))

    def _imported(self, path: Path, result: LoadResult) -> None:
        self._idle()
        lang = self.ctx.lang
        added, updated = sum(result.added.values()), sum(result.updated.values())
        unchanged = sum(result.unchanged.values())
        lines = [
            fill(
                tr("Exchange", "Loaded %1: %2 added, %3 updated, %4 unchanged."),
                path,
                added,
                updated,
                unchanged,
            )
        ]
        kinds = [k for k in BY_KEY if k in result.added or k in result.updated]
        for key in kinds:
            lines.append(
                "  "
                + fill(
                    tr("Exchange", "%1: %2 added, %3 updated"),
                    BY_KEY[key].plural.get(lang),
                    result.added.get(key, 0),
                    result.updated.get(key, 0),
                )
            )
        self.view.set_status("\n".join(lines))

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if isinstance(error, AtttError):
            self.view.set_status(error.message(self.ctx.lang), error=True)
            return
        self.view.set_status(fill(tr("Exchange", "The operation failed: %1"), error), error=True)
        self.ctx.runner.report_error(error)

    def summary(self) -> str:
        return "export and load ready"
