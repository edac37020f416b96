"""cjtrainer import: real-shaped Quizlet, Anki and spreadsheet exports become valid decks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjtrainer import cli
from cjtrainer.deck.importers import (
    MAX_ID_LENGTH,
    ImportFileError,
    decode,
    import_bytes,
    import_text,
    unique_ids,
)
from cjtrainer.deck.load import load_bytes
from cjtrainer.deck.writer import dump_yaml
from cjtrainer.text import slugify as text_slugify
from tests.unit.support import ID, check_deck_file

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
def run_cli(*argv: str) -> int:
    return cli.main(list(argv))


def copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copy(DATA / name, target)
    return target


# --- the real-shaped exports -------------------------------------------------------------


def test_quizlet_export_with_odd_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = copy("quizlet-klantreis.txt", tmp_path)
    assert run_cli("import", str(source)) == 0
    out = capsys.readouterr().out
    data = check_deck_file(tmp_path / "quizlet-klantreis.yaml")
    assert data["deck"] == "quizlet-klantreis"
    cards = {card["id"]: card for card in data["cards"]}
    assert cards["touchpoint"]["back"] == "Elk contactmoment tussen klant en organisatie."
    assert cards["pain-point"]["front"] == "Pain point"  # Quizlet quotes read as CSV quotes
    assert cards["antwoord"]["back"] == "no"
    assert cards["versie"]["back"] == "1.10"
    assert cards["retentie"]["back"].endswith("13%")
    assert cards["zmot"]["back"].startswith("Zero moment of truth: het moment")
    # Quizlet's two-line definition: the second line belongs to the row above
    assert cards["klantpersona"]["back"] == (
        "Een fictief, maar realistisch profiel van een typische klant, gebaseerd op onderzoek."
    )
    assert len(cards) == 11
    # every unusable row is listed with its line number and why
    assert "regel 3: lege regel" in out
    assert "Regel 6 heeft geen tab en is als vervolg van de omschrijving op regel 5" in out
    assert "regel 9: begrip staat al op regel 2" in out
    assert "regel 10: geen omschrijving bij 'Conversie'" in out
    assert "regel 11: geen begrip" in out
    assert "4 regels niet gebruikt" in out
    assert "gescheiden door tabs" in out


def test_anki_export_html_quotes_tags(tmp_path: Path) -> None:
    result = import_bytes((DATA / "anki-klantreis.txt").read_bytes(), deck_id="anki", title="A")
    cards = {card["id"]: card for card in result.data["cards"]}
    assert cards["customer-journey"]["back"] == "De reis van de klant van behoefte tot evaluatie"
    assert cards["customer-journey"]["tags"] == ["klantreis", "h1"]
    assert cards["touchpoint"]["back"] == "Contactmoment tussen klant & bedrijf"
    # quoted field with doubled quotes and an embedded newline (line 6-7)
    assert cards["moment-of-truth"]["back"] == (
        'Het moment waarop de klant "ja" of "nee" zegt tegen het product'
    )
    assert cards["cross-selling"]["back"] == (
        "Een aanvullend product verkopen. Bijvoorbeeld een hoesje bij een telefoon."
    )
    assert cards["kassakoopje"]["back"] == "Een product bij de kassa; vaak < €5"
    assert cards["omnichannel"]["back"] == "Kanalen werken samen"  # [sound:] dropped
    assert "tags" not in cards["omnichannel"]
    assert result.layout.anki and result.layout.html
    assert [(s.line, s.reason) for s in result.skipped] == [
        (9, "empty"), (10, "one-column"), (12, "duplicate"),
    ]
    assert result.skipped[2].other_line == 5  # "<i>Touchpoint</i>" is the same term


def test_anki_export_with_notetype_and_deck_columns(tmp_path: Path) -> None:
    source = copy("anki-notetype-deck.txt", tmp_path)
    assert run_cli("import", str(source), "--as", "typed", "-o", str(tmp_path / "m.yaml")) == 0
    data = check_deck_file(tmp_path / "m.yaml")
    first = data["cards"][0]
    assert first == {
        "id": "aida", "type": "typed", "prompt": "Attention, Interest, Desire, Action",
        "answer": "AIDA", "tags": ["modellen"],
    }
    assert [c["id"] for c in data["cards"]] == ["aida", "biekar", "7c"]


def test_spreadsheet_semicolon_bom_crlf_header(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    source = copy("spreadsheet-puntkomma.csv", tmp_path)
    assert run_cli("import", str(source), "--id", "fasen", "--title", "De fasen") == 0
    out = capsys.readouterr().out
    data = check_deck_file(tmp_path / "spreadsheet-puntkomma.yaml")
    assert (data["deck"], data["title"]) == ("fasen", "De fasen")
    cards = {card["id"]: card for card in data["cards"]}
    assert "begrip" not in cards  # header row skipped
    assert cards["behoefte"]["front"] == "Behoefte"  # no BOM in the first term
    assert cards["informatie-zoeken"]["back"] == (
        "Online en in de winkel; via vrienden, reviews en de website"
    )
    assert cards["evaluatie"]["back"] == "De klant vergelijkt alternatieven"
    assert cards["orientatie"]["front"] == "Oriëntatie"
    assert cards["orientatie"]["back"] == 'Eerste verkenning: "wat is er te koop?"'
    assert cards["marge"]["back"] == "13%"
    assert "kopregel begrip | omschrijving overgeslagen" in out
    assert "regel 4: lege regel" in out
    assert "regel 7: maar één kolom (Keuze)" in out
    assert "regel 11: begrip staat al op regel 2" in out


def test_google_sheets_comma_with_tags_column_as_choice(tmp_path: Path) -> None:
    source = copy("google-sheets.csv", tmp_path)
    assert run_cli("import", str(source), "--as", "choice") == 0
    data = check_deck_file(tmp_path / "google-sheets.yaml")
    cards = {card["id"]: card for card in data["cards"]}
    assert set(cards) == {"loyaliteitsprogramma", "klantwaarde", "nazorg", "nps"}
    nazorg = cards["nazorg"]
    assert nazorg["answer"] == "Service na de aankoop, zoals retour en garantie"
    assert len(nazorg["choices"]) == 4  # the answer and three other rows' definitions
    assert nazorg["tags"] == ["binding", "service"]


def test_excel_unicode_text_utf16(tmp_path: Path) -> None:
    result = import_bytes((DATA / "excel-unicode.txt").read_bytes(), deck_id="x", title="X")
    assert [c["front"] for c in result.data["cards"]] == ["Touchpoint", "ZMOT"]
    assert result.layout.header == ("Begrip", "Uitleg")


def test_windows_1252_csv_is_read_with_a_note(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Excel's "CSV" on a Dutch Windows is Windows-1252: read, and said so."""
    source = copy("windows-1252.csv", tmp_path)
    assert run_cli("import", str(source)) == 0
    out = capsys.readouterr().out
    assert "Windows-1252" in out and "é, ë en €" in out
    cards = check_deck_file(tmp_path / "windows-1252.yaml")["cards"]
    assert cards[0]["front"] == "Oriëntatie"


def test_bytes_no_encoding_can_read_are_refused_with_a_hint() -> None:
    with pytest.raises(ImportFileError) as caught:
        import_bytes("begrip;uitleg\nä;b\n".encode()[:-4] + b"\x81\x8d;x\n",
                     deck_id="x", title="X")
    assert "geen UTF-8 (regel 2" in str(caught.value)
    assert "CSV UTF-8" in (caught.value.hint or "")


# --- the command's file handling ---------------------------------------------------------


def test_refuses_to_overwrite_without_force(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = copy("google-sheets.csv", tmp_path)
    target = tmp_path / "google-sheets.yaml"
    target.write_text("mijn eigen werk\n", encoding="utf-8")
    assert run_cli("import", str(source)) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mijn eigen werk\n"
    assert run_cli("import", str(source), "--force") == 0
    check_deck_file(target)


def test_output_to_stdout_and_bad_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = copy("excel-unicode.txt", tmp_path)
    assert run_cli("import", str(source), "-o", "-") == 0
    captured = capsys.readouterr()
    assert yaml.safe_load(captured.out)["deck"] == "excel-unicode"
    assert "2 kaarten (" in captured.err
    assert run_cli("import", str(source), "--id", "Mijn Deck") == 2
    assert "--id mijn-deck" in capsys.readouterr().err


def test_a_deck_file_is_not_imported_as_a_word_list(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Seen by a teacher: 'import toets.yaml' made 28 junk cards out of a deck file."""
    deck = tmp_path / "toets.yaml"
    deck.write_text("# mijn deck\ndeck: toets\ntitle: T\ncards: []\n", encoding="utf-8")
    assert cli.main(["import", str(deck), "-o", "-"]) == 2
    assert "is al een deck" in capsys.readouterr().err
    words = tmp_path / "woorden.yml"  # a word list that happens to end in .yml is imported
    words.write_text("Touchpoint\tContactmoment\n", encoding="utf-8")
    assert cli.main(["import", str(words), "-o", "-"]) == 0


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("import", str(tmp_path / "weg.csv")) == 2
    assert "niet gevonden" in capsys.readouterr().err


def test_nothing_usable(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError):
        import_text("alleen een kolom\nnog een\n", deck_id="x", title="X")


def test_import_never_loads_textual(tmp_path: Path) -> None:
    source = copy("quizlet-klantreis.txt", tmp_path)
    code = (
        "import sys; from cjtrainer import cli; "
        f"rc = cli.main(['import', {str(source)!r}, '-o', {str(tmp_path / 'q.yaml')!r}]); "
        "assert 'textual' not in sys.modules and 'rich' not in sys.modules, 'ui imported'; "
        "sys.exit(rc)"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "CJTRAINER_CONFIG_DIR": str(tmp_path),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr


# --- ids and distractors -----------------------------------------------------------------


def test_ids_are_slugs_deduplicated_and_stable() -> None:
    def slugify(text: str) -> str:  # as the importer makes its ids
        return text_slugify(text, fallback="kaart", limit=MAX_ID_LENGTH)

    assert slugify("Customer Journey (klantreis)") == "customer-journey-klantreis"
    assert slugify("Oriëntatie & Één") == "orientatie-een"
    assert slugify("???") == "kaart"
    assert len(slugify("woord " * 40)) <= 48
    assert unique_ids(["Touchpoint", "touch point", "Touchpoint!", "touchpoint-2"]) == [
        "touchpoint", "touch-point", "touchpoint-2", "touchpoint-2-2",
    ]


def test_choice_distractors_are_deterministic_and_from_other_rows() -> None:
    rows = "".join(f"begrip {i}\tomschrijving {i}\n" for i in range(10))
    first = import_text(rows, kind="choice", deck_id="x", title="X").data["cards"]
    again = import_text(rows, kind="choice", deck_id="x", title="X").data["cards"]
    assert first == again
    # reordering the rows does not change a card's choices: seeded by the term
    reordered = import_text("".join(reversed(rows.splitlines(keepends=True))), kind="choice",
                            deck_id="x", title="X").data["cards"]
    assert {c["id"]: c["choices"] for c in reordered} == {c["id"]: c["choices"] for c in first}
    for card in first:
        assert card["prompt"].startswith("Wat betekent ‘begrip ")
        number = card["prompt"].rstrip("’?").split()[-1]
        assert card["answer"] == f"omschrijving {number}"
        assert len(card["choices"]) == 4 and card["answer"] in card["choices"]
    assert len({tuple(c["choices"]) for c in first}) > 1  # not the same three every time


def test_choice_needs_two_rows() -> None:
    with pytest.raises(ImportFileError):
        import_text("a\tb\n", kind="choice", deck_id="x", title="X")


def test_anki_tags_become_valid_tags() -> None:
    text = "#separator:tab\n#tags column:3\nZMOT\tZero moment of truth\tRetail::H1 Klantreis\n"
    card = import_text(text, deck_id="x", title="X").data["cards"][0]
    assert card["tags"] == ["retail-h1", "klantreis"]


def test_swap_columns() -> None:
    data = import_text("Behoefte\tDe klant merkt iets\n", swap=True, deck_id="x", title="X").data
    assert data["cards"][0]["front"] == "De klant merkt iets"


def test_spreadsheet_and_anki_package_files_get_their_own_hint(tmp_path: Path) -> None:
    import zipfile

    book = tmp_path / "begrippen.xlsx"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ImportFileError) as caught:
        import_bytes(book.read_bytes(), deck_id="x", title="X", source_name=book.name)
    assert "CSV UTF-8" in (caught.value.hint or "")
    with pytest.raises(ImportFileError) as caught:
        import_bytes(book.read_bytes(), deck_id="x", title="X", source_name="deck.apkg")
    assert "platte tekst" in (caught.value.hint or "")


def test_decode_bom_and_plain() -> None:
    assert decode(b"\xef\xbb\xbfa;b") == ("a;b", "utf-8")
    assert decode("a\tb".encode("utf-16")) == ("a\tb", "utf-16")
    assert decode("café €".encode("cp1252")) == ("café €", "windows-1252")
    with pytest.raises(ImportFileError):
        decode(b"caf\x81")  # not UTF-8 and no Windows-1252 either


# --- robustness --------------------------------------------------------------------------

cell = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ['"', '""', '"a;b"', "<br>", "&nbsp;", "#html:true", "#separator:tab", "no", "1.10", "\r",
     "\n", "\t", ";", ",", "|", " ", "\x00", "\ufeff", "begrip", "omschrijving"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.lists(cell, max_size=4), max_size=8),
    delimiter=st.sampled_from(["\t", ";", ",", "|"]),
    kind=st.sampled_from(["flashcard", "typed", "choice"]),
)
def test_any_csv_text_never_crashes(rows: list[list[str]], delimiter: str, kind: str) -> None:
    text = "\n".join(delimiter.join(r) for r in rows)
    total_lines = text.count("\n") + text.count("\r") + 1
    try:
        result = import_text(text, kind=kind, deck_id="x", title="X")  # type: ignore[arg-type]
    except ImportFileError:
        return
    for skipped in result.skipped:
        assert 1 <= skipped.line <= total_lines
    for dropped in result.layout.dropped:
        assert 1 <= dropped.line <= total_lines and dropped.column >= 1 and dropped.text
    yaml_text = dump_yaml(result.data)  # raises if anything would not read back exactly
    data = yaml.safe_load(yaml_text)
    ids = [c["id"] for c in data["cards"]]
    assert len(ids) == len(set(ids)) and all(ID.fullmatch(i) for i in ids)
    loaded = load_bytes(Path("x.yaml"), yaml_text.encode("utf-8"))
    assert [str(p) for p in loaded.problems if p.code != "no-explain"] == []


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_cards_or_a_clear_error(raw: bytes) -> None:
    try:
        import_bytes(raw, deck_id="x", title="X")
    except ImportFileError as error:
        assert error.message and error.hint


def test_anki_columns_header_and_named_separator() -> None:
    text = '#separator:Semicolon\n#html:false\n#columns:Vraag;Antwoord\nA <b>;"B &amp; C"\n'
    result = import_text(text, deck_id="x", title="X")
    assert result.layout.delimiter == ";"
    assert result.layout.header == ("Vraag", "Antwoord")
    card = result.data["cards"][0]
    assert (card["front"], card["back"]) == ("A <b>", "B &amp; C")  # html:false: kept as is


def test_output_into_a_folder(tmp_path: Path) -> None:
    source = copy("google-sheets.csv", tmp_path)
    folder = tmp_path / "lesstof"
    folder.mkdir()
    assert run_cli("import", str(source), "-o", str(folder)) == 0
    check_deck_file(folder / "google-sheets.yaml")


@pytest.mark.parametrize(
    ("text", "front", "back", "tags"),
    [
        ("omschrijving;begrip\nContactmoment;Touchpoint\n", "Touchpoint", "Contactmoment", None),
        ("nr;Begrip;Uitleg;Tags\n1;Touchpoint;Contactmoment;h1 klantreis\n", "Touchpoint",
         "Contactmoment", ["h1", "klantreis"]),
    ],
)
def test_header_names_the_columns(text: str, front: str, back: str, tags: list[str] | None) -> None:
    result = import_text(text, deck_id="x", title="X")
    card = result.data["cards"][0]
    assert (card["front"], card["back"], card.get("tags")) == (front, back, tags)
    assert len(result.data["cards"]) == 1 and not result.skipped


def test_anki_columns_line_with_tags() -> None:
    text = "#separator:tab\n#columns:Front\tBack\tTags\nZMOT\tZero moment of truth\th1\n"
    assert import_text(text, deck_id="x", title="X").data["cards"][0]["tags"] == ["h1"]


def test_typed_asks_the_term_or_answers_the_question() -> None:
    text = "Touchpoint\tContactmoment\nWat is de eerste fase van BIEKAR?\tBehoefte\n"
    cards = import_text(text, kind="typed", deck_id="x", title="X").data["cards"]
    assert (cards[0]["prompt"], cards[0]["answer"]) == ("Contactmoment", "Touchpoint")
    assert (cards[1]["prompt"], cards[1]["answer"]) == ("Wat is de eerste fase van BIEKAR?",
                                                        "Behoefte")


def test_a_questions_header_keeps_every_row_the_way_round_it_is_written() -> None:
    """Seen by a teacher: 'Noem de laatste fase.' (no '?') became the answer to 'Customer
    care' although the header said which column holds the questions."""
    text = "vraag;antwoord\nWat is de eerste fase?;Oriëntatie\nNoem de laatste fase.;Customer care\n"
    for kind in ("typed", "choice"):
        cards = import_text(text, kind=kind, deck_id="x", title="X").data["cards"]
        assert [(c["prompt"], c["answer"]) for c in cards] == [
            ("Wat is de eerste fase?", "Oriëntatie"), ("Noem de laatste fase.", "Customer care")]
    # a term column still asks for the term
    terms = "begrip;omschrijving\nTouchpoint;Contactmoment\n"
    (card,) = import_text(terms, kind="typed", deck_id="x", title="X").data["cards"]
    assert (card["prompt"], card["answer"]) == ("Contactmoment", "Touchpoint")


def test_quotes_that_do_not_follow_csv_rules_are_text_and_swallow_no_rows() -> None:
    """Seen by a teacher: a Quizlet definition that starts with a quote took the next rows
    into it, and the import still said the deck was in order."""
    text = 'Een\t"Kijken fase\nTwee\tTweede\nDrie\tDerde" eind\nVier\t"Kijken" fase\n'
    cards = import_text(text, deck_id="x", title="X").data["cards"]
    assert [(c["front"], c["back"]) for c in cards] == [
        ("Een", '"Kijken fase'), ("Twee", "Tweede"), ("Drie", 'Derde" eind'),
        ("Vier", '"Kijken" fase')]
    # a spreadsheet's quoted cell (a separator or a line break inside) is still one cell
    text = 'begrip;omschrijving\nZMOT;"Zero; Moment\nof Truth"\nKlant;"Koper"\n'
    cards = import_text(text, deck_id="x", title="X").data["cards"]
    assert [c["back"] for c in cards] == ["Zero; Moment of Truth", "Koper"]
