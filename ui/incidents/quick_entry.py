"""The quick incident entry ("Ghi nhận sự cố", Ctrl+N): what is known the minute it is reported.

Seven fields: detection time (now), the system (type-ahead), the TT 20 type, the classification,
a short description, how it was reported and by whom. Enter saves; the window then opens the
incident's page, where the rest is filled in as the response goes on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.common.forms.layouts import QUICK_INCIDENT
from ui.common.forms.record_dialog import RecordDialog
from ui.common.i18n import tr
from ui.common.screen import Context
from ui.registers.editing import RecordEditor


class QuickIncident(QObject):
    """Opens the quick entry; `saved` carries the new incident."""

    saved = Signal(object)

    def __init__(self, ctx: Context, owner: QWidget) -> None:
        super().__init__(owner)
        self.editor = RecordEditor(ctx, "incidents", owner)
        self.editor.saved.connect(self.saved)

    @property
    def dialog(self) -> RecordDialog | None:
        return self.editor.dialog

    def open(self, prefill: dict[str, Any] | None = None) -> None:
        self.editor.create(
            prefill,
            title=tr("Incident", "Log an incident"),
            form_sections=[("", QUICK_INCIDENT)],
            single=("system_ids",),
            intro=tr(
                "Incident",
                "Write down what is known now; everything else is added on the incident's "
                "page as the response goes on.",
            ),
        )
