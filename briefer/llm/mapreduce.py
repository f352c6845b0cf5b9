"""Map-reduce over chunks: a partial brief per chunk, merged, then summarised.

    one chunk      one call returns the whole brief, summary included
    several        map (one call per chunk, concurrent) -> merge + reduce call (positions
                   per actor) -> summary call written from the merged brief, not raw text

A map answer cut off by the length limit splits its chunk in two and asks again (at most
`max_splits` times deep). A refusal, a cut-off that cannot be split further, an answer
still invalid after its re-asks, or a server that stays down: that chunk is handed to
the fallback (extractive) engine and `fallbacks` says which and why. A failed reduce
keeps the deterministic merge; a failed summary takes the fallback engine's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import chunk
from ..errors import EngineError, ModelResponseError
from ..models import Article, Extraction, Position
from . import modes, prompts
from .client import Caller, CutOff, Refusal, Unavailable
from .merge import merge, to_extraction
from .schema import (
    Answer,
    BriefAnswer,
    ChunkAnswer,
    PositionsAnswer,
    SummaryAnswer,
    response_schema,
)

Fallback = Callable[[list[Article]], Extraction]
ChunkFailure = (Refusal, CutOff, ModelResponseError, Unavailable)


@dataclass(frozen=True)
class Limits:
    """Answer budgets (max tokens) per stage, and how often a cut-off chunk may be halved."""

    map_tokens: int = 2048
    reduce_tokens: int = 1536
    summary_tokens: int = 512
    max_splits: int = 2


@dataclass
class MapReduce:
    caller: Caller
    today: dt.date
    count: chunk.Counter
    fallback: Fallback
    limits: Limits = field(default_factory=Limits)
    fallbacks: list[dict[str, Any]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    # -- requests, shared by the run and the cost estimate -------------------------------

    def _schema(self, answer: type[Answer], ids: Sequence[str]) -> dict[str, Any]:
        return response_schema(answer, ids, strict=modes.strict(self.caller.mode))

    def _in_prompt(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        return schema if modes.schema_in_prompt(self.caller.mode) else None

    def map_request(
        self, group: Sequence[chunk.Passage], *, whole: bool
    ) -> tuple[list[prompts.Message], type[ChunkAnswer], dict[str, Any]]:
        answer = BriefAnswer if whole else ChunkAnswer
        labelled = chunk.to_chunk(0, group)
        schema = self._schema(answer, labelled.source_ids)
        messages = prompts.map_messages(labelled.text, today=self.today, whole=whole, schema=self._in_prompt(schema))
        return messages, answer, schema

    def estimate(self, groups: Sequence[Sequence[chunk.Passage]]) -> int:
        """Prompt tokens the run will send, as tiktoken counts them.

        Map calls are counted exactly (cached ones as zero); the reduce and summary calls
        are assumed to read a quarter of each map call's answer budget.
        """
        whole = len(groups) == 1
        total = 0
        overhead = 0
        for group in groups:
            messages, answer, schema = self.map_request(group, whole=whole)
            body = self.caller.request(messages, answer, schema, self.limits.map_tokens)
            tokens = self._tokens(messages, schema)
            overhead = max(overhead, tokens - sum(p.tokens for p in group))
            if not self.caller.is_cached(body):
                total += tokens
        if not whole:
            total += 2 * (overhead + len(groups) * self.limits.map_tokens // 4)
        return total

    def _tokens(self, messages: list[prompts.Message], schema: dict[str, Any]) -> int:
        sent = sum(self.count(str(m["content"])) + 4 for m in messages)
        if self.caller.mode in (
            "json_schema",
            "tools",
        ):  # the schema is part of the billed prompt
            sent += self.count(prompts.compact(schema))
        return sent

    # -- the run ---------------------------------------------------------------------------

    async def run(self, groups: Sequence[Sequence[chunk.Passage]]) -> Extraction:
        whole = len(groups) == 1
        mapped = await asyncio.gather(*(self._map(list(g), i, whole=whole, depth=0) for i, g in enumerate(groups)))
        parts = [part for parts in mapped for part in parts]
        if len(parts) == 1:
            return parts[0]
        merged = merge(parts)
        if len(merged.positions) > 1:
            merged.positions = await self._reduce(merged)
        merged.summary = await self._summary(merged, [p for g in groups for p in g])
        return merged

    async def _map(self, group: list[chunk.Passage], index: int, *, whole: bool, depth: int) -> list[Extraction]:
        messages, answer, schema = self.map_request(group, whole=whole)
        try:
            reply = await self.caller.ask(
                messages,
                answer,
                schema,
                max_tokens=self.limits.map_tokens,
                stage="map",
                chunk=index,
            )
        except CutOff as exc:
            halves = chunk.halve(group, self.count) if depth < self.limits.max_splits else None
            if halves is None:
                return [self._fall_back(group, index, exc)]
            split = await asyncio.gather(*(self._map(h, index, whole=False, depth=depth + 1) for h in halves))
            return [part for parts in split for part in parts]
        except ChunkFailure as exc:
            return [self._fall_back(group, index, exc)]
        return [to_extraction(reply)]

    def _fall_back(self, group: Sequence[chunk.Passage], index: int, exc: EngineError) -> Extraction:
        ids = list(dict.fromkeys(p.source_id for p in group))
        self.fallbacks.append({"chunk": index, "sources": ids, "reason": f"{type(exc).__name__}: {exc}"})
        return self.fallback([p.as_article() for p in group])

    async def _reduce(self, merged: Extraction) -> list[Position]:
        positions = [p.model_dump(mode="json") for p in merged.positions]
        ids = list(dict.fromkeys(sid for p in merged.positions for sid in p.sources))
        schema = self._schema(PositionsAnswer, ids)
        messages = prompts.reduce_messages(positions, today=self.today, schema=self._in_prompt(schema))
        try:
            reply = await self.caller.ask(
                messages,
                PositionsAnswer,
                schema,
                max_tokens=self.limits.reduce_tokens,
                stage="reduce",
            )
        except ChunkFailure as exc:
            self.notes["reduce"] = f"kept the merged positions ({type(exc).__name__}: {exc})"
            return merged.positions
        return [Position(**p.model_dump()) for p in reply.positions]

    async def _summary(self, merged: Extraction, passages: Sequence[chunk.Passage]) -> list[str]:
        """Bullets from the merged positions and deadlines; quotes are left out until verified."""
        brief = {
            "positions": [p.model_dump(mode="json", exclude={"sources"}) for p in merged.positions],
            "deadlines": [d.model_dump(mode="json", exclude={"sources"}) for d in merged.deadlines],
        }
        schema = self._schema(SummaryAnswer, [])
        messages = prompts.summary_messages(brief, today=self.today, schema=self._in_prompt(schema))
        try:
            reply = await self.caller.ask(
                messages,
                SummaryAnswer,
                schema,
                max_tokens=self.limits.summary_tokens,
                stage="summary",
            )
        except ChunkFailure as exc:
            self.notes["summary"] = f"written by the fallback engine ({type(exc).__name__}: {exc})"
            articles = list({p.source_id: p.article for p in passages}.values())
            return self.fallback(articles).summary
        return list(reply.summary)
