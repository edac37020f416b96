"""Texts of the classroom quiz: errors sent to students, host output, the two screens."""

MESSAGES: dict[str, dict[str, str]] = {
    # errors sent over the wire ("classroom.error.<code>")
    "classroom.error.bad-json": {
        "nl": "Dat bericht is geen geldige JSON.", "en": "That message is not valid JSON.",
    },
    "classroom.error.bad-message": {
        "nl": "Dat bericht begrijpt de server niet.",
        "en": "The server does not understand that message.",
    },
    "classroom.error.unknown-type": {
        "nl": "Onbekend soort bericht.", "en": "Unknown kind of message.",
    },
    "classroom.error.bad-field": {
        "nl": "Een veld in het bericht ontbreekt of heeft het verkeerde type.",
        "en": "A field in the message is missing or has the wrong type.",
    },
    "classroom.error.too-big": {"nl": "Bericht te groot.", "en": "Message too large."},
    "classroom.error.too-fast": {
        "nl": "Te veel berichten; rustig aan.", "en": "Too many messages; slow down.",
    },
    "classroom.error.binary": {
        "nl": "Alleen tekstberichten, graag.", "en": "Text messages only, please.",
    },
    "classroom.error.bad-code": {
        "nl": "Die code klopt niet. Kijk nog eens op het scherm van je docent.",
        "en": "That code is not right. Check your teacher's screen again.",
    },
    "classroom.error.locked": {
        "nl": "De quiz is op slot: je docent laat nu niemand meer toe.",
        "en": "The quiz is locked: your teacher is not letting anyone in now.",
    },
    "classroom.error.full": {"nl": "De quiz zit vol.", "en": "The quiz is full."},
    "classroom.error.name-invalid": {
        "nl": "Kies een naam van 2 tot 20 tekens.", "en": "Choose a name of 2 to 20 characters.",
    },
    "classroom.error.name-taken": {
        "nl": "Die naam is al bezet; kies een andere.",
        "en": "That name is taken; choose another one.",
    },
    "classroom.error.too-many-attempts": {
        "nl": "Te veel mislukte pogingen. Wacht even en probeer het dan opnieuw.",
        "en": "Too many failed attempts. Wait a moment, then try again.",
    },
    "classroom.error.bad-token": {
        "nl": "Je plek in de quiz is niet meer te vinden; doe opnieuw mee met de code.",
        "en": "Your place in the quiz cannot be found; join again with the code.",
    },
    "classroom.error.not-joined": {
        "nl": "Doe eerst mee met de code en je naam.",
        "en": "Join with the code and your name first.",
    },
    "classroom.error.already-joined": {
        "nl": "Je doet al mee.", "en": "You have already joined.",
    },
    "classroom.error.no-question": {
        "nl": "Er staat nu geen vraag open.", "en": "No question is open now.",
    },
    "classroom.error.wrong-question": {
        "nl": "Dat antwoord hoort bij een andere vraag.",
        "en": "That answer belongs to another question.",
    },
    "classroom.error.too-late": {"nl": "Te laat: de tijd is om.", "en": "Too late: time is up."},
    "classroom.error.bad-answer": {
        "nl": "Dat antwoord past niet bij deze vraag.",
        "en": "That answer does not fit this question.",
    },
    "classroom.error.kicked": {
        "nl": "Je docent heeft je uit de quiz gehaald.",
        "en": "Your teacher removed you from the quiz.",
    },
    "classroom.error.replaced": {
        "nl": "Je speelt nu verder op een andere verbinding.",
        "en": "You are now playing on another connection.",
    },
    "classroom.error.ended": {"nl": "Deze quiz is afgelopen.", "en": "This quiz has ended."},
    "classroom.error.late-join": {
        "nl": "Je doet mee vanaf de volgende vraag.", "en": "You play from the next question.",
    },
    "classroom.true": {"nl": "Waar", "en": "True"},
    "classroom.false": {"nl": "Niet waar", "en": "False"},
    # report
    "classroom.report.unreadable": {
        "nl": "Kan het sessielog {path} niet lezen: {error}",
        "en": "Cannot read the session log {path}: {error}",
    },
    "classroom.report.unreadable.hint": {
        "nl": "Geef het .jsonl-bestand van de sessie op (in de map classroom van je datamap).",
        "en": "Give the session's .jsonl file (in the classroom folder of your data folder).",
    },
    "classroom.report.not-a-log": {
        "nl": "{path} is geen sessielog van een klassikale quiz.",
        "en": "{path} is not a classroom session log.",
    },
    "classroom.report.written": {"nl": "Rapport: {path}", "en": "Report: {path}"},
    # host command
    "classroom.host.help": {
        "nl": "klassikale quiz hosten (docent)", "en": "host a classroom quiz (teacher)",
    },
    "classroom.host.no-deck": {
        "nl": "Geef een deck op (een deck-id of een pad naar een deckbestand).",
        "en": "Give a deck (a deck id or the path of a deck file).",
    },
    "classroom.host.no-deck.hint": {
        "nl": "Bekijk de decks met: cjtrainer decks", "en": "List the decks with: cjtrainer decks",
    },
    "classroom.host.unknown-deck": {
        "nl": "Deck '{deck}' niet gevonden.", "en": "Deck '{deck}' not found.",
    },
    "classroom.host.bad-deck": {
        "nl": "Deck {path} heeft fouten:\n{problems}", "en": "Deck {path} has errors:\n{problems}",
    },
    "classroom.host.bad-deck.hint": {
        "nl": "Controleer het met: cjtrainer validate {path}",
        "en": "Check it with: cjtrainer validate {path}",
    },
    "classroom.host.no-questions": {
        "nl": "Dit deck heeft geen vragen die in een live quiz passen (meerkeuze, waar/niet waar, "
              "typen of volgorde){tags}.",
        "en": "This deck has no questions that fit a live quiz (choice, true/false, typed or "
              "order){tags}.",
    },
    "classroom.host.no-questions.tags": {"nl": " met tag {tags}", "en": " with tag {tags}"},
    "classroom.host.port-busy": {
        "nl": "Kan niet luisteren op {bind}:{port}: {error}",
        "en": "Cannot listen on {bind}:{port}: {error}",
    },
    "classroom.host.port-busy.hint": {
        "nl": "Kies een andere poort met --port.", "en": "Choose another port with --port.",
    },
    "classroom.host.bad-number": {
        "nl": "{option} moet een positief getal zijn.", "en": "{option} must be a positive number.",
    },
    "classroom.host.converted": {
        "nl": "Omgezet naar een typvraag: {card} ({reason})",
        "en": "Converted to a typed question: {card} ({reason})",
    },
    "classroom.host.skipped": {
        "nl": "Overgeslagen (past niet in een live quiz): {card} ({reason})",
        "en": "Skipped (does not fit a live quiz): {card} ({reason})",
    },
    "classroom.host.questions": {
        "nl": "{count} vragen uit {deck}", "en": "{count} questions from {deck}",
    },
    "classroom.host.log": {"nl": "Sessielog: {path}", "en": "Session log: {path}"},
    "classroom.host.joined": {
        "nl": "{name} doet mee ({count})", "en": "{name} joined ({count})",
    },
    "classroom.host.done": {
        "nl": "Klaar: {players} spelers, {questions} vragen.",
        "en": "Done: {players} players, {questions} questions.",
    },
    # join command
    "classroom.join.help": {
        "nl": "meedoen met een klassikale quiz (student)", "en": "join a classroom quiz (student)",
    },
    "classroom.join.bad-address": {
        "nl": "Ongeldig adres: {address}", "en": "Invalid address: {address}",
    },
    "classroom.join.bad-address.hint": {
        "nl": "Gebruik HOST of HOST:POORT, bijvoorbeeld 192.168.1.20:8765.",
        "en": "Use HOST or HOST:PORT, for example 192.168.1.20:8765.",
    },
}
