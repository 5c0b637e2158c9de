"""What a use case changed, so the window refreshes only the views whose data changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.domain.registry import BY_KEY


class RegisterKey(StrEnum):
    """What a use case can change: each register, and the settings and dismissed reminders.
    A view names what it watches with these, so a misspelt name fails at once."""

    UNITS = "units"
    SYSTEMS = "systems"
    SCANS = "scans"
    ASSESSMENTS = "assessments"
    DRILLS = "drills"
    PLANS = "plans"
    SCENARIOS = "scenarios"
    INCIDENTS = "incidents"
    TIMELINE = "timeline"
    EVIDENCE = "evidence"
    CONTACTS = "contacts"
    ROSTER = "roster"
    DOCUMENTS = "documents"
    SETTINGS = "settings"
    REMINDERS = "reminders"


_MISSING = set(BY_KEY) - {k.value for k in RegisterKey}
if _MISSING:  # pragma: no cover - a new register needs its key here
    raise RuntimeError(f"registers without a RegisterKey: {sorted(_MISSING)}")


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[RegisterKey] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *keys: RegisterKey | str) -> Changes:
        """The changes to these registers; a key no register has raises ValueError."""
        return cls(frozenset(RegisterKey(k) for k in keys))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def touches(self, *kinds: RegisterKey) -> bool:
        """Whether any of *kinds* changed."""
        return any(kind in self.kinds for kind in kinds)


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
