"""Invariants between the word lists of ``lang/en.py``."""

from __future__ import annotations

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
    correct = checker.matcher._correct
    for word in ("idea", "hear", "heat", "doing", "cases", "thought", "meant", "sole"):
        assert correct(word) == word


def test_typos_of_domain_words_are_corrected(checker) -> None:  # type: ignore[no-untyped-def]
    correct = checker.matcher._correct
    assert correct("musle") == "muscle"
    assert correct("nato") == "natto"


def test_quantities_of_nothing_deny() -> None:
    """ "Kale has almost zero K2": a quantity of nothing is a cue; "a few" is only an amount."""
    assert ("zero",) in ENGLISH.cues
    assert ("a", "few") in ENGLISH.pseudo
