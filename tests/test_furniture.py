"""Every furniture test's examples assert nothing; ordinary claims are not furniture."""

from __future__ import annotations

import pytest

from k2check.furniture import TESTS, asserts_nothing

CASES = [
    pytest.param(test.__name__, line, id=f"{test.__name__}:{line[:30]}")
    for test in TESTS
    for line in test.EXAMPLES  # type: ignore[attr-defined]
]


@pytest.mark.parametrize(("name", "line"), CASES)
def test_example_asserts_nothing(name: str, line: str) -> None:
    assert asserts_nothing(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Vitamin K2 builds muscle",
        "Does vitamin K2 build muscle?",
        "Supports healthy bones",
        "K2 and D3 work together, so take them together.",
        "Vitamin K2 and D3 work together",
        "By taking K2 every day you protect your arteries.",
        "Natto is the richest source of K2.",
        "K2 activates matrix Gla protein (MGP)",
        "Activates matrix Gla protein (MGP)",
        '"Since I started K2 my bone scan finally improved." — Ruth M., verified buyer',
        "K2 for bones: does it work or not?",
        "I heard that K2 builds muscle.",
        "Is K2 good for bones or just hype?",
        "If you have ever had a fracture, K2 will help your bones heal.",
        "10 foods have more K2 than natto",
        "Watch out: K2 can interact with warfarin.",
        "Listen: K2 does not build muscle.",
        "Although it gets far less attention than vitamin D, K2 protects the heart.",
        "Research shows K2 protects the heart.",
        "Here is why K2 protects your arteries.",
        "Shopping for K2? Natto is the richest source.",
        "Joint pain is not something K2 treats.",
        "Good evidence shows K2 slows bone loss.",
        "Join the thousands who take K2 for stronger bones.",
        "Tap water has no vitamin K.",
        "3 studies found K2 cut fractures",
        "This brochure explains why it matters that every newborn baby receives vitamin K.",
        "This leaflet explains that vitamin K is given to stop rare but serious bleeding.",
        # A Title Case headline with a negated verb states its claim.
        "K2 Won't Replace Your Leg Day",
        "MK-7 Can't Cure Osteoporosis",
        # So does one whose verb is a participle, as headlines write them.
        "Vitamin K Shot Linked to Childhood Leukaemia",
        "The Overlooked Nutrient for Building Lean Muscle",
    ],
)
def test_claims_are_not_furniture(line: str) -> None:
    assert asserts_nothing(line) is None


def test_a_keywords_line_gets_no_match(checker) -> None:  # type: ignore[no-untyped-def]
    result = checker.check_statement("Keywords: warfarin, vitamin K, INR, diet, anticoagulation")
    assert result.match is None and result.verdict == "no-match"


# Lines that open each pattern's alternatives (one per opening word, the run-together and digit openings,
# odd case and leading marks): whenever the pattern matches one, its gate must pass it, or the gate would
# change what the test finds.
GATED = {
    "_LABEL": (
        "_LABEL_GATE",
        "Keyword: K2 | Tags: MK-7 | Category: bones | Categories: heart | Filed under: vitamins"
        " | Posted in: news | Related articles: natto | See also: D3 | Photo credit: J. Roe"
        " | Image: natto | Credit: AP | Source: NIH | Sources: NIH | Caption: natto | Published: May"
        " | Updated: May | Last updated: May | Written by: Sam | Reviewed by: Ann"
        " | Medically reviewed by: Ann"
        " | Fact-checked by: Lee | By: Sam | Author: Sam | Health disclaimer: none | Disclaimer: none"
        " | Share this: x | Topic: K2 | Subjects: bones | MeSH terms: K2 | Abbreviations: MK-7"
        " | Reference: x | Citation: x | DOI: 10.1 | PMID: 1 | Article: x | Read more: x | Learn more: x"
        " | Shop now: x | Buy now: x | Add to cart: x | SKU: 1 | Price: $9 | Further reading: x"
        " | Read next: x | You may also like: x | See our: x | Watch: x | Video: x | Audio: x | Webinar: x"
        " | Infographic: x | Transcript: x | Quiz: x | Poll: x | Download: x | Podcast episode 3: x"
        " | Episode 4: x | Legal disclaimer: x | Medical disclaimer: x | Recommended reading: x"
        " | Table 1: x | Table1: x | Fig.3 - x | Figure 3 - x | Chart 2: x | Graph 4a: x | Box 1: x"
        " | Shop the post: x | Featured product: x | Products in this post: x | Product from this guide: x",
    ),
    "_BYLINE": (
        "_BYLINE_GATE",
        "Written by Sam | reviewed by Ann | Medically reviewed by Dr. Ann | Fact-checked by Lee"
        " | Fact checked by Lee | Photo by Kim | Image by Kim | Posted by Jo | By Jo | by Jo",
    ),
    "_TOPIC": (
        "_TOPIC_GATE",
        "The difference between K1 and K2 | thedifference between K1 and K2 | adifference between them"
        " | An overview of K2 | A brief guide to K2 | Beginner's guide to MK-7 | Beginners guide to MK-7"
        " | Complete guide to K2 | Relationship between K2 and bones | Link between K2 and bones"
        " | Evidence on K2 | Truth about K2 | Case for K2 | Story of natto | Research on MK-7"
        " | Everything you need to know about K2 | All you need to know about K2 | What you should know"
        " about K2 | 7 proven benefits of K2 | Top 5 foods rich in K2 | The 10 best foods for K2"
        " | ٧ benefits of K2 for bones",
    ),
    "_PAIR": (
        "_PAIR_GATE",
        "Vitamin K2 and bones | VitaminK2 & bones | K2 vs D3 | MK-7 versus MK-4"
        " | MK7 and arteries | Menaquinones and bones | Phylloquinone & clotting",
    ),
    "_ABOUT_PAGE": (
        "_ABOUT_PAGE_GATE",
        "This article examines K2 | The guide explores K2 | Our review covers K2 | In this article, we look"
        " at K2 | It explains how K2 works | Here, we discuss K2 | We will review K2 | Learn how K2 works"
        " | Discover why K2 matters | Find out whether K2 works | Read on to learn about K2"
        " | Explore how K2 works | See how K2 works",
    ),
    "_ANNOUNCEMENT": (
        "_ANNOUNCEMENT_GATE",
        "Let's take a closer look at K2 | Let us explore K2 | We'll dig into K2 | We will review K2"
        " | Below, we break down K2 | In this post, I will cover K2 | This guide looks at K2"
        " | Here, we'll unpack K2 | Let’s walk through K2",
    ),
    "_ANNOUNCED_LATER": (
        "_ANNOUNCED_LATER_GATE",
        "K2 is new, and in this post we go through why | Opinions differ; in this guide I look at whether",
    ),
    "_HERE_IS_WHAT": (
        "_HERE_IS_WHAT_GATE",
        "Here's what the research says about K2 | Here is what we know about K2",
    ),
    "_REGULATORY": (
        "_REGULATORY_GATE",
        "These statements have not been evaluated | This product is not intended to diagnose"
        " | The information is for informational purposes | This content is not a substitute"
        " | Food supplements should not be used as a substitute for a varied diet"
        " | Supplements should not be used as a substitute for a balanced diet"
        " | The post is not medical advice",
    ),
    "_NAMING": ("_NAMING_GATE", "This is called carboxylation | That was known as K | It is termed MK-7"),
    "_EVER": (
        "_EVER_GATE",
        "If you have ever broken a bone, you know the pain | If you've ever had a clot, you'll understand",
    ),
    "_CALL_TO_ACTION": (
        "_CALL_TO_ACTION_GATE",
        "Please subscribe for more | Sign up for our guide | Signup today | Register now | Click here"
        " | Download the guide | Bookmark this | Bookmarking this | Saving this for later | Following this"
        " | Follow us | Pin this | Share this | Get our guide | Great post on K2 | Nice article about K2"
        " | Excellent video covering K2 | Good read on K2 | Helpful thread on K2 | Interesting summary on K2"
        " | Fantastic piece on K2 | Brilliant breakdown on K2 | Useful guide on K2 | Thorough overview on K2"
        " | Informative episode on K2",
    ),
    "_RESEARCHING": (
        "_RESEARCHING_VERB_GATE",
        "Scientists are still working out what K2 does | Researchers are"
        " now studying how MK-7 works | Doctors are currently trying to understand why K2 matters",
    ),
    "_HEARSAY": (
        "_HEARSAY_WHAT_GATE",
        "You have heard big claims about K2 | You may have read glowing stories"
        " about K2 | K2 promises everything from bones to skin | You've seen K2 pitched as a cure",
    ),
}


@pytest.mark.parametrize("pattern", sorted(GATED))
def test_each_gate_passes_what_its_pattern_matches(pattern: str) -> None:
    from k2check import furniture

    gate_name, lines = GATED[pattern]
    compiled = getattr(furniture, pattern)
    gate = getattr(furniture, gate_name)
    matched = 0
    for line in lines.split(" | "):
        for variant in (line, line.upper(), f"**{line}**", f"— {line}."):
            if compiled.match(variant) is not None:
                matched += 1
                assert gate.passes(variant.lower(), furniture.first_word(variant)), variant
    assert matched >= len(lines.split(" | "))  # every line is one the pattern matches


@pytest.mark.parametrize("pattern", sorted(GATED))
def test_a_gate_that_passes_a_line_opens_with_its_first_word(pattern: str) -> None:
    """``asserts_nothing`` skips a test whose gates' openings a text's first word opens none of
    (``furniture.OPENED_BY``): each gate must open every line it passes."""
    from k2check import furniture

    gate_name, lines = GATED[pattern]
    gate = getattr(furniture, gate_name)
    for line in lines.split(" | "):
        for variant in (line, line.upper(), f"**{line}**", f"— {line}."):
            first = furniture.first_word(variant)
            if gate.passes(variant.lower(), first):
                assert gate.opens(first), variant


def test_the_tests_a_first_word_runs_keep_their_order() -> None:
    from k2check import furniture

    for first in ("the", "this", "if", "here", "vitamin", "please", "most", ""):
        tests = furniture.tests_for(first)
        assert list(tests) == [t for t in furniture.TESTS if t in tests]
        assert all(t in tests for t in furniture.TESTS if t not in furniture.OPENED_BY)
    assert furniture.naming in furniture.tests_for("this")
    assert furniture.naming not in furniture.tests_for("most")


@pytest.mark.parametrize(
    "line",
    [
        "Home > Health Advice > Heart and circulation > Blood thinners and vitamin K",
        "Home › Blog › Nutrition & Oral Health › Vitamin K2 for Teeth and Bones",
        "[Home](/) › [Blog](/blog) › [Heart & Blood Health](/blog/heart) › Vitamin K on Blood Thinners",
        "Home / Blog / Bone & Hormone Health / Vitamin K2 and Your Bones",
        "Forum › Anticoagulation › INR and diet",
        "Gym & Fitness › Supplements › K2 for gains? (read before you buy)",
    ],
)
def test_a_breadcrumb_trail_is_one(line: str) -> None:
    from k2check.furniture import breadcrumb

    assert breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "Home remedies > real medicine: K2 does not clear your arteries.",
        "Vitamin K > Warfarin > Greens",
        "K2 › K1 for bones, but only just.",
        "Homemade natto is rich in K2.",
    ],
)
def test_what_is_no_breadcrumb_trail(line: str) -> None:
    from k2check.furniture import breadcrumb

    assert not breadcrumb(line)
