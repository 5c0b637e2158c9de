"""What each form says, checked against the records independently of the templates: Mẫu 03's
starred fields, Mẫu 04's reference to Mẫu 03, the figures of the Chỉ thị 18 report, the contact
point letter and the duty roster."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

from docx import Document as open_docx

from app.domain.documents import OutgoingDocument
from app.domain.enums import DutyRole, ScanKind, SystemRole
from app.domain.incidents import Incident
from app.domain.people import Contact, RosterEntry
from app.domain.systems import InfoSystem, Scan
from app.sample.loader import incident_id
from app.services.workspace import Workspace
from tests import factories as f
from tests.integration.documents.pdfprobe import probe
from tests.integration.documents_service.conftest import (
    AT,
    TODAY,
    Rendered,
    draft,
    pdf_text,
    plain,
    sample_workspace,
)

Items = dict[str, Rendered]


def says(item: Rendered, *lines: str) -> None:
    text = pdf_text(item)
    for line in lines:
        assert plain(line) in text, line


def test_mau03_fills_every_starred_field(rendered: Items, sample_ws: Workspace) -> None:
    unit = sample_ws.records.current_unit()
    assert unit is not None
    incident: Incident = sample_ws.records.get(Incident, incident_id("ho-tich-sua-du-lieu"))
    system: InfoSystem = sample_ws.records.get(InfoSystem, incident.system_ids[0])
    point: Contact = next(c for c in sample_ws.records.find(Contact) if c.role.value == "dau_moi")
    detected = incident.detected_at
    assert detected is not None
    says(
        rendered["bao-cao-ban-dau"],
        f"Tên tổ chức: {unit.name}.",
        f"Địa chỉ: {unit.address}.",
        f"Điện thoại: {unit.phone}.",
        f"Thư điện tử: {unit.email}.",
        f"Họ và tên: {point.name}.",
        f"Điện thoại: {point.phone_24h} (liên lạc 24/7); {point.phone_office}",
        f"Thư điện tử: {point.email}.",
        f"Tên đơn vị vận hành hệ thống thông tin: {system.operator}.",
        "4. Mô tả sơ bộ sự cố",
        incident.description,
        f"Ngày phát hiện: {detected:%d/%m/%Y}.",
        f"Thời gian phát hiện: {detected:%H} giờ {detected:%M} phút.",
        "6. Hiện trạng sự cố",
        "Chưa được xử lý (đang triển khai ứng cứu).",
        "7. Cách thức phát hiện",
        "8. Đã gửi thông báo sự cố cho",
        "12. Thời gian thực hiện báo cáo",
        "09 giờ 30 phút, ngày 23/11/2026.",
        # Detected under NĐ 331/2026: its article, and no form of the regime before it.
        "Thực hiện quy định tại điểm d khoản 2 Điều 31 Nghị định số 331/2026/NĐ-CP",
    )
    assert detected.date() >= dt.date(2026, 8, 19)
    assert plain("theo Mẫu 03 Phụ lục I") not in plain(pdf_text(rendered["bao-cao-ban-dau"]))
    assert rendered["bao-cao-ban-dau"].doc.notes.startswith("Khi gửi bằng thư điện tử")


def test_mau04_cites_the_initial_reports_number_and_date(
    rendered: Items, sample_ws: Workspace
) -> None:
    leak = incident_id("ho-tich-infostealer")
    initial = [
        d
        for d in sample_ws.records.find(OutgoingDocument)
        if d.template == "bao-cao-ban-dau" and d.incident_id == leak and d.state.issued
    ]
    assert len(initial) == 1
    says(
        rendered["bao-cao-ket-thuc"],
        "2. Số, ký hiệu báo cáo ban đầu sự cố",
        f"Báo cáo ban đầu sự cố số {initial[0].full_number} ngày {initial[0].date:%d/%m/%Y}",
    )


def test_mau04_finds_a_new_initial_report_or_says_there_is_none(tmp_path: Path) -> None:
    ws = sample_workspace(tmp_path)
    nas = incident_id("ma-hoa-nas")
    initial = ws.documents.issue(
        f.finish(ws, ws.documents.new_document("bao-cao-ban-dau", incident_id=nas, at=AT).id),
        date=TODAY,
    )
    closing = ws.documents.new_document("bao-cao-ket-thuc", incident_id=nas, at=AT)
    assert f"Báo cáo ban đầu sự cố số {initial.full_number} ngày 23/11/2026" in closing.body
    ddos = ws.documents.new_document(
        "bao-cao-ket-thuc", incident_id=incident_id("ddos-dich-vu-cong"), at=AT
    )
    assert "Không lập báo cáo ban đầu sự cố (Mẫu 03)" in ddos.body


def test_the_ct18_figures_are_counted_from_the_records(
    rendered: Items, sample_ws: Workspace
) -> None:
    def serving(s: InfoSystem) -> bool:
        return (s.retired is None or s.retired >= TODAY) and (
            s.in_service is None or s.in_service <= TODAY
        )

    systems = [s for s in sample_ws.records.find(InfoSystem) if serving(s)]
    levels = Counter(s.level_approved or s.level_proposed for s in systems)
    own = [s for s in systems if s.unit_role is not SystemRole.SU_DUNG]
    since = dt.date(2026, 5, 23)
    scans = [s for s in sample_ws.records.find(Scan) if s.date and since <= s.date <= TODAY]
    scanned = {i for s in scans if s.kind is not ScanKind.SAN_LUNG for i in s.system_ids}
    incidents = [
        i
        for i in sample_ws.records.find(Incident)
        if i.detected_at and since <= i.detected_at.date() <= TODAY
    ]
    per_level = "; ".join(  # a level no system has is not listed (never "cấp độ 5: 00")
        [f"cấp độ {n}: {levels[n]:02d}" for n in range(1, 6) if levels[n]]
        + ([f"chưa xác định cấp độ: {levels[None]:02d}"] if levels[None] else [])
    )
    says(
        rendered["bao-cao-ct18"],
        "báo cáo kết quả thực hiện từ ngày 23/05/2026 đến ngày 23/11/2026",
        f"đang quản lý, vận hành và sử dụng {len(systems):02d} hệ thống thông tin, trong đó "
        f"{len(own):02d} hệ thống do đơn vị quản lý, vận hành",
        f"Phân loại theo cấp độ: {per_level}.",
        f"đã thực hiện {len(scans):02d} đợt rà quét lỗ hổng, săn lùng mối nguy hại",
        f"{sum(1 for s in own if s.id in scanned):02d}/{len(own):02d} hệ thống",
        f"phát hiện {sum(s.findings for s in scans):02d} lỗ hổng",
        f"ghi nhận {len(incidents):02d} sự cố an toàn thông tin mạng",
    )
    assert sum(levels.values()) == len(systems) and len(systems) < 10  # one is retired


def test_the_contact_point_letter(rendered: Items, sample_ws: Workspace) -> None:
    contacts = sample_ws.records.find(Contact)
    point = next(c for c in contacts if c.role.value == "dau_moi")
    team = [c for c in contacts if c.role.in_team]
    item = rendered["dau-moi"]
    says(
        item,
        f"Họ và tên: {point.name}.",
        f"Điện thoại trong giờ hành chính: {point.phone_office}; điện thoại liên lạc 24/7: "
        f"{point.phone_24h}.",
        f"gồm {len(team):02d} thành viên:",
        "Đường dây nóng 24/7: 0905.000.152;",
        "Thông tin trên được công bố trên Cổng thông tin điện tử của đơn vị",
    )
    for member in team:
        says(item, member.name, member.phone_24h)
    assert item.doc.recipients[-1] == (
        "Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet trên địa bàn xã"
    )
    assert item.doc.template == "dau-moi" and item.doc.symbol == "UBND-VHXH"


def test_the_duty_plan_lays_out_the_roster(rendered: Items, sample_ws: Workspace) -> None:
    roster = sample_ws.records.find(RosterEntry)
    days = sorted({r.date for r in roster if r.date})
    item = rendered["ke-hoach-truc"]
    occasion = roster[0].occasion
    lowered = occasion[0].lower() + occasion[1:]
    assert item.doc.subject == f"Trực bảo đảm an toàn thông tin mạng dịp {lowered}"
    says(
        item,
        f"Từ ngày {days[0]:%d/%m/%Y} đến hết ngày {days[-1]:%d/%m/%Y} ({len(days):02d} ngày)",
        "| Ngày | Lãnh đạo trực | Trực chính | Trực phụ | Hỗ trợ kỹ thuật |".replace("|", ""),
    )
    for entry in roster:
        says(item, f"{entry.person} ({entry.phone})")
    leaders = [r for r in roster if r.role is DutyRole.LANH_DAO]
    assert len(leaders) == len(days)
    assert item.doc.recipients == () and item.layout.type_name == "Kế hoạch"


def test_the_notice_is_urgent_and_goes_to_the_owner_and_upward(rendered: Items) -> None:
    item = rendered["thong-bao-su-co"]
    says(item, "KHẨN", "2. Hệ thống bị sự cố:", "3. Mô tả sự cố:", "4. Kết quả xử lý:")
    assert item.doc.recipients[0].startswith("Công an tỉnh Quảng Ngãi")
    assert item.doc.recipients[-1].startswith("Cơ quan điều phối quốc gia")
    owners = rendered["bao-cao-ban-dau"].doc.recipients
    assert owners[0] == "Bộ Tư pháp"  # the owner of the shared hộ tịch software


def test_issued_documents_print_the_same_after_the_records_change(tmp_path: Path) -> None:
    ws = sample_workspace(tmp_path)
    issued = ws.documents.issue(f.finish(ws, draft(ws, "bao-cao-ban-dau").id), date=TODAY)
    before = [ws.documents.render(issued.id, tmp_path / f"a{ext}") for ext in (".pdf", ".docx")]
    unit = ws.records.current_unit()
    assert unit is not None
    ws.records.save(
        dataclasses.replace(unit, name="Ủy ban nhân dân phường Đăk Hà", phone="0260.3999.999")
    )
    incident = ws.records.get(Incident, incident_id("ho-tich-sua-du-lieu"))
    ws.records.save(dataclasses.replace(incident, description="Mô tả đã được sửa lại."))
    after = [ws.documents.render(issued.id, tmp_path / f"b{ext}") for ext in (".pdf", ".docx")]
    assert [p.text for p in probe(before[0].read_bytes())] == [
        p.text for p in probe(after[0].read_bytes())
    ]
    assert [p.text for p in open_docx(str(before[1])).paragraphs] == [
        p.text for p in open_docx(str(after[1])).paragraphs
    ]
    fresh = draft(ws, "bao-cao-ban-dau")
    assert "Mô tả đã được sửa lại." in fresh.body and "phường Đăk Hà" in fresh.body
