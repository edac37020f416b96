"""Before a quiz: how many questions, which kinds of cards, or the week's mistakes (of
this deck or goal and kind: all of them, or the latest five)."""

from __future__ import annotations

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

LENGTHS = (5, 10, 20)
# which card types a quiz may ask: all, without flashcards (only graded answers),
# only typing (recall), only choosing (recognition)
KINDS: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("all", None),
    ("graded", frozenset({"choice", "truefalse", "typed", "cloze", "order", "match", "list"})),
    ("typing", frozenset({"typed", "cloze", "list"})),
    ("choosing", frozenset({"choice", "truefalse", "match", "order"})),
)


class QuizOptionsScreen(Localised, Screen[None]):
    CSS_PATH = css.SCREENS
    BINDINGS = [
        Binding("t", "kind", "ui.quiz.key.kind"),
        Binding("f", "mistakes", "ui.key.mistakes"),
        Binding("escape", "app.pop_screen", "ui.key.back"),
    ]

    def __init__(self, *, deck: str | None, tag: str | None, scope: str) -> None:
        super().__init__()
        self.deck = deck
        self.tag = tag
        self.scope = scope
        self.kind = 0

    def compose(self) -> ComposeResult:
        title = Text(t("ui.study.quiz"), style="bold")
        title.append(f"  {self.scope}", style="")
        yield Static(title, classes="screen-title")
        with VerticalScroll(id="quiz-options-body"):
            yield Static("", id="quiz-kind")
            yield OptionList(id="quiz-length", markup=False)
            yield Static(t("ui.quiz.help"), classes="card-help")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_options()
        self.query_one("#quiz-length", OptionList).focus()

    def types(self) -> frozenset[str] | None:
        return KINDS[self.kind][1]

    def pool(self) -> int:
        """How many cards a quiz of this scope and kind can ask."""
        types = self.types()
        session = self.cj.engine.quiz_session(deck=self.deck, tag=self.tag, count=0,
                                                types=types)
        return sum(1 for c in session.cards if types is None or c.type in types)

    def refresh_options(self) -> None:
        name = KINDS[self.kind][0]
        self.query_one("#quiz-kind", Static).update(
            t("ui.quiz.kind", kind=t(f"ui.quiz.kind.{name}")))
        lengths = self.query_one("#quiz-length", OptionList)
        highlighted = lengths.highlighted
        lengths.clear_options()
        pool = self.pool()
        for n in LENGTHS:
            if n < pool:
                lengths.add_option(Option(t("ui.quiz.length", n=n), id=str(n)))
        lengths.add_option(Option(t("ui.quiz.all", n=pool), id=str(pool)))
        mistakes = len(self.mistakes())
        if mistakes > LENGTHS[0]:  # a short round of the latest ones
            lengths.add_option(Option(t("ui.quiz.mistakes-latest", n=LENGTHS[0]),
                                      id=f"mistakes-{LENGTHS[0]}"))
        if mistakes:
            lengths.add_option(Option(t("ui.quiz.mistakes", n=mistakes), id="mistakes"))
        default = 1 if lengths.option_count > 2 else 0
        lengths.highlighted = min(highlighted if highlighted is not None else default,
                                  lengths.option_count - 1)

    def action_kind(self) -> None:
        self.kind = (self.kind + 1) % len(KINDS)
        self.refresh_options()

    def mistakes(self) -> list[str]:
        """This week's mistakes within the quiz's deck or goal and kind of cards, the
        latest first (the home screen's "f" takes them all)."""
        keys = self.cj.engine.mistakes_this_week()
        if not keys:
            return []
        session = self.cj.engine.quiz_session(deck=self.deck, tag=self.tag, count=len(keys),
                                                types=self.types(), keys=keys)
        return [card.key for card in session.questions]

    def action_mistakes(self, count: int | None = None) -> None:
        from cjtrainer.ui.study.limit import practise_mistakes

        practise_mistakes(self.cj, self.mistakes()[:count], replace=True)

    @on(OptionList.OptionSelected, "#quiz-length")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        from cjtrainer.ui.study.study import StudyScreen

        event.stop()
        choice = event.option.id or ""
        if choice.startswith("mistakes"):
            _, _, count = choice.partition("-")
            self.action_mistakes(int(count) if count else None)
            return
        try:
            session = self.cj.engine.quiz_session(
                deck=self.deck, tag=self.tag, count=int(event.option.id or 10),
                types=self.types())
        except CjError as error:
            self.cj.show_error(error)
            return
        self.cj.switch_screen(StudyScreen(session, title=self.scope, quiz=True))
