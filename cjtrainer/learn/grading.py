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
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cjtrainer.deck.model import (
    Card,
    ChoiceCard,
    ClozeCard,
    Flashcard,
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


_NO_MATCH = TextMatch(False, False, -1)


def match_text(
    given: str,
    answers: Sequence[str],
    *,
    strict: bool = False,
    others: Iterable[str] = (),
) -> TextMatch:
    """Compare one piece of text with the right answers (first = canonical)."""
    g = normalise(given)
    if not g:
        return _NO_MATCH
    targets = [normalise(a) for a in _with_variants(answers)]
    g_compact = g.replace(" ", "")
    for t in targets:
        if t and (g == t or g_compact == t.replace(" ", "")):
            return TextMatch(True, False, 0)
    if strict:
        return _NO_MATCH
    from rapidfuzz.distance import OSA  # imported on the first typo check, not at start-up

    best = -1
    g_digits = _DIGITS.findall(g)
    for t in targets:
        if not t:
            continue
        limit = allowed_typos(t)
        if limit == 0 or _DIGITS.findall(t) != g_digits:
            continue
        d = OSA.distance(g_compact, t.replace(" ", ""), score_cutoff=limit)
        if d <= limit and (best < 0 or d < best):
            best = d
    if best < 0:
        return _NO_MATCH
    target_set = set(targets)
    for other in others:
        o = normalise(other)
        if not o or o in target_set:
            continue
        d = OSA.distance(g_compact, o.replace(" ", ""), score_cutoff=best)
        if d <= best:
            return _NO_MATCH  # at least as close to another term: not this one
    return TextMatch(True, True, best)


_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _with_variants(answers: Sequence[str]) -> list[str]:
    """The answers, plus each one without a parenthetical remark:
    'Zero Moment of Truth (ZMOT)' also accepts 'Zero Moment of Truth'."""
    out = list(answers)
    for answer in answers:
        if "(" in answer:
            bare = _PARENTHESES.sub("", answer).strip()
            if bare and bare not in out:
                out.append(bare)
    return out


# --------------------------------------------------------------------------- grade


def grade(card: Card, response: object, *, others: Iterable[str] = ()) -> Grade:
    """Grade a response to any auto-graded card. ``others``: more known terms (e.g. the
    deck's other answers) a typo must not be closer to."""
    if isinstance(card, ChoiceCard):
        return _grade_choice(card, _as_tuple(response))
    if isinstance(card, TrueFalseCard):
        return _grade_truefalse(card, response)
    if isinstance(card, TypedCard):
        return _grade_typed(card, _as_text(response), others)
    if isinstance(card, ClozeCard):
        return _grade_cloze(card, _as_tuple(response), others)
    if isinstance(card, OrderCard):
        return _grade_order(card, _as_tuple(response))
    if isinstance(card, MatchCard):
        return _grade_match(card, response)
    if isinstance(card, ListCard):
        return _grade_list(card, _as_tuple(response), others)
    if isinstance(card, Flashcard):
        raise ValueError("flashcards are rated by the student, not graded")
    raise ValueError(f"cannot grade a card of type {card.type!r}")


def verdict_for(parts: Sequence[PartResult], score: float, all_right: bool) -> Verdict:
    if all_right:
        return "typo" if any(p.typo and p.correct for p in parts) else "right"
    return "partial" if score > 0 else "wrong"


def _as_text(response: object) -> str:
    if response is None:
        return ""
    if isinstance(response, str):
        return response
    if isinstance(response, Sequence) and len(response) == 1 and isinstance(response[0], str):
        return response[0]
    return str(response)


def _as_tuple(response: object) -> tuple[str, ...]:
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


def _grade_choice(card: ChoiceCard, picks: tuple[str, ...]) -> Grade:
    by_norm = {normalise(c): c for c in card.choices}
    chosen: list[str] = []
    for p in picks:
        c = p if p in card.choices else by_norm.get(normalise(p), p)
        if c not in chosen:
            chosen.append(c)
    answers = card.answers
    expected = ", ".join(answers)
    given = ", ".join(chosen)
    if not card.multiple and len(answers) == 1:
        ok = len(chosen) == 1 and chosen[0] == answers[0]
        parts = [PartResult(answers[0], chosen[0] if chosen else "", ok)]
        return _make(parts, 1.0 if ok else 0.0, ok, expected, given)
    parts = [PartResult(a, a if a in chosen else "", a in chosen) for a in answers]
    wrong = [c for c in chosen if c not in answers]
    parts += [PartResult("", w, False) for w in wrong]
    right = sum(1 for a in answers if a in chosen)
    score = (right - len(wrong)) / len(answers) if answers else 0.0
    return _make(parts, score, right == len(answers) and not wrong, expected, given)


def _bool_text(value: bool) -> str:
    from cjtrainer.i18n import t

    return t("learn.true") if value else t("learn.false")


def _grade_truefalse(card: TrueFalseCard, response: object) -> Grade:
    value: bool | None
    if isinstance(response, bool):
        value = response
    else:
        text = normalise(_as_text(response))
        value = {"waar": True, "true": True, "ja": True, "j": True, "w": True, "t": True,
                 "onwaar": False, "false": False, "nee": False, "n": False, "o": False,
                 "f": False}.get(text)
    ok = value is card.answer
    expected = _bool_text(card.answer)
    given = "" if value is None else _bool_text(value)
    return _make([PartResult(expected, given, ok)], 1.0 if ok else 0.0, ok, expected, given)


def _grade_typed(card: TypedCard, given: str, others: Iterable[str]) -> Grade:
    m = match_text(given, (card.answer, *card.accept), strict=card.strict, others=others)
    part = PartResult(card.answer, given.strip()[:MAX_INPUT], m.correct, m.typo)
    return _make([part], 1.0 if m.correct else 0.0, m.correct, card.answer, part.given)


def _grade_cloze(card: ClozeCard, answers: tuple[str, ...], others: Iterable[str]) -> Grade:
    parts: list[PartResult] = []
    other_terms = list(others)
    for i, gap in enumerate(card.gaps):
        given = answers[i].strip()[:MAX_INPUT] if i < len(answers) else ""
        elsewhere = [a for j, g in enumerate(card.gaps) if j != i for a in g] + other_terms
        m = match_text(given, gap, others=elsewhere)
        parts.append(PartResult(gap[0], given, m.correct, m.typo))
    right = sum(p.correct for p in parts)
    n = len(card.gaps)
    expected = cloze_text(card, [g[0] for g in card.gaps])
    given_text = cloze_text(card, [p.given or "…" for p in parts])
    return _make(parts, right / n if n else 0.0, n > 0 and right == n, expected, given_text)


def cloze_text(card: ClozeCard, fills: Sequence[str]) -> str:
    """The cloze text with each gap filled."""
    out = [card.parts[0]] if card.parts else []
    for i, fill in enumerate(fills):
        out.append(fill)
        if i + 1 < len(card.parts):
            out.append(card.parts[i + 1])
    return "".join(out)


def _grade_order(card: OrderCard, given: tuple[str, ...]) -> Grade:
    items = card.items
    norm_items = [normalise(i) for i in items]
    # map the student's entries to item indexes (each item once)
    seq: list[int] = []
    used: set[int] = set()
    for g in given:
        ng = normalise(g)
        for idx, ni in enumerate(norm_items):
            if idx not in used and (g == items[idx] or ng == ni):
                seq.append(idx)
                used.add(idx)
                break
    in_run = _lcs_increasing(seq)
    n = len(items)
    parts = [
        PartResult(item, item if idx in used else "", idx in in_run)
        for idx, item in enumerate(items)
    ]
    lcs = len(in_run)
    all_right = lcs == n and len(seq) == n
    score = (lcs - 1) / (n - 1) if n > 1 and lcs > 0 else (1.0 if all_right else 0.0)
    return _make(parts, score, all_right, " → ".join(items), " → ".join(given))


def _lcs_increasing(seq: list[int]) -> set[int]:
    """The values of a longest increasing subsequence (= LCS with 0..n-1)."""
    if not seq:
        return set()
    best_len = [1] * len(seq)
    prev = [-1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i] and best_len[j] + 1 > best_len[i]:
                best_len[i] = best_len[j] + 1
                prev[i] = j
    i = max(range(len(seq)), key=lambda k: best_len[k])
    out: set[int] = set()
    while i >= 0:
        out.add(seq[i])
        i = prev[i]
    return out


def _grade_match(card: MatchCard, response: object) -> Grade:
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


def _grade_list(card: ListCard, entries_in: tuple[str, ...], others: Iterable[str]) -> Grade:
    items = card.items
    entries = _split_entries(entries_in, items)
    all_terms = [a for item in items for a in item] + list(others)
    # weight[e][i]: 0 no match; exact 1000; typo 1000 - distance
    weights: list[list[int]] = []
    typo_of: dict[tuple[int, int], bool] = {}
    for ei, entry in enumerate(entries):
        row = []
        for ii, item in enumerate(items):
            item_set = set(item)
            m = match_text(entry, item, others=[t for t in all_terms if t not in item_set])
            if m.correct:
                row.append(1000 - m.distance)
                typo_of[(ei, ii)] = m.typo
            else:
                row.append(0)
        weights.append(row)
    if card.ordered:
        pairs = _align(weights)
    else:
        pairs = _assign(weights)
    matched: dict[int, int] = {ii: ei for ei, ii in pairs}
    parts: list[PartResult] = []
    for ii, item in enumerate(items):
        if ii in matched:
            ei = matched[ii]
            parts.append(PartResult(item[0], entries[ei], True, typo_of[(ei, ii)]))
        else:
            parts.append(PartResult(item[0], "", False))
    used_entries = {ei for ei, _ in pairs}
    parts += [PartResult("", e, False) for ei, e in enumerate(entries) if ei not in used_entries]
    extra = max(0, len(entries) - len(items))
    count = max(0, len(pairs) - extra)
    required = max(1, min(card.required, len(items)))
    all_right = count >= required
    expected = ", ".join(item[0] for item in items)
    return _make(parts, count / required, all_right, expected, ", ".join(entries))


def _split_entries(entries: Iterable[str], items: Sequence[Sequence[str]]) -> list[str]:
    """Entries as the student meant them: one line may hold several, separated by a new
    line or ';', or by ',' when the line as a whole is not one of the items."""
    known = {normalise(a) for item in items for a in item}
    out: list[str] = []
    for entry in entries:
        if normalise(entry) in known:
            out.append(entry.strip())
            continue
        for piece in re.split(r"[;\n]", entry[: MAX_INPUT * 10]):
            piece = piece.strip()
            if "," in piece and normalise(piece) not in known:
                out.extend(p.strip() for p in piece.split(","))
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
