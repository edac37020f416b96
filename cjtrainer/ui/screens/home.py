"""Home: today's work, the decks, the learning goals (tags) and the streak."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cjtrainer.i18n import language, t
from cjtrainer.text import shorten
from cjtrainer.ui.text import Localised, goal_label
from cjtrainer.ui.widgets.actionline import ActionLine, Part
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from cjtrainer.ui.app import CjApp

NEW_COL = 7  # widths of the deck list's count columns ("Nieuw", "Herhalen", "Geleerd")
COUNT = 9
LEARNED_COL = 8
GOAL_TITLE = 13  # width of a goal's name in the goals list
GOAL_COUNT = 4
GOAL_LEARNED = 8
NARROW = 72  # below this many columns the goals list gives its room to the decks


def today_buttons() -> list[Part]:
    return [Part(t("ui.home.study-all"), "primary", "study_all"),
            Part(t("ui.home.quiz"), "button", "quiz")]


def open_exercise(app: CjApp) -> bool:
    """Open the exercises (the touchpoints exercise and others) when they are installed."""
    try:
        from cjtrainer.ui.exercise.picker import open_exercises
    except ImportError:
        return False
    if not app.ready():
        return True
    exercises = list(app.engine.catalog.exercises.values())
    open_exercises(app, exercises, app.data_path, app.clock)
    return True


def open_classroom(app: CjApp) -> bool:
    """Push the classroom helper's join screen when it is installed."""
    import importlib

    try:  # the classroom helper's join screen: address, code and name, then the quiz
        module = importlib.import_module("cjtrainer.ui.classroom.join")
    except ImportError:
        return False
    settings = getattr(app, "settings", None)
    app.push_screen(module.JoinScreen(name=getattr(settings, "student_name", None)))
    return True


class HomeScreen(Localised, Screen[None]):
    AUTO_FOCUS = "#decks"
    BINDINGS = [
        Binding("l", "study_all", "ui.key.study-all"),
        Binding("q", "quiz", "ui.key.quiz"),
        Binding("v", "app.stats", "ui.key.stats"),
        Binding("f", "mistakes", "ui.key.mistakes", show=False),
        Binding("p", "practise", "ui.key.practise", show=False),
        Binding("i", "app.settings", "ui.key.settings"),
        Binding("o", "exercise", "ui.key.exercise", show=False),
        Binding("k", "classroom", "ui.key.classroom", show=False),
        Binding("question_mark", "app.help", "ui.key.help"),
        Binding("ctrl+q", "app.quit", "ui.key.quit"),
        Binding("tab", "app.focus_next", show=False),
    ]

    def compose(self) -> ComposeResult:
        # Few widgets on purpose: the home screen is what start-up waits for (one line
        # widget per line, the pane titles in the borders).
        yield ActionLine([Part(t("ui.home.title"), "title")], id="topbar")
        yield ActionLine([Part("")], today_buttons(), id="today")
        yield OptionList(id="decks", markup=False)
        yield OptionList(id="goals", markup=False)
        yield ActionLine(
            [Part(t("ui.home.exercise"), "button", "exercise"),
             Part(t("ui.home.classroom"), "button", "classroom")],
            [Part(t("ui.home.keys"), "muted")],
            gives_way="right",
            id="extras",
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.set_class(self.cj.size.width < NARROW, "-narrow")
        self._language = language()
        self.refresh_data()
        self._filled = True

    async def rebuild(self) -> None:
        """Labels, keys and counts again when the language changed (after the settings):
        the same list keeps the focus and the same rows stay highlighted."""
        if self._language == language():
            self.refresh_data()
            return
        self._language = language()
        lists = {name: self.query_one(f"#{name}", OptionList).highlighted
                 for name in ("decks", "goals")}
        used = getattr(self, "last_list", "decks")
        self.relocalise()
        await self.recompose()
        self.refresh_data()
        for name, highlighted in lists.items():
            rows = self.query_one(f"#{name}", OptionList)
            if highlighted is not None and rows.option_count:
                rows.highlighted = min(highlighted, rows.option_count - 1)
        self.refresh_bindings()
        target = self.query_one(f"#{used}", OptionList)
        (target if target.display else self.query_one("#decks", OptionList)).focus()

    def on_screen_resume(self) -> None:
        # Back from a study session, the settings, ...: counts have changed. The first
        # resume comes straight after on_mount, which filled the screen already.
        if getattr(self, "_filled", False):
            self._filled = False
            return
        self.refresh_data()

    def on_resize(self, event: Any) -> None:
        width = event.size.width
        self.set_class(width < NARROW, "-narrow")
        if getattr(self, "_width", width) != width:  # titles are cut to fit the width
            self.call_after_refresh(self.refresh_data)
        self._width = width

    def _title_width(self) -> int:
        """Room for a deck's title: its list's content width (known once laid out, else
        the screen minus the goals pane, paddings, border and scrollbar gutter) minus
        the two count columns."""
        decks = self.query_one("#decks", OptionList)
        screen = self.cj.size.width
        content = decks.scrollable_content_region.width or (
            screen - 7 if screen < NARROW else screen - 39
        )
        return max(4, content - NEW_COL - COUNT - LEARNED_COL)

    def refresh_data(self) -> None:
        services = self.cj.services
        today = self.query_one("#today", ActionLine)
        if services is None:
            today.show([Part(t("ui.home.loading"))])
            return
        overview = services.overview()
        todo = t("ui.home.col.todo")
        self.query_one("#goals", OptionList).border_title = (
            f"{t('ui.home.goals-short'):<{GOAL_TITLE + GOAL_COUNT - 1 - len(todo)}}{todo}"
            f"{t('ui.home.col.learned'):>{GOAL_LEARNED}}"
        )
        decks = self.query_one("#decks", OptionList)
        width = self._title_width()
        # the border title starts one column right of the rows: one less for "Decks"
        decks.border_title = (
            f"{t('ui.home.decks'):<{width - 1}}{t('ui.home.col.new'):>{NEW_COL}}"
            f"{t('ui.home.col.due'):>{COUNT}}{t('ui.home.col.learned'):>{LEARNED_COL}}"
        )
        highlighted = decks.highlighted
        decks.clear_options()
        for row in overview.decks:
            line = Text(f"{shorten(row.title, width):<{width}}", no_wrap=True, overflow="crop")
            line.append(f"{row.new:>{NEW_COL}}", style="bold" if row.new else "dim")
            line.append(f"{row.due:>{COUNT}}", style="bold" if row.due else "dim")
            # "geleerd X van Y": progress that shows from the first day
            line.append(f"{f'{row.learned}/{row.cards}':>{LEARNED_COL}}",
                        style="green" if row.learned else "dim")
            decks.add_option(Option(line, id=row.id))
        if overview.decks:
            decks.highlighted = min(highlighted or 0, len(overview.decks) - 1)
        goals = self.query_one("#goals", OptionList)
        highlighted = goals.highlighted
        goals.clear_options()
        for goal in overview.goals:
            text = Text(f"{shorten(goal_label(goal.tag), GOAL_TITLE):<{GOAL_TITLE}}",
                        no_wrap=True, overflow="crop")
            text.append(f"{goal.due:>{GOAL_COUNT}}", style="bold" if goal.due else "dim")
            text.append(f"{f'{goal.learned}/{goal.cards}':>{GOAL_LEARNED}}",
                        style="green" if goal.learned else "dim")
            goals.add_option(Option(text, id=goal.tag))
        if overview.goals:
            goals.highlighted = min(highlighted or 0, len(overview.goals) - 1)
        buttons = today_buttons()
        if overview.due or overview.new:
            today.show([Part(t("ui.home.today", due=overview.due, new=overview.new))], buttons)
        elif overview.decks:
            today.show([Part(t("ui.home.today-done"))], buttons)
        else:  # nothing to study or quiz: the whole line for how to add decks
            today.show([Part(t("ui.home.no-decks"))], [])
        streak = overview.streak
        self.query_one("#topbar", ActionLine).show(right=[Part(
            t("ui.home.streak", days=streak) if streak else t("ui.home.streak-none"),
            "warning",
        )])

    # ------------------------------------------------------------- actions

    def on_descendant_focus(self, event: Any) -> None:
        if getattr(event.widget, "id", None) in ("decks", "goals"):
            self.last_list = event.widget.id

    def selected_scope(self) -> tuple[str | None, str | None]:
        """(deck, tag) of the list used last; (None, None) for everything."""
        used = self.query_one(f"#{getattr(self, 'last_list', 'decks')}", OptionList)
        if used.highlighted is None or not used.option_count:
            return None, None
        chosen = used.get_option_at_index(used.highlighted).id
        return (None, chosen) if used.id == "goals" else (chosen, None)

    def action_study_all(self) -> None:
        self.cj.start_study()

    def action_quiz(self) -> None:
        """The quiz's options first: length, kind of questions, or the week's mistakes."""
        from cjtrainer.ui.study.quiz_options import QuizOptionsScreen

        deck, tag = self.selected_scope()
        services = self.cj.services
        if services is None:
            self.cj.start_quiz(deck=deck, tag=tag)  # waits for the catalogue, then asks
            return
        self.cj.push_screen(QuizOptionsScreen(deck=deck, tag=tag,
                                              scope=services.scope_title(deck, tag)))

    def action_mistakes(self) -> None:
        """A quiz of this week's mistakes ("oefen mijn fouten")."""
        from cjtrainer.ui.study.limit import practise_mistakes

        if self.cj.services is not None:
            practise_mistakes(self.cj, self.cj.services.mistakes_this_week())

    def action_practise(self) -> None:
        """Free practice of the highlighted goal or deck: it leaves the planning alone."""
        from cjtrainer.ui.study.limit import practise

        deck, tag = self.selected_scope()
        practise(self.cj, deck, tag)

    def action_exercise(self) -> None:
        if not open_exercise(self.cj):
            self.notify(t("ui.home.not-available"), markup=False)

    def action_classroom(self) -> None:
        if not open_classroom(self.cj):
            self.notify(t("ui.home.not-available"), markup=False)

    @on(OptionList.OptionSelected, "#decks")
    def _deck_selected(self, event: OptionList.OptionSelected) -> None:
        self.cj.start_study(deck=event.option.id)

    @on(OptionList.OptionSelected, "#goals")
    def _goal_selected(self, event: OptionList.OptionSelected) -> None:
        self.cj.start_study(tag=event.option.id)
