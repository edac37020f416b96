"""Import of every file a teacher has: Anki packages (old and new collection), Excel, Kahoot's
question sheet, Anki's cloze text export, Quizlet's custom separators, Windows-1252 CSV.

Each fixture is made here, in the shape the real program writes it (genanki for .apkg, the
new Anki schema by hand and zstd-compressed, openpyxl for .xlsx); each imported deck must
validate and keep every usable row.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from pathlib import Path

import genanki
import openpyxl
import pytest
import yaml
import zstandard

from cjtrainer import cli
from cjtrainer.deck.importers import ImportFileError, import_bytes
from cjtrainer.deck.load import load_file


def run(tmp_path: Path, source: Path, *args: str) -> tuple[int, str, dict]:
    """Import through the command; (exit code, report, the written deck)."""
    import contextlib

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["import", str(source), *args])
    target = source.with_suffix(".yaml")
    data = yaml.safe_load(target.read_text(encoding="utf-8")) if target.exists() else {}
    if target.exists():
        result = load_file(target)
        assert [str(p) for p in result.problems if p.severity == "error"] == []
        assert result.deck is not None
    return code, out.getvalue(), data


# --- Anki packages -----------------------------------------------------------------------


def make_apkg(path: Path, tmp_path: Path) -> None:
    basic = genanki.BASIC_MODEL
    reversed_ = genanki.BASIC_AND_REVERSED_CARD_MODEL
    cloze = genanki.CLOZE_MODEL
    deck = genanki.Deck(2059400110, "Retail::Klantreis")
    deck.add_note(genanki.Note(model=basic, fields=["AIDA", "Attention, Interest, Desire, "
                                                    "Action"], tags=["modellen"]))
    deck.add_note(genanki.Note(model=reversed_, fields=["ZMOT", "Zero moment of truth"]))
    deck.add_note(genanki.Note(model=cloze, fields=[
        "Een {{c1::touchpoint}} is een {{c2::contactmoment::moment}}.", ""]))
    deck.add_note(genanki.Note(model=cloze, fields=[
        "De {{c1::klantreis}} begint bij de behoefte.", "Zie hoofdstuk 2"]))
    deck.add_note(genanki.Note(model=basic, fields=[
        'Logo <img src="logo.png">', "Het merkteken"]))
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    genanki.Package(deck, media_files=[str(picture)]).write_to_file(str(path))


def test_apkg_from_genanki(tmp_path: Path) -> None:
    source = tmp_path / "klantreis.apkg"
    make_apkg(source, tmp_path)
    code, out, data = run(tmp_path, source)
    assert code == 0
    cards = {c["id"]: c for c in data["cards"]}
    assert cards["aida"]["back"] == "Attention, Interest, Desire, Action"
    assert cards["aida"]["tags"] == ["modellen"]
    assert cards["zmot"]["reverse"] is True
    touch = next(c for c in data["cards"] if c["type"] == "cloze" and "touchpoint" in c["text"])
    assert touch["text"] == "Een {{touchpoint}} is een {{contactmoment}}."
    assert touch["hint"] == "moment"  # Anki's cloze hint
    assert "explain" not in touch  # its empty Back Extra did not drop the note
    reis = next(c for c in data["cards"] if c["type"] == "cloze" and "klantreis" in c["text"])
    assert reis["explain"] == "Zie hoofdstuk 2"
    assert cards["logo"]["front"] == "Logo"
    assert len(data["cards"]) == 5
    assert "Anki-pakket, 5 notities" in out
    assert "notitie 5: afbeelding of geluid 'logo.png' is niet overgenomen" in out
    assert "Het pakket bevat 1 mediabestand (afbeeldingen, geluid)" in out
    assert "het deck is in orde" not in out and "niet alles uit het bestand" in out


def new_schema_collection(tmp_path: Path) -> bytes:
    """An Anki 2.1.50+ collection: note types, fields and templates in their own tables,
    the note type's kind (1 = cloze) in a protobuf config."""
    path = tmp_path / "new.sqlite"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE notetypes (id integer primary key, name text, mtime_secs integer,
                                usn integer, config blob);
        CREATE TABLE fields (ntid integer, ord integer, name text, config blob,
                             primary key (ntid, ord));
        CREATE TABLE templates (ntid integer, ord integer, name text, mtime_secs integer,
                                usn integer, config blob, primary key (ntid, ord));
        CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer,
                            usn integer, tags text, flds text, sfld integer, csum integer,
                            flags integer, data text);
        CREATE TABLE decks (id integer primary key, name text, mtime_secs integer,
                            usn integer, common blob, kind blob);
        CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer,
                          ver integer, dty integer, usn integer, ls integer, conf text,
                          models text, decks text, dconf text, tags text);
    """)
    db.executemany("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)", [
        (1, "Basis", b"\x08\x00\x10\x00"),
        (2, "Basis (en omgekeerde kaart)", b""),
        (3, "Cloze", b"\x08\x01\x10\x00"),
    ])
    db.executemany("INSERT INTO fields VALUES (?, ?, ?, x'')", [
        (1, 0, "Voorkant"), (1, 1, "Achterkant"),
        (2, 0, "Voorkant"), (2, 1, "Achterkant"),
        (3, 0, "Tekst"), (3, 1, "Extra"),
    ])
    db.executemany("INSERT INTO templates VALUES (?, ?, ?, 0, 0, x'')", [
        (1, 0, "Kaart 1"), (2, 0, "Kaart 1"), (2, 1, "Kaart 2"), (3, 0, "Cloze"),
    ])
    db.executemany("INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, '', 0, 0, '')", [
        (10, "a", 1, " fasen ", "Behoefte\x1fDe klant merkt dat hij iets mist"),
        (11, "b", 2, "", "Touchpoint\x1fElk contactmoment tussen klant en merk"),
        (12, "c", 3, "", "Bij {{c1::omnichannel}} werken de kanalen samen.\x1f"),
        (13, "d", 1, "", "Leeg\x1f"),
    ])
    db.execute("INSERT INTO decks VALUES (1, 'Klantreis', 0, 0, x'', x'')")
    db.commit()
    db.close()
    return path.read_bytes()


def test_colpkg_with_zstd_anki21b_collection(tmp_path: Path) -> None:
    source = tmp_path / "nieuw.colpkg"
    with zipfile.ZipFile(source, "w") as archive:
        # a new package also holds an old collection that only says "update Anki"
        archive.writestr("collection.anki2", b"not the real collection")
        archive.writestr("collection.anki21b",
                         zstandard.ZstdCompressor().compress(new_schema_collection(tmp_path)))
        archive.writestr("media", zstandard.ZstdCompressor().compress(b""))
    code, out, data = run(tmp_path, source)
    assert code == 0
    cards = {c["id"]: c for c in data["cards"]}
    assert cards["behoefte"]["tags"] == ["fasen"]
    assert cards["touchpoint"]["reverse"] is True
    assert "behoefte" in cards and "reverse" not in cards["behoefte"]
    cloze = next(c for c in data["cards"] if c["type"] == "cloze")
    assert cloze["text"] == "Bij {{omnichannel}} werken de kanalen samen."
    assert "notitie 4: geen omschrijving bij 'Leeg'" in out
    assert "niet alles uit het bestand" in out


def test_apkg_without_collection_says_so(tmp_path: Path) -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr("media", json.dumps({}))
    with pytest.raises(ImportFileError) as caught:
        import_bytes(raw.getvalue(), deck_id="x", title="X", source_name="deck.apkg")
    assert "geen Anki-verzameling" in str(caught.value)


def test_anki_cloze_text_export_with_empty_back_extra() -> None:
    text = ("#separator:tab\n#html:true\n#notetype column:1\n#tags column:4\n"
            "Cloze\tEen {{c1::touchpoint}} is een contactmoment.\t\tbegrippen\n"
            "Basic (and reversed card)\tZMOT\tZero moment of truth\t\n")
    result = import_bytes(text.encode(), deck_id="x", title="X")
    cloze, zmot = result.data["cards"]
    assert cloze == {"id": "een-touchpoint-is-een-contactmoment", "type": "cloze",
                     "text": "Een {{touchpoint}} is een contactmoment.", "tags": ["begrippen"]}
    assert zmot["reverse"] is True
    assert not result.skipped and not result.lost_anything


# --- Excel and Kahoot --------------------------------------------------------------------


def test_xlsx_with_header_and_a_second_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Begrippen"
    sheet.append(["Begrip", "Omschrijving", "Tags"])
    sheet.append(["Touchpoint", "Contactmoment, tussen klant en merk", "fasen"])
    sheet.append([None, None, None])
    sheet.append(["Versie", 1.0, None])  # a number cell stays "1", not "1.0"
    other = book.create_sheet("Oud")
    other.append(["oude lijst", "niet meer gebruiken"])
    source = tmp_path / "begrippen.xlsx"
    book.save(source)
    code, out, data = run(tmp_path, source)
    assert code == 0
    assert [(c["front"], c["back"]) for c in data["cards"]] == [
        ("Touchpoint", "Contactmoment, tussen klant en merk"), ("Versie", "1")]
    assert data["cards"][0]["tags"] == ["fasen"]
    assert "Excel-werkblad" in out
    assert "Het werkblad 'Oud' is niet gelezen" in out


def test_a_title_above_the_header_is_no_card(tmp_path: Path) -> None:
    """Seen by a teacher: 'Begrippenlijst H2 retail' in A1, an empty row, then the header:
    the header became a card 'Begrip / Omschrijving'."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Begrippenlijst H2 retail"])
    sheet.append([None])
    sheet.append(["Begrip", "Omschrijving"])
    sheet.append(["Touchpoint", "Contactmoment"])
    source = tmp_path / "titel.xlsx"
    book.save(source)
    code, out, data = run(tmp_path, source)
    assert code == 0
    assert [(c["front"], c["back"]) for c in data["cards"]] == [("Touchpoint", "Contactmoment")]
    assert "regel 1: titel boven de kopregel (Begrippenlijst H2 retail)" in out
    assert "één kolom" not in out
    # without a header below it, a one-cell first row is still told as before
    text = tmp_path / "zonder.csv"
    text.write_text("Alleen dit\nTouchpoint;Contactmoment\n", encoding="utf-8")
    code, out, data = run(tmp_path, text)
    assert "één kolom" in out and len(data["cards"]) == 1


def test_xlsx_numbers_read_as_excel_shows_them(tmp_path: Path) -> None:
    """Seen by a teacher: 0.21 formatted as 21% became '0.21', and 1,10 became '1.1'."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Begrip", "Omschrijving"])
    for term, value, shape in (("Conversie", 0.21, "0%"), ("Groei", 0.125, "0.0%"),
                               ("Prijs", 1.1, "0.00"), ("Stuks", 12, "0"),
                               ("Gewoon", 1.1, "General")):
        sheet.append([term, value])
        sheet.cell(row=sheet.max_row, column=2).number_format = shape
    source = tmp_path / "getallen.xlsx"
    book.save(source)
    code, _, data = run(tmp_path, source)
    assert code == 0
    assert [c["back"] for c in data["cards"]] == ["21%", "12,5%", "1,10", "12", "1.1"]


def make_kahoot(path: Path) -> None:
    """The layout of Kahoot's "quiz spreadsheet template"."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Quiz template"])
    sheet.append(["Add questions, at least two answer alternatives, time limit and choose "
                  "correct answers (at least one). Have fun creating your awesome quiz!"])
    sheet.append([None])
    sheet.append([None, "Question - max 120 characters", "Answer 1 - max 75 characters",
                  "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
                  "Answer 4 - max 75 characters",
                  "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                  "Correct answer(s) - choose at least one"])
    sheet.append([1, "Wat is de eerste fase van de klantreis?", "Aankoop", "Behoefte",
                  "Evaluatie", "Reflectie", 20, 2])
    sheet.append([2, "Welke zijn touchpoints?", "Website", "Kassabon", "Het weer", None, 30,
                  "1,2"])
    sheet.append([3, "Waar of niet waar: ZMOT is online zoeken", "Waar", "Niet waar", None,
                  None, 10, 1])
    sheet.append([4, "Vraag zonder juist antwoord", "a", "b", None, None, 20, None])
    sheet.append([5, None, None, None, None, None, None, None])  # an empty template row
    book.save(path)


def test_kahoot_sheet_becomes_choice_cards_with_the_right_answer(tmp_path: Path) -> None:
    source = tmp_path / "kahoot.xlsx"
    make_kahoot(source)
    code, out, data = run(tmp_path, source)
    assert code == 0
    first, second, third = data["cards"]
    assert first["prompt"] == "Wat is de eerste fase van de klantreis?"
    assert first["choices"] == ["Aankoop", "Behoefte", "Evaluatie", "Reflectie"]
    assert first["answer"] == "Behoefte"  # not Answer 1
    assert second["choices"] == ["Website", "Kassabon", "Het weer"]
    assert second["answer"] == ["Website", "Kassabon"]
    assert third["choices"] == ["Waar", "Niet waar"] and third["answer"] == "Waar"
    assert "Question" not in str(data["cards"])  # the header is no card
    assert "regel 8: geen juist antwoord ingevuld (Vraag zonder juist antwoord)" in out
    assert "tijdslimieten" in out
    assert "Kahoot-vragenblad" in out


# --- text files --------------------------------------------------------------------------


def test_quizlet_custom_separators_are_detected(tmp_path: Path) -> None:
    source = tmp_path / "quizlet.txt"
    source.write_text("Touchpoint - contactmoment, tussen klant en merk;ZMOT - zero moment of "
                      "truth;Behoefte - de klant mist iets - en wil het;", encoding="utf-8")
    code, out, data = run(tmp_path, source)
    assert code == 0
    assert [(c["front"], c["back"]) for c in data["cards"]] == [
        ("Touchpoint", "contactmoment, tussen klant en merk"),
        ("ZMOT", "zero moment of truth"), ("Behoefte", "de klant mist iets - en wil het")]
    assert "gescheiden door ' - ', zonder kopregel, UTF-8, rijen gescheiden door ';'" in out
    assert "het deck is in orde" in out


def test_quizlet_separators_given_on_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "quizlet.txt"
    source.write_text("Touchpoint = contactmoment\n\nZMOT = zero moment of truth\n\n",
                      encoding="utf-8")
    code, _, data = run(tmp_path, source, "--sep", " = ", "--row-sep", "\\n\\n".replace(
        "\\n", "\n"))
    assert code == 0
    assert [(c["front"], c["back"]) for c in data["cards"]] == [
        ("Touchpoint", "contactmoment"), ("ZMOT", "zero moment of truth")]


def test_cp1252_csv_from_excel(tmp_path: Path) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes("begrip;omschrijving\r\nCafé;plek met € 2,50 koffie\r\n"
                       "Reünie;weer samen\r\n".encode("cp1252"))
    code, out, data = run(tmp_path, source)
    assert code == 0
    assert [c["back"] for c in data["cards"]] == ["plek met € 2,50 koffie", "weer samen"]
    assert "Windows-1252" in out


def test_utf16_without_bom(tmp_path: Path) -> None:
    result = import_bytes("Begrip\tUitleg\nZMOT\tzoeken\n".encode("utf-16-le"),
                          deck_id="x", title="X")
    assert result.data["cards"][0]["back"] == "zoeken"


def test_word_document_is_named_as_such(tmp_path: Path) -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError) as caught:
        import_bytes(raw.getvalue(), deck_id="x", title="X", source_name="begrippen.docx")
    assert "tekstverwerkerbestand" in str(caught.value)
    assert "spreadsheet" not in str(caught.value)
