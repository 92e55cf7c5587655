"""What every polarity rule shares: the example cases written beside it."""

from __future__ import annotations

from collections.abc import Callable

from k2check.polarity.frame import Frame

Example = tuple[str, str | None, bool]


def examples(*cases: Example) -> Callable[[Callable[..., object]], Callable[..., object]]:
    def attach(rule: Callable[..., object]) -> Callable[..., object]:
        rule.EXAMPLES = cases  # type: ignore[attr-defined]
        return rule

    return attach


def _hedged(frame: Frame) -> bool:
    """Whether the claim's clause puts it as a possibility ("K2 may help", "could slow")."""
    start, end = frame.clause
    return any(t in frame.lang.hedges for t in frame.tokens[start:end])


def _reported(frame: Frame) -> bool:
    """Whether the claim comes as what others hold: a reporting word before its words, not spoken by
    the writer ("sellers claim K2 ...", "Claims that K2 ...", but not "I think K2 helps")."""
    tokens = frame.tokens
    lang = frame.lang
    first = min(frame.content)
    for p in range(max(0, first - 8), first):
        if tokens[p] in lang.reporting and not lang.first_person.intersection(tokens[max(0, p - 2) : p]):
            return True
    # The passive report inside the claim's clause: "Grass-fed butter is often said to have more K2".
    start, end = frame.clause
    return any(
        tokens[p] in lang.reporting
        and tokens[p - 1] in {"is", "are", "often", "widely", "commonly", "sometimes"}
        for p in range(max(first, start, 1), min(max(frame.content), end))
    )


# The forms of vitamin K, one word each ("K1 rather than K2").
_FORMS = frozenset({"k1", "k2", "k3", "phylloquinone", "menaquinone", "menaquinones", "menadione"})
# Words of a test that has not been done ("no trial has COMPARED them", "never TESTED").
_TESTING = frozenset({"tested", "compared", "confirmed", "repeated", "replicated", "studied", "measured"})
# A test tried and failed ("later studies could not REPRODUCE it", "did not REPLICATE"), unlike one not done.
_FAILED_TEST = frozenset(
    {
        "reproduce",
        "replicate",
        "confirm",
        "repeat",
        "corroborate",
        "confirmed",
        "corroborated",
        "substantiated",
    }
)
