"""Asking for the signing key's passphrase: to protect the key, to export it, to restore it, and
once per session before a protected key signs. A new passphrase is typed twice; the dialog says
what is wrong (too short, not the same) before it can be accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AtttError
from app.services.exchange.service import MIN_KEY_PASSPHRASE, ExchangeService
from ui.common import dialogs
from ui.common.i18n import fill, tr
from ui.exchange.parts import note, problem_and_buttons


class PassphraseDialog(QDialog):
    def __init__(self, title: str, text: str, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(note(text))
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("ExchangeKeys", "Passphrase"), self.passphrase)
        if new:
            form.addRow(tr("ExchangeKeys", "Passphrase again"), self.again)
        layout.addLayout(form)
        self.problem, self.buttons = problem_and_buttons(
            self, layout, QDialogButtonBox.StandardButton.Ok
        )
        self.passphrase.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self._check()

    def value(self) -> str:
        return self.passphrase.text()

    @Slot()
    def _check(self) -> None:
        text = self.passphrase.text()
        problem = ""
        if self.new and 0 < len(text) < MIN_KEY_PASSPHRASE:
            problem = fill(tr("ExchangeKeys", "At least %1 characters."), MIN_KEY_PASSPHRASE)
        elif self.new and self.again.text() and self.again.text() != text:
            problem = tr("ExchangeKeys", "The two passphrases are not the same.")
        self.problem.setText(problem)
        ready = bool(text) and not problem and (not self.new or self.again.text() == text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)


def _ask(parent: QWidget | None, title: str, text: str, new: bool) -> str | None:
    dialog = PassphraseDialog(title, text, new=new, parent=parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# Tests replace this with a function that answers at once.
ask_passphrase: Callable[[QWidget | None, str, str, bool], str | None] = _ask


def unlock_for_signing(parent: QWidget | None, service: ExchangeService, lang: str) -> bool:
    """Before a protected key signs: ask its passphrase once per session. False: not given
    (a wrong one is said so, and asked again)."""
    while service.key_locked:
        given = ask_passphrase(
            parent,
            tr("ExchangeKeys", "The signing key's passphrase"),
            tr(
                "ExchangeKeys",
                "The unit's signing key is protected by a passphrase. Type it to sign; it is "
                "asked once until the window is closed.",
            ),
            False,
        )
        if given is None:
            return False
        try:
            service.unlock_key(given)
        except AtttError as exc:
            title = tr("ExchangeKeys", "The signing key")
            dialogs.error_box(parent, title, exc.message(lang)).exec()
    return True
