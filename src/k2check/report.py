"""What renderers receive: results (possibly lazy) and, once they are exhausted, per-file summaries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from k2check.check import FileSummary, Result


class Report:
    """``results`` is consumed once, in order; ``summaries`` are complete after that (documents only)."""

    __slots__ = ("documents", "explain", "results", "summaries")

    def __init__(
        self,
        results: Iterable[Result],
        documents: bool = False,
        summaries: list[FileSummary] | None = None,
        explain: bool = False,
    ) -> None:
        self.results = results
        self.documents = documents
        self.summaries: list[FileSummary] = summaries if summaries is not None else []
        self.explain = explain

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)
