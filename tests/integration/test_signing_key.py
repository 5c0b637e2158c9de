"""The unit's signing key: protected at rest by a passphrase, carried to a new PC with a backup.

The province knows the unit by its key's fingerprint; a new PC that made a new key would look
like someone else. So the key can be exported (always encrypted), kept beside a backup and
restored, and a key already there is never replaced without naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.errors import AtttError
from app.exchange import keys as k
from tests import factories as f
from tests.integration.exchange.test_cli_exchange import cli

PASSPHRASE = "mật khẩu khóa ký 2026"


def test_a_protected_key_signs_only_with_its_passphrase(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    try:
        fingerprint = ws.exchange.own_fingerprint()
        with pytest.raises(AtttError, match="8"):
            ws.exchange.protect_key("ngắn")
        ws.exchange.protect_key(PASSPHRASE)
        assert ws.exchange.key_protected
        assert ws.exchange.key_path.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    finally:
        ws.close()
    again = f.workspace(tmp_path)
    try:
        assert again.exchange.key_locked
        assert again.exchange.own_fingerprint() == fingerprint  # shown without the passphrase
        with pytest.raises(AtttError) as locked:
            again.exchange.own_key()
        assert "--key-passphrase-file" in locked.value.message("vi")
        with pytest.raises(AtttError) as wrong:
            again.exchange.unlock_key("không phải mật khẩu")
        assert "sai mật khẩu" in wrong.value.message("vi")
        assert again.exchange.unlock_key(PASSPHRASE).fingerprint == fingerprint
        again.exchange.protect_key(None)
        assert not again.exchange.key_protected
    finally:
        again.close()


def test_the_key_goes_with_a_backup_to_a_new_pc_and_signs_there_as_before(
    tmp_path: Path,
) -> None:
    old, new = tmp_path / "old" / "attt.sqlite", tmp_path / "new" / "attt.sqlite"
    assert cli(tmp_path, old, "demo", "--today", "2026-11-23").returncode == 0
    shown = cli(tmp_path, old, "keys").stdout
    fingerprint = shown.split(": ", 1)[1].split(" (")[0]
    secret = tmp_path / "mat-khau.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    backup = tmp_path / "usb" / "sao-luu.sqlite"
    refused = cli(tmp_path, old, "backup", "--out", str(backup), "--with-key")
    assert refused.returncode == 1 and "--passphrase-file" in refused.stderr
    done = cli(
        tmp_path,
        old,
        "backup",
        "--out",
        str(backup),
        "--with-key",
        "--passphrase-file",
        str(secret),
    )
    assert done.returncode == 0, done.stderr
    carried = backup.with_name("sao-luu.sqlite.khoa-ky.pem")
    assert carried.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY")
    assert carried.stat().st_mode & 0o777 == 0o600
    restored = cli(tmp_path, new, "restore", str(backup))
    assert restored.returncode == 0 and "--restore-key" in restored.stdout
    key_back = cli(
        tmp_path, new, "keys", "--restore-key", str(carried), "--passphrase-file", str(secret)
    )
    assert key_back.returncode == 0, key_back.stderr
    assert fingerprint in key_back.stdout and "được bảo vệ bằng mật khẩu" in key_back.stdout
    locked = cli(tmp_path, new, "export", "--out", str(tmp_path / "goi.zip"))
    assert locked.returncode == 1 and "--key-passphrase-file" in locked.stderr
    signed = cli(
        tmp_path,
        new,
        "--key-passphrase-file",
        str(secret),
        "export",
        "--out",
        str(tmp_path / "goi.zip"),
    )
    assert signed.returncode == 0, signed.stderr
    assert fingerprint in signed.stdout  # the package is signed by the unit's own key


def test_a_different_key_is_replaced_only_when_named(tmp_path: Path) -> None:
    source = f.workspace(tmp_path, "source.sqlite")
    exported = source.exchange.export_key(tmp_path / "khoa.pem", PASSPHRASE)
    wanted = source.exchange.own_fingerprint()
    source.close()
    ws = f.workspace(tmp_path, "other.sqlite")
    try:
        current = ws.exchange.own_fingerprint()
        with pytest.raises(AtttError) as refused:
            ws.exchange.restore_key(exported, PASSPHRASE)
        assert current in refused.value.message("vi") and wanted in refused.value.message("vi")
        assert ws.exchange.own_fingerprint() == current
        with pytest.raises(AtttError, match="wrong passphrase"):
            ws.exchange.restore_key(exported, "sai mật khẩu rồi")
        assert ws.exchange.restore_key(exported, PASSPHRASE, replace=current) == wanted
        assert k.public_fingerprint(ws.exchange.key_path) == wanted
    finally:
        ws.close()
    plain = tmp_path / "khong-phai-khoa.pem"
    plain.write_text("-----BEGIN PRIVATE KEY-----\nabc\n", encoding="utf-8")
    ws = f.workspace(tmp_path, "third.sqlite")
    try:
        with pytest.raises(AtttError) as not_exported:
            ws.exchange.restore_key(plain, PASSPHRASE)
        assert "không phải khóa ký ATTT Desk đã xuất" in not_exported.value.message("vi")
    finally:
        ws.close()
