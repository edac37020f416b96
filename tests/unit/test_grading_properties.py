"""Properties of grading and of the marks shown after it (hypothesis)."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from cjtrainer.deck.catalog import load_catalog
from cjtrainer.deck.model import ChoiceCard, ClozeCard, ListCard, OrderCard, TypedCard
from cjtrainer.learn.grading import grade, match_text, normalise
from cjtrainer.learn.session import _distractors
from cjtrainer.ui.widgets.choice import choice_marks
from cjtrainer.ui.widgets.listrecall import field_parts

ITEMS = (("Oriëntatie", "orientatiefase"), ("Aankoop", "kopen"), ("Levering",),
         ("Gebruik",), ("Evaluatie", "beoordeling"), ("Nazorg", "after sales"))
CONTENT = Path(__file__).resolve().parents[2] / "content"

item_sets = st.lists(st.sampled_from(range(len(ITEMS))), min_size=2, max_size=6, unique=True)


@given(item_sets, st.randoms(use_true_random=False), st.booleans())
def test_a_list_in_any_order_scores_1(chosen: list[int], rnd: random.Random, alt: bool) -> None:
    card = ListCard(deck_id="d", id="l", prompt="?", items=tuple(ITEMS[i] for i in chosen))
    entries = [item[-1] if alt else item[0] for item in card.items]
    rnd.shuffle(entries)
    g = grade(card, tuple(entries))
    assert g.score == 1.0 and g.correct


@given(item_sets, st.randoms(use_true_random=False))
def test_gaps_in_any_order_score_1_when_the_card_allows_it(
    chosen: list[int], rnd: random.Random
) -> None:
    gaps = tuple(ITEMS[i] for i in chosen)
    card = ClozeCard(deck_id="d", id="c", text="", parts=("",) * (len(gaps) + 1), gaps=gaps,
                     any_order=tuple(range(len(gaps))))
    answers = [g[0] for g in gaps]
    rnd.shuffle(answers)
    assert grade(card, tuple(answers)).score == 1.0


@given(item_sets, st.lists(st.integers(0, 5), max_size=6), st.booleans())
def test_duplicates_never_add_score(chosen: list[int], picks: list[int], cloze: bool) -> None:
    items = tuple(ITEMS[i] for i in chosen)
    entries = [items[p % len(items)][0] for p in picks][: len(items)]
    unique = list(dict.fromkeys(entries))
    if cloze:
        card: ClozeCard | ListCard = ClozeCard(
            deck_id="d", id="c", text="", parts=("",) * (len(items) + 1), gaps=items,
            any_order=tuple(range(len(items))))
    else:
        card = ListCard(deck_id="d", id="l", prompt="?", items=items)
    with_dups = grade(card, tuple(entries)).score
    assert with_dups <= grade(card, tuple(unique)).score
    assert with_dups <= len(unique) / len(items) + 1e-9


@given(st.lists(st.sampled_from(["Webshop", "Etalage", "Nieuwsbrief", "Kassa", "App"]),
                max_size=5, unique=True), st.booleans())
def test_a_tick_in_the_widget_is_always_a_part_graded_right(picks: list[str], multi: bool) -> None:
    choices = ["Webshop", "Etalage", "Nieuwsbrief", "Kassa", "App"]
    card = ChoiceCard(deck_id="d", id="c", prompt="?", choices=tuple(choices),
                      answers=("Webshop", "Nieuwsbrief") if multi else ("Webshop",),
                      multiple=multi)
    g = grade(card, tuple(picks if multi else picks[:1]))
    marks = choice_marks(choices, g.parts)
    right_parts = {p.expected for p in g.parts if p.expected and p.correct}
    assert {choices[i] for i, m in marks.items() if m == "right"} == right_parts
    for i, mark in marks.items():
        if mark == "wrong":
            assert choices[i] in picks and choices[i] not in card.answers
        if mark == "missed":
            assert choices[i] in card.answers and choices[i] not in right_parts


@given(st.permutations(range(5)))
def test_order_marks_are_the_parts_per_position(order: list[int]) -> None:
    items = ("Behoefte", "Informatie", "Evaluatie", "Keuze", "Resultaat")
    card = OrderCard(deck_id="d", id="o", prompt="?", items=items)
    given_order = tuple(items[i] for i in order)
    g = grade(card, given_order)
    assert [p.given for p in g.parts] == list(given_order)
    # the items marked right are the longest run in the right order: score (run - 1) / 4;
    # without two items in the right order (score 0) only an item in its own place
    right = [p for p in g.parts if p.correct]
    if g.score > 0:
        assert len(right) == round(g.score * 4) + 1
    else:
        assert right == [p for position, p in enumerate(g.parts) if p.place == position + 1]
    for p in g.parts:
        assert p.status in ("right", "misplaced") and p.correct == (p.status == "right")


@given(st.lists(st.sampled_from(["Oriëntatie", "aankoop", "kopen", "onzin", "Levering; Gebruik",
                                 "nazorg", "Aankoop"]), max_size=6))
def test_a_list_field_marked_right_holds_only_right_parts(values: list[str]) -> None:
    card = ListCard(deck_id="d", id="l", prompt="?", items=ITEMS)
    g = grade(card, tuple(values))
    for value, mine in zip(values, field_parts(values, g), strict=True):
        right = bool(mine) and all(p.correct for p in mine)
        if right:
            assert all(p.correct for p in mine)
            assert all(p.given.casefold() in value.casefold() for p in mine)


short = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=4)


@given(short, short)
def test_short_answers_never_match_another_short_answer(a: str, b: str) -> None:
    # SEO/SEA, ZMOT/ZMOP: no typo, variant, accent or phrase rule makes them equal
    if normalise(a) != normalise(b):
        assert not match_text(b, [a]).correct
        assert not match_text(b.upper(), [a.upper()]).correct


@given(st.sampled_from(["SEO", "SEA", "ZMOT", "FMOT", "SMOT", "AIDA", "B2B", "B2C"]),
       st.sampled_from(["SEO", "SEA", "ZMOT", "FMOT", "SMOT", "AIDA", "B2B", "B2C"]))
def test_known_pairs_never_match(a: str, b: str) -> None:
    if a != b:
        assert not match_text(b, [a]).correct
        card = TypedCard(deck_id="d", id="t", prompt="?", answer=a)
        assert grade(card, f"de {b}").verdict == "wrong"


DECKS = list(load_catalog(extra=[str(CONTENT)]).decks.values())


def test_learn_mode_never_offers_an_accepted_answer_as_wrong() -> None:
    # Every candidate of every card, not three drawn by a few seeds: which candidates are
    # left out does not depend on the random order, so this covers any draw.
    rng = random.Random(0)
    for deck in DECKS:
        for card in deck.cards:
            if not isinstance(card, TypedCard | ListCard):
                continue
            for wrong in _distractors(deck, card, 10_000, rng, DECKS):
                g = grade(card, (wrong,) if isinstance(card, ListCard) else wrong)
                assert not any(p.correct for p in g.parts), (card.key, wrong)


def test_the_reviewed_distractors_are_gone() -> None:
    decks = {deck.id: deck for deck in DECKS}
    seen: dict[str, set[str]] = {}
    for key in ("klantreis-basis/doel-van-de-klant", "touchpoints/levering-touchpoints"):
        deck_id, _, card_id = key.partition("/")
        card = decks[deck_id].card(card_id)
        assert isinstance(card, ListCard)
        # Every candidate, not three: which ones pass does not depend on the random order,
        # so asking for all of them once covers whatever any seed could draw.
        seen[key] = {normalise(w) for w in _distractors(decks[deck_id], card, 10_000, random.Random(0))}
    assert "koop" not in seen["klantreis-basis/doel-van-de-klant"]
    assert "inloggen of registreren" not in seen["touchpoints/levering-touchpoints"]


def test_a_reversed_order_ticks_no_step_out_of_its_place() -> None:
    # Seen in a student's trial: "✓ 1. loyaal gedrag" (it belongs 4th) beside "Helaas,
    # verkeerde volgorde".
    items = ("bewustwording", "overweging", "aankoop", "loyaal gedrag")
    card = OrderCard(deck_id="d", id="o", prompt="?", items=items)
    g = grade(card, tuple(reversed(items)))
    assert not any(p.correct for p in g.parts) and g.score == 0
    three = OrderCard(deck_id="d", id="o3", prompt="?", items=items[:3])
    g = grade(three, ("aankoop", "overweging", "bewustwording"))  # the middle is in place
    assert [p.correct for p in g.parts] == [False, True, False]
