"""Flashcard: the front, space flips to the back, then the student rates 1-4."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import plain
from cjtrainer.ui.widgets.base import CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import Flashcard

RATINGS = (1, 2, 3, 4)
RATING_KEYS = ("again", "hard", "good", "easy")


class FlashcardWidget(CardWidget, can_focus=True):
    BINDINGS = [
        Binding("space", "flip", "ui.key.flip", priority=True),
        # in the footer once the card is turned (check_action hides them before): on a
        # long back the rating buttons can be below the fold
        Binding("1", "rate(1)", "ui.rating.again"),
        Binding("2", "rate(2)", "ui.rating.hard"),
        Binding("3", "rate(3)", "ui.rating.good"),
        Binding("4", "rate(4)", "ui.rating.easy"),
    ]

    card: Flashcard

    def __init__(self, card: Flashcard, **kwargs: Any) -> None:
        super().__init__(card, **kwargs)
        self.flipped = False

    def compose(self) -> ComposeResult:
        yield Static(plain(self.card.front), classes="card-prompt flash-front", markup=False)
        yield Static(t("ui.flash.flip-hint"), classes="flash-hint", id="flip-hint")
        back = Static(plain(self.card.back), classes="flash-back", id="flash-back", markup=False)
        back.display = False
        yield back
        if self.card.explain:
            explain = Static(plain(self.card.explain.strip()), classes="flash-explain",
                             id="flash-explain", markup=False)
            explain.display = False
            yield explain
        label = Static(t("ui.flash.rate"), classes="rate-label", id="rate-label")
        label.display = False
        yield label
        with Horizontal(classes="ratings", id="ratings") as row:
            row.display = False
            for rating, key in zip(RATINGS, RATING_KEYS, strict=True):
                yield Button(
                    f"{rating} {t('ui.rating.' + key)}",
                    id=f"rate-{rating}",
                    classes=f"rating rating-{key}",
                    compact=True,
                )

    def focus_first(self) -> None:
        self.focus()

    def show_intervals(self, intervals: dict[int, str]) -> None:
        """Each rating button says when the card comes back, under its name ("3 Goed" over
        "1 dag"), as Anki's do: two lines keep four buttons within 60 columns."""
        for rating, key in zip(RATINGS, RATING_KEYS, strict=True):
            if rating in intervals:
                button = self.query_one(f"#rate-{rating}", Button)
                button.label = f"{rating} {t('ui.rating.' + key)}\n{intervals[rating]}"
                button.styles.height = 2
                button.styles.min_width = 8  # four of them fit in 60 columns

    def action_flip(self) -> None:
        if self.flipped:
            return
        self.flipped = True
        self.add_class("-flipped")
        self.query_one("#flash-back").display = True
        for explain in self.query("#flash-explain"):
            explain.display = True
        self.query_one("#flip-hint").display = False
        self.query_one("#ratings").display = True
        self.query_one("#rate-label").display = True
        self.refresh_bindings()
        # the buttons in view after the layout that shows them (a long back pushes them down)
        self.call_after_refresh(self.query_one("#ratings").scroll_visible, animate=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "flip":
            return not self.flipped and not self.locked
        if action == "rate":
            return self.flipped and not self.locked
        return True

    def action_rate(self, rating: int) -> None:
        if not self.flipped or self.locked:
            return
        self.freeze()
        self.post_message(self.Rated(self, rating))

    @on(Button.Pressed, ".rating")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.action_rate(int(event.button.id.removeprefix("rate-")))

    def on_click(self, event: events.Click) -> None:
        if not self.flipped:
            self.action_flip()

    def response(self) -> None:
        return None

    def freeze(self) -> None:
        self.locked = True
        self.add_class("-locked")
        for button in self.query(Button):
            button.disabled = True

    def unfreeze(self) -> None:
        """The rating could not be saved (disk full, locked): it can be given again."""
        self.locked = False
        self.remove_class("-locked")
        for button in self.query(Button):
            button.disabled = False
        self.refresh_bindings()


