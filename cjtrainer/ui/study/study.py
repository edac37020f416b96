"""Study and quiz: one card at a time, feedback right after the answer, then the summary.

The screen renders whatever the session presents (``session.present(card)``) and sends
back the widget's response; grading and scheduling are the engine's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui import css, web_mode
from cjtrainer.ui.text import Localised, until
from cjtrainer.ui.widgets import widget_for_presentation
from cjtrainer.ui.widgets.base import CardWidget
from cjtrainer.ui.widgets.feedback import Feedback
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from datetime import timedelta

    from textual.widget import AwaitMount

    from cjtrainer.deck.model import Card
    from cjtrainer.learn.session import (
        Outcome,
        PracticeSession,
        Presentation,
        QuizSession,
        StudySession,
    )


class StudyScreen(Localised, Screen[None]):
    CSS_PATH = css.STUDY
    BINDINGS = [
        Binding("enter", "next", "ui.key.next", priority=True),
        Binding("enter", "settle", show=False, priority=True),
        Binding(web_mode.keys("ctrl+t", "f2"), "hint", "ui.key.hint", priority=True),
        Binding("ctrl+z", "undo", "ui.key.undo", priority=True),
        Binding("ctrl+g", "override", "ui.key.override", priority=True),
        Binding("escape", "stop", "ui.key.stop"),
    ]

    def __init__(self, session: StudySession | QuizSession | PracticeSession, *, title: str,
                 quiz: bool = False) -> None:
        super().__init__(classes="-quiz" if quiz else "-study")
        self.session = session
        self.scope = title
        self.quiz = quiz
        self.card: Card | None = None
        self.shown: Presentation | None = None
        self.widget: CardWidget | None = None
        self.state = "asking"  # asking | feedback | done
        self.used_hint = False
        self.outcome: Outcome | None = None  # the last answer's outcome, while its feedback shows
        self.started = 0.0
        # Enter is ignored while a card appears and for a moment after (the app's
        # settle_seconds): the reflex second enter of a student going past the feedback
        # must not answer, skip or move in the new card.
        self.settling = True
        self.shown_count = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="study-top"):
            mode = (t("ui.study.practice") if not self.session.schedules else
                    t("ui.study.quiz") if self.quiz else t("ui.study.study"))
            title = Text(f"{mode}: ", style="bold")
            title.append(self.scope)
            yield Static(title, id="study-title")
            yield ProgressBar(show_eta=False, show_percentage=False, id="progress")
            yield Static("", id="progress-text")
        with VerticalScroll(id="card-area"):
            yield Static("", id="card-meta")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_next()

    # ------------------------------------------------------------- flow

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.state == "feedback"
        if action == "settle":
            return self.state == "asking" and self.settling
        if action == "hint":  # shown only when the card has a hint to give
            return self.state == "asking" and self.current_hint() is not None
        if action == "override":  # an auto-graded answer marked wrong or partly right
            return self.state == "feedback" and bool(getattr(self.outcome, "can_override", False))
        return True

    def update_progress(self) -> None:
        # a study session's total is today's work, which only counts down ("nog 12"); the
        # cards in their learning steps are said apart, or "nog 20" seemed never to move
        # while new cards went into their steps
        done, first, back = self.session.progress_parts()
        total = done + first + back
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=max(total, 1), progress=done)
        text = (f"{done}/{total}" if self.quiz else
                t("ui.study.left", n=first) if not back else
                t("ui.study.left-back", n=first, back=back) if first else
                t("ui.study.back", back=back))  # not "nog 0 · 2 terug"
        self.query_one("#progress-text", Static).update(text)

    def show_next(self) -> None:
        try:
            card = self.session.next_card()
        except CjError as error:
            self.cj.show_error(error)
            card = None
        if card is None:
            self.finish()
            return
        self.card = card
        self.shown = self.session.present(card)
        self.used_hint = False
        self.state = "asking"
        self.settling = True
        self.update_progress()
        self.call_later(self._mount_card)

    async def _mount_card(self) -> None:
        area = self.query_one("#card-area", VerticalScroll)
        for child in list(area.children):
            if child.id != "card-meta":
                await child.remove()
        self.query_one("#card-meta", Static).update(self.meta_text())
        assert self.shown is not None
        self.widget = widget_for_presentation(self.shown, rng=self.cj.rng)
        await area.mount(self.widget)
        hint = Static("", id="hint", classes="hint")
        hint.display = False
        await area.mount(hint)
        area.scroll_home(animate=False)
        self.widget.focus_first()
        self.show_intervals()
        self.started = self.cj.monotonic()
        self.shown_count += 1
        settle = getattr(self.cj, "settle_seconds", 0.0)
        if settle > 0:
            count = self.shown_count
            self.set_timer(settle, lambda: self._settled(count))
        else:
            self.settling = False
        self.refresh_bindings()

    def show_intervals(self) -> None:
        """A flashcard's rating buttons say when the card comes back, as Anki's do."""
        show = getattr(self.widget, "show_intervals", None)
        preview = getattr(self.session, "preview", None)
        if show is None or preview is None:
            return
        try:
            show({int(rating): interval(delta) for rating, delta in preview(self.card).items()})
        except CjError as error:
            self.cj.show_error(error)

    def _settled(self, count: int) -> None:
        if count == self.shown_count:
            self.settling = False

    @property
    def current(self) -> Card:
        """The card on screen (there is one from the first ``show_next`` on)."""
        assert self.card is not None
        return self.card

    def meta_text(self) -> Text:
        deck = self.session.decks.get(self.current.deck_id)
        text = Text()
        if deck is not None:
            text.append(deck.title, style="dim")
        if not self.session.schedules:  # said on every card: nothing here is planned
            text.append("  ")
            text.append(t("ui.study.practice-note"), style="italic")
        if getattr(self.shown, "is_new", False) and not self.quiz:
            text.append("  ")
            text.append(f" {t('ui.study.new')} ", style="reverse bold")
        if getattr(self.shown, "easier", False) and self.session.schedules:
            text.append("  ")  # "later zelf typen": a practice asks each card once
            order = getattr(self.shown, "mode", "") == "order"
            text.append(t("ui.study.easier-order" if order else "ui.study.easier"), style="italic")
        return text

    def response_ms(self) -> int:
        return int((self.cj.monotonic() - self.started) * 1000)

    def on_card_widget_answered(self, event: CardWidget.Answered) -> None:
        event.stop()
        if self.state != "asking" or event.widget is not self.widget:
            return
        try:
            outcome = self.session.answer(
                self.current, event.response, used_hint=self.used_hint,
                response_ms=self.response_ms(),
            )
        except CjError as error:
            self.cj.show_error(error)
            return
        self.show_feedback(outcome)

    def on_card_widget_rated(self, event: CardWidget.Rated) -> None:
        event.stop()
        if self.state != "asking" or event.widget is not self.widget:
            return
        try:
            outcome = self.session.rate(self.current, event.rating, response_ms=self.response_ms())
        except CjError as error:  # not saved: the card stays, the rating can be given again
            self.cj.show_error(error)
            unfreeze = getattr(event.widget, "unfreeze", None)
            if unfreeze is not None:
                unfreeze()
            return
        if self.session.schedules:
            self.notify(t("ui.study.back-in", when=until(outcome.due, self.cj.clock())),
                        markup=False, timeout=3)
        self.show_next()

    def show_feedback(self, outcome: Outcome) -> None:
        self.state = "feedback"
        self.outcome = outcome
        assert self.widget is not None and outcome.grade is not None  # answered: graded
        self.widget.show_result(outcome.grade)
        area = self.query_one("#card-area", VerticalScroll)
        # the easier form's card: its feedback speaks of that form (an order, a choice)
        asked = getattr(self.shown, "asked_as", None) or self.card
        feedback = Feedback(asked, outcome.grade, used_hint=self.used_hint)
        mounted = area.mount(feedback)
        if getattr(outcome, "became_leech", False):
            mounted = area.mount(Static(t("ui.study.leech"), classes="leech-note"))
        # The card area takes the focus, so the arrow keys and page down scroll through a
        # long feedback (enter, the screen's, still goes on).
        self.set_focus(area)
        self.update_progress()
        self.refresh_bindings()
        self.call_later(self._scroll_when_laid_out, mounted)

    async def _scroll_when_laid_out(self, mounted: AwaitMount) -> None:
        # Only once the feedback is mounted does the next refresh lay it out: scrolling
        # before that saw the area's old height and, depending on the machine's speed,
        # scrolled or not.
        await mounted
        self.call_after_refresh(self._scroll_to_feedback)

    def _scroll_to_feedback(self) -> None:
        """Scroll the feedback into view, but never the question out of it: a feedback
        taller than the area starts right under the question, the rest is a scroll away."""
        area = self.query_one("#card-area", VerticalScroll)
        if self.widget is None or not self.widget.is_attached:
            return
        question = self.widget.region.y - area.content_region.y + round(area.scroll_y)
        area.scroll_to(y=min(area.max_scroll_y, max(0, question)), animate=False)

    def action_override(self) -> None:
        """"Ik had het goed": the answer counts as right; the teacher sees it."""
        if self.state != "feedback" or not getattr(self.outcome, "can_override", False):
            return
        try:
            outcome = self.session.override()
        except CjError as error:
            self.cj.show_error(error)
            return
        if outcome is None:
            return
        self.outcome = outcome
        for feedback in self.query(Feedback):
            feedback.overridden()
        self.update_progress()
        self.refresh_bindings()

    def action_settle(self) -> None:
        """Swallow an enter pressed while the card is appearing."""

    def action_next(self) -> None:
        if self.state == "feedback":
            self.outcome = None
            self.show_next()

    def current_hint(self) -> str | None:
        if self.card is None:
            return None
        return getattr(self.shown, "hint", None) or getattr(self.card, "hint", None) or None

    def action_hint(self) -> None:
        if self.state != "asking":
            return
        hint = self.current_hint()
        if not hint:
            self.notify(t("ui.study.no-hint"), markup=False)
            return
        self.used_hint = True
        widget = self.query_one("#hint", Static)
        text = Text(f"{t('ui.study.hint')}: ", style="bold")
        text.append(hint)
        widget.update(text)
        widget.display = True

    def action_undo(self) -> None:
        try:
            card = self.session.undo()
        except CjError as error:
            self.cj.show_error(error)
            return
        if card is None:
            self.notify(t("ui.study.nothing-to-undo"), markup=False)
            return
        self.notify(t("ui.study.undone"), markup=False)
        self.show_next()

    def action_stop(self) -> None:
        self.finish()

    def finish(self) -> None:
        from cjtrainer.ui.study.summary import SummaryScreen

        if self.state == "done":
            return
        self.state = "done"
        summary = self.session.summary()
        if getattr(summary, "answered", 0) == 0:
            limit = getattr(summary, "limit", None)
            if self.card is not None:
                self.cj.pop_screen()  # stopped before answering anything
            elif limit is not None:  # nothing to do, but new cards wait behind the limit
                from cjtrainer.learn.session import StudySession
                from cjtrainer.ui.study.limit import LimitScreen

                assert isinstance(self.session, StudySession)  # only study has a day limit
                self.cj.switch_screen(LimitScreen(self.session, limit, scope=self.scope))
            else:
                self.cj.pop_screen()
                self.cj.notify(t("ui.study.nothing-today"), markup=False)
            return
        from cjtrainer.learn.session import StudySession  # loaded already: the session's

        study = self.session if isinstance(self.session, StudySession) else None
        self.cj.switch_screen(SummaryScreen(summary, scope=self.scope, quiz=self.quiz,
                                            session=study,
                                            practice=not self.session.schedules))




def interval(delta: timedelta) -> str:
    """A rating button's interval, short: "1 min", "10 min", "1 dag", "4 dagen", "3 mnd"."""
    seconds = max(0.0, delta.total_seconds())
    if seconds < 3600:
        return t("ui.interval.minutes", n=max(1, round(seconds / 60)))
    if seconds < 86400:
        return t("ui.interval.hours", n=round(seconds / 3600))
    days = round(seconds / 86400)
    if days < 60:
        return t("ui.interval.days", n=days)
    return t("ui.interval.months", n=round(days / 30))
