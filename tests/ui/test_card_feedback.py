"""Feedback after an answer, per card type: the widget's marks and the text come from the
same graded parts (one truth), for right, wrong order, duplicate and missing answers.
SVG snapshots of each at 80x24 (``--snapshot-update`` after a deliberate change)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Label, Static

from cjtrainer.deck.model import ClozeCard, ListCard
from cjtrainer.learn.grading import grade
from cjtrainer.ui.widgets.base import CardWidget
from cjtrainer.ui.widgets.choice import ChoiceWidget
from cjtrainer.ui.widgets.feedback import Feedback
from cjtrainer.ui.widgets.order import OrderList, OrderRow
from tests.ui import cards as C
from tests.ui.harness import CardHost

SIZE = (80, 24)

SWAP = ClozeCard(
    deck_id=C.D, id="transactie", text="Het {{afrekenen}} of {{kopen}} van het product.",
    parts=("Het ", " of ", " van het product."), gaps=(("afrekenen", "betalen"), ("kopen",)),
    any_order=(0, 1),
)
ORDERED = ListCard(
    deck_id=C.D, id="op-volgorde", prompt="Noem de drie fasen op volgorde.",
    items=(("Oriëntatie",), ("Aankoop",), ("Nazorg",)), ordered=True,
)
SOME = ListCard(
    deck_id=C.D, id="drie-van-vijf", prompt="Noem drie touchpoints.",
    items=(("Webshop",), ("Kassa",), ("Etalage",), ("Nieuwsbrief",), ("Pakbon",)), min_correct=3,
)


class FeedbackHost(CardHost):
    """The card, then (as the study screen does) its marks and the feedback below it."""

    grade: Any = None

    def on_card_widget_answered(self, event: CardWidget.Answered) -> None:
        self.answers.append(event.response)
        self.grade = grade(self.card, event.response)
        self.widget.show_result(self.grade)
        self.query_one(VerticalScroll).mount(Feedback(self.card, self.grade))


def feedback_text(app: FeedbackHost) -> str:
    return "\n".join(str(s.render()) for s in app.query(".feedback Static").results(Static))


async def put_order(pilot: Any, items: list[str]) -> None:
    order = pilot.app.query_one(OrderList)
    order.items = list(items)
    order.touched = True
    order.render_rows()
    await pilot.press("enter")
    await pilot.pause()


async def fill(pilot: Any, values: list[str]) -> None:
    fields = pilot.app.widget.inputs()
    for field, value in zip(fields, values, strict=False):
        field.value = value
    pilot.app.widget.submit()
    await pilot.pause()
    if not pilot.app.answers:  # a blank answer asks for a second enter
        pilot.app.widget.submit()
        await pilot.pause()


def row_marks(app: FeedbackHost) -> list[str]:
    return [str(row.render())[:3] for row in app.query(OrderRow)]


# ------------------------------------------------------------------ order


async def test_order_right() -> None:
    app = FeedbackHost(C.ORDER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await put_order(pilot, ["Oriëntatie", "Aankoop", "Nazorg"])
        assert row_marks(app) == [" ✓ "] * 3
        assert "Goed!" in feedback_text(app)


async def test_order_wrong_order_marks_and_text_agree() -> None:
    app = FeedbackHost(C.ORDER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # blank-answer note first (order untouched), then a real answer: the note goes
        app.widget.submit()
        await pilot.pause()
        assert app.query(".blank-note")
        await put_order(pilot, ["Aankoop", "Nazorg", "Oriëntatie"])
        parts = app.grade.parts
        # ✓ in its own place only; in the right order but a place off: ↕ (seen by a
        # student: "✓ 2. Bewustzijn" where Bewustzijn belongs in place 1)
        assert row_marks(app) == [(" ✓ " if p.place == i + 1 else " ↕ ") if p.correct
                                  else " ✗ " for i, p in enumerate(parts)]
        assert row_marks(app) == [" ↕ ", " ↕ ", " ✗ "]
        text = feedback_text(app)
        assert "Deels goed: 2 van 3 staan in de goede volgorde" in text
        assert "Verkeerde volgorde: Oriëntatie" in text
        assert "Goede volgorde: Oriëntatie → Aankoop → Nazorg" in text
        assert "→ Oriëntatie\n" not in text and "Oriëntatie → Oriëntatie" not in text
        rows = [str(row.render()) for row in app.query(OrderRow)]
        assert ["hoort op plek 2" in rows[0], "hoort op plek 3" in rows[1],
                "hoort op plek 1" in rows[2]] == [True, True, True]
        assert not app.query(".blank-note")


async def test_order_a_step_in_its_own_place_gets_the_tick() -> None:
    app = FeedbackHost(C.ORDER)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await put_order(pilot, ["Oriëntatie", "Nazorg", "Aankoop"])
        assert row_marks(app) == [" ✓ ", " ↕ ", " ✗ "]
        assert "Deels goed: 2 van 3" in feedback_text(app)


# ------------------------------------------------------------------ list


def marks(app: FeedbackHost) -> list[str]:
    return [str(label.render()) for label in app.query(".list-mark").results(Label)]


async def test_list_right() -> None:
    app = FeedbackHost(C.LIST)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["Nazorg", "Oriëntatie", "aankoop"])
        assert app.grade.verdict == "right"
        assert [m.strip() for m in marks(app)] == ["✓"] * 3
        assert "Goed!" in feedback_text(app)


async def test_list_duplicate_is_named_as_such() -> None:
    app = FeedbackHost(C.LIST)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["Aankoop", "aankoop", "Nazorg"])
        text = feedback_text(app)
        assert "Dubbel (telt één keer): aankoop" in text
        assert "Hoort er niet bij" not in text
        assert "Ontbreekt: Oriëntatie" in text
        assert marks(app)[1].startswith(" ✗ dubbel")
        assert marks(app)[0].strip() == "✓"


async def test_list_missing_and_extra() -> None:
    app = FeedbackHost(C.LIST)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["Oriëntatie", "onzin", ""])
        text = feedback_text(app)
        assert "Ontbreekt: Aankoop, Nazorg" in text
        assert "Hoort er niet bij: onzin" in text
        assert "hoort er niet bij" in marks(app)[1]


async def test_ordered_list_item_in_the_wrong_place_is_not_also_missing() -> None:
    app = FeedbackHost(ORDERED)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["Aankoop", "Oriëntatie", "Nazorg"])
        text = feedback_text(app)
        assert "Op de verkeerde plek:" in text
        assert "Hoort er niet bij" not in text and "Ontbreekt" not in text
        # no ✓ beside an item in another field than its own (seen by a student: "1.
        # selectie ✓" with selectie second): ↕ and its place; the third is in its own place
        shown = [m.strip() for m in marks(app)]
        assert [m[:1] for m in shown] in (["↕", "✗", "✓"], ["✗", "↕", "✓"])
        assert any("hoort op plek" in m for m in shown if m.startswith("↕"))


async def test_list_with_min_correct_asks_for_that_many() -> None:
    app = FeedbackHost(SOME)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert len(app.widget.inputs()) == 3
        help_text = str(app.query_one(".card-help", Static).render())
        assert "Noem er 3" in help_text
        await fill(pilot, ["Kassa", "Pakbon", "Etalage"])
        assert app.grade.verdict == "right"


# ------------------------------------------------------------------ select-all


def choice_rows(app: FeedbackHost) -> dict[str, str]:
    widget = app.widget
    assert isinstance(widget, ChoiceWidget)
    return {choice: _plain(widget._prompt(i)) for i, choice in enumerate(widget.choices)}


def _plain(renderable: object) -> str:
    """A row as the screen shows it, without colour (as with NO_COLOR)."""
    from rich.console import Console

    console = Console(width=200, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get().rstrip("\n")


async def test_select_all_three_different_marks() -> None:
    app = FeedbackHost(C.MULTI)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, ChoiceWidget)
        for name in ("Webshop", "Kassa"):
            widget.choose(widget.choices.index(name))
        widget.submit()
        await pilot.pause()
        rows = choice_rows(app)
        assert rows["Webshop"].startswith(" ✓ ")  # ticked, right
        assert rows["Kassa"].startswith(" ✗ ") and "fout aangevinkt" in rows["Kassa"]
        assert rows["Nieuwsbrief"].startswith(" ○ ") and "niet aangevinkt" in rows["Nieuwsbrief"]
        assert rows["Etalage"].startswith(" ☐ ")  # not ticked, not an answer: as it was
        text = feedback_text(app)
        assert "Niet aangevinkt: Nieuwsbrief" in text and "Fout aangevinkt: Kassa" in text
        assert "—" not in text


async def test_select_all_right() -> None:
    app = FeedbackHost(C.MULTI)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, ChoiceWidget)
        for name in ("Webshop", "Nieuwsbrief"):
            widget.choose(widget.choices.index(name))
        widget.submit()
        await pilot.pause()
        rows = choice_rows(app)
        assert sum(r.startswith(" ✓ ") for r in rows.values()) == 2
        assert "Goed!" in feedback_text(app)


# ------------------------------------------------------------------ cloze


def gap_classes(app: FeedbackHost) -> list[str]:
    return ["-right" if f.has_class("-right") else "-wrong" if f.has_class("-wrong") else ""
            for f in app.query(".cloze-gap").results(Input)]


async def test_cloze_swapped_gaps_are_right_when_the_card_says_any_order() -> None:
    app = FeedbackHost(SWAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["kopen", "afrekenen"])
        assert app.grade.verdict == "right"
        assert gap_classes(app) == ["-right", "-right"]


async def test_cloze_duplicate_gap() -> None:
    app = FeedbackHost(SWAP)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["kopen", "kopen"])
        assert gap_classes(app) == ["-right", "-wrong"]
        assert [p.correct for p in app.grade.parts] == [True, False]
        assert "Dubbel" in feedback_text(app)


async def test_cloze_missing_gap() -> None:
    app = FeedbackHost(C.CLOZE)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await fill(pilot, ["orientatiefase", ""])
        assert gap_classes(app) == ["-right", "-wrong"]
        text = feedback_text(app)
        assert "goed: aankoopfase" in text and "—" not in text


# ------------------------------------------------------------------ snapshots


async def _order_wrong(pilot: Any) -> None:
    await pilot.pause()
    await put_order(pilot, ["Aankoop", "Nazorg", "Oriëntatie"])


async def _list_duplicate(pilot: Any) -> None:
    await pilot.pause()
    await fill(pilot, ["Aankoop", "aankoop", "onzin"])


async def _select_all_mixed(pilot: Any) -> None:
    await pilot.pause()
    widget = pilot.app.widget
    for name in ("Webshop", "Kassa"):
        widget.choose(widget.choices.index(name))
    widget.submit()
    await pilot.pause()


async def _cloze_duplicate(pilot: Any) -> None:
    await pilot.pause()
    await fill(pilot, ["kopen", "kopen"])


@pytest.mark.parametrize(
    ("card", "run_before"),
    [(C.ORDER, _order_wrong), (C.LIST, _list_duplicate), (C.MULTI, _select_all_mixed),
     (SWAP, _cloze_duplicate)],
    ids=["order-wrong-order", "list-duplicate-extra", "select-all-mixed", "cloze-duplicate"],
)
def test_feedback_snapshot(snap_compare, card, run_before) -> None:
    assert snap_compare(FeedbackHost(card), run_before=run_before, terminal_size=SIZE)


def test_order_feedback_snapshot_on_a_small_screen(snap_compare) -> None:
    """Issue 17: order feedback readable at 60x20 too (80x24 is the case above)."""
    assert snap_compare(FeedbackHost(C.ORDER), run_before=_order_wrong, terminal_size=(60, 20))
