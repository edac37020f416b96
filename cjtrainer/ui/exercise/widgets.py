"""Small widgets and helpers shared by the exercise screens."""

from __future__ import annotations

import time

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import TextArea

from cjtrainer.exercise.model import MAX_ANSWER
from cjtrainer.i18n import t


def clock_text(seconds: float) -> str:
    whole = int(abs(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def numbered(number: int, answer: str) -> Text:
    """"2. " and the answer, its own lines after the first indented under its text; an
    empty answer is said in words."""
    prefix = f"{number}. "
    text = Text()
    text.append(prefix, style="bold")
    if answer.strip():
        text.append(answer.strip().replace("\n", "\n" + " " * len(prefix)))
    else:
        text.append(f"({t('exercise.empty')})", style="dim italic")
    return text


class AnswerInput(TextArea):
    """One answer, as a student writes it on paper: Enter starts a new line, a long line
    wraps (no sideways scrolling), Tab and shift+Tab go to the next and previous field.
    An over-long paste is cut at the cap (with a notice) instead of being refused."""

    # Priority: the app moves the focus the moment Tab arrives, before it hands on the
    # keys typed after it (as a plain binding, a burst "een<Tab>twee" all went into the
    # first field, the keys queued there before the focus moved).
    BINDINGS = [
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]

    def __init__(self, value: str, *, section: int, index: int, placeholder: str = "",
                 id: str | None = None) -> None:
        super().__init__(value, soft_wrap=True, tab_behavior="focus", placeholder=placeholder,
                         highlight_cursor_line=False, id=id)
        self.section = section
        self.index = index
        self._capped_notice = -10.0

    @property
    def value(self) -> str:
        return self.text

    @value.setter
    def value(self, text: str) -> None:
        self.load_text(text)
        self.move_cursor(self.document.end)

    def notify_capped(self) -> None:
        """Say once (not per key or per piece of a big paste) that the text was cut."""
        now = time.monotonic()
        if now - self._capped_notice > 5:
            self._capped_notice = now
            self.app.notify(t("exercise.write.capped", limit=MAX_ANSWER), severity="warning")

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if self.read_only:
            return
        text = "\n".join(line.rstrip() for line in event.text.strip().splitlines())
        if not text:
            return
        room = MAX_ANSWER - (len(self.text) - len(self.selected_text))
        if len(text) > room:
            text = text[: max(0, room)]
            self.notify_capped()
        if text:
            result = self.replace(text, *self.selection)
            self.move_cursor(result.end_location)


class ChoiceBar(Widget, can_focus=True):
    """One choice out of a few, on one line: ←/→ or a digit chooses, a click too.

    ↑/↓ move to the previous/next field, so a page of bars reads like a form. Drawn as
    one line of text (not a widget per option): a page of thirty bars mounts quickly.
    """

    COMPONENT_CLASSES = {"choicebar--option", "choicebar--chosen"}
    DEFAULT_CSS = """
    ChoiceBar { height: 1; width: auto; }
    ChoiceBar > .choicebar--option { color: $text-muted; }
    ChoiceBar:focus > .choicebar--option { color: $text; }
    ChoiceBar > .choicebar--chosen { background: $primary-muted; color: $text; text-style: bold; }
    ChoiceBar:focus > .choicebar--chosen { background: $primary; color: $text; }
    ChoiceBar:disabled > .choicebar--chosen { background: $panel; color: $text-muted; }
    """

    BINDINGS = [
        Binding("left", "move(-1)", "exercise.key.choose", show=False),
        Binding("right", "move(1)", "exercise.key.choose", show=False),
        Binding("up", "app.focus_previous", show=False),
        Binding("down", "app.focus_next", show=False),
        *[Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, 10)],
    ]

    value: reactive[int | None] = reactive(None, init=False)

    class Changed(Message):
        def __init__(self, bar: ChoiceBar, value: int) -> None:
            super().__init__()
            self.bar = bar
            self.value = value

        @property
        def control(self) -> ChoiceBar:
            return self.bar

    def __init__(
        self, labels: tuple[str, ...] | list[str], value: int | None = None, **kwargs: object
    ) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.labels = tuple(labels)
        self.set_reactive(ChoiceBar.value, value)

    def _cells(self) -> list[str]:
        return [f" {i + 1} {label} " for i, label in enumerate(self.labels)]

    def render(self) -> Text:
        option = self.get_component_rich_style("choicebar--option")
        chosen = self.get_component_rich_style("choicebar--chosen")
        text = Text(no_wrap=True, overflow="ellipsis")
        for i, cell in enumerate(self._cells()):
            text.append(cell, style=chosen if i == self.value else option)
        return text

    def get_content_width(self, container: object, viewport: object) -> int:
        return sum(cell_len(cell) for cell in self._cells())

    def action_move(self, delta: int) -> None:
        start = self.value if self.value is not None else (-1 if delta > 0 else len(self.labels))
        self.action_choose(max(0, min(len(self.labels) - 1, start + delta)))

    def action_choose(self, index: int) -> None:
        if self.disabled or not 0 <= index < len(self.labels):
            return
        if index != self.value:
            self.value = index
            self.post_message(self.Changed(self, index))

    def on_click(self, event: events.Click) -> None:
        x = event.x
        for i, cell in enumerate(self._cells()):
            width = cell_len(cell)
            if x < width:
                self.focus()
                self.action_choose(i)
                return
            x -= width
