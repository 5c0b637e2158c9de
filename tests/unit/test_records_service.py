"""The register services: create, update, delete with undo, get, find, validation, search."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, IncidentStage, IncidentType, ScenarioKind
from app.domain.errors import AtttError, ValidationError
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.domain.people import Contact, RosterEntry
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.domain.unit import Unit
from app.services.workspace import Workspace
from tests import factories as f


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = f.workspace(tmp_path)
    f.unit(w)
    return w


def _builders(ws: Workspace) -> dict[str, Callable[[], Any]]:
    sys_id = f.system(ws).id
    inc_id = f.incident(ws, systems=(sys_id,)).id
    plan_id = ws.records.save(ResponsePlan(title="Phương án ứng cứu sự cố chung")).record.id
    return {
        "systems": lambda: InfoSystem(name="Hệ thống quản lý văn bản", level_proposed=3),
        "scans": lambda: Scan(date=dt.date(2026, 6, 1), system_ids=(sys_id,), high=2),
        "assessments": lambda: Assessment(system_id=sys_id, date=dt.date(2026, 3, 2)),
        "drills": lambda: Drill(
            title="Diễn tập thực chiến 2026", start=dt.date(2026, 9, 9), system_ids=(sys_id,)
        ),
        "plans": lambda: ResponsePlan(title="Phương án cho cổng thông tin", system_id=sys_id),
        "scenarios": lambda: Scenario(
            plan_id=plan_id, title="Kịch bản mã hóa tống tiền", kind=ScenarioKind.MA_HOA
        ),
        "incidents": lambda: Incident(
            title="Tấn công từ chối dịch vụ cổng thông tin",
            detected_at=dt.datetime(2026, 10, 1, 7, 0),
            type=IncidentType.TU_CHOI_DICH_VU,
        ),
        "timeline": lambda: TimelineEntry(
            incident_id=inc_id, at=dt.datetime(2026, 11, 20, 9), action="Cô lập máy tính bị nhiễm"
        ),
        "evidence": lambda: Evidence(incident_id=inc_id, file_name="nhat-ky.txt", sha256="a" * 64),
        "contacts": lambda: Contact(name="Trần Thị Lan", phone_24h="0905 123 456"),
        "roster": lambda: RosterEntry(date=dt.date(2026, 9, 2), person="Lê Văn Nam"),
        "documents": lambda: OutgoingDocument(subject="Báo cáo thực hiện Chỉ thị 18/CT-TTg"),
    }


KINDS = [
    "systems",
    "scans",
    "assessments",
    "drills",
    "plans",
    "scenarios",
    "incidents",
    "timeline",
    "evidence",
    "contacts",
    "roster",
    "documents",
]
TITLE_FIELD = {
    "scans": "tool",
    "assessments": "performed_by",
    "timeline": "lead_unit",
    "evidence": "description",
    "roster": "occasion",
    "documents": "notes",
    "incidents": "title",
    "drills": "title",
    "plans": "title",
    "scenarios": "title",
}


@pytest.mark.parametrize("kind", KINDS)
def test_create_update_get_find_delete_undo(ws: Workspace, kind: str) -> None:
    record = _builders(ws)[kind]()
    saved = ws.records.save(record)
    stored = saved.record
    assert stored.id and stored.unit_id == ws.records.current_unit_id()
    assert stored.created_at == f.NOW and saved.changes.touches(kind)
    assert ws.records.get(kind, stored.id) == stored

    field = TITLE_FIELD.get(kind, "name")
    changed = dataclasses.replace(stored, **{field: "Nội dung đã sửa đổi"})
    ws.records.save(changed)
    assert getattr(ws.records.get(kind, stored.id), field) == "Nội dung đã sửa đổi"
    assert stored.id in [r.id for r in ws.records.find(kind)]

    deleted = ws.records.delete(kind, stored.id)
    with pytest.raises(AtttError):
        ws.records.get(kind, stored.id)
    ws.records.restore(deleted)
    assert getattr(ws.records.get(kind, stored.id), field) == "Nội dung đã sửa đổi"


def test_text_is_stored_nfc_and_trimmed(ws: Workspace) -> None:
    nfd = unicodedata.normalize("NFD", "  Hệ   thống  một cửa điện tử ")
    stored = ws.records.save(InfoSystem(name=nfd)).record
    assert stored.name == "Hệ thống một cửa điện tử"
    assert unicodedata.is_normalized("NFC", ws.records.get(InfoSystem, stored.id).name)


def test_search_folds_case_diacritics_and_d(ws: Workspace) -> None:
    f.incident(ws, title="Sự cố lộ lọt dữ liệu hộ tịch")
    f.incident(ws, title="Đăng nhập trái phép vào thư điện tử")
    assert [i.title for i in ws.records.find(Incident, query="su co lo lot")] == [
        "Sự cố lộ lọt dữ liệu hộ tịch"
    ]
    assert len(ws.records.find(Incident, query="DANG NHAP")) == 1
    assert ws.records.find(Unit, query="dong tam")[0].name.endswith("Đồng Tâm")
    assert ws.records.find(Incident, query="%") == []


def test_validation_names_field_and_rule_in_both_languages(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        ws.records.save(InfoSystem(name="", level_proposed=6))
    vi, en = err.value.message("vi"), err.value.message("en")
    assert "Tên hệ thống: bắt buộc phải nhập" in vi
    assert "Cấp độ đề xuất: không được lớn hơn 5" in vi
    assert "System name: is required" in en and "Proposed level" in en
    assert ws.records.find(InfoSystem) == []


def test_email_phone_and_dates_are_checked(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        ws.records.save(Contact(name="Nguyễn An", email="an@", phone_24h="gọi sau"))
    message = err.value.message("vi")
    assert "“an@” không phải địa chỉ thư điện tử hợp lệ" in message
    assert "“gọi sau” không phải số điện thoại hợp lệ" in message
    with pytest.raises(ValidationError) as err:
        ws.records.save(
            Incident(
                title="Sự cố",
                detected_at=dt.datetime(2026, 5, 2, 8),
                response_ended_at=dt.datetime(2026, 5, 1, 8),
            )
        )
    assert "Thời điểm kết thúc ứng cứu: không được trước Thời điểm phát hiện" in (
        err.value.message("vi")
    )


def test_references_must_exist(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as err:
        ws.records.save(Scan(date=dt.date(2026, 1, 5), system_ids=("khong-co",)))
    assert "Hệ thống được rà quét: không có hệ thống thông tin nào mang mã khong-co" in (
        err.value.message("vi")
    )


def test_a_scan_of_no_system_is_refused_and_nothing_is_written(ws: Workspace) -> None:
    before = ws.records.find(Scan)
    with pytest.raises(ValidationError) as err:
        ws.records.save(Scan(date=dt.date(2026, 1, 5), tool="Nessus"))
    assert err.value.message("vi") == (
        "đợt rà quét, săn lùng “05/01/2026”: Hệ thống được rà quét: phải chọn ít nhất một."
    )
    assert err.value.message("en").endswith("Systems covered: needs at least one chosen.")
    assert ws.records.find(Scan) == before


def test_incident_codes_run_per_year_and_stay_unique(ws: Workspace) -> None:
    first, second = f.incident(ws), f.incident(ws)
    assert (first.code, second.code) == ("SC-2026-001", "SC-2026-002")
    with pytest.raises(ValidationError) as err:
        ws.records.save(dataclasses.replace(second, code="SC-2026-001"))
    assert "“SC-2026-001” đã được dùng cho sự cố khác" in err.value.message("vi")


def test_deleting_a_system_detaches_and_undo_relinks(ws: Workspace) -> None:
    system = f.system(ws)
    scan = ws.records.save(Scan(date=dt.date(2026, 6, 1), system_ids=(system.id,))).record
    assess = ws.records.save(Assessment(system_id=system.id, date=dt.date(2026, 6, 2))).record
    deleted = ws.records.delete("systems", system.id)
    # The scan covered that system alone: it goes too (a scan covers at least one system).
    assert [r.id for r in deleted.removed] == [assess.id, scan.id]
    assert ws.records.find(Scan) == []
    assert ws.records.find(Assessment) == []
    ws.records.restore(deleted)
    assert ws.records.get(Scan, scan.id).system_ids == (system.id,)
    assert ws.records.get(Assessment, assess.id) == assess


def test_deleting_an_incident_takes_its_timeline_and_undo_brings_it_back(ws: Workspace) -> None:
    inc = f.incident(ws)
    entry = ws.records.save(
        TimelineEntry(
            incident_id=inc.id, at=dt.datetime(2026, 11, 20, 10), action="Báo cáo lãnh đạo"
        )
    ).record
    deleted = ws.records.delete("incidents", inc.id)
    assert ws.records.find(TimelineEntry) == []
    ws.records.restore(deleted)
    assert ws.records.find(TimelineEntry, parent_id=inc.id) == [entry]


def test_finds_by_system_and_parent(ws: Workspace) -> None:
    a, b = f.system(ws, "Hệ thống A"), f.system(ws, "Hệ thống B")
    ws.records.save(Scan(date=dt.date(2026, 6, 1), system_ids=(a.id, b.id)))
    ws.records.save(Scan(date=dt.date(2026, 7, 1), system_ids=(b.id,)))
    assert len(ws.records.find(Scan, system_id=a.id)) == 1
    assert [s.date for s in ws.records.find(Scan, system_id=b.id)] == [
        dt.date(2026, 7, 1),
        dt.date(2026, 6, 1),
    ]  # newest first
    ws.records.save(Assessment(system_id=a.id, date=dt.date(2026, 2, 2)))
    assert len(ws.records.find(Assessment, system_id=a.id)) == 1
    assert ws.records.find(Assessment, system_id=b.id) == []


def test_systems_list_in_vietnamese_alphabetical_order(ws: Workspace) -> None:
    for name in ["Đăng ký hộ tịch", "Dịch vụ công", "Cổng thông tin", "Ấp dụng thử"]:
        f.system(ws, name)
    assert [s.name for s in ws.records.find(InfoSystem)] == [
        "Ấp dụng thử",
        "Cổng thông tin",
        "Dịch vụ công",
        "Đăng ký hộ tịch",
    ]


def test_issued_documents_refuse_edits_but_can_be_sent(ws: Workspace) -> None:
    doc = ws.records.save(
        OutgoingDocument(
            subject="Báo cáo quý IV",
            number=7,
            year=2026,
            symbol="BC-UBND",
            state=DocumentState.DA_KY,
        )
    ).record
    with pytest.raises(ValidationError) as err:
        ws.records.save(dataclasses.replace(doc, subject="Báo cáo quý IV (sửa)"))
    assert "07/BC-UBND" in err.value.message("vi")
    sent = ws.records.save(
        dataclasses.replace(doc, state=DocumentState.DA_GUI, sent_date=dt.date(2026, 11, 23))
    ).record
    assert sent.state is DocumentState.DA_GUI


def test_document_numbers_are_unique_per_unit_and_year(ws: Workspace) -> None:
    ws.records.save(OutgoingDocument(subject="A", number=1, year=2026, symbol="UBND-VHXH"))
    ws.records.save(OutgoingDocument(subject="B", number=1, year=2027, symbol="UBND-VHXH"))
    with pytest.raises(ValidationError):
        ws.records.save(OutgoingDocument(subject="C", number=1, year=2026, symbol="BC-UBND"))


def test_unknown_register_and_missing_record_are_clear(ws: Workspace) -> None:
    with pytest.raises(AtttError) as err:
        ws.records.find("nothing")
    assert "Không có sổ “nothing”" in err.value.message("vi")
    with pytest.raises(AtttError) as err:
        ws.records.get(Incident, "abc")
    assert err.value.message("en") == "No incident with id abc."


def test_a_record_needs_a_unit(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path, "empty.sqlite")
    with pytest.raises(AtttError) as err:
        ws.records.save(InfoSystem(name="Cổng thông tin"))
    assert "Chưa có đơn vị nào" in err.value.message("vi")


def test_stage_labels(ws: Workspace) -> None:
    inc = ws.records.save(dataclasses.replace(f.incident(ws), stage=IncidentStage.XU_LY)).record
    assert ws.records.get(Incident, inc.id).stage.label("vi") == "Xử lý"


def test_an_issued_document_is_never_deleted_nor_what_it_cites(ws: Workspace) -> None:
    unit = ws.records.current_unit()
    assert unit is not None
    incident = f.incident(ws)
    issued = ws.records.save(
        OutgoingDocument(
            subject="Báo cáo ban đầu sự cố",
            number=7,
            symbol="BC-UBND",
            year=2026,
            date=dt.date(2026, 11, 20),
            state=DocumentState.DA_KY,
            incident_id=incident.id,
        )
    ).record
    assert issued.state.issued
    with pytest.raises(AtttError) as kept:
        ws.records.delete("documents", issued.id)
    assert kept.value.message("vi").startswith("Văn bản 07/BC-UBND đã ban hành, không được xóa")
    with pytest.raises(AtttError) as cited:
        ws.records.delete("incidents", incident.id)
    assert cited.value.message("en") == (
        "Cannot delete: the issued document 07/BC-UBND refers to this incident."
    )
    with pytest.raises(AtttError, match="07/BC-UBND"):
        ws.records.delete("units", unit.id)  # it would take the document with it
    assert ws.records.get(OutgoingDocument, issued.id) == issued


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (lambda s: RosterEntry(date=dt.date(2026, 1, 1), contact_id=""), "Người trực"),
        (lambda s: Scan(date=dt.date(2026, 6, 1), system_ids=(s, "")), "Hệ thống"),
        (lambda s: ResponsePlan(title="Phương án", system_id=" "), "Hệ thống"),
    ],
)
def test_an_empty_reference_is_named_not_a_broken_foreign_key(
    ws: Workspace, record: Callable[[str], Any], expected: str
) -> None:
    system = f.system(ws).id
    with pytest.raises(ValidationError) as caught:
        ws.records.save(record(system))
    message = caught.value.message("vi")
    assert expected in message and "để trống" in message
    assert "FOREIGN KEY" not in message


def test_integers_past_sqlites_range_and_dates_past_2100_are_refused(ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        ws.records.save(OutgoingDocument(subject="Công văn thử", number=10**30))
    assert "Số: không được lớn hơn 9223372036854775807" in caught.value.message("vi")
    with pytest.raises(ValidationError) as caught:
        ws.records.save(Incident(title="Sự cố thử", detected_at=dt.datetime(9999, 12, 31)))
    assert "nằm ngoài khoảng cho phép (từ 01/01/1900 đến 31/12/2100)" in caught.value.message("vi")
    assert ws.records.find(Incident) == [] and ws.records.find(OutgoingDocument) == []


def test_a_system_whose_role_contradicts_its_owner_is_refused(ws: Workspace) -> None:
    from app.domain.enums import SystemRole

    provincial = InfoSystem(
        name="Hệ thống một cửa điện tử tỉnh", owner="Ủy ban nhân dân tỉnh Quảng Ngãi"
    )  # the role defaults to "Chủ quản"
    with pytest.raises(ValidationError) as refused:
        ws.records.save(provincial)
    message = refused.value.message("vi")
    assert "“Chủ quản”" in message and "Ủy ban nhân dân tỉnh Quảng Ngãi" in message
    assert ws.records.find(InfoSystem) == []
    operated = ws.records.save(dataclasses.replace(provincial, unit_role=SystemRole.VAN_HANH))
    assert operated.record.unit_role is SystemRole.VAN_HANH
    own = InfoSystem(name="Cổng thông tin điện tử xã", owner="UBND xã Đồng Tâm")
    assert ws.records.save(own).record.unit_role is SystemRole.CHU_QUAN  # "UBND" is the unit
    assert ws.records.save(dataclasses.replace(own, id="", owner="UBND xã")).record  # short form
    shared = InfoSystem(
        name="Cổng thông tin xã (dùng chung)",
        owner="Ủy ban nhân dân xã Đồng Tâm",
        unit_role=SystemRole.SU_DUNG,
    )
    with pytest.raises(ValidationError) as again:
        ws.records.save(shared)
    assert "chính đơn vị" in again.value.message("vi")


def test_a_scan_of_the_deleted_system_alone_goes_with_it_and_comes_back_with_undo(
    ws: Workspace,
) -> None:
    a, b = f.system(ws, "Cổng thông tin điện tử xã"), f.system(ws, "Hệ thống một cửa điện tử")
    alone = ws.records.save(Scan(date=dt.date(2026, 6, 1), system_ids=(a.id,))).record
    shared = ws.records.save(Scan(date=dt.date(2026, 7, 1), system_ids=(a.id, b.id))).record
    deleted = ws.records.delete("systems", a.id)
    assert [s.id for s in deleted.removed] == [alone.id]  # never left covering no system
    scans = {s.id: s for s in ws.records.find(Scan)}
    assert alone.id not in scans and scans[shared.id].system_ids == (b.id,)
    ws.records.restore(deleted)
    assert ws.records.get(Scan, alone.id).system_ids == (a.id,)
    assert set(ws.records.get(Scan, shared.id).system_ids) == {a.id, b.id}
