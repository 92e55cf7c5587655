"""The thread of a document: what it has asked and said so far, for a unit that only answers or judges
it ("Can K2 replace exercise?" ... "No."; "MK-4 beats MK-7 for muscle" ... "Nobody knows that"; "Myth: K2
causes clots" ... "This worry is unfounded.").

``check.Checker.check_document`` hands each unit's analysis to ``Thread``; the patterns here are tried only
on units that may answer or judge (short ones, with a word of denial or assent)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from k2check.lang.en import ENGLISH
from k2check.layout import ANSWER_LABEL
from k2check.lazyre import LazyPattern
from k2check.matcher import SECOND_OPINION_DENIES, Analysis, Match, advises
from k2check.normalize import clean, tokens
from k2check.polarity import affirms, denies, mocks
from k2check.polarity.rules.common import _NO_OUTCOME
from k2check.verdicts import statement_verdict

if TYPE_CHECKING:
    from k2check.layout import Reading
    from k2check.segment import Sentence


# An answer that opens with a bare yes or no before saying more ("No, you should eat the same amount").
REPLY = LazyPattern(
    r"\W*(?:(?:the\s+)?short answer(?:\s+is)?\s*:?\s*|in short,?\s*|honestly,?\s*)?"
    # "Should you refuse the shot? Not unless you are ready to gamble on a bleed.", "Is K2 safe? Not if you
    # take warfarin.": a no with its one exception, or its one case.
    r"(?:not\s+(?:unless|if)\b|"
    r"(?:(?P<yes>yes|yep|yeah)|no|nope|not really|probably not|not at all|not officially|not exactly"
    r"|not as such|not necessarily|not quite|not directly|no way|hardly"
    # "Does K2 thicken your blood? Not in any meaningful way for a healthy person - ...".
    r"|not\s+in\s+(?:any|a)\s+(?:\w+\s+)?way(?:\s+(?:for|in)\s+(?:[\w'-]+\s+){0,3}[\w'-]+)?"
    # "Does vitamin K interact with Eliquis? It doesn't, ...": the question's verb, said back with a not.
    r"|(?:it|they|that)\s+(?:doesn[’']t|don[’']t|isn[’']t|aren[’']t|won[’']t|can[’']t|does\s+not|do\s+not"
    r"|is\s+not|are\s+not|will\s+not|cannot))\s*[,.;:!—–-])",
    re.I,
)


# A question that asks whether a claim holds for everyone ("Is K2 safe for EVERYONE?"): a no that narrows
# ("Not for people taking warfarin") takes back the "everyone", not the claim (unlike "Do you ALWAYS need
# K2 with D3? Not for most people.", which denies the need).
UNIVERSAL = LazyPattern(r"\bfor\s+(?:everyone|everybody|anyone|anybody|all)\b", re.I)


# A short answer that leaves a group out (``Language.excepted_groups``: "Not for people on warfarin.", "Not if
# you take a blood thinner.").
LEFT_OUT_GROUP = LazyPattern(
    r"\W*(?:a\s*[.:)]\s*)?not\s+(?:for|in|if|with|when)\s+(?:"
    + "|".join(sorted(map(re.escape, ENGLISH.excepted_groups), key=lambda w: (-len(w), w)))
    + r")\b",
    re.I,
)


def narrows_everyone(question: str, answer: str) -> bool:
    """Whether a short no narrows a question asked of everyone (``UNIVERSAL``), so that it takes back the
    "everyone" and not the claim.

    >>> narrows_everyone("Is K2 safe for everyone?", "Not for people taking warfarin.")
    True
    >>> narrows_everyone("Is K2 safe for everyone?", "No.")
    True
    >>> narrows_everyone("Is K2 safe for everyone?", "No, it is not safe at all.")
    False
    >>> narrows_everyone("Do you always need K2 with D3?", "Not for most people.")
    False
    """
    words = tokens(clean(answer))
    return UNIVERSAL.search(question) is not None and (words in (["no"], ["nope"]) or short_no(words))


def short_no(words: list[str]) -> bool:
    """A short answer that says no and narrows it ("Not for K2 itself.", "Hardly any.", "Not in most
    people."), or a longer one that opens on "not" and where it does not hold ("Not from food or ordinary
    supplements, and no upper limit has ever been set").

    >>> short_no("not from food or ordinary supplements and no upper limit has been set".split())
    True
    >>> short_no("not only safe but useful for most healthy adults at the usual doses".split())
    False
    """
    if len(words) > 1 and words[0] == "not" and words[1] in {"from", "in", "for", "at"}:
        return True
    return 1 < len(words) <= 6 and words[0] in {"not", "hardly", "rarely", "seldom", "barely"}


# A question whether something is safe, and an answer that makes it wait on a condition ("Only if your
# clinic knows", "Not without your doctor's say-so", "Only under supervision").
SAFE_QUESTION = LazyPattern(r"\b(?:safe|safely|fine|okay|ok|alright|all right|harmless)\b", re.I)
CONDITIONAL = LazyPattern(
    r"\W*(?:only\s+(?:if|when|with|under|after|once)|not\s+(?:without|unless|until|before))\b", re.I
)


# A question that asks leave to do something ("Can I take K2 if I'm on warfarin?", "Should I eat spinach on
# warfarin?"): against a warning it puts the warning's opposite, so "No." keeps the warning.
PERMISSION = LazyPattern(
    # (After a label: "Q: Can I take K2 ...?")
    r"\W*(?:(?:q|question)\s*\d*\s*[.:)]\s*\W*)?(?:"
    r"(?:can|could|may|should|shall)\s+"
    r"(?:i|we|you|he|she|they|someone|people|one|my\s+[\w'-]+)\s+"
    # ("Can people on Coumadin eat leafy greens?")
    r"(?:(?:on|taking|using)\s+[\w'-]+\s+)?"
    r"(?:still\s+|safely\s+|also\s+|just\s+)?"
    r"(?:take|use|start|add|try|continue|keep|combine|mix|give|eat|drink|have)\b"
    # ("Can you take too much K2?" asks what can happen, not leave.)
    r"(?!\s+(?:too\s+(?:much|many)|an?\s+overdose)\b)"
    # "Leafy greens on Coumadin?", "K2 while on warfarin?": a thing and a drug, leave asked without a verb
    # (not "Does K2 interfere with warfarin?").
    r"|(?!(?:does|do|did|is|are|was|were|can|could|will|would|should|may|might|has|have)\b)"
    r"(?:[\w'-]+\s+){0,2}[\w'-]+\s+(?:while\s+)?(?:on|with)\s+(?:warfarin|coumadin|jantoven|marevan"
    r"|blood\s+thinners?|anticoagulants?)\s*\?\W*$"
    r")",
    re.I,
)


def asked_leave(question: str, asked: list[Match]) -> list[Match]:
    """The claims a question asks, as it puts them: a question asking leave to do what a warning warns
    against puts the warning's opposite, so that "No." after it keeps the warning and "Yes." denies it.

    >>> [bool(PERMISSION.match(q)) for q in ("Can I take K2 if I'm on warfarin?", "Can K2 build muscle?")]
    [True, False]
    >>> [bool(PERMISSION.match(q)) for q in ("Can you take too much K2?", "**Q: Can I take K2 on warfarin?")]
    [False, True]
    >>> [bool(PERMISSION.match(q)) for q in ("Leafy greens on Coumadin?", "Can people on warfarin eat kale?")]
    [True, True]
    """
    if PERMISSION.match(question) is None:
        return asked
    return [
        opposite(m) if m.claim.warns and not m.negated and not m.explanation.cues and not m.explanation.rules
        else m
        for m in asked
    ]


def warned_on_condition(question: str, answer: str, asked: list[Match]) -> list[Match] | None:
    """The claims a safety question asked, with the warnings among them stated, when the answer makes it
    safe only on a condition: "Is K2 safe with warfarin? Only if your clinic keeps an eye on your INR."
    says K2 and warfarin interact, where the question alone, asking with the opposite term "safe", read as
    a denial. None when the answer is no such condition or turns no warning round.

    >>> bool(SAFE_QUESTION.search("Is MK-7 fine to take on warfarin?"))
    True
    >>> [bool(CONDITIONAL.match(t)) for t in ("Not without your GP knowing.", "Not only safe but useful.")]
    [True, False]
    """
    if CONDITIONAL.match(answer) is None or not any(m.claim.warns for m in asked):
        return None
    if SAFE_QUESTION.search(question) is None and PERMISSION.match(question) is None:
        # "Does K2 matter on a blood thinner? Only if your clinic does not know.": the question asked the
        # warning as it stands, and the condition keeps it.
        return list(asked) if not any(m.claim.warns and m.negated for m in asked) else None
    if not any(m.claim.warns and m.negated for m in asked):
        return None
    return [opposite(m) if m.claim.warns and m.negated else m for m in asked]


# A short question about what the sentence before it said ("Do I have to?", "Is that true?", "Should I
# worry?", "Really?"), or one a little longer that points back to it at its end ("Do I really have to
# give them up?"): the answer after it answers that sentence's claim.
ASKS_BACK = LazyPattern(
    r"\W*(?:(?:so|but|and|ok|okay)\W+)?(?:(?:do|does|did|should|must|can|will|would|is|are|was|were|has|have)"
    r"\s+(?:i|we|you|it|that|this|they|he|she)\b"
    r"(?:(?:\s+[\w'-]+){0,4}\s+(?:them|it|that|this|those)(?:\s+(?:up|out|off|down|again))?|(?:\s+[\w'-]+){0,3})"
    r"|really|true|right|seriously)\W*\?\W*$",
    re.I,
)


def interjection(text: str) -> bool:
    """A name or an aside of a word or two, no answer itself, that a speaker puts between a question and
    its answer ("Marcus.", "Buddy.", "Well...").

    >>> [interjection(t) for t in ("Marcus.", "Buddy.", "No.", "Absolutely.", "K2 builds muscle.")]
    [True, True, False, False, False]
    """
    return 0 < len(tokens(clean(text))) <= 2 and bare_answer(text) is None


# A question that asks whether something holds ("Is ...?", "Does ...?", "Can ...?"), after a label of a few
# words if any ("Ask the doctor: Can I still eat leafy greens on warfarin?").
YES_NO = LazyPattern(
    r"\W*(?:(?:[\w'-]+\s+){0,3}[\w'-]+\s*:\s*)?"
    r"(?:is|are|was|were|am|do|does|did|can|could|will|would|should|has|have|may|might|must)\b",
    re.I,
)


def as_put(match: Match) -> Match:
    """The match of a yes/no question as it puts its claim: denied only by what denies it in words of
    denial or by a named rule ("Since when does K2 build muscle?"), not by an opposite term it asks with
    ("Is it safe to skip the vitamin K shot?" asks about the shot's value)."""
    why = match.explanation
    if not match.negated or why.cues or why.rules or why.antonym is None:
        return match
    return opposite(match)


def opposite(match: Match) -> Match:
    """The match with its polarity turned round ("No." after "Does K2 build muscle?")."""
    negated = not match.negated
    claim = match.claim
    return match._replace(
        negated=negated, verdict=statement_verdict(claim.verdict, negated, claim.if_negated)
    )


def judged_false(match: Match, mocked: bool = False) -> Match:
    """The match of a sentence that the next one judges false ("Many people believe they must give up
    greens on warfarin. That's not true."): turned round, unless the second opinion already read the
    sentence as a denial (a report of what others believe), which the judgement then confirms."""
    if match.negated and SECOND_OPINION_DENIES in match.explanation.rules:
        return match
    cues = match.explanation.cues
    # "Myth: the vitamin K jab gives babies cancer. It doesn't.": the sentence judged the claim false
    # already; the next one agrees with that judgement. "K2 is not some missing vitamin everybody is
    # deficient in. That's a sales pitch.": a denial in the writer's own negation, which the judgement of
    # the claim's idea confirms. (A claim read as denied only through its opposite term, "The claim:
    # newborn shots are poisonous. Rating: false", is the claim the rating turns round. A mock turns round
    # any denial: "Natto isn't a source of K2. Yeah right.")
    judged = any(ENGLISH.calls_false(cue.split()) for cue in cues)
    own_denial = bool(cues) and match.explanation.antonym is None and not mocked
    return match if match.negated and (judged or own_denial) else opposite(match)


# A sentence that passes judgement on what was just said, pointing at it ("Nobody knows that, there is no
# data", "The trials didn't prove anything like that.", "That's simply not true."): it denies the claims of
# the last sentence that stated any, although posts or lines of furniture stand between them.
JUDGEMENT = LazyPattern(
    # "Not one human trial has shown that": a study or trial with one word before it counts too; "For
    # healthy people, that's a myth": for whom, first.
    r"\W*(?:(?:for|in|among)\s+(?:[\w'-]+\s+){0,3}[\w'-]+,\s*)?"
    r"(?:(?:nobody|no one|no-one|(?:no|not one|not a single)\s+(?:\w+\s+)?(?:study|trial|studies|trials)"
    r"|no research|no evidence)\s+"
    r"(?:\w+\s+){0,2}?(?:knows?|shows?|ha(?:s|ve) shown|showed|proves|has proven|proved|backs|supports)"
    # "The trials we have don't show it", "Don't believe it."
    r"|(?:[\w']+\s+){0,5}?(?:didn't|did not|don't|do not|doesn't|does not|never|can't|cannot|haven't"
    r"|hasn't)\s+(?:prove[dn]?|show(?:ed|n)?|find|found|support(?:ed)?|back(?:ed)? up|confirm(?:ed)?"
    r"|say|said|mean|meant|promise|guarantee|believe)"
    r"(?:\s+(?:anything like|any of|anything of the sort like))?"
    r"|that(?:'s| is)\s+(?:simply\s+|just\s+)?(?:not true|untrue|false|wrong|a myth|nonsense|rubbish|not so"
    r"|(?:based on|built on|rooted in) (?:a )?myth))"
    r"(?:\s*(?:(?:that|this|it)\s*)?(?:[.,;:!—–-]|$|(?:either|at all|lol|though)\b)"
    # "Nobody has shown that it does.": the verb's object, the question's claim, said by a pronoun.
    r"|\s+(?:that\s+)?(?:it|they)\s+(?:does|do|did|will|would|can|could|works?|helps?)\s*(?:[.,;:!]|$))",
    re.I,
)
# A verdict line after a section ("Verdict: mostly hype.", "Our verdict: myth"): a judgement on what the
# section said last, when it calls it false.
VERDICT_LINE = LazyPattern(
    r"\W*(?:(?:our|the|my|final)\s+)?verdict\s*[:.–—-]\s*(?:[\w,]+\s+){0,2}?"
    r"(?:myth|false|untrue|hype|marketing|nonsense|busted|fiction|bogus|overblown|overhyped|unproven"
    r"|wrong|misleading|debunked|not true)\b",
    re.I,
)
# A heading that names a myth ("Myth: K2 causes clots", "Myth #3 – ...", "Common misconception: ...") is
# answered by the paragraph under it; a sentence there that states no claim of its own and dismisses
# something ("This worry is unfounded.", "Not so.") denies the heading's claim.
MYTH = LazyPattern(
    r"\W*(?:(?:a|the|common|popular|biggest|persistent|another|top)\s+)?"
    r"(?:myth|misconception|misbelief|false belief|false claim)s?\b\s*(?:#?\s*\d+)?\s*[:.–—-]",
    re.I,
)
# A bare "none" said again after a denial ("No health authority has set a daily intake for K2. None. Not
# one."): it repeats the denial, it does not judge it.
EMPHASIS = LazyPattern(
    r"\W*(?:none|not one|not a single one|zero|nothing|nada|zilch|not once|never"
    # "You don't have to stop eating greens on warfarin. Honestly, you shouldn't.": the denial said again.
    r"|(?:(?:honestly|really|seriously|and|and honestly),?\s+)?(?:you|it|they|we)\s+(?:really\s+)?"
    r"(?:shouldn't|should not|mustn't|must not|don't|do not|doesn't|does not|won't|will not|can't|cannot"
    r"|isn't|is not|aren't|are not))"
    r"(?:\W+(?:at all|whatsoever|ever|either))?\W*$",
    re.I,
)


def repeats_denial(text: str, said: list[Match]) -> bool:
    """Whether ``text`` only says again the denial of every claim in ``said``.

    >>> repeats_denial("None.", []), repeats_denial("Not one!", []), repeats_denial("Not true.", [])
    (True, True, False)
    >>> repeats_denial("Honestly, you shouldn't.", []), repeats_denial("It really doesn't.", [])
    (True, True)
    """
    return all(m.negated for m in said) and EMPHASIS.match(text) is not None


# A try told in one sentence ("Took K2 for a year hoping my DEXA would improve", "Gave MK-7 a proper three
# month try for my cramps", "Started K2 for my leg cramps") ...
TRIED = LazyPattern(
    r"\b(?:took|started|tried|gave|been taking|been on|bought)\b.*\b(?:for (?:my|his|her|a|the)\b|hoping"
    r"|expecting|a try|a shot|months?|weeks?|years?)",
    re.I,
)
# ... and a short sentence after it that reports nothing changed ("Didn't budge.", "Zero difference,
# honestly.", "Three months in, nothing has changed."): the try failed, which denies what the first
# sentence hoped for.
NO_CHANGE = LazyPattern(
    r"\W*(?:[\w']+\s+){0,4}?(?:(?:didn't|did not|hasn't|has not|haven't|have not|never)\s+"
    r"(?:budge[d]?|change[d]?|move[d]?|improve[d]?|help(?:ed)?|work(?:ed)?|do anything|did anything)"
    # (The outcomes a try can lack are the polarity rules' own, ``_NO_OUTCOME``.)
    rf"|(?:zero|no)\s+(?:{'|'.join(sorted(_NO_OUTCOME))})"
    r"|nothing\s+(?:has\s+|had\s+)?(?:changed|happened|improved)|did nothing|does nothing)"
    r"(?:[^.;!?]{0,25})?[.!]*\s*$",
    re.I,
)


def failed_try(before: str, text: str) -> bool:
    """Whether ``text``, a short sentence after ``before``, says the try ``before`` told of changed
    nothing.

    >>> failed_try("Took K2 for a whole year hoping my DEXA would improve.", "Didn't budge.")
    True
    >>> failed_try("Gave MK-7 a proper three month try for my cramps.", "Zero difference, honestly.")
    True
    >>> failed_try("K2 is said to help bone density.", "Didn't budge.")
    False
    >>> failed_try("Took K2 for my cramps.", "Didn't budge my wallet much, and the cramps are gone.")
    False
    """
    return len(text) <= 80 and TRIED.search(before) is not None and NO_CHANGE.match(text) is not None


# A heading that names a page's or a section's subject as myths ("10 Vitamin K Myths That Refuse to Die",
# "Myths we hear - and the facts", "Common misconceptions"): the quoted headings under it name myths.
MYTHS = LazyPattern(r"\b(?:myths|misconceptions)\b", re.I)
# A heading that is a quotation, perhaps numbered ("3. \"A healthy gut makes all the K2 you need\"").
QUOTED_HEADING = LazyPattern(r"\W*(?:\d+[.):]\s*)?[\"“'‘][^\"“”]+[\"”'’][.!]?\s*$")
DISMISSAL = LazyPattern(
    r"\b(?=[bdefgimnouw])(?:unfounded|untrue|not true|false|wrong|myth|misconception|baseless|groundless"
    r"|nonsense|not so|not the case|no truth|no basis|no evidence|not supported|isn't supported|misplaced"
    r"|mistaken|misleading|inaccurate|outdated|out of date|debunked|overblown|overstated|exaggerated)\b",
    re.I,
)
# An answer that neither says yes nor no at first: a condition ("Only if your doctor agrees"), or a hedge
# before the answer proper ("It depends on what you mean, but no trial has shown it").
HEDGED = LazyPattern(
    r"\W*(?:(?P<only>only) (?:if|when|with|under|for|in|at)\b"
    r"|(?:well,?\s+)?(?:it|that) (?:depends|varies)\b[^.;]*?(?:,\s*|\s+)(?:but|though|however|yet)\b,?)",
    re.I,
)
# A reply that ends on a bare negated auxiliary for what was said ("Not in healthy people, it doesn't.").
ELLIPSIS = LazyPattern(
    r"(?:^|[,;:—–-]\s*)(?:no,?\s+)?(?:it|they|that|this|you|we)\s+"
    r"(?:doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|will not|can't|cannot|didn't"
    r"|did not)\s*[.!]*\s*$",
    re.I,
)
# A sentence that says its finding is the one before's ("pointed the same way", "found similar results").
SAME = LazyPattern(
    r"\b(?=[tsl])(?:the same (?:way|direction|thing|results?|effects?|benefits?|findings?|pattern|conclusion)"
    r"|similar (?:results?|findings?|effects?|benefits?|pattern)|likewise)\b",
    re.I,
)
SAME_HINTS = ("same", "similar", "likewise")
# A noun phrase that points at the claim just stated ("that risk", "no such link", "this effect").
POINTED = LazyPattern(
    r"\b(?=[stfncd])(?:(?:that|this|these|those|such(?: an?)?)\s+(?:risk|effect|benefit|claim|idea"
    r"|link|connection|association|problem|danger|harm|protection)s?"
    r"|found (?:none|nothing|no sign of (?:it|one))"
    # "Much larger studies since then found no connection": a finding of no link, said of the one just
    # stated.
    r"|found no (?:clear |real |such )?(?:link|connection|association)s?"
    # "The big trials never found that happening", "I couldn't find a single study that backs up the K2
    # part": nothing found to bear out what was just said.
    r"|never found (?:that|this|it|any such)"
    r"|(?:could not|couldn't|cannot|can't|did not|didn't|never) find\b[^.;!?]{0,60}?\bbacks?"
    r" (?:that |this |it )?up)\b",
    re.I,
)
# What a pointing denial may deny as a link ("no such LINK", "found no CONNECTION").
_LINKS = LazyPattern(r"link|connection|association")
# A yes or no that closes a short answer after what it holds for ("For most people, no.").
LAST_WORD = LazyPattern(r"^[^.;!?]{2,50},\s*(?:(?P<yes>yes|yep)|no|nope|not really)\s*[.!]*\s*$", re.I)
# A no said in other words at the head or close of a short answer, each form with an example: "Trials so
# far say no", "Probably not in any way you'd notice", "Not proven, don't buy it for that", "For a healthy
# adult, it's extremely unlikely.", "Trials mostly null", "no way lol".
SAYS_NO = LazyPattern(
    r"\W*(?:"
    r"(?:[\w']+,?\s+){0,4}?(?:say|says|said|suggest|suggests)\s+(?:no|not)\b"
    r"|(?:probably|likely|most likely|almost certainly|certainly|definitely|absolutely)\s+not\b"
    r"|not\s+(?:proven|shown|established|likely|convincingly)\b"
    # "Not as much as you're told.", "Not nearly as often as people think."
    r"|not\s+(?:nearly\s+)?as\s+(?:much|many|often|bad|low|common)\s+as\b"
    r"|(?:[^.;!?]{0,40}?\b(?:it's|it is|that's|that is)\s+)?(?:extremely\s+|very\s+|highly\s+)?"
    r"(?:unlikely|doubtful)\s*[.!]*\s*$"
    r"|(?:the\s+)?(?:trials?|studies|results|evidence|data)\s+(?:so far\s+|to date\s+)?"
    r"(?:(?:were|are|have been|came back)\s+)?"
    r"(?:mostly\s+|largely\s+)?(?:null|negative|disappointing)\b"
    r"|(?:no way|nope|nah)\b"
    # "A vitamin that stops skin ageing? If only.", "... If only it were that simple."
    r"|if only(?:\s+(?:it|that|this|they)\s+(?:were|was|worked|did)\b[^.;!?]*)?\s*[.!]*\s*$"
    # "Save your money.", "Don't bother.", "Honestly, there's no need.", "A bit of a stretch."
    r"|(?:honestly,?\s+)?(?:save your money|don't bother|do not bother|(?:there's|there is) no need)\b"
    r"|(?:that's\s+|that is\s+|it's\s+|it is\s+)?(?:a\s+)?(?:bit of a\s+|big\s+|real\s+)?stretch\b"
    # "Large studies found no link.", "Research has found no such risk."
    r"|(?:[\w']+\s+){0,3}?(?:studies|research|trials|researchers|scientists|reviews|doctors)\s+"
    r"(?:have\s+|has\s+)?(?:found|find|showed|show|saw|see)\s+no\s+(?:such\s+)?"
    r"(?:link|connection|association|evidence|effect|benefit|risk|increase|harm|sign)\b"
    # "For healthy people there's no evidence it does.": no evidence of what the question asked.
    # "There is no human evidence that it does.", "little convincing evidence".
    r"|(?:[\w',]+\s+){0,4}?(?:there's|there is|there has been)\s+(?:no|little)\s+(?:[\w-]+\s+){0,2}?"
    r"evidence\s+(?:that\s+)?(?:it|they|this|that)\s+(?:does|do|did|will|would|can|could|is|are)\b"
    r")",
    re.I,
)


# An answer that advises against what the question asked leave to do ("Can I skip the shot?" / "We would
# not recommend it."): a no, whatever "it" is read to stand for.
ADVISED_AGAINST = LazyPattern(
    r"\W*(?:we|i|doctors|most doctors|midwives|pharmacists)(?:\s+(?:would|do|really|strongly|generally))*"
    r"(?:\s+not|\s+never|n[’']t)\s+(?:really\s+)?(?:recommend|advise|suggest)\s+"
    r"(?:it|that|this|doing\s+(?:it|that|so))\b"
    r"|\W*(?:we|i)\s+(?:would\s+|'d\s+)?(?:strongly\s+)?(?:advise|recommend)\s+against\s+(?:it|that|this)\b",
    re.I,
)


# "Q: What foods should I avoid on Xarelto? A: None are known to interact with it.": a question asking
# which things hold, answered that none do, denies what it asked (not "None of the greens ...", which
# names some).
WHICH_QUESTION = LazyPattern(r"\W*(?:(?:q|question)\s*\d*\s*[.:)]\s*\W*)?(?:what|which)\b", re.I)
NONE_ANSWER = LazyPattern(
    r"\W*(?:a|answer)?\s*[.:)]?\s*\W*(?:none|nothing)\b(?!\s+(?:of|but|except)\b)", re.I
)


def bare_answer(text: str) -> bool | None:
    """Whether a short unit with no claim of its own says yes (True) or no (False) to the question before
    it, or None when it is no bare answer.

    >>> [bare_answer(t) for t in ("Nope.", "Absolutely.", "For most people, no.", "Trials so far say no")]
    [False, True, False, False]
    >>> [bare_answer(t) for t in ("Probably not in any way you'd notice.", "In healthy adults, yes.")]
    [False, True]
    >>> bare_answer("Large studies found no link."), bare_answer("For most, there's no evidence it does.")
    (False, False)
    >>> bare_answer("There is no human evidence that it does.")
    False
    >>> bare_answer("Save your money."), bare_answer("A bit of a stretch, frankly.")
    (False, False)
    >>> bare_answer("Not as much as you're told.")
    False
    >>> bare_answer("If only."), bare_answer("If only it were that simple."), bare_answer("If only I knew.")
    (False, False, None)
    >>> bare_answer("Eat them, and keep the amount steady.") is None
    True
    """
    if len(text) > REPLY_CHARS or not hints(text, REPLY_HINTS):
        return None
    words = tokens(clean(text))
    if not words:
        return None
    if denies(words, ENGLISH) or short_no(words) or JUDGEMENT.match(text) is not None:
        return False
    if affirms(words, ENGLISH):
        return True
    last = LAST_WORD.search(text)
    if last is not None:
        # "For most people, no.", "In healthy adults, yes."
        return bool(last.group("yes"))
    if SAYS_NO.match(text) is not None:
        return False
    return None


def unlabelled(text: str) -> str:
    """The answer without its label ("A: No." -> "No.")."""
    label = ANSWER_LABEL.match(text) if text[:1] in "Aa*" else None
    return text if label is None else text[label.end() :]


# A judgement on what was said is short ("Nobody knows that, there is no human data comparing them"); a
# denial that points at it ("... have found no such link") need not be.
JUDGEMENT_CHARS = 120
# A bare answer to a question is short ("Not in healthy adults who eat a varied diet.").
REPLY_CHARS = 100
# Pieces of words without which a short sentence neither denies nor affirms what was said or asked
# ("That's a myth.", "Nope.", "Not in healthy adults.", "It doesn't."; "Yes.", "Absolutely."): looked for
# in the lower-cased text before any pattern runs ("no" covers "not", "none", "nobody", "cannot").
DENIAL_HINTS = (
    "no",
    "n't",
    "never",
    "neither",
    "hardly",
    "rarely",
    "myth",
    "debunk",
    "false",
    "wrong",
    "untrue",
    "nonsense",
    "rubbish",
    "bogus",
    "outdated",
    "obsolete",
    "overrated",
    "overblown",
    "overhyped",
    "exaggerated",
    "overstated",
    "oversold",
    "unnecessary",
)
REPLY_HINTS = (
    *DENIAL_HINTS,
    "yes",
    "yeah",
    "yep",
    "absolutely",
    "definitely",
    "indeed",
    "correct",
    "true",
    "right",
    "certainly",
    "seldom",
    "barely",
    # A no in other words (``SAYS_NO``).
    "unlikely",
    "doubtful",
    "null",
    "nah",
    "negative",
    "disappointing",
    "save your money",
    "bother",
    "stretch",
    "if only",
)


def hints(text: str, hints: tuple[str, ...]) -> bool:
    """Whether the lower-cased text holds one of ``hints`` (substring tests, in C)."""
    return any(map(text.lower().__contains__, hints))


# A bare denial of it is shorter still ("That's a myth.", "Not true at all.").
DENIAL_CHARS = 40
# A question whether what was said holds ("Is this legit", "Is that true??", "Any truth to this?").
TRUTH_QUESTION = LazyPattern(
    r"\b(?:legit|true|truth|right|correct|real|accurate|the case|a myth|a fad|a scam|bs|nonsense|bogus)\b",
    re.I,
)
# How many units an open question waits for its answer (a forum reply comes after the asker's other
# lines and the next post's furniture); a heading or another question ends the wait.
QUESTION_OPEN_UNITS = 8


class Thread:
    """What a document has asked and said so far, for a unit that only answers or judges it: the claims
    of the last open question ("Can K2 replace exercise?" ... "No."), and those of the last unit that
    stated any ("MK-4 beats MK-7 for muscle" ... "Nobody knows that")."""

    __slots__ = (
        "age",
        "asked",
        "asked_line",
        "asked_text",
        "bare_question",
        "last_line",
        "last_quiet",
        "moved_on",
        "myth",
        "myth_line",
        "myths_page",
        "named_myth",
        "said",
        "said_text",
    )

    def __init__(self) -> None:
        self.asked: list[Match] = []
        self.asked_line = 0
        self.asked_text = ""  # the question that asked them
        # The last question read that named no claim ("**Is K2 safe?**") and its line, while no unit that
        # goes through ``answer`` has come after it.
        self.bare_question: tuple[str, int] | None = None
        # While a question is open: the line of the unit before, and whether it was quiet (furniture).
        self.last_line = 0
        self.last_quiet = False
        self.myth_line = 0
        # The claims a heading named as a myth, for the first sentence under it ("Myth: K2 causes clots"
        # / "This worry is unfounded.").
        self.myth: list[Match] = []
        # Whether a heading so far called what follows myths, and what the last heading named as a myth.
        self.myths_page = False
        self.named_myth: list[Match] = []
        self.said: list[Match] = []
        self.said_text = ""  # the unit that said them
        # Whether a sentence since then named something else and stated nothing ("Some parents cite fears
        # about preservatives or a supposed link to cancer."): a "no such link" after it is not said of them.
        self.moved_on = False
        self.age = 0

    def say(self, matches: list[Match], text: str) -> None:
        """Record the claims a unit said, which the units after it may judge or carry on."""
        self.said, self.said_text, self.moved_on = matches, text, False

    def pass_by(self, analysis: Analysis, sentence: bool) -> None:
        """Note a unit that judged nothing of what was said: a sentence that names a subject and states no
        claim moves the text on (``moved_on``)."""
        self.moved_on = self.moved_on or (sentence and not analysis.matches and bool(analysis.subjects))

    def heading(self, text: str, analysis: Analysis) -> None:
        """A heading starts a new section: nothing said before it is judged under it, and the claims it
        names as a myth, denied, are what the heading states (``named_myth``) and wait for the paragraph
        under it. A myth is named by a label ("Myth #3: K2 thickens your blood", denied as it is read) or,
        under a heading that calls what follows myths, by a quotation ("3. \"A healthy gut makes all the K2
        you need\"", turned round: a quoted myth that denies a claim states it)."""
        self.said = []
        if MYTH.match(text) is not None:
            named = [m for m in analysis.matches if m.negated]
        elif self.myths_page and QUOTED_HEADING.match(text) is not None:
            named = [opposite(m) for m in analysis.matches]
        else:
            named = []
            self.myths_page = self.myths_page or MYTHS.search(text) is not None
        self.myth = self.named_myth = named
        self.myth_line = 0

    def judge(self, text: str, analysis: Analysis) -> Analysis:
        """A unit with no claim of its own that may judge what was said ("Nobody knows that"), or deny it
        by pointing at it ("No trial has shown that K2 shields you from that risk.", "Larger studies
        since have found no such link.": denied, as the sentence before put it or not). Each holds a word
        of denial (``DENIAL_HINTS``), or is a verdict line ("Verdict: mostly hype."): most sentences are
        passed over on that test."""
        if text[:12].lower().count("verdict") and VERDICT_LINE.match(text) is not None:
            # Denied as the section put them or not: a verdict weighs the claim, not the last sentence.
            return analysis._replace(matches=[m if m.negated else opposite(m) for m in self.said])
        if not hints(text, DENIAL_HINTS):
            return analysis
        text = unlabelled(text)
        if not text or repeats_denial(text, self.said):
            return analysis
        if self._judges(text):
            return analysis._replace(matches=[judged_false(m) for m in self.said])
        pointed = POINTED.search(text) if not self.moved_on else None
        if pointed is not None:
            # ("Some parents fear a link to cancer. Large studies have found no such link.": a link denied
            # is no denial of advice said before it, "newborns should get the shot".)
            said = [m for m in self.said if not (_LINKS.search(pointed.group()) and advises(m.claim))]
            return analysis._replace(matches=[m if m.negated else opposite(m) for m in said])
        return analysis

    def answer(self, unit: Sentence, reading: Reading, analysis: Analysis) -> Analysis:
        """The unit's claims, with those of the question it answers or the claims it judges, while a
        question or myth is open or at a question or heading; then what it asked and said is recorded
        for the units after it."""
        quiet = reading.quiet
        asked = self.asked
        answered = False
        # A unit that opens a post or a paragraph (after a blank line or furniture) may answer a question
        # asked further up; any other answers only the question right before it.
        opens = unit.line > self.last_line + 1 or self.last_quiet
        if asked and (self.age == 0 or opens):
            analysis, answered = self._reply(unit.text, analysis)
        elif self.myth and not quiet:
            if self.myth_line and unit.line > self.myth_line + 1:
                self.myth = []  # past the paragraph under the heading
            elif not analysis.matches and DISMISSAL.search(unit.text) is not None:
                analysis = analysis._replace(matches=list(self.myth))
                answered = True
                self.myth = []
            else:
                self.myth_line = unit.line
        if unit.kind == "heading":
            self.heading(unit.text, analysis)
        self._record(unit, reading, analysis, answered)
        self.last_line, self.last_quiet = unit.line, quiet
        return analysis

    @staticmethod
    def _judges(text: str) -> bool:
        """Whether a short sentence passes judgement on what was said ("Nobody knows that", "Not true.",
        "Not in people with normal clotting, it doesn't."). Not a bare "Not for children under 12." after a
        warning: it adds to the warning."""
        if len(text) > JUDGEMENT_CHARS:
            return False
        if JUDGEMENT.match(text) is not None:
            return True
        if text.rstrip(" .!").endswith(("n't", " not")) and ELLIPSIS.search(text) is not None:
            return True
        if len(text) > DENIAL_CHARS:
            return False
        words = tokens(clean(text))
        return denies(words, ENGLISH) or mocks(words, ENGLISH)

    def _reply(self, text: str, analysis: Analysis) -> tuple[Analysis, bool]:
        """The unit's claims when it answers the open question ("No.", "Not really.", "Yes, and ...")."""
        asked = self.asked
        text = unlabelled(text)
        # "Is K2 safe with warfarin?" / "Only if your clinic keeps an eye on your INR."
        warned = warned_on_condition(self.asked_text, text, asked)
        if warned is not None:
            return analysis._replace(matches=warned), True
        if ADVISED_AGAINST.match(text) is not None:
            # "Can I skip the vitamin K shot if I had an easy birth?" / "We would not recommend it."
            return analysis._replace(matches=[opposite(m) for m in asked]), True
        says = bare_answer(text) if not analysis.matches else None
        if says is False and narrows_everyone(self.asked_text, text):
            # "Is K2 safe for everyone?" / "Not for people taking warfarin.": the claim stands as asked.
            return analysis._replace(matches=[as_put(m) for m in asked]), True
        if says is not None:
            return analysis._replace(matches=list(asked) if says else [opposite(m) for m in asked]), True
        hedge = HEDGED.match(text) if not analysis.matches else None
        if hedge is not None:
            if JUDGEMENT.match(text[hedge.end() :]) is not None:
                # "It depends on what you mean, but no trial has shown it."
                return analysis._replace(matches=[opposite(m) for m in asked]), True
            if hedge.group("only"):
                # "Only if your doctor agrees and checks your INR.": a yes, on a condition.
                return analysis._replace(matches=list(asked)), True
        reply = REPLY.match(text)
        if reply is None:
            return analysis, False
        # "No — eat the same amount every week instead." answers the question and says more; so
        # does "Yes, and all the more so, since ..." that states no claim of its own.
        # After a "no", a claim of the question read again as the question put it is the one
        # denied ("No — eat a steady amount rather than avoiding them" after "Should I avoid
        # greens on warfarin?").
        put = {(m.claim.id, m.negated) for m in asked}
        found = {m.claim.id for m in analysis.matches}
        said = [
            opposite(m) if not reply.group("yes") and (m.claim.id, m.negated) in put else m
            for m in analysis.matches
        ]
        answer = [m if reply.group("yes") else opposite(m) for m in asked if m.claim.id not in found]
        return analysis._replace(matches=answer + said), True

    def _record(self, unit: Sentence, reading: Reading, analysis: Analysis, answered: bool) -> None:
        heading = unit.kind == "heading"
        self.bare_question = (unit.text, unit.line) if reading.question and not analysis.matches else None
        if reading.question:
            if analysis.matches:
                asked = asked_leave(unit.text, analysis.matches)
                self.asked, self.asked_line, self.asked_text = asked, unit.line, unit.text
            elif TRUTH_QUESTION.search(unit.text) is not None:
                # "Is that true??" asks about what was just said: on the line of a question that put claims
                # ("Q. My friend says K2 is fine with warfarin. Is she right?"), those.
                if not (self.asked and self.asked_line == unit.line):
                    self.asked, self.asked_line, self.asked_text = self.said, unit.line, self.said_text
            elif unit.line != self.asked_line:
                # A question on the line of one that named claims goes on asking them; another one starts
                # a new topic: a "No." after it answers it, not what was said before it ("Q: Is vitamin K a
                # vaccine?" / "A: No.").
                self.asked = []
                self.said = []
            self.age = 0
        elif answered or heading:
            self.asked = []
        elif self.asked and not reading.quiet:
            self.age += 1
            if self.age > QUESTION_OPEN_UNITS:
                self.asked = []
        if heading:
            self.said = []
        elif analysis.matches and not reading.question and not reading.furniture:
            # Hearsay is said too, and asserts nothing: "My aunt swears K2 thickens your blood" ...
            # "That's a myth."
            self.say(analysis.matches, unit.text)
