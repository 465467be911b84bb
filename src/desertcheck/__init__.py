"""desertcheck: fact-check statistics against the exact words of their sources."""

__version__ = "0.1.0"
