"""Fonts, translations and icons shipped with Recruit Desk."""
