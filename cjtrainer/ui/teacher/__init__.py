"""The teacher's screens: the deck preview."""
