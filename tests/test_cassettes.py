"""Every recorded cassette is secret-free, readable and used by a test."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]
from vcr.request import Request  # type: ignore[import-untyped]

from tests import llm_server

CASSETTES = Path(__file__).parent / "cassettes"
KEY_LIKE = re.compile(r"\b(sk-[A-Za-z0-9_-]{8,}|sess-[A-Za-z0-9]{8,}|org-[A-Za-z0-9]{8,}|Bearer\s+\S+)")


def cassettes() -> list[Path]:
    return sorted(CASSETTES.rglob("*.yaml"))


def vcr_tests(module: Path) -> set[str]:
    """Names of the test functions in `module` marked @pytest.mark.vcr."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any("vcr" in ast.unparse(decorator) for decorator in node.decorator_list)
    }


def header_names(node: object) -> set[str]:
    """Every key of every `headers` mapping anywhere in a loaded cassette."""
    found: set[str] = set()
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "headers" and isinstance(value, dict):
                found |= {str(name).lower() for name in value}
            found |= header_names(value)
    elif isinstance(node, list):
        for item in node:
            found |= header_names(item)
    return found


def test_there_are_cassettes_to_check() -> None:
    assert cassettes(), "tests/cassettes/ is empty: run scripts/record-cassettes"


@pytest.mark.parametrize("path", cassettes(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_a_cassette_holds_no_secret_header_or_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)

    assert data["interactions"], "an empty cassette tests nothing"
    assert not header_names(data) & llm_server.SECRET_HEADERS
    assert not KEY_LIKE.search(text), KEY_LIKE.search(text)


@pytest.mark.parametrize("path", cassettes(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_a_cassette_is_readable_json_and_points_at_the_placeholder_server(
    path: Path,
) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for interaction in data["interactions"]:
        assert interaction["request"]["uri"].startswith(llm_server.CASSETTE_BASE_URL)
        assert "parsed_body" in interaction["request"], "request bodies are stored decoded"
        assert "parsed_body" in interaction["response"]["body"], "response bodies are stored decoded"


@pytest.mark.parametrize("path", cassettes(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_a_cassette_is_used_by_a_vcr_test(path: Path) -> None:
    module = Path(__file__).parent / f"{path.parent.name}.py"
    assert module.is_file(), f"no test module {module.name} for {path}"
    assert path.stem in vcr_tests(module), f"no @pytest.mark.vcr test {path.stem} in {module.name}"


def test_recording_scrubs_secrets_and_the_local_address() -> None:
    request = Request(
        "POST",
        "http://127.0.0.1:40123/v1/chat/completions",
        b'{"model": "m"}',
        {
            "Authorization": "Bearer sk-live-0123456789abcdef",
            "Cookie": "session=1",
            "OpenAI-Organization": "org-0123456789",
            "OpenAI-Project": "proj_1",
            "Content-Type": "application/json",
        },
    )
    scrubbed = llm_server.scrub_request(request)
    response = llm_server.scrub_response(
        {
            "status": {"code": 200},
            "headers": {
                "Set-Cookie": ["a=b"],
                "openai-organization": ["org-x"],
                "Content-Type": ["application/json"],
            },
            "body": {"string": "{}"},
        }
    )

    assert scrubbed.uri == f"{llm_server.CASSETTE_BASE_URL}/chat/completions"
    assert {name.lower() for name in scrubbed.headers} == {"content-type"}
    assert {name.lower() for name in response["headers"]} == {"content-type"}


def test_the_serializer_stores_json_bodies_parsed_and_restores_them() -> None:
    cassette = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": "POST",
                    "uri": "http://x/v1/chat",
                    "headers": {},
                    "body": '{"a": [1, 2]}',
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {},
                    "body": {"string": '{"b": "é"}'},
                },
            }
        ],
    }
    text = llm_server.ReadableJsonSerializer.serialize(cassette)
    assert "parsed_body" in text and '{"a"' not in text and "é" in text

    restored = llm_server.ReadableJsonSerializer.deserialize(text)["interactions"][0]
    assert restored["request"]["body"] == '{"a": [1, 2]}'
    assert restored["response"]["body"]["string"] == '{"b": "é"}'
