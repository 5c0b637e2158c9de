"""Loading rule packs: the built-in regimes, provinces, extra folders and clear errors."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from app.clocks import RulePackError, available_provinces, load_packs, rules_dir
from app.clocks.model import AppliesTo, ClockKind

from .factories import builtin

BUILTIN = {
    "ct18-ra-quet",
    "ct18-san-lung",
    "ct18-dien-tap-thuc-chien",
    "ct18-phuong-an",
    "nd85-danh-gia-cap-3-4",
    "nd85-danh-gia-cap-5",
    "nd85-danh-gia-tong-the",
    "tt20-thong-bao-su-co",
    "tt20-bao-cao-ket-thuc",
    "tt20-thay-doi-dau-moi",
    "tt20-mau05",
    "cv1337-bao-cao-quy",
    "tt12-bao-cao-nam",
    "nd331-thong-bao-ban-dau-nghiem-trong",
    "nd331-bao-cao-su-co",
    "nd331-mau08",
}
HEADER = '[pack]\nid = "thu"\ntitle_vi = "Thử"\ntitle_en = "Test"\n'
RULE = """
[[rules]]
id = "tinh-bao-cao"
title_vi = "Báo cáo của tỉnh"
title_en = "Provincial report"
source = "Công văn 1/UBND ngày 01/01/2026"
effective_from = 2026-01-01
applies_to = "unit"
clock = { kind = "quarterly", day = 10 }
satisfied_by = [{ record = "document", templates = ["bao-cao-quy"] }]
"""


def write(folder: Path, text: str, name: str = "thu.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_packs_hold_every_rule_with_a_source() -> None:
    rules = builtin()
    assert [p.id for p in rules.packs] == ["2017-2026", "nd331-2026"]
    assert {r.id for r in rules.rules} == BUILTIN
    for rule in rules.rules:
        assert rule.source
        for text in (rule.title.vi, rule.source):
            assert unicodedata.is_normalized("NFC", text)


def test_every_vietnamese_text_in_the_pack_files_is_nfc() -> None:
    for path in rules_dir().rglob("*.toml"):
        assert unicodedata.is_normalized("NFC", path.read_text(encoding="utf-8")), path


def test_incident_regimes_meet_on_19_august_2026() -> None:
    rules = builtin()
    for old in ("tt20-thong-bao-su-co", "tt20-bao-cao-ket-thuc"):
        assert rules.rule(old).effective_to == dt.date(2026, 8, 18)
    for new in ("nd331-bao-cao-su-co", "nd331-thong-bao-ban-dau-nghiem-trong"):
        assert rules.rule(new).effective_from == dt.date(2026, 8, 19)
    assert rules.rule("nd331-thong-bao-ban-dau-nghiem-trong").applies_to is (
        AppliesTo.INCIDENT_SERIOUS
    )
    assert rules.rule("ct18-ra-quet").effective_to is None  # periodic rules carry on


def test_province_packs_override_with_their_own_source() -> None:
    assert available_provinces() == ("kien-giang", "kon-tum")
    notice = load_packs(province="Kiên Giang").rule("tt20-thong-bao-su-co")
    assert notice.clock.days == 3
    assert "1556/UBND-KGVX" in notice.source
    assert notice.pack == "kien-giang"
    assert notice.effective_to == dt.date(2026, 8, 18)  # what the override does not say stays
    quarterly = load_packs(province="kon-tum").rule("cv1337-bao-cao-quy")
    assert (quarterly.clock.kind, quarterly.clock.day) == (ClockKind.QUARTERLY, 15)
    assert "Kon Tum" in quarterly.source
    assert builtin().rule("cv1337-bao-cao-quy").clock.day == 20


def test_unknown_province_lists_the_known_ones() -> None:
    with pytest.raises(RulePackError) as caught:
        load_packs(province="Hà Giang")
    assert "kien-giang, kon-tum" in caught.value.message("vi")
    assert caught.value.path.name == "ha-giang.toml"


def test_extra_folder_adds_and_overrides_rules_without_code(tmp_path: Path) -> None:
    write(tmp_path, HEADER + RULE, "10-them.toml")
    write(
        tmp_path,
        """[pack]
id = "sua"
title_vi = "Sửa"
title_en = "Change"

[[overrides]]
id = "ct18-ra-quet"
source = "Quyết định 9/QĐ-UBND ngày 02/02/2026"
clock = { kind = "interval", months = 3 }
""",
        "20-sua.toml",
    )
    rules = load_packs([tmp_path], province="kon-tum")
    assert [p.id for p in rules.packs][-2:] == ["thu", "sua"]
    assert rules.rule("tinh-bao-cao").clock.day == 10
    scan = rules.rule("ct18-ra-quet")
    assert (scan.clock.months, scan.pack) == (3, "sua")
    assert scan.source.startswith("Quyết định 9")


BROKEN = [
    # (case, pack text, rule named in the error, field named, words of the message)
    ("not toml", HEADER + "[[rules]\n", "", "", "TOML"),
    (
        "no source",
        HEADER + RULE.replace('source = "Công văn 1/UBND ngày 01/01/2026"\n', ""),
        "tinh-bao-cao",
        "source",
        "thiếu trường",
    ),
    (
        "typo",
        HEADER + RULE.replace("effective_from", "efective_from"),
        "tinh-bao-cao",
        "efective_from",
        "không được hỗ trợ",
    ),
    (
        "bad day",
        HEADER + RULE.replace("day = 10", "day = 0"),
        "tinh-bao-cao",
        "clock.day",
        "từ 1 đến 30",
    ),
    ("bad subject", HEADER + RULE.replace('"unit"', '"xa"'), "tinh-bao-cao", "applies_to", "«xa»"),
    (
        "deadline for a unit",
        HEADER
        + RULE.replace(
            'kind = "quarterly", day = 10', 'kind = "deadline", from = "detected_at", hours = 24'
        ),
        "tinh-bao-cao",
        "clock.kind",
        "deadline",
    ),
    (
        "no templates",
        HEADER + RULE.replace(', templates = ["bao-cao-quy"]', ""),
        "tinh-bao-cao",
        "satisfied_by[1].templates",
        "thiếu trường",
    ),
    (
        "scan for an incident",
        HEADER
        + RULE.replace('"unit"', '"incident"')
        .replace(
            'kind = "quarterly", day = 10', 'kind = "deadline", from = "detected_at", days = 3'
        )
        .replace('record = "document", templates = ["bao-cao-quy"]', 'record = "scan"'),
        "tinh-bao-cao",
        "satisfied_by[1].record",
        "«scan»",
    ),
    (
        "date as text",
        HEADER + RULE.replace("2026-01-01", '"01/01/2026"'),
        "tinh-bao-cao",
        "effective_from",
        "YYYY-MM-DD",
    ),
    (
        "bad id",
        HEADER + RULE.replace('id = "tinh-bao-cao"', 'id = "Tỉnh báo cáo"'),
        "",
        "rules[1].id",
        "chữ thường",
    ),
    (
        "duplicate",
        HEADER + RULE.replace("tinh-bao-cao", "ct18-ra-quet"),
        "ct18-ra-quet",
        "id",
        "[[overrides]]",
    ),
    (
        "override without source",
        HEADER + '[[overrides]]\nid = "tt20-mau05"\n'
        'clock = { kind = "yearly", dates = ["30/06"] }\n',
        "tt20-mau05",
        "source",
        "thiếu",
    ),
    (
        "override of nothing",
        HEADER + '[[overrides]]\nid = "khong-co"\nsource = "x"\n',
        "khong-co",
        "id",
        "không có quy tắc",
    ),
    (
        "impossible date",
        HEADER + '[[overrides]]\nid = "tt20-mau05"\nsource = "x"\n'
        'clock = { kind = "yearly", dates = ["31/06"] }\n',
        "tt20-mau05",
        "clock.dates",
        "31/06",
    ),
]


@pytest.mark.parametrize(
    ("text", "rule", "field", "words"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_a_malformed_pack_names_file_rule_and_field(
    tmp_path: Path, text: str, rule: str, field: str, words: str
) -> None:
    write(tmp_path, text)
    with pytest.raises(RulePackError) as caught:
        load_packs([tmp_path])
    error = caught.value
    assert (error.path.name, error.rule, error.field) == ("thu.toml", rule, field)
    vi, en = error.message("vi"), error.message("en")
    assert vi.startswith("Tệp quy tắc «thu.toml»")
    assert en.startswith("Rule file 'thu.toml'")
    for part in (rule, field):
        assert part in vi
        assert part in en
    assert words in vi or words in en
    assert str(error) == en


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="folder not found"):
        load_packs([tmp_path / "khong-co"])


def test_the_same_pack_twice_is_refused(tmp_path: Path) -> None:
    write(tmp_path, HEADER, "a.toml")
    write(tmp_path, HEADER, "b.toml")
    with pytest.raises(RulePackError) as caught:
        load_packs([tmp_path])
    assert (caught.value.path.name, caught.value.field) == ("b.toml", "pack.id")
