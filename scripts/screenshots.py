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

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import IncidentStage, IncidentType
from app.domain.incidents import Incident, TimelineEntry
from app.domain.systems import InfoSystem
from app.domain.unit import Signer, Unit
from app.services.workspace import Workspace, open_workspace
from ui import dialogs
from ui.app import DeskApp, Preferences
from ui.smoke import wait_for
from ui.widgets.exchange import ExchangeScreen
from ui.widgets.register import RegisterPanel, RegisterScreen

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
        if isinstance(screen, ExchangeScreen):
            screen.export_to(db.with_name(f"attt-desk-{lang}.json"))
            wait_for(lambda s=screen: s.view.export_button.isEnabled())  # type: ignore[misc]
        if isinstance(screen, RegisterScreen):
            for panel in reversed(screen.panels):
                if screen.tabs is not None:
                    screen.tabs.setCurrentWidget(panel)
                open_a_row(desk, panel)
                if panel is not screen.panels[0]:
                    saved.append(save_png(window, f"{lang}-{number:02d}-{panel.kind_key}"))
        saved.append(save_png(window, f"{lang}-{number:02d}-{screen.key}"))
    box, _accept = dialogs.sample_dialog(window)
    box.show()
    saved.append(save_png(box, f"{lang}-first-run"))
    box.close()
    desk.close()
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
