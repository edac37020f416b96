"""A save that fails while studying (disk full, locked) says so in the right words and
the same card can be answered again, on every card type; nothing is half-saved."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from tests.ui.driver import answer, start_quiz

SIZE = (80, 24)
ALL_MODES = {"flashcard", "choice", "truefalse", "typed", "cloze", "order", "match", "list"}


def real_disk_full_error() -> sqlite3.Error:
    """The error SQLite raises when the disk is full (SQLITE_FULL), made for real."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA max_page_count = 2")
    try:
        for _ in range(100):
            conn.execute("INSERT INTO t VALUES (?)", ("x" * 4000,))
    except sqlite3.Error as error:
        return error
    raise AssertionError("never full")


async def test_a_failed_save_says_disk_full_and_every_card_type_can_be_answered_again(
    make_app,
) -> None:
    app = make_app()
    full = real_disk_full_error()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        store = app.services.store
        real_transaction = store.transaction

        @contextlib.contextmanager
        def failing() -> Iterator[None]:
            raise store._error(full)
            yield

        seen: set[str] = set()
        screen = app.screen
        for _ in range(40):
            if seen == ALL_MODES:
                break
            screen = app.screen
            if type(screen).__name__ != "StudyScreen":  # the quiz ended: another one
                while type(app.screen).__name__ != "HomeScreen":
                    await pilot.press("escape")
                    await pilot.pause()
                await start_quiz(pilot)  # the quiz's options: 10 questions
                continue
            card = screen.card
            saved = store.review_count()
            store.transaction = failing
            app.clear_notifications()
            mode = await answer(pilot, by_key=False)  # about the save, not typing
            notes = [n.message for n in app._notifications]
            assert any("de schijf is vol" in n for n in notes), (mode, notes)
            assert not any("opzij" in n for n in notes)
            assert screen.state == "asking" and screen.card is card, mode
            assert store.review_count() == saved
            store.transaction = real_transaction  # space freed: the same card again
            await answer(pilot, by_key=False)
            assert store.review_count() == saved + 1, mode
            seen.add(mode)
            if screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        assert seen == ALL_MODES
