"""Split a streamed Markdown or plain-text document into sentences with original positions.

Every unit carries the 1-based line and column of its first visible character in the raw
input, so a caller can report ``path:line:col`` although markup before that character has
been stripped.  The text is kept as contiguous runs of original characters plus a small
offset map, which makes the position of any character of the cleaned paragraph cheap to find.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["Sentence", "Suppression", "segment"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of prose: a sentence, a heading or a table cell."""

    text: str
    line: int
    column: int
    kind: str


@dataclass(frozen=True, slots=True)
class Suppression:
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
_HR = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_LIST = re.compile(r"(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)(?:\[[ xX]\](?:[ \t]+|$))?")
_DELIM = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_LINKDEF = re.compile(r"\[(?!\^)[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?[ \t]*$")
_FOOTDEF = re.compile(r"\[\^[^\]]+\]:[ \t]*")
_PIPE = re.compile(r"(?<!\\)\|")
_COMMENT = re.compile(r"<!--.*?-->")
_YAML_START = re.compile(r"[ \t]*(?:#|[\w\"'][^:]*:(?:[ \t]|$))")
_TOML_START = re.compile(r"[ \t]*(?:#|\[|[\w\"'][^=]*=)")
_DIRECTIVE = re.compile(r"k2check:[ \t]*ignore\b[ \t]*(?P<id>\w(?:[\w.]|-(?!->))*)?(?P<rest>.*)")
_BOUNDARY = re.compile(r"[.!?…]([.!?…]*)[\"'”’)\]]*(\s+)(?=[A-Z0-9\"'“‘(\[{¿¡«]|[^\x00-\x7f])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

_URL_TAIL = r"[^\s<>]*[^\s<>.,;:!?'\")\]*_]"
_INLINE = re.compile(
    r"`(?P<ticks>`*)(?P<code>.+?)(?<!`)`(?P=ticks)(?!`)"
    r"|!\[(?:[^\[\]]|\[[^\[\]]*\])*\](?P<img>\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"
    r"|\[\^(?P<fn>[^\]\s]+)\]"
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

_STARTERS = frozenset("#>-*+_=|:`~[0123456789")
_OPENERS = frozenset("\"'“‘([{¿¡«")
_TOKEN_STRIP = "([{\"'“‘«"
_ABBREV = frozenset(
    {
        "al", "approx", "ca", "cf", "co", "corp", "dept", "dr", "e.g", "eg", "esp", "etc", "fig",
        "figs", "i.e", "ie", "inc", "incl", "jr", "ltd", "mr", "mrs", "ms", "mt", "ph.d", "prof",
        "resp", "sr", "st", "univ", "viz", "vs", "µg", "μg",
    }
)
_ABBREV_BEFORE_NUMBER = frozenset(
    {
        "apr", "art", "aug", "ch", "chap", "dec", "eq", "eqs", "feb", "jan", "jul", "jun", "mar",
        "no", "nos", "nov", "nr", "oct", "p", "pp", "ref", "refs", "sec", "sect", "sep", "sept",
        "tab", "vol", "vols",
    }
)
_LETTER_LABELS = frozenset(
    {
        "appendix", "category", "class", "factor", "figure", "grade", "group", "groups", "hepatitis",
        "level", "model", "option", "part", "phase", "plan", "schedule", "section", "series", "size",
        "stage", "step", "table", "type", "types", "vitamin", "vitamins",
    }
)
_SPACING_TAGS = frozenset(
    {
        "article", "blockquote", "br", "dd", "details", "div", "dl", "dt", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "th", "thead", "tr", "ul",
    }
)


class _Segmenter:
    __slots__ = (
        "_after_blank",
        "_col",
        "_comment",
        "_fence",
        "_front",
        "_front_close",
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
        "_table",
        "out",
    )

    def __init__(self) -> None:
        self.out: list[Sentence | Suppression] = []
        self._pending: list[Suppression] = []
        self._parts: list[str] = []
        self._off: list[int] = []
        self._lno: list[int] = []
        self._col: list[int] = []
        self._len = 0
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
        self._table = False
        self._list = False
        self._prev_blank = True
        self._after_blank = True
        self._front: list[str] | None = None
        self._front_close = ""

    def feed(self, raw: str, lineno: int) -> None:
        if self._front is not None:
            self._front_line(raw)
        elif lineno == 1 and raw.rstrip() in ("---", "+++"):
            self._front = [raw]
            self._front_close = raw.rstrip()
        else:
            self.line(raw, lineno)

    @property
    def in_front(self) -> bool:
        return self._front is not None

    def finish(self) -> None:
        if self._front is not None:
            self._replay_front()
        self._flush()
        self.out.extend(self._pending)
        self._pending.clear()

    def _front_line(self, raw: str) -> None:
        front = self._front
        assert front is not None
        front.append(raw)
        close = self._front_close
        stripped = raw.rstrip()
        if stripped == close or (close == "---" and stripped == "..."):
            self._front = None
        elif len(front) == 2 and not (_YAML_START if close == "---" else _TOML_START).match(raw):
            self._replay_front()
        elif len(front) > _FRONT_MAX_LINES:
            self._replay_front()

    def _replay_front(self) -> None:
        front = self._front
        assert front is not None
        self._front = None
        for lineno, raw in enumerate(front, 1):
            self.line(raw, lineno)

    def line(self, raw: str, lineno: int) -> None:
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
                self._directives(raw, 0, end if j < 0 else j, lineno, True)
            if j < 0:
                return
            self._comment = False
            start = j + 3
            if start == end or raw[start:].isspace():
                return
        if "k2check:" in raw and self._directives(raw, start, end, lineno, False):
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

    def _directives(self, raw: str, start: int, end: int, lineno: int, in_comment: bool) -> bool:
        plain = False
        for m in _DIRECTIVE.finditer(raw, start, end):
            claim = m.group("id")
            reason = m.group("rest")
            if in_comment or raw.rfind("<!--", start, m.start()) > raw.rfind("-->", start, m.start()):
                reason = reason.split("-->", 1)[0].strip()
            else:
                plain = True
                reason = reason.strip()
                for closer in ("-->", "*/"):
                    if reason.endswith(closer):
                        reason = reason[: -len(closer)].rstrip()
            if claim is None:
                continue
            sup = Suppression(lineno, claim, reason)
            if self._in_para or self._len:
                self._pending.append(sup)
            else:
                self.out.append(sup)
        return plain

    def _blank(self) -> None:
        self._flush()
        self._prev_blank = True
        self._table = False

    def _block(self, raw: str, pos: int, end: int, lineno: int, quoted: bool) -> None:
        if pos < end and not raw[pos].isspace():
            first = pos
        else:
            m = _NONSPACE.search(raw, pos, end)
            if m is None:
                self._blank()
                return
            first = m.start()
        if not quoted:
            if (
                first > pos
                and not self._in_para
                and not self._list
                and (first - pos >= 4 or "\t" in raw[pos:first])
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
        ch = raw[first]
        if ch in _STARTERS and self._structure(raw, first, end, lineno, quoted, ch):
            return
        if self._in_para:
            self._parts.append("\n")
            self._len += 1
            self._para_lines += 1
            self._inline(raw, first, end, lineno)
        else:
            self._text(raw, first, end, lineno, quoted, False, False)

    def _structure(self, raw: str, first: int, end: int, lineno: int, quoted: bool, ch: str) -> bool:
        if ch in "`~":
            fm = _FENCE_OPEN.match(raw, first, end)
            if fm is not None and not (ch == "`" and "`" in fm.group(2)):
                self._flush()
                self._fence = fm.group(1)
                return True
            return False
        if ch == ">":
            nxt = first + 1
            if nxt < end and raw[nxt] in " \t":
                nxt += 1
            self._block(raw, nxt, end, lineno, True)
            return True
        if ch == "#":
            hm = _ATX.match(raw, first, end)
            if hm is None:
                return False
            self._flush()
            self._list = False
            cs = hm.end()
            ce = end
            while ce > cs and raw[ce - 1] in " \t":
                ce -= 1
            j = ce
            while j > cs and raw[j - 1] == "#":
                j -= 1
            if j < ce and (j == cs or raw[j - 1] in " \t"):
                ce = j
            self._unit("heading", raw, cs, ce, lineno)
            return True
        if ch in "=-" and self._in_para and not self._para_item and _SETEXT.match(raw, first, end):
            self._flush("heading")
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
            self._text(raw, fd.end(), end, lineno, quoted, True, False)
            return True
        if ch in "-*+" or ch.isdigit():
            lm = _LIST.match(raw, first, end)
            if lm is None:
                return False
            number = lm.group(1)
            if number is not None and number != "1" and self._in_para and not self._list:
                return False
            self._list = True
            self._text(raw, lm.end(), end, lineno, quoted, True, True)
            return True
        return False

    def _text(self, raw: str, first: int, end: int, lineno: int, quoted: bool, new: bool, item: bool) -> None:
        if new or not self._in_para:
            self._flush()
            self._in_para = True
            self._para_quoted = quoted
            self._para_item = item
            self._para_cut = False
            self._para_lines = 1
            self._para_first = (raw, first, end, lineno)
        else:
            self._parts.append("\n")
            self._len += 1
            self._para_lines += 1
        self._inline(raw, first, end, lineno)

    def _row(self, raw: str, first: int, end: int, lineno: int) -> None:
        self._flush()
        e = first + len(raw[first:end].rstrip())
        a = first
        if a < e and raw[a] == "|":
            a += 1
        if e > a and raw[e - 1] == "|" and raw[e - 2] != "\\":
            e -= 1
        for pm in _PIPE.finditer(raw, a, e):
            self._unit("cell", raw, a, pm.start(), lineno)
            a = pm.end()
        self._unit("cell", raw, a, e, lineno)

    def _unit(self, kind: str, raw: str, start: int, end: int, lineno: int) -> None:
        self._kind = kind
        self._inline(raw, start, end, lineno)
        self._flush()

    def _inline(self, raw: str, pos: int, end: int, lineno: int) -> None:
        cur = pos
        for m in _INLINE.finditer(raw, pos, end):
            kind = m.lastgroup
            s = m.start()
            if kind == "star" or kind == "under":
                e = m.end()
                before = raw[s - 1] if s > pos else " "
                after = raw[e] if e < end else " "
                if before.isspace() and after.isspace():
                    continue
                if kind == "under" and before.isalnum() and after.isalnum():
                    continue
            if s > cur:
                self._add(raw[cur:s], lineno, cur)
            cur = m.end()
            if kind == "code":
                cs, ce = m.span("code")
                if ce - cs > 2 and raw[cs] == " " and raw[ce - 1] == " ":
                    cs += 1
                    ce -= 1
                self._add(raw[cs:ce], lineno, cs)
            elif kind == "link":
                ls, le = m.span("link")
                self._inline(raw, ls, le, lineno)
            elif kind == "ent":
                self._add(html.unescape(m.group()), lineno, s)
            elif kind == "esc":
                self._add(m.group("esc"), lineno, s + 1)
            elif kind == "tag" and m.group("tag").lower() in _SPACING_TAGS:
                self._add(" ", lineno, s)
        if cur < end:
            self._add(raw[cur:end], lineno, cur)

    def _add(self, text: str, lineno: int, index: int) -> None:
        self._off.append(self._len)
        self._lno.append(lineno)
        self._col.append(index + 1)
        self._parts.append(text)
        self._len += len(text)
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

    def _flush(self, kind: str | None = None) -> None:
        if self._len:
            buf = "".join(self._parts)
            unit_kind = kind or self._kind
            if unit_kind == "sentence":
                self._split(buf, True)
            else:
                self._emit(buf, 0, len(buf), unit_kind)
            self._reset()
        self._in_para = False
        self._kind = "sentence"
        if self._pending:
            self.out.extend(self._pending)
            self._pending.clear()

    def _overflow(self) -> None:
        buf = "".join(self._parts)
        n = len(buf)
        cut = self._split(buf, False) if self._kind == "sentence" else 0
        while n - cut > _KEEP:
            stop = cut + _KEEP
            space = max(buf.rfind(" ", stop - _KEEP // 4, stop), buf.rfind("\n", stop - _KEEP // 4, stop))
            if space > cut:
                stop = space
            self._emit(buf, cut, stop, self._kind)
            cut = stop
        self._para_cut = True
        if cut >= n:
            self._reset()
            return
        i = bisect_right(self._off, cut) - 1
        off = self._off[i:]
        self._col = self._col[i:]
        self._col[0] += cut - off[0]
        self._lno = self._lno[i:]
        self._off = [0, *(o - cut for o in off[1:])]
        self._parts = [buf[cut:]]
        self._len = n - cut

    def _split(self, buf: str, final: bool) -> int:
        n = len(buf)
        start = 0
        for m in _BOUNDARY.finditer(buf):
            if self._is_break(buf, m):
                self._emit(buf, start, m.start(2), "sentence")
                start = m.end()
        if final:
            self._emit(buf, start, n, "sentence")
            return n
        return start

    @staticmethod
    def _is_break(buf: str, m: re.Match[str]) -> bool:
        s = m.start()
        nxt = buf[m.end()]
        if nxt >= "\x80" and not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            return False
        if buf[s] != "." or m.group(1) or s == 0 or buf[s - 1].isspace():
            return True
        words = buf[max(0, s - 48) : s].split()
        token = words[-1].lstrip(_TOKEN_STRIP)
        low = token.lower()
        if low in _ABBREV or (low in _ABBREV_BEFORE_NUMBER and nxt.isdigit()):
            return False
        if "." in token and _INITIALS.fullmatch(token):
            return False
        if len(token) == 1 and token.isupper():
            prev = words[-2].lower().lstrip(_TOKEN_STRIP) if len(words) > 1 else ""
            return prev in _LETTER_LABELS
        return True

    def _emit(self, buf: str, start: int, end: int, kind: str) -> None:
        if start < end and not buf[start].isspace():
            k = start
        else:
            m = _NONSPACE.search(buf, start, end)
            if m is None:
                return
            k = m.start()
        text = " ".join(buf[k:end].split())
        if not text[0].isalnum() and _ALNUM.search(text) is None:
            return
        off = self._off
        i = bisect_right(off, k) - 1
        sentence = Sentence(text, self._lno[i], self._col[i] + k - off[i], kind)
        pending = self._pending
        while pending and pending[0].line <= sentence.line:
            self.out.append(pending.pop(0))
        self.out.append(sentence)


def segment(lines: Iterable[str]) -> Iterator[Sentence | Suppression]:
    """Yield sentences (and suppression directives) as soon as they are complete. `lines` are decoded
    text lines, possibly with '\\n' or '\\r\\n' endings, the first possibly starting with '\\ufeff'."""
    seg = _Segmenter()
    out = seg.out
    lineno = 0
    for line in lines:
        lineno += 1
        raw = line.rstrip("\r\n")
        if lineno == 1 or seg.in_front:
            if lineno == 1 and raw.startswith("\ufeff"):
                raw = raw[1:]
            seg.feed(raw, lineno)
        else:
            seg.line(raw, lineno)
        if out:
            yield from out
            out.clear()
    seg.finish()
    yield from out
    out.clear()
