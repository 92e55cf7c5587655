"""Text that asserts nothing, whatever words it holds: page furniture, open questions and topic headlines.

Each test is small, with the lines it exists for beside it (tests/test_furniture.py runs them all). A
statement that is one of these gets ``no-match``: "Keywords: warfarin, vitamin K, INR" names a claim's
words but claims nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from k2check.lazyre import LazyPattern

# A test reads the text, the text lower-cased and its first word (``first_word``), each found once per text.
Test = Callable[[str, str, str], bool]


def examples(*lines: str) -> Callable[[Test], Test]:
    def attach(test: Test) -> Test:
        test.EXAMPLES = lines  # type: ignore[attr-defined]
        return test

    return attach


# The patterns below are compiled on first use, and each test first looks for what every match of its
# pattern holds: a gate costs nothing to build, and most statements fail it, so a single statement
# compiles few of the big patterns ("Vitamin K2 builds muscle" compiles none). Every unit of a document
# meets each gate, so gates are plain look-ups: a substring of the lower-cased text (``in`` is several
# times cheaper there than a case-insensitive regex search), and for a pattern anchored at the start, the
# first word (after any leading marks) one of its alternatives opens with. A gate passes every text its
# pattern matches (tests/test_furniture.py checks each pattern's openings against its alternatives).

_FIRST_WORD = re.compile(r"\W*(\w+)")


def first_word(text: str) -> str:
    """The text's first run of word characters, lower-cased ("" when it has none): where a pattern
    anchored with ``\\W*`` starts its first word."""
    found = _FIRST_WORD.match(text)
    return found.group(1).lower() if found is not None else ""


class _Gate:
    """What every match of a pattern holds: one of ``words`` in the lower-cased text (when given), and a
    first word among ``openings`` (when given) or starting with one of ``prefixes``."""

    __slots__ = ("digits", "openings", "prefixes", "words")

    def __init__(
        self,
        *words: str,
        openings: str | None = None,
        prefixes: tuple[str, ...] = (),
        digits: bool = False,
    ) -> None:
        self.words = words
        self.openings = None if openings is None else frozenset(openings.split())
        self.prefixes = prefixes
        self.digits = digits  # a first word of digits also opens it (``\d`` is ``str.isdecimal``)

    def opens(self, first: str) -> bool:
        """Whether a text with this first word may pass the gate."""
        return (
            self.openings is None
            or first in self.openings
            or first.startswith(self.prefixes)
            or (self.digits and first[:1].isdecimal())
        )

    def passes(self, lower: str, first: str) -> bool:
        if not (  # ``opens``, written out: every unit of a document meets several gates
            self.openings is None
            or first in self.openings
            or first.startswith(self.prefixes)
            or (self.digits and first[:1].isdecimal())
        ):
            return False
        # ``map`` runs the substring tests in C: a generator would run a Python frame per word.
        return not self.words or any(map(lower.__contains__, self.words))

    def match(self, pattern: LazyPattern, text: str, lower: str, first: str) -> bool:
        """Whether ``pattern`` matches ``text``, compiled and tried only when the text passes the gate."""
        return self.passes(lower, first) and pattern.match(text) is not None


# A listicle ("7 proven benefits of ...") holds one of its nouns: a digit would let in every "K2" statement.
_LISTICLE = ("benefits", "reasons", "ways", "things", "facts", "signs", "foods", "tips", "myths", "mistakes")
_TOPIC_GATE = _Gate(
    "between",
    "of",
    "to",
    "behind",
    "about",
    "on",
    *_LISTICLE,
    "questions",
    openings="the a an complete comprehensive ultimate quick simple short brief full practical essential"
    " definitive beginner beginners difference differences relationship link links connection role guide"
    " introduction overview science research evidence truth facts basics case story everything all what top",
    prefixes=("the", "a"),  # "(?:the|a|an)?\s*" lets a run-together opening through ("thedifference")
    digits=True,
)
_PAIR_GATE = _Gate(
    "and", "&", "vs", "versus", openings="", prefixes=("vitamin", "k", "mk", "menaquinone", "phylloquinone")
)
_RESEARCHING_GATE = _Gate("still", "now", "currently")
_RESEARCHING_VERB_GATE = _Gate(
    "working out", "studying", "investigating", "exploring", "learning", "debating", "trying to"
)
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
    openings="this the our in it here we learn discover find read explore see",
)
_ANNOUNCEMENT_GATE = _Gate(
    "look",
    "explor",
    "examin",
    "dig into",
    "review",
    "cover",
    "unpack",
    "walk through",
    "go through",
    "break",
    openings="let we below in this here",
)
_HERE_IS_WHAT_GATE = _Gate("about", openings="here")
_REGULATORY_GATE = _Gate(
    "statements",
    "product",
    "content",
    "information",
    "article",
    "page",
    "leaflet",
    "booklet",
    "brochure",
    "handout",
    "sheet",
    "guide",
    "post",
    "column",
    "substitute",
    "general",
    openings="these this the our food supplements it",
)
_NAMING_GATE = _Gate("called", "known", "termed", "referred", "named", openings="this that it")
_HEARSAY_GATE = _Gate("hear", "read", "see", "come across", "promis")
_HEARSAY_WHAT_GATE = _Gate(
    "claims",
    "promis",
    "hype",
    "buzz",
    "talk",
    "headlines",
    "stories",
    "pitched",
    "touted",
    "marketed",
    "promoted",
    "billed",
    "sold",
    "advertised",
    "hailed",
)
_EVER_GATE = _Gate("ever", openings="if")
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
    openings="please subscribe sign signup register click download bookmark bookmarking saving following"
    " follow pin share get great nice excellent good helpful interesting fantastic brilliant useful thorough"
    " informative",
)


# Labels that open metadata lines, bylines and captions.
_LABEL = LazyPattern(
    r"\W*(?:keywords?|tags?|categor(?:y|ies)|filed under|posted in|related(?: articles| posts| reading)?"
    r"|see also|photo(?: credit)?|image(?: credit)?|credit|source|sources|caption|published|updated"
    r"|last updated|written by|reviewed by|medically reviewed(?: by)?|fact[- ]checked by|by|author"
    r"|(?:medical |health |legal )?disclaimer|share(?: this)?|topics?|subjects?|mesh terms|abbreviations"
    r"|references?|citation"
    # A page's fields pasted in: "Meta description: ...", "Alt text: ...", "Source of table: ...".
    r"|meta (?:description|title|keywords)|seo (?:title|description)|page title|alt text|image alt"
    r"|source of (?:the )?(?:table|figure|data|chart|image|photo)"
    r"|doi|pmid|article|read more|learn more|shop now|buy now|add to cart|sku|price"
    # A post's product links: "Shop the post: K2 Pro MK-7 200 mcg · D3 + K2 Drops".
    r"|shop (?:the|this) (?:post|article|story|look|recipe|guide)|featured products?"
    r"|products? (?:in|from|mentioned in) this (?:post|article|story|guide)"
    r"|(?:recommended|suggested|further|related) reading|read next|you may also like|see our"
    r"|watch|video|audio|webinar|infographic|transcript|quiz|poll|download"
    r"|(?:podcast|episode)(?:\s+(?:episode\s+)?#?\d+)?"
    # A page's own navigation: "Jump to: Bone health | Heart health", "In this article: ...".
    r"|jump to|skip to|go to|quick links|(?:table of )?contents|sections|in this (?:article|guide|post|page)"
    r"|on this page"
    # A numbered caption: "Table 1: Vitamin K adequate intakes by age", "Figure 3 - MK-7 and PWV".
    r"|(?:table|figure|fig|chart|graph|box)\.?\s*\d+[a-z]?)\b\s*[:|–—-]",
    re.I,
)
_LABEL_MARKS = frozenset(":|–—-")  # one of them closes every label
_LABEL_GATE = _Gate(
    openings="keyword keywords tag tags category categories filed posted related see photo image credit"
    " source sources caption published updated last written reviewed medically fact by author medical health"
    " legal"
    " disclaimer share topic topics subject subjects mesh abbreviations reference references citation doi"
    " pmid article read learn shop buy add sku price recommended suggested further you watch video audio"
    " webinar infographic transcript quiz poll download podcast episode jump skip go quick contents sections"
    " in on featured products product meta seo page alt",
    # "Table 1:", "Table1:", "Fig.3 -": a numbered caption's first word may run into its number.
    prefixes=("table", "figure", "fig", "chart", "graph", "box"),
)

_BYLINE = LazyPattern(
    r"\W*(?:[Ww]ritten |[Rr]eviewed |[Mm]edically reviewed |[Ff]act[- ]checked |[Pp]hoto |[Ii]mage "
    r"|[Pp]osted )?[Bb]y\s+"
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+"
)

# "Joined: Jan 2019 · Posts: 1,403": labelled fields set apart by middle dots (a forum post's header).
_FIELDS = LazyPattern(r"\W*[A-Z][\w ]{0,20}:[^·•]{1,40}(?:[·•]\s*[A-Z][\w ]{0,20}:[^·•]{1,40})+$")
_BYLINE_GATE = _Gate(openings="written reviewed medically fact photo image posted by")
# A post's or an article's header line in parts set apart by middle dots, one of them a field of it: a
# byline, a date stamp, a reading time, a username, a score, an age ("*Corvale Labs Research Team ·
# Reviewed by Dana Whitcombe, MS · Updated March 4, 2025*", "[+22] u/calcium_traffic_cop · 4h").
_DOTTED_PART = LazyPattern(
    r"\W*(?:(?:written|reviewed|medically reviewed|fact[- ]checked|posted|updated|published|last updated)\b"
    r"|by\s+[A-Z]|u/\w+|@\w+|\[[+-]?\d+\]|[+-]?\d+\s*(?:points?|votes?|upvotes?|likes?|replies|comments)\b"
    r"|\d+\s*(?:h|m|d|w|mo|y|hrs?|mins?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?\W*$"
    r"|\d+\s+min(?:ute)?s?\s+read)",
    re.I,
)


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
    "Table 2: Vitamin K2 content of hard cheeses, per 100 g",
    "Figure 3 - Pulse wave velocity after a year of MK-7",
    "Jump to: Bone health · Heart health · Food sources",
    "In this article: Bone health | Heart health | Food sources",
    "On this page: bone health, heart health and food sources",
    "Table of contents: Why K2 matters for bones — Best food sources",
    "Shop the post: MK-7 200 mcg softgels · D3 + K2 drops · Magnesium glycinate",
    "Products in this article: K2 Pro 100 mcg, Bone Complex with D3",
    "Meta description: Learn the warning signs of low vitamin K, from bruising to serious bleeding.",
    "Source of table: a hospital patient handout on warfarin and vitamin K.",
)
def metadata(text: str, lower: str, first: str) -> bool:
    """A labelled metadata line: keywords, tags, bylines, captions, prices, a forum post's fields."""
    return (
        (
            _LABEL_GATE.passes(lower, first)
            and not _LABEL_MARKS.isdisjoint(text)
            and _LABEL.match(text) is not None
        )
        or (_BYLINE_GATE.passes(lower, first) and _BYLINE.match(text) is not None)
        or (":" in text and ("·" in text or "•" in text) and _FIELDS.match(text) is not None)
    )


@examples(
    "*Corvale Labs Research Team · Reviewed by Dana Whitcombe, MS, CNS · Updated March 4, 2025*",
    "[+22] u/calcium_traffic_cop · 4h",
    "Nutrition team · 6 min read",
)
def post_header(text: str, lower: str, first: str) -> bool:
    """A line in parts set apart by middle dots that is a header of fields (``_DOTTED_PART``): short
    parts, one of them a byline, a date stamp, a reading time, a username, a score or an age. A sentence
    with a dot in it ("K2 · the bone vitamin · helps ...") has a long part, or none of those."""
    if "·" not in text and "•" not in text:
        return False
    parts = [p.strip(" *_") for p in re.split(r"[·•]", text)]
    if len(parts) < 2 or any(len(p.split()) > 9 for p in parts):
        return False
    return any(_DOTTED_PART.match(p) is not None for p in parts if p)


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
def open_question(text: str, lower: str, first: str) -> bool:
    """An open question asks; it asserts nothing ("Does K2 build muscle?" names the claim it asks about
    and still matches it)."""
    # The question mark first: most text asks nothing, and the pattern is slow to fail.
    return "?" in text and _OPEN_QUESTION.match(text) is not None


_TOPIC = LazyPattern(
    r"\W*(?:the|a|an)?\s*(?:(?:complete|comprehensive|ultimate|quick|simple|short|brief|full|practical"
    r"|essential|definitive|beginner'?s'?)\s+)?(?:difference|differences|relationship|link|links|connection|role|guide|introduction"
    r"|overview|science|research|evidence|truth|facts|basics|case for|story)"
    r"\s+(?:between|of|to|behind|about|on)\b[^.!?]*$"
    r"|\W*(?:everything|all|what)\s+(?:[\w'-]+\s+){1,2}?(?:(?:need|want|ought|have)\s+to|should|must)\s+know"
    r"\s+about\b[^.!?]*$"
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
    "Everything new parents should know about the newborn vitamin K shot",
    "7 proven benefits of vitamin K2 for bones and heart",
    "Top 5 foods rich in vitamin K2",
)
def topic_headline(text: str, lower: str, first: str) -> bool:
    """A headline that names a topic ("The role of K2 in bone health") rather than saying something
    about it."""
    return (":" in text or _TOPIC_GATE.passes(lower, first)) and _TOPIC.match(text) is not None


_PAIR = LazyPattern(
    r"\W*(?:vitamin\s*k\s*\d?|k\d|mk-?\d+|menaquinones?|phylloquinone)\s+(?:and|&|vs\.?|versus)\s+"
    r"[\w\s'-]+$",
    re.I,
)
_VERB = LazyPattern(
    r"\b(?:is|are|was|were|be|been|has|have|had|can|could|may|might|will|would|should|must|does|do|did"
    r"|work|help|build|keep|make|prevent|protect|support|need|cause|reduce|lower|improve|increase|boost"
    r"|fight|stop|interact|counteract|go|take|give|get|contain|provide|matter|act|\w+s"
    # A negated verb is a verb ("K2 Won't Replace Your Leg Day"), and so are a few verbs of claims.
    r"|\w+n['’]t|cannot|not|never|replace|cure|treat|beat|reverse|clear|slow|ease|raise|cut"
    # Headline-ese: a participle stands for the verb ("Vitamin K Shot LINKED to Childhood Leukaemia", "The
    # Overlooked Nutrient for BUILDING Lean Muscle").
    r"|linked|tied|shown|proven|proved|blamed|building|boosting|preventing|protecting|reversing|fighting"
    r"|lowering|reducing|improving|strengthening|clearing|dissolving"
    # ... and the past of a choice told ("Why We SAID No to the Vitamin K Shot").
    r"|said|refused|declined|skipped|chose|decided|stopped|started|tried|gave|took|got)\b",
    re.I,
)


def headline_verb(text: str) -> bool:
    """Whether a headline holds a verb ("K2 Is the More Potent Form of Vitamin K")."""
    return _VERB.search(text) is not None


@examples(
    "Vitamin K2 and muscle health",
    "Vitamin K vs. vitamin K2",
)
def pair_headline(text: str, lower: str, first: str) -> bool:
    """ "Vitamin K2 and muscle health": two topics side by side, with no verb and no full stop."""
    if not _PAIR_GATE.match(_PAIR, text, lower, first):
        return False
    rest = re.split(r"\s(?:and|&|vs\.?|versus)\s", text, maxsplit=1, flags=re.I)[-1]
    return _VERB.search(rest) is None


# What a colon title opens with when it names sections, not a thing said of its subject ("Book: Vitamin K2
# and the Calcium Paradox", "K2, Enamel and Decay: What We Know").
_LABELS = frozenset(
    "book books related source sources category categories tags tag keywords title chapter section part"
    " episode video podcast read see listen watch also".split()
)
_OPEN_TOPIC = frozenset("what how which when where who everything all your our a-z faq faqs".split())
# ... and what such a topic may end on ("K1, MK-4 and MK-7 COMPARED", "Vitamin K2: The Complete GUIDE").
_TOPIC_ENDS = frozenset("compared explained guide basics overview faq faqs".split())


def appositive_title(text: str) -> bool:
    """A colon title that says what its subject is, "Natto: The Undisputed King of Vitamin K2", "Kale: A
    Vitamin K Powerhouse": the head before the colon is one thing, not a label ("Book:", "Related:") or a
    list ("K2, Enamel and Decay: What We Know"), and what follows is no open topic ("What We Know", "How It
    Works") or list of things ("Calcium, D3, K2 & Magnesium") or comparison ("... Compared").

    >>> appositive_title("Natto: The Undisputed King of Vitamin K2")
    True
    >>> appositive_title("MK-7: The Superior Form of Vitamin K2")
    True
    >>> appositive_title("Book: Vitamin K2 and the Calcium Paradox")
    False
    >>> appositive_title("K2, Enamel and Decay: What We Know")
    False
    >>> appositive_title("The Bone Health Quartet: Calcium, D3, K2 & Magnesium")
    False
    >>> appositive_title("Bioavailability at a Glance: K1, MK-4 and MK-7 Compared")
    False
    """
    head, colon, tail = text.partition(":")
    head, tail = head.strip(), tail.strip()
    if not colon or not head or not tail or ":" in tail:
        return False
    head_words, tail_words = head.lower().split(), tail.lower().split()
    if head_words[-1] in _LABELS or "," in head or tail_words[0] in _OPEN_TOPIC:
        return False
    if tail_words[-1] in _TOPIC_ENDS:
        return False
    return not ("," in tail and ("&" in tail_words or "and" in tail_words))


@examples(
    "Warfarin Vitamin K Intake Tracker",
    "Vitamin K2 Dose Calculator for Every Adult",
    "Natto Recipe With Spring Onion",
    "Vitamin K2: The Complete Guide",
)
def verbless_title(text: str, lower: str, first: str) -> bool:
    """A title in Title Case with no verb and no closing punctuation names a thing (a tool, a recipe, a
    section), it says nothing about it. A title with a verb ("How K2 Can Treat Varicose Veins") is
    left to the matcher."""
    # Most units end a sentence or run long: two cheap tests before the text is split.
    end = text.rstrip()[-1:]
    if not end or end in ".!?:;," or len(text) > 120:
        return False
    words = text.split()
    if len(words) < 3 or len(words) > 12:
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    if not long_words or sum(w[0].isupper() for w in long_words) < len(long_words):
        return False
    if ":" in text and appositive_title(text):
        # "Kale: A Vitamin K Powerhouse" says what kale is; the matcher decides whether that is a claim.
        return False
    return not headline_verb(text)


_NAMED = LazyPattern(r"\W*[A-Za-z][\w\s'-]{2,80}\(([A-Z][A-Za-z0-9-]{1,9})\)\W*$")


@examples(
    "Vitamin K deficiency bleeding (VKDB)",
    "Matrix Gla protein (MGP)",
)
def named_term(text: str, lower: str, first: str) -> bool:
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
def open_research(text: str, lower: str, first: str) -> bool:
    """Research under way on an open topic ("still working out what role vitamin K plays outside the
    liver") names the topic and asserts nothing. "Whether K2 prevents dementia is unknown" is left alone:
    it names a claim, and the sets label such hedges with it."""
    # "still", "now" or "currently" before the longer list of verbs.
    return (
        _RESEARCHING_GATE.passes(lower, first)
        and _RESEARCHING_VERB_GATE.passes(lower, first)
        and _RESEARCHING.match(text) is not None
    )


_ANNOUNCEMENT = LazyPattern(
    r"\W*(?:let's|let us|we'll|we will|below,? we(?:'ll| will)?"
    r"|in this (?:article|post|guide|section|video),?\s+(?:we|i)(?:'ll| will)?"
    r"|this (?:article|post|guide|section|video)|here,? we(?:'ll| will)?)\s+"
    r"(?:take a (?:closer |quick )?look at|look at|looks at|explore|explores|examine|examines|dig into|review"
    r"|reviews|cover|covers|unpack|walk through|go through|break down|breaks down)\b",
    re.I,
)


# The announcement may follow a clause that sets the scene ("That is starting to change, and in this post we
# go through why athletes are paying attention to it"): then only a question it will answer follows it.
_ANNOUNCED_LATER = LazyPattern(
    r"[^.!?]*?(?:,\s*(?:and|so|but)|;)\s+in this (?:article|post|guide|section|video|piece),?\s+"
    r"(?:we|i)(?:'ll| will)?\s+(?:take a (?:closer |quick )?look at|look at|explore|examine|dig into|review"
    r"|cover|unpack|walk through|go through|break down)\s+(?:why|how|what|whether|which)\b",
    re.I,
)
_ANNOUNCED_LATER_GATE = _Gate("in this ")


_HERE_IS_WHAT = LazyPattern(
    r"\W*here(?:'s| is| are)\s+what\s+(?:the\s+)?(?:research|science|evidence|studies|trials|we know"
    r"|experts|doctors)\b[^.!?]*\babout\b",
    re.I,
)


_ABOUT_PAGE = LazyPattern(
    r"\W*(?:(?:this|the|our|in this)\s+(?:article|post|blog post|page|guide|review|piece|section|summary"
    r"|video|chapter|leaflet|booklet|brochure|handout|fact ?sheet|information sheet)(?:,?\s+we)?|it|here,? we"
    r"|we)\s+(?:will\s+)?"
    r"(?:examines?|explores?|covers?|discuss(?:es)?|reviews?|looks? at|describes?|explains?"
    r"|summari[sz]es?|synthesi[sz]es?|walks? you through|outlines?"
    r"|breaks? down|highlights?|takes? a (?:closer )?look at|dives? into|unpacks?)\b"
    # A meta description addresses the reader: "Learn how K2 supports your bones and which foods have it."
    r"|\W*(?:learn|discover|find out|read on to (?:learn|find out|discover|see)|explore|see)\s+"
    r"(?:how|why|what|whether|which|if|about|everything)\b",
    re.I,
)


# What a page explains with a "that" clause it states: "This leaflet explains why it matters that every
# newborn receives vitamin K", "The guide describes that K2 is made by bacteria".
_SAYS_THAT = LazyPattern(
    r"\b(?:explains?|describes?|outlines?|summari[sz]es?|covers?|shows?)\s+(?:(?!that\b)[\w']+\s+){0,4}?"
    r"that\s+(?!is\b|was\b|are\b)",
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
    "This leaflet explains what vitamin K is, why we offer it and what choices you have.",
    "This fact sheet explains how to keep your INR steady while you eat well.",
    "Few lifters know it yet, and in this post we go through why K2 is getting attention in gyms.",
    "Opinions differ; in this guide we look at whether MK-7 does anything for your arteries.",
)
def about_the_page(text: str, lower: str, first: str) -> bool:
    """A sentence about the page itself ("This article examines ...", "Let's look at the evidence for K2
    and bone health"): it says what the page covers or will discuss, and claims nothing about the topics
    it names."""
    # The gated patterns first: most text passes none of them, and many sentences hold " that ".
    return (
        _ABOUT_PAGE_GATE.match(_ABOUT_PAGE, text, lower, first)
        or _ANNOUNCEMENT_GATE.match(_ANNOUNCEMENT, text, lower, first)
        or _HERE_IS_WHAT_GATE.match(_HERE_IS_WHAT, text, lower, first)
        or _ANNOUNCED_LATER_GATE.match(_ANNOUNCED_LATER, text, lower, first)
    ) and not (" that " in lower and _SAYS_THAT.search(text) is not None)


_REGULATORY = LazyPattern(
    r"\W*(?:these statements have not been evaluated|this product is not intended to diagnose"
    r"|(?:this|the) (?:content|information|article|page|post) is (?:for (?:general )?(?:information"
    r"|education)(?:al purposes)?\b|not (?:intended|meant) to|not a substitute|not medical advice)"
    # The label line food supplements carry in Europe.
    r"|(?:food )?supplements should not be used as a substitute for a (?:varied|balanced) diet"
    # A patient leaflet's closing line: "This leaflet is a general guide and does not replace ...".
    r"|(?:this|the|our) (?:content|information|article|page|leaflet|booklet|brochure|handout|fact ?sheet"
    r"|information sheet|guide) (?:is (?:only |just )?an? (?:general |short |brief )?(?:guide|overview"
    r"|introduction|summary)\b|(?:does not|doesn't|cannot|can't|should not|shouldn't|is not meant to"
    r"|is not intended to) (?:replace|take the place of)\b|is (?:not a|no) substitute for\b)"
    # "This column gives general information and is not a substitute for ...", "This post is general
    # education, not personal medical advice", "It is general information and does not replace ...".
    r"|(?:(?:this|the|our) (?:content|information|article|page|post|column|leaflet|booklet|brochure"
    r"|handout|fact ?sheet|guide|blog|newsletter)|it) (?:is|gives|provides|offers) (?:only )?general"
    r" (?:information|education|guidance)\b)",
    re.I,
)


@examples(
    "These statements have not been evaluated by the regulator; no cure for any disease is claimed.",
    "This product is not intended to diagnose, treat, cure, or prevent any disease.",
    "This content is for informational purposes only and does not replace advice from your doctor.",
    "This leaflet is a general guide and does not replace the advice of your anticoagulation team.",
    "This booklet does not replace a talk with your midwife about the vitamin K injection.",
    "This post is for information only and is not medical advice about K2 or warfarin.",
    "*This post is for education only and isn't medical advice about K2 or your medicines.*",
    "Food supplements should not be used as a substitute for a varied diet.",
    "This column gives general information and is not a substitute for advice from your own doctor.",
    "This post is general education, not personal medical advice.",
    "It is general information and does not replace advice from your own GP or anticoagulation clinic.",
)
def disclaimer(text: str, lower: str, first: str) -> bool:
    """The regulatory and medical disclaimers pages carry: they name diseases and claim nothing."""
    return _REGULATORY_GATE.match(_REGULATORY, text, lower, first)


# How a label says to keep and store the product ("Keep out of reach of children", "Store below 25°C",
# "Do not use if the seal is broken"): care of the bottle, whatever section it sits in.
_LABEL_CARE = LazyPattern(
    r"\W*(?:keep (?:this (?:product |bottle |pack )?|all (?:supplements|medicines) |it )?"
    r"out of (?:the )?reach"
    r"|store (?:it |this (?:product |bottle )?|the (?:bottle|pack) )?(?:in a (?:cool|dry)|below|under"
    r" \d|at room|away from|out of)"
    r"|do not use if (?:the )?(?:safety |inner |foil |outer |tamper-evident )?(?:seal|cap|packaging|pack)"
    r"|once opened,? (?:use|consume|keep))",
    re.I,
)
_LABEL_CARE_GATE = _Gate(openings="keep store do once")


@examples(
    "Keep out of reach of children.",
    "Keep this product out of the reach of children.",
    "Store in a cool, dry place away from direct sunlight.",
    "Store below 25°C in a dry place.",
    "Do not use if the seal under the cap is broken or missing.",
)
def label_care(text: str, lower: str, first: str) -> bool:
    """A label's care and storage lines: they sit under a product's warnings and claim nothing."""
    return _LABEL_CARE_GATE.match(_LABEL_CARE, text, lower, first)


def _quoted(text: str) -> bool:
    """Whether the text holds a quotation mark (four ``in`` tests cost less than a set's isdisjoint)."""
    return '"' in text or "“" in text or "‘" in text or "'" in text


_TITLED_QUOTE = LazyPattern(
    r"\W*[\"“‘'][^\"”’]{3,300}[\"”’']\s*[—–-]+\s*(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w.'-]*"
    r"(?:\s+[A-Z][\w.'-]*)*,\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and|the|in|for|to|a|an|on|with))+"
    r"\W*$"
)


@examples(
    '"Calcium is the cargo and K2 the pilot." — Dr. Mira Holt, Bones and Arteries',
    "“Think of K2 as the traffic warden for calcium.” – Sam Reed, The Mineral Map",
)
def titled_quote(text: str, lower: str, first: str) -> bool:
    """An epigraph: a quotation credited to an author and a book or article title. It decorates the page;
    a testimonial credits a person ("— Priya S., verified buyer") and is read as a claim."""
    return _quoted(text) and _TITLED_QUOTE.match(text) is not None


# A reference-list entry: authors as "Surname INITIALS" (Vancouver style) then "et al." or a second author,
# or "Surname, I." (APA style), then a year. Prose that cites a study names no initials ("Geleijnse et al.
# (2004) found ...") and is read as a claim.
_CITATION = LazyPattern(
    r"\W*(?:\d{1,3}[.)]\s*)?(?:[A-Z][\w'’-]+\s+[A-Z]{1,3}(?:\s+et\s+al\b|,\s+[A-Z][\w'’-]+\s+[A-Z]{1,3}\b)"
    r"|[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s?){1,3}[,&(])"
)
_YEAR = LazyPattern(r".*\b(?:19|20)\d\d\b")


@examples(
    "Geleijnse JM et al. Dietary intake of menaquinone is associated with a reduced risk of coronary heart"
    " disease: the Rotterdam Study. J Nutr, 2004.",
    "3. Tan J, Zhu R, Li Y. Vitamin K2 in managing nocturnal leg cramps. JAMA Intern Med. 2024;184:1443-52.",
    "Knapen, M. H., Braam, L. A., & Vermeer, C. (2015). Menaquinone-7 supplementation improves arterial"
    " stiffness in healthy postmenopausal women. Thromb Haemost.",
)
def citation(text: str, lower: str, first: str) -> bool:
    """An entry of a reference list: it names a study's title, and the page cites it, asserts nothing."""
    return (
        ("et al" in lower or "," in text)
        and _CITATION.match(text) is not None
        and _YEAR.match(text) is not None
    )


_NAMING = LazyPattern(
    r"\W*(?:this|that|it)\s+(?:is|was)\s+(?:called|known as|termed|referred to as|named)\b", re.I
)


@examples(
    "This is called vitamin K deficiency bleeding, or VKDB.",
    "It is known as the K2-D3 pairing, and shops sell it everywhere.",
)
def naming(text: str, lower: str, first: str) -> bool:
    """A sentence that gives a name to what the one before described ("This is called ..."): it names."""
    return _NAMING_GATE.match(_NAMING, text, lower, first)


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
def either_or(text: str, lower: str, first: str) -> bool:
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
def hearsay(text: str, lower: str, first: str) -> bool:
    """A sentence that says claims exist about some topics ("you've heard big claims about K2 and your
    bones", "you have probably seen K2 pitched as a muscle builder") without making one: it introduces
    what the page will weigh. A reported claim with "that" ("I heard that K2 builds muscle") is left
    alone: it states the claim; so is one the sentence goes on to judge ("..., but the trials disagree")."""
    # The verb's gate (five words) before the longer list of what is heard about.
    return (
        _HEARSAY_GATE.passes(lower, first)
        and _HEARSAY_WHAT_GATE.passes(lower, first)
        and _HEARSAY.match(text) is not None
        and _TURN.search(text) is None
    )


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
def shared_experience(text: str, lower: str, first: str) -> bool:
    """An opener that appeals to the reader's experience ("If you've ever ..., you'll know how awful it
    is"): it sets the scene and claims nothing."""
    return _EVER_GATE.match(_EVER, text, lower, first)


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
def interest(text: str, lower: str, first: str) -> bool:
    """A sentence that says a topic draws interest or research ("Researchers have long been interested in
    K2 and bone health") and nothing about what was found. A further clause ("Although it gets less
    attention, K2 protects the heart") keeps the sentence a claim."""
    return _INTEREST_GATE.match(_INTEREST, text, lower, first)


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
def call_to_action(text: str, lower: str, first: str) -> bool:
    """A call to subscribe, share or click, or a reader's praise for a post ("Great write-up on K2 and heart
    health!"): it names the page's topics and claims nothing about them."""
    return _CALL_TO_ACTION_GATE.match(_CALL_TO_ACTION, text, lower, first)


TESTS = (
    metadata,
    post_header,
    open_question,
    topic_headline,
    pair_headline,
    verbless_title,
    named_term,
    open_research,
    about_the_page,
    disclaimer,
    label_care,
    titled_quote,
    citation,
    naming,
    either_or,
    hearsay,
    shared_experience,
    interest,
    call_to_action,
)


# The tests that only a text opening with a first word of one of their gates can pass: a text whose first
# word opens none of them skips the test (most prose opens with "The", "A", "Most", ...).
OPENED_BY: dict[Test, tuple[_Gate, ...]] = {
    pair_headline: (_PAIR_GATE,),
    about_the_page: (_ABOUT_PAGE_GATE, _ANNOUNCEMENT_GATE, _HERE_IS_WHAT_GATE, _ANNOUNCED_LATER_GATE),
    disclaimer: (_REGULATORY_GATE,),
    label_care: (_LABEL_CARE_GATE,),
    naming: (_NAMING_GATE,),
    shared_experience: (_EVER_GATE,),
    call_to_action: (_CALL_TO_ACTION_GATE,),
}
# The tests a text with a given first word runs, in order; texts open with few distinct words.
_TESTS_FOR: dict[str, tuple[Test, ...]] = {}
FIRST_WORDS_KEPT = 4096


def tests_for(first: str) -> tuple[Test, ...]:
    """The tests of ``TESTS``, in order, that a text opening with ``first`` (``first_word``) may pass."""
    tests = _TESTS_FOR.get(first)
    if tests is None:
        if len(_TESTS_FOR) >= FIRST_WORDS_KEPT:
            _TESTS_FOR.clear()
        tests = _TESTS_FOR[first] = tuple(
            test
            for test in TESTS
            if test not in OPENED_BY or any(gate.opens(first) for gate in OPENED_BY[test])
        )
    return tests


def asserts_nothing(text: str) -> str | None:
    """The name of the test that finds ``text`` asserts nothing, or None."""
    lower, first = text.lower(), first_word(text)
    for test in tests_for(first):  # a plain loop: every unit of a document comes here
        if test(text, lower, first):
            return test.__name__
    return None


# The separators of a breadcrumb trail, each set between spaces.
_CRUMB_SEPARATORS = (" > ", " › ", " » ", " / ", " | ", " • ")
# ... of which these mark a trail wherever it starts (a ">" or a "/" may compare or list things).
_CHEVRONS = (" › ", " » ")


def breadcrumb(text: str) -> bool:
    """A breadcrumb trail from the home page ("Home > Health Advice > Blood thinners and vitamin K",
    "[Home](/) › [Blog](/blog) › Vitamin K2 and your teeth"): it names what the page is about, which the
    page's later lines may borrow, and claims nothing itself. Not one of the tests of ``asserts_nothing``,
    which make a unit quiet: a breadcrumb's subjects still count as named on the page."""
    start = text.lstrip(" -*#[")[:4]
    if start.lower() != "home":
        # "Forum › Anticoagulation › INR and diet": the chevrons of a trail, whichever page it starts from.
        return any(text.count(separator) >= 2 for separator in _CHEVRONS)
    return any(text.count(separator) >= 2 for separator in _CRUMB_SEPARATORS)
