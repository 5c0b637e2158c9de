"""The Help menu's windows: the list of keyboard shortcuts, and what ATTT Desk is."""

from __future__ import annotations

from pathlib import Path

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

from app import __version__
from app.services.settings.maintenance import font_licence
from ui.common.i18n import fill, tr
from ui.shell.menus import shortcut_rows


def version() -> str:
    return __version__


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


def about_details(db_path: Path) -> str:
    """The version, where the data lives, and the licences of what the program bundles."""
    lines = [
        fill(tr("Menu", "Version %1"), version()),
        fill(tr("Menu", "Database file: %1"), str(db_path)),
        fill(tr("Menu", "Data folder: %1"), str(db_path.parent)),
        "",
        fill(
            tr(
                "Menu",
                "Licences: ATTT Desk is free software under the GNU GPL version 3 or later. It "
                "bundles Qt and PySide6 (LGPL 3), the Liberation Serif font (SIL Open Font "
                "License 1.1, see %1), SQLAlchemy and Alembic (MIT), reportlab (BSD), "
                "python-docx, openpyxl, pyHanko, jsonschema, platformdirs and holidays (MIT), "
                "cryptography (Apache 2.0 or BSD) and Babel (BSD).",
            ),
            str(font_licence()),
        ),
    ]
    return "\n".join(lines)


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
