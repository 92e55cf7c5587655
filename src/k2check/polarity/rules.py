"""Polarity rules: each one small, with the sentences it exists for beside it.

A rule reads the ``Frame`` (the sentence and where the claim sits in it) and updates the ``Reading``
(masked positions, cues found, cues that count). ``EXAMPLES`` are (statement, claim id, negated) and
tests/test_polarity_rules.py checks every one end to end. There are three kinds, run in this order:

- MASKS hide words that only look negative, before cues are looked for;
- FILTERS say that one cue, found in the claim's clause, negates something beside the claim;
- ADJUSTMENTS read the whole sentence and add or remove counted cues."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from k2check.polarity.frame import Frame, Reading, Span, find

Example = tuple[str, str | None, bool]


def examples(*cases: Example) -> Callable[[Callable[..., object]], Callable[..., object]]:
    def attach(rule: Callable[..., object]) -> Callable[..., object]:
        rule.EXAMPLES = cases  # type: ignore[attr-defined]
        return rule

    return attach


# --- masks -----------------------------------------------------------------------------------------


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


@examples(
    ("No, vitamin K2 cannot replace exercise.", "k2-replaces-exercise", True),
    ("Yes, natto is the richest source of K2.", "natto-richest-k2", False),
)
def answer_particle(frame: Frame, reading: Reading) -> None:
    """An answer particle repeats the denial that follows it; it is not a second one."""
    tokens = frame.tokens
    if len(tokens) > 1 and tokens[0] in frame.lang.particles and tokens[1] == ",":
        reading.masked.add(0)


@examples(
    ("K2 not only builds bone but also builds muscle.", "k2-builds-muscle", False),
    ("There's no doubt that natto is the richest source of K2.", "natto-richest-k2", False),
    ("K2 is not just good for bones but also builds muscle.", "k2-builds-muscle", False),
    (
        "It does not matter whether you take vitamin K with a fatty meal or on an empty stomach.",
        "vitk-absorbed-with-fat",
        True,
    ),
    ("Natto is not the sole source of K2, though it is easily the richest.", "natto-richest-k2", False),
    (
        "Unlike K1, vitamin K2 is not confined to the liver; it reaches bone and the vessel walls.",
        "k2-reaches-extrahepatic-tissues",
        False,
    ),
)
def pseudo_negation(frame: Frame, reading: Reading) -> None:
    """Phrases that only look negative ("not only", "no doubt", "not uncommon"), and "not just X" when a
    "but" or "also" follows ("K2 isn't simply better than K1" still denies). "It doesn't matter whether
    ..." with the claim's words after it denies the difference they make."""
    tokens = frame.tokens
    for start, end in find(tokens, frame.lang.pseudo, frame.own):
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
        if {"but", "also"}.intersection(tokens[end:]):
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
        if any(q in frame.content for q in range(pivot + 1, pivot + 5)):
            reading.antonym = (p, p + 1)
            reading.rules.append("lesser-comparison")
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
        if (
            tokens[i] in {"hard", "difficult", "impossible", "tough"}
            and i not in frame.own
            and tokens[i + 1] == "to"
            and i + 2 in frame.own
        ):
            reading.cues.append((i, i + 2))
            reading.masked.update((i, i + 1))


@examples(
    ("Serious toxicity from vitamin K2 is extremely rare.", "k2-toxic-high-dose", True),
    ("K2 toxicity is practically unheard of.", "k2-toxic-high-dose", True),
    ("Harm from vitamin K2 is so rare that nobody has set an upper limit.", "k2-toxic-high-dose", True),
)
def rare(frame: Frame, reading: Reading) -> None:
    """ "Toxicity from K2 is extremely rare": the claim's own word said to hardly ever happen denies it."""
    tokens = frame.tokens
    for p, word in enumerate(tokens):
        if word not in {"rare", "unheard"} or p in reading.masked:
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
    ("Avoid taking D3 without K2.", "d3-k2-work-together", False),
    ("Stop eating spinach and kale once you start warfarin.", "warfarin-avoid-greens", False),
    ("Skip the natto if you hate it; eggs and hard cheese have K2 too.", "animal-foods-k2", False),
    ("Don't bother with K2 pills to build muscle.", "k2-builds-muscle", True),
    (
        "Don't bother with the injection, oral drops protect a baby just as well.",
        "oral-vitk-equals-shot",
        False,
    ),
)
def dismissal(frame: Frame, reading: Reading) -> None:
    """An imperative that turns the claim's subject down ("Stop buying K2 for your gains", "Skip the K2")
    denies what the claim recommends, like "don't". A claim that warns agrees with it, and a verb that
    is the claim's own word ("stop eating greens" for "must avoid greens") is what it says. In a
    comparison, turning one side down prefers the other ("skip MK-7, MK-4 is better")."""
    if frame.caution or frame.comparative:
        return
    tokens = frame.tokens
    for start, _ in frame.spans:
        p = start + (tokens[start] in {"just", "so", "please", "and", "then"})
        # "Don't bother with K2 for muscle": the dismissal is "bother" ("not bother" is no negation).
        p += 2 * (tokens[p : p + 3] == ["do", "not", "bother"])
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


# The forms of vitamin K, one word each ("K1 rather than K2").
_FORMS = frozenset({"k1", "k2", "k3", "phylloquinone", "menaquinone", "menaquinones", "menadione"})


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
)
def colon_lead_in(frame: Frame, reading: Reading) -> None:
    """A lead-in before a colon that does not name the claim's subject ("Don't let the price put you off:
    natto is ...", "Why more protein isn't the answer: ...") is a remark of its own: a negation in it
    reaches no claim word after the colon. A short label ("Myth:", "Not true:") and a lead-in that opens
    on "what" ("What the trials didn't find: ...") judge what follows, and keep their cue."""
    lead = frame.lead
    tokens = frame.tokens
    if lead <= 3 or lead >= len(tokens) or tokens[0] in {"what", "one", "something", "nothing"}:
        return
    if not any(p >= lead for p in frame.content):
        return
    stated = frame.own - frame.subject
    # A lead-in that names the subject keeps its negation, unless what follows the colon states clearly
    # more of the claim with no negation ("Pregnancy doesn't raise your needs: women still need 90 mcg").
    elaborated = sum(1 for p in stated if p >= lead) >= sum(1 for p in stated if p < lead) + 2 and not find(
        tokens[lead:], frame.lang.cues, set()
    )
    if any(p < lead for p in frame.subject) and not elaborated:
        return
    for start, end in find(tokens[:lead], frame.lang.cues, reading.masked):
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
)
def non_prefix(frame: Frame, reading: Reading) -> None:
    """ "Non-toxic": "non" right before one of the claim's own words denies it; before any other word
    ("non-GMO") it only describes a product."""
    tokens = frame.tokens
    if "non" not in tokens:
        return
    for p in range(len(tokens) - 1):
        if tokens[p] == "non" and p + 1 in frame.own and p not in reading.masked:
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
        "Vitamin K2 supports bones as well as arteries, and it is absorbed better than K1.",
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
        "If you really want strong bones, vitamin K2 would be a good addition.",
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
    ("Lots of people believe you can't eat greens on warfarin, but you can.", "warfarin-avoid-greens", True),
    (
        "Lots of people believe you can't eat greens on warfarin, and they are right.",
        "warfarin-avoid-greens",
        False,
    ),
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


@examples(
    (
        "Many confuse vitamin D with K2: it is D that raises calcium absorption.",
        "k2-increases-calcium-absorption",
        True,
    ),
    ("It is K2 that switches on osteocalcin.", "k2-activates-osteocalcin", False),
)
def cleft_other(frame: Frame, reading: Reading) -> None:
    """ "..., it is D that boosts calcium absorption": a cleft that puts something else in focus, with the
    claim's subject named elsewhere, gives the claim's predicate to that other thing and denies it of the
    subject."""
    tokens = frame.tokens
    if "it" not in tokens or not frame.subject:
        return
    for p in range(len(tokens) - 3):
        if tokens[p : p + 2] != ["it", "is"]:
            continue
        that = next((q for q in range(p + 3, min(len(tokens), p + 6)) if tokens[q] in {"that", "who"}), None)
        if that is None or any(p + 2 <= q < that for q in frame.subject) or "," in tokens[p + 2 : that]:
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


MASKS = (
    answer_particle,
    pseudo_negation,
    evidence_denial,
    lesser_comparison,
    unequal_comparison,
    reported_scarcity,
    hard_to,
    weak_evidence,
    rare,
    dismissal,
    fine_without,
    open_doubt,
    contrary_frame,
    rejected_subject,
    upper_limit,
    verdict_label,
    rhetorical_opener,
    colon_lead_in,
    free_of_own_word,
    non_prefix,
    equal_to_comparison,
    counterfactual,
    echoed_rebuttal,
    plateau,
    cleft_other,
    free_to_drift,
)


# --- filters: a cue in the claim's clause that does not negate the claim ----------------------------


_BREAKS = frozenset(
    {",", ";", "?", "!", "which", "who", "that", "what", "and", "but", "so", "because", "if", "when", "said"}
)


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
    # "... rest on one trial that has not been repeated": a test not done or failed judges the evidence
    # for the claim, unless the writer only hedges.
    if _TESTING.union(_FAILED_TEST).intersection(frame.tokens[end : end + 3]) and not _hedged(frame):
        return False
    # "K2 builds muscle, which ... won't": the cue sits in a clause of its own. "The effect of K2 on
    # muscle has not been shown": the cue negates the claim's own predicate.
    return any(t in _BREAKS for t in frame.tokens[max(frame.content) + 1 : start])


@examples(
    ("You can take K2 freely without asking a doctor, even on warfarin.", "k2-warfarin-interaction", True),
    ("Healthy people can take K2 without any effect on blood clotting.", "k2-causes-blood-clots", True),
)
def without_other_words(frame: Frame, cue: Span) -> bool:
    """Only "without" followed by the claim's own words negates it; "without any effect on clotting"
    reaches a little further."""
    start, end = cue
    tokens = frame.tokens
    reach = 6 if {"effect", "effects", "impact", "affecting"}.intersection(tokens[end : end + 2]) else 3
    return tokens[start] == "without" and not any(
        p in frame.content for p in range(end, min(end + reach, len(tokens)))
    )


@examples(
    ("Nothing comes close to natto as a source of vitamin K2.", "natto-richest-k2", False),
    ("There's no evidence that MK-4 beats MK-7 for muscle.", "mk4-better-than-mk7-muscle", True),
    ("MK-4 is no better than MK-7 for muscle.", "mk4-better-than-mk7-muscle", True),
    ("Vitamin K2 is no substitute for a proper osteoporosis drug.", "k2-treats-osteoporosis", True),
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
)
def superlative_nothing(frame: Frame, cue: Span) -> bool:
    """ "Nothing comes close to natto", "no food beats it", "no substitute for the shot": a superlative,
    not a denial; but "K2 is no substitute for treatment", with the claim's subject before it, denies
    that the subject can stand in."""
    start, end = cue
    tokens = frame.tokens
    # The subject before the cue, named or, where the sentence does not name it, a pronoun ("It is no
    # substitute for training").
    named = any(p < start for p in frame.subject) or (
        not frame.subject and not {"it", "this", "they"}.isdisjoint(tokens[:start])
    )
    if (
        tokens[end : end + 1]
        and tokens[end] in {"substitute", "replacement", "alternative", "match"}
        and named
        and not any(p > end for p in frame.subject)
    ):
        return False
    if (
        tokens[end : end + 1]
        and tokens[end] in frame.lang.superlative
        and "than" in tokens[end + 1 : end + 8]
        and not any(t in {",", ";", ":"} for t in tokens[end + 1 : tokens.index("than", end + 1)])
    ):
        # "MK-4 is no better than MK-7", "no more common in kidney disease than elsewhere": an equality,
        # which denies the comparison.
        return False
    if tokens[start] == "never":
        # "Never felt better", "my bones have never been stronger": a superlative of a state.
        return (
            tokens[end : end + 1] in (["been"], ["felt"], ["looked"], ["slept"])
            and tokens[end + 1 : end + 2] in (["better"], ["stronger"], ["healthier"], ["happier"])
            and "than" not in tokens[end + 2 : end + 5]
        )
    return (
        end - start == 1
        and tokens[start] in {"no", "nothing", "none", "nobody"}
        and any(t in frame.lang.superlative for t in tokens[end : end + 5])
    )


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
        "Some coaches insist that K2, not protein, is what matters most for muscle growth.",
        "k2-more-important-than-protein",
        False,
    ),
)
def contrast_not(frame: Frame, cue: Span) -> bool:
    """ "..., not worth it", "days, not hours": a contrast that denies something beside the claim;
    ", not an organ meat" denies the claim's own words."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] != "not" or start == 0 or tokens[start - 1] != ",":
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
    # An exclusive contrast names again a kind the clause named ("aged cheese, not processed cheese").
    exclusive = _EXCLUSIVE.intersection(earlier) and all(
        tokens[p] in earlier for p in fragment if p in frame.content
    )
    if (frame.comparative or exclusive) and not any(p in frame.subject for p in fragment):
        # "K2 is only found in aged cheese, not in processed slices": the excluded alternative.
        # "K2, not protein, is the key": the claim's subject is preferred to the other side.
        return True
    return bool(frame.restated) or not any(p in frame.subject or p in frame.content for p in fragment)


@examples(
    ("Vitamin K2 is safe, not toxic, even at high doses.", "k2-toxic-high-dose", True),
)
def restated_antonym(frame: Frame, cue: Span) -> bool:
    """A negation of a claim word whose antonym the sentence also uses only restates the antonym."""
    end = cue[1]
    return any(p in frame.restated for p in range(end, min(end + 3, len(frame.tokens))))


@examples(
    (
        "People who ate the most menaquinone were half as likely to die of heart disease, an association "
        "not seen for vitamin K1.",
        "k2-intake-lower-chd",
        False,
    ),
)
def sibling_contrast(frame: Frame, cue: Span) -> bool:
    """A negation that points at a sibling form ("not seen for K1", "MK-4 not MK-7") denies it, not the
    claim about the other form."""
    start, end = cue
    if end - start != 1 or frame.tokens[start] not in {"not", "no", "never"}:
        return False
    for p in range(end, min(end + 5, len(frame.tokens))):
        if p in frame.siblings:
            return True
        if p in frame.content or frame.tokens[p] in {",", ";"}:
            return False
    return False


@examples(
    (
        "This is not about vitamin K2 being an anabolic agent like resistance training or protein.",
        "k2-builds-muscle",
        True,
    ),
    (
        "This is not about K2 being an anabolic agent like resistance training or protein, but about "
        "its supporting role in muscle.",
        "protein-training-drive-muscle-growth",
        False,
    ),
)
def other_subject_first(frame: Frame, cue: Span) -> bool:
    """A negation whose next subject is another claim's ("not about K2 being ... like protein") denies
    what is said of that subject, not the claim about the subject named later."""
    start, end = cue
    if end - start != 1 or frame.tokens[start] not in frame.lang.forward or not frame.subject:
        return False
    after = [p for p in frame.subject if p >= end]
    if not after:
        return False
    first = min(after)
    return any(end <= p < first for p in frame.others)


_PURPOSE = (("so",), ("so", "that"), ("to", "make", "sure"), ("to", "ensure"), ("in", "order", "that"))


@examples(
    (
        "The K2 is in there so the calcium from D3 doesn't end up in your arteries.",
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
)
def purpose_clause(frame: Frame, cue: Span) -> bool:
    """A negation inside a purpose clause ("so the calcium doesn't end up in arteries", "so that babies
    don't bleed") after a clause that names something the sentence is about states what that thing is
    for; it does not deny the claim. A result after a
    comma ("..., so K2 is not needed") or a state ("so its benefits are not proven") still denies."""
    start, _ = cue
    tokens = frame.tokens
    if tokens[start] not in {"not", "never"} or start < 3 or tokens[start - 1] not in frame.lang.purpose_aux:
        return False
    for s in range(max(1, start - 7), start - 2):
        for opener in _PURPOSE:
            n = len(opener)
            if tuple(tokens[s : s + n]) != opener or tokens[s - 1] in {",", ";", ":"}:
                continue
            between = tokens[s + n : start - 1]
            if (
                between
                and not any(t in {",", ";", ":", "not", "no", "never"} for t in between)
                and any(p < s for p in frame.content | frame.others | frame.siblings)
            ):
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


_COPULAS = frozenset({"is", "are", "was", "were", "be", "feels", "feel", "looks", "look", "sounds", "seems"})


@examples(
    (
        "Taking D3 without K2 is like pouring concrete with no mould to hold it.",
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
    {"idea", "notion", "belief", "theory", "suggestion", "myth", "hope", "promise", "assumption"}
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
    ("K2 builds muscle, the idea that no trial has ever supported.", "k2-builds-muscle", True),
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


@examples(
    ("K2 does not replace vitamin D3; the two work together.", "d3-k2-work-together", False),
    ("K2 does not build muscle; protein and training do.", "k2-builds-muscle", True),
)
def other_predicate(frame: Frame, cue: Span) -> bool:
    """A negation followed by none of the claim's own words in its clause, while a later clause holds
    them ("K2 does not replace D3; the two work together"), denies some other predicate of the subject,
    not the claim."""
    _, end = frame.clause
    if frame.tokens[cue[0]] not in frame.lang.forward or any(cue[1] <= p < end for p in frame.own):
        return False
    return any(p >= end for p in frame.own)


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


@examples(
    ("No sugar, no fillers, just pure MK-7 to support your bones.", "vitk-important-bone-health", False),
    ("This MK-7 softgel has no soy and supports strong bones.", "vitk-important-bone-health", False),
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
)
def spliced_clause(frame: Frame, cue: Span) -> bool:
    """Two clauses joined by a bare comma ("you don't need to eat K2, your gut bacteria make all of it"),
    or a reason and its result (", so levels at birth are low"): a negation before the comma, when the
    clause after it says more of the claim than the negated one does, negates the first clause, not the
    claim."""
    start, end = cue
    tokens = frame.tokens
    if tokens[start] not in frame.lang.forward:
        return False
    comma = next((p for p in range(end, min(len(tokens), end + 12)) if tokens[p] in {",", ";"}), None)
    if comma is None or tokens[comma] != "," or tokens[comma + 1 : comma + 2] == []:
        return False
    result = tokens[comma + 1] == "so"
    if tokens[comma + 1] not in _SPLICE_OPENERS and not result:
        return False
    # A clause after the comma that is itself negated ("..., so you won't find any figures") agrees with
    # the first: the negation stands.
    # (A negation inside the claim's own words, "does not affect them", is what the claim says.)
    stop = next((p for p in range(comma + 1, len(tokens)) if tokens[p] in {",", ";"}), len(tokens))
    if any(tokens[p] in frame.lang.forward and p not in frame.own for p in range(comma + 1, stop)):
        return False
    predicate = frame.own - frame.subject
    before = sum(1 for p in predicate if end <= p < comma)
    after = sum(1 for p in predicate if p > comma)
    # ", so levels at birth are low": a result clause that states the claim after a negated reason.
    return after > before and (after >= 2 or (result and before == 0))


_PEOPLE = frozenset({"people", "those", "anyone", "patients", "adults", "someone", "users", "women", "men"})


@examples(
    (
        "In healthy people not on anticoagulants, vitamin K2 does not cause blood clots.",
        "k2-causes-blood-clots",
        True,
    ),
    ("Vitamin K2 is fine for people not on warfarin.", "k2-warfarin-interaction", False),
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
    return tokens[person] in _PEOPLE and tokens[end : end + 1] in (
        ["on"],
        ["taking"],
        ["using"],
        ["prescribed"],
    )


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
    if rel < 1 or tokens[rel] not in {"that", "which", "who"} or tokens[rel - 1] in {",", ";"}:
        return False
    if rel - 1 not in frame.content:
        return False
    near = range(end, min(len(tokens), end + 2))
    return not any(p in frame.content for p in near) and any(p >= end + 2 for p in frame.content)


_NO_USE = frozenset({"useless", "ineffective", "pointless", "worthless", "futile", "waste", "of"})


@examples(
    ("Always buy MK-7: MK-4 is basically useless at normal doses.", "mk7-best-form", False),
    ("Vitamin K2 supplements are useless for building muscle.", "k2-builds-muscle", True),
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
    if any(lead <= p < start for p in frame.subject):
        return False
    return bool(frame.subject) or {"it", "this", "they"}.isdisjoint(tokens[lead:start])


FILTERS = (
    other_side_judged,
    restrictive_relative,
    whom_it_describes,
    spliced_clause,
    trailing_remark,
    simile,
    who_it_is_for,
    free_from,
    spared_item,
    other_predicate,
    leading_question,
    aside,
    preferred_over,
    purpose_clause,
    forward_only,
    sibling_contrast,
    other_subject_first,
    without_other_words,
    superlative_nothing,
    contrast_not,
    restated_antonym,
)


# --- adjustments -----------------------------------------------------------------------------------


@examples(
    ("Vitamin K2 is not safe in large doses.", "k2-toxic-high-dose", False),
    ("K2 is fine with warfarin, you don't need to tell your doctor.", "k2-warfarin-interaction", True),
    ("Leafy greens contain little or no vitamin K2.", "leafy-greens-k2", True),
    ("Doctors urge parents not to refuse the vitamin K shot for their newborn.", "newborn-vitk-shot", False),
    ("It is never a wise idea to decline the vitamin K injection for a newborn.", "newborn-vitk-shot", False),
    ("Declining the newborn vitamin K injection is not a wise move.", "newborn-vitk-shot", False),
    ("Hardly anybody eating a typical Western diet gets enough K2.", "western-diet-low-k2", False),
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
)
def negated_antonym(frame: Frame, reading: Reading) -> None:
    """A negation right before the claim's opposite term negates that term ("not safe" states "toxic");
    a negation elsewhere is a second denial, not a double negative."""
    if reading.antonym is None:
        return
    at = reading.antonym[0]
    before = [c for c in reading.counted if c != reading.antonym and c[1] <= at]
    if not frame.in_clause(at):
        # An opposite term read from outside the claim's clause ("..., but do not skip it") pairs with the
        # negation right before it there, which the count leaves out.
        before = [c for c in reading.cues if c[1] <= at and not frame.in_clause(c[0])] or before
    tokens = frame.tokens
    # "Midwives advise against declining the shot": advice against the opposite term is one double negative.
    if at >= 2 and tokens[at - 1] == "against" and tokens[at - 2] in _AGAINST:
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    for cue in reversed(before):
        between = range(cue[1], at)
        # "not a good idea to skip": advice words between the negation and the opposite term.
        advice = len(between) <= 6 and all(tokens[p] in frame.lang.advice_fillers for p in between)
        if (len(between) <= 3 or advice) and not any(
            p in frame.content or tokens[p] in {",", ";", "?", "!"} for p in between
        ):
            reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
            reading.rules.append("negated-antonym")
            return
    # "Hardly anyone gets enough K2": a subject of nearly nobody with the opposite term in its clause.
    lead = frame.clause[0] + (tokens[frame.clause[0]] == "almost")
    if (
        lead < at
        and tokens[lead] in {"hardly", "barely", "scarcely", "nobody", "few"}
        and frame.in_clause(at)
    ):
        reading.counted = [c for c in reading.counted if c[0] != lead and c != reading.antonym]
        reading.rules.append("negated-antonym")
        return
    # "Refusing the shot is never a good idea": the opposite term as a gerund subject, judged not wise.
    after = [c for c in reading.counted if c != reading.antonym and c[0] > at]
    start = max((s for s, _ in frame.spans if s <= at), default=0)
    if after and at == start and tokens[at].endswith("ing"):
        cue = after[0]
        verb = next((p for p in range(at + 1, cue[0]) if tokens[p] in {"is", "was", "are"}), None)
        judged = tokens[cue[1] : cue[1] + 4]
        if (
            verb is not None
            and cue[0] - verb <= 2
            and judged
            and all(t in frame.lang.advice_fillers for t in judged[:2])
        ):
            reading.counted = [c for c in reading.counted if c not in (cue, reading.antonym)]
            reading.rules.append("negated-antonym")


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
        "assume",
        "expect",
        "suppose",
        "imagine",
        "trust",
    }
)


@examples(
    ("It's not true that K2 doesn't help build muscle.", "k2-builds-muscle", False),
    ("It is a myth that K2 is safe in megadoses.", "k2-toxic-high-dose", False),
    ("I can't say K2 didn't help my night cramps.", "k2-nocturnal-leg-cramps", False),
    ("Don't believe anyone who says the body can't turn K1 into MK-4.", "body-converts-k1-to-mk4", False),
    ("Never assume that MK-7 is harmless if you take warfarin.", "k2-warfarin-interaction", False),
)
def judged_denial(frame: Frame, reading: Reading) -> None:
    """A judgement on a reported clause ("not true that", "a myth that", "I can't say") denies what the
    clause says: when the clause itself denies the claim, the two make one double negative."""
    counted = reading.counted
    if len(counted) < 2:
        return
    first, second = counted[0], counted[1]
    if first == reading.antonym or not _REPORTING.intersection(frame.tokens[first[1] : first[1] + 3]):
        return
    if second[0] < first[1] + 1:
        return
    reading.counted = counted[2:]
    reading.rules.append("judged-denial")


@examples(
    ("It isn't false to say MK-7 lingers in the blood much longer than K1.", "mk7-longer-half-life", False),
    (
        "It's not wrong to say K2 sends calcium to bones rather than arteries.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
)
def litotes(frame: Frame, reading: Reading) -> None:
    """A negation of a negative word ("isn't false", "not wrong", "not unproven") affirms."""
    tokens = frame.tokens
    counted = reading.counted
    for a, b in itertools.pairwise(counted):
        if b == reading.antonym or tokens[a[0]] not in {"not", "never"}:
            continue
        if b[0] - a[1] <= 1 and tokens[b[0]] not in frame.lang.forward:
            reading.counted = [c for c in counted if c not in (a, b)]
            reading.rules.append("litotes")
            return


# Negations that make one double negative with a "without" after them ("IMPOSSIBLE to clot without K").
_NEVER_WITHOUT = frozenset({"not", "never", "no", "impossible", "unable"})


@examples(
    ("Never take D3 without K2, or calcium ends up in your arteries.", "d3-without-k2-calcifies", False),
    ("Without vitamin K, your blood can't clot properly.", "vitk-needed-clotting", False),
    ("Blood is unable to clot the way it should without vitamin K.", "vitk-needed-clotting", False),
    (
        "You can't build real muscle without lifting and enough protein.",
        "protein-training-drive-muscle-growth",
        False,
    ),
)
def without_double_negative(frame: Frame, reading: Reading) -> None:
    """ "Never ... without X", "can't ... without X": a negation before a nearby "without" (a cue or the
    claim's own word) makes one double negative, which says X is needed. After it, the negation denies
    what the without-phrase does ("D3 without K2 does not calcify")."""
    tokens = frame.tokens
    withouts = sorted(
        {p for p in frame.own if tokens[p] == "without" and frame.in_clause(p)}
        | {c[0] for c in reading.counted if tokens[c[0]] == "without"}
    )
    for position in withouts:
        near = [
            c
            for c in reading.counted
            if (tokens[c[0]] in _NEVER_WITHOUT or tokens[c[0]] in frame.lang.dismissals)
            and 0 < position - c[0] <= 8
            and "that" not in tokens[min(c[0], position) : max(c[0], position)]
        ]
        if near:
            reading.counted.remove(min(near, key=lambda c: abs(c[0] - position)))
            reading.counted = [c for c in reading.counted if c[0] != position]
            reading.rules.append("without-double-negative")


@examples(
    (
        "Without getting vitamin K at birth, babies can develop vitamin K deficiency bleeding.",
        "newborn-vitk-shot",
        False,
    ),
    ("Without enough vitamin K, your blood will not clot.", "vitk-needed-clotting", False),
    ("Lacking vitamin K, blood simply cannot form a clot.", "vitk-needed-clotting", False),
)
def without_consequence(frame: Frame, reading: Reading) -> None:
    """ "Without X, Y happens" says X is needed to prevent Y: it states a claim that X is needed or
    protects, whatever negation the consequence uses ("blood will not clot"), unless the consequence
    says nothing happens ("without it you'll be fine")."""
    tokens = frame.tokens
    if not tokens or tokens[0] not in {"without", "lacking"} or not frame.spans or frame.spans[0][0] != 0:
        return
    opener_end = frame.spans[0][1]
    if not any(p < opener_end for p in frame.content) or any(
        t in frame.lang.no_consequence for t in tokens[opener_end:]
    ):
        return
    if reading.counted:
        reading.counted = []
        reading.rules.append("without-consequence")


def _goes_without(frame: Frame, cue: Span) -> bool:
    """Whether the cue names going without something inside a condition ("if you don't get", "babies
    whose parents decline") or a fronted gerund subject ("Skipping the shot leaves ...", "Starting K2
    without telling your clinic can ...")."""
    tokens = frame.tokens
    lang = frame.lang
    start, end = cue
    if lang.conditions.intersection(tokens[max(0, start - 4) : start]):
        return True
    # "Skip the shot and your baby stays at risk": an imperative whose consequence follows "and" or "or";
    # "parents refuse the shot, leaving babies open to bleeding": a consequence in a participle.
    imperative = start == 0 or (start == 1 and tokens[0] in {"just", "so", "then", "say"})
    joint = next((p for p in range(end, min(len(tokens), end + 8)) if tokens[p] in {"and", "or"}), None)
    if imperative and joint is not None and not {",", ";", ":"}.intersection(tokens[end:joint]):
        return True
    if {"leaving", "putting", "exposing"}.intersection(tokens[end:]):
        return True
    clause_start = max((s for s, _ in frame.spans if s <= start), default=0)
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
)
def missing_means_harm(frame: Frame, reading: Reading) -> None:
    """Going without something in a condition or a subject ("if you don't get", "babies who don't get",
    "refusing the shot", "skipping it") followed by harm says the thing is needed: it states a claim that
    it protects, like "without X, Y happens"."""
    tokens = frame.tokens
    kept = []
    for cue in reading.counted:
        start, end = cue
        if (
            tokens[start] == "without"
            and any(p in frame.subject for p in range(end, end + 3))
            and frame.lang.harm.intersection(tokens[end:])
        ):
            # "Calcium pills taken without enough K2 may harden your arteries": K2 is needed.
            reading.rules.append("missing-means-harm")
            continue
        refusal = cue != reading.antonym or tokens[start] in frame.lang.refusals
        # Harm follows a condition; a relative clause may name who goes without after the harm ("a rise in
        # bleeding among infants whose parents declined it").
        relative = {"who", "whose"}.intersection(tokens[max(0, start - 4) : start])
        harm = frame.lang.harm.intersection(tokens if relative else tokens[end:])
        if refusal and harm and _goes_without(frame, cue):
            reading.rules.append("missing-means-harm")
            continue
        kept.append(cue)
    reading.counted = kept


# Verbs of stopping: advice against them is advice to go on ("don't stop eating greens on warfarin").
_STOPPING = frozenset({"stop", "stopping", "quit", "give", "cut", "drop", "avoid", "avoiding", "skip"})
# Words after which a new command starts inside a sentence ("..., so never exceed the dose").
_NEW_COMMAND = frozenset(
    {"so", "and", "but", ",", ";", "then", "please", "pls", "plz", "just", "always", "therefore"}
)


_ADVICE_OPENERS = frozenset(
    {"make sure", "be sure", "be careful", "careful", "remember", "take care", "try to"}
)


def _advises_against(frame: Frame, cue: Span) -> bool:
    """Whether the cue starts advice against doing something: "do not take", "never give", "you should
    not combine", "avoid ...", "don't start ... without"."""
    tokens = frame.tokens
    lang = frame.lang
    start, end = cue
    word = tokens[start]
    if word == "no" and any(p in frame.subject for p in range(end, end + 2)):
        # "my doctor said no K2 on warfarin", "No K2 if you take warfarin": a ban on the subject.
        clause_start = max((s for s, _ in frame.spans if s <= start), default=0)
        return (
            start == clause_start
            or tokens[start - 1] in {"said", "says", "say", "told", "tells"}
            or (start > 1 and tokens[start - 2] in {"told", "tells"})
        )
    if tokens[start : start + 2] == ["think", "twice"]:
        # "Think twice before taking K2 on warfarin": advice against, put politely.
        return start == max((s for s, _ in frame.spans if s <= start), default=0)
    if word not in {"not", "never", "no"}:
        return False
    if tokens[end : end + 1] and tokens[end] in _STOPPING:
        # "Don't stop eating greens", "never give up ...": advice to go on, not against.
        return False
    if tokens[end : end + 1] == ["mix"] and "and" in tokens[max(0, start - 6) : start]:
        # "K2 and warfarin don't mix": a warning that the two interact.
        return True
    if tokens[end : end + 2] in (["something", "to"], ["a", "thing"], ["one", "to"]):
        # "Adding K2 to warfarin is not something to do on your own": advice against, said of an act.
        return True
    after = tokens[end : end + 3]
    # "Don't let your intake swing", "as long as the amount doesn't vary": kept from drifting, an amount
    # is kept steady.
    required = " ".join(tokens[max(0, start - 5) : start])
    drifting = bool(lang.drifts.intersection(tokens[end : end + 7])) and (
        tokens[end : end + 1] in (["let"], ["allow"]) or "long as" in required or "provided" in required
    )
    if not drifting and not any(t in lang.advice_verbs for t in after):
        return False
    if tokens[end] in lang.label_words:
        # A label's warning needs no imperative: "is not intended for people on anticoagulants".
        return True
    before = tokens[max(0, start - 3) : start]
    # Imperative ("Do not take", "Never give") at the start of a clause, or a modal of advice.
    clause_start = max((s for s, _ in frame.spans if s <= start), default=0)
    imperative = (
        start == clause_start
        or (start - 1 == clause_start and tokens[clause_start] in {"do", "try"})
        or (start > 0 and tokens[start - 1] in _NEW_COMMAND)
        or (start > 1 and tokens[start - 1] in {"do", "try"} and tokens[start - 2] in _NEW_COMMAND)
        # "Make sure not to change ...", "be careful not to double up", "remember not to ...".
        or " ".join(tokens[max(clause_start, start - 2) : start]) in _ADVICE_OPENERS
    )
    # "as long as you don't change the amount", "provided you never double up": a requirement.
    return (
        imperative
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
)
def advice_agrees(frame: Frame, reading: Reading) -> None:
    """Advice against doing what a warning claim warns about agrees with it: "do not take K2 with
    warfarin" states that K2 interacts with warfarin. For any other claim such advice still denies it
    ("don't take K2 to build muscle"). "Never ... without ..." is a double negative and stays one."""
    if not frame.caution or any(frame.tokens[c[0]] == "without" for c in reading.counted):
        return
    kept = [c for c in reading.counted if not _advises_against(frame, c)]
    if len(kept) != len(reading.counted):
        reading.counted = kept
        reading.rules.append("advice-agrees-with-warning")


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


_POINTERS = frozenset({"that", "this", "which"})


def _points_back(tokens: list[str], start: int, cue: int) -> bool:
    """Whether the cue's clause opens on a word pointing back at the sentence before it: "that is not
    what the data show", "this never happened", "which is not so"."""
    # A concession ("though this has not been tested") only hedges, as in trailing_judgement.
    if start > 0 and tokens[start - 1] in {"though", "although", "while", "whereas"}:
        return False
    lead = start + (tokens[start] in {"and", "but", "yet"})
    return tokens[lead] in _POINTERS and cue - lead <= 2 and cue > lead


@examples(
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
        "Many people think they must cut out greens on warfarin, but that's not true.",
        "warfarin-avoid-greens",
        True,
    ),
)
def trailing_judgement(frame: Frame, reading: Reading) -> None:
    """A later clause with none of the claim's words that only passes judgement on it still denies it.
    The writer's own hedge ("K2 may help ..., but no trial has tested it") keeps a caveat about the
    evidence a caveat: the sentence still puts the claim forward, as a possibility."""
    hedged = _hedged(frame) and not _reported(frame)
    end = frame.clause[1]
    for s, e in frame.spans:
        if hedged and _TESTING.intersection(frame.tokens[s:e]) | frame.lang.evidence.intersection(
            frame.tokens[s:e]
        ):
            continue
        if s >= end and not any(s <= p < e for p in frame.content):
            added = [
                c
                for c in reading.cues
                if s <= c[0] < e
                and (
                    c[1] - c[0] > 1
                    or frame.tokens[c[0]] not in frame.lang.forward
                    # "..., and that's not what the data show": a denial of what "that" points back to.
                    or _points_back(frame.tokens, s, c[0])
                    # "..., but later studies could not reproduce it": a failed test judges the claim.
                    or (not hedged and _FAILED_TEST.intersection(frame.tokens[c[1] : c[1] + 2]))
                )
            ]
            if added:
                reading.counted += added
                reading.rules.append("trailing-judgement")


@examples(
    ("Doesn't K2 build muscle?", "k2-builds-muscle", False),
    ("If K2 builds muscle so well, why don't bodybuilders all take it?", "k2-builds-muscle", False),
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
    if (
        first <= start + 1
        and (first == start or tokens[start] in frame.lang.negative_aux)
        and tokens[first] == "not"
    ):
        reading.counted = reading.counted[1:]
        reading.rules.append("negative-question")


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
        "Delay the vitamin K injection until after the first feed if you like, but do not skip it.",
        "newborn-vitk-shot",
        False,
    ),
    ("Spinach is good for you, but it gives you K1 rather than K2.", "leafy-greens-k2", True),
)
def but_not(frame: Frame, reading: Reading) -> None:
    """ "..., but not K2", "..., but it's not enough": a clause after "but" whose negation falls on the
    claim's own words denies what the clause before conceded."""
    if "safe-except" in reading.rules:
        return
    tokens = frame.tokens
    end = frame.clause[1]
    for s, e in frame.spans:
        if s < end or s == 0 or tokens[s - 1] not in {"but", "yet", "however"}:
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
            ),
            None,
        )
        if cue is not None and not any(p in frame.siblings for p in range(s, e)):
            reading.counted.append(cue)
            reading.rules.append("but-not")
        return


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
)
def exception_permission(frame: Frame, reading: Reading) -> None:
    """An opposite term inside an exception ("unless your doctor says it's okay", "if your GP agrees it
    is safe") names the condition under which the advice lifts; it does not deny the claim."""
    if reading.antonym is None:
        return
    at = reading.antonym[0]
    tokens = frame.tokens
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
)
def reported_then_denied(frame: Frame, reading: Reading) -> None:
    """A claim reported as what others hold ("sellers claim", "it is often said", "claims that"), then
    met with a denial after the claim's words ("yet nobody has measured it", "yet little is absorbed",
    "rest on cell studies, not on any trial") or with the claim's opposite term in a later clause ("yet
    it's actually rare") is denied. The writer's own view ("I think") is not
    reported."""
    if reading.counted or not frame.content or not _reported(frame):
        return
    tokens = frame.tokens
    last = max((p for p in frame.content if frame.in_clause(p)), default=max(frame.content))
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
    start = max((s for s, _ in frame.spans if s <= cue[0]), default=0)
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
            and tokens[start] in {"not", "never", "fails", "fail", "failed", "unable"}
            and pivot is not None
            and (needed or not any(p in frame.content for p in range(end, pivot)))
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
)


@examples(
    (
        "Vitamin K2 is generally safe unless you take a blood thinner like warfarin.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is safe for most people, but not for anyone on warfarin.", "k2-warfarin-interaction", False),
    (
        "People on warfarin can take K2 safely as long as their INR is checked.",
        "k2-warfarin-interaction",
        False,
    ),
    ("K2 is perfectly safe with warfarin, whatever your doctor says.", "k2-warfarin-interaction", True),
    ("Lettuce is a poor source of vitamin K2 but a good source of K1.", "leafy-greens-k2", True),
)
def safe_except(frame: Frame, reading: Reading) -> None:
    """ "Safe unless you take warfarin", "safe for most, but not on warfarin", "safe as long as your INR is
    checked", "fine for people not on warfarin": the opposite term holds for everyone else, and the
    exception after it is what the claim says (a "not" right after "but" belongs to that exception)."""
    if reading.antonym is None:
        return
    tokens = frame.tokens
    at = reading.antonym[1]
    for p in range(at, len(tokens)):
        opener = next((o for o in _EXCEPTIONS if tuple(tokens[p : p + len(o)]) == o), None)
        if opener is None:
            continue
        after = p + len(opener)
        # "a weak source of K2 but a great source of K1": the same predicate said of something else is a
        # contrast, not an exception; an exception names something else ("but not on warfarin").
        group = frame.groups.get(reading.antonym[0])
        named = [q for q in frame.own if q >= after and q not in frame.subject]
        other = frame.others | frame.siblings | {q for q in range(after, len(tokens)) if tokens[q] in _FORMS}
        contrast = opener == ("but",) and any(q >= after for q in other)
        if named and not (contrast and all(frame.groups.get(q) == group for q in named)):
            dropped = {reading.antonym}
            if opener == ("but",):
                dropped |= {
                    c for c in reading.counted if c[0] in (after, after + 1) and tokens[c[0]] == "not"
                }
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
)
def reason_states_claim(frame: Frame, reading: Reading) -> None:
    """Advice against something ("don't take vitamin K on an empty stomach") followed by its reason, a
    clause that points back to the subject and states the claim's own words with no negation ("; it
    needs fat to be absorbed"), states the claim: the negation belongs to the advice."""
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
        advice = [c for c in reading.counted if c[0] < s and _advises_against(frame, c)]
        if advice and len(advice) == len(reading.counted):
            reading.counted = []
            reading.rules.append("reason-states-claim")
            return


# Words that open a clause set against the one before ("..., THOUGH the shot protects better").
_CONTRASTS = frozenset({"but", "yet", "however", "whereas", "though", "although", "while"})


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
        if s == 0 or tokens[s - 1] not in _CONTRASTS:
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
)


@examples(
    ("Since I started MK-7 I no longer get cramps in my calves at night.", "k2-nocturnal-leg-cramps", False),
    (
        "Three weeks on vitamin K2 and I haven't had a night leg cramp since.",
        "k2-nocturnal-leg-cramps",
        False,
    ),
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
        ):
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
)
def reported_opposite(frame: Frame, reading: Reading) -> None:
    """An opposite term inside what someone else believes ("you might think you get ENOUGH K2"), followed
    by a clause that states the claim's own words ("most diets still fall short"), is the belief the
    sentence corrects, not the writer's word; alone, the reported belief still denies the claim."""
    if reading.antonym is None:
        return
    tokens = frame.tokens
    lang = frame.lang
    at = reading.antonym[0]
    report = next((p for p in range(max(0, at - 5), at) if tokens[p] in lang.reporting), None)
    if report is None or lang.first_person.intersection(tokens[max(0, report - 2) : report]):
        return
    pause = next((p for p in range(at + 1, len(tokens)) if tokens[p] in {",", ";", "but", "yet"}), None)
    stated = frame.own - frame.subject - frame.opposites
    if pause is not None and any(p > pause for p in stated):
        reading.counted = [c for c in reading.counted if c != reading.antonym]
        reading.rules.append("reported-opposite")


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


ADJUSTMENTS = (
    conceded_then_denied,
    other_side_lesser,
    reported_opposite,
    exception_permission,
    safe_except,
    negated_until,
    rejected_alternative,
    contrasted_subject,
    negated_antonym,
    negated_omission,
    litotes,
    judged_denial,
    without_double_negative,
    without_consequence,
    missing_means_harm,
    advice_agrees,
    warned_consequence,
    trailing_judgement,
    but_not,
    reported_then_denied,
    judging_relative,
    reason_states_claim,
    contrast_ranks,
    complaint_gone,
    nearly_refused,
    but_states_claim,
    negative_question,
)
