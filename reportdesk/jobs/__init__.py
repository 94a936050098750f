"""Batch work with progress and cancellation: finding report files, parsing them in isolated
worker processes (with a cache of parsed files), and the window's load-and-align job."""
from reportdesk.jobs.batch import (NullProgress, Progress, expand_paths, load_and_align, parse_file, parse_files,
                                   path_key, reader_pool, scan, warm_up)

__all__ = ["NullProgress", "Progress", "expand_paths", "load_and_align", "parse_file", "parse_files", "path_key",
           "reader_pool", "scan", "warm_up"]
