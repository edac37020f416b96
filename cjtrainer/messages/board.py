"""Texts of the touchpoint board (cjtrainer host --exercise): wire errors, the teacher's
board, the student's screens (terminal and phone page) and the export."""

MESSAGES: dict[str, dict[str, str]] = {
    # errors sent over the wire ("classroom.error.<code>")
    "classroom.error.needs-update": {
        "nl": "Deze les gebruikt het touchpointbord. Werk cjtrainer bij, of doe mee via de "
              "webpagina op het scherm van je docent.",
        "en": "This lesson uses the touchpoint board. Update cjtrainer, or join through the "
              "web page on your teacher's screen.",
    },
    "classroom.error.wrong-activity": {
        "nl": "Dat bericht hoort bij een andere activiteit dan deze.",
        "en": "That message belongs to another activity than this one.",
    },
    "classroom.error.not-open": {
        "nl": "Het bord is nu niet open voor touchpoints.",
        "en": "The board is not open for touchpoints now.",
    },
    "classroom.error.bad-section": {
        "nl": "Die fase staat niet op het bord.", "en": "That phase is not on the board.",
    },
    "classroom.error.empty": {
        "nl": "Typ eerst een touchpoint.", "en": "Type a touchpoint first.",
    },
    "classroom.error.too-many": {
        "nl": "Je hebt bij deze fase al genoeg touchpoints; kies een andere fase.",
        "en": "You already have enough touchpoints in this phase; choose another phase.",
    },
    # the host command
    "board.host.opt.exercise": {
        "nl": "een klassikale opdracht: het touchpointbord voor deze oefening (id of bestand)",
        "en": "a class activity: the touchpoint board for this exercise (id or file)",
    },
    "board.host.opt.minutes": {
        "nl": "minuten om touchpoints te sturen (standaard: die van de oefening)",
        "en": "minutes to send touchpoints (default: the exercise's)",
    },
    "board.host.both": {
        "nl": "Kies een deck (quiz) of --exercise (touchpointbord), niet allebei.",
        "en": "Choose a deck (quiz) or --exercise (touchpoint board), not both.",
    },
    "board.host.headless": {
        "nl": "Het touchpointbord heeft het scherm van de docent nodig; zonder --headless starten.",
        "en": "The touchpoint board needs the teacher's screen; start it without --headless.",
    },
    # the teacher's board
    "board.title": {"nl": "Touchpointbord", "en": "Touchpoint board"},
    "board.lobby.help": {
        "nl": "S opent het bord ({minutes} min) · L slot · Q Q stoppen",
        "en": "S opens the board ({minutes} min) · L lock · Q Q stop",
    },
    "board.status.lobby": {
        "nl": "Wachten op studenten: {players} binnen", "en": "Waiting for students: {players} in",
    },
    "board.status.open": {
        "nl": "Open · nog {time} · {touchpoints} touchpoints van {students} studenten",
        "en": "Open · {time} left · {touchpoints} touchpoints from {students} students",
    },
    "board.status.closed": {
        "nl": "Gesloten: bespreken · {touchpoints} touchpoints van {students} studenten",
        "en": "Closed: discussion · {touchpoints} touchpoints from {students} students",
    },
    "board.status.end": {
        "nl": "Afgelopen: iedereen heeft zijn eigen touchpoints terug",
        "en": "Ended: everyone has their own touchpoints back",
    },
    "board.status.join": {"nl": "Meedoen: {address} code {code}", "en": "Join: {address} code {code}"},
    "board.empty": {"nl": "(nog niets)", "en": "(nothing yet)"},
    "board.not-named": {"nl": "nog niet genoemd", "en": "not named yet"},
    "board.spotlight": {"nl": "In de schijnwerper: {text}", "en": "In the spotlight: {text}"},
    "board.key.open": {"nl": "Open/sluit", "en": "Open/close"},
    "board.key.more": {"nl": "+1 min", "en": "+1 min"},
    "board.key.hide": {"nl": "Verberg", "en": "Hide"},
    "board.key.unhide": {"nl": "Terug", "en": "Undo hide"},
    "board.key.spot": {"nl": "Uitlichten", "en": "Spotlight"},
    "board.key.missing": {"nl": "Nog niet genoemd", "en": "Not named yet"},
    "board.key.names": {"nl": "Namen", "en": "Names"},
    "board.key.export": {"nl": "Exporteer", "en": "Export"},
    "board.key.end": {"nl": "Einde", "en": "End"},
    "board.key.lock": {"nl": "Slot", "en": "Lock"},
    "board.key.quit": {"nl": "Stoppen", "en": "Quit"},
    "board.key.keys": {"nl": "Toetsen", "en": "Keys"},
    "board.keys-help": {
        "nl": "M  nog niet genoemd tonen of verbergen\nN  namen tonen of verbergen\n"
              "U  laatst verborgen regel terug\nX  bord exporteren\nL  lobby op slot of open\n"
              "pijltjes  regel kiezen",
        "en": "M  show or hide not named yet\nN  show or hide names\n"
              "U  bring back the last hidden line\nX  export the board\nL  lock or open the lobby\n"
              "arrows  choose a line",
    },
    "board.hidden": {
        "nl": "Verborgen: {text} (U zet het terug)", "en": "Hidden: {text} (U puts it back)",
    },
    "board.unhidden": {"nl": "Weer op het bord: {text}", "en": "Back on the board: {text}"},
    "board.nothing-hidden": {"nl": "Niets om terug te zetten.", "en": "Nothing to put back."},
    "board.spot-off": {"nl": "Schijnwerper uit.", "en": "Spotlight off."},
    "board.names-on": {"nl": "Namen zichtbaar op het bord.", "en": "Names shown on the board."},
    "board.names-off": {"nl": "Namen verborgen.", "en": "Names hidden."},
    "board.end-confirm": {
        "nl": "Nog een keer E: de activiteit stoppen en iedereen zijn touchpoints terugsturen.",
        "en": "Press E again: end the activity and send everyone their touchpoints.",
    },
    "board.quit-confirm": {
        "nl": "Nog een keer Q: het bord sluiten (de export wordt eerst geschreven).",
        "en": "Press Q again: close the board (the export is written first).",
    },
    "board.exported": {"nl": "Geëxporteerd: {path}", "en": "Exported: {path}"},
    "board.need-players": {"nl": "Er is nog niemand binnen.", "en": "Nobody has joined yet."},
    # the export
    "board.export.summary": {
        "nl": "{touchpoints} touchpoints van {students} studenten.",
        "en": "{touchpoints} touchpoints from {students} students.",
    },
    "board.export.none": {"nl": "- (geen touchpoints)", "en": "- (no touchpoints)"},
    "board.export.not-named": {
        "nl": "Nog niet genoemd (modelantwoorden):", "en": "Not named yet (model answers):",
    },
    "board.export.col.section": {"nl": "fase", "en": "phase"},
    "board.export.col.touchpoint": {"nl": "touchpoint", "en": "touchpoint"},
    "board.export.col.count": {"nl": "aantal", "en": "count"},
    "board.export.col.variants": {"nl": "varianten", "en": "variants"},
    # the student's terminal screen
    "classroom.join.board.wait": {
        "nl": "Je bent binnen, {name}. Het bord gaat zo open.",
        "en": "You are in, {name}. The board opens soon.",
    },
    "classroom.join.board.head": {
        "nl": "{title} · nog {time}", "en": "{title} · {time} left",
    },
    "classroom.join.board.closed": {
        "nl": "Het bord is dicht: jullie bespreken het nu samen.",
        "en": "The board is closed: you discuss it together now.",
    },
    "classroom.join.board.section": {
        "nl": "Fase {index}/{total}: {title} · nog {left} te gaan",
        "en": "Phase {index}/{total}: {title} · {left} to go",
    },
    "classroom.join.board.type": {
        "nl": "Typ een touchpoint en druk op Enter", "en": "Type a touchpoint and press Enter",
    },
    "classroom.join.board.keys": {
        "nl": "Tab of ctrl+→/← : andere fase", "en": "Tab or ctrl+→/← : another phase",
    },
    "classroom.join.board.mine": {"nl": "Mijn touchpoints", "en": "My touchpoints"},
    "classroom.join.board.spotlight": {
        "nl": "Op het bord: {text} (×{count})", "en": "On the board: {text} (×{count})",
    },
    "classroom.join.board.saved": {
        "nl": "Je touchpoints staan nu als poging {attempt} bij de oefening '{title}' in je "
              "app. Vergelijk ze daar met de voorbeelden: cjtrainer exercise {id}",
        "en": "Your touchpoints are now attempt {attempt} of the exercise '{title}' in your "
              "app. Compare them with the examples there: cjtrainer exercise {id}",
    },
    "classroom.join.board.not-saved": {
        "nl": "Je touchpoints konden niet in je app worden opgeslagen: {error}",
        "en": "Your touchpoints could not be saved in your app: {error}",
    },
    "classroom.join.board.none": {
        "nl": "De activiteit is afgelopen. Je hebt geen touchpoints gestuurd.",
        "en": "The activity has ended. You sent no touchpoints.",
    },
    # the phone page
    "web.board.open": {"nl": "Nog {time}", "en": "{time} left"},
    "web.board.phase": {"nl": "Fase", "en": "Phase"},
    "web.board.touchpoint": {"nl": "Jouw touchpoint", "en": "Your touchpoint"},
    "web.board.left": {"nl": "Nog {left} bij deze fase", "en": "{left} more in this phase"},
    "web.board.full": {"nl": "Deze fase is vol.", "en": "This phase is full."},
    "web.board.end": {"nl": "Klaar! Jouw touchpoints", "en": "Done! Your touchpoints"},
    "web.board.end-help": {
        "nl": "Je telefoon kan ze niet in de app zetten: kopieer de tekst of download hem, en "
              "vergelijk thuis met cjtrainer exercise.",
        "en": "Your phone cannot put them in the app: copy the text or download it, and "
              "compare at home with cjtrainer exercise.",
    },
    "web.board.download": {"nl": "Download als tekst", "en": "Download as text"},
    "web.board.copy": {"nl": "Kopiëren", "en": "Copy"},
    "web.board.copied": {"nl": "Gekopieerd.", "en": "Copied."},
}
