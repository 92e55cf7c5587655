"""Polarity rules: each one small, with the sentences it exists for beside it.

A rule reads the ``Frame`` (the sentence and where the claim sits in it) and updates the ``Reading``
(masked positions, cues found, cues that count). ``EXAMPLES`` are (statement, claim id, negated) and
tests/test_polarity_rules.py checks every one end to end. There are three kinds, run in this order:

- MASKS (``masks.py``) hide words that only look negative, before cues are looked for;
- FILTERS (``filters.py``) say that one cue, found in the claim's clause, negates something beside the
  claim;
- ADJUSTMENTS (``adjustments.py``) read the whole sentence and add or remove counted cues.

``common.py`` holds the ``examples`` decorator and the few tests and word sets rules of more than one
kind read."""

from k2check.polarity.rules.adjustments import ADJUSTMENTS
from k2check.polarity.rules.filters import FILTERS
from k2check.polarity.rules.masks import MASKS

__all__ = ["ADJUSTMENTS", "FILTERS", "MASKS"]
