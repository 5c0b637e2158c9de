"""One figure, one answer: every document and report of the sample unit made on one day says
the same of the same fact (the response team, the contact point, the unit's own systems and
their approvals), and no system's role contradicts its owner body."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.domain.enums import ContactRole
from app.domain.people import Contact, first_in_role, response_team
from app.domain.systems import InfoSystem, role_contradiction
from app.services.workspace import Workspace
from tests import factories as f
from tests.integration.documents_service.conftest import AT, TEMPLATES, TODAY, Rendered, pdf_text


def _number(pattern: str, text: str) -> int:
    found = re.findall(pattern, " ".join(text.split()))
    assert found, pattern
    assert len(set(found)) == 1, found  # the same figure each time the document says it
    return int(found[0])


def test_every_document_and_report_gives_the_same_figures(sample_ws: Workspace) -> None:
    ws = sample_ws
    unit = ws.records.current_unit()
    assert unit is not None
    contacts = ws.records.find(Contact, unit_id=unit.id)
    team = response_team(contacts, TODAY)
    point = first_in_role(contacts, ContactRole.DAU_MOI, TODAY)
    assert team and point is not None
    letter = ws.documents.new_document("dau-moi", at=AT).body
    ct18 = ws.documents.new_document("bao-cao-ct18", at=AT).body
    quarterly = ws.reports.build("quarterly", 2026, 4, today=TODAY)
    mau08 = ws.reports.build("mau08", 2026, today=TODAY)

    # The response team: its leader, the contact point and its members, in every document.
    sizes = {
        "dau-moi": _number(r"gồm (\d+) thành viên", letter),
        "ct18": _number(r"gồm (\d+) thành viên", ct18),
        "quarterly facts": int(quarterly.facts["team"]),
        "quarterly table": len(quarterly.table("team").rows),
        "quarterly cover": _number(r"gồm (\d+) thành viên", quarterly.body),
    }
    assert set(sizes.values()) == {len(team)}, sizes
    assert sorted(quarterly.table("team").values("name")) == sorted(c.name for c in team)
    for text in (letter, ct18, quarterly.body):
        assert point.name in text
    assert quarterly.facts["contact_point"] == point.name

    # The unit's own systems and their approvals.
    own = {
        "ct18": _number(r"Trong (\d+) hệ thống do đơn vị quản lý, vận hành, có", ct18),
        "quarterly": int(quarterly.facts["systems"]),
        "mau08": int(mau08.facts["systems"]),
    }
    assert len(set(own.values())) == 1, own
    approved = {
        "ct18": _number(r"có (\d+) hệ thống đã được phê duyệt hồ sơ", ct18),
        "quarterly": int(quarterly.facts["approved"]),
        "mau08": int(mau08.facts["approved"]),
    }
    assert len(set(approved.values())) == 1, approved

    # No system says "Chủ quản" in one document and names another owner in the next.
    for system in ws.records.find(InfoSystem, unit_id=unit.id):
        assert role_contradiction(system, unit.name) is None, system.name


def test_a_unit_with_nothing_yet_reads_as_an_officer_writes_it(tmp_path: Path) -> None:
    """Counts of nothing are said in words, never "00 hệ thống", "00/00", "00 sự cố"."""
    ws = f.workspace(tmp_path)
    f.unit(ws)
    ct18 = ws.documents.new_document("bao-cao-ct18", at=AT).body
    quarterly = ws.reports.build("quarterly", 2026, 3, today=TODAY).body
    for text in (ct18, quarterly):
        assert not re.search(r"\b00\b", text), re.findall(r".{30}\b00\b.{30}", text)
    for said in (
        "chưa có hệ thống thông tin đưa vào quản lý, vận hành, sử dụng",
        "đơn vị chưa thực hiện rà quét lỗ hổng, săn lùng mối nguy hại",
        "Đơn vị không có hệ thống thông tin cấp độ 3 trở lên",
        "đơn vị không ghi nhận sự cố an toàn thông tin mạng nào",
    ):
        assert said in ct18
    for said in (
        "chưa có hệ thống thông tin do đơn vị quản lý, vận hành",
        "Trong kỳ, đơn vị không có sự cố an toàn thông tin mạng",
        "Đơn vị chưa kiện toàn đội ứng cứu sự cố",
    ):
        assert said in quarterly
    ws.close()


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_issued_template_has_no_placeholder_and_no_empty_labelled_field(
    rendered: dict[str, Rendered], template: str
) -> None:
    text = pdf_text(rendered[template])  # without white space
    assert "[" not in text
    assert not re.search(r":[.;,]", text), re.findall(r".{20}:[.;,]", text)
