"""Undo hard line wrapping: wire copy often arrives broken into lines of about 65 characters.

Rules read sentences and paragraphs, and a line break in the middle of a sentence cuts both,
so a hard-wrapped paragraph is joined back into one line. A text is taken as hard-wrapped
only when it separates paragraphs with blank lines and most lines inside its paragraphs are
of wrapping length and stop mid-sentence; one paragraph per line (no blank lines) is left
alone, and so is any paragraph that is a list ("- Route 12", "• Tanghall Lane", "1. ...").
A word broken at a hyphen ("long-\\nterm") is joined without a space.
"""

from __future__ import annotations

import re
import statistics

_BLANK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?:\"”’)]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|\d{1,2}[.)])\s")
_WRAP_WIDTH = (40, 100)
"""Median length of wrapped lines, in characters: wire copy wraps at about 60 to 80."""
_MIN_INNER_LINES = 4


def unwrap(text: str) -> str:
    """`text` with hard-wrapped paragraphs joined into single lines (unchanged otherwise)."""
    text = text.replace("\r\n", "\n")
    blocks = _BLANK.split(text)
    if len(blocks) < 2:
        return text
    inner = [line for block in blocks for line in block.split("\n")[:-1] if line.strip()]
    low, high = _WRAP_WIDTH
    if len(inner) < _MIN_INNER_LINES or not low <= statistics.median(len(line) for line in inner) <= high:
        return text
    open_lines = sum(1 for line in inner if not _SENTENCE_END.search(line))
    if open_lines < 0.6 * len(inner):
        return text
    return "\n\n".join(_join_block(block) for block in blocks)


def _join_block(block: str) -> str:
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if any(_LIST_ITEM.match(line) for line in lines):
        return "\n".join(lines)
    joined = ""
    for line in lines:
        if joined.endswith("-") and joined[-2:-1].isalpha():
            joined += line  # "long-" + "term"
        else:
            joined = f"{joined} {line}" if joined else line
    return joined
