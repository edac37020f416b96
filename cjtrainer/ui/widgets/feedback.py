"""Feedback right after an answer: the verdict, what was right, and the explanation.

Everything here comes from the grade's parts, the same ones the card widget marks: the
order, list and choice widgets show their marks in the card itself, so the text below
them only sums up; cloze gaps and match pairs get one line per part, with the right
answer where it was wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import plain

if TYPE_CHECKING:
    from cjtrainer.deck.model import Card
    from cjtrainer.learn.grading import Grade

ICONS = {"right": "✓", "typo": "✓", "partial": "◐", "wrong": "✗", "rated": "•"}
# card types whose widget marks every part itself
MARKED_IN_CARD = ("order", "list", "choice", "truefalse")
WORDS = {"duplicate": "ui.mark.duplicate", "misplaced": "ui.mark.misplaced",
         "extra": "ui.feedback.extra"}


def verdict_line(grade: Grade, card: Card | None = None, *, used_hint: bool = False) -> str:
    from cjtrainer.learn.feedback import feedback

    return feedback(grade, card=card, used_hint=used_hint)


def parts_text(grade: Grade, card: Card | None = None) -> Text | None:
    """Per part (gap, pair): given and, when wrong, the right one."""
    if getattr(card, "type", "") in MARKED_IN_CARD:
        return None
    parts = [p for p in grade.parts if p.expected or p.given]
    if grade.verdict == "right" or len(parts) < 2:
        return None
    lefts = [left for left, _ in getattr(card, "pairs", ())]
    text = Text()
    for index, part in enumerate(parts):
        if text:
            text.append("\n")
        if lefts and index < len(lefts) and part.expected:
            text.append(f" {lefts[index]}:", style="dim")
        if part.correct:
            text.append(" ✓ ", style="bold green")
            text.append(part.given or part.expected)
            if part.status == "typo":
                text.append(f"  ({t('ui.mark.spelling', expected=part.matched or part.expected)})",
                            style="italic")
            elif part.status == "alternative":
                text.append(f"  ({t('ui.mark.lesson', expected=part.expected)})", style="italic")
            continue
        text.append(" ✗ ", style="bold red")
        text.append(part.given or "…", style="strike" if part.given else "dim")
        if part.status in WORDS:
            text.append(f"  ({t(WORDS[part.status])})", style="italic")
        if part.expected and part.status != "extra":
            text.append(f"  {t('ui.mark.right-answer', expected=part.expected)}", style="bold")
    return text


class Feedback(Vertical):
    """Shown under the card once it is answered (or rated)."""

    def __init__(
        self,
        card: Card | None,
        grade: Grade | None,
        *,
        rating: int | None = None,
        used_hint: bool = False,
    ) -> None:
        verdict = grade.verdict if grade is not None else "rated"
        super().__init__(classes=f"feedback -{verdict}")
        self.card = card
        self.grade = grade
        self.rating = rating
        self.verdict = verdict
        self.used_hint = used_hint

    def compose(self) -> ComposeResult:
        if self.grade is not None:
            line = Text(f"{ICONS[self.verdict]} ", style="bold")
            line.append(verdict_line(self.grade, self.card, used_hint=self.used_hint))
            yield Static(line, classes="feedback-verdict", markup=False)
            parts = parts_text(self.grade, self.card)
            if parts is not None:
                yield Static(parts, classes="feedback-parts", markup=False)
        explain = self.card.explain if self.card is not None else None
        if explain:
            yield Static(t("ui.feedback.explain"), classes="feedback-label")
            yield Static(plain(explain.strip()), classes="feedback-explain", markup=False)
        yield Static(t("ui.feedback.continue"), classes="feedback-continue")

    def overridden(self) -> None:
        """The student said they were right: say what that did, right under the grader's
        verdict (at the bottom, "Deels goed" above it still read as the outcome)."""
        note = Static("✓ " + t("ui.feedback.overridden"), classes="feedback-overridden")
        verdicts = self.query(".feedback-verdict")
        if verdicts:
            self.mount(note, after=verdicts.first())
        else:
            self.mount(note, before=self.query(".feedback-continue").last())
