"""The registers the app keeps: one entry per record kind, in the order of the sidebar."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.base import Record
from app.domain.documents import OutgoingDocument
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.domain.people import Contact, RosterEntry
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.domain.unit import Unit
from app.i18n import Text


@dataclass(frozen=True)
class Kind:
    """A record kind: its key (also the key in the data file), class, labels and parent."""

    key: str
    cls: type[Record]
    singular: Text
    plural: Text
    cli_name: str = ""  # the name on the command line (`list systems`), if listed there
    parent: str = ""  # field holding the parent record's id (children are listed with it)
    title_field: str = "name"  # the field that names a record to a person


KINDS: tuple[Kind, ...] = (
    Kind("units", Unit, Text("đơn vị", "unit"), Text("Đơn vị", "Units"), "units"),
    Kind(
        "systems",
        InfoSystem,
        Text("hệ thống thông tin", "information system"),
        Text("Hệ thống thông tin", "Information systems"),
        "systems",
    ),
    Kind(
        "scans",
        Scan,
        Text("đợt rà quét, săn lùng", "scan or threat hunt"),
        Text("Rà quét và săn lùng", "Scans and threat hunts"),
        "scans",
        title_field="date",
    ),
    Kind(
        "assessments",
        Assessment,
        Text("đợt kiểm tra, đánh giá", "assessment"),
        Text("Kiểm tra, đánh giá", "Assessments"),
        "assessments",
        title_field="date",
    ),
    Kind(
        "drills",
        Drill,
        Text("cuộc diễn tập", "drill"),
        Text("Diễn tập", "Drills"),
        "drills",
        title_field="title",
    ),
    Kind(
        "plans",
        ResponsePlan,
        Text("phương án ứng cứu", "response plan"),
        Text("Phương án ứng cứu", "Response plans"),
        "plans",
        title_field="title",
    ),
    Kind(
        "scenarios",
        Scenario,
        Text("kịch bản ứng cứu", "response scenario"),
        Text("Kịch bản ứng cứu", "Response scenarios"),
        "scenarios",
        parent="plan_id",
        title_field="title",
    ),
    Kind(
        "incidents",
        Incident,
        Text("sự cố", "incident"),
        Text("Sự cố", "Incidents"),
        "incidents",
        title_field="code",
    ),
    Kind(
        "timeline",
        TimelineEntry,
        Text("bước xử lý sự cố", "incident action"),
        Text("Diễn biến xử lý", "Incident timeline"),
        "",
        parent="incident_id",
        title_field="action",
    ),
    Kind(
        "evidence",
        Evidence,
        Text("tệp chứng cứ", "evidence file"),
        Text("Chứng cứ", "Evidence"),
        "",
        parent="incident_id",
        title_field="file_name",
    ),
    Kind(
        "contacts",
        Contact,
        Text("đầu mối", "contact"),
        Text("Đầu mối và đội ứng cứu", "Contacts and response team"),
        "contacts",
    ),
    Kind(
        "roster",
        RosterEntry,
        Text("ca trực", "duty shift"),
        Text("Lịch trực", "Duty roster"),
        "roster",
        title_field="person",
    ),
    Kind(
        "documents",
        OutgoingDocument,
        Text("văn bản đi", "outgoing document"),
        Text("Văn bản đi", "Outgoing documents"),
        "documents",
        title_field="subject",
    ),
)

BY_KEY: dict[str, Kind] = {k.key: k for k in KINDS}
BY_CLASS: dict[type[Record], Kind] = {k.cls: k for k in KINDS}
BY_CLI: dict[str, Kind] = {k.cli_name: k for k in KINDS if k.cli_name}
