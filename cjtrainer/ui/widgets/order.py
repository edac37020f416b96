"""Order: put the items in the right order.

Keys: up/down (or k/j) move the cursor; space picks an item up and puts it down;
while an item is picked up, up/down carry it. ctrl/alt/shift+up/down (or K/J) move the
item under the cursor at once. Mouse: click an item to pick it up, click another place to
put it there. Enter submits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import Localised
from cjtrainer.ui.widgets.base import CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import OrderCard
    from cjtrainer.learn.grading import Grade, PartResult


class OrderRow(Static):
    class Clicked(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, index: int) -> None:
        super().__init__("", classes="order-row", markup=False)
        self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked(self.index))


class OrderList(Localised, Vertical, can_focus=True):
    BINDINGS = [
        Binding("up,k", "cursor(-1)", "ui.key.up", show=False),
        Binding("down,j", "cursor(1)", "ui.key.down", show=False),
        Binding("space", "pick", "ui.key.pick"),
        Binding("ctrl+up,alt+up,shift+up,K", "move(-1)", "ui.key.move-up"),
        Binding("ctrl+down,alt+down,shift+down,J", "move(1)", "ui.key.move-down"),
        Binding("enter", "submit", "ui.key.submit"),
    ]

    def __init__(self, items: list[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.items = items
        self.cursor = 0
        self.picked = False
        self.touched = False  # moved the cursor or an item: the student is at work
        # after grading: per row, the grade's part for the item there (one truth)
        self.marks: list[PartResult] | None = None

    def compose(self) -> ComposeResult:
        for index in range(len(self.items)):
            yield OrderRow(index)

    def on_mount(self) -> None:
        self.render_rows()

    def on_focus(self) -> None:
        self.call_after_refresh(self.render_rows)

    def on_blur(self) -> None:
        self.call_after_refresh(self.render_rows)

    def render_rows(self) -> None:
        for row in self.query(OrderRow):
            index = row.index
            text = Text()
            part = self.marks[index] if self.marks is not None and index < len(self.marks) else None
            shifted = False
            if self.marks is not None:
                right = part is not None and part.correct
                # ✓ only in its own place: a step in the right order after others but one
                # place off is ↕, with its place, so no ✓ stands beside a wrong place
                shifted = right and part is not None and part.place not in (None, index + 1)
                if shifted:
                    text.append(" ↕ ", style="bold yellow")
                else:
                    text.append(" ✓ " if right else " ✗ ",
                                style="bold green" if right else "bold red")
            elif index == self.cursor and self.picked:
                text.append(" ⇅ ", style="bold")
            elif index == self.cursor and self.has_focus:
                text.append(" ▸ ", style="bold")
            else:
                text.append("   ")
            text.append(f"{index + 1}. ", style="bold")
            text.append(self.items[index])
            if part is not None and (part.status == "misplaced" or shifted):
                text.append(f"  ({t('ui.mark.place', place=part.place)})", style="dim")
            row.update(text)
            row.set_class(index == self.cursor and self.marks is None, "-cursor")
            row.set_class(index == self.cursor and self.picked, "-picked")

    def mark_touched(self) -> None:
        self.touched = True
        for card in self.ancestors:
            if isinstance(card, CardWidget):
                card.answer_changed()
                break

    def _swap(self, a: int, b: int) -> None:
        self.items[a], self.items[b] = self.items[b], self.items[a]

    def action_cursor(self, step: int) -> None:
        if self.disabled:
            return
        self.mark_touched()
        target = min(max(self.cursor + step, 0), len(self.items) - 1)
        if self.picked and target != self.cursor:
            self._swap(self.cursor, target)
        self.cursor = target
        self.render_rows()

    def action_move(self, step: int) -> None:
        if self.disabled:
            return
        self.mark_touched()
        target = min(max(self.cursor + step, 0), len(self.items) - 1)
        if target != self.cursor:
            self._swap(self.cursor, target)
            self.cursor = target
        self.render_rows()

    def action_pick(self) -> None:
        if self.disabled:
            return
        self.mark_touched()
        self.picked = not self.picked
        self.render_rows()

    def action_submit(self) -> None:
        card = next(a for a in self.ancestors if isinstance(a, OrderWidget))
        card.submit()

    def on_order_row_clicked(self, event: OrderRow.Clicked) -> None:
        event.stop()
        if self.disabled:
            return
        self.mark_touched()
        self.focus()
        if self.picked:
            item = self.items.pop(self.cursor)
            self.items.insert(event.index, item)
            self.picked = False
        else:
            self.picked = True
        self.cursor = event.index
        self.render_rows()


class OrderWidget(CardWidget):
    card: OrderCard

    def __init__(
        self,
        card: OrderCard,
        *,
        shuffle: bool = True,
        items: tuple[str, ...] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(card, **kwargs)
        if items is not None:  # the engine's presentation, already shuffled
            self.start = list(items)
            return
        start = list(card.items)
        if shuffle and len(start) > 1:
            for _ in range(10):  # never start in the right order
                self.rng.shuffle(start)
                if start != list(card.items):
                    break
        self.start = start

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.card.prompt)
        yield Static(t("ui.order.help"), classes="card-help")
        yield OrderList(list(self.start), id="order")

    def focus_first(self) -> None:
        self.query_one(OrderList).focus()

    def blank_note(self) -> str | None:
        return t("ui.blank.order") if not self.query_one(OrderList).touched else None

    def response(self) -> tuple[str, ...]:
        return tuple(self.query_one(OrderList).items)

    def show_result(self, grade: Grade) -> None:
        self.freeze()
        order = self.query_one(OrderList)
        order.picked = False
        # the grade has one part per position of the student's order: the marks are those
        order.marks = list(grade.parts)[: len(order.items)]
        order.render_rows()
