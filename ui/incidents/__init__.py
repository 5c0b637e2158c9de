"""Incidents on screen: the register, the page of one incident, quick entry (Ctrl+N)."""
