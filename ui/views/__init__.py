"""Layout-only classes: they build and expose child widgets and hold no logic."""
