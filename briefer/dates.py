"""Time phrases resolved to the dates they name, as of a source's publication date.

`resolve("later next week", date(2025, 6, 12))` gives `(2025-06-18, 2025-06-22)`. The
extractive engine finds phrases with `briefer.deadlines`; the verify stage calls
`supports()` to drop deadlines a model invented. Every caller shares these conventions:

- A single day has start == end; a vague period is a range. Weeks run Monday..Sunday.
- Parts of a month: early 1-10, mid 11-20, late 21-last day, the first/second half 1-15 /
  16-last, "the end of" the last day. Of a week: early Mon-Wed, mid Tue-Thu, late (and
  "later next week") Wed-Sun, the end of the week Fri-Sun, the weekend Sat-Sun. Of a year:
  early Jan-Apr, mid May-Aug, late Sep-Dec, the end of the year Dec 31. Seasons are
  meteorological (spring Mar-May ... winter Dec-Feb, "winter 2026" = Dec 2025-Feb 2026).
- "later this week/month/year" and "later today" run from the day after publication (or
  the day itself for "today") to the end of that period.
- "June 7 and end on July 2" (as in "begin on June 7 and end on July 2") is one range, as
  "from June 7 to July 2", "between June 7 and July 2" and "Aug. 5 and extends through Aug.
  26" are; two days in a row joined by "and" ("closed Thursday and Friday") are one range, and
  so is "From July 1, the rate will fall to 5%, until September 30".
- "by X", "until X", "before X", "no later than X" name X itself: a deadline by the end of
  the month is a deadline on its last day.
- A bare weekday is the next such day on or after publication (the same weekday is the
  publication day itself, as wire copy writes "Thursday" for today); "next Friday" is the
  Friday of next week; "this Friday" the coming one.
- "in two weeks" is publication + 14 days; a hedged "in about two weeks" widens that by
  about 15 % either side (12..16 days); "in a week and a half to two weeks" is the range
  +10..+14 (half units round down); "within two weeks", "in the next two weeks" and
  "over the coming weeks" run from the day after publication: +1..+14; the coming days are
  +1..+7, the coming weeks +1..+28, the coming months +1 day..+3 months. Hours count as the
  days they reach into: "within 48 hours" is +1..+2, "in 36 hours" +2.
- "the week after next" is Monday to Sunday two weeks on; "the weekend after next" its
  Saturday and Sunday.
- A date or period written without a year is the occurrence that ended at most two months
  before publication, or else the next one: "early January" in a December article is next
  January, "May 20" in a June article is the May just gone (so the caller can see it is past).
- A named holiday is its next occurrence on or after publication ("by Easter", "on Christmas
  Day", "Thanksgiving weekend" Thursday-Sunday); with a year, that year's; "last Christmas" the
  one before. US dates where countries differ (Thanksgiving, Labor Day, Mother's Day).
- "late Friday" and "early on Friday" are that Friday; "last night" is the day before.
- dateparser handles only what the grammar here does not (numeric dates such as "7/4/2025").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections.abc import Callable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import MO, SU, TH, relativedelta, weekday

Span = tuple[dt.date, dt.date]

GRACE = dt.timedelta(days=61)
"""How far back a year-less date may lie and still be read in the current year."""

_DAY = dt.timedelta(days=1)

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
}  # fmt: skip
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
_NUM = "(" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + r"|\d+)"
_YEAR = r"((?:19|20)\d\d)"
_TOD = r"(?: (?:morning|afternoon|evening|night|midday|noon|lunchtime))?"
# Canonical part names: the phrasing on the left, the key the span tables below use.
_PARTS = {
    "early": "early", "earlier": "earlier", "the early part of": "early", "early in": "early",
    "the beginning of": "early", "beginning of": "early", "the start of": "early", "start of": "early",
    "mid": "mid", "middle": "mid", "the middle of": "mid", "middle of": "mid", "mid in": "mid",
    "late": "late", "late in": "late", "the latter part of": "late", "the late part of": "late",
    "later": "later", "later in": "later",
    "the end of": "end", "end of": "end",
    "the first half of": "first half", "first half of": "first half",
    "the second half of": "second half", "second half of": "second half",
    "the rest of": "rest", "rest of": "rest", "the remainder of": "rest", "remainder of": "rest",
}  # fmt: skip
_PART = "(" + "|".join(sorted(map(re.escape, _PARTS), key=len, reverse=True)) + ")"
_THIRD = "(early|mid|late)"

_PREFIX = re.compile(
    r"^(?:on|in|at|from|by|until|till|til|through|thru|before|over|during|effective|for|ahead of|prior to|"
    r"starting(?: on| from| in)?|beginning(?! of)(?: on| from| in)?|as of|as early as|as soon as|"
    r"no later than|not later than|(?:sometime|some time)(?: in| on| during)?|around|about|"
    r"approximately|roughly|circa|due|bank holiday)\s+"
)
_QUOTES = re.compile("[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033`\u00b4\u00ab\u00bb]")
_DASHES = re.compile("[\u2010-\u2015\u2212]")
_SPACE = re.compile(r"\s+")
_NORMALIZE = [
    (re.compile(r"\b(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?\s?m|p\.?\s?m)\b\.?|\b(?:at\s+)?(?:noon|midnight)\b"), " "),
    (re.compile(r"(?<=[a-z])\.|[,()]"), " "),  # "Aug. 1, 2025" -> "aug 1 2025"
    (re.compile(r"(\d)(?:st|nd|rd|th)\b"), r"\1"),
    (re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)([a-z]*) the (?=\d)"), r"\1\2 "),  # "april the 20th"
    (re.compile(r"(?<=[a-z])\s*-\s*(?=[a-z\d])"), " "),  # "mid-June", "mid-2026"
    (re.compile(r"(?<![\d-])(\d{1,2})\s*-\s*(\d{1,2})(?![\d-])"), r"\1 to \2"),  # "June 3-5"
]


def normalize(phrase: str) -> str:
    """Lower case, no quotes, periods, commas, ordinals or clock times: the grammar's input."""
    text = _DASHES.sub("-", _QUOTES.sub(" ", phrase.casefold()))
    for pattern, replacement in _NORMALIZE:
        text = pattern.sub(replacement, text)
    return _SPACE.sub(" ", text).strip(" .;:!?")


def match_key(text: str) -> str:
    """Text folded for 'does this phrase occur in that source': case, quotes, dashes, spaces."""
    return " ".join(_DASHES.sub("-", _QUOTES.sub(" ", text.casefold())).split())


def resolve(phrase: str, published: dt.date) -> Span | None:
    """The (start, end) `phrase` names as of `published`; None when it names no date."""
    readings = _readings(phrase, published)
    return readings[0] if readings else None


def supports(phrase: str, start: dt.date, end: dt.date, source_text: str, published: dt.date) -> bool:
    """True when `phrase` occurs in `source_text` and yields `start`..`end` (or a range inside it).

    A bare weekday or "next Friday" also accepts its other common reading, so a model that
    read "next Friday" as the coming Friday is not called a liar; a bare weekday also falls in
    the week after when its sentence names an earlier weekday first ("Meetings will take place
    Monday afternoon, Tuesday and Wednesday" said on a Tuesday); a date without a year that
    reads as the recent past also accepts the next year's ("results will be published on
    August 24" in an October story).
    """
    key = match_key(phrase)
    if not key or key not in _source_key(source_text):
        return False
    readings = _readings(phrase, published)
    if not _HAS_YEAR.search(phrase):
        readings += tuple((add_months(low, 12), add_months(high, 12)) for low, high in readings if high < published)
    if any(low <= start <= end <= high for low, high in readings):
        return True
    if not (_LONE_WEEKDAY.fullmatch(normalize(phrase)) and _weekday_named_before(phrase, source_text)):
        return False  # the sentence scan below runs only for a bare weekday the usual readings miss
    return any(low + _WEEK <= start <= end <= high + _WEEK for low, high in readings)


_WEEK = dt.timedelta(days=7)
_LONE_WEEKDAY = re.compile(rf"(?:(?:on|by|until|till|through|from) )?{_WEEKDAY}{_TOD}")
_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _weekday_named_before(phrase: str, source_text: str) -> bool:
    """Whether a sentence holding `phrase` names another weekday before it."""
    for sentence in re.split(r"(?<=[.!?])\s+", source_text):
        at = sentence.find(phrase)
        if at > 0 and _WEEKDAY_WORD.search(sentence, 0, at):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _source_key(text: str) -> str:
    """match_key of a whole source, cached: verify checks every deadline against its source."""
    return match_key(text)


@functools.lru_cache(maxsize=4096)
def _readings(phrase: str, pub: dt.date) -> tuple[Span, ...]:
    """Every plausible reading of `phrase`, the preferred one first (empty: not a date).

    Cached: a day's articles share one publication date and repeat "on Friday" often."""
    return tuple(_parse(phrase, pub))


def _parse(phrase: str, pub: dt.date) -> list[Span]:
    text = normalize(phrase)
    if not text:
        return []
    found = _duration(text, pub)
    if found:
        return [found]
    listed = _DAY_LIST.fullmatch(_strip_prefixes(text))
    if listed:  # "june 3 4 and 6", "3 4 and 6 june", "february 4 to 6 2020": the first to the last day
        return _day_list(listed, pub)
    split = _SPLIT_RANGE.fullmatch(" ".join(phrase.split()))
    if split:  # "from july 1, the nil rate band will reduce to £250,000, until september 30"
        first, last = _parse(split.group(1), pub), _parse(split.group(2), pub)
        return [(first[0][0], last[0][1])] if first and last and first[0][0] <= last[0][1] else []
    ranged = _range(text, pub)
    if ranged:
        return [ranged]
    lasting = _LASTING.fullmatch(text)
    if lasting:  # "june 19 for two days": that day and the next
        first = _parse(lasting.group(1), pub)
        if not first or first[0][0] != first[0][1]:
            return []
        count = NUMBER_WORDS.get(lasting.group(2)) or int(lasting.group(2))
        unit = lasting.group(3).rstrip("s")
        days = math.ceil(count / 24) if unit == "hour" else count * (7 if unit == "week" else 1)
        return [(first[0][0], first[0][0] + dt.timedelta(days=max(days, 1) - 1))]
    body = _strip_prefixes(text)
    return _single(body, pub) or _fallback(body, pub)


_LASTING = re.compile(rf"(.+?) for (?:the next )?{_NUM} (days?|nights?|weeks?|hours?)")
"""A single day and how long from it: "June 19 for two days", "on Thursday, for 48 hours"."""


def _strip_prefixes(text: str) -> str:
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            return text
        text = stripped


# --- calendar arithmetic ---------------------------------------------------------------


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _upcoming(make: Callable[[int], Span | None], pub: dt.date) -> Span | None:
    """The occurrence of a year-less period that ended at most GRACE before `pub`, else the next."""
    for year in (pub.year - 1, pub.year, pub.year + 1):
        span = make(year)
        if span is not None and span[1] >= pub - GRACE:
            return span
    return None


def _clip_after(span: Span, first: dt.date) -> Span:
    """A span that starts no earlier than `first` (used for 'later this ...')."""
    start = max(span[0], first)
    return (start, span[1]) if start <= span[1] else (span[1], span[1])


# --- durations: "in two weeks", "within 30 days", "in the coming days" ------------------

_DUR = (
    rf"(?:{_NUM} and a half (hour|day|week|month|year)s?|{_NUM} (hour|day|week|fortnight|month|year)s?(?: and a half)?"
    r"|half an? (day|week|month|year))"
)
_HEDGE = (
    r"(?:(about|around|roughly|approximately|some|nearly|almost|an estimated|just over|just under|more than"
    r"|less than|up to|at least|at most|another) )?"
)
_DURATION = re.compile(
    rf"(?:(in|within|in the next|within the next|over the next|during the next|for the next|the next|"
    rf"in the coming|over the coming|the coming|in coming|over coming|in the following) )?"
    rf"{_HEDGE}(?P<first>{_DUR})(?: (?:to|or) {_HEDGE}(?P<second>{_DUR}))?(?P<now> from (?:now|today))?"
)
_ONE_DURATION = re.compile(_DUR)
_COMING = re.compile(
    r"(?:in|over|during|within)? ?(?:the )?(?:coming|next few|next several|few|upcoming) (days|weeks|months)"
    r"|(?:in|over) the (days|weeks|months) ahead"
)
_NEXT_UNIT = re.compile(r"((?:in|within|over|during|for) the (?:next|coming)) (day|week|fortnight|month|year)")
_DURATION_PREFIX = re.compile(
    r"(?:in|within|over|during|for)(?: the)? (?:next|coming|following)|within|the next|the coming"
)


def _units(text: str) -> tuple[int, float]:
    """(months, days) of one duration such as 'a week and a half' or 'two and a half months'."""
    match = _ONE_DURATION.fullmatch(text)
    if match is None:
        raise ValueError(f"not a duration: {text!r}")  # only called on what _DURATION matched
    groups = match.groups()
    if groups[0] is not None:  # "<n> and a half <unit>s"
        count, unit = NUMBER_WORDS.get(groups[0]) or int(groups[0]), groups[1]
        count_f = count + 0.5
    elif groups[2] is not None:  # "<n> <unit>s [and a half]"
        count, unit = NUMBER_WORDS.get(groups[2]) or int(groups[2]), groups[3]
        count_f = count + (0.5 if text.endswith("and a half") else 0.0)
    else:
        count_f, unit = 0.5, groups[4]
    if unit in ("month", "year"):
        months = count_f * (12 if unit == "year" else 1)
        whole = int(months)
        return whole, 15.0 if months - whole else 0.0
    if unit == "hour":  # "within 48 hours": the days it reaches into, a part day counting whole
        return 0, float(math.ceil(count_f / 24))
    return 0, count_f * {"day": 1, "week": 7, "fortnight": 14}[unit]


def _after(pub: dt.date, months: int, days: float) -> dt.date:
    return add_months(pub, months) + dt.timedelta(days=int(days))


def _duration(text: str, pub: dt.date) -> Span | None:
    unit_only = _NEXT_UNIT.fullmatch(text)
    if unit_only:  # "over the next month": a window of one month
        text = f"{unit_only.group(1)} one {unit_only.group(2)}"
    coming = _COMING.fullmatch(text)
    if coming:
        unit = coming.group(1) or coming.group(2)
        end = {"days": pub + 7 * _DAY, "weeks": pub + 28 * _DAY, "months": add_months(pub, 3)}[unit]
        return pub + _DAY, end
    match = _DURATION.fullmatch(text)
    if match is None:
        return None
    mode, hedge = match.group(1), match.group(2)
    if mode is None and not match.group("now") and not hedge and match.group("second") is None:
        return None  # a bare "two weeks" names a length, not a date
    first = _after(pub, *_units(match.group("first")))
    if match.group("second"):
        second = _after(pub, *_units(match.group("second")))
        first, second = min(first, second), max(first, second)
    else:
        second = first
    if mode is not None and _DURATION_PREFIX.fullmatch(mode):
        return pub + _DAY, max(second, pub + _DAY)
    if match.group("first").startswith(("a few", "few")):
        hedge = hedge or "few"
    if hedge and match.group("second") is None and hedge not in ("another", "at least", "more than", "just over"):
        days = (first - pub).days
        width = max(1, round(days * 0.15))
        return first - dt.timedelta(days=width), first + dt.timedelta(days=width)
    return first, second


# --- ranges: "from Sunday to Tuesday", "June 3 to 5", "late June or early July" ----------

_RANGE_SEPARATOR = re.compile(
    r" (?:(?:and )?(?:(?:will|would|is due to|are due to) )?"
    r"(?:(?:end|ends|finish|finishes|close|closes|conclude|concludes|cease|ceases)(?: on| by)?"
    r"|(?:extend|extends|run|runs|last|lasts|continue|continues) (?:through|until|till|to|into))"
    r"|to|through|thru|until|till|and|or|-) "
)  # "june 7 and end on july 2": the start day and the end day of one event
_RANGE_OPENER = re.compile(r"^(?:from|between) ")
_SPLIT_RANGE = re.compile(r"from ([^,]{3,30}), [^;]{1,120}?, (?:until|till) ([^,]{3,30})", re.IGNORECASE)
"""A range whose ends a clause separates: "From July 1, the band will reduce, until September 30"."""
_BARE_DAY = re.compile(r"\d{1,2}")
_DAY_MONTH = re.compile(rf"\d{{1,2}} ({_MONTH}(?: {_YEAR})?)")
_MONTH_DAY = re.compile(rf"({_MONTH}) \d{{1,2}}(?: {_YEAR})?")
_ENDS_WITH_YEAR = re.compile(rf"{_YEAR}$")
_MONTH_NAME = re.compile(rf"\b{_MONTH}\b")
_BARE_WEEKDAY = re.compile(rf"{_WEEKDAY}{_TOD}")


_DAY_LIST = re.compile(
    rf"(?:{_MONTH} )?(\d{{1,2}})(?: (?:and |to |through |- )?\d{{1,2}}\b)*(?: (?:and |to |through |- )?(\d{{1,2}}))"
    rf"(?: (?:of )?{_MONTH})?(?: {_YEAR})?"
)
"""Days of one month in a list or range, as normalize() leaves them: "june 3 4 and 6"."""


def _day_list(match: re.Match[str], pub: dt.date) -> list[Span]:
    month_name = match.group(1) or match.group(4)
    if (match.group(1) is None) == (match.group(4) is None):
        return []  # no month, or two: "june 3 to july 2" is a range of its own
    month, first, last = MONTHS[month_name], int(match.group(2)), int(match.group(3))
    if first >= last:
        return []

    def make(year: int) -> Span | None:
        start, end = _day_in(year, month, first), _day_in(year, month, last)
        return (start[0], end[1]) if start and end else None

    span = make(int(match.group(5))) if match.group(5) else _upcoming(make, pub)
    return [span] if span else []


def _range(text: str, pub: dt.date) -> Span | None:
    for sep in _RANGE_SEPARATOR.finditer(text):
        left = _strip_prefixes(_RANGE_OPENER.sub("", text[: sep.start()]))
        right = _strip_prefixes(text[sep.end() :])
        if _BARE_DAY.fullmatch(left):  # "3 to 5 June": the first day borrows the month
            borrowed = _DAY_MONTH.fullmatch(right)
            left = f"{left} {borrowed.group(1)}" if borrowed else left
        if _BARE_DAY.fullmatch(right):  # "June 3 to 5": the last day borrows the month
            borrowed = _MONTH_DAY.fullmatch(left)
            right = f"{borrowed.group(1)} {right}" if borrowed else right
        first = _single(left, pub)
        second = _single(right, pub) if first else []
        if not first or not second:
            continue
        start, end = first[0][0], second[0][1]
        if end < start:  # "Tuesday or Wednesday" on a Wednesday: the end's other reading, next week's
            end = next((reading[1] for reading in second[1:] if reading[1] >= start), end)
        if end < start and _BARE_WEEKDAY.fullmatch(right):  # "Monday to Friday" on a Thursday: the week after
            end += dt.timedelta(days=7 * -(-(start - end).days // 7))
        if end < start:  # "December 28 to January 3": the end rolls into the next year
            rolls = _MONTH_NAME.search(right) and not _ENDS_WITH_YEAR.search(right)
            later = _single(f"{right} {start.year + 1}", pub) if rolls else None
            if not later or later[0][1] < start:
                continue
            end = later[0][1]
        return start, end
    return None


# --- single expressions ----------------------------------------------------------------


def _weekday_span(weekday: int, modifier: str | None, week: str | None, pub: dt.date) -> list[Span]:
    def day(offset: int) -> Span:
        date = pub + dt.timedelta(days=offset)
        return date, date

    if week is not None:  # "Friday next week"
        return [day(7 * {"this": 0, "next": 1, "last": -1}[week] + weekday - pub.weekday())]
    if modifier == "last":
        return [day(-((pub.weekday() - weekday - 1) % 7 + 1))]
    coming = (weekday - pub.weekday() - 1) % 7 + 1  # strictly after publication
    if modifier in ("next", "the next", "the following"):
        in_next_week = 7 + weekday - pub.weekday()
        return [day(in_next_week)] + ([day(coming)] if coming != in_next_week else [])
    if modifier in ("coming", "this coming", "the coming"):
        return [day(coming)]
    ahead = (weekday - pub.weekday()) % 7
    return [day(ahead)] + ([day(7)] if ahead == 0 else [])


_WEEK_SHIFT = {
    "this": 0, "the": 0, "the current": 0, "last": -1,
    "next": 1, "the next": 1, "the following": 1, "the coming": 1, "coming": 1,
}  # fmt: skip


def _week_part(part: str | None, which: str, pub: dt.date) -> Span:
    shift = _WEEK_SHIFT[which]
    monday = _monday(pub) + dt.timedelta(weeks=shift)
    offsets = {
        None: (0, 6), "early": (0, 2), "mid": (1, 3), "late": (2, 6), "later": (2, 6), "end": (4, 6),
        "first half": (0, 2), "second half": (3, 6), "earlier": (0, 6), "rest": (0, 6),
    }[part]  # fmt: skip
    span = (monday + dt.timedelta(days=offsets[0]), monday + dt.timedelta(days=offsets[1]))
    if part == "earlier" and shift == 0:
        return span[0], max(span[0], pub - _DAY)
    if part == "rest" and shift == 0:
        return _clip_after(span, pub)
    if part == "later" and shift == 0:
        return _clip_after((monday, span[1]), pub + _DAY)
    return span


def _month_part(part: str | None, year: int, month: int, pub: dt.date) -> Span:
    last = month_end(year, month)
    first = dt.date(year, month, 1)
    if part in ("later", "rest") and (year, month) == (pub.year, pub.month):
        return _clip_after((first, last), pub + _DAY if part == "later" else pub)
    if part == "earlier" and (year, month) == (pub.year, pub.month):
        return first, max(first, pub - _DAY)
    days = {
        None: (1, last.day), "early": (1, 10), "mid": (11, 20), "late": (21, last.day), "later": (21, last.day),
        "end": (last.day, last.day), "first half": (1, 15), "second half": (16, last.day),
        "rest": (1, last.day), "earlier": (1, last.day),
    }[part]  # fmt: skip
    return dt.date(year, month, days[0]), dt.date(year, month, days[1])


def _year_part(part: str | None, year: int, pub: dt.date) -> Span:
    if part in ("later", "rest") and year == pub.year:
        return _clip_after((dt.date(year, 1, 1), dt.date(year, 12, 31)), pub + _DAY if part == "later" else pub)
    if part == "earlier" and year == pub.year:
        return dt.date(year, 1, 1), max(dt.date(year, 1, 1), pub - _DAY)
    months = {
        None: (1, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12), "later": (9, 12), "first half": (1, 6),
        "second half": (7, 12), "rest": (1, 12), "earlier": (1, 12),
    }  # fmt: skip
    if part == "end":
        return dt.date(year, 12, 31), dt.date(year, 12, 31)
    low, high = months[part]
    return dt.date(year, low, 1), month_end(year, high)


def _season(name: str, year: int) -> Span:
    """The season named by `year`; winter YYYY is December YYYY-1 to February YYYY."""
    start_month = _SEASON_START[name]
    start = dt.date(year - 1 if name == "winter" else year, start_month, 1)
    return start, month_end(*_shift_month(start.year, start.month, 2))


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    year_shift, month_index = divmod(month - 1 + months, 12)
    return year + year_shift, month_index + 1


def _part_of(span: Span, part: str | None) -> Span:
    """Early/mid/late thirds of a multi-month span (seasons, quarters)."""
    if part is None or part in ("rest", "later", "earlier"):
        return span
    if part == "end":
        return span[1], span[1]
    start = span[0]
    third = {"early": 0, "mid": 1, "late": 2}.get(part)
    if third is None:
        half = 0 if part == "first half" else 1
        months = ((span[1].year - start.year) * 12 + span[1].month - start.month + 1) // 2
        low = add_months(start, half * months)
        return low, add_months(low, months) - _DAY
    year, month = _shift_month(start.year, start.month, third)
    return dt.date(year, month, 1), month_end(year, month)


def _year_of(spec: str | None, pub: dt.date) -> int | None:
    if spec is None:
        return None
    if spec.isdigit():
        return int(spec)
    return pub.year + {"this year": 0, "the year": 0, "the current year": 0, "next year": 1, "last year": -1}[spec]


_YEAR_SPEC = rf"(this year|the year|the current year|next year|last year|{_YEAR[1:-1]})"
_GRAMMAR: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date], list[Span] | Span | None]]] = []


def _rule(pattern: str) -> Callable[[Callable[[re.Match[str], dt.date], list[Span] | Span | None]], None]:
    def register(handler: Callable[[re.Match[str], dt.date], list[Span] | Span | None]) -> None:
        _GRAMMAR.append((re.compile(pattern), handler))

    return register


@_rule(r"(later )?(today|tonight|this (?:morning|afternoon|evening))")
def _today(match: re.Match[str], pub: dt.date) -> Span:
    return pub, pub


@_rule(rf"(the day after )?tomorrow{_TOD}|(yesterday{_TOD}|(?:late |early )?last night)|(the day before yesterday)")
def _tomorrow(match: re.Match[str], pub: dt.date) -> Span:
    offset = 2 if match.group(1) else -1 if match.group(2) else -2 if match.group(3) else 1
    day = pub + dt.timedelta(days=offset)
    return day, day


@_rule(
    rf"(?:(?:early|late) (?:on )?)?(?:(this coming|this|next|last|coming|the coming|the following|the next) )?"
    rf"{_WEEKDAY}{_TOD}(?: (this|next|last) week)?"
)
def _weekday(match: re.Match[str], pub: dt.date) -> list[Span]:
    return _weekday_span(WEEKDAYS[match.group(2)], match.group(1), match.group(3), pub)


@_rule(rf"{_WEEKDAY}{_TOD} (?:the )?(.+)")
def _weekday_and_date(match: re.Match[str], pub: dt.date) -> list[Span] | None:
    """'Friday June 13', 'Tuesday the 8th': the date decides, the weekday is decoration."""
    return _single(match.group(2), pub) or None


@_rule(
    rf"(?:{_PART} )?(this|next|last|the|the current|the coming|the following|the next|coming) (week|weekend|month|year)"
)
def _period(match: re.Match[str], pub: dt.date) -> Span | None:
    part = _PARTS[match.group(1)] if match.group(1) else None
    which, unit = match.group(2), match.group(3)
    if which == "the" and part is None and unit != "weekend":
        return None  # "the week" alone names nothing
    if unit == "weekend":
        shift = {"last": -1, "next": 1, "the following": 1}.get(which, 0)
        monday = _monday(pub) + dt.timedelta(weeks=shift)
        return monday + 5 * _DAY, monday + 6 * _DAY
    if unit == "week":
        return _week_part(part, which, pub)
    shift = {"next": 1, "the next": 1, "the following": 1, "the coming": 1, "coming": 1, "last": -1}.get(which, 0)
    if unit == "month":
        year, month = _shift_month(pub.year, pub.month, shift)
        return _month_part(part, year, month, pub)
    return _year_part(part, pub.year + shift, pub)


@_rule(r"(?:the )?(week|weekend) after next")
def _after_next(match: re.Match[str], pub: dt.date) -> Span:
    monday = _monday(pub) + dt.timedelta(weeks=2)
    return (monday + 5 * _DAY, monday + 6 * _DAY) if match.group(1) == "weekend" else (monday, monday + 6 * _DAY)


@_rule(r"(week|month|year) end|mid (week|month|year)|midweek|the weekend|weekend")
def _period_shorthand(match: re.Match[str], pub: dt.date) -> Span | None:
    text = match.group(0)
    unit = match.group(1) or match.group(2) or ("week" if text == "midweek" else "weekend")
    part = "end" if text.endswith(" end") else "mid" if "mid" in text else None
    if unit == "weekend":
        return _monday(pub) + 5 * _DAY, _monday(pub) + 6 * _DAY
    if unit == "week":
        return _week_part(part, "this", pub)
    if unit == "month":
        return _month_part(part, pub.year, pub.month, pub)
    return _year_part(part, pub.year, pub)


@_rule(rf"(?:the )?(first|second|third|fourth|1|2|3|4) (quarter|half)(?: of)?(?: {_YEAR_SPEC})?|(q|h)([1-4]) ?{_YEAR}?")
def _quarter(match: re.Match[str], pub: dt.date) -> Span | None:
    if match.group(1):
        index = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(match.group(1)) or int(match.group(1))
        kind, year = match.group(2), _year_of(match.group(3), pub)
    else:
        index, kind = int(match.group(5)), "quarter" if match.group(4) == "q" else "half"
        year = int(match.group(6)) if match.group(6) else None
    if kind == "half" and index > 2:
        return None
    months = 3 if kind == "quarter" else 6

    def make(y: int) -> Span:
        first = dt.date(y, (index - 1) * months + 1, 1)
        return first, add_months(first, months) - _DAY

    return make(year) if year is not None else _upcoming(make, pub)


@_rule(rf"(?:{_PART} )?{_YEAR}")
def _year(match: re.Match[str], pub: dt.date) -> Span:
    part = _PARTS[match.group(1)] if match.group(1) else None
    return _year_part(part, int(match.group(2)), pub)


@_rule(rf"(?:{_PART} )?(?:(this|next|last|the) )?(spring|summer|autumn|fall|winter)(?: (?:of )?{_YEAR})?")
def _season_rule(match: re.Match[str], pub: dt.date) -> Span | None:
    part = _PARTS[match.group(1)] if match.group(1) else None
    which, name, year = match.group(2), match.group(3), match.group(4)
    if year:
        return _part_of(_season(name, int(year)), part)
    containing = next(
        (_season(name, y) for y in (pub.year, pub.year + 1) if _season(name, y)[0] <= pub <= _season(name, y)[1]),
        None,
    )
    upcoming = next(_season(name, y) for y in (pub.year, pub.year + 1, pub.year + 2) if _season(name, y)[0] > pub)
    if which == "next":
        span = upcoming
    elif which == "last":
        span = next(_season(name, y) for y in (pub.year + 1, pub.year, pub.year - 1) if _season(name, y)[1] < pub)
    else:
        span = containing or _upcoming(lambda y: _season(name, y), pub) or upcoming
    return _part_of(span, part)


@_rule(rf"(?:{_PART}|{_THIRD} (?:to|or) {_THIRD}) {_MONTH}(?: (?:of )?{_YEAR})?")
def _month(match: re.Match[str], pub: dt.date) -> Span | None:
    month = MONTHS[match.group(4)]
    first_part = _PARTS[match.group(1)] if match.group(1) else match.group(2)
    last_part = match.group(3) or first_part

    def make(year: int) -> Span:
        return _month_part(first_part, year, month, pub)[0], _month_part(last_part, year, month, pub)[1]

    if match.group(5):
        return make(int(match.group(5)))
    return _upcoming(make, pub)


@_rule(rf"(this coming|this|next|last|coming) {_MONTH}")
def _named_month(match: re.Match[str], pub: dt.date) -> Span:
    """ "this July" is the coming July (the current month if it is July), "next July" the one
    after the coming one when July is under way or near, "last July" the one before."""
    which, month = match.group(1), MONTHS[match.group(2)]
    year = pub.year if month >= pub.month else pub.year + 1
    if which == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif which == "next" and month <= pub.month:
        year = pub.year + 1
    return dt.date(year, month, 1), month_end(year, month)


@_rule(rf"(?:the )?{_MONTH}(?: (?:of )?{_YEAR})?")
def _whole_month(match: re.Match[str], pub: dt.date) -> Span | None:
    """ "in November", "November 2025", and "the November" of "the November elections"."""
    month = MONTHS[match.group(1)]

    def make(year: int) -> Span:
        return dt.date(year, month, 1), month_end(year, month)

    return make(int(match.group(2))) if match.group(2) else _upcoming(make, pub)


def _day_in(year: int, month: int, day: int) -> Span | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date, date


@_rule(rf"{_MONTH} (\d{{1,2}})(?: {_YEAR})?|(?:the )?(\d{{1,2}}) (?:of )?{_MONTH}(?: {_YEAR})?")
def _month_day(match: re.Match[str], pub: dt.date) -> Span | None:
    if match.group(1):
        month, day, year = MONTHS[match.group(1)], int(match.group(2)), match.group(3)
    else:
        month, day, year = MONTHS[match.group(5)], int(match.group(4)), match.group(6)
    if year:
        return _day_in(int(year), month, day)
    return _upcoming(lambda y: _day_in(y, month, day), pub)


@_rule(r"the (\d{1,2})(?: of (this|next) month)?")
def _day_of_month(match: re.Match[str], pub: dt.date) -> Span | None:
    day = int(match.group(1))
    year, month = _shift_month(pub.year, pub.month, 1 if match.group(2) == "next" else 0)
    found = _day_in(year, month, day)
    if match.group(2) is None and (found is None or found[0] < pub):
        year, month = _shift_month(pub.year, pub.month, 1)
        found = _day_in(year, month, day)
    return found


@_rule(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
def _iso(match: re.Match[str], pub: dt.date) -> Span | None:
    return _day_in(int(match.group(1)), int(match.group(2)), int(match.group(3)))


# --- named holidays: "by Easter", "on Christmas Day", "over Thanksgiving weekend" -----------


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, day: weekday, offset: int = 0) -> Callable[[int], dt.date]:
    """The `day` of `month` ("MO(1)" the first Monday, "MO(-1)" the last), plus `offset` days."""
    start = 31 if day.n is not None and day.n < 0 else 1  # relativedelta keeps day=31 inside the month
    return lambda year: dt.date(year, month, 1) + relativedelta(day=start, weekday=day) + dt.timedelta(days=offset)


def _easter(offset: int, method: int = EASTER_WESTERN) -> Callable[[int], dt.date]:
    return lambda year: easter(year, method) + dt.timedelta(days=offset)


_THANKSGIVING = _nth(11, TH(4))
_EASTER_SUNDAY = _easter(0)
# Normalised names (see normalize: "St. Patrick's" -> "st patrick s") and the day they fall on.
_HOLIDAYS: list[tuple[str, Callable[[int], dt.date]]] = [
    (r"new year s eve|new years eve|hogmanay", _fixed(12, 31)),
    (r"new year s(?: day)?|new years(?: day)?|new year(?: day)?", _fixed(1, 1)),
    (r"christmas eve|xmas eve", _fixed(12, 24)),
    (r"christmas(?: day)?|xmas(?: day)?", _fixed(12, 25)),
    (r"orthodox christmas(?: day)?", _fixed(1, 7)),
    (r"boxing day", _fixed(12, 26)),
    (r"(?:st )?valentine s day|(?:st )?valentines day", _fixed(2, 14)),
    (r"(?:st|saint) patrick s day|(?:st|saint) patricks day", _fixed(3, 17)),
    (r"anzac day", _fixed(4, 25)),
    (r"may day", _fixed(5, 1)),
    (r"juneteenth", _fixed(6, 19)),
    (r"canada day", _fixed(7, 1)),
    (r"independence day|(?:the )?fourth of july|july fourth", _fixed(7, 4)),
    (r"bastille day", _fixed(7, 14)),
    (r"halloween|hallowe en|all hallows eve", _fixed(10, 31)),
    (r"guy fawkes (?:night|day)|bonfire night", _fixed(11, 5)),
    (r"veterans day|veteran s day|remembrance day|armistice day", _fixed(11, 11)),
    (r"martin luther king(?: jr)? day|mlk day", _nth(1, MO(3))),
    (r"presidents day|president s day", _nth(2, MO(3))),
    (r"mother s day|mothers day", _nth(5, SU(2))),
    (r"memorial day", _nth(5, MO(-1))),
    (r"father s day|fathers day", _nth(6, SU(3))),
    (r"labor day", _nth(9, MO(1))),
    (r"columbus day|indigenous peoples day", _nth(10, MO(2))),
    (r"election day", _nth(11, MO(1), 1)),  # the Tuesday after the first Monday
    (r"remembrance sunday", _nth(11, SU(2))),
    (r"thanksgiving(?: day)?", _THANKSGIVING),
    (r"black friday", _nth(11, TH(4), 1)),
    (r"cyber monday", _nth(11, TH(4), 4)),
    (r"easter(?: sunday| day)?", _EASTER_SUNDAY),
    (r"orthodox easter(?: sunday| day)?", _easter(0, EASTER_ORTHODOX)),
    (r"easter monday", _easter(1)),
    (r"good friday", _easter(-2)),
    (r"maundy thursday|holy thursday", _easter(-3)),
    (r"palm sunday", _easter(-7)),
    (r"mothering sunday", _easter(-21)),
    (r"ash wednesday", _easter(-46)),
    (r"shrove tuesday|pancake day|mardi gras", _easter(-47)),
    (r"ascension day", _easter(39)),
    (r"pentecost(?: sunday)?|whitsun(?:day)?|whit sunday", _easter(49)),
    (r"whit monday", _easter(50)),
]
_HOLIDAY = "|".join(f"(?P<h{index}>{pattern})" for index, (pattern, _) in enumerate(_HOLIDAYS))


def _holiday_weekend(day: dt.date, make: Callable[[int], dt.date]) -> Span:
    """The long weekend a holiday makes: Easter Friday-Monday; otherwise from the Saturday
    before a Monday or Tuesday holiday, or from a Thursday or Friday one, to the Sunday after
    (Thanksgiving Thursday-Sunday); a Wednesday holiday's is the weekend after it."""
    if make is _EASTER_SUNDAY:
        return day - 2 * _DAY, day + _DAY
    start, end = {0: (-2, 0), 1: (-3, 0), 2: (3, 4), 3: (0, 3), 4: (0, 2), 5: (0, 1), 6: (-1, 0)}[day.weekday()]
    return day + start * _DAY, day + end * _DAY


@_rule(
    rf"(?:(?P<which>this|next|last|the) )?(?:{_HOLIDAY})(?: holiday)?(?P<weekend> weekend)?{_TOD}"
    rf"(?: (?:of )?(?P<year>{_YEAR_SPEC}))?"
)
def _holiday(match: re.Match[str], pub: dt.date) -> Span | None:
    index = next(i for i in range(len(_HOLIDAYS)) if match.group(f"h{i}") is not None)
    make = _HOLIDAYS[index][1]

    def occurrence(year: int) -> Span:
        day = make(year)
        return _holiday_weekend(day, make) if match.group("weekend") else (day, day)

    year = _year_of(match.group("year"), pub)
    if year is not None:
        return occurrence(year)
    spans = [occurrence(y) for y in range(pub.year - 1, pub.year + 2)]
    which = match.group("which")
    if which == "last":
        return next((span for span in reversed(spans) if span[1] < pub), None)
    if which == "next":
        return next((span for span in spans if span[0] > pub), None)
    return next((span for span in spans if span[1] >= pub), None)


@_rule(r"the week of (.+)")
def _week_of(match: re.Match[str], pub: dt.date) -> Span | None:
    inner = _single(match.group(1), pub)
    if not inner:
        return None
    monday = _monday(inner[0][0])
    return monday, monday + 6 * _DAY


def _single(text: str, pub: dt.date) -> list[Span]:
    for pattern, handler in _GRAMMAR:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        found = handler(match, pub)
        if found:
            return found if isinstance(found, list) else [found]
    return []


_DIGIT = re.compile(r"\d")
_RELATIVE_WORDS = re.compile(r"\b(?:ago|last|earlier|previous|past)\b")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\d[/.]\d{1,2}[/.]\d\d\b|'\d\d\b")
_DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "future", "REQUIRE_PARTS": ["day", "month"]}


def _fallback(text: str, pub: dt.date) -> list[Span]:
    """Numeric and other absolute dates via dateparser; a year-less one follows GRACE like the rest."""
    if not _DIGIT.search(text) or _RELATIVE_WORDS.search(text):
        return []
    import dateparser  # slow to import, and most phrases never need it

    settings = {**_DATEPARSER_SETTINGS, "RELATIVE_BASE": dt.datetime.combine(pub, dt.time())}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return []
    day = parsed.date()
    if _HAS_YEAR.search(text):
        return [(day, day)]
    picked = _upcoming(lambda year: _day_in(year, day.month, day.day), pub)
    return [picked] if picked else []
