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
    # --help (cli.py and each command's register)
    "cli.help.description": {
        "nl": "Leer de customer journey (klantreis) in de terminal.",
        "en": "Learn the customer journey in the terminal.",
    },
    "cli.help.global": {"nl": "globale opties", "en": "global options"},
    "cli.help.content": {
        "nl": "extra map met decks (herhaalbaar; ook CJTRAINER_CONTENT)",
        "en": "extra folder with decks (repeatable; also CJTRAINER_CONTENT)",
    },
    "cli.help.data-dir": {
        "nl": "map voor voortgang (ook CJTRAINER_DATA_DIR)",
        "en": "folder for progress (also CJTRAINER_DATA_DIR)",
    },
    "cli.help.lang": {"nl": "taal: nl (standaard) of en", "en": "language: nl (default) or en"},
    "cli.help.decks": {
        "nl": "toon de beschikbare decks en wat is overgeslagen",
        "en": "show the available decks and what was skipped",
    },
    "cli.help.exercise": {
        "nl": "oefeningen: lijst, start ID, export [POGING|ID], history [ID]",
        "en": "exercises: list, start ID, export [ATTEMPT|ID], history [ID]",
    },
    "cli.help.exercise.description": {
        "nl": "Oefeningen maken, terugkijken en inleveren.",
        "en": "Do, look back at and hand in exercises.",
    },
    "cli.help.exercise.action": {
        "nl": "list (standaard), start, export, history, of direct een oefening-id",
        "en": "list (default), start, export, history, or an exercise id straight away",
    },
    "cli.help.exercise.target": {
        "nl": "oefening-id, pad naar een oefenbestand, of pogingnummer",
        "en": "exercise id, path to an exercise file, or attempt number",
    },
    "cli.help.exercise.output": {
        "nl": "export: bestand of map (- = scherm); standaard de huidige map",
        "en": "export: file or folder (- = screen); by default the current folder",
    },
    "cli.help.exercise.name": {
        "nl": "export: je naam (wordt onthouden)",
        "en": "export: your name (remembered)",
    },
    "cli.help.exercise.show": {
        "nl": "history: toon het ingeleverde bestand van deze poging",
        "en": "history: show the handed-in file of this attempt",
    },
    "cli.help.serve.root": {
        "nl": "map met de voortgang van alle studenten (standaard: datamap/serve)",
        "en": "folder with every student's progress (default: data folder/serve)",
    },
    "cli.help.serve.class-code": {
        "nl": "aanmelden met naam en deze klascode (standaard: een nieuwe code)",
        "en": "sign in with a name and this class code (default: a new code)",
    },
    "cli.help.serve.class-list": {
        "nl": "aanmelden met studentnummer en pincode uit deze CSV",
        "en": "sign in with the student number and PIN from this CSV",
    },
    "cli.help.stats": {
        "nl": "toon je voortgang: per deck, vandaag, vooruitblik",
        "en": "show your progress: per deck, today, forecast",
    },
    "cli.help.stats.description": {
        "nl": "Toon je voortgang per deck, wat vandaag klaarstaat, een vooruitblik van "
              "14 dagen, je echte retentie, reeks, studietijd en de lastigste kaarten.",
        "en": "Show your progress per deck, what is due today, a 14-day forecast, your "
              "true retention, streak, study time and the hardest cards.",
    },
    "cli.help.stats.deck": {"nl": "alleen dit deck", "en": "only this deck"},
    "cli.help.stats.json": {"nl": "geef de cijfers als JSON", "en": "give the numbers as JSON"},
    "cli.help.validate": {
        "nl": "controleer decks en oefeningen (standaard: alle contentmappen)",
        "en": "check decks and exercises (default: every content folder)",
    },
    "cli.help.validate.description": {
        "nl": "Controleer decks en oefeningen. Exitcode 1 bij fouten, 0 anders.",
        "en": "Check decks and exercises. Exit code 1 on errors, 0 otherwise.",
    },
    "cli.help.validate.paths": {"nl": "bestanden of mappen", "en": "files or folders"},
    "cli.help.validate.strict": {
        "nl": "waarschuwingen tellen als fouten",
        "en": "warnings count as errors",
    },
    # argparse's own texts (argparse_nl.py): "en" is argparse's text itself, the lookup key
    "cli.argparse.usage": {"nl": "gebruik: ", "en": "usage: "},
    "cli.argparse.positional": {"nl": "argumenten", "en": "positional arguments"},
    "cli.argparse.options": {"nl": "opties", "en": "options"},
    "cli.argparse.help": {
        "nl": "toon deze hulp en stop", "en": "show this help message and exit",
    },
    "cli.argparse.version": {
        "nl": "toon het versienummer en stop", "en": "show program's version number and exit",
    },
    "cli.argparse.error": {
        "nl": "%(prog)s: fout: %(message)s\n", "en": "%(prog)s: error: %(message)s\n",
    },
    "cli.argparse.argument": {
        "nl": "argument %(argument_name)s: %(message)s",
        "en": "argument %(argument_name)s: %(message)s",
    },
    "cli.argparse.required": {
        "nl": "deze argumenten ontbreken: %s", "en": "the following arguments are required: %s",
    },
    "cli.argparse.choice": {
        "nl": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
        "en": "invalid choice: %(value)r (choose from %(choices)s)",
    },
    "cli.argparse.unrecognized": {
        "nl": "onbekende argumenten: %s", "en": "unrecognized arguments: %s",
    },
    "cli.argparse.one": {"nl": "hier hoort één waarde achter", "en": "expected one argument"},
    "cli.argparse.at-least-one": {
        "nl": "hier hoort minstens één waarde achter", "en": "expected at least one argument",
    },
    "cli.argparse.at-most-one": {
        "nl": "hier hoort hoogstens één waarde achter", "en": "expected at most one argument",
    },
    "cli.argparse.invalid": {
        "nl": "ongeldige waarde (%(type)s): %(value)r", "en": "invalid %(type)s value: %(value)r",
    },
    "cli.argparse.ambiguous": {
        "nl": "optie %(option)s is niet eenduidig: %(matches)s",
        "en": "ambiguous option: %(option)s could match %(matches)s",
    },
    "cli.argparse.not-with": {"nl": "niet samen met %s", "en": "not allowed with argument %s"},
    "cli.argparse.one-of": {
        "nl": "een van deze argumenten is nodig: %s", "en": "one of the arguments %s is required",
    },
}
