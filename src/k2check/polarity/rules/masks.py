"""MASKS: rules that hide words that only look negative, before cues are looked for."""

from __future__ import annotations

import itertools

from k2check.lang import phrases
from k2check.polarity.frame import Frame, Reading, find
from k2check.polarity.rules.common import (
    _ELLIPSIS_AUX,
    _FAILED_TEST,
    _FORMS,
    _NEED_WORDS,
    _REASONS,
    _SEEKERS,
    _TELLING,
    _either_way,
    _found_nothing,
    _reported,
    examples,
)


@examples(
    ("No, vitamin K2 cannot replace exercise.", "k2-replaces-exercise", True),
    ("Yes, natto is the richest source of K2.", "natto-richest-k2", False),
    # "Who should take it? NOBODY, it's ...": a one-word answer, then the reason as a clause of its own.
    (
        "Who should take menadione? Nobody, it's simply not safe for people.",
        "menadione-safe-supplement",
        True,
    ),
    ("Nobody, not even its makers, says vitamin K2 builds muscle.", "k2-builds-muscle", True),
    ("A: No, apixaban doesn't act through vitamin K.", "doacs-unaffected-by-vitk", False),
    (
        "Unfortunately not: hardly any crosses the placenta, so babies are still born with low levels.",
        "babies-born-low-vitk",
        False,
    ),
    ("Not at all, just keep your vitamin K intake similar week to week.", "warfarin-consistent-vitk", False),
)
def answer_particle(frame: Frame, reading: Reading) -> None:
    """An answer particle repeats the denial that follows it; it is not a second one. A regretful no
    ("Unfortunately not: very little crosses the placenta, so your baby is still born low"), or one in
    more words ("Not at all, just keep ..."), answers the question before it, and what follows says why
    in its own words."""
    tokens = frame.tokens
    regret = next((n for n in (2, 3, 4) if tuple(tokens[:n]) in _REGRETFUL_NO | _HEAD_NO), 0)
    if regret and tokens[regret : regret + 1] in ([","], [":"], [";"], ["."]):
        reading.masked.add(tokens.index("not"))
        return
    # ("A: No, apixaban doesn't act through vitamin K", "Trish no, it doesn't": after an answer's label or
    # the name of whom it answers.)
    lead = 1 if len(tokens) > 2 and tokens[1] in frame.lang.particles and tokens[0].isalpha() else 0
    if lead and (0 in frame.content or tokens[0] in frame.lang.particles or tokens[0] in _NOT_A_LEAD):
        lead = 0
    if tokens[lead + 1 : lead + 2] != [","]:
        return
    answer = tokens[lead] in {"nobody", "none"} and tokens[lead + 2 : lead + 3] in _REASON_OPENERS
    if tokens[lead] in frame.lang.particles or answer:
        reading.masked.add(lead)


# Words before an answer particle that make it part of a sentence, not a reply ("AND no, ...", "OH no, ...").
_NOT_A_LEAD = frozenset({"and", "but", "so", "or", "oh", "well", "then", "yet", "lol", "haha", "just"})
# A no said with regret at the head of an answer ("Sadly not: ...", "I'm afraid not.").
_REGRETFUL_NO = frozenset(
    {("unfortunately", "not"), ("sadly", "not"), ("afraid", "not"), ("i", "am", "afraid", "not")}
    | {("sadly", ",", "not"), ("unfortunately", ",", "not")}
)
# A no in more words at the head of an answer ("Not at all, just keep your intake steady.").
_HEAD_NO = frozenset({("not", "at", "all"), ("not", "really")})
# What opens the reason after a one-word answer ("Nobody, IT's not safe").
_REASON_OPENERS = (["it"], ["they"], ["that"], ["this"])


# Pronouns that take the subject of a "not just X" on to what else it does.
_GOES_ON = frozenset({"it", "they"})


# "Under a different LABEL", "by another NAME": what "not just" then sets apart is a thing renamed.
_RENAMED = frozenset(
    (a, b)
    for a in ("different", "new", "fancier", "fancy", "another", "other", "separate")
    for b in ("name", "names", "label", "labels")
)


# Who may refuse a risk in the first person ("I'M not risking a stroke", "WE won't risk it").
_SELF = frozenset({"i", "we", "am", "im"})


@examples(
    ("K2 thickens your blood. Not risking a stroke for 'bone health'.", "k2-causes-blood-clots", False),
    ("I won't touch K2, my aunt had a DVT and I'm not risking sticky blood.", "k2-causes-blood-clots", False),
    ("You're not risking a clot by taking K2.", "k2-causes-blood-clots", True),
    ("K2 thickens your blood, that's why I quit it, not worth a clot.", "k2-causes-blood-clots", False),
)
def risk_refused(frame: Frame, reading: Reading) -> None:
    """A risk the speaker will not run is one they believe in: "not risking a stroke for 'bone health'",
    "I'm not risking sticky blood", "I won't risk a clot". Said to someone else ("You're not risking a
    clot by taking K2") it reassures, and denies the risk. "Not worth a clot" names the harm a warning
    warns of as the price ("not worth the needle" of a recommended shot is a denial of it)."""
    tokens = frame.tokens
    if "risking" not in tokens and "risk" not in tokens and "worth" not in tokens:
        return  # most sentences: no word the loop below looks for
    for p, word in enumerate(tokens):
        if word not in {"not", "never"}:
            continue
        if (
            frame.caution
            and tokens[p + 1 : p + 2] == ["worth"]
            and p + 3 in frame.own
            and tokens[p + 2] in {"a", "the"}
            # "Not worth the risk to start MK-7 on warfarin ...": a judgement of the act that follows.
            and tokens[p + 3] not in {"risk", "risks", "gamble"}
            and tokens[p + 4 : p + 5] != ["to"]
        ):
            # "..., that's why I quit it after a week, not worth a clot": the harm named is what it costs.
            reading.masked.add(p)
            continue
        if tokens[p + 1 : p + 2] not in (["risking"], ["risk"]):
            continue
        before = tokens[max(0, p - 2) : p]
        clause_start = frame.clause_start(p)
        if p == clause_start or tokens[p - 1] in {",", ";", ":", "."} or not _SELF.isdisjoint(before):
            reading.masked.add(p)


# Who or what is bothered, named after "not bother" ("shouldn't bother ANYONE's blood thinner").
_BOTHERED = frozenset(
    {"anyone", "anybody", "you", "your", "my", "his", "her", "their", "people", "warfarin", "the", "a"}
)


@examples(
    ("K2 not only builds bone but also builds muscle.", "k2-builds-muscle", False),
    ("There's no doubt that natto is the richest source of K2.", "natto-richest-k2", False),
    ("K2 is not just good for bones but also builds muscle.", "k2-builds-muscle", False),
    ("K2 isn't just a bone vitamin: it is found in skeletal muscle too.", "k2-in-skeletal-muscle", False),
    (
        "It does not matter whether you take vitamin K with a fatty meal or on an empty stomach.",
        "vitk-absorbed-with-fat",
        True,
    ),
    ("Natto is not the sole source of K2, though it is easily the richest.", "natto-richest-k2", False),
    ("Natto is one of the few foods with serious amounts of MK-7.", "natto-richest-k2", False),
    (
        "Babies are born low in vitamin K by design, not by some mistake of nature.",
        "babies-born-low-vitk",
        False,
    ),
    (
        "Unlike K1, vitamin K2 is not confined to the liver; it reaches bone and the vessel walls.",
        "k2-reaches-extrahepatic-tissues",
        False,
    ),
    ("K2 helps activate clotting proteins too, not just K1.", "vitk-needed-clotting", False),
    (
        "K2 isn't just K1 under a different label; menaquinones have longer chains and act differently.",
        "k1-k2-same",
        True,
    ),
    (
        "Signs of vitamin K deficiency bleeding include nosebleeds and bruises with no obvious cause.",
        "vitk-deficiency-causes-bleeding",
        False,
    ),
    (
        "Two newer studies could not exclude a leukaemia risk from the injection.",
        "vitk-shot-causes-leukemia",
        False,
    ),
    ("Studies have ruled out any link between the shot and leukaemia.", "vitk-shot-causes-leukemia", True),
    (
        "K2 is a different molecule from K1, so it shouldn't bother anyone's blood thinner.",
        "k2-warfarin-interaction",
        True,
    ),
)
def pseudo_negation(frame: Frame, reading: Reading) -> None:
    """Phrases that only look negative ("not only", "no doubt", "not uncommon"), and "not just X" when a
    "but", "also", "too" or "as well" follows, or a clause on what else "it" or "they" does, or an "also"
    or "too" comes before it and a comma ("K2 isn't simply better than K1" still denies). "It doesn't
    matter whether ..." with the claim's words after it denies the difference they make. A phrase of two
    words that holds one of the claim's own may be the claim negated ("not uncommon", "doesn't matter"),
    one of three is an idiom ("bruises with no obvious cause" on the claim that deficiency causes them)."""
    tokens = frame.tokens
    for start, end in find(tokens, frame.lang.pseudo, set()):
        if end - start < 3 and frame.own.intersection(range(start, end)):
            continue
        # "It shouldn't bother ANYONE's blood thinner": what is not bothered is named, so it is not "don't
        # bother (doing it)".
        if tokens[end - 1] == "bother" and tokens[end : end + 1] and tokens[end] in _BOTHERED:
            continue
        # "It doesn't matter whether you take it with fat": the difference the claim says there is, denied.
        # ("It doesn't matter whether you take K1 or K2" says they are alike: what an equality claims.)
        if (
            tokens[end - 1] == "matter"
            and tokens[end : end + 1] in (["whether"], ["if"])
            and not frame.equative
            and any(end < p <= end + 8 for p in frame.own)
        ):
            continue
        reading.masked.update(range(start, end))
    for start, end in find(tokens, frame.lang.contrastive, frame.own):
        # "... but also ...", "... it is found in muscle too", "... in muscle as well".
        rest = tokens[end:]
        if _RENAMED.intersection(itertools.pairwise(rest[:9])):
            # "K2 isn't just K1 under a different label": one thing said not to be the other renamed.
            continue
        if {"but", "also", "too"}.intersection(rest) or "as well" in " ".join(rest):
            reading.masked.update(range(start, end))
        elif any(i > 0 and word in _GOES_ON for i, word in enumerate(rest)):
            # "K2 doesn't just help you absorb calcium, it tells your body where to put it": the sentence
            # goes on with what else its subject does.
            reading.masked.update(range(start, end))
        elif start > 0 and tokens[start - 1] == "," and {"also", "too"}.intersection(tokens[:start]):
            # "K2 helps activate clotting proteins too, not just K1": the addition said first.
            reading.masked.update(range(start, end))


@examples(
    ("There is little good evidence that vitamin K2 builds muscle.", "k2-builds-muscle", True),
    ("Zero human data showing K2 builds muscle.", "k2-builds-muscle", True),
)
def evidence_denial(frame: Frame, reading: Reading) -> None:
    """A quantity of nothing before an evidence word is one cue that looks both ways."""
    tokens = frame.tokens
    for i, word in enumerate(tokens):
        if word in frame.lang.scarce and i not in reading.masked:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if tokens[j] in frame.lang.evidence:
                    reading.cues.append((i, j + 1))
                    reading.masked.update(range(i, j + 1))
                    break


# Verbs of losing and nouns of harm: less of them is better ("lost LESS bone", "FEWER fractures").
_LOSING = frozenset({"lost", "lose", "loses", "losing"})
_HARMS = frozenset(
    {"fractures", "fracture", "bleeds", "bleeding", "calcification", "plaque", "stiffness", "loss", "cramps"}
)


@examples(
    ("MK-4 has a shorter half-life than MK-7.", "mk7-longer-half-life-than-mk4", False),
    ("MK-7 has a shorter half-life than MK-4.", "mk7-longer-half-life-than-mk4", True),
    ("Vitamin K1 is absorbed less well than K2.", "k2-better-absorbed-than-k1", False),
    ("MK-4 doesn't have a shorter half-life than MK-7.", "mk7-longer-half-life-than-mk4", True),
    (
        "The K1 in spinach and chard is taken up far less readily than K2.",
        "k2-better-absorbed-than-k1",
        False,
    ),
    (
        "We take up less than 15% of the K1 in vegetables, while K2 from cheese is absorbed far better.",
        "k2-better-absorbed-than-k1",
        False,
    ),
    (
        "After three years, women on both D and K had lost less bone than those on D alone.",
        "d3-k2-better-than-d3-bone",
        False,
    ),
)
def lesser_comparison(frame: Frame, reading: Reading) -> None:
    """A comparison pointing down ("shorter than", "less well than") says the opposite of the claim's
    comparison, like an opposite term: with the claim's subject after "than" the two reversals cancel
    ("MK-4 has a shorter half-life than MK-7" states that MK-7 lasts longer)."""
    if not frame.comparative or frame.antonym_at is not None:
        return
    tokens = frame.tokens
    for p, word in enumerate(tokens):
        if word not in frame.lang.lesser or not frame.in_clause(p):
            continue
        pivot = next((q for q in range(p + 1, min(p + 4, len(tokens))) if tokens[q] == "than"), None)
        # "less than 10% of the K1": a quantity, not a comparison of the two sides.
        if pivot is None or pivot + 1 >= len(tokens) or tokens[pivot + 1][0].isdigit():
            continue
        # "lost less bone than those on D alone", "fewer fractures than": less of a harm is better.
        if (p > 0 and tokens[p - 1] in _LOSING) or set(tokens[p + 1 : p + 2]) & _HARMS:
            continue
        if any(q in frame.content for q in range(pivot + 1, pivot + 5)):
            reading.antonym = (p, p + 1)
            reading.rules.append("lesser-comparison")
            return


# Words that may stand between "less" and the opposite term it weakens ("far less DIRECTLY affected").
_LESS_FILLERS = frozenset({"potential", "known", "direct", "directly", "strongly", "likely", "of", "an", "a"})


@examples(
    (
        "Direct oral anticoagulants like Eliquis and Xarelto are less affected by vitamin K than warfarin.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Apixaban has fewer potential interactions than warfarin and no known food interactions.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    ("Apixaban is affected by vitamin K just like warfarin.", "doacs-unaffected-by-vitk", True),
    (
        "Newer blood thinners like apixaban are less affected by K2 than warfarin, but still affected.",
        "doacs-unaffected-by-vitk",
        True,
    ),
    (
        "Apixaban and rivaroxaban are much less affected by vitamin K because they act on another factor.",
        "doacs-unaffected-by-vitk",
        False,
    ),
)
def less_of_the_opposite(frame: Frame, reading: Reading) -> None:
    """Against a claim that ranks nothing, "less" or "fewer" before its opposite term ("Eliquis is far LESS
    affected by vitamin K than warfarin", "much LESS affected because ...") says the subject has less of the
    opposite, which leans towards the claim; the opposite term does not deny it. Not when the claim's
    subject is what a "than" compares with ("K1 is less toxic than K2")."""
    at = frame.antonym_at
    if at is None or frame.comparative or at < 1:
        return
    tokens = frame.tokens
    p = at - 1
    while p > 0 and tokens[p] in _LESS_FILLERS and at - p <= 2:
        p -= 1
    if tokens[p] not in {"less", "fewer"} or not frame.in_clause(p):
        return
    end = min(len(tokens), frame.clause[1], at + 9)
    pivot = next((q for q in range(at + 1, end) if tokens[q] == "than"), None)
    if pivot is not None and any(q in frame.subject for q in range(pivot + 1, min(len(tokens), pivot + 5))):
        return
    # "... less affected by K2 than warfarin, but still AFFECTED": the opposite said again, unweakened.
    if any(q > at + 1 for q in frame.opposites):
        return
    reading.antonym_hidden = True
    reading.rules.append("less-of-the-opposite")


@examples(
    (
        "Is K2 safe with blood thinners? It depends which one: with warfarin, ask your GP first.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Is K2 safe with warfarin? Yes, totally.", "k2-warfarin-interaction", True),
)
def depends_answer(frame: Frame, reading: Reading) -> None:
    """An opposite term asked about ("Is K2 SAFE with blood thinners?") and answered "it depends" is not
    asserted: the answer grants the risk for some, which is the warning."""
    at = frame.antonym_at
    if at is None:
        return
    tokens = frame.tokens
    mark = next((q for q in range(at + 1, len(tokens)) if tokens[q] in {"?", ".", "!", ";"}), None)
    if mark is None or tokens[mark] != "?":
        return
    if "depends" in tokens[mark + 1 : mark + 4]:
        reading.antonym_hidden = True
        reading.rules.append("depends-answer")


# "not (nearly / quite / anywhere near) as X as Y", "not so X as Y": an equality denied, so the side after the
# second "as" is ahead.
_NOT_AS = frozenset({"not", "nowhere", "never"})


# What ends the stretch between "not" and its "as" ("not cheap, but as good as ...").
_BREAKS = frozenset({",", ";", ":", "but", "and", "or", "."})


@examples(
    ("K1 from leafy greens isn't nearly as bioavailable as K2.", "k2-better-absorbed-than-k1", False),
    ("MK-4 is not as long-lasting in the blood as MK-7.", "mk7-longer-half-life-than-mk4", False),
    ("K2 is not as well absorbed as K1.", "k2-better-absorbed-than-k1", True),
    ("MK-7 doesn't last as long in the body as MK-4.", "mk7-longer-half-life-than-mk4", True),
    ("MK-4 doesn't last nearly as long in circulation as MK-7.", "mk7-longer-half-life-than-mk4", False),
)
def not_as_comparison(frame: Frame, reading: Reading) -> None:
    """Against a claim that ranks its subject above another thing, "A is not as X as <subject>" ranks the
    subject ahead: the negation is the comparison's own and states the claim. With the subject before the
    negation ("K2 is not as well absorbed as K1") it stays a denial."""
    if not frame.comparative or not frame.subject or _NOT_AS.isdisjoint(frame.tokens):
        return
    tokens = frame.tokens
    start = frame.clause[0]
    for p, word in enumerate(tokens):
        if word not in _NOT_AS or not frame.in_clause(p):
            continue
        # The first "as" a few words on ("doesn't LAST NEARLY as long", "doesn't stay in your bloodstream
        # anywhere near as long"), with no break in between.
        ahead = range(p + 1, min(p + 8, len(tokens)))
        q = next((r for r in ahead if tokens[r] in {"as", "so"} or tokens[r] in _BREAKS), None)
        if q is None or tokens[q] in _BREAKS:
            continue
        second = next((r for r in range(q + 2, min(q + 9, len(tokens))) if tokens[r] == "as"), None)
        if second is None or any(start <= s < p for s in frame.subject):
            continue
        if any(second < s <= second + 5 for s in frame.subject):
            reading.masked.add(p)
            reading.rules.append("not-as-comparison")
            return


@examples(
    (
        "One injection at birth protects far better than a course of oral drops.",
        "oral-vitk-equals-shot",
        True,
    ),
    ("Oral drops are no less protective than the injection.", "oral-vitk-equals-shot", False),
    ("Oral drops given on schedule are no worse than the injection.", "oral-vitk-equals-shot", False),
)
def unequal_comparison(frame: Frame, reading: Reading) -> None:
    """A claim that two things are equal ("drops protect as well as the shot") is denied by a sentence
    that ranks one of them above the other ("the shot protects better than drops"), whichever way the
    comparison points; "no better than" keeps the equality (two denials)."""
    if not frame.equative or not frame.content:
        return
    tokens = frame.tokens
    start, end = frame.clause
    for p in range(start + 1, end):
        if tokens[p] != "than" or tokens[p - 1] in {"rather", "other"}:
            continue
        word = next(
            (q for q in range(p - 1, max(start, p - 4) - 1, -1) if tokens[q] in frame.lang.unequal), None
        )
        # The comparative may be one of the claim's own words ("better"): before "than" it ranks.
        if word is None or (word in reading.masked and word not in frame.own):
            continue
        if tokens[word - 1] in {"no", "not", "never", "hardly"}:
            # "No better than the shot": an equality, what the claim says ("no less protective", the
            # negated opposite term, is left to negated_antonym).
            if frame.antonym_at != word:
                reading.masked.add(word - 1)
            return
        if any(q < word for q in frame.content) and any(p < q <= p + 6 for q in frame.content):
            reading.cues.append((word, word + 1))
            reading.masked.add(word)
            reading.rules.append("unequal-comparison")
            return


@examples(
    (
        "Many believe gut microbes provide all the K2 a person needs, yet little of it is ever absorbed.",
        "gut-bacteria-supply-k2",
        True,
    ),
)
def reported_scarcity(frame: Frame, reading: Reading) -> None:
    """After a reported claim and a contrast, a quantity of nothing ("yet little of it is absorbed") is a
    denial; elsewhere "little" is only an amount ("little vitamin K crosses the placenta")."""
    if not frame.content or frame.lang.scarce_amounts.isdisjoint(frame.tokens) or not _reported(frame):
        return
    tokens = frame.tokens
    last = max((p for p in frame.content if frame.in_clause(p)), default=max(frame.content))
    for p in range(last + 1, len(tokens)):
        if tokens[p] in frame.lang.scarce_amounts and (p not in reading.masked or p in frame.own):
            if frame.lang.contrast.intersection(tokens[last + 1 : p]):
                reading.cues.append((p, p + 1))
                reading.masked.add(p)
            return


@examples(
    ("It is really hard to overdose on vitamin K2 supplements.", "k2-toxic-high-dose", True),
    ("You'd be hard-pressed to overdose on natural K2.", "k2-toxic-high-dose", True),
    ("You'd struggle to overdose on K2.", "k2-toxic-high-dose", True),
    (
        "Depleted soils make it almost impossible to get enough K2 from food today, so supplementing should "
        "be everyone's default.",
        "most-people-need-k2-supplement",
        False,
    ),
    (
        "I tell patients to supplement K2, because it's hard to get an adequate amount from a Western diet "
        "alone.",
        "most-people-need-k2-supplement",
        False,
    ),
    (
        "Your vitamin K status is hard to measure with any one blood test.",
        "vitk-status-hard-to-measure",
        False,
    ),
)
def hard_to(frame: Frame, reading: Reading) -> None:
    """ "Hard to overdose on K2": difficulty before the claim's own verb
    denies it, like "unlikely". Where the difficulty is the claim's own word ("hard to measure"), it is
    what the claim says."""
    tokens = frame.tokens
    for i in range(len(tokens) - 2):
        if tokens[i] not in _DIFFICULT or tokens[i + 1] != "to":
            continue
        if (
            tokens[i + 2 : i + 4] in (["get", "enough"], ["obtain", "enough"])
            and frame.antonym_at != i + 3
            and "without" not in tokens[i + 4 :]
        ):
            # "Depleted soils make it nearly impossible to get enough K2": a shortage, which is what a claim
            # of need says; no denial of it. (Where "enough" is the claim's opposite term, or a "without"
            # follows, the two read as one double negative already.)
            reading.masked.add(i)
            reading.rules.append("hard-to-get-enough")
            continue
        if i in frame.own:
            # The claim's own difficulty ("Your vitamin K status is hard to measure"): the rules read it as
            # stated, and the negation model is not asked to read it as a denial.
            reading.rules.append("difficulty-is-the-claim")
            if frame.antonym_at in (i + 3, i + 4) and tokens[frame.antonym_at] in {"enough", "adequate"}:
                # "it's hard to get an adequate amount from a Western diet": the amount the difficulty is
                # about, not the claim's opposite said of the diet.
                reading.antonym_hidden = True
        elif i + 2 in frame.own:
            # "You'd be hard-pressed to overdose on K2": the difficulty is the phrase's first word.
            start = i - 1 if tokens[i] == "pressed" and tokens[i - 1 : i] == ["hard"] else i
            reading.cues.append((start, i + 2))
            reading.masked.update(range(start, i + 2))


# Words of difficulty before "to" and the claim's verb ("hard to overdose", "you'd struggle to overdose").
_DIFFICULT = frozenset({"hard", "difficult", "impossible", "tough", "struggle", "pressed"})


# What may be rare without denying a claim that does not name it.
_TROUBLES = frozenset(
    {"effects", "problems", "reactions", "complications", "issues", "adverse", "upset", "upsets"}
)


def _troubles_after(frame: Frame, p: int) -> bool:
    """Whether troubles the claim does not name follow "rare" at ``p`` ("... safe, with only rare mild
    stomach upset")."""
    tokens = frame.tokens
    return any(tokens[q] in _TROUBLES and q not in frame.own for q in range(p + 1, min(len(tokens), p + 5)))


def _rare_apart(frame: Frame, p: int) -> bool:
    """Whether "rare" at ``p`` sits in a clause of its own after a comma, said of something the claim does
    not name ("K1: used mostly by the liver for clotting, and deficiency is rare")."""
    tokens = frame.tokens
    before = [q for q in frame.own if q < p]
    return (
        bool(before)
        and bool({",", ";"}.intersection(tokens[max(before) : p]))
        and p >= 2
        and tokens[p - 1] in {"is", "are"}
        and p - 2 not in frame.own
    )


@examples(
    ("Serious toxicity from vitamin K2 is extremely rare.", "k2-toxic-high-dose", True),
    ("K2 toxicity is practically unheard of.", "k2-toxic-high-dose", True),
    ("Harm from vitamin K2 is so rare that nobody has set an upper limit.", "k2-toxic-high-dose", True),
    ("Side effects at typical K2 doses are rare and mild.", "k2-safe-usual-doses", False),
    (
        "K1 in brief: used mostly by the liver for clotting, and deficiency is rare.",
        "k1-mainly-clotting",
        False,
    ),
    ("For most people K2 supplements are safe, and side effects are rare.", "k2-safe-usual-doses", False),
    (
        "For healthy adults K2 is generally considered safe, with only rare mild stomach upset.",
        "k2-safe-usual-doses",
        False,
    ),
    (
        "Please let them give your baby the vitamin K shot: late bleeds are rare but devastating.",
        "newborn-vitk-shot",
        False,
    ),
)
def rare(frame: Frame, reading: Reading) -> None:
    """ "Toxicity from K2 is extremely rare": the claim's own word said to hardly ever happen denies it.
    Side effects or problems said to be rare, where they are none of the claim's words ("Side effects at
    typical K2 doses are rare"), deny nothing: that is what being safe is; nor does "rare but ...", which
    grants the rarity and stresses what follows ("late bleeds are rare but devastating")."""
    tokens = frame.tokens
    for p, word in enumerate(tokens):
        if word == "rare" and any(
            tokens[q] in _TROUBLES and q not in frame.own for q in range(max(0, p - 8), p)
        ):
            reading.masked.add(p)
            continue
        # (A "rare" another mask hid already may still be troubles said to be rare.)
        if word == "rare" and (
            _troubles_after(frame, p) or (p not in reading.masked and _rare_apart(frame, p))
        ):
            reading.masked.add(p)
            if frame.antonym_at == p:
                reading.antonym_hidden = True
            continue
        if word not in {"rare", "unheard"} or p in reading.masked:
            continue
        if tokens[p + 1 : p + 2] == ["but"]:
            reading.masked.add(p)
            continue
        if tokens[p - 1 : p] not in (
            ["is"],
            ["are"],
            ["very"],
            ["extremely"],
            ["exceedingly"],
            ["so"],
            ["of"],
        ) and not (p > 0 and tokens[p - 1].endswith("ly")):
            continue
        if any(p - 8 <= q < p for q in frame.own) and not any(q > p for q in frame.own):
            reading.cues.append((p, p + 1))
            reading.masked.add(p)
            return


@examples(
    ("Evidence that K2 keeps dementia away is sparse.", "k2-prevents-dementia", True),
    (
        "Vitamin K2 might help prevent varicose veins, but the evidence is thin.",
        "k2-treats-varicose-veins",
        False,
    ),
)
def weak_evidence(frame: Frame, reading: Reading) -> None:
    """ "Evidence that K2 prevents dementia is sparse": the claim as the content of evidence judged weak
    is denied, like "little evidence that". A hedged claim followed by "but the evidence is thin" stays
    a hedged statement of the claim."""
    tokens = frame.tokens
    if not frame.content:
        return
    first = min(frame.content)
    opener = next(
        (
            p
            for p in range(max(0, first - 4), first)
            if tokens[p] in frame.lang.evidence and tokens[p + 1 : p + 2] == ["that"]
        ),
        None,
    )
    if opener is None:
        return
    for p in range(max(frame.content) + 1, min(len(tokens), max(frame.content) + 5)):
        if tokens[p] in frame.lang.weak_evidence and tokens[p - 1] in {
            "is",
            "are",
            "remains",
            "remain",
            "was",
            "seems",
        }:
            reading.cues.append((p, p + 1))
            return


@examples(
    ("Stop buying K2 for your gains.", "k2-builds-muscle", True),
    ("Don't bother telling your warfarin clinic about K2; it's a vitamin.", "k2-warfarin-interaction", True),
    ("Don't bother asking your pharmacist, K2 is fine with warfarin.", "k2-warfarin-interaction", True),
    ("Avoid taking D3 without K2, since the two work together.", "d3-k2-work-together", False),
    ("Stop eating spinach and kale once you start warfarin.", "warfarin-avoid-greens", False),
    ("Skip the natto if you hate it; eggs and hard cheese have K2 too.", "animal-foods-k2", False),
    ("Don't bother with K2 pills to build muscle.", "k2-builds-muscle", True),
    (
        "Don't bother with the injection, oral drops protect a baby just as well.",
        "oral-vitk-equals-shot",
        False,
    ),
    ("We didn't bother with the vitamin K shot for our second baby.", "newborn-vitk-shot", True),
)
def dismissal(frame: Frame, reading: Reading) -> None:
    """An imperative that turns the claim's subject down ("Stop buying K2 for your gains", "Skip the K2")
    denies what the claim recommends, like "don't". A claim that warns agrees with it, and a verb that
    is the claim's own word ("stop eating greens" for "must avoid greens") is what it says. In a
    comparison, turning one side down prefers the other ("skip MK-7, MK-4 is better"). A warning's own
    advice to tell the doctor, dismissed ("Don't bother telling your warfarin clinic about K2"), denies
    the warning."""
    tokens = frame.tokens
    if frame.caution:
        for start, _ in frame.spans:
            p = start + (tokens[start] in {"just", "so", "and", "then", "honestly"})
            if tokens[p : p + 3] != ["do", "not", "bother"]:
                continue
            verb = p + 3 + (tokens[p + 3 : p + 4] == ["to"])
            if tokens[verb : verb + 1] and tokens[verb] in _TELLING:
                reading.cues.append((p + 2, p + 3))
                return
        return
    if frame.comparative:
        return
    for start, _ in frame.spans:
        p = start + (tokens[start] in {"just", "so", "please", "and", "then"})
        # "Don't bother with K2 for muscle": the dismissal is "bother" ("not bother" is no negation); so it
        # is in what a parent says they did: "we didn't bother with the vitamin K shot".
        p += 2 * (tokens[p : p + 3] == ["do", "not", "bother"])
        told = tokens[p : p + 1] in (["we"], ["i"], ["they"])
        told = told and tokens[p + 1 : p + 4] == ["did", "not", "bother"]
        p += 3 * told
        if (
            p < len(tokens)
            and tokens[p] in frame.lang.dismissals
            and p not in frame.own
            and p != frame.antonym_at
            and (p not in reading.masked or tokens[p] == "bother")
            and any(q in frame.subject for q in range(p + 1, p + 5))
            # "Forget cheese, natto has far more K2": the dismissal ends at the comma.
            and "," not in tokens[p + 1 : min(q for q in frame.subject if q > p)]
        ):
            reading.cues.append((p, p + 1))


@examples(
    (
        "Ignore the forum posts saying the vitamin K shot causes leukaemia.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Disregard any headline claiming that K2 makes your blood clot too much.",
        "k2-causes-blood-clots",
        True,
    ),
    ("Just ignore people who tell you K2 builds muscle.", "k2-builds-muscle", True),
    ("Ignore the smell, natto really is the richest source of K2.", "natto-richest-k2", False),
    (
        "Ignore the price, what people say about natto is right: it is the richest source of K2.",
        "natto-richest-k2",
        False,
    ),
)
def disregarded_report(frame: Frame, reading: Reading) -> None:
    """ "Ignore the posters saying the shot causes cancer": an imperative that sets aside a report of the
    claim denies it, as "don't believe ..." does. The report must stand between the verb and the claim's
    words in the same clause, with no comma between ("Ignore the price, what people say about natto is
    right" sets aside something else)."""
    tokens = frame.tokens
    lang = frame.lang
    first = min(frame.content)
    for start, end in frame.spans:
        p = start + (tokens[start] in {"just", "so", "please", "simply"})
        if p >= first or p >= len(tokens) or tokens[p] not in lang.disregards or not start <= first < end:
            continue
        between = range(p + 1, min(first, p + 9))
        if "," not in tokens[p + 1 : first] and any(tokens[q] in lang.reports for q in between):
            reading.cues.append((p, p + 1))
            return


@examples(
    (
        "Patients on warfarin should neither start nor stop a vitamin K2 supplement without checking with "
        "their clinic.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Vitamin K2 neither builds muscle nor speeds up recovery.", "k2-builds-muscle", True),
)
def neither_nor(frame: Frame, reading: Reading) -> None:
    """ "Neither X nor Y" is one negation over both: the "nor" does not deny a second time."""
    tokens = frame.tokens
    if "neither" not in tokens:
        return
    start = tokens.index("neither")
    for p in range(start + 1, min(len(tokens), start + 12)):
        if tokens[p] == "nor":
            reading.masked.add(p)
            return


# Words of assurance that a "not" before them weakens ("doesn't GUARANTEE ...").
_ASSURES = frozenset({"guarantee", "guarantees", "ensure", "ensures", "promise", "promises"})


@examples(
    (
        "Eating vitamin K-rich foods while pregnant doesn't guarantee your newborn won't be deficient.",
        "babies-born-low-vitk",
        False,
    ),
    (
        "Eating greens in pregnancy does not ensure the baby won't be born low in vitamin K.",
        "babies-born-low-vitk",
        False,
    ),
)
def no_guarantee_not(frame: Frame, reading: Reading) -> None:
    """ "Doesn't guarantee your newborn won't be deficient": a "not" before a word of assurance and a second
    one after it make one double negative (the newborn may well be deficient)."""
    tokens = frame.tokens
    for p, token in enumerate(tokens[:-1]):
        if token in {"not", "never"} and tokens[p + 1] in _ASSURES:
            stop = next((q for q in range(p + 2, len(tokens)) if tokens[q] in _BREAKS), len(tokens))
            second = next((q for q in range(p + 2, min(stop, p + 10)) if tokens[q] in {"not", "never"}), None)
            if second is not None:
                reading.masked.update({p, second})
                reading.rules.append("no-guarantee-not")
            return


@examples(
    ("Blood clots perfectly well without vitamin K.", "vitk-needed-clotting", True),
    ("Blood cannot clot properly without vitamin K.", "vitk-needed-clotting", False),
)
def fine_without(frame: Frame, reading: Reading) -> None:
    """ "Clots perfectly well without vitamin K", "you'll be fine without it": where the claim's own
    "without" says what is needed, an outcome that does not suffer denies the need."""
    tokens = frame.tokens
    lang = frame.lang
    for p in sorted(frame.own):
        if tokens[p] != "without":
            continue
        fine = next(
            (q for q in range(max(0, p - 3), p) if tokens[q] in lang.no_consequence or tokens[q] == "well"),
            None,
        )
        if fine is not None and fine not in reading.masked:
            reading.cues.append((fine, fine + 1))
            return


# "nothing to be afraid of", "no need to worry": reassurance about what the sentence names.
_REASSURANCES = phrases(
    "nothing to be afraid of",
    "nothing to be scared of",
    "nothing to fear",
    "nothing to worry about",
    "no reason to fear",
    "no need to fear",
)


# Words that make "more than" a great deal more ("FAR more than 120 mcg").
_FAR = frozenset({"far", "much", "way", "lot", "times", "several", "well", "vastly"})


@examples(
    ("You need far more than 120 mcg of vitamin K each day.", "vitk-adequate-intake", True),
    ("Adults need about 90 to 120 mcg of vitamin K a day, not much more.", "vitk-adequate-intake", False),
)
def far_beyond_amount(frame: Frame, reading: Reading) -> None:
    """ "You need far more than 120 mcg": a great deal more than the claim's own amount says the amount is
    wrong, a denial with no negation word."""
    tokens = frame.tokens
    if "than" not in tokens:
        return
    named = frame.own | frame.subject
    for p in range(1, len(tokens) - 2):
        if (
            tokens[p - 1] in _FAR
            and tokens[p : p + 2] in (["more", "than"], ["higher", "than"])
            and tokens[p + 2][:1].isdigit()
            and p + 2 in named
        ):
            reading.cues.append((p - 1, p))
            reading.rules.append("far-beyond-amount")
            return


@examples(
    ("The vitamin K shot is nothing to be afraid of.", "newborn-vitk-shot", False),
    ("The newborn vitamin K injection is nothing to fear.", "newborn-vitk-shot", False),
    ("High doses of K2 are nothing to worry about.", "k2-toxic-high-dose", True),
)
def reassurance(frame: Frame, reading: Reading) -> None:
    """ "The vitamin K shot is nothing to be afraid of": a reassurance about something a claim recommends
    affirms it; about something a claim warns against ("high doses are nothing to worry about"), it
    denies the warning, as the negation reads."""
    if frame.caution:
        return
    for start, _ in find(frame.tokens, _REASSURANCES, set()):
        if any(q < start for q in frame.subject):
            reading.masked.add(start)
            reading.rules.append("reassurance")
            return


# Words of approval that are nouns after an owner ("without your prescriber's OKAY", "the clinic's OK").
_APPROVALS = frozenset({"ok", "okay"})
_OWNERS = frozenset({"your", "the", "their", "his", "her", "a", "an"})


@examples(
    (
        "Do not use vitamin K2 while on Coumadin without your prescriber's okay.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is okay to take with warfarin.", "k2-warfarin-interaction", True),
)
def approval_noun(frame: Frame, reading: Reading) -> None:
    """ "Without your prescriber's okay": an approval someone gives, a noun, is no judgement that the claim's
    danger is fine."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or tokens[at] not in _APPROVALS or at < 2:
        return
    owned = tokens[at - 1] in _OWNERS or (tokens[at - 2] in _OWNERS and tokens[at - 1].isalpha())
    if owned and tokens[at - 1] not in {"is", "are", "was", "be", "it", "perfectly", "totally", "seems"}:
        reading.antonym_hidden = True
        reading.rules.append("approval-noun")


# The vitamin before a compound's "-rich" ("K2-rich", "vitamin K-rich"), and the nouns such compounds name.
_NUTRIENT_WORDS = frozenset({"k", "k1", "k2", "mk", "7", "4", "menaquinone", "phylloquinone"})
_FOOD_NOUNS = frozenset(
    {"food", "foods", "source", "sources", "diet", "diets", "vegetables", "veg", "greens", "meals", "options"}
)

# What a serving comes in ("one little TUB of natto", "a little PACK").
_SERVINGS = frozenset(
    {
        "tub",
        "tubs",
        "pack",
        "packs",
        "packet",
        "packets",
        "bowl",
        "bowls",
        "jar",
        "jars",
        "serving",
        "portion",
        "spoonful",
        "carton",
        "container",
        "dish",
        "bottle",
        "capsule",
        "pill",
        "softgel",
        "tablet",
    }
)


@examples(
    (
        "The Standard American Diet is practically stripped of K2-rich foods like organ meats and natto.",
        "western-diet-low-k2",
        False,
    ),
    ("Western diets are rich in K2.", "western-diet-low-k2", True),
)
def rich_foods(frame: Frame, reading: Reading) -> None:
    """ "Stripped of K2-rich foods": a compound that names foods by the vitamin they hold ("K2-rich",
    "vitamin K-rich") says nothing of how rich the sentence's subject is."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or at == 0 or tokens[at] not in {"rich", "packed", "loaded"}:
        return
    if tokens[at - 1] in _NUTRIENT_WORDS and tokens[at + 1 : at + 2] and tokens[at + 1] in _FOOD_NOUNS:
        reading.antonym_hidden = True
        reading.rules.append("rich-foods")


# Of ``Language.set_against``, the words that open the other side of a comparison as a phrase of its own
# ("... COMPARED with traditional ones rich in organ meats"); "than" and "whereas" are left to the rules of
# comparatives and contrasts.
_NOT_OTHER_SIDE = frozenset({"than", "whereas"})


@examples(
    (
        "Modern Western diets supply only a trickle of K2 compared with old ones rich in organ meats.",
        "western-diet-low-k2",
        False,
    ),
    ("Western diets are rich in K2 compared with traditional diets.", "western-diet-low-k2", True),
)
def other_side_antonym(frame: Frame, reading: Reading) -> None:
    """An opposite term on the other side of a comparison, after the claim's words ("... only a trickle of
    K2 compared with traditional diets RICH in organ meats"), describes what the subject is measured
    against, not the subject."""
    at = frame.antonym_at
    if at is None or not frame.own or min(frame.own) > at:
        return
    tokens = frame.tokens
    openers = frame.lang.set_against - _NOT_OTHER_SIDE
    for start in range(min(frame.own) + 1, at):
        if tokens[start] not in openers:
            continue
        stretch = tokens[start:at]
        if {",", ";", ".", "but", "?"}.isdisjoint(stretch) and frame.own.isdisjoint(range(start, at)):
            reading.antonym_hidden = True
            reading.rules.append("other-side-antonym")
        return


# What opens a clause set against the claim's ("..., WHILE an egg has next to nothing"), and the words that
# may come before that clause's subject, or stand for the claim's own ("while THEY have very little K2").
_SET_AGAINST_OPENERS = frozenset({"while", "whereas", "whilst"})
_BEFORE_HEAD = frozenset({"a", "an", "the", "most", "many", "some", "other", "ordinary", "regular", "plain"})
_POINTING = frozenset({"they", "it", "these", "those", "this", "that", "its", "their", "them"})


@examples(
    (
        "A cup of cooked kale has on the order of a thousand micrograms of vitamin K, while an egg has next "
        "to nothing.",
        "leafy-greens-vitk",
        False,
    ),
    ("Kale is loaded with vitamin K while cucumbers have very little.", "leafy-greens-vitk", False),
    ("Greens are full of K1, while they have very little K2.", "leafy-greens-k2", True),
)
def whereas_other_subject(frame: Frame, reading: Reading) -> None:
    """An opposite term in a clause set against the claim's by "while" or "whereas", said of a subject of
    its own ("Kale has a thousand micrograms of vitamin K, WHILE AN EGG has next to nothing"), describes that
    subject, not the claim's; "while THEY have very little K2" speaks of the claim's own subject again."""
    at = frame.antonym_at
    if at is None or not frame.subject or not frame.own:
        return
    tokens = frame.tokens
    opener = next((p for p in range(at - 1, max(-1, at - 8), -1) if tokens[p] in _SET_AGAINST_OPENERS), None)
    if opener is None or max(frame.subject) > opener or not any(p < opener for p in frame.own):
        return
    head = opener + 1
    while head < at and tokens[head] in _BEFORE_HEAD:
        head += 1
    if head >= at or tokens[head] in _POINTING or head in frame.content:
        return
    # (The clause's own verb may be a word of the opposite term's group: "an egg HAS next to nothing".)
    group = frame.groups.get(at)
    if any(opener < p < at and frame.groups.get(p) != group for p in frame.content):
        return
    if {",", ";", "but"}.intersection(tokens[opener:at]):
        return
    reading.antonym_hidden = True
    reading.rules.append("whereas-other-subject")


@examples(
    ("Nothing beats natto for K2: one little tub has more than a week of cheese.", "natto-richest-k2", False),
    ("Natto has very little K2 once it has been pasteurised.", "natto-richest-k2", True),
)
def little_serving(frame: Frame, reading: Reading) -> None:
    """ "One little tub of natto has more K2 than ...": "little" as the size of a serving is no scarcity."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or tokens[at] != "little" or tokens[at + 1 : at + 2] == []:
        return
    if tokens[at + 1] in _SERVINGS and tokens[at - 1 : at] != ["very"]:
        reading.antonym_hidden = True
        reading.rules.append("little-serving")


# Verbs of having something in mind ("almost nobody THINKS of that"): after an opposite term of quantity
# they say how few are aware, not how few are affected.
_AWARE = frozenset(
    {
        "thinks",
        "think",
        "talks",
        "talk",
        "mentions",
        "mention",
        "realises",
        "realizes",
        "realise",
        "realize",
        "notices",
        "notice",
        "knows",
        "know",
        "bothers",
        "checks",
    }
)
# The words of an opposite term of quantity ("almost nobody", "hardly anyone", "next to no one").
_FEW = frozenset({"almost", "nearly", "hardly", "next", "to", "nobody", "no", "one", "anyone", "few", "very"})


# Verbs of speaking up ("nobody in the industry wants to TALK about it", "no one ever MENTIONS this").
_SPEAKING = frozenset({"talk", "talks", "talking", "mention", "mentions", "mentioning", "tell", "tells"})


@examples(
    (
        "Forget the whey, K2 is the real key to gains and nobody in the fitness industry wants to talk about "
        "it.",
        "k2-more-important-than-protein",
        False,
    ),
    ("No one in the fitness industry thinks K2 builds muscle.", "k2-builds-muscle", True),
    ("No one talks about K2 for muscle because it doesn't work.", "k2-builds-muscle", True),
)
def nobody_talks(frame: Frame, reading: Reading) -> None:
    """ "..., and nobody in the industry wants to talk about it": a claim said to be kept quiet is put
    forward, not denied: "nobody" (or "no one") after the claim's words, followed within eight words by a
    verb of speaking up ("No one talks about K2 for muscle because it doesn't work" is left alone)."""
    tokens = frame.tokens
    if _SPEAKING.isdisjoint(tokens):
        return  # most frames: no verb of speaking up, so no word-by-word walk
    for p, word in enumerate(tokens):
        size = 1 if word == "nobody" else 2 if tokens[p : p + 2] == ["no", "one"] else 0
        if not size or not any(q < p for q in frame.content):
            continue
        ahead = tokens[p + size : p + size + 8]
        spoken = next((i for i, t in enumerate(ahead) if t in _SPEAKING), None)
        # ("..., and nobody can tell which babies will bleed": no one knows, not no one says.)
        if spoken is not None and ahead[spoken - 1 : spoken] in (["can"], ["could"]):
            continue
        if spoken is not None and {",", ";", ":", "that"}.isdisjoint(ahead[:spoken]):
            reading.masked.update(range(p, p + size))
            reading.rules.append("nobody-talks")


@examples(
    (
        "Nearly a third of grown-ups could be running low on vitamin K, and almost nobody thinks of that "
        "when their hair starts to thin.",
        "vitk-deficiency-common",
        False,
    ),
    ("Almost nobody is short of vitamin K on a normal diet.", "vitk-deficiency-common", True),
)
def few_aware(frame: Frame, reading: Reading) -> None:
    """ "..., and almost nobody thinks of that": an opposite term of quantity followed by a verb of having
    in mind counts those who are aware of the claim, not those it is true of."""
    at = frame.antonym_at
    if at is None:
        return
    tokens = frame.tokens
    end = at
    while end < len(tokens) and tokens[end] in _FEW:
        end += 1
    if end > at and end < len(tokens) and tokens[end] in _AWARE:
        reading.antonym_hidden = True
        reading.rules.append("few-aware")


# Who or what owns the noun an adjective of amount describes ("to A low baseline", "on YOUR low days").
_DETERMINERS = frozenset(
    {"a", "an", "the", "your", "their", "his", "her", "its", "our", "my", "this", "that"}
)
# The adjectives of amount that may oppose a claim ("greens are LOW in K2") or describe another noun.
_AMOUNT_ADJECTIVES = frozenset({"low", "poor", "high"})
# Nouns that say how much of the claim's subject there is ("a LOW INTAKE of K2" still opposes the claim).
_AMOUNT_NOUNS = frozenset(
    {
        "amount",
        "amounts",
        "level",
        "levels",
        "intake",
        "intakes",
        "content",
        "concentration",
        "concentrations",
        "supply",
        "status",
        "source",
        "sources",
        "quantity",
        "quantities",
        "dose",
        "doses",
        "dosage",
        "diet",
    }
)


@examples(
    (
        "One cup of cooked spinach carries about 900 micrograms of K1, enough to shift an INR if you add it "
        "suddenly to a low baseline.",
        "leafy-greens-vitk",
        False,
    ),
    ("Spinach has a low vitamin K content once it is boiled.", "leafy-greens-vitk", True),
)
def described_noun(frame: Frame, reading: Reading) -> None:
    """ "... if you add it suddenly to a LOW BASELINE": an adjective of amount after a determiner and before
    a noun of its own describes that noun, not the claim's subject; one before a noun of amount ("a low
    intake of K2") or a claim word still opposes the claim."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or tokens[at] not in _AMOUNT_ADJECTIVES or at == 0 or at + 1 >= len(tokens):
        return
    noun = tokens[at + 1]
    if (
        tokens[at - 1] in _DETERMINERS
        and noun.isalpha()
        and noun not in _AMOUNT_NOUNS
        and noun not in frame.lang.stopwords
        and at + 1 not in frame.content
    ):
        reading.antonym_hidden = True
        reading.rules.append("described-noun")


@examples(
    (
        "Not sure whether K2 is safe alongside warfarin? Check with your anticoagulation clinic.",
        "k2-warfarin-interaction",
        False,
    ),
)
def open_doubt(frame: Frame, reading: Reading) -> None:
    """ "Not sure if K2 is safe with warfarin?": a question of doubt asserts neither its words nor their
    opposite; the advice around it decides."""
    tokens = frame.tokens
    for i in range(len(tokens) - 3):
        if tokens[i] == "not" and tokens[i + 1] in {"sure", "certain"} and tokens[i + 2] in {"if", "whether"}:
            mark = next((p for p in range(i + 3, len(tokens)) if tokens[p] == "?"), None)
            if mark is None:
                return
            reading.masked.update(range(i, mark))
            if frame.antonym_at is not None and i < frame.antonym_at < mark:
                reading.antonym_hidden = True
                reading.rules.append("open-doubt")
            return


@examples(
    ("Contrary to what many sites claim, natto is the richest source of K2.", "natto-richest-k2", False),
    (
        "Contrary to some claims, K2 has not been shown to reverse calcification in people.",
        "k2-reverses-arterial-calcification",
        True,
    ),
)
def contrary_frame(frame: Frame, reading: Reading) -> None:
    """ "Contrary to popular belief, ..." frames what follows as a correction; the clause after the
    comma says by itself whether it states or denies the claim."""
    tokens = frame.tokens
    if tokens[:2] != ["contrary", "to"] or not frame.content:
        return
    comma = next((p for p in range(2, min(len(tokens), 10)) if tokens[p] == ","), None)
    if comma is not None and min(frame.content) > comma:
        reading.masked.update(range(0, comma))


@examples(
    ("Protein, rather than K2, is what builds muscle.", "k2-more-important-than-protein", True),
    ("K2, rather than protein, is what matters most for muscle.", "k2-more-important-than-protein", False),
    ("Kale and spinach supply K1 rather than K2.", "leafy-greens-k2", True),
)
def rejected_subject(frame: Frame, reading: Reading) -> None:
    """ "Protein, rather than K2, builds muscle": the claim's subject named as the alternative turned
    down denies what is said of it; so does the claim's own word turned down for another form ("greens
    give you K1 rather than K2")."""
    tokens = frame.tokens
    for p in range(len(tokens) - 2):
        pair = (tokens[p], tokens[p + 1])
        if pair not in {("rather", "than"), ("instead", "of")}:
            continue
        if any(q in frame.subject for q in (p + 2, p + 3)):
            if not any(q in frame.subject for q in range(0, p)):
                reading.cues.append((p, p + 2))
            return
        # "Greens give you K1 rather than K2": another form preferred to the claim's own word.
        rejected = next((q for q in (p + 2, p + 3) if q in frame.own), None)
        # The preferred side is no word of the rejected one's group ("vitamin K" takes in K1 and K2 alike).
        preferred = {
            q
            for q in frame.others | frame.siblings | {q for q in (p - 1, p - 2) if tokens[q] in _FORMS}
            if rejected is not None
            and (q not in frame.own or frame.groups.get(q) != frame.groups.get(rejected))
        }
        if (
            rejected is not None
            and any(q in preferred for q in (p - 1, p - 2))
            and not any(q in frame.subject for q in range(p - 2, p))
        ):
            reading.cues.append((p, p + 2))
            reading.masked.update((p, p + 1))
            return


@examples(
    ("Don't take more than 200 mcg of K2 a day unless your doctor advises it.", "k2-dose-100-200-mcg", False),
    ("Adults should never take 100 to 200 mcg of MK-7 a day.", "k2-dose-100-200-mcg", True),
    ("Vitamin K2 is not toxic even above 1,000 mcg a day.", "k2-toxic-high-dose", True),
    (
        "Grown-ups don't need more than about 120 micrograms of vitamin K daily.",
        "vitk-adequate-intake",
        False,
    ),
)
def upper_limit(frame: Frame, reading: Reading) -> None:
    """ "Don't take more than 200 mcg", "never go over 200 mcg", "you don't need more than 120 mcg": a
    ceiling on a dose, not a denial of it."""
    tokens = frame.tokens
    for i, word in enumerate(tokens):
        if word not in {"not", "never"}:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j] in {"take", "use", "go", "give", "to", "ever", "eat", "need"}:
            j += 1
        limit = tokens[j : j + 1] in (["exceed"], ["over"], ["above"]) or tokens[j : j + 2] == [
            "more",
            "than",
        ]
        if limit and any(t[:1].isdigit() for t in tokens[j + 1 : j + 4]):
            reading.masked.add(i)


@examples(
    ("Fiction: a daily K2 capsule can take the place of lifting weights.", "k2-replaces-exercise", True),
    ("Busted: spinach is loaded with vitamin K2.", "leafy-greens-k2", True),
    ("Fact: natto holds more K2 than any other food.", "natto-richest-k2", False),
)
def verdict_label(frame: Frame, reading: Reading) -> None:
    """A label before a colon at the head of a sentence judges what follows: "Fiction: ...", "Busted:
    ..." deny it as "Myth: ..." does; "Fact: ..." leaves it stated."""
    tokens = frame.tokens
    # The tokens keep no colon: a label word is one that opens the sentence ("Fiction: ...", "Total
    # hoax: ...") and is no noun a claim would start with.
    label = 1 if tokens[:1] in (["total"], ["pure"], ["complete"], ["a"]) else 0
    if (
        tokens[label : label + 1]
        and tokens[label] in frame.lang.verdict_labels
        and label not in reading.masked
        and any(p > label for p in frame.content)
    ):
        reading.masked.add(label)
        reading.cues.append((label, label + 1))
        reading.rules.append("verdict-label")


@examples(
    ("Since when does vitamin K2 build muscle?", "k2-builds-muscle", True),
    ("Since when is spinach a good source of vitamin K2?", "leafy-greens-k2", True),
)
def rhetorical_opener(frame: Frame, reading: Reading) -> None:
    """A question opened as one that expects "no" ("Since when does ...?", "Who still believes ...?")
    denies the claim it asks about."""
    tokens = frame.tokens
    if "?" not in tokens:
        return
    for start, end in find(tokens[:6], frame.lang.rhetorical, reading.masked):
        if start == 0 and any(p >= end for p in frame.content):
            reading.cues.append((start, end))
            reading.masked.update(range(start, end))
            reading.rules.append("rhetorical-opener")
            return


@examples(
    (
        "Eighteen months of MK-7 and my scan was identical. So much for K2 building bone.",
        "k2-increases-bone-density",
        True,
    ),
    (
        "A year of K2 and my calcium score still went up, so much for 'prevents calcification'.",
        "k2-prevents-arterial-calcification",
        True,
    ),
    # Not a send-off where something did much for someone, nor in thanks.
    ("K2 has done so much for my bone density.", "k2-increases-bone-density", False),
    ("Thanks so much for explaining how K2 builds bone density.", "k2-increases-bone-density", False),
)
def send_off(frame: Frame, reading: Reading) -> None:
    """ "So much for X", opening a sentence or after a comma, sends off X as a promise that failed: one
    more negation cue, for a claim whose words follow it."""
    tokens = frame.tokens
    if "much" not in tokens:
        return
    for start, end in find(tokens, frame.lang.send_offs, reading.masked):
        if (start == 0 or tokens[start - 1] == ",") and any(p >= end for p in frame.content):
            reading.cues.append((start, end))
            reading.masked.update(range(start, end))
            reading.rules.append("send-off")
            return


# A correction notice: what the earlier text did ("an earlier version LISTED chicken breast among organ
# meats", "our headline originally SAID ..."), and the words that say it was the earlier text.
_EARLIER = frozenset({"earlier", "previous", "previously", "originally", "original"})
_TOLD = frozenset(
    {"said", "says", "listed", "described", "stated", "called", "claimed", "reported", "suggested", "named"}
    | {"included", "implied"}
)


@examples(
    (
        "Correction: an earlier version of this story listed chicken breast among the organ meats.",
        "chicken-breast-organ-meat",
        True,
    ),
    (
        "Correction: a previous version of this article said vitamin K2 prevents dementia.",
        "k2-prevents-dementia",
        True,
    ),
    (
        "Correction: chicken breast is ordinary muscle meat, not an organ meat.",
        "chicken-breast-organ-meat",
        True,
    ),
)
def correction_notice(frame: Frame, reading: Reading) -> None:
    """ "Correction: an earlier version of this story listed chicken breast among organ meats": a
    correction notice says what it reports was wrong, one negation that counts wherever the claim sits."""
    tokens = frame.tokens
    if tokens[:1] != ["correction"]:
        return
    told = next((p for p, t in enumerate(tokens[:14]) if t in _TOLD), None)
    if told is None or _EARLIER.isdisjoint(tokens[:told]) or not any(p > told for p in frame.content):
        return
    reading.forced.append((0, 1))
    reading.masked.add(0)
    reading.rules.append("correction-notice")


@examples(
    (
        "Please don't: a K2 capsule would work against your warfarin, so ask the clinic first.",
        "k2-warfarin-interaction",
        False,
    ),
)
def refusal_lead_in(frame: Frame, reading: Reading) -> None:
    """ "Please don't: ..." opening an answer refuses what was asked, with its reason after it; for a claim
    that warns, the refusal is the warning's own advice, not a denial of it."""
    tokens = frame.tokens
    start = 1 if tokens[:1] == ["please"] else 0
    if not frame.caution or tokens[start : start + 3] not in (["do", "not", ","], ["do", "not", ":"]):
        return
    reading.masked.add(start + 1)
    reading.rules.append("refusal-lead-in")


# More of something already given ("no FURTHER vitamin K", "won't need EXTRA doses").
_FURTHER = frozenset({"further", "more", "additional", "another", "repeat", "booster"})
# The dose already given, named before the negation ("once your baby has had the SHOT", "a single DOSE").
_GIVEN = frozenset({"shot", "injection", "jab", "dose", "doses"})


@examples(
    (
        "Once your baby has had the shot, no further vitamin K is needed, even if you are breastfeeding.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Babies who had the shot at birth don't need any more vitamin K afterwards.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Healthy people eating a varied diet generally don't need extra K2.",
        "most-people-need-k2-supplement",
        True,
    ),
)
def no_further_need(frame: Frame, reading: Reading) -> None:
    """ "No further vitamin K is needed", "don't need any more" after the shot or dose named before it: no
    need of more than was given says the dose given is enough, not that it was not needed."""
    tokens = frame.tokens
    for q, word in enumerate(tokens):
        if word not in {"not", "no", "never"}:
            continue
        ahead = tokens[q + 1 : q + 4]
        if _FURTHER.isdisjoint(ahead) or _NEED_WORDS.isdisjoint(tokens[max(0, q - 2) : q + 7]):
            continue
        if _GIVEN.isdisjoint(tokens[:q]):
            # "Babies don't need extra vitamin K" denies a need; only more than a dose given is no denial.
            continue
        reading.masked.add(q)
        reading.rules.append("no-further-need")


# Telling someone of a risk ("nobody had WARNED me", "no one TOLD us").
_WARNED = frozenset({"warned", "told", "mentioned", "said", "flagged", "cautioned", "explained"})
_HEARERS = frozenset({"me", "us", "him", "her", "them", "my", "our", "anything", "anyone"})
_THAT = frozenset({"that"})
_HEARERS_OR_THAT = _HEARERS | _THAT


@examples(
    (
        "My INR dropped from 2.8 to 1.9 within a week of starting a D3/K2 combo and nobody had warned me.",
        "k2-warfarin-interaction",
        False,
    ),
    ("No one told us that MK-7 can mess with warfarin.", "k2-warfarin-interaction", False),
    (
        "I'm on warfarin and nobody ever explained that I can keep eating salad if I eat the same amount.",
        "warfarin-avoid-greens",
        True,
    ),
)
def nobody_warned(frame: Frame, reading: Reading) -> None:
    """ "..., and nobody had warned me", "No one told us that MK-7 can mess with warfarin": a complaint that
    a warning was missing makes the warning's point, for a claim that warns; for any claim, "nobody
    explained that ..." complains that what follows went unsaid."""
    tokens = frame.tokens
    for q, word in enumerate(tokens[:-2]):
        who = 1 if word == "nobody" else 2 if tokens[q : q + 2] == ["no", "one"] else 0
        if not who:
            continue
        at = q + who + (tokens[q + who] in {"had", "has", "ever", "even", "bothered", "thought"})
        told = tokens[at : at + 2]
        # (For a claim that warns, any hearer; for another, only what was not said: "nobody ever
        # explained THAT I can still eat salad".)
        hearers = _HEARERS_OR_THAT if frame.caution else _THAT
        if len(told) == 2 and told[0] in _WARNED and told[1] in hearers:
            reading.masked.update(range(q, q + who))
            reading.rules.append("nobody-warned")
            return


@examples(
    (
        "If you want to take K2 anyway, it's harmless at normal doses, just don't expect miracles.",
        "k2-safe-usual-doses",
        False,
    ),
    ("K2 is safe at normal doses, but don't expect miracles.", "k2-safe-usual-doses", False),
    ("Don't expect miracles from K2 for your arteries.", "k2-prevents-many-diseases", True),
)
def miracles_not_harm(frame: Frame, reading: Reading) -> None:
    """ "Don't expect miracles" tempers what a supplement does for you; said beside a claim that it is safe
    ("it's harmless at normal doses, just don't expect miracles"), it denies no harm."""
    if not frame.reassures:
        return
    tokens = frame.tokens
    for q in range(len(tokens) - 2):
        if tokens[q : q + 3] == ["not", "expect", "miracles"]:
            reading.masked.add(q)
            reading.rules.append("miracles-not-harm")
            return


# What opens a concession said of something else ("..., EVEN WHEN the mother eats plenty of greens").
_EVEN_WHEN = (("even", "when"), ("even", "if"), ("even", "though"), ("even", "after"), ("even", "with"))


@examples(
    (
        "Breast milk is naturally low in vitamin K, even when the mother eats plenty of spinach and kale.",
        "breast-milk-low-vitk",
        False,
    ),
    ("Breast milk has plenty of vitamin K, even when mum eats few greens.", "breast-milk-low-vitk", True),
)
def conceded_opposite(frame: Frame, reading: Reading) -> None:
    """The claim's opposite term inside a concession after the claim is stated ("Breast milk is low in
    vitamin K, even when the mother eats PLENTY of greens"): said of something else, which the claim
    holds in spite of; it denies nothing."""
    at = frame.antonym_at
    if at is None:
        return
    stated = [q for q in frame.own if q < at and q not in frame.subject]
    if not stated:
        return
    last = max(stated)  # the claim's last word before the opposite term
    tokens = frame.tokens
    for p in range(at - 1, max(0, at - 9), -1):
        if tokens[p] in {";", ":", "but"}:
            return
        if (tokens[p - 1], tokens[p]) in _EVEN_WHEN and p - 1 > last:
            reading.antonym_hidden = True
            reading.rules.append("conceded-opposite")
            return


# What there may be plenty of besides a nutrient ("plenty of TIME to decide", "plenty of QUESTIONS").
_OTHER_PLENTY = frozenset(
    {"time", "room", "opportunity", "opportunities", "chance", "chances", "options", "questions", "support"}
    | {"information", "advice", "notice", "warning", "rest", "sleep", "water", "fluids", "people", "parents"}
)


@examples(
    (
        "Babies are born low in vitamin K, and parents have plenty of time to decide about the shot.",
        "babies-born-low-vitk",
        False,
    ),
    ("Babies are born with plenty of vitamin K.", "babies-born-low-vitk", True),
)
def plenty_of_else(frame: Frame, reading: Reading) -> None:
    """The claim's opposite term "plenty" said of time, room, questions or the like ("plenty of time to
    decide"), not of anything one eats or holds in the blood: an amount of that, which denies nothing."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or tokens[at] != "plenty" or tokens[at + 1 : at + 2] != ["of"] or at + 2 >= len(tokens):
        return
    after = at + 2
    if after in frame.content or tokens[after] not in _OTHER_PLENTY:
        return
    reading.antonym_hidden = True
    reading.rules.append("plenty-of-else")


# Words that advise against doing something ("NEVER take it on an empty stomach", "STOP swallowing it ...").
_ADVISE_AGAINST = frozenset({"never", "not", "stop", "avoid"})


@examples(
    (
        "Never swallow your K2 softgel on an empty stomach; it needs some fat to be absorbed.",
        "vitk-absorbed-with-fat",
        False,
    ),
    ("Stop swallowing your K2 on an empty stomach.", "vitk-absorbed-with-fat", False),
    ("K2 is fat-soluble: have it with dinner, never on an empty stomach.", "vitk-absorbed-with-fat", False),
    ("You don't need fat: take K2 on an empty stomach.", "vitk-absorbed-with-fat", True),
)
def empty_stomach(frame: Frame, reading: Reading) -> None:
    """ "Never take K2 on an empty stomach", "Stop swallowing it on an empty stomach": advice against
    taking the vitamin without food agrees with a claim that it is absorbed with fat; the negation is the
    advice's, not a denial."""
    tokens = frame.tokens
    for q in range(len(tokens) - 1):
        if tokens[q : q + 2] != ["empty", "stomach"] or q not in frame.own:
            continue
        for p in range(q - 1, max(-1, q - 9), -1):
            word = tokens[p]
            if word in {",", ";", ":", ".", "but", "if", "whether"} or word in {"need", "matter", "matters"}:
                break
            if word in _ADVISE_AGAINST:
                reading.masked.add(p)
                reading.rules.append("empty-stomach")
                return


@examples(
    ("Yeah right, K2 builds muscle.", "k2-builds-muscle", True),
    ("Riiight, K2 is why grandpa's bruises vanished.", "oral-k2-reduces-bruising", True),
    ("Yeah, right, K2 will help you pack on muscle.", "k2-builds-muscle", True),
)
def mocking_opener(frame: Frame, reading: Reading) -> None:
    """A sentence opened by a mocking reply ("Yeah right, ...", "Riiight, ...") says the opposite of what
    follows: the opener counts as one more negation cue."""
    tokens = frame.tokens
    if not tokens or tokens[0] not in _MOCK_FIRST:
        return
    # The opener up to its closing comma, read without the commas inside it ("Yeah, right, ...").
    end = next(
        (p for p in range(1, min(len(tokens), 5)) if tokens[p] == "," and tokens[p + 1 : p + 2] != ["right"]),
        0,
    )
    said = tuple(t for t in tokens[:end] if t != ",")
    if end and said in frame.lang.mocking and any(p > end for p in frame.content):
        reading.cues.append((0, end))
        reading.masked.update(range(end))
        reading.rules.append("mocking-opener")


_MOCK_FIRST = frozenset({"yeah", "riiight", "suuure"})


@examples(
    (
        "Taking K2 with food or without makes no difference to how much you absorb.",
        "vitk-absorbed-with-fat",
        True,
    ),
    ("Take D3 with K2 or without, it will not calcify your arteries.", "d3-without-k2-calcifies", True),
    # ... and the two arms of a comparison: "tested with and without K2".
    (
        "Nobody has tested calcium with and without K2, so the idea that K2 makes calcium pills safe is "
        "unproven.",
        "k2-offsets-calcium-supplement-risk",
        True,
    ),
)
def or_without(frame: Frame, reading: Reading) -> None:
    """ "With food or without", "compared with and without K2": the second of two alternatives is no
    absence (``with or without`` read as one phrase, the way the words "either way" would be)."""
    tokens = frame.tokens
    for p in range(2, len(tokens)):
        if tokens[p] == "without" and _either_way(tokens, p):
            reading.masked.add(p)
            reading.rules.append("or-without")
            return


@examples(
    ("Oh sure, kale is loaded with K2, right.", "leafy-greens-k2", True),
    ("Oh great, so K2 builds muscle now, apparently.", "k2-builds-muscle", True),
    ("Sure, natto is the richest source of K2, obviously.", "natto-richest-k2", True),
    ("Sure, natto is the richest source of K2, but most people hate the taste.", "natto-richest-k2", False),
    ("Sure, natto is the richest source of K2.", "natto-richest-k2", False),
    ("Right now, natto is the richest source of K2 that we know of.", "natto-richest-k2", False),
)
def sarcastic_opener(frame: Frame, reading: Reading) -> None:
    """ "Oh sure, kale is loaded with K2, right.": mock agreement at the sentence's start, with a mark of
    sarcasm after it (``sarcasm_marks``, a closing "right") and no concession ("Sure, K2 works,
    but ..."), says the opposite of what follows: the opener is a negation that always counts, and
    ``adjustments.sarcasm_turns_round`` reads it with a denial after it as the claim."""
    tokens = frame.tokens
    if not frame.content or not tokens or tokens[0] not in {"oh", "yeah", "sure", "right"}:
        return
    opener = next((o for o in _MOCK_OPENERS if tuple(tokens[: len(o)]) == o), None)
    if opener is None or tokens[len(opener) : len(opener) + 1] not in ([","], ["because"]):
        return
    after = tokens[len(opener) + 1 :]
    if not _CONCEDING.isdisjoint(after) or find(after, frame.lang.sarcastic_closes, set()):
        return
    marked = bool(after) and after[-1] in _MOCK_LAST and after[-2:-1] != ["is"]
    if marked or find(after, frame.lang.sarcasm_marks, set()):
        reading.forced.append((0, len(opener)))
        reading.masked.update(range(len(opener)))
        reading.rules.append("sarcastic-opener")


# Mock agreement that opens a sentence ("Sure, ...", "Oh great, ..."): the opener, then a comma or "because".
_MOCK_OPENERS = (("oh", "sure"), ("oh", "great"), ("yeah", "sure"), ("sure",), ("right",))
# A last word that closes the mock ("..., right.", "... Sure."; a closing "/s" is check.py's sarcasm tag), and
# the words of a concession, which "Sure," opens as often as a mock ("Sure, K2 works, but ...").
_MOCK_LAST = frozenset({"right", "sure", "totally"})
_CONCEDING = frozenset({"but", "though", "although", "however", "yet", "still", "granted"})


# Words of a reason after a colon that sets the claim against something else ("...: it's ALMOST all K1",
# "...: MK-7 lasts longer, BUT nobody has shown ...", "...: EVEN supermarket Gouda is high in K2").
_COUNTERPOINTS = frozenset(
    {"but", "only", "rather", "instead", "while", "whereas", "even", "almost", "failed", "fails", "too"}
)


@examples(
    (
        "Don't let the price put you off: natto is the richest food source of vitamin K2.",
        "natto-richest-k2",
        False,
    ),
    (
        "Why more protein is not the whole answer: K2 matters more than protein for muscle growth.",
        "k2-more-important-than-protein",
        False,
    ),
    ("Not true: spinach is loaded with vitamin K2.", "leafy-greens-k2", True),
    (
        "Breastfeeding does not change your vitamin K needs: grown women still need about 90 micrograms "
        "a day.",
        "vitk-adequate-intake",
        False,
    ),
    ("Why vitamin K2 will not build muscle: it has no anabolic effect.", "k2-builds-muscle", True),
    (
        "Things K2 will not do, in short: clear the plaque out of your arteries or reverse calcification.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    (
        "Never skip it: one vitamin K shot at birth protects a newborn from dangerous bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    ("Don't count on spinach for K2: the vitamin K in greens is almost all K1.", "leafy-greens-k2", True),
)
def colon_lead_in(frame: Frame, reading: Reading) -> None:
    """A lead-in before a colon that does not name the claim's subject ("Don't let the price put you off:
    natto is ...", "Why more protein isn't the answer: ...") is a remark of its own: a negation in it
    reaches no claim word after the colon. A short label ("Myth:", "Not true:") and a lead-in that opens
    on "what" or "things" ("What the trials didn't find: ...", "Things K2 will not do: ...") judge what
    follows, and keep their cue."""
    lead = frame.lead
    tokens = frame.tokens
    if lead <= 3 or lead >= len(tokens) or tokens[0] in {"what", "one", "something", "nothing", "things"}:
        return
    if not any(p >= lead for p in frame.content):
        return
    stated = frame.own - frame.subject
    # A lead-in that names the subject keeps its negation, unless what follows the colon states clearly
    # more of the claim with no negation ("Pregnancy doesn't raise your needs: women still need 90 mcg").
    elaborated = (
        sum(1 for p in stated if p >= lead) >= sum(1 for p in stated if p < lead) + 2
        and not find(tokens[lead:], frame.lang.cues, set())
        # ("Don't count on spinach for K2: the vitamin K in greens is almost all K1": a reason that sets
        # the claim against something else explains the denial; it does not state the claim.)
        and _COUNTERPOINTS.isdisjoint(tokens[lead:])
    )
    if any(p < lead for p in frame.subject) and not elaborated:
        return
    for start, end in find(tokens[:lead], frame.lang.cues, reading.masked):
        # "Don't skip it: the injection protects ...": a negated opposite term is one double negative,
        # advice for what follows, which the lead-in keeps.
        if any(end <= p < min(lead, end + 2) for p in frame.opposites):
            continue
        if elaborated or not any(end <= p < lead for p in frame.own):
            reading.masked.update(range(start, end))
            reading.rules.append("colon-lead-in")


@examples(
    ("Taking vitamin K2 alongside warfarin is completely risk-free.", "k2-warfarin-interaction", True),
    ("Combining vitamin K2 with warfarin is not risk-free.", "k2-warfarin-interaction", False),
)
def free_of_own_word(frame: Frame, reading: Reading) -> None:
    """ "Risk-free": against a claim that warns of a harm, "free" after the claim's own word for it denies
    the harm, like "no risk"; "not risk-free" is one double negative, which says there is a risk. (For a
    claim that something prevents a harm, "wrinkle-free" states it.)"""
    if not frame.caution:
        return
    tokens = frame.tokens
    for p in sorted(frame.own):
        if tokens[p + 1 : p + 2] != ["free"] or p + 1 in frame.own or tokens[p] not in frame.lang.harm:
            continue
        before = p - 1 - (tokens[p - 1 : p] in (["entirely"], ["completely"], ["totally"], ["quite"]))
        if before >= 0 and tokens[before] in {"not", "never"}:
            reading.masked.add(before)
        else:
            reading.cues.append((p + 1, p + 2))
        reading.masked.add(p + 1)
        return


@examples(
    ("Vitamin K2 is non-toxic even at high doses.", "k2-toxic-high-dose", True),
    ("This non-GMO MK-7 supports strong, healthy bones.", "vitk-important-bone-health", False),
    (
        "Vitamin K acts through carboxylation of matrix Gla protein and through non-carboxylation routes.",
        "vitk-activates-mgp",
        False,
    ),
    (
        "K2 cut hip fractures and non-vertebral fractures in the Japanese trials.",
        "k2-prevents-fractures",
        False,
    ),
)
def non_prefix(frame: Frame, reading: Reading) -> None:
    """ "Non-toxic": "non" right before one of the claim's own words denies it; before any other word
    ("non-GMO") it only describes a product, and before a word the sentence also states without it
    ("through carboxylation ... and through non-carboxylation routes") it names another kind."""
    tokens = frame.tokens
    if "non" not in tokens:
        return
    for p in range(len(tokens) - 1):
        if tokens[p] != "non" or p + 1 not in frame.own or p in reading.masked:
            continue
        word = tokens[p + 1]
        if any(q != p + 1 and tokens[q] == word and tokens[q - 1 : q] != ["non"] for q in frame.own):
            continue
        # "cut hip fractures and non-vertebral fractures": "non" marks a kind of a noun the sentence also
        # names without it, not a denial.
        noun = tokens[p + 2] if p + 2 in frame.own else None
        if noun is not None and any(q != p + 2 and tokens[q] == noun for q in frame.own):
            continue
        reading.cues.append((p, p + 1))
        reading.masked.add(p)
        reading.rules.append("non-prefix")


_EQUALLY = frozenset({"well", "good", "effective", "much", "strong", "protective", "long", "fast", "far"})
_DOING = frozenset({"did", "does", "do", "works", "work", "performs", "is", "are", "was", "were", "lasts"})


@examples(
    ("D3 on its own did as well as D3 plus K2 for bone density.", "d3-k2-better-than-d3-bone", True),
    ("Vitamin K2 is absorbed as well as K1, no better.", "k2-better-absorbed-than-k1", True),
    ("K1 works in bone and blood vessels just as well as K2 does.", "k2-reaches-extrahepatic-tissues", True),
    (
        "Vitamin K2 supports bones as well as arteries, and it is absorbed better than K1 from food.",
        "k2-better-absorbed-than-k1",
        False,
    ),
)
def equal_to_comparison(frame: Frame, reading: Reading) -> None:
    """Against a claim that one thing beats another, "did as well as", "works just as well as" between
    the two sides says neither wins: it denies the comparison. ("Bones as well as arteries", a list, has
    no verb before it.)"""
    if not frame.comparative:
        return
    tokens = frame.tokens
    for p in range(1, len(tokens) - 2):
        if tokens[p] != "as" or tokens[p + 1] not in _EQUALLY or tokens[p + 2] != "as":
            continue
        just = tokens[p - 1] in {"just", "equally"}
        verb = p - 1 - just
        if verb < 0 or not (tokens[verb] in _DOING or tokens[verb].endswith("ed")):
            # "works in bone and vessels just as well as K2": with "just", the verb may stand further back.
            verb = next(
                (
                    q
                    for q in range(p - 2, max(-1, p - 8), -1)
                    if tokens[q] in _DOING or tokens[q] in {",", ";"}
                ),
                -1,
            )
            if not just or verb < 0 or tokens[verb] in {",", ";"}:
                continue
        if any(q < p for q in frame.content) and any(q > p + 2 for q in frame.content):
            reading.cues.append((p, p + 1))
            reading.masked.update((p, p + 1, p + 2))
            reading.rules.append("equal-to-comparison")
        return


@examples(
    ("If K2 really cured cancer, every oncologist would prescribe it.", "k2-treats-cancer", True),
    (
        "If you really want strong bones, vitamin K would be a good addition to your diet.",
        "vitk-important-bone-health",
        False,
    ),
)
def counterfactual(frame: Frame, reading: Reading) -> None:
    """ "If K2 really cured cancer, every oncologist would prescribe it": a claim put in a condition the
    writer doubts ("if ... really"), with "would" after it, is denied."""
    tokens = frame.tokens
    if tokens[:1] != ["if"] or "would" not in tokens or not frame.subject:
        return
    comma = next((p for p in range(1, len(tokens)) if tokens[p] == ","), None)
    doubt = next((p for p in range(1, min(len(tokens), 6)) if tokens[p] in {"really", "truly"}), None)
    if comma is None or doubt is None or doubt > comma or "would" not in tokens[comma:]:
        return
    if any(p < comma for p in frame.subject) and any(doubt < p < comma for p in frame.own):
        reading.cues.append((doubt, doubt + 1))
        reading.masked.add(doubt)
        reading.rules.append("counterfactual")


@examples(
    (
        "Why would a newborn be born short of vitamin K? Did the Creator simply forget to include it?",
        "babies-born-low-vitk",
        True,
    ),
    ("Why would K2 build muscle? Show me one trial.", "k2-builds-muscle", True),
    (
        "Why would natto be the best source of K2? Because it is fermented.",
        "natto-richest-k2",
        False,
    ),
)
def rhetorical_why(frame: Frame, reading: Reading) -> None:
    """ "Why would a newborn be born short of vitamin K? Did the Creator forget it?": a question that asks
    why something would be so, its claim's words after the "would", puts it as absurd, which denies it
    (unlike "Why is ...?", which asks for the reason of what it takes as so, and unlike a question the
    next sentence answers with its reason: "Why would natto be the best source? Because ...")."""
    tokens = frame.tokens
    start = 3 if tokens[1:3] == ["on", "earth"] else 1
    if tokens[:1] != ["why"] or tokens[start : start + 1] != ["would"]:
        return
    end = next((p for p in range(start, len(tokens)) if tokens[p] in {"?", ".", "!", ";"}), len(tokens))
    if tokens[end + 1 : end + 2] in (["because"], ["the"]) or tokens[end + 1 : end + 3] == ["it", "is"]:
        return
    if any(start < p < end for p in frame.own):
        reading.cues.append((0, 1))
        reading.rules.append("rhetorical-why")


# Verbs of a reader's belief that an "If you think ..." opens, and the retorts after its comma that tell the
# reader the belief is wrong ("..., think again", "..., I have bad news for you").
_BELIEVING = frozenset(
    {"think", "thought", "believe", "believed", "expect", "reckon", "imagine", "assume", "hope"}
)
_RETORTS = phrases(
    "think again",
    "bad news",
    "you are wrong",
    "you are mistaken",
    "be disappointed",
    "dream on",
    "sorry to disappoint",
    "not so fast",
)


@examples(
    (
        "If you think you can skip the squat rack and let vitamin K2 do the work, I have bad news for you.",
        "k2-replaces-exercise",
        True,
    ),
    (
        "If you believe K2 will melt plaque out of your arteries, you are wrong.",
        "k2-reverses-arterial-calcification",
        True,
    ),
    ("If you think K2 builds muscle, you will see it does not.", "k2-builds-muscle", True),
    ("If you think your bones need vitamin K, you are right.", "vitk-important-bone-health", False),
)
def retorted_belief(frame: Frame, reading: Reading) -> None:
    """ "If you think K2 will do the work, I have bad news for you": a belief the writer puts to the reader
    and answers with a retort after the comma (``_RETORTS``) is denied."""
    tokens = frame.tokens
    if tokens[:2] != ["if", "you"] or len(tokens) < 6:
        return
    verb = 3 if tokens[2] in {"really", "still", "honestly", "seriously"} else 2
    if tokens[verb] not in _BELIEVING:
        return
    comma = next((p for p in range(verb, len(tokens)) if tokens[p] == ","), None)
    if comma is None or not any(verb < p < comma for p in frame.own):
        return
    if find(tokens[comma + 1 : comma + 9], _RETORTS, set()):
        reading.cues.append((verb, verb + 1))
        reading.rules.append("retorted-belief")


# Words that turn from a finding to what came of it ("..., BUT later studies found no such link", "..., even
# THOUGH every study since has found no such risk").
_TURNS = frozenset({"but", "yet", "however", "though", "although"})
# ... of which these concede the finding rather than contest it, and the research after them must be later
# ("SINCE", "LATER", "LARGER", "EVERY study") to knock it down.
_CONCESSIONS = frozenset({"though", "although", "yet"})
_LATER = frozenset(
    {"since", "later", "subsequent", "larger", "bigger", "every", "all", "newer", "follow", "following"}
)


# Research that tried and failed ("later trials FAILED TO find it", "failed to replicate it").
_FAILED = frozenset({"failed", "fail", "fails"})


def _fails_again(verb: list[str]) -> bool:
    """Whether the verb after "failed to" looks for the finding again ("find", "show", "replicate")."""
    return bool(verb) and (verb[0] in {"find", "show", "detect"} or verb[0] in _FAILED_TEST)


@examples(
    (
        "A 1992 paper suggested injected vitamin K might be tied to childhood cancer, yet the bigger studies "
        "that followed failed to find any such link.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "A 1992 study linked the vitamin K injection to leukaemia, but later studies found no such link.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "In the early 1990s one study raised the possibility of a link between the vitamin K shot and "
        "childhood leukaemia, but much larger studies since then have found none.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "One trial found that K2 eased night cramps, but the researchers could not replicate it.",
        "k2-nocturnal-leg-cramps",
        True,
    ),
    (
        "In 1992 a small study suggested a link between the injection and childhood cancer, but larger "
        "studies since then haven't found one.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Some parents fear leukaemia because of one old study, even though every study since has found no "
        "such risk from the injection.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "A few trials found MK-7 made arteries slightly less stiff, though a kidney trial found nothing.",
        "k2-reduces-arterial-stiffness",
        False,
    ),
)
def refuted_finding(frame: Frame, reading: Reading) -> None:
    """A finding reported in its own clause ("a 1992 study linked the shot to leukaemia") and knocked down
    after "but" by research that found nothing or could not repeat it ("..., but later studies found no
    such link") is denied, although the denial sits outside the claim's clause. After "though" or "yet" the
    research must be later than the finding ("..., even though every study SINCE has found no such risk"):
    "A few trials found it, though another found nothing" tells of mixed findings."""
    tokens = frame.tokens
    if not frame.content or _TURNS.isdisjoint(tokens):
        return
    first, last = min(frame.content), max(frame.content)
    turn = next((p for p in range(last + 1, len(tokens)) if tokens[p] in _TURNS), None)
    conceded = turn is None or tokens[turn] in _CONCESSIONS
    if turn is None:
        # "..., even though every study since has found no such risk from the INJECTION": the claim's last
        # word may come after the turn.
        turn = next((p for p in range(first + 1, len(tokens)) if tokens[p] in _CONCESSIONS), None)
        if turn is None:
            return
    # The finding: reported ("a 1992 study linked ..."), or the study named before the turn ("Some parents
    # fear leukaemia because of one old study, even though ...").
    study_named = not _SEEKERS.isdisjoint(tokens[max(0, first - 12) : turn if conceded else first])
    if not (_reported(frame) or study_named):
        return
    for q in range(turn + 1, min(len(tokens), turn + 12)):
        # "could not replicate it", "have not found one" (the finding, looked for again).
        looked = tokens[q + 1 : q + 2] in (["found"], ["find"])
        retried = looked or not _FAILED_TEST.isdisjoint(tokens[q + 1 : q + 3])
        failed = tokens[q] in {"not", "never"} and retried
        # "..., yet the bigger studies that followed failed to find any such link".
        failed = failed or (
            tokens[q] in _FAILED and tokens[q + 1 : q + 2] == ["to"] and _fails_again(tokens[q + 2 : q + 3])
        )
        if not (_found_nothing(tokens, q) or failed):
            continue
        if conceded and _LATER.isdisjoint(tokens[turn:q]):
            return
        reading.forced.append((q, q + 1))
        reading.masked.add(q)
        reading.rules.append("refuted-finding")
        return


# What research looked for and did not find ("found no LINK with leukaemia").
_LINKS = frozenset({"link", "links", "connection", "association", "sign", "evidence", "increase"})
_CLOSERS = frozenset({";", ".", "but", "!", "?"})


@examples(
    (
        "Hospitals can safely go back to injecting newborns with vitamin K; two new studies found no link "
        "with leukaemia.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    (
        "Newborns get vitamin K injections; studies found no link with leukaemia.",
        "vitk-shot-causes-leukemia",
        True,
    ),
)
def link_not_found(frame: Frame, reading: Reading) -> None:
    """A later clause in which research found no link to a word of the claim ("...; two new studies found
    no link with leukaemia") denies the link the claim makes, although the clause that names most of the
    claim's words says something else (that the shot is given)."""
    tokens = frame.tokens
    end = frame.clause[1]
    for q in range(end, len(tokens) - 2):
        if not _found_nothing(tokens, q) or tokens[q + 1] not in _LINKS:
            continue
        stop = next((p for p in range(q, len(tokens)) if tokens[p] in _CLOSERS), len(tokens))
        # The linked word follows the link closely ("no link WITH LEUKAEMIA", not "with the type of birth").
        if any(q + 1 < p < min(stop, q + 5) and p not in frame.subject for p in frame.content):
            reading.forced.append((q, q + 1))
            reading.masked.add(q)
            reading.rules.append("link-not-found")
            return


# Where a finding was made that is not a person ("in MICE, not in people", "in a petri DISH").
_LAB_SUBJECTS = frozenset(
    {
        "mice",
        "mouse",
        "rats",
        "rat",
        "animals",
        "animal",
        "cells",
        "cell",
        "dish",
        "dishes",
        "tubes",
        "tube",
        "lab",
        "laboratory",
        "vitro",
        "flies",
        "worms",
        "rodents",
        "rodent",
    }
)
# People, where the finding is said not to hold ("not in PEOPLE", "never in HUMANS").
_PEOPLE = frozenset({"people", "humans", "human", "patients", "adults", "men", "women", "us"})


# The kinds of evidence a lab-only finding is set against ("not on TRIALS in people").
_PEOPLE_EVIDENCE = (["trials"], ["studies"], ["research"])


def _people_after(tokens: list[str], q: int) -> bool:
    """Whether the negation at ``q`` is followed by "in people" ("not in humans", "not yet in people",
    "never in real patients"); "never been tested in people" says it was not tried, not that it failed."""
    at = q + 1 + (tokens[q + 1 : q + 2] in (["yet"], ["really"], ["ever"]))
    # "rests on cell and animal studies, not ON TRIALS in people": the kind of evidence, then who.
    if tokens[at : at + 1] in (["on"], ["from"], ["in"]) and tokens[at + 1 : at + 2] in _PEOPLE_EVIDENCE:
        at += 2
    return tokens[at : at + 1] == ["in"] and not _PEOPLE.isdisjoint(tokens[at + 1 : at + 3])


# Who a quantity may count instead of the nutrient ("PLENTY of kids are low in K2").
_GROUPS = _PEOPLE | frozenset({"kids", "children", "folks", "americans", "mums", "moms", "mothers", "babies"})


@examples(
    ("Plenty of people are short on K2 without realising it.", "most-people-need-k2-supplement", False),
    (
        "Recent studies hint that plenty of kids are running low on K2 too.",
        "most-people-need-k2-supplement",
        False,
    ),
    (
        "Most people get plenty of K2 from food and need no supplement.",
        "most-people-need-k2-supplement",
        True,
    ),
)
def counted_people(frame: Frame, reading: Reading) -> None:
    """ "Plenty of people are short on K2": an opposite term of quantity that counts people ("plenty of",
    "lots of") says how many are short, not that anyone has enough."""
    at = frame.antonym_at
    tokens = frame.tokens
    if at is None or tokens[at] not in {"plenty", "lots"} or tokens[at + 1 : at + 2] != ["of"]:
        return
    if tokens[at + 2 : at + 3] and tokens[at + 2] in _GROUPS:
        reading.masked.add(at)
        reading.antonym_hidden = True


# Who can run short of the vitamin ("a BABY that is not getting enough vitamin K").
_BODIES = _GROUPS | frozenset(
    {"baby", "newborn", "newborns", "infant", "infants", "child", "body"}
    | {"person", "patient", "someone", "you"}
)
# Having or taking in the vitamin ("does not HAVE enough", "isn't GETTING enough").
_TAKING_IN = frozenset({"have", "has", "having", "get", "gets", "getting", "got", "receive", "receiving"})


@examples(
    (
        "A newborn who does not have enough vitamin K can bleed, which is why the shot is recommended.",
        "newborn-vitk-shot",
        False,
    ),
    ("A baby who isn't getting enough vitamin K is at risk of bleeding.", "newborn-vitk-shot", False),
    ("Most people get enough vitamin K from food.", "vitk-deficiency-common", True),
)
def short_of_it(frame: Frame, reading: Reading) -> None:
    """ "A baby who does not have enough vitamin K", "people who don't get enough": a person short of the
    vitamin is a shortage the sentence tells of, not a denial of the claim. Where "enough" is the claim's own
    or opposite term ("Spinach doesn't have enough K2 to count", of a food), the rules read it as they did."""
    tokens = frame.tokens
    for q, word in enumerate(tokens[:-2]):
        if word != "not" or tokens[q + 1] not in _TAKING_IN or tokens[q + 2] != "enough":
            continue
        if q + 2 in frame.own or frame.antonym_at == q + 2:
            continue
        if _BODIES.isdisjoint(tokens[max(0, q - 4) : q]):
            continue
        reading.masked.add(q)
        reading.rules.append("short-of-it")


@examples(
    (
        "Vitamin K2 showed anti-tumour activity against liver cancer cells in a petri dish and in mice, "
        "not in people.",
        "k2-treats-cancer",
        True,
    ),
    ("K2 builds muscle in rats but not in humans.", "k2-builds-muscle", True),
    (
        "Some sellers hint that K2 keeps cancer at bay, but that rests on cell and animal studies, not on "
        "trials in people.",
        "k2-prevents-cancer",
        True,
    ),
    ("K2 cured cancer in cell studies, but never in humans.", "k2-treats-cancer", True),
    ("K2 doesn't build muscle in people, only in mice.", "k2-builds-muscle", True),
    (
        "MK-4 made muscle cells multiply in a dish, not in people.",
        "mk4-muscle-cell-proliferation",
        False,
    ),
)
def lab_only(frame: Frame, reading: Reading) -> None:
    """A finding said to hold in animals or cells and not in people ("in mice, not in people", "in cell
    studies, but never in humans") denies a claim about people; a claim about cells is stated by it. A
    sentence with a denial of its own is left to the other rules."""
    tokens = frame.tokens
    if frame.lab or not frame.content or _LAB_SUBJECTS.isdisjoint(tokens):
        return
    first = min(frame.content)
    for q in range(first + 1, len(tokens)):
        if tokens[q] not in {"not", "never"} or not _people_after(tokens, q):
            continue
        cues = find(tokens, frame.lang.cues, reading.masked)
        if all(c[0] == q for c in cues) and not _LAB_SUBJECTS.isdisjoint(tokens[:q]):
            reading.forced.append((q, q + 1))
            reading.masked.add(q)
            reading.rules.append("lab-only")
        return


@examples(
    ("Lots of people believe you can't eat greens on warfarin, but you can.", "warfarin-avoid-greens", True),
)
def echoed_rebuttal(frame: Frame, reading: Reading) -> None:
    """A reported claim that holds a negation of its own ("people think you can't eat greens"), answered at
    the end by a bare auxiliary that says the opposite ("..., but you can"), is denied."""
    tokens = frame.tokens
    if not tokens or frame.lang.negative_aux.isdisjoint(tokens[-2:]):
        return  # the sentence must end on a bare auxiliary ("..., but you can")
    words = [p for p, t in enumerate(tokens) if t not in {",", ".", "!", ";"}]
    if len(words) < 6 or tokens[words[-1]] not in frame.lang.negative_aux or not frame.content:
        return
    echo = words[-1]
    lead = echo - 1 - (tokens[echo - 1] in {"totally", "really", "actually", "absolutely", "definitely"})
    if tokens[lead] not in {"you", "u", "we", "they", "it", "people"} or not _reported(frame):
        return
    negated_own = any(tokens[p] in frame.lang.negation_words for p in frame.own)
    if negated_own and all(p < lead for p in frame.content) and "," in tokens[max(frame.content) : lead]:
        reading.forced.append((echo, echo + 1))
        reading.masked.add(echo)
        reading.rules.append("echoed-rebuttal")


# What a closing "X does not" may stand on: a pointer back to the claim, or the vitamin named again.
_ELLIPSIS_SUBJECTS = frozenset({"it", "this", "that", "they", "vitamin"})


@examples(
    ("Vitamins A and D carry a real overdose risk; natural vitamin K does not.", "k2-toxic-high-dose", True),
    (
        "Don't put off the dentist because someone online claimed K2 reverses tooth decay; it doesn't.",
        "k2-prevents-cavities",
        True,
    ),
    ("Protein builds muscle, K2 doesn't.", "k2-builds-muscle", True),
    ("K2 builds muscle, but whey doesn't.", "k2-builds-muscle", False),
    ("Some say K2 eases night cramps, and it may or may not.", "k2-nocturnal-leg-cramps", False),
    (
        "Some patients assume rivaroxaban is just as sensitive to vitamin K as warfarin, but it isn't.",
        "doacs-unaffected-by-vitk",
        False,
    ),
    (
        "Ignore posts telling you to stop vitamin K because it forms clots; in healthy people it doesn't.",
        "k2-causes-blood-clots",
        True,
    ),
    (
        "Plenty of warfarin patients still believe they have to give up salad, and that simply isn't so.",
        "warfarin-avoid-greens",
        True,
    ),
)
def elliptical_denial(frame: Frame, reading: Reading) -> None:
    """A closing clause of a subject and a negated auxiliary alone ("...; it doesn't", "...; natural
    vitamin K does not") takes back the predicate said before it: it denies the claim when its subject
    points back to the claim's or names it. Another subject there ("..., but whey doesn't") denies it of
    that one only."""
    tokens = frame.tokens
    words = [p for p, t in enumerate(tokens) if t not in {".", "!"}]
    if len(words) > 6 and tokens[words[-1]] in {"so", "true"} and tokens[words[-2]] == "not":
        # "..., and that simply isn't so": the same, with "so" or "true" after the negation.
        words = words[:-1]
    if len(words) < 6 or tokens[words[-1]] != "not" or tokens[words[-2]] not in _ELLIPSIS_AUX:
        return
    aux = words[-2]
    # The closing clause may open on a few words of its own ("...; in healthy people it doesn't").
    stop = next(
        (p for p in range(aux - 1, max(0, aux - 7), -1) if tokens[p] in {";", ",", "but", ".", "and"}), None
    )
    if stop is None or not frame.content or max(frame.content) >= stop or "or" in tokens[stop:aux]:
        return
    start, end = frame.clause
    if frame.antonym_at is not None or find(tokens[start:end], frame.lang.cues, set()):
        # "... assume rivaroxaban is as sensitive to vitamin K as warfarin, but it isn't": the closing
        # denial takes back an opposite said before it, which states the claim.
        return
    said = range(stop + 1, aux)
    if any(tokens[p] in _ELLIPSIS_SUBJECTS or p in frame.subject for p in said):
        reading.forced.append((words[-1], words[-1] + 1))
        reading.masked.add(words[-1])
        reading.rules.append("elliptical-denial")


@examples(
    (
        "Above roughly 100 mcg a day, more vitamin K intake brought older adults no further gain in "
        "muscle mass.",
        "vitk-intake-muscle-association",
        False,
    ),
    (
        "More vitamin K brought older adults no gain in muscle mass at all.",
        "vitk-intake-muscle-association",
        True,
    ),
)
def plateau(frame: Frame, reading: Reading) -> None:
    """ "Beyond 60 mcg a day, more brought no further gain": past a threshold, "no further" says the gain
    levels off, which grants it below the threshold; it does not deny the claim."""
    tokens = frame.tokens
    if "no" not in tokens:
        return
    for p in range(len(tokens) - 1):
        if tokens[p] != "no" or tokens[p + 1] not in {"further", "additional", "extra"}:
            continue
        threshold = next((q for q in range(p) if tokens[q] in {"beyond", "above", "past", "over"}), None)
        if threshold is not None and any(t[:1].isdigit() for t in tokens[threshold : threshold + 4]):
            reading.masked.add(p)
            reading.rules.append("plateau")


# "it is what / how / why ...": a free relative, not a focus ("it's what keeps calcium out of the heart").
_FREE_RELATIVE = frozenset({"what", "how", "why", "where", "when", "which"})
# A focus that points back at the subject named before ("MK-4 ... it's THE FORM that actually sits in muscle
# tissue", "it's ONE TINY POKE that prevents a bleed"): a general noun after "the", or "one" and a noun.
# ("It's AN OVERSIMPLIFICATION that ..." judges.)
_POINTING_NOUNS = frozenset(
    {"form", "one", "type", "kind", "stuff", "version", "vitamin", "nutrient", "thing", "supplement"}
)


def _focus_points_back(focus: list[str]) -> bool:
    """Whether a cleft's focus points back at the subject rather than naming something else."""
    if not focus:
        return False
    if focus[0] == "one":
        return True
    return focus[0] == "the" and len(focus) >= 2 and focus[-1] in _POINTING_NOUNS


@examples(
    (
        "Many confuse vitamin D with K2: it is D that raises calcium absorption.",
        "k2-increases-calcium-absorption",
        True,
    ),
    ("It is K2 that switches on osteocalcin.", "k2-activates-osteocalcin", False),
    (
        "Don't skip the vitamin K shot; it is one small jab that can stop a bleed in your baby's brain.",
        "newborn-vitk-shot",
        False,
    ),
    (
        "Don't take calcium pills without K2 - it's the K2 that stops that calcium from clogging arteries.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
    ("For muscle, pick MK-4: it's the form that sits in muscle tissue.", "mk4-better-than-mk7-muscle", False),
    # "it is what keeps ...": a free relative points back at the subject; no other thing is in focus.
    (
        "Never take calcium pills without K2 - it's what keeps that calcium from hurting your heart.",
        "k2-offsets-calcium-supplement-risk",
        False,
    ),
)
def cleft_other(frame: Frame, reading: Reading) -> None:
    """ "..., it is D that boosts calcium absorption": a cleft that puts something else in focus, with the
    claim's subject named elsewhere, gives the claim's predicate to that other thing and denies it of the
    subject."""
    tokens = frame.tokens
    if "it" not in tokens or not frame.subject:
        return
    for p in range(len(tokens) - 3):
        if tokens[p : p + 2] != ["it", "is"] or tokens[p + 2] in _FREE_RELATIVE:
            continue
        that = next((q for q in range(p + 3, min(len(tokens), p + 6)) if tokens[q] in {"that", "who"}), None)
        # The focus names the claim's own thing ("it is one small jab that can stop a bleed", "it's the K2
        # that stops ..."): no other.
        subject_words = {tokens[q] for q in frame.subject}
        if (
            that is None
            or any(p + 2 <= q < that for q in frame.own)
            or subject_words.intersection(tokens[p + 2 : that])
            or "," in tokens[p + 2 : that]
            or _focus_points_back(tokens[p + 2 : that])
        ):
            continue
        if any(q > that for q in frame.own - frame.subject) and any(q < p for q in frame.subject):
            reading.cues.append((p, p + 1))
            reading.masked.add(p)
            reading.rules.append("cleft-other")
        return


@examples(
    ("On warfarin your vitamin K intake can vary as much as you like.", "warfarin-consistent-vitk", True),
    (
        "On warfarin, do not let your vitamin K intake vary much from week to week.",
        "warfarin-consistent-vitk",
        False,
    ),
)
def free_to_drift(frame: Frame, reading: Reading) -> None:
    """Against a claim that an amount must stay steady, leave for it to drift ("your intake can swing as
    much as you like") denies it."""
    if not frame.caution:
        return
    tokens = frame.tokens
    for p, word in enumerate(tokens):
        if word not in frame.lang.drifts or p < 1 or tokens[p - 1] not in {"can", "may"}:
            continue
        after = " ".join(tokens[p + 1 : p + 5])
        if after.startswith(("as much as", "freely", "all you like", "however you like")):
            reading.cues.append((p, p + 1))
            reading.masked.add(p)
            reading.rules.append("free-to-drift")
            return


@examples(
    (
        "When reviewers kept only the better K2 trials, the apparent gains in bone density disappeared.",
        "k2-increases-bone-density",
        True,
    ),
    ("Since I started K2 my night cramps have pretty much vanished.", "k2-nocturnal-leg-cramps", False),
)
def benefit_vanished(frame: Frame, reading: Reading) -> None:
    """ "The gains in bone density disappeared once the weaker trials were set aside": a benefit reported
    gone is none, and denies the claim. What vanishes for a claim that relieves something ("my cramps
    vanished") is the complaint, not a benefit, and says the claim."""
    tokens = frame.tokens
    lang = frame.lang
    if lang.vanishing.isdisjoint(tokens):
        return
    for p, token in enumerate(tokens):
        if token in lang.vanishing and any(t in lang.benefits for t in tokens[max(0, p - 6) : p]):
            reading.cues.append((p, p + 1))
            reading.rules.append("benefit-vanished")
            return


@examples(
    (
        "Men, but not women, who ate more vitamin K carried more muscle.",
        "vitk-intake-muscle-association",
        False,
    ),
    ("In older women, and not in the young, MK-7 slowed bone loss.", "k2-slows-bone-loss", False),
    ("Vitamin D, but not K2, slowed bone loss in the trial.", "k2-slows-bone-loss", True),
    ("Taking K2 does not slow bone loss, but not everyone agrees.", "k2-slows-bone-loss", True),
)
def excepted_aside(frame: Frame, reading: Reading) -> None:
    """ ", but not women," set between commas: who the finding leaves out, not a denial of it. The aside
    holds at most three words and none of the claim's own ("Vitamin D, but not K2, slowed bone loss"
    denies it of K2)."""
    tokens = frame.tokens
    for p in range(2, len(tokens) - 2):
        if tokens[p] != "not" or tokens[p - 1] not in {"but", "and"} or tokens[p - 2] != ",":
            continue
        close = next((q for q in range(p + 1, min(p + 5, len(tokens))) if tokens[q] == ","), None)
        if close is None or close == p + 1 or any(q in frame.content for q in range(p + 1, close)):
            continue
        reading.masked.add(p)
        reading.rules.append("excepted-aside")


# Who a recommendation leaves out ("just not TO ANYONE on warfarin", "but not FOR PEOPLE taking it").
_LEFT_OUT = frozenset({"anyone", "anybody", "people", "those", "patients", "someone", "users", "folks"})


@examples(
    (
        "I suggest it to patients with cramps, just not to anyone on warfarin, where it can throw the INR "
        "off.",
        "k2-warfarin-interaction",
        False,
    ),
    (
        "I recommend MK-7 to most of my patients, but not to anyone taking warfarin.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is not a problem for people on warfarin.", "k2-warfarin-interaction", True),
    ("Is K2 safe? Not for people on warfarin.", "k2-warfarin-interaction", False),
)
def left_out_group(frame: Frame, reading: Reading) -> None:
    """ "... just not to anyone on warfarin": where the claim warns, a "not" that leaves a group out of a
    recommendation, the group named by the claim's words a few words on ("on WARFARIN"), is the warning
    itself, not a denial of it. An opposite term of the warning said before it ("safe, just not for
    people on warfarin") is what the group is left out of: it denies nothing either."""
    tokens = frame.tokens
    if not frame.caution or "not" not in tokens:
        return  # most frames: no "not" to leave anyone out
    for p in range(len(tokens) - 3):
        if (
            tokens[p] == "not"
            and tokens[p + 1] in {"to", "for"}
            and tokens[p + 2] in _LEFT_OUT
            and any(q in frame.content for q in range(p + 3, min(p + 7, len(tokens))))
        ):
            reading.masked.add(p)
            reading.rules.append("left-out-group")
            if frame.antonym_at is not None and frame.antonym_at < p:
                reading.antonym_hidden = True


# "... into your bones and away from your arteries, where it doesn't belong": a clause that says a place
# is the wrong one for the thing named before it.
_PLACE_WORDS = frozenset({"where", "which"})
_WRONG_PLACE = frozenset({"belong", "belongs"})


@examples(
    (
        "It steers calcium into your bones and away from your artery walls, where it doesn't belong.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    (
        "K2 keeps calcium in the bones, not in the arteries where it does not belong.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    (
        "K2 does not move calcium out of the arteries, where it doesn't belong.",
        "k2-directs-calcium-bones-not-arteries",
        True,
    ),
)
def out_of_place(frame: Frame, reading: Reading) -> None:
    """ "where it doesn't belong" after a place: the place is the wrong one for what was named, which is
    what the sentence keeps it out of, not a denial of the sentence."""
    tokens = frame.tokens
    if _WRONG_PLACE.isdisjoint(tokens):
        return  # most sentences: one set test instead of a scan
    for p in range(1, len(tokens) - 1):
        if tokens[p] != "not" or tokens[p + 1] not in _WRONG_PLACE:
            continue
        head = next((q for q in range(p - 1, max(p - 5, -1), -1) if tokens[q] in _PLACE_WORDS), None)
        if head is None:
            continue
        reading.masked.add(p)
        reading.rules.append("out-of-place")


@examples(
    (
        "Most Americans run low on vitamin K, because almost nobody here eats natto.",
        "vitk-deficiency-common",
        False,
    ),
    (
        "Vitamin K deficiency is common, they say, but it is rare in healthy adults.",
        "vitk-deficiency-common",
        True,
    ),
)
def reason_antonym(frame: Frame, reading: Reading) -> None:
    """An opposite term that opens the reason given after the claim ("Most Americans run low on vitamin
    K, because almost nobody eats natto") is the reason's own subject, not said of the claim stated
    before it; an opposite later in the reason ("..., because it changes how the drug works") may be
    the claim's."""
    at = frame.antonym_at
    if at is None:
        return
    tokens = frame.tokens
    reason = at - 1
    # The opposite opens the reason as its subject ("because almost nobody ...").
    if reason < 1 or tokens[reason] not in _REASONS or tokens[reason - 1] not in {",", ";"}:
        return
    # The claim is stated before the reason, and the reason names none of its words but the opposite.
    after = sorted(p for p in frame.content if p > reason)
    if any(p < reason for p in frame.own) and after == list(range(at, at + len(after))):
        reading.antonym_hidden = True
        reading.rules.append("reason-antonym")


@examples(
    (
        "Night cramps in my calves went from three a week to basically none after a month of 180 mcg.",
        "k2-nocturnal-leg-cramps",
        False,
    ),
    ("My cramps went from nightly to almost zero on MK-7.", "k2-nocturnal-leg-cramps", False),
    ("The risk of leukaemia from the shot is close to zero.", "vitk-shot-causes-leukemia", True),
)
def down_to_none(frame: Frame, reading: Reading) -> None:
    """ "went from three a week to basically none": a count brought down to nothing is a change the
    sentence reports, not a denial."""
    tokens = frame.tokens
    if "from" not in tokens:
        return
    for p, token in enumerate(tokens):
        if token not in {"none", "zero", "nothing"}:
            continue
        q = p - 1
        while q > 0 and tokens[q] in {"almost", "basically", "virtually", "practically", "nearly", "next"}:
            q -= 1
        if q < 1 or tokens[q] != "to":
            continue
        # "from" and a count or how often: "from three a week", "from nightly" (not "the risk from the shot
        # is close to zero", a risk denied).
        start = next((f for f in range(q - 1, max(-1, q - 9), -1) if tokens[f] == "from"), None)
        if start is None or start + 1 >= q:
            continue
        counted = tokens[start + 1]
        if counted in _A_COUNT or counted[0].isdigit():
            reading.masked.add(p)
            reading.rules.append("down-to-none")


# A count or a frequency after "from" ("from THREE a week", "from NIGHTLY"; or a figure, "from 4").
_A_COUNT = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many"}
    | {"multiple", "daily", "nightly", "weekly", "constant", "frequent", "every"}
)


# "I'll never STOP TAKING it", "won't QUIT USING my MK-7": the habit kept up (not "won't stop it", prevent).
_GIVE_UP = frozenset({"stop", "stopping", "quit", "quitting", "drop", "dropping", "ditch", "ditching"})
_GIVEN_UP = frozenset({"taking", "using", "buying", "recommending"})


@examples(
    (
        "K2 protects your memory as you age, that's why I'll never stop taking it.",
        "k2-prevents-dementia",
        False,
    ),
    ("I won't stop taking my MK-7, my bone density finally went up.", "k2-increases-bone-density", False),
    (
        "K2 didn't stop my arteries calcifying, the scan went up anyway.",
        "k2-prevents-arterial-calcification",
        True,
    ),
)
def kept_up(frame: Frame, reading: Reading) -> None:
    """ "..., that's why I'll never stop taking it": a negation of giving up a habit says the habit is kept
    up; it does not deny the claim the sentence gives as the reason. Not in a claim that warns, where
    "never stop taking your warfarin to start K2" is advice about the drug."""
    tokens = frame.tokens
    if frame.caution or _GIVE_UP.isdisjoint(tokens):
        return
    for p in range(len(tokens) - 2):
        if tokens[p] in {"never", "not"} and tokens[p + 1] in _GIVE_UP and tokens[p + 2] in _GIVEN_UP:
            reading.masked.add(p)
            reading.rules.append("kept-up")


# Opposite terms that rank a rival lower ("grain-fed dairy has LESS K2").
_LESSER = frozenset({"less", "lower", "fewer", "poorer", "worse", "smaller", "weaker", "inferior"})
# What ends the stretch a rival is named in ("Buy grass-fed butter, GRAIN-FED dairy has barely any K2").
_RIVAL_BREAKS = frozenset({",", ";", ":", "-", "—", "–", "so", "but", "while", "whereas", "because", "since"})


@examples(
    (
        "Buy your butter from grass-fed cows; grain-fed dairy has barely any K2 in it.",
        "grass-fed-more-k2",
        False,
    ),
    (
        "Pasture-raised butter and yolks are where the real K2 is, not their grain-fed counterparts.",
        "grass-fed-more-k2",
        False,
    ),
    (
        "Cows on pasture turn K1 into K2, so butter from grain-fed herds has far less of it.",
        "grass-fed-more-k2",
        False,
    ),
    ("Grain-fed cows give butter with far less K2 than cows out on grass.", "grass-fed-more-k2", False),
    ("Grass-fed butter has barely any K2 in it.", "grass-fed-more-k2", True),
    ("Grass-fed butter has less K2 than grain-fed butter.", "grass-fed-more-k2", True),
)
def rival_falls_short(frame: Frame, reading: Reading) -> None:
    """For a claim that one kind of thing beats another that does not recommend an act, a shortage or a
    negation said of the other kind (``Claim.substitutes``: grain-fed dairy against grass-fed) is the
    claim's comparison, not a denial of it: "grain-fed dairy has BARELY ANY K2" (the other kind opens the
    stretch, which names no subject of the claim: ``_in_rivals_stretch``), "far LESS K2 THAN cows out on
    grass" (``_ranked_below``), "..., NOT their grain-fed counterparts" (a "not" right before it, after the
    subject was named)."""
    if not frame.substitutes or frame.recommends:
        return
    tokens = frame.tokens
    negated_rival = []
    for start, end in find(tokens, frame.lang.cues, reading.masked):
        said_of = _in_rivals_stretch(frame, start) or _ranked_below(frame, start)
        if not said_of and tokens[start] == "not" and any(p < start for p in frame.subject):
            rival = next((p for p in range(end, min(len(tokens), end + 4)) if p in frame.substitutes), None)
            said_of = (
                rival is not None
                and not any(end <= p < rival for p in frame.own)
                and _RIVAL_BREAKS.isdisjoint(tokens[end:rival])
            )
        if said_of:
            reading.masked.update(range(start, end))
            negated_rival.append(start)
    lower = _opposite_of_rival(frame, negated_rival)
    if lower:
        reading.antonym_hidden = True
    if negated_rival or lower:
        reading.rules.append("rival-falls-short")


def _opposite_of_rival(frame: Frame, negated: list[int]) -> bool:
    """Whether the claim's opposite term is said of a rival and ranks it lower ("grain-fed herds have far
    LESS"), or follows a negation of the rival in its stretch, whose word it is ("the pale supermarket block
    just isn't the SAME"); not one that says the rival is enough ("if you delay cord clamping they get ALL
    THE VITAMIN K THEY NEED"). ``negated``: where the negations said of a rival start."""
    at = frame.antonym_at
    if at is None or not (_in_rivals_stretch(frame, at) or _ranked_below(frame, at)):
        return False
    return frame.tokens[at] in _LESSER or any(s < at and _in_rivals_stretch(frame, s) for s in negated)


def _in_rivals_stretch(frame: Frame, at: int) -> bool:
    """Whether the word at ``at`` sits in a stretch (between ``_RIVAL_BREAKS``) that names a rival of the
    claim's subject before it and no subject at all."""
    tokens = frame.tokens
    start = next((p + 1 for p in range(at - 1, -1, -1) if tokens[p] in _RIVAL_BREAKS), 0)
    end = next((p for p in range(at, len(tokens)) if tokens[p] in _RIVAL_BREAKS), len(tokens))
    named = any(start <= p < at for p in frame.substitutes)
    return named and not any(start <= p < end for p in frame.subject)


def _ranked_below(frame: Frame, at: int) -> bool:
    """Whether the word at ``at`` ranks a rival named before it below the subject named after "than" or
    "compared with" ("Grain-fed cows give butter with far LESS K2 THAN cows out on grass")."""
    tokens = frame.tokens
    than = next(
        (
            p
            for p in range(at + 1, min(len(tokens), at + 6))
            if tokens[p] == "than" or tokens[p : p + 2] in (["compared", "with"], ["compared", "to"])
        ),
        None,
    )
    return (
        than is not None
        and any(p < at for p in frame.substitutes)
        and any(than < p < than + 8 for p in frame.subject)
        and not any(p < at for p in frame.subject)
    )


MASKS = (
    miracles_not_harm,
    rival_falls_short,
    plenty_of_else,
    conceded_opposite,
    empty_stomach,
    answer_particle,
    pseudo_negation,
    risk_refused,
    evidence_denial,
    lesser_comparison,
    less_of_the_opposite,
    depends_answer,
    not_as_comparison,
    unequal_comparison,
    reported_scarcity,
    hard_to,
    weak_evidence,
    rare,
    counted_people,
    short_of_it,
    dismissal,
    disregarded_report,
    neither_nor,
    no_guarantee_not,
    fine_without,
    reassurance,
    far_beyond_amount,
    open_doubt,
    approval_noun,
    little_serving,
    described_noun,
    few_aware,
    nobody_talks,
    rich_foods,
    other_side_antonym,
    whereas_other_subject,
    contrary_frame,
    rejected_subject,
    upper_limit,
    verdict_label,
    rhetorical_opener,
    mocking_opener,
    send_off,
    correction_notice,
    nobody_warned,
    refusal_lead_in,
    no_further_need,
    sarcastic_opener,
    or_without,
    colon_lead_in,
    free_of_own_word,
    non_prefix,
    equal_to_comparison,
    counterfactual,
    retorted_belief,
    rhetorical_why,
    echoed_rebuttal,
    elliptical_denial,
    refuted_finding,
    link_not_found,
    lab_only,
    plateau,
    cleft_other,
    free_to_drift,
    benefit_vanished,
    excepted_aside,
    left_out_group,
    out_of_place,
    reason_antonym,
    kept_up,
    down_to_none,
)
