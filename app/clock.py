"""The one clock of the app. Records are stamped in UTC (`utc`); what a person writes down or
reads as "now" and "today" (an incident's detection time, an issue date, the legal clocks) is the
office's wall time (`local`). Tests and the sample pass a fixed clock (`Clock.fixed`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable


def _system_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Clock:
    """Reads an aware "now" from *source* (the system's by default) and gives it in UTC or in
    the wall time of *zone* (the computer's own zone when None), to the second."""

    def __init__(
        self, source: Callable[[], dt.datetime] = _system_now, zone: dt.tzinfo | None = None
    ) -> None:
        self._source = source
        self._zone = zone

    @classmethod
    def fixed(cls, local: dt.datetime, zone: dt.tzinfo = dt.UTC) -> Clock:
        """A clock stopped at the wall time *local* (naive) of *zone* (UTC unless given, so a
        test reads the same on any computer)."""
        moment = local.replace(tzinfo=zone) if local.tzinfo is None else local
        return cls(lambda: moment, zone)

    def utc(self) -> dt.datetime:
        """Now in UTC, naive, whole seconds: what records are stamped with."""
        return self._source().astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)

    def local(self) -> dt.datetime:
        """Now as the office's wall clock reads it, naive, whole seconds."""
        return self._source().astimezone(self._zone).replace(tzinfo=None, microsecond=0)

    def today(self) -> dt.date:
        return self.local().date()


SYSTEM = Clock()
