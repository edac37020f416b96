"""The cloze's own line wrapping: every row fits the width, nothing of the text is lost.

Hypothesis: 300 examples of texts with long words, web addresses and gaps, at widths
from 20 to 120 cells.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from cjtrainer.ui.widgets.cloze import GAP_MARGIN, field_width, flow

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé-./:", min_size=1, max_size=70)
parts = st.lists(words, min_size=1, max_size=12).map(" ".join)
answers = st.lists(st.text(alphabet="abcdefgh ", min_size=1, max_size=40), min_size=1,
                   max_size=3)


def row_size(card, row, width: int) -> int:
    size = 0
    for kind, value in row:
        size += field_width(card, value, width) + GAP_MARGIN if kind == "gap" else len(value)
    last_kind, last_value = row[-1]
    return size - (GAP_MARGIN if last_kind == "gap" else len(last_value) - len(last_value.rstrip()))


@settings(max_examples=300)
@given(st.lists(parts, min_size=2, max_size=4), st.data(), st.integers(20, 120))
def test_every_row_fits_and_no_letter_is_lost(texts, data, width) -> None:
    gaps = [data.draw(answers) for _ in texts[:-1]]
    card = SimpleNamespace(parts=[t + " " for t in texts[:-1]] + texts[-1:], gaps=gaps)
    rows = flow(card, width)
    for row in rows:
        assert row_size(card, row, width) <= width, row
    shown = "".join(str(v) for row in rows for kind, v in row if kind == "text")
    assert shown.replace(" ", "") == "".join(texts).replace(" ", "")
    assert [v for row in rows for kind, v in row if kind == "gap"] == list(range(len(gaps)))


def test_a_web_address_longer_than_the_row_is_cut_into_rows() -> None:
    address = "https://www.example.com/klantreis/fasen/orientatie/selectie/transactie"
    card = SimpleNamespace(parts=[f"Lees {address} en vul in: ", "."], gaps=[["ZMOT"]])
    rows = flow(card, 30)
    texts = ["".join(str(v) for kind, v in row if kind == "text") for row in rows]
    assert "".join(texts).replace(" ", "").startswith("Lees" + address)
    assert max(len(text.rstrip()) for text in texts) <= 30
