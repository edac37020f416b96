"""A problem found in a content file, reported as ``path:line:col: severity[code] message``.

The loader gives the code and a Message (key and fields); the text is made when it is read
(``message``), in the language of that moment: a cached load holds no language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

import msgspec

from cjtrainer.i18n import Message, render
from cjtrainer.inert import inert

if TYPE_CHECKING:
    from cjtrainer.deck import model as m

Severity = Literal["error", "warning"]


class Problem(msgspec.Struct, frozen=True):
    path: Path
    line: int  # 1-based
    column: int  # 1-based
    severity: Severity
    code: str
    text: Message

    @property
    def message(self) -> str:
        # Messages quote what the file says (a bad id, an unknown key): shown, never obeyed,
        # and one line per problem.
        return inert(render(self.text)).strip()

    def __str__(self) -> str:
        where = inert(str(self.path))  # a file name can hold escape codes too
        return f"{where}:{self.line}:{self.column}: {self.severity}[{self.code}] {self.message}"

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
        }

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class LoadResult(msgspec.Struct):
    """What loading one content file gave: a deck or an exercise (or neither), and problems.

    It lives here, away from the YAML code, so a warm start from the deck cache never
    imports the parser. Structs, as the deck model: cheap to define at start-up."""

    path: Path
    deck: m.Deck | None = None
    exercise: m.Exercise | None = None
    problems: list[Problem] = msgspec.field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors
