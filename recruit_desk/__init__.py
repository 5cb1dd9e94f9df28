"""Recruit Desk: structured behavioural interviews for hiring contact-centre agents."""

__version__ = "0.1.0"
