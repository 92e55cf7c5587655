"""Shared pieces of the output formats: the JSON contract of a result, and neutralising input text."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import IO, TYPE_CHECKING, Any

from k2check import __version__
from k2check.config import DEFAULT_FINDINGS, DEFAULT_SEVERITY, NEVER_FINDINGS
from k2check.lazyre import LazyPattern

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console

    from k2check.check import Result
    from k2check.matcher import Match

# Every character it matches is one str.isprintable refuses, which spares most texts the search (and a
# single statement the compile).
_CONTROL = LazyPattern(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]"
)


class RenderOptions:
    """What the run's settings tell a format: which verdicts are findings, their levels, where files live.

    ``findings`` and ``severity`` decide the annotations (github) and alerts (sarif): a verdict that is
    not a finding gets none, whatever its match. ``only_findings`` makes ``line`` print findings only
    (documents without ``--all``). ``root`` is the directory SARIF URIs are relative to. A plain class, not
    a frozen dataclass (building that class cost every start-up most of a millisecond); nothing assigns to
    it after."""

    __slots__ = (
        "findings",
        "only_findings",
        "publisher",
        "publisher_url",
        "review_url",
        "root",
        "severity",
    )

    def __init__(
        self,
        findings: frozenset[str] = frozenset(DEFAULT_FINDINGS),
        severity: Mapping[str, str] | None = None,
        only_findings: bool = False,
        root: Path | None = None,
        review_url: str | None = None,
        publisher: str | None = None,
        publisher_url: str | None = None,
    ) -> None:
        self.findings = findings
        self.severity: Mapping[str, str] = dict(DEFAULT_SEVERITY) if severity is None else severity
        self.only_findings = only_findings
        self.root = root
        self.review_url = review_url
        self.publisher = publisher
        self.publisher_url = publisher_url

    def level(self, verdict: str) -> str | None:
        """``error``, ``warning`` or ``note`` for a finding's verdict; None for any other verdict."""
        if verdict not in self.findings or verdict in NEVER_FINDINGS:
            return None
        return self.severity.get(verdict, "warning")


class Output:
    """Where a format writes: the raw stream for machine formats, a Rich console for people."""

    __slots__ = ("console", "options", "stream")

    def __init__(
        self, stream: IO[str], console: Console | None = None, options: RenderOptions | None = None
    ) -> None:
        self.stream = stream
        self.console = console
        self.options = options or RenderOptions()


def printable(text: str) -> str:
    """Text with escape sequences and control characters from the input neutralised for a terminal."""
    if text.isprintable() or not _CONTROL.search(text):
        return text
    return _CONTROL.sub(
        lambda m: "\N{REPLACEMENT CHARACTER}" if m.group()[0] == "\x1b" or m.group() >= "\ud800" else " ",
        text,
    )


def one_line(text: str) -> str:
    """``printable`` text that stays on one line: a line break or tab from the input is shown as ``\\n``
    or ``\\t``, so a value echoed in a message can never start a line of its own (such as a GitHub
    Actions ``::error`` workflow command)."""
    text = printable(text)
    if "\n" not in text and "\t" not in text:
        return text
    return text.replace("\n", "\\n").replace("\t", "\\t")


def match_dict(match: Match) -> dict[str, Any]:
    claim = match.claim
    return {
        "id": claim.id,
        "claim": claim.claim,
        "verdict": claim.verdict,
        "negated": match.negated,
        "score": match.score,
        "summary": claim.summary,
        "nuance": claim.nuance,
        "evidence_level": claim.evidence_level,
        "topic": claim.topic,
        "references": [r.as_dict() for r in claim.references],
    }


def result_dict(
    result: Result, explain: bool = False, encode_match: Callable[[Match], Any] = match_dict
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "statement": result.statement,
        "verdict": result.verdict,
        "match": encode_match(result.match) if result.match else None,
    }
    if result.other_matches:
        data["other_matches"] = [encode_match(m) for m in result.other_matches]
    if result.match is None and result.suggestions:
        data["suggestions"] = [{"id": c.id, "claim": c.claim, "score": s} for c, s in result.suggestions]
    if result.source is not None:
        data["source"] = {
            "path": result.source.path,
            "line": result.source.line,
            "column": result.source.column,
        }
    if result.suppressed is not None:
        data["suppressed"] = result.suppressed
    if explain and result.match is not None:
        e = result.match.explanation
        data["explain"] = {
            "phrasing": e.phrasing,
            "subject_terms": list(e.subject_terms),
            "keyword_terms": list(e.keyword_terms),
            "negation_cues": list(e.cues),
            "negation_scope": e.scope,
            "antonym": e.antonym,
            "threshold": e.threshold,
            "runners_up": [
                {"id": i, "score": s, "rank": r}
                for (i, s), r in zip(e.runners_up, e.runner_ranks or [None] * len(e.runners_up), strict=True)
            ],
            "rank": e.rank,
            "polarity_rules": list(e.rules),
            "borrowed_subjects": list(e.borrowed),
            "read_with": e.read_with or None,
            "second_opinion": e.opinion or None,
        }
    return data


# What a link keeps as it is: letters, digits and the marks of RFC 3986 (and "%", already encoded).
_URI_KEEPS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~:/?#[]@!$&'()*+,;=%"
)


def uri(link: str) -> str:
    """A link from a claims file percent-encoded, so it cannot carry spaces or controls into a terminal:
    what ``urllib.parse.quote`` does with these safe marks, without importing it (2 ms of a single
    statement's start-up).

    >>> uri("https://example.org/a b?q=ü")
    'https://example.org/a%20b?q=%C3%BC'
    """
    if all(c in _URI_KEEPS for c in link):
        return link
    return "".join(c if c in _URI_KEEPS else _percent(c) for c in link)


def _percent(char: str) -> str:
    return "".join(f"%{b:02X}" for b in char.encode("utf-8", "surrogatepass"))


_UNSAFE_JSON = LazyPattern(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def dumps(data: Any, indent: int | None = None) -> str:
    """JSON with every control character escaped, C1 and bidi controls included."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=None if indent else (",", ":"))
    return _escape_unsafe(text)


def _escape_unsafe(text: str) -> str:
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _string(text: str) -> str:
    """A JSON string value as ``dumps`` writes it."""
    from json.encoder import encode_basestring

    if text.isascii() and "\x7f" not in text:
        # The escaped text is ASCII too, and DEL is the only ASCII character ``_UNSAFE_JSON`` looks for.
        return encode_basestring(text)
    return _escape_unsafe(encode_basestring(text))


# The strings a LineEncoder remembers encoded: a run writes its path and the verdicts on every line, and a
# page's sentence once per claim it states.
STRINGS_KEPT = 4096


def _plain_types(result: Result) -> bool:
    """Whether the result's own fields are the plain str and int values ``LineEncoder._line`` writes as
    ``dumps`` does, with no suggestions (a statement's, not a document's)."""
    source, suppressed = result.source, result.suppressed
    return (
        type(result.statement) is str
        and type(result.verdict) is str
        and not (result.match is None and result.suggestions)
        and (
            source is None
            or (type(source.path) is str and type(source.line) is int and type(source.column) is int)
        )
        and (suppressed is None or type(suppressed) is str)
    )


class LineEncoder:
    """``dumps(result_dict(result, explain))`` for one result after another, with each claim's fixed fields
    (its text, summary, evidence and references: most of a line) encoded once per run, because a
    document's results name the same few claims again and again. Only ``negated`` and ``score`` vary."""

    def __init__(self, explain: bool = False) -> None:
        import secrets

        self.explain = explain
        self._token = f"k2check-match-{secrets.token_hex(8)}-"
        # id(claim) -> (claim, JSON before negated, between negated and score, after score)
        self._claims: dict[int, tuple[Any, str, str, str]] = {}
        self._strings: dict[str, str] = {}

    def __call__(self, result: Result) -> str:
        if self.explain:
            return dumps(result_dict(result, True))
        if _plain_types(result):
            return self._line(result)
        encoded: list[str] = []

        def placeholder(match: Match) -> str:
            encoded.append(self._match(match))
            return f"{self._token}{len(encoded)}"

        text = dumps(result_dict(result, False, placeholder))
        for number, match_json in enumerate(encoded, 1):
            # A JSON string value cannot hold an unescaped quote, so only the placeholder itself matches.
            text = text.replace(f'"{self._token}{number}"', match_json, 1)
        return text

    def _line(self, result: Result) -> str:
        """The result's line written out field by field, in ``result_dict``'s order: a document yields its
        results by the thousand, and building a dict for each to encode cost a tenth of a dense page's run."""
        string = self._string
        match = "null" if result.match is None else self._match(result.match)
        line = f'{{"statement":{string(result.statement)},"verdict":{string(result.verdict)},"match":{match}'
        if result.other_matches:
            line += f',"other_matches":[{",".join(map(self._match, result.other_matches))}]'
        if result.source is not None:
            path, number, column = result.source
            line += f',"source":{{"path":{string(path)},"line":{number},"column":{column}}}'
        if result.suppressed is not None:
            line += f',"suppressed":{string(result.suppressed)}'
        return line + "}"

    def _string(self, text: str) -> str:
        """``_string(text)``, remembered (``_plain_types`` made sure ``text`` is a plain str)."""
        encoded = self._strings.get(text)
        if encoded is None:
            if len(self._strings) >= STRINGS_KEPT:
                self._strings.clear()
            encoded = self._strings[text] = _string(text)
        return encoded

    def _match(self, match: Match) -> str:
        if type(match.score) is not int or type(match.negated) is not bool:
            return dumps(match_dict(match))
        parts = self._claims.get(id(match.claim))
        if parts is None or parts[0] is not match.claim:
            fields = match_dict(match)
            fields["negated"], fields["score"] = f"{self._token}n", f"{self._token}s"
            head, rest = dumps(fields).split(f'"{self._token}n"', 1)
            middle, tail = rest.split(f'"{self._token}s"', 1)
            parts = self._claims[id(match.claim)] = (match.claim, head, middle, tail)
        _, head, middle, tail = parts
        return f"{head}{'true' if match.negated else 'false'}{middle}{match.score}{tail}"


# Formats whose list must be complete before the document's head can be written (SARIF's rules, the
# Markdown summary) keep the rendered list here: in memory up to this size, then in a temporary file.
SPOOL_BYTES = 8 << 20


def spool() -> IO[str]:
    """A temporary text file for output that must wait for the end: in memory while small, on disk
    (deleted on close) beyond ``SPOOL_BYTES``, so memory does not grow with the size of the report."""
    import tempfile

    return tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8", newline="")


def write_json_list(
    stream: IO[str],
    document: Callable[[str], dict[str, Any]],
    items: Iterable[Any],
    wait: bool = False,
) -> None:
    """Write ``dumps(doc, indent=2)`` where ``doc = document(PLACEHOLDER)`` with the placeholder replaced
    by the list of ``items``, each rendered as it comes, so the list is never held in memory.

    ``document`` is called before the first item (for the indentation and, unless ``wait``, the text
    before the list) and after the last (for the text after it, and with ``wait`` the text before it,
    which then depends on the items: the rendered list waits in a ``spool``)."""
    token = f"k2check-list-{os.urandom(8).hex()}"
    quoted = f'"{token}"'
    before = dumps(document(token), indent=2).split(quoted, 1)[0]
    line = before[before.rfind("\n") + 1 :]
    indent = " " * (len(line) - len(line.lstrip(" ")))
    pad = indent + "  "
    target = spool() if wait else stream
    try:
        if not wait:
            stream.write(before)
        count = 0
        for item in items:
            target.write(
                ("[\n" if count == 0 else ",\n") + pad + dumps(item, indent=2).replace("\n", "\n" + pad)
            )
            count += 1
        target.write(f"\n{indent}]" if count else "[]")
        before, after = dumps(document(token), indent=2).split(quoted, 1)
        if wait:
            stream.write(before)
            target.seek(0)
            while chunk := target.read(1 << 16):
                stream.write(chunk)
        stream.write(after + "\n")
    finally:
        if wait:
            target.close()


def envelope() -> dict[str, Any]:
    return {"k2check": __version__}


def explain_line(match: Match) -> str:
    """``--explain`` in one line: why a sentence matched its claim (line and document table formats)."""
    e = match.explanation
    negation = f"negation {', '.join(e.cues)} in '{e.scope}'" if e.cues else "no negation"
    parts = [
        f"phrasing '{e.phrasing}'",
        f"subject {', '.join(e.subject_terms) or '-'}",
        f"assertion {', '.join(e.keyword_terms) or '-'}",
        negation,
        f"score {match.score} (threshold {e.threshold})",
    ]
    if e.rules:
        parts.append("polarity rules " + ", ".join(e.rules))
    if e.borrowed:
        parts.append("subject borrowed from context " + ", ".join(e.borrowed))
    if e.read_with:
        parts.append(f"read with '{e.read_with}'")
    if e.opinion:
        parts.append(f"second opinion {e.opinion:.2f} (the keyword groups alone did not choose this claim)")
    parts.append(f"rank {e.rank}")
    if e.runners_up:
        parts.append("runners-up " + runners(match))
    return printable("; ".join(parts))


def runners(match: Match) -> str:
    """The runners-up with their phrasing scores and ranks: why the chosen claim beat them."""
    e = match.explanation
    ranks = e.runner_ranks or tuple(0 for _ in e.runners_up)
    return ", ".join(f"{i} (score {s}, rank {r})" for (i, s), r in zip(e.runners_up, ranks, strict=True))
