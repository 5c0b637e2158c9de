"""Hostile values, and JSON text that can hold what `json.dumps` will not write.

`Raw("…")` puts its text in the output verbatim: numbers over Python's 4,300-digit limit, NaN,
deep nesting of a hundred thousand brackets, a key written twice. Strings are written with
`ensure_ascii`, so an unpaired surrogate such as U+D800 travels as the escape `\\ud800`, exactly
as another program would send it.
"""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Raw:
    """A piece of JSON text written as it is (it may not be valid JSON at all)."""

    text: str


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """JSON text of *value*, each Raw replaced by its text."""
    raws: list[str] = []

    def swap(node: Any) -> Any:
        if isinstance(node, Raw):
            raws.append(node.text)
            return f"@@raw{len(raws) - 1}@@"
        if isinstance(node, dict):
            return {str(k): swap(v) for k, v in node.items()}
        if isinstance(node, list | tuple):
            return [swap(v) for v in node]
        return node

    text = json.dumps(swap(value), ensure_ascii=True, indent=indent)
    for index, raw in enumerate(raws):
        text = text.replace(f'"@@raw{index}@@"', raw, 1)
    return text


def digits(count: int) -> Raw:
    return Raw("1" + "0" * (count - 1))


def nested(depth: int) -> Raw:
    return Raw("[" * depth + "]" * depth)


HUGE_INTS: list[tuple[str, Any]] = [
    ("10**30", 10**30),
    ("-10**30", -(10**30)),
    ("2**63", 2**63),
    ("-2**63-1", -(2**63) - 1),
    ("2**63-1", 2**63 - 1),
    ("a number of 4,400 digits", digits(4400)),
    ("a number of 100,000 digits", digits(100_000)),
    ("1e400", Raw("1e400")),
    ("-1e400", Raw("-1e400")),
    ("NaN", Raw("NaN")),
    ("Infinity", Raw("Infinity")),
    ("1.5", 1.5),
    ("0", 0),
    ("-1", -1),
]
DATES = [
    "9999-12-31",
    "0001-01-01",
    "2025-02-30",
    "2025-13-01",
    "2025-00-10",
    "31/12/2025",
    "2025-1-1",
    "20250101",
    "",
    " 2025-01-01",
    "+10000-01-01",
    "2025-01-01T00:00:00",
    "१९९९-०१-०१",  # Devanagari digits
]
DATETIMES = [
    "9999-12-31T23:59:59",
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-12:00",
    "2025-01-01T24:00:00",
    "2025-01-01T00:00:00+07:00",
    "2025-01-01T00:00:00Z",
    "2025-01-01 00:00:00",
    "2025-01-01T00:00:00.123456",
    "2025-01-01",
    "2025-02-29T00:00:00",
    "",
    "T",
]
TIMES = ["25:00:00", "23:59:60", "00:00", "12", "", "24:00:00", "12:00:00+07:00", "-01:00:00"]
STRINGS: list[tuple[str, Any]] = [
    ("an unpaired surrogate \\ud800", "Tên\ud800"),
    ("a lone low surrogate \\udfff", "\udfffx"),
    ("a reversed surrogate pair", "\udc00\ud800"),
    ("an empty string", ""),
    ("white space only", "   "),
    ("1,001 characters", "x" * 1001),
    ("70,000 characters", "đ" * 70_000),
    ("1,000,001 characters", "a" * 1_000_001),
    ("a NUL character", "a\x00b"),
    ("an escape sequence", "\x1b[31mđỏ\x1b[0m"),
    ("a right-to-left override", "\u202etxt.exe"),
    ("NFD text", "Tha\u0300nh pho\u0302\u0301"),
    ("formula text", '=HYPERLINK("http://x","y")'),
    ("braces", "{unit} {0} {"),
    ("a line break", "dòng 1\ndòng 2\r\ndòng 3"),
    ("SQL text", "x'); DROP TABLE units;--"),
    ("a non-character", "\uffff\ufffe"),
    ("an astral character", "\U0001f600 \U000e0001"),
]
WRONG_TYPES: list[tuple[str, Any]] = [
    ("null", None),
    ("an empty list", []),
    ("an object", {"a": 1}),
    ("true", True),
    ("the number 7", 7),
    ('the text "7"', "7"),
    ("a list holding null", [None]),
    ("nesting 64 deep", nested(64)),
    ("nesting 2,000 deep", nested(2000)),
    ("nesting 100,000 deep", nested(100_000)),
]


def uuid_from(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ids(rng: random.Random, valid: list[str]) -> list[tuple[str, Any]]:
    """Hostile values for an id or a reference."""
    some = rng.choice(valid) if valid else uuid_from(rng)
    return [
        ("an empty id", ""),
        ("a blank id", " "),
        ("not a UUID", "not-a-uuid"),
        ("an upper-case UUID", some.upper()),
        ("a UUID with braces", "{" + some + "}"),
        ("a UUID no record has", uuid_from(rng)),
        ("another record's id", some),
        ("an id with a surrogate", some[:-1] + "\ud800"),
        ("an id of 100,000 characters", "a" * 100_000),
    ]
