"""The card area restyles only itself when it takes or gives up the focus
(cjtrainer.ui.study.study.CardArea): the card inside it must look exactly as a full restyle
of the area would make it, with the feedback showing (the area focused) and with the next
card asked (a field focused), for every kind of card."""

from __future__ import annotations

from typing import Any

from tests.ui.driver import answer, start_learning

SIZE = (100, 40)
EVERY_KIND = {"flashcard", "choice", "truefalse", "cloze", "order", "match", "list"}


def looks(area: Any) -> dict[int, dict[str, Any]]:
    return {id(node): dict(node._css_styles.get_rules())
            for node in area.walk_children(with_self=True)}


def assert_as_restyled(app: Any, where: str) -> None:
    area = app.screen.query_one("#card-area")
    before = looks(area)
    app.update_styles(area)  # what Textual does on a focus change: the area and all inside
    after = looks(area)
    changed = [type(node).__name__ for node in area.walk_children(with_self=True)
               if before[id(node)] != after[id(node)]]
    assert not changed, f"{where}: styled differently after a full restyle: {changed}"


async def test_the_card_looks_as_a_full_restyle_makes_it(make_app) -> None:
    app = make_app()
    modes: set[str] = set()
    async with app.run_test(size=SIZE) as pilot:
        screen = await start_learning(pilot)
        for _ in range(40):
            if type(app.screen).__name__ != "StudyScreen" or EVERY_KIND <= modes:
                break
            assert_as_restyled(app, f"asking {screen.card.id}")
            modes.add(await answer(pilot, right=False, by_key=False))
            if screen.state == "feedback":
                assert app.focused is screen.query_one("#card-area")
                assert_as_restyled(app, f"feedback {screen.card.id}")
                await pilot.press("enter")
                await pilot.pause()
    assert EVERY_KIND <= modes


async def test_a_rule_on_the_areas_focus_for_what_is_inside_is_caught(make_app) -> None:
    """The check above sees such a rule: the card would keep the old look."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.stylesheet.add_source("#card-area:focus Static { color: red; }", read_from=None)
        app.stylesheet.reparse()
        app.stylesheet.update(app)
        screen = await start_learning(pilot)
        for _ in range(5):  # a flashcard rated goes straight on: to the first feedback
            await answer(pilot, right=False, by_key=False)
            if screen.state == "feedback":
                break
        assert screen.state == "feedback"
        try:
            assert_as_restyled(app, "feedback")
        except AssertionError as caught:
            assert "styled differently" in str(caught)
        else:
            raise AssertionError("a rule on the area's focus went unnoticed")
