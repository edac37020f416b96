"""The progress database is diagnosed before anything can write to it, and every fault
gets its own words. Real SQLite files, real processes killed with SIGKILL; where the fault
cannot be made for real as root (permissions), the error SQLite really raises is used."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from cjtrainer import cli
from cjtrainer.errors import StoreError
from cjtrainer.learn import wal
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import Store
from tests.unit.support import T0, answer

ROOT = Path(__file__).resolve().parents[2]

# A child that answers `kept` cards and closes (the WAL folded into the file), then
# answers `pending` more and is killed: those answers live only in the -wal file.
CHILD = """
import os, signal, sys
from datetime import timedelta
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import Store
from tests.unit.support import T0, answer
db, kept, pending = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with Store(db) as store:
    for i in range(kept):
        answer(store, f"d/k{i}", Rating.GOOD, T0 + timedelta(seconds=i))
store = Store(db)
for i in range(pending):
    answer(store, f"d/p{i}", Rating.GOOD, T0 + timedelta(hours=1, seconds=i))
os.kill(os.getpid(), signal.SIGKILL)
"""


def killed_with_pending_wal(db: Path, kept: int, pending: int) -> Path:
    db.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-c", CHILD, str(db), str(kept), str(pending)],
                          cwd=ROOT, capture_output=True, timeout=60, check=False)
    assert done.returncode == -9, done.stderr
    wal_file = db.with_name(db.name + "-wal")
    assert wal_file.stat().st_size > 0
    return wal_file


def test_sigkill_with_a_pending_wal_then_a_damaged_page_keeps_file_and_wal_byte_for_byte(
    tmp_path: Path,
) -> None:
    db = tmp_path / "progress.sqlite3"
    wal_file = killed_with_pending_wal(db, kept=300, pending=5)
    data = bytearray(db.read_bytes())
    for i in range(4096 + 100, len(data) - 100, 4096):
        data[i:i + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    damaged, log = db.read_bytes(), wal_file.read_bytes()
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "beschadigd" in info.value.message and "niet aangeraakt" in (info.value.hint or "")
    assert db.read_bytes() == damaged and wal_file.read_bytes() == log


def test_a_damaged_wal_frame_with_answers_after_it_is_refused_not_silently_dropped(
    tmp_path: Path,
) -> None:
    db = tmp_path / "progress.sqlite3"
    wal_file = killed_with_pending_wal(db, kept=0, pending=20)
    log = bytearray(wal_file.read_bytes())
    page_size = int.from_bytes(log[8:12], "big")
    third_frame_data = 32 + 2 * (24 + page_size) + 24
    log[third_frame_data + 50] ^= 0xFF
    wal_file.write_bytes(bytes(log))
    before = db.read_bytes(), wal_file.read_bytes()
    assert wal.lost_commits(wal_file)
    with pytest.raises(StoreError) as info:
        Store(db)
    assert "logbestand" in info.value.message
    assert (db.read_bytes(), wal_file.read_bytes()) == before


def test_an_intact_pending_wal_is_replayed_with_every_answer(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    wal_file = killed_with_pending_wal(db, kept=3, pending=20)
    assert not wal.lost_commits(wal_file)
    with Store(db) as store:
        assert store.review_count() == 23


def test_disk_full_while_answering_says_disk_full_and_the_answer_can_be_saved_again(
    tmp_path: Path,
) -> None:
    with Store(tmp_path / "progress.sqlite3") as store:
        assert store._conn is not None
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL
        with pytest.raises(StoreError) as info:
            for i in range(500):
                answer(store, f"d/c{i}", Rating.GOOD, T0 + timedelta(seconds=i))
        assert "de schijf is vol" in info.value.message
        assert "opzij" not in (info.value.hint or "") and "ruimte" in (info.value.hint or "")
        saved = store.review_count()
        store._conn.execute("PRAGMA max_page_count = 1000000")  # space freed: try again
        answer(store, "d/again", Rating.GOOD, T0 + timedelta(hours=2))
        assert store.review_count() == saved + 1


def _real_read_only_error(tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / "ro.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("INSERT INTO t VALUES (1)")
    except sqlite3.Error as error:
        return error
    raise AssertionError("a read-only connection wrote")


def test_a_read_only_file_and_a_read_only_folder_are_named_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = _real_read_only_error(tmp_path)
    assert error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
    db = tmp_path / "data" / "progress.sqlite3"
    store = Store(db)
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if mode == os.W_OK and Path(str(path)) == denied:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr("cjtrainer.learn.store.os.access", access)
    denied = db
    assert "het bestand is alleen-lezen" in store._error(error).message
    denied = db.parent
    message = store._error(error).message
    assert "In de map" in message and "geen schrijfrechten" in message
    store.close()


def test_stats_reads_progress_it_may_not_write(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    db = data / "progress.sqlite3"
    with Store(db) as store:
        answer(store, "d/a", Rating.GOOD, T0)
    content = db.read_bytes()
    real_access = os.access
    monkeypatch.setattr("cjtrainer.learn.store.os.access", lambda p, m: (
        False if m == os.W_OK else real_access(p, m)))
    with pytest.raises(StoreError):
        Store(db)  # writing is refused ...
    assert cli.main(["stats", "--json"]) == 0  # ... reading is not
    assert json.loads(capsys.readouterr().out)["answers_total"] == 1
    assert db.read_bytes() == content


def test_a_failed_progress_export_says_disk_full_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    real_fdopen = os.fdopen

    def full_disk(fd: int, mode: str = "r") -> object:
        stream = real_fdopen(fd, mode)

        def write(data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        stream.write = write  # type: ignore[method-assign]
        return stream

    with Store(tmp_path / "progress.sqlite3") as store:
        answer(store, "d/a", Rating.GOOD, T0)
        monkeypatch.setattr("cjtrainer.atomic.os.fdopen", full_disk)
        with pytest.raises(StoreError) as info:
            store.export_file(out / "voortgang.json")
    assert "de schijf is vol" in info.value.message
    assert list(out.iterdir()) == []


EXERCISE_CHILD = """
import os, signal, sys
from pathlib import Path
from tests.unit.support import NOW, teacher_exercise
from cjtrainer.exercise.store import ExerciseStore
data = Path(sys.argv[1])
store = ExerciseStore(data)
for _ in range(200):
    store.create(teacher_exercise(), NOW)
store.close()
store = ExerciseStore(data)
for _ in range(5):
    store.create(teacher_exercise(), NOW)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_exercise_store_after_sigkill_with_a_damaged_page_keeps_file_and_wal(
    tmp_path: Path,
) -> None:
    from cjtrainer.exercise.store import ExerciseStore

    done = subprocess.run([sys.executable, "-c", EXERCISE_CHILD, str(tmp_path)], cwd=ROOT,
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == -9, done.stderr
    db, wal_file = tmp_path / "exercises.sqlite3", tmp_path / "exercises.sqlite3-wal"
    assert wal_file.stat().st_size > 0
    data = bytearray(db.read_bytes())
    for i in range(4096 + 100, len(data) - 100, 4096):
        data[i:i + 64] = b"\xff" * 64
    db.write_bytes(bytes(data))
    before = db.read_bytes(), wal_file.read_bytes()
    with pytest.raises(StoreError) as info:
        ExerciseStore(tmp_path)
    assert "beschadigd" in info.value.message
    assert (db.read_bytes(), wal_file.read_bytes()) == before


def _full_disk_fdopen(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen

    def full_disk(fd: int, mode: str = "r") -> object:
        stream = real_fdopen(fd, mode)

        def write(data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        stream.write = write  # type: ignore[method-assign]
        return stream

    monkeypatch.setattr("cjtrainer.atomic.os.fdopen", full_disk)


def test_failed_exercise_export_and_hand_in_say_disk_full_and_leave_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.support import DATA, finished_session

    finished_session(Path(os.environ["CJTRAINER_DATA_DIR"]))
    out = tmp_path / "inleveren"
    out.mkdir()
    _full_disk_fdopen(monkeypatch)
    assert cli.main(["--content", str(DATA), "exercise", "export", "fietsenwinkel",
                     "-o", str(out), "--name", "Sam"]) == 2
    assert "de schijf is vol" in capsys.readouterr().err
    assert cli.main(["export-progress", "--name", "Sam", "-o", str(out) + "/"]) == 2
    assert "de schijf is vol" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_stats_reads_progress_in_a_read_only_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.unit.support import read_only

    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    with Store(data / "progress.sqlite3") as store:
        answer(store, "d/a", Rating.GOOD, T0)
    assert not (data / "progress.sqlite3-wal").exists()  # closed cleanly
    content = (data / "progress.sqlite3").read_bytes()
    with read_only(data):  # SQLite cannot make its -shm file here
        assert cli.main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["answers_total"] == 1
    assert (data / "progress.sqlite3").read_bytes() == content
