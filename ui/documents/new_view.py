"""Layout of the "Văn bản mới" dialog: the templates by their Vietnamese names, what each is
filled from and the text it follows, then the incident or system to fill it from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.forms.pickers import NotChosen, ReferencePicker
from ui.common.i18n import fill, tr

if TYPE_CHECKING:
    from ui.documents.new import NewChoices

ID_ROLE = Qt.ItemDataRole.UserRole
NEEDS_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 2


def _needs_label(needs: str) -> str:
    if needs == "incident":
        return tr("Documents", "an incident")
    if needs == "system":
        return tr("Documents", "an information system")
    return tr("Documents", "the unit")


def _record_combo() -> ReferencePicker:
    """An incident or a system, found by typing part of its code or name (ranked as in every
    picker of the app: exact, phrase, folded phrase, words)."""
    combo = ReferencePicker([], tr("Documents", "— choose —"))
    combo.setMinimumContentsLength(48)
    return combo


def _picked(picker: ReferencePicker) -> str | None:
    """The record chosen in *picker*; None while its text names none (or two)."""
    try:
        return picker.value()
    except NotChosen:
        return None


class NewDocumentView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Documents", "New document"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(960, 440)
        intro = QLabel(
            tr(
                "Documents",
                "Choose a template. The draft is filled in from the registers; edit it, then "
                "submit it for signature.",
            )
        )
        intro.setWordWrap(True)
        self.templates = QTreeWidget()
        self.templates.setObjectName("documentTemplates")
        self.templates.setHeaderLabels(
            [tr("Documents", "Template"), tr("Documents", "Filled from")]
        )
        self.templates.setRootIsDecorated(False)
        self.templates.setUniformRowHeights(True)
        self.templates.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.templates.setAlternatingRowColors(True)
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.templates.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.source = QLabel()  # the text the chosen template follows (they are long)
        self.source.setObjectName("mutedLabel")
        self.source.setWordWrap(True)
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.incident = _record_combo()
        self.system = _record_combo()
        self.incident_label = QLabel(tr("Documents", "Incident:"))
        self.system_label = QLabel(tr("Documents", "Information system:"))
        form = QFormLayout()
        form.addRow(self.incident_label, self.incident)
        form.addRow(self.system_label, self.system)
        self.error = QLabel()
        self.error.setObjectName("statusText")
        self.error.setProperty("error", True)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        box = QDialogButtonBox()
        self.create_button = box.addButton(
            tr("Documents", "Create the draft"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setDefault(True)
        box.addButton(tr("Documents", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.templates, 1)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.templates.currentItemChanged.connect(self._on_template_changed)
        self.templates.itemActivated.connect(self._on_activated)
        for picker in (self.incident, self.system):
            picker.currentIndexChanged.connect(self._update)
            picker.editTextChanged.connect(self._update)
        self._busy = False
        self._preset = ""

    def set_choices(
        self, choices: NewChoices, incident_id: str | None, system_id: str | None, lang: str
    ) -> None:
        """Fill the lists: the templates filled from the record given first, then those filled
        from the unit, then the rest (each group A–Z)."""
        self._preset = "incident" if incident_id else "system" if system_id else ""
        needs = [t.needs for t in choices.templates]
        order = sorted(range(len(needs)), key=lambda i: (needs[i] != self._preset, needs[i] != ""))
        for index in order:
            choice = choices.templates[index]
            item = QTreeWidgetItem([choice.title, _needs_label(choice.needs)])
            item.setData(0, ID_ROLE, choice.id)
            item.setData(0, NEEDS_ROLE, choice.needs)
            item.setData(0, SOURCE_ROLE, choice.source)
            item.setToolTip(0, choice.source)
            self.templates.addTopLevelItem(item)
        for combo, records, chosen in (
            (self.incident, choices.incidents, incident_id),
            (self.system, choices.systems, system_id),
        ):
            combo.set_options(list(records))
            for index in range(1, combo.count()):
                combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
            # The record given, else the first listed (the newest incident, the first system).
            start = combo.findData(chosen) if chosen else -1
            combo.setCurrentIndex(start if start > 0 else min(1, combo.count() - 1))
        first = self.templates.topLevelItem(0)
        if first is not None:
            self.templates.setCurrentItem(first)
        self._update()

    def select_template(self, template_id: str) -> bool:
        for row in range(self.templates.topLevelItemCount()):
            item = self.templates.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == template_id:
                self.templates.setCurrentItem(item)
                return True
        return False

    def _needs(self) -> str:
        item = self.templates.currentItem()
        return str(item.data(0, NEEDS_ROLE)) if item is not None else ""

    def chosen(self) -> tuple[str, str | None, str | None]:
        """The template's id and the incident and system to fill it from (or link it to)."""
        item = self.templates.currentItem()
        if item is None:
            return "", None, None
        needs = self._needs()
        incident = _picked(self.incident) if "incident" in (needs, self._preset) else None
        system = _picked(self.system) if "system" in (needs, self._preset) else None
        return str(item.data(0, ID_ROLE)), incident or None, system or None

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.error.hide()
        self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    @Slot()
    def _on_template_changed(self, *_args: object) -> None:
        self.error.hide()
        item = self.templates.currentItem()
        source = str(item.data(0, SOURCE_ROLE)) if item is not None else ""
        self.source.setText(fill(tr("Documents", "Follows: %1"), source) if source else "")
        self._update()

    @Slot()
    def _on_activated(self, *_args: object) -> None:
        if self.create_button.isEnabled():
            self.create_button.click()

    @Slot()
    def _update(self, *_args: object) -> None:
        needs = self._needs()
        for kind, label, combo in (
            ("incident", self.incident_label, self.incident),
            ("system", self.system_label, self.system),
        ):
            shown = kind in (needs, self._preset)
            label.setVisible(shown)
            combo.setVisible(shown)
        template, incident, system = self.chosen()
        missing = (needs == "incident" and not incident) or (needs == "system" and not system)
        self.create_button.setEnabled(bool(template) and not missing and not self._busy)
