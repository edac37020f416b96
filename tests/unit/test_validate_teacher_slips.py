"""Each slip a teacher makes in a deck file is told in Dutch, with its code, on the line
and column to change (issue: text lost without a word, English parser text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjtrainer import cli
from cjtrainer.deck.load import load_bytes

HEAD = "deck: d\ntitle: T\ncards:\n  - id: a\n    type: flashcard\n    explain: x\n"


def problems(text: str) -> list[tuple[str, int, int, str]]:
    result = load_bytes(Path("d.yaml"), text.encode("utf-8"))
    return [(p.code, p.line, p.column, p.message) for p in result.problems]


@pytest.mark.parametrize(("text", "code", "line", "column", "words"), [
    # text that YAML drops
    (HEAD + "    front: Waarvoor gebruik je een #hashtag?\n    back: b\n", "text-lost", 7, 36,
     '"Waarvoor gebruik je een #hashtag?"'),
    # a text that starts with '#' is all comment: said where the '#' is, not only "leeg"
    (HEAD + "    front: a\n    back: #klantreis\n", "text-lost", 8, 11, '"#klantreis"'),
    ("deck: d\ntitle: T\ncards:\n  - id: a\n    type: order\n    explain: x\n"
     "    prompt: p\n    items:\n      - #1 Zoeken\n      - Kiezen\n", "text-lost", 9, 9,
     '"#1 Zoeken"'),
    (HEAD + "    front: a\n    back: &Kleine impulsartikelen.\n", "text-lost", 8, 11,
     '"&Kleine impulsartikelen."'),
    ("deck: d\ntitle: &t T\ncards:\n  - id: a\n    type: flashcard\n    explain: x\n"
     "    front: *t\n    back: b\n", "text-lost", 7, 12, "verwijzing"),
    # a ': ' in a text below a '>' block: told on its own line, not as a key missing ': '
    # on the block's last line (whose "fix" would spoil the text)
    ("deck: d\ntitle: T\ncards:\n  - id: a\n    type: flashcard\n    front: Wat?\n"
     "    back: >\n      Gevouwen tekst.\n    explain: Let op: dit\n      loopt door\n",
     "yaml-syntax", 9, 20, "midden in een tekst"),
    # a ' #' that cut a text and broke the structure a line later: told where the '#' is
    (HEAD + "    front: Wat?\n    back: Een contactmoment,\n      zoals de website #1 in Nederland"
     "\n      en de winkel.\n", "yaml-syntax", 9, 24, "stopt bij ' #'"),
    ("deck: d\ntitle: T\ncards:\n  - id: m\n    type: match\n    explain: x\n    prompt: p\n"
     "    pairs:\n      Kanaal #1: Online\n      Winkel: Offline\n", "yaml-syntax", 9, 14,
     "stopt bij ' #'"),
    (HEAD + "    front: Wat?\n    back: [SEO, SEA #betaald, UGC]\n", "yaml-syntax", 8, 21,
     "stopt bij ' #'"),
    # a whole text in Word's curly quotes: the student would see them
    (HEAD + "    front: \u2018klant\u2019\n    back: b\n", "curly-quotes", 7, 12, '"klant"'),
    # a missing ': ' on the line that has it, not the next one
    (HEAD + "    front Wat is een touchpoint?\n    back: b\n", "yaml-syntax", 7, 5,
     "'front: Wat is een touchpoint?'"),
    (HEAD + "    front:Wat\n    back: b\n", "yaml-syntax", 7, 5, "'front: Wat'"),
    (HEAD + "    front:\u00a0Wat\n    back: b\n", "yaml-syntax", 7, 5, "vaste spatie"),
    ("deck: d\ntitle: T\ncards:\n  - id hotspot\n    type: flashcard\n", "yaml-syntax", 4, 5,
     "'id: hotspot'"),
    # parser words said in Dutch
    (HEAD + "    front: *x\n    back: b\n", "yaml-syntax", 7, 12, "aanhalingstekens"),
    (HEAD + "    front: *\n    back: b\n", "yaml-syntax", 7, 13, "beginnen met '*'"),
    (HEAD + "    front: &\n    back: b\n", "yaml-syntax", 7, 13, "beginnen met '&'"),
    (HEAD + "    front: Een\n\t  tab\n    back: b\n", "yaml-syntax", 8, 1, "hier staat een tab"),
    (HEAD + "    front: a\n    back: - eerst\n", "yaml-syntax", 8, 11, "lijst ('- ')"),
    (HEAD + "    front: > 5 euro\n    back: b\n", "yaml-syntax", 7, 12, "met '>' begint"),
    (HEAD + "    front: | a of b\n    back: b\n", "yaml-syntax", 7, 12, "met '|' begint"),
    (HEAD + "    front: ? wat\n    back: b\n", "yaml-syntax", 7, 12, "met '?' begint"),
    (HEAD + "    front: a\n    back: b\n---\ndeck: e\n", "yaml-syntax", 9, 1, "tweede document"),
    (HEAD + "    front: ‘Wat is: dit’\n    back: b\n", "yaml-syntax", 7, 12,
     "krullende aanhalingstekens"),
])
def test_slip_is_told_in_dutch_where_to_change_it(text: str, code: str, line: int, column: int,
                                                  words: str) -> None:
    found = [p for p in problems(text) if p[0] == code and words in p[3]]
    assert found, problems(text)
    assert found[0][1:3] == (line, column)
    assert words in found[0][3]
    assert "while scanning" not in found[0][3] and "not allowed" not in found[0][3]


def test_a_comment_on_purpose_is_no_text_loss() -> None:
    text = ("deck: d       # id\ntitle: T\ncards:\n  - id: a\n    type: flashcard\n"
            "    explain: x\n    front: |\n      Een #hashtag in een blok\n    back: b\n"
            "    hint:   # nog invullen\n")
    assert [p for p in problems(text) if p[0] == "text-lost"] == []


def test_text_loss_is_an_error_under_strict(tmp_path: Path) -> None:
    deck = tmp_path / "d.yaml"
    deck.write_text(HEAD + "    front: Een #hashtag\n    back: b\n", encoding="utf-8")
    assert cli.main(["validate", str(deck)]) == 0
    assert cli.main(["validate", "--strict", str(deck)]) == 1


def test_dutch_keys_and_types_get_one_error_each() -> None:
    text = ("deck: nl\ntitel: T\nkaarten:\n  - id: a\n    type: meerkeuze\n"
            "    vraag: Wat?\n    keuzes: [x, y]\n    antwoord: x\n    uitleg: z\n")
    found = [(code, line, column, message.rsplit("'", 2)[-2]) for code, line, column, message
             in problems(text)]
    assert found == [
        ("unknown-key", 2, 1, "title"), ("unknown-key", 3, 1, "cards"),
        ("unknown-type", 5, 11, "choice"), ("unknown-key", 6, 5, "prompt"),
        ("unknown-key", 7, 5, "choices"), ("unknown-key", 8, 5, "answer"),
        ("unknown-key", 9, 5, "explain"),
    ]


@pytest.mark.parametrize(("word", "answer"), [
    ("waar", True), ("onwaar", False), ("ja", True), ("nee", False), ("niet waar", False),
    ("Niet  Waar", False),
])
def test_truefalse_takes_dutch_words(word: str, answer: bool) -> None:
    text = (f"deck: d\ntitle: T\ncards:\n  - id: a\n    type: truefalse\n    explain: x\n"
            f"    statement: ZMOT is online\n    answer: {word}\n")
    result = load_bytes(Path("d.yaml"), text.encode())
    assert result.deck is not None, result.problems
    assert result.deck.cards[0].answer is answer  # type: ignore[attr-defined]


def test_validate_on_an_importable_file_points_to_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    book = tmp_path / "lijst.xlsx"
    book.write_bytes(b"PK\x03\x04not really")
    assert cli.main(["validate", str(book)]) == 1
    out = capsys.readouterr().out
    assert "Excel-bestand, geen deck" in out and "cjtrainer import lijst.xlsx" in out
    assert "UTF-8" not in out


def test_content_with_a_file_says_it_wants_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    deck = tmp_path / "deck.yaml"
    deck.write_text(HEAD + "    front: a\n    back: b\n", encoding="utf-8")
    assert cli.main(["--content", str(deck), "validate"]) == 1
    out = capsys.readouterr().out
    assert "content-is-file" in out and "wil een map" in out
    assert "bestaat niet" not in out


def test_a_deck_saved_as_yaml_txt_is_told_not_skipped_in_silence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seen by a teacher: Notepad saved 'toets.yaml.txt'; validate said 'geen problemen'
    and the app left the deck out without a word."""
    folder = tmp_path / "decks"
    folder.mkdir()
    deck = folder / "toets.yaml.txt"
    deck.write_text(HEAD + "    front: a\n    back: b\n", encoding="utf-8")
    (folder / "notities.txt").write_text("geen deck", encoding="utf-8")  # not a deck: quiet
    assert cli.main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "error[wrong-suffix]" in out and "hernoem het naar toets.yaml" in out
    assert "notities" not in out
    assert cli.main(["validate", str(deck)]) == 0  # by name it is read: a warning
    assert "warning[wrong-suffix]" in capsys.readouterr().out
    assert cli.main(["--content", str(folder), "decks"]) == 0
    assert "toets.yaml.txt" in capsys.readouterr().out  # under "Overgeslagen"
