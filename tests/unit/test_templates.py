"""cjtrainer new deck|exercise: templates that validate and show everything; the YAML writer."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from cjtrainer import cli, i18n
from cjtrainer.deck.load import load_bytes, load_file
from cjtrainer.deck.model import CARD_TYPES, ChoiceCard, ListCard, TypedCard
from cjtrainer.deck.templates import render, template_text
from cjtrainer.deck.writer import deck_to_data, dump_yaml, exercise_to_data, yaml_scalar
from cjtrainer.inert import inert


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"CJTRAINER_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.delenv("CJTRAINER_CONTENT", raising=False)
    i18n.set_language("nl")


def test_new_deck_validates_and_shows_every_card_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["new", "deck", "h2-touchpoints", "--title", "Touchpoints: hoofdstuk 2"]) == 0
    path = tmp_path / "h2-touchpoints.yaml"
    result = load_file(path)
    assert [str(p) for p in result.problems] == []  # not even a warning
    deck = result.deck
    assert deck is not None
    assert (deck.id, deck.title) == ("h2-touchpoints", "Touchpoints: hoofdstuk 2")
    own = [card for card in deck.cards if not card.derived]
    assert {card.type for card in own} == set(CARD_TYPES)
    choices = [c for c in own if isinstance(c, ChoiceCard)]
    assert {c.multiple for c in choices} == {False, True}  # single and select-all
    typed = [c for c in own if isinstance(c, TypedCard)]
    assert any(c.accept for c in typed) and any(c.strict for c in typed)
    assert any(isinstance(c, ListCard) and c.min_correct for c in own)
    assert deck.card("touchpoint.reverse") is not None
    (model,) = deck.models
    assert model.kind == "sequence" and model.acronym
    assert any(c.id.startswith(f"{model.id}.acronym.") for c in deck.cards)
    assert "h2-touchpoints.yaml" in capsys.readouterr().out
    # the comments are there for the teacher
    text = path.read_text(encoding="utf-8")
    assert text.count("\n#") + text.count("\n  #") >= 20
    assert "cjtrainer validate h2-touchpoints.yaml" in text


def test_new_exercise_validates(tmp_path: Path) -> None:
    target = tmp_path / "oefeningen"
    assert cli.main(["new", "exercise", "telefoon-touchpoints", "-o", f"{target}/"]) == 0
    result = load_file(target / "telefoon-touchpoints.yaml")
    assert [str(p) for p in result.problems] == []
    exercise = result.exercise
    assert exercise is not None and exercise.id == "telefoon-touchpoints"
    assert len(exercise.sections) >= 2 and all(s.examples for s in exercise.sections)
    assert len(exercise.rubric) >= 2
    assert exercise.scale == ("Nog niet", "Deels", "Goed", "Uitstekend")
    assert "scale:" in template_text("exercise")


def test_new_refuses_overwrite_and_bad_ids(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("eigen werk\n", encoding="utf-8")
    assert cli.main(["new", "deck", "x", "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "eigen werk\n"
    assert "bestaat al" in capsys.readouterr().err
    assert cli.main(["new", "deck", "x", "-o", str(target), "--force"]) == 0
    assert load_file(target).ok
    assert cli.main(["new", "deck", "Mijn Deck", "-o", str(tmp_path / "y.yaml")]) == 2
    assert "cjtrainer new deck mijn-deck" in capsys.readouterr().err
    assert not (tmp_path / "y.yaml").exists()


@pytest.mark.parametrize("title", ["a: b", "no", "1.10", "#1 klantreis", "'quote'", "[x]", "13%"])
def test_titles_that_need_quoting(title: str) -> None:
    text = render("deck", "d", title=title)
    result = load_bytes(Path("d.yaml"), text.encode("utf-8"))
    assert result.deck is not None and result.deck.title == title


# --- the writer --------------------------------------------------------------------------


def _without_lines(cards: tuple) -> list:  # type: ignore[type-arg]
    return [msgspec.structs.replace(card, line=0) for card in cards]


def test_writer_round_trips_the_template_deck() -> None:
    original = load_bytes(Path("d.yaml"), render("deck", "d").encode("utf-8")).deck
    assert original is not None
    again = load_bytes(Path("d.yaml"), dump_yaml(deck_to_data(original)).encode("utf-8"))
    assert [str(p) for p in again.problems] == []
    assert again.deck is not None
    assert _without_lines(again.deck.cards) == _without_lines(original.cards)
    assert [msgspec.structs.replace(m, line=0) for m in again.deck.models] == [
        msgspec.structs.replace(m, line=0) for m in original.models
    ]


def test_writer_round_trips_the_template_exercise() -> None:
    original = load_bytes(Path("e.yaml"), render("exercise", "e").encode("utf-8")).exercise
    assert original is not None
    again = load_bytes(Path("e.yaml"), dump_yaml(exercise_to_data(original)).encode("utf-8"))
    assert again.exercise is not None
    assert msgspec.structs.replace(again.exercise, path=original.path) == original


def test_writer_keeps_text_exact() -> None:
    tricky = ["no", "yes", "1.10", "13%", "a: b", "#x", "- y", "{{gap}}", "null", "~", " x",
              "tab\there", "two\nlines", "trailing \nspace", "y", "0o17", "1e3", "2024-01-01",
              "@", "`", "!tag", "&anchor", "*alias", "%", "'", '"', "x #y", "é", "a\u2028b"]
    data = {"deck": "d", "title": "T", "cards": [
        {"id": f"c{i}", "type": "typed", "prompt": "p", "answer": value}
        for i, value in enumerate(tricky)
    ]}
    text = dump_yaml(data)
    assert yaml.safe_load(text) == data
    result = load_bytes(Path("d.yaml"), text.encode("utf-8"))
    assert result.deck is not None, [str(p) for p in result.problems]
    loaded = {c.id: c.answer for c in result.deck.cards if isinstance(c, TypedCard)}
    # the loader trims the ends of a text (" x" is "x") and makes a one-line field (an
    # answer) one line; everything else is kept
    assert loaded == {f"c{i}": inert(value).strip() for i, value in enumerate(tricky)}
    assert "answer: 'no'" in text and "answer: '1.10'" in text


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=30))
def test_writer_any_string_survives(value: str) -> None:
    data = {"deck": "d", "title": value, "tags": [value]}
    assert yaml.safe_load(dump_yaml(data)) == data
    assert yaml.safe_load("t: " + yaml_scalar(value)) == {"t": " ".join(value.split())}


def test_new_warns_when_the_id_is_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lesstof"
    folder.mkdir()
    (folder / "fasen.yaml").write_text(render("deck", "fasen"), encoding="utf-8")
    assert cli.main(["--content", str(folder), "new", "deck", "fasen",
                     "-o", str(tmp_path / "kopie.yaml")]) == 0
    assert "id 'fasen' bestaat al" in capsys.readouterr().out
    assert cli.main(["--content", str(folder), "new", "deck", "anders",
                     "-o", str(tmp_path / "anders.yaml")]) == 0
    assert "bestaat al" not in capsys.readouterr().out


def test_writer_round_trips_every_bundled_file() -> None:
    from cjtrainer.deck.files import find_files
    from cjtrainer.paths import bundled_content_dir

    files = find_files([bundled_content_dir()])
    assert files, "no bundled content found"
    for path in files:
        original = load_file(path)
        if original.deck is not None:
            text = dump_yaml(deck_to_data(original.deck))
            again = load_bytes(path, text.encode("utf-8"))
            assert again.deck is not None, [str(p) for p in again.problems]
            assert _without_lines(again.deck.cards) == _without_lines(original.deck.cards), path
        elif original.exercise is not None:
            text = dump_yaml(exercise_to_data(original.exercise))
            again = load_bytes(path, text.encode("utf-8"))
            assert again.exercise == original.exercise, path


def test_new_deck_teaches_the_course_s_five_phases(tmp_path: Path) -> None:
    # A teacher keeps the template's model: it must be the course's phases, not other ones.
    from cjtrainer.deck.catalog import load_catalog

    assert cli.main(["new", "deck", "h2", "-o", f"{tmp_path}/"]) == 0
    deck = load_file(tmp_path / "h2.yaml").deck
    assert deck is not None
    course = load_catalog().decks["fasen-klantreis"].models[0]
    assert [s.name for s in deck.models[0].steps] == [s.name for s in course.steps]


def test_new_deck_model_name_reads_well_inside_a_question(tmp_path: Path) -> None:
    assert cli.main(["new", "deck", "h2", "-o", f"{tmp_path}/"]) == 0
    deck = load_file(tmp_path / "h2.yaml").deck
    assert deck is not None
    order = deck.card("fasen.order")
    assert order is not None
    assert order.prompt == "Zet de fasen van de klantreis in de goede volgorde."  # type: ignore[attr-defined]
