"""The "Khóa ký số của đơn vị" group of the settings screen: the fingerprint of this database's
signing key (selectable, to read out or compare with a cover letter), where the key file is,
the province's key pinned from its receipts, and the units' keys the province has registered,
with "Thêm khóa…" and "Xóa khóa".

The group reads its data the first time it is shown (the key pair is made on first use, so
merely opening the window makes no key) and again after a change to the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import AtttError
from app.services.changes import RegisterKey
from app.services.exchange.overview import vn_date
from app.services.exchange.store import ProvinceKey, RegisteredKey
from ui.common.bus import DataChanged
from ui.common.folders import remember
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.exchange import passphrase
from ui.exchange.keys_dialog import KeyDialog
from ui.exchange.parts import (
    button_row,
    cell,
    default_folder,
    fit_columns,
    mono,
    note,
    set_status,
    status_label,
    table,
)
from ui.exchange.passphrase import unlock_for_signing
from ui.registers.detail_view import value_label
from ui.registers.view import tool_button

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class KeysData:
    fingerprint: str  # "" when the key file cannot be read
    problem: str  # why not, in the user's language
    key_path: Path
    registered: list[RegisteredKey]
    province: list[ProvinceKey]
    protected: bool = False


def read_keys(ws: Workspace, lang: str) -> KeysData:
    try:
        fingerprint, problem = ws.exchange.own_fingerprint(), ""
    except AtttError as exc:
        fingerprint, problem = "", exc.message(lang)
    service = ws.exchange
    registered, province = service.registered_keys(), service.province_keys()
    return KeysData(
        fingerprint, problem, service.key_path, registered, province, service.key_protected
    )


class KeysGroup(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(tr("ExchangeKeys", "The unit's signing key"), parent)
        self.ctx = ctx
        self.data: KeysData | None = None
        self.is_loaded = False
        self._asked = False
        # Asked before removing a key; tests answer it without a dialog.
        self.confirm_remove: Callable[[RegisteredKey], bool] = self._ask_remove
        self.confirm_replace: Callable[[str], bool] = self._ask_replace
        self.dialog: KeyDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(
            note(
                tr(
                    "ExchangeKeys",
                    "Every package this database sends is signed with this key. Its fingerprint "
                    "is printed on the cover letter, so the province can check who sent the "
                    "package.",
                )
            )
        )
        own = QFormLayout()
        own.setHorizontalSpacing(16)
        own.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.fingerprint = mono()
        self.fingerprint.setWordWrap(False)
        self.copy = tool_button(tr("ExchangeKeys", "Copy"), "documents")
        own.addRow(tr("ExchangeKeys", "Key fingerprint"), button_row(self.fingerprint, self.copy))
        self.key_path = value_label("")
        self.key_path.setObjectName("mutedLabel")
        own.addRow(tr("ExchangeKeys", "Key file"), self.key_path)
        self.protection = value_label("")
        own.addRow(tr("ExchangeKeys", "Protection"), self.protection)
        self.protect = tool_button(tr("ExchangeKeys", "Set a passphrase…"), "settings")
        self.export_key = tool_button(tr("ExchangeKeys", "Export the key…"), "backup")
        self.restore_key = tool_button(tr("ExchangeKeys", "Restore a key…"), "open-file")
        own.addRow("", button_row(self.protect, self.export_key, self.restore_key))
        self.province_key = value_label("")
        own.addRow(tr("ExchangeKeys", "Province key (receipts)"), self.province_key)
        layout.addLayout(own)
        layout.addWidget(QLabel(tr("ExchangeKeys", "Registered unit keys (province)")))
        self.keys = table(
            [
                tr("ExchangeKeys", "Unit"),
                tr("ExchangeKeys", "Key fingerprint"),
                tr("ExchangeKeys", "How"),
                tr("ExchangeKeys", "Added"),
            ]
        )
        self.keys.setMinimumHeight(140)
        layout.addWidget(self.keys)
        self.add = tool_button(tr("ExchangeKeys", "Add a key…"), "add")
        self.remove = tool_button(tr("ExchangeKeys", "Remove the key"), "delete")
        self.remove.setEnabled(False)
        layout.addLayout(button_row(self.add, self.remove))
        self.status = status_label()
        layout.addWidget(self.status)
        self.copy.clicked.connect(self._on_copy)
        self.protect.clicked.connect(self._on_protect)
        self.export_key.clicked.connect(self._on_export_key)
        self.restore_key.clicked.connect(self._on_restore_key)
        self.add.clicked.connect(self._on_add)
        self.remove.clicked.connect(self._on_remove)
        self.keys.itemSelectionChanged.connect(self._on_selection)
        ctx.bus.changed.connect(self._on_data_changed)

    @classmethod
    def placed_before(cls, ctx: Context, anchor: QWidget) -> KeysGroup:
        """Make the group and put it just above *anchor* in the screen's column."""
        parent = anchor.parentWidget()
        group = cls(ctx, parent)
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(anchor), group)
        return group

    # -- reading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked:
            self.load()

    def load(self) -> None:
        self._asked = True
        self.ctx.runner.query(
            partial(read_keys, self.ctx.ws, self.ctx.lang),
            on_done=self._show,
            on_error=self._failed,
            owner=self,
        )

    def _show(self, data: KeysData) -> None:
        self.data = data
        self.fingerprint.setText(data.fingerprint or data.problem)
        self.copy.setEnabled(bool(data.fingerprint))
        self.key_path.setText(str(data.key_path))
        self.protection.setText(
            tr("ExchangeKeys", "protected by a passphrase")
            if data.protected
            else tr("ExchangeKeys", "no passphrase yet (advised: set one, and export the key)")
        )
        self.protect.setText(
            tr("ExchangeKeys", "Change the passphrase…")
            if data.protected
            else tr("ExchangeKeys", "Set a passphrase…")
        )
        pinned = [f"{k.fingerprint} ({k.name})" if k.name else k.fingerprint for k in data.province]
        self.province_key.setText(
            "\n".join(pinned) or tr("ExchangeKeys", "none yet: it is kept from the first receipt")
        )
        self.keys.setRowCount(len(data.registered))
        for row, key in enumerate(data.registered):
            how = (
                tr("ExchangeKeys", "trusted on first package")
                if key.how == "first_use"
                else tr("ExchangeKeys", "typed from the cover letter")
            )
            items = (cell(key.name), cell(key.fingerprint), cell(how), cell(vn_date(key.added_at)))
            for column, item in enumerate(items):
                self.keys.setItem(row, column, item)
        fit_columns(self.keys, widest=620)
        self._on_selection()
        self.is_loaded = True

    def _failed(self, error: BaseException) -> None:
        self.is_loaded = True
        if isinstance(error, AtttError):
            set_status(self.status, error.message(self.ctx.lang), error=True)
            return
        self.ctx.runner.report_error(error)

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        if self._asked and event.touches(RegisterKey.SETTINGS):
            self.load()

    # -- acting -----------------------------------------------------------------------------
    @Slot()
    def _on_copy(self) -> None:
        if self.data is not None and self.data.fingerprint:
            QGuiApplication.clipboard().setText(self.data.fingerprint)
            set_status(self.status, tr("ExchangeKeys", "The fingerprint is copied."))

    @Slot()
    def _on_protect(self) -> None:
        exchange = self.ctx.ws.exchange
        if not unlock_for_signing(self.window(), exchange, self.ctx.lang):
            return
        given = passphrase.ask_passphrase(
            self.window(),
            tr("ExchangeKeys", "Protect the signing key"),
            tr(
                "ExchangeKeys",
                "The key file is encrypted with this passphrase; the key then signs only once "
                "it is typed (once per session). Keep the passphrase where the leader can find "
                "it: without it the key cannot be used.",
            ),
            True,
        )
        if given is not None:
            self._key_command(
                partial(exchange.protect_key, given),
                tr("ExchangeKeys", "The signing key is protected by the passphrase."),
            )

    @Slot()
    def _on_export_key(self) -> None:
        exchange = self.ctx.ws.exchange
        if not unlock_for_signing(self.window(), exchange, self.ctx.lang):
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window(),
            tr("ExchangeKeys", "Export the signing key"),
            str(Path(default_folder()) / "khoa-ky-don-vi.pem"),
            tr("ExchangeKeys", "Key files (*.pem)"),
        )
        if name:
            remember(name)
            self.export_key_to(Path(name))

    def export_key_to(self, out: Path) -> None:
        given = passphrase.ask_passphrase(
            self.window(),
            tr("ExchangeKeys", "Export the signing key"),
            tr(
                "ExchangeKeys",
                "The exported key is encrypted with this passphrase. On a new PC, “Restore a "
                "key…” with the same passphrase makes it this unit's key again, with the same "
                "fingerprint. Keep the file and the passphrase in two different places.",
            ),
            True,
        )
        if given is not None:
            self._key_command(
                partial(self.ctx.ws.exchange.export_key, out, given),
                fill(tr("ExchangeKeys", "The key is exported to %1."), out),
            )

    @Slot()
    def _on_restore_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window(),
            tr("ExchangeKeys", "Restore the signing key"),
            default_folder(),
            tr("ExchangeKeys", "Key files (*.pem)"),
        )
        if name:
            self.restore_key_from(Path(name))

    def restore_key_from(self, source: Path, replace: str | None = None) -> None:
        given = passphrase.ask_passphrase(
            self.window(),
            tr("ExchangeKeys", "Restore the signing key"),
            tr("ExchangeKeys", "Type the passphrase the key was exported with."),
            False,
        )
        if given is None:
            return
        exchange = self.ctx.ws.exchange
        current = self.data.fingerprint if self.data is not None else ""

        def restore() -> str:
            return exchange.restore_key(source, given, replace=replace)

        def refused(error: BaseException) -> None:
            if (
                replace is None
                and current
                and isinstance(error, AtttError)
                and current in error.message(self.ctx.lang)
                and self.confirm_replace(error.message(self.ctx.lang))
            ):
                self.restore_key_from(source, replace=current)
                return
            self._failed(error)

        self.ctx.runner.command(
            restore,
            on_done=lambda fingerprint: self._key_done(
                fill(tr("ExchangeKeys", "Restored the signing key %1."), fingerprint)
            ),
            on_error=refused,
            owner=self,
        )

    def _key_command(self, action: Callable[[], object], done: str) -> None:
        self.ctx.runner.command(
            action, on_done=lambda _r: self._key_done(done), on_error=self._failed, owner=self
        )

    def _key_done(self, text: str) -> None:
        set_status(self.status, text)
        self.load()

    def _ask_replace(self, problem: str) -> bool:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("ExchangeKeys", "Replace the signing key"))
        box.setText(problem)
        box.setInformativeText(
            tr(
                "ExchangeKeys",
                "Replace it only if this database is the unit's and the key was exported from "
                "its old PC: the province knows the unit by that key.",
            )
        )
        replace = box.addButton(
            tr("ExchangeKeys", "Replace the key"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton() is replace
        box.deleteLater()
        return chosen

    @Slot()
    def _on_selection(self) -> None:
        self.remove.setEnabled(self.selected() is not None)

    def selected(self) -> RegisteredKey | None:
        rows = {index.row() for index in self.keys.selectedIndexes()}
        if self.data is None or len(rows) != 1:
            return None
        row = rows.pop()
        return self.data.registered[row] if row < len(self.data.registered) else None

    @Slot()
    def _on_add(self) -> None:
        dialog = KeyDialog(self.window())
        dialog.accepted.connect(partial(self._dialog_accepted, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _dialog_accepted(self, dialog: KeyDialog) -> None:
        fingerprint = dialog.value()
        if fingerprint is not None:
            self.register(fingerprint, dialog.unit_name())

    def register(self, fingerprint: str, name: str) -> None:
        self.ctx.runner.command(
            partial(self.ctx.ws.exchange.register_key, fingerprint, name),
            on_done=self._registered,
            on_error=self._failed,
            owner=self,
        )

    def _registered(self, key: RegisteredKey) -> None:
        set_status(self.status, fill(tr("ExchangeKeys", "Registered the key of %1."), key.name))
        self.load()

    @Slot()
    def _on_remove(self) -> None:
        key = self.selected()
        if key is None or not self.confirm_remove(key):
            return
        self.ctx.runner.command(
            partial(self.ctx.ws.exchange.forget_key, key.fingerprint),
            on_done=partial(self._removed, key),
            on_error=self._failed,
            owner=self,
        )

    def _removed(self, key: RegisteredKey, _done: bool) -> None:
        set_status(self.status, fill(tr("ExchangeKeys", "Removed the key of %1."), key.name))
        self.load()

    def _ask_remove(self, key: RegisteredKey) -> bool:
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("ExchangeKeys", "Remove the key"))
        box.setText(fill(tr("ExchangeKeys", "Remove the key of %1?"), key.name))
        box.setInformativeText(
            tr(
                "ExchangeKeys",
                "The unit's next package will then ask again whether to trust its key. Its "
                "records stay as they are.",
            )
        )
        remove = box.addButton(tr("ExchangeKeys", "Remove"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("ExchangeKeys", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is remove
