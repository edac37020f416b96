"""Attempts on disk: ``<data>/exercises.sqlite3`` (SQLite, WAL, ``user_version``).

One row per attempt. The exercise snapshot is written once; the progress (answers,
marks, reflection, timer) is a small JSON document rewritten in its own transaction on
every change, so a draft is on disk the moment it is typed. Columns the history needs
(step, score, dates, where the hand-in was last saved) are kept next to it for queries.

Schema versions (``PRAGMA user_version``): 1 the first; 2 adds ``export_path``. An older
file is brought up to date in one transaction when it is opened, its attempts kept.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cjtrainer.deck.model import Exercise
from cjtrainer.errors import StoreError
from cjtrainer.exercise.model import (
    Attempt,
    Step,
    blank_attempt,
    exercise_from_dict,
    exercise_to_dict,
    progress_from_dict,
    progress_to_dict,
)
from cjtrainer.i18n import msg

FILENAME = "exercises.sqlite3"
SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    exercise_id TEXT NOT NULL,
    title TEXT NOT NULL,
    exercise TEXT NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT,
    step TEXT NOT NULL,
    score INTEGER,
    progress TEXT NOT NULL,
    export_path TEXT
);
CREATE INDEX IF NOT EXISTS attempts_by_exercise ON attempts (exercise_id, started_at);
"""
# From the version in the key to the next one.
_MIGRATIONS = {
    1: "ALTER TABLE attempts ADD COLUMN export_path TEXT",
}


@dataclass(frozen=True, slots=True)
class AttemptSummary:
    id: int
    exercise_id: str
    title: str
    started_at: datetime
    updated_at: datetime
    finished_at: datetime | None
    step: Step
    score: int | None
    export_path: Path | None = None  # where the hand-in was last saved, if it was

    @property
    def dated_at(self) -> datetime:
        """As ``Attempt.dated_at``: when it was handed in, else when it was last saved."""
        return self.finished_at or self.updated_at


class ExerciseStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILENAME
        if self.path.is_file():
            self._diagnose()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                self._db.close()
                raise StoreError(
                    msg("exercise.store.too-new", path=self.path),
                    msg("exercise.store.too-new.hint"),
                )
            if version < SCHEMA_VERSION:
                with self._transaction():
                    self._migrate(version)
        except sqlite3.Error as error:
            raise self._error(error) from error
        except OSError as error:
            raise StoreError(
                msg("exercise.store.unusable", path=self.path, error=error),
                msg("exercise.store.unusable.hint"),
            ) from error

    def _migrate(self, version: int) -> None:
        """A new file gets the whole schema; an older one each step since its version."""
        if version == 0:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
        else:
            for step in range(version, SCHEMA_VERSION):
                self._db.execute(_MIGRATIONS[step])
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _diagnose(self) -> None:
        """Checked read-only before anything can write (a read-only connection never
        folds the -wal file into a damaged database): the files stay as they are."""
        from cjtrainer.learn import wal

        damaged = StoreError(msg("exercise.store.damaged", path=self.path),
                             msg("exercise.store.damaged.hint"))
        if wal.lost_commits(self.path.with_name(self.path.name + "-wal")):
            raise damaged
        try:
            db = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(msg("exercise.store.too-new", path=self.path),
                                 msg("exercise.store.too-new.hint"))
            if version > 0 and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise damaged
        except sqlite3.Error as error:
            raise self._error(error) from error
        finally:
            db.close()

    def _error(self, error: sqlite3.Error) -> StoreError:
        text = str(error)
        primary = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if primary == sqlite3.SQLITE_FULL:
            return StoreError(msg("exercise.store.disk-full", path=self.path),
                              msg("learn.store.hint.disk-full"))
        if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
            return StoreError(msg("exercise.store.damaged", path=self.path),
                              msg("exercise.store.damaged.hint"))
        if "locked" in text or "busy" in text:
            return StoreError(
                msg("exercise.store.locked", path=self.path), msg("exercise.store.locked.hint")
            )
        return StoreError(
            msg("exercise.store.unusable", path=self.path, error=text),
            msg("exercise.store.unusable.hint"),
        )

    class _Tx:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> None:
            self.db.execute("BEGIN IMMEDIATE")

        def __exit__(self, kind: object, value: object, tb: object) -> None:
            self.db.execute("COMMIT" if kind is None else "ROLLBACK")

    def _transaction(self) -> ExerciseStore._Tx:
        return ExerciseStore._Tx(self._db)

    def close(self) -> None:
        self._db.close()

    # --- attempts --------------------------------------------------------------

    def create(self, exercise: Exercise, now: datetime) -> Attempt:
        attempt = blank_attempt(exercise, 0, now)
        try:
            with self._transaction():
                cursor = self._db.execute(
                    "INSERT INTO attempts (exercise_id, title, exercise, started_at, updated_at,"
                    " step, progress) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        exercise.id, exercise.title,
                        json.dumps(exercise_to_dict(exercise), ensure_ascii=False),
                        now.isoformat(), now.isoformat(), attempt.step.value,
                        json.dumps(progress_to_dict(attempt), ensure_ascii=False),
                    ),
                )
        except sqlite3.Error as error:
            raise self._error(error) from error
        assert cursor.lastrowid is not None
        return _with_id(attempt, cursor.lastrowid)

    def save(self, attempt: Attempt, score: int | None = None) -> None:
        try:
            with self._transaction():
                self._db.execute(
                    "UPDATE attempts SET updated_at=?, finished_at=?, step=?, score=?,"
                    " progress=? WHERE id=?",
                    (
                        attempt.updated_at.isoformat(),
                        attempt.finished_at.isoformat() if attempt.finished_at else None,
                        attempt.step.value, score,
                        json.dumps(progress_to_dict(attempt), ensure_ascii=False),
                        attempt.id,
                    ),
                )
        except sqlite3.Error as error:
            raise self._error(error) from error

    def load(self, attempt_id: int) -> Attempt | None:
        try:
            row = self._db.execute(
                "SELECT id, exercise, started_at, updated_at, finished_at, step, progress"
                " FROM attempts WHERE id=?",
                (attempt_id,),
            ).fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from error
        return None if row is None else _attempt_from_row(row)

    def latest_open(self, exercise_id: str) -> Attempt | None:
        """The unfinished attempt the student was last working on, if any."""
        try:
            row = self._db.execute(
                "SELECT id FROM attempts WHERE exercise_id=? AND step != ?"
                " ORDER BY updated_at DESC, id DESC LIMIT 1",
                (exercise_id, Step.DONE.value),
            ).fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from error
        return None if row is None else self.load(row[0])

    def latest(self, exercise_id: str | None = None, finished: bool = False) -> Attempt | None:
        where, params = [], []
        if exercise_id is not None:
            where.append("exercise_id=?")
            params.append(exercise_id)
        if finished:
            where.append("step=?")
            params.append(Step.DONE.value)
        sql = "SELECT id FROM attempts"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY updated_at DESC, id DESC LIMIT 1"
        try:
            row = self._db.execute(sql, params).fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from error
        return None if row is None else self.load(row[0])

    def history(self, exercise_id: str | None = None) -> list[AttemptSummary]:
        """Attempts, oldest first."""
        sql = (
            "SELECT id, exercise_id, title, started_at, updated_at, finished_at, step, score,"
            " export_path FROM attempts"
        )
        params: tuple[str, ...] = ()
        if exercise_id is not None:
            sql += " WHERE exercise_id=?"
            params = (exercise_id,)
        sql += " ORDER BY started_at, id"
        try:
            rows = self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise self._error(error) from error
        return [
            AttemptSummary(
                id=r[0], exercise_id=r[1], title=r[2],
                started_at=datetime.fromisoformat(r[3]),
                updated_at=datetime.fromisoformat(r[4]),
                finished_at=datetime.fromisoformat(r[5]) if r[5] else None,
                step=Step(r[6]) if r[6] in Step._value2member_map_ else Step.WRITING,
                score=r[7],
                export_path=Path(r[8]) if r[8] else None,
            )
            for r in rows
        ]

    def set_export_path(self, attempt_id: int, path: Path) -> None:
        """Keep where the attempt's hand-in was saved (the last export wins), as a full
        path: the command line that opens it may run in another folder."""
        try:
            with self._transaction():
                self._db.execute("UPDATE attempts SET export_path=? WHERE id=?",
                                 (str(path.resolve()), attempt_id))
        except sqlite3.Error as error:
            raise self._error(error) from error

    def export_path(self, attempt_id: int) -> Path | None:
        try:
            row = self._db.execute("SELECT export_path FROM attempts WHERE id=?",
                                   (attempt_id,)).fetchone()
        except sqlite3.Error as error:
            raise self._error(error) from error
        return Path(row[0]) if row and row[0] else None

    def delete(self, attempt_id: int) -> None:
        try:
            with self._transaction():
                self._db.execute("DELETE FROM attempts WHERE id=?", (attempt_id,))
        except sqlite3.Error as error:
            raise self._error(error) from error


def _with_id(attempt: Attempt, attempt_id: int) -> Attempt:
    return replace(attempt, id=attempt_id)


def _attempt_from_row(row: tuple[Any, ...]) -> Attempt:
    attempt_id, exercise_json, started, updated, finished, step, progress_json = row
    exercise = exercise_from_dict(json.loads(exercise_json))
    progress = progress_from_dict(json.loads(progress_json), exercise)
    return Attempt(
        id=attempt_id,
        exercise=exercise,
        started_at=datetime.fromisoformat(started),
        updated_at=datetime.fromisoformat(updated),
        finished_at=datetime.fromisoformat(finished) if finished else None,
        step=Step(step) if step in Step._value2member_map_ else Step.WRITING,
        **progress,
    )
