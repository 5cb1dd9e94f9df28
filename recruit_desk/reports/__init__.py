"""PDF candidate and comparison reports (reportlab)."""
