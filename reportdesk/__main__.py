"""python -m reportdesk, and the frozen app's entry point."""
import multiprocessing
import sys

from reportdesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen app starts its reader workers through itself
    sys.exit(main())
