"""Help: every key, per screen and per card type."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from cjtrainer.i18n import t
from cjtrainer.ui import css, web_mode
from cjtrainer.ui.text import Localised
from cjtrainer.ui.widgets.keybar import KeyBar

SECTIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("ui.help.everywhere", (
        ("f1 / ?", "ui.help.k.help"),
        ("ctrl+p", "ui.help.k.palette"),
        ("escape", "ui.help.k.back"),
        ("tab / shift+tab", "ui.help.k.focus"),
        ("ctrl+q", "ui.help.k.quit"),
    )),
    ("ui.help.home", (
        ("enter", "ui.help.k.study-selected"),
        ("l", "ui.help.k.study-all"),
        ("q", "ui.help.k.quiz"),
        ("p", "ui.help.k.practise"),
        ("v", "ui.help.k.stats"),
        ("i", "ui.help.k.settings"),
        ("o", "ui.help.k.exercise"),
        ("k", "ui.help.k.classroom"),
    )),
    ("ui.help.study", (
        ("enter", "ui.help.k.answer-next"),
        (web_mode.keys("ctrl+t", "f2").replace(",", " / "), "ui.help.k.hint"),
        ("ctrl+z", "ui.help.k.undo"),
        ("escape", "ui.help.k.stop"),
    )),
    ("ui.help.cards", (
        ("space, 1-4", "ui.help.k.flash"),
        ("1-8 / a-h", "ui.help.k.choice"),
        ("space + enter", "ui.help.k.multi"),
        ("1 / 2, w / o", "ui.help.k.tf"),
        ("tab / enter", "ui.help.k.gaps"),
        ("↑↓ j/k, space", "ui.help.k.order"),
        ("ctrl+↑↓, J/K", "ui.help.k.order-move"),
        ("enter, ↑↓", "ui.help.k.match"),
        ("ctrl+s", "ui.help.k.match-check"),
    )),
)


def keys_table(title_key: str, rows: tuple[tuple[str, str], ...]) -> Table:
    table = Table(
        title=Text(t(title_key), style="bold"),
        title_justify="left",
        show_header=False,
        box=None,
        padding=(0, 2, 0, 1),
        expand=False,
    )
    table.add_column(style="bold", no_wrap=True, min_width=16)
    table.add_column()
    for key, text in rows:
        table.add_row(Text(key), Text(t(text)))
    return table


class HelpScreen(Localised, Screen[None]):
    CSS_PATH = css.SCREENS
    BINDINGS = [Binding("escape,q,f1,question_mark", "app.pop_screen", "ui.key.back")]

    def compose(self) -> ComposeResult:
        yield Static(t("ui.help.title"), classes="screen-title")
        with VerticalScroll(id="help-body"):
            yield Static(t("ui.help.intro"), classes="help-intro")
            for title, rows in SECTIONS:
                yield Static(keys_table(title, rows), classes="help-section")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()
