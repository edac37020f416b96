"""List recall: one input per item asked for; enter moves on, and submits from the last.

A card with ``min_correct`` asks for that many (the help says "Noem er 3" and there are
three fields), not for all its items. After grading each field gets the mark of the
grade's part for what was typed there: ✓ right, ✗ with the word for what it is (not part
of this list, given twice, in the wrong place), ↕ for an item of a list named whole and in
order that is in the right order but in another field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.base import AnswerInput, CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import ListCard
    from cjtrainer.learn.grading import Grade, PartResult

MARK_WORDS = {"duplicate": "ui.mark.duplicate", "extra": "ui.feedback.extra",
              "misplaced": "ui.mark.misplaced", "wrong": "ui.mark.wrong"}


class ListWidget(CardWidget):
    card: ListCard
    # Priority, as the cloze's: enter moves on before the keys after it are passed on, so
    # a burst ("a<enter>b", a paste) fills one field each (docs/architecture.md).
    BINDINGS = [Binding("enter", "enter", show=False, priority=True)]

    def __init__(self, card: ListCard, **kwargs: Any) -> None:
        super().__init__(card, **kwargs)
        required = card.required or len(card.items)
        self.count = max(1, min(required, len(card.items)))

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.card.prompt)
        help_key = "ui.list.help-ordered" if self.card.ordered else "ui.list.help"
        yield Static(t(help_key, count=self.count), classes="card-help")
        for index in range(self.count):
            with Horizontal(classes="list-row"):
                yield Label(f"{index + 1:>2}.", classes="list-number")
                yield AnswerInput(
                    id=f"item-{index}",
                    classes="list-input",
                    compact=True,
                    placeholder=t("ui.list.placeholder"),
                )
                yield Label("", id=f"mark-{index}", classes="list-mark", markup=False)

    def inputs(self) -> list[Input]:
        return list(self.query(".list-input").results(Input))

    def action_enter(self) -> None:
        inputs = self.inputs()
        field = self.screen.focused
        if not isinstance(field, Input) or field not in inputs:
            return
        index = inputs.index(field)
        if index + 1 < len(inputs):
            self.screen.set_focus(inputs[index + 1])
        else:  # in the field's queue: after the letters typed just before enter
            field.call_later(self.submit)

    def on_enter(self, field: Input) -> None:
        inputs = self.inputs()
        index = inputs.index(field)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.submit()

    def blank_note(self) -> str | None:
        return t("ui.blank.typed") if not self.response() else None

    def response(self) -> tuple[str, ...]:
        return tuple(field.value.strip() for field in self.inputs() if field.value.strip())

    def show_result(self, grade: Grade) -> None:
        self.freeze()
        values = [field.value.strip() for field in self.inputs()]
        # a list to be named whole and in order: field n holds item n. A right item in the
        # right order but in another field gets ↕ and its place, not a ✓ (as the order card)
        places = ({item[0]: n for n, item in enumerate(self.card.items, start=1)}
                  if self.card.ordered and self.count == len(self.card.items) else {})
        for index, (field, mine) in enumerate(zip(self.inputs(), field_parts(values, grade),
                                                  strict=True)):
            if not values[index]:
                continue
            right = bool(mine) and all(p.correct for p in mine)
            field.add_class("-right" if right else "-wrong")
            shifted = [places[p.expected] for p in mine
                       if right and places.get(p.expected, index + 1) != index + 1]
            mark = (Text(" ↕", style="bold yellow") if shifted else
                    Text(" ✓" if right else " ✗", style="bold green" if right else "bold red"))
            words = [t(MARK_WORDS.get(p.status, "ui.mark.wrong")) for p in mine if not p.correct]
            words += [t("ui.mark.place", place=place) for place in shifted]
            notes = [t("ui.mark.spelling", expected=p.matched or p.expected)
                     for p in mine if p.status == "typo"]
            notes += [t("ui.mark.lesson", expected=p.expected)
                      for p in mine if p.status == "alternative"]
            if not mine:
                words = [t("ui.feedback.extra")]
            extra = ", ".join(dict.fromkeys(words + notes))
            if extra:
                mark.append(f" {extra}", style="italic")
            self.query_one(f"#mark-{index}", Label).update(mark)


def field_parts(values: list[str], grade: Grade) -> list[list[PartResult]]:
    """Per field, the grade's parts for what was typed there (one field may hold several
    entries: "a; b"); each part belongs to one field. A field is marked ✓ only when all
    of its parts are right."""
    given = [p for p in grade.parts if p.given]
    out: list[list[PartResult]] = []
    for value in values:
        if not value:
            out.append([])
            continue
        # the entry as typed, else the pieces this field was split into
        mine = [p for p in given if p.given == value][:1] or [
            p for p in given if p.given.casefold() in value.casefold()]
        for part in mine:
            given.remove(part)
        out.append(mine)
    return out
