"""Structure: cleaning, splitting collections, heading detection, metadata."""
from reportdesk.structure.report import build_reports

__all__ = ["build_reports"]
