"""Sound advice never reads as the opposite of the claim it states, nor harm as sound advice (issue 11).

tests/data/probes/sound-advice.yaml holds warnings and reassurances written for round 24 on the model of
real leaflets, FAQ pages, forum replies and labels; harmful-statements.yaml the harmful permissions,
refusals and scares they answer. A case may miss its claim (the statement sets measure
recall); it must never be matched to its claim with the polarity reversed. The few that still are carry
``known_inversion`` and are expected failures, so that fixing one shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PROBES = Path(__file__).parent / "data" / "probes"
CASES = yaml.safe_load((PROBES / "sound-advice.yaml").read_text("utf-8"))
HARMFUL = yaml.safe_load((PROBES / "harmful-statements.yaml").read_text("utf-8"))


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason="a known inversion"))
        if c.get("known_inversion")
        else c
        for c in CASES
    ],
    ids=[c["text"][:50] for c in CASES],
)
def test_sound_advice_is_never_inverted(checker, case) -> None:  # type: ignore[no-untyped-def]
    match = checker.check_statement(case["text"]).match
    assert match is None or match.claim.id != case["id"] or match.negated == case["negated"]


def test_the_probe_covers_the_safety_claims() -> None:
    """Warnings on warfarin and DOACs, the newborn shot, breast milk, clotting and doses, both ways."""
    ids = {c["id"] for c in CASES}
    assert len(CASES) >= 90
    assert {"k2-warfarin-interaction", "warfarin-consistent-vitk", "newborn-vitk-shot"} <= ids
    assert {"doacs-unaffected-by-vitk", "breast-milk-low-vitk", "k2-toxic-high-dose"} <= ids


@pytest.mark.parametrize("case", HARMFUL, ids=[c["text"][:50] for c in HARMFUL])
def test_harm_is_never_read_as_sound_advice(checker, case) -> None:  # type: ignore[no-untyped-def]
    match = checker.check_statement(case["text"]).match
    assert match is None or match.claim.id != case["id"] or match.negated == case["negated"]
