"""Generate realistic decks of any size for benchmarks (all eight card types and models)."""

from __future__ import annotations

from pathlib import Path

CARD_TEMPLATES = [
    "  - id: kaart-{n}\n    type: flashcard\n    front: Wat is begrip {n} in de klantreis?\n"
    "    back: Begrip {n} is een fase waarin de klant informatie zoekt en vergelijkt.\n"
    "    reverse: true\n    tags: [fasen-van-de-klantreis]\n    explain: Uitleg bij begrip {n}.\n",
    "  - id: kaart-{n}\n    type: choice\n    prompt: Welke vorm past bij situatie {n}?\n"
    "    choices: [SEO, SEA, User generated content, Influencer marketing]\n    answer: SEA\n"
    "    explain: SEA is betaald adverteren bij zoekwoorden.\n",
    "  - id: kaart-{n}\n    type: truefalse\n    statement: Stelling {n} over de klantervaring.\n"
    "    answer: waar\n    explain: Dat klopt, want {n}.\n",
    "  - id: kaart-{n}\n    type: typed\n    prompt: Hoe heet moment {n} vooraf?\n"
    "    answer: Zero moment of truth\n    accept: [ZMOT]\n    explain: Uitleg {n}.\n",
    "  - id: kaart-{n}\n    type: cloze\n    text: De {{{{klantreis|customer journey}}}} {n} heeft "
    "{{{{vijf|5}}}} fasen.\n    explain: Uitleg {n}.\n",
    "  - id: kaart-{n}\n    type: order\n    prompt: Zet reeks {n} in volgorde.\n"
    "    items: [Kijken, Kiezen, Kopen]\n    explain: Uitleg {n}.\n",
    "  - id: kaart-{n}\n    type: match\n    prompt: Koppel set {n}.\n    pairs:\n"
    "      Core values: overtuigingen\n      Character: kenmerken\n      Communication: voorkeur\n"
    "    explain: Uitleg {n}.\n",
    "  - id: kaart-{n}\n    type: list\n    prompt: Noem lijst {n}.\n"
    "    items: [routinematig, onderzoekend, vergelijkend, [impulsief, impulsieve koper]]\n"
    "    min_correct: 3\n    explain: Uitleg {n}.\n",
]


def write_decks(folder: Path, cards: int, per_file: int = 500) -> list[Path]:
    """Write decks totalling `cards` written cards (derived cards come on top)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    written = 0
    file_no = 0
    while written < cards:
        count = min(per_file, cards - written)
        parts = [f"deck: bench-{file_no}\ntitle: Benchmarkdeck {file_no}\ntags: [bench]\ncards:\n"]
        for n in range(written, written + count):
            parts.append(CARD_TEMPLATES[n % len(CARD_TEMPLATES)].format(n=n))
        path = folder / f"bench-{file_no:03}.yaml"
        path.write_text("".join(parts), encoding="utf-8")
        paths.append(path)
        written += count
        file_no += 1
    return paths
