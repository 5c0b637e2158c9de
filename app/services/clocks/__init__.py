"""Legal clocks at work: a unit's obligations at a moment, reminders, the home screen's clocks."""
