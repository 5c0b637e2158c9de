"""The window's frame: the app, the main window, menus and commands, the sidebar, the smoke test."""
