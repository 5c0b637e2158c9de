"""Export and import times for a province of 30 units of the sample unit's size.

    .venv/bin/python bench/exchange_bench.py [--units 30] [--password]

Each unit is the sample unit under new ids (as in the tests); every unit's package is written,
then the province inspects and commits them all into one database, then imports them all again
(which must change nothing). Prints the times; asserts nothing about them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.exchange.service import ExportRequest
from tests import factories as f
from tests.unit.exchange.helpers import clone_sample


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--password", action="store_true", help="encrypt every package")
    args = parser.parse_args()
    password = "mật khẩu thử nghiệm" if args.password else None
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        packages: list[Path] = []
        export_times: list[float] = []
        for index in range(args.units):
            ws = f.workspace(folder, f"unit-{index}.sqlite")
            uid = clone_sample(ws, f"Ủy ban nhân dân xã Thử Nghiệm {index + 1:02d}")
            ws.records.set_current_unit(uid)
            out = folder / f"unit-{index}.zip"
            start = time.perf_counter()
            ws.exchange.export(ExportRequest(out=out, password=password))
            export_times.append(time.perf_counter() - start)
            packages.append(out)
            ws.close()
        province = f.workspace(folder, "province.sqlite")
        start = time.perf_counter()
        for path in packages:
            report = province.exchange.inspect(path, password=password)
            province.exchange.commit(report, trust=True)
        first = time.perf_counter() - start
        start = time.perf_counter()
        changed = 0
        for path in packages:
            report = province.exchange.inspect(path, password=password)
            changed += province.exchange.commit(report).total_changed
        again = time.perf_counter() - start
        size = sum(p.stat().st_size for p in packages)
        total = province.exchange.counts_by_unit().total
        print(f"units: {args.units}, packages: {size / 1e6:.1f} MB, records: {total}")
        print(f"export: {sum(export_times):.2f} s in all, {max(export_times):.2f} s the slowest")
        print(f"import (first time): {first:.2f} s, {first / args.units:.2f} s per package")
        print(f"import (again, {changed} changes): {again:.2f} s")
        province.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
