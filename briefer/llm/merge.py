"""Merging partial briefs: the deterministic half of the reduce step.

Map calls see one chunk each, so the same quote or deadline can come back from two
chunks and the same actor can hold a position in several. Exact repeats are merged here
(sources united, order kept); folding differently worded positions of one actor into one
line is left to the reduce prompt, which starts from this merge.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from ..models import Deadline, Extraction, Position, Quote
from .schema import ChunkAnswer

Item = TypeVar("Item", Position, Quote, Deadline)
_QUOTE_MARKS = re.compile(r"[\"'“”‘’«»„‚]")
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
_NOT_NAMES = frozenset({"the", "and", "for", "its"})


def norm(text: str) -> str:
    """Case, quote-mark style and white space do not make two items different."""
    return " ".join(_QUOTE_MARKS.sub("", text).casefold().split())


def to_extraction(answer: ChunkAnswer) -> Extraction:
    """A validated model answer as unverified brief items.

    A deadline that ends before it starts is dropped on its own (and counted in meta as
    `deadlines_unordered`) rather than costing the whole answer a re-ask: small models
    get the rest right often enough.
    """
    ordered = [d for d in answer.deadlines if d.end >= d.start]
    extraction = Extraction(
        summary=list(getattr(answer, "summary", [])),
        positions=[Position(**p.model_dump()) for p in answer.positions],
        quotes=[Quote(**q.model_dump(), verified=False) for q in answer.quotes],
        deadlines=[Deadline(**d.model_dump()) for d in ordered],
    )
    if len(ordered) < len(answer.deadlines):
        extraction.meta["deadlines_unordered"] = len(answer.deadlines) - len(ordered)
    return extraction


def _union(lists: Iterable[Sequence[str]]) -> list[str]:
    return list(dict.fromkeys(sid for sources in lists for sid in sources))


def _dedup(items: Iterable[Item], key: Callable[[Item], Hashable]) -> list[Item]:
    kept: dict[Hashable, Item] = {}
    for item in items:
        first = kept.get(key(item))
        if first is None:
            kept[key(item)] = item.model_copy(update={"sources": list(dict.fromkeys(item.sources))})
        else:
            first.sources = _union([first.sources, item.sources])
    return list(kept.values())


def merge_positions(positions: Iterable[Position]) -> list[Position]:
    """One position per actor: distinct stances joined, sources united."""
    by_actor: dict[str, list[Position]] = {}
    for position in positions:
        by_actor.setdefault(norm(position.actor), []).append(position)
    merged = []
    for group in by_actor.values():
        stances = list({norm(p.stance): p.stance.strip() for p in group}.values())
        merged.append(
            Position(
                actor=group[0].actor,
                stance="; ".join(stances),
                sources=_union(p.sources for p in group),
            )
        )
    return merged


def related(positions: Sequence[Position]) -> tuple[list[Position], list[Position]]:
    """Positions whose actor shares a name with another's ("Japan", "Japan (Akazawa)"), and the rest.

    Only the first group can need the reduce prompt: actors with nothing in common are
    already one line each, and sending them would only spend tokens.
    """
    words = [set(_NAME_WORD.findall(norm(p.actor))) - _NOT_NAMES for p in positions]
    linked = {i for i, mine in enumerate(words) for j, theirs in enumerate(words) if i != j and mine & theirs}
    return (
        [p for i, p in enumerate(positions) if i in linked],
        [p for i, p in enumerate(positions) if i not in linked],
    )


def merge(parts: Sequence[Extraction]) -> Extraction:
    """The partial briefs as one: repeats merged, first-seen order kept, summaries dropped."""
    unordered = sum(part.meta.get("deadlines_unordered", 0) for part in parts)
    return Extraction(
        meta={"deadlines_unordered": unordered} if unordered else {},
        positions=merge_positions(p for part in parts for p in part.positions),
        quotes=_dedup((q for part in parts for q in part.quotes), lambda q: norm(q.text)),
        deadlines=_dedup(
            (d for part in parts for d in part.deadlines),
            lambda d: (norm(d.event), d.start, d.end),
        ),
    )
