"""Reading a template text into lines, loops and conditions (the language: engine.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.documents.templates.filters import FILTERS
from app.domain.text import nfc
from app.i18n import Text

_IDENT = r"[a-z_][a-z0-9_]*"
_PATH = re.compile(rf"{_IDENT}(?:\.{_IDENT})*")
_NAME = re.compile(r"@([a-z0-9][a-z0-9-]*)")
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_DIRECTIVE = re.compile(r"\{%(.*)%\}")
_FOR = re.compile(rf"for\s+({_IDENT})\s+in\s+({_PATH.pattern})")
_IF = re.compile(rf"if\s+(not\s+)?({_PATH.pattern})")


class SyntaxProblem(Exception):
    """A template text that cannot be read, at a line (1-based) of the text."""

    def __init__(self, line: int, problem: Text) -> None:
        super().__init__(problem.en)
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class Slot:
    """A placeholder: a value's path or a named text's key, and its filters in order."""

    path: str
    name: str
    filters: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class Line:
    parts: tuple[str | Slot, ...]
    number: int

    @property
    def table_row(self) -> bool:
        first = self.parts[0] if self.parts else ""
        return isinstance(first, str) and first.lstrip().startswith("|")


@dataclass(frozen=True)
class Loop:
    var: str
    path: str
    body: tuple[Node, ...]
    number: int


@dataclass(frozen=True)
class Cond:
    negate: bool
    path: str
    then: tuple[Node, ...]
    otherwise: tuple[Node, ...]
    number: int


Node = Line | Loop | Cond


@dataclass(frozen=True)
class Program:
    """A parsed template text."""

    source: str
    nodes: tuple[Node, ...]
    names: frozenset[str]  # the named texts it refers to

    @property
    def roots(self) -> frozenset[str]:
        """The first names of the values it reads (`incident` for `{incident.code}`), loop
        variables included: what the values given to it must hold at least."""
        found: set[str] = set()

        def walk(nodes: tuple[Node, ...]) -> None:
            for node in nodes:
                if isinstance(node, Line):
                    found.update(
                        p.path.split(".")[0] for p in node.parts if isinstance(p, Slot) and p.path
                    )
                elif isinstance(node, Loop):
                    found.add(node.path.split(".")[0])
                    walk(node.body)
                else:
                    found.add(node.path.split(".")[0])
                    walk(node.then)
                    walk(node.otherwise)

        walk(self.nodes)
        return frozenset(found)


def _slot(spec: str, line: int) -> Slot:
    head, *rest = spec.split("|")
    head = head.strip()
    filters: list[tuple[str, str | None]] = []
    for item in rest:
        name, colon, arg = item.partition(":")
        name = name.strip()
        if name not in FILTERS:
            raise SyntaxProblem(
                line,
                Text(
                    f"không có bộ lọc «{name}»; dùng một trong: {', '.join(FILTERS)}.",
                    f"there is no filter '{name}'; use one of: {', '.join(FILTERS)}.",
                ),
            )
        filters.append((name, arg if colon else None))
    if named := _NAME.fullmatch(head):
        return Slot("", named.group(1), tuple(filters))
    if not _PATH.fullmatch(head):
        raise SyntaxProblem(
            line,
            Text(
                f"«{{{spec}}}» không phải chỗ điền hợp lệ (ví dụ {{incident.code}}); "
                "muốn in dấu ngoặc nhọn hãy viết {{ hoặc }}.",
                f"'{{{spec}}}' is not a valid placeholder (e.g. {{incident.code}}); "
                "write {{ or }} for a literal brace.",
            ),
        )
    return Slot(head, "", tuple(filters))


def _line(text: str, number: int) -> Line:
    parts: list[str | Slot] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        parts.append(text[pos : match.start()])
        token = match.group(0)
        if token in ("{{", "}}"):
            parts.append(token[0])
        elif match.group(1) is None:
            raise SyntaxProblem(
                number,
                Text(
                    "dấu ngoặc nhọn lẻ; muốn in dấu ngoặc nhọn hãy viết {{ hoặc }}.",
                    "unpaired brace; write {{ or }} for a literal brace.",
                ),
            )
        else:
            parts.append(_slot(match.group(1), number))
        pos = match.end()
    parts.append(text[pos:])
    merged: list[str | Slot] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return Line(tuple(merged), number)


def parse(text: str, *, multiline: bool = True) -> Program:
    """Read a template text; a problem raises :class:`SyntaxProblem` with its line."""
    source = nfc(text)
    lines = source.split("\n")
    if not multiline and len(lines) > 1:
        raise SyntaxProblem(2, Text("phải viết trên một dòng.", "must be a single line."))
    # Each open block: (keyword, header, then-nodes, else-nodes or None, line).
    stack: list[tuple[str, re.Match[str], list[Node], list[Node] | None, int]] = []
    root: list[Node] = []
    names: set[str] = set()

    def current() -> list[Node]:
        if not stack:
            return root
        _, _, then, otherwise, _ = stack[-1]
        return otherwise if otherwise is not None else then

    for number, raw in enumerate(lines, start=1):
        directive = _DIRECTIVE.fullmatch(raw.strip())
        if directive is None:
            line = _line(raw, number)
            names.update(p.name for p in line.parts if isinstance(p, Slot) and p.name)
            current().append(line)
            continue
        if not multiline:
            raise SyntaxProblem(
                number, Text("không dùng {% … %} ở trường này.", "no {% … %} in this field.")
            )
        words = directive.group(1).strip()
        if match := _FOR.fullmatch(words):
            stack.append(("for", match, [], None, number))
        elif match := _IF.fullmatch(words):
            stack.append(("if", match, [], None, number))
        elif words == "else" and stack and stack[-1][0] == "if" and stack[-1][3] is None:
            stack[-1] = (*stack[-1][:3], [], stack[-1][4])
        elif words in ("endfor", "endif") and stack and stack[-1][0] == words[3:]:
            keyword, match, then, otherwise, start = stack.pop()
            node: Node
            if keyword == "for":
                node = Loop(match.group(1), match.group(2), tuple(then), start)
            else:
                node = Cond(
                    bool(match.group(1)), match.group(2), tuple(then), tuple(otherwise or ()), start
                )
            current().append(node)
        else:
            raise SyntaxProblem(number, _unexpected(words, stack[-1][0] if stack else ""))
    if stack:
        keyword, _, _, _, start = stack[-1]
        raise SyntaxProblem(
            start,
            Text(
                f"khối {{% {keyword} %}} chưa được đóng bằng {{% end{keyword} %}}.",
                f"the {{% {keyword} %}} block is never closed with {{% end{keyword} %}}.",
            ),
        )
    return Program(source, tuple(root), frozenset(names))


def _unexpected(words: str, open_block: str) -> Text:
    expected = f"{{% end{open_block} %}}" if open_block else "—"
    return Text(
        f"không hiểu «{{% {words} %}}» (chỉ có for … in …, if, if not, else, endfor, endif; "
        f"khối đang mở cần {expected}).",
        f"cannot read '{{% {words} %}}' (only for … in …, if, if not, else, endfor, endif; "
        f"the open block needs {expected}).",
    )
