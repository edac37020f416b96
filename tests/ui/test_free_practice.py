"""Free practice ("vrij oefenen"): Anki's custom study without rescheduling. Offered on
the limit screen, for the goal or deck on the home screen and in the palette; the
answers are graded, and the planning (the store's card states) stays as it was."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, Static

from cjtrainer.learn.store import Store, default_path
from tests.ui.driver import answer, limited_app, rendered, run_command, screen_text


def planning(data_dir: Path) -> tuple[dict[str, Any], int, list[Any]]:
    """The schedule as the SQLite file holds it: card states, answers, and the log."""
    with Store(default_path(data_dir)) as store:
        return store.states(), store.review_count(), store.reviews()


async def choose(pilot: Any, option_id: str) -> None:
    """Pick an option of the limit screen by its id, with the arrow keys and enter."""
    choices = pilot.app.screen.query_one("#limit-choices", OptionList)
    target = next(i for i in range(choices.option_count)
                  if choices.get_option_at_index(i).id == option_id)
    while choices.highlighted != target:
        await pilot.press("down")
    await pilot.press("enter")
    await pilot.pause()


async def test_practice_after_the_limit_leaves_the_planning_alone(make_app: Any,
                                                                  tmp_path: Path) -> None:
    app = limited_app(make_app, tmp_path)  # one card started today; the limit is 1
    data = tmp_path / "data"
    before = planning(data)
    assert before[1] == 1 and len(before[0]) == 1
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        assert type(app.screen).__name__ == "LimitScreen"
        options = app.screen.query_one("#limit-choices", OptionList)
        offer = str(options.get_option("practise").prompt)
        assert offer == "Vrij oefenen: alle decks (telt niet mee voor je planning)"
        await choose(pilot, "practise")
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen" and not screen.session.schedules
        assert rendered(screen.query_one("#study-title", Static)).startswith("Vrij oefenen:")
        questions = screen.session.questions
        assert len(questions) == len(screen.session.cards)  # the whole (small) deck
        for index in range(len(questions)):
            assert "telt niet mee voor je planning" in rendered(
                screen.query_one("#card-meta", Static))
            await answer(pilot, right=index % 2 == 0)  # right and wrong
            if screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
            if index == 1:  # undo and answer again: still nothing saved
                await pilot.press("ctrl+z")
                await pilot.pause()
                await answer(pilot, right=False)
                if screen.state == "feedback":
                    await pilot.press("enter")
                    await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        text = screen_text(app)
        assert "Klaar met oefenen" in text
        assert "je planning en je voortgang zijn niet veranderd" in text
        assert app.screen.summary.answered == len(questions)
        assert app.screen.summary.correct < len(questions)
        # the mistakes are practised freely too: still not planned
        await pilot.press("f")
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen"
        assert not app.screen.session.schedules
        await answer(pilot, right=False)
        await pilot.press("escape")
        await pilot.pause()
        # the home counts did not move either: still nothing new today, the limit spent
        assert app.services.overview().new == 0
    assert planning(data) == before  # the card states and the log, in the file


async def test_home_practises_the_highlighted_goal(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # to the goals
        await pilot.pause()
        assert app.screen.focused.id == "goals"
        await pilot.press("p")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen" and not screen.session.schedules
        assert screen.session.tag == "fasen-van-de-klantreis"
        assert "Fasen van de klantreis" in screen.scope
        assert screen.session.questions


async def test_practice_of_a_goal_from_the_palette(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await run_command(app, pilot, "vrij oefenen fasen")
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen" and not screen.session.schedules
        assert screen.session.tag == "fasen-van-de-klantreis"


@pytest.mark.parametrize(("key", "scope", "wording"), [
    ("l", None, "Toch 10 extra uit alle decks"),
    ("enter", "deck", "Toch 10 extra uit dit deck"),
    ("enter", "goal", "Toch 10 extra uit dit leerdoel"),
])
async def test_the_extra_offer_names_its_scope(make_app: Any, tmp_path: Path, key: str,
                                               scope: str | None, wording: str) -> None:
    app = limited_app(make_app, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if scope == "goal":
            await pilot.press("tab")
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == "LimitScreen"
        options = app.screen.query_one("#limit-choices", OptionList)
        assert str(options.get_option("extra").prompt) == wording


async def test_a_quiz_of_the_five_latest_mistakes_of_this_deck(make_app: Any) -> None:
    """The quiz options count the week's mistakes of the quiz's own deck, and offer a
    short round of the latest five."""
    from datetime import timedelta

    from cjtrainer.learn.scheduling import CardState, Phase
    from tests.ui.conftest import NOW

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store = app.services.store
        cards = [c for c in app.services.decks[0].cards if c.type != "flashcard"][:7]
        keys = [c.key for c in cards] + ["anderdeck/elders"]  # not in this deck
        for minutes, key in enumerate(keys):
            when = NOW - timedelta(hours=2) + timedelta(minutes=minutes)
            state = CardState(key=key, phase=Phase.LEARNING, due=when, last_review=when)
            store.record(state, None, time=when, rating=1, mode="study")
        await pilot.press("q")
        await pilot.pause()
        options = app.screen.query_one("#quiz-length", OptionList)
        prompts = {options.get_option_at_index(i).id: str(options.get_option_at_index(i).prompt)
                   for i in range(options.option_count)}
        assert prompts["mistakes"] == "Oefen mijn fouten van deze week (7)"
        assert prompts["mistakes-5"] == "Oefen mijn 5 laatste fouten"
        while options.get_option_at_index(options.highlighted).id != "mistakes-5":
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen" and screen.quiz
        assert [c.key for c in screen.session.questions] == [c.key for c in cards][::-1][:5]
