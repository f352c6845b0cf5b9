"""Time stamps as pages print them ("27 minutes ago", "yesterday", "June 11, 2025").

Aggregator pages and clippings date their articles relative to the moment they were
captured; briefer takes that moment to be the reference date (`--date`). The regular
expressions only recognise the *shape* of a time stamp, so that a headline is never
mistaken for one; dateparser does the arithmetic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

_UNIT = r"(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)"
_RELATIVE = rf"(?:(?:\d+|an?|one)\s*{_UNIT}\s+ago|yesterday|today|just\s+now)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CLOCK = r"(?:\s*(?:,|at|-)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?"
_ABSOLUTE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
    rf"{_CLOCK}"
)
#: a time expression, relative or absolute (no capture groups; embed it freely)
TIME_EXPR = rf"(?:{_RELATIVE}|{_ABSOLUTE})"
#: what separates an outlet from its time stamp: "Metro Daily · 5 hours ago"
SEPARATOR = r"\s+[-–—|·•]\s+"
#: words that may introduce a stand-alone time stamp
STAMP_PREFIX = r"(?:(?:posted|published|updated|last\s+updated)\s*:?\s*)?"

_STAMP_LINE = re.compile(rf"{STAMP_PREFIX}(?P<when>{TIME_EXPR})", re.IGNORECASE)


def stamp_of(line: str) -> str | None:
    """The time expression when `line` is nothing but a time stamp, else None."""
    match = _STAMP_LINE.fullmatch(line.strip())
    return match["when"] if match else None


@functools.lru_cache(maxsize=1024)  # dateparser takes milliseconds; pages repeat their stamps
def resolve(expression: str, reference_date: dt.date) -> dt.date | None:
    """The calendar date of `expression`, read as of the end of `reference_date`.

    The end of the day, because a page captured "today" says "an hour ago" of something
    published today, and "25 hours ago" of something published yesterday.
    """
    import dateparser  # slow to import: only when a page carries a time stamp

    base = dt.datetime.combine(reference_date, dt.time(23, 59, 59))
    parsed = dateparser.parse(
        expression,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None
