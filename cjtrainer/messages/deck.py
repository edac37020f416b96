"""Validator messages (codes are the part after 'deck.'), and names of things in a deck."""

MESSAGES: dict[str, dict[str, str]] = {
    # things
    "deck.what.deck": {"nl": "deck", "en": "deck"},
    "deck.what.model": {"nl": "model '{name}'", "en": "model '{name}'"},
    "deck.what.step": {"nl": "stap", "en": "step"},
    "deck.what.card": {"nl": "kaart '{name}'", "en": "card '{name}'"},
    "deck.what.exercise": {"nl": "oefening", "en": "exercise"},
    "deck.what.section": {"nl": "onderdeel '{name}'", "en": "section '{name}'"},
    "deck.what.criterion": {"nl": "criterium '{name}'", "en": "criterion '{name}'"},
    # how the loader joins its messages (deck/validate.py, deck/source.py)
    "deck.what.at": {"nl": "{what}: {key}", "en": "{what}: {key}"},
    "deck.what.in": {"nl": "{what}, {inner}", "en": "{what}, {inner}"},
    "deck.with-hint": {"nl": "{text}{hint}", "en": "{text}{hint}"},
    "deck.as-is": {"nl": "{text}", "en": "{text}"},  # the YAML parser's own words
    "deck.type.mapping": {"nl": "een mapping (sleutel: waarde)", "en": "a mapping (key: value)"},
    "deck.type.key": {"nl": "een gewone tekst als sleutel", "en": "a plain text key"},
    "deck.type.text": {"nl": "tekst", "en": "text"},
    "deck.type.bool": {"nl": "true of false", "en": "true or false"},
    "deck.type.int": {"nl": "een heel getal", "en": "a whole number"},
    "deck.type.list": {"nl": "een lijst (regels met '- ')", "en": "a list (lines starting with '- ')"},
    "deck.did-you-mean": {"nl": "bedoel je '{name}'?", "en": "did you mean '{name}'?"},
    "deck.did-you-mean-after": {"nl": "; bedoel je '{name}'?", "en": "; did you mean '{name}'?"},
    "deck.choices-are": {"nl": " ({choices})", "en": " ({choices})"},
    "deck.allowed-keys": {"nl": "toegestaan: {keys}", "en": "allowed: {keys}"},
    "deck.allowed-types": {"nl": "toegestaan: {types}", "en": "allowed: {types}"},
    # file level
    "deck.unreadable": {"nl": "kan het bestand niet lezen: {reason}",
                        "en": "cannot read the file: {reason}"},
    "deck.not-utf8": {
        "nl": "het bestand is geen UTF-8-tekst; sla het op als UTF-8 (in de meeste editors: "
              "'Opslaan als' > codering UTF-8)",
        "en": "the file is not UTF-8 text; save it as UTF-8 (in most editors: "
              "'Save as' > encoding UTF-8)",
    },
    "deck.nul-bytes": {"nl": "het bestand bevat NUL-tekens; is het wel een tekstbestand?",
                       "en": "the file contains NUL bytes; is it a text file?"},
    "deck.yaml-syntax": {"nl": "YAML-fout: {detail}", "en": "YAML syntax: {detail}"},
    "deck.yaml.indented-key": {
        "nl": "deze regel springt verder in dan de regel erboven; zet de sleutels van één blok "
              "precies onder elkaar (met spaties)",
        "en": "this line is indented further than the line above; put the keys of one block "
              "exactly below each other (with spaces)",
    },
    "deck.yaml.colon": {
        "nl": "een ': ' midden in een tekst mag alleen als de hele tekst tussen "
              "aanhalingstekens staat: \"Fase 1: oriëntatie\"",
        "en": "a ': ' inside a text is allowed only when the whole text is in quotes: "
              "\"Phase 1: orientation\"",
    },
    "deck.yaml.hash-cut": {
        "nl": "de tekst stopt bij ' #': YAML leest de rest van de regel als commentaar, en "
              "daardoor klopt wat erna komt niet meer; zet de tekst tussen aanhalingstekens "
              "(regel: {value})",
        "en": "the text stops at ' #': YAML reads the rest of the line as a comment, so what "
              "follows no longer fits; put the text in quotes (line: {value})",
    },
    "deck.yaml.tab": {
        "nl": "hier staat een tab; YAML springt alleen in met spaties (vervang de tab door "
              "spaties)",
        "en": "there is a tab here; YAML indents with spaces only (replace the tab with spaces)",
    },
    "deck.yaml.bad-start": {
        "nl": "een tekst mag niet beginnen met '{char}'; zet de hele tekst tussen "
              "aanhalingstekens, bijvoorbeeld '{char}...'",
        "en": "a text cannot start with '{char}'; put the whole text in quotes, for example "
              "'{char}...'",
    },
    "deck.yaml.unclosed-quote": {
        "nl": "het aanhalingsteken op regel {line} wordt nergens gesloten; zet er een aan het "
              "eind van de tekst",
        "en": "the quote on line {line} is never closed; put one at the end of the text",
    },
    "deck.yaml.unclosed": {
        "nl": "de '{open}' op regel {line} is niet goed afgesloten; mist er een '{close}' of een "
              "komma, of staat er een ': ' in een van de teksten (zet die dan tussen "
              "aanhalingstekens)?",
        "en": "the '{open}' on line {line} is not closed properly; is a '{close}' or a comma "
              "missing, or is there a ': ' in one of the texts (then put it in quotes)?",
    },
    "deck.yaml.cloze": {
        "nl": "een tekst die met '{{{{' begint, zet je tussen aanhalingstekens: "
              "text: \"{{{{klant}}}} is koning\"",
        "en": "put a text that starts with '{{{{' in quotes: text: \"{{{{customer}}}} is king\"",
    },
    "deck.yaml.after-quote": {
        "nl": "na het afsluitende aanhalingsteken staat nog tekst; zet de hele tekst tussen "
              "aanhalingstekens (een ' binnen '...' schrijf je dubbel: 'De klant''s keuze')",
        "en": "there is more text after the closing quote; put the whole text in quotes (a ' "
              "inside '...' is written twice: 'The customer''s choice')",
    },
    "deck.yaml.indent": {
        "nl": "het inspringen klopt niet (het blok begint op regel {line}): zet de sleutels van "
              "één kaart precies onder elkaar, en elke nieuwe kaart begint met '- '",
        "en": "the indentation is wrong (the block starts on line {line}): put the keys of one "
              "card exactly below each other, and start each new card with '- '",
    },
    "deck.yaml.no-colon": {
        "nl": "na de sleutel hoort ': ' (dubbele punt en spatie): schrijf {fixed!r}",
        "en": "a key is followed by ': ' (colon and space): write {fixed!r}",
    },
    "deck.yaml.no-space": {
        "nl": "na de sleutel hoort ': ' (dubbele punt en spatie); na '{key}:' mist de spatie: "
              "schrijf {fixed!r}",
        "en": "a key is followed by ': ' (colon and space); the space after '{key}:' is "
              "missing: write {fixed!r}",
    },
    "deck.yaml.nbsp": {
        "nl": "na '{key}:' staat een vaste spatie (uit Word of een webpagina), geen gewone; "
              "typ de spatie opnieuw: {fixed!r}",
        "en": "after '{key}:' there is a non-breaking space (from Word or a web page), not a "
              "plain one; type the space again: {fixed!r}",
    },
    "deck.nbsp-hint": {
        "nl": " (let op: op deze regel staat een vaste spatie uit Word; vervang die door een "
              "gewone spatie)",
        "en": " (note: this line holds a non-breaking space from Word; replace it with a "
              "plain space)",
    },
    "deck.curly-around": {
        "nl": "deze tekst staat tussen krullende aanhalingstekens (uit Word); YAML leest die "
              "als letters, dus de student ziet ze; laat ze weg of gebruik rechte: "
              "\"{value}\"",
        "en": "this text is in curly quotes (from Word); YAML reads them as letters, so the "
              "student sees them; leave them out or use straight ones: \"{value}\"",
    },
    "deck.yaml.curly": {
        "nl": "hier staan krullende aanhalingstekens (‘ ’ of “ ”, uit Word); YAML kent alleen "
              "rechte: vervang ze door \" of ', bijvoorbeeld front: \"Fase 1: oriëntatie\"",
        "en": "there are curly quotes here (‘ ’ or “ ”, from Word); YAML knows only straight "
              "ones: replace them with \" or ', for example front: \"Phase 1: orientation\"",
    },
    "deck.yaml.block-start": {
        "nl": "een tekst die met '{char}' begint, leest YAML als iets anders dan tekst; zet de "
              "hele tekst tussen aanhalingstekens: \"{char} ...\"",
        "en": "YAML reads a text that starts with '{char}' as something other than text; put "
              "the whole text in quotes: \"{char} ...\"",
    },
    "deck.yaml.dash-in-value": {
        "nl": "na een sleutel op dezelfde regel kan geen lijst ('- ') beginnen; is het tekst, "
              "zet die dan tussen aanhalingstekens (\"- ...\"); is het een lijst, begin die op "
              "de volgende regel, verder ingesprongen",
        "en": "a list ('- ') cannot start on the same line as its key; if it is text, put it "
              "in quotes (\"- ...\"); if it is a list, start it on the next line, indented",
    },
    "deck.yaml.second-document": {
        "nl": "regel {line} begint een tweede document ('---'); een bestand bevat één deck of "
              "één oefening: haal de '---' weg of zet het tweede deel in een eigen bestand",
        "en": "line {line} starts a second document ('---'); a file holds one deck or one "
              "exercise: remove the '---' or put the second part in a file of its own",
    },
    "deck.text-lost.comment": {
        "nl": "de tekst stopt bij ' #': wat erna komt leest YAML als commentaar en verdwijnt; "
              "zet de hele tekst tussen aanhalingstekens: \"{value}\"",
        "en": "the text stops at ' #': YAML reads the rest as a comment and drops it; put the "
              "whole text in quotes: \"{value}\"",
    },
    "deck.wrong-suffix": {
        "nl": "{name}: de app leest alleen bestanden die op .yaml eindigen en slaat dit over; "
              "hernoem het naar {fixed} (Kladblok zet er soms .txt achter)",
        "en": "{name}: the app only reads files ending in .yaml and skips this one; rename it "
              "to {fixed} (Notepad sometimes adds .txt)",
    },
    "deck.text-lost.hash": {
        "nl": "een tekst die met '#' begint leest YAML als commentaar, dus hier staat niets; "
              "zet de tekst tussen aanhalingstekens: \"{value}\"",
        "en": "YAML reads a text that starts with '#' as a comment, so nothing is here; put "
              "the text in quotes: \"{value}\"",
    },
    "deck.text-lost.anchor": {
        "nl": "'&{word}' aan het begin leest YAML als ankernaam en dat woord verdwijnt uit de "
              "tekst; zet de hele tekst tussen aanhalingstekens: \"{value}\"",
        "en": "YAML reads '&{word}' at the start as an anchor name and drops that word from the "
              "text; put the whole text in quotes: \"{value}\"",
    },
    "deck.text-lost.alias": {
        "nl": "'{word}' leest YAML als verwijzing naar een andere tekst ('&'), niet als deze "
              "tekst; zet de tekst tussen aanhalingstekens: \"{word}\"",
        "en": "YAML reads '{word}' as a reference to another text ('&'), not as this text; put "
              "the text in quotes: \"{word}\"",
    },
    "deck.tab-hint": {
        "nl": " (tip: hier staat een tab; YAML springt alleen in met spaties)",
        "en": " (hint: there is a tab here; YAML indents with spaces only)",
    },
    "deck.one-document-hint": {
        "nl": " (een bestand bevat één deck of één oefening; haal de extra '---' weg)",
        "en": " (a file holds one deck or one exercise; remove the extra '---')",
    },
    "deck.too-deep": {"nl": "het bestand is te diep genest voor een deck",
                      "en": "the file nests too deeply to be a deck"},
    "deck.empty-file": {"nl": "het bestand is leeg", "en": "the file is empty"},
    "deck.too-big": {
        "nl": "het bestand is {size} MB; een deck of oefening mag hoogstens {limit} MB zijn "
              "(verdeel het over meer bestanden)",
        "en": "the file is {size} MB; a deck or exercise may be at most {limit} MB "
              "(split it over more files)",
    },
    "deck.too-long": {
        "nl": "{what}: '{key}' is {length} tekens lang; hoogstens {limit} tekens zijn toegestaan",
        "en": "{what}: '{key}' is {length} characters long; at most {limit} are allowed",
    },
    "deck.unsafe-tag": {
        "nl": "de tag {tag!r} is niet toegestaan; het bestand wordt geweigerd (hoort de '!' bij "
              "je tekst, zet de hele tekst dan tussen aanhalingstekens; anders: haal de tag weg, "
              "een deck bevat alleen tekst, lijsten en mappings)",
        "en": "the tag {tag!r} is not allowed; the file is refused (if the '!' is part of your "
              "text, put the whole text in quotes; otherwise remove the tag: decks hold plain "
              "text, lists and mappings only)",
    },
    "deck.alias-bomb": {
        "nl": "de aliassen (*) in dit bestand zouden uitgroeien tot meer dan {limit} waarden; "
              "het bestand wordt geweigerd",
        "en": "the aliases (*) in this file would expand to more than {limit} values; "
              "the file is refused",
    },
    "deck.not-a-deck": {
        "nl": "dit is geen deck of oefening: het bestand moet beginnen met 'deck: <id>' of "
              "'exercise: <id>'",
        "en": "this is not a deck or an exercise: the file must start with 'deck: <id>' or "
              "'exercise: <id>'",
    },
    "deck.word-list": {
        "nl": "dit is een woordenlijst, geen deck; maak er een deck van met: "
              "cjtrainer import {name}",
        "en": "this is a word list, not a deck; turn it into a deck with: "
              "cjtrainer import {name}",
    },
    "deck.missing-folder": {"nl": "map bestaat niet: {path}", "en": "folder does not exist: {path}"},
    "deck.content-is-file": {
        "nl": "{path} is een bestand; --content wil een map (de map met je decks, zoals "
              "{parent}); een los bestand controleer je met: cjtrainer validate {path}",
        "en": "{path} is a file; --content wants a folder (the folder with your decks, such as "
              "{parent}); check a single file with: cjtrainer validate {path}",
    },
    "deck.import-format.excel": {
        "nl": "dit is een Excel-bestand, geen deck; maak er een deck van met: "
              "cjtrainer import {name}",
        "en": "this is an Excel file, not a deck; turn it into a deck with: "
              "cjtrainer import {name}",
    },
    "deck.import-format.anki": {
        "nl": "dit is een Anki-pakket, geen deck; maak er een deck van met: "
              "cjtrainer import {name}",
        "en": "this is an Anki package, not a deck; turn it into a deck with: "
              "cjtrainer import {name}",
    },
    "deck.duplicate-deck": {
        "nl": "het id '{value}' wordt al gebruikt in {other}; een id mag maar één keer voorkomen",
        "en": "the id '{value}' is already used in {other}; an id may be used only once",
    },
    # fields
    "deck.wrong-type": {"nl": "{what}: verwacht {expected}", "en": "{what}: expected {expected}"},
    "deck.duplicate-key": {
        "nl": "{what} heeft de sleutel '{key}' twee keer (eerst op regel {first}); "
              "YAML zou stilletjes de laatste houden",
        "en": "{what} has the key '{key}' twice (first on line {first}); "
              "YAML would silently keep the last one",
    },
    "deck.unknown-key": {"nl": "{what} kent de sleutel '{key}' niet; {hint}",
                         "en": "{what} has no key '{key}'; {hint}"},
    "deck.missing-key": {"nl": "{what} mist de verplichte sleutel '{key}'",
                         "en": "{what} is missing the required key '{key}'"},
    "deck.empty-value": {"nl": "{what}: '{key}' is leeg", "en": "{what}: '{key}' is empty"},
    "deck.out-of-range": {
        "nl": "{what} moet tussen {low} en {high} liggen, niet {value}",
        "en": "{what} must be between {low} and {high}, not {value}",
    },
    "deck.count": {
        "nl": "{what} moet {low} tot {high} elementen hebben, niet {count}",
        "en": "{what} must have {low} to {high} entries, not {count}",
    },
    "deck.duplicate-value": {
        "nl": "{what}: '{value}' staat er twee keer in (eerst op regel {first})",
        "en": "{what}: '{value}' appears twice (first on line {first})",
    },
    "deck.bad-id": {
        "nl": "{what}: '{value}' is geen geldig id (kleine letters, cijfers en '-'); "
              "bijvoorbeeld '{suggestion}'",
        "en": "{what}: '{value}' is not a valid id (lowercase letters, digits and '-'); "
              "for example '{suggestion}'",
    },
    "deck.tag-format": {
        "nl": "tag '{value}' is geen id; gebruik bijvoorbeeld '{suggestion}' zodat je er op "
              "kunt filteren",
        "en": "tag '{value}' is not an id; use for example '{suggestion}' so it can be "
              "filtered on",
    },
    "deck.language": {"nl": "taal '{value}' is onbekend (nl of en)",
                      "en": "language '{value}' is unknown (nl or en)"},
    "deck.duplicate-id": {
        "nl": "het id '{value}' komt twee keer voor in dit bestand (eerst op regel {first})",
        "en": "the id '{value}' is used twice in this file (first on line {first})",
    },
    "deck.empty-deck": {"nl": "het deck heeft geen kaarten en geen modellen",
                        "en": "the deck has no cards and no models"},
    "deck.unknown-type": {"nl": "onbekend kaarttype '{value}'; {hint}",
                          "en": "unknown card type '{value}'; {hint}"},
    "deck.answer-not-in-choices": {
        "nl": "{what}: het antwoord '{value}' staat niet tussen de keuzes{hint}",
        "en": "{what}: the answer '{value}' is not one of the choices{hint}",
    },
    "deck.all-answers": {
        "nl": "alle keuzes zijn goed; zo valt er niets te kiezen",
        "en": "every choice is right; there is nothing to choose",
    },
    "deck.bad-truefalse": {
        "nl": "{what}: het antwoord moet true/false (of waar/onwaar) zijn, niet '{value}'",
        "en": "{what}: the answer must be true/false (or waar/onwaar), not '{value}'",
    },
    "deck.cloze-no-gaps": {
        "nl": "de cloze-tekst heeft geen gaten; schrijf een gat als {{{{antwoord}}}}",
        "en": "the cloze text has no gaps; write a gap as {{{{answer}}}}",
    },
    "deck.cloze-unclosed": {
        "nl": "de cloze-tekst heeft een '{{{{' of '}}}}' zonder partner",
        "en": "the cloze text has a '{{{{' or '}}}}' without its partner",
    },
    "deck.empty-gap": {"nl": "de cloze-tekst heeft een leeg gat {{{{}}}}",
                       "en": "the cloze text has an empty gap {{{{}}}}"},
    "deck.no-explain": {
        "nl": "kaart '{name}' heeft geen 'explain'; een uitleg na het antwoord helpt leren",
        "en": "card '{name}' has no 'explain'; an explanation after the answer helps learning",
    },
    "deck.bad-kind": {"nl": "kind moet 'sequence' of 'set' zijn, niet '{value}'{hint}",
                      "en": "kind must be 'sequence' or 'set', not '{value}'{hint}"},
    "deck.duplicate-step": {
        "nl": "twee stappen hebben hetzelfde id '{value}' (eerst op regel {first}); geef er één "
              "een eigen 'id'",
        "en": "two steps have the same id '{value}' (first on line {first}); give one its own "
              "'id'",
    },
    "deck.bad-noun": {
        "nl": "noun '{value}' moet beginnen met een lidwoord ({articles}), bijvoorbeeld "
              "[de fase, de fasen] of [het stadium, de stadia]",
        "en": "noun '{value}' must start with an article ({articles}), for example "
              "[the step, the steps]",
    },
    "deck.acronym-mismatch": {
        "nl": "acroniem '{acronym}' klopt niet met de beginletters van de stappen ({letters})",
        "en": "acronym '{acronym}' does not match the steps' first letters ({letters})",
    },
    "deck.no-examples": {
        "nl": "onderdeel '{name}' heeft geen voorbeeldantwoorden ('examples') om mee te "
              "vergelijken",
        "en": "section '{name}' has no model answers ('examples') to compare with",
    },
    "deck.no-rubric": {
        "nl": "de oefening heeft geen 'rubric'; zonder criteria is zelfbeoordeling lastig",
        "en": "the exercise has no 'rubric'; self-assessment needs criteria",
    },
}
