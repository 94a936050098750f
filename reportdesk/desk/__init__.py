"""The workspace without Qt (see desk.py): the window, the command line and the tests drive
one `Desk` through its host."""
from reportdesk.desk.desk import EVENTS, Desk
from reportdesk.desk.history import History
from reportdesk.desk.host import Host, Immediate

__all__ = ["Desk", "EVENTS", "History", "Host", "Immediate"]
