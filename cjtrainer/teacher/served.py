"""The students of a `cjtrainer serve` root, for the teacher's commands.

`cjtrainer serve` keeps each student's app data in ``ROOT/students/<id>/data`` and who the
student is in ``ROOT/students/<id>/student.json`` (written at sign-in). ``class-report ROOT``
and ``export-progress --root ROOT`` read them directly: browser students hand in nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cjtrainer import atomic
from cjtrainer.inert import inert
from cjtrainer.teacher.names import surname_key

STUDENTS = "students"
STUDENT_FILE = "student.json"


@dataclass(frozen=True, slots=True)
class ServedStudent:
    id: str
    name: str
    data_dir: Path


def is_serve_root(path: Path) -> bool:
    return (path / STUDENTS).is_dir()


def write_student(folder: Path, student_id: str, name: str) -> None:
    """Remember who a student folder belongs to (rewritten only when the name changed)."""
    path = folder / STUDENT_FILE
    text = json.dumps({"id": student_id, "name": name}, ensure_ascii=False) + "\n"
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, UnicodeDecodeError):
        pass
    atomic.write_bytes(path, text.encode("utf-8"))


def served_students(root: Path) -> list[ServedStudent]:
    """Every student folder under ``root``, sorted by surname; a folder without a readable
    ``student.json`` is named by its id."""
    found: list[ServedStudent] = []
    for folder in sorted((root / STUDENTS).iterdir()):
        if not folder.is_dir():
            continue
        name = folder.name
        try:
            data = json.loads((folder / STUDENT_FILE).read_text(encoding="utf-8"))
            if isinstance(data, dict) and isinstance(data.get("name"), str) and data["name"]:
                name = data["name"]
        except (OSError, ValueError, RecursionError):
            pass
        found.append(ServedStudent(inert(folder.name), inert(name), folder / "data"))
    return sorted(found, key=lambda s: surname_key(s.name))
