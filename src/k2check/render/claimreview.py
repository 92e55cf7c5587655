"""``--format claimreview``: schema.org ClaimReview records as one JSON-LD document.

The document is ``{"@context": "https://schema.org", "@graph": [...]}`` with one ClaimReview per claim
a statement asserts (a statement asserting two claims gives two reviews); with no findings the graph
is empty. Sentences that match no claim are not reviews and are left out, and so are findings ignored
with ``k2check: ignore`` (the author has said that sentence does not assert the claim).

Each review has:

- ``claimReviewed``: the statement as written; ``identifier``: the id of the database claim it matched;
- ``url``: the page that publishes the review, from ``--review-url`` (with ``#k2check-N`` added when
  the page holds several reviews, so each has its own address); Google requires it, so without the
  option a site that embeds these records must add its own;
- ``reviewRating``: the statement's verdict on the published scale below, with the verdict's label
  as ``alternateName`` and, as ``ratingExplanation``, why this statement got it (the claim's summary);
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is a ``CreativeWork`` with the statement as
  ``text`` and the checked document's path as ``name`` (or ``url`` when it is a web address; none for
  command-line statements and stdin). Who made the claim and when are not known to k2check, so
  ``itemReviewed`` has no ``author`` or ``datePublished``: nothing is invented;
- ``author``: the publisher named by ``--publisher`` (and ``--publisher-url``), else the
  ``Organization`` k2check; ``datePublished``: the claim's ``reviewed`` date;
- ``reviewBody``: the claim's summary; ``citation``: its references, a ``ScholarlyArticle`` in a
  ``Periodical`` for a paper (one with a DOI or PMID) and a ``WebPage`` otherwise, each dated only
  when its year is known.

Google shows one ClaimReview per page in its fact-check results and, by reports from mid-2025, no
longer shows the ClaimReview rich result at all; the records remain useful to fact-check data sets.

The rating scale (``RATING``), best 6, worst 1::

    true 6, mostly-true 5, mixed 4, unproven 3, misleading 2, false 1

``mixed`` (human studies conflict) ranks above ``unproven`` (too little evidence, mostly
preclinical) because it has some human evidence on its side; both rank above ``misleading``, which
says the statement is framed to mislead, and ``false``, which good evidence contradicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from k2check.check import Result
from k2check.claims import Claim, Reference
from k2check.matcher import Match
from k2check.render.common import Output, RenderOptions, write_json_list
from k2check.report import Report
from k2check.verdicts import MEANING

CONTEXT = "https://schema.org"
RATING: dict[str, int] = {"true": 6, "mostly-true": 5, "mixed": 4, "unproven": 3, "misleading": 2, "false": 1}
BEST_RATING = 6
WORST_RATING = 1
LABELS: dict[str, str] = {
    "true": "True",
    "mostly-true": "Mostly true",
    "mixed": "Mixed",
    "unproven": "Unproven",
    "misleading": "Misleading",
    "false": "False",
}
_WEB = re.compile(r"^https?://", re.IGNORECASE)


def rating(verdict: str, explanation: str | None = None) -> dict[str, Any]:
    return {
        "@type": "Rating",
        "ratingValue": RATING[verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": LABELS[verdict],
        "ratingExplanation": explanation or MEANING[verdict],
    }


def _citation(ref: Reference) -> dict[str, Any]:
    paper = bool(ref.doi or ref.pmid)
    data: dict[str, Any] = {"@type": "ScholarlyArticle" if paper else "WebPage", "name": ref.title}
    if ref.authors:
        data["creditText"] = ref.authors
    if ref.year:
        data["datePublished"] = str(ref.year)
    if ref.journal:
        data["isPartOf"] = {"@type": "Periodical" if paper else "WebSite", "name": ref.journal}
    if ref.link:
        data["url"] = ref.link
    return data


def _item(result: Result) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    source = result.source
    appearance: dict[str, Any] = {"@type": "CreativeWork", "text": result.statement}
    if source is not None and source.path != "-":
        appearance["url" if _WEB.match(source.path) else "name"] = source.path
    item["appearance"] = appearance
    return item


def _author(options: RenderOptions) -> dict[str, Any]:
    if not options.publisher:
        return {"@type": "Organization", "name": "k2check"}
    author: dict[str, Any] = {"@type": "Organization", "name": options.publisher}
    if options.publisher_url:
        author["url"] = options.publisher_url
    return author


def _body(claim: Claim, negated: bool) -> str:
    if not negated:
        return claim.summary
    opposite = f'The statement asserts the opposite of the claim "{claim.claim}", rated {claim.verdict}.'
    return f"{opposite} {claim.summary}"


def review(
    result: Result, match: Match, verdict: str, options: RenderOptions | None = None
) -> dict[str, Any]:
    options = options or RenderOptions()
    claim = match.claim
    body = _body(claim, match.negated)
    data: dict[str, Any] = {"@type": "ClaimReview", "identifier": claim.id}
    if options.review_url:
        data["url"] = options.review_url
    data.update(
        {
            "claimReviewed": result.statement,
            "reviewRating": rating(verdict, body),
            "itemReviewed": _item(result),
            "author": _author(options),
            "datePublished": claim.reviewed,
            "reviewBody": body,
            "citation": [_citation(r) for r in claim.references],
        }
    )
    return data


def reviews(results: Iterable[Result], options: RenderOptions | None = None) -> Iterator[dict[str, Any]]:
    """One ClaimReview per claim a statement asserts, ignored findings left out, numbered in ``url``
    when the page holds more than one: the first review waits for a second to know which."""
    options = options or RenderOptions()
    page = options.review_url.split("#", 1)[0] if options.review_url else None
    first: dict[str, Any] | None = None
    number = 0
    for result in results:
        if result.match is None or result.suppressed is not None:
            continue
        found = [(result.match, result.verdict), *((m, m.verdict) for m in result.other_matches)]
        for match, verdict in found:
            item = review(result, match, verdict, options)
            number += 1
            if page is not None:
                item["url"] = f"{page}#k2check-{number}"
            if number == 1:
                first = item
                continue
            if first is not None:
                yield first
                first = None
            yield item
    if first is not None:
        if options.review_url:
            first["url"] = options.review_url
        yield first


def document(results: Iterable[Result], options: RenderOptions | None = None) -> dict[str, Any]:
    """The JSON-LD document: one ClaimReview per claim a statement asserts, ignored findings left out."""
    return {"@context": CONTEXT, "@graph": list(reviews(results, options))}


def render(report: Report, out: Output) -> None:
    """Reviews are written as they are made (one waits for the next), so memory does not grow with them."""
    write_json_list(
        out.stream, lambda graph: {"@context": CONTEXT, "@graph": graph}, reviews(report, out.options)
    )
