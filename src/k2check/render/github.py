"""``--format github``: GitHub Actions workflow commands, which GitHub shows as annotations on the files.

A false statement gives ``::error``, a misleading one ``::warning``, every other verdict ``::notice``;
an ignored finding (``--all``) is always a ``::notice`` whose title says so. Each command carries
``file``, ``line``, ``col`` (``file`` omitted for stdin; all three for command-line statements, which
have no place in the repository) and ``title`` = ``k2check: CLAIM-ID (VERDICT)``; the message is the
claim's summary, the statement, and the first reference.

Sentences that match no claim (``--all``) are not annotated: an annotation says something is wrong
or notable at a place, "no claim here" is neither, and GitHub caps the annotations a step may show,
so they would crowd out the findings. Commands are written and flushed as results arrive.
"""

from __future__ import annotations

from k2check.check import Result
from k2check.matcher import Match
from k2check.render.common import Output, printable
from k2check.report import Report

LEVELS: dict[str, str] = {"false": "error", "misleading": "warning"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(result: Result, match: Match) -> str:
    claim = match.claim
    parts = [printable(claim.summary)]
    if match.negated:
        parts.append(
            f'The statement asserts the opposite of the claim "{printable(claim.claim)}", '
            f"which is rated {claim.verdict}."
        )
    parts.append(f"Statement: {printable(result.statement)}")
    if result.suppressed is not None:
        parts.append(f"Ignored here: {printable(result.suppressed)}")
    link = next((r.link for r in claim.references if r.link), None)
    if link:
        parts.append(f"Reference: {printable(link)}")
    return "\n".join(parts)


def command(result: Result, match: Match, verdict: str) -> str:
    ignored = result.suppressed is not None
    level = "notice" if ignored else LEVELS.get(verdict, "notice")
    title = f"k2check: {match.claim.id} ({verdict}{', ignored' if ignored else ''})"
    props: list[tuple[str, str]] = []
    source = result.source
    if source is not None:
        if source.path != "-":
            props.append(("file", printable(source.path)))
        props += [("line", str(source.line)), ("col", str(source.column))]
    props.append(("title", printable(title)))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{level} {joined}::{escape_data(_message(result, match))}"


def render(report: Report, out: Output) -> None:
    for result in report:
        if result.match is None:
            continue
        found = [(result.match, result.verdict)] + [(m, m.verdict) for m in result.other_matches]
        out.stream.write("".join(command(result, match, verdict) + "\n" for match, verdict in found))
        out.stream.flush()
