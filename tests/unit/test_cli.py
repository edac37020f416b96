"""The validate and decks commands, run as a teacher runs them (a real process)."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cjtrainer import argparse_nl, cli, i18n
from cjtrainer.i18n import LANGUAGES

DATA = Path(__file__).parent.parent / "data"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cjtrainer", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=60)


def broken_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mijn-decks"
    folder.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", folder / "goed.yaml")
    (folder / "kapot.yaml").write_text(
        "deck: kapot\ntitle: Kapot\ncards:\n  - id: a\n    type: typed\n    prompt: P\n"
        "    anwser: x\n    explain: x\n"
        "  - id: b\n    type: typed\n    prompt: P\n    explain: x\n", encoding="utf-8")
    return folder


def test_valid_file_passes_with_only_a_summary(tmp_path: Path) -> None:
    result = run("validate", str(DATA / "valid_deck.yaml"))
    assert (result.returncode, result.stdout) == (0, "")  # stdout: the problems, none
    assert result.stderr == "1 bestand gecontroleerd: geen problemen.\n"
    english = run("--lang", "en", "validate", str(DATA / "valid_deck.yaml"))
    assert (english.returncode, english.stderr) == (0, "1 file checked: no problems.\n")


def test_problems_are_listed_with_line_and_exit_1(tmp_path: Path) -> None:
    folder = broken_folder(tmp_path)
    result = run("validate", str(folder))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert f"{folder / 'kapot.yaml'}:9:5: error[missing-key] kaart 'b' mist de verplichte sleutel 'answer'" in lines
    assert any(":7:5: error[unknown-key]" in line and "'answer'" in line for line in lines)
    # 'anwser' is one problem ("did you mean 'answer'?"), not also "card a misses 'answer'"
    assert not any("kaart 'a' mist" in line for line in lines)
    assert "Traceback" not in result.stderr


def test_json_format_and_english(tmp_path: Path) -> None:
    folder = broken_folder(tmp_path)
    result = run("--lang", "en", "validate", "--format", "json", str(folder))
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert {p["code"] for p in problems} == {"missing-key", "unknown-key"}
    assert all(p["path"].endswith("kapot.yaml") and p["line"] >= 1 for p in problems)
    assert any("did you mean 'answer'" in p["message"] for p in problems)


def test_strict_fails_on_warnings(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text("deck: w\ntitle: W\ncards:\n  - {id: a, type: truefalse, statement: S, answer: true}\n",
                    encoding="utf-8")
    assert run("validate", str(path)).returncode == 0
    assert run("validate", "--strict", str(path)).returncode == 1


def test_missing_path_is_a_user_error() -> None:
    result = run("validate", "/geen/map/hier")
    assert result.returncode == 2
    assert "Bestaat niet" in result.stderr and "Traceback" not in result.stderr


def test_duplicate_deck_id_across_folders_names_both_files(tmp_path: Path) -> None:
    one, two = tmp_path / "een", tmp_path / "twee"
    one.mkdir()
    two.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", one / "a.yaml")
    shutil.copy(DATA / "valid_deck.yaml", two / "b.yaml")
    result = run("validate", str(one), str(two))
    assert result.returncode == 1
    assert "duplicate-deck" in result.stdout and "a.yaml" in result.stdout
    decks = run("--content", str(one), "--content", str(two), "decks")
    assert decks.returncode == 0
    assert "testdeck" in decks.stdout and "b.yaml" in decks.stdout  # skipped, with the reason


def test_decks_lists_cards_with_derived_ones_and_skips_broken(tmp_path: Path) -> None:
    folder = broken_folder(tmp_path)
    result = run("decks", "--content", str(folder), "--format", "json")
    data = json.loads(result.stdout)
    mine = [d for d in data["decks"] if d["id"] == "testdeck"]
    assert mine and mine[0]["cards"] == 8 + 1 + (2 + 3 * 2 + 2)  # own + reverse + derived
    assert mine[0]["folder"] == str(folder)
    assert [Path(s["path"]).name for s in data["skipped"]] == ["kapot.yaml"]


def test_content_from_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = broken_folder(tmp_path)
    monkeypatch.setenv("CJTRAINER_CONTENT", str(folder))
    assert "testdeck" in run("decks").stdout


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("cjtrainer ")


def test_argparse_speaks_the_ui_language() -> None:
    dutch = run("import")
    assert dutch.returncode == 2 and "fout: deze argumenten ontbreken: FILE" in dutch.stderr
    assert run("validate", "--help").stdout.startswith("gebruik: cjtrainer validate")
    english = run("--lang", "en", "import")
    assert "error: the following arguments are required: FILE" in english.stderr


def test_help_is_dutch_by_default_and_english_with_lang_en() -> None:
    dutch = run("validate", "--help").stdout
    assert "Controleer decks en oefeningen." in dutch and "globale opties:" in dutch
    english = run("--lang", "en", "validate", "--help").stdout
    assert english.startswith("usage: cjtrainer validate")
    assert "Check decks and exercises." in english and "global options:" in english
    assert "Controleer" not in english and "opties" not in english


def _help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every text a --help of the parser or one of its commands can show (not the names)."""
    yield from filter(None, [parser.description])
    for group in parser._action_groups:
        yield from filter(None, [group.title])
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            yield from (choice.help for choice in action._choices_actions if choice.help)
            for command in action.choices.values():
                yield from _help_texts(command)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_help_text_of_every_command_is_a_catalogue_text_in_the_ui_language(
    language: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(argparse, "_", argparse._)  # argparse_nl.install() is undone after
    i18n.set_language(language)
    argparse_nl.install()
    texts = set(_help_texts(cli.build_parser()))
    assert len(texts) > 50
    assert sorted(texts - {entry[language] for entry in i18n.catalogue().values()}) == []
