"""The `openai` engine: the brief written by an LLM, validated by pydantic, never trusted blindly.

Any OpenAI-compatible server (OpenAI, Ollama, vLLM, llama.cpp, ...) through the official
`openai` package. The engine only proposes items: every quote, deadline and source id it
returns is checked by the verify stage before it reaches the brief.

What it adds to meta: structured_output, chunks, calls (one record per completed
request), prompt_tokens / completion_tokens actually sent and received (cached calls
count zero), cached_calls, estimated_prompt_tokens, fallback_chunks (which chunks the
extractive engine wrote, and why), and notes on a reduce or summary that fell back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from typing import Any

import openai
from openai import AsyncOpenAI

from .. import chunk, tokens
from ..cache import ResponseCache
from ..config import Settings
from ..errors import BudgetError, ConfigError, EngineError
from ..llm.client import MISSING_KEY, Caller, RetryPolicy, Sleep, build_client
from ..llm.mapreduce import Fallback, Limits, MapReduce
from ..models import Article, Extraction

#: the model used against api.openai.com when none is configured
DEFAULT_MODEL = "gpt-4o-mini"


class OpenAIEngine:
    name = "openai"

    def __init__(
        self,
        settings: Settings,
        *,
        client: AsyncOpenAI | None = None,
        fallback: Fallback | None = None,
        sleep: Sleep = asyncio.sleep,
        limits: Limits | None = None,
    ) -> None:
        """`client` (tests, custom transports) is used as given and never closed here."""
        if client is None and settings.api_key is None and not settings.base_url:
            raise ConfigError(MISSING_KEY)
        self.settings = settings
        self.model: str | None = settings.model or (None if settings.base_url else DEFAULT_MODEL)
        self._client = client
        self._fallback = fallback
        self._policy = RetryPolicy(attempts=settings.max_retries + 1, sleep=sleep)
        self._limits = limits or Limits()

    @classmethod
    def from_settings(cls, settings: Settings) -> OpenAIEngine:
        return cls(settings)

    def extract(self, articles: Sequence[Article], *, reference_date: dt.date) -> Extraction:
        return asyncio.run(self.aextract(articles, reference_date=reference_date))

    async def aextract(self, articles: Sequence[Article], *, reference_date: dt.date) -> Extraction:
        client = self._client or build_client(self.settings)
        cache = ResponseCache() if self.settings.cache else None
        try:
            return await self._extract(client, cache, articles, reference_date)
        finally:
            if cache is not None:
                cache.close()
            if self._client is None:
                await client.close()

    async def _extract(
        self,
        client: AsyncOpenAI,
        cache: ResponseCache | None,
        articles: Sequence[Article],
        today: dt.date,
    ) -> Extraction:
        self.model = self.model or await served_model(client)
        encoding = tokens.encoding_for_model(self.model)

        def count(text: str) -> int:
            return tokens.count_tokens(text, encoding)

        caller = Caller(
            client=client,
            model=self.model,
            mode=self.settings.structured_output,
            temperature=self.settings.temperature,
            limit=asyncio.Semaphore(self.settings.concurrency),
            policy=self._policy,
            cache=cache,
            token_field="max_tokens" if self.settings.base_url else "max_completion_tokens",
        )
        run = MapReduce(
            caller,
            today=today,
            count=count,
            fallback=self._fall_back(today),
            limits=self._limits,
        )
        groups = chunk.plan(articles, self.settings.chunk_tokens, count)
        estimate = run.estimate(groups)
        limit = self.settings.max_prompt_tokens
        if limit is not None and estimate > limit:
            raise BudgetError(
                f"this run would send about {estimate} prompt tokens in {len(groups)} chunks, over "
                f"--max-prompt-tokens {limit}: raise the limit or give fewer articles"
            )
        extraction = await run.run(groups)
        extraction.meta = {
            **extraction.meta,
            **usage_meta(caller, run, chunks=len(groups), estimate=estimate),
        }
        return extraction

    def _fall_back(self, today: dt.date) -> Fallback:
        """The engine a failed chunk is handed to: extractive, imported only when a chunk fails."""
        if self._fallback is not None:
            return self._fallback

        def extractive(articles: list[Article]) -> Extraction:
            from .extractive import ExtractiveEngine

            return ExtractiveEngine().extract(articles, reference_date=today)

        return extractive


async def served_model(client: AsyncOpenAI) -> str:
    """The first model a local server lists, for when --model was not given."""
    try:
        page = await client.models.list()
    except openai.OpenAIError as exc:
        raise EngineError(f"no --model given and the server's model list is unavailable ({exc})") from None
    if not page.data:
        raise EngineError("no --model given and the server lists no model")
    return page.data[0].id


def usage_meta(caller: Caller, run: MapReduce, *, chunks: int, estimate: int) -> dict[str, Any]:
    records = caller.records
    meta: dict[str, Any] = {
        "structured_output": caller.mode,
        "chunks": chunks,
        "estimated_prompt_tokens": estimate,
        "prompt_tokens": sum(r.prompt_tokens for r in records),
        "completion_tokens": sum(r.completion_tokens for r in records),
        "cached_calls": sum(r.cached for r in records),
        "calls": [r.as_meta() for r in records],
        "fallback_chunks": run.fallbacks,
    }
    if run.notes:
        meta["notes"] = dict(run.notes)
    return meta
