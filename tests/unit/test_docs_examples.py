"""The card examples in docs/deck-format.md are valid: teachers copy them."""

from __future__ import annotations

import re
from pathlib import Path

from cjtrainer.deck.load import load_bytes

DOC = Path(__file__).resolve().parents[2] / "docs" / "deck-format.md"


def test_every_card_example_in_the_docs_validates() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    card_blocks = [b for b in blocks if b.startswith("  - id:")]
    assert len(card_blocks) >= 8
    text = "deck: docs\ntitle: Docs\ncards:\n" + "".join(card_blocks)
    result = load_bytes(Path("docs.yaml"), text.encode())
    assert result.problems == []
    assert {card.type for card in result.deck.cards} == {  # type: ignore[union-attr]
        "flashcard", "choice", "truefalse", "typed", "cloze", "order", "match", "list"}
