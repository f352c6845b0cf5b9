"""Where the quotes are in a text: quote marks, their spans, and sentences with quotes masked.

Quote marks: straight and curly double quotes, guillemets, AP's closing '', and single
quotes where an outlet prints quotes 'like this'. Apostrophes (Japan's, don't, '90s, the
Smiths' house) never open or close a quote; an opening double mark closed by a single one
(a typo some outlets print) is accepted. A quote split around "he said" gives one Quote
per part, and a quote running over paragraphs (the next one re-opening with a mark, or,
in some British outlets, not) one Quote per paragraph piece, all with the same speaker:
joining them would not be verbatim. `text` is always the words exactly as printed between
the marks, with only a trailing comma (the print convention before "he said") removed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .attribution import POST_SPEAKER_FIRST, SAY_VERB
from .names import NameIndex

_DOUBLE = re.compile(r"''|[\"“”«»„]")
_SINGLE = re.compile(r"['‘’]")
_QUOTE_CHARS = "\"“”«»„'‘’"
_OPEN_BEFORE = "([{—–-/\u00a0" + _QUOTE_CHARS
_CLOSE_AFTER = ".,;:!?)]}—–-/…" + _QUOTE_CHARS
_MIXED_CLOSE = re.compile(r"[,.?!;:…]['’](?=\s|$|[)\]—–-])")
_ELISION = re.compile(r"['‘’](?:\d0s|\d\ds|em|til|cause|n|tis|twas|bout|round|cos)\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.?!…]+[\"”’')\]]*(?=\s+(?:[\"“«‘'(\[]|[A-Z0-9]))")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col capt sgt adm prof rev jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig op vol".split()
)
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass
class Span:
    """One quoted piece: marks at `open` and `close` (paragraph end when it runs on)."""

    open: int
    close: int
    para: int
    kind: str = "double"
    runs_on: bool = False
    continues: bool = False
    close_len: int = 1
    speaker: str | None = field(default=None, compare=False)
    whole: bool = field(default=True, compare=False)
    short: bool = field(default=False, compare=False)

    @property
    def after(self) -> int:
        """Offset just past the closing mark."""
        return self.close + self.close_len


@dataclass
class Analysis:
    """One article prepared for rule-based extraction: quote spans, sentences, names.

    `masked` is `text` with every quote's inner words replaced by 'x' (the last
    punctuation kept), so that sentence splitting, verbs and names are looked for in the
    reporter's words only. Offsets are shared by `text` and `masked`.
    """

    text: str
    masked: str
    paragraphs: list[tuple[int, int]]
    spans: list[Span]
    sentences: list[tuple[int, int]]
    names: NameIndex

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated if the text has blank lines, else lines."""
    separator = re.compile(r"\n[ \t\r]*\n\s*" if re.search(r"\n[ \t\r]*\n", text) else r"\n\s*")
    out: list[tuple[int, int]] = []
    start = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        lo, hi = start, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            out.append((lo, hi))
        if match:
            start = match.end()
    return out


def _flanking(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking): whether a mark at `i` looks like an opener, a closer."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    return left, right


_SENTENCE_END_BEFORE = re.compile(r"(?<=\w[.!?])\s+$")
"""Where a sentence ends right before a new opening mark."""
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they)\s+(?:said|says|added|adds|wrote|told\s+[\w\s]{1,30}?)"
    r"\.?\s*$"
)
"""A paragraph whose quote never closes but ends ", Gove said.": the comma closes it."""


def _double_spans(text: str, lo: int, hi: int, carry: bool) -> tuple[list[tuple[int, int]], int | None]:
    """Paired double marks of one paragraph, and an opener left unclosed at its end.

    With `carry`, a quote from the previous paragraph is still open: the paragraph's first
    closing mark ends a piece that starts at the paragraph (reported as opening at lo - 1).
    AP's closing mark '' counts as a double mark.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = lo - 1 if carry else None
    for match in _DOUBLE.finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        if ch == "'":
            if i == lo or text[i - 1].isspace():
                continue
            opener = False
        else:
            left, right = _flanking(text, i, lo, hi)
            if ch in "“„«":
                opener = not (open_at is not None and right and not left)
            elif ch in "”»":
                glued = not left and not right and text[i - 1] in ".!?" and text[i + 1 : i + 2].isupper()
                opener = open_at is None and (left and not right or glued)  # 'stop joking.”I have ...
            elif left != right:
                opener = left
            else:
                opener = open_at is None
        if opener:
            if open_at is not None:
                mixed = _MIXED_CLOSE.search(text, max(open_at + 1, lo), i)
                if mixed:
                    spans.append((open_at, mixed.start() + 1))
                elif open_at >= lo and "\n" not in text[open_at:i] and _SENTENCE_END_BEFORE.search(text, open_at + 1, i):
                    # '"Our aim is a safe environment. "We are in daily dialogue," he said.': the
                    # desk dropped the first closing mark; the first sentence ends before the second
                    spans.append((open_at, _SENTENCE_END_BEFORE.search(text, open_at + 1, i).end()))
            open_at = i
        elif open_at is not None:
            if i - open_at > 1:
                spans.append((open_at, i))
            open_at = None
    return spans, open_at


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos <= b for a, b in spans)


def _single_spans(
    text: str, lo: int, hi: int, doubles: list[tuple[int, int]], carry: bool
) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes printed 'like this', with apostrophes and elisions left alone; and an unclosed opener."""
    openers: list[int] = [lo - 1] if carry else []
    closers: list[tuple[int, bool]] = []
    for match in _SINGLE.finditer(text, lo, hi):
        i = match.start()
        if _inside(i, doubles):
            continue
        ch = text[i]
        left, right = _flanking(text, i, lo, hi)
        if ch in "'‘" and left and not right and text[i + 1].isalnum() and not _ELISION.match(text, i):
            openers.append(i)
        elif ch in "'’" and right and not left:
            after = text[i + 1 : i + 3]
            weak = text[i - 1] in "sS" and after[:1].isspace() and after[1:2].islower()
            closers.append((i, weak))
    spans: list[tuple[int, int]] = []
    last_close = lo - 2
    unclosed: int | None = None
    for n, opener in enumerate(openers):
        if opener < last_close:
            continue
        limit = next((o for o in openers[n + 1 :] if o > opener), hi)
        candidates = [(c, weak) for c, weak in closers if opener < c < limit]
        strong = [c for c, weak in candidates if not weak]
        chosen = strong[0] if strong else None
        if chosen is None and candidates:
            first_weak = candidates[0][0]
            if POST_SPEAKER_FIRST.match(text[first_weak + 1 : first_weak + 60]):
                chosen = first_weak
        if chosen is not None and chosen - opener > 1:
            spans.append((opener, chosen))
            last_close = chosen
        elif chosen is None and limit == hi and not candidates and opener >= lo:
            unclosed = opener
    return spans, unclosed


def _opens_paragraph(text: str, lo: int, hi: int, marks: str) -> bool:
    """Whether the paragraph opens with a quote mark: a double mark there opens, even with a space
    after it ("“ Semi Ajayi is injured"); a single one must touch its word (not "'Tis")."""
    return lo < hi and text[lo] in marks and (_flanking(text, lo, lo, hi)[0] or text[lo] in "“«\"")


def find_spans(text: str, paras: list[tuple[int, int]]) -> list[Span]:
    """Every quoted piece of the text, paragraph by paragraph, multi-paragraph quotes linked.

    A quote left open at a paragraph's end runs on when the next paragraph opens with a
    quote mark (news style) or, without one, when the next paragraph's first mark of that
    kind closes it (some British outlets): one piece per paragraph.
    """
    per_para: list[list[Span]] = []
    carry = {"double": False, "single": False}
    last_quoted: list[Span] = []  # the spans of the paragraph a run-on quote left off in
    for k, (lo, hi) in enumerate(paras):
        starts = {"double": _opens_paragraph(text, lo, hi, "\"“«"), "single": _opens_paragraph(text, lo, hi, "'‘")}
        if _interrupts(text, paras, k, carry):
            per_para.append([])  # a caption or subhead inside a quote that runs on: skip it
            continue
        doubles, open_double = _double_spans(text, lo, hi, carry["double"] and not starts["double"])
        singles, open_single = _single_spans(text, lo, hi, doubles, carry["single"] and not starts["single"])
        pieces: dict[tuple[int, int], str] = {}
        for kind, found, unclosed in (("double", doubles, open_double), ("single", singles, open_single)):
            if carry[kind] and not (starts[kind] or (found and found[0][0] == lo - 1)):
                if kind == "double" and not found and unclosed == lo - 1 and _unmarked_continuation(text, paras, k):
                    pieces[(lo - 1, hi)] = kind  # still open: the next paragraph re-opens it
                    continue
                per_para[-1] = _ended_unmarked(text, paras[k - 1][0], per_para[-1], kind)
            carry[kind] = False
            for piece in found:
                pieces[piece] = kind
            if unclosed is None:
                continue
            if unclosed < lo:
                continue  # carried into a paragraph that neither opens nor closes it: the quote ended unmarked
            mixed = _MIXED_CLOSE.search(text, unclosed + 1, hi) if kind == "double" else None
            next_opens = k + 1 < len(paras) and _opens_paragraph(text, *paras[k + 1], "\"“«" if kind == "double" else "'‘")
            attribution = _ATTRIBUTION_TAIL.search(text, unclosed + 1, hi)
            if mixed and not next_opens:
                pieces[(unclosed, mixed.start() + 1)] = kind
            elif attribution and not next_opens:
                pieces[(unclosed, attribution.start())] = kind  # '"We are having those conversations, Gove said.' 
            elif k + 1 < len(paras):
                pieces[(unclosed, hi)] = kind
                carry[kind] = True
            elif _opened_as_quote(text, lo, unclosed):
                pieces[(unclosed, hi)] = kind  # the text (an excerpt) ends inside a quote: 'X said: "...' 
        singles_found = [p for p, kind in pieces.items() if kind == "single"]
        doubles_found = [p for p, kind in pieces.items() if kind == "double"]
        spans = []
        for (a, b), kind in sorted(pieces.items()):
            if kind == "double" and any(s[0] < a and b < s[1] for s in singles_found):
                continue
            if kind == "single" and any(d[0] < a and b < d[1] for d in doubles_found):
                continue  # a quote within a quote ("... a white paper which claims 'The UK acts ...'")
            span = Span(a, b, k, kind=kind)
            span.runs_on = b == hi and carry[kind]
            span.continues = a < lo or (a == lo and any(s.runs_on and s.kind == kind for s in last_quoted))
            span.close_len = 2 if text[b : b + 2] == "''" else 1
            spans.append(span)
        per_para.append(spans)
        last_quoted = spans
    return [span for spans in per_para for span in spans]


_SAID_COMMA = re.compile(r"(?:" + SAY_VERB.pattern + r"|\bas\s+follows|\breads?),\s*$")


def _opened_as_quote(text: str, lo: int, at: int) -> bool:
    """Whether a mark at `at` left open is surely a quote's opener: it opens its paragraph or
    follows a lead-in ('X said: "...', 'X said, "...', 'its statement is as follows, "...'), so a missing
    closing mark ends it."""
    before = text[lo:at].rstrip()
    return at == lo or before.endswith(":") or bool(_SAID_COMMA.search(before))


def _ended_unmarked(text: str, lo: int, spans: list[Span], kind: str) -> list[Span]:
    """The previous paragraph's spans once its run-on quote was not continued: a quote that surely
    opened there ends at the paragraph's end (its closing mark is missing); a stray mark is dropped."""
    kept = []
    for span in spans:
        if span.runs_on and span.kind == kind:
            if not (span.continues or _opened_as_quote(text, lo, span.open)):
                continue
            span.runs_on = False
        kept.append(span)
    return kept


def _unmarked_continuation(text: str, paras: list[tuple[int, int]], k: int) -> bool:
    """Whether paragraph `k`, with no double quote marks, carries on a double-quoted quote left open
    before it: the next paragraph re-opens the quote, and `k` is no attribution line (a desk dropped
    its mark)."""
    lo, hi = paras[k]
    return (
        k + 1 < len(paras)
        and _opens_paragraph(text, *paras[k + 1], "\"“«")
        and not any(ch in "\"“”«»" for ch in text[lo:hi])
        and not SAY_VERB.search(text, lo, hi)
    )


_PHOTO_CREDIT = re.compile(
    r"(?:\bCredit:\s*[\w/ .-]{1,40}|\((?:Picture|Photo|Image|Photograph)s?:[^()]{1,60}\)|\bPhotograph:[^\n]{1,60})\s*$"
)


def _interrupts(text: str, paras: list[tuple[int, int]], k: int, carry: dict[str, bool]) -> bool:
    """Whether paragraph `k` is a short line without quote marks inside a quote that runs on:
    the paragraph after it opens with the run-on quote's mark (a scraped caption or subhead)."""
    lo, hi = paras[k]
    kinds = [kind for kind, open_ in carry.items() if open_]
    if len(kinds) != 1 or k + 1 >= len(paras) or len(text[lo:hi].split()) > 25:
        return False
    if SAY_VERB.search(text, lo, hi) and not _PHOTO_CREDIT.search(text, lo, hi):
        return False  # an attribution line ("Gordon Lyons MLA said ...") is no caption
    marks, openers = ("\"“”«»", "\"“«") if kinds[0] == "double" else ("‘", "'‘")
    return not any(ch in marks for ch in text[lo:hi]) and _opens_paragraph(text, *paras[k + 1], openers)


def mask(text: str, spans: list[Span]) -> str:
    """`text` with quote interiors blanked to 'x', keeping each quote's final punctuation."""
    out: list[str] = []
    pos = 0
    for span in spans:
        inner_start, inner_end = span.open + 1, span.close
        last = inner_end
        while last > inner_start and text[last - 1].isspace():
            last -= 1
        keep_last = last > inner_start and text[last - 1] in ".?!,;:—–-…"
        out.append(text[pos:inner_start])
        blank_to = last - 1 if keep_last else last
        out.append("x" * (blank_to - inner_start))
        out.append(text[blank_to:inner_end])
        pos = inner_end
    out.append(text[pos:])
    return "".join(out)


def sentences(masked: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split outside quotes and not after abbreviations."""
    out: list[tuple[int, int]] = []
    for lo, hi in paras:
        start = lo
        for match in _BOUNDARY.finditer(masked, lo, hi):
            token_start = masked.rfind(" ", start, match.start()) + 1
            token = masked[max(token_start, start) : match.start()].lstrip(_QUOTE_CHARS + "(")
            if token.lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", token):
                continue
            end = match.end()
            out.append((start, end))
            start = end
            while start < hi and masked[start].isspace():
                start += 1
        if start < hi:
            out.append((start, hi))
    return out


def analyse(text: str) -> Analysis:
    """Prepare one article's text for quote and position extraction."""
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    masked = mask(text, spans)
    return Analysis(text, masked, paras, spans, sentences(masked, paras), NameIndex.build(masked))


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def quote_text(text: str, span: Span) -> tuple[str, int, int]:
    """The quoted words as printed (trailing comma dropped) and their offsets."""
    start, end = span.open + 1, span.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return text[start:end], start, end
