"""Teacher tools: hand-in files and the class report (domain code, no UI)."""
