"""The hand-in: Markdown export from a finished attempt, and `cjtrainer exercise`."""

from __future__ import annotations

import os
from datetime import UTC
from pathlib import Path

import pytest

from cjtrainer import cli, config
from cjtrainer.exercise.report import default_filename, md_escape, to_markdown
from tests.unit.support import DATA, finished_session


def test_export_contains_every_answer_mark_score_and_reflection(tmp_path: Path) -> None:
    attempt = finished_session(tmp_path).attempt
    text = to_markdown(attempt, "Sam \x1b[31mde Vries", language="nl", tz=UTC)
    lines = text.splitlines()
    assert lines[0] == "# Touchpoints bij de fietsenwinkel \\[b\\]om de hoek\\[/b\\]"
    assert "- **Naam:** Sam ^\\[\\[31mde Vries" in lines  # escape code shown, not obeyed
    assert "- **Datum:** 22-11-2026 09:30" in lines
    assert "- **Oefening:** fietsenwinkel" in lines
    # answers (1 + .5 + 1 + 0 + .5 + 1) / 6 = 66.7%; rubric (2/2 + 0/2) / 2 = 50%; mean 58.3
    assert "- **Zelfscore:** 58%" in lines
    assert "### Voor de aankoop" in lines and "### Na de aankoop" in lines
    assert "1. Folder \\*met\\* korting — **Goed**" in lines
    assert "2. \\# reviews op Google — **Deels**" in lines
    assert "1. sms: fiets is klaar — **Goed**" in lines
    assert "2. *(leeg)* — **Nog niet**" in lines
    assert "3. klantenkaart \\<b\\> — **Deels**" in lines
    assert "4. 1\\. uitnodiging controlebeurt — **Goed**" in lines
    # no ".:" after a criterion's full stop (seen by a student), and Dutch words
    assert "- Elk antwoord is een echt contactmoment tussen winkel en klant: **Goed** (3/3)" \
        in lines
    assert "- Ik heb aan alle fases gedacht, ook na de aankoop: **Onvoldoende** (1/3)" in lines
    assert "Antwoorden: 3 goed, 2 deels, 1 nog niet (van 6): 67%." in lines
    assert "Beoordelingscriteria: 50%." in lines
    assert "## Wat neem ik mee" in lines
    assert "Ik neem mee:  " in lines and "\\- de fase na de aankoop \\*telt\\* ook" in lines
    # The language is the caller's (the app's or the CLI's), not the one of the moment.
    english = to_markdown(attempt, "Sam", language="en", tz=UTC).splitlines()
    assert "- **Self-score:** 58%" in english and "2. *(empty)* — **Not yet**" in english


def test_markdown_escaping_and_file_names() -> None:
    assert md_escape("[b]vet[/b] <script>") == "\\[b\\]vet\\[/b\\] \\<script\\>"
    assert md_escape("- lijst") == "\\- lijst"
    assert md_escape("3) punt") == "3\\) punt"
    assert md_escape("gewone tekst: 3.5 euro") == "gewone tekst: 3.5 euro"


def test_default_filename_is_safe(tmp_path: Path) -> None:
    attempt = finished_session(tmp_path).attempt
    name = default_filename(attempt, "Zoë ../../etc/passwd")
    assert name.startswith("fietsenwinkel-zoe-etc-passwd-") and name.endswith(".md")
    assert "/" not in name


def test_default_filename_cuts_a_long_name_at_a_word(tmp_path: Path) -> None:
    attempt = finished_session(tmp_path).attempt
    name = default_filename(attempt, "Anna-Sophie van der Berg-Oosterhout de Groot")
    date = attempt.started_at.astimezone().strftime("%Y-%m-%d")
    assert name == f"fietsenwinkel-anna-sophie-van-der-berg-oosterhout-de-{date}.md"


def test_cli_lists_starts_nothing_and_exports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    finished_session(data)
    assert cli.main(["--content", str(DATA), "exercise"]) == 0
    out = capsys.readouterr().out
    assert "fietsenwinkel" in out and "58%" in out

    assert cli.main(["exercise", "history", "fietsenwinkel"]) == 0
    out = capsys.readouterr().out
    assert "afgerond" in out and "58%" in out and "beste 58%" in out

    # no name known and no terminal to ask: a clear error, nothing written
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert cli.main(["exercise", "export", "fietsenwinkel", "-o", str(tmp_path)]) == 2
    assert "--name" in capsys.readouterr().err
    assert list(tmp_path.glob("*.md")) == []

    assert cli.main(["exercise", "export", "fietsenwinkel", "-o", str(tmp_path),
                     "--name", "Sam de Vries"]) == 0
    [written] = tmp_path.glob("*.md")
    assert written.name.startswith("fietsenwinkel-sam-de-vries-")
    assert "klantenkaart \\<b\\> — **Deels**" in written.read_text(encoding="utf-8")
    assert config.load().student_name == "Sam de Vries"

    # the name is remembered: next time no --name needed; '-' prints the Markdown
    assert cli.main(["exercise", "export", "-o", "-"]) == 0
    assert "- **Naam:** Sam de Vries" in capsys.readouterr().out


def test_cli_errors_are_messages_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--content", str(DATA), "exercise", "start", "bestaat-niet"]) == 2
    err = capsys.readouterr().err
    assert "bestaat-niet" in err and "fietsenwinkel" in err
    assert cli.main(["exercise", "export", "42", "--name", "x"]) == 2
    assert "Poging 42 bestaat niet" in capsys.readouterr().err
    blocked = tmp_path / "geen-map"
    blocked.write_text("x", encoding="utf-8")
    assert cli.main(["--data-dir", str(blocked), "exercise", "history"]) == 2
    assert "kan niet worden gebruikt" in capsys.readouterr().err
    broken = tmp_path / "kapot.yaml"
    broken.write_text("exercise: kapot\ntitle: K\n", encoding="utf-8")
    assert cli.main(["exercise", "start", str(broken)]) == 2
    assert "cjtrainer validate" in capsys.readouterr().err


def test_an_existing_export_is_never_overwritten_by_the_suggestion(tmp_path: Path) -> None:
    from cjtrainer.exercise.report import free_path

    path = tmp_path / "oefening.md"
    assert free_path(path) == path
    path.write_text("eerste", encoding="utf-8")
    assert free_path(path) == tmp_path / "oefening-2.md"
    (tmp_path / "oefening-2.md").write_text("tweede", encoding="utf-8")
    assert free_path(path) == tmp_path / "oefening-3.md"


def test_history_keeps_the_export_path_and_shows_an_old_attempt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    attempt_id = finished_session(data).attempt.id
    assert cli.main(["exercise", "history", "--show", str(attempt_id)]) == 0
    shown = capsys.readouterr()
    assert "nog niet als bestand opgeslagen" in shown.err
    assert "1. Folder \\*met\\* korting — **Goed**" in shown.out  # made from the store

    assert cli.main(["exercise", "export", str(attempt_id), "-o", str(tmp_path),
                     "--name", "Sam"]) == 0
    [written] = tmp_path.glob("*.md")
    capsys.readouterr()
    assert cli.main(["exercise", "history"]) == 0
    out = capsys.readouterr().out
    assert str(written) in out and "--show" in out

    # the file is what is shown (what the teacher got), made inert: a file is a file
    written.write_text("# Mijn hand-in\x1b[2J\n1. eerste regel  \n   tweede regel\n",
                       encoding="utf-8")
    assert cli.main(["exercise", "history", "--show", str(attempt_id)]) == 0
    shown = capsys.readouterr()
    assert str(written) in shown.err
    assert shown.out == "# Mijn hand-in^[[2J\n1. eerste regel  \n   tweede regel\n"

    written.unlink()  # gone: made again from the store, and the student is told
    assert cli.main(["exercise", "history", "--show", str(attempt_id)]) == 0
    shown = capsys.readouterr()
    assert "er niet meer" in shown.err and str(written) in shown.err
    assert "- **Naam:** Sam" in shown.out

    assert cli.main(["exercise", "history", "--show", "99"]) == 2
    assert "Poging 99 bestaat niet" in capsys.readouterr().err


def test_a_multi_line_answer_stays_one_list_item_in_the_hand_in(tmp_path: Path) -> None:
    session = finished_session(tmp_path)
    attempt = session.attempt
    answers = list(attempt.answers)
    answers[0] = ("Folder *met*\nkorting\n\n\n- en een lijstje\n2. of een nummer",
                  *answers[0][1:])
    from dataclasses import replace

    text = to_markdown(replace(attempt, answers=tuple(answers)), "Sam", language="nl", tz=UTC)
    assert ("1. Folder \\*met\\*  \n   korting\n\n   \\- en een lijstje  \n"
            "   2\\. of een nummer — **Goed**\n2. \\# reviews op Google") in text


def test_history_dates_an_attempt_as_its_hand_in_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Begun on Monday and handed in on Tuesday: the history says Tuesday, as the hand-in
    does (it said Monday, the day it was begun)."""
    from datetime import datetime, timedelta

    from cjtrainer.exercise.session import ExerciseSession
    from tests.unit.support import ANSWERS, hand_in, teacher_exercise

    data = Path(os.environ["CJTRAINER_DATA_DIR"])
    now = [datetime(2026, 3, 2, 9, 0, tzinfo=UTC)]  # a Monday
    session = ExerciseSession.open(data, teacher_exercise(), lambda: now[0])
    session.set_answer(0, 0, ANSWERS[0][0])
    now[0] += timedelta(days=1)
    hand_in(session)
    assert cli.main(["exercise", "history"]) == 0
    out = capsys.readouterr().out
    assert "03-03-2026" in out and "02-03-2026" not in out
    assert cli.main(["exercise", "history", "--show", str(session.attempt.id)]) == 0
    assert "03-03-2026" in capsys.readouterr().out
