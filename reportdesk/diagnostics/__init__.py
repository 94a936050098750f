"""Diagnostics: the benchmark and the self-test (not part of the app's normal work)."""
