"""Texts of the browser client (cjtrainer/classroom/web/). The page also uses the
student's screen texts (``classroom.join.*``) and the wire errors (``classroom.error.*``)."""

MESSAGES: dict[str, dict[str, str]] = {
    # the teacher's lobby
    "web.host.scan": {
        "nl": "Scan de QR-code of open op je telefoon of laptop:",
        "en": "Scan the QR code or open on your phone or laptop:",
    },
    "web.host.headless": {"nl": "Browser: {url}", "en": "Browser: {url}"},
    "web.brand": {"nl": "cjtrainer · klassikale quiz", "en": "cjtrainer · classroom quiz"},
    # the switch names the other language, in that language
    "web.switch": {"nl": "English", "en": "Nederlands"},
    "web.again": {"nl": "Opnieuw meedoen", "en": "Join again"},
    "web.here": {"nl": "Hier verder spelen", "en": "Play on here"},
    "web.send": {"nl": "Versturen", "en": "Send"},
    "web.sending": {"nl": "Versturen…", "en": "Sending…"},
    "web.answers": {"nl": "Antwoorden", "en": "Answers"},
    "web.your-answer": {"nl": "Jouw antwoord", "en": "Your answer"},
    "web.kind.choice": {"nl": "meerkeuze", "en": "multiple choice"},
    "web.kind.multiple": {"nl": "meerdere antwoorden", "en": "several answers"},
    "web.kind.truefalse": {"nl": "waar of niet waar", "en": "true or false"},
    "web.kind.typed": {"nl": "typ het antwoord", "en": "type the answer"},
    "web.kind.order": {"nl": "zet in volgorde", "en": "put in order"},
    "web.hint.choice": {"nl": "Tik op je antwoord.", "en": "Tap your answer."},
    "web.hint.multiple": {
        "nl": "Tik alle goede antwoorden aan en druk op Versturen.",
        "en": "Tap every right answer, then press Send.",
    },
    "web.hint.truefalse": {"nl": "Tik op Waar of Onwaar.", "en": "Tap True or False."},
    "web.hint.typed": {
        "nl": "Typ je antwoord en druk op Versturen.", "en": "Type your answer and press Send.",
    },
    "web.hint.order": {
        "nl": "Tik de stappen aan in de goede volgorde. Tik een geplaatste stap om hem terug te "
              "leggen, of sleep hem naar een andere plek.",
        "en": "Tap the steps in the right order. Tap a placed step to put it back, or drag it "
              "to another place.",
    },
    "web.order.placed": {"nl": "Jouw volgorde", "en": "Your order"},
    "web.order.pool": {"nl": "Nog te plaatsen", "en": "Still to place"},
    "web.order.take-back": {
        "nl": "{position}. {item} (tik om terug te leggen)",
        "en": "{position}. {item} (tap to put back)",
    },
}
