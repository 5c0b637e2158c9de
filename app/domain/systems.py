"""Information systems and the work done on them: scans, assessments, drills, response plans."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.domain.base import UnitRecord
from app.domain.enums import (
    AssessmentKind,
    AssessmentResult,
    AssessmentTiming,
    DossierState,
    DrillKind,
    Performer,
    ProtectionState,
    ScanKind,
    ScenarioKind,
    SystemRole,
)
from app.domain.fields import fld
from app.domain.text import fold_body
from app.i18n import Text


@dataclass(frozen=True, kw_only=True)
class InfoSystem(UnitRecord):
    name: str = fld("Tên hệ thống", "System name", required=True, max_len=200, search=True)
    purpose: str = fld("Mục đích sử dụng", "Purpose", max_len=500, search=True)
    unit_role: SystemRole = fld(
        "Vai trò của đơn vị với hệ thống", "The unit's role", default=SystemRole.CHU_QUAN
    )
    owner: str = fld("Chủ quản", "Owner body", max_len=200, search=True)
    operator: str = fld("Đơn vị vận hành", "Operator", max_len=200, search=True)
    specialised_unit: str = fld("Đơn vị chuyên trách", "Specialised unit", max_len=200)
    level_proposed: int | None = fld(
        "Cấp độ đề xuất", "Proposed level", default=None, minimum=1, maximum=5
    )
    level_approved: int | None = fld(
        "Cấp độ được phê duyệt", "Approved level", default=None, minimum=1, maximum=5
    )
    dossier_state: DossierState = fld(
        "Tình trạng hồ sơ cấp độ", "Level dossier state", default=DossierState.DU_THAO
    )
    approval_no: str = fld("Số quyết định phê duyệt", "Approval decision no.", max_len=60)
    approval_date: dt.date | None = fld("Ngày phê duyệt", "Approval date", default=None)
    approval_body: str = fld("Cơ quan phê duyệt", "Approving body", max_len=200)
    expected_approval: dt.date | None = fld(
        "Dự kiến thời gian phê duyệt", "Expected approval", default=None
    )
    rules_no: str = fld("Số Quy chế bảo đảm an toàn thông tin", "Security rules no.", max_len=60)
    rules_date: dt.date | None = fld("Ngày ban hành Quy chế", "Security rules date", default=None)
    protection_state: ProtectionState = fld(
        "Phương án bảo đảm an toàn theo cấp độ",
        "Level-based protection plan",
        default=ProtectionState.CHUA,
    )
    protection_expected: dt.date | None = fld(
        "Dự kiến hoàn thành phương án", "Protection plan expected by", default=None
    )
    domains: str = fld("Tên miền", "Domain names", max_len=500, search=True)
    public_ips: str = fld("Địa chỉ IP công khai", "Public IP addresses", max_len=500, search=True)
    hosting: str = fld("Nơi đặt hệ thống", "Hosting", max_len=200)
    in_service: dt.date | None = fld("Ngày đưa vào vận hành", "In service since", default=None)
    retired: dt.date | None = fld("Ngày dừng vận hành", "Retired on", default=None)
    notes: str = fld("Ghi chú", "Notes", max_len=2000, kind="multiline")

    @property
    def level(self) -> int | None:
        """The level that counts: the approved one, else the proposed one."""
        return self.level_approved if self.level_approved is not None else self.level_proposed


@dataclass(frozen=True, kw_only=True)
class Scan(UnitRecord):
    kind: ScanKind = fld("Loại hoạt động", "Kind", default=ScanKind.RA_QUET)
    date: dt.date | None = fld("Ngày thực hiện", "Date", required=True, default=None)
    system_ids: tuple[str, ...] = fld(
        "Hệ thống được rà quét", "Systems covered", required=True, default=()
    )
    performer: Performer = fld("Đơn vị thực hiện", "Performed by", default=Performer.NOI_BO)
    performer_name: str = fld(
        "Tên đơn vị, người thực hiện", "Performer name", max_len=200, search=True
    )
    tool: str = fld("Công cụ sử dụng", "Tool", max_len=200, search=True)
    critical: int = fld("Lỗ hổng nghiêm trọng", "Critical findings", default=0, minimum=0)
    high: int = fld("Lỗ hổng mức cao", "High findings", default=0, minimum=0)
    medium: int = fld("Lỗ hổng mức trung bình", "Medium findings", default=0, minimum=0)
    low: int = fld("Lỗ hổng mức thấp", "Low findings", default=0, minimum=0)
    threats_found: int = fld("Mối nguy hại phát hiện", "Threats found", default=0, minimum=0)
    remediation_due: dt.date | None = fld("Hạn khắc phục", "Remediation due", default=None)
    remediation_done: dt.date | None = fld("Ngày khắc phục xong", "Remediated on", default=None)
    notes: str = fld("Ghi chú", "Notes", max_len=2000, search=True, kind="multiline")

    @property
    def findings(self) -> int:
        return self.critical + self.high + self.medium + self.low


@dataclass(frozen=True, kw_only=True)
class Assessment(UnitRecord):
    system_id: str | None = fld(
        "Hệ thống",
        "System",
        default=None,
        hint=("Để trống nếu đánh giá toàn đơn vị", "Blank: the whole organisation"),
    )
    date: dt.date | None = fld("Ngày kiểm tra, đánh giá", "Date", required=True, default=None)
    kind: AssessmentKind = fld("Hình thức", "Kind", default=AssessmentKind.TUAN_THU)
    timing: AssessmentTiming = fld("Thời điểm", "Timing", default=AssessmentTiming.DINH_KY)
    performed_by: str = fld("Đơn vị thực hiện", "Performed by", max_len=200, search=True)
    result: AssessmentResult = fld("Kết quả", "Result", default=AssessmentResult.DAT)
    findings: str = fld(
        "Nội dung phát hiện, khuyến nghị", "Findings", max_len=4000, search=True, kind="multiline"
    )


@dataclass(frozen=True, kw_only=True)
class Drill(UnitRecord):
    title: str = fld("Tên cuộc diễn tập", "Drill title", required=True, max_len=300, search=True)
    kind: DrillKind = fld("Hình thức diễn tập", "Kind", default=DrillKind.THUC_CHIEN)
    start: dt.date | None = fld("Ngày bắt đầu", "Start date", required=True, default=None)
    end: dt.date | None = fld("Ngày kết thúc", "End date", default=None)
    system_ids: tuple[str, ...] = fld("Hệ thống tham gia", "Systems", default=())
    organising_board: str = fld("Ban tổ chức", "Organising board", max_len=1000, kind="multiline")
    attack_team: str = fld("Đội tấn công", "Attack team", max_len=1000, kind="multiline")
    defence_team: str = fld("Đội phòng thủ", "Defence team", max_len=1000, kind="multiline")
    judges: str = fld("Tổ trọng tài, giám sát", "Judges", max_len=1000, kind="multiline")
    scenario: str = fld(
        "Kịch bản diễn tập", "Scenario", max_len=4000, search=True, kind="multiline"
    )
    findings_process: str = fld(
        "Điểm yếu về quy trình", "Weaknesses in process", max_len=4000, kind="multiline"
    )
    findings_technology: str = fld(
        "Điểm yếu về công nghệ", "Weaknesses in technology", max_len=4000, kind="multiline"
    )
    findings_people: str = fld(
        "Điểm yếu về con người", "Weaknesses in people", max_len=4000, kind="multiline"
    )
    remediation: str = fld("Biện pháp khắc phục", "Remediation", max_len=4000, kind="multiline")
    report_no: str = fld("Số báo cáo kết thúc diễn tập", "End-of-drill report no.", max_len=60)
    report_date: dt.date | None = fld("Ngày báo cáo", "Report date", default=None)


@dataclass(frozen=True, kw_only=True)
class ResponsePlan(UnitRecord):
    title: str = fld("Tên phương án", "Plan title", required=True, max_len=300, search=True)
    system_id: str | None = fld(
        "Hệ thống",
        "System",
        default=None,
        hint=("Để trống nếu phương án áp dụng cho toàn đơn vị", "Blank: the whole unit"),
    )
    decision_no: str = fld("Số quyết định ban hành", "Decision no.", max_len=60, search=True)
    decision_date: dt.date | None = fld("Ngày ban hành", "Issued on", default=None)
    last_review: dt.date | None = fld(
        "Lần rà soát, cập nhật gần nhất", "Last reviewed", default=None
    )
    notes: str = fld("Ghi chú", "Notes", max_len=2000, kind="multiline")


@dataclass(frozen=True, kw_only=True)
class Scenario(UnitRecord):
    plan_id: str = fld("Phương án", "Plan", required=True, default="")
    kind: ScenarioKind = fld("Loại kịch bản", "Scenario kind", default=ScenarioKind.MA_HOA)
    title: str = fld("Tên kịch bản", "Scenario title", required=True, max_len=300, search=True)
    steps: str = fld("Các bước xử lý", "Steps", max_len=8000, kind="multiline")
    lead_unit: str = fld("Đơn vị chủ trì", "Lead unit", max_len=200)
    supporting_units: str = fld("Đơn vị phối hợp", "Supporting units", max_len=500)


OWNED_BY_OTHER = Text(
    "là “Chủ quản” nhưng cơ quan chủ quản ghi là “{owner}”, không phải đơn vị: chọn “Vận hành” "
    "hoặc “Chỉ khai thác, sử dụng”, hoặc sửa cơ quan chủ quản.",
    "is “Owner” but the owner body is “{owner}”, not the unit: choose “Operator” or “User of a "
    "shared system”, or correct the owner body.",
)
OWNED_BY_UNIT = Text(
    "không phải “Chủ quản” nhưng cơ quan chủ quản ghi là chính đơn vị: chọn “Chủ quản”, hoặc "
    "ghi đúng cơ quan chủ quản.",
    "is not “Owner” but the owner body is the unit itself: choose “Owner”, or correct the owner "
    "body.",
)


def role_contradiction(system: InfoSystem, unit_name: str) -> Text | None:
    """Why *system*'s role contradicts its owner (cơ quan chủ quản), or "" when it does not.

    The unit is the owner (Chủ quản) exactly when the owner named is the unit itself (Nghị
    định 85/2016 Điều 3: the chủ quản is the body that directly manages the system). A role of
    "Chủ quản" with another body as owner, or another role with the unit as owner, makes one
    document say "Chủ quản" and the next "Cơ quan chủ quản: UBND tỉnh"; such a record is
    refused. An empty owner or unit name decides nothing. The message completes the role
    field's label."""
    owner, unit = fold_body(system.owner), fold_body(unit_name)
    if not owner or not unit:
        return None
    own = unit in owner or unit.startswith(owner + " ")  # "UBND xã" in the unit's own records
    if system.unit_role is SystemRole.CHU_QUAN and not own:
        return OWNED_BY_OTHER
    if system.unit_role is not SystemRole.CHU_QUAN and own:
        return OWNED_BY_UNIT
    return None


def as_of(system: InfoSystem, until: dt.date) -> InfoSystem:
    """*system* as it stood on *until*, from its own dates: a Quy chế issued, an approval
    decided or an approved level taken after that day did not exist yet (an approval after
    it leaves the dossier appraised, the state before approval)."""
    changes: dict[str, Any] = {}
    if system.rules_date is not None and system.rules_date > until:
        changes.update(rules_no="", rules_date=None)
    later = system.approval_date is not None and system.approval_date > until
    if later and system.dossier_state is DossierState.DA_PHE_DUYET:
        changes.update(
            dossier_state=DossierState.DA_THAM_DINH,
            approval_no="",
            approval_date=None,
            approval_body="",
            level_approved=None,
        )
    return dataclasses.replace(system, **changes) if changes else system
