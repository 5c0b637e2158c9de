"""`attt-desk report …` as a user runs it: a real process, a real database file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli.main import main
from app.services.workspace import open_workspace


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli-reports") / "mau.sqlite"
    ws = open_workspace(db)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    ws.close()
    return db


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command writes its log under the user's data folder: a temporary one here."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def db(tmp_path: Path, sample_db: Path) -> Path:
    copy = tmp_path / "mau.sqlite"
    shutil.copy(sample_db, copy)
    return copy


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_quarterly_to_each_format(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in (".pdf", ".xlsx", ".docx"):
        out = tmp_path / f"quy4{kind}"
        code, stdout, _ = run(
            capsys, "--db", str(db), "report", "quarterly", "--year", "2026", "--quarter", "4",
            "--out", str(out), "--as-of", "2026-11-23",
        )  # fmt: skip
        assert code == 0
        assert out.stat().st_size > 1000
        assert "quý IV năm 2026" in stdout and "11 sự cố phát sinh" in stdout
    assert load_workbook(tmp_path / "quy4.xlsx").sheetnames[0] == "Báo cáo"
    assert len(PdfReader(tmp_path / "quy4.pdf").pages) >= 6


def test_mau05_half_and_year_and_mau08(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--db", str(db), "report")
    code, stdout, _ = run(
        capsys, *base, "mau05", "--year", "2026", "--half", "1", "--out", str(tmp_path / "h.pdf")
    )
    assert code == 0 and "06 tháng đầu năm 2026" in stdout
    code, stdout, _ = run(
        capsys, *base, "mau05", "--year", "2025", "--out", str(tmp_path / "y.xlsx")
    )
    assert code == 0 and "năm 2025" in stdout
    code, stdout, _ = run(
        capsys, *base, "mau08", "--year", "2026", "--out", str(tmp_path / "m.docx")
    )
    assert code == 0 and "từ ngày 15/12/2025" in stdout


def test_issue_numbers_the_report_and_reprint_gives_it_back(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = (
        "--db", str(db), "report", "quarterly", "--year", "2026", "--quarter", "3",
        "--out", str(tmp_path / "q3.pdf"), "--issue", "--as-of", "2026-11-23",
    )  # fmt: skip
    code, _, err = run(capsys, *asked)  # the sample has issued this quarter's report already
    assert code == 1 and "đã có báo cáo số" in err and "--yes" in err
    code, stdout, _ = run(capsys, *asked, "--yes")  # issued as its replacement
    assert code == 0
    assert "số 488/BC-UBND ngày 23/11/2026" in stdout
    code, stdout, _ = run(capsys, "--db", str(db), "report", "issued")
    assert code == 0 and stdout.splitlines()[0].startswith("488/BC-UBND")
    code, _, _ = run(
        capsys, "--db", str(db), "report", "reprint", "488", "--year", "2026",
        "--out", str(tmp_path / "again.pdf"),
    )  # fmt: skip
    assert code == 0
    first = [p.extract_text() for p in PdfReader(tmp_path / "q3.pdf").pages]
    again = [p.extract_text() for p in PdfReader(tmp_path / "again.pdf").pages]
    assert first == again
    ws = open_workspace(db)
    try:
        assert ws.reports.issued()[0].number == 488
    finally:
        ws.close()


def test_mistakes_get_one_clear_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "report",
        "mau08",
        "--year",
        "2026",
        "--out",
        str(tmp_path / "x.txt"),
    )
    assert code == 1 and ".pdf, .xlsx, .docx" in err
    assert not (tmp_path / "x.txt").exists()
    code, _, err = run(
        capsys, "--db", str(db), "report", "quarterly", "--year", "2027", "--quarter", "2",
        "--out", str(tmp_path / "x.pdf"), "--as-of", "2026-11-23",
    )  # fmt: skip
    assert code == 1 and "chưa có số liệu" in err
    with pytest.raises(SystemExit):
        main(
            [
                "--db",
                str(db),
                "report",
                "quarterly",
                "--year",
                "2026",
                "--quarter",
                "5",
                "--out",
                "a.pdf",
            ]
        )
