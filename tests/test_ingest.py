"""Ingest on real inputs: the seed aggregator page, a second aggregator page, every sample kind."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
from pathlib import Path

import pytest

from briefer.errors import InputError
from briefer.ingest import IngestResult, looks_like_feed, parse_feed, parse_html, read_inputs
from briefer.ingest.timestamps import resolve
from briefer.models import Article

from .conftest import SAMPLES, SEED, SEED_DATE

D = dt.date
TRANSIT = SAMPLES / "aggregator-transit.txt"

SEED_FURNITURE = (
    "Hashtags",
    "Try Our AI Features",
    "Explore what",
    "Comments",
    "No comments yet",
    "Related Articles",
    "Related coverage",
    "Bessent says 90-day tariff pause",
    "6th tariff talks",
    "27 minutes ago",
    "an hour ago",
    "- Japan Times",
    "- The Mainichi",
    "KYODO NEWS",
    "9 minutes ago",
    "14:37",
)


def read(*inputs: str | Path, reference_date: D = SEED_DATE, stdin: bytes | None = None) -> IngestResult:
    return read_inputs(
        [str(i) for i in inputs],
        reference_date=reference_date,
        stdin=io.BytesIO(stdin) if stdin is not None else None,
    )


def only(result: IngestResult) -> Article:
    assert result.skipped == []
    [article] = result.articles
    return article


# --- the seed: a real scraped aggregator page -------------------------------------------


@pytest.fixture(scope="module")
def seed() -> list[Article]:
    result = read_inputs([str(SEED)], reference_date=SEED_DATE)
    assert result.skipped == []
    return result.articles


def test_seed_gives_the_lead_and_three_related_articles(seed: list[Article]) -> None:
    assert [(a.id, a.origin) for a in seed] == [(f"a{n}", f"{SEED}#{n}") for n in range(1, 5)]
    assert [a.title for a in seed] == [
        "Japan hopes for 'win-win' in next trade talks with US",
        "Vietnam trade envoy meets U.S. execs at Nike and Walmart ahead of tariff talks",
        "Japan PM hopes for progress in US tariff talks, in no rush for deal",
        "Japan PM hopes for progress in U.S. tariff talks, in no rush for deal",
    ]
    assert [a.outlet for a in seed] == [None, "Japan Times", "The Mainichi", "Kyodo News"]


def test_seed_dates_relative_times_resolve_and_the_undated_lead_is_assumed(seed: list[Article]) -> None:
    assert [(a.published, a.published_assumed) for a in seed] == [
        (SEED_DATE, True),
        (SEED_DATE, False),
        (SEED_DATE, False),
        (SEED_DATE, False),
    ]


@pytest.mark.parametrize(
    ("index", "first", "last"),
    [
        (0, "Japan's government has been brainstorming its negotiating strategy", "held in Canada in mid-June."),
        (1, "Vietnam's trade minister has met with executives", "value of $69.4 billion in the same period."),
        (2, "TOKYO (Kyodo) -- Prime Minister Shigeru Ishiba said Thursday", "baseline duty already in place."),
        (3, "Prime Minister Shigeru Ishiba said Thursday that Japan aims", "baseline duty already in place."),
    ],
)
def test_seed_article_text_runs_from_first_to_last_sentence(
    seed: list[Article], index: int, first: str, last: str
) -> None:
    assert seed[index].text.startswith(first)
    assert seed[index].text.endswith(last)


def test_seed_lead_keeps_its_quotes_and_all_six_paragraphs(seed: list[Article]) -> None:
    lead = seed[0].text
    assert len(lead.splitlines()) == 6
    assert '"My focus is on our national interests' in lead
    assert "Akazawa said to the reporters after the meeting" in lead


@pytest.mark.parametrize("furniture", SEED_FURNITURE)
def test_seed_page_furniture_is_not_article_text(seed: list[Article], furniture: str) -> None:
    for article in seed:
        assert furniture not in article.text, (article.title, furniture)


def test_seed_kyodo_copy_differs_from_mainichi_only_by_its_dateline(seed: list[Article]) -> None:
    mainichi, kyodo = seed[2], seed[3]
    assert kyodo.text == mainichi.text.removeprefix("TOKYO (Kyodo) -- ")


def test_relative_times_follow_the_reference_date() -> None:
    later = read(SEED, reference_date=D(2025, 6, 20)).articles
    assert [a.published for a in later] == [D(2025, 6, 20)] * 4
    assert [a.published_assumed for a in later] == [True, False, False, False]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("27 minutes ago", D(2025, 6, 12)),
        ("an hour ago", D(2025, 6, 12)),
        ("23 hours ago", D(2025, 6, 12)),
        ("25 hours ago", D(2025, 6, 11)),
        ("yesterday", D(2025, 6, 11)),
        ("2 days ago", D(2025, 6, 10)),
        ("3 weeks ago", D(2025, 5, 22)),
        ("June 9, 2025", D(2025, 6, 9)),
    ],
)
def test_time_stamps_resolve_against_the_end_of_the_reference_day(expression: str, expected: D) -> None:
    assert resolve(expression, SEED_DATE) == expected


# --- a second aggregator page, shaped differently ----------------------------------------


@pytest.fixture(scope="module")
def transit() -> list[Article]:
    result = read_inputs([str(TRANSIT)], reference_date=SEED_DATE)
    assert result.skipped == []
    return result.articles


def test_second_aggregator_page_splits_by_structure_not_by_outlet_name(transit: list[Article]) -> None:
    assert [(a.outlet, a.published, a.published_assumed) for a in transit] == [
        (None, D(2025, 6, 12), False),  # "Posted 3 hours ago" under the lead's title
        ("Harbor City Herald", D(2025, 6, 11), False),  # outlet line, "yesterday", "- Outlet"
        ("Metro Daily", D(2025, 6, 12), False),  # "Metro Daily · 5 hours ago" on one line
        ("Lakeport Public Radio", D(2025, 6, 10), False),  # outlet line, "2 days ago", no "- Outlet"
    ]
    assert [a.title for a in transit] == [
        "Lakeport commuters weigh options as transit strike deadline nears",
        "Lakeport transit authority and union to meet Friday as strike looms",
        "Lakeport transit union sets Monday strike date after talks collapse",
        "Transit authority faces $38 million budget gap before any new contract",
    ]


def test_second_aggregator_page_furniture_header_and_link_tail_are_gone(transit: list[Article]) -> None:
    lead, herald, metro, radio = transit
    assert lead.text.startswith("With a bus and light-rail strike set to begin on Monday")
    assert lead.text.endswith("The transit authority's board meets on Saturday to approve a strike service plan.")
    for label in (
        "Posted 3 hours ago",
        "Share this story",
        "Comments (24)",
        "Load more comments",
        "More from Lakeport",
    ):
        assert label not in lead.text
    assert herald.text.endswith("decide whether to go ahead with the walkout.")
    assert metro.text.startswith("Bus and light-rail drivers in Lakeport will walk off the job on Monday")
    assert radio.text.startswith("The Lakeport Regional Transit Authority faces a $38 million budget gap")
    assert radio.text.endswith('service cuts were "on the table but not the plan."')
    assert "LAKEPORT PUBLIC RADIO" not in radio.text and "Read more" not in radio.text


def test_clipping_with_a_page_heading_and_dates_before_or_after_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "clippings.txt"
    path.write_text(
        "Water policy news for the week\n\n"
        "Valley Courier — 3 days ago\n"
        "Reservoir levels fall below drought trigger\n"
        "Reservoir levels fell below the drought trigger on Sunday, the water board said.\n"
        '"We will decide on restrictions at the June 18 meeting," board chair Li Wei said.\n\n'
        "June 11, 2025 | Coast Tribune\n"
        "Farmers ask for delay to water cuts\n"
        "Farm groups asked the board to delay cuts until after the harvest, saying crops would fail.\n"
        "Share this story\n",
        encoding="utf-8",
    )
    result = read(path)
    assert result.skipped == []
    assert [(a.origin, a.outlet, a.title, a.published) for a in result.articles] == [
        (f"{path}#1", "Valley Courier", "Reservoir levels fall below drought trigger", D(2025, 6, 9)),
        (f"{path}#2", "Coast Tribune", "Farmers ask for delay to water cuts", D(2025, 6, 11)),
    ]
    assert result.articles[0].text.endswith("board chair Li Wei said.")
    assert result.articles[1].text.endswith("saying crops would fail.")


def test_a_time_stamp_inside_one_article_does_not_split_it(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Ferry strike called off\n"
        "The ferry crews' union called off Friday's strike after a late offer, the operator said.\n"
        "Updated 2 hours ago\n"
        "Crews will vote on the offer on Monday, union secretary Tom Reyes said.\n",
        encoding="utf-8",
    )
    article = only(read(path))
    assert article.title == "Ferry strike called off"
    assert article.text.endswith("union secretary Tom Reyes said.")
    assert "Updated 2 hours ago" not in article.text


# --- single-article text ------------------------------------------------------------------


def test_plain_text_article_with_markdown_title_and_a_date_line(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Ferry service to resume on Monday\n\nJune 10, 2025\n\n"
        "The harbour ferry will resume service on Monday after repairs, the port authority said.\n\n"
        '"We expect full timetables by the end of the month," said port director Ana Ruiz.\n',
        encoding="utf-8",
    )
    article = only(read(path))
    assert (article.id, article.origin, article.title, article.outlet) == (
        "a1",
        str(path),
        "Ferry service to resume on Monday",
        None,
    )
    assert (article.published, article.published_assumed) == (D(2025, 6, 10), False)
    assert article.text.splitlines() == [
        "The harbour ferry will resume service on Monday after repairs, the port authority said.",
        '"We expect full timetables by the end of the month," said port director Ana Ruiz.',
    ]


WIRE_WRAPPED = (
    "BOSTON, Feb 7 (Reuters) - New England braced on Thursday for\n"
    "a possibly record-setting winter storm, with forecasts of up to\n"
    "two feet of snow prompting local officials to urge residents\n"
    "to prepare.\n\n"
    "The National Weather Service said Boston could get one to\n"
    "two feet of snow on Friday and Saturday, which would be its\n"
    "first major snow fall in about two years.\n"
)


def test_hard_wrapped_wire_copy_is_unwrapped_into_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "w", "text": WIRE_WRAPPED, "published": "2013-02-07"}) + "\n", encoding="utf-8")
    article = only(read(path))
    assert article.text.split("\n\n") == [
        "BOSTON, Feb 7 (Reuters) - New England braced on Thursday for a possibly record-setting winter storm, "
        "with forecasts of up to two feet of snow prompting local officials to urge residents to prepare.",
        "The National Weather Service said Boston could get one to two feet of snow on Friday and Saturday, "
        "which would be its first major snow fall in about two years.",
    ]


def test_quote_marks_a_lost_encoding_printed_as_question_marks_are_put_back(tmp_path: Path) -> None:
    text = (
        "The announcement came from the office of the Premier.\n"
        '?Lance taking part will mean the biggest influx in South Australia?s history," said Rann.\n'
        "Is that the end? No, the race goes on."
    )
    path = tmp_path / "lost.jsonl"
    path.write_text(json.dumps({"id": "l", "text": text, "published": "2008-09-24"}) + "\n", encoding="utf-8")
    lines = only(read(path)).text.splitlines()
    assert lines[1] == '\u201cLance taking part will mean the biggest influx in South Australia\u2019s history," said Rann.'
    assert lines[2] == "Is that the end? No, the race goes on."


def test_lost_closing_marks_come_back_and_links_are_left_alone(tmp_path: Path) -> None:
    text = "Reyes said: ?We are ready. It has been a long season.? Details at example.com/page?d=2024 and index.php?s=x."
    path = tmp_path / "closers.jsonl"
    path.write_text(json.dumps({"id": "c", "text": text, "published": "2008-09-24"}) + "\n", encoding="utf-8")
    assert only(read(path)).text == (
        "Reyes said: \u201cWe are ready. It has been a long season.\u201d Details at example.com/page?d=2024 and "
        "index.php?s=x."
    )


def test_a_wrapped_list_and_a_hyphenated_line_break(tmp_path: Path) -> None:
    text = (
        "The council said the resurfacing work will cause long-\nterm disruption on several routes in\n"
        "the city over the summer months, officials warned.\n\n"
        "The routes affected include the following streets in\nthe centre of the city:\n\n"
        "- Route 12 from the station to the hospital\n- Route 7 from the market to the park\n"
    )
    path = tmp_path / "list.jsonl"
    path.write_text(json.dumps({"id": "w", "text": text, "published": "2020-06-17"}) + "\n", encoding="utf-8")
    paragraphs = only(read(path)).text.split("\n\n")
    assert paragraphs[0].startswith("The council said the resurfacing work will cause long-term disruption on")
    assert paragraphs[2].splitlines() == [
        "- Route 12 from the station to the hospital",
        "- Route 7 from the market to the park",
    ]


def test_a_text_with_curly_marks_keeps_its_question_marks(tmp_path: Path) -> None:
    text = "\u201cWhy?\u201d she asked.\n?Odd line kept as printed."
    path = tmp_path / "kept.jsonl"
    path.write_text(json.dumps({"id": "k", "text": text, "published": "2008-09-24"}) + "\n", encoding="utf-8")
    assert only(read(path)).text == text


def test_one_paragraph_per_line_is_not_joined(tmp_path: Path) -> None:
    lines = [
        "When suspects appear in court, they are usually quiet, calm and tentative in what they say.",
        "But a suspect at a Kibera court was the contrast, instead quarrelling with the magistrate.",
        '"Will you proceed with the case or we start it afresh?" the clerk asked him that morning.',
        "The magistrate asked him to get out and relax before the case resumed in the afternoon.",
        "",
        "A prosecutor and a magistrate were engaged in a heated debate in another case that day.",
    ]
    path = tmp_path / "diary.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [line for line in only(read(path)).text.splitlines() if line] == [line for line in lines if line]


def test_text_that_opens_with_prose_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "clip.txt"
    path.write_text("The council approved the budget on Tuesday by a vote of 7 to 2, ending a month of talks.\n")
    article = only(read(path))
    assert article.title is None
    assert article.text == "The council approved the budget on Tuesday by a vote of 7 to 2, ending a month of talks."


# --- HTML ---------------------------------------------------------------------------------


def test_html_sample_gives_the_article_and_its_metadata() -> None:
    article = only(read(SAMPLES / "article.html"))
    assert article.title == "Lakeport transit authority and union to meet Friday as strike looms"
    assert article.outlet == "Harbor City Herald"
    assert article.url == "https://www.harborcityherald.example/news/2025/06/11/lakeport-transit-strike-mediation"
    assert (article.published, article.published_assumed) == (D(2025, 6, 11), False)
    assert article.origin == str(SAMPLES / "article.html")
    assert article.text.startswith("A state mediator has called both sides to a session on Friday")
    assert article.text.endswith(
        "The union's executive board will meet on Sunday evening to decide whether to go ahead with the walkout."
    )
    assert "“Nobody wins if the city stops moving in the busiest week of the summer,” she said." in article.text


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to main content",
        "Subscribe",
        "Wildfire smoke",
        "Copy link",
        "Advertisement",
        "Get the morning briefing",
        "riverside_rider",
        "Just pay the drivers",
        "Log in",
        "Privacy policy",
        "All rights reserved",
        "budget shows $38 million gap",
    ],
)
def test_html_page_furniture_is_left_out(furniture: str) -> None:
    assert furniture not in only(read(SAMPLES / "article.html")).text


def test_parse_html_for_fetched_pages_takes_the_url_and_origin_it_is_given() -> None:
    html = (SAMPLES / "article.html").read_bytes()
    [article] = parse_html(html, origin="https://example.org/x", url="https://example.org/x", reference_date=SEED_DATE)
    assert (article.id, article.origin) == ("a1", "https://example.org/x")
    assert article.outlet == "Harbor City Herald"


def test_undated_html_page_is_dated_by_the_reference_date() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the council report says the library will reopen after repairs to its roof.</p>"
        for n in range(4)
    )
    html = (
        "<html><head><title>Library to reopen</title></head>"
        f"<body><article><h1>Library to reopen</h1>{body}</article></body></html>"
    )
    [article] = parse_html(html, origin="page.html", url=None, reference_date=SEED_DATE)
    assert (article.title, article.published, article.published_assumed) == ("Library to reopen", SEED_DATE, True)


# --- feeds --------------------------------------------------------------------------------


def test_rss_sample_items_become_articles() -> None:
    result = read(SAMPLES / "feed.rss")
    assert result.skipped == []
    rss = result.articles
    assert [a.origin for a in rss] == [f"{SAMPLES / 'feed.rss'}#{n}" for n in (1, 2, 3)]
    assert [(a.outlet, a.published) for a in rss] == [
        ("Brussels Ledger", D(2025, 6, 12)),
        ("Brussels Ledger", D(2025, 6, 11)),
        ("Continental Wire", D(2025, 6, 10)),  # the item's <source>
    ]
    assert rss[0].title == "Carmakers and recyclers lobby for credit scheme in EU battery talks"
    assert rss[0].url == "https://brusselsledger.example/environment/2025/06/12/battery-recycling-credits"
    # full content:encoded, not the one-line description; entities decoded, tags and ads gone
    assert rss[0].text.splitlines()[2] == (
        "Parliament’s lead negotiator, Danish lawmaker Ingrid Solberg, is sceptical. “Credits are a way of buying "
        "your way out of a target on paper,” she said on Wednesday. “I will not put my name to an accounting trick.”"
    )
    assert "<p>" not in rss[0].text and "Advertisement" not in rss[0].text
    assert len(rss[0].text.splitlines()) == 4


def test_atom_sample_uses_content_or_summary_and_the_printed_local_date() -> None:
    atom = read(SAMPLES / "feed.atom").articles
    assert [(a.title, a.outlet, a.published) for a in atom] == [
        ("Mediator calls Friday session in Lakeport transit dispute", "Lakeport Public Radio", D(2025, 6, 12)),
        ("What riders need to know if Lakeport buses stop on Monday", "Lakeport Public Radio", D(2025, 6, 11)),
    ]
    assert atom[0].text.startswith("State mediator Paul Brennan has called")  # content, not the summary
    assert "“We have moved before. It is their turn,” she said." in atom[0].text
    assert atom[1].text.endswith("refund requests open on July 1.")  # summary only
    assert atom[1].url == "https://lakeportpublicradio.example/transportation/2025/06/11/strike-rider-guide"


def test_feed_date_is_the_date_printed_not_utc() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Tokyo Desk</title>
    <item><title>Late item</title><pubDate>Thu, 12 Jun 2025 01:30:00 +0900</pubDate>
    <description>The Diet session was extended by a week, the speaker said.</description></item></channel></rss>"""
    [article] = parse_feed(feed, origin="tokyo.rss", reference_date=SEED_DATE)
    assert (article.published, article.origin, article.outlet) == (D(2025, 6, 12), "tokyo.rss", "Tokyo Desk")


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        ((SAMPLES / "feed.rss").read_bytes(), None, True),
        ((SAMPLES / "feed.atom").read_bytes(), None, True),
        (b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- generated -->\n<rdf:RDF xmlns:rdf='x'></rdf:RDF>", None, True),
        ((SAMPLES / "article.html").read_bytes(), None, False),
        (b"<catalog><book/></catalog>", None, False),
        (b"whatever", "application/rss+xml; charset=utf-8", True),
        ((SAMPLES / "feed.rss").read_bytes(), "text/html", False),
    ],
)
def test_looks_like_feed(data: bytes, content_type: str | None, expected: bool) -> None:
    assert looks_like_feed(data, content_type) is expected


# --- JSON and JSON Lines ------------------------------------------------------------------


def test_jsonl_sample_keeps_given_ids_and_numbers_the_rest() -> None:
    records = read(SAMPLES / "articles.jsonl").articles
    assert [a.id for a in records] == ["ledger-battery-0611", "cw-0611-battery", "metro-transit-strike", "a1", "a2"]
    assert [a.origin for a in records] == [f"{SAMPLES / 'articles.jsonl'}#{n}" for n in range(1, 6)]
    assert [(a.published, a.published_assumed) for a in records] == [
        (D(2025, 6, 11), False),  # "2025-06-11T07:30:00+02:00"
        (D(2025, 6, 11), False),
        (D(2025, 6, 12), False),
        (D(2025, 6, 10), False),
        (SEED_DATE, True),  # no "published"
    ]
    ledger, wire = records[0], records[1]
    assert wire.text.startswith("BRUSSELS, June 11 (Continental Wire) - EU governments")
    assert "“A target that slips" in ledger.text and '"A target that slips' in wire.text


def test_json_object_is_one_article_and_a_list_is_several(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": 17, "text": "The bridge reopens on Friday.", "published": "2025-06-09"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First story text."}, {"text": "Second story text.", "outlet": "Wire"}]))
    result = read(one, many)
    assert [(a.id, a.origin, a.outlet) for a in result.articles] == [
        ("17", str(one), None),
        ("a1", f"{many}#1", None),
        ("a2", f"{many}#2", "Wire"),
    ]
    assert result.articles[0].published == D(2025, 6, 9)


def test_generated_ids_run_across_inputs_and_never_collide(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"id": "a2", "text": "Record that calls itself a2."})
        + "\n"
        + json.dumps({"id": "x", "text": "Record x."})
        + "\n"
    )
    result = read(SEED, records, records)
    assert [a.id for a in result.articles] == ["a1", "a3", "a4", "a5", "a2", "x", "a2-2", "x-2"]


# --- folders and stdin --------------------------------------------------------------------


def test_folder_is_read_recursively_sorted_without_hidden_or_unknown_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    story = "The pier will close for repairs on Monday, the harbour office said in a statement.\n"
    (tmp_path / "b" / "two.txt").write_text(story)
    (tmp_path / "a.md").write_text(story)
    (tmp_path / "c.TXT").write_text(story)
    (tmp_path / ".hidden.txt").write_text(story)
    (tmp_path / ".cache" / "old.txt").write_text(story)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    result = read(tmp_path)
    assert result.skipped == []
    assert [a.origin for a in result.articles] == [
        str(tmp_path / "a.md"),
        str(tmp_path / "b" / "two.txt"),
        str(tmp_path / "c.TXT"),
    ]


def test_samples_folder_reads_every_kind_without_a_skip() -> None:
    result = read(SAMPLES)
    assert result.skipped == []
    kinds = {Path(a.origin.split("#")[0]).suffix for a in result.articles}
    assert kinds >= {".txt", ".html", ".jsonl", ".rss", ".atom"}
    assert len({a.id for a in result.articles}) == len(result.articles)


@pytest.mark.parametrize(
    ("sample", "count", "origin"),
    [
        ("aggregator-page.txt", 4, "-#1"),
        ("article.html", 1, "-"),
        ("articles.jsonl", 5, "-#1"),
        ("feed.rss", 3, "-#1"),
        ("feed.atom", 2, "-#1"),
    ],
)
def test_stdin_is_sniffed(sample: str, count: int, origin: str) -> None:
    result = read("-", stdin=(SAMPLES / sample).read_bytes())
    assert result.skipped == []
    assert len(result.articles) == count
    assert result.articles[0].origin == origin


def test_named_pipe_is_read_like_stdin(tmp_path: Path) -> None:
    """`briefer brief <(curl ...)` hands briefer a pipe: no size to check, no extension to go by."""
    pipe = tmp_path / "fifo"
    os.mkfifo(pipe)
    writer = threading.Thread(target=pipe.write_bytes, args=((SAMPLES / "feed.atom").read_bytes(),))
    writer.start()
    try:
        result = read(pipe)
    finally:
        writer.join(timeout=10)
    assert result.skipped == []
    assert [a.origin for a in result.articles] == [f"{pipe}#1", f"{pipe}#2"]


def test_stdin_json_object_and_text_that_opens_with_a_bracket() -> None:
    record = only(read("-", stdin=b'{"id": "s1", "text": "Polls close at 8 p.m. on Sunday."}'))
    assert (record.id, record.text) == ("s1", "Polls close at 8 p.m. on Sunday.")
    prose = only(read("-", stdin=b"[Updated] Polls close at 8 p.m. on Sunday, officials said.\n"))
    assert prose.text == "[Updated] Polls close at 8 p.m. on Sunday, officials said."


def test_parse_feed_raises_input_error_for_a_feed_without_items() -> None:
    with pytest.raises(InputError, match="no items"):
        parse_feed(
            b'<rss version="2.0"><channel><title>Empty</title></channel></rss>',
            origin="e.rss",
            reference_date=SEED_DATE,
        )
