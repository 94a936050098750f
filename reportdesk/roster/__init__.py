"""The list of who must report (报送名单) and who has: units, matching reports to them, their
states, and the table a clerk prints or exports.

units.py   the list: typed, pasted, read from .txt/.xlsx, saved as .txt; the user's corrections
match.py   each report's unit (by its region) and each unit's state
render.py  the same as lines for the command line and as rows for a workbook
"""
from reportdesk.roster.match import STATES, RosterStatus, UnitState, match_unit, place_key, roster_status
from reportdesk.roster.units import Roster, RosterError, parse_units, read_units, save_units

__all__ = ["STATES", "Roster", "RosterError", "RosterStatus", "UnitState", "match_unit", "parse_units",
           "place_key", "read_units", "roster_status", "save_units"]
