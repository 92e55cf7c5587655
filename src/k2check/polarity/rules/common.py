"""What every polarity rule shares: the example cases written beside it."""

from __future__ import annotations

from collections.abc import Callable

from k2check.polarity.frame import Frame, Reading, Span

# Words that open a clause giving the reason for what was said ("..., BECAUSE it's in foods we no longer
# eat"). Not "since" ("..., since then studies have not confirmed it"); not "because THAT isn't how it works".
_REASONS = frozenset({"because", "cause", "cos"})

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


def _judges(frame: Frame, cue: Span) -> bool:
    """Whether a cue calls something false ("myth", "not true", "overblown", "busted"), rather than
    negating a verb (``Language.calls_false``)."""
    return frame.lang.calls_false(frame.tokens[cue[0] : cue[1]])


def _cancel_with_antonym(reading: Reading, cue: Span, rule: str) -> None:
    """The cue and the claim's opposite term make one double negative: neither counts any more."""
    reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
    reading.rules.append(rule)


# Remedies people hold to ("a POPULAR HOME REMEDY for bruises", "an OLD FOLK CURE").
_FOLK = frozenset({"popular", "folk", "home", "household", "old", "traditional", "internet"})
_REMEDIES = frozenset({"remedy", "remedies", "cure", "cures", "trick", "hack", "hacks"})


def _reported(frame: Frame) -> bool:
    """Whether the claim comes as what others hold: a reporting word before its words, not spoken by
    the writer ("sellers claim K2 ...", "Claims that K2 ...", but not "I think K2 helps")."""
    tokens = frame.tokens
    lang = frame.lang
    first = min(frame.content)
    for p in range(max(0, first - 8), first):
        if tokens[p] in lang.reporting and not lang.first_person.intersection(tokens[max(0, p - 2) : p]):
            return True
    # "Vitamin K cream is a POPULAR HOME REMEDY for spider veins": a remedy people hold to, named as such.
    last = max(frame.content)
    if any(
        tokens[p] in _FOLK and not _REMEDIES.isdisjoint(tokens[p + 1 : p + 3])
        for p in range(max(0, first - 8), last)
    ):
        return True
    # The passive report inside the claim's clause: "Grass-fed butter is often said to have more K2".
    start, end = frame.clause
    return any(
        tokens[p] in lang.reporting
        and tokens[p - 1] in {"is", "are", "often", "widely", "commonly", "sometimes"}
        for p in range(max(first, start, 1), min(max(frame.content), end))
    )


# What opens a condition a clause holds under ("AS LONG AS you eat it steadily", "PROVIDED you never ...").
_PROVIDED = (("as", "long", "as"), ("so", "long", "as"), ("if",), ("provided",), ("providing",))
# Words of need ("no further doses are NEEDED", "so most people never NEED to think about it").
_NEED_WORDS = frozenset({"need", "needs", "needed", "necessary", "required", "require", "requires"})
# Telling whoever looks after a patient, which a warning advises ("check with your doctor first", "no need
# to mention it to the clinic").
_TELLING = frozenset(
    {"tell", "telling", "mention", "mentioning", "ask", "asking", "check", "checking", "consult"}
    | {"consulting", "inform", "informing", "run", "running", "clear", "clearing"}
)


# Who looks for a claim's effect, and what they did ("later STUDIES FOUND no such link").
_SEEKERS = frozenset(
    {"studies", "study", "research", "trials", "trial", "reviews", "review", "researchers", "scientists"}
    | {"paper", "papers"}
)
_FOUND = frozenset({"found", "find", "finds", "showed", "show", "shows", "saw", "see", "revealed"})


# Verbs of a search ("studies have LOOKED FOR a link ... and found none").
_SOUGHT = frozenset({"looked", "searched", "checked", "investigated", "examined", "hunted"})


def _found_nothing(tokens: list[str], start: int) -> bool:
    """Whether the cue at ``start`` is the nothing that research found ("studies have found none",
    "large studies have looked for a link between the shot and leukaemia and found none")."""
    if tokens[start] not in {"no", "none", "nothing"} or start < 2 or tokens[start - 1] not in _FOUND:
        return False
    if not _SEEKERS.isdisjoint(tokens[max(0, start - 6) : start - 1]):
        return True
    if tokens[start - 2] == "and" and not _SOUGHT.isdisjoint(tokens[max(0, start - 6) : start - 2]):
        # "The AAP looked into it and found nothing": whoever searched, and found nothing.
        return True
    before = tokens[max(0, start - 20) : start - 1]
    return not _SEEKERS.isdisjoint(before) and not _SOUGHT.isdisjoint(before)


def _judged_safe(judged: list[str]) -> bool:
    """Whether the words after a negation call the act safe ("not A RISK FREE choice", "never SAFE"); "not a
    risk" alone says the opposite."""
    words = judged[1:] if judged[:1] == ["a"] else judged
    return words[:2] == ["risk", "free"] or words[:1] in (["safe"], ["harmless"], ["riskless"])


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
        # "..., and has never been replicated": the participles too.
        "replicated",
        "reproduced",
    }
)


# What a try found when it failed ("made NO difference", "NOTHING changed", "it did NOT help").
_NO_OUTCOME = frozenset({"difference", "change", "improvement", "effect", "benefit"})
_FAILED_VERBS = frozenset({"help", "helped", "work", "worked", "changed", "improved", "happened"})
# What came right before a try's "nothing": it did nothing, or its user noticed nothing ("NOTICED absolutely
# nothing").
_DID_OR_NOTICED = frozenset({"did", "does", "do", "noticed", "saw", "felt", "notice", "see", "feel"})
# Words a clause telling such a try may open with, before its negation: no new subject of its own.
_TRY_OPENERS = frozenset(
    """and but so it they this that which i we still just honestly really has have had did does do made makes
    make saw noticed found there was were is at all absolutely literally zero""".split()
)


def _failed_try(tokens: list[str], start: int, cue: Span) -> bool:
    """Whether the cue, in a clause from ``start`` that names nothing new before it, says a try failed:
    "..., made no difference at all", "... and nothing changed", "..., so it didn't help me"."""
    at, end = cue
    # A concession ("..., although no such effect was seen in women") only narrows the claim.
    if start > 0 and tokens[start - 1] in {"though", "although", "while", "whereas"}:
        return False
    if not all(t in _TRY_OPENERS or t in {",", ";"} for t in tokens[start:at]):
        return False
    word = tokens[at]
    if word == "no":
        return bool(_NO_OUTCOME.intersection(tokens[end : end + 3]))
    after = tokens[end] if end < len(tokens) else ""
    before = tokens[at - 1] if at > 0 else ""
    if word == "nothing":
        # "... and nothing changed", "it did nothing", "noticed absolutely nothing", "nothing happened".
        seen = tokens[at - 2] if before in {"absolutely", "literally"} and at > 1 else before
        return after in _FAILED_VERBS or seen in _DID_OR_NOTICED
    if word == "not" and before in {"could", "can"}:
        # "... and honestly couldn't see any difference", "Can't say I noticed".
        return after in {"see", "say", "notice", "tell", "feel"}
    return word == "not" and before in {"did", "does"} and after in _FAILED_VERBS


def _either_way(tokens: list[str], p: int) -> bool:
    """Whether the "without" at ``p`` is the second of two alternatives ("with food or without", "compared
    with and without K2"): no absence, the way "either way" is none."""
    return p > 1 and tokens[p - 1] in {"or", "and"} and "with" in tokens[max(0, p - 5) : p - 1]


# The auxiliaries an elliptical clause ends on ("...; natural vitamin K DOES not", "... butter DOESN'T");
# "may not", "might not" hedge ("it may help, or it may not").
_ELLIPSIS_AUX = frozenset({"do", "does", "did", "is", "are", "was", "were", "will", "can", "has", "have"})


# Research set against a finding as its peers ("..., but OTHERS found no benefit", "ANOTHER saw nothing").
_PEERS = frozenset({"others", "another", "other"})
# The finding comes from some of the research, not all ("SOME trials found ...", "A FEW studies saw ...").
_SOME = frozenset({"some", "few", "one", "several", "certain", "many"})
# ... by research, or by cohorts that followed people ("some big COHORTS found fewer deaths").
_FINDERS = _SEEKERS | {"cohort", "cohorts"}


def _mixed_findings(tokens: list[str], turn: int) -> bool:
    """Whether the clause after the turn at ``turn`` ("but", ",") sets other research beside a finding that
    some of it made ("Some trials found fewer fractures, but others found no benefit"): mixed findings,
    which state the claim with their doubt, unlike later research that knocks a finding down."""
    after = tokens[turn + 1 : turn + 4]
    at = next((k for k, word in enumerate(after) if word in _PEERS), None)
    if at is None or _FOUND.isdisjoint(tokens[turn + 1 + at : turn + 7]):
        return False
    start = max((p + 1 for p in range(turn) if tokens[p] in {".", ";", "?", "!"}), default=0)
    before = tokens[start:turn]
    return any(w in _SOME and not _FINDERS.isdisjoint(before[k + 1 : k + 4]) for k, w in enumerate(before))
