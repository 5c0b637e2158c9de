"""The 24/7 duty roster: planning the shifts of a holiday or an alert and writing them at once."""
