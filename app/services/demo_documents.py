"""The sample unit's register of outgoing documents: issued letters and reports, one signed but
not yet sent, and one draft.

Numbers run through the year as they would in a commune office that issues other documents too;
công văn subjects are stored as they follow “V/v”, named documents' as they follow the type name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from app.domain.base import Record
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType, SendChannel, Urgency
from app.domain.incidents import Incident
from app.services.demo_common import (
    A05,
    AUTHORITY,
    AUTHORITY_DEPUTY,
    CA_TINH,
    CA_XA,
    CHAIRMAN,
    PA05_NAME,
    PVHCC,
    SKHCN,
    UNIT_ID,
    VICE_CHAIRMAN,
    VIETTEL,
    VNPT,
    Clock,
    contact_point_days,
    number_on,
    rid,
    sys_id,
    workday,
)
from app.services.demo_incidents import incident_id
from app.services.demo_roster import holiday

CV = "UBND-VHXH"
BC = "BC-UBND"
KEEP = "Lưu: VT, VHXH"
LEADERS = "Chủ tịch, các Phó Chủ tịch UBND xã"
UPWARD = (f"{CA_TINH} ({PA05_NAME})", SKHCN)
ROMAN = ("I", "II", "III", "IV")
ND331 = dt.date(2026, 8, 19)  # NĐ 331/2026/NĐ-CP in force: the annual report becomes Mẫu 08


def _doc(
    key: str,
    *,
    doc_type: DocumentType,
    template: str = "",
    subject: str,
    day: dt.date | None,
    recipients: tuple[str, ...],
    copies: tuple[str, ...] = ("Như trên", LEADERS, KEEP),
    state: DocumentState = DocumentState.DA_GUI,
    channel: SendChannel = SendChannel.NEN_TANG,
    chairman: bool = False,
    urgency: Urgency = Urgency.THUONG,
    received_after: int | None = 1,
    incident: str | None = None,
    system: str | None = None,
    notes: str = "",
) -> OutgoingDocument:
    """An entry of the register; it gets its number and year when it is signed."""
    issued = day if state.issued else None
    sent = issued if state == DocumentState.DA_GUI else None
    received = None
    if sent is not None and received_after is not None:
        received = sent + dt.timedelta(days=received_after)
    return OutgoingDocument(
        id=rid("document", key),
        unit_id=UNIT_ID,
        doc_type=doc_type,
        template=template,
        number=None if issued is None else number_on(issued),
        year=None if issued is None else issued.year,
        symbol=CV if doc_type == DocumentType.CONG_VAN else BC,
        date=issued,
        subject=subject,
        urgency=urgency,
        recipients=recipients,
        copies_to=copies,
        signer_name=CHAIRMAN if chairman else VICE_CHAIRMAN,
        signer_title="CHỦ TỊCH" if chairman else "PHÓ CHỦ TỊCH",
        authority=AUTHORITY if chairman else AUTHORITY_DEPUTY,
        state=state,
        channel=channel,
        sent_date=sent,
        received_date=received,
        incident_id=None if incident is None else incident_id(incident),
        system_id=None if system is None else sys_id(system),
        notes=notes,
    )


def _date(moment: dt.datetime | None) -> dt.date:
    if moment is None:
        raise ValueError("the sample incident lacks a time it is documented with")
    return moment.date()


def _numbered(docs: list[OutgoingDocument]) -> list[OutgoingDocument]:
    """Give two documents of the same day consecutive numbers (numbers are unique in a year)."""
    used: set[tuple[int | None, int]] = set()
    out: list[OutgoingDocument] = []
    for doc in docs:
        number = doc.number
        while number is not None and (doc.year, number) in used:
            number += 1
        if number is not None:
            used.add((doc.year, number))
        out.append(doc if number == doc.number else dataclasses.replace(doc, number=number))
    return out


def _previous_quarter(today: dt.date) -> tuple[int, int]:
    quarter = (today.month - 1) // 3
    return (quarter, today.year) if quarter else (4, today.year - 1)


def _mau05_periods(today: dt.date) -> tuple[tuple[dt.date, str], tuple[dt.date, str]]:
    """The last and the next deadline of the Mẫu 05 summary (before 20/06 and 15/12), named."""
    dues = [
        dt.date(y, m, d)
        for y in range(today.year - 1, today.year + 2)
        for m, d in ((6, 20), (12, 15))
    ]

    def named(due: dt.date) -> tuple[dt.date, str]:
        return due, (f"06 tháng đầu năm {due.year}" if due.month == 6 else f"năm {due.year}")

    return named(max(d for d in dues if d <= today)), named(min(d for d in dues if d > today))


def _annual_report(c: Clock) -> OutgoingDocument:
    """Last year's report on level-based protection (TT 12/2022; Mẫu 08 of NĐ 331/2026 after)."""
    day = workday(dt.date(c.today.year, 12, 15))
    if day > c.today:
        day = workday(dt.date(c.today.year - 1, 12, 15))
    if day < ND331:
        doc_type = DocumentType.BAO_CAO
        subject = f"Tình hình bảo đảm an toàn hệ thống thông tin theo cấp độ năm {day.year}"
    else:
        doc_type = DocumentType.CONG_VAN
        subject = f"kết quả công tác bảo đảm an ninh mạng hệ thống thông tin năm {day.year}"
    return _doc(
        "bao-cao-nam-cap-do",
        doc_type=doc_type,
        template="mau08",
        subject=subject,
        day=day,
        recipients=UPWARD,
    )


def documents(c: Clock, incidents: Sequence[Record]) -> list[OutgoingDocument]:
    by_id = {r.id: r for r in incidents if isinstance(r, Incident)}
    leak = by_id[incident_id("ho-tich-infostealer")]
    beacon = by_id[incident_id("may-chu-dieu-khien")]
    quarter, q_year = _previous_quarter(c.today)
    (last_due, last_period), (_, next_period) = _mau05_periods(c.today)
    days_off, occasion = holiday(c.today)
    duty_day = workday(days_off[0] - dt.timedelta(days=5))
    duty_state = DocumentState.DA_GUI if duty_day <= c.today else DocumentState.TRINH_KY
    coordinator = f"Cơ quan điều phối quốc gia ({A05})"
    ministry = "Bộ Tư pháp (Cục Công nghệ thông tin)"
    mau05 = "Tổng hợp tình hình tiếp nhận và xử lý sự cố an toàn thông tin mạng"
    docs = [
        _doc(
            "cv-dau-moi",
            doc_type=DocumentType.CONG_VAN,
            template="dau-moi",
            subject="cử đầu mối ứng cứu sự cố an toàn thông tin mạng và công bố thông tin tiếp "
            "nhận thông báo sự cố",
            day=contact_point_days(c)[1],
            recipients=(
                *UPWARD,
                "Các doanh nghiệp cung cấp dịch vụ viễn thông, Internet trên địa bàn xã",
            ),
            copies=("Như trên", LEADERS, "Cổng thông tin điện tử xã (đăng tải)", KEEP),
            channel=SendChannel.EMAIL,
            chairman=True,
        ),
        _doc(
            "bc-chi-thi-18",
            doc_type=DocumentType.BAO_CAO,
            subject="Kết quả thực hiện Chỉ thị số 18/CT-TTg ngày 13/10/2022 của Thủ tướng Chính "
            "phủ về đẩy mạnh triển khai các hoạt động ứng cứu sự cố an toàn thông tin mạng Việt "
            "Nam",
            day=c.work(300),
            recipients=UPWARD,
        ),
        _annual_report(c),
        _doc(
            "bc-ban-dau-ho-tich",
            doc_type=DocumentType.BAO_CAO,
            template="bao-cao-ban-dau",
            subject=f"Ban đầu sự cố an toàn thông tin mạng {leak.code}: lộ tài khoản phần mềm hộ "
            "tịch do mã độc đánh cắp thông tin",
            day=_date(leak.notified_at),
            recipients=(ministry, UPWARD[0], coordinator),
            copies=(LEADERS, KEEP),
            channel=SendChannel.EMAIL,
            chairman=True,
            urgency=Urgency.HOA_TOC,
            received_after=None,
            incident="ho-tich-infostealer",
            system="ho-tich",
            notes="Gửi thư điện tử có tiêu đề bắt đầu bằng [TBSC], kèm nhật ký đăng nhập bất "
            "thường.",
        ),
        _doc(
            "bc-ket-thuc-ho-tich",
            doc_type=DocumentType.BAO_CAO,
            template="bao-cao-ket-thuc",
            subject=f"Kết thúc ứng phó sự cố an toàn thông tin mạng {leak.code}: lộ tài khoản "
            "phần mềm hộ tịch do mã độc đánh cắp thông tin",
            day=_date(leak.closing_reported_at),
            recipients=(ministry, UPWARD[0], coordinator),
            copies=(LEADERS, KEEP),
            channel=SendChannel.EMAIL,
            chairman=True,
            incident="ho-tich-infostealer",
            system="ho-tich",
        ),
        _doc(
            "bc-mau05-ky-truoc",
            doc_type=DocumentType.BAO_CAO,
            template="mau05",
            subject=f"{mau05} {last_period}",
            day=workday(last_due - dt.timedelta(days=5)),
            recipients=UPWARD,
        ),
        _doc(
            "bc-quy",
            doc_type=DocumentType.BAO_CAO,
            template="bao-cao-quy",
            subject=f"Tình hình bảo đảm an toàn thông tin mạng đối với các hệ thống thông tin "
            f"quý {ROMAN[quarter - 1]} năm {q_year}",
            day=workday(dt.date(q_year, quarter * 3, 12)),
            recipients=UPWARD,
        ),
        _doc(
            "cv-truc-le",
            doc_type=DocumentType.CONG_VAN,
            subject=f"phân công trực bảo đảm an toàn thông tin mạng dịp {occasion[0].lower()}"
            f"{occasion[1:]}",
            day=duty_day,
            state=duty_state,
            recipients=(
                f"Các phòng chuyên môn, {PVHCC}",
                CA_XA,
                f"{VNPT}, {VIETTEL}",
            ),
            copies=("Như trên", LEADERS, *UPWARD, KEEP),
            urgency=Urgency.KHAN,
            received_after=None,
        ),
        _doc(
            "bc-ket-thuc-may-chu-dieu-khien",
            doc_type=DocumentType.BAO_CAO,
            template="bao-cao-ket-thuc",
            subject=f"Kết thúc ứng phó sự cố an toàn thông tin mạng {beacon.code}: máy trạm kết "
            "nối tới máy chủ điều khiển mã độc",
            day=c.work(1),
            state=DocumentState.DA_KY,
            recipients=UPWARD,
            channel=SendChannel.EMAIL,
            incident="may-chu-dieu-khien",
            system="lan",
            notes="Đã ký, chờ gửi kèm báo cáo phân tích mã độc của đơn vị hỗ trợ.",
        ),
        _doc(
            "bc-tong-hop-su-co",
            doc_type=DocumentType.BAO_CAO,
            template="mau05",
            subject=f"{mau05} {next_period}",
            day=None,
            state=DocumentState.NHAP,
            recipients=UPWARD,
            notes="Dự thảo theo Mẫu 05 Thông tư số 20/2017/TT-BTTTT; số liệu lấy từ sổ theo dõi "
            "sự cố.",
        ),
    ]
    return _numbered(sorted(docs, key=lambda d: (d.date or dt.date.max, d.id)))
