"""Contacts and the response team, and the 24/7 duty roster."""
