"""One editor per field, chosen from the field's type and metadata.

Text gets a line edit with the field's maximum length (a multi-line editor for `kind="multiline"`),
numbers a spin box with the field's bounds, labelled codes a combo box of their labels, yes/no a
check box, dates the blankable date editors, references the pickers. Every editor reads and
writes the domain's own values (str, int, enum members, dates, ids, tuples of ids).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.domain.enums import IncidentType, LabeledEnum
from app.domain.fields import FieldInfo, FieldType
from app.domain.text import nfc
from app.services.records.listing import REFERENCES
from ui.common.forms.dates import DateField, Mode
from ui.common.forms.limits import LimitedLineEdit, LimitedTextEdit
from ui.common.forms.pickers import MultiPicker, Option, ReferencePicker
from ui.common.i18n import tr

INT_MAX = 2_147_483_647
MONEY_MAX = 1e15  # đồng: a QSpinBox stops at 2.1 billion, a damage estimate may not
Slot0 = Callable[[], None]


def enum_text(member: LabeledEnum, lang: str) -> str:
    """An enum's label; the TT 20 incident types keep the number of their Mẫu 05 row."""
    if isinstance(member, IncidentType):
        return f"{member.value}. {member.label(lang)}"
    return member.label(lang)


class FieldEditor(ABC):
    """A widget for one field, reading and writing the field's domain value."""

    widget: QWidget
    label_beside = True  # False: the widget carries its own label (a check box)

    @abstractmethod
    def value(self) -> Any:
        """The field's domain value as the widget shows it."""

    @abstractmethod
    def set_value(self, value: Any) -> None:
        """Show *value* in the widget."""

    @abstractmethod
    def on_change(self, slot: Slot0) -> None:
        """Call *slot* whenever the person changes the value."""

    def on_refused(self, slot: Callable[[str], None]) -> None:  # noqa: B027 (most never do)
        """Call *slot* with a message when the editor refuses what was typed or pasted."""


class TextEditor(FieldEditor):
    """One line; a field with a maximum length refuses more, whole, and counts (never cuts)."""

    def __init__(self, meta: FieldInfo) -> None:
        self.edit = LimitedLineEdit(meta.max_len) if meta.max_len else QLineEdit()
        self.widget = self.edit
        if meta.kind == "email":
            self.edit.setPlaceholderText(tr("Form", "name@example.gov.vn"))
        elif meta.kind == "phone":
            self.edit.setPlaceholderText(tr("Form", "e.g. 0260 3861 234"))

    def value(self) -> str:
        return nfc(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))
        self.edit.setCursorPosition(0)  # long text shows its beginning, not its end

    def on_change(self, slot: Slot0) -> None:
        self.edit.textChanged.connect(slot)

    def on_refused(self, slot: Callable[[str], None]) -> None:
        if isinstance(self.edit, LimitedLineEdit):
            self.edit.refused.connect(slot)


class MultilineEditor(FieldEditor):
    def __init__(self, meta: FieldInfo, lines: int = 4) -> None:
        self.edit = LimitedTextEdit(meta.max_len) if meta.max_len else QPlainTextEdit()
        self.widget = self.edit
        self.edit.setTabChangesFocus(True)  # Tab moves on; the form stays keyboard-first
        height = self.edit.fontMetrics().lineSpacing() * lines + 14
        self.edit.setFixedHeight(height)

    def value(self) -> str:
        return nfc(self.edit.toPlainText())

    def set_value(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))

    def on_change(self, slot: Slot0) -> None:
        self.edit.textChanged.connect(slot)

    def on_refused(self, slot: Callable[[str], None]) -> None:
        if isinstance(self.edit, LimitedTextEdit):
            self.edit.refused.connect(slot)


class NumberEditor(FieldEditor):
    """A whole number within the field's bounds; optional ones may be blank."""

    def __init__(self, meta: FieldInfo, optional: bool, money: bool) -> None:
        self.optional = optional
        low = meta.minimum if meta.minimum is not None else 0
        self.blank = low - 1 if optional else None
        spin: QSpinBox | QDoubleSpinBox
        if money:
            spin = QDoubleSpinBox()
            spin.setDecimals(0)
            spin.setRange(self.blank if self.blank is not None else low, MONEY_MAX)
            spin.setGroupSeparatorShown(True)
        else:
            spin = QSpinBox()
            high = meta.maximum if meta.maximum is not None else INT_MAX
            spin.setRange(self.blank if self.blank is not None else low, high)
        if optional:
            spin.setSpecialValueText(" ")
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setMinimumWidth(150 if money else 110)
        spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin = spin
        self.widget = spin

    def value(self) -> int | None:
        number = round(self.spin.value())
        if self.blank is not None and number == self.blank:
            return None
        return number

    def set_value(self, value: Any) -> None:
        self.spin.setValue(self.blank if value is None and self.blank is not None else value or 0)

    def on_change(self, slot: Slot0) -> None:
        self.spin.valueChanged.connect(slot)


class BoolEditor(FieldEditor):
    label_beside = False

    def __init__(self, label: str) -> None:
        self.box = QCheckBox(label)
        self.widget = self.box

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def on_change(self, slot: Slot0) -> None:
        self.box.toggled.connect(slot)


class EnumEditor(FieldEditor):
    def __init__(self, enum: type[LabeledEnum], lang: str) -> None:
        self.enum = enum
        self.combo = QComboBox()
        self.widget = self.combo
        for member in enum:
            self.combo.addItem(enum_text(member, lang), member.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as its longest label, like every other list of codes in the form.
        self.combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> LabeledEnum:
        return self.enum.parse(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(getattr(value, "value", value)), 0))

    def on_change(self, slot: Slot0) -> None:
        self.combo.currentIndexChanged.connect(slot)


class DateEditor(FieldEditor):
    """A date typed as text; `value` raises BadText for text that is no date."""

    def __init__(self, base: Any, lang: str) -> None:
        mode: Mode = "datetime" if base is dt.datetime else "time" if base is dt.time else "date"
        self.edit = DateField(mode, lang)
        self.edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.widget = self.edit

    def value(self) -> Any:
        return self.edit.value()

    def set_value(self, value: Any) -> None:
        self.edit.set_value(value)

    def on_change(self, slot: Slot0) -> None:
        self.edit.changed.connect(slot)


class ReferenceEditor(FieldEditor):
    """One record; *as_tuple* stores it in a tuple field (the quick incident entry)."""

    def __init__(
        self,
        options: list[Option],
        blank: str,
        *,
        optional: bool,
        as_tuple: bool = False,
        register: str = "",
    ) -> None:
        self.picker = ReferencePicker(options, blank)
        self.widget = self.picker
        self.optional = optional
        self.as_tuple = as_tuple
        self.register = register

    def set_options(self, options: dict[str, list[Option]]) -> None:
        self.picker.set_options(options.get(self.register, []))

    def value(self) -> Any:
        chosen = self.picker.value()  # raises NotChosen
        if self.as_tuple:
            return (chosen,) if chosen else ()
        return chosen if chosen or self.optional else ""

    def set_value(self, value: Any) -> None:
        if self.as_tuple:
            value = value[0] if value else None
        self.picker.set_value(value or None)

    def on_change(self, slot: Slot0) -> None:
        self.picker.currentIndexChanged.connect(slot)


class MultiReferenceEditor(FieldEditor):
    def __init__(self, options: list[Option], register: str = "") -> None:
        self.picker = MultiPicker(options)
        self.widget = self.picker
        self.register = register

    def set_options(self, options: dict[str, list[Option]]) -> None:
        self.picker.set_options(options.get(self.register, []))

    def value(self) -> tuple[str, ...]:
        return self.picker.value()

    def set_value(self, value: Any) -> None:
        self.picker.set_value(tuple(value or ()))

    def on_change(self, slot: Slot0) -> None:
        self.picker.changed.connect(slot)


def make_editor(
    field: dataclasses.Field[Any],
    ftype: FieldType,
    meta: FieldInfo,
    *,
    lang: str,
    options: dict[str, list[Option]],
    blank: str,
    single: bool = False,
) -> FieldEditor:
    """The editor for one field of a record class."""
    name = field.name
    if name in REFERENCES:
        register = REFERENCES[name][0]
        choices = options.get(register, [])
        if ftype.is_tuple and not single:
            return MultiReferenceEditor(choices, register)
        return ReferenceEditor(
            choices,
            blank,
            optional=ftype.optional or ftype.is_tuple,
            as_tuple=ftype.is_tuple,
            register=register,
        )
    base = ftype.base
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        return EnumEditor(base, lang)
    if base is bool:
        return BoolEditor(meta.label.get(lang))
    if base is int:
        return NumberEditor(meta, ftype.optional, money=name.endswith("_vnd"))
    if base in (dt.date, dt.datetime, dt.time):
        return DateEditor(base, lang)
    if meta.kind == "multiline":
        return MultilineEditor(meta, lines=6 if (meta.max_len or 0) > 4000 else 4)
    return TextEditor(meta)
