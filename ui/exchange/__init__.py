"""Exchange with the province: export packages, receive and verify them, sheets, keys."""
