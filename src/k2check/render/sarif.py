"""``--format sarif``: a SARIF 2.1.0 log with one run, for code-scanning tools (GitHub, Azure DevOps, IDEs).

Only findings are results: a match whose verdict is in the ``findings`` setting (default false and
misleading), at the level ``severity`` gives it (default false ``error``, misleading ``warning``). A
true or mostly-true match never becomes an alert, and sentences that match no claim break no rule.
The driver has one rule per claim a result names, in order of first appearance: the claim text is the
short description, its summary the full description, nuance and references the help (text and
Markdown), the first reference link the help URI. A statement asserting several claims gives one
result per claim; ignored findings (``--all``) carry an ``inSource`` suppression with the reason.

A document's results point at the file by a URI relative to the repository root (the git top level,
else the configuration file's directory, else the working directory) with ``uriBaseId`` ``%SRCROOT%``,
which ``originalUriBaseIds`` resolves; a file outside the root keeps an absolute ``file://`` URI. The
region has start and end line and column in code points (the end is where the sentence's text ends
when it fits on its first line, else the end of that line's worth of text). ``partialFingerprints``
holds a hash of the claim id, the sentence and its occurrence in the file, so an alert survives lines
moving. Command-line statements have no location, which SARIF allows. The log is one JSON document;
its findings wait in a temporary file until the results run out, so memory holds only the rules.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from k2check import __version__
from k2check.check import Result
from k2check.claims import Claim
from k2check.matcher import Match
from k2check.render.common import Output, RenderOptions, write_json_list
from k2check.report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"
# GitHub sorts alerts by problem.severity; "recommendation" is its name for a note.
PROBLEM_SEVERITY: dict[str, str] = {"error": "error", "warning": "warning", "note": "recommendation"}


def artifact_location(path: str, root: Path | None = None) -> dict[str, str]:
    """A URI relative to ``root`` with ``uriBaseId``, or an absolute file URI outside ``root``."""
    if path == "-":
        return {"uri": "stdin"}
    root = root or Path.cwd()
    absolute = Path(os.path.abspath(path))
    try:
        inside = absolute.relative_to(root.resolve() if root.exists() else root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(inside.as_posix()), "uriBaseId": ROOT_ID}


def artifact_uri(path: str, root: Path | None = None) -> str:
    return artifact_location(path, root)["uri"]


def _link(claim: Claim) -> str | None:
    link = next((r.link for r in claim.references if r.link), None)
    return quote(link, safe=_URI_SAFE) if link else None


def _markdown(text: str) -> str:
    return "".join(f"\\{c}" if c in "\\`*_[]<>#|" else c for c in text)


def rule(claim: Claim, level: str = "warning") -> dict[str, Any]:
    references = "\n".join(
        f"- {r.short} {r.title}. {r.journal}." + (f" {r.link}" if r.link else "") for r in claim.references
    )
    linked = "\n".join(
        f"- {_markdown(f'{r.short} {r.title}. {r.journal}.')}"
        + (f" <{quote(r.link, safe=_URI_SAFE)}>" if r.link else "")
        for r in claim.references
    )
    ignore = f"To accept a sentence, put `<!-- k2check: ignore {claim.id} reason -->` on the line before it."
    markdown = (
        f"**The claim is rated {claim.verdict}.** {_markdown(claim.summary)}\n\n{_markdown(claim.nuance)}"
    )
    if linked:
        markdown += f"\n\n**References**\n\n{linked}"
    data: dict[str, Any] = {
        "id": claim.id,
        "name": "".join(part.capitalize() for part in claim.id.split("-")),
        "shortDescription": {"text": claim.claim},
        "fullDescription": {"text": claim.summary},
        "help": {
            "text": (f"{claim.nuance}\n\nReferences:\n{references}" if references else claim.nuance)
            + f"\n\n{ignore}",
            "markdown": f"{markdown}\n\n{ignore}",
        },
        "defaultConfiguration": {"level": level},
        "properties": {
            "precision": "medium",
            "problem.severity": PROBLEM_SEVERITY[level],
            "verdict": claim.verdict,
            "evidenceLevel": claim.evidence_level,
            "topic": claim.topic,
            "reviewed": claim.reviewed,
            "tags": ["fact-check", claim.topic],
        },
    }
    link = _link(claim)
    if link:
        data["helpUri"] = link
    return data


def _message(result: Result, match: Match, verdict: str) -> str:
    claim = match.claim
    if match.negated:
        head = (
            f'Rated {verdict}: the statement asserts the opposite of the claim "{claim.claim}" '
            f"(rated {claim.verdict})."
        )
    else:
        head = f"Rated {verdict}: {claim.claim}"
    return f"{head} {claim.summary}\nStatement: {result.statement}"


def fingerprint(claim_id: str, statement: str, path: str, occurrence: int) -> str:
    """Stable across edits that move the sentence: claim, path, sentence text and its n-th occurrence."""
    key = "\0".join((claim_id, path, " ".join(statement.split()).casefold(), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def region(result: Result) -> dict[str, int]:
    source = result.source
    assert source is not None
    start = max(1, source.column)
    first = result.statement.split("\n", 1)[0]
    return {
        "startLine": source.line,
        "startColumn": start,
        "endLine": source.line,
        "endColumn": start + len(first),
    }


def finding(
    result: Result,
    match: Match,
    verdict: str,
    rule_index: int,
    level: str = "warning",
    root: Path | None = None,
    occurrence: int = 1,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ruleId": match.claim.id,
        "ruleIndex": rule_index,
        "level": level,
        "message": {"text": _message(result, match, verdict)},
    }
    source = result.source
    where = source.path if source is not None else ""
    if source is not None:
        physical: dict[str, Any] = {"artifactLocation": artifact_location(source.path, root)}
        if source.line >= 1:
            physical["region"] = region(result)
        data["locations"] = [{"physicalLocation": physical}]
    data["partialFingerprints"] = {
        "k2check/v1": fingerprint(match.claim.id, result.statement, where, occurrence)
    }
    if result.suppressed is not None:
        data["suppressions"] = [{"kind": "inSource", "justification": result.suppressed}]
    data["properties"] = {"verdict": verdict, "negated": match.negated, "score": match.score}
    return data


class _Log:
    """The run as it is built: rules (one per claim, bounded by the database) and whether any URI is
    relative to the root. Findings are yielded, not kept; the occurrence counts behind the
    fingerprints are kept for the current file only (a file's results arrive together)."""

    def __init__(self, options: RenderOptions | None = None) -> None:
        self.options = options or RenderOptions()
        self.root = self.options.root or Path.cwd()
        self.rules: list[dict[str, Any]] = []
        self.index: dict[str, int] = {}
        self.relative = False

    def findings(self, results: Iterable[Result]) -> Iterator[dict[str, Any]]:
        options = self.options
        seen: Counter[tuple[str, str]] = Counter()
        path: str | None = None
        for result in results:
            if result.match is None:
                continue
            where = result.source.path if result.source else ""
            if where != path:
                path = where
                seen.clear()
            found = [(result.match, result.verdict), *((m, m.verdict) for m in result.other_matches)]
            for match, verdict in found:
                level = options.level(verdict)
                if level is None:
                    continue
                claim = match.claim
                if claim.id not in self.index:
                    self.index[claim.id] = len(self.rules)
                    self.rules.append(rule(claim, options.level(claim.verdict) or level))
                key = (claim.id, " ".join(result.statement.split()))
                seen[key] += 1
                data = finding(result, match, verdict, self.index[claim.id], level, self.root, seen[key])
                self.relative = self.relative or any(
                    "uriBaseId" in loc["physicalLocation"]["artifactLocation"]
                    for loc in data.get("locations", [])
                )
                yield data

    def document(self, results: Any) -> dict[str, Any]:
        driver: dict[str, Any] = {
            "name": "k2check",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": self.rules,
        }
        run: dict[str, Any] = {"tool": {"driver": driver}}
        if self.relative:
            run["originalUriBaseIds"] = {ROOT_ID: {"uri": self.root.resolve().as_uri() + "/"}}
        run["columnKind"] = "unicodeCodePoints"
        run["results"] = results
        return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def document(results: Iterable[Result], options: RenderOptions | None = None) -> dict[str, Any]:
    log = _Log(options)
    findings = list(log.findings(results))
    return log.document(findings)


def render(report: Report, out: Output) -> None:
    """The log written as results arrive: findings wait in a spool (memory, then a temporary file)
    because the rules they name come first in the document; only the rules stay in memory."""
    log = _Log(out.options)
    write_json_list(out.stream, log.document, log.findings(report), wait=True)
