"""Alembic migrations, shipped in the package and applied on start."""
