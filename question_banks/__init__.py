"""Question banks shipped with Recruit Desk (TOML; see README.md)."""
