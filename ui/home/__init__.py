"""The home screen (Tổng quan): the unit, the legal clocks, summary cards, the chart, reminders."""
