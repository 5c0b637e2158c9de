"""Layout of the data exchange screen (Trao đổi dữ liệu): four tabs, and the first of them.

"Gửi dữ liệu lên tỉnh" (this module): where the package goes (a folder, a removable drive, or a
ready-to-send e-mail), the cover letter, the password, the evidence files; the result (file,
SHA-256, key fingerprint) and the log of packages sent, with the province's receipts.
"Tổng hợp của tỉnh" (also here): the province-mode switch and the record counts of every unit.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.exchange.parts import button_row, mono, note, page, status_label, table
from ui.exchange.receive_view import ImportPage
from ui.exchange.sheet_view import SheetPage
from ui.registers.view import tool_button
from ui.settings.view import form_group


class ExportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll, layout = page()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        box, form = form_group(tr("Exchange", "Data package for the province"))
        self.summary = note()
        form.addRow(self.summary)
        form.addRow(tr("Exchange", "Save to"), self._destination())
        self.cover = QComboBox()
        self.cover.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cover.setMinimumContentsLength(40)
        form.addRow(tr("Exchange", "Cover letter sent with it"), self.cover)
        self.encrypt = QCheckBox(tr("Exchange", "Encrypt the package with a password"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("Exchange", "Password (at least 8 characters)"))
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setPlaceholderText(tr("Exchange", "The same password again"))
        secret = QVBoxLayout()
        secret.addWidget(self.encrypt)
        secret.addLayout(button_row(self.password, self.password_again))
        secret.addWidget(
            note(
                tr(
                    "Exchange",
                    "For a USB stick that may be lost. Tell the province the password by "
                    "phone, never in the same e-mail as the package.",
                )
            )
        )
        form.addRow(tr("Exchange", "Password"), secret)
        self.evidence = QCheckBox(tr("Exchange", "Include evidence files, each at most"))
        self.evidence_limit = QSpinBox()
        self.evidence_limit.setRange(1, 2048)
        self.evidence_limit.setSuffix(" MB")
        form.addRow(
            tr("Exchange", "Evidence files"), button_row(self.evidence, self.evidence_limit)
        )
        self.export_button = tool_button(tr("Exchange", "Export the package"), "exchange")
        self.status = status_label()
        form.addRow("", button_row(self.export_button))
        form.addRow(self.status)
        layout.addWidget(box)

        self.result_box, result = form_group(tr("Exchange", "Package written"))
        self.result_file = mono()
        self.result_sha = mono()
        self.result_key = mono()
        self.result_notes = note()
        result.addRow(tr("Exchange", "File"), self.result_file)
        result.addRow(tr("Exchange", "SHA-256"), self.result_sha)
        result.addRow(tr("Exchange", "Signing key fingerprint"), self.result_key)
        result.addRow(self.result_notes)
        self.open_folder = tool_button(tr("Exchange", "Open the folder"), "folder")
        self.save_letter = tool_button(tr("Exchange", "Save the cover letter…"), "documents")
        result.addRow("", button_row(self.open_folder, self.save_letter))
        self.result_box.hide()
        layout.addWidget(self.result_box)

        log_box = QGroupBox(tr("Exchange", "Packages sent"))
        log = QVBoxLayout(log_box)
        self.log = table(
            [
                tr("Exchange", "Made at"),
                tr("Exchange", "File"),
                tr("Exchange", "Records"),
                tr("Exchange", "Encrypted"),
                tr("Exchange", "SHA-256"),
                tr("Exchange", "Province"),
            ]
        )
        self.log.setMinimumHeight(160)
        log.addWidget(self.log)
        self.load_receipt = tool_button(tr("Exchange", "Load a receipt…"), "open-file")
        self.receipt_status = status_label()
        receipt_row = QHBoxLayout()
        receipt_row.addWidget(self.load_receipt)
        receipt_row.addWidget(
            note(tr("Exchange", "The province's signed receipt marks a package received.")), 1
        )
        log.addLayout(receipt_row)
        log.addWidget(self.receipt_status)
        layout.addWidget(log_box)
        layout.addStretch(1)

    def _destination(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.to_folder = QRadioButton(tr("Exchange", "A folder"))
        self.to_drive = QRadioButton(tr("Exchange", "A removable drive (USB)"))
        self.to_email = QRadioButton(tr("Exchange", "An e-mail (.eml) to"))
        self.where = QButtonGroup(self)
        for index, button in enumerate((self.to_folder, self.to_drive, self.to_email)):
            self.where.addButton(button, index)
            grid.addWidget(button, index, 0)
        self.folder = QLineEdit()
        self.choose_folder = QPushButton(tr("Exchange", "Choose…"))
        self.choose_folder.setAutoDefault(False)
        grid.addLayout(button_row(self.folder, self.choose_folder), 0, 1)
        self.drive = QComboBox()
        self.drive.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.find_drives = QPushButton(tr("Exchange", "Look again"))
        self.find_drives.setAutoDefault(False)
        grid.addLayout(button_row(self.drive, self.find_drives), 1, 1)
        self.address = QLineEdit()
        self.address.setPlaceholderText(tr("Exchange", "the province's address"))
        grid.addWidget(self.address, 2, 1)
        self.email_note = note(
            tr(
                "Exchange",
                "The package and the e-mail are saved in the folder above; open the .eml file "
                "in Outlook or Thunderbird to send it.",
            )
        )
        grid.addWidget(self.email_note, 3, 1)
        return grid


class ProvincePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll, layout = page()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        mode_box = QGroupBox(tr("ExchangeProvince", "Province mode"))
        mode = QVBoxLayout(mode_box)
        self.province_mode = QCheckBox(
            tr("ExchangeProvince", "This database consolidates the units of the province")
        )
        mode.addWidget(self.province_mode)
        mode.addWidget(
            note(
                tr(
                    "ExchangeProvince",
                    "The province's specialised unit turns this on to receive the packages of "
                    "the communes and wards: each unit's records are kept apart, replaced by "
                    "its newer packages, and added up in the lists and reports. An empty "
                    "database turns it on by itself when the first package is imported.",
                )
            )
        )
        self.status = status_label()
        mode.addWidget(self.status)
        layout.addWidget(mode_box)

        units_box = QGroupBox(tr("ExchangeProvince", "Records of each unit"))
        units = QVBoxLayout(units_box)
        self.total = note()
        units.addWidget(self.total)
        self.units = table([])
        self.units.setMinimumHeight(320)
        units.addWidget(self.units)
        layout.addWidget(units_box, 1)


class ExchangeView(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.export_page = ExportPage()
        self.import_page = ImportPage()
        self.sheet_page = SheetPage()
        self.province_page = ProvincePage()
        self.addTab(self.export_page, tr("Exchange", "Send to the province"))
        self.addTab(self.import_page, tr("Exchange", "Receive a unit's package"))
        self.addTab(self.sheet_page, tr("Exchange", "Import from a spreadsheet"))
        self.addTab(self.province_page, tr("Exchange", "Province summary"))
