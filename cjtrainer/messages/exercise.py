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
    "exercise.store.disk-full": {
        "nl": "Je werk kon niet worden opgeslagen in {path}: de schijf is vol.",
        "en": "Your work could not be saved to {path}: the disk is full.",
    },
    "exercise.store.damaged": {
        "nl": "Het oefeningenbestand {path} is beschadigd.",
        "en": "The exercise file {path} is damaged.",
    },
    "exercise.store.damaged.hint": {
        "nl": "Het bestand is niet aangeraakt. Zet het opzij (hernoem het) en start opnieuw; "
              "je docent kan helpen.",
        "en": "The file has not been touched. Move it aside (rename it) and start again; "
              "your teacher can help.",
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
        "nl": "Nog niet alles beoordeeld: {parts}.",
        "en": "Not everything assessed yet: {parts}.",
    },
    "exercise.assess.open-answers": {
        "nl": "{n} {n:antwoord|antwoorden} zonder oordeel",
        "en": "{n} {n:answer|answers} without a verdict",
    },
    "exercise.assess.open-criteria": {
        "nl": "{n} {n:criterium|criteria} zonder score",
        "en": "{n} {n:criterion|criteria} without a score",
    },
    "exercise.assess.open-both": {"nl": "{answers} en {criteria}", "en": "{answers} and {criteria}"},
    "exercise.assess.first-answer": {
        "nl": "Eerst: {section}, antwoord {n}.", "en": "First: {section}, answer {n}.",
    },
    "exercise.assess.first-criterion": {
        "nl": "Eerst: „{criterion}”.", "en": "First: “{criterion}”.",
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
    "exercise.assess.empty-mark": {
        "nl": "leeg: telt als Nog niet", "en": "empty: counts as Not yet",
    },
    "exercise.export.saved-in": {
        "nl": "Ingeleverd bestand: {path}", "en": "Hand-in file: {path}",
    },
    "exercise.view.title": {
        "nl": "Poging {id} · {date} · {step}", "en": "Attempt {id} · {date} · {step}",
    },
    "exercise.view.reflection": {"nl": "Reflectie", "en": "Reflection"},
    "exercise.key.open": {"nl": "Bekijken", "en": "View"},
    "exercise.score.rule": {
        "nl": "Zelfscore = gemiddelde van je antwoorden (goed 1, deels ½, nog niet of leeg 0) "
              "en de beoordelingscriteria (laagste stap 0, hoogste 1).",
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
    "exercise.export.rubric-summary": {"nl": "Beoordelingscriteria: {percent}%.",
                                       "en": "Rubric: {percent}%."},
    "exercise.export.reflection": {"nl": "Wat neem ik mee", "en": "What I take away"},
    "exercise.export.footer": {
        "nl": "*Gemaakt met cjtrainer. {score_rule}*",
        "en": "*Made with cjtrainer. {score_rule}*",
    },
    # --- screens -------------------------------------------------------------------
    "exercise.key.choose": {"nl": "Kiezen", "en": "Choose"},
    "exercise.key.next-phase": {"nl": "Volgende", "en": "Next"},
    "exercise.key.previous-phase": {"nl": "Vorige", "en": "Previous"},
    "exercise.key.timer": {"nl": "Timer", "en": "Timer"},
    "exercise.key.submit": {"nl": "Inleveren", "en": "Hand in"},
    "exercise.key.to-assess": {"nl": "Zelfbeoordeling", "en": "Self-assessment"},
    "exercise.key.finish": {"nl": "Afronden", "en": "Finish"},
    "exercise.key.leave": {"nl": "Terug", "en": "Back"},
    "exercise.key.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "exercise.key.export": {"nl": "Exporteren", "en": "Export"},
    "exercise.key.history": {"nl": "Geschiedenis", "en": "History"},
    "exercise.key.again": {"nl": "Opnieuw", "en": "Again"},
    "exercise.key.back": {"nl": "Terug", "en": "Back"},
    "exercise.resumed": {
        "nl": "Je gaat verder waar je gebleven was.",
        "en": "You continue where you left off.",
    },
    "exercise.changed-since": {
        "nl": "De oefening is aangepast sinds je begon; je werkt verder met de versie van toen.",
        "en": "The exercise changed since you began; you continue with the version you started.",
    },
    "exercise.intro.asked": {"nl": "Wat je invult:", "en": "What you fill in:"},
    "exercise.intro.answers": {"nl": "{n} {n:antwoord|antwoorden}",
                              "en": "{n} {n:answer|answers}"},
    "exercise.intro.minutes": {
        "nl": "Richttijd: {minutes} min.",
        "en": "Suggested time: {minutes} min.",
    },
    "exercise.intro.how": {
        "nl": "Alles wat je typt wordt meteen bewaard. Na het inleveren vergelijk je je "
              "antwoorden met voorbeeldantwoorden en beoordeel je je eigen werk.",
        "en": "Everything you type is saved at once. After handing in you compare your "
              "answers with model answers and assess your own work.",
    },
    "exercise.intro.last": {
        "nl": "Laatste keer ({date}): zelfscore {score}%. Afgeronde pogingen: {count}.",
        "en": "Last time ({date}): self-score {score}%. Finished attempts: {count}.",
    },
    "exercise.intro.start": {"nl": "Beginnen", "en": "Start"},
    # "Deel", not "Fase": an exercise's parts include the persona and loyalty, which the
    # lesson says are no phases
    "exercise.write.phase": {"nl": "Deel {n} van {total}", "en": "Part {n} of {total}"},
    "exercise.write.placeholder": {"nl": "Antwoord {n}", "en": "Answer {n}"},
    "exercise.write.keys": {
        "nl": "Enter nieuwe regel · Tab volgend veld · ^s inleveren",
        "en": "Enter new line · Tab next field · ^s hand in",
    },
    "exercise.write.previous": {"nl": "◀ Vorige", "en": "◀ Previous"},
    "exercise.write.next": {"nl": "Volgende ▶", "en": "Next ▶"},
    "exercise.write.submit": {"nl": "Inleveren", "en": "Hand in"},
    "exercise.write.remaining": {"nl": "nog {time}", "en": "{time} left"},
    "exercise.write.over": {
        "nl": "tijd om (+{time}), schrijf rustig verder",
        "en": "time's up (+{time}), take your time",
    },
    "exercise.write.elapsed": {"nl": "{time} bezig", "en": "{time} spent"},
    "exercise.write.paused": {"nl": "{text} (gepauzeerd)", "en": "{text} (paused)"},
    "exercise.write.timer-paused": {"nl": "Timer gepauzeerd.", "en": "Timer paused."},
    "exercise.write.timer-on": {"nl": "Timer loopt weer.", "en": "Timer running again."},
    "exercise.write.capped": {
        "nl": "Ingekort tot {limit} tekens: het eerste deel is bewaard.",
        "en": "Cut to {limit} characters: the first part is saved.",
    },
    "exercise.submit.confirm": {
        "nl": "Inleveren? Daarna zie je de voorbeeldantwoorden en kun je je antwoorden "
              "niet meer veranderen.",
        "en": "Hand in? Then you see the model answers and can no longer change your answers.",
    },
    "exercise.submit.empty": {
        "nl": "Let op: {empty} van de {total} {total:veld|velden} {empty:is|zijn} nog leeg.",
        "en": "Note: {empty} of the {total} {total:field|fields} {empty:is|are} still empty.",
    },
    "exercise.submit.yes": {"nl": "Inleveren", "en": "Hand in"},
    "exercise.submit.no": {"nl": "Verder schrijven", "en": "Keep writing"},
    "exercise.compare.phase": {
        "nl": "Vergelijken · deel {n} van {total}",
        "en": "Compare · part {n} of {total}",
    },
    "exercise.compare.help": {
        "nl": "Gemarkeerd: het voorbeeld dat het meest lijkt op jouw antwoord (◀ nummer).",
        "en": "Highlighted: the model answer closest to your answer (◀ number).",
    },
    "exercise.compare.own": {"nl": "Jouw antwoorden", "en": "Your answers"},
    "exercise.compare.models": {"nl": "Voorbeeldantwoorden", "en": "Model answers"},
    "exercise.compare.closest": {
        "nl": "lijkt het meest op {label}:",
        "en": "closest to {label}:",
    },
    "exercise.compare.none-close": {
        "nl": "lijkt op geen van de voorbeelden: iets nieuws? Kijk of het klopt.",
        "en": "close to none of the examples: something new? Check that it fits.",
    },
    "exercise.compare.no-examples": {
        "nl": "Bij deze fase staan geen voorbeeldantwoorden.",
        "en": "This phase has no model answers.",
    },
    "exercise.compare.to-assess": {"nl": "Naar zelfbeoordeling", "en": "To self-assessment"},
    "exercise.assess.title": {"nl": "Zelfbeoordeling", "en": "Self-assessment"},
    "exercise.assess.help": {
        "nl": "Beoordeel elk antwoord (←/→ of 1-3, Tab naar het volgende), geef elk criterium "
              "een score en schrijf kort op wat je meeneemt.",
        "en": "Judge each answer (←/→ or 1-3, Tab to the next), score each criterion and "
              "write briefly what you take away.",
    },
    "exercise.assess.rubric": {"nl": "Beoordelingscriteria", "en": "Rubric"},
    "exercise.assess.reflection": {"nl": "Wat neem je mee?", "en": "What do you take away?"},
    "exercise.assess.reflection-hint": {
        "nl": "twee of drie zinnen", "en": "two or three sentences",
    },
    "exercise.assess.back": {"nl": "◀ Vergelijken", "en": "◀ Compare"},
    "exercise.assess.finish": {"nl": "Afronden", "en": "Finish"},
    "exercise.assess.no-reflection": {
        "nl": "Je hebt nog niet opgeschreven wat je meeneemt. Toch afronden?",
        "en": "You have not written what you take away yet. Finish anyway?",
    },
    "exercise.assess.no-reflection.yes": {"nl": "Toch afronden", "en": "Finish anyway"},
    "exercise.assess.no-reflection.no": {"nl": "Nog schrijven", "en": "Write first"},
    "exercise.result.score": {
        "nl": "Je zelfscore: {percent}%",
        "en": "Your self-score: {percent}%",
    },
    "exercise.result.legend": {
        "nl": "● goed  ◐ deels  ○ nog niet",
        "en": "● good  ◐ partly  ○ not yet",
    },
    "exercise.result.progress": {"nl": "Je voortgang: {line}", "en": "Your progress: {line}"},
    "exercise.result.export": {"nl": "Exporteren", "en": "Export"},
    "exercise.result.history": {"nl": "Geschiedenis", "en": "History"},
    "exercise.result.again": {"nl": "Opnieuw", "en": "Again"},
    "exercise.result.close": {"nl": "Sluiten", "en": "Close"},
    "exercise.export.title": {"nl": "Inleveren als Markdown", "en": "Hand in as Markdown"},
    "exercise.export.ask-name": {
        "nl": "Je naam (wordt onthouden):",
        "en": "Your name (remembered):",
    },
    "exercise.export.name-placeholder": {"nl": "Voor- en achternaam", "en": "First and last name"},
    "exercise.export.ask-path": {"nl": "Opslaan als:", "en": "Save as:"},
    "exercise.export.cancel": {"nl": "Annuleren", "en": "Cancel"},
    "exercise.export.save": {"nl": "Opslaan", "en": "Save"},
    "exercise.export.need-name": {"nl": "Vul je naam in.", "en": "Fill in your name."},
    "exercise.export.failed": {
        "nl": "Kon {path} niet schrijven: {error}",
        "en": "Could not write {path}: {error}",
    },
    "exercise.export.done": {"nl": "Opgeslagen: {path}", "en": "Saved: {path}"},
    "exercise.export.downloaded": {
        "nl": "{name} staat klaar als download in je browser.",
        "en": "{name} is ready as a download in your browser.",
    },
    "exercise.history.title": {"nl": "Geschiedenis · {title}", "en": "History · {title}"},
    "exercise.history.attempt": {"nl": "Poging", "en": "Attempt"},
    "exercise.history.date": {"nl": "Datum", "en": "Date"},
    "exercise.history.step": {"nl": "Stand", "en": "State"},
    "exercise.history.score": {"nl": "Zelfscore", "en": "Self-score"},
    "exercise.history.summary": {
        "nl": "{count} afgeronde {count:poging|pogingen} · beste {best}% · laatste {last}%",
        "en": "{count} finished {count:attempt|attempts} · best {best}% · last {last}%",
    },
    "exercise.history.none": {
        "nl": "Nog geen afgeronde pogingen.",
        "en": "No finished attempts yet.",
    },
    "exercise.step.writing": {"nl": "schrijven", "en": "writing"},
    "exercise.step.compare": {"nl": "vergelijken", "en": "comparing"},
    "exercise.step.assess": {"nl": "zelfbeoordeling", "en": "self-assessment"},
    "exercise.step.done": {"nl": "afgerond", "en": "finished"},
    "exercise.picker.title": {"nl": "Oefeningen", "en": "Exercises"},
    "exercise.picker.none": {
        "nl": "Er zijn geen oefeningen. Je docent kan er een toevoegen.",
        "en": "There are no exercises. Your teacher can add one.",
    },
    "exercise.picker.detail": {"nl": "{phases} {phases:fase|fasen}",
                              "en": "{phases} {phases:phase|phases}"},
    "exercise.picker.last": {"nl": "laatste zelfscore {score}%", "en": "last self-score {score}%"},
    # --- CLI -----------------------------------------------------------------------
    "exercise.cli.need-id": {"nl": "Welke oefening?", "en": "Which exercise?"},
    "exercise.cli.need-id.hint": {
        "nl": "Gebruik: cjtrainer exercise start ID (de lijst: cjtrainer exercise).",
        "en": "Use: cjtrainer exercise start ID (the list: cjtrainer exercise).",
    },
    "exercise.cli.unknown-action": {
        "nl": "Onbekende actie '{action}' (kies list, start, export of history).",
        "en": "Unknown action '{action}' (choose list, start, export or history).",
    },
    "exercise.cli.unknown": {"nl": "Oefening '{id}' bestaat niet.", "en": "No exercise '{id}'."},
    "exercise.cli.choose": {"nl": "Kies uit: {ids}", "en": "Choose from: {ids}"},
    "exercise.cli.no-file": {"nl": "Bestand {path} bestaat niet.", "en": "No file {path}."},
    "exercise.cli.not-exercise": {
        "nl": "{path} is geen bruikbaar oefenbestand. {first}",
        "en": "{path} is not a usable exercise file. {first}",
    },
    "exercise.cli.validate.hint": {
        "nl": "Controleer het bestand met: cjtrainer validate {path}",
        "en": "Check the file with: cjtrainer validate {path}",
    },
    "exercise.cli.none": {
        "nl": "Geen oefeningen gevonden. Een docent kan er een toevoegen met --content MAP.",
        "en": "No exercises found. A teacher can add one with --content FOLDER.",
    },
    "exercise.cli.skipped": {
        "nl": "{count} {count:bestand|bestanden} met fouten overgeslagen; zie cjtrainer validate.",
        "en": "{count} {count:file|files} with errors skipped; see cjtrainer validate.",
    },
    "exercise.cli.col.id": {"nl": "oefening", "en": "exercise"},
    "exercise.cli.col.title": {"nl": "titel", "en": "title"},
    "exercise.cli.col.phases": {"nl": "fasen", "en": "phases"},
    "exercise.cli.col.minutes": {"nl": "min", "en": "min"},
    "exercise.cli.col.attempts": {"nl": "pogingen", "en": "attempts"},
    "exercise.cli.col.last": {"nl": "laatste", "en": "last"},
    "exercise.cli.list.hint": {
        "nl": "Starten: cjtrainer exercise start ID · inleveren: cjtrainer exercise export ID",
        "en": "Start: cjtrainer exercise start ID · hand in: cjtrainer exercise export ID",
    },
    "exercise.cli.no-attempts": {"nl": "Nog geen pogingen.", "en": "No attempts yet."},
    "exercise.cli.no-attempts.hint": {
        "nl": "Maak eerst de oefening: cjtrainer exercise start ID",
        "en": "Do the exercise first: cjtrainer exercise start ID",
    },
    "exercise.cli.no-attempts-for": {
        "nl": "Nog geen pogingen voor '{id}'.",
        "en": "No attempts for '{id}' yet.",
    },
    "exercise.cli.no-attempt": {
        "nl": "Poging {attempt} bestaat niet.",
        "en": "Attempt {attempt} does not exist.",
    },
    "exercise.cli.history.hint": {
        "nl": "De nummers staan in: cjtrainer exercise history",
        "en": "The numbers are in: cjtrainer exercise history",
    },
    "exercise.cli.history.saved": {
        "nl": "Opgeslagen als (poging, bestand):",
        "en": "Saved as (attempt, file):",
    },
    "exercise.cli.history.show-hint": {
        "nl": "Een poging bekijken: cjtrainer exercise history --show NUMMER",
        "en": "To view an attempt: cjtrainer exercise history --show NUMBER",
    },
    "exercise.cli.show.from-file": {
        "nl": "Het bestand {path}, zoals je het opsloeg:",
        "en": "The file {path}, as you saved it:",
    },
    "exercise.cli.show.file-gone": {
        "nl": "Het bestand {path} is er niet meer (of is onleesbaar); dit is de poging "
              "zoals de app hem bewaarde:",
        "en": "The file {path} is gone (or unreadable); this is the attempt as the app "
              "kept it:",
    },
    "exercise.cli.show.from-store": {
        "nl": "Deze poging is nog niet als bestand opgeslagen; dit is hij zoals de app hem "
              "bewaarde (opslaan: cjtrainer exercise export NUMMER):",
        "en": "This attempt was not saved as a file yet; this is it as the app kept it "
              "(save it: cjtrainer exercise export NUMBER):",
    },
    "exercise.cli.ask-name": {"nl": "Je naam (wordt onthouden): ", "en": "Your name (remembered): "},
    "exercise.cli.need-name": {
        "nl": "Voor het inleveren is je naam nodig.",
        "en": "Handing in needs your name.",
    },
    "exercise.cli.need-name.hint": {
        "nl": "Geef hem mee met --name \"Voornaam Achternaam\" (hij wordt onthouden).",
        "en": "Pass it with --name \"First Last\" (it is remembered).",
    },
    "exercise.cli.output.hint": {
        "nl": "Kies een andere plek met -o BESTAND.",
        "en": "Choose another place with -o FILE.",
    },
    "exercise.cli.unfinished-note": {
        "nl": "Let op: deze poging is nog niet afgerond.",
        "en": "Note: this attempt is not finished yet.",
    },
}
