"""A cloze that wraps over two rows, shown after two other cards: typed letters land
in the gaps.

The study screen resizes a new card more than once while it appears (the scrollbar comes
and goes), and the cloze widget built its rows again for each resize. Two builds in a row
left the focus on a removed gap (focus is applied later), and every typed key was lost:
the first cloze of the course could not be answered at all (seen in the real app).
"""

from __future__ import annotations

from tests.ui.cards import DECK
from tests.ui.driver import answer, start_learning


async def test_typing_in_the_first_cloze_of_the_course_fills_the_gaps(make_app, deck_folder) -> None:
    folder = deck_folder(DECK)
    app = make_app(folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        for _ in range(2):
            await answer(pilot)
            await pilot.press("enter")
            await pilot.pause()
        await pilot.pause()
        assert screen.shown.mode == "cloze"
        assert app.focused is not None and app.focused.is_attached
        await pilot.press(*"fasen", "enter", *"onbekend", "enter", *"klant")
        await pilot.pause()
        assert [field.value for field in screen.widget.inputs()] == ["fasen", "onbekend",
                                                                     "klant"]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state == "feedback"


def burst(app, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Send keys as a terminal delivers a paste or tmux send-keys: all at once, with no
    wait for the app between them (Pilot's press waits after every key)."""
    from textual import events

    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)


async def cloze_shown(pilot):  # type: ignore[no-untyped-def]
    """Learn mode from home, past the two cards before the cloze."""
    screen = await start_learning(pilot)
    for _ in range(2):
        await answer(pilot)
        await pilot.press("enter")
        await pilot.pause()
    await pilot.pause()
    assert screen.shown.mode == "cloze"
    return screen


async def test_keys_after_tab_in_one_burst_go_to_the_next_gap(make_app, deck_folder) -> None:
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await cloze_shown(pilot)
        burst(app, [*"fasen", "tab", *"onbekend", "tab", *"klant", "shift+tab", *"ja"])
        await pilot.pause()
        # back with shift+tab, the gap's text selected (as a slow tab does): typed over
        assert [field.value for field in screen.widget.inputs()] == ["fasen", "ja", "klant"]
        assert screen.state == "asking"
        # enter in the last gap right after its letters: graded with those letters
        burst(app, ["tab", *"vast", "enter"])
        await pilot.pause()
        assert screen.state == "feedback"
        given = screen.outcome.grade.given  # the sentence as filled in
        assert "de fasen die" in given and "compleet ja met" in given and "(vaste) vast." in given


async def test_a_burst_with_enter_fills_each_gap_and_grades_it(make_app, deck_folder) -> None:
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await cloze_shown(pilot)
        burst(app, [*"fasen", "enter", *"onbekend", "enter", *"klant", "enter"])
        await pilot.pause()
        assert screen.state == "feedback"
        given = screen.outcome.grade.given
        assert "compleet onbekend met" in given and "(vaste) klant." in given
        assert screen.outcome.correct


LIST = """\
deck: lijst
title: Lijst
cards:
  - id: manieren
    type: list
    prompt: Noem drie manieren van kiezen.
    items: [routinematig, onderzoekend, vergelijkend]
"""


async def test_a_burst_with_enter_fills_each_list_field(make_app, deck_folder) -> None:
    """The list recall has the same enter as the cloze: one field per entry, and the
    last enter grades with the letters typed just before it."""
    from cjtrainer.ui.study.study import StudyScreen

    app = make_app(folders=[deck_folder(LIST)])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        session = app.services.study_session()
        session.learn_mode = False  # as written: the fields to type in
        await app.push_screen(StudyScreen(session, title="Lijst"))
        await pilot.pause()
        screen = app.screen
        assert screen.shown.mode == "list"
        burst(app, [*"routinematig", "enter", *"onderzoekend", "enter", *"vergelijkend",
                    "enter"])
        await pilot.pause()
        assert screen.state == "feedback"
        assert [field.value for field in screen.widget.inputs()] == [
            "routinematig", "onderzoekend", "vergelijkend"]
        assert screen.outcome.correct
