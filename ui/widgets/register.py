"""Registers on screen: the panel of one register and the screen holding one or more.

The two live in `register_panel` and `register_screen`; this module keeps the names the rest of
the window (and its tests) import.
"""

from __future__ import annotations

from ui.widgets.register_data import Keep, RegisterData, fetch_register
from ui.widgets.register_panel import RegisterPanel, panel_for
from ui.widgets.register_screen import RegisterScreen

__all__ = ["Keep", "RegisterData", "RegisterPanel", "RegisterScreen", "fetch_register", "panel_for"]
