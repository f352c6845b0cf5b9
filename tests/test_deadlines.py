"""find_deadlines(): upcoming dated events in real article texts, past ones left out."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from briefer.deadline_events import MAX_EVENT_WORDS
from briefer.deadlines import DeadlineMention, find_deadlines

from .conftest import ROOT, SAMPLES, SEED, SEED_DATE

D = dt.date
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _article(first_words: str, next_words: str) -> str:
    """One article of the aggregator page: from its headline to what follows it."""
    start = SEED_TEXT.index(first_words)
    return SEED_TEXT[start : SEED_TEXT.index(next_words, start)]


SEED_ARTICLES = {
    "lead": _article("Japan hopes for 'win-win'", "Hashtags"),
    "vietnam": _article("Vietnam trade envoy meets", "The Mainichi\nan hour ago"),
    "mainichi": _article("Japan PM hopes for progress in US tariff talks", "Kyodo News\nan hour ago"),
    "kyodo": _article("Japan PM hopes for progress in U.S. tariff talks", "Related coverage"),
}
ISHIBA = [
    ("from Sunday", D(2025, 6, 15), D(2025, 6, 15), "summit"),
    ("on Friday", D(2025, 6, 13), D(2025, 6, 13), "negotiations with the United States"),
    ("in early July", D(2025, 7, 1), D(2025, 7, 10), "pause"),
    ('in "about a week and a half to two weeks"', D(2025, 6, 22), D(2025, 6, 26), "letters"),
]


def _found(text: str, published: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    return [(m.phrase, m.start, m.end) for m in find_deadlines(text, published)]


@pytest.mark.parametrize(
    ("name", "expected", "past"),
    [
        (
            "lead",
            [
                ("later next week", D(2025, 6, 18), D(2025, 6, 22), "tariff talks in Washington"),
                ("next month", D(2025, 7, 1), D(2025, 7, 31), "agreement"),
                ("in mid-June", D(2025, 6, 11), D(2025, 6, 20), "G7 summit"),  # began a day before publication
            ],
            ["met on Thursday"],
        ),
        (
            "vietnam",
            [("in the coming days", D(2025, 6, 13), D(2025, 6, 19), "round of trade talks")],
            ["talks last month", "said Friday", "in the first five months of the year"],
        ),
        ("mainichi", ISHIBA, ["said Thursday", "said Wednesday"]),
        ("kyodo", ISHIBA, ["said Thursday", "said Wednesday"]),
    ],
)
def test_seed_articles(name: str, expected: list[tuple[str, dt.date, dt.date, str]], past: list[str]) -> None:
    text = SEED_ARTICLES[name]
    mentions = find_deadlines(text, SEED_DATE)
    assert [(m.phrase, m.start, m.end) for m in mentions] == [row[:3] for row in expected]
    for mention, (_, _, _, what) in zip(mentions, expected, strict=True):
        assert what in mention.event
    for words in past:
        assert words in text  # the past reference is there, and was left out above


def test_related_headline_without_a_verb_is_not_a_deadline() -> None:
    headlines = SEED_TEXT[SEED_TEXT.index("Related coverage") :]
    assert "trip this week" in headlines
    assert find_deadlines(headlines, SEED_DATE) == []


def test_mentions_carry_their_phrase_sentence_and_a_short_event() -> None:
    mentions = find_deadlines(SEED_TEXT, SEED_DATE)
    assert len(mentions) == 12  # 3 + 1 + 4 + 4, the Kyodo copy included
    for mention in mentions:
        assert mention.phrase in mention.sentence
        assert mention.sentence in SEED_TEXT
        assert 0 < len(mention.event.split()) <= MAX_EVENT_WORDS
        assert mention.phrase not in mention.event
        assert mention.end >= SEED_DATE


def test_the_pause_is_named_from_its_earlier_mention() -> None:
    pause = next(m for m in find_deadlines(SEED_ARTICLES["mainichi"], SEED_DATE) if m.phrase == "in early July")
    assert pause.event == 'current 90-day pause on the implementation of "reciprocal" tariffs expires'


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "A federal judge in Boston will hold a hearing on March 3 on the states' request to block the order.",
            D(2025, 2, 20),
            [("on March 3", D(2025, 3, 3), D(2025, 3, 3), "hearing on the states' request")],
        ),
        (
            "The Senate is expected to vote next Tuesday on the defense bill, Majority Leader John Thune said.",
            D(2025, 6, 12),
            [("next Tuesday", D(2025, 6, 17), D(2025, 6, 17), "Senate votes on the defense bill")],
        ),
        (
            "The company said it expects to complete the acquisition by the end of the year.",
            D(2025, 6, 12),
            [("by the end of the year", D(2025, 12, 31), D(2025, 12, 31), "complete the acquisition")],
        ),
        (
            "Production at the new plant will start in the second half of 2026, the automaker said.",
            D(2025, 6, 12),
            [("in the second half of 2026", D(2026, 7, 1), D(2026, 12, 31), "new plant starts")],
        ),
        (
            "The agency must respond within 30 days, according to the court filing.",
            D(2025, 6, 12),
            [("within 30 days", D(2025, 6, 13), D(2025, 7, 12), "agency responds")],
        ),
        (
            "NASA plans to launch the probe next spring.",
            D(2025, 6, 12),
            [("next spring", D(2026, 3, 1), D(2026, 5, 31), "NASA launches the probe")],
        ),
        (
            "On Friday, the court will hear arguments in the case.",
            D(2025, 6, 12),
            [("On Friday", D(2025, 6, 13), D(2025, 6, 13), "court hears arguments in the case")],
        ),
        (
            "The ceasefire is due to expire on June 30 unless both sides agree to extend it.",
            D(2025, 6, 12),
            [("on June 30", D(2025, 6, 30), D(2025, 6, 30), "ceasefire expires")],
        ),
        (
            "The new tariffs will take effect on Jan. 1.",
            D(2025, 12, 20),
            [("on Jan. 1", D(2026, 1, 1), D(2026, 1, 1), "new tariffs take effect")],
        ),
        (
            "The minister said on Wednesday that the budget would be presented in late January.",
            D(2025, 12, 18),
            [("in late January", D(2026, 1, 21), D(2026, 1, 31), "budget presented")],
        ),
        (
            "Ishiba said Thursday that talks with Washington will resume on Friday.",
            D(2025, 6, 12),
            [("on Friday", D(2025, 6, 13), D(2025, 6, 13), "talks with Washington resume")],
        ),
        (
            "The summit will be held from Sunday to Tuesday in Kananaskis.",
            D(2025, 6, 12),
            [("from Sunday to Tuesday", D(2025, 6, 15), D(2025, 6, 17), "summit in Kananaskis")],
        ),
        (
            "The hearing was postponed until July 15.",
            D(2025, 6, 12),
            [("until July 15", D(2025, 7, 15), D(2025, 7, 15), "hearing")],
        ),
        (
            "A federal judge on Wednesday set a hearing on the matter for Aug. 28.",
            D(2023, 8, 16),
            [("for Aug. 28", D(2023, 8, 28), D(2023, 8, 28), "hearing on the matter")],
        ),
        (
            "The union said its members will walk out on October 22 and November 6 in a row over rosters.",
            D(2022, 10, 14),
            [
                ("on October 22", D(2022, 10, 22), D(2022, 10, 22), "members walk out"),
                ("November 6", D(2022, 11, 6), D(2022, 11, 6), "members walk out"),
            ],
        ),
        (
            "On Tuesday, October 18, and Thursday, October 20, a 15-minute service will also be in operation.",
            D(2022, 10, 14),
            [
                ("On Tuesday, October 18", D(2022, 10, 18), D(2022, 10, 18), "15-minute service in operation"),
                ("Thursday, October 20", D(2022, 10, 20), D(2022, 10, 20), "15-minute service in operation"),
            ],
        ),
        (
            "The strikes are planned to take place from 11:30am on January 20 to 11:29am on January 21.",
            D(2022, 1, 10),
            [("from 11:30am on January 20 to 11:29am on January 21", D(2022, 1, 20), D(2022, 1, 21), "strikes")],
        ),
        (
            "Rishi Sunak has pushed back next week's planned fiscal statement until 17 November.",
            D(2022, 10, 26),
            [("until 17 November", D(2022, 11, 17), D(2022, 11, 17), "fiscal statement")],
        ),
        (
            "Members of the RMT will walk out between 12 and 14 March, the union said.",
            D(2024, 3, 5),
            [("between 12 and 14 March", D(2024, 3, 12), D(2024, 3, 14), "walk out")],
        ),
        (
            "Talks are planned between March 28 and April 2 in Geneva.",
            D(2024, 3, 5),
            [("between March 28 and April 2", D(2024, 3, 28), D(2024, 4, 2), "Talks")],
        ),
        (
            "The Edinburgh festival runs 12-14 August, with tickets on sale now.",
            D(2024, 3, 5),
            [("12-14 August", D(2024, 8, 12), D(2024, 8, 14), "festival")],
        ),
        (
            "The conference is from 2 to 4 May in Lisbon.",
            D(2024, 3, 5),
            [("from 2 to 4 May", D(2024, 5, 2), D(2024, 5, 4), "conference")],
        ),
        (
            "The army gave the rebels 72 hours to leave; the payment will be made within 48 hours.",
            D(2024, 3, 5),
            [("within 48 hours", D(2024, 3, 6), D(2024, 3, 7), "payment")],
        ),
        (
            "Grades K-2 will return Monday, November 9. All other students will return the following Monday, "
            "November 16.",
            D(2020, 10, 23),
            [
                ("Monday, November 9", D(2020, 11, 9), D(2020, 11, 9), "return"),
                ("Monday, November 16", D(2020, 11, 16), D(2020, 11, 16), "students return"),
            ],
        ),
        (
            "Elementary schools will then begin their phased return with Pre-K starting Oct. 26, followed by "
            "grades K-3 on Nov. 2.",
            D(2020, 10, 1),
            [
                ("starting Oct. 26", D(2020, 10, 26), D(2020, 10, 26), "Pre-K"),
                ("on Nov. 2", D(2020, 11, 2), D(2020, 11, 2), "K-3"),
            ],
        ),
        (
            "He said government offices would be closed Thursday and Friday as the storm approaches.",
            D(2018, 8, 22),
            [("Thursday and Friday", D(2018, 8, 23), D(2018, 8, 24), "offices closed")],
        ),
        (
            "The launch period for Juno opens Aug. 5 and extends through Aug. 26.",
            D(2011, 7, 28),
            [("Aug. 5 and extends through Aug. 26", D(2011, 8, 5), D(2011, 8, 26), "Juno opens")],
        ),
        (
            "Here are the headliners announced so far:\n\n- Scottish singer Lewis Capaldi on Wednesday, June 29",
            D(2021, 9, 14),
            [("on Wednesday, June 29", D(2022, 6, 29), D(2022, 6, 29), "Lewis Capaldi")],
        ),
        (
            "Results will then be published on August 24 for A/AS levels and August 27 for GCSEs.",
            D(2020, 10, 12),
            [
                ("on August 24", D(2021, 8, 24), D(2021, 8, 24), "Results published"),
                ("August 27", D(2021, 8, 27), D(2021, 8, 27), "GCSEs"),
            ],
        ),
        (
            "Dr. Rochelle Walensky extended the evictions moratorium from June 30 until July 31.",
            D(2021, 6, 25),
            [("until July 31", D(2021, 7, 31), D(2021, 7, 31), "evictions moratorium")],
        ),
        (
            "The Indian Navy will commission INS Visakhapatnam, one of four stealth guided-missile destroyers, "
            "on Sunday at the naval dockyard in Mumbai.",
            D(2021, 11, 20),
            [("on Sunday", D(2021, 11, 21), D(2021, 11, 21), "commission")],
        ),
        (
            "The Mariposa Grove will reopen to the public a day earlier than Yosemite Valley, at 9 a.m. Monday.",
            D(2018, 8, 10),
            [("at 9 a.m. Monday", D(2018, 8, 13), D(2018, 8, 13), "Mariposa Grove reopens")],
        ),
        (
            "From July 1, the nil rate band will reduce to \u00a3250,000, until September 30.",
            D(2021, 3, 3),
            [
                (
                    "From July 1, the nil rate band will reduce to \u00a3250,000, until September 30",
                    D(2021, 7, 1),
                    D(2021, 9, 30),
                    "nil rate band reduces to \u00a3250,000",
                )
            ],
        ),
        (
            "The second meeting will be held on June 3, 4 and 6; third meeting (August 5-7); fifth meeting "
            "(December 3-5) and sixth meeting (February 4-6, 2020).",
            D(2019, 3, 22),
            [
                ("on June 3, 4 and 6", D(2019, 6, 3), D(2019, 6, 6), "meeting"),
                ("August 5-7", D(2019, 8, 5), D(2019, 8, 7), "third meeting"),
                ("December 3-5", D(2019, 12, 3), D(2019, 12, 5), "fifth meeting"),
                ("February 4-6, 2020", D(2020, 2, 4), D(2020, 2, 6), "sixth meeting"),
            ],
        ),
        (
            "India's remaining matches are against the winner of Group B (November 5 in Dubai) and second placed "
            "side of Group A (November 8 in Dubai).",
            D(2021, 8, 17),
            [
                ("November 5", D(2021, 11, 5), D(2021, 11, 5), "winner of Group B"),
                ("November 8", D(2021, 11, 8), D(2021, 11, 8), "second placed side"),
            ],
        ),
        (
            "The CMA, which has been probing the deal, has pushed back the date for a final decision to April 30.",
            D(2019, 2, 11),
            [("April 30", D(2019, 4, 30), D(2019, 4, 30), "final decision")],
        ),
        (
            "His decision scuppered any chance of another Commons vote before Thursday\u2019s EU summit.",
            D(2019, 3, 19),
            [("before Thursday", D(2019, 3, 21), D(2019, 3, 21), "EU summit")],
        ),
        (
            "When will strikes take place?\n\nWednesday, February 1 Tuesday, February 28 Wednesday, March 15 and "
            "Thursday, March 16",
            D(2023, 1, 16),
            [
                ("Wednesday, February 1", D(2023, 2, 1), D(2023, 2, 1), ""),
                ("Tuesday, February 28", D(2023, 2, 28), D(2023, 2, 28), ""),
                ("Wednesday, March 15", D(2023, 3, 15), D(2023, 3, 15), ""),
                ("Thursday, March 16", D(2023, 3, 16), D(2023, 3, 16), ""),
            ],
        ),
        (
            "Contract talks will resume on Nov. 2 and Nov. 3, Kellogg's confirmed Tuesday.",
            D(2021, 10, 26),
            [("on Nov. 2 and Nov. 3", D(2021, 11, 2), D(2021, 11, 3), "talks resume")],
        ),
        (
            "\"This Friday's actually the last day for members of the public to submit comments,\u201d he said.",
            D(2017, 8, 7),
            [("This Friday", D(2017, 8, 11), D(2017, 8, 11), "comments")],
        ),
        (
            "Key dates\n\nSeptember 6: Parliament dissolves\n\n17 October : Election day\n\n"
            "November 12 last day for return of the writ",
            D(2020, 8, 17),
            [
                ("September 6", D(2020, 9, 6), D(2020, 9, 6), "Parliament dissolves"),
                ("17 October", D(2020, 10, 17), D(2020, 10, 17), "Election day"),
                ("November 12", D(2020, 11, 12), D(2020, 11, 12), "return of the writ"),
            ],
        ),
        (
            "President Cyril Ramaphosa has announced May 29 as the date for South Africans to make their mark.",
            D(2024, 2, 20),
            [("May 29", D(2024, 5, 29), D(2024, 5, 29), "")],
        ),
        (
            "A provisional trial date of June 10 2024 at the same court has been fixed.",
            D(2023, 9, 25),
            [("June 10 2024", D(2024, 6, 10), D(2024, 6, 10), "")],
        ),
        (
            "Barisan Nasional will organise a national-level convention this July, said its secretary-general.",
            D(2024, 6, 1),
            [("this July", D(2024, 7, 1), D(2024, 7, 31), "convention")],
        ),
        (
            "The 2024 Tour will start from Florence on June 29. The race features four summit finishes, including a "
            "final day run from Monaco to Nice on July 21.",
            D(2023, 10, 25),
            [
                ("on June 29", D(2024, 6, 29), D(2024, 6, 29), ""),
                ("on July 21", D(2024, 7, 21), D(2024, 7, 21), ""),
            ],
        ),
        (
            "They will return for what is expected to be their last week in session before the November elections.",
            D(2020, 9, 25),
            [("before the November", D(2020, 11, 1), D(2020, 11, 30), "elections")],
        ),
        (
            "The House is ready to act on relief prior to the October district work period, Hoyer added.",
            D(2020, 9, 25),
            [("prior to the October", D(2020, 10, 1), D(2020, 10, 31), "")],
        ),
        (
            "Apple Inc. invited journalists to an event in San Francisco on Sept. 7 where it is expected to show "
            "new iPhones.",
            D(2016, 8, 29),
            [("on Sept. 7", D(2016, 9, 7), D(2016, 9, 7), "event")],
        ),
        (
            "Buses are replacing trains between Norwich and Ipswich today (Saturday), tomorrow (Sunday) and on bank "
            "holiday Monday.",
            D(2019, 5, 25),
            [
                ("today", D(2019, 5, 25), D(2019, 5, 25), ""),
                ("tomorrow", D(2019, 5, 26), D(2019, 5, 26), ""),
                ("on bank holiday Monday", D(2019, 5, 27), D(2019, 5, 27), ""),
            ],
        ),
        (
            "GMB and Unison members will strike on August 26, 27, 28, 29 and again on September 7, 8, 9, 10.",
            D(2022, 8, 12),
            [
                ("on August 26, 27, 28, 29", D(2022, 8, 26), D(2022, 8, 29), "strike"),
                ("on September 7, 8, 9, 10", D(2022, 9, 7), D(2022, 9, 10), ""),
            ],
        ),
        (
            "Chebukati stated that the campaign period will commence on January 25, 2021, and cease on March 20, 2021.",
            D(2020, 12, 29),
            [("on January 25, 2021, and cease on March 20, 2021", D(2021, 1, 25), D(2021, 3, 20), "campaign")],
        ),
        (
            "The new law takes effect the week after next, the ministry said.",
            D(2024, 3, 5),
            [("the week after next", D(2024, 3, 18), D(2024, 3, 24), "law takes effect")],
        ),
        (
            "WASHINGTON, July 18 (Sputnik) - NASA is scheduling the launch for August 1.",
            D(2023, 7, 18),
            [("for August 1", D(2023, 8, 1), D(2023, 8, 1), "launch")],
        ),
        (
            "Tanghall Lane will be closed from June 19 for two days while it is resurfaced.",
            D(2020, 6, 17),
            [("from June 19 for two days", D(2020, 6, 19), D(2020, 6, 20), "Tanghall Lane")],
        ),
        (
            "The exhibition opens on Friday for a week.",
            D(2020, 6, 17),
            [("on Friday for a week", D(2020, 6, 19), D(2020, 6, 25), "exhibition opens")],
        ),
        (
            "The strike is scheduled to begin at midnight on Thursday 9 February, for 48 hours.",
            D(2012, 2, 3),
            [("on Thursday 9 February, for 48 hours", D(2012, 2, 9), D(2012, 2, 10), "strike")],
        ),
        (
            "Britain will vote on whether to remain in the European Union on June 23, the prime minister said.",
            D(2016, 2, 20),
            [("on June 23", D(2016, 6, 23), D(2016, 6, 23), "European Union")],
        ),
        (
            "\"We will notify those selected that they have a ticket on Sunday,\" said the promoter.",
            D(2009, 7, 3),
            [("on Sunday", D(2009, 7, 5), D(2009, 7, 5), "ticket")],
        ),
        (
            "The cup, which will be played next Monday and Tuesday, is a made-for-TV event.",
            D(2010, 3, 16),
            [("next Monday and Tuesday", D(2010, 3, 22), D(2010, 3, 23), "cup")],
        ),
        (
            "The state of emergency goes into effect 8 a.m. on Thursday.",
            D(2017, 9, 6),
            [("on Thursday", D(2017, 9, 7), D(2017, 9, 7), "state of emergency")],
        ),
        (
            "The lineup includes the return of The New Adventures of Old Christine on Jan. 28.",
            D(2007, 12, 4),
            [("on Jan. 28", D(2008, 1, 28), D(2008, 1, 28), "Old Christine")],
        ),
        (
            "The 2021 dates have been set for Easter weekend, from April 1 to 5.",
            D(2020, 3, 19),
            [("from April 1 to 5", D(2021, 4, 1), D(2021, 4, 5), "dates")],
        ),
        (
            "The commission warned that the deadline for the 2023 primaries remains fixed for Friday, June 3.",
            D(2022, 5, 5),
            [("for Friday, June 3", D(2022, 6, 3), D(2022, 6, 3), "deadline")],
        ),
        (
            "January\u2019s hearings will take place across five days in Ottawa.",
            D(2023, 12, 22),
            [("January", D(2024, 1, 1), D(2024, 1, 31), "hearings")],
        ),
        (
            "The academy also extended the nominations voting period for its members through Friday.",
            D(2025, 1, 13),
            [("through Friday", D(2025, 1, 17), D(2025, 1, 17), "")],
        ),
        (
            "\u201cRegrettably, we will be discontinuing the service permanently as of May 5th, 2013.\u201d",
            D(2013, 4, 22),
            [("May 5th, 2013", D(2013, 5, 5), D(2013, 5, 5), "")],
        ),
        (
            "Anyone wishing to relinquish their ticket will have the deposit returned, providing they do so by "
            "28 February 2010.",
            D(2009, 9, 17),
            [("by 28 February 2010", D(2010, 2, 28), D(2010, 2, 28), "")],
        ),
        (
            "The Titans have closed their facility at least through Friday.",
            D(2020, 9, 30),
            [("through Friday", D(2020, 10, 2), D(2020, 10, 2), "facility")],
        ),
        (
            "Parties are preparing for the 2 March election.",
            D(2017, 1, 17),
            [("for the 2 March", D(2017, 3, 2), D(2017, 3, 2), "")],
        ),
        (
            "Meetings will take place Monday afternoon and Wednesday, with the conclusion of this first round on "
            "Thursday.",
            D(2020, 2, 25),
            [("Monday afternoon", D(2020, 3, 2), D(2020, 3, 2), ""), ("Wednesday", D(2020, 3, 4), D(2020, 3, 4), ""),
             ("on Thursday", D(2020, 3, 5), D(2020, 3, 5), "")],
        ),
        (
            "Hockey India named 31 players for the national camp which began on Monday and will conclude on July 23.",
            D(2022, 6, 28),
            [("on July 23", D(2022, 7, 23), D(2022, 7, 23), "conclude")],
        ),
        (
            "Judge Lockhart told him: \"we will try your case, we think, on April the 20th.",
            D(2019, 11, 6),
            [("on April the 20th", D(2020, 4, 20), D(2020, 4, 20), "")],
        ),
        (
            "People need to find out if they are eligible and their applications need to be submitted by "
            "22 December 2005.",
            D(2005, 11, 4),
            [("by 22 December 2005", D(2005, 12, 22), D(2005, 12, 22), "applications")],
        ),
        (
            "The trial was adjourned until June 5.",
            D(2025, 5, 1),
            [("until June 5", D(2025, 6, 5), D(2025, 6, 5), "trial")],
        ),
        (
            "The 2026 season tickets will be released on May 20.",
            D(2025, 5, 1),
            [("on May 20", D(2025, 5, 20), D(2025, 5, 20), "tickets")],
        ),
        (
            "Will they set a strike date on Wednesday?",
            D(2016, 9, 23),
            [("on Wednesday", D(2016, 9, 28), D(2016, 9, 28), "strike date")],
        ),
        (
            "He was remanded in custody until his sentencing on November 16.",
            D(2007, 9, 7),
            [("on November 16", D(2007, 11, 16), D(2007, 11, 16), "sentencing")],
        ),
        (
            "The union is preparing a strike if a deal can\u2019t be reached by 11:59 p.m. Thursday.",
            D(2023, 9, 13),
            [("by 11:59 p.m. Thursday", D(2023, 9, 14), D(2023, 9, 14), "deal")],
        ),
        (
            "Technically, that would be Sunday Oct. 9, and Monday Oct. 10 is Columbus Day.",
            D(2016, 9, 23),
            [("Sunday Oct. 9", D(2016, 10, 9), D(2016, 10, 9), ""), ("Monday Oct. 10", D(2016, 10, 10), D(2016, 10, 10), ""),
             ("Columbus Day", D(2016, 10, 10), D(2016, 10, 10), "")],
        ),
    ],
)
def test_real_style_sentences(
    sentence: str, published: dt.date, expected: list[tuple[str, dt.date, dt.date, str]]
) -> None:
    mentions = find_deadlines(sentence, published)
    assert [(m.phrase, m.start, m.end) for m in mentions] == [row[:3] for row in expected]
    for mention, (_, _, _, what) in zip(mentions, expected, strict=True):
        assert what in mention.event, mention.event


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The central bank raised rates in March and held them steady last month.", D(2025, 6, 12)),
        ("Shares rose 4% on Friday after the report.", D(2025, 6, 14)),
        ("January\u2019s attack shocked the city.", D(2023, 12, 22)),
        ("Matthew, 15, was bashed to death on September 23 outside a party.", D(2007, 9, 7)),
        ("As of May 5th, 2013, 24 people had died.", D(2013, 4, 22)),
        ("He was forced to announce a poll on Monday after the minister resigned.", D(2017, 1, 17)),
        ("It was the first meeting between the two in three weeks.", D(2025, 6, 12)),
        ("Talks were held earlier this week in London.", D(2025, 6, 12)),
        ("The contract expired on May 31.", D(2025, 6, 12)),
        ("If the talks fail by June 30, tariffs will rise.", D(2025, 6, 12)),
        ("Since his conviction in June, he has been held in solitary confinement.", D(2012, 9, 18)),
        ("Twitter in April revealed that it had agreed to sell to Musk.", D(2022, 7, 27)),
        ("Mr Musk made his offer in April, and the price as of Tuesday afternoon stood at $39.34.", D(2022, 7, 27)),
        ("The judge set the sentencing date Monday in an order.", D(2012, 9, 18)),
        ("It is now nearer to the original 23 November date set by Kwasi Kwarteng.", D(2022, 10, 26)),
        ("Speaking on June 23, she said the damage was disgraceful.", D(2025, 9, 4)),
        ("The statistics office said Friday that exports rose.", D(2025, 6, 12)),
        ("Analysts believe the regulator's silence on Monday should not cause concern.", D(2014, 10, 21)),
        ("The index fell 2% in the first quarter of 2025.", D(2025, 6, 12)),
        ("- Indie rockers Snow Patrol on Thursday, June 29", D(2021, 9, 14)),  # June 29, 2022 is a Wednesday
        ("Results were published on August 24 for A-levels.", D(2020, 10, 12)),
        ("A statutory period for the inquiry was originally due to expire on March 5, but it was extended.", D(2019, 2, 11)),
        ("Talks collapsed before Sunday's vote.", D(2019, 3, 18)),  # Sunday, the day before
        ("Friday's vote was close.", D(2021, 10, 26)),
        ('National, which wanted the election moved to November 21, "acknowledged" the change.', D(2020, 8, 17)),
        ("Turnout in the November elections was low.", D(2020, 9, 25)),
    ],
)
def test_past_references_are_left_out(sentence: str, published: dt.date) -> None:
    assert find_deadlines(sentence, published) == []


WED = D(2025, 11, 5)  # a Wednesday in November
SAT = D(2025, 6, 14)  # a Saturday: "Friday" is yesterday or six days ahead
Found = list[tuple[str, dt.date, dt.date, str]]


def _check(text: str, published: dt.date, expected: Found) -> None:
    mentions = find_deadlines(text, published)
    assert [(m.phrase, m.start, m.end) for m in mentions] == [row[:3] for row in expected]
    for mention, (_, _, _, what) in zip(mentions, expected, strict=True):
        assert what in mention.event, mention.event


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The film will open in cinemas nationwide on Christmas Day, the studio said.",
            WED,
            [("on Christmas Day", D(2025, 12, 25), D(2025, 12, 25), "film opens")],
        ),
        (
            "Retailers expect record crowds over Thanksgiving weekend.",
            WED,
            [("over Thanksgiving weekend", D(2025, 11, 27), D(2025, 11, 30), "record crowds")],
        ),
        (
            "The council has promised that the bridge will reopen by Easter.",
            D(2026, 1, 15),
            [("by Easter", D(2026, 4, 5), D(2026, 4, 5), "bridge reopens")],
        ),
        (
            "Fireworks are planned for New Year’s Eve along the harbour.",
            WED,
            [("for New Year’s Eve", D(2025, 12, 31), D(2025, 12, 31), "Fireworks")],
        ),
        (
            "Most stores will close on Thanksgiving Day and reopen early on Black Friday.",
            WED,
            [
                ("on Thanksgiving Day", D(2025, 11, 27), D(2025, 11, 27), "stores close"),
                ("on Black Friday", D(2025, 11, 28), D(2025, 11, 28), "reopen"),
            ],
        ),
        (
            "Congress wants a spending deal before the Thanksgiving holiday.",
            WED,
            [("before the Thanksgiving holiday", D(2025, 11, 27), D(2025, 11, 27), "spending deal")],
        ),
        (
            "Schools break up for Christmas on Dec. 19.",  # the holiday is the occasion, the date the date
            WED,
            [("on Dec. 19", D(2025, 12, 19), D(2025, 12, 19), "")],
        ),
    ],
)
def test_named_holidays_are_dates(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The 1998 Good Friday Agreement ended three decades of conflict.", WED),
        ("Hundreds of shoppers queued for Boxing Day sales in Manchester.", D(2025, 12, 27)),
        ("Police said the attack happened on Christmas Eve.", D(2026, 1, 3)),
        ("Merry Christmas to all our readers.", WED),
        ("Canadian Thanksgiving is celebrated in October.", WED),
        ("The Lunar New Year holiday ends on Feb. 4.", D(2025, 2, 10)),
        ("Christmas is a time for family, the bishop said.", WED),
        ("The Easter Rising began in 1916.", WED),
    ],
)
def test_holiday_names_that_are_not_upcoming_dates(text: str, published: dt.date) -> None:
    assert find_deadlines(text, published) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voters go to the polls on Sunday in the country's first referendum in 24 years.",
            [("on Sunday", D(2025, 11, 9), D(2025, 11, 9), "Voters go to the polls")],
        ),
        (
            "For the first time in 10 years, the festival will return to the town centre in two weeks.",
            [("in two weeks", D(2025, 11, 19), D(2025, 11, 19), "festival returns")],
        ),
        (
            "The first phase of the line will open in two years.",  # a future verb between "first" and the span
            [("in two years", D(2027, 11, 5), D(2027, 11, 5), "line opens")],
        ),
        ("It is the worst storm to hit the region in 50 years, forecasters said.", []),
        ("Inflation is at its highest level in 16 years.", []),
        ("The team hasn't won in three weeks.", []),
        ("She became the first Briton to walk in space in 20 years.", []),  # an infinitive, not a future
        ("It was the biggest protest in the capital in two decades, and the largest in 20 years.", []),
    ],
)
def test_spans_of_the_past_are_not_dates(text: str, expected: Found) -> None:
    _check(text, WED, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # settled later: only the fixed day
            "The final could be played on Saturday or Sunday. Organisers have now confirmed it for Sunday.",
            D(2025, 6, 11),
            [("for Sunday", D(2025, 6, 15), D(2025, 6, 15), "final played")],
        ),
        (
            "The hearing may be held in late June or early July. The judge on Friday set it for July 3.",
            D(2026, 5, 6),
            [("for July 3", D(2026, 7, 3), D(2026, 7, 3), "hearing")],
        ),
        (  # not settled: the range
            "The final will be played on Saturday or Sunday, organisers said.",
            D(2025, 6, 11),
            [("on Saturday or Sunday", D(2025, 6, 14), D(2025, 6, 15), "final")],
        ),
        (
            "The vote could take place on Monday or on Tuesday.",
            WED,
            [("on Monday or on Tuesday", D(2025, 11, 10), D(2025, 11, 11), "vote takes place")],
        ),
        (  # a later date for another event settles nothing
            "Polls could close on Saturday or Sunday. The results will be announced on Sunday.",
            WED,
            [
                ("on Saturday or Sunday", D(2025, 11, 8), D(2025, 11, 9), "Polls close"),
                ("on Sunday", D(2025, 11, 9), D(2025, 11, 9), "results announced"),
            ],
        ),
    ],
)
def test_alternatives_and_their_settlement(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Fans are still talking about Friday night's dramatic shoot-out.", SAT, []),
        ("Tuesday night's game drew a record crowd.", D(2025, 6, 11), []),
        ("The coach praised his players after Friday night's win.", SAT, []),
        ("A woman is in hospital after a stabbing on Friday night, police said.", SAT, []),
        ("Two men are in custody following a shooting in the city centre on Saturday night.", D(2025, 6, 15), []),
        ("Police are appealing for witnesses to a crash on Friday night.", SAT, []),
        ("Two people were hurt last night when a car hit a wall.", SAT, []),
        (
            "City will be without their captain for Tuesday night's game against Leeds.",
            D(2025, 6, 16),
            [("for Tuesday night", D(2025, 6, 17), D(2025, 6, 17), "game against Leeds")],
        ),
        (
            "Tickets sold out within hours, ahead of Friday night's final.",
            D(2025, 6, 11),
            [("ahead of Friday night", D(2025, 6, 13), D(2025, 6, 13), "final")],
        ),
        (
            "Tuesday night's game will be shown live on BBC One.",
            D(2025, 6, 9),
            [("Tuesday night", D(2025, 6, 10), D(2025, 6, 10), "game")],
        ),
        ("The vote is on Friday.", SAT, [("on Friday", D(2025, 6, 20), D(2025, 6, 20), "vote")]),
        (  # three days off with only a copula: the coming Sunday ...
            "Sunday's election is seen as a test for the government.",
            D(2025, 6, 12),
            [("Sunday", D(2025, 6, 15), D(2025, 6, 15), "election")],
        ),
        ("Sunday's election is seen as a test for the government.", D(2025, 6, 16), []),  # ... the day before: past
    ],
)
def test_nights_and_possessive_weekdays(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("City plays United on Monday.", WED, [("on Monday", D(2025, 11, 10), D(2025, 11, 10), "City plays United")]),
        ("Arsenal host Chelsea on Sunday.", WED, [("on Sunday", D(2025, 11, 9), D(2025, 11, 9), "Arsenal host")]),
        (
            "The appeals court hears the case on March 3.",
            D(2026, 2, 20),
            [("on March 3", D(2026, 3, 3), D(2026, 3, 3), "appeals court hears the case")],
        ),
        (
            "The festival runs from July 4 to July 8.",
            D(2026, 6, 1),
            [("from July 4 to July 8", D(2026, 7, 4), D(2026, 7, 8), "festival runs")],
        ),
        (
            "Voters go to the polls on Oct. 14 to elect a new parliament.",
            D(2026, 10, 1),
            [("on Oct. 14", D(2026, 10, 14), D(2026, 10, 14), "Voters go to the polls")],
        ),
        ("The store opens Friday.", WED, [("Friday", D(2025, 11, 7), D(2025, 11, 7), "store opens")]),
        (
            "The two leaders meet in Geneva on Monday.",
            WED,
            [("on Monday", D(2025, 11, 10), D(2025, 11, 10), "two leaders meet")],
        ),
        ("The Senate vote on Friday was close.", SAT, []),  # "vote" a noun: no subject before it
        ("The Shakespeare play on Friday was a triumph.", SAT, []),
        ("The party's launch on Monday drew a large crowd.", D(2025, 6, 17), []),
        ("US stocks open higher on Wednesday after strong jobs data.", WED, []),  # a market's move
    ],
)
def test_present_tense_of_scheduled_events(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The final episode airs next Tuesday night.",  # published on a Wednesday: the following week's
            [("next Tuesday night", D(2025, 11, 11), D(2025, 11, 11), "final episode airs")],
        ),
        ("The board meets on Tuesday night.", [("on Tuesday night", D(2025, 11, 11), D(2025, 11, 11), "board meets")]),
        ("Voting will close late Friday.", [("late Friday", D(2025, 11, 7), D(2025, 11, 7), "Voting closes")]),
        (
            "Markets will reopen early on Monday morning.",
            [("early on Monday morning", D(2025, 11, 10), D(2025, 11, 10), "Markets reopen")],
        ),
        ("He was arrested late Tuesday night.", []),
    ],
)
def test_weekdays_with_a_time_of_day(text: str, expected: Found) -> None:
    _check(text, WED, expected)


def _records() -> list[dict[str, str]]:
    with (SAMPLES / "articles.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_sample_articles() -> None:
    by_id = {record.get("id"): record for record in _records()}
    battery = by_id["ledger-battery-0611"]
    assert _found(battery["text"], D(2025, 6, 11)) == [
        ("on June 30", D(2025, 6, 30), D(2025, 6, 30)),  # the Polish presidency ends
        ("on Tuesday", D(2025, 6, 17), D(2025, 6, 17)),  # the committee votes; "told reporters ... on Tuesday" is not
        ("by the end of the month", D(2025, 6, 30), D(2025, 6, 30)),
        ("in early July", D(2025, 7, 1), D(2025, 7, 10)),  # "If no agreement is reached in June" is not
    ]
    strike = by_id["metro-transit-strike"]
    assert _found(strike["text"], D(2025, 6, 12)) == [
        ("on Monday", D(2025, 6, 16), D(2025, 6, 16)),  # the walkout; "said on Wednesday" is not
        ("this weekend", D(2025, 6, 14), D(2025, 6, 15)),
        ("for Friday", D(2025, 6, 13), D(2025, 6, 13)),
    ]


def _optional_match(item: dict[str, str], mention: DeadlineMention) -> bool:
    """An optional label covers a mention with its dates or an overlapping phrase."""
    span = (mention.start.isoformat(), mention.end.isoformat())
    return span == (item["start"], item["end"]) or item["phrase"] in mention.phrase or mention.phrase in item["phrase"]


def test_labelled_eval_set() -> None:
    """The hand-labelled real articles of benchmarks/eval: required deadlines are found with
    their exact dates, and what is reported is right (optional labels count for neither)."""
    eval_dir = ROOT / "benchmarks" / "eval"
    labels = json.loads((eval_dir / "labels.json").read_text(encoding="utf-8"))["articles"]
    with (eval_dir / "articles.jsonl").open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    found = wanted = right = reported = 0
    for record in records:
        mentions: list[DeadlineMention] = find_deadlines(record["text"], D.fromisoformat(record["published"][:10]))
        label = labels[record["id"]]["deadlines"]
        required = {(item["start"], item["end"]) for item in label if not item.get("optional")}
        optional = [item for item in label if item.get("optional")]
        spans = {(m.start.isoformat(), m.end.isoformat()) for m in mentions}
        wanted += len(required)
        found += len(required & spans)
        for mention in mentions:
            span = (mention.start.isoformat(), mention.end.isoformat())
            if span in required:
                right += 1
                reported += 1
            elif not any(_optional_match(item, mention) for item in optional):
                reported += 1
    assert wanted >= 39
    assert found / wanted >= 0.95
    assert right / reported >= 0.95


MON = D(2025, 11, 3)  # a Monday
FRI = D(2025, 11, 7)  # a Friday: "Thursday" is yesterday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a bare weekday after an obligation, a schedule or a present of a scheduled event
            "Avenatti must surrender Monday to begin serving his sentence.",
            WED,
            [("Monday", D(2025, 11, 10), D(2025, 11, 10), "Avenatti surrenders")],
        ),
        (
            "The council votes Tuesday on the budget.",
            WED,
            [("Tuesday", D(2025, 11, 11), D(2025, 11, 11), "council votes")],
        ),
        ("He is due to report Friday to the prison.", WED, [("Friday", D(2025, 11, 7), D(2025, 11, 7), "report")]),
        ("Avenatti was ordered to surrender Monday.", WED, [("Monday", D(2025, 11, 10), D(2025, 11, 10), "surrender")]),
        ("He surrendered Monday to federal agents.", WED, []),
        ("The council voted Tuesday to approve the budget.", WED, []),
    ],
)
def test_bare_weekday_after_a_verb(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The company announced on Wednesday that it would cut 500 jobs.", D(2025, 11, 12), []),  # a week later
        ("A review held Friday found no wrongdoing.", FRI, []),
        ("Protesters gather outside parliament on Thursday.", FRI, []),  # a caption of yesterday
        ("Supporters gather in the square on Friday.", FRI, []),  # ... and of today
        ("Protesters are seen outside parliament on Wednesday.", WED, []),
        (  # today, with a future verb
            "The panel will meet on Wednesday to discuss the report.",
            WED,
            [("on Wednesday", WED, WED, "panel meets")],
        ),
        ("The vote is on Wednesday.", WED, [("on Wednesday", WED, WED, "vote")]),
    ],
)
def test_past_weekdays_and_the_publication_day(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The exams will begin on June 7 and end on July 2.",
            [("on June 7 and end on July 2", D(2025, 6, 7), D(2025, 7, 2), "exams begin")],
        ),
        (
            "Works start June 7 and finish July 2.",
            [("June 7 and finish July 2", D(2025, 6, 7), D(2025, 7, 2), "Works")],
        ),
        (
            "The festival opens on June 7 and closes on July 2.",
            [("on June 7 and closes on July 2", D(2025, 6, 7), D(2025, 7, 2), "festival opens")],
        ),
        (
            "Voting will take place between June 7 and July 2.",
            [("between June 7 and July 2", D(2025, 6, 7), D(2025, 7, 2), "Voting")],
        ),
        (  # two events, two dates
            "Registration opens June 7 and the vote is on July 2.",
            [
                ("June 7", D(2025, 6, 7), D(2025, 6, 7), "Registration opens"),
                ("on July 2", D(2025, 7, 2), D(2025, 7, 2), "vote"),
            ],
        ),
    ],
)
def test_start_and_end_make_one_range(text: str, expected: Found) -> None:
    _check(text, D(2025, 5, 1), expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "A-level results will be published August 24.",
            D(2025, 6, 1),
            [("August 24", D(2025, 8, 24), D(2025, 8, 24), "A-level results published")],
        ),
        (
            "A-level results day is 14 August, with GCSE results following on 21 August.",
            D(2025, 6, 1),
            [
                ("14 August", D(2025, 8, 14), D(2025, 8, 14), "A-level results day"),
                ("on 21 August", D(2025, 8, 21), D(2025, 8, 21), "GCSE results"),
            ],
        ),
        ("Results day is August 27.", D(2025, 6, 1), [("August 27", D(2025, 8, 27), D(2025, 8, 27), "Results day")]),
        ("Results were published August 14.", D(2025, 9, 1), []),
        ("Results were published 14 August.", D(2025, 8, 20), []),
    ],
)
def test_month_days_without_a_preposition(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The government extended the eviction ban until July 31.",
            D(2025, 6, 1),
            [("until July 31", D(2025, 7, 31), D(2025, 7, 31), "eviction ban")],
        ),
        (
            "Britain has extended its lockdown until June 1.",
            D(2025, 5, 1),
            [("until June 1", D(2025, 6, 1), D(2025, 6, 1), "lockdown")],
        ),
        (
            "Ministers have extended the ban until the end of July.",
            D(2025, 6, 1),
            [("until the end of July", D(2025, 7, 31), D(2025, 7, 31), "ban")],
        ),
        ("There will be no election until 2020.", D(2018, 6, 1), []),
        ("No general election is expected until 2024, the party said.", D(2021, 6, 1), []),
        ("There will be no decision until next year.", D(2025, 2, 1), []),
    ],
)
def test_until_extensions_and_negations(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("From June to now, we've seen prices rise.", D(2025, 9, 1), []),
        ("From June to September, sales rose 5%.", D(2025, 10, 1), []),
        (
            "From June, landlords must register their properties.",
            D(2025, 4, 1),
            [("From June", D(2025, 6, 1), D(2025, 6, 30), "landlords register their properties")],
        ),
        (
            "From June, the new rule will apply to all landlords.",
            D(2025, 4, 1),
            [("From June", D(2025, 6, 1), D(2025, 6, 30), "new rule applies")],
        ),
    ],
)
def test_from_a_month(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has also today launched a review of police funding.", []),
        ("The minister announced today a new plan.", []),
        ("Police this morning arrested a man in connection with the attack.", []),
        ("Figures published today show unemployment fell.", []),
        ("The cabinet will meet today to discuss the plan.", [("today", WED, WED, "cabinet meets")]),
        ("The Senate votes later today on the bill.", [("later today", WED, WED, "Senate votes on the bill")]),
    ],
)
def test_today_done_and_today_to_come(text: str, expected: Found) -> None:
    _check(text, WED, expected)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The lion will be released on Wednesday.", MON, [("on Wednesday", WED, WED, "lion released")]),
        ("The lion is expected to be released Wednesday.", MON, [("Wednesday", WED, WED, "lion released")]),
        (
            "The report is scheduled to be published on Friday.",
            WED,
            [("on Friday", FRI, FRI, "report published")],
        ),
        ("The lion was released on Monday.", WED, []),
    ],
)
def test_passive_futures(text: str, published: dt.date, expected: Found) -> None:
    _check(text, published, expected)


AVENATTI = (
    "A federal judge in Manhattan ordered Avenatti, who was convicted on Friday of stealing nearly $300,000 from "
    "his former client, to surrender to U.S. marshals in California on Monday to begin serving his sentence."
)
RESULTS = (
    "Results for A and AS levels, which are taken by hundreds of thousands of students across England, Wales and "
    "Northern Ireland, will be published on August 24, with GCSE results following on August 27, the exam boards said."
)
MORATORIUM = (
    "The Centers for Disease Control and Prevention extended the nationwide eviction moratorium, which had been set "
    "to expire at the end of June, until July 31, saying it would be the final extension."
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (AVENATTI, D(2022, 6, 4), [("on Monday", D(2022, 6, 6), D(2022, 6, 6))]),
        (
            "The lawyer, who had been free on bail since his arrest and who had maintained his innocence throughout "
            "the lengthy trial, was told by the judge in a brief hearing to surrender Monday, prosecutors said.",
            D(2022, 6, 4),
            [("Monday", D(2022, 6, 6), D(2022, 6, 6))],
        ),
        (
            RESULTS,
            D(2023, 7, 1),
            [("on August 24", D(2023, 8, 24), D(2023, 8, 24)), ("on August 27", D(2023, 8, 27), D(2023, 8, 27))],
        ),
        (
            "Exam regulator Ofqual said on Tuesday that A-level results, which had been delayed last year because of "
            "the pandemic, will be published August 24 and GCSE results on August 27 in England.",
            D(2023, 7, 1),
            [("August 24", D(2023, 8, 24), D(2023, 8, 24)), ("on August 27", D(2023, 8, 27), D(2023, 8, 27))],
        ),
        (
            "Results days this summer, according to the Joint Council for Qualifications which represents the main "
            "exam boards, are August 24 (A-level) and August 27 (GCSE), with students able to collect them from school.",
            D(2023, 7, 1),
            [("August 24", D(2023, 8, 24), D(2023, 8, 24)), ("August 27", D(2023, 8, 27), D(2023, 8, 27))],
        ),
        (MORATORIUM, D(2021, 6, 26), [("until July 31", D(2021, 7, 31), D(2021, 7, 31))]),
        (
            "Apple said on Thursday that the new operating system for its Mac computers, Mountain Lion, which adds "
            "more than 200 new features, will be available on Wednesday as a download for $19.99.",
            D(2012, 7, 21),
            [("on Wednesday", D(2012, 7, 25), D(2012, 7, 25))],
        ),
        (
            "Mountain Lion, which brings features from the iPhone and iPad such as Messages and Notification Center "
            "to the desktop, goes on sale Wednesday in the Mac App Store for $19.99, the company said.",
            D(2012, 7, 21),
            [("Wednesday", D(2012, 7, 25), D(2012, 7, 25))],
        ),
    ],
)
def test_long_sentences_with_asides(text: str, published: dt.date, expected: list[tuple[str, dt.date, dt.date]]) -> None:
    """The verb nearest a date decides, across relative clauses and attributions: the conviction
    "on Friday" is past while the order "to surrender ... on Monday" is upcoming; a date a plan
    "had been set to" meet was overtaken by the extension."""
    assert _found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Avenatti, who had been ordered by the judge last month to pay restitution to his former client, "
            "surrendered to U.S. marshals in California on Monday, his lawyer said in a statement.",
            D(2022, 6, 4),
        ),
        (
            "A-level results, which were delayed last year because of the pandemic and caused an outcry among pupils, "
            "were published on August 24 and GCSE results on August 27, the regulator said.",
            D(2023, 9, 2),
        ),
        (
            "The nationwide eviction moratorium, which tenants' groups had fought hard to keep in place, had been set "
            "to expire on Saturday before the agency stepped in, officials said.",
            D(2021, 7, 28),
        ),
        (
            "Mountain Lion, which brings features from the iPhone and iPad such as Messages to the desktop, went on "
            "sale on Wednesday in the Mac App Store for $19.99, the company said.",
            D(2012, 7, 28),
        ),
    ],
)
def test_long_sentences_with_past_dates(text: str, published: dt.date) -> None:
    assert _found(text, published) == []
