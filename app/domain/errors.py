"""Errors meant for people: each names what is wrong in the user's language."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.i18n import DEFAULT_LANG, Msg, Text


class AtttError(Exception):
    """Base of every error the app reports to a person (CLI: exit 1 with one line)."""

    def __init__(self, message: Text, **params: object) -> None:
        self.text = message
        self.params = params
        super().__init__(message.format("en", **params))

    def message(self, lang: str = DEFAULT_LANG) -> str:
        return self.text.format(lang, **self.params)


@dataclass(frozen=True)
class FieldError:
    """One broken rule: the record kind, which record, which field, and what is wrong."""

    kind: str
    field: str
    field_label: Text
    problem: Text
    record: Text | None = None  # which record: its kind and title (or id)
    params: tuple[tuple[str, object], ...] = ()

    def message(self, lang: str = DEFAULT_LANG) -> str:
        problem = self.problem.format(lang, **dict(self.params)).rstrip(".")
        where = f"{self.record.get(lang)}: " if self.record else ""
        label = self.field_label.get(lang)
        return f"{where}{label}: {problem}" if label else f"{where}{problem}"


class ValidationError(AtttError):
    """A record (or a file of records) broke one or more rules; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__(Text("{detail}", "{detail}"), detail="")

    def message(self, lang: str = DEFAULT_LANG) -> str:
        return "; ".join(e.message(lang) for e in self.errors) + "."

    def __str__(self) -> str:
        return self.message("en")


NOT_FOUND = Text("Không tìm thấy {what} có mã {id}.", "No {what} with id {id}.")
DATA_FILE = Text("Tệp dữ liệu {path}: {problem}", "Data file {path}: {problem}")
DATABASE = Text("Cơ sở dữ liệu {path}: {problem}", "Database {path}: {problem}")
UNEXPECTED = Text(
    "Lỗi không mong đợi: {error}. Chi tiết ghi trong {log}.",
    "Unexpected error: {error}. Details are in {log}.",
)


TOO_MANY_DIGITS = Text(
    "một số trong tệp dài quá {limit} chữ số.", "a number in the file has more than {limit} digits."
)


def json_problem(error: ValueError) -> Msg:
    """What is wrong with a JSON text Python refuses to read: a number over its digit limit
    (4,300), or the reader's own words for a syntax error."""
    if "digits" in str(error) and type(error).__name__ != "JSONDecodeError":
        return TOO_MANY_DIGITS.with_(limit=4300)
    return Text("{detail}", "{detail}").with_(detail=str(error)[:120])


MAX_DEPTH = 32  # arrays and objects inside one another; the formats need fewer than ten
TOO_DEEP = Text(
    "dữ liệu lồng nhau quá {limit} tầng.", "the data is nested more than {limit} levels deep."
)
SURROGATE = Text(
    "văn bản tại {where} chứa ký tự Unicode không hợp lệ ({code}, nửa cặp thay thế đứng một mình).",
    "the text at {where} holds an invalid Unicode character ({code}, an unpaired surrogate).",
)
_SURROGATE = re.compile("[\ud800-\udfff]")


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _plainly_fine(value: object, source: str) -> bool:
    """No escape in *source* (the JSON text *value* was read from) that could make a surrogate,
    and no nesting past MAX_DEPTH: looked for without walking every text of the document."""
    if _SURROGATE_ESCAPE.search(source):
        return False
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth >= MAX_DEPTH:
            return False
        if isinstance(node, dict):
            items: Iterable[object] = node.values()
        elif isinstance(node, list):
            items = node
        else:
            continue
        stack.extend((v, depth + 1) for v in items if isinstance(v, dict | list))
    return True


def json_shape_problem(value: object, source: str | None = None) -> Msg | None:
    """What no JSON document of the app may hold, though the JSON reader lets it through: text
    with an unpaired surrogate (written as an escape such as \\ud800; it is not Unicode and
    cannot be stored or shown), or nesting deeper than MAX_DEPTH. The first one, in the
    document's order; None when there is none. With *source*, the text *value* was read from,
    a document with no such escape is only checked for its depth (quickly)."""
    if source is not None and isinstance(value, dict | list) and _plainly_fine(value, source):
        return None
    stack: list[tuple[object, str, int]] = [(value, "", 0)]
    while stack:
        node, where, depth = stack.pop()
        if isinstance(node, str):
            found = _SURROGATE.search(node)
            if found:
                shown = where if len(where) <= 120 else where[:119] + "…"
                return SURROGATE.with_(where=shown or "/", code=f"U+{ord(found.group()):04X}")
        elif isinstance(node, dict | list):
            if depth >= MAX_DEPTH:
                return TOO_DEEP.with_(limit=MAX_DEPTH)
            items = enumerate(node) if isinstance(node, list) else node.items()
            inner = [
                (
                    f"{where}[{k}]" if isinstance(k, int) else f"{where}.{k}" if where else str(k),
                    k,
                    v,
                )
                for k, v in items
            ]
            for path, key, item in reversed(inner):
                stack.append((item, path, depth + 1))
                if isinstance(key, str) and _SURROGATE.search(key):
                    stack.append((key, _SURROGATE.sub("\ufffd", path), depth + 1))
    return None
