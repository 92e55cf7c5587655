"""``--format github``: GitHub Actions workflow commands, which GitHub shows as annotations on the files.

Only findings are annotated: a verdict listed in the ``findings`` setting (default false and
misleading) gets the level its ``severity`` gives (default false ``::error``, misleading
``::warning``; ``note`` is written ``::notice``). A true or mostly-true match is never annotated. An
ignored finding (``--all``) is a ``::notice`` whose title says so. Each file's annotations are in a
``::group::``, so the log folds them per file. Each command carries
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
from k2check.render.common import Output, RenderOptions, printable
from k2check.report import Report

COMMANDS: dict[str, str] = {"error": "error", "warning": "warning", "note": "notice"}


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


def command(result: Result, match: Match, verdict: str, options: RenderOptions | None = None) -> str | None:
    """The workflow command for one finding, or None when the verdict is not a finding."""
    severity = (options or RenderOptions()).level(verdict)
    if severity is None:
        return None
    ignored = result.suppressed is not None
    level = "notice" if ignored else COMMANDS[severity]
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
    group: str | None = None
    for result in report:
        if result.match is None:
            continue
        found = [(result.match, result.verdict)] + [(m, m.verdict) for m in result.other_matches]
        commands = [c for m, v in found if (c := command(result, m, v, out.options)) is not None]
        if not commands:
            continue
        path = result.source.path if result.source is not None else None
        if path != group:
            if group is not None:
                out.stream.write("::endgroup::\n")
            if path is not None:
                name = "stdin" if path == "-" else printable(path)
                out.stream.write(f"::group::k2check {escape_data(name)}\n")
            group = path
        out.stream.write("".join(c + "\n" for c in commands))
        out.stream.flush()
    if group is not None:
        out.stream.write("::endgroup::\n")
        out.stream.flush()
