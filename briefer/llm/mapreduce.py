"""Map-reduce over chunks: a partial brief per chunk, merged, then summarised.

    one chunk      one call returns the whole brief, summary included
    several        map (one call per chunk, concurrent) -> merge -> reduce call (positions
                   of actors whose names overlap, one per actor) -> summary call written
                   from the merged brief, not raw text

A map answer cut off by the length limit splits its chunk in two and asks again (at most
`max_splits` times deep). A refusal, a cut-off that cannot be split further, an answer
still invalid after its re-asks, or a server that stays down: that chunk is handed to
the fallback (extractive) engine and `fallbacks` says which and why. A failed reduce
keeps the deterministic merge; a failed summary takes the fallback engine's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .. import chunk
from ..errors import EngineError, ModelResponseError
from ..models import Article, Extraction, Position
from . import modes, prompts
from .client import Caller, CutOff, Question, Refusal, Unavailable
from .merge import merge, related, to_extraction
from .schema import (
    Answer,
    BriefAnswer,
    ChunkAnswer,
    PositionsAnswer,
    SummaryAnswer,
    response_schema,
)

log = logging.getLogger(__name__)
Fallback = Callable[[list[Article]], Extraction]
Render = Callable[[dict[str, Any] | None], list[prompts.Message]]
A = TypeVar("A", bound=Answer)
ChunkFailure = (Refusal, CutOff, ModelResponseError, Unavailable)


@dataclass(frozen=True)
class Limits:
    """Answer budgets (max tokens) per stage, and how often a cut-off chunk may be halved.

    A map answer gets as many tokens as its chunk holds plus `answer_overhead` for the
    JSON around the items (an extraction is not longer than what it extracts from),
    within [min_answer_tokens, map_tokens]: a small local model that starts repeating
    itself is stopped early, not after 2,000 tokens.
    """

    map_tokens: int = 2048
    min_answer_tokens: int = 512
    answer_overhead: int = 256
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

    # -- questions, shared by the run and the cost estimate ------------------------------

    def _question(self, answer: type[A], ids: Sequence[str], max_tokens: int, render: Render) -> Question[A]:
        schema = response_schema(answer, ids, strict=modes.strict(self.caller.mode))
        messages = render(schema if modes.schema_in_prompt(self.caller.mode) else None)
        return Question(messages, answer, schema, max_tokens)

    def map_question(self, group: Sequence[chunk.Passage], *, whole: bool) -> Question[ChunkAnswer]:
        labelled = chunk.to_chunk(0, group)
        need = labelled.tokens + self.limits.answer_overhead + (self.limits.summary_tokens if whole else 0)
        budget = max(self.limits.min_answer_tokens, min(self.limits.map_tokens, need))
        return self._question(
            BriefAnswer if whole else ChunkAnswer,
            labelled.source_ids,
            budget,
            lambda schema: prompts.map_messages(labelled.text, today=self.today, whole=whole, schema=schema),
        )

    def estimate(self, groups: Sequence[Sequence[chunk.Passage]]) -> int:
        """Prompt tokens the run will send, as tiktoken counts them.

        Map calls are counted exactly (cached ones as zero); the reduce and summary calls
        are assumed to read a quarter of each map call's answer budget.
        """
        whole = len(groups) == 1
        total = overhead = answers = 0
        for group in groups:
            question = self.map_question(group, whole=whole)
            tokens = self._tokens(question)
            overhead = max(overhead, tokens - sum(p.tokens for p in group))
            answers += question.max_tokens
            if not self.caller.is_cached(question):
                total += tokens
        if not whole:
            total += 2 * (overhead + answers // 4)
        return total

    def _tokens(self, question: Question[Any]) -> int:
        sent = sum(self.count(str(m["content"])) + 4 for m in question.messages)
        if self.caller.mode in ("json_schema", "tools"):  # the schema is part of the billed prompt
            sent += self.count(prompts.compact(question.schema))
        return sent

    # -- the run ---------------------------------------------------------------------------

    async def run(self, groups: Sequence[Sequence[chunk.Passage]]) -> Extraction:
        whole = len(groups) == 1
        mapped = await asyncio.gather(*(self._map(list(g), i, whole=whole, depth=0) for i, g in enumerate(groups)))
        parts = [part for parts in mapped for part in parts]
        if len(parts) == 1:
            return parts[0]
        merged = merge(parts)
        overlapping, distinct = related(merged.positions)
        if overlapping:
            merged.positions = [*await self._reduce(overlapping), *distinct]
        merged.summary = await self._summary(merged, [p for g in groups for p in g])
        return merged

    async def _map(self, group: list[chunk.Passage], index: int, *, whole: bool, depth: int) -> list[Extraction]:
        try:
            reply = await self.caller.ask(self.map_question(group, whole=whole), stage="map", chunk=index)
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
        reason = f"{type(exc).__name__}: {exc}"
        log.warning("chunk %d (%s) falls back to the extractive engine: %s", index, ", ".join(ids), reason)
        self.fallbacks.append({"chunk": index, "sources": ids, "reason": reason})
        written = self.fallback([p.as_article() for p in group])
        return written.model_copy(update={"meta": {}})  # the run's meta speaks for the whole brief

    async def _reduce(self, overlapping: list[Position]) -> list[Position]:
        """One position per actor among those whose names overlap; the merge stands if this fails."""
        positions = [p.model_dump(mode="json") for p in overlapping]
        ids = list(dict.fromkeys(sid for p in overlapping for sid in p.sources))
        question = self._question(
            PositionsAnswer,
            ids,
            self.limits.reduce_tokens,
            lambda schema: prompts.reduce_messages(positions, today=self.today, schema=schema),
        )
        try:
            reply = await self.caller.ask(question, stage="reduce")
        except ChunkFailure as exc:
            self.notes["reduce"] = f"kept the merged positions ({type(exc).__name__}: {exc})"
            return overlapping
        return [Position(**p.model_dump()) for p in reply.positions]

    async def _summary(self, merged: Extraction, passages: Sequence[chunk.Passage]) -> list[str]:
        """Bullets from the merged positions and deadlines; quotes are left out until verified."""
        brief = {
            "positions": [p.model_dump(mode="json", exclude={"sources"}) for p in merged.positions],
            "deadlines": [d.model_dump(mode="json", exclude={"sources"}) for d in merged.deadlines],
        }
        question = self._question(
            SummaryAnswer,
            [],
            self.limits.summary_tokens,
            lambda schema: prompts.summary_messages(brief, today=self.today, schema=schema),
        )
        try:
            reply = await self.caller.ask(question, stage="summary")
        except ChunkFailure as exc:
            self.notes["summary"] = f"written by the fallback engine ({type(exc).__name__}: {exc})"
            articles = list({p.source_id: p.article for p in passages}.values())
            return self.fallback(articles).summary
        return list(reply.summary)
