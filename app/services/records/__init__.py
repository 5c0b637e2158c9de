"""Registers: save, find, delete with undo; list columns; dump and load; the home figures."""
