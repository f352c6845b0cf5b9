"""Ingest: files, folders, URLs and stdin in, Articles out.

    read_inputs(["samples/", "-", "https://..."], reference_date=...) -> IngestResult

Each input is read on its own: one that cannot be used (missing, empty, binary, too
large, not an article) becomes a `Skipped` with a one-line reason and the others still
count. Ids are given once all inputs are read (see `drafts.to_articles`). URL fetching
lives in `web.py`, imported only when a URL is given; it builds on `parse_html`,
`parse_feed` and `looks_like_feed` from here.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import BrieferError, InputError
from ..models import Article, Skipped
from .drafts import Draft, to_articles, with_origins
from .feeds import looks_like_feed, parse_feed
from .loading import MAX_INPUT_BYTES, read_file, read_stream
from .pages import parse_html
from .readers import KIND_BY_SUFFIX, Kind, parse_bytes

__all__ = [
    "MAX_INPUT_BYTES",
    "IngestResult",
    "looks_like_feed",
    "parse_feed",
    "is_url",
    "parse_html",
    "read_inputs",
]

log = logging.getLogger(__name__)


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def read_inputs(
    inputs: Sequence[str],
    *,
    reference_date: dt.date,
    stdin: IO[bytes] | None = None,
) -> IngestResult:
    """Read every input: a file, a folder (recursively), an http(s) URL, or '-' for stdin."""
    drafts: list[Draft] = []
    skipped: list[Skipped] = []
    urls = [spec for spec in inputs if is_url(spec)]
    fetched_by_url = dict(zip(urls, _read_urls(urls, reference_date), strict=True)) if urls else {}
    for spec in inputs:
        if spec in fetched_by_url:
            fetched = fetched_by_url[spec]
            drafts.extend(Draft.from_article(article) for article in fetched.articles)
            skipped.extend(fetched.skipped)
            continue
        try:
            sources = _sources(spec, stdin)
        except InputError as exc:
            skipped.append(Skipped(input=spec, reason=str(exc)))
            continue
        for name, source, kind in sources:
            found, failed = _read_source(name, source, kind, reference_date)
            drafts.extend(found)
            skipped.extend(failed)
    articles = to_articles(drafts, reference_date=reference_date)
    log.info("read %d articles from %d inputs, skipped %d", len(articles), len(inputs), len(skipped))
    return IngestResult(articles=articles, skipped=skipped)


def is_url(value: str) -> bool:
    """True for an http(s) URL input, fetched rather than opened as a path."""
    return value.lower().startswith(("http://", "https://"))


def _sources(spec: str, stdin: IO[bytes] | None) -> list[tuple[str, Path | IO[bytes], Kind | None]]:
    """(name, where to read, kind or None to sniff) for '-', a file, or each file of a folder."""
    if spec == "-":
        return [("-", stdin or sys.stdin.buffer, None)]
    path = Path(spec).expanduser()
    if not path.is_dir():
        return [(spec, path, KIND_BY_SUFFIX.get(path.suffix.lower()))]
    names = _folder_files(spec)
    if not names:
        raise InputError(f"folder holds no {', '.join(sorted(KIND_BY_SUFFIX))} file")
    return [(name, Path(name).expanduser(), KIND_BY_SUFFIX[Path(name).suffix.lower()]) for name in names]


def _read_source(
    name: str, source: Path | IO[bytes], kind: Kind | None, reference_date: dt.date
) -> tuple[list[Draft], list[Skipped]]:
    """The drafts of one input, and a Skipped for it or for each of its records that failed."""
    try:
        data = read_file(source) if isinstance(source, Path) else read_stream(source)
        parsed = parse_bytes(data, kind=kind, reference_date=reference_date)
    except InputError as exc:
        return [], [Skipped(input=name, reason=str(exc))]
    skipped = [Skipped(input=name, reason=problem) for problem in parsed.problems]
    if not parsed.drafts and not skipped:
        skipped.append(Skipped(input=name, reason="no article found"))
    log.info("%s: %d article(s)", name, len(parsed.drafts))
    return with_origins(parsed.drafts, name), skipped


def _folder_files(folder: str) -> list[str]:
    """Readable files under `folder`, sorted, hidden files and folders left out."""
    root = Path(folder).expanduser()
    found: list[tuple[str, ...]] = []
    for current, subfolders, filenames in os.walk(root):
        subfolders[:] = [sub for sub in subfolders if not sub.startswith(".")]
        for filename in filenames:
            if not filename.startswith(".") and Path(filename).suffix.lower() in KIND_BY_SUFFIX:
                found.append(Path(current, filename).relative_to(root).parts)
    return [os.path.join(folder, *parts) for parts in sorted(found)]


def _read_urls(urls: Sequence[str], reference_date: dt.date) -> list[IngestResult]:
    """Fetch every URL input at once (bounded concurrency); a failure is a Skipped entry."""
    from .web import read_urls

    try:
        return read_urls(urls, reference_date=reference_date)
    except BrieferError as exc:
        return [IngestResult(skipped=[Skipped(input=url, reason=exc.one_line())]) for url in urls]
