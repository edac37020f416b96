"""Every command, fed decks, a word list, an exercise and names full of terminal escape codes,
prints none of them: what reaches stdout and stderr (real processes) and the files the
commands write is inert (cjtrainer/inert.py). docs/security.md lists what this proves."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cjtrainer.deck.load import load_file
from cjtrainer.exercise.model import Mark
from cjtrainer.exercise.session import ExerciseSession
from cjtrainer.learn.scheduling import CardState, Rating, Scheduler
from cjtrainer.learn.store import Store
from tests.unit.support import EVIL_NAME, acting

ESCAPES = Path(__file__).parents[1] / "data" / "escapes"
def assert_inert(data: bytes, what: str) -> None:
    assert b"\x1b" not in data, f"{what}: an ESC byte"
    text = data.decode("utf-8")  # also: never a lone surrogate
    assert not acting(text), f"{what}: {sorted(set(acting(text)))!r}"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    done = subprocess.run([sys.executable, "-m", "cjtrainer", *args], capture_output=True,
                          cwd=cwd, timeout=60, stdin=subprocess.DEVNULL)
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert_inert(done.stdout, f"{args}: stdout")
    assert_inert(done.stderr, f"{args}: stderr")
    return done


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The escape-laden deck and exercise, plus a broken deck under an escape-laden file
    name (so `decks` lists it among the skipped files)."""
    folder = tmp_path / "content"
    folder.mkdir()
    for name in ("boos.yaml", "oefen-boos.yaml"):
        shutil.copy(ESCAPES / name, folder / name)
    (folder / EVIL_NAME).write_text(
        "deck: naam\ntitle: Naam\ncards:\n  - {id: a, type: truefalse, statement: s, "
        "answer: soms, explain: e}\n", encoding="utf-8")
    return folder


def test_the_deck_loads_with_its_escape_codes_shown_not_obeyed(content: Path) -> None:
    result = load_file(content / "boos.yaml")
    deck = result.deck
    assert deck is not None, result.problems
    assert deck.title == "Boos ^[[2J^[]0;PWNED^G<9b>31mdeck"  # the bidi override is gone
    assert deck.description == "Beschrijving ^[[2J<9b>31m\nregel twee ^[]0;PWNED^G"
    card = deck.card("kaart")
    assert card is not None and card.back.count("\n") == 1  # type: ignore[attr-defined]
    texts = json.dumps([repr(c) for c in deck.cards] + [repr(m) for m in deck.models])
    assert not acting(json.loads(texts)[0]) and "\\x1b" not in texts and "\\x9b" not in texts


def test_decks_validate_and_stats_print_no_escape_codes(tmp_path: Path, content: Path) -> None:
    shutil.copy(ESCAPES / "kapot.yaml", content / "kapot.yaml")
    where = ("--content", str(content))
    listed = run(*where, "decks", cwd=tmp_path)
    assert "Boos ^[[2J^[]0;PWNED^G<9b>31mdeck" in listed.stdout.decode()
    assert "^[]0;NAAM^G<9b>2Jbestand.yaml" in listed.stdout.decode()  # among the skipped
    run(*where, "decks", "--format", "json", cwd=tmp_path)
    checked = run(*where, "validate", cwd=tmp_path)
    assert checked.returncode == 1
    out = checked.stdout.decode()
    assert "'sleutel^[]0;PWNED^G'" in out and "'flash^[[2Jcard'" in out  # bad key, bad type
    assert "'kapot^[[2J'" in out and "'a^[[31m<9b>1m'" in out  # bad ids
    as_json = run(*where, "validate", "--format", "json", cwd=tmp_path)
    assert any("sleutel^[]0;PWNED^G" in p["message"] for p in json.loads(as_json.stdout))
    run(*where, "validate", str(content / EVIL_NAME), str(content / "kapot.yaml"), cwd=tmp_path)
    run(*where, "--lang", "en", "validate", "--strict", str(content), cwd=tmp_path)

    data_dir = Path(os.environ["CJTRAINER_DATA_DIR"])
    with Store(data_dir / "progress.sqlite3") as store:  # progress, so stats names cards
        for key in ("boos/kaart", "boos/keuze", "boos/typen"):
            at = datetime.now(UTC) - timedelta(minutes=5)
            for rating in (Rating.AGAIN, Rating.AGAIN, Rating.GOOD):
                before = store.state(key)
                after = Scheduler().review(before or CardState(key=key, siblings=key), rating, at)
                store.record(after, before, time=at, rating=int(rating), mode="study",
                             response_ms=4000)
                at += timedelta(minutes=1)
    stats = run(*where, "stats", cwd=tmp_path)
    assert "Voorkant ^[[2J" in stats.stdout.decode()  # among the hardest cards
    run(*where, "stats", "--deck", "boos", "--json", cwd=tmp_path)


def test_import_writes_a_deck_without_control_bytes(tmp_path: Path) -> None:
    source = tmp_path / "woorden\x1b]0;CSV\x07.csv"
    source.write_text(
        "begrip;omschrijving;\x1b[2Jextra\n"
        "term \x1b[2J\x1b]0;PWNED\x07;uitleg \x9b31m\u202e;derde \x1b[31m\n"
        "tweede &#27;[2J;&lt;b&gt; \x1b[0m\n"  # an HTML entity is an ESC as well
        "alleen \x1b[2J\n"  # one column: skipped, and quoted in the report
        "term \x1b[2J\x1b]0;PWNED\x07;dubbel \x1b[2J\n"  # a duplicate: quoted too
        "vierde;\x1b]0;PWNED\x07 vier\n", encoding="utf-8")
    output = tmp_path / "uit.yaml"
    done = run("import", str(source), "--id", "woorden", "--title", "Titel \x1b[2J",
               "-o", str(output), cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    written = output.read_bytes()
    assert_inert(written, "imported deck")
    assert b"\\e" not in written and b"\\x1b" not in written and b"\\u202e" not in written
    deck = load_file(output).deck
    assert deck is not None and deck.title == "Titel ^[[2J"
    assert deck.card("term-2j-0-pwned") is not None or len(deck.cards) == 3
    to_screen = run("import", str(source), "--id", "woorden", "--as", "choice", "-o", "-",
                    cwd=tmp_path)
    assert b"deck: woorden" in to_screen.stdout
    run("import", str(source), "--id", "woorden", "--as", "typed", "-o", str(output),
        cwd=tmp_path)  # the output exists: refused, quoting the file name


def test_new_writes_no_control_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "map \x1b[2J"
    done = run("new", "deck", "mijn-deck", "--title", "Titel \x1b]0;PWNED\x07\u202e",
               "-o", f"{folder}/", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert_inert((folder / "mijn-deck.yaml").read_bytes(), "new deck")
    run("new", "exercise", "mijn-oefening", "--title", "\x9b2J", "-o", f"{folder}/",
        cwd=tmp_path)


def test_exercise_commands_and_hand_ins_print_no_escape_codes(
    tmp_path: Path, content: Path
) -> None:
    where = ("--content", str(content))
    listed = run(*where, "exercise", "list", cwd=tmp_path)
    assert "Oefening ^[[2J" in listed.stdout.decode()
    exercise = load_file(content / "oefen-boos.yaml").exercise
    assert exercise is not None
    data_dir = Path(os.environ["CJTRAINER_DATA_DIR"])
    session = ExerciseSession.open(data_dir, exercise, lambda: datetime.now(UTC))
    session.set_answer(0, 0, "mijn antwoord \x1b[2J\x1b]0;PWNED\x07")
    session.submit()
    session.to_assess()
    session.set_mark(0, 0, Mark.GOED)
    session.set_rubric(0, 1)
    session.set_reflection("reflectie \x1b[2J\nregel \x9b31m")
    session.finish()
    session.close()
    run(*where, "exercise", "history", cwd=tmp_path)
    name = "Sam \x1b]0;NAAM\x07\u202e"
    shown = run(*where, "exercise", "export", "oefen-boos", "-o", "-", "--name", name,
                cwd=tmp_path)
    assert "mijn antwoord ^\\[\\[2J" in shown.stdout.decode()  # Markdown-escaped too
    run(*where, "exercise", "export", "oefen-boos", "-o", f"{tmp_path}/", "--name", name,
        cwd=tmp_path)
    for handed_in in tmp_path.glob("*.md"):
        assert_inert(handed_in.read_bytes(), handed_in.name)

    hand_ins = tmp_path / "inleveren"
    hand_ins.mkdir()
    run(*where, "export-progress", "--name", name, "-o", str(hand_ins / "sam.json"),
        cwd=tmp_path)
    run(*where, "export-progress", "--name", name, "-o", "-", cwd=tmp_path)
    assert_inert((hand_ins / "sam.json").read_bytes(), "hand-in")
    assert "Sam ^[]0;NAAM^G" in (hand_ins / "sam.json").read_text(encoding="utf-8")
    (hand_ins / "ander.json").write_text(  # a hand-in made by hand, name and all
        (hand_ins / "sam.json").read_text(encoding="utf-8").replace(
            "Sam ^[]0;NAAM^G", "Bo \\u001b]0;NAAM\\u0007\\u202e"), encoding="utf-8")
    run(*where, "class-report", str(hand_ins), "-o", str(tmp_path / "klas.csv"), cwd=tmp_path)


def test_a_raw_escape_byte_in_a_deck_file_is_refused_without_echo(tmp_path: Path) -> None:
    raw = tmp_path / "rauw.yaml"
    raw.write_bytes(b"deck: rauw\ntitle: \x1b[2J\ncards: []\n")
    done = run("validate", str(raw), cwd=tmp_path)
    assert done.returncode == 1 and b"error[yaml-syntax]" in done.stdout
    raw.write_bytes(b"deck: rauw\ntitle: \x9b[2J\ncards: []\n")  # a C1 byte: not UTF-8
    assert b"error[not-utf8]" in run("validate", str(raw), cwd=tmp_path).stdout


def test_a_lone_surrogate_never_reaches_a_deck(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    """libyaml refuses "\\ud800"; the pure-Python parser accepts it: inert() replaces it."""
    import yaml

    from cjtrainer.deck import load, source

    path = tmp_path / "s.yaml"
    data = (b'deck: s\ntitle: "x\\ud800y"\ncards:\n  - {id: a, type: truefalse, '
            b'statement: "\\udfff", answer: waar, explain: e}\n')
    assert load.load_bytes(path, data).deck is None  # libyaml: refused with a problem
    monkeypatch.setattr(source, "Loader", yaml.SafeLoader)
    deck = load.load_bytes(path, data).deck
    assert deck is not None and deck.title == "x\ufffdy"
    assert deck.cards[0].statement == "\ufffd"  # type: ignore[attr-defined]


def test_the_error_log_gets_no_escape_codes(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from cjtrainer import cli
    from cjtrainer.commands import decks

    def broken(args: object) -> int:
        raise ValueError("deck text \x1b]0;PWNED\x07\x9b2J\u202e")

    monkeypatch.setattr(decks, "run", broken)
    assert cli.main(["decks"]) == 70  # a bug: logged, a line on the screen
    log = Path(os.environ["CJTRAINER_DATA_DIR"]) / "cjtrainer.log"
    assert_inert(log.read_bytes(), "cjtrainer.log")
    assert "deck text ^[]0;PWNED^G<9b>2J" in log.read_text(encoding="utf-8")
    assert not acting(capsys.readouterr().err.replace("\n", ""))
