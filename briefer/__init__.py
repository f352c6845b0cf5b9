"""briefer: turn a day's news into a structured, trustworthy brief."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings
from .errors import BrieferError
from .models import Article, Brief, Deadline, Position, Quote, Source
from .pipeline import brief_from_articles, build_brief

__all__ = [
    "Article",
    "Brief",
    "BrieferError",
    "Deadline",
    "Position",
    "Quote",
    "Settings",
    "Source",
    "__version__",
    "brief_from_articles",
    "build_brief",
]
