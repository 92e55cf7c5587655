"""ADJUSTMENTS: rules that read the whole sentence and add or remove counted cues."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from k2check.polarity.frame import Frame, Reading, Span
from k2check.polarity.rules.common import (
    _FAILED_TEST,
    _FORMS,
    _PROVIDED,
    _REASONS,
    _TELLING,
    _TESTING,
    _cancel_with_antonym,
    _either_way,
    _failed_try,
    _hedged,
    _judged_safe,
    _judges,
    _mixed_findings,
    _reported,
    examples,
)

if TYPE_CHECKING:
    from k2check.lang import Language


def _negates(frame: Frame, cue: Span, at: int, advice: bool = False) -> bool:
    """Whether the negation ``cue`` sits right before the term at ``at``: at most three words between (or,
    with ``advice``, up to six words of advice: "not a good idea to skip"), none of them a claim word or a
    break."""
    if at < cue[1]:
        return False
    tokens = frame.tokens
    between = range(cue[1], at)
    if any(tokens[p] in {",", ";", "?", "!"} for p in between):
        return False
    # "A salad won't make Eliquis stop working": a causative verb carries the negation over its object.
    if 2 <= len(between) <= 4 and tokens[cue[1]] in _CAUSATIVES:
        return True
    # "Low levels at birth don't mean the shot is unnecessary": a verb of implying carries it over the
    # clause it takes.
    if 2 <= len(between) <= 8 and tokens[cue[1]] in _IMPLYING:
        return True
    # "Vitamin K in food won't stop Eliquis from working": the same, said with "from".
    if 2 <= len(between) <= 4 and tokens[cue[1]] in _PREVENTING and tokens[at] == "from":
        return True
    # "Don't count on breast milk alone to give your baby enough vitamin K".
    if len(between) <= 9 and tokens[cue[1]] in _RELYING and tokens[cue[1] + 1 : cue[1] + 2] == ["on"]:
        return True
    # "should never have been presented to us as optional": a verb of regard carries the negation to what
    # the thing was regarded "as".
    if (
        len(between) <= 7
        and tokens[at - 1] == "as"
        and not _REGARD.isdisjoint(tokens[p] for p in between)
        and all(tokens[p] in _REGARD or tokens[p] in _REGARD_FILLERS for p in between)
    ):
        return True
    # "Cord blood doesn't deliver nearly ENOUGH vitamin K TO MAKE the shot unnecessary": a negated
    # sufficiency carries the negation over the result it falls short of.
    if len(between) <= 12 and _short_of_result(tokens, cue[1], at):
        return True
    # "NEITHER K1 nor K2 INTERACTS with Xarelto": the negation of the verb both subjects share.
    if tokens[cue[0]] == "neither" and len(between) <= 7 and "nor" in tokens[cue[1] : at]:
        return True
    fillers = advice and len(between) <= 6 and all(tokens[p] in frame.lang.advice_fillers for p in between)
    if fillers:
        # "would not RECOMMEND skipping the shot": a word of advice between may be the claim's own.
        return True
    return len(between) <= 3 and not any(p in frame.content for p in between)


def _short_of_result(tokens: list[str], start: int, at: int) -> bool:
    """Whether ``enough`` (or "sufficient") stands between ``start`` and ``at``, followed there by "to"
    and a verb of making ("not enough ... TO MAKE the shot unnecessary", "... TO RENDER it pointless")."""
    return any(
        tokens[p] in {"enough", "sufficient"}
        and any(tokens[q] == "to" and tokens[q + 1] in _RESULTING for q in range(p + 1, at - 1))
        for p in range(start, at)
    )


# Verbs of regard ("never PRESENTED to us as optional") and the words that may stand between them and
# their negation ("should never HAVE BEEN presented TO US as ...").
_REGARD = frozenset(
    {
        "presented",
        "treated",
        "seen",
        "regarded",
        "described",
        "offered",
        "framed",
        "sold",
        "viewed",
        "pitched",
        "treat",
        "regard",
        "view",
    }
)
_REGARD_FILLERS = frozenset(
    {"have", "has", "had", "been", "be", "being", "to", "us", "them", "you", "parents", "as"}
    | {"something", "anything", "a", "thing"}
)
# Verbs that make their object do what follows ("won't make Eliquis stop working").
_CAUSATIVES = frozenset({"make", "makes", "made", "making", "cause", "causes", "caused", "let", "lets"})
# ... and those a sufficiency reaches its result with ("not enough to MAKE the shot unnecessary").
_RESULTING = _CAUSATIVES | {"render", "leave"}
# Verbs of implying, which take a clause ("doesn't MEAN the shot is unnecessary").
_IMPLYING = frozenset({"mean", "means", "meant", "imply", "implies", "implied"})
# Verbs of relying on something ("don't COUNT ON breast milk to give enough"): a negation before one
# denies the reliance, and so the opposite term it relied on.
_RELYING = frozenset({"count", "rely", "depend", "bank"})


# Words that say the opposite term's object is something else ("works through a DIFFERENT pathway").
_OTHER = frozenset({"different", "other", "another", "separate", "unrelated", "distinct", "independent"})
_BY_WAY_OF = frozenset({"through", "via", "on", "upon"})


@examples(
    (
        "Both K1 and K2 oppose warfarin, so take either one only after your doctor has okayed it.",
        "k2-warfarin-interaction",
        False,
    ),
    ("On warfarin, wait to start K2 until your clinic says it's fine.", "k2-warfarin-interaction", False),
    ("K2 is fine with warfarin, my doctor says.", "k2-warfarin-interaction", True),
)
def caregiver_clears(frame: Frame, reading: Reading) -> None:
    """A warning's opposite term said by whoever looks after the patient ("only after your doctor has
    OKAYED it", "until your clinic says it's FINE") is the warning's own advice: the supplement waits on
    their word. Only where the caregiver comes first, within a few words, after a word that waits on
    them ("after", "until", "once", "unless", "if", "when")."""
    if not frame.caution or reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    before = tokens[max(0, at - 6) : at]
    carer = [i for i, t in enumerate(before) if t in frame.lang.supervisors]
    if not carer or not {"after", "until", "once", "unless", "if", "when"}.intersection(before[: carer[-1]]):
        return
    reading.counted = [c for c in reading.counted if c != reading.antonym]
    reading.rules.append("caregiver-clears")


@examples(
    (
        "Vitamin K does not interact with dabigatran, which works through mechanisms unrelated to vitamin K.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Apixaban works through a different part of the clotting cascade, so greens won't affect it.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("Apixaban works through the vitamin K pathway, just like warfarin.", "doacs-unaffected-by-vitk", True),
    (
        "Oral drops need several doses on different days, so they protect less well than the shot.",
        "oral-vitk-equals-shot",
        True,
    ),
)
def opposite_elsewhere(frame: Frame, reading: Reading) -> None:
    """The claim's opposite term whose object is said to be something else ("works through a DIFFERENT
    pathway", "relies on mechanisms UNRELATED to vitamin K") denies the opposite, not the claim."""
    if reading.antonym is None or reading.counted != [reading.antonym]:
        return  # with a negation beside it, the two may already cancel ("..., so NONE of it applies")
    tokens = frame.tokens
    start, end = reading.antonym
    if tokens[start] in _OTHER or tokens[start].startswith("differ"):
        # The opposite term is itself otherness ("K1 and K2 are DIFFERENT nutrients with different jobs").
        return
    # Only a way of working can be somewhere else: the term ends in, or is followed by, "through", "via",
    # "on" ("relies ON another pathway"); "needs three doses on different days" names no other way.
    if _BY_WAY_OF.isdisjoint(tokens[end - 1 : end + 1]):
        return
    after = []
    for t in tokens[end : end + 4]:
        if t in {",", ";", ":", "."}:
            break
        after.append(t)
    if _OTHER.isdisjoint(after) or not {"as", "any", "than", "like"}.isdisjoint(after):
        return  # "as easy as ANY OTHER blood panel" compares; it names nothing else
    reading.counted = [c for c in reading.counted if c != reading.antonym]
    reading.rules.append("opposite-elsewhere")


@examples(
    (
        "Neither K1 nor K2 interacts with Xarelto, Pradaxa or aspirin.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("Vitamin K2 is not safe in large doses.", "k2-toxic-high-dose", False),
    ("K2 is fine with warfarin, you don't need to tell your doctor.", "k2-warfarin-interaction", True),
    ("Leafy greens contain little or no vitamin K2.", "leafy-greens-k2", True),
    ("Doctors urge parents not to refuse the vitamin K shot for their newborn.", "newborn-vitk-shot", False),
    ("It is never a wise idea to decline the vitamin K injection for a newborn.", "newborn-vitk-shot", False),
    ("Declining the newborn vitamin K injection is not a wise move.", "newborn-vitk-shot", False),
    ("Declining the vitamin K injection is not a risk-free choice.", "newborn-vitk-shot", False),
    ("Declining vitamin K at birth is not something we advise.", "newborn-vitk-shot", False),
    ("Opting out of the newborn vitamin K shot isn't a choice to take lightly.", "newborn-vitk-shot", False),
    ("We would not recommend skipping the vitamin K injection.", "newborn-vitk-shot", False),
    (
        "Looking back, the vitamin K shot should never have been presented to us as optional.",
        "newborn-vitk-shot",
        False,
    ),
    ("Vitamin K in food won't stop Eliquis from working.", "doacs-unaffected-by-vitk", False),
    ("Don't count on breast milk alone to give your baby enough vitamin K.", "breast-milk-low-vitk", False),
    ("Skipping the vitamin K shot is not a risk for most babies.", "newborn-vitk-shot", True),
    ("Hardly anybody eating a typical Western diet gets enough K2.", "western-diet-low-k2", False),
    (
        "On apixaban you don't have to be cautious about how much spinach you eat.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Think twice before declining the vitamin K injection for your newborn.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Paediatricians strongly advise against refusing the newborn vitamin K injection.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Contrary to popular belief, a big salad won't make Eliquis stop working.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("A big salad can make Eliquis stop working.", "doacs-unaffected-by-vitk", True),
    ("The vitamin K shot is not something to treat as optional.", "newborn-vitk-shot", False),
    ("Refusing vitamin K is not a valid choice when a baby's brain is at stake.", "newborn-vitk-shot", False),
    ("Declining vitamin K is a perfectly valid choice for parents.", "newborn-vitk-shot", True),
    (
        "None of the vitamin K biomarkers we have is good enough on its own to set intakes.",
        "vitk-status-hard-to-measure",
        False,
    ),
    (
        "The panel found that no single marker of vitamin K status was reliable enough to use alone.",
        "vitk-status-hard-to-measure",
        False,
    ),
    ("Giving no vitamin K at all is a perfectly valid option for a healthy baby.", "newborn-vitk-shot", True),
    ("A normal birth doesn't mean the vitamin K shot is unnecessary.", "newborn-vitk-shot", False),
    (
        "Cord blood doesn't deliver nearly enough vitamin K to make the shot unnecessary.",
        "newborn-vitk-shot",
        False,
    ),
)
def negated_antonym(frame: Frame, reading: Reading) -> None:
    """A negation right before the claim's opposite term negates that term ("not safe" states "toxic"), as
    does a subject of none whose predicate the term is ("none of the markers is good enough"); a negation
    elsewhere is a second denial, not a double negative."""
    if reading.antonym is None:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    # "You don't have to be cautious with greens on apixaban": the claim's own words hold the negation
    # ("not have to", "no need to") that the opposite term right after them answers.
    negations = [p for p in frame.own if at - 5 <= p < at and tokens[p] in frame.lang.negation_words]
    if negations and not {",", ";"}.intersection(tokens[max(negations) : at]):
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    before = [c for c in reading.counted if c != reading.antonym and c[1] <= at]
    if not frame.in_clause(at):
        # An opposite term read from outside the claim's clause ("..., but do not skip it") pairs with the
        # negation right before it there, which the count leaves out.
        before = [c for c in reading.cues if c[1] <= at and not frame.in_clause(c[0])] or before
    # "Midwives advise against declining the shot": advice against the opposite term is one double negative.
    if at >= 2 and tokens[at - 1] == "against" and tokens[at - 2] in _AGAINST:
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    for cue in reversed(before):
        if _negates(frame, cue, at, advice=True):
            reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
            reading.rules.append("negated-antonym")
            return
    # "Hardly anyone gets enough K2": a subject of nearly nobody with the opposite term in its clause.
    lead = frame.clause[0] + (tokens[frame.clause[0]] == "almost")
    if (
        lead < at
        and tokens[lead] in {"hardly", "barely", "scarcely", "nobody", "few"}
        and frame.in_clause(at)
        # (Not a one-word answer before its reason: "Who should take K3? Nobody, it's not safe.")
        and tokens[lead + 1 : lead + 2] != [","]
    ):
        reading.counted = [c for c in reading.counted if c[0] != lead and c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    # "None of the biomarkers is good enough", "no single marker was reliable": a subject of none with
    # the opposite term as what it is said to be (not where evidence is what there is none of).
    clause_from = frame.clause_start(at)
    nothing = next((q for q in range(at - 1, clause_from - 1, -1) if tokens[q] in {"none", "no"}), None)
    if (
        nothing is not None
        and (nothing == clause_from or tokens[nothing - 1] in {"that", "and", "but", ",", ";", ":"})
        and _COPULAS_PAST.intersection(tokens[nothing + 1 : at])
        and not {",", ";", "that"}.intersection(tokens[nothing:at])
        and frame.lang.evidence.isdisjoint(tokens[nothing:at])
    ):
        reading.counted = [c for c in reading.counted if c[0] != nothing and c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    # "Refusing the shot is never a good idea": the opposite term as a gerund subject, judged not wise.
    after = [c for c in reading.counted if c != reading.antonym and c[0] > at]
    start = frame.clause_start(at)
    if after and at == start and tokens[at].endswith("ing"):
        cue = after[0]
        verb = next((p for p in range(at + 1, cue[0]) if tokens[p] in {"is", "was", "are"}), None)
        judged = tokens[cue[1] : cue[1] + 4]
        if (
            verb is not None
            and cue[0] - verb <= 2
            and judged
            and (
                all(t in frame.lang.advice_fillers for t in judged[:2])
                or _judged_safe(judged)
                or not _ADVISED.isdisjoint(tokens[cue[1] : cue[1] + 6])
            )
        ):
            reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
            reading.rules.append("negated-antonym")


# What calls an act a bad one ("Skipping the shot is a MISTAKE", "... is RECKLESS", "... is a BAD IDEA").
_BAD_CALLS = frozenset(
    {
        "mistake",
        "error",
        "reckless",
        "unwise",
        "foolish",
        "irresponsible",
        "negligent",
        "gamble",
        "gambling",
        "games",
        "roulette",
        "dangerous",
        "risky",
    }
)
_BAD = frozenset({"bad", "terrible", "poor", "wrong", "awful", "dumb"})
_CALLS = frozenset({"idea", "advice", "call", "move", "choice", "decision"})
_COPULAS = frozenset({"is", "are", "was", "be"})
# ... and the verbs that judge a gerund subject as a copula does ("Refusing it MEANS playing games with ...").
_JUDGING = _COPULAS | {"means", "equals"}
# The finite ones, for a subject of none ("none of the markers IS good enough", "no marker WAS reliable").
_COPULAS_PAST = (_COPULAS - {"be"}) | {"were"}


# What a refusal is said not to be ("is not some BRAVE stand", "is not a SMART move", "not a REASON to ...").
_GOOD_CALLS = frozenset(
    {"brave", "smart", "wise", "safe", "safer", "good", "better", "natural", "healthy", "reason", "option"}
)


@examples(
    ("Skipping the vitamin K shot is a bad idea.", "newborn-vitk-shot", False),
    ("Declining the vitamin K shot would be a huge mistake.", "newborn-vitk-shot", False),
    ("Refusing the vitamin K injection is reckless.", "newborn-vitk-shot", False),
    ("Refusing the vitamin K shot means playing games with your baby's life.", "newborn-vitk-shot", False),
    ("Skipping the vitamin K shot is a perfectly reasonable choice.", "newborn-vitk-shot", True),
    ("Skipping the vitamin K shot is not some brave stand against the system.", "newborn-vitk-shot", False),
    ("Refusing the vitamin K shot is not a smart move for a breastfed baby.", "newborn-vitk-shot", False),
    (
        "Doctors warn that saying no to the vitamin K shot could turn out to be a fatal mistake for a "
        "newborn.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Cutting out all vitamin K on a blood thinner is a mistake; the goal is a steady intake.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def judged_bad_act(frame: Frame, reading: Reading) -> None:
    """The claim's opposite term as a gerund subject, called a bad act ("Skipping the shot is a bad idea",
    "Declining it would be a huge mistake"): one double negative, which states the claim."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    start = frame.clause_start(at)
    # The gerund opens its clause, or the clause a report opens ("Doctors warn that refusing it ...").
    if (at != start and tokens[at - 1] != "that") or not tokens[at].endswith("ing"):
        return
    verb = next((p for p in range(at + 1, min(len(tokens), at + 12)) if tokens[p] in _JUDGING), None)
    if verb is None or {",", ";", ":"}.intersection(tokens[at:verb]):
        return
    judged = tokens[verb + 1 : verb + 5]
    bad = not _BAD_CALLS.isdisjoint(judged) or any(
        a in _BAD and b in _CALLS for a, b in itertools.pairwise(judged)
    )
    if not bad and judged[:1] == ["not"] and not _GOOD_CALLS.isdisjoint(tokens[verb + 2 : verb + 6]):
        # "Skipping vitamin K is not some brave stand": a good act denied is a bad one.
        bad = True
    if bad:
        stop = verb + 5
        reading.counted = [c for c in reading.counted if c != reading.antonym and not verb < c[0] < stop]
        reading.rules.append("judged-bad-act")


@examples(
    ("It is dangerous to skip the vitamin K shot.", "newborn-vitk-shot", False),
    ("It would be a big mistake to refuse the vitamin K injection.", "newborn-vitk-shot", False),
    ("It's a bad idea to decline vitamin K for your newborn.", "newborn-vitk-shot", False),
    ("It is perfectly reasonable to skip the vitamin K shot.", "newborn-vitk-shot", True),
)
def judged_bad_to(frame: Frame, reading: Reading) -> None:
    """ "It is dangerous to skip the shot", "It would be a mistake to refuse it", "Is it risky to decline
    it?": the claim's opposite term, an act of turning the thing down after "to", judged bad by the "it is
    ..." before it (``judged_bad_act`` with the act put last): one double negative, which states the
    claim."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    if tokens[at] not in frame.lang.refusals or at < 3 or tokens[at - 1] != "to":
        return
    it = next((p for p in range(at - 2, max(-1, at - 9), -1) if tokens[p] == "it"), None)
    if it is None:
        return
    # "It is / it would be dangerous to ...", or asked: "Is it dangerous to ...?".
    said = tokens[it + 1] in _COPULAS | {"would", "could", "can", "will", "may", "might"}
    asked = it > 0 and tokens[it - 1] in _COPULAS | {"would", "could"}
    judged = tokens[it + 1 : at - 1]
    if not (said or asked) or {",", ";", ":", "not", "no", "never"}.intersection(judged):
        return
    bad = any(a in _BAD and b in _CALLS for a, b in itertools.pairwise(judged))
    if bad or not _BAD_CALLS.isdisjoint(judged):
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("judged-bad-to")


# Words of advice in what judges an act ("is not something we ADVISE").
_ADVISED = frozenset({"advise", "advised", "recommend", "recommended", "advisable", "suggest", "lightly"})


@examples(
    ("It's not worth the risk to skip the vitamin K shot.", "newborn-vitk-shot", False),
    ("There is no reason to refuse the vitamin K injection for your baby.", "newborn-vitk-shot", False),
    ("Skipping the vitamin K shot is not worth the risk.", "newborn-vitk-shot", False),
    ("The vitamin K shot is not worth the risk.", "newborn-vitk-shot", True),
    ("Skip the vitamin K shot, it's pointless.", "newborn-vitk-shot", True),
)
def judged_opposite(frame: Frame, reading: Reading) -> None:
    """ "Not worth the risk to skip the shot", "no reason to refuse it": one opposite term of the claim
    (a judgement) that governs another (the act it judges) through "to", "of", "in" is one double
    negative, which states the claim."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    for q in sorted(frame.opposites):
        # The second term is an act of turning the thing down (lang.refusals: skip, refuse, decline, ...).
        governed = tokens[q - 1] in {"to", "of", "in"} and tokens[q] in frame.lang.refusals
        if at < q <= at + 6 and frame.in_clause(q) and governed:
            if not {",", ";"}.intersection(tokens[at:q]):
                reading.counted = [c for c in reading.counted if c != reading.antonym]
                reading.rules.append("judged-opposite")
            return


# What a refusal is argued with: a negation of the case ("NONE of the ARGUMENTS for refusing the shot hold
# water", "there's no good REASON to skip it") rejects the refusal.
_CASES = frozenset(
    {"argument", "arguments", "reason", "reasons", "case", "excuse", "excuses", "justification", "grounds"}
    | {"rationale"}
)


@examples(
    ("None of the arguments for refusing vitamin K at birth hold water.", "newborn-vitk-shot", False),
    ("No argument for skipping the vitamin K shot has survived scrutiny.", "newborn-vitk-shot", False),
    ("The case for declining the newborn vitamin K injection doesn't stand up.", "newborn-vitk-shot", False),
    ("There are good reasons to refuse the newborn vitamin K shot.", "newborn-vitk-shot", True),
    ("I skipped the vitamin K shot and I don't regret it.", "newborn-vitk-shot", True),
)
def argued_refusal(frame: Frame, reading: Reading) -> None:
    """ "None of the arguments for refusing the shot hold water": one negation in the clause of a refusal
    the claim opposes, where the refusal is what an argument or a reason argues for, rejects the case for
    refusing (one double negative), which states the claim."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    if tokens[at] not in frame.lang.refusals or at < 2 or tokens[at - 1] not in {"for", "to"}:
        return
    if not any(tokens[p] in _CASES for p in range(max(0, at - 4), at - 1)):
        return
    others = [c for c in reading.counted if c != reading.antonym]
    if len(others) == 1 and frame.in_clause(others[0][0]):
        reading.counted = []
        reading.rules.append("argued-refusal")


# Words of alarm at what others do ("Doctors ALARMED as more parents refuse the shot", "a WORRYING rise in
# refusals", "..., a haematologist WARNED"): said of a refusal, they call it a danger. (Not "urges": a site
# that URGES parents to skip the shot asks for the refusal; nor a label's "Warning".)
_ALARM = frozenset(
    {"alarm", "alarmed", "alarming", "worried", "worrying", "concerned", "troubling", "dismayed"}
    | {"warn", "warns", "warned", "plead", "pleads", "pleading"}
)


# Who refuses, in an alarm "that" they do ("alarmed that a small number of PARENTS are turning it down").
_REFUSERS = frozenset({"parents", "families", "mothers", "mums", "moms", "people", "couples"})


def _alarmed_that_they_refuse(tokens: list[str], p: int, at: int) -> bool:
    """ "alarmed THAT parents are refusing": the alarm's clause is the refusal itself, by the people who
    refuse; "worried that the shot causes cancer" is a worry about the shot."""
    return tokens[p + 1 : p + 2] == ["that"] and p + 1 < at and not _REFUSERS.isdisjoint(tokens[p + 2 : at])


@examples(
    ("Doctors alarmed as more parents say no to the vitamin K shot for newborns", "newborn-vitk-shot", False),
    ("Pediatricians worried by a rise in families skipping newborn vitamin K.", "newborn-vitk-shot", False),
    (
        "Turning down the shot is rolling the dice with your baby's health, a haematologist warned.",
        "newborn-vitk-shot",
        False,
    ),
    ("Parents worried about the needle often refuse the vitamin K shot.", "newborn-vitk-shot", True),
    (
        "Doctors are alarmed that a small number of parents are turning down the vitamin K shot.",
        "newborn-vitk-shot",
        False,
    ),
    ("Parents are worried that the vitamin K shot is unnecessary.", "newborn-vitk-shot", True),
    ("We skipped the vitamin K shot and I'm not worried at all.", "newborn-vitk-shot", True),
    ("Skip that newborn vitamin K shot, the site urges parents.", "newborn-vitk-shot", True),
)
def alarm_at_refusal(frame: Frame, reading: Reading) -> None:
    """A refusal of what the claim recommends, told with alarm at it ("doctors alarmed as parents refuse",
    "a worrying rise in refusals", "..., a doctor warned"), calls the refusal a danger: it states the claim.
    Not a worry about something else ("worried ABOUT the needle"), nor an alarm negated ("not worried")."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    if tokens[at] not in frame.lang.refusals or len(reading.counted) > 1:
        return
    if any(
        token in _ALARM
        and (tokens[p + 1 : p + 2] not in (["about"], ["that"]) or _alarmed_that_they_refuse(tokens, p, at))
        and not (p and tokens[p - 1] in {"not", "never", "no"})
        for p, token in enumerate(tokens)
    ):
        reading.counted = []
        reading.rules.append("alarm-at-refusal")


_DISCOURAGING = frozenset(
    {"discourage", "discourages", "discouraged", "discouraging", "dissuade", "dissuades", "dissuaded"}
)


@examples(
    (
        "A nurse-midwife says her practice discourages families from refusing vitamin K outright.",
        "newborn-vitk-shot",
        False,
    ),
    ("We try to dissuade parents from skipping the vitamin K jab.", "newborn-vitk-shot", False),
    (
        "Some parents refuse the vitamin K shot and discourage their friends from having it.",
        "newborn-vitk-shot",
        True,
    ),
)
def discouraged_refusal(frame: Frame, reading: Reading) -> None:
    """ "discourages families FROM refusing vitamin K": a refusal talked out of is the claim's advice."""
    if reading.antonym is None or reading.antonym not in reading.counted or len(reading.counted) > 1:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    if tokens[at] not in frame.lang.refusals or tokens[at - 1 : at] != ["from"]:
        return
    if not _DISCOURAGING.isdisjoint(tokens[max(0, at - 6) : at - 1]):
        reading.counted = []
        reading.rules.append("discouraged-refusal")


# Words that praise what a refusal turns down ("parents turning down the LIFESAVING injection"): the writer
# holds it needed. Not after a word that doubts the praise ("the SUPPOSEDLY safe shot", "so-called").
_PRAISED = frozenset({"lifesaving", "safe", "proven", "protective", "essential", "vital"})
_DOUBTED_PRAISE = frozenset({"supposedly", "allegedly", "so", "called", "apparently", "purportedly"})


@examples(
    (
        "Parents are turning down the lifesaving vitamin K injection for newborns in the latest anti-science "
        "trend",
        "newborn-vitk-shot",
        False,
    ),
    (
        "It's negligent to deny your child a perfectly safe, potentially life-saving treatment like the "
        "vitamin K jab.",
        "newborn-vitk-shot",
        False,
    ),
    ("We declined the supposedly lifesaving vitamin K shot.", "newborn-vitk-shot", True),
    ("We declined the vitamin K shot because it isn't safe.", "newborn-vitk-shot", True),
)
def refused_praised(frame: Frame, reading: Reading) -> None:
    """A refusal whose object the writer praises before naming it ("turning down the lifesaving
    injection", "deny your child a perfectly safe, life-saving treatment") tells of the refusal as a loss:
    it states the claim the refusal opposes."""
    if len(reading.counted) != 1:
        return
    tokens = frame.tokens
    start, end = reading.counted[0]
    if tokens[start] not in frame.lang.refusals and tokens[start] not in {"deny", "denying", "denied"}:
        return
    named = min((p for p in frame.subject if p >= end), default=None)
    if named is None or named - end > 12:
        return
    between = tokens[end:named]
    praised = [i for i, t in enumerate(between) if t in _PRAISED or between[i : i + 2] == ["life", "saving"]]
    if praised and _DOUBTED_PRAISE.isdisjoint(between[: praised[0]]):
        reading.counted = []
        reading.rules.append("refused-praised")


# Words that narrow a contrast's "not" to "not only" ("..., not JUST warfarin"): the thing still counts.
_NOT_ONLY = frozenset({"just", "only", "merely", "simply", "even", "necessarily", "always"})


@examples(
    (
        "Vitamin K supplements can interfere with warfarin but not with the direct oral anticoagulants.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Depends on the thinner: K2 matters with warfarin, not with Xarelto or Eliquis.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("Vitamin K can interfere with Eliquis, not just with warfarin.", "doacs-unaffected-by-vitk", True),
)
def elided_opposite(frame: Frame, reading: Reading) -> None:
    """ "Vitamin K interferes with warfarin BUT NOT WITH Eliquis": an opposite term of the claim, then a
    contrast ("but not", ", not") that names the claim's subject and leaves the verb to be read again, says
    the opposite does not hold of the subject (one double negative), which states the claim. Not "not
    just" (the opposite holds of both) nor a subject named before the contrast (what it denies is other)."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    for n in range(at + 1, len(tokens)):
        if tokens[n] in {";", ".", "?", "!"}:
            return
        if (
            tokens[n] != "not"
            or tokens[n - 1] not in {",", "but"}
            or (n + 1 < len(tokens) and tokens[n + 1] in _NOT_ONLY)
        ):
            continue
        if any(p in frame.subject for p in range(at, n)):
            return
        stop = next(
            (q for q in range(n + 1, len(tokens)) if tokens[q] in {",", ";", ".", "?", "!"}), len(tokens)
        )
        if not any(p in frame.subject for p in range(n + 1, stop)):
            return
        reading.counted = [c for c in reading.counted if c != reading.antonym and c[0] != n]
        reading.rules.append("elided-opposite")
        return


@examples(
    ("Vitamin K foods don't affect Eliquis the way they affect warfarin.", "doacs-unaffected-by-vitk", False),
    ("Vitamin K foods affect Eliquis the way they affect warfarin.", "doacs-unaffected-by-vitk", True),
)
def manner_compared(frame: Frame, reading: Reading) -> None:
    """ "Foods don't affect Eliquis THE WAY THEY AFFECT warfarin": an opposite term that only names the
    standard of a comparison of manner, after the claim's own words, is not the sentence's word on it."""
    antonym = reading.antonym
    if antonym is None or antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = antonym[0]
    way = next((p for p in range(max(1, at - 4), at) if tokens[p] == "way" and tokens[p - 1] == "the"), None)
    if way is None or not any(p < way - 1 and p not in frame.subject for p in frame.own):
        return
    reading.counted = [c for c in reading.counted if c != antonym]
    reading.rules.append("manner-compared")


# Verbs of preventing, read with the "from" that follows them ("won't STOP your baby FROM ...").
_PREVENTING = frozenset({"stop", "stops", "prevent", "prevents", "keep", "keeps"})


@examples(
    (
        "Taking supplements in pregnancy won't stop your newborn from starting life low in vitamin K.",
        "babies-born-low-vitk",
        False,
    ),
    ("K2 won't stop calcium from building up in your arteries.", "k2-prevents-arterial-calcification", True),
    ("K2 won't keep you from getting seriously ill with COVID.", "vitk-protects-against-severe-covid", True),
)
def not_prevented(frame: Frame, reading: Reading) -> None:
    """ "X won't stop your baby from starting life low in vitamin K": a negated verb of preventing that is
    none of the claim's words, with the claim's words after its "from", says the claim's state comes about
    anyway, which states it. Where preventing is the claim's own word ("K2 won't stop calcium from
    building up"), or the claim is that something protects, the negation denies it."""
    if frame.relieves:
        # A claim that something protects or prevents ("K2 won't keep you from getting seriously ill").
        return
    tokens = frame.tokens
    own = frame.own - frame.subject
    kept = []
    for cue in reading.counted:
        near = range(cue[1], min(len(tokens), cue[1] + 2))
        verb = next((p for p in near if tokens[p] in _PREVENTING), None)
        if verb is not None and verb not in frame.own:
            frm = next((p for p in range(verb + 1, min(len(tokens), verb + 6)) if tokens[p] == "from"), None)
            if frm is not None and any(p > frm for p in own) and not any(cue[1] <= p < frm for p in own):
                reading.rules.append("not-prevented")
                continue
        kept.append(cue)
    reading.counted = kept


# How much of a thing: a negation with one of these right after it says there is little of it.
_AMOUNTS = frozenset({"much", "enough", "sufficient", "many", "plenty"})
# Verbs of supplying it: a negation right before one says the thing falls short ("won't top up").
_SUPPLYING = frozenset(
    {"supply", "supplies", "provide", "provides", "give", "gives", "top", "tops", "cover", "covers"}
    | {"meet", "meets", "deliver", "delivers", "get", "gets", "receive", "receives", "store", "stores"}
)
# A quantity of none ("get practically NO vitamin K", "NOTHING in the way of vitamin K") and the words that
# may stand between it and what there is none of.
_NONE_AMOUNTS = frozenset({"no", "nothing", "zero"})
_NONE_OF = frozenset({"in", "the", "way", "of", "real", "actual", "useful", "measurable", "usable"})
# Words that already say "little": a negation before them is a denial of the scarcity ("not short of"); they,
# or a break, between a negation and an amount keep the two apart.
_LITTLE = frozenset({"low", "little", "few", "short", "lack", "lacks", "lacking", "less", "deficient"})
# Words of scarcity: none of one denies it ("born with NO SHORTAGE of vitamin K").
_SCARCITY = _LITTLE | {"shortage", "shortages", "deficiency", "deficiencies", "shortfall", "insufficient"}
_APART = _LITTLE | {",", ";"}


@examples(
    ("Babies aren't born with much vitamin K.", "babies-born-low-vitk", False),
    ("Breast milk won't give your baby enough vitamin K.", "breast-milk-low-vitk", False),
    ("Mother's milk does not carry nearly enough vitamin K for a newborn.", "breast-milk-low-vitk", False),
    ("Greens don't give you much K2.", "leafy-greens-k2", True),
    ("It is not true that babies are born with low vitamin K.", "babies-born-low-vitk", True),
    ("Breast milk is not low in vitamin K; it has plenty.", "breast-milk-low-vitk", True),
    (
        "Breastfed babies get an extra dose at four weeks, since breast milk won't top up their vitamin K.",
        "breast-milk-low-vitk",
        False,
    ),
    (
        "Breastfed babies don't get the vitamin K they need from breast milk alone.",
        "breast-milk-low-vitk",
        False,
    ),
    (
        "A newborn's liver can't store vitamin K yet, so babies start out with very little.",
        "babies-born-low-vitk",
        False,
    ),
    ("Newborns get almost no vitamin K from breast milk.", "breast-milk-low-vitk", False),
    (
        "A breastfed baby gets next to nothing in the way of vitamin K from her milk.",
        "breast-milk-low-vitk",
        False,
    ),
    ("There is no evidence that babies are born low in vitamin K.", "babies-born-low-vitk", True),
)
def negated_amount(frame: Frame, reading: Reading) -> None:
    """ "Not much", "won't give enough", "won't top up", "don't get", "can't store", "practically no
    vitamin K": a negation a few words before an amount, right before a verb of supplying, getting or
    storing, or a quantity of none right before what the claim counts, says there is little of something,
    which is what a claim of scarcity states ("Breast milk is low in vitamin K"); for any other claim it
    stays a denial ("Greens don't give you much K2"), and so does none of a scarcity ("no shortage")."""
    if not frame.scarce:
        return
    tokens = frame.tokens
    for cue in list(reading.counted):
        if cue == reading.antonym or not frame.in_clause(cue[0]):
            continue
        window = tokens[cue[1] : cue[1] + 5]
        if tokens[cue[0]] in _NONE_AMOUNTS and cue[1] - cue[0] == 1:
            # "Newborns get practically no vitamin K from breast milk": none of the thing itself.
            at = cue[1]
            while at < len(tokens) and tokens[at] in _NONE_OF:
                at += 1
            if at < len(tokens) and at in frame.content and at - cue[1] <= 4 and tokens[at] not in _SCARCITY:
                reading.counted = [c for c in reading.counted if c != cue]
                reading.rules.append("negated-amount")
                return
        amount = next((i for i, t in enumerate(window) if t in _AMOUNTS), None)
        if amount is None and window[:1] and window[0] in _SUPPLYING:
            # "Your milk won't top up your baby's vitamin K", "breast milk alone won't supply it".
            amount = 0
        # "not short of much", "not much, but ...": a word of scarcity or a break between them.
        if amount is None or _APART.intersection(window[:amount]):
            continue
        reading.counted = [c for c in reading.counted if c != cue]
        reading.rules.append("negated-amount")
        return


# Pivots that measure one side against another ("... COMPARED WITH natto").
_MEASURED_AGAINST = frozenset({("compared", "with"), ("compared", "to"), ("next", "to"), ("relative", "to")})


# Verbs of advice before "against" ("ADVISE against declining the shot").
_AGAINST = frozenset(
    {
        "advise",
        "advises",
        "advised",
        "warn",
        "warns",
        "warned",
        "caution",
        "cautions",
        "recommend",
        "recommends",
    }
)


# Words that open a judged or reported clause: "not true THAT", "I can't SAY", "don't BELIEVE anyone".
_REPORTING = frozenset(
    {
        "that",
        "say",
        "says",
        "said",
        "claim",
        "claims",
        "believe",
        "argue",
        "agree",
        "think",
        "tell",
        "anyone",
        # ("A common mistake is THINKING Eliquis patients need the same careful diet")
        "thinking",
        "believing",
        "assuming",
        "assume",
        "expect",
        "suppose",
        "imagine",
        "trust",
        # Words of regard: "don't TREAT the shot as optional", "never REGARD it as a luxury" ("see" was
        # tried: 1 fixed, 1 held-out sentence broken).
        "treat",
        "regard",
        "consider",
        "view",
    }
)


# Words between two negations that show the second opens a clause of its own.
_CLAUSE_BREAKS = frozenset({",", ";", "and", "but"})


@examples(
    ("It's not true that K2 doesn't help build muscle.", "k2-builds-muscle", False),
    ("It is a myth that K2 is safe in megadoses.", "k2-toxic-high-dose", False),
    ("I can't say K2 didn't help my night cramps.", "k2-nocturnal-leg-cramps", False),
    ("Don't believe anyone who says the body can't turn K1 into MK-4.", "body-converts-k1-to-mk4", False),
    ("Never assume that MK-7 is harmless if you take warfarin.", "k2-warfarin-interaction", False),
    ("Please don't treat the vitamin K shot as optional.", "newborn-vitk-shot", False),
    ("Don't believe the hype that K2 builds muscle.", "k2-builds-muscle", True),
    # One judgement on a claim put as a subject ("ignores that", "overlooks the") denies it alone.
    (
        "Calling MK-7 the only form of K2 worth buying ignores that MK-4 is what our tissues hold.",
        "mk7-best-form",
        True,
    ),
    (
        "The claim that MK-7 is the best form overlooks the bone trials, which used MK-4.",
        "mk7-best-form",
        True,
    ),
    # A second negation in a clause of its own is a second denial, not half of a double negative.
    (
        "Trials have not shown that vitamin K makes muscles stronger, and a year-long one found nothing.",
        "vitk-rcts-prove-strength",
        True,
    ),
    (
        "It isn't clear that vitamin K supplements treat osteoporosis in women who aren't deficient.",
        "k2-treats-osteoporosis",
        True,
    ),
    (
        "A common mistake is thinking Eliquis patients need the same careful vitamin K diet as warfarin "
        "patients.",
        "doacs-unaffected-by-vitk",
        False,
    ),
)
def judged_denial(frame: Frame, reading: Reading) -> None:
    """A judgement on a reported clause ("not true that", "a myth that", "I can't say") denies what the
    clause says: when the clause itself denies the claim, the two make one double negative. A negation
    past a comma or an "and" opens a clause of its own and stays a denial."""
    counted = reading.counted
    if len(counted) < 2:
        return
    first, second = counted[0], counted[1]
    if first == reading.antonym or not _REPORTING.intersection(frame.tokens[first[1] : first[1] + 3]):
        return
    if second[0] < first[1] + 1:
        return
    if frame.tokens[second[1] : second[1] + 1] == ["that"]:
        # "Don't believe the hype that K2 is a heart cure": the second cue names what is not to be believed
        # ("the hype that ..."), a judgement that agrees with the first; the clause after it is not denied.
        return
    if _CLAUSE_BREAKS.intersection(frame.tokens[first[1] : second[0]]):
        # "Trials have not proven that K2 adds strength, and one found nothing": two denials, each its own.
        return
    if not {"who", "whose", "which"}.isdisjoint(frame.tokens[max(first[1], second[0] - 3) : second[0]]):
        # "It isn't clear that K supplements help people who aren't already deficient": the second negation
        # describes whom the clause is about; the judgement alone denies the clause.
        return
    reading.counted = counted[2:]
    reading.rules.append("judged-denial")


# What may open a sentence before its first word.
_OPENING_MARKS = frozenset({'"', "'", "(", "-", "*", ">", ":"})


@examples(
    ("No vitamin K, no clotting.", "vitk-needed-clotting", False),
    ("No vitamin K, no proper clotting: bleeding just doesn't stop.", "vitk-needed-clotting", False),
    ("no K2, no active osteocalcin. simple as that", "k2-activates-osteocalcin", False),
    ("No pasture, no extra K2 in the butter.", "grass-fed-more-k2", False),
    ("No fat in the meal, no vitamin K absorbed.", "vitk-absorbed-with-fat", False),
    (
        "No artificial colours, no gluten: just K2 for strong, healthy bones.",
        "vitk-important-bone-health",
        False,
    ),
)
def no_this_no_that(frame: Frame, reading: Reading) -> None:
    """ "No vitamin K, no clotting": two bare "no" phrases side by side, the sentence's only two, say the
    first is needed for the second; with the claim's words in each, they state it. A third "no" makes a
    list of things gone without ("No vit K, no eye drops, no hep B")."""
    tokens = frame.tokens
    nos = [p for p, token in enumerate(tokens) if token == "no"]
    if len(nos) != 2:
        return
    first, second = nos
    opening = next((p for p, token in enumerate(tokens) if token not in _OPENING_MARKS), len(tokens))
    if first != opening or second < 2 or tokens[second - 1] != ",":
        return
    said = frame.content
    if not any(first < p < second for p in said) or not any(second < p <= second + 6 for p in said):
        return
    # "No vitamin K, no clotting: bleeding just doesn't stop": after a colon (a comma by now), the harm
    # spelt out.
    colon = next((p for p in range(second, len(tokens)) if tokens[p] in {":", ","}), len(tokens))
    spelt_out = colon if not frame.lang.harm.isdisjoint(tokens[colon:]) else len(tokens)
    before = len(reading.counted)
    reading.counted = [c for c in reading.counted if c[0] not in (first, second) and c[0] < spelt_out]
    if len(reading.counted) != before:
        reading.rules.append("no-this-no-that")


# Negative quantifiers that, with a negated verb in the relative clause after their noun, make one double
# negative ("hardly a disease that K2 doesn't ...").
_NONE_SUCH = frozenset({"no", "nothing", "hardly", "scarcely", "barely", "nobody", "none"})
_ANSWERED = frozenset({"it", "they", "that", "this", "you", "i", "we"})
_DOUBLE_BREAKS = frozenset({",", ";", ":", "and", "but", "or", ".", "!", "?", "because", "so"})


@examples(
    (
        "Heart, brain, sugar: there's hardly a disease of ageing that K2 doesn't protect against.",
        "k2-prevents-many-diseases",
        False,
    ),
    (
        "Brain, blood sugar, tumours, bones: there is no disease of ageing K2 isn't said to help.",
        "k2-prevents-many-diseases",
        False,
    ),
    ("No doctor I know would tell you K2 doesn't interact with warfarin.", "k2-warfarin-interaction", False),
    ("no K2 doesn't build muscle lol", "k2-builds-muscle", True),
    ("No amount of K2 will make up for not eating enough protein.", "k2-more-important-than-protein", True),
    ("No trial has found that K2 builds muscle, and it doesn't.", "k2-builds-muscle", True),
)
def none_that_not(frame: Frame, reading: Reading) -> None:
    """ "Hardly a disease that K2 doesn't protect against", "nothing K2 isn't said to help": a negative
    quantifier whose noun a negated relative clause describes is one double negative; it affirms. The
    quantifier must not open the sentence as an answer ("no K2 doesn't build muscle") and no break may
    sit between the two."""
    tokens = frame.tokens
    counted = reading.counted
    for a, b in itertools.pairwise(counted):
        if tokens[a[0]] not in _NONE_SUCH or tokens[b[0]] not in {"not", "never"}:
            continue
        if tokens[a[0]] == "no" and (a[1] in frame.subject or tokens[a[1]] in _ANSWERED):
            # "no K2 doesn't build muscle", "no it doesn't": an answer, then its denial.
            continue
        if tokens[b[0] - 1] not in frame.lang.negative_aux:
            # "No amount of K2 makes up for NOT eating protein": a negated gerund, no relative clause.
            continue
        between = tokens[a[1] : b[0]]
        if not 2 <= len(between) <= 8 or _DOUBLE_BREAKS.intersection(between):
            continue
        reading.counted = [c for c in counted if c not in (a, b)]
        reading.rules.append("none-that-not")
        return


@examples(
    (
        "The best part of switching to rivaroxaban: there are no foods or drinks you have to avoid.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("On Eliquis there is nothing green you need to cut back on.", "doacs-unaffected-by-vitk", False),
    ("There are no foods you have to avoid on warfarin.", "warfarin-avoid-greens", True),
)
def none_obliged_opposite(frame: Frame, reading: Reading) -> None:
    """ "No foods you have to avoid" on a claim that says nothing need be avoided: a negative quantifier
    whose noun a clause of obligation describes, with the claim's opposite term as what is obliged, is one
    double negative; it states the claim. (Where avoiding is the claim's own word, "no foods you have to
    avoid" denies it, as the one negation it is.)"""
    tokens = frame.tokens
    breaks = _DOUBLE_BREAKS - {"or"}  # "no foods OR drinks you have to avoid"
    # Words of obligation in the clause that describes the noun ("no foods you HAVE to avoid").
    obliged = frame.lang.advice_modals | {"have", "has", "needs"}
    for cue in reading.counted:
        if cue == reading.antonym or tokens[cue[0]] not in {"no", "nothing", "none"}:
            continue
        for q in sorted(frame.opposites):
            between = tokens[cue[1] : q]
            if q < cue[1] or len(between) > 8 or breaks.intersection(between) or obliged.isdisjoint(between):
                continue
            reading.counted = [c for c in reading.counted if c != cue and c[0] != q]
            reading.rules.append("none-obliged-opposite")
            return


# Words that may stand between the two ("has never REALLY BEEN put to rest"): no new predicate.
_LITOTES_GAP = frozenset(
    {"really", "properly", "actually", "fully", "quite", "truly", "entirely", "completely", "conclusively"}
    | {"definitively", "ever", "yet", "been", "be", "has", "have", "had"}
)


# The last words of "put to rest", "laid to rest", "put to bed": a question closed.
_LAID_TO = frozenset({"rest", "bed"})


def _negation_before(tokens: list[str], at: int) -> int | None:
    """Where "not", "never" or "nobody" stands right before ``at``, past at most four ``_LITOTES_GAP``
    words ("that question has NEVER really been put to bed", "NOBODY has properly refuted them")."""
    p = at - 1
    while p >= 0 and at - p <= 4 and tokens[p] in _LITOTES_GAP:
        p -= 1
    return p if p >= 0 and tokens[p] in {"not", "never", "nobody"} else None


@examples(
    ("It isn't false to say MK-7 lingers in the blood much longer than K1.", "mk7-longer-half-life", False),
    (
        "It's not wrong to say K2 sends calcium to bones rather than arteries.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    (
        "The 1 mg vitamin K shot is far from outdated; every newborn should still get it.",
        "newborn-vitk-shot",
        False,
    ),
    # An unresolved worry is still a worry.
    (
        "The fear that the newborn shot causes leukaemia has never really been put to rest.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    (
        "A small leukaemia risk from the newborn shot can't be completely ruled out.",
        "vitk-shot-causes-leukemia",
        False,
    ),
)
def litotes(frame: Frame, reading: Reading) -> None:
    """A negation of a negative word ("isn't false", "not wrong", "not unproven", "far from outdated")
    affirms."""
    tokens = frame.tokens
    counted = reading.counted
    for a, b in itertools.pairwise(counted):
        negation = tokens[a[0]] in {"not", "never"} or tokens[a[0] : a[1]] == ["far", "from"]
        if b == reading.antonym or not negation:
            continue
        if b[0] - a[1] <= 1 and tokens[b[0]] not in frame.lang.forward:
            reading.counted = [c for c in counted if c not in (a, b)]
            reading.rules.append("litotes")
            return
    # ... past adverbs and auxiliaries, the negation counted or not ("can't be completely ruled out",
    # "nobody has properly refuted them").
    for b in counted:
        if b == reading.antonym or tokens[b[0]] in frame.lang.forward:
            continue
        at = _negation_before(tokens, b[0])
        # (Right before it, the negation makes a litotes only where it counts: "don't bother with K2"
        # has its "bother" read by other rules.)
        if at is not None and at < b[0] - 1:
            reading.counted = [c for c in counted if c != b and c[0] != at]
            reading.rules.append("litotes")
            return


# Negations that make one double negative with a "without" after them ("IMPOSSIBLE to clot without K").
_NEVER_WITHOUT = frozenset({"not", "never", "no", "neither", "impossible", "unable"})


# Open a relative clause.
_RELATIVE = frozenset({"which", "who", "whom", "whose", "that"})


def _one_clause(frame: Frame, start: int, end: int) -> bool:
    """Whether the tokens at ``start`` and ``end`` sit in one clause of the sentence, with no relative
    clause opening between them ("no need to ..., says a plan WHICH tells readers to ... without ...").
    A relative clause set off by commas on both sides closes before ``end`` ("Do not start K2 tablets, or
    a multivitamin THAT contains vitamin K, without talking to the clinic first")."""
    tokens = frame.tokens
    if not any(s <= start and end < e for s, e in frame.spans):
        return False
    return all(
        "," in tokens[start:r] and "," in tokens[r:end] for r in range(start, end) if tokens[r] in _RELATIVE
    )


# Words that may open advice before its negation ("YOU SHOULD not", "IT IS not a good idea", "PLEASE do not").
_NEGATION_OPENERS = frozenset({"do", "please", "you", "should", "must", "it", "is", "we", "would", "really"})
# Verbs of advising against, one word or a phrase ("STEER CLEAR of", "HOLD OFF on", "STAY AWAY from"); "keep
# taking", "stay on" are the opposite.
_AGAINST_VERBS = frozenset({"avoid", "skip"})
_AGAINST_PHRASES = frozenset(
    {("steer", "clear"), ("hold", "off"), ("stay", "away"), ("keep", "away")}
    # Advice to whoever hands it over: "We do NOT SELL K2 to patients on warfarin without their doctor's
    # approval" (the claim's own words "not sell" hold the negation).
    | {(no, verb) for no in ("not", "never") for verb in ("sell", "offer")}
)


def _reassures(tokens: list[str], cue: Span) -> bool:
    """Whether the negation tells you not to worry ("Don't WORRY about taking K2 ... without ..."): a
    reassurance, which no "without" after it turns into a warning."""
    return tokens[cue[1] : cue[1] + 1] in (["worry"], ["bother"], ["fret"], ["stress"], ["panic"])


def _advised_against(frame: Frame, position: int) -> bool:
    """Whether a verb of advising against opens the stretch before the "without" at ``position`` in a claim
    that warns ("should AVOID K2 without an INR check", "STEER clear of MK-7 without your doctor")."""
    if not frame.caution:
        return False
    tokens = frame.tokens
    start = frame.clause_start(position)
    return any(
        tokens[p] in _AGAINST_VERBS or tuple(tokens[p : p + 2]) in _AGAINST_PHRASES
        for p in range(start, position)
    )


def _supervised(frame: Frame, position: int) -> bool:
    """Whether the "without" at ``position`` names who must agree ("without asking your GP first",
    "without their healthcare provider", "without medical supervision") within six words."""
    for token in frame.tokens[position + 1 : position + 7]:
        if token in {".", ";", "?", "!", ","}:
            return False
        if token in frame.lang.supervisors:
            return True
    return False


# What went wrong after a step taken without asking ("his clotting numbers went HAYWIRE", "his INR SLID";
# also "were all over the place").
_WENT_WRONG = frozenset({"slid", "sliding", "crashed", "plunged", "spiked", "jumped", "dropped"})
_ALL_OVER = ["all", "over", "the", "place"]


def _went_wrong_after(frame: Frame, position: int) -> bool:
    """Whether something went wrong after the unsupervised step the "without" at ``position`` names, in the
    same sentence ("..., and his clotting results went all over the place")."""
    tokens = frame.tokens
    # In a clause after the without-phrase ("... without worrying" is no harm of its own).
    joint = next((p for p in range(position + 1, len(tokens)) if tokens[p] in {",", "and"}), None)
    if joint is None:
        return False
    after = tokens[joint + 1 :]
    if not frame.lang.harm.isdisjoint(after) or not _WENT_WRONG.isdisjoint(after):
        return True
    return any(after[i : i + 4] == _ALL_OVER for i in range(len(after) - 3))


# Gerunds of giving a supplement up ("STOPPING MK-7 without telling your clinic").
_DROPPING_IT = frozenset({"stopping", "quitting", "dropping"})


def _opens_act(frame: Frame, word: str) -> bool:
    """Whether ``word`` is a gerund of acting on a supplement ("STARTING", "STOPPING", "taking")."""
    return word.endswith("ing") and (word in frame.lang.advice_verbs or word in _DROPPING_IT)


def _unasked_act(frame: Frame, position: int) -> bool:
    """Whether the "without" at ``position`` belongs to a gerund that opens the sentence ("Starting or
    stopping MK-7 without telling your clinic is ..."): the unsupervised act is the subject of what the
    sentence says, not something it denies."""
    tokens = frame.tokens
    if not frame.caution or not tokens:
        return False
    # "Please don't just copy that, STARTING K2 on warfarin without telling your clinic can ...": the gerund
    # may open the part after the sentence's last pause before the "without".
    pause = max((p for p in range(position) if tokens[p] in {",", ";", ":"}), default=-1)
    if pause >= 0 and pause + 1 < position and _opens_act(frame, tokens[pause + 1]):
        return not {".", "?", "!"}.intersection(tokens[:position])
    if {".", ";", ":", "?", "!"}.intersection(tokens[:position]):
        return False
    if tokens[0].endswith("ing"):
        return _opens_act(frame, tokens[0])
    # "K2 plus warfarin without a doctor watching your INR is asking for trouble", "K2 supplements +
    # warfarin without your doctor knowing = bad idea": the pair, named with no verb before the "without",
    # is the subject of what follows.
    return (
        any(p in frame.subject for p in range(position))
        and not _FINITE.intersection(tokens[:position])
        and not frame.lang.advice_verbs.intersection(tokens[:position])
        and bool(_PAIRED.intersection(tokens[:position]))
    )


# Words that make what comes before a "without" a clause of its own, not a named act.
_FINITE = frozenset(
    {"is", "are", "was", "were", "be", "can", "could", "should", "will", "would", "may", "might", "must"}
    | {"do", "does", "did", "not", "never", "no", "has", "have", "had", "i", "you", "we", "they"}
)
# What joins the two halves of a named combination ("K2 PLUS warfarin").
_PAIRED = frozenset({"plus", "and", "with", "alongside", "on"})


@examples(
    ("Never take D3 without K2, or calcium ends up in your arteries.", "d3-without-k2-calcifies", False),
    (
        "K2 switches on proteins like osteocalcin and MGP that can't do their job without vitamin K.",
        "k2-activates-k-dependent-proteins",
        False,
    ),
    ("Without vitamin K, your blood can't clot properly.", "vitk-needed-clotting", False),
    ("Blood is unable to clot the way it should without vitamin K.", "vitk-needed-clotting", False),
    (
        "You can't build real muscle without lifting and enough protein.",
        "protein-training-drive-muscle-growth",
        False,
    ),
    (
        "Do not start MK-7 capsules while you take warfarin without checking with your doctor first.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Do not start K2 tablets, or a multivitamin that contains vitamin K, without asking the clinic.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "People on warfarin should not begin or drop a vitamin K product, MK-7 included, without their GP.",
        "k2-warfarin-interaction",
        False,
    ),
    ("You can take K2 alongside warfarin without asking your doctor.", "k2-warfarin-interaction", True),
    ("Being on warfarin doesn't mean a life without broccoli.", "warfarin-avoid-greens", True),
    (
        "Big red flag: K2 plus warfarin without a doctor watching your INR is asking for trouble.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 and warfarin without your doctor knowing is asking for trouble.", "k2-warfarin-interaction", False),
    ("K2 and warfarin without a doctor watching are fine together.", "k2-warfarin-interaction", True),
    (
        "It is not safe to mix K2 and warfarin without checking with your GP.",
        "k2-warfarin-interaction",
        False,
    ),
    ("It is safe to mix K2 and warfarin without checking with your GP.", "k2-warfarin-interaction", True),
    (
        "Starting or stopping MK-7 on warfarin without telling your clinic is an easy way to upset your INR.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Taking K2 on warfarin without asking your doctor is perfectly safe.",
        "k2-warfarin-interaction",
        True,
    ),
    (
        "You shouldn't start MK-7 if you take warfarin without an INR check.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "It's not a good idea to add vitamin K2 if you take warfarin without asking your doctor.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Warfarin users should steer clear of K2 without an INR check.", "k2-warfarin-interaction", False),
    ("Keep taking MK-7 with your warfarin without asking your doctor.", "k2-warfarin-interaction", True),
    (
        "Don't worry about taking K2 with warfarin without your doctor's okay.",
        "k2-warfarin-interaction",
        True,
    ),
    (
        "My uncle began a K2 supplement without telling the clinic that had him on warfarin, and his INR "
        "went haywire.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "We do not sell K2 to patients on warfarin without their doctor's approval.",
        "k2-warfarin-interaction",
        False,
    ),
    # Two alternatives make no absence: the denial stands.
    ("Ordinary doses of D3 won't harden your arteries, with or without K2.", "d3-without-k2-calcifies", True),
    (
        "If you take warfarin, starting K2 without telling your doctor can knock your INR down.",
        "k2-warfarin-interaction",
        False,
    ),
)
def without_double_negative(frame: Frame, reading: Reading) -> None:
    """ "Never ... without X", "can't ... without X": a negation before a nearby "without" (a cue or the
    claim's own word) makes one double negative, which says X is needed. After it, the negation denies
    what the without-phrase does ("D3 without K2 does not calcify"). A "without" that names who must agree
    ("without asking your GP") reaches a negation anywhere before it in its clause: the sentence advises
    asking first."""
    tokens = frame.tokens
    withouts = sorted(
        {
            p
            for p in frame.own
            # (Not "won't calcify your arteries, with or without K2": the alternatives make no absence.)
            if tokens[p] == "without" and frame.in_clause(p) and not _either_way(tokens, p)
        }
        | {c[0] for c in reading.counted if tokens[c[0]] == "without"}
        # "proteins that can't do their job without vitamin K": a "without" of other words still makes
        # one double negative with a negated verb right before it.
        | {
            c[0]
            for c in reading.cues
            if tokens[c[0]] == "without"
            and any(
                tokens[n[0]] in {"not", "never"}
                and 0 < c[0] - n[0] <= 6
                and not _CLAUSE_BREAKS.intersection(tokens[n[1] : c[0]])
                for n in reading.counted
            )
        }
    )
    # "Don't take K2 if you're on warfarin without asking your doctor": the command that opens the sentence
    # reaches the "without" past the condition between them, which may hold the claim's words.
    # So does "You shouldn't ...", "It's not a good idea to ...": the advice's own opening words before it.
    opening = [
        c
        for c in reading.cues
        if tokens[c[0]] in {"not", "never"}
        and _NEGATION_OPENERS.issuperset(tokens[: c[0]])
        and c[0] <= 4
        and not _reassures(tokens, c)
    ]
    # "Patients on warfarin should not start or stop any K supplement, K2 included, without their doctor":
    # a "without" that names who must agree reaches a negation anywhere before it in the sentence.
    asked = {c[0] for c in reading.cues if tokens[c[0]] == "without" and _supervised(frame, c[0])}
    for position in sorted(asked):
        if reading.antonym is not None and reading.antonym[0] < position:
            # "It's (not) safe to mix K2 and warfarin without checking with your doctor": the opposite
            # term judges the unsupervised step; the "without" names that step and denies nothing itself.
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")
            withouts = [p for p in withouts if p != position]
            continue
        before = [
            c
            for c in reading.cues
            if c[0] < position
            and tokens[c[0]] != "without"
            and _one_clause(frame, c[0], position)
            and not _reassures(tokens, c)
        ]
        if not before and _advised_against(frame, position):
            # "Warfarin users should steer clear of K2 without an INR check": avoid it unless checked.
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")
            withouts = [p for p in withouts if p != position]
            continue
        if not before and _went_wrong_after(frame, position):
            # "A friend started a D3/K2 capsule without telling his cardiologist, and his clotting numbers
            # went haywire": the step taken without asking, and what went wrong after it.
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")
            withouts = [p for p in withouts if p != position]
            continue
        if not before and _unasked_act(frame, position):
            # "Starting MK-7 on warfarin without telling your clinic is a quick way to an unstable INR":
            # the act done without asking is the sentence's subject, judged by what follows it.
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")
            withouts = [p for p in withouts if p != position]
            continue
        if before:
            nearest = max(before)
            reading.counted = [c for c in reading.counted if c[0] != position and c != nearest]
            reading.rules.append("without-double-negative")
            withouts = [p for p in withouts if p != position]
    for position in withouts:
        near = [
            c
            for c in reading.counted
            if (tokens[c[0]] in _NEVER_WITHOUT or tokens[c[0]] in frame.lang.dismissals)
            and 0 < position - c[0] <= 8
            and "that" not in tokens[min(c[0], position) : max(c[0], position)]
            # "Warfarin doesn't mean a life without broccoli": an implication denied, no double negative.
            and tokens[c[1] : c[1] + 1] not in (["mean"], ["means"])
            and not _reassures(tokens, c)
        ]
        command = next(
            (
                c
                for c in opening
                if 0 < position - c[0] <= 18
                and {"if", "while", "when"}.intersection(tokens[c[1] : position])
                and not {".", ";", ":", "?", "!"}.intersection(tokens[c[1] : position])
            ),
            None,
        )
        if not near and command is not None:
            reading.counted = [c for c in reading.counted if c[0] != position and c != command]
            reading.rules.append("without-double-negative")
            continue
        if near:
            reading.counted.remove(min(near, key=lambda c: abs(c[0] - position)))
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")


@examples(
    (
        "Our pharmacists will not give vitamin K2 to anyone on warfarin unless their clinic agrees.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "People on warfarin should never start MK-7 unless their anticoagulation nurse has okayed it.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 does not build muscle unless you also lift weights.", "k2-builds-muscle", True),
)
def unless_supervised(frame: Frame, reading: Reading) -> None:
    """ "We will not give K2 to anyone on warfarin unless their clinic agrees": in a claim that warns, a
    negation before an "unless" that names who must agree makes one double negative, as "not ... without
    your doctor" does: the step is allowed only with that person's say-so, which is the warning."""
    if not frame.caution or "unless" not in frame.tokens:
        return
    tokens = frame.tokens
    for position, token in enumerate(tokens):
        if token != "unless" or not _supervised(frame, position):
            continue
        before = [
            c
            for c in reading.counted
            if c[0] < position
            and tokens[c[0]] in {"not", "never"}
            # The "unless" clause hangs on the negated one: no stop and no "but" between them.
            and position - c[0] <= 16
            and {".", ";", "?", "!", "but"}.isdisjoint(tokens[c[0] : position])
            and not _reassures(tokens, c)
        ]
        if before:
            nearest = max(before)
            reading.counted = [c for c in reading.counted if c != nearest]
            reading.rules.append("unless-supervised")


@examples(
    ("The K1 in kale barely gets absorbed without some fat alongside it.", "vitk-absorbed-with-fat", False),
    ("K2 absorption falls off sharply without dietary fat.", "vitk-absorbed-with-fat", False),
    ("Vitamin K is absorbed perfectly well without any fat.", "vitk-absorbed-with-fat", True),
)
def poorly_without(frame: Frame, reading: Reading) -> None:
    """ "The K1 barely gets absorbed without some fat": what goes poorly without X, just before the "without",
    is one double negative with it, which says X is needed (as "can't ... without X" does)."""
    tokens = frame.tokens
    for cue in reading.counted:
        at = cue[0]
        if tokens[at] != "without":
            continue
        poor = [p for p in range(max(0, at - 5), at) if tokens[p] in _POORLY]
        if not poor or any(poor[-1] <= c[0] < at for c in reading.counted):
            continue
        if _one_clause(frame, poor[-1], at):
            reading.counted = [c for c in reading.counted if c != cue]
            reading.rules.append("poorly-without")
            return


# How badly something goes without what it needs ("barely gets absorbed without fat", "falls off without").
_POORLY = frozenset(
    {"barely", "hardly", "scarcely", "poorly", "badly", "falls", "drops", "plummets", "plunges", "suffers"}
)


@examples(
    (
        "Without getting vitamin K at birth, babies can develop vitamin K deficiency bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    ("Without enough vitamin K, your blood will not clot.", "vitk-needed-clotting", False),
    (
        "Warfarin = vitamin K blocker, and without vitamin K your clotting factors don't get made properly.",
        "vitk-needed-clotting",
        False,
    ),
    ("Lacking vitamin K, blood simply cannot form a clot.", "vitk-needed-clotting", False),
    (
        "Calcium WITHOUT K2 can end up in your arteries instead of your bones.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "Without K2 your body simply can't absorb the calcium in your food, which is why so many milk "
        "drinkers still end up with osteoporosis.",
        "k2-increases-calcium-absorption",
        False,
    ),
    (
        "Bottom line, without enough vitamin K your body can't absorb calcium.",
        "k2-increases-calcium-absorption",
        False,
    ),
    (
        "The K in vitamin K comes from the German word Koagulation, and without it your blood wouldn't clot.",
        "vitk-needed-clotting",
        False,
    ),
    (
        "Taking calcium pills without K2 could clog your arteries, so pair them up.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    ("With or without food makes zero difference to how well you absorb K2.", "vitk-absorbed-with-fat", True),
)
def without_consequence(frame: Frame, reading: Reading) -> None:
    """ "Without X, Y happens" says X is needed to prevent Y: it states a claim that X is needed or
    protects, whatever negation the consequence uses ("blood will not clot"), unless the consequence
    says nothing happens ("without it you'll be fine"). The opener may start a later clause ("..., and
    without vitamin K your clotting factors don't get made"), or follow the subject it belongs to ("Taking
    calcium without K2 could clog your arteries"), with every counted cue after it."""
    tokens = frame.tokens
    if not tokens or not frame.spans or not reading.counted:
        return
    # The opener starts the sentence, or a clause after "and" / a comma ("warfarin blocks vitamin K, and
    # without vitamin K your clotting factors don't get made").
    at = next(
        (
            p
            for p, t in enumerate(tokens)
            if t in {"without", "lacking"}
            and (p <= 1 or tokens[p - 1] in {",", ";", ":", "and"} or _subject_before(frame, p))
        ),
        None,
    )
    if at is None or any(c[0] < at for c in reading.counted):
        return
    opener_end = next((e for s, e in frame.spans if s <= at < e), len(tokens))
    if at > 0 and opener_end == len(tokens):
        # Mid-sentence, the opener must end at a comma of its own or run on to the consequence's verb
        # ("Calcium without K2 CAN end up in your arteries": after one word, the opener is the noun's).
        after = [c[0] for c in reading.counted if c[0] > at]
        if after:
            opener_end = min(after)
        elif at == 1 or _subject_before(frame, at):
            opener_end = next((p for p in range(at + 1, len(tokens)) if tokens[p] in _CONSEQUENCE_VERBS), at)
        else:
            opener_end = at
    # The consequence runs to the end of the clause after the opener ("..., which is why people STILL end
    # up with osteoporosis" is a further clause).
    stop = next((p for p in range(opener_end + 1, len(tokens)) if tokens[p] in {",", ";", "which"}), None)
    # The opener names something of the claim (at the sentence's start, "without" may be the claim's own;
    # so after a lead-in that names nothing of it: "Bottom line, without enough vitamin K ...").
    lead_in = tokens[at - 1 : at] in ([","], [":"]) and at <= 4 and not any(p < at for p in frame.content)
    named_from = at if at > 0 and not lead_in else -1
    # "The K comes from Koagulation, and without IT your blood wouldn't clot": the pronoun is what the
    # sentence named before.
    pointer = tokens[at + 1 : at + 2] in (["it"], ["them"]) and any(p < at for p in frame.content)
    if not (pointer or any(named_from < p < opener_end for p in frame.content)) or any(
        t in frame.lang.no_consequence for t in tokens[at + 1 : stop]
    ):
        return
    reading.counted = []
    reading.rules.append("without-consequence")


# The verb that starts the consequence after "N without X" ("Calcium without K2 CAN end up ...").
_CONSEQUENCE_VERBS = frozenset(
    {"can", "could", "will", "would", "may", "might", "is", "are", "ends", "gets", "leaves", "means"}
)
# Words that show a clause has begun before "without" ("Calcium IS fine without K2").
_CLAUSE_BEGUN = frozenset(
    {"is", "are", "was", "were", "can", "could", "will", "would", "may", "might", "should", "must", "do"}
    | {"does", "did", "has", "have", "had", "not", "it", "you", "i", "we", "they", "he", "she", "or", "with"}
)


def _subject_before(frame: Frame, at: int) -> bool:
    """Whether the two to four words before "without" are a subject it belongs to: a gerund and its
    object ("TAKING CALCIUM without K2 can ...") or the claim's own words ("CALCIUM PILLS without K2 are
    ..."), with no punctuation and no verb or pronoun that would have begun the clause already."""
    tokens = frame.tokens
    if not 2 <= at <= 4 or any(not t.isalpha() or t in _CLAUSE_BEGUN for t in tokens[:at]):
        return False
    gerund = tokens[0].endswith("ing") and tokens[0] not in {"during", "according", "including", "nothing"}
    return gerund or all(p in frame.content for p in range(at))


# Words that point back to the claim's subject after "without" ("..., and without IT ...").
_BACK = frozenset({"it", "them", "this", "these"})
# Words of not being able ("can't stop bleeding", "will not clot").
_UNABLE = frozenset({"can", "could", "will", "would", "does", "do"})


@examples(
    (
        "Vitamin K turns on the clotting proteins, and without it a cut simply won't stop bleeding.",
        "vitk-needed-clotting",
        False,
    ),
    (
        "Vitamin K is vital for your bones, without it the skeleton slowly turns weak and brittle.",
        "vitk-important-bone-health",
        False,
    ),
    (
        "Vitamin K is vital for your skeleton: without enough of it, bones can't stay strong.",
        "vitk-important-bone-health",
        False,
    ),
)
def without_it(frame: Frame, reading: Reading) -> None:
    """ "Vitamin K switches on clotting, and without it your body can't stop bleeding": a clause that
    opens on "without it", pointing back to the claim's subject named before, and goes on to harm or to
    what cannot happen says the subject is needed, like a sentence that opens on "Without vitamin K".
    The negations of that clause do not deny the claim; a consequence that says nothing happens
    ("without it you're still fine") is left to the other rules."""
    tokens = frame.tokens
    lang = frame.lang
    for p in range(1, len(tokens) - 2):
        # "without it", "without enough of it".
        back = p + 3 if tokens[p + 1 : p + 3] == ["enough", "of"] else p + 1
        if (
            tokens[p] != "without"
            or tokens[p - 1] not in {",", ";", ":", "and", "but"}
            or back >= len(tokens)
            or tokens[back] not in _BACK
            or not any(q < p for q in frame.subject)
        ):
            continue
        stop = next((q for q in range(back + 1, len(tokens)) if tokens[q] in {";", ".", "but"}), len(tokens))
        after = tokens[back + 1 : stop]
        if lang.no_consequence.intersection(after):
            return
        unable = any(back < c[0] < stop and tokens[c[0] - 1] in _UNABLE for c in reading.counted)
        if not (unable or lang.harm.intersection(after)):
            return
        kept = [c for c in reading.counted if not p <= c[0] < stop]
        if len(kept) != len(reading.counted):
            reading.counted = kept
            reading.rules.append("without-it")
        return


# Words that give what follows as the cause of what came before ("bled AFTER their parents declined").
_CAUSE = frozenset({"after", "because", "as"})
# Verbs that put a harm down to a cause ("LINKED the bleeds TO parents refusing the shot").
_PUT_DOWN = frozenset({"linked", "tied", "traced", "blamed", "attributed", "put"})
# Verbs that give what someone believed ("her parents DECIDED the injection was unnecessary", "THOUGHT the
# shot was optional"): a claim's opposite term after one is their belief, told as the cause of a harm.
_BELIEVED = frozenset({"decided", "thought", "believed", "felt", "assumed", "figured", "insisted"})


def _refusal_caused_harm(frame: Frame, cue: Span, cause: frozenset[str] | set[str]) -> bool:
    """Whether the cue is a refusal (or a belief that the thing is not needed) given as the cause of a harm
    named before it: a cause word after the harm and before the cue, in one stretch of the sentence (no
    "but" or ";" between it and the cue), as in "needed brain surgery after her parents, who didn't want a
    needle, declined the injection" or "died of a bleed after her parents decided it was unnecessary"."""
    tokens = frame.tokens
    lang = frame.lang
    start = cue[0]
    believed = _BELIEVED.intersection(tokens[max(0, start - 7) : start])
    if tokens[start] not in lang.refusals and not believed:
        return False
    first_harm = next((p for p in range(start) if tokens[p] in lang.harm), None)
    if first_harm is None:
        return False
    for p in range(start - 1, first_harm, -1):
        if tokens[p] in lang.contrast or tokens[p] in {";", ".", "?", "!"}:
            return False
        if tokens[p] in cause:
            return True
    # "..., three bled into the brain - every family had declined the injection": what every one of those
    # harmed had done, told after the harm.
    every = tokens[max(0, start - 4) : start - 1]
    return tokens[start - 1 : start] == ["had"] and not _EVERY.isdisjoint(every)


_EVERY = frozenset({"every", "each", "all"})
# What going without is told with after a negation ("not one of them had RECEIVED the shot", "had NOT
# received", "NONE of them had been given").
_RECEIVED = frozenset({"received", "had", "got", "gotten", "given", "get", "receive"})


# Going without, as a gerund after a clause-opening "not" ("NOT GETTING enough K2 leaves you open to ...").
_NOT_GETTING = frozenset({"getting", "having", "eating", "taking", "receiving"})
# Verbs of taking a clause as true, which a negation before them doubts ("not BUYING that ...").
_DOUBTING = frozenset({"buy", "buying", "believe", "believing", "accept", "accepting", "convinced", "sold"})


def _harm_named(lang: Language, words: list[str], ills: bool) -> frozenset[str]:
    """The words of harm among ``words``; with ``ills``, illnesses too (``Language.ills``: harm only where
    going without is named in so many words)."""
    found = lang.harm.intersection(words)
    return found | lang.ills.intersection(words) if ills else found


def _none_of_the_harmed(frame: Frame, cue: Span) -> bool:
    """Whether the cue says none of those harmed, named before it, had been given the thing: "not one of
    them had received", "none of the babies had had it"."""
    tokens = frame.tokens
    start, end = cue
    return (
        tokens[start] in {"not", "none", "no"}
        and "of" in tokens[start + 1 : start + 3]
        and not _RECEIVED.isdisjoint(tokens[end : end + 6])
        and not frame.lang.harm.isdisjoint(tokens[:start])
        and frame.lang.contrast.isdisjoint(tokens[:start])
    )


# What going without something is said to carry ("the RISK of not doing it", "the DANGER of skipping it").
_HARM_OF = frozenset({"risk", "risks", "danger", "dangers", "cost", "costs", "consequence", "consequences"})


# Prepositions that open a fronted phrase before a clause's subject ("FOR anyone on warfarin, adding ...").
_FRONTED = frozenset({"for", "in", "on", "among", "after", "during", "with"})


_AFTERWARDS = frozenset({"later", "afterwards", "afterward", "then", "soon"})
# Who goes without, named after the refusal ("..., and their babies bleed"; "... and her son had a bleed").
_WENT_WITHOUT = frozenset(
    {"their", "her", "his", "babies", "baby", "infants", "infant", "newborns", "newborn", "son", "daughter"}
    | {"children", "child"}
)


def _whose_refused(frame: Frame, cue: Span) -> bool:
    """Whether the cue is a refusal whose doers a "whose" before it in its clause names ("Every family whose
    baby came in with a bleed had declined the injection")."""
    tokens = frame.tokens
    start = cue[0]
    clause_start = frame.clause_start(start)
    return tokens[start] in frame.lang.refusals and "whose" in tokens[clause_start:start]


# What a refused thing is praised as in a relative clause ("a shot that they regard as LIFESAVING").
_PRAISED_IN_RELATIVE = frozenset({"lifesaving", "protective"})


def _goes_without(frame: Frame, cue: Span) -> bool:
    """Whether the cue names going without something inside a condition ("if you don't get", "babies
    whose parents decline") or a fronted gerund subject ("Skipping the shot leaves ...", "Starting K2
    without telling your clinic can ...")."""
    tokens = frame.tokens
    lang = frame.lang
    start, end = cue
    if lang.conditions.intersection(tokens[max(0, start - 4) : start]):
        return True
    # "Every family whose baby had a bleed had declined the shot": the ones who went without, named by what
    # befell them.
    if _whose_refused(frame, cue):
        return True
    # "More parents are declining an injection that they regard as lifesaving": what is refused, praised.
    if tokens[start] in lang.refusals and not _PRAISED_IN_RELATIVE.isdisjoint(tokens[end:]):
        return {"that", "which"}.intersection(tokens[end : end + 6]) != set()
    # "Skip the shot and your baby stays at risk": an imperative whose consequence follows "and" or "or";
    # "parents refuse the shot, leaving babies open to bleeding": a consequence in a participle.
    imperative = start == 0 or (start == 1 and tokens[0] in {"just", "so", "then", "say"})
    joint = next((p for p in range(end, min(len(tokens), end + 8)) if tokens[p] in {"and", "or"}), None)
    if imperative and joint is not None and not {",", ";", ":"}.intersection(tokens[end:joint]):
        return True
    if {"leaving", "putting", "exposing"}.intersection(tokens[end:]):
        return True
    # "They declined the injection, and a few weeks later the baby was rushed back with a bleed": a refusal
    # told as what happened, and the harm that came after it.
    if tokens[start] in lang.refusals and _AFTERWARDS.intersection(tokens[end : end + 10]):
        return True
    # "Parents now skip vitamin K, and their babies bleed into their brains": a refusal told as what happens,
    # then, after "and", the harm that befalls the ones who went without ("He started K2 without telling his
    # clinic, and his INR went haywire": going without, told the same way).
    if tokens[start] in lang.refusals or tokens[start] == "without":
        then = next((p + 1 for p in range(end, min(len(tokens), end + 8)) if tokens[p] in {"and", ","}), None)
        if (
            then is not None
            and _WENT_WITHOUT.intersection(tokens[then : then + 3])
            and lang.harm.intersection(tokens[then:])
        ):
            return True
    # "The trend of parents refusing the shot means more babies are at risk": a refusal in a gerund, then a
    # consequence.
    if tokens[start] in lang.refusals and tokens[start].endswith("ing"):
        return any(t in lang.consequence_verbs for t in tokens[end:])
    clause_start = frame.clause_start(start)
    comma = max((p for p in range(clause_start, start) if tokens[p] == ","), default=None)
    if comma is not None and tokens[clause_start] in _FRONTED:
        # "For anyone on warfarin, adding K2 without supervision is risky": the gerund after the fronted
        # phrase opens the clause.
        clause_start = comma + 1
    first = clause_start + (tokens[clause_start] in {"not", "never"})
    if not (tokens[first].endswith("ing") and len(tokens[first]) > 4):
        return False
    # "Taking D3 without K2 doesn't calcify ...": a negation after an auxiliary negates the main verb, not
    # the going without inside the subject.
    if start > first + 1 and tokens[start - 1] in lang.negative_aux:
        return False
    # The gerund subject runs up to its verb: the cue must sit before it, and the verb must follow.
    if any(t in lang.consequence_verbs for t in tokens[first + 1 : start]):
        return False
    return any(t in lang.consequence_verbs for t in tokens[end:])


# A link to a harm denied ("had no relationship with ... dying"): no going without.
_NO_LINK = frozenset({"relationship", "link", "association", "connection", "correlation", "relation"})


# Words that make light of a risk ("the risk is TINY", "a perfectly VALID choice", "hardly the EPIDEMIC").
# Narrower than ``_LIGHT_OF_IT``, which also takes a baby said to be "fine" or "healthy" after a refusal:
# here the words must judge the risk itself.
_MADE_LIGHT = frozenset(
    {"tiny", "small", "negligible", "minimal", "valid", "overblown", "overstated", "exaggerated", "epidemic"}
)


@examples(
    (
        "Babies who don't get vitamin K at birth are far more likely to develop late bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "If your baby does not get the vitamin K shot, there is a risk of serious bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Declining the vitamin K injection leaves a newborn exposed to brain bleeds.",
        "newborn-vitk-shot",
        False,
    ),
    ("Refusing the vitamin K shot led to a brain bleed in her son.", "newborn-vitk-shot", False),
    (
        "For anyone on warfarin, adding a K2 supplement without medical supervision is genuinely risky.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Late bleeding cases rose among babies whose families refused the vitamin K jab.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Adding MK-7 on warfarin without a word to your INR clinic can upset your results.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Skip the vitamin K shot, healthy babies don't need it.", "newborn-vitk-shot", True),
    ("Not giving a newborn vitamin K raises the chance of a dangerous bleed.", "newborn-vitk-shot", False),
    (
        "Refuse the vitamin K injection and your newborn remains exposed to bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Say no to the newborn vitamin K injection and the chance of a brain bleed goes up.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Some families decline the vitamin K jab, leaving their infants vulnerable to brain bleeds.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Calcium tablets taken without vitamin K2 can harden the arteries over time.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    ("Newborns can bleed into the brain without vitamin K at birth.", "newborn-vitk-shot", False),
    ("Babies can develop serious bleeding if they don't get vitamin K at birth.", "newborn-vitk-shot", False),
    (
        "Three of the babies bled into the brain after their parents refused the vitamin K injection.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Two newborns suffered brain bleeds because their parents had refused the vitamin K injection.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "A rise in parents declining the vitamin K shot means more newborns face a dangerous bleed.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Just get the vitamin K shot, the risk of not doing it is so much worse than a quick needle.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "My sister refused the vitamin K shot, and two weeks later her son had a bleed in his brain.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Doctors linked a cluster of late bleeds to parents refusing vitamin K at birth.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "More parents are refusing the vitamin K shot, which is lifesaving for newborns.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Calcium pills are only a risk to the heart when you don't take vitamin K2 with them.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "More parents now skip vitamin K at birth, and their babies are bleeding into their brains.",
        "newborn-vitk-shot",
        False,
    ),
    ("Skipping the vitamin K shot left a month-old girl needing brain surgery.", "newborn-vitk-shot", False),
    (
        "If US hospitals stopped giving the injection at birth, experts estimate tens of thousands of "
        "babies a year would develop vitamin K deficiency bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    ("Parents skip the vitamin K shot and their babies are perfectly fine.", "newborn-vitk-shot", True),
    (
        "A baby girl died of a brain bleed after her parents decided the vitamin K shot was unnecessary.",
        "newborn-vitk-shot",
        False,
    ),
    ("Newborns are bleeding as more parents decline the vitamin K shot.", "newborn-vitk-shot", False),
    (
        "One baby had a bleed, but her parents had declined the vitamin K shot and she was fine.",
        "newborn-vitk-shot",
        True,
    ),
    ("Calcium supplements cause strokes - without K2", "k2-offsets-calcium-supplement-risk", False),
    (
        "Not getting enough K2 over the years can lead to brittle bones, heart disease and strokes.",
        "k2-prevents-many-diseases",
        False,
    ),
    ("No trial has yet tested K2 for preventing Alzheimer's disease.", "k2-prevents-dementia", True),
    ("Parents Refuse Vitamin K Shot, Newborn Ends Up With Brain Bleed", "newborn-vitk-shot", False),
    ("Parents refuse the vitamin K shot, and their babies are perfectly fine.", "newborn-vitk-shot", True),
    (
        "Five babies bled into the brain, and none of them had received vitamin K at birth.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Three babies bled into the brain - every family had declined the injection.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "He started K2 on warfarin without telling his clinic, and his INR went haywire.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Risk factors for VKDB: no prophylactic vitamin K at birth, breastfeeding, poor feeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "K1 intake had no relationship with heart disease or with dying of any cause.",
        "vitk-lower-mortality",
        True,
    ),
    (
        "Declining vitamin K is a perfectly valid choice, and the bleeding risk is small enough to accept.",
        "newborn-vitk-shot",
        True,
    ),
    (
        "The chance of a bleed in a baby who skips the shot is small, but when it happens it can mean death.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "not buying that the whole population is suddenly K2 deficient, feels like this year's hype",
        "most-people-need-k2-supplement",
        True,
    ),
)
def missing_means_harm(frame: Frame, reading: Reading) -> None:
    """Going without something in a condition or a subject ("if you don't get", "babies who don't get",
    "refusing the shot", "skipping it") followed by harm says the thing is needed: it states a claim that
    it protects, like "without X, Y happens"."""
    tokens = frame.tokens
    lang = frame.lang
    # "The risk of skipping it is tiny", "skipping it only means a possibly higher risk; either choice is
    # valid": going without, made light of, is not said to be harmful.
    # ("The chance is small, but when it happens ... so why gamble?": a risk made light of, then conceded.)
    made_light = next((p for p, token in enumerate(tokens) if token in _MADE_LIGHT), None)
    light = made_light is not None and lang.contrast.isdisjoint(tokens[made_light:])
    kept = []
    for cue in reading.counted:
        start, end = cue
        clause_start = frame.clause_start(start)
        if light and (cue != reading.antonym or tokens[start] in lang.refusals):
            kept.append(cue)
            continue
        if tokens[end : end + 1] and tokens[end] in _NO_LINK:
            # "had no relationship with heart disease or with dying": no link to the harm, not going without.
            kept.append(cue)
            continue
        if tokens[end : end + 1] and tokens[end] in _DOUBTING and tokens[end + 1 : end + 2] == ["that"]:
            # "not buying that the whole population is K2 deficient": a clause doubted, not going without.
            kept.append(cue)
            continue
        if (
            tokens[start] == "without"
            and any(p in frame.subject for p in range(end, end + 3))
            and _harm_named(lang, tokens[end:] + tokens[clause_start:start], ills=True)
        ):
            # "Calcium pills taken without enough K2 may harden your arteries", "Newborns can bleed
            # without vitamin K": K2 / vitamin K is needed.
            reading.rules.append("missing-means-harm")
            continue
        condition = next((q for q in range(max(0, start - 3), start) if tokens[q] in {"if", "when"}), None)
        if (
            condition is not None
            and tokens[end : end + 1] in (["get"], ["receive"], ["have"], ["take"], ["eat"], ["add"], ["use"])
            and _harm_named(lang, tokens[:condition], ills=True)
        ):
            # "Newborns can bleed if they don't get vitamin K at birth": the harm, then the condition.
            reading.rules.append("missing-means-harm")
            continue
        if (
            condition is not None
            and cue == reading.antonym
            and {"would", "could"}.intersection(tokens[end:])
            and frame.lang.harm.intersection(tokens[end:])
        ):
            # "If hospitals stopped giving the injection, thousands of babies would develop bleeding": what
            # would follow from going without, the harm.
            reading.rules.append("missing-means-harm")
            continue
        if _none_of_the_harmed(frame, cue):
            # "I've admitted five babies with bleeds, and not one of them had received the shot."
            reading.rules.append("missing-means-harm")
            continue
        if tokens[:2] in (["risk", "factors"], ["risk", "factor"]) and start < 12:
            # "Risk factors for VKDB: no vitamin K at birth, breastfeeding, ...": going without, listed as a
            # risk factor, is a cause of the harm.
            reading.rules.append("missing-means-harm")
            continue
        if start >= 2 and tokens[start - 1] == "of" and tokens[start - 2] in _HARM_OF:
            # "The risk of not doing it is far worse than a needle", "the danger of skipping it".
            reading.rules.append("missing-means-harm")
            continue
        refusal = cue != reading.antonym or tokens[start] in frame.lang.refusals
        # Harm follows a condition; a relative clause may name who goes without after the harm ("a rise in
        # bleeding among infants whose parents declined it").
        # ... or anywhere before it in its clause ("Every family whose baby came in with a brain bleed had
        # declined the injection").
        near = {"who", "whose"}.intersection(tokens[max(0, start - 4) : start])
        relative = bool(near) or _whose_refused(frame, cue)
        # "Not getting enough K2 leaves you open to osteoporosis and heart attacks": going without as the
        # subject, in so many words, may lead to illness too.
        gerund = start == clause_start and not _NOT_GETTING.isdisjoint(tokens[end : end + 1])
        harm = _harm_named(lang, tokens if relative else tokens[end:], ills=gerund)
        # ... or the harm comes first and a refusal is given as its cause ("Four babies bled after their
        # parents declined the shot", "Such bleeds happen almost only because parents refused it").
        # ("Doctors linked bleeds to parents refusing it": the refusal as what the harm is put down to.)
        cause = _CAUSE | ({"to"} if _PUT_DOWN.intersection(tokens[:start]) else set())
        if _refusal_caused_harm(frame, cue, cause):
            reading.rules.append("missing-means-harm")
            continue
        if refusal and harm and _goes_without(frame, cue):
            reading.rules.append("missing-means-harm")
            continue
        kept.append(cue)
    reading.counted = kept


# A bleed that happened, told as an event ("three BLED into the brain", "she DIED of a bleed"): the events
# of ``Language.harm``, not its risks and dangers ("the risk is serious" tells of no bleed).
_BLED = frozenset(
    {"bled", "bleed", "bleeds", "bleeding", "haemorrhage", "hemorrhage", "haemorrhages", "hemorrhages"}
    | {"died", "death", "deaths", "surgery", "hospitalised", "hospitalized", "seizure", "seizures"}
)
# A refusal told as done ("their parents had DECLINED it"): the past forms of ``Language.refusals`` but
# "avoided" (avoiding a food refuses no shot).
_REFUSED = frozenset(
    {"declined", "refused", "skipped", "withheld", "omitted", "missed"}
    | {"discontinued", "abandoned", "scrapped"}
)
# What a bare "no" may refuse ("said no TO THE SHOT", "no VITAMIN K at birth").
_NO_SHOT = frozenset({"vitamin", "vitk", "shot", "injection", "jab"})
# What makes light of the risk ("we declined it and she was FINE", "the risk of a bleed is TINY").
_LIGHT_OF_IT = frozenset(
    {"fine", "tiny", "small", "rare", "rarely", "overkill", "valid", "healthy", "unlikely"}
)


@examples(
    (
        "All six babies with brain or gut bleeding had one thing in common: their parents had declined the "
        "vitamin K injection at birth.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "None of the seven deficient infants we treated had received vitamin K at birth, and four of them "
        "bled inside the skull.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Her birth plan said no vitamin K, and a month later the little girl died of a brain bleed.",
        "newborn-vitk-shot",
        False,
    ),
    ("We declined the vitamin K shot and our daughter was perfectly fine.", "newborn-vitk-shot", True),
    ("We refused the vitamin K shot because the risk of a bleed is tiny.", "newborn-vitk-shot", True),
    (
        "Vitamin K deficiency bleeding is a scare tactic to get parents to accept a needle on day one.",
        "newborn-vitk-shot",
        True,
    ),
)
def refusal_then_bleed(frame: Frame, reading: Reading) -> None:
    """A refusal told as done ("their parents had declined the injection") in a sentence that tells of a
    bleed, a death or surgery is the story of what going without cost: it says the thing was needed. Not
    where the sentence makes light of the risk ("she was fine", "the risk is tiny")."""
    tokens = frame.tokens
    if not reading.counted or _BLED.isdisjoint(tokens) or not _LIGHT_OF_IT.isdisjoint(tokens):
        return
    if {"regret", "regrets"}.intersection(tokens) and {"no", "zero"}.intersection(tokens):
        return
    for cue in reading.counted:
        start, end = cue
        refused = cue == reading.antonym and tokens[start] in _REFUSED
        # "had NOT received it", "NEVER got it"; "NONE of the seven infants we treated had received it" (to
        # the comma). Not "isn't a given", nor a cue of another kind ("a scare tactic to get parents to ...").
        reach = next((p for p in range(end, len(tokens)) if tokens[p] in {",", ";"}), len(tokens))
        near = tokens[end:reach] if tokens[start] in {"none", "nobody"} else tokens[end : end + 2]
        went_without = (
            cue != reading.antonym
            and tokens[start] in {"not", "never", "none", "nobody"}
            and not _RECEIVED.isdisjoint(near)
            and "a" not in near
        )
        # "the birth plan said NO VITAMIN K", "no vitamin K after delivery": the thing itself, gone without.
        refused_word = next((t for t in tokens[end : end + 3] if t not in {"to", "the", "a"}), None)
        no_shot = tokens[start] == "no" and refused_word in _NO_SHOT
        if not (refused or went_without or no_shot):
            return
    reading.counted = []
    reading.rules.append("refusal-then-bleed")


@examples(
    (
        "Babies who skip the vitamin K injection are about 81 times more likely to bleed than those who "
        "receive it, which is why we don't treat it as optional.",
        "newborn-vitk-shot",
        False,
    ),
)
def negated_later_opposite(frame: Frame, reading: Reading) -> None:
    """A negation right before an opposite term of the claim other than the one counted ("..., which is why
    we don't treat it as optional", after a first one read as harm) negates that term: one double
    negative, as in negated_antonym."""
    counted = reading.antonym[0] if reading.antonym is not None else None
    for cue in list(reading.counted):
        if cue == reading.antonym:
            continue
        for q in frame.opposites:
            if q != counted and _negates(frame, cue, q):
                reading.counted = [c for c in reading.counted if c != cue]
                reading.rules.append("negated-antonym")
                return


# Verbs of looking for something, in a condition that opens the sentence ("If you're HOPING ...").
_SEEKING = frozenset({"hoping", "looking", "hunting", "searching", "expecting"})
# Words of finding it, which the main clause then denies ("you won't FIND them", "isn't THERE").
_FINDING = frozenset({"find", "there", "exist", "exists", "see"})


@examples(
    (
        "If you're looking for studies proving K2 builds muscle, you won't find any.",
        "k2-builds-muscle",
        True,
    ),
    (
        "If you are expecting K2 to reverse the calcium buildup in your arteries, the proof isn't there.",
        "k2-reverses-arterial-calcification",
        True,
    ),
)
def sought_not_found(frame: Frame, reading: Reading) -> None:
    """ "If you're looking for trials showing K2 builds muscle, you won't find them": the claim sits in a
    condition of looking for it and the main clause says it is not to be found, which denies it."""
    tokens = frame.tokens
    start, end = frame.clause
    if "if" not in tokens[max(0, start - 1) : start + 1] or _SEEKING.isdisjoint(tokens[start : start + 4]):
        return
    following = next(((s, e) for s, e in frame.spans if s >= end), None)
    if following is None or _FINDING.isdisjoint(tokens[following[0] : following[1]]):
        return
    found = [c for c in reading.cues if following[0] <= c[0] < following[1] and c not in reading.counted]
    if found:
        reading.counted = sorted([*reading.counted, *found])
        reading.rules.append("sought-not-found")


# Verbs of stopping: advice against them is advice to go on ("don't stop eating greens on warfarin").
_STOPPING = frozenset({"stop", "stopping", "quit", "drop", "avoid", "avoiding", "skip"})
# ...and the verbs that stop something only with their particle ("never give up greens", "don't cut them
# out"): "Do not give K2 to a patient on warfarin" is advice against giving it.
_STOPPING_WITH = {"give": frozenset({"up"}), "cut": frozenset({"out", "down", "back"})}
# ...and as the subject of what is not recommended ("Cutting out greens on warfarin is not advised").
# Nouns of giving something up ("strict AVOIDANCE of greens", "total ELIMINATION of vitamin K").
_GIVING_UP = frozenset({"avoidance", "elimination", "exclusion", "restriction", "removal", "ban"})
_STOPPING_GERUNDS = frozenset(
    {
        "cutting",
        "avoiding",
        "stopping",
        "skipping",
        "eliminating",
        "dropping",
        "quitting",
        "banning",
        "removing",
    }
)
# Words after which a new command starts inside a sentence ("..., so never exceed the dose").
_NEW_COMMAND = frozenset(
    {"so", "and", "but", ",", ";", "then", "please", "pls", "plz", "just", "always", "therefore", "?", "!"}
)


# Words that put what follows "that" as a recommendation ("it is ADVISABLE that ...", "we RECOMMEND that").
_RECOMMENDING = frozenset(
    """recommended recommend recommends reasonable advisable advised advise advises wise best important
    essential suggest suggests urge urges""".split()
)


# Advice passed on ("patients are TOLD not to eat greens", "we ADVISE people on warfarin not to take K2"):
# reported, the advice is still the page's.
_INSTRUCTING = frozenset(
    """told tell tells telling advised advise advises advising warned warn warns warning asked ask asks
    instructed urged urge urges cautioned reminded taught said says""".split()
)


# What opens advice put as "not to ..." ("MAKE SURE not to change ...", "BE CAREFUL not to double up",
# "it's IMPORTANT not to ...", "it is BEST not to ...").
_NOT_TO_OPENERS = frozenset(
    {"make sure", "be sure", "be careful", "careful", "remember", "take care", "try to"}
    | {"is important", "important", "is best", "best", "is vital", "vital", "is essential", "essential"}
    | {"is crucial", "crucial", "is wise", "wise", "is better", "better"}
)


# Verbs of choosing a product ("PICK one without vitamin K", "CHOOSE a multivitamin without it").
_CHOOSING = frozenset({"pick", "choose", "opt", "select", "buy", "look", "find", "switch"})


# What a product is ("a MULTIVITAMIN with no vitamin K in it").
_PRODUCTS = frozenset(
    {"multivitamin", "multivitamins", "multi", "supplement", "supplements", "product", "products", "one"}
    | {"formula", "formulas", "brand", "brands", "tablet", "tablets", "capsule", "capsules"}
    | {"shake", "shakes"}
)


def _chosen_without(frame: Frame, cue: Span) -> bool:
    """Whether the cue is "without" the claim's own word after a verb of choosing a product ("pick a
    multivitamin without vitamin K"), or the "no" of a product "with no" such word ("a multivitamin with
    no vitamin K in it"): advice to avoid the thing, not a denial of it."""
    start = cue[0]
    tokens = frame.tokens
    if tokens[start] == "no":
        return (
            start >= 2
            and tokens[start - 1] in {"with", "containing"}
            and tokens[start - 2] in _PRODUCTS
            and cue[1] in frame.content
        )
    return (
        tokens[start] == "without"
        and any(p in frame.content for p in range(start + 1, start + 3))
        and any(tokens[p] in _CHOOSING for p in range(max(0, start - 5), start))
    )


# What may stand between "don't let" and the thing let in ("don't let A BOTTLE OF K2 into your basket").
_LET_IN = frozenset({"a", "an", "the", "any", "some", "your", "new", "bottle", "tub", "jar", "pot", "of"})


# "It's not A GOOD IDEA to ...": advice against, put as a judgement.
_UNWISE = (["a", "good", "idea"], ["a", "wise", "idea"], ["a", "smart", "idea"])


# Subjects of a verb "do" that is no command ("if YOU do not take it").
_SUBJECT_PRONOUNS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "people", "patients", "who", "that"}
)


# The verb (or the "ever" before it) of a subject of none ("No antibiotic HAS ever been shown ...", "no study
# CAN ...", "no trial EVER showed ...").
_FINITE_AFTER_NONE = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "can", "could", "will", "would", "does", "did", "ever"}
)


# Verbs a "neither ... nor" command starts with ("NEITHER START nor stop K2 until ...").
_NEITHER_ACTS = frozenset({"start", "stop", "take", "add", "use", "begin", "change", "give", "increase"})


# What may come before the act a "not something to ..." speaks of ("not something to FEAR OR avoid").
_BEFORE_ACT = frozenset({"fear", "or", "just", "simply", "be", "worry", "about", "and"})


def _act_after(tokens: list[str], p: int) -> int:
    """The position of the act named from ``p`` on ("avoid" in "something to fear or avoid"), past what may
    come before it (the first word of a verb of two words, "steer clear")."""
    while p < len(tokens) and tokens[p] in _BEFORE_ACT:
        p += 1
    return p


def _advises_against(frame: Frame, cue: Span) -> bool:
    """Whether the cue starts advice against doing something: "do not take", "never give", "you should
    not combine", "avoid ...", "don't start ... without"."""
    tokens = frame.tokens
    lang = frame.lang
    start, end = cue
    word = tokens[start]
    if word == "no" and any(p in frame.subject for p in range(end, end + 2)):
        # "my doctor said no K2 on warfarin", "No K2 if you take warfarin": a ban on the subject; not a
        # subject of none with its verb ("No antibiotic has ever been shown to lower vitamin K").
        clause_start = frame.clause_start(start)
        if not _FINITE_AFTER_NONE.isdisjoint(tokens[end + 1 : end + 4]):
            return False
        return (
            start == clause_start
            or tokens[start - 1] in {"said", "says", "say", "told", "tells"}
            or (start > 1 and tokens[start - 2] in {"told", "tells"})
            # "Warfarin users: no K2 unless your clinic signs off": a ban after a label of whom it is for.
            or (tokens[start - 1] in {",", ":"} and start - clause_start <= 4)
        )
    if tokens[start : start + 2] == ["no", "go"] or (
        word == "no"
        and end == start + 1
        and tokens[max(0, start - 2) : start] in (["a", "hard"], ["a", "firm"])
    ):
        # "K2 is a no-go on warfarin", "Natto is a hard no for us warfarin lot": a ban, said as a noun.
        return True
    if tokens[start : start + 2] == ["think", "twice"]:
        # "Think twice before taking K2 on warfarin": advice against, put politely; also after a modal of
        # advice ("People on blood thinners SHOULD / NEED TO think twice before taking K2").
        clause_start = frame.clause_start(start)
        before = tokens[max(clause_start, start - 2) : start]
        # ... or after the reason for it ("Vitamin K blunts warfarin, SO think twice before ...").
        return start == clause_start or not lang.advice_modals.isdisjoint(before) or before[-1:] == ["so"]
    if word == "neither" and tokens[end : end + 1] and tokens[end] in _NEITHER_ACTS:
        # "If you're on warfarin, NEITHER start NOR stop K2 until your INR nurse knows": a command, as "don't
        # start or stop" is, when a verb of acting follows at the head of its clause.
        return "nor" in tokens[end + 1 : end + 4] and start == frame.clause_start(start)
    if word not in {"not", "never", "no"} or _reassures(tokens, cue):
        return False
    if tokens[end : end + 1] and (
        tokens[end] in _STOPPING
        or not _STOPPING_WITH.get(tokens[end], frozenset()).isdisjoint(tokens[end + 1 : end + 4])
    ):
        # "Don't stop eating greens", "never give up ...": advice to go on, not against.
        return False
    if word == "no" and tokens[end : end + 2] in (["need", "to"], ["reason", "to"]):
        # "No need to give up salad on warfarin": leave to go on, not advice against.
        return False
    if tokens[end : end + 3] in _UNWISE or tokens[end : end + 1] in (["advisable"], ["wise"]):
        # "It's not a good idea to start K2 on warfarin without telling anyone."
        return True
    if tokens[end : end + 1] == ["mix"] and "and" in tokens[max(0, start - 9) : start]:
        # "K2 and warfarin don't mix": a warning that the two interact.
        return True
    if tokens[end : end + 2] in (["something", "to"], ["a", "thing"], ["one", "to"], ["a", "combination"]):
        # "Adding K2 to warfarin is not something to do on your own": advice against, said of an act; not
        # when the act is the claim's own ("Greens are not something to fear or AVOID on warfarin" advises
        # against what the claim advises).
        return not (
            tokens[end + 1] == "to" and _act_after(tokens, end + 2) in frame.own
        )
    after = tokens[end : end + 3]
    # "Don't let your intake swing", "as long as the amount doesn't vary": kept from drifting, an amount
    # is kept steady.
    required = " ".join(tokens[max(0, start - 5) : start])
    drifting = bool(lang.drifts.intersection(tokens[end : end + 7])) and (
        tokens[end : end + 1] in (["let"], ["allow"]) or "long as" in required or "provided" in required
    )
    # "Don't let a bottle of K2 land in your basket before your prescriber has had a say": the subject let
    # in ("don't let anyone talk you out of it" turns someone away, which dissuasion_refused reads).
    subject_at = next((p for p in range(end + 1, end + 5) if p in frame.subject), None)
    admitted = (
        tokens[end : end + 1] == ["let"]
        and subject_at is not None
        and all(t in _LET_IN for t in tokens[end + 1 : subject_at])
        and _DISSUADE.isdisjoint(tokens[end + 1 : end + 9])
    )
    if not drifting and not admitted and not any(t in lang.advice_verbs for t in after):
        return False
    clause_start = frame.clause_start(start)
    if tokens[end] in lang.label_words:
        # A label's warning needs no imperative: "is not intended for people on anticoagulants". What is
        # not recommended may be giving something up ("Cutting vitamin K right down on warfarin isn't
        # recommended"): advice to go on.
        first = tokens[clause_start : clause_start + 2]
        # "Complete avoidance of green vegetables is not recommended": giving up, said as a noun.
        giving_up = not _GIVING_UP.isdisjoint(tokens[clause_start : clause_start + 3])
        return first[0] not in _STOPPING_GERUNDS and first != ["giving", "up"] and not giving_up
    before = tokens[max(0, start - 3) : start]
    # Imperative ("Do not take", "Never give") at the start of a clause, or a modal of advice.
    # "If you're on warfarin do NOT just start K2 on your own": the condition runs into the command with no
    # comma; "do" after a word that is no subject ("if you do not take it" has one) opens the command.
    conditioned = (
        start > 1
        and tokens[start - 1] == "do"
        and tokens[start - 2] not in _SUBJECT_PRONOUNS
        and "if" in tokens[max(0, clause_start - 1) : start]
    )
    imperative = (
        start == clause_start
        or conditioned
        or (start - 1 == clause_start and tokens[clause_start] in {"do", "try"})
        or (start > 0 and tokens[start - 1] in _NEW_COMMAND)
        or (start > 1 and tokens[start - 1] in {"do", "try"} and tokens[start - 2] in _NEW_COMMAND)
        # "Make sure not to change ...", "be careful not to double up", "remember not to ...".
        or " ".join(tokens[max(clause_start, start - 2) : start]) in _NOT_TO_OPENERS
    )
    # "It is reasonable that patients on warfarin do not take K supplements": a recommendation put as
    # what ought to happen.
    lead = tokens[max(clause_start - 12, 0) : start]
    recommended = "that" in lead and not _RECOMMENDING.isdisjoint(lead)
    # "told not to eat", "advise people on warfarin not to take": advice passed on, put as an infinitive.
    instructed = tokens[end : end + 1] == ["to"] and not _INSTRUCTING.isdisjoint(
        tokens[max(clause_start, start - 5) : start]
    )
    # "as long as you don't change the amount", "provided you never double up": a requirement.
    return (
        imperative
        or recommended
        or instructed
        or any(t in lang.advice_modals for t in before)
        or "long as" in required
        or "provided" in tokens[max(0, start - 4) : start]
    )


@examples(
    (
        "You should not stop eating leafy greens just because you take warfarin.",
        "warfarin-avoid-greens",
        True,
    ),
    ("Do not take vitamin K2 supplements if you are on warfarin.", "k2-warfarin-interaction", False),
    ("Do not give K2 to a patient on warfarin.", "k2-warfarin-interaction", False),
    ("Patients on warfarin are often told not to eat leafy greens.", "warfarin-avoid-greens", False),
    ("Doctors advise people on warfarin not to take K2 supplements.", "k2-warfarin-interaction", False),
    ("My cardiologist said not to touch K2 while I'm on warfarin.", "k2-warfarin-interaction", False),
    (
        "Warfarin and MK-7 do not mix unless your doctor keeps an eye on your INR.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Combining MK-7 with warfarin is not something to try without your doctor.",
        "k2-warfarin-interaction",
        False,
    ),
    ("on warfarin? pls dont start taking K2 w/o asking ur doctor", "k2-warfarin-interaction", False),
    (
        "If you take warfarin, you should not start K2 without talking to your doctor.",
        "k2-warfarin-interaction",
        False,
    ),
    ("You should never combine warfarin and vitamin K2 on your own.", "k2-warfarin-interaction", False),
    (
        "Taking too much vitamin K2 can be toxic, so never exceed the dose on the label.",
        "k2-toxic-high-dose",
        False,
    ),
    (
        "Don't make sudden changes to how much vitamin K you eat while on warfarin.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Never start K2 while on warfarin without talking to your doctor first.",
        "k2-warfarin-interaction",
        False,
    ),
    ("MK-7 softgels are not intended for use by people on anticoagulants.", "k2-warfarin-interaction", False),
    ("My doctor said no K2 supplements while I am on warfarin.", "k2-warfarin-interaction", False),
    ("Vitamin K2 is a no-go for anyone on warfarin.", "k2-warfarin-interaction", False),
    (
        "Guidelines advise that people on warfarin do not take vitamin K2 supplements on their own.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Think twice before you combine vitamin K2 with warfarin.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "You can enjoy greens on warfarin as long as you don't change how much you eat from week to week.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "If you take warfarin, be careful not to change how much vitamin K you eat from week to week.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "On warfarin, try not to change your vitamin K intake much from one week to the next.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Pregnant and on a blood thinner? Never begin a K2 supplement without speaking to your midwife.",
        "k2-warfarin-interaction",
        False,
    ),
    ("MK-7 and warfarin should not be combined unless your clinic agrees.", "k2-warfarin-interaction", False),
    (
        "Pick a multivitamin without vitamin K if you're on warfarin, since it can push your INR down.",
        "vitk-counteracts-warfarin",
        False,
    ),
    (
        "Pick any K2 brand you like; on warfarin it is taken without problems.",
        "k2-warfarin-interaction",
        True,
    ),
    ("Taking K2 while on warfarin is not recommended.", "k2-warfarin-interaction", False),
    ("Cutting vitamin K right down on warfarin isn't recommended.", "warfarin-avoid-greens", True),
    ("Natto is a hard no for us warfarin lot, it sent my INR down.", "vitk-counteracts-warfarin", False),
    (
        "Vitamin K is not something to fear or steer clear of just because you take warfarin.",
        "warfarin-avoid-greens",
        True,
    ),
    (
        "Strict avoidance of leafy greens is not recommended for people taking warfarin.",
        "warfarin-avoid-greens",
        True,
    ),
    (
        "On warfarin, don't let a bottle of K2 into your cupboard before your doctor has had a say.",
        "k2-warfarin-interaction",
        False,
    ),
    ("People on blood thinners need to think twice before taking K2.", "k2-warfarin-interaction", False),
    (
        "Vitamin K blunts warfarin, so think twice before suggesting it to anyone on that drug.",
        "vitk-counteracts-warfarin",
        False,
    ),
    ("If you're on warfarin do NOT just start K2 on your own.", "k2-warfarin-interaction", False),
    ("Warfarin users: no K2 unless your anticoagulation clinic signs off.", "k2-warfarin-interaction", False),
    ("If you do not take warfarin, K2 is no problem.", "k2-warfarin-interaction", True),
    (
        "Choose a multivitamin with no vitamin K in it if you take warfarin, or clear it with your doctor.",
        "vitk-counteracts-warfarin",
        False,
    ),
    ("Vitamin K has no effect on warfarin, so any multivitamin will do.", "vitk-counteracts-warfarin", True),
    (
        "It's important not to suddenly double the amount of greens you eat while on warfarin.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "No antibiotic has ever been shown to lower anybody's vitamin K, whatever the leaflet implies.",
        "antibiotics-lower-vitk",
        True,
    ),
    (
        "If you're on warfarin, neither start nor stop a K2 supplement until your INR nurse knows about it.",
        "k2-warfarin-interaction",
        False,
    ),
)
def advice_agrees(frame: Frame, reading: Reading) -> None:
    """Advice against doing what a warning claim warns about agrees with it: "do not take K2 with
    warfarin" states that K2 interacts with warfarin, and so does choosing a product without the thing
    ("pick a multivitamin without vitamin K if you're on warfarin", "a multivitamin with no vitamin K in
    it"). For any other claim such advice still
    denies it ("don't take K2 to build muscle"). "Never ... without ..." is a double negative and stays
    one."""
    if not frame.caution:
        return
    if any(frame.tokens[c[0]] == "without" and not _chosen_without(frame, c) for c in reading.counted):
        return
    kept = [c for c in reading.counted if not (_advises_against(frame, c) or _chosen_without(frame, c))]
    if len(kept) != len(reading.counted):
        reading.counted = kept
        reading.rules.append("advice-agrees-with-warning")


# Words that open advice in the imperative ("ALWAYS take it with some fat or ...", "MAKE SURE you ...").
_ADVICE_OPENS = frozenset({"make", "be", "remember", "please"})

# Words that attach a consequence to advice ("do not ..., OR they will ...", "OTHERWISE ...").
_OR_ELSE = frozenset({"or", "otherwise"})


@examples(
    (
        "Never take calcium supplements without K2, or they can end up lining your arteries.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    ("Do not take K2 to build muscle, it won't work.", "k2-builds-muscle", True),
)
def warned_consequence(frame: Frame, reading: Reading) -> None:
    """Advice against something followed by what happens otherwise ("don't take calcium without K2, or it
    ends up in your arteries") is a warning that states the claim about that consequence."""
    tokens = frame.tokens
    kept = []
    for cue in reading.counted:
        joint = next((p for p in range(cue[1], len(tokens)) if tokens[p] in _OR_ELSE), None)
        if (
            joint is not None
            and tokens[joint - 1] in {",", ";"}
            and frame.lang.consequence_verbs.intersection(tokens[joint + 1 : joint + 4])
            and _advises_against(frame, cue)
        ):
            reading.rules.append("warned-consequence")
            continue
        kept.append(cue)
    reading.counted = kept


@examples(
    (
        "Warfarin patients have to cut out foods rich in vitamin K or the drug won't work.",
        "warfarin-avoid-greens",
        False,
    ),
    (
        "You must keep your vitamin K intake steady, otherwise your INR won't stay in range.",
        "warfarin-consistent-vitk",
        False,
    ),
    ("You don't have to cut out greens on warfarin, or so the clinic says.", "warfarin-avoid-greens", True),
    (
        "Drizzle olive oil on the kale, otherwise you're not absorbing much of the vitamin K.",
        "vitk-absorbed-with-fat",
        False,
    ),
    (
        "Always take vitamin K with a little fat or most of it simply won't get absorbed.",
        "vitk-absorbed-with-fat",
        False,
    ),
    (
        "Take your K2 alongside some healthy fat, like eggs at breakfast, or much of it won't be absorbed.",
        "vitk-absorbed-with-fat",
        False,
    ),
    ("Take D3 with or without K2; it will not calcify your arteries.", "d3-without-k2-calcifies", True),
    (
        "Vitamin K deficiency in otherwise healthy adults is something doctors seldom see.",
        "vitk-deficiency-common",
        True,
    ),
)
def consequence_after(frame: Frame, reading: Reading) -> None:
    """Advice with what happens otherwise after it ("you have to cut out greens OR the drug won't work",
    "..., OTHERWISE your INR won't stay in range"): a negation in the consequence belongs to it, not to
    the advice, which states the claim. "Otherwise" says the advice came first whatever its mood
    ("Drizzle oil on the kale, otherwise ..."); a bare "or" needs a word of advice before it."""
    tokens = frame.tokens
    kept = []
    for cue in reading.counted:
        start = cue[0]
        joint = next((p for p in range(start - 1, frame.clause[0] - 1, -1) if tokens[p] in _OR_ELSE), None)
        before = tokens[frame.clause[0] : joint] if joint is not None else []
        if (
            joint is not None
            and (start - joint <= 5 or _far_consequence(tokens, joint, start))
            and tokens[joint + 1 : joint + 2] != ["so"]
            and tokens[joint - 1 : joint + 2] != ["with", "or", "without"]
            and any(p < joint for p in frame.own - frame.subject)
            and (
                frame.lang.advice_modals.intersection(before)
                or "have" in before
                or "has" in before
                or tokens[joint] == "otherwise"
                or "always" in before
                or not _ADVICE_OPENS.isdisjoint(before[:2])
                # "Take your K2 alongside some fat, ..., or much of it won't be absorbed": the sentence opens
                # with the imperative of a verb of taking.
                or (tokens[0] in frame.lang.advice_verbs and not tokens[0].endswith("ing"))
            )
            and not any(c[0] < joint for c in reading.cues)
        ):
            reading.rules.append("consequence-after")
            continue
        kept.append(cue)
    reading.counted = kept


def _far_consequence(tokens: list[str], joint: int, start: int) -> bool:
    """Whether a negation six or seven words after "or" still opens its consequence: it follows a modal, with
    no stop or contrast between ("..., or a good chunk of it WON'T be absorbed")."""
    between = tokens[joint + 1 : start]
    return (
        tokens[joint] == "or"
        and start - joint <= 7
        and tokens[start - 1] in _CONSEQUENCE_MODALS
        and not {",", ";", ":", "but", "yet", "though"}.intersection(between)
    )


_CONSEQUENCE_MODALS = frozenset({"will", "would", "can", "could", "may", "might"})

_POINTERS = frozenset({"that", "this", "which"})


# What "doesn't make ..." still judges: "saying so doesn't make it TRUE", "that doesn't make SENSE",
# "nature doesn't make MISTAKES".
_MADE_TRUE = frozenset(
    {"true", "so", "right", "correct", "real", "fact", "facts", "accurate", "valid", "truth", "science"}
    | {"scientific", "proof", "proven", "evidence", "legit", "legitimate", "sense", "mistakes", "mistake"}
    | {"errors", "error"}
)


def _inference_denied(tokens: list[str], after: int) -> bool:
    """Whether the negation ending at ``after`` denies only an inference from the claim, not the claim:
    "not mean" followed by the reader or people at large ("..., but that doesn't mean you need one" says
    what does not follow, not that the claim is wrong), or "not make" ("..., but that doesn't make it a
    cure"), unless what is not made is the claim's truth ("doesn't make it true")."""
    if tokens[after : after + 1] in (["make"], ["makes"]):
        return _MADE_TRUE.isdisjoint(tokens[after + 1 : after + 5])
    return tokens[after : after + 1] in (["mean"], ["means"]) and tokens[after + 1 : after + 2] in (
        ["you"],
        ["everyone"],
        ["everybody"],
        ["anyone"],
        ["people"],
        ["we"],
    )


def _points_back(tokens: list[str], start: int, cue: int) -> bool:
    """Whether the cue's clause opens on a word pointing back at the sentence before it: "that is not
    what the data show", "this never happened", "which is not so"."""
    # A concession ("though this has not been tested") only hedges, as in trailing_judgement.
    if start > 0 and tokens[start - 1] in {"though", "although", "while", "whereas"}:
        return False
    lead = start + (tokens[start] in {"and", "but", "yet"})
    return tokens[lead] in _POINTERS and cue - lead <= 2 and cue > lead


def _offered_answer(tokens: list[str], start: int, end: int) -> bool:
    """Whether the clause at start..end is the second answer a question offers ("..., or is that a
    myth?"): it opens on "or" (or follows it) and runs to the question mark."""
    return "or" in tokens[max(0, start - 1) : start + 1] and "?" in tokens[end - 1 : end + 1]


@examples(
    (
        "I took K2 for my night leg cramps for three months and nothing changed.",
        "k2-nocturnal-leg-cramps",
        True,
    ),
    (
        "Used MK-7 for a year hoping my bone density would go up, so it didn't help me.",
        "k2-increases-bone-density",
        True,
    ),
    ("K2 builds muscle, but that's a myth.", "k2-builds-muscle", True),
    (
        "Parents hear that oral drops protect as well as the shot, and that is not what the studies found.",
        "oral-vitk-equals-shot",
        True,
    ),
    ("K2 may build muscle, but that's a myth.", "k2-builds-muscle", True),
    (
        "K2 might ease night cramps in older people, but no trial has repeated that result.",
        "k2-nocturnal-leg-cramps",
        False,
    ),
    (
        "Some parents fear the vitamin K shot may cause leukaemia, but that was never borne out.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "One small 1990s study tied the vitamin K jab to leukaemia, but larger studies did not replicate it.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Some mothers fear the vitamin K jab may lead to leukaemia, although that was never confirmed.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "The idea that the newborn jab causes cancer rests on one old study and has never been replicated.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Many people think they must cut out greens on warfarin, but that's not true.",
        "warfarin-avoid-greens",
        True,
    ),
    ("Does K2 really build muscle, or is that just gym folklore?", "k2-builds-muscle", False),
    ("K2 builds muscle; nothing could be further from the truth.", "k2-builds-muscle", True),
    (
        "Yes, most people are deficient in K2, because it's in foods we no longer eat.",
        "most-people-need-k2-supplement",
        False,
    ),
    ("Sellers say natto is the richest source of K2, but that is inaccurate.", "natto-richest-k2", True),
    ("Is natto truly the richest source of K2 or is that a myth?", "natto-richest-k2", False),
    # "..., but that doesn't mean you need one": what does not follow is advice to the reader, a new
    # proposition; the claim stands.
    (
        "A typical 100 mcg K2 capsule is safe for most healthy adults, but that doesn't mean you need one.",
        "k2-safe-usual-doses",
        False,
    ),
    (
        "A small trial found K2 eased night cramps, but that doesn't mean it works for everyone.",
        "k2-nocturnal-leg-cramps",
        True,
    ),
    ("The body makes K2 in the gut, so you're unlikely to run short.", "gut-bacteria-supply-k2", False),
    # A dismissal denied, or a value said to hold, agrees with the claim.
    (
        "Your bones need vitamin K to stay strong - this is not a fringe idea.",
        "vitk-important-bone-health",
        False,
    ),
    (
        "Adults need about 90 to 120 mcg of vitamin K a day, and that doesn't change on warfarin.",
        "vitk-adequate-intake",
        False,
    ),
    ("Natto is the richest K2 food, but that doesn't make it a miracle food.", "natto-richest-k2", False),
    (
        "Babies are born with low vitamin K, but that doesn't make the injection pointless.",
        "babies-born-low-vitk",
        False,
    ),
    ("Influencers say K2 builds muscle, but saying it doesn't make it true.", "k2-builds-muscle", True),
)
def trailing_judgement(frame: Frame, reading: Reading) -> None:
    """A later clause with none of the claim's words that only passes judgement on it still denies it.
    The writer's own hedge ("K2 may help ..., but no trial has tested it") keeps a caveat about the
    evidence a caveat: the sentence still puts the claim forward, as a possibility. A question that offers
    the judgement as one of its answers ("Does K2 build muscle, or is that a myth?") passes none."""
    hedged = _hedged(frame) and not _reported(frame)
    end = frame.clause[1]
    for s, e in frame.spans:
        if _offered_answer(frame.tokens, s, e):
            continue
        if s > 0 and frame.tokens[s - 1] in _REASONS and frame.tokens[s] not in {"that", "this", "which"}:
            # "..., because it's in foods we no longer eat": a reason given for the claim, not a judgement.
            continue
        if hedged and _TESTING.intersection(frame.tokens[s:e]) | frame.lang.evidence.intersection(
            frame.tokens[s:e]
        ):
            continue
        if s >= end and not any(s <= p < e for p in frame.content):
            # "Your gut makes K2, so you're unlikely to run short": a consequence drawn from the claim is no
            # judgement of it, unless it points back at it or tells of a try that failed.
            opening = frame.tokens[max(0, s - 3) : s + 3]
            drawn = (
                (
                    not _DRAWN.isdisjoint(opening[:4])
                    or any(opening[i : i + 2] == ["is", "why"] for i in range(len(opening) - 1))
                )
                and _VERDICT_DRAWN.isdisjoint(frame.tokens[s:e])
                and frame.lang.evidence.isdisjoint(frame.tokens[s:e])
            )
            # "..., but that doesn't make the injection POINTLESS": what is not made follows the inference.
            inferred = [
                c[1] for c in reading.cues if s <= c[0] < e and _inference_denied(frame.tokens, c[1])
            ]
            added = [
                c
                for c in reading.cues
                if s <= c[0] < e
                and not _inference_denied(frame.tokens, c[1])
                and not any(p < c[0] <= p + 5 for p in inferred)
                and not _not_dismissed(frame.tokens, c)
                # "..., and that question has never been put to bed": an unresolved worry judges nothing.
                and (frame.tokens[c[1] - 1] not in _LAID_TO or _negation_before(frame.tokens, c[0]) is None)
                and (not drawn or _points_back(frame.tokens, s, c[0]) or _failed_try(frame.tokens, s, c))
                and (
                    c[1] - c[0] > 1
                    or frame.tokens[c[0]] not in frame.lang.forward
                    # "..., and that's not what the data show": a denial of what "that" points back to.
                    or _points_back(frame.tokens, s, c[0])
                    # "..., but later studies could not reproduce it": a failed test judges the claim.
                    or (not hedged and _FAILED_TEST.intersection(frame.tokens[c[1] : c[1] + 2]))
                    # "Took K2 for my cramps, so it didn't help": a try that failed, with no new subject.
                    or _failed_try(frame.tokens, s, c)
                )
            ]
            if added:
                reading.counted += added
                reading.rules.append("trailing-judgement")


# What a judgement may deny the claim is ("this is not a FRINGE idea", "that part is not HYPE"), and the
# verbs of a value that holds ("and that doesn't CHANGE when you're pregnant").
_DISMISSED_AS = frozenset(
    {"fringe", "hype", "myth", "marketing", "lore", "folklore", "fad", "gimmick", "nonsense", "fiction"}
)
_HOLDS = frozenset({"change", "changes", "alter", "alters", "differ", "differs"})


def _not_dismissed(tokens: list[str], cue: Span) -> bool:
    """Whether a later clause's negation denies a dismissal of the claim ("- this is not a fringe idea",
    "and that part is not hype") or says its value holds ("and that doesn't change when you're
    pregnant"): it agrees with the claim."""
    start, end = cue
    if tokens[start] not in {"not", "never"}:
        return False
    after = [t for t in tokens[end : end + 4] if t not in {"a", "an", "the", "just", "some", "really"}]
    return bool(after) and (after[0] in _HOLDS or not _DISMISSED_AS.isdisjoint(after[:2]))


# Words that open a consequence drawn from the claim ("..., SO you're unlikely to run short").
_DRAWN = frozenset({"so", "hence", "therefore", "thus"})
# ... which may still be a verdict on it (", so there is no solid proof", ", so the panic is overblown").
_VERDICT_DRAWN = frozenset(
    {"miracle", "miracles", "overblown", "overhyped", "exaggerated", "hype", "overstated"}
)


# Words that call a statement false ("..., which is WRONG", "pediatricians say that's FALSE"): narrower than
# ``Language.calls_false`` on purpose ("that idea is overblown" after a denial agrees with it).
_CALLED_FALSE = frozenset(
    {"wrong", "false", "untrue", "nonsense", "incorrect", "inaccurate", "myth", "bogus", "rubbish"}
)
# What points back at the statement judged.
# (Or at who said it: "Campaigners declared the shot unnecessary, and THEY were dead wrong".)
_STATEMENT_POINTERS = frozenset({"which", "that", "this", "it", "they"})
# What opens the reason given for a judgement (", which is wrong, SINCE ...", ", which is false, it's ...").
_CLOSING_REASON = frozenset({",", ";", ":", "since", "because", "as"})


def _labels_source(frame: Frame, cue: Span, before: int) -> bool:
    """Whether the cue names who holds the claim ("BRO-SCIENCE forums claim ...", "MYTH-peddlers say ...")
    rather than denying it: a reporting word follows within two words, before the claim's words end."""
    tokens = frame.tokens
    return any(tokens[p] in frame.lang.reporting for p in range(cue[1], min(cue[1] + 3, before + 1)))


@examples(
    ("The post says K2 has no effect on osteocalcin, which is wrong.", "k2-activates-osteocalcin", False),
    (
        "Babies aren't born short of vitamin K, the video claims; pediatricians say that's false.",
        "babies-born-low-vitk",
        False,
    ),
    ("The post says K2 builds muscle, which is wrong.", "k2-builds-muscle", True),
    (
        "A forum post said fat makes no difference to K absorption, which is wrong, it's fat-soluble.",
        "vitk-absorbed-with-fat",
        False,
    ),
    ("Gut bacteria don't make any vitamin K, that's a myth.", "bacteria-make-k2", True),
    (
        "Some campaigners declared the injection unnecessary and dangerous, and they were dead wrong.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Some bro-science forums claim K2 matters more than protein for gains; that's nonsense.",
        "k2-more-important-than-protein",
        True,
    ),
)
def denial_called_false(frame: Frame, reading: Reading) -> None:
    """A denial of the claim followed by a judgement that calls it false ("The post says K2 has no effect on
    osteocalcin, which is wrong"; "..., the video claims; pediatricians say that's false") is one double
    negative: the writer grants the claim. The denial must be reported (someone else's), and the judgement
    must point back at the statement ("which", "that") after the claim's words: a writer's own denial with
    "that's a myth" after it is said of the claim, as people write it."""
    counted = reading.counted
    if len(counted) < 2 or not frame.content:
        return
    tokens = frame.tokens
    last = max(frame.content)
    # Reported before the claim's words or after them (", the video claims;").
    attributed = frame.lang.reporting.intersection(tokens[last + 1 : last + 5])
    if not attributed and not _reported(frame):
        # "Gut bacteria don't make any vitamin K, that's a myth": the writer's own denial, with "that's a
        # myth" said of the claim it denies, as people write it.
        return
    # The judgement follows the claim's words, or the words it judges when a reason for it follows ("...,
    # which is wrong, it's fat-soluble"); ``judged`` maps each judging cue to the last claim word before it.
    judged: dict[Span, int] = {}
    for c in counted:
        before = max((p for p in frame.content if p < c[0]), default=None)
        if (
            before is not None
            and (c[0] > last or _CLOSING_REASON.intersection(tokens[c[1] : c[1] + 2]))
            and (tokens[c[0]] in _CALLED_FALSE or tokens[c[0] : c[0] + 2] == ["not", "true"])
            and _STATEMENT_POINTERS.intersection(tokens[max(before + 1, c[0] - 5) : c[0]])
        ):
            judged[c] = before
    if not judged:
        return
    said_up_to = min(last, *judged.values())
    denials = [
        c
        for c in counted
        if c[0] < min(judged)[0] and c not in judged and not _labels_source(frame, c, said_up_to)
    ]
    if denials and all(c[0] < said_up_to or frame.in_clause(c[0]) for c in denials):
        reading.counted = [c for c in counted if c not in denials and c not in judged]
        reading.rules.append("denial-called-false")


@examples(
    ("Doesn't K2 build muscle?", "k2-builds-muscle", False),
    ("Q: Aren't babies meant to have low vitamin K?", "babies-born-low-vitk", False),
    # The rule leaves this one to the second opinion, which reads the sarcasm ("if it works so well, why
    # don't they all take it?") as the doubt it is (round 22's claim-aware negation model).
    ("If K2 builds muscle so well, why don't bodybuilders all take it?", "k2-builds-muscle", True),
)
def negative_question(frame: Frame, reading: Reading) -> None:
    """ "Doesn't K2 build muscle?" asks whether the claim holds; it does not deny it. "Why isn't anyone
    using K2 for cancer?" takes the claim for granted."""
    tokens = frame.tokens
    start, end = frame.clause
    question = tokens[-1:] == ["?"] or "?" in tokens[start:end]
    if not question or not reading.counted:
        return
    # "Why isn't anyone using it?", "why don't doctors prescribe it?": a rhetorical question asserts.
    rhetorical = [
        c
        for c in reading.counted
        if tokens[c[0]] == "not"
        and c[0] >= 2
        and tokens[c[0] - 2] == "why"
        and tokens[c[0] - 1] in frame.lang.negative_aux
    ]
    if rhetorical:
        reading.counted = [c for c in reading.counted if c not in rhetorical]
        reading.rules.append("negative-question")
        return
    first = reading.counted[0][0]
    # ("Q: Aren't babies meant to have low vitamin K?": after the question's label.)
    if tokens[start] in {"q", "question"} and first > start + 1:
        start += 1
    if (
        first <= start + 1
        and (first == start or tokens[start] in frame.lang.negative_aux)
        and tokens[first] == "not"
    ):
        reading.counted = reading.counted[1:]
        reading.rules.append("negative-question")


# What a denied inference denies ("..., but that doesn't MEAN ...", "... doesn't MAKE it a cure").
_INFERENCE_VERBS = (["mean"], ["means"], ["imply"], ["follow"], ["make"], ["makes"])
# What opens an exception after "but not" for a group (``Language.excepted_groups``: "..., but not IF you
# take warfarin", "but not FOR people on dialysis").
_GROUP_OPENERS = frozenset({"if", "when", "for", "in"})


# What an exception may say the claim is not for a group ("but not HARMLESS if you take warfarin").
_SAFE_WORDS = frozenset({"safe", "harmless", "fine", "okay", "ok", "alright", "suitable", "appropriate"})


def _narrowed_to_group(frame: Frame, after: int) -> bool:
    """Whether the words right after a negation ending at ``after`` name a group of people the clause is
    an exception for, at once or after a word of safety ("but not if you take warfarin", "but not
    harmless for people on blood thinners")."""
    words = frame.tokens[after : after + 3]
    if words[:1] and words[0] in _SAFE_WORDS:
        words = words[1:]
    return len(words) >= 2 and words[0] in _GROUP_OPENERS and words[1] in frame.lang.excepted_groups


@examples(
    ("Spinach has lots of vitamin K, but not K2.", "leafy-greens-k2", True),
    ("Natto is rich in K2, but not in K1.", "natto-richest-k2", False),
    ("Gut bacteria do make some K2, but it's not enough to meet your needs.", "gut-bacteria-supply-k2", True),
    (
        "Health agencies publish an adequate intake for vitamin K as a whole, but not for K2.",
        "k2-official-rdi",
        True,
    ),
    ("Kale provides K1, but it is a poor source of K2.", "leafy-greens-k2", True),
    (
        "Some trials found vitamin K cut the chance of breaking a bone, but others found no benefit.",
        "k2-prevents-fractures",
        False,
    ),
    (
        "Delay the vitamin K injection until after the first feed if you like, but do not skip it.",
        "newborn-vitk-shot",
        False,
    ),
    ("Spinach is good for you, but it gives you K1 rather than K2.", "leafy-greens-k2", True),
    (
        "Breast milk naturally has low vitamin K, but that doesn't mean breastfeeding causes a deficiency.",
        "breast-milk-low-vitk",
        False,
    ),
    (
        "Every newborn starts out with low vitamin K levels, but natural does not mean safe.",
        "babies-born-low-vitk",
        False,
    ),
    (
        "Low vitamin K at birth is normal, but that doesn't mean the shot is unnecessary.",
        "newborn-vitk-shot",
        False,
    ),
    ("K2 is safe at normal doses, but not harmless if you take warfarin.", "k2-safe-usual-doses", False),
    (
        "Mum's own vitamin K pills raise the level in her milk a little, but that's no substitute for giving "
        "the vitamin K shot to the baby.",
        "newborn-vitk-shot",
        False,
    ),
)
def but_not(frame: Frame, reading: Reading) -> None:
    """ "..., but not K2", "..., but it's not enough": a clause after "but" whose negation falls on the
    claim's own words denies what the clause before conceded."""
    if "safe-except" in reading.rules:
        return
    tokens = frame.tokens
    end = frame.clause[1]
    for s, e in frame.spans:
        if s < end or s == 0 or tokens[s - 1] not in frame.lang.contrast:
            continue
        # "an intake for vitamin K, but none for K2": the claim's subject, named only after the negation,
        # is left out of what the clause before says of something broader.
        subject = frame.subject - frame.siblings
        excluded = not any(p < s for p in subject)
        cue = next(
            (
                c
                for c in reading.cues
                if s <= c[0] < e
                and tokens[c[0]] in {"not", "never", "no", "none", "rather", "instead"}
                and c not in reading.counted
                and (
                    any(c[1] <= p < e for p in frame.content - frame.subject)
                    or (excluded and any(c[1] <= p < min(e, c[1] + 4) for p in subject))
                )
                # ("..., but don't skip it": a negated opposite term is one double negative.)
                and not any(c[1] <= p < c[1] + 2 for p in frame.opposites)
                # ("..., but that's no substitute for giving the vitamin to the newborn": what there is no
                # substitute for, in the claim's words, is needed.)
                and not (
                    tokens[c[1] : c[1] + 1] in (["substitute"], ["replacement"])
                    and any(c[1] < p < e for p in frame.content)
                )
                # ("K2 is safe at normal doses, but not harmless if you take warfarin": an exception for a
                # group of people narrows the claim; it does not deny it.)
                and not _narrowed_to_group(frame, c[1])
                # ("..., but that doesn't mean the shot is unnecessary": a negation already paired with
                # the opposite term after it, as one double negative.)
                and not (
                    "negated-antonym" in reading.rules
                    and reading.antonym is not None
                    and c[1] <= reading.antonym[0] < e
                )
                # ("..., but that doesn't mean breastfeeding causes a deficiency": an inference denied,
                # which holds none of the claim's words, leaves the claim stated before it.)
                and not (
                    tokens[c[1] : c[1] + 1] in _INFERENCE_VERBS
                    and (
                        not any(c[1] < p < e for p in frame.content - frame.subject)
                        # ("..., but natural does not mean safe": an inference from a word of the
                        # concession, which the concession's claim does not rest on.)
                        or tokens[s : c[0]][-2:-1] in (["natural"], ["normal"], ["common"], ["rare"])
                    )
                )
            ),
            None,
        )
        # ("Some trials found fewer fractures, but others found no benefit": mixed findings, not a denial.)
        if (
            cue is not None
            and not any(p in frame.siblings for p in range(s, e))
            and not _mixed_findings(tokens, s - 1)
        ):
            reading.counted.append(cue)
            reading.rules.append("but-not")
        return


@examples(
    ("Skipped the vitamin K shot with my first, never again.", "newborn-vitk-shot", False),
    ("We declined the vitamin K injection and would never do that again.", "newborn-vitk-shot", False),
    ("Never again will I let anyone talk me into the vitamin K shot.", "newborn-vitk-shot", True),
)
def never_again(frame: Frame, reading: Reading) -> None:
    """ "Skipped the shot with my first, never again": a "never (...) again" after the claim's opposite
    term, told as done, regrets it; the two make one double negative."""
    if reading.antonym is None:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    # (The "never" may have been set aside as a cue of its own, past every claim word.)
    for cue in reading.cues:
        start, end = cue
        if tokens[start] != "never" or start <= at or "again" not in tokens[end : end + 5]:
            continue
        reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
        reading.rules.append("never-again")
        return


# Verbs of putting a question to someone who knows ("ASK your doctor whether ...").
_CONSULT = frozenset({"ask", "check", "consult", "talk", "speak"})
# ... and the verbs of the one who answers it ("your prescriber should DECIDE whether any K2 is okay",
# "your doctor can TELL you if it is safe").
_ANSWERED_BY = _CONSULT | {"decide", "decides", "determine", "determines", "tell", "advise", "advises"}
# Words that open the question put ("ask ... WHETHER it is safe", "WHAT amount is safe").
_QUESTION_OPENERS = frozenset({"whether", "if", "what", "how", "which"})


def _asked_of(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` sits in a question put to someone, opened by a verb of consulting
    within the 16 words before it ("ask your provider what amount of K2, if any, is SAFE")."""
    opener = False
    for p in range(at - 1, max(-1, at - 17), -1):
        word = tokens[p]
        if word in {".", ";", ":", "?", "!", "but"}:
            return False
        if word in _QUESTION_OPENERS:
            opener = True
        elif word in _ANSWERED_BY:
            return opener
    return False


@examples(
    (
        "Don't start a K2 product while on warfarin unless your prescriber says it is fine.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "Do not add MK-7 while on warfarin unless your anticoagulation clinic agrees it is safe.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is fine with warfarin, you don't need to tell your doctor.", "k2-warfarin-interaction", True),
    (
        "If you are on warfarin, ask your pharmacist whether MK-7 is safe for you before you buy it.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "If you're on warfarin, your prescriber should decide whether any K2 is okay and how much.",
        "k2-warfarin-interaction",
        False,
    ),
)
def exception_permission(frame: Frame, reading: Reading) -> None:
    """An opposite term inside an exception ("unless your doctor says it's okay", "if your GP agrees it
    is safe") names the condition under which the advice lifts; it does not deny the claim. Inside a
    question put to a doctor ("ask your doctor whether K2 is safe for you") it is what to ask about,
    advice to consult."""
    if reading.antonym is None:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    if _asked_of(tokens, at):
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("exception-permission")
        return
    for opener in range(at - 1, max(-1, at - 9), -1):
        word = tokens[opener]
        if word in {",", ";", ":", "but", "and"}:
            return
        permits = frame.lang.permission.intersection(tokens[opener + 1 : at])
        if word == "unless" or (word == "if" and permits):
            reading.counted = [c for c in reading.counted if c != reading.antonym]
            reading.rules.append("exception-permission")
            return


@examples(
    (
        "Some brands claim K2 fuels ATP production in muscle, yet nobody has tested that in humans.",
        "k2-boosts-muscle-atp",
        True,
    ),
    (
        "Natto is widely believed to beat every other K2 source, but that has never been measured.",
        "natto-richest-k2",
        True,
    ),
    (
        "Claims that K2 shields muscle from oxidative stress come from rodent work, not from people.",
        "k2-muscle-oxidative-stress",
        True,
    ),
    (
        "I think K2 really does help with my night cramps, though I can't prove it.",
        "k2-nocturnal-leg-cramps",
        False,
    ),
    (
        "Older leaflets claimed that most adults run short of vitamin K, but in fact it is uncommon.",
        "vitk-deficiency-common",
        True,
    ),
    (
        "Some shops insist menadione is a fine cheap form of vitamin K, yet it is toxic to people.",
        "menadione-safe-supplement",
        True,
    ),
    ("K2 is touted as a cure for cancer, it has never been shown to treat any.", "k2-treats-cancer", True),
    (
        "Some patients assume rivaroxaban is just as sensitive to vitamin K as warfarin, but it isn't.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Vitamin K cream is a popular home remedy for spider veins, but research hasn't shown it works.",
        "topical-vitk-clears-bruises",
        True,
    ),
)
def reported_then_denied(frame: Frame, reading: Reading) -> None:
    """A claim reported as what others hold ("sellers claim", "it is often said", "claims that"), then
    met with a denial after the claim's words ("yet nobody has measured it", "yet little is absorbed",
    "rest on cell studies, not on any trial") or with the claim's opposite term in a later clause ("yet
    it's actually rare") is denied. The writer's own view ("I think") is not
    reported."""
    opposite_reported = reading.antonym is not None and reading.counted == [reading.antonym]
    if (
        (reading.counted and not opposite_reported)
        or not frame.content
        or "judged-reported-opposite" in reading.rules
        # ("The worry that ... has never been put to rest": the denial after the report is a double negative.)
        or "litotes" in reading.rules
    ):
        # (A report of the claim's opposite judged false is one double negative: nothing left to deny.)
        return
    if not _reported(frame):
        return
    tokens = frame.tokens
    last = max((p for p in frame.content if frame.in_clause(p)), default=max(frame.content))
    if opposite_reported:
        # "Some assume rivaroxaban is as sensitive to vitamin K as warfarin, but it isn't": the denial
        # answers the reported opposite term, one double negative.
        for start, _ in reading.cues:
            if start > last and frame.lang.contrast.intersection(tokens[last + 1 : start]):
                reading.counted = []
                reading.rules.append("reported-then-denied")
                return
        return
    noun = tokens[0] in {"claims", "claim", "the", "idea", "notion"}
    # "It's marketed for heart health, it hasn't earned that label": a bare comma, then a clause about it.
    splice = tokens[last + 1 : last + 3] in ([",", "it"], [",", "that"], [",", "this"], [",", "they"])
    for start, _ in reading.cues:
        if start <= last:
            continue
        if noun or splice or frame.lang.contrast.intersection(tokens[last + 1 : start]):
            reading.counted = [(start, start + 1)]
            reading.rules.append("reported-then-denied")
            return
    # "..., yet it's actually rare", "..., though the two behave differently": the claim's opposite term
    # in a clause that answers the report.
    answer = frame.lang.contrast | frame.lang.concessive
    for at in sorted(frame.opposites):
        if at > last and not frame.in_clause(at) and answer.intersection(tokens[last + 1 : at]):
            reading.counted = [(at, at + 1)]
            reading.rules.append("reported-then-denied")
            return


@examples(
    ("Be sure you don't miss your newborn's vitamin K injection.", "newborn-vitk-shot", False),
    ("Parents should not turn down the newborn vitamin K injection.", "newborn-vitk-shot", False),
    ("Never forget that your blood needs vitamin K to clot.", "vitk-needed-clotting", False),
    ("You don't have to avoid spinach on warfarin.", "warfarin-avoid-greens", True),
    ("Don't avoid the vitamin K injection out of fear of leukaemia.", "vitk-shot-causes-leukemia", True),
)
def negated_omission(frame: Frame, reading: Reading) -> None:
    """A negation right before leaving something out ("don't miss", "never forget", "don't neglect")
    says to do it: one double negative. A word of leaving out that is the claim's own ("avoid" in "must
    avoid greens") is what the claim asserts, and its negation still denies it; so does doing what a
    warning claim warns against ("don't avoid the shot over cancer fears")."""
    if frame.caution:
        # A claim that warns against something: "don't avoid the shot" argues against the warning.
        return
    tokens = frame.tokens
    lang = frame.lang
    kept = []
    for cue in reading.counted:
        start, end = cue
        nxt = next(
            (p for p in range(end, min(end + 3, len(tokens))) if tokens[p] not in {"to", "ever", "be"}), None
        )
        # "Don't turn down the shot", "never pass on it": a refusal in two words.
        phrasal = (
            tokens[nxt : nxt + 2] in (["turn", "down"], ["pass", "on"], ["opt", "out"]) if nxt else False
        )
        if (
            cue != reading.antonym
            and tokens[start] in {"not", "never"}
            and nxt is not None
            and (tokens[nxt] in lang.refusals or tokens[nxt] in lang.omissions or phrasal)
            and nxt not in frame.own
            and (nxt, nxt + 1) != reading.antonym
        ):
            reading.rules.append("negated-omission")
            continue
        kept.append(cue)
    reading.counted = kept


@examples(
    ("Formula milk is rich in vitamin K, but breast milk isn't.", "breast-milk-low-vitk", False),
    (
        "Cow's milk formula carries plenty of vitamin K, whereas breast milk does not.",
        "breast-milk-low-vitk",
        False,
    ),
    ("Formula is low in vitamin K, but breast milk is not.", "breast-milk-low-vitk", True),
)
def contrasted_subject(frame: Frame, reading: Reading) -> None:
    """ "Formula is rich in vitamin K, but breast milk isn't": a clause about another subject, then the
    claim's subject with a bare negated auxiliary, says the subject lacks what the other has. The
    negation falls on the earlier predicate: it cancels an opposite term there and denies a claim word."""
    tokens = frame.tokens
    words = [p for p, t in enumerate(tokens) if t not in {",", ".", ";", "!", "?"}]
    if len(words) < 4 or tokens[words[-1]] != "not" or tokens[words[-2]] not in frame.lang.negative_aux:
        return
    cue = (words[-1], words[-1] + 1)
    start = frame.clause_start(cue[0])
    opener = next(
        (p for p in range(cue[0] - 1, -1, -1) if tokens[p] in {",", ";", "but", "whereas", "while"}), None
    )
    if opener is None or not frame.subject or min(frame.subject) <= opener:
        return
    start = max(start, opener)
    if not any(p < start for p in frame.own) or any(start < p < cue[0] for p in frame.own - frame.subject):
        return
    earlier = reading.antonym is not None and reading.antonym[0] < start
    reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym if earlier else None)]
    if not earlier:
        reading.counted.append(cue)
    reading.rules.append("contrasted-subject")


@examples(
    (
        "Vitamin K markers are lab tools rather than routine tests, so status is hard to measure.",
        "vitk-status-hard-to-measure",
        False,
    ),
)
def rejected_alternative(frame: Frame, reading: Reading) -> None:
    """An opposite term after "rather than" or "instead of" is the alternative the sentence turns down
    ("research tools rather than routine tests"): it does not deny the claim."""
    if reading.antonym is None:
        return
    at = reading.antonym[0]
    window = " ".join(frame.tokens[max(0, at - 4) : at])
    if "rather than" in window or "instead of" in window:
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("rejected-alternative")


def _no_until(tokens: list[str], cue: tuple[int, int], pivot: int) -> bool:
    """Whether "no" and a noun of one or two words come right before "until" ("no symptoms until")."""
    return tokens[cue[0]] == "no" and 1 <= pivot - cue[1] <= 2 and tokens[pivot] == "until"


# Words that may open a clause of advice after a reassurance ("..., JUST check with your doctor").
_ADVICE_OPENERS = frozenset({"just", "but", "though", "still", "although", "however", "please", "do"})


@examples(
    (
        "K2 is generally safe; just talk to your doctor first if you take warfarin.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is perfectly safe with warfarin; no need to ask your doctor.", "k2-warfarin-interaction", True),
    ("K2 is fine with warfarin, just ask your doctor if you feel unsure.", "k2-warfarin-interaction", True),
)
def consult_exception(frame: Frame, reading: Reading) -> None:
    """ "K2 is generally safe; just talk to your doctor first if you take warfarin": in a claim that warns,
    a clause after the opposite term that tells the reader to consult someone (its verb first, perhaps
    after "just" or "but") if they are the claim's own case ("if you take warfarin") is the exception the
    reassurance leaves, which is what the claim says."""
    if reading.antonym is None or not frame.caution:
        return
    tokens = frame.tokens
    supervisors = frame.lang.supervisors
    group = frame.groups.get(reading.antonym[0])
    for p in range(reading.antonym[1], len(tokens) - 1):
        if tokens[p] not in {",", ";", ":", "-", "—", "–"}:
            continue
        q = p + 1
        while q < len(tokens) and tokens[q] in _ADVICE_OPENERS:
            q += 1
        if q >= len(tokens) or tokens[q] not in _CONSULT or supervisors.isdisjoint(tokens[q + 1 : q + 7]):
            continue
        # Who to ask (above), then the claim's own case after a condition ("if you take WARFARIN"), not a
        # word of the group the opposite term belongs to ("ask your doctor if you feel unsure": the
        # reassurance stands).
        case = any(
            r > q
            and frame.groups.get(r) != group
            and tokens[r] not in supervisors
            and not {"if", "when", "while"}.isdisjoint(tokens[q:r])
            for r in frame.own
        )
        if not case:
            continue
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("consult-exception")
        return


# Words of running short ("when vitamin K is in SHORT supply", "if K2 is LACKING").
_LACKING = frozenset(
    {"short", "low", "lacking", "missing", "deficient", "insufficient", "scarce", "depleted", "absent"}
)


@examples(
    ("Osteocalcin can't grab calcium until vitamin K2 has activated it.", "k2-activates-osteocalcin", False),
    (
        "Matrix Gla protein fails to block calcification when vitamin K runs low.",
        "vitk-activates-mgp",
        False,
    ),
    (
        "Matrix Gla protein cannot keep calcium out of vessel walls until vitamin K switches it on.",
        "vitk-activates-mgp",
        False,
    ),
    ("K2 does not build muscle unless you also lift weights.", "k2-builds-muscle", True),
    (
        "A baby low in vitamin K shows no symptoms until the bleeding starts.",
        "vitk-deficiency-causes-bleeding",
        False,
    ),
)
def negated_until(frame: Frame, reading: Reading) -> None:
    """ "X can't work until K2 activates it", "... not ... unless K2 is there", "MGP can't block
    calcification until vitamin K activates it": the negation describes the state before the claim's
    subject comes in, so it says that subject is needed; it does not deny the claim."""
    tokens = frame.tokens
    kept = []
    for cue in reading.counted:
        start, end = cue
        pivot = next(
            (p for p in range(end, min(len(tokens), end + 8)) if tokens[p] in {"until", "unless", "till"}),
            None,
        )
        # "MGP fails to stop calcification when vitamin K is in short supply": the same need, put as what
        # goes wrong when the subject runs short.
        short = next(
            (
                p
                for p in range(end, min(len(tokens), end + 8))
                if tokens[p] in {"when", "if", "whenever", "once"}
                and _LACKING.intersection(tokens[p + 1 : p + 9])
            ),
            None,
        )
        pivot = pivot if pivot is not None else short
        after = range(pivot + 1, min(len(tokens), pivot + 8)) if pivot is not None else range(0)
        # "MGP can't block calcification until vitamin K activates it": the claim's words may come before
        # the pivot when its subject, the thing needed, comes only after it.
        needed = any(p in frame.subject for p in after) and not any(p in frame.subject for p in range(start))
        if (
            cue != reading.antonym
            and tokens[start] in {"not", "no", "never", "fails", "fail", "failed", "unable"}
            and pivot is not None
            # "shows no symptoms until the bleeding starts": "no" and its noun name the first sign.
            and (
                needed
                or not any(p in frame.content for p in range(end, pivot))
                or _no_until(tokens, cue, pivot)
            )
            and any(p in frame.content for p in after)
        ):
            reading.rules.append("negated-until")
            continue
        kept.append(cue)
    reading.counted = kept


_EXCEPTIONS = (
    ("unless",),
    ("except",),
    ("but",),
    ("provided",),
    ("as", "long", "as"),
    ("other", "than"),
    # "fine for people not on warfarin": those left out are the exception.
    ("not", "on"),
    ("not", "taking"),
    # "safe for most people, just not for anyone on warfarin" ("it's just not necessary" is no exception).
    ("just", "not", "for"),
)
# The openers of a condition among them.
_CONDITIONS = frozenset({("unless",), ("provided",), ("as", "long", "as")})


# How steadily something is kept up ("as long as you eat it CONSISTENTLY", "provided it stays the SAME").
_STEADILY = frozenset(
    {"consistently", "consistent", "steady", "steadily", "same", "regularly", "evenly", "moderation"}
)
# Words that negate what follows them in a clause ("but NOWHERE near enough").
_NEGATING = frozenset({"not", "no", "never", "nowhere", "hardly", "barely", "scarcely", "nothing", "none"})


@examples(
    (
        "People on warfarin can take K2 safely as long as their INR is checked.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is perfectly safe with warfarin, whatever your doctor says.", "k2-warfarin-interaction", True),
    ("K2 is fine on warfarin if your doctor knows.", "k2-warfarin-interaction", False),
    ("K2 is fine on warfarin, even if your doctor frowns.", "k2-warfarin-interaction", True),
    ("It's fine to add vitamin K2 if you take warfarin.", "k2-warfarin-interaction", True),
    ("Lettuce is a poor source of vitamin K2 but a good source of K1.", "leafy-greens-k2", True),
    (
        "Eliquis users can eat greens in moderation, but big amounts of vitamin K may interact with it.",
        "doacs-unaffected-by-vitk",
        True,
    ),
    ("Gut bacteria add a little K2, but nowhere near enough to cover you.", "gut-bacteria-supply-k2", True),
    ("Breast milk gives babies plenty of vitamin K, provided mum eats well.", "breast-milk-low-vitk", True),
    (
        "You don't have to give up salad on warfarin as long as you eat it consistently.",
        "warfarin-avoid-greens",
        True,
    ),
    (
        "Hardly any: leafy greens such as spinach and kale are rich in vitamin K1 but contain almost no K2.",
        "leafy-greens-k2",
        True,
    ),
)
def safe_except(frame: Frame, reading: Reading) -> None:
    """ "Safe unless you take warfarin", "safe for most, but not on warfarin", "safe as long as your INR is
    checked", "fine for people not on warfarin": the opposite term holds for everyone else, and the
    exception after it is what the claim says (a "not" right after "but" belongs to that exception). A
    "but" opens an exception only as "but not", "but if", "but only", or where it says the claim's own
    word again ("look different on paper but do the same job")."""
    if reading.antonym is None:
        return
    if reading.antonym[0] < frame.lead and not frame.caution:
        # "Hardly any: greens are rich in K1 but contain almost no K2": the opposite term answers in a
        # lead-in; the sentence after it restates that answer, and its "but" opens no exception (a
        # warning's exception still stands: "Fine: ..., but not on warfarin").
        return
    tokens = frame.tokens
    at = reading.antonym[1]
    group = frame.groups.get(reading.antonym[0])
    opposites = frame.opposites or set()
    for p in range(at, len(tokens)):
        opener = next((o for o in _EXCEPTIONS if tuple(tokens[p : p + len(o)]) == o), None)
        # "K2 is fine on warfarin if your doctor knows": for a claim that warns, a condition is the
        # exception too ("even if" concedes).
        # ("Never assume that MK-7 is harmless if you take warfarin" judges the opposite term first.)
        if (
            opener is None
            and frame.caution
            and tokens[p] == "if"
            and tokens[p - 1] != "even"
            # ("doesn't matter if ..." means "whether"; a condition far from the opposite term, or past a
            # negation, belongs to something else.)
            and "matter" not in tokens[reading.antonym[0] : p]
            and p - at <= 5
            and not any(
                c[1] <= reading.antonym[0] or at <= c[0] < p for c in reading.counted if c != reading.antonym
            )
            # "It's fine to add K2 if you take warfarin": a condition in the claim's own words, with no one
            # to check, is whom the permission is for, not an exception to it.
            and not (
                any(p < q <= p + 6 for q in frame.content)
                and frame.lang.supervisors.isdisjoint(tokens[p + 1 : p + 8])
            )
        ):
            opener = ("if",)
        if opener is None:
            continue
        if opener in _CONDITIONS and not frame.caution:
            # "Babies get plenty of vitamin K through breast milk, provided the mother isn't deficient": a
            # condition on a claim that warns of nothing narrows the opposite term; it still holds.
            return
        # "..., but it has no place in human supplements": a contrast that answers, not an exception;
        # unless it says the claim's own word the opposite term was set against ("look different on paper
        # but do the same job").
        # ("... a little K2, but nowhere near enough to cover you": the claim's word said again under a
        # negation is a second denial, not the exception's.)
        if (
            opener == ("but",)
            and tokens[p + 1 : p + 2] not in (["not"], ["if"], ["only"])
            and not any(
                frame.groups.get(q) == group
                and q not in opposites
                and _NEGATING.isdisjoint(tokens[p + 1 : q])
                for q in frame.own
                if q > p
            )
        ):
            return
        after = p + len(opener)
        # "You don't have to give up salad on warfarin as long as you eat it consistently": for a claim that
        # warns, a condition on how steadily to go on doing it, with no one to check, keeps the opposite
        # term.
        condition = tokens[after : after + 10]
        if (
            frame.caution
            and not _STEADILY.isdisjoint(condition)
            and frame.lang.supervisors.isdisjoint(condition)
        ):
            return
        # "a weak source of K2 but a great source of K1": the same predicate said of something else is a
        # contrast, not an exception; an exception names something else ("but not on warfarin").
        named = [q for q in frame.own if q >= after and q not in frame.subject]
        other = frame.others | frame.siblings | {q for q in range(after, len(tokens)) if tokens[q] in _FORMS}
        contrast = opener == ("but",) and any(q >= after for q in other)
        if named and not (contrast and all(frame.groups.get(q) == group for q in named)):
            dropped = {reading.antonym}
            if opener in {("but",), ("just", "not", "for")}:
                dropped |= {c for c in reading.counted if p <= c[0] <= after + 1 and tokens[c[0]] == "not"}
            reading.counted = [c for c in reading.counted if c not in dropped]
            reading.rules.append("safe-except")
        return


@examples(
    ("Although K2 is sold as a muscle builder, it doesn't add muscle by itself.", "k2-builds-muscle", True),
    (
        "While sellers push K2 for the heart, there is no proof it clears calcium from arteries.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    ("Although K2 does not build muscle by itself, lifters still buy it.", "k2-builds-muscle", True),
    (
        "While you are on warfarin, do not start taking vitamin K2 on your own.",
        "k2-warfarin-interaction",
        False,
    ),
)
def conceded_then_denied(frame: Frame, reading: Reading) -> None:
    """ "Although K2 is sold as a muscle builder, it doesn't add muscle": a leading concession that holds
    most of the claim's words grants it to others; the main clause after it decides when it denies the
    claim's own words there ("doesn't add muscle") or says there is no evidence ("no proof it ...")."""
    tokens = frame.tokens
    if (
        reading.counted
        or len(frame.spans) < 2
        or tokens[0] not in frame.lang.concessive
        or frame.clause != frame.spans[0]
    ):
        return
    start, end = frame.spans[1]
    predicate = frame.own - frame.subject
    for cue in reading.cues:
        if start <= cue[0] < end and (
            cue[1] - cue[0] > 1 or any(cue[1] <= p < min(end, cue[1] + 4) for p in predicate)
        ):
            reading.counted = [cue]
            reading.rules.append("conceded-then-denied")
            return


@examples(
    ("Some say K2 builds muscle, which is simply wrong.", "k2-builds-muscle", True),
    (
        "Plenty of parents believe the vitamin K shot causes leukaemia, which is a sad mistake.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Sellers say MK-7 reverses hardened arteries, which is a stretch.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    (
        "A forum post says everyone is short of K2 and should supplement, which overstates things.",
        "most-people-need-k2-supplement",
        True,
    ),
    (
        "Natto is the richest food source of vitamin K2, which is not news to Japanese cooks.",
        "natto-richest-k2",
        False,
    ),
)
def judging_relative(frame: Frame, reading: Reading) -> None:
    """A relative clause at the end that judges everything before it (", which overstates things", ",
    which is simply wrong") denies the claim put before it, whichever clause holds the claim; one that
    describes something (", which is not news to cooks") is left to the other rules."""
    if "judged-reported-opposite" in reading.rules:
        return  # the judgement already met the report's opposite term: one double negative
    tokens = frame.tokens
    lang = frame.lang
    for p in range(1, len(tokens) - 1):
        if tokens[p] != "which" or tokens[p - 1] != "," or any(q > p for q in frame.content):
            continue
        for cue in reading.cues:
            judged = not lang.judgements.isdisjoint(tokens[cue[0] : cue[1]]) or (
                cue[1] - cue[0] > 1 and tokens[cue[0]] in {"not", "no"}
            )
            if p < cue[0] <= p + 4 and judged and cue not in reading.counted:
                reading.counted.append(cue)
                reading.rules.append("judging-relative")
        return


@examples(
    (
        "Don't take vitamin K on an empty stomach; it needs some fat to be absorbed.",
        "vitk-absorbed-with-fat",
        False,
    ),
    ("Don't take K2 to build muscle; it does nothing for muscle.", "k2-builds-muscle", True),
    (
        "We won't allow the vitamin K injection because it can give babies cancer.",
        "vitk-shot-causes-leukemia",
        False,
    ),
)
def reason_states_claim(frame: Frame, reading: Reading) -> None:
    """Advice against something ("don't take vitamin K on an empty stomach"), or a refusal of it ("we won't
    allow the injection"), followed by its reason, a clause that points back to the subject and states
    the claim's own words with no negation ("; it needs fat to be absorbed", "because it can give babies
    cancer"), states the claim: the negation belongs to the advice or the refusal."""
    tokens = frame.tokens
    if not reading.counted or reading.antonym is not None:
        return
    for s, e in frame.spans:
        if s == 0 or tokens[s - 1] not in {";", "because", "since"} or s <= frame.clause[0]:
            continue
        if tokens[s] not in {"it", "they", "this"} and s not in frame.subject:
            continue
        groups = {frame.groups.get(p) for p in frame.own - frame.subject if s <= p < e}
        if len(groups) < 2 or any(s <= c[0] < e for c in reading.cues):
            continue
        advice = [
            c for c in reading.counted if c[0] < s and (_advises_against(frame, c) or _refused(frame, c))
        ]
        if advice and len(advice) == len(reading.counted):
            reading.counted = []
            reading.rules.append("reason-states-claim")
            return


# What a speaker declines to let happen: "I won't ALLOW the shot", "we didn't LET them give it".
_LETTING = frozenset({"allow", "let", "accept", "want", "have", "permit"})


def _refused(frame: Frame, cue: Span) -> bool:
    """Whether the cue is a speaker's own refusal: "I won't allow", "we did not let", "I don't want"."""
    tokens = frame.tokens
    start, end = cue
    return (
        tokens[start] in {"not", "never"}
        and end < len(tokens)
        and tokens[end] in _LETTING
        and not {"i", "we"}.isdisjoint(tokens[max(0, start - 3) : start])
    )


@examples(
    ("Oral drops are an option, but the injection protects far better.", "oral-vitk-equals-shot", True),
    (
        "Parents can pick oral drops, but the shot gives more reliable protection.",
        "oral-vitk-equals-shot",
        True,
    ),
    ("Drops will do, though the injection gives better protection.", "oral-vitk-equals-shot", True),
    (
        "Oral drops are possible, but the injection remains the most reliable protection.",
        "oral-vitk-equals-shot",
        True,
    ),
)
def contrast_ranks(frame: Frame, reading: Reading) -> None:
    """Against a claim that two things are equal, a clause after "but" that ranks the other side higher
    ("..., but the shot gives more reliable protection") denies the equality."""
    if not frame.equative or reading.counted:
        return
    tokens = frame.tokens
    for s, e in frame.spans:
        if s == 0 or tokens[s - 1] not in frame.lang.contrasting:
            continue
        for p in sorted(q for q in frame.own - frame.subject if s <= q < e):
            for q in range(p + 1, min(e, p + 4)):
                ranks = tokens[q] in frame.lang.unequal or tokens[q] in {"most", "best", "safest", "surest"}
                if ranks and tokens[q - 1] not in {"no", "not", "never"}:
                    reading.counted.append((q, q + 1))
                    reading.rules.append("contrast-ranks")
                    return


# Verbs of having a complaint ("I no longer GET cramps", "haven't HAD a cramp since").
_HAVING = frozenset(
    {"get", "gets", "got", "have", "has", "had", "wake", "wakes", "woke", "suffer", "suffers", "experience"}
    | {"woken", "suffered", "experienced"}
)


# How little of a complaint someone has ("have HARDLY ANY wrinkles", "get BARELY ANY cramps now").
_HARDLY = frozenset({"hardly", "barely", "scarcely"})
# What a claim's word after "hardly any" may be that is no complaint but the claim's relation ("had
# scarcely any LINK with heart disease"): the little of it denies the claim.
_RELATIONS = frozenset(
    {"effect", "effects", "link", "links", "association", "impact", "influence", "difference", "benefit",
     "benefits", "change", "relation", "relationship", "connection", "evidence", "lower", "less", "fewer"}
)


def _little_of_complaint(frame: Frame, cue: Span) -> bool:
    """Whether the cue is how little of the claim's complaint someone has: a verb of having, then "hardly
    any" and the complaint ("Japanese women have hardly any wrinkles")."""
    start, end = cue
    tokens = frame.tokens
    if start == 0 or tokens[start - 1] not in _HAVING or tokens[start] not in _HARDLY:
        return False
    p = end + (tokens[end : end + 1] == ["any"])
    return p in frame.own and p not in frame.subject and tokens[p] not in _RELATIONS


@examples(
    ("Since I started MK-7 I no longer get cramps in my calves at night.", "k2-nocturnal-leg-cramps", False),
    ("Explain why Japanese women have hardly any wrinkles then. It's natto.", "k2-prevents-wrinkles", False),
    (
        "Three weeks on vitamin K2 and I haven't had a night leg cramp since.",
        "k2-nocturnal-leg-cramps",
        False,
    ),
    ("Haven't woken up with a cramp since starting K2.", "k2-nocturnal-leg-cramps", False),
    ("Vitamin K2 did not stop my night leg cramps at all.", "k2-nocturnal-leg-cramps", True),
    ("Vitamin K2 no longer helps my night leg cramps.", "k2-nocturnal-leg-cramps", True),
    (
        "Once age was allowed for, poor vitamin K status was no longer tied to severe COVID-19.",
        "vitk-protects-against-severe-covid",
        True,
    ),
)
def complaint_gone(frame: Frame, reading: Reading) -> None:
    """Against a claim that something relieves or prevents a complaint, "no longer" or "not ... since"
    falling on having the complaint ("I no longer wake up with cramps", "haven't had a cramp since")
    reports the relief; a negation of the relieving verb ("didn't stop my cramps", "no longer helps")
    still denies."""
    if not frame.relieves or not reading.counted:
        return
    tokens = frame.tokens
    lang = frame.lang
    kept = []
    for cue in reading.counted:
        start, end = cue
        lasting = tokens[start:end] == ["no", "longer"] or (
            tokens[start] in {"not", "never"} and {"since", "anymore"}.intersection(tokens[end : end + 10])
        )
        complaint = next((p for p in range(end, min(len(tokens), end + 8)) if p in frame.own), None)
        if (
            cue != reading.antonym
            and lasting
            and _HAVING.intersection(tokens[end : end + 2])
            and complaint is not None
            and not lang.relief_verbs.intersection(tokens[end : complaint + 1])
        ) or (cue != reading.antonym and _little_of_complaint(frame, cue)):
            reading.rules.append("complaint-gone")
            continue
        kept.append(cue)
    reading.counted = kept


@examples(
    (
        "We nearly declined the vitamin K shot for our son and I'm so glad we didn't.",
        "newborn-vitk-shot",
        False,
    ),
    ("We almost refused the newborn vitamin K injection.", "newborn-vitk-shot", False),
    ("Vitamin K deficiency in a healthy adult is almost unheard of.", "vitk-deficiency-common", True),
)
def nearly_refused(frame: Frame, reading: Reading) -> None:
    """ "We almost refused the shot": a refusal that nearly happened did not happen; "... and I'm glad we
    didn't" at the end only repeats that."""
    if reading.antonym is None:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    if at == 0 or tokens[at - 1] not in {"almost", "nearly"}:
        return
    # An act nearly done ("almost refused", "nearly skipped it"), not a state nearly reached: "deficiency is
    # almost unheard of" is all but unheard of.
    if not (tokens[at].endswith("ed") or tokens[at] in frame.lang.refusals):
        return
    words = [p for p, t in enumerate(tokens) if t not in {",", ".", "!", ";"}]
    echo = {
        c
        for c in reading.counted
        if tokens[c[0]] == "not" and c[0] == words[-1] and tokens[c[0] - 1] in frame.lang.negative_aux
    }
    reading.counted = [c for c in reading.counted if c != reading.antonym and c not in echo]
    reading.rules.append("nearly-refused")


@examples(
    (
        "You may think cheese gives you enough K2, most Western diets still fall short.",
        "western-diet-low-k2",
        False,
    ),
    ("Many believe Western diets give them enough vitamin K2.", "western-diet-low-k2", True),
    (
        "Don't assume K2 is the 'safe' vitamin K on warfarin; MK-7 moves the INR at smaller doses than K1.",
        "k2-warfarin-interaction",
        False,
    ),
)
def reported_opposite(frame: Frame, reading: Reading) -> None:
    """An opposite term inside what someone else believes ("you might think you get ENOUGH K2"), followed
    by a clause that states the claim's own words ("most diets still fall short"), is the belief the
    sentence corrects, not the writer's word; alone, the reported belief still denies the claim. A belief
    the sentence tells you not to hold ("Don't assume K2 is SAFE on warfarin; ...") is left to the
    judged-denial rule, which reads the two denials as one."""
    if reading.antonym is None:
        return
    tokens = frame.tokens
    lang = frame.lang
    at = reading.antonym[0]
    report = next((p for p in range(max(0, at - 5), at) if tokens[p] in lang.reporting), None)
    if report is None or lang.first_person.intersection(tokens[max(0, report - 2) : report]):
        return
    if any(report - 2 <= c[0] < report and tokens[c[0]] in {"not", "never"} for c in reading.counted):
        return
    pause = next((p for p in range(at + 1, len(tokens)) if tokens[p] in {",", ";", "but", "yet"}), None)
    stated = frame.own - frame.subject - frame.opposites
    if pause is not None and any(p > pause for p in stated):
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("reported-opposite")


@examples(
    ("Myth: K2 is safe for people taking warfarin.", "k2-warfarin-interaction", False),
    ("Myth: K2 is safe for everyone on warfarin.", "k2-warfarin-interaction", False),
    ("Myth: breastfed babies get plenty of vitamin K from milk.", "breast-milk-low-vitk", False),
    ("Myth: vitamin K2 builds muscle.", "k2-builds-muscle", True),
    ("Fact: K2 is safe at normal doses.", "k2-safe-usual-doses", False),
)
def labelled_opposite(frame: Frame, reading: Reading) -> None:
    """A label that calls what follows false ("Myth:", "False:") before a sentence that says the claim's
    opposite ("Myth: K2 is safe for everyone on warfarin"): the label denies the opposite, one double
    negative, which states the claim."""
    # A label is a word or three ("Myth:", "Common myth:"), not a clause ending on a colon.
    if reading.antonym is None or reading.antonym not in reading.counted or not 0 < frame.lead <= 3:
        return
    for cue in reading.counted:
        if cue[1] <= frame.lead and _judges(frame, cue):
            _cancel_with_antonym(reading, cue, "labelled-opposite")
            return


# What an opposite term may be called when it is judged ("the toxicity STUFF is overblown").
_TALK = frozenset({"stuff", "talk", "thing", "claims", "claim", "fears", "fear", "worries", "worry", "scare"})
_VERY = frozenset({"simply", "just", "totally", "completely", "way", "wildly", "hugely", "largely", "all"})


@examples(
    (
        "K3 (menadione) is perfectly safe to take as a supplement, the toxicity stuff is overblown.",
        "menadione-safe-supplement",
        False,
    ),
    ("K2 at label doses is harmful, and the risk is no myth.", "k2-safe-usual-doses", True),
)
def judged_antonym_subject(frame: Frame, reading: Reading) -> None:
    """The claim's opposite term as the subject of a judgement ("the TOXICITY stuff is OVERBLOWN", "the
    RISKS are exaggerated"): the judgement denies the opposite, which states the claim."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    p = at + 1
    while p < len(tokens) and tokens[p] in _TALK:
        p += 1
    if p >= len(tokens) or tokens[p] not in {"is", "are", "was", "were", "has", "have"}:
        return
    p += 1
    while p < len(tokens) and tokens[p] in _VERY | {"been", "a", "an", "total", "complete"}:
        p += 1
    for cue in reading.counted:
        if cue[0] == p and _judges(frame, cue):
            _cancel_with_antonym(reading, cue, "judged-antonym-subject")
            return


# Words that dismiss a fear ("the scare is OVERBLOWN"), and the fears they dismiss.
_DISMISSING = frozenset(
    {
        "overblown",
        "overstated",
        "exaggerated",
        "unfounded",
        "misplaced",
        "overhyped",
        "baseless",
        "unwarranted",
    }
)
_FEARS = frozenset(
    {
        "scare",
        "scares",
        "fear",
        "fears",
        "panic",
        "worry",
        "worries",
        "concern",
        "concerns",
        "alarm",
        "scaremongering",
    }
)


@examples(
    (
        "Menadione is perfectly safe for people; the toxicity scare is overblown.",
        "menadione-safe-supplement",
        False,
    ),
    ("K3 is fine for people too, the menadione panic is overblown.", "menadione-safe-supplement", False),
    (
        "K3 is fine for people in small doses, the liver scare is overblown.",
        "menadione-safe-supplement",
        False,
    ),
    (
        "A daily K2 capsule is safe for healthy adults and the worries about it are overblown.",
        "k2-safe-usual-doses",
        False,
    ),
    # Against a claim of harm, the dismissal denies it.
    ("Worries about K2 toxicity at high doses are unfounded.", "k2-toxic-high-dose", True),
    ("The fear that K2 causes clots is unfounded in healthy people.", "k2-causes-blood-clots", True),
)
def fear_dismissed(frame: Frame, reading: Reading) -> None:
    """A fear called overblown ("the liver scare is overblown") is dismissed: against a claim that something
    is safe or unaffected, the dismissal agrees with the claim, so its word is no denial. Against any other
    claim it stays one. The fear must come shortly before, in the same clause. (A fear named by the claim's
    opposite term, "the toxicity stuff is overblown", is judged_antonym_subject's.)"""
    if not frame.reassures:
        return
    tokens = frame.tokens
    for cue in reading.counted:
        if tokens[cue[0]] not in _DISMISSING:
            continue
        start = max(0, cue[0] - 6)
        fear = max((p for p in range(start, cue[0]) if tokens[p] in _FEARS), default=None)
        if fear is None or _CLAUSE_BREAKS.intersection(tokens[fear : cue[0]]):
            continue
        # What the fear is of goes with it ("the LIVER scare"), back to the clause's start.
        opening = max((p + 1 for p in range(start, fear) if tokens[p] in _CLAUSE_BREAKS), default=start)
        reading.counted = [c for c in reading.counted if c != cue and not opening <= c[0] < fear]
        reading.rules.append("fear-dismissed")
        return


@examples(
    ("The idea that K2 is safe to take with warfarin is a myth.", "k2-warfarin-interaction", False),
    (
        "Some shops claim K2 is perfectly fine with warfarin - that simply isn't true.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Sellers say MK-7 is harmless on warfarin, which is wrong.", "k2-warfarin-interaction", False),
    ("K2 is fine with warfarin; the scary warnings are a myth.", "k2-warfarin-interaction", True),
    ("Some shops claim K2 is perfectly fine with warfarin.", "k2-warfarin-interaction", True),
)
def judged_reported_opposite(frame: Frame, reading: Reading) -> None:
    """An opposite term inside what others say ("the idea that K2 is SAFE with warfarin", "shops claim
    it is FINE"), judged false after it ("... is a myth", "that isn't true"): the judgement denies the
    report, which denied the claim, so the two are one double negative. Without a report before it, the
    opposite term is the writer's own word, and a judgement after it judges something else ("K2 is fine
    with warfarin; the warnings are a myth")."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    tokens = frame.tokens
    lang = frame.lang
    at = reading.antonym[0]
    report = next((p for p in range(max(0, at - 8), at) if tokens[p] in lang.reporting), None)
    if report is None or lang.first_person.intersection(tokens[max(0, report - 2) : report]):
        return
    for cue in reading.counted:
        if cue[0] > at and _judges(frame, cue):
            _cancel_with_antonym(reading, cue, "judged-reported-opposite")
            return


@examples(
    (
        "Not every K2 bottle carries a warfarin warning, but people on warfarin should still ask their "
        "doctor before taking it.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Vitamin K2 does not build muscle, but it does build bone.", "k2-builds-muscle", True),
)
def but_states_claim(frame: Frame, reading: Reading) -> None:
    """A negated clause, then "but" and a clause that states more of the claim's own words with no
    negation ("Not every K2 bottle carries a warning, but people on warfarin should still ask their
    doctor"), states the claim: the first clause only concedes something beside it."""
    tokens = frame.tokens
    if not reading.counted or reading.antonym is not None:
        return
    predicate = frame.own - frame.subject
    for s, e in frame.spans:
        if s == 0 or tokens[s - 1] != "but" or any(s <= c[0] < e for c in reading.cues):
            continue
        if not all(c[1] <= s for c in reading.counted):
            return
        before = sum(1 for p in predicate if p < s)
        after = sum(1 for p in predicate if s <= p < e)
        if after >= 2 and after > before:
            reading.counted = []
            reading.rules.append("but-states-claim")
        return


@examples(
    (
        "MK-4 doesn't hang around - it is gone from the bloodstream within a few hours, unlike MK-7.",
        "mk7-longer-half-life-than-mk4",
        False,
    ),
    (
        "MK-4 isn't around long enough to build up in the blood, but MK-7 lingers for days.",
        "mk7-longer-half-life-than-mk4",
        False,
    ),
    (
        "After one dose, MK-7 was still in serum at 48 hours, while MK-4 was not detectable at all.",
        "mk7-longer-half-life-than-mk4",
        False,
    ),
    ("MK-7 doesn't stay in the blood any longer than MK-4 does.", "mk7-longer-half-life-than-mk4", True),
)
def negated_other_side(frame: Frame, reading: Reading) -> None:
    """Against a claim that compares two things, a negation said of the other side in a stretch of its own
    ("MK-4 doesn't hang around ..., unlike MK-7"), set against the claim's subject across a word of
    contrast, puts the subject ahead: it states the comparison."""
    if not frame.comparative or not reading.counted or reading.antonym is not None or not frame.subject:
        return
    tokens = frame.tokens
    cuts = [p for p, t in enumerate(tokens) if t in _SIDE_CONTRAST and p > 0 and tokens[p - 1] in {",", ";"}]
    if not cuts:
        return
    bounds = [0, *cuts, len(tokens)]
    stretches = list(itertools.pairwise(bounds))
    kept = []
    for cue in reading.counted:
        start, end = next((a, b) for a, b in stretches if a <= cue[0] < b)
        other = frame.own - frame.subject
        if (
            not any(start <= p < end for p in frame.subject)
            and any(start <= p < cue[0] for p in other)
            and any(not start <= p < end for p in frame.subject)
        ):
            reading.rules.append("negated-other-side")
            continue
        kept.append(cue)
    reading.counted = kept


# Verbs of measuring up ("K1 can't MATCH it", "cheese can't COMPETE with natto").
_MEASURING_UP = frozenset({"match", "compete", "rival", "touch", "deliver", "offer"})


@examples(
    (
        "Vitamin K2 may offer extra benefits for bones and arteries that K1 simply can't match.",
        "k2-more-effective-than-k1",
        False,
    ),
    ("MK-4: the muscle form MK-7 can't match", "mk4-better-than-mk7-muscle", False),
    (
        "Research shows K2 brings heart benefits that K1 simply doesn't deliver.",
        "k2-more-effective-than-k1",
        False,
    ),
    # Said of the claim's own subject, it denies.
    ("K2 simply can't match K1.", "k2-more-effective-than-k1", True),
    ("For muscle, MK-4 can't match MK-7.", "mk4-better-than-mk7-muscle", True),
)
def other_side_cannot_match(frame: Frame, reading: Reading) -> None:
    """Against a claim that compares two things, the other side that "can't match" or "doesn't deliver"
    what the claim's subject does ("benefits that K1 simply can't match") puts the subject ahead: it states
    the comparison. The other side must come right before the negation (a word of manner between at
    most), and the subject elsewhere in the sentence."""
    if not frame.comparative or not reading.counted or not frame.subject:
        return
    tokens = frame.tokens
    other = frame.own - frame.subject
    for cue in reading.counted:
        if cue[1] >= len(tokens) or tokens[cue[1]] not in _MEASURING_UP:
            continue
        before = [p for p in range(max(0, cue[0] - 4), cue[0]) if p in frame.own]
        if (
            not before
            or before[-1] not in other
            or not any(p < before[-1] or p > cue[1] for p in frame.subject)
        ):
            continue
        reading.counted = [c for c in reading.counted if c != cue]
        reading.rules.append("other-side-cannot-match")
        return


# Words that set one side of a comparison against the other ("..., unlike MK-7", "..., while MK-4 ...").
_SIDE_CONTRAST = frozenset({"unlike", "but", "while", "whereas", "yet"})


@examples(
    ("Cheddar and Gouda hold only small amounts of K2 compared with natto.", "natto-richest-k2", False),
    ("Natto is a poor source of K2 compared with cheese.", "natto-richest-k2", True),
)
def other_side_lesser(frame: Frame, reading: Reading) -> None:
    """An opposite term said of something else and measured against the claim's subject ("cheeses hold
    only small amounts of K2 compared with natto") puts the subject ahead: two reversals, which state the
    claim, like "MK-4 has a shorter half-life than MK-7"."""
    # A claim that compares two sides already reads a comparison the other way round (lesser_comparison
    # and the matcher's reversed comparison).
    if reading.antonym is None or not frame.subject or frame.comparative:
        return
    tokens = frame.tokens
    at = reading.antonym[0]
    if any(p < at for p in frame.subject):
        return
    for p in range(at + 1, min(len(tokens), at + 8)):
        pair = tuple(tokens[p : p + 2])
        width = 2 if pair in _MEASURED_AGAINST else 1 if tokens[p] == "than" else 0
        if width and any(p + width <= q < p + width + 3 for q in frame.subject):
            reading.counted = [c for c in reading.counted if c != reading.antonym]
            reading.rules.append("other-side-lesser")
            return


# Verbs of turning someone away from something ("talk you out of", "put you off", "scare you away from").
_DISSUADE = frozenset(
    {"talk", "scare", "frighten", "put", "stop", "keep", "discourage", "deter", "pressure", "push", "bully"}
)
# ...and the particle that ends the phrase before what they turn you away from.
_DISSUADE_ENDS = frozenset({"off", "out", "away", "from"})


@examples(
    ("Don't let anyone talk you out of the vitamin K shot for your newborn.", "newborn-vitk-shot", False),
    ("Don't let anyone talk you out of the vitamin K jab.", "newborn-vitk-shot", False),
    (
        "Please don't let a scary story put you off your baby's vitamin K injection.",
        "newborn-vitk-shot",
        False,
    ),
    ("Never let a dread of needles keep you from giving your newborn vitamin K.", "newborn-vitk-shot", False),
    (
        "Don't let worries about the needle scare you away from your newborn's vitamin K shot.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Don't let leukaemia stories scare you off the vitamin K shot.",
        "vitk-shot-causes-leukemia",
        True,
    ),
)
def dissuasion_refused(frame: Frame, reading: Reading) -> None:
    """ "Don't let anyone talk you out of the shot": a negated "let" over a verb of turning someone away,
    before the claim's words, is advice to go ahead (the negation and the dissuasion cancel). What does
    the turning away may name claim words of its own ("never let a fear of NEEDLES stop you from ..."):
    the claim's words that count are those after the particle ("out of", "off", "from")."""
    tokens = frame.tokens
    for cue in reading.counted:
        let = cue[1]
        if let >= len(tokens) or tokens[let] != "let":
            continue
        for verb in range(let + 1, min(len(tokens), let + 8)):
            if tokens[verb] not in _DISSUADE:
                continue
            end = next(
                (p for p in range(verb + 1, min(len(tokens), verb + 4)) if tokens[p] in _DISSUADE_ENDS), None
            )
            if end is None:
                continue
            said = frame.own - frame.subject
            after = {frame.groups.get(p) for p in said if end < p <= end + 8}
            # "Don't let leukaemia scare stories put you off the shot": the claim the fear names is what
            # the advice dismisses.
            # ("Don't let anyone talk you out of the vitamin K shot": the subject alone may follow.)
            named = after or any(end < p <= end + 8 for p in frame.subject)
            # ("Never let fear of a NEEDLE put you off the shot": a word of the subject's own group.)
            kin = after | {frame.groups.get(p) for p in frame.subject if end < p <= end + 8}
            if not named or any(let < p < verb and frame.groups.get(p) not in kin for p in said):
                continue
            reading.counted = [c for c in reading.counted if c != cue and not verb < c[0] < end]
            reading.rules.append("dissuasion-refused")
            return


# Words of worrying, which a reassurance negates ("don't PANIC", "needn't WORRY", "doesn't APPLY to you").
_WORRY = frozenset({"worry", "panic", "fear", "fret", "stress", "concern", "apply"})
# Openers of the condition that lifts the worry ("AS LONG AS you take K2", "IF K2 is in your routine").


@examples(
    (
        "Don't worry about calcium tablets and your heart as long as you take vitamin K2 alongside them.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "The arterial risk of calcium pills need not concern you if K2 is in the mix.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "Don't worry about vitamin K as long as you breastfeed, breast milk covers it.",
        "breast-milk-low-vitk",
        True,
    ),
)
def reassured_if(frame: Frame, reading: Reading) -> None:
    """ "Don't worry about calcium and your heart as long as you take K2": a negated worry lifted on a
    condition that names the claim's subject says the subject takes the risk away, which is what a claim
    that it protects or relieves says. Said of a claim of any other kind ("don't worry about vitamin K
    if you breastfeed" against "breast milk is low in vitamin K") the reassurance still denies it."""
    if not frame.relieves or frame.caution or not frame.subject:
        return
    tokens = frame.tokens
    for cue in reading.counted:
        if _WORRY.isdisjoint(tokens[cue[1] : cue[1] + 2]):
            continue
        for p in range(cue[1], min(len(tokens), cue[1] + 12)):
            opener = next((o for o in _PROVIDED if tuple(tokens[p : p + len(o)]) == o), None)
            if opener is not None:
                after = p + len(opener)
                if any(after <= q < after + 6 for q in frame.subject):
                    reading.counted = [c for c in reading.counted if c != cue]
                    reading.rules.append("reassured-if")
                    return
                break


# Words before an imperative that leave it one ("PLEASE get the shot", "JUST get it", "SO don't skip it").
_BEFORE_COMMAND = frozenset({"please", "pls", "so", "just", "always", "honestly", "seriously", "and", "but"})
# Imperatives that urge the thing a claim recommends ("GET the shot", "SAY yes to it", "MAKE sure ...").
_URGING = frozenset(
    {"get", "give", "have", "make", "say", "ask", "insist", "accept", "keep", "stick", "take", "choose"}
    | {"opt", "book", "go", "let", "do", "be"}
)


def _command_end(frame: Frame) -> int | None:
    """Where the advice that opens the sentence ends: the first comma after the claim's subject, when the
    sentence opens with an imperative, urging for a claim that recommends ("Please get the vitamin K shot,
    ..."), against for one that warns ("Don't take K2 on warfarin, ..."). None otherwise."""
    tokens = frame.tokens
    start = 0
    while start < len(tokens) and tokens[start] in _BEFORE_COMMAND:
        start += 1
    if start >= len(tokens):
        return None
    word = tokens[start]
    against = word == "never" or tokens[start : start + 2] == ["do", "not"]
    verb = tokens[start + 1 if word == "never" else start + 2 : start + 3]
    if frame.caution and not (against and verb and verb[0] in frame.lang.advice_verbs):
        # "Don't take K2 on warfarin, ...", not "Don't bother mentioning K2 to the clinic, ...".
        return None
    if not frame.caution and not (frame.recommends and (against or word in _URGING)):
        return None
    comma = next(
        (
            p
            for p in range(start + 1, len(tokens))
            if tokens[p] in {",", ";"} and any(start < q < p for q in frame.subject)
        ),
        None,
    )
    if comma is None or {"if", "unless"}.intersection(tokens[start:comma]) or "?" in tokens[start:]:
        return None
    return comma


@examples(
    (
        "Please get the vitamin K shot: nobody can tell in advance which baby will bleed.",
        "newborn-vitk-shot",
        False,
    ),
    ("Don't skip the vit K jab, you can't predict which baby will bleed.", "newborn-vitk-shot", False),
    (
        "Make sure your baby gets vitamin K at birth, there's no way to know who is at risk.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Don't start K2 while you're on warfarin, there's no telling how your INR will react.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Skip the vitamin K shot, it isn't needed for a healthy baby.", "newborn-vitk-shot", True),
    ("Get the shot if you like, it isn't needed for a healthy baby.", "newborn-vitk-shot", True),
    ("Get the vitamin K shot, the leukaemia link has been debunked.", "vitk-shot-causes-leukemia", True),
    (
        "Don't bother mentioning your MK-7 to the warfarin clinic, it won't interact.",
        "k2-warfarin-interaction",
        True,
    ),
)
def advice_then_reason(frame: Frame, reading: Reading) -> None:
    """Advice that agrees with the claim, then a comma and the reason for it ("Please get the vitamin K
    shot: nobody can tell which baby will bleed"): the reason's negations are about the danger, not
    against the advice. Only after the rules left the advice itself undenied."""
    if not reading.counted:
        return
    end = _command_end(frame)
    if end is None or any(c[0] < end for c in reading.counted):
        return
    reading.counted = []
    reading.rules.append("advice-then-reason")


# Questions that close a sentence in mock alarm (", what could possibly go wrong"): the writer means the
# opposite of what came before.


@examples(
    (
        "Sure, skip the vitamin K shot that stops brain bleeds in babies, what could possibly go wrong.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Sure, cut every green vegetable out of your diet on warfarin, what could possibly go wrong.",
        "warfarin-avoid-greens",
        True,
    ),
    ("Swallow a K2 pill instead of going to the gym, what could go wrong?", "k2-replaces-exercise", True),
    (
        "Oh sure, skip the vitamin K shot, what's a little brain bleed between friends.",
        "newborn-vitk-shot",
        False,
    ),
)
def sarcastic_close(frame: Frame, reading: Reading) -> None:
    """ "Sure, skip the shot, what could possibly go wrong": a clause of mock alarm after the claim's words,
    in the same sentence, turns round what the rules read before it (a denial becomes the claim, and the
    claim a denial). Said as a sentence of its own, "What could possibly go wrong?" is ``mocks``'s."""
    tokens = frame.tokens
    if not frame.content:
        return
    first = min(frame.content)
    for close in frame.lang.sarcastic_closes:
        size = len(close)
        at = next(
            (
                p
                for p in range(first + 1, len(tokens) - size + 1)
                if tokens[p - 1] == "," and tuple(tokens[p : p + size]) == close
            ),
            None,
        )
        if at is not None:
            # The close's own "wrong" is no judgement of the claim.
            read = [c for c in reading.counted if not at <= c[0] < at + size]
            reading.counted = [] if read else [(at, at + size)]
            reading.rules.append("sarcastic-close")
            return


@examples(
    (
        "Sure, vitamin K has nothing to do with clotting, that's why hospitals give it to bleeding patients.",
        "vitk-needed-clotting",
        False,
    ),
    (
        "Sure, skip the shot, because a mommy blogger obviously knows more about clotting than doctors.",
        "newborn-vitk-shot",
        False,
    ),
)
def sarcasm_turns_round(frame: Frame, reading: Reading) -> None:
    """ "Sure, vitamin K has nothing to do with clotting, that's why ...": the mock opener
    (``masks.sarcastic_opener``) turns round a denial after it, which then states the claim."""
    if "sarcastic-opener" not in reading.rules or len(reading.counted) < 2:
        return
    reading.counted = []


@examples(
    ("We declined the vitamin K shot and I will regret it forever.", "newborn-vitk-shot", False),
    ("We skipped the vitamin K shot with our first and I still regret it.", "newborn-vitk-shot", False),
    ("We declined the vitamin K shot and have never regretted it.", "newborn-vitk-shot", True),
    ("Turned down the vitamin K jab for our second, zero regrets.", "newborn-vitk-shot", True),
)
def regretted_opposite(frame: Frame, reading: Reading) -> None:
    """ "We declined the vitamin K shot and I will regret it for the rest of my life": the claim's opposite
    done and regretted after it is one double negative, which states the claim; "never regretted it" keeps
    the denial."""
    if reading.antonym is None or reading.antonym not in reading.counted:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
    regret = next((p for p in range(at + 1, len(tokens)) if tokens[p] in _REGRETS), None)
    if regret is None or any(at < c[0] < regret for c in reading.counted):
        return
    if {"not", "never", "no", "zero"}.intersection(tokens[max(at + 1, regret - 3) : regret]):
        return
    reading.counted = [c for c in reading.counted if c != reading.antonym]
    reading.rules.append("regretted-opposite")


_REGRETS = frozenset({"regret", "regrets", "regretted", "regretting", "regretful"})


# Asking someone first ("no need to TELL the clinic", "no reason to RUN it past anyone", "to INVOLVE the
# clinic"): the telling a warning advises (``_TELLING``), and a little more.
_CONSULTING = _TELLING | {"involve", "talk"}
# What may stand between "no need to" and the asking ("no need to EVEN mention it").
_CONSULT_FILLERS = frozenset({"even", "really", "ever", "bother", "go"})


@examples(
    (
        "Warfarin users can simply take extra K2 to make up for what the drug blocks; there's no need to "
        "involve the clinic.",
        "k2-warfarin-interaction",
        True,
    ),
    (
        "People on warfarin can take K2; there's no need to tell the clinic unless you take a big dose.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 affects warfarin, so there's no need to ask, just avoid it.", "k2-warfarin-interaction", False),
)
def consult_waived(frame: Frame, reading: Reading) -> None:
    """For a claim that warns, "there's no need to involve the clinic" outside the claim's clause waives
    the asking the warning calls for: a denial of it, where nothing else counted. Not with a condition
    after it ("... unless you take a big dose"), which keeps the warning for some, nor before advice of the
    claim's own ("no need to ask, just avoid it")."""
    if not frame.caution or reading.counted:
        return
    tokens = frame.tokens
    for p, word in enumerate(tokens):
        if word not in {"no", "not"} or frame.in_clause(p):
            continue
        if tokens[p + 1 : p + 3] not in (["need", "to"], ["reason", "to"]):
            continue
        q = p + 3
        while q < len(tokens) and tokens[q] in _CONSULT_FILLERS:
            q += 1
        if q >= len(tokens) or tokens[q] not in _CONSULTING:
            continue
        if not frame.lang.conditions.isdisjoint(tokens[q:]):
            return
        # "..., so there's no need to ask, just AVOID it": advice of the claim's own after the waiver.
        if any(r in frame.own and tokens[r] not in frame.lang.supervisors for r in range(q + 1, len(tokens))):
            return
        reading.counted = [(p, p + 1)]
        reading.rules.append("consult-waived")
        return


ADJUSTMENTS = (
    labelled_opposite,
    conceded_then_denied,
    other_side_lesser,
    negated_other_side,
    other_side_cannot_match,
    reported_opposite,
    judged_reported_opposite,
    judged_antonym_subject,
    exception_permission,
    safe_except,
    consult_exception,
    negated_until,
    rejected_alternative,
    contrasted_subject,
    opposite_elsewhere,
    caregiver_clears,
    negated_antonym,
    never_again,
    judged_bad_act,
    judged_bad_to,
    regretted_opposite,
    judged_opposite,
    argued_refusal,
    alarm_at_refusal,
    discouraged_refusal,
    refused_praised,
    elided_opposite,
    manner_compared,
    negated_amount,
    not_prevented,
    negated_omission,
    no_this_no_that,
    none_that_not,
    none_obliged_opposite,
    litotes,
    judged_denial,
    without_double_negative,
    unless_supervised,
    poorly_without,
    without_consequence,
    without_it,
    missing_means_harm,
    negated_later_opposite,
    refusal_then_bleed,
    advice_agrees,
    warned_consequence,
    consequence_after,
    trailing_judgement,
    sought_not_found,
    but_not,
    reported_then_denied,
    judging_relative,
    reason_states_claim,
    contrast_ranks,
    complaint_gone,
    nearly_refused,
    dissuasion_refused,
    but_states_claim,
    reassured_if,
    advice_then_reason,
    negative_question,
    fear_dismissed,
    consult_waived,
    # Last: it reads the denials and judgements the rules before it counted.
    denial_called_false,
    # ... and these turn round whatever they read.
    sarcastic_close,
    sarcasm_turns_round,
)
