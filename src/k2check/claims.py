"""Claim and reference types, and the database they form."""

from collections.abc import Sequence
from typing import NamedTuple


class Reference(NamedTuple):
    authors: str
    year: int | None
    title: str
    journal: str
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None

    @property
    def link(self) -> str | None:
        if self.doi:
            return f"https://doi.org/{self.doi}"
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        return self.url

    @property
    def short(self) -> str:
        first = self.authors.split(",")[0].strip()
        first = first.rsplit(" ", 1)[0] if " " in first and first.rsplit(" ", 1)[1].isupper() else first
        many = "," in self.authors or " and " in self.authors
        return f"{first}{' et al.' if many else ''} ({self.year or 'n.d.'})"

    def as_dict(self) -> dict[str, object]:
        return {
            "authors": self.authors,
            "year": self.year,
            "title": self.title,
            "journal": self.journal,
            "doi": self.doi,
            "pmid": self.pmid,
            "url": self.url,
        }


class KeywordGroup(NamedTuple):
    """One necessary part of a claim's assertion: any of ``terms``; ``opposite`` terms assert its contrary.
    An ``optional`` group is not needed for a match, but when present it marks the more specific claim."""

    terms: tuple[str, ...]
    opposite: tuple[str, ...] = ()
    optional: bool = False


class Claim(NamedTuple):
    id: str
    topic: str
    claim: str
    verdict: str
    evidence_level: str
    reviewed: str
    summary: str
    nuance: str
    subject: tuple[str, ...]
    keywords: tuple[KeywordGroup, ...]
    phrasings: tuple[str, ...]
    references: tuple[Reference, ...]
    negated_phrasings: tuple[str, ...] = ()
    if_negated: str | None = None
    # The claim warns against something ("K2 interacts with warfarin"): advice against it agrees with it.
    warns: bool = False
    related: tuple[str, ...] = ()
    # Claims this one's wording rejects: "keep it steady rather than avoid it" (warfarin-consistent-vitk)
    # rejects warfarin-avoid-greens, so a page's line that states it in the other's words denies the other.
    denies: tuple[str, ...] = ()
    # Words that stand for the subject where the sentence names none of its terms ("Keep your greens
    # steady" is about warfarin patients' vitamin K; "Rather than cutting greens out, keep your vitamin K
    # intake level" is about the intake, and the greens are what it turns down).
    stand_ins: tuple[str, ...] = ()
    # What people offer in place of what the claim says is needed ("cord blood", "breastfeeding" for the
    # newborn shot), or the kinds a comparison ranks down ("grain-fed" for grass-fed foods): a sentence that
    # says one of them falls short ("Cord blood does not protect a baby from bleeding", "grain-fed dairy has
    # barely any K2") states the claim, not its opposite.
    substitutes: tuple[str, ...] = ()
    path: str = ""
    line: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "topic": self.topic,
            "claim": self.claim,
            "verdict": self.verdict,
            "if_negated": self.if_negated,
            "evidence_level": self.evidence_level,
            "reviewed": self.reviewed,
            "summary": self.summary,
            "nuance": self.nuance,
            "references": [r.as_dict() for r in self.references],
            "related": list(self.related),
        }


# How many broader words one word may reach through ``implies`` (MK-7 -> K2 -> vitamin K reaches 2). The
# closure is stored per word, so a long chain would cost memory quadratic in its length.
MAX_IMPLIED = 32


class Vocabulary(NamedTuple):
    """Domain words: ``synonyms`` maps a canonical word to the ways people write it; ``implies`` maps a
    canonical word to broader ones it also counts as (MK-7 is a K2, K2 is a vitamin K); ``broad`` names the
    broad concepts (vitamin K): a statement about one reaches every claim whose subject implies it;
    ``domain`` is what a statement that names no subject is taken to be about ("Supports healthy bones"
    on a K2 product page)."""

    synonyms: dict[str, tuple[str, ...]]
    implies: dict[str, tuple[str, ...]]
    broad: tuple[str, ...] = ()
    domain: tuple[str, ...] = ()

    def merged(self, other: "Vocabulary") -> "Vocabulary":
        synonyms = dict(self.synonyms)
        for word, forms in other.synonyms.items():
            synonyms[word] = tuple(dict.fromkeys((*synonyms.get(word, ()), *forms)))
        implies = dict(self.implies)
        for word, broader in other.implies.items():
            implies[word] = tuple(dict.fromkeys((*implies.get(word, ()), *broader)))
        return Vocabulary(
            synonyms,
            implies,
            tuple(dict.fromkeys((*self.broad, *other.broad))),
            tuple(dict.fromkeys((*self.domain, *other.domain))),
        )


class Database(NamedTuple):
    claims: Sequence[Claim]
    vocabulary: Vocabulary
    sources: tuple[str, ...] = ()
    claim_ids: tuple[str, ...] = ()

    def get(self, claim_id: str) -> Claim | None:
        try:
            return self.claims[self.ids.index(claim_id)]
        except ValueError:
            return None

    @property
    def ids(self) -> tuple[str, ...]:
        """The claims' ids in order (known without reading every claim when loaded from the cache)."""
        return self.claim_ids or tuple(c.id for c in self.claims)


def merge(databases: list[Database]) -> tuple[Database, list[str]]:
    """Layer databases in order: a later claim with the same id replaces the earlier one.

    Returns the merged database and one notice per replaced claim."""
    by_id: dict[str, Claim] = {}
    notices: list[str] = []
    vocabulary = Vocabulary({}, {})
    sources: list[str] = []
    for db in databases:
        vocabulary = vocabulary.merged(db.vocabulary)
        sources.extend(db.sources)
        for claim in db.claims:
            old = by_id.get(claim.id)
            if old is not None:
                notices.append(
                    f"{claim.path}:{claim.line}: claim '{claim.id}' replaces the one in {old.path}:{old.line}"
                )
            by_id[claim.id] = claim
    return Database(tuple(by_id.values()), vocabulary, tuple(sources)), notices
