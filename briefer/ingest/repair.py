"""Undo a scraping artefact: curly quote marks and apostrophes that a lost encoding printed as "?".

A page that lost its curly marks lost all of them, so the repair runs only on a text with no
curly mark left, and never inside a link ("page?id=2", "index.php?s="). A "?" that opens a
paragraph or follows a space before a capital letter ("?Lance participating ...") was an
opening mark; one right after a comma, full stop or "!" ('history,?' 'season.?') a closing
mark, since a real question mark never follows those; one between a word and "s", "t", "re",
"ll", "ve", "d" or "m" ("South Australia?s") an apostrophe.
"""

from __future__ import annotations

import re

_CURLY = re.compile("[\u2018\u2019\u201c\u201d]")
_TOKEN = re.compile(r"\S+")
_LINK = re.compile(r"/|=|\.(?:php|html?|aspx?)\b|^www\.", re.IGNORECASE)
_LOST_OPENER = re.compile(r"^\?(?=[A-Z])")
_LOST_CLOSER = re.compile(r"(?<=[,.!])\?(?=[^\w]|$)")
_LOST_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ll|ve|d|m)\b)")


def repair_lost_marks(text: str) -> str:
    """`text` with "?" put back as the curly mark it stood for (unchanged when nothing was lost)."""
    if "?" not in text or _CURLY.search(text):
        return text
    return _TOKEN.sub(lambda token: _repair_token(token.group()), text)


def _repair_token(token: str) -> str:
    if "?" not in token or _LINK.search(token):
        return token
    token = _LOST_OPENER.sub("\u201c", token)
    token = _LOST_CLOSER.sub("\u201d", token)
    return _LOST_APOSTROPHE.sub("\u2019", token)
