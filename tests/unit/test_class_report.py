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
    from cjtrainer.teacher.report import ClassroomAnswer, render_text

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
