"""``--format claimreview``: schema.org ClaimReview records as one JSON-LD document.

The document is ``{"@context": "https://schema.org", "@graph": [...]}`` with one ClaimReview per claim
a statement asserts (a statement asserting two claims gives two reviews); with no findings the graph
is empty. Sentences that match no claim are not reviews and are left out, and so are findings ignored
with ``k2check: ignore`` (the author has said that sentence does not assert the claim).

Each review has:

- ``claimReviewed``: the statement as written; ``identifier``: the id of the database claim it matched;
- ``reviewRating``: the statement's verdict on the published scale below, with the verdict's label
  as ``alternateName`` and its meaning as ``ratingExplanation``;
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is a ``CreativeWork`` with the statement as
  ``text`` and the checked document's path as ``name`` (or ``url`` when it is a web address; none for
  command-line statements and stdin), whose ``author`` is an ``Organization`` named ``unknown`` (k2check
  cannot know who wrote it), and whose ``datePublished`` is the date k2check saw it (UTC): the date
  it first appeared is not known;
- ``author``: the ``Organization`` k2check; ``datePublished``: the claim's ``reviewed`` date;
- ``reviewBody``: the claim's summary; ``citation``: its references as ``ScholarlyArticle`` items.

``url`` (the page that publishes the review) is left out: k2check publishes no page per review, so a
site that embeds these records should add its own.

The rating scale (``RATING``), best 6, worst 1::

    true 6, mostly-true 5, mixed 4, unproven 3, misleading 2, false 1

``mixed`` (human studies conflict) ranks above ``unproven`` (too little evidence, mostly
preclinical) because it has some human evidence on its side; both rank above ``misleading``, which
says the statement is framed to mislead, and ``false``, which good evidence contradicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from k2check.check import Result
from k2check.claims import Claim, Reference
from k2check.matcher import Match
from k2check.render.common import Output, dumps
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


def rating(verdict: str) -> dict[str, Any]:
    return {
        "@type": "Rating",
        "ratingValue": RATING[verdict],
        "bestRating": BEST_RATING,
        "worstRating": WORST_RATING,
        "alternateName": LABELS[verdict],
        "ratingExplanation": MEANING[verdict],
    }


def _citation(ref: Reference) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@type": "ScholarlyArticle",
        "name": ref.title,
        "creditText": ref.authors,
        "datePublished": str(ref.year),
        "isPartOf": {"@type": "Periodical", "name": ref.journal},
    }
    if ref.link:
        data["url"] = ref.link
    return data


def _item(result: Result, seen: str) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    source = result.source
    appearance: dict[str, Any] = {"@type": "CreativeWork", "text": result.statement}
    if source is not None and source.path != "-":
        appearance["url" if _WEB.match(source.path) else "name"] = source.path
    item["appearance"] = appearance
    item["author"] = {"@type": "Organization", "name": "unknown"}
    item["datePublished"] = seen
    return item


def _body(claim: Claim, negated: bool) -> str:
    if not negated:
        return claim.summary
    opposite = f'The statement asserts the opposite of the claim "{claim.claim}", rated {claim.verdict}.'
    return f"{opposite} {claim.summary}"


def review(result: Result, match: Match, verdict: str, seen: str) -> dict[str, Any]:
    claim = match.claim
    return {
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": result.statement,
        "reviewRating": rating(verdict),
        "itemReviewed": _item(result, seen),
        "author": {"@type": "Organization", "name": "k2check"},
        "datePublished": claim.reviewed,
        "reviewBody": _body(claim, match.negated),
        "citation": [_citation(r) for r in claim.references],
    }


def document(results: Iterable[Result], seen: str | None = None) -> dict[str, Any]:
    """The JSON-LD document; ``seen`` is the date the statements were seen (today, UTC, by default)."""
    seen = seen or datetime.now(timezone.utc).date().isoformat()
    graph: list[dict[str, Any]] = []
    for result in results:
        if result.match is None or result.suppressed is not None:
            continue
        graph.append(review(result, result.match, result.verdict, seen))
        graph.extend(review(result, m, m.verdict, seen) for m in result.other_matches)
    return {"@context": CONTEXT, "@graph": graph}


def render(report: Report, out: Output) -> None:
    out.stream.write(dumps(document(report), indent=2) + "\n")
