"""The bundled lesson content: valid, complete, correctly spelled and true to the course texts.

The course material (five Dutch texts) disagrees on how many phases a customer journey has,
so every model is pinned here step by step, in order, to the text it comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from cjtrainer import paths
from cjtrainer.deck import model as m
from cjtrainer.deck.catalog import Catalog, load_catalog

CONTENT = Path(__file__).resolve().parents[2] / "content"
GOALS = ("fasen-van-de-klantreis", "klantervaring", "touchpoints")


@cache
def catalog() -> Catalog:
    return load_catalog([CONTENT])


def all_cards() -> list[m.Card]:
    return [card for deck in catalog().decks.values() for card in deck.cards]


def model(model_id: str) -> m.Model:
    for deck in catalog().decks.values():
        for found in deck.models:
            if found.id == model_id:
                return found
    raise AssertionError(f"model {model_id!r} not in the bundled content")


def shown_texts(card: m.Card) -> Iterator[str]:
    """The text a student reads on a card (not the accepted alternative spellings)."""
    for name in ("prompt", "statement", "front", "back", "explain", "hint"):
        value = getattr(card, name, None)
        if value:
            yield value
    if isinstance(card, m.ChoiceCard):
        yield from card.choices
    if isinstance(card, m.TypedCard):
        yield card.answer
    if isinstance(card, m.OrderCard):
        yield from card.items
    if isinstance(card, m.ListCard):
        yield from (item[0] for item in card.items)
    if isinstance(card, m.MatchCard):
        for left, right in card.pairs:
            yield left
            yield right
    if isinstance(card, m.ClozeCard):
        yield "".join(
            part + (card.gaps[i][0] if i < len(card.gaps) else "")
            for i, part in enumerate(card.parts)
        )


def exercise_texts(exercise: m.Exercise) -> Iterator[str]:
    yield exercise.title
    yield exercise.intro
    for section in exercise.sections:
        yield section.title
        yield section.prompt
        yield from section.examples
    for criterion in exercise.rubric:
        yield criterion.text


# Misspellings from the source texts (and their likely cousins). Whole words, any case.
SOURCE_TYPOS = (
    "gezmaelijke", "consuenten", "consumetn", "selctie", "kalnten", "wta", "jenwil",
    "interent", "mometn", "beangrijk", "ervzringen", "genraties", "belangrik", "kwailitit",
    "makelliker", "overwelmend", "thngs", "digitalisereing", "gezlligheid", "laagdrempelijk",
    "wnr", "ied", "mer", "opls", "klankbelevingen", "heiliging",
)
# Spelled without the diaeresis in the sources; fine as an accepted alternative, never shown.
NEEDS_DIAERESIS = ("orientatie", "orientatiefase", "orienteren", "beinvloeden", "belgie")


def typos_in(text: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return [w for w in words if w in SOURCE_TYPOS or w in NEEDS_DIAERESIS]


def test_typo_finder_finds_the_source_typos() -> None:
    # Guards the guard: the scanner below must be able to fail.
    assert typos_in("De gezmaelijke reis van consuenten, fase 2: SELCTIE.") == [
        "gezmaelijke", "consuenten", "selctie"]
    assert typos_in("De Orientatie in Belgie") == ["orientatie", "belgie"]
    assert typos_in("De oriëntatie in België, een laagdrempelige plek.") == []


def test_bundled_folder_is_this_content() -> None:
    assert paths.bundled_content_dir().resolve() == CONTENT


def test_all_content_passes_strict_validation() -> None:
    found = catalog()
    assert [str(p) for p in found.problems] == []  # no errors and no warnings (--strict)
    assert found.skipped == []
    assert len(found.decks) >= 8
    assert "telefoon-touchpoints" in found.exercises


def test_at_least_200_study_items() -> None:
    assert len(all_cards()) >= 200


def test_decks_are_sized_for_study() -> None:
    for deck in catalog().decks.values():
        assert 15 <= len(deck.cards) <= 60, (deck.id, len(deck.cards))


def test_every_card_explains_and_carries_a_learning_goal() -> None:
    for card in all_cards():
        assert card.explain and card.explain.strip(), card.key
        assert set(card.tags) & set(GOALS), card.key


def test_each_learning_goal_has_enough_cards() -> None:
    for goal in GOALS:
        tagged = [card for card in all_cards() if goal in card.tags]
        assert len(tagged) >= 40, (goal, len(tagged))


def test_card_types_are_mixed() -> None:
    types = {card.type for card in all_cards()}
    assert types == set(m.CARD_TYPES)


def test_no_choice_offers_all_or_none_of_the_above() -> None:
    banned = ("alle bovenstaande", "geen van bovenstaande", "all of the above", "none of the above")
    for card in all_cards():
        if isinstance(card, m.ChoiceCard):
            for choice in card.choices:
                assert not any(b in choice.lower() for b in banned), card.key


def test_no_source_typos_in_what_students_read() -> None:
    found = {card.key: typos_in(text) for card in all_cards() for text in shown_texts(card)
             if typos_in(text)}
    for exercise in catalog().exercises.values():
        for text in exercise_texts(exercise):
            if typos_in(text):
                found[f"exercise/{exercise.id}"] = typos_in(text)
    for deck in catalog().decks.values():
        for text in (deck.title, deck.description or ""):
            if typos_in(text):
                found[f"deck/{deck.id}"] = typos_in(text)
    assert found == {}


def test_no_source_typos_anywhere_in_the_files() -> None:
    # Accepted alternatives may leave out a diaeresis, but no source typo belongs anywhere.
    for path in CONTENT.rglob("*.yaml"):
        words = re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8").lower())
        assert not set(words) & set(SOURCE_TYPOS), path.name


def names(model_id: str) -> list[str]:
    return [step.name for step in model(model_id).steps]


def test_five_phases_of_the_lesson_in_order() -> None:
    assert names("vijf-fasen") == [
        "Oriëntatie", "Selectie", "Transactie", "Afleveren", "Customer care"]
    assert model("vijf-fasen").kind == "sequence"


def test_biekar_steps_and_acronym() -> None:
    biekar = model("biekar")
    assert biekar.acronym == "BIEKAR"
    assert names("biekar") == [
        "Behoefte", "Informatie zoeken", "Evaluatie alternatieven", "Keuze verkoopkanaal",
        "Aankoop en in gebruik nemen", "Resultaat"]


def test_general_six_step_phasing_in_order() -> None:
    assert names("algemene-fasering") == [
        "Klantbehoefte en awareness", "Kooporiëntatie", "Afweging van alternatieven",
        "Aankoop", "Consumptie en service", "Evaluatie en advocacy"]


def test_five_stages_in_order() -> None:
    assert names("vijf-stadia") == ["Bewustzijn", "Overweging", "Aankoop", "Service", "Loyaliteit"]


def test_moments_of_truth_in_order() -> None:
    assert names("moments-of-truth") == [
        "Zero moment of truth", "First moment of truth", "Second moment of truth"]


@pytest.mark.parametrize(("model_id", "name", "noun"), [
    ("vijf-fasen", "de klantreis", ("de fase", "de fasen")),
    ("algemene-fasering", "de algemene fasering", ("de fase", "de fasen")),
    ("biekar", "BIEKAR", ("de stap", "de stappen")),
    ("vijf-stadia", "de klantreis uit het artikel", ("het stadium", "de stadia")),
    ("moments-of-truth", "de klantreis", ("het moment of truth", "de moments of truth")),
    ("zeven-c", "het 7C-model", ("het veld", "de velden")),
])
def test_each_model_speaks_its_own_noun(model_id: str, name: str, noun: tuple[str, str]) -> None:
    found = model(model_id)
    assert (found.name, found.noun) == (name, noun)
    plural = noun[1].split(" ", 1)[1]
    deck = next(d for d in catalog().decks.values() if found in d.models)
    listing = deck.card(f"{model_id}.list")
    assert isinstance(listing, m.ListCard)
    assert f" {plural} van {name}" in listing.prompt
    # No model borrows another's word: "stappen" only where the model has steps.
    questions = [c.prompt for c in deck.cards
                 if c.model_id == model_id and isinstance(c, (m.ChoiceCard, m.TypedCard))]
    if plural != "stappen":
        assert not any("stap" in q.split("\n\n")[0] for q in questions), model_id


def test_overview_card_sets_every_model_side_by_side() -> None:
    card = catalog().decks["koopproces-modellen"].card("overzicht-modellen")
    assert isinstance(card, m.Flashcard)
    back = card.back.lower()
    for model_id in ("vijf-fasen", "vijf-stadia", "algemene-fasering", "biekar",
                     "moments-of-truth"):
        for step in model(model_id).steps:
            assert step.name.lower() in back, (model_id, step.name)
    for words in ("bewustzijn, overweging → koop → loyaal gedrag",  # the tutorial's path
                  "slides", "mindmap", "tutorial", "artikel", "samenvatting"):
        assert words in back, words
    # Each line reads: before the purchase → the purchase → after it.
    assert all(line.count("→") == 2 for line in card.back.splitlines())


def test_the_lessons_comparisons_are_asked() -> None:
    decks = catalog().decks
    placed = decks["koopproces-modellen"].card("fmot-smot-fasen")
    assert isinstance(placed, m.MatchCard)
    assert [right for _, right in placed.pairs] == ["Oriëntatie", "Selectie", "Customer care"]
    for key in ("koopproces-modellen/pad-en-stadia", "koopproces-modellen/voor-na-pad",
                "koopproces-modellen/voor-na-stadia", "koopproces-modellen/voor-na-moments",
                "biekar/voor-na-biekar", "algemene-fasering/voor-na-algemeen",
                "fasen-klantreis/twee-voor", "fasen-klantreis/twee-na",
                "koopproces-modellen/model-bron"):
        deck_id, card_id = key.split("/")
        assert decks[deck_id].card(card_id) is not None, key


def test_seven_c_is_a_set_of_seven() -> None:
    seven = model("zeven-c")
    assert seven.kind == "set"
    assert sorted(names("zeven-c")) == sorted([
        "Core values", "Category needs", "Category behaviour", "Customer journey",
        "Communication", "Company value", "Character"])


def deck_text(deck_id: str) -> str:
    deck = catalog().decks[deck_id]
    return "\n".join(text for card in deck.cards for text in shown_texts(card))


@pytest.mark.parametrize(("deck_id", "facts"), [
    ("fase-orientatie", ["75%", "25%", "België", "SEO", "SEA", "user generated content",
                         "influencermarketing", "pull", "voice search", "hologrammen",
                         "VR", "AR", "radio en tv", "salestraining"]),
    ("touchpoints", ["13%", "retargeting", "contactmoment", "point of contact",
                     "Etiket met retouradres", "niet-klanten"]),
    ("fase-selectie", ["keuzeparadox", "routinematig", "onderzoekend", "vergelijkend",
                       "impulsief", "upselling", "cross-selling"]),
    ("fase-transactie-tot-customer-care", ["contactloos", "China", "blockchain",
                                           "last mile", "social delivery", "dc", "norm"]),
    ("customer-journey-mapping", ["CRM", "analytics", "webcare", "afdelingen", "synergie",
                                  "coupon van $10", "hotline"]),
    ("algemene-fasering", ["WOW-effect", "IKEA", "fangedrag", "merkidentiteit"]),
    ("klantreis-basis", ["gezamenlijke", "kijken", "kiezen", "kopen", "klantenbinding"]),
    ("klantpersona", ["archetypen", "7C-model", "sociodemografie", "duurzaamheid"]),
])
def test_key_facts_are_taught(deck_id: str, facts: list[str]) -> None:
    text = deck_text(deck_id)
    missing = [fact for fact in facts if not re.search(rf"(?<!\w){re.escape(fact)}(?!\w)", text)]
    assert missing == []


def test_shoe_journey_has_all_sixteen_steps_in_order() -> None:
    deck = catalog().decks["customer-journey-mapping"]
    first = deck.card("schoenen-deel-1")
    second = deck.card("schoenen-deel-2")
    assert isinstance(first, m.OrderCard) and isinstance(second, m.OrderCard)
    steps = [*first.items, *second.items]
    assert len(steps) == 16
    assert steps[0] == "Wil schoenen kopen"
    assert steps[7].startswith("Past de schoenen")
    assert steps[8].startswith("Wil de schoenen terugsturen")
    assert steps[-1] == "Gebruikt een coupon van $10 voor een nieuwe aankoop"


def test_phone_exercise_follows_the_assignment() -> None:
    exercise = catalog().exercises["telefoon-touchpoints"]
    assert exercise.minutes == 10
    assert [s.id for s in exercise.sections] == [
        "mijn-persona", "orientatie", "selectie", "transactie", "afleveren", "customer-care",
        "loyaliteit"]
    assert [s.title for s in exercise.sections] == [
        "Mijn persona (kort)", "Oriëntatie", "Selectie", "Transactie", "Afleveren",
        "Customer care", "Loyaliteit (3 methoden, geen fase)"]
    persona, *phases = exercise.sections
    assert persona.answers == 1
    for section in phases:
        assert section.answers == 3, section.id
    for section in exercise.sections:
        assert len(section.examples) >= 4, section.id
        assert len(set(section.examples)) == len(section.examples), section.id
    assert exercise.scale == m.DEFAULT_SCALE
    intro = exercise.intro.lower()
    assert "klantpersona" in intro and "telefoon" in intro and "loyaliteit" in intro
    # The slide's own words: "Probeer", the five phases, 2 vóór / 2 ná, loyalty no phase.
    assert "probeer" in intro and "2 vóór" in intro and "2 ná" in intro
    assert "geen fase" in intro
    for phase in ("oriëntatie", "selectie", "transactie", "afleveren", "customer care"):
        assert phase in intro, phase
    # Completeness, improvement ideas and lesson concepts are judged too.
    assert {"compleet", "verbeteridee", "lesbegrippen", "eigen-persona"} <= {
        c.id for c in exercise.rubric}


def test_phone_exercise_examples_speak_as_ik_and_reviews_are_selectie() -> None:
    exercise = catalog().exercises["telefoon-touchpoints"]
    for section in exercise.sections:
        for example in section.examples:
            assert not re.search(r"\b(je|jij|jouw)\b", example, re.IGNORECASE), example
    by_id = {s.id: s for s in exercise.sections}
    assert not any("reviews en ratings" in e.lower() for e in by_id["orientatie"].examples)
    assert any("reviews en ratings" in e.lower() for e in by_id["selectie"].examples)


COVERAGE = CONTENT.parent / "docs" / "content-coverage.md"


def test_coverage_table_points_at_real_cards() -> None:
    refs = re.findall(r"`([a-z0-9-]+)/([a-z0-9.*-]+)`", COVERAGE.read_text(encoding="utf-8"))
    assert len(refs) > 150
    decks = catalog().decks
    broken = []
    for deck_id, card_id in refs:
        deck = decks.get(deck_id)
        if deck is None:
            broken.append(f"{deck_id}/{card_id}")
        elif card_id.endswith(".*"):
            if not any(found.id == card_id[:-2] for found in deck.models):
                broken.append(f"{deck_id}/{card_id}")
        elif deck.card(card_id) is None:
            broken.append(f"{deck_id}/{card_id}")
    assert broken == []


def test_every_model_is_in_the_coverage_table() -> None:
    text = COVERAGE.read_text(encoding="utf-8")
    for deck in catalog().decks.values():
        for found in deck.models:
            assert f"`{deck.id}/{found.id}.*`" in text, found.id


def test_decks_come_in_lesson_order() -> None:
    # File names carry a number so the app lists (and introduces) decks in lesson order.
    assert list(catalog().decks) == [
        "klantreis-basis", "fasen-klantreis", "fase-orientatie", "fase-selectie",
        "fase-transactie-tot-customer-care", "biekar", "algemene-fasering",
        "koopproces-modellen", "klantpersona", "touchpoints", "customer-journey-mapping"]


def test_learning_goals_are_the_only_tags() -> None:
    # The home screen lists every tag as a learning goal: keep it to the lesson's three.
    tags = {tag for deck in catalog().decks.values() for tag in deck.all_tags()}
    assert tags == set(GOALS)


def test_no_single_answer_choice_gives_itself_away_by_length() -> None:
    # A right answer that is clearly the longest option is guessable without knowing anything.
    for deck in catalog().decks.values():
        for card in deck.cards:
            if "." in card.id or not isinstance(card, m.ChoiceCard) or len(card.answers) != 1:
                continue
            answer = card.answers[0]
            longest_other = max(len(c) for c in card.choices if c != answer)
            assert len(answer) <= 1.25 * longest_other, card.key


# The touchpoint examples of the Klantreisplan article (003), as the cards spell them.
ARTICLE_TOUCHPOINTS = (
    "advertentie", "e-shop", "blog", "banner", "nieuwsbrief", "landingspagina", "formulier",
    "productpagina", "app", "categoriepagina", "winkelwagen", "inloggen", "registratie",
    "betaaldienstverleners", "bedankpagina", "serviceprovider", "updates over de verzending",
    "verpakking", "inzetstukken", "bill", "leveringsbon", "product", "faq",
    "algemene voorwaarden", "spraakcomputer", "hotlinemedewerker", "etiket met retouradres",
)


def test_every_touchpoint_example_of_the_article_is_asked() -> None:
    deck = catalog().decks["touchpoints"]
    known = {alt.lower() for card in deck.cards if isinstance(card, m.ListCard)
             for item in card.items for alt in item}
    assert [t for t in ARTICLE_TOUCHPOINTS if t not in known] == []


def test_the_nine_departments_of_the_article() -> None:
    card = catalog().decks["customer-journey-mapping"].card("afdelingen-lijst")
    assert isinstance(card, m.ListCard)
    assert [item[0] for item in card.items] == [
        "marketing", "ontwerp en redactie", "beheer van de e-shop", "klantenbeheer",
        "productbeheer", "boekhouding", "juridische zaken", "betaaldienstverleners",
        "logistieke dienstverleners"]
