"""The verify stage: what an engine proposes is only shown when the sources back it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefer.dedup import DuplicateGroup
from briefer.models import Article, Deadline, Extraction, Meta, Position, Quote
from briefer.verify import normalize_for_match, quote_in_text, strip_enclosing_quotes, verified_brief

PUBLISHED = dt.date(2025, 6, 12)

ISHIBA = (
    "Prime Minister Shigeru Ishiba said Thursday that Japan aims to make progress in ongoing tariff "
    "negotiations. Ishiba made the remarks ahead of a Group of Seven leaders' summit to be held in Canada "
    'from Sunday. \u201cIt\u2019d be good to see certain progress made before meeting with the president at the '
    'G7. But what matters is a deal that benefits both Japan and the United States,\u201d Ishiba told reporters. '
    "The pause, if not extended, would expire in early July."
)
ISHIBA_COPY = ISHIBA.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
VIETNAM = (
    "Vietnam's trade minister met executives from Nike and Walmart. \"We want a fair deal,\" "
    "Nguyen Hong Dien said."
)


def article(id_: str, text: str, **extra: object) -> Article:
    return Article(id=id_, text=text, origin=f"test#{id_}", published=PUBLISHED, **extra)  # type: ignore[arg-type]


@pytest.fixture
def groups() -> list[DuplicateGroup]:
    return [
        DuplicateGroup(kept=article("mainichi", ISHIBA, outlet="The Mainichi"), copies=(article("kyodo", ISHIBA_COPY, outlet="Kyodo News"),)),
        DuplicateGroup(kept=article("vn", VIETNAM, outlet="Japan Times"), copies=()),
    ]


def brief_of(extraction: Extraction, groups: list[DuplicateGroup], **kwargs: object):  # type: ignore[no-untyped-def]
    return verified_brief(
        extraction, groups, reference_date=PUBLISHED, meta=Meta(engine="test"), **kwargs  # type: ignore[arg-type]
    )


GOOD_QUOTE = (
    "It'd be good to see certain progress made before meeting with the president at the G7. "
    "But what matters is a deal that benefits both Japan and the United States,"
)


def test_verbatim_quote_is_verified_whatever_the_quote_marks(groups: list[DuplicateGroup]) -> None:
    brief = brief_of(Extraction(quotes=[Quote(speaker="Shigeru Ishiba", text=f"\u201c{GOOD_QUOTE}\u201d", sources=["mainichi"])]), groups)
    assert [(q.speaker, q.text, q.sources, q.verified) for q in brief.quotes] == [
        ("Shigeru Ishiba", GOOD_QUOTE, ["mainichi"], True)
    ]
    assert brief.meta.quotes_verified == 1  # type: ignore[attr-defined]


def test_fabricated_quote_is_dropped_and_counted(groups: list[DuplicateGroup]) -> None:
    fake = Quote(speaker="Shigeru Ishiba", text="We will never accept any tariff at all.", sources=["mainichi"])
    brief = brief_of(Extraction(quotes=[fake]), groups)
    assert brief.quotes == []
    assert brief.meta.quotes_proposed == 1 and brief.meta.quotes_dropped == 1  # type: ignore[attr-defined]


def test_fabricated_quote_kept_unverified_only_when_asked(groups: list[DuplicateGroup]) -> None:
    fake = Quote(speaker="Shigeru Ishiba", text="We will never accept any tariff at all.", sources=["mainichi"])
    brief = brief_of(Extraction(quotes=[fake]), groups, allow_unverified_quotes=True)
    assert [(q.text, q.verified) for q in brief.quotes] == [("We will never accept any tariff at all.", False)]


def test_a_changed_word_is_not_verbatim(groups: list[DuplicateGroup]) -> None:
    altered = GOOD_QUOTE.replace("certain progress", "some progress")
    brief = brief_of(Extraction(quotes=[Quote(speaker="Shigeru Ishiba", text=altered, sources=["mainichi"])]), groups)
    assert brief.quotes == []


def test_quote_from_a_duplicate_appears_once_under_the_kept_source(groups: list[DuplicateGroup]) -> None:
    quotes = [
        Quote(speaker="Shigeru Ishiba", text=GOOD_QUOTE, sources=["mainichi"]),
        Quote(speaker="Shigeru Ishiba", text=GOOD_QUOTE.replace("'", "\u2019"), sources=["kyodo"]),
    ]
    brief = brief_of(Extraction(quotes=quotes), groups)
    assert len(brief.quotes) == 1
    assert brief.quotes[0].sources == ["mainichi"]
    assert [s.id for s in brief.sources] == ["mainichi", "vn"]
    assert [d.id for d in brief.sources[0].duplicates] == ["kyodo"]


def test_quote_citing_the_wrong_source_keeps_only_the_source_that_has_it(groups: list[DuplicateGroup]) -> None:
    brief = brief_of(Extraction(quotes=[Quote(speaker="Shigeru Ishiba", text=GOOD_QUOTE, sources=["vn", "mainichi"])]), groups)
    assert brief.quotes[0].sources == ["mainichi"]


def test_items_citing_unknown_sources_are_rejected(groups: list[DuplicateGroup]) -> None:
    extraction = Extraction(
        quotes=[Quote(speaker="Nguyen Hong Dien", text="We want a fair deal,", sources=["a99"])],
        positions=[
            Position(actor="Vietnam", stance="wants a fair deal", sources=["a99"]),
            Position(actor="Japan (Shigeru Ishiba)", stance="will not rush a deal", sources=["kyodo", "ghost"]),
        ],
        deadlines=[
            Deadline(event="G7 summit", phrase="from Sunday", start=dt.date(2025, 6, 15), end=dt.date(2025, 6, 15), sources=["ghost"])
        ],
    )
    brief = brief_of(extraction, groups)
    assert brief.quotes == [] and brief.deadlines == []
    assert [(p.actor, p.sources) for p in brief.positions] == [("Japan (Shigeru Ishiba)", ["mainichi"])]
    assert brief.meta.rejected_source_ids == ["a99", "ghost"]  # type: ignore[attr-defined]


def test_deadline_kept_only_when_its_dates_follow_from_the_phrase(groups: list[DuplicateGroup]) -> None:
    right = Deadline(event="G7 summit in Canada", phrase="from Sunday", start=dt.date(2025, 6, 15), end=dt.date(2025, 6, 15), sources=["mainichi"])
    wrong_date = right.model_copy(update={"start": dt.date(2025, 6, 22), "end": dt.date(2025, 6, 22)})
    invented_phrase = right.model_copy(update={"phrase": "on June 30", "start": dt.date(2025, 6, 30), "end": dt.date(2025, 6, 30)})
    brief = brief_of(Extraction(deadlines=[wrong_date, invented_phrase, right]), groups)
    assert [(d.phrase, d.start) for d in brief.deadlines] == [("from Sunday", dt.date(2025, 6, 15))]
    assert brief.meta.deadlines_proposed == 3 and brief.meta.deadlines_kept == 1  # type: ignore[attr-defined]


def test_a_weekday_after_an_earlier_weekday_in_its_sentence_may_fall_the_week_after() -> None:
    from briefer.dates import supports

    tuesday = dt.date(2020, 2, 25)
    said = "Meetings will take place Monday afternoon, Tuesday, and Wednesday with the conclusion on Thursday."
    assert supports("on Thursday", dt.date(2020, 3, 5), dt.date(2020, 3, 5), said, tuesday)
    alone = "The conclusion of this first round is on Thursday."
    assert not supports("on Thursday", dt.date(2020, 3, 5), dt.date(2020, 3, 5), alone, tuesday)


def test_deadlines_sorted_by_date_and_merged_across_copies(groups: list[DuplicateGroup]) -> None:
    july = Deadline(event="Tariff pause expires", phrase="in early July", start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 10), sources=["kyodo"])
    summit = Deadline(event="G7 summit in Canada", phrase="from Sunday", start=dt.date(2025, 6, 15), end=dt.date(2025, 6, 15), sources=["mainichi"])
    brief = brief_of(Extraction(deadlines=[july, summit, july.model_copy(update={"sources": ["mainichi"]})]), groups)
    assert [(d.start, d.sources) for d in brief.deadlines] == [
        (dt.date(2025, 6, 15), ["mainichi"]),
        (dt.date(2025, 7, 1), ["mainichi"]),
    ]


def test_deadline_that_ended_before_the_brief_date_is_left_out(groups: list[DuplicateGroup]) -> None:
    summit = Deadline(event="G7 summit in Canada", phrase="from Sunday", start=dt.date(2025, 6, 15), end=dt.date(2025, 6, 15), sources=["mainichi"])
    later = verified_brief(Extraction(deadlines=[summit]), groups, reference_date=dt.date(2025, 6, 20), meta=Meta(engine="t"))
    assert later.deadlines == []


def test_summary_is_deduplicated_and_capped(groups: list[DuplicateGroup]) -> None:
    bullets = [f"bullet {i}" for i in range(10)] + ["bullet 1", "  "]
    brief = brief_of(Extraction(summary=bullets), groups)
    assert brief.summary == [f"bullet {i}" for i in range(7)]


@pytest.mark.parametrize(
    ("quote", "text", "found"),
    [
        ("win-win for both", "a \u2018win-win\u2019 for both", False),
        ("'win-win' for both", "a \u2018win-win\u2019 for both", True),
        ("deal   that\nbenefits", "a deal that benefits", True),
        ("deal that benefit", "a deal that benefits", True),
        ("Deal that benefits", "a deal that benefits", False),
        ("", "anything", False),
    ],
)
def test_verbatim_ignores_only_quote_style_and_white_space(quote: str, text: str, found: bool) -> None:
    assert quote_in_text(quote, text) is found


def test_normalisation_helpers() -> None:
    assert normalize_for_match("\u201cIt\u2019s  \n here\u201d") == "\"It's here\""
    assert strip_enclosing_quotes("\u201c\u2018nested\u2019\u201d") == "nested"
