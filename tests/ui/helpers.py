"""Helpers for the window tests: typing Vietnamese, and a small unit made through the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import (
    ContactRole,
    DocumentState,
    DocumentType,
    IncidentStage,
    IncidentType,
    ScanKind,
    Severity,
)
from app.domain.incidents import Incident, TimelineEntry
from app.domain.people import Contact, RosterEntry
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.domain.unit import Signer, Unit
from app.services.workspace import Workspace

UNIT_NAME = "Ủy ban nhân dân xã Đồng Tâm"
PORTAL = "Cổng thông tin điện tử xã"
ONE_STOP = "Hệ thống một cửa điện tử"
MALWARE = "Sự cố mã độc tống tiền trên máy trạm"
# Contact names in Vietnamese alphabetical order (D before Đ, Đ before L).
CONTACTS = ("Dương Văn Hải", "Đặng Minh Dương", "Lê Văn An", "Nguyễn Văn Đồng", "Trần Thị Bình")


def type_text(widget: QWidget, text: str) -> None:
    """Type *text* into *widget* one key event per character, each carrying its text.

    `qtbot.keyClicks` aborts the process on any non-ASCII character (gotcha G1): QTest maps
    characters to keys through an ASCII table. An event with key 0 and explicit text is what an
    input method delivers for "ự" or "Đ", and line edits insert it.
    """
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier
        )


@dataclass(frozen=True)
class Sample:
    unit: Unit
    portal: InfoSystem
    one_stop: InfoSystem
    incidents: tuple[Incident, ...]  # in the order they were detected
    report: OutgoingDocument  # an issued periodic report
    draft: OutgoingDocument


def build_sample(ws: Workspace) -> Sample:
    """A unit with a few records in every register, written through `RecordService.save`."""
    save = ws.records.save
    unit = save(
        Unit(
            name=UNIT_NAME,
            parent_body="Ủy ban nhân dân tỉnh Quảng Ngãi",
            place_name="Đồng Tâm",
            doc_symbol="UBND-VHXH",
            signers=(
                Signer(name="Phạm Văn Hùng", title="Chủ tịch", authority="TM. ỦY BAN NHÂN DÂN"),
            ),
        )
    ).record
    portal = save(InfoSystem(name=PORTAL, level_proposed=2, domains="dongtam.gov.vn")).record
    one_stop = save(InfoSystem(name=ONE_STOP, level_proposed=3, level_approved=3)).record
    save(InfoSystem(name="Mạng nội bộ của trụ sở"))
    save(Scan(date=dt.date(2026, 3, 2), system_ids=(portal.id,), tool="Nessus", high=2))
    save(
        Scan(date=dt.date(2025, 9, 15), kind=ScanKind.SAN_LUNG, system_ids=(portal.id, one_stop.id))
    )
    save(Assessment(system_id=one_stop.id, date=dt.date(2026, 1, 20), performed_by="Sở KH&CN"))
    save(
        Drill(title="Diễn tập thực chiến 2025", start=dt.date(2025, 11, 4), system_ids=(portal.id,))
    )
    plan = save(ResponsePlan(title="Phương án ứng cứu sự cố cổng thông tin", system_id=portal.id))
    save(Scenario(plan_id=plan.record.id, title="Kịch bản xử lý thay đổi giao diện"))
    # Detected on 30/12/2025, 05/01/2026 and 14/02/2026: as text "05/01…" < "14/02…" < "30/12…".
    incidents = (
        save(
            Incident(
                title="Tấn công thay đổi giao diện cổng thông tin",
                detected_at=dt.datetime(2025, 12, 30, 8, 15),
                type=IncidentType.THAY_DOI_GIAO_DIEN,
                stage=IncidentStage.DA_BAO_CAO,
                system_ids=(portal.id,),
            )
        ).record,
        save(
            Incident(
                title=MALWARE,
                detected_at=dt.datetime(2026, 1, 5, 9, 30),
                type=IncidentType.MA_DOC,
                severity=Severity.NGHIEM_TRONG,
                stage=IncidentStage.XU_LY,
                system_ids=(one_stop.id,),
            )
        ).record,
        save(
            Incident(
                title="Lộ lọt tài khoản thư điện tử công vụ",
                detected_at=dt.datetime(2026, 2, 14, 16, 0),
                type=IncidentType.TRUY_CAP_TRAI_PHEP,
            )
        ).record,
    )
    malware = incidents[1]
    save(
        TimelineEntry(
            incident_id=malware.id,
            at=dt.datetime(2026, 1, 5, 9, 45),
            action="Cô lập máy trạm khỏi mạng",
        )
    )
    save(
        TimelineEntry(
            incident_id=malware.id,
            at=dt.datetime(2026, 1, 5, 14, 0),
            action="Khôi phục dữ liệu từ bản sao lưu",
        )
    )
    for i, name in enumerate(reversed(CONTACTS)):
        save(Contact(name=name, role=ContactRole.THANH_VIEN, phone_24h=f"0905 000 00{i}"))
    save(RosterEntry(date=dt.date(2026, 1, 1), person="Lê Văn An", occasion="Tết Dương lịch"))
    save(RosterEntry(date=dt.date(2026, 2, 17), person="Trần Thị Bình", occasion="Tết Nguyên đán"))
    report = save(
        OutgoingDocument(
            doc_type=DocumentType.BAO_CAO,
            number=12,
            year=2026,
            symbol="BC-UBND",
            date=dt.date(2026, 1, 10),
            subject="Báo cáo tình hình bảo đảm an toàn thông tin mạng năm 2025",
            state=DocumentState.DA_GUI,
        )
    ).record
    save(
        OutgoingDocument(
            doc_type=DocumentType.BAO_CAO,
            number=13,
            year=2026,
            symbol="BC-UBND",
            date=dt.date(2026, 1, 12),
            subject="Báo cáo kết thúc ứng phó sự cố mã độc",
            state=DocumentState.DA_KY,
            incident_id=malware.id,
        )
    )
    draft = save(
        OutgoingDocument(
            subject="Về việc cử đầu mối ứng cứu sự cố", symbol="UBND-VHXH", state=DocumentState.NHAP
        )
    ).record
    return Sample(unit, portal, one_stop, incidents, report, draft)
