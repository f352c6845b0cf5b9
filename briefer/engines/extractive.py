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
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..deadlines import find_deadlines
from ..models import Article, Deadline, Extraction, Position, Quote
from ..names import canonical_people
from ..positions import PositionMention, find_positions, headline, summary_bullets
from ..quotes import Analysis, QuoteMention, analyse, find_quotes

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


class ExtractiveEngine:
    name = "extractive"
    model: str | None = None

    def extract(self, articles: Sequence[Article], *, reference_date: dt.date) -> Extraction:
        """Propose summary, positions, quotes and deadlines for the unique `articles`."""
        analyses = [analyse(article.text) for article in articles]
        quotes = [find_quotes(analysis) for analysis in analyses]
        positions = [find_positions(analysis) for analysis in analyses]
        spelling = _spelling(analyses, quotes, positions)
        countries = _countries(analyses, spelling)
        deadlines, past = _deadlines(articles, reference_date)
        extraction = Extraction(
            summary=summary_bullets(
                [headline(a.title, an) for a, an in zip(articles, analyses, strict=True)],
                [headline(None, an) for an in analyses],
            ),
            positions=_positions(articles, positions, spelling, countries),
            quotes=[
                Quote(speaker=spelling.get(q.speaker, q.speaker), text=q.text, sources=[article.id])
                for article, found in zip(articles, quotes, strict=True)
                for q in found
            ],
            deadlines=deadlines,
        )
        extraction.meta = {
            "quotes_found": len(extraction.quotes),
            "positions_found": sum(len(found) for found in positions),
            "deadlines_found": len(extraction.deadlines) + past,
            "deadlines_before_date": past,
        }
        return extraction


def _spelling(
    analyses: Sequence[Analysis], quotes: Sequence[list[QuoteMention]], positions: Sequence[list[PositionMention]]
) -> dict[str, str]:
    """One spelling per person across the day's articles (see `names.canonical_people`)."""
    names = [q.speaker for found in quotes for q in found]
    names += [p.person for found in positions for p in found if p.person]
    names += [person for analysis in analyses for person in sorted(analysis.names.people)]
    surnames = {surname for analysis in analyses for surname in analysis.names.surnames()}
    return canonical_people(names, surnames)


def _countries(analyses: Sequence[Analysis], spelling: dict[str, str]) -> dict[str, str]:
    """Person -> country, from whichever article ties them (first one wins)."""
    out: dict[str, str] = {}
    for analysis in analyses:
        for person, country in analysis.names.countries.items():
            out.setdefault(spelling.get(person, person), country)
    return out


def actor_label(country: str | None, person: str | None) -> str:
    """ "Japan (Shigeru Ishiba)", or just the person or the country."""
    if country and person:
        return f"{country} ({person})"
    return person or country or ""


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
            if article.id not in entry.sources:
                entry.sources.append(article.id)
    ranked = sorted(
        merged.items(),
        key=lambda item: (-len(item[1].sources), not (item[1].person and item[1].country), item[1].first),
    )
    return [Position(actor=label, stance=entry.stance, sources=entry.sources) for label, entry in ranked[:MAX_POSITIONS]]


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
