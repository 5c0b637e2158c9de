"""Pickers for references to other records, with type-ahead that ignores case and accents.

`ReferencePicker` chooses one record (a system, a plan, a contact): an editable combo box whose
completer lists the names that answer the typed text, ranked by `app.domain.ranking` (exact,
phrase, folded phrase, words: "cong thong" finds "Cổng thông tin"). `MultiPicker` chooses
several (the systems of a scan, a drill, an incident): a filter box over a list of check boxes,
ranked the same way.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain.ranking import Ranking, rank
from app.domain.text import fold, nfc
from ui.common.i18n import tr

Option = tuple[str, str]  # record id, the name a person knows it by
ID_ROLE = Qt.ItemDataRole.UserRole
_ROWS_SHOWN = 6  # rows of a multi-picker before it scrolls


def outside_list() -> str:
    """How a record the list does not hold (another unit's) is named: in words, not its id."""
    return tr("Form", "(a record of another unit, kept)")


class NotChosen(ValueError):
    """The typed text names none of the choices."""


class RankingFilter(QSortFilterProxyModel):
    """Keeps the rows that answer the typed text, best first (`app.domain.ranking`); the one
    best row, when there is one, is shown in bold: Enter picks it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._position: dict[int, int] = {}  # source row -> place in the ranking
        self.ranking = Ranking(())
        self.rows: list[int] = []  # source rows of the ranking's candidates, best first
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        model = self.sourceModel()
        candidates = [r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE)]
        names = [str(model.index(r, 0).data() or "") for r in candidates]
        self.beginResetModel()
        self._query = text
        self.ranking = rank(text, names)
        self.rows = [candidates[i] for i in self.ranking.indexes]
        self._position = {row: place for place, row in enumerate(self.rows)}
        self.endResetModel()
        self.invalidate()
        self.sort(0)

    @property
    def best_row(self) -> int | None:
        """The source row of the one best candidate; None when nothing answers or two tie."""
        return self.rows[0] if self.ranking.best is not None else None

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query.strip():
            index = self.sourceModel().index(source_row, 0, source_parent)
            return not index.data(ID_ROLE)  # nothing typed: only the blank choice
        return source_row in self._position

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return self._position.get(left.row(), -1) < self._position.get(right.row(), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:  # a long name elided in the list, whole here
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        best = self.best_row
        if (
            role == Qt.ItemDataRole.FontRole
            and best is not None
            and self.mapToSource(index).row() == best
        ):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ReferencePicker(QComboBox):
    """One record out of a list, or none (the first, blank entry).

    Typing lists the records that answer the text, best first. Enter picks the one best record
    (shown in bold); when two are equally good it picks nothing and says so, so the person
    chooses with the arrow keys: a picker never picks the wrong record silently.
    """

    def __init__(self, options: list[Option], blank: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem(blank, "")
        self._add_options(options)
        self.filter = RankingFilter(self)
        self.filter.setSourceModel(self.model())
        completer = QCompleter(self)
        completer.setModel(self.filter)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)  # after the completer's own filter, so it runs first
        self.notice = ""  # what the picker last said about a tie
        line = self.line()
        line.setPlaceholderText(tr("Form", "Type part of the name…"))
        line.textEdited.connect(self._on_text_edited)
        self.setCurrentIndex(0)
        line.clear()

    def _add_options(self, options: list[Option]) -> None:
        for record_id, name in options:
            self.addItem(name, record_id)

    def set_options(self, options: list[Option]) -> None:
        """Replace the records offered (they arrive after the form opened); typed text stays."""
        typed = self.line().text()
        self.blockSignals(True)
        try:
            while self.count() > 1:
                self.removeItem(self.count() - 1)
            self._add_options(options)
            self.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.line().setText(typed)
        if typed.strip() and self.line().hasFocus():
            self._on_text_edited(typed)

    def line(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # the combo box is editable
        return line

    @Slot(str)
    def _on_text_edited(self, text: str) -> None:
        self.filter.set_query(text)
        self.notice = ""
        completer = self.completer()
        assert completer is not None
        if text.strip() and self.filter.rowCount():
            completer.complete()
        elif (popup := completer.popup()) is not None:
            popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (
            watched is popup
            and popup is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not popup.selectionModel().hasSelection()
        ):
            # No row highlighted with the arrow keys yet (the completer's own current row, a
            # prefix match, is not the person's choice): Enter lets the ranking decide, or
            # nobody; the first arrow highlights the first (or last) row.
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_best()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.filter.rowCount():
                row = 0 if key == Qt.Key.Key_Down else self.filter.rowCount() - 1
                popup.setCurrentIndex(popup.model().index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def choose_best(self) -> bool:
        """Enter with nothing highlighted: pick the one best record, or say there is a tie."""
        best = self.filter.best_row
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if best is None:
            if self.filter.ranking.tied:
                self.notice = tr(
                    "Form",
                    "Several names match equally well: choose one with the arrow keys, "
                    "or type more of the name.",
                )
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.notice, self)
            return False
        if popup is not None:
            popup.hide()
        self.setCurrentIndex(best)
        self.notice = ""
        return True

    def value(self) -> str | None:
        """The chosen record's id; None when blank. Raises NotChosen for text that names no
        record exactly (case and accents aside), or names two."""
        text = nfc(self.currentText()).strip()
        if not text:
            return None
        current = self.currentIndex()
        if current > 0 and self.itemText(current) == text:
            return str(self.itemData(current))  # the entry chosen (names may repeat)
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
            # A record this list does not hold (another unit's): kept, named in words, never
            # by its internal id.
            self.addItem(outside_list(), record_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.line().clear()


class MultiPicker(QWidget):
    """Several records out of a list: a filter box over check boxes, the matches ranked first."""

    changed = Signal()

    def __init__(
        self, options: list[Option], parent: QWidget | None = None, *, rows: int = _ROWS_SHOWN
    ) -> None:
        super().__init__(parent)
        self.rows = rows
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Form", "Type to find in the list…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self._order: list[QListWidgetItem] = []  # the given (alphabetical) order
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.list.itemChanged.connect(self._on_item_changed)
        self.set_options(options)

    def _new_item(self, record_id: str, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.list)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self._order.append(item)
        return item

    def set_options(self, options: list[Option]) -> None:
        """Replace the records offered, keeping the ticks of those still offered."""
        ticked = set(self.value())
        self.list.blockSignals(True)
        try:
            self.list.clear()
            self._order = []
            for record_id, name in options:
                item = self._new_item(record_id, name)
                if record_id in ticked:
                    item.setCheckState(Qt.CheckState.Checked)
        finally:
            self.list.blockSignals(False)
        shown = max(1, min(len(options), self.rows))
        row_height = self.list.sizeHintForRow(0) if options else self.list.fontMetrics().height()
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(shown * max(row_height, self.list.fontMetrics().height()) + frame)
        searchable = len(options) > self.rows
        self.filter_edit.setVisible(searchable)
        self.setFocusProxy(self.filter_edit if searchable else self.list)
        self._on_filter(self.filter_edit.text())

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    @Slot(str)
    def _on_filter(self, text: str) -> None:
        """Show the records that answer *text*, best first; all of them when it is empty."""
        filtering = bool(text.strip())
        order = self._order
        shown: set[int] = set()
        if filtering:
            first = rank(text, [item.text() for item in self._order]).indexes
            shown = {id(self._order[i]) for i in first}
            order = [self._order[i] for i in first] + [
                item for item in self._order if id(item) not in shown
            ]
        self.list.blockSignals(True)
        try:
            while self.list.count():
                self.list.takeItem(0)
            for item in order:
                self.list.addItem(item)
                item.setHidden(filtering and id(item) not in shown)
        finally:
            self.list.blockSignals(False)

    @Slot(QListWidgetItem)
    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()

    def value(self) -> tuple[str, ...]:
        return tuple(
            str(item.data(ID_ROLE))
            for item in self._order
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_value(self, ids: tuple[str, ...]) -> None:
        known = {item.data(ID_ROLE) for item in self._order}
        self.list.blockSignals(True)
        try:
            for record_id in ids:
                if record_id not in known:
                    self._new_item(record_id, outside_list())  # another unit's: kept
            chosen = set(ids)
            for item in self._order:
                checked = item.data(ID_ROLE) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self.list.blockSignals(False)
        self.changed.emit()
