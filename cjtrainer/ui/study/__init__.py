"""Studying: the study/quiz screen and its summary."""
