"""Spreadsheets units keep: reading .xlsx/.csv, matching columns to fields, the templates."""
