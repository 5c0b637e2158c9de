"""Checked access to one table of a template file: every problem raises a
:class:`TemplateError` naming the file, the template, the field and the line."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

from app.documents.templates.model import TemplateError
from app.documents.templates.syntax import Program, SyntaxProblem, parse
from app.domain.text import nfc
from app.i18n import Text


def problem(vi: str, en: str) -> Text:
    return Text(vi, en)


class Fields:
    """Checked access to one table of a template file."""

    def __init__(self, path: Path, table: dict[str, Any], template: str = "", prefix: str = ""):
        self.path, self.table, self.template, self.prefix = path, table, template, prefix

    def fail(self, key: str, why: Text, line: int = 0) -> NoReturn:
        raise TemplateError(
            self.path, why, template=self.template, field=self.prefix + key, line=line
        )

    def check_keys(self, allowed: frozenset[str]) -> None:
        for key in self.table:
            if key not in allowed:
                self.fail(
                    key,
                    problem(
                        "trường không được hỗ trợ (có thể viết sai tên).",
                        "unknown field (misspelt?).",
                    ),
                )

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.table:
            if default is not None:
                return default
            self.fail(key, problem("thiếu trường bắt buộc.", "required field is missing."))
        value = self.table[key]
        if not isinstance(value, str):
            self.fail(key, problem("phải là một chuỗi văn bản.", "must be a string."))
        value = nfc(value).strip()
        if not value and default is None:
            self.fail(key, problem("không được để trống.", "must not be empty."))
        return value

    def choice(self, key: str, options: Iterable[str], default: str | None = None) -> str:
        value = self.text(key, default)
        allowed = list(options)
        if value not in allowed:
            shown = ", ".join(f"«{a}»" for a in allowed)
            self.fail(
                key,
                Text(
                    f"giá trị «{value}» không hợp lệ; chọn một trong: {shown}.",
                    f"'{value}' is not valid; choose one of: {shown}.",
                ),
            )
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.table.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.fail(
                key, problem("phải là một ngày dạng YYYY-MM-DD.", "must be a date as YYYY-MM-DD.")
            )
        return value

    def program(self, key: str, text: str, *, multiline: bool = False) -> Program:
        try:
            return parse(text, multiline=multiline)
        except SyntaxProblem as problem:
            line = field_line(self.path, key, text) + problem.line - 1 if multiline else 0
            self.fail(key, problem.problem, line)

    def programs(self, key: str) -> tuple[Program, ...]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(
                key, problem("phải là một danh sách chuỗi văn bản.", "must be a list of strings.")
            )
        out = []
        for index, item in enumerate(value, start=1):
            text = nfc(item).strip()
            if not text:
                self.fail(f"{key}[{index}]", problem("không được để trống.", "must not be empty."))
            if text.startswith("@"):
                text = "{" + text + "}"  # "@cong-an-tinh" is short for "{@cong-an-tinh}"
            out.append(self.program(f"{key}[{index}]", text))
        return tuple(out)


def field_line(path: Path, key: str, text: str) -> int:
    """The line of *path* where the multi-line value *text* of *key* starts (1 when it cannot
    be found), so that a problem is reported at the line an editor shows."""
    try:
        raw = nfc(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return 1
    start = re.search(rf"^{re.escape(key)}\s*=", raw, re.MULTILINE)
    first = next((line for line in text.split("\n") if line.strip()), "")
    if start is None or not first:
        return 1
    found = raw.find(first, start.end())
    return raw.count("\n", 0, found) + 1 if found >= 0 else 1
