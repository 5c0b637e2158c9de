"""Layout of the settings screen: the unit profile, the language, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


def form_group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setHorizontalSpacing(16)
    return box, form


class SettingsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(14)

        self.unit_box, self.unit_form = form_group(tr("Settings", "Reporting unit"))
        self.unit_note = QLabel(
            tr("Settings", "The unit profile is printed on every document the unit issues.")
        )
        self.unit_note.setObjectName("mutedLabel")
        self.unit_note.setWordWrap(True)
        layout.addWidget(self.unit_box)
        layout.addWidget(self.unit_note)

        language_box, language_form = form_group(tr("Settings", "Language"))
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_form.addRow(tr("Settings", "Interface language"), self.language)
        layout.addWidget(language_box)

        self.data_box, self.data_form = form_group(tr("Settings", "Data"))
        layout.addWidget(self.data_box)
        layout.addStretch(1)
        self.setWidget(body)
