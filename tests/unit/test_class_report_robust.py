"""class-report with the hand-ins a teacher really collects: some empty, some not JSON,
some damaged, some forged. Every unusable one is skipped and named with its reason, the
rest is reported; no single hand-in decides what a card says; nothing a student typed
can act on the teacher's terminal or spreadsheet. Real files, the real command."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from cjtrainer import cli

DECK = """\
deck: klantreis-test
title: Klantreis (test)
cards:
  - id: zmot
    type: typed
    prompt: Waar staat ZMOT voor?
    answer: Zero moment of truth
    tags: [begrippen]
    explain: x
"""
KEY = "klantreis-test/zmot"


def handin(student: str, *, text: str = "Waar staat ZMOT voor?", tags: list[str] | None = None,
           time: str = "2026-11-20T09:00:00+00:00", response: object = 4000,
           answers: int = 2) -> dict[str, object]:
    reviews = [{"uid": f"{student}-{n}", "deck": "klantreis-test", "card": "zmot",
                "time": time.replace("09:00", f"09:0{n}") if n else time, "rating": 3,
                "verdict": "right" if n % 2 == 0 else "wrong", "response_ms": response,
                "phase_before": 0, "mode": "study"} for n in range(answers)]
    return {
        "format": "cjtrainer-handin", "version": 1, "student": student,
        "exported_at": "2026-11-20T10:00:00+00:00", "app_version": "0.1.0",
        "progress": {"reviews": reviews},
        "cards": {KEY: {"deck": "klantreis-test", "type": "typed", "text": text,
                        "tags": tags if tags is not None else ["begrippen"]}},
        "decks": {"klantreis-test": "Klantreis (test)"},
        "exercises": [],
    }


def write(folder: Path, name: str, document: object) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_unusable_hand_in_is_skipped_and_named_with_its_reason_and_the_rest_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    inbox = tmp_path / "ingeleverd"
    write(inbox, "anna.json", handin("Anna"))
    write(inbox, "leeg.json", "")
    write(inbox, "geen-json.json", "{niet af")
    write(inbox, "ander.json", {"some": "other json"})
    write(inbox, "lijst.json", [1, 2, 3])
    write(inbox, "oude-datum.json", handin("Oud", time="0001-01-01T00:00:00+05:00"))
    write(inbox, "verre-datum.json", handin("Ver", time="9999-12-31T23:59:59-05:00"))
    write(inbox, "diep.json", "[" * 100_000 + "]" * 100_000)
    # valid hand-ins with impossible response times: counted, the times left out
    write(inbox, "oneindig.json",
          json.dumps(handin("Ineke", response=float("inf"))))  # writes the literal Infinity
    write(inbox, "groot.json", handin("Gijs", response=1e20))
    out = tmp_path / "rapport.csv"

    assert cli.main(["class-report", str(inbox), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Infinity" in (inbox / "oneindig.json").read_text(encoding="utf-8")
    for name in ("leeg.json", "geen-json.json", "ander.json", "lijst.json", "oude-datum.json",
                 "verre-datum.json", "diep.json"):
        line = next((x for x in captured.err.splitlines() if name in x), None)
        assert line is not None, (name, captured.err)
    assert "7 bestanden overgeslagen" in captured.err
    assert "geen geldige tijd" in captured.err  # the reason, not just the name
    assert "Traceback" not in captured.err
    screen = captured.out
    for student in ("Anna", "Ineke", "Gijs"):
        assert any(line.startswith(student) for line in screen.splitlines()), student
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[0]: row for row in csv.reader(handle, delimiter=";")}
    assert set(rows) == {"naam", "Anna", "Ineke", "Gijs"}
    assert int(rows["Gijs"][5]) < 60  # study minutes: not 1e20 ms


def test_an_edited_hand_in_is_refused_in_dutch_not_in_pythons_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """Seen by a teacher: '(invalid literal for int() with base 10: 'drie')' and
    '('student')' as the reasons a hand-in was skipped."""
    inbox = tmp_path / "ingeleverd"
    write(inbox, "anna.json", handin("Anna"))
    text_rating = handin("Bo")
    text_rating["progress"]["reviews"][0]["rating"] = "drie"  # type: ignore[index]
    write(inbox, "bo.json", text_rating)
    no_name = handin("Cy")
    del no_name["student"]
    write(inbox, "cy.json", no_name)
    assert cli.main(["class-report", str(inbox)]) == 0
    err = capsys.readouterr().err
    bo = next(line for line in err.splitlines() if "bo.json" in line)
    assert "verkeerde soort" in bo and "invalid literal" not in bo
    cy = next(line for line in err.splitlines() if "cy.json" in line)
    assert "ontbreekt" in cy or "geen inleverbestand" in cy, cy


def test_all_hand_ins_unusable_still_names_each_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    inbox = tmp_path / "ingeleverd"
    write(inbox, "leeg.json", "")
    write(inbox, "ander.json", {"format": "iets-anders"})
    assert cli.main(["class-report", str(inbox)]) == 2
    err = capsys.readouterr().err
    assert "leeg.json" in err and "ander.json" in err and "Traceback" not in err


def _cards_csv(out: Path) -> dict[str, list[str]]:
    with out.with_name(f"{out.stem}-cards.csv").open(encoding="utf-8-sig", newline="") as handle:
        return {row[0]: row for row in csv.reader(handle, delimiter=";")}


def test_card_texts_and_tags_come_from_the_teachers_decks_not_from_a_forged_hand_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    content = tmp_path / "lesstof"
    content.mkdir()
    (content / "klantreis-test.yaml").write_text(DECK, encoding="utf-8")
    inbox = tmp_path / "ingeleverd"
    write(inbox, "a-forger.json", handin("Aaron", text="Klik op deze link", tags=["vals"]))
    write(inbox, "bram.json", handin("Bram", text="Klik op deze link", tags=["vals"]))
    out = tmp_path / "r.csv"
    assert cli.main(["--content", str(content), "class-report", str(inbox), "-o", str(out)]) == 0
    screen = capsys.readouterr().out
    assert "Waar staat ZMOT voor?" in screen and "Klik op deze link" not in screen
    assert "vals" not in screen
    cards = _cards_csv(out)
    assert cards[KEY][1] == "Waar staat ZMOT voor?" and cards[KEY][2] == "begrippen"


def test_without_the_deck_the_majority_of_students_decides_a_cards_text_and_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    inbox = tmp_path / "ingeleverd"
    # the forger's file sorts (and is read) first; before, the first hand-in decided
    write(inbox, "a-forger.json", handin("Aaron", text="Klik op deze link", tags=["vals"]))
    write(inbox, "a-forger-2.json", handin("aaron", text="Klik op deze link", tags=["vals"]))
    for name in ("Bram", "Chris"):
        write(inbox, f"{name.lower()}.json", handin(name, text="Wat is ZMOT?", tags=["zmot"]))
    out = tmp_path / "r.csv"
    assert cli.main(["class-report", str(inbox), "-o", str(out)]) == 0  # no such deck here
    screen = capsys.readouterr().out
    assert "Wat is ZMOT?" in screen and "Klik op deze link" not in screen
    cards = _cards_csv(out)
    assert cards[KEY][1] == "Wat is ZMOT?" and cards[KEY][2] == "zmot"


def test_names_and_card_texts_from_hand_ins_are_inert_on_screen_and_in_the_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    inbox = tmp_path / "ingeleverd"
    write(inbox, "eve.json", handin("Eve\x1b[2J\x1b]0;pwned\x07\u202e", text="Vraag\x1b[31m rood"))
    out = tmp_path / "r.csv"
    assert cli.main(["class-report", str(inbox), "-o", str(out)]) == 0
    screen = capsys.readouterr().out
    written = "".join(path.read_text(encoding="utf-8-sig")
                      for path in tmp_path.glob("r*.csv"))
    for text in (screen, written):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
        assert "Eve^[[2J" in text
    assert "Vraag^[[31m rood" in written
