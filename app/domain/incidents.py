"""Incidents (sự cố) with their timeline of actions and evidence files."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.base import UnitRecord
from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel, Severity
from app.domain.fields import fld


@dataclass(frozen=True, kw_only=True)
class Incident(UnitRecord):
    code: str = fld("Mã sự cố", "Incident code", max_len=40, search=True)
    title: str = fld(
        "Tên, mô tả ngắn", "Short description", required=True, max_len=300, search=True
    )
    detected_at: dt.datetime | None = fld(
        "Thời điểm phát hiện", "Detected at", required=True, default=None
    )
    type: IncidentType = fld("Loại sự cố", "Incident type", default=IncidentType.KHAC)
    severity: Severity = fld(
        "Phân loại (QĐ 05/2017)", "Classification (QĐ 05/2017)", default=Severity.THONG_THUONG
    )
    priority: Priority = fld("Mức độ ưu tiên", "Priority", default=Priority.TRUNG_BINH)
    stage: IncidentStage = fld("Giai đoạn", "Stage", default=IncidentStage.PHAT_HIEN)
    system_ids: tuple[str, ...] = fld("Hệ thống bị ảnh hưởng", "Affected systems", default=())
    reported_by: str = fld("Người, nơi báo tin", "Reported by", max_len=200, search=True)
    report_channel: ReportChannel = fld(
        "Hình thức báo tin", "Reported via", default=ReportChannel.DIEN_THOAI
    )
    description: str = fld(
        "Mô tả sơ bộ sự cố", "Description", max_len=8000, search=True, kind="multiline"
    )
    detection_method: str = fld("Cách thức phát hiện", "How it was detected", max_len=500)
    notified_at: dt.datetime | None = fld("Thời điểm thông báo sự cố", "Notified at", default=None)
    response_ended_at: dt.datetime | None = fld(
        "Thời điểm kết thúc ứng cứu", "Response ended at", default=None
    )
    closing_reported_at: dt.datetime | None = fld(
        "Thời điểm báo cáo kết thúc", "Closing report sent at", default=None
    )
    damage: str = fld("Thiệt hại", "Damage", max_len=4000, kind="multiline")
    damage_vnd: int | None = fld(
        "Thiệt hại ước tính (đồng)", "Estimated damage (VND)", default=None, minimum=0
    )
    help_domestic: str = fld("Tổ chức trong nước hỗ trợ", "Domestic help", max_len=500)
    help_foreign: str = fld("Tổ chức nước ngoài hỗ trợ", "Foreign help", max_len=500)
    help_coordinator: bool = fld(
        "Đề nghị cơ quan điều phối quốc gia hỗ trợ",
        "National coordinator asked for help",
        default=False,
    )
    root_cause: str = fld("Nguyên nhân", "Root cause", max_len=4000, search=True, kind="multiline")
    result: str = fld("Kết quả xử lý", "Outcome", max_len=4000, kind="multiline")
    lessons: str = fld("Bài học kinh nghiệm", "Lessons learnt", max_len=4000, kind="multiline")
    proposals: str = fld("Kiến nghị, đề xuất", "Proposals", max_len=4000, kind="multiline")
    confidential: bool = fld("Đề nghị giữ bí mật thông tin", "Keep confidential", default=False)

    @property
    def is_open(self) -> bool:
        return self.stage.is_open

    @property
    def got_help(self) -> bool:
        return bool(self.help_domestic or self.help_foreign or self.help_coordinator)


@dataclass(frozen=True, kw_only=True)
class TimelineEntry(UnitRecord):
    incident_id: str = fld("Sự cố", "Incident", required=True, default="")
    at: dt.datetime | None = fld("Thời điểm", "Time", required=True, default=None)
    action: str = fld(
        "Nội dung xử lý", "Action", required=True, max_len=4000, search=True, kind="multiline"
    )
    lead_unit: str = fld("Đơn vị chủ trì", "Lead unit", max_len=200)
    supporting_units: str = fld("Đơn vị phối hợp", "Supporting units", max_len=500)


@dataclass(frozen=True, kw_only=True)
class Evidence(UnitRecord):
    incident_id: str = fld("Sự cố", "Incident", required=True, default="")
    file_name: str = fld("Tên tệp", "File name", required=True, max_len=255, search=True)
    stored_path: str = fld("Đường dẫn lưu trữ", "Stored at", max_len=1000)
    sha256: str = fld("Mã băm SHA-256", "SHA-256", required=True, max_len=64)
    size: int = fld("Dung lượng (byte)", "Size (bytes)", default=0, minimum=0)
    description: str = fld("Mô tả", "Description", max_len=1000, search=True)
