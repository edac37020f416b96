"""The app's services back up the progress from the first answer on (learn/backup.py):
at the first answer, and at exit when there were answers since; a start without answers
makes none."""

from __future__ import annotations

import random
import shutil
from datetime import UTC, datetime
from pathlib import Path

from cjtrainer import config
from cjtrainer.learn import backup
from cjtrainer.learn.scheduling import Rating
from cjtrainer.ui.services import Services

DATA = Path(__file__).parent.parent / "data"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def open_services(tmp_path: Path) -> Services:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    shutil.copy(DATA / "valid_deck.yaml", folder / "deck.yaml")
    return Services.open(data_dir=tmp_path / "data", folders=[folder],
                         settings=config.Settings(), clock=lambda: NOW, rng=random.Random(1))


def test_an_answer_is_backed_up(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    try:
        session = services.study_session()
        card = session.next_card()
        assert card is not None
        session.rate(card, Rating.GOOD)
        assert len(backup.list_backups(tmp_path / "data")) == 1  # the first one: at once
    finally:
        services.close()


def test_a_start_without_answers_makes_no_backup(tmp_path: Path) -> None:
    services = open_services(tmp_path)
    services.overview()
    services.close()
    assert backup.list_backups(tmp_path / "data") == []
