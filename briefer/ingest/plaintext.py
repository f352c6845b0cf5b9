"""Plain text and Markdown: one article, or an aggregator page of several.

An aggregator page (a copied news portal, a clipping of "Related Articles") repeats one
shape per article card:

    Japan Times                 outlet line (optional)
    27 minutes ago              time stamp, or "Outlet · 27 minutes ago" on one line
    - Japan Times               "- Outlet" line (optional)
    Vietnam trade envoy ...     headline
    Vietnam's trade minister... body, up to the next card

Whatever precedes the first card is the lead article: its first line is its title when
that line reads as a headline, and a time stamp right under the title dates it. The
cards are found by that structure, not by any outlet's name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..errors import InputError
from .drafts import Draft
from .furniture import SENTENCE_END, clean_body, is_furniture, word_count
from .timestamps import SEPARATOR, STAMP_PREFIX, TIME_EXPR, resolve, stamp_of

_OUTLET_THEN_TIME = re.compile(rf"(?P<outlet>.+?){SEPARATOR}{STAMP_PREFIX}(?P<when>{TIME_EXPR})", re.IGNORECASE)
_TIME_THEN_OUTLET = re.compile(rf"{STAMP_PREFIX}(?P<when>{TIME_EXPR}){SEPARATOR}(?P<outlet>.+)", re.IGNORECASE)
_CREDIT = re.compile(r"(?:[-–—•·]\s*|(?:via|from|source:)\s+)(?P<outlet>.+)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_NO_HEADLINE_END = (".", ",", ";", ":", "。", "、")


@dataclass(frozen=True)
class _Card:
    start: int  # first line of the card (its outlet line, or its time stamp)
    outlet: str | None
    when: str
    headline: str
    body_start: int


def split_articles(text: str, *, reference_date: dt.date) -> list[Draft]:
    """The articles of a text: the lead, then one per card. Raises InputError if none."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cards = _find_cards(lines)
    drafts: list[Draft] = []
    lead = _lead(lines[: cards[0].start if cards else len(lines)], reference_date)
    # Above cards, a line or two without a sentence is the page's heading, not an article.
    if lead is not None and (not cards or any(_is_prose(line) for line in lead.text.splitlines())):
        drafts.append(lead)
    for position, card in enumerate(cards):
        end = cards[position + 1].start if position + 1 < len(cards) else len(lines)
        body = clean_body(lines[card.body_start : end])
        if body:
            published = resolve(card.when, reference_date)
            drafts.append(Draft(text=body, title=card.headline, outlet=card.outlet, published=published))
    if not drafts:
        raise InputError("no article text found")
    return drafts


def _find_cards(lines: list[str]) -> list[_Card]:
    cards: list[_Card] = []
    index = 0
    while index < len(lines):
        card = _card_at(lines, index)
        if card is None:
            index += 1
        else:
            cards.append(card)
            index = card.body_start
    return cards


def _card_at(lines: list[str], index: int) -> _Card | None:
    """The card whose time stamp is line `index`, if the lines around it have a card's shape."""
    stamp = _stamp(lines[index])
    if stamp is None:
        return None
    outlet, when = stamp
    start = index
    if outlet is None and index > 0 and _is_name(lines[index - 1]):
        outlet, start = lines[index - 1], index - 1
    following = _next_filled(lines, index + 1)
    if following is not None and (credit := _CREDIT.fullmatch(lines[following])) and _is_name(credit["outlet"]):
        outlet = credit["outlet"].strip()
        following = _next_filled(lines, following + 1)
    if following is None or not _is_headline(lines[following]):
        return None
    body = _next_filled(lines, following + 1)
    if body is None or not _is_prose(lines[body]):
        return None
    return _Card(start=start, outlet=outlet, when=when, headline=lines[following], body_start=following + 1)


def _stamp(line: str) -> tuple[str | None, str] | None:
    """(outlet or None, time expression) when `line` is a card's time-stamp line."""
    when = stamp_of(line)
    if when is not None:
        return None, when
    for pattern in (_OUTLET_THEN_TIME, _TIME_THEN_OUTLET):
        match = pattern.fullmatch(line)
        if match and _is_name(match["outlet"]):
            return match["outlet"].strip(), match["when"]
    return None


def _lead(lines: list[str], reference_date: dt.date) -> Draft | None:
    filled = [line for line in lines if line and not is_furniture(line)]
    title = None
    if len(filled) > 1 and _is_headline(_MARKDOWN_HEADING.sub("", filled[0], count=1)):
        title, filled = _MARKDOWN_HEADING.sub("", filled[0], count=1), filled[1:]
    published = None
    if filled and (when := stamp_of(filled[0])) is not None:
        published, filled = resolve(when, reference_date), filled[1:]
    body = clean_body(filled)
    return Draft(text=body, title=title, published=published) if body else None


def _next_filled(lines: list[str], index: int) -> int | None:
    for position in range(index, len(lines)):
        if lines[position]:
            return position
    return None


def _is_name(line: str) -> bool:
    """An outlet's name: a few capitalised words, not a sentence, label or time stamp."""
    words = line.split()
    return (
        0 < len(words) <= 6
        and len(line) <= 50
        and line[0].isupper()
        and not line.rstrip().endswith((".", "!", "?", ":", ";", ","))
        and not is_furniture(line)
        and stamp_of(line) is None
    )


def _is_headline(line: str) -> bool:
    return (
        3 <= word_count(line) <= 30
        and len(line) <= 250
        and not line.endswith(_NO_HEADLINE_END)
        and not is_furniture(line)
        and _stamp(line) is None
    )


def _is_prose(line: str) -> bool:
    """A line of article text: ends like a sentence, or runs long (a paragraph cut mid-way)."""
    return line.endswith(SENTENCE_END) or word_count(line) >= 12
