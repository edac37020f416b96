"""Texts of the student app (cjtrainer.ui)."""

MESSAGES: dict[str, dict[str, str]] = {
    # app and common keys
    "ui.app.title": {"nl": "cjtrainer", "en": "cjtrainer"},
    "ui.app.subtitle": {"nl": "Leer de customer journey", "en": "Learn the customer journey"},
    "ui.key.quit": {"nl": "Stoppen", "en": "Quit"},
    "ui.key.back": {"nl": "Terug", "en": "Back"},
    "ui.key.help": {"nl": "Hulp", "en": "Help"},
    "ui.key.flip": {"nl": "Omdraaien", "en": "Flip"},
    "ui.key.toggle": {"nl": "Aan/uit", "en": "Toggle"},
    "ui.key.submit": {"nl": "Antwoorden", "en": "Answer"},
    "ui.key.check": {"nl": "Nakijken", "en": "Check"},
    "ui.key.up": {"nl": "Omhoog", "en": "Up"},
    "ui.key.down": {"nl": "Omlaag", "en": "Down"},
    "ui.key.pick": {"nl": "Oppakken/neerleggen", "en": "Pick up/put down"},
    "ui.key.move-up": {"nl": "Naar boven", "en": "Move up"},
    "ui.key.move-down": {"nl": "Naar beneden", "en": "Move down"},
    "ui.key.hint": {"nl": "Tip", "en": "Hint"},
    "ui.key.undo": {"nl": "Ongedaan maken", "en": "Undo"},
    "ui.key.next": {"nl": "Verder", "en": "Next"},
    "ui.key.stop": {"nl": "Stoppen", "en": "Stop"},
    "ui.key.study": {"nl": "Leren", "en": "Study"},
    "ui.key.quiz": {"nl": "Quiz", "en": "Quiz"},
    "ui.key.stats": {"nl": "Voortgang", "en": "Progress"},
    "ui.key.settings": {"nl": "Instellingen", "en": "Settings"},
    "ui.key.save": {"nl": "Opslaan", "en": "Save"},
    "ui.key.home": {"nl": "Start", "en": "Home"},
    # flashcard
    "ui.flash.flip-hint": {
        "nl": "Denk aan het antwoord en druk op spatie om de kaart om te draaien.",
        "en": "Think of the answer, then press space to flip the card.",
    },
    "ui.flash.rate": {
        "nl": "Hoe goed wist je het? Kies 1-4.",
        "en": "How well did you know it? Pick 1-4.",
    },
    "ui.rating.again": {"nl": "Opnieuw", "en": "Again"},
    "ui.rating.hard": {"nl": "Moeilijk", "en": "Hard"},
    "ui.rating.good": {"nl": "Goed", "en": "Good"},
    "ui.rating.easy": {"nl": "Makkelijk", "en": "Easy"},
    # choice
    "ui.choice.pick-one": {
        "nl": "Kies één antwoord: toets 1-8 of a-h, of klik.",
        "en": "Pick one answer: press 1-8 or a-h, or click.",
    },
    "ui.choice.select-all": {
        "nl": "Kies alle juiste antwoorden (spatie of 1-8), dan enter.",
        "en": "Pick every right answer (space or 1-8), then enter.",
    },
    # true/false
    "ui.tf.true": {"nl": "Waar", "en": "True"},
    "ui.tf.false": {"nl": "Onwaar", "en": "False"},
    "ui.tf.true-button": {"nl": "1  Waar", "en": "1  True"},
    "ui.tf.false-button": {"nl": "2  Onwaar", "en": "2  False"},
    # typed
    "ui.typed.placeholder": {"nl": "Typ je antwoord", "en": "Type your answer"},
    "ui.typed.help": {"nl": "Enter om te antwoorden.", "en": "Enter to answer."},
    # cloze
    "ui.cloze.help": {
        "nl": "Vul de {count} open plek(ken) in. Tab of enter gaat naar de volgende.",
        "en": "Fill in the {count} gap(s). Tab or enter moves to the next one.",
    },
    # order
    "ui.order.help": {
        "nl": "Zet in de goede volgorde: spatie pakt op/legt neer, pijltjes verplaatsen "
        "(of ctrl+↑↓), enter om te antwoorden.",
        "en": "Put in the right order: space picks up/puts down, arrows move "
        "(or ctrl+↑↓), enter to answer.",
    },
    # match
    "ui.match.help": {
        "nl": "Kies bij elk begrip het juiste antwoord (enter opent de lijst).",
        "en": "Pick the right answer for each term (enter opens the list).",
    },
    "ui.match.choose": {"nl": "Kies…", "en": "Choose…"},
    "ui.match.check": {"nl": "Nakijken", "en": "Check"},
    # list
    "ui.list.help": {
        "nl": "Noem er {count}, in willekeurige volgorde. Enter gaat naar de volgende regel.",
        "en": "Name {count}, in any order. Enter moves to the next line.",
    },
    "ui.list.help-ordered": {
        "nl": "Noem er {count}, op volgorde. Enter gaat naar de volgende regel.",
        "en": "Name {count}, in order. Enter moves to the next line.",
    },
    # feedback
    "ui.feedback.extra": {"nl": "hoort er niet bij", "en": "does not belong"},
    "ui.feedback.explain": {"nl": "Uitleg", "en": "Explanation"},
    "ui.feedback.continue": {
        "nl": "Enter: verder   ctrl+z: ongedaan maken",
        "en": "Enter: next   ctrl+z: undo",
    },
}
