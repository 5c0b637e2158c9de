"""Data leaving and entering the app: the canonical data format, packages, spreadsheets."""
