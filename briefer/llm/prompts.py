"""The prompts, rendered from the jinja2 templates in prompts/ (system, map, reduce, summary).

Templates hold the words, this module only fills them in: the reference date, the
fenced articles, the partial results as JSON, and the JSON Schema itself in `prompt`
mode, where the schema travels in no other field of the request.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

import jinja2

from ..resources import read_text

Message = dict[str, Any]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: read_text("prompts", name)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text prompts, never HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render(name: str, **values: Any) -> str:
    return environment().get_template(name).render(**values).strip()


def compact(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _messages(user: str, *, today: dt.date, schema: dict[str, Any] | None, articles: bool = False) -> list[Message]:
    """System and user message; the rules for reading articles only when articles are sent."""
    system = render("system.j2", today=today.isoformat(), schema=compact(schema) if schema else "", articles=articles)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def map_messages(articles: str, *, today: dt.date, whole: bool, schema: dict[str, Any] | None = None) -> list[Message]:
    """Messages asking for the brief (`whole`) or a partial brief of the fenced `articles`."""
    return _messages(render("map.j2", articles=articles, whole=whole), today=today, schema=schema, articles=True)


def reduce_messages(
    positions: list[dict[str, Any]],
    *,
    today: dt.date,
    schema: dict[str, Any] | None = None,
) -> list[Message]:
    return _messages(render("reduce.j2", positions=compact(positions)), today=today, schema=schema)


def summary_messages(brief: dict[str, Any], *, today: dt.date, schema: dict[str, Any] | None = None) -> list[Message]:
    return _messages(render("summary.j2", brief=compact(brief)), today=today, schema=schema)


def reask_messages(messages: list[Message], answer: str, error: str) -> list[Message]:
    """The conversation so far plus the invalid answer and why it was rejected."""
    return [
        *messages,
        {"role": "assistant", "content": answer},
        {
            "role": "user",
            "content": f"That answer was rejected: {error}\nReply again with only the corrected JSON object.",
        },
    ]
