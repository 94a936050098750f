"""Comparison of texts on one topic: shared and unique phrases, numbers, inline diffs."""
