"""Plurals and decimals in the message catalogue: ``{count:one|other}`` and ``decimal()``."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from cjtrainer import cli, i18n

DATA = Path(__file__).parent.parent / "data"


@pytest.mark.parametrize(("language", "count", "expected"), [
    ("nl", 0, "Reeks: 0 dagen achter elkaar geleerd."),
    ("nl", 1, "Reeks: 1 dag achter elkaar geleerd."),
    ("nl", 2, "Reeks: 2 dagen achter elkaar geleerd."),
    ("en", 0, "Streak: 0 days in a row."),
    ("en", 1, "Streak: 1 day in a row."),
    ("en", 2, "Streak: 2 days in a row."),
])
def test_one_count(language: str, count: int, expected: str) -> None:
    i18n.set_language(language)
    assert i18n.t("stats.streak", days=count) == expected


@pytest.mark.parametrize(("language", "counts", "expected"), [
    ("nl", (1, 0, 1), "1 bestand gecontroleerd: 0 fouten, 1 waarschuwing."),
    ("nl", (2, 1, 0), "2 bestanden gecontroleerd: 1 fout, 0 waarschuwingen."),
    ("en", (1, 2, 1), "1 file checked: 2 errors, 1 warning."),
    ("en", (0, 1, 2), "0 files checked: 1 error, 2 warnings."),
])
def test_several_counts_in_one_message(language: str, counts: tuple[int, int, int],
                                       expected: str) -> None:
    i18n.set_language(language)
    files, errors, warnings = counts
    assert i18n.t("validate.summary", files=files, errors=errors,
                  warnings=warnings) == expected


def test_the_verb_follows_its_own_count() -> None:
    assert (i18n.t("exercise.submit.empty", empty=1, total=3)
            == "Let op: 1 van de 3 velden is nog leeg.")
    assert (i18n.t("exercise.submit.empty", empty=2, total=3)
            == "Let op: 2 van de 3 velden zijn nog leeg.")
    assert (i18n.t("classroom.host.question.answered", answered=1, playing=1)
            == "1 van 1 speler heeft geantwoord")
    i18n.set_language("en")
    assert (i18n.t("exercise.submit.empty", empty=1, total=1)
            == "Note: 1 of the 1 field is still empty.")


def test_a_whole_sentence_can_follow_the_count() -> None:
    """A cloze of one gap said "Vul de 1 open plek in. Tab of enter gaat naar de volgende.":
    one gap has no next one."""
    assert i18n.t("ui.cloze.help", count=1) == "Vul de open plek in en druk op enter."
    assert (i18n.t("ui.cloze.help", count=2)
            == "Vul de 2 open plekken in. Tab of enter gaat naar de volgende.")
    i18n.set_language("en")
    assert i18n.t("ui.cloze.help", count=1) == "Fill in the gap and press enter."
    assert (i18n.t("ui.cloze.help", count=3)
            == "Fill in the 3 gaps. Tab or enter moves to the next one.")


def test_only_exactly_one_is_singular() -> None:
    template = "{n} {n:kaart|kaarten}"
    assert [i18n.fill(template, n=n) for n in (0, 1, 2, 11, 21)] == [
        "0 kaarten", "1 kaart", "2 kaarten", "11 kaarten", "21 kaarten"]
    assert i18n.fill(template, n=1.0) == "1.0 kaart"
    assert i18n.fill(template, n=1.5) == "1.5 kaarten"
    assert i18n.fill(template, n=True) == "True kaarten"  # a flag is not a count
    assert i18n.fill(template, n=None) == "None kaarten"  # a missing count never crashes


def test_ordinary_fields_and_literal_bars_still_work() -> None:
    assert i18n.fill("a | b {x:>3} {y!r}", x=7, y="z") == "a | b   7 'z'"
    assert i18n.fill("{{n}} {n:|s}", n=2) == "{n} s"


def test_decimals_follow_the_language() -> None:
    assert i18n.decimal(3.84) == "3,8"
    assert i18n.decimal(2.0, 2) == "2,00"
    i18n.set_language("en")
    assert i18n.decimal(3.84) == "3.8"
    assert i18n.decimal(1234.5) == "1234.5"


def test_every_message_formats_with_every_count() -> None:
    """Each text in each language formats with 0, 1 and 2 in every field (a typo in a
    plural spec, e.g. a missing '|' or brace, raises here)."""
    for key, texts in i18n.catalogue().items():
        for language, text in texts.items():
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            for count in (0, 1, 2):
                i18n.fill(text, **dict.fromkeys(names, count))
            for spec in re.findall(r"\{\w+:([^}]*\|[^}]*)\}", text):
                one, other = spec.split("|")  # exactly one bar
                assert one.strip() and other.strip(), (key, language, spec)


def test_no_message_writes_a_plural_in_brackets() -> None:
    bracketed = re.compile(r"\w\((en|s|ken|e)\)|criterium/criteria|criterion/criteria")
    found = [(key, language) for key, texts in i18n.catalogue().items()
             for language, text in texts.items() if bracketed.search(text)]
    assert not found


def test_a_real_command_says_one_file_and_one_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deck = tmp_path / "w.yaml"
    deck.write_text("deck: w\ntitle: W\ncards:\n"
                    "  - {id: a, type: truefalse, statement: S, answer: true}\n",
                    encoding="utf-8")
    assert cli.main(["validate", str(deck)]) == 0
    assert "1 bestand gecontroleerd: 0 fouten, 1 waarschuwing." in capsys.readouterr().err
    assert cli.main(["--lang", "en", "validate", str(deck), str(DATA / "valid_deck.yaml")]) == 0
    assert "2 files checked: 0 errors, 1 warning." in capsys.readouterr().err
