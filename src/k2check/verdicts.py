"""The verdict scale, how a negated statement's verdict follows, and evidence levels."""

from __future__ import annotations

from enum import Enum


class Verdict(str, Enum):
    TRUE = "true"
    MOSTLY_TRUE = "mostly-true"
    MIXED = "mixed"
    UNPROVEN = "unproven"
    MISLEADING = "misleading"
    FALSE = "false"
    NO_MATCH = "no-match"

    def __str__(self) -> str:
        return self.value


CLAIM_VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict if v is not Verdict.NO_MATCH)
ALL_VERDICTS: tuple[str, ...] = tuple(v.value for v in Verdict)

NEGATION: dict[str, str] = {
    "true": "false",
    "mostly-true": "misleading",
    "mixed": "mixed",
    "unproven": "unproven",
    "misleading": "mostly-true",
    "false": "true",
}

EVIDENCE_LEVELS: tuple[str, ...] = (
    "guideline",
    "meta-analysis",
    "rct",
    "observational",
    "animal",
    "in-vitro",
    "expert-opinion",
)

MEANING: dict[str, str] = {
    "true": "strong human evidence or scientific consensus supports it",
    "mostly-true": "supported, with an important caveat",
    "mixed": "human studies conflict or are inconclusive",
    "unproven": "too little evidence: preclinical only, or small or pilot human studies",
    "misleading": "a grain of truth, overstated or framed to mislead",
    "false": "contradicted by good evidence or by consensus",
    "no-match": "the database does not cover this statement",
}

# Each label is readable without colour: the words carry the meaning, colour only repeats it.
STYLE: dict[str, str] = {
    "true": "bold white on green4",
    "mostly-true": "bold black on green_yellow",
    "mixed": "bold black on yellow",
    "unproven": "bold white on grey42",
    "misleading": "bold black on dark_orange",
    "false": "bold white on red3",
    "no-match": "bold white on blue",
}


def statement_verdict(claim_verdict: str, negated: bool, if_negated: str | None = None) -> str:
    """The verdict of a statement that asserts a claim, or its opposite when ``negated``."""
    if not negated:
        return claim_verdict
    return if_negated or NEGATION[claim_verdict]
