"""Which parser reads an input: by file extension, else by sniffing the bytes (stdin)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Literal

from ..errors import InputError
from .drafts import Parsed
from .feeds import feed_items, looks_like_feed
from .loading import decode, refuse_binary
from .pages import page_article
from .plaintext import split_articles
from .records import json_records, jsonl_records

Kind = Literal["text", "html", "json", "jsonl", "feed", "xml"]

KIND_BY_SUFFIX: dict[str, Kind] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".xml": "xml",
    ".rss": "feed",
    ".atom": "feed",
}

_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|article|div|p)\b", re.IGNORECASE)


def parse_bytes(data: bytes, *, kind: Kind | None, reference_date: dt.date) -> Parsed:
    """The articles in `data`, read as `kind` (None: sniff it). InputError when unusable."""
    refuse_binary(data)
    kind = kind or sniff(data)
    if kind == "xml":
        if not looks_like_feed(data):
            raise InputError("XML that is not an RSS or Atom feed")
        kind = "feed"
    if kind == "feed":
        return feed_items(data)
    if kind == "html":
        return Parsed([page_article(data)])
    text = decode(data)
    if kind == "json":
        return json_records(text)
    if kind == "jsonl":
        return jsonl_records(text)
    return Parsed(split_articles(text, reference_date=reference_date))


def sniff(data: bytes) -> Kind:
    """The kind of an input without a telling name: JSON, JSON Lines, a feed, HTML or text."""
    if looks_like_feed(data):
        return "feed"
    head = data[:4096].removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"{", b"[")):
        return _json_kind(data)
    if _HTML_START.match(head):
        return "html"
    if head.startswith(b"<?xml"):
        return "xml"
    return "text"


def _json_kind(data: bytes) -> Kind:
    """JSON when the whole parses, JSON Lines when the first line does.

    Otherwise text that opens with "[" is prose ("[Updated] ..."), and with "{" it is
    broken JSON, which the JSON reader then reports.
    """
    try:
        json.loads(data)
        return "json"
    except (json.JSONDecodeError, UnicodeDecodeError):
        pass
    stripped = data.lstrip()
    try:
        if isinstance(json.loads(stripped.split(b"\n", 1)[0]), dict):
            return "jsonl"
    except (json.JSONDecodeError, UnicodeDecodeError):
        pass
    return "json" if stripped.startswith(b"{") else "text"
