"""A synthetic news corpus for the benchmarks: distinct articles and their copies.

Articles read like wire stories (quotes with speakers, positions, dated events) around a
large pseudo-word vocabulary, so distinct articles share only stock phrases. About a
third of the records are copies of an earlier article as the web republishes them:
other quote marks and dashes, a byline or footer added, the lead dropped, paragraphs
cut, an update paragraph added, or an aggregator's truncated teaser. Some distinct
articles are a second agency's story on the same press conference, with the same quotes.

Every record carries `story`, the id of the article it copies (its own id when it is an
original), so a benchmark can score the dedup stage against the truth.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SYLLABLES = [
    "ka",
    "ren",
    "to",
    "mi",
    "sal",
    "vor",
    "den",
    "li",
    "pra",
    "gen",
    "tu",
    "mor",
    "es",
    "an",
    "bel",
    "cor",
    "dri",
    "fen",
    "hal",
    "ir",
    "jo",
    "lum",
    "nas",
    "ost",
    "pel",
    "quin",
    "ris",
    "sten",
    "tar",
    "ul",
    "vek",
    "wen",
    "yor",
    "zan",
    "ber",
    "cal",
    "dor",
    "fil",
    "gar",
    "hen",
]
_NOUNS_BASE = [
    "tariff",
    "deal",
    "talks",
    "economy",
    "market",
    "budget",
    "policy",
    "vote",
    "summit",
    "agreement",
    "investment",
    "exports",
    "imports",
    "sanctions",
    "inflation",
    "growth",
    "government",
    "ministry",
    "parliament",
    "coalition",
    "election",
    "treaty",
    "alliance",
]
_FUNCTION = ["the", "a", "of", "in", "on", "for", "with", "and", "to", "by", "from", "as", "at"]
_VERBS = ["said", "warned", "argued", "noted", "added", "stressed", "insisted", "suggested"]
_FIRST = ["Ryosei", "Scott", "Maria", "Shigeru", "Chen", "Olaf", "Amara", "Luis", "Ingrid", "Kofi", "Priya", "Yuki"]
_LAST = ["Akazawa", "Bessent", "Lopez", "Ishiba", "Wei", "Berg", "Okafor", "Silva", "Hansen", "Mensah", "Rao", "Tanaka"]
_ROLES = [
    "trade minister",
    "finance minister",
    "prime minister",
    "central bank governor",
    "chief negotiator",
    "foreign minister",
]
_COUNTRIES = [
    "Japan",
    "the United States",
    "Canada",
    "Germany",
    "Brazil",
    "India",
    "Kenya",
    "Norway",
    "Vietnam",
    "Mexico",
]
_CITIES = ["Tokyo", "Washington", "Ottawa", "Berlin", "Brasilia", "New Delhi", "Nairobi", "Oslo", "Hanoi", "Geneva"]
_EVENTS = [
    "G7 leaders' summit",
    "round of tariff talks",
    "budget vote",
    "trade ministers' meeting",
    "climate conference",
]
_OUTLETS = ["Kyodo News", "Reuters", "The Mainichi", "Japan Times", "AP", "AFP", "Nikkei Asia", "Bloomberg"]
_MONTHS = ["June", "July", "August", "September"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


class _Writer:
    """Draws words and sentences from one seeded random source."""

    def __init__(self, rng: random.Random, vocabulary_size: int = 20_000) -> None:
        self.rng = rng
        self.vocabulary = sorted(
            {"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(vocabulary_size)}
        )
        # Zipf-like: a few words are common, most are rare, as in real text.
        self.cum_weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.vocabulary))))

    def content_words(self, count: int) -> list[str]:
        return self.rng.choices(self.vocabulary, cum_weights=self.cum_weights, k=count)

    def clause(self, length: int) -> str:
        out = []
        for word in self.content_words(length):
            if self.rng.random() < 0.35:
                out.append(self.rng.choice(_FUNCTION))
            out.append(word if self.rng.random() > 0.15 else self.rng.choice(_NOUNS_BASE))
        return " ".join(out)

    def person(self) -> str:
        return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"

    def quote(self) -> str:
        return self.clause(self.rng.randint(8, 20)).capitalize()

    def filler(self) -> str:
        return f"{self.clause(self.rng.randint(10, 24)).capitalize()}."

    def dated_event(self) -> str:
        month = self.rng.choice(_MONTHS)
        day = self.rng.randint(1, 20)
        return (
            f"The {self.rng.choice(_EVENTS)} will be held in {self.rng.choice(_CITIES)} "
            f"from {month} {day} to {month} {day + self.rng.randint(1, 5)}."
        )

    def position(self, speaker: str) -> str:
        return (
            f"{speaker}, the {self.rng.choice(_ROLES)}, {self.rng.choice(_VERBS)} that "
            f"{self.rng.choice(_COUNTRIES)} would not {self.clause(self.rng.randint(5, 10))} -- "
            f"at least not before the {self.rng.choice(_EVENTS)}."
        )

    def quoted(self, speaker: str, words: str) -> str:
        return f'"{words}," {speaker} told reporters on {self.rng.choice(_WEEKDAYS)}.'

    def paragraph(self, speaker: str, quotes: list[str]) -> str:
        sentences = []
        for _ in range(self.rng.randint(2, 4)):
            roll = self.rng.random()
            if roll < 0.15 and quotes:
                sentences.append(self.quoted(speaker, quotes.pop()))
            elif roll < 0.25:
                sentences.append(self.position(speaker))
            elif roll < 0.32:
                sentences.append(self.dated_event())
            else:
                sentences.append(self.filler())
        return " ".join(sentences)

    def article(self, speaker: str, quotes: list[str], words: int) -> str:
        paragraphs: list[str] = []
        pending = list(quotes)
        while sum(len(p.split()) for p in paragraphs) < words:
            paragraphs.append(self.paragraph(speaker, pending))
        for left in pending:
            paragraphs.append(self.quoted(speaker, left))
        return "\n\n".join(paragraphs)


def _copy(writer: _Writer, text: str, outlet: str) -> str:
    """A re-publication of `text` with one or two of the changes the web makes."""
    rng = writer.rng
    paragraphs = text.split("\n\n")
    for change in rng.sample(["typography", "furniture", "lead", "cut", "update", "teaser"], k=rng.randint(1, 2)):
        if change == "typography":
            paragraphs = [
                p.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace(" -- ", "\u2014") for p in paragraphs
            ]
        elif change == "furniture":
            paragraphs = [
                f"By {writer.person()}, {outlet}",
                *paragraphs,
                f"(Reporting by {writer.person()}; Editing by {writer.person()})",
                f"\u00a9 2025 {outlet}",
            ]
        elif change == "lead" and len(paragraphs) > 3:
            paragraphs = paragraphs[1:]
        elif change == "cut" and len(paragraphs) > 5:
            for _ in range(2):
                paragraphs.pop(rng.randrange(1, len(paragraphs)))
        elif change == "update":
            paragraphs.insert(rng.randint(1, len(paragraphs)), writer.filler() + " " + writer.filler())
        elif change == "teaser":
            teaser = " ".join(" ".join(paragraphs).split()[: rng.randint(50, 90)])
            return teaser[: -rng.randint(1, 4)]
    return "\n\n".join(paragraphs)


def records(
    count: int, *, seed: int = 7, copy_share: float = 0.3, same_event_share: float = 0.05
) -> Iterator[dict[str, Any]]:
    """`count` article records, deterministic for a given seed."""
    rng = random.Random(seed)
    writer = _Writer(rng)
    originals: list[dict[str, Any]] = []
    published = dt.date(2025, 6, 12)
    for number in range(count):
        record_id = f"a{number}"
        outlet = rng.choice(_OUTLETS)
        roll = rng.random()
        if originals and roll < copy_share:
            source = rng.choice(originals)
            text = _copy(writer, source["text"], outlet)
            record = {
                **source,
                "id": record_id,
                "outlet": outlet,
                "text": text,
                "url": f"https://news.example/{record_id}",
            }
        else:
            if originals and roll < copy_share + same_event_share:
                # Another agency at the same press conference: same speaker and quotes, own prose.
                event = rng.choice(originals)
                speaker, quotes = event["speaker"], list(event["quotes"])
            else:
                speaker, quotes = writer.person(), [writer.quote() for _ in range(rng.randint(1, 3))]
            text = writer.article(speaker, quotes, rng.randint(300, 900))
            record = {
                "id": record_id,
                "story": record_id,
                "title": f"{speaker} on {rng.choice(_NOUNS_BASE)} {rng.choice(_NOUNS_BASE)}",
                "outlet": outlet,
                "url": f"https://news.example/{record_id}",
                "published": published.isoformat(),
                "text": text,
                "speaker": speaker,
                "quotes": quotes,
            }
            originals.append(record)
        yield {key: record[key] for key in ("id", "story", "title", "outlet", "url", "published", "text")}


def write_jsonl(folder: Path, count: int, *, seed: int = 7, per_file: int = 1000) -> Path:
    """Write `count` records into `folder` as JSONL files of `per_file` records (each well
    under ingest's 10 MB per-file limit), with the fields of CONTRACT.md only."""
    folder.mkdir(parents=True, exist_ok=True)
    stream = records(count, seed=seed)
    number = 0
    while chunk := list(itertools.islice(stream, per_file)):
        with open(folder / f"part-{number:04d}.jsonl", "w", encoding="utf-8") as handle:
            for record in chunk:
                del record["story"]
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        number += 1
    return folder
