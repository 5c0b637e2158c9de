"""Two small list editors of the rule settings: folders of extra rule packs, and dates (make-up
working days, extra days off). Each says `edited` after the person adds or removes an entry;
`set_*` (filling from the saved settings) says nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.forms.dates import qdate
from ui.common.i18n import tr

ROWS = 3  # entries visible without scrolling


def day_text(day: dt.date) -> str:
    """ "Thứ Bảy, 10/10/2026" in Vietnamese, "Saturday, 10/10/2026" in English."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, dd/MM/yyyy")


class ListEditor(QWidget):
    """A short list, a remove button beside it and, in `add_row`, what adds an entry."""

    edited = Signal()

    def __init__(self, remove_text: str, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumWidth(width // 2)
        self.list.setMaximumWidth(width)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        row = self.list.fontMetrics().height() + 8
        self.list.setFixedHeight(ROWS * row + 2 * self.list.frameWidth() + 4)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setEnabled(False)
        self.add_row = QVBoxLayout()
        self.add_row.setSpacing(4)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.addWidget(self.list, 0, 0, 2, 1)
        layout.addLayout(self.add_row, 0, 1)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(2, 1)  # short entries: keep the list and its buttons together
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.remove_button.clicked.connect(self.remove_selected)

    def values(self) -> list[object]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _fill(self, entries: list[tuple[str, object]]) -> None:
        self.list.clear()
        for text, value in entries:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setToolTip(text)
        self.remove_button.setEnabled(False)

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        self.remove_button.setEnabled(row >= 0)

    @Slot()
    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.edited.emit()


class FolderList(ListEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("RulesSettings", "Remove from the list"), 640, parent)
        self.add_button = QPushButton(tr("RulesSettings", "Add a folder…"))
        self.add_row.addWidget(self.add_button)
        self.add_button.clicked.connect(self._on_add)

    def set_folders(self, folders: tuple[str, ...]) -> None:
        self._fill([(folder, folder) for folder in folders])

    def folders(self) -> tuple[str, ...]:
        return tuple(str(v) for v in self.values())

    def add_folder(self, folder: str) -> None:
        if not folder or folder in self.folders():
            return
        self._fill([(f, f) for f in (*self.folders(), folder)])
        self.edited.emit()

    @Slot()
    def _on_add(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("RulesSettings", "Folder of rule packs (.toml files)")
        )
        self.add_folder(folder)


class DateList(ListEditor):
    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(tr("RulesSettings", "Remove the selected day"), 320, parent)
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.add_button = QPushButton(tr("RulesSettings", "Add the day"))
        self.add_row.addWidget(self.date_edit)
        self.add_row.addWidget(self.add_button)
        self.add_button.clicked.connect(self._on_add)

    def set_dates(self, days: tuple[dt.date, ...]) -> None:
        self._fill([(day_text(d), d) for d in sorted(days)])

    def dates(self) -> tuple[dt.date, ...]:
        return tuple(v for v in self.values() if isinstance(v, dt.date))

    def add_date(self, day: dt.date) -> None:
        if day in self.dates():
            return
        self.set_dates((*self.dates(), day))
        self.edited.emit()

    @Slot()
    def _on_add(self) -> None:
        picked = self.date_edit.date()
        self.add_date(dt.date(picked.year(), picked.month(), picked.day()))
