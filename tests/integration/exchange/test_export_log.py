"""An export killed at any moment leaves the log true: a package in place is logged (at the latest
by the next start), and the log names no package that never reached its place."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState
from app.services.exchange import export_log, store
from tests import factories as f
from tests.unit.exchange.helpers import export, sample_workspace


class Killed(BaseException):
    """The process stops here: nothing after it runs, no handler either."""


def killed(*_args: object) -> None:
    raise Killed


def signed_cover(ws: Any) -> OutgoingDocument:
    return next(d for d in ws.records.find(OutgoingDocument) if d.state is DocumentState.DA_KY)


def test_a_package_in_place_is_logged_even_if_the_export_was_killed_before_logging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sample_workspace(tmp_path)
    cover = signed_cover(ws)
    monkeypatch.setattr(export_log, "confirm", killed)
    out = tmp_path / "usb" / "goi.zip"
    with pytest.raises(Killed):
        export(ws, out, cover_document_id=cover.id)
    monkeypatch.undo()
    assert out.exists()
    assert ws.exchange.exports() == []  # pending: not shown yet
    ws.close()
    ws = f.workspace(tmp_path, "unit.sqlite")  # the next start
    logged = ws.exchange.exports()
    assert [x.sha256 for x in logged] == [hashlib.sha256(out.read_bytes()).hexdigest()]
    assert not logged[0].pending
    sent: OutgoingDocument = ws.records.get(OutgoingDocument, cover.id)
    assert sent.state is DocumentState.DA_GUI and sent.sent_date is not None
    ws.close()


def test_the_log_names_no_package_that_never_reached_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sample_workspace(tmp_path)
    noted = export_log.note_pending

    def killed_after_noting(*args: Any) -> None:
        noted(*args)
        raise Killed  # between the note and the rename

    monkeypatch.setattr(export_log, "note_pending", killed_after_noting)
    monkeypatch.setattr(export_log, "forget", lambda *_args: None)  # a kill runs no handler
    out = tmp_path / "usb" / "goi.zip"
    with pytest.raises(Killed):
        export(ws, out)
    monkeypatch.undo()
    assert not out.exists()
    ws.close()
    ws = f.workspace(tmp_path, "unit.sqlite")  # the next start settles the log
    with ws.transaction() as conn:
        assert store.load(conn, store.EXPORTS, store.ExportRecord) == []
    assert list(out.parent.iterdir()) == []  # nor a .part
    ws.close()


def test_a_pending_export_on_a_stick_taken_out_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = sample_workspace(tmp_path)
    monkeypatch.setattr(export_log, "confirm", killed)
    out = tmp_path / "usb" / "goi.zip"
    with pytest.raises(Killed):
        export(ws, out)
    monkeypatch.undo()
    ws.close()
    (tmp_path / "usb").rename(tmp_path / "away")
    ws = f.workspace(tmp_path, "unit.sqlite")
    assert ws.exchange.exports() == []
    ws.close()
    (tmp_path / "away").rename(tmp_path / "usb")
    ws = f.workspace(tmp_path, "unit.sqlite")
    assert [x.file_name for x in ws.exchange.exports()] == ["goi.zip"]
    ws.close()
