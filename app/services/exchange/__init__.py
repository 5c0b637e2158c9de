"""Exchange with the province: packages out and in, receipts, spreadsheet import."""
