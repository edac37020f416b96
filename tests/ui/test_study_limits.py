"""The study session as a student meets it: the daily limit said plainly with custom
study, a countdown, "Gestopt" when stopping early, intervals on the rating buttons, and
practising mistakes from the summary and the home screen."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button, Static

from cjtrainer import config
from tests.ui.conftest import NOW
from tests.ui.driver import answer, limited_app, rendered

FLASH = """\
deck: flits
title: Flits
cards:
  - id: een
    type: flashcard
    front: Wat is een touchpoint?
    back: Elk contactmoment met de klant.
"""


def text_of(app: Any, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_limit_reached_says_so_and_extra_cards_continue(make_app: Any,
                                                              tmp_path: Path) -> None:
    app = limited_app(make_app, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        assert type(app.screen).__name__ == "LimitScreen"
        body = text_of(app, "#limit-text")
        assert "al met 1 nieuwe kaart begonnen" in body and "daglimiet is 1" in body
        assert "Klaar" not in body
        await pilot.press("enter")  # the first offer: extra cards
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen"
        left = text_of(app, "#progress-text")
        assert left.startswith("nog ") and 1 <= int(left.split()[1]) <= 10
        await answer(pilot, right=True)
        await pilot.pause()
        assert app.screen.session.extra_new == int(left.split()[1])


async def test_nothing_left_and_no_limit_goes_home_with_a_word(make_app: Any) -> None:
    app = make_app(settings=config.Settings(new_per_day=0))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        # new_per_day 0: new cards wait behind the limit, so the limit screen explains
        assert type(app.screen).__name__ == "LimitScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"


async def test_stopping_early_says_gestopt_with_what_was_done(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        before = text_of(app, "#progress-text")
        await answer(pilot, right=False)
        await pilot.press("enter")
        await pilot.pause()
        after = text_of(app, "#progress-text")
        assert int(after.split()[1]) <= int(before.split()[1])
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        title = str(app.screen.query_one(".screen-title", Static).render())
        assert title.startswith("Gestopt")
        assert "Gestopt na 1 antwoord; nog " in text_of(app, "#summary-stopped")
        # the mistake can be practised right here
        await pilot.press("f")
        await pilot.pause()
        assert type(app.screen).__name__ == "StudyScreen" and app.screen.quiz
        assert len(app.screen.session.questions) == 1


async def test_rating_buttons_show_when_the_card_returns(make_app: Any,
                                                         deck_folder: Any) -> None:
    app = make_app(folders=[deck_folder(FLASH)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("space")
        await pilot.pause()
        labels = [str(b.label) for b in app.screen.query(".rating").results(Button)]
        assert labels[0] == "1 Opnieuw\n1 min"
        assert labels[2] == "3 Goed\n10 min"
        assert labels[3].startswith("4 Makkelijk\n") and "dag" in labels[3]
        await pilot.press("4")
        await pilot.pause()
        # and after rating: when it comes back
        assert any("komt terug: over" in str(n.message) for n in app._notifications)


async def test_home_counts_per_deck_and_goal_and_learned(make_app: Any, tmp_path: Path) -> None:
    app = limited_app(make_app, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        overview = app.services.overview()
        deck = overview.decks[0]
        assert (deck.new, deck.due, deck.learned) == (0, 0, 1)
        assert deck.unseen == deck.cards - 1
        assert [g.due for g in overview.goals] == [0]  # the same limit as the deck
        assert overview.new == 0
        app.apply_settings(config.Settings(new_per_day=30))
        assert app.services.overview().new > 0  # a raised limit shows at once


async def test_home_practise_mistakes_without_any(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert any("Geen fouten" in str(n.message) for n in app._notifications)


async def test_mastery_moves_after_the_first_day(make_app: Any, tmp_path: Path) -> None:
    app = limited_app(make_app, tmp_path)  # one card learned today, stability 5 days
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "StatsScreen"
        assert "▓" in rendered(app.screen.query_one("#stats-mastery", Static))


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
def test_limit_screen_snapshot(snap_compare: Any, make_app: Any, tmp_path: Path,
                               size: tuple[int, int]) -> None:
    async def run_before(pilot: Any) -> None:
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(limited_app(make_app, tmp_path), run_before=run_before,
                        terminal_size=size)




async def test_quiz_options_length_kind_and_mistakes(make_app: Any) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuizOptionsScreen"
        assert "alle kaarten" in text_of(app, "#quiz-kind")
        await pilot.press("t", "t")  # typing only
        await pilot.pause()
        assert "alleen intypen" in text_of(app, "#quiz-kind")
        await pilot.press("home", "enter")  # the shortest quiz
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "StudyScreen" and screen.quiz
        questions = screen.session.questions
        assert 0 < len(questions) <= 5
        assert {c.type for c in questions} <= {"typed", "cloze", "list"}
        for _ in range(len(questions)):
            await answer(pilot, right=False)
            await pilot.press("enter")
            await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        # the summary's answers in full, and its mistakes to practise
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        options = app.screen.query_one("#quiz-length")
        last = options.get_option_at_index(options.option_count - 1)
        assert last.id == "mistakes" and f"({len(questions)})" in str(last.prompt)
        await pilot.press("f")
        await pilot.pause()
        assert app.screen.quiz and len(app.screen.session.questions) == len(questions)
        assert app.screen.session.store.count_new_since(NOW - timedelta(days=1)) == 0
