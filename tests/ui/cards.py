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
