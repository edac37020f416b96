"""Small cards built from model objects, one per type (and a markup trap)."""

from __future__ import annotations

from pathlib import Path

from cjtrainer.deck.model import (
    ChoiceCard,
    ClozeCard,
    Deck,
    Flashcard,
    ListCard,
    MatchCard,
    OrderCard,
    TrueFalseCard,
    TypedCard,
)

D = "testdeck"

FLASH = Flashcard(
    deck_id=D, id="klantreis", front="Wat is een customer journey?",
    back="De reis die een klant aflegt, van oriëntatie tot na de aankoop.",
    explain="Denk aan alle fasen: oriëntatie, aankoop en nazorg.", tags=("basis",),
)
CHOICE = ChoiceCard(
    deck_id=D, id="fase1", prompt="Welke fase komt eerst?",
    choices=("Oriëntatie", "Aankoop", "Nazorg", "Evaluatie"), answers=("Oriëntatie",),
    explain="De klant oriënteert zich eerst.", tags=("fasen",),
)
MULTI = ChoiceCard(
    deck_id=D, id="online", prompt="Welke touchpoints zijn online?",
    choices=("Webshop", "Etalage", "Nieuwsbrief", "Kassa"),
    answers=("Webshop", "Nieuwsbrief"), multiple=True, tags=("touchpoints",),
)
TF = TrueFalseCard(
    deck_id=D, id="tf", statement="Een touchpoint is elk contactmoment met de klant.",
    answer=True, explain="Elk contact telt: online en offline.", tags=("touchpoints",),
)
TYPED = TypedCard(
    deck_id=D, id="seo", prompt="Waar staat de afkorting SEO voor?",
    answer="Search Engine Optimization", accept=("zoekmachineoptimalisatie",),
    hint="Het gaat om zoekmachines.", tags=("online",),
)
CLOZE = ClozeCard(
    deck_id=D, id="cloze", text="De {{oriëntatiefase}} komt voor de {{aankoopfase}}.",
    parts=("De ", " komt voor de ", "."),
    gaps=(("oriëntatiefase", "orientatiefase"), ("aankoopfase",)), tags=("fasen",),
)
ORDER = OrderCard(
    deck_id=D, id="volgorde", prompt="Zet de fasen op volgorde.",
    items=("Oriëntatie", "Aankoop", "Nazorg"), tags=("fasen",),
)
MATCH = MatchCard(
    deck_id=D, id="koppel", prompt="Koppel de fase aan het voorbeeld.",
    pairs=(("Oriëntatie", "Reviews lezen"), ("Aankoop", "Afrekenen"), ("Nazorg", "Retour")),
    tags=("fasen",),
)
LIST = ListCard(
    deck_id=D, id="fasen", prompt="Noem de drie hoofdfasen.",
    items=(("Oriëntatie",), ("Aankoop",), ("Nazorg", "After sales")), tags=("fasen",),
)
MARKUP = Flashcard(
    deck_id=D, id="markup", front="[bold]x[/] and [link=https://example.com]klik[/link]",
    back="[red]rood[/red]", explain="[i]schuin[/i]",
)

ALL = (FLASH, CHOICE, MULTI, TF, TYPED, CLOZE, ORDER, MATCH, LIST)


def deck(path: Path | None = None, cards: tuple = ALL, deck_id: str = D) -> Deck:
    return Deck(
        id=deck_id, title="Test [bold]deck[/]", path=path or Path(f"/tmp/{deck_id}.yaml"),
        cards=cards, tags=(),
    )

# A choice card with long options (they wrap with a hanging indent).
LONG = ChoiceCard(
    deck_id="testdeck", id="lang", prompt="Wat doet een winkel het best na de aankoop?",
    choices=(
        "De klant een week later een mail sturen met een vraag naar de ervaring en een tip "
        "voor het onderhoud van het gekochte product",
        "Niets: de klant heeft al betaald en komt vanzelf terug als het product goed is",
        "Een kortingsbon voor de volgende aankoop meegeven die alleen in de winkel geldig is",
    ),
    answers=("De klant een week later een mail sturen met een vraag naar de ervaring en een "
             "tip voor het onderhoud van het gekochte product",),
)


# The first three cards of the course deck (content/01-klantreis-basis.yaml).
DECK = """\
deck: basis
title: Klantreis en klantervaring
description: De eerste kaarten van de cursus.
language: nl
cards:
  - id: leerdoelen
    type: list
    prompt: Wat ga je leren in de lessen over de customer journey? Noem de drie leerdoelen.
    items:
      - [de fasen in de klantreis, fasen van de klantreis, fasen, klantreis]
      - [wat de klantervaring is, klantervaring, customer experience]
      - [welke touchpoints er bestaan, touchpoints, contactmomenten]
    hint: Denk aan de drie onderwerpen van week 4.
    explain: >-
      De drie leerdoelen zijn: wat de fasen in de klantreis zijn, wat de klantervaring is, en
      welke touchpoints er bestaan om de reis en de ervaring te beïnvloeden.
    tags: [fasen-van-de-klantreis, klantervaring, touchpoints]

  - id: retailmix
    type: choice
    prompt: Bij welk onderdeel van de lesstof horen customer journey, customer experience en touchpoints in deze lessen?
    choices:
      - Marketing en de retailmix
      - Voorraadbeheer
      - Personeelsplanning
      - Boekhouding en financiën
    answer: Marketing en de retailmix
    explain: >-
      Week 4 van het onderdeel Marketing/Retailmix gaat over de introductie van de customer journey,
      de customer experience en touchpoints: hoe je de klant bereikt en bindt.
    tags: [klantervaring]

  - id: definitie-les
    type: cloze
    text: >-
      Een klantreis bestaat uit de {{fasen|stappen}} die een consument doorloopt van compleet
      {{onbekend}} met je winkel tot (vaste) {{klant}}.
    hint: De reis begint bij iemand die je winkel nog helemaal niet kent.
    explain: >-
      De klantreis begint bij iemand die je winkel nog niet kent en eindigt, als het goed
      gaat, bij een vaste klant. Alles daartussen zijn de fasen van de klantreis.
    tags: [fasen-van-de-klantreis, klantervaring]
"""
