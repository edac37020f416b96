"""Cloze: the text with an input in every gap, flowing inline like the sentence itself.

Textual has no inline flow layout, so the widget wraps the words itself: it splits the
text into words and gaps and builds rows of labels and compact inputs that fit the
width, and builds them again (keeping what was typed) when the width changes.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import plain
from cjtrainer.ui.widgets.base import AnswerInput, CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import ClozeCard
    from cjtrainer.learn.grading import Grade

Token = tuple[str, str | int]  # ("text", word-with-trailing-space) | ("gap", index) | ("br", "")


def gap_width(card: ClozeCard, index: int) -> int:
    longest = max((len(answer) for answer in card.gaps[index]), default=8)
    return max(10, min(30, longest + 4))


def tokens(card: ClozeCard) -> list[Token]:
    out: list[Token] = []
    for index, part in enumerate(card.parts):
        for line_no, line in enumerate(part.split("\n")):
            if line_no:
                out.append(("br", ""))
            out.extend(("text", word) for word in re.findall(r"\S+\s*|\s+", line))
        if index < len(card.gaps):
            out.append(("gap", index))
    return out


# Columns after each gap (the ``margin-right`` of ``Input.cloze-gap`` in cards.tcss).
GAP_MARGIN = 1


def field_width(card: ClozeCard, index: int, width: int) -> int:
    """The input's width for gap ``index`` in rows of ``width`` cells (never wider)."""
    return min(gap_width(card, index), max(1, width - GAP_MARGIN))


def _fitting(card: ClozeCard, width: int) -> list[Token]:
    """The tokens, with a word longer than a row (a long compound, a web address) cut
    into row-long pieces: otherwise its end would be cut off at the edge."""
    out: list[Token] = []
    for kind, value in tokens(card):
        word = str(value)
        if kind == "text" and len(word.rstrip()) > width:
            out.extend(("text", word[start:start + width]) for start in range(0, len(word), width))
        else:
            out.append((kind, value))
    return out


def flow(card: ClozeCard, width: int) -> list[list[Token]]:
    """Rows of tokens that fit ``width`` cells."""
    rows: list[list[Token]] = [[]]
    used = 0
    for kind, value in _fitting(card, width):
        if kind == "br":
            rows.append([])
            used = 0
            continue
        size = field_width(card, int(value), width) if kind == "gap" else len(str(value).rstrip())
        if used and used + size > width:
            rows.append([])
            used = 0
        if kind == "text" and not used and not str(value).strip():
            continue  # no spaces at the start of a row
        rows[-1].append((kind, value))
        used += size + GAP_MARGIN if kind == "gap" else len(str(value))
    return [row for row in rows if row] or [[]]


class ClozeWidget(CardWidget):
    card: ClozeCard

    # Priority: the app runs these before it passes on the keys after them. As ordinary
    # bindings, tab and enter were handled only after the gap had taken the keys behind
    # them, so "fasen<tab>onbekend" in one burst (a paste, tmux send-keys) filled one gap.
    # The screen's own priority enter (settling, feedback) still comes first.
    BINDINGS = [
        Binding("tab", "gap(1)", show=False, priority=True),
        Binding("shift+tab", "gap(-1)", show=False, priority=True),
        Binding("enter", "enter", show=False, priority=True),
    ]

    def __init__(self, card: ClozeCard, **kwargs: Any) -> None:
        super().__init__(card, **kwargs)
        self.values: list[str] = [""] * len(card.gaps)
        self._width = 0
        self._focus_pending = False
        self._built: list[list[Token]] | None = None
        self._building = asyncio.Lock()
        self.grade: Grade | None = None  # once answered

    def compose(self) -> ComposeResult:
        yield Static(t("ui.cloze.help", count=len(self.card.gaps)), classes="card-help")
        yield Vertical(id="cloze-flow")

    def on_resize(self) -> None:
        width = max(20, self.content_size.width)
        if width != self._width:
            self._width = width
            self.call_after_refresh(self._build)

    async def _build(self) -> None:
        # One build at a time, and none when the rows would not change: two resizes in a
        # row (the scrollbar coming and going) used to run two builds at once, which left
        # the focus on a removed gap, so typed keys went nowhere.
        async with self._building:
            layout = flow(self.card, self._width)
            if layout == self._built:
                return
            await self._build_rows(layout)
            self._built = layout

    async def _build_rows(self, layout: list[list[Token]]) -> None:
        container = self.query_one("#cloze-flow", Vertical)
        focused = self.focused_gap()
        self.values = [field.value for field in self.inputs()] or self.values
        await container.remove_children()
        rows = []
        for row in layout:
            widgets: list[Widget] = []
            text = ""
            for kind, value in row:
                if kind == "text":
                    text += str(value)
                    continue
                if text:
                    widgets.append(Label(plain(text), classes="cloze-text", markup=False))
                    text = ""
                index = int(value)
                width = field_width(self.card, index, self._width)
                field = AnswerInput(
                    self.values[index],
                    id=f"gap-{index}",
                    classes="cloze-gap",
                    compact=True,
                    disabled=self.locked,
                    placeholder="_" * (width - 1),
                )
                field.styles.width = width
                widgets.append(field)
            if text:
                widgets.append(Label(plain(text.rstrip()), classes="cloze-text", markup=False))
            rows.append(Horizontal(*widgets, classes="cloze-row"))
        await container.mount_all(rows)
        if self.locked:
            self._mark()
        elif focused is not None:
            self.inputs()[focused].focus()
        elif self._focus_pending:
            self._focus_pending = False
            self.focus_first()

    def inputs(self) -> list[Input]:
        fields = list(self.query(".cloze-gap").results(Input))
        return sorted(fields, key=lambda field: int(str(field.id).removeprefix("gap-")))

    def focused_gap(self) -> int | None:
        for index, field in enumerate(self.inputs()):
            if field.has_focus:
                return index
        return None

    def focus_first(self) -> None:
        fields = self.inputs()
        if fields:
            fields[0].focus()
        else:
            self._focus_pending = True

    def action_gap(self, step: int) -> None:
        """To the next (previous) gap at once, so the keys after the tab land there; past
        the last (first) gap, on through the screen's focus chain as tab does."""
        fields = self.inputs()
        # the screen's focus, set at once; a field's has_focus follows only once its
        # focus event is handled, after the keys already on their way
        focused = self.screen.focused
        index = fields.index(focused) if focused in fields else None
        if index is None or not 0 <= index + step < len(fields):
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        self.screen.set_focus(fields[index + step])  # now, not after a refresh (focus())

    def action_enter(self) -> None:
        """Enter runs before the gap has taken the letters typed just before it (they wait
        in the gap's queue): the focus moves on to the next gap now, for the letters
        after it, and the rest of enter (skip to an empty gap, or submit) is decided
        in the gap's queue, once its own letters are in."""
        fields = self.inputs()
        field = self.screen.focused
        if not isinstance(field, Input) or field not in fields:
            return
        index = fields.index(field)
        if index + 1 == len(fields):
            field.call_later(self.on_enter, field)
            return
        following = fields[index + 1]
        filled = bool(following.value.strip())  # before any letters meant for it
        self.screen.set_focus(following)

        def settle() -> None:
            # the next gap was filled already: on to an empty one, or submit
            if filled and self.screen.focused is following:
                self.on_enter(field)

        field.call_later(settle)

    def on_enter(self, field: Input) -> None:
        # On to the next empty gap; back to an earlier empty one only from a filled gap
        # (so enter in empty gaps reaches the end and submits, never loops).
        fields = self.inputs()
        index = fields.index(field)
        earlier = fields[:index] if field.value.strip() else []
        for later in fields[index + 1 :] + earlier:
            if not later.value.strip():
                self.screen.set_focus(later)  # at once: the next keys are for that gap
                return
        self.submit()

    def blank_note(self) -> str | None:
        return t("ui.blank.typed") if not any(self.response()) else None

    def response(self) -> tuple[str, ...]:
        fields = self.inputs()
        if fields:
            self.values = [field.value for field in fields]
        return tuple(value.strip() for value in self.values)

    def show_result(self, grade: Grade) -> None:
        self.response()
        self.freeze()
        self.grade = grade
        self._mark()

    def _mark(self) -> None:
        parts = self.grade.parts if self.grade is not None else ()
        for field, part in zip(self.inputs(), parts, strict=False):
            field.disabled = True
            field.add_class("-right" if part.correct else "-wrong")
