"""Undo a scraping artefact: curly quote marks and apostrophes that a lost encoding printed as "?".

A page that lost its curly marks lost all of them, so the repair runs only on a text with no
curly mark left: a "?" that opens a paragraph or follows a space before a capital letter
("?Lance participating ...") was an opening mark, and one between a word and "s", "t", "re",
"ll", "ve", "d" or "m" ("South Australia?s") an apostrophe. A real question mark is followed
by a space or the end of a line, so it is never touched.
"""

from __future__ import annotations

import re

_CURLY = re.compile("[\u2018\u2019\u201c\u201d]")
_LOST_OPENER = re.compile(r"(?:(?<=^)|(?<=\s))\?(?=[A-Z])", re.MULTILINE)
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")


def repair_lost_marks(text: str) -> str:
    """`text` with "?" put back as the curly mark it stood for (unchanged when nothing was lost)."""
    if "?" not in text or _CURLY.search(text):
        return text
    return _LOST_APOSTROPHE.sub("\u2019", _LOST_OPENER.sub("\u201c", text))
