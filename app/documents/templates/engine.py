"""The small language of document templates: placeholders, loops and conditions, nothing else.

No code runs: a template can only name values the app hands it (a tree of dicts, lists, strings,
numbers and booleans), pass them through a fixed set of filters, repeat lines for each entry of
a list and keep or drop lines on a condition (docs/templates.md, "The language").

- `{incident.code}`, `{team.size|two}`, `{s.domains|or:không có}`: a value, through filters;
- `{@cong-an-tinh}`: a named text in force on the document's date (recipients, legal bases);
- `{{` and `}}`: literal braces;
- lines that hold only `{% for s in systems %}` … `{% endfor %}`, `{% if [not] path %}` …
  `{% else %}` … `{% endif %}` repeat or choose the lines between them.

Filled into a body, every value is made safe for the body markup: an asterisk or a backslash
prints as itself, a value never starts a list entry or a heading, and in a table row a vertical
bar stays inside its cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from app.documents.layout import LIST_MARKER
from app.documents.templates.filters import FILTERS, RenderProblem, to_text
from app.documents.templates.model import Filled, Template, TemplateError, TemplateSet
from app.documents.templates.syntax import Cond, Line, Loop, Node, Program, Slot
from app.domain.text import nfc
from app.i18n import Text

_ITEM_START = re.compile(rf"({LIST_MARKER.pattern})\s")


class MissingName(RenderProblem):
    """A named text (`{@key}`) has no version in force on the document's date."""


def markup_safe(text: str, *, line_start: bool, table: bool) -> str:
    """A value as body markup that prints exactly as the value reads."""
    text = text.replace("\\", "\\\\").replace("*", "\\*")
    if table:
        text = text.replace("|", "\\|")
    if line_start:
        if text.startswith(("#", "|")):
            return "\\" + text
        if item := _ITEM_START.match(text):
            cut = item.end(1) - 1
            return text[:cut] + "\\" + text[cut:]
    return text


Names = Callable[[str], Program | None]


def _labelled(line: Line) -> bool:
    """A line that labels its values ("- Địa chỉ: {unit.address}."): it has values, is not a
    table row, and its own text ends a label with a colon."""
    text = "".join(p for p in line.parts if isinstance(p, str))
    has_slot = any(not isinstance(p, str) for p in line.parts)
    return has_slot and not line.table_row and ":" in text


class _Renderer:
    def __init__(self, context: Mapping[str, Any], names: Names, markup: bool) -> None:
        self.scopes: list[Mapping[str, Any]] = [context]
        self.names = names
        self.markup = markup

    def lookup(self, path: str, line: int) -> Any:
        first, *rest = path.split(".")
        scope = next((s for s in reversed(self.scopes) if first in s), None)
        if scope is None:
            raise RenderProblem(
                Text(f"không có giá trị «{path}».", f"there is no value '{path}'."), line
            )
        value, walked = scope[first], first
        for key in rest:
            if not isinstance(value, Mapping) or key not in value:
                raise RenderProblem(
                    Text(
                        f"không có giá trị «{path}» («{walked}» không có trường «{key}»).",
                        f"there is no value '{path}' ('{walked}' has no field '{key}').",
                    ),
                    line,
                )
            value, walked = value[key], f"{walked}.{key}"
        return value

    def slot(self, slot: Slot, line: int) -> str:
        if slot.name:
            program = self.names(slot.name)
            if program is None:
                raise MissingName(
                    Text(
                        f"không có nội dung «@{slot.name}» áp dụng vào ngày của văn bản.",
                        f"no text '@{slot.name}' is in force on the document's date.",
                    ),
                    line,
                )
            value: Any = _Renderer(self.scopes[0], self.names, markup=False).text(program)
        else:
            value = self.lookup(slot.path, line)
        for name, arg in slot.filters:
            value = FILTERS[name](value, arg, line)
        return " ".join(to_text(value, slot.path or slot.name, line).split())

    def line(self, line: Line) -> str | None:
        """The line filled; None for a labelled line whose every value is empty ("- Địa chỉ:
        {unit.address}." with no address prints nothing, not "Địa chỉ: .")."""
        out = ""
        filled = False
        for part in line.parts:
            if isinstance(part, str):
                out += part
                continue
            value = self.slot(part, line.number)
            filled = filled or bool(value.strip())
            if self.markup:
                value = markup_safe(value, line_start=not out.strip(), table=line.table_row)
            out += value
        if not filled and _labelled(line):
            return None
        return out

    def nodes(self, nodes: Sequence[Node]) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if isinstance(node, Line):
                text = self.line(node)
                if text is not None:
                    out.append(text)
            elif isinstance(node, Cond):
                chosen = bool(self.lookup(node.path, node.number)) != node.negate
                out += self.nodes(node.then if chosen else node.otherwise)
            else:
                out += self.loop(node)
        return out

    def loop(self, node: Loop) -> list[str]:
        items = self.lookup(node.path, node.number)
        if not isinstance(items, list | tuple):
            raise RenderProblem(
                Text(
                    f"«{node.path}» không phải một danh sách để lặp.",
                    f"'{node.path}' is not a list to repeat over.",
                ),
                node.number,
            )
        out: list[str] = []
        for index, item in enumerate(items, start=1):
            last = index == len(items)
            loop = {
                "index": index,
                "first": index == 1,
                "last": last,
                "count": len(items),
                "end": "." if last else ";",
            }
            self.scopes.append({node.var: item, "loop": loop})
            try:
                out += self.nodes(node.body)
            finally:
                self.scopes.pop()
        return out

    def text(self, program: Program) -> str:
        return "\n".join(self.nodes(program.nodes))


def render(
    program: Program, context: Mapping[str, Any], *, names: Names, markup: bool = False
) -> str:
    """Fill *program* from *context*; *markup* makes every value safe for the body markup.

    Raises :class:`RenderProblem` (with its line) for a missing value, a wrong type or a named
    text not in force (:class:`MissingName`)."""
    return nfc(_Renderer(context, names, markup).text(program))


def render_entries(program: Program, context: Mapping[str, Any], *, names: Names) -> list[str]:
    """A list entry (a recipient, a copy): the entry's text, or, when the entry is a single
    placeholder naming a list (`{incident.owners}`), one entry per item. An entry naming a text
    not in force on the date, or that fills to nothing, gives no entry."""
    nodes = program.nodes
    if len(nodes) == 1 and isinstance(nodes[0], Line) and len(nodes[0].parts) == 1:
        slot = nodes[0].parts[0]
        if isinstance(slot, Slot) and slot.path and not slot.filters:
            value = _Renderer(context, names, markup=False).lookup(slot.path, 1)
            if isinstance(value, list | tuple):
                items = (" ".join(to_text(v, slot.path).split()) for v in value)
                return [nfc(item) for item in items if item]
    try:
        text = render(program, context, names=names).strip()
    except MissingName:
        return []
    return [text] if text else []


def fill(
    templates: TemplateSet,
    template: Template,
    values: Mapping[str, Any],
    day: dt.date,
    *,
    dates: Mapping[str, dt.date] | None = None,
) -> Filled:
    """*template* filled from *values* for a document of *day*; named texts that follow another
    date take it from *dates* (`{"incident": detected}`). A problem raises
    :class:`TemplateError` naming the template, the field and the line."""

    def names(key: str) -> Program | None:
        entry = templates.name_on(key, day, dates)
        return None if entry is None else entry.text

    def failing(field: str, problem: RenderProblem) -> TemplateError:
        line = template.body_line + problem.line - 1 if field == "body" and problem.line else 0
        return TemplateError(
            template.path, problem.problem, template=template.id, field=field, line=line
        )

    def entries(field: str, programs: tuple[Program, ...]) -> tuple[str, ...]:
        out: list[str] = []
        for index, program in enumerate(programs, start=1):
            try:
                out += render_entries(program, values, names=names)
            except RenderProblem as problem:
                raise failing(f"{field}[{index}]", problem) from None
        return tuple(dict.fromkeys(out))  # the same body named twice is listed once

    def one(field: str, program: Program | None, *, markup: bool = False) -> str:
        if program is None:
            return ""
        try:
            return render(program, values, names=names, markup=markup).strip()
        except RenderProblem as problem:
            raise failing(field, problem) from None

    return Filled(
        template=template.id,
        doc_type=template.doc_type,
        subject=one("subject", template.subject),
        urgency=template.urgency,
        recipients=entries("recipients", template.recipients),
        copies_to=entries("copies", template.copies),
        body=one("body", template.body, markup=True),
        notes=one("notes", template.notes),
    )
