"""What a use case changed, so the window refreshes only the views whose data changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def touches(self, kind: str) -> bool:
        return kind in self.kinds


@dataclass(frozen=True)
class Saved:
    """A record as stored (normalised, with id and times), and what changed."""

    record: Any
    changes: Changes


@dataclass(frozen=True)
class Deleted:
    """Everything a delete removed or detached, enough to undo it exactly."""

    record: Any
    removed: tuple[Any, ...]  # records deleted with it (children), parents first
    detached: tuple[Any, ...]  # records that referred to it, as they were before
    changes: Changes
