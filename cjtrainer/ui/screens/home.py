"""Home: today's work, the decks, the learning goals (tags) and the streak."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, DataTable, Label, OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.i18n import t
from cjtrainer.ui.text import Localised, goal_label, plain, short
from cjtrainer.ui.widgets.keybar import KeyBar


def open_exercise(app: Any) -> bool:
    """Open the exercises (the touchpoints exercise and others) when they are installed."""
    try:
        from cjtrainer.ui.screens.exercise_picker import open_exercises
    except ImportError:
        return False
    if app.services is None:
        return app.ready(lambda: open_exercise(app)) or True
    exercises = list(app.services.catalog.exercises.values())
    open_exercises(app, exercises, app.data_path, app.clock)
    return True


def open_classroom(app: Any) -> bool:
    """Push the classroom helper's join screen when it is installed."""
    import importlib

    try:  # the classroom helper's join screen: address, code and name, then the quiz
        module = importlib.import_module("cjtrainer.classroom.screens.join")
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
        Binding("i", "app.settings", "ui.key.settings"),
        Binding("o", "exercise", "ui.key.exercise", show=False),
        Binding("k", "classroom", "ui.key.classroom", show=False),
        Binding("question_mark", "app.help", "ui.key.help"),
        Binding("ctrl+q", "app.quit", "ui.key.quit"),
        Binding("tab", "app.focus_next", show=False),
    ]

    def compose(self):  # type: ignore[no-untyped-def]
        with Horizontal(id="topbar"):
            yield Static(t("ui.home.title"), id="app-title")
            yield Static("", id="streak")
        with Horizontal(id="today"):
            yield Static("", id="today-text")
            yield Button(t("ui.home.study-all"), id="study-all", variant="primary", compact=True)
            yield Button(t("ui.home.quiz"), id="quiz", compact=True)
        with Horizontal(id="lists"):
            with Vertical(id="decks-pane", classes="pane"):
                yield Label(t("ui.home.decks"), classes="pane-title")
                yield DataTable(id="decks", cursor_type="row", zebra_stripes=False)
            with Vertical(id="goals-pane", classes="pane"):
                yield Label(t("ui.home.goals"), classes="pane-title")
                yield OptionList(id="goals", markup=False)
        with Horizontal(id="extras"):
            yield Button(t("ui.home.exercise"), id="exercise", compact=True)
            yield Button(t("ui.home.classroom"), id="classroom", compact=True)
            yield Static(t("ui.home.keys"), id="home-keys")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_column(t("ui.home.col.deck"), key="deck")
        table.add_column(t("ui.home.col.new"), key="new")
        table.add_column(t("ui.home.col.due"), key="due")
        self.refresh_data()

    def on_screen_resume(self) -> None:
        self.refresh_data()

    def on_resize(self, event: Any) -> None:
        width = event.size.width
        if getattr(self, "_width", width) != width:  # titles are cut to fit the width
            self.call_after_refresh(self.refresh_data)
        self._width = width

    def refresh_data(self) -> None:
        services = self.cj.services
        if services is None:
            self.query_one("#today-text", Static).update(t("ui.home.loading"))
            return
        overview = services.overview()
        table = self.query_one("#decks", DataTable)
        cursor = table.cursor_row
        table.clear()
        # title column: the screen minus the goals pane (30), padding, borders and the
        # two count columns
        width = max(16, self.cj.size.width - 35 - 20)
        for row in overview.decks:
            table.add_row(
                plain(short(row.title, width)),
                Text(str(row.new), style="bold" if row.new else "dim", justify="right"),
                Text(str(row.due), style="bold" if row.due else "dim", justify="right"),
                key=row.id,
            )
        if overview.decks:
            table.move_cursor(row=min(cursor, len(overview.decks) - 1))
        goals = self.query_one("#goals", OptionList)
        highlighted = goals.highlighted
        goals.clear_options()
        for goal in overview.goals:
            text = plain(f"{short(goal_label(goal.tag), 22):<22}")
            text.append(f" {goal.due:>3}", style="bold" if goal.due else "dim")
            goals.add_option(Option(text, id=goal.tag))
        if overview.goals:
            goals.highlighted = min(highlighted or 0, len(overview.goals) - 1)
        if overview.due or overview.new:
            today = t("ui.home.today", due=overview.due, new=overview.new)
        elif overview.decks:
            today = t("ui.home.today-done")
        else:
            today = t("ui.home.no-decks")
        self.query_one("#today-text", Static).update(today)
        streak = overview.streak
        self.query_one("#streak", Static).update(
            t("ui.home.streak", days=streak) if streak else t("ui.home.streak-none")
        )

    # ------------------------------------------------------------- actions

    def on_descendant_focus(self, event: Any) -> None:
        if getattr(event.widget, "id", None) in ("decks", "goals"):
            self.last_list = event.widget.id

    def selected_scope(self) -> tuple[str | None, str | None]:
        """(deck, tag) of the list used last; (None, None) for everything."""
        focused = self.query_one(f"#{getattr(self, 'last_list', 'decks')}")
        if isinstance(focused, OptionList) and focused.id == "goals":
            if focused.highlighted is not None:
                option = focused.get_option_at_index(focused.highlighted)
                return None, option.id
        table = self.query_one("#decks", DataTable)
        if focused is table and table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
            return str(key.value), None
        return None, None

    def action_study_all(self) -> None:
        self.cj.start_study()

    def action_quiz(self) -> None:
        deck, tag = self.selected_scope()
        self.cj.start_quiz(deck=deck, tag=tag)

    def action_exercise(self) -> None:
        if not open_exercise(self.app):
            self.notify(t("ui.home.not-available"), markup=False)

    def action_classroom(self) -> None:
        if not open_classroom(self.app):
            self.notify(t("ui.home.not-available"), markup=False)

    @on(DataTable.RowSelected, "#decks")
    def _deck_selected(self, event: DataTable.RowSelected) -> None:
        self.cj.start_study(deck=str(event.row_key.value))

    @on(OptionList.OptionSelected, "#goals")
    def _goal_selected(self, event: OptionList.OptionSelected) -> None:
        self.cj.start_study(tag=event.option.id)

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        actions = {
            "study-all": self.action_study_all,
            "quiz": self.action_quiz,
            "exercise": self.action_exercise,
            "classroom": self.action_classroom,
        }
        action = actions.get(event.button.id or "")
        if action is not None:
            action()
