"""The domain: banks, kits, candidates, interviews, scoring. Standard library only."""
