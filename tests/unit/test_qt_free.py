"""Architecture rule 1: the core never loads Qt, even indirectly."""

import subprocess
import sys

MODULES = [
    "app",
    "app.cli",
    "app.config",
    "app.i18n",
    "app.domain.registry",
    "app.domain.validation",
    "app.storage.tables",
    "app.storage.migrate",
    "app.services.workspace",
    "app.services.records.data",
    "app.services.records.service",
    "app.services.settings.maintenance",
    "app.services.records.listing",
    "app.exchange.canonical",
    "app.services.clocks.reminders",
    "app.services.clocks.service",
    "app.clocks",
    "app.documents",
    "app.documents.pdf.render",
    "app.documents.docx.render",
]


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {MODULES!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
