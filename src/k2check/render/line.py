"""``--format line``: one ``LOCATION: VERDICT: CLAIM-ID: SENTENCE`` line per finding, like a compiler.

LOCATION is ``path:line:col`` for a document (``-`` is stdin) and ``<statement N>:1:1`` for the N-th
statement given on the command line, so every line has the same shape for editors and ``cut``.
A statement that asserts several claims gives one line per claim, best match first. With ``--all``,
sentences that match no claim read ``no-match: -`` and ignored ones ``VERDICT (ignored: REASON)``. When the
run checks documents without ``--all`` (``only_findings``), only findings are printed: a passing claim is
not a problem to fix. Lines are written and flushed as results arrive; there is no header or summary
line (the command line prints its summary on stderr). With ``--explain`` each finding is followed by one
indented ``    explain: ...`` line saying why it matched.
"""

from __future__ import annotations

import re

from k2check.check import Result
from k2check.render.common import Output, explain_line, printable
from k2check.report import Report
from k2check.verdicts import Verdict

_BREAKS = re.compile(r"[^\S ]")


def location(result: Result, number: int) -> str:
    if result.source is None:
        return f"<statement {number}>:1:1"
    path = _BREAKS.sub(" ", printable(result.source.path))
    return f"{path}:{result.source.line}:{result.source.column}"


def lines(
    result: Result, number: int, only_findings: frozenset[str] | None = None, explain: bool = False
) -> list[str]:
    where = location(result, number)
    sentence = " ".join(printable(result.statement).split())
    if result.match is None:
        return [f"{where}: {Verdict.NO_MATCH.value}: -: {sentence}"]
    reason = " ".join(printable(result.suppressed or "").split())
    ignored = f" (ignored: {reason})" if result.suppressed is not None else ""
    found = [result.match, *result.other_matches]
    verdicts = [result.verdict, *(m.verdict for m in result.other_matches)]
    out = []
    for verdict, match in zip(verdicts, found, strict=True):
        if only_findings is not None and verdict not in only_findings:
            continue
        out.append(f"{where}: {verdict}{ignored}: {match.claim.id}: {sentence}")
        if explain:
            out.append(f"    explain: {explain_line(match)}")
    return out


def render(report: Report, out: Output) -> None:
    only = out.options.findings if out.options.only_findings else None
    for number, result in enumerate(report, 1):
        found = lines(result, number, only, report.explain)
        if found:
            out.stream.write("".join(f"{text}\n" for text in found))
            out.stream.flush()
