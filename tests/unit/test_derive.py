"""Derived cards: what a model yields, and ids that survive reordering and rewording."""

from __future__ import annotations

from pathlib import Path

from cjtrainer.deck.load import load_bytes

MODEL = """\
deck: m
title: M
models:
  - id: biekar
    name: BIEKAR
    kind: {kind}
    {acronym}
    steps:
{steps}
"""
STEPS = [
    ("Behoefte", "De klant merkt een behoefte."),
    ("Informatie zoeken", "De klant zoekt informatie."),
    ("Evaluatie alternatieven", "De klant vergelijkt."),
    ("Keuze verkoopkanaal", "De klant kiest waar."),
    ("Aankoop", "De klant koopt."),
    ("Resultaat", "Tevreden of niet."),
]


def deck(steps=STEPS, kind="sequence", acronym="acronym: BIEKAR", ids=None):  # type: ignore[no-untyped-def]
    lines = []
    for index, (name, description) in enumerate(steps):
        extra = f", id: {ids[index]}" if ids else ""
        lines.append(f"      - {{name: {name}, description: {description}{extra}}}")
    text = MODEL.format(kind=kind, acronym=acronym, steps="\n".join(lines))
    result = load_bytes(Path("m.yaml"), text.encode())
    assert result.problems == [], result.problems
    assert result.deck is not None
    return result.deck


def test_sequence_with_acronym_yields_every_kind() -> None:
    cards = {card.id: card for card in deck().cards}
    assert cards["biekar.list"].type == "list" and cards["biekar.list"].ordered
    assert cards["biekar.order"].items[0] == "Behoefte"
    assert cards["biekar.flashcard.informatie-zoeken"].back == "De klant zoekt informatie."
    choice = cards["biekar.choice.aankoop"]
    assert choice.answers == ("Aankoop",) and len(choice.choices) == 6
    assert cards["biekar.next.behoefte"].answer == "Informatie zoeken"
    assert "biekar.next.resultaat" not in cards  # nothing comes after the last step
    assert cards["biekar.acronym.keuze-verkoopkanaal"].answer == "Keuze verkoopkanaal"
    assert all(card.model_id == "biekar" for card in cards.values())
    # 2 whole-model cards + per step: flashcard, choice, acronym (+ next for all but last)
    assert len(cards) == 2 + 6 * 3 + 5


def test_set_has_no_order_or_next() -> None:
    ids = {card.id for card in deck(kind="set", acronym="").cards}
    assert "biekar.order" not in ids and not any(".next." in i for i in ids)
    assert not any(".acronym." in i for i in ids)
    assert "biekar.list" in ids


def test_ids_survive_reordering_and_rewording() -> None:
    before = {card.id for card in deck().cards if ".next." not in card.id}
    reordered = list(reversed(STEPS))
    reworded = [(name, description + " Anders gezegd.") for name, description in reordered]
    after = {card.id for card in deck(reworded, acronym="acronym: RAKEIB").cards
             if ".next." not in card.id}
    assert before == after


def test_renamed_step_keeps_its_id_with_an_explicit_id() -> None:
    renamed = [("Behoefteherkenning", STEPS[0][1]), *STEPS[1:]]
    ids = ["behoefte", "informatie-zoeken", "evaluatie-alternatieven", "keuze-verkoopkanaal",
           "aankoop", "resultaat"]
    before = {card.id for card in deck().cards}
    after = {card.id for card in deck(renamed, ids=ids).cards}
    assert before == after


def test_step_cards_share_a_sibling_group() -> None:
    cards = deck().cards
    groups = {card.siblings for card in cards if card.id.endswith(".behoefte")}
    assert groups == {"m/biekar.step.behoefte"}


def test_accents_are_folded_in_slugs() -> None:
    steps = [("Oriëntatie", "a"), ("Selectie", "b")]
    ids = {card.id for card in deck(steps, acronym="").cards}
    assert "biekar.flashcard.orientatie" in ids


def test_flashcard_explanation_gives_context_not_the_back_again() -> None:
    text = MODEL.format(kind="sequence", acronym="about: Het koopproces in zes stappen.",
                        steps="\n".join(f"      - {{name: {n}, description: {d}}}" for n, d in STEPS))
    result = load_bytes(Path("m.yaml"), text.encode())
    card = next(c for c in result.deck.cards if c.id == "biekar.flashcard.behoefte")  # type: ignore[union-attr]
    assert card.back == "De klant merkt een behoefte."
    assert card.explain == "Het koopproces in zes stappen."
