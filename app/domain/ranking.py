"""Which records a picker offers for what was typed, best first.

Every place where a person picks a record by typing part of its name (a system, a contact, an
incident, a document) ranks the candidates the same way:

1. an exact match (case and runs of spaces ignored),
2. the typed phrase, with its diacritics, inside the name ("thư điện tử công vụ"),
3. the typed phrase with case and diacritics folded ("thu dien tu cong vu"),
4. every typed word somewhere in the name, in any order.

Within a tier the candidates keep the order they were given in (the registers' alphabetical
order). When the two best candidates share a tier, the ranking is a tie: nothing is chosen
for the person, who picks one with the arrow keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from app.domain.text import clean, fold


class Tier(IntEnum):
    EXACT = 0
    PHRASE = 1
    FOLDED_PHRASE = 2
    WORDS = 3


@dataclass(frozen=True)
class Match:
    index: int  # position of the candidate in the list given to `rank`
    tier: Tier


@dataclass(frozen=True)
class Ranking:
    matches: tuple[Match, ...]  # best first

    @property
    def indexes(self) -> list[int]:
        return [m.index for m in self.matches]

    @property
    def tied(self) -> bool:
        """True when the two best candidates are equally good."""
        return len(self.matches) > 1 and self.matches[0].tier == self.matches[1].tier

    @property
    def best(self) -> int | None:
        """The one candidate better than every other; None when none matches or two tie."""
        if not self.matches or self.tied:
            return None
        return self.matches[0].index


def _casefolded(text: str) -> str:
    return clean(text).casefold()


def tier(query: str, name: str) -> Tier | None:
    """How well *name* answers *query*; None when it does not (or nothing was typed)."""
    typed = _casefolded(query)
    if not typed:
        return None
    shown = _casefolded(name)
    if shown == typed:
        return Tier.EXACT
    if typed in shown:
        return Tier.PHRASE
    folded_typed, folded_shown = fold(query), fold(name)
    if folded_typed in folded_shown:
        return Tier.FOLDED_PHRASE
    if all(word in folded_shown for word in folded_typed.split()):
        return Tier.WORDS
    return None


def rank(query: str, names: Sequence[str]) -> Ranking:
    """The candidates among *names* that answer *query*, best first (stable within a tier)."""
    found = [Match(i, t) for i, name in enumerate(names) if (t := tier(query, name)) is not None]
    found.sort(key=lambda m: m.tier)  # stable: the given order within a tier
    return Ranking(tuple(found))
