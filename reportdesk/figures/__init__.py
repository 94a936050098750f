"""Indicators: the numbers in the reports, with their units and subjects, as tables."""
