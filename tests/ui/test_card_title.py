"""The question side of a card in lists (the summary's mistakes, the hardest cards)."""

from __future__ import annotations

from cjtrainer.ui.text import card_title
from tests.ui import cards as C


def test_a_cloze_shows_its_sentence_with_blanks_not_the_gap_syntax() -> None:
    title = card_title(C.CLOZE)
    assert title == "De … komt voor de …."
    assert "{{" not in title and "oriëntatiefase" not in title


def test_other_cards_show_their_question() -> None:
    assert card_title(C.TF) == C.TF.statement
    assert card_title(C.TYPED) == C.TYPED.prompt


def test_a_learning_goal_reads_as_words() -> None:
    from cjtrainer.ui.text import goal_label

    assert goal_label("fasen-van-de-klantreis") == "Fasen van de klantreis"
    assert goal_label("touchpoints") == "Touchpoints"
