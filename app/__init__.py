"""ATTT Desk: the Qt-free core (domain, storage, legal clocks, documents, reports, exchange,
services, the sample unit, the command line)."""

__version__ = "0.1.0"
APP_NAME = "ATTT Desk"
