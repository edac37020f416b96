"""Names that look alike on the teacher's screen: "Аda" (Cyrillic А) next to "Ada".

:func:`skeleton` maps a name to what it looks like: Unicode-normalised (NFKC), Cyrillic and
Greek letters that look like Latin ones replaced by those, the Latin look-alikes among
themselves (I l 1 |, O 0, rn m) made one, case ignored. Two names with the same skeleton
look the same to the class. A small, tested map of the letters that matter for names, rather
than the full Unicode confusables table: the game only warns the teacher (and bans look-alikes
of a kicked name), so a missed exotic glyph costs a warning, never a player's place.
"""

from __future__ import annotations

import unicodedata

# Each character of the first string looks like the character at the same place in the
# second. Upper and lower case apart: Greek 'Ν' looks like 'N' but 'ν' like 'v'.
_CYRILLIC = ("АВЕЅІЈКМНОРСТХУаеѕіјорсхуԁԛԝһӏЬь", "ABESIJKMHOPCTXYaesijopcxydqwhlbb")
_GREEK = ("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνοτυχϲ", "ABEZHIKMNOPTYXaikvotyxc")
_LATIN = ("I1|0", "lllo")
_MAP = str.maketrans(
    _CYRILLIC[0] + _GREEK[0] + _LATIN[0], _CYRILLIC[1] + _GREEK[1] + _LATIN[1],
)


def skeleton(name: str) -> str:
    """What ``name`` looks like: equal skeletons read the same on a screen."""
    text = unicodedata.normalize("NFKC", name).translate(_MAP).casefold()
    text = text.translate(_MAP)  # casefolding can make a look-alike again ('I' → 'i' → ...)
    return " ".join(text.replace("rn", "m").split())
