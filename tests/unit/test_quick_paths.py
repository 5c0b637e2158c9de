"""The quick paths a large data file takes give the answers of the slow ones they stand for:
the compiled schema check is never more lenient than jsonschema, the shape check with the
source text finds what the full walk finds, folding and enum parsing are unchanged."""

from __future__ import annotations

import copy
import json
import unicodedata
from typing import Any

import jsonschema
import pytest

from app.domain.enums import IncidentType, LabeledEnum, Severity, UnitLevel
from app.domain.errors import json_shape_problem
from app.domain.text import fold
from app.exchange import canonical, schemacheck

SCHEMA = canonical.schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)
QUICK = schemacheck.compile_check(SCHEMA)
UNIT = "11111111-1111-4111-8111-111111111111"


def _doc() -> dict[str, Any]:
    doc: dict[str, Any] = {"format": canonical.FORMAT, "version": canonical.VERSION}
    doc["units"] = [
        {
            "id": UNIT,
            "name": "Ủy ban nhân dân xã Đồng Tâm",
            "level": "xa",
            "place_name": "Đồng Tâm",
            "doc_symbol": "UBND",
            "signers": [{"name": "Nguyễn Văn Hùng", "title": "CHỦ TỊCH", "authority": ""}],
            "created_at": "2025-01-02T03:04:05",
        }
    ]
    doc["systems"] = [
        {
            "id": "22222222-2222-4222-8222-222222222222",
            "unit_id": UNIT,
            "name": "Cổng thông tin điện tử",
            "level_proposed": 3,
            "approval_date": "2024-02-29",
            "retired": None,
        }
    ]
    doc["scans"] = [
        {
            "id": "33333333-3333-4333-8333-333333333333",
            "unit_id": UNIT,
            "date": "2025-05-06",
            "system_ids": ["22222222-2222-4222-8222-222222222222"],
            "critical": 0,
        }
    ]
    return doc


MUTATIONS: dict[str, tuple[tuple[Any, ...], Any]] = {
    "float level": (("systems", 0, "level_proposed"), 3.0),
    "level too high": (("systems", 0, "level_proposed"), 6),
    "boolean level": (("systems", 0, "level_proposed"), True),
    "text level": (("systems", 0, "level_proposed"), "3"),
    "bad enum": (("units", 0, "level"), "thon"),
    "enum null": (("units", 0, "level"), None),
    "bad id": (("systems", 0, "id"), "not-a-uuid"),
    "empty reference": (("systems", 0, "unit_id"), ""),
    "bad date": (("systems", 0, "approval_date"), "2023-02-29"),
    "date with time": (("systems", 0, "approval_date"), "2024-02-29T00:00:00"),
    "too long": (("systems", 0, "name"), "x" * 201),
    "negative count": (("scans", 0, "critical"), -1),
    "link not text": (("scans", 0, "system_ids", 0), 5),
    "links not a list": (("scans", 0, "system_ids"), "22222222-2222-4222-8222-222222222222"),
    "record not an object": (("scans", 0), []),
    "kind not a list": (("scans",), {}),
    "unknown field": (("systems", 0, "secret"), 1),
    "unknown kind": (("secrets",), []),
    "signer without name": (("units", 0, "signers", 0, "name"), None),
    "wrong version": (("version",), 2),
    "version as float": (("version",), 1.0),
    "format": (("format",), "other"),
    "time is not checked": (("units", 0, "created_at"), "whenever"),
}


def _mutated(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    doc = _doc()
    target: Any = doc
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return doc


def test_a_valid_document_passes_both() -> None:
    assert not list(VALIDATOR.iter_errors(_doc()))
    assert QUICK(_doc())


@pytest.mark.parametrize("case", sorted(MUTATIONS))
def test_the_quick_check_never_passes_what_jsonschema_refuses(case: str) -> None:
    doc = _mutated(*MUTATIONS[case])
    refused = bool(list(VALIDATOR.iter_errors(doc)))
    if refused:
        assert not QUICK(doc)
    assert QUICK(doc) == (not refused) or case in ("float level", "version as float")


def test_missing_required_fields_are_refused() -> None:
    for kind, field in (("systems", "id"), ("units", "id")):
        doc = _doc()
        del doc[kind][0][field]
        assert list(VALIDATOR.iter_errors(doc))
        assert not QUICK(doc)
    doc = _doc()
    del doc["format"]
    assert not QUICK(doc)


def test_a_keyword_it_does_not_know_is_said() -> None:
    with pytest.raises(schemacheck.Unsupported):
        schemacheck.compile_check({"type": "array", "uniqueItems": True})


@pytest.mark.parametrize(
    "text",
    [
        '{"a": "\\ud800"}',
        '{"\\udfff": 1}',
        "[" * 40 + "]" * 40,
        '{"a": "\\\\ud800"}',
        '{"a": "\\ud83d\\ude00 ổn"}',
        '{"a": [1, {"b": "Đồng Tâm"}]}',
    ],
)
def test_the_shape_check_with_its_source_finds_what_the_full_walk_finds(text: str) -> None:
    value = json.loads(text)
    slow = json_shape_problem(copy.deepcopy(value))
    quick = json_shape_problem(value, text)
    assert (slow is None) == (quick is None)
    if slow is not None and quick is not None:
        assert quick.get("vi") == slow.get("vi")


def _old_fold(value: str) -> str:
    value = unicodedata.normalize("NFC", value).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


@pytest.mark.parametrize(
    "text",
    [
        "Đồng Tâm",
        "SỰ CỐ  mã độc\ttống tiền",
        "“Cổng” – dịch vụ công…",
        "a\u034fb",  # a combining grapheme joiner, of class 0: kept
        "x\u0483y\u05b0z",  # combining marks beyond U+036F
        "Ωμέγα ΑΘΗΝΑ",
        "",
    ],
)
def test_folding_is_unchanged(text: str) -> None:
    assert fold(text) == _old_fold(text)


@pytest.mark.parametrize("enum", [UnitLevel, IncidentType, Severity])
def test_parsing_an_enumeration_finds_the_first_member_naming_the_text(
    enum: type[LabeledEnum],
) -> None:
    for member in enum:
        for said in (member.value, member.label("vi"), f"  {member.label('en')} "):
            expected = next(
                m for m in enum if said.strip() in (m.value, m.label("vi"), m.label("en"))
            )
            assert enum.parse(said) is expected
    with pytest.raises(ValueError, match="không có"):
        enum.parse("không có")
