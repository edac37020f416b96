"""Decks: the YAML format, its validator and the cards it yields. Never imports the UI."""
