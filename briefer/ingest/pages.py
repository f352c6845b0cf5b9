"""HTML: the article of a news page (trafilatura), and the text of an HTML fragment.

trafilatura separates the article from navigation, share bars, comments and footers and
reads the page's metadata (title, date, site name, canonical URL). Dates come only from
the page's markup, never from an "extensive search" that would take a copyright year or
a sidebar's date for the publication date: an undated page is dated by `--date`.
"""

from __future__ import annotations

import datetime as dt

import lxml.etree
import lxml.html

from ..errors import InputError
from ..models import Article
from .drafts import Draft, to_articles, with_origins
from .furniture import SENTENCE_END, clean_body, word_count
from .loading import decode_html, refuse_binary

_MIN_WORDS = 25
_BLOCKS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table"}
    | {"section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr"}
)


def parse_html(html: str | bytes, *, origin: str, url: str | None, reference_date: dt.date) -> list[Article]:
    """The article of one HTML page (a list of one). Raises InputError when it holds none."""
    return to_articles(with_origins([page_article(html, url=url)], origin), reference_date=reference_date)


def page_article(html: str | bytes, *, url: str | None = None) -> Draft:
    """The main article of a page as a Draft; InputError when the page has no article."""
    import trafilatura  # a third of a second to import: only when a page is read
    from trafilatura.settings import Document

    if isinstance(html, bytes):
        refuse_binary(html)
        html = decode_html(html)
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(document, Document) or not isinstance(document.text, str):
        raise InputError("no article found in the HTML page")
    title = _clean(document.title)
    text = clean_body(_without_title(document.text, title).splitlines())
    if not _reads_as_article(text):
        raise InputError("no article found in the HTML page (only navigation or short snippets)")
    return Draft(
        text=text,
        title=title,
        outlet=_clean(document.sitename),
        url=document.url or url,
        published=_date(document.date),
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), one line per block."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for unwanted in root.xpath(".//script | .//style"):
        unwanted.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _without_title(text: str, title: str | None) -> str:
    """trafilatura often repeats the headline as the first line of the text."""
    first, _, rest = text.partition("\n")
    return rest if title and first.strip() == title else text


def _reads_as_article(text: str) -> bool:
    """At least a short paragraph of sentences, not a list of links or menu items."""
    return word_count(text) >= _MIN_WORDS and any(
        word_count(line) >= 10 and line.rstrip().endswith(SENTENCE_END) for line in text.splitlines()
    )


def _clean(value: str | None) -> str | None:
    collapsed = " ".join((value or "").split())
    return collapsed or None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
