"""Learning engine: grading, scheduling (FSRS), progress store (SQLite), sessions, stats.
Domain code: never imports textual or rich."""
