"""Layout of the settings screen: the unit profile, the language, where the data lives, backups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.registers.detail_view import value_label
from ui.registers.view import tool_button


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
        self.unit_edit = tool_button(tr("Settings", "Edit the unit profile…"), "edit")
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_note, 1)
        unit_row.addWidget(self.unit_edit)
        layout.addWidget(self.unit_box)
        layout.addLayout(unit_row)

        language_box, language_form = form_group(tr("Settings", "Language"))
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        language_form.addRow(tr("Settings", "Interface language"), self.language)
        layout.addWidget(language_box)

        documents_box, documents_form = form_group(tr("Settings", "Documents"))
        self.require_submission = QCheckBox(
            tr("Settings", "A draft is submitted for signature before it is issued")
        )
        self.require_submission.setToolTip(
            tr(
                "Settings",
                "When ticked, issuing a draft that skipped the submission step asks for a "
                "confirmation first.",
            )
        )
        documents_form.addRow(self.require_submission)
        layout.addWidget(documents_box)

        self.data_box, self.data_form = form_group(tr("Settings", "Data"))
        self.open_data = tool_button(tr("Settings", "Open the data folder"), "folder")
        self.open_data_row = QHBoxLayout()  # the controller puts it under the paths
        self.open_data_row.addWidget(self.open_data)
        self.open_data_row.addStretch(1)
        layout.addWidget(self.data_box)

        backup_box, backup_form = form_group(tr("Settings", "Backups and evidence"))
        self.backup_dir = value_label("")
        self.choose_backup = tool_button(tr("Settings", "Choose…"), "folder")
        self.open_backup = tool_button(tr("Settings", "Open"), "folder")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_dir, 1)
        folder_row.addWidget(self.choose_backup)
        folder_row.addWidget(self.open_backup)
        backup_form.addRow(tr("Settings", "Backup folder"), folder_row)
        self.backup_now = tool_button(tr("Settings", "Back up now"), "backup")
        self.backup_status = QLabel()
        self.backup_status.setObjectName("statusText")
        self.backup_status.setWordWrap(True)
        self.backup_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_now)
        now_row.addWidget(self.backup_status, 1)
        backup_form.addRow("", now_row)
        self.evidence_limit = QSpinBox()
        self.evidence_limit.setRange(1, 2048)
        self.evidence_limit.setSuffix(" MB")
        self.evidence_limit.setKeyboardTracking(False)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.evidence_limit)
        limit_row.addStretch(1)
        backup_form.addRow(tr("Settings", "Largest evidence file"), limit_row)
        layout.addWidget(backup_box)
        layout.addStretch(1)
        self.setWidget(body)
