"""Report forms as data: what each periodic report prints, its sources, loaded from TOML."""
