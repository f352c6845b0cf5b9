"""The records that flow through the pipeline, and the Brief that comes out.

Every stage speaks these types; the Brief is validated by pydantic before anything is
rendered, and its JSON Schema is what `briefer schema` prints (CONTRACT.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Article(BaseModel):
    """One article as read from an input, before deduplication."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str = Field(description="input path or URL, with #n for the n-th article of a multi-article input")
    published: dt.date | None = Field(default=None, description="publication date as printed or resolved")
    published_assumed: bool = Field(default=False, description="True when `published` was taken from --date")


class Chunk(BaseModel):
    """A token-budgeted, sentence-aligned slice of one or more articles."""

    model_config = ConfigDict(extra="forbid")

    index: int
    text: str
    source_ids: list[str]
    tokens: int


class Skipped(BaseModel):
    """An input or source that produced no article, and why."""

    input: str
    reason: str


class SourceRef(BaseModel):
    """A copy of a kept source (wire copy, re-publication)."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str


class Source(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str
    published: dt.date | None = None
    duplicates: list[SourceRef] = Field(default_factory=list)


class Position(BaseModel):
    actor: str = Field(min_length=1, description="country, institution or person, e.g. 'Japan (Ryosei Akazawa)'")
    stance: str = Field(min_length=1, description="the actor's position in one line")
    sources: list[str] = Field(default_factory=list, description="ids from sources[].id")


class Quote(BaseModel):
    speaker: str = Field(min_length=1)
    text: str = Field(min_length=1, description="the words exactly as printed, without enclosing quotation marks")
    sources: list[str] = Field(default_factory=list)
    verified: bool = Field(default=False, description="found verbatim in a cited source")


class Deadline(BaseModel):
    event: str = Field(min_length=1)
    phrase: str = Field(min_length=1, description="the time expression as written in the source")
    start: dt.date
    end: dt.date
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> Deadline:
        if self.end < self.start:
            raise ValueError(f"deadline ends ({self.end}) before it starts ({self.start})")
        return self


class Meta(BaseModel):
    """How the brief was made. Fixed fields first; engines add counters as extras."""

    model_config = ConfigDict(extra="allow")

    engine: str
    model: str | None = None
    articles_in: int = 0
    articles_unique: int = 0
    skipped: list[Skipped] = Field(default_factory=list)


class Brief(BaseModel):
    title: str
    date: dt.date
    summary: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    meta: Meta

    @field_validator("summary")
    @classmethod
    def _no_blank_bullets(cls, value: list[str]) -> list[str]:
        return [bullet.strip() for bullet in value if bullet.strip()]

    @model_validator(mode="after")
    def _cited_ids_exist(self) -> Brief:
        known = {source.id for source in self.sources}
        for kind in ("positions", "quotes", "deadlines"):
            for item in getattr(self, kind):
                unknown = [sid for sid in item.sources if sid not in known]
                if unknown:
                    raise ValueError(f"{kind} item cites unknown source ids {unknown}")
        return self

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Extraction(BaseModel):
    """What an engine proposes, before verification: the Brief's items, unchecked."""

    summary: list[str] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict, description="engine counters merged into Brief.meta")
