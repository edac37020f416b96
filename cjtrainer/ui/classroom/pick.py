"""`cjtrainer host` without a deck: the teacher picks what the class does — a quiz of a
deck, or an exercise as a live class activity (the touchpoint board)."""

from __future__ import annotations

from typing import Any, Literal

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.i18n import t
from cjtrainer.ui import textual_fixes  # noqa: F401 - the app runs with them
from cjtrainer.ui.text import localise_bindings, plain

Kind = Literal["deck", "exercise"]
Choice = tuple[Kind, str]


class PickApp(App[Choice | None]):
    """Quiz decks first (the usual case), then the class activities."""

    CSS = """
    Screen { padding: 1 2; }
    #pick-title { text-style: bold; margin-bottom: 1; }
    #pick-help { color: $text-muted; margin-bottom: 1; }
    OptionList { height: 1fr; }
    """
    BINDINGS = [Binding("escape,q", "cancel", "ui.key.quit")]

    def __init__(self, decks: list[tuple[str, str]], exercises: list[tuple[str, str]]) -> None:
        super().__init__()
        localise_bindings(self)
        self.options: list[Option] = []
        self.choices: dict[str, Choice] = {}
        if decks:
            self.options.append(Option(plain(t("classroom.pick.quizzes"), "bold"),
                                       disabled=True))
        for deck_id, title in decks:
            self._add("deck", deck_id, t("classroom.pick.quiz", title=title))
        if exercises:
            self.options.append(Option(plain(t("classroom.pick.activities"), "bold"),
                                       disabled=True))
        for exercise_id, title in exercises:
            self._add("exercise", exercise_id, t("classroom.pick.activity", title=title))

    def _add(self, kind: Kind, ident: str, label: str) -> None:
        key = f"{kind}:{ident}"
        self.choices[key] = (kind, ident)
        self.options.append(Option(plain(label), id=key))

    def compose(self) -> ComposeResult:
        yield Static(t("classroom.pick.title"), id="pick-title")
        yield Static(t("classroom.pick.help"), id="pick-help")
        yield OptionList(*self.options, id="pick")
        yield Footer()

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        first = next((i for i, o in enumerate(self.options) if not o.disabled), None)
        if first is not None:
            options.highlighted = first

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.exit(self.choices.get(event.option.id or ""))

    def action_cancel(self) -> None:
        self.exit(None)


def pick_activity(decks: list[tuple[str, str]], exercises: list[tuple[str, str]],
                  **run: Any) -> Choice | None:
    """What the teacher picked, or None when they left without picking."""
    return PickApp(decks, exercises).run(**run)
