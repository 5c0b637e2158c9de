"""Vietnamese text helpers: NFC normalisation, search folding, alphabetical sort keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

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


def fold_body(name: str) -> str:
    """A body's name folded, with "UBND" spelled out, so that the short and the full forms of a
    name compare equal: "UBND xã Đăk Hà" -> "uy ban nhan dan xa dak ha"."""
    return " ".join("uy ban nhan dan" if w == "ubnd" else w for w in fold(name).split())


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


# -- the same folding and order for many values at once (register tables) -------------------
# `fold` and `sort_key` work character by character in Python; a register of 50,000 rows needs
# them for every row. These tables map each character once (on first sight) to what `fold` and
# `_letter_key` make of it, so a whole value is folded or keyed by `str.translate`, in C.

_LETTER_BASE = 0x10FFC0  # letters map above every other character: digits and signs sort first


class _FoldTable(dict[int, str]):
    def __missing__(self, code: int) -> str:
        ch = chr(code)
        decomposed = unicodedata.normalize("NFD", ch.replace("đ", "d").replace("Đ", "D"))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        self[code] = folded
        return folded


class _OrderTable(dict[int, str]):
    """Each character as one character whose code point orders like its `_letter_key`."""

    def __init__(self, part: int) -> None:
        super().__init__()
        self._part = part  # 0: the letter, 1: the tone

    def __missing__(self, code: int) -> str:
        letter, tone = _letter_key(chr(code))
        if self._part == 1:
            mapped = chr(0x30 + tone)
        elif letter >= 0:
            mapped = chr(_LETTER_BASE + letter)
        else:  # not a letter: its lower case code point, below every letter
            mapped = chr(min(letter + 1_000_000, _LETTER_BASE - 1))
        self[code] = mapped
        return mapped


_FOLD = _FoldTable()
_LETTERS = _OrderTable(0)
_TONE_MARKS = _OrderTable(1)


def fold_fast(value: str) -> str:
    """`fold` through a translation table: the same words for every text the app stores (NFC),
    at the speed of `str.translate`. Lower case is taken letter by letter, so a Greek capital
    sigma at the end of a word folds to σ, not ς (the query is folded the same way)."""
    return " ".join(nfc(value).translate(_FOLD).split())


def collation_key(value: str) -> tuple[str, str, str]:
    """A key that orders like `sort_key` (letters, then tones, then the text), made of strings
    so that comparing two keys runs in C."""
    value = nfc(value).strip()
    return (value.translate(_LETTERS), value.translate(_TONE_MARKS), value)


def collation_keys(values: Iterable[str]) -> list[tuple[str, str, str]]:
    """`collation_key` of many values; each distinct word is translated once."""
    letters: dict[str, str] = {}
    tones: dict[str, str] = {}
    space_letter, space_tone = " ".translate(_LETTERS), " ".translate(_TONE_MARKS)
    keys: list[tuple[str, str, str]] = []
    for raw in values:
        value = nfc(raw).strip()
        words = value.split(" ")
        for word in words:
            if word not in letters:
                letters[word] = word.translate(_LETTERS)
                tones[word] = word.translate(_TONE_MARKS)
        keys.append(
            (
                space_letter.join([letters[w] for w in words]),
                space_tone.join([tones[w] for w in words]),
                value,
            )
        )
    return keys
