"""The whole pipeline as one function: inputs in, a verified Brief out.

ingest -> dedup -> extract (engine) -> verify -> Brief. Rendering and delivery are left
to the caller, so the same Brief can be written in several formats and mailed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import IO

from . import dedup, ingest, verify
from .config import Settings
from .engines import Engine, make_engine
from .errors import InputError
from .models import Article, Brief, Meta, Skipped

log = logging.getLogger(__name__)


def build_brief(
    inputs: Sequence[str] = (),
    *,
    reference_date: dt.date | None = None,
    settings: Settings | None = None,
    engine: Engine | None = None,
    articles: Sequence[Article] | None = None,
    skipped: Sequence[Skipped] = (),
    stdin: IO[bytes] | None = None,
    title: str | None = None,
) -> Brief:
    """Build a verified brief from input paths/URLs/'-' (or ready `articles`).

    Raises InputError when no input yields an article; inputs that fail on their own are
    listed in `meta.skipped` and the rest still make the brief.
    """
    reference_date = reference_date or dt.date.today()
    settings = settings or Settings()
    skipped_all = list(skipped)
    found: list[Article] = list(articles or [])
    if inputs:
        result = ingest.read_inputs(inputs, reference_date=reference_date, stdin=stdin)
        found.extend(result.articles)
        skipped_all.extend(result.skipped)
    if not found:
        detail = "; ".join(f"{s.input}: {s.reason}" for s in skipped_all) or "no input given"
        raise InputError(f"no usable article in the input ({detail})")
    return brief_from_articles(
        found, reference_date=reference_date, settings=settings, engine=engine, skipped=skipped_all, title=title
    )


def brief_from_articles(
    articles: Sequence[Article],
    *,
    reference_date: dt.date,
    settings: Settings | None = None,
    engine: Engine | None = None,
    skipped: Sequence[Skipped] = (),
    title: str | None = None,
) -> Brief:
    """Dedup, extract and verify already-ingested articles."""
    settings = settings or Settings()
    engine = engine or make_engine(settings)
    groups = dedup.group_duplicates(articles)
    unique = [group.kept for group in groups]
    log.info("%d articles in, %d unique", len(articles), len(unique))
    extraction = engine.extract(unique, reference_date=reference_date)
    meta = Meta(
        engine=engine.name,
        model=engine.model,
        articles_in=len(articles),
        articles_unique=len(unique),
        skipped=list(skipped),
    )
    return verify.verified_brief(
        extraction,
        groups,
        reference_date=reference_date,
        meta=meta,
        title=title,
        allow_unverified_quotes=settings.allow_unverified_quotes,
    )
