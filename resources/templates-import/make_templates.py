"""Write the spreadsheet templates of this folder from the domain's own field labels.

    .venv/bin/python resources/templates-import/make_templates.py

he-thong.xlsx (information systems) and dau-moi.xlsx (contacts): Vietnamese headers, one example
row, drop-down lists; the app writes the same workbook with `attt-desk sheet-template`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from app.exchange.sheets.template import TEMPLATE_FILES, template_bytes  # noqa: E402


def main() -> int:
    for kind, name in TEMPLATE_FILES.items():
        (HERE / name).write_bytes(template_bytes(kind))
        print(f"wrote {HERE / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
