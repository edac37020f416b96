"""Messages of the learning engine (grading feedback, store errors, stats)."""

MESSAGES: dict[str, dict[str, str]] = {
    "learn.true": {"nl": "Waar", "en": "True"},
    "learn.false": {"nl": "Onwaar", "en": "False"},
    "learn.feedback.right": {"nl": "Goed!", "en": "Right!"},
    "learn.feedback.typo": {
        "nl": "Goed, maar let op de spelling: {expected}",
        "en": "Right, but mind the spelling: {expected}",
    },
    "learn.feedback.note-alternative": {
        "nl": "Goed! Het antwoord in de les is: {expected}",
        "en": "Right! The answer in the lesson is: {expected}",
    },
    "learn.feedback.in-lesson": {
        "nl": "Het antwoord in de les is: {expected}",
        "en": "The answer in the lesson is: {expected}",
    },
    "learn.feedback.note-accent": {
        "nl": "Goed! Met trema of accent: {expected}",
        "en": "Right! With its accents: {expected}",
    },
    "learn.feedback.partial": {
        "nl": "Deels goed: {right} van {total}",
        "en": "Partly right: {right} of {total}",
    },
    "learn.feedback.wrong-head": {"nl": "Helaas", "en": "Not quite"},
    "learn.feedback.missing": {"nl": "Nog niet goed: {items}", "en": "Not yet right: {items}"},
    "learn.feedback.not-named": {"nl": "Ontbreekt: {items}", "en": "Missing: {items}"},
    "learn.feedback.other-answers": {
        "nl": "Andere goede antwoorden: {items}",
        "en": "Other right answers: {items}",
    },
    "learn.feedback.duplicate": {
        "nl": "Dubbel (telt één keer): {items}",
        "en": "Given twice (counts once): {items}",
    },
    "learn.feedback.extra": {"nl": "Hoort er niet bij: {items}", "en": "Does not belong: {items}"},
    "learn.feedback.misplaced": {
        "nl": "Op de verkeerde plek: {items}",
        "en": "In the wrong place: {items}",
    },
    "learn.feedback.missed": {"nl": "Niet aangevinkt: {items}", "en": "Not ticked: {items}"},
    "learn.feedback.ticked-wrong": {
        "nl": "Fout aangevinkt: {items}",
        "en": "Ticked, but wrong: {items}",
    },
    "learn.feedback.partial-order": {
        "nl": "Deels goed: {right} van {total} {right:staat|staan} in de goede volgorde",
        "en": "Partly right: {right} of {total} {right:is|are} in the right order",
    },
    "learn.feedback.wrong-order": {
        "nl": "Helaas, verkeerde volgorde",
        "en": "Not quite: wrong order",
    },
    "learn.feedback.misplaced-order": {
        "nl": "Verkeerde volgorde: {items}",
        "en": "Out of order: {items}",
    },
    "learn.feedback.right-order": {
        "nl": "Goede volgorde: {expected}",
        "en": "Right order: {expected}",
    },
    "learn.feedback.wrong": {
        "nl": "Helaas. Het juiste antwoord: {expected}",
        "en": "Not quite. The right answer: {expected}",
    },
    "learn.feedback.hint-hard": {
        "nl": "Met de hint telt het als moeilijk: de kaart komt eerder terug.",
        "en": "With the hint it counts as hard: the card comes back sooner.",
    },
    # cjtrainer try
    "learn.try.help": {
        "nl": "probeer een antwoord op een kaart: wat krijgt een student te zien?",
        "en": "try an answer to a card: what would a student see?",
    },
    "learn.try.description": {
        "nl": "Kijkt één antwoord na tegen één kaart, zoals tijdens het leren, en toont het "
              "oordeel en de feedback. Er wordt niets opgeslagen. Elk ANTWOORD is één deel: "
              "één gat, één item van een lijst, één plek van een volgorde, één keuze, één "
              "paar 'links=rechts'.",
        "en": "Grades one answer against one card, as in a study session, and shows the "
              "verdict and the feedback. Nothing is saved. Each ANSWER is one part: one "
              "gap, one list item, one place in an order, one choice, one 'left=right' pair.",
    },
    "learn.try.arg.card": {
        "nl": "de kaart: deck-id/kaart-id (ook afgeleide kaarten)",
        "en": "the card: deck-id/card-id (derived cards too)",
    },
    "learn.try.arg.answer": {"nl": "het antwoord, één deel per argument",
                             "en": "the answer, one part per argument"},
    "learn.try.arg.format": {"nl": "text (standaard) of json", "en": "text (default) or json"},
    "learn.try.not-found": {"nl": "Kaart {card} niet gevonden.", "en": "Card {card} not found."},
    "learn.try.not-found.hint": {
        "nl": "Gebruik deck-id/kaart-id, zoals in 'cjtrainer validate' en de klasrapporten.",
        "en": "Use deck-id/card-id, as in 'cjtrainer validate' and the class reports.",
    },
    "learn.try.did-you-mean": {"nl": "Bedoel je: {keys}?", "en": "Did you mean: {keys}?"},
    "learn.try.flashcard": {
        "nl": "{card} is een flashcard: die beoordeelt de student zelf.",
        "en": "{card} is a flashcard: the student rates it.",
    },
    "learn.try.verdict.right": {"nl": "Goed", "en": "Right"},
    "learn.try.verdict.close": {"nl": "Goed, met een opmerking", "en": "Right, with a note"},
    "learn.try.verdict.partial": {"nl": "Deels goed", "en": "Partly right"},
    "learn.try.verdict.wrong": {"nl": "Fout", "en": "Wrong"},
    "learn.try.status.right": {"nl": "goed", "en": "right"},
    "learn.try.status.typo": {"nl": "tikfout", "en": "typo"},
    "learn.try.status.variant": {"nl": "spellingvariant", "en": "spelling variant"},
    "learn.try.status.accent": {"nl": "zonder trema/accent", "en": "without accents"},
    "learn.try.status.alternative": {"nl": "ander goed antwoord", "en": "other right answer"},
    "learn.try.status.wrong": {"nl": "fout", "en": "wrong"},
    "learn.try.status.missing": {"nl": "ontbreekt", "en": "missing"},
    "learn.try.status.misplaced": {"nl": "verkeerde plek", "en": "wrong place"},
    "learn.try.status.duplicate": {"nl": "dubbel", "en": "given twice"},
    "learn.try.status.extra": {"nl": "hoort er niet bij", "en": "does not belong"},
    "learn.try.status.missed": {"nl": "niet aangevinkt", "en": "not ticked"},
    "learn.store.unreadable": {
        "nl": "De voortgang in {path} kan niet worden gelezen.",
        "en": "The progress in {path} cannot be read.",
    },
    "learn.store.readonly": {
        "nl": "De voortgang in {path} kan niet worden opgeslagen: het bestand is alleen-lezen.",
        "en": "The progress in {path} cannot be saved: the file is read-only.",
    },
    "learn.store.cannot-create": {
        "nl": "De map voor de voortgang ({path}) kan niet worden gemaakt: {error}",
        "en": "The folder for the progress ({path}) cannot be created: {error}",
    },
    "learn.store.folder-readonly": {
        "nl": "In de map {folder} kan geen voortgang worden opgeslagen (geen schrijfrechten).",
        "en": "Progress cannot be saved in the folder {folder} (no permission to write).",
    },
    "learn.store.too-new": {
        "nl": "De voortgang in {path} is gemaakt door een nieuwere versie van cjtrainer "
              "(databaseversie {version}, deze versie kent tot {known}).",
        "en": "The progress in {path} was made by a newer version of cjtrainer "
              "(database version {version}, this version knows up to {known}).",
    },
    "learn.store.corrupt": {
        "nl": "Het voortgangsbestand {path} is beschadigd of is geen cjtrainer-voortgang.",
        "en": "The progress file {path} is damaged or is not cjtrainer progress.",
    },
    "learn.store.busy": {
        "nl": "De voortgang in {path} is in gebruik door een ander programma "
              "(draait cjtrainer al in een ander venster?).",
        "en": "The progress in {path} is in use by another program "
              "(is cjtrainer already running in another window?).",
    },
    "learn.store.failed": {
        "nl": "Opslaan of lezen van de voortgang in {path} mislukte: {error}",
        "en": "Saving or reading the progress in {path} failed: {error}",
    },
    "learn.store.closed": {
        "nl": "De voortgang ({path}) is al gesloten.",
        "en": "The progress ({path}) is already closed.",
    },
    "learn.store.undo-gone": {
        "nl": "Dit antwoord kan niet meer ongedaan worden gemaakt.",
        "en": "This answer can no longer be undone.",
    },
    "learn.store.export-failed": {
        "nl": "De voortgang kon niet worden weggeschreven naar {path}: {error}",
        "en": "The progress could not be written to {path}: {error}",
    },
    "learn.store.hint.path": {
        "nl": "Kies een andere map met --data-dir of CJTRAINER_DATA_DIR.",
        "en": "Choose another folder with --data-dir or CJTRAINER_DATA_DIR.",
    },
    "learn.store.hint.perms": {
        "nl": "Controleer de rechten van het bestand en de map, "
              "of kies een andere map met --data-dir.",
        "en": "Check the permissions of the file and its folder, "
              "or choose another folder with --data-dir.",
    },
    "learn.store.hint.too-new": {
        "nl": "Werk cjtrainer bij. Het bestand is niet aangeraakt.",
        "en": "Update cjtrainer. The file has not been touched.",
    },
    "learn.store.hint.corrupt": {
        "nl": "Het bestand is niet aangeraakt. Zet een back-up terug (cjtrainer backup list, "
              "dan cjtrainer backup restore), of zet het bestand opzij (hernoem het) en "
              "start opnieuw; je docent kan helpen.",
        "en": "The file has not been touched. Restore a backup (cjtrainer backup list, "
              "then cjtrainer backup restore), or move the file aside (rename it) and "
              "start again; your teacher can help.",
    },
    "learn.store.disk-full": {
        "nl": "De voortgang kon niet worden opgeslagen in {path}: de schijf is vol.",
        "en": "The progress could not be saved to {path}: the disk is full.",
    },
    "learn.store.hint.disk-full": {
        "nl": "Maak ruimte vrij op de schijf en probeer het opnieuw. "
              "Wat al was opgeslagen, is veilig.",
        "en": "Free some space on the disk and try again. What was saved before is safe.",
    },
    "learn.store.hint.failed": {
        "nl": "Probeer het opnieuw. Wat al was opgeslagen, is veilig.",
        "en": "Try again. What was saved before is safe.",
    },
    "learn.store.wal-damaged": {
        "nl": "Het logbestand naast de voortgang ({path}-wal) is beschadigd: antwoorden die "
              "erin staan, zouden verloren gaan.",
        "en": "The log file next to the progress ({path}-wal) is damaged: answers in it "
              "would be lost.",
    },
    "learn.store.hint.busy": {
        "nl": "Sluit het andere cjtrainer-venster en probeer het opnieuw.",
        "en": "Close the other cjtrainer window and try again.",
    },
    "stats.unknown-deck": {"nl": "Onbekend deck: {deck}", "en": "Unknown deck: {deck}"},
    "stats.known-decks": {"nl": "Bekende decks: {decks}", "en": "Known decks: {decks}"},
    "stats.no-decks": {"nl": "Geen decks gevonden.", "en": "No decks found."},
    "stats.col.deck": {"nl": "deck", "en": "deck"},
    "stats.col.new": {"nl": "nieuw", "en": "new"},
    "stats.col.learning": {"nl": "leren", "en": "learning"},
    "stats.col.review": {"nl": "herhalen", "en": "review"},
    "stats.col.mastered": {"nl": "beheerst", "en": "mastered"},
    "stats.col.due": {"nl": "vandaag", "en": "due"},
    "stats.col.leeches": {"nl": "8× vergeten", "en": "leeches"},
    "stats.total": {"nl": "totaal", "en": "total"},
    "stats.due-today": {
        "nl": "Vandaag: {count} {count:kaart|kaarten} om te herhalen en {new} nieuwe.",
        "en": "Today: {count} {count:card|cards} to review and {new} new.",
    },
    "stats.streak": {
        "nl": "Reeks: {days} {days:dag|dagen} achter elkaar geleerd.",
        "en": "Streak: {days} {days:day|days} in a row.",
    },
    "stats.no-streak": {"nl": "Reeks: nog geen.", "en": "Streak: none yet."},
    "stats.time": {
        "nl": "Studietijd: vandaag {today}, in totaal {total} ({answers} {answers:antwoord|antwoorden}).",
        "en": "Study time: today {today}, in total {total} ({answers} {answers:answer|answers}).",
    },
    "stats.retention": {
        "nl": "Echte retentie: {month} (laatste 30 dagen), {all} in totaal "
              "({answers} {answers:herhaling|herhalingen}).",
        "en": "True retention: {month} (last 30 days), {all} overall ({answers} {answers:review|reviews}).",
    },
    "stats.retention.none": {
        "nl": "Echte retentie: nog geen herhalingen.",
        "en": "True retention: no reviews yet.",
    },
    "stats.forecast": {
        "nl": "Vooruitblik, kaarten per dag (14 dagen):",
        "en": "Forecast, cards per day (14 days):",
    },
    "stats.per-day": {
        "nl": "Antwoorden per dag, {first} t/m {last} (hoogste: {max}):",
        "en": "Answers per day, {first} to {last} (most: {max}):",
    },
    "stats.hardest": {"nl": "Lastigste kaarten:", "en": "Hardest cards:"},
    "stats.hard-line": {
        "nl": "{lapses}x vergeten, {again}x fout  {key}  {label}",
        "en": "{lapses}x forgotten, {again}x wrong  {key}  {label}",
    },
    "stats.leech": {"nl": "[lastige kaart]", "en": "[leech]"},
}
