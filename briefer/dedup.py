"""Group copies of the same article: wire copies, re-publications, reprints with cuts.

Two articles are copies when nearly all word 5-grams ("shingles") of the shorter one
occur in the longer one. This containment measure, unlike Jaccard similarity, still
holds when one text is the other with paragraphs cut, a lead dropped, an update added
or page furniture around it; two agencies' write-ups of the same press conference share
the quotes but not the prose around them, so they stay apart.

Finding the pairs must not compare all pairs. Each article keeps a bottom-k MinHash
sketch (its k smallest shingle hashes, a uniform sample of its shingles); an inverted
index from every shingle hash to the articles holding it tells, for each sampled hash,
which articles contain it, so the share of an article's sample found in another article
estimates how much of it that article contains. Pairs whose estimate passes are then
confirmed on the exact shingle sets. All of it is a few sorts over one array of every
shingle: O(n log n) in the total length of the text.

Why not datasketch's MinHashLSHEnsemble, the library's containment index: on 10,000
articles of ~600 words it spent 24 s of CPU finding candidates (each sketch goes into
dozens of Python hash tables) and still missed 2.5% of the pairs that pass the exact
check, mostly short teasers of long articles; this finds all of them in about a second.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from tld import get_tld

from .models import Article

SHINGLE_WORDS = 5
CONTAINMENT = 0.6
"""Share of the shorter text's shingles that must occur in the longer one. On the real
articles of benchmarks/eval*, copies score 0.77-0.94 (an update that adds paragraphs and
rewrites a sentence is the low end) and distinct stories of one event at most 0.35: the
threshold sits in the middle of that gap."""
REVISION_CONTAINMENT = 0.3
"""The same threshold for two versions of one page (the same address, see `page_key`):
an outlet's update rewrites a story more than a re-publisher does. On the BBC's two
versions of one rail-strike story in benchmarks/eval-holdout2 the share is 0.52; a page
whose whole content was replaced (a "latest news" address) stays apart."""
MIN_SHINGLES = 10
"""Below this many shingles (about 14 words) only an identical text counts as a copy."""

_SAMPLE = 32
"""Shingles per sketch. A pair is checked exactly when 35% of one article's sample is
in the other: a true copy (containment >= 0.6) is missed with odds of about 1 in 10^3,
one at 0.7 with odds of about 1 in 10^5."""
_CANDIDATE_SHARE = 0.35
_COMMON = 200
"""A shingle held by more articles than this is sketched only when an article has too
few others, and looked up in this many of its holders: index lookups stay under
`_SAMPLE * _COMMON` per article however much boilerplate or how many copies there are."""
_CONTAINERS = 16
"""Candidates kept per article, best first: enough to find the group it belongs to."""
_LOOKUPS_PER_BATCH = 1_000_000
"""Index lookups expanded at once, to bound memory on boilerplate-heavy input."""

_APOSTROPHES_AND_DOTS = "'\u2019\u2018\u02bc."
_UNSPACED_SCRIPTS = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF))
"""Kana and CJK ideographs: Japanese and Chinese put no spaces between words."""
_U64 = np.uint64
_MIX_1 = _U64(0xFF51AFD7ED558CCD)
_MIX_2 = _U64(0xC4CEB9FE1A85EC53)
_SHIFT = _U64(33)


@dataclass(frozen=True)
class DuplicateGroup:
    """One unique article (`kept`, the most complete text) and its copies, in input order."""

    kept: Article
    copies: tuple[Article, ...] = ()


def words(text: str) -> list[str]:
    """The words of `text`, normalised so that typography, case and punctuation do not count.

    NFKC folds compatibility forms (full-width letters and digits, half-width kana);
    apostrophes and dots are dropped ("Japan’s" = "Japan's" = "japans", "U.S." = "us");
    every other punctuation mark, symbol, quote or dash separates words, so curly and
    straight quotes, "—" and "--" read the same. Each kana or CJK ideograph counts as a
    word of its own, so Japanese and Chinese text shingles by characters.
    """
    return unicodedata.normalize("NFKC", text).casefold().translate(_word_breaks()).split()


@functools.cache
def _word_breaks() -> dict[int, str | None]:
    """The translate table of `words`, built on first use (it walks 65,536 code points)."""
    table: dict[int, str | None] = {
        code: " "
        for code in range(0x10000)
        if unicodedata.category(chr(code))[0] in "PSZC" and chr(code) not in _APOSTROPHES_AND_DOTS
    }
    table.update(dict.fromkeys(map(ord, _APOSTROPHES_AND_DOTS)))
    table.update(
        (code, f" {chr(code)} ")
        for low, high in _UNSPACED_SCRIPTS
        for code in range(low, high + 1)
        if unicodedata.category(chr(code))[0] in "LM"
    )
    return table


def content_fingerprint(text: str) -> str:
    """A stable hex digest of the normalised words: equal for copies that differ only in
    quote marks, dashes, white space or case, and the same in every process and release."""
    return _digest(words(text))


def group_duplicates(articles: Sequence[Article]) -> list[DuplicateGroup]:
    """Group `articles` into unique articles with their copies.

    Every article lands in exactly one group; groups come in the order of their first
    article. Articles are taken from the most complete down: each one joins the group
    of the article that contains most of it, if any does. So a short item that two
    distinct stories both contain (a teaser made of quotes they share) joins one of
    them and never bridges the two into one group.
    """
    shingles = _Shingles(articles)
    sizes = shingles.sizes.tolist()
    identical = _identical_pairs(shingles.digests)
    revisions = _same_page_pairs(articles)
    containers: dict[int, list[tuple[float, int]]] = {}
    for pair in shingles.candidate_pairs() | identical | revisions:
        copy, container = sorted(pair, key=lambda i: (sizes[i], -i))
        share = 1.0 if pair in identical else shingles.containment(copy, container)
        if share >= (REVISION_CONTAINMENT if pair in revisions else CONTAINMENT):
            containers.setdefault(copy, []).append((share, container))
    order = sorted(range(len(articles)), key=lambda i: (-sizes[i], i))
    rank = {article: position for position, article in enumerate(order)}
    root = list(range(len(articles)))
    for article in order:
        if article in containers:
            _, best = max(containers[article], key=lambda found: (found[0], -rank[found[1]]))
            root[article] = root[best]
    members: dict[int, list[int]] = {}
    for index in range(len(articles)):
        members.setdefault(root[index], []).append(index)
    return [
        DuplicateGroup(kept=articles[kept], copies=tuple(articles[i] for i in indices if i != kept))
        for kept, indices in members.items()
    ]


def page_key(url: str | None) -> tuple[str, str] | None:
    """(site, path) naming one article page, or None when `url` names no single article.

    The site is the registered name without its suffix, so bbc.co.uk and bbc.com are one
    site; query, fragment, letter case and a trailing slash are dropped (feeds add
    tracking parameters). A path counts only when it looks like an article's (a date or
    an id in it, or a last segment that is a slug of three words): "/news/" or "/world"
    name sections.
    """
    if not url:
        return None
    try:
        found = get_tld(url, as_object=True, fail_silently=True)
    except ValueError:
        return None
    if found is None or not found.domain:
        return None
    path = found.parsed_url.path.rstrip("/").lower()
    last = path.rsplit("/", 1)[-1]
    if not (any(c.isdigit() for c in path) or len(re.split(r"[-_]", last)) >= 3):
        return None
    return found.domain.lower(), path


def _same_page_pairs(articles: Sequence[Article]) -> set[tuple[int, int]]:
    """(i < j) for articles read from the same page address: versions of one article."""
    by_page: dict[tuple[str, str], list[int]] = {}
    for index, article in enumerate(articles):
        key = page_key(article.url)
        if key is not None:
            by_page.setdefault(key, []).append(index)
    return {pair for indices in by_page.values() for pair in itertools.combinations(indices, 2)}


def _identical_pairs(digests: list[str | None]) -> set[tuple[int, int]]:
    """(first, later) for texts whose normalised words are identical, however short."""
    first_seen: dict[str, int] = {}
    pairs = set()
    for index, digest in enumerate(digests):
        if digest is not None:
            first = first_seen.setdefault(digest, index)
            if first != index:
                pairs.add((first, index))
    return pairs


def _digest(text_words: list[str]) -> str:
    return hashlib.sha256(" ".join(text_words).encode("utf-8")).hexdigest()


class _Vocabulary(dict[str, int]):
    """Stable 64-bit word hashes, each computed once per distinct word."""

    def __missing__(self, word: str) -> int:
        value = self[word] = int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
        return value


class _Shingles:
    """The shingle sets of all articles, held as one sorted array.

    Each entry packs (article, shingle hash) into one uint64, so one sort orders them
    article-major: each article's set is a sorted slice, for exact containment and for
    its sketch. The inverted index is the same entries re-packed hash-major.
    """

    hashes: np.ndarray
    sizes: np.ndarray
    offsets: np.ndarray

    def __init__(self, articles: Sequence[Article]) -> None:
        self.count = len(articles)
        self.doc_bits = max(1, self.count.bit_length())
        self.hash_bits = 64 - self.doc_bits
        self.digests: list[str | None] = []
        keys = self._keys(articles)
        keys.sort()
        keys = keys[_first_of_runs(keys)]
        self.offsets = np.searchsorted(keys, np.arange(self.count + 1, dtype=_U64) << _U64(self.hash_bits))
        self.sizes = np.diff(self.offsets)
        keys &= _U64((1 << self.hash_bits) - 1)
        self.hashes = keys

    def _encode(self, articles: Sequence[Article]) -> tuple[np.ndarray, np.ndarray]:
        """All texts' word hashes end to end and each text's length in words; records
        each text's digest on the way. Word lists are dropped as soon as they are hashed."""
        vocabulary = _Vocabulary()
        lengths: list[int] = []

        def texts() -> Iterator[list[str]]:
            for article in articles:
                text_words = words(article.text)
                lengths.append(len(text_words))
                self.digests.append(_digest(text_words) if text_words else None)
                yield text_words

        flat = np.fromiter(map(vocabulary.__getitem__, itertools.chain.from_iterable(texts())), dtype=_U64)
        return flat, np.array(lengths, dtype=np.int64)

    def _keys(self, articles: Sequence[Article]) -> np.ndarray:
        """(article << hash_bits) | hash for every shingle of every text, with repeats.

        Shingles are hashed in one pass over all texts end to end; the few that straddle
        two texts are dropped. A text shorter than a shingle is one shingle. Large arrays
        are let go as soon as they are used: this is the peak of the stage's memory.
        """
        flat, lengths = self._encode(articles)
        starts = np.cumsum(lengths) - lengths
        short = np.flatnonzero((lengths > 0) & (lengths < SHINGLE_WORDS))
        short_keys = self._pack(
            short.astype(_U64),
            np.array([_roll(_padded(flat[starts[i] : starts[i] + lengths[i]]))[0] for i in short.tolist()], dtype=_U64),
        )
        rolled = _roll(flat)
        del flat
        whole = np.maximum(lengths - (SHINGLE_WORDS - 1), 0)
        tails = lengths - whole
        straddling = np.repeat(starts + whole, tails) + _steps(tails)
        keep = np.ones(len(rolled), dtype=bool)
        keep[straddling[straddling < len(rolled)]] = False
        rolled = rolled[keep]
        keys = self._pack(np.repeat(np.arange(self.count, dtype=_U64), whole), rolled)
        return np.concatenate((keys, short_keys)) if len(short_keys) else keys

    def _pack(self, docs: np.ndarray, hashes: np.ndarray) -> np.ndarray:
        """Both arrays are consumed: the result is built in place in `docs`."""
        docs <<= _U64(self.hash_bits)
        hashes >>= _U64(self.doc_bits)
        docs |= hashes
        return docs

    def shingle_set(self, doc: int) -> np.ndarray:
        return self.hashes[self.offsets[doc] : self.offsets[doc + 1]]

    def containment(self, small: int, large: int) -> float:
        """Share of `small`'s shingles found in `large` (0 when `small` is too short to judge)."""
        inner, outer = self.shingle_set(small), self.shingle_set(large)
        if len(inner) < MIN_SHINGLES or not len(outer):
            return 0.0
        positions = np.minimum(np.searchsorted(outer, inner), len(outer) - 1)
        return int(np.count_nonzero(outer[positions] == inner)) / len(inner)

    def candidate_pairs(self) -> set[tuple[int, int]]:
        """Pairs (i < j) where one article's sketch lies mostly inside the other article.

        An article's sketch takes its smallest shingle hashes, preferring those few
        articles hold; a shingle held by more than `_COMMON` articles (boilerplate, or a
        story with hundreds of copies) is looked up in its first `_COMMON` holders only.
        Each article keeps its `_CONTAINERS` best-matching candidates.
        """
        index = self.hashes << _U64(self.doc_bits)
        index |= np.repeat(np.arange(self.count, dtype=_U64), self.sizes)
        index.sort()
        index_docs = np.empty(len(index), dtype=np.int32)
        np.bitwise_and(index, _U64((1 << self.doc_bits) - 1), out=index_docs, casting="unsafe")
        index_hashes = index
        index_hashes >>= _U64(self.doc_bits)
        owners, positions = self._bottom(2 * _SAMPLE)
        first, holders = _runs(index_hashes, self.hashes[positions])
        preferred = np.lexsort((np.arange(len(owners)), holders > _COMMON, owners))
        owners, first, holders = owners[preferred], first[preferred], holders[preferred]
        sampled = _steps(np.bincount(owners, minlength=self.count)) < _SAMPLE
        sample_sizes = np.bincount(owners[sampled], minlength=self.count)
        shared = sampled & (holders > 1)
        owners, first, lookups = owners[shared], first[shared], np.minimum(holders[shared], _COMMON)
        pairs: set[tuple[int, int]] = set()
        for batch in _batches(lookups, _LOOKUPS_PER_BATCH, owners):
            counts = lookups[batch]
            queries = np.repeat(owners[batch], counts)
            targets = index_docs[np.repeat(first[batch], counts) + _steps(counts)]
            other = queries != targets
            found, hits = _counted(queries[other] * self.count + targets[other])
            passed = hits >= np.ceil(_CANDIDATE_SHARE * sample_sizes[found // self.count])
            found, hits = found[passed], hits[passed]
            queries, targets = found // self.count, found % self.count
            best_first = np.lexsort((targets, -hits, queries))
            queries, targets = queries[best_first], targets[best_first]
            kept = _steps(_counted(queries)[1]) < _CONTAINERS
            low, high = np.minimum(queries[kept], targets[kept]), np.maximum(queries[kept], targets[kept])
            pairs.update(zip(low.tolist(), high.tolist()))
        return pairs

    def _bottom(self, size: int) -> tuple[np.ndarray, np.ndarray]:
        """(article, position) of the `size` smallest shingle hashes of every article long
        enough to be compared: the pool its bottom-k sketch is drawn from."""
        counts = np.where(self.sizes >= MIN_SHINGLES, np.minimum(self.sizes, size), 0)
        owners = np.repeat(np.arange(self.count, dtype=np.int64), counts)
        return owners, self.offsets[owners] + _steps(counts)


def _runs(sorted_values: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each query's run of equal values starts in `sorted_values`, and its length.

    The queries are looked up in ascending order: ten times faster than at random on
    arrays larger than the CPU cache.
    """
    ascending = np.argsort(queries)
    starts, lengths = np.empty_like(ascending), np.empty_like(ascending)
    starts[ascending] = np.searchsorted(sorted_values, queries[ascending], side="left")
    lengths[ascending] = np.searchsorted(sorted_values, queries[ascending], side="right") - starts[ascending]
    return starts, lengths


def _steps(counts: np.ndarray) -> np.ndarray:
    """0, 1, .., c-1 for each count c, end to end: the offsets np.repeat leaves out."""
    steps: np.ndarray = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return steps


def _first_of_runs(sorted_values: np.ndarray) -> np.ndarray:
    """A mask of the first element of every run of equal values."""
    first = np.ones(len(sorted_values), dtype=bool)
    np.not_equal(sorted_values[1:], sorted_values[:-1], out=first[1:])
    return first


def _counted(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values, sorted, and how often each occurs (np.unique by sorting:
    numpy 2's hash-based unique is many times slower on large arrays)."""
    values = np.sort(values)
    starts = np.flatnonzero(_first_of_runs(values))
    return values[starts], np.diff(np.append(starts, len(values)))


def _batches(sizes: np.ndarray, limit: int, owners: np.ndarray) -> list[slice]:
    """Consecutive slices of about `limit` total size that never split one owner's run."""
    bounds = [0]
    total = np.cumsum(sizes)
    while bounds[-1] < len(sizes):
        start = bounds[-1]
        base = total[start - 1] if start else 0
        end = max(int(np.searchsorted(total, base + limit, side="right")), start + 1)
        while end < len(sizes) and owners[end] == owners[end - 1]:
            end += 1
        bounds.append(end)
    return [slice(a, b) for a, b in itertools.pairwise(bounds)]


def _padded(word_hashes: np.ndarray) -> np.ndarray:
    """A text too short for one shingle, padded with zero hashes to one shingle's length."""
    return np.concatenate((word_hashes, np.zeros(SHINGLE_WORDS - len(word_hashes), dtype=_U64)))


def _roll(flat: np.ndarray) -> np.ndarray:
    """Order-sensitive hashes of every run of SHINGLE_WORDS consecutive word hashes."""
    count = len(flat) - SHINGLE_WORDS + 1
    if count <= 0:
        return np.empty(0, dtype=_U64)
    combined = flat[:count] * _MIX_1
    for offset in range(1, SHINGLE_WORDS):
        combined ^= flat[offset : offset + count]
        combined *= _MIX_1
    combined ^= combined >> _SHIFT
    combined *= _MIX_2
    combined ^= combined >> _SHIFT
    return combined
