"""The `extractive` engine: the brief drawn from the articles by rules, with no network and no key.

Quotes and speakers come from `briefer.quotes`, positions and summary bullets from
`briefer.positions`, upcoming deadlines from `briefer.deadlines`. What the engine adds is
the day-level view: one spelling per person across articles ("Akazawa Ryosei" in one
outlet, "Ryosei Akazawa" in another), a person's country learnt from any article that
ties them ("Japan's chief tariff negotiator Ryosei Akazawa"), positions merged per actor
with their sources, and deadlines that ended before the brief's date left out.

Meta counters: quotes_found, positions_found, deadlines_found, deadlines_before_date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..deadlines import find_deadlines
from ..models import Article, Deadline, Extraction, Position, Quote
from ..names import canonical_people
from ..positions import PositionMention, actor_label, find_positions, headline, summary_bullets
from ..quotes import QuoteMention, analyse, find_quotes

#: positions kept for one brief, the most widely reported first
MAX_POSITIONS = 10


@dataclass
class _Merged:
    """One actor's position across articles: the first stance found, every source that states one."""

    person: str | None
    country: str | None
    stance: str
    first: tuple[int, int]
    sources: list[str] = field(default_factory=list)


@dataclass
class _Read:
    """What the engine keeps of one article once its analysis is dropped (10,000 articles fit)."""

    quotes: list[QuoteMention]
    positions: list[PositionMention]
    people: list[str]
    surnames: set[str]
    countries: dict[str, str]
    headline: str
    lead: str


def _read(article: Article) -> _Read:
    analysis = analyse(article.text)
    return _Read(
        quotes=find_quotes(analysis),
        positions=find_positions(analysis),
        people=sorted(analysis.names.people),
        surnames=analysis.names.surnames(),
        countries=dict(analysis.names.countries),
        headline=headline(article.title, analysis),
        lead=headline(None, analysis),
    )


class ExtractiveEngine:
    name = "extractive"
    model: str | None = None

    def extract(self, articles: Sequence[Article], *, reference_date: dt.date) -> Extraction:
        """Propose summary, positions, quotes and deadlines for the unique `articles`."""
        reads = [_read(article) for article in articles]
        spelling = _spelling(reads)
        countries = _countries(reads, spelling)
        deadlines, past = _deadlines(articles, reference_date)
        extraction = Extraction(
            summary=summary_bullets([r.headline for r in reads], [r.lead for r in reads]),
            positions=_positions(articles, [r.positions for r in reads], spelling, countries),
            quotes=[
                Quote(speaker=spelling.get(q.speaker, q.speaker), text=q.text, sources=[article.id])
                for article, read in zip(articles, reads, strict=True)
                for q in read.quotes
            ],
            deadlines=deadlines,
        )
        extraction.meta = {
            "quotes_found": len(extraction.quotes),
            "positions_found": sum(len(r.positions) for r in reads),
            "deadlines_found": len(extraction.deadlines) + past,
            "deadlines_before_date": past,
        }
        return extraction


def _spelling(reads: Sequence[_Read]) -> dict[str, str]:
    """One spelling per person across the day's articles (see `names.canonical_people`)."""
    names = [q.speaker for r in reads for q in r.quotes]
    names += [p.person for r in reads for p in r.positions if p.person]
    names += [person for r in reads for person in r.people]
    surnames = {surname for r in reads for surname in r.surnames}
    return canonical_people(names, surnames)


def _countries(reads: Sequence[_Read], spelling: dict[str, str]) -> dict[str, str]:
    """Person -> country, from whichever article ties them (first one wins)."""
    out: dict[str, str] = {}
    for read in reads:
        for person, country in read.countries.items():
            out.setdefault(spelling.get(person, person), country)
    return out


def _positions(
    articles: Sequence[Article],
    found: Sequence[list[PositionMention]],
    spelling: dict[str, str],
    countries: dict[str, str],
) -> list[Position]:
    merged: dict[str, _Merged] = {}
    for index, (article, mentions) in enumerate(zip(articles, found, strict=True)):
        for mention in mentions:
            person = spelling.get(mention.person, mention.person) if mention.person else None
            country = mention.country or (countries.get(person) if person else None)
            label = actor_label(country, person)
            entry = merged.setdefault(label, _Merged(person, country, mention.stance, (index, mention.rank)))
            if article.id not in entry.sources and _same_stance(entry.stance, mention.stance):
                entry.sources.append(article.id)
    ranked = sorted(
        merged.items(),
        key=lambda item: (-len(item[1].sources), not (item[1].person and item[1].country), item[1].first),
    )
    return [Position(actor=label, stance=entry.stance, sources=entry.sources) for label, entry in ranked[:MAX_POSITIONS]]


def _same_stance(kept: str, other: str) -> bool:
    """Whether two stance lines say the same thing, so the second article may be cited for the first.

    A source is cited for a position only when it backs the stance shown, not merely
    because it mentions the same actor saying something else.
    """
    a, b = set(re.findall(r"\w+", kept.casefold())), set(re.findall(r"\w+", other.casefold()))
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= 0.6


def _deadlines(articles: Sequence[Article], reference_date: dt.date) -> tuple[list[Deadline], int]:
    """Upcoming deadlines of every article, merged across articles; and how many ended before the date."""
    merged: dict[tuple[dt.date, dt.date, str], Deadline] = {}
    past = 0
    for article in articles:
        published = article.published or reference_date
        for mention in find_deadlines(article.text, published):
            if mention.end < reference_date:
                past += 1
                continue
            key = (mention.start, mention.end, " ".join(mention.event.casefold().split()))
            deadline = merged.get(key)
            if deadline is None:
                merged[key] = Deadline(
                    event=mention.event, phrase=mention.phrase, start=mention.start, end=mention.end, sources=[article.id]
                )
            elif article.id not in deadline.sources:
                deadline.sources.append(article.id)
    return sorted(merged.values(), key=lambda d: (d.start, d.end)), past
