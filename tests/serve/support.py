"""What the serve tests share: the class code and a look into a student's progress."""

from __future__ import annotations

import sqlite3
from pathlib import Path

CODE = "KLAS42"


def reviews(root: Path, student_id: str) -> int:
    """How many answers a student's own progress database holds (0 before the first)."""
    database = root / "students" / student_id / "data" / "progress.sqlite3"
    if not database.exists():
        return 0
    with sqlite3.connect(database) as connection:
        return int(connection.execute("select count(*) from review_log").fetchone()[0])
