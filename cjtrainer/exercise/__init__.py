"""Exercises: writing, drafts, comparison with model answers, self-assessment, hand-in.
Domain code: never imports textual or rich."""
