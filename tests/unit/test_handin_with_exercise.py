"""A student's hand-in carries real exercise attempts, and the class report counts them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from cjtrainer import cli
from cjtrainer.deck.catalog import load_catalog
from cjtrainer.exercise.model import Mark
from cjtrainer.exercise.session import ExerciseSession
from cjtrainer.paths import bundled_content_dir


def test_export_progress_includes_a_finished_phone_exercise(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    exercise = load_catalog([bundled_content_dir()]).exercises["telefoon-touchpoints"]
    data_dir = tmp_path / "student"
    session = ExerciseSession.open(data_dir, exercise,
                                   lambda: datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    for s, section in enumerate(exercise.sections):
        for i in range(section.answers):
            session.set_answer(s, i, f"Mijn antwoord {s}-{i} bij {section.title}")
    session.submit()
    for s, section in enumerate(exercise.sections):
        for i in range(section.answers):
            session.set_mark(s, i, Mark.DEELS)
    for k in range(len(exercise.rubric)):
        session.set_rubric(k, 2)
    session.set_reflection("Ik let voortaan op de nazorg.")
    score = session.finish()
    session.close()

    out = tmp_path / "inbox" / "anna.json"
    out.parent.mkdir()
    assert cli.main(["--data-dir", str(data_dir), "export-progress", "--name", "Anna",
                     "-o", str(out)]) == 0
    handin = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(handin, ensure_ascii=False)
    assert "telefoon-touchpoints" in text
    for s, section in enumerate(exercise.sections):
        assert f"Mijn antwoord {s}-{section.answers - 1} bij {section.title}" in text
    assert "Ik let voortaan op de nazorg." in text
    assert str(score.percent) in text

    capsys.readouterr()
    assert cli.main(["class-report", str(out.parent)]) == 0
    report = capsys.readouterr().out
    assert "Anna" in report
    # the name given is remembered: exporting the exercise needs no --name now (it said
    # "Voor het inleveren is je naam nodig ... (hij wordt onthouden)")
    assert cli.main(["--data-dir", str(data_dir), "exercise", "export", "1",
                     "-o", str(tmp_path / "inbox")]) == 0
    assert "Anna" in next((tmp_path / "inbox").glob("*.md")).read_text(encoding="utf-8")


def test_a_multi_line_answer_keeps_its_lines_from_store_to_class_report(
    tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    """Draft store → export-progress hand-in → read back → report CSV keep the line
    breaks; the report's one line per answer shows them as " / "."""
    import csv

    from cjtrainer.teacher.handin import read_handin

    exercise = load_catalog([bundled_content_dir()]).exercises["telefoon-touchpoints"]
    data_dir = tmp_path / "student"
    session = ExerciseSession.open(data_dir, exercise,
                                   lambda: datetime(2026, 11, 20, 10, 0, tzinfo=UTC))
    session.set_answer(0, 0, "Advertentie op Instagram\r\nmet een kortingscode")
    session.close()
    out = tmp_path / "inbox" / "anna.json"
    out.parent.mkdir()
    assert cli.main(["--data-dir", str(data_dir), "export-progress", "--name", "Anna",
                     "-o", str(out)]) == 0
    [attempt] = read_handin(out).exercises
    first = attempt.answers[0]
    assert (first.number, first.text) == (1, "Advertentie op Instagram\nmet een kortingscode")

    capsys.readouterr()
    report = tmp_path / "klas.csv"
    assert cli.main(["class-report", str(out.parent), "-o", str(report)]) == 0
    assert "Advertentie op Instagram / met een kortingscode" in capsys.readouterr().out
    with report.with_name("klas-exercises.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert any("Advertentie op Instagram\nmet een kortingscode" in row for row in rows)
