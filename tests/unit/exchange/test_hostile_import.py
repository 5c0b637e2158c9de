"""Hostile input at the province (hypothesis): random bytes, mutated packages, crafted archives.

Whatever arrives, `inspect` then `commit` either succeed (only the untouched package can) or
raise one of the product's own AtttError subclasses, and the database is exactly as before.
"""

from __future__ import annotations

import io
import itertools
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.errors import AtttError
from app.exchange.sealed import MAGIC
from app.i18n import Text
from app.services.workspace import Workspace
from tests.unit.exchange.helpers import dump, province

_COUNTER = itertools.count()
HOSTILE_NAMES = [
    "../x",
    "/abs",
    "C:\\x",
    "a/../../b",
    "data.json",
    "DATA.JSON",
    "manifest.json",
    "manifest.sig",
    "dir/",
    "nul",
    "a\x00b",
    "ok.txt",
    "évidence/tệp.log",
]
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, Path]]:
    folder = tmp_path_factory.mktemp("province")
    ws = province(folder)
    ws.exchange.set_province_mode(True)
    yield ws, folder
    ws.close()


def _attempt(ws: Workspace, folder: Path, blob: bytes, password: str | None = None) -> bool:
    """Import *blob*; True if it went in. Anything but an AtttError fails the test."""
    path = folder / f"in-{next(_COUNTER)}.zip"
    path.write_bytes(blob)
    try:
        report = ws.exchange.inspect(path, password=password)
        ws.exchange.commit(report, trust=True)
    except AtttError as exc:
        assert exc.message("vi") and exc.message("en")
        return False
    finally:
        path.unlink()
    return True


@SETTINGS
@given(
    st.one_of(
        st.binary(max_size=2048),
        st.binary(max_size=512).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=512).map(lambda b: MAGIC + b),
        st.binary(max_size=512).map(lambda b: b + b"PK\x05\x06" + bytes(18)),
    )
)
def test_random_bytes_are_refused_cleanly(target: tuple[Workspace, Path], blob: bytes) -> None:
    ws, folder = target
    before = dump(ws)
    assert not _attempt(ws, folder, blob, password="mật khẩu thử")
    assert dump(ws) == before


@SETTINGS
@given(data=st.data())
def test_mutated_packages_are_refused_cleanly(
    target: tuple[Workspace, Path], unit_package: Path, data: st.DataObject
) -> None:
    ws, folder = target
    original = unit_package.read_bytes()
    blob = bytearray(original)
    edits = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(blob) - 1), st.integers(0, 255)), min_size=1, max_size=4
        )
    )
    for index, value in edits:
        blob[index] = value
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(blob))))
    mutated = bytes(blob[:cut] if cut is not None else blob)
    if mutated == original:
        return
    before = dump(ws)
    assert not _attempt(ws, folder, mutated)
    assert dump(ws) == before


def _crafted(entries: list[tuple[str, bytes, int, bool]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, content, method, link in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            if link:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, content)
    return buf.getvalue()


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.sampled_from(HOSTILE_NAMES),
            st.one_of(st.binary(max_size=64), st.just(b"\0" * 100_000)),
            st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
            st.booleans(),
        ),
        max_size=6,
    ),
    st.booleans(),
)
def test_crafted_archives_are_refused_cleanly(
    target: tuple[Workspace, Path],
    unit_package: Path,
    entries: list[tuple[str, bytes, int, bool]],
    keep_real: bool,
) -> None:
    ws, folder = target
    if keep_real:
        with zipfile.ZipFile(unit_package) as real:
            entries = [(i.filename, real.read(i), 0, False) for i in real.infolist()] + entries
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names we want
        blob = _crafted(entries)
    if blob == unit_package.read_bytes():
        return
    before = dump(ws)
    assert not _attempt(ws, folder, blob)
    assert dump(ws) == before


def test_a_refused_import_leaves_no_folder_behind(
    tmp_path: Path, unit_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = province(tmp_path)
    report = ws.exchange.inspect(unit_package)
    assert not ws.files_dir.exists()

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AtttError(Text("bản ghi bị từ chối.", "a record is refused."))

    monkeypatch.setattr(ws.records, "save_many", refused)
    with pytest.raises(AtttError, match="refused"):
        ws.exchange.commit(report, trust=True)
    assert not ws.files_dir.exists()  # not the staged files, nor the folders made for them
    ws.close()
