"""briefing: a terminal reader for negotiations and conflicts."""

__version__ = "0.1.0"
