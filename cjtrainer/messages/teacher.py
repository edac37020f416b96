"""Teacher tools: import, new, export-progress, class-report (and preview)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- import ------------------------------------------------------------------------
    "teacher.import.help": {
        "nl": "maak een deck van een woordenlijst (Quizlet, Anki, CSV uit een spreadsheet)",
        "en": "make a deck from a word list (Quizlet, Anki, spreadsheet CSV)",
    },
    "teacher.import.arg.file": {
        "nl": "CSV- of TSV-bestand (UTF-8)", "en": "CSV or TSV file (UTF-8)",
    },
    "teacher.import.arg.output": {
        "nl": "waar het deck komt (standaard: naast het bestand, met .yaml; '-' = scherm)",
        "en": "where the deck goes (default: next to the file, as .yaml; '-' = screen)",
    },
    "teacher.import.arg.as": {
        "nl": "soort kaarten: flashcard (standaard), typed (student typt het begrip) of "
              "choice (meerkeuze met omschrijvingen van andere regels)",
        "en": "card type: flashcard (default), typed (student types the term) or "
              "choice (multiple choice with other rows' definitions)",
    },
    "teacher.import.arg.id": {
        "nl": "id van het deck (standaard: uit de bestandsnaam)",
        "en": "deck id (default: from the file name)",
    },
    "teacher.import.arg.title": {
        "nl": "titel van het deck (standaard: uit de bestandsnaam)",
        "en": "deck title (default: from the file name)",
    },
    "teacher.import.arg.swap": {
        "nl": "wissel de kolommen om (omschrijving eerst, begrip tweede)",
        "en": "swap the columns (definition first, term second)",
    },
    "teacher.import.arg.force": {
        "nl": "overschrijf een bestaand uitvoerbestand", "en": "overwrite an existing output file",
    },
    "teacher.import.missing": {
        "nl": "bestand niet gevonden: {path}", "en": "file not found: {path}",
    },
    "teacher.import.unreadable": {
        "nl": "kan {path} niet lezen: {error}", "en": "cannot read {path}: {error}",
    },
    "teacher.import.exists": {
        "nl": "{path} bestaat al; ik overschrijf het niet",
        "en": "{path} already exists; not overwriting it",
    },
    "teacher.import.exists.hint": {
        "nl": "kies een andere naam met -o NAAM.yaml, of gebruik --force om te overschrijven",
        "en": "choose another name with -o NAME.yaml, or use --force to overwrite",
    },
    "teacher.import.same-file": {
        "nl": "het uitvoerbestand is hetzelfde als het invoerbestand ({path})",
        "en": "the output file is the input file ({path})",
    },
    "teacher.import.same-file.hint": {
        "nl": "kies een andere naam met -o NAAM.yaml",
        "en": "choose another name with -o NAME.yaml",
    },
    "teacher.import.bad-id": {
        "nl": "'{id}' is geen geldig deck-id: alleen kleine letters, cijfers en '-'",
        "en": "'{id}' is not a valid deck id: only lowercase letters, digits and '-'",
    },
    "teacher.import.bad-id.hint": {
        "nl": "bijvoorbeeld --id {suggestion}", "en": "for example --id {suggestion}",
    },
    "teacher.import.done": {
        "nl": "{count} kaart(en) ({kind}) geïmporteerd uit {source} → {output}",
        "en": "{count} card(s) ({kind}) imported from {source} → {output}",
    },
    "teacher.import.layout": {
        "nl": "Gelezen als: {delimiter}, {header}, {encoding}{extra}.",
        "en": "Read as: {delimiter}, {header}, {encoding}{extra}.",
    },
    "teacher.import.delim.tab": {"nl": "gescheiden door tabs", "en": "tab-separated"},
    "teacher.import.delim.semicolon": {
        "nl": "gescheiden door puntkomma's", "en": "semicolon-separated",
    },
    "teacher.import.delim.comma": {"nl": "gescheiden door komma's", "en": "comma-separated"},
    "teacher.import.delim.other": {
        "nl": "gescheiden door '{char}'", "en": "separated by '{char}'",
    },
    "teacher.import.header.none": {"nl": "zonder kopregel", "en": "no header row"},
    "teacher.import.header.skipped": {
        "nl": "kopregel {cells} overgeslagen", "en": "header row {cells} skipped",
    },
    "teacher.import.anki": {"nl": ", Anki-export", "en": ", Anki export"},
    "teacher.import.html": {
        "nl": ", HTML omgezet naar gewone tekst", "en": ", HTML turned into plain text",
    },
    "teacher.import.skipped": {
        "nl": "{count} regel(s) niet gebruikt:", "en": "{count} row(s) not used:",
    },
    "teacher.import.skip.line": {"nl": "  regel {line}: {reason}", "en": "  line {line}: {reason}"},
    "teacher.import.skip.empty": {"nl": "lege regel", "en": "empty row"},
    "teacher.import.skip.one-column": {
        "nl": "maar één kolom ({text}); hoort dit bij de regel erboven, of ontbreekt het "
              "scheidingsteken?",
        "en": "only one column ({text}); does it belong to the row above, or is the "
              "separator missing?",
    },
    "teacher.import.skip.no-term": {
        "nl": "geen begrip in de eerste kolom ({text})",
        "en": "no term in the first column ({text})",
    },
    "teacher.import.skip.no-definition": {
        "nl": "geen omschrijving bij '{text}'", "en": "no definition for '{text}'",
    },
    "teacher.import.skip.duplicate": {
        "nl": "begrip staat al op regel {other} ({text})",
        "en": "term already on line {other} ({text})",
    },
    "teacher.import.skip.unreadable": {
        "nl": "onleesbaar (aanhalingstekens of regel te lang)",
        "en": "unreadable (quotes or line too long)",
    },
    "teacher.import.skip.no-distractors": {
        "nl": "geen andere omschrijvingen om uit te kiezen ({text})",
        "en": "no other definitions to choose from ({text})",
    },
    "teacher.import.valid": {
        "nl": "Gecontroleerd: het deck is in orde.", "en": "Checked: the deck is valid.",
    },
    "teacher.import.invalid": {
        "nl": "Let op: de controle vond problemen in het nieuwe deck:",
        "en": "Note: checking the new deck found problems:",
    },
    "teacher.import.next": {
        "nl": "Volgende stap: pas de titel en de kaarten aan in {output} en controleer met "
              "'cjtrainer validate {output}'.",
        "en": "Next: adjust the title and cards in {output} and check with "
              "'cjtrainer validate {output}'.",
    },
    "teacher.import.file-header": {
        "nl": "Geïmporteerd uit {source} met 'cjtrainer import'.\n"
              "Pas gerust aan; controleer daarna met: cjtrainer validate {output}",
        "en": "Imported from {source} with 'cjtrainer import'.\n"
              "Edit freely; then check with: cjtrainer validate {output}",
    },
    "teacher.import.not-utf8": {
        "nl": "het bestand is geen UTF-8 (regel {line} bevat een teken dat niet te lezen is)",
        "en": "the file is not UTF-8 (line {line} holds a character that cannot be read)",
    },
    "teacher.import.not-utf8.hint": {
        "nl": "sla het bestand op als 'CSV UTF-8' (Excel) of kies de codering UTF-8 bij "
              "opslaan (Kladblok, LibreOffice, Numbers) en probeer het opnieuw",
        "en": "save the file as 'CSV UTF-8' (Excel) or choose the UTF-8 encoding when saving "
              "(Notepad, LibreOffice, Numbers) and try again",
    },
    "teacher.import.choice-few": {
        "nl": "voor meerkeuzevragen zijn minstens twee bruikbare regels nodig",
        "en": "multiple choice needs at least two usable rows",
    },
    "teacher.import.choice-few.hint": {
        "nl": "importeer als flashcard of typed, of voeg regels toe",
        "en": "import as flashcard or typed, or add rows",
    },
    "teacher.import.nothing": {
        "nl": "geen enkele regel is bruikbaar: elke regel moet een begrip en een omschrijving "
              "hebben, gescheiden door een tab, puntkomma of komma",
        "en": "no row is usable: every row needs a term and a definition, separated by a "
              "tab, semicolon or comma",
    },
    "teacher.import.nothing.hint": {
        "nl": "open het bestand in een teksteditor en controleer het scheidingsteken",
        "en": "open the file in a text editor and check the separator",
    },
    "teacher.import.default-title": {"nl": "Geïmporteerd deck", "en": "Imported deck"},
    "teacher.import.description": {
        "nl": "Geïmporteerd uit {source}.", "en": "Imported from {source}.",
    },
    "teacher.import.unwritable": {
        "nl": "kan {path} niet schrijven: {error}", "en": "cannot write {path}: {error}",
    },
    "teacher.import.warnings": {
        "nl": "Tip ({count}x, {code}): {example}",
        "en": "Tip ({count}x, {code}): {example}",
    },
    # --- new ---------------------------------------------------------------------------
    "teacher.new.help": {
        "nl": "maak een nieuw deck of een nieuwe oefening met uitleg in het bestand",
        "en": "make a new deck or exercise from a commented template",
    },
    "teacher.new.arg.kind": {"nl": "deck of exercise", "en": "deck or exercise"},
    "teacher.new.arg.id": {
        "nl": "id: kleine letters, cijfers en '-', bijvoorbeeld touchpoints-h2",
        "en": "id: lowercase letters, digits and '-', for example touchpoints-h2",
    },
    "teacher.new.arg.output": {
        "nl": "bestand of map (standaard: ./ID.yaml)", "en": "file or folder (default: ./ID.yaml)",
    },
    "teacher.new.arg.title": {
        "nl": "titel (standaard: uit het id)", "en": "title (default: from the id)",
    },
    "teacher.new.bad-id": {
        "nl": "'{id}' is geen geldig id: alleen kleine letters, cijfers en '-'",
        "en": "'{id}' is not a valid id: only lowercase letters, digits and '-'",
    },
    "teacher.new.bad-id.hint": {
        "nl": "bijvoorbeeld: cjtrainer new {kind} {suggestion}",
        "en": "for example: cjtrainer new {kind} {suggestion}",
    },
    "teacher.new.exists.hint": {
        "nl": "kies een ander id of een andere plek met -o, of gebruik --force om te overschrijven",
        "en": "choose another id or place with -o, or use --force to overwrite",
    },
    "teacher.new.done.deck": {
        "nl": "Nieuw deck gemaakt: {path} (met een voorbeeld van elk soort kaart).",
        "en": "New deck created: {path} (with an example of every card type).",
    },
    "teacher.new.done.exercise": {
        "nl": "Nieuwe oefening gemaakt: {path}.", "en": "New exercise created: {path}.",
    },
    "teacher.new.next": {
        "nl": "Open het in een teksteditor, lees de uitleg achter de #-tekens en pas het aan.\n"
              "Controleer daarna met: cjtrainer validate {path}",
        "en": "Open it in a text editor, read the notes after the # signs and adapt it.\n"
              "Then check it with: cjtrainer validate {path}",
    },
}
