"""cjtrainer import: header rows as teachers write them, and no column left out without a word.

QA found that a first line ``term;def`` became a card, and that a third column in a file
without a header was dropped silently (a definition with an unquoted comma lost its end).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjtrainer import cli
from cjtrainer.commands.import_ import line_ranges
from cjtrainer.deck.importers import (
    DEFINITION_HEADERS,
    LANGUAGE_HEADERS,
    TAG_HEADERS,
    TERM_HEADERS,
    import_text,
    is_heading,
)
from tests.unit.support import check_deck_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "import"
PAIRS = [
    ("Klantreis", "De weg die een klant aflegt"),
    ("Touchpoint", "Elk contactmoment tussen klant en winkel"),
    ("ZMOT", "Zero moment of truth"),
    ("Omnichannel", "Alle kanalen werken samen"),
    ("Behoefte", "De klant merkt dat hij iets nodig heeft"),
]


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    return target


# --- header rows -------------------------------------------------------------------------


@pytest.mark.parametrize("header", [
    "term;def", "Term;Def", "TERM;DEF", "term,def", "term\tdef", "vraag;antwoord",
    "Vraag;Antwoord", "begrip;betekenis", "voorkant;achterkant", "Front;Back", "front,back",
    "question;answer", "Question\tAnswer", "term;definition", "Term,Definition",
    "Begrip (NL);Omschrijving", "Term:;Def:", '"Term","Def"', "Kolom1;Kolom2",
    "Column1,Column2", "Q;A", "Front side;Back side", "Engels;Nederlands", "Begrip;Uitleg;Tags",
])
def test_common_header_rows_are_recognised(header: str) -> None:
    delimiter = "\t" if "\t" in header else ("," if "," in header and ";" not in header else ";")
    text = header + "\n" + "".join(f"{t}{delimiter}{d}\n" for t, d in PAIRS[:2])
    result = import_text(text, deck_id="x", title="X")
    assert result.layout.header is not None
    assert [c["front"] for c in result.data["cards"]] == ["Klantreis", "Touchpoint"]
    assert result.layout.maybe_header is None and not result.skipped


@pytest.mark.parametrize("sep", ["sep=;", '"sep=;"', "SEP=;;"])
def test_excel_sep_line_before_the_header(sep: str) -> None:
    text = f"{sep}\r\nTerm;Def\r\nKlantreis;De weg, van begin tot eind\r\n"
    result = import_text(text, deck_id="x", title="X")
    assert result.layout.delimiter == ";" and result.layout.header == ("Term", "Def")
    assert not result.layout.anki and not result.skipped
    assert [c["front"] for c in result.data["cards"]] == ["Klantreis"]


def test_heading_sets_do_not_overlap() -> None:
    assert not TERM_HEADERS & DEFINITION_HEADERS
    assert not (TERM_HEADERS | DEFINITION_HEADERS) & TAG_HEADERS


def _decorate(draw: st.DrawFn, word: str) -> str:
    """A heading as a spreadsheet may hold it: any case, a colon, a note in brackets."""
    cased = "".join(c.upper() if draw(st.booleans()) else c for c in word)
    return draw(st.sampled_from(["{}", "{}:", " {} ", "{} (NL)", "{} [1]", "#{}"])).format(cased)


@st.composite
def header_files(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]], str]:
    term = _decorate(draw, draw(st.sampled_from(sorted(TERM_HEADERS))))
    definition = _decorate(draw, draw(st.sampled_from(sorted(DEFINITION_HEADERS))))
    delimiter = draw(st.sampled_from([";", ",", "\t"]))
    swapped = draw(st.booleans())
    rows = draw(st.lists(st.sampled_from(PAIRS), min_size=1, max_size=5, unique=True))
    head = [definition, term] if swapped else [term, definition]
    lines = [delimiter.join(head)]
    lines += [delimiter.join([d, t] if swapped else [t, d]) for t, d in rows]
    return "\r\n".join(lines) + draw(st.sampled_from(["", "\n", "\r\n"])), rows, delimiter


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header_files())
def test_any_known_header_is_skipped_and_names_the_columns(
    case: tuple[str, list[tuple[str, str]], str],
) -> None:
    text, rows, delimiter = case
    result = import_text(text, deck_id="x", title="X")
    assert result.layout.header is not None, text
    assert result.layout.delimiter == delimiter
    assert [(c["front"], c["back"]) for c in result.data["cards"]] == rows
    assert not result.skipped and not result.layout.dropped
    assert result.layout.maybe_header is None


def test_a_half_recognised_first_row_becomes_a_card_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_text("Term;Uitleg van het begrip\nKlantreis;De weg van de klant\n",
                      encoding="utf-8")
    assert cli.main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Let op: regel 1 (Term | Uitleg van het begrip) is een kaart geworden." in out
    assert "Is het een kopregel?" in out
    assert len(check_deck_file(tmp_path / "lijst.yaml")["cards"]) == 2
    # an ordinary first row gets no such warning
    plain = import_text("Klantreis;De weg van de klant\n", deck_id="x", title="X")
    assert plain.layout.maybe_header is None


def test_documented_headings_are_the_recognised_ones() -> None:
    guide = (ROOT / "docs" / "teacher-guide.md").read_text(encoding="utf-8")
    lists = {}
    for label in ("Kopjes voor het begrip", "Kopjes voor de omschrijving",
                  "Kopjes voor de tags", "Een woordenlijst tussen twee talen"):
        item = re.search(rf"^- {label}:(.*?)(?=^- |^\n)", guide, re.M | re.S)
        assert item, label
        lists[label] = set(re.findall(r"`([^`]+)`", item.group(1)))
    assert lists["Kopjes voor het begrip"] == TERM_HEADERS
    assert lists["Kopjes voor de omschrijving"] == DEFINITION_HEADERS
    assert lists["Kopjes voor de tags"] == TAG_HEADERS
    languages = {w for cell in lists["Een woordenlijst tussen twee talen"]
                 for w in cell.casefold().split(";")}
    assert languages <= LANGUAGE_HEADERS


# --- columns that are not used -------------------------------------------------------------


def test_excel_file_with_term_def_header_and_unheaded_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    source = copy("excel-term-def.csv", tmp_path)
    assert cli.main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    data = check_deck_file(tmp_path / "excel-term-def.yaml")
    assert [c["id"] for c in data["cards"]] == ["klantreis", "touchpoint", "zmot", "omnichannel"]
    assert "kopregel Term | Def |  |  overgeslagen" in out
    assert ("Let op: op 2 regels staat tekst in een kolom die niet in het deck komt "
            "(alleen kolom 1 en 2 worden gebruikt):") in out
    assert "  regel 3, kolom 3: bijv. de etalage\n" in out
    assert "  regel 5, kolom 4: Google 2011\n" in out
    assert "Wil je die tekst bewaren?" in out
    assert "regel 4: lege regel" in out  # ';;;' is an empty row, not a dropped column


def test_headerless_comma_file_keeps_unquoted_commas_in_the_definition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    """Quizlet's comma export does not quote: the first comma splits, the others stay."""
    source = copy("komma-zonder-kopregel.csv", tmp_path)
    assert cli.main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    cards = {c["id"]: c for c in check_deck_file(tmp_path / "komma-zonder-kopregel.yaml")["cards"]}
    assert cards["zmot"]["back"] == "zero moment of truth, online zoeken"  # quoted: whole
    assert cards["klantreis"]["back"] == "de reis die een klant maakt, van oriëntatie tot aankoop"
    assert cards["cross-selling"]["back"] == (
        "een extra product verkopen, zoals een hoesje bij een telefoon")
    assert "Op regels 1, 4 staat meer dan één komma zonder aanhalingstekens" in out
    assert "niet in het deck komt" not in out
    assert "het deck is in orde" in out


def test_comma_note_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = copy("komma-zonder-kopregel.csv", tmp_path)
    assert cli.main(["--lang", "en", "import", str(source), "-o", "-"]) == 0
    err = capsys.readouterr().err  # with -o - the report goes to stderr
    assert "Lines 1, 4 have more than one comma without quotes" in err
    assert "Let op" not in err and "regel 1" not in err


def test_many_dropped_cells_are_summed_up_per_column_with_line_ranges(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "quizlet.txt"
    lines = [f"begrip {i}\tomschrijving {i}\tvoorbeeld {i}" for i in range(1, 16)]
    lines[6] = "begrip 7\tomschrijving 7"  # line 7 has no third column
    lines[11] += "\tbron"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert cli.main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "op 14 regels staat tekst in een kolom" in out
    assert "  kolom 3 op regel 1–6, 8–15 (bijvoorbeeld: voorbeeld 1)\n" in out
    assert "  kolom 4 op regel 12 (bijvoorbeeld: bron)\n" in out
    assert ", kolom 3:" not in out  # not 14 lines one by one


def test_headed_columns_that_are_not_used_are_named_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "lijst.csv"
    source.write_text("nr;begrip;omschrijving;bron\n1;Klantreis;De weg;les 1\n"
                      "2;Touchpoint;Contactmoment;les 2\n", encoding="utf-8")
    assert cli.main(["import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Kolommen die niet in het deck komen: nr (kolom 1), bron (kolom 4).\n" in out
    assert "staat tekst in een kolom" not in out  # the header already said so


def test_anki_extra_field_is_reported_but_its_bookkeeping_columns_are_not() -> None:
    text = ("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n"
            "#deck column:3\n#tags column:7\n"
            "a1\tBasic\tRetail\tZMOT\tZero moment of truth\t<i>Google</i>\th1\n")
    result = import_text(text, deck_id="x", title="X")
    assert [(d.line, d.column, d.text) for d in result.layout.dropped] == [(7, 6, "Google")]


def test_a_skipped_row_is_not_reported_twice() -> None:
    text = "Klantreis;De weg;extra\nklantreis;Dubbel;nog meer\n"
    result = import_text(text, deck_id="x", title="X")
    assert [(s.line, s.reason) for s in result.skipped] == [(2, "duplicate")]
    assert [d.line for d in result.layout.dropped] == [1]


# The words of r"[a-zà-ü]{1,8}( [a-z]{1,6})?" (à-ü is U+00E0..U+00FC, ÷ included), built
# from two st.text draws: st.from_regex draws every letter and every repeat on its own and
# took 95% of this test's CPU; a text with an alphabet is drawn in one go. Same words.
LETTERS = "abcdefghijklmnopqrstuvwxyz"
word = st.builds(
    lambda head, tail: head if tail is None else f"{head} {tail}",
    st.text(LETTERS + "".join(map(chr, range(ord("à"), ord("ü") + 1))), min_size=1, max_size=8),
    st.none() | st.text(LETTERS, min_size=1, max_size=6),
).filter(lambda w: not is_heading(w) and w.casefold() not in LANGUAGE_HEADERS)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(word, word, st.lists(word | st.just(""), max_size=3)),
        min_size=1, max_size=8, unique_by=lambda r: r[0].casefold(),
    ),
    delimiter=st.sampled_from([";", "\t", ","]),
)
def test_no_text_is_lost_without_a_word(rows: list[tuple[str, str, list[str]]],
                                        delimiter: str) -> None:
    """Every cell of a file without a header ends up in a card or in the dropped list (in a
    comma file without quotes, the cells after the first comma are the definition)."""
    text = "\n".join(delimiter.join([t, d, *extras]) for t, d, extras in rows) + "\n"
    result = import_text(text, deck_id="x", title="X")
    assert result.layout.header is None and not result.skipped
    if delimiter == ",":
        wanted = [(t, ",".join([d, *extras]).strip(",") if any(extras) else d)
                  for t, d, extras in rows]
        assert [(c["front"], c["back"]) for c in result.data["cards"]] == wanted
        assert not result.layout.dropped
        return
    assert [(c["front"], c["back"]) for c in result.data["cards"]] == [(t, d) for t, d, _ in rows]
    expected = [(line, column, cell) for line, (_, _, extras) in enumerate(rows, 1)
                for column, cell in enumerate(extras, 3) if cell]
    assert [(d.line, d.column, d.text) for d in result.layout.dropped] == expected


def test_line_ranges() -> None:
    assert line_ranges([]) == ""
    assert line_ranges([4]) == "4"
    assert line_ranges([9, 2, 3, 4, 7, 10, 3]) == "2–4, 7, 9–10"


def test_written_deck_has_no_header_card(tmp_path: Path) -> None:
    source = tmp_path / "woorden.txt"
    source.write_text("TERM\tDEF\nKlantreis\tDe weg\n", encoding="utf-8")
    assert cli.main(["import", str(source)]) == 0
    data = yaml.safe_load((tmp_path / "woorden.yaml").read_text(encoding="utf-8"))
    assert [c["front"] for c in data["cards"]] == ["Klantreis"]
