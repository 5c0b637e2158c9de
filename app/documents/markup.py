"""The body markup officers type, and its exact way back (docs/documents.md, "Body markup").

Blocks are separated by blank lines. A block is a paragraph (its lines are joined with spaces),
a heading (`# …`, `## …`), a list (lines starting with `- `, `+ `, `1. `, `1.2. `, `a) `, `I. `;
a line without a marker continues the entry above), or a table (lines starting with `|`, the
first row is the header, `|---|:---:|---:|` sets left, centred and right columns). Inside text,
`**bold**`, `*italic*` and `***both***`; a backslash before punctuation prints it as typed
(`\\*`, `\\|`, `\\#`). An asterisk that opens and never closes is printed as an asterisk.

Nothing here can fail on input: any text parses, and `parse_body(body_markup(blocks))` gives
`blocks` back for canonical blocks (the form :func:`parse_body` returns).
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence

from app.documents.layout import (
    LIST_MARKER,
    Align,
    Block,
    Cell,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Runs,
    Table,
)
from app.domain.text import nfc

_PUNCTUATION = frozenset(string.punctuation)
_SPACES = re.compile(r"[^\S\u00a0]+")  # white space except the no-break space, which is meant
_HEADING = re.compile(r"(#{1,2})\s+(.*)")
_ITEM = re.compile(rf"({LIST_MARKER.pattern})\s+(.*)")
_ALIGN_CELL = re.compile(r":?-{3,}:?")
_TOGGLES = {1: (False, True), 2: (True, False), 3: (True, True)}
_GROUPS = {(True, False): "**", (False, True): "*", (True, True): "***"}


def canonical_runs(runs: Iterable[Run]) -> Runs:
    """NFC; white space folded to single spaces and trimmed; same-style neighbours merged."""
    out: list[Run] = []
    for run in runs:
        text = _SPACES.sub(" ", nfc(run.text))
        if out and out[-1].text.endswith(" ") and text.startswith(" "):
            text = text[1:]
        if not text:
            continue
        if out and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
            out[-1] = Run(out[-1].text + text, run.bold, run.italic)
        else:
            out.append(Run(text, run.bold, run.italic))
    # At the edges even a no-break space means nothing (the parser strips each line).
    while out and not out[0].text.strip():
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = Run(out[0].text.lstrip(), out[0].bold, out[0].italic)
        out[-1] = Run(out[-1].text.rstrip(), out[-1].bold, out[-1].italic)
    return tuple(out)


def parse_inline(text: str) -> Runs:
    """`Căn cứ **Chỉ thị số 18/CT-TTg**` -> runs with their styles."""
    tokens: list[str | int] = []  # text, or the length of a run of asterisks
    buf: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _PUNCTUATION:
            buf.append(text[i + 1])
            i += 2
        elif ch == "*":
            end = i
            while end < len(text) and text[end] == "*":
                end += 1
            if buf:
                tokens.append("".join(buf))
                buf = []
            tokens.append(end - i if end - i <= 3 else "*" * (end - i))
            i = end
        else:
            buf.append(ch)
            i += 1
    if buf:
        tokens.append("".join(buf))
    return canonical_runs(_resolve(tokens))


def _resolve(tokens: list[str | int]) -> list[Run]:
    """Apply the asterisk toggles; a group that leaves a style open becomes literal text."""
    while True:
        bold = italic = False
        openers = {"bold": -1, "italic": -1}
        runs: list[Run] = []
        for index, token in enumerate(tokens):
            if isinstance(token, str):
                runs.append(Run(token, bold, italic))
                continue
            flip_bold, flip_italic = _TOGGLES[token]
            if flip_bold:
                bold = not bold
                openers["bold"] = index if bold else -1
            if flip_italic:
                italic = not italic
                openers["italic"] = index if italic else -1
        if not bold and not italic:
            return runs
        culprit = max(openers.values())
        tokens[culprit] = "*" * int(tokens[culprit])


def _escape(text: str, extra: str = "") -> str:
    out = text.replace("\\", "\\\\").replace("*", "\\*")
    for ch in extra:
        out = out.replace(ch, "\\" + ch)
    return out


def inline_markup(runs: Iterable[Run], *, extra: str = "") -> str:
    """The inverse of :func:`parse_inline`; *extra* characters are escaped too (`|` in cells)."""
    parts: list[str] = []
    style = (False, False)
    for run in canonical_runs(runs):
        new = (run.bold, run.italic)
        flip = (style[0] != new[0], style[1] != new[1])
        if flip in _GROUPS:
            parts.append(_GROUPS[flip])
        parts.append(_escape(run.text, extra))
        style = new
    if style in _GROUPS:
        parts.append(_GROUPS[style])
    return "".join(parts)


def _line_safe(line: str) -> str:
    """Escape what would make a paragraph line read as a heading, a table or a list entry."""
    if line.startswith(("#", "|")):
        return "\\" + line
    match = _ITEM.match(line)
    if match:
        cut = match.end(1) - 1
        return line[:cut] + "\\" + line[cut:]
    return line


def _split_row(line: str) -> list[str]:
    """`| a | b \\| c |` -> `[" a ", " b \\| c "]`: cells keep their escapes for the inline pass."""
    cells: list[str] = []
    buf: list[str] = []
    closed = False  # the line ended on a separator
    i = 0
    while i < len(line):
        closed = False
        if line[i] == "\\" and i + 1 < len(line):
            buf.append(line[i : i + 2])
            i += 2
            continue
        if line[i] == "|":
            cells.append("".join(buf))
            buf, closed = [], True
        else:
            buf.append(line[i])
        i += 1
    if not closed:
        cells.append("".join(buf))
    return cells[1:]


def _table(lines: Sequence[str]) -> Table:
    rows: list[list[Cell]] = []
    aligns: list[Align] = []
    for line in lines:
        cells = [c.strip() for c in _split_row(line)]
        if cells and all(_ALIGN_CELL.fullmatch(c) for c in cells):
            if not aligns and not rows[1:]:
                aligns = [_align_of(c) for c in cells]
            continue
        rows.append([parse_inline(c) for c in cells])
    if not rows:
        rows = [[()] * max(len(aligns), 1)]
    cols = max(1, *(len(r) for r in rows))
    rows = [r + [()] * (cols - len(r)) for r in rows]
    aligns = (aligns + [Align.LEFT] * cols)[:cols]
    canonical_aligns = tuple(aligns) if any(a is not Align.LEFT for a in aligns) else ()
    return Table(tuple(rows[0]), tuple(tuple(r) for r in rows[1:]), canonical_aligns)


def _align_of(cell: str) -> Align:
    if cell.startswith(":") and cell.endswith(":") and len(cell) > 1:
        return Align.CENTER
    return Align.RIGHT if cell.endswith(":") else Align.LEFT


def parse_body(text: str) -> tuple[Block, ...]:
    """Markup -> blocks. Empty paragraphs, headings and list entries are dropped."""
    blocks: list[Block] = []
    kind = ""  # what the open block is: "p", "list", "table" or "" for none
    lines: list[str] = []
    items: list[tuple[str, list[str]]] = []

    def close() -> None:
        nonlocal kind, lines, items
        if kind == "p" and (runs := parse_inline(" ".join(lines))):
            blocks.append(Paragraph(runs))
        elif kind == "table":
            blocks.append(_table(lines))
        elif kind == "list":
            parsed = [ListItem(parse_inline(" ".join(t)), m) for m, t in items]
            if entries := tuple(item for item in parsed if item.runs):
                blocks.append(ListBlock(entries))
        kind, lines, items = "", [], []

    for raw in nfc(text).splitlines():
        line = raw.strip()
        heading, item = _HEADING.fullmatch(line), _ITEM.fullmatch(line)
        if not line:
            close()
        elif heading:
            close()
            if runs := parse_inline(heading.group(2)):
                blocks.append(Heading(runs, len(heading.group(1))))
        elif line.startswith("|"):
            if kind != "table":
                close()
                kind = "table"
            lines.append(line)
        elif item:
            if kind != "list":
                close()
                kind = "list"
            items.append((item.group(1), [item.group(2)]))
        elif kind == "list":
            items[-1][1].append(line)
        else:
            if kind != "p":
                close()
                kind = "p"
            lines.append(line)
    close()
    return tuple(blocks)


def _table_markup(table: Table) -> str:
    def row(cells: Iterable[Cell]) -> str:
        texts = [inline_markup(c, extra="|") for c in cells]
        if all(_ALIGN_CELL.fullmatch(t) for t in texts):  # a row of dashes is not a rule
            texts = ["\\" + t for t in texts]
        return "| " + " | ".join(texts) + " |"

    marks = {Align.LEFT: "---", Align.CENTER: ":---:", Align.RIGHT: "---:"}
    rule = "|" + "|".join(marks[table.align(c)] for c in range(table.columns)) + "|"
    return "\n".join([row(table.header), rule, *(row(r) for r in table.rows)])


def block_markup(block: Block) -> str:
    """One block as markup (no blank lines inside)."""
    if isinstance(block, Paragraph):
        return _line_safe(inline_markup(block.runs))
    if isinstance(block, Heading):
        return "#" * block.level + " " + inline_markup(block.runs)
    if isinstance(block, ListBlock):
        return "\n".join(f"{i.marker} {inline_markup(i.runs)}" for i in block.items)
    return _table_markup(block)


def body_markup(blocks: Iterable[Block]) -> str:
    """Blocks -> markup, one blank line between blocks; the inverse of :func:`parse_body`."""
    return nfc("\n\n".join(block_markup(b) for b in blocks))
