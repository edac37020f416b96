"""The shared base of the card widgets.

A card widget shows one card and produces a *response* in the shape the engine's
``grade(card, response)`` takes. It posts :class:`CardWidget.Answered` when the student
submits; after grading the screen calls :meth:`CardWidget.show_result` so the widget can
mark what was right. Widgets hold no rules: they never decide whether an answer is right.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Static

from cjtrainer.ui.text import Localised, plain

if TYPE_CHECKING:  # types only: the deck model and the grader load with the decks
    from cjtrainer.deck.model import Card
    from cjtrainer.learn.grading import Grade


class CardWidget(Localised, Vertical):
    """Base class: one card, one response."""

    class Answered(Message):
        """The student submitted a response."""

        def __init__(self, widget: CardWidget, response: object) -> None:
            super().__init__()
            self.widget = widget
            self.response = response

    class Rated(Message):
        """A flashcard was rated 1-4 by the student."""

        def __init__(self, widget: CardWidget, rating: int) -> None:
            super().__init__()
            self.widget = widget
            self.rating = rating

    def __init__(self, card: Card, *, rng: random.Random | None = None, **kwargs: Any) -> None:
        classes = " ".join(filter(None, ["card-widget", kwargs.pop("classes", None)]))
        super().__init__(classes=classes, **kwargs)
        self.card: Card = card
        self.rng = rng or random.Random()
        self.locked = False
        self.blank_confirmed = False

    def prompt_widget(self, text: str) -> Static:
        return Static(plain(text), classes="card-prompt", markup=False)

    def response(self) -> object:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def blank_note(self) -> str | None:
        """The note to show when the student submits without having answered anything
        (an empty field, nothing ticked, the order untouched), or None when the card
        holds an answer. A blank answer then needs a second, deliberate enter, so a stray
        enter (pressed by reflex after the feedback) never answers a card."""
        return None

    def answer_changed(self) -> None:
        """The student changed the answer: a note about a blank answer is out of date."""
        if self.blank_confirmed:
            self.blank_confirmed = False
            self.remove_blank_note()

    def remove_blank_note(self) -> None:
        for note in self.query(".blank-note"):
            note.remove()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.answer_changed()

    def submit(self) -> None:
        if self.locked:
            return
        note = None if self.blank_confirmed else self.blank_note()
        if note is not None:
            self.blank_confirmed = True
            self.remove_blank_note()
            shown = Static(note, classes="card-help blank-note", markup=False)
            self.mount(shown)
            # under a tall card (many pairs on a small screen) the note is below the fold
            self.call_after_refresh(shown.scroll_visible, animate=False)
            return
        self.post_message(self.Answered(self, self.response()))

    def on_enter(self, field: Input) -> None:
        """Enter in one of this card's inputs: by default, submit."""
        self.submit()

    def freeze(self) -> None:
        """No more changes: the answer is in (a note about a blank answer is history)."""
        self.locked = True
        self.remove_blank_note()
        # The class and the disabled fields restyle the card once, not once per field.
        # Setting ``disabled`` would restyle each field and blur it if it had the focus:
        # the blur is done here, the restyle once below.
        self.add_class("-locked", update=False)
        fields = list(self.query("Input, OptionList, Select, Button, OrderList"))
        for field in fields:
            field.set_reactive(Widget.disabled, True)
        focused = self.screen.focused
        if focused is not None and any(f in focused.ancestors_with_self for f in fields):
            focused.blur()
        self.update_node_styles()

    def show_result(self, grade: Grade) -> None:
        """Mark what was right and wrong; the default only locks."""
        self.freeze()

    def focus_first(self) -> None:
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return


class AnswerInput(Input):
    """An input whose enter is handled at once by its card widget (``on_enter``), so keys
    typed fast after enter land in the next field, not in this one."""

    async def action_submit(self) -> None:
        for ancestor in self.ancestors:
            if isinstance(ancestor, CardWidget):
                ancestor.on_enter(self)
                return
