"""Turn a word list (Quizlet, Anki, spreadsheet) into deck data.

Accepted input:

- Quizlet export: ``term<TAB>definition`` per line, no header, no quoting.
- Anki "Notes in Plain Text": optional ``#separator:tab``, ``#html:true``, ``#columns:...``,
  ``#tags column:N``, ``#notetype column:N``, ``#deck column:N``, ``#guid column:N`` lines at
  the top; fields with HTML (tags stripped, entities unescaped, ``<br>`` becomes a space);
  fields quoted when they hold the separator, a quote or a newline.
- Spreadsheet CSV with ``;`` or ``,`` (or tab, or ``|``), with or without a header row such as
  ``term,definition``, ``term;def`` or ``begrip;omschrijving`` (the headings are listed below
  and in docs/teacher-guide.md); a ``tags`` column is used when present.

- Quizlet with its own separators (``term - definition`` rows split by ``;``): detected, or
  named with ``sep``/``row_sep``.
- A comma file without quotes (Quizlet's "comma" export): only the first comma splits; the
  others stay in the definition, and the report says on which rows.
- Anki packages, Excel workbooks and Kahoot's question sheet: see ``import_bytes`` and the
  modules import_anki, import_xlsx and import_kahoot.

The text is UTF-8 (a BOM is fine), UTF-16 (Excel's "Unicode text") or, when it is neither,
Windows-1252 (Excel's "CSV" on a Dutch Windows), which the report mentions.

Nothing here raises on odd input except for the encoding and "nothing usable at all": rows
that cannot become a card are returned in ``ImportResult.skipped`` with their line number and
a reason code (``empty``, ``one-column``, ``no-term``, ``no-definition``, ``duplicate``,
``unreadable``, ``no-distractors``) that the command turns into a sentence. Nothing is lost
without a word either: text in a column that is not used (a third column in a file without a
header, a cell past the last heading) is listed in ``Layout.dropped`` with its line and column,
headed columns that are not used in ``Layout.unused``, and a first row that became a card
although one of its cells is a known heading in ``Layout.maybe_header``.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from cjtrainer.errors import CjError

# t(): the texts written into the imported deck (a default title, a choice card's
# question) are content, in the teacher's language; errors are Messages (msg()).
from cjtrainer.i18n import msg, t
from cjtrainer.inert import inert
from cjtrainer.text import shorten, slugify

CardKind = Literal["flashcard", "typed", "choice"]
KINDS: tuple[str, ...] = ("flashcard", "typed", "choice")
DISTRACTORS = 3
MAX_ID_LENGTH = 48
SHOWN = 60  # characters of a skipped or dropped row shown in the import report

# Header cells that name the term column / the definition column, compared as
# ``_header_word`` makes them: casefolded, without (...) or [...] parts and punctuation, so
# ``Term:``, ``TERM``, ``Begrip (NL)`` and ``"Front"`` all read as their word. A first row
# with a term heading and a definition heading is a header, in any order and with other
# columns around them. docs/teacher-guide.md lists these words (a test keeps them in step).
# Headings that say the first column holds questions: each row then keeps its direction.
QUESTION_HEADERS = frozenset({"vraag", "vragen", "question", "questions", "q", "v"})
TERM_HEADERS = frozenset({
    "term", "terms", "termen", "begrip", "begrippen", "woord", "woorden", "vraag", "vragen",
    "question", "questions", "q", "v", "front", "front side", "voorkant", "voorzijde", "word",
    "words", "concept", "concepten", "trefwoord", "trefwoorden", "kernbegrip", "kernbegrippen",
    "onderwerp", "naam", "name", "prompt", "card", "kaart", "text", "tekst", "side 1",
    "zijde 1", "kant 1", "kolom1", "kolom 1", "column1", "column 1", "field 1", "veld 1",
})
DEFINITION_HEADERS = frozenset({
    "definition", "definitions", "def", "defs", "defn", "definitie", "definities",
    "omschrijving", "omschrijvingen", "betekenis", "betekenissen", "uitleg", "antwoord",
    "antwoorden", "antw", "answer", "answers", "a", "back", "back side", "achterkant",
    "achterzijde", "beschrijving", "description", "meaning", "explanation", "toelichting",
    "verklaring", "side 2", "zijde 2", "kant 2", "kolom2", "kolom 2", "column2", "column 2",
    "field 2", "veld 2",
})
# A word list between two languages (``Engels;Nederlands``): the first is the term column.
LANGUAGE_HEADERS = frozenset({
    "nederlands", "engels", "duits", "frans", "spaans", "dutch", "english", "german", "french",
    "spanish", "nl", "en", "de", "fr", "es",
})
TAG_HEADERS = frozenset({"tags", "tag", "labels", "label", "onderwerp tags", "thema"})

_ANKI_SEPARATORS = {
    "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":",
}
_ANKI_HEADER = re.compile(r"#([a-zA-Z ]+):(.*)")
_HTML_TAG = re.compile(
    r"</?(?:br|div|p|b|i|u|s|span|font|sup|sub|strong|em|li|ul|ol|img|a|hr|h[1-6]|table|tr|td"
    r"|th|tbody|thead|blockquote|code|pre|small|big|mark|del|ins|center)\b[^>]*>",
    re.IGNORECASE,
)
_HTML_BREAK = re.compile(r"<\s*(?:br|/?div|/?p|/?li|hr|/?tr|/?h[1-6])\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
_ANKI_SOUND = re.compile(r"\[sound:[^\]]*\]")


class ImportFileError(CjError):
    """The file cannot be read as a word list at all."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row that did not become a card."""

    line: int  # 1-based line where the row starts
    reason: str  # empty | one-column | title | no-term | no-definition | duplicate | ...
    text: str = ""  # the row as read, shortened, for the report
    other_line: int | None = None  # for duplicates: where the term was first seen


@dataclass(frozen=True, slots=True)
class Dropped:
    """Text in a column that no card uses (a third column, a cell past the last heading)."""

    line: int  # 1-based line where the row starts
    column: int  # 1-based column in the file
    text: str  # the cell, shortened


@dataclass(frozen=True, slots=True)
class Row:
    line: int
    term: str
    definition: str
    tags: tuple[str, ...] = ()
    cloze: bool = False  # the term is an Anki cloze text ({{c1::...}}); definition = extra
    reverse: bool = False  # Anki's "Basic (and reversed card)": a flashcard both ways
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the teacher should hear about: ``lost`` when text did not reach the deck."""

    code: str  # teacher.import.notice.<code>
    text: str = ""
    line: int | None = None
    lost: bool = True
    count: int = 0


@dataclass(frozen=True, slots=True)
class Layout:
    """How the file was read: what the summary tells the teacher."""

    delimiter: str
    header: tuple[str, ...] | None = None  # the header row's cells, when one was skipped
    anki: bool = False
    html: bool = False
    encoding: str = "utf-8"
    # (line, line of the row it was added to): Quizlet writes a definition with a line
    # break as two lines; the second line (no tab) is joined to the row above it.
    joined: tuple[tuple[int, int], ...] = ()
    term_column: int = 1  # 1-based columns the cards are made of
    definition_column: int = 2
    # Text in columns no card uses, per row that became a card (in file order).
    dropped: tuple[Dropped, ...] = ()
    # (1-based column, heading) of headed columns that are not used, such as ``nr``.
    unused: tuple[tuple[int, str], ...] = ()
    # (line, cells) of the first row when it became a card although a cell is a known
    # heading (``Term;Uitleg van het begrip``): perhaps a header the teacher meant.
    maybe_header: tuple[int, tuple[str, ...]] | None = None
    row_separator: str = "\n"
    # Lines of a comma file without quotes whose extra commas stayed in the definition.
    comma_joined: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportResult:
    data: dict[str, Any]  # the deck, as the file structure (see deck.writer.dump_yaml)
    rows: tuple[Row, ...]
    skipped: tuple[Skipped, ...]
    layout: Layout
    card_ids: tuple[str, ...] = field(default=())
    notices: tuple[Notice, ...] = ()
    source_kind: str = "text"  # text | anki | xlsx | kahoot

    @property
    def lost_anything(self) -> bool:
        """Whether any text of the file did not reach the deck (empty rows do not count)."""
        return (any(s.reason != "empty" for s in self.skipped) or bool(self.layout.dropped)
                or bool(self.layout.unused) or any(n.lost for n in self.notices))


# --- decoding ----------------------------------------------------------------------------


def decode(raw: bytes, name: str = "") -> tuple[str, str]:
    """The text and the encoding name: UTF-8 (BOM optional), UTF-16 (with a BOM, or without
    one when every other byte is NUL) or else Windows-1252, Excel's "CSV" on a Dutch Windows.

    Containers (zip, OLE) that import_bytes did not recognise get their own message."""
    if raw.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        key = container_kind(raw, name)
        raise ImportFileError(msg(f"teacher.import.{key}"), msg(f"teacher.import.{key}.hint"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    sample = raw[:4000]
    if len(sample) >= 4 and sample[1::2].count(0) * 10 >= len(sample[1::2]) * 9:
        try:  # UTF-16 little-endian without a BOM: ASCII text with a NUL after each letter
            return raw.decode("utf-16-le"), "utf-16"
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        try:
            return raw.decode("cp1252"), "windows-1252"
        except UnicodeDecodeError:
            raise ImportFileError(
                msg("teacher.import.not-utf8", line=line), msg("teacher.import.not-utf8.hint")
            ) from None


def container_kind(raw: bytes, name: str) -> str:
    """What a zip or OLE file is, for its message: anki-package, word, presentation or
    spreadsheet (the default: .xls, .ods, .numbers)."""
    lower = name.lower()
    if lower.endswith((".apkg", ".colpkg")):
        return "anki-package"
    if lower.endswith((".docx", ".doc", ".odt", ".rtf", ".pages")) or b"word/document.xml" in raw[:65536]:
        return "word"
    if lower.endswith((".pptx", ".ppt", ".odp", ".key")) or b"ppt/presentation.xml" in raw[:65536]:
        return "presentation"
    return "spreadsheet"


# --- reading rows ------------------------------------------------------------------------


@dataclass(slots=True)
class _AnkiHeader:
    separator: str | None = None
    html: bool | None = None
    columns: list[str] | None = None
    tags_column: int | None = None  # 0-based
    meta_columns: set[int] = field(default_factory=set)  # guid, notetype, deck (0-based)
    notetype_column: int | None = None  # 0-based
    lines: int = 0  # how many header lines were consumed
    excel: bool = False  # the only header line is Excel's ``sep=;``


_EXCEL_SEP = re.compile(r'"?sep=([;,\t|])"?[;,\t|]*\r?', re.IGNORECASE)


def _read_anki_header(text: str) -> _AnkiHeader:
    header = _AnkiHeader()
    excel = _EXCEL_SEP.fullmatch(text.split("\n", 1)[0])
    if excel:  # Excel's "sep=;" line names the delimiter; a header row may follow it
        return _AnkiHeader(separator=excel.group(1), lines=1, excel=True)
    for line in text.split("\n"):
        match = _ANKI_HEADER.fullmatch(line.rstrip("\r"))
        if not match:
            break
        key, value = match.group(1).strip().lower(), match.group(2).strip()
        header.lines += 1
        if key == "separator":
            header.separator = _ANKI_SEPARATORS.get(value.lower(), value[:1] or None)
        elif key == "html":
            header.html = value.lower() == "true"
        elif key == "columns":
            header.columns = [value]  # split once the separator is known
        elif key.endswith(" column") and value.isdigit() and int(value) >= 1:
            index = int(value) - 1
            if key == "tags column":
                header.tags_column = index
            else:
                header.meta_columns.add(index)
                if key == "notetype column":
                    header.notetype_column = index
    if header.columns is not None and header.separator:
        header.columns = header.columns[0].split(header.separator)
    return header


def _sniff_delimiter(lines: list[str]) -> str:
    """Pick the delimiter: tab when most lines have one, else csv.Sniffer, else by count."""
    sample = [line for line in lines if line.strip()][:50]
    if not sample:
        return "\t"
    with_tab = sum(1 for line in sample if "\t" in line)
    if with_tab * 2 >= len(sample):
        return "\t"
    text = "\n".join(sample)
    try:
        sniffed = csv.Sniffer().sniff(text, delimiters=";,|\t").delimiter
    except csv.Error:
        sniffed = None
    scores = {d: _score(sample, d) for d in (";", ",", "|", "\t")}
    best = max(scores, key=lambda d: (scores[d], d == ";", d == ","))
    if sniffed in scores and scores[sniffed] >= scores[best]:
        return sniffed
    return best if scores[best] > 0 else ","


def _score(sample: list[str], delimiter: str) -> float:
    """Share of sample lines that split into two or more cells, weighted by consistency."""
    try:
        rows = list(csv.reader(sample, delimiter=delimiter))
    except csv.Error:
        return 0.0
    counts = [len(r) for r in rows if r]
    if not counts:
        return 0.0
    usable = sum(1 for c in counts if c >= 2) / len(counts)
    most = max(set(counts), key=counts.count)
    consistent = counts.count(most) / len(counts)
    return usable * (0.5 + 0.5 * consistent) if most >= 2 else usable * 0.25


def _quotes_are_csv(text: str, delimiter: str) -> bool:
    """Whether every quote in the text follows CSV's rules (a quoted cell closes right
    before a delimiter or a line end). Quizlet never quotes, so its definition that starts
    with a quote is text: read as CSV, it would swallow the rows up to the next quote."""
    if '"' not in text:
        return True  # most word lists: no second pass over the text
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error:
        return False
    return True


def _records(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str] | None]]:
    """(start line, cells) per CSV record; cells None when the record cannot be read.
    Quotes are CSV's only where the whole text follows CSV's rules, else plain text."""
    csv.field_size_limit(1 << 20)
    source = io.StringIO(text, newline="")
    reader = (csv.reader(source, delimiter=delimiter, strict=False)
              if _quotes_are_csv(text, delimiter)
              else csv.reader(source, delimiter=delimiter, strict=False, quoting=csv.QUOTE_NONE))
    while True:
        start = reader.line_num + first_line
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            before = start
            yield before, None
            if reader.line_num + first_line == before:
                return  # the reader cannot move on; stop rather than loop
            continue
        yield start, cells


def clean_html(value: str) -> str:
    """Anki field HTML to plain text: breaks become spaces, tags go, entities are decoded."""
    value = _ANKI_SOUND.sub(" ", value)
    value = _HTML_BREAK.sub(" ", value)
    value = _ANY_TAG.sub("", value) if _HTML_TAG.search(value) or "<" in value else value
    return html.unescape(value)


def _clean(value: str, as_html: bool) -> str:
    if as_html:
        value = clean_html(value)  # before inert: "&#27;" is an ESC too
    value = inert(value.replace("\x00", ""))  # the written deck never carries control bytes
    # One line of text: newlines and runs of whitespace (incl. non-breaking) become one space.
    return " ".join(value.split())


def _header_word(cell: str) -> str:
    """A heading as compared: ``"Begrip (NL):"`` -> ``begrip``, ``Back-side`` -> ``back side``."""
    word = re.sub(r"\([^)]*\)|\[[^\]]*\]|[-_/]", " ", cell.casefold())
    return " ".join(re.sub(r"[^\w ]+", "", word).split())


def is_heading(cell: str) -> bool:
    """Whether a cell reads as a known term, definition or tags heading."""
    return _header_word(cell) in TERM_HEADERS | DEFINITION_HEADERS | TAG_HEADERS


def _header_columns(cells: list[str]) -> tuple[int, int, int | None] | None:
    """(term, definition, tags) column of a header row such as ``nr;begrip;omschrijving``;
    None when the row is not a header (it needs a term and a definition heading, or two
    language names such as ``Engels;Nederlands``)."""
    words = [_header_word(c) for c in cells]
    term = next((i for i, w in enumerate(words) if w in TERM_HEADERS), None)
    definition = next((i for i, w in enumerate(words) if w in DEFINITION_HEADERS and i != term),
                      None)
    if term is None or definition is None:
        languages = [i for i, w in enumerate(words) if w in LANGUAGE_HEADERS]
        if len(languages) < 2 or any(w for w in words if w not in LANGUAGE_HEADERS | TAG_HEADERS):
            return None
        term, definition = languages[0], languages[1]
    tags = next((i for i, w in enumerate(words) if w in TAG_HEADERS), None)
    return term, definition, tags


# Quizlet's "custom" separators that a teacher picks when a definition holds a tab or comma.
CUSTOM_TERM_SEPARATORS = (" - ", " – ", " = ", " : ", " -- ", " | ")
CUSTOM_ROW_SEPARATORS = (";", "\n")


def separator_argument(value: str) -> str:
    """``--sep``/``--row-sep`` as typed in a shell: ``tab``, ``\\t``, ``newline``, ``\\n``."""
    named = {"tab": "\t", "\\t": "\t", "newline": "\n", "\\n": "\n", "semicolon": ";",
             "comma": ",", "puntkomma": ";", "komma": ","}
    return named.get(value.lower(), value)


def detect_custom(text: str) -> tuple[str, str] | None:
    """(term separator, row separator) of a Quizlet export with custom separators, such as
    ``term - definition;term - definition``; None for tab, comma and semicolon files."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or any("\t" in line for line in lines):
        return None
    for row_separator in CUSTOM_ROW_SEPARATORS:
        rows = [row.strip() for row in text.split(row_separator) if row.strip()]
        if len(rows) < 2 or (row_separator != "\n" and len(lines) * 2 > len(rows)):
            continue
        if row_separator == "\n" and max(_score(rows[:50], d) for d in ";,|") >= 0.5:
            return None  # an ordinary CSV file
        for term_separator in CUSTOM_TERM_SEPARATORS:
            with_it = sum(1 for row in rows if term_separator in row)
            if with_it * 10 >= len(rows) * 9:
                return term_separator, row_separator
    return None


def _custom_records(text: str, term_separator: str,
                    row_separator: str) -> Iterator[tuple[int, list[str] | None]]:
    """(row number, [term, definition]) split at the first term separator; with newline
    rows the number is the line, otherwise the row's place in the file."""
    line = 1
    for number, row in enumerate(text.split(row_separator), start=1):
        where = line if row_separator == "\n" else number
        line += row.count("\n") + (1 if row_separator == "\n" else 0)
        if not row.strip():
            continue  # the separator after the last row, or a blank line between rows
        term, found, definition = row.partition(term_separator)
        yield where, [term, definition] if found else [row]


def read_rows(text: str, *, sep: str | None = None,
              row_sep: str | None = None) -> tuple[list[Row], list[Skipped], Layout]:
    """All usable rows (term, definition, tags) and the rows that could not be used.

    ``sep``/``row_sep`` name the separators (Quizlet's custom export); without them the
    file's own are detected."""
    text = text.replace("\x00", "")
    custom = (sep or "\t", row_sep or "\n") if (sep or row_sep) else detect_custom(text)
    if custom is not None and (len(custom[0]) > 1 or custom[1] != "\n"):
        records = _custom_records(text, *custom)
        return rows_from_records(records, delimiter=custom[0], row_separator=custom[1],
                                 html_mode=bool(_HTML_TAG.search(text)))
    anki = _read_anki_header(text)
    lines = text.split("\n")
    body = "\n".join(lines[anki.lines :])
    delimiter = (custom[0] if custom else None) or anki.separator or _sniff_delimiter(
        lines[anki.lines :])
    if anki.columns is not None and anki.separator is None:
        anki.columns = anki.columns[0].split(delimiter)
    if anki.columns is not None and anki.tags_column is None:
        words = [_header_word(c) for c in anki.columns]
        anki.tags_column = next((i for i, w in enumerate(words) if w in TAG_HEADERS), None)
    html_mode = anki.html if anki.html is not None else bool(
        _HTML_TAG.search(body) or _ENTITY.search(body)
    )
    return rows_from_records(
        _records(body, delimiter, anki.lines + 1), delimiter=delimiter, anki=anki,
        html_mode=html_mode, joinable=delimiter == "\t" and anki.lines == 0,
    )


def rows_from_records(
    records: Iterable[tuple[int, list[str] | None]], *, delimiter: str,
    anki: _AnkiHeader | None = None, html_mode: bool = False, joinable: bool = False,
    row_separator: str = "\n",
) -> tuple[list[Row], list[Skipped], Layout]:
    """Rows from records of cells (a CSV file, a custom-separated file, a worksheet)."""
    anki = anki or _AnkiHeader()
    term_col, def_col, tags_col = 0, 1, anki.tags_column
    content_cols = None
    if anki.meta_columns or tags_col is not None:
        content_cols = [i for i in range(64) if i not in anki.meta_columns and i != tags_col]
        term_col, def_col = content_cols[0], content_cols[1]

    rows: list[Row] = []
    skipped: list[Skipped] = []
    seen: dict[str, int] = {}
    header: tuple[str, ...] | None = None
    first_record = True
    first_cells: tuple[int, tuple[str, ...]] | None = None  # a first row that is no header
    dropped: list[Dropped] = []
    joined: list[tuple[int, int]] = []
    comma_joined: list[int] = []
    row_end = -1  # the line the last usable row ended on (continuations extend it)
    records = list(records)
    titles = _title_lines(records)
    for line, cells in records:
        if cells is None:
            skipped.append(Skipped(line, "unreadable"))
            continue
        if line in titles:
            skipped.append(Skipped(line, "title", shorten(
                " ".join(c.strip() for c in cells if c.strip()), SHOWN, one_line=True)))
            continue
        if first_record and any(c.strip() for c in cells):
            first_record = False
            found = _header_columns(cells)
            if found is not None:
                header = tuple(inert(c).strip() for c in cells)
                if content_cols is None:  # Anki's own column lines win over a header row
                    term_col, def_col = found[0], found[1]
                    tags_col = found[2] if tags_col is None else tags_col
                continue
            first_cells = (line, tuple(inert(c).strip() for c in cells))
        if (delimiter == "," and len(cells) > def_col + 1 and tags_col is None
                and not anki.meta_columns and (header is None or len(header) == def_col + 1)
                and any(c.strip() for c in cells[def_col + 1 :])):
            # Quizlet's comma export does not quote: a comma after the first one is part of
            # the definition, not a new column.
            rest = cells[def_col:]
            while not rest[-1].strip():
                rest = rest[:-1]
            cells = [*cells[:def_col], ",".join(rest)]
            comma_joined.append(line)
        cleaned = [_clean(c, html_mode) for c in cells]
        shown = shorten(" | ".join(_rstrip_empty(cleaned)), SHOWN, one_line=True)
        if not any(cleaned):
            skipped.append(Skipped(line, "empty"))
            continue
        cloze = bool(cleaned[term_col:term_col + 1]) and _is_cloze(cleaned[term_col])
        if len(cells) <= max(term_col, def_col) and not cloze:
            if joinable and len(cells) == 1 and rows and line == row_end + 1:
                last = rows[-1]
                rows[-1] = dataclasses.replace(last, definition=f"{last.definition} {cleaned[0]}")
                joined.append((line, last.line))
                row_end = line
                continue
            skipped.append(Skipped(line, "one-column", shown))
            continue
        term = cleaned[term_col]
        definition = cleaned[def_col] if def_col < len(cleaned) else ""
        if not term:
            skipped.append(Skipped(line, "no-term", shorten(definition, SHOWN, one_line=True) or shown))
            continue
        if not definition and not cloze:  # a cloze note's extra field may be empty
            skipped.append(Skipped(line, "no-definition", shown))
            continue
        norm = _normal(term)
        if norm in seen:
            skipped.append(Skipped(line, "duplicate", shown, other_line=seen[norm]))
            continue
        seen[norm] = line
        tags: tuple[str, ...] = ()
        if tags_col is not None and tags_col < len(cleaned):
            slugs = (slugify(tag, limit=MAX_ID_LENGTH) for tag in cleaned[tags_col].split())
            tags = tuple(dict.fromkeys(tag for tag in slugs if tag))
        notetype = (cleaned[anki.notetype_column] if anki.notetype_column is not None
                    and anki.notetype_column < len(cleaned) else "")
        reverse = "revers" in notetype.casefold() and "optional" not in notetype.casefold()
        rows.append(Row(line, term, definition, tags, cloze=cloze, reverse=reverse))
        row_end = line + sum(c.count("\n") for c in cells)
        used = {term_col, def_col, tags_col, *anki.meta_columns}
        named = header or anki.columns or ()
        for index, value in enumerate(cleaned):
            if value and index not in used and not (index < len(named) and named[index].strip()):
                dropped.append(Dropped(line, index + 1, shorten(value, SHOWN, one_line=True)))
    if anki.columns and header is None:
        header = tuple(inert(c) for c in anki.columns)
    used = {term_col, def_col, tags_col, *anki.meta_columns}
    unused = tuple((i + 1, name) for i, name in enumerate(header or ())
                   if name.strip() and i not in used)
    maybe_header = None
    if first_cells is not None and rows and rows[0].line == first_cells[0] and any(
        is_heading(cell) for cell in first_cells[1]
    ):
        maybe_header = first_cells
    layout = Layout(delimiter=delimiter, header=header, anki=anki.lines > 0 and not anki.excel,
                    html=html_mode, joined=tuple(joined), term_column=term_col + 1,
                    definition_column=def_col + 1, dropped=tuple(dropped), unused=unused,
                    maybe_header=maybe_header, row_separator=row_separator,
                    comma_joined=tuple(comma_joined))
    return rows, skipped, layout


def _title_lines(records: list[tuple[int, list[str] | None]]) -> set[int]:
    """The lines of a title above the header ('Begrippenlijst H2' in cell A1, then the
    header on row 3): up to three rows of one cell each, right before a header row."""
    rows = [(line, cells) for line, cells in records
            if cells is not None and any(c.strip() for c in cells)][:4]
    for position, (_, cells) in enumerate(rows):
        if position and _header_columns(cells) is not None:
            return {line for line, _ in rows[:position]}
        if sum(1 for c in cells if c.strip()) != 1:
            return set()
    return set()


def _is_cloze(text: str) -> bool:
    from cjtrainer.deck.import_anki import has_cloze

    return has_cloze(text)


def _rstrip_empty(cells: list[str]) -> list[str]:
    while cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


# --- ids ---------------------------------------------------------------------------------


def unique_ids(terms: list[str]) -> list[str]:
    """Slugs for the terms, made unique in order with -2, -3, ..."""
    taken: set[str] = set()
    ids = []
    for term in terms:
        base = slugify(term, fallback="kaart", limit=MAX_ID_LENGTH)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{n}"
        taken.add(candidate)
        ids.append(candidate)
    return ids


# --- cards -------------------------------------------------------------------------------


def build_cards(rows: list[Row], kind: CardKind, *, questions: bool = False
                ) -> tuple[list[dict[str, Any]], list[Skipped]]:
    """One card mapping per row, in the file's order. ``questions``: the header calls the
    term column questions, so each row is asked as written (without a header, a term
    that ends in '?' is a question)."""
    ids = unique_ids([_id_text(row) for row in rows])
    cards: list[dict[str, Any]] = []
    skipped: list[Skipped] = []
    pool = _distractor_pool(rows) if kind == "choice" else _Pool([], {})
    for card_id, row in zip(ids, rows, strict=True):
        card: dict[str, Any] = {"id": card_id, "type": kind}
        if row.cloze:  # an Anki cloze note stays a cloze, whatever --as says
            from cjtrainer.deck.import_anki import cloze_text

            text, hints = cloze_text(row.term)
            card = {"id": card_id, "type": "cloze", "text": text}
            hint = "; ".join(h for h in (row.hint, *hints) if h)
            if hint:
                card["hint"] = hint
            if row.definition:
                card["explain"] = row.definition
        elif kind == "flashcard":
            card |= {"front": row.term, "back": row.definition}
            if row.reverse:
                card["reverse"] = True
        elif kind == "typed":
            if questions or row.term.rstrip().endswith("?"):  # a question and its answer
                card |= {"prompt": row.term, "answer": row.definition}
            else:  # a term and its definition: the student types the term
                card |= {"prompt": row.definition, "answer": row.term}
        else:
            choices = _choices(row, pool)
            if choices is None:
                skipped.append(Skipped(row.line, "no-distractors", shorten(row.term, SHOWN, one_line=True)))
                continue
            prompt = (row.term if questions or row.term.endswith("?")
                      else t("teacher.import.choice-prompt", term=row.term))
            card |= {"prompt": prompt, "choices": choices, "answer": row.definition}
        if row.tags:
            card["tags"] = list(row.tags)
        cards.append(card)
    return cards, skipped


def _id_text(row: Row) -> str:
    """The text a card's id is made from: a cloze's sentence without Anki's c1:: marks."""
    if not row.cloze:
        return row.term
    from cjtrainer.deck.import_anki import cloze_text

    return cloze_text(row.term)[0]


@dataclass(frozen=True, slots=True)
class _Pool:
    definitions: list[str]  # one per distinct (normalised) definition, in a stable order
    index: dict[str, int]  # normalised definition -> its place in ``definitions``


def _distractor_pool(rows: list[Row]) -> _Pool:
    """All distinct definitions, sorted, so a card's draw does not depend on row order."""
    by_norm: dict[str, str] = {}
    for row in rows:
        by_norm.setdefault(_normal(row.definition), row.definition)
    ordered = sorted(by_norm.items())
    return _Pool([definition for _, definition in ordered],
                 {norm: i for i, (norm, _) in enumerate(ordered)})


def _choices(row: Row, pool: _Pool) -> list[str] | None:
    """The right definition and up to three others, drawn and shuffled by a term-seeded RNG."""
    own = pool.index.get(_normal(row.definition))
    others = len(pool.definitions) - (1 if own is not None else 0)
    if others <= 0:
        return None
    rng = random.Random(f"cjtrainer-import:{row.term}")
    picks = rng.sample(range(others), min(DISTRACTORS, others))
    # indices skip the row's own definition
    choices = [pool.definitions[i + 1 if own is not None and i >= own else i] for i in picks]
    choices.append(row.definition)
    rng.shuffle(choices)
    return choices


def title_from_stem(stem: str) -> str:
    words = re.sub(r"[_\-.]+", " ", stem).strip()
    return (words[:1].upper() + words[1:]) if words else t("teacher.import.default-title")


def import_text(
    text: str,
    *,
    kind: CardKind = "flashcard",
    deck_id: str,
    title: str,
    source_name: str = "",
    swap: bool = False,
    encoding: str = "utf-8",
    sep: str | None = None,
    row_sep: str | None = None,
) -> ImportResult:
    """Deck data from word-list text. Raises ImportFileError when no row is usable."""
    if kind not in KINDS:
        raise ValueError(kind)
    rows, skipped, layout = read_rows(text, sep=sep, row_sep=row_sep)
    if encoding != layout.encoding:
        layout = dataclasses.replace(layout, encoding=encoding)
    return import_rows(rows, skipped, layout, kind=kind, deck_id=deck_id, title=title,
                       source_name=source_name, swap=swap)


def import_rows(
    rows: list[Row], skipped: list[Skipped], layout: Layout, *, kind: CardKind, deck_id: str,
    title: str, source_name: str = "", swap: bool = False, notices: Iterable[Notice] = (),
    source_kind: str = "text",
) -> ImportResult:
    """Deck data from rows read by any reader (text, worksheet, Anki package)."""
    if swap:
        rows = [r if r.cloze else dataclasses.replace(r, term=r.definition, definition=r.term)
                for r in rows]
        # after swapping, two rows may share a "term" (the old definition)
        rows, dupes = _drop_duplicate_terms(rows)
        skipped.extend(dupes)
    if kind == "choice" and len(rows) < 2:
        raise ImportFileError(msg("teacher.import.choice-few"),
                              msg("teacher.import.choice-few.hint"))
    term_heading = (layout.header[layout.term_column - 1]
                    if layout.header and len(layout.header) >= layout.term_column else "")
    questions = not swap and _header_word(term_heading) in QUESTION_HEADERS
    cards, more = build_cards(rows, kind, questions=questions)
    skipped.extend(more)
    skipped.sort(key=lambda s: s.line)
    return finish(cards, skipped, layout, deck_id=deck_id, title=title, rows=rows,
                  source_name=source_name, notices=notices, source_kind=source_kind)


def finish(
    cards: list[dict[str, Any]], skipped: list[Skipped], layout: Layout, *, deck_id: str,
    title: str, rows: list[Row] | None = None, source_name: str = "",
    notices: Iterable[Notice] = (), source_kind: str = "text",
) -> ImportResult:
    """The deck data and the report, once the cards are made."""
    if not cards:
        raise ImportFileError(msg("teacher.import.nothing"), msg("teacher.import.nothing.hint"))
    # a row that was dropped after all (duplicate after --swap, no distractors) is already
    # listed as skipped: its other columns need no second mention
    not_used = {s.line for s in skipped}
    if any(d.line in not_used for d in layout.dropped):
        layout = dataclasses.replace(
            layout, dropped=tuple(d for d in layout.dropped if d.line not in not_used)
        )
    # The title and source name come from a file name or the command line: inert as well.
    data: dict[str, Any] = {"deck": deck_id, "title": inert(title)}
    if source_name:
        data["description"] = t("teacher.import.description", source=inert(source_name))
    data["language"] = "nl"
    data["cards"] = cards
    return ImportResult(
        data=data, rows=tuple(rows or ()), skipped=tuple(skipped), layout=layout,
        card_ids=tuple(c["id"] for c in cards), notices=tuple(notices),
        source_kind=source_kind,
    )


def _drop_duplicate_terms(rows: list[Row]) -> tuple[list[Row], list[Skipped]]:
    seen: dict[str, int] = {}
    kept, skipped = [], []
    for row in rows:
        key = _normal(row.term)
        if key in seen:
            skipped.append(Skipped(row.line, "duplicate", shorten(row.term, SHOWN, one_line=True), seen[key]))
        else:
            seen[key] = row.line
            kept.append(row)
    return kept, skipped


def import_bytes(raw: bytes, **kwargs: Any) -> ImportResult:
    """Deck data from a file's bytes: an Anki package, an Excel workbook (a Kahoot question
    sheet among them) or a word list as text."""
    name = kwargs.get("source_name", "")
    if raw.startswith(b"PK\x03\x04"):
        import zipfile

        from cjtrainer.deck import import_anki, import_xlsx

        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                names = set(archive.namelist())
                package = import_anki.is_package(archive)
        except zipfile.BadZipFile:
            names, package = set(), False
        if package:
            return import_anki_package(raw, **kwargs)
        if "xl/workbook.xml" in names and not name.lower().endswith((".apkg", ".colpkg")):
            return import_xlsx.import_workbook(raw, **kwargs)
    text, encoding = decode(raw, name)
    return import_text(text, encoding=encoding, **kwargs)


def import_anki_package(raw: bytes, *, kind: CardKind = "flashcard", deck_id: str, title: str,
                        source_name: str = "", swap: bool = False, **_: Any) -> ImportResult:
    """Rows from an Anki package's notes; pictures and sounds are listed as not imported."""
    from cjtrainer.deck import import_anki

    try:
        package = import_anki.read_package(raw)
    except import_anki.AnkiError as error:
        raise ImportFileError(error.args[0], msg("teacher.import.anki.broken.hint")) from None
    rows: list[Row] = []
    skipped: list[Skipped] = []
    notices: list[Notice] = []
    seen: dict[str, int] = {}
    dropped: list[Dropped] = []
    for note in package.notes:
        for picture in dict.fromkeys(m for f in note.fields for m in import_anki.media_in(f)):
            notices.append(Notice("media", picture, note.number))
        cleaned = [_clean(f, True) for f in note.fields]
        first = cleaned[0] if cleaned else ""
        second = cleaned[1] if len(cleaned) > 1 else ""
        shown = shorten(" | ".join(_rstrip_empty(cleaned)), SHOWN, one_line=True)
        if not any(cleaned):
            skipped.append(Skipped(note.number, "empty"))
            continue
        if not first:
            skipped.append(Skipped(note.number, "no-term", shorten(second, SHOWN, one_line=True) or shown))
            continue
        if not second and not note.cloze:
            skipped.append(Skipped(note.number, "no-definition", shown))
            continue
        norm = _normal(first)
        if norm in seen:
            skipped.append(Skipped(note.number, "duplicate", shown, other_line=seen[norm]))
            continue
        seen[norm] = note.number
        used = 3 if "revers" in note.notetype.casefold() and len(cleaned) > 2 else 2
        for index, value in enumerate(cleaned[used:], start=used):
            if value:
                dropped.append(Dropped(note.number, index + 1,
                                       shorten(f"{note.field_names[index]}: {value}",
                                               SHOWN, one_line=True)))
        tags = tuple(dict.fromkeys(tag for tag in (slugify(t_, limit=MAX_ID_LENGTH)
                                                   for t_ in note.tags) if tag))
        rows.append(Row(note.number, first, second, tags, cloze=note.cloze,
                        reverse=note.reverse))
    layout = Layout(delimiter="\t", anki=True, html=True, encoding="utf-8",
                    dropped=tuple(dropped))
    if package.media_files:
        notices.append(Notice("media-files", count=package.media_files))
    return import_rows(rows, skipped, layout, kind=kind, deck_id=deck_id, title=title,
                       source_name=source_name, swap=swap, notices=notices,
                       source_kind="anki")
