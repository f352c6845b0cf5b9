"""Undo hard line wrapping: wire copy often arrives broken into lines of about 65 characters.

Rules read sentences and paragraphs, and a line break in the middle of a sentence cuts both,
so a hard-wrapped paragraph is joined back into one line. A text is taken as hard-wrapped
only when it separates paragraphs with blank lines and most lines inside its paragraphs are
of wrapping length and stop mid-sentence; one paragraph per line (no blank lines) is left
alone.
"""

from __future__ import annotations

import re
import statistics

_BLANK = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?:\"”’)]\s*$")
_WRAP_WIDTH = (40, 100)
"""Median length of wrapped lines, in characters: wire copy wraps at about 60 to 80."""
_MIN_INNER_LINES = 4


def unwrap(text: str) -> str:
    """`text` with hard-wrapped paragraphs joined into single lines (unchanged otherwise)."""
    if "\n\n" not in text.replace("\r\n", "\n"):
        return text
    blocks = _BLANK.split(text.replace("\r\n", "\n"))
    inner = [line for block in blocks for line in block.split("\n")[:-1] if line.strip()]
    low, high = _WRAP_WIDTH
    if len(inner) < _MIN_INNER_LINES or not low <= statistics.median(len(line) for line in inner) <= high:
        return text
    open_lines = sum(1 for line in inner if not _SENTENCE_END.search(line))
    if open_lines < 0.6 * len(inner):
        return text
    return "\n\n".join(" ".join(part.strip() for part in block.split("\n") if part.strip()) for block in blocks)
