"""Which articles each profile has already briefed: a small SQLite file under BRIEFER_HOME.

An article counts as seen by its canonical URL (tracking parameters, fragment, trailing
slash and host case removed) or by the fingerprint of its text, so a re-published copy
under another URL is still recognised. Articles are recorded only after a brief was
written and sent, in one transaction: a failed run leaves the state as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .config import home
from .dedup import content_fingerprint
from .errors import BrieferError
from .models import Article

#: query parameters that only track the reader and never change the article
TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "ref_src"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    profile TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('url', 'text')),
    key TEXT NOT NULL,
    brief_date TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (profile, kind, key)
);
CREATE TABLE IF NOT EXISTS briefs (
    profile TEXT NOT NULL,
    date TEXT NOT NULL,
    seq INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    outputs TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (profile, date, seq)
);
"""


def canonical_url(url: str) -> str:
    """The URL with what does not name the article removed, for 'seen before?' checks."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    path = parts.path.rstrip("/") or "/"
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith("utm_") and key.lower() not in TRACKING_PARAMS
    ]
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


class SeenStore:
    """The seen-articles table of every profile, in one SQLite file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(path, timeout=30)
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise BrieferError(f"state database {path} is unusable: {exc}") from None

    @classmethod
    def default(cls, env: Mapping[str, str] | None = None) -> SeenStore:
        return cls(home(env) / "state.sqlite3")

    def __enter__(self) -> SeenStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def url_seen(self, profile: str, url: str) -> bool:
        """Cheap check before fetching a feed item's page."""
        row = self._db.execute(
            "SELECT 1 FROM seen WHERE profile = ? AND kind = 'url' AND key = ?", (profile, canonical_url(url))
        ).fetchone()
        return row is not None

    def unseen(self, profile: str, articles: Sequence[Article]) -> list[Article]:
        """The articles no earlier brief of `profile` included, by URL or by text."""
        keys = {(kind, key) for article in articles for kind, key in _keys(article)}
        seen: set[tuple[str, str]] = set()
        for kind, key in keys:
            row = self._db.execute(
                "SELECT 1 FROM seen WHERE profile = ? AND kind = ? AND key = ?", (profile, kind, key)
            ).fetchone()
            if row is not None:
                seen.add((kind, key))
        return [article for article in articles if not any(k in seen for k in _keys(article))]

    def next_seq(self, profile: str, date: dt.date) -> int:
        """1 for the first brief of `date`, 2 for a second one that day, and so on."""
        row = self._db.execute(
            "SELECT MAX(seq) FROM briefs WHERE profile = ? AND date = ?", (profile, date.isoformat())
        ).fetchone()
        return (row[0] or 0) + 1

    def record(
        self,
        profile: str,
        articles: Iterable[Article],
        *,
        brief_date: dt.date,
        seq: int,
        outputs: Sequence[Path] = (),
    ) -> None:
        """Mark `articles` as briefed and log the brief, all or nothing."""
        articles = list(articles)
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        rows = [(profile, kind, key, brief_date.isoformat(), now) for a in articles for kind, key in _keys(a)]
        with self._db:
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?, ?)", rows)
            self._db.execute(
                "INSERT OR REPLACE INTO briefs VALUES (?, ?, ?, ?, ?, ?)",
                (profile, brief_date.isoformat(), seq, len(articles), json.dumps([str(p) for p in outputs]), now),
            )


def _keys(article: Article) -> list[tuple[str, str]]:
    keys = [("text", content_fingerprint(article.text))]
    if article.url:
        keys.append(("url", canonical_url(article.url)))
    return keys
