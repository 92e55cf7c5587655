"""Output of ``k2check list`` and ``k2check show``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from rich import box
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from k2check.claims import Claim
from k2check.render.common import dumps, envelope, printable, uri
from k2check.render.table import label
from k2check.verdicts import MEANING


def claims_json(claims: Sequence[Claim], stream: IO[str], single: bool = False) -> None:
    records = [dict(c.as_dict(), phrasings=list(c.phrasings)) for c in claims]
    if single:
        stream.write(dumps(dict(envelope(), claim=records[0]), indent=2) + "\n")
    else:
        stream.write(dumps(records, indent=2) + "\n")


def claims_table(claims: Sequence[Claim], console: Console) -> None:
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column("Id", no_wrap=True, style="bold")
    table.add_column("Verdict", no_wrap=True)
    table.add_column("Topic", overflow="fold", max_width=9)
    table.add_column("Claim", min_width=22, ratio=1)
    for claim in claims:
        table.add_row(
            printable(claim.id), label(claim.verdict), printable(claim.topic), Text(printable(claim.claim))
        )
    console.print(table)
    console.print(Text(f"{len(claims)} claims"))


def claim_detail(claim: Claim, console: Console, related: Sequence[Claim] = ()) -> None:
    """The claim in full; ``related`` are the claims its ``related`` ids name, in that order."""
    table = Table(
        title=Text(printable(claim.claim), style="bold"),
        title_justify="left",
        show_header=False,
        box=box.ROUNDED,
    )
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    table.add_row("Id", printable(claim.id))
    table.add_row("Verdict", Text.assemble(label(claim.verdict), "  ", (MEANING[claim.verdict], "italic")))
    if claim.if_negated:
        table.add_row("If negated", label(claim.if_negated))
    table.add_row("Topic", printable(claim.topic))
    table.add_row("Summary", Text(printable(claim.summary)))
    table.add_row("Nuance", Text(printable(claim.nuance)))
    table.add_row("Evidence", claim.evidence_level)
    table.add_row("Reviewed", claim.reviewed)
    if related:
        lines = Text()
        for i, other in enumerate(related):
            lines.append("\n" if i else "")
            lines.append(printable(other.id), style="bold")
            lines.append("  ")
            lines.append(label(other.verdict))
            lines.append(f"  {printable(other.claim)}")
        table.add_row("Related", lines)
    for i, ref in enumerate(claim.references, 1):
        text = Text(printable(f"{ref.authors} ({ref.year or 'n.d.'}). {ref.title}. {ref.journal}."))
        for key, value in (("DOI", ref.doi), ("PMID", ref.pmid), ("URL", ref.url)):
            if value:
                link = (
                    f"https://doi.org/{value}"
                    if key == "DOI"
                    else (f"https://pubmed.ncbi.nlm.nih.gov/{value}/" if key == "PMID" else value)
                )
                text.append(f"\n{key}: ")
                text.append(printable(value), style=Style(link=uri(link)))
        table.add_row(f"Reference {i}", text)
    table.add_row("Source", printable(f"{claim.path}:{claim.line}"))
    console.print(table)
