"""60×20 and 80×24: the home screen's goals stay reachable, key bars hold whole keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from cjtrainer.ui.widgets.keybar import KeyBar
from tests.ui.cards import LONG
from tests.ui.harness import CardHost

EXERCISE = Path(__file__).parents[1] / "data" / "exercises" / "fietsenwinkel.yaml"


def bar_text(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(KeyBar).render())


async def test_at_60_by_20_the_goals_are_shown_and_reachable_with_tab(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        goals = app.screen.query_one("#goals", OptionList)
        assert goals.display and goals.region.height >= 3
        assert goals.region.bottom <= 20 - 2  # above the extras line and the key bar
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is goals
        await pilot.press("enter")  # a goal studies that goal
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen"
        assert "Fasen van de klantreis" in app.screen.scope


async def test_key_bars_show_whole_keys_only(make_app) -> None:
    for size in ((60, 20), (80, 24)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            shown = bar_text(app).rstrip()
            assert len(shown) <= size[0]
            described = {b.description for _n, b, _e, _t in app.screen.active_bindings.values()}
            words = shown.split()
            # every word is a key or a whole description word: nothing cut off mid-word
            allowed = set(" ".join(described).split()) | {
                app.get_key_display(b) for _n, b, _e, _t in app.screen.active_bindings.values()
            } | {"opdrachten"}
            assert all(word in allowed for word in words), words


async def test_the_exercise_key_bar_is_never_cut_mid_word(tmp_path) -> None:
    from cjtrainer.deck.load import load_file
    from cjtrainer.ui.exercise.screen import ExerciseApp

    exercise = load_file(EXERCISE).exercise
    assert exercise is not None
    app = ExerciseApp(exercise, tmp_path / "data")
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.press("enter")  # start writing: the most keys
        await pilot.pause()
        shown = bar_text(app)
        assert "Inleveren" in shown or "Inleve" not in shown
        assert not app.screen.query("Footer")


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_home(snap_compare, make_app, size) -> None:
    assert snap_compare(make_app(), terminal_size=size)


@pytest.mark.parametrize("size", [(60, 20), (80, 24)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_snapshot_choice_with_long_options(snap_compare, size) -> None:
    assert snap_compare(CardHost(LONG, seed=3), terminal_size=size)
