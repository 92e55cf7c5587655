"""The matching index: everything matching needs from a database, computed once and cached with it.

Terms, phrasings and subjects are normalised the same way statements are (synonyms folded, words
stemmed), keyword terms are posted under their first word, and a prefix-trie regex of every written
form of every subject lets the document scan skip sentences that cannot match."""

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from k2check.claims import MAX_IMPLIED, Claim, Database
from k2check.lang.en import ENGLISH
from k2check.normalize import clean, stem, tokens


class _Group(NamedTuple):
    terms: list[tuple[str, ...]]
    opposite: list[tuple[str, ...]]
    optional: bool = False


class Index(NamedTuple):
    """Everything matching needs, computed once per database (and cached with it)."""

    claims: Sequence[Claim]
    fold: dict[tuple[str, ...], str]
    max_fold: int
    canonical: frozenset[str]
    implies: dict[str, frozenset[str]]
    known: frozenset[str]
    vocab_words: list[str]
    subject_words: frozenset[str]
    anchors: str
    subjects: Sequence[frozenset[str]]
    # Per claim, the subject words that stand for its subject only where the sentence names no other
    # (``Claim.stand_ins``; they are in ``subjects`` too).
    stand_ins: Sequence[frozenset[str]]
    groups: Sequence[list[_Group]]
    postings: dict[str, list[tuple[int, int, tuple[str, ...], bool]]]
    phrases: Sequence[list[tuple[str, bool, str]]]
    gapped: frozenset[tuple[str, ...]]
    comparative: Sequence[bool]
    forms: Sequence[frozenset[str]]
    by_subject: dict[str, tuple[int, ...]]
    broad: tuple[int, ...]
    broad_words: frozenset[str]
    domain: frozenset[str]
    texts: tuple[str, ...]


def _word_prefixes(words: tuple[str, ...]) -> str:
    """A phrase as the shared prefix of each word and its stem ("leafy greens" -> "leaf green"), so the
    prefilter finds every inflection of the raw text."""
    prefixes = []
    for word in words:
        root = stem(word)
        size = 0
        while size < min(len(word), len(root)) and word[size] == root[size]:
            size += 1
        prefixes.append(word[: max(size, 1)])
    return " ".join(prefixes)


_TRIE_DEPTH = 40


def _trie_pattern(words: list[str]) -> str:
    """One regex for many literal words, factored by common prefixes: re scans it far faster than a flat
    alternation (the document prefilter runs it on every sentence).

    Built without recursion, so a word of any length is fine; below _TRIE_DEPTH nested groups a node's
    words are listed flat, because re's own parser recurses once per group ("c", "cc", "ccc", ...). The
    prefilter only asks whether any word occurs, so the order of alternatives does not matter."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def literal(text: str) -> str:
        return "".join(r"\w*\W+" if char == " " else re.escape(char) for char in text)

    done: dict[int, str] = {}
    stack: list[tuple[dict, int, bool]] = [(trie, 0, False)]  # type: ignore[type-arg]
    while stack:
        node, depth, expanded = stack.pop()
        children = sorted((char, child) for char, child in node.items() if char)
        ending = "" in node
        if depth >= _TRIE_DEPTH:
            done[id(node)] = _flat(node, literal)
            continue
        if not expanded:
            stack.append((node, depth, True))
            inner = depth + ending + (len(children) > 1)
            stack.extend((child, inner, False) for _, child in children)
            continue
        branches = [literal(char) + done.pop(id(child)) for char, child in children]
        if not branches:
            done[id(node)] = ""
            continue
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        done[id(node)] = f"(?:{body})?" if ending else body
    return done[id(trie)]


def _flat(node: dict, literal: Callable[[str], str]) -> str:  # type: ignore[type-arg]
    """Every word below a trie node as one flat alternation of their remaining characters."""
    suffixes: list[str] = []
    stack: list[tuple[dict, str]] = [(node, "")]  # type: ignore[type-arg]
    while stack:
        current, prefix = stack.pop()
        for char, child in current.items():
            if char:
                stack.append((child, prefix + char))
            else:
                suffixes.append(literal(prefix))
    return "(?:" + "|".join(sorted(suffixes)) + ")"


def _closure(implies: dict[str, tuple[str, ...]]) -> dict[str, frozenset[str]]:
    """Every word with all the broader words it reaches, at most MAX_IMPLIED each: the loader refuses a file
    that goes further, and the cap keeps several files merged into a long chain from needing memory
    quadratic in its length."""
    result: dict[str, frozenset[str]] = {}
    for word in implies:
        seen: set[str] = set()
        stack = list(implies[word])
        while stack and len(seen) < MAX_IMPLIED:
            broader = stack.pop()
            if broader not in seen:
                seen.add(broader)
                stack.extend(implies.get(broader, ()))
        result[word] = frozenset(seen)
    return result


# A claim that compares ("K2 matters more than protein"); "rather than" only contrasts.
_COMPARATIVE = re.compile(r"(?<!rather) than\b")


class Folder:
    def __init__(self, fold: dict[tuple[str, ...], str], max_fold: int) -> None:
        self.fold = fold
        self.max_fold = max_fold
        self.first = frozenset(key[0] for key in fold)
        # first word -> the lengths (up to ``max_fold``) of the sequences that start with it, longest first
        sizes: dict[str, set[int]] = {}
        for key in fold:
            sizes.setdefault(key[0], set()).update([len(key)] if len(key) <= max_fold else [])
        self.sizes = {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}

    def __call__(self, words: list[str]) -> tuple[list[str], list[int]]:
        """Replace synonym sequences by their canonical word; also return each output word's source index."""
        out: list[str] = []
        origin: list[int] = []
        i = 0
        n = len(words)
        fold = self.fold
        first = self.first
        if first.isdisjoint(words):
            return list(words), list(range(n))
        sizes = self.sizes
        while i < n:
            if words[i] not in first:
                out.append(words[i])
                origin.append(i)
                i += 1
                continue
            for size in sizes[words[i]]:
                canonical = fold.get(tuple(words[i : i + size])) if size <= n - i else None
                if canonical is not None:
                    out.append(canonical)
                    origin.append(i)
                    i += size
                    break
            else:
                out.append(words[i])
                origin.append(i)
                i += 1
        return out, origin


def _term_stems(text: str, folder: Folder, canonical: frozenset[str]) -> tuple[str, ...]:
    folded, _ = folder(tokens(clean(text)))
    return tuple(w if w in canonical else stem(w) for w in folded if w not in PUNCTUATION)


PUNCTUATION = frozenset({";", "?", "!", ","})


def _tight(term: tuple[str, ...]) -> bool:
    """A modal and its verb ("can eat", "may eat") are matched word for word: "can I eat" asks and "can only
    eat" limits. Longer terms ("can still eat", "can not make") keep their gaps."""
    return len(term) == 2 and term[0] in ENGLISH.tight_heads and term[1] not in ENGLISH.negation_words


def _with_families(terms: tuple[str, ...], opposite: tuple[str, ...]) -> tuple[str, ...]:
    """A group's opposite terms with the rest of each family one of them belongs to ("rare" brings
    "uncommon"), leaving out the group's own terms."""
    listed = set(opposite)
    extra = {
        word
        for family in ENGLISH.opposite_families
        if not family.isdisjoint(listed)
        for word in family
        if word not in listed and word not in terms
    }
    return (*opposite, *sorted(extra))


# Stems that carry no content: what scoring against phrasings leaves out.
NOT_CONTENT = ENGLISH.stopwords | ENGLISH.negation_words | PUNCTUATION


def content_of(stems: list[str]) -> str:
    return " ".join([s for s in stems if s not in NOT_CONTENT])


def build_index(db: Database) -> Index:
    fold: dict[tuple[str, ...], str] = {}
    for word, forms in db.vocabulary.synonyms.items():
        canonical_word = word.replace(" ", "_")
        for form in (word, *forms):
            key = tuple(tokens(clean(form)))
            if key:
                fold[key] = canonical_word
    canonical = frozenset(w.replace(" ", "_") for w in db.vocabulary.synonyms)
    folder = Folder(fold, max((len(k) for k in fold), default=1))
    implies = _closure({k.replace(" ", "_"): tuple(v) for k, v in db.vocabulary.implies.items()})
    broad = frozenset(word.replace(" ", "_") for word in db.vocabulary.broad)

    subjects: list[frozenset[str]] = []
    stand_ins: list[frozenset[str]] = []
    groups: list[list[_Group]] = []
    postings: dict[str, list[tuple[int, int, tuple[str, ...], bool]]] = {}
    phrases: list[list[tuple[str, bool, str]]] = []
    raw_words: set[str] = set()
    subject_words: set[str] = set()
    anchor_forms: set[str] = set()

    # A database repeats its terms from claim to claim: each distinct text is normalised once.
    seen: dict[str, tuple[str, ...]] = {}

    def stems_of(text: str) -> tuple[str, ...]:
        found = seen.get(text)
        if found is None:
            raw_words.update(w for w in tokens(clean(text)) if w.isalpha())
            found = seen[text] = _term_stems(text, folder, canonical)
        return found

    for ci, claim in enumerate(db.claims):
        stand_ins.append(frozenset(" ".join(stems_of(s)) for s in claim.stand_ins))
        subject = frozenset(" ".join(stems_of(s)) for s in claim.subject) | stand_ins[-1]
        subjects.append(subject)
        subject_words.update(subject)
        claim_groups = []
        for gi, group in enumerate(claim.keywords):
            terms = [t for t in (stems_of(x) for x in group.terms) if t]
            opposite = [t for t in (stems_of(x) for x in _with_families(group.terms, group.opposite)) if t]
            claim_groups.append(_Group(terms, opposite, group.optional))
            for term in terms:
                postings.setdefault(term[0], []).append((ci, gi, term, False))
            for term in opposite:
                postings.setdefault(term[0], []).append((ci, gi, term, True))
        groups.append(claim_groups)
        claim_phrases = [(content_of(list(stems_of(claim.claim))), False, claim.claim)]
        claim_phrases += [(content_of(list(stems_of(p))), False, p) for p in claim.phrasings]
        claim_phrases += [(content_of(list(stems_of(p))), True, p) for p in claim.negated_phrasings]
        phrases.append([p for p in claim_phrases if p[0]])

    by_subject: dict[str, list[int]] = {}
    for ci, subject in enumerate(subjects):
        for word in subject:
            by_subject.setdefault(word, []).append(ci)

    # The prefilter: a sentence can only match if it names some claim's subject, in any written form.
    reaching = set(subject_words)
    for word, broader in implies.items():
        if broader & subject_words:
            reaching.add(word)
    for key, word in fold.items():
        if word in reaching:
            anchor_forms.add(_word_prefixes(key))
    for word in reaching:
        anchor_forms.add(_word_prefixes(tuple(word.replace("_", " ").split())))
    for claim in db.claims:
        for subject_text in (*claim.subject, *claim.stand_ins):
            anchor_forms.add(_word_prefixes(tuple(tokens(clean(subject_text)))))
    anchors = r"\b" + _trie_pattern(sorted(anchor_forms)) if anchor_forms else r"(?!)"

    # Only terms built around a function word may have other words inside ("turn K1 into", "in our
    # muscles", "not your arteries"); "chicken liver" must not match "chicken breast and liver".
    function_words = ENGLISH.stopwords | ENGLISH.gap_words
    gapped = frozenset(
        term
        for terms in postings.values()
        for _, _, term, _ in terms
        if len(term) > 1 and any(word in function_words for word in term) and not _tight(term)
    )
    known = frozenset(raw_words | {stem(w) for w in raw_words} | set(canonical))
    vocab_words = sorted(w for w in raw_words if len(w) >= 4)
    return Index(
        claims=db.claims,
        fold=fold,
        max_fold=folder.max_fold,
        canonical=canonical,
        implies=implies,
        known=known,
        vocab_words=vocab_words,
        subject_words=frozenset(subject_words),
        anchors=anchors,
        subjects=subjects,
        stand_ins=stand_ins,
        groups=groups,
        postings=postings,
        phrases=phrases,
        gapped=gapped,
        comparative=[_COMPARATIVE.search(clean(c.claim)) is not None for c in db.claims],
        forms=[
            frozenset(
                word
                for words in (subject, *(t for g in claim_groups for t in g.terms))
                for word in words
                if word in implies
            )
            for subject, claim_groups in zip(subjects, groups, strict=True)
        ],
        by_subject={word: tuple(claims) for word, claims in by_subject.items()},
        texts=tuple(clean(c.claim) for c in db.claims),
        broad=tuple(
            ci
            for ci, subject in enumerate(subjects)
            if any(broad & implies.get(s, frozenset()) for s in subject)
        ),
        broad_words=broad,
        domain=frozenset(word.replace(" ", "_") for word in db.vocabulary.domain),
    )
