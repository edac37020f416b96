"""A cloze that wraps over two rows, shown after two other cards: typed letters land
in the gaps.

The study screen resizes a new card more than once while it appears (the scrollbar comes
and goes), and the cloze widget built its rows again for each resize. Two builds in a row
left the focus on a removed gap (focus is applied later), and every typed key was lost:
the first cloze of the course could not be answered at all (seen in the real app).
"""

from __future__ import annotations

from tests.ui.driver import answer, start_learning

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


async def test_typing_in_the_first_cloze_of_the_course_fills_the_gaps(make_app, deck_folder) -> None:
    folder = deck_folder(DECK)
    app = make_app(folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        for _ in range(2):
            await answer(pilot)
            await pilot.press("enter")
            await pilot.pause()
        await pilot.pause()
        assert screen.shown.mode == "cloze"
        assert app.focused is not None and app.focused.is_attached
        await pilot.press(*"fasen", "enter", *"onbekend", "enter", *"klant")
        await pilot.pause()
        assert [field.value for field in screen.widget.inputs()] == ["fasen", "onbekend",
                                                                     "klant"]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state == "feedback"
