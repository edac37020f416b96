"""A stray enter never answers a card.

Students press enter to go past the feedback and, by reflex, once more. That second enter
lands on the next card. It must not answer it: not option 1 of a choice card, not "true",
not an empty typed answer, not the untouched order. A blank answer needs a second,
deliberate enter (the card says so), and then it counts as "don't know".
"""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll

from cjtrainer.deck.model import MatchCard
from cjtrainer.i18n import t
from cjtrainer.learn.grading import grade
from cjtrainer.ui.widgets.base import CardWidget
from tests.ui import cards as C
from tests.ui.driver import answer, wait_until
from tests.ui.harness import CardHost

SIZE = (80, 24)
SETTLE = 1.0  # the app: 0.4 s; the two enters under test arrive within milliseconds


def notes(app) -> str:
    return " ".join(str(w.render()) for w in app.query(".blank-note"))


async def test_single_choice_has_nothing_highlighted_and_ignores_enter() -> None:
    app = CardHost(C.CHOICE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        options = app.widget.query_one("ChoiceList")
        assert options.has_focus
        assert options.highlighted is None
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.answers == []
        await pilot.press("down", "enter")  # moving first makes enter choose
        await pilot.pause()
    assert app.answers == [(app.widget.choices[0],)]


async def test_true_false_ignores_a_stray_enter() -> None:
    app = CardHost(C.TF)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.answers == []
        await pilot.press("right", "enter")  # a chosen button still answers with enter
        await pilot.pause()
    assert app.answers == [False]


@pytest.mark.parametrize(
    ("card", "keys", "note", "blank"),
    [
        (C.TYPED, ["enter"], "ui.blank.typed", ""),
        (C.LIST, ["enter", "enter", "enter"], "ui.blank.typed", ()),
        (C.CLOZE, ["enter", "enter"], "ui.blank.typed", ("", "")),
        (C.MULTI, ["enter"], "ui.blank.choice", ()),
        (C.ORDER, ["enter"], "ui.blank.order", None),
        (C.MATCH, ["ctrl+s"], "ui.blank.match", {}),
    ],
    ids=lambda value: getattr(value, "type", None),
)
async def test_a_blank_answer_needs_a_second_deliberate_enter(card, keys, note, blank) -> None:
    app = CardHost(card)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert app.answers == []
        assert t(note, digits="1-4") in notes(app)  # the keys of its four options
        await pilot.press(keys[-1])
        await pilot.pause()
    assert len(app.answers) == 1
    if blank is not None:
        assert app.answers[0] == blank


async def test_typing_something_answers_with_one_enter() -> None:
    app = CardHost(C.TYPED)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"sea", "enter")
        await pilot.pause()
    assert app.answers == ["sea"]
    assert notes(app) == ""


async def test_enter_twice_after_feedback_leaves_the_next_card_unanswered(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        screen = app.screen
        checked = 0
        for _ in range(12):
            if screen.shown.mode != "flashcard":
                await answer(pilot, right=False)
                assert screen.state == "feedback"
                done = screen.session.progress[0]
                card = screen.card
                await pilot.press("enter", "enter")  # past the feedback, and a reflex
                await pilot.pause()
                if app.screen is not screen:
                    break  # the session ended
                assert screen.card is not card
                assert screen.state == "asking", screen.shown.mode
                assert screen.session.progress[0] == done
                checked += 1
            else:
                await answer(pilot)
        assert checked >= 3


@pytest.mark.parametrize(
    ("card", "blank_keys", "work_keys"),
    [
        (C.TYPED, ["enter"], ["x"]),
        (C.MULTI, ["enter"], ["1"]),
        (C.ORDER, ["enter"], ["down"]),
    ],
    ids=lambda value: getattr(value, "type", None),
)
async def test_the_blank_note_goes_away_once_the_student_answers(card, blank_keys,
                                                                  work_keys) -> None:
    app = CardHost(card)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*blank_keys)
        await pilot.pause()
        assert notes(app)
        await pilot.press(*work_keys)
        await pilot.pause()
        assert notes(app) == ""
        assert app.answers == []


async def test_enter_right_after_a_card_appears_is_ignored(make_app, deck_folder) -> None:
    """The reflex second enter in a cloze used to move the cursor to the second gap, so the
    student typed the first answer into the second gap (seen in the real app in tmux)."""
    from tests.ui.cards import DECK

    folder = deck_folder(DECK)
    # A wide window: on a loaded CI machine the gap between the card appearing and the
    # second key can exceed the app's real 0.4 s, and then the test would fail for timing.
    # Only the cloze card's window is under test: the two cards before it get none, so the
    # test does not wait out two more windows.
    app = make_app(folders=[folder], settle_seconds=0)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: type(app.screen).__name__ == "HomeScreen", "the home screen")
        await pilot.press("l")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "StudyScreen"
                         and not app.screen.settling, "the first card to settle")
        screen = app.screen
        await answer(pilot)  # the list card in its multiple-choice form
        await pilot.press("enter")
        await wait_until(pilot, lambda: screen.state == "asking" and not screen.settling,
                         "the second card to settle")
        await answer(pilot, right=False)  # the choice card
        assert screen.state == "feedback"
        app.settle_seconds = SETTLE  # read when the next card appears
        await pilot.press("enter", "enter")  # past the feedback, and a reflex
        await pilot.pause()
        assert screen.shown.mode == "cloze"
        assert screen.widget.focused_gap() == 0
        await wait_until(pilot, lambda: not screen.settling, "the cloze card to settle")
        await pilot.press("enter")  # a deliberate enter after a moment moves on
        await pilot.pause()
        assert screen.widget.focused_gap() == 1


class GradingHost(CardHost):
    """Grades the answer and lets the card mark it, as the study screen does."""

    def on_card_widget_answered(self, event: CardWidget.Answered) -> None:
        # (Textual calls CardHost's handler too: it records the answer)
        self.widget.show_result(grade(self.card, event.response))


@pytest.mark.parametrize(
    ("card", "keys"),
    [(C.MULTI, ["enter"]), (C.ORDER, ["enter"]), (C.MATCH, ["ctrl+s"]), (C.TYPED, ["enter"])],
    ids=lambda value: getattr(value, "type", None),
)
async def test_the_blank_note_goes_away_once_the_answer_is_graded(card, keys) -> None:
    app = GradingHost(card)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        assert notes(app)  # "Je hebt nog niets aangevinkt/gekoppeld", "nog niet veranderd"
        await pilot.press(*keys)  # the second, deliberate enter: graded as blank
        await pilot.pause()
        assert len(app.answers) == 1
        assert app.widget.locked
        assert notes(app) == ""


async def test_the_blank_note_is_scrolled_into_view_on_a_tall_card() -> None:
    card = MatchCard(
        deck_id=C.D, id="veel", prompt="Koppel elk begrip aan zijn betekenis.",
        pairs=tuple((f"Begrip {n}", f"Betekenis {n}") for n in range(8)),
    )
    app = CardHost(card)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.wait_for_scheduled_animations()  # the scroll to the note
        note = app.query_one(".blank-note")
        area = app.query_one(VerticalScroll)
        assert note.region.height > 0
        assert area.region.y <= note.region.y and note.region.bottom <= area.region.bottom
