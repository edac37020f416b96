"""A damaged progress database at start: the problem screen offers the newest backup;
restoring it starts the app with the answers back and keeps the damaged file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Button

from cjtrainer.learn import backup
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import Store
from tests.ui.conftest import NOW, Clock
from tests.unit.support import answer

SIZE = (80, 24)


def progress_with_backup(data: Path, answers: int) -> bytes:
    with Store(data / "progress.sqlite3") as store:
        for i in range(answers):
            answer(store, f"testdeck/c{i}", Rating.GOOD, NOW - timedelta(days=1, minutes=i))
        backup.make(store, data, NOW - timedelta(hours=3))
    damaged = b"SQLite format 3\x00" + b"\xff" * 8000
    (data / "progress.sqlite3").write_bytes(damaged)
    return damaged


async def test_a_damaged_database_offers_the_backup_and_restoring_it_starts_the_app(
    make_app, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    damaged = progress_with_backup(data, 4)
    app = make_app(data_dir=data, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "ProblemScreen"
        offer = app.screen.query_one("#problem-restore", Button)
        assert "4 antwoorden" in str(offer.label)
        assert app.focused is app.screen.query_one("#problem-close", Button)  # enter quits
        await pilot.click("#problem-restore")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.services.store.review_count() == 4
    [aside] = data.glob("progress.sqlite3.voor-herstel-*")
    assert aside.read_bytes() == damaged


async def test_without_a_backup_the_problem_screen_only_quits(make_app, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "progress.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    app = make_app(data_dir=data)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.screen.query("#problem-restore")
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 2
