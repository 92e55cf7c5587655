"""FILTERS: rules that say one cue, found in the claim's clause, negates something beside the claim."""

from __future__ import annotations

from itertools import pairwise

from k2check.polarity.frame import Frame, Span, find
from k2check.polarity.rules.common import (
    _ELLIPSIS_AUX,
    _FAILED_TEST,
    _FORMS,
    _FOUND,
    _NEED_WORDS,
    _PROVIDED,
    _SEEKERS,
    _TESTING,
    _failed_try,
    _found_nothing,
    _hedged,
    _judged_safe,
    examples,
)

_BREAKS = frozenset(
    {",", ";", "?", "!", "which", "who", "that", "what", "and", "but", "so", "because", "if", "when", "said"}
)
# Who did not manage a test: "nobody / none of the follow-up studies could reproduce it".
_NO_ONE = frozenset({"nobody", "none"})
# Verbs of research showing something ("none SHOWED a link", "none of them FOUND any").
_SHOWING = frozenset({"showed", "shows", "found", "proved", "demonstrated", "established", "supported"})


# What a verdict that closes a line finds missing ("...: not SHOWN", "...: no ADVANTAGE for either").
_VERDICTS = frozenset(
    {
        "shown",
        "proven",
        "proved",
        "demonstrated",
        "established",
        "supported",
        "confirmed",
        "advantage",
        "effect",
        "benefit",
        "evidence",
        "proof",
        "link",
        "difference",
    }
)


def _closing_verdict(frame: Frame, cue: Span) -> bool:
    """Whether the cue opens a verdict that closes the line on the claim named before it ("Heart benefit
    from K2 supplements: not shown", "MK-4 vs MK-7 for muscle: no advantage for either")."""
    start, end = cue
    tokens = frame.tokens
    return (
        start > 0
        and tokens[start - 1] == ","
        and len(tokens) - end <= 3
        # (The cue may hold the verdict itself: "..., not proven".)
        and not _VERDICTS.isdisjoint(tokens[start + 1 :])
    )


# What a claim is set against when it is called lore or traced to the lab: ", not a FACT", ", not MEDICINE",
# ", not from anyone measuring ATP", ", not something any trial has shown".
_REAL_EVIDENCE = frozenset(
    {"fact", "facts", "medicine", "science", "evidence", "proof", "people", "humans", "patients", "anyone",
     "anybody", "something", "anything"}
)
# ... and what calls it so before the ", not": lore, a pitch, or a source it comes from or rests on.
_CALLED_LORE = frozenset(
    {"lore", "folklore", "myth", "marketing", "pitch", "assumption", "hype", "talking", "belief", "theory",
     "come", "comes", "came", "rest", "rests", "based", "stem", "stems"}
)


def _not_the_real_thing(tokens: list[str], start: int) -> bool:
    """Whether ", not" at ``start`` sets what the sentence said against real evidence, after calling it lore
    or tracing it to another source ("The anti-inflammatory claims come from lab work, not people", "the
    sports claims rest on one small study, not on anyone actually running faster"): a judgement on the
    claim, which the "not" denies."""
    following = [t for t in tokens[start + 1 : start + 4] if t not in {"from", "on", "in", "a", "an", "any"}]
    if not following or following[0] not in _REAL_EVIDENCE:
        return False
    clause_from = max((p + 1 for p in range(start) if tokens[p] in {";", ".", ":", "?", "!"}), default=0)
    return not _CALLED_LORE.isdisjoint(tokens[clause_from:start])


def _none_there(tokens: list[str], start: int) -> bool:
    """Whether the "none" at ``start`` says there is none of what was just named ("..., there's basically
    none in them", "there is virtually none at all"), not none of something named after it."""
    if tokens[start] != "none":
        return False
    before = tokens[max(0, start - 4) : start]
    opened = any(before[k : k + 2] in (["there", "is"], ["there", "are"]) for k in range(len(before) - 1))
    after = tokens[start + 1 : start + 3]
    ends = not after or after[0] in {".", ",", ";", "!"}
    return opened and (ends or after in (["in", "it"], ["in", "them"], ["in", "there"], ["at", "all"]))


# What opens a consequence drawn from the sentence before it ("..., WHICH IS WHY my tablets never worked").
_WHY_OPENERS = (["which", "is"], ["that", "is"], ["this", "is"])


@examples(
    (
        "You can't absorb calcium properly without K2, which is why my calcium tablets never did anything "
        "for me.",
        "k2-increases-calcium-absorption",
        False,
    ),
    ("K2 builds muscle, which is why my gym bag is never without a bottle.", "k2-builds-muscle", False),
    ("Natto has no K2 at all, which is why I never eat it.", "natto-richest-k2", True),
    (
        "K2 works on your bones and arteries rather than on clotting, which is why it can't interfere with "
        "warfarin.",
        "k2-warfarin-interaction",
        True,
    ),
)
def drawn_consequence(frame: Frame, cue: Span) -> bool:
    """A cue in a consequence drawn from the claim ("..., which is why my calcium tablets never did
    anything"), about something other than the claim's subject, negates the consequence, not the claim."""
    start = cue[0]
    tokens = frame.tokens
    why = next(
        (q for q in range(start - 1, 1, -1) if tokens[q] == "why" and tokens[q - 2 : q] in _WHY_OPENERS), None
    )
    if why is None or not any(p < why - 2 for p in frame.content):
        return False
    # (Not where the consequence is the claim's again: "..., which is why IT can't interfere with warfarin",
    # "..., which is why there's no UPPER LIMIT".)
    if any(why < p < start for p in frame.subject) or {"it", "they"}.intersection(tokens[why:start]):
        return False
    return not any(cue[1] <= p < cue[1] + 3 for p in frame.content)


@examples(
    ("Vitamin K2 builds muscle, which your trainer won't tell you.", "k2-builds-muscle", False),
    (
        "The anti-inflammatory effect of vitamin K in muscle has not been shown in humans.",
        "vitk-anti-inflammatory",
        True,
    ),
    (
        "Hopes that K2 prevents cancer rest on one small trial that was never replicated.",
        "k2-prevents-cancer",
        True,
    ),
    ("Heart benefit from K2 supplements: not shown.", "k2-heart-health", True),
    (
        "The leukaemia scare about the newborn vitamin K shot came from one old study and never held up.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "That study tying the vitamin K shot to leukaemia is from 1992 and nobody has managed to repeat it.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    ("K2 for blood sugar is being studied, not proven.", "vitk-prevents-type2-diabetes", True),
    (
        "A 1992 study linked the vitamin K injection to leukaemia, but later studies found no such link.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "MK-4 vs MK-7 for muscle: no advantage for either",
        "mk4-better-than-mk7-muscle",
        True,
    ),
    (
        "Big studies since the 1990s have looked for a link between the vitamin K shot and leukaemia and "
        "found none.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "I took K2 for three months hoping for some extra muscle and noticed absolutely nothing.",
        "k2-builds-muscle",
        True,
    ),
    ("One study checked whether K2 upsets clotting and found it doesn't.", "k2-causes-blood-clots", True),
    (
        "I have read every study on the shot and leukaemia, and none showed any real link.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Leukaemia from the newborn shot? Our paediatrician looked into it and found nothing.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "K2 and clot risk: in healthy people, extra doses don't move the needle.",
        "k2-causes-blood-clots",
        True,
    ),
    ("Don't bother with cheese or eggs for K2, there's basically none in them.", "animal-foods-k2", True),
)
def forward_only(frame: Frame, cue: Span) -> bool:
    """A cue that negates what follows it, with every claim word before it, negates something else."""
    start, end = cue
    if (
        end - start > 1
        or frame.tokens[start] not in frame.lang.forward
        or not frame.content
        or any(p >= end for p in frame.content)
    ):
        return False
    # "..., this isn't bro science anymore": a negation of a denial right after it is one litotes, which
    # the adjustments read with both cues.
    # ("... the question still hasn't BEEN laid to rest": a word of tense or degree may come between.)
    after = end + (frame.tokens[end : end + 1] in (["been"], ["be"], ["yet"], ["ever"], ["fully"]))
    if any(s == 0 for s, _ in find(frame.tokens[after : after + 3], frame.lang.cues, set())):
        return False
    # "... rest on one trial that has not been repeated": a test not done or failed judges the evidence
    # for the claim, unless the writer only hedges.
    if _TESTING.union(_FAILED_TEST).intersection(frame.tokens[end : end + 3]) and not _hedged(frame):
        return False
    # "nobody has ever managed to replicate it", "none of the follow-up studies could reproduce it".
    if frame.tokens[start] in _NO_ONE and _FAILED_TEST.intersection(frame.tokens[end : end + 8]):
        return False
    # "read every leukaemia study on the jab, and none showed a convincing link": none of what was read
    # shows the claim.
    if frame.tokens[start] == "none" and _SHOWING.intersection(frame.tokens[end : end + 2]):
        return False
    # "The leukaemia scare about the shot ... never held up": a claim that did not survive scrutiny.
    if frame.tokens[end : end + 2] in _SURVIVED or frame.tokens[end + 1 : end + 3] in _SURVIVED:
        return False
    # "..., so extra vitamin K from food or pills doesn't MOVE THE NEEDLE": the thing named before has no
    # effect, which denies a claim of one.
    if frame.tokens[end : end + 3] in _NO_EFFECT:
        return False
    # "..., but later studies found no such link", "larger studies have found none": research that looked
    # for the claim and found nothing judges it.
    if _found_nothing(frame.tokens, start):
        return False
    if _none_there(frame.tokens, start):
        return False
    if _closing_verdict(frame, cue):
        return False
    if _found_it_not(frame, cue):
        return False
    breaks = [p for p in range(max(frame.content) + 1, start) if frame.tokens[p] in _BREAKS]
    # "Took K2 for my cramps and nothing changed": a try that failed judges the claim.
    if breaks and _failed_try(frame.tokens, breaks[-1] + 1, cue):
        return False
    # "K2 builds muscle, which ... won't": the cue sits in a clause of its own. "The effect of K2 on
    # muscle has not been shown": the cue negates the claim's own predicate.
    return bool(breaks)


# What a study or a try came to ("... and FOUND it doesn't", "CONCLUDED they do not").
_CAME_TO = _FOUND | {"concluded", "discovered", "learned"}


def _found_it_not(frame: Frame, cue: Span) -> bool:
    """Whether the cue closes the sentence as what a study or a try found of the claim put before it:
    "checked whether K2 upsets clotting and found it doesn't", "tested it and showed they do not"."""
    start, end = cue
    tokens = frame.tokens
    if not set(tokens[end:]) <= {".", "!", "at", "all"} or start < 3:
        return False
    before = tokens[max(0, start - 4) : start]
    if not before or before[-1] not in frame.lang.negative_aux:
        return False
    said = [t for t in before[:-1] if t != "that"]
    return len(said) >= 2 and said[-2] in _CAME_TO and said[-1] in {"it", "they", "this", "that"}


# What something with no effect does not do ("doesn't MOVE THE NEEDLE", "won't MAKE A DENT").
_NO_EFFECT = (
    ["move", "the", "needle"],
    ["make", "a", "dent"],
    ["make", "any", "dent"],
)


# What a claim does when it survives scrutiny ("never HELD UP in later research").
_SURVIVED = (
    ["held", "up"],
    ["hold", "up"],
    ["holds", "up"],
    ["stood", "up"],
    ["stand", "up"],
    ["panned", "out"],
)


@examples(
    ("You can take K2 freely without asking a doctor, even on warfarin.", "k2-warfarin-interaction", True),
    ("Healthy people can take K2 without any effect on blood clotting.", "k2-causes-blood-clots", True),
    ("You can take K2 on warfarin without worrying.", "k2-warfarin-interaction", True),
)
def without_other_words(frame: Frame, cue: Span) -> bool:
    """Only "without" followed by the claim's own words negates it; "without any effect on clotting"
    reaches a little further."""
    start, end = cue
    tokens = frame.tokens
    if frame.caution and _carefree_after(tokens, end):
        # "You can take K2 on warfarin without worrying": leave not to heed a warning denies it.
        return False
    reach = 6 if {"effect", "effects", "impact", "affecting"}.intersection(tokens[end : end + 2]) else 3
    return tokens[start] == "without" and not any(
        p in frame.content for p in range(end, min(end + reach, len(tokens)))
    )


_STAND_INS = frozenset({"substitute", "replacement", "alternative", "match"})
# "not be TREATED AS a substitute", "is not SEEN AS a replacement": how a stand-in is regarded.
_REGARDED_AS = frozenset(
    {"be", "treated", "seen", "considered", "regarded", "viewed", "used", "taken", "as", "a", "an"}
)


# Words between "not" and a verb of rivalry ("doesn't COME ANYWHERE near"); "don't NEED anywhere near 90
# micrograms" is an amount.
_RIVALRY_LEAD = frozenset({"come", "comes", "even", "anywhere", "quite", "really"})


def _none_better_than(frame: Frame, start: int, end: int) -> bool:
    """ "There's no better source of K2 than natto", "you won't find a richer one than natto": nothing is
    better than the claim's subject, named only after "than" (not "MK-4 is no better than MK-7", which
    names it before the cue and denies the comparison)."""
    tokens = frame.tokens
    at = end
    if tokens[start] == "not" and tokens[at : at + 1] in (["find"], ["get"], ["see"]):
        at += 1  # "you won't FIND a better ..."
    elif tokens[start] not in {"no", "nothing", "none"}:
        return False
    if tokens[at : at + 1] == ["a"]:
        at += 1
    if at >= len(tokens) or tokens[at] not in frame.lang.superlative:
        return False
    than = next((p for p in range(at + 1, min(len(tokens), at + 12)) if tokens[p] == "than"), None)
    if than is None or any(t in {",", ";", ":"} for t in tokens[at:than]):
        return False
    return any(p > than for p in frame.subject) and not any(p < start for p in frame.subject)


def _rival_ahead(frame: Frame, start: int, end: int) -> bool:
    """ "MK-4 doesn't come anywhere near MK-7", "cheese can't compete with natto": a verb of rivalry right
    after "not" with the claim's subject after it, and none before the cue in its clause, ranks the subject
    first."""
    tokens = frame.tokens
    verb = end
    while verb < min(end + 3, len(tokens)) and tokens[verb] in _RIVALRY_LEAD:
        verb += 1
    if verb >= len(tokens) or tokens[verb] not in frame.lang.rivalry:
        return False
    if any(frame.clause[0] <= p < start for p in frame.subject):
        return False
    return any(verb < p <= verb + 4 for p in frame.subject)


# The verbs of rivalry as participles ("No fermented food has BEATEN natto", "never been MATCHED by"):
# after "no" a superlative; after "not" ("adding K2 hasn't beaten D3 alone") left to the other rules.
_RIVALLED = frozenset({"beaten", "matched", "surpassed", "outdone", "topped", "bettered"})


@examples(
    ("Nothing comes close to natto as a source of vitamin K2.", "natto-richest-k2", False),
    ("No other food in the shop even comes near natto for MK-7.", "natto-richest-k2", False),
    ("Few foods are richer in K2 than natto.", "natto-richest-k2", False),
    (
        "Vitamin K pills for the mother should not be treated as a substitute for the newborn vitamin K "
        "shot.",
        "newborn-vitk-shot",
        False,
    ),
    ("K2 capsules should not be seen as a substitute for lifting weights.", "k2-replaces-exercise", True),
    ("There's no evidence that MK-4 beats MK-7 for muscle.", "mk4-better-than-mk7-muscle", True),
    ("MK-4 is no better than MK-7 for muscle.", "mk4-better-than-mk7-muscle", True),
    (
        "Studies in several countries found no more leukemia in children who got the shot than in those who "
        "didn't.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    ("Vitamin K2 is no substitute for a proper osteoporosis drug.", "k2-treats-osteoporosis", True),
    (
        "Vitamin K supplements are no substitute for proven osteoporosis drugs like bisphosphonates.",
        "k2-treats-osteoporosis",
        True,
    ),
    (
        "K2 is popular with lifters. It is no substitute for resistance training.",
        "k2-replaces-exercise",
        True,
    ),
    (
        "Vitamin K deficiency is no more frequent in people with kidney disease than in anyone else.",
        "ckd-vitk-deficiency",
        True,
    ),
    (
        "Since I started K2 my workouts have never been better, it really builds muscle.",
        "k2-builds-muscle",
        False,
    ),
    (
        "Nothing shields a newborn from late bleeding as reliably as one injection given at birth.",
        "newborn-vitk-shot",
        False,
    ),
    ("Nobody has shown that drops protect a baby as well as the jab.", "oral-vitk-equals-shot", True),
    (
        "Few facts in nutrition are as well established as vitamin K's role in blood clotting.",
        "vitk-needed-clotting",
        False,
    ),
    (
        "Nothing builds muscle like progressive overload and enough protein.",
        "protein-training-drive-muscle-growth",
        False,
    ),
    ("For your heart, no other vitamin outperforms K2.", "k2-heart-health", False),
    (
        "There's no real link between eating more K2 and lower heart disease risk.",
        "k2-intake-lower-chd",
        True,
    ),
    (
        "Children given vitamin K at birth had no higher risk of leukaemia than other children.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "MK-7 doesn't come anywhere near MK-4 for how long it stays in the blood.",
        "mk7-longer-half-life-than-mk4",
        True,
    ),
    ("There's simply no better food source of vitamin K2 than a bowl of natto.", "natto-richest-k2", False),
    ("For K2, natto is the standout; nothing else in the shop comes close.", "natto-richest-k2", False),
    ("Fun fact: no food on the shelf has more K2 in it than natto.", "natto-richest-k2", False),
    (
        "Trials of D3 plus MK-7 against D3 alone are few, and none has shown better bone density with both.",
        "d3-k2-better-than-d3-bone",
        True,
    ),
    ("No fermented food has beaten natto for MK-7 content in the analyses we've seen.", "natto-richest-k2",
     False),
    ("Natto has never been matched by any other food for K2.", "natto-richest-k2", False),
    ("Adding K2 hasn't beaten D3 alone for bone density in the trials I know of.",
     "d3-k2-better-than-d3-bone", True),
    ("No trial in older women found more bone with MK-7 than with placebo.", "k2-slows-bone-loss", True),
    (
        "D3 and K2 work as a team, but nobody has shown the pair does more for bone density than D3 alone.",
        "d3-k2-better-than-d3-bone",
        True,
    ),
)
def superlative_nothing(frame: Frame, cue: Span) -> bool:
    """ "Nothing comes close to natto", "no food beats it", "no substitute for the shot": a superlative,
    not a denial; but "K2 is no substitute for treatment", with the claim's subject before it, denies
    that the subject can stand in."""
    start, end = cue
    tokens = frame.tokens
    # The subject before the cue, named or, where the sentence does not name it, a pronoun ("It is no
    # substitute for training").
    named = (
        any(p < start for p in frame.subject)
        or (
            not frame.subject
            and (
                not {"it", "this", "they"}.isdisjoint(tokens[:start])
                # "Vitamin K pills are no substitute for osteoporosis drugs": the thing before "are".
                or tokens[start - 1 : start] in (["is"], ["are"])
            )
        )
    )
    # "should not be treated as a substitute for the shot": words of regard between the cue and the noun.
    at = end
    while at < len(tokens) and at < end + 5 and tokens[at] in _REGARDED_AS:
        at += 1
    if at < len(tokens) and tokens[at] in _STAND_INS and at > end:
        # The claim's subject after the noun is what nothing replaces; before it, what cannot replace.
        return any(p > at for p in frame.subject)
    if (
        tokens[end : end + 1]
        and tokens[end] in _STAND_INS
        and named
        and not any(p > end for p in frame.subject)
    ):
        return False
    if _none_better_than(frame, start, end):
        return True
    if (
        tokens[end : end + 1]
        and tokens[end] in frame.lang.superlative
        and "than" in tokens[end + 1 : end + 14]
        and not any(t in {",", ";", ":"} for t in tokens[end + 1 : tokens.index("than", end + 1)])
    ):
        # "MK-4 is no better than MK-7", "no more common in kidney disease than elsewhere": an equality,
        # which denies the comparison.
        return False
    if (
        tokens[start] in {"never", "not"}
        and tokens[end : end + 1] == ["been"]
        and tokens[end + 1 : end + 2]
        and tokens[end + 1] in _RIVALLED
        and tokens[end + 2 : end + 3] == ["by"]
        and any(p < start for p in frame.subject)
    ):
        # "Natto has never been MATCHED BY any other food for K2": no rival has come up to the subject.
        return True
    if tokens[start] == "never":
        # "Never felt better", "my bones have never been stronger": a superlative of a state.
        return (
            tokens[end : end + 1] in (["been"], ["felt"], ["looked"], ["slept"])
            and tokens[end + 1 : end + 2] in (["better"], ["stronger"], ["healthier"], ["happier"])
            and "than" not in tokens[end + 2 : end + 5]
        )
    if tokens[start] == "not" and not frame.equative and _rival_ahead(frame, start, end):
        return True
    if end - start != 1 or tokens[start] not in {"no", "nothing", "none", "nobody", "few"}:
        return False
    noun = end + 1 if tokens[end : end + 1] and tokens[end] in _GRADES else end
    if tokens[noun : noun + 1] and tokens[noun] in _FINDINGS:
        # "There's no real link between eating more K2 and lower heart risk": a finding denied; the
        # comparative inside it ranks nothing.
        return False
    if tokens[end + 1 : end + 2] and tokens[end] in frame.lang.superlative and tokens[end + 1] in _MEASURES:
        # "had no higher risk of leukaemia", "no more cases of bleeding": a rate found not raised, no rank.
        return False
    near = range(end, min(end + 5, len(tokens)))
    ranked_at = next((p for p in near if tokens[p] in frame.lang.superlative), None)
    if ranked_at is not None:
        # "..., and none has SHOWN better bone density with the combination": a finding denied, whose
        # object holds the comparative.
        return _SHOWN.isdisjoint(tokens[end:ranked_at])
    # "No food on the shelf has more K2 in it than natto": a comparative further on, with the claim's
    # subject after its "than" ("nobody has SHOWN the pair does more than D3 alone" judges a finding).
    further = range(end, min(end + 9, len(tokens)))
    ranked = next((p for p in further if tokens[p] in frame.lang.superlative), None)
    if (
        ranked is not None
        and tokens[start] in {"no", "nothing"}
        and _FOUND.isdisjoint(tokens[end:ranked])
        and "than" in tokens[ranked + 1 : ranked + 6]
    ):
        than = tokens.index("than", ranked + 1)
        if any(than < p <= than + 3 for p in frame.subject):
            return True
    # The rest of the cue's clause, up to 14 words.
    clause = tokens[end : end + 14]
    stop = next((i for i, t in enumerate(clause) if t in {",", ";", ":", "but", "that"}), len(clause))
    # "Nothing else on your plate comes anywhere close to natto": a verb of rivalry within nine words, with
    # the claim's subject after it ("no trial in older adults showed more bone with K2" is no rivalry:
    # comparatives count only next to the cue).
    until = min(stop, 9)
    first = next(
        (i for i, t in enumerate(clause[:until]) if t in frame.lang.rivalry or t in _RIVALLED), None
    )
    if first is not None and any(end + first < p < end + until + 3 for p in frame.subject):
        return True
    if first is not None and clause[:1] in (["else"], ["other"]) and any(p < start for p in frame.subject):
        # "Natto is the standout, nothing else in the supermarket comes close": the rival is everything
        # else, the subject named before.
        return True
    # "Nothing protects a baby from bleeding as well as the injection", "Few facts are as well established as
    # vitamin K's role in clotting", "Nothing builds muscle like progressive overload": nothing does it as
    # well as the claim's subject, in the same clause. ("Nobody has shown that drops protect as well as the
    # jab" judges the claim instead; "nothing like that" names no rival.)
    equal = next(
        (
            i
            for i in range(min(stop, len(clause) - 2))
            if (clause[i] == "as" and "as" in clause[i + 2 : i + 4]) or (clause[i] == "like" and i >= 2)
        ),
        None,
    )
    return equal is not None and any(end + equal < p < end + stop for p in frame.subject)


# What research finds or fails to find ("no real LINK between ..."), and the grades before it.
_FINDINGS = frozenset(
    {"link", "links", "association", "connection", "evidence", "proof", "sign", "effect", "difference"}
)
# What a study counts: "no higher risk", "no greater incidence" deny a raised one.
_MEASURES = frozenset(
    {"risk", "risks", "rate", "rates", "incidence", "odds", "chance", "chances", "likelihood", "cases"}
)
_GRADES = frozenset({"real", "clear", "good", "solid", "strong", "significant", "convincing", "reliable"})


_EXCLUSIVE = frozenset({"only", "exclusively", "mainly", "mostly", "primarily", "chiefly", "largely"})


@examples(
    ("Natto is the richest source of K2, not cheese.", "natto-richest-k2", False),
    ("K2 is only found in aged cheese, not in processed cheese.", "animal-foods-k2", False),
    (
        "Grown adults need only a tiny amount of vitamin K each day, not 90 to 120 micrograms.",
        "vitk-adequate-intake",
        True,
    ),
    ("Chicken breast is muscle meat, not an organ meat.", "chicken-breast-organ-meat", True),
    (
        "Swallow the K2 capsule with a meal that has a little fat in it, not on an empty stomach.",
        "vitk-absorbed-with-fat",
        False,
    ),
    (
        "Some coaches insist that K2, not protein, is what matters most for muscle growth.",
        "k2-more-important-than-protein",
        False,
    ),
    ("MK-7 is made by bacteria, not by plants.", "bacteria-make-k2", False),
    ("Vitamin K2 is made by the plants themselves, not by bacteria.", "bacteria-make-k2", True),
    (
        "A big salad one day and none the next is what throws your INR around, not the salad itself.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "On warfarin the problem is a sudden change in vitamin K, not the salad itself.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "The golden rule on warfarin is consistency, not scraping every green thing off your plate.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Adults should take 100 to 200 mcg of MK-7 every day, not the measly 45 mcg in most multis.",
        "k2-dose-100-200-mcg",
        False,
    ),
    # A cleft that sets the vitamin aside denies the claim of it; one that sets another thing aside grants it.
    (
        "It's vitamin D, not vitamin K, that helps your gut absorb calcium.",
        "k2-increases-calcium-absorption",
        True,
    ),
    ("It's K2, not calcium, that helps your gut absorb calcium.", "k2-increases-calcium-absorption", False),
    # Called lore, or traced to the lab, and set against real evidence: a denial.
    (
        "The 'K2 supercharges your muscle mitochondria' pitch comes from fruit flies, not from anyone "
        "measuring ATP in a human thigh.",
        "k2-boosts-muscle-atp",
        True,
    ),
)
def contrast_not(frame: Frame, cue: Span) -> bool:
    """ "..., not worth it", "days, not hours": a contrast that denies something beside the claim;
    ", not an organ meat" denies the claim's own words."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] != "not" or start == 0 or tokens[start - 1] != "," or _closing_verdict(frame, cue):
        return False
    if _not_the_real_thing(tokens, start):
        return False
    stop = start + 1
    while (
        stop < len(tokens)
        and tokens[stop] not in {";", "?", "!", ","}
        and tokens[stop] not in (frame.lang.terminators)
    ):
        stop += 1
    fragment = range(start + 1, stop)
    earlier = tokens[frame.clause[0] : start]
    # "It's vitamin D, not vitamin K, that helps ...": the cleft's focus sets the vitamin itself aside.
    if earlier[:2] == ["it", "is"] and tokens[stop : stop + 2] == [",", "that"]:
        return not _VITAMIN_FORMS.intersection(tokens[start + 1 : stop])
    # An exclusive contrast names again a kind the clause named ("aged cheese, not processed cheese").
    exclusive = _EXCLUSIVE.intersection(earlier) and all(
        tokens[p] in earlier for p in fragment if p in frame.content
    )
    if (frame.comparative or exclusive) and not any(p in frame.subject for p in fragment):
        # "K2 is only found in aged cheese, not in processed slices": the excluded alternative.
        # "K2, not protein, is the key": the claim's subject is preferred to the other side.
        return True
    if _alternative(frame, start, fragment) or _other_amount(frame, start, fragment):
        return True
    # "is about keeping intake steady, not about banning foods", "is what throws your INR around, not the
    # salad itself": a focus the clause set up, and the alternative it sets aside.
    # ("Vitamin K2 is made by plants, not by bacteria" sets aside one of the claim's words that nothing
    # before it named: a denial.)
    named = {frame.groups.get(p) for p in frame.own if frame.clause[0] <= p < start}
    if (
        stop > start + 1
        and all(frame.groups.get(p) in named for p in fragment if p in frame.own)
        and (
            (tokens[start + 1] in _PARALLEL and tokens[start + 1] in earlier)
            or any(a == "is" and b == "what" for a, b in pairwise(earlier))
        )
    ):
        return True
    # "the problem is a sudden change, not the salad itself": a focus noun set up the claim's words, and
    # what ", not" sets aside names no subject (the thing it names may be a group nothing before named).
    if (
        stop > start + 1
        and named
        and any(a in _FOCUS and "is" in earlier[i + 1 : i + 5] for i, a in enumerate(earlier))
        and not any(p in frame.subject for p in fragment)
    ):
        return True
    return bool(frame.restated) or not any(p in frame.subject or p in frame.content for p in fragment)


# The vitamin's names, as tokens: its forms, and the "k" of "vitamin k" and the MK forms.
_VITAMIN_FORMS = _FORMS | {"k", "mk-4", "mk-7", "mk4", "mk7"}


# Words after ", " that put what is there in place of what "no" said was missing ("no RDA, JUST an AI").
_IN_PLACE = frozenset({"just", "only", "merely", "simply", "instead"})


@examples(
    (
        "There is no Recommended Dietary Allowance for vitamin K, just an Adequate Intake of 90 mcg.",
        "vitk-adequate-intake",
        False,
    ),
    ("No muscle gains from K2 at all, just expensive urine.", "k2-builds-muscle", True),
    ("There's no RDA for vitamin K, only an adequate intake of about 90 mcg a day.", "k2-official-rdi", True),
)
def no_but_instead(frame: Frame, cue: Span) -> bool:
    """ "No RDA for vitamin K, just an Adequate Intake of 90 mcg": "no" denies what stands before the
    comma; the claim's words after "just" name what there is instead, so the claim is stated when a
    keyword group of it stands there that the denied part did not name ("no RDA, only an AI" still
    denies that there is an official RDA)."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "no":
        return False
    comma = next((p for p in range(end, min(end + 9, len(tokens))) if tokens[p] in {",", ";", ":"}), None)
    if comma is None or tokens[comma] != "," or _IN_PLACE.isdisjoint(tokens[comma + 1 : comma + 2]):
        return False
    before = {frame.groups.get(p) for p in frame.own if start < p < comma}
    after = {frame.groups.get(p) for p in frame.own if comma < p < comma + 10}
    return bool(after - before)


# Nouns that set up what the clause is about ("the PROBLEM is a sudden change, not the salad itself").
_FOCUS = frozenset(
    {"problem", "issue", "key", "trick", "danger", "culprit", "point", "goal", "aim", "secret", "rule",
     "answer"}
)


# Words that open the same kind of phrase on both sides of ", not" ("about A, not about B").
_PARALLEL = frozenset({"about", "from", "with", "by", "for", "through"})


_CIRCUMSTANCE = frozenset({"with", "on", "in", "at", "during", "before", "after", "alongside", "from", "by"})


def _other_amount(frame: Frame, start: int, fragment: range) -> bool:
    """Whether ", not" sets aside another amount than the claim's own, which the clause named before it
    ("100 to 200 mcg of MK-7 a day, not the piddly 45 mcg in most multis")."""
    tokens = frame.tokens
    numbers = [p for p in fragment if tokens[p][:1].isdigit()]
    if not numbers or any(p in frame.own for p in numbers):
        return False
    return any(tokens[p][:1].isdigit() for p in frame.own if frame.clause[0] <= p < start)


def _alternative(frame: Frame, start: int, fragment: range) -> bool:
    """Whether the words of the claim after ", not" only name another choice for a part of the claim
    that the clause has already filled with other words ("with a meal that has some fat, not on an empty
    stomach": a meal and an empty stomach are one keyword group of the claim)."""
    # Only a circumstance ("not on an empty stomach", "not with coffee"): after ", not" a noun or number
    # ("not a proven remedy", "not 90 to 120") names the claim's own value, which it denies.
    if not fragment or frame.tokens[fragment[0]] not in _CIRCUMSTANCE:
        return False
    named = [p for p in fragment if p in frame.own and p not in frame.subject]
    if not named or any(p in frame.subject for p in fragment):
        return False
    before = range(frame.clause[0], start)
    filled = {
        frame.groups.get(p): frame.tokens[p] for p in before if p in frame.own and p not in frame.subject
    }
    return all(
        frame.groups.get(p) in filled and filled[frame.groups.get(p)] != frame.tokens[p] for p in named
    )


# What marks the lesser side of a comparison as standing alone ("D3 ON ITS OWN won't rebuild bone").
_ALONE = (("alone",), ("on", "its", "own"), ("on", "their", "own"), ("by", "itself"), ("by", "themselves"))


@examples(
    (
        "D3 on its own won't rebuild bone density; you need K2 alongside it to see the gains.",
        "d3-k2-better-than-d3-bone",
        False,
    ),
    (
        "D3 alone doesn't do much for bone density, add K2 and it's a different story.",
        "d3-k2-better-than-d3-bone",
        False,
    ),
    (
        "The trials comparing D3 plus K2 with D3 alone didn't show much extra gain in bone density.",
        "d3-k2-better-than-d3-bone",
        True,
    ),
)
def lesser_alone(frame: Frame, cue: Span) -> bool:
    """In a comparison ("D3 with K2 builds more bone than D3 alone"), a negation said of the side that stands
    alone ("D3 on its own won't rebuild bone") denies the lesser side, which states the comparison."""
    start, _ = cue
    tokens = frame.tokens
    if not frame.comparative or tokens[start] not in {"not", "never"}:
        return False
    for words in _ALONE:
        n = len(words)
        for p in range(max(0, start - 3 - n), start - n + 1):
            if tuple(tokens[p : p + n]) != words or p == 0:
                continue
            # The side standing alone opens its clause ("D3 on its own won't ..."), not an object
            # ("trials comparing D3 plus K2 with D3 alone didn't show much").
            opening = max((q for q in range(p) if tokens[q] in {",", ";", ":", "."}), default=-1) + 1
            if p - opening > 3 or any(p < q < start for q in frame.content - frame.own):
                continue
            return not any(tokens[q] in {",", ";", "but"} for q in range(p + n, start))
    return False


@examples(
    ("Eliquis has no vitamin K diet rules, unlike warfarin.", "doacs-unaffected-by-vitk", False),
    (
        "Unlike warfarin, apixaban does not react to vitamin K-rich foods.",
        "doacs-unaffected-by-vitk",
        False,
    ),
)
def stated_difference(frame: Frame, cue: Span) -> bool:
    """A claim that something differs from another thing ("unlike warfarin, the newer thinners are
    unaffected"): in a sentence that names the other thing with the claim's own "unlike", a negation in
    the clause says what the difference is ("Eliquis doesn't come with diet rules, unlike warfarin")."""
    tokens = frame.tokens
    if frame.opposites or frame.antonym_at is not None:
        return False  # "don't depend on vitamin K": a negated opposite, which negated_antonym reads
    return any(tokens[p] == "unlike" and p not in range(*cue) for p in frame.own) and not {
        ".",
        ";",
        "?",
        "!",
    }.intersection(tokens[min(cue[0], *frame.own) : max(cue[1], *frame.own)])


# Nouns for what sets two things apart ("the K1 vs K2 split", "the distinction", "the K2 difference").
_DIFFERENCE = frozenset({"difference", "differences", "split", "distinction", "vs", "versus"})


@examples(
    ("vitamin K is vitamin K, the K1 vs K2 thing is just marketing", "k1-k2-same", False),
    ("Vitamin K is vitamin K; the K1/K2 split is mostly marketing.", "k1-k2-same", False),
    ("Grass-fed or grain-fed, the K2 difference in butter is mostly marketing.", "grass-fed-more-k2", True),
)
def difference_judged(frame: Frame, cue: Span) -> bool:
    """A claim that two things are alike: a judgement on what sets them apart ("the K1 vs K2 split is
    just marketing") denies the difference, which states the claim."""
    start = cue[0]
    return frame.equative and any(frame.tokens[p] in _DIFFERENCE for p in range(max(0, start - 8), start))


# Words that say one thing takes another's place ("not an adequate SUBSTITUTE for", "doesn't REPLACE"):
# the stand-in nouns, with the verb, without "match" ("no match for" ranks, which superlative_nothing reads).
_REPLACING = (_STAND_INS - {"match"}) | {"replace", "replaces"}


@examples(
    (
        "A mum taking vitamin K tablets while nursing is no substitute for giving it to the baby.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Taking vitamin K in late pregnancy doesn't replace the vitamin K injection every newborn needs.",
        "newborn-vitk-shot",
        False,
    ),
    ("K2 is no substitute for exercise.", "k2-replaces-exercise", True),
    (
        "Vitamin K the mother takes should never be treated as a replacement for the newborn's own dose.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Vitamin K tablets taken by the mother are not a stand-in for the baby's own vitamin K shot.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "K2 is not a replacement for osteoporosis meds and there's no solid proof it treats osteoporosis.",
        "k2-treats-osteoporosis",
        True,
    ),
    (
        "Extra vitamin K in the mother's diet does raise her milk's level, but it is no substitute for the "
        "dose the baby gets after birth.",
        "newborn-vitk-shot",
        False,
    ),
)
def needed_instead(frame: Frame, cue: Span) -> bool:
    """ "X is no substitute for Y", "X doesn't replace Y": the negation puts X down, and says Y is still
    needed. For a claim stated by Y alone (every word of it after the stand-in word, which is not one of
    its own), where Y names the claim's subject again, the sentence holds the claim; where the stand-in
    word is the claim's own ("K2 replaces exercise") it is the claim denied. (``superlative_nothing``
    reads "no substitute for" with the subject after it.)"""
    end = cue[1]
    tokens = frame.tokens
    # The stand-in word may come after how it is regarded ("never be treated as a replacement for", "a
    # stand-in for").
    turn = next(
        (
            p
            for p in range(end, min(end + 6, len(tokens)))
            if tokens[p] in _REPLACING or tokens[p : p + 2] == ["stand", "in"]
        ),
        None,
    )
    if turn is None or turn in frame.own:
        return False
    # (A modal the claim counts as its word, "SHOULD never be treated as ...", is how the stand-in is put.)
    # (Only in the clause of the cue: "Vitamin K the mother takes raises her milk's level, but it's no
    # substitute for the dose the baby gets".)
    named = [
        p
        for p in frame.own
        if p not in frame.subject and tokens[p] not in frame.lang.advice_modals and p >= frame.clause[0]
    ]
    # What is still needed is the claim's subject again ("giving IT to the baby", "vitamin K by injection"),
    # not something else ("no substitute for your osteoporosis medicine").
    # ("... and there's no proof IT treats osteoporosis" is a clause of its own.)
    stop = next((p for p in range(turn, len(tokens)) if tokens[p] in {",", ";", "and", "but"}), len(tokens))
    # ... or the same thing given to its own receiver ("the baby's OWN dose", "the dose given DIRECTLY",
    # "the DOSE the baby gets").
    again = any(p > turn for p in frame.subject) or not {"it", "own", "directly", "dose"}.isdisjoint(
        tokens[turn:stop]
    )
    return again and bool(named) and min(named) > turn


# Open the aim that replaces one set aside ("not to cut it out, BUT to keep it steady", "..., IT IS to ...").
_CORRECTIVES = frozenset({"but", "rather", "instead"})


@examples(
    (
        "On warfarin the point isn't to banish vitamin K from your plate, it's to eat about the same amount "
        "each week.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "The aim with warfarin is not to give up greens, since they do you good, but to keep the amount "
        "you eat steady.",
        "warfarin-consistent-vitk",
        False,
    ),
    ("K2 does not build muscle, but it may help your bones.", "k2-builds-muscle", True),
    (
        "The fix for a jumpy INR isn't ditching vitamin K foods, it's eating a predictable amount of them.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def corrected_aim(frame: Frame, cue: Span) -> bool:
    """ "The goal is not to cut out vitamin K, it's to keep it steady": an aim set aside ("not to ...", "not
    about ...") that a corrective later in the sentence replaces ("but to ...", ", it's to ...", "rather")
    denies only what lies between them: where the corrective names a part of the claim the words set
    aside did not, the claim is what the sentence holds."""
    start, end = cue
    tokens = frame.tokens
    # The aim set aside is an infinitive, "about ...", or an act ("isn't DITCHING vitamin K foods").
    if tokens[start] != "not" or end >= len(tokens):
        return False
    if tokens[end] not in {"to", "about"} and not (tokens[end].endswith("ing") and len(tokens[end]) > 4):
        return False
    turn = None
    for p in range(end, len(tokens)):
        if tokens[p] in {".", "?", "!", ";"}:
            return False
        if tokens[p] in _CORRECTIVES or (tokens[p] == "," and tokens[p + 1 : p + 3] == ["it", "is"]):
            turn = p
            break
    if turn is None:
        return False
    named = [p for p in frame.own if p not in frame.subject]
    between = {frame.groups.get(p, -p) for p in named if end <= p < turn}
    return any(frame.groups.get(p, -p) not in between for p in named if p > turn)


@examples(
    ("Vitamin K2 is safe, not toxic, even at high doses.", "k2-toxic-high-dose", True),
    ("Skipping vitamin K at birth is not a safe choice.", "newborn-vitk-shot", False),
)
def restated_antonym(frame: Frame, cue: Span) -> bool:
    """A negation of a claim word whose antonym the sentence also uses only restates the antonym; but an
    act that is the claim's opposite, judged not safe ("Skipping vitamin K at birth is not safe"), is left
    to negated_antonym, which reads the two as one double negative."""
    end = cue[1]
    tokens = frame.tokens
    after = range(end, min(end + 3, len(tokens)))
    if frame.antonym_at in after:
        return False  # "not safe to mix K2 and warfarin": the negation takes the opposite term itself
    at = frame.antonym_at
    if (
        at is not None
        and at < cue[0]
        and tokens[at].endswith("ing")
        and tokens[cue[0] - 1] in {"is", "was", "are"}
        and _judged_safe(tokens[end : end + 4])
    ):
        return False
    return any(p in frame.restated for p in after)


# Words that open a stretch set against what came before ("..., WHILE K1 showed no such link").
_SET_AGAINST = frozenset({"while", "whereas", "but"})


def _sibling_stretch(frame: Frame, cue: int) -> bool:
    """Whether the cue sits in a stretch opened by a word of contrast that names a sibling form and not
    the claim's subject, after the subject was named."""
    tokens = frame.tokens
    opener = next((p for p in range(cue - 1, -1, -1) if tokens[p] in _SET_AGAINST or tokens[p] == ";"), None)
    if opener is None or tokens[opener] == ";" or not any(p < opener for p in frame.subject):
        return False
    stretch = range(opener + 1, cue)
    return any(p in frame.siblings for p in stretch) and not any(p in frame.subject for p in stretch)


# A person's eating habit ("if you NEVER ATE greens", "who NEVER EATS vitamin K-rich foods").
_EATING = frozenset({"eat", "eats", "ate", "eaten", "eating", "touch", "touches", "touched", "had", "have"})
_HABIT_OPENERS = frozenset({"if", "who", "when", "whether"})


@examples(
    (
        "If you never ate greens before starting warfarin, don't suddenly begin; if you always did, just "
        "keep going the same way.",
        "warfarin-consistent-vitk",
        False,
    ),
    ("People on warfarin should never eat spinach.", "warfarin-avoid-greens", False),
)
def habit_condition(frame: Frame, cue: Span) -> bool:
    """ "If you never ate greens ...", "Anyone who never eats vitamin K-rich foods ...": a "never" on eating
    in a condition or a relative clause says who the advice is for, not that the claim fails."""
    tokens = frame.tokens
    start = cue[0]
    if tokens[start] != "never" or _EATING.isdisjoint(tokens[cue[1] : cue[1] + 1]):
        return False
    return not _HABIT_OPENERS.isdisjoint(tokens[max(0, start - 3) : start])


# What a conclusion after ", so" says of the claim itself ("so no, IT doesn't", "so THE HOPE hasn't").
_SAID_OF_IT = frozenset({"no", "it", "they", "that", "this", "hope", "idea", "claim", "theory", "promise"})


@examples(
    (
        "The body makes all the K2 it needs in the intestines, so running short is unlikely.",
        "gut-bacteria-supply-k2",
        False,
    ),
    ("K2 does not build muscle, so save your money.", "k2-builds-muscle", True),
    (
        "Your gut flora makes all the K2 you'll ever need, so buying it in pill form is pointless.",
        "gut-bacteria-supply-k2",
        False,
    ),
    (
        "Your gut makes K2 on its own, so most healthy people never need to give it a second thought.",
        "gut-bacteria-supply-k2",
        False,
    ),
)
def so_consequence(frame: Frame, cue: Span) -> bool:
    """A negation in the clause after ", so", with every word of the claim before it ("The body makes all
    the K2 it needs, so running short is unlikely"), says what follows from the claim, not that it fails;
    not a verdict ("..., so its numbers don't hold up") or a conclusion said of it ("so no, it doesn't")."""
    tokens = frame.tokens
    if not frame.content or cue[0] < 2:
        return False
    so = next((p for p in range(cue[0] - 1, 0, -1) if tokens[p] in {"so", ".", ";", "?", "!", "but"}), None)
    if so is None or tokens[so] != "so" or tokens[so - 1] != ",":
        return False
    # "... held up in trials, so its headline numbers don't hold up": a verdict on the claim, not a result.
    if tokens[cue[1] : cue[1] + 2] in _SURVIVED or tokens[cue[1] + 1 : cue[1] + 3] in _SURVIVED:
        return False
    # "..., so no, it doesn't work", "so the hope hasn't held up": a conclusion on the claim, said of it
    # (not "so buying IT in pill form is pointless").
    said = tokens[so + 1 : so + 3 if tokens[so + 1 : so + 2] in (["the"], ["no"]) else so + 2]
    if not _SAID_OF_IT.isdisjoint(said):
        return False
    # A word of need may come after the negation when the subject and two groups of the claim's terms came
    # before "so" ("Your gut makes K2 on its own, so most people never NEED to think about it"): no more is
    # needed, which follows from the claim. Not another word of the claim ("so a tablet won't LINGER"), nor
    # one before the negation ("so 'prevents calcification' is not supported").
    before = {frame.groups.get(p) for p in frame.content if p < so} - {None}
    after = [p for p in frame.content if p > so]
    return not after or (
        len(before) >= 2
        and any(p < so for p in frame.subject)
        and all(p >= cue[1] and tokens[p] in _NEED_WORDS for p in after)
        and not any(p >= cue[1] for p in frame.opposites)
    )


# What opens a contrast with another subject ("... WHERE most ordinary butter doesn't").
_CONTRAST_OPENERS = frozenset({"where", "whereas", "while", "unlike"})


@examples(
    (
        "Grass-fed butter carries meaningful K2 where most ordinary butter doesn't.",
        "grass-fed-more-k2",
        False,
    ),
    ("Natto is packed with K2 where most foods aren't.", "natto-richest-k2", False),
    ("Grass-fed butter has more K2? It doesn't.", "grass-fed-more-k2", True),
)
def contrast_ellipsis(frame: Frame, cue: Span) -> bool:
    """A negated auxiliary closing a clause after "where / whereas / while" and another subject
    ("Grass-fed butter carries meaningful K2 where most ordinary butter doesn't") denies the predicate of
    that subject only; the claim said before it stands."""
    tokens = frame.tokens
    at = cue[0]
    # The negation closes its clause ("... butter doesn't, because ...", "... foods aren't.").
    if tokens[at] != "not" or at < 5 or tokens[at + 1 : at + 2] not in ([], ["."], ["!"], [","], [";"]):
        return False
    if tokens[at - 1] not in _ELLIPSIS_AUX:
        return False
    aux = at - 1
    opener = next((p for p in range(aux - 1, max(0, aux - 7), -1) if tokens[p] in _CONTRAST_OPENERS), None)
    if opener is None or any(tokens[p] in {",", ";", ":"} for p in range(opener + 1, aux)):
        return False
    # The claim is said before the opener; what comes after it names another subject, not the claim's.
    return bool(frame.content) and min(frame.content) < opener and not any(
        p in frame.subject for p in range(opener + 1, aux)
    )


@examples(
    (
        "The goal is to keep your vitamin K intake steady, not to cut it to zero.",
        "warfarin-consistent-vitk",
        False,
    ),
    ("Vitamin K2 comes from bacteria, not from plants with no bacteria at all.", "bacteria-make-k2", False),
    ("Vitamin K2 comes from plants, not from bacteria.", "bacteria-make-k2", True),
)
def inside_set_aside(frame: Frame, cue: Span) -> bool:
    """A negation word inside the alternative that ", not ..." sets aside ("keep your intake steady, not
    cut it to zero") belongs to that alternative: when ``contrast_not`` sets the ", not" aside, the words
    after it up to the next comma go with it."""
    start = cue[0]
    tokens = frame.tokens
    for p in range(start - 1, max(frame.clause[0], start - 8) - 1, -1):
        if tokens[p] in {",", ";", ":", "?", "!"} or tokens[p] in frame.lang.terminators:
            return False
        if tokens[p] == "not" and p > 0 and tokens[p - 1] == ",":
            return bool(contrast_not(frame, (p, p + 1)))
    return False


@examples(
    (
        "Those with the most menaquinone in their diet had less heart disease, while phylloquinone intake "
        "showed no such link.",
        "k2-intake-lower-chd",
        False,
    ),
    (
        "People who ate the most menaquinone were half as likely to die of heart disease, an association "
        "not seen for vitamin K1.",
        "k2-intake-lower-chd",
        False,
    ),
)
def sibling_contrast(frame: Frame, cue: Span) -> bool:
    """A negation that points at a sibling form ("not seen for K1", "MK-4 not MK-7") denies it, not the
    claim about the other form; so does one said of a sibling set against the claim's subject ("...,
    while phylloquinone intake showed no such link")."""
    start, end = cue
    if end - start != 1 or frame.tokens[start] not in {"not", "no", "never"}:
        return False
    if frame.siblings and _sibling_stretch(frame, start):
        return True
    for p in range(end, min(end + 5, len(frame.tokens))):
        if p in frame.siblings:
            return True
        if p in frame.content or frame.tokens[p] in {",", ";"}:
            return False
    return False


# The verb a second subject takes the first's predicate with ("Plants don't make K2, bacteria DO").
_ELLIPTIC = frozenset({"do", "does", "did", "can", "will"})


@examples(
    ("Plants don't make K2 at all; bacteria do, which is why natto has it.", "bacteria-make-k2", False),
    ("Bacteria don't make K2; plants do.", "bacteria-make-k2", True),
)
def done_by_another(frame: Frame, cue: Span) -> bool:
    """ "Plants don't make K2 at all, bacteria do": a negation said of a subject that is none of the
    claim's words, answered by the claim's own subject taking the same predicate, denies it of the first
    and states the claim of the second."""
    start, end = cue
    tokens = frame.tokens
    if end - start != 1 or tokens[start] not in {"not", "never", "no"}:
        return False
    opening = next((p for p in range(start - 1, -1, -1) if tokens[p] in {",", ";", ":", "."}), -1)
    if any(p in frame.content for p in range(opening + 1, start)):
        return False
    pause = next((p for p in range(end, min(len(tokens), end + 10)) if tokens[p] in {",", ";"}), None)
    if pause is None:
        return False
    for q in range(pause + 1, min(len(tokens) - 1, pause + 5)):
        if tokens[q] in {",", ";", ".", "?"}:
            return False
        if q in frame.content and tokens[q + 1] in _ELLIPTIC:
            return tokens[q + 2 : q + 3] in ([], [","], ["."], [";"], ["!"], ["too"])
    return False


# After a denial, what is denied all the more ("no RDA for K, let alone for K2").
_EVEN_LESS = frozenset({("let", "alone"), ("much", "less"), ("still", "less"), ("never", "mind")})


@examples(
    (
        "This is not about vitamin K2 being an anabolic agent like resistance training or protein.",
        "k2-builds-muscle",
        True,
    ),
    ("Neither K1 nor K2 builds muscle.", "k2-builds-muscle", True),
    (
        "K2 doesn't help you take up calcium, that is what vitamin D does; K2 matters after that.",
        "k2-increases-calcium-absorption",
        True,
    ),
    (
        "In the cohort, neither phylloquinone nor menaquinone intake was linked to heart disease.",
        "k2-intake-lower-chd",
        True,
    ),
    ("No toxic dose has ever been found for either K1 or K2.", "k2-toxic-high-dose", True),
    (
        "There's no official RDA for vitamin K at all, let alone a separate one for K2.",
        "k2-official-rdi",
        True,
    ),
    ("Nobody has shown that vitamin K builds muscle, much less MK-7.", "k2-builds-muscle", True),
    ("No vitamin replaces lifting heavy and eating your protein, K2 included.", "k2-replaces-exercise", True),
    (
        "I honestly don't think a healthy, breastfed baby needs the shot at all.",
        "newborn-vitk-shot",
        True,
    ),
    (
        "No toxicity is known for any form of vitamin K, though ask a doctor before adding a K2 supplement.",
        "k2-toxic-high-dose",
        True,
    ),
)
def other_subject_first(frame: Frame, cue: Span) -> bool:
    """A negation whose next subject is another claim's ("not about K2 being ... like protein") denies
    what is said of that subject, not the claim about the subject named later. "Neither K1 nor K2 ..."
    denies it of both: the claim's subject after the "nor" (or an "or") is inside the negation."""
    start, end = cue
    if end - start != 1 or frame.tokens[start] not in frame.lang.forward or not frame.subject:
        return False
    after = [p for p in frame.subject if p >= end]
    if not after or any(s <= p < start for s, e in frame.spans if s <= start < e for p in frame.subject):
        # "K2 doesn't help you absorb calcium, that's vitamin D's job; K2 only ...": the negation's subject is
        # the claim's, named before it in its clause.
        return False
    first = min(after)
    if frame.tokens[start] == "neither" and "nor" in frame.tokens[end:first]:
        return False
    # "There is no known toxicity for either K1 or K2", "No need for natto or K2 pills": the claim's subject
    # joined to the other by "or" is inside the negation too.
    if frame.tokens[first - 1] in {"or", "nor"}:
        return False
    # "There is no known toxicity for either form of vitamin K": every form of the other subject includes
    # the claim's.
    named = frame.tokens[end:first]
    if not _EVERY_FORM.isdisjoint(named) and not _FORM_NOUNS.isdisjoint(named):
        return False
    # "No RDA for vitamin K at all, let alone one for K2": the negation reaches the claim's subject too.
    if any(tuple(frame.tokens[p : p + 2]) in _EVEN_LESS for p in range(end, first)):
        return False
    # "No vitamin replaces lifting and protein, K2 included": the claim's subject counted among the
    # negation's.
    # ("MK-4 included": the subject may be two words.)
    if "included" in frame.tokens[first + 1 : first + 3] or frame.tokens[first - 1] == "including":
        return False
    # "I don't think a healthy, BREASTFED baby needs the shot": another claim's word just before one of
    # this claim's describes it; it is no subject of its own.
    between = [p for p in frame.others if end <= p < first and p + 1 not in frame.own]
    # "Please don't skip it (breastfeeding, newborn, vitamin K)": a page's line read with the subjects it
    # points back to; the negation's object is the stand-in, before any of them.
    pointer = next((p for p in range(end, first) if frame.tokens[p] in {"it", "them"}), None)
    return bool(between) and (pointer is None or pointer > min(between))


# "EITHER FORM of vitamin K", "ALL FORMS of it", "ANY TYPE of vitamin K".
_EVERY_FORM = frozenset({"either", "both", "any", "all", "every"})
_FORM_NOUNS = frozenset({"form", "forms", "type", "types", "kind", "kinds"})

_PURPOSE = (("so",), ("so", "that"), ("to", "make", "sure"), ("to", "ensure"), ("in", "order", "that"))
# Feelings that "so" grades ("so glad we didn't ...").
_FEELINGS = frozenset({"glad", "happy", "relieved", "grateful", "thankful", "pleased", "lucky", "sorry"})


@examples(
    (
        "The K2 is added so that high-dose D3 doesn't calcify your arteries.",
        "d3-without-k2-calcifies",
        False,
    ),
    (
        "I take K2 so the calcium goes to my bones and doesn't end up in my arteries.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    (
        "Newborns get a vitamin K injection so that they do not bleed in the first weeks.",
        "newborn-vitk-shot",
        False,
    ),
    ("Nervous about the needle, but so glad we didn't skip the vitamin K shot.", "newborn-vitk-shot", False),
    (
        "Take your K2 every day so your arteries never calcify in the first place.",
        "k2-prevents-arterial-calcification",
        False,
    ),
)
def purpose_clause(frame: Frame, cue: Span) -> bool:
    """A negation inside a purpose clause ("so the calcium doesn't end up in arteries", "so that babies
    don't bleed") after a clause that names something the sentence is about states what that thing is
    for; it does not deny the claim. A result after a
    comma ("..., so K2 is not needed") or a state ("so its benefits are not proven") still denies."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] not in {"not", "never"} or start < 3:
        return False
    # "so your arteries never calcify": "never" needs no auxiliary before it.
    aux = tokens[start - 1] in frame.lang.purpose_aux
    if not aux and tokens[start] != "never":
        return False
    verb = start - 1 if aux else start
    for s in range(max(1, verb - 6), verb - 1):
        for opener in _PURPOSE:
            n = len(opener)
            if tuple(tokens[s : s + n]) != opener or tokens[s - 1] in {",", ";", ":"}:
                continue
            if tokens[s + n : s + n + 1] and tokens[s + n] in _FEELINGS:
                # "I'm so glad we didn't skip it": a degree of feeling, not a purpose.
                continue
            between = tokens[s + n : verb]
            if (
                between
                and not any(t in {",", ";", ":", "not", "no", "never"} for t in between)
                and any(p < s for p in frame.content | frame.others | frame.siblings)
            ):
                return True
    return False


# Where, or how, a harm lands ("settles IN your arteries", "ends up hardening them", "is deposited").
_LANDING = frozenset(
    {"in", "into", "inside", "settle", "settles", "end", "ends", "deposited", "lodge", "lodges", "land"}
    | {"lands", "accumulate", "accumulates", "build", "builds", "harden", "hardens", "clog", "clogs"}
    | {"go", "goes"}
)
# What "nothing" is measured against ("which is NOTHING NEXT TO a single pack of natto").
_NEXT_TO = (("next", "to"), ("compared", "to"), ("compared", "with"), ("beside",), ("besides",), ("against",))


@examples(
    (
        "Half a cup of kraut has a few micrograms of K2, which is nothing next to a single pack of natto.",
        "natto-richest-k2",
        False,
    ),
    ("Natto has nothing on a spoonful of gouda for K2.", "natto-richest-k2", True),
)
def nothing_next_to(frame: Frame, cue: Span) -> bool:
    """ "..., which is NOTHING NEXT TO a pack of natto": something else called nothing beside the claim's
    subject ranks the subject first; the "nothing" is said of the other thing, not of the claim."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "nothing":
        return False
    for words in _NEXT_TO:
        if tuple(tokens[end : end + len(words)]) == words:
            after = end + len(words)
            return any(after <= p < after + 5 for p in frame.subject)
    return False


# Verbs of accepting a claim ("I don't BUY that the needle is the only way"; masks.py's ``_BELIEVING`` are
# those an "If you think ..." opens).
_ACCEPTING = frozenset({"accept", "buy", "believe", "think", "agree", "see"})
# What "the only" may name ("the only WAY to get it into them").
_MEANS = frozenset({"way", "ways", "option", "options", "route", "choice", "method", "answer"})


@examples(
    (
        "I agree babies need that dose of vitamin K, I just don't accept that the needle is the only way to "
        "get it into them; oral drops do the job.",
        "oral-vitk-equals-shot",
        False,
    ),
    ("I don't believe oral drops are as good as the shot.", "oral-vitk-equals-shot", True),
)
def only_way_doubted(frame: Frame, cue: Span) -> bool:
    """For a claim that two ways are equal, "I don't BUY that the needle is THE ONLY WAY" doubts that one
    way is the only one, which grants the other: the negation falls on a verb of believing whose clause
    calls something the only way, before any break."""
    start, end = cue
    tokens = frame.tokens
    if not frame.equative or tokens[start] not in {"not", "never"} or end >= len(tokens):
        return False
    if tokens[end] not in _ACCEPTING:
        return False
    for p in range(end + 1, min(len(tokens) - 1, end + 10)):
        if tokens[p] in {",", ";", ".", "?", "!", "but"}:
            return False
        if tokens[p] == "only" and not _MEANS.isdisjoint(tokens[p + 1 : p + 4]):
            return True
    return False


# What opens the stretch where a harm is kept off ("..., SO the calcium doesn't settle in your arteries",
# "make SURE it doesn't harden them", "ends up in bone AND not in your arteries").
_KEPT_OPENERS = frozenset({"so", "and", "that", "sure", "ensure", "ensures"})


@examples(
    (
        "If you take calcium with vitamin D, get enough K2 as well, so the calcium doesn't settle in your "
        "arteries.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "If you're taking calcium tablets, add K2 so the calcium ends up in bone and not in your arteries.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "K2 taken with calcium pills does not keep them from harming the heart.",
        "k2-offsets-calcium-supplement-risk",
        True,
    ),
)
def harm_kept_off(frame: Frame, cue: Span) -> bool:
    """For a claim that something prevents or protects, a negation said of the harm in a stretch after the
    subject ("add K2 SO the calcium DOESN'T settle in your arteries", "... AND NOT in your arteries") is the
    protection: the negation falls on where the harm lands and the harm, a word of the claim, follows it
    within five words; the subject is named before the stretch, not in it ("K2 taken with calcium pills
    does not keep them from harming the heart" denies; so does "K2 can't repair vein valves, so it won't
    get rid of varicose veins", where the negation falls on what the subject does)."""
    start, end = cue
    tokens = frame.tokens
    if not frame.relieves or tokens[start] not in {"not", "never"}:
        return False
    opener = next((p for p in range(start - 1, -1, -1) if tokens[p] in _KEPT_OPENERS), None)
    if opener is None or start - opener > 5 or not any(p < opener for p in frame.subject):
        return False
    if any(opener < p < start for p in frame.subject):
        return False
    # The negation falls on where the harm lands ("doesn't SETTLE in", "is not DEPOSITED in", "and not IN
    # your arteries"), not on what the subject does ("it won't get rid of varicose veins").
    if end >= len(tokens) or tokens[end] not in _LANDING:
        return False
    for p in range(end, min(len(tokens), end + 5)):
        if tokens[p] in {",", ";", ".", "but", "?"}:
            return False
        if p in frame.own and p not in frame.subject:
            return True
    return False


@examples(
    ("Always buy MK-7, not MK-4: it is the best form of K2.", "mk7-best-form", False),
    ("K2 not helping my leg cramps at all.", "k2-nocturnal-leg-cramps", True),
)
def preferred_over(frame: Frame, cue: Span) -> bool:
    """ "MK-7 not MK-4", "K2, not protein,": a "not" right after the claim's subject and right before
    something else the sentence names prefers the subject; it does not deny the claim."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "not" or start < 1:
        return False
    before = start - 1
    # Step back over a comma and the number of a form ("MK-7, not").
    while before > 0 and before not in frame.subject and (tokens[before] == "," or tokens[before].isdigit()):
        before -= 1
    if before not in frame.subject:
        return False
    after = end + (tokens[end : end + 1] in (["a"], ["an"], ["the"]))
    if after in (frame.others | frame.siblings) - frame.subject:
        return True
    # Another member of the same family of forms ("MK-7 not MK-4").
    return (
        tokens[after : after + 1] == [tokens[before]]
        and tokens[after + 1 : after + 2] != tokens[before + 1 : before + 2]
    )


# What a buyer is told not to waste ("don't waste your MONEY on MK-4"), and whose.
_WASTED = frozenset({"money", "time", "cash"})
_WASTERS = frozenset({"your", "my", "our", "their", "good", "hard-earned"})


@examples(
    ("MK-7 is hands down the best form of K2, don't waste your money on MK-4.", "mk7-best-form", False),
    ("MK-7 is the only K2 worth buying, don't waste money on anything else.", "mk7-best-form", False),
    ("Don't waste money on K2 for calf cramps; stretching works better.", "k2-nocturnal-leg-cramps", True),
    ("K2 is the best vitamin K for bones, but don't waste money on MK-7 softgels.", "mk7-best-form", True),
)
def wasted_elsewhere(frame: Frame, cue: Span) -> bool:
    """ "MK-7 is the best form, don't waste your money on MK-4": after the claim's subject, advice not to
    spend on something else prefers the subject; advice not to spend on the subject itself ("don't waste
    money on K2 for cramps") is the denial, and stays."""
    start, end = cue
    tokens = frame.tokens
    if tokens[end : end + 1] != ["waste"]:
        return False
    at = end + 1
    while at < len(tokens) and tokens[at] in _WASTERS:
        at += 1
    if tokens[at + 1 : at + 2] != ["on"] or tokens[at] not in _WASTED:
        return False
    spent_on = range(at + 2, min(at + 6, len(tokens)))
    return not any(p in frame.subject for p in spent_on) and any(p < start for p in frame.subject)


_COPULAS = frozenset({"is", "are", "was", "were", "be", "feels", "feel", "looks", "look", "sounds", "seems"})


@examples(
    (
        "D3 without K2 is like a lock with no key: the two vitamins work together.",
        "d3-k2-work-together",
        False,
    ),
    ("K2 is like a traffic cop, but it does not build muscle.", "k2-builds-muscle", True),
)
def simile(frame: Frame, cue: Span) -> bool:
    """A negation inside a simile ("is like pouring concrete with no mould") belongs to the picture, not
    to the claim the sentence makes before it."""
    start, _ = cue
    tokens = frame.tokens
    for s, e in find(tokens, frame.lang.similes, set()):
        if s >= start or s == 0 or tokens[s - 1] not in _COPULAS:
            continue
        if not any(t in {",", ";", ":", "but", "and"} for t in tokens[e:start]):
            return True
    return False


@examples(
    (
        "Oral drops are a fine alternative for families who don't want an injection.",
        "oral-vitk-equals-shot",
        False,
    ),
    ("Natto is the richest K2 food for people who don't object to its smell.", "natto-richest-k2", False),
)
def who_it_is_for(frame: Frame, cue: Span) -> bool:
    """A negation in a relative clause that says whom the claim is for ("for parents who don't want the
    needle") describes those people, not the claim."""
    start, _ = cue
    tokens = frame.tokens
    rel = next((p for p in range(start - 1, max(-1, start - 4), -1) if tokens[p] in {"who", "that"}), None)
    if rel is None:
        return False
    opener = next((p for p in range(rel - 1, max(-1, rel - 5), -1) if tokens[p] == "for"), None)
    return opener is not None and any(p < opener for p in frame.content)


# Nouns that name the claim itself (", the idea that nobody has tested"): a judgement, not a description.
_CLAIM_NOUNS = frozenset(
    {
        "idea",
        "notion",
        "belief",
        "theory",
        "suggestion",
        "myth",
        "hope",
        "promise",
        "assumption",
        # "..., a use that clinical trials have not supported".
        "use",
        "claim",
        "benefit",
        "application",
        # "..., a link that was debunked decades ago", "..., a story nobody has backed up".
        "link",
        "story",
        "rumour",
        "rumor",
        "scare",
    }
)
_ASIDE_OPENERS = frozenset({"which", "who", "whose", "although", "though", "while", "whereas"})


@examples(
    ("K2, which isn't found in most plant foods, activates osteocalcin.", "k2-activates-osteocalcin", False),
    ("K2, a nutrient with no known toxicity, switches on osteocalcin.", "k2-activates-osteocalcin", False),
    (
        "Vitamin K2 activates osteocalcin, a bone protein that cannot work without it.",
        "k2-activates-osteocalcin",
        False,
    ),
    ("K2 builds muscle, which isn't true.", "k2-builds-muscle", True),
    (
        "Some pages still say the vitamin K shot causes leukaemia, a link that was debunked long ago.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    ("K2 builds muscle, the idea that no trial has ever supported.", "k2-builds-muscle", True),
    (
        "Vitamin K2 is sometimes marketed as an aid to muscle growth, a use that trials have not supported.",
        "k2-builds-muscle",
        True,
    ),
)
def aside(frame: Frame, cue: Span) -> bool:
    """A negation inside an aside (", which isn't found in plants,") that the claim's words go on after
    says something about a word of the sentence, not about the claim. A relative clause at the end
    ("..., which isn't true") judges the claim and still denies it."""
    start, _ = cue
    tokens = frame.tokens
    opener = next((p for p in range(start - 1, max(-1, start - 8), -1) if tokens[p] in {",", ";"}), None)
    if opener is None or tokens[opener] != ",":
        return False
    article = tokens[opener + 1] in {"a", "an", "the"}
    if tokens[opener + 1] not in _ASIDE_OPENERS and not article:
        return False
    close = next((p for p in range(start + 1, min(len(tokens), start + 12)) if tokens[p] == ","), None)
    if (
        close is not None
        and tokens[opener + 1 : opener + 3] in (["which", "is"], ["which", "was"])
        and frame.lang.calls_false(tokens[start:close])
    ):
        # "Some guy said fat makes no difference to absorption, which is wrong, it's fat-soluble": a
        # judgement of what was said, whatever reason follows it; not a description of a word.
        return False
    if close is None:
        # "..., the bone protein that cannot work without it": a noun at the end, described; not a
        # judgement of the claim like "..., which isn't true".
        rel = next((p for p in range(opener + 2, start) if tokens[p] in {"that", "which", "who"}), None)
        judged = frame.lang.reporting | _CLAIM_NOUNS
        return (
            article
            and rel is not None
            and not judged.intersection(tokens[opener + 2 : rel])
            and not any(p > rel for p in frame.subject)
        )
    inside = range(opener + 1, close)
    return not any(p in frame.content for p in inside) and any(p > close for p in frame.content)


@examples(
    ("Not a fan of natto? Egg yolks and hard cheese contain K2 as well.", "animal-foods-k2", False),
    ("No natto in your shop? Gouda and egg yolks also contain K2.", "animal-foods-k2", False),
    ("Never heard of K2? It switches on osteocalcin, a bone protein.", "k2-activates-osteocalcin", False),
)
def leading_question(frame: Frame, cue: Span) -> bool:
    """A negation in a short question that opens the sentence ("Not a fan of natto?", "No natto?") sets
    up the answer that follows; it does not deny the claim the answer states."""
    start, _ = cue
    tokens = frame.tokens
    mark = next((p for p in range(start + 1, min(len(tokens), start + 7)) if tokens[p] == "?"), None)
    return (
        mark is not None
        and "?" not in tokens[:start]
        and mark < 8
        and any(p > mark for p in frame.content - frame.subject)
    )


# Words of amount or worth between a negation and what it takes ("no MEANINGFUL vitamin K2").
# Predicates that say a thing exists, negated in the passive ("has not been SET / ESTABLISHED").
_EXISTENCE = frozenset({"set", "established", "determined", "defined", "identified", "fixed", "agreed"})
_THAT_TO = frozenset({"to", "that"})
_CONFIRMED = frozenset(
    {"confirmed", "replicated", "reproduced", "verified", "shown", "proven", "proved", "demonstrated"}
)
_AMOUNTS = frozenset({"any", "meaningful", "real", "much", "significant", "useful", "measurable", "a", "the"})
_HOLDING = frozenset(
    {
        "hold",
        "holds",
        "contain",
        "contains",
        "have",
        "has",
        "carry",
        "carries",
        "provide",
        "provides",
        "give",
        "gives",
        "supply",
        "supplies",
        "store",
        "stores",
        "offer",
        "offers",
    }
)


# Words that soften a negation before what it denies ("Hard cheese isn't REALLY a K2 food").
_SOFTENERS = frozenset(
    {"really", "actually", "exactly", "truly", "necessarily", "particularly", "especially"}
)
# What may stand between a negation and the subject it negates ("holds no MEANINGFUL K2", "isn't REALLY a").
_BEFORE_SUBJECT = _AMOUNTS | _SOFTENERS
# Gerunds that open a clause with what someone does ("CUTTING greens out ...", "SKIPPING the shot ...").
_DOINGS = frozenset(
    {"cutting", "avoiding", "skipping", "giving", "dropping", "banning", "eating", "taking", "stopping"}
)


# Words of advice that a negation before them turns against what the sentence names ("aren't ADVISED").
_ADVISED = frozenset({"advised", "recommended", "advisable", "suggested", "endorsed", "approved"})


@examples(
    ("K2 does not replace vitamin D3; the two work together.", "d3-k2-work-together", False),
    (
        "Drops by mouth aren't advised here, since the gut takes them up unevenly and a breastfed baby "
        "ends up under-protected.",
        "oral-vitk-equals-shot",
        True,
    ),
    (
        "K2 capsules don't do much for most people, but no harm has turned up at the usual daily doses.",
        "k2-safe-usual-doses",
        False,
    ),
    (
        "People taking warfarin were not eligible for the trial, and the researchers stress that anyone on "
        "warfarin should talk to their doctor before trying vitamin K2.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 does not build muscle; protein and training do.", "k2-builds-muscle", True),
    ("Eggs and cheese hold no meaningful K2; natto is where you find it.", "animal-foods-k2", True),
    (
        "Hard cheese isn't really a K2 food; at a realistic 30 g portion the amount is negligible.",
        "animal-foods-k2",
        True,
    ),
    (
        "An upper limit for K2 hasn't been established, since even large doses seem harmless.",
        "k2-toxic-high-dose",
        True,
    ),
    ("Bacteria have nothing to do with vitamin K2; plants make it.", "bacteria-make-k2", True),
    (
        "The Rotterdam link between dietary K2 and coronary disease has never been confirmed; bigger cohorts "
        "found nothing.",
        "k2-intake-lower-chd",
        True,
    ),
    (
        "Extra vitamin K in pregnancy hasn't been shown to lift the baby's level, since so little crosses "
        "the placenta.",
        "babies-born-low-vitk",
        False,
    ),
    ("One three-year study found slower bone loss with K2 after menopause, others found nothing.",
     "k2-slows-bone-loss", False),
    (
        "A few trials of K2 on artery stiffness found nothing, so expect no supple vessels from a pill.",
        "k2-reduces-arterial-stiffness",
        True,
    ),
    # ...and so does a negated verb of holding with the subject as its object.
    (
        "Muscle tissue doesn't hold any vitamin K2 at all; it's only stored in the liver.",
        "k2-in-skeletal-muscle",
        True,
    ),
    (
        "Cutting greens out completely on warfarin doesn't improve your INR control; it just leaves you with "
        "a worse diet.",
        "warfarin-avoid-greens",
        True,
    ),
    (
        "Oral vitamin K doesn't give enough protection against bleeding; the injection is what's needed.",
        "oral-vitk-equals-shot",
        True,
    ),
    ("That natto-wrinkle story has no study behind it; sunscreen counts.", "k2-prevents-wrinkles", True),
)
def other_predicate(frame: Frame, cue: Span) -> bool:
    """A negation followed by none of the claim's own words in its clause, while a later clause holds
    them ("K2 does not replace D3; the two work together"), denies some other predicate of the subject,
    not the claim."""
    start, end = frame.clause
    tokens = frame.tokens
    if tokens[cue[0]] not in frame.lang.forward:
        return False
    # A clause joined on by ", and" or ", but" ends the negation's stretch ("People on warfarin were not
    # eligible for the trial, and the researchers stress that anyone on warfarin should talk to their
    # doctor ...", "extra K2 doesn't make blood clot more, and no harm has turned up at the usual amounts").
    end = next(
        (p for p in range(cue[1], end - 1) if tokens[p] == "," and tokens[p + 1] in {"and", "but"}), end
    )
    if any(cue[1] <= p < end for p in frame.own):
        return False
    # "A few trials of K2 on artery stiffness found nothing, so don't expect ...": research that found
    # nothing, after the claim's words, denies them.
    # (Not a split: "one study found slower bone loss, others FOUND nothing".)
    if (
        tokens[cue[0]] in {"nothing", "none"}
        and tokens[cue[0] - 1] in _FOUND
        and not _SEEKERS.isdisjoint(tokens[start : cue[0]])
        and _FOUND.isdisjoint(tokens[start : cue[0] - 1])
        and any(start <= p < cue[0] for p in frame.own)
    ):
        return False
    # "Bacteria have nothing to do with vitamin K2": no relation at all between the claim's words.
    if tokens[cue[1] : cue[1] + 3] == ["to", "do", "with"]:
        return False
    # "That natto-wrinkle story has no study behind it": no evidence behind the claim named before it (the
    # evidence word may end the cue, "no study", or follow it).
    behind = next((p for p in range(cue[1], min(len(tokens), cue[1] + 2)) if tokens[p] == "behind"), None)
    if (
        behind is not None
        and tokens[behind - 1] in frame.lang.evidence
        and any(start <= p < cue[0] for p in frame.own - frame.subject)
    ):
        return False
    # "An upper limit for K2 hasn't been established": a negated passive of existence denies the claim's
    # word that is its subject.
    if (
        tokens[cue[1] : cue[1] + 1] == ["been"]
        and tokens[cue[1] + 1 : cue[1] + 2]
        and (
            tokens[cue[1] + 1] in _EXISTENCE
            # ... and so does one of evidence that ends there ("the Rotterdam link ... has never been
            # CONFIRMED"; not "hasn't been shown TO lift the baby's level", which says what was not shown).
            or (tokens[cue[1] + 1] in _CONFIRMED and _THAT_TO.isdisjoint(tokens[cue[1] + 2 : cue[1] + 3]))
        )
        and any(start <= p < cue[0] for p in frame.own - frame.subject)
    ):
        return False
    # "Eggs and cheese contain no K2 worth mentioning; natto is the only source": a negation of the claim's
    # subject itself denies the claim.
    at = cue[1]
    # "doesn't hold any K2", "doesn't give you any K2": a verb of holding between the negation and subject.
    if at < len(frame.tokens) and frame.tokens[at] in _HOLDING:
        at += 1 + (frame.tokens[at + 1 : at + 2] in (["you"], ["us"]))
    while at < len(frame.tokens) and frame.tokens[at] in _BEFORE_SUBJECT:
        at += 1
    if at in frame.subject and cue[0] not in frame.subject:
        return False
    # "Cutting greens out on warfarin doesn't improve your INR control; it just leaves you with a worse
    # diet": the claim's own words open the clause, and the negation says what they fail to do.
    if tokens[start] in _DOINGS and any(start <= p < cue[0] for p in frame.own - frame.subject):
        return False
    # "Drops by mouth aren't advised here, since ...": the claim's own words, then advice against them.
    if (
        tokens[cue[1] : cue[1] + 1]
        and tokens[cue[1]] in _ADVISED
        and any(start <= p < cue[0] for p in frame.own - frame.subject)
    ):
        return False
    # "Oral vitamin K doesn't give enough protection; the injection is what's needed": for a claim that two
    # things are equal, a negated word of working said of its subject is the claim's own predicate.
    if (
        frame.equative
        and not _EFFICACY.isdisjoint(tokens[cue[1] : cue[1] + 4])
        and any(start <= p < cue[0] for p in frame.subject)
    ):
        return False
    return any(p >= end for p in frame.own)


# Words of working and protecting ("doesn't WORK", "doesn't give ENOUGH PROTECTION", "isn't as RELIABLE").
_EFFICACY = frozenset(
    {"work", "works", "protect", "protects", "protection", "enough", "effective", "reliable", "reliably"}
)


@examples(
    (
        "We chose oral vitamin K drops over the shot: the same protection without the needle.",
        "oral-vitk-equals-shot",
        False,
    ),
    (
        "Oral vitamin K drops protect newborns as well as the shot, with no needle needed.",
        "oral-vitk-equals-shot",
        False,
    ),
    (
        "Oral drops protect a newborn just as well as the injection, and no needle in the first hour.",
        "oral-vitk-equals-shot",
        False,
    ),
)
def spared_item(frame: Frame, cue: Span) -> bool:
    """ "Drops protect as well as the shot, without the needle", "no needle needed": leaving out an item
    the sentence has already named by another word of the same group (needle for shot) is a remark on
    that item, not a denial of the claim."""
    start, end = cue
    tokens = frame.tokens
    word = tokens[start]
    if word not in {"without", "no"}:
        return False
    item = end + (tokens[end : end + 1] in (["a"], ["an"], ["the"], ["any"]))
    group = frame.groups.get(item)
    if group is None or item in frame.subject:
        return False
    # "no needle needed", or "... and no needle": an item left out, added after the claim.
    added = start > 0 and tokens[start - 1] in {"and", "with", "plus"}
    if (
        word == "no"
        and not added
        and tokens[item + 1 : item + 2] not in (["needed"], ["required"], ["necessary"])
    ):
        return False
    return any(g == group and p < start and tokens[p] != tokens[item] for p, g in frame.groups.items())


_NEEDED = frozenset({"needed", "required", "necessary"})
# What may follow such a tag: the end of the sentence or of its clause.
_TAG_ENDS = frozenset({".", "!", "?", ",", ";"})


@examples(
    (
        "Feed your microbiome properly and it'll make all the K2 you'll ever need, no pills required.",
        "gut-bacteria-supply-k2",
        False,
    ),
    ("A healthy gut makes all the K2 you'll ever need, no natto required.", "gut-bacteria-supply-k2", False),
)
def needless_extra(frame: Frame, cue: Span) -> bool:
    """A tag after a claim that something else is not needed ("..., no pills required", "no grueling
    workouts required!") says what the claim spares you; it denies the claim only when the thing spared is
    one of the claim's own words ("a varied diet covers you, no PILLS required" against "most people need
    a supplement"). The tag ends its clause: a comma or the sentence's start before "no", at most three
    words, then "needed", "required" or "necessary"."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "no" or start == 0 or tokens[start - 1] not in {",", "-", ";", ":"}:
        return False
    need = next((p for p in range(end, min(len(tokens), end + 4)) if tokens[p] in _NEEDED), None)
    if need is None or need == end or (need + 1 < len(tokens) and tokens[need + 1] not in _TAG_ENDS):
        return False
    return not any(p in frame.own or p in frame.subject for p in range(end, need))


@examples(
    (
        "I knew VKDB was rare, but until I read the research I had no idea how much protection that one shot "
        "gives.",
        "newborn-vitk-shot",
        False,
    ),
    ("Most adults are deficient in vitamin K and have no idea.", "vitk-deficiency-common", False),
    ("K3 works fine as a supplement, no idea why people avoid it", "menadione-safe-supplement", False),
)
def no_idea(frame: Frame, cue: Span) -> bool:
    """ "Had NO IDEA how much protection the shot gives", "are low in K2 and have NO IDEA": not knowing is
    said of the writer or the people the sentence is about, and denies nothing the claim says. (Where the
    writer means "no idea why anyone believes it", a judgement or a second negation carries the denial.)"""
    start, end = cue
    if frame.tokens[start] != "no" or frame.tokens[end : end + 1] != ["idea"]:
        return False
    # "works fine, no idea why people AVOID it": the wonder dismisses the claim's opposite.
    return not any(p > end for p in frame.opposites)


# "Never been BETTER", "never looked YOUNGER", "never been THIS stable": a best-ever report.
_BEST_EVER_VERBS = frozenset({"been", "looked", "felt", "seemed", "slept", "worked", "done", "gone"})
_BEST_EVER = frozenset(
    {"better", "steadier", "stabler", "younger", "stronger", "healthier", "calmer", "clearer", "smoother"}
    | {"happier", "easier", "fitter", "firmer", "brighter", "lower", "higher", "more", "this", "so"}
)


@examples(
    (
        "I take 90 mcg of MK-7 at the same time as my warfarin every day and my INR has never been steadier.",
        "warfarin-consistent-vitk",
        False,
    ),
    ("my K2 is my anti-wrinkle secret, skin has never looked younger", "k2-prevents-wrinkles", False),
    ("K2 has never been shown to prevent wrinkles.", "k2-prevents-wrinkles", True),
)
def best_ever(frame: Frame, cue: Span) -> bool:
    """ "Has never been steadier", "skin has never looked younger", "never been this stable": a report that
    something is better than ever says the claim happened, it denies nothing."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "never":
        return False
    verb = next((p for p in range(end, min(len(tokens), end + 2)) if tokens[p] in _BEST_EVER_VERBS), None)
    return verb is not None and not _BEST_EVER.isdisjoint(tokens[verb + 1 : verb + 3])


# Words that end a list of bans ("no spinach, no kale; ...").
_LIST_ENDS = frozenset({";", ":", ".", "?", "!", "but", "yet", "because", "so"})


@examples(
    ("My warfarin nurse's rule was blunt: no kale, no chard, no sprouts.", "warfarin-avoid-greens", False),
    (
        "On warfarin they told him no spinach, no lettuce, nothing green at all.",
        "warfarin-avoid-greens",
        False,
    ),
)
def ban_list(frame: Frame, cue: Span) -> bool:
    """ "No kale, no chard, no sprouts": a list of bans where one item is a ban the claim names in its own
    words ("no kale") makes every other "no" of the list the same ban, not a denial of it."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] not in {"no", "nothing"}:
        return False
    for q in frame.own:
        if q == start or tokens[q] != "no" or abs(q - start) > 10:
            continue
        between = tokens[min(q, start) + 1 : max(q, start)]
        if "," in between and _LIST_ENDS.isdisjoint(between):
            return True
    return False


# The verbs that open a sentence's predicate after its subject.
_PREDICATE = frozenset(
    {"is", "are", "was", "were", "be", "been", "will", "would", "should", "must", "does", "do", "did"}
)


@examples(
    (
        "Giving vitamin K by mouth instead of the shot is not recommended for newborns.",
        "oral-vitk-equals-shot",
        True,
    ),
    (
        "On warfarin, aim for a steady vitamin K intake rather than none at all.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Instead of cutting greens to zero, warfarin patients should eat a similar amount every week.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def turned_down(frame: Frame, cue: Span) -> bool:
    """A cue inside the alternative a sentence turns down ("steady rather than ZERO", "instead of cutting
    greens to ZERO, ...") negates that alternative, when the claim's own words stand outside it."""
    start, _ = cue
    tokens = frame.tokens
    ends = frame.lang.terminators | {",", ";", ":"}
    for p in range(start - 1, max(0, start - 8), -1):
        if tokens[p] in ends:
            return False
        if (tokens[p - 1], tokens[p]) in {("rather", "than"), ("instead", "of")}:
            if _PREDICATE.intersection(tokens[p + 1 : start]):
                # "By mouth instead of the shot IS not recommended": the alternative has ended and the
                # cue is the sentence's verb, not part of what it turns down.
                return False
            stop = next((q for q in range(start, len(tokens)) if tokens[q] in ends), len(tokens))
            return any(q < p - 1 or q >= stop for q in frame.own - frame.subject)
    return False


# Verbs of putting something to the test ("never TESTED for carcinogenicity").
_PUT_TO_TEST = frozenset({"tested", "studied", "checked", "screened", "evaluated", "assessed", "test"})


@examples(
    (
        "The shot is linked to leukaemia, and the makers admit it was never tested for carcinogenicity.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    (
        "Nobody ever tested the vitamin K injection for carcinogenicity, so the leukaemia worry stands.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    ("Large studies never found a link between the shot and leukaemia.", "vitk-shot-causes-leukemia", True),
)
def untested_for_harm(frame: Frame, cue: Span) -> bool:
    """For a claim that warns of a harm, "never tested FOR that harm" ("the makers admit it was never
    tested for carcinogenicity") is the warning's argument: safety not shown, which denies nothing the
    warning says."""
    start, end = cue
    tokens = frame.tokens
    if not frame.caution or tokens[start] not in {"never", "not", "nobody", "no"}:
        return False
    test = next((p for p in range(end, min(len(tokens), end + 4)) if tokens[p] in _PUT_TO_TEST), None)
    if test is None:
        return False
    goal = next((p for p in range(test + 1, min(len(tokens), test + 6)) if tokens[p] == "for"), None)
    return goal is not None and any(goal < p <= goal + 3 for p in frame.own)


# The harms a reassurance rules out ("not tied to any SIDE EFFECTS", "judged not to pose any serious RISK").
_HARMS = frozenset(
    {"risk", "risks", "side", "harm", "harms", "adverse", "problems", "danger", "dangers", "toxicity"}
    | {"issues", "concerns", "complications", "reactions", "interaction", "interactions"}
    # "isn't going to HURT a healthy adult"
    | {"hurt", "hurts", "harmful"}
    # "no TOXIC dose has been identified", "you're not going to OVERDOSE on 200 mcg"
    | {"toxic", "overdose", "overdosing", "poison", "poisoning", "dangerous"}
)
# A label whose value rules a harm out ("Side EFFECTS: none known").
_HARM_LABELS = _HARMS | {"effects"}
_NONE_OF = frozenset({"not", "no", "never", "nothing", "none"})
# What a recommended act is said not to do ("the shot does not KILL newborns", "isn't POISON").
_HARMING = frozenset({"kill", "kills", "killing", "hurt", "hurts", "poison", "poisoning", "toxic", "deadly"})
# Words that leave a harm open rather than rule it out ("we don't KNOW whether it causes side effects").
_OPEN = frozenset(
    {"know", "known", "sure", "clear", "certain", "proven", "proof", "evidence", "tested", "studied"}
    | {"data", "whether", "if", "enough", "rule", "exclude", "say", "tell", "studies", "research"}
)


@examples(
    (
        "K2 drops at the usual child-sized doses haven't been tied to any side effects.",
        "k2-safe-usual-doses",
        False,
    ),
    (
        "MK-7 at the usual label doses has been judged not to pose any serious health risk to adults.",
        "k2-safe-usual-doses",
        False,
    ),
    ("Relax, a normal K2 pill isn't going to hurt a healthy adult.", "k2-safe-usual-doses", False),
    ("K2 supplements at normal doses are not safe for everyone.", "k2-safe-usual-doses", True),
    (
        "At the amounts sold in shops K2 looks safe for healthy adults, and no toxic dose has been found.",
        "k2-safe-usual-doses",
        False,
    ),
    ("K2 is harmless at normal doses; you will not overdose on 200 mcg.", "k2-safe-usual-doses", False),
    ("Vitamin K2 (MK-7), 100 mcg. Side effects: none known at this dose.", "k2-safe-usual-doses", False),
    (
        "A normal dose of K2 is nothing for a healthy adult who isn't on blood thinners to worry about.",
        "k2-safe-usual-doses",
        False,
    ),
    (
        "Verdict: false. The vitamin K shot is not a vaccine and it does not kill newborns.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "At ordinary doses, K2 trials in healthy adults haven't turned up safety problems.",
        "k2-safe-usual-doses",
        False,
    ),
)
def harm_denied(frame: Frame, cue: Span) -> bool:
    """For a claim that something is safe, a negation that rules out a harm ("haven't been tied to any
    side effects", "not to pose any serious risk", "isn't going to hurt a healthy adult") is the reassurance
    itself, not a denial of it; so is, for a claim that recommends something, a negation of what would make
    it deadly ("the shot does not kill newborns"). Not where a claim word comes first ("not SAFE: it has side
    effects"), nor where the harm is left open ("we don't know whether it causes side effects")."""
    start, end = cue
    tokens = frame.tokens
    if not (frame.reassures or frame.recommends) or tokens[start] not in _NONE_OF:
        return False
    harms = _HARMS if frame.reassures else _HARMING
    labelled = start >= 2 and tokens[start - 1] in {":", ","} and tokens[start - 2] in _HARM_LABELS
    if frame.reassures and labelled:
        # "Side effects: none known": a label's value.
        return True
    if frame.reassures and tokens[start] in {"nothing", "no"}:
        # "... is nothing for a healthy person who isn't on warfarin to worry about".
        stretch = tokens[end : end + 14]
        stop = next((i for i, t in enumerate(stretch) if t in {";", ".", "but", "?"}), len(stretch))
        if any(stretch[i : i + 3] == ["to", "worry", "about"] for i in range(stop)):
            return True
    for p in range(end, min(len(tokens), end + 7)):
        # "haven't turned up SAFETY problems": the claim's own word naming the kind of harm.
        if tokens[p] == "safety" and tokens[p + 1 : p + 2] and tokens[p + 1] in harms:
            return True
        if p in frame.own or tokens[p] in _OPEN or tokens[p] in {",", ";", ".", "but", "?"}:
            return False
        if tokens[p] in harms:
            return True
    return False


# A risk or a count of harm that something brings down ("takes the RISK of VKDB down to almost nothing").
_RISKS = frozenset({"risk", "risks", "chance", "chances", "odds", "rate", "rates", "cases", "incidence"})
# What brings it there ("CUTS the chance ... to almost zero", "takes the risk DOWN to nothing"); a risk that
# only is close to zero ("the risk of leukaemia IS close to zero") is denied.
_BRINGING = frozenset(
    {"down", "cut", "cuts", "reduce", "reduces", "reduced", "bring", "brings", "brought", "lower", "lowers"}
    | {"lowered", "kept", "keeps", "drop", "drops", "dropped", "slash", "slashes", "slashed", "fell", "falls"}
)
# Words between "to" and the nothing it brings a risk down to ("to ALMOST nothing", "to NEAR zero"). ("Close
# to zero", "next to nothing" have their own "to".)
_NEARLY = frozenset({"almost", "nearly", "virtually", "practically", "near", "about"})


@examples(
    ("One injection at birth takes the risk of VKDB down to almost nothing.", "newborn-vitk-shot", False),
    ("The vitamin K shot cuts the chance of a brain bleed to almost zero.", "newborn-vitk-shot", False),
    ("The risk of leukaemia from the shot is close to zero.", "vitk-shot-causes-leukemia", True),
)
def risk_brought_to_nothing(frame: Frame, cue: Span) -> bool:
    """ "Takes the risk of VKDB down to almost nothing": the nothing is where a risk or a count of harm was
    brought, which states what brought it there."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] not in {"nothing", "zero", "none"}:
        return False
    at = start - 1
    while at >= 0 and tokens[at] in _NEARLY:
        at -= 1
    if at < 0 or tokens[at] != "to":
        return False
    if at >= 1 and tokens[at - 1] == "next":  # "next to nothing" said of an amount ("gives next to nothing")
        return False
    before = tokens[max(0, at - 10) : at]
    brought = not _RISKS.isdisjoint(before) and not _BRINGING.isdisjoint(before)
    return brought and {",", ";", "but"}.isdisjoint(before[-6:])


# Verbs of a source ("the bacteria that MAKE vitamin K").
_SOURCE_VERBS = frozenset(
    {"make", "makes", "produce", "produces", "supply", "supplies", "provide", "provides", "synthesise"}
    | {"synthesize", "synthesises", "synthesizes"}
)
# Ways of giving or keeping a supply: a source's verbs and more ("can't COVER it", "doesn't MAKE UP the
# difference").
_SUPPLYING = _SOURCE_VERBS | frozenset(
    {"give", "gives", "cover", "covers", "meet", "meets", "store", "stores", "stock", "deliver", "delivers"}
    | {"count", "rely", "depend", "build", "building", "pass", "passes", "offer", "offers", "contribute"}
    | {"get", "getting", "reach", "reaches", "carry", "carries", "transfer", "transfers"}
)
# An amount after the supply is negated_amount's to weigh ("doesn't supply ENOUGH K2").
_SUPPLY_AMOUNTS = frozenset({"enough", "sufficient", "adequate", "all", "much", "many", "plenty", "anywhere"})


@examples(
    ("Breastfed babies can't count on mum's milk for vitamin K.", "breast-milk-low-vitk", False),
    (
        "Very little vitamin K crosses the placenta, so even a well-fed mother can't stock her baby up.",
        "babies-born-low-vitk",
        False,
    ),
    ("Breast milk is not low in vitamin K.", "breast-milk-low-vitk", True),
)
def supply_denied(frame: Frame, cue: Span) -> bool:
    """For a claim that there is little of something, a negated supply ("can't COUNT ON mum's milk for
    vitamin K", "can't STOCK her baby up", "doesn't MAKE UP the difference") is that scarcity, not a denial
    of it: the verb follows the negation within two words and no claim word comes between. An amount
    after it ("doesn't supply ENOUGH") is left to negated_amount."""
    start, end = cue
    tokens = frame.tokens
    if not frame.scarce or tokens[start] not in {"not", "never"}:
        return False
    if not _SUPPLY_AMOUNTS.isdisjoint(tokens[end : frame.clause[1]]):
        return False
    for p in range(end, min(len(tokens), end + 3)):
        if p in frame.own:
            return False
        if tokens[p] in _SUPPLYING:
            return True
    return False


# What a stand-in fails to do for the baby ("cord blood does not PROTECT", "can't MEET the need", "won't
# GUARANTEE enough"), and the words that may stand between the negation and it ("doesn't RELIABLY protect").
_FALLS_SHORT = _SUPPLYING | frozenset(
    {"protect", "protects", "guarantee", "guarantees", "ensure", "ensures", "boost", "boosts", "raise",
     "raises", "hand", "hands", "prevent", "prevents", "replace", "replaces", "match",
     "matches", "substitute"}
)
_FALLS_SHORT_ADVERBS = frozenset({"reliably", "really", "actually", "fully", "always", "necessarily",
                                  "properly", "adequately", "consistently", "dependably"})


@examples(
    ("Cord blood does not protect a baby from VKDB, whatever the natural-birth groups tell you.",
     "newborn-vitk-shot", False),
    ("Taking vitamin K yourself while pregnant doesn't reliably protect your newborn from bleeding.",
     "newborn-vitk-shot", False),
    ("Breastfeeding alone cannot meet a newborn's vitamin K needs, which is why babies get the shot.",
     "newborn-vitk-shot", False),
    ("Delayed cord clamping is enough, so the vitamin K shot is not needed.", "newborn-vitk-shot", True),
    ("Parents who breastfeed should not refuse the vitamin K shot.", "newborn-vitk-shot", False),
    ("Topping up mum with vitamin K in pregnancy doesn't make the newborn dose unnecessary.",
     "newborn-vitk-shot", False),
)
def substitute_falls_short(frame: Frame, cue: Span) -> bool:
    """A negation said of what people offer in place of the claim's recommendation (``Claim.substitutes``:
    "Cord blood does NOT protect a baby", "Breastfeeding alone CANNOT meet the need") says the substitute
    falls short, which is the claim's case, not a denial of it: the substitute comes before the negation in
    its clause with no subject of the claim between, and a verb of protecting or supplying follows it."""
    start, end = cue
    tokens = frame.tokens
    if not frame.substitutes or tokens[start] not in {"not", "never"} or end - start != 1:
        return False
    opening = frame.clause_start(start)
    before = [p for p in frame.substitutes if opening <= p < start]
    if not before or any(max(before) < p < start for p in frame.subject):
        return False
    p = end
    while p < len(tokens) and tokens[p] in _FALLS_SHORT_ADVERBS:
        p += 1
    if p >= len(tokens) or tokens[p] not in _FALLS_SHORT:
        return False
    # "Topping up mum in pregnancy doesn't make the newborn dose UNNECESSARY": the negation falls on an
    # opposite term of the claim, one double negative that the other rules read.
    return not any(end <= q < frame.clause[1] for q in frame.opposites)


# A judgement that points back at what someone else said ("THAT'S outdated, ...", "THIS is a myth, ...").
_POINTING_BACK = frozenset({"that", "thats", "this", "it", "its"})
# What may stand between the pointer and the judgement, or after it ("that is SO outdated THO, ...").
_JUDGED_FILLERS = frozenset(
    {"is", "was", "sounds", "seems", "so", "totally", "completely", "pretty", "really", "just", "a", "an",
     "total", "complete", "old", "tho", "though", "now", "mate", "lol", "honestly", "actually", "all"}
)
# ... and what may come before the pointer ("NAH, that's a myth, ...").
_OPENING_FILLERS = frozenset(
    {"no", "nah", "nope", "lol", "well", "but", "honestly", "sorry", "ok", "okay", ",", "sadly",
     "unfortunately", "actually", "hmm", "um", "yeah"}
)


def _not_how(words: list[str]) -> bool:
    """Whether a cue says something does not work as someone said ("not how it works", "not work like
    that"): a reply to what was said, as a judgement is."""
    return words[:1] == ["not"] and words[-1:] in (["works"], ["that"], ["way"])


@examples(
    (
        "thats outdated tho, now warfarin clinics tell you to keep your greens the same every week",
        "warfarin-consistent-vitk",
        False,
    ),
    ("Nah, that's a myth, K2 doesn't build muscle.", "k2-builds-muscle", True),
    (
        "That leaflet is wrong, Eliquis doesnt work through vit K at all.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Sadly that isn't how it works - very little vitamin K crosses the placenta, whatever mum eats.",
        "babies-born-low-vitk",
        False,
    ),
    ("It's a myth that K2 builds muscle.", "k2-builds-muscle", True),
)
def judges_what_came_before(frame: Frame, cue: Span) -> bool:
    """A judgement that opens the sentence on a word pointing back ("That's outdated, now clinics tell you
    to keep your greens steady") and closes before any claim word judges what someone said before; the
    claim after it is the writer's own correction."""
    start, end = cue
    tokens = frame.tokens
    if not frame.content or not (frame.lang.calls_false(tokens[start:end]) or _not_how(tokens[start:end])):
        return False
    p = 0
    while p < start and tokens[p] in _OPENING_FILLERS:
        p += 1
    if p >= start or tokens[p] not in _POINTING_BACK:
        return False
    named = [t for t in tokens[p + 1 : start] if t not in _JUDGED_FILLERS]
    # "THAT LEAFLET is wrong, ...": a demonstrative may name what it points at, in a word or two.
    if named and not (
        tokens[p] in {"that", "this"}
        and len(named) <= 2
        and tokens[start - 1] in {"is", "was"}
        and not any(p < c < start for c in frame.content)
    ):
        return False
    q = end
    while q < len(tokens) and tokens[q] in _JUDGED_FILLERS:
        q += 1
    return q < len(tokens) and tokens[q] in {",", ";"} and min(frame.content) > q


# What may come between a negation and the verb it falls on ("don't JUST copy that").
_BEFORE_THE_ACT = frozenset({"just", "even", "ever", "simply", "blindly", "you"})
# What points back at what someone else said or did ("don't copy THAT", "never do THIS").
_POINTED_AT = frozenset({"that", "this", "it", "them", "him", "her", "those"})


@examples(
    (
        "Please don't just copy that, starting K2 on warfarin without telling your clinic can knock your "
        "INR down within days.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Don't believe it: K2 doesn't build muscle.", "k2-builds-muscle", True),
    ("Don't take it if you're on warfarin, K2 can lower your INR.", "k2-warfarin-interaction", False),
)
def act_on_what_came_before(frame: Frame, cue: Span) -> bool:
    """A negated command whose object points back at what someone said or did ("Please DON'T just copy
    THAT, starting K2 on warfarin ... can knock your INR down") and that closes before any claim word is
    about that, not the claim the sentence then states."""
    start, end = cue
    tokens = frame.tokens
    if end - start != 1 or tokens[start] not in {"not", "never"} or not frame.content:
        return False
    p = end
    while p < len(tokens) and tokens[p] in _BEFORE_THE_ACT:
        p += 1
    if p + 2 >= len(tokens) or p in frame.content or tokens[p + 1] not in _POINTED_AT:
        return False
    return tokens[p + 2] in {",", ";", ":"} and min(frame.content) > p + 2


@examples(
    (
        "Many of us may be short on vitamin K simply by not eating enough green leafy vegetables.",
        "vitk-deficiency-common",
        False,
    ),
    ("Vitamin K deficiency isn't common; you won't get it by not eating greens for a week.",
     "vitk-deficiency-common", True),
    ("We protected our daughter by not letting them give her the vitamin K shot.", "newborn-vitk-shot", True),
)
def by_not_doing(frame: Frame, cue: Span) -> bool:
    """ "short on vitamin K simply BY NOT EATING enough greens": a negation inside a phrase of means (by,
    through, from + not + a verb in -ing) names how something comes about, not a denial of it; unless
    what is not done is to the claim's subject ("by not letting them give her the shot")."""
    start, end = cue
    tokens = frame.tokens
    if end - start != 1 or tokens[start] not in {"not", "never"} or start == 0:
        return False
    # For a claim that recommends something, what is not done is likely that ("We keep babies safe by not
    # interfering with nature"): a refusal of it.
    if frame.recommends or tokens[start - 1] not in {"by", "through", "from"} or not tokens[end : end + 1]:
        return False
    # "I kept my baby safe by not letting them give the SHOT": what is not done is the claim's own
    # recommendation, a refusal of it.
    # (Or a pronoun standing for it: "nothing bad came from not getting IT".)
    return (
        tokens[end].endswith("ing")
        and not any(end < p <= end + 5 for p in frame.subject)
        and _POINTED_AT.isdisjoint(tokens[end + 1 : end + 4])
    )


# Commands that start taking something ("TAKE K2 every day and your arteries won't calcify").
_TAKE_COMMANDS = frozenset({"take", "add", "use", "eat", "get", "try", "start"})


@examples(
    ("Take K2 every day and your arteries simply won't calcify.", "k2-prevents-arterial-calcification",
     False),
    ("Take K2 daily and it still won't stop your arteries calcifying.", "k2-prevents-arterial-calcification",
     True),
)
def relief_promised(frame: Frame, cue: Span) -> bool:
    """For a claim that something prevents or relieves a complaint, "Take K2 every day AND your arteries
    WON'T calcify" promises the relief: a command to take the subject, then "and", then the complaint
    said not to happen. A negated verb of relief ("it won't stop ...") still denies."""
    start, end = cue
    tokens = frame.tokens
    # (A claim that recommends something to prevent a harm, "Newborns should get the shot to prevent
    # bleeding", is read by the advice rules.)
    if (
        not frame.relieves
        or frame.recommends
        or tokens[start] not in {"not", "never"}
        or tokens[0] not in _TAKE_COMMANDS
    ):
        return False
    joined = next((p for p in range(start - 1, 0, -1) if tokens[p] == "and"), None)
    # The command's object is the claim's subject ("TAKE K2 ...", "GET the shot ..."), right after it.
    if joined is None or not any(p < min(joined, 4) for p in frame.subject):
        return False
    if not frame.lang.relief_verbs.isdisjoint(tokens[end : end + 3]):
        return False
    return any(joined < p < start or end <= p < end + 3 for p in frame.own - frame.subject)


# Letting someone do something ("won't LET the baby have the jab", "not LETTING them near my baby").
_PERMITTING = frozenset({"let", "lets", "letting", "allow", "allows", "allowing", "permit", "permitting"})


@examples(
    (
        "No way I'm letting them inject my newborn, that vitamin K shot has been linked to leukemia.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    (
        "My cousin won't let the baby have the vitamin K jab because she read it causes leukaemia.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    ("I won't let my dad take K2 on warfarin until the clinic knows.", "k2-warfarin-interaction", False),
    ("Don't let anyone tell you the vitamin K shot causes leukaemia.", "vitk-shot-causes-leukemia", True),
)
def kept_from(frame: Frame, cue: Span) -> bool:
    """A refusal to let someone have what a warning warns about ("won't LET the baby have the jab because
    she read it causes leukaemia", "no way I'm LETTING them inject my newborn") acts on the warning; its
    negation keeps the thing away and denies nothing the warning says."""
    start, end = cue
    tokens = frame.tokens
    if not frame.caution or tokens[start] not in {"not", "no", "never"}:
        return False
    window = tokens[end : end + 4]
    # "Don't let anyone TELL you the shot causes leukaemia": what is kept away is a claim, which is denied.
    told = not _SWAYING.isdisjoint(tokens[end : end + 6])
    return not _PERMITTING.isdisjoint(window) and "?" not in window and not told


# Ways of swaying someone ("don't let anyone TELL you ...", "let them SCARE you").
_SWAYING = frozenset(
    {"tell", "telling", "convince", "talk", "scare", "fool", "persuade", "frighten", "trick", "con"}
)


@examples(
    ("No sugar, no fillers, just pure MK-7 to support your bones.", "vitk-important-bone-health", False),
    ("No, vitamin K2 cannot replace exercise.", "k2-replaces-exercise", True),
)
def free_from(frame: Frame, cue: Span) -> bool:
    """A label's list of what a product leaves out ("No sugar, no fillers, just pure MK-7") says nothing
    about the claim: a "no" before a word or two that are not the claim's, closed by a comma or "just"."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "no" or end - start != 1:
        return False
    if start > 0 and tokens[start - 1] in {"contains", "contain", "has", "have", "with"}:
        # "Our MK-7 contains no fillers and supports bones": an item left out, then the claim.
        for p in range(end, min(len(tokens), end + 4)):
            if p in frame.content:
                return False
            if tokens[p] in {",", "and", "just"}:
                return p > end
        return False
    if start > 0 and tokens[start - 1] != ",":
        return False
    for p in range(end, min(len(tokens), end + 3)):
        if p in frame.content:
            return False
        if tokens[p] in {",", "just", "only", "and"}:
            # A list of such items: another "no ..." right after or right before this one.
            listed = tokens[p + 1 : p + 2] == ["no"] or "no" in tokens[max(0, start - 4) : max(0, start - 1)]
            return p > end and listed
    return False


@examples(
    (
        "Your gut flora make all the K2 you need if your diet is good, no need to supplement.",
        "gut-bacteria-supply-k2",
        False,
    ),
    (
        "Adults need about 90 to 120 mcg of vitamin K a day, with no separate figure for K2.",
        "vitk-adequate-intake",
        False,
    ),
    (
        "Babies get plenty of vitamin K from their mothers, so no need for the shot.",
        "newborn-vitk-shot",
        True,
    ),
)
def trailing_remark(frame: Frame, cue: Span) -> bool:
    """A fragment after the claim's clause that draws a consequence ("..., no need to supplement") or
    adds a detail (", with no separate figure for K2") and names none of the claim's own words, except
    ones the clause already used, says nothing against the claim."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "no" or end - start != 1:
        return False
    comma = start - 1 - (tokens[start - 1 : start] == ["with"])
    if comma < 1 or tokens[comma] != ",":
        return False
    if tokens[start - 1] != "with" and tokens[end : end + 1] not in (["need"], ["reason"], ["point"]):
        return False
    stop = next((p for p in range(end, len(tokens)) if tokens[p] in {",", ";"}), len(tokens))
    earlier = set(tokens[:comma])
    before = [p for p in frame.own if p < comma]
    return bool(before) and all(tokens[p] in earlier for p in frame.own if end <= p < stop)


# Words that open a new clause after a comma with no conjunction ("..., your gut bacteria make it").
_SPLICE_OPENERS = frozenset({"your", "the", "it", "they", "my", "our", "their", "this", "these", "we", "i"})


@examples(
    (
        "You don't need to eat K2, your gut bacteria make all you need anyway.",
        "gut-bacteria-supply-k2",
        False,
    ),
    ("K2 does not build muscle, the studies are clear.", "k2-builds-muscle", True),
    (
        "Little vitamin K gets through the placenta and the baby's liver has not finished maturing, so "
        "newborns start out low.",
        "babies-born-low-vitk",
        False,
    ),
    (
        "K2 has no RDA of its own, so you will not find an official daily figure for it.",
        "k2-official-rdi",
        True,
    ),
    (
        "Edoxaban does not work through vitamin K, so what you eat does not affect it.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Don't skip it, the vitamin K injection protects a newborn from dangerous bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Never take calcium pills without K2, it's what keeps that calcium from hurting your heart.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    (
        "Newborns are NOT deficient, their vitamin K is exactly where nature meant it to be!!",
        "babies-born-low-vitk",
        True,
    ),
    (
        "There's no set K2 dose, so anyone telling you 100 to 200 mcg is the right amount is guessing.",
        "k2-dose-100-200-mcg",
        True,
    ),
    (
        "My pulse wave velocity did not budge after a year on K2, so much for more flexible arteries.",
        "k2-reduces-arterial-stiffness",
        True,
    ),
)
def spliced_clause(frame: Frame, cue: Span) -> bool:
    """Two clauses joined by a bare comma ("you don't need to eat K2, your gut bacteria make all of it"),
    or a reason and its result (", so levels at birth are low"): a negation before the comma, when the
    clause after it says more of the claim than the negated one does, negates the first clause, not the
    claim."""
    start, end = cue
    tokens = frame.tokens
    # "Don't skip it, the shot protects ...": a negated opposite term is one double negative, which agrees
    # with the clause after the comma.
    if tokens[start] not in frame.lang.forward or any(end <= p < end + 2 for p in frame.opposites):
        return False
    comma = next((p for p in range(end, min(len(tokens), end + 12)) if tokens[p] in {",", ";"}), None)
    if comma is None or tokens[comma] != "," or tokens[comma + 1 : comma + 2] == []:
        return False
    # "Never take calcium without K2, it's what keeps ...": a "without" after a negation in its own stretch
    # is half of a double negative, which the adjustments read whole.
    lead_in = range(max(0, start - 8), start)
    if (
        tokens[start] == "without"
        and any(tokens[p] in frame.lang.forward for p in lead_in if "," not in tokens[p:start])
    ) or (tokens[start] != "without" and "without" in tokens[end:comma]):
        return False
    result = tokens[comma + 1] == "so"
    if tokens[comma + 1] not in _SPLICE_OPENERS and not result:
        return False
    # "..., so much for more flexible arteries": a send-off after the comma scoffs at the claim, which
    # agrees with the negation before it.
    then = tuple(tokens[comma + 1 : comma + 9])
    if any(then[: len(send_off)] == send_off for send_off in frame.lang.send_offs):
        return False
    # A clause after the comma that is itself negated ("..., so you won't find any figures") agrees with
    # the first: the negation stands.
    # (A negation inside the claim's own words, "does not affect them", is what the claim says.)
    stop = next((p for p in range(comma + 1, len(tokens)) if tokens[p] in {",", ";"}), len(tokens))
    if any(
        (tokens[p] in frame.lang.forward and p not in frame.own) or p in frame.opposites
        for p in range(comma + 1, stop)
    ):
        return False
    # "..., so anyone telling you 100 to 200 mcg is the right amount is guessing": a result that judges
    # the claim agrees with the negation before it.
    if result and find(tokens[comma + 1 : stop], frame.lang.cues, {p - comma - 1 for p in frame.own}):
        return False
    predicate = frame.own - frame.subject
    before = sum(1 for p in predicate if end <= p < comma)
    after = sum(1 for p in predicate if p > comma)
    # More in keyword groups too, not only in words: "Newborns are NOT deficient, their vitamin K is where
    # nature meant it to be" names one term after the comma ("vitamin K") as before it ("deficient").
    groups_before = len({frame.groups.get(p, -p) for p in predicate if end <= p < comma})
    groups_after = len({frame.groups.get(p, -p) for p in predicate if p > comma})
    # ", so levels at birth are low": a result clause that states the claim after a negated reason.
    return after > before and groups_after > groups_before and (after >= 2 or (result and before == 0))


_PEOPLE = frozenset({"people", "those", "anyone", "patients", "adults", "someone", "users", "women", "men"})


@examples(
    (
        "In healthy people not on anticoagulants, vitamin K2 does not cause blood clots.",
        "k2-causes-blood-clots",
        True,
    ),
    ("Vitamin K2 is fine for people not on warfarin.", "k2-warfarin-interaction", False),
    (
        "Long courses of antibiotics, especially in patients who aren't eating, can drop vitamin K low "
        "enough to prolong clotting times.",
        "antibiotics-lower-vitk",
        False,
    ),
)
def whom_it_describes(frame: Frame, cue: Span) -> bool:
    """ "People not on blood thinners", "adults not taking warfarin": a negation that says who the
    sentence is about describes them; it does not deny the claim."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] != "not" or start == 0:
        return False
    person = (
        start - 1 - (tokens[start - 1] in {"are", "is", "who"}) - (tokens[start - 2 : start - 1] == ["who"])
    )
    if tokens[person] not in _PEOPLE:
        return False
    # "patients who aren't eating": after "who", what the negation says describes them, unless it names the
    # claim's words ("people who don't take K2 ...").
    stop = next((p for p in range(end, len(tokens)) if tokens[p] in {",", ";"}), min(len(tokens), end + 4))
    who = "who" in tokens[person:start] and not any(end <= p < stop for p in frame.content)
    return (who and end < len(tokens)) or tokens[end : end + 1] in (
        ["on"],
        ["taking"],
        ["using"],
        ["prescribed"],
    )


# Words that open a relative clause ("the bacteria THAT make K2", "rivaroxaban, WHICH ...").
_RELATIVE = frozenset({"that", "which", "who"})


@examples(
    (
        "Bleeding that will not stop and bruises that appear easily are the main signs of vitamin K "
        "deficiency.",
        "vitk-deficiency-causes-bleeding",
        False,
    ),
    ("K2 is a vitamin that does not build muscle.", "k2-builds-muscle", True),
)
def restrictive_relative(frame: Frame, cue: Span) -> bool:
    """A negation inside a relative clause that describes a noun ("bleeding that won't stop"), with the
    claim's words going on after it, says what the noun is like; a relative clause whose negation falls on
    the claim's own words ("a vitamin that doesn't build muscle") still denies."""
    start, end = cue
    tokens = frame.tokens
    if end - start != 1 or tokens[start] not in {"not", "never"}:
        return False
    rel = start - 1 - (start > 0 and tokens[start - 1] in frame.lang.negative_aux)
    if rel < 1 or tokens[rel] not in _RELATIVE or tokens[rel - 1] in {",", ";"}:
        return False
    if rel - 1 not in frame.content:
        return False
    near = range(end, min(len(tokens), end + 2))
    return not any(p in frame.content for p in near) and any(p >= end + 2 for p in frame.content)


# Verbs of evidence ("has not SHOWN", "never PROVED"): what follows them is what was not shown.
_SHOWN = _SHOWING | frozenset({"shown", "proven", "demonstrated", "confirmed", "established"})


@examples(
    ("Most people have not heard of the bacteria that make vitamin K2.", "bacteria-make-k2", False),
    (
        "The rule does not cover rivaroxaban, which vitamin K does not affect.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("There are no bacteria that make K2 in the stomach.", "bacteria-make-k2", True),
    (
        "Human trials haven't shown K2 shrinking calcium that's already in place; that was in rats.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    ("There is no evidence that K2 builds muscle.", "k2-builds-muscle", True),
    ("Fear of needles is not a reason to decline a shot that stops bleeds.", "newborn-vitk-shot", False),
)
def before_the_relative(frame: Frame, cue: Span) -> bool:
    """A negation of the main clause, before a noun that a relative clause then says the claim of ("has
    not yet collected the bacteria THAT make vitamin K", "does not cover rivaroxaban, WHICH vitamin K does
    not affect"), negates the main clause's verb: the claim is said of the noun. Only a verb's negation
    ("has not", "does not"): one that falls on a noun ("no bacteria that make K2", "no pill, K2 included,
    that will build muscle", "not all studies agree that ...") denies what the noun's clause says; and
    only when a claim word is the noun just before the relative word ("no evidence that K2 builds
    muscle" says nothing of "evidence")."""
    start, end = cue
    tokens, content = frame.tokens, frame.content
    # A verb's negation ("has not", "does not"), not a noun's ("no pill that", "not all studies").
    if end - start != 1 or tokens[start] not in {"not", "never"} or start == 0:
        return False
    if tokens[start - 1] not in frame.lang.negative_aux or not content or min(content) <= end:
        return False
    # "Human trials haven't SHOWN K2 shrinking calcium that is already in place": a verb of evidence takes
    # the claim itself as what was not shown.
    if tokens[end] in _SHOWN:
        return False
    rel = next((i for i in range(end, len(tokens)) if tokens[i] in _RELATIVE), None)
    if rel is None or rel > min(content) + 3:
        return False
    # The negation falls on an opposite term before the noun ("is not a reason to DECLINE a shot that
    # prevents bleeds"): what it negates is that term, not the verb of a clause about the noun.
    if any(end <= p < rel for p in frame.opposites):
        return False
    # The noun the relative clause describes is a claim word, just before it (a comma may come between).
    head = [p for p in range(rel - 3, rel) if p in content]
    return bool(head) and min(content) >= rel - 3 and any(p > rel for p in content)


# Words after which "nobody" opens a clause of its own rather than a relative clause that describes the
# noun before it ("almost nobody", "and nobody", "so nobody").
_OPENS_NOBODY = frozenset(
    {"almost", "practically", "virtually", "nearly", "just", "and", "but", "or", "so", "because", "that"}
    | {"as", "if", "when", "since", "where", "while", "then", "yet", "though", "although", "which", "who"}
    | {"why", "how", "-", "--", ",", ";", ":", "(", "is", "are", "was", "were", "has", "have", "said", "says"}
)


@examples(
    ("Vitamin K2: the secret muscle builder nobody at your gym talks about.", "k2-builds-muscle", False),
    (
        "The vitamin K jab is what stands between a baby and a brain bleed nobody sees coming.",
        "newborn-vitk-shot",
        False,
    ),
    ("Nobody needs K2 to build muscle.", "k2-builds-muscle", True),
)
def contact_relative(frame: Frame, cue: Span) -> bool:
    """ "The muscle builder NOBODY at your gym talks about", "a brain bleed NOBODY sees coming": a "nobody"
    right after a noun opens a clause that describes the noun, after every word of the claim; it says who
    knows of the thing, and denies nothing the claim says."""
    start = cue[0]
    tokens = frame.tokens
    if tokens[start] != "nobody" or start == 0 or tokens[start - 1] in _OPENS_NOBODY:
        return False
    return bool(frame.content) and max(frame.content) < start


@examples(
    (
        "Xarelto, Pradaxa and aspirin thin the blood by routes that have nothing to do with vitamin K.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("Vitamin K has nothing to do with blood clotting.", "vitk-needed-clotting", True),
)
def nothing_to_do_with(frame: Frame, cue: Span) -> bool:
    """For a claim that something is unaffected or safe, "has NOTHING TO DO WITH vitamin K" is that claim in
    other words, not its denial."""
    start, end = cue
    tokens = frame.tokens
    return frame.reassures and tokens[start] == "nothing" and tokens[end : end + 3] == ["to", "do", "with"]




@examples(
    (
        "A newborn's gut doesn't yet have the bacteria that make vitamin K, so their levels start out low.",
        "babies-born-low-vitk",
        False,
    ),
    ("Newborns are born with no gut bacteria to make vitamin K of their own.", "babies-born-low-vitk", False),
    ("Newborns do not have low vitamin K levels.", "babies-born-low-vitk", True),
)
def lacks_source(frame: Frame, cue: Span) -> bool:
    """ "Newborns don't have the bacteria that make vitamin K": for a claim that something runs low, lacking
    what makes it is that scarcity, not a denial of it."""
    tokens = frame.tokens
    start, end = cue
    if not frame.scarce or tokens[start] not in {"not", "no"}:
        return False
    # "don't HAVE the bacteria", "HAVE no bacteria".
    if tokens[start] == "no" and start > 0 and tokens[start - 1] in {"have", "has"}:
        have: int | None = start
    else:
        have = next((p for p in range(end, min(len(tokens), end + 3)) if tokens[p] in {"have", "has"}), None)
    if have is None:
        return False
    rel = next(
        (
            p
            for p in range(have + 1, min(len(tokens) - 1, have + 7))
            if tokens[p] in {"that", "which"} and tokens[p + 1] in _SOURCE_VERBS
        ),
        None,
    )
    return rel is not None and not any(p in frame.own for p in range(have + 1, rel))


_NO_USE = frozenset({"useless", "ineffective", "pointless", "worthless", "futile", "waste", "of"})
# What a judged clause points back to the claim's subject with ("..., the stuff is useless for muscle").
_JUDGED_POINTERS = frozenset({"it", "this", "they", "stuff"})


@examples(
    ("Always buy MK-7: MK-4 is basically useless at normal doses.", "mk7-best-form", False),
    ("Vitamin K2 supplements are useless for building muscle.", "k2-builds-muscle", True),
    (
        "Two months of MK-7 and my bench hasn't moved, the stuff is useless for building muscle.",
        "k2-builds-muscle",
        True,
    ),
)
def other_side_judged(frame: Frame, cue: Span) -> bool:
    """A word of no use ("useless", "a waste of money") judges what its own clause is about: with the
    claim's subject not named there ("..., MK-4 is basically useless"), it judges something else."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] not in _NO_USE:
        return False
    lead = max((p for p in range(start) if tokens[p] in {",", ";", "but", "and"}), default=-1) + 1
    if frame.lead < start:
        lead = max(lead, frame.lead)  # the colon after "Always buy MK-7:"
    # The clause names the claim's subject, or points back to it ("..., the stuff is useless"): the
    # judgement is the claim's.
    return not any(lead <= p < start for p in frame.subject) and _JUDGED_POINTERS.isdisjoint(
        tokens[lead:start]
    )


# Words that open a condition of the main clause ("WHEN the INR climbs and there's no bleeding, ...").
_CONDITION_OPENERS = frozenset({"if", "when", "whenever", "once", "where", "whatever", "regardless"})


@examples(
    (
        "When the INR climbs above 9 and there's no bleeding, oral vitamin K is given to pull it back down.",
        "vitk-counteracts-warfarin",
        False,
    ),
    ("If you don't get vitamin K at birth, you can bleed.", "newborn-vitk-shot", False),
    (
        "What happens if a baby doesn't get vitamin K? A small number develop serious bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Whatever you make of the supplement hype, getting enough vitamin K from food genuinely matters for "
        "keeping your skeleton healthy.",
        "vitk-important-bone-health",
        False,
    ),
)
def in_condition(frame: Frame, cue: Span) -> bool:
    """A negation inside a condition that opens the sentence and holds none of the claim's words ("When
    the INR climbs above 9 and there's no bleeding, vitamin K is given ...", "Whatever you make of the
    hype, ...") says when the main clause holds; it does not deny the claim the main clause states. So
    does the condition a question asks about, answered after it ("What happens if a baby doesn't get
    vitamin K? A few develop serious bleeding.")."""
    tokens = frame.tokens
    start = cue[0]
    opener = next((p for p in range(start - 1, -1, -1) if tokens[p] in _CONDITION_OPENERS), None)
    if opener is None or opener > 2 or "," in tokens[opener:start]:
        return False
    ends = {",", "?"} if tokens[0] == "what" else {","}
    comma = next((p for p in range(cue[1], len(tokens)) if tokens[p] in ends), None)
    if comma is None:
        return False
    # (A claim word before the negation, its doer, may sit in the condition: "if a BABY doesn't get ...".)
    return not any(cue[1] <= p < comma for p in frame.own) and any(p > comma for p in frame.own)


@examples(
    (
        "My rheumy said K2 with my D3 is harmless as long as I'm not on blood thinners",
        "k2-safe-usual-doses",
        False,
    ),
    ("K2 slows bone loss in older women, as long as they are not smokers.", "k2-slows-bone-loss", False),
    ("K2 is harmless as long as you don't overdo K2.", "k2-safe-usual-doses", False),
)
def trailing_condition(frame: Frame, cue: Span) -> bool:
    """A negation inside a condition put after every word of the claim ("harmless AS LONG AS I'm NOT on
    blood thinners", "provided you NEVER skip a workout") says when the claim holds; it does not deny it.
    Not for a claim that warns, whose exceptions are what it warns of (``adjustments.safe_except``)."""
    tokens = frame.tokens
    start = cue[0]
    if frame.caution or not frame.own:
        return False
    for p in range(max(frame.own) + 1, start):
        opener = next((o for o in _PROVIDED if tuple(tokens[p : p + len(o)]) == o), None)
        if opener is not None and p + len(opener) <= start:
            return not {",", ";", ".", "but", "and"}.intersection(tokens[p + len(opener) : start])
    return False


# What a permission lets you do without ("eat greens on Eliquis without counting vitamin K").
_CAREFREE = frozenset(
    {"counting", "watching", "worrying", "limiting", "tracking", "restricting", "measuring", "fretting"}
)


@examples(
    ("It's fine to eat greens on Eliquis without counting vitamin K.", "doacs-unaffected-by-vitk", False),
    ("You can take K2 every day without worrying about side effects.", "k2-safe-usual-doses", False),
    ("You can take K2 on warfarin without worrying about your doctor.", "k2-warfarin-interaction", True),
    (
        "Switched from warfarin to Xarelto and the best part is not counting my spinach anymore.",
        "doacs-unaffected-by-vitk",
        False,
    ),
)
def carefree(frame: Frame, cue: Span) -> bool:
    """ "Fine to eat greens on Eliquis without counting vitamin K", "not counting my spinach anymore":
    "without" or "not" a word of watching or worrying is the permission's own freedom, not a denial of the
    claim that grants it. Not for a claim that warns ("take K2 on warfarin without worrying" still denies
    the warning)."""
    tokens = frame.tokens
    return not frame.caution and tokens[cue[0]] in {"without", "not"} and _carefree_after(tokens, cue[1])


def _carefree_after(tokens: list[str], at: int) -> bool:
    """Whether the word at ``at`` is one of watching or worrying ("without COUNTING vitamin K")."""
    return at < len(tokens) and tokens[at] in _CAREFREE


@examples(
    (
        "Far from thinning your blood, K2 is part of what lets it clot when you're cut.",
        "vitk-needed-clotting",
        False,
    ),
    ("Far from building muscle, K2 does nothing for your lifts.", "k2-builds-muscle", True),
)
def far_from_fronted(frame: Frame, cue: Span) -> bool:
    """ "Far from X, Y": a fronted phrase that sets X aside before the comma; a claim whose words all come
    after the comma is what the sentence holds."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start:end] != ["far", "from"] or start > 1:
        return False
    comma = next((p for p in range(end, len(tokens)) if tokens[p] == ","), None)
    said = [p for p in frame.own if p not in frame.subject]
    return comma is not None and bool(said) and min(said) > comma


# Verbs before "otherwise" that report a finding or a view to the contrary ("no trial has SHOWN otherwise").
_SAYS_OTHERWISE = frozenset(
    {"shown", "show", "shows", "proven", "proved", "prove", "suggest", "suggests", "says", "say", "said"}
    | {"found", "find", "finds", "indicate", "indicates", "think", "thinks", "believe", "claim", "claims"}
)


@examples(
    (
        "Calcification is considered irreversible, and no vitamin K trial has shown otherwise.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    (
        "Always take your K2 with something fatty, it won't absorb properly otherwise.",
        "vitk-absorbed-with-fat",
        False,
    ),
    (
        "Take K2 with a meal that has some fat; otherwise it won't be absorbed well.",
        "vitk-absorbed-with-fat",
        False,
    ),
)
def otherwise_not(frame: Frame, cue: Span) -> bool:
    """ "Take it with fat, otherwise it won't absorb": what fails when the advice before is not followed
    restates the advice (the claim), in a clause opened or closed by "otherwise" after the claim's words."""
    start, end = cue
    tokens = frame.tokens
    if start == 0 or "otherwise" not in tokens:
        return False
    at = tokens.index("otherwise")
    if tokens[at - 1] in _SAYS_OTHERWISE:
        return False  # "... and no trial has shown otherwise": a finding to the contrary, not a consequence
    clause_start = max((p for p in range(start) if tokens[p] in {",", ";"}), default=-1)
    if clause_start < 0 or not any(p < clause_start for p in frame.own):
        return False
    # "otherwise" opens the clause ("; otherwise it won't") or closes it ("..., it won't ... otherwise").
    return clause_start < at <= clause_start + 2 or (
        at > start and not {",", ";"}.intersection(tokens[end:at])
    )


# Ways of doing without a food ("don't need to be REMOVED", "shouldn't be STRUCK from the diet").
_AVOIDING = frozenset(
    {"avoid", "avoided", "avoiding", "remove", "removed", "removing", "cut", "cutting", "struck", "strike"}
    | {"drop", "dropped", "dropping", "eliminate", "eliminated", "ban", "banned", "strip", "stripped"}
    | {"touch", "touching", "exclude", "excluded", "ditch", "ditching", "give", "giving", "quit", "quitting"}
    # ("Warfarin doesn't mean GOODBYE to spinach salads")
    | {"goodbye", "farewell", "banish", "banishing", "restrict", "restricting"}
)


@examples(
    (
        "The TV doctor stressed that greens don't need to be removed from the diet on warfarin; the key is "
        "keeping your intake the same.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Managing warfarin isn't about never touching spinach again, it's about eating roughly the same "
        "amount each week.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "On warfarin there is no need to keep your vitamin K intake steady; eat whatever you like.",
        "warfarin-consistent-vitk",
        True,
    ),
    (
        "Cutting out greens does not make warfarin work better; a steady intake keeps the INR stable.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Warfarin doesn't mean goodbye to spinach salads, just keep the amount you eat steady.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def avoidance_denied(frame: Frame, cue: Span) -> bool:
    """For a claim that recommends something rather than avoiding it ("keep vitamin K steady rather than
    avoid it"), a negation of the avoiding ("greens don't need to be removed", "isn't about never touching
    spinach") is the claim's own advice, not a denial of it."""
    if not frame.against_avoiding:
        return False
    tokens = frame.tokens
    # "Cutting greens out does not make warfarin work better", "Dropping them altogether isn't
    # recommended": the avoiding, as the subject the negation is said of.
    start = frame.clause_start(cue[0])
    avoiding = tokens[start] in _AVOIDING and tokens[start].endswith("ing") and tokens[cue[0]] == "not"
    if avoiding and cue[0] - start <= 5 and not {",", ";", ":"}.intersection(tokens[start : cue[0]]):
        return True
    for p in range(cue[1], min(len(tokens), cue[1] + 5)):
        if tokens[p] in {",", ";", ".", "but", "?"} or p in frame.own:
            return False
        if tokens[p] in _AVOIDING:
            return True
    return False


# Pronouns that stand for a subject named before them ("..., but IT has no say over ...").
_STAND_FOR = frozenset({"it", "they"})


@examples(
    (
        "Vitamin D is brilliant at hauling calcium in, but it has no say over where that calcium ends up; "
        "that part is K2's job.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    (
        "K2 is sold for your arteries, but it has no say over where calcium ends up.",
        "k2-directs-calcium-bones-not-arteries",
        True,
    ),
    (
        "Matrix Gla protein works like a bin for calcium in the arteries, but it can't do the job without "
        "enough vitamin K2.",
        "vitk-activates-mgp",
        False,
    ),
)
def pronoun_for_other(frame: Frame, cue: Span) -> bool:
    """A negation said of "it" when the only subject named before it is another's ("Vitamin D hauls
    calcium in, but it has no say over where it goes; that is K2's job") denies it of that other
    subject; the claim's subject comes only after."""
    start, _ = cue
    tokens = frame.tokens
    if not frame.subject or min(frame.subject) < start:
        return False
    pointer = next((p for p in range(start - 1, max(-1, start - 4), -1) if tokens[p] in _STAND_FOR), None)
    if pointer is None or pointer == 0 or tokens[pointer - 1] not in {",", ";", "but", "and"}:
        return False
    # The claim's subject is named in a clause of its own after the negation's ("...; that part is K2's
    # job"); inside the negation's clause it is part of what is denied ("but it can't do the job without
    # K2").
    if not any(tokens[p] in {";", ":", "."} for p in range(start, min(frame.subject))):
        return False
    return any(p < pointer for p in frame.others)


@examples(
    (
        "Regular, similar amounts of greens keep the INR on warfarin steadier than eating none.",
        "warfarin-consistent-vitk",
        False,
    ),
    (
        "Drops are better than nothing, but they are not the equal of the injection.",
        "oral-vitk-equals-shot",
        True,
    ),
    (
        "People who eat some greens every day have steadier INRs than those who eat almost none.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def than_none(frame: Frame, cue: Span) -> bool:
    """ "steadier than (eating) none", "better than nothing": the other arm of a comparison, which denies
    nothing the claim says."""
    start, end = cue
    tokens = frame.tokens
    if end - start != 1 or tokens[start] not in {"none", "nothing"}:
        return False
    before = tokens[max(0, start - 2) : start]
    if before[-1:] == ["than"] or (before[:1] == ["than"] and before[1].endswith("ing")):
        return True
    # "steadier INRs than people who eat almost none": the other arm, a few words on.
    for p in range(start - 1, max(-1, start - 7), -1):
        if tokens[p] in {",", ";", ":", "but", "and"}:
            return False
        if tokens[p] == "than":
            return True
    return False


FILTERS = (
    drawn_consequence,
    carefree,
    far_from_fronted,
    otherwise_not,
    in_condition,
    trailing_condition,
    lacks_source,
    other_side_judged,
    restrictive_relative,
    contact_relative,
    nothing_to_do_with,
    before_the_relative,
    whom_it_describes,
    spliced_clause,
    trailing_remark,
    simile,
    who_it_is_for,
    free_from,
    ban_list,
    kept_from,
    untested_for_harm,
    harm_denied,
    risk_brought_to_nothing,
    supply_denied,
    substitute_falls_short,
    judges_what_came_before,
    act_on_what_came_before,
    by_not_doing,
    relief_promised,
    turned_down,
    spared_item,
    needless_extra,
    no_idea,
    best_ever,
    other_predicate,
    leading_question,
    aside,
    preferred_over,
    wasted_elsewhere,
    purpose_clause,
    harm_kept_off,
    only_way_doubted,
    nothing_next_to,
    forward_only,
    habit_condition,
    so_consequence,
    contrast_ellipsis,
    sibling_contrast,
    done_by_another,
    other_subject_first,
    pronoun_for_other,
    avoidance_denied,
    without_other_words,
    superlative_nothing,
    contrast_not,
    inside_set_aside,
    no_but_instead,
    lesser_alone,
    corrected_aim,
    stated_difference,
    difference_judged,
    needed_instead,
    restated_antonym,
    than_none,
)
