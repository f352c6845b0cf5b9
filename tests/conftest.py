"""Shared fixtures: every test gets its own BRIEFER_HOME and a clean environment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = ROOT / "samples" / "aggregator-page.txt"
SEED_DATE = dt.date(2025, 6, 12)

_ENV_TO_CLEAR = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "BRIEFER_MODEL",
    "BRIEFER_ENGINE",
    "BRIEFER_STRUCTURED_OUTPUT",
    "BRIEFER_CONFIG",
    "BRIEFER_SMTP_HOST",
    "BRIEFER_SMTP_PORT",
    "BRIEFER_SMTP_USER",
    "BRIEFER_SMTP_PASSWORD",
    "BRIEFER_SMTP_FROM",
)


@pytest.fixture(autouse=True)
def briefer_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point all on-disk state at a fresh folder and drop settings leaking from the shell."""
    home = tmp_path_factory.mktemp("briefer-home")
    monkeypatch.setenv("BRIEFER_HOME", str(home))
    for name in _ENV_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)
    return home
