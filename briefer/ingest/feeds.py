"""RSS and Atom feeds: one article per item (feedparser).

An item's text is its full content when the feed carries it, else its summary, with the
HTML stripped. Its outlet is the item's <source> or else the feed's title. Before
feedparser sees the bytes, defusedxml refuses any document that declares entities:
a few hundred bytes of nested entity definitions can expand to gigabytes.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import io
import logging
import re
import xml.etree.ElementTree as ElementTree
import xml.sax
from typing import Any

import defusedxml
import defusedxml.ElementTree

from ..errors import InputError
from ..models import Article
from .drafts import Draft, Parsed, to_articles, with_origins
from .furniture import clean_body
from .pages import fragment_text

log = logging.getLogger(__name__)

_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "application/json", "text/plain"})
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.DOTALL | re.IGNORECASE)
_ROOT = re.compile(rb"\s*<(?:rss|feed|rdf:RDF)\b")


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """True when `data` is an RSS/Atom/RDF feed, judged by content type, else by its root element."""
    if content_type:
        media = content_type.split(";")[0].strip().lower()
        if media in _FEED_TYPES:
            return True
        if media in _PAGE_TYPES:
            return False
    head = data[:65536].removeprefix(b"\xef\xbb\xbf")
    while match := _PROLOG.match(head):
        if not match.group(0).strip():
            break
        head = head[match.end() :]
    return bool(_ROOT.match(head))


def parse_feed(data: bytes, *, origin: str, reference_date: dt.date, link_only: bool = False) -> list[Article]:
    """The articles of a feed, origins "origin#n". Raises InputError for a malformed feed.

    Items without any text are left out (and logged), unless `link_only`: then an item
    with a link but no text is kept with empty text, for a caller that fetches the page.
    """
    parsed = feed_items(data, link_only=link_only)
    for problem in parsed.problems:
        log.warning("%s: %s", origin, problem)
    return to_articles(with_origins(parsed.drafts, origin), reference_date=reference_date)


def feed_items(data: bytes, *, link_only: bool = False) -> Parsed:
    """Drafts of a feed's items, and a reason for each item left out (see parse_feed)."""
    import feedparser  # slow to import: only when a feed is read

    _refuse_entities(data)
    feed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=True, sanitize_html=True)
    if not feed.entries:
        if feed.bozo:
            raise InputError(f"malformed feed: {_reason(feed.get('bozo_exception'))}")
        raise InputError("feed has no items")
    feed_title = _plain(feed.feed.get("title"))
    result = Parsed()
    for number, entry in enumerate(feed.entries, 1):
        title = _plain(entry.get("title"))
        text = _entry_text(entry)
        if not text and not (link_only and entry.get("link")):
            result.problems.append(f"item {number} ({title or 'untitled'}): no text")
            continue
        source = entry.get("source") or {}
        result.drafts.append(
            Draft(
                text=text,
                title=title,
                outlet=_plain(source.get("title")) or feed_title,
                url=entry.get("link") or None,
                published=_entry_date(entry),
            )
        )
    if not result.drafts:
        if feed.bozo:
            raise InputError(f"malformed feed: {_reason(feed.get('bozo_exception'))}")
        raise InputError(f"none of the feed's {len(feed.entries)} items has any text")
    return result


def _refuse_entities(data: bytes) -> None:
    try:
        defusedxml.ElementTree.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except (defusedxml.EntitiesForbidden, defusedxml.ExternalReferenceForbidden):
        raise InputError("feed declares XML entities; refused as a possible entity-expansion attack") from None
    except ElementTree.ParseError:
        pass  # not well-formed XML: feedparser's lenient parser decides whether it is a feed


def _entry_text(entry: Any) -> str:
    for detail in [*(entry.get("content") or []), entry.get("summary_detail") or {}]:
        value = detail.get("value") or ""
        text = fragment_text(value) if "html" in (detail.get("type") or "html") else value
        cleaned = clean_body(text.splitlines())
        if cleaned:
            return cleaned
    return ""


def _entry_date(entry: Any) -> dt.date | None:
    """The date as printed in the item (in its own time zone), not converted to UTC."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()
        except (TypeError, ValueError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip()).date()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _plain(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(fragment_text(value).split()) if "<" in value else " ".join(value.split())
    return text or None


def _reason(exc: object) -> str:
    """One line on why feedparser could not read the feed."""
    if isinstance(exc, xml.sax.SAXParseException):
        return f"not well-formed XML ({exc.getMessage()} at line {exc.getLineNumber()})"
    lines = str(exc or "").strip().splitlines()
    line = lines[0] if lines else "not an RSS or Atom feed"
    return line if len(line) <= 160 else line[:157] + "..."
