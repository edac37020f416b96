"""Students in the order of a Dutch class list: by surname, tussenvoegsels left out.

"Sanne de Vries" sorts under V, "Jan van der Berg" under B, "Anna Jansen" under J. The
first word is taken as the given name; a name of one word sorts on that word.
"""

from __future__ import annotations

# Words that stand before a Dutch (or Flemish, French, Spanish...) surname and do not
# count for its place in a class list.
TUSSENVOEGSELS = frozenset({
    "van", "de", "der", "den", "het", "'t", "t", "ten", "ter", "te", "in", "'s", "op",
    "aan", "bij", "uit", "voor", "onder", "over", "la", "le", "les", "du", "des", "d'",
    "da", "di", "del", "della", "dos", "das", "von", "zu", "vd", "v.d.",
})


def surname_key(name: str) -> tuple[str, str]:
    """Sort key: the surname (from its first word that is no tussenvoegsel), then the
    whole name, both case-folded."""
    words = name.casefold().split()
    rest = words[1:]
    while len(rest) > 1 and rest[0] in TUSSENVOEGSELS:
        rest = rest[1:]
    return (" ".join(rest or words), " ".join(words))
