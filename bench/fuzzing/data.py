"""Mutants of a data file (the JSON of `dump`): one field, one record, the layout, or the bytes.

`mutate(doc, rng)` returns the mutant's bytes and a one-line description of what was changed,
e.g. `documents[3].number = 10**30`. The same document and the same generator state always
give the same mutant.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import random
from typing import Any

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.domain.registry import BY_KEY

from .values import (
    DATES,
    DATETIMES,
    HUGE_INTS,
    STRINGS,
    TIMES,
    WRONG_TYPES,
    Raw,
    digits,
    dumps,
    ids,
    nested,
    uuid_from,
)

REFERENCES = ("unit_id", "parent_unit_id", "system_id", "plan_id", "incident_id", "contact_id")
Mutant = tuple[bytes, str]


def field_class(kind_key: str, name: str) -> str:
    """int, date, datetime, time, ref, refs, records, enum, bool, list or str."""
    cls = BY_KEY[kind_key].cls
    ftype = field_types(cls)[name]
    if name == "id" or name in REFERENCES:
        return "ref"
    if name == "system_ids":
        return "refs"
    if ftype.is_tuple:
        return "records" if dataclasses.is_dataclass(ftype.item) else "list"
    base = ftype.base
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        return "enum"
    return {
        int: "int",
        bool: "bool",
        dt.date: "date",
        dt.datetime: "datetime",
        dt.time: "time",
    }.get(base, "str")


def _max_len(kind_key: str, name: str) -> int | None:
    cls = BY_KEY[kind_key].cls
    return next(info(f).max_len for f in dataclasses.fields(cls) if f.name == name)


def _all_ids(doc: dict[str, Any]) -> list[str]:
    return [r["id"] for key in BY_KEY for r in doc.get(key, []) if isinstance(r, dict)]


def hostile_value(rng: random.Random, doc: dict[str, Any], kind: str, name: str) -> tuple[str, Any]:
    """A value for field *name* of a record of *kind*: mostly of its type, sometimes not."""
    klass = field_class(kind, name)
    if rng.random() < 0.2:
        return rng.choice(WRONG_TYPES + STRINGS)
    if klass == "int":
        return rng.choice(HUGE_INTS)
    if klass == "date":
        value = rng.choice(DATES)
        return f'"{value}"', value
    if klass == "datetime":
        value = rng.choice(DATETIMES)
        return f'"{value}"', value
    if klass == "time":
        value = rng.choice(TIMES)
        return f'"{value}"', value
    if klass == "ref":
        return rng.choice(ids(rng, _all_ids(doc)))
    if klass == "refs":
        some = rng.choice(_all_ids(doc))
        return rng.choice(
            [
                ('[""]', [""]),
                ("[a UUID no record has]", [uuid_from(rng)]),
                ("[the same id twice]", [some, some]),
                ("[an id of another kind]", [some]),
                ("50,000 copies of one id", [some] * 50_000),
                ("5,000 UUIDs no record has", [uuid_from(rng) for _ in range(5_000)]),
                ("[null]", [None]),
                ('"a text"', "a text"),
            ]
        )
    if klass == "enum":
        return rng.choice(
            [('""', ""), ('"X"', "X"), ("an upper-case code", "DA_GUI"), ("3", 3), ("null", None)]
        )
    if klass == "bool":
        return rng.choice([('"true"', "true"), ("1", 1), ("null", None)])
    if klass == "records":
        return rng.choice(
            [
                ("[{}]", [{}]),
                ('[{"name": "\\ud800"}]', [{"name": "\ud800"}]),
                ('[{"x": 1}]', [{"x": 1}]),
                ("[[]]", [[]]),
                ("10,000 empty objects", [{}] * 10_000),
                ("[nesting 5,000 deep]", [nested(5000)]),
            ]
        )
    if klass == "list":
        return rng.choice(
            [('[""]', [""]), ("[null]", [None]), ("200,000 items", ["x"] * 200_000), ("[7]", [7])]
        )
    limit = _max_len(kind, name)
    if limit is not None and limit < 2_000_000 and rng.random() < 0.3:
        return f"{limit + 1} characters (the limit + 1)", "ư" * (limit + 1)
    return rng.choice(STRINGS)


def _pick_record(rng: random.Random, doc: dict[str, Any]) -> tuple[str, int] | None:
    kinds = [k for k in BY_KEY if isinstance(doc.get(k), list) and doc[k]]
    if not kinds:
        return None
    kind = rng.choice(kinds)
    return kind, rng.randrange(len(doc[kind]))


def _field(rng: random.Random, doc: dict[str, Any]) -> str:
    picked = _pick_record(rng, doc)
    if picked is None:
        return "nothing to change"
    kind, index = picked
    record = doc[kind][index]
    name = rng.choice(list(record))
    shown, value = hostile_value(rng, doc, kind, name)
    record[name] = value
    return f"{kind}[{index}].{name} = {shown}"


def _structure(rng: random.Random, doc: dict[str, Any]) -> str:
    picked = _pick_record(rng, doc)
    if picked is None:
        return "nothing to change"
    kind, index = picked
    items = doc[kind]
    record = items[index]
    choice = rng.randrange(11)
    if choice == 0:
        name = rng.choice(list(record))
        del record[name]
        return f"{kind}[{index}] without its field {name}"
    if choice == 1:
        key = rng.choice(["x", "\ud800", "", "a" * 1000, "__proto__"])
        record[key] = 1
        return f"{kind}[{index}] with an unknown field {key[:12]!r}"
    if choice == 2:
        items.append(copy.deepcopy(record))
        return f"{kind}[{index}] twice (same id)"
    if choice == 3:
        twin = copy.deepcopy(record)
        twin["id"] = uuid_from(rng)
        items.append(twin)
        return f"{kind}[{index}] copied under a new id"
    if choice == 4:
        del items[index]
        return f"{kind}[{index}] removed (what refers to it dangles)"
    if choice == 5:
        shown, value = rng.choice([("null", None), ("[]", []), ('"x"', "x"), ("0", 0)])
        items[index] = value
        return f"{kind}[{index}] = {shown}"
    if choice == 6:
        shown, value = rng.choice(
            [("null", None), ("{}", {}), ('"x"', "x"), ("7", 7), ("nesting", nested(3000))]
        )
        doc[kind] = value
        return f"{kind} = {shown}"
    if choice == 7:
        count = rng.choice([300, 1_000])
        for _ in range(count):
            twin = copy.deepcopy(record)
            twin["id"] = uuid_from(rng)
            items.append(twin)
        return f"{kind}[{index}] copied {count} times under new ids"
    if choice == 8:
        unit = doc["units"][0]
        unit["parent_unit_id"] = unit["id"]
        return "units[0].parent_unit_id = its own id"
    if choice == 9:
        if "unit_id" not in record:
            return _field(rng, doc)
        record["unit_id"] = uuid_from(rng)
        return f"{kind}[{index}].unit_id = a unit not in the file"
    doc["units"] = []
    return "units = [] (every record's unit missing)"


def _top(rng: random.Random, doc: dict[str, Any]) -> tuple[Any, str]:
    choice = rng.randrange(8)
    if choice == 0:
        shown, value = rng.choice(
            [("2", 2), ('"1"', "1"), ("1.0", 1.0), ("10**30", 10**30), ("null", None)]
        )
        doc["version"] = value
        return doc, f"version = {shown}"
    if choice == 1:
        doc["format"] = rng.choice(["attt-desk-package", "", "ATTT-DESK-DATA", "\ud800"])
        return doc, f"format = {doc['format']!r}"
    if choice == 2:
        del doc["format"]
        return doc, "no format"
    if choice == 3:
        shown, value = rng.choice([("[]", []), ("null", None), ('""', ""), ("0", 0)])
        return value, f"the document is {shown}"
    if choice == 4:
        doc["extra"] = {"x": 1}
        return doc, "an unknown top-level key"
    if choice == 5:
        return Raw('{"format": "attt-desk-data", "version": 1, "version": 2}'), "a key twice"
    if choice == 6:
        return {"format": "attt-desk-data", "version": digits(5000)}, "version of 5,000 digits"
    return [doc] * 3, "the document in a list"


def _bytes(rng: random.Random, raw: bytes) -> Mutant:
    choice = rng.randrange(9)
    data = bytearray(raw)
    if choice == 0:
        count = rng.randint(1, 8)
        for _ in range(count):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return bytes(data), f"{count} random bytes flipped"
    if choice == 1:
        cut = rng.randrange(len(data))
        return bytes(data[:cut]), f"truncated at byte {cut}"
    if choice == 2:
        at = rng.randrange(len(data))
        junk = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 64)))
        return bytes(data[:at] + junk + data[at:]), f"{len(junk)} random bytes inserted at {at}"
    if choice == 3:
        return raw.decode("utf-8").encode("utf-16"), "encoded as UTF-16"
    if choice == 4:
        return raw.decode("utf-8").encode("cp1258", "replace"), "encoded as cp1258"
    if choice == 5:
        at = raw.index(b'"name": "') + 9
        return raw[:at] + b"\xed\xa0\x80" + raw[at:], "a surrogate encoded in UTF-8 bytes"
    if choice == 6:
        return rng.choice([b"", b"   \n", b"\xef\xbb\xbf", b"\x00" * 100]), "an empty file"
    if choice == 7:
        return b"\xef\xbb\xbf" + raw + b"\n{}", "BOM and trailing text"
    return raw.replace(b'"version": 1', b'"version": 1' + b" " * 10_000, 1), "10,000 spaces"


def dumps_document(doc: dict[str, Any]) -> bytes:
    return (dumps(doc) + "\n").encode("utf-8")


def mutate(base: dict[str, Any], rng: random.Random) -> Mutant:
    """A mutant of the data document *base* (not changed)."""
    roll = rng.random()
    if roll < 0.15:
        return _bytes(rng, dumps_document(base))
    doc = copy.deepcopy(base)
    if roll < 0.65:
        what = _field(rng, doc)
        value: Any = doc
    elif roll < 0.9:
        what = _structure(rng, doc)
        value = doc
    else:
        value, what = _top(rng, doc)
    return dumps(value).encode("utf-8"), what
