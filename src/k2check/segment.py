"""Split a streamed Markdown or plain-text document into sentences with original positions.

Every unit carries the 1-based line and column of its first visible character in the raw
input, so a caller can report ``path:line:col`` although markup before that character has
been stripped.

A paragraph is collected as the content slices of its lines plus a map from offsets in that
joined text to (line, column).  Inline markup is removed from the joined text in one pass,
which yields a second map from cleaned offsets back to joined offsets; sentence starts are
translated through both maps with two binary searches.
"""

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import NamedTuple

__all__ = ["Sentence", "Suppression", "segment"]


class Sentence(NamedTuple):
    """One unit of prose: a ``"sentence"``, a sentence of a list ``"item"``, a ``"heading"`` or a table
    ``"cell"``."""

    text: str
    line: int
    column: int
    kind: str


class Suppression(NamedTuple):
    """A ``k2check: ignore CLAIM-ID reason`` directive found on ``line``."""

    line: int
    claim_id: str
    reason: str


_CAP = 200_000
_KEEP = _CAP // 2
_FRONT_MAX_LINES = 2_000

_NONSPACE = re.compile(r"\S")
_ALNUM = re.compile(r"[^\W_]")
_FENCE_OPEN = re.compile(r"(`{3,}|~{3,})(.*)")
_FENCE_CLOSE = re.compile(r"[ \t]*(`{3,}|~{3,})[ \t]*$")
_ATX = re.compile(r"#{1,6}(?:[ \t]+|$)")
_SETEXT = re.compile(r"(?:=+|-+)[ \t]*$")
# The most words an underlined title has; a longer paragraph over "--" is a post above its signature.
_TITLE_WORDS = 16
_HR = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
# "-", "*", "+" and "1." are Markdown's; "•", "◦", "▪", "‣" and "·" are the bullets of text copied from
# a web page ("  • Supports healthy bone density").
_BULLETS = "•◦▪‣·"
_LIST = re.compile(r"(?:[-*+•◦▪‣·]|(\d{1,9})[.)])(?:[ \t]+|$)(?:\[[ xX]\](?:[ \t]+|$))?")
_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINKDEF = re.compile(r"\[(?!\^)[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$")
_FOOTDEF = re.compile(r"\[\^[^\]]+\]:[ \t]*")
_PIPE = re.compile(r"(?<!\\)\|")
# A table row as a browser's copy or a scraper gives it: cells separated by tabs
# ("Kale, cooked<TAB>½ cup<TAB>530").
_TAB = re.compile(r"\t+")
_TAB_ROW = re.compile(r"[^\t]*?\S\t+\S")
_COMMENT = re.compile(r"<!--.*?-->")
_YAML_START = re.compile(r"[ \t]*(?:#|[\w\"'][\w \"'.-]*:(?:[ \t]|$))")
_TOML_START = re.compile(r"[ \t]*(?:#|\[|[\w\"'][\w \"'.-]*=)")
# A line that ends on one of these words goes on in the next line ("Natto is rich in / K2").
_CONTINUES = frozenset(
    "a an the and or but nor of in on at to for from with by as than that which who is are was were be "
    "your its their our my his her this these those such very more most less many much some any no not "
    "into onto over under about between like".split()
)
_DIRECTIVE = re.compile(r"k2check:[ \t]*ignore\b[ \t]*(?P<id>\w(?:[\w.]|-(?!->))*)?(?P<rest>.*)")
# The look-behind keeps a long run of "." or "!" from being rescanned from each of its characters; it comes
# after the first character so that the search skips ahead to a stop in C (a pattern that opens with a
# look-behind is tried at every position).
_BOUNDARY = re.compile(
    r"[.!?…](?<![.!?…][.!?…])([.!?…]*)(?:[\"'”’)\]]|\[\d[\d,;–\- ]*\])*(\s+)"
    r"(?=[A-Z0-9\"'“‘(\[{¿¡«]|[^\x00-\x7f])"
)
_HANDLE = re.compile(r"@?\w*(?:_|\d)\w*")
# A line of short fields set apart by middle dots ("Joined: Jan 2019 · Posts: 1,403", "Reply · Quote"): a
# forum post's or a page's metadata, a unit of its own.
_FIELDS = re.compile(r"(?:[^·•.!?]|\.(?= [a-z])){1,40}(?:\s[·•]\s(?:[^·•.!?]|\.(?= [a-z])){1,40})+")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

_URL_TAIL = r"[^\s<>]*[^\s<>.,;:!?'\")\]*_]"
# A code span opens with a whole run of at most 16 backticks and closes with a run of the same length.
# Were the opening allowed to start inside a run or to be shortened, a line of backticks would cost cubic
# time (2,500 took 86 s); this way each run is tried once, and only 16 lengths scan to the paragraph's end.
_INLINE = re.compile(
    r"(?<!`)`(?P<ticks>`{0,15})(?!`)(?P<code>(?s:.+?))(?<!`)`(?P=ticks)(?!`)"
    r"|!\[(?:[^\[\]]|\[[^\[\]]*\])*\](?P<img>\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"
    r"|\[\^(?P<fn>[^\[\]\s]+)\]"
    r"|\[(?P<link>(?:[^\[\]]|\[[^\[\]]*\])*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"
    r"|<!--(?P<comment>.*?)-->"
    r"|<(?P<auto>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s@]+)>"
    r"|</?(?P<tag>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>"
    r"|h(?P<url>ttps?://" + _URL_TAIL + r")"
    r"|w(?P<www>ww\." + _URL_TAIL + r")"
    r"|&(?P<ent>#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
    r"|\\(?P<esc>[!-/:-@\[-`{-~])"
    r"|\*(?P<star>\**)"
    r"|_(?P<under>_*)"
    r"|~(?P<tilde>~)"
)

_STARTERS = frozenset("#>-*+_=|:`~[0123456789—–" + _BULLETS)
_CLOSING_PUNCT = frozenset(".,;:!?)")
_OPENERS = frozenset("\"'“‘([{¿¡«")
_TOKEN_STRIP = "([{\"'“‘«"
_FLANKING = frozenset(("star", "under"))
_ABBREV = re.compile(
    r"al|approx|ca|cf|co|corp|dept|dr|e\.?g|esp|etc|figs?|i\.?e|inc|incl|jr|ltd|mrs?|ms|mt|ph\.d|prof"
    r"|resp|sr|st|univ|viz|vs|[µμ]g",
    re.IGNORECASE,
)
_ABBREV_BEFORE_NUMBER = re.compile(
    r"apr|art|aug|ch|chap|dec|eqs?|feb|jan|jul|jun|mar|nos?|nov|nr|oct|pp?|refs?|sect?|sept?|tab|vols?",
    re.IGNORECASE,
)
_ROMAN_ITEM = re.compile(r"[IVX]{2,},")
_LETTER_LABELS = re.compile(
    r"appendix|category|class|factor|figure|grade|groups?|hepatitis|level|model|option|part|phase|plan"
    r"|schedule|section|series|size|stage|step|table|types?|vitamins?",
    re.IGNORECASE,
)
_SPACING_TAGS = re.compile(
    r"article|blockquote|br|d[dlt]|details|div|footer|h[1-6r]|header|li|ol|p|pre|section|summary"
    r"|t(?:able|body|[dhr]|head)|ul",
    re.IGNORECASE,
)


class _Cleaner:
    """Inline-markup removal producing cleaned pieces and where each piece came from."""

    __slots__ = ("coff", "parts", "roff", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.coff: list[int] = []
        self.roff: list[int] = []
        self.size = 0

    def run(self, raw: str, pos: int, end: int) -> None:
        parts = self.parts
        coff = self.coff
        roff = self.roff
        cur = pos
        for m in _INLINE.finditer(raw, pos, end):
            kind = m.lastgroup
            s = m.start()
            if kind in _FLANKING:
                e = m.end()
                before = raw[s - 1] if s > 0 else " "
                after = raw[e] if e < end else " "
                if before.isspace() and after.isspace():
                    continue
                if kind == "under" and before.isalnum() and after.isalnum():
                    continue
            if s > cur:
                parts.append(raw[cur:s])
                coff.append(self.size)
                roff.append(cur)
                self.size += s - cur
            cur = m.end()
            piece = ""
            at = s
            if kind == "code":
                cs, ce = m.span("code")
                if ce - cs > 2 and raw[cs] == " " and raw[ce - 1] == " ":
                    cs += 1
                    ce -= 1
                piece = raw[cs:ce]
                at = cs
            elif kind == "link":
                ls, le = m.span("link")
                self.run(raw, ls, le)
            elif kind == "ent":
                piece = html.unescape(m.group())
            elif kind == "esc":
                piece = m.group("esc")
                at = s + 1
            elif kind == "tag" and _SPACING_TAGS.fullmatch(m.group("tag")):
                piece = " "
            elif kind not in _FLANKING and cur < end and raw[cur] in _CLOSING_PUNCT and parts:
                self._trim_last()
            if piece:
                parts.append(piece)
                coff.append(self.size)
                roff.append(at)
                self.size += len(piece)
        if cur < end:
            parts.append(raw[cur:end])
            coff.append(self.size)
            roff.append(cur)
            self.size += end - cur

    def _trim_last(self) -> None:
        last = self.parts[-1]
        trimmed = last.rstrip()
        self.parts[-1] = trimmed
        self.size -= len(last) - len(trimmed)


# Characters of code that prose about nutrition hardly uses.
_CODE_MARKS = frozenset("{}=<>`\\$#|")


def _prose(text: str) -> bool:
    """Whether an indented line reads as prose (a reply indented under a post, a quoted letter in a page
    copied as text), not as an indented code block: four words or more, mostly letters, none of the
    marks of code.

    >>> _prose("Kale is loaded with K1, not K2. Different molecule, different foods. - tollund")
    True
    >>> _prose("code line."), _prose("x = compute(k2, dose=100)"), _prose("$ pip install k2check")
    (False, False, False)
    """
    if len(text.split()) < 4 or not _CODE_MARKS.isdisjoint(text):
        return False
    letters = sum(c.isalpha() for c in text)
    return letters * 10 >= len(text.replace(" ", "")) * 7


def _plain(raw: str) -> bool:
    """Whether no inline markup can start in ``raw``: most lines of prose, found faster than by _INLINE.
    Every match of _INLINE starts with one of these characters, "http" or "www."; ten ``in`` tests cost a
    third of a set's ``isdisjoint``, which hashes each character of the text."""
    return not (
        "`" in raw
        or "[" in raw
        or "<" in raw
        or "&" in raw
        or "\\" in raw
        or "*" in raw
        or "_" in raw
        or "~" in raw
        or "http" in raw
        or "www." in raw
    )


def _clean(raw: str) -> tuple[str, list[int], list[int]]:
    if raw and _plain(raw):
        return raw, [0], [0]  # one piece, at offset 0 in both texts, as _Cleaner would give
    cleaner = _Cleaner()
    cleaner.run(raw, 0, len(raw))
    return "".join(cleaner.parts), cleaner.coff, cleaner.roff


class _Segmenter:
    __slots__ = (
        "_after_blank",
        "_coff",
        "_col",
        "_colon_list",
        "_comment",
        "_fence",
        "_front",
        "_front_close",
        "_front_size",
        "_icode",
        "_in_para",
        "_kind",
        "_len",
        "_list",
        "_lno",
        "_off",
        "_para_cut",
        "_para_first",
        "_para_item",
        "_para_lines",
        "_para_quoted",
        "_parts",
        "_pending",
        "_prev_blank",
        "_roff",
        "_tab_rows",
        "_table",
        "in_front",
        "out",
    )

    def __init__(self) -> None:
        self.out: list[Sentence | Suppression] = []
        self.in_front = False
        self._pending: list[Suppression] = []
        self._parts: list[str] = []
        self._off: list[int] = []
        self._lno: list[int] = []
        self._col: list[int] = []
        self._len = 0
        self._coff: list[int] = []
        self._roff: list[int] = []
        self._kind = "sentence"
        self._in_para = False
        self._para_quoted = False
        self._para_item = False
        self._para_cut = False
        self._para_lines = 0
        self._para_first: tuple[str, int, int, int] | None = None
        self._fence = ""
        self._icode = False
        self._comment = False
        # Whether the lines since a lead-in that ends in a colon have been its list (``_broken_short``).
        self._colon_list = False
        self._table = False
        # Whether the line before was a row of cells separated by tabs (a copied table goes on).
        self._tab_rows = False
        self._list = False
        self._prev_blank = True
        self._after_blank = True
        self._front: list[str] = []
        self._front_close = ""
        self._front_size = 0

    def first(self, raw: str) -> None:
        marker = raw.rstrip()
        if marker in ("---", "+++"):
            self.in_front = True
            self._front = [raw]
            self._front_close = marker
        else:
            self.line(raw, 1)

    def front(self, raw: str) -> None:
        front = self._front
        front.append(raw)
        self._front_size += len(raw)
        close = self._front_close
        stripped = raw.rstrip()
        if stripped == close or (close == "---" and stripped == "..."):
            self.in_front = False
            self._front = []
        elif (
            len(front) > _FRONT_MAX_LINES
            or self._front_size > _CAP
            or (len(front) == 2 and not (_YAML_START if close == "---" else _TOML_START).match(raw))
        ):
            self._replay_front()

    def finish(self) -> None:
        if self.in_front:
            self._replay_front()
        self._flush()

    def _replay_front(self) -> None:
        front = self._front
        self.in_front = False
        self._front = []
        for lineno, raw in enumerate(front, 1):
            self.line(raw, lineno)

    def line(self, raw: str, lineno: int) -> None:
        if (
            self._in_para
            and not self._comment
            and raw
            and raw[0] not in _STARTERS
            and not raw[0].isspace()
            and "k2check:" not in raw
            and "<!--" not in raw
            and not self._label_before(raw, 0)
            and not (self._para_quoted and raw[0].isupper())
            and "\t" not in raw
            and not self._broken_short(raw, 0, len(raw))
        ):
            self._prev_blank = False
            self._parts.append("\n")
            self._len += 1
            self._para_lines += 1
            self._add(raw, 0, len(raw), lineno)
            return
        if self._fence:
            m = _FENCE_CLOSE.match(raw)
            if m is not None and m.group(1).startswith(self._fence):
                self._fence = ""
            return
        if self._icode:
            if not raw or raw.isspace():
                self._prev_blank = True
                return
            if raw.startswith(("    ", "\t")):
                return
            self._icode = False
        start = 0
        end = len(raw)
        if self._comment:
            j = raw.find("-->")
            if "k2check:" in raw:
                self._directives(raw, 0, end if j < 0 else j, lineno, in_comment=True)
            if j < 0:
                return
            self._comment = False
            start = j + 3
            if start == end or raw[start:].isspace():
                return
        if "k2check:" in raw:
            cut = self._directives(raw, start, end, lineno, in_comment=False)
            if cut >= 0:
                # The directive and a comment marker before it go; the rest of the line is still text.
                end = len(raw[start:cut].rstrip().rstrip("#/;*-").rstrip()) + start
                if end <= start or raw[start:end].isspace():
                    self._flush()
                    return
        opened = False
        if "<!--" in raw:
            k = raw.find("<!--", start)
            while k >= 0:
                c = raw.find("-->", k + 4)
                if c < 0:
                    end = k
                    opened = True
                    break
                k = raw.find("<!--", c + 3)
            if not _COMMENT.sub("", raw[start:end]).strip():
                self._flush()
                self._comment = opened
                return
        self._after_blank = self._prev_blank
        self._prev_blank = False
        self._block(raw, start, end, lineno, False)
        if opened:
            self._comment = True

    def _directives(self, raw: str, start: int, end: int, lineno: int, *, in_comment: bool) -> int:
        """Record the suppressions on the line; return where a plain-text directive starts, or -1."""
        plain = -1
        for m in _DIRECTIVE.finditer(raw, start, end):
            if raw.count("`", start, m.start()) % 2:
                continue
            reason = m.group("rest")
            if in_comment or raw.rfind("<!--", start, m.start()) > raw.rfind("-->", start, m.start()):
                reason = reason.split("-->", 1)[0].strip()
            else:
                plain = m.start() if plain < 0 else plain
                reason = reason.strip()
                for closer in ("-->", "*/"):
                    if reason.endswith(closer):
                        reason = reason[: -len(closer)].rstrip()
            claim = m.group("id")
            if claim is None:
                continue
            suppression = Suppression(lineno, claim, reason)
            if self._in_para or self._len:
                self._pending.append(suppression)
            else:
                self.out.append(suppression)
        return plain

    def _blank(self) -> None:
        self._flush()
        self._colon_list = False
        self._prev_blank = True
        self._table = False
        self._tab_rows = False

    def _block(self, raw: str, pos: int, end: int, lineno: int, quoted: bool) -> None:
        first = self._first(raw, pos, end)
        if first < 0:
            self._blank()
            return
        if not quoted:
            if (
                first > pos
                and not self._in_para
                and not self._list
                and (first - pos >= 4 or "\t" in raw[pos:first])
                # A page copied as text indents replies and quoted letters; prose there is read.
                and not _prose(raw[first:end])
            ):
                self._flush()
                self._icode = True
                return
            if self._table:
                if raw.find("|", first, end) >= 0:
                    self._row(raw, first, end, lineno)
                    return
                self._table = False
            if self._list and self._after_blank and first == pos and not _LIST.match(raw, first, end):
                self._list = False
        elif self._in_para and not self._para_quoted:
            self._flush()
        # Blockquote markers are peeled in a loop, not by recursion: a line of 500 ">" is one more line.
        while raw[first] == ">":
            first = self._first(raw, self._quote(raw, first, end), end)
            if first < 0:
                self._blank()
                return
            if self._in_para and not self._para_quoted:
                self._flush()
            quoted = True
        if raw[first] in _STARTERS and self._structure(raw, first, end, lineno, quoted):
            return
        if raw.find("\t", first, end) >= 0 and self._tab_row(raw, first, end):
            # Cells separated by tabs, each line a row: a table copied from a page.
            self._row(raw, first, end, lineno, _TAB)
            self._tab_rows = True
            return
        self._tab_rows = False
        if self._in_para and (
            self._label_before(raw, first)
            or self._broken_short(raw, first, end)
            or (self._para_quoted and not quoted and raw[first].isupper())
            or _SIGNATURE.match(raw, first, end) is not None
        ):
            # A line outside the quotation that opens a sentence is the reply to it, not the quotation's
            # wrapped rest ("> pill_fan wrote: K2 causes clots" / "Not in healthy people, it doesn't.").
            self._start(raw, first, end, lineno, quoted=quoted, item=self._colon_list)
        elif self._in_para:
            self._parts.append("\n")
            self._len += 1
            self._para_lines += 1
            self._add(raw, first, end, lineno)
        else:
            self._start(raw, first, end, lineno, quoted=quoted, item=False)

    def _tab_row(self, raw: str, first: int, end: int) -> bool:
        """Whether the line is a row of a table copied from a page, its cells separated by tabs: three cells
        or more ("Food<TAB>Portion<TAB>Vitamin K"), or two after such a row. Two cells alone may be a sentence
        with a tab in it ("Word<TAB>Tab. Next one.")."""
        if _TAB_ROW.match(raw, first, end) is None:
            return False
        cells = sum(1 for part in _TAB.split(raw[first:end].strip()) if part.strip())
        return cells >= 3 or (cells == 2 and self._tab_rows)

    @staticmethod
    def _first(raw: str, pos: int, end: int) -> int:
        """The first non-space offset in raw[pos:end], or -1."""
        if pos < end and not raw[pos].isspace():
            return pos
        m = _NONSPACE.search(raw, pos, end)
        return -1 if m is None else m.start()

    @staticmethod
    def _quote(raw: str, first: int, end: int) -> int:
        """Where the text after the blockquote marker at ``first`` starts."""
        inner = first + 1
        return inner + 1 if inner < end and raw[inner] in " \t" else inner

    def _structure(self, raw: str, first: int, end: int, lineno: int, quoted: bool) -> bool:
        ch = raw[first]
        if ch in "`~":
            fm = _FENCE_OPEN.match(raw, first, end)
            if fm is None or (ch == "`" and "`" in fm.group(2)):
                return False
            self._flush()
            self._fence = fm.group(1)
            return True
        if ch == "#":
            return self._heading(raw, first, end, lineno)
        if ch in "=-" and self._in_para and not self._para_item and _SETEXT.match(raw, first, end):
            # An underline makes a heading of a title ("Why K2?" / "---"); under a paragraph or a sentence it
            # is a rule, or a plain-text signature's "--" (a forum post's lines, then "--" and a signature).
            self._flush("heading" if self._titled() else None)
            return True
        if ch in "-*_" and _HR.match(raw, first, end):
            self._flush()
            self._list = False
            return True
        if ch in "|-:" and raw.find("|", first, end) >= 0 and _DELIM.match(raw, first, end):
            header = self._para_first
            if (
                header is not None
                and self._in_para
                and self._para_lines == 1
                and not self._para_cut
                and "|" in header[0][header[1] : header[2]]
            ):
                self._discard()
                self._row(*header)
            else:
                self._flush()
            self._table = True
            return True
        if ch == "|":
            self._row(raw, first, end, lineno)
            return True
        if ch == "[":
            if _LINKDEF.match(raw, first, end):
                return True
            fd = _FOOTDEF.match(raw, first, end)
            if fd is None:
                return False
            self._start(raw, fd.end(), end, lineno, quoted=quoted, item=False)
            return True
        if ch in "-*+" or ch in _BULLETS or ch.isdigit():
            lm = _LIST.match(raw, first, end)
            if lm is None:
                return False
            number = lm.group(1)
            if number is not None and number != "1" and self._in_para and not self._list:
                return False
            self._list = True
            self._start(raw, lm.end(), end, lineno, quoted=quoted, item=True)
            return True
        return False

    def _heading(self, raw: str, first: int, end: int, lineno: int) -> bool:
        hm = _ATX.match(raw, first, end)
        if hm is None:
            return False
        self._flush()
        self._list = False
        start = hm.end()
        stop = start + len(raw[start:end].rstrip())
        closing = stop
        while closing > start and raw[closing - 1] == "#":
            closing -= 1
        if closing < stop and (closing == start or raw[closing - 1] in " \t"):
            stop = closing
        self._unit("heading", raw, start, stop, lineno)
        return True

    def _label_before(self, raw: str, first: int) -> bool:
        """Whether the paragraph's last line was a unit of its own ("**Supports bone health**", "Sources
        of K2", a forum post's line, a flattened table row) rather than the start of a wrapped sentence:
        no closing punctuation, no word that needs the next line ("rich in"), and a next line that
        starts with a capital."""
        if not self._parts:
            return False
        if raw[first] in _STARS:
            return True
        opens = raw[first].isupper() or raw[first] in "*_@" or _quote_start(raw, first)
        if not opens and not self._may_stand_alone():
            return False  # the wrapped lines of a paragraph: most lines of prose, decided without cleaning
        previous = _clean(self._parts[-1])[0].strip() if self._parts[-1].strip() else ""
        if previous[:1] in _STARS:
            # A rating line ("★★★★☆ 4.3 (218 ratings) · Was this article helpful? Yes / No") is a unit of
            # its own, whatever word it ends on.
            return True
        words = previous.split()
        if len(words) <= _ATTRIBUTION_WORDS and _ATTRIBUTION.search(previous) is not None:
            # "> marathon_mike wrote:" over the quoted post: the quotation is a unit of its own.
            return True
        # A line of one handle ("deadlift_dave", a forum post's author) or of metadata fields stands alone
        # whatever follows it.
        one_word = len(words) == 1 and self._para_lines == 1 and _HANDLE.fullmatch(previous) is not None
        handle = one_word or (_has_field_mark(previous) and _FIELDS.fullmatch(previous) is not None)
        if not (opens or handle):
            return False
        return (
            bool(words)
            and previous[-1] not in ".!?:;,-–—("
            and (handle or not previous[0].islower())
            and words[-1].lower() not in _CONTINUES
        )

    def _broken_short(self, raw: str, first: int, end: int) -> bool:
        """Whether the paragraph's last line was broken short on purpose: the next line's first word would
        have fitted on it within the next line's own length, which no wrapping of a paragraph leaves (a
        forum post's lines: "#7 15-Feb-2025, 08:20 AM" / "bulkbro_tyler (Registered User | ...)" / "wait
        so should I stop taking my D3??"). Not where either side needs the other ("rich in" / "natto",
        "K2 is found in natto" / "and in cheese"), nor after a line that ends as a clause does. It also keeps
        ``_colon_list`` (whether the lines since a lead-in ending in a colon are its list): asking it twice
        about one line, as the fast path and ``_block`` may, gives the same answer."""
        previous = self._parts[-1].rstrip()
        line = raw[first:end].rstrip()
        if not previous or not line:
            return False
        if line[-1] in ".!?":
            self._colon_list = False
        elif previous[-1] == ":" or (self._colon_list and previous[-1] not in ".!?"):
            # "Foods that are high in vitamin K include:" / "kale and cavolo nero" / "spinach, raw or cooked":
            # the lines after a lead-in that do not end as sentences are its list, each a unit.
            self._colon_list = True
            return True
        if previous[-1] in ".!?:;,-–—(":
            return False
        head = line.split(None, 1)[0]
        # A capital opens a sentence ("Some cooking oils ..."); a small "some" may go on from the line before.
        last = previous.rsplit(None, 1)[-1].lower()
        if (head.lower() in _CONTINUES and not head[0].isupper()) or last in _CONTINUES:
            return False
        # A first word that ends a sentence ("here." after "Line one starts") finishes the line before, and a
        # bracket left open ("A [link" / "across lines](...)") goes on.
        if head[-1] in ".!?)]" or previous.count("[") > previous.count("]"):
            return False
        return len(previous) + 1 + len(head) <= len(line) and previous.count("(") <= previous.count(")")

    def _may_stand_alone(self) -> bool:
        """Whether the paragraph's last line may be a handle or a line of metadata fields, which stand alone
        whatever follows them (``_label_before``): a handle is a first line, and fields are set apart by
        middle dots or bullets, which cleaning the line's markup brings in only from an entity
        ("&middot;")."""
        last = self._parts[-1]
        return self._para_lines == 1 or "·" in last or "•" in last or "&" in last

    def _start(self, raw: str, first: int, end: int, lineno: int, *, quoted: bool, item: bool) -> None:
        self._flush()
        self._in_para = True
        self._para_quoted = quoted
        self._para_item = item
        self._para_cut = False
        self._para_lines = 1
        self._para_first = (raw, first, end, lineno)
        self._add(raw, first, end, lineno)

    def _row(self, raw: str, first: int, end: int, lineno: int, separator: re.Pattern[str] = _PIPE) -> None:
        self._flush()
        stop = first + len(raw[first:end].rstrip())
        start = first
        if start < stop and raw[start] == "|":
            start += 1
        if stop > start and raw[stop - 1] == "|" and raw[stop - 2] != "\\":
            stop -= 1
        out = self.out
        mark = len(out)
        for pm in separator.finditer(raw, start, stop):
            self._cell(raw, start, pm.start(), lineno)
            start = pm.end()
        self._cell(raw, start, stop, lineno)
        if not any(isinstance(u, Sentence) and any(map(str.isalnum, u.text)) for u in out[mark:]):
            # A row of marks, images or nothing says nothing.
            out[mark:] = [u for u in out[mark:] if not isinstance(u, Sentence)]

    def _cell(self, raw: str, start: int, end: int, lineno: int) -> None:
        """One cell of a table row. A cell of marks or of nothing ("—", "✓", "") is kept as it is: it is the
        value of its column ("| Builds muscle | — | — |"), and it keeps the cells after it under their
        column."""
        out = self.out
        count = len(out)
        text = raw[start:end]
        if _ALNUM.search(raw, start, end) is not None:
            self._unit("cell", raw, start, end, lineno)
            if any(isinstance(u, Sentence) for u in out[count:]):
                return
            text = ""  # markup only, such as an image
        if self._pending:
            self._release(lineno)
        out.append(Sentence(text.strip(), lineno, start + 1 + len(text) - len(text.lstrip()), "cell"))

    def _unit(self, kind: str, raw: str, start: int, end: int, lineno: int) -> None:
        self._kind = kind
        self._add(raw, start, end, lineno)
        self._flush()

    def _add(self, raw: str, start: int, end: int, lineno: int) -> None:
        self._off.append(self._len)
        self._lno.append(lineno)
        self._col.append(start + 1)
        self._parts.append(raw[start:end])
        self._len += end - start
        if self._len > _CAP:
            self._overflow()

    def _reset(self) -> None:
        self._parts.clear()
        self._off.clear()
        self._lno.clear()
        self._col.clear()
        self._len = 0

    def _discard(self) -> None:
        self._reset()
        self._in_para = False
        self._kind = "sentence"

    def _titled(self) -> bool:
        """Whether the paragraph so far is short enough for a title (``_TITLE_WORDS``) and does not end as a
        sentence does, in a full stop or an exclamation mark."""
        words = sum(len(part.split()) for part in self._parts)
        return words <= _TITLE_WORDS and not self._parts[-1].rstrip().endswith((".", "!"))

    def _flush(self, kind: str | None = None) -> None:
        if self._len:
            parts = self._parts
            text, self._coff, self._roff = _clean(parts[0] if len(parts) == 1 else "".join(parts))
            unit_kind = kind or self._kind
            if unit_kind == "sentence":
                self._split(text, True, "item" if self._para_item else "sentence")
            else:
                self._emit(text, 0, len(text), unit_kind)
            self._reset()
        self._in_para = False
        self._kind = "sentence"
        if self._pending:
            self.out.extend(self._pending)
            self._pending.clear()

    def _overflow(self) -> None:
        raw = "".join(self._parts)
        text, self._coff, self._roff = _clean(raw)
        n = len(text)
        cut = self._split(text, False) if self._kind == "sentence" else 0
        while n - cut > _KEEP:
            stop = cut + _KEEP
            space = max(text.rfind(" ", stop - _KEEP // 4, stop), text.rfind("\n", stop - _KEEP // 4, stop))
            if space > cut:
                stop = space
            self._emit(text, cut, stop, self._kind)
            cut = stop
        self._para_cut = True
        rest = self._raw_offset(cut) if cut < n else len(raw)
        if len(raw) - rest > _KEEP:
            self._emit(text, cut, n, self._kind)
            rest = len(raw)
        if rest >= len(raw):
            self._reset()
            return
        i = bisect_right(self._off, rest) - 1
        off = self._off[i:]
        self._col = self._col[i:]
        self._col[0] += rest - off[0]
        self._lno = self._lno[i:]
        self._off = [0, *(o - rest for o in off[1:])]
        self._parts = [raw[rest:]]
        self._len = len(raw) - rest

    def _split(self, text: str, final: bool, kind: str = "sentence") -> int:
        start = 0
        for m in _BOUNDARY.finditer(text):
            if ((text[m.start()] != "." or m.group(1)) and text[m.end()] < "\x80") or _is_break(text, m):
                self._emit(text, start, m.start(2), kind)
                start = m.end()
        if final:
            self._emit(text, start, len(text), kind)
            return len(text)
        return start

    def _raw_offset(self, k: int) -> int:
        coff = self._coff
        i = bisect_right(coff, k) - 1
        return self._roff[i] + k - coff[i] if i >= 0 else 0

    def _emit(self, text: str, start: int, end: int, kind: str) -> None:
        if start < end and not text[start].isspace():
            k = start
        else:
            m = _NONSPACE.search(text, start, end)
            if m is None:
                return
            k = m.start()
        cleaned = " ".join(text[k:end].split())
        if not cleaned[0].isalnum() and _ALNUM.search(cleaned) is None:
            return
        r = self._roff[0] + k if len(self._coff) == 1 else self._raw_offset(k)
        off = self._off
        i = bisect_right(off, r) - 1
        sentence = Sentence(cleaned, self._lno[i], self._col[i] + r - off[i], kind)
        if self._pending:
            self._release(sentence.line)
        self.out.append(sentence)

    def _release(self, line: int) -> None:
        pending = self._pending
        while pending and pending[0].line <= line:
            self.out.append(pending.pop(0))


# A line that opens with a star rating is another customer's review ('★★★★★ "Works for me" — Sam P.'),
# never the rest of the line before.
_STARS = frozenset("★☆✩✪⭐")
# A line that signs or attributes what stands above it ("-- mum of 3, Leeds", "— Dr Jane Doe",
# "~ trust your body ~") is a unit of its own, not the wrapped end of the sentence before it.
_SIGNATURE = re.compile(r"(?:--|[—–~])[ \t]+[^\W\d_]")
# A line that names who wrote what follows ("> Hollis_W wrote:", "Quote from Dr_Kay said:", "> Originally
# posted by DrNope:"), and the most words it has: a forum's quotation opens on it.
_ATTRIBUTION = re.compile(r"\b(?:wrote|writes|said|says|posted|replied)(?: by [^\s:]+)?\s*:$", re.IGNORECASE)
_ATTRIBUTION_WORDS = 8


def _has_field_mark(text: str) -> bool:
    """Whether the text holds a middle dot or bullet, as every line of fields (``_FIELDS``) does."""
    return "·" in text or "•" in text


def _quote_start(raw: str, first: int) -> bool:
    """A line that opens a quotation with a capital ('"My cramps are gone." — Ann, verified buyer'): after
    a line with no closing punctuation, another review or testimonial."""
    return raw[first] in '"“' and raw[first + 1 : first + 2].isupper()


def _is_break(text: str, m: re.Match[str]) -> bool:
    s = m.start()
    nxt = text[m.end()]
    if nxt >= "\x80" and not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if text[s] != "." or m.group(1) or s == 0 or text[s - 1].isspace():
        return True
    words = text[max(0, s - 48) : s].split()
    token = words[-1].lstrip(_TOKEN_STRIP)
    if _ABBREV.fullmatch(token) or (nxt.isdigit() and _ABBREV_BEFORE_NUMBER.fullmatch(token)):
        return False
    if "." in token and _INITIALS.fullmatch(token):
        return False
    if len(token) == 1 and token.isupper():
        if token in "IVX" and any(_ROMAN_ITEM.fullmatch(w) for w in words[-6:-1]):
            # The last of a list of Roman numerals ("clotting factors II, VII, IX, and X."), not an initial.
            return True
        return len(words) > 1 and _LETTER_LABELS.fullmatch(words[-2].lstrip(_TOKEN_STRIP)) is not None
    return True


def segment(lines: Iterable[str]) -> Iterator[Sentence | Suppression]:
    """Yield sentences (and suppression directives) as soon as they are complete. `lines` are decoded
    text lines, possibly with '\\n' or '\\r\\n' endings, the first possibly starting with '\\ufeff'.

    Units are yielded in line order; a suppression comes before any unit starting on its line.
    Memory stays bounded by one paragraph (at most about 200,000 characters) plus one line.
    """
    seg = _Segmenter()
    out = seg.out
    for lineno, line in enumerate(lines, 1):
        raw = line.rstrip("\r\n")
        if lineno == 1:
            seg.first(raw.removeprefix("\ufeff"))
        elif seg.in_front:
            seg.front(raw)
        else:
            seg.line(raw, lineno)
        if out:
            yield from out
            out.clear()
    seg.finish()
    yield from out
    out.clear()
