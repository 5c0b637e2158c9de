"""The email a unit sends to the province: a standard .eml file, and the cover letter text.

The message is MIME with UTF-8 everywhere: the Vietnamese subject is RFC 2047 encoded, the body
is text/plain UTF-8, the package is attached byte for byte (base64) and the cover letter is a
second, text attachment. `X-Unsent: 1` makes Outlook open it as a draft with a Send button;
Thunderbird opens it as a message that "Edit as New" turns into a draft.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from app.exchange.errors import human_size
from app.exchange.manifest import local_time

COVER_NAME = "thu-gui-kem.txt"


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "octet-stream"


@dataclass(frozen=True)
class CoverFacts:
    """What the cover letter states: enough for the province to check the package by hand."""

    unit_name: str
    place_name: str
    created_at: dt.datetime  # UTC, naive
    package_name: str
    package_size: int
    sha256: str
    fingerprint: str
    counts: Sequence[tuple[str, int]]  # (Vietnamese register name, count)
    encrypted: bool
    sender_email: str = ""


def cover_letter(facts: CoverFacts) -> str:
    """A plain-text cover letter in Vietnamese that travels with the package."""
    local = local_time(facts.created_at)
    place = f"{facts.place_name}, " if facts.place_name else ""
    lines = [
        facts.unit_name.upper(),
        "",
        f"{place}ngày {local.day:02d} tháng {local.month:02d} năm {local.year}",
        "",
        "THƯ GỬI KÈM GÓI DỮ LIỆU AN TOÀN THÔNG TIN MẠNG",
        "",
        f"{facts.unit_name} gửi gói dữ liệu sổ theo dõi an toàn thông tin mạng, lập lúc "
        f"{local:%H:%M} ngày {local:%d/%m/%Y}.",
        "",
        f"- Tệp gói: {facts.package_name} ({human_size(facts.package_size)})",
        f"- Mã băm SHA-256 của tệp: {facts.sha256}",
        f"- Mã nhận dạng khóa ký của đơn vị: {facts.fingerprint}",
    ]
    if facts.encrypted:
        lines.append(
            "- Gói được mã hóa bằng mật khẩu; mật khẩu được báo riêng qua điện thoại, "
            "không gửi cùng thư này."
        )
    lines += ["", "Số bản ghi trong gói:"]
    lines += [f"- {name}: {count}" for name, count in facts.counts]
    lines += [
        "",
        "Đề nghị đơn vị tiếp nhận đối chiếu mã nhận dạng khóa ký và mã băm ở trên trước khi nhập "
        "gói vào phần mềm ATTT Desk, và gửi lại giấy biên nhận do phần mềm lập.",
        "",
    ]
    return "\n".join(lines)


def subject_for(unit_name: str, created_at: dt.datetime) -> str:
    local = local_time(created_at)
    return f"Gói dữ liệu an toàn thông tin mạng – {unit_name} – {local:%d/%m/%Y}"


def body_for(unit_name: str, package_name: str, sha256: str, fingerprint: str) -> str:
    return "\n".join(
        [
            "Kính gửi: Đơn vị chuyên trách về an toàn thông tin mạng của tỉnh.",
            "",
            f"{unit_name} gửi kèm thư này gói dữ liệu sổ theo dõi an toàn thông tin mạng "
            f"({package_name}) và thư gửi kèm.",
            "",
            f"Mã băm SHA-256 của gói: {sha256}",
            f"Mã nhận dạng khóa ký: {fingerprint}",
            "",
            "Trân trọng.",
            "",
        ]
    )


def compose(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment],
    when: dt.datetime,
) -> bytes:
    """The message as .eml bytes (CRLF line ends, as mail programs expect)."""
    msg = EmailMessage(policy=policy.SMTP)
    if sender:
        msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when.replace(tzinfo=dt.UTC))
    domain = sender.rpartition("@")[2] if "@" in sender else "attt-desk.local"
    msg["Message-ID"] = make_msgid(domain=domain)
    msg["X-Unsent"] = "1"
    msg["X-Mailer"] = "ATTT Desk"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    for item in attachments:
        if item.maintype == "text":
            msg.add_attachment(
                item.data.decode("utf-8"),
                subtype=item.subtype,
                charset="utf-8",
                cte="base64",
                filename=item.filename,
            )
        else:
            msg.add_attachment(
                item.data, maintype=item.maintype, subtype=item.subtype, filename=item.filename
            )
    return msg.as_bytes()
