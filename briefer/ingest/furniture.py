"""Page furniture: the words around an article that are not the article.

Scraped and copied pages carry widget labels ("Comments", "Related Articles", "Share
this story"), headers glued to the first paragraph ("KYODO NEWS - 9 minutes ago - 14:37 |
All, World, Japan") and link lists glued to the last ("Related coverage: ..."). None of it
may reach an engine: it would be summarised, quoted or deduplicated as if it were news.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .timestamps import SEPARATOR, STAMP_PREFIX, TIME_EXPR, stamp_of

_LINE = re.compile(
    r"""
    \#?\s*hashtags?
    | tags?\s*:.*
    | comments?(?:\s*\(\d+\))?
    | no\s+comments?(?:\s+yet)?\W*
    | (?:load|show|view|see|read)\s+(?:more|all)\s+comments?
    | (?:leave|post|add|write)\s+a\s+comment
    | (?:log\s*in|sign\s*in)\s+to\s+comment
    | related(?:\s+(?:articles?|stories|coverage|content|news|posts|reading|topics|links))?\s*:?
    | (?:you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)
       |trending(?:\s+now)?|top\s+stories|editor'?s\s+picks?)\s*:?
    | more\s+(?:from|on|in)\s+.{1,40}
    | read\s+more\W*
    | share(?:\s+this(?:\s+(?:article|story|post|page))?)?\s*:?
    | advertisement | sponsored(?:\s+content)?
    | try\s+our\s+.{1,40}
    | explore\s+what\s+.{1,40}\s+can\s+do\s+for\s+you\s*:?
    | (?:subscribe|sign\s+up)\b.{0,60}
    | follow\s+us\b.{0,40}
    | skip\s+to\s+(?:main\s+)?content
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "KYODO NEWS - 9 minutes ago - 14:37 | All, World, Japan " before the first sentence:
# an outlet, a time stamp, then a clock time and/or a "|" list of sections.
_HEADER = re.compile(
    rf"[A-Z][\w.&' ]{{1,40}}?{SEPARATOR}{STAMP_PREFIX}{TIME_EXPR}"
    rf"(?:(?:{SEPARATOR}\d{{1,2}}:\d{{2}}(?:\s*[ap]\.?m\.?)?)(?:\s*\|\s*(?:[\w&'-]+(?:\s[\w&'-]+)?,\s*)*[\w&'-]+)?"
    rf"|\s*\|\s*(?:[\w&'-]+(?:\s[\w&'-]+)?,\s*)*[\w&'-]+)"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
# "... in place. Related coverage: headline headline headline" to the end of the text.
_TAIL = re.compile(
    r"""(?:(?<=[.!?"”’'])\s+|^)
    (?:related\s+(?:coverage|articles?|stories|content|news|reading|links)|read\s+(?:more|also|next)
       |see\s+also|more\s+on\s+this(?:\s+story)?|also\s+read)\s*:.*\Z""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL | re.MULTILINE,
)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
#: how a sentence may end, in Latin and CJK punctuation
SENTENCE_END = (".", "!", "?", '"', "'", "”", "’", ")", "。", "！", "？", "」", "』")


def word_count(text: str) -> int:
    """Words, with two Chinese/Japanese/Korean characters counted as one (they have no spaces)."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def is_furniture(line: str) -> bool:
    """True for a whole line that is a widget label, not article text."""
    return bool(_LINE.fullmatch(line.strip()))


def is_label(line: str) -> bool:
    """A short line that is not a sentence: at the end of an article, a widget label."""
    stripped = line.strip()
    return word_count(stripped) <= 8 and not stripped.endswith(SENTENCE_END)


def clean_body(lines: Iterable[str]) -> str:
    """Article text from its lines: furniture, time stamps, trailing labels, glued headers/tails removed."""
    kept = [line.strip() for line in lines if line.strip() and not is_furniture(line) and stamp_of(line) is None]
    while kept and is_label(kept[-1]):
        kept.pop()
    text = "\n".join(kept)
    if header := _HEADER.match(text):
        text = text[header.end() :]
    return _TAIL.sub("", text).strip()
