"""End to end through the CLI against a real llama-cpp-python server running SmolLM2-135M.

CI installs the 'live' extra, so this runs there; elsewhere it is skipped only when
llama-cpp-python or the GGUF is missing. The model is tiny and writes nonsense, so the
test asserts what briefer guarantees whatever the model says: a schema-valid brief,
every kept quote verbatim in its source (invented ones dropped and counted), only known
source ids, token usage in meta, and a cached rerun that costs zero tokens.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefer.cli import cli
from briefer.models import Brief, Deadline, Position, Quote
from briefer.verify import quote_in_text
from tests import llm_server
from tests.conftest import SAMPLES

pytestmark = pytest.mark.live

#: two short real articles of samples/articles.jsonl: one story, one strike
ARTICLE_IDS = ("metro-transit-strike", "ledger-battery-0611")


@pytest.fixture(scope="session")
def llm_base_url() -> Iterator[str]:
    reason = llm_server.unavailable()
    if reason:
        pytest.skip(reason)
    with llm_server.serve() as url:
        yield url


@pytest.fixture
def two_articles(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    records = [json.loads(line) for line in (SAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    chosen = [r for r in records if r.get("id") in ARTICLE_IDS]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in chosen) + "\n", encoding="utf-8")
    return path, {r["id"]: r["text"] for r in chosen}


def run_cli(llm_base_url: str, source: Path, out: Path) -> dict[str, Any]:
    args = [
        "brief", str(source), "--date", "2025-06-12", "--format", "json", "-o", str(out),
        "--engine", "openai", "--base-url", llm_base_url, "--model", llm_server.MODEL_ALIAS,
        "--structured-output", "json_object", "--concurrency", "2",
    ]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def test_the_cli_builds_a_schema_valid_verified_brief_with_a_real_model(
    llm_base_url: str, two_articles: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    source, texts = two_articles
    data = run_cli(llm_base_url, source, tmp_path / "brief.json")

    brief = Brief.model_validate(data)
    meta = data["meta"]
    assert meta["engine"] == "openai" and meta["model"] == llm_server.MODEL_ALIAS
    assert meta["structured_output"] == "json_object"
    assert meta["calls"] and meta["prompt_tokens"] > 0 and meta["completion_tokens"] > 0
    assert meta["prompt_tokens"] == sum(call["prompt_tokens"] for call in meta["calls"])
    assert meta["quotes_proposed"] == meta["quotes_verified"] + meta["quotes_dropped"]
    assert meta["deadlines_kept"] <= meta["deadlines_proposed"]
    assert {s.id for s in brief.sources} == set(ARTICLE_IDS)
    for quote in brief.quotes:
        assert quote.verified and any(quote_in_text(quote.text, texts[sid]) for sid in quote.sources)
    items: list[Position | Quote | Deadline] = [*brief.positions, *brief.quotes, *brief.deadlines]
    for item in items:
        assert item.sources and set(item.sources) <= set(ARTICLE_IDS)

    rerun = run_cli(llm_base_url, source, tmp_path / "again.json")["meta"]
    assert rerun["prompt_tokens"] == 0 and rerun["completion_tokens"] == 0
    assert rerun["cached_calls"] == len(rerun["calls"]) == len(meta["calls"])
