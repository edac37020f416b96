"""Which model answer is closest to what the student wrote.

Both texts are normalised (lower case, accents and punctuation removed, Dutch stop words
and a student's filler dropped: "weet ik niet" holds nothing to compare, so it is like
no model answer) and compared with rapidfuzz's ``token_set_ratio``: word order does
not matter and a short answer that is contained in a longer model answer scores high.
Ties go to the higher plain ``ratio``. Below ``CLOSE_ENOUGH`` the closest
model answer is not highlighted (the student probably wrote something the examples
lack). The result only helps the student compare; it never grades, and the screen shows
it in words ("lijkt het meest op B"), never as a percentage a student would read as a
grade.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

# Words that carry no meaning for a touchpoint and would make every pair look alike.
STOPWORDS = frozenset(
    "de het een en of van op in je jij jou jouw ik mij mijn me we wij ze zij hij die dat "
    "deze dit er is zijn was met voor naar aan om te bij als ook dan door uit over "
    "niet geen wel nog al maar zo hun hen men kan kun kunnen wordt worden heeft hebben "
    "the a an of to and or".split()
)
# What a student writes when they have nothing to say: never like a model answer.
FILLER = frozenset(
    "weet weten idee nvt n.v.t. niks niets geen denk misschien ofzo enzo iets dingen ding "
    "snap snappen begrijp vraag ok oke okay ja nee huh xxx idk dunno".split()
)

_NON_WORD = re.compile(r"[^\w]+")


def normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = [w for w in _NON_WORD.sub(" ", plain).replace("_", " ").split()]
    meaningful = [w for w in words if w not in STOPWORDS and w not in FILLER]
    return " ".join(meaningful)


# Below this similarity no model answer is highlighted: the answer is probably something
# the examples do not cover (which may well be good), not a variant of one of them.
CLOSE_ENOUGH = 50.0


@dataclass(frozen=True, slots=True)
class Match:
    index: int  # index into the section's examples
    score: float  # 0..100

    @property
    def close(self) -> bool:
        return self.score >= CLOSE_ENOUGH


def closest(answer: str, examples: tuple[str, ...] | list[str]) -> Match | None:
    """The model answer most like ``answer``; None for an answer with nothing to compare
    (empty, only stop words or filler such as "weet ik niet") or no examples."""
    needle = normalise(answer)
    if not needle or not examples:
        return None
    best: tuple[float, float, int] | None = None
    for i, example in enumerate(examples):
        candidate = normalise(example)
        score = fuzz.token_set_ratio(needle, candidate)
        tie = fuzz.ratio(needle, candidate)
        key = (score, tie, -i)
        if best is None or key > best:
            best = key
    assert best is not None
    return Match(index=-best[2], score=round(best[0], 1))
