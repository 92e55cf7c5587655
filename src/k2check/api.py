"""The public Python API: one checker, plain rows out.

``Checker.from_default()`` builds what the ``k2check`` command checks against; ``check_text`` and
``check_statement`` return small frozen rows that pickle, cross process boundaries and turn into the
JSON the command prints (``as_dict``). Claim details (summary, nuance, references) stay on the checker
and are looked up by id, so a row is a few hundred bytes whatever the claim."""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple

from k2check import check as core
from k2check.claims import Claim, Reference
from k2check.database import Loaded, claim_paths, freeze, load, load_default, thaw
from k2check.matcher import Match

__all__ = [
    "FINDING_COLUMNS",
    "FINDING_SCHEMA",
    "Checker",
    "ClaimMatch",
    "Document",
    "Finding",
    "StatementResult",
    "Suggestion",
    "default_checker",
]

FINDING_COLUMNS = (
    "doc_id",
    "line",
    "column",
    "claim_id",
    "negated",
    "verdict",
    "score",
    "sentence",
    "suppressed",
)
# The rows of ``check_text`` as a Spark DDL schema (``mapInPandas``) ...
FINDING_SCHEMA = (
    "doc_id string, line int, column int, claim_id string, negated boolean, verdict string, "
    "score int, sentence string, suppressed string"
)
# ... and as pandas dtypes (Dask's ``meta``; a missing ``suppressed`` is <NA>).
FINDING_DTYPES = {
    "doc_id": "string",
    "line": "int32",
    "column": "int32",
    "claim_id": "string",
    "negated": "bool",
    "verdict": "string",
    "score": "int32",
    "sentence": "string",
    "suppressed": "string",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


class Finding(NamedTuple):
    """One claim one sentence of a document asserts: the flat fields of a ``--format jsonl`` line.

    ``as_dict()`` is this row; ``Checker.finding_json(finding)`` adds the claim's details and is the
    ``--format jsonl`` line itself."""

    doc_id: str
    line: int
    column: int
    claim_id: str
    negated: bool
    verdict: str
    score: int
    sentence: str
    suppressed: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return self._asdict()


class Document(NamedTuple):
    """A document's findings, and what the command would have said about the input on stderr."""

    doc_id: str
    findings: tuple[Finding, ...]
    sentences: int
    warnings: tuple[str, ...] = ()
    skipped: str | None = None


@dataclass(frozen=True)
class ClaimMatch:
    """A claim a statement matched, with the claim's details (the ``match`` object of the JSON)."""

    id: str
    claim: str
    verdict: str
    negated: bool
    score: int
    summary: str
    nuance: str
    evidence_level: str
    topic: str
    references: tuple[Reference, ...]

    @classmethod
    def of(cls, match: Match) -> ClaimMatch:
        c = match.claim
        return cls(
            c.id, c.claim, c.verdict, match.negated, match.score, c.summary, c.nuance,
            c.evidence_level, c.topic, c.references,
        )  # fmt: skip

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["references"] = [r.as_dict() for r in self.references]
        return data


@dataclass(frozen=True)
class Suggestion:
    id: str
    claim: str
    score: int


@dataclass(frozen=True)
class StatementResult:
    """A statement's verdict: the best match (or none), the other claims it makes, or suggestions."""

    statement: str
    verdict: str
    match: ClaimMatch | None
    other_matches: tuple[ClaimMatch, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def claim_id(self) -> str | None:
        return self.match.id if self.match else None

    @property
    def negated(self) -> bool:
        return bool(self.match and self.match.negated)

    @property
    def score(self) -> int:
        return self.match.score if self.match else 0

    def as_dict(self) -> dict[str, Any]:
        """The result object of ``k2check --format json STATEMENT`` (an item of ``results``)."""
        data: dict[str, Any] = {
            "statement": self.statement,
            "verdict": self.verdict,
            "match": self.match.as_dict() if self.match else None,
        }
        if self.other_matches:
            data["other_matches"] = [m.as_dict() for m in self.other_matches]
        if self.match is None and self.suggestions:
            data["suggestions"] = [asdict(s) for s in self.suggestions]
        return data


class Checker:
    """A claims database ready to check statements and documents.

    Safe to share between threads (calls take turns: use processes for speed). Pickles as its database
    in k2check's data-only format, without the matcher's caches; unpickling gives an equal checker."""

    def __init__(self, loaded: Loaded, threshold: int | None = None) -> None:
        self._loaded = loaded
        self._threshold = threshold
        self._core = core.Checker(loaded.db, loaded.index, threshold)
        self._lock = threading.Lock()

    @classmethod
    def from_default(
        cls,
        claims: Iterable[str | os.PathLike[str]] = (),
        cache_dir: str | os.PathLike[str] | bool | None = None,
        *,
        bundled: bool = True,
        env: Mapping[str, str] | None = None,
        lazy: bool | None = None,
    ) -> Checker:
        """What ``k2check`` checks against: the bundled database, the K2CHECK_CLAIMS files, then ``claims``
        (later ones winning).

        ``cache_dir``: None for the command's cache (K2CHECK_CACHE_DIR, else the XDG cache directory), a
        path for that directory, False for no disk at all. Raises ``DatabaseError`` (every problem, with
        its place) when a claims file cannot be used; ``notices`` lists claims that replaced others.
        ``lazy``: True to decode each claim's part of a cached database when first used (the quickest
        start for a few statements), False to decode it all at once (the fastest for many documents);
        None decides by the database's size. Results are the same."""
        if cache_dir is None or cache_dir is True:
            return cls(load_default([Path(p) for p in claims], bundled, env, lazy))
        paths = claim_paths([Path(p) for p in claims], env)
        if cache_dir is False:
            loaded = load(paths, bundled, use_cache=False)
        else:
            loaded = load(paths, bundled, cache=Path(cache_dir), chosen_cache=True, lazy=lazy)
        return cls(loaded)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Checker:
        """A checker from a file ``save`` wrote. The format is data only, so no code runs whatever the
        file holds; a damaged file raises ``store.FormatError`` (a ValueError)."""
        with open(path, "rb") as handle:
            return cls(thaw(handle.read()))

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the database, merged and indexed, for ``from_file`` on workers (ship it with
        ``spark-submit --files`` or in an image): workers then skip parsing and indexing."""
        target = Path(path)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            tmp.write_bytes(freeze(self._loaded))
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)

    def __reduce__(self) -> tuple[Any, ...]:
        import zlib

        return (_restore, (zlib.compress(freeze(self._loaded), 6), self._threshold))

    @property
    def notices(self) -> tuple[str, ...]:
        """One line per claim of a claims file that replaced one with the same id."""
        return self._loaded.notices

    @property
    def core(self) -> core.Checker:
        """The internal checker the command streams documents through (not a stable API)."""
        return self._core

    @property
    def loaded(self) -> Loaded:
        return self._loaded

    def claim(self, claim_id: str) -> Claim:
        """The full claim (summary, nuance, references) for an id; KeyError when there is none."""
        found = self._loaded.db.get(claim_id)
        if found is None:
            raise KeyError(claim_id)
        return found

    def claim_ids(self) -> tuple[str, ...]:
        return self._loaded.db.ids

    def check_statement(self, text: str) -> StatementResult:
        """One statement, as ``k2check STATEMENT``: the best match, other claims, or suggestions."""
        if not text.strip():
            raise ValueError("the statement is empty")
        text = _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
        with self._lock:
            result = self._core.check_statement(text)
        return StatementResult(
            result.statement,
            result.verdict,
            ClaimMatch.of(result.match) if result.match else None,
            tuple(ClaimMatch.of(m) for m in result.other_matches),
            tuple(Suggestion(c.id, c.claim, s) for c, s in result.suggestions),
        )

    def check_text(self, text: str, doc_id: str = "") -> list[Finding]:
        """A document, as ``k2check --format jsonl --file F`` on the UTF-8 bytes of ``text``: the same
        lines, columns and results (``doc_id`` is the JSON's ``source.path``). Suppressed findings are
        left out, as the command leaves them out; a text the command would skip (NUL bytes near its start)
        gives none: ``check_document`` says why."""
        return list(self.check_document(text, doc_id).findings)

    def check_document(self, text: str | bytes, doc_id: str = "", *, report_all: bool = False) -> Document:
        """``check_text`` with the count of sentences and the warnings the command prints on stderr.
        With ``report_all``, suppressed findings are kept (their ``suppressed`` says why)."""
        from k2check.ignores import Ignores
        from k2check.reader import BinaryInput, decode_lines

        raw = text if isinstance(text, bytes) else _utf8(text)
        warnings: list[str] = []
        notices: list[core.Notice] = []
        summary = core.FileSummary(doc_id)
        findings: list[Finding] = []
        lines = decode_lines(io.BytesIO(raw), lambda message: warnings.append(f"{doc_id}:{message}"))
        ignores = Ignores(doc_id, self._core.db.ids, notices)
        ignores.prescan(io.BytesIO(raw))
        try:
            with self._lock:
                for r in self._core.check_document(lines, doc_id, report_all, notices, summary, ignores):
                    if r.match is None or r.source is None:
                        continue
                    m = r.match
                    findings.append(
                        Finding(doc_id, r.source.line, r.source.column, m.claim.id, m.negated,
                                r.verdict, m.score, r.statement, r.suppressed)
                    )  # fmt: skip
        except BinaryInput as exc:
            return Document(doc_id, (), 0, tuple(warnings), str(exc))
        warnings.extend(str(n) for n in notices)
        return Document(doc_id, tuple(findings), summary.sentences, tuple(warnings))

    def check_texts(self, items: Iterable[tuple[str, str]]) -> Iterator[Finding]:
        """``check_text`` over (doc_id, text) pairs, findings in order."""
        for doc_id, text in items:
            yield from self.check_text(text, doc_id)

    def finding_json(self, finding: Finding) -> dict[str, Any]:
        """The ``--format jsonl`` line of a finding: its fields with the claim's details."""
        from k2check.render.common import match_dict

        claim = self.claim(finding.claim_id)
        match = Match(claim, finding.negated, finding.score, finding.verdict, None)  # type: ignore[arg-type]
        data: dict[str, Any] = {
            "statement": finding.sentence,
            "verdict": finding.verdict,
            "match": match_dict(match),
            "source": {"path": finding.doc_id, "line": finding.line, "column": finding.column},
        }
        if finding.suppressed is not None:
            data["suppressed"] = finding.suppressed
        return data

    def claims(self) -> list[dict[str, object]]:
        """Every claim's details, for a join on ``claim_id`` instead of carrying them in each row."""
        return [c.as_dict() for c in self._loaded.db.claims]


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        # Lone surrogates that are not escaped bytes: invalid UTF-8 the reader turns into U+FFFD.
        return text.encode("utf-8", "surrogatepass")


def _restore(data: bytes, threshold: int | None) -> Checker:
    import zlib

    return Checker(thaw(zlib.decompress(data)), threshold)


_DEFAULT: list[Checker] = []
_DEFAULT_LOCK = threading.Lock()


def default_checker() -> Checker:
    """``Checker.from_default()``, built once per process: what a Spark or Dask function should call."""
    if not _DEFAULT:
        with _DEFAULT_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(Checker.from_default())
    return _DEFAULT[0]


def rows(findings: Sequence[Finding]) -> list[dict[str, Any]]:
    return [f.as_dict() for f in findings]
