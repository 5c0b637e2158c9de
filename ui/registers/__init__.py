"""Registers on screen: the filterable table, the detail pane, editing with undo."""
