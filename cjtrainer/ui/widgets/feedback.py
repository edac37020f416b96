"""Feedback right after an answer: the verdict, what was right, and the explanation."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.containers import Vertical
from textual.widgets import Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import plain

ICONS = {"right": "✓", "typo": "✓", "partial": "◐", "wrong": "✗", "rated": "•"}


def verdict_line(grade: Any) -> str:
    from cjtrainer.learn.feedback import feedback

    return feedback(grade)


def parts_text(grade: Any, card: Any = None) -> Text | None:
    """Per part (gap, item, pair, entry): given and, when wrong, the right one."""
    parts = [p for p in getattr(grade, "parts", ()) if p.expected or p.given]
    if grade.verdict == "right" or (len(parts) < 2 and grade.verdict == "wrong"):
        return None
    lefts = [left for left, _ in getattr(card, "pairs", ())]
    text = Text()
    for index, part in enumerate(parts):
        if text:
            text.append("\n")
        if lefts and index < len(lefts) and part.expected:
            text.append(f" {lefts[index]}:", style="dim")
        if not part.expected:  # an extra the student gave
            text.append(" ✗ ", style="bold red")
            text.append(part.given)
            text.append(f"  ({t('ui.feedback.extra')})", style="dim")
        elif part.correct:
            text.append(" ✓ ", style="bold green")
            text.append(part.given or part.expected)
            if part.typo:
                text.append(f"  → {part.expected}", style="bold")
        else:
            text.append(" ✗ ", style="bold red")
            text.append(part.given or "—", style="strike" if part.given else "dim")
            text.append("  → ", style="dim")
            text.append(part.expected, style="bold")
    return text


class Feedback(Vertical):
    """Shown under the card once it is answered (or rated)."""

    def __init__(self, card: Any, grade: Any | None, *, rating: int | None = None) -> None:
        verdict = grade.verdict if grade is not None else "rated"
        super().__init__(classes=f"feedback -{verdict}")
        self.card = card
        self.grade = grade
        self.rating = rating
        self.verdict = verdict

    def compose(self):  # type: ignore[no-untyped-def]
        if self.grade is not None:
            line = Text(f"{ICONS[self.verdict]} ", style="bold")
            line.append(verdict_line(self.grade))
            yield Static(line, classes="feedback-verdict", markup=False)
            parts = parts_text(self.grade, self.card)
            if parts is not None:
                yield Static(parts, classes="feedback-parts", markup=False)
        explain = getattr(self.card, "explain", None)
        if explain:
            yield Static(t("ui.feedback.explain"), classes="feedback-label")
            yield Static(plain(explain.strip()), classes="feedback-explain", markup=False)
        yield Static(t("ui.feedback.continue"), classes="feedback-continue")
