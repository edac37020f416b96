"""An exception no handler caught never leaves a blank or frozen app: the problem screen
appears, its quit key works, and the exit status says it went wrong (never 0)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from cjtrainer.ui.screens.home import HomeScreen
from cjtrainer.ui.screens.problem import ProblemScreen


async def _until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(250):  # bounded: 5 s
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"{what} did not happen")


async def _ended(task: asyncio.Task[object]) -> None:
    """The app's run has ended by itself. Not ``asyncio.wait_for``: its timeout cancels the
    run, Textual ends the app on that cancel, and wait_for then returns as if the key had
    quit it (so a quit key that did nothing passed after 10 s)."""
    done, _ = await asyncio.wait({task}, timeout=5)
    if not done:
        task.cancel()  # never leave a run behind the failure
        raise AssertionError("the app did not end")


async def _run(app, keys: list[str], *, expect_problem: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Run the app headless as the real one runs (Pilot would wait for ever on the dead
    screen), press ``keys`` once the problem screen is up, and wait until it has ended."""
    task = asyncio.create_task(app.run_async(headless=True, size=(80, 24)))
    await _until(lambda: app.is_running and app.screen_stack, "the app starting")
    if expect_problem:
        await _until(lambda: app.screen_stack and isinstance(app.screen, ProblemScreen),
                     "the problem screen")
    for key in keys:
        app.simulate_key(key)
    await _ended(task)
    assert not app.is_running


async def test_an_exception_while_the_home_screen_mounts_shows_the_problem_screen_and_q_quits_with_70(
    make_app, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: HomeScreen) -> None:
        raise RuntimeError("a bug while mounting")

    monkeypatch.setattr(HomeScreen, "refresh_data", broken)
    app = make_app()
    app.catch_errors = True
    await _run(app, ["q"])
    assert app.return_code == 70
    assert app.crash is not None and "cjtrainer.log" in app.crash_problem().message


async def test_an_exception_in_a_screen_key_handler_shows_the_problem_screen_and_ctrl_q_still_quits(
    make_app, monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(self: HomeScreen) -> None:
        raise KeyError("a bug behind a key")

    monkeypatch.setattr(HomeScreen, "action_exercise", broken)
    app = make_app()
    app.catch_errors = True
    task = asyncio.create_task(app.run_async(headless=True, size=(80, 24)))
    await _until(lambda: app.screen_stack and isinstance(app.screen, HomeScreen)
                 and app.screen.query("ActionLine"), "the home screen")
    app.simulate_key("o")
    await _until(lambda: app.screen_stack and isinstance(app.screen, ProblemScreen),
                 "the problem screen")
    app.simulate_key("ctrl+q")
    await _ended(task)
    assert not app.is_running
    assert app.crash is not None and app.crash_exit_code() == 70  # run_app turns it into 70


async def test_a_card_state_with_an_unknown_phase_never_leaves_a_blank_app(
    make_app, tmp_path: Path,
) -> None:
    """The finding: a progress row with phase 9 made the home screen's mount fail and left
    a blank app no key could quit. Now: the home screen with its decks, or the problem
    screen; either way the quit key ends the app."""
    data = tmp_path / "data"
    first = make_app(data_dir=data)
    async with first.run_test() as pilot:  # makes the real database
        await pilot.pause()
    with sqlite3.connect(data / "progress.sqlite3") as db:
        db.execute("INSERT OR REPLACE INTO card_state (key, deck, phase, reps) "
                   "VALUES ('testdeck/x', 'testdeck', 9, 1)")
    app = make_app(data_dir=data)
    app.catch_errors = True
    task = asyncio.create_task(app.run_async(headless=True, size=(80, 24)))
    def shown() -> bool:
        if not app.screen_stack:
            return False
        screen = app.screen
        if isinstance(screen, ProblemScreen):
            return True
        decks = screen.query("#decks") if isinstance(screen, HomeScreen) else []
        return bool(decks) and decks.first().option_count > 0  # filled, not left blank

    await _until(shown, "the home screen with its decks, or the problem screen")
    app.simulate_key("q" if isinstance(app.screen, ProblemScreen) else "ctrl+q")
    await _ended(task)
    assert not app.is_running


async def test_a_deck_cache_entry_with_a_number_for_a_title_is_not_used(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The finding (then in the home index, now gone): a hand-edited cache with `title:
    12345` (checksum made to match) left a blank app. The entry is ignored and the deck
    loads from its YAML."""
    import hashlib

    cache = tmp_path / "cache"
    monkeypatch.setenv("CJTRAINER_CACHE_DIR", str(cache))
    first = make_app()
    async with first.run_test() as pilot:  # writes the deck cache
        await pilot.pause()
        title = first.services.decks[0].title
    (path,) = (cache / "decks").glob("*.json")
    header, _, body = path.read_bytes().partition(b"\n")
    payload = json.loads(body)
    payload["deck"]["title"] = 12345
    body = json.dumps(payload).encode()
    head = json.loads(header)
    head["checksum"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(head).encode() + b"\n" + body)

    app = make_app()
    app.catch_errors = True
    async with app.run_test() as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.crash is None
        assert app.services.decks[0].title == title  # from the YAML, not the forged entry
