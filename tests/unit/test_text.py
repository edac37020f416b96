"""cjtrainer/text.py: the one slugify and the one shortener.

Card ids are slugs of step names and progress is keyed on them, so the slugify that
replaced the copies in deck/derive.py and deck/importers.py is compared here with both old
definitions, on any text and on every text of every content file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from cjtrainer.text import shorten, slugify
from tests.strategies import any_text

ROOT = Path(__file__).resolve().parents[2]


# The definitions as they were before cjtrainer/text.py, copied verbatim.
def derive_slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def importers_slugify(text: str, fallback: str = "kaart", limit: int = 48) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[limit // 2 :] else cut
        slug = slug.strip("-")
    return slug or fallback


@given(any_text())
@example("Oriëntatie & Één")
@example("Zero moment of truth (ZMOT)")
@example("ﬁ Ⅻ ½ ß ø ẞ İ K")  # compatibility forms, letters without an ASCII form
def test_slugify_makes_the_card_ids_derive_made(text: str) -> None:
    assert slugify(text) == derive_slugify(text)


@given(any_text(), st.sampled_from(["kaart", "", "student", "import"]),
       st.integers(min_value=1, max_value=60))
@example("woord " * 40, "kaart", 48)
def test_slugify_with_a_limit_makes_the_ids_the_importer_made(
    text: str, fallback: str, limit: int
) -> None:
    assert slugify(text, fallback=fallback, limit=limit) == importers_slugify(text, fallback, limit)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _texts(path: Path) -> list[str]:
    try:
        return list(_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    except yaml.YAMLError:  # a test's broken file on purpose: no card ids there
        return []


def test_every_text_of_every_content_file_gives_the_same_slug() -> None:
    bundled = [text for path in sorted((ROOT / "content").rglob("*.yaml")) for text in _texts(path)]
    assert len(bundled) > 1000  # the bundled decks are there and read
    # and the tests' own deck files, hostile ones included
    texts = bundled + [text for path in sorted((ROOT / "tests").rglob("*.yaml"))
                       for text in _texts(path)]
    assert [slugify(text) for text in texts] == [derive_slugify(text) for text in texts]


def test_slugify_examples() -> None:
    assert slugify("Informatie zoeken") == "informatie-zoeken"
    assert slugify("Customer Journey (klantreis)") == "customer-journey-klantreis"
    assert slugify("???") == "" and slugify("???", fallback="kaart") == "kaart"
    assert slugify("Straße Łódź") == "strae-odz"  # letters without an accent-free form go
    assert slugify("informatie zoeken en vinden", limit=20) == "informatie-zoeken"


@pytest.mark.parametrize(("text", "width", "shown"), [
    ("kort", 10, "kort"),
    ("precies tien", 12, "precies tien"),
    ("een lange vraag over de klantreis", 10, "een lange…"),
    ("een lange vraag", 5, "een…"),  # no space before the '…'
    ("abc", 1, "…"),
    ("abc", 0, ""),
    ("tekst", None, "tekst"),
])
def test_shorten_cuts_to_the_width_with_an_ellipsis(text: str, width: int | None,
                                                    shown: str) -> None:
    assert shorten(text, width) == shown


@given(any_text(), st.integers(min_value=0, max_value=80))
def test_shorten_never_exceeds_the_width(text: str, width: int) -> None:
    shown = shorten(text, width)
    assert len(shown) <= width
    assert shown == text or shown.endswith("…") or width == 0


def test_shorten_on_one_line_joins_lines_and_spaces() -> None:
    assert shorten("Rij 3:\n  te   veel\tkolommen", 60, one_line=True) == "Rij 3: te veel kolommen"
    assert shorten("a\nb", 60) == "a\nb"  # only when asked
    assert shorten("een\n\nlange vraag", 5, one_line=True) == "een…"
    assert shorten("  ", None, one_line=True) == ""
