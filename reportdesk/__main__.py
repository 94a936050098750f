"""python -m reportdesk"""
import sys

from reportdesk.cli import main

sys.exit(main())
