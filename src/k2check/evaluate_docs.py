"""``k2check eval-docs``: how many annotated claims of whole documents the document checker finds.

Each document ``NAME.md`` (or ``.txt``) has a sidecar ``NAME.yaml`` that accounts for every non-blank line:

    claims:
      12:                                   # line 12 states these claims
        - k2-builds-muscle                  # asserted
        - {id: k2-toxic-high-dose, negated: true}
        - {id: k2-heart-health, also: [k2-prevents-arterial-calcification]}
    silent: [1-4, 6, 9]                     # lines that state no claim (ranges allowed)

The documents are checked exactly as ``k2check --format jsonl < NAME.md`` checks them, and every result is
placed on the line it reports. Recall counts annotated entries with a result of that id (or an ``also``
id) on their line; polarity counts those whose negation is right; noise counts silent lines that got a
result and results that match no entry of their line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from k2check.check import Checker
from k2check.errors import UserError

DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt")
RANGE = re.compile(r"\s*(\d+)\s*-\s*(\d+)\s*")


class Entry(NamedTuple):
    """One claim a line states: the id, whether the line denies it, and other ids that count as found."""

    line: int
    claim_id: str
    negated: bool
    also: tuple[str, ...] = ()

    @property
    def accepted(self) -> frozenset[str]:
        return frozenset((self.claim_id, *self.also))


class Annotation(NamedTuple):
    entries: tuple[Entry, ...]
    silent: frozenset[int]


class Found(NamedTuple):
    """A result of the checker, placed on its line."""

    line: int
    claim_id: str
    negated: bool
    text: str


class Failure(NamedTuple):
    path: str
    line: int
    kind: str  # missed | polarity | silent | stray
    claim_id: str
    negated: bool
    got: tuple[str, ...]

    def __str__(self) -> str:
        want = f"{self.claim_id}{' (negated)' if self.negated else ''}"
        got = ", ".join(self.got) or "nothing"
        what = {
            "missed": f"missed {want}; got {got}",
            "polarity": f"wrong polarity for {want}; got {got}",
            "silent": f"silent line got {want}",
            "stray": f"result {want} matches no claim annotated on this line",
        }[self.kind]
        return f"{self.path}:{self.line}: {what}"


@dataclass(slots=True)
class Score:
    """Counts for one document, or summed over several."""

    path: str
    entries: int = 0
    found: int = 0
    polarity_right: int = 0
    not_in_database: int = 0
    silent_lines: int = 0
    silent_hit: int = 0
    stray: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.entries if self.entries else 1.0

    @property
    def recall_known(self) -> float:
        """Recall over the entries whose claim is in the database, the ones the checker could find."""
        known = self.entries - self.not_in_database
        return self.found / known if known else 1.0

    @property
    def polarity(self) -> float:
        return self.polarity_right / self.found if self.found else 1.0

    def add(self, other: Score) -> None:
        self.entries += other.entries
        self.found += other.found
        self.polarity_right += other.polarity_right
        self.not_in_database += other.not_in_database
        self.silent_lines += other.silent_lines
        self.silent_hit += other.silent_hit
        self.stray += other.stray
        self.failures.extend(other.failures)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "entries": self.entries,
            "found": self.found,
            "recall": round(self.recall, 4),
            "not_in_database": self.not_in_database,
            "recall_known": round(self.recall_known, 4),
            "polarity_right": self.polarity_right,
            "polarity": round(self.polarity, 4),
            "silent_lines": self.silent_lines,
            "silent_hit": self.silent_hit,
            "stray": self.stray,
        }


@dataclass(slots=True)
class Outcome:
    documents: list[Score]
    overall: Score


def document_paths(arguments: Iterable[Path]) -> list[Path]:
    """The documents named, a directory standing for the documents in it (not its subdirectories)."""
    paths: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found = sorted(p for p in argument.iterdir() if p.is_file() and p.suffix in DOCUMENT_SUFFIXES)
            if not found:
                raise UserError(
                    f"{argument}: no documents ({', '.join(DOCUMENT_SUFFIXES)}) in this directory"
                )
            paths.extend(found)
        elif argument.suffix in {".yaml", ".yml"}:
            raise UserError(f"{argument}: give the document, not its annotations (found next to it)")
        elif not argument.is_file():
            raise UserError(f"{argument}: no such document; check the path")
        else:
            paths.append(argument)
    return paths


def _lines(path: Path) -> list[str]:
    try:
        return path.read_bytes().decode("utf-8", errors="replace").split("\n")
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _line_numbers(values: Any, where: str) -> set[int]:
    if not isinstance(values, list):
        raise UserError(f"{where}: 'silent' must be a list of line numbers or ranges like 3-7")
    numbers: set[int] = set()
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool):
            numbers.add(value)
            continue
        span = RANGE.fullmatch(value) if isinstance(value, str) else None
        if span is None or int(span[1]) > int(span[2]):
            raise UserError(f"{where}: 'silent' item {value!r} is not a line number or a range like 3-7")
        numbers.update(range(int(span[1]), int(span[2]) + 1))
    return numbers


def _entry(line: int, item: Any, where: str) -> Entry:
    if isinstance(item, str):
        return Entry(line, item, False)
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        unknown = set(item) - {"id", "negated", "also"}
        also = item.get("also", [])
        if unknown or not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            raise UserError(
                f"{where}: line {line}: an entry has id, negated (true/false) and also (a list of ids)"
            )
        return Entry(line, item["id"], item.get("negated") is True, tuple(also))
    raise UserError(f"{where}: line {line}: each claim is an id or {{id: ..., negated: true}}")


def read_annotation(document: Path) -> Annotation:
    """The sidecar of ``document``, checked against it: every non-blank line is claimed or silent."""
    from k2check.yamlparse import parse_yaml

    sidecar = document.with_suffix(".yaml")
    if not sidecar.is_file():
        raise UserError(f"{document}: no annotations; expected {sidecar}")
    data, errors = parse_yaml(sidecar.read_bytes().decode("utf-8", errors="replace"))
    if errors:
        raise UserError(f"{sidecar}:{errors[0][0]}: {errors[0][1]}")
    if not isinstance(data, dict) or set(data) - {"claims", "silent"}:
        raise UserError(f"{sidecar}: must be a mapping with 'claims' (line: [ids]) and 'silent' (lines)")
    claims = data.get("claims") or {}
    if not isinstance(claims, dict):
        raise UserError(f"{sidecar}: 'claims' must map line numbers to lists of claims")
    entries: list[Entry] = []
    for key, items in claims.items():
        if not str(key).isdigit() or not isinstance(items, list) or not items:
            raise UserError(f"{sidecar}: 'claims' key {key!r} must be a line number with a list of claims")
        entries.extend(_entry(int(key), item, str(sidecar)) for item in items)
    silent = _line_numbers(data.get("silent") or [], str(sidecar))
    text = _lines(document)
    claimed = {e.line for e in entries}
    problems = [f"line {n} is both silent and a claim line" for n in sorted(claimed & silent)]
    for n in sorted(claimed | silent):
        if not 1 <= n <= len(text) or not text[n - 1].strip():
            problems.append(f"line {n} is blank or past the end of the document")
    for n, line_text in enumerate(text, 1):
        if line_text.strip() and n not in claimed and n not in silent:
            problems.append(f"line {n} is neither a claim line nor silent")
    if problems:
        raise UserError(
            f"{sidecar}: {problems[0]}" + (f" (and {len(problems) - 1} more)" if problems[1:] else "")
        )
    return Annotation(tuple(entries), frozenset(silent))


def check_document(checker: Checker, path: Path) -> list[Found]:
    """The results ``k2check --format jsonl`` gives for the document, each on the line it reports."""
    from k2check.reader import BinaryInput, decode_lines

    def ignore(_: str) -> None:
        return None

    with path.open("rb") as handle:
        try:
            return [
                Found(r.source.line if r.source else 0, r.match.claim.id, r.match.negated, r.statement)
                for r in checker.check_document(decode_lines(handle, ignore), str(path))
                if r.match is not None
            ]
        except BinaryInput as exc:
            raise UserError(f"{path}: {exc}") from None


def score(path: str, annotation: Annotation, found: list[Found], known: frozenset[str]) -> Score:
    result = Score(path)
    by_line: dict[int, list[Found]] = {}
    for f in found:
        by_line.setdefault(f.line, []).append(f)

    def got(line: int) -> tuple[str, ...]:
        return tuple(f"{f.claim_id}{' (negated)' if f.negated else ''}" for f in by_line.get(line, []))

    accepted: dict[int, set[str]] = {}
    for entry in annotation.entries:
        accepted.setdefault(entry.line, set()).update(entry.accepted)
        result.entries += 1
        result.not_in_database += entry.claim_id not in known and not (entry.accepted & known)
        hits = [f for f in by_line.get(entry.line, []) if f.claim_id in entry.accepted]
        if not hits:
            result.failures.append(
                Failure(path, entry.line, "missed", entry.claim_id, entry.negated, got(entry.line))
            )
            continue
        result.found += 1
        if any(f.negated == entry.negated for f in hits):
            result.polarity_right += 1
        else:
            result.failures.append(
                Failure(path, entry.line, "polarity", entry.claim_id, entry.negated, got(entry.line))
            )
    result.silent_lines = len(annotation.silent)
    for line in sorted(by_line):
        results = by_line[line]
        if line in annotation.silent:
            result.silent_hit += 1
            result.failures.extend(Failure(path, line, "silent", f.claim_id, f.negated, ()) for f in results)
            continue
        strays = {(f.claim_id, f.negated) for f in results if f.claim_id not in accepted.get(line, set())}
        result.stray += len(strays)
        result.failures.extend(Failure(path, line, "stray", cid, neg, ()) for cid, neg in sorted(strays))
    result.failures.sort(key=lambda f: f.line)
    return result


def evaluate_documents(checker: Checker, paths: list[Path]) -> Outcome:
    known = frozenset(checker.db.ids)
    overall = Score("overall")
    documents = []
    for path in paths:
        annotation = read_annotation(path)
        document = score(str(path), annotation, check_document(checker, path), known)
        documents.append(document)
        overall.add(document)
    return Outcome(documents, overall)


def format_text(outcome: Outcome, show_failures: bool = True) -> str:
    width = max((len(d.path) for d in outcome.documents), default=8)
    header = (
        f"{'document':<{width}}  {'recall':>12}  {'in db':>5}  {'polarity':>12}  {'silent hit':>10}  stray"
    )
    rows = [header]
    for s in [*outcome.documents, outcome.overall]:
        recall = f"{s.found}/{s.entries} {s.recall:.2f}"
        polarity = f"{s.polarity_right}/{s.found} {s.polarity:.2f}"
        silent = f"{s.silent_hit}/{s.silent_lines}"
        rows.append(
            f"{s.path:<{width}}  {recall:>12}  {s.recall_known:>5.2f}  {polarity:>12}  {silent:>10}"
            f"  {s.stray:>5}"
        )
    total = outcome.overall
    rows.append(
        f"{total.not_in_database} of {total.entries} annotated claims are not in the database "
        "('in db' is recall over the others)"
    )
    if show_failures and total.failures:
        rows.append(f"failures ({len(total.failures)}):")
        rows.extend(f"  {f}" for f in total.failures)
    return "\n".join(rows)


def as_json(outcome: Outcome, show_failures: bool = True) -> dict[str, Any]:
    from k2check import __version__

    data: dict[str, Any] = {
        "k2check_version": __version__,
        "documents": [d.as_dict() for d in outcome.documents],
        "overall": outcome.overall.as_dict(),
    }
    if show_failures:
        data["failures"] = [
            {
                "path": f.path,
                "line": f.line,
                "kind": f.kind,
                "id": f.claim_id,
                "negated": f.negated,
                "got": list(f.got),
            }
            for f in outcome.overall.failures
        ]
    return data
