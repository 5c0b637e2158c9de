"""Typed, checked access to one TOML table of a rule pack.

Every problem raises `RulePackError` naming the file, the rule id and the dotted field path, in
Vietnamese and English, so a province clerk editing a pack knows what to fix.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from app.clocks.model import RulePackError
from app.domain.text import nfc
from app.i18n import Text

E = TypeVar("E", bound=Enum)


def problem(vi: str, en: str, **params: object) -> Text:
    """A bilingual problem text with its parameters filled in."""
    return Text(vi.format(**params), en.format(**params))


MISSING = Text("thiếu trường bắt buộc.", "required field is missing.")
UNKNOWN = Text("trường không được hỗ trợ (có thể viết sai tên).", "unknown field (misspelt?).")
EMPTY = Text("không được để trống.", "must not be empty.")
_WHAT = {
    "text": ("một chuỗi văn bản", "a string"),
    "date": ("một ngày dạng YYYY-MM-DD (không có giờ)", "a date as YYYY-MM-DD (no time)"),
    "int": ("một số nguyên", "a whole number"),
    "list": ("một danh sách", "a list"),
    "table": ("một bảng", "a table"),
    "tables": ("một danh sách các bảng", "a list of tables"),
}


class Fields:
    """One table of a pack: the file it came from, the rule it belongs to, its path in the rule."""

    def __init__(self, path: Path, table: dict[str, Any], rule: str = "", prefix: str = "") -> None:
        self.path = path
        self.table = table
        self.rule = rule
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}" if not self.prefix else f"{self.prefix}.{key}"

    def fail(self, key: str, why: Text) -> NoReturn:
        raise RulePackError(self.path, why, rule=self.rule, field=self.name(key) if key else "")

    def check_keys(self, allowed: set[str] | frozenset[str]) -> None:
        for key in self.table:
            if key not in allowed:
                self.fail(key, UNKNOWN)

    def has(self, key: str) -> bool:
        return key in self.table

    def _get(self, key: str) -> Any:
        if key not in self.table:
            self.fail(key, MISSING)
        return self.table[key]

    def _wrong(self, key: str, what: str) -> NoReturn:
        vi, en = _WHAT[what]
        self.fail(key, Text(f"phải là {vi}.", f"must be {en}."))

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self._wrong(key, "text")
        value = nfc(value).strip()
        if not value:
            self.fail(key, EMPTY)
        return value

    def date(self, key: str) -> dt.date:
        value = self._get(key)
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self._wrong(key, "date")
        return value

    def opt_date(self, key: str) -> dt.date | None:
        return self.date(key) if self.has(key) else None

    def integer(self, key: str, low: int, high: int) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong(key, "int")
        if not low <= value <= high:
            self.fail(
                key,
                problem("phải từ {lo} đến {hi}.", "must be from {lo} to {hi}.", lo=low, hi=high),
            )
        return value

    def opt_integer(self, key: str, low: int, high: int) -> int | None:
        return self.integer(key, low, high) if self.has(key) else None

    def choice(self, key: str, enum: type[E], allowed: tuple[E, ...] | None = None) -> E:
        value = self._get(key)
        options = allowed if allowed is not None else tuple(enum)
        for member in options:
            if value == member.value:
                return member
        self.fail(key, invalid_choice(value, [str(m.value) for m in options]))

    def strings(self, key: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self._wrong(key, "list")
        items = tuple(nfc(v).strip() for v in value)
        if not items or not all(items):
            self.fail(key, EMPTY)
        for item in items:
            if allowed is not None and item not in allowed:
                self.fail(key, invalid_choice(item, list(allowed)))
        return items

    def table_at(self, key: str) -> Fields:
        value = self._get(key)
        if not isinstance(value, dict):
            self._wrong(key, "table")
        return Fields(self.path, value, self.rule, self.name(key))

    def tables(self, key: str) -> list[Fields]:
        value = self._get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self._wrong(key, "tables")
        if not value:
            self.fail(key, EMPTY)
        return [
            Fields(self.path, item, self.rule, f"{self.name(key)}[{i}]")
            for i, item in enumerate(value, start=1)
        ]


def invalid_choice(value: object, options: list[str]) -> Text:
    return problem(
        "giá trị «{v}» không hợp lệ; chọn một trong: {o}.",
        "'{v}' is not valid; choose one of: {o}.",
        v=value,
        o=", ".join(options),
    )
