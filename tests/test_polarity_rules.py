"""Every polarity rule's examples, end to end: the statement matches the claim with that polarity."""

from __future__ import annotations

import pytest

from k2check.polarity.rules import ADJUSTMENTS, FILTERS, MASKS, adjustments, filters, masks

CASES = [
    pytest.param(text, claim_id, negated, id=f"{rule.__name__}:{text[:40]}")
    for rule in (*MASKS, *FILTERS, *ADJUSTMENTS)
    for text, claim_id, negated in rule.EXAMPLES  # type: ignore[attr-defined]
]


def test_every_rule_has_examples() -> None:
    for rule in (*MASKS, *FILTERS, *ADJUSTMENTS):
        assert getattr(rule, "EXAMPLES", ()), f"{rule.__name__} has no examples"
        assert rule.__doc__, f"{rule.__name__} says nothing about why it exists"


def test_every_rule_with_examples_is_registered() -> None:
    """A rule written with examples but left out of MASKS/FILTERS/ADJUSTMENTS would never run."""
    registered = {rule.__name__ for rule in (*MASKS, *FILTERS, *ADJUSTMENTS)}
    written = {
        name
        for module in (masks, filters, adjustments)
        for name, value in vars(module).items()
        if callable(value) and hasattr(value, "EXAMPLES")
    }
    assert written == registered


@pytest.mark.parametrize(("text", "claim_id", "negated"), CASES)
def test_rule_example(checker, text: str, claim_id: str | None, negated: bool) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(text)
    found = (result.match.claim.id, result.match.negated) if result.match else (None, False)
    assert found == (claim_id, negated), result.match.explanation if result.match else result


def test_leading_clause_keeps_its_own_but(checker) -> None:  # type: ignore[no-untyped-def]
    """A "but" inside a leading "because" clause does not end it: the negation stays in that clause."""
    text = (
        "Because vitamin D raises calcium uptake but does not steer where it goes, some doctors fear "
        "that taking D3 alone for years could leave calcium in the arteries."
    )
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("d3-without-k2-calcifies", False)


def test_own_words_deny_once_against_a_negated_phrasing(checker) -> None:  # type: ignore[no-untyped-def]
    """ "Not a good source" read against the negated phrasing "a poor source" is one denial, not two."""
    result = checker.check_statement("Leafy greens are not a good source of vitamin K2.")
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("leafy-greens-k2", True)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Is menadione a safe supplement for people? Sadly, the honest answer is no.", True),
        ("Is menadione a safe supplement? The short answer: no.", True),
        ("Is menadione a safe supplement for people? The answer is yes.", False),
    ],
)
def test_an_answer_ending_in_no_denies_the_question(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """An answer sentence with a preamble ("the answer is a firm no") denies the question's claim."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == "menadione-safe-supplement"
    assert result.match.negated is negated


def test_yet_after_an_auxiliary_is_time_not_contrast(checker) -> None:  # type: ignore[no-untyped-def]
    """ "No trial has yet tested ...": "yet" does not end the clause, so the negation stays with the claim."""
    result = checker.check_statement("No trial has yet tested whether vitamin K2 prevents dementia.")
    assert result.match is not None and result.match.claim.id == "k2-prevents-dementia"
    assert result.match.negated is True


def test_an_answer_ending_on_a_negated_auxiliary_denies_the_question(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(
        "Does everyone need a K2 supplement? Healthy adults with a mixed diet generally don't."
    )
    assert result.match is not None and result.match.claim.id == "most-people-need-k2-supplement"
    assert result.match.negated is True


def test_on_a_tie_the_clause_naming_the_subject_carries_the_claim(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(
        "Organ meats are things like liver and kidney; chicken breast is not among them."
    )
    assert result.match is not None and result.match.claim.id == "chicken-breast-organ-meat"
    assert result.match.negated is True


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("It's vitamin D that gets calcium absorbed from food; K2 does not increase absorption.", True),
        ("Vitamin D3 boosts calcium absorption, and K2 does nothing for it.", True),
        # The clause that names K2 affirms: the vitamin D clause beside it changes nothing.
        ("Vitamin D helps absorb calcium, but K2 also increases calcium absorption.", False),
    ],
)
def test_a_clause_about_another_subject_does_not_carry_the_claim(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """Where one clause names the claim's subject, a clause that opens on another claim's subject (here
    vitamin D, before any word of the claim) is about that one."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == "k2-increases-calcium-absorption"
    assert result.match.negated is negated


def test_there_is_none_denies_what_was_asked_for(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("What is the official daily intake for vitamin K2? There isn't one.")
    assert result.match is not None and result.match.claim.id == "k2-official-rdi"
    assert result.match.negated is True


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Vitamin K2 as a cure for cancer? Not a chance.", True),
        ("Does vitamin K2 keep dementia away? No proof so far.", True),
        ("The newborn vitamin K jab causes leukaemia? Where is the evidence?", True),
        ("Is natto the richest food source of vitamin K2? Absolutely.", False),
        (
            "Can vitamin K1 and K2 be swapped for each other? Not really; the body uses them differently.",
            True,
        ),
        ("Is there an official daily intake for vitamin K2? Not officially; only vitamin K has one.", True),
        # An answer with no claim of its own, read with its question (check_statement).
        (
            "Is a big daily dose of MK-7 poisonous? Even huge amounts have never been shown to harm anyone.",
            True,
        ),
        ("Will K2 on its own add muscle? Sadly the trials say it makes no difference.", True),
        # A judgement of what the question put (thread.JUDGEMENT).
        ("Will MK-7 clear the plaque out of my arteries? Not a single human trial has shown that.", True),
        ("Is MK-7 really better than K1? The trials done so far don't show it.", True),
        ("K2 makes you a faster runner? Don't believe it.", True),
        # A no in other words (thread.SAYS_NO).
        ("Rub vitamin K cream on a bruise to clear it faster? Save your money.", True),
        ("K2 to keep wrinkles away? That's a bit of a stretch.", True),
        ("Giving newborns the vitamin K shot? Honestly, there's no need.", True),
        ("Must warfarin patients give up all greens? That's based on a myth.", True),
        ("Will K2 shrink my varicose veins? The studies say no.", True),
        ("Does MK-7 add muscle? Probably not in any way a scale would show.", True),
        ("Can K2 cure osteoporosis? Not proven, so keep taking your prescribed drug.", True),
        ("Could a big dose of K2 poison you? For most healthy adults it's very unlikely.", True),
        ("K2 to stop calcium building up in arteries? Trials so far mostly null", True),
        # The no answers the question as put: "should I skip it? no" keeps the advice the claim gives.
        ("Should I skip the newborn vitamin K shot? Paediatricians say no.", False),
        ("Is it safe to start K2 on warfarin without telling anyone? Very unlikely.", False),
        # Safe only on a condition: the answer states the warning the question asked about.
        ("Is MK-7 fine to take on warfarin? Not without your doctor knowing.", False),
        ("Is it safe to combine K2 and warfarin? Only under your clinic's supervision.", False),
    ],
)
def test_a_question_answered_at_once(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """A claim put as a question and answered at once by a short denial (alone, or leading a sentence
    that says more: "Not really; ..."), or by asking back for the evidence (itself an open question), is
    denied."""
    result = checker.check_statement(text)
    assert result.match is not None
    assert result.match.negated is negated


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        (
            "Is vitamin K2 toxic at high doses? Even very large doses of vitamin K2 have shown no toxicity.",
            "k2-toxic-high-dose",
            True,
        ),
        (
            "Does everyone need a K2 supplement? Most people who eat cheese and eggs do not need a K2 "
            "supplement.",
            "most-people-need-k2-supplement",
            True,
        ),
    ],
)
def test_the_answer_not_the_question_holds_the_claim(
    checker, text: str, claim_id: str, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    """A question and then an answer naming the same claim: the answer says what the statement holds."""
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == (claim_id, negated)


@pytest.mark.parametrize("name", ["thread", "check", "polarity"])
def test_the_docstring_examples_hold(name: str) -> None:
    """The examples beside the answer rules (thread.bare_answer, check._after_no) and the mocking reply
    (polarity.mocks)."""
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(f"k2check.{name}"))
    assert tried and not failures


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("Is there a dependable blood test for vitamin K status?", "vitk-status-hard-to-measure"),
        ("Is it safe to skip the vitamin K shot for a newborn?", "newborn-vitk-shot"),
        ("Is there any real difference between vitamin K1 and K2?", "k1-k2-same"),
    ],
)
def test_an_unanswered_yes_no_question_puts_its_claim(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    """A question asks whether its claim holds; an opposite term it asks with ("reliable", "skip",
    "difference") denies nothing, so the reader sees the claim and its own verdict."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == claim_id
    assert result.match.negated is False


def test_an_answered_question_keeps_the_opposite_term_it_asked_with(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Is it safe to skip the vitamin K shot? No.")
    assert result.match is not None and result.match.claim.id == "newborn-vitk-shot"
    assert result.match.negated is False


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        # A short question about the sentence before it: the answer answers that sentence's claim.
        (
            "Q: I'm on warfarin and was told to steer clear of leafy greens. Do I have to? A: No.",
            "warfarin-avoid-greens",
            True,
        ),
        ("My friend says K2 builds muscle. Really? No.", "k2-builds-muscle", True),
        (
            "I was told to keep my vitamin K intake steady on warfarin. Is that right? Yes.",
            "warfarin-consistent-vitk",
            False,
        ),
        # "Not in any meaningful way ..." answers no, as "Not really" does.
        (
            "Does K2 thicken your blood? Not in any meaningful way for a healthy person - the clotting story "
            "is mostly K1's.",
            "k2-causes-blood-clots",
            True,
        ),
        # A name or an aside between a question and its answer leaves the question open.
        ("Can K2 stand in for the gym on weeks he travels? Marcus. Buddy. No.", "k2-replaces-exercise", True),
    ],
)
def test_an_answer_reaches_the_claim_its_question_points_to(
    checker, text: str, claim_id: str, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == claim_id
    assert result.match.negated is negated


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        # A post sets the claim up, then judges it: the last sentence that reads the claim holds it.
        (
            "Bought it for my leg cramps. Three months later, zero difference - K2 for cramps is oversold "
            "if you ask me.",
            "k2-nocturnal-leg-cramps",
            True,
        ),
        (
            "Claim: megadoses of K2 are poisonous. Reality: toxicity from K2 is unheard of.",
            "k2-toxic-high-dose",
            True,
        ),
        # ("Two years on K2 and not a single new cavity. It really does protect your teeth." was here:
        # round 48's second opinion denies it; tests/test_matcher.py::test_read_otherwise_in_round_48.)
        # A fact check's rating judges the claim before it, whatever else its reason names.
        (
            "Claim: K2 cancels out the heart risk of calcium pills. Verdict: unproven - no trial has tested "
            "that against heart attacks.",
            "k2-offsets-calcium-supplement-risk",
            True,
        ),
        # A question the statement answered stands as answered, whatever the reason after the answer says.
        (
            "Can K2 replace resistance training? No. Without the lifting there is nothing for it to support.",
            "k2-replaces-exercise",
            True,
        ),
    ],
)
def test_a_claim_read_both_ways_is_held_as_the_last_sentence_holds_it(
    checker, text: str, claim_id: str, negated: bool
) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == claim_id
    assert result.match.negated is negated


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("No health authority has set a daily intake for K2. None. Not one.", True),
        ("There is no official daily amount of K2. Zero.", True),
        ("K2 has an official recommended daily intake. Not true.", True),
    ],
)
def test_a_bare_none_after_a_denial_repeats_it(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """ "None." after a denial says it again (thread.repeats_denial); "Not true." after a claim judges it."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == "k2-official-rdi"
    assert result.match.negated is negated


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        (
            "Plenty of people believe they have to stop eating greens altogether on warfarin. "
            "That is not true.",
            "warfarin-avoid-greens",
        ),
        ("The claim that K2 can stand in for exercise? Debunked.", "k2-replaces-exercise"),
        ("People think K2 builds muscle. That's not true.", "k2-builds-muscle"),
        # The writer's own denial, then a judgement of the claim's idea: the two agree.
        ("Vitamin K2 will not build muscle. That's a sales pitch.", "k2-builds-muscle"),
    ],
)
def test_a_report_judged_false_is_denied_once(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    """A sentence judged false by the next one is denied, whether or not the second opinion already read
    the report of what others believe as a denial (thread.judged_false): the two do not cancel. Nor do the
    writer's own denial and a judgement of the claim after it."""
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == (claim_id, True)


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        (
            "Vitamin K doesn't thicken your blood; it switches on the clotting factors you need.",
            "k2-causes-blood-clots",
        ),
        (
            "Vitamin K doesn't thicken normal blood; it only lets it clot when it needs to.",
            "k2-causes-blood-clots",
        ),
    ],
)
def test_on_a_tie_the_clause_that_negates_a_claim_word_carries_it(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    """The claim's words split over two clauses, one each: the clause that negates its word right before
    it ("doesn't THICKEN") carries the claim, not the one that only points back ("it switches on ...")."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == claim_id
    assert result.match.negated is True


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        (
            "In healthy people K2 doesn't set off random clots; it just makes sure the clotting factors are "
            "ready when needed.",
            "k2-causes-blood-clots",
        ),
    ],
)
def test_what_the_subject_does_instead_carries_no_claim(checker, text: str, claim_id: str) -> None:  # type: ignore[no-untyped-def]
    """A clause "...; it just / only / simply ..." says what the subject does instead of what the clause
    before denied: on a tie of claim words, the denied clause carries the claim."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.claim.id == claim_id
    assert result.match.negated is True


@pytest.mark.parametrize(
    ("text", "claim_id", "negated"),
    [
        ("Vitamin K2 builds muscle. Sure it does.", "k2-builds-muscle", True),
        ("Your gut bacteria make all the K2 you need. Yeah, right.", "gut-bacteria-supply-k2", True),
        ("Natto isn't a good source of K2. Yeah right.", "natto-richest-k2", False),
        # After a question, "Sure it does." answers yes.
        ("Does vitamin K matter for bone health? Sure it does.", "vitk-important-bone-health", False),
        # A tag that closes a short post says the writer means the opposite.
        ("K2 builds muscle, obviously, that is why my arms are huge now /s", "k2-builds-muscle", True),
        ("Menadione? Totally safe in supplements, pop a few. /s", "menadione-safe-supplement", True),
        ("K2 doesn't build muscle at all /sarcasm", "k2-builds-muscle", False),
        # Mock agreement before the tag has read the sarcasm already: the tag does not turn it round again.
        (
            "Sure, skip leg day and just swallow some MK-7, that's definitely how quads get built /s",
            "k2-replaces-exercise",
            True,
        ),
    ],
)
def test_sarcasm_says_the_opposite(checker, text: str, claim_id: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """A short reply that mocks the statement before it ("Sure it does.", "Yeah, right.") denies it, but
    not when it answers a question; a closing "/s" tag turns round every claim of a short post."""
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == (claim_id, negated)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("A viral post says D3 and K2 are your best shield against severe Covid. Our ruling: False.", True),
        ("Claim: vitamin K2 builds muscle. Verdict: mostly false.", True),
        ("Claim: natto is the richest food source of K2. Our rating: True.", False),
    ],
)
def test_a_fact_checks_rating_judges_the_claim_before_it(checker, text: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    """ "Our ruling: False." after a reported claim rejects it (``polarity.denies``); a true rating leaves
    it stated."""
    result = checker.check_statement(text)
    assert result.match is not None and result.match.negated is negated


def test_a_sarcasm_tag_covers_only_a_short_post(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Yes, my baby got the vitamin K shot. No regrets at all. One jab versus a brain bleed, real tough "
        "call. /s"
    )
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == ("newborn-vitk-shot", False)
    assert "sarcasm-tag" not in result.match.explanation.rules
    tagged = checker.check_statement("Menadione? Totally safe in supplements, pop a few. /s")
    assert tagged.match is not None and "sarcasm-tag" in tagged.match.explanation.rules
