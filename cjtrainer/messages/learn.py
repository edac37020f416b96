"""Messages of the learning engine (grading feedback, store errors, stats)."""

MESSAGES: dict[str, dict[str, str]] = {
    "learn.true": {"nl": "Waar", "en": "True"},
    "learn.false": {"nl": "Onwaar", "en": "False"},
    "learn.feedback.right": {"nl": "Goed!", "en": "Right!"},
    "learn.feedback.typo": {
        "nl": "Goed, maar let op de spelling: {expected}",
        "en": "Right, but mind the spelling: {expected}",
    },
    "learn.feedback.partial": {
        "nl": "Deels goed: {right} van {total}. Het juiste antwoord: {expected}",
        "en": "Partly right: {right} of {total}. The right answer: {expected}",
    },
    "learn.feedback.wrong": {
        "nl": "Helaas. Het juiste antwoord: {expected}",
        "en": "Not quite. The right answer: {expected}",
    },
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
    "learn.store.import-bad": {
        "nl": "Dit is geen geldig voortgangsbestand van cjtrainer ({error}).",
        "en": "This is not a valid cjtrainer progress file ({error}).",
    },
    "learn.store.import-too-new": {
        "nl": "Dit voortgangsbestand is gemaakt door een nieuwere versie van cjtrainer.",
        "en": "This progress file was made by a newer version of cjtrainer.",
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
        "nl": "Het bestand is niet aangeraakt. Zet het opzij (hernoem het) en start opnieuw, "
              "of zet een back-up terug; je docent kan helpen.",
        "en": "The file has not been touched. Move it aside (rename it) and start again, "
              "or restore a backup; your teacher can help.",
    },
    "learn.store.hint.busy": {
        "nl": "Sluit het andere cjtrainer-venster en probeer het opnieuw.",
        "en": "Close the other cjtrainer window and try again.",
    },
    "learn.store.hint.import": {
        "nl": "Gebruik een bestand dat met cjtrainer is geëxporteerd.",
        "en": "Use a file exported by cjtrainer.",
    },
}
