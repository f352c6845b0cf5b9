"""The command line as a user meets it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, SEED


def briefer(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=180,
    )


def test_samples_brief_in_markdown_by_default() -> None:
    proc = briefer("brief", str(SAMPLES), "--date", "2025-06-12")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# ")
    assert "2025-06-12" in proc.stdout
    for heading in ("Summary", "Quotes", "Deadlines", "Sources"):
        assert heading in proc.stdout


def test_output_format_inferred_from_extension_and_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "brief.json"
    proc = briefer("brief", str(SEED), "--date", "2025-06-12", "-o", str(target))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert json.loads(target.read_text())["date"] == "2025-06-12"
    assert [p.name for p in target.parent.iterdir()] == ["brief.json"]


def test_failed_run_leaves_existing_output_untouched(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday's brief\n")
    proc = briefer("brief", str(tmp_path / "missing.txt"), "-o", str(target))
    assert proc.returncode == 2
    assert target.read_text() == "yesterday's brief\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_stdin_input() -> None:
    text = SEED.read_text()
    proc = briefer("brief", "-", "--date", "2025-06-12", "--format", "json", stdin=text)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["meta"]["articles_in"] == 4
    assert all(s["origin"].startswith("-") for s in data["sources"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "--date", "12/06/2025", str(SEED)], "YYYY-MM-DD"),
        (["brief", "--frobnicate", str(SEED)], "--frobnicate"),
        (["brief"], "no input"),
        (["brief", "does-not-exist.txt"], "does-not-exist.txt"),
        (["brief", str(SEED), "--format", "pdf"], "-o"),
    ],
)
def test_usage_errors_exit_2_with_one_line_and_no_traceback(args: list[str], message: str) -> None:
    proc = briefer(*args)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert proc.stdout == ""


def test_openai_engine_without_key_or_base_url_says_how_to_fix() -> None:
    proc = briefer("brief", str(SEED), "--engine", "openai")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "OPENAI_API_KEY" in proc.stderr and "--base-url" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_schema_is_the_brief_json_schema() -> None:
    proc = briefer("schema")
    assert proc.returncode == 0
    schema = json.loads(proc.stdout)
    assert set(schema["properties"]) >= {"title", "date", "summary", "sources", "positions", "quotes", "deadlines", "meta"}
    assert "Quote" in schema["$defs"] and "verified" in schema["$defs"]["Quote"]["properties"]
