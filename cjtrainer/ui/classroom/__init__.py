"""The classroom quiz and board screens: the student's join screen, the teacher's host and board screens."""
