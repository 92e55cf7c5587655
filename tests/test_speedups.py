"""The structures that exist for speed give what the plain code gives: the gate's bit sets, the jsonl
encoder that encodes each claim once, the document sentence memo, typo correction's length filter and the
segmenter's wrapped lines read without cleaning."""

from __future__ import annotations

import re
from itertools import accumulate

from k2check.check import Checker, Result, Source
from k2check.claimbits import GroupGate, KeyPostings, Required, bits_of, claims_in
from k2check.layout import INDIRECT_QUESTION, POINTS_BACK
from k2check.render.common import LineEncoder, dumps, result_dict


def test_claims_in_lists_the_bits_in_ascending_order() -> None:
    assert list(claims_in(bits_of([7, 0, 130, 3]))) == [0, 3, 7, 130]
    assert list(claims_in(0)) == []


def test_key_postings_by_group_and_by_claim() -> None:
    postings = [(0, 0, ("bone",), False), (0, 1, ("bone", "loss"), True), (2, 0, ("bone",), False)]
    key = KeyPostings.of(postings)
    assert key.groups == (bits_of([0, 2]), bits_of([0]))
    assert key.entries == {0: tuple(postings[:2]), 2: (postings[2],)}


def test_group_gate_keeps_claims_at_most_one_required_group_short() -> None:
    # claim 0 needs groups 0 and 1, claim 1 needs 0, 1 and 2, claim 2 needs group 0 only.
    required = {0: (0, 1), 1: (0, 1, 2), 2: (0,)}
    gate = GroupGate(lambda ci: Required(required[ci], sum(1 << g for g in required[ci])))
    # The sentence names group 0 of every claim and group 1 of claim 1.
    named = [bits_of([0, 1, 2]), bits_of([1])]
    # Documents: one group short only with at least three required groups (claim 1); claim 0 is out.
    assert list(claims_in(gate.reachable(named, 3))) == [1, 2]
    # With a fallback of two groups, claim 0 (one of two groups short) stays too.
    assert list(claims_in(gate.reachable(named, 2))) == [0, 1, 2]
    # Statements keep every claim with a group named.
    assert list(claims_in(gate.reachable(named, None))) == [0, 1, 2]
    # Two groups short is never kept: claim 1 when only its group 0 is named.
    assert list(claims_in(gate.reachable([bits_of([1])], 3))) == []


def test_line_encoder_matches_the_plain_encoding(checker: Checker) -> None:
    # A bidi control and quotes: both escaped in JSON, in the statement and never in the claim's part.
    text = 'Vitamin K2 does not build muscle. Natto is rich in K2 \u202e and "keeps" calcium out of arteries.'

    results = [
        r._replace(source=Source("page.md", 1, 1))
        for r in checker.check_document(text.splitlines(keepends=True), "page.md", report_all=True)
    ]
    results.append(checker.check_statement("K2 builds musle fast"))
    results.append(checker.check_statement("Vitamin K2 and the gym"))  # no match: suggestions
    # Fields the line is written from one by one: a suppression's reason, a lone surrogate, a C1 control.
    results += [r._replace(suppressed='not ours \u202e "quoted"') for r in results[:2]]
    results += [r._replace(statement=f"{r.statement} \ud800\x85") for r in results[:2]]
    # ASCII with DEL (escaped by k2check only) and C0 controls (escaped by json), and plain ASCII.
    results += [r._replace(statement=f"{r.statement} \x7f\x01\t", suppressed="ok") for r in results[:2]]
    assert any(r.match is not None for r in results)
    assert any(r.match is None and r.suggestions for r in results)
    for explain in (False, True):
        encode = LineEncoder(explain)
        for result in results + results:  # the second time from the encoder's cache
            assert encode(result) == dumps(result_dict(result, explain))


def test_line_encoder_with_other_matches(checker: Checker) -> None:
    result = checker.check_statement("Vitamin K2 builds muscle and natto is the best source of K2")
    both = Result(result.statement, result.verdict, result.match, (result.match,) * 2 if result.match else ())
    assert LineEncoder()(both) == dumps(result_dict(both))


def test_document_memo_gives_what_matching_gives(loaded) -> None:  # type: ignore[no-untyped-def]
    page = "Vitamin K2 builds muscle.\n\nIt is also toxic at high doses.\n\nVitamin K2 builds muscle.\n" * 3
    lines = page.splitlines(keepends=True)
    remembered = list(Checker(loaded.db, loaded.index).check_document(lines, "p.md", report_all=True))
    plain = Checker(loaded.db, loaded.index)
    plain._remember = lambda key, analysis: None  # type: ignore[method-assign]
    assert list(plain.check_document(lines, "p.md", report_all=True)) == remembered


def test_word_patterns_look_ahead_for_every_first_letter() -> None:
    # Each word that can start the alternatives after the look-ahead (a word after "(?:" or "|" in that
    # group, nested groups included) starts with one of its letters.
    for pattern in (POINTS_BACK, INDIRECT_QUESTION):
        source = pattern.compiled.pattern
        ahead = re.match(r"\\b\(\?=\[([a-z]+)\]\)", source)
        assert ahead is not None, source
        depths = accumulate({"(": 1, ")": -1}.get(char, 0) for char in source[ahead.end() :])
        group = source[ahead.end() : ahead.end() + next(i for i, depth in enumerate(depths) if depth == 0)]
        starts = set(re.findall(r"(?:\(\?:|\|)([a-z])", group))
        assert starts and starts <= set(ahead.group(1)), (source, starts)


def test_matcher_memo_gives_what_matching_gives(loaded) -> None:  # type: ignore[no-untyped-def]
    from k2check.matcher import DOCUMENT, STATEMENT, Matcher

    remembered = Matcher(loaded.index)
    k2 = remembered.match_all("Vitamin K2 builds muscle.", DOCUMENT).subjects
    natto = remembered.match_all("Natto is the richest source.", DOCUMENT).subjects
    assert k2 and k2 != natto
    # Sentences that name their own subject and ones that borrow it, read with one context, another and
    # none, in both policies and with a stand-in: each answer is the one a fresh matcher gives.
    texts = ["Vitamin K2 builds muscle.", "It is also toxic at high doses.", "Supports healthy bones."]
    for _ in range(2):
        for text in texts:
            for context in (frozenset(), k2, natto):
                for always in (False, True):
                    for policy in (DOCUMENT, STATEMENT):
                        fresh = Matcher(loaded.index).match_all(text, policy, context, always)
                        assert remembered.match_all(text, policy, context, always) == fresh
            stood_in = Matcher(loaded.index).match_all(text, STATEMENT, stands_for="k2")
            assert remembered.match_all(text, STATEMENT, stands_for="k2") == stood_in


def test_typo_correction_looks_only_at_words_within_reach(loaded) -> None:  # type: ignore[no-untyped-def]
    from rapidfuzz import fuzz, process

    from k2check.matcher import Matcher
    from k2check.sentence import CORRECTION_SCORE

    matcher = Matcher(loaded.index)
    vocabulary = loaded.index.vocab_words
    # Each vocabulary word with a letter dropped, doubled or changed: the best word of the whole vocabulary
    # (and the first of equals) is the best of the words the length filter keeps.
    typos = [
        v[:i] + change + v[i + 1 :] for v in vocabulary[::7] for i in (1, len(v) // 2) for change in ("", "e")
    ]
    typos += [v[:i] + v[i] + v[i:] for v in vocabulary[::11] for i in (0, len(v) - 1)]
    for typo in typos:
        if len(typo) < 4:
            continue
        whole = process.extractOne(typo, vocabulary, scorer=fuzz.ratio, score_cutoff=CORRECTION_SCORE)
        kept = matcher.reader._within_reach(len(typo))
        assert process.extractOne(typo, kept, scorer=fuzz.ratio, score_cutoff=CORRECTION_SCORE) == (
            None if whole is None else (whole[0], whole[1], kept.index(whole[0]))
        ), typo


def test_wrapped_lines_and_lines_that_stand_alone() -> None:
    from k2check.segment import segment

    def texts(page: str) -> list[str]:
        return [unit.text for unit in segment(page.splitlines(keepends=True))]  # type: ignore[union-attr]

    assert texts("Natto is rich\nin vitamin K2 and\nkeeps bones strong.\n") == [
        "Natto is rich in vitamin K2 and keeps bones strong."
    ]
    # A line of fields stands alone after a paragraph's first line, its dots written out or as an entity.
    for dot in ("·", "&middot;"):
        page = f"Posted by a reader\nJoined: Jan 2019 {dot} Posts: 1,403\nmy cardiologist says K2 is fine.\n"
        assert texts(page) == [
            "Posted by a reader",
            "Joined: Jan 2019 · Posts: 1,403",
            "my cardiologist says K2 is fine.",
        ]


def test_pointers_in_lower_case_text_are_the_pattern_s() -> None:
    from k2check.layout import _pointers

    for text in (
        "It also keeps calcium out of the arteries.",
        "Take THEM with a meal; Trying ONE of these is fine.",
        "None of those studies used This Supplement, and some of them used it.",
        "İt is cheap, and you can try one.",
    ):
        expected = [(m.span(), m.group().lower()) for m in POINTS_BACK.finditer(text)]
        assert [(m.span(), m.group().lower()) for m in _pointers(text)] == expected


def test_the_contraction_gate_finds_every_contraction() -> None:
    from k2check import normalize

    contractions = [*normalize._BARE_NOT, "cannot", "can't", "won't", "doesn't", "it's", "we're", "they'll"]
    for word in contractions:
        for text in (word, f"so {word}.", f"({word}, really)", f"i {word}"):
            assert normalize._CONTRACTION.search(text) is not None, text
            assert normalize._NEEDS_EXPANSION.search(text) is not None, text
    # Words that end in "nt" and expand to nothing are passed over.
    for text in ("a supplement of this nutrient", "pleasant", "xdont", "dontx", "dont_", "2dont"):
        assert normalize._CONTRACTION.search(text) is None
        assert normalize._NEEDS_EXPANSION.search(text) is None, text
