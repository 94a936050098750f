"""python -m reportdesk, and the frozen app's entry point."""
import multiprocessing
import sys

from reportdesk.cli import main
from reportdesk.console import ensure_streams

if __name__ == "__main__":
    # Before freeze_support: in the windowed app a reader worker starts through this file too,
    # with no streams, and multiprocessing writes a failed worker's traceback to sys.stderr.
    ensure_streams()
    multiprocessing.freeze_support()  # the frozen app starts its reader workers through itself
    sys.exit(main())
