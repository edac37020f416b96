"""The command palette in the student's language.

Textual's palette speaks English ("Search for commands…", "No matches found"); this
subclass says the same through the message catalogue. ``CjApp.action_command_palette``
and the theme search open it instead of Textual's.
"""

from __future__ import annotations

from typing import Any

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from cjtrainer.i18n import t


class Palette(CommandPalette):
    def __init__(self, providers: Any = None, *, placeholder: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(providers, placeholder=placeholder or t("ui.palette.placeholder"),
                         **kwargs)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own (command.py, 8.2) with its English text in our words: the
        # text is built inside that method, so it cannot be swapped from outside.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("ui.palette.no-matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
