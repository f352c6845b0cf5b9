"""Reading http(s) inputs: article pages and feeds, fetched politely and defensively.

Every fetch is bounded: connect and read timeouts plus an overall deadline (a server
that trickles bytes cannot hold a run), a size cap enforced while the body streams (a
20 MB page is cut off at the cap, never downloaded first), a bounded number of
redirects, and an honest User-Agent. A feed's linked articles are fetched in full with
one shared client under one semaphore; when a page cannot be fetched, the feed's own
text stands in. Anything that fails becomes a FetchError for that input only, which the
callers turn into a `Skipped` entry, so one bad source never sinks a run.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import BrieferError, FetchError
from ..models import Article, Skipped
from ..progress import LogProgress, Progress, Step
from . import IngestResult, looks_like_feed, parse_feed, parse_html

log = logging.getLogger(__name__)

USER_AGENT = f"briefer/{__version__} (news brief builder; +https://pypi.org/project/briefer/)"
#: content types servers send when they do not know better: the body decides
_VAGUE_TYPES = frozenset({"text/plain", "application/octet-stream", "binary/octet-stream", ""})
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class FetchLimits:
    """How far one fetch may go before it is given up."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16
    max_feed_items: int = 200


@dataclass(frozen=True)
class Page:
    """A fetched body with what is needed to read it."""

    url: str
    content_type: str
    charset: str | None
    data: bytes

    def is_feed(self) -> bool:
        media = self.content_type.split(";")[0].strip().lower()
        return looks_like_feed(self.data, None if media in _VAGUE_TYPES else self.content_type)

    def html(self) -> str | bytes:
        """Text decoded by the charset the server declared, else bytes for the parser to sniff."""
        if self.charset:
            try:
                return self.data.decode(self.charset, errors="replace")
            except LookupError:
                pass
        return self.data


def make_client(limits: FetchLimits, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The one client of a run: shared connections, compression, bounded redirects."""
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        timeout=httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        limits=httpx.Limits(max_connections=limits.concurrency, max_keepalive_connections=limits.concurrency),
        transport=transport,
    )


async def fetch(client: httpx.AsyncClient, url: str, limits: FetchLimits) -> Page:
    """GET `url`; FetchError with a one-line reason for anything but a complete 2xx body within limits."""
    try:
        async with asyncio.timeout(limits.deadline):
            async with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FetchError(f"too large: {int(declared):,} bytes declared, limit {limits.max_bytes:,}")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise FetchError(f"too large: over the limit of {limits.max_bytes:,} bytes")
                    chunks.append(chunk)
                return Page(
                    url=str(response.url),
                    content_type=response.headers.get("content-type", ""),
                    charset=response.charset_encoding,
                    data=b"".join(chunks),
                )
    except TimeoutError:
        raise FetchError(f"timed out: no complete answer within {limits.deadline:g} s") from None
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {limits.max_redirects} redirects") from None
    except httpx.TimeoutException:
        raise FetchError(f"timed out: the server did not answer within {limits.read_timeout:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"cannot connect: {exc or 'connection refused'}") from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError(f"{type(exc).__name__}: {exc}") from None


@dataclass
class _Run:
    """What every fetch of one `read_urls` call shares."""

    client: httpx.AsyncClient
    limits: FetchLimits
    reference_date: dt.date
    keep: Callable[[Article], bool] | None
    gate: asyncio.Semaphore
    step: Step

    async def get(self, url: str) -> Page:
        async with self.gate:
            return await fetch(self.client, url, self.limits)


async def _read_source(run: _Run, url: str) -> IngestResult:
    try:
        page = await run.get(url)
        if page.is_feed():
            result = await _read_feed(run, url, page)
        else:
            result = IngestResult(articles=await _parse_page(run, page, origin=url), skipped=[])
    except BrieferError as exc:
        log.info("skipped %s: %s", url, exc)  # the caller reports every Skipped once
        result = IngestResult(articles=[], skipped=[Skipped(input=url, reason=str(exc))])
    run.step.advance(url)
    return result


async def _parse_page(run: _Run, page: Page, *, origin: str) -> list[Article]:
    # trafilatura is CPU work: off the event loop, so other fetches keep moving.
    return await asyncio.to_thread(
        parse_html, page.html(), origin=origin, url=page.url, reference_date=run.reference_date
    )


async def _read_feed(run: _Run, url: str, page: Page) -> IngestResult:
    items = parse_feed(page.data, origin=url, reference_date=run.reference_date, link_only=True)
    items = items[: run.limits.max_feed_items]
    wanted = [item for item in items if run.keep is None or run.keep(item)]
    log.info("feed %s: %d items, %d to read in full", url, len(items), len(wanted))
    run.step.extend(len(wanted))
    results = await asyncio.gather(*(_full_text(run, item) for item in wanted))
    articles = [item for item in results if isinstance(item, Article)]
    skipped = [item for item in results if isinstance(item, Skipped)]
    return IngestResult(articles=articles, skipped=skipped)


async def _full_text(run: _Run, item: Article) -> Article | Skipped:
    """The linked page's text in place of the feed's, keeping the feed's id and origin."""
    try:
        if not item.url:
            return item
        page = await run.get(item.url)
        found = await _parse_page(run, page, origin=item.origin)
        best = max(found, key=lambda article: len(article.text), default=None)
        if best is None or len(best.text) <= len(item.text):
            return item
        return item.model_copy(
            update={
                "text": best.text,
                "title": item.title or best.title,
                # a feed's title names a section ("World - Example News"); the page names its site
                "outlet": best.outlet or item.outlet,
                "url": item.url,
                "published": best.published if item.published_assumed and not best.published_assumed else item.published,
                "published_assumed": item.published_assumed and best.published_assumed,
            }
        )
    except BrieferError as exc:
        if item.text.strip():
            log.info("using the feed's own text for %s: %s", item.url, exc)
            return item
        log.info("skipped %s: %s", item.url, exc)
        return Skipped(input=item.url or item.origin, reason=str(exc))
    finally:
        run.step.advance(item.url)


async def read_urls_async(
    urls: Sequence[str],
    *,
    client: httpx.AsyncClient,
    reference_date: dt.date,
    limits: FetchLimits,
    keep: Callable[[Article], bool] | None = None,
    step: Step,
) -> list[IngestResult]:
    run = _Run(client, limits, reference_date, keep, asyncio.Semaphore(limits.concurrency), step)
    return list(await asyncio.gather(*(_read_source(run, url) for url in urls)))


def read_urls(
    urls: Sequence[str],
    *,
    reference_date: dt.date,
    limits: FetchLimits | None = None,
    keep: Callable[[Article], bool] | None = None,
    progress: Progress | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[IngestResult]:
    """Read many pages and feeds at once; one IngestResult per URL, in order.

    `keep` sees each feed item (with the feed's title, date and URL) before its page is
    fetched, so items the caller will drop anyway (already briefed, too old) cost no request.
    """
    limits = limits or FetchLimits()
    progress = progress or LogProgress()

    async def main(step: Step) -> list[IngestResult]:
        async with make_client(limits, transport) as client:
            return await read_urls_async(
                urls, client=client, reference_date=reference_date, limits=limits, keep=keep, step=step
            )

    with progress.step("fetching", total=len(urls)) as step:
        return asyncio.run(main(step))


def read_url(url: str, *, reference_date: dt.date) -> IngestResult:
    """One page or feed; a failure is a Skipped entry, not an exception."""
    return read_urls([url], reference_date=reference_date)[0]

