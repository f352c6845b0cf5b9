"""What every text format shows, computed once: numbered references, ordered deadlines.

The templates only lay this out; the choices (which number a source gets, which links
are safe to follow, in what order deadlines come) are made here, in plain Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import Brief, Deadline, Source, SourceRef

SAFE_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class DuplicateView:
    """A copy of a kept source, listed under it."""

    ref: SourceRef
    label: str
    url: str | None


@dataclass(frozen=True)
class SourceView:
    """One entry of the numbered source list."""

    number: int
    anchor: str
    source: Source
    label: str
    url: str | None
    duplicates: list[DuplicateView]


@dataclass(frozen=True)
class BriefView:
    """The brief as the templates see it: sources numbered from 1, deadlines by date."""

    brief: Brief
    sources: list[SourceView]
    numbers: dict[str, int]
    deadlines: list[Deadline]
    made_with: str
    unverified_quotes: int

    @property
    def title(self) -> str:
        return document_title(self.brief)

    def refs(self, ids: Iterable[str]) -> list[SourceView]:
        """The sources cited by `ids`, in source-list order, each once."""
        wanted = sorted({self.numbers[sid] for sid in ids if sid in self.numbers})
        return [self.sources[number - 1] for number in wanted]


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) link a reader may follow, else None (no javascript: links)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc else None


def long_date(day: dt.date) -> str:
    """'Thursday 12 June 2025': the same in every locale, unlike strftime('%x')."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def date_span(deadline: Deadline) -> str:
    """'2025-06-13 (Fri)' or '2025-06-11 – 2025-06-20 (Wed–Fri)'."""
    if deadline.start == deadline.end:
        return f"{deadline.start.isoformat()} ({deadline.start:%a})"
    return f"{deadline.start.isoformat()} – {deadline.end.isoformat()} ({deadline.start:%a}–{deadline.end:%a})"


def _label(outlet: str | None, title: str | None, origin: str) -> str:
    parts = [part.strip() for part in (outlet, title) if part and part.strip()]
    return ": ".join(parts) if parts else origin


def build_view(brief: Brief) -> BriefView:
    sources = [
        SourceView(
            number=number,
            anchor=f"source-{number}",
            source=source,
            label=_label(source.outlet, source.title, source.origin),
            url=safe_url(source.url),
            duplicates=[
                DuplicateView(ref=dup, label=_label(dup.outlet, dup.title, dup.origin), url=safe_url(dup.url))
                for dup in source.duplicates
            ],
        )
        for number, source in enumerate(brief.sources, start=1)
    ]
    engine = brief.meta.engine + (f" ({brief.meta.model})" if brief.meta.model else "")
    counted = f"{brief.meta.articles_unique} unique of {brief.meta.articles_in} articles"
    return BriefView(
        brief=brief,
        sources=sources,
        numbers={view.source.id: view.number for view in sources},
        deadlines=sorted(brief.deadlines, key=lambda d: (d.start, d.end, d.event)),
        made_with=f"engine: {engine} · {counted}",
        unverified_quotes=sum(not quote.verified for quote in brief.quotes),
    )


def document_title(brief: Brief) -> str:
    """'Trade talks — 2025-06-12': the HTML <title>, the PDF's title and the mail's default subject."""
    day = brief.date.isoformat()
    return brief.title if day in brief.title else f"{brief.title} — {day}"
