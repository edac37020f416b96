"""One test per validator rule: the code and the line (and column) it points at."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from cjtrainer.deck.load import LoadResult, load_bytes, load_file

HEAD = "deck: test\ntitle: Test\ncards:\n"


def check(text: str, name: str = "deck.yaml") -> LoadResult:
    return load_bytes(Path(name), textwrap.dedent(text).encode("utf-8"))


def codes(result: LoadResult) -> list[tuple[str, int]]:
    return [(p.code, p.line) for p in result.problems]


def card(body: str) -> str:
    """A deck whose only card is `body` (starting on line 4)."""
    lines = textwrap.dedent(body).strip().splitlines()
    return HEAD + "\n".join(("  - " if i == 0 else "    ") + line for i, line in enumerate(lines))


GOOD_CARDS = {
    "flashcard": "id: a\ntype: flashcard\nfront: Voor\nback: Achter\nreverse: true\nexplain: x",
    "choice": "id: a\ntype: choice\nprompt: P\nchoices: [SEO, SEA]\nanswer: SEO\nexplain: x",
    "choice-multi": "id: a\ntype: choice\nprompt: P\nchoices: [a, b, c]\nanswer: [a, b]\nexplain: x",
    "truefalse": "id: a\ntype: truefalse\nstatement: S\nanswer: onwaar\nexplain: x",
    "typed": "id: a\ntype: typed\nprompt: P\nanswer: no\naccept: [nee]\nstrict: true\nexplain: x",
    "cloze": "id: a\ntype: cloze\ntext: 'De {{klantreis|customer journey}} heeft {{5}} fasen'\nexplain: x",
    "order": "id: a\ntype: order\nprompt: P\nitems: [een, twee, drie]\nexplain: x",
    "match": "id: a\ntype: match\nprompt: P\npairs: {Core values: overtuigingen, Character: kenmerken}\nexplain: x",
    "list": "id: a\ntype: list\nprompt: P\nitems: [een, [twee, 2]]\nordered: true\nmin_correct: 1\nexplain: x",
}


@pytest.mark.parametrize("kind", sorted(GOOD_CARDS))
def test_every_card_type_passes_silently(kind: str) -> None:
    result = check(card(GOOD_CARDS[kind]))
    assert result.problems == []
    assert result.deck is not None and result.deck.cards[0].id == "a"


def test_scalars_are_kept_as_written() -> None:
    result = check(card("id: a\ntype: typed\nprompt: 1.10\nanswer: no\naccept: ['13%', 1.10, yes]\nexplain: x"))
    typed = result.deck.cards[0]  # type: ignore[union-attr]
    assert (typed.prompt, typed.answer, typed.accept) == ("1.10", "no", ("13%", "1.10", "yes"))


def test_reverse_flashcard_is_a_sibling() -> None:
    result = check(card(GOOD_CARDS["flashcard"]))
    front, back = result.deck.cards  # type: ignore[union-attr]
    assert back.id == "a.reverse" and (back.front, back.back) == ("Achter", "Voor")
    assert back.siblings == front.siblings == "test/a"


def test_cloze_gaps_and_alternatives() -> None:
    cloze = check(card(GOOD_CARDS["cloze"])).deck.cards[0]  # type: ignore[union-attr]
    assert cloze.gaps == (("klantreis", "customer journey"), ("5",))
    assert cloze.parts == ("De ", " heeft ", " fasen")


@pytest.mark.parametrize(
    ("text", "code", "line", "column"),
    [
        # YAML and file level
        ("deck: a\ntitle: [unclosed\n", "yaml-syntax", 3, 1),
        ("deck: a\ntitle: T\ncards:\n\t- id: x\n", "yaml-syntax", 4, 1),
        ("", "empty-file", 1, 1),
        ("- just\n- a list\n", "not-a-deck", 1, 1),
        ("title: no id\n", "not-a-deck", 1, 1),
        ("deck: a\ntitle: T\n---\ndeck: b\n", "yaml-syntax", 3, 1),
        ("deck: a\ntitle: !!python/object/apply:os.system ['echo hi']\ncards: []\n", "unsafe-tag", 2, 8),
        ("deck: a\ntitle: !custom x\n", "unsafe-tag", 2, 8),
        # deck level
        ("deck: A_b\ntitle: T\ncards: []\n", "bad-id", 1, 7),
        ("deck: a\ncards: []\n", "missing-key", 1, 1),
        ("deck: a\ntitle: T\n", "empty-deck", 1, 1),
        ("deck: a\ntitle: T\ntitel: U\ncards: []\n", "unknown-key", 3, 1),
        ("deck: a\ntitle: T\ntitle: U\ncards: []\n", "duplicate-key", 3, 1),
        ("deck: a\ntitle: ''\ncards: []\n", "empty-value", 2, 1),
        ("deck: a\ntitle: T\ncards: {a: 1}\n", "wrong-type", 3, 8),
        ("deck: a\ntitle: T\nlanguage: fr\ncards: []\n", "language", 3, 11),
        ("deck: a\ntitle: T\ntags: [Fasen Klantreis]\ncards: []\n", "tag-format", 3, 8),
    ],
)
def test_file_and_deck_rules(text: str, code: str, line: int, column: int) -> None:
    result = check(text)
    found = [(p.code, p.line, p.column) for p in result.problems]
    assert (code, line, column) in found, found
    if code not in ("language", "tag-format"):
        assert result.deck is None


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ("id: a\ntype: typed\nprompt: P\nanwser: x\nexplain: x", "unknown-key", 7),
        ("id: a\ntype: typed\nprompt: P\nexplain: x", "missing-key", 4),
        ("id: a\ntype: typed\nprompt: P\nanswer: ''\nexplain: x", "empty-value", 7),
        ("id: a\ntype: typed\nprompt: [P]\nanswer: x\nexplain: x", "wrong-type", 6),
        ("id: a\ntype: typed\nprompt: P\nanswer: x\nstrict: maybe\nexplain: x", "wrong-type", 8),
        ("id: Kaart 1\ntype: typed\nprompt: P\nanswer: x\nexplain: x", "bad-id", 4),
        ("id: a\ntype: typo\nprompt: P", "unknown-type", 5),
        ("id: a\nprompt: P", "missing-key", 4),
        ("id: a\ntype: choice\nprompt: P\nchoices: [a, b]\nanswer: c\nexplain: x", "answer-not-in-choices", 8),
        ("id: a\ntype: choice\nprompt: P\nchoices: [a, b, a]\nanswer: a\nexplain: x", "duplicate-value", 7),
        ("id: a\ntype: choice\nprompt: P\nchoices: [a]\nanswer: a\nexplain: x", "count", 7),
        ("id: a\ntype: truefalse\nstatement: S\nanswer: misschien\nexplain: x", "bad-truefalse", 7),
        ("id: a\ntype: cloze\ntext: geen gaten\nexplain: x", "cloze-no-gaps", 6),
        ("id: a\ntype: cloze\ntext: 'een {{gat'\nexplain: x", "cloze-no-gaps", 6),
        ("id: a\ntype: cloze\ntext: 'een {{}} gat'\nexplain: x", "empty-gap", 6),
        ("id: a\ntype: order\nprompt: P\nitems: [a]\nexplain: x", "count", 7),
        ("id: a\ntype: match\nprompt: P\npairs: {a: x, b: x}\nexplain: x", "duplicate-value", 7),
        ("id: a\ntype: match\nprompt: P\npairs: [a, b]\nexplain: x", "wrong-type", 7),
        ("id: a\ntype: list\nprompt: P\nitems: [a, b]\nmin_correct: 3\nexplain: x", "out-of-range", 8),
        ("id: a\ntype: list\nprompt: P\nitems: [a, a]\nexplain: x", "duplicate-value", 7),
        ("id: a\ntype: typed\nprompt: P\nanswer: x", "no-explain", 4),
        ("id: a\ntype: typed\nprompt: P\nanswer: x\nexplain: x\nexplain: y", "duplicate-key", 9),
    ],
)
def test_card_rules(body: str, code: str, line: int) -> None:
    result = check(card(body))
    assert (code, line) in codes(result), codes(result)


def test_unknown_key_suggests_the_right_one() -> None:
    result = check(card("id: volgorde\ntype: typed\nprompt: P\nanwser: x\nexplain: x"))
    problem = next(p for p in result.problems if p.code == "unknown-key")
    assert "'anwser'" in problem.message and "'answer'" in problem.message
    assert str(problem).startswith("deck.yaml:7:5: error[unknown-key] ")


def test_duplicate_card_ids() -> None:
    text = HEAD + (
        "  - {id: a, type: truefalse, statement: S, answer: true, explain: x}\n"
        "  - {id: a, type: truefalse, statement: T, answer: false, explain: x}\n"
    )
    assert ("duplicate-id", 5) in codes(check(text))


def test_warnings_do_not_block_the_deck() -> None:
    result = check(card("id: a\ntype: typed\nprompt: P\nanswer: x"))
    assert [p.severity for p in result.problems] == ["warning"]
    assert result.deck is not None


def test_all_problems_are_reported_at_once() -> None:
    text = HEAD + (
        "  - {id: a, type: typed, prompt: P, anwser: x, explain: x}\n"
        "  - {id: B, type: truefalse, statement: S, answer: true, explain: x}\n"
        "  - {id: c, type: cloze, text: geen, explain: x}\n"
        "  - {id: d, type: typed, prompt: P, explain: x}\n"
    )
    found = {p.code for p in check(text).problems}
    assert {"unknown-key", "missing-key", "bad-id", "cloze-no-gaps"} <= found


MODEL = """\
deck: m
title: M
models:
  - id: biekar
    name: BIEKAR
    kind: sequence
    acronym: BIEKAR
    steps:
      - {name: Behoefte, description: d1}
      - {name: Informatie zoeken, description: d2}
      - {name: Evaluatie alternatieven, description: d3}
      - {name: Keuze verkoopkanaal, description: d4}
      - {name: Aankoop, description: d5}
      - {name: Resultaat, description: d6}
"""


def test_model_rules() -> None:
    assert check(MODEL).problems == []
    assert ("acronym-mismatch", 7) in codes(check(MODEL.replace("acronym: BIEKAR", "acronym: BIEKAP")))
    assert ("bad-kind", 6) in codes(check(MODEL.replace("kind: sequence", "kind: sequense")))
    dup = MODEL.replace("name: Aankoop,", "name: Behoefte,").replace("    acronym: BIEKAR\n", "")
    assert ("duplicate-step", 12) in codes(check(dup))
    assert ("missing-key", 9) in codes(check(MODEL.replace("{name: Behoefte, description: d1}", "{name: Behoefte}")))


def test_exercise_rules() -> None:
    good = textwrap.dedent("""\
        exercise: oef
        title: T
        intro: I
        minutes: 10
        sections:
          - {id: a, title: A, prompt: P, answers: 3, examples: [x, y]}
        rubric:
          - {id: r, text: R}
        """)
    result = check(good)
    assert result.problems == [] and result.exercise is not None
    assert result.exercise.scale == ("Nog niet", "Deels", "Goed", "Uitstekend")
    assert ("wrong-type", 6) in codes(check(good.replace("answers: 3", "answers: drie")))
    assert ("out-of-range", 4) in codes(check(good.replace("minutes: 10", "minutes: 0")))
    assert ("no-examples", 6) in codes(check(good.replace(", examples: [x, y]", "")))
    assert ("no-rubric", 1) in codes(check(good.split("rubric:")[0]))
    assert ("duplicate-value", 9) in codes(check(good + "scale: [a, a]\n"))


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("deck: a\ntitle: Oriëntatie\n".encode("latin-1"))
    result = load_file(path)
    assert [(p.code, p.line) for p in result.problems] == [("not-utf8", 2)]


def test_bom_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + card(GOOD_CARDS["typed"]).encode())
    assert load_file(path).problems == []


def test_tab_hint() -> None:
    problem = check("deck: a\ntitle: T\ncards:\n\t- id: x\n").problems[0]
    assert "tab" in problem.message


def test_alias_bomb_is_refused_quickly() -> None:
    import time

    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    text = "deck: x\ntitle: T\n" + "\n".join(lines) + "\n"
    start = time.perf_counter()
    result = check(text)
    assert time.perf_counter() - start < 1.0
    assert [p.code for p in result.problems] == ["alias-bomb"]


def test_small_aliases_are_fine() -> None:
    text = HEAD + (
        "  - &base {id: a, type: truefalse, statement: S, answer: true, explain: x}\n"
    )
    assert check(text).problems == []


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ("id: a\ntype: cloze\ntext: 'een {{gat}} en {{nog een'\nexplain: x", "cloze-unclosed", 6),
        ("id: a\ntype: choice\nprompt: P\nchoices: [a, b]\nanswer: [a, b]\nexplain: x", "all-answers", 8),
        ("id: a\ntype: list\nprompt: P\nitems: [a, b]\nordered: soms\nexplain: x", "wrong-type", 8),
    ],
)
def test_more_card_rules(body: str, code: str, line: int) -> None:
    assert (code, line) in codes(check(card(body)))


def test_a_card_that_is_not_a_mapping() -> None:
    assert ("wrong-type", 4) in codes(check(HEAD + "  - gewoon tekst\n"))


def test_nul_bytes() -> None:
    assert codes(check("deck: a\x00\n")) == [("not-utf8", 1)]


def test_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "map.yaml"
    folder.mkdir()  # a folder with a deck's name cannot be read as a file
    assert [p.code for p in load_file(folder).problems] == ["unreadable"]


def test_colon_in_text_gets_a_quoting_hint() -> None:
    problem = check(card("id: a\ntype: typed\nprompt: Fase 1: oriëntatie\nanswer: x")).problems[0]
    assert problem.code == "yaml-syntax" and "aanhalingstekens" in problem.message


def test_duplicate_id_is_reported_even_when_the_first_card_has_errors() -> None:
    # A teacher copies a card, changes the type and forgets the id; the first copy has a
    # mistake of its own. Both mistakes must show, not only the first.
    text = HEAD + textwrap.dedent("""\
      - id: b
        type: choice
        prompt: P
        choices: [SEO, SEA]
        answer: SAE
        explain: x
      - id: b
        type: typed
        prompt: P
        answer: ZMOT
        explain: x
    """)
    result = check(text)
    assert ("duplicate-id", 10) in codes(result), codes(result)


def test_a_misspelled_required_key_is_one_problem_not_two() -> None:
    # 'anwser' is reported with "did you mean 'answer'?"; a second "missing 'answer'"
    # would only send the teacher looking for a key that is there.
    result = check(card("id: a\ntype: typed\nprompt: P\nanwser: x\nexplain: x"))
    assert codes(result) == [("unknown-key", 7)]
    result = check(card("id: a\ntype: typed\nprompt: P\nexplain: x"))
    assert codes(result) == [("missing-key", 4)]


def test_answer_not_in_choices_names_the_card_and_the_closest_choice() -> None:
    result = check(card("id: b\ntype: choice\nprompt: P\nchoices: [SEO, SEA]\nanswer: SAE\nexplain: x"))
    (problem,) = result.problems
    assert problem.message == "kaart 'b': het antwoord 'SAE' staat niet tussen de keuzes; bedoel je 'SEA'?"
    result = check(card("id: b\ntype: choice\nprompt: P\nchoices: [SEO, SEA]\nanswer: sea\nexplain: x"))
    assert result.problems[0].message.endswith("; bedoel je 'SEA'?")
    result = check(card("id: b\ntype: choice\nprompt: P\nchoices: [SEO, SEA]\nanswer: Banner\nexplain: x"))
    assert result.problems[0].message == (
        "kaart 'b': het antwoord 'Banner' staat niet tussen de keuzes (SEO, SEA)")


def test_bad_truefalse_names_the_card() -> None:
    result = check(card("id: c\ntype: truefalse\nstatement: S\nanswer: misschien\nexplain: x"))
    assert result.problems[0].message.startswith("kaart 'c': ")


def test_bad_kind_suggests_with_punctuation() -> None:
    text = MODEL.replace("kind: sequence", "kind: sequense") if "kind: sequence" in MODEL else None
    assert text is not None
    (problem,) = [p for p in check(text).problems if p.code == "bad-kind"]
    assert problem.message == "kind moet 'sequence' of 'set' zijn, niet 'sequense'; bedoel je 'sequence'?"


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        (HEAD + "  - id: a\n    front: Fase 1: oriëntatie\n", 5,
         "een ': ' midden in een tekst mag alleen als de hele tekst tussen aanhalingstekens staat"),
        (HEAD + "\t- id: a\n", 4, "hier staat een tab; YAML springt alleen in met spaties"),
        ("deck: a\ntitle: @home\n", 2, "een tekst mag niet beginnen met '@'"),
        ("deck: a\ntitle: *ster\n", 2, "een tekst mag niet beginnen met '*'"),
        ("deck: a\ntitle: [a, b\ncards: []\n", 3, "de '[' op regel 2 is niet goed afgesloten"),
        ('deck: a\ntitle: "Fase 1\ncards: []\n', 4, "het aanhalingsteken op regel 2 wordt nergens gesloten"),
        (HEAD + "  - id: a\n    type: cloze\n    text: {{klant}} is koning\n", 6,
         "een tekst die met '{{' begint, zet je tussen aanhalingstekens"),
        ("deck: a\ntitle: 'De klant's keuze'\n", 2, "na het afsluitende aanhalingsteken staat nog tekst"),
        (HEAD + "  - id: a\n    type: flashcard\n   front: x\n", 6,
         "het inspringen klopt niet (het blok begint op regel 4)"),
        ("deck: a\ntitle: T\n  description: x\n", 3, "deze regel springt verder in dan de regel erboven"),
    ],
)
def test_yaml_syntax_errors_are_explained_in_dutch(text: str, line: int, expected: str) -> None:
    (problem,) = check(text).problems
    assert (problem.code, problem.line) == ("yaml-syntax", line)
    assert expected in problem.message, problem.message
    # one explanation, no parser jargon, no hint said twice
    assert "scanning" not in problem.message and "parsing" not in problem.message
    assert problem.message.count("YAML springt alleen in") <= 1


def test_unsafe_tag_is_named_as_the_teacher_wrote_it() -> None:
    (problem,) = check("deck: a\ntitle: !!python/object/apply:os.system ['echo hi']\n").problems
    assert "'!!python/object/apply:os.system'" in problem.message
    (problem,) = check("deck: a\ntitle: !custom x\n").problems
    assert "'!custom'" in problem.message


@pytest.mark.parametrize("name", ["begrippen.csv", "quizlet.txt", "lijst.TSV"])
def test_a_word_list_given_to_validate_points_to_import(name: str) -> None:
    for text in ("begrip;omschrijving\nZMOT;Zero moment of truth\n",
                 "touchpoint\tcontactmoment: online of offline\n"):
        (problem,) = load_bytes(Path(name), text.encode()).problems
        assert problem.code == "not-a-deck"
        assert f"cjtrainer import {name}" in problem.message


@pytest.mark.parametrize(
    ("extra", "groups", "problem"),
    [
        ("any_order: true", (0, 1, 2), None),
        ("any_order: false", (), None),
        ("any_order: [2, 3]", (1, 2), None),
        ("any_order: [2, 4]", (), "out-of-range"),
        ("any_order: soms", (), "wrong-type"),
    ],
)
def test_cloze_any_order(extra: str, groups: tuple[int, ...], problem: str | None) -> None:
    body = "id: a\ntype: cloze\ntext: '{{a}}, {{b}} en {{c}}'\nexplain: x\n" + extra
    result = check(card(body))
    assert [p.code for p in result.problems] == ([problem] if problem else [])
    if problem is None:
        assert result.deck is not None and result.deck.cards[0].any_order == groups  # type: ignore[attr-defined]


def test_any_order_survives_writing_the_deck_back() -> None:
    from cjtrainer.deck.writer import card_to_data, dump_yaml

    for extra, groups in (("any_order: true", (0, 1, 2)), ("any_order: [1, 3]", (0, 2))):
        cloze = check(card(f"id: a\ntype: cloze\ntext: '{{{{a}}}}, {{{{b}}}} en {{{{c}}}}'\n"
                           f"explain: x\n{extra}")).deck.cards[0]  # type: ignore[union-attr]
        text = HEAD + dump_yaml({"cards": [card_to_data(cloze)]}).split("cards:\n", 1)[1]
        again = check(text).deck.cards[0]  # type: ignore[union-attr]
        assert again.any_order == groups  # type: ignore[attr-defined]
