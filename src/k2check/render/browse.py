"""Output of ``k2check list`` and ``k2check show``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from rich import box
from rich.console import Console
from rich.padding import Padding
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


# A claim column narrower than this reads badly; below it the list is stacked instead of tabled.
MIN_CLAIM_WIDTH = 30


def claims_table(claims: Sequence[Claim], console: Console) -> None:
    """The claims, every id and word whole at any width.

    Into a pipe: one line per claim, ``ID  VERDICT  TOPIC  CLAIM``, never wrapped, so ``grep`` finds a
    claim by its words and ``cut``/``awk`` split the columns. On a terminal: a table when the claim
    column has room, else one block per claim (label, id and topic, then the claim wrapped at words)."""
    id_width = max((len(c.id) for c in claims), default=2)
    topic_width = max((len(c.topic) for c in claims), default=5)
    if not console.is_terminal:
        for claim in claims:
            columns = f"{claim.id:<{id_width}}  {claim.verdict:<11}  {claim.topic:<{topic_width}}"
            console.print(Text(printable(f"{columns}  {claim.claim}")), soft_wrap=True)
    elif console.width - (id_width + 13 + topic_width + 8) >= MIN_CLAIM_WIDTH:
        table = Table(box=box.SIMPLE_HEAD)
        table.add_column("Id", no_wrap=True, style="bold", min_width=id_width)
        table.add_column("Verdict", no_wrap=True)
        table.add_column("Topic", no_wrap=True)
        table.add_column("Claim", ratio=1)
        for claim in claims:
            table.add_row(
                printable(claim.id),
                label(claim.verdict),
                printable(claim.topic),
                Text(printable(claim.claim)),
            )
        console.print(table)
    else:
        for claim in claims:
            pad = " " * (1 + len("mostly-true") - len(claim.verdict))
            head = Text.assemble(label(claim.verdict), pad, (printable(claim.id), "bold"))
            head.append(f"  ({printable(claim.topic)})", style="dim")
            console.print(head, overflow="ignore", no_wrap=True, crop=False)
            console.print(Padding(Text(printable(claim.claim)), (0, 0, 0, 4)))
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
