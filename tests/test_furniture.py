"""Every furniture test's examples assert nothing; ordinary claims are not furniture."""

from __future__ import annotations

import pytest

from k2check.furniture import TESTS, asserts_nothing

CASES = [
    pytest.param(test.__name__, line, id=f"{test.__name__}:{line[:30]}")
    for test in TESTS
    for line in test.EXAMPLES  # type: ignore[attr-defined]
]


@pytest.mark.parametrize(("name", "line"), CASES)
def test_example_asserts_nothing(name: str, line: str) -> None:
    assert asserts_nothing(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Vitamin K2 builds muscle",
        "Does vitamin K2 build muscle?",
        "Supports healthy bones",
        "K2 and D3 work together, so take them together.",
        "Vitamin K2 and D3 work together",
        "By taking K2 every day you protect your arteries.",
        "Natto is the richest source of K2.",
        "K2 activates matrix Gla protein (MGP)",
        "Activates matrix Gla protein (MGP)",
        '"Since I started K2 my bone scan finally improved." — Ruth M., verified buyer',
        "K2 for bones: does it work or not?",
        "I heard that K2 builds muscle.",
        "Is K2 good for bones or just hype?",
        "If you have ever had a fracture, K2 will help your bones heal.",
        "10 foods have more K2 than natto",
        "Watch out: K2 can interact with warfarin.",
        "Listen: K2 does not build muscle.",
        "Although it gets far less attention than vitamin D, K2 protects the heart.",
        "Research shows K2 protects the heart.",
        "Here is why K2 protects your arteries.",
        "Shopping for K2? Natto is the richest source.",
        "Joint pain is not something K2 treats.",
        "Good evidence shows K2 slows bone loss.",
        "Join the thousands who take K2 for stronger bones.",
        "Tap water has no vitamin K.",
        "3 studies found K2 cut fractures",
    ],
)
def test_claims_are_not_furniture(line: str) -> None:
    assert asserts_nothing(line) is None


def test_a_keywords_line_gets_no_match(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Keywords: warfarin, vitamin K, INR, diet, anticoagulation")
    assert result.match is None and result.verdict == "no-match"
