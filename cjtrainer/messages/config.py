"""Messages about the settings file (config.toml) and its backups."""

MESSAGES: dict[str, dict[str, str]] = {
    "config.problem": {"nl": "Instellingen: {problem}", "en": "Settings: {problem}"},
    "config.unknown": {
        "nl": "{path}: onbekende instelling {key}; die wordt overgeslagen.",
        "en": "{path}: unknown setting {key}; it is skipped.",
    },
    "config.wrong-type.text": {
        "nl": "{path}: {key} = {value} moet tekst tussen aanhalingstekens zijn; "
              "de standaardwaarde wordt gebruikt.",
        "en": "{path}: {key} = {value} must be text in quotes; the default is used.",
    },
    "config.wrong-type.list": {
        "nl": "{path}: {key} = {value} moet een lijst van mappen zijn, zoals "
              "content = ['map1', 'map2']; die wordt overgeslagen.",
        "en": "{path}: {key} = {value} must be a list of folders, like "
              "content = ['folder1', 'folder2']; it is skipped.",
    },
    "config.content-not-list": {
        "nl": "{path}: {key} = {value} is geen lijst; gebruikt als één map. "
              "Schrijf content = [{value}].",
        "en": "{path}: {key} = {value} is not a list; used as one folder. "
              "Write content = [{value}].",
    },
    "config.wrong-type.number": {
        "nl": "{path}: {key} = {value} is geen getal; de standaardwaarde wordt gebruikt.",
        "en": "{path}: {key} = {value} is not a number; the default is used.",
    },
    "config.wrong-type.whole": {
        "nl": "{path}: {key} = {value} is geen heel getal; de standaardwaarde wordt gebruikt.",
        "en": "{path}: {key} = {value} is not a whole number; the default is used.",
    },
    "config.clamped": {
        "nl": "{path}: {key} = {value} ligt buiten het toegestane bereik; {got} wordt gebruikt.",
        "en": "{path}: {key} = {value} is out of range; {got} is used.",
    },
    "config.percent": {
        "nl": "{path}: {key} = {value} gelezen als {got} (een percentage).",
        "en": "{path}: {key} = {value} read as {got} (a percentage).",
    },
    "config.unreadable": {
        "nl": "{path} kan niet worden gelezen ({error}); de standaardinstellingen worden "
              "gebruikt.",
        "en": "{path} cannot be read ({error}); the default settings are used.",
    },
    "config.not-utf8": {
        "nl": "{path} is geen UTF-8-tekst; de standaardinstellingen worden gebruikt.",
        "en": "{path} is not UTF-8 text; the default settings are used.",
    },
    "config.bad-toml": {
        "nl": "{path} bevat een fout ({error}); de standaardinstellingen worden gebruikt.",
        "en": "{path} contains a mistake ({error}); the default settings are used.",
    },
    "config.bad-toml-at": {
        "nl": "{path} bevat een fout op regel {line}, kolom {column}; de "
              "standaardinstellingen worden gebruikt.",
        "en": "{path} contains a mistake on line {line}, column {column}; the default "
              "settings are used.",
    },
    # A ConfigError as one problem (a settings notice; the hint of a refused save).
    "config.with-hint": {"nl": "{message}\n{hint}", "en": "{message}\n{hint}"},
    "config.hint.fix": {
        "nl": "Verbeter het bestand met een teksteditor; cjtrainer overschrijft het niet.",
        "en": "Fix the file in a text editor; cjtrainer does not overwrite it.",
    },
    "config.hint.windows": {
        "nl": "Staat er een Windows-pad in, zoals \"S:\\Retail\"? Gebruik enkele "
              "aanhalingstekens ('S:\\Retail') of schuine strepen (\"S:/Retail\"). "
              "cjtrainer overschrijft het bestand niet.",
        "en": "Is there a Windows path in it, like \"S:\\Retail\"? Use single quotes "
              "('S:\\Retail') or forward slashes (\"S:/Retail\"). "
              "cjtrainer does not overwrite the file.",
    },
    "config.not-overwritten": {
        "nl": "De instellingen zijn niet opgeslagen: {path} kan niet worden gelezen en "
              "wordt niet overschreven.",
        "en": "The settings were not saved: {path} cannot be read and is not overwritten.",
    },
    "config.save-failed": {
        "nl": "De instellingen konden niet worden opgeslagen in {path}: {error}",
        "en": "The settings could not be saved to {path}: {error}",
    },
    "config.hint.save": {
        "nl": "Het oude bestand is bewaard. Maak ruimte vrij of controleer de rechten van "
              "de map.",
        "en": "The old file is kept. Free some space or check the folder's permissions.",
    },
    "config.reason.disk-full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "config.reason.no-permission": {
        "nl": "geen schrijfrechten", "en": "no permission to write",
    },
    "config.reason.missing": {
        "nl": "het bestand of de map bestaat niet", "en": "the file or folder does not exist",
    },
    "config.reason.is-folder": {"nl": "dat is een map", "en": "that is a folder"},
    "config.reason.in-the-way": {
        "nl": "er staat al een bestand met die naam", "en": "a file of that name is in the way",
    },
    "config.reason.not-folder": {
        "nl": "een deel van het pad is geen map", "en": "part of the path is not a folder",
    },
}
