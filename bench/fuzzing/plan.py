"""Mutant number *i* of a campaign: its family, its input file(s), the command that reads it.

Each mutant draws from its own generator, seeded by (campaign seed, i), so mutant 1234 of seed 7
is the same whatever ran before it and in whichever process it is made.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from . import data, packages, sheets
from .bases import PASSWORD, Bases

FAMILIES = (("package", 0.34), ("sealed", 0.08), ("data", 0.36), ("sheet", 0.22))


@dataclass
class Meta:
    index: int
    family: str
    what: str
    base: str  # the database copied for the run
    argv: list[str] = field(default_factory=list)  # after `--db DB`
    tampered: bool = False  # signed content changed without the unit's key
    check: bool = False  # a command that promises to write nothing

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def rng_for(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


def family_of(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for name, weight in FAMILIES:
        total += weight
        if roll < total:
            return name
    return FAMILIES[-1][0]


def make(index: int, seed: int, bases: Bases, folder: Path) -> Meta:
    """Write the input of mutant *index* into *folder*; say what it is and how to run it."""
    if index < 0:
        return _control(index, bases, folder)
    rng = rng_for(seed, index)
    family = family_of(rng)
    maker = {"package": _package, "sealed": _sealed, "data": _data, "sheet": _sheet}[family]
    meta = maker(rng, bases, folder, Meta(index, family, "", ""))
    meta.check = "--check" in meta.argv
    if meta.tampered and "another key" in meta.what and "--trust" in meta.argv:
        # Trust on first use: where no key is bound to the unit yet, --trust is the person's
        # word that they compared the fingerprint; only a unit bound to a key must refuse.
        meta.tampered = meta.base == "province-seen"
    return meta


# The unchanged inputs, each with the exit code it must give: the campaign stops if one does not.
CONTROLS = {-1: 0, -2: 0, -3: 0, -4: 0, -5: 0, -6: 0, -7: 1}


def _control(index: int, bases: Bases, folder: Path) -> Meta:
    data_file = _write(folder, "data.json", data.dumps_document(bases.doc))
    package = _write(folder, "goi.zip", bases.package)
    password = _write(folder, "mat-khau.txt", PASSWORD.encode("utf-8"))
    sealed = _write(folder, "goi-ma-hoa.zip", bases.sealed)
    systems = _write(folder, "he-thong.csv", sheets.csv_bytes(bases.sheets["systems"]))
    contacts = _write(folder, "dau-moi.xlsx", sheets.xlsx_bytes(bases.sheets["contacts"]))
    meta = Meta(index, "control", "", "unit")
    plans = {
        -1: ("the data file", "unit", ["load", data_file]),
        -2: ("the data file", "empty", ["load", data_file]),
        -3: ("the package", "province", ["import", package]),
        -4: ("the sealed package", "province", ["import", sealed, "--password-file", password]),
        -5: ("the systems CSV", "unit", ["import-sheet", systems, "--kind", "systems"]),
        -6: ("the contacts XLSX", "unit", ["import-sheet", contacts, "--kind", "contacts"]),
        -7: ("a missing file", "unit", ["load", str(folder / "missing.json")]),
    }
    meta.what, meta.base, meta.argv = plans[index]
    return meta


def _write(folder: Path, name: str, content: bytes) -> str:
    path = folder / name
    path.write_bytes(content)
    return str(path)


def _import_args(rng: random.Random, path: str) -> list[str]:
    args = ["import", path]
    if rng.random() < 0.25:
        args.append("--check")
    if rng.random() < 0.2:
        args.append("--trust")
    return args


def _package(rng: random.Random, bases: Bases, folder: Path, meta: Meta) -> Meta:
    pkg = packages.open_package(bases.package)
    if rng.random() < 0.45:
        blob, meta.what, meta.tampered = packages.tamper(bases.package, pkg, rng)
    else:
        blob, meta.what, meta.tampered = packages.resign(pkg, bases.key(), bases.doc, rng)
    name = rng.choice(["goi.zip", "gói dữ liệu xã.zip", "package"])
    meta.base = "province-seen" if rng.random() < 0.2 else "province"
    meta.argv = _import_args(rng, _write(folder, name, blob))
    return meta


def _sealed(rng: random.Random, bases: Bases, folder: Path, meta: Meta) -> Meta:
    meta.base = "province"
    password = _write(folder, "mat-khau.txt", (PASSWORD + "\n").encode("utf-8"))
    roll = rng.random()
    if roll < 0.4:
        blob, meta.what, meta.tampered = packages.sealed_tamper(bases.sealed, rng)
    elif roll < 0.8:
        pkg = packages.open_package(bases.package)
        if rng.random() < 0.5:
            inner, what, meta.tampered = packages.tamper(bases.package, pkg, rng)
        else:
            inner, what, meta.tampered = packages.resign(pkg, bases.key(), bases.doc, rng)
        blob, meta.what = packages.seal(inner, PASSWORD, rng), f"sealed again: {what}"
    else:
        blob = bases.sealed
        shown, content = rng.choice(
            [
                ("no password file", None),
                ("a wrong password", "mật khẩu sai 12345".encode()),
                ("an empty password file", b""),
                ("the password with BOM and CRLF", b"\xef\xbb\xbf" + PASSWORD.encode() + b"\r\n"),
                ("the password in NFD", _nfd(PASSWORD).encode()),
                ("a password file not UTF-8", b"\xff\xfe\x00m\x00"),
                ("a password with a NUL", b"\x00" * 8),
            ]
        )
        meta.what = f"the sealed package with {shown}"
        password = "" if content is None else _write(folder, "mat-khau.txt", content)
    meta.argv = _import_args(rng, _write(folder, "goi-ma-hoa.zip", blob))
    if password:
        meta.argv += ["--password-file", password]
    return meta


def _nfd(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFD", text)


def _data(rng: random.Random, bases: Bases, folder: Path, meta: Meta) -> Meta:
    content, meta.what = data.mutate(bases.doc, rng)
    meta.base = "unit" if rng.random() < 0.7 else "empty"
    meta.argv = ["load", _write(folder, rng.choice(["data.json", "dữ liệu.json"]), content)]
    return meta


MAPS = ["=name", "A=", "Tên hệ thống=unit_id", "A=id", "Z=name", "Ghi chú=name", "B=name"]


def _sheet(rng: random.Random, bases: Bases, folder: Path, meta: Meta) -> Meta:
    kind = rng.choice(["systems", "contacts"])
    base = bases.sheets[kind]
    xlsx = rng.random() < 0.5
    content, meta.what = (sheets.mutate_xlsx if xlsx else sheets.mutate_csv)(rng, base)
    ext = ".xlsx" if xlsx else ".csv"
    if rng.random() < 0.05:
        ext = rng.choice([".csv", ".xlsx", ".xls", ""])
        meta.what += f", named {ext or 'without extension'}"
    meta.base = "unit" if rng.random() < 0.92 else "empty"
    meta.argv = ["import-sheet", _write(folder, f"danh-sach{ext}", content), "--kind", kind]
    meta.argv += rng.choice([[], [], ["--check"], ["--valid-only"]])
    if rng.random() < 0.1:
        mapping = rng.choice(MAPS)
        meta.argv += ["--map", mapping]
        meta.what += f", --map {mapping!r}"
    return meta
