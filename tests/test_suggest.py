"""No-match suggestions: near misses first, then the claims related to the best near miss, then closeness."""

from __future__ import annotations

from pathlib import Path

import pytest

from k2check.check import Checker
from k2check.claims import Claim
from k2check.database import load
from k2check.rank import WEIGHTS

CLAIMS = """\
claims:
  - id: creatine-strength
    topic: muscle
    claim: Creatine increases strength.
    verdict: 'true'
    evidence_level: rct
    reviewed: 2026-11-21
    related: [creatine-kidneys, protein-muscle]
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [creatine]
    keywords: [[strength, strong], [increase, boost, makes]]
    phrasings: [creatine makes you strong]
    references: [{authors: Doe J, year: 2020, title: A study, journal: A journal, pmid: '1'}]
  - id: creatine-kidneys
    topic: safety
    claim: Creatine harms the kidneys.
    verdict: 'false'
    evidence_level: rct
    reviewed: 2026-11-21
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [creatine]
    keywords: [[kidneys]]
    phrasings: [creatine wrecks your kidneys]
    references: [{authors: Doe J, year: 2020, title: A study, journal: A journal, pmid: '1'}]
  - id: protein-muscle
    topic: muscle
    claim: Protein builds muscle.
    verdict: 'true'
    evidence_level: rct
    reviewed: 2026-11-21
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [protein]
    keywords: [[muscle]]
    phrasings: [protein builds muscle]
    references: [{authors: Doe J, year: 2020, title: A study, journal: A journal, pmid: '1'}]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    path: Path = tmp_path_factory.mktemp("suggest") / "mine.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    loaded = load([path], bundled=False, use_cache=False)
    return Checker(loaded.db, loaded.index)


def ids(suggestions: tuple[tuple[Claim, int], ...]) -> list[str]:
    return [claim.id for claim, _ in suggestions]


def test_no_match_suggests_the_claims_related_to_the_near_miss(small: Checker) -> None:
    result = small.check_statement("creatine gives you big strength gains at the gym")
    assert result.match is None
    (best, top), *related = result.suggestions
    assert best.id == "creatine-strength"
    # protein-muscle shares no word with the statement: only the near miss's related list brings it.
    assert [(claim.id, score) for claim, score in related] == [
        ("creatine-kidneys", int(top * WEIGHTS.related_share)),
        ("protein-muscle", int(top * WEIGHTS.related_share)),
    ]


def test_related_claims_rank_below_every_near_miss(checker: Checker) -> None:
    greens, steady = checker.db.get("warfarin-avoid-greens"), checker.db.get("warfarin-consistent-vitk")
    assert greens is not None and steady is not None
    suggestions = checker._suggest("", [(greens, 60), (steady, 20)])
    assert ids(suggestions)[:2] == ["warfarin-avoid-greens", "warfarin-consistent-vitk"]
    third, score = suggestions[2]
    assert third.id == next(r for r in greens.related if r != "warfarin-consistent-vitk")
    assert score == 20


def test_related_claims_come_from_the_best_near_miss(checker: Checker) -> None:
    shot, bones = checker.db.get("newborn-vitk-shot"), checker.db.get("k2-slows-bone-loss")
    assert shot is not None and bones is not None
    suggestions = checker._suggest("", [(bones, 30), (shot, 50)])
    assert ids(suggestions) == ["newborn-vitk-shot", "k2-slows-bone-loss", shot.related[0]]


def test_three_near_misses_leave_no_room(checker: Checker) -> None:
    near = [(checker.db.claims[i], 40 - i) for i in range(3)]
    assert ids(checker._suggest("", near)) == [claim.id for claim, _ in near]


def test_a_match_has_no_suggestions(small: Checker) -> None:
    assert small.check_statement("creatine makes you strong").suggestions == ()
