"""What one claims file may hold, so that loading it and checking text against it stay linear in size.

The 20 MB file cap bounds the input; these bound the shapes that would otherwise cost more than their
size: a long run of letters (the subject prefilter is a regex with one state per letter), a synonym of
many words (each word of a statement is tried against the longest form), long lists (every statement
word is looked up in them) and ``implies`` chains (every word stores all the broader words it reaches).
The bundled database stays far below each limit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from k2check.claims import MAX_IMPLIED
from k2check.loader import Problem, _line_at
from k2check.normalize import clean, tokens

MAX_WORD_CHARS = 64
MAX_TERM_WORDS = 8
MAX_TEXT_CHARS = 500
MAX_LIST = 200
MAX_GROUPS = 20

_LONG_WORD = re.compile(rf"\w{{{MAX_WORD_CHARS + 1},}}")
_TERM_LISTS = ("subject",)
_TEXT_FIELDS = ("claim", "phrasings", "negated_phrasings")


def problems(document: dict[str, Any], name: str) -> list[Problem]:
    """Every place where the document goes past a limit, with its line."""
    found = [
        Problem(name, _line_at(document, path), message, _claim_id(document, path))
        for path, message in _walk(document)
    ]
    vocabulary = document.get("vocabulary")
    implies = vocabulary.get("implies") if isinstance(vocabulary, dict) else None
    if isinstance(implies, dict):
        found.extend(implied_problems(implies, name, document))
    return found


def _claim_id(document: dict[str, Any], path: list[Any]) -> str | None:
    if len(path) >= 2 and path[0] == "claims":
        claim = document["claims"][path[1]]
        cid = claim.get("id") if isinstance(claim, dict) else None
        return cid if isinstance(cid, str) else None
    return None


def _walk(document: dict[str, Any]) -> Iterator[tuple[list[Any], str]]:
    vocabulary = document.get("vocabulary")
    if isinstance(vocabulary, dict):
        for section in ("synonyms", "implies"):
            words = vocabulary.get(section)
            if not isinstance(words, dict):
                continue
            for word, forms in words.items():
                path: list[Any] = ["vocabulary", section, word]
                yield from _term(path, word, f"{section} word")
                if isinstance(forms, list):
                    yield from _terms(path, forms, section)
    claims = document.get("claims")
    if not isinstance(claims, list):
        return
    for ci, claim in enumerate(claims):
        if not isinstance(claim, dict):
            continue
        for field in _TERM_LISTS:
            value = claim.get(field)
            if isinstance(value, list):
                yield from _terms(["claims", ci, field], value, field)
        keywords = claim.get("keywords")
        if isinstance(keywords, list):
            if len(keywords) > MAX_GROUPS:
                yield ["claims", ci, "keywords"], _too_many("keywords", len(keywords), MAX_GROUPS, "groups")
            for gi, group in enumerate(keywords[: MAX_GROUPS + 1]):
                path = ["claims", ci, "keywords", gi]
                if isinstance(group, list):
                    yield from _terms(path, group, f"keywords[{gi}]")
                elif isinstance(group, dict):
                    for key in ("any", "opposite"):
                        if isinstance(group.get(key), list):
                            yield from _terms([*path, key], group[key], f"keywords[{gi}].{key}")
        for field in _TEXT_FIELDS:
            value = claim.get(field)
            texts = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            if isinstance(value, list) and len(value) > MAX_LIST:
                yield ["claims", ci, field], _too_many(field, len(value), MAX_LIST, "entries")
            for i, text in enumerate(texts[:MAX_LIST]):
                path = ["claims", ci, field] if isinstance(value, str) else ["claims", ci, field, i]
                if isinstance(text, str):
                    yield from _text(path, text, field)


def _too_many(field: str, count: int, limit: int, what: str) -> str:
    return f"{field} has {count} {what}; the limit is {limit} (keep the most telling ones)"


def _terms(path: list[Any], values: list[Any], field: str) -> Iterator[tuple[list[Any], str]]:
    if len(values) > MAX_LIST:
        yield path, _too_many(field, len(values), MAX_LIST, "terms")
    for i, value in enumerate(values[:MAX_LIST]):
        if isinstance(value, str):
            yield from _term([*path, i], value, field)


def _term(path: list[Any], term: str, field: str) -> Iterator[tuple[list[Any], str]]:
    yield from _text(path, term, field)
    if len(term) <= MAX_TEXT_CHARS:
        words = len(tokens(clean(term)))
        if words > MAX_TERM_WORDS:
            yield (
                path,
                (
                    f"{field} term {_short(term)} has {words} words; the limit is {MAX_TERM_WORDS} "
                    "(a term is a word or a short phrase)"
                ),
            )


def _text(path: list[Any], text: str, field: str) -> Iterator[tuple[list[Any], str]]:
    if len(text) > MAX_TEXT_CHARS:
        yield (
            path,
            f"{field} text {_short(text)} is {len(text)} characters long; the limit is {MAX_TEXT_CHARS}",
        )
    elif (long_word := _LONG_WORD.search(text)) is not None:
        yield (
            path,
            (
                f"{field} has a word of {len(long_word.group())} characters ({_short(long_word.group())}); "
                f"the limit is {MAX_WORD_CHARS}"
            ),
        )


def _short(text: str) -> str:
    return repr(text if len(text) <= 24 else text[:20] + "…")


def implied_problems(implies: dict[Any, Any], name: str, document: Any = None) -> list[Problem]:
    """One problem naming the first word that reaches more than MAX_IMPLIED broader words through
    ``implies`` (a chain or a fan-out), and how many words do; none when every word stays within it."""
    over: list[tuple[str, int]] = []
    for word in implies:
        reach = _reach(implies, word)
        if reach > MAX_IMPLIED:
            over.append((str(word), reach))
    if not over:
        return []
    word, _ = over[0]
    others = f" (and {len(over) - 1} other word(s))" if len(over) > 1 else ""
    return [
        Problem(
            name,
            _line_at(document, ["vocabulary", "implies", word]) if document is not None else 0,
            f"implies: {_short(word)}{others} reaches more than {MAX_IMPLIED} broader words through chains "
            f"of 'implies'; the limit is {MAX_IMPLIED} (a word needs only the few it stands for)",
        )
    ]


def _reach(implies: dict[Any, Any], word: Any) -> int:
    """How many broader words ``word`` reaches, counted up to MAX_IMPLIED + 1."""
    seen: set[Any] = set()
    stack = list(implies.get(word) or ()) if isinstance(implies.get(word), list) else []
    while stack and len(seen) <= MAX_IMPLIED:
        broader = stack.pop()
        if isinstance(broader, str) and broader not in seen:
            seen.add(broader)
            more = implies.get(broader)
            if isinstance(more, list):
                stack.extend(more)
    return len(seen)
