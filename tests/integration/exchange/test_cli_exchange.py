"""The exchange commands as a clerk and the province run them: real processes, real files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli(tmp_path: Path, db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ATTT_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_export_import_receipt_and_sheet_from_the_command_line(tmp_path: Path) -> None:
    unit, prov = tmp_path / "unit.db", tmp_path / "prov.db"
    assert cli(tmp_path, unit, "demo", "--today", "2026-11-23").returncode == 0
    password = tmp_path / "mat-khau.txt"
    password.write_text("mật khẩu của xã 2026\n", encoding="utf-8")
    out = tmp_path / "goi.zip"
    done = cli(
        tmp_path,
        unit,
        "export",
        "--out",
        str(out),
        "--password-file",
        str(password),
        "--eml",
        str(tmp_path / "goi.eml"),
        "--to",
        "attt@quangngai.gov.vn",
    )
    assert done.returncode == 0, done.stderr
    assert "Đã xuất gói" in done.stdout and (tmp_path / "goi.eml").is_file()
    fingerprint = cli(tmp_path, unit, "keys").stdout.split(": ", 1)[1].split(" (")[0]
    refused = cli(tmp_path, prov, "import", str(out), "--password-file", str(password))
    assert refused.returncode == 1
    assert fingerprint in refused.stdout and "chưa được đăng ký" in refused.stderr
    wrong = tmp_path / "sai.txt"
    wrong.write_text("không phải mật khẩu", encoding="utf-8")
    bad = cli(tmp_path, prov, "import", str(out), "--password-file", str(wrong), "--trust")
    assert bad.returncode == 1 and "sai mật khẩu" in bad.stderr
    ok = cli(tmp_path, prov, "import", str(out), "--password-file", str(password), "--trust")
    assert ok.returncode == 0, ok.stderr
    assert "Đã nhập: thêm 192" in ok.stdout
    receipt = tmp_path / "bien-nhan.json"
    made = cli(
        tmp_path,
        prov,
        "receipt",
        str(out),
        "--out",
        str(receipt),
        "--password-file",
        str(password),
        "--issuer",
        "Sở Khoa học và Công nghệ",
    )
    assert made.returncode == 0, made.stderr
    filed = cli(tmp_path, unit, "import-receipt", str(receipt))
    assert filed.returncode == 0 and "đã nhận ngày" in filed.stdout
    units = cli(tmp_path, prov, "province-units")
    assert "Cộng 1 đơn vị: 191 bản ghi" in units.stdout
    sheet = tmp_path / "he-thong.csv"
    sheet.write_text("Tên hệ thống,Cấp độ đề xuất\nHệ thống mới,2\nHệ thống lỗi,9\n", "utf-8")
    partial = cli(tmp_path, unit, "import-sheet", str(sheet), "--kind", "systems")
    assert partial.returncode == 1 and "Dòng 3, cột B" in partial.stdout
    valid = cli(tmp_path, unit, "import-sheet", str(sheet), "--kind", "systems", "--valid-only")
    assert valid.returncode == 0 and "đã thêm 1" in valid.stdout
