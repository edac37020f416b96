"""Texts of the student app (cjtrainer.ui)."""

MESSAGES: dict[str, dict[str, str]] = {
    # app and common keys
    "ui.app.title": {"nl": "cjtrainer", "en": "cjtrainer"},
    "ui.app.subtitle": {"nl": "Leer de customer journey", "en": "Learn the customer journey"},
    "ui.key.quit": {"nl": "Afsluiten", "en": "Quit"},
    "ui.key.sign-out": {"nl": "Afmelden", "en": "Sign out"},
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
    "ui.key.override": {"nl": "Ik had het goed", "en": "I was right"},
    "ui.key.next": {"nl": "Verder", "en": "Next"},
    "ui.key.stop": {"nl": "Stoppen", "en": "Stop"},
    "ui.key.study": {"nl": "Leren", "en": "Study"},
    "ui.key.quiz": {"nl": "Quiz", "en": "Quiz"},
    "ui.key.stats": {"nl": "Voortgang", "en": "Progress"},
    "ui.key.settings": {"nl": "Instellingen", "en": "Settings"},
    "ui.key.save": {"nl": "Opslaan", "en": "Save"},
    "ui.key.palette": {"nl": "opdrachten", "en": "commands"},
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
    # a blank answer needs a second enter
    "ui.blank.typed": {
        "nl": "Je hebt nog niets ingevuld. Typ je antwoord, of druk nog een keer op enter "
        "als je het niet weet.",
        "en": "You have not filled anything in yet. Type your answer, or press enter again "
        "if you don't know.",
    },
    "ui.blank.choice": {
        "nl": "Je hebt nog niets aangevinkt. Vink aan met {digits} of spatie, of druk nog een "
        "keer op enter als je het niet weet.",
        "en": "You have not ticked anything yet. Tick with {digits} or space, or press enter "
        "again if you don't know.",
    },
    "ui.blank.order": {
        "nl": "Je hebt de volgorde nog niet veranderd. Druk nog een keer op enter als deze "
        "volgorde volgens jou klopt.",
        "en": "You have not changed the order yet. Press enter again if you think this "
        "order is right.",
    },
    "ui.blank.match-open": {
        "nl": "Nog {n} {n:begrip|begrippen} zonder antwoord. Kies er een, of kies nog een keer "
        "Nakijken om zo in te leveren.",
        "en": "{n} {n:term|terms} still without an answer. Pick one, or choose Check again to "
        "hand in as it is.",
    },
    "ui.blank.match": {
        "nl": "Je hebt nog niets gekoppeld. Kies bij elk begrip een antwoord, of kies nog een "
        "keer Nakijken als je het niet weet.",
        "en": "You have not matched anything yet. Pick an answer for each term, or choose Check "
        "again if you don't know.",
    },
    # choice
    "ui.choice.pick-one": {
        "nl": "Kies één antwoord: toets {digits} of {letters}, of klik.",
        "en": "Pick one answer: press {digits} or {letters}, or click.",
    },
    "ui.choice.select-all": {
        "nl": "Kies alle juiste antwoorden (spatie of {digits}), dan enter.",
        "en": "Pick every right answer (space or {digits}), then enter.",
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
        # one gap: "Vul de 1 open plek in" and a "next one" that is not there read oddly
        "nl": ("{count:Vul de open plek in en druk op enter.|Vul de {count} open plekken in."
               " Tab of enter gaat naar de volgende.}"),
        "en": ("{count:Fill in the gap and press enter.|Fill in the {count} gaps."
               " Tab or enter moves to the next one.}"),
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
    "ui.list.placeholder": {"nl": "typ een antwoord", "en": "type an answer"},
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
    # marks in a card after grading (the words that go with ✓ ✗ ○)
    "ui.mark.missed": {"nl": "niet aangevinkt", "en": "not ticked"},
    "ui.mark.answer": {"nl": "het goede antwoord", "en": "the right answer"},
    "ui.mark.ticked-wrong": {"nl": "fout aangevinkt", "en": "ticked, but wrong"},
    "ui.mark.place": {"nl": "hoort op plek {place}", "en": "belongs in place {place}"},
    "ui.mark.duplicate": {"nl": "dubbel", "en": "given twice"},
    "ui.mark.misplaced": {"nl": "verkeerde plek", "en": "wrong place"},
    "ui.mark.wrong": {"nl": "niet goed", "en": "not right"},
    "ui.mark.spelling": {"nl": "spelling: {expected}", "en": "spelling: {expected}"},
    "ui.mark.lesson": {"nl": "in de les: {expected}", "en": "in the lesson: {expected}"},
    "ui.mark.right-answer": {"nl": "goed: {expected}", "en": "right: {expected}"},
    "ui.feedback.overridden": {
        "nl": "Telt als goed. Je docent ziet dat je dit antwoord goed vond.",
        "en": "Counted as right. Your teacher sees that you marked this answer as right.",
    },
    "ui.feedback.explain": {"nl": "Uitleg", "en": "Explanation"},
    "ui.feedback.continue": {
        "nl": "Enter: verder   ctrl+z: ongedaan maken",
        "en": "Enter: next   ctrl+z: undo",
    },
    # command palette
    "ui.cmd.study": {"nl": "Leren: alles wat klaarstaat", "en": "Study: everything due"},
    "ui.cmd.study-help": {
        "nl": "Herhaal de kaarten van vandaag en leer nieuwe.",
        "en": "Review today's cards and learn new ones.",
    },
    "ui.cmd.quiz": {"nl": "Quiz: tien vragen", "en": "Quiz: ten questions"},
    "ui.cmd.quiz-help": {
        "nl": "Test jezelf met tien vragen uit alle decks.",
        "en": "Test yourself with ten questions from all decks.",
    },
    "ui.cmd.study-deck": {"nl": "Leer deck: {title}", "en": "Study deck: {title}"},
    "ui.cmd.study-deck-help": {
        "nl": "Herhaal en leer de kaarten van dit deck.",
        "en": "Review and learn this deck's cards.",
    },
    "ui.cmd.goal": {"nl": "Leerdoel: {goal}", "en": "Learning goal: {goal}"},
    "ui.cmd.goal-help": {
        "nl": "Leer de kaarten van dit leerdoel, uit alle decks.",
        "en": "Study this learning goal's cards, from every deck.",
    },
    "ui.cmd.practise-goal": {"nl": "Vrij oefenen: {goal}", "en": "Free practice: {goal}"},
    "ui.cmd.practise-goal-help": {
        "nl": "Kaarten van dit leerdoel oefenen; telt niet mee voor je planning.",
        "en": "Practise this goal's cards; does not change your planning.",
    },
    "ui.cmd.quiz-deck": {"nl": "Quiz: {title}", "en": "Quiz: {title}"},
    "ui.cmd.quiz-deck-help": {
        "nl": "Test jezelf met tien vragen uit dit deck.",
        "en": "Test yourself with ten questions from this deck.",
    },
    "ui.cmd.exercise": {"nl": "Oefening", "en": "Exercise"},
    "ui.cmd.exercise-help": {
        "nl": "Schrijf antwoorden, vergelijk ze met voorbeelden en lever in.",
        "en": "Write answers, compare them with examples and hand in.",
    },
    "ui.cmd.classroom": {"nl": "Klassikale quiz", "en": "Classroom quiz"},
    "ui.cmd.classroom-help": {
        "nl": "Doe mee met de quiz van je docent.",
        "en": "Join your teacher's quiz.",
    },
    "ui.palette.placeholder": {"nl": "Zoek een opdracht…", "en": "Search for commands…"},
    "ui.palette.themes": {"nl": "Zoek een thema…", "en": "Search for themes…"},
    "ui.palette.no-matches": {"nl": "Niets gevonden", "en": "No matches found"},
    "ui.cmd.stats": {"nl": "Voortgang", "en": "Progress"},
    "ui.cmd.stats-help": {
        "nl": "Beheersing per deck, herhalingen, reeks en vooruitblik.",
        "en": "Mastery per deck, reviews, streak and forecast.",
    },
    "ui.cmd.settings": {"nl": "Instellingen", "en": "Settings"},
    "ui.cmd.settings-help": {
        "nl": "Taal, dagelijkse limieten, onthouden en thema.",
        "en": "Language, daily limits, retention and theme.",
    },
    "ui.cmd.help": {"nl": "Hulp: alle toetsen", "en": "Help: all keys"},
    "ui.cmd.help-help": {"nl": "Welke toets doet wat.", "en": "Which key does what."},
    "ui.cmd.theme": {"nl": "Thema kiezen", "en": "Choose theme"},
    "ui.cmd.theme-help": {"nl": "Andere kleuren.", "en": "Other colours."},
    "ui.cmd.quit": {"nl": "Stoppen", "en": "Quit"},
    "ui.cmd.quit-help": {
        "nl": "Sluit cjtrainer af. Je voortgang is al bewaard.",
        "en": "Close cjtrainer. Your progress is already saved.",
    },
    # help
    "ui.help.title": {"nl": "Hulp: alle toetsen", "en": "Help: all keys"},
    "ui.help.intro": {
        "nl": "Alles werkt met het toetsenbord en met de muis. Je voortgang wordt na elk "
        "antwoord bewaard.",
        "en": "Everything works with the keyboard and with the mouse. Your progress is "
        "saved after every answer.",
    },
    "ui.help.everywhere": {"nl": "Overal", "en": "Everywhere"},
    "ui.help.home": {"nl": "Startscherm", "en": "Home screen"},
    "ui.help.study": {"nl": "Leren en quiz", "en": "Study and quiz"},
    "ui.help.cards": {"nl": "Per soort kaart", "en": "Per card type"},
    "ui.help.k.help": {"nl": "deze hulp", "en": "this help"},
    "ui.help.k.palette": {"nl": "opdrachten zoeken", "en": "search commands"},
    "ui.help.k.back": {"nl": "terug", "en": "back"},
    "ui.help.k.focus": {"nl": "volgend / vorig onderdeel", "en": "next / previous part"},
    "ui.help.k.quit": {"nl": "afsluiten", "en": "quit"},
    "ui.help.k.study-selected": {
        "nl": "leer het gekozen deck of leerdoel",
        "en": "study the selected deck or goal",
    },
    "ui.help.k.study-all": {"nl": "leer alles wat klaarstaat", "en": "study everything due"},
    "ui.help.k.quiz": {
        "nl": "quiz over het gekozen deck of leerdoel",
        "en": "quiz on the selected deck or goal",
    },
    "ui.help.k.practise": {
        "nl": "vrij oefenen met het gekozen deck of leerdoel (telt niet mee voor je planning)",
        "en": "free practice of the selected deck or goal (does not change your planning)",
    },
    "ui.help.k.stats": {"nl": "voortgang", "en": "progress"},
    "ui.help.k.settings": {"nl": "instellingen", "en": "settings"},
    "ui.help.k.exercise": {"nl": "oefening", "en": "exercise"},
    "ui.help.k.classroom": {"nl": "klassikale quiz", "en": "classroom quiz"},
    "ui.help.k.answer-next": {
        "nl": "antwoorden; na de uitleg: volgende kaart",
        "en": "answer; after the feedback: next card",
    },
    "ui.help.k.hint": {"nl": "tip (telt dan als moeilijk)", "en": "hint (then counts as hard)"},
    "ui.help.k.undo": {"nl": "laatste antwoord ongedaan maken", "en": "undo the last answer"},
    "ui.help.k.stop": {"nl": "stoppen en samenvatting", "en": "stop and see the summary"},
    "ui.help.k.flash": {
        "nl": "flashcard: omdraaien, dan zelf beoordelen",
        "en": "flashcard: flip, then rate yourself",
    },
    "ui.help.k.choice": {"nl": "meerkeuze: kies een antwoord", "en": "choice: pick an answer"},
    "ui.help.k.multi": {
        "nl": "meerdere goed: aanvinken, dan antwoorden",
        "en": "select all: tick, then answer",
    },
    "ui.help.k.tf": {"nl": "waar of onwaar", "en": "true or false"},
    "ui.help.k.gaps": {
        "nl": "invullen en lijst: naar het volgende vak",
        "en": "gaps and lists: to the next field",
    },
    "ui.help.k.order": {
        "nl": "volgorde: kies een regel, spatie pakt op en legt neer",
        "en": "order: choose a line, space picks up and puts down",
    },
    "ui.help.k.order-move": {"nl": "volgorde: regel meteen verplaatsen", "en": "order: move a line"},
    "ui.help.k.match": {"nl": "koppelen: lijst openen en kiezen", "en": "match: open list and pick"},
    "ui.help.k.match-check": {"nl": "koppelen: nakijken", "en": "match: check"},
    # home
    "ui.home.title": {
        "nl": "cjtrainer · leer de customer journey",
        "en": "cjtrainer · learn the customer journey",
    },
    "ui.home.streak": {"nl": "▲ {days} {days:dag|dagen} op rij",
                       "en": "▲ {days}-day streak"},
    "ui.home.streak-none": {"nl": "Begin vandaag je reeks", "en": "Start your streak today"},
    "ui.home.today": {
        "nl": "Vandaag: {due} te herhalen, {new} nieuw",
        "en": "Today: {due} to review, {new} new",
    },
    "ui.home.today-done": {
        "nl": "Klaar voor vandaag! Een quiz kan altijd.",
        "en": "Done for today! A quiz is always possible.",
    },
    "ui.home.no-decks": {
        "nl": "Geen decks gevonden. Vraag je docent om een map met decks (--content).",
        "en": "No decks found. Ask your teacher for a folder with decks (--content).",
    },
    "ui.home.study-all": {"nl": "Leren (l)", "en": "Study (l)"},
    "ui.home.quiz": {"nl": "Quiz (q)", "en": "Quiz (q)"},
    "ui.home.decks": {"nl": "Decks", "en": "Decks"},
    "ui.home.goals": {"nl": "Leerdoelen", "en": "Learning goals"},
    "ui.home.goals-short": {"nl": "Doelen", "en": "Goals"},
    "ui.home.col.todo": {"nl": "te doen", "en": "to do"},
    "ui.home.col.new": {"nl": "Nieuw", "en": "New"},
    "ui.home.col.learned": {"nl": "Geleerd", "en": "Learned"},
    "ui.home.col.due": {"nl": "Herhalen", "en": "Due"},
    "ui.home.exercise": {"nl": "Oefening (o)", "en": "Exercise (o)"},
    "ui.home.classroom": {"nl": "Klassikale quiz (k)", "en": "Classroom quiz (k)"},
    "ui.home.keys": {"nl": "enter: leren  p: vrij oefenen  ?: hulp",
                     "en": "enter: study  p: free practice  ?: help"},
    "ui.home.not-available": {
        "nl": "Dit onderdeel is in deze versie nog niet beschikbaar.",
        "en": "This part is not available in this version yet.",
    },
    "ui.key.study-all": {"nl": "Leren", "en": "Study"},
    "ui.key.exercise": {"nl": "Oefening", "en": "Exercise"},
    "ui.key.classroom": {"nl": "Klassikale quiz", "en": "Classroom quiz"},
    "ui.key.close": {"nl": "Sluiten", "en": "Close"},
    # notices
    "ui.notice.loading": {
        "nl": "Even geduld: je decks worden geladen.",
        "en": "One moment: loading your decks.",
    },
    "ui.home.loading": {"nl": "Decks laden…", "en": "Loading decks…"},
    "ui.notice.error": {"nl": "Probleem", "en": "Problem"},
    "ui.notice.settings": {"nl": "Instellingen", "en": "Settings"},
    "ui.notice.skipped-title": {"nl": "Deck overgeslagen", "en": "Deck skipped"},
    "ui.notice.skipped": {
        "nl": "{name} is overgeslagen: {count} {count:fout|fouten}. Eerste: {first}",
        "en": "{name} was skipped: {count} {count:error|errors}. First: {first}",
    },
    "ui.problem.title": {"nl": "Er is een probleem", "en": "There is a problem"},
    "ui.problem.close": {"nl": "Sluiten", "en": "Close"},
    "ui.problem.quit": {"nl": "Afsluiten", "en": "Quit"},
    "ui.scope.all": {"nl": "alle decks", "en": "all decks"},
    "ui.scope.goal": {"nl": "leerdoel {tag}", "en": "goal {tag}"},
    # settings
    "ui.settings.title": {"nl": "Instellingen", "en": "Settings"},
    "ui.settings.language": {"nl": "Taal", "en": "Language"},
    "ui.settings.new-per-day": {"nl": "Nieuwe kaarten per dag", "en": "New cards per day"},
    "ui.settings.reviews-per-day": {"nl": "Herhalingen per dag", "en": "Reviews per day"},
    "ui.settings.retention": {"nl": "Gewenst onthouden", "en": "Desired retention"},
    "ui.settings.retention-help": {
        "nl": "0,70 tot 0,97. Hoger: vaker herhalen, beter onthouden.",
        "en": "0.70 to 0.97. Higher: more reviews, better memory.",
    },
    # Shown when this run's language (--lang, CJTRAINER_LANG) is not the saved one.
    "ui.settings.language-now.en": {
        "nl": "Deze keer in het Engels (gekozen bij het starten); hier kies je de taal van "
              "elke start.",
        "en": "This time in English (chosen at the start); here you choose the language of "
              "every start.",
    },
    "ui.settings.language-now.nl": {
        "nl": "Deze keer in het Nederlands (gekozen bij het starten); hier kies je de taal "
              "van elke start.",
        "en": "This time in Dutch (chosen at the start); here you choose the language of "
              "every start.",
    },
    "ui.settings.theme": {"nl": "Thema", "en": "Theme"},
    "ui.settings.save": {"nl": "Opslaan (ctrl+s)", "en": "Save (ctrl+s)"},
    "ui.settings.cancel": {"nl": "Annuleren (esc)", "en": "Cancel (esc)"},
    "ui.settings.bad-limit": {
        "nl": "Vul bij de limieten een heel getal in (0 of meer).",
        "en": "Enter a whole number (0 or more) for the limits.",
    },
    "ui.settings.bad-retention": {
        "nl": "Gewenst onthouden moet tussen {low} en {high} liggen.",
        "en": "Desired retention must be between {low} and {high}.",
    },
    "ui.settings.save-failed": {
        "nl": "Opslaan lukte niet: {error}",
        "en": "Could not save: {error}",
    },
    "ui.settings.saved": {"nl": "Instellingen opgeslagen.", "en": "Settings saved."},
    # study
    "ui.study.study": {"nl": "Leren", "en": "Study"},
    "ui.study.quiz": {"nl": "Quiz", "en": "Quiz"},
    "ui.study.new": {"nl": "nieuw", "en": "new"},
    "ui.study.easier": {
        "nl": "eerst meerkeuze, later zelf typen",
        "en": "multiple choice first, typing later",
    },
    "ui.study.easier-order": {
        "nl": "eerst ordenen, later zelf typen",
        "en": "ordering first, typing later",
    },
    "ui.study.practice": {"nl": "Vrij oefenen", "en": "Free practice"},
    "ui.study.practice-note": {"nl": "telt niet mee voor je planning",
                               "en": "does not change your planning"},
    "ui.study.hint": {"nl": "Tip", "en": "Hint"},
    "ui.study.no-hint": {"nl": "Deze kaart heeft geen tip.", "en": "This card has no hint."},
    "ui.study.nothing-to-undo": {"nl": "Er is niets om ongedaan te maken.",
                                 "en": "There is nothing to undo."},
    "ui.study.undone": {"nl": "Laatste antwoord ongedaan gemaakt.",
                        "en": "Last answer undone."},
    "ui.study.leech": {
        "nl": "Deze kaart gaat vaak mis. Vraag je docent om uitleg.",
        "en": "You often get this card wrong. Ask your teacher about it.",
    },
    # summary
    # daily limit reached (custom study) and practising mistakes
    "ui.limit.title": {"nl": "Nieuwe kaarten voor vandaag op", "en": "Today's new cards used up"},
    "ui.limit.body": {
        "nl": "Je bent vandaag al met {started} nieuwe {started:kaart|kaarten} begonnen: je "
        "daglimiet is {limit}. Er {waiting:wacht|wachten} nog {waiting} nieuwe {waiting:kaart|kaarten}. "
        "Morgen gaat het vanzelf verder. Wil je nu toch meer doen?",
        "en": "You already started {started} new {started:card|cards} today: your daily limit "
        "is {limit}. {waiting} new {waiting:card is|cards are} waiting. Tomorrow it goes on by "
        "itself. Want to do more now anyway?",
    },
    "ui.limit.extra-deck": {"nl": "Toch {n} extra uit dit deck",
                            "en": "{n} extra from this deck anyway"},
    "ui.limit.extra-goal": {"nl": "Toch {n} extra uit dit leerdoel",
                            "en": "{n} extra from this goal anyway"},
    "ui.limit.extra": {"nl": "Toch {n} extra uit alle decks",
                       "en": "{n} extra from all decks anyway"},
    "ui.limit.practise": {
        "nl": "Vrij oefenen: {scope} (telt niet mee voor je planning)",
        "en": "Free practice: {scope} (does not change your planning)",
    },
    "ui.limit.ahead": {
        "nl": "Vooruit herhalen: {n} {n:kaart|kaarten} van morgen",
        "en": "Review ahead: {n} {n:card|cards} from tomorrow",
    },
    "ui.limit.mistakes": {"nl": "Oefen mijn fouten van deze week (quiz)",
                          "en": "Practise my mistakes of this week (quiz)"},
    "ui.limit.home": {"nl": "Terug naar start", "en": "Back home"},
    "ui.limit.why": {
        "nl": "Een paar nieuwe kaarten per dag onthoud je beter dan veel tegelijk. "
        "Een quiz telt niet mee voor de daglimiet.",
        "en": "A few new cards a day stick better than many at once. "
        "A quiz does not count towards the daily limit.",
    },
    "ui.limit.key.extra": {"nl": "Extra", "en": "Extra"},
    "ui.limit.summary": {
        "nl": "Daglimiet van {limit} nieuwe kaarten bereikt; nog {waiting} nieuw. e: toch extra",
        "en": "Daily limit of {limit} new cards reached; {waiting} new left. e: more anyway",
    },
    "ui.quiz.kind": {"nl": "Soort vragen: {kind}", "en": "Kind of questions: {kind}"},
    "ui.quiz.kind.all": {"nl": "alle kaarten", "en": "all cards"},
    "ui.quiz.kind.graded": {"nl": "zonder flitskaarten", "en": "without flashcards"},
    "ui.quiz.kind.typing": {"nl": "alleen intypen", "en": "typing only"},
    "ui.quiz.kind.choosing": {"nl": "alleen kiezen", "en": "choosing only"},
    "ui.quiz.length": {"nl": "{n} vragen", "en": "{n} questions"},
    "ui.quiz.all": {"nl": "Alle {n} {n:vraag|vragen}", "en": "All {n} {n:question|questions}"},
    "ui.quiz.mistakes-latest": {"nl": "Oefen mijn {n} laatste fouten",
                                "en": "Practise my {n} latest mistakes"},
    "ui.quiz.mistakes": {"nl": "Oefen mijn fouten van deze week ({n})",
                         "en": "Practise my mistakes of this week ({n})"},
    "ui.quiz.help": {
        "nl": "Enter: start · t: andere soort vragen · Een quiz telt niet mee voor je "
        "daglimiet nieuwe kaarten; een kaart die je hier voor het eerst ziet, komt daarna "
        "terug bij Leren.",
        "en": "Enter: start · t: other kind of questions · A quiz does not count towards "
        "your daily new-card limit; a card you meet here for the first time comes back in "
        "Learn afterwards.",
    },
    "ui.quiz.key.kind": {"nl": "Soort", "en": "Kind"},
    "ui.mistakes.title": {"nl": "Mijn fouten", "en": "My mistakes"},
    "ui.mistakes.none": {"nl": "Geen fouten om te oefenen. Top!",
                         "en": "No mistakes to practise. Great!"},
    "ui.key.mistakes": {"nl": "Oefen fouten", "en": "Practise mistakes"},
    "ui.key.practise": {"nl": "Vrij oefenen", "en": "Free practice"},
    "ui.practice.none": {"nl": "Hier zijn geen kaarten om te oefenen.",
                         "en": "There are no cards to practise here."},
    "ui.study.left": {"nl": "nog {n}", "en": "{n} left"},
    "ui.study.left-back": {"nl": "nog {n} · {back} terug", "en": "{n} left · {back} back"},
    "ui.study.back": {"nl": "{back} terug", "en": "{back} back"},
    "ui.study.nothing-today": {
        "nl": "Niets meer te doen vandaag. Vrij oefenen (p) of een quiz (q) kan altijd.",
        "en": "Nothing left for today. Free practice (p) or a quiz (q) is always possible.",
    },
    "ui.study.back-in": {"nl": "Deze kaart komt terug: {when}", "en": "This card returns: {when}"},
    "ui.interval.minutes": {"nl": "{n} min", "en": "{n} min"},
    "ui.interval.hours": {"nl": "{n} uur", "en": "{n} h"},
    "ui.interval.days": {"nl": "{n} {n:dag|dagen}", "en": "{n} {n:day|days}"},
    "ui.interval.months": {"nl": "{n} mnd", "en": "{n} mo"},
    "ui.summary.stopped-title": {"nl": "Gestopt", "en": "Stopped"},
    "ui.summary.stopped-study": {
        "nl": "Gestopt na {answered} {answered:antwoord|antwoorden}; nog {left} "
        "{left:kaart|kaarten} voor vandaag. Je voortgang is bewaard.",
        "en": "Stopped after {answered} {answered:answer|answers}; {left} "
        "{left:card|cards} left for today. Your progress is saved.",
    },
    "ui.summary.practise": {"nl": "f: oefen deze fouten", "en": "f: practise these mistakes"},
    "ui.home.learned": {"nl": "geleerd {n} van {total}", "en": "learned {n} of {total}"},
    "ui.summary.title": {"nl": "Klaar!", "en": "Done!"},
    "ui.summary.quiz-title": {"nl": "Quiz klaar!", "en": "Quiz done!"},
    "ui.summary.practice-title": {"nl": "Klaar met oefenen", "en": "Practice done"},
    "ui.summary.practice-note": {
        "nl": "Dit oefenen telde niet mee: je planning en je voortgang zijn niet veranderd.",
        "en": "This practice did not count: your planning and progress are unchanged.",
    },
    "ui.summary.accuracy": {
        "nl": "{pct}% goed ({correct} van {answered})",
        "en": "{pct}% right ({correct} of {answered})",
    },
    "ui.summary.score": {
        "nl": "Score: {score}% ({correct} van {total} helemaal goed)",
        "en": "Score: {score}% ({correct} of {total} fully right)",
    },
    "ui.summary.time": {"nl": "Tijd: {time}", "en": "Time: {time}"},
    "ui.summary.new": {"nl": "Nieuwe kaarten: {n}", "en": "New cards: {n}"},
    "ui.summary.next": {"nl": "Volgende herhaling: {when}", "en": "Next review: {when}"},
    "ui.summary.next-none": {"nl": "Nog niets gepland.", "en": "Nothing planned yet."},
    "ui.summary.mistakes": {"nl": "Nog eens bekijken ({n})", "en": "Review these ({n})"},
    "ui.summary.no-mistakes": {"nl": "Geen fouten. Top!", "en": "No mistakes. Great!"},
    "ui.summary.stopped": {
        "nl": "Gestopt na {answered} van de {total} {total:vraag|vragen}: de vragen die je niet hebt "
        "beantwoord, tellen in de score als fout.",
        "en": "Stopped after {answered} of the {total} {total:question|questions}: the questions you did not "
        "answer count as wrong in the score.",
    },
    "ui.summary.no-mistakes-so-far": {
        "nl": "Geen fouten in wat je hebt beantwoord.",
        "en": "No mistakes in what you answered.",
    },
    "ui.summary.col.question": {"nl": "Vraag", "en": "Question"},
    "ui.summary.col.answer": {"nl": "Goed antwoord", "en": "Right answer"},
    "ui.summary.back": {"nl": "Enter: terug naar start", "en": "Enter: back home"},
    "ui.time.seconds": {"nl": "{n} s", "en": "{n} s"},
    "ui.time.minutes": {"nl": "{m} min {s} s", "en": "{m} min {s} s"},
    "ui.when.now": {"nl": "nu", "en": "now"},
    "ui.when.minutes": {"nl": "over {n} min", "en": "in {n} min"},
    "ui.when.hours": {"nl": "over {n} uur", "en": "in {n} h"},
    "ui.when.tomorrow": {"nl": "morgen", "en": "tomorrow"},
    "ui.when.days": {"nl": "over {n} dagen", "en": "in {n} days"},
    # stats
    "ui.stats.title": {"nl": "Voortgang", "en": "Progress"},
    "ui.stats.headline": {
        "nl": "Reeks: {streak} {streak:dag|dagen}   Vandaag: {today}   Onthouden (30 d): {retention}"
        "   Antwoorden: {answers}",
        "en": "Streak: {streak} {streak:day|days}   Today: {today}   Retention (30 d): {retention}"
        "   Answers: {answers}",
    },
    "ui.stats.mastery": {"nl": "Beheersing per deck", "en": "Mastery per deck"},
    "ui.stats.per-day": {
        "nl": "Antwoorden per dag (30 dagen)",
        "en": "Answers per day (30 days)",
    },
    "ui.stats.calendar": {"nl": "Studiekalender", "en": "Study calendar"},
    "ui.stats.forecast": {
        "nl": "Vooruitblik: herhalingen per dag (14 dagen)",
        "en": "Forecast: reviews per day (14 days)",
    },
    "ui.stats.hardest": {"nl": "Moeilijkste kaarten", "en": "Hardest cards"},
    "ui.stats.no-hardest": {
        "nl": "Nog geen moeilijke kaarten. Ga zo door!",
        "en": "No hard cards yet. Keep going!",
    },
    "ui.stats.leech": {"nl": "8× vergeten", "en": "leech"},
    "ui.stats.total": {"nl": "Totaal", "en": "Total"},
    "ui.stats.weekdays": {"nl": "ma di wo do vr za zo", "en": "Mo Tu We Th Fr Sa Su"},
    "ui.stats.col.deck": {"nl": "Deck", "en": "Deck"},
    "ui.stats.col.new": {"nl": "Nieuw", "en": "New"},
    "ui.stats.col.learning": {"nl": "Leren", "en": "Learning"},
    "ui.stats.col.review": {"nl": "Herh.", "en": "Review"},
    "ui.stats.col.mastered": {"nl": "Beheerst", "en": "Mastered"},
    "ui.stats.col.card": {"nl": "Kaart", "en": "Card"},
    "ui.stats.col.again": {"nl": "Fout", "en": "Again"},
    "ui.stats.col.lapses": {"nl": "Vergeten", "en": "Lapses"},
}
