"""Text helpers shared by every layer: ids from free text, and text cut to a width.

Plain ``str`` in, ``str`` out: no terminal toolkit (a screen that counts terminal cells,
such as the classroom standings, uses its own ``fit``).
"""

from __future__ import annotations

import re
import unicodedata

_NOT_ID = re.compile(r"[^a-z0-9]+")


def slugify(text: str, *, fallback: str = "", limit: int | None = None) -> str:
    """An id from free text: lowercase ASCII letters, digits and single dashes.

    'Informatie zoeken' -> 'informatie-zoeken'; 'Oriëntatie' -> 'orientatie' (accents
    dropped, other non-ASCII letters left out). Card ids are made from step names with
    the defaults, so what this returns for them must never change: progress is keyed on
    them (tests/unit/test_text.py pins it). ``limit`` cuts a longer slug at a dash in its
    second half (else at ``limit``); ``fallback`` is returned when nothing is left.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ID.sub("-", ascii_text.lower()).strip("-")
    if limit is not None and len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[limit // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


def shorten(text: str, width: int | None, *, one_line: bool = False) -> str:
    """``text`` in at most ``width`` characters, ending in '…' when it was cut (no space
    before the '…'). ``one_line``: every run of whitespace, line breaks included, becomes
    one space first. ``width`` None: not cut."""
    if one_line:
        text = " ".join(text.split())
    if width is None or len(text) <= width:
        return text
    if width <= 1:
        return "…"[:max(width, 0)]
    return text[: width - 1].rstrip() + "…"
