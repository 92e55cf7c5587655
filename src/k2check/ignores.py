"""Inline ignore directives in documents, on a par with ruff's ``noqa`` and markdownlint's comments.

Forms (in an HTML comment ``<!-- ... -->`` or as plain text; case does not matter)::

    k2check: ignore ID[, ID...] REASON        the sentence on this line or on the next non-blank line
    k2check: disable ID[, ID...] REASON       every sentence from here ...
    k2check: enable [ID[, ID...]]             ... to here (no ids: ends every open block)
    k2check: ignore-file ID[, ID...] REASON   the whole file (anywhere in a file; from here on for stdin)

``*`` stands for every claim. A token is read as an id when it is ``*``, a known claim id, or contains
a hyphen; the rest is the reason, which is required (enable needs none). Each problem is reported as
a warning naming the line, never passed over in silence: a missing reason, an unknown id (with the
nearest known one), an unknown directive, and, when the file ends, an id that suppressed nothing.

EXAMPLES (directive, ids, reason)::

    ignore k2-builds-muscle quoting a myth        ('k2-builds-muscle',), 'quoting a myth'
    ignore a-b, c-d two ids                       ('a-b', 'c-d'), 'two ids'
    IGNORE * we quote every claim here            ('*',), 'we quote every claim here'
"""

import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from difflib import get_close_matches
from typing import BinaryIO, NamedTuple

from k2check.check import Notice, Result
from k2check.reader import Piece

VERBS = ("ignore", "disable", "enable", "ignore-file")
ALIASES = {
    "ignore-line": "ignore",
    "ignore-next-line": "ignore",
    "disable-line": "ignore",
    "disable-next-line": "ignore",
    "disable-file": "ignore-file",
}
_DIRECTIVE = re.compile(r"k2check:[ \t]*(?P<verb>[A-Za-z][\w-]*)?(?P<rest>.*)", re.IGNORECASE)
_ID = re.compile(r"\*|[A-Za-z0-9][\w.]*(?:-[\w.]+)*")
PIECE = 1 << 16
# Past this many, unused directives are counted rather than each named (a file of a million of them
# would otherwise hold and print a million warnings).
UNUSED_SHOWN = 100
_BARE_COMMENT = re.compile(r"\s*(?:<!--.*?-->\s*)+")
_SCAN = re.compile(rb"k2check:[ \t]*(?:ignore-file|disable-file)", re.IGNORECASE)


class Directive(NamedTuple):
    line: int
    verb: str
    ids: tuple[str, ...]
    reason: str


def parse(text: str) -> tuple[str, tuple[str, ...], str] | None:
    """``(verb, ids, reason)`` for the directive in ``text``, ``("?" + word, (), "")`` for an unknown one."""
    m = _DIRECTIVE.search(text)
    if m is None:
        return None
    verb = (m.group("verb") or "").lower()
    verb = ALIASES.get(verb, verb)
    rest = m.group("rest").split("-->", 1)[0].strip()
    for closer in ("*/", "#}"):
        if rest.endswith(closer):
            rest = rest[: -len(closer)].rstrip()
    if verb not in VERBS:
        return (f"?{verb}", (), "")
    ids: list[str] = []
    while rest:
        token = _ID.match(rest)
        if token is None:
            break
        word = token.group()
        listed = not ids and rest[token.end() : token.end() + 1] == ","
        if not (word == "*" or "-" in word or listed):
            break
        ids.append(word.lower() if word != "*" else word)
        rest = rest[token.end() :].lstrip()
        if rest.startswith(","):
            rest = rest[1:].lstrip()
            continue
        break
    return (verb, tuple(ids), rest.strip())


class Ignores:
    """The directives of one document, fed line by line ahead of its results, applied to each result.

    ``whole_file`` (claim ids, ``*`` for all) and ``whole_file_reason`` suppress claims everywhere in the
    document without a directive (``per-file-ignores``); they are settings, so never reported unused."""

    def __init__(
        self,
        path: str,
        known: Iterable[str],
        notices: list[Notice],
        whole_file: Iterable[str] = (),
        whole_file_reason: str = "",
    ) -> None:
        self.path = path
        self.known = frozenset(known)
        self.notices = notices
        self.whole_file = frozenset(whole_file)
        self.whole_file_reason = whole_file_reason
        self.file: list[Directive] = []
        self.lines: dict[int, list[Directive]] = {}
        self.pending: list[Directive] = []
        self.blocks: list[tuple[Directive, int | None]] = []
        self.open: list[Directive] = []
        self.used: set[tuple[int, str]] = set()
        self.prescanned = False
        self.order: deque[int] = deque()
        self.refs: Counter[Directive] = Counter()
        self.unused = 0

    def prescan(self, handle: BinaryIO) -> None:
        """File-level directives anywhere in a file apply from its first line.

        The file is read in pieces of at most ``PIECE`` bytes, so a huge file or line costs no memory;
        a directive is looked for within one piece (a line is only cut when it is longer than that)."""
        self.prescanned = True
        number = 1
        while piece := handle.readline(PIECE):
            if _SCAN.search(piece):
                self._take(number, piece.decode("utf-8", "replace"), file_only=True)
            number += piece.endswith(b"\n")

    def track(self, lines: Iterable[str]) -> Iterator[str]:
        number = 1
        for text in lines:
            self.feed(number, text)
            yield text
            if not isinstance(text, Piece):
                number += 1

    def feed(self, number: int, raw: str) -> None:
        only_directive = self._take(number, raw) if "k2check" in raw.lower() else False
        if only_directive and _BARE_COMMENT.fullmatch(raw):
            # Nothing but comments on this line: no sentence starts here for them to cover.
            for directive in self.lines.pop(number, []):
                self.refs[directive] -= 1
        if raw.strip() and not only_directive and self.pending:
            for directive in self.pending:
                self._at(number, directive)
                self.refs[directive] -= 1
            self.pending = []

    def _take(self, number: int, raw: str, file_only: bool = False) -> bool:
        found = False
        for m in _DIRECTIVE.finditer(raw):
            if raw.count("`", 0, m.start()) % 2:
                continue
            parsed = parse(raw[m.start() :])
            if parsed is None:
                continue
            verb, ids, reason = parsed
            if file_only and verb != "ignore-file":
                continue
            if not file_only and verb == "ignore-file" and self.prescanned:
                continue
            found = True
            self._add(Directive(number, verb, ids, reason))
        if not found:
            return False
        before = raw[: raw.lower().find("k2check:")]
        return not re.sub(r"<!--|[\s#/*>-]", "", before)

    def _warn(self, line: int, message: str) -> None:
        self.notices.append(Notice(self.path, line, message))

    def _add(self, directive: Directive) -> None:
        verb, line = directive.verb, directive.line
        if verb.startswith("?"):
            self._warn(
                line,
                f"unknown directive 'k2check: {verb[1:]}'; use ignore, disable, enable or ignore-file",
            )
            return
        if verb != "enable" and not directive.ids:
            if verb in {"disable", "ignore-file"} and directive.reason:
                directive = directive._replace(ids=("*",))
            else:
                self._warn(line, f"'k2check: {verb}' needs claim ids (or *) and a reason; not applied")
                return
        known = []
        for claim_id in directive.ids:
            if claim_id == "*" or claim_id in self.known:
                known.append(claim_id)
                continue
            close = get_close_matches(claim_id, sorted(self.known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else "; see 'k2check list'"
            self._warn(line, f"unknown claim id '{claim_id}' in 'k2check: {verb}'{hint}")
        if not known and verb != "enable":
            return
        directive = directive._replace(ids=tuple(known))
        if verb != "enable" and not directive.reason:
            self._warn(line, f"'k2check: {verb} {', '.join(known)}' needs a reason; not applied")
            return
        if verb == "ignore":
            covered = {i for d in self.pending for i in d.ids}
            if "*" in covered or set(directive.ids) <= covered:
                # A stack of directives for the same sentence: an earlier one covers it; never used.
                self._report_unused([directive])
                return
            self._at(line, directive)
            self.pending.append(directive)
            self.refs[directive] += 1
        elif verb == "ignore-file":
            self.file.append(directive)
        elif verb == "disable":
            self.open.append(directive)
        else:
            closing = set(directive.ids)
            still = []
            for block in self.open:
                if not closing or "*" in closing or set(block.ids) & closing:
                    self.blocks.append((block, line))
                else:
                    still.append(block)
            self.open = still

    def _at(self, line: int, directive: Directive) -> None:
        if line not in self.lines:
            self.order.append(line)
        self.lines.setdefault(line, []).append(directive)
        self.refs[directive] += 1

    def _forget_before(self, line: int) -> None:
        """Results arrive in line order: directives for lines before ``line`` can no longer apply, so
        they are dropped (reported now if they suppressed nothing), and memory stays bounded."""
        while self.order and self.order[0] < line:
            for directive in self.lines.pop(self.order.popleft(), []):
                self.refs[directive] -= 1
                if self.refs[directive] > 0:
                    continue  # still waiting on its next line
                del self.refs[directive]
                self._report_unused([directive])
                for claim_id in directive.ids:
                    self.used.discard((directive.line, claim_id))
        if self.blocks and self.blocks[0][1] is not None and self.blocks[0][1] <= line:
            ended = [d for d, end in self.blocks if end is not None and end <= line]
            self.blocks = [(d, end) for d, end in self.blocks if end is None or end > line]
            self._report_unused(ended)

    def apply(self, result: Result) -> Result:
        """``result`` with ``suppressed`` set when a directive covers its line and claim."""
        if result.match is None or result.source is None:
            return result
        if not (self.file or self.order or self.blocks or self.open or self.whole_file):
            return result  # no directive anywhere, as on most pages: nothing to apply or forget
        claim_id = result.match.claim.id
        line = result.source.line
        self._forget_before(line)
        candidates = [
            *self.file,
            *self.lines.get(line, ()),
            *(d for d, end in self.blocks if d.line <= line < (end or line + 1)),
            *(d for d in self.open if d.line <= line),
        ]
        for directive in candidates:
            hit = next((i for i in directive.ids if i in {"*", claim_id}), None)
            if hit is not None:
                self.used.add((directive.line, hit))
                return result._replace(suppressed=directive.reason)
        if self.whole_file & {"*", claim_id}:
            return result._replace(suppressed=self.whole_file_reason)
        return result

    def finish(self) -> None:
        """Report ids that suppressed nothing, like ruff's unused-noqa."""
        everything = [
            *self.file,
            *(d for ds in self.lines.values() for d in ds),
            *(d for d, _ in self.blocks),
        ]
        everything += self.open
        self._report_unused(sorted(everything))
        if self.unused > UNUSED_SHOWN:
            self.notices.append(
                Notice(
                    self.path,
                    0,
                    f"{self.unused - UNUSED_SHOWN} more directives suppress nothing "
                    f"(only the first {UNUSED_SHOWN} are named)",
                )
            )

    def _report_unused(self, directives: Iterable[Directive]) -> None:
        seen: set[tuple[int, str]] = set()
        for directive in directives:
            for claim_id in directive.ids:
                key = (directive.line, claim_id)
                if key in seen or key in self.used:
                    continue
                seen.add(key)
                self.unused += 1
                if self.unused <= UNUSED_SHOWN:
                    self._warn(
                        directive.line,
                        f"'k2check: {directive.verb} {claim_id}' suppresses nothing; remove it",
                    )
