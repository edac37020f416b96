"""Grading: how right is a student's response to a card?

``grade(card, response)`` returns a :class:`Grade` (score 0..1, a verdict and one
:class:`PartResult` per gap / item / pair / list entry). Flashcards are not graded: the
student rates them.

Response shapes (what the UI passes in):

==========  ====================================================================
choice      ``tuple[str, ...]`` of the chosen choice texts (one entry for single)
truefalse   ``bool``
typed       ``str``
cloze       ``tuple[str, ...]``, one entry per gap
order       ``tuple[str, ...]``, the items in the student's order
match       ``dict[str, str]``, left -> chosen right
list        ``tuple[str, ...]``, the entries as typed
==========  ====================================================================

Text matching (typed, cloze gaps, list entries):

* normalised first (:func:`normalise`): case, accents (``oriëntatie`` = ``orientatie``),
  spaces and punctuation are ignored; a leading article (de/het/een/the/a/an) is
  dropped when more words follow; a decimal comma equals a decimal point.
* an exact match with the answer or one of its ``accept`` alternatives is right (an
  answer with a remark in parentheses also without it: 'Zero Moment of Truth (ZMOT)');
* otherwise a typo is tolerated in proportion to the answer's length
  (:func:`allowed_typos`): none up to 4 characters (SEO never matches SEA), 1 up to 9,
  2 up to 15, then one more per 10 characters. Numbers must match exactly. A typo match
  is refused when the response is at least as close to another known term of the same
  card (another gap, another list item, or ``others``). ``strict`` turns tolerance off.
* a typo match counts as right, with verdict ``typo`` (the UI shows the correct spelling).

Partial credit:

* list: entries are assigned to items optimally (an item is never counted twice); with
  ``ordered`` the assignment keeps the order (an alignment, so one missing item does not
  spoil the rest). Score = matched / required (``min_correct``, default all items), at
  most 1; each entry beyond the number of items cancels one match (guessing does not pay).
* order: the longest run of items in the right relative order (longest common
  subsequence, LCS). Score = (LCS - 1) / (n - 1): right order 1, one item moved
  (n-2)/(n-1), reversed 0. Parts mark the items in that run as right.
* match: right pairs / pairs.
* cloze: right gaps / gaps.
* choice, select all: (right picks - wrong picks) / right answers, at least 0.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cjtrainer.deck.model import (
    Card,
    ChoiceCard,
    ClozeCard,
    ListCard,
    MatchCard,
    OrderCard,
    TrueFalseCard,
    TypedCard,
)

Verdict = Literal["right", "typo", "partial", "wrong"]

# Inputs longer than this are cut before matching: no answer in a deck is this long, and
# it keeps a pasted novel from costing time.
MAX_INPUT = 1000


@dataclass(frozen=True, slots=True)
class PartResult:
    """One gap / item / pair / list entry / choice.

    ``expected == ""`` marks an *extra*: something the student gave that belongs nowhere
    (a wrong pick in select-all, a list entry that matched no item).
    """

    expected: str  # canonical right answer for this part
    given: str  # what the student gave ('' if nothing)
    correct: bool
    typo: bool = False  # right but misspelled
    # What this part is, for feedback and for the widget's marks (one truth for both):
    # right, typo, variant (a Dutch spelling variant: fases/fasen, klantbinding/
    # klantenbinding), accent (right without the trema/accent), alternative (another
    # accepted answer or a longer phrase holding one: "het antwoord in de les is ..."),
    # wrong (given, not right), missing (not given), misplaced (order: out of the right
    # order; ordered list: named, but at the wrong place), duplicate (an item given twice),
    # extra (belongs nowhere: not part of this list, a wrong pick), missed (select-all: a
    # right choice not ticked).
    status: str = ""
    matched: str = ""  # the accepted form the answer matched ('' when none)
    place: int = 0  # order: the item's right place (1-based)

    def __post_init__(self) -> None:
        if not self.status:
            status = ("typo" if self.typo else "right") if self.correct else (
                "wrong" if self.given else "missing")
            if not self.expected:
                status = "extra"
            object.__setattr__(self, "status", status)


@dataclass(frozen=True, slots=True)
class Grade:
    score: float  # 0.0 .. 1.0
    verdict: Verdict
    parts: tuple[PartResult, ...]
    expected: str  # the full right answer, display text
    given: str  # the student's answer, display text

    @property
    def correct(self) -> bool:
        """Right, possibly with a spelling slip."""
        return self.verdict in ("right", "typo")

    @property
    def right_parts(self) -> int:
        return sum(1 for p in self.parts if p.expected and p.correct)

    @property
    def total_parts(self) -> int:
        return sum(1 for p in self.parts if p.expected)

    @property
    def typos(self) -> tuple[PartResult, ...]:
        return tuple(p for p in self.parts if p.correct and p.typo)


# --------------------------------------------------------------------------- normalise

_JOINERS = re.compile(r"[-‐‑‒–—'’`´\u00ad]")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_KEEP = set("%€$+&#@=<>")
_ARTICLES = frozenset({"de", "het", "een", "'t", "the", "a", "an"})
_DIGITS = re.compile(r"\d+(?:\.\d+)*")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Case, accents, spacing and punctuation folded away; idempotent.

    >>> normalise("  De Oriëntatie-fase! ")
    'orientatiefase'
    """
    text = unicodedata.normalize("NFKD", text[:MAX_INPUT])
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _DECIMAL_COMMA.sub(".", text)
    text = _JOINERS.sub("", text)
    out: list[str] = []
    for i, c in enumerate(text):
        if c.isalnum() or c in _KEEP:
            out.append(c)
        elif c == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            out.append(c)
        else:
            out.append(" ")
    words = "".join(out).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def allowed_typos(expected_normalised: str) -> int:
    """How many edits (insert, delete, replace, swap) a right answer of this length may have."""
    n = len(expected_normalised.replace(" ", ""))
    if n <= 4:
        return 0
    if n <= 9:
        return 1
    if n <= 15:
        return 2
    return 3 + (n - 16) // 10


@dataclass(frozen=True, slots=True)
class TextMatch:
    correct: bool
    typo: bool
    distance: int  # 0 for exact; edits for a typo; -1 for no match
    how: str = ""  # exact | accent | variant | alternative | typo ('' for no match)
    matched: str = ""  # the answer form that matched, as written in the deck

    @property
    def status(self) -> str:
        """The PartResult status of a right part matched this way."""
        return "right" if self.how == "exact" else self.how


_NO_MATCH = TextMatch(False, False, -1)

# A note-free variant: what Dutch spelling lets differ between two right forms. Plural
# -s/-en (fases/fasen), adjective -e at the end, one compound linking -s-/-en- inside
# (klantbinding/klantenbinding). Words of 5 letters or more, stems of 3 or more, so short
# words (SEO/SEA) never match.
_ENDINGS = ("", "s", "es", "en", "e")
_LINKS = ("s", "en")
# Words that turn a phrase into its opposite: a longer answer holding a right one is
# accepted only without them.
_NEGATIONS = frozenset({"niet", "geen", "nooit", "zonder", "not", "no", "never", "without"})
# Extra words a phrase may have around an accepted answer ("meer conversie", "Google
# Analytics", "touchpoints die de reis beïnvloeden", "een contactmoment tussen klant en
# merk"): two besides the small words below. Three were let in before, and so was a list of
# guesses ("loyaliteit customer experience touchpoint" for loyaliteit, in a classroom quiz
# where it scored 973 points).
MAX_EXTRA_WORDS = 2
# No word of a phrase is this long: "customer journey xxxx…" (500 characters) is no phrase.
MAX_EXTRA_WORD_LENGTH = 30
_MINOR_WORDS = frozenset(
    "de het een en of van op in je ik we ze die dat is zijn met voor naar aan om te bij "
    "als ook door tussen tot uit over wat waar waarin wordt worden heeft hebben hun hij zij "
    "er dit deze wel al nog dan the a an of to and or".split()
)


def is_variant(a: str, b: str) -> bool:
    """Are two normalised texts the same word(s) up to Dutch plural/linking letters?"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or a == b:
        return False
    return all(x == y or _variant_word(x, y) or _ij(x) == _ij(y)
               for x, y in zip(wa, wb, strict=True))


def _ij(word: str) -> str:
    """'kyken' is 'kijken' as many students write it: y for ij (the feedback shows 'kijken')."""
    return word.replace("ij", "y")


def _variant_word(a: str, b: str) -> bool:
    if min(len(a), len(b)) < 5 or any(c.isdigit() for c in a + b):
        return False
    for sa in _ENDINGS:
        if not a.endswith(sa):
            continue
        stem_a = a[: len(a) - len(sa)]
        for sb in _ENDINGS:
            if not b.endswith(sb):
                continue
            stem_b = b[: len(b) - len(sb)]
            if len(stem_a) >= 3 and len(stem_b) >= 3 and (
                stem_a == stem_b or _linked(stem_a, stem_b) or _linked(stem_b, stem_a)
                # a plural's spelling: aankoop/aankopen, pakket/pakketten (not a word
                # ending in a doubled consonant: "ervaringg" is a slip, not "ervaringen")
                or (sa != sb and _single(stem_a) == _single(stem_b)
                    and not _ends_doubled(a, sa) and not _ends_doubled(b, sb))
            ):
                return True
    return False


def _ends_doubled(word: str, ending: str) -> bool:
    """A word without a plural ending that ends in a doubled consonant: no Dutch spelling."""
    return not ending and len(word) >= 2 and word[-1] == word[-2] and word[-1] not in "aeiou"


def _single(word: str) -> str:
    """Doubled letters written once (koop/kop-en, pakket/pakkett-en)."""
    return re.sub(r"(.)\1", r"\1", word)


def _linked(short: str, long: str) -> bool:
    """``long`` is ``short`` with one compound linking -s- or -en- after its 3rd letter."""
    for link in _LINKS:
        if len(long) == len(short) + len(link):
            for i in range(3, len(short)):
                if long[:i] == short[:i] and long[i:i + len(link)] == link \
                        and long[i + len(link):] == short[i:]:
                    return True
    return False


def _has_accents(text: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", text))


def _contains(given: str, target: str) -> bool:
    """``given`` holds ``target`` as whole words (or ends with it as a compound: klant +
    beleving), with at most a few other words and no negation."""
    gw, tw = given.split(), target.split()
    if len(target.replace(" ", "")) < 4 or len(gw) < len(tw):
        return False
    if any(w in _NEGATIONS for w in gw):
        return False
    for start in range(len(gw) - len(tw) + 1):
        window = gw[start:start + len(tw)]
        if all(g == t or _variant_word(g, t) for g, t in zip(window, tw, strict=True)):
            rest = gw[:start] + gw[start + len(tw):]
            return (len([w for w in rest if w not in _MINOR_WORDS]) <= MAX_EXTRA_WORDS
                    and all(len(w) <= MAX_EXTRA_WORD_LENGTH for w in rest))
    if len(gw) == 1 and len(tw) == 1:
        # a compound whose head is the answer: klantbeleving, klantentrouw, klantenservice
        g, t = gw[0], tw[0]
        return len(t) >= 5 and g.endswith(t) and len(g) - len(t) >= 4
    return False


def _mentions(given: str, term: str) -> bool:
    """Does ``given`` name ``term`` (whole words)?"""
    return f" {term} " in f" {given} "


def match_text(
    given: str,
    answers: Sequence[str],
    *,
    strict: bool = False,
    others: Iterable[str] = (),
) -> TextMatch:
    """Compare one piece of text with the right answers (first = canonical).

    In this order: exact (``how="exact"``, or ``"alternative"`` for an accepted answer
    that is not the canonical one nor a spelling variant of it, or ``"accent"`` when only
    a trema/accent is missing), a Dutch spelling variant (``"variant"``), a phrase holding
    an accepted answer (``"alternative"``), then a typo (``"typo"``). Without ``strict``
    only the exact match counts. Every tolerant match is refused when the response is as
    close to (or names) another known term."""
    g = normalise(given)
    if not g:
        return _NO_MATCH
    forms = _with_variants(answers)
    targets = [normalise(a) for a in forms]
    canonical = targets[0] if targets else ""
    bare = normalise(_PARENTHESES.sub("", answers[0])) if answers else ""
    g_compact = g.replace(" ", "")

    def found(how: str, index: int, distance: int = 0) -> TextMatch:
        t = targets[index]
        if how in ("exact", "variant") and index > 0 and not (
            t in (canonical, bare) or is_variant(t, canonical)
        ):
            how = "alternative"
        if how == "exact" and _has_accents(forms[index]) and not _has_accents(given) and not any(
            normalise(f) == t and not _has_accents(f) for f in forms
        ):
            how = "accent"
        return TextMatch(True, how == "typo", distance, how, forms[index])

    for i, t in enumerate(targets):
        if t and (g == t or g_compact == t.replace(" ", "")):
            return found("exact", i)
    if strict:
        return _NO_MATCH
    target_set = set(targets)
    other_terms = [o for o in (normalise(x) for x in others) if o and o not in target_set]
    for i, t in enumerate(targets):
        if t and is_variant(g, t):
            if any(g == o or is_variant(g, o) for o in other_terms):
                return _NO_MATCH
            return found("variant", i)
    for i, t in enumerate(targets):
        if t and _contains(g, t):
            if any(_mentions(g, o) or g.endswith(o) and len(o) >= 5 for o in other_terms
                   if not _mentions(t, o)):
                return _NO_MATCH  # names another term too: not clearly this one
            return TextMatch(True, False, 0, "alternative", forms[i])
    from rapidfuzz.distance import OSA  # imported on the first typo check, not at start-up

    best = -1
    best_index = 0
    g_digits = _DIGITS.findall(g)
    for i, t in enumerate(targets):
        if not t:
            continue
        limit = allowed_typos(t)
        if limit == 0 or _DIGITS.findall(t) != g_digits:
            continue
        d = OSA.distance(g_compact, t.replace(" ", ""), score_cutoff=limit)
        if d <= limit and (best < 0 or d < best):
            best, best_index = d, i
    if best < 0:
        return _NO_MATCH
    for o in other_terms:
        d = OSA.distance(g_compact, o.replace(" ", ""), score_cutoff=best)
        if d <= best:
            return _NO_MATCH  # at least as close to another term: not this one
    return found("typo", best_index, best)


_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _with_variants(answers: Sequence[str]) -> list[str]:
    """The answers, plus each one without a parenthetical remark, and what the remark
    names: 'Zero Moment of Truth (ZMOT)' also accepts 'Zero Moment of Truth' and 'ZMOT';
    'Resultaat (tevredenheid/loyaliteit)' also 'tevredenheid' and 'loyaliteit' (not a
    remark with a negation: 'Aankoop (niet de betaling)')."""
    out = list(answers)
    for answer in answers:
        if "(" in answer:
            bare = _PARENTHESES.sub("", answer).strip()
            if bare and bare not in out:
                out.append(bare)
            for remark in re.findall(r"\(([^()]*)\)", answer):
                if any(w in _NEGATIONS for w in normalise(remark).split()):
                    continue
                for piece in re.split(r"[/,;]| of | or ", remark):
                    piece = piece.strip()
                    if len(normalise(piece)) >= 3 and piece not in out:
                        out.append(piece)
    return out


# --------------------------------------------------------------------------- grade


def grade(card: Card, response: object, *, others: Iterable[str] = ()) -> Grade:
    """Grade a response to any auto-graded card. ``others``: more known terms (e.g. the
    deck's other answers) a typo must not be closer to."""
    from cjtrainer.learn.cardtypes import learn_type  # each type calls a grader below

    return learn_type(card).grade(card, response, others)


def verdict_for(parts: Sequence[PartResult], score: float, all_right: bool) -> Verdict:
    if all_right:
        return "typo" if any(p.typo and p.correct for p in parts) else "right"
    return "partial" if score > 0 else "wrong"


def as_text(response: object) -> str:
    if response is None:
        return ""
    if isinstance(response, str):
        return response
    if isinstance(response, Sequence) and len(response) == 1 and isinstance(response[0], str):
        return response[0]
    return str(response)


def as_tuple(response: object) -> tuple[str, ...]:
    if response is None:
        return ()
    if isinstance(response, str):
        return (response,)
    if isinstance(response, Iterable) and not isinstance(response, Mapping):
        return tuple("" if r is None else str(r) for r in response)
    return (str(response),)


def _make(
    parts: list[PartResult], score: float, all_right: bool, expected: str, given: str
) -> Grade:
    score = min(1.0, max(0.0, score))
    if all_right:
        score = 1.0
    return Grade(score, verdict_for(parts, score, all_right), tuple(parts), expected, given)


def grade_choice(card: ChoiceCard, picks: tuple[str, ...]) -> Grade:
    by_norm = {normalise(c): c for c in card.choices}
    chosen: list[str] = []
    for p in picks:
        c = p if p in card.choices else by_norm.get(normalise(p), p)
        if c not in chosen:
            chosen.append(c)
    answers = card.answers
    expected = ", ".join(answers)
    given = ", ".join(chosen)
    if not card.select_all:
        ok = len(chosen) == 1 and chosen[0] == answers[0]
        parts = [PartResult(answers[0], chosen[0] if chosen else "", ok)]
        return _make(parts, 1.0 if ok else 0.0, ok, expected, given)
    # select-all: ticked right, not ticked (missed), then ticked wrong (extra)
    parts = [
        PartResult(a, a, True) if a in chosen else PartResult(a, "", False, status="missed")
        for a in answers
    ]
    wrong = [c for c in chosen if c not in answers]
    parts += [PartResult("", w, False) for w in wrong]
    right = sum(1 for a in answers if a in chosen)
    score = (right - len(wrong)) / len(answers) if answers else 0.0
    return _make(parts, score, right == len(answers) and not wrong, expected, given)


def _bool_text(value: bool) -> str:
    from cjtrainer.i18n import t

    return t("learn.true") if value else t("learn.false")


def grade_truefalse(card: TrueFalseCard, response: object) -> Grade:
    value: bool | None
    if isinstance(response, bool):
        value = response
    else:
        text = normalise(as_text(response))
        value = {"waar": True, "true": True, "ja": True, "j": True, "w": True, "t": True,
                 "onwaar": False, "false": False, "nee": False, "n": False, "o": False,
                 "f": False}.get(text)
    ok = value is card.answer
    expected = _bool_text(card.answer)
    given = "" if value is None else _bool_text(value)
    return _make([PartResult(expected, given, ok)], 1.0 if ok else 0.0, ok, expected, given)


def _part(expected: str, given: str, m: TextMatch) -> PartResult:
    if m.correct:
        return PartResult(expected, given, True, m.typo, status=m.status, matched=m.matched)
    return PartResult(expected, given, False)


def grade_typed(card: TypedCard, given: str, others: Iterable[str]) -> Grade:
    m = match_text(given, (card.answer, *card.accept), strict=card.strict, others=others)
    part = _part(card.answer, given.strip()[:MAX_INPUT], m)
    return _make([part], 1.0 if m.correct else 0.0, m.correct, card.answer, part.given)


def grade_cloze(card: ClozeCard, answers: tuple[str, ...], others: Iterable[str]) -> Grade:
    other_terms = list(others)
    given = [answers[i].strip()[:MAX_INPUT] if i < len(answers) else ""
             for i in range(len(card.gaps))]
    parts: list[PartResult | None] = [None] * len(card.gaps)
    swappable = sorted(set(getattr(card, "any_order", ()) or ()))
    if len(swappable) > 1:
        # gaps that may be filled in any order: matched as a set, like a list's items
        group_gaps = [card.gaps[i] for i in swappable]
        outside = [a for j, g in enumerate(card.gaps) if j not in swappable for a in g]
        group = _match_set([given[i] for i in swappable], group_gaps, outside + other_terms)
        for slot, part in zip(swappable, group, strict=True):
            parts[slot] = part
    for i, gap in enumerate(card.gaps):
        if parts[i] is not None:
            continue
        elsewhere = [a for j, g in enumerate(card.gaps) if j != i for a in g] + other_terms
        parts[i] = _part(gap[0], given[i], match_text(given[i], gap, others=elsewhere))
    done = [p for p in parts if p is not None]
    right = sum(p.correct for p in done)
    n = len(card.gaps)
    expected = cloze_text(card, [g[0] for g in card.gaps])
    given_text = cloze_text(card, [p.given or "…" for p in done])
    return _make(done, right / n if n else 0.0, n > 0 and right == n, expected, given_text)


def _match_set(
    given: list[str], slots: Sequence[Sequence[str]], others: list[str]
) -> list[PartResult]:
    """One part per position of ``given``, each matched against any slot (each slot at
    most once): for gaps that may be swapped. A second answer for a slot already filled
    is a ``duplicate``; an unmatched one is graded against a slot still open."""
    entries = list(given)
    matches = _match_matrix(entries, slots, others)
    pairs = _assign([[w for w, _ in row] for row in matches])
    slot_of = {ei: ii for ei, ii in pairs}
    open_slots = [ii for ii in range(len(slots)) if ii not in slot_of.values()]
    out: list[PartResult] = []
    for ei, entry in enumerate(entries):
        if ei in slot_of:
            ii = slot_of[ei]
            m = matches[ei][slot_of[ei]][1]
            out.append(_part(slots[ii][0], entry, m))
            continue
        expected = slots[open_slots.pop(0)][0] if open_slots else slots[0][0]
        twice = bool(entry) and any(w for w, _ in matches[ei])
        out.append(PartResult(expected, entry, False,
                              status="duplicate" if twice else ("wrong" if entry else "missing")))
    return out


def _match_matrix(
    entries: Sequence[str], slots: Sequence[Sequence[str]], others: Sequence[str]
) -> list[list[tuple[int, TextMatch]]]:
    """Per entry, per slot: (weight, match). Weight 0 no match; exact 1000; a note-free
    variant 999; an accepted alternative 998; a typo 1000 - 2 - distance."""
    all_terms = [a for slot in slots for a in slot] + list(others)
    rows = []
    for entry in entries:
        row = []
        for slot in slots:
            slot_set = set(slot)
            m = match_text(entry, slot, others=[t for t in all_terms if t not in slot_set])
            weight = 0
            if m.correct:
                weight = {"exact": 1000, "accent": 1000, "variant": 999,
                          "alternative": 998}.get(m.how, 998 - m.distance)
            row.append((weight, m))
        rows.append(row)
    return rows


def cloze_text(card: ClozeCard, fills: Sequence[str]) -> str:
    """The cloze text with each gap filled."""
    out = [card.parts[0]] if card.parts else []
    for i, fill in enumerate(fills):
        out.append(fill)
        if i + 1 < len(card.parts):
            out.append(card.parts[i + 1])
    return "".join(out)


def grade_order(card: OrderCard, given: tuple[str, ...]) -> Grade:
    """One part per position of the student's order: ``right`` when that item is in the
    longest run in the right relative order (a run of one only where the item is in its own
    place), else ``misplaced`` (``place`` = where it
    belongs). Entries that are no item are ``extra``; items not given ``missing``."""
    items = card.items
    norm_items = [normalise(i) for i in items]
    # map the student's entries to item indexes (each item once)
    seq: list[int] = []
    index_of: list[int | None] = []
    used: set[int] = set()
    for g in given:
        ng = normalise(g)
        hit = None
        for idx, ni in enumerate(norm_items):
            if idx not in used and (g == items[idx] or ng == ni):
                hit = idx
                break
        index_of.append(hit)
        if hit is not None:
            seq.append(hit)
            used.add(hit)
    in_place = {hit for position, hit in enumerate(index_of) if hit == position}
    in_run = _lcs_increasing(seq, in_place)
    n = len(items)
    lcs = len(in_run)
    if n > 1 and lcs == 1:
        # A "run" of one item says nothing about order: tick an item only where it is in
        # its own place, so no ✓ stands next to a wrongly placed step beside "verkeerde
        # volgorde" (two items in their own places would be a run of two).
        in_run = {hit for position, hit in enumerate(index_of) if hit == position}
    parts: list[PartResult] = []
    for g, hit in zip(given, index_of, strict=True):
        if hit is None:
            parts.append(PartResult("", g, False))
        elif hit in in_run:
            parts.append(PartResult(items[hit], items[hit], True, place=hit + 1))
        else:
            parts.append(PartResult(items[hit], items[hit], False, status="misplaced",
                                    place=hit + 1))
    parts += [PartResult(item, "", False, place=idx + 1)
              for idx, item in enumerate(items) if idx not in used]
    all_right = lcs == n and len(seq) == n
    score = (lcs - 1) / (n - 1) if n > 1 and lcs > 0 else (1.0 if all_right else 0.0)
    return _make(parts, score, all_right, " → ".join(items), " → ".join(given))


def _lcs_increasing(seq: list[int], in_place: AbstractSet[int] = frozenset()) -> set[int]:
    """The values of a longest increasing subsequence (= LCS with 0..n-1); of the longest,
    the one with the most values ``in_place`` (a step in its own place is in the run, not
    marked out of order beside "hoort op plek 4" at place 4)."""
    if not seq:
        return set()
    best = [(1, int(v in in_place)) for v in seq]  # (length, steps in place) ending here
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i]:
                candidate = (best[j][0] + 1, best[j][1] + int(seq[i] in in_place))
                if candidate > best[i]:
                    best[i] = candidate
                    prev[i] = j
    i = max(range(len(seq)), key=lambda k: best[k])
    out: set[int] = set()
    while i >= 0:
        out.add(seq[i])
        i = prev[i]
    return out


def grade_match(card: MatchCard, response: object) -> Grade:
    chosen: dict[str, str] = {}
    if isinstance(response, Mapping):
        chosen = {str(k): "" if v is None else str(v) for k, v in response.items()}
    norm_chosen = {normalise(k): v for k, v in chosen.items()}
    parts: list[PartResult] = []
    for left, right in card.pairs:
        given = chosen.get(left, norm_chosen.get(normalise(left), ""))
        ok = bool(given) and (given == right or normalise(given) == normalise(right))
        parts.append(PartResult(right, given, ok))
    right_count = sum(p.correct for p in parts)
    n = len(card.pairs)
    expected = "; ".join(f"{left} → {right}" for left, right in card.pairs)
    given_text = "; ".join(
        f"{left} → {p.given or '…'}" for (left, _), p in zip(card.pairs, parts, strict=True)
    )
    score = right_count / n if n else 0.0
    return _make(parts, score, n > 0 and right_count == n, expected, given_text)


def grade_list(card: ListCard, entries_in: tuple[str, ...], others: Iterable[str]) -> Grade:
    """Entries are matched to items as a set (each item once). Parts: one per item (deck
    order) — right, ``misplaced`` (an ordered list: named, but out of order), or
    ``missing`` — then one per entry that found no item: ``duplicate`` (its item was
    already given: it never adds score) or ``extra`` (not part of this list)."""
    items = card.items
    entries = _split_entries(entries_in, items)
    matches = _match_matrix(entries, items, list(others))
    weights = [[w for w, _ in row] for row in matches]
    found = _assign(weights)  # as a set: which entry names which item
    in_order = set(_align(weights)) if card.ordered else set(found)
    item_entry: dict[int, int] = {ii: ei for ei, ii in in_order}
    used_entries = set(item_entry.values())
    for ei, ii in found:  # named, but out of order (ordered lists only)
        if ii not in item_entry and ei not in used_entries:
            item_entry[ii] = ei
            used_entries.add(ei)
    parts: list[PartResult] = []
    counted = 0
    for ii, item in enumerate(items):
        if ii not in item_entry:
            parts.append(PartResult(item[0], "", False))
            continue
        ei = item_entry[ii]
        m = matches[ei][ii][1]
        if (ei, ii) in in_order:
            counted += 1
            parts.append(_part(item[0], entries[ei], m))
        else:
            parts.append(PartResult(item[0], entries[ei], False, status="misplaced",
                                    matched=m.matched))
    for ei, entry in enumerate(entries):
        if ei in used_entries:
            continue
        twice = any(w for w, _ in matches[ei])
        parts.append(PartResult("", entry, False, status="duplicate" if twice else "extra"))
    required = max(1, min(card.required, len(items)))
    # each entry beyond the number of items cancels a match: no listing everything
    extra = max(0, len(entries) - len(items))
    count = max(0, counted - extra)
    all_right = count >= required
    expected = ", ".join(item[0] for item in items)
    return _make(parts, count / required, all_right, expected, ", ".join(entries))


# ',' or a '/' between words (not in a number like 24/7 or 1/3)
_ENTRY_SEPARATOR = re.compile(r",|(?<!\d)/|/(?!\d)")


def _split_entries(entries: Iterable[str], items: Sequence[Sequence[str]]) -> list[str]:
    """Entries as the student meant them: one line may hold several, separated by a new
    line or ';', or by ',' or '/' when the line as a whole is not one of the items
    ("empowerment / training" names two; "VR/AR" is one item's own answer)."""
    known = {normalise(a) for item in items for a in item}
    # normalise() drops '/', so "empowerment / training" would pass for the answer
    # "empowerment training": a '/' only stays when the answer itself is written with it
    with_slash = {" ".join(a.casefold().split()) for item in items for a in item if "/" in a}

    def is_item(text: str) -> bool:
        return normalise(text) in known and (
            "/" not in text or " ".join(text.casefold().split()) in with_slash)

    out: list[str] = []
    for entry in entries:
        if is_item(entry):
            out.append(entry.strip())
            continue
        for piece in re.split(r"[;\n]", entry[: MAX_INPUT * 10]):
            piece = piece.strip()
            if _ENTRY_SEPARATOR.search(piece) and not is_item(piece):
                out.extend(p.strip() for p in _ENTRY_SEPARATOR.split(piece))
            else:
                out.append(piece)
    return [e[:MAX_INPUT] for e in out if e][:100]


def _align(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Order-preserving best matching (weighted LCS) of entries to items."""
    m = len(weights)
    n = len(weights[0]) if weights else 0
    best = [[0] * (n + 1) for _ in range(m + 1)]
    for e in range(1, m + 1):
        for i in range(1, n + 1):
            w = weights[e - 1][i - 1]
            best[e][i] = max(best[e - 1][i], best[e][i - 1], best[e - 1][i - 1] + w if w else 0)
    pairs: list[tuple[int, int]] = []
    e, i = m, n
    while e > 0 and i > 0:
        w = weights[e - 1][i - 1]
        if w and best[e][i] == best[e - 1][i - 1] + w:
            pairs.append((e - 1, i - 1))
            e, i = e - 1, i - 1
        elif best[e][i] == best[e - 1][i]:
            e -= 1
        else:
            i -= 1
    pairs.reverse()
    return pairs


def _assign(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment of entries to items (Hungarian method, O(n^3))."""
    rows = len(weights)
    cols = len(weights[0]) if weights else 0
    if rows == 0 or cols == 0:
        return []
    size = max(rows, cols)
    big = 10_000
    # cost matrix (1-based) for minimisation
    cost = [[0] * (size + 1) for _ in range(size + 1)]
    for r in range(size):
        for c in range(size):
            w = weights[r][c] if r < rows and c < cols else 0
            cost[r + 1][c + 1] = big - w
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    p = [0] * (size + 1)
    way = [0] * (size + 1)
    for i in range(1, size + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0][j] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, size + 1):
        r, c = p[j] - 1, j - 1
        if r < rows and c < cols and weights[r][c] > 0:
            pairs.append((r, c))
    pairs.sort()
    return pairs
