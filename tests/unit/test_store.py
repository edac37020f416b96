"""The progress store on real SQLite files: durability, undo, export, and
every way a database can be unusable (garbage, damaged, too new, read-only, locked)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from cjtrainer.errors import StoreError
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import SCHEMA_VERSION, Store
from tests.unit.support import T0, answer, read_only


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "progress.sqlite3"


def test_answers_survive_reopening(db: Path) -> None:
    with Store(db) as store:
        answer(store, "biekar/b1", Rating.GOOD, T0)
        answer(store, "biekar/b1", Rating.GOOD, T0 + timedelta(minutes=10))
        state = store.state("biekar/b1")
    with Store(db) as again:
        assert again.state("biekar/b1") == state
        reviews = again.reviews()
        assert [r.rating for r in reviews] == [3, 3]
        assert reviews[0].key == "biekar/b1" and reviews[0].response_ms == 1200
        assert reviews[0].time == T0
        assert again.count_new_since(T0) == 1
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_undo_restores_the_exact_state_and_keeps_the_log(db: Path) -> None:
    with Store(db) as store:
        answer(store, "d/a", Rating.GOOD, T0)
        before = store.state("d/a")
        rid = answer(store, "d/a", Rating.AGAIN, T0 + timedelta(minutes=5))
        assert store.state("d/a") != before
        assert store.undo(rid, time=T0 + timedelta(minutes=6)) == before
        assert store.state("d/a") == before
        assert len(store.reviews()) == 1
        # a new card becomes new again
        rid_b = answer(store, "d/b", Rating.GOOD, T0)
        assert store.undo(rid_b, time=T0) is None
        assert store.state("d/b") is None
        # the log itself is only appended to
        raw = sqlite3.connect(db).execute("SELECT COUNT(*) FROM review_log").fetchone()[0]
        assert raw == 3
        # an undone answer cannot be undone twice; an older answer cannot be undone
        with pytest.raises(StoreError):
            store.undo(rid, time=T0)
        first = store.reviews()[0].id
        answer(store, "d/a", Rating.GOOD, T0 + timedelta(minutes=20))
        with pytest.raises(StoreError):
            store.undo(first, time=T0)


def test_removed_cards_keep_their_state(db: Path) -> None:
    with Store(db) as store:
        answer(store, "d/gone", Rating.GOOD, T0)
    with Store(db) as store:
        assert store.state("d/gone") is not None


# ---------------------------------------------------------------------- unusable files


def _assert_kept(path: Path, content: bytes) -> None:
    assert path.read_bytes() == content


def test_garbage_file_is_refused_and_kept(db: Path) -> None:
    db.parent.mkdir(parents=True)
    garbage = b"this is not a database at all\n" * 100
    db.write_bytes(garbage)
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "beschadigd" in info.value.message and info.value.hint
    _assert_kept(db, garbage)


def test_damaged_database_is_refused_and_kept(db: Path) -> None:
    with Store(db) as store:
        for i in range(300):
            answer(store, f"d/c{i}", Rating.GOOD, T0 + timedelta(seconds=i))
    # fold the WAL into the main file, then damage pages in the middle
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    data = bytearray(db.read_bytes())
    assert len(data) > 8192
    for i in range(4096 + 100, len(data) - 100, 4096):
        data[i : i + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    with pytest.raises(StoreError) as info:
        with Store(db) as store:
            store.states()
            store.reviews()
    assert "beschadigd" in info.value.message
    _assert_kept(db, damaged)


def test_database_from_a_newer_version_is_refused_and_kept(db: Path) -> None:
    with Store(db):
        pass
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    content = db.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "nieuwere versie" in info.value.message
    _assert_kept(db, content)


def test_read_only_database_gives_a_clear_message(db: Path) -> None:
    with Store(db) as store:
        answer(store, "d/a", Rating.GOOD, T0)
    content = db.read_bytes()
    with read_only(db):
        with pytest.raises(StoreError) as info:
            Store(db)
        assert "alleen-lezen" in info.value.message
    _assert_kept(db, content)


def test_a_folder_in_the_way_gives_a_clear_message(db: Path) -> None:
    db.mkdir(parents=True)
    with pytest.raises(StoreError):
        Store(db)


def test_second_writer_waits_for_the_first(db: Path) -> None:
    """Another process holds the write lock for a moment: our answer waits, then saves."""
    with Store(db) as store:
        holder = subprocess.Popen(
            [sys.executable, "-c",
             "import sqlite3, sys, time\n"
             "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
             "c.execute('BEGIN IMMEDIATE')\n"
             "print('locked', flush=True)\n"
             "time.sleep(0.5)\n"
             "c.execute('COMMIT')\n", str(db)],
            stdout=subprocess.PIPE, text=True,
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            started = time.monotonic()
            answer(store, "d/a", Rating.GOOD, T0)  # waits, then succeeds
            assert time.monotonic() - started >= 0.2
        finally:
            holder.wait(timeout=10)
        assert store.state("d/a") is not None


def test_writer_held_too_long_gives_a_clear_message(db: Path) -> None:
    with Store(db, busy_timeout_ms=200) as store:
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError) as info:
                answer(store, "d/a", Rating.GOOD, T0)
            assert "in gebruik" in info.value.message
        finally:
            other.execute("ROLLBACK")
            other.close()
        answer(store, "d/a", Rating.GOOD, T0)  # fine once the other lets go
        assert len(store.reviews()) == 1


def test_exclusive_lock_at_open_gives_a_clear_message(db: Path) -> None:
    with Store(db):
        pass
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")  # exclusive locking mode keeps the lock after the transaction
    try:
        with pytest.raises(StoreError) as info:
            with Store(db, busy_timeout_ms=200) as store:
                store.states()
                answer(store, "d/a", Rating.GOOD, T0)
        assert "in gebruik" in info.value.message
    finally:
        holder.close()


def test_two_stores_on_one_file_both_write(db: Path) -> None:
    with Store(db) as one, Store(db) as two:
        answer(one, "d/a", Rating.GOOD, T0)
        answer(two, "d/b", Rating.GOOD, T0)
        assert set(one.states()) == {"d/a", "d/b"}


def test_export_file_holds_the_progress(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        answer(store, "d/a", Rating.GOOD, T0)
        out = store.export_file(tmp_path / "backup" / "voortgang.json", time=T0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "cjtrainer-progress" and data["exported_at"] == T0.isoformat()
    assert [(r["card"], r["rating"]) for r in data["reviews"]] == [("a", int(Rating.GOOD))]
    assert [c["key"] for c in data["cards"]] == ["d/a"]


def test_memory_store_creates_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(":memory:") as store:
        assert store.states() == {} and store.reviews() == []
    assert list(tmp_path.iterdir()) == []


def test_unwritable_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    with Store(folder / "kept.sqlite3") as store:
        answer(store, "d/a", Rating.GOOD, T0)
    with read_only(folder):
        with pytest.raises(StoreError) as info:
            Store(folder / "progress.sqlite3")
        assert "geen voortgang worden opgeslagen" in info.value.message
        with pytest.raises(StoreError):  # WAL needs its side files in the folder
            with Store(folder / "kept.sqlite3") as store:
                answer(store, "d/b", Rating.GOOD, T0)
    with Store(folder / "kept.sqlite3") as store:
        assert set(store.states()) == {"d/a"}


@pytest.mark.slow
def test_the_answer_benchmark_runs(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "bench" / "bench_answer.py"), "--rows", "2000",
         "--answers", "30", "--json"],
        capture_output=True, text=True, timeout=120, env=dict(os.environ, PYTHONPATH=str(root)),
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["log_rows"] == 2030 and result["answers"] == 30
    assert result["answer"]["p50_ms"] > 0 and result["bare_insert_commit"]["p99_ms"] > 0


def test_another_programs_database_is_left_alone(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    content = db.read_bytes()
    with pytest.raises(StoreError):
        Store(db)
    _assert_kept(db, content)


def test_an_empty_file_becomes_a_store(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"")
    with Store(db) as store:
        answer(store, "d/a", Rating.GOOD, T0)
        assert store.review_count() == 1
