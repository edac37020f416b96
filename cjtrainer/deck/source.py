"""Safe YAML in, node tree with line/column marks out.

We compose (never construct): libyaml builds nodes that keep every scalar exactly as
written, keep duplicate keys (so we can report them) and carry their marks. Nothing in
the file can build a Python object, and aliases are measured before anything walks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from cjtrainer.deck.files import MAX_FILE_BYTES
from cjtrainer.deck.problems import Problem
from cjtrainer.i18n import Message, msg

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Plain YAML tags a deck may use. Anything else (!!python/object, !!binary, custom !tags)
# could mean "build an object": the file is refused.
SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)
# A deck of 50,000 cards is about 500,000 nodes; a billion-laughs file is far beyond.
MAX_EXPANDED_NODES = 2_000_000
# An explicit tag (!x, !!x) or an anchor (&x) starts a token after white space or [{,:- .
# Without one, a file has no tags to refuse and no aliases to expand, and the full walk
# is skipped (it would cost a third of the load time). "Let op!" does not match.
TAG_OR_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[!&][^\s]", re.M)


@dataclass(frozen=True, slots=True)
class Source:
    path: Path
    root: yaml.Node | None  # None when the file could not be parsed
    problems: tuple[Problem, ...]


def read(path: Path) -> Source:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return too_big(path, size)
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        return _refused(path, 1, 1, "unreadable", msg("deck.unreadable", reason=reason))
    return parse(path, data)


def too_big(path: Path, size: int) -> Source:
    return _refused(path, 1, 1, "too-big", msg("deck.too-big", size=round(size / 1024 / 1024, 1),
                                                 limit=MAX_FILE_BYTES // 1024 // 1024))


def parse(path: Path, data: bytes) -> Source:
    if len(data) > MAX_FILE_BYTES:
        return too_big(path, len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return _refused(path, line, column, "not-utf8", msg("deck.not-utf8"))
    if "\x00" in text:
        return _refused(path, 1, 1, "not-utf8", msg("deck.nul-bytes"))
    try:
        root = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        column = mark.column + 1 if mark else 1
        message = _syntax_message(error, text)
        where = _line_to_change(error, text)
        if where is not None:
            (line, column), message = where
        elif "\u00a0" in _line(text, line):
            message = msg("deck.with-hint", text=message, hint=msg("deck.nbsp-hint"))
        tab_near = "\t" in _line(text, line) or (
            mark is not None and "\t" in text[: mark.index][-200:])
        if tab_near and message != msg("deck.yaml.tab"):
            message = msg("deck.with-hint", text=message, hint=msg("deck.tab-hint"))
        return _refused(path, line, column, "yaml-syntax", message)
    except yaml.YAMLError as error:  # composer errors without a mark
        return _refused(path, 1, 1, "yaml-syntax", msg("deck.as-is", text=str(error).splitlines()[0]))
    except RecursionError:
        return _refused(path, 1, 1, "too-deep", msg("deck.too-deep"))
    if root is None:
        return Source(path, None, (_problem(path, 1, 1, "empty-file", msg("deck.empty-file")),))
    unsafe = _check_safety(path, root) if TAG_OR_ANCHOR.search(text) else None
    if unsafe:
        return Source(path, None, (unsafe,))
    if TEXT_LOSS.search(text):
        return Source(path, root, tuple(text_loss(path, root, text)))
    return Source(path, root, ())


# A plain text loses its end at ' #' (a comment) and its first word at a leading '&' (an
# anchor name); '*name' stands for another text. Only files with one of these get the walk.
TEXT_LOSS = re.compile(r"\S[ \t]+#|(?:^|[\s\[{,:-])[&*][^\s]|[\u2018\u201c]", re.M)


def text_loss(path: Path, root: yaml.Node, text: str) -> list[Problem]:
    """Warnings for plain texts that do not say what the teacher wrote: cut at ' #',
    a first word taken as an anchor, a '*name' replaced by another text."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, yaml.Node | None]] = [(root, None)]
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            if isinstance(node, yaml.ScalarNode) and key is not None:
                problems.append(_alias_problem(path, key, text))
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, k) for k, value in reversed(node.value))
            stack.extend((k, None) for k, _ in reversed(node.value))
        elif isinstance(node, yaml.SequenceNode):
            # an alias in a list has no mark of its own: only aliases after a key are told
            stack.extend((item, None) for item in reversed(node.value))
        elif isinstance(node, yaml.ScalarNode) and not node.style:
            # a plain scalar (style None, or "" from libyaml): no quotes, no | or >
            problems.extend(_plain_loss(path, node, text))
    return sorted(problems, key=lambda p: (p.line, p.column))


def _plain_loss(path: Path, node: yaml.Node, text: str) -> list[Problem]:
    found = []
    start, end = node.start_mark, node.end_mark
    if CURLY_AROUND.fullmatch(node.value):  # 'answer: ‘klant’': the student sees the quotes
        found.append(Problem(path, start.line + 1, start.column + 1, "warning", "curly-quotes",
                             msg("deck.curly-around", value=node.value[1:-1])))
    if text.startswith("&", start.index):
        anchor = re.match(r"&(\S*)", text[start.index:])
        word = anchor.group(1) if anchor else ""
        found.append(Problem(path, start.line + 1, start.column + 1, "warning", "text-lost",
                             msg("deck.text-lost.anchor", word=word, value=f"&{word} {node.value}")))
    rest = text[end.index: text.find("\n", end.index) % (len(text) + 1)]
    comment = re.match(r"[ \t]+#", rest)
    # 'minutes: 10   # voorgestelde tijd' is a comment on purpose (two spaces, '# '), as
    # in the templates; 'een #hashtag' or 'Nr. # 1' is text that got cut.
    deliberate = comment is not None and re.match(r"[ \t]{2,}#(?:\s|$)", rest) is not None
    if comment and not deliberate:
        column = end.column + comment.end()
        if node.value:
            found.append(Problem(path, end.line + 1, column, "warning", "text-lost",
                                 msg("deck.text-lost.comment", value=node.value + rest.rstrip())))
        else:  # 'answer: #klantreis', '- #1 Zoeken': all of it became a comment
            found.append(Problem(path, end.line + 1, column, "warning", "text-lost",
                                 msg("deck.text-lost.hash", value=rest.strip())))
    return found


def _alias_problem(path: Path, key: yaml.Node, text: str) -> Problem:
    """A '*name' after the key: the text is another text's copy, written nowhere here."""
    line = key.start_mark.line
    line_text = _line(text, line + 1)
    star = line_text.find("*", key.end_mark.column if key.end_mark.line == line else 0)
    word = re.match(r"\*(\S*)", line_text[star:]) if star >= 0 else None
    return Problem(path, line + 1, star + 1 if star >= 0 else 1, "warning", "text-lost",
                   msg("deck.text-lost.alias", word=word.group(0) if word else "*"))


def _check_safety(path: Path, root: yaml.Node) -> Problem | None:
    """Refuse object-building tags and alias bombs, in time linear in the node count."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes and not children_done:
            continue
        if node.tag not in SAFE_TAGS:
            mark = node.start_mark
            return _problem(
                path, mark.line + 1, mark.column + 1, "unsafe-tag",
                msg("deck.unsafe-tag", tag=_as_written(node.tag)),
            )
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        children = _children(node)
        if not children_done:
            sizes[key] = 0  # in progress: a node that contains itself counts as 1 below
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            continue
        total = 1 + sum(sizes.get(id(child), 1) or 1 for child in children)
        if total > MAX_EXPANDED_NODES:
            mark = node.start_mark
            return _problem(
                path, mark.line + 1, mark.column + 1, "alias-bomb",
                msg("deck.alias-bomb", limit=f"{MAX_EXPANDED_NODES:,}".replace(",", ".")),
            )
        sizes[key] = total
    return None


def _as_written(tag: str) -> str:
    """'tag:yaml.org,2002:python/object' is what the teacher wrote as '!!python/object'."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _syntax_message(error: yaml.MarkedYAMLError, text: str) -> Message:
    """The parser's complaint, said the way a teacher can act on it.

    PyYAML speaks of tokens, block collections and flow sequences; the common slips (a
    ': ' or a quote inside a text, a text that starts with '{{', '*' or '@', a line
    indented one space too far, an unclosed '[' or quote) get their own explanation, with
    the line where the unclosed thing started. Anything else keeps the parser's words.
    """
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark
    start = error.context_mark.line + 1 if error.context_mark else None
    line_text = _line(text, mark.line + 1) if mark else ""
    before = line_text[: mark.column] if mark else ""
    char = text[mark.index] if mark and mark.index < len(text) else ""
    if "expected a single document" in problem:
        return msg("deck.with-hint", text=_raw(error), hint=msg("deck.one-document-hint"))
    if "mapping values are not allowed" in problem:
        if re.fullmatch(r"\s+(?:- )?[^\s:#'\"]+", before):
            return msg("deck.yaml.indented-key")
        return msg("deck.yaml.colon")
    if "cannot start any token" in problem:
        if char == "\t":
            return msg("deck.yaml.tab")
        return msg("deck.yaml.bad-start", char=char or "?")
    if "found undefined alias" in problem:
        return msg("deck.yaml.bad-start", char="*")
    if "tab character" in problem:
        return msg("deck.yaml.tab")
    if "scanning an alias" in context or "scanning an anchor" in context:  # a lone '*' or '&'
        return msg("deck.yaml.bad-start", char="*" if "alias" in context else "&")
    if "quoted scalar" in context and start is not None:
        return msg("deck.yaml.unclosed-quote", line=start)
    if "flow sequence" in context and start is not None:
        return msg("deck.yaml.unclosed", open="[", close="]", line=start)
    if "flow mapping" in context and start is not None:
        if "{{" in _line(text, start):
            return msg("deck.yaml.cloze")
        return msg("deck.yaml.unclosed", open="{", close="}", line=start)
    if any(p in problem for p in ("expected key", "'-' indicator", "<block end>")):
        if "{{" in before:
            return msg("deck.yaml.cloze")
        if re.search(r"""[:-]\s+['"]""", before):
            return msg("deck.yaml.after-quote")
        return msg("deck.yaml.indent", line=start or (mark.line + 1 if mark else 1))
    return _raw(error)


def _line_to_change(
    error: yaml.MarkedYAMLError, text: str,
) -> tuple[tuple[int, int], Message] | None:
    """((line, column), message) for slips the parser finds a line too late, or that it
    words as parser terms: a missing ': ' after a key, a text that starts with '>', '|',
    '?' or '- ', curly quotes from Word, a second '---'."""
    problem = error.problem or ""
    context = error.context or ""
    start = error.context_mark
    mark = error.problem_mark
    if mark is not None and (any(p in problem for p in STRUCTURE_PROBLEMS)
                             or "flow" in context):
        cut = _cut_at_hash(text, mark.line + 1)
        if cut is not None:
            (number, column), value = cut
            return (number, column), msg("deck.yaml.hash-cut", value=value)
    if "could not find expected ':'" in problem and start is not None:
        line_text = _line(text, start.line + 1)
        return (start.line + 1, start.column + 1), _no_colon(line_text[start.column:])
    if "mapping values are not allowed" in problem and mark is not None:
        line_text = _line(text, mark.line + 1)
        curly = CURLY.search(line_text)
        if curly:
            return (mark.line + 1, curly.start() + 1), msg("deck.yaml.curly")
        above = _previous_content_line(text, mark.line + 1)
        # the line above is no key without its ': ' when it is text of a '>' or '|' block
        # ('explain: Let op: dit' under such a block: the colon here is the slip)
        if above is not None and not _in_block_scalar(text, above[0]):
            number, above_text = above
            body = re.match(r"(\s*(?:- )?)([^\s:#'\"][^:]*)$", above_text)
            if body and " " in body.group(2).strip():
                return (number, len(body.group(1)) + 1), _no_colon(body.group(2))
    if "block scalar" in context and start is not None:
        line_text = _line(text, start.line + 1)
        char = line_text[start.column: start.column + 1]
        return (start.line + 1, start.column + 1), msg("deck.yaml.block-start", char=char)
    if "mapping keys are not allowed" in problem and mark is not None:
        return (mark.line + 1, mark.column + 1), msg("deck.yaml.block-start", char="?")
    if "block sequence entries are not allowed" in problem and mark is not None:
        return (mark.line + 1, mark.column + 1), msg("deck.yaml.dash-in-value")
    if "expected a single document" in context and mark is not None:
        return (mark.line + 1, 1), msg("deck.yaml.second-document", line=mark.line + 1)
    return None


CURLY = re.compile("[\u2018\u2019\u201c\u201d]")
# A whole text in Word's curly quotes: to YAML they are letters, so they stay in the text.
CURLY_AROUND = re.compile("\u2018[^\u2018\u2019]*\u2019|\u201c[^\u201c\u201d]*\u201d")


def _no_colon(written: str) -> Message:
    """The message for a key without ': ' after it, with the line as it should be."""
    written = written.strip()
    if "\u00a0" in written:
        fixed = re.sub(r"\s*\u00a0\s*", " ", written, count=1)
        key = written.split(":", 1)[0].split("\u00a0", 1)[0]
        return msg("deck.yaml.nbsp", key=key, fixed=fixed.replace(":", ": ", 1)
                 if ": " not in fixed else fixed)
    key, colon, value = written.partition(":")
    if colon:  # 'front:Wat'
        return msg("deck.yaml.no-space", key=key.strip(), fixed=f"{key.strip()}: {value.strip()}")
    key, _, value = written.partition(" ")
    return msg("deck.yaml.no-colon", key=key, fixed=f"{key}: {value.strip()}")


# The parser's words for a structure that went wrong a line after a ' #' cut a text.
STRUCTURE_PROBLEMS = ("expected <block end>", "could not find expected ':'", "expected ','",
                      "expected key", "'-' indicator")


def _cut_at_hash(text: str, line: int) -> tuple[tuple[int, int], str] | None:
    """((line, column of the '#'), the text as written) when ``line`` or the content line
    above it has a ' #' that YAML took for a comment ('zoals de website #1', 'Kanaal #1:',
    '[SEO, SEA #betaald, UGC]'): the structure after it then breaks, a line later."""
    candidates = [(line, _line(text, line))]
    above = _previous_content_line(text, line)
    if above is not None:  # as written: that function cuts the comment off
        candidates.append((above[0], _line(text, above[0])))
    for number, written in candidates:
        hash_at = re.search(r"(?<=\S)[ \t]+#", written)
        if hash_at is None or re.match(r"[ \t]{2,}#(?:\s|$)", written[hash_at.start():]):
            continue  # no ' #', or a comment on purpose ('   # uitleg')
        if written[:hash_at.start()].count('"') % 2 or written[:hash_at.start()].count("'") % 2:
            continue  # inside quotes: text, not a comment
        return (number, hash_at.end()), written.strip()
    return None


def _in_block_scalar(text: str, line: int) -> bool:
    """Whether ``line`` (1-based) is text of a '>' or '|' block: the nearest line above it
    that is indented less ends with such an indicator."""
    lines = text.splitlines()
    own = lines[line - 1]
    indent = len(own) - len(own.lstrip())
    for number in range(line - 1, 0, -1):
        above = lines[number - 1].split(" #", 1)[0].rstrip()
        if above.strip() and len(above) - len(above.lstrip()) < indent:
            return re.search(r":\s*[>|][-+0-9]*$", above) is not None
    return False


def _previous_content_line(text: str, line: int) -> tuple[int, str] | None:
    """The nearest line above ``line`` (1-based) with something besides a comment."""
    lines = text.splitlines()
    for number in range(line - 1, 0, -1):
        content = lines[number - 1].split(" #", 1)[0]
        if content.strip() and not content.lstrip().startswith("#"):
            return number, content.rstrip()
    return None


def _raw(error: yaml.MarkedYAMLError) -> Message:
    parts = [p for p in (error.context, error.problem) if p]
    return msg("deck.yaml-syntax", detail="; ".join(parts) if parts else "invalid YAML")


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _problem(path: Path, line: int, column: int, code: str, message: Message) -> Problem:
    return Problem(path, line, column, "error", code, message)


def _refused(path: Path, line: int, column: int, code: str, message: Message) -> Source:
    return Source(path, None, (_problem(path, line, column, code, message),))
