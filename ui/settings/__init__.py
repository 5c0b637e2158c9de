"""The settings screen: the unit profile, language, rule packs and working days, backups."""
