"""Automatic backups of the progress database, the way Anki keeps them.

* A consistent copy made with SQLite's backup API (a snapshot of one moment, also while
  another process writes), at most every 30 minutes while the student studies and once
  when the app closes after answers, into ``<data>/backups/``.
* Backups older than ``KEEP_DAYS`` days are removed, but the newest ``KEEP_AT_LEAST`` are
  always kept (a student back after the holidays still has one).
* ``restore`` checks the backup first, then moves the current file (and its ``-wal`` and
  ``-shm``) aside as ``progress.sqlite3.voor-herstel-<time>``: nothing is ever deleted.
* A failed backup never stops an answer from being saved: it is logged and tried again
  at the next answer.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer.errors import StoreError
from cjtrainer.i18n import msg

if TYPE_CHECKING:
    from cjtrainer.learn.store import Store

log = logging.getLogger("cjtrainer.backup")

FOLDER = "backups"
INTERVAL = timedelta(minutes=30)
KEEP_DAYS = 14
KEEP_AT_LEAST = 3
_PREFIX, _SUFFIX, _STAMP = "progress-", ".sqlite3", "%Y%m%d-%H%M%S"


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime  # UTC

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def shown_time(self) -> str:
        """When it was made, in local time, the way a student reads a date."""
        return self.made.astimezone().strftime("%d-%m-%Y %H:%M")


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def list_backups(data_dir: Path) -> list[Backup]:
    """The backups in the data folder, newest first."""
    found = []
    try:
        paths = list(folder(data_dir).glob(f"{_PREFIX}*{_SUFFIX}"))
    except OSError:
        return []
    for path in paths:
        stamp = path.name[len(_PREFIX):-len(_SUFFIX)][:15]
        try:
            made = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        found.append(Backup(path, made))
    return sorted(found, key=lambda b: (b.made, b.name), reverse=True)


def make(store: Store, data_dir: Path, now: datetime) -> Backup:
    """Copy the store's database now (raises OSError or sqlite3.Error)."""
    target_folder = folder(data_dir)
    target_folder.mkdir(parents=True, exist_ok=True)
    base = f"{_PREFIX}{now.astimezone(UTC).strftime(_STAMP)}"
    target = target_folder / f"{base}{_SUFFIX}"
    number = 2
    while target.exists():
        target = target_folder / f"{base}-{number}{_SUFFIX}"
        number += 1
    partial = target.with_name(target.name + ".tmp")
    try:
        copy = sqlite3.connect(partial)
        try:
            store.backup_to(copy)
            # one self-contained file: reading it later makes no -wal or -shm beside it
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    prune(data_dir, now)
    return Backup(target, now.astimezone(UTC))


def prune(data_dir: Path, now: datetime) -> None:
    for old in list_backups(data_dir)[KEEP_AT_LEAST:]:
        if now - old.made > timedelta(days=KEEP_DAYS):
            old.path.unlink(missing_ok=True)


def answers_in(backup: Backup) -> int | None:
    """How many answers the backup holds (None: it cannot be read)."""
    from cjtrainer.learn.store import Store

    try:
        with Store(backup.path, read_only=True) as store:
            return store.review_count()
    except StoreError:
        return None


def restore(data_dir: Path, backup: Backup, now: datetime) -> Path | None:
    """Put a backup back as the progress. Returns where the replaced file was moved
    (None: there was none). Raises StoreError when the backup itself is unusable or
    the files cannot be moved; then nothing has changed."""
    from cjtrainer.learn.store import default_path

    if answers_in(backup) is None:
        raise StoreError(msg("backup.unusable", name=backup.name), msg("backup.hint.other"))
    progress = default_path(data_dir)
    stamp = now.astimezone(UTC).strftime(_STAMP)
    aside = progress.with_name(f"{progress.name}.voor-herstel-{stamp}")
    partial = progress.with_name(progress.name + ".herstel.tmp")
    done: list[tuple[Path, Path]] = []  # moves made, undone when a later step fails
    try:
        shutil.copyfile(backup.path, partial)
        # The old file's log belongs to the old file: SQLite must never apply it to the
        # restored one. Both are kept, side by side.
        for side in ("", "-wal", "-shm"):
            current = progress.with_name(progress.name + side)
            if current.exists():
                os.replace(current, aside.with_name(aside.name + side))
                done.append((aside.with_name(aside.name + side), current))
        os.replace(partial, progress)
    except OSError as error:
        partial.unlink(missing_ok=True)
        for moved_to, came_from in reversed(done):
            try:
                os.replace(moved_to, came_from)
            except OSError:
                log.error("could not move %s back to %s", moved_to, came_from)
        from cjtrainer.config import os_reason

        raise StoreError(msg("backup.restore-failed", error=os_reason(error)),
                         msg("learn.store.hint.perms")) from error
    return aside if done and done[0][1] == progress else None


class Backups:
    """When to back up, for one store in one app run."""

    def __init__(self, data_dir: Path, clock: Callable[[], datetime],
                 interval: timedelta = INTERVAL) -> None:
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.interval = interval
        newest = list_backups(self.data_dir)
        self.last: datetime | None = newest[0].made if newest else None
        self.unsaved = False  # answers since the last backup

    def after_write(self, store: Store) -> None:
        self.unsaved = True
        now = self.clock()
        if self.last is None or now - self.last >= self.interval:
            self._make(store, now)

    def at_exit(self, store: Store) -> None:
        if self.unsaved:
            self._make(store, self.clock())

    def _make(self, store: Store, now: datetime) -> None:
        try:
            make(store, self.data_dir, now)
        except (OSError, sqlite3.Error, StoreError) as error:
            log.warning("backup failed: %s", error)  # tried again at the next answer
            return
        self.last = now
        self.unsaved = False
