"""The dialog around a record form: save through the writer thread, errors shown in place.

Enter saves (the Save button is the default; Ctrl+Enter also works inside a multi-line field),
Esc cancels. The record is written by `TaskRunner.command`, so the data bus refreshes every view
that shows it; a ValidationError puts each message under its field and keeps the dialog open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AtttError, ValidationError
from app.domain.plausibility import doubts
from app.domain.registry import BY_KEY
from app.i18n import Msg
from ui.common.forms.choices import Choices
from ui.common.forms.dates import now_minute
from ui.common.forms.layouts import Section, sections
from ui.common.forms.record_form import LocalErrors, RecordForm
from ui.common.i18n import tr
from ui.common.screen import Context

Save = Callable[[Any], Any]  # record -> Saved (runs on the writer thread)


class RecordDialog(QDialog):
    """Create or edit one record; `saved` carries the record as stored."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: Context,
        kind_key: str,
        record: Any,
        choices: Choices | None,
        *,
        title: str,
        form_sections: list[Section] | None = None,
        single: Iterable[str] = (),
        intro: str = "",
        save: Save | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_key = kind_key
        self._save = save or ctx.ws.records.save
        self.saving = False
        # None: the pickers' records are still being read (`set_choices` brings them); the
        # form is on screen meanwhile, so typing at once is never lost.
        self.choices_ready = choices is not None
        self._save_when_ready = False
        self.question: QMessageBox | None = None  # asking about an unlikely value
        choices = choices or Choices()
        self.setWindowTitle(title)
        chosen = form_sections or sections(kind_key)
        self.form = RecordForm(
            BY_KEY[kind_key].cls,
            ctx.lang,
            kind_key=kind_key,
            sections=chosen,
            options=choices.options,
            single=single,
        )
        self.form.set_record(record)
        self.choices = choices

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(2, 2, 10, 2)
        holder_layout.addWidget(self.form)
        self.scroller.setWidget(holder)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        note = QLabel(tr("Form", "* required · Enter saves · Esc cancels"))
        note.setObjectName("mutedLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        if intro:
            intro_label = QLabel(intro)
            intro_label.setObjectName("introLabel")
            intro_label.setWordWrap(True)
            layout.addWidget(intro_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(bottom)

        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._fit(len(chosen))

    def set_choices(self, choices: Choices) -> None:
        """The records the pickers offer, read after the form opened."""
        self.choices = choices
        self.form.set_options(choices.options)
        self.choices_ready = True
        if self._save_when_ready:
            self._save_when_ready = False
            self.save()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The keyboard starts in the first field, not on the scroll area.
        first = self.form.first_field()
        if first is not None and not self.form.isAncestorOf(self.focusWidget()):
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit(self, section_count: int) -> None:
        screen = self.screen().availableGeometry()
        width = 780 if section_count > 1 else 660
        wanted = self.form.sizeHint().height() + 130
        self.resize(
            min(width, screen.width() - 40), max(260, min(wanted, int(screen.height() * 0.88)))
        )

    # -- saving -----------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        if self.saving:
            return
        if not self.choices_ready:
            self._save_when_ready = True  # saved as soon as the pickers know their records
            return
        self.form.clear_errors()
        self.error_label.hide()
        try:
            record = self.collect()
        except LocalErrors as exc:
            self.form.show_messages({k: v for k, v in exc.messages.items() if k in self.form.rows})
            self._focus_first_error()
            return
        odd = doubts(record, now_minute(self.ctx.now))
        if odd:
            self._ask_about(record, odd)
            return
        self._write(record)

    def _write(self, record: Any) -> None:
        self.saving = True
        self.buttons.setEnabled(False)
        self.ctx.runner.command(
            partial(self._save, record),
            on_done=self._on_saved,
            on_error=self._on_failed,
            owner=self,
            initiator=self,
        )

    def _ask_about(self, record: Any, odd: list[tuple[str, Msg]]) -> None:
        """An unlikely value (a detection time after now): save it as typed, or fix it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Form", "Check what was typed"))
        box.setText("\n".join(msg.get(self.ctx.lang) for _name, msg in odd))
        box.setInformativeText(tr("Form", "Save it exactly as typed?"))
        keep = box.addButton(tr("Form", "Save as typed"), QMessageBox.ButtonRole.AcceptRole)
        fix = box.addButton(tr("Form", "Correct it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(fix)  # Enter goes back to the field: the safe answer
        box.setEscapeButton(fix)
        box.finished.connect(partial(self._answered, box, keep, record, odd[0][0]))
        self.question = box
        box.open()

    def _answered(
        self, box: QMessageBox, keep: QPushButton, record: Any, field: str, _result: int
    ) -> None:
        chosen = box.clickedButton() is keep
        box.deleteLater()
        self.question = None
        if chosen:
            self._write(record)
        else:
            self.form.focus_field(field)

    def collect(self) -> Any:
        """The record to save; raises LocalErrors (subclasses add what the form lacks)."""
        return self.form.record()

    def _on_saved(self, saved: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.saved.emit(getattr(saved, "record", saved))
        self.done(QDialog.DialogCode.Accepted)

    def _on_failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError):
            unplaced = self.form.show_errors(error.errors)
            if unplaced:
                self.show_error("\n".join(e.message(self.ctx.lang) for e in unplaced))
            self._focus_first_error()
        elif isinstance(error, AtttError):
            self.show_error(error.message(self.ctx.lang))
        else:
            self.ctx.runner.report_error(error)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _focus_first_error(self) -> None:
        fields = self.form.error_fields()
        if fields:
            box = self.form.focus_field(fields[0])
            self.scroller.ensureWidgetVisible(box)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter inside a multi-line field makes a new line; everywhere else it saves.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.save()
            return
        super().keyPressEvent(event)
