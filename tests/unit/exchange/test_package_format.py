"""The package format itself: canonical ZIP, manifest, signature, encryption, hostile entries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import AtttError
from app.exchange import errors as e
from app.exchange import manifest as m
from app.exchange import package as pkg
from app.exchange import receipt as rc
from app.exchange import sealed
from app.exchange.keys import b64, fingerprint, load_or_create, normalise_fingerprint
from app.exchange.names import check_name, safe_file_name
from app.exchange.zipguard import Limits

UNIT = ("6f1c2a4e-0000-4000-8000-000000000001", "Ủy ban nhân dân xã Đồng Tâm")
RECORD = "6f1c2a4e-0000-4000-8000-000000000002"


def _base() -> m.Manifest:
    return m.Manifest(
        created_at=dt.datetime(2026, 11, 23, 2, 30),
        units=(UNIT,),
        counts={"units": 1},
        public_key=b"",
        files=(),
        app_version="0.1.0",
    )


@pytest.fixture()
def small(tmp_path: Path) -> Path:
    key = load_or_create(tmp_path / "keys" / "k.pem")
    parts = [
        pkg.Part(m.DATA, "data", None, 8, data=b'{"a": 1}'),
        pkg.Part(f"evidence/{RECORD}/log.txt", "evidence", RECORD, 5, data=b"hello"),
    ]
    return pkg.write_package(tmp_path / "small.zip", _base(), parts, key).path


def test_a_package_is_an_ordinary_zip_any_tool_reads(small: Path) -> None:
    with zipfile.ZipFile(small) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == [
            "data.json",
            f"evidence/{RECORD}/log.txt",
            "manifest.json",
            "manifest.sig",
        ]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "attt-desk-package"
    assert manifest["units"] == [{"id": UNIT[0], "name": UNIT[1]}]
    assert {f["path"]: f["size"] for f in manifest["files"]} == {
        "data.json": 8,
        f"evidence/{RECORD}/log.txt": 5,
    }


def test_every_changed_byte_is_refused(small: Path) -> None:
    raw = small.read_bytes()
    for index in range(len(raw)):
        for flip in (0x01, 0xFF):
            mutated = bytearray(raw)
            mutated[index] ^= flip
            with pytest.raises(AtttError):
                pkg.read_bytes(bytes(mutated), "x.zip")
    for cut in range(0, len(raw), 7):
        with pytest.raises(AtttError):
            pkg.read_bytes(raw[:cut], "x.zip")
    with pytest.raises(e.HostileArchive):
        pkg.read_bytes(raw + b"\0", "x.zip")


def test_a_changed_data_byte_names_the_file(small: Path) -> None:
    raw = bytearray(small.read_bytes())
    at = raw.index(b'{"a": 1}')
    raw[at + 6] = ord("2")
    with pytest.raises(e.IntegrityError) as caught:
        pkg.read_bytes(bytes(raw), "x.zip")
    assert "“data.json” đã bị thay đổi" in caught.value.message("vi")


def _rezip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return buf.getvalue()


def _entries(small: Path) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    with zipfile.ZipFile(small) as archive:
        return [(i.filename, archive.read(i)) for i in archive.infolist()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil.txt", "ra ngoài thư mục"),
        ("/etc/passwd", "đường dẫn tuyệt đối"),
        ("C:/Windows/evil.dll", "đường dẫn tuyệt đối"),
        ("a\\..\\b.txt", "ra ngoài thư mục"),
        ("con.txt", "không hợp lệ"),
        ("a//b.txt", "không hợp lệ"),
    ],
)
def test_hostile_names_are_refused_with_their_own_message(
    small: Path, name: str, expected: str
) -> None:
    blob = _rezip([*_entries(small), (name, b"x")])
    with pytest.raises(e.HostileArchive) as caught:
        pkg.read_bytes(blob, "x.zip")
    assert expected in caught.value.message("vi")


def test_links_duplicates_compression_and_rezipping_are_refused(small: Path) -> None:
    link = zipfile.ZipInfo("link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(e.HostileArchive, match="symlink"):
        pkg.read_bytes(_rezip([(link, b"/etc/passwd")]), "x.zip")
    doubled = _entries(small)
    with pytest.warns(UserWarning):
        blob = _rezip([*doubled, doubled[0]])
    with pytest.raises(e.HostileArchive, match="twice"):
        pkg.read_bytes(blob, "x.zip")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", b"\0" * 1_000_000)
    with pytest.raises(e.HostileArchive, match="zip bomb"):
        pkg.read_bytes(bomb.getvalue(), "x.zip")
    with pytest.raises(e.HostileArchive, match="changed after ATTT Desk"):
        pkg.read_bytes(_rezip(_entries(small)), "x.zip")


def test_limits_on_size_entries_and_manifest(small: Path, tmp_path: Path) -> None:
    raw = small.read_bytes()
    with pytest.raises(e.HostileArchive, match="limit"):
        pkg.read_bytes(raw, "x.zip", limits=Limits(max_package=100))
    with pytest.raises(e.HostileArchive, match="over the limit of 2"):
        pkg.read_bytes(raw, "x.zip", limits=Limits(max_entries=2))
    with pytest.raises(e.HostileArchive, match=r"data\.json” is 8 byte, over the 6 byte"):
        pkg.read_bytes(raw, "x.zip", limits=Limits(max_entry=6))
    with pytest.raises(e.HostileArchive, match="add up"):
        pkg.read_bytes(raw, "x.zip", limits=Limits(max_total=100))
    with pytest.raises(e.HostileArchive, match=r"manifest\.json"):
        pkg.read_bytes(raw, "x.zip", limits=Limits(max_manifest=100))
    link = tmp_path / "link.zip"
    link.symlink_to(small)
    with pytest.raises(e.HostileArchive):
        pkg.read_file(link)


def test_missing_and_extra_files_and_unknown_versions(tmp_path: Path) -> None:
    key = load_or_create(tmp_path / "k.pem")
    data = pkg.Part(m.DATA, "data", None, 2, data=b"{}")
    written = pkg.write_package(tmp_path / "a.zip", _base(), [data], key)
    opened = pkg.read_file(written.path)
    assert opened.data == b"{}"
    future = json.loads(opened.file_bytes(m.MANIFEST).tobytes())
    future["version"] = 2
    with pytest.raises(e.FormatError, match="version 2"):
        m.parse_manifest(json.dumps(future).encode(), "x")
    with pytest.raises(e.FormatError, match="not valid JSON"):
        m.parse_manifest(b"{nope", "x")
    with pytest.raises(e.FormatError, match="units"):
        m.parse_manifest(json.dumps({**future, "version": 1, "units": []}).encode(), "x")


def test_encryption_wrong_password_and_tampering(tmp_path: Path) -> None:
    blob = sealed.seal(b"package bytes", "mật khẩu đủ dài", "x")
    assert sealed.unseal(blob, "mật khẩu đủ dài", "x") == b"package bytes"
    with pytest.raises(e.PasswordError, match="wrong password"):
        sealed.unseal(blob, "mật khẩu sai rồi", "x")
    with pytest.raises(e.PasswordError, match="enter the password"):
        sealed.unseal(blob, None, "x")
    tampered = bytearray(blob)
    tampered[-1] ^= 1
    with pytest.raises(e.PasswordError):
        sealed.unseal(bytes(tampered), "mật khẩu đủ dài", "x")
    future = bytearray(blob)
    future[8] = 9
    with pytest.raises(e.FormatError, match="version 9"):
        sealed.unseal(bytes(future), "mật khẩu đủ dài", "x")
    with pytest.raises(e.PasswordError, match="at least 8"):
        sealed.seal(b"x", "ngắn", "x")
    assert sealed.read_password_file("\ufeffbí mật 123\r\nrest") == "bí mật 123"


def test_key_file_is_private_stable_and_never_replaced_silently(tmp_path: Path) -> None:
    path = tmp_path / "db-keys" / "ed25519-private.pem"
    first = load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert load_or_create(path).fingerprint == first.fingerprint
    assert first.fingerprint == fingerprint(first.public_raw)
    assert len(first.fingerprint.split()) == 16
    assert normalise_fingerprint(first.fingerprint.replace(" ", "").lower()) == first.fingerprint
    assert normalise_fingerprint("ABCD") is None
    path.write_text("hỏng", encoding="utf-8")
    with pytest.raises(e.KeyFileError, match="damaged"):
        load_or_create(path)


def test_names() -> None:
    assert check_name("evidence/a/b.log") is None
    assert check_name("a/./b") is not None
    assert check_name("a\x00b") is not None
    assert safe_file_name("Nhật ký tường lửa.LOG") == "Nhat-ky-tuong-lua.LOG"
    assert safe_file_name("../../etc/passwd") == "etc-passwd"
    assert safe_file_name("CON.txt") == "_CON.txt"


def test_a_number_python_will_not_read_is_a_format_error_not_a_crash() -> None:
    huge = b'{"format": "attt-desk-package", "version": ' + b"9" * 5000 + b"}"
    with pytest.raises(e.FormatError) as caught:
        m.parse_manifest(huge, "goi.zip")
    assert "more than 4300 digits" in caught.value.message("en")
    assert "dài quá 4300 chữ số" in caught.value.message("vi")


def _manifest_json(tmp_path: Path) -> dict[str, object]:
    key = load_or_create(tmp_path / "keys" / "k.pem")
    files = (m.FileEntry(m.DATA, "data", None, 2, "0" * 64),)
    manifest = dataclasses.replace(_base(), public_key=key.public_raw, files=files)
    return json.loads(manifest.to_bytes())


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda j: j["units"][0].update(name="Xã\ud800"), "units[0].name chứa ký tự Unicode"),
        (lambda j: j.update(created_at="9999-12-31T23:59:59Z"), "ở trường “created_at”"),
        (lambda j: j.update(created_at="0001-01-01T00:00:00Z"), "ở trường “created_at”"),
        (lambda j: j["period"].update(to="9999-12-31"), "ở trường “period.to”"),
        (lambda j: j.update(counts=json.loads("[" * 40 + "]" * 40)), "lồng nhau quá 32 tầng"),
    ],
)
def test_manifest_values_no_time_or_text_can_hold_are_format_errors(
    tmp_path: Path, change: Any, expected: str
) -> None:
    obj = _manifest_json(tmp_path)
    change(obj)
    with pytest.raises(e.FormatError) as caught:
        m.parse_manifest(json.dumps(obj).encode(), "goi.zip")
    assert expected in caught.value.message("vi")


def _receipt(tmp_path: Path, **changes: object) -> bytes:
    key = load_or_create(tmp_path / "keys" / "province.pem")
    receipt = rc.Receipt(
        package_sha256="0" * 64,
        package_name="goi.zip",
        package_size=10,
        package_created_at=dt.datetime(2026, 11, 23, 2, 30),
        units=(UNIT,),
        counts={"units": 1},
        unit_fingerprint="x",
        received_at=dt.datetime(2026, 11, 24, 2, 30),
        imported_at=None,
        issuer_name="Sở Khoa học và Công nghệ",
        issuer_key=key.public_raw,
    )
    body = json.dumps(dict(receipt.body(), **changes))
    envelope = {"format": rc.FORMAT, "version": rc.VERSION, "body": body}
    envelope["signature"] = b64(key.sign(body.encode("utf-8", "surrogatepass")))
    return json.dumps(envelope).encode()


def test_a_receipt_with_an_unpaired_surrogate_is_refused_in_one_line(tmp_path: Path) -> None:
    rc.read_receipt(_receipt(tmp_path), "bien-nhan.json")  # the unchanged one reads
    with pytest.raises(e.ReceiptError) as caught:
        rc.read_receipt(_receipt(tmp_path, app_version="\ud800"), "bien-nhan.json")
    assert "app_version chứa ký tự Unicode không hợp lệ (U+D800" in caught.value.message("vi")


def test_a_receipt_with_a_time_past_2100_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(e.ReceiptError) as caught:
        rc.read_receipt(_receipt(tmp_path, received_at="9999-12-31T23:59:59Z"), "bien-nhan.json")
    assert "received_at" in caught.value.message("vi")


def test_scrypt_parameters_scrypt_refuses_are_a_format_error_not_a_memory_error() -> None:
    blob = bytearray(sealed.seal(b"package bytes", "mật khẩu đủ dài", "x"))
    blob[11] = 1  # r = 1 with N = 2^17: RFC 7914 wants N < 2^16
    with pytest.raises(e.FormatError) as caught:
        sealed.unseal(bytes(blob), "mật khẩu đủ dài", "x")
    assert "scrypt N=2^17, r=1" in caught.value.message("vi")
