"""``--format table``: what a person reads in a terminal."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.style import Style
from rich.table import Table
from rich.text import Text

from k2check.check import Result
from k2check.matcher import Match
from k2check.render.common import Output, explain_line, one_line, printable, runners, uri
from k2check.report import Report
from k2check.verdicts import MEANING, STYLE

# Below this many columns Rich would crop the verdict and the claim out of the table; lines wider than
# a very narrow terminal wrap there, which loses nothing.
MIN_WIDTH = 60
DISCLAIMER = (
    "k2check gives information from published studies, not medical advice. Ask a health professional."
)


def label(verdict: str) -> Text:
    return Text(f" {verdict.upper()} ", style=STYLE.get(verdict, "bold"))


def _references(match: Match) -> Text:
    text = Text()
    for i, ref in enumerate(match.claim.references):
        if i:
            text.append("\n")
        text.append(printable(f"{ref.short} {ref.title}. {ref.journal}."))
        link = ref.link
        if link:
            text.append(" ")
            text.append(printable(link), style=Style(link=uri(link)))
    return text


def _match_rows(table: Table, match: Match, heading: str) -> None:
    claim = match.claim
    claim_text = Text(printable(claim.claim), style="bold")
    claim_text.append(f"  [{claim.id}, score {match.score}]", style="dim")
    table.add_row(heading, claim_text)
    if match.negated:
        table.add_row(
            "",
            Text(
                "Your statement asserts the opposite of this claim; "
                f"the claim itself is {claim.verdict.upper()}.",
                style="italic",
            ),
        )
    table.add_row("Why", Text(printable(claim.summary)))
    table.add_row("Evidence", Text(claim.evidence_level))
    table.add_row("References", _references(match))


def statement_table(result: Result, explain: bool = False) -> Table:
    table = Table(
        title=Text(printable(result.statement), style="bold"),
        title_justify="left",
        show_header=False,
        box=box.ROUNDED,
        expand=False,
    )
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    verdict = Text.assemble(label(result.verdict), "  ", (MEANING.get(result.verdict, ""), "italic"))
    if result.suppressed is not None:
        verdict.append(f"  (ignored here: {printable(result.suppressed)})", style="dim")
    table.add_row("Verdict", verdict)
    if result.match is None:
        table.add_row("Claim", Text("Not covered: the database has no claim that this statement makes."))
        if result.suggestions:
            near = Text()
            for i, (claim, score) in enumerate(result.suggestions):
                if i:
                    near.append("\n")
                near.append(f"{claim.id} ({score}): ", style="dim")
                near.append(printable(claim.claim))
            table.add_row("Nearest", near)
        if explain:
            from k2check.rank import WEIGHTS

            why = (
                "No claim had both its subject and every part of its assertion in this statement with a "
                f"score of at least {WEIGHTS.threshold}; the nearest claims above are shown with their "
                "scores."
            )
            table.add_row("Explain", Text(why, style="dim"))
        return table
    _match_rows(table, result.match, "Claim")
    if explain:
        e = result.match.explanation
        lines = [
            f"phrasing: {e.phrasing}",
            f"subject: {', '.join(e.subject_terms) or '-'}",
            f"assertion: {', '.join(e.keyword_terms) or '-'}",
            f"negation: {', '.join(e.cues) or 'none'}" + (f" in '{e.scope}'" if e.cues else ""),
            f"antonym: {e.antonym or 'none'}",
            f"polarity rules: {', '.join(e.rules) or 'none'}",
            *([f"subject borrowed from context: {', '.join(e.borrowed)}"] if e.borrowed else []),
            *([f"read with: {e.read_with}"] if e.read_with else []),
            *(
                [f"second opinion: {e.opinion:.2f} (the keyword groups alone did not choose this claim)"]
                if e.opinion
                else []
            ),
            f"score {result.match.score} (threshold {e.threshold}), rank {e.rank}",
            "runners-up: " + (runners(result.match) or "none"),
        ]
        table.add_row("Explain", Text(printable("\n".join(lines)), style="dim"))
    for other in result.other_matches:
        table.add_row("", Text(""))
        table.add_row("Also", label(other.verdict))
        _match_rows(table, other, "Claim")
    return table


def _print_document_table(console: Console, table: Table, id_width: int) -> None:
    # The claim column is at least as wide as its longest id, so an id is never split to copy into 'show'.
    table.columns[2].min_width = id_width
    console.print(table)


def _document_tables(report: Report, console: Console) -> None:
    current: str | None = None
    table: Table | None = None
    id_width = 5
    for result in report:
        path = result.source.path if result.source else "-"
        if path != current:
            if table is not None:
                _print_document_table(console, table, id_width)
                id_width = 5
            current = path
            table = Table(title=Text(one_line(path), style="bold"), title_justify="left", box=box.SIMPLE_HEAD)
            table.add_column("Line", no_wrap=True, justify="right")
            table.add_column("Verdict", no_wrap=True)
            table.add_column("Claim", overflow="fold")
            table.add_column("Sentence", overflow="fold")
        assert table is not None
        where = f"{result.source.line}:{result.source.column}" if result.source else ""
        if result.match is None:
            table.add_row(where, label(result.verdict), Text("-"), Text(printable(result.statement)))
            continue
        claim = Text(result.match.claim.id, style="bold")
        id_width = max(id_width, len(result.match.claim.id))
        if result.match.negated:
            claim.append(" (opposite)", style="italic")
        if result.suppressed is not None:
            claim.append(f"\nignored: {printable(result.suppressed)}", style="dim")
        sentence = Text(printable(result.statement))
        if report.explain:
            sentence.append(f"\n{explain_line(result.match)}", style="dim")
        table.add_row(where, label(result.verdict), claim, sentence)
    if table is not None:
        _print_document_table(console, table, id_width)
    for summary in report.summaries:
        counts = ", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items())) or "none"
        console.print(
            Text(
                one_line(
                    f"{summary.path}: {_count(summary.sentences, 'sentence')} read, "
                    f"{_count(summary.claims, 'claim')} found ({counts})"
                )
            )
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render(report: Report, out: Output) -> None:
    console = out.console
    assert console is not None
    console.width = max(console.width, MIN_WIDTH)
    if report.documents:
        _document_tables(report, console)
    else:
        tables = [statement_table(r, report.explain) for r in report]
        if tables:
            console.print(Group(*tables))
    if console.is_terminal:
        console.print(Text(DISCLAIMER, style="dim italic"))
