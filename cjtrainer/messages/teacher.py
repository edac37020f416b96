"""Teacher tools: import, new, export-progress, class-report (and preview)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- import ------------------------------------------------------------------------
    "teacher.import.help": {
        "nl": "maak een deck van een woordenlijst (Quizlet, Anki, Excel, Kahoot, CSV)",
        "en": "make a deck from a word list (Quizlet, Anki, Excel, Kahoot, CSV)",
    },
    "teacher.import.arg.file": {
        "nl": "woordenlijst (.txt/.csv), Anki-pakket (.apkg/.colpkg) of Excel-bestand (.xlsx)",
        "en": "word list (.txt/.csv), Anki package (.apkg/.colpkg) or Excel file (.xlsx)",
    },
    "teacher.import.arg.sep": {
        "nl": "scheidingsteken tussen begrip en omschrijving (Quizlet 'Aangepast'), "
              "bijvoorbeeld ' - ' of tab",
        "en": "separator between term and definition (Quizlet 'Custom'), for example ' - ' or tab",
    },
    "teacher.import.arg.row-sep": {
        "nl": "scheidingsteken tussen de rijen (Quizlet 'Aangepast'), bijvoorbeeld ';' of newline",
        "en": "separator between rows (Quizlet 'Custom'), for example ';' or newline",
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
    "teacher.import.already-deck": {
        "nl": "{path} is al een deck (of oefening) van cjtrainer, geen woordenlijst",
        "en": "{path} is already a cjtrainer deck (or exercise), not a word list",
    },
    "teacher.import.already-deck.hint": {
        "nl": "controleer het met: cjtrainer validate {path}",
        "en": "check it with: cjtrainer validate {path}",
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
        "nl": "{count} {count:kaart|kaarten} ({kind}) geïmporteerd uit {source} → {output}",
        "en": "{count} {count:card|cards} ({kind}) imported from {source} → {output}",
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
    "teacher.import.maybe-header": {
        "nl": "Let op: regel {line} ({cells}) is een kaart geworden. Is het een kopregel? "
              "Gebruik dan kopjes die cjtrainer kent, zoals begrip;omschrijving of "
              "vraag;antwoord (zie de docentenhandleiding), of haal de regel weg.",
        "en": "Note: line {line} ({cells}) became a card. Is it a header row? Then use "
              "headings cjtrainer knows, such as term;definition or question;answer (see the "
              "teacher guide), or remove the line.",
    },
    "teacher.import.unused": {
        "nl": "Kolommen die niet in het deck komen: {columns}.",
        "en": "Columns not used in the deck: {columns}.",
    },
    "teacher.import.unused.column": {
        "nl": "{name} (kolom {column})", "en": "{name} (column {column})",
    },
    "teacher.import.dropped": {
        "nl": "Let op: op {count} {count:regel|regels} staat tekst in een kolom die niet in "
              "het deck komt (alleen kolom {term} en {definition} worden gebruikt):",
        "en": "Note: {count} {count:row has|rows have} text in a column that is not used in "
              "the deck (only columns {term} and {definition} are used):",
    },
    "teacher.import.dropped.cell": {
        "nl": "  regel {line}, kolom {column}: {text}",
        "en": "  line {line}, column {column}: {text}",
    },
    "teacher.import.dropped.column": {
        "nl": "  kolom {column} op regel {lines} (bijvoorbeeld: {text})",
        "en": "  column {column} on line {lines} (for example: {text})",
    },
    "teacher.import.dropped.comma": {
        "nl": "Staat er een komma in de omschrijving? Zet die cel dan tussen aanhalingstekens "
              "(\"...\"), of sla het bestand op met puntkomma's.",
        "en": "Is there a comma in the definition? Then put that cell in quotes (\"...\"), or "
              "save the file with semicolons.",
    },
    "teacher.import.dropped.keep": {
        "nl": "Wil je die tekst bewaren? Zet hem in de omschrijving, of voeg hem daarna in het "
              "deck toe (bijvoorbeeld als explain: de uitleg na het antwoord).",
        "en": "Want to keep that text? Put it in the definition, or add it to the deck "
              "afterwards (for example as explain: the explanation after the answer).",
    },
    "teacher.import.joined": {
        "nl": "Regel {line} heeft geen tab en is als vervolg van de omschrijving op regel {into} "
              "gelezen (Quizlet zet een omschrijving met een nieuwe regel op twee regels).",
        "en": "Line {line} has no tab and was read as the rest of the definition on line "
              "{into} (Quizlet writes a definition with a line break on two lines).",
    },
    "teacher.import.skipped": {
        "nl": "{count} {count:regel|regels} niet gebruikt:",
        "en": "{count} {count:row|rows} not used:",
    },
    "teacher.import.skip.line": {"nl": "  regel {line}: {reason}", "en": "  line {line}: {reason}"},
    "teacher.import.skip.note": {"nl": "  notitie {line}: {reason}", "en": "  note {line}: {reason}"},
    "teacher.import.skip.empty": {"nl": "lege regel", "en": "empty row"},
    "teacher.import.skip.one-column": {
        "nl": "maar één kolom ({text}); hoort dit bij de regel erboven, of ontbreekt het "
              "scheidingsteken?",
        "en": "only one column ({text}); does it belong to the row above, or is the "
              "separator missing?",
    },
    "teacher.import.skip.title": {
        "nl": "titel boven de kopregel ({text})", "en": "title above the header ({text})",
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
    "teacher.import.spreadsheet": {
        "nl": "dit is een spreadsheetbestand (Excel, Numbers of LibreOffice), geen tekst",
        "en": "this is a spreadsheet file (Excel, Numbers or LibreOffice), not text",
    },
    "teacher.import.spreadsheet.hint": {
        "nl": "open het in je spreadsheetprogramma en kies Opslaan als → 'CSV UTF-8'",
        "en": "open it in your spreadsheet program and choose Save as → 'CSV UTF-8'",
    },
    "teacher.import.anki-package": {
        "nl": "dit .apkg-bestand bevat geen Anki-verzameling",
        "en": "this .apkg file holds no Anki collection",
    },
    "teacher.import.anki-package.hint": {
        "nl": "exporteer het deck opnieuw uit Anki (Bestand → Exporteren → Anki-deckpakket), "
              "of kies 'Notities als platte tekst' en importeer dat bestand",
        "en": "export the deck from Anki again (File → Export → Anki Deck Package), or "
              "choose 'Notes in Plain Text' and import that file",
    },
    "teacher.import.anki.broken": {
        "nl": "dit Anki-pakket is niet te lezen (beschadigd of onvolledig)",
        "en": "this Anki package cannot be read (damaged or incomplete)",
    },
    "teacher.import.anki.broken.hint": {
        "nl": "exporteer het deck opnieuw uit Anki, of kies 'Notities als platte tekst'",
        "en": "export the deck from Anki again, or choose 'Notes in Plain Text'",
    },
    "teacher.import.anki.too-big": {
        "nl": "de verzameling in dit Anki-pakket is groter dan 512 MB",
        "en": "the collection in this Anki package is larger than 512 MB",
    },
    "teacher.import.word": {
        "nl": "dit is een tekstverwerkerbestand (Word, Pages of LibreOffice), geen woordenlijst",
        "en": "this is a word-processor file (Word, Pages or LibreOffice), not a word list",
    },
    "teacher.import.word.hint": {
        "nl": "zet de begrippen en omschrijvingen in Excel (twee kolommen) en importeer het "
              ".xlsx-bestand, of sla de tekst op als platte tekst met een tab tussen begrip en "
              "omschrijving",
        "en": "put the terms and definitions in Excel (two columns) and import the .xlsx file, "
              "or save the text as plain text with a tab between term and definition",
    },
    "teacher.import.presentation": {
        "nl": "dit is een presentatie (PowerPoint, Keynote of Impress), geen woordenlijst",
        "en": "this is a presentation (PowerPoint, Keynote or Impress), not a word list",
    },
    "teacher.import.presentation.hint": {
        "nl": "zet de begrippen en omschrijvingen in Excel (twee kolommen) en importeer het "
              ".xlsx-bestand",
        "en": "put the terms and definitions in Excel (two columns) and import the .xlsx file",
    },
    "teacher.import.xlsx.broken": {
        "nl": "dit Excel-bestand is niet te lezen (beschadigd, of met een wachtwoord)",
        "en": "this Excel file cannot be read (damaged, or protected by a password)",
    },
    "teacher.import.xlsx.empty.hint": {
        "nl": "zet het begrip in kolom A en de omschrijving in kolom B",
        "en": "put the term in column A and the definition in column B",
    },
    "teacher.import.layout.anki": {
        "nl": "Gelezen als: Anki-pakket, {notes} {notes:notitie|notities}.",
        "en": "Read as: Anki package, {notes} {notes:note|notes}.",
    },
    "teacher.import.layout.xlsx": {
        "nl": "Gelezen als: Excel-werkblad, {header}.",
        "en": "Read as: Excel sheet, {header}.",
    },
    "teacher.import.layout.kahoot": {
        "nl": "Gelezen als: Kahoot-vragenblad; elke vraag is een meerkeuzekaart met de "
              "antwoorden uit het blad.",
        "en": "Read as: Kahoot question sheet; every question is a choice card with the "
              "answers from the sheet.",
    },
    "teacher.import.rows-by": {
        "nl": ", rijen gescheiden door '{char}'", "en": ", rows separated by '{char}'",
    },
    "teacher.import.cp1252": {
        "nl": "Let op: het bestand is geen UTF-8 en is gelezen als Windows-1252 (de standaard "
              "van Excel 'CSV' op Windows). Kijk of letters als é, ë en € goed zijn overgekomen.",
        "en": "Note: the file is not UTF-8 and was read as Windows-1252 (Excel's 'CSV' "
              "default on Windows). Check that letters such as é, ë and € came through.",
    },
    "teacher.import.comma-joined": {
        "nl": "Op {count:regel|regels} {lines} staat meer dan één komma zonder "
              "aanhalingstekens: alles na de eerste komma is de omschrijving gebleven. Klopt "
              "dat niet, zet de cellen dan tussen aanhalingstekens (\"...\").",
        "en": "{count:Line|Lines} {lines} {count:has|have} more than one comma without "
              "quotes: everything after the first comma stayed in the definition. If that is "
              "wrong, put the cells in quotes (\"...\").",
    },
    "teacher.import.notice.media": {
        "nl": "  notitie {line}: afbeelding of geluid '{text}' is niet overgenomen",
        "en": "  note {line}: picture or sound '{text}' was not imported",
    },
    "teacher.import.notice.media-files": {
        "nl": "Het pakket bevat {count} {count:mediabestand|mediabestanden} (afbeeldingen, geluid); "
              "cjtrainer "
              "toont alleen tekst, dus die zijn niet overgenomen.",
        "en": "The package holds {count} media {count:file|files} (pictures, sound); cjtrainer shows "
              "text only, so they were not imported.",
    },
    "teacher.import.notice.sheet-used": {
        "nl": "Alleen het werkblad '{text}' is gelezen.",
        "en": "Only the sheet '{text}' was read.",
    },
    "teacher.import.notice.sheet-unused": {
        "nl": "Het werkblad '{text}' is niet gelezen; zet de kaarten op het eerste werkblad "
              "of maak er een eigen bestand van.",
        "en": "The sheet '{text}' was not read; put the cards on the first sheet or in a "
              "file of its own.",
    },
    "teacher.import.notice.kahoot-time": {
        "nl": "De tijdslimieten uit het blad zijn niet overgenomen (een deck heeft geen "
              "tijd per vraag).",
        "en": "The time limits from the sheet were not imported (a deck has no time per "
              "question).",
    },
    "teacher.import.skip.kahoot-no-correct": {
        "nl": "geen juist antwoord ingevuld ({text})",
        "en": "no correct answer filled in ({text})",
    },
    "teacher.import.skip.kahoot-bad-correct": {
        "nl": "het juiste antwoord wijst naar een leeg of onbekend antwoord ({text})",
        "en": "the correct answer points to an empty or unknown answer ({text})",
    },
    "teacher.import.skip.kahoot-same-choices": {
        "nl": "twee antwoorden zijn gelijk ({text})",
        "en": "two answers are the same ({text})",
    },
    "teacher.import.valid-lost": {
        "nl": "Gecontroleerd: het deck is geldig, maar niet alles uit het bestand staat erin "
              "(zie hierboven).",
        "en": "Checked: the deck is valid, but not everything in the file is in it (see "
              "above).",
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
    "teacher.import.choice-prompt": {
        "nl": "Wat betekent ‘{term}’?", "en": "What does ‘{term}’ mean?",
    },
    "teacher.import.default-title": {"nl": "Geïmporteerd deck", "en": "Imported deck"},
    "teacher.import.description": {
        "nl": "Geïmporteerd uit {source}.", "en": "Imported from {source}.",
    },
    "teacher.import.id-clash": {
        "nl": "Let op: id '{id}' bestaat al in {path}. Een id mag maar één keer voorkomen; "
              "kies een ander id voordat je dit deelt.",
        "en": "Note: id '{id}' already exists in {path}. An id may appear only once; "
              "choose another id before you share this.",
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
    # --- export-progress ---------------------------------------------------------------
    "teacher.export.help": {
        "nl": "sla je voortgang op in een bestand om in te leveren bij je docent",
        "en": "save your progress to a file to hand in to your teacher",
    },
    "teacher.export.arg.output": {
        "nl": "bestand of map (standaard: cjtrainer-NAAM-DATUM.json hier; '-' = scherm)",
        "en": "file or folder (default: cjtrainer-NAME-DATE.json here; '-' = screen)",
    },
    "teacher.export.arg.name": {
        "nl": "je naam zoals je docent hem kent (wordt anders één keer gevraagd)",
        "en": "your name as your teacher knows it (otherwise asked once)",
    },
    "teacher.export.ask-name": {
        "nl": "Wat is je naam (voor je docent)? ", "en": "What is your name (for your teacher)? ",
    },
    "teacher.export.need-name": {
        "nl": "er is nog geen naam bekend voor het inleverbestand",
        "en": "no name is known yet for the hand-in file",
    },
    "teacher.export.need-name.hint": {
        "nl": "geef je naam mee: cjtrainer export-progress --name \"Voornaam Achternaam\"",
        "en": "give your name: cjtrainer export-progress --name \"First Last\"",
    },
    "teacher.export.no-progress": {
        "nl": "er is nog geen voortgang om in te leveren (niets gevonden in {path})",
        "en": "there is no progress to hand in yet (nothing found in {path})",
    },
    "teacher.export.no-progress.hint": {
        "nl": "oefen eerst een deck met 'cjtrainer'; gebruik je een andere map, geef die dan "
              "mee met --data-dir",
        "en": "study a deck with 'cjtrainer' first; if you use another folder, pass it with "
              "--data-dir",
    },
    "teacher.export.no-exercises": {
        "nl": "Let op: je oefeningen konden niet worden meegenomen ({error}); je kaarten wel.",
        "en": "Note: your exercises could not be included ({error}); your cards are.",
    },
    "teacher.export.done": {
        "nl": "Voortgang van {name}: {cards} {cards:kaart|kaarten}, "
              "{answers} {answers:antwoord|antwoorden}, "
              "{exercises} {exercises:oefening|oefeningen}.",
        "en": "Progress of {name}: {cards} {cards:card|cards}, {answers} {answers:answer|answers}, "
              "{exercises} {exercises:exercise|exercises}.",
    },
    "teacher.export.where": {
        "nl": "Opgeslagen in {path}. Lever dit bestand in bij je docent.",
        "en": "Saved to {path}. Hand this file in to your teacher.",
    },
    # --- hand-in files -------------------------------------------------------------------
    "teacher.handin.missing": {"nl": "bestand niet gevonden: {path}", "en": "file not found: {path}"},
    "teacher.handin.unreadable": {
        "nl": "kan {path} niet lezen: {error}", "en": "cannot read {path}: {error}",
    },
    "teacher.handin.too-big": {
        "nl": "{path} is te groot voor een inleverbestand", "en": "{path} is too big for a hand-in",
    },
    "teacher.handin.not-json": {
        "nl": "{path} is geen inleverbestand van cjtrainer (geen leesbare JSON)",
        "en": "{path} is not a cjtrainer hand-in file (no readable JSON)",
    },
    "teacher.handin.not-handin": {
        "nl": "{path} is geen inleverbestand van cjtrainer",
        "en": "{path} is not a cjtrainer hand-in file",
    },
    "teacher.handin.field-missing": {
        "nl": "het veld '{field}' ontbreekt", "en": "the field '{field}' is missing",
    },
    "teacher.handin.wrong-value": {
        "nl": "een veld heeft een waarde van de verkeerde soort (tekst waar een getal hoort, "
              "of andersom)",
        "en": "a field has a value of the wrong kind (text where a number belongs, or the "
              "other way round)",
    },
    "teacher.handin.broken": {
        "nl": "{path} is beschadigd of onvolledig ({error})",
        "en": "{path} is damaged or incomplete ({error})",
    },
    "teacher.handin.bad-time": {
        "nl": "antwoord {uid} heeft geen geldige tijd ({time})",
        "en": "answer {uid} has no valid time ({time})",
    },
    "teacher.report.skipped": {
        "nl": "{count} {count:bestand|bestanden} overgeslagen (de rest is wel meegeteld):",
        "en": "{count} {count:file|files} skipped (the rest is counted):",
    },
    "teacher.handin.hint": {
        "nl": "vraag de student het bestand opnieuw te maken met 'cjtrainer export-progress'",
        "en": "ask the student to make the file again with 'cjtrainer export-progress'",
    },
    "teacher.handin.too-new": {
        "nl": "{path} is gemaakt met een nieuwere versie van cjtrainer",
        "en": "{path} was made with a newer version of cjtrainer",
    },
    "teacher.handin.too-new.hint": {
        "nl": "werk cjtrainer bij en probeer het opnieuw", "en": "update cjtrainer and try again",
    },
    # --- class-report --------------------------------------------------------------------
    "teacher.report.help": {
        "nl": "klasoverzicht uit inleverbestanden en klassikale quizrapporten",
        "en": "class overview from hand-in files and classroom quiz reports",
    },
    "teacher.report.description": {
        "nl": "Klasoverzicht: per student kaarten, goed, retentie, studietijd, zwakste "
              "onderwerpen en geleerd per deck; per kaart hoe vaak goed en 'ik had het goed'; "
              "per oefening de antwoorden en zelfscores. Geef inleverbestanden (.json), "
              "quizrapporten van 'cjtrainer host' (.csv), een map met beide of de map van "
              "'cjtrainer serve'.",
        "en": "Class overview: per student cards, right, retention, study time, weakest "
              "topics and learned per deck; per card how often right and 'I was right'; per "
              "exercise the answers and self-scores. Pass hand-in files (.json), quiz reports "
              "from 'cjtrainer host' (.csv), a folder with both or the 'cjtrainer serve' "
              "folder.",
    },
    "teacher.report.arg.files": {
        "nl": "inleverbestanden (.json), quizrapporten (.csv) of mappen",
        "en": "hand-in files (.json), quiz reports (.csv) or folders",
    },
    "teacher.report.arg.output": {
        "nl": "schrijf het overzicht ook als CSV (plus -cards, -topics, -decks en "
              "-exercises.csv)",
        "en": "also write the overview as CSV (plus -cards, -topics, -decks and "
              "-exercises.csv)",
    },
    "teacher.report.arg.deck": {
        "nl": "alleen dit deck (mag vaker; deck-id zoals in 'cjtrainer decks')",
        "en": "only this deck (may be repeated; deck id as in 'cjtrainer decks')",
    },
    "teacher.report.arg.since": {
        "nl": "alleen antwoorden en oefeningen vanaf deze datum (JJJJ-MM-DD)",
        "en": "only answers and exercises from this date on (YYYY-MM-DD)",
    },
    "teacher.report.bad-since": {
        "nl": "--since {value}: geen datum", "en": "--since {value}: not a date",
    },
    "teacher.report.bad-since.hint": {
        "nl": "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-01",
        "en": "write the date as YYYY-MM-DD, for example 2026-11-01",
    },
    "teacher.report.unknown-deck": {
        "nl": "Let op: geen antwoorden voor deck {decks}.",
        "en": "Note: no answers for deck {decks}.",
    },
    "teacher.report.arg.hardest": {
        "nl": "hoeveel moeilijkste kaarten op het scherm (standaard 10)",
        "en": "how many hardest cards on screen (default 10)",
    },
    "teacher.report.nothing": {
        "nl": "geen inleverbestanden of quizrapporten gevonden",
        "en": "no hand-in files or quiz reports found",
    },
    "teacher.report.nothing.hint": {
        "nl": "studenten maken hun bestand met 'cjtrainer export-progress'",
        "en": "students make their file with 'cjtrainer export-progress'",
    },
    "teacher.report.empty-folder": {
        "nl": "geen .json- of .csv-bestanden in {path}", "en": "no .json or .csv files in {path}",
    },
    "teacher.report.bad-csv": {
        "nl": "{path} is geen quizrapport van 'cjtrainer host'",
        "en": "{path} is not a quiz report from 'cjtrainer host'",
    },
    "teacher.report.bad-csv.hint": {
        "nl": "gebruik het hoofdbestand van het rapport (met de kolommen name, question_id en "
              "correct)",
        "en": "use the report's main file (with the columns name, question_id and correct)",
    },
    "teacher.report.other-csv-skipped": {
        "nl": "{path} overgeslagen (geen quizrapport van 'cjtrainer host')",
        "en": "{path} skipped (not a quiz report from 'cjtrainer host')",
    },
    "teacher.report.merged-strangers": {
        "nl": "Let op: {count} inleverbestanden met de naam {name} hebben geen enkel antwoord "
              "gemeen; zijn het twee studenten? Ze zijn nu samengevoegd: geef een van hen een "
              "andere naam bij export-progress.",
        "en": "Note: {count} hand-in files named {name} share no answer at all; are they two "
              "students? They are merged now: give one of them another name in "
              "export-progress.",
    },
    "teacher.report.merged": {
        "nl": "Let op: {count} inleverbestanden van {name} samengevoegd.",
        "en": "Note: {count} hand-in files of {name} merged.",
    },
    "teacher.report.title.students": {
        "nl": "Studenten ({count})", "en": "Students ({count})",
    },
    "teacher.report.title.cards": {
        "nl": "Moeilijkste kaarten ({count} van {total})",
        "en": "Hardest cards ({count} of {total})",
    },
    "teacher.report.title.decks": {
        "nl": "Geleerd per deck (X van Y kaarten)", "en": "Learned per deck (X of Y cards)",
    },
    "teacher.report.title.overrides": {
        "nl": "'Ik had het goed' per kaart (wat studenten typten: misschien een goed antwoord "
              "voor het deck)",
        "en": "'I was right' per card (what students typed: perhaps an answer for the deck)",
    },
    "teacher.report.title.exercise": {
        "nl": "Oefening: {title} ({id})", "en": "Exercise: {title} ({id})",
    },
    "teacher.report.exercise.done": {"nl": "afgerond", "en": "finished"},
    "teacher.report.exercise.open": {"nl": "niet af", "en": "not finished"},
    "teacher.report.exercise.empty": {"nl": "(leeg)", "en": "(empty)"},
    "teacher.report.criterion": {"nl": "criterium {number}", "en": "criterion {number}"},
    "teacher.report.reflection": {"nl": "reflectie", "en": "reflection"},
    "teacher.report.learned": {"nl": "{learned} van {total}", "en": "{learned} of {total}"},
    "teacher.report.title.topics": {
        "nl": "Onderwerpen (zwakste eerst)", "en": "Topics (weakest first)",
    },
    "teacher.report.sessions": {
        "nl": "Klassikale quizzen meegeteld: {sessions}",
        "en": "Classroom quizzes included: {sessions}",
    },
    "teacher.report.written": {"nl": "CSV geschreven: {paths}", "en": "CSV written: {paths}"},
    "teacher.report.arg.force": {
        "nl": "overschrijf bestaande bestanden die geen eerder klasoverzicht zijn",
        "en": "overwrite existing files that are not an earlier class overview",
    },
    "teacher.report.output-folder": {
        "nl": "{path} is een map; het overzicht heeft een bestandsnaam nodig",
        "en": "{path} is a folder; the overview needs a file name",
    },
    "teacher.report.output-not-csv": {
        "nl": "{path}: het overzicht wordt als CSV geschreven (Excel opent dat), niet als {suffix}",
        "en": "{path}: the overview is written as CSV (Excel opens it), not as {suffix}",
    },
    "teacher.report.output-is-input": {
        "nl": "{path} is een van de bestanden die ik lees; ik schrijf het overzicht er niet "
              "overheen",
        "en": "{path} is one of the files being read; not writing the overview over it",
    },
    "teacher.report.output.hint": {
        "nl": "kies een nieuwe naam die op .csv eindigt, bijvoorbeeld -o klas-3b.csv",
        "en": "choose a new name ending in .csv, for example -o class-3b.csv",
    },
    "teacher.report.exists.hint": {
        "nl": "het is geen eerder klasoverzicht; kies een andere naam met -o NAAM.csv, of "
              "gebruik --force om te overschrijven",
        "en": "it is not an earlier class overview; choose another name with -o NAME.csv, or "
              "use --force to overwrite",
    },
    "teacher.report.col.name": {"nl": "naam", "en": "name"},
    "teacher.report.col.cards": {"nl": "kaarten", "en": "cards"},
    "teacher.report.col.answers": {"nl": "antwoorden", "en": "answers"},
    "teacher.report.col.right": {"nl": "goed", "en": "right"},
    "teacher.report.col.retention": {"nl": "retentie", "en": "retention"},
    "teacher.report.col.time": {"nl": "studietijd", "en": "study time"},
    "teacher.report.col.exercises": {"nl": "oefeningen", "en": "exercises"},
    "teacher.report.col.classroom": {"nl": "klassikaal", "en": "classroom"},
    "teacher.report.col.weakest": {"nl": "zwakste onderwerpen", "en": "weakest topics"},
    "teacher.report.col.card": {"nl": "kaart", "en": "card"},
    "teacher.report.col.text": {"nl": "vraag", "en": "question"},
    "teacher.report.col.students": {"nl": "studenten", "en": "students"},
    "teacher.report.col.topic": {"nl": "onderwerp", "en": "topic"},
    "teacher.report.col.overrides": {"nl": "ik had het goed", "en": "I was right"},
    "teacher.report.col.typed": {"nl": "getypt", "en": "typed"},
    "teacher.report.csv.deck": {"nl": "deck", "en": "deck"},
    "teacher.report.csv.learned": {"nl": "geleerd", "en": "learned"},
    "teacher.report.csv.deck-cards": {"nl": "kaarten in deck", "en": "cards in deck"},
    "teacher.report.csv.exercise": {"nl": "oefening", "en": "exercise"},
    "teacher.report.csv.exercise-title": {"nl": "titel", "en": "title"},
    "teacher.report.csv.started": {"nl": "begonnen", "en": "started"},
    "teacher.report.csv.finished": {"nl": "afgerond", "en": "finished"},
    "teacher.report.csv.self-score": {"nl": "zelfscore %", "en": "self-score %"},
    "teacher.report.csv.part": {"nl": "onderdeel", "en": "part"},
    "teacher.report.csv.number": {"nl": "nr", "en": "no."},
    "teacher.report.csv.answer": {"nl": "antwoord", "en": "answer"},
    "teacher.report.csv.verdict": {"nl": "eigen oordeel", "en": "own verdict"},
    "teacher.report.csv.right": {"nl": "goed %", "en": "right %"},
    "teacher.report.csv.retention": {"nl": "retentie %", "en": "retention %"},
    "teacher.report.csv.minutes": {"nl": "studietijd (min)", "en": "study time (min)"},
    "teacher.report.csv.exercise-score": {
        "nl": "oefeningen score %", "en": "exercise score %",
    },
    "teacher.report.csv.classroom-answers": {
        "nl": "klassikaal antwoorden", "en": "classroom answers",
    },
    "teacher.report.csv.classroom-right": {"nl": "klassikaal goed %", "en": "classroom right %"},
    "teacher.report.csv.last-active": {"nl": "laatst actief", "en": "last active"},
    "teacher.report.csv.handed-in": {"nl": "ingeleverd", "en": "handed in"},
    "teacher.report.hours": {"nl": "{hours}u{minutes}", "en": "{hours}h{minutes}"},
    "teacher.report.yes": {"nl": "ja", "en": "yes"},
    "teacher.report.no": {"nl": "nee", "en": "no"},
    # --- preview ---------------------------------------------------------------------
    "teacher.preview.help": {
        "nl": "bekijk alle kaarten van een deck met hun antwoord (r = opnieuw laden)",
        "en": "browse all cards of a deck with their answers (r = reload)",
    },
    "teacher.preview.arg.file": {
        "nl": "deck- of oefeningbestand (.yaml), of het id van een deck",
        "en": "deck or exercise file (.yaml), or a deck id",
    },
    "teacher.preview.not-found": {
        "nl": "geen bestand of deck '{name}' gevonden", "en": "no file or deck '{name}' found",
    },
    "teacher.preview.not-found.hint": {
        "nl": "geef het pad naar het .yaml-bestand, of kijk met 'cjtrainer decks' welke ids "
              "er zijn",
        "en": "give the path to the .yaml file, or see the ids with 'cjtrainer decks'",
    },
    "teacher.preview.key.reload": {"nl": "opnieuw laden", "en": "reload"},
    "teacher.preview.key.answers": {"nl": "antwoorden aan/uit", "en": "answers on/off"},
    "teacher.preview.key.quit": {"nl": "stoppen", "en": "quit"},
    "teacher.preview.key.try": {"nl": "antwoord proberen", "en": "try an answer"},
    "teacher.preview.try.placeholder": {
        "nl": "antwoord zoals een student het geeft (delen scheiden met |), enter; esc sluit",
        "en": "an answer as a student gives it (separate parts with |), enter; esc closes",
    },
    "teacher.preview.try.no-card": {
        "nl": "Kies eerst een kaart die wordt nagekeken (geen flashcard).",
        "en": "First pick a card that is graded (not a flashcard).",
    },
    "teacher.preview.title.deck": {
        "nl": "{title}  ({id}: {cards} {cards:kaart|kaarten}, waarvan {derived} afgeleid)  {path}",
        "en": "{title}  ({id}: {cards} {cards:card|cards}, {derived} derived)  {path}",
    },
    "teacher.preview.title.exercise": {
        "nl": "Oefening: {title}  ({id})  {path}", "en": "Exercise: {title}  ({id})  {path}",
    },
    "teacher.preview.title.broken": {
        "nl": "{path} kan niet worden geladen", "en": "{path} cannot be loaded",
    },
    "teacher.preview.problems": {
        "nl": "{errors} {errors:fout|fouten}, {warnings} {warnings:waarschuwing|waarschuwingen} — "
              "pas het bestand aan en druk op r",
        "en": "{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} — "
              "edit the file and press r",
    },
    "teacher.preview.stale": {
        "nl": "Hieronder staat de laatst geladen goede versie; herstel de fouten en druk op r.",
        "en": "Below is the last version that loaded; fix the errors and press r.",
    },
    "teacher.preview.nothing": {
        "nl": "Nog niets te tonen: herstel de fouten hierboven en druk op r.",
        "en": "Nothing to show yet: fix the errors above and press r.",
    },
    "teacher.preview.reloaded": {"nl": "Opnieuw geladen.", "en": "Reloaded."},
    "teacher.preview.reloaded-errors": {
        "nl": "Opnieuw geladen: {count} {count:fout|fouten}.",
        "en": "Reloaded: {count} {count:error|errors}.",
    },
    "teacher.preview.hidden": {"nl": "(verborgen)", "en": "(hidden)"},
    "teacher.preview.front": {"nl": "Voorkant: ", "en": "Front: "},
    "teacher.preview.back": {"nl": "Achterkant: ", "en": "Back: "},
    "teacher.preview.answer": {"nl": "Antwoord: ", "en": "Answer: "},
    "teacher.preview.accept": {"nl": "Ook goed: ", "en": "Also right: "},
    "teacher.preview.strict": {
        "nl": "Precies goed (strict): geen tikfouten toegestaan.",
        "en": "Exact (strict): no typos allowed.",
    },
    "teacher.preview.tolerant": {
        "nl": "Kleine tikfouten worden goed gerekend.", "en": "Small typos count as right.",
    },
    "teacher.preview.select-all": {
        "nl": "Kies alle goede antwoorden.", "en": "Select all that apply.",
    },
    "teacher.preview.true": {"nl": "waar", "en": "true"},
    "teacher.preview.false": {"nl": "niet waar", "en": "false"},
    "teacher.preview.ordered": {"nl": "Volgorde telt.", "en": "Order matters."},
    "teacher.preview.min-correct": {
        "nl": "{count} van de {total} goed is genoeg.",
        "en": "{count} of {total} right is enough.",
    },
    "teacher.preview.hint": {"nl": "Hint: ", "en": "Hint: "},
    "teacher.preview.explain": {"nl": "Uitleg: ", "en": "Explanation: "},
    "teacher.preview.tags": {"nl": "Tags: ", "en": "Tags: "},
    "teacher.preview.info": {
        "nl": "id {id} · {type} · regel {line}", "en": "id {id} · {type} · line {line}",
    },
    "teacher.preview.derived": {
        "nl": "afgeleid van model {model}", "en": "derived from model {model}",
    },
    "teacher.preview.intro": {"nl": "Inleiding", "en": "Introduction"},
    "teacher.preview.minutes": {
        "nl": "Voorgestelde tijd: {minutes} min", "en": "Suggested time: {minutes} min",
    },
    "teacher.preview.answers": {
        "nl": "De student schrijft {count} {count:antwoord|antwoorden}.",
        "en": "The student writes {count} {count:answer|answers}.",
    },
    "teacher.preview.examples": {"nl": "Voorbeeldantwoorden:", "en": "Example answers:"},
    "teacher.preview.rubric": {"nl": "Rubric", "en": "Rubric"},
    "teacher.preview.scale": {"nl": "Schaal: ", "en": "Scale: "},
    "teacher.report.served-empty": {
        "nl": "{root}: {count} {count:student|studenten} zonder voortgang (nog niets geleerd).",
        "en": "{root}: {count} {count:student|students} without progress (nothing studied yet).",
    },
    "teacher.export.served-done": {
        "nl": "{count} {count:inleverbestand|inleverbestanden} geschreven in {path}.",
        "en": "{count} hand-in {count:file|files} written in {path}.",
    },
    "teacher.export.arg.root": {
        "nl": "een map van cjtrainer serve: één inleverbestand per student (in -o MAP)",
        "en": "a cjtrainer serve folder: one hand-in file per student (in -o FOLDER)",
    },
    "teacher.export.not-root": {
        "nl": "{path} is geen map van cjtrainer serve (er staat geen map students in).",
        "en": "{path} is not a cjtrainer serve folder (it has no students folder).",
    },
    "teacher.export.not-root.hint": {
        "nl": "Geef de map die je bij cjtrainer serve --root gebruikte (standaard: serve in je datamap).",
        "en": "Give the folder you used with cjtrainer serve --root (default: serve in your data folder).",
    },
}
