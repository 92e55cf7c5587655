"""The join of the matcher's two signals: which claim a statement states, and whether it denies it.

The keyword groups (with their fuzzy scores, subjects and polarity rules) and the second-opinion model
(``opinion.py``) each see what the other misses: the groups read the words a claim needs and where a
negation sits; the model reads how people phrase a claim around those words. Neither is right alone
where they disagree, so the choice between them is learned too: two small linear scorers over a handful
of figures each signal gives, trained by ``tools/train_opinion.py`` on the development sets with the
model's probabilities taken out of fold (each set read by a model not trained on it, as a sentence in
the wild is), and shipped as two lines of ``data/opinion.tsv``.

- **Which claim.** Every claim the sentence names the subject of and enough of the assertion for the
  gate to look at (stated by the groups, or one or more groups short), and "none", is a row of
  figures (``CLAIM_FEATURES`` or ``NONE_FEATURES``); the row that scores highest is the answer, within
  two bounds on the model's probability (``rank.Weights.join_floor``, ``join_switch``). In the
  experiment that chose it (development sets read out of fold), right answers 0.834 -> 0.844 over the
  round-5 thresholds; richer figures (related claims, rank gaps, the model's overall top) added nothing.
- **Which polarity.** The polarity rules read denials by their negation words and opposite terms; a
  denial with neither ("Drops fall short of the shot") they read as an affirmation. Where they affirmed,
  no named rule of theirs decided and the sentence has no negation word, a scorer over the negation
  model's log-odds (``POLARITY_FEATURES``) says whether it denies after all. A denial the rules read
  stays (see ``Matcher._polarity``).
"""

import math
from collections.abc import Sequence
from typing import NamedTuple

# The figures of a claim row, in the order of their weights.
CLAIM_FEATURES = (
    "p",  # the model's probability for the claim
    "log_p",  # its logarithm (small probabilities still tell claims apart)
    "top",  # the claim is the model's most probable among the rows
    "first",  # the keyword groups chose this claim
    "stated",  # the keyword groups stated it (first or further)
    "gated",  # the sentence names every group, or all but one close enough to a phrasing
    "one_short",  # one assertion group missing
    "two_short",  # two or more missing
    "exactness",  # how exactly the sentence names the claim's subject (0-2)
    "fuzzy",  # likeness to the claim's nearest wording, 0-1
    "share",  # the share of the claim's groups the sentence names
)
# The figures of the "none" row.
NONE_FEATURES = (
    "none",  # the row is "none" (its bias)
    "p_none",  # the model's probability that the sentence states no claim
    "log_p_none",
    "stated_any",  # the keyword groups stated some claim
)
# The figures of a polarity decision.
POLARITY_FEATURES = (
    "model",  # the negation model's log-odds of a denial, within +-ODDS_LIMIT (0 for a line stating nothing)
    "statement",  # the line reads as a sentence (a statement, not a heading or an open question)
)


# The negation model's log-odds count up to this far either way (95%). Beyond, it is sure mostly of
# wording it was trained on, which the scorer, fitted on readings out of fold, never saw that sure.
ODDS_LIMIT = 3.0


class Scorer(NamedTuple):
    """A linear scorer: a weight per figure and a bias."""

    weights: tuple[float, ...]
    bias: float

    def score(self, row: Sequence[float]) -> float:
        """The bias plus each figure times its weight.

        >>> Scorer((2.0, -1.0), 0.5).score([1.0, 1.0])
        1.5
        """
        return self.bias + sum(w * x for w, x in zip(self.weights, row, strict=True))


class Join(NamedTuple):
    """The two trained scorers."""

    claims: Scorer  # over CLAIM_FEATURES + NONE_FEATURES (a row fills its own part, zeros the other)
    polarity: Scorer  # over POLARITY_FEATURES: > 0 means the sentence denies its claim


def _neutral() -> Join:
    """Scorers that keep what the keyword groups and polarity rules decided (the groups' first match
    over "none" over any other claim; no denial the rules did not read): the join before it is
    trained, which is how the trainer reads the development sets to gather its rows."""
    claims = [0.0] * (len(CLAIM_FEATURES) + len(NONE_FEATURES))
    claims[CLAIM_FEATURES.index("first")] = 2.0
    claims[len(CLAIM_FEATURES) + NONE_FEATURES.index("none")] = 1.0
    return Join(Scorer(tuple(claims), 0.0), Scorer((0.0,) * len(POLARITY_FEATURES), -1.0))


NEUTRAL = _neutral()


def scorer_line(name: str, scorer: Scorer, figures: tuple[str, ...]) -> str:
    """A scorer as its head line in ``opinion.tsv``: the name, then ``figure=weight`` pairs and the bias.

    >>> scorer_line("polarity", Scorer((1.0, 0.25), -0.5), ("a", "b"))
    'polarity\\ta=1 b=0.25 bias=-0.5'
    """
    pairs = [f"{figure}={weight:.4g}" for figure, weight in zip(figures, scorer.weights, strict=True)]
    return "\t".join((name, " ".join([*pairs, f"bias={scorer.bias:.4g}"])))


def _log(p: float) -> float:
    return math.log(p + 1e-4)


class ClaimRow(NamedTuple):
    """What the signals say about one claim for one sentence."""

    p: float
    top: bool
    first: bool
    stated: bool
    gated: bool
    missing: int
    exactness: int
    fuzzy: float
    share: float


def claim_row(r: ClaimRow) -> list[float]:
    """A claim's figures (CLAIM_FEATURES, then zeros for NONE_FEATURES).

    >>> [round(x, 3) for x in claim_row(ClaimRow(0.5, True, False, False, False, 1, 2, 61.0, 0.5))]
    [0.5, -0.693, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 2.0, 0.61, 0.5, 0.0, 0.0, 0.0, 0.0]
    """
    figures = [
        r.p,
        _log(r.p),
        float(r.top),
        float(r.first),
        float(r.stated),
        float(r.gated),
        float(r.missing == 1),
        float(r.missing >= 2),
        float(r.exactness),
        r.fuzzy / 100,
        r.share,
    ]
    return figures + [0.0] * len(NONE_FEATURES)


def none_row(p_none: float, stated_any: bool) -> list[float]:
    """The "none" row's figures (zeros for CLAIM_FEATURES, then NONE_FEATURES)."""
    return [0.0] * len(CLAIM_FEATURES) + [1.0, p_none, _log(p_none), float(stated_any)]


def polarity_row(denies: float, statement: bool) -> list[float]:
    """A polarity decision's figures (POLARITY_FEATURES); ``denies`` is the negation model's probability.

    >>> polarity_row(0.5, True)
    [0.0, 1.0]
    >>> polarity_row(0.9999, True)
    [3.0, 1.0]
    """
    odds = (math.log(denies + 1e-4) - math.log(1 - denies + 1e-4)) if statement else 0.0
    return [max(-ODDS_LIMIT, min(ODDS_LIMIT, odds)), float(statement)]


def best(scorer: Scorer, rows: Sequence[Sequence[float]]) -> int:
    """The index of the highest-scoring row (the first on a tie).

    >>> best(Scorer((1.0,), 0.0), [[0.2], [0.7], [0.7]])
    1
    """
    scores = [scorer.score(row) for row in rows]
    return scores.index(max(scores))
