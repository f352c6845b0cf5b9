"""Fetching pages and feeds from a real HTTP server on 127.0.0.1, failing routes included."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
import time
from collections.abc import Iterator

import pytest

from briefer.ingest import read_inputs
from briefer.ingest.web import USER_AGENT, FetchLimits, read_url, read_urls
from briefer.models import Article

from .http_server import (
    BILLION_LAUGHS,
    LocalServer,
    Response,
    Story,
    article_page,
    gzipped,
    huge,
    publish,
    redirect_to,
    rss_feed,
    sample_stories,
    stall,
)

DAY = dt.date(2025, 6, 12)
#: tight limits so failing routes fail fast; the 1 MiB cap stands in for the default 10 MiB
FAST = FetchLimits(connect_timeout=2, read_timeout=0.5, deadline=3, max_bytes=1024 * 1024, concurrency=8)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def only_article(server: LocalServer, path: str) -> Article:
    [result] = read_urls([server.url(path)], reference_date=DAY, limits=FAST)
    assert result.skipped == []
    [article] = result.articles
    return article


def test_article_page_gives_main_text_and_metadata(server: LocalServer) -> None:
    story = sample_stories(dt.date(2025, 6, 11))[0]
    server.routes["/news/japan"] = article_page(story)
    article = only_article(server, "/news/japan")
    assert "third round of tariff talks" in article.text
    assert "protect what needs to be protected" in article.text
    assert "All rights reserved" not in article.text and "Markets close higher" not in article.text
    assert article.title == story.title
    assert article.outlet == "Kyodo News"
    assert article.published == dt.date(2025, 6, 11)
    assert article.url == server.url("/news/japan")
    assert article.origin == server.url("/news/japan")


def test_requests_carry_a_real_user_agent_and_accept_compression(server: LocalServer) -> None:
    server.routes["/page"] = gzipped(article_page(sample_stories(DAY)[2]))
    article = only_article(server, "/page")
    assert "tall ships" in article.text
    [hit] = server.hits
    assert hit.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("briefer/")
    assert "gzip" in hit.headers["accept-encoding"]


def test_feed_items_are_read_in_full_from_their_pages(server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/world/rss.xml", "World news", stories)
    [result] = read_urls([feed], reference_date=DAY, limits=FAST)
    assert result.skipped == []
    assert len(result.articles) == 4
    by_title = {article.title: article for article in result.articles}
    japan = by_title[stories[0].title]
    # the feed carries only the first paragraph; the page has the quote further down
    assert "protect what needs to be protected" in japan.text
    assert japan.url == server.url("/articles/japan-tariff-talks")
    assert japan.published == DAY
    assert sorted(article.origin for article in result.articles) == [f"{feed}#{n}" for n in range(1, 5)]
    for story in stories:
        assert server.hit_count(f"/articles/{story.slug}") == 1


def test_feed_text_stands_in_when_an_article_page_fails(server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories)
    server.routes["/articles/vietnam-envoy"] = Response(b"gone", status=500, content_type="text/plain")
    [result] = read_urls([feed], reference_date=DAY, limits=FAST)
    assert result.skipped == []
    vietnam = next(article for article in result.articles if article.title == stories[1].title)
    assert vietnam.text.startswith("Vietnam's trade minister has met executives")
    assert "balanced and sustainable" not in vietnam.text


def test_items_the_caller_does_not_want_are_never_fetched(server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories)
    [result] = read_urls(
        [feed], reference_date=DAY, limits=FAST, keep=lambda item: "tariff" in item.text.lower()
    )
    assert len(result.articles) == 2
    assert server.hit_count("/articles/harbour-festival") == 0
    assert server.hit_count("/articles/cup-final") == 0


def _closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/rss.xml"


FAILING = {
    "/missing": (None, "HTTP 404"),
    "/broken": (Response(b"oops", status=500, content_type="text/plain"), "HTTP 500"),
    "/stall": (stall, "timed out"),
    "/huge": (huge(20 * 1024 * 1024), "too large"),
    "/huge-declared": (huge(20 * 1024 * 1024, declare_length=True), "too large"),
    "/loop": (redirect_to("/loop"), "redirects"),
    "/not-xml.rss": (
        Response(b"<html><body>Sorry, our feed has moved</body></html", content_type="application/rss+xml"),
        "feed",
    ),
    "/bomb.xml": (Response(BILLION_LAUGHS, content_type="application/rss+xml"), "entit"),
}


@pytest.mark.parametrize("path", sorted(FAILING))
def test_a_bad_source_is_skipped_with_its_reason(server: LocalServer, path: str) -> None:
    route, reason = FAILING[path]
    if route is not None:
        server.routes[path] = route
    started = time.monotonic()
    [result] = read_urls([server.url(path)], reference_date=DAY, limits=FAST)
    assert result.articles == []
    [skipped] = result.skipped
    assert skipped.input == server.url(path)
    assert reason in skipped.reason
    assert time.monotonic() - started < FAST.deadline + 2


def test_unreachable_host_is_skipped() -> None:
    url = _closed_port_url()
    [result] = read_urls([url], reference_date=DAY, limits=FAST)
    [skipped] = result.skipped
    assert skipped.input == url
    assert "cannot connect" in skipped.reason


def test_size_cap_stops_the_download_instead_of_checking_afterwards(server: LocalServer) -> None:
    server.routes["/huge"] = huge(20 * 1024 * 1024)
    [result] = read_urls([server.url("/huge")], reference_date=DAY, limits=FAST)
    assert "too large" in result.skipped[0].reason
    time.sleep(0.2)  # let the server notice the hang-up
    assert server.bytes_sent["/huge"] < 10 * 1024 * 1024


def test_a_20_mb_page_is_cut_off_at_the_default_cap(server: LocalServer) -> None:
    server.routes["/huge"] = huge(20 * 1024 * 1024)
    [result] = read_urls([server.url("/huge")], reference_date=DAY)
    assert "too large: over the limit of 10,485,760 bytes" in result.skipped[0].reason
    time.sleep(0.2)
    assert server.bytes_sent["/huge"] < 20 * 1024 * 1024


def test_bad_sources_do_not_stop_the_good_ones(server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories)
    server.routes["/stall"] = stall
    server.routes["/bomb.xml"] = Response(BILLION_LAUGHS, content_type="application/rss+xml")
    results = read_urls([server.url("/stall"), feed, server.url("/bomb.xml")], reference_date=DAY, limits=FAST)
    assert [len(r.articles) for r in results] == [0, 4, 0]
    assert [len(r.skipped) for r in results] == [1, 0, 1]


def test_redirects_are_followed_to_the_article(server: LocalServer) -> None:
    server.routes["/short"] = redirect_to("/long/story", status=301)
    server.routes["/long/story"] = article_page(sample_stories(DAY)[3])
    article = only_article(server, "/short")
    assert "stoppage-time header" in article.text
    assert article.url == server.url("/long/story")


def test_fetches_run_concurrently_within_the_bound() -> None:
    paragraphs = [f"Paragraph {k} of a news story, with words enough to count as an article." for k in range(6)]
    stories = [Story(f"s{n}", f"Story number {n}", [f"Story {n}.", *paragraphs], DAY) for n in range(24)]
    with LocalServer(delay=0.2) as slow:
        feed = publish(slow, "/rss", "Slow", stories)
        limits = FetchLimits(read_timeout=5, deadline=10, concurrency=6)
        started = time.monotonic()
        [result] = read_urls([feed], reference_date=DAY, limits=limits)
        elapsed = time.monotonic() - started
    assert len(result.articles) == 24
    # one after another this is 25 x 0.2 s = 5 s; six at a time about 1 s
    assert elapsed < 3.0
    assert 2 <= slow.max_in_flight <= 6


def test_read_url_reads_one_input_for_briefer_brief(server: LocalServer) -> None:
    feed = publish(server, "/feed.rss", "World", sample_stories(DAY)[:2])
    result = read_url(feed, reference_date=DAY)
    assert len(result.articles) == 2
    assert result.skipped == []


def test_atom_feed_with_relative_dates(server: LocalServer) -> None:
    story = sample_stories(DAY)[1]
    server.routes["/articles/vietnam-envoy"] = article_page(story)
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Trade desk</title><id>urn:trade</id>
<updated>2025-06-12T05:00:00Z</updated>
<entry><title>{story.title}</title><id>urn:1</id>
<link href="{server.url('/articles/vietnam-envoy')}"/>
<updated>2025-06-12T05:00:00Z</updated><summary>{story.paragraphs[0]}</summary></entry>
</feed>""".encode()
    server.routes["/atom"] = Response(atom, content_type="application/atom+xml")
    [result] = read_urls([server.url("/atom")], reference_date=DAY, limits=FAST)
    [article] = result.articles
    assert "balanced and sustainable" in article.text
    assert article.published == DAY


def test_rss_served_as_plain_text_is_still_a_feed(server: LocalServer) -> None:
    feed = rss_feed("World", server.base, sample_stories(DAY)[:1])
    server.routes["/feed"] = Response(feed.body, content_type="text/plain")
    server.routes["/articles/japan-tariff-talks"] = article_page(sample_stories(DAY)[0])
    [result] = read_urls([server.url("/feed")], reference_date=DAY, limits=FAST)
    [article] = result.articles
    assert "protect what needs to be protected" in article.text


def test_headline_only_feed_is_read_from_its_pages(server: LocalServer) -> None:
    stories = [dataclasses.replace(story, summary="") for story in sample_stories(DAY)[:3]]
    feed = publish(server, "/headlines.rss", "Headlines", stories)
    server.routes["/articles/harbour-festival"] = Response(b"gone", status=410, content_type="text/plain")
    [result] = read_urls([feed], reference_date=DAY, limits=FAST)
    assert [a.title for a in result.articles] == [stories[0].title, stories[1].title]
    assert "protect what needs to be protected" in result.articles[0].text
    # no page and no text of its own: that item is skipped, with the page's URL and reason
    [skipped] = result.skipped
    assert skipped.input == server.url("/articles/harbour-festival")
    assert "HTTP 410" in skipped.reason


def test_a_url_input_is_fetched_whatever_the_case_of_its_scheme(server: LocalServer) -> None:
    story = sample_stories(DAY)[0]
    server.routes["/news/japan"] = article_page(story)
    url = server.url("/news/japan").replace("http://", "HTTP://", 1)
    result = read_inputs([url], reference_date=DAY)
    assert result.skipped == []
    [article] = result.articles
    assert "third round of tariff talks" in article.text
