"""The card-type registry: every type is registered once, and the question side of a
card is written in one place (the summary's mistakes, the hardest cards, reports)."""

from __future__ import annotations

from cjtrainer.deck import model as m
from cjtrainer.deck.cardtypes import TYPES, question_text
from tests.ui import cards as C


def test_every_card_type_is_registered_with_its_class() -> None:
    assert tuple(TYPES) == m.CARD_TYPES
    for name, kind in TYPES.items():
        assert kind.name == name
        assert kind.card_class.__dataclass_fields__["type"].default == name


def test_a_cloze_shows_its_sentence_with_blanks_not_the_gap_syntax() -> None:
    title = question_text(C.CLOZE)
    assert title == "De … komt voor de …."
    assert "{{" not in title and "oriëntatiefase" not in title


def test_other_cards_show_their_question() -> None:
    assert question_text(C.TF) == C.TF.statement
    assert question_text(C.TYPED) == C.TYPED.prompt


def test_a_learning_goal_reads_as_words() -> None:
    from cjtrainer.ui.text import goal_label

    assert goal_label("fasen-van-de-klantreis") == "Fasen van de klantreis"
    assert goal_label("touchpoints") == "Touchpoints"
