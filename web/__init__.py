"""The web edge: turns requests into plain answers and results into pages and JSON."""
