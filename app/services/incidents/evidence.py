"""Evidence files of an incident: copied into the database's files folder, hashed on the way.

A file added as evidence is copied to `<files folder>/evidence/<incident id>/<its name>` and its
SHA-256 computed while the bytes are copied, so the hash describes the stored copy exactly. The
copy first goes to a hidden `.part` file and is renamed only when complete; if the record cannot
be written (a rule broken, the incident gone), the copy is removed again: a file is stored if and
only if its record is. Removing the evidence removes the record, then the stored copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import AtttError
from app.domain.incidents import Evidence, Incident
from app.domain.text import nfc
from app.i18n import Text
from app.services.changes import Changes
from app.storage import scratch

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.settings.service import SettingsService
    from app.services.store import Store

EVIDENCE_DIR = "evidence"
MIB = 1 << 20
_CHUNK = MIB

TOO_BIG = Text(
    "Tệp “{name}” lớn hơn giới hạn {limit} MB của một tệp chứng cứ "
    "(có thể đổi giới hạn trong Cài đặt).",
    "The file “{name}” is larger than the {limit} MB limit for one evidence file "
    "(the limit can be changed in Settings).",
)
UNREADABLE = Text(
    "Không đọc được tệp “{name}”: {detail}.", "Cannot read the file “{name}”: {detail}."
)
ALREADY = Text(
    "Tệp “{name}” đã có trong chứng cứ của sự cố này (trùng mã băm SHA-256 với “{existing}”).",
    "The file “{name}” is already evidence of this incident (same SHA-256 as “{existing}”).",
)
OUTSIDE = Text(
    "Tệp chứng cứ “{name}” không nằm trong thư mục dữ liệu của ứng dụng.",
    "The evidence file “{name}” is not inside the app's files folder.",
)


class _TooBig(Exception):
    """The copy passed the size limit (the caller turns it into a message)."""


def _copy_hashing(source: Path, target: Path, limit: int) -> tuple[str, int]:
    """Copy *source* to *target*, returning its SHA-256 and size; stop past *limit* bytes."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as src, open(target, "xb", opener=scratch.private) as dst:
        while chunk := src.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _TooBig
            digest.update(chunk)
            dst.write(chunk)
        dst.flush()
        os.fsync(dst.fileno())
    return digest.hexdigest(), size


def _free_name(folder: Path, name: str) -> Path:
    """*name* in *folder*, or "name (2).ext", "name (3).ext"… if it is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()


class EvidenceService:
    """Adds, finds and removes the evidence files of incidents."""

    def __init__(self, store: Store, records: RecordService, settings: SettingsService) -> None:
        self._store = store
        self._records = records
        self._settings = settings

    def folder(self, incident_id: str) -> Path:
        """Where the evidence of one incident is stored."""
        return self._store.files_dir / EVIDENCE_DIR / incident_id

    def add_evidence(self, incident_id: str, path: Path, description: str = "") -> Evidence:
        """Copy the file at *path* into the incident's evidence folder and record it.

        Args:
            incident_id: the incident the file is evidence of.
            path: the file to copy (it is left where it is).
            description: what the file shows, if the person said.

        Returns:
            The Evidence record as stored, with the SHA-256 and size of the stored copy.

        Raises:
            AtttError: the incident does not exist, the file cannot be read, is larger than
                the limit in the settings, or is already evidence of the incident.
            ValidationError: the record broke a rule (e.g. a file name too long); no copy is
                left behind.
        """
        incident = self._records.get(Incident, incident_id)
        source = Path(path)
        name = nfc(source.name)
        limit_mb = self._settings.get().evidence_limit_mb
        folder = self.folder(incident.id)
        folder.mkdir(parents=True, exist_ok=True)
        try:
            with scratch.temp_beside(folder / "evidence") as partial:  # gone even after a kill
                digest, size = _copy_hashing(source, partial, limit_mb * MIB)
                same = [
                    e
                    for e in self._records.find(Evidence, parent_id=incident.id)
                    if e.sha256 == digest
                ]
                if same:
                    raise AtttError(ALREADY, name=name, existing=same[0].file_name)
                target = _free_name(folder, name)
                os.replace(partial, target)
        except _TooBig as exc:
            raise AtttError(TOO_BIG, name=name, limit=limit_mb) from exc
        except OSError as exc:
            raise AtttError(UNREADABLE, name=name, detail=exc.strerror or str(exc)) from exc
        finally:
            if not any(folder.iterdir()):
                _remove_if_empty(folder)
        record = Evidence(
            incident_id=incident.id,
            file_name=target.name,
            stored_path=target.relative_to(self._store.files_dir).as_posix(),
            sha256=digest,
            size=size,
            description=description,
        )
        try:
            saved: Evidence = self._records.save(record).record
        except BaseException:
            target.unlink(missing_ok=True)
            _remove_if_empty(folder)
            raise
        return saved

    def evidence_path(self, evidence: Evidence) -> Path:
        """The stored copy of an evidence file (it may have gone missing meanwhile).

        Raises:
            AtttError: the record points outside the app's files folder.
        """
        root = self._store.files_dir.resolve()
        path = (root / evidence.stored_path).resolve()
        if root not in path.parents:
            raise AtttError(OUTSIDE, name=evidence.file_name)
        return path

    def remove_evidence(self, evidence_id: str) -> Changes:
        """Delete an evidence record, then its stored copy (which cannot be undone)."""
        evidence: Evidence = self._records.get(Evidence, evidence_id)
        deleted = self._records.delete("evidence", evidence_id)
        with contextlib.suppress(AtttError):
            path = self.evidence_path(evidence)
            path.unlink(missing_ok=True)
            _remove_if_empty(path.parent)
        return deleted.changes
