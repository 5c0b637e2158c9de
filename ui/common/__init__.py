"""Shared by every screen: translations, data bus, tasks, dialogs, style, forms, PDF preview."""
