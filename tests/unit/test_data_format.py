"""The canonical data format: schema, round trips (hypothesis), all-or-nothing loads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tempfile
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from app.config import resources_dir
from app.domain.errors import AtttError, ValidationError
from app.domain.registry import KINDS
from app.exchange import canonical
from app.services.changes import RegisterKey
from tests import factories as f
from tests.strategies import dataset

SCHEMA_FILE = resources_dir() / "schema" / "attt-desk-data-v1.schema.json"


def _doc(records: dict[str, list[Any]]) -> bytes:
    return canonical.to_json(canonical.document(records)).encode("utf-8")


def test_committed_schema_is_the_one_the_domain_defines() -> None:
    assert json.loads(SCHEMA_FILE.read_text("utf-8")) == canonical.schema()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dataset())
def test_encode_decode_is_identity(data: dict[str, list[Any]]) -> None:
    for kind in KINDS:
        for record in data[kind.key]:
            obj = json.loads(json.dumps(canonical.encode_record(record), ensure_ascii=False))
            assert canonical.decode_record(kind.cls, obj) == record


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dataset())
def test_load_then_dump_gives_back_the_same_bytes_and_reload_changes_nothing(
    data: dict[str, list[Any]],
) -> None:
    raw = _doc(data)
    with tempfile.TemporaryDirectory() as tmp:
        ws = f.workspace(Path(tmp))
        first = ws.data.load_bytes(raw, "in.json")
        assert first.total_written == sum(len(v) for v in data.values())
        dumped = canonical.to_json(ws.data.export_document()).encode("utf-8")
        assert dumped == raw
        again = ws.data.load_bytes(raw, "in.json")
        assert again.total_written == 0
        ws.close()


def test_dump_load_dump_files_are_identical(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path, "a.sqlite")
    f.unit(ws)
    system = f.system(ws)
    f.incident(ws, systems=(system.id,))
    ws.data.dump(tmp_path / "one.json")
    other = f.workspace(tmp_path, "b.sqlite")
    other.data.load(tmp_path / "one.json")
    other.data.dump(tmp_path / "two.json")
    assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()
    text = (tmp_path / "one.json").read_text("utf-8")
    assert "Ủy ban nhân dân xã Đồng Tâm" in text  # readable, not \\u escapes
    assert unicodedata.is_normalized("NFC", text)


def _with_unit(tmp_path: Path) -> tuple[Any, dict[str, Any]]:
    ws = f.workspace(tmp_path, "src.sqlite")
    f.unit(ws)
    for name in ("Cổng thông tin điện tử", "Thư điện tử công vụ", "Một cửa điện tử"):
        f.system(ws, name)
    doc = ws.data.export_document()
    ws.close()
    return f.workspace(tmp_path, "dst.sqlite"), doc


def test_one_invalid_record_names_it_and_writes_nothing(tmp_path: Path) -> None:
    ws, doc = _with_unit(tmp_path)
    doc["systems"][1]["level_proposed"] = 9
    with pytest.raises(ValidationError) as err:
        ws.data.load_bytes(json.dumps(doc, ensure_ascii=False).encode(), "bad.json")
    message = err.value.message("vi")
    assert "hệ thống thông tin “" in message and "(systems[1])" in message
    assert "Cấp độ đề xuất: không được lớn hơn 9" not in message
    assert "Cấp độ đề xuất: không được lớn hơn 5" in message
    assert ws.records.counts() == dict.fromkeys(ws.records.counts(), 0)


def test_a_broken_reference_rolls_back_everything(tmp_path: Path) -> None:
    ws, doc = _with_unit(tmp_path)
    doc["incidents"] = [
        {
            "id": "7b0c7c5e-0a6e-4d0c-9d1e-1c1f8f4b6a01",
            "unit_id": doc["units"][0]["id"],
            "title": "Sự cố thử",
            "detected_at": "2026-11-20T08:00:00",
            "system_ids": ["0b0c7c5e-0a6e-4d0c-9d1e-1c1f8f4b6a01"],
        }
    ]
    with pytest.raises(ValidationError) as err:
        ws.data.load_bytes(json.dumps(doc).encode(), "bad.json")
    assert "Hệ thống bị ảnh hưởng: không có hệ thống thông tin nào mang mã" in err.value.message(
        "vi"
    )
    assert sum(ws.records.counts().values()) == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xff\xfe\x00", "không phải văn bản UTF-8"),
        (b'{"format": ', "không phải JSON hợp lệ (dòng 1"),
        (b"[1, 2]", "không phải tệp dữ liệu ATTT Desk"),
        (
            b'{"format": "attt-desk-data", "version": 99}',
            "phiên bản định dạng 99 không được hỗ trợ",
        ),
        (
            b'{"format": "attt-desk-data", "version": 1, "systems": [{"id": "x"}]}',
            'mã "x" không đúng dạng UUID',
        ),
        (b'{"format": "attt-desk-data", "version": 1, "secrets": []}', "secrets"),
    ],
)
def test_malformed_files_get_clear_messages(tmp_path: Path, raw: bytes, expected: str) -> None:
    ws = f.workspace(tmp_path)
    with pytest.raises(AtttError) as err:
        ws.data.load_bytes(raw, "x.json")
    assert expected in err.value.message("vi")
    assert sum(ws.records.counts().values()) == 0


def test_bad_dates_are_named(tmp_path: Path) -> None:
    ws, doc = _with_unit(tmp_path)
    doc["incidents"] = [
        {
            "id": "7b0c7c5e-0a6e-4d0c-9d1e-1c1f8f4b6a01",
            "title": "Sự cố thử",
            "detected_at": "31/12/2026",
        }
    ]
    with pytest.raises(ValidationError) as err:
        ws.data.load_bytes(json.dumps(doc).encode(), "bad.json")
    assert "Thời điểm phát hiện" in err.value.message("vi")
    assert "31/12/2026" in err.value.message("vi")


def test_many_errors_are_capped(tmp_path: Path) -> None:
    ws, doc = _with_unit(tmp_path)
    doc["systems"] = [dict(s, id=str(uuid.uuid4()), level_proposed=0) for s in doc["systems"] * 10]
    with pytest.raises(ValidationError) as err:
        ws.data.load_bytes(json.dumps(doc).encode(), "bad.json")
    assert "và 10 lỗi khác" in err.value.message("vi")


def test_an_id_twice_in_one_file_is_refused(tmp_path: Path) -> None:
    ws, doc = _with_unit(tmp_path)
    doc["systems"].append(dict(doc["systems"][0], name="Bản sao"))
    with pytest.raises(ValidationError) as err:
        ws.data.load_bytes(json.dumps(doc).encode(), "dup.json")
    assert "xuất hiện hai lần trong tệp" in err.value.message("vi")
    assert sum(ws.records.counts().values()) == 0


def test_a_number_over_pythons_digit_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    from app.domain.errors import AtttError
    from app.services.records.data import parse_document

    raw = b'{"format": "attt-desk-data", "version": 1, "units": [], "x": ' + b"1" * 4301 + b"}"
    with pytest.raises(AtttError) as caught:
        parse_document(raw, "du-lieu.json")
    assert caught.value.message("vi") == (
        "Tệp dữ liệu du-lieu.json: một số trong tệp dài quá 4300 chữ số."
    )


def _load_error(tmp_path: Path, change: Any) -> str:
    """Load the unit's data changed by *change*; the one line it is refused with (Vietnamese).
    Nothing may be written, and the English line must say the same in English."""
    ws, doc = _with_unit(tmp_path)
    change(doc)
    raw = json.dumps(doc, ensure_ascii=True).encode()  # a surrogate travels as its escape
    with pytest.raises(AtttError) as caught:
        ws.data.load_bytes(raw, "x.json")
    assert sum(ws.records.counts().values()) == 0
    assert caught.value.message("en") != caught.value.message("vi")
    return caught.value.message("vi")


def test_an_unpaired_surrogate_is_refused_naming_where_it_is(tmp_path: Path) -> None:
    message = _load_error(tmp_path, lambda d: d["systems"][1].update(name="Cổng\ud800"))
    assert message == (
        "Tệp dữ liệu x.json: văn bản tại systems[1].name chứa ký tự Unicode không hợp lệ "
        "(U+D800, nửa cặp thay thế đứng một mình)."
    )


def test_an_unpaired_surrogate_in_a_field_name_is_refused_too(tmp_path: Path) -> None:
    message = _load_error(tmp_path, lambda d: d["systems"][0].update({"x\udc00": 1}))
    assert "systems[0].x\ufffd" in message and "U+DC00" in message


@pytest.mark.parametrize("depth", [40, 100_000])
def test_deep_nesting_is_refused_with_the_limit(tmp_path: Path, depth: int) -> None:
    ws = f.workspace(tmp_path)
    raw = b'{"format": "attt-desk-data", "version": 1, "x": ' + b"[" * depth + b"]" * depth + b"}"
    with pytest.raises(AtttError) as caught:
        ws.data.load_bytes(raw, "x.json")
    assert caught.value.message("vi") == "Tệp dữ liệu x.json: dữ liệu lồng nhau quá 32 tầng."


def test_a_number_over_sqlites_range_is_refused_not_an_overflow(tmp_path: Path) -> None:
    def huge(doc: dict[str, Any]) -> None:
        doc["documents"] = [
            {
                "id": "7b0c7c5e-0a6e-4d0c-9d1e-1c1f8f4b6a01",
                "unit_id": doc["units"][0]["id"],
                "subject": "Báo cáo thử",
                "number": 10**30,
            }
        ]

    message = _load_error(tmp_path, huge)
    assert "Số: không được lớn hơn 9223372036854775807" in message


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("created_at", "9999-12-31T23:59:59", "31/12/9999 23:59"),
        ("updated_at", "0001-01-01T00:00:00", "01/01/1 00:00"),
        ("in_service", "9999-12-31", "31/12/9999"),
    ],
)
def test_dates_out_of_range_are_refused_by_name(
    tmp_path: Path, field: str, value: str, shown: str
) -> None:
    message = _load_error(tmp_path, lambda d: d["systems"][2].update({field: value}))
    assert f"ngày {shown} nằm ngoài khoảng cho phép (từ 01/01/1900 đến 31/12/2100)" in message


@pytest.mark.parametrize("reference", ["unit_id", "parent_unit_id"])
def test_an_empty_reference_is_refused_by_the_schema(tmp_path: Path, reference: str) -> None:
    kind = "units" if reference == "parent_unit_id" else "systems"
    message = _load_error(tmp_path, lambda d: d[kind][0].update({reference: ""}))
    assert 'mã "" không đúng dạng UUID' in message


def test_a_problem_of_the_file_itself_names_the_file(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    with pytest.raises(AtttError) as caught:
        ws.data.load_bytes(b'{"format": "attt-desk-data", "version": 1, "secrets": []}', "x.json")
    assert caught.value.message("vi") == (
        "Tệp dữ liệu x.json: có trường không thuộc định dạng: secrets."
    )
    assert caught.value.message("en") == (
        "Data file x.json: has fields the format does not know: secrets."
    )


def test_the_deadline_settings_travel_in_the_data_file(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path, "a.sqlite")
    f.unit(ws)
    plain = tmp_path / "plain.json"
    ws.data.dump(plain)
    assert "rules" not in json.loads(plain.read_text("utf-8"))  # defaults do not travel
    ws.settings.save(
        dataclasses.replace(
            ws.settings.get(),
            province="kien-giang",
            days_off=(dt.date(2026, 12, 31),),
            make_up_days=(dt.date(2027, 1, 9),),
            extra_rule_dirs=(str(tmp_path),),  # a folder on this PC: it stays here
        )
    )
    out = tmp_path / "with-rules.json"
    ws.data.dump(out)
    ws.close()
    assert json.loads(out.read_text("utf-8"))["rules"] == {
        "province": "kien-giang",
        "days_off": ["2026-12-31"],
        "make_up_days": ["2027-01-09"],
    }
    other = f.workspace(tmp_path, "b.sqlite")
    result = other.data.load(out)
    assert result.rules_changed and RegisterKey.SETTINGS in result.changes.kinds
    got = other.settings.get()
    assert (got.province, got.days_off, got.make_up_days, got.extra_rule_dirs) == (
        "kien-giang",
        (dt.date(2026, 12, 31),),
        (dt.date(2027, 1, 9),),
        (),
    )
    again = tmp_path / "again.json"
    other.data.dump(again)
    assert again.read_bytes() == out.read_bytes()  # dump, load, dump: the same bytes
    assert not other.data.load(out).rules_changed  # loading twice changes nothing
    other.close()


@pytest.mark.parametrize(
    ("rules", "said"),
    [
        ({"province": "khong-co"}, "khong-co"),
        ({"make_up_days": ["2027-01-05"]}, "không phải thứ Bảy hay Chủ nhật"),
        ({"province": "Kiên Giang"}, "tên tệp, ví dụ kien-giang"),  # not a pack file name
    ],
)
def test_deadline_settings_that_cannot_be_used_refuse_the_whole_file(
    tmp_path: Path, rules: dict[str, Any], said: str
) -> None:
    ws = f.workspace(tmp_path, "a.sqlite")
    f.unit(ws)
    source = tmp_path / "a.json"
    ws.data.dump(source)
    ws.close()
    doc = json.loads(source.read_text("utf-8"))
    doc["rules"] = rules
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    other = f.workspace(tmp_path, "b.sqlite")
    with pytest.raises(AtttError) as refused:
        other.data.load(bad)
    assert said in refused.value.message("vi")
    assert other.records.find("units") == [] and other.settings.get().province == ""
    other.close()
