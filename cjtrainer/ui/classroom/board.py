"""Standings in columns (rank, name, score) for the host's and the students' screens.

Names are the students' own plain text: they can be long or hold wide characters (which
take two terminal cells). They are cut to the width there is, with '…', and never read as
markup; ranks and scores stay aligned whatever the names are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text
from textual.widget import Widget

GAP = "  "  # between the name and the score


def fit(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` terminal cells, ending in '…' when cut."""
    if cell_len(text) <= width:
        return text
    if width <= 1:
        return "…"[:max(width, 0)]
    kept, used = [], 0
    for char in text:
        size = get_character_cell_size(char)
        if used + size > width - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept) + "…"


def pad(text: str, width: int) -> str:
    """``text`` with spaces after it up to ``width`` cells."""
    return text + " " * max(0, width - cell_len(text))


@dataclass(frozen=True, slots=True)
class Line:
    rank: str  # "1." or a medal
    name: str
    score: int
    highlight: bool = False  # the student's own line


def standings(lines: list[Line], width: int | None, *, rank_style: str = "bold",
              name_style: str = "", score_style: str = "bold") -> Text:
    """The lines as a Text in three aligned columns, at most ``width`` cells wide."""
    text = Text(no_wrap=True, overflow="crop")
    if not lines:
        return text
    rank_width = max(cell_len(line.rank) for line in lines)
    score_width = max(len(str(line.score)) for line in lines)
    name_width = max(cell_len(line.name) for line in lines)
    if width:
        room = width - rank_width - 1 - len(GAP) - score_width
        name_width = max(3, min(name_width, room))
    for number, line in enumerate(lines):
        if number:
            text.append("\n")
        text.append(" " * (rank_width - cell_len(line.rank)) + line.rank + " ",
                    style=rank_style)
        style = f"{name_style} bold".strip() if line.highlight else name_style
        text.append(pad(fit(line.name, name_width), name_width), style=style)
        text.append(GAP + str(line.score).rjust(score_width), style=score_style)
    return text


class Standings(Widget):
    """A ranking that lays itself out for the width it gets."""

    DEFAULT_CSS = "Standings { height: auto; }"

    def __init__(self, *, id: str | None = None, rank_style: str = "bold",
                 name_style: str = "", score_style: str = "bold") -> None:
        super().__init__(id=id)
        self.lines: list[Line] = []
        self._styles = (rank_style, name_style, score_style)

    def show(self, lines: Iterable[Line]) -> None:
        self.lines = list(lines)
        self.refresh(layout=True)

    def render(self) -> Text:
        rank_style, name_style, score_style = self._styles
        return standings(self.lines, self.size.width or None, rank_style=rank_style,
                         name_style=name_style, score_style=score_style)


__all__ = ["Line", "Standings", "fit", "pad", "standings"]
