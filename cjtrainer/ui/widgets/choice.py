"""Multiple choice: keys 1-8 or a-h (as many as there are options) pick an answer;
select-all cards toggle, enter submits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.i18n import t
from cjtrainer.ui.text import Localised
from cjtrainer.ui.widgets.base import CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import Card
    from cjtrainer.learn.grading import Grade, PartResult

LETTERS = "abcdefgh"
MARK_WIDTH = 5  # " ✓ 1 ": the mark and the number before an option's text


def key_ranges(count: int) -> tuple[str, str]:
    """The digit and letter keys that pick one of ``count`` options ("1-4", "a-d"):
    a hint names only keys that exist."""
    last = max(1, min(count, len(LETTERS)))
    if last == 1:
        return "1", "a"
    return f"1-{last}", f"a-{LETTERS[last - 1]}"


class ChoiceList(Localised, OptionList):
    """An option list whose enter submits (select-all) and whose click/space picks."""

    BINDINGS = [
        Binding("enter", "confirm", "ui.key.submit", show=False),
        Binding("space", "select", "ui.key.toggle", show=False),
        *[Binding(str(n + 1), f"pick({n})", show=False) for n in range(8)],
        *[Binding(letter, f"pick({n})", show=False) for n, letter in enumerate(LETTERS)],
    ]

    def __init__(self, *args: Any, multiple: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.multiple = multiple
        # OptionList highlights its first option; here nothing is highlighted until the
        # student moves, so a stray enter on a fresh card answers nothing.
        self.highlighted = None

    def card(self) -> ChoiceWidget:
        return next(a for a in self.ancestors if isinstance(a, ChoiceWidget))

    def action_confirm(self) -> None:
        if self.multiple:
            self.card().submit()
        else:
            self.action_select()

    def action_select(self) -> None:
        # Handled at once (not through a message) so that keys typed fast, such as
        # "1 3 enter", toggle before enter submits.
        if self.highlighted is not None:
            self.card().choose(self.highlighted)

    def action_pick(self, index: int) -> None:
        if index < self.option_count and not self.disabled:
            self.highlighted = index
            self.action_select()


def choice_marks(choices: list[str], parts: Iterable[PartResult]) -> dict[int, str]:
    """The marks after grading, from the grade's parts (one truth): ``right`` ticked (or
    picked) and right, ``wrong`` ticked but wrong, ``missed`` right but not ticked (for a
    single answer: the right one, not picked)."""
    status: dict[str, str] = {}
    for part in parts:
        if part.expected and part.correct:
            status[part.expected] = "right"
        elif part.expected:
            status[part.expected] = "missed"
            if part.given:  # single choice: the wrong pick
                status[part.given] = "wrong"
        elif part.given:
            status[part.given] = "wrong"
    return {index: status[choice] for index, choice in enumerate(choices) if choice in status}


class ChoiceWidget(CardWidget):
    """A choice card: one answer (picked at once) or select-all (toggle, then enter); also
    learn mode's easier form of a typed or list card, whose prompt, choices and
    ``multiple`` the engine's presentation gives."""

    def __init__(
        self,
        card: Card,
        *,
        shuffle: bool = True,
        prompt: str | None = None,
        choices: tuple[str, ...] | None = None,
        multiple: bool | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(card, **kwargs)
        if prompt is None or choices is None or multiple is None:
            # a choice card shown as it is (the engine's presentations give all three)
            from cjtrainer.deck.model import ChoiceCard

            assert isinstance(card, ChoiceCard), card.type
            prompt = card.prompt if prompt is None else prompt
            multiple = card.select_all if multiple is None else multiple
            if choices is None:
                mixed = list(card.choices)
                if shuffle:
                    self.rng.shuffle(mixed)
                choices = tuple(mixed)
        self.prompt: str = prompt
        self.choices: list[str] = list(choices)  # a presentation's are already shuffled
        self.multiple: bool = multiple
        self.chosen: set[int] = set()
        self.marks: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.prompt)
        digits, letters = key_ranges(len(self.choices))
        if self.multiple:
            yield Static(t("ui.choice.select-all", digits=digits), classes="card-help")
        else:
            yield Static(t("ui.choice.pick-one", digits=digits, letters=letters),
                         classes="card-help")
        yield ChoiceList(
            *[Option(self._prompt(i)) for i in range(len(self.choices))],
            markup=False,
            multiple=self.multiple,
            id="choices",
        )

    def _prompt(self, index: int) -> Table:
        """Mark and number in a column of their own, so a long option's wrapped lines
        hang under its text, not under the number or against the border."""
        text = Text()
        mark = self.marks.get(index)
        if mark == "right":  # ticked (or picked), and right
            text.append(" ✓ ", style="bold green")
        elif mark == "wrong":  # ticked, but wrong
            text.append(" ✗ ", style="bold red")
        elif mark == "missed":  # right, but not ticked: a different mark, not only a colour
            text.append(" ○ ", style="bold yellow")
        elif self.multiple:
            text.append(" ☑ " if index in self.chosen else " ☐ ", style="bold")
        else:
            text.append("   ")
        text.append(f"{index + 1} ", style="bold")
        option = Text(self.choices[index])
        if mark == "missed":
            label = t("ui.mark.missed") if self.multiple else t("ui.mark.answer")
            option.append(f"  ({label})", style="italic")
        elif mark == "wrong" and self.multiple:
            option.append(f"  ({t('ui.mark.ticked-wrong')})", style="italic")
        row = Table.grid(expand=True)
        row.add_column(width=MARK_WIDTH, no_wrap=True)
        row.add_column(ratio=1)
        row.add_row(text, option)
        return row

    def _refresh_prompts(self) -> None:
        options = self.query_one(ChoiceList)
        for index in range(len(self.choices)):
            options.replace_option_prompt_at_index(index, self._prompt(index))

    def focus_first(self) -> None:
        # Nothing highlighted: a stray enter right after the card appears answers
        # nothing; an arrow key, a number or a letter starts the choosing.
        self.query_one(ChoiceList).focus()

    def choose(self, index: int) -> None:
        """Pick (single) or toggle (select-all) the choice at ``index``."""
        if self.locked or not 0 <= index < len(self.choices):
            return
        if self.multiple:
            self.chosen ^= {index}
            self._refresh_prompts()
            self.answer_changed()
        else:
            self.chosen = {index}
            self.submit()

    def blank_note(self) -> str | None:
        if self.multiple and not self.chosen:
            return t("ui.blank.choice", digits=key_ranges(len(self.choices))[0])
        return None

    def response(self) -> tuple[str, ...]:
        return tuple(self.choices[i] for i in sorted(self.chosen))

    def show_result(self, grade: Grade) -> None:
        self.freeze()
        self.marks.update(choice_marks(self.choices, grade.parts))
        self._refresh_prompts()

    def freeze(self) -> None:
        self.locked = True
        self.add_class("-locked")
        self.remove_blank_note()  # "nog niets aangevinkt" is history once graded
