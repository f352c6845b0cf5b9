"""Engines turn unique articles into an `Extraction`: proposed items, not yet verified.

An engine implements one method, `extract`, and declares its name and model as
attributes. `make_engine(settings)` picks one from the settings; the OpenAI client is
only built when the openai engine makes its first request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from ..config import Settings
from ..models import Article, Extraction


class Engine(Protocol):
    name: str
    model: str | None

    def extract(self, articles: Sequence[Article], *, reference_date: dt.date) -> Extraction:
        """Propose summary, positions, quotes and deadlines for `articles` (unique ones)."""
        ...


def make_engine(settings: Settings) -> Engine:
    if settings.effective_engine() == "openai":
        from .openai import OpenAIEngine

        return OpenAIEngine.from_settings(settings)
    from .extractive import ExtractiveEngine

    return ExtractiveEngine()
