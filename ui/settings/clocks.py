"""The "Thời hạn và ngày làm việc" group of the settings screen: the province whose rule pack
applies, folders of the unit's own packs, and the working-day calendar's edits.

Every edit is saved at once through the writer, after the packs it names were loaded; a pack
that cannot be used is named in red under the group and the settings in force stay as they were
(the widgets show them again). A saved change goes out on the data bus, so the home screen
counts its deadlines again.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.domain.errors import AtttError
from app.services.changes import RegisterKey
from app.services.settings.clocks import (
    RulesChoices,
    SavedRules,
    province_name,
    read_choices,
    save_checked,
)
from app.services.settings.service import AppSettings
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.common.style import MUTED
from ui.home.line import OVERDUE_RED
from ui.settings.clock_lists import DateList, FolderList


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {MUTED};")
    return label


class RulesSettingsGroup(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(tr("RulesSettings", "Deadlines and working days"), parent)
        self.ctx = ctx
        self.saved: AppSettings | None = None
        self.is_loaded = False
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.addRow(
            _note(
                tr(
                    "RulesSettings",
                    "Deadlines follow the national rules in force on the day of each event. "
                    "Choose your province if it sets its own deadlines (Kiên Giang: incident "
                    "reports within 3 days; Kon Tum: quarterly reports before the 15th).",
                )
            )
        )
        self.province = QComboBox()
        self.province.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        province_row = QHBoxLayout()
        province_row.addWidget(self.province)
        province_row.addStretch(1)
        form.addRow(tr("RulesSettings", "Provincial rules"), province_row)
        self.folders = FolderList()
        form.addRow(tr("RulesSettings", "Folders of the unit's own rule packs"), self.folders)
        self.make_up = DateList(ctx.now().date())
        form.addRow(tr("RulesSettings", "Make-up working days"), self.make_up)
        self.days_off = DateList(ctx.now().date())
        form.addRow(tr("RulesSettings", "Extra days off"), self.days_off)
        form.addRow(
            _note(
                tr(
                    "RulesSettings",
                    "Public holidays and Tết are already counted. Enter only the weekend days "
                    "worked in exchange and the extra days off that the Government announces; "
                    "deadlines counted in working days skip the days off.",
                )
            )
        )
        self.status = QLabel()
        self.status.setObjectName("rulesStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        form.addRow(self.status)
        self._connect_signals()
        self.load()

    @classmethod
    def placed_before(cls, ctx: Context, anchor: QWidget) -> RulesSettingsGroup:
        """Make the group and put it just above *anchor* in the screen's column."""
        parent = anchor.parentWidget()
        group = cls(ctx, parent)
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(layout.indexOf(anchor), group)
        return group

    def _connect_signals(self) -> None:
        self.province.activated.connect(self._on_edited)
        for editor in (self.folders, self.make_up, self.days_off):
            editor.edited.connect(self._on_edited)
        self.ctx.bus.changed.connect(self._on_data_changed)

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        self.ctx.runner.query(
            partial(read_choices, self.ctx.ws),
            on_done=self._show_choices,
            on_error=self._load_failed,
            owner=self,
        )

    def _show_choices(self, choices: RulesChoices) -> None:
        lang = self.ctx.lang
        self.province.clear()
        self.province.addItem(tr("RulesSettings", "None (national rules only)"), "")
        for province in choices.provinces:
            self.province.addItem(province.name, province.slug)
            title = province.title_vi if lang == "vi" else province.title_en
            self.province.setItemData(self.province.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self._show_settings(choices.settings)
        self.is_loaded = True

    def _show_settings(self, settings: AppSettings) -> None:
        self.saved = settings
        index = self.province.findData(settings.province)
        if index < 0:  # saved, but its pack is gone: show it, the home screen says why
            missing = tr("RulesSettings", "%1 (no rule pack found)")
            self.province.addItem(fill(missing, province_name(settings.province)))
            index = self.province.count() - 1
            self.province.setItemData(index, settings.province)
        self.province.setCurrentIndex(index)
        self.folders.set_folders(settings.extra_rule_dirs)
        self.make_up.set_dates(settings.make_up_days)
        self.days_off.set_dates(settings.days_off)

    def _load_failed(self, error: BaseException) -> None:
        self.is_loaded = True
        self._say(error.message(self.ctx.lang) if isinstance(error, AtttError) else "", True)
        if not isinstance(error, AtttError):
            self.ctx.runner.report_error(error)

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        if event.initiator is not self and event.touches(RegisterKey.SETTINGS):
            self.load()

    # -- saving -----------------------------------------------------------------------------
    @Slot()
    def _on_edited(self) -> None:
        if self.saved is None:
            return
        chosen = self.province.currentData()
        province = chosen if isinstance(chosen, str) else ""
        folders, make_up, days_off = (
            self.folders.folders(),
            self.make_up.dates(),
            self.days_off.dates(),
        )
        current = self.saved
        if (province, folders, make_up, days_off) == (
            current.province,
            current.extra_rule_dirs,
            current.make_up_days,
            current.days_off,
        ):
            return
        self.setEnabled(False)
        self._say(tr("RulesSettings", "Checking the rule packs and saving…"), False)
        save = partial(
            save_checked,
            self.ctx.ws,
            province=province,
            extra_rule_dirs=folders,
            make_up_days=make_up,
            days_off=days_off,
        )
        self.ctx.runner.command(
            save,
            on_done=self._on_saved,
            on_error=self._on_refused,
            owner=self,
            initiator=self,
        )

    def _on_saved(self, result: SavedRules) -> None:
        self.setEnabled(True)
        self._show_settings(result.settings)
        self._say(tr("RulesSettings", "Saved. The deadlines are counted again."), False)

    def _on_refused(self, error: BaseException) -> None:
        self.setEnabled(True)
        if self.saved is not None:
            self._show_settings(self.saved)
        if not isinstance(error, AtttError):
            self._say("", False)
            self.ctx.runner.report_error(error)
            return
        prefix = tr("RulesSettings", "Not saved; the settings in force are kept.")
        self._say(f"{prefix} {error.message(self.ctx.lang)}", True)

    def _say(self, text: str, error: bool) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setStyleSheet(f"color: {OVERDUE_RED if error else MUTED};")

    def status_text(self) -> str:
        return "" if self.status.isHidden() else self.status.text()
