"""Save a PNG of every screen of the window, in Vietnamese and in English, to docs/screenshots/.

The app runs on a temporary database holding the sample unit (or, if the sample is not
available, a small unit made here through the services). Run it under a virtual display:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py

or without one: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py`. It needs
the project installed in the interpreter (`pip install -e .`, as the project's venv has it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from shots_desk import shoot_desk  # beside this script: the forms, pages and dialogs
from shots_documents import shoot_documents

from app.domain.enums import IncidentStage, IncidentType
from app.domain.incidents import Incident, TimelineEntry
from app.domain.systems import InfoSystem
from app.domain.unit import Signer, Unit
from app.services.clocks.dashboard import load_reminders
from app.services.workspace import Workspace, open_workspace
from ui.common import dialogs
from ui.common.i18n import fill, tr
from ui.common.progress import ProgressDialog
from ui.exchange.report import trust_box
from ui.exchange.screen import ExchangeScreen
from ui.home.reminders_dialog import RemindersDialog
from ui.home.screen import HomeScreen
from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp, Preferences
from ui.shell.smoke import wait_for

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)
# The row each register opens on: a record whose detail pane has something to show.
PREFERRED_ROW = {"incidents": "stage", "systems": "level_approved"}


def fill_database(ws: Workspace) -> str:
    """The sample unit; if the sample is not available, a small unit made by hand."""
    try:
        ws.maintenance.load_sample()
        return "sample unit"
    except ImportError:
        pass
    save = ws.records.save
    save(
        Unit(
            name="Ủy ban nhân dân xã Hòa Phú",
            parent_body="Ủy ban nhân dân tỉnh Đắk Lắk",
            place_name="Hòa Phú",
            doc_symbol="UBND-VHXH",
            signers=(Signer(name="Nguyễn Văn An", title="Chủ tịch"),),
        )
    )
    portal = save(InfoSystem(name="Cổng thông tin điện tử xã", level_proposed=2)).record
    incident = save(
        Incident(
            title="Sự cố mã độc trên máy trạm bộ phận một cửa",
            detected_at=dt.datetime.now().replace(second=0, microsecond=0),
            type=IncidentType.MA_DOC,
            stage=IncidentStage.XU_LY,
            system_ids=(portal.id,),
        )
    ).record
    save(TimelineEntry(incident_id=incident.id, at=incident.detected_at, action="Cô lập máy"))
    return "unit made by hand"


def save_png(widget: QWidget, name: str) -> Path:
    # Widgets added to a visible layout are shown by a queued call: let it run first.
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    if not widget.grab().save(str(path), "PNG", 0):  # 0: smallest file, still lossless
        raise OSError(f"cannot write {path}")
    return path


def open_a_row(desk: DeskApp, panel: RegisterPanel) -> None:
    """Select a telling row (an open incident, an approved system) and wait for its details."""
    if panel.proxy.rowCount() == 0:
        return
    row = 0
    field = PREFERRED_ROW.get(panel.kind_key)
    if field is not None:
        for candidate in range(panel.proxy.rowCount()):
            record = panel.model.record(
                panel.proxy.mapToSource(panel.proxy.index(candidate, 0)).row()
            )
            value = getattr(record, field)
            if value is not None and (field != "stage" or record.is_open):
                row = candidate
                break
    panel.view.table.selectRow(row)
    wait_for(lambda: panel.detail.related_loaded and not desk.runner.busy)


def shoot_clocks(desk: DeskApp, lang: str) -> list[Path]:
    """The whole home screen (its legal clocks and chart), the reminders, the rule settings."""
    home = desk.window.select_screen("home")
    wait_for(lambda: home.is_loaded and not desk.runner.busy)
    assert isinstance(home, HomeScreen)
    saved = [save_png(home.view.widget(), f"{lang}-clocks-home-whole")]
    saved.append(save_png(home.chart, f"{lang}-clocks-chart"))
    dialog = RemindersDialog(desk.lang, desk.window)
    now = desk.ws.clock.local()
    dialog.set_reminders(load_reminders(desk.ws, now), now)
    dialog.show()
    saved.append(save_png(dialog, f"{lang}-clocks-reminders"))
    dialog.close()
    settings = desk.window.select_screen("settings")
    assert isinstance(settings, SettingsScreen)
    wait_for(lambda: settings.rules.is_loaded and not desk.runner.busy)
    saved.append(save_png(settings.rules, f"{lang}-clocks-rules-settings"))
    return saved


def shoot_exchange(desk: DeskApp, screen: ExchangeScreen, lang: str) -> list[Path]:
    """Exchange: the export panel after an export, the progress dialog, a spreadsheet preview
    with a bad row, the keys group in Settings."""
    folder = desk.ws.path.parent / lang
    folder.mkdir(exist_ok=True)
    page = screen.view.export_page
    page.folder.setText(str(folder))
    screen.export.export()
    wait_for(lambda: not page.result_box.isHidden() and not desk.runner.busy)
    saved = [save_png(desk.window, f"{lang}-exchange-export")]
    text = fill(tr("Exchange", "Writing and checking %1…"), page.result_file.text())
    dialog = ProgressDialog(tr("Exchange", "Exporting the package"), text, desk.window)
    dialog.bar.setValue(420)
    dialog.show()
    saved.append(save_png(dialog, f"{lang}-exchange-progress"))
    dialog.close()
    screen.show_tab(screen.view.sheet_page)
    sheet = folder / "he-thong.xlsx"
    screen.sheet.save_template_to(sheet)
    wait_for(lambda: sheet.exists() and not desk.runner.busy)
    book = load_workbook(sheet)
    book.worksheets[0].append(["Thư điện tử công vụ", *[None] * 5, "sáu"])
    book.save(sheet)
    screen.sheet.open_file(sheet)
    wait_for(lambda: screen.sheet.data is not None and not desk.runner.busy)
    saved.append(save_png(desk.window, f"{lang}-exchange-sheet"))
    screen.show_tab(page)
    settings = desk.window.select_screen("settings")
    assert isinstance(settings, SettingsScreen)
    wait_for(lambda: settings.keys.is_loaded and not desk.runner.busy)
    saved.append(save_png(settings.keys, f"{lang}-exchange-keys"))
    desk.window.select_screen(screen.key)
    return saved


def shoot_province(db: Path, lang: str, settings: Path) -> list[Path]:
    """An empty province database: the verification report of the unit's package (and the
    question about its new key), then the province summary once it is imported."""
    [package] = (db.parent / lang).glob("*.zip")
    ws = open_workspace(db.with_name(f"tinh-{lang}.sqlite"), lang=lang)  # type: ignore[arg-type]
    prefs = Preferences(QSettings(str(settings), QSettings.Format.IniFormat))
    desk = DeskApp(ws, prefs, lang, interactive=False)
    desk.window.resize(*SIZE)
    desk.show()
    screen = desk.window.select_screen("exchange")
    assert isinstance(screen, ExchangeScreen)
    wait_for(lambda: screen.is_loaded and not desk.runner.busy)
    screen.show_tab(screen.view.import_page)
    screen.importer.open_package(package)
    report = screen.view.import_page.report
    wait_for(lambda: not report.isHidden() and not desk.runner.busy)
    saved = [save_png(desk.window, f"{lang}-exchange-report-window")]
    saved.append(save_png(report, f"{lang}-exchange-report"))
    assert screen.importer.report is not None
    box, _trust = trust_box(desk.window, screen.importer.report)
    box.show()
    saved.append(save_png(box, f"{lang}-exchange-trust"))
    box.close()
    screen.importer.confirm_trust = lambda _report: True
    screen.importer.commit()
    wait_for(lambda: screen.importer.report is None and not desk.runner.busy)
    screen.show_tab(screen.view.province_page)
    wait_for(lambda: screen.is_loaded and not desk.runner.busy)
    saved.append(save_png(desk.window, f"{lang}-exchange-province"))
    desk.close()
    return saved


def shoot(db: Path, lang: str, settings: Path) -> list[Path]:
    ws = open_workspace(db, lang=lang)  # type: ignore[arg-type]
    prefs = Preferences(QSettings(str(settings), QSettings.Format.IniFormat))
    desk = DeskApp(ws, prefs, lang, interactive=False)
    window = desk.window
    window.resize(*SIZE)
    desk.show()
    saved = []
    for number, screen in enumerate(window.screens, 1):
        window.select_screen(screen.key)
        wait_for(lambda s=screen: s.is_loaded and not desk.runner.busy)  # type: ignore[misc]
        if isinstance(screen, HomeScreen):  # the legal clocks arrive after the summary
            wait_for(lambda s=screen: s.dashboard.data is not None)  # type: ignore[misc]
            window.resize(SIZE[0], SIZE[1] + 1)
            window.resize(*SIZE)
        if isinstance(screen, ExchangeScreen):
            saved += shoot_exchange(desk, screen, lang)
        if isinstance(screen, RegisterScreen):
            for panel in reversed(screen.panels):
                if screen.tabs is not None:
                    screen.tabs.setCurrentWidget(panel)
                open_a_row(desk, panel)
                if panel is not screen.panels[0]:
                    saved.append(save_png(window, f"{lang}-{number:02d}-{panel.kind_key}"))
        saved.append(save_png(window, f"{lang}-{number:02d}-{screen.key}"))
    saved += shoot_clocks(desk, lang)
    saved += shoot_desk(desk, lang, save_png, db.parent)
    saved += shoot_documents(desk, lang, save_png)
    box, _accept = dialogs.sample_dialog(window)
    box.show()
    saved.append(save_png(box, f"{lang}-first-run"))
    box.close()
    desk.close()
    saved += shoot_province(db, lang, settings)
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["vi", "en"], action="append", help="default: both")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="attt-shots-") as tmp:
        db = Path(tmp) / "attt-desk.sqlite"
        ws = open_workspace(db)
        source = fill_database(ws)
        ws.close()
        print(f"database: {source}")
        for lang in args.lang or ["vi", "en"]:
            for path in shoot(db, lang, Path(tmp) / "settings.ini"):
                print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
