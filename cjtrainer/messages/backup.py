"""Messages about the automatic backups of the progress (``cjtrainer backup``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "backup.help": {
        "nl": "back-ups van je voortgang: list (standaard) of restore [NUMMER]",
        "en": "backups of your progress: list (default) or restore [NUMBER]",
    },
    "backup.arg.action": {
        "nl": "list: toon de back-ups; restore: zet er een terug",
        "en": "list: show the backups; restore: put one back",
    },
    "backup.arg.which": {
        "nl": "nummer uit de lijst (1 = nieuwste, standaard) of bestandsnaam",
        "en": "number from the list (1 = newest, default) or file name",
    },
    "backup.none": {
        "nl": "Er zijn nog geen back-ups in {folder}.",
        "en": "There are no backups in {folder} yet.",
    },
    "backup.hint.none": {
        "nl": "cjtrainer maakt ze vanzelf terwijl je leert (elk half uur en bij afsluiten).",
        "en": "cjtrainer makes them by itself while you study (every half hour and on exit).",
    },
    "backup.answers": {
        "nl": "{count} {count:antwoord|antwoorden}", "en": "{count} {count:answer|answers}",
    },
    "backup.unreadable": {"nl": "onleesbaar", "en": "unreadable"},
    "backup.list-hint": {
        "nl": "Terugzetten: cjtrainer backup restore NUMMER (je huidige voortgang wordt "
              "eerst opzijgezet, niet gewist).",
        "en": "To restore: cjtrainer backup restore NUMBER (your current progress is "
              "moved aside first, not deleted).",
    },
    "backup.unknown": {
        "nl": "Er is geen back-up {which}.", "en": "There is no backup {which}.",
    },
    "backup.hint.list": {
        "nl": "Bekijk de lijst met: cjtrainer backup list",
        "en": "See the list with: cjtrainer backup list",
    },
    "backup.unusable": {
        "nl": "De back-up {name} is zelf beschadigd; er is niets veranderd.",
        "en": "The backup {name} is damaged itself; nothing has changed.",
    },
    "backup.hint.other": {
        "nl": "Kies een oudere back-up uit cjtrainer backup list.",
        "en": "Choose an older backup from cjtrainer backup list.",
    },
    "backup.restore-failed": {
        "nl": "De back-up kon niet worden teruggezet ({error}); er is niets veranderd.",
        "en": "The backup could not be restored ({error}); nothing has changed.",
    },
    "backup.restored": {
        "nl": "De back-up van {when} is teruggezet.",
        "en": "The backup from {when} has been restored.",
    },
    "backup.moved-aside": {
        "nl": "Je vorige voortgangsbestand staat nog in {path}.",
        "en": "Your previous progress file is still in {path}.",
    },
    "backup.offer": {
        "nl": "Back-up van {when} terugzetten ({answers})",
        "en": "Restore the backup from {when} ({answers})",
    },
}
