"""resolve() and supports(): time phrases read as of a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefer.dates import resolve, supports

from .conftest import SEED, SEED_DATE

D = dt.date
THU = D(2025, 6, 12)  # the seed's publication date, a Thursday
SUN = D(2025, 6, 15)
DEC = D(2025, 12, 18)  # a Thursday in December: "early January" is next year
LEAP = D(2024, 2, 27)  # a Tuesday in a leap-year February
JAN_END = D(2025, 1, 31)  # a Friday on a month end
NEW_YEARS_EVE = D(2025, 12, 31)  # a Wednesday on a year end


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end"),
    [
        # the seed's phrases
        ("later next week", THU, D(2025, 6, 18), D(2025, 6, 22)),
        ("next month", THU, D(2025, 7, 1), D(2025, 7, 31)),
        ("in mid-June", THU, D(2025, 6, 11), D(2025, 6, 20)),
        ("from Sunday", THU, D(2025, 6, 15), D(2025, 6, 15)),
        ("on Friday", THU, D(2025, 6, 13), D(2025, 6, 13)),
        ("in early July", THU, D(2025, 7, 1), D(2025, 7, 10)),
        ('in "about a week and a half to two weeks"', THU, D(2025, 6, 22), D(2025, 6, 26)),
        ("in the coming days", THU, D(2025, 6, 13), D(2025, 6, 19)),
        # calendar dates
        ("on Aug. 1", THU, D(2025, 8, 1), D(2025, 8, 1)),
        ("June 30", THU, D(2025, 6, 30), D(2025, 6, 30)),
        ("July 4, 2025", THU, D(2025, 7, 4), D(2025, 7, 4)),
        ("4 July 2026", THU, D(2026, 7, 4), D(2026, 7, 4)),
        ("Friday, June 20", THU, D(2025, 6, 20), D(2025, 6, 20)),
        ("on the 15th", THU, D(2025, 6, 15), D(2025, 6, 15)),
        ("2025-07-04", THU, D(2025, 7, 4), D(2025, 7, 4)),
        ("7/4/2026", THU, D(2026, 7, 4), D(2026, 7, 4)),
        ("at 4 a.m. on Monday", THU, D(2025, 6, 16), D(2025, 6, 16)),
        ("May 20", THU, D(2025, 5, 20), D(2025, 5, 20)),  # recent past: read as this year, so callers see it is past
        ("in March", THU, D(2026, 3, 1), D(2026, 3, 31)),  # long past this year: next March
        # days and weeks
        ("tomorrow", THU, D(2025, 6, 13), D(2025, 6, 13)),
        ("tonight", THU, D(2025, 6, 12), D(2025, 6, 12)),
        ("Thursday", THU, THU, THU),  # wire style: the weekday of publication is that day
        ("next Friday", THU, D(2025, 6, 20), D(2025, 6, 20)),
        ("next week", THU, D(2025, 6, 16), D(2025, 6, 22)),
        ("this week", THU, D(2025, 6, 9), D(2025, 6, 15)),
        ("this weekend", THU, D(2025, 6, 14), D(2025, 6, 15)),
        ("the week of June 16", THU, D(2025, 6, 16), D(2025, 6, 22)),
        ("from Sunday to Tuesday", THU, D(2025, 6, 15), D(2025, 6, 17)),
        ("last month", THU, D(2025, 5, 1), D(2025, 5, 31)),
        # vague periods and ranges
        ("by the end of the month", THU, D(2025, 6, 30), D(2025, 6, 30)),
        ("the end of June", THU, D(2025, 6, 30), D(2025, 6, 30)),
        ("late July", THU, D(2025, 7, 21), D(2025, 7, 31)),
        ("mid-to-late July", THU, D(2025, 7, 11), D(2025, 7, 31)),
        ("late June or early July", THU, D(2025, 6, 21), D(2025, 7, 10)),
        ("June 23-25", THU, D(2025, 6, 23), D(2025, 6, 25)),
        ("between June 30 and July 2", THU, D(2025, 6, 30), D(2025, 7, 2)),
        ("on June 30 and end on July 2", THU, D(2025, 6, 30), D(2025, 7, 2)),  # "begin on ... and end on ..."
        ("June 30 and will finish on July 2", THU, D(2025, 6, 30), D(2025, 7, 2)),
        ("on Monday and closes on Friday", THU, D(2025, 6, 16), D(2025, 6, 20)),
        ("later this month", THU, D(2025, 6, 13), D(2025, 6, 30)),
        ("later this year", THU, D(2025, 6, 13), D(2025, 12, 31)),
        ("early next year", THU, D(2026, 1, 1), D(2026, 4, 30)),
        ("in 2026", THU, D(2026, 1, 1), D(2026, 12, 31)),
        ("by 2030", THU, D(2030, 1, 1), D(2030, 12, 31)),
        ("by the end of the year", THU, D(2025, 12, 31), D(2025, 12, 31)),
        ("in the second half of 2026", THU, D(2026, 7, 1), D(2026, 12, 31)),
        ("the third quarter of 2026", THU, D(2026, 7, 1), D(2026, 9, 30)),
        ("next spring", THU, D(2026, 3, 1), D(2026, 5, 31)),
        # durations
        ("within two weeks", THU, D(2025, 6, 13), D(2025, 6, 26)),
        ("within 30 days", THU, D(2025, 6, 13), D(2025, 7, 12)),
        ("within 48 hours", THU, D(2025, 6, 13), D(2025, 6, 14)),
        ("in 36 hours", THU, D(2025, 6, 14), D(2025, 6, 14)),
        ("the week after next", THU, D(2025, 6, 23), D(2025, 6, 29)),
        ("the weekend after next", THU, D(2025, 6, 28), D(2025, 6, 29)),
        ("between 12 and 14 March", D(2024, 3, 5), D(2024, 3, 12), D(2024, 3, 14)),
        ("12-14 March", D(2024, 3, 5), D(2024, 3, 12), D(2024, 3, 14)),
        ("June 3, 4 and 6", D(2019, 3, 22), D(2019, 6, 3), D(2019, 6, 6)),
        ("3, 4 and 6 June", D(2019, 3, 22), D(2019, 6, 3), D(2019, 6, 6)),
        ("February 4-6, 2020", D(2019, 3, 22), D(2020, 2, 4), D(2020, 2, 6)),
        ("this July", D(2024, 6, 1), D(2024, 7, 1), D(2024, 7, 31)),
        ("last July", D(2024, 6, 1), D(2023, 7, 1), D(2023, 7, 31)),
        ("next March", D(2024, 6, 1), D(2025, 3, 1), D(2025, 3, 31)),
        ("From July 1, the band will reduce to 5%, until September 30", D(2021, 3, 3), D(2021, 7, 1), D(2021, 9, 30)),
        ("in two weeks", THU, D(2025, 6, 26), D(2025, 6, 26)),
        ("in about two weeks", THU, D(2025, 6, 24), D(2025, 6, 28)),
        ("over the next month", THU, D(2025, 6, 13), D(2025, 7, 12)),
        # a Sunday publication date: Sunday closes its week
        ("next week", SUN, D(2025, 6, 16), D(2025, 6, 22)),
        ("this week", SUN, D(2025, 6, 9), D(2025, 6, 15)),
        ("on Sunday", SUN, SUN, SUN),
        ("Monday", SUN, D(2025, 6, 16), D(2025, 6, 16)),
        ("next Monday", SUN, D(2025, 6, 16), D(2025, 6, 16)),
        # a December article: the year rolls over
        ("early January", DEC, D(2026, 1, 1), D(2026, 1, 10)),
        ("next month", DEC, D(2026, 1, 1), D(2026, 1, 31)),
        ("next year", DEC, D(2026, 1, 1), D(2026, 12, 31)),
        ("next week", DEC, D(2025, 12, 22), D(2025, 12, 28)),
        ("December 28 to January 3", DEC, D(2025, 12, 28), D(2026, 1, 3)),
        ("in the coming weeks", DEC, D(2025, 12, 19), D(2026, 1, 15)),
        ("this winter", DEC, D(2025, 12, 1), D(2026, 2, 28)),
        # leap year
        ("Feb. 29", LEAP, D(2024, 2, 29), D(2024, 2, 29)),
        ("by the end of the month", LEAP, D(2024, 2, 29), D(2024, 2, 29)),
        ("late February", LEAP, D(2024, 2, 21), D(2024, 2, 29)),
        ("this Thursday", LEAP, D(2024, 2, 29), D(2024, 2, 29)),
        ("next Thursday", LEAP, D(2024, 3, 7), D(2024, 3, 7)),
        ("in a year", LEAP, D(2025, 2, 27), D(2025, 2, 27)),
        # month and year ends
        ("in a month", JAN_END, D(2025, 2, 28), D(2025, 2, 28)),
        ("by the end of next month", JAN_END, D(2025, 2, 28), D(2025, 2, 28)),
        ("tomorrow", NEW_YEARS_EVE, D(2026, 1, 1), D(2026, 1, 1)),
        ("next week", NEW_YEARS_EVE, D(2026, 1, 5), D(2026, 1, 11)),
        ("Q1", NEW_YEARS_EVE, D(2026, 1, 1), D(2026, 3, 31)),
    ],
)
def test_resolve(phrase: str, published: dt.date, start: dt.date, end: dt.date) -> None:
    assert resolve(phrase, published) == (start, end)


NOV = D(2025, 11, 5)  # a Wednesday before the year-end holidays


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end"),
    [
        # the next occurrence on or after publication
        ("on Christmas Day", NOV, D(2025, 12, 25), D(2025, 12, 25)),
        ("Christmas Eve", NOV, D(2025, 12, 24), D(2025, 12, 24)),
        ("on Boxing Day", NOV, D(2025, 12, 26), D(2025, 12, 26)),
        ("by New Year’s Eve", NOV, D(2025, 12, 31), D(2025, 12, 31)),
        ("on New Year's Day", NOV, D(2026, 1, 1), D(2026, 1, 1)),
        ("on Valentine's Day", NOV, D(2026, 2, 14), D(2026, 2, 14)),
        ("by St. Patrick's Day", NOV, D(2026, 3, 17), D(2026, 3, 17)),
        ("on Independence Day", THU, D(2025, 7, 4), D(2025, 7, 4)),
        ("the Fourth of July", THU, D(2025, 7, 4), D(2025, 7, 4)),
        ("Halloween", THU, D(2025, 10, 31), D(2025, 10, 31)),
        ("Hallowe'en", NOV, D(2026, 10, 31), D(2026, 10, 31)),  # just gone: next year's
        ("Christmas Day", D(2025, 12, 25), D(2025, 12, 25), D(2025, 12, 25)),  # the day itself
        # US holidays on a weekday of a month
        ("on Thanksgiving", NOV, D(2025, 11, 27), D(2025, 11, 27)),  # the fourth Thursday of November
        ("over Thanksgiving weekend", NOV, D(2025, 11, 27), D(2025, 11, 30)),
        ("Black Friday", NOV, D(2025, 11, 28), D(2025, 11, 28)),
        ("on Labor Day", THU, D(2025, 9, 1), D(2025, 9, 1)),  # the first Monday of September
        ("Memorial Day", THU, D(2026, 5, 25), D(2026, 5, 25)),  # the last Monday of May
        ("Memorial Day weekend", THU, D(2026, 5, 23), D(2026, 5, 25)),
        ("Martin Luther King Jr. Day", NOV, D(2026, 1, 19), D(2026, 1, 19)),
        ("Election Day", D(2026, 6, 1), D(2026, 11, 3), D(2026, 11, 3)),  # Tuesday after the first Monday
        # Easter and the days that hang on it
        ("by Easter", NOV, D(2026, 4, 5), D(2026, 4, 5)),
        ("Good Friday", NOV, D(2026, 4, 3), D(2026, 4, 3)),
        ("on Easter Monday", NOV, D(2026, 4, 6), D(2026, 4, 6)),
        ("over the Easter weekend", NOV, D(2026, 4, 3), D(2026, 4, 6)),
        ("Orthodox Easter", NOV, D(2026, 4, 12), D(2026, 4, 12)),
        # a year or a modifier
        ("by Christmas 2027", NOV, D(2027, 12, 25), D(2027, 12, 25)),
        ("Easter next year", NOV, D(2026, 4, 5), D(2026, 4, 5)),
        ("last Christmas", NOV, D(2024, 12, 25), D(2024, 12, 25)),
        ("between Christmas and New Year", NOV, D(2025, 12, 25), D(2026, 1, 1)),
    ],
)
def test_resolve_named_holidays(phrase: str, published: dt.date, start: dt.date, end: dt.date) -> None:
    assert resolve(phrase, published) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "published", "start", "end"),
    [
        ("next Tuesday night", NOV, D(2025, 11, 11), D(2025, 11, 11)),  # the Tuesday of the following week
        ("Tuesday night", NOV, D(2025, 11, 11), D(2025, 11, 11)),
        ("Wednesday night", NOV, NOV, NOV),  # the weekday of publication is that day
        ("late Friday", THU, D(2025, 6, 13), D(2025, 6, 13)),
        ("early on Monday morning", THU, D(2025, 6, 16), D(2025, 6, 16)),
        ("last night", THU, D(2025, 6, 11), D(2025, 6, 11)),
        ("on Tuesday or Wednesday", NOV, D(2025, 11, 11), D(2025, 11, 12)),  # not today's Wednesday
        ("from Monday to Wednesday", NOV, D(2025, 11, 10), D(2025, 11, 12)),
    ],
)
def test_resolve_weekday_variants(phrase: str, published: dt.date, start: dt.date, end: dt.date) -> None:
    assert resolve(phrase, published) == (start, end)


@pytest.mark.parametrize(
    "phrase", ["soon", "the summit", "two weeks", "Friday's deadline", "", "   ", "Lunar New Year", "Easter Island"]
)
def test_resolve_gives_none_for_what_names_no_date(phrase: str) -> None:
    assert resolve(phrase, THU) is None


SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("from Sunday", D(2025, 6, 15), D(2025, 6, 15)),
        ("in early July", D(2025, 7, 1), D(2025, 7, 10)),
        ("in early July", D(2025, 7, 1), D(2025, 7, 4)),  # a narrower claim inside the range
        ("In   EARLY july", D(2025, 7, 1), D(2025, 7, 10)),  # case and white space do not matter
        ("in about a week and a half to two weeks", D(2025, 6, 22), D(2025, 6, 26)),  # the quote marks left out
        ("later next week", D(2025, 6, 18), D(2025, 6, 22)),
    ],
)
def test_supports_accepts_dates_that_follow_from_the_source(phrase: str, start: dt.date, end: dt.date) -> None:
    assert supports(phrase, start, end, SEED_TEXT, SEED_DATE)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("on June 30", D(2025, 6, 30), D(2025, 6, 30)),  # the phrase is not in the source
        ("from Sunday", D(2025, 6, 16), D(2025, 6, 16)),  # the wrong day
        ("in early July", D(2025, 7, 1), D(2025, 7, 15)),  # wider than the phrase allows
        ("next month", D(2025, 6, 1), D(2025, 6, 30)),  # the publication month, not the next
        ("Hashtags", D(2025, 6, 12), D(2025, 6, 12)),  # in the source but names no date
    ],
)
def test_supports_rejects_invented_deadlines(phrase: str, start: dt.date, end: dt.date) -> None:
    assert not supports(phrase, start, end, SEED_TEXT, SEED_DATE)


def test_supports_accepts_either_reading_of_next_weekday() -> None:
    text = "The committee will vote next Tuesday on the bill."
    monday = D(2025, 6, 9)
    assert supports("next Tuesday", D(2025, 6, 17), D(2025, 6, 17), text, monday)  # Tuesday of next week
    assert supports("next Tuesday", D(2025, 6, 10), D(2025, 6, 10), text, monday)  # the coming Tuesday
    assert not supports("next Tuesday", D(2025, 6, 24), D(2025, 6, 24), text, monday)
