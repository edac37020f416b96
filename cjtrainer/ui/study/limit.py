"""Today's new cards are used up: say so, and offer what Anki's custom study offers (a few
extra new cards today, reviewing ahead, practising without touching the planning) and a
quiz of the week's mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui import css
from cjtrainer.ui.text import Localised
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from cjtrainer.learn.session import LimitInfo, StudySession
    from cjtrainer.ui.app import CjApp

EXTRA = 10  # "toch 10 extra": as many as Anki's custom study suggests by default
AHEAD_DAYS = 1


class LimitScreen(Localised, Screen[None]):
    """Shown instead of an empty "Klaar!" when the daily limit holds new cards back."""

    CSS_PATH = css.SCREENS
    BINDINGS = [
        Binding("e", "extra", "ui.limit.key.extra"),
        Binding("escape,q", "app.pop_screen", "ui.key.home"),
    ]

    def __init__(self, session: StudySession, info: LimitInfo, *, scope: str) -> None:
        super().__init__()
        self.session = session
        self.info = info
        self.scope = scope
        self.extra = min(EXTRA, info.waiting)
        self.ahead = session.reviews_ahead(AHEAD_DAYS)

    def compose(self) -> ComposeResult:
        title = Text(t("ui.limit.title"), style="bold")
        title.append(f" · {self.scope}", style="")  # not "op  Fase 1": a separator
        yield Static(title, classes="screen-title")
        with VerticalScroll(id="limit-body"):
            yield Static(t("ui.limit.body", started=self.info.started, limit=self.info.limit,
                           waiting=self.info.waiting), id="limit-text")
            choices = OptionList(id="limit-choices", markup=False)
            # from where the extra cards come: this deck, this goal, or all decks
            extra = ("ui.limit.extra-deck" if self.session.deck_id is not None else
                     "ui.limit.extra-goal" if self.session.tag is not None else "ui.limit.extra")
            choices.add_option(Option(t(extra, n=self.extra), id="extra"))
            if self.ahead:
                choices.add_option(Option(t("ui.limit.ahead", n=self.ahead), id="ahead"))
            choices.add_option(Option(t("ui.limit.practise", scope=self.scope), id="practise"))
            if self.cj.services is not None and self.cj.services.mistakes_this_week():
                choices.add_option(Option(t("ui.limit.mistakes"), id="mistakes"))
            choices.add_option(Option(t("ui.limit.home"), id="home"))
            yield choices
            yield Static(t("ui.limit.why"), classes="card-help")
        yield KeyBar()

    def on_mount(self) -> None:
        choices = self.query_one("#limit-choices", OptionList)
        choices.highlighted = 0  # enter takes the first offer: the extra cards
        choices.focus()

    @on(OptionList.OptionSelected, "#limit-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id
        if choice == "extra":
            self.action_extra()
        elif choice == "ahead":
            self.session.add_review_ahead(AHEAD_DAYS)
            self._study()
        elif choice == "practise":
            practise(self.cj, self.session.deck_id, self.session.tag, replace=True)
        elif choice == "mistakes":
            practise_mistakes(self.cj, self.cj.engine.mistakes_this_week(), replace=True)
        else:
            self.cj.pop_screen()

    def action_extra(self) -> None:
        self.session.add_new(self.extra)
        self._study()

    def _study(self) -> None:
        from cjtrainer.ui.study.study import StudyScreen

        self.cj.switch_screen(StudyScreen(self.session, title=self.scope))


def practise_mistakes(app: CjApp, keys: list[str], *, replace: bool = False,
                      freely: bool = False) -> None:
    """A quiz of these cards ("oefen mijn fouten"): it never spends the new-card budget.
    ``freely``: as free practice, which leaves the planning alone (mistakes made there)."""
    from cjtrainer.ui.study.study import StudyScreen

    if not keys:
        app.notify(t("ui.mistakes.none"), markup=False)
        return
    make = app.engine.practice_session if freely else app.engine.quiz_session
    session = make(keys=keys, count=len(keys))
    screen = StudyScreen(session, title=t("ui.mistakes.title"), quiz=True)
    (app.switch_screen if replace else app.push_screen)(screen)


def practise(app: CjApp, deck: str | None = None, tag: str | None = None, *,
             replace: bool = False) -> None:
    """Free practice of a deck, a goal or everything ("vrij oefenen"): Anki's custom study
    without rescheduling. The answers are graded; the planning stays as it was."""
    from cjtrainer.ui.study.study import StudyScreen

    if not app.ready():
        return
    try:
        session = app.engine.practice_session(deck=deck, tag=tag)
    except CjError as error:
        app.show_error(error)
        return
    if not session.questions:
        app.notify(t("ui.practice.none"), markup=False)
        return
    screen = StudyScreen(session, title=app.engine.scope_title(deck, tag), quiz=True)
    (app.switch_screen if replace else app.push_screen)(screen)
