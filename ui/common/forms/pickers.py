"""Pickers for references to other records, with type-ahead that ignores case and accents.

`ReferencePicker` chooses one record (a system, a plan, a contact): an editable combo box whose
completer lists the names holding every typed word, folded like the register filters ("cong
thong" finds "Cổng thông tin"). `MultiPicker` chooses several (the systems of a scan, a drill,
an incident): a filter box over a list of check boxes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.text import fold, nfc
from ui.common.i18n import tr

Option = tuple[str, str]  # record id, the name a person knows it by
ID_ROLE = Qt.ItemDataRole.UserRole
_ROWS_SHOWN = 6  # rows of a multi-picker before it scrolls


class NotChosen(ValueError):
    """The typed text names none of the choices."""


class FoldingFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every typed word, case and accents ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not index.data(ID_ROLE):
            return not self._words  # the blank choice only while nothing is typed
        text = fold(str(index.data() or ""))
        return all(word in text for word in self._words)


class ReferencePicker(QComboBox):
    """One record out of a list, or none (the first, blank entry)."""

    def __init__(self, options: list[Option], blank: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem(blank, "")
        for record_id, name in options:
            self.addItem(name, record_id)
        self.filter = FoldingFilter(self)
        self.filter.setSourceModel(self.model())
        completer = QCompleter(self)
        completer.setModel(self.filter)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line = self.line()
        line.setPlaceholderText(tr("Form", "Type part of the name…"))
        line.textEdited.connect(self._on_text_edited)
        self.setCurrentIndex(0)
        line.clear()

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo box is editable
        return line

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self.filter.set_query(text)
        completer = self.completer()
        assert completer is not None
        if text.strip() and self.filter.rowCount():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    def value(self) -> str | None:
        """The chosen record's id; None when blank. Raises NotChosen for unknown text."""
        text = nfc(self.currentText()).strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            matches = [i for i in range(1, self.count()) if fold(self.itemText(i)) == fold(text)]
            if len(matches) != 1:
                raise NotChosen(text)
            index = matches[0]
        record_id = self.itemData(index)
        return str(record_id) if record_id else None

    def set_value(self, record_id: str | None) -> None:
        index = self.findData(record_id or "")
        if index < 0 and record_id:
            self.addItem(record_id, record_id)  # a record of another unit: keep its id shown
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.line().clear()


class MultiPicker(QWidget):
    """Several records out of a list: a filter box over check boxes."""

    changed = Signal()

    def __init__(
        self, options: list[Option], parent: QWidget | None = None, *, rows: int = _ROWS_SHOWN
    ) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Form", "Type to find in the list…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for record_id, name in options:
            item = QListWidgetItem(name, self.list)
            item.setData(ID_ROLE, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        shown = max(1, min(len(options), rows))
        row_height = self.list.sizeHintForRow(0) if options else self.list.fontMetrics().height()
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(shown * max(row_height, self.list.fontMetrics().height()) + frame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        searchable = len(options) > rows
        if searchable:
            layout.addWidget(self.filter_edit)
        else:
            self.filter_edit.hide()
        layout.addWidget(self.list)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self.setFocusProxy(self.filter_edit if searchable else self.list)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        words = fold(text).split()
        for item in self.items():
            shown = fold(item.text())
            item.setHidden(not all(word in shown for word in words))

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def value(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_value(self, ids: tuple[str, ...]) -> None:
        known = {item.data(ID_ROLE) for item in self.items()}
        for record_id in ids:
            if record_id not in known:
                item = QListWidgetItem(record_id, self.list)
                item.setData(ID_ROLE, record_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        chosen = set(ids)
        for item in self.items():
            checked = item.data(ID_ROLE) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
