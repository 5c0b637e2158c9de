"""Controllers: widgets that install a view, load data through services and hold the logic."""
