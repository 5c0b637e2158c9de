"""Incidents: the stages an incident moves through, and its evidence files."""
