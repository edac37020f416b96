"""A match card with situations longer than the left column: the student reads them
whole (they wrap), not cut off after 32 characters (seen in the course deck)."""

from __future__ import annotations

from cjtrainer.deck.model import MatchCard
from tests.ui.harness import CardHost

LONG = MatchCard(
    deck_id="testdeck", id="situaties", prompt="Koppel elke situatie aan de fase.",
    pairs=(
        ("Je ziet op sociale media een advertentie voor een nieuwe telefoon", "Oriëntatie"),
        ("Je vergelijkt de prijs van drie webshops", "Selectie"),
        ("Je betaalt", "Transactie"),
    ),
    tags=("fasen",),
)


async def test_long_situations_wrap_and_show_whole() -> None:
    app = CardHost(LONG)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        row = app.widget.query(".match-row").first()
        assert row.size.height >= 2  # the row grows with the wrapped situation
        screen = app.export_screenshot()  # what the terminal shows
        assert "telefoon" in screen
