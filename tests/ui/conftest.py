"""Fixtures for the app tests: a real catalogue folder, a real store, a fixed clock."""

from __future__ import annotations

import random
import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cjtrainer import config

DATA = Path(__file__).parents[1] / "data"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Ticker:
    """A monotonic clock that advances 4 seconds per call: stable response times."""

    def __init__(self) -> None:
        self.value = 0.0

    def __call__(self) -> float:
        self.value += 4.0
        return self.value


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", folder / "testdeck.yaml")
    return folder


@pytest.fixture
def make_app(tmp_path: Path, content: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()  # study days and calendars in UTC, whatever the machine's zone

    def make(folders: list[Path] | None = None, clock: Clock | None = None,
             settings: config.Settings | None = None, data_dir: Path | None = None,
             save_settings: bool = False, settle_seconds: float = 0.0):
        from cjtrainer.ui.app import CjApp

        app = CjApp(
            data_dir=data_dir or tmp_path / "data",
            folders=folders if folders is not None else [content],
            settings=settings or config.Settings(),
            clock=clock or Clock(),
            rng=random.Random(7),
            save_settings=save_settings,
            monotonic=Ticker(),
        )
        app.settle_seconds = settle_seconds
        return app

    return make


@pytest.fixture
def deck_folder(tmp_path: Path):
    """A content folder with one deck file written from YAML text: ``deck_folder(DECK)``."""

    def write(text: str, name: str = "basis") -> Path:
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
        return folder

    return write
