"""The dialog that registers a unit's signing key from its cover letter: the fingerprint (64
hexadecimal digits, typed with or without spaces) and the unit's name. The fingerprint is
checked as it is typed, so "Lưu" only saves one that can be right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange.service import normalise_fingerprint
from ui.common.i18n import tr
from ui.exchange.parts import note, problem_and_buttons


class KeyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ExchangeKeys", "Register a unit's key"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                tr(
                    "ExchangeKeys",
                    "Copy the key fingerprint from the cover letter the unit sent (or read it "
                    "out by phone). Packages signed with this key will then be accepted "
                    "without asking.",
                )
            )
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.fingerprint = QLineEdit()
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setPlaceholderText("8E76 5096 B913 233A …")
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("ExchangeKeys", "e.g. Ủy ban nhân dân xã Đăk Hà"))
        form.addRow(tr("ExchangeKeys", "Key fingerprint"), self.fingerprint)
        form.addRow(tr("ExchangeKeys", "Unit"), self.name)
        layout.addLayout(form)
        self.problem, self.buttons = problem_and_buttons(
            self, layout, QDialogButtonBox.StandardButton.Save
        )
        self.fingerprint.textChanged.connect(self._check)
        self.name.textChanged.connect(self._check)
        self._check()

    def value(self) -> str | None:
        """The fingerprint in its printed form, or None while it is not one."""
        return normalise_fingerprint(self.fingerprint.text())

    def unit_name(self) -> str:
        return " ".join(self.name.text().split())

    @Slot()
    def _check(self) -> None:
        typed = self.fingerprint.text().strip()
        ok = self.value() is not None
        if typed and not ok:
            self.problem.setText(
                tr(
                    "ExchangeKeys",
                    "A fingerprint has 64 hexadecimal digits (0–9, A–F), printed in 16 groups "
                    "of four.",
                )
            )
        else:
            self.problem.setText("")
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(ok and bool(self.unit_name()))
