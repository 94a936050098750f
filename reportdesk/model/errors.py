"""The one kind of error whose message a user may read as it is."""
from __future__ import annotations


class UserError(Exception):
    """A reason the user can act on, said in one plain sentence (a file that cannot be
    written, a topic list that cannot be read, a damaged project…). Anything else that
    goes wrong is a fault of ours: the user gets a general sentence and the log the details."""
