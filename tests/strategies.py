"""Hypothesis strategies that test modules in several folders share."""

from __future__ import annotations

from hypothesis import strategies as st

# Every character UTF-8 can encode: all code points but the surrogates (category Cs). The
# same characters as st.text()'s default alphabet, st.characters(codec="utf-8"), for which
# Hypothesis encodes all 1.1 million code points (2.3 s of CPU, in every test process) when
# its cache folder .hypothesis is new, as in CI's clean clone. Said by category, the set
# comes from Hypothesis's Unicode table, which it needs anyway.
UTF8 = st.characters(exclude_categories=["Cs"])


def any_text(*, min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """st.text(min_size, max_size) with the same alphabet, without that cost."""
    return st.text(UTF8, min_size=min_size, max_size=max_size)
