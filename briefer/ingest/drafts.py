"""Articles before they have ids, and the one place where ids and origins are given.

Parsers produce `Draft`s; ids are handed out only once every input of a run has been
read, so that generated ids run "a1", "a2", ... in input order across all inputs and
never collide with the ids that article records bring along.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Article
from .repair import repair_lost_marks
from .wrapping import unwrap


@dataclass(frozen=True)
class Draft:
    """One article as parsed: everything an Article has except its final id."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    record_id: str | None = None
    origin: str = ""

    @classmethod
    def from_article(cls, article: Article) -> Draft:
        """A draft of an already-built article (from a URL), to be given a run-wide id."""
        return cls(
            text=article.text,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            published=None if article.published_assumed else article.published,
            origin=article.origin,
        )


@dataclass
class Parsed:
    """What one input yielded: its articles, and one reason per record that failed."""

    drafts: list[Draft] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def with_origins(drafts: Sequence[Draft], origin: str) -> list[Draft]:
    """Stamp `origin` on each draft, with "#n" when the input holds several articles."""
    if len(drafts) == 1:
        return [dataclasses.replace(drafts[0], origin=origin)]
    return [dataclasses.replace(draft, origin=f"{origin}#{n}") for n, draft in enumerate(drafts, 1)]


def to_articles(drafts: Sequence[Draft], *, reference_date: dt.date) -> list[Article]:
    """Give every draft its id and a publication date.

    A record's own id is kept (a repeated one gets "-2", "-3", ...); the others get
    "a1", "a2", ... in order, skipping ids already taken. An undated article is
    dated `reference_date` and marked `published_assumed`. Hard-wrapped text is unwrapped and
    quote marks a lost encoding printed as "?" are put back.
    """
    taken: set[str] = set()
    given: list[str | None] = []
    for draft in drafts:
        if draft.record_id is None:
            given.append(None)
            continue
        unique = _unique(draft.record_id, taken)
        taken.add(unique)
        given.append(unique)

    articles: list[Article] = []
    counter = 0
    for draft, article_id in zip(drafts, given, strict=True):
        if article_id is None:
            counter += 1
            while f"a{counter}" in taken:
                counter += 1
            article_id = f"a{counter}"
            taken.add(article_id)
        articles.append(
            Article(
                id=article_id,
                text=repair_lost_marks(unwrap(draft.text)),
                title=draft.title,
                outlet=draft.outlet,
                url=draft.url,
                origin=draft.origin,
                published=draft.published or reference_date,
                published_assumed=draft.published is None,
            )
        )
    return articles


def _unique(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"
