"""The values templates are filled from: plain data taken from the records, already written
the way an official letter writes them (dates 08/11/2026, times "10 giờ 05 phút", labels in
Vietnamese). Every key is listed in docs/templates.md ("The values").

The tree is JSON-safe (dicts, lists, strings, numbers, booleans, None) because it is frozen in
the issued document's snapshot beside the text it produced.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from app.documents.dates import long_date
from app.domain.dates import screen_date
from app.domain.enums import ContactRole, IncidentStage, SystemRole, UnitLevel
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.domain.people import Contact, appointed_by, first_in_role, response_team
from app.domain.systems import InfoSystem
from app.domain.text import clean, fold
from app.domain.unit import Unit

Values = dict[str, Any]
_UBND = "Ủy ban nhân dân "
_LEVEL_WORD = {
    UnitLevel.TINH: "tỉnh",
    UnitLevel.HUYEN: "huyện",
    UnitLevel.XA: "xã",
    UnitLevel.PHUONG: "phường",
    UnitLevel.DAC_KHU: "đặc khu",
    UnitLevel.SO: "",
}
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_HANDLED = (IncidentStage.KET_THUC, IncidentStage.DA_BAO_CAO)
_DUTY = {
    ContactRole.DOI_TRUONG: "Đội trưởng",
    ContactRole.DAU_MOI: "Đầu mối ứng cứu sự cố",
    ContactRole.THANH_VIEN: "Thành viên",
    ContactRole.LANH_DAO: "Lãnh đạo phụ trách",
}


def clock(moment: dt.datetime | None) -> str:
    """`10 giờ 05 phút`."""
    return "" if moment is None else f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def moment_text(moment: dt.datetime | None) -> str:
    """`10 giờ 05 phút, ngày 12/08/2026`."""
    return "" if moment is None else f"{clock(moment)}, ngày {screen_date(moment.date())}"


def short_moment(moment: dt.datetime | None) -> str:
    """`10 giờ 05, 12/08/2026`: a time in a table cell."""
    if moment is None:
        return ""
    return f"{moment.hour:02d} giờ {moment.minute:02d}, {screen_date(moment.date())}"


def weekday_date(day: dt.date) -> str:
    """`Thứ Bảy, 29/08/2026`."""
    return f"{_WEEKDAYS[day.weekday()]}, {screen_date(day)}"


def in_service(system: InfoSystem, day: dt.date) -> bool:
    """In service on *day* (the legal clocks' rule: retired the day after `retired`)."""
    if system.retired is not None and system.retired < day:
        return False
    return system.in_service is None or system.in_service <= day


def date_values(at: dt.datetime) -> Values:
    return {
        "today": screen_date(at.date()),
        "long": long_date(at.date()),
        "year": at.year,
        "time": clock(at),
        "moment": moment_text(at),
    }


def unit_values(unit: Unit) -> Values:
    """The unit, and the short forms letters use: "UBND xã", "xã Đăk Hà", "tỉnh Quảng Ngãi"."""
    name = clean(unit.name)
    area = name[len(_UBND) :] if name.casefold().startswith(_UBND.casefold()) else name
    word = _LEVEL_WORD.get(unit.level, "")
    short = f"UBND {word}" if area != name and word else name
    parent = clean(unit.parent_body)
    if parent.casefold().startswith(_UBND.casefold()):
        province = parent[len(_UBND) :]
    else:
        province = area if unit.level is UnitLevel.TINH else parent
    symbol = "".join(unit.doc_symbol.split())
    return {
        "name": name,
        "short": short,
        "area": area,
        "level": word,
        "province": province,
        "parent_body": parent,
        "place": clean(unit.place_name),
        "address": clean(unit.address),
        "phone": clean(unit.phone),
        "email": clean(unit.email),
        "website": clean(unit.website),
        "symbol": symbol,
        "drafting": symbol.rsplit("-", 1)[1] if "-" in symbol else "",
        "contact_lines": [clean(x) for x in unit.incident_contact.splitlines() if clean(x)],
    }


def _belongs(part: str, whole: str) -> bool:
    return fold(part) in fold(whole)


def person_values(contact: Contact | None, area: str = "") -> Values | None:
    """A person or a body of the contacts. *title* is the position, with the organisation
    when it is not the unit's own (an outside expert); *full_name* is a body's name with the
    body it belongs to, unless the name says it or that is a People's Committee."""
    if contact is None:
        return None
    org = contact.organization
    own = bool(area) and _belongs(area, org)
    title = contact.position if own or not org else f"{contact.position}, {org}"
    parent = not org or _belongs(org, contact.name) or fold(org).startswith(fold(_UBND))
    return {
        "name": contact.name,
        "full_name": contact.name if parent else f"{contact.name} - {org}",
        "title": title,
        "role": contact.role.label("vi"),
        "duty": _DUTY.get(contact.role, contact.role.label("vi")),
        "position": contact.position,
        "organization": contact.organization,
        "phone_office": contact.phone_office,
        "phone_24h": contact.phone_24h,
        "phone": contact.phone_24h or contact.phone_office,
        "email": contact.email,
        "appointment": contact.appointment,
        "since": screen_date(contact.since.date()) if contact.since else "",
    }


def people_values(unit: Unit, contacts: Iterable[Contact], day: dt.date | None = None) -> Values:
    """The contact point, the leader in charge, the response team and the upward contacts, as
    appointed on *day* (the team as app.domain.people.response_team defines it)."""
    people = [c for c in contacts if appointed_by(c, day)]

    def first(role: ContactRole) -> Contact | None:
        return first_in_role(people, role)

    team = response_team(people)
    leader = first(ContactRole.DOI_TRUONG)
    point = first(ContactRole.DAU_MOI)
    area = unit_values(unit)["area"].split(" ", 1)[-1]  # "Đăk Hà" of "xã Đăk Hà"
    outside = [c for c in team if not _belongs(area, c.organization)]
    upward = (ContactRole.CAP_TREN, ContactRole.DIEU_PHOI)
    return {
        "contact_point": person_values(point, area),
        "leader": person_values(first(ContactRole.LANH_DAO), area),
        "team": {
            "leader": person_values(leader, area),
            "members": [person_values(c, area) for c in team],
            "size": len(team),
            "outside": len(outside),
            "appointment": team[0].appointment if team else "",
        },
        "upward": [person_values(c, area) for c in people if c.role in upward],
        "telecoms": [person_values(c, area) for c in people if c.role is ContactRole.VIEN_THONG],
    }


def system_values(system: InfoSystem) -> Values:
    level = system.level
    if system.level_approved is not None:
        status = f"cấp độ {level} (đã được phê duyệt)"
    elif level is not None:
        status = f"cấp độ {level} (đề xuất; hồ sơ {system.dossier_state.label('vi').lower()})"
    else:
        status = "chưa xác định cấp độ"
    approval = ""
    if system.approval_no:
        approval = f"Quyết định số {system.approval_no}"
        if system.approval_date:
            approval += f" ngày {screen_date(system.approval_date)}"
        if system.approval_body:
            approval += f" của {system.approval_body}"
    return {
        "name": system.name,
        "purpose": system.purpose,
        "owner": system.owner,
        "operator": system.operator,
        "specialised_unit": system.specialised_unit,
        "role": system.unit_role.label("vi"),
        "shared": system.unit_role is SystemRole.SU_DUNG,
        "level": level,
        "level_text": f"cấp độ {level}" if level else "chưa xác định cấp độ",
        "level_approved": system.level_approved is not None,
        "level_status": status,
        "dossier": system.dossier_state.label("vi"),
        "approval": approval,
        "domains": system.domains,
        "public_ips": system.public_ips,
        "hosting": system.hosting,
        "protection": system.protection_state.label("vi"),
    }


def _status(stage: IncidentStage) -> str:
    """Hiện trạng sự cố as Mẫu 03 asks it: handled or not (and, if not, whether in response)."""
    if stage in _HANDLED:
        return "Đã được xử lý"
    if stage is IncidentStage.XU_LY:
        return "Chưa được xử lý (đang triển khai ứng cứu)"
    return "Chưa được xử lý"


def incident_values(
    unit: Unit,
    incident: Incident,
    systems: dict[str, InfoSystem],
    timeline: Iterable[TimelineEntry],
    evidence: Iterable[Evidence],
) -> Values:
    affected = [systems[i] for i in incident.system_ids if i in systems]
    own = clean(unit.name).casefold()
    owners = [s.owner for s in affected if s.owner and not s.owner.casefold().startswith(own)]
    helpers = [h for h in (incident.help_domestic, incident.help_foreign) if h]
    handled = incident.stage in _HANDLED
    return {
        "code": incident.code,
        "title": incident.title,
        "type": incident.type.label("vi"),
        "type_no": incident.type.value,
        "severity": incident.severity.label("vi"),
        "serious": incident.severity.value == "nghiem_trong",
        "priority": incident.priority.label("vi"),
        "stage": incident.stage.label("vi"),
        "handled": handled,
        "status": _status(incident.stage),
        "detected_date": screen_date(incident.detected_at.date()) if incident.detected_at else "",
        "detected_time": clock(incident.detected_at),
        "detected_moment": moment_text(incident.detected_at),
        "reported_by": incident.reported_by,
        "channel": incident.report_channel.label("vi"),
        "description": incident.description,
        "detection": incident.detection_method,
        "notified": incident.notified_at is not None,
        "notified_moment": moment_text(incident.notified_at),
        "ended": incident.response_ended_at is not None,
        "ended_moment": moment_text(incident.response_ended_at),
        "damage": incident.damage,
        "damage_vnd": incident.damage_vnd,
        "helpers": helpers,
        "help_coordinator": incident.help_coordinator,
        "root_cause": incident.root_cause,
        "result": incident.result,
        "lessons": incident.lessons,
        "proposals": incident.proposals,
        "confidential": incident.confidential,
        "timeline": [
            {
                "moment": moment_text(t.at),
                "when": short_moment(t.at),
                "action": t.action,
                "lead": t.lead_unit,
                "supporting": t.supporting_units,
            }
            for t in sorted(timeline, key=lambda t: t.at or dt.datetime.min)
        ],
        "evidence": [{"name": e.file_name, "description": e.description} for e in evidence],
        "systems": [system_values(s) for s in affected],
        "system_names": [s.name for s in affected],
        "several": len(affected) > 1,
        "owners": list(dict.fromkeys(owners)),
    }
