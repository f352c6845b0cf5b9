"""Cut articles into token-budgeted, sentence-aligned chunks, each labelled with its sources.

An LLM call can only read so much, and every call repeats the prompt. So long articles
are split at sentence boundaries into passages under the budget, and short ones are
packed together so they share a call. Each passage is fenced between <article> tags
(or, when its text holds such a tag, tags derived from its hash that it does not hold),
so an article can never close its own fence, and labelled with the article's id, which
is what the model cites, and its publication date, which its dates are resolved from.

Pure functions: token counting is passed in as `count`.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pysbd  # type: ignore[import-untyped]

from .models import Article, Chunk

Counter = Callable[[str], int]

#: excerpts aim at an even share of the article plus this margin, so sentence ends do not
#: push a last scrap of a few tokens into an extra call
_SLACK = 1.1
_WORD_PIECES = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class Passage:
    """A sentence-aligned slice of one article (or the whole of it): what chunks are made of."""

    article: Article
    text: str
    tokens: int
    whole: bool = True

    @property
    def source_id(self) -> str:
        return self.article.id

    def render(self) -> str:
        return fence(self.article, self.text, whole=self.whole)

    def as_article(self) -> Article:
        """The passage as an article of its own, for an engine that reads plain articles."""
        return self.article if self.whole else self.article.model_copy(update={"text": self.text})


def fence_tag(text: str) -> str:
    """The tag that fences `text`: `article`, unless the text holds that tag (to close it early);
    then one derived from the text's hash that the text does not hold (stable, so prompts cache)."""
    if "<article" not in text and "</article" not in text:
        return "article"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for start in range(len(digest) - 8):
        tag = f"article_{digest[start : start + 8]}"
        if tag not in text:
            return tag
    return f"article_{digest}"


def fence(article: Article, text: str, *, whole: bool = True) -> str:
    """`text` of `article` between untrusted-data tags that carry its source id and date."""
    tag = fence_tag(article.text)
    label = f'id="{_attr(article.id)}"'
    if article.published and not article.published_assumed:  # an assumed date is --date, which the prompt gives
        label += f' published="{article.published.isoformat()}"'
    if not whole:
        label += ' excerpt="yes"'
    title = f"{article.title}\n\n" if article.title and whole else ""
    return f"<{tag} {label}>\n{title}{text.strip()}\n</{tag}>"


def _attr(value: object) -> str:
    return re.sub(r'["<>\s]+', " ", str(value)).strip()


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, losslessly: joined back they give `text` exactly."""
    starts = sorted({span.start for span in _segmenter().segment(text)} - {0})
    bounds = [0, *starts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b]]


def _pieces_under(text: str, budget: int, count: Counter) -> list[str]:
    """`text` as sentences, with any sentence over `budget` cut further between words."""
    pieces: list[str] = []
    for sentence in split_sentences(text):
        if count(sentence) <= budget:
            pieces.append(sentence)
        else:
            pieces.extend(_group(_WORD_PIECES.findall(sentence), budget, count))
    return pieces


def _group(pieces: Sequence[str], budget: int, count: Counter) -> list[str]:
    """Join consecutive pieces while their summed token count stays within `budget`."""
    groups: list[str] = []
    current, used = "", 0
    for piece in pieces:
        size = count(piece)
        if current and used + size > budget:
            groups.append(current)
            current, used = "", 0
        current += piece
        used += size
    if current:
        groups.append(current)
    return groups


def passages(article: Article, budget: int, count: Counter) -> list[Passage]:
    """The article whole when it fits `budget`, else balanced sentence-aligned excerpts that do."""
    whole = Passage(article, article.text, count(fence(article, article.text)))
    if whole.tokens <= budget:
        return [whole]
    text_budget = max(budget - count(fence(article, "", whole=False)) - 2, 1)
    pieces = _pieces_under(article.text, text_budget, count)
    text_tokens = sum(count(piece) for piece in pieces)
    shares = math.ceil(text_tokens / text_budget)
    target = min(text_budget, math.ceil(text_tokens / shares * _SLACK))
    return [_excerpt(article, part, count) for part in _group(pieces, target, count)]


def pack(items: Sequence[Passage], budget: int) -> list[list[Passage]]:
    """First-fit packing in input order: small passages share a chunk, none exceeds `budget`."""
    bins: list[list[Passage]] = []
    room: list[int] = []
    for item in items:
        for index, free in enumerate(room):
            if item.tokens <= free:
                bins[index].append(item)
                room[index] -= item.tokens
                break
        else:
            bins.append([item])
            room.append(budget - item.tokens)
    return bins


def plan(articles: Sequence[Article], budget: int, count: Counter) -> list[list[Passage]]:
    """Group the articles' passages into chunks of at most `budget` tokens each."""
    return pack([p for article in articles for p in passages(article, budget, count)], budget)


def to_chunk(index: int, group: Sequence[Passage]) -> Chunk:
    ids = list(dict.fromkeys(p.source_id for p in group))
    return Chunk(
        index=index,
        text="\n\n".join(p.render() for p in group),
        source_ids=ids,
        tokens=sum(p.tokens for p in group),
    )


def chunk_articles(articles: Sequence[Article], budget: int, count: Counter) -> list[Chunk]:
    """Articles as labelled chunks of at most `budget` tokens, in input order."""
    return [to_chunk(i, group) for i, group in enumerate(plan(articles, budget, count))]


def halve(group: Sequence[Passage], count: Counter) -> tuple[list[Passage], list[Passage]] | None:
    """Split a chunk in two (for an answer cut off by the length limit); None if it is one sentence."""
    if len(group) > 1:
        total = sum(p.tokens for p in group)
        running, cut = 0, 1
        for cut in range(1, len(group)):
            running += group[cut - 1].tokens
            if running * 2 >= total:
                break
        return list(group[:cut]), list(group[cut:])
    (only,) = group
    sentences = split_sentences(only.text)
    if len(sentences) < 2:
        return None
    half = max(count(only.text) // 2, 1)
    first, *rest = _group(sentences, half, count)
    second = "".join(rest)
    if not second:
        first, second = (
            "".join(sentences[: len(sentences) // 2]),
            "".join(sentences[len(sentences) // 2 :]),
        )
    return [_excerpt(only.article, first, count)], [_excerpt(only.article, second, count)]


def _excerpt(article: Article, text: str, count: Counter) -> Passage:
    return Passage(article, text, count(fence(article, text, whole=False)), whole=False)
