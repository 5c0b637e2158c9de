"""A document's page's data: what it reads on a worker, the fields as the page shows them and
reads them back (lists typed one entry per line), the line saying what the document is about,
and the link to its signed copy."""

from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.enums import Urgency
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.unit import Signer, Unit
from app.services.changes import Saved
from ui.common.i18n import fill, tr
from ui.documents.new import CHANGED

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# What officers type out of habit around an entry: the renderer adds the dash and the ending.
_DASH = re.compile(r"^\s*[-+–•]\s+")
_ENDING = re.compile(r"\s*[;.]\s*$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def entries(text: str) -> tuple[str, ...]:
    """One entry per non-empty line, without a leading dash or a closing `;` or `.`."""
    found = []
    for line in nfc(text).splitlines():
        entry = _ENDING.sub("", _DASH.sub("", line)).strip()
        if entry:
            found.append(entry)
    return tuple(found)


def one_line(text: str) -> str:
    """The subject: its lines joined, white space folded."""
    return " ".join(nfc(text).split())


def edited(
    doc: OutgoingDocument,
    *,
    subject: str,
    recipients: str,
    copies: str,
    body: str,
    signer: Signer | None,
    urgency: Urgency,
) -> OutgoingDocument:
    """*doc* with the fields typed on the page."""
    if signer is not None:
        doc = dataclasses.replace(
            doc, signer_name=signer.name, signer_title=signer.title, authority=signer.authority
        )
    return dataclasses.replace(
        doc,
        subject=one_line(subject),
        recipients=entries(recipients),
        copies_to=entries(copies),
        body=nfc(body).rstrip(),
        urgency=urgency,
    )


def record_name(ws: Workspace, kind: str, record_id: str | None) -> str:
    """`SC-2026-014 · title` of an incident, the name of a system; "" if gone (on a worker)."""
    if not record_id:
        return ""
    try:
        record = ws.records.get(kind, record_id)
    except AtttError:
        return ""
    if isinstance(record, Incident):
        return f"{record.code} · {record.title}"
    return str(getattr(record, "name", ""))


def template_title(ws: Workspace, doc: OutgoingDocument, lang: str) -> str:
    template = ws.documents.templates().templates.get(doc.template)
    return template.title.get(lang) if template is not None else ""


def about_line(doc: OutgoingDocument, template: str, incident: str, system: str, lang: str) -> str:
    """`Báo cáo · Mẫu: Báo cáo ban đầu sự cố (Mẫu 03) · Sự cố: SC-2026-014 · …`."""
    parts = [doc.doc_type.label(lang)]
    if template:
        parts.append(fill(tr("Documents", "Template: %1"), template))
    if incident:
        parts.append(fill(tr("Documents", "Incident: %1"), incident))
    if system:
        parts.append(fill(tr("Documents", "System: %1"), system))
    return " · ".join(parts)


def page_title(doc: OutgoingDocument, lang: str) -> str:
    """`Báo cáo số 12/BC-UBND ngày 23/11/2026`, or `Dự thảo báo cáo (chưa cấp số)`."""
    kind = doc.doc_type.label(lang)
    if doc.state.issued:
        return fill(
            tr("Documents", "%1 no. %2 of %3"), kind, doc.full_number, screen_date(doc.date)
        )
    return fill(tr("Documents", "Draft %1 (no number yet)"), kind.lower())


def scan_html(path: Path | None) -> str:
    """`Bản đã ký: <a>12-BC-UBND.pdf</a>`: the file's name without its SHA-256, a link to it."""
    if path is None:
        return ""
    parts = path.name.split(".")
    shown = f"{parts[0]}.{parts[-1]}" if len(parts) >= 3 else path.name
    link = QUrl.fromLocalFile(str(path)).toString()
    name = f'<a href="{html.escape(link)}">{html.escape(shown)}</a>'
    return html.escape(tr("Documents", "Signed copy attached:")) + " " + name


@dataclass(frozen=True)
class EditorData:
    doc: OutgoingDocument
    signers: tuple[Signer, ...]
    template: str  # the template's name
    incident: str  # the incident it is about, "SC-2026-014 · title"
    system: str
    scan: Path | None  # the signed copy in the files folder


def fetch_document(ws: Workspace, doc_id: str, lang: str) -> EditorData:
    """The document, its unit's signers and what it is about (runs on a worker)."""
    doc = ws.documents.get(doc_id)
    unit = ws.records.get(Unit, doc.unit_id)
    return EditorData(
        doc,
        tuple(unit.signers),
        template_title(ws, doc, lang),
        record_name(ws, "incidents", doc.incident_id),
        record_name(ws, "systems", doc.system_id),
        ws.files_dir / doc.signed_scan if doc.signed_scan else None,
    )


def save_draft(ws: Workspace, doc: OutgoingDocument) -> Saved:
    return Saved(ws.documents.update_draft(doc), CHANGED)
