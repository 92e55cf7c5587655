"""``--format sarif``: a SARIF 2.1.0 log with one run, for code-scanning tools (GitHub, Azure DevOps, IDEs).

The driver has one rule per claim that a finding matched, in order of first appearance: the claim text
is the short description, its summary the full description, nuance and references the help, the
first reference link the help URI. Each finding is one result whose level follows the statement's
verdict (false: error, misleading: warning, any other: note); a statement asserting several claims
gives one result per claim. Ignored findings (``--all``) carry an ``inSource`` suppression with the
reason. Sentences that match no claim are not results: they break no rule.

A document's results point at the file (stdin is the relative URI ``stdin``) with 1-based line and
column counted in code points; command-line statements have no location, which SARIF allows, and
their text is in the message. The log is one JSON document, so it is written once results run out.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from k2check import __version__
from k2check.check import Result
from k2check.claims import Claim
from k2check.matcher import Match
from k2check.render.common import Output, dumps
from k2check.report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/k2check/"
LEVELS: dict[str, str] = {"false": "error", "misleading": "warning"}
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


def level(verdict: str) -> str:
    return LEVELS.get(verdict, "note")


def artifact_uri(path: str) -> str:
    if path == "-":
        return "stdin"
    local = Path(path)
    if local.is_absolute():
        return local.as_uri()
    return quote(path.replace(os.sep, "/"))


def _link(claim: Claim) -> str | None:
    link = next((r.link for r in claim.references if r.link), None)
    return quote(link, safe=_URI_SAFE) if link else None


def rule(claim: Claim) -> dict[str, Any]:
    references = "\n".join(
        f"- {r.short} {r.title}. {r.journal}." + (f" {r.link}" if r.link else "") for r in claim.references
    )
    data: dict[str, Any] = {
        "id": claim.id,
        "name": "".join(part.capitalize() for part in claim.id.split("-")),
        "shortDescription": {"text": claim.claim},
        "fullDescription": {"text": claim.summary},
        "help": {"text": f"{claim.nuance}\n\nReferences:\n{references}" if references else claim.nuance},
        "defaultConfiguration": {"level": level(claim.verdict)},
        "properties": {
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


def finding(result: Result, match: Match, verdict: str, rule_index: int) -> dict[str, Any]:
    data: dict[str, Any] = {
        "ruleId": match.claim.id,
        "ruleIndex": rule_index,
        "level": level(verdict),
        "message": {"text": _message(result, match, verdict)},
    }
    source = result.source
    if source is not None:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(source.path)}}
        if source.line >= 1:
            physical["region"] = {"startLine": source.line, "startColumn": max(1, source.column)}
        data["locations"] = [{"physicalLocation": physical}]
    if result.suppressed is not None:
        data["suppressions"] = [{"kind": "inSource", "justification": result.suppressed}]
    data["properties"] = {"verdict": verdict, "negated": match.negated, "score": match.score}
    return data


def document(results: Iterable[Result]) -> dict[str, Any]:
    rules: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    findings: list[dict[str, Any]] = []
    for result in results:
        if result.match is None:
            continue
        found = [(result.match, result.verdict), *((m, m.verdict) for m in result.other_matches)]
        for match, verdict in found:
            claim = match.claim
            if claim.id not in index:
                index[claim.id] = len(rules)
                rules.append(rule(claim))
            findings.append(finding(result, match, verdict, index[claim.id]))
    driver: dict[str, Any] = {
        "name": "k2check",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": rules,
    }
    run = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": findings}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, out: Output) -> None:
    out.stream.write(dumps(document(report), indent=2) + "\n")
