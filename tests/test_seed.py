"""The seed page, a real scraped aggregator page, end to end with exact expectations."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from briefer import Brief, Settings, build_brief

from .conftest import ROOT, SEED, SEED_DATE

D = dt.date


@pytest.fixture(scope="module")
def brief() -> Brief:
    return build_brief([str(SEED)], reference_date=SEED_DATE, settings=Settings(engine="extractive"))


def _source_of(brief: Brief, quote_fragment: str) -> str:
    for quote in brief.quotes:
        if quote_fragment in quote.text:
            return quote.sources[0]
    raise AssertionError(f"no quote with {quote_fragment!r}")


def test_four_articles_three_sources_one_duplicate(brief: Brief) -> None:
    assert brief.meta.articles_in == 4
    assert brief.meta.articles_unique == 3
    outlets = [(s.outlet, [d.outlet for d in s.duplicates]) for s in brief.sources]
    ishiba = [entry for entry in outlets if entry[1]]
    assert len(ishiba) == 1
    assert sorted([ishiba[0][0], *ishiba[0][1]]) == ["Kyodo News", "The Mainichi"]
    assert {"Japan Times", None} <= {o for o, _ in outlets}
    assert all(s.published == SEED_DATE for s in brief.sources)


def _quotes(brief: Brief) -> dict[str, str]:
    return {q.text.rstrip(","): q.speaker for q in brief.quotes}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("My focus is on our national interests, to protect what needs to be protected and to say what needs to be said", "Akazawa"),
        ("The priority is to achieve an agreement with the United States that is a win-win for both countries.", "Akazawa"),
        (
            "It'd be good to see certain progress made before meeting with the president at the G7. "
            "But what matters is a deal that benefits both Japan and the United States",
            "Shigeru Ishiba",
        ),
        ("We will not prioritize reaching a deal quickly and undermine national interests", "Shigeru Ishiba"),
    ],
)
def test_full_quotes_with_speakers(brief: Brief, text: str, speaker: str) -> None:
    quotes = _quotes(brief)
    assert text in quotes, sorted(quotes)
    assert speaker in quotes[text]


def test_partial_quote_with_mixed_quote_marks(brief: Brief) -> None:
    wanted = "voice their strong support and promote the negotiation process to soon reach a fair, balanced and sustainable agreement"
    matches = [q for q in brief.quotes if q.text.rstrip(",") == wanted]
    assert [q.speaker for q in matches] == ["Nguyen Hong Dien"]


def test_every_quote_verified_and_the_ishiba_quotes_appear_once(brief: Brief) -> None:
    assert all(q.verified for q in brief.quotes)
    ishiba = [q for q in brief.quotes if "undermine national interests" in q.text]
    assert len(ishiba) == 1
    assert _source_of(brief, "undermine national interests") in {s.id for s in brief.sources}


def test_scare_quotes_are_not_quotes(brief: Brief) -> None:
    texts = {q.text.strip(" ,.").casefold() for q in brief.quotes}
    assert "reciprocal" not in texts
    assert "win-win" not in texts


def _deadline(brief: Brief, phrase_fragment: str):  # type: ignore[no-untyped-def]
    found = [d for d in brief.deadlines if phrase_fragment in d.phrase]
    assert found, f"no deadline phrase with {phrase_fragment!r}: {[d.phrase for d in brief.deadlines]}"
    return found[0]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("from Sunday", D(2025, 6, 15), D(2025, 6, 15)),
        ("on Friday", D(2025, 6, 13), D(2025, 6, 13)),
        ("mid-June", D(2025, 6, 11), D(2025, 6, 20)),
        ("early July", D(2025, 7, 1), D(2025, 7, 10)),
        ("next month", D(2025, 7, 1), D(2025, 7, 31)),
    ],
)
def test_deadlines_resolved_against_publication_date(brief: Brief, phrase: str, start: D, end: D) -> None:
    deadline = _deadline(brief, phrase)
    assert (deadline.start, deadline.end) == (start, end)


def test_hedged_deadlines_are_ranges_in_the_right_week(brief: Brief) -> None:
    talks = _deadline(brief, "later next week")
    assert D(2025, 6, 16) <= talks.start <= talks.end <= D(2025, 6, 22)
    letters = _deadline(brief, "a week and a half to two weeks")
    assert D(2025, 6, 20) <= letters.start <= D(2025, 6, 23) and D(2025, 6, 25) <= letters.end <= D(2025, 6, 27)


def test_past_references_are_not_deadlines(brief: Brief) -> None:
    phrases = " | ".join(d.phrase for d in brief.deadlines)
    for past in ("on Thursday", "Wednesday", "last month", "said Friday", "Thursday"):
        assert past not in phrases
    assert all(d.end >= SEED_DATE for d in brief.deadlines)
    assert [d.start for d in brief.deadlines] == sorted(d.start for d in brief.deadlines)


def test_items_cite_known_sources_and_summary_has_headlines(brief: Brief) -> None:
    ids = {s.id for s in brief.sources}
    for item in [*brief.positions, *brief.quotes, *brief.deadlines]:
        assert item.sources and set(item.sources) <= ids
    assert 3 <= len(brief.summary) <= 7
    assert brief.positions, "positions should be drawn from the seed"


def test_cli_json_matches_contract() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "briefer", "brief", str(SEED), "--date", "2025-06-12", "--format", "json", "--engine", "extractive"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= {"title", "date", "summary", "sources", "positions", "quotes", "deadlines", "meta"}
    assert data["date"] == "2025-06-12"
    assert data["meta"]["engine"] == "extractive" and data["meta"]["articles_unique"] == 3
    dup = next(s for s in data["sources"] if s["duplicates"])
    assert dup["origin"].startswith(str(SEED)) and "#" in dup["origin"]
    assert set(dup["duplicates"][0]) >= {"id", "outlet", "url", "origin"}
    Brief.model_validate(data)
