"""A real threaded HTTP server on 127.0.0.1 for fetch tests: pages, feeds and failing routes.

Tests and benchmarks talk only to this server, on a free loopback port it picks itself.
Every slow route is bounded: a stall ends when the server stops or after STALL_LIMIT.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

STALL_LIMIT = 20.0


@dataclass
class Response:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[BaseHTTPRequestHandler, "LocalServer"], None]
Route = Response | Handler


@dataclass
class Hit:
    path: str
    headers: dict[str, str]


class LocalServer:
    """Serve `routes` on a free loopback port; `delay` seconds before every answer."""

    def __init__(self, routes: dict[str, Route] | None = None, *, delay: float = 0.0) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.delay = delay
        self.hits: list[Hit] = []
        self.bytes_sent: dict[str, int] = {}
        self.in_flight = 0
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hit_count(self, path: str) -> int:
        with self._lock:
            return sum(1 for hit in self.hits if hit.path == path)

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def _enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def _sent(self, path: str, count: int) -> None:
        with self._lock:
            self.bytes_sent[path] = self.bytes_sent.get(path, 0) + count

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-answer is what size caps and timeouts do: not an error here."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _make_handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK add ~40 ms to every answer
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            server._record(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}))
            server._enter()
            try:
                if server.delay:
                    time.sleep(server.delay)
                route = server.routes.get(path)
                if route is None:
                    send(self, Response(b"not found", status=404, content_type="text/plain"))
                elif isinstance(route, Response):
                    send(self, route)
                else:
                    route(self, server)
            finally:
                server._leave()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: tests read hits, not access logs."""

    return _Handler


def send(handler: BaseHTTPRequestHandler, response: Response) -> None:
    handler.send_response(response.status)
    handler.send_header("Content-Type", response.content_type)
    handler.send_header("Content-Length", str(len(response.body)))
    for name, value in response.headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(response.body)


# --- failing and special routes -------------------------------------------------------


def stall(handler: BaseHTTPRequestHandler, server: LocalServer) -> None:
    """Accept the request, then say nothing until the server stops (or STALL_LIMIT)."""
    server.stopping.wait(STALL_LIMIT)


def huge(size: int, *, declare_length: bool = False) -> Handler:
    """A body of `size` bytes written in 64 KiB pieces; counts what actually went out."""

    def route(handler: BaseHTTPRequestHandler, server: LocalServer) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if declare_length:
            handler.send_header("Content-Length", str(size))
        handler.send_header("Connection", "close")
        handler.end_headers()
        piece = b"<p>" + b"x" * (65536 - 7) + b"</p>\n"
        sent = 0
        try:
            while sent < size and not server.stopping.is_set():
                handler.wfile.write(piece)
                sent += len(piece)
                server._sent(handler.path, len(piece))
        except OSError:
            return  # the client hung up: exactly what a size cap should do

    return route


def redirect_to(location: str, status: int = 302) -> Response:
    return Response(b"", status=status, content_type="text/plain", headers={"Location": location})


def gzipped(response: Response) -> Response:
    return Response(
        gzip.compress(response.body),
        status=response.status,
        content_type=response.content_type,
        headers={**response.headers, "Content-Encoding": "gzip"},
    )


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs</title>
<item><title>&lol9;</title><link>http://127.0.0.1/never</link><description>&lol9;</description></item>
</channel></rss>
"""


# --- realistic content ----------------------------------------------------------------


@dataclass
class Story:
    """One article as a test publishes it: a page and a feed item."""

    slug: str
    title: str
    paragraphs: Sequence[str]
    published: dt.date
    outlet: str = "Example News"
    summary: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def article_page(story: Story) -> Response:
    """An article page with the furniture real pages have: nav, byline, related links."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | {html.escape(story.outlet)}</title>
<meta property="og:title" content="{html.escape(story.title)}">
<meta property="og:site_name" content="{html.escape(story.outlet)}">
<meta property="article:published_time" content="{story.published.isoformat()}T06:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<main><article>
<h1>{html.escape(story.title)}</h1>
<p class="byline">By Staff Reporter, {story.published.strftime("%B %d, %Y")}</p>
{body}
</article></main>
<aside><h2>Related</h2><ul><li><a href="/other">Markets close higher</a></li></ul></aside>
<footer>Copyright {html.escape(story.outlet)}. All rights reserved.</footer>
</body></html>"""
    return Response(page.encode("utf-8"))


def rss_feed(title: str, base: str, stories: Sequence[Story]) -> Response:
    """An RSS 2.0 feed whose items link to `base` + /articles/<slug>."""
    items = []
    for story in stories:
        when = dt.datetime.combine(story.published, dt.time(6, 0), tzinfo=dt.UTC)
        summary = story.summary if story.summary is not None else story.paragraphs[0]
        items.append(
            f"""<item><title>{html.escape(story.title)}</title>
<link>{base}/articles/{story.slug}</link>
<guid>{base}/articles/{story.slug}</guid>
<pubDate>{format_datetime(when)}</pubDate>
<description>{html.escape(summary)}</description></item>"""
        )
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{html.escape(title)}</title><link>{base}/</link>
<description>{html.escape(title)}</description>
{"".join(items)}
</channel></rss>"""
    return Response(xml.encode("utf-8"), content_type="application/rss+xml; charset=utf-8")


def publish(server: LocalServer, feed_path: str, title: str, stories: Sequence[Story]) -> str:
    """Serve `stories` as pages plus one feed at `feed_path`; returns the feed's URL."""
    for story in stories:
        server.routes[f"/articles/{story.slug}"] = article_page(story)
    server.routes[feed_path] = rss_feed(title, server.base, stories)
    return server.url(feed_path)


def sample_stories(published: dt.date) -> list[Story]:
    """Four distinct articles, two about tariffs, as a news site would carry them."""
    return [
        Story(
            "japan-tariff-talks",
            "Japan hopes for 'win-win' in next trade talks with US",
            [
                "Japan's government has been brainstorming its negotiating strategy for the third round of "
                "tariff talks in Washington later next week.",
                "A focus is on automobile import tariffs imposed by the Trump administration that threaten to "
                "cause major losses for Japan's car industry.",
                "Tokyo's tariff task force led by Economic Revitalization Minister Akazawa Ryosei met on Thursday "
                "to discuss the challenges faced and how to work out a deal.",
                '"My focus is on our national interests, to protect what needs to be protected and to say what '
                'needs to be said," Akazawa told reporters after the meeting.',
                "Japan reportedly wants the tariff issues settled in time for the G7 summit that will be held in "
                "Canada in mid-June.",
            ],
            published,
            outlet="Kyodo News",
        ),
        Story(
            "vietnam-envoy",
            "Vietnam trade envoy meets US executives ahead of tariff talks",
            [
                "Vietnam's trade minister has met executives from Nike and Walmart as part of a charm offensive "
                "aimed at US businesses before high-stakes negotiations to avoid steep tariffs.",
                "Nguyen Hong Dien said Hanoi was ready to buy more American goods, including aircraft and "
                "farm products, to narrow its trade surplus with the United States.",
                '"We want a balanced and sustainable trade relationship," Dien said during the visit to Washington.',
                "The talks are expected to resume on June 20, officials in Hanoi said.",
            ],
            published,
            outlet="Japan Times",
        ),
        Story(
            "harbour-festival",
            "Harbour festival returns after three-year pause",
            [
                "The city's harbour festival returns this weekend with tall ships, food stalls and a fireworks "
                "display over the old docks.",
                "Organisers expect more than 80,000 visitors over the two days and have added extra ferries "
                "from the central station.",
                '"It has been a long wait, and we wanted it to be worth it," festival director Maria Lindqvist said.',
                "Road closures around the waterfront begin on Friday evening.",
            ],
            published,
            outlet="City Herald",
        ),
        Story(
            "cup-final",
            "Underdogs reach the cup final after a late winner",
            [
                "A stoppage-time header sent the second-division side into the cup final for the first time in "
                "the club's 112-year history.",
                "The winning goal came from a corner in the 94th minute, after the favourites had dominated "
                "possession for most of the evening.",
                '"Nobody gave us a chance, and that is exactly how we like it," the captain said after the match.',
                "The final will be played at the national stadium on June 28.",
            ],
            published,
            outlet="Sports Daily",
        ),
    ]
