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


def _with_noun(noun: str, language: str = "nl") -> str:
    steps = "\n".join(f"      - {{name: {n}, description: {d}}}" for n, d in STEPS)
    text = MODEL.format(kind="sequence", acronym=f"noun: {noun}", steps=steps)
    return text.replace("title: M\n", f"title: M\nlanguage: {language}\n")


def test_questions_use_the_models_own_noun() -> None:
    result = load_bytes(Path("m.yaml"), _with_noun("[de stap, de stappen]").encode())
    assert result.problems == []
    cards = {card.id: card for card in result.deck.cards}  # type: ignore[union-attr]
    assert cards["biekar.list"].prompt == "Noem de zes stappen van BIEKAR, in de goede volgorde."  # type: ignore[attr-defined]
    assert cards["biekar.order"].prompt == "Zet de stappen van BIEKAR in de goede volgorde."  # type: ignore[attr-defined]
    assert cards["biekar.next.behoefte"].prompt == "Welke stap van BIEKAR komt na 'Behoefte'?"  # type: ignore[attr-defined]
    assert cards["biekar.choice.aankoop"].prompt.startswith("Welke stap van BIEKAR wordt")  # type: ignore[attr-defined]
    assert cards["biekar.flashcard.aankoop"].front == "Wat houdt de stap 'Aankoop' van BIEKAR in?"  # type: ignore[attr-defined]


def test_a_het_noun_asks_welk() -> None:
    result = load_bytes(Path("m.yaml"), _with_noun("[het stadium, de stadia]").encode())
    cards = {card.id: card for card in result.deck.cards}  # type: ignore[union-attr]
    assert cards["biekar.next.behoefte"].prompt == "Welk stadium van BIEKAR komt na 'Behoefte'?"  # type: ignore[attr-defined]
    assert cards["biekar.list"].prompt.startswith("Noem de zes stadia van BIEKAR")  # type: ignore[attr-defined]


def test_without_a_noun_the_neutral_word_is_used_not_stappen() -> None:
    cards = {card.id: card for card in deck().cards}
    assert cards["biekar.list"].prompt == "Noem de zes onderdelen van BIEKAR, in de goede volgorde."  # type: ignore[attr-defined]
    assert "stap" not in cards["biekar.next.behoefte"].prompt  # type: ignore[attr-defined]


def test_english_deck_gets_english_noun_phrases() -> None:
    result = load_bytes(Path("m.yaml"), _with_noun("[the step, the steps]", "en").encode())
    assert result.problems == []
    cards = {card.id: card for card in result.deck.cards}  # type: ignore[union-attr]
    assert cards["biekar.list"].prompt == "Name the six steps of BIEKAR, in the right order."  # type: ignore[attr-defined]


def test_a_noun_needs_two_forms_with_their_article() -> None:
    for bad in ("fase", "[fase, fasen]", "[de fase]", "[het stadium, het stadia]"):
        result = load_bytes(Path("m.yaml"), _with_noun(bad).encode())
        assert result.deck is None, bad
        assert {p.code for p in result.problems} & {"bad-noun", "count", "wrong-type"}, bad


def test_explanations_explain_the_answer_not_the_question() -> None:
    cards = {card.id: card for card in deck().cards}
    nxt = cards["biekar.next.behoefte"]  # asks what comes after Behoefte: Informatie zoeken
    assert nxt.explain is not None
    assert nxt.explain.startswith("'Informatie zoeken' is het tweede van de zes onderdelen")
    assert "De klant zoekt informatie." in nxt.explain
    assert "De klant merkt een behoefte." not in nxt.explain
    choice = cards["biekar.choice.resultaat"]  # the prompt shows the description already
    assert choice.explain is not None and choice.explain.startswith("'Resultaat' is het laatste")


def test_a_step_that_names_the_noun_is_not_asked_with_it_twice() -> None:
    """Never "het moment of truth 'Zero moment of truth'": the bundled models' flashcards."""
    from pathlib import Path

    from cjtrainer.deck.load import load_file

    content = Path(__file__).resolve().parents[2] / "content"
    fronts = [card.front for path in sorted(content.glob("*.yaml"))
              if (deck := load_file(path).deck) is not None
              for card in deck.cards if ".flashcard." in card.id]
    assert len(fronts) > 10, "the bundled models derive flashcards"
    for front in fronts:
        before, _, rest = front.partition("'")
        step = rest.partition("'")[0]
        noun = before.split()[-1].casefold() if before.split() else ""
        assert noun not in step.casefold().split(), front
