"""Periodic reports: build from the registers, preview, export, issue; the province's sum."""
