"""Unit → province and back, on real database files: the acceptance of issue 7."""

from __future__ import annotations

import dataclasses
import email
import hashlib
import zipfile
from email import policy
from pathlib import Path

import pytest

from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.incidents import Evidence, Incident
from app.domain.people import Contact
from app.domain.registry import KINDS
from app.domain.systems import InfoSystem
from app.exchange import errors as e
from app.exchange import receipt as rc
from app.exchange.keys import load_or_create
from app.progress import Cancelled, ProgressFlag
from app.services.exchange.inspect import KeyStatus
from tests.unit.exchange.helpers import clone_sample, dump, export, province, sample_workspace


def test_export_import_reimport(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    progress = ProgressFlag()
    result = export(unit, tmp_path / "goi.zip")
    assert result.sha256 == hashlib.sha256((tmp_path / "goi.zip").read_bytes()).hexdigest()
    prov = province(tmp_path)
    report = prov.exchange.inspect(tmp_path / "goi.zip", progress=progress)
    assert progress.calls and progress.done == progress.total
    assert report.key_status is KeyStatus.NEW and report.fingerprint == result.fingerprint
    assert report.enables_province_mode and report.can_commit
    assert dump(prov) == dump(province(tmp_path))  # nothing written by inspect
    with pytest.raises(e.UntrustedKey) as caught:
        prov.exchange.commit(report)
    assert result.fingerprint in caught.value.message("vi")
    done = prov.exchange.commit(report, trust=True)
    assert done.added == {k: n for k, n in unit.records.counts().items() if n}
    assert prov.data.export_document() == unit.data.export_document()
    assert prov.settings.get().province_mode
    before = dump(prov)
    again = prov.exchange.inspect(tmp_path / "goi.zip")
    assert again.key_status is KeyStatus.KNOWN and not again.changes
    assert again.already_imported_at is not None
    assert prov.exchange.commit(again).total_changed == 0
    assert dump(prov) == before


def _refused(prov: object, path: Path, error: type[AtttError], password: str | None = None) -> str:
    before = dump(prov)  # type: ignore[arg-type]
    with pytest.raises(error) as caught:
        report = prov.exchange.inspect(path, password=password)  # type: ignore[attr-defined]
        prov.exchange.commit(report)  # type: ignore[attr-defined]
    assert dump(prov) == before  # type: ignore[arg-type]
    return caught.value.message("vi")


def test_each_fault_is_refused_with_its_own_message(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    good = tmp_path / "goi.zip"
    export(unit, good)
    prov = province(tmp_path)
    prov.exchange.commit(prov.exchange.inspect(good), trust=True)
    unit.records.save(dataclasses.replace(unit.records.find(InfoSystem)[0], notes="Đã sửa"))
    newer = tmp_path / "moi.zip"
    export(unit, newer)
    changed = tmp_path / "doi-byte.zip"
    raw = bytearray(newer.read_bytes())
    raw[raw.index("Đã sửa".encode())] ^= 0x01
    changed.write_bytes(bytes(raw))
    assert "“data.json” đã bị thay đổi" in _refused(prov, changed, e.IntegrityError)
    removed = tmp_path / "thieu.zip"
    with zipfile.ZipFile(newer) as src, zipfile.ZipFile(removed, "w") as dst:
        for info in src.infolist():
            if info.filename != "data.json":
                dst.writestr(info, src.read(info))
    assert "ATTT Desk" in _refused(prov, removed, e.HostileArchive)
    other = sample_workspace(tmp_path, "stolen.sqlite")
    forged = tmp_path / "khoa-la.zip"
    export(other, forged)
    message = _refused(prov, forged, e.UntrustedKey)
    assert "khóa khác" in message and other.exchange.own_fingerprint() in message
    secret = tmp_path / "mat-khau.zip"
    export(unit, secret, password="mật khẩu đúng 2026")
    assert "sai mật khẩu" in _refused(prov, secret, e.PasswordError, "mật khẩu sai 2026")
    assert "nhập mật khẩu" in _refused(prov, secret, e.PasswordError)
    report = prov.exchange.inspect(secret, password="mật khẩu đúng 2026")
    assert [c.action for c in report.changes] == ["updated"]


def test_a_newer_package_replaces_the_units_records(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    export(unit, tmp_path / "v1.zip")
    prov = province(tmp_path)
    prov.exchange.commit(prov.exchange.inspect(tmp_path / "v1.zip"), trust=True)
    gone = unit.records.find(Contact)[0]
    unit.records.delete("contacts", gone.id)
    system = unit.records.find(InfoSystem)[0]
    unit.records.save(dataclasses.replace(system, purpose="Mục đích mới"))
    export(unit, tmp_path / "v2.zip")
    report = prov.exchange.inspect(tmp_path / "v2.zip")
    actions = {(c.kind, c.id): c.action for c in report.changes}
    assert actions[("contacts", gone.id)] == "removed"
    assert actions[("systems", system.id)] == "updated"
    result = prov.exchange.commit(report)
    assert result.removed["contacts"] >= 1
    assert prov.data.export_document() == unit.data.export_document()
    stale = prov.exchange.inspect(tmp_path / "v1.zip")
    assert stale.problems and "cũ hơn" in stale.problems[0].get("vi")
    with pytest.raises(AtttError, match="older"):
        prov.exchange.commit(stale)


def test_three_units_consolidate_and_counts_add_up(tmp_path: Path) -> None:
    prov = province(tmp_path)
    expected: dict[str, dict[str, int]] = {}
    for index, name in enumerate(("UBND xã Đăk Hà", "UBND xã Đăk Mar", "UBND phường Kon Tum")):
        ws = province(tmp_path, f"u{index}.sqlite")
        uid = clone_sample(ws, name)
        ws.records.set_current_unit(uid)
        export(ws, tmp_path / f"u{index}.zip")
        expected[uid] = {k: n for k, n in ws.records.counts().items() if k != "units"}
        report = prov.exchange.inspect(tmp_path / f"u{index}.zip")
        prov.exchange.commit(report, trust=True)
    data = prov.exchange.counts_by_unit(received_only=True)
    assert {u.unit_id: u.counts for u in data.units} == expected
    for kind in KINDS[1:]:
        assert data.totals[kind.key] == sum(c[kind.key] for c in expected.values())
    assert data.total == sum(prov.records.counts().values()) - 3
    assert len(prov.exchange.registered_keys()) == 3


def test_email_attachment_is_the_package(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    result = export(
        unit, tmp_path / "goi.zip", email_to="attt@quangngai.gov.vn", eml_out=tmp_path / "goi.eml"
    )
    message = email.message_from_bytes((tmp_path / "goi.eml").read_bytes(), policy=policy.default)
    assert message["Subject"].startswith("Gói dữ liệu an toàn thông tin mạng – Ủy ban nhân dân xã")
    assert message["To"] == "attt@quangngai.gov.vn" and message["X-Unsent"] == "1"
    assert "Kính gửi" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    files = {p.get_filename(): p for p in message.iter_attachments()}
    package = files["goi.zip"].get_payload(decode=True)
    assert hashlib.sha256(package).hexdigest() == result.sha256
    letter = files["thu-gui-kem.txt"].get_content()
    assert result.fingerprint in letter and result.sha256 in letter


def test_receipt_marks_the_export_and_its_cover_document(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    cover = next(d for d in unit.records.find(OutgoingDocument) if d.state.issued)
    export(unit, tmp_path / "goi.zip", cover_document_id=cover.id)
    sent: OutgoingDocument = unit.records.get(OutgoingDocument, cover.id)
    assert sent.sent_date is not None and sent.state.issued
    prov = province(tmp_path)
    prov.exchange.commit(prov.exchange.inspect(tmp_path / "goi.zip"), trust=True)
    receipt = prov.exchange.make_receipt(tmp_path / "goi.zip", tmp_path / "bien-nhan.json")
    assert receipt.imported_at is not None
    result = unit.exchange.import_receipt(tmp_path / "bien-nhan.json")
    assert result.new_province_key and result.export.received
    assert unit.records.get(OutgoingDocument, cover.id).received_date == dt_date(result)
    assert unit.exchange.exports()[0].received_at == receipt.received_at
    again = unit.exchange.import_receipt(tmp_path / "bien-nhan.json")
    assert again.already_filed
    forged = tmp_path / "gia.json"
    other = load_or_create(tmp_path / "other.pem")
    forged.write_bytes(rc.write_receipt(receipt, other).replace(b"2026", b"2025", 1))
    with pytest.raises(e.ReceiptError):
        unit.exchange.import_receipt(forged)
    signed_by_other = tmp_path / "khoa-khac.json"
    impostor = dataclasses.replace(receipt, issuer_key=other.public_raw)
    signed_by_other.write_bytes(rc.write_receipt(impostor, other))
    with pytest.raises(e.UntrustedKey):
        unit.exchange.import_receipt(signed_by_other)


def dt_date(result: object) -> object:
    from app.exchange.manifest import local_time

    return local_time(result.receipt.received_at).date()  # type: ignore[attr-defined]


def test_files_travel_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    incident = unit.records.find(Incident)[0]
    files = unit.files_dir
    (files / "evidence").mkdir(parents=True)
    small, big = files / "evidence" / "nhật ký.log", files / "evidence" / "big.bin"
    small.write_bytes(b"log line\n")
    big.write_bytes(b"\0" * (2 << 20))
    for path in (small, big):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        unit.records.save(
            Evidence(
                incident_id=incident.id,
                file_name=path.name,
                sha256=digest,
                size=path.stat().st_size,
                stored_path=f"evidence/{path.name}",
            )
        )
    doc = next(d for d in unit.records.find(OutgoingDocument) if d.state.issued)
    (files / "documents").mkdir()
    (files / "documents" / f"{doc.id}.pdf").write_bytes(b"%PDF-1.7 test")
    flag = ProgressFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        unit.exchange.export(
            __import__("app.services.exchange.service", fromlist=["ExportRequest"]).ExportRequest(
                out=tmp_path / "huy.zip"
            ),
            flag,
        )
    assert not list(tmp_path.glob("*huy.zip*"))
    result = export(unit, tmp_path / "goi.zip", evidence_limit_mb=1)
    issued = sum(d.state.issued for d in unit.records.find(OutgoingDocument))
    assert result.files == issued + 1  # every issued document's PDF and the small evidence
    assert [s.reason for s in result.not_included] == ["over_limit"]
    prov = province(tmp_path)
    done = prov.exchange.commit(prov.exchange.inspect(tmp_path / "goi.zip"), trust=True)
    assert done.files == issued + 1
    received = prov.files_dir / "received" / unit.records.current_unit_id()  # type: ignore[operator]
    assert (received / "documents" / f"{doc.id}.pdf").read_bytes() == b"%PDF-1.7 test"
    assert [p.read_bytes() for p in received.glob("evidence/*/*")] == [b"log line\n"]


def test_a_changed_key_is_accepted_only_by_naming_the_key_it_replaces(tmp_path: Path) -> None:
    """`--trust` alone once let a package signed by a foreign key take over a unit's records."""
    unit = sample_workspace(tmp_path)
    first = tmp_path / "goi-1.zip"
    export(unit, first)
    prov = province(tmp_path)
    prov.exchange.commit(prov.exchange.inspect(first), trust=True)
    before = dump(prov)
    old = unit.exchange.own_fingerprint()
    other = sample_workspace(tmp_path, "stolen.sqlite")  # the same unit's ids, another key
    forged = tmp_path / "khoa-la.zip"
    export(other, forged)
    report = prov.exchange.inspect(forged)
    with pytest.raises(e.UntrustedKey, match="--replace-key"):
        prov.exchange.commit(report, trust=True)
    with pytest.raises(e.UntrustedKey):
        prov.exchange.commit(report, trust=True, replace_key="0000 " * 16)
    assert dump(prov) == before  # nothing changed
    prov.exchange.commit(report, replace_key=old.replace(" ", "").lower())  # typed any way
    assert prov.exchange.inspect(forged).key_status is KeyStatus.KNOWN  # the key was replaced
    again = tmp_path / "goi-2.zip"
    export(unit, again)  # the old key is no longer the unit's
    assert prov.exchange.inspect(again).key_status is KeyStatus.CHANGED
