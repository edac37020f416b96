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
    "classroom.false": {"nl": "Onwaar", "en": "False"},
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
        "nl": "{count} {count:vraag|vragen} uit {deck}",
        "en": "{count} {count:question|questions} from {deck}",
    },
    "classroom.host.log": {"nl": "Sessielog: {path}", "en": "Session log: {path}"},
    "classroom.host.joined": {
        "nl": "{name} doet mee ({count})", "en": "{name} joined ({count})",
    },
    "classroom.host.done": {
        "nl": "Klaar: {players} {players:speler|spelers}, {questions} {questions:vraag|vragen}.",
        "en": "Done: {players} {players:player|players}, {questions} {questions:question|questions}.",
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
    # teacher's screen
    "classroom.key.start": {"nl": "Start", "en": "Start"},
    "classroom.key.next": {"nl": "Volgende", "en": "Next"},
    "classroom.key.lock": {"nl": "Slot", "en": "Lock"},
    "classroom.key.kick": {"nl": "Verwijder speler", "en": "Kick player"},
    "classroom.key.end": {"nl": "Beëindig", "en": "End"},
    "classroom.key.report": {"nl": "Rapport", "en": "Report"},
    "classroom.key.quit": {"nl": "Afsluiten", "en": "Quit"},
    "classroom.kind.choice": {"nl": "meerkeuze", "en": "multiple choice"},
    "classroom.kind.truefalse": {"nl": "waar of niet waar", "en": "true or false"},
    "classroom.kind.typed": {"nl": "typ het antwoord", "en": "type the answer"},
    "classroom.kind.order": {"nl": "zet in volgorde", "en": "put in order"},
    "classroom.app.title": {"nl": "cjtrainer — klassikale quiz", "en": "cjtrainer — classroom quiz"},
    "classroom.host.lobby.title": {
        "nl": "Doe mee met de klassikale quiz", "en": "Join the classroom quiz",
    },
    "classroom.host.lobby.address": {
        "nl": "Of in de terminal: cjtrainer join {address}\nen dan de code {code} en je naam.",
        "en": "Or in a terminal: cjtrainer join {address}\nthen the code {code} and your name.",
    },
    "classroom.host.lobby.help": {
        # two lines, so a narrow screen never splits "K K" over them
        "nl": "S of spatie: starten · L: op slot\nK K: eruit · U: terug · Q Q: stoppen",
        "en": "S or space: start · L: lock\nK K: kick · U: undo · Q Q: quit",
    },
    "classroom.host.players": {
        "nl": "Spelers: {count} ({connected} verbonden)",
        "en": "Players: {count} ({connected} connected)",
    },
    "classroom.host.away": {"nl": "weg", "en": "away"},
    "classroom.host.connected": {"nl": "verbonden", "en": "connected"},
    "classroom.host.answered": {"nl": "geantwoord", "en": "answered"},
    "classroom.host.late": {"nl": "vanaf volgende", "en": "from next"},
    "classroom.host.col.name": {"nl": "Naam", "en": "Name"},
    "classroom.host.col.status": {"nl": "Status", "en": "Status"},
    "classroom.host.col.score": {"nl": "Punten", "en": "Score"},
    "classroom.host.col.rank": {"nl": "#", "en": "#"},
    "classroom.host.col.correct": {"nl": "Goed", "en": "Correct"},
    "classroom.host.col.accuracy": {"nl": "Score %", "en": "Accuracy"},
    "classroom.host.col.mean": {"nl": "Gem. tijd", "en": "Mean time"},
    "classroom.host.col.number": {"nl": "Vraag", "en": "Question"},
    "classroom.host.col.question": {"nl": "Tekst", "en": "Text"},
    "classroom.host.col.answer": {"nl": "Goed antwoord", "en": "Right answer"},
    "classroom.host.col.percent": {"nl": "% goed", "en": "% correct"},
    "classroom.host.status.open": {"nl": "Lobby open", "en": "Lobby open"},
    "classroom.host.status.locked": {"nl": "Lobby op slot", "en": "Lobby locked"},
    "classroom.host.status.question": {
        "nl": "Vraag {index} van {total} loopt", "en": "Question {index} of {total} in progress",
    },
    "classroom.host.status.reveal": {
        "nl": "Uitslag van vraag {index} van {total}",
        "en": "Results of question {index} of {total}",
    },
    "classroom.host.status.leaderboard": {
        "nl": "Tussenstand na vraag {index} van {total}",
        "en": "Standings after question {index} of {total}",
    },
    "classroom.host.status.end": {
        "nl": "Afgelopen: {played} van {total} {total:vraag|vragen} gespeeld",
        "en": "Finished: {played} of {total} {total:question|questions} played",
    },
    # during the quiz: late joiners play from the next question, unless the lobby is locked
    "classroom.host.status.join-open": {"nl": "nieuwe spelers welkom", "en": "new players welcome"},
    "classroom.host.status.join-locked": {"nl": "geen nieuwe spelers", "en": "no new players"},
    # short, so phase, lock and calm fit in the status bar at 80 columns
    "classroom.host.status.calm-short": {"nl": "rustige modus", "en": "calm mode"},
    "classroom.host.status.calm": {
        "nl": "rustige modus (geen snelheidspunten)", "en": "calm mode (no speed points)",
    },
    "classroom.host.status.questions": {"nl": "{count} {count:vraag|vragen}",
                                        "en": "{count} {count:question|questions}"},
    "classroom.host.question.title": {
        "nl": "Vraag {index} van {total} · {kind}", "en": "Question {index} of {total} · {kind}",
    },
    "classroom.host.question.answered": {
        "nl": "{answered} van {playing} {playing:speler|spelers} {answered:heeft|hebben} geantwoord",
        "en": "{answered} of {playing} {playing:player|players} answered",
    },
    "classroom.host.question.left": {"nl": "Nog {seconds} s", "en": "{seconds} s left"},
    "classroom.host.reveal.answer": {"nl": "Goed antwoord: {answer}", "en": "Right answer: {answer}"},
    "classroom.host.leaderboard.title": {
        "nl": "Tussenstand na vraag {index} van {total}",
        "en": "Standings after question {index} of {total}",
    },
    "classroom.host.end.title": {"nl": "Einde van de quiz", "en": "End of the quiz"},
    "classroom.host.end.report": {"nl": "Rapport opgeslagen: {path}", "en": "Report saved: {path}"},
    "classroom.host.need-players": {
        "nl": "Er doet nog niemand mee.", "en": "Nobody has joined yet.",
    },
    "classroom.host.locked": {"nl": "De lobby is op slot.", "en": "The lobby is locked."},
    "classroom.host.unlocked": {"nl": "De lobby is weer open.", "en": "The lobby is open again."},
    "classroom.host.kicked": {"nl": "{name} is verwijderd.", "en": "{name} was removed."},
    # student's screen
    "classroom.join.key.leave": {"nl": "Verlaten", "en": "Leave"},
    "classroom.join.leave-confirm": {
        "nl": "Druk nog een keer op Esc om de quiz te verlaten.",
        "en": "Press Esc once more to leave the quiz.",
    },
    "classroom.join.title": {"nl": "Doe mee met de klassikale quiz", "en": "Join the classroom quiz"},
    "classroom.join.address": {
        "nl": "Adres (bijv. 192.168.1.20:8765)", "en": "Address (e.g. 192.168.1.20:8765)",
    },
    "classroom.join.code": {"nl": "Code (6 tekens)", "en": "Code (6 characters)"},
    "classroom.join.name": {"nl": "Je naam (2 tot 20 tekens)", "en": "Your name (2 to 20 characters)"},
    "classroom.join.go": {"nl": "Meedoen", "en": "Join"},
    "classroom.join.fill-in": {
        "nl": "Vul de code en je naam in.", "en": "Fill in the code and your name.",
    },
    "classroom.join.type": {
        "nl": "Typ je antwoord en druk op Enter", "en": "Type your answer, press Enter",
    },
    "classroom.join.status.idle": {"nl": "Niet verbonden", "en": "Not connected"},
    "classroom.join.status.connecting": {"nl": "Verbinden met {url}…", "en": "Connecting to {url}…"},
    "classroom.join.status.connected": {"nl": "Verbonden met {url}", "en": "Connected to {url}"},
    "classroom.join.status.reconnecting": {
        "nl": "Verbinding kwijt, opnieuw verbinden met {url}… (je punten blijven bewaard)",
        "en": "Connection lost, reconnecting to {url}… (your points are kept)",
    },
    "classroom.join.status.closed": {"nl": "Verbinding gesloten", "en": "Connection closed"},
    "classroom.join.wait.lobby": {
        "nl": "Je doet mee als {name}. Wachten tot je docent start…",
        "en": "You are in as {name}. Waiting for your teacher to start…",
    },
    "classroom.join.wait.late": {
        "nl": "Je doet mee vanaf de volgende vraag. Even wachten…",
        "en": "You play from the next question. Hold on…",
    },
    "classroom.join.wait.players": {
        "nl": "{count} {count:speler|spelers} in de lobby",
        "en": "{count} {count:player|players} in the lobby",
    },
    "classroom.join.q.head": {"nl": "Vraag {index} van {total}", "en": "Question {index} of {total}"},
    "classroom.join.q.left": {"nl": "nog {seconds} s", "en": "{seconds} s left"},
    "classroom.join.q.answered": {
        "nl": "Antwoord verstuurd. Wachten op de anderen…",
        "en": "Answer sent. Waiting for the others…",
    },
    "classroom.join.q.hint.typed": {
        "nl": "Typ je antwoord en druk op Enter.", "en": "Type your answer and press Enter.",
    },
    "classroom.join.q.hint.choice": {
        "nl": "Druk op de letter van je antwoord (of klik).",
        "en": "Press the letter of your answer (or click).",
    },
    "classroom.join.q.hint.multiple": {
        "nl": "Meerdere antwoorden: kies met de letters, dan Enter.",
        "en": "Several answers: pick with the letters, then Enter.",
    },
    "classroom.join.q.hint.order": {
        "nl": "Druk de letters in de goede volgorde. Backspace: stap terug.",
        "en": "Press the letters in the right order. Backspace: step back.",
    },
    "classroom.join.r.correct": {"nl": "Goed! +{points} {points:punt|punten}",
                                 "en": "Right! +{points} {points:point|points}"},
    "classroom.join.r.partial": {
        "nl": "Deels goed: +{points} {points:punt|punten}",
        "en": "Partly right: +{points} {points:point|points}",
    },
    "classroom.join.r.wrong": {"nl": "Helaas, fout.", "en": "Sorry, wrong."},
    "classroom.join.r.none": {"nl": "Geen antwoord gegeven.", "en": "No answer given."},
    "classroom.join.r.late": {
        "nl": "Je doet mee vanaf de volgende vraag.", "en": "You play from the next question.",
    },
    "classroom.join.r.answer": {"nl": "Goed antwoord: {answer}", "en": "Right answer: {answer}"},
    "classroom.join.unreadable": {
        "nl": "Een bericht van de docent kon niet gelezen worden. Werk cjtrainer bij als dit"
              " vaker gebeurt.",
        "en": "A message from the teacher could not be read. Update cjtrainer if this keeps"
              " happening.",
    },
    "classroom.join.refused": {
        "nl": "De quiz weigerde dit ({code}). Werk cjtrainer bij als dit vaker gebeurt.",
        "en": "The quiz refused this ({code}). Update cjtrainer if this keeps happening.",
    },
    "classroom.join.r.score": {
        "nl": "Je hebt {score} {score:punt|punten} · plaats {rank} van {players}",
        "en": "You have {score} {score:point|points} · place {rank} of {players}",
    },
    "classroom.join.b.title": {"nl": "Tussenstand", "en": "Standings"},
    "classroom.join.b.you": {
        "nl": "Jij staat op plaats {rank} met {score} {score:punt|punten}.",
        "en": "You are in place {rank} with {score} {score:point|points}.",
    },
    "classroom.join.end.title": {"nl": "Einde van de quiz!", "en": "End of the quiz!"},
    "classroom.join.e.you": {
        "nl": "Plaats {rank} · {score} {score:punt|punten} · {correct} van {questions} goed",
        "en": "Place {rank} · {score} {score:point|points} · {correct} of {questions} right",
    },
    "classroom.join.e.you.none": {
        "nl": "Plaats {rank} · {score} {score:punt|punten} · je kwam binnen na de laatste vraag",
        "en": "Place {rank} · {score} {score:point|points} · you joined after the last question",
    },
    "classroom.join.not-sent": {
        "nl": "Niet verstuurd: geen verbinding. Probeer het zo nog eens.",
        "en": "Not sent: no connection. Try again in a moment.",
    },
    "classroom.reason.flashcard": {
        "nl": "flashcard: die beoordeelt de student zelf", "en": "flashcard: students rate these themselves",
    },
    "classroom.reason.cloze-one-gap": {"nl": "invulzin met één gat", "en": "cloze with one gap"},
    "classroom.reason.cloze-gaps": {"nl": "invulzin met meer gaten", "en": "cloze with several gaps"},
    "classroom.reason.match": {"nl": "koppelvraag", "en": "match card"},
    "classroom.reason.list": {"nl": "opsomvraag", "en": "list card"},
    "classroom.reason.too-many-choices": {"nl": "meer dan 26 keuzes", "en": "more than 26 choices"},
    "classroom.reason.order-size": {"nl": "volgorde met te weinig of te veel items",
                                    "en": "order with too few or too many items"},
    "classroom.reason.unknown": {"nl": "onbekend kaarttype", "en": "unknown card type"},
    "classroom.join.r.typo": {"nl": "(let op de spelling)", "en": "(mind the spelling)"},
    "classroom.join.saved": {
        "nl": "{name} speelde op deze computer al mee. Ben jij dat niet? Vul dan je eigen naam in.",
        "en": "{name} already played on this computer. Not you? Then fill in your own name.",
    },
    "classroom.join.continue": {"nl": "Verder als {name}", "en": "Continue as {name}"},
    "classroom.join.resuming": {
        "nl": "Terug naar je plek in de quiz…", "en": "Getting your place in the quiz back…",
    },
    "classroom.host.unknown-deck.hint": {
        "nl": "Beschikbare decks: {decks}", "en": "Available decks: {decks}",
    },
    "classroom.host.notes": {
        "nl": "{questions} {questions:vraag|vragen}; {skipped} {skipped:kaart|kaarten} overgeslagen, "
              "{converted} omgezet:",
        "en": "{questions} {questions:question|questions}; {skipped} {skipped:card|cards} skipped, "
              "{converted} converted:",
    },
    # command-line options
    "classroom.host.opt.deck": {
        "nl": "deck-id of pad naar een deckbestand",
        "en": "deck id or the path of a deck file",
    },
    "classroom.host.opt.headless": {
        "nl": "zonder scherm: start bij --start-when spelers en gaat vanzelf door",
        "en": "no screen: starts at --start-when players and advances by itself",
    },
    "classroom.host.opt.port": {
        "nl": "poort (standaard 8765)",
        "en": "port (default 8765)",
    },
    "classroom.host.opt.bind": {
        "nl": "adres om op te luisteren (standaard 0.0.0.0: het hele netwerk)",
        "en": "address to listen on (default 0.0.0.0: the whole network)",
    },
    "classroom.host.opt.start-when": {
        "nl": "start zodra N spelers meedoen (headless: standaard 1)",
        "en": "start once N players have joined (headless: default 1)",
    },
    "classroom.host.opt.time": {
        "nl": "seconden per vraag (standaard 20, rustige modus 60)",
        "en": "seconds per question (default 20, calm mode 60)",
    },
    "classroom.host.opt.count": {
        "nl": "aantal vragen",
        "en": "number of questions",
    },
    "classroom.host.opt.tag": {
        "nl": "alleen kaarten met deze tag (herhaalbaar)",
        "en": "only cards with this tag (repeatable)",
    },
    "classroom.host.opt.calm": {
        "nl": "rustige modus: geen snelheidspunten, lange tijd",
        "en": "calm mode: no speed points, a long timer",
    },
    "classroom.host.opt.pause": {
        "nl": "seconden voor uitslag en tussenstand (headless: standaard 4)",
        "en": "seconds for the result and the standings (headless: default 4)",
    },
    "classroom.host.opt.report": {
        "nl": "CSV-rapport (standaard in de map classroom van je datamap)",
        "en": "CSV report (default: the classroom folder in your data folder)",
    },
    "classroom.host.opt.rebuild": {
        "nl": "maak het rapport opnieuw uit een sessielog (.jsonl)",
        "en": "rebuild the report from a session log (.jsonl)",
    },
    "classroom.host.opt.max-players": {
        "nl": "hoeveel spelers er mee mogen doen (standaard 60)",
        "en": "how many players may join (default 60)",
    },
    "classroom.join.opt.address": {
        "nl": "het adres op het scherm van je docent",
        "en": "the address on your teacher's screen",
    },
    "classroom.join.opt.code": {
        "nl": "de code van de quiz (anders vraagt het scherm erom)",
        "en": "the quiz code (otherwise the screen asks)",
    },
    "classroom.join.opt.name": {
        "nl": "je naam in de quiz",
        "en": "your name in the quiz",
    },
    "classroom.host.notes.skipped": {"nl": "Overgeslagen", "en": "Skipped"},
    "classroom.host.notes.converted": {"nl": "Omgezet naar typvraag", "en": "Converted to typed"},
    "classroom.host.in-use": {
        "nl": "die poort is al in gebruik (draait er al een quiz?)",
        "en": "that port is already in use (is a quiz already running?)",
    },
    "classroom.host.kick-confirm": {
        "nl": "Druk nog eens op K om {name} uit de quiz te halen.",
        "en": "Press K again to remove {name} from the quiz.",
    },
    "classroom.host.done-status": {"nl": "klaar", "en": "done"},
    # hostile students (docs/security.md)
    "classroom.error.address-full": {
        "nl": "Vanaf dit netwerkadres doen al te veel spelers mee. Vraag je docent.",
        "en": "Too many players from this network address already. Ask your teacher.",
    },
    "classroom.host.status.join": {
        "nl": "join {address} · code {code}", "en": "join {address} · code {code}",
    },
    # the number of refused joins and resumes, and the commonest reason
    "classroom.host.status.refused": {"nl": "geweigerd {total}: {what}",
                                      "en": "refused {total}: {what}"},
    "classroom.host.refused.bad-code": {"nl": "foute code", "en": "wrong code"},
    "classroom.host.refused.too-many-attempts": {
        "nl": "te vaak fout", "en": "too many tries",
    },
    "classroom.host.refused.locked": {"nl": "op slot", "en": "locked"},
    "classroom.host.refused.full": {"nl": "vol", "en": "full"},
    "classroom.host.refused.address-full": {
        "nl": "adres vol", "en": "address full",
    },
    "classroom.host.refused.kicked": {"nl": "verwijderd", "en": "removed"},
    "classroom.host.refused.bad-token": {"nl": "oude plek", "en": "old place"},
    "classroom.host.lookalike": {"nl": "lijkt op {name}", "en": "looks like {name}"},
    "classroom.host.lookalike-notify": {
        "nl": "Let op: {name} lijkt op {like}. Verwijder met K K als het een grap is.",
        "en": "Note: {name} looks like {like}. Remove with K K if it is a prank.",
    },
    "classroom.host.kicked-undo": {
        "nl": "{name} is verwijderd (en mag niet terug). U: ongedaan maken.",
        "en": "{name} was removed (and cannot rejoin). U: undo.",
    },
    "classroom.host.unkicked": {
        "nl": "{name} mag weer meedoen: laat {name} opnieuw meedoen met dezelfde naam.",
        "en": "{name} may play again: let {name} join again with the same name.",
    },
    "classroom.host.nothing-to-undo": {
        "nl": "Er is niemand verwijderd.", "en": "Nobody was removed.",
    },
    "classroom.host.end-confirm": {
        "nl": "Druk nog eens op E om de quiz nu te beëindigen.",
        "en": "Press E again to end the quiz now.",
    },
    "classroom.host.quit-confirm": {
        "nl": "Druk nog eens op Q om te stoppen (het rapport wordt opgeslagen).",
        "en": "Press Q again to quit (the report is saved).",
    },
    "classroom.key.unkick": {"nl": "Terugzetten", "en": "Undo kick"},
    "classroom.host.also": {"nl": "Of: {addresses}", "en": "Or: {addresses}"},
    "classroom.host.loopback-only": {
        "nl": "Let op: geen netwerkadres gevonden, alleen {address}. Studenten op andere "
              "computers kunnen dat niet bereiken: controleer de wifi, of start met "
              "--bind en het adres van deze computer.",
        "en": "Note: no network address found, only {address}. Students on other computers "
              "cannot reach it: check the wifi, or start with --bind and this computer's "
              "address.",
    },
    "classroom.host.kicked-status": {"nl": "verwijderd", "en": "removed"},
    "classroom.host.opt.max-per-address": {
        "nl": "maximum aantal spelers vanaf één netwerkadres (standaard 60: een klas achter "
              "één NAT-adres past)",
        "en": "most players from one network address (default 60: a class behind one NAT "
              "address fits)",
    },
    "classroom.host.opt.sockets-per-address": {
        "nl": "maximum aantal open verbindingen vanaf één netwerkadres (standaard 100)",
        "en": "most open connections from one network address (default 100)",
    },
    "classroom.pick.title": {
        "nl": "Wat gaat de klas doen?", "en": "What will the class do?",
    },
    "classroom.pick.help": {
        "nl": "Kies met ↑↓ en enter. Studenten doen mee met hun telefoon, laptop of terminal.",
        "en": "Choose with ↑↓ and enter. Students join with their phone, laptop or terminal.",
    },
    "classroom.pick.quizzes": {"nl": "Quiz", "en": "Quiz"},
    "classroom.pick.activities": {
        "nl": "Opdracht met de klas (live bord)", "en": "Class activity (live board)",
    },
    "classroom.pick.quiz": {"nl": "  Quiz: {title}", "en": "  Quiz: {title}"},
    "classroom.pick.activity": {"nl": "  Opdracht: {title}", "en": "  Activity: {title}"},
}
