"""Texts of the exercise (touchpoints assignment): domain, screens and CLI."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- domain --------------------------------------------------------------------
    "exercise.store.too-new": {
        "nl": "Het oefeningenbestand {path} is gemaakt door een nieuwere versie van cjtrainer.",
        "en": "The exercise file {path} was made by a newer version of cjtrainer.",
    },
    "exercise.store.too-new.hint": {
        "nl": "Werk cjtrainer bij, of kies een andere map met --data-dir.",
        "en": "Update cjtrainer, or choose another folder with --data-dir.",
    },
    "exercise.store.locked": {
        "nl": "Het oefeningenbestand {path} is in gebruik door een ander programma.",
        "en": "The exercise file {path} is in use by another program.",
    },
    "exercise.store.locked.hint": {
        "nl": "Sluit de andere cjtrainer en probeer het opnieuw.",
        "en": "Close the other cjtrainer and try again.",
    },
    "exercise.store.unusable": {
        "nl": "Het oefeningenbestand {path} kan niet worden gebruikt ({error}).",
        "en": "The exercise file {path} cannot be used ({error}).",
    },
    "exercise.store.unusable.hint": {
        "nl": "Controleer of de map schrijfbaar is, of kies een andere map met --data-dir.",
        "en": "Check that the folder is writable, or choose another folder with --data-dir.",
    },
    "exercise.assess.incomplete": {
        "nl": "Nog niet alles beoordeeld: {answers} antwoord(en) en {criteria} criteria open.",
        "en": "Not everything assessed yet: {answers} answer(s) and {criteria} criteria open.",
    },
    "exercise.assess.incomplete.hint": {
        "nl": "Geef elk antwoord een oordeel en elk criterium een score.",
        "en": "Give every answer a verdict and every criterion a score.",
    },
    "exercise.step.closed": {
        "nl": "Deze stap van de oefening is al afgesloten.",
        "en": "This step of the exercise is already closed.",
    },
    "exercise.step.closed.hint": {
        "nl": "Begin een nieuwe poging om opnieuw te schrijven.",
        "en": "Start a new attempt to write again.",
    },
    "exercise.mark.goed": {"nl": "Goed", "en": "Good"},
    "exercise.mark.deels": {"nl": "Deels", "en": "Partly"},
    "exercise.mark.nog-niet": {"nl": "Nog niet", "en": "Not yet"},
    "exercise.mark.none": {"nl": "niet beoordeeld", "en": "not assessed"},
    "exercise.empty": {"nl": "leeg", "en": "empty"},
    "exercise.score.rule": {
        "nl": "Zelfscore = gemiddelde van je antwoorden (goed 1, deels ½, nog niet of leeg 0) "
              "en de rubric (laagste stap 0, hoogste 1).",
        "en": "Self-score = average of your answers (good 1, partly ½, not yet or empty 0) "
              "and the rubric (lowest step 0, highest 1).",
    },
    # --- export --------------------------------------------------------------------
    "exercise.export.name": {"nl": "Naam", "en": "Name"},
    "exercise.export.no-name": {"nl": "(geen naam)", "en": "(no name)"},
    "exercise.export.date": {"nl": "Datum", "en": "Date"},
    "exercise.export.exercise": {"nl": "Oefening", "en": "Exercise"},
    "exercise.export.attempt": {"nl": "Poging", "en": "Attempt"},
    "exercise.export.score": {"nl": "Zelfscore", "en": "Self-score"},
    "exercise.export.status": {"nl": "Status", "en": "Status"},
    "exercise.export.unfinished": {"nl": "nog niet afgerond", "en": "not finished"},
    "exercise.export.time": {"nl": "Schrijftijd", "en": "Writing time"},
    "exercise.export.minutes": {"nl": "{minutes} min", "en": "{minutes} min"},
    "exercise.export.answers": {"nl": "Antwoorden", "en": "Answers"},
    "exercise.export.assessment": {"nl": "Zelfbeoordeling", "en": "Self-assessment"},
    "exercise.export.answer-summary": {
        "nl": "Antwoorden: {goed} goed, {deels} deels, {nog_niet} nog niet (van {total}): "
              "{percent}%.",
        "en": "Answers: {goed} good, {deels} partly, {nog_niet} not yet (of {total}): "
              "{percent}%.",
    },
    "exercise.export.rubric-summary": {"nl": "Rubric: {percent}%.", "en": "Rubric: {percent}%."},
    "exercise.export.reflection": {"nl": "Wat neem ik mee", "en": "What I take away"},
    "exercise.export.footer": {
        "nl": "*Gemaakt met cjtrainer. {score_rule}*",
        "en": "*Made with cjtrainer. {score_rule}*",
    },
}
