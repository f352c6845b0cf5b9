"""The LLM response cache: rerunning the same input costs zero tokens.

One SQLite file under BRIEFER_HOME. A response is stored under the hash of everything
that shapes it (model, structured-output mode, messages, schema, sampling options), so
any change to the prompt or the schema misses the cache instead of replaying a stale
answer. Only answers the server completed are stored; transport failures never are.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from .config import home
from .errors import EngineError

SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    created TEXT NOT NULL DEFAULT (datetime('now')),
    response TEXT NOT NULL
)
"""


def default_path() -> Path:
    return home() / "cache" / "llm-responses.sqlite3"


def cache_key(request: Mapping[str, Any]) -> str:
    """A stable hash of a request body (key order does not matter)."""
    canonical = json.dumps(request, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    """Raw response bodies by request hash. Use as a context manager, or call close()."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            with self._db:
                self._db.execute(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise EngineError(f"cannot open the LLM response cache {self.path}: {exc}") from None

    def get(self, key: str) -> str | None:
        row = self._db.execute("SELECT response FROM responses WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def put(self, key: str, model: str, response: str) -> None:
        with self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO responses (key, model, response) VALUES (?, ?, ?)",
                (key, model, response),
            )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM responses").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
