"""Markdown, HTML, JSON and iCalendar output, checked the way a reader or a program sees them:
Markdown through a CommonMark parser, HTML through an HTML parser, ICS through icalendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from html.parser import HTMLParser

import icalendar
import pytest
from markdown_it import MarkdownIt

from briefer.errors import RenderError
from briefer.models import Brief, Meta
from briefer.render import render

from .brief_factory import HOSTILE_QUOTE, hand_made_brief, samples_brief


@pytest.fixture(scope="module")
def brief() -> Brief:
    return hand_made_brief()


def markdown_to_html(markdown: str) -> str:
    """What GitHub shows, near enough: CommonMark with raw HTML allowed, plus strike-through."""
    return MarkdownIt("commonmark", {"html": True}).enable("strikethrough").render(markdown)


class Page(HTMLParser):
    """Every tag with its attributes, and the text of each element that has a class."""

    VOID = frozenset({"br", "meta", "img", "input", "link", "hr"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[tuple[set[str], list[str]]] = []
        self._open: list[list[str] | None] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.VOID:
            return
        classes = (dict(attrs).get("class") or "").split()
        buffer: list[str] | None = None
        if classes:
            buffer = []
            self.texts.append((set(classes), buffer))
        self._open.append(buffer)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for buffer in self._open:
            if buffer is not None:
                buffer.append(data)

    def text(self, cls: str) -> list[str]:
        """The text of every element of class `cls`, in document order."""
        return ["".join(buffer) for classes, buffer in self.texts if cls in classes]

    def attrs(self, tag: str) -> list[dict[str, str | None]]:
        return [attrs for name, attrs in self.tags if name == tag]


# ------------------------------------------------------------------------- Markdown


def test_markdown_has_every_section_in_reading_order(brief: Brief) -> None:
    md = render(brief, "md").decode("utf-8")
    headings = re.findall(r"^#{1,2} (.+)$", md, re.MULTILINE)
    assert headings == [
        "Tariff talks — Japan, the U.S. and São Paulo",
        "Summary",
        "Positions",
        "Quotes",
        "Deadlines",
        "Sources",
        "Skipped inputs",
    ]
    assert "Thursday 12 June 2025 (2025-06-12)" in md
    assert "engine: extractive" in md
    assert "赤沢亮正" in md and "Jürgen Müller" in md


def test_markdown_quotes_carry_speaker_source_and_verification(brief: Brief) -> None:
    md = render(brief, "md").decode("utf-8")
    assert "> “My focus is on our national interests, to protect what needs to be protected”" in md
    assert "> — **Ryosei Akazawa** [[2]](#source-2)" in md  # a3 is the second source in the list
    assert "> — **Shigeru Ishiba** [[1]](#source-1)\n" in md
    unverified = md[md.index("Jürgen Müller") :].splitlines()[0]
    assert "UNVERIFIED" in unverified and "verified=false" in unverified
    assert md.count("UNVERIFIED") == 2  # the flagged quote and the caution above the quotes


def test_markdown_deadlines_in_date_order_with_iso_dates(brief: Brief) -> None:
    md = render(brief, "md").decode("utf-8")
    section = md[md.index("## Deadlines") : md.index("## Sources")]
    lines = [line for line in section.splitlines() if line.startswith("- ")]
    assert lines == [
        "- **2025-06-13 (Fri)**: Next round of Japan–U.S. tariff negotiations (“on Friday”) [[1]](#source-1)",
        (
            "- **2025-06-15 – 2025-06-17 (Sun–Tue)**: G7 leaders’ summit in Canada (“mid-June”)"
            " [[1]](#source-1) [[2]](#source-2)"
        ),
        "- **2025-07-01 – 2025-07-10 (Tue–Thu)**: Expiry of the 90-day tariff pause (“in early July”) [[1]](#source-1)",
    ]


def test_markdown_sources_list_duplicates_and_links(brief: Brief) -> None:
    html = markdown_to_html(render(brief, "md").decode("utf-8"))
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert (
        "https://english.kyodonews.net/news/2025/06/tariff-talks.html",
        "Kyodo News: Japan PM hopes for progress in U.S. tariff talks, in no rush for deal",
    ) in links
    assert (
        "https://mainichi.jp/english/articles/20250612/p2g/00m/0bu/0123",
        "The Mainichi: Japan PM hopes for progress in US tariff talks, in no rush for deal",
    ) in links
    assert "same article:" in html
    # a source without a usable URL shows where it came from, and a javascript: URL is never a link
    assert "(samples/aggregator-page.txt#1)" in html
    assert "javascript:" not in html


def test_markdown_references_link_to_the_numbered_source_list(brief: Brief) -> None:
    html = markdown_to_html(render(brief, "md").decode("utf-8"))
    refs = re.findall(r'<a href="#(source-\d)">\[(\d)\]</a>', html)
    assert ("source-2", "2") in refs and ("source-1", "1") in refs and ("source-3", "3") in refs
    for anchor, _ in refs:
        assert f'<a name="{anchor}"></a>' in html  # the target exists
    assert re.findall(r"^(\d)\. <a name", render(brief, "md").decode("utf-8"), re.MULTILINE) == ["1", "2", "3"]


def test_markdown_article_text_cannot_become_markup(brief: Brief) -> None:
    hostile = brief.model_copy(
        update={
            "summary": [
                "# not a heading",
                "1. not a list",
                "- not a list",
                "> not a quote",
                "~~not struck~~ and *not em*",
            ]
        }
    )
    html = markdown_to_html(render(hostile, "md").decode("utf-8"))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<h1>") == 1 and "<ol>" not in html.split("<h2>Sources</h2>")[0]
    assert "<del>" not in html and "<em>" not in html
    summary = html.split("<h2>Summary</h2>")[1].split("<h2>")[0]
    assert summary.count("<li>") == 5 and summary.count("<ul>") == 1 and "<blockquote>" not in summary
    for bullet in (
        "# not a heading",
        "1. not a list",
        "- not a list",
        "&gt; not a quote",
        "~~not struck~~ and *not em*",
    ):
        assert bullet in summary


def test_markdown_of_an_empty_brief_says_so() -> None:
    empty = Brief(title="Quiet day", date=dt.date(2025, 6, 14), meta=Meta(engine="extractive"))
    md = render(empty, "md").decode("utf-8")
    for line in ("_No summary._", "_No positions found._", "_No quotes found._", "_No upcoming deadlines found._"):
        assert line in md
    assert "Skipped inputs" not in md and "UNVERIFIED" not in md


# ------------------------------------------------------------------------- HTML


def test_html_is_self_contained_and_runs_nothing(brief: Brief) -> None:
    html = render(brief, "html").decode("utf-8")
    page = Page(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed", "style"}
    for tag, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")], tag
        assert "src" not in attrs, tag
        assert "javascript:" not in (attrs.get("href") or "")
    assert "url(" not in html and "@import" not in html
    # the hostile quote is there, as text
    assert page.text("words")[2] == f"“{HOSTILE_QUOTE}”"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_styles_are_inline_for_mail_clients(brief: Brief) -> None:
    page = Page(render(brief, "html").decode("utf-8"))
    for tag in ("h1", "h2", "blockquote", "td"):
        for attrs in page.attrs(tag):
            assert attrs.get("style"), f"<{tag}> has no inline style"
    unverified = [attrs for attrs in page.attrs("blockquote") if "unverified" in (attrs.get("class") or "")]
    assert len(unverified) == 1 and "background" in (unverified[0]["style"] or "")


def test_html_references_point_at_existing_sources(brief: Brief) -> None:
    page = Page(render(brief, "html").decode("utf-8"))
    ids = {attrs["id"] for _, attrs in page.tags if attrs.get("id")}
    refs = [attrs["href"] for attrs in page.attrs("a") if "ref" in (attrs.get("class") or "").split()]
    assert refs and {ref.lstrip("#") for ref in refs if ref} <= ids
    external = [attrs["href"] for attrs in page.attrs("a") if (attrs.get("href") or "").startswith("http")]
    assert "https://mainichi.jp/english/articles/20250612/p2g/00m/0bu/0123" in external
    assert page.text("when") == [
        "2025-06-13 (Fri)",
        "2025-06-15 – 2025-06-17 (Sun–Tue)",
        "2025-07-01 – 2025-07-10 (Tue–Thu)",
    ]


def test_html_title_is_title_and_date(brief: Brief) -> None:
    html = render(brief, "html").decode("utf-8")
    assert "<title>Tariff talks — Japan, the U.S. and São Paulo — 2025-06-12</title>" in html
    assert html.startswith("<!DOCTYPE html>")


# ------------------------------------------------------------------------- JSON


def test_json_round_trips_with_contract_field_names(brief: Brief) -> None:
    data = json.loads(render(brief, "json"))
    assert list(data)[:8] == ["title", "date", "summary", "sources", "positions", "quotes", "deadlines", "meta"]
    assert data["date"] == "2025-06-12"
    assert data["sources"][0]["duplicates"][0]["id"] == "a2"
    assert data["quotes"][2] == {
        "speaker": "Jürgen Müller",
        "text": HOSTILE_QUOTE,
        "sources": ["a4"],
        "verified": False,
    }
    assert data["deadlines"][0]["start"] == "2025-07-01" and data["deadlines"][0]["end"] == "2025-07-10"
    assert Brief.model_validate(data) == brief


# ------------------------------------------------------------------------- iCalendar


def test_ics_has_one_all_day_event_per_deadline(brief: Brief) -> None:
    raw = render(brief, "ics")
    calendar = icalendar.Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and "briefer" in str(calendar["PRODID"])
    events = list(calendar.walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == [
        "Next round of Japan–U.S. tariff negotiations",
        "G7 leaders’ summit in Canada",
        "Expiry of the 90-day tariff pause",
    ]
    spans = [(event.decoded("DTSTART"), event.decoded("DTEND")) for event in events]
    assert spans == [
        (dt.date(2025, 6, 13), dt.date(2025, 6, 14)),  # a single day: DTEND is the next day
        (dt.date(2025, 6, 15), dt.date(2025, 6, 18)),  # a range: every day of it, end included
        (dt.date(2025, 7, 1), dt.date(2025, 7, 11)),
    ]
    for event in events:
        assert not isinstance(event.decoded("DTSTART"), dt.datetime)  # all-day, no time zone games
        assert event["UID"] and event["DTSTAMP"]


def test_ics_description_names_the_sources(brief: Brief) -> None:
    calendar = icalendar.Calendar.from_ical(render(brief, "ics"))
    summit = next(event for event in calendar.walk("VEVENT") if "G7" in str(event["SUMMARY"]))
    description = str(summit["DESCRIPTION"])
    assert "“mid-June”" in description
    assert "Kyodo News: Japan PM hopes for progress" in description
    assert "https://english.kyodonews.net/news/2025/06/tariff-talks.html" in description
    assert "NHK World" in description
    assert str(summit["URL"]) == "https://english.kyodonews.net/news/2025/06/tariff-talks.html"


def test_ics_is_valid_for_calendar_apps(brief: Brief) -> None:
    raw = render(brief, "ics")
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "lines must be folded at 75 octets"
    assert b"\n" not in raw.replace(b"\r\n", b"")


def test_ics_uids_are_stable_so_reimports_update_events(brief: Brief) -> None:
    first = [str(e["UID"]) for e in icalendar.Calendar.from_ical(render(brief, "ics")).walk("VEVENT")]
    later = brief.model_copy(update={"date": dt.date(2025, 6, 13)})
    second = [str(e["UID"]) for e in icalendar.Calendar.from_ical(render(later, "ics")).walk("VEVENT")]
    assert first == second and len(set(first)) == 3


# ------------------------------------------------------------------------- errors


def test_unknown_format_is_a_render_error(brief: Brief) -> None:
    with pytest.raises(RenderError, match="unknown output format 'docx'"):
        render(brief, "docx")


# ------------------------------------------------------------------------- the samples' brief


@pytest.fixture(scope="module")
def real() -> Brief:
    brief = samples_brief()
    assert brief.quotes and brief.deadlines and any(source.duplicates for source in brief.sources)
    return brief


def test_samples_markdown_shows_every_item_of_the_brief(real: Brief) -> None:
    md = render(real, "md").decode("utf-8")
    html = markdown_to_html(md)
    text = unescape(re.sub(r"<[^>]+>", "", html))
    for quote in real.quotes:
        assert f"“{quote.text}”" in text
    starts = [
        line.split("**")[1][:10] for line in md[md.index("## Deadlines") :].splitlines() if line.startswith("- **")
    ]
    assert starts == sorted(d.start.isoformat() for d in real.deadlines)
    for number, source in enumerate(real.sources, start=1):
        assert f'{number}. <a name="source-{number}"></a>' in md
        for dup in source.duplicates:
            assert (dup.url or dup.origin) in unescape(html)
    assert html.count('<a href="#source-') == sum(
        len(set(item.sources)) for kind in (real.positions, real.quotes, real.deadlines) for item in kind
    )


def test_samples_html_and_ics_carry_every_quote_and_deadline(real: Brief) -> None:
    page = Page(render(real, "html").decode("utf-8"))
    assert page.text("words") == [f"“{quote.text}”" for quote in real.quotes]
    events = list(icalendar.Calendar.from_ical(render(real, "ics")).walk("VEVENT"))
    assert sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in events) == sorted(
        (d.start, d.event) for d in real.deadlines
    )
    assert all(e.decoded("DTEND") - e.decoded("DTSTART") >= dt.timedelta(days=1) for e in events)
