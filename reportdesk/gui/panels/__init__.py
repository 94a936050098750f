"""The window's panels: each observes the session and sends commands to it."""
