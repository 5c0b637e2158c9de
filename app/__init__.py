"""ATTT Desk: the Qt-free core (domain, storage, rules, documents, exchange, services)."""

__version__ = "0.1.0"
APP_NAME = "ATTT Desk"
