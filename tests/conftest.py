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


@pytest.fixture(autouse=True)
def model_requests_not_allowed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The openai client (httpx2) may reach a real server only in @pytest.mark.vcr or .live tests.

    Stand-in clients (httpx2.MockTransport) are unaffected. The failure is a pytest
    Failed, not an exception the engine would retry or fall back from.
    """
    if request.node.get_closest_marker("vcr") or request.node.get_closest_marker("live"):
        return
    import httpx2

    def refuse(self: object, outgoing: httpx2.Request) -> httpx2.Response:
        pytest.fail(f"model requests are not allowed in this test ({outgoing.method} {outgoing.url}): "
                    "use a stand-in client, a cassette (@pytest.mark.vcr) or @pytest.mark.live")

    async def refuse_async(self: object, outgoing: httpx2.Request) -> httpx2.Response:
        return refuse(self, outgoing)

    monkeypatch.setattr(httpx2.HTTPTransport, "handle_request", refuse)
    monkeypatch.setattr(httpx2.AsyncHTTPTransport, "handle_async_request", refuse_async)


def pytest_recording_configure(config: pytest.Config, vcr: object) -> None:
    """Readable, scrubbed cassettes (see tests/llm_server.py)."""
    from tests import llm_server

    llm_server.configure(vcr)
