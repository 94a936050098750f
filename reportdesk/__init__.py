"""ReportDesk: read, align, compare and compile Chinese work reports."""

__version__ = "0.1.0"
