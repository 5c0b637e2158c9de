"""Legal clocks: versioned rule packs (resources/rules/*.toml) and the obligations they create.

Qt-free and I/O-free except for reading the packs. The public API:

    packs = load_packs(extra_dirs, province="kon-tum")      # RuleSet, raises RulePackError
    items = obligations(at, UnitData(unit=..., systems=...), packs,
                        calendar=WorkCalendar.of(make_up_days, days_off))
"""

from app.clocks.calendar import WorkCalendar, add_working_days, public_holidays
from app.clocks.data import Obligation, Thresholds, UnitData
from app.clocks.engine import obligations
from app.clocks.loader import available_provinces, load_files, load_packs, rules_dir
from app.clocks.model import (
    ObligationStatus,
    PackInfo,
    Rule,
    RulePackError,
    RuleSet,
    SubjectKind,
)

__all__ = [
    "Obligation",
    "ObligationStatus",
    "PackInfo",
    "Rule",
    "RulePackError",
    "RuleSet",
    "SubjectKind",
    "Thresholds",
    "UnitData",
    "WorkCalendar",
    "add_working_days",
    "available_provinces",
    "load_files",
    "load_packs",
    "obligations",
    "public_holidays",
    "rules_dir",
]
