"""What renderers receive: results (possibly lazy) and, once they are exhausted, per-file summaries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from k2check.check import FileSummary, Result


@dataclass(slots=True)
class Report:
    """``results`` is consumed once, in order; ``summaries`` are complete after that (documents only)."""

    results: Iterable[Result]
    documents: bool = False
    summaries: list[FileSummary] = field(default_factory=list)
    explain: bool = False

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)
