"""Hand-in files made by the real export from real SQLite stores, and the class report."""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cjtrainer import cli, config, i18n
from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import Card, Deck, Flashcard, TrueFalseCard, TypedCard
from cjtrainer.i18n import Message, render
from cjtrainer.learn.scheduling import Rating, Scheduler
from cjtrainer.learn.session import StudySession
from cjtrainer.learn.store import Store, default_path
from cjtrainer.teacher.handin import read_handin
from cjtrainer.teacher.report import build_report, read_classroom_csv, study_seconds

DECK = """\
deck: klantreis-test
title: Klantreis (test)
cards:
  - id: touchpoint
    type: typed
    prompt: Hoe heet een contactmoment tussen klant en organisatie?
    answer: Touchpoint
    tags: [begrippen]
    explain: x
  - id: zmot
    type: typed
    prompt: Waar staat ZMOT voor?
    answer: Zero moment of truth
    tags: [begrippen]
    explain: x
  - id: eerste-fase
    type: typed
    prompt: Wat is de eerste fase van BIEKAR?
    answer: Behoefte
    tags: [fasen]
    explain: x
  - id: laatste-fase
    type: typed
    prompt: Wat is de laatste fase van BIEKAR?
    answer: Reflectie
    tags: [fasen]
    explain: x
  - id: nazorg
    type: truefalse
    statement: De klantreis stopt bij de kassa.
    answer: onwaar
    tags: [fasen]
    explain: x
  - id: persona
    type: flashcard
    front: Klantpersona
    back: Een fictief profiel van een typische klant.
    explain: x
"""

START = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
STEP = timedelta(seconds=15)
FIRST_MS = 4000


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"CJTRAINER_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.delenv("CJTRAINER_CONTENT", raising=False)
    i18n.set_language("nl")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "lesstof"
    folder.mkdir()
    (folder / "klantreis-test.yaml").write_text(DECK, encoding="utf-8")
    return folder


@pytest.fixture
def deck(content: Path) -> Deck:
    result = load_file(content / "klantreis-test.yaml")
    assert result.deck is not None, [str(p) for p in result.problems]
    return result.deck


@dataclass
class Studied:
    data_dir: Path
    answers: int
    seconds: int


def study(tmp_path: Path, name: str, deck: Deck, knows: Callable[[Card, int], bool],
          days: int = 8, undo_once: bool = False) -> Studied:
    """A student studies through the engine's session API into a real SQLite store."""
    data_dir = tmp_path / "students" / name
    data_dir.mkdir(parents=True)
    store = Store(default_path(data_dir))
    now = [START]
    times: list[datetime] = []
    firsts: list[int | None] = []
    undone = False
    for day in range(days):
        now[0] = START + timedelta(days=day)
        session = StudySession(store, [deck], clock=lambda: now[0], rng=random.Random(day),
                               scheduler=Scheduler(), learn_mode=False)
        first = True
        for _ in range(30):  # a sitting ends after 30 answers
            card = session.next_card()
            if card is None:
                break
            session.present(card)
            ok = knows(card, day)
            ms = FIRST_MS if first else 2000
            if isinstance(card, Flashcard):
                session.rate(card, Rating.GOOD if ok else Rating.AGAIN, response_ms=ms)
            elif isinstance(card, TrueFalseCard):
                session.answer(card, card.answer if ok else not card.answer, response_ms=ms)
            else:
                assert isinstance(card, TypedCard)
                session.answer(card, card.answer if ok else "geen idee", response_ms=ms)
            if undo_once and not undone and day == 0 and not first:
                session.undo()  # the student takes an answer back: it must not count
                undone = True
                now[0] += STEP
                continue
            times.append(now[0])
            firsts.append(FIRST_MS if first else None)
            first = False
            now[0] += STEP
    answers = len(store.reviews())
    store.close()
    expected = sum(FIRST_MS // 1000 if f else 0 for f in firsts)
    expected += sum(STEP.seconds for f in firsts if f is None)
    return Studied(data_dir, answers, expected)


def export(data_dir: Path, content: Path, name: str, out: Path) -> None:
    assert cli.main(["--data-dir", str(data_dir), "--content", str(content),
                     "export-progress", "--name", name, "-o", str(out)]) == 0


def always(card: Card, day: int) -> bool:
    return True


def weak_in_phases(card: Card, day: int) -> bool:
    return "fasen" not in card.tags or day >= 5


def forgets_zmot(card: Card, day: int) -> bool:
    return card.id != "zmot" or day < 2  # learned it, then forgot it


CLASSROOM_CSV = """\
session,time,name,question,question_id,tags,answer,correct,response_ms,points,score,connected
quiz-ma,2026-11-10T10:00:00+00:00,Anna Jansen,1,klantreis-test/zmot,begrippen,ZMOT,yes,3200,870,870,yes
quiz-ma,2026-11-10T10:00:00+00:00,Dewi,1,klantreis-test/zmot,begrippen,zoiets,no,9000,0,0,yes
quiz-ma,2026-11-10T10:00:00+00:00,Bram de Wit,1,klantreis-test/zmot,begrippen,,no,,0,0,no
quiz-ma,2026-11-10T10:01:00+00:00,Anna Jansen,2,klantreis-test/nazorg,fasen,onwaar,yes,2500,900,1770,yes
quiz-ma,2026-11-10T10:01:00+00:00,Dewi,2,klantreis-test/nazorg,fasen,waar,no,4000,0,0,yes
quiz-ma,2026-11-10T10:02:00+00:00,Dewi,3,klas/extra,,Reflectie,yes,3000,800,800,yes
"""
CLASSROOM_QUESTIONS = """\
session,question,question_id,kind,tags,prompt,expected,answered,correct,percent_correct
quiz-ma,3,klas/extra,typed,,Wat is de laatste stap van BIEKAR?,Reflectie,1,1,100
"""


def test_class_report_from_real_exports(tmp_path: Path, content: Path, deck: Deck,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    anna = study(tmp_path, "anna", deck, always)
    bram = study(tmp_path, "bram", deck, weak_in_phases, undo_once=True)
    chris = study(tmp_path, "chris", deck, forgets_zmot)
    inbox = tmp_path / "ingeleverd"
    export(anna.data_dir, content, "Anna Jansen", inbox / "anna.json")
    export(bram.data_dir, content, "Bram de Wit", inbox / "bram.json")
    export(chris.data_dir, content, "Chris", inbox / "chris.json")
    (inbox / "quiz-ma.csv").write_text(CLASSROOM_CSV, encoding="utf-8")
    (inbox / "quiz-ma-questions.csv").write_text(CLASSROOM_QUESTIONS, encoding="utf-8")
    capsys.readouterr()

    # the hand-in holds the review log (undone answer left out) and the card descriptions
    bram_in = read_handin(inbox / "bram.json")
    assert bram_in.student == "Bram de Wit"
    assert len(bram_in.answers) == bram.answers
    assert bram_in.cards["klantreis-test/zmot"].text == "Waar staat ZMOT voor?"
    assert bram_in.cards["klantreis-test/nazorg"].tags == ("fasen",)

    out = tmp_path / "rapport" / "klas.csv"
    assert cli.main(["class-report", str(inbox), "-o", str(out)]) == 0
    screen = capsys.readouterr().out

    report = build_report([read_handin(inbox / f"{n}.json") for n in ("anna", "bram", "chris")],
                          read_classroom_csv(inbox / "quiz-ma.csv") or [])
    rows = {s.name: s for s in report.students}
    assert set(rows) == {"Anna Jansen", "Bram de Wit", "Chris", "Dewi"}
    assert rows["Anna Jansen"].right == 1.0 and rows["Anna Jansen"].retention == 1.0
    assert rows["Anna Jansen"].weakest == ()
    assert rows["Anna Jansen"].cards_studied == len(deck.cards)
    assert rows["Anna Jansen"].study_seconds == anna.seconds
    assert rows["Bram de Wit"].answers == bram.answers
    assert rows["Bram de Wit"].weakest[0][0] == "fasen"
    assert rows["Bram de Wit"].right is not None and rows["Bram de Wit"].right < 1.0
    assert rows["Chris"].weakest[0][0] == "begrippen"
    assert rows["Chris"].retention is not None and rows["Chris"].retention < 1.0
    # classroom answers are matched by name; a student without a hand-in still appears
    assert rows["Anna Jansen"].classroom_answers == 2 and rows["Anna Jansen"].classroom_right == 1
    assert rows["Bram de Wit"].classroom_answers == 0  # did not answer (disconnected)
    assert rows["Dewi"].handed_in is False and rows["Dewi"].classroom_answers == 3
    assert report.sessions == ("quiz-ma",)
    # per card: the zmot card is answered wrong by Chris every time, so it is the hardest
    # of the 'begrippen'; the touchpoint card everyone knew
    cards = {c.key: c for c in report.cards}
    assert cards["klantreis-test/touchpoint"].right == 1.0
    assert cards["klantreis-test/zmot"].students == 4  # three hand-ins and Dewi in class
    assert report.cards[0].right < 1.0
    assert report.cards[-1].right == 1.0
    topics = {row.tag: row for row in report.topics}
    assert set(topics) >= {"begrippen", "fasen", "klantreis-test"}  # untagged card: its deck

    # on screen: plain text tables
    assert "Studenten (4)" in screen
    assert "Moeilijkste kaarten" in screen
    assert "Waar staat ZMOT voor?" in screen
    assert "Klassikale quizzen meegeteld: quiz-ma" in screen
    # a classroom question no hand-in knows is named from the questions summary file
    assert "Wat is de laatste stap van BIEKAR?" in out.with_name("klas-cards.csv").read_text(
        encoding="utf-8-sig")
    anna_line = next(line for line in screen.splitlines() if line.startswith("Anna Jansen"))
    assert "100%" in anna_line

    # CSV: ';'-separated UTF-8 with BOM, three files
    with out.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0][:4] == ["naam", "kaarten", "antwoorden", "goed %"]
    by_name = {row[0]: row for row in table[1:]}
    assert by_name["Anna Jansen"][3] == "100"
    assert by_name["Bram de Wit"][2] == str(bram.answers)
    assert by_name["Dewi"][-1] == "nee"
    with out.with_name("klas-cards.csv").open(encoding="utf-8-sig", newline="") as handle:
        card_rows = list(csv.reader(handle, delimiter=";"))
    assert len(card_rows) == 1 + len(report.cards)
    assert out.with_name("klas-topics.csv").exists()


def test_two_hand_ins_of_one_student_count_once(tmp_path: Path, content: Path,
                                                deck: Deck) -> None:
    anna = study(tmp_path, "anna", deck, always, days=3)
    export(anna.data_dir, content, "Anna Jansen", tmp_path / "a1.json")
    export(anna.data_dir, content, "anna  jansen", tmp_path / "a2.json")
    report = build_report([read_handin(tmp_path / "a1.json"), read_handin(tmp_path / "a2.json")])
    (row,) = report.students
    assert row.answers == anna.answers
    assert report.notes  # the teacher is told two files were merged
    assert [note.key for note in report.notes] == ["teacher.report.merged"]


def test_two_students_with_one_name_are_pointed_out(tmp_path: Path, content: Path,
                                                    deck: Deck) -> None:
    """Seen by a teacher: Bob's hand-in with Anna's name vanished into Anna's row, and the
    note read like one student handing in twice."""
    anna = study(tmp_path, "anna", deck, always, days=2)
    bob = study(tmp_path, "bob", deck, forgets_zmot, days=2)
    export(anna.data_dir, content, "Anna de Vries", tmp_path / "a.json")
    export(bob.data_dir, content, "Anna de Vries", tmp_path / "b.json")
    report = build_report([read_handin(tmp_path / "a.json"), read_handin(tmp_path / "b.json")])
    (note,) = report.notes
    assert note.key == "teacher.report.merged-strangers"
    assert "geen enkel antwoord gemeen" in render(note)


def test_export_needs_a_name_without_a_terminal(tmp_path: Path, content: Path, deck: Deck,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    anna = study(tmp_path, "anna", deck, always, days=1)
    args = ["--data-dir", str(anna.data_dir), "export-progress", "-o", str(tmp_path / "x.json")]
    assert cli.main(args) == 2  # pytest's stdin is not a terminal
    assert "--name" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_export_asks_the_name_once_and_remembers_it(
    tmp_path: Path, content: Path, deck: Deck, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = study(tmp_path, "anna", deck, always, days=1)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["   ", "  Sanne   de Vries "])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    target = tmp_path / "uit"
    assert cli.main(["--data-dir", str(anna.data_dir), "export-progress",
                     "-o", f"{target}/"]) == 0
    assert config.load().student_name == "Sanne de Vries"
    (written,) = target.iterdir()
    assert written.name.startswith("cjtrainer-sanne-de-vries-")
    monkeypatch.setattr("builtins.input", lambda prompt: pytest.fail("asked again"))
    assert cli.main(["--data-dir", str(anna.data_dir), "export-progress",
                     "-o", str(tmp_path / "again.json")]) == 0
    assert read_handin(tmp_path / "again.json").student == "Sanne de Vries"


def test_export_without_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "leeg"
    assert cli.main(["--data-dir", str(empty), "export-progress", "--name", "X"]) == 2
    assert "nog geen voortgang" in capsys.readouterr().err
    assert not empty.exists()  # no empty database made as a side effect


def test_broken_hand_ins_are_refused_clearly(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    cases = {
        "kapot.json": "{niet af",
        "ander.json": json.dumps({"format": "iets-anders"}),
        "leeg.json": json.dumps({"format": "cjtrainer-handin", "version": 1}),
        "nieuw.json": json.dumps({"format": "cjtrainer-handin", "version": 99}),
        "latin.json": "caf\xe9",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_bytes(text.encode("latin-1"))
        assert cli.main(["class-report", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert name in err and "Traceback" not in err
    assert cli.main(["class-report", str(tmp_path / "weg.json")]) == 2
    bad_csv = tmp_path / "cijfers.csv"
    bad_csv.write_text("naam;cijfer\nAnna;8\n", encoding="utf-8")
    assert cli.main(["class-report", str(bad_csv)]) == 2
    assert "geen quizrapport" in capsys.readouterr().err


def test_classroom_summary_files_are_skipped(tmp_path: Path) -> None:
    players = tmp_path / "quiz-players.csv"
    players.write_text("session,rank,name,correct,questions,accuracy,mean_response_ms,score\n",
                       encoding="utf-8")
    assert read_classroom_csv(players) is None


def test_formula_like_names_are_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "quiz.csv"
    path.write_text(CLASSROOM_CSV.replace("Dewi", "'=HYPERLINK(1)"), encoding="utf-8")
    out = tmp_path / "r.csv"
    assert cli.main(["class-report", str(path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_study_time_counts_sittings() -> None:
    t0 = START
    times = [t0, t0 + timedelta(seconds=30), t0 + timedelta(seconds=60),  # one sitting
             t0 + timedelta(hours=2), t0 + timedelta(hours=2, seconds=10)]  # a second one
    assert study_seconds(times, [5000, None, None, None, None]) == 5 + 30 + 30 + 20 + 10


def test_exercise_attempts_count_in_the_report(tmp_path: Path, content: Path, deck: Deck) -> None:
    from cjtrainer.teacher.handin import build_handin, parse_handin

    def attempt(score: int | None, finished: str | None) -> dict[str, object]:
        return {"exercise": "telefoon-touchpoints", "title": "Touchpoints", "step": "done",
                "started_at": "2026-11-03T10:00:00+00:00", "finished_at": finished,
                "score": score, "progress": {}}

    attempts = [attempt(80, "2026-11-03T10:12:00+00:00"), attempt(None, None)]
    attempts[1]["started_at"] = "2026-11-04T10:00:00+00:00"
    anna = study(tmp_path, "anna", deck, always, days=1)
    store = Store(default_path(anna.data_dir))
    progress = store.export_json(time=START)
    store.close()
    document = build_handin(student="Anna", progress=progress, decks={deck.id: deck},
                            exercises=attempts, time=START, app_version="test")
    handin = parse_handin(tmp_path / "anna.json", json.loads(json.dumps(document)))
    (row,) = build_report([handin]).students
    assert row.exercises == 1  # the unfinished attempt does not count
    assert row.exercise_score == 0.8


def test_teacher_domain_never_imports_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import cjtrainer.teacher.handin, cjtrainer.teacher.report, cjtrainer.deck.importers\n"
        "import cjtrainer.deck.writer, cjtrainer.deck.templates, cjtrainer.teacher.export\n"
        "import cjtrainer.commands.class_report, cjtrainer.commands.export_progress\n"
        "import cjtrainer.commands.import_, cjtrainer.commands.new\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_export_survives_an_unreadable_exercise_store(
    tmp_path: Path, content: Path, deck: Deck, capsys: pytest.CaptureFixture[str]
) -> None:
    anna = study(tmp_path, "anna", deck, always, days=1)
    (anna.data_dir / "exercises.sqlite3").write_bytes(b"dit is geen database" * 100)
    export(anna.data_dir, content, "Anna", tmp_path / "a.json")
    assert read_handin(tmp_path / "a.json").answers
    # without the exercise package this is simply skipped; with it, a note is printed
    assert "Traceback" not in capsys.readouterr().err


def test_a_card_failed_and_repeated_the_same_day_counts_once(tmp_path: Path) -> None:
    from cjtrainer.teacher.handin import parse_handin

    def review(uid: str, when: str, verdict: str, phase: int = 0) -> dict[str, object]:
        return {"uid": uid, "deck": "d", "card": "c", "time": when, "rating": 3,
                "verdict": verdict, "response_ms": 1000, "mode": "study", "phase_before": phase}

    document = {
        "format": "cjtrainer-handin", "version": 1, "student": "Eva",
        "progress": {"reviews": [
            review("1", "2026-11-02T09:00:00+00:00", "wrong"),
            review("2", "2026-11-02T09:01:00+00:00", "wrong", 1),
            review("3", "2026-11-02T09:11:00+00:00", "right", 1),
            review("4", "2026-11-05T09:00:00+00:00", "right", 2),
            review("5", "2026-11-05T09:00:30+00:00", "right", 2),  # undone below
        ], "undone": [{"uid": "5", "time": "2026-11-05T09:00:40+00:00"}]},
        "cards": {"d/c": {"deck": "d", "type": "typed", "text": "Vraag", "tags": ["t"]}},
    }
    handin = parse_handin(tmp_path / "eva.json", document)
    report = build_report([handin])
    (row,) = report.students
    assert row.answers == 4  # every answer, the undone one left out
    assert row.right == 0.5  # day 1: first answer wrong; day 4: right
    assert row.retention == 1.0
    (card,) = report.cards
    assert (card.answers, card.right) == (2, 0.5)
    assert row.study_seconds == 1 + 60 + 1 + 1  # 09:11 and 5 Nov start new sittings


def test_hardest_cards_from_one_model_can_be_told_apart_on_screen() -> None:
    # Derived cards share a long id prefix and their prompt's first sentence; the screen
    # table must keep what differs: the end of the id and the prompt's last paragraph.
    from cjtrainer.commands.class_report import render_text
    from cjtrainer.teacher.report import ClassroomAnswer

    prompt = "Welk onderdeel van de klantreis in vijf fasen wordt hier beschreven?\n\n{}"
    answers = [
        ClassroomAnswer("s", "Ada", f"fasen-klantreis/vijf-fasen.choice.{slug}", ("fasen",),
                        False, 1000, prompt.format(description))
        for slug, description in (("afleveren", "Het product komt bij de klant."),
                                  ("customer-care", "De service na de aankoop."))
    ]
    screen = render_text(build_report([], answers))
    assert "vijf-fasen.choice.afleveren" in screen
    assert "vijf-fasen.choice.customer-care" in screen
    assert "Het product komt bij de klant." in screen
    assert "De service na de aankoop." in screen


def test_class_report_and_export_read_a_serve_root(tmp_path: Path, content: Path, deck: Deck,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Browser students (cjtrainer serve) hand in nothing: the teacher's commands read their
    folders under the serve root directly, by the name each signed in with."""
    from cjtrainer.teacher.served import write_student

    root = tmp_path / "serve"
    anna = study(tmp_path, "anna", deck, always, days=2)
    folder = root / "students" / "anna-de-vries-1a2b3c4d"
    folder.mkdir(parents=True)
    anna.data_dir.rename(folder / "data")
    write_student(folder, folder.name, "Anna de Vries")
    empty = root / "students" / "bo-5e6f7a8b"
    (empty / "data").mkdir(parents=True)
    write_student(empty, empty.name, "Bo")

    assert cli.main(["--content", str(content), "class-report", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "Anna de Vries" in out and str(anna.answers) in out
    assert "1 student zonder voortgang" in err

    hand_ins = tmp_path / "inleveren"
    assert cli.main(["--content", str(content), "export-progress", "--root", str(root),
                     "-o", str(hand_ins)]) == 0
    (written,) = hand_ins.iterdir()
    assert "Anna de Vries" in written.read_text(encoding="utf-8")
    assert cli.main(["export-progress", "--root", str(tmp_path / "nergens")]) == 2


# --- per deck, overrides, exercises, filters, order, dates, rounding ------------------------


def _csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_overrides_per_card_name_what_students_typed(
    tmp_path: Path, content: Path, deck: Deck, capsys: pytest.CaptureFixture[str]
) -> None:
    """'Ik had het goed' in a real session, read from a serve root: the report counts it
    on the card and names what the students typed, so the teacher can add it to the deck."""
    from cjtrainer.teacher.served import write_student

    root = tmp_path / "serve"
    for name, typed in (("Sanne de Vries", "contactpunt"), ("Jan van der Berg", "contactpunt"),
                        ("Anna Jansen", "klantcontact")):
        data_dir = root / "students" / name.split()[0].lower() / "data"
        data_dir.mkdir(parents=True)
        write_student(data_dir.parent, data_dir.parent.name, name)
        store = Store(default_path(data_dir))
        session = StudySession(store, [deck], clock=lambda: START, rng=random.Random(1),
                               scheduler=Scheduler(), learn_mode=False)
        card = deck.card("touchpoint")
        assert isinstance(card, TypedCard)
        session.present(card)
        assert not session.answer(card, typed, response_ms=3000).grade.correct  # type: ignore[union-attr]
        assert session.override() is not None
        store.close()

    out = tmp_path / "rapport.csv"
    assert cli.main(["--content", str(content), "class-report", str(root), "-o", str(out)]) == 0
    screen = capsys.readouterr().out
    section = screen.split("'Ik had het goed' per kaart")[1]
    line = next(row for row in section.splitlines() if "klantreis-test/touchpoint" in row)
    assert " 3 " in line and "contactpunt | klantcontact" in line  # most often typed first
    cards = {row[0]: row for row in _csv(out.with_name("rapport-cards.csv"))}
    header = _csv(out.with_name("rapport-cards.csv"))[0]
    touchpoint = dict(zip(header, cards["klantreis-test/touchpoint"], strict=True))
    assert touchpoint["ik had het goed"] == "3"
    assert touchpoint["getypt"] == "contactpunt | klantcontact"
    assert dict(zip(header, cards["klantreis-test/touchpoint"], strict=True))["goed %"] == "100"
    # served students are listed by surname, tussenvoegsels left out
    names = [row[0] for row in _csv(out)[1:]]
    assert names == ["Jan van der Berg", "Anna Jansen", "Sanne de Vries"]


def test_learned_per_deck_as_the_home_screen_counts_it(
    tmp_path: Path, content: Path, deck: Deck, capsys: pytest.CaptureFixture[str]
) -> None:
    from cjtrainer.learn.counts import learned

    anna = study(tmp_path, "anna", deck, weak_in_phases, days=3)
    store = Store(default_path(anna.data_dir))
    expected = sum(learned(state) for state in store.states().values())
    store.close()
    assert 0 < expected < len(deck.cards)  # some learned, not all: the count is telling
    export(anna.data_dir, content, "Anna Jansen", tmp_path / "in" / "anna.json")

    out = tmp_path / "r.csv"
    assert cli.main(["--content", str(content), "class-report", str(tmp_path / "in"),
                     "-o", str(out)]) == 0
    screen = capsys.readouterr().out
    assert "Geleerd per deck" in screen
    assert f"{expected} van {len(deck.cards)}" in screen
    decks = _csv(out.with_name("r-decks.csv"))
    assert decks[0] == ["naam", "deck", "geleerd", "kaarten in deck"]
    assert decks[1:] == [["Anna Jansen", "klantreis-test", str(expected), str(len(deck.cards))]]

    # without the teacher having the deck, the hand-in's own deck size counts
    assert cli.main(["class-report", str(tmp_path / "in")]) == 0
    assert f"{expected} van {len(deck.cards)}" in capsys.readouterr().out
    # an older hand-in (no deck sizes) still reads: Y is then the cards it knows of
    data = json.loads((tmp_path / "in" / "anna.json").read_text(encoding="utf-8"))
    del data["deck_sizes"]
    old = tmp_path / "oud" / "anna.json"
    old.parent.mkdir()
    old.write_text(json.dumps(data), encoding="utf-8")
    (row,) = build_report([read_handin(old)]).students
    assert row.decks[0].learned == expected and row.decks[0].total >= expected


def test_exercise_answers_and_self_scores_by_exercise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.exercise.model import Mark
    from cjtrainer.exercise.session import ExerciseSession
    from cjtrainer.paths import bundled_content_dir

    exercise = load_catalog([bundled_content_dir()]).exercises["telefoon-touchpoints"]
    inbox = tmp_path / "inbox"
    scores = {}
    for name, mark in (("Sanne de Vries", Mark.GOED), ("Bram Bakker", Mark.DEELS)):
        data_dir = tmp_path / name
        session = ExerciseSession.open(data_dir, exercise, lambda: START)
        for s, section in enumerate(exercise.sections):
            for i in range(section.answers):
                session.set_answer(s, i, f"{name.split()[0]} {s}-{i}")
        session.submit()
        for s, section in enumerate(exercise.sections):
            for i in range(section.answers):
                session.set_mark(s, i, mark)
        for k in range(len(exercise.rubric)):
            session.set_rubric(k, 1)
        session.set_reflection(f"Reflectie van {name.split()[0]}")
        scores[name] = session.finish().percent
        session.close()
        assert cli.main(["--data-dir", str(data_dir), "export-progress", "--name", name,
                         "-o", str(inbox / f"{name}.json")]) == 0
    capsys.readouterr()

    out = tmp_path / "r.csv"
    assert cli.main(["class-report", str(inbox), "-o", str(out)]) == 0
    screen = capsys.readouterr().out
    part = screen.split(f"Oefening: {exercise.title} (telefoon-touchpoints)")[1]
    first = exercise.sections[0].title
    assert part.index("Bram Bakker") < part.index("Sanne de Vries")  # by surname
    assert f"{first} 1: Sanne 0-0 — Goed" in part
    assert f"{first} 1: Bram 0-0 — Deels" in part
    assert f"{exercise.rubric[0].text.split()[0]}" in part and exercise.scale[1] in part
    # a criterion's line is its text and the student's step, no empty answer between
    criterion = next(line for line in part.splitlines()
                     if line.strip().startswith(exercise.rubric[0].text.split()[0]))
    assert criterion.endswith(f": {exercise.scale[1]}") and ":  —" not in part, criterion
    assert "Reflectie van Sanne" in part

    rows = _csv(out.with_name("r-exercises.csv"))
    header = rows[0]
    sanne = [dict(zip(header, row, strict=True)) for row in rows[1:]
             if row[0] == "Sanne de Vries"]
    assert {row["zelfscore %"] for row in sanne} == {str(scores["Sanne de Vries"])}
    assert scores["Sanne de Vries"] != scores["Bram Bakker"]
    answer = next(row for row in sanne if row["onderdeel"] == first and row["nr"] == "1")
    assert (answer["antwoord"], answer["eigen oordeel"]) == ("Sanne 0-0", "Goed")
    assert answer["afgerond"] == START.astimezone().strftime("%Y-%m-%d %H:%M")
    criterion = next(row for row in sanne if row["onderdeel"] == exercise.rubric[0].text)
    assert criterion["eigen oordeel"] == exercise.scale[1]

    # a hand-in from before the section names: the answers are numbered, not lost
    data = json.loads((inbox / "Sanne de Vries.json").read_text(encoding="utf-8"))
    for attempt in data["exercises"]:
        for extra in ("sections", "criteria", "scale"):
            del attempt[extra]
    old = tmp_path / "oud.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    (attempt,) = read_handin(old).exercises
    assert attempt.answers[0].part == "1" and attempt.answers[0].text == "Sanne 0-0"
    assert isinstance(attempt.answers[0].verdict, Message)  # the report renders it
    assert render(attempt.answers[0].verdict) == "Goed"


def test_deck_and_since_filters(tmp_path: Path, content: Path, deck: Deck,
                                capsys: pytest.CaptureFixture[str]) -> None:
    other = content / "ander.yaml"
    other.write_text(DECK.replace("deck: klantreis-test", "deck: ander"), encoding="utf-8")
    ander = load_file(other).deck
    assert ander is not None
    data_dir = tmp_path / "students" / "anna"
    data_dir.mkdir(parents=True)
    store = Store(default_path(data_dir))
    for day in range(4):  # both decks, four days
        now = START + timedelta(days=day)
        session = StudySession(store, [deck, ander], clock=lambda now=now: now,
                               rng=random.Random(day), scheduler=Scheduler(), learn_mode=False)
        for _ in range(8):
            card = session.next_card()
            if card is None:
                break
            session.present(card)
            if isinstance(card, Flashcard):
                session.rate(card, Rating.GOOD, response_ms=2000)
            elif isinstance(card, TrueFalseCard):
                session.answer(card, card.answer, response_ms=2000)
            else:
                assert isinstance(card, TypedCard)
                session.answer(card, card.answer, response_ms=2000)
    reviews = store.reviews()
    store.close()
    export(data_dir, content, "Anna", tmp_path / "in" / "anna.json")
    handin = read_handin(tmp_path / "in" / "anna.json")
    since = START + timedelta(days=2)

    report = build_report([handin], decks=["ander"])
    (row,) = report.students
    assert row.answers == sum(r.deck == "ander" for r in reviews) > 0
    assert {c.key.partition("/")[0] for c in report.cards} == {"ander"}
    assert [d.deck for d in row.decks] == ["ander"] and report.decks == ("ander",)
    (row,) = build_report([handin], since=since).students
    assert row.answers == sum(r.time >= since for r in reviews) > 0
    assert row.answers < len(reviews)

    day = since.astimezone().date().isoformat()
    assert cli.main(["--content", str(content), "class-report", str(tmp_path / "in"),
                     "--deck", "ander", "--since", day, "--deck", "weg"]) == 0
    out, err = capsys.readouterr()
    expected = sum(r.deck == "ander" and r.time.astimezone().date().isoformat() >= day
                   for r in reviews)
    anna = next(line for line in out.splitlines() if line.startswith("Anna"))
    assert anna.split()[2] == str(expected)
    assert "weg" in err and "klantreis-test" not in out
    assert cli.main(["class-report", str(tmp_path / "in"), "--since", "gisteren"]) == 2
    assert "JJJJ-MM-DD" in capsys.readouterr().err


def test_surname_order_with_tussenvoegsels() -> None:
    from cjtrainer.teacher.names import surname_key

    names = ["Sanne de Vries", "Anna Jansen", "Jan van der Berg", "Dewi", "Kees ten Brink",
             "Eva 't Hart", "Mo Vos"]
    assert sorted(names, key=surname_key) == [
        "Jan van der Berg", "Kees ten Brink", "Dewi", "Eva 't Hart", "Anna Jansen", "Mo Vos",
        "Sanne de Vries"]


def test_screen_and_csv_round_alike_and_dates_are_local(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from cjtrainer.commands.class_report import render_text, write_csv
    from cjtrainer.teacher.handin import parse_handin

    def review(uid: str, second: int, verdict: str) -> dict[str, object]:
        moment = START + timedelta(seconds=second)
        return {"uid": uid, "deck": "d", "card": uid, "time": moment.isoformat(), "rating": 3,
                "verdict": verdict, "response_ms": 0, "mode": "study", "phase_before": 0}

    # 8 answers, 5 right: 62.5 %; 90 s of study: 1.5 minutes
    verdicts = ["right"] * 5 + ["wrong"] * 3
    document = {"format": "cjtrainer-handin", "version": 1, "student": "Eva",
                "progress": {"reviews": [review(str(i), [0, 10, 20, 30, 40, 50, 60, 90][i], v)
                                         for i, v in enumerate(verdicts)]}}
    report = build_report([parse_handin(tmp_path / "eva.json", document)])
    assert report.students[0].study_seconds == 90
    line = next(row for row in render_text(report).splitlines() if row.startswith("Eva"))
    assert "63%" in line and "2 min" in line
    out = tmp_path / "r.csv"
    write_csv(report, out, tz=ZoneInfo("Europe/Amsterdam"))
    rows = _csv(out)
    eva = dict(zip(rows[0], rows[1], strict=True))
    assert eva["goed %"] == "63" and eva["studietijd (min)"] == "2"
    assert eva["laatst actief"] == "2026-11-02 10:01"  # 09:01:30 UTC is 10:01 in Amsterdam


def test_cloze_text_without_braces(tmp_path: Path) -> None:
    from cjtrainer.teacher.handin import parse_handin, plain_cloze

    assert plain_cloze("Een {{touchpoint|contactmoment}} is een {{ contact }}.") == (
        "Een [touchpoint] is een [contact].")
    document = {"format": "cjtrainer-handin", "version": 1, "student": "Eva",
                "progress": {"reviews": [
                    {"uid": "1", "deck": "d", "card": "c", "time": START.isoformat(),
                     "rating": 1, "verdict": "wrong"}]},
                "cards": {"d/c": {"deck": "d", "type": "cloze", "tags": [],
                                  "text": "De {{reflectie}} komt als laatste."}}}
    (card,) = build_report([parse_handin(tmp_path / "e.json", document)]).cards
    assert card.text == "De [reflectie] komt als laatste."


def test_odd_card_states_never_refuse_a_hand_in(tmp_path: Path) -> None:
    from cjtrainer.teacher.handin import parse_handin

    document = {"format": "cjtrainer-handin", "version": 1, "student": "Eva",
                "progress": {"reviews": [], "cards": [
                    {"key": "d/a", "phase": 2}, {"key": "d/b", "phase": "twee"}, {"phase": 2},
                    "kapot", {"key": "d/c", "phase": True}]},
                "deck_sizes": {"d": 4, "e": -1, "f": "veel"}}
    handin = parse_handin(tmp_path / "eva.json", document)
    assert handin.phases == {"d/a": 2} and handin.deck_sizes == {"d": 4}
    (row,) = build_report([handin]).students
    assert [(d.deck, d.learned, d.total) for d in row.decks] == [("d", 1, 4)]


def test_the_report_never_writes_over_a_file_it_reads_or_a_strangers_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seen by a teacher: -o pointed at a student's hand-in replaced it with the CSV."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    quiz = inbox / "quiz.csv"
    quiz.write_text(CLASSROOM_CSV, encoding="utf-8")
    handin = inbox / "anna.json"
    handin.write_text("{}", encoding="utf-8")  # damaged, so skipped, but read
    kept = {path: path.read_bytes() for path in (quiz, handin)}

    def refused(*args: str) -> str:
        assert cli.main(["class-report", *args]) == 2
        return capsys.readouterr().err

    # over an input, given by name or found in a folder; with --force too
    assert "een van de bestanden die ik lees" in refused(str(quiz), "-o", str(quiz))
    assert "anna.json" in refused(str(inbox), "-o", str(handin), "--force")
    # a companion file (-cards, ...) counts as well
    companion = inbox / "klas-cards.csv"
    companion.write_text(CLASSROOM_CSV, encoding="utf-8")
    kept[companion] = companion.read_bytes()
    assert "klas-cards.csv" in refused(str(inbox), "-o", str(inbox / "klas.csv"), "--force")
    # not CSV, a folder
    assert "als CSV" in refused(str(quiz), "-o", str(tmp_path / "r.xlsx"))
    assert "is een map" in refused(str(quiz), "-o", str(inbox))
    # a file of someone else's: only with --force
    grades = tmp_path / "cijfers.csv"
    grades.write_bytes(b"mijn cijfers;8\r\n")
    assert "--force" in refused(str(quiz), "-o", str(grades))
    assert grades.read_bytes() == b"mijn cijfers;8\r\n"
    for path, data in kept.items():
        assert path.read_bytes() == data
    assert not (tmp_path / "r.xlsx").exists()

    # an earlier report (of either language) is replaced: a re-run updates it
    out = tmp_path / "klas.csv"
    assert cli.main(["class-report", str(quiz), "-o", str(out)]) == 0
    assert cli.main(["--lang", "en", "class-report", str(quiz), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("name;")
    assert cli.main(["class-report", str(quiz), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("naam;")
    assert cli.main(["class-report", str(quiz), "-o", str(grades), "--force"]) == 0
    assert grades.read_text(encoding="utf-8-sig").startswith("naam;")
    # the report kept in the folder it reads: the next run reads past it and replaces it
    companion.unlink()
    assert cli.main(["class-report", str(inbox), "-o", str(inbox / "klas.csv")]) == 0
    assert cli.main(["class-report", str(inbox), "-o", str(inbox / "klas.csv")]) == 0
    assert quiz.read_bytes() == kept[quiz] and handin.read_bytes() == kept[handin]


def test_a_report_that_cannot_be_written_says_why_in_dutch(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quiz = tmp_path / "quiz.csv"
    quiz.write_text(CLASSROOM_CSV, encoding="utf-8")
    (tmp_path / "weg").write_text("een bestand, geen map", encoding="utf-8")
    assert cli.main(["class-report", str(quiz), "-o", str(tmp_path / "weg" / "klas.csv")]) == 2
    assert "er staat al een bestand met die naam" in capsys.readouterr().err
