"""Invariants between the word lists of ``lang/en.py``."""

from __future__ import annotations

import pytest

from k2check.lang.en import ENGLISH


def test_forward_cues_are_cues() -> None:
    single = {cue[0] for cue in ENGLISH.cues if len(cue) == 1}
    assert ENGLISH.forward <= single | {"hardly"}


def test_no_cue_is_also_a_pseudo_negation() -> None:
    assert not set(ENGLISH.cues) & set(ENGLISH.pseudo)


def test_every_pseudo_negation_contains_a_cue_word() -> None:
    cue_words = {word for cue in ENGLISH.cues for word in cue}
    for phrase in ENGLISH.pseudo:
        assert cue_words & set(phrase), phrase


def test_rule_words_are_grammar() -> None:
    """Typo correction must never rewrite a word a rule reads."""
    for table in (
        ENGLISH.terminators,
        ENGLISH.subordinate,
        ENGLISH.scarce,
        ENGLISH.advice_modals,
        ENGLISH.refusals,
        ENGLISH.omissions,
        ENGLISH.lesser,
        ENGLISH.reporting,
        ENGLISH.contrast,
        ENGLISH.label_words,
    ):
        assert table <= ENGLISH.grammar


def test_tables_are_lowercase_single_tokens() -> None:
    for table in (
        ENGLISH.stopwords,
        ENGLISH.forward,
        ENGLISH.terminators,
        ENGLISH.advice_verbs,
        ENGLISH.refusals,
        ENGLISH.harm,
        ENGLISH.reporting,
        ENGLISH.lesser,
    ):
        for word in table:
            assert word == word.lower() and " " not in word, word


def test_everyday_words_are_never_corrected(checker) -> None:  # type: ignore[no-untyped-def]
    """'hear' is not a typo of 'heart', nor 'doing' of 'dosing'."""
    correct = checker.matcher.reader.correct
    for word in ("idea", "hear", "heat", "doing", "cases", "thought", "meant", "sole"):
        assert correct(word) == word


def test_typos_of_domain_words_are_corrected(checker) -> None:  # type: ignore[no-untyped-def]
    correct = checker.matcher.reader.correct
    assert correct("musle") == "muscle"
    assert correct("nato") == "natto"


def test_real_words_are_never_corrected(checker) -> None:  # type: ignore[no-untyped-def]
    """A word of the English word list is no typo, however close to a domain word: "scare" read as
    "scarce" (an opposite term of "rich in") turned "Don't let scare stories stop you ..." round."""
    correct = checker.matcher.reader.correct
    for word, near in (
        ("infection", "injection"),
        ("scare", "scarce"),
        ("stories", "stores"),
        ("tried", "tied"),
        ("hearing", "harming"),
        ("overdone", "overdose"),
        ("curve", "cure"),
        ("excise", "exercise"),
    ):
        assert correct(word) == word, near


def test_the_word_list_is_lower_case_words_of_four_letters_or_more() -> None:
    from k2check.loader import package_files

    words = (package_files() / "lang" / "words-en.txt").read_text(encoding="ascii").split("\n")
    assert words[-1] == ""
    assert len(words) > 60_000
    assert all(w.isalpha() and w.islower() and len(w) >= 4 for w in words[:-1])
    assert words[:-1] == sorted(words[:-1])


def test_quantities_of_nothing_deny() -> None:
    """ "Kale has almost zero K2": a quantity of nothing is a cue; "a few" is only an amount."""
    assert ("zero",) in ENGLISH.cues
    assert ("a", "few") in ENGLISH.pseudo


def test_the_myths_other_names_deny(checker) -> None:  # type: ignore[no-untyped-def]
    """ "An old wives' tale", "an urban legend" deny what they name, as "a myth" does."""
    for text in (
        "The idea that vitamin K cancels out warfarin is an old wives' tale.",
        "That K2 builds muscle is an urban legend.",
    ):
        result = checker.check_statement(text)
        assert result.match is not None and result.match.negated, text


def test_a_spaced_dash_or_a_full_stop_inside_a_statement_sets_a_stretch_apart() -> None:
    from k2check.normalize import clean, tokens

    assert tokens(clean("Don't skip the shot - bleeds come without warning")) == [
        *("do", "not", "skip", "the", "shot", ","),
        *("bleeds", "come", "without", "warning"),
    ]
    assert tokens(clean("Get it. Nobody can tell who will bleed"))[2] == ","
    assert "," in tokens(clean("K2 — not K1")) and "," in tokens(clean("K2 – not K1"))
    # Before a subject of its own, a dash ends a clause as ";" does.
    assert tokens(clean("Don't take K2 on an empty stomach - it needs fat"))[8] == ";"
    assert tokens(clean("K2 is fine with warfarin - that isn't true"))[5] == ","
    # Not a hyphen, a decimal point, nor the full stop of an abbreviation.
    for text in ("MK-7 lasts 3.5 days", "Dr. Shea found", "Booth et al. found", "e.g. natto"):
        assert "," not in tokens(clean(text)), text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("We turned down the vitamin K shot", "we declined the vitamin k shot"),
        ("Turning down the jab is a mistake", "declining the jab is a mistake"),
        ("Please don't say no to it", "please do not refuse it"),
        ("opting out of the injection", "declining the injection"),
        ("pass on the shot", "skip the shot"),
        ("we forwent it", "we skipped it"),
        # Not a refusal: a transfer, another particle, a word that only holds the letters.
        ("very little is passed on to the baby", "very little is passed on to the baby"),
        ("breast milk passes on all the vitamin K", "breast milk passes on all the vitamin k"),
        ("mothers pass on the vitamin K to the baby", "mothers pass on the vitamin k to the baby"),
        ("turn up the heat", "turn up the heat"),
        ("the essay no to", "the essay no to"),
    ],
)
def test_phrasal_refusals_read_as_one_verb(text: str, read: str) -> None:
    from k2check.normalize import clean

    assert clean(text) == read
