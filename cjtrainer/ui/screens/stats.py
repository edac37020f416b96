"""Progress: mastery per deck, answers per day, study calendar and streak, the forecast,
the hardest cards. Everything comes from the engine's ``stats.compute``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from cjtrainer.i18n import t
from cjtrainer.text import shorten
from cjtrainer.ui import css
from cjtrainer.ui.text import Localised, duration
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from cjtrainer.learn.stats import DayCount, Stats

BLOCKS = " ▁▂▃▄▅▆▇█"


def progress_bar(learned: float, mastered: float, width: int) -> Text:
    """Mastered cards solid, learned ones (out of the learning steps) shaded: a bar that
    moves from the first day, not only after three weeks."""
    solid = round(max(0.0, min(1.0, mastered)) * width)
    shaded = max(0, round(max(0.0, min(1.0, learned)) * width) - solid)
    text = Text("█" * solid, style="green")
    text.append("▓" * shaded, style="green")
    text.append("░" * (width - solid - shaded), style="dim")
    return text


def mastery_table(stats: Stats) -> Table:
    table = Table(box=None, padding=(0, 1), expand=True, show_edge=False)
    table.add_column(t("ui.stats.col.deck"), ratio=3, no_wrap=True, overflow="ellipsis")
    for key in ("new", "learning", "review", "mastered"):
        table.add_column(t(f"ui.stats.col.{key}"), justify="right", no_wrap=True)
    table.add_column("", width=12, no_wrap=True)
    for deck in (*stats.decks, stats.total):
        total = deck.total or 1
        title = Text(deck.title) if deck is not stats.total else Text(
            t("ui.stats.total"), style="bold"
        )
        table.add_row(
            title, str(deck.new), str(deck.learning), str(deck.review), str(deck.mastered),
            progress_bar(getattr(deck, "learned", 0) / total, deck.mastered / total, 10),
        )
    return table


def strip(days: Sequence[DayCount], *, every: int, fmt: Callable[[date], str], height: int = 3, cell: int = 3,
          from_end: bool = False) -> Text:
    """A small bar chart (``height`` rows of block characters) with day labels under it.

    A label starts under its own bar, every ``every`` days counted from the first day or,
    with ``from_end``, back from the last one (today is then always labelled). The last
    label may reach past the bars (as the top count does): it is never cut off.
    """
    counts = [d.count for d in days]
    top = max(counts, default=0)
    text = Text(no_wrap=True, overflow="crop")  # a narrow window crops, never reflows
    for row in range(height):
        floor = (height - 1 - row) * 8
        for count in counts:
            eighths = round(count / top * height * 8) if top else 0
            if count and not eighths:
                eighths = 1
            fill = max(0, min(8, eighths - floor))
            text.append((BLOCKS[fill] * 2).ljust(cell), style="green")
        if row == 0:
            text.append(f" {top}", style="dim")
        text.append("\n")
    labels = ""
    last = len(counts) - 1
    for index, day in enumerate(days):
        if (last - index if from_end else index) % every:
            continue
        start = index * cell
        if labels and len(labels) >= start:
            continue  # would run into the label before it
        labels = labels.ljust(start) + fmt(day.day)
    text.append(labels, style="dim")
    return text


def calendar(days: Sequence[DayCount], today: date) -> Text:
    """The last weeks as a grid: a row per weekday, a column per week."""
    counts = {d.day: d.count for d in days}
    first = min(counts, default=today)
    start = first - timedelta(days=first.weekday())
    weeks = (today - start).days // 7 + 1
    names = t("ui.stats.weekdays").split()
    text = Text()
    for weekday in range(7):
        text.append(f"{names[weekday]:<3}", style="dim")
        for week in range(weeks):
            day = start + timedelta(days=week * 7 + weekday)
            if day > today or day < first:
                text.append("   ")
            elif counts.get(day):
                text.append(" ■ ", style="bold green")
            else:
                text.append(" · ", style="dim")
        if weekday < 6:
            text.append("\n")
    return text


def hardest_table(stats: Stats) -> Table:
    table = Table(box=None, padding=(0, 1), expand=True, show_edge=False)
    table.add_column(t("ui.stats.col.card"), ratio=1, overflow="ellipsis", no_wrap=True)
    table.add_column(t("ui.stats.col.again"), justify="right", no_wrap=True)
    table.add_column(t("ui.stats.col.lapses"), justify="right", no_wrap=True)
    for card in stats.hardest:
        label = Text(shorten(card.label, 70))
        if card.leech:
            label.append(f"  {t('ui.stats.leech')}", style="bold red")
        table.add_row(label, str(card.again), str(card.lapses))
    return table


class StatsScreen(Localised, Screen[None]):
    CSS_PATH = css.SCREENS
    BINDINGS = [Binding("escape,q,v", "app.pop_screen", "ui.key.back")]

    def compose(self) -> ComposeResult:
        stats = self.cj.engine.stats()
        today = stats.reviews_per_day[-1].day if stats.reviews_per_day else None
        yield Static(t("ui.stats.title"), classes="screen-title")
        with VerticalScroll(id="stats-body"):
            retention = (
                f"{round(100 * stats.retention_30d)}%" if stats.retention_30d is not None
                else "—"
            )
            yield Static(
                t("ui.stats.headline", streak=stats.streak, today=duration(stats.seconds_today),
                  retention=retention, answers=stats.answers_total),
                id="stats-headline",
            )
            yield Static(t("ui.stats.mastery"), classes="pane-title")
            yield Static(mastery_table(stats), classes="stats-table", id="stats-mastery")
            yield Static(t("ui.stats.per-day"), classes="pane-title")
            yield Static(
                strip(stats.reviews_per_day, every=7, cell=2, from_end=True,
                      fmt=lambda d: f"{d.day}/{d.month}"),
                classes="stats-table", id="stats-per-day",
            )
            if today is not None:
                yield Static(t("ui.stats.calendar"), classes="pane-title")
                yield Static(calendar(stats.reviews_per_day, today), classes="stats-table",
                             id="stats-calendar")
            yield Static(t("ui.stats.forecast"), classes="pane-title")
            yield Static(
                strip(stats.forecast, every=3, fmt=lambda d: f"{d.day}/{d.month}"),
                classes="stats-table", id="stats-forecast",
            )
            yield Static(t("ui.stats.hardest"), classes="pane-title")
            if stats.hardest:
                yield Static(hardest_table(stats), classes="stats-table", id="stats-hardest")
            else:
                yield Static(t("ui.stats.no-hardest"), classes="card-help", id="stats-hardest")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#stats-body").focus()
