"""Plain Python domain: enums, records (frozen dataclasses), validation, errors. No I/O."""
