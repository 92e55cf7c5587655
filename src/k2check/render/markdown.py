"""``--format markdown``: a report to paste into a pull request, an issue or a wiki page.

A heading, one summary line (findings per verdict, and for documents the files and sentences read),
then a table ``| Location | Verdict | Claim | Sentence |`` with one row per finding; the Claim cell holds
the claim id, its summary and a link to its first reference; Location is ``path:line:col``
(``stdin:line:col`` for stdin) or ``statement N``. With no findings the table is left out.
Cell text is neutralised for a terminal (``printable``), Markdown punctuation in it is
backslash-escaped (so ``|`` cannot split a cell and input cannot inject links or HTML), and line
breaks become ``<br>``. Bare links (``https://``, ``www.``), ``@mentions``, e-mail addresses and
``#123`` issue references in cell text are broken with an empty HTML comment, so GitHub renders them
as the plain text they are and notifies no one. Plain text on ``out.stream``: no Rich, no colour.
The summary comes before the table, so rows wait in a ``spool`` (memory, then a temporary file) until
the results run out; only the counts are held.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from urllib.parse import quote

from k2check.check import Result
from k2check.matcher import Match
from k2check.render.common import Output, printable, spool
from k2check.report import Report
from k2check.verdicts import ALL_VERDICTS, Verdict

HEADING = "## k2check report"
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
# Where GitHub would make a link, a mention or an issue reference out of plain text: a scheme before
# ``://``, ``www.``, ``@name`` (and e-mail addresses) and ``#123``. An empty HTML comment after the
# trigger breaks each one, invisibly, without changing the text a reader sees.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9+.-])(?=://)|(?<![a-z0-9_])www(?=\.)|[@#](?=\w)")
BREAK = "<!-- -->"


def _unlinked(text: str) -> str:
    return _AUTOLINK.sub(lambda m: f"{m.group()}{BREAK}", text)


_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


def cell(text: str) -> str:
    escaped = _unlinked(_SPECIAL.sub(r"\\\1", printable(text)))
    return "<br>".join(" ".join(part.split()) for part in escaped.splitlines() if part.strip())


def _claim_cell(match: Match) -> str:
    claim = match.claim
    text = f"**{cell(claim.id)}**: {cell(claim.summary)}"
    if match.negated:
        text += f" (the statement asserts the opposite of: {cell(claim.claim)})"
    ref = next((r for r in claim.references if r.link), None)
    if ref is not None and ref.link:
        text += f" ([{cell(ref.short)}](<{quote(ref.link, safe=_URI_SAFE)}>))"
    return text


def rows(result: Result, number: int) -> list[tuple[str, str, str, str]]:
    source = result.source
    if source is None:
        where = f"statement {number}"
    else:
        where = cell(f"{'stdin' if source.path == '-' else source.path}:{source.line}:{source.column}")
    sentence = cell(result.statement)
    if result.match is None:
        return [(where, Verdict.NO_MATCH.value, "-", sentence)]
    ignored = f" (ignored: {cell(result.suppressed)})" if result.suppressed is not None else ""
    found = [(result.match, result.verdict), *((m, m.verdict) for m in result.other_matches)]
    return [(where, f"{verdict}{ignored}", _claim_cell(match), sentence) for match, verdict in found]


def summary_line(counts: Counter[str], ignored: int, report: Report) -> str:
    parts = [f"{counts[v]} {v}" for v in ALL_VERDICTS if counts[v]]
    if ignored:
        parts.append(f"{ignored} ignored")
    line = f"Findings: {', '.join(parts)}." if parts else "Findings: none."
    if report.documents:
        files = len(report.summaries)
        sentences = sum(s.sentences for s in report.summaries)
        line = f"Checked {files} {'file' if files == 1 else 'files'}, {sentences} sentences. {line}"
    return line


def render(report: Report, out: Output) -> None:
    counts: Counter[str] = Counter()
    ignored = 0
    with spool() as table:
        for number, result in enumerate(report, 1):
            found = rows(result, number)
            table.writelines(f"| {' | '.join(row)} |\n" for row in found)
            if result.suppressed is not None:
                ignored += len(found)
            elif result.match is None:
                counts[result.verdict] += 1
            else:
                counts.update([result.verdict, *(m.verdict for m in result.other_matches)])
        out.stream.write(f"{HEADING}\n\n{summary_line(counts, ignored, report)}\n")
        if table.tell():
            out.stream.write("\n| Location | Verdict | Claim | Sentence |\n| --- | --- | --- | --- |\n")
            table.seek(0)
            shutil.copyfileobj(table, out.stream)
