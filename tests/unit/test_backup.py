"""Automatic backups of the progress: a consistent copy at most every 30 minutes of study
and at exit, old ones pruned, listed and restored with `cjtrainer backup`. Real files."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cjtrainer import cli
from cjtrainer.errors import StoreError
from cjtrainer.learn import backup
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import DamagedStoreError, Store
from tests.unit.support import T0, answer


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def studied(data: Path, clock: Clock, answers: int, *, minutes_apart: float = 1) -> Store:
    """A store with the app's backup policy, after `answers` answers."""
    store = Store(data / "progress.sqlite3")
    policy = backup.Backups(data, clock)
    store.after_write = policy.after_write
    for i in range(answers):
        answer(store, f"d/c{i}", Rating.GOOD, clock())
        clock.now += timedelta(minutes=minutes_apart)
    store.backups = policy  # type: ignore[attr-defined]
    return store


def test_a_backup_at_most_every_30_minutes_of_study_and_one_at_exit(tmp_path: Path) -> None:
    clock = Clock(T0)
    store = studied(tmp_path, clock, 70)  # 70 answers, one a minute
    made = backup.list_backups(tmp_path)
    assert len(made) == 3  # first answer, +30 min, +60 min
    gaps = [a.made - b.made for a, b in zip(made, made[1:], strict=False)]
    assert all(gap >= timedelta(minutes=30) for gap in gaps)
    store.backups.at_exit(store)  # type: ignore[attr-defined]
    store.close()
    newest = backup.list_backups(tmp_path)[0]
    assert backup.answers_in(newest) == 70  # the exit backup holds every answer


def test_backup_restore_brings_back_the_answers_and_keeps_the_damaged_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    clock = Clock(T0)
    store = studied(data, clock, 12)
    store.backups.at_exit(store)  # type: ignore[attr-defined]
    store.close()
    db = data / "progress.sqlite3"
    damaged = b"SQLite format 3\x00" + b"\xff" * 8000
    db.write_bytes(damaged)
    with pytest.raises(DamagedStoreError):
        Store(db)

    assert cli.main(["backup", "list"]) == 0
    listing = capsys.readouterr().out
    assert "12 antwoorden" in listing and "cjtrainer backup restore" in listing
    assert cli.main(["backup", "restore"]) == 0
    assert "teruggezet" in capsys.readouterr().out
    with Store(db) as restored:
        assert restored.review_count() == 12
        assert {r.key for r in restored.reviews()} == {f"d/c{i}" for i in range(12)}
    [aside] = data.glob("progress.sqlite3.voor-herstel-*")
    assert aside.read_bytes() == damaged  # moved aside, never deleted


def test_restore_moves_the_old_wal_aside_with_its_file(tmp_path: Path) -> None:
    clock = Clock(T0)
    store = studied(tmp_path, clock, 3)
    [only] = backup.list_backups(tmp_path)
    answer(store, "d/later", Rating.GOOD, clock())  # in the -wal only, store still open
    wal = tmp_path / "progress.sqlite3-wal"
    assert wal.exists()
    log = wal.read_bytes()
    backup.restore(tmp_path, only, clock())
    store._conn = None  # the old connection belongs to the moved file; do not checkpoint
    assert not wal.exists()
    [aside_wal] = tmp_path.glob("progress.sqlite3.voor-herstel-*-wal")
    assert aside_wal.read_bytes() == log
    with Store(tmp_path / "progress.sqlite3") as restored:
        assert restored.review_count() == backup.answers_in(only)


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    clock = Clock(T0)
    studied(tmp_path, clock, 2).close()
    [only] = backup.list_backups(tmp_path)
    only.path.write_bytes(b"not a database" * 100)
    before = (tmp_path / "progress.sqlite3").read_bytes()
    with pytest.raises(StoreError) as info:
        backup.restore(tmp_path, only, clock())
    assert "beschadigd" in info.value.message
    assert (tmp_path / "progress.sqlite3").read_bytes() == before
    assert not list(tmp_path.glob("*voor-herstel*"))


def test_backups_older_than_the_kept_days_are_removed_but_the_newest_stay(
    tmp_path: Path,
) -> None:
    clock = Clock(T0)
    store = studied(tmp_path, clock, 1)
    for _ in range(5):
        clock.now += timedelta(days=5)
        backup.make(store, tmp_path, clock())
    store.close()
    kept = backup.list_backups(tmp_path)
    assert all(clock.now - b.made <= timedelta(days=backup.KEEP_DAYS) for b in kept)
    assert len(kept) >= backup.KEEP_AT_LEAST
    clock.now += timedelta(days=365)  # back after a long break: the newest are kept
    backup.prune(tmp_path, clock())
    assert len(backup.list_backups(tmp_path)) == backup.KEEP_AT_LEAST


def test_a_failed_backup_never_stops_an_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Store, "backup_to", full)
    clock = Clock(T0)
    with studied(tmp_path, clock, 3) as store:
        assert store.review_count() == 3
    assert backup.list_backups(tmp_path) == []
    assert not list((tmp_path / "backups").glob("*.tmp"))


def test_no_backups_yet_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["backup", "list"]) == 2
    assert "nog geen back-ups" in capsys.readouterr().err


def test_a_backup_is_one_self_contained_file(tmp_path: Path) -> None:
    clock = Clock(T0)
    studied(tmp_path, clock, 2).close()
    [only] = backup.list_backups(tmp_path)
    assert backup.answers_in(only) == 1  # made at the first answer
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [only.name]
