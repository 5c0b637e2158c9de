"""`app.services.incidents.evidence`: copy, hash, size limit, atomic record, removal (no Qt)."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from app.domain.errors import AtttError, ValidationError
from app.domain.incidents import Evidence
from app.services.changes import RegisterKey
from app.services.settings.service import AppSettings
from app.services.workspace import Workspace
from tests.ui.helpers import Sample


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / "nguồn" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


def test_a_file_is_copied_hashed_and_recorded(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    incident = sample.incidents[1]
    data = b"2026-01-05 09:30 deny tcp 10.0.0.5 -> 185.220.101.1:443\n" * 1000
    source = _file(tmp_path, "nhật ký tường lửa.log", data)
    evidence = ws.evidence.add_evidence(incident.id, source, "Nhật ký tường lửa")
    assert evidence.sha256 == hashlib.sha256(data).hexdigest()
    assert evidence.size == len(data)
    assert evidence.file_name == "nhật ký tường lửa.log"
    assert evidence.stored_path == f"evidence/{incident.id}/nhật ký tường lửa.log"
    stored = ws.evidence.evidence_path(evidence)
    assert stored.read_bytes() == data
    assert source.read_bytes() == data  # the original is left alone
    assert ws.records.find(Evidence, parent_id=incident.id) == [evidence]
    assert not list(stored.parent.glob(".*.part"))


def test_a_second_file_of_the_same_name_gets_a_new_one(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    incident = sample.incidents[0]
    first = ws.evidence.add_evidence(incident.id, _file(tmp_path, "ảnh.png", b"1"))
    second = ws.evidence.add_evidence(incident.id, _file(tmp_path, "ảnh.png", b"2"))
    assert (first.file_name, second.file_name) == ("ảnh.png", "ảnh (2).png")


def test_the_same_content_twice_is_refused(ws: Workspace, sample: Sample, tmp_path: Path) -> None:
    incident = sample.incidents[0]
    ws.evidence.add_evidence(incident.id, _file(tmp_path, "a.txt", b"giong nhau"))
    with pytest.raises(AtttError) as caught:
        ws.evidence.add_evidence(incident.id, _file(tmp_path, "b.txt", b"giong nhau"))
    assert "trùng mã băm SHA-256 với “a.txt”" in caught.value.message("vi")
    assert len(list(ws.evidence.folder(incident.id).iterdir())) == 1


def test_a_file_over_the_limit_is_refused_and_nothing_is_left(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    ws.settings.save(dataclasses.replace(AppSettings(), evidence_limit_mb=1))
    incident = sample.incidents[0]
    big = _file(tmp_path, "lớn.bin", b"\0" * ((1 << 20) + 1))
    with pytest.raises(AtttError) as caught:
        ws.evidence.add_evidence(incident.id, big)
    assert "lớn hơn giới hạn 1 MB" in caught.value.message("vi")
    assert not ws.evidence.folder(incident.id).exists()
    assert ws.records.find(Evidence) == []


def test_a_record_that_breaks_a_rule_leaves_no_file(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    incident = sample.incidents[0]
    source = _file(tmp_path, "biên bản.txt", b"x")
    description = "mô tả " * 300  # longer than the 1000 characters allowed
    with pytest.raises(ValidationError):
        ws.evidence.add_evidence(incident.id, source, description)
    assert not ws.evidence.folder(incident.id).exists()
    assert ws.records.find(Evidence) == []


def test_an_unknown_incident_or_file_is_an_error_for_people(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    with pytest.raises(AtttError):
        ws.evidence.add_evidence("khong-co", _file(tmp_path, "a.txt", b"a"))
    with pytest.raises(AtttError) as caught:
        ws.evidence.add_evidence(sample.incidents[0].id, tmp_path / "không có.txt")
    assert caught.value.message("vi").startswith("Không đọc được tệp “không có.txt”")


def test_removing_evidence_removes_the_record_and_the_copy(
    ws: Workspace, sample: Sample, tmp_path: Path
) -> None:
    incident = sample.incidents[1]
    evidence = ws.evidence.add_evidence(incident.id, _file(tmp_path, "a.txt", b"a"))
    stored = ws.evidence.evidence_path(evidence)
    changes = ws.evidence.remove_evidence(evidence.id)
    assert changes.touches(RegisterKey.EVIDENCE)
    assert not stored.exists()
    assert not stored.parent.exists()
    assert ws.records.find(Evidence) == []


def test_a_path_outside_the_files_folder_is_refused(ws: Workspace, sample: Sample) -> None:
    from app.domain.incidents import Evidence

    rogue = Evidence(incident_id=sample.incidents[0].id, file_name="x", stored_path="../../x")
    with pytest.raises(AtttError):
        ws.evidence.evidence_path(rogue)
