"""Claims a document states through its structure (issue 16): every claim of a line, table rows read
with their header, list items with their heading, pronouns, answers to questions, and the page furniture
that must stay silent. Every example is written for this file."""

from __future__ import annotations

import json

import pytest

from k2check.check import Checker, Result


def found(checker: Checker, text: str) -> set[tuple[int, str, bool]]:
    """(line, claim id, negated) of every result of the document."""
    results: list[Result] = list(checker.check_document(text.splitlines(keepends=True), "page.md"))
    return {(r.source.line, r.match.claim.id, r.match.negated) for r in results if r.source and r.match}


def lines_with_results(checker: Checker, text: str) -> set[int]:
    return {line for line, _, _ in found(checker, text)}


def test_a_line_states_two_claims_on_one_subject(checker: Checker) -> None:
    got = found(
        checker,
        "Vitamin K2 may improve ATP production in muscle cells and combat oxidative stress.\n",
    )
    assert (1, "k2-boosts-muscle-atp", False) in got
    assert (1, "k2-muscle-oxidative-stress", False) in got


@pytest.mark.parametrize(
    "line",
    [
        "On warfarin you keep your greens steady from week to week, you don't cut them out.",
        "Patients on warfarin should keep their vitamin K intake consistent rather than avoid K-rich foods.",
    ],
)
def test_a_claim_that_rejects_another_denies_it_in_its_words(checker: Checker, line: str) -> None:
    """warfarin-consistent-vitk's own wording ("steady rather than avoid it") rejects warfarin-avoid-greens
    (``denies`` in data/claims.yaml): a line that states it with the other's words denies the other."""
    assert found(checker, line + "\n") == {
        (1, "warfarin-consistent-vitk", False),
        (1, "warfarin-avoid-greens", True),
    }


def test_a_rejecting_claim_alone_denies_nothing_else(checker: Checker) -> None:
    got = found(checker, "On warfarin, keep the amount of greens you eat steady from week to week.\n")
    assert got == {(1, "warfarin-consistent-vitk", False)}


def test_a_statement_still_reports_its_one_claim(checker: Checker) -> None:
    """Statements are read for their one claim: the second claim on a shared subject is a document rule."""
    result = checker.check_statement(
        "Vitamin K2 raises ATP output in muscle and guards muscle from oxidative stress"
    )
    assert result.match is not None and not result.other_matches


def test_a_table_row_is_read_with_its_header(checker: Checker) -> None:
    page = (
        "| | Our MK-7 softgel | Vitamin K1 tablets |\n"
        "|---|---|---|\n"
        "| Half-life | About three days, far longer than K1 | A few hours |\n"
        "| Price | $11 | $7 |\n"
    )
    got = found(checker, page)
    assert (3, "mk7-longer-half-life", False) in got
    assert 1 not in lines_with_results(checker, page), "the header row states nothing"
    assert 4 not in lines_with_results(checker, page)


def test_a_row_of_a_table_copied_as_text_is_read_with_its_header_line(checker: Checker) -> None:
    page = (
        "Vitamin K1 Compared With Vitamin K2\n"
        "\n"
        "Trait Vitamin K1 (Phylloquinone) Vitamin K2 (Menaquinones)\n"
        "Where it comes from Salad leaves such as kale and spinach Natto, egg yolks and aged cheese\n"
    )
    got = found(checker, page)
    assert (4, "animal-foods-k2", False) in got
    assert not {line for line, _, _ in got} & {1, 3}


def test_rows_of_a_table_copied_with_tabs_are_read_with_their_header(checker: Checker) -> None:
    page = (
        "Foods high in vitamin K\n"
        "Keep the amount you eat each week about the same.\n"
        "Food\tTypical portion\tVitamin K (micrograms)\n"
        "Kale, cooked\t½ cup\t530\n"
        "Spinach, cooked\t½ cup\t440\n"
        "Lettuce, green leaf\t1 cup\t60\n"
    )
    got = found(checker, page)
    assert {(line, "leafy-greens-vitk", False) for line in (4, 5, 6)} <= got
    assert 3 not in lines_with_results(checker, page), "the header row states nothing"


def test_a_ranked_table_is_labelled_by_its_first_cell_with_a_word(checker: Checker) -> None:
    page = (
        "Top foods for vitamin K2\n"
        "\n"
        "| Rank | Food | Serving | Vitamin K2 (mcg) | Main form |\n"
        "|---|---|---|---|---|\n"
        "| 4 | Edam, aged | 1 oz | ~15 | MK-9 |\n"
        "| 5 | Egg yolks | 2 large | ~10 | MK-4 |\n"
    )
    got = found(checker, page)
    assert {(5, "animal-foods-k2", False), (6, "animal-foods-k2", False)} <= got
    assert 3 not in lines_with_results(checker, page), "the header row states nothing"


def test_a_table_of_contents_ends_at_the_blank_line_after_it(checker: Checker) -> None:
    page = (
        "Does Vitamin K2 Build Muscle?\n"
        "\n"
        "In This Article\n"
        "What is vitamin K2?\n"
        "Why K2 gets sold for muscle\n"
        "\n"
        "Why K2 gets sold for muscle\n"
        "Brands say K2 builds muscle, but no trial in people has shown that it does.\n"
    )
    got = found(checker, page)
    assert (8, "k2-builds-muscle", True) in got
    assert not {line for line, _, _ in got} & {3, 4, 5, 7}


def test_list_items_are_read_with_the_heading_that_names_the_nutrient(checker: Checker) -> None:
    page = "Where to Get Vitamin K2\n\n  • Egg yolks\n  • Aged gouda\n  • Chicken liver\n"
    got = found(checker, page)
    assert {
        (3, "animal-foods-k2", False),
        (4, "animal-foods-k2", False),
        (5, "animal-foods-k2", False),
    } <= got
    assert 1 not in lines_with_results(checker, page)


def test_items_under_a_lead_in_are_read_with_it(checker: Checker) -> None:
    page = (
        "## How much to take\n"
        "\nSuggested daily amounts of vitamin K2:\n\n- Bones and heart: 100-200 mcg of MK-7\n"
    )
    assert (5, "k2-dose-100-200-mcg", False) in found(checker, page)


def test_a_pronoun_carries_the_subject_of_the_sentence_before(checker: Checker) -> None:
    page = (
        "Natto is a traditional source of vitamin K2.\n"
        "It also helps keep calcium from settling in the arteries.\n"
    )
    lines = {(line, claim) for line, claim, _ in found(checker, page)}
    assert (2, "k2-prevents-arterial-calcification") in lines or (
        2,
        "k2-directs-calcium-bones-not-arteries",
    ) in lines


def test_a_unit_pointing_back_brings_the_subject_it_names_elsewhere(checker: Checker) -> None:
    page = (
        "Many readers now buy MK-7 capsules.\n"
        "And if you are on warfarin, check with your doctor before you start.\n"
    )
    assert (2, "k2-warfarin-interaction", False) in found(checker, page)


def test_very_little_of_it(checker: Checker) -> None:
    page = (
        "A newborn starts life with little vitamin K.\n"
        "Formula has more, but breast milk holds very little of it.\n"
    )
    assert (2, "breast-milk-low-vitk", False) in found(checker, page)


def test_a_sentence_without_a_pointer_borrows_nothing(checker: Checker) -> None:
    page = "Vitamin K2 comes mostly from fermented foods.\nRegular exercise keeps calcium in the skeleton.\n"
    assert 2 not in lines_with_results(checker, page)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("### Is vitamin K2 toxic in large doses?", "No, it is not."),
        ("**Is vitamin K2 toxic in large doses?**", "Probably not."),
        ("Q: Is vitamin K2 toxic in large doses?", "A: No, it isn't."),
    ],
)
def test_an_answer_is_carried_by_its_question(checker: Checker, question: str, answer: str) -> None:
    got = found(checker, f"{question}\n{answer}\n")
    assert (2, "k2-toxic-high-dose", True) in got
    assert 1 not in {line for line, _, _ in got}, "the question asserts nothing"


@pytest.mark.parametrize(
    "answer",
    ["Not without speaking to your doctor first.", "Only if your anticoagulation clinic agrees."],
)
def test_a_condition_on_taking_it_with_a_blood_thinner_keeps_the_warning(
    checker: Checker, answer: str
) -> None:
    """A question a page's line alone would not be read as stating is read as a statement is; an answer
    that makes taking K2 wait on a condition states the interaction, and the question stays silent."""
    got = found(checker, f"**Can I take K2 if I am on a blood thinner?**\n{answer}\n")
    assert got == {(2, "k2-warfarin-interaction", False)}


@pytest.mark.parametrize(
    "question", ["**Is K2 safe?**", "Is vitamin K2 safe?", "### Is MK-7 safe?"]
)
def test_a_short_question_answered_by_leaving_a_group_out_states_the_warning(
    checker: Checker, question: str
) -> None:
    """A question too short to name a claim, answered with the group it does not hold for, is read with
    its answer: the warning stands, and neither line calls K2 unsafe."""
    got = found(checker, f"{question}\n\nNot for people on warfarin.\n")
    assert got == {(3, "k2-warfarin-interaction", False)}


@pytest.mark.parametrize(
    ("question", "answer", "claim", "negated"),
    [
        ("Can I take K2 if I'm on warfarin?", "No.", "k2-warfarin-interaction", False),
        ("Should I take vitamin K2 while on warfarin?", "Please don't.", "k2-warfarin-interaction", False),
        ("Can I take K2 with warfarin?", "Yes, it's fine.", "k2-warfarin-interaction", True),
        ("Can I still eat salad on warfarin?", "Yes.", "warfarin-avoid-greens", True),
    ],
)
def test_a_question_asking_leave_against_a_warning_is_answered_the_other_way(
    checker: Checker, question: str, answer: str, claim: str, negated: bool
) -> None:
    """A question asking leave to do what a warning warns against puts the warning's opposite
    (thread.asked_leave): "No." after "Can I take K2 if I'm on warfarin?" is the warning, sound advice,
    and "Yes, it's fine." denies it."""
    assert (2, claim, negated) in found(checker, f"{question}\n{answer}\n")


@pytest.mark.parametrize(
    ("statement", "claim", "negated"),
    [
        ("Can I take K2 if I'm on warfarin? No.", "k2-warfarin-interaction", False),
        ("Can I take K2 if I'm on warfarin? No, ask your doctor first.", "k2-warfarin-interaction", False),
        ("Can I take K2 if I'm on warfarin? Absolutely not.", "k2-warfarin-interaction", False),
        ("Can I take K2 with warfarin? Yes, it's fine.", "k2-warfarin-interaction", True),
        ("Can I eat spinach on warfarin? Yes, just keep the amount steady.", "warfarin-avoid-greens", True),
        (
            "Is K2 safe with blood thinners? With warfarin, check with your GP first.",
            "k2-warfarin-interaction",
            False,
        ),
        ("Is K2 safe with warfarin? It won't change your INR at all.", "k2-warfarin-interaction", True),
    ],
)
def test_a_statement_asking_leave_against_a_warning_is_answered_the_other_way(
    checker: Checker, statement: str, claim: str, negated: bool
) -> None:
    """The same question and answer given as one statement read as on a page: "No, ask your doctor first."
    after "Can I take K2 if I'm on warfarin?" is the warning (it had been reported false). An answer that
    only says to ask first leaves out the "safe" the question asked with."""
    match = checker.check_statement(statement).match
    assert match is not None and (match.claim.id, match.negated) == (claim, negated)


@pytest.mark.parametrize(
    ("line", "claim", "negated"),
    [
        (
            "**Q: Can I take K2 while on warfarin?** A: Not without talking to your clinic first.",
            "k2-warfarin-interaction",
            False,
        ),
        ("Q: Can I take K2 if I am on warfarin? A: No.", "k2-warfarin-interaction", False),
        (
            "Q. Does vitamin K affect apixaban? A. No, apixaban does not work through vitamin K.",
            "doacs-unaffected-by-vitk",
            False,
        ),
    ],
)
def test_an_answer_on_the_line_of_its_question_is_read(
    checker: Checker, line: str, claim: str, negated: bool
) -> None:
    """An FAQ written one question and answer to a line ("**Q: ...?** A: ...") had no result at all: every
    unit on a labelled question's line was taken for part of the question. The answer label ends it."""
    assert (1, claim, negated) in found(checker, f"{line}\n")


def test_an_answer_advising_against_what_was_asked_is_a_no(checker: Checker) -> None:
    """ "Q. Can I skip the vitamin K shot if I had an easy birth?" / "A. We would not recommend it." had
    reported false on the shot ("it" read as the shot); "Is she right?" after a reported claim on the
    question's line asks about that claim, not about what an earlier answer said."""
    page = (
        "Q. Should I avoid all vitamin K foods now that I take warfarin?\n"
        "A. Definitely not.\n\n"
        "Q. My friend says K2 is fine with warfarin because it's a different kind. Is she right?\n"
        "A. No.\n\n"
        "Q. Can I skip the vitamin K shot if I had an easy birth?\n"
        "A. We would not recommend it.\n"
    )
    got = found(checker, page)
    assert {(5, "k2-warfarin-interaction", False), (8, "newborn-vitk-shot", False)} <= got, got
    assert (5, "warfarin-avoid-greens", False) not in got
    statement = "Can I skip the vitamin K shot if I had an easy birth? We would not recommend it."
    match = checker.check_statement(statement).match
    assert match is not None and (match.claim.id, match.negated) == ("newborn-vitk-shot", False)


def test_a_question_and_answer_table_row_is_read_as_an_answer(checker: Checker) -> None:
    """A row of an FAQ table ("| Should I stop eating kale on warfarin? | No, keep your intake steady. |")
    had reported false on the steady-intake advice: the row was read whole, then cell by cell under its
    column names. The answer cell now answers the question cell, as a statement of the two does."""
    page = (
        "| Question | Answer |\n| --- | --- |\n"
        "| Should I stop eating kale on warfarin? | No, keep your intake steady. |\n"
        "| Can I skip the vitamin K shot? | We strongly advise against it. |\n"
    )
    got = found(checker, page)
    assert {(3, "warfarin-consistent-vitk", False), (4, "newborn-vitk-shot", False)} <= got, got
    assert (3, "warfarin-consistent-vitk", True) not in got


@pytest.mark.parametrize(
    ("page", "claim"),
    [
        # After a sentence that names something else and states nothing, it is not said of the claim
        # before that (here it had reported K2's safety at usual doses as denied, verdict false).
        (
            "Vitamin K2 is safe at usual doses for healthy adults.\n"
            "Many readers also take magnesium and vitamin D, and some worry the two raise blood pressure.\n"
            "Large studies have found no such link.\n",
            "k2-safe-usual-doses",
        ),
        # After a sentence that names the fear of a link but no claim subject, it had turned round the
        # advice said before it (the shot reported false): a link denied is no denial of advice.
        (
            '"Refusing the vitamin K shot is not a safe choice," said the neonatologist.\n\n'
            "Some parents cite fears about preservatives or a supposed link to childhood cancer. "
            "Large studies have found no such link.\n",
            "newborn-vitk-shot",
        ),
    ],
)
def test_no_such_link_denies_only_what_was_just_said(checker: Checker, page: str, claim: str) -> None:
    """ "Large studies have found no such link" denies what was just said, not a claim the text moved on
    from, nor advice."""
    assert (claim, True) not in {(c, n) for _, c, n in found(checker, page)}


def test_a_question_asks_only_a_claim_it_names_every_group_of(checker: Checker) -> None:
    """ "Can too much vitamin K harm my baby?" names no word of "babies are born low in vitamin K" but the
    vitamin and the baby: its answer "No, the dose is safe." denies nothing about newborns' levels."""
    got = found(checker, "**Can too much vitamin K harm my baby?**\nNo, the dose is safe.\n")
    assert ("babies-born-low-vitk" not in {claim for _, claim, _ in got}), got


def test_an_item_under_a_dont_heading_is_advice_against_it(checker: Checker) -> None:
    """ "- cut out green vegetables completely" under "## Don't" on a warfarin page says not to: it denies
    that people on warfarin must avoid greens (it had been reported as stating it, verdict false). An item
    with its own "Don't" is read as it stands, and the result shows the item as written."""
    page = (
        "# Warfarin and food\n\n## Don't\n\n"
        "- cut out green vegetables completely\n"
        "- Don't give up leafy greens because you are on warfarin\n"
    )
    got = found(checker, page)
    assert (5, "warfarin-avoid-greens", True) in got
    assert (6, "warfarin-avoid-greens", True) in got
    statements = [r.statement for r in checker.check_document(page.splitlines(True), "page.md")]
    assert "cut out green vegetables completely" in statements


def test_a_list_item_is_read_with_what_the_page_is_about(checker: Checker) -> None:
    """An item that names the vitamin and states nothing alone is read with the page's subject (a warfarin
    leaflet); one about another nutrient is not ("Read more" links)."""
    page = (
        "Anticoagulation clinic - patient leaflet\n\nWARFARIN AND YOUR DIET\n\nDON'T\n"
        "  - DON'T cut out salads and greens because you are worried about vitamin K\n"
        "  - Why vitamin D pills failed to prevent fractures\n"
    )
    got = found(checker, page)
    assert (6, "warfarin-avoid-greens", True) in got
    assert 7 not in {line for line, _, _ in got}


def test_a_myth_and_fact_table_denies_its_myths(checker: Checker) -> None:
    """Each cell of a myth-and-fact row is read alone: the myth's claims denied, the fact's as they read."""
    page = (
        "| Myth | Fact |\n|---|---|\n"
        "| Vitamin K2 builds muscle | No trial in people has shown it |\n"
        "| K2 is toxic at high doses | No upper limit has been set, because no harm has been seen |\n"
        "| K2 dissolves plaque and reverses hardened arteries | Trials show K2 shifts a blood marker |\n"
        "| Everyone is short of K2 and needs a pill | Deficiency is rare in healthy adults |\n"
    )
    got = found(checker, page)
    assert (3, "k2-builds-muscle", True) in got
    assert (4, "k2-toxic-high-dose", True) in got
    # Read as whole rows, these two myths were stated.
    assert (5, "k2-reverses-arterial-calcification", True) in got
    assert (6, "most-people-need-k2-supplement", True) in got
    assert not any(not negated for _, _, negated in got)


def test_a_verdict_line_denies_what_the_section_said(checker: Checker) -> None:
    page = (
        "## Muscle\n\nInfluencers say vitamin K2 builds muscle faster than protein shakes.\n"
        "**Verdict: mostly hype.**\n"
    )
    assert (4, "k2-builds-muscle", True) in found(checker, page)


def test_a_question_under_a_plain_heading_borrows_the_page_subject(checker: Checker) -> None:
    page = (
        "# Vitamin K for your newborn\n\n## What parents ask\n\n"
        "**Does the injection cause childhood leukaemia?**\nNo.\n"
    )
    assert (6, "vitk-shot-causes-leukemia", True) in found(checker, page)


def test_a_reported_question_is_answered_by_the_next_sentence(checker: Checker) -> None:
    page = (
        "Readers sometimes ask whether K2 can shrink varicose veins.\n"
        "There is no good evidence that it does.\n"
    )
    got = found(checker, page)
    assert (2, "k2-treats-varicose-veins", True) in got
    assert 1 not in {line for line, _, _ in got}


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no good evidence that K2 pills shrink varicose veins.",
        "The old rule that people on warfarin must shun leafy greens is out of date.",
    ],
)
def test_denials_in_prose(checker: Checker, sentence: str) -> None:
    got = found(checker, sentence + "\n")
    assert got and all(negated for _, _, negated in got)


@pytest.mark.parametrize(
    "furniture",
    [
        "This article examines how vitamin K2 affects bones, arteries and muscle.",
        "A short guide to vitamin K2 for stronger bones and a healthier heart",
        '> "Calcium is the cargo and K2 the pilot." — Dr. Mira Holt, *Bones and Arteries*',
        "*This product is not intended to diagnose, treat, cure, or prevent any disease.*",
        'Recommended reading: "How K2 Keeps Arteries Clear", our free leaflet',
    ],
)
def test_page_furniture_stays_silent(checker: Checker, furniture: str) -> None:
    page = f"# Vitamin K2 and your heart\n\n{furniture}\n"
    assert not found(checker, page)


def test_a_reference_list_stays_silent(checker: Checker) -> None:
    page = (
        "## References\n\n"
        "1. Roe A, Poe B. Menaquinone-7 lowers arterial stiffness in older women. Heart J. 2020.\n"
        "2. Doe C. Vitamin K2 prevents fractures: a review. Bone Rep. 2019.\n"
    )
    assert not found(checker, page)


def test_a_bare_sources_heading_keeps_the_pages_own_prose(checker: Checker) -> None:
    """ "## Sources" heads the food sources on a nutrient's page as often as a reference list: a sentence
    under it that cites nothing is read; an entry with authors and a year is not."""
    page = (
        "## Sources\n\n"
        "Natto, a fermented soybean dish, is by far the richest known food source of K2.[4]\n\n"
        "- Roe A et al. Vitamin K2 prevents fractures: a review. Bone Rep. 2019.\n"
    )
    got = found(checker, page)
    assert (3, "natto-richest-k2", False) in got
    assert lines_with_results(checker, page) == {3}


def test_a_low_row_states_no_claim_of_abundance(checker: Checker) -> None:
    """One food low in vitamin K neither states nor denies that the greens are rich in it; a food that
    holds a little K2 still contains it."""
    page = (
        "| Food | Portion | Vitamin K (mcg) | Level |\n"
        "|---|---|---|---|\n"
        "| Iceberg lettuce | 1 cup | about 15 | Low |\n"
        "| Egg yolk (mostly K2) | 2 eggs | 5-15 | Low |\n"
        "| Kale, cooked | 1/2 cup | about 530 | Very high |\n"
    )
    got = found(checker, page)
    assert 3 not in lines_with_results(checker, page)
    assert (4, "animal-foods-k2", False) in got
    assert (5, "leafy-greens-vitk", False) in got


def test_a_bare_sources_heading_keeps_a_table_of_foods(checker: Checker) -> None:
    """A table of foods under "## Sources" is data, not a reference list: its rows are read with their
    header; a row that cites (a year, "et al") is still a reference entry."""
    page = (
        "## Sources\n\n"
        "| Food | Main form | K2 per 100 g |\n"
        "|---|---|---|\n"
        "| Egg yolk | MK-4 | 15-30 µg |\n"
        "| Roe A et al., 2019 | review | egg yolk K2 |\n"
    )
    got = found(checker, page)
    assert (5, "animal-foods-k2", False) in got
    assert 6 not in lines_with_results(checker, page)


def test_explain_says_what_a_row_was_read_with(cli) -> None:  # type: ignore[no-untyped-def]
    page = "Where to Get Vitamin K2\n\n- Egg yolks\n"
    result = cli("--format", "jsonl", "--explain", input=page)
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    row = next(r for r in records if r["match"]["id"] == "animal-foods-k2")
    assert row["source"]["line"] == 3
    assert row["statement"] == "Egg yolks"
    assert row["explain"]["read_with"] == "Where to Get Vitamin K2"


def test_explain_says_which_subject_a_pronoun_borrowed(cli) -> None:  # type: ignore[no-untyped-def]
    page = (
        "Many readers now buy MK-7 capsules.\n"
        "And if you are on warfarin, check with your doctor before you start.\n"
    )
    result = cli("--format", "line", "--explain", "--all", input=page)
    lines = result.stdout.splitlines()
    at = next(i for i, t in enumerate(lines) if "k2-warfarin-interaction" in t)
    assert lines[at].startswith("-:2:1: ")
    assert "subject borrowed from context" in lines[at + 1]


def test_a_heading_question_that_names_nothing_asks_about_the_page(checker: Checker) -> None:
    page = "# Vitamin K2: the plain facts\n\n### Does everyone need a supplement?\nNo.\n"
    assert (4, "most-people-need-k2-supplement", True) in found(checker, page)


def test_every_sentence_of_a_q_paragraph_asks(checker: Checker) -> None:
    page = "**Q. A friend told me K2 works better than K1. Is that so?**\nNot really.\n"
    got = found(checker, page)
    assert 1 not in {line for line, _, _ in got}, "what the friend said is part of the question"


def test_one_of_these_points_back(checker: Checker) -> None:
    page = (
        "Apixaban and rivaroxaban work without vitamin K.\n"
        "If you take one of these, vitamin K in your food does not change how they work.\n"
    )
    assert (2, "doacs-unaffected-by-vitk", False) in found(checker, page)


def test_a_first_row_of_names_says_what_each_column_is(checker: Checker) -> None:
    page = (
        "| | Brand A | Brand B |\n"
        "|---|---|---|\n"
        "| Form | MK-7 | Phylloquinone |\n"
        "| Half-life | About three days, far longer than K1 | A few hours |\n"
    )
    got = found(checker, page)
    assert {claim for line, claim, _ in got if line == 4} & {
        "mk7-longer-half-life",
        "mk7-longer-half-life-than-mk4",
    }
    assert 3 not in {line for line, _, _ in got}


def test_a_short_capitalised_list_item_is_not_a_heading(checker: Checker) -> None:
    page = "Good Sources of Vitamin K2\n\n- Natto\n- Liver\n- Hard cheeses\n"
    got = found(checker, page)
    assert (4, "animal-foods-k2", False) in got
    assert (5, "animal-foods-k2", False) in got, "read with the heading, not with the item 'Liver'"


def test_product_bullets_under_a_plain_heading_are_about_the_page(checker: Checker) -> None:
    page = "# OrbiBone K2 MK-7 softgels\n\n## Why customers choose it\n\n- Supports healthy bones\n"
    assert (5, "vitk-important-bone-health", False) in found(checker, page)


def test_the_page_subject_is_not_read_into_a_heading_that_names_none(checker: Checker) -> None:
    page = (
        "# Can vitamin K2 save your teeth?\n\n## What really prevents cavities\n\n- Cutting back on sweets\n"
    )
    assert not found(checker, page)


def test_a_sentence_opening_with_a_bare_verb_borrows_the_subject_before(checker: Checker) -> None:
    page = "Our softgels hold 100 mcg of MK-7 from chickpeas.\nHelps keep calcium out of your arteries.\n"
    assert (2, "k2-prevents-arterial-calcification", False) in found(checker, page)


def test_this_product_points_to_the_page_subject(checker: Checker) -> None:
    page = (
        "# CalciGuard K2 drops\n\n## Caution\n\n"
        "If you take warfarin, ask your doctor before using this product.\n"
    )
    assert (5, "k2-warfarin-interaction", False) in found(checker, page)


def test_a_long_sentence_is_scored_by_the_clause_that_states_the_claim(checker: Checker) -> None:
    page = (
        "By potentially improving mitochondrial output and easing oxidative stress, vitamin K2 might help"
        " preserve muscle viability and counter some of the underlying drivers of sarcopenia, early lab work"
        " suggests.\n"
    )
    assert (1, "vitk-treats-sarcopenia", False) in found(checker, page)


def test_a_list_of_links_stays_silent(checker: Checker) -> None:
    page = (
        "Vitamin K is needed for blood to clot.\n\n"
        "Learn More\n\n"
        "- Vitamin K Deficiency Bleeding in Newborns (Children's Health Council)\n"
        "- Does Vitamin K2 Prevent Heart Disease? (Heart Foundation)\n"
        "- Article: Vitamin K2 slows bone loss in older women...\n"
    )
    assert {line for line, _, _ in found(checker, page)} == {1}


def test_an_answer_that_says_no_and_more_denies_the_question_too(checker: Checker) -> None:
    page = (
        "**Should I avoid leafy greens if I am on warfarin?**\n"
        "No, you should eat a steady amount of vitamin K-rich foods rather than avoiding them.\n"
    )
    got = found(checker, page)
    assert (2, "warfarin-avoid-greens", True) in got
    assert (2, "warfarin-consistent-vitk", False) in got


def test_a_directive_inside_a_table_does_not_make_the_next_row_a_header(checker: Checker) -> None:
    page = (
        "| Food | Vitamin K2 |\n"
        "|---|---|\n"
        "| Kale | Rich in vitamin K2 |\n"
        "<!-- k2check: ignore leafy-greens-k2 checked with the editor -->\n"
        "| Spinach | Rich in vitamin K2 |\n"
    )
    results = list(checker.check_document(page.splitlines(keepends=True), "page.md", report_all=True))
    ignored = [r for r in results if r.match and r.match.claim.id == "leafy-greens-k2"]
    assert [(r.source.line if r.source else 0, r.suppressed is not None) for r in ignored] == [
        (3, False),
        (5, True),
    ]


def test_an_it_that_stands_for_nothing_borrows_no_subject(checker: Checker) -> None:
    page = (
        "## Shot or drops?\n\n"
        "A single vitamin K injection is given in the thigh soon after birth.\n"
        "If you pick drops, it is important that you give every one of them.\n"
    )
    assert 4 not in lines_with_results(checker, page)


def test_them_after_a_plural_noun_of_the_sentence_points_nowhere_else(checker: Checker) -> None:
    page = (
        "Natto is a traditional source of vitamin K2.\n"
        '"Buy miso and cheese if you enjoy them, but no food fixes a bad diet," the dietitian said.\n'
    )
    assert 2 not in lines_with_results(checker, page)


def test_a_heading_that_states_a_claim_is_not_a_label_for_the_lines_below(checker: Checker) -> None:
    page = (
        "# Daily vitamin K2 capsule eased artery stiffness in older women, study finds\n\n"
        "Posted 3 June 2026 | Updated 4 June 2026\n"
    )
    assert lines_with_results(checker, page) == set()


def test_a_description_of_a_noun_already_read_is_not_a_claim_of_its_own(checker: Checker) -> None:
    page = "K2 activates osteocalcin, the protein that locks calcium into the bone matrix.\n"
    assert {claim for _, claim, _ in found(checker, page)} == {"k2-activates-osteocalcin"}


def test_a_no_denies_the_claim_the_answer_repeats_as_the_question_put_it(checker: Checker) -> None:
    page = (
        "Should I stop eating leafy greens while I take warfarin?\n"
        "No — eat a steady amount of them each week rather than cutting them out.\n"
    )
    assert (2, "warfarin-avoid-greens", True) in found(checker, page)


def test_a_short_answer_that_says_not_and_narrows_it_denies(checker: Checker) -> None:
    page = "# Vitamin K2 basics\n\n### Is there an official daily intake?\n\nNot for K2 as such.\n"
    assert (5, "k2-official-rdi", True) in found(checker, page)


def test_the_lines_of_an_answer_are_about_the_question_subject(checker: Checker) -> None:
    page = (
        "# Vitamin K2 basics\n\n### Do most people need a supplement?\n"
        "No.\nShortfalls are rare in healthy adults who eat a varied diet.\n\n"
        "Shortfalls are rare in healthy adults who eat a varied diet.\n"
    )
    got = found(checker, page)
    assert (5, "vitk-deficiency-common", True) in got
    # After a blank line the answer is over. ("Deficiency is rare ..." would name the page's vitamin by
    # itself: a stand-in subject of vitk-deficiency-common.)
    assert 7 not in {line for line, _, _ in got}


def test_a_long_unpunctuated_standfirst_is_a_sentence_not_a_label(checker: Checker) -> None:
    page = (
        "# Daily vitamin K2 capsule eased artery stiffness in older women, study finds\n\n"
        "**Supplement firms are already quoting the trial, but the scientists say it does not show fewer"
        " heart attacks**\n"
    )
    assert lines_with_results(checker, page) == set()


def test_the_two_points_back_to_the_pair_named_before(checker: Checker) -> None:
    """ "The two ..." opening a sentence stands for the two subjects of the sentence before it."""
    page = (
        "Vitamin D3 and vitamin K2 are a popular pairing on pharmacy shelves.\n"
        "The two work together to keep calcium where the body needs it.\n"
    )
    assert 2 in lines_with_results(checker, page)


def test_they_and_it_in_one_sentence_borrow_the_sentence_before_and_the_heading(checker: Checker) -> None:
    """ "They" stands for what the sentence before named, "it" for what the heading is about."""
    page = (
        "## Vitamin K at birth\n"
        "\n"
        "Newborn babies are a special case.\n"
        "They begin life with hardly any of it, since only a trace crosses the placenta.\n"
    )
    assert (4, "babies-born-low-vitk", False) in found(checker, page)


def test_a_readers_question_is_about_the_page_and_a_yes_that_goes_on_answers_it(checker: Checker) -> None:
    """The question's "it" is the page's subject even after a sentence about the reader; "Yes, and ..."
    that states nothing of its own says yes to the question."""
    page = (
        "# The vitamin K injection for newborns\n"
        "\n"
        "**We bottle-feed. Does our newborn still need it?**\n"
        "Yes, and the timing matters just as much for every family.\n"
    )
    assert (4, "newborn-vitk-shot", False) in found(checker, page)


def test_together_they_after_two_nutrients_stands_for_both(checker: Checker) -> None:
    page = (
        "Vitamin D3 raises the calcium you absorb, while K2 guides that calcium into bone.\n"
        "Together they build stronger bones than vitamin D3 taken alone.\n"
    )
    assert (2, "d3-k2-better-than-d3-bone", False) in found(checker, page)


@pytest.mark.parametrize(
    "opening",
    ["Both studies found", "Both K2 and D3 are", "The two groups took", "They are"],
)
def test_a_plural_pointer_is_not_read_as_the_pair_when_it_is_not_the_subject(opening: str) -> None:
    from k2check.layout import Layout
    from k2check.segment import Sentence

    layout = Layout({"k2": frozenset({"vitk"})})
    layout.context = frozenset({"d3", "k2", "vitk"})
    reading = layout.read(Sentence(f"{opening} more bone after two years.", 2, 1, "sentence"))
    assert reading.paired == ""


def test_a_cell_is_read_as_said_of_its_columns_subject(checker: Checker) -> None:
    page = (
        "| Feature | Our softgel | Typical capsule |\n"
        "|---|---|---|\n"
        "| Form of K2 | MK-7, natural | MK-4 |\n"
        "| How long it lasts in the blood | Around three days, well beyond MK-4 | Hours |\n"
        "| Heart support | Keeps arteries flexible | Not stated |\n"
    )
    got = found(checker, page)
    assert (4, "mk7-longer-half-life-than-mk4", False) in got
    assert (5, "k2-heart-health", False) in got
    assert (5, "k2-heart-health", True) not in got, "'Not stated' is the other column's value"


def test_a_header_cell_ending_in_a_question_mark_still_names_its_column(checker: Checker) -> None:
    page = (
        "| Food | Form | K2 per portion | Vegan? |\n"
        "|---|---|---|---|\n"
        "| Egg yolks, two | MK-4 | about 8 mcg | No |\n"
        "| Goose liver, 50 g | MK-4 | about 180 mcg | No |\n"
    )
    got = found(checker, page)
    assert (3, "animal-foods-k2", False) in got
    assert (4, "animal-foods-k2", False) in got
    assert 1 not in lines_with_results(checker, page), "the header row states nothing"


def test_a_bare_denial_in_a_short_cell_stays_in_its_cell(checker: Checker) -> None:
    page = (
        "| Who | Dose | Outcome |\n"
        "|---|---|---|\n"
        "| No supplement | None | Newborn babies have low stores of vitamin K |\n"
        "| Trials in dialysis patients | Artery scans | No sign that K2 slowed calcification |\n"
    )
    got = found(checker, page)
    assert (3, "babies-born-low-vitk", False) in got
    assert (4, "k2-prevents-arterial-calcification", True) in got, "a cell that says more still denies"


def test_each_star_rated_review_is_its_own_unit(checker: Checker) -> None:
    page = (
        "## Reviews\n"
        "\n"
        "★★★★★ Great drops, easy to use — Ann B.\n"
        '★★★★☆ "Vitamin K2 has raised my bone density in a year." — Raj P.\n'
    )
    got = found(checker, page)
    assert (4, "k2-increases-bone-density", False) in got
    assert 3 not in lines_with_results(checker, page)


def test_a_forum_reply_answers_the_question_after_the_posts_furniture(checker: Checker) -> None:
    page = (
        "pillpopper_22\n"
        "Joined: 2020 · Posts: 15\n"
        "Apparently K2 causes blood clots in healthy people\n"
        "Is that true\n"
        "\n"
        "Reply · Quote\n"
        "\n"
        "clot_doc\n"
        "Joined: 2012 · Posts: 2,210\n"
        "Nope, that's a myth for people whose clotting is normal.\n"
    )
    assert (10, "k2-causes-blood-clots", True) in found(checker, page)


@pytest.mark.parametrize(
    "judgement",
    [
        "Nobody has shown that, the human trials found nothing.",
        "The studies never showed anything like that.",
        "That's simply not true.",
    ],
)
def test_a_judgement_pointing_at_what_was_said_denies_it(checker: Checker, judgement: str) -> None:
    page = (
        "gymbro\n"
        "Joined: 2023 · Posts: 4\n"
        "Vitamin K2 builds muscle, my coach says so\n"
        "\n"
        "Reply · Quote\n"
        "\n"
        "lab_coat\n"
        "Joined: 2011 · Posts: 980\n"
        f"{judgement}\n"
    )
    assert (9, "k2-builds-muscle", True) in found(checker, page)


def test_the_paragraph_under_a_myth_heading_denies_it(checker: Checker) -> None:
    page = (
        "## Myth 1: K2 causes blood clots\n"
        "\n"
        "This worry comes up all the time, and it is unfounded.\n"
        "\n"
        "## Myth 2: you must avoid leafy greens on warfarin\n"
        "\n"
        "We hear this one a lot. That advice is outdated.\n"
        "\n"
        "## Why people take K2\n"
        "\n"
        "Plenty of readers take K2 for their bones. The rest is not the whole story.\n"
    )
    got = found(checker, page)
    assert (3, "k2-causes-blood-clots", True) in got
    assert (7, "warfarin-avoid-greens", True) in got
    assert 11 not in lines_with_results(checker, page) or all(not neg for line, _, neg in got if line == 11)


def test_a_heading_that_names_a_myth_states_it_denied(checker: Checker) -> None:
    """A labelled myth heading, and a quoted heading under one that calls what follows myths, state the
    myth's claim, denied (a quoted myth that denies a claim states it); a quoted heading elsewhere, and a
    plain one, state nothing."""
    page = (
        "# Ten vitamin K myths that refuse to die\n"
        "\n"
        "## Myth 1: K2 causes blood clots\n"
        "\n"
        "In healthy people the clotting system is already fully supplied.\n"
        "\n"
        '### 2. "Leafy greens are loaded with K2"\n'
        "\n"
        "Nearly all of what greens carry is K1.\n"
        "\n"
        '### 3. "Breast milk gives babies all the vitamin K they need"\n'
        "\n"
        "## Where to buy natto\n"
    )
    got = found(checker, page)
    assert (3, "k2-causes-blood-clots", True) in got
    assert (7, "leafy-greens-k2", True) in got
    assert (11, "breast-milk-low-vitk", False) in got
    assert 1 not in lines_with_results(checker, page) and 13 not in lines_with_results(checker, page)
    elsewhere = '## What readers asked\n\n### "Leafy greens are loaded with K2"\n'
    assert 3 not in lines_with_results(checker, elsewhere)


@pytest.mark.parametrize(
    ("question", "answer", "claim", "negated"),
    [
        (
            "Does K2 build muscle?",
            "It depends on what you mean, but no trial has shown it.",
            "k2-builds-muscle",
            True,
        ),
        (
            "Does K2 build muscle?",
            "Well, it varies, though no study has proven that.",
            "k2-builds-muscle",
            True,
        ),
        (
            "Can K2 stand in for my osteoporosis medicine?",
            "Only if your specialist has said so.",
            "k2-treats-osteoporosis",
            False,
        ),
        # Safe only on a condition: the warning the question asked about (thread.warned_on_condition).
        (
            "Is it safe to take vitamin K2 if I am on warfarin?",
            "Only if your anticoagulation clinic knows and checks your INR more often.",
            "k2-warfarin-interaction",
            False,
        ),
    ],
)
def test_an_answer_that_hedges_first_answers_after_the_hedge(
    checker: Checker, question: str, answer: str, claim: str, negated: bool
) -> None:
    page = f"### {question}\n{answer}\n"
    assert (2, claim, negated) in found(checker, page)


def test_a_claim_spread_over_two_sentences_of_a_paragraph(checker: Checker) -> None:
    page = (
        "Doctors in Japan give high-dose MK-4 to people with osteoporosis.\n"
        "Trials there found fewer fractures of the spine.\n"
        "\n"
        "Natto is the richest food source of K2.\n"
        "Smaller amounts come from hard cheese and egg yolks.\n"
        "\n"
        "Shop labels for K2 drops look impressive.\n"
        "Packs promise cleaner arteries and stronger bones.\n"
    )
    got = found(checker, page)
    assert (2, "k2-prevents-fractures", False) in got
    assert (5, "animal-foods-k2", False) in got
    assert 8 not in lines_with_results(checker, page), "what labels promise is reported, not stated"


def test_items_under_a_lead_in_that_denies_are_denied(checker: Checker) -> None:
    page = (
        "There is no good evidence that K2 helps with:\n"
        "\n"
        "- preventing cancer\n"
        "- building muscle\n"
        "\n"
        "## What K2 can't do\n"
        "\n"
        "- Reverse calcium already in your arteries\n"
        "\n"
        "Good food sources of K2 include:\n"
        "\n"
        "- egg yolks\n"
    )
    got = found(checker, page)
    assert {
        (3, "k2-prevents-cancer", True),
        (4, "k2-builds-muscle", True),
        (8, "k2-reverses-arterial-calcification", True),
    } <= got
    assert (12, "animal-foods-k2", False) in got, "the heading's denial is not the next lead-in's"


def test_a_pronoun_chain_carries_its_subject_past_sentences_that_state_no_claim(checker: Checker) -> None:
    page = (
        "## A lesser-known nutrient\n"
        "\n"
        "Menaquinone, better known as vitamin K2, is a fat-soluble vitamin. It comes in several forms. "
        "It is stored in the body only in small amounts. It also helps keep calcium out of the arteries.\n"
    )
    assert (3, "k2-prevents-arterial-calcification", False) in found(checker, page)


def test_a_reply_under_a_quoted_post_denies_it(checker: Checker) -> None:
    page = (
        "nurse_kay\n"
        "Joined: 2015 · Posts: 2,001\n"
        "> pill_fan wrote: K2 causes blood clots, so I stopped taking it\n"
        "Not in people with normal clotting, it doesn't.\n"
    )
    got = found(checker, page)
    assert (3, "k2-causes-blood-clots", False) in got, "the quoted post states its claim"
    assert (4, "k2-causes-blood-clots", True) in got


def test_a_bare_not_after_a_warning_adds_to_it() -> None:
    from k2check.thread import Thread

    assert not Thread._judges("Not for children under 12.")
    assert Thread._judges("Not in healthy adults, it isn't.")


def test_a_noun_phrase_pointing_at_the_claim_before_denies_it(checker: Checker) -> None:
    page = (
        "Vitamin K2 keeps calcium out of the arteries, the label says.\n"
        "Sadly no controlled trial has confirmed that benefit in people.\n"
        "\n"
        "**Does the newborn injection cause childhood leukaemia?**\n"
        "No.\n"
        "A small early study raised the worry, but bigger studies since found no such link.\n"
    )
    got = found(checker, page)
    assert (2, "k2-prevents-arterial-calcification", True) in got
    assert (6, "vitk-shot-causes-leukemia", True) in got, "the answer's denial goes on, not turned round"


def test_a_finding_of_no_link_denies_the_worry_just_reported(checker: Checker) -> None:
    page = (
        "The leukaemia worry goes back to two small British studies from around 1990.\n"
        "Far bigger studies since then, one of them with thousands of children, found no connection.\n"
    )
    assert (2, "vitk-shot-causes-leukemia", True) in found(checker, page)


def test_a_small_claim_one_group_short_on_a_line_with_no_near_miss(checker: Checker) -> None:
    # The second opinion is asked about the small claims (fewer than three groups) a line names all but
    # one group of, even where the first look saw no near miss.
    page = "Natto gets its vitamin K2 from the bacteria used to ferment the soybeans.\n"
    assert found(checker, page) == {(1, "bacteria-make-k2", False)}


def test_a_near_miss_the_model_is_sure_of_joins_a_claim_it_rules_out(checker: Checker) -> None:
    # The groups read the clot myth here; the second opinion gives it next to nothing and the clotting
    # claim, one group short, nearly everything (Weights.document_beside).
    got = found(checker, "Your liver uses vitamin K to make the proteins that make blood clot.\n")
    assert (1, "vitk-needed-clotting", False) in got


def test_marks_in_a_comparison_table_are_its_values(checker: Checker) -> None:
    page = (
        "| Question | Answer |\n"
        "|---|---|\n"
        "| Does K2 thin the blood? | Not at all |\n"
        "\n"
        "| | MK-7 | MK-4 |\n"
        "|---|---|---|\n"
        "| Long half-life | ✓ | — |\n"
        "| Builds muscle | — | ✗ |\n"
        "| | | |\n"
    )
    got = found(checker, page)
    assert (7, "mk7-longer-half-life", False) in got
    assert (8, "k2-builds-muscle", True) in got
    assert (8, "k2-builds-muscle", False) not in got
    assert 5 not in lines_with_results(checker, page), "a row of names after a blank line heads a new table"


def test_a_finding_said_to_match_the_one_before_states_its_claim_too(checker: Checker) -> None:
    page = (
        "A recent trial in people over 70 found that MK-7 cut the number of leg cramps at night.\n"
        "Older studies in dialysis patients found similar results.\n"
    )
    got = found(checker, page)
    assert (1, "k2-nocturnal-leg-cramps", False) in got
    assert (2, "k2-dialysis-cramps", False) in got


def test_the_items_of_a_cons_list_are_about_the_page_subject(checker: Checker) -> None:
    page = "# Vitamin K2: the downsides\n\n**Cons**\n\n- Weakens warfarin\n- No sign it helps build muscle\n"
    got = found(checker, page)
    assert (5, "vitk-counteracts-warfarin", False) in got or (5, "k2-warfarin-interaction", False) in got
    assert (6, "k2-builds-muscle", True) in got, "'it' is the list's subject, not the item before's warfarin"


def test_a_finding_after_the_sentence_that_set_up_the_study(checker: Checker) -> None:
    page = (
        "Researchers looked at K2 and broken hips. They saw fewer fractures in the women who took it.\n"
        "\n"
        "A Dutch team gave MK-7 to older women for three years.\n"
        "The women lost less bone than those on placebo.\n"
        "\n"
        "Foods that are high in vitamin K\n"
        "Kale, spinach, spring greens, cabbage\n"
    )
    got = found(checker, page)
    assert (1, "k2-prevents-fractures", False) in got
    assert (4, "k2-slows-bone-loss", False) in got
    assert 7 not in lines_with_results(checker, page), "a label sets up nothing"


def test_labelled_answers_and_a_new_question_in_a_leaflet(checker: Checker) -> None:
    page = (
        "Q: Is the newborn vitamin K injection linked to leukaemia?\n"
        "A: No.\n"
        "A small study long ago raised the idea of a link with childhood leukaemia, but far bigger studies "
        "since then have found none.\n"
        "\n"
        "Q: Is vitamin K a vaccine?\n"
        "A: No. It is a vitamin, with nothing live in it.\n"
    )
    got = found(checker, page)
    assert (2, "vitk-shot-causes-leukemia", True) in got
    assert (3, "vitk-shot-causes-leukemia", True) in got
    assert 6 not in lines_with_results(checker, page), "the 'No.' answers the new question"


@pytest.mark.parametrize("answer", ["For healthy adults, no.", "We cannot guarantee that."])
def test_an_answer_that_qualifies_or_judges_denies_the_question(checker: Checker, answer: str) -> None:
    page = f"### Does vitamin K2 build muscle?\n{answer}\n"
    assert (2, "k2-builds-muscle", True) in found(checker, page)


def test_a_possessive_pronoun_points_back(checker: Checker) -> None:
    page = (
        "Vitamin K lets a cut stop bleeding.\n"
        "Most grown-ups get theirs from leafy green vegetables such as kale.\n"
    )
    assert (2, "leafy-greens-vitk", False) in found(checker, page)


def test_a_table_of_what_foods_contain(checker: Checker) -> None:
    page = (
        "| Food | Portion | Vitamin K (mcg) | Type |\n"
        "|---|---|---|---|\n"
        "| Swiss chard, boiled | 1 cup | roughly 570 | K1 |\n"
        "| Aged Gouda | 30 g | roughly 20 | K2 |\n"
        "| Price | £3 | n/a | n/a |\n"
    )
    got = found(checker, page)
    assert (3, "leafy-greens-vitk", False) in got
    assert (4, "animal-foods-k2", False) in got
    assert 5 not in lines_with_results(checker, page)


def test_a_fact_box_finding_is_about_the_page_subject(checker: Checker) -> None:
    page = (
        "# Vitamin K2 capsules did not stop arteries hardening, trial finds\n"
        "\n"
        "### In brief\n"
        "\n"
        "- Who: 400 adults with kidney disease and calcified arteries\n"
        "- Result: no slowing of calcification in the arteries over two years\n"
    )
    got = found(checker, page)
    assert (6, "k2-prevents-arterial-calcification", True) in got
    assert 5 not in lines_with_results(checker, page), "who took part sets the study up and claims nothing"


def test_layout_examples() -> None:
    import doctest

    from k2check import layout

    failures, tried = doctest.testmod(layout)
    assert tried and not failures


def test_check_examples() -> None:
    """The examples in check.py's docstrings (what a unit repeats of its lead, whether it gives a price,
    which lines list signs of bleeding) hold."""
    import doctest

    from k2check import check

    failures, tried = doctest.testmod(check)
    assert tried >= 20 and not failures


def test_a_line_that_names_every_word_of_a_claim_is_read_and_a_topic_line_is_not(checker: Checker) -> None:
    """A page line that names a claim's subject and every group states it (beside another claim it
    states); a line that only names the page's topic states nothing, second opinion or not. (Round 23's
    near-miss rescue reads "Soon after birth, the midwife will offer your baby a vitamin K injection" as
    the newborn shot claim, which this test held silent before: rank.Weights.document_rescue.)"""
    page = (
        "My INR dropped from 2.8 to 1.9 a month after I started a K2 spray, and the clinic said the K2 had"
        " weakened my warfarin.\n"
        "\n"
        "Your midwife will talk to you about vitamin K before your baby is born.\n"
    )
    got = found(checker, page)
    assert (1, "vitk-counteracts-warfarin", False) in got
    assert 3 not in lines_with_results(checker, page)


def test_the_second_opinion_adds_a_claim_beside_the_ones_a_line_states(checker: Checker) -> None:
    page = (
        '"This is not proof that K2 builds muscle or makes you stronger, and it surely does not replace'
        ' training."\n'
    )
    results = list(checker.check_document(page.splitlines(keepends=True), "page.md"))
    got = {(r.match.claim.id, r.match.negated): r.match.explanation.opinion for r in results if r.match}
    assert ("k2-replaces-exercise", True) in got, "the keyword groups' claim stays"
    assert got.get(("k2-builds-muscle", True), 0.0) >= 0.6, "the second opinion's claim joins it"


def test_an_image_caption_states_nothing(checker: Checker) -> None:
    page = (
        "# Eating for your bones\n"
        "\n"
        "![A bowl of natto beside rice](natto.jpg)\n"
        "*Natto, the richest food source of vitamin K2.*\n"
        "\n"
        "*Natto is the richest food source of vitamin K2.*\n"
    )
    assert lines_with_results(checker, page) == {6}, "emphasis alone does not make a caption"


def test_a_pages_own_navigation_states_nothing(checker: Checker) -> None:
    page = (
        "# Vitamin K2: what it does for your bones and heart\n"
        "\n"
        "Jump to: Bone health | Heart health | Food sources\n"
        "\n"
        "## In this article\n"
        "\n"
        "1. Why K2 matters for bones\n"
        "2. Best food sources\n"
        "\n"
        "## Bone health\n"
        "\n"
        "Vitamin K2 helps keep bones strong.\n"
    )
    assert lines_with_results(checker, page) == {12}


def test_an_item_of_a_fact_box_is_about_the_pages_subject(checker: Checker) -> None:
    page = (
        "# Vitamin K2 trial in older women reports mixed results\n"
        "\n"
        "### At a glance\n"
        "\n"
        "- Who: 300 women with night cramps and thin bones\n"
        "- No effect on bone density across the whole hip\n"
    )
    got = found(checker, page)
    assert (6, "k2-increases-bone-density", True) in got
    assert 5 not in lines_with_results(checker, page), "a field that sets the study up claims nothing"


def test_the_answer_under_a_question_heading_is_about_what_it_asked(checker: Checker) -> None:
    page = (
        "# Vitamin K2 and your bones\n"
        "\n"
        "## Is it safe?\n"
        "\n"
        "No side effects were linked to the capsules during the three years.\n"
        "\n"
        "## Cramps at night?\n"
        "\n"
        "Many older people wake up with calf cramps.\n"
    )
    got = found(checker, page)
    assert (5, "k2-safe-usual-doses", False) in got
    assert 9 not in lines_with_results(checker, page), "a question that names nothing lends nothing"


def test_the_vitamin_later_in_a_sentence_points_back(checker: Checker) -> None:
    page = (
        "Researchers gave vitamin K2 to older women for three years.\n"
        "The lead author said the vitamin works by switching on osteocalcin, a protein of bone.\n"
    )
    assert (2, "k2-activates-osteocalcin", False) in found(checker, page)


def test_a_stand_in_set_against_another_form_is_read_as_the_one_before(checker: Checker) -> None:
    page = (
        "MK-7 stays in your blood for days.\n"
        "It also reaches bone and artery walls more easily, whereas K1 mostly stays in the liver.\n"
    )
    assert (2, "k2-reaches-extrahepatic-tissues", False) in found(checker, page)


@pytest.mark.parametrize(
    "reply",
    [
        "I looked into that one, and the big trials never found that happening.",
        "I couldn't find a single proper study that backs up the K2 part.",
    ],
)
def test_a_sentence_that_found_nothing_to_bear_out_the_one_before_denies_it(
    checker: Checker, reply: str
) -> None:
    page = f"You'll often read that grass-fed butter is packed with extra K2.\n{reply}\n"
    assert (2, "grass-fed-more-k2", True) in found(checker, page)


def test_a_trial_finding_that_names_no_nutrient_is_about_the_pages(checker: Checker) -> None:
    page = (
        "# Vitamin K2 slowed bone loss in a Dutch trial\n"
        "\n"
        "Not every study agrees.\n"
        "A one-year trial in Norway, which gave twice the dose to 300 women past the menopause, found"
        " no effect on bone loss.\n"
        "The new trial was not big enough to count fractures at all.\n"
    )
    got = found(checker, page)
    assert (4, "k2-slows-bone-loss", True) in got
    assert 5 not in lines_with_results(checker, page), "a trial's design is no finding"


@pytest.mark.parametrize(
    ("line", "granted", "denied"),
    [
        (
            "Bacteria in your colon do produce K2, only not in amounts worth counting on.",
            "bacteria-make-k2",
            "gut-bacteria-supply-k2",
        ),
        ("Chard and kale are loaded with K1, not K2.", "leafy-greens-vitk", "leafy-greens-k2"),
    ],
)
def test_a_line_that_grants_one_claim_and_denies_a_related_one_states_both(
    checker: Checker, line: str, granted: str, denied: str
) -> None:
    got = found(checker, line + "\n")
    assert (1, granted, False) in got
    assert (1, denied, True) in got


@pytest.mark.parametrize(
    "line",
    [
        "Few people think about vitamin K, yet the body cannot form a blood clot without it.",
        "K2 is well tolerated at supplement doses.",
        "K2 pills have no side effects at normal doses.",
    ],
)
def test_a_related_claim_read_through_the_same_words_is_not_a_second_claim(
    checker: Checker, line: str
) -> None:
    claims = {claim for _, claim, _ in found(checker, line + "\n")}
    assert len(claims) == 1, claims


def test_a_deficiency_with_no_owner_is_the_paragraphs_nutrients(checker: Checker) -> None:
    page = (
        "# Vitamin K at a glance\n"
        "\n"
        "Vitamin K lets your blood clot after a cut.\n"
        "Grown-ups who eat a normal diet get enough, so a shortage is unusual in healthy adults.\n"
        "\n"
        "Iron deficiency is common in young women.\n"
    )
    got = found(checker, page)
    assert (4, "vitk-deficiency-common", True) in got
    assert 6 not in lines_with_results(checker, page), "a deficiency of another nutrient names its owner"


@pytest.mark.parametrize(
    "second",
    [
        "It also circulates far longer than the K1 in vegetables, which gives it time to reach the bones.",
        "It stays in circulation far longer than the K1 in spinach.",
    ],
)
def test_it_set_against_another_form_is_the_narrowest_form_named_before(
    checker: Checker, second: str
) -> None:
    page = f"Most brands now sell MK-7, the best form of K2 for a daily capsule.\n{second}\n"
    assert (2, "mk7-longer-half-life", False) in found(checker, page)


@pytest.mark.parametrize(
    "line",
    [
        "Vitamin K thickens your blood as well, doesn't it?",
        "Vitamin K thickens your blood, right?",
    ],
)
def test_a_tag_question_is_read_as_the_statement_it_tags(checker: Checker, line: str) -> None:
    """A forum post's "..., doesn't it?" asks only for agreement: it asserts what it tags. An open question
    still asserts nothing."""
    assert (1, "k2-causes-blood-clots", False) in found(checker, f"{line}\n")
    assert not found(checker, "Does vitamin K thicken your blood?\n")


@pytest.mark.parametrize(
    "line",
    [
        "Quote from GymRatGazza: MK-4 is still the better form for muscle",
        "> GymRatGazza wrote: MK-4 is still the better form for muscle",
        "Originally posted by Gazza: MK-4 is still the better form for muscle",
    ],
)
def test_a_quoted_post_is_read_without_its_attribution(checker: Checker, line: str) -> None:
    """A forum reply's "Quote from X:" is not part of the words it quotes, which are read alone (at their
    own column); the same words after another label are read as they stand."""
    results = [r for r in checker.check_document([f"{line}\n"], "thread.txt") if r.match]
    assert [(r.match.claim.id, r.match.negated) for r in results] == [("mk4-better-than-mk7-muscle", False)]
    assert results[0].source is not None and results[0].source.column == line.index("MK-4") + 1


def test_a_line_a_group_short_is_read_when_the_model_is_sure(checker: Checker) -> None:
    """A page's line on which the keyword groups stated nothing gets the near miss the second opinion is
    sure of (rank.Weights.document_rescue), as a statement would; a line about the topic that states no
    claim still gets nothing."""
    page = (
        "Honestly I think K2 matters more than everyone's protein obsession.\n"
        "\n"
        "Went to the gym twice this week and ate a lot of eggs.\n"
    )
    assert found(checker, page) == {(1, "k2-more-important-than-protein", False)}


@pytest.mark.parametrize(
    "advice", ["Please don't skip it.", "Never skip it.", "Don't refuse it.", "I'd never skip it."]
)
def test_advice_that_points_back_is_read_with_its_subject_the_right_way_round(
    checker: Checker, advice: str
) -> None:
    """Round 23: read with the subjects it points back to (listed after it, breast milk's first), "Please
    don't skip it." was called false: the negation's next subject was another claim's."""
    page = (
        "There is very little vitamin K in breast milk, which is why these bleeds happen in breastfed"
        f" babies.\n{advice}\n"
    )
    assert (2, "newborn-vitk-shot", False) in found(checker, page)
    assert (2, "newborn-vitk-shot", True) not in found(checker, page)


def test_a_short_line_with_no_mark_leads_the_list_right_after_it(checker: Checker) -> None:
    """A plain-text leaflet's food list: "Foods high in vitamin K" over its items, with no colon and no
    heading mark. It leads only the items; a sentence after the list is read on its own."""
    page = (
        "Foods high in vitamin K\n"
        "  - Kale, spinach, spring greens, Swiss chard\n"
        "  - Broccoli, Brussels sprouts, cabbage\n"
        "\n"
        "Foods that contain vitamin K2\n"
        "  - Egg yolks\n"
        "\n"
        "Keep your helpings of these foods steady\n"
    )
    got = found(checker, page)
    assert {(2, "leafy-greens-vitk", False), (3, "leafy-greens-vitk", False)} <= got
    assert (6, "animal-foods-k2", False) in got
    assert not lines_with_results(checker, page) & {1, 5, 8}


def test_a_line_one_group_short_of_a_small_claim_takes_the_second_opinion(checker: Checker) -> None:
    """A claim of two groups that a page's line names but one of (no "convert" word here) is no candidate
    of the groups; on a line that states nothing else, the second opinion states it when it is sure."""
    page = (
        "# Vitamin K2 explained\n"
        "\n"
        "MK-4 is the odd one out: animals, people included, build it from the K1 they eat.\n"
    )
    assert (3, "body-converts-k1-to-mk4", False) in found(checker, page)


def test_an_idiom_with_it_does_not_point_back(checker: Checker) -> None:
    """ "To put it mildly" says nothing about the warning before it, so the line borrows no subject."""
    page = (
        "If you're on warfarin, do not just add K2 on your own.\n"
        "My anticoag clinic was not amused, to put it mildly.\n"
    )
    got = found(checker, page)
    assert (1, "k2-warfarin-interaction", False) in got
    assert 2 not in lines_with_results(checker, page)


def test_a_quotation_opens_on_the_line_that_names_its_writer(checker: Checker) -> None:
    page = "> marathon_mike wrote:\n> Never take D3 without K2, it dumps the calcium into your arteries.\n"
    assert lines_with_results(checker, page) == {2}


def test_an_amount_with_no_noun_is_of_the_nutrient_named_before(checker: Checker) -> None:
    """"Egg yolks and liver have some too" after a sentence about K2: the amount is of the nutrient; the foods
    named before it are not borrowed ("Some cooking oils also contain useful amounts" after greens)."""
    page = (
        "Natto is by far the richest food source of vitamin K2.\n"
        "Aged cheeses, egg yolks and chicken liver have some too, just much less.\n"
        "\n"
        "Leafy greens such as kale are the best source of vitamin K1.\n"
        "Some cooking oils, such as soybean oil, also contain useful amounts.\n"
    )
    got = found(checker, page)
    assert (2, "animal-foods-k2", False) in got
    assert not {claim for line, claim, _ in got if line == 5}


def test_a_section_numbered_in_capitals_ends_the_table_before_it(checker: Checker) -> None:
    """A plain-text leaflet's "4. DOS AND DON'TS" opens a section: the food table's header above it leads
    nothing under it (layout.Lead.see), so a list item about a varied diet states no claim."""
    page = (
        "WARFARIN AND YOUR DIET\n\n"
        "3. WHICH FOODS ARE HIGH IN VITAMIN K?\n\n"
        "Green leafy vegetables give most people most of their vitamin K.\n\n"
        "  Food              Portion     Vitamin K        Rating\n"
        "  ----------------  ----------  ---------------  ---------\n"
        "  Kale, boiled      80 g        about 500 mcg    Very high\n"
        "  Egg               1 large     under 10 mcg     Low\n\n"
        "Figures are rough.\n\n"
        "4. DOS AND DON'TS\n\n"
        "DO\n"
        "  - eat a varied diet with plenty of vegetables and fruit\n"
    )
    assert 17 not in lines_with_results(checker, page)


def test_a_page_about_warfarin_speaks_to_its_users(checker: Checker) -> None:
    """On a warfarin leaflet, a sentence that names only the vitamin is said to warfarin users
    (check._PAGE_DRUGS); on a page about K2 it states nothing about warfarin."""
    line = "There is no need to stop eating the foods that contain vitamin K."
    assert (3, "warfarin-avoid-greens", True) in found(checker, f"# Warfarin and your diet\n\n{line}\n")
    assert not any(c == "warfarin-avoid-greens" for _, c, _ in found(checker, f"# Vitamin K2\n\n{line}\n"))


def test_a_claim_rejected_in_the_words_of_a_page_about_warfarin_is_denied(checker: Checker) -> None:
    """Steady intake "rather than giving greens up" rejects warfarin-avoid-greens in its own words
    (``denies`` in data/claims.yaml); on a warfarin leaflet the line is said to warfarin users, though it
    never names warfarin (check._rejected_on_the_page). On a page about K2 it denies nothing about
    warfarin."""
    line = "You don't have to give up your greens; just keep the amount you eat about the same."
    assert found(checker, f"# Warfarin and your diet\n\n{line}\n") == {
        (3, "warfarin-consistent-vitk", False),
        (3, "warfarin-avoid-greens", True),
    }
    assert (3, "warfarin-avoid-greens", True) not in found(checker, f"# Vitamin K2 and bones\n\n{line}\n")


def test_a_source_named_without_its_nutrient_is_the_sections(checker: Checker) -> None:
    """Under "Can you get K2 from food?", "Natto is by far the richest source." is a source of K2, and
    so is "some" in the sentence after it, though that sentence before named only natto."""
    page = (
        "# Vitamin K2 guide\n\n"
        "## Can you get K2 from food instead?\n\n"
        "Natto, the sticky fermented soybean dish from Japan, is by far the richest source.\n"
        "Hard cheeses like Gouda, egg yolks and chicken liver also provide some.\n"
    )
    got = found(checker, page)
    assert (5, "natto-richest-k2", False) in got and (6, "animal-foods-k2", False) in got


def test_a_food_ranked_first_is_ranked_by_the_nutrient_named_before(checker: Checker) -> None:
    """ "Natto leads the list by a mile" ranks natto by the K2 the heading named."""
    page = "# Vitamin K2 guide\n\n## Where to find K2\n\nNatto leads the list by a mile, cheese far behind.\n"
    assert (5, "natto-richest-k2", False) in found(checker, page)


def test_advice_after_a_question_that_names_a_condition_is_read_with_it(checker: Checker) -> None:
    """ "On warfarin? Check with your clinic before starting any K2 product": the question names who the
    advice is for and states nothing; the two read together warn of the interaction. A question that asks
    about a claim ("Is K2 really that strong?") sets up nothing."""
    page = "# Our K2 guide\n\n- On warfarin? Check with your clinic before starting any K2 product\n"
    assert (3, "k2-warfarin-interaction", False) in found(checker, page)
    page = "# Vitamin K2 guide\n\nTaking warfarin? Speak to your doctor before you try K2.\n"
    assert (3, "k2-warfarin-interaction", False) in found(checker, page)
    asked = "# Forum\n\nIs K2 really that strong? I thought K2 was the bones one.\n"
    assert (3, "k2-warfarin-interaction", False) not in found(checker, asked)


def test_a_review_that_takes_what_it_points_at_is_about_the_product(checker: Checker) -> None:
    """Between reviews ("Helpful (12) | Report") nothing names the product: "Took it for a year" and "on
    this" stand for the page's K2 (layout.uses_it); a sentence to "you" that names a drug points at that."""
    page = (
        "# MK-7 Vitamin K2 softgels\n\n## Reviews\n\nHelpful (12) | Report\n\n"
        "I used to get calf cramps at night; after two months on this it's down to about one a week.\n"
    )
    assert (7, "k2-nocturnal-leg-cramps", False) in found(checker, page)


def test_a_breadcrumb_trail_claims_nothing(checker: Checker) -> None:
    """A breadcrumb names what the page is about ("Blood thinners and vitamin K") and states no claim."""
    page = (
        "Home > Health Advice > Heart and circulation > Blood thinners and vitamin K\n"
        "\n"
        "# Vitamin K and your blood thinner\n"
        "\n"
        "Vitamin K can make warfarin work less well, so keep the amount you eat steady.\n"
    )
    assert 1 not in lines_with_results(checker, page)
    assert 5 in lines_with_results(checker, page)


def test_a_priced_row_is_not_read_with_its_header(checker: Checker) -> None:
    """A product's row in a buying guide's table, with its price, states no claim through the table's header
    or the page's title ("Best overall" under "The best K2 supplements" is a product pick, not the claim
    that MK-7 is the best form); its own words still count (the dose in the row)."""
    page = (
        "# The best K2 supplements of 2026\n"
        "\n"
        "| Product | Form | Dose | Price | Score | Verdict |\n"
        "|---|---|---|---|---|---|\n"
        "| Verdana Labs K2 Pure | MK-7 (chickpea ferment) | 100 mcg | $0.14 | 4.8/5 | Best overall |\n"
        "| Basis Bare K2 180 | MK-7, all-trans | 180 mcg | £0.11 | 4.4/5 | Best value |\n"
    )
    got = found(checker, page)
    assert not [g for g in got if g[1] == "mk7-best-form"], got
    assert (5, "k2-dose-100-200-mcg", False) in got
