"""Qt item models over the registers (DTO lists from app.services)."""
