"""'Ik had het goed' (ctrl+g) after a typed answer marked wrong, and the hint's note."""

from __future__ import annotations

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.feedback import Feedback
from cjtrainer.ui.widgets.keybar import KeyBar
from tests.ui.driver import start_learning

DECK = """\
deck: basis
title: Basis
language: nl
cards:
  - id: ervaring
    type: typed
    prompt: De klantreis is samengevat de … van de klant.
    answer: ervaring
    hint: Wat de klant beleeft.
    explain: Alles wat de klant onderweg beleeft.
  - id: fase
    type: typed
    prompt: Welke fase komt na de oriëntatie?
    answer: selectie
"""


async def test_ctrl_g_overrules_a_wrong_typed_answer(make_app, deck_folder) -> None:
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        # too few terms in the deck for learn mode's choice form: asked as written
        assert screen.shown.mode == "typed"
        await pilot.press(*"wat de klant voelt", "enter")
        await pilot.pause()
        assert screen.state == "feedback" and screen.outcome.grade.verdict == "wrong"
        assert t("ui.key.override") in str(screen.query_one(KeyBar).render())
        await pilot.press("ctrl+g")
        await pilot.pause()
        lines = [str(s.render()) for s in screen.query(Feedback).first().query("Static")]
        text = "\n".join(lines)
        assert t("ui.feedback.overridden") in text
        # right under the grader's verdict, not below everything (seen by a student: the
        # verdict above still read as the outcome)
        assert t("ui.feedback.overridden") in lines[1] and "onderweg beleeft" in text
        assert t("ui.key.override") not in str(screen.query_one(KeyBar).render())
        (review,) = screen.session.store.reviews()
        assert review.verdict == "right" and review.rating == 3
        exported = screen.session.store.export_json()["reviews"]
        assert [r.get("overridden_from") for r in exported if r["uid"] == review.uid] == ["wrong"]


async def test_a_right_answer_after_the_hint_says_it_counts_as_hard(make_app, deck_folder) -> None:
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        assert screen.shown.mode == "typed"
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"ervaring", "enter")
        await pilot.pause()
        text = "\n".join(str(s.render()) for s in screen.query(Feedback).first().query("Static"))
        assert "Met de hint telt het als moeilijk" in text
        assert t("ui.key.override") not in str(screen.query_one(KeyBar).render())


async def test_the_header_counts_the_cards_coming_back_apart(make_app, deck_folder) -> None:
    """Seen by a student: 'nog 20' never moved while new cards went into their steps."""
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        header = lambda: str(screen.query_one("#progress-text").render())  # noqa: E731
        assert header() == t("ui.study.left", n=2)
        await pilot.press(*"wat de klant voelt", "enter")  # wrong: back in its steps
        await pilot.pause()
        assert header() == t("ui.study.left-back", n=1, back=1)
        await pilot.press("enter")  # the next card
        await pilot.pause()
        await pilot.press(*"selectie", "enter")
        await pilot.pause()
        assert header() == t("ui.study.back", back=2)  # not "nog 0 · 2 terug"
