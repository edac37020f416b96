"""Check a composed deck or exercise file and build its values, reporting every problem.

One walk over the node tree does both jobs: a field that is right becomes part of the
Deck; a field that is wrong becomes a Problem with the line and column of the key or
value at fault. A file with any error yields no Deck (the app skips it), but the walk goes
on so the teacher sees all problems at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import yaml

from cjtrainer.deck import model as m
from cjtrainer.deck.cardtypes import COMMON_KEYS, TYPES
from cjtrainer.deck.derive import derive_cards
from cjtrainer.deck.problems import Problem, Severity
from cjtrainer.i18n import Message, msg
from cjtrainer.inert import inert
from cjtrainer.text import slugify

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
GAP_PATTERN = re.compile(r"\{\{(.*?)\}\}", re.S)
BOOL_WORDS = {"true": True, "false": False, "yes": True, "no": False, "ja": True, "nee": False}
TRUEFALSE_WORDS = {"true": True, "false": False, "waar": True, "onwaar": False, "ja": True,
                   "nee": False, "niet waar": False, "yes": True, "no": False}
# Dutch words a teacher writes for a key or a card type, and what they mean. A word with
# more than one meaning lists them in order; the first one allowed where it stands wins
# (``vraag`` is ``front`` in a flashcard, ``prompt`` elsewhere).
DUTCH_KEYS: dict[str, tuple[str, ...]] = {
    "vraag": ("prompt", "front", "statement"), "antwoord": ("answer", "back"),
    "antwoorden": ("answer", "answers"), "uitleg": ("explain", "description"),
    "toelichting": ("explain",), "keuzes": ("choices",), "keuze": ("choices",),
    "opties": ("choices",), "voorkant": ("front",), "achterkant": ("back",),
    "kaarten": ("cards",), "titel": ("title",), "omschrijving": ("description",),
    "beschrijving": ("description",), "taal": ("language",), "stelling": ("statement",),
    "tekst": ("text",), "tip": ("hint",), "stappen": ("steps",), "naam": ("name",),
    "soort": ("type", "kind"), "modellen": ("models",), "paren": ("pairs",),
    "onderdelen": ("items", "sections"), "opdracht": ("prompt",), "omgekeerd": ("reverse",),
    "ook-goed": ("accept",), "voorbeelden": ("examples",), "oefening": ("exercise",),
}
DUTCH_TYPES: dict[str, str] = {
    "meerkeuze": "choice", "meerkeuzevraag": "choice", "keuze": "choice",
    "waar-onwaar": "truefalse", "waaronwaar": "truefalse", "juist-onjuist": "truefalse",
    "stelling": "truefalse", "invullen": "typed", "typen": "typed", "open": "typed",
    "open-vraag": "typed", "gatentekst": "cloze", "invulzin": "cloze", "volgorde": "order",
    "koppelen": "match", "combineren": "match", "lijst": "list", "opsomming": "list",
    "flitskaart": "flashcard", "kaart": "flashcard", "begrip": "flashcard",
}

DECK_KEYS = ("deck", "title", "description", "language", "tags", "models", "cards")
MODEL_KEYS = ("id", "name", "kind", "about", "acronym", "noun", "steps", "tags")
STEP_KEYS = ("id", "name", "description", "accept")
EXERCISE_KEYS = ("exercise", "title", "intro", "minutes", "sections", "rubric", "scale")
SECTION_KEYS = ("id", "title", "prompt", "answers", "examples")
CRITERION_KEYS = ("id", "text")
LANGUAGES = ("nl", "en")
# Fields that may run over several lines (a `|` block); every other text is one line.
MULTILINE_KEYS = frozenset(
    ("description", "front", "back", "prompt", "statement", "text", "explain", "hint",
     "about", "intro"))

# The longest text each field may hold, in characters (docs/deck-format.md, "Grenzen"):
# far above any real card, far below what could stall a screen or the grader.
ID_CHARS = 80
NAME_CHARS = 200
ANSWER_CHARS = 500
TEXT_CHARS = 5_000
FIELD_LIMITS: dict[str, int] = {
    **dict.fromkeys(("deck", "exercise", "id", "tags", "type", "kind", "language"), ID_CHARS),
    **dict.fromkeys(("title", "name", "acronym", "scale"), NAME_CHARS),
    **dict.fromkeys(("answer", "accept", "choices", "items", "pairs", "examples"), ANSWER_CHARS),
}  # every other text (front, back, prompt, statement, text, hint, explain, ...): TEXT_CHARS

Node = yaml.Node
Fields = dict[str, tuple[Node, Node]]  # key -> (key node, value node), from Checker.mapping


class Checker:
    """Walks one file's nodes, collecting problems."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.suggested: set[str] = set()  # keys the last mapping() took a misspelling for

    # -- reporting -------------------------------------------------------------------

    def report(
        self, node: Node | None, code: str, severity: Severity = "error", **fields: Any
    ) -> None:
        mark = node.start_mark if node is not None else None
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        self.problems.append(Problem(self.path, line, column, severity, code,
                                     msg(f"deck.{code}", **fields)))

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    # -- structure -------------------------------------------------------------------

    def mapping(
        self, node: Node, allowed: Iterable[str], what: Message, required: Iterable[str] = (),
    ) -> Fields | None:
        """A mapping's keys -> (key node, value node); reports duplicates and unknown keys."""
        if not isinstance(node, yaml.MappingNode):
            self.report(node, "wrong-type", what=what, expected=msg("deck.type.mapping"))
            return None
        allowed = tuple(allowed)
        found: Fields = {}
        suggested: set[str] = set()  # keys a misspelled key was taken for
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, "wrong-type", what=what, expected=msg("deck.type.key"))
                continue
            key = key_node.value
            if key in found:
                first = found[key][0].start_mark.line + 1
                self.report(key_node, "duplicate-key", key=key, what=what, first=first)
                continue
            if key not in allowed:
                dutch = [k for k in DUTCH_KEYS.get(key.casefold(), ()) if k in allowed]
                close = dutch[:1] or difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                if close:
                    suggested.add(close[0])
                    self.report(key_node, "unknown-key", what=what, key=key,
                                hint=msg("deck.did-you-mean", name=close[0]))
                    if dutch and close[0] not in found:
                        # read on as the key it means, so the slips inside are told too
                        # (the error above keeps the file from loading)
                        found[close[0]] = (key_node, value_node)
                else:
                    self.report(key_node, "unknown-key", what=what, key=key,
                                hint=msg("deck.allowed-keys", keys=", ".join(allowed)))
                continue
            found[key] = (key_node, value_node)
        for key in required:
            # 'anwser: x' already says "did you mean 'answer'?"; no second problem for it
            if key not in found and key not in suggested:
                self.report(node, "missing-key", what=what, key=key)
        self.suggested = suggested
        return found

    def text(self, entry: tuple[Node, Node] | None, what: Message, key: str) -> str | None:
        """A required or optional text field, as written but made inert: every text of a
        loaded deck or exercise passes here, so none can act on a terminal (an escape code
        written as "\\e[2J" in a quoted YAML string reads ^[[2J)."""
        if entry is None:
            return None
        key_node, node = entry
        if not isinstance(node, yaml.ScalarNode):
            self.report(node, "wrong-type", what=_at(what, key), expected=msg("deck.type.text"))
            return None
        value = inert(node.value, newlines=key in MULTILINE_KEYS)
        if not value.strip():
            self.report(key_node, "empty-value", what=what, key=key)
            return None
        limit = FIELD_LIMITS.get(key, TEXT_CHARS)
        if len(value) > limit:
            self.report(node, "too-long", what=what, key=key, length=len(value), limit=limit)
            return None
        return value.strip()  # block scalars (| and >) end in a newline nobody means

    def optional_text(self, fields: Fields, key: str, what: Message) -> str | None:
        return self.text(fields.get(key), what, key)

    def flag(self, fields: Fields, key: str, what: Message) -> bool:
        entry = fields.get(key)
        if entry is None:
            return False
        node = entry[1]
        if isinstance(node, yaml.ScalarNode) and node.value.lower() in BOOL_WORDS:
            return BOOL_WORDS[node.value.lower()]
        self.report(node, "wrong-type", what=_at(what, key), expected=msg("deck.type.bool"))
        return False

    def integer(
        self, fields: Fields, key: str, what: Message, low: int, high: int,
    ) -> int | None:
        entry = fields.get(key)
        if entry is None:
            return None
        node = entry[1]
        if not (isinstance(node, yaml.ScalarNode) and node.value.strip().isdigit()):
            self.report(node, "wrong-type", what=_at(what, key), expected=msg("deck.type.int"))
            return None
        value = int(node.value)
        if not low <= value <= high:
            self.report(node, "out-of-range", what=_at(what, key), low=low, high=high,
                        value=value)
            return None
        return value

    def sequence(self, entry: tuple[Node, Node] | None, what: Message, key: str) -> list[Node] | None:
        if entry is None:
            return None
        node = entry[1]
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, "wrong-type", what=_at(what, key), expected=msg("deck.type.list"))
            return None
        return list(node.value)

    def text_list(
        self, entry: tuple[Node, Node] | None, what: Message, key: str,
        low: int = 0, high: int = 10_000, distinct: bool = False,
    ) -> list[tuple[Node, str]] | None:
        """A list of texts; a single text is read as a list of one where that makes sense."""
        if entry is None:
            return None
        key_node, node = entry
        if isinstance(node, yaml.ScalarNode) and low <= 1:
            value = self.text(entry, what, key)
            return None if value is None else [(node, value)]
        nodes = self.sequence(entry, what, key)
        if nodes is None:
            return None
        values: list[tuple[Node, str]] = []
        seen: dict[str, int] = {}
        for item in nodes:
            value = self.text((key_node, item), what, key)
            if value is None:
                continue
            if distinct:
                folded = value.casefold()
                if folded in seen:
                    self.report(item, "duplicate-value", what=_at(what, key), value=value,
                                first=seen[folded])
                    continue
                seen[folded] = item.start_mark.line + 1
            values.append((item, value))
        if not low <= len(nodes) <= high:
            self.report(key_node, "count", what=_at(what, key), low=low, high=high,
                        count=len(nodes))
        return values

    def ident(self, entry: tuple[Node, Node] | None, what: Message, key: str = "id") -> str | None:
        value = self.text(entry, what, key)
        if value is None or entry is None:
            return None
        if not ID_PATTERN.match(value):
            suggestion = slugify(value) or "mijn-id"
            self.report(entry[1], "bad-id", what=what, value=value, suggestion=suggestion)
            return None
        return value

    def tags(self, fields: Fields, what: Message) -> tuple[str, ...]:
        values = self.text_list(fields.get("tags"), what, "tags", distinct=True) or []
        result = []
        for node, value in values:
            if not ID_PATTERN.match(value):
                self.report(node, "tag-format", severity="warning", value=value,
                            suggestion=slugify(value) or "tag")
            result.append(value)
        return tuple(result)


# -- decks -------------------------------------------------------------------------------


def check_deck(checker: Checker, root: yaml.MappingNode) -> m.Deck | None:
    fields = checker.mapping(root, DECK_KEYS, msg("deck.what.deck"), required=("deck", "title"))
    if fields is None:
        return None
    suggested = set(checker.suggested)
    deck_id = checker.ident(fields.get("deck"), msg("deck.what.deck"), "deck")
    title = checker.optional_text(fields, "title", msg("deck.what.deck"))
    description = checker.optional_text(fields, "description", msg("deck.what.deck"))
    language = checker.optional_text(fields, "language", msg("deck.what.deck")) or "nl"
    if language not in LANGUAGES:
        checker.report(fields["language"][1], "language", severity="warning", value=language)
    deck_tags = checker.tags(fields, msg("deck.what.deck"))
    ref = deck_id or "deck"

    ids: dict[str, int] = {}  # card id (own and derived) -> line, for duplicates
    models: list[m.Model] = []
    model_nodes = checker.sequence(fields.get("models"), msg("deck.what.deck"), "models") or []
    for node in model_nodes:
        model = check_model(checker, node, ref, language)
        if model is not None:
            models.append(model)

    cards: list[m.Card] = []
    card_nodes = checker.sequence(fields.get("cards"), msg("deck.what.deck"), "cards") or []
    for node in card_nodes:
        built = check_card(checker, node, ref)
        # The id as written is claimed even when the card has errors, so a copied card
        # with the same id is reported together with the first card's own mistake.
        written = _peek(node, "id")
        if written is not None and ID_PATTERN.match(written):
            _claim_id(checker, ids, written, node, node.start_mark.line + 1)
        for card in built:
            if card.id != written:
                _claim_id(checker, ids, card.id, node, card.line)
            cards.append(card)

    for model, node in zip(models, _model_nodes_ok(model_nodes, models), strict=True):
        for card in derive_cards(ref, model, language):
            _claim_id(checker, ids, card.id, node, model.line)
            cards.append(card)

    if ("cards" in suggested or "models" in suggested) and not cards:
        pass  # 'kaarten:' already says "bedoel je 'cards'?"; no second error for it
    elif not card_nodes and not model_nodes and "cards" not in fields and "models" not in fields:
        checker.report(root, "empty-deck")
    elif not cards and not checker.has_errors:
        checker.report(root, "empty-deck")

    if checker.has_errors or deck_id is None or title is None:
        return None
    return m.Deck(
        id=deck_id, title=title, path=checker.path, cards=tuple(cards),
        description=description, language=language, tags=deck_tags, models=tuple(models),
    )


def _model_nodes_ok(nodes: list[Node], models: list[m.Model]) -> list[Node]:
    """The node of each model that was built (models keep their line)."""
    by_line = {node.start_mark.line + 1: node for node in nodes}
    return [by_line[model.line] for model in models]


def _claim_id(checker: Checker, ids: dict[str, int], card_id: str, node: Node, line: int) -> None:
    if card_id in ids:
        checker.report(node, "duplicate-id", value=card_id, first=ids[card_id])
    else:
        ids[card_id] = line


def check_model(checker: Checker, node: Node, deck_id: str, language: str) -> m.Model | None:
    what = msg("deck.what.model", name=_peek_id(node))
    fields = checker.mapping(node, MODEL_KEYS, what, required=("id", "name", "steps"))
    if fields is None:
        return None
    before = len(checker.problems)
    model_id = checker.ident(fields.get("id"), what)
    name = checker.optional_text(fields, "name", what)
    kind_text = checker.optional_text(fields, "kind", what) or "sequence"
    kind: Literal["sequence", "set"] = "sequence"
    if kind_text == "set":
        kind = "set"
    elif kind_text != "sequence":
        close = difflib.get_close_matches(kind_text, ("sequence", "set"), n=1, cutoff=0.5)
        checker.report(fields["kind"][1], "bad-kind", value=kind_text,
                       hint=msg("deck.did-you-mean-after", name=close[0]) if close else "")
    about = checker.optional_text(fields, "about", what)
    acronym = checker.optional_text(fields, "acronym", what)
    noun = _noun(checker, fields, what, language)
    model_tags = checker.tags(fields, what)
    steps: list[m.Step] = []
    slugs: dict[str, int] = {}
    step_nodes = checker.sequence(fields.get("steps"), what, "steps") or []
    if fields.get("steps") and isinstance(fields["steps"][1], yaml.SequenceNode):
        if not 2 <= len(step_nodes) <= 26:
            checker.report(fields["steps"][0], "count", what=_at(what, "steps"), low=2, high=26,
                           count=len(step_nodes))
    for step_node in step_nodes:
        step_what = msg("deck.what.in", what=what, inner=msg("deck.what.step"))
        step_fields = checker.mapping(step_node, STEP_KEYS, step_what,
                                      required=("name", "description"))
        if step_fields is None:
            continue
        step_name = checker.optional_text(step_fields, "name", step_what)
        description = checker.optional_text(step_fields, "description", step_what)
        step_id = checker.ident(step_fields.get("id"), step_what) if "id" in step_fields else None
        accept = checker.text_list(step_fields.get("accept"), step_what, "accept") or []
        if step_name is None or description is None:
            continue
        slug = step_id or slugify(step_name)
        if not slug:
            checker.report(step_fields["name"][1], "bad-id", what=step_what, value=step_name,
                           suggestion="stap-1")
            continue
        if slug in slugs:
            checker.report(step_node, "duplicate-step", value=slug, first=slugs[slug])
            continue
        slugs[slug] = step_node.start_mark.line + 1
        steps.append(m.Step(slug=slug, name=step_name, description=description,
                            accept=tuple(v for _, v in accept)))
    if acronym is not None and len(steps) == len(step_nodes):
        letters = "".join(step.name[0] for step in steps)
        if letters.casefold() != acronym.casefold():
            checker.report(fields["acronym"][1], "acronym-mismatch", acronym=acronym,
                           letters=letters)
    if len(checker.problems) > before and any(
        p.severity == "error" for p in checker.problems[before:]
    ):
        return None
    if model_id is None or name is None:
        return None
    return m.Model(
        id=model_id, name=name, kind=kind, steps=tuple(steps), about=about,
        acronym=acronym, noun=noun, tags=model_tags, line=node.start_mark.line + 1,
    )


# The article a model's noun starts with, per deck language (singular, plural): derived
# questions pick "welk" or "welke" from it, so it must be there and be right.
NOUN_ARTICLES = {"nl": (("de", "het"), ("de",)), "en": (("the",), ("the",))}


def _noun(checker: Checker, fields: Fields, what: Message, language: str) -> tuple[str, str] | None:
    """`noun: [de fase, de fasen]`: what one step is called, singular then plural."""
    entry = fields.get("noun")
    if entry is None:
        return None
    values = checker.text_list(entry, what, "noun", low=2, high=2)
    if values is None or len(values) != 2:
        return None
    articles = NOUN_ARTICLES.get(language)
    for (node, value), allowed in zip(values, articles or ((), ()), strict=True):
        first, _, rest = value.partition(" ")
        if articles and (first.casefold() not in allowed or not rest.strip()):
            checker.report(node, "bad-noun", value=value, articles=" / ".join(allowed))
            return None
    return values[0][1], values[1][1]


def check_card(checker: Checker, node: Node, deck_id: str) -> list[m.Card]:
    """The card (and its reverse) when it is right; nothing when it has errors."""
    peek = _peek_id(node)
    what = msg("deck.what.card", name=peek)
    if not isinstance(node, yaml.MappingNode):
        checker.report(node, "wrong-type", what=msg("deck.what.card", name="?"),
                       expected=msg("deck.type.mapping"))
        return []
    card_type = _peek(node, "type")
    if card_type is None:
        checker.mapping(node, COMMON_KEYS + _all_type_keys(), what,
                        required=("id", "type"))
        return []
    before = len(checker.problems)
    if card_type not in TYPES:
        dutch = DUTCH_TYPES.get(card_type.casefold())
        type_node = _peek_node(node, "type")
        checker.report(type_node, "unknown-type", value=card_type,
                       hint=(msg("deck.did-you-mean", name=dutch) if dutch else "")
                       or _did_you_mean(card_type, m.CARD_TYPES)
                       or msg("deck.allowed-types", types=", ".join(m.CARD_TYPES)))
        if dutch is None:
            id_node = _peek_node(node, "id")
            if id_node is not None:
                checker.ident((node, id_node), what)
            return []
        card_type = dutch  # check the rest as that type: every slip is told at once
    required, optional = TYPES[card_type].required, TYPES[card_type].optional
    fields = checker.mapping(node, COMMON_KEYS + required + optional, what,
                             required=("id",) + required)
    if fields is None:
        return []
    card_id = checker.ident(fields.get("id"), what)
    if card_id is None and "id" in fields:
        card_id = None
    common: dict[str, Any] = {
        "deck_id": deck_id,
        "id": card_id or "?",
        "tags": checker.tags(fields, what),
        "hint": checker.optional_text(fields, "hint", what),
        "explain": checker.optional_text(fields, "explain", what),
        "line": node.start_mark.line + 1,
    }
    if "explain" not in fields:
        checker.report(node, "no-explain", severity="warning", name=peek)
    builder = _BUILDERS[card_type]
    cards = builder(checker, fields, what, common)
    errors = any(p.severity == "error" for p in checker.problems[before:])
    if errors or card_id is None:
        return []
    return cards


def _flashcard(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    front = checker.optional_text(f, "front", what)
    back = checker.optional_text(f, "back", what)
    reverse = checker.flag(f, "reverse", what)
    if front is None or back is None:
        return []
    card = m.Flashcard(front=front, back=back, **common)
    if not reverse:
        return [card]
    reverse_common = dict(common, id=f"{common['id']}.reverse", sibling_group=card.key)
    return [card, m.Flashcard(front=back, back=front, **reverse_common)]


def _choice(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    prompt = checker.optional_text(f, "prompt", what)
    choices = checker.text_list(f.get("choices"), what, "choices", low=2, high=8, distinct=True)
    entry = f.get("answer")
    multiple = entry is not None and isinstance(entry[1], yaml.SequenceNode)
    answers = checker.text_list(entry, what, "answer", low=1, distinct=True)
    if prompt is None or choices is None or answers is None or entry is None:
        return []
    texts = [value for _, value in choices]
    for node, answer in answers:
        if answer not in texts:
            close = _closest(answer, texts)
            hint = (msg("deck.did-you-mean-after", name=close) if close
                    else msg("deck.choices-are", choices=", ".join(texts)))
            checker.report(node, "answer-not-in-choices", what=what, value=answer, hint=hint)
    if multiple and len(answers) == len(texts):
        checker.report(entry[1], "all-answers", severity="warning")
    return [m.ChoiceCard(prompt=prompt, choices=tuple(texts),
                         answers=tuple(v for _, v in answers), multiple=multiple, **common)]


def _truefalse(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    statement = checker.optional_text(f, "statement", what)
    entry = f.get("answer")
    answer: bool | None = None
    if entry is not None:
        node = entry[1]
        word = (" ".join(node.value.split()).lower() if isinstance(node, yaml.ScalarNode)
                else None)
        if word in TRUEFALSE_WORDS:
            answer = TRUEFALSE_WORDS[word]
        else:
            checker.report(node, "bad-truefalse", what=what, value=word or "?")
    if statement is None or answer is None:
        return []
    return [m.TrueFalseCard(statement=statement, answer=answer, **common)]


def _typed(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    prompt = checker.optional_text(f, "prompt", what)
    answer = checker.optional_text(f, "answer", what)
    accept = checker.text_list(f.get("accept"), what, "accept", distinct=True) or []
    strict = checker.flag(f, "strict", what)
    if prompt is None or answer is None:
        return []
    return [m.TypedCard(prompt=prompt, answer=answer, accept=tuple(v for _, v in accept),
                        strict=strict, **common)]


def _cloze(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    text = checker.optional_text(f, "text", what)
    if text is None:
        return []
    pieces = GAP_PATTERN.split(text)
    parts = tuple(pieces[0::2])
    gaps: list[tuple[str, ...]] = []
    for raw in pieces[1::2]:
        options = tuple(option.strip() for option in raw.split("|") if option.strip())
        if not options:
            checker.report(f["text"][1], "empty-gap")
            continue
        gaps.append(options)
    if not pieces[1::2]:
        checker.report(f["text"][1], "cloze-no-gaps")
        return []
    if "{{" in "".join(parts) or "}}" in "".join(parts):
        checker.report(f["text"][1], "cloze-unclosed")
        return []
    any_order = _any_order(checker, f, what, len(gaps))
    return [m.ClozeCard(text=text, parts=parts, gaps=tuple(gaps), any_order=any_order, **common)]


def _any_order(checker: Checker, f: Fields, what: Message, count: int) -> tuple[int, ...]:
    """``any_order: true`` (all gaps) or a list of gap numbers (1-based) that may swap."""
    entry = f.get("any_order")
    if entry is None:
        return ()
    node = entry[1]
    if isinstance(node, yaml.ScalarNode):
        return tuple(range(count)) if checker.flag(f, "any_order", what) else ()
    numbers: list[int] = []
    for item in checker.sequence(entry, what, "any_order") or []:
        value = item.value.strip() if isinstance(item, yaml.ScalarNode) else ""
        if not value.isdigit() or not 1 <= int(value) <= count:
            checker.report(item, "out-of-range", what=_at(what, "any_order"), low=1, high=count,
                           value=value)
            return ()
        numbers.append(int(value) - 1)
    return tuple(sorted(set(numbers)))


def _order(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    prompt = checker.optional_text(f, "prompt", what)
    items = checker.text_list(f.get("items"), what, "items", low=2, high=10, distinct=True)
    if prompt is None or items is None:
        return []
    return [m.OrderCard(prompt=prompt, items=tuple(v for _, v in items), **common)]


def _match(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    prompt = checker.optional_text(f, "prompt", what)
    entry = f.get("pairs")
    pairs: list[tuple[str, str]] = []
    if entry is not None:
        key_node, node = entry
        if not isinstance(node, yaml.MappingNode):
            checker.report(node, "wrong-type", what=_at(what, "pairs"),
                           expected=msg("deck.type.mapping"))
        else:
            seen_left: dict[str, int] = {}
            seen_right: dict[str, int] = {}
            for left_node, right_node in node.value:
                left = checker.text((key_node, left_node), what, "pairs")
                right = checker.text((left_node, right_node), what, "pairs")
                if left is None or right is None:
                    continue
                line = left_node.start_mark.line + 1
                if left.casefold() in seen_left:
                    checker.report(left_node, "duplicate-key", key=left, what=_at(what, "pairs"),
                                   first=seen_left[left.casefold()])
                    continue
                if right.casefold() in seen_right:
                    checker.report(right_node, "duplicate-value", what=_at(what, "pairs"),
                                   value=right, first=seen_right[right.casefold()])
                    continue
                seen_left[left.casefold()] = line
                seen_right[right.casefold()] = line
                pairs.append((left, right))
            if not 2 <= len(node.value) <= 10:
                checker.report(key_node, "count", what=_at(what, "pairs"), low=2, high=10,
                               count=len(node.value))
    if prompt is None or not pairs:
        return []
    return [m.MatchCard(prompt=prompt, pairs=tuple(pairs), **common)]


def _list(checker: Checker, f: Fields, what: Message, common: dict[str, Any]) -> list[m.Card]:
    prompt = checker.optional_text(f, "prompt", what)
    entry = f.get("items")
    items: list[tuple[str, ...]] = []
    nodes = checker.sequence(entry, what, "items")
    if nodes is not None and entry is not None:
        seen: dict[str, int] = {}
        for node in nodes:
            if isinstance(node, yaml.SequenceNode):
                options = checker.text_list((entry[0], node), what, "items", low=1) or []
                values = tuple(v for _, v in options)
            else:
                value = checker.text((entry[0], node), what, "items")
                values = (value,) if value else ()
            if not values:
                continue
            folded = values[0].casefold()
            if folded in seen:
                checker.report(node, "duplicate-value", what=_at(what, "items"), value=values[0],
                               first=seen[folded])
                continue
            seen[folded] = node.start_mark.line + 1
            items.append(values)
        if not 1 <= len(nodes) <= 30:
            checker.report(entry[0], "count", what=_at(what, "items"), low=1, high=30,
                           count=len(nodes))
    ordered = checker.flag(f, "ordered", what)
    min_correct = checker.integer(f, "min_correct", what, 1, max(1, len(items)))
    if prompt is None or not items:
        return []
    return [m.ListCard(prompt=prompt, items=tuple(items), ordered=ordered,
                       min_correct=min_correct, **common)]


_BUILDERS: dict[str, Callable[[Checker, Fields, Message, dict[str, Any]], list[m.Card]]] = {
    "flashcard": _flashcard,
    "choice": _choice,
    "truefalse": _truefalse,
    "typed": _typed,
    "cloze": _cloze,
    "order": _order,
    "match": _match,
    "list": _list,
}


def _all_type_keys() -> tuple[str, ...]:
    keys: dict[str, None] = {}
    for kind in TYPES.values():
        keys.update(dict.fromkeys(kind.required + kind.optional))
    return tuple(keys)


# -- exercises ---------------------------------------------------------------------------


def check_exercise(checker: Checker, root: yaml.MappingNode) -> m.Exercise | None:
    what = msg("deck.what.exercise")
    fields = checker.mapping(root, EXERCISE_KEYS, what,
                             required=("exercise", "title", "intro", "sections"))
    if fields is None:
        return None
    exercise_id = checker.ident(fields.get("exercise"), what, "exercise")
    title = checker.optional_text(fields, "title", what)
    intro = checker.optional_text(fields, "intro", what)
    minutes = checker.integer(fields, "minutes", what, 1, 240)
    sections: list[m.Section] = []
    section_ids: dict[str, int] = {}
    for node in checker.sequence(fields.get("sections"), what, "sections") or []:
        section_what = msg("deck.what.section", name=_peek_id(node))
        sf = checker.mapping(node, SECTION_KEYS, section_what,
                             required=("id", "title", "prompt", "answers"))
        if sf is None:
            continue
        section_id = checker.ident(sf.get("id"), section_what)
        section_title = checker.optional_text(sf, "title", section_what)
        prompt = checker.optional_text(sf, "prompt", section_what)
        answers = checker.integer(sf, "answers", section_what, 1, 20)
        examples = checker.text_list(sf.get("examples"), section_what, "examples",
                                     distinct=True)
        if not examples:
            checker.report(node, "no-examples", severity="warning", name=section_id or "?")
        if section_id is not None:
            if section_id in section_ids:
                checker.report(sf["id"][1], "duplicate-id", value=section_id,
                               first=section_ids[section_id])
                continue
            section_ids[section_id] = node.start_mark.line + 1
        if section_id is None or section_title is None or prompt is None or answers is None:
            continue
        sections.append(m.Section(id=section_id, title=section_title, prompt=prompt,
                                  answers=answers,
                                  examples=tuple(v for _, v in examples or [])))
    if "sections" in fields and not sections and not checker.has_errors:
        checker.report(fields["sections"][0], "count", what=_at(what, "sections"), low=1,
                       high=50, count=0)
    rubric: list[m.Criterion] = []
    criterion_ids: dict[str, int] = {}
    if "rubric" not in fields:
        checker.report(root, "no-rubric", severity="warning")
    for node in checker.sequence(fields.get("rubric"), what, "rubric") or []:
        criterion_what = msg("deck.what.criterion", name=_peek_id(node))
        cf = checker.mapping(node, CRITERION_KEYS, criterion_what, required=("id", "text"))
        if cf is None:
            continue
        criterion_id = checker.ident(cf.get("id"), criterion_what)
        text = checker.optional_text(cf, "text", criterion_what)
        if criterion_id is not None and criterion_id in criterion_ids:
            checker.report(cf["id"][1], "duplicate-id", value=criterion_id,
                           first=criterion_ids[criterion_id])
            continue
        if criterion_id is None or text is None:
            continue
        criterion_ids[criterion_id] = node.start_mark.line + 1
        rubric.append(m.Criterion(id=criterion_id, text=text))
    scale = checker.text_list(fields.get("scale"), what, "scale", low=2, high=10, distinct=True)
    if checker.has_errors or exercise_id is None or title is None or intro is None:
        return None
    return m.Exercise(
        id=exercise_id, title=title, path=checker.path, intro=intro,
        sections=tuple(sections), rubric=tuple(rubric), minutes=minutes,
        scale=tuple(v for _, v in scale) if scale else m.DEFAULT_SCALE,
    )


# -- helpers -----------------------------------------------------------------------------


def _at(what: Message, key: str) -> Message:
    """A key of the thing: "kaart 'b': choices"."""
    return msg("deck.what.at", what=what, key=key)


def _peek_node(node: Node, key: str) -> Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


def _peek(node: Node, key: str) -> str | None:
    value = _peek_node(node, key)
    if isinstance(value, yaml.ScalarNode):
        return value.value.strip()
    return None


def _peek_id(node: Node) -> str:
    return _peek(node, "id") or f"#{node.start_mark.line + 1}"


def _closest(value: str, options: list[str]) -> str | None:
    """The option a slip of the keyboard most likely meant: same letters in another case
    or order first (SAE -> SEA, sea -> SEA), then the most similar text."""
    folded = value.casefold()
    for option in options:
        if sorted(option.casefold()) == sorted(folded):
            return option
    by_fold = {option.casefold(): option for option in options}
    close = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.6)
    return by_fold[close[0]] if close else None


def _did_you_mean(value: str, options: Iterable[str]) -> Message | str:
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.5)
    return msg("deck.did-you-mean", name=close[0]) if close else ""
