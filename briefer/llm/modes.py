"""The four ways of asking an OpenAI-compatible server for structured output.

    json_schema   response_format json_schema, strict (OpenAI structured outputs)
    json_object   response_format json_object with the schema attached (llama-cpp-python
                  turns it into a grammar; it rejects json_schema)
    tools         one function whose parameters are the schema, and tool_choice forcing it
    prompt        the schema in the system prompt; the reply is parsed out of plain text

Whatever the mode, the answer comes back as JSON text that the same pydantic model
validates; the mode only decides where the schema goes and where the answer is read.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal, TypeVar

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from .schema import Answer

Mode = Literal["json_schema", "json_object", "tools", "prompt"]
A = TypeVar("A", bound=Answer)
TOOL_NAME = "record_answer"
_FENCED = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


class InvalidAnswer(ValueError):
    """The reply is not valid JSON for the schema; the message is what the model is told."""


def strict(mode: Mode) -> bool:
    """Only OpenAI's strict structured outputs need the restricted schema dialect."""
    return mode == "json_schema"


def schema_in_prompt(mode: Mode) -> bool:
    return mode == "prompt"


def request_options(mode: Mode, name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """The request fields that carry `schema` in `mode`."""
    if mode == "json_schema":
        return {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": name, "strict": True, "schema": schema},
            }
        }
    if mode == "json_object":
        return {"response_format": {"type": "json_object", "schema": schema}}
    if mode == "tools":
        tool = {
            "type": "function",
            "function": {"name": TOOL_NAME, "description": name, "parameters": schema},
        }
        return {
            "tools": [tool],
            "tool_choice": {"type": "function", "function": {"name": TOOL_NAME}},
        }
    return {}


def answer_text(completion: ChatCompletion, mode: Mode) -> str:
    """The raw answer: the forced tool call's arguments in tools mode, else the message text."""
    message = completion.choices[0].message
    if mode == "tools" and message.tool_calls:
        call = message.tool_calls[0]
        arguments = getattr(getattr(call, "function", None), "arguments", None)
        if arguments:
            return str(arguments)
    return message.content or ""


def parse(text: str, model: type[A], mode: Mode) -> A:
    """Validate `text` as `model`; in prompt mode, first dig the JSON out of surrounding prose.

    Raw control characters inside strings (a line break a small model writes into a
    quote) are accepted: the text is the same, and re-asking for it costs a whole call.
    """
    candidate = _json_part(text) if mode == "prompt" else text
    if not candidate.strip():
        raise InvalidAnswer("the answer was empty; a JSON object was expected")
    try:
        data = json.loads(candidate, strict=False)
    except ValueError as exc:
        raise InvalidAnswer(f"the answer is not valid JSON: {exc}") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidAnswer(_describe(exc)) from None


def _json_part(text: str) -> str:
    fenced = _FENCED.search(text)
    if fenced:
        return fenced.group(1)
    start, end = text.find("{"), text.rfind("}")
    return text[start : end + 1] if 0 <= start < end else text


def _describe(exc: ValidationError) -> str:
    """pydantic's errors in a few lines a model can act on (without echoing the whole input)."""
    lines = []
    for error in exc.errors(include_url=False, include_input=False)[:8]:
        where = ".".join(str(part) for part in error["loc"]) or "answer"
        lines.append(f"{where}: {error['msg']}")
    return "; ".join(lines)
