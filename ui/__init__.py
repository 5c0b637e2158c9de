"""The desktop window (PySide6). Only this package imports Qt; it calls `app.services`."""
