MESSAGES: dict[str, dict[str, str]] = {
    "cli.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "cli.hint": {"nl": "Tip: {hint}", "en": "Hint: {hint}"},
    "cli.interrupted": {"nl": "Afgebroken.", "en": "Interrupted."},
    "cli.unexpected": {
        "nl": "Er ging iets onverwachts mis ({error}). Details staan in {log}.",
        "en": "Something unexpected went wrong ({error}). Details are in {log}.",
    },
    "decks.header.id": {"nl": "id", "en": "id"},
    "decks.header.title": {"nl": "titel", "en": "title"},
    "decks.header.cards": {"nl": "kaarten", "en": "cards"},
    "decks.header.folder": {"nl": "map", "en": "folder"},
    "decks.none": {"nl": "Geen decks gevonden in: {folders}", "en": "No decks found in: {folders}"},
    "decks.skipped": {"nl": "Overgeslagen:", "en": "Skipped:"},
    "decks.skipped.problems": {
        "nl": "{count} {count:fout|fouten}, eerste: {first}",
        "en": "{count} {count:error|errors}, first: {first}",
    },
    "decks.exercises": {"nl": "Oefeningen:", "en": "Exercises:"},
    "validate.summary": {
        "nl": "{files} {files:bestand|bestanden} gecontroleerd: {errors} {errors:fout|fouten}, "
              "{warnings} {warnings:waarschuwing|waarschuwingen}.",
        "en": "{files} {files:file|files} checked: {errors} {errors:error|errors}, "
              "{warnings} {warnings:warning|warnings}.",
    },
    "validate.ok": {
        "nl": "{files} {files:bestand|bestanden} gecontroleerd: geen problemen.",
        "en": "{files} {files:file|files} checked: no problems.",
    },
    "validate.no-files": {
        "nl": "Geen .yaml- of .yml-bestanden gevonden in {paths}.",
        "en": "No .yaml or .yml files found in {paths}.",
    },
    "paths.missing": {"nl": "Bestaat niet: {path}", "en": "Does not exist: {path}"},
    # the student app needs a terminal it can draw in (commands/app.py)
    "cli.terminal.dumb": {
        "nl": "Deze terminal (TERM={term}) kan de app niet tonen.",
        "en": "This terminal (TERM={term}) cannot show the app.",
    },
    "cli.terminal.not-a-terminal": {
        "nl": "cjtrainer is een terminal-app: start het in een terminalvenster, niet met "
              "invoer of uitvoer omgeleid naar een bestand of een ander programma.",
        "en": "cjtrainer is a terminal app: start it in a terminal window, not with its "
              "input or output redirected to a file or another program.",
    },
    "cli.terminal.hint": {
        "nl": "Gebruik Windows Terminal (Windows), Terminal (macOS) of een andere gewone "
              "terminal. Tekst zonder app: `cjtrainer stats`, `cjtrainer decks`.",
        "en": "Use Windows Terminal (Windows), Terminal (macOS) or another ordinary "
              "terminal. Text without the app: `cjtrainer stats`, `cjtrainer decks`.",
    },
}
