"""The user's workspace: settings, window layout and project files (plain data, no Qt)."""
