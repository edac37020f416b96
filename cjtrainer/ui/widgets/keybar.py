"""The key bar at the bottom of the student app's screens: the screen's active bindings,
like Textual's ``Footer`` but one widget drawing one line of text.

Textual's Footer builds a widget per key and builds them all again whenever the
bindings change; on the home screen that was a fifth of the start-up time. This bar
draws the same information as text, keeps keys clickable, and shows the command
palette key on the right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

from cjtrainer.i18n import t

if TYPE_CHECKING:
    from textual.binding import Binding

#: Keys that Textual's own widgets show, with English descriptions: said in our words.
TEXTUAL_KEYS = {"dismiss": "ui.key.close"}


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[tuple[int, int, str]] = []  # (start, end, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[Any]) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        variables = self.app.theme_variables
        key_style = f"bold {variables.get('footer-key-foreground', '')}".strip()
        seen: set[str] = set()
        palette_key = self.app.COMMAND_PALETTE_BINDING
        palette: Binding | None = None
        entries: list[tuple[Text, str]] = []
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.key == palette_key:
                palette = binding
                continue
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            entry = Text(f" {self.app.get_key_display(binding)} ", style=key_style)
            description = binding.description
            if binding.action in TEXTUAL_KEYS:
                description = t(TEXTUAL_KEYS[binding.action])
            entry.append(f"{description} ", style="" if enabled else "dim")
            entries.append((entry, binding.key))
        label = None
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            label = Text(f" {self.app.get_key_display(palette)} ", style=key_style)
            label.append(f"{t('ui.key.palette')} ")
        # Whole keys only: on a small screen the keys that do not fit are left out (the
        # help screen lists them all), never cut in the middle of a word; the palette
        # key comes last, where there is room.
        width = self.size.width or 10_000
        room = width
        text = Text(no_wrap=True, overflow="crop")
        self._keys = []
        for entry, key in entries:
            if len(text) + len(entry) > room:
                break
            start = len(text)
            text.append_text(entry)
            self._keys.append((start, len(text), key))
        if label is not None and palette is not None:
            gap = width - len(text) - len(label)
            if gap >= 1:
                text.append(" " * gap)
                start = len(text)
                text.append_text(label)
                self._keys.append((start, len(text), palette.key))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._keys:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
