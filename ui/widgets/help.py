"""The Help menu's windows: the list of keyboard shortcuts, and what ATTT Desk is."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill, tr
from ui.menus import shortcut_rows


def version() -> str:
    try:
        return metadata.version("attt-desk")
    except metadata.PackageNotFoundError:
        return "0"


def about_text() -> str:
    return fill(
        tr(
            "Menu",
            "ATTT Desk %1 – the network information security register of a People's "
            "Committee: information systems and their levels, scans, assessments, drills, "
            "response plans, incidents, the response team and the 24/7 duty roster. It works "
            "offline; the data stays in one file on this computer.",
        ),
        version(),
    )


class ShortcutsDialog(QDialog):
    """Every shortcut and what it does (F1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Menu", "Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([tr("Menu", "Keys"), tr("Menu", "What it does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, (keys, meaning) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(meaning))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 520)
