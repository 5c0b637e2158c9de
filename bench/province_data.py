"""A synthetic province: many units, their systems and five years of incidents, deterministic.

    .venv/bin/python bench/province_data.py --incidents 50000 --out province.json
    .venv/bin/python bench/province_data.py --units 1 --systems 3000 --incidents 2000 --db unit.db

The same sizes and seed always give the same records (ids, text, dates), byte for byte in the
data file. Dates run over five years ending on 30/06/2026 (`END`), never today. Text is
Vietnamese (NFC), in the domain's words: communes and wards of one province, their information
systems at levels 1 to 4, scans and threat hunts twice a year, assessments, a drill a year,
response plans with scenarios, contacts, holiday duty shifts, incidents of the ten TT 20
categories with their timelines, and the outgoing documents that reported them.

Two ways out, both importable by other benchmarks:
- `write_file(path, ...)`: the canonical data file that `python -m app --db X load FILE` reads;
- `build_db(path, ...)`: a database file at the current schema with the same records written
  straight in (quick: it skips the checks `load` makes, so the rows are the generator's own).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import unicodedata
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain.base import Record  # noqa: E402
from app.domain.documents import OutgoingDocument  # noqa: E402
from app.domain.enums import (  # noqa: E402
    AssessmentKind,
    AssessmentResult,
    AssessmentTiming,
    ContactKind,
    ContactRole,
    DocumentState,
    DocumentType,
    DossierState,
    DrillKind,
    DutyRole,
    IncidentStage,
    IncidentType,
    Performer,
    Priority,
    ProtectionState,
    ReportChannel,
    ScanKind,
    ScenarioKind,
    SendChannel,
    Severity,
    SystemRole,
    UnitLevel,
)
from app.domain.incidents import Incident, TimelineEntry  # noqa: E402
from app.domain.people import Contact, RosterEntry  # noqa: E402
from app.domain.registry import KINDS  # noqa: E402
from app.domain.systems import (  # noqa: E402
    Assessment,
    Drill,
    InfoSystem,
    ResponsePlan,
    Scan,
    Scenario,
)
from app.domain.unit import Signer, Unit  # noqa: E402

END = dt.date(2026, 6, 30)
START = dt.date(2021, 7, 1)
STAMP = dt.datetime(2026, 7, 1, 1, 0)  # created_at / updated_at of every record (UTC)
PROVINCE = "Quảng Ngãi"

_PLACES = (
    "Đăk Hà",
    "Đăk Tô",
    "Ngọc Hồi",
    "Sa Thầy",
    "Kon Plông",
    "Kon Rẫy",
    "Đăk Glei",
    "Tu Mơ Rông",
    "Ia H'Drai",
    "Bình Sơn",
    "Sơn Tịnh",
    "Tư Nghĩa",
    "Nghĩa Hành",
    "Mộ Đức",
    "Đức Phổ",
    "Ba Tơ",
    "Minh Long",
    "Sơn Hà",
    "Sơn Tây",
    "Trà Bồng",
    "Lý Sơn",
    "Tịnh Khê",
    "Nghĩa Lộ",
    "Trương Quang Trọng",
    "Cẩm Thành",
    "Nghĩa Chánh",
    "Quảng Phú",
    "Trà Câu",
    "Phổ Văn",
    "Bình Châu",
    "Đăk Rơ Wa",
    "Ngô Mây",
    "Thống Nhất",
    "Trường Chinh",
    "Duy Tân",
    "Đăk Cấm",
    "Hòa Bình",
    "Chư Hreng",
    "Ia Chim",
    "Đoàn Kết",
)
_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
_MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Đức", "Xuân")
_GIVEN = (
    "Hùng",
    "Hương",
    "Quang",
    "Lan",
    "Tuấn",
    "Dũng",
    "Hà",
    "Phương",
    "Sơn",
    "Trang",
    "Khánh",
    "Long",
    "Nhung",
    "Thảo",
    "Việt",
    "Bình",
    "An",
    "Đông",
)
_SYSTEMS = (
    ("Cổng thông tin điện tử {unit}", "Công bố thông tin chỉ đạo, điều hành, thủ tục hành chính."),
    (
        "Hệ thống quản lý văn bản và điều hành (tài khoản của {unit})",
        "Gửi, nhận, xử lý văn bản điện tử; ký số văn bản đi.",
    ),
    ("Hệ thống một cửa điện tử tại {unit}", "Tiếp nhận, giải quyết hồ sơ thủ tục hành chính."),
    ("Mạng nội bộ (LAN) của {unit}", "Kết nối máy trạm, máy in và đường truyền Internet."),
    ("Hệ thống thư điện tử công vụ của {unit}", "Trao đổi thư điện tử công vụ."),
    ("Phần mềm kế toán ngân sách {unit}", "Lập dự toán, hạch toán, quyết toán ngân sách."),
    ("Hệ thống camera giám sát an ninh trật tự {unit}", "Giám sát các tuyến đường, trụ sở."),
    ("Hệ thống hội nghị truyền hình trực tuyến {unit}", "Họp trực tuyến với cấp tỉnh."),
    ("Phần mềm quản lý hộ tịch tại {unit}", "Đăng ký khai sinh, kết hôn, khai tử."),
    ("Máy chủ ứng dụng nội bộ {unit}", "Cài đặt các ứng dụng nghiệp vụ dùng chung."),
)
_INCIDENTS: dict[IncidentType, tuple[str, ...]] = {
    IncidentType.TU_CHOI_DICH_VU: (
        "Tấn công từ chối dịch vụ làm gián đoạn {system}",
        "Lưu lượng truy cập bất thường từ nhiều địa chỉ IP nước ngoài khiến {system} ngừng phục vụ",
    ),
    IncidentType.GIA_MAO: (
        "Thư điện tử giả mạo Sở Khoa học và Công nghệ gửi tới cán bộ {unit}",
        "Trang web giả mạo {system} lừa người dân khai báo thông tin cá nhân",
    ),
    IncidentType.MA_DOC: (
        "Máy trạm của cán bộ {unit} nhiễm mã độc đánh cắp mật khẩu",
        "Phát hiện mã độc trên máy chủ của {system}",
    ),
    IncidentType.TRUY_CAP_TRAI_PHEP: (
        "Tài khoản quản trị {system} bị đăng nhập trái phép",
        "Tài khoản công chức {unit} bị chiếm quyền từ địa chỉ IP ở nước ngoài",
    ),
    IncidentType.THAY_DOI_GIAO_DIEN: (
        "Trang chủ {system} bị thay đổi giao diện, chèn nội dung quảng cáo cờ bạc",
    ),
    IncidentType.MA_HOA: (
        "Mã độc mã hóa dữ liệu tống tiền trên máy tính kế toán {unit}",
        "Dữ liệu của {system} bị mã hóa, đòi tiền chuộc",
    ),
    IncidentType.PHA_HOAI: ("Dữ liệu của {system} bị xóa trái phép",),
    IncidentType.NGHE_TROM: (
        "Lộ lọt danh sách hồ sơ của người dân từ {system}",
        "Phát hiện thiết bị lạ kết nối vào mạng nội bộ {unit}, thu thập dữ liệu",
    ),
    IncidentType.TONG_HOP: (
        "Tấn công tổng hợp vào {system}: dò quét, khai thác lỗ hổng và cài mã độc",
    ),
    IncidentType.KHAC: (
        "Cảnh báo từ cấp trên về địa chỉ IP của {unit} kết nối tới máy chủ điều khiển mã độc",
        "Hệ thống giám sát phát hiện truy cập bất thường tới {system}",
    ),
}
_TYPE_WEIGHTS = (6, 14, 22, 14, 8, 7, 3, 8, 3, 15)
_ACTIONS = (
    "Cô lập máy bị ảnh hưởng khỏi mạng nội bộ; thu thập nhật ký truy cập.",
    "Báo cáo lãnh đạo phụ trách an toàn thông tin mạng; thông báo đội ứng cứu sự cố.",
    "Rà quét mã độc toàn bộ máy trạm; đổi mật khẩu các tài khoản liên quan.",
    "Khôi phục dữ liệu từ bản sao lưu gần nhất; kiểm tra tính toàn vẹn.",
    "Gửi thông báo sự cố tới Công an tỉnh và Sở Khoa học và Công nghệ.",
    "Vá lỗ hổng, cập nhật phiên bản phần mềm; theo dõi thêm 48 giờ; kết thúc ứng cứu.",
)
_CAUSES = (
    "Mật khẩu yếu, dùng chung cho nhiều dịch vụ; chưa bật xác thực hai yếu tố.",
    "Phần mềm chưa được cập nhật bản vá bảo mật.",
    "Cán bộ mở tệp đính kèm trong thư điện tử giả mạo.",
    "Cấu hình tường lửa cho phép truy cập quản trị từ Internet.",
)
_OCCASIONS = (("Tết Nguyên đán", 1, 28), ("Giỗ Tổ Hùng Vương", 4, 18), ("Quốc khánh 2/9", 9, 1))
_SCENARIOS = (ScenarioKind.MA_HOA, ScenarioKind.GIAO_DIEN, ScenarioKind.DDOS, ScenarioKind.LO_LOT)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.out: dict[str, list[Record]] = {k.key: [] for k in KINDS}

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, key: str, cls: Any, **values: Any) -> Any:
        """A new record with the next id; links are kept sorted, as the database gives them."""
        record = cls(id=self.uid(), created_at=STAMP, updated_at=STAMP, **values)
        self.out[key].append(record)
        return record

    def day(self, first: dt.date = START, last: dt.date = END) -> dt.date:
        return first + dt.timedelta(days=self.rng.randrange((last - first).days + 1))

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(_FAMILY)} {r.choice(_MIDDLE)} {r.choice(_GIVEN)}"

    def phone(self) -> str:
        return f"0{self.rng.choice((9, 3, 8))}{self.rng.randrange(10**8):08d}"


def _unit(g: _Gen, index: int, parent: str | None) -> Unit:
    place = _PLACES[index % len(_PLACES)]
    round_no = index // len(_PLACES)
    if round_no:
        place = f"{place} {round_no + 1}"
    slug = "".join(c for c in unicodedata.normalize("NFD", place.lower()) if c.isalnum())
    slug = slug.replace("đ", "d")
    if index == 0 and parent is None:
        name, level = f"Sở Khoa học và Công nghệ tỉnh {PROVINCE}", UnitLevel.SO
        symbol, parent_body = "SKHCN-CNTT", f"Ủy ban nhân dân tỉnh {PROVINCE}"
    else:
        level = UnitLevel.PHUONG if index % 4 == 0 else UnitLevel.XA
        word = "phường" if level is UnitLevel.PHUONG else "xã"
        name, symbol = f"Ủy ban nhân dân {word} {place}", "UBND-VHXH"
        parent_body = f"Ủy ban nhân dân tỉnh {PROVINCE}"
    return g.add(
        "units",
        Unit,
        name=_nfc(name),
        level=level,
        parent_body=_nfc(parent_body),
        parent_unit_id=parent,
        place_name=_nfc(place),
        doc_symbol=symbol,
        address=_nfc(f"Số {g.rng.randrange(1, 300)} đường Hùng Vương, {place}, tỉnh {PROVINCE}"),
        phone=g.phone(),
        email=f"ubnd.{slug}@quangngai.gov.vn",
        incident_contact=_nfc(f"Đầu mối tiếp nhận sự cố: Văn phòng {name}"),
        signers=(Signer(name=_nfc(g.person()), title="CHỦ TỊCH", authority="TM. ỦY BAN NHÂN DÂN"),),
    )


def _short(unit: Unit) -> str:
    return unit.name.removeprefix("Ủy ban nhân dân ").removeprefix("Sở ")


def _systems(g: _Gen, unit: Unit, count: int) -> list[InfoSystem]:
    out = []
    for i in range(count):
        name, purpose = _SYSTEMS[i % len(_SYSTEMS)]
        name = name.format(unit=_short(unit))
        if i >= len(_SYSTEMS):
            name = f"{name} (phân hệ {i // len(_SYSTEMS) + 1:02d})"
        level = g.rng.choices((1, 2, 3, 4), weights=(20, 45, 30, 5))[0]
        approved = g.rng.random() < 0.7
        in_service = g.day(dt.date(2014, 1, 1), dt.date(2024, 12, 31))
        approval = in_service + dt.timedelta(days=g.rng.randrange(30, 400)) if approved else None
        out.append(
            g.add(
                "systems",
                InfoSystem,
                unit_id=unit.id,
                name=_nfc(name),
                purpose=_nfc(purpose),
                unit_role=SystemRole.CHU_QUAN if i % 3 else SystemRole.VAN_HANH,
                owner=unit.name if i % 3 else _nfc(f"Ủy ban nhân dân tỉnh {PROVINCE}"),
                operator=_nfc(f"Văn phòng HĐND và UBND {_short(unit)}"),
                specialised_unit=_nfc(f"Sở Khoa học và Công nghệ tỉnh {PROVINCE}"),
                level_proposed=level,
                level_approved=level if approved else None,
                dossier_state=DossierState.DA_PHE_DUYET if approved else DossierState.DU_THAO,
                approval_no=f"{g.rng.randrange(1, 900)}/QĐ-UBND" if approved else "",
                approval_date=min(approval, END) if approval else None,
                protection_state=g.rng.choice(list(ProtectionState)),
                domains=f"he-thong-{i + 1}.{unit.email.split('@')[0][5:]}.gov.vn",
                public_ips=f"203.0.113.{g.rng.randrange(1, 255)}",
                hosting=_nfc(f"Trung tâm dữ liệu tỉnh {PROVINCE}"),
                in_service=in_service,
            )
        )
    return out


def _work(g: _Gen, unit: Unit, systems: list[InfoSystem]) -> None:
    """Scans twice a year, assessments and a drill a year, plans, contacts, duty shifts."""
    high = [s for s in systems if (s.level or 0) >= 3]
    for half in range(10):
        first = dt.date(START.year + (half + 1) // 2, 1 if half % 2 else 7, 1)
        date = g.day(first, first + dt.timedelta(days=170))
        covered = [s.id for s in systems if g.rng.random() < 0.8]
        g.add(
            "scans",
            Scan,
            unit_id=unit.id,
            kind=g.rng.choice(list(ScanKind)),
            date=date,
            system_ids=tuple(sorted(covered)),
            performer=g.rng.choice(list(Performer)),
            performer_name=_nfc(f"Trung tâm Giám sát an toàn không gian mạng tỉnh {PROVINCE}"),
            tool="Nessus, OpenVAS",
            critical=g.rng.randrange(3),
            high=g.rng.randrange(6),
            medium=g.rng.randrange(15),
            low=g.rng.randrange(30),
            remediation_due=date + dt.timedelta(days=30),
            remediation_done=date + dt.timedelta(days=g.rng.randrange(5, 60)),
        )
    for year in range(START.year, END.year + 1):
        for system in high:
            if g.rng.random() < 0.5:
                date = g.day(max(START, dt.date(year, 1, 1)), min(END, dt.date(year, 12, 31)))
                g.add(
                    "assessments",
                    Assessment,
                    unit_id=unit.id,
                    system_id=system.id,
                    date=date,
                    kind=g.rng.choice(list(AssessmentKind)),
                    timing=AssessmentTiming.DINH_KY,
                    performed_by=_nfc(f"Sở Khoa học và Công nghệ tỉnh {PROVINCE}"),
                    result=g.rng.choice(list(AssessmentResult)),
                    findings=_nfc("Cần cập nhật bản vá hệ điều hành; rà soát tài khoản quản trị."),
                )
        start = g.day(max(START, dt.date(year, 3, 1)), min(END, dt.date(year, 11, 30)))
        g.add(
            "drills",
            Drill,
            unit_id=unit.id,
            title=_nfc(f"Diễn tập thực chiến an toàn thông tin mạng năm {year} - {_short(unit)}"),
            kind=DrillKind.THUC_CHIEN if g.rng.random() < 0.6 else DrillKind.TREN_BAN,
            start=start,
            end=start + dt.timedelta(days=2),
            system_ids=tuple(sorted(s.id for s in high[:5])),
            organising_board=_nfc(f"Ủy ban nhân dân {_short(unit)}"),
            attack_team=_nfc("Đội tấn công của Trung tâm Giám sát an toàn không gian mạng tỉnh"),
            defence_team=_nfc("Đội ứng cứu sự cố của đơn vị"),
            scenario=_nfc("Tấn công mã độc mã hóa dữ liệu tống tiền vào cổng thông tin điện tử."),
            findings_process=_nfc("Quy trình báo cáo sự cố chưa rõ đầu mối ngoài giờ."),
        )
    plans = [(None, f"Phương án ứng cứu sự cố an toàn thông tin mạng {_short(unit)}")]
    plans += [(s.id, f"Phương án ứng cứu sự cố {s.name}") for s in high if g.rng.random() < 0.3]
    for system_id, title in plans:
        plan = g.add(
            "plans",
            ResponsePlan,
            unit_id=unit.id,
            title=_nfc(title[:300]),
            system_id=system_id,
            decision_no=f"{g.rng.randrange(1, 900)}/QĐ-UBND",
            decision_date=g.day(START, dt.date(2022, 12, 31)),
            last_review=g.day(dt.date(2025, 1, 1)),
        )
        for kind in _SCENARIOS[: 1 + g.rng.randrange(3)]:
            g.add(
                "scenarios",
                Scenario,
                unit_id=unit.id,
                plan_id=plan.id,
                kind=kind,
                title=_nfc(f"Kịch bản ứng cứu: {kind.label('vi')}"),
                steps=_nfc("1. Cô lập hệ thống.\n2. Thu thập chứng cứ.\n3. Khôi phục, báo cáo."),
                lead_unit=_nfc("Đội ứng cứu sự cố của đơn vị"),
            )
    roles = (ContactRole.DAU_MOI, ContactRole.LANH_DAO, ContactRole.DOI_TRUONG)
    roles += (ContactRole.THANH_VIEN,) * 4 + (ContactRole.CAP_TREN,)
    contacts = []
    for role in roles:
        contacts.append(
            g.add(
                "contacts",
                Contact,
                unit_id=unit.id,
                name=_nfc(g.person()),
                kind=ContactKind.CA_NHAN,
                role=role,
                position=_nfc("Công chức Văn hóa - Xã hội"),
                organization=unit.name,
                phone_office=g.phone(),
                phone_24h=g.phone(),
                email=f"canbo{len(contacts) + 1}.{unit.email.split('@')[0][5:]}@quangngai.gov.vn",
            )
        )
    for year in range(START.year + 1, END.year + 1):
        for occasion, month, day in _OCCASIONS:
            for offset in range(2):
                person = contacts[g.rng.randrange(len(contacts))]
                g.add(
                    "roster",
                    RosterEntry,
                    unit_id=unit.id,
                    date=dt.date(year, month, day) + dt.timedelta(days=offset),
                    start=dt.time(7, 0),
                    end=dt.time(17, 0),
                    role=DutyRole.TRUC_CHINH,
                    contact_id=person.id,
                    person=person.name,
                    phone=person.phone_24h,
                    occasion=_nfc(f"{occasion} năm {year}"),
                )


def _incidents(g: _Gen, units: list[Unit], systems: dict[str, list[InfoSystem]], n: int) -> None:
    types = list(IncidentType)
    span = (END - START).days * 24 * 60
    drafted: list[tuple[Unit, dt.datetime, IncidentType]] = []
    for _ in range(n):
        unit = units[g.rng.randrange(len(units))]
        detected = dt.datetime.combine(START, dt.time(0, 0)) + dt.timedelta(
            minutes=g.rng.randrange(span)
        )
        drafted.append((unit, detected, g.rng.choices(types, weights=_TYPE_WEIGHTS)[0]))
    drafted.sort(key=lambda d: (d[0].id, d[1]))
    numbers: dict[tuple[str, int], int] = {}
    doc_numbers: dict[tuple[str, int], int] = {}
    recent = dt.datetime.combine(END, dt.time(0, 0)) - dt.timedelta(days=45)
    for unit, detected, itype in drafted:
        own = systems[unit.id]
        hit = g.rng.sample(own, min(len(own), g.rng.choice((1, 1, 1, 2)))) if own else []
        key = (unit.id, detected.year)
        numbers[key] = numbers.get(key, 0) + 1
        title = g.rng.choice(_INCIDENTS[itype]).format(
            unit=_short(unit), system=hit[0].name if hit else _short(unit)
        )
        notified = detected + dt.timedelta(hours=g.rng.randrange(1, 100))
        ended = detected + dt.timedelta(hours=g.rng.randrange(2, 240))
        if detected < recent:
            stage = IncidentStage.DA_BAO_CAO if g.rng.random() < 0.85 else IncidentStage.KET_THUC
        else:
            stage = g.rng.choice(list(IncidentStage))
        done = stage in (IncidentStage.KET_THUC, IncidentStage.DA_BAO_CAO)
        closing = ended + dt.timedelta(hours=g.rng.randrange(4, 130))
        serious = g.rng.random() < 0.08
        incident = g.add(
            "incidents",
            Incident,
            unit_id=unit.id,
            code=f"SC-{detected.year}-{numbers[key]:03d}",
            title=_nfc(title[:300]),
            detected_at=detected,
            type=itype,
            severity=Severity.NGHIEM_TRONG if serious else Severity.THONG_THUONG,
            priority=g.rng.choice(list(Priority)),
            stage=stage,
            system_ids=tuple(sorted(s.id for s in hit)),
            reported_by=_nfc(g.person()),
            report_channel=g.rng.choice(list(ReportChannel)),
            description=_nfc(f"{title}. Đơn vị tiếp nhận thông tin lúc {detected:%H:%M}."),
            detection_method=_nfc("Hệ thống giám sát an toàn thông tin mạng của tỉnh"),
            notified_at=notified if stage is not IncidentStage.PHAT_HIEN else None,
            response_ended_at=ended if done else None,
            closing_reported_at=closing if stage is IncidentStage.DA_BAO_CAO else None,
            damage_vnd=g.rng.randrange(0, 50_000_000, 100_000) if g.rng.random() < 0.2 else None,
            help_domestic=_nfc(f"Sở Khoa học và Công nghệ tỉnh {PROVINCE}") if serious else "",
            help_coordinator=serious and g.rng.random() < 0.3,
            root_cause=_nfc(g.rng.choice(_CAUSES)) if done else "",
            result=_nfc("Đã khắc phục, hệ thống hoạt động bình thường.") if done else "",
        )
        steps = g.rng.choice((1, 1, 1, 1, 2))
        for s in range(steps):
            g.add(
                "timeline",
                TimelineEntry,
                unit_id=unit.id,
                incident_id=incident.id,
                at=detected + dt.timedelta(minutes=30 + 90 * s),
                action=_nfc(_ACTIONS[(s * 3 + numbers[key]) % len(_ACTIONS)]),
                lead_unit=_nfc("Đội ứng cứu sự cố của đơn vị"),
            )
        if serious and stage is not IncidentStage.PHAT_HIEN:
            day = notified.date()
            dkey = (unit.id, day.year)
            doc_numbers[dkey] = doc_numbers.get(dkey, 0) + 1
            g.add(
                "documents",
                OutgoingDocument,
                unit_id=unit.id,
                doc_type=DocumentType.CONG_VAN,
                number=doc_numbers[dkey],
                year=day.year,
                symbol=unit.doc_symbol,
                date=day,
                subject=_nfc(f"Thông báo sự cố {incident.code}: {title}"[:500]),
                recipients=(_nfc(f"Công an tỉnh {PROVINCE}"), _nfc(f"Sở KH&CN tỉnh {PROVINCE}")),
                copies_to=("Như trên", "Lưu: VT"),
                signer_name=unit.signers[0].name,
                signer_title="CHỦ TỊCH",
                state=DocumentState.DA_GUI,
                channel=SendChannel.EMAIL,
                sent_date=day,
                incident_id=incident.id,
            )


def generate(
    *, units: int = 30, systems: int = 3000, incidents: int = 50_000, seed: int = 1
) -> dict[str, list[Record]]:
    """The province's records by kind key (every kind present), the same for the same input."""
    if units < 1 or systems < 0 or incidents < 0:
        raise ValueError("units must be at least 1; systems and incidents not negative")
    g = _Gen(seed)
    first = _unit(g, 0, None)
    all_units = [first] + [_unit(g, i, first.id) for i in range(1, units)]
    by_unit: dict[str, list[InfoSystem]] = {}
    for i, unit in enumerate(all_units):
        share = systems // units + (1 if i < systems % units else 0)
        by_unit[unit.id] = _systems(g, unit, share)
        _work(g, unit, by_unit[unit.id])
    _incidents(g, all_units, by_unit, incidents)
    return g.out


def write_file(path: Path, **sizes: int) -> dict[str, int]:
    """The canonical data file of the province at *path*; the number of records of each kind."""
    from app.exchange import canonical

    records = generate(**sizes)
    path.write_text(canonical.to_json(canonical.document(records)), encoding="utf-8")
    return {k: len(v) for k, v in records.items()}


def build_db(path: Path, **sizes: int) -> dict[str, int]:
    """A new database file at *path* holding the province, its first unit the current one."""
    from sqlalchemy import insert

    from app.storage import migrate
    from app.storage import repository as repo
    from app.storage.engine import make_engine
    from app.storage.mapping import to_row
    from app.storage.tables import LINK_FIELD, LINKS, TABLES

    if path.exists():
        raise FileExistsError(path)
    records = generate(**sizes)
    migrate.create_new(path)
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            for kind in KINDS:
                items = records[kind.key]
                if not items:
                    continue
                conn.execute(insert(TABLES[kind.key]), [to_row(r) for r in items])
                if kind.key in LINKS:
                    links = [
                        {"record_id": r.id, "system_id": s}
                        for r in items
                        for s in dict.fromkeys(getattr(r, LINK_FIELD))
                    ]
                    if links:
                        conn.execute(insert(LINKS[kind.key]), links)
            repo.set_setting(conn, "current_unit", records["units"][0].id)
    finally:
        engine.dispose()
    return {k: len(v) for k, v in records.items()}


def counts_line(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    return f"{total:,} records: " + ", ".join(f"{k} {n:,}" for k, n in counts.items() if n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=30)
    parser.add_argument("--systems", type=int, default=3000)
    parser.add_argument("--incidents", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", type=Path, help="write the canonical data file (for `load`)")
    out.add_argument("--db", type=Path, help="write a new database file")
    args = parser.parse_args(argv)
    sizes = {
        "units": args.units,
        "systems": args.systems,
        "incidents": args.incidents,
        "seed": args.seed,
    }
    counts = build_db(args.db, **sizes) if args.db else write_file(args.out, **sizes)
    print(f"{args.db or args.out}: {counts_line(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
