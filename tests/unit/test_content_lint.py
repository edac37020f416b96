"""A content lint: the giveaway patterns a teacher spots at a glance, found mechanically.

Each rule is a small function over cards, so the same rule is tried on a made-up bad card
(the rule can fail) and on the bundled content (the content passes).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from cjtrainer.deck import model as m
from cjtrainer.deck.catalog import Catalog, load_catalog

CONTENT = Path(__file__).resolve().parents[2] / "content"
LONGEST_MARGIN = 3  # characters: a right answer longer than every other option by more
LONGEST_SHARE = 1 / 3  # ... in more than this share of a deck's choice cards gives it away
ABSOLUTE = re.compile(
    r"\b(alleen|maar één|maar een|slechts één|elk|elke|ieder|iedere|iedereen|altijd|nooit|"
    r"geen|niets|niemand|alle|precies|uitsluitend|volledig)\b", re.IGNORECASE)
# "de tekst", "het klantreisplan", "de les" and "de lesstof" name no source a student can
# find ("de les" is two of them): the decks and the exercise call the sources the slides,
# the mind map, the tutorial, the article and the summary. ("de lesslides" is a name.)
VAGUE_SOURCE = re.compile(r"\b(de tekst|klantreisplan|de les|de lesstof)\b", re.IGNORECASE)
# Words too common to give an answer away when a prompt and an option share them.
COMMON = frozenset("de het een en van in op met voor naar bij door als dat die hij zijn "
                   "klant klanten product aankoop".split())


@cache
def catalog() -> Catalog:
    return load_catalog([CONTENT])


def single_choices(deck: m.Deck) -> list[m.ChoiceCard]:
    return [c for c in deck.cards if isinstance(c, m.ChoiceCard) and len(c.answers) == 1]


def right_is_longest(card: m.ChoiceCard, margin: int = LONGEST_MARGIN) -> bool:
    right = card.answers[0]
    others = [len(c) for c in card.choices if c != right]
    return len(right) > max(others) + margin


def longest_share(cards: list[m.ChoiceCard]) -> float:
    return sum(right_is_longest(c) for c in cards) / len(cards) if cards else 0.0


def absolute_balance(cards: list[m.TrueFalseCard]) -> tuple[int, int]:
    """(true statements with an absolute word, false statements with one)."""
    absolute = [c for c in cards if ABSOLUTE.search(c.statement)]
    return sum(c.answer for c in absolute), sum(not c.answer for c in absolute)


def stems(text: str) -> set[str]:
    """Content words cut to five letters, so 'zoekt' and 'zoeken' meet."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return {w[:5] for w in words if len(w) >= 4 and w not in COMMON}


def matched_by_words(card: m.ChoiceCard) -> bool:
    """The right option shares a word with the question and no wrong option does."""
    right = card.answers[0]
    prompt = stems(card.prompt)
    if not stems(right) & prompt:
        return False
    return not any(stems(c) & prompt for c in card.choices if c != right)


def shown_texts(card: m.Card) -> list[str]:
    texts = [getattr(card, n, None) for n in ("prompt", "statement", "front", "back",
                                              "explain", "hint", "text")]
    texts += list(getattr(card, "choices", ()))
    return [t for t in texts if t]


# -- the rules can fail ------------------------------------------------------------------

def _choice(right: str, *wrong: str, prompt: str = "Vraag?") -> m.ChoiceCard:
    return m.ChoiceCard(deck_id="d", id="c", prompt=prompt, choices=(right, *wrong),
                        answers=(right,))


def test_the_rules_catch_made_up_giveaways() -> None:
    long_right = _choice("Een lang en precies omschreven antwoord", "Kort", "Ook kort")
    fair = _choice("Kort", "Lang", "Even")
    assert right_is_longest(long_right) and not right_is_longest(fair)
    assert longest_share([long_right, fair]) > LONGEST_SHARE
    tf = [m.TrueFalseCard(deck_id="d", id=str(i), statement=s, answer=False)
          for i, s in enumerate(["Dit is altijd zo.", "Dit geldt voor elke klant."])]
    assert absolute_balance(tf) == (0, 2)
    word = _choice("Informatie zoeken", "Behoefte", "Resultaat",
                   prompt="Welke stap?\n\nDe klant zoekt informatie.")
    assert matched_by_words(word)
    assert not matched_by_words(_choice("Selectie", "Oriëntatie",
                                        prompt="Welke fase?\n\nDe klant kiest."))
    assert VAGUE_SOURCE.search("Volgens het klantreisplan") and VAGUE_SOURCE.search("de tekst")
    assert VAGUE_SOURCE.search("begrippen uit de les, zoals") and VAGUE_SOURCE.search("de lesstof")
    assert not VAGUE_SOURCE.search("de lesslides Basis Customer Journey")


# -- the bundled content passes ------------------------------------------------------------

def test_the_right_option_is_not_usually_the_longest() -> None:
    found = {deck.id: round(longest_share(single_choices(deck)), 2)
             for deck in catalog().decks.values()}
    assert {d: s for d, s in found.items() if s > LONGEST_SHARE} == {}


def test_absolute_words_are_not_a_sign_of_false() -> None:
    cards = [c for deck in catalog().decks.values() for c in deck.cards
             if isinstance(c, m.TrueFalseCard)]
    true_absolute, false_absolute = absolute_balance(cards)
    # Some true statements are absolute, and absolute words appear in true statements at
    # least half as often as in false ones: "alleen" or "altijd" must not mean "onwaar".
    assert true_absolute >= 3 and false_absolute <= 2 * true_absolute, (
        true_absolute, false_absolute)
    # Nor the other way round: some false statements are absolute too.
    assert false_absolute >= 2, (true_absolute, false_absolute)
    nuanced_false = [c for c in cards if not c.answer and not ABSOLUTE.search(c.statement)]
    assert len(nuanced_false) >= 5


def test_no_match_with_fewer_than_three_pairs() -> None:
    small = [c.key for deck in catalog().decks.values() for c in deck.cards
             if isinstance(c, m.MatchCard) and len(c.pairs) < 3]
    assert small == []


def test_no_choice_is_answered_by_matching_a_word_of_the_question() -> None:
    found = [c.key for deck in catalog().decks.values() for c in single_choices(deck)
             if matched_by_words(c)]
    assert found == []


def test_sources_are_named_not_called_de_tekst_or_klantreisplan() -> None:
    found = [c.key for deck in catalog().decks.values() for c in deck.cards
             for text in shown_texts(c) if VAGUE_SOURCE.search(text)]
    for deck in catalog().decks.values():
        if VAGUE_SOURCE.search(f"{deck.title} {deck.description} "
                               + " ".join(model.name for model in deck.models)):
            found.append(f"deck/{deck.id}")
    for ex in catalog().exercises.values():
        texts = [ex.title, ex.intro, *(c.text for c in ex.rubric)]
        for s in ex.sections:
            texts += [s.title, s.prompt, *s.examples]
        found += [f"exercise/{ex.id}" for t in texts if VAGUE_SOURCE.search(t)]
    assert found == []
