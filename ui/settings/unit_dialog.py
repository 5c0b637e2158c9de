"""The unit profile form: the unit's fields, then its signers (name, title, authority lines).

Signers are part of the unit record, so the service validates them with it; their own rules
(name and title required, lengths) are also checked here, so the message sits next to the
signer it concerns rather than at the top of the form.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.history import unit_history
from app.domain.unit import Signer, Unit
from ui.common.dialogs import confirm_items
from ui.common.forms.choices import Choices
from ui.common.forms.record_dialog import RecordDialog
from ui.common.forms.record_form import LocalErrors, RecordForm
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.registers.view import tool_button

SIGNER_FIELDS = ("name", "title", "authority")


class SignersEditor(QGroupBox):
    """One small form per signer, each with its remove button, and "Thêm người ký"."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Unit", "Signers"), parent)
        self.lang = lang
        self.forms: list[RecordForm] = []
        self._frames: list[QFrame] = []
        self.rows = QVBoxLayout()
        self.add_button = tool_button(tr("Unit", "Add a signer"), "add")
        self.add_button.clicked.connect(self._on_add)
        note = QLabel(
            tr(
                "Unit",
                "The authority lines are printed above the title, one per line, e.g. "
                "“TM. ỦY BAN NHÂN DÂN” then “KT. CHỦ TỊCH”.",
            )
        )
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.rows)
        layout.addWidget(self.add_button)

    def set_signers(self, signers: tuple[Signer, ...]) -> None:
        for signer in signers:
            self.add(signer)

    def _on_add(self) -> None:
        form = self.add(Signer(name="", title=""))
        form.editor("name").widget.setFocus()

    def add(self, signer: Signer) -> RecordForm:
        frame = QFrame()
        frame.setObjectName("card")
        form = RecordForm(
            Signer,
            self.lang,
            kind_key="signers",
            sections=[("", SIGNER_FIELDS)],
        )
        form.set_record(signer)
        remove = tool_button(tr("Unit", "Remove"), "delete")
        remove.clicked.connect(partial(self.remove, frame))
        layout = QHBoxLayout(frame)
        layout.addWidget(form, 1)
        layout.addWidget(remove)
        self.rows.addWidget(frame)
        self.forms.append(form)
        self._frames.append(frame)
        self._number()
        return form

    def remove(self, frame: QFrame) -> None:
        index = self._frames.index(frame)
        self._frames.pop(index)
        self.forms.pop(index)
        frame.hide()
        frame.deleteLater()
        self._number()

    def _number(self) -> None:
        for number, frame in enumerate(self._frames, 1):
            frame.setToolTip(fill(tr("Unit", "Signer %1"), number))

    def signers(self) -> tuple[Signer, ...]:
        """The signers as typed; raises LocalErrors after marking the fields at fault."""
        faulty = False
        signers = []
        for form in self.forms:
            form.clear_errors()
            messages = form.rule_messages()
            if messages:
                form.show_messages(messages)
                faulty = True
            signers.append(form.record())
        if faulty:
            raise LocalErrors({})
        return tuple(signers)


class UnitDialog(RecordDialog):
    """The unit's own form, its signers below the other fields."""

    def __init__(
        self, ctx: Context, unit: Unit, *, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "units", unit, Choices(), title=title, parent=parent)
        self.signers = SignersEditor(ctx.lang)
        self.signers.set_signers(unit.signers)
        holder = self.scroller.widget()
        layout = holder.layout() if holder is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.signers)
        self.resize(max(self.width(), 760), self.height() + 120 * max(1, len(unit.signers)))
        self.confirm_history: Callable[[list[str]], bool] = self._ask_history

    def save(self) -> None:
        """A unit that belongs to history today (the abolished district level, an ended parent
        body) is saved only once the person confirms it."""
        try:
            unit = self.collect()
        except LocalErrors:
            super().save()  # shows what is missing
            return
        today = self.ctx.now().date()
        said = unit_history(unit.name, unit.level, unit.parent_body, today)
        if said and not self.confirm_history([m.get(self.ctx.lang) for m in said]):
            return
        super().save()

    def _ask_history(self, said: list[str]) -> bool:
        return confirm_items(
            self,
            tr("Settings", "A unit that no longer exists"),
            tr(
                "Settings",
                "This unit or its parent body no longer exists today. Keep it only as a record "
                "of the past:",
            ),
            said,
            tr("Settings", "Save anyway"),
        )

    def collect(self) -> Any:
        unit = super().collect()
        return dataclasses.replace(unit, signers=self.signers.signers())
