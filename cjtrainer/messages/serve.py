"""Texts of `cjtrainer serve`: the sign-in page and the server's own messages."""

MESSAGES: dict[str, dict[str, str]] = {
    "serve.title": {"nl": "Klantreis oefenen", "en": "Practise the customer journey"},
    "serve.intro": {
        "nl": "Meld je aan om verder te gaan waar je gebleven was.",
        "en": "Sign in to carry on where you left off.",
    },
    "serve.name": {"nl": "Je naam", "en": "Your name"},
    "serve.code": {"nl": "Klascode (van je docent)", "en": "Class code (from your teacher)"},
    "serve.number": {"nl": "Studentnummer", "en": "Student number"},
    "serve.pin": {"nl": "Pincode (als je er een hebt)", "en": "PIN (if you have one)"},
    "serve.sign-in": {"nl": "Aanmelden", "en": "Sign in"},
    "serve.sign-out": {"nl": "Afmelden", "en": "Sign out"},
    "serve.restart": {"nl": "Opnieuw starten", "en": "Start again"},
    "serve.closed": {
        "nl": "De app is gestopt. Je voortgang is bewaard.",
        "en": "The app has stopped. Your progress is saved.",
    },
    "serve.error.code": {
        "nl": "Die klascode klopt niet. Kijk op het bord of vraag het je docent.",
        "en": "That class code is not right. Check the board or ask your teacher.",
    },
    "serve.error.name": {
        "nl": "Vul je naam in ({low} tot {high} tekens).",
        "en": "Fill in your name ({low} to {high} characters).",
    },
    "serve.error.list": {
        "nl": "Dit studentnummer of deze pincode klopt niet.",
        "en": "This student number or PIN is not right.",
    },
    "serve.full.title": {"nl": "Even geduld", "en": "Please wait"},
    "serve.full": {
        "nl": "Er zijn nu te veel studenten tegelijk bezig. Probeer het over een minuut opnieuw.",
        "en": "Too many students are working right now. Try again in a minute.",
    },
    "serve.forbidden": {"nl": "Meld je eerst aan.", "en": "Sign in first."},
    "serve.list.unreadable": {
        "nl": "De klassenlijst {path} kan niet gelezen worden: {error}",
        "en": "The class list {path} cannot be read: {error}",
    },
    "serve.list.bad-row": {
        "nl": "{path}, regel {line}: een studentnummer en een naam zijn nodig.",
        "en": "{path}, line {line}: a student number and a name are needed.",
    },
    "serve.list.duplicate": {
        "nl": "{path}, regel {line}: studentnummer {number} staat er al eerder in.",
        "en": "{path}, line {line}: student number {number} is already on the list.",
    },
    "serve.list.empty": {"nl": "{path} bevat geen studenten.", "en": "{path} holds no students."},
    "serve.list.hint": {
        "nl": "Eén student per regel: studentnummer, naam en eventueel een pincode "
              "(komma of puntkomma ertussen).",
        "en": "One student per line: student number, name and optionally a PIN "
              "(comma or semicolon between them).",
    },
    "serve.missing-extra": {
        "nl": "Voor de browserversie is een extra onderdeel nodig.",
        "en": "The browser version needs an extra part.",
    },
    "serve.missing-extra.hint": {
        "nl": "Installeer het met: pip install 'cjtrainer[web]' (of pipx install 'cjtrainer[web]').",
        "en": "Install it with: pip install 'cjtrainer[web]' (or pipx install 'cjtrainer[web]').",
    },
    "serve.started": {
        "nl": "cjtrainer in de browser draait. Studenten openen:",
        "en": "cjtrainer in the browser is running. Students open:",
    },
    "serve.started.code": {"nl": "Klascode: {code}", "en": "Class code: {code}"},
    "serve.started.list": {
        "nl": "Aanmelden met studentnummer en pincode uit {path} ({count} {count:student|studenten}).",
        "en": "Sign in with student number and PIN from {path} ({count} {count:student|students}).",
    },
    "serve.started.root": {
        "nl": "Voortgang van de studenten: {root}",
        "en": "Students' progress: {root}",
    },
    "serve.started.loopback": {
        "nl": "Let op: alleen dit adres op deze computer gevonden; studenten op andere computers "
              "kunnen het niet bereiken. Start met --bind 0.0.0.0 op het schoolnetwerk.",
        "en": "Note: only this computer's own address was found; students on other computers "
              "cannot reach it. Start with --bind 0.0.0.0 on the school network.",
    },
    "serve.started.stop": {"nl": "Stoppen: Ctrl+C.", "en": "Stop: Ctrl+C."},
    "serve.port-busy": {
        "nl": "Poort {port} op {bind} is al in gebruik ({error}).",
        "en": "Port {port} on {bind} is already in use ({error}).",
    },
    "serve.port-busy.hint": {
        "nl": "Kies een andere poort met --port, of stop het programma dat deze poort gebruikt.",
        "en": "Choose another port with --port, or stop the program that uses this port.",
    },
    "serve.help": {
        "nl": "de app in de browser aanbieden aan de klas (extra: cjtrainer[web])",
        "en": "offer the app in the browser to the class (extra: cjtrainer[web])",
    },
}
