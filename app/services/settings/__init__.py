"""Settings kept in the database, backups and the sample unit."""
