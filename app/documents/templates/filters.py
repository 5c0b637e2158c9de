"""The filters a placeholder may pass its value through (`{team.size|two}`), and how a value
becomes text. The list is closed: a template cannot add code."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from app.i18n import Text


class RenderProblem(Exception):
    """A template that cannot be filled from the data it was given, at a line of its text."""

    def __init__(self, problem: Text, line: int = 0) -> None:
        super().__init__(problem.en)
        self.problem = problem
        self.line = line


def to_text(value: Any, path: str = "", line: int = 0) -> str:
    """How a value prints: yes/no as "có"/"không", a list as "a, b, c", nothing as nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int | float | str):
        return str(value)
    if isinstance(value, list | tuple):
        return ", ".join(t for t in (to_text(v, path, line) for v in value) if t)
    if isinstance(value, Mapping):
        fields = ", ".join(str(k) for k in value)
        raise RenderProblem(
            Text(
                f"«{path}» là một nhóm giá trị; hãy chọn một trường của nó: {fields}.",
                f"'{path}' is a group of values; name one of its fields: {fields}.",
            ),
            line,
        )
    return str(value)


def _first(text: str, upper: bool) -> str:
    if not text:
        return text
    if not upper and len(text) > 1 and text[1].isupper():
        return text  # an acronym ("UBND …") keeps its case
    return (text[0].upper() if upper else text[0].lower()) + text[1:]


def _number(value: Any, name: str, line: int) -> int:
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int):
        raise RenderProblem(
            Text(
                f"bộ lọc «{name}» cần một số, không phải «{to_text(value)}».",
                f"the filter '{name}' needs a number, not '{to_text(value)}'.",
            ),
            line,
        )
    return value


def _list(value: Any, name: str, line: int) -> list[Any]:
    if not isinstance(value, list | tuple):
        raise RenderProblem(
            Text(f"bộ lọc «{name}» cần một danh sách.", f"the filter '{name}' needs a list."), line
        )
    return list(value)


def _two(value: Any, _arg: str | None, line: int) -> str:
    """Counts as official letters write them: `01`, `05`, `12` (seeds 001, 003)."""
    return f"{_number(value, 'two', line):02d}"


def _many(value: Any, arg: str | None, line: int) -> str:
    """A count with its noun as an officer writes it: `02 lỗ hổng`, and for none `không có lỗ
    hổng` rather than `00 lỗ hổng`."""
    count = _number(value, "many", line)
    noun = (arg or "").strip()
    return f"không có {noun}" if count == 0 else f"{count:02d} {noun}".rstrip()


def _grouped(value: Any, _arg: str | None, line: int) -> str:
    """`1.200.000`: thousands grouped with dots, as Vietnamese writes money."""
    return f"{_number(value, 'grouped', line):,}".replace(",", ".")


def _lines(value: Any, _arg: str | None, _line: int) -> str:
    """A multi-line text as one run: lines joined with "; "."""
    parts = [part.strip().rstrip(";.").strip() for part in to_text(value).splitlines()]
    return "; ".join(p for p in parts if p)


def _or(value: Any, arg: str | None, _line: int) -> Any:
    """The value, or the filter's text when the value is empty."""
    return value if to_text(value).strip() else (arg or "")


def _join(value: Any, arg: str | None, line: int) -> str:
    items = (to_text(v) for v in _list(value, "join", line))
    return (", " if arg is None else arg).join(t for t in items if t)


def _count(value: Any, _arg: str | None, line: int) -> int:
    return len(_list(value, "count", line))


Filter = Callable[[Any, str | None, int], Any]

FILTERS: dict[str, Filter] = {
    "upper": lambda v, _a, _l: to_text(v).upper(),
    "lower": lambda v, _a, _l: to_text(v).lower(),
    "cap": lambda v, _a, _l: _first(to_text(v), upper=True),
    "lcfirst": lambda v, _a, _l: _first(to_text(v), upper=False),
    "two": _two,
    "many": _many,
    "grouped": _grouped,
    "lines": _lines,
    "or": _or,
    "join": _join,
    "count": _count,
}
