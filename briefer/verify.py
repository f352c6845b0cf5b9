"""The verify stage, shared by every engine: nothing unchecked is shown as fact.

- every item must cite a known source; ids of duplicate copies are mapped to the kept
  source, ids that name no input article are rejected;
- a quote must occur verbatim (ignoring only quote-mark style and white space) in a
  cited source, else it is dropped (or kept with verified=false when asked);
- a deadline must be derivable from its phrase, the cited source's words and that
  source's publication date (`briefer.dates.supports`), and must not have ended before
  the brief's date;
- the same quote, position or deadline reported by several sources appears once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .models import Article, Brief, Deadline, Extraction, Meta, Position, Quote, Source, SourceRef

if TYPE_CHECKING:
    from .dedup import DuplicateGroup

MAX_SUMMARY_BULLETS = 7

_QUOTE_MARKS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_ENCLOSING = "\"' "


def normalize_for_match(text: str) -> str:
    """Text with quote marks unified and white space collapsed: the only liberties a 'verbatim' check takes."""
    return " ".join(text.translate(_QUOTE_MARKS).split())  # str.split() splits on exactly what re's \s matches


def strip_enclosing_quotes(text: str) -> str:
    """Remove quotation marks wrapped around a whole quote (models often add them)."""
    unified = normalize_for_match(text)
    while len(unified) > 1 and unified[0] in "\"'" and unified[-1] in "\"'":
        unified = unified[1:-1].strip()
    return unified


def quote_in_text(quote: str, text: str) -> bool:
    return _found(_needle(quote), normalize_for_match(text))


def _needle(quote: str) -> str:
    return strip_enclosing_quotes(quote).strip(_ENCLOSING)


def _found(needle: str, normalized_text: str) -> bool:
    return bool(needle) and needle in normalized_text


def sources_from_groups(groups: Sequence[DuplicateGroup]) -> list[Source]:
    return [
        Source(
            id=group.kept.id,
            title=group.kept.title,
            outlet=group.kept.outlet,
            url=group.kept.url,
            origin=group.kept.origin,
            published=group.kept.published,
            duplicates=[
                SourceRef(id=c.id, title=c.title, outlet=c.outlet, url=c.url, origin=c.origin) for c in group.copies
            ],
        )
        for group in groups
    ]


class _Checker:
    """Holds the id map and texts of one brief's sources while its items are checked."""

    def __init__(self, groups: Sequence[DuplicateGroup]) -> None:
        self.kept: dict[str, Article] = {}
        self.canonical: dict[str, str] = {}
        self.texts: dict[str, list[str]] = {}
        for group in groups:
            kept_id = group.kept.id
            self.kept[kept_id] = group.kept
            self.texts[kept_id] = [group.kept.text, *(c.text for c in group.copies)]
            for article in (group.kept, *group.copies):
                self.canonical[article.id] = kept_id
        self.unknown_ids: set[str] = set()
        self._normalized: dict[str, list[str]] = {}

    def known_sources(self, cited: Iterable[str]) -> list[str]:
        """Cited ids mapped to kept sources, unknown ones rejected, order kept, no repeats."""
        out: list[str] = []
        for source_id in cited:
            kept = self.canonical.get(str(source_id).strip())
            if kept is None:
                self.unknown_ids.add(str(source_id))
            elif kept not in out:
                out.append(kept)
        return out

    def sources_quoting(self, quote: str, cited: Sequence[str]) -> list[str]:
        needle = _needle(quote)
        return [sid for sid in cited if any(_found(needle, text) for text in self._normalized_texts(sid))]

    def _normalized_texts(self, sid: str) -> list[str]:
        """A source's texts as `quote_in_text` compares them, normalised once per brief, not per quote."""
        if sid not in self._normalized:
            self._normalized[sid] = [normalize_for_match(text) for text in self.texts[sid]]
        return self._normalized[sid]

    def sources_dating(self, deadline: Deadline, cited: Sequence[str]) -> list[str]:
        from .dates import supports

        found = []
        for sid in cited:
            article = self.kept[sid]
            published = article.published
            if published is None:
                continue
            if any(supports(deadline.phrase, deadline.start, deadline.end, text, published) for text in self.texts[sid]):
                found.append(sid)
        return found


def _merge_sources(target: list[str], extra: Iterable[str]) -> None:
    for sid in extra:
        if sid not in target:
            target.append(sid)


def check_quotes(
    quotes: Sequence[Quote], checker: _Checker, *, allow_unverified: bool
) -> tuple[list[Quote], dict[str, int]]:
    kept: list[Quote] = []
    by_key: dict[tuple[str, str], Quote] = {}
    counts = {"quotes_proposed": len(quotes), "quotes_verified": 0, "quotes_dropped": 0, "quotes_unverified_kept": 0}
    for quote in quotes:
        cited = checker.known_sources(quote.sources)
        text = strip_enclosing_quotes(quote.text)
        if not cited or not text:
            counts["quotes_dropped"] += 1
            continue
        found_in = checker.sources_quoting(text, cited)
        if found_in:
            candidate = Quote(speaker=quote.speaker.strip(), text=text, sources=found_in, verified=True)
        elif allow_unverified:
            candidate = Quote(speaker=quote.speaker.strip(), text=text, sources=cited, verified=False)
        else:
            counts["quotes_dropped"] += 1
            continue
        key = (candidate.speaker.casefold(), text.casefold())
        if key in by_key:
            _merge_sources(by_key[key].sources, candidate.sources)
            continue
        by_key[key] = candidate
        kept.append(candidate)
    counts["quotes_verified"] = sum(q.verified for q in kept)
    counts["quotes_unverified_kept"] = sum(not q.verified for q in kept)
    return kept, counts


def check_positions(positions: Sequence[Position], checker: _Checker) -> list[Position]:
    kept: list[Position] = []
    by_key: dict[tuple[str, str], Position] = {}
    for position in positions:
        cited = checker.known_sources(position.sources)
        if not cited:
            continue
        key = (position.actor.strip().casefold(), normalize_for_match(position.stance).casefold())
        if key in by_key:
            _merge_sources(by_key[key].sources, cited)
            continue
        by_key[key] = Position(actor=position.actor.strip(), stance=position.stance.strip(), sources=cited)
        kept.append(by_key[key])
    return kept


def check_deadlines(
    deadlines: Sequence[Deadline], checker: _Checker, *, reference_date: dt.date
) -> tuple[list[Deadline], dict[str, int]]:
    kept: list[Deadline] = []
    by_key: dict[tuple[dt.date, dt.date, str], Deadline] = {}
    counts = {"deadlines_proposed": len(deadlines), "deadlines_kept": 0, "deadlines_past": 0}
    for deadline in deadlines:
        cited = checker.known_sources(deadline.sources)
        dated_by = checker.sources_dating(deadline, cited) if cited else []
        if not dated_by:
            continue
        if deadline.end < reference_date:
            counts["deadlines_past"] += 1
            continue
        key = (deadline.start, deadline.end, normalize_for_match(deadline.event).casefold())
        if key in by_key:
            _merge_sources(by_key[key].sources, dated_by)
            continue
        by_key[key] = deadline.model_copy(update={"sources": dated_by})
        kept.append(by_key[key])
    kept.sort(key=lambda d: (d.start, d.end))
    counts["deadlines_kept"] = len(kept)
    return kept, counts


def default_title(reference_date: dt.date) -> str:
    return f"News brief for {reference_date:%A, %d %B %Y}"


def verified_brief(
    extraction: Extraction,
    groups: Sequence[DuplicateGroup],
    *,
    reference_date: dt.date,
    meta: Meta,
    title: str | None = None,
    allow_unverified_quotes: bool = False,
) -> Brief:
    """Check every proposed item against the sources and assemble the Brief."""
    checker = _Checker(groups)
    quotes, quote_counts = check_quotes(extraction.quotes, checker, allow_unverified=allow_unverified_quotes)
    positions = check_positions(extraction.positions, checker)
    deadlines, deadline_counts = check_deadlines(extraction.deadlines, checker, reference_date=reference_date)
    summary = list(dict.fromkeys(b.strip() for b in extraction.summary if b.strip()))[:MAX_SUMMARY_BULLETS]
    extras: dict[str, Any] = {**extraction.meta, **quote_counts, **deadline_counts}
    if checker.unknown_ids:
        extras["rejected_source_ids"] = sorted(checker.unknown_ids)
    full_meta = Meta.model_validate({**meta.model_dump(), **extras})
    return Brief(
        title=title or default_title(reference_date),
        date=reference_date,
        summary=summary,
        sources=sources_from_groups(groups),
        positions=positions,
        quotes=quotes,
        deadlines=deadlines,
        meta=full_meta,
    )
