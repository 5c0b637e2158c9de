"""What a use case changed is named by `RegisterKey`, so a misspelt register fails at once."""

from __future__ import annotations

import pytest

from app.domain.registry import BY_KEY
from app.services.changes import Changes, RegisterKey


def test_every_register_has_a_key() -> None:
    assert set(BY_KEY) <= {k.value for k in RegisterKey}


def test_a_misspelt_register_is_refused() -> None:
    with pytest.raises(ValueError, match="incident"):
        Changes.of("incident")  # the register is "incidents"


def test_touches_names_what_changed() -> None:
    changes = Changes.of(RegisterKey.INCIDENTS, "timeline") | Changes.of(RegisterKey.SETTINGS)
    assert changes.touches(RegisterKey.TIMELINE)
    assert changes.touches(RegisterKey.SYSTEMS, RegisterKey.SETTINGS)
    assert not changes.touches(RegisterKey.SYSTEMS, RegisterKey.UNITS)
