"""SQLite storage: tables derived from the domain records, engine, migrations, backups."""
