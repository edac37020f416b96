"""The end of a session: accuracy, time, the mistakes to review, what is due next."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from cjtrainer.deck.cardtypes import question_text
from cjtrainer.i18n import t
from cjtrainer.ui import css
from cjtrainer.ui.text import Localised, duration, until
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from cjtrainer.learn.session import Mistake, QuizResult, StudySession, Summary


def mistakes_table(mistakes: Iterable[Mistake], width: int = 76) -> Table:
    table = Table(box=None, show_header=True, padding=(0, 1), expand=True)
    table.add_column(t("ui.summary.col.question"), ratio=3, overflow="fold")
    table.add_column(t("ui.summary.col.answer"), ratio=2, overflow="fold", style="bold")
    for mistake in mistakes:
        grade = mistake.grade
        if grade is not None:
            answer = grade.expected
        else:
            answer = str(getattr(mistake.card, "back", ""))
        # in full: a cut-off answer is no answer to learn from
        table.add_row(Text(question_text(mistake.card)), Text(answer))
    return table


class SummaryScreen(Localised, Screen[None]):
    CSS_PATH = css.SCREENS
    BINDINGS = [
        Binding("enter,escape,q", "app.pop_screen", "ui.key.home"),
        Binding("f", "practise", "ui.key.mistakes"),
        Binding("e", "extra", "ui.limit.key.extra"),
    ]

    def __init__(self, summary: Summary | QuizResult, *, scope: str, quiz: bool = False,
                 session: StudySession | None = None, practice: bool = False) -> None:
        super().__init__()
        self.summary = summary
        self.scope = scope
        self.quiz = quiz
        self.session = session
        self.practice = practice  # free practice: nothing was planned or saved

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "practise":
            return bool(self.summary.mistakes) and self.cj.services is not None
        if action == "extra":
            return getattr(self.summary, "limit", None) is not None and self.session is not None
        return True

    def action_practise(self) -> None:
        from cjtrainer.ui.study.limit import practise_mistakes

        keys = list(dict.fromkeys(m.card.key for m in self.summary.mistakes))
        practise_mistakes(self.cj, keys, replace=True, freely=self.practice)

    def action_extra(self) -> None:
        from cjtrainer.learn.session import StudySession
        from cjtrainer.ui.study.limit import LimitScreen

        limit = getattr(self.summary, "limit", None)
        if isinstance(self.session, StudySession) and limit is not None:  # only study has one
            self.cj.switch_screen(LimitScreen(self.session, limit, scope=self.scope))

    def compose(self) -> ComposeResult:
        from cjtrainer.learn.session import QuizResult, Summary

        s = self.summary
        stopped_study = not self.quiz and getattr(s, "stopped", False)
        stopped = isinstance(s, QuizResult) and s.answered < s.total
        # a quiz or practice stopped halfway is not "klaar"
        key = ("ui.summary.stopped-title" if stopped or stopped_study else
               "ui.summary.practice-title" if self.practice else
               "ui.summary.quiz-title" if self.quiz else "ui.summary.title")
        title = Text(t(key), style="bold")
        title.append(f"  {self.scope}", style="")
        yield Static(title, classes="screen-title")
        with VerticalScroll(id="summary-body"):
            if isinstance(s, QuizResult):
                score = round(100 * s.score)
                yield Static(
                    t("ui.summary.score", score=score, correct=s.correct, total=s.total),
                    id="summary-score", classes=self.score_class(s.score),
                )
                if stopped:
                    yield Static(t("ui.summary.stopped", answered=s.answered, total=s.total),
                                 id="summary-stopped", classes="card-help")
                if self.practice:
                    yield Static(t("ui.summary.practice-note"), id="summary-practice",
                                 classes="card-help")
            else:
                yield Static(
                    t("ui.summary.accuracy", pct=round(100 * s.accuracy), correct=s.correct,
                      answered=s.answered),
                    id="summary-score", classes=self.score_class(s.accuracy),
                )
                if stopped_study:
                    yield Static(t("ui.summary.stopped-study", answered=s.answered,
                                   left=s.remaining), id="summary-stopped", classes="card-help")
                limit = getattr(s, "limit", None)
                if limit is not None:
                    yield Static(t("ui.limit.summary", limit=limit.limit, waiting=limit.waiting),
                                 id="summary-limit", classes="card-help")
            facts = [t("ui.summary.time", time=duration(s.seconds))]
            if isinstance(s, Summary):
                if s.new_cards:
                    facts.append(t("ui.summary.new", n=s.new_cards))
                if s.next_due is not None:
                    facts.append(t("ui.summary.next", when=until(s.next_due, self.cj.clock())))
                else:
                    facts.append(t("ui.summary.next-none"))
            yield Static("\n".join(facts), id="summary-facts")
            if s.mistakes:
                yield Static(t("ui.summary.mistakes", n=len(s.mistakes)), classes="pane-title")
                yield Static(mistakes_table(s.mistakes), id="summary-mistakes")
                yield Static(t("ui.summary.practise"), classes="card-help")
            else:
                none = "ui.summary.no-mistakes-so-far" if stopped else "ui.summary.no-mistakes"
                yield Static(t(none), id="summary-mistakes")
            yield Static(t("ui.summary.back"), classes="card-help")
        yield KeyBar()

    @staticmethod
    def score_class(fraction: float) -> str:
        if fraction >= 0.8:
            return "-good"
        if fraction >= 0.5:
            return "-ok"
        return "-low"
