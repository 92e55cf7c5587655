"""The bundled database, claim by claim: it validates, and every phrasing finds its own claim."""

from __future__ import annotations

import json
import re

import pytest

from k2check.check import Checker
from k2check.database import load
from k2check.loader import bundled_path, validate_file
from k2check.verdicts import CLAIM_VERDICTS, EVIDENCE_LEVELS

LOADED = load([])
CHECKER = Checker(LOADED.db, LOADED.index)
CLAIMS = LOADED.db.claims
IDS = [c.id for c in CLAIMS]
DOI = re.compile(r"^10\.\d{4,9}/[^\s]+$")


def test_bundled_database_validates() -> None:
    assert validate_file(bundled_path()) == []


def test_covers_the_brief() -> None:
    assert len(IDS) == len(set(IDS)) >= 53


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_record(claim) -> None:  # type: ignore[no-untyped-def]
    assert claim.verdict in CLAIM_VERDICTS
    assert claim.evidence_level in EVIDENCE_LEVELS
    assert claim.summary and claim.nuance
    assert len(claim.phrasings) >= 6
    assert claim.references
    for ref in claim.references:
        assert ref.doi or ref.pmid or ref.url
        if ref.doi:
            assert DOI.match(ref.doi)
        if ref.pmid:
            assert ref.pmid.isdigit()


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_canonical_and_phrasings_match_their_own_claim(claim) -> None:  # type: ignore[no-untyped-def]
    for text in (claim.claim, *claim.phrasings):
        result = CHECKER.check_statement(text)
        assert result.match is not None, f"{text!r} matched nothing"
        assert result.match.claim.id == claim.id, f"{text!r} matched {result.match.claim.id}"
        assert result.match.negated is False, f"{text!r} read as negated"


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_negated_phrasings_are_negated(claim) -> None:  # type: ignore[no-untyped-def]
    for text in claim.negated_phrasings:
        result = CHECKER.check_statement(text)
        assert result.match is not None and result.match.claim.id == claim.id, text
        assert result.match.negated is True, text


def negate(sentence: str) -> str:
    """The canonical claim with its first verb negated: 'X builds Y.' -> 'It is not true that X builds Y.'"""
    return f"It is not true that {sentence[0].lower()}{sentence[1:]}"


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_negated_canonical_claim_is_flagged(claim) -> None:  # type: ignore[no-untyped-def]
    result = CHECKER.check_statement(negate(claim.claim))
    assert result.match is not None and result.match.claim.id == claim.id
    assert result.match.negated is True


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_cited_by_doi_or_pmid(claim) -> None:  # type: ignore[no-untyped-def]
    assert any(ref.doi or ref.pmid for ref in claim.references), "no reference with a DOI or PMID"


@pytest.mark.parametrize("claim", CLAIMS, ids=IDS)
def test_related_ids_name_other_claims(claim) -> None:  # type: ignore[no-untyped-def]
    for other in claim.related:
        assert other in IDS, f"related id {other!r} does not exist"
        assert other != claim.id, "related to itself"
    assert len(set(claim.related)) == len(claim.related), "a related id is listed twice"


TOPICS = sorted({c.topic for c in CLAIMS})


@pytest.mark.parametrize("topic", TOPICS)
def test_list_by_topic(cli, topic: str) -> None:  # type: ignore[no-untyped-def]
    result = cli("list", "--topic", topic, "--format", "json")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(result.stdout)
    assert {row["id"] for row in listed} == {c.id for c in CLAIMS if c.topic == topic}
    assert all(row["topic"] == topic for row in listed)
