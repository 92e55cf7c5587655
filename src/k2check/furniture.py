"""Text that asserts nothing, whatever words it holds: page furniture, open questions and topic headlines.

Each test is small, with the lines it exists for beside it (tests/test_furniture.py runs them all). A
statement that is one of these gets ``no-match``: "Keywords: warfarin, vitamin K, INR" names a claim's
words but claims nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from k2check.lazyre import LazyPattern


def examples(*lines: str) -> Callable[[Callable[[str], bool]], Callable[[str], bool]]:
    def attach(test: Callable[[str], bool]) -> Callable[[str], bool]:
        test.EXAMPLES = lines  # type: ignore[attr-defined]
        return test

    return attach


# The patterns below are compiled on first use, and each test first looks for a word (or mark) that every
# match of its pattern holds: a gate costs nothing to build, and most statements fail it, so a single
# statement compiles few of the big patterns ("Vitamin K2 builds muscle" compiles none). A gate is a plain
# substring test on the lower-cased text (every unit of a document meets each gate, and ``in`` is several
# times cheaper there than a case-insensitive regex search), so it passes every text the pattern matches.


# The text ``asserts_nothing`` is testing, and its lower-cased form (one item, replaced at once).
_LOWERED: list[tuple[str, str]] = [("", "")]


class _Gate:
    """Substrings one of which every match of a pattern holds, looked for in the lower-cased text."""

    __slots__ = ("words",)

    def __init__(self, *words: str) -> None:
        self.words = words

    def passes(self, text: str) -> bool:
        # ``map`` runs the substring tests in C: a generator would run a Python frame per word. The text
        # ``asserts_nothing`` is testing was lower-cased once for all its tests.
        seen = _LOWERED[0]
        lower = seen[1] if seen[0] is text else text.lower()
        return any(map(lower.__contains__, self.words))

    def match(self, pattern: LazyPattern, text: str) -> bool:
        """Whether ``pattern`` matches ``text``, compiled and tried only when the text passes the gate."""
        return self.passes(text) and pattern.match(text) is not None


# A listicle ("7 proven benefits of ...") holds one of its nouns: a digit would let in every "K2" statement.
_LISTICLE = ("benefits", "reasons", "ways", "things", "facts", "signs", "foods", "tips", "myths", "mistakes")
_TOPIC_GATE = _Gate("between", "of", "to", "behind", "about", "on", *_LISTICLE, "questions")
_PAIR_GATE = _Gate("and", "&", "vs", "versus")
_RESEARCHING_GATE = _Gate("still", "now", "currently")
_ABOUT_PAGE_GATE = _Gate(
    "examine",
    "explore",
    "cover",
    "discuss",
    "review",
    "look",
    "describe",
    "explain",
    "summari",
    "synthesi",
    "walk",
    "outline",
    "break",
    "highlight",
    "dive",
    "unpack",
    "learn",
    "discover",
    "find out",
    "read on",
    "see",
)
_ANNOUNCEMENT_GATE = _Gate(
    "look", "explor", "examin", "dig into", "review", "cover", "unpack", "walk through", "go through", "break"
)
_HERE_IS_WHAT_GATE = _Gate("about")
_REGULATORY_GATE = _Gate("statements", "product", "content", "information", "article", "page")
_NAMING_GATE = _Gate("called", "known", "termed", "referred", "named")
_HEARSAY_GATE = _Gate("hear", "read", "see", "come across", "promis")
_EVER_GATE = _Gate("ever")
_INTEREST_GATE = _Gate("interest", "attention", "spotlight", "focus", "cent")
_CALL_TO_ACTION_GATE = _Gate(
    "subscribe",
    "sign up",
    "signup",
    "register",
    "click",
    "download",
    "bookmark",
    "saving this",
    "follow",
    "pin this",
    "share",
    "get our",
    "on",
    "about",
    "covering",
)


# Labels that open metadata lines, bylines and captions.
_LABEL = LazyPattern(
    r"\W*(?:keywords?|tags?|categor(?:y|ies)|filed under|posted in|related(?: articles| posts| reading)?"
    r"|see also|photo(?: credit)?|image(?: credit)?|credit|source|sources|caption|published|updated"
    r"|last updated|written by|reviewed by|medically reviewed(?: by)?|fact[- ]checked by|by|author"
    r"|(?:medical |health |legal )?disclaimer|share(?: this)?|topics?|subjects?|mesh terms|abbreviations"
    r"|references?|citation"
    r"|doi|pmid|article|read more|learn more|shop now|buy now|add to cart|sku|price"
    r"|(?:recommended|suggested|further|related) reading|read next|you may also like|see our"
    r"|watch|video|audio|webinar|infographic|transcript|quiz|poll|download"
    r"|(?:podcast|episode)(?:\s+(?:episode\s+)?#?\d+)?)\b\s*[:|–—-]",
    re.I,
)
_LABEL_MARKS = frozenset(":|–—-")  # one of them closes every label

_BYLINE = LazyPattern(
    r"\W*(?:[Ww]ritten |[Rr]eviewed |[Mm]edically reviewed |[Ff]act[- ]checked |[Pp]hoto |[Ii]mage "
    r"|[Pp]osted )?[Bb]y\s+"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+"
)

# "Joined: Jan 2019 · Posts: 1,403": labelled fields set apart by middle dots (a forum post's header).
_FIELDS = LazyPattern(r"\W*[A-Z][\w ]{0,20}:[^·•]{1,40}(?:[·•]\s*[A-Z][\w ]{0,20}:[^·•]{1,40})+$")


@examples(
    "Keywords: warfarin, vitamin K, INR, diet, anticoagulation",
    "Tags: vitamin K2, MK-7, bone health, heart health, natto",
    "Medically reviewed by Dr. Jane Roe — Updated March 2026",
    "Posted by Dr. Sam Lee on 2 May 2026 in Nutrition",
    'Further reading: "Why K2 Belongs in Your Bones", our free leaflet',
    "Article: Menaquinone-7 and arterial stiffness in older women...",
    "Medical disclaimer: this page does not replace advice from your pharmacist.",
    "Member since: March 2024 · Posts: 12 · Likes: 3",
    "Watch: a dietitian explains vitamin K2 and bone health",
    "Podcast episode 12: MK-7, arteries and the calcium question",
)
def metadata(text: str) -> bool:
    """A labelled metadata line: keywords, tags, bylines, captions, prices, a forum post's fields."""
    labelled = not _LABEL_MARKS.isdisjoint(text) and _LABEL.match(text) is not None
    return (
        labelled
        or (("by" in text or "By" in text) and _BYLINE.match(text) is not None)
        or (":" in text and _FIELDS.match(text) is not None)
    )


_OPEN_QUESTION = LazyPattern(
    r"(?:(?:[^?:.!]|(?<=\bvs)\.){0,80}:\s*)?\W*(?:why|what|how|when|where|which|who|whose)\b[^.!]*\?\W*$",
    re.I,
)


@examples(
    "Why do we give vitamin K to newborns?",
    "What happens if my baby doesn't get vitamin K?",
    "How much vitamin K2 should I take?",
    "Warfarin and your diet: what can you eat?",
    "MK-4 vs. MK-7: which one should you buy?",
)
def open_question(text: str) -> bool:
    """An open question asks; it asserts nothing ("Does K2 build muscle?" names the claim it asks about
    and still matches it)."""
    # The question mark first: most text asks nothing, and the pattern is slow to fail.
    return "?" in text and _OPEN_QUESTION.match(text) is not None


_TOPIC = LazyPattern(
    r"\W*(?:the|a|an)?\s*(?:(?:complete|comprehensive|ultimate|quick|simple|short|brief|full|practical"
    r"|essential|definitive|beginner'?s'?)\s+)?(?:difference|differences|relationship|link|links|connection|role|guide|introduction"
    r"|overview|science|research|evidence|truth|facts|basics|case for|story)"
    r"\s+(?:between|of|to|behind|about|on)\b[^.!?]*$"
    r"|\W*(?:everything|all|what)\s+you\s+(?:need|want|ought|should)\s+to\s+know\s+about\b[^.!?]*$"
    # A listicle: "7 proven benefits of vitamin K2 for bones and heart".
    r"|\W*(?:the\s+)?(?:top\s+)?\d{1,2}\s+(?:[\w'-]+\s+){0,2}?(?:benefits|reasons|ways|things|facts|signs"
    r"|foods|tips|myths|mistakes|questions)\s+(?:of|for|to|about|on|in|from|rich|high|with)\b[^.!?]*$"
    r"|[^.!?]*:\s*(?:what you need to know|everything you need to know|what to know|a guide|the facts"
    r"|facts and myths|myths and facts|explained|an overview|the basics|benefits(?:,| and) [^.!?]*"
    r"|what the science says|what the research says|what the evidence says"
    r"|(?:understanding|exploring|examining|a (?:closer )?look at|inside|unpacking|the truth about"
    r"|the science (?:of|behind))\b[^.!?]*)\W*$",
    re.I,
)


@examples(
    "The difference between K1 and K2",
    "Vitamin K and warfarin: what you need to know",
    "The role of vitamin K2 in bone health",
    "The evidence on vitamin K2 and heart health",
    "A practical guide to vitamin K2 for stronger bones, heart health and everyday wellness",
    "Vitamin K2 and your arteries: understanding what it does for the heart",
    "Everything you need to know about MK-7 and bone density",
    "7 proven benefits of vitamin K2 for bones and heart",
    "Top 5 foods rich in vitamin K2",
)
def topic_headline(text: str) -> bool:
    """A headline that names a topic ("The role of K2 in bone health") rather than saying something
    about it."""
    return (":" in text or _TOPIC_GATE.passes(text)) and _TOPIC.match(text) is not None


_PAIR = LazyPattern(
    r"\W*(?:vitamin\s*k\s*\d?|k\d|mk-?\d+|menaquinones?|phylloquinone)\s+(?:and|&|vs\.?|versus)\s+"
    r"[\w\s'-]+$",
    re.I,
)
_VERB = LazyPattern(
    r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|does|do|did"
    r"|work|help|build|keep|make|prevent|protect|support|need|cause|reduce|lower|improve|increase|boost"
    r"|fight|stop|interact|counteract|go|take|give|get|contain|provide|matter|act|\w+s)\b",
    re.I,
)


@examples(
    "Vitamin K2 and muscle health",
    "Vitamin K vs. vitamin K2",
)
def pair_headline(text: str) -> bool:
    """ "Vitamin K2 and muscle health": two topics side by side, with no verb and no full stop."""
    if not _PAIR_GATE.match(_PAIR, text):
        return False
    rest = re.split(r"\s(?:and|&|vs\.?|versus)\s", text, maxsplit=1, flags=re.I)[-1]
    return _VERB.search(rest) is None


_NAMED = LazyPattern(r"\W*[A-Za-z][\w\s'-]{2,80}\(([A-Z][A-Za-z0-9-]{1,9})\)\W*$")


@examples(
    "Vitamin K deficiency bleeding (VKDB)",
    "Matrix Gla protein (MGP)",
)
def named_term(text: str) -> bool:
    """A term and its abbreviation, as a heading or glossary entry: it names something."""
    if "(" not in text:
        return False
    return _NAMED.match(text) is not None and _VERB.search(text.split("(", maxsplit=1)[0]) is None


_RESEARCHING = LazyPattern(
    r"[^.!?]{0,150}\b(?:still|now|currently)\s+"
    r"(?:working out|studying|investigating|exploring|learning|debating"
    r"|trying to (?:understand|work out|find out|figure out|pin down))\s+(?:exactly\s+)?"
    r"(?:what|how|why|which|the role|its role)\b[^.!?]*[.!]?\W*$",
    re.I,
)


@examples(
    "Scientists are still trying to work out how vitamin K2 acts on the brain.",
    "Researchers are now exploring what role vitamin K plays in muscle.",
)
def open_research(text: str) -> bool:
    """Research under way on an open topic ("still working out what role vitamin K plays outside the
    liver") names the topic and asserts nothing. "Whether K2 prevents dementia is unknown" is left alone:
    it names a claim, and the sets label such hedges with it."""
    return _RESEARCHING_GATE.match(_RESEARCHING, text)


_ANNOUNCEMENT = LazyPattern(
    r"\W*(?:let's|let us|we'll|we will|below,? we(?:'ll| will)?"
    r"|in this (?:article|post|guide|section|video),?\s+(?:we|i)(?:'ll| will)?"
    r"|this (?:article|post|guide|section|video)|here,? we(?:'ll| will)?)\s+"
    r"(?:take a (?:closer |quick )?look at|look at|looks at|explore|explores|examine|examines|dig into|review"
    r"|reviews|cover|covers|unpack|walk through|go through|break down|breaks down)\b",
    re.I,
)


_HERE_IS_WHAT = LazyPattern(
    r"\W*here(?:'s| is| are)\s+what\s+(?:the\s+)?(?:research|science|evidence|studies|trials|we know"
    r"|experts|doctors)\b[^.!?]*\babout\b",
    re.I,
)


_ABOUT_PAGE = LazyPattern(
    r"\W*(?:(?:this|the|our|in this)\s+(?:article|post|blog post|page|guide|review|piece|section|summary"
    r"|video|chapter)(?:,?\s+we)?|it|here,? we|we)\s+(?:will\s+)?"
    r"(?:examines?|explores?|covers?|discuss(?:es)?|reviews?|looks? at|describes?|explains?"
    r"|summari[sz]es?|synthesi[sz]es?|walks? you through|outlines?"
    r"|breaks? down|highlights?|takes? a (?:closer )?look at|dives? into|unpacks?)\b"
    # A meta description addresses the reader: "Learn how K2 supports your bones and which foods have it."
    r"|\W*(?:learn|discover|find out|read on to (?:learn|find out|discover|see)|explore|see)\s+"
    r"(?:how|why|what|whether|which|if|about|everything)\b",
    re.I,
)


@examples(
    "This article examines what the studies say about vitamin K2 and bone strength.",
    "It explores how the two forms differ and compares vitamin K1 with K2 for the heart.",
    "In this post, we look at whether K2 supplements help your arteries.",
    "Learn how vitamin K2 keeps calcium in your bones, which foods hold it and how much to take.",
    "Let's take a closer look at the research on K2 and the heart.",
    "In this guide we'll explore what vitamin K2 does for bones.",
    "Here's what the studies say about MK-7 and your arteries.",
)
def about_the_page(text: str) -> bool:
    """A sentence about the page itself ("This article examines ...", "Let's look at the evidence for K2
    and bone health"): it says what the page covers or will discuss, and claims nothing about the topics
    it names."""
    return (
        _ABOUT_PAGE_GATE.match(_ABOUT_PAGE, text)
        or _ANNOUNCEMENT_GATE.match(_ANNOUNCEMENT, text)
        or _HERE_IS_WHAT_GATE.match(_HERE_IS_WHAT, text)
    )


_REGULATORY = LazyPattern(
    r"\W*(?:these statements have not been evaluated|this product is not intended to diagnose"
    r"|(?:this|the) (?:content|information|article|page) is (?:for informational purposes"
    r"|not (?:intended|meant) to|not a substitute))",
    re.I,
)


@examples(
    "These statements have not been evaluated by the regulator; no cure for any disease is claimed.",
    "This product is not intended to diagnose, treat, cure, or prevent any disease.",
    "This content is for informational purposes only and does not replace advice from your doctor.",
)
def disclaimer(text: str) -> bool:
    """The regulatory and medical disclaimers pages carry: they name diseases and claim nothing."""
    return _REGULATORY_GATE.match(_REGULATORY, text)


_QUOTE_MARKS = frozenset("\"“‘'")
_TITLED_QUOTE = LazyPattern(
    r"\W*[\"“‘'][^\"”’]{3,300}[\"”’']\s*[—–-]+\s*(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)*,\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|the|in|for|to|a|an|on|with))+"
    r"\W*$"
)


@examples(
    '"Calcium is the cargo and K2 the pilot." — Dr. Mira Holt, Bones and Arteries',
    "“Think of K2 as the traffic warden for calcium.” – Sam Reed, The Mineral Map",
)
def titled_quote(text: str) -> bool:
    """An epigraph: a quotation credited to an author and a book or article title. It decorates the page;
    a testimonial credits a person ("— Priya S., verified buyer") and is read as a claim."""
    return not _QUOTE_MARKS.isdisjoint(text) and _TITLED_QUOTE.match(text) is not None


_NAMING = LazyPattern(
    r"\W*(?:this|that|it)\s+(?:is|was)\s+(?:called|known as|termed|referred to as|named)\b", re.I
)


@examples(
    "This is called vitamin K deficiency bleeding, or VKDB.",
    "It is known as the K2-D3 pairing, and shops sell it everywhere.",
)
def naming(text: str) -> bool:
    """A sentence that gives a name to what the one before described ("This is called ..."): it names."""
    return _NAMING_GATE.match(_NAMING, text)


_ALTERNATIVE = r"[\w'-]+(?:\s+[\w'-]+){0,2}"
_EITHER_OR = LazyPattern(
    r"[^.!?]{3,120}?(?::|\s[-–—])\s*(?:(?:the\s+)?"
    + _ALTERNATIVE
    + r")\s+or\s+(?:"
    + _ALTERNATIVE
    + r")\s*\?\W*$",
    re.I,
)
_AUX = LazyPattern(
    r"\b(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have|it|they|you)\b", re.I
)


@examples(
    "K2 and your joints: helper or hitchhiker?",
    "Vitamin K2 for the heart: hype or help?",
    "MK-7 and bone density - myth or medicine?",
    "Natto and K2: superfood or stinky fad?",
)
def either_or(text: str) -> bool:
    """A headline that ends by offering two short answers ("K2 and muscle: builder or bystander?"): it
    names a topic and leaves the question open. "K2 for bones: does it work or not?" asks about the claim
    and is left alone."""
    if "?" not in text or _EITHER_OR.match(text) is None:
        return False
    tail = re.split(r":|\s[-–—]\s*", text)[-1]
    return _AUX.search(tail) is None


_HEARSAY = LazyPattern(
    r"[^.!?]*\b(?:heard|read|seen|come across|hear|see)\s+(?:(?:a|all|the|some|many|lots|lot|of|plenty"
    r"|big|bold|grand|wild|sweeping|so|much|many|various|glowing)\s+){0,3}"
    r"(?:claims|promises|hype|buzz|talk|headlines|stories)\s+(?:about|around|surrounding|regarding|on)\b"
    r"[^.!?;]*[.!]?\W*$"
    r"|[^.!?]*\bpromis(?:e|es|ed|ing)\s+(?:\w+\s+)?everything\s+from\b[^.!?;]*[.!]?\W*$"
    r"|[^.!?]*\byou(?:'ve| have)?\s+(?:\w+\s+)?(?:seen|heard|read about|come across)\s+[^.!?;]{1,60}?"
    r"\b(?:pitched|touted|hyped|marketed|promoted|billed|sold|advertised|hailed)\s+as\b[^.!?;]*[.!]?\W*$",
    re.I,
)


@examples(
    "You have probably heard bold claims about K2 and your heart.",
    "Shoppers see sweeping promises about vitamin K2, bones and blood vessels.",
    "Supplement ads promise everything from stronger bones to cleaner arteries with K2.",
    "You have likely seen MK-7 touted as a cure for stiff arteries.",
    "If you follow wellness accounts, you have probably seen vitamin K2 sold as a cure for stiff joints.",
    "If you shop for supplements, you've probably heard bold claims about K2, bones and the heart.",
)
def hearsay(text: str) -> bool:
    """A sentence that says claims exist about some topics ("you've heard big claims about K2 and your
    bones", "you have probably seen K2 pitched as a muscle builder") without making one: it introduces
    what the page will weigh. A reported claim with "that" ("I heard that K2 builds muscle") is left
    alone: it states the claim; so is one the sentence goes on to judge ("..., but the trials disagree")."""
    return _HEARSAY_GATE.match(_HEARSAY, text) and _TURN.search(text) is None


_TURN = LazyPattern(r"\b(?:but|yet|however|though)\b", re.I)


_EVER = LazyPattern(
    r"\W*if you(?:'ve| have)? ever\b[^.!?]*?,\s*(?:then\s+)?you(?:'ll| will| probably| already)?\s*"
    r"(?:know|understand|appreciate|remember)\b[^,;.!?]*[.!]?\W*$",
    re.I,
)


@examples(
    "If you've ever had a cramp wake you at night, you'll know how much it hurts.",
    "If you have ever been told to give up salad on warfarin, you know how confusing the advice is.",
)
def shared_experience(text: str) -> bool:
    """An opener that appeals to the reader's experience ("If you've ever ..., you'll know how awful it
    is"): it sets the scene and claims nothing."""
    return _EVER_GATE.match(_EVER, text)


_INTEREST = LazyPattern(
    r"[^,;.!?]*\b(?:(?:been|become|grown|are|is|remain|remains)\s+(?:\w+\s+){0,2}?interested\s+in"
    r"|(?:attracted|drawn|gained|received|attracts|draws|gains|receives)\s+(?:\w+\s+){0,3}?"
    r"(?:attention|interest)"
    r"|(?:much|a lot of|lots of|growing|increasing|renewed|considerable|great|keen)\s+(?:\w+\s+)?"
    r"(?:interest|attention)\s+(?:in|to)"
    r"|(?:the\s+)?spotlight\s+(?:is|has turned|has moved|falls|is shining|shines)\s+(?:\w+\s+){0,2}?on"
    r"|(?:research|studies|work|interest)\s+(?:on\s+[^,;.!?]{1,40}?)?"
    r"(?:focuses|focused|has focused|centres|centers|has centred|has centered)\s+on)\b[^,;.!?]*[.!]?\W*$",
    re.I,
)


@examples(
    "Scientists have long been interested in MK-7 and the heart.",
    "Vitamin K2 has attracted a lot of attention for its possible role in bone health.",
    "There has been growing interest in K2 for arterial health.",
    "Most research on K2 has focused on bones and blood vessels.",
    "These days the spotlight is firmly on MK-7 and heart health.",
)
def interest(text: str) -> bool:
    """A sentence that says a topic draws interest or research ("Researchers have long been interested in
    K2 and bone health") and nothing about what was found. A further clause ("Although it gets less
    attention, K2 protects the heart") keeps the sentence a claim."""
    return _INTEREST_GATE.match(_INTEREST, text)


_CALL_TO_ACTION = LazyPattern(
    r"\W*(?:(?:please\s+)?(?:subscribe|sign up|signup|register|click|download|bookmark|bookmarking"
    r"|saving this|following this|follow us|pin this|share this|share our|share the|get our)\b"
    r"|(?:great|nice|excellent|good|helpful|interesting|fantastic|brilliant|useful|thorough|informative)"
    r"\s+(?:write-up|writeup|post|article|video|read|thread|summary|piece|overview|guide|breakdown|episode)"
    r"\s+(?:on|about|covering)\b)",
    re.I,
)


@examples(
    "Subscribe for more on vitamin K2 and bone health.",
    "Sign up for our free guide to K2 and the heart.",
    "Share this post on MK-7 and your arteries with a friend.",
    "Great write-up on vitamin K2 and heart health!",
    "Bookmarking this for my dad's osteoporosis and K2 questions.",
)
def call_to_action(text: str) -> bool:
    """A call to subscribe, share or click, or a reader's praise for a post ("Great write-up on K2 and heart
    health!"): it names the page's topics and claims nothing about them."""
    return _CALL_TO_ACTION_GATE.match(_CALL_TO_ACTION, text)


TESTS = (
    metadata,
    open_question,
    topic_headline,
    pair_headline,
    named_term,
    open_research,
    about_the_page,
    disclaimer,
    titled_quote,
    naming,
    either_or,
    hearsay,
    shared_experience,
    interest,
    call_to_action,
)


def asserts_nothing(text: str) -> str | None:
    """The name of the test that finds ``text`` asserts nothing, or None."""
    _LOWERED[0] = (text, text.lower())
    for test in TESTS:  # a plain loop: every unit of a document comes here, and a generator costs more
        if test(text):
            return test.__name__
    return None
