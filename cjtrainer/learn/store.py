"""The progress store: one SQLite file in the data folder (``progress.sqlite3``).

* WAL journal, ``synchronous=FULL``, one transaction per answer: when ``record`` returns,
  the answer is on disk.
* Schema migrations through ``PRAGMA user_version``. A database from a newer cjtrainer,
  a corrupt one, or one that cannot be read or written raises ``StoreError`` with a
  clear Dutch message; the file is never replaced or repaired behind the user's back.
* Diagnosed before anything can write: the checks run on a read-only connection (which
  never checkpoints the ``-wal`` file into the database nor deletes it) and on the WAL's
  own checksums (``cjtrainer.learn.wal``), so a refused file and its WAL stay byte for
  byte. ``Store(path, read_only=True)`` only reads (``stats`` on read-only progress).
* ``review_log`` is only appended to. Undoing an answer appends its uid to ``undone``
  (the view ``reviews`` leaves those out) and restores the card state saved with the
  answer. (The ``resets`` table, and the export's ``resets`` list, are from a deck reset
  that no command offered; both stay empty, and stay for the schema and the format.)
* Card identity is ``deck/card``; states of cards no longer in any deck stay (history).
* Two processes may use one database: writers wait up to ``busy_timeout``; after that
  the second gets a ``StoreError`` saying the progress is in use.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from msgspec import Struct

from cjtrainer.errors import StoreError
from cjtrainer.i18n import msg
from cjtrainer.learn import wal
from cjtrainer.learn.scheduling import CardState, Phase

FILENAME = "progress.sqlite3"
SCHEMA_VERSION = 2
EXPORT_FORMAT = "cjtrainer-progress"
EXPORT_VERSION = 1
BUSY_TIMEOUT_MS = 5000
_SQLITE_READONLY_DIRECTORY = 8 | (6 << 8)  # the folder, not the file, is read-only

_SCHEMA_V1 = """
CREATE TABLE card_state (
    key TEXT PRIMARY KEY,
    deck TEXT NOT NULL,
    phase INTEGER NOT NULL,
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due INTEGER,
    last_review INTEGER,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    leech INTEGER NOT NULL DEFAULT 0,
    mc_passed INTEGER NOT NULL DEFAULT 0,
    introduced INTEGER,
    siblings TEXT NOT NULL DEFAULT ''
);
CREATE INDEX card_state_deck ON card_state(deck);
CREATE INDEX card_state_due ON card_state(due);
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    deck TEXT NOT NULL,
    card TEXT NOT NULL,
    ts INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    score REAL,
    verdict TEXT,
    response_ms INTEGER,
    mode TEXT NOT NULL,
    phase_before INTEGER NOT NULL,
    used_hint INTEGER NOT NULL DEFAULT 0,
    given TEXT,
    before TEXT
);
CREATE INDEX review_log_ts ON review_log(ts);
CREATE INDEX review_log_card ON review_log(deck, card, ts);
CREATE TABLE undone (
    review_uid TEXT PRIMARY KEY,
    ts INTEGER NOT NULL
);
CREATE TABLE resets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    deck TEXT NOT NULL,
    ts INTEGER NOT NULL
);
CREATE VIEW reviews AS
    SELECT * FROM review_log WHERE NOT EXISTS (SELECT 1 FROM undone WHERE review_uid = uid);
"""

# 2: "Ik had het goed": an answer the student overruled is logged again with the grader's
# own verdict kept here (NULL for every other answer).
_SCHEMA_V2 = "ALTER TABLE review_log ADD COLUMN overridden_from TEXT"

# version -> script that brings version-1 to it
MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1, 2: _SCHEMA_V2}

_STATE_COLUMNS = (
    "key, deck, phase, step, stability, difficulty, due, last_review, reps, lapses, leech, "
    "mc_passed, introduced, siblings"
)


class DamagedStoreError(StoreError):
    """The file is damaged or not ours (kept as it is): a backup can bring the progress
    back (``cjtrainer.learn.backup``)."""


def _damaged(path: Path) -> DamagedStoreError:
    return DamagedStoreError(msg("learn.store.corrupt", path=path), msg("learn.store.hint.corrupt"))


class Review(Struct, frozen=True):
    """One row of the review log (a Struct: see ``CardState``)."""

    id: int
    uid: str
    deck: str
    card: str
    time: datetime
    rating: int
    score: float | None
    verdict: str | None
    response_ms: int | None
    mode: str
    phase_before: Phase
    used_hint: bool
    given: str | None

    @property
    def key(self) -> str:
        return f"{self.deck}/{self.card}"


def to_ms(moment: datetime | None) -> int | None:
    if moment is None:
        return None
    return round(moment.timestamp() * 1000)


def from_ms(value: int | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(value / 1000, tz=UTC)


def default_path(data_dir: Path) -> Path:
    return Path(data_dir) / FILENAME


class Store:
    """Open with ``Store(path)`` (creates the file and folder when missing).

    ``Store(":memory:")`` gives an empty store that lives in memory only (e.g. stats
    before the first answer, so nothing is created)."""

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout_ms: int = BUSY_TIMEOUT_MS,
                 read_only: bool = False):
        self.path = Path(path)
        self._busy_timeout_ms = busy_timeout_ms
        self.read_only = read_only
        self.after_write: Callable[[Store], None] | None = None  # e.g. a timed backup
        self._conn: sqlite3.Connection | None = (
            self._open_read_only() if read_only else self._open()
        )

    @classmethod
    def in_data_dir(cls, data_dir: str | os.PathLike[str]) -> Store:
        """The student's store: ``<data_dir>/progress.sqlite3``."""
        return cls(default_path(Path(data_dir)))

    # ------------------------------------------------------------------ opening

    def _open(self) -> sqlite3.Connection:
        path = self.path
        memory = str(path) == ":memory:"
        if memory:
            pass
        elif path.exists():
            if path.is_dir():
                raise StoreError(msg("learn.store.unreadable", path=path), msg("learn.store.hint.path"))
            if not os.access(path, os.R_OK):
                raise StoreError(
                    msg("learn.store.unreadable", path=path), msg("learn.store.hint.perms")
                )
            if not os.access(path, os.W_OK):
                raise StoreError(msg("learn.store.readonly", path=path), msg("learn.store.hint.perms"))
            _check_header(path)
            self._diagnose()
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    msg("learn.store.cannot-create", path=path.parent, error=error.strerror or error),
                    msg("learn.store.hint.path"),
                ) from error
        try:
            conn = sqlite3.connect(
                path, timeout=self._busy_timeout_ms / 1000, isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    msg("learn.store.too-new", path=path, version=version, known=SCHEMA_VERSION),
                    msg("learn.store.hint.too-new"),
                )
            if version == 0 and conn.execute(
                "SELECT COUNT(*) FROM sqlite_master"
            ).fetchone()[0]:
                # another program's database (made meanwhile): never add our tables to it
                raise _damaged(path)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal" and not memory:
                raise StoreError(msg("learn.store.busy", path=path), msg("learn.store.hint.busy"))
            conn.execute("PRAGMA synchronous = FULL")
            self._migrate(conn, version)
        except StoreError:
            conn.close()
            raise
        except sqlite3.Error as error:
            conn.close()
            raise self._error(error) from error
        return conn

    def _diagnose(self) -> sqlite3.Connection:
        """Check an existing file without any chance of writing to it: a WAL whose
        committed frames SQLite would drop, a newer version, another program's database,
        damaged pages. Returns the read-only connection (the caller closes it)."""
        path = self.path
        wal_file = path.with_name(path.name + "-wal")
        if wal.lost_commits(wal_file):
            raise DamagedStoreError(msg("learn.store.wal-damaged", path=path),
                                    msg("learn.store.hint.corrupt"))
        conn = self._connect_read_only("?mode=ro")
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.Error as error:
            conn.close()
            code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
            if not (self.read_only and code == sqlite3.SQLITE_CANTOPEN and not wal_file.exists()):
                raise self._error(error) from error
            # A read-only folder, so SQLite cannot make the -shm file it reads a WAL
            # database with. Without a -wal file nobody can be writing (a writer needs
            # one), so the file can be read as it is.
            conn = self._connect_read_only("?mode=ro&immutable=1")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    msg("learn.store.too-new", path=path, version=version, known=SCHEMA_VERSION),
                    msg("learn.store.hint.too-new"),
                )
            if version == 0 and conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
                # another program's database: never add our tables to it
                raise _damaged(path)
            if version > 0 and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _damaged(path)
        except StoreError:
            conn.close()  # read-only: closing it neither checkpoints nor deletes the WAL
            raise
        except sqlite3.Error as error:
            conn.close()
            raise self._error(error) from error
        if not self.read_only:
            conn.close()
        return conn

    def _connect_read_only(self, query: str) -> sqlite3.Connection:
        try:
            return sqlite3.connect(
                self.path.resolve().as_uri() + query, uri=True,
                timeout=self._busy_timeout_ms / 1000, isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as error:
            raise self._error(error) from error

    def _open_read_only(self) -> sqlite3.Connection:
        """For commands that only read: nothing is created, migrated or written."""
        path = self.path
        if not path.is_file():
            raise StoreError(msg("learn.store.unreadable", path=path), msg("learn.store.hint.path"))
        _check_header(path)
        conn = self._diagnose()
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] == 0:  # an empty file
                conn.close()
                conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
                self._migrate(conn, 0)
        except sqlite3.Error as error:
            conn.close()
            raise self._error(error) from error
        return conn

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        while version < SCHEMA_VERSION:
            target = version + 1
            conn.execute("BEGIN IMMEDIATE")
            try:
                current = conn.execute("PRAGMA user_version").fetchone()[0]
                if current >= target:  # another process migrated meanwhile
                    conn.execute("COMMIT")
                    version = current
                    continue
                for statement in _split_sql(MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            version = target

    def _error(self, error: sqlite3.Error) -> StoreError:
        """The right words for each fault, from SQLite's result code (the text is the
        fallback for errors without one)."""
        code = getattr(error, "sqlite_errorcode", 0) or 0
        primary = code & 0xFF
        text = str(error).lower()
        path = self.path
        folder = path.parent
        if primary == sqlite3.SQLITE_FULL or "disk is full" in text:
            return StoreError(msg("learn.store.disk-full", path=path), msg("learn.store.hint.disk-full"))
        if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or (
            not primary and ("locked" in text or "busy" in text)
        ):
            return StoreError(msg("learn.store.busy", path=path), msg("learn.store.hint.busy"))
        if primary == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
            file_is_writable = os.access(path, os.W_OK) if path.exists() else True
            if code == _SQLITE_READONLY_DIRECTORY or (
                file_is_writable and not os.access(folder, os.W_OK)
            ):
                return StoreError(msg("learn.store.folder-readonly", folder=folder),
                                  msg("learn.store.hint.perms"))
            return StoreError(msg("learn.store.readonly", path=path), msg("learn.store.hint.perms"))
        if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
            "not a database" in text or "malformed" in text or "corrupt" in text
        ):
            return _damaged(path)
        if primary == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
            if not path.exists() or not os.access(folder, os.W_OK):
                return StoreError(msg("learn.store.folder-readonly", folder=folder),
                                  msg("learn.store.hint.perms"))
            return StoreError(msg("learn.store.unreadable", path=path), msg("learn.store.hint.perms"))
        return StoreError(msg("learn.store.failed", path=path, error=error),
                          msg("learn.store.hint.failed"))

    def backup_to(self, target: sqlite3.Connection) -> None:
        """Copy the database as it is at one moment into ``target`` (SQLite backup API)."""
        conn = self._conn
        if conn is None:
            raise StoreError(msg("learn.store.closed", path=self.path))
        conn.backup(target)

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT); errors become StoreError."""
        conn = self._conn
        if conn is None:
            raise StoreError(msg("learn.store.closed", path=self.path))
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback(conn)
            raise self._error(error) from error
        except BaseException:
            _rollback(conn)
            raise
        if self.after_write is not None:
            self.after_write(self)

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row | tuple[Any, ...]]:
        conn = self._conn
        if conn is None:
            raise StoreError(msg("learn.store.closed", path=self.path))
        try:
            return conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as error:
            raise self._error(error) from error

    # ------------------------------------------------------------------ card states

    def state(self, key: str) -> CardState | None:
        rows = self._query(f"SELECT {_STATE_COLUMNS} FROM card_state WHERE key = ?", (key,))
        return _state_from_row(rows[0]) if rows else None

    def states(self, deck: str | None = None) -> dict[str, CardState]:
        if deck is None:
            rows = self._query(f"SELECT {_STATE_COLUMNS} FROM card_state")
        else:
            rows = self._query(f"SELECT {_STATE_COLUMNS} FROM card_state WHERE deck = ?", (deck,))
        return {row[0]: _state_from_row(row) for row in rows}

    def leeches(self, deck: str | None = None) -> list[CardState]:
        """Cards flagged as leeches (8 lapses), the most lapses first."""
        sql = f"SELECT {_STATE_COLUMNS} FROM card_state WHERE leech = 1"
        params: tuple[str, ...] = ()
        if deck is not None:
            sql += " AND deck = ?"
            params = (deck,)
        rows = self._query(sql + " ORDER BY lapses DESC, key", params)
        return [_state_from_row(row) for row in rows]

    def save_state(self, state: CardState) -> None:
        """Write a card state without a review (e.g. learn mode's multiple-choice flag)."""
        with self.transaction() as conn:
            _write_state(conn, state)

    # ------------------------------------------------------------------ answers

    def record(
        self,
        state: CardState,
        before: CardState | None,
        *,
        time: datetime,
        rating: int,
        mode: str,
        score: float | None = None,
        verdict: str | None = None,
        response_ms: int | None = None,
        used_hint: bool = False,
        given: str | None = None,
    ) -> Review:
        """Save one answer: the new card state and a review-log row, in one transaction."""
        deck, _, card = state.key.partition("/")
        uid = uuid.uuid4().hex
        ts = to_ms(time)
        phase_before = int(before.phase) if before is not None else int(Phase.NEW)
        before_json = json.dumps(_state_to_dict(before)) if before is not None else None
        if given is not None:
            given = given[:500]
        with self.transaction() as conn:
            _write_state(conn, state)
            cur = conn.execute(
                "INSERT INTO review_log (uid, deck, card, ts, rating, score, verdict, response_ms,"
                " mode, phase_before, used_hint, given, before)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uid, deck, card, ts, int(rating), score, verdict, response_ms, mode,
                 phase_before, int(used_hint), given, before_json),
            )
            review_id = int(cur.lastrowid or 0)
        return Review(
            review_id, uid, deck, card, from_ms(ts) or time, int(rating), score, verdict,
            response_ms, mode, Phase(phase_before), used_hint, given,
        )

    def undo(self, review_id: int, *, time: datetime) -> CardState | None:
        """Take back one answer: the card gets exactly its state from before it.

        Only the latest (not undone) answer of that card can be taken back; returns the
        restored state (None: the card is new again).
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT uid, deck, card, before FROM reviews WHERE id = ?", (review_id,)
            ).fetchone()
            if row is None:
                raise StoreError(msg("learn.store.undo-gone"))
            uid, deck, card, before_json = row
            later = conn.execute(
                "SELECT 1 FROM reviews WHERE deck = ? AND card = ? AND id > ? LIMIT 1",
                (deck, card, review_id),
            ).fetchone()
            if later:
                raise StoreError(msg("learn.store.undo-gone"))
            key = f"{deck}/{card}"
            conn.execute("DELETE FROM card_state WHERE key = ?", (key,))
            restored = None
            if before_json:
                restored = _state_from_dict(json.loads(before_json))
                _write_state(conn, restored)
            conn.execute(
                "INSERT INTO undone (review_uid, ts) VALUES (?, ?)", (uid, to_ms(time))
            )
        return restored

    def override(
        self, review_id: int, state: CardState, *, rating: int, time: datetime
    ) -> Review:
        """The student overrules an auto-graded answer ("ik had het goed"): in one
        transaction the answer is taken back (as ``undo`` does) and logged again as right
        with ``rating``, the same time and response, and the grader's verdict kept in
        ``overridden_from``; ``state`` is the card's new state. Undoing the new row gives
        the state from before the answer, as for any answer."""
        uid = uuid.uuid4().hex
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT uid, deck, card, ts, verdict, response_ms, mode, phase_before,"
                " used_hint, given, before FROM reviews WHERE id = ?", (review_id,)
            ).fetchone()
            later = row and conn.execute(
                "SELECT 1 FROM reviews WHERE deck = ? AND card = ? AND id > ? LIMIT 1",
                (row[1], row[2], review_id),
            ).fetchone()
            if row is None or later:
                raise StoreError(msg("learn.store.undo-gone"))
            old_uid, deck, card, ts, verdict, response_ms, mode, phase_before, hint, given, \
                before = row
            conn.execute("INSERT INTO undone (review_uid, ts) VALUES (?, ?)",
                         (old_uid, to_ms(time)))
            _write_state(conn, state)
            cur = conn.execute(
                "INSERT INTO review_log (uid, deck, card, ts, rating, score, verdict, response_ms,"
                " mode, phase_before, used_hint, given, before, overridden_from)"
                " VALUES (?, ?, ?, ?, ?, 1.0, 'right', ?, ?, ?, ?, ?, ?, ?)",
                (uid, deck, card, ts, int(rating), response_ms, mode, phase_before, hint, given,
                 before, verdict or "wrong"),
            )
            new_id = int(cur.lastrowid or 0)
        return Review(new_id, uid, deck, card, from_ms(ts) or time, int(rating), 1.0, "right",
                      response_ms, mode, Phase(phase_before), bool(hint), given)

    # ------------------------------------------------------------------ queries

    def reviews(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        deck: str | None = None,
        key: str | None = None,
    ) -> list[Review]:
        """Review-log rows (undone answers left out), oldest first."""
        where: list[str] = ["1"]
        params: list[str | int | None] = []
        if since is not None:
            where.append("ts >= ?")
            params.append(to_ms(since))
        if until is not None:
            where.append("ts < ?")
            params.append(to_ms(until))
        if deck is not None:
            where.append("deck = ?")
            params.append(deck)
        if key is not None:
            d, _, c = key.partition("/")
            where.append("deck = ? AND card = ?")
            params += [d, c]
        rows = self._query(
            "SELECT id, uid, deck, card, ts, rating, score, verdict, response_ms, mode,"
            f" phase_before, used_hint, given FROM reviews WHERE {' AND '.join(where)}"
            " ORDER BY ts, id",
            params,
        )
        return [
            Review(r[0], r[1], r[2], r[3], from_ms(r[4]) or datetime.min, r[5], r[6], r[7], r[8],
                   r[9], Phase(r[10]), bool(r[11]), r[12])
            for r in rows
        ]

    BUCKET_MS = 15 * 60 * 1000  # every real time zone offset is a multiple of 15 minutes

    def review_buckets(
        self, deck: str | None = None, *, cap_ms: int = 60_000
    ) -> list[tuple[int, int, int, int, int]]:
        """The review log summed per 15 minutes, for statistics, oldest first:
        (bucket start in epoch ms, answers, response ms (each capped at ``cap_ms``),
        answers to cards in review, of which not Again)."""
        where = ""
        params: list[str | int] = [int(cap_ms)]
        if deck is not None:
            where = " WHERE deck = ?"
            params.append(deck)
        rows = self._query(
            f"SELECT ts / {self.BUCKET_MS}, COUNT(*), SUM(MIN(COALESCE(response_ms, 0), ?)),"
            f" SUM(phase_before = {int(Phase.REVIEW)}),"
            f" SUM(phase_before = {int(Phase.REVIEW)} AND rating > 1)"
            f" FROM reviews{where} GROUP BY 1 ORDER BY 1",
            params,
        )
        return [(b * self.BUCKET_MS, n, ms or 0, r or 0, k or 0) for b, n, ms, r, k in rows]

    def again_counts(self, deck: str | None = None) -> dict[str, int]:
        """Card key -> number of "Again" answers (undone answers left out)."""
        where, params = "", []
        if deck is not None:
            where = " AND deck = ?"
            params.append(deck)
        rows = self._query(
            f"SELECT deck || '/' || card, COUNT(*) FROM reviews WHERE rating = 1{where}"
            " GROUP BY deck, card",
            params,
        )
        return {key: count for key, count in rows}

    def count_new_since(self, since: datetime) -> int:
        """Cards started since ``since`` (the daily new-card limit): answered for the first
        time in study (or learn mode). A quiz never spends the new-card budget."""
        rows = self._query(
            "SELECT COUNT(*) FROM reviews WHERE ts >= ? AND phase_before = 0 AND mode != 'quiz'",
            (to_ms(since),),
        )
        return int(rows[0][0])

    def count_reviews_since(self, since: datetime) -> int:
        """Answers to cards that were in review since ``since`` (daily review limit)."""
        rows = self._query(
            "SELECT COUNT(DISTINCT deck || '/' || card) FROM reviews"
            " WHERE ts >= ? AND phase_before = ? AND mode != 'quiz'",
            (to_ms(since), int(Phase.REVIEW)),
        )
        return int(rows[0][0])

    def mistake_keys(self, since: datetime, until: datetime | None = None) -> list[str]:
        """Keys of the cards answered wrong (Again) in ``[since, until)``, the most recent
        mistake first: "oefen mijn fouten"."""
        rows = self._query(
            "SELECT deck || '/' || card, MAX(ts) FROM reviews WHERE ts >= ? AND ts < ?"
            " AND rating = 1 GROUP BY deck, card ORDER BY MAX(ts) DESC",
            (to_ms(since), to_ms(until) if until is not None else 2**62),
        )
        return [str(r[0]) for r in rows]

    def siblings_since(self, since: datetime) -> dict[str, set[str]]:
        """Sibling group -> keys of cards of that group answered since ``since``."""
        rows = self._query(
            "SELECT siblings, key FROM card_state WHERE last_review >= ? AND siblings != ''",
            (to_ms(since),),
        )
        out: dict[str, set[str]] = {}
        for siblings, key in rows:
            out.setdefault(siblings, set()).add(key)
        return out

    def review_count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM reviews")[0][0])

    # ------------------------------------------------------------------ export / import

    def export_json(self, *, time: datetime | None = None) -> dict[str, Any]:
        """All progress as a JSON-ready dict (backup, another machine, hand in to a teacher)."""
        cards = [_state_to_dict(s, iso=True) for s in self.states().values()]
        reviews = []
        for r in self._query(
            "SELECT uid, deck, card, ts, rating, score, verdict, response_ms, mode, phase_before,"
            " used_hint, given, before, overridden_from FROM review_log ORDER BY id"
        ):
            review = {
                "uid": r[0], "deck": r[1], "card": r[2], "time": _iso(r[3]), "rating": r[4],
                "score": r[5], "verdict": r[6], "response_ms": r[7], "mode": r[8],
                "phase_before": r[9], "used_hint": bool(r[10]), "given": r[11],
                "before": json.loads(r[12]) if r[12] else None,
            }
            if r[13]:  # the student overruled the grader's verdict (for the class report)
                review["overridden_from"] = r[13]
            reviews.append(review)
        undone = [{"uid": u, "time": _iso(ts)} for u, ts in self._query(
            "SELECT review_uid, ts FROM undone ORDER BY ts")]
        resets = [{"deck": d, "time": _iso(ts)} for d, ts in self._query(
            "SELECT deck, ts FROM resets ORDER BY id")]
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": (time or datetime.now(UTC)).isoformat(),
            "cards": cards,
            "reviews": reviews,
            "undone": undone,
            "resets": resets,
        }

    def export_file(self, path: str | os.PathLike[str], *, time: datetime | None = None) -> Path:
        """Write ``export_json()`` to a file (written to a temporary name, then renamed)."""
        from cjtrainer import atomic
        from cjtrainer.config import os_reason

        target = Path(path)
        text = json.dumps(self.export_json(time=time), ensure_ascii=False, indent=1)
        try:  # a failed write (disk full) leaves no temporary file behind
            atomic.write_bytes(target, text.encode("utf-8"))
        except OSError as error:
            raise StoreError(
                msg("learn.store.export-failed", path=target, error=os_reason(error)),
                msg("learn.store.hint.path"),
            ) from error
        return target

# ---------------------------------------------------------------------- helpers


def _check_header(path: Path) -> None:
    """A non-empty file that does not start like SQLite is not ours: refuse, keep it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise StoreError(
            msg("learn.store.unreadable", path=path), msg("learn.store.hint.perms")
        ) from error
    if head and head != b"SQLite format 3\x00":
        raise _damaged(path)


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _split_sql(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def _write_state(conn: sqlite3.Connection, s: CardState) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO card_state ({_STATE_COLUMNS})"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (s.key, s.deck_id, int(s.phase), s.step, s.stability, s.difficulty, to_ms(s.due),
         to_ms(s.last_review), s.reps, s.lapses, int(s.leech), int(s.mc_passed),
         to_ms(s.introduced), s.siblings),
    )


def _state_from_row(row: Any) -> CardState:
    return CardState(
        key=row[0], phase=Phase(row[2]), step=row[3], stability=row[4], difficulty=row[5],
        due=from_ms(row[6]), last_review=from_ms(row[7]), reps=row[8], lapses=row[9],
        leech=bool(row[10]), mc_passed=bool(row[11]), introduced=from_ms(row[12]),
        siblings=row[13] or "",
    )


def _iso(ms: int | None) -> str | None:
    moment = from_ms(ms)
    return moment.isoformat() if moment else None


def _parse_time(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_ms(int(value))
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError(f"time without time zone: {value}")
    return moment.astimezone(UTC)


def _state_to_dict(s: CardState, *, iso: bool = False) -> dict[str, Any]:
    conv = (lambda d: d.isoformat() if d else None) if iso else to_ms
    return {
        "key": s.key, "phase": int(s.phase), "step": s.step, "stability": s.stability,
        "difficulty": s.difficulty, "due": conv(s.due), "last_review": conv(s.last_review),
        "reps": s.reps, "lapses": s.lapses, "leech": s.leech, "mc_passed": s.mc_passed,
        "introduced": conv(s.introduced), "siblings": s.siblings,
    }


def _opt_float(value: str | float | None) -> float | None:  # from JSON: may come as text
    return None if value is None else float(value)


def _opt_int(value: str | float | None) -> int | None:
    return None if value is None else int(value)


def _state_from_dict(d: dict[str, Any]) -> CardState:
    key = str(d["key"])
    if "/" not in key:
        raise ValueError(f"bad card key {key!r}")
    return CardState(
        key=key, phase=Phase(int(d["phase"])), step=_opt_int(d.get("step")),
        stability=_opt_float(d.get("stability")), difficulty=_opt_float(d.get("difficulty")),
        due=_parse_time(d.get("due")), last_review=_parse_time(d.get("last_review")),
        reps=int(d.get("reps", 0)), lapses=int(d.get("lapses", 0)), leech=bool(d.get("leech")),
        mc_passed=bool(d.get("mc_passed")), introduced=_parse_time(d.get("introduced")),
        siblings=str(d.get("siblings") or ""),
    )
