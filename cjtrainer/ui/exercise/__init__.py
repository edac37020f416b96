"""The exercise: its app and screen, one module per step, the picker and the history."""
