"""Match: pair every left item with a right one (a drop-down per left item)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button, Label, Select, Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import plain
from cjtrainer.ui.widgets.base import CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import MatchCard
    from cjtrainer.learn.grading import Grade


class MatchWidget(CardWidget):
    BINDINGS = [Binding("ctrl+s", "submit", "ui.key.check")]
    card: MatchCard

    def __init__(
        self,
        card: MatchCard,
        *,
        shuffle: bool = True,
        rights: tuple[str, ...] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(card, **kwargs)
        self.lefts = [left for left, _ in card.pairs]
        if rights is not None:  # the engine's presentation, already shuffled
            self.rights = list(rights)
        else:
            self.rights = [right for _, right in card.pairs]
            if shuffle:
                self.rng.shuffle(self.rights)

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.card.prompt)
        yield Static(t("ui.match.help"), classes="card-help")
        width = min(32, max(len(left) for left in self.lefts) + 1)
        for index, left in enumerate(self.lefts):
            with Horizontal(classes="match-row"):
                label = Label(plain(left), classes="match-left", markup=False)
                label.styles.width = width
                yield label
                yield Select(
                    [(plain(right), right) for right in self.rights],
                    prompt=t("ui.match.choose"),
                    id=f"match-{index}",
                    classes="match-select",
                    compact=True,
                )
        yield Button(t("ui.match.check"), id="match-check", classes="check-button", compact=True)

    def selects(self) -> list[Select[str]]:
        return [self.query_one(f"#match-{i}", Select) for i in range(len(self.lefts))]

    @on(Select.Changed)
    def _changed(self, event: Select.Changed) -> None:
        event.stop()
        if self.locked or event.value == Select.NULL:
            return
        self.answer_changed()
        selects = self.selects()
        index = selects.index(event.select)  # type: ignore[arg-type]
        for later in selects[index + 1 :] + selects[:index]:
            if later.value == Select.NULL:
                self.call_after_refresh(later.focus)
                return
        self.call_after_refresh(self.query_one("#match-check", Button).focus)

    @on(Button.Pressed, "#match-check")
    def _check(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()

    def action_submit(self) -> None:
        self.submit()

    def blank_note(self) -> str | None:
        given = len(self.response())
        if not given:
            return t("ui.blank.match")
        open_ = len(self.lefts) - given  # one left open by oversight graded as wrong
        return t("ui.blank.match-open", n=open_) if open_ else None

    def response(self) -> dict[str, str]:
        return {
            left: str(select.value)
            for left, select in zip(self.lefts, self.selects(), strict=True)
            if select.value != Select.NULL
        }

    def show_result(self, grade: Grade) -> None:
        given = self.response()
        self.freeze()
        expected = dict(self.card.pairs)
        for left, select in zip(self.lefts, self.selects(), strict=True):
            select.add_class("-right" if given.get(left) == expected[left] else "-wrong")
