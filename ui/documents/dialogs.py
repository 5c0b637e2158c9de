"""The two questions a document's state buttons ask: who signs it and on which day (Ban hành,
which gives it its number), and how and when it was sent (Đã gửi).

Both are window-modal and opened with `open()`, so the window keeps drawing and a test can set
the fields and press the button as a person would.
"""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.documents import OutgoingDocument
from app.domain.enums import LabeledEnum, SendChannel
from app.domain.unit import Signer
from ui.common.i18n import fill, tr

E = TypeVar("E", bound=LabeledEnum)


def member(kind: type[E], value: object) -> E | None:
    """The enum member a combo box holds: Qt hands a str enum back as its plain value."""
    return next((m for m in kind if m.value == value), None)


def date_edit(day: dt.date, earliest: dt.date | None = None) -> QDateEdit:
    """A date field the Vietnamese way (dd/MM/yyyy) with a calendar."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    if earliest is not None:
        edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    return edit


def signer_text(signer: Signer) -> str:
    """`Nguyễn Thị Thu Hương – KT. CHỦ TỊCH, PHÓ CHỦ TỊCH`: the name, the last authority line
    and the title (the lines printed over the signature)."""
    lines = [line.strip() for line in signer.authority.splitlines() if line.strip()]
    how = ", ".join(part for part in (lines[-1] if lines else "", signer.title) if part)
    return f"{signer.name} – {how}" if how else signer.name


def fill_signers(combo: QComboBox, signers: tuple[Signer, ...], doc: OutgoingDocument) -> None:
    """The unit's signers, the document's own first if it is not (or no longer) among them."""
    combo.clear()
    known = list(signers)
    if doc.signer_name and all(s.name != doc.signer_name for s in known):
        known.insert(
            0, Signer(name=doc.signer_name, title=doc.signer_title, authority=doc.authority)
        )
    for signer in known:
        combo.addItem(signer_text(signer), signer)
    index = next((i for i, s in enumerate(known) if s.name == doc.signer_name), 0)
    combo.setCurrentIndex(index)


def _buttons(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    accept = box.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(tr("Documents", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    accept.setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, accept


def _intro(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class IssueDialog(QDialog):
    """Ban hành: the signer, the date and the number. The number is the văn thư's, from the
    office's outgoing register; the next of the year is proposed."""

    def __init__(
        self,
        doc: OutgoingDocument,
        signers: tuple[Signer, ...],
        today: dt.date,
        proposed: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Documents", "Issue the document"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(560)
        self.signer = QComboBox()
        fill_signers(self.signer, signers, doc)
        self.date = date_edit(today)
        self.number = QSpinBox()
        self.number.setRange(1, 999_999)
        self.number.setValue(proposed)
        self.number.setToolTip(
            tr(
                "Documents",
                "The number the văn thư gives in the outgoing register; a number already given "
                "this year is refused.",
            )
        )
        form = QFormLayout()
        form.addRow(tr("Documents", "Signed by:"), self.signer)
        form.addRow(tr("Documents", "Date of issue:"), self.date)
        form.addRow(tr("Documents", "Number:"), self.number)
        box, self.accept_button = _buttons(self, tr("Documents", "Issue and number"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(
                fill(
                    tr(
                        "Documents",
                        "“%1” takes the number the văn thư gives in the outgoing documents "
                        "register (the next of the year is proposed). Once issued it can no "
                        "longer be changed: a correction is a new document.",
                    ),
                    doc.subject,
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(box)

    def chosen(self) -> tuple[dt.date, Signer, int]:
        signer = self.signer.currentData()
        assert isinstance(signer, Signer)
        day: dt.date = self.date.date().toPython()  # type: ignore[assignment]
        return day, signer, self.number.value()


class SentDialog(QDialog):
    """Đã gửi: the channel and the day it went out (not before the date of issue)."""

    def __init__(
        self, doc: OutgoingDocument, today: dt.date, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Documents", "Record the sending"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.channel = QComboBox()
        for channel in SendChannel:
            self.channel.addItem(channel.label(lang), channel)
        self.channel.setCurrentIndex(self.channel.findData(doc.channel))
        issued = doc.date or today
        self.date = date_edit(max(today, issued), issued)
        form = QFormLayout()
        form.addRow(tr("Documents", "Sent via:"), self.channel)
        form.addRow(tr("Documents", "Sent on:"), self.date)
        box, self.accept_button = _buttons(self, tr("Documents", "Record as sent"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _intro(fill(tr("Documents", "Document %1: how and when was it sent?"), doc.full_number))
        )
        layout.addLayout(form)
        layout.addWidget(box)

    def chosen(self) -> tuple[SendChannel, dt.date]:
        channel = member(SendChannel, self.channel.currentData()) or SendChannel.GIAY
        return channel, self.date.date().toPython()  # type: ignore[return-value]
