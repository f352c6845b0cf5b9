"""Benchmark the openai engine against a local llama-cpp-python server (issue 3, item 10).

    python benchmarks/bench_llm.py [--inputs samples/articles.jsonl ...] [--chunk-tokens 3000]

Starts the SmolLM2-135M server of tests/llm_server.py (needs the 'live' extra), ingests
and deduplicates the inputs (default: every file in samples/), then builds the brief
three times through the engine: at concurrency 1 with the cache off, at concurrency 4
with an empty cache (which it fills), and again at concurrency 4 from that cache. Token figures are the
server's own (its tokenizer, its usage fields), so they compare like with like:

- unique input tokens: title and text of the unique articles, counted by the server
- all-copies tokens: the same for every article, copies included (what sending each
  copy would cost)
- prompt tokens sent / unique input token: floor 1.0 plus the prompt overhead; target <= 1.3
- calls, wall time at concurrency 1 and 4
- prompt tokens spent on the cached rerun: target 0
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from briefer import dedup, ingest
from briefer.config import Settings
from briefer.engines.openai import OpenAIEngine
from briefer.models import Article
from tests import llm_server

DAY = dt.date(2025, 6, 12)


def server_tokens(base_url: str, text: str) -> int:
    """Tokens in `text` by the server's own tokenizer (llama-cpp-python's /extras/tokenize/count)."""
    root = base_url.removesuffix("/v1")
    body = json.dumps({"input": text, "model": llm_server.MODEL_ALIAS}).encode()
    request = Request(
        f"{root}/extras/tokenize/count",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with urlopen(request, timeout=60) as response:
        return int(json.load(response)["count"])


def content(article: Article) -> str:
    """What an article says: its title and its text."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def run(
    base_url: str,
    articles: Sequence[Article],
    *,
    concurrency: int,
    cache: bool,
    chunk_tokens: int,
) -> dict[str, Any]:
    settings = Settings(
        engine="openai", base_url=base_url, model=llm_server.MODEL_ALIAS, structured_output="json_object",
        concurrency=concurrency, cache=cache, chunk_tokens=chunk_tokens,
    )  # fmt: skip
    started = time.perf_counter()
    extraction = OpenAIEngine.from_settings(settings).extract(articles, reference_date=DAY)
    meta = extraction.meta
    seconds = time.perf_counter() - started
    print(f"bench_llm: concurrency {concurrency}, cache {cache}: {seconds:.0f}s", file=sys.stderr, flush=True)
    return {
        "seconds": round(seconds, 1),
        "calls": len(meta["calls"]),
        "stages": [call["stage"] for call in meta["calls"]],
        "chunks": meta["chunks"],
        "prompt_tokens": meta["prompt_tokens"],
        "completion_tokens": meta["completion_tokens"],
        "cached_calls": meta["cached_calls"],
        "fallback_chunks": len(meta["fallback_chunks"]),
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--inputs",
        nargs="*",
        default=[str(p) for p in sorted((ROOT / "samples").iterdir())],
    )
    parser.add_argument("--chunk-tokens", type=int, default=Settings().chunk_tokens)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="bench_llm: %(message)s")

    with tempfile.TemporaryDirectory() as home:
        os.environ["BRIEFER_HOME"] = home
        found = ingest.read_inputs(args.inputs, reference_date=DAY).articles
        unique = [group.kept for group in dedup.group_duplicates(found)]
        with llm_server.serve() as base_url:
            unique_tokens = sum(server_tokens(base_url, content(a)) for a in unique)
            all_tokens = sum(server_tokens(base_url, content(a)) for a in found)
            serial = run(base_url, unique, concurrency=1, cache=False, chunk_tokens=args.chunk_tokens)
            parallel = run(base_url, unique, concurrency=4, cache=True, chunk_tokens=args.chunk_tokens)  # fills it
            cached = run(base_url, unique, concurrency=4, cache=True, chunk_tokens=args.chunk_tokens)

    report = {
        "articles_in": len(found),
        "articles_unique": len(unique),
        "unique_input_tokens": unique_tokens,
        "all_copies_tokens": all_tokens,
        "prompt_tokens_per_unique_input_token": round(serial["prompt_tokens"] / unique_tokens, 3),
        "all_copies_per_unique_input_token": round(all_tokens / unique_tokens, 3),
        "concurrency_1": serial,
        "concurrency_4": parallel,
        "cached_rerun": cached,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
