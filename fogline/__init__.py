"""Fogline: conflict reports in, source-attributed ACLED-style events and claims out."""

__version__ = "0.1.0"
