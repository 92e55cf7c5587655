"""A second opinion for a sentence the keyword groups leave just short of a claim.

The matcher states a claim only when a sentence names its subject and every group of its assertion
words. People write around those words ("leave the K2 on the shelf while you're taking warfarin"), so a
sentence may name the subject and miss a group. For those near misses the matcher asks this model: a
linear model (multinomial logistic regression) over the sentence's word stems and stem pairs, trained by
``tools/train_opinion.py`` on labelled sentences written the way pages write and on the database's
phrasings, that gives the probability of each claim (and of "none"). A near miss the model names with
enough confidence is stated. The polarity rules read a claim by where its keyword terms sit, and a near
miss lacks some of them ("Oral drops fall short of the protection a single injection gives" names no
term of "equal"), so a second model, trained on the same sentences, says whether the sentence denies its
claim; where it is sure (``Weights.opinion_polarity``) its answer stands, else the rules' does.

The weights are data (``data/opinion.json``, shipped in the package); scoring a sentence is a few dictionary
look-ups per word, and the file is read only when a sentence first needs it.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from k2check.normalize import clean, stem, tokens

# What the model file says about itself, and what the matcher needs of it.
FORMAT = 1
_WORD = re.compile(r"\w")
# A wh-question asks; it states nothing ("Which form of K2 is best?"), however close its words are.
_WH = re.compile(r"(?:what|which|who|whom|whose|why|how|when|where)\b", re.IGNORECASE)
# A sentence ends with a stop, perhaps inside a closing quote or bracket; a line without one is a heading,
# a caption or a list label ("MK-4 vs MK-7 for muscle"), which the keyword groups alone must carry.
_ENDS = re.compile(r"[.!?;][\"'”’)\]]*\s*$")


def features(text: str) -> set[str]:
    """The word stems of ``text`` and each pair of neighbouring stems ("not_build"): what the model reads.

    >>> sorted(features("K2 builds muscle."))
    ['build', 'build_muscl', 'k2', 'k2_build', 'muscl']
    """
    stems = [stem(word) for word in tokens(clean(text)) if _WORD.search(word)]
    found = set(stems)
    found.update(f"{a}_{b}" for a, b in itertools.pairwise(stems))
    return found


def may_state(text: str) -> bool:
    """Whether ``text`` reads as a sentence that states something: not a wh-question, not a line without
    a closing stop. Only those get a second opinion.

    >>> may_state("Leave the K2 on the shelf while you take warfarin.")
    True
    >>> may_state("Which form of K2 is best?")
    False
    >>> may_state("Can K2 replace the gym?")
    True
    >>> may_state("Why D3 and K2 belong in the same capsule")
    False
    """
    stripped = text.strip()
    if not _ENDS.search(stripped):
        return False
    return not (stripped.endswith("?") and _WH.match(stripped))


class Opinion(NamedTuple):
    """A trained model: the classes (claim ids and "none"), their intercepts and each feature's weights;
    and the negation model's intercept and weights."""

    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    # feature -> [[class index, weight], ...], as decoded from the file (converting 30,000 pairs to tuples
    # would cost more than reading them).
    weights: Mapping[str, list[list[float]]]
    negation_intercept: float = 0.0
    negation_weights: Mapping[str, float] = {}

    def denies(self, text: str) -> float:
        """The probability that ``text`` denies the claim it states (logistic)."""
        weights = self.negation_weights
        score = self.negation_intercept + sum(weights.get(f, 0.0) for f in features(text))
        return 1 / (1 + math.exp(-score))

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for ``text`` (softmax over the classes)."""
        scores = list(self.intercepts)
        weights = self.weights
        for feature in features(text):
            for k, w in weights.get(feature, ()):
                scores[int(k)] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


class OpinionError(ValueError):
    """The model file is not one this version reads."""


def parse(data: dict[str, object]) -> Opinion:
    """The model in a decoded ``opinion.json``."""
    if data.get("format") != FORMAT:
        raise OpinionError(f"model format {data.get('format')!r}, expected {FORMAT}")
    classes = data["classes"]
    intercepts = data["intercepts"]
    weights = data["weights"]
    if not (isinstance(classes, list) and isinstance(intercepts, list) and isinstance(weights, dict)):
        raise OpinionError("model needs lists 'classes' and 'intercepts' and a mapping 'weights'")
    if len(classes) != len(intercepts):
        raise OpinionError("model needs as many intercepts as classes")
    negation = data.get("negation", {})
    if not (isinstance(negation, dict) and isinstance(negation.get("weights", {}), dict)):
        raise OpinionError("model's 'negation' needs a mapping 'weights'")
    return Opinion(
        tuple(str(c) for c in classes),
        tuple(float(x) for x in intercepts),
        weights,
        float(negation.get("intercept", 0.0)),
        negation.get("weights", {}),
    )


def read(path: Path) -> Opinion:
    """The model stored at ``path``."""
    return parse(json.loads(path.read_text(encoding="utf-8")))


@functools.cache
def bundled_opinion() -> Opinion | None:
    """The model shipped with k2check (``data/opinion.json``; in a source checkout, the repository's),
    read once per process; None when it is missing, so k2check still runs on the keyword groups alone."""
    from k2check.loader import package_files

    packaged = package_files() / "data" / "opinion.json"
    if packaged.is_file():
        return parse(json.loads(packaged.read_text(encoding="utf-8")))
    checkout = Path(__file__).resolve().parent.parent.parent / "data" / "opinion.json"
    return read(checkout) if checkout.is_file() else None
