"""The Qt interview desk (PySide6)."""
