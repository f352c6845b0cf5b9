"""What the model is asked to return, as pydantic models, and the JSON Schema sent for them.

The answer models are the model's side of the contract: no `verified` flag (that is
verify's to set), lists it may leave empty. Their JSON Schema is sent with every
request; for each chunk the `sources` items are narrowed to an enum of that chunk's
ids, so a grammar-constrained server cannot even spell an id that is not in its input.
Size limits (maxItems, maxLength) bound the answer of small local models; OpenAI's
strict mode accepts neither, so `response_schema(strict=True)` strips them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

_STRICT_UNSUPPORTED = ("minLength", "maxLength", "minItems", "maxItems")
_NOISE = ("title", "default", "description")


#: a summary bullet; its length is bounded for generation only, never a reason to re-ask
Bullet = Annotated[str, WithJsonSchema({"type": "string", "maxLength": 240})]


def _text(limit: int) -> Any:
    return Field(min_length=1, json_schema_extra={"maxLength": limit})


def _items(limit: int) -> Any:
    return Field(json_schema_extra={"maxItems": limit})


class Answer(BaseModel):
    """Base of every answer: every listed field is required and typed (an answer of the wrong
    shape is re-asked, not read as empty); unknown keys a model adds are ignored, not trusted."""

    model_config = ConfigDict(extra="ignore")


class ProposedPosition(Answer):
    actor: str = _text(100)
    stance: str = _text(300)
    sources: list[str] = _items(8)


class ProposedQuote(Answer):
    speaker: str = _text(100)
    text: str = _text(600)
    sources: list[str] = _items(8)


class ProposedDeadline(Answer):
    """Dates must parse; an end before its start is dropped later as one bad item, not re-asked."""

    event: str = _text(200)
    phrase: str = _text(80)
    start: dt.date
    end: dt.date
    sources: list[str] = _items(8)


class ChunkAnswer(Answer):
    """A partial brief: what one chunk of articles says."""

    positions: list[ProposedPosition] = _items(20)
    quotes: list[ProposedQuote] = _items(20)
    deadlines: list[ProposedDeadline] = _items(20)


class BriefAnswer(ChunkAnswer):
    """The whole brief in one call, when every article fits in one chunk."""

    summary: list[Bullet] = _items(8)


class PositionsAnswer(Answer):
    """The reduce step: positions merged to one per actor."""

    positions: list[ProposedPosition] = _items(30)


class SummaryAnswer(Answer):
    summary: list[Bullet] = _items(8)


def response_schema(model: type[Answer], source_ids: Sequence[str], *, strict: bool) -> dict[str, Any]:
    """The JSON Schema of `model`, self-contained (no $ref), closed, with sources as an enum."""
    schema = model.model_json_schema()
    definitions = schema.pop("$defs", {})
    cleaned: dict[str, Any] = _clean(schema, definitions, list(source_ids), strict=strict)
    return cleaned


def _clean(node: Any, definitions: dict[str, Any], ids: list[str], *, strict: bool) -> Any:
    if isinstance(node, list):
        return [_clean(item, definitions, ids, strict=strict) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return _clean(
            definitions[node["$ref"].rsplit("/", 1)[-1]],
            definitions,
            ids,
            strict=strict,
        )
    dropped = _NOISE + (_STRICT_UNSUPPORTED if strict else ())
    out = {key: _clean(value, definitions, ids, strict=strict) for key, value in node.items() if key not in dropped}
    if out.get("type") == "object":
        properties = {
            name: _clean(value, definitions, ids, strict=strict) for name, value in node.get("properties", {}).items()
        }
        if "sources" in properties and ids:
            properties["sources"]["items"] = {"type": "string", "enum": ids}
        out.update(properties=properties, required=list(properties), additionalProperties=False)
    return out
