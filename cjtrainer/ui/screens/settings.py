"""Settings: language, daily limits, desired retention and theme; saved with config.save."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static

from cjtrainer.errors import CjError
from cjtrainer.i18n import decimal, language, t
from cjtrainer.ui import css
from cjtrainer.ui.text import Localised
from cjtrainer.ui.widgets.keybar import KeyBar

RETENTION_MIN, RETENTION_MAX = 0.70, 0.97


class SettingsScreen(Localised, Screen[None]):
    CSS_PATH = css.SCREENS
    BINDINGS = [
        Binding("escape", "app.pop_screen", "ui.key.back"),
        Binding("ctrl+s", "save", "ui.key.save"),
    ]

    def compose(self) -> ComposeResult:
        settings = self.cj.settings
        yield Static(t("ui.settings.title"), classes="screen-title")
        with VerticalScroll(id="settings-body"):
            with Horizontal(classes="setting"):
                yield Label(t("ui.settings.language"), classes="setting-label")
                yield Select(
                    [("Nederlands", "nl"), ("English", "en")],
                    value=settings.language or "nl",
                    allow_blank=False,
                    id="language",
                    compact=True,
                )
            now = language()
            if now != (settings.language or "nl"):  # --lang chose another for this run
                yield Static(t("ui.settings.language-now.en") if now == "en"
                             else t("ui.settings.language-now.nl"),
                             id="language-now", classes="setting-help")
            with Horizontal(classes="setting"):
                yield Label(t("ui.settings.new-per-day"), classes="setting-label")
                yield Input(str(settings.new_per_day), id="new-per-day", type="integer",
                            compact=True)
            with Horizontal(classes="setting"):
                yield Label(t("ui.settings.reviews-per-day"), classes="setting-label")
                yield Input(str(settings.reviews_per_day), id="reviews-per-day",
                            type="integer", compact=True)
            with Horizontal(classes="setting"):
                yield Label(t("ui.settings.retention"), classes="setting-label")
                # Not type="number": that refuses the decimal comma a Dutch student types
                # (and the help text shows). Shown with the language's decimal sign.
                shown = decimal(settings.desired_retention, 2)
                yield Input(shown, id="retention", restrict=r"[0-9.,%]*", compact=True)
            yield Static(t("ui.settings.retention-help"), classes="setting-help")
            with Horizontal(classes="setting"):
                yield Label(t("ui.settings.theme"), classes="setting-label")
                themes = sorted(self.cj.available_themes)
                yield Select(
                    [(name, name) for name in themes],
                    value=self.cj.theme if self.cj.theme in themes else themes[0],
                    allow_blank=False,
                    id="theme",
                    compact=True,
                )
            yield Static("", id="settings-error")
            with Horizontal(id="settings-buttons"):
                yield Button(t("ui.settings.save"), id="save", variant="primary", compact=True)
                yield Button(t("ui.settings.cancel"), id="cancel", compact=True)
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#language", Select).focus()

    @on(Select.Changed, "#theme")
    def _preview_theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value in self.cj.available_themes:
            self.cj.theme = event.value

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.cj.theme = self.cj.settings.theme
        self.cj.pop_screen()

    def _int(self, widget_id: str, low: int, high: int) -> int | None:
        raw = self.query_one(f"#{widget_id}", Input).value.strip()
        try:
            value = int(raw)
        except ValueError:
            return None
        return value if low <= value <= high else None

    def action_save(self) -> None:
        error = self.query_one("#settings-error", Static)
        new = self._int("new-per-day", 0, 9999)
        reviews = self._int("reviews-per-day", 0, 99999)
        if new is None or reviews is None:
            error.update(t("ui.settings.bad-limit"))
            return
        raw = self.query_one("#retention", Input).value.strip().rstrip("%").replace(",", ".")
        try:
            retention = float(raw)
        except ValueError:
            retention = -1.0
        if retention > 1:
            retention /= 100  # "90" means 90%
        if not RETENTION_MIN <= retention <= RETENTION_MAX:
            error.update(t("ui.settings.bad-retention", low=decimal(RETENTION_MIN, 2),
                           high=decimal(RETENTION_MAX, 2)))
            return
        language = self.query_one("#language", Select).value
        theme = self.query_one("#theme", Select).value
        settings = replace(
            self.cj.settings,
            language=str(language),
            new_per_day=new,
            reviews_per_day=reviews,
            desired_retention=round(retention, 2),
            theme=str(theme),
        )
        try:
            self.cj.apply_settings(settings)
        except CjError as problem:  # config.ConfigError: the file on disk is kept
            error.update(t("ui.settings.save-failed", error=problem))
            return
        self.cj.pop_screen()
        self.cj.notify(t("ui.settings.saved"), markup=False)
        self.cj.refresh_screens()
