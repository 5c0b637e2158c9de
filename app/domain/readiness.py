"""What still stands between a draft and a signature: the template's placeholders left in it
(`[…]`, which an officer fills in) and the fields a document of its type cannot go without.

A placeholder is text in square brackets; a bracket meant to print is written `\\[`. Each gap
says where it is (the field, or the section and line of the body) so that the officer, the
command line and the editor point at the same place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType
from app.i18n import Msg, Text

PLACEHOLDER = re.compile(r"(?<!\\)\[(?!\[)([^\[\]\n]{1,300})(?<!\\)\]")
_HEADING = re.compile(r"#{1,2}\s+(.*)")

SUBJECT = Text("Trích yếu", "Subject")
RECIPIENTS = Text("Kính gửi", "To")
COPIES = Text("Nơi nhận", "Copies to")
BODY = Text("Nội dung", "Body")
SIGNER = Text("Chức vụ người ký", "Signer title")
IN_BODY = Text("Nội dung, dòng {line}", "Body, line {line}")
IN_SECTION = Text(
    "Nội dung, mục “{section}”, dòng {line}", "Body, section “{section}”, line {line}"
)
EMPTY = Text("chưa điền", "left empty")


@dataclass(frozen=True)
class Gap:
    """One thing to finish: where it is, and the placeholder's text ("" for an empty field)."""

    where: Msg
    text: str = ""
    line: int | None = None  # the body's line (from 1), for the editor to point at
    field: str = "body"  # subject | recipients | body | copies_to | signer_title

    def message(self, lang: str) -> str:
        what = f"“{self.text}”" if self.text else EMPTY.get(lang)
        return f"{self.where.get(lang)}: {what}"


def _in_text(label: Text, text: str, field: str) -> list[Gap]:
    return [Gap(label.with_(), m.group(0), field=field) for m in PLACEHOLDER.finditer(text)]


def gaps(doc: OutgoingDocument) -> list[Gap]:
    """Everything a draft still needs before it can be submitted or signed, in reading order."""
    found: list[Gap] = []
    if not doc.subject.strip():
        found.append(Gap(SUBJECT.with_(), field="subject"))
    found += _in_text(SUBJECT, doc.subject, "subject")
    if doc.doc_type is DocumentType.CONG_VAN and not any(r.strip() for r in doc.recipients):
        found.append(Gap(RECIPIENTS.with_(), field="recipients"))
    for recipient in doc.recipients:
        found += _in_text(RECIPIENTS, recipient, "recipients")
    if not doc.body.strip():
        found.append(Gap(BODY.with_()))
    section = ""
    for number, line in enumerate(doc.body.splitlines(), start=1):
        heading = _HEADING.fullmatch(line.strip())
        if heading:
            section = heading.group(1).strip()
        for match in PLACEHOLDER.finditer(line):
            where = (
                IN_SECTION.with_(section=section[:60], line=number)
                if section
                else IN_BODY.with_(line=number)
            )
            found.append(Gap(where, match.group(0), number))
    for copy in doc.copies_to:
        found += _in_text(COPIES, copy, "copies_to")
    found += _in_text(SIGNER, doc.signer_title, "signer_title")
    return found
