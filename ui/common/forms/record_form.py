"""The generic record form: one labelled editor per field, sections, inline error messages.

The form is built from the record class alone (field types and `FieldInfo`), so every register
gets the same behaviour: required fields marked with *, maximum lengths and bounds enforced
while typing, and the service's validation errors shown in red under the field they name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.domain.errors import FieldError
from app.domain.fields import FieldInfo, field_types, info
from app.domain.validation import REQUIRED, TOO_LONG
from ui.common.forms import layouts
from ui.common.forms.dates import BadText
from ui.common.forms.editors import FieldEditor, make_editor
from ui.common.forms.layouts import Section
from ui.common.forms.pickers import NotChosen, Option
from ui.common.i18n import tr

LABEL_WIDTH = 250  # pixels: longer labels wrap onto a second line


class LocalErrors(ValueError):
    """Values the form could not turn into a record (text naming no choice), by field."""

    def __init__(self, messages: dict[str, str]) -> None:
        super().__init__(", ".join(messages))
        self.messages = messages


def sentence(text: str) -> str:
    """A message as a sentence: capital first letter, final full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def problem_text(error: FieldError, lang: str) -> str:
    """What is wrong, without the record and field names (the error sits under the field)."""
    return sentence(error.problem.format(lang, **dict(error.params)))


@dataclass
class FormRow:
    name: str
    meta: FieldInfo
    editor: FieldEditor
    box: QWidget
    error: QLabel


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(14)
    form.setVerticalSpacing(8)
    return form


class RecordForm(QWidget):
    """Editors for the fields of one record class, laid out by *sections*."""

    changed = Signal(str)  # the name of the field whose value changed

    def __init__(
        self,
        cls: type[Any],
        lang: str,
        *,
        kind_key: str,
        sections: list[Section],
        options: dict[str, list[Option]] | None = None,
        single: Iterable[str] = (),
        blank: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cls = cls
        self.lang = lang
        self.kind_key = kind_key
        self.rows: dict[str, FormRow] = {}
        self.labels: list[QLabel] = []
        self._base: Any = None
        self._filling = False
        self.touched: set[str] = set()  # fields the person changed since set_record
        self._refused: set[str] = set()  # fields showing why a paste or a key was refused
        fields = {f.name: f for f in dataclasses.fields(cls)}
        types = field_types(cls)
        single_set = set(single)
        blank_text = blank or tr("Form", "— none —")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for title, names in sections:
            form = form_layout()
            if title:
                group = QGroupBox(title)
                group.setLayout(form)
                layout.addWidget(group)
            else:
                layout.addLayout(form)
            for name in names:
                editor = make_editor(
                    fields[name],
                    types[name],
                    info(fields[name]),
                    lang=lang,
                    options=options or {},
                    blank=blank_text,
                    single=name in single_set,
                )
                self._add_row(form, name, info(fields[name]), editor)
        layout.addStretch(1)
        # One label column for every section: the fields start at the same x all down the form.
        column = max((label.minimumWidth() for label in self.labels), default=0)
        for label in self.labels:
            label.setMinimumWidth(column)

    def _add_row(self, form: QFormLayout, name: str, meta: FieldInfo, editor: FieldEditor) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor.widget)
        hint = meta.hint.get(self.lang) if meta.hint else layouts.hint(self.kind_key, name)
        if hint:
            note = QLabel(hint)
            note.setObjectName("fieldHint")
            note.setWordWrap(True)
            column.addWidget(note)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        if editor.label_beside:
            text = meta.label.get(self.lang) + (" *" if meta.required else "")
            label = QLabel(text)
            label.setObjectName("fieldLabelRequired" if meta.required else "formLabel")
            label.setWordWrap(True)
            # As wide as the text up to LABEL_WIDTH, wrapped beyond it (required ones are
            # bold, so measure them bold).
            font = QFont(label.font())
            font.setBold(meta.required)
            label.setFont(font)
            wanted = QFontMetrics(font).horizontalAdvance(text) + 8
            label.setMinimumWidth(min(wanted, LABEL_WIDTH))
            label.setBuddy(editor.widget)
            self.labels.append(label)
            form.addRow(label, box)
        else:
            form.addRow("", box)
        self.rows[name] = FormRow(name, meta, editor, box, error)
        editor.on_change(partial(self._on_change, name))
        editor.on_refused(partial(self._on_refused, name))

    def _on_change(self, name: str, *_args: object) -> None:
        if name in self._refused:  # the text changed since: the refusal is history
            self._refused.discard(name)
            row = self.rows[name]
            row.error.clear()
            row.error.hide()
            self._mark(row, False)
        if not self._filling:
            self.touched.add(name)
            self.changed.emit(name)

    def _on_refused(self, name: str, message: str) -> None:
        self._refused.add(name)
        row = self.rows[name]
        row.error.setText(message)
        row.error.show()
        self._mark(row, True)

    def set_options(self, options: dict[str, list[Option]]) -> None:
        """Give the pickers their records (read after the form opened); a picker the person
        has not touched shows the record's value again, one being typed in keeps its text."""
        self._filling = True
        try:
            for name, row in self.rows.items():
                set_options = getattr(row.editor, "set_options", None)
                if set_options is None:
                    continue
                set_options(options)
                if name not in self.touched:
                    row.editor.set_value(getattr(self._base, name))
        finally:
            self._filling = False

    # -- values -----------------------------------------------------------------------------
    def editor(self, name: str) -> FieldEditor:
        return self.rows[name].editor

    def set_record(self, record: Any) -> None:
        """Show *record*; `record()` returns it with the edited fields replaced."""
        self._base = record
        self.touched = set()
        self._filling = True
        try:
            for name, row in self.rows.items():
                row.editor.set_value(getattr(record, name))
        finally:
            self._filling = False
        self.clear_errors()

    def set_value(self, name: str, value: Any) -> None:
        self.rows[name].editor.set_value(value)

    def record(self) -> Any:
        """The record as edited. Raises LocalErrors for text that names none of the choices."""
        values: dict[str, Any] = {}
        messages: dict[str, str] = {}
        for name, row in self.rows.items():
            try:
                values[name] = row.editor.value()
            except NotChosen:
                messages[name] = tr("Form", "Choose one of the list, or clear the text.")
            except BadText as bad:
                messages[name] = bad.message
        if messages:
            raise LocalErrors(messages)
        return dataclasses.replace(self._base, **values)

    # -- errors -----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.error.clear()
            row.error.hide()
            self._mark(row, False)

    def show_messages(self, messages: dict[str, str]) -> None:
        for name, text in messages.items():
            row = self.rows[name]
            shown = row.error.text()
            row.error.setText(f"{shown}\n{text}" if shown else text)
            row.error.show()
            self._mark(row, True)

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Put each error under its field; return those naming no field of the form."""
        unplaced: list[FieldError] = []
        messages: dict[str, str] = {}
        for error in errors:
            row = self.rows.get(error.field)
            # A signer's "name" is not the unit's: the labels tell them apart.
            if row is None or error.field_label != row.meta.label:
                unplaced.append(error)
                continue
            text = problem_text(error, self.lang)
            previous = messages.get(error.field)
            messages[error.field] = f"{previous}\n{text}" if previous else text
        self.show_messages(messages)
        return unplaced

    def rule_messages(self) -> dict[str, str]:
        """Required and too-long fields, checked here (for parts the service checks only as a
        whole, like a unit's signers)."""
        messages: dict[str, str] = {}
        for name, row in self.rows.items():
            try:
                value = row.editor.value()
            except (BadText, NotChosen):
                continue  # named by record()
            if row.meta.required and value in (None, "", ()):
                messages[name] = sentence(REQUIRED.get(self.lang))
            elif isinstance(value, str) and row.meta.max_len and len(value) > row.meta.max_len:
                messages[name] = sentence(TOO_LONG.format(self.lang, max=row.meta.max_len))
        return messages

    def error_fields(self) -> list[str]:
        return [name for name, row in self.rows.items() if not row.error.isHidden()]

    def error_text(self, name: str) -> str:
        return self.rows[name].error.text()

    def _mark(self, row: FormRow, invalid: bool) -> None:
        widget = row.editor.widget
        if widget.property("invalid") == invalid:
            return
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def first_field(self) -> QWidget | None:
        """The editor the keyboard starts in (the first of the form)."""
        row = next(iter(self.rows.values()), None)
        return row.editor.widget if row is not None else None

    def focus_field(self, name: str) -> QWidget:
        widget = self.rows[name].editor.widget
        widget.setFocus()
        return self.rows[name].box
