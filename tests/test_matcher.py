"""One line per case: statement, expected claim id (None: must match nothing), negated."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

import pytest

CASES = [
    ("Vitamin K2 builds muscle", "k2-builds-muscle", False),
    ("k2 helps u build musle", "k2-builds-muscle", False),
    ("Is MK-7 good for muscle growth?", "k2-builds-muscle", False),
    ("#VitaminK2 = #gains 💪", "k2-builds-muscle", False),
    ("K2 does not build muscle", "k2-builds-muscle", True),
    ("Doesn't K2 build muscle?", "k2-builds-muscle", False),
    ("It's not true that K2 doesn't build muscle", "k2-builds-muscle", False),
    ("There's no evidence that vitamin K2 builds muscle.", "k2-builds-muscle", True),
    ("It's a myth that natto is rich in K2.", "natto-richest-k2", True),
    ("Natto is the richest food source of vitamin K2.", "natto-richest-k2", False),
    ("K2 is perfectly safe even in huge doses", "k2-toxic-high-dose", True),
    ("Vitamin K2 is toxic at high doses.", "k2-toxic-high-dose", False),
    ("Influencers warn that taking D3 without K2 calcifies your arteries.", "d3-without-k2-calcifies", False),
    ("Never take D3 without K2, or calcium ends up in your arteries.", "d3-without-k2-calcifies", False),
    ("Chicken breast is an organ meat.", "chicken-breast-organ-meat", False),
    ("Chicken breast is muscle meat, not an organ meat.", "chicken-breast-organ-meat", True),
    ("Vitamin K deficiency is rare in healthy adults.", "vitk-deficiency-common", True),
    ("No, vitamin K2 cannot replace exercise.", "k2-replaces-exercise", True),
    (
        "Menaquinone-7 can stand in for the gym when it comes to building muscle.",
        "k2-replaces-exercise",
        False,
    ),
    (
        "People on warfarin should check with their doctor before starting K2.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Without vitamin K, your blood can't clot properly.", "vitk-needed-clotting", False),
    ("Phylloquinone and menaquinone are the same thing.", "k1-k2-same", False),
    ("Newborns should get a vitamin K shot to prevent bleeding.", "newborn-vitk-shot", False),
    # A stand-in ("it", "this vitamin") read as the page's subject.
    ("Cheese from pasture-fed cows holds more of this vitamin.", "grass-fed-more-k2", False),
    ("It takes a few weeks for the INR test to settle.", None, False),
    # ...but not when another nutrient named before it is what "it" stands for.
    ("Creatine is cheap and it builds muscle fast.", None, False),
    ("Vitamin D is made in the skin, and most people do not get enough of it.", None, False),
    # Subjects a page leaves out: the intake of vitamin K on a warfarin leaflet, the drops and the shot.
    ("Try to keep your vitamin K intake about the same each week.", "warfarin-consistent-vitk", False),
    ("Vitamin K2 levels stay stable in the blood for 72 hours.", None, False),
    ("The drops work just as well as the injection.", "oral-vitk-equals-shot", False),
    # A claim the main clause states beats one only a fronted background clause states.
    (
        "Because MGP needs vitamin K to work, some say K2 keeps your skin free of wrinkles.",
        "k2-prevents-wrinkles",
        False,
    ),
    # A product fragment that grades the product has the page's subject; a bare topic heading has none.
    ("Readily absorbed with a fatty meal", "vitk-absorbed-with-fat", False),
    ("Cardiovascular health", None, False),
    # The name of a condition, and the liver as an organ, are not claims.
    ("Vitamin K deficiency bleeding can be early, classic or late.", None, False),
    ("K3 has been tied to liver damage in people.", "menadione-safe-supplement", True),
    ("Beta-alanine builds muscle", None, False),
    ("Creatine builds muscle", None, False),
    ("Vitamin A is toxic at high doses", None, False),
    ("Vitamin D3 reduces leg cramps", None, False),
    ("The weather is nice today", None, False),
    ("5 min read", None, False),
    ("Further studies are warranted.", None, False),
    ("Just ordered more MK-7", None, False),
    (
        "Knapen MH, Drummen NE, Smit E, et al. Three-year low-dose menaquinone-7 supplementation. "
        "2013;24(9):2499.",
        None,
        False,
    ),
    # The speaker's own habit is not advice on the dose; the advice and a reason given with it are.
    ("Take 150 mcg of MK-7 with dinner every day.", "k2-dose-100-200-mcg", False),
    ("started taking 150 mcg of MK-7 in the spring", None, False),
    ("My dad takes 150 mcg of MK-7 every evening.", None, False),
    ("People who took 180 mcg of MK-7 lost less bone.", "k2-slows-bone-loss", False),
    # Another nutrient where the claim names the vitamin: not the claim, even one group short.
    ("Collard greens are packed with folate.", None, False),
    ("Kale is loaded with vitamin K.", "leafy-greens-vitk", False),
    ("I'm taking 180 mcg of K2 because 100-200 mcg is the recommended dose", "k2-dose-100-200-mcg", False),
    # 90 and 120 mcg are the official adult intake of vitamin K, not the supplement dose people advise.
    ("Women are advised to get 90 mcg of vitamin K per day and men 120 mcg.", "vitk-adequate-intake", False),
    ("The official recommended intake for K2 is 120 micrograms a day.", "k2-official-rdi", False),
    # The dose claim is advice on the amount; "doses" said of safety is the safety claim.
    # ("Trials found no problems at doses of 180 mcg ...": see test_second_opinion_overrides)
    ("150 mcg of MK-7 a day is a reasonable amount for most people.", "k2-dose-100-200-mcg", False),
    # A label's warning: the product is its subject, a clinician or their say-so its advice.
    ("Do not use if you take warfarin unless your cardiologist approves.", "k2-warfarin-interaction", False),
    (
        "Ask a healthcare professional before use if you are on blood thinners.",
        "k2-warfarin-interaction",
        False,
    ),
    ("Only add MK-7 on Coumadin with your haematologist's go-ahead.", "k2-warfarin-interaction", False),
    # "No need to give up greens on warfarin" denies the avoid-greens claim; keeping intake steady is
    # the consistency claim.
    ("Nobody on Coumadin has to stop eating broccoli and kale.", "warfarin-avoid-greens", True),
    (
        "On warfarin, keep eating about the same amount of greens each week.",
        "warfarin-consistent-vitk",
        False,
    ),
    # Ways to say that vitamin K acts on a blood thinner, denied, state that the newer ones are unaffected.
    ("Dabigatran does not clash with vitamin K-rich foods.", "doacs-unaffected-by-vitk", False),
    ("Kale and spinach can throw off your Xarelto.", "doacs-unaffected-by-vitk", True),
    # "No," after a question answers it, however long the reason that follows; a claim of the answer's
    # own comes first.
    ("Does K2 build muscle? No, the trials so far show no effect on muscle mass.", "k2-builds-muscle", True),
    # An answer that states the asked claim again in its own words is read from the answer.
    (
        "Do babies get enough vitamin K from breast milk? No, breast milk is low in it even when the "
        "mother takes a supplement.",
        "breast-milk-low-vitk",
        False,
    ),
    (
        "Should I stop eating kale on warfarin? No, just eat about the same amount every week.",
        "warfarin-consistent-vitk",
        False,
    ),
    # The answer's own claim comes after the one asked, unless it is advice (the case above).
    (
        "Is K2 the same as K1? No: K1 is mostly about clotting, while the K2 forms act on bones and vessels.",
        "k1-k2-same",
        True,
    ),
    (
        "Is vitamin K2 toxic at high doses? No, even 45 mg a day caused no harm in trials.",
        "k2-toxic-high-dose",
        True,
    ),
    # A short answer's lead-in ("In a word", "Put simply") does not hide the "no".
    ("Does K2 build muscle? In a word: no.", "k2-builds-muscle", True),
    # A statement that names a claim's own subject and every part of its assertion needs a score of 40:
    # a long sentence reads little like any phrasing.
    (
        "If you already eat enough K2 from food, don't supplement it for strength gains; the evidence"
        " doesn't back it.",
        "k2-builds-muscle",
        True,
    ),
    # Phrases that name both forms at once ("the two K vitamins"), or call them one ("vitamin K is
    # vitamin K"), name K1 and K2.
    ("The two K vitamins are not the same thing.", "k1-k2-same", True),
    ("Both forms of vitamin K do much the same job.", "k1-k2-same", False),
    ("Honestly, vitamin K is vitamin K, so I never pay extra for MK-7.", "k1-k2-same", False),
    # A claim stated only in a trailing "because" clause is the reason for the main clause's claim.
    (
        "MK-7 is the preferred form for supplements because it lasts longer in the body.",
        "mk7-best-form",
        False,
    ),
    # ("Most brands choose MK-7 because it lasts much longer ...": see test_second_opinion_overrides)
    # "It" after another drug or supplement stands for that one, not for K2.
    ("Garlic is popular with heart patients because it may lower stiffness of the arteries.", None, False),
    ("Ginkgo thins the blood, so it can add to the effect of warfarin.", None, False),
    # "Vitamin K" in general reads a claim about vitamin K before one about K2 it only reaches broadly.
    # "It" set against K1 is neither K1 nor vitamin K in general: it is the page's K2.
    ("It's absorbed far better than the K1 in spinach.", "k2-better-absorbed-than-k1", False),
    # A colon ends a label or opens a list: no phrase runs across it ("deficiency: bleeding" is not VKDB).
    (
        "Warning signs of vitamin K deficiency: bleeding gums and heavy periods",
        "vitk-deficiency-causes-bleeding",
        False,
    ),
    (
        "Adult vitamin K deficiency: bleeding that is slow to stop, and bruises",
        "vitk-deficiency-causes-bleeding",
        False,
    ),
    # On its own the shot is the newborn's vitamin K shot; a shot another word names is not.
    ("Honestly the jab is overkill for a full-term baby.", "newborn-vitk-shot", True),
    ("The hepatitis B shot is recommended for every newborn.", None, False),
    ("Flu jabs in pregnancy help protect the baby too.", None, False),
    (
        "Is the oral form as good as the shot for a breastfed baby? Yes, if no dose is missed.",
        "oral-vitk-equals-shot",
        False,
    ),
    ("Oral courses protect less well than the single jab.", "oral-vitk-equals-shot", True),
    # The subject named in other words: the intake figures, "D and K2", a mother's milk.
    ("The adequate intake is 120 mcg a day for men and 90 mcg for women.", "vitk-adequate-intake", False),
    ("Pairing D and K2 builds more bone than D by itself.", "d3-k2-better-than-d3-bone", False),
    ("Even colostrum carries very little vitamin K.", "breast-milk-low-vitk", False),
    # A stand-in subject (words of the claim's own) names the page's vitamin, not another nutrient.
    ("Outright deficiency is rare in adults who eat normally.", "vitk-deficiency-common", True),
    ("Vitamin D deficiency is common in winter.", None, False),
    ("Typical dose: 100 to 200 mcg a day.", "k2-dose-100-200-mcg", False),
    # A run of three or more kinds of disease with K2 is the many-diseases claim; bones, teeth and
    # arteries are where calcium goes, not a list of diseases.
    (
        "Skimp on K2 and you invite heart attacks, tumours, dementia and brittle bones.",
        "k2-prevents-many-diseases",
        False,
    ),
    (
        "K2 helps put calcium into bones and teeth rather than the arteries.",
        "k2-directs-calcium-bones-not-arteries",
        False,
    ),
    # An answer that reads as no claim, even with its question, leaves the question open; so does a
    # question after a label.
    ("Is K2 safe with blood thinners? It depends on which one.", "k2-warfarin-interaction", False),
    ("Ask the doctor: Can I still eat leafy greens while taking warfarin?", "warfarin-avoid-greens", False),
    # "With no" opening the sentence before a term of the claim is "without"; not inside the term.
    (
        "With no prophylaxis, late vitamin K deficiency bleeding strikes around one baby in fifteen hundred.",
        "newborn-vitk-shot",
        False,
    ),
    ("Thousands of people have taken MK-7 with no side effects.", "k2-safe-usual-doses", False),
    (
        "Sure, nobody's denying that K2 activates the Gla proteins.",
        "k2-activates-k-dependent-proteins",
        False,
    ),
    ("Why We Said No to the Vitamin K Shot", "newborn-vitk-shot", True),
    # A negation that ends the sentence (a rule once read one word past the end here).
    (
        "The CDC said the parents thought the shot causes leukemia, which officials say is simply not true.",
        "vitk-shot-causes-leukemia",
        True,
    ),
    # A newer blood thinner said to fail with vitamin K denies that it is unaffected.
    (
        "Even on Xarelto you've got to keep your vitamin K steady, or the drug won't work properly.",
        "doacs-unaffected-by-vitk",
        True,
    ),
]


def reading(checker, text: str) -> tuple[str, bool] | None:  # type: ignore[no-untyped-def]
    """The claim a statement is read as and whether it is denied; None when it matches nothing."""
    match = checker.check_statement(text).match
    return None if match is None else (match.claim.id, match.negated)


@pytest.mark.parametrize(("text", "claim_id", "negated"), CASES, ids=[c[0][:40] for c in CASES])
def test_case(checker, text: str, claim_id: str | None, negated: bool) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(text)
    got = result.match.claim.id if result.match else None
    assert got == claim_id
    if result.match:
        assert result.match.negated is negated
    else:
        assert result.verdict == "no-match"


# Round 14's second opinion (C = 8) overrides the keyword groups on these two: the join replaces a claim the
# groups stated when the model gives another 0.8 or more (here 0.83 for the dose claim, "no problems"
# then denying it; and the half-life claim, which the trailing "because" clause does state). Kept as
# strict expected failures: out of fold the C = 8 model reads 0.8650 against 0.8616 and the older held-out
# sets 0.801 against 0.794, and a bound of 0.85 or 0.9 on the switch loses more out of fold (0.8640,
# 0.8624) than it saves. Round 34's retrain (round 33's development halves added) reads the half-life
# sentence right again: no longer an expected failure.
def test_second_opinion_overrides(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Most brands choose MK-7 because it lasts much longer in the blood.")
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("mk7-best-form", False)


def test_no_problems_at_a_dose_reads_as_safety(checker) -> None:  # type: ignore[no-untyped-def]
    """Pinned as an expected failure from round 14 to round 16, read right again by the model retrained with
    round 16's advice sets, an expected failure again from round 23's retrain (the dose claim at
    p >= join_switch, denied by the "no"), read right again by round 28's, an expected failure again
    from round 30's (the dose claim, denied) and read right again by round 48's."""
    result = checker.check_statement("Trials found no problems at doses of 180 mcg of MK-7 a day.")
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("k2-safe-usual-doses", False)


# A speaker's own habit is not a claim. Round 15's second opinion gave the toxicity claim 0.42 here, just past
# the join's floor (0.4), and this was a strict expected failure until round 22's retrain (on every
# development set) gave it less. Round 48's (C = 16) gives it 0.43 again, denied: a strict expected failure
# once more.
@pytest.mark.xfail(strict=True, reason="round 48's second opinion reads the toxicity claim, denied")
def test_habit_is_not_a_claim(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("I've been taking 150 mcg of MK-7 with dinner for a year.")
    assert result.match is None


# Round 16's second opinion, retrained with its writers' advice sets, read a former example of a polarity
# rule (benefit_vanished) as no claim: the join's no-claim row won (a strict expected failure until round
# 30's retrain read it right again). The rule still decides its other
# examples; the sentence is kept as a strict expected failure, so a change that makes it pass again is
# noticed and it goes back beside its rule. (A second one, other_subject_first's "This is not about K2 being
# an anabolic agent ...", failed with the first retrain of the round and passed again with the second.)
#
# Round 33's retrained second opinion (round 32's development halves kept) read it as no claim again (a
# strict expected failure that round); round 34's (round 33's development halves added) reads it right;
# round 35's reads it as no claim once more (test_read_otherwise_in_round_35).


# Round 28's second opinion, retrained with the development halves of rounds 24 to 28 (the 135 held-out sets
# 0.8774 -> 0.8850, their polarity 0.946 -> 0.949, inversions 473 -> 455), chooses another claim, or none,
# for five sentences that were examples of polarity rules and two cases of test_case (a label's warning,
# "Not for use by anyone taking anticoagulant medication", and "Vitamin K and Coumadin clash", now read as
# no claim: a miss, not a warning called false): the rules still read them as before, the join now
# prefers the model's claim (the calcium one: the claim that K2 steers calcium into bone, which the sentence
# also states; the two safety ones: the safety claim, which they also state) or its no-claim row (the
# softgel label, the MK-4 comparison). Kept as strict expected failures, so a change that makes one pass
# again is noticed and it goes back beside its rule (safe_except keeps two other sentences of the same shape).
@pytest.mark.xfail(strict=True, reason="round 28's second opinion chooses another claim or none")
@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("This MK-7 softgel has no soy and supports strong bones.", "vitk-important-bone-health"),
        ("K2 is safe for most people, but not for anyone on warfarin.", "k2-warfarin-interaction"),
        (
            "Yes, MK-7 is safe for most people, just not for anyone on warfarin unless their doctor is "
            "involved.",
            "k2-warfarin-interaction",
        ),
    ],
)
def test_former_rule_examples_of_round_28(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, False)


# Three of round 28's expected failures, read right again by round 30's retrained second opinion.
@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("MK-4 doesn't come anywhere near MK-7 for how long it lasts.", "mk7-longer-half-life-than-mk4"),
    ],
)
def test_round_28_failures_read_right_again(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, False)


# Round 30's second opinion, retrained with the development halves of rounds 29 and 30 (the 135 held-out sets
# of round 28, whose development halves it had already seen, 0.8872 -> 0.8910; all 174 0.8801 -> 0.8840;
# inversions 588 -> 580, the 40 advice sets' 142 -> 145), reads four former examples and one former case
# otherwise: an example of equal_to_comparison now denied by the negation model, one of safe_except and one of
# the "what it does instead" clause read as the other claim they also state (safety, clotting), a case report
# of natto and an INR read as no claim. Kept as strict expected failures, so a change that makes one pass
# again is noticed and it goes back beside its rule (round 31's reads the example of equal_to_comparison right
# again: it is back there; round 33's reads the case report right: test_read_right_again_in_round_33).
@pytest.mark.xfail(strict=True, reason="round 30's second opinion reads it otherwise")
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Vitamin K2 won't trigger unwanted clots; it simply keeps your clotting proteins working.",
            "k2-causes-blood-clots",
            True,
        ),
    ],
)
def test_former_examples_of_round_30(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# Round 31's retrained second opinion (the development halves of round 30's last two sets and round 31's
# twenty-two) reads three rule examples and one of round 28's cases otherwise: "Myth: K2 is safe for everyone
# on warfarin" went to the safety claim, denied, where the warfarin claim was stated (round 32's model, which
# learnt the database's new negated phrasings of the warfarin claim, reads it right again: it is back beside
# its rule, reported_myth); a sentence that sets aside K2 as an anabolic agent reads as the muscle claim;
# "Cheese can't compete with natto" reads as no claim; "K2 doesn't just help you take up calcium, it steers it
# into your bones" reads as the steering claim it also states. Strict, as above (round 33's reads the cheese
# sentence right again: test_read_right_again_in_round_33).
@pytest.mark.xfail(strict=True, reason="round 31's second opinion reads it otherwise")
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "This is not about K2 being an anabolic agent like resistance training or protein, but about "
            "its supporting role in muscle.",
            "protein-training-drive-muscle-growth",
            False,
        ),
    ],
)
def test_former_examples_of_round_31(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# Round 32's second opinion (retrained on the same sets as round 31's, with three negated phrasings added to
# the warfarin claim) read a hand-written case and a rule example otherwise ("Eating a lot of it ..." as no
# claim; the example of equal_to_comparison denied by the model), and round 30's and round 31's read a case
# report of natto and an INR, and "Cheese can't compete with natto", as no claim. Round 33's (round 32's
# development halves kept) reads all four right again.
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        ("Eating a lot of it can make your warfarin work less well.", "vitk-counteracts-warfarin", False),
        (
            "Vitamin K2 supports bones as well as arteries, and it is absorbed better than K1.",
            "k2-better-absorbed-than-k1",
            False,
        ),
    ],
)
def test_read_right_again_in_round_33(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# Round 35's second opinion (retrained twice, each retrain kept after a test on whole sets no model had
# seen) read a former rule example, a former case of test_case and two sentences of round 33's list as no
# claim (misses, not inversions). Strict, as above, so a change that reads one right again is noticed and
# it goes back. Round 41's reads the Coumadin sentence right again (below); the cheese one stays.
@pytest.mark.xfail(strict=True, reason="round 35's second opinion reads it as no claim")
def test_read_otherwise_in_round_35(checker) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, "Cheese can't compete with natto for vitamin K2.") == ("natto-richest-k2", False)


# Round 35's second opinion read it as no claim; round 41's (retrained with 69 development halves) reads it
# right again. A plain test now.
def test_read_right_again_in_round_41(checker) -> None:  # type: ignore[no-untyped-def]
    text = "Vitamin K and Coumadin clash with each other."
    assert reading(checker, text) == ("vitk-counteracts-warfarin", False)


# Round 36's second opinion (retrained with round 35's last six development halves and round 36's first six;
# whole sets no model had seen 0.7917 -> 0.7965) and rules read these right again: one of round 30's list and
# two of round 35's. Plain tests now (two of them read otherwise again in round 41: see below).
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "In one case report a patient's INR plummeted within a fortnight of starting to eat natto every "
            "day for breakfast.",
            "vitk-counteracts-warfarin",
            False,
        ),
    ],
)
def test_read_right_again_in_round_36(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# Round 41's second opinion, retrained with the 69 development halves of rounds 36 to 41 that no model had
# learnt from (all 355 held-out sets 0.8643 -> 0.8704, inversions 1,084 -> 1,053; three fresh sets no one
# had read, 720 sentences, 0.8639 -> 0.8806; held-out page folders 5,562 -> 5,577 claims, silent lines
# unchanged), reads these former rule examples and cases otherwise: the safe-for-most sentences as the
# safety claim their first clause states, the rest as no claim; one myth it denies past "can't" although
# the writer agrees. Strict, so a change that reads one right again is noticed and it goes back.
_MISSED_IN_ROUND_41 = frozenset(
    f"{negation} offer a vitamin K2 supplement to someone who takes warfarin."
    for negation in ("Do not", "Don't", "You should not")
)


@pytest.mark.xfail(strict=True, reason="round 41's second opinion reads it otherwise")
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        *((text, "k2-warfarin-interaction", False) for text in sorted(_MISSED_IN_ROUND_41)),
        (
            "Our nurse urged us to let them give the injection before we went home.",
            "newborn-vitk-shot",
            False,
        ),
        (
            "Vitamin K2 doesn't just help you take up calcium, it steers it into your bones.",
            "k2-increases-calcium-absorption",
            False,
        ),
        (
            "K2 is safe for most people, but not for anyone taking warfarin or another blood thinner.",
            "k2-warfarin-interaction",
            False,
        ),
        (
            "Once only low-risk trials were kept, the BMD advantage of vitamin K2 vanished.",
            "k2-increases-bone-density",
            True,
        ),
        (
            "MK-7 is fine for most healthy adults, just not for people on warfarin.",
            "k2-warfarin-interaction",
            False,
        ),
        (
            "You won't find a better source of vitamin K2 for your bones than natto.",
            "natto-richest-k2",
            False,
        ),
        (
            "Lots of people believe you can't eat greens on warfarin, and they are right.",
            "warfarin-avoid-greens",
            False,
        ),
    ],
)
def test_read_otherwise_in_round_41(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# Round 48's second opinion, retrained with the 39 development halves of rounds 41 to 47 that no model had
# learnt from, at C = 16 (all 394 held-out sets 0.8786 -> 0.8806 with the round's rules; three fresh sets no
# model had seen, 720 sentences, 0.9111 on arrival -> 0.9222), reads these three of round 41's list right
# again: plain tests now.
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Please don't offer a vitamin K2 supplement to someone who takes warfarin.",
            "k2-warfarin-interaction",
            False,
        ),
        ("Some say K2 doesn't help bones at all, but that's a myth.", "vitk-important-bone-health", False),
        (
            "Vitamin K2 is generally safe unless you take a blood thinner like warfarin.",
            "k2-warfarin-interaction",
            False,
        ),
    ],
)
def test_read_right_again_in_round_48(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# And these otherwise: a warning to a carer as no claim (a miss, not an inversion), a former example of
# lab_only (a finding only in mice: the model denies the claim past the hedge), and a post that reports no
# new cavity in two years (denied by its "not a single", where the rules' last sentence held it). Strict, so a
# change that reads one right again is noticed and it goes back.
_MISSED_IN_ROUND_48 = frozenset({"You should not offer MK-7 to someone who takes warfarin."})


@pytest.mark.xfail(strict=True, reason="round 48's second opinion reads it otherwise")
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        *((text, "k2-warfarin-interaction", False) for text in sorted(_MISSED_IN_ROUND_48)),
        ("K2 has only been shown to treat cancer in mice.", "k2-treats-cancer", False),
        (
            "Two years on K2 and not a single new cavity. It really does protect your teeth.",
            "k2-prevents-cavities",
            False,
        ),
    ],
)
def test_read_otherwise_in_round_48(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


# A label's warning that round 28's second opinion read as no claim, read right again by round 35's.
def test_read_right_again_in_round_35(checker) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, "Not for use by anyone taking anticoagulant medication.") == (
        "k2-warfarin-interaction",
        False,
    )


def test_several_sentences_report_other_matches(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(
        "Vitamin K2 builds muscle. Natto is the richest food source of vitamin K2."
    )
    assert result.match is not None
    ids = {result.match.claim.id, *(m.claim.id for m in result.other_matches)}
    assert ids == {"k2-builds-muscle", "natto-richest-k2"}


def test_subject_carries_to_the_next_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Vitamin K2 is fat-soluble. It is also toxic at high doses.")
    assert result.match is not None and result.match.claim.id == "k2-toxic-high-dose"


def test_explain_shows_terms_and_cue(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--explain", "K2 does not build muscle")
    assert "negation: not" in result.stdout
    assert "threshold" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Leafy greens are rich in vitamin K1.",
        "Spinach is loaded with phylloquinone.",
        "Natto is rich in vitamin K1.",
    ],
)
def test_a_sibling_form_does_not_borrow_a_k2_claim(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    # K1 in greens is a claim of its own (leafy-greens-vitk); what matters is that no K2 claim answers.
    result = checker.check_statement(text)
    assert result.match is None or result.match.claim.id not in {"leafy-greens-k2", "natto-richest-k2"}


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("K2 builds muscle? That's a myth.", "mostly-true"),
        ("Vitamin K2 is toxic at high doses, some say, but that's a myth.", "true"),
        ("Vitamin K is needed for blood clotting, though most people never need to think about it.", "true"),
        # "if" as "whether" opens no condition: the judgement holds over what follows it.
        ("It really doesn't matter if you take your MK-7 with food.", "false"),
    ],
)
def test_judgements_and_subordinate_clauses(checker, text: str, verdict: str) -> None:  # type: ignore[no-untyped-def]
    assert checker.check_statement(text).verdict == verdict


def test_ties_go_to_the_more_specific_claim_whatever_the_order() -> None:
    """Equal ranks: more assertion groups named wins, then more of the sentence explained, then the
    database order; never the order in which the sentence named the candidates."""
    from k2check.rank import Candidate, Hit, order

    def candidate(claim: int, groups: int, words: int) -> Candidate:
        hits = {g: [Hit(g * 10 + w, g * 10 + w + 1, False) for w in range(words)] for g in range(groups)}
        return Candidate(claim, hits, 0, 2, 60.0, "", False)

    broad, specific, wordier = candidate(0, 1, 2), candidate(1, 2, 1), candidate(2, 2, 2)
    for listed in ([broad, specific, wordier], [wordier, specific, broad], [specific, broad, wordier]):
        ranked = sorted(listed, key=lambda c: order(c, 80.0))
        assert [c.claim for c in ranked] == [2, 1, 0]
    assert sorted([broad, specific], key=lambda c: order(c, 90.0 if c is broad else 80.0))[0] is broad


def test_a_word_read_only_through_a_broader_word_counts_against_the_claim() -> None:
    """'K2' explained by a vitamin K claim only as 'vitamin K' lowers its rank below a claim that lists K2."""
    from k2check.rank import Candidate, Hit, rank

    hits = {0: [Hit(0, 1, False)], 1: [Hit(2, 3, False), Hit(4, 5, False)]}
    exact = Candidate(0, hits, 0, 2, 60.0, "", False)
    broader = exact._replace(claim=1, implied=1)
    assert rank(exact) > rank(broader)


def test_greens_supply_k1_not_k2_is_the_k2_claim(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Salad greens give you K1, but not menaquinones.")
    assert result.match is not None and result.match.claim.id == "leafy-greens-k2"


def test_sound_safety_advice_is_never_called_false(checker) -> None:  # type: ignore[no-untyped-def]
    """Every sentence of the safety probe (tests/data/safety-probe.yaml: advice and warnings written for
    round 17) states its claim: a denial there would call sound advice false."""
    from k2check.evaluate import read_cases

    wrong = []
    for case in read_cases(Path(__file__).parent / "data" / "safety-probe.yaml"):
        match = checker.check_statement(case.text).match
        if match is None or match.claim.id not in case.accepted or match.negated != case.negated:
            wrong.append(case.text)
    assert not wrong


# Advice against K2 on warfarin, said the ways a pharmacist, a carer or a shop says it: every combination
# must state the interaction. Round 21 found 620 of these 2,240 read as denials ("Do not offer K2 to anyone
# on warfarin", "Never give MK-7 to a patient on warfarin without checking the INR"): verbs of handing
# something to someone were no advice verbs, "give" was taken for "give up", and a check named after
# "without" was not a double negative.
_ADVICE_NEGATIONS = ("Do not", "Don't", "Never", "Please don't", "You should not", "Patients should never")
_ADVICE_VERBS = (
    "take",
    "give",
    "offer",
    "add",
    "mix",
    "combine",
    "use",
    "start",
    "swallow",
    "recommend",
    "prescribe",
    "sell",
)
# What a person is told not to take ("with warfarin"), and what a carer is told not to give ("to anyone on
# warfarin").
_TAKEN_WITH = (
    "with warfarin",
    "while on a blood thinner like warfarin",
    "with warfarin without asking your doctor",
)
_GIVEN_TO = (
    "to anyone on warfarin",
    "to a patient on warfarin without checking the INR",
    "to someone who takes warfarin",
)
_GIVING = {"give", "offer", "recommend", "prescribe", "sell"}


def _misread(checker, cases: Iterable[tuple[str, str, bool]]) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of ``cases`` (text, claim id, negated) that do not read as that claim, that way round."""
    wrong = []
    for text, claim, negated in cases:
        match = checker.check_statement(text).match
        if match is None or (match.claim.id, match.negated) != (claim, negated):
            wrong.append(text)
    return wrong


def test_advice_against_k2_on_warfarin_states_the_interaction(checker) -> None:  # type: ignore[no-untyped-def]
    advice = (
        (f"{negation} {verb} {thing} {tail}.", "k2-warfarin-interaction", False)
        for negation, verb in itertools.product(_ADVICE_NEGATIONS, _ADVICE_VERBS)
        for tail in (_GIVEN_TO if verb in _GIVING else _TAKEN_WITH)
        for thing in ("K2", "MK-7", "a vitamin K2 supplement")
    )
    wrong = _misread(checker, advice)
    assert not [text for text in wrong if text not in _MISSED_IN_ROUND_41 | _MISSED_IN_ROUND_48], wrong[:10]


def test_an_act_done_without_asking_first_is_the_subject_of_the_warning(checker) -> None:  # type: ignore[no-untyped-def]
    """Round 23's probe: "Starting MK-7 on warfarin without telling your clinic can undo weeks of careful
    dosing" warns of the interaction (1,495 of 1,920 such warnings read as denials: the "without" counted);
    the same act called fine or safe still denies it. Either warfarin claim is a right reading of the
    warning, never the other way round."""
    acts = ("Starting", "Stopping", "Starting or stopping")
    harms = (
        "is one of the easiest ways to end up with an INR out of range",
        "is how people end up in A&E",
        "can undo weeks of careful dosing",
        "will make your INR jump around",
    )
    wrong = []
    for act, thing, drug, asking, outcome in itertools.product(
        acts,
        ("K2", "a K2 supplement"),
        ("on warfarin", "alongside Coumadin"),
        ("telling your clinic", "asking your doctor"),
        (*harms, "is perfectly safe", "is no problem"),
    ):
        text = f"{act} {thing} {drug} without {asking} {outcome}."
        match = checker.check_statement(text).match
        warns = outcome in harms
        claims = (
            {"k2-warfarin-interaction", "vitk-counteracts-warfarin"} if warns else {"k2-warfarin-interaction"}
        )
        if match is None or match.claim.id not in claims or match.negated == warns:
            wrong.append(text)
    assert not wrong, wrong[:10]


def test_newborn_advice_then_its_reason_states_the_shot(checker) -> None:  # type: ignore[no-untyped-def]
    """Round 23's probe: "Please get the vitamin K shot: nobody can tell which baby will bleed" (740 of
    1,760 such sentences were called false: the reason's negations counted against the advice). The
    breast-milk claim is a right reading of a reason about breast milk."""
    wrong = []
    for advice, shot, mark, reason in itertools.product(
        ("Don't skip", "Please get", "Make sure your baby gets", "Say yes to", "Never refuse"),
        ("the vitamin K shot", "the vit K jab"),
        (" - ", ", ", ": ", ". "),
        (
            "late bleeding can happen in the brain with no warning",
            "nobody can tell in advance which baby will bleed",
            "you can't predict which baby will bleed",
            "VKDB doesn't give you a second chance",
            "there's no way to know who is at risk",
            "breastfed babies don't get enough from milk",
        ),
    ):
        text = f"{advice} {shot}{mark}{reason}."
        match = checker.check_statement(text).match
        if (
            match is None
            or match.negated
            or match.claim.id not in {"newborn-vitk-shot", "breast-milk-low-vitk"}
        ):
            wrong.append(text)
    assert not wrong, wrong[:10]


def test_leave_to_take_k2_on_warfarin_as_you_like_denies_the_interaction(checker) -> None:  # type: ignore[no-untyped-def]
    """Round 23's probe: "Take K2 with warfarin if you like, it won't change your INR" stated the
    interaction (216 of 216 such permissions): "if you like," opened a subordinate clause, and the "won't"
    after its comma was read as another predicate's."""
    wrong = [
        text
        for text in (
            f"{act} {on} warfarin if you {like}, {why}."
            for act, on, like, why in itertools.product(
                ("Take K2", "Add a K2 supplement"),
                ("with", "alongside"),
                ("like", "want"),
                ("it won't change your INR", "it doesn't affect the drug", "your INR won't budge"),
            )
        )
        if (match := checker.check_statement(text).match) is not None and not match.negated
    ]
    assert not wrong, wrong[:10]


def test_permission_on_a_condition_of_supervision_is_never_a_denial(checker) -> None:  # type: ignore[no-untyped-def]
    """ "K2 is fine on warfarin if your doctor knows" puts the claim's own condition on the permission: it
    states the interaction claim. Round 22 found 690 of these 750 read as denials (sound advice called
    false); the condition is now an exception to the opposite term (safe_except). A few read as no-match,
    which is a miss, not an inversion."""
    permissions = [
        f"{thing} is {verdict} on {drug} if your {who} {condition}."
        for thing, verdict, who, condition, drug in itertools.product(
            ("K2", "MK-7", "A vitamin K2 supplement"),
            ("fine", "safe", "okay", "usually fine", "no big deal"),
            ("doctor", "clinic", "GP", "pharmacist", "anticoagulation nurse"),
            ("knows", "agrees", "checks your INR", "is told", "keeps an eye on your INR"),
            ("warfarin", "Coumadin"),
        )
    ]
    inverted = []
    for text in permissions:
        match = checker.check_statement(text).match
        if match is not None and match.claim.id == "k2-warfarin-interaction" and match.negated:
            inverted.append(text)
    assert not inverted, inverted[:10]
    assert len(_misread(checker, ((t, "k2-warfarin-interaction", False) for t in permissions))) <= 10


def test_harm_before_going_without_states_the_need(checker) -> None:  # type: ignore[no-untyped-def]
    """ "Newborns can bleed without vitamin K at birth" warns as "Without vitamin K at birth, newborns can
    bleed" does; round 22 found 33 of these 81 read as denials of the newborn shot (the harm came before
    the "without" or the "if they don't get")."""
    texts = [
        f"{who} {harm} {missing} vitamin K{when}."
        for who, harm, missing, when in itertools.product(
            ("Newborns", "Babies", "A newborn baby"),
            ("can bleed", "can develop serious bleeding", "may bleed into the brain"),
            ("without", "if they don't get", "if they miss"),
            (" at birth", " after delivery", ""),
        )
    ]
    needed = {
        "vitk-deficiency-causes-bleeding",
        "newborn-vitk-shot",
        "babies-born-low-vitk",
        "vitk-needed-clotting",
    }
    denied = []
    for text in texts:
        match = checker.check_statement(text).match
        if match is None or match.claim.id not in needed or match.negated:
            denied.append(text)
    assert not denied, denied[:10]


def test_leave_to_keep_greens_on_warfarin_is_no_denial_of_steadiness(checker) -> None:  # type: ignore[no-untyped-def]
    """ "There's no need to give up greens on warfarin; just keep the amount steady" states steadiness;
    round 22 found 5 of these 128 read as its denial ("no need to give up" was not one of its terms)."""
    texts = [
        f"{lead} {verb} {food} on warfarin{tail}."
        for lead, verb, food, tail in itertools.product(
            ("You don't have to", "There's no need to", "You needn't", "Don't"),
            ("give up", "avoid", "cut out", "stop eating"),
            ("greens", "spinach", "leafy vegetables", "salad"),
            ("", "; just keep the amount steady"),
        )
    ]
    right = {"warfarin-avoid-greens": True, "warfarin-consistent-vitk": False}
    inverted = []
    for text in texts:
        match = checker.check_statement(text).match
        if match is not None and match.claim.id in right and match.negated != right[match.claim.id]:
            inverted.append(text)
    assert not inverted, inverted[:10]


def test_leave_to_stop_worrying_affirms_doacs_and_denies_the_warfarin_warnings(checker) -> None:  # type: ignore[no-untyped-def]
    """ "It's fine to eat greens on Eliquis without counting vitamin K" states that DOACs are unaffected
    (round 22: 27 of 81 such permissions read as denials); the same leave on warfarin denies its
    warnings ("You can take K2 on warfarin without worrying" had read as stating the interaction)."""
    inverted = []
    for verdict, food, drug, free in itertools.product(
        ("fine", "okay", "safe"),
        ("greens", "spinach", "kale"),
        ("Eliquis", "Xarelto", "apixaban"),
        ("", " without counting vitamin K", " without worrying about vitamin K"),
    ):
        text = f"It's {verdict} to eat {food} on {drug}{free}."
        match = checker.check_statement(text).match
        if match is not None and match.claim.id == "doacs-unaffected-by-vitk" and match.negated:
            inverted.append(text)
    for act, free in itertools.product(
        ("take K2", "take MK-7", "eat as much kale as you like"), ("worrying", "counting", "watching it")
    ):
        text = f"You can {act} on warfarin without {free}."
        match = checker.check_statement(text).match
        if match is not None and match.claim.warns and not match.negated:
            inverted.append(text)
    assert not inverted, inverted[:10]


_DOACS = ("Eliquis", "apixaban", "Xarelto", "rivaroxaban", "dabigatran", "Pradaxa", "edoxaban")
_DOAC_MYTHS = (
    "{} is affected by vitamin K just like warfarin.",
    "Vitamin K blocks {} the same way it blocks warfarin.",
    "On {} you still have to keep your vitamin K intake steady.",
    "You must avoid greens on {} too.",
)


def test_a_false_statement_about_doacs_is_never_given_the_true_claim(checker) -> None:  # type: ignore[no-untyped-def]
    """ "Eliquis is affected by vitamin K just like warfarin" denies doacs-unaffected-by-vitk (or states the
    warfarin claim it also names); round 21 found 21 of these 28 read as stating it, a false statement
    given "true"."""
    wrong = []
    for drug, myth in itertools.product(_DOACS, _DOAC_MYTHS):
        text = myth.format(drug)
        match = checker.check_statement(text).match
        if match is not None and match.claim.id == "doacs-unaffected-by-vitk" and not match.negated:
            wrong.append(text)
    assert not wrong, wrong


_SHOTS = ("the vitamin K shot", "the vitamin K injection", "the newborn vitamin K jab")
_SAFETY_PROBE = [
    *(
        (text.format(shot), "vitk-shot-causes-leukemia", True)
        for shot, text in itertools.product(
            _SHOTS,
            (
                "Large studies found that {} does not raise the risk of cancer.",
                "There is no link between {} and childhood cancer.",
                "{} has been cleared of any link to leukemia.",
            ),
        )
    ),
    *(
        (text.format(shot), "vitk-shot-causes-leukemia", False)
        for shot, text in itertools.product(
            _SHOTS,
            (
                "{} has been linked to childhood cancer.",
                "We won't allow {} because it can give babies cancer.",
            ),
        )
    ),
    ("Taking K2 will not give you a stroke or a clot.", "k2-causes-blood-clots", True),
    ("No toxic dose of vitamin K2 has ever been found.", "k2-toxic-high-dose", True),
]


@pytest.mark.parametrize(("text", "claim", "negated"), _SAFETY_PROBE)
def test_reassurance_and_refusal_read_the_right_way(checker, text: str, claim: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """Round 21's probe of the leukaemia, clot and toxicity claims: a reassurance denies the myth (the shot
    "cleared of any link" had read as stating it), and a refusal for the myth's reason states it."""
    match = checker.check_statement(text[0].upper() + text[1:]).match
    assert match is not None and (match.claim.id, match.negated) == (claim, negated)


_HEDGED = {
    "k2-builds-muscle": "build muscle",
    "k2-prevents-dementia": "prevent dementia",
    "k2-prevents-wrinkles": "prevent wrinkles",
    "k2-heart-health": "support heart health",
    "k2-prevents-cavities": "prevent cavities",
    "k2-increases-bone-density": "increase bone density",
}
_HEDGES = (
    "K2 may {}.",
    "Some research suggests K2 could {}.",
    "There's some evidence that K2 can {}.",
    "There is growing evidence that vitamin K2 may {}.",
    "K2 is thought to {}, though more research is needed.",
)


def test_a_hedged_claim_is_stated(checker) -> None:  # type: ignore[no-untyped-def]
    """A hedge states its claim (the verdict says how far the evidence goes). Round 21 found "There's some
    evidence that K2 can build muscle" read as a denial: the negation model had learnt those claims from
    "there is no evidence that ..."."""
    hedged = (
        (hedge.format(said), claim, False)
        for (claim, said), hedge in itertools.product(_HEDGED.items(), _HEDGES)
    )
    wrong = _misread(checker, hedged)
    assert not wrong, wrong


def test_a_narrower_form_does_not_choose_the_clause_of_a_broad_claim(checker) -> None:  # type: ignore[no-untyped-def]
    """On a page, "Spinach is packed with vitamin K1 but has almost no K2, so greens won't cover your K2"
    states the greens' vitamin K (first clause) and denies their K2; the K2 clause, which the vitamin K claim
    reaches only through "K2" read as vitamin K, had chosen its clause and called the sentence false."""
    line = "Spinach is packed with vitamin K1 but has almost no K2, so greens won't cover your K2.\n"
    results = list(checker.check_document(["Notes.\n", "\n", line], "page.md"))
    got = {(r.match.claim.id, r.match.negated) for r in results if r.match is not None}
    assert ("leafy-greens-vitk", False) in got and ("leafy-greens-k2", True) in got


def test_a_table_row_of_two_words_is_read_under_its_header(checker) -> None:  # type: ignore[no-untyped-def]
    """ "| Gouda | High |" reads like a verbless title; a table's row is data, read by its columns."""
    page = ["| Food | K2 per serving |\n", "|---|---|\n", "| Gouda | High |\n", "| Spinach | None |\n"]
    got = {(r.match.claim.id, r.match.negated) for r in checker.check_document(page, "page.md") if r.match}
    assert ("animal-foods-k2", False) in got and ("leafy-greens-k2", True) in got


def test_tied_suggestions_come_in_id_order(checker) -> None:  # type: ignore[no-untyped-def]
    """Near misses with equal scores are suggested in the order of their ids, not in the order a set or
    dict gave them, which may follow the interpreter's hash seed (machine formats are stable contracts)."""
    first, second, third, fourth = sorted(checker.db.claims[:4], key=lambda c: c.id)
    near = [(fourth, 35), (second, 35), (third, 35), (first, 35)]
    expected = [first.id, second.id, third.id]
    assert [c.id for c, _ in checker._suggest("x", near)] == expected
    assert [c.id for c, _ in checker._suggest("x", near[::-1])] == expected


@pytest.mark.parametrize(
    ("text", "claim", "negated"),
    [
        # A negation between the words of a gapped keyword ("just ... as") is not one of the claim's words.
        ("A midwife told me the drops just aren't as effective as the jab.", "oral-vitk-equals-shot", True),
        # A relative clause that says what does not follow from the claim denies nothing of it.
        (
            "Breast milk doesn't contain much vitamin K, which is no reason at all to stop breastfeeding.",
            "breast-milk-low-vitk",
            False,
        ),
        (
            "Never quietly slip a K2 product into your routine while you're on warfarin.",
            "k2-warfarin-interaction",
            False,
        ),
    ],
)
def test_round_23_readings(checker, text: str, claim: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    match = checker.check_statement(text).match
    assert match is not None and (match.claim.id, match.negated) == (claim, negated)


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("K2 Is the More Potent Form of Vitamin K", "k2-more-effective-than-k1"),
        ("Researchers Look at Vitamin K2 and Bone Health in Older Women", None),
    ],
)
def test_a_capitals_headline_with_a_verb_is_read(checker, text: str, claim_id: str | None) -> None:  # type: ignore[no-untyped-def]
    """A Title Case headline with a verb reads as a sentence (opinion.reads_as_sentence): the second opinion
    is asked, as for the same words in lower case, and may state a claim or find none."""
    result = checker.check_statement(text)
    assert (result.match.claim.id if result.match else None) == claim_id


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Bought these for my night-time calf cramps and they have mostly stopped, five stars.",
            "k2-nocturnal-leg-cramps",
            False,
        ),
        (
            "Took these for my easy bruising and saw no change at all after three months.",
            "oral-k2-reduces-bruising",
            True,
        ),
    ],
)
def test_a_review_of_this_product_is_about_k(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """ "Bought this ...", "Took these ...": a review's product is named on its page, not in the sentence;
    k2check's pages are about vitamin K (layout.points_elsewhere)."""
    assert reading(checker, text) == (claim_id, negated)


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Severe deficiency can show up as nosebleeds or bleeding gums.",
            "vitk-deficiency-causes-bleeding",
            False,
        ),
        (
            "Signs of a shortage: bruises from small knocks, gums that bleed, heavy periods.",
            "vitk-deficiency-causes-bleeding",
            False,
        ),
        ("Grown-ups rarely become deficient unless they cannot absorb fat.", "vitk-deficiency-common", True),
        ("Iron deficiency causes tiredness and pale skin.", None, False),
    ],
)
def test_a_shortage_of_no_nutrient_is_of_k(checker, text: str, claim_id: str | None, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """A shortage named with no nutrient ("Severe deficiency ...") is of the vitamin k2check is about
    (Language.shortages, layout.points_elsewhere); one of another nutrient is not."""
    assert reading(checker, text) == ((claim_id, negated) if claim_id else None)


# A subject phrase of the claim's words and a story noun ("the leukaemia scare") stands in for the subject
# only where nothing else names it (Language.story_nouns): the shot named beside it is the subject.
@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "The leukaemia scare from the early 1990s was never confirmed by later research.",
            "vitk-shot-causes-leukemia",
            True,
        ),
        (
            "That leukemia connection rests on one 1992 study nobody has reproduced.",
            "vitk-shot-causes-leukemia",
            True,
        ),
        (
            "Don't let old leukaemia scare stories put you off the newborn vitamin K injection.",
            "vitk-shot-causes-leukemia",
            True,
        ),
        # What a sentence that names its claim only as a story says with a negation word, it says against it
        # (matcher._story_denied).
        (
            "The leukaemia scare came from one small study decades ago and large follow-ups found nothing.",
            "vitk-shot-causes-leukemia",
            True,
        ),
        (
            "I read the leukemia papers and the ones that found an association weren't rigorous.",
            "vitk-shot-causes-leukemia",
            True,
        ),
    ],
)
def test_a_story_noun_phrase_stands_in(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)


def test_a_story_denied_is_explained(checker) -> None:  # type: ignore[no-untyped-def]
    from k2check.matcher import STORY_DENIED

    text = "The leukaemia scare came from one small study decades ago and large follow-ups found nothing."
    match = checker.check_statement(text).match
    assert match is not None and match.negated and STORY_DENIED in match.explanation.rules
    # Not when the shot is named, negation word and all: the polarity rules read the sentence about it.
    named = checker.check_statement(
        "Don't let old leukaemia scare stories put you off the newborn vitamin K injection."
    ).match
    assert named is not None and named.negated and STORY_DENIED not in named.explanation.rules
    assert named.explanation.subject_terms == ("vitamin", "injection")


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Direct oral anticoagulants don't carry the vitamin K interaction of the older drugs.", False),
        ("DOACs need no routine INR checks and come with no vitamin K food rules.", False),
        ("It is not true that Eliquis is unaffected by vitamin K.", True),
    ],
)
def test_a_claim_worded_as_a_negation_is_stated_in_negative_words(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """Matcher._model_affirms: the DOAC claim ("... are not affected by vitamin K") said in its own
    negative words is stated where the negation model is sure; a denial of it stays."""
    match = checker.check_statement(text).match
    assert match is not None and match.claim.id == "doacs-unaffected-by-vitk"
    assert match.negated is negated
    if not negated:
        assert "second-opinion-affirms" in match.explanation.rules


@pytest.mark.parametrize(
    ("text", "claim", "negated"),
    [
        # A negation outside the claim's words, which the negation model reads as no denial.
        (
            "I only buy grass-fed butter for the K2 now, the cheap stuff has basically none.",
            "grass-fed-more-k2",
            False,
        ),
        (
            "Goose liver is the richest meat source of K2, with beef liver not far behind.",
            "animal-foods-k2",
            False,
        ),
        # A negation before the claim's own words is a denial, whatever the model says.
        ("Breast milk is not low in vitamin K, and that is the truth.", "breast-milk-low-vitk", True),
        ("Vitamin K is not needed for blood clotting, and that is the truth.", "vitk-needed-clotting", True),
        (
            "Newborns should not get a vitamin K shot to prevent bleeding, according to my naturopath.",
            "newborn-vitk-shot",
            True,
        ),
        ("Breast milk is not low in vitamin K.", "breast-milk-low-vitk", True),
    ],
)
def test_the_model_affirms_only_past_the_claims_own_words(  # type: ignore[no-untyped-def]
    checker, text: str, claim: str, negated: bool
) -> None:
    """Matcher._model_affirms: a denial read from a bare negation outside the claim's own words gives way
    to a sure negation model; one before them stays, in a sentence of one clause or several."""
    assert reading(checker, text) == (claim, negated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The greens stand for a warfarin patient's vitamin K where nothing else names it.
        (
            "Leafy greens, broccoli, Brussels sprouts. Don't avoid, just be consistent.",
            ("warfarin-consistent-vitk", False),
        ),
        (
            "Greens lovers: carry on, just keep the portions about the same from week to week.",
            ("warfarin-consistent-vitk", False),
        ),
        # A sentence that names the intake keeps it as the subject: the greens are what it turns down.
        (
            "Rather than cutting spinach out, keep your daily vitamin K intake about the same.",
            ("warfarin-consistent-vitk", False),
        ),
        # A negation at the stand-in is about how much of it, not against the claim: no denial is read.
        ("If spinach isn't normally part of your week, don't suddenly sit down to a huge bowl of it.", None),
    ],
)
def test_a_stand_in_names_the_subject_only_alone(checker, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    """Claim.stand_ins: words that name the claim's subject only where the sentence names none of its
    subject terms, and whose sentences are never read as its denial (Matcher._stand_in_denials_left)."""
    assert reading(checker, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "K2 for gains, lol. Next you'll tell me vitamin C gives me a six pack.",
        "Vitamin K2 builds muscle. Next they'll tell us fish oil makes you taller.",
    ],
)
def test_a_mocking_follow_up_denies_the_sentence_before(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Next you'll tell me ..." mocks the sentence before whatever it goes on to say
    (Language.mocking_openers, polarity.mocks)."""
    assert reading(checker, text) == ("k2-builds-muscle", True)


@pytest.mark.parametrize(
    ("text", "negated"),
    [("Vitamin K2 cleans your arteries.", False), ("No, K2 will not clean out your arteries.", True)],
)
def test_cleaning_an_artery_is_clearing_its_calcium(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """ "K2 cleans your arteries" names no calcium or plaque, yet says K2 clears what built up there."""
    assert reading(checker, text) == ("k2-reverses-arterial-calcification", negated)


@pytest.mark.parametrize(
    "text",
    [
        "Cutting vitamin K out of your meals may be riskier than keeping your intake at a steady level.",
        "Dropping vitamin K foods may do more harm than keeping your intake at a consistent level.",
    ],
)
def test_the_steady_intake_advice_names_its_own_subject(checker, text: str) -> None:  # type: ignore[no-untyped-def]
    """Warfarin leaflets give the advice without naming the drug: "keeping your intake ..." stands for the
    subject of warfarin-consistent-vitk, as "keep it steady" did. ("Keep it consistent" was tried too: it
    put a result on a silent line of a held-out page.)"""
    assert reading(checker, text) == ("warfarin-consistent-vitk", False)


def test_a_verb_of_doing_without_is_no_gap_in_a_keyword(checker) -> None:  # type: ignore[no-untyped-def]
    """ "You do not need to avoid foods ..." is not the fat claim's opposite "not need food": the avoiding
    between its words says the opposite of needing."""
    match = checker.check_statement("You do not need to avoid foods that contain vitamin K.").match
    assert match is None or match.claim.id != "vitk-absorbed-with-fat"


def test_a_warfarin_leaflet_reads_its_foods_with_the_drug(checker) -> None:  # type: ignore[no-untyped-def]
    """On a page about warfarin, a sentence that names only greens is read with the drug."""
    page = [
        "# Warfarin and your diet\n",
        "\n",
        "Warfarin keeps your blood from clotting too easily.\n",
        "You don't need to give up greens.\n",
    ]
    got = {
        (r.match.claim.id, r.match.negated, r.source.line)
        for r in checker.check_document(page, "leaflet.md")
        if r.match
    }
    assert ("warfarin-avoid-greens", True, 4) in got


def test_mocking_a_dose_of_an_unnamed_product_mocks_the_vitamins_claim(checker) -> None:  # type: ignore[no-untyped-def]
    """ "Right, because a 90 mcg softgel is going to dissolve twenty years of plaque": the sentence names
    no vitamin, but mocks what a dose of one will do; in a checker of vitamin K claims it denies the
    claim it mocks. Said plainly, the same words name no subject and match nothing."""
    mocked = "Right, because a 90 mcg softgel is going to dissolve twenty years of plaque."
    result = checker.check_statement(mocked)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("k2-reverses-arterial-calcification", True)
    assert checker.check_statement("A 90 mcg softgel is what most shops sell.").match is None


def test_a_product_named_by_its_kind_alone_is_the_vitamins(checker) -> None:  # type: ignore[no-untyped-def]
    """ "No supplement replaces training": in a checker of vitamin K claims a supplement, capsule or
    softgel that the sentence names by its kind alone is the vitamin's; one beside another nutrient ("Fish
    oil capsules ...") is that nutrient's."""
    result = checker.check_statement("No supplement replaces training; muscle needs the signal from the bar.")
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("k2-replaces-exercise", True)
    other = checker.check_statement("Creatine capsules can replace training for building muscle.")
    assert other.match is None
    # So is "a vitamin" that the sentence does not name ("The forgotten vitamin that can reverse ...").
    forgotten = checker.check_statement("Since when does a vitamin dissolve plaque that took forty years?")
    assert forgotten.match is not None and forgotten.match.claim.id == "k2-reverses-arterial-calcification"
    # So is a dose in micrograms, the vitamin's unit.
    dose = checker.check_statement("Been on 200 mcg a day for three years with zero side effects.")
    assert dose.match is not None and dose.match.claim.id == "k2-safe-usual-doses"


@pytest.mark.parametrize(
    "sign",
    [
        *("bruising", "Nosebleeds", "nose bleed", "bleeding", "bled", "blood in the nappy", "oozing"),
        *("seeps", "haemorrhage", "hemorrhaging", "tarry", "heavy periods", "flooding period"),
    ],
)
def test_every_bleeding_sign_holds_a_part_the_gate_looks_for(sign: str) -> None:
    """``check._lists_bleeding_signs`` passes a unit to its pattern only when the unit holds one of
    ``_SIGN_PARTS``: every match of the pattern must hold one."""
    from k2check.check import _SIGN_PARTS, BLEEDING_SIGN

    found = BLEEDING_SIGN.search(sign)
    assert found is not None
    assert any(part in found.group().lower() for part in _SIGN_PARTS)


def test_a_tag_question_states_what_it_tags(checker) -> None:  # type: ignore[no-untyped-def]
    """ "..., doesn't it?" asks for agreement: the negation model is not asked to read its "not" as a
    denial, in a statement as on a page (tests/test_document_context.py)."""
    result = checker.check_statement("Vitamin K thickens your blood as well, doesn't it?")
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("k2-causes-blood-clots", False)


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Swallowing calcium pills with no K2 on board could leave your heart worse off than skipping "
            "the calcium entirely.",
            "k2-offsets-calcium-supplement-risk",
            False,
        ),
        (
            "Calcium pills with no K2 alongside may harm your heart.",
            "k2-offsets-calcium-supplement-risk",
            False,
        ),
        ("With no vitamin K, your blood cannot clot.", "vitk-needed-clotting", False),
        ("Blood clots fine with no vitamin K.", "vitk-needed-clotting", True),
    ],
)
def test_with_no_reads_as_without(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """ "With no K2" before the claim's subject warns as "without K2" does (``matcher._with_no_as_without``):
    its "no" denies nothing."""
    assert reading(checker, text) == (claim_id, negated)


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        # "the no-deficiency rule" names a rule (``lang.en`` pseudo "the no"): no denial.
        (
            "Newborns are the exception to the no-deficiency rule: they arrive without the gut bacteria that "
            "make vitamin K and get very little from their mothers or from breast milk.",
            "babies-born-low-vitk",
            False,
        ),
        ("Forget the no-greens advice; people on warfarin can eat salads.", "warfarin-avoid-greens", True),
        # "is a joke" judges the figure (``lang.en`` cue "a joke").
        ("That 90-120 mcg figure is a joke, your bones need ten times that.", "vitk-adequate-intake", True),
        # A hen that forages outdoors is a pastured one (the claim's subject words).
        ("Hens that forage outdoors lay yolks with more MK-4 than caged birds.", "grass-fed-more-k2", False),
        # Short of its K2 word, a K2 claim is not read from a sentence that names K1 in its place
        # (``Matcher._sibling_in_place``).
        ("Spinach is loaded with phylloquinone.", "leafy-greens-vitk", False),
    ],
)
def test_round_48_readings(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    assert reading(checker, text) == (claim_id, negated)
