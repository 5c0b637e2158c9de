"""Small builders shared by the tests: a workspace on a temp file, and records in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.clock import Clock
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.domain.unit import Signer, Unit
from app.services.workspace import Workspace, open_workspace

NOW = dt.datetime(2026, 11, 23, 9, 30)


def workspace(folder: Path, name: str = "test.sqlite") -> Workspace:
    return open_workspace(folder / name, clock=Clock.fixed(NOW))


def unit(ws: Workspace, name: str = "Ủy ban nhân dân xã Đồng Tâm") -> Unit:
    record = Unit(
        name=name,
        parent_body="Ủy ban nhân dân tỉnh Quảng Ngãi",
        place_name="Đồng Tâm",
        doc_symbol="UBND-VHXH",
        email="ubnd.dongtam@quangngai.gov.vn",
        phone="0255 3822 123",
        signers=(
            Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority="TM. ỦY BAN NHÂN DÂN"),
        ),
    )
    saved: Unit = ws.records.save(record).record
    return saved


def system(ws: Workspace, name: str = "Cổng thông tin điện tử xã", level: int = 2) -> InfoSystem:
    saved: InfoSystem = ws.records.save(InfoSystem(name=name, level_proposed=level)).record
    return saved


def incident(
    ws: Workspace,
    title: str = "Sự cố mã độc trên máy tính bộ phận một cửa",
    systems: tuple[str, ...] = (),
) -> Incident:
    saved: Incident = ws.records.save(
        Incident(title=title, detected_at=dt.datetime(2026, 11, 20, 8, 15), system_ids=systems)
    ).record
    return saved


def finish(ws: Workspace, doc_id: str) -> str:
    """What an officer does to a draft before signing: each template placeholder `[…]` replaced
    by real text (here, its own words), and the recipient of a letter named. Returns the id."""
    import dataclasses

    from app.domain.documents import OutgoingDocument
    from app.domain.enums import DocumentType
    from app.domain.readiness import PLACEHOLDER

    draft = ws.records.get(OutgoingDocument, doc_id)

    def real(text: str) -> str:
        return PLACEHOLDER.sub(lambda m: m.group(1).strip(" .…") or "nội dung", text)

    recipients = tuple(real(r) for r in draft.recipients)
    if draft.doc_type is DocumentType.CONG_VAN and not recipients:
        recipients = ("Sở Khoa học và Công nghệ",)
    done = dataclasses.replace(
        draft,
        subject=real(draft.subject),
        body=real(draft.body) or "Nội dung văn bản.",
        recipients=recipients,
        copies_to=tuple(real(c) for c in draft.copies_to),
        signer_title=real(draft.signer_title),
    )
    return ws.documents.update_draft(done).id
