"""``cjtrainer preview FILE``: a teacher browses a deck (or exercise) file with its answers.

A small App of its own: it loads the file with the validator, lists every card (derived
ones included) and shows the selected card with its answer, tags, hint and explanation.
Nothing is written: no progress store is opened. ``r`` reloads the file after an edit;
problems are shown at the top and next to the cards they belong to. When an edit breaks
the file, the last good version stays on screen (marked as such) until it is fixed.

Deck text is always shown as plain text (``Content``), never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.deck.cardtypes import card_type
from cjtrainer.deck.load import LoadResult
from cjtrainer.deck.model import (
    Card,
    ChoiceCard,
    ClozeCard,
    Deck,
    Exercise,
    Flashcard,
    ListCard,
    MatchCard,
    OrderCard,
    TrueFalseCard,
    TypedCard,
)
from cjtrainer.deck.problems import Problem
from cjtrainer.i18n import t
from cjtrainer.inert import inert
from cjtrainer.ui import (
    services,
    textual_fixes,  # noqa: F401 - the app runs with them
)

Part = str | tuple[str, str]


@dataclass(slots=True)
class Entry:
    """One row in the list: a card, or a part of an exercise."""

    key: str
    label: str
    body: list[Part]
    line: int = 0
    problems: list[Problem] = field(default_factory=list)
    derived: bool = False
    kind: str = ""


def _line(*parts: Part) -> list[Part]:
    return [*parts, "\n"]


Answer = Callable[[str], Part]  # a right answer: green, or hidden


def _flashcard(card: Flashcard, answer: Answer, show_answers: bool) -> list[Part]:
    return [*_line((t("teacher.preview.front"), "bold"), card.front),
            *_line((t("teacher.preview.back"), "bold"), answer(card.back))]


def _choice(card: ChoiceCard, answer: Answer, show_answers: bool) -> list[Part]:
    out = _line(card.prompt)
    if card.select_all:
        out += _line((t("teacher.preview.select-all"), "italic"))
    for choice in card.choices:
        right = choice in card.answers
        if right and show_answers:
            out += _line(("  ✓ ", "bold green"), (choice, "bold green"))
        else:
            out += _line("  • ", choice)
    return out


def _truefalse(card: TrueFalseCard, answer: Answer, show_answers: bool) -> list[Part]:
    return [*_line(card.statement), *_line((t("teacher.preview.answer"), "bold"), answer(
        t("teacher.preview.true") if card.answer else t("teacher.preview.false")))]


def _typed(card: TypedCard, answer: Answer, show_answers: bool) -> list[Part]:
    out = _line(card.prompt)
    out += _line((t("teacher.preview.answer"), "bold"), answer(card.answer))
    if card.accept:
        out += _line((t("teacher.preview.accept"), "bold"), answer(", ".join(card.accept)))
    out += _line((t("teacher.preview.strict") if card.strict
                  else t("teacher.preview.tolerant"), "dim"))
    return out


def _cloze(card: ClozeCard, answer: Answer, show_answers: bool) -> list[Part]:
    parts: list[Part] = []
    for index, gap in enumerate(card.gaps):
        parts.append(card.parts[index])
        parts.append((f"[{' | '.join(gap)}]", "bold green") if show_answers else "_____")
    parts.append(card.parts[-1])
    return _line(*parts)


def _order(card: OrderCard, answer: Answer, show_answers: bool) -> list[Part]:
    out = _line(card.prompt)
    if show_answers:
        for number, item in enumerate(card.items, start=1):
            out += _line(f"  {number}. ", (item, "bold green"))
    else:  # as the student gets them: not in the right order
        for item in sorted(card.items, key=str.casefold):
            out += _line("  • ", item)
    return out


def _match(card: MatchCard, answer: Answer, show_answers: bool) -> list[Part]:
    out = _line(card.prompt)
    for left_text, right_text in card.pairs:
        out += _line(f"  {left_text}  →  ", answer(right_text))
    if not show_answers:
        rights = sorted((right for _, right in card.pairs), key=str.casefold)
        out += _line(("  " + " · ".join(rights), "italic"))
    return out


def _list(card: ListCard, answer: Answer, show_answers: bool) -> list[Part]:
    out = _line(card.prompt)
    if card.ordered:
        out += _line((t("teacher.preview.ordered"), "italic"))
    if card.min_correct is not None:
        out += _line((t("teacher.preview.min-correct", count=card.min_correct,
                        total=len(card.items)), "italic"))
    for options in card.items:
        extra = f"  ({', '.join(options[1:])})" if len(options) > 1 and show_answers else ""
        out += _line("  • ", answer(options[0] + extra))
    return out


# card type -> how the teacher sees its question and answer (the UI's own map, keyed by
# the names of cjtrainer.deck.cardtypes.TYPES)
BODIES: dict[str, Callable[[Any, Answer, bool], list[Part]]] = {
    "flashcard": _flashcard, "choice": _choice, "truefalse": _truefalse, "typed": _typed,
    "cloze": _cloze, "order": _order, "match": _match, "list": _list,
}


def card_body(card: Card, show_answers: bool = True) -> list[Part]:
    """The card as the student is asked it, with the answer when ``show_answers``."""
    hidden = t("teacher.preview.hidden")

    def answer(text: str) -> Part:
        return (text, "bold green") if show_answers else (hidden, "dim")

    body = BODIES.get(card.type)
    out: list[Part] = body(card, answer, show_answers) if body is not None else []
    out.append("\n")
    if card.hint:
        out += _line((t("teacher.preview.hint"), "bold"), card.hint)
    if card.explain:
        out += _line((t("teacher.preview.explain"), "bold"), card.explain)
    if card.tags:
        out += _line((t("teacher.preview.tags"), "bold"), ", ".join(card.tags))
    info = t("teacher.preview.info", id=card.id, type=card.type, line=card.line)
    if card.model_id:
        info += " · " + t("teacher.preview.derived", model=card.model_id)
    out += _line((info, "dim"))
    return out


def deck_entries(deck: Deck, problems: list[Problem], show_answers: bool) -> list[Entry]:
    entries = []
    own_lines = sorted({c.line for c in deck.cards if not c.derived and c.line})
    for card in deck.cards:
        entry = Entry(key=card.id, label=card.id, body=card_body(card, show_answers),
                      line=card.line, derived=card.derived, kind=card.type)
        if not card.derived:
            later = [line for line in own_lines if line > card.line]
            end = later[0] if later else 10**9
            entry.problems = [p for p in problems if card.line <= p.line < end]
        entries.append(entry)
    return entries


def exercise_entries(exercise: Exercise, show_answers: bool) -> list[Entry]:
    entries = [Entry(key="intro", label=t("teacher.preview.intro"),
                     body=_line(exercise.title) + _line() + _line(exercise.intro)
                     + (_line((t("teacher.preview.minutes", minutes=exercise.minutes), "dim"))
                        if exercise.minutes else []))]
    for section in exercise.sections:
        body = _line((section.title, "bold")) + _line(section.prompt)
        body += _line((t("teacher.preview.answers", count=section.answers), "italic"))
        body.append("\n")
        body += _line((t("teacher.preview.examples"), "bold"))
        for example in section.examples:
            body += _line("  • ", (example, "green") if show_answers else ("…", "dim"))
        entries.append(Entry(key=section.id, label=section.id, body=body))
    rubric = _line((t("teacher.preview.rubric"), "bold"))
    for criterion in exercise.rubric:
        rubric += _line("  • ", criterion.text)
    rubric.append("\n")
    rubric += _line((t("teacher.preview.scale"), "bold"), " / ".join(exercise.scale))
    entries.append(Entry(key="rubric", label=t("teacher.preview.rubric"), body=rubric))
    return entries


class PreviewApp(App[None]):
    """Browse one content file; ``r`` reloads it."""

    TITLE = "cjtrainer preview"
    CSS = """
    #title { height: auto; padding: 0 1; background: $primary-background; text-style: bold; }
    #problems { height: auto; max-height: 12; padding: 0 1; display: none;
                border: round $error; overflow-y: auto; }
    #problems.show { display: block; }
    #problems.warnings { border: round $warning; }
    #stale { height: auto; padding: 0 1; display: none; background: $error 30%; }
    #stale.show { display: block; }
    #cards { width: 40%; min-width: 30; max-width: 50; height: 1fr; text-wrap: nowrap;
             text-overflow: ellipsis; }
    #detail { height: 1fr; padding: 0 1 0 2; }
    #body { height: auto; }
    #try { display: none; dock: bottom; }
    #try.show { display: block; }
    #try-result { height: auto; margin-top: 1; }
    """
    BINDINGS = [
        Binding("r", "reload", t("teacher.preview.key.reload")),
        Binding("a", "toggle_answers", t("teacher.preview.key.answers")),
        Binding("t", "try_answer", t("teacher.preview.key.try")),
        Binding("q", "quit", t("teacher.preview.key.quit")),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.result: LoadResult | None = None
        self.good: LoadResult | None = None  # the last version that loaded without errors
        self.entries: list[Entry] = []
        self.entries_before: list[Entry] = []  # what the list showed before a reload
        self.show_answers = True
        self.reloads = 0

    def compose(self) -> ComposeResult:
        yield Static(id="title", markup=False)
        yield Static(id="problems", markup=False)
        yield Static(id="stale", markup=False)
        with Horizontal():
            yield OptionList(id="cards")
            with VerticalScroll(id="detail"):
                yield Static(id="body", markup=False)
                yield Static(id="try-result", markup=False)
        yield Input(id="try", placeholder=t("teacher.preview.try.placeholder"))
        yield Footer()

    def on_mount(self) -> None:
        self.load()
        self.query_one("#cards", OptionList).focus()

    # -- loading ----------------------------------------------------------------------

    def load(self) -> None:
        self.result = services.load_deck_file(self.path)
        if self.result.deck is not None or self.result.exercise is not None:
            self.good = self.result
        self.refresh_view()

    def action_reload(self) -> None:
        self.reloads += 1
        self.load()
        errors = len(self.result.errors) if self.result else 0
        if errors:
            self.notify(t("teacher.preview.reloaded-errors", count=errors), severity="error")
        else:
            self.notify(t("teacher.preview.reloaded"))

    def action_toggle_answers(self) -> None:
        self.show_answers = not self.show_answers
        self.refresh_view()

    # -- trying an answer (what a student would get) -----------------------------------

    def current_card(self) -> Card | None:
        shown = self.result if self.result and self.result.deck else self.good
        index = self.query_one("#cards", OptionList).highlighted
        if shown is None or shown.deck is None or index is None or index >= len(self.entries):
            return None
        return shown.deck.card(self.entries[index].key)

    def action_try_answer(self) -> None:
        card = self.current_card()
        if card is None or not card_type(card).graded:
            self.notify(t("teacher.preview.try.no-card"))
            return
        field = self.query_one("#try", Input)
        field.add_class("show")
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        card = self.current_card()
        shown = self.result if self.result and self.result.deck else self.good
        if card is None or shown is None or shown.deck is None:
            return
        parts = [part.strip() for part in event.value.split("|")]
        trial = services.try_answer(shown.deck, card.key, parts)
        lines: list[Part] = [(t("learn.try.verdict." + trial.verdict), "bold"), " ",
                             f"({trial.score:.0%})", "\n", trial.feedback]
        self.query_one("#try-result", Static).update(Content.assemble(*lines))

    def on_key(self, event: object) -> None:
        field = self.query_one("#try", Input)
        if getattr(event, "key", "") == "escape" and field.has_class("show"):
            field.remove_class("show")
            self.query_one("#cards", OptionList).focus()

    # -- drawing ----------------------------------------------------------------------

    def refresh_view(self) -> None:
        result = self.result
        assert result is not None
        shown = result if (result.deck or result.exercise) else self.good
        problems = list(result.problems)
        errors = [p for p in problems if p.severity == "error"]

        title = self.query_one("#title", Static)
        if shown is not None and shown.deck is not None:
            deck = shown.deck
            derived = sum(1 for c in deck.cards if c.derived)
            title.update(Content(t("teacher.preview.title.deck", title=deck.title, id=deck.id,
                                   cards=len(deck.cards), derived=derived, path=inert(str(self.path)))))
        elif shown is not None and shown.exercise is not None:
            title.update(Content(t("teacher.preview.title.exercise", title=shown.exercise.title,
                                   id=shown.exercise.id, path=inert(str(self.path)))))
        else:
            title.update(Content(t("teacher.preview.title.broken", path=inert(str(self.path)))))

        panel = self.query_one("#problems", Static)
        if problems:
            lines: list[Part] = [(t("teacher.preview.problems", errors=len(errors),
                                    warnings=len(problems) - len(errors)), "bold")]
            for problem in problems:
                style = "red" if problem.severity == "error" else "yellow"
                lines += ["\n", (f"{problem.line}:{problem.column} ", "bold " + style),
                          (f"{problem.severity}[{problem.code}] ", style), problem.message]
            panel.update(Content.assemble(*lines))
        panel.set_class(bool(problems), "show")
        panel.set_class(bool(problems) and not errors, "warnings")

        stale = self.query_one("#stale", Static)
        is_stale = shown is not None and shown is not result
        stale.update(Content(t("teacher.preview.stale")) if is_stale else Content(""))
        stale.set_class(is_stale, "show")

        if shown is None:
            self.entries = []
        elif shown.deck is not None:
            self.entries = deck_entries(shown.deck, problems,
                                        self.show_answers)
        else:
            assert shown.exercise is not None
            self.entries = exercise_entries(shown.exercise, self.show_answers)
        self._fill_list()

    def _fill_list(self) -> None:
        cards = self.query_one("#cards", OptionList)
        previous = cards.highlighted
        previous_key = (self.entries_before[previous].key
                        if previous is not None and previous < len(self.entries_before) else None)
        cards.clear_options()
        options = []
        for entry in self.entries:
            mark: Part = ("! ", "bold red") if any(
                p.severity == "error" for p in entry.problems
            ) else (("! ", "bold yellow") if entry.problems else "  ")
            label = Content.assemble(mark, (f"{entry.kind:<10}", "dim") if entry.kind else "",
                                     (entry.label, "italic" if entry.derived else ""))
            options.append(Option(label))
        cards.add_options(options)
        self.entries_before = list(self.entries)
        if self.entries:
            keys = [entry.key for entry in self.entries]
            index = keys.index(previous_key) if previous_key in keys else min(previous or 0,
                                                                              len(keys) - 1)
            cards.highlighted = index
            self._show(index)
        else:
            self.query_one("#body", Static).update(Content(t("teacher.preview.nothing")))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(event.option_index)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            return
        entry = self.entries[index]
        parts: list[Part] = []
        for problem in entry.problems:
            style = "bold red" if problem.severity == "error" else "bold yellow"
            parts += [(f"{problem.line}:{problem.column} {problem.message}", style), "\n"]
        if entry.problems:
            parts.append("\n")
        parts += entry.body
        self.query_one("#body", Static).update(Content.assemble(*parts))
        self.query_one("#try-result", Static).update(Content(""))


def run_preview(path: Path) -> int:
    PreviewApp(path).run()
    return 0
