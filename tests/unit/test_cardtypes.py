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
        # the class's type name, and its tag in the deck cache's JSON
        assert kind.card_class.type == kind.card_class.__struct_config__.tag == name


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


def test_every_layer_knows_every_card_type() -> None:
    """A new card type is added to each map, or this test names the one left out."""
    from cjtrainer.deck import validate
    from cjtrainer.learn.cardtypes import LEARN_TYPES

    assert set(validate._BUILDERS) == set(TYPES)
    assert set(LEARN_TYPES) == set(TYPES)
    for name, kind in LEARN_TYPES.items():
        assert kind.name == name


def test_the_ui_has_a_widget_and_a_preview_for_every_card_type() -> None:
    from cjtrainer.ui.teacher.preview import BODIES
    from cjtrainer.ui.widgets import WIDGETS, widget_class

    assert set(WIDGETS) == set(TYPES) == set(BODIES)
    for name in TYPES:
        assert widget_class(name).__name__.endswith("Widget")


def test_the_select_all_rule_is_the_cards_own() -> None:
    from msgspec.structs import replace

    one = replace(C.CHOICE)
    assert not one.select_all
    assert C.MULTI.select_all
    several = replace(C.CHOICE, answers=C.CHOICE.choices[:2])
    assert several.select_all  # several answers are select-all even without a list


def test_each_type_gives_back_the_keys_the_validator_allows() -> None:
    for card in C.ALL:
        kind = TYPES[card.type]
        assert set(kind.fields(card)) <= set(kind.required + kind.optional)
        assert set(kind.required) <= set(kind.fields(card))
