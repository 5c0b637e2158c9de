"""Vietnamese text helpers: NFC normalisation, search folding, alphabetical sort keys."""

from __future__ import annotations

import re
import unicodedata

# Vietnamese alphabet order (base letters), then tones in dictionary order:
# ngang, huyền, hỏi, ngã, sắc, nặng.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_BASE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)


def nfc(value: str) -> str:
    """Return *value* in Unicode NFC (the only form the app stores or prints)."""
    return unicodedata.normalize("NFC", value)


def clean(value: str | None) -> str:
    """NFC, with surrounding white space removed and inner runs of spaces folded to one."""
    if value is None:
        return ""
    return " ".join(nfc(value).split())


# The combining marks of U+0300–U+036F (every Vietnamese tone and vowel mark among them),
# removed in one pass; any other combining character is looked for only in text that has one.
_MARKS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]"
)


def fold(value: str) -> str:
    """Fold case and diacritics, đ included: "Đồng" -> "dong", "sự cố" -> "su co"."""
    value = nfc(value).replace("đ", "d").replace("Đ", "D")
    stripped = _MARKS.sub("", unicodedata.normalize("NFD", value))
    if not stripped.isascii():
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def matches(query: str, *haystacks: str) -> bool:
    """True when every folded word of *query* occurs in the folded *haystacks*."""
    text = fold(" ".join(h for h in haystacks if h))
    return all(word in text for word in fold(query).split())


_LETTER_KEYS: dict[str, tuple[int, int]] = {}


def _letter_key(ch: str) -> tuple[int, int]:
    """The (letter, tone) rank of one character, worked out once per character."""
    found = _LETTER_KEYS.get(ch)
    if found is None:
        found = _LETTER_KEYS[ch] = _rank_letter(ch)
    return found


def _rank_letter(ch: str) -> tuple[int, int]:
    decomposed = unicodedata.normalize("NFD", ch.lower())
    tone = 0
    base_marks = ""
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _BASE_MARKS:
            base_marks += mark
    base = unicodedata.normalize("NFC", decomposed[:1] + base_marks)
    index = _ALPHABET.find(base)
    if index < 0:
        # Digits and other characters sort before letters, in code point order.
        return (-1_000_000 + ord(ch.lower()[0]) if ch else 0, tone)
    return (index, tone)


def sort_key(value: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """A key that sorts Vietnamese words in dictionary order (An < Ăn < Âu < Bắc < Đà)."""
    value = nfc(value).strip()
    known = _LETTER_KEYS
    letters = [known.get(ch) or _letter_key(ch) for ch in value]
    # Letters first, tones only break ties between otherwise equal words.
    return (
        tuple(k[0] for k in letters),
        tuple(k[1] for k in letters),
        value,
    )


# A spreadsheet program reads a cell starting with one of these as a formula (OWASP, CSV
# injection): a CSV the app writes prefixes such a cell with an apostrophe, and a CSV it reads
# takes that apostrophe away again.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def sheet_text(value: str) -> str:
    """*value* as a CSV cell that a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def from_sheet_text(value: str) -> str:
    """The inverse of :func:`sheet_text` for a cell read from a CSV file."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_STARTS) else value
