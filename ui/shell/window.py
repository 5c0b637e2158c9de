"""The main window: the sidebar of screens, the screen on show, the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.unit import Unit
from app.services.changes import RegisterKey
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context, Screen
from ui.icons import icon
from ui.settings.screen import SettingsScreen
from ui.shell.commands import WindowCommands
from ui.shell.screens import SCREENS

SIDEBAR_WIDTH = 220


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    closing = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit: Unit | None = None
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(1000, 640))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setSpacing(0)
        self.stack = QStackedWidget()
        self.heading = QLabel()
        self.heading.setObjectName("screenTitle")
        self.screens: list[Screen] = []
        for spec in SCREENS:
            screen = spec.build(ctx, spec.key)
            self.screens.append(screen)
            self.stack.addWidget(screen)
            QListWidgetItem(icon(spec.icon), spec.label(ctx.lang), self.sidebar)

        self._fit_sidebar()
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(16, 12, 16, 8)
        self.read_only_banner = QLabel(
            tr(
                "Window",
                "This database is open read-only: it is on a device or in a folder that cannot "
                "be written. You can look, print and back it up; to make changes, copy the file "
                "to this PC and open the copy.",
            )
        )
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(ctx.ws.read_only)
        content_layout.addWidget(self.read_only_banner)
        content_layout.addWidget(self.heading)
        content_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(content, 1)
        self.setCentralWidget(central)

        self.path_label = QLabel(fill(tr("Window", "Database: %1"), ctx.ws.path))
        self.count_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self._connect_signals()
        self.commands = WindowCommands(self)  # the menu bar, its shortcuts, the undo
        self._update_title()
        self.refresh_status()
        self.sidebar.setCurrentRow(0)

    def _fit_sidebar(self) -> None:
        """As wide as the longest label (English ones are longer), never narrower than usual."""
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for label in self.sidebar_labels())
        chrome = self.sidebar.iconSize().width() + 56  # icon, gaps, item padding and margins
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, widest + chrome))

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.ctx.bus.changed.connect(self._on_data_changed)
        for screen in self.screens:
            screen.open_record.connect(self.open_record)
            if isinstance(screen, SettingsScreen):
                screen.language_chosen.connect(self.language_chosen)

    # -- screens ----------------------------------------------------------------------------
    def sidebar_labels(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def screen_for(self, key: str) -> Screen:
        return next(s for s in self.screens if s.key == key)

    def current_screen(self) -> Screen:
        return self.screens[self.stack.currentIndex()]

    def select_screen(self, key: str) -> Screen:
        screen = self.screen_for(key)
        self.sidebar.setCurrentRow(self.screens.index(screen))
        return screen

    @Slot(int)
    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        previous = self.stack.currentWidget()
        if isinstance(previous, Screen) and previous is not self.screens[row]:
            previous.deactivate()
        self.stack.setCurrentIndex(row)
        self.heading.setText(self.sidebar.item(row).text())
        self.screens[row].activate()

    @Slot(str, str)
    def open_record(self, kind_key: str, record_id: str) -> None:
        """Show a record in the screen that lists it (from a link or the home screen)."""
        for screen in self.screens:
            if screen.key == kind_key or (kind_key == "scenarios" and screen.key == "plans"):
                self.select_screen(screen.key)
                screen.show_record(kind_key, record_id)
                return

    # -- title and status bar ---------------------------------------------------------------
    def _update_title(self) -> None:
        self.ctx.runner.query(self.ctx.ws.records.current_unit, on_done=self._show_unit, owner=self)

    def _show_unit(self, unit: Unit | None) -> None:
        self.unit = unit
        title = tr("Window", "ATTT Desk – Network information security register")
        self.setWindowTitle(f"{title} – {unit.name}" if unit else title)

    def refresh_status(self) -> None:
        self.ctx.runner.query(self.ctx.ws.records.counts, on_done=self._show_counts, owner=self)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.count_label.setText(
            fill(
                tr("Window", "Units: %1 · Records: %2"),
                counts.get("units", 0),
                sum(counts.values()),
            )
        )

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        self.refresh_status()
        if event.touches(RegisterKey.UNITS):
            self._update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)
