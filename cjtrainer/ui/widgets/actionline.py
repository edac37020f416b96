"""One line of text with clickable parts: a title and a notice, or a sentence and a few
buttons, drawn as one widget.

The home screen used a container with a Static and two Buttons per line; every Button is
a widget with its own styles, and together they were a tenth of the start-up time. The
keys in a part's label (``Leren (l)``) do the same from the keyboard, so the parts need no
focus of their own: a click runs the part's action on the screen.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import events
from textual.widget import Widget


class Part(NamedTuple):
    """A piece of the line. ``look`` names one of the line's styles ("" for plain text):
    title, warning, muted, button, primary. ``action`` runs on the screen when clicked."""

    text: str
    look: str = ""
    action: str | None = None


class ActionLine(Widget):
    DEFAULT_CSS = """
    ActionLine { height: 1; }
    ActionLine > .line--title { text-style: bold; }
    ActionLine > .line--warning { color: $text-warning; text-style: bold; }
    ActionLine > .line--muted { color: $text-muted; }
    ActionLine > .line--button { background: $panel; color: $foreground; }
    ActionLine > .line--primary {
        background: $primary; color: $button-color-foreground; text-style: bold;
    }
    """
    COMPONENT_CLASSES = {
        "line--title", "line--warning", "line--muted", "line--button", "line--primary",
    }

    def __init__(
        self,
        left: list[Part] | None = None,
        right: list[Part] | None = None,
        *,
        gives_way: str = "left",
        id: str | None = None,  # noqa: A002 - Textual's name
        classes: str | None = None,
    ) -> None:
        """``gives_way``: the side that is cut short when the line is too narrow for both
        (the less important one: a hint rather than the buttons)."""
        super().__init__(id=id, classes=classes)
        self.left = left or []
        self.right = right or []
        self.gives_way = gives_way
        self._spans: list[tuple[int, int, str]] = []  # (start, end, action) for clicks

    def show(self, left: list[Part] | None = None, right: list[Part] | None = None) -> None:
        if left is not None:
            self.left = left
        if right is not None:
            self.right = right
        self.refresh()

    def _side(self, parts: list[Part]) -> tuple[Text, list[tuple[int, int, str]]]:
        """The parts as text, and (start, end, action) of the clickable ones in it."""
        text = Text(no_wrap=True, overflow="ellipsis")
        spans = []
        for index, part in enumerate(parts):
            if index:
                text.append("  ")
            label = f" {part.text} " if part.look in ("button", "primary") else part.text
            style = self.get_component_rich_style(f"line--{part.look}") if part.look else ""
            start = text.cell_len
            text.append(label, style=style)  # plain text: never markup
            if part.action:
                spans.append((start, text.cell_len, part.action))
        return text, spans

    def render(self) -> Text:
        width = self.content_size.width
        left, spans = self._side(self.left)
        right, right_spans = self._side(self.right)
        if self.right and left.cell_len + 1 + right.cell_len > width:  # too narrow for both
            if self.gives_way == "left":
                left.truncate(max(0, width - right.cell_len - 1), overflow="ellipsis")
            else:
                right.truncate(max(0, width - left.cell_len - 1), overflow="ellipsis")
        gap = max(1, width - left.cell_len - right.cell_len)
        offset = left.cell_len + gap  # where the right side starts
        self._spans = [span for span in spans if span[1] <= left.cell_len] + [
            (start + offset, end + offset, action)
            for start, end, action in right_spans if end <= right.cell_len
        ]
        line = left + Text(" " * gap) + right if self.right else left
        line.no_wrap = True
        line.overflow = "ellipsis"
        return line

    async def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)  # clicks count from the text, not the padding
        if offset is None:
            return
        for start, end, action in self._spans:
            if start <= offset.x < end:
                event.stop()
                await self.screen.run_action(action)
                return
