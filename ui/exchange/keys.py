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
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.exchange.keys_dialog import KeyDialog
from ui.exchange.parts import (
    button_row,
    cell,
    fit_columns,
    mono,
    note,
    set_status,
    status_label,
    table,
)
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


def read_keys(ws: Workspace, lang: str) -> KeysData:
    try:
        fingerprint, problem = ws.exchange.own_fingerprint(), ""
    except AtttError as exc:
        fingerprint, problem = "", exc.message(lang)
    service = ws.exchange
    registered, province = service.registered_keys(), service.province_keys()
    return KeysData(fingerprint, problem, service.key_path, registered, province)


class KeysGroup(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(tr("ExchangeKeys", "The unit's signing key"), parent)
        self.ctx = ctx
        self.data: KeysData | None = None
        self.is_loaded = False
        self._asked = False
        # Asked before removing a key; tests answer it without a dialog.
        self.confirm_remove: Callable[[RegisteredKey], bool] = self._ask_remove
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
