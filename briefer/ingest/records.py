"""Article records in JSON (one object or a list) and JSON Lines (CONTRACT.md).

Only `text` is required. A broken line or record is reported with its line or item
number and the others still count: one bad line must not cost a day's clippings.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import InputError
from .drafts import Draft, Parsed


class _Record(BaseModel):
    """One article record; unknown keys are ignored so richer exports still load."""

    model_config = ConfigDict(extra="ignore")

    text: str
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty")
        return value.strip()

    @field_validator("id", "title", "outlet", "url")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return value.strip() or None

    @field_validator("published", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: Any) -> Any:
        """A date or an ISO datetime; the date as printed, in the datetime's own time zone."""
        if not isinstance(value, str):
            return value
        if not value.strip():
            return None
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            raise ValueError(f"{value!r} is not a date (YYYY-MM-DD) or ISO datetime") from None


def json_records(text: str) -> Parsed:
    """The articles of a .json file: one record object, or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    if isinstance(data, dict):
        entries = [("record", data)]
    elif isinstance(data, list):
        entries = [(f"item {n}", item) for n, item in enumerate(data, 1)]
    else:
        raise InputError("JSON holds neither an article record nor a list of records")
    result = Parsed()
    for where, item in entries:
        _add(result, where, item)
    return result


def jsonl_records(text: str) -> Parsed:
    """The articles of a .jsonl file, one record per line; broken lines are reported."""
    result = Parsed()
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            result.problems.append(f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        _add(result, f"line {number}", item)
    return result


def _add(result: Parsed, where: str, item: Any) -> None:
    """Append the record's draft to `result`, or the reason it is unusable."""
    if not isinstance(item, dict):
        result.problems.append(f"{where}: not an article record (a JSON object)")
        return
    try:
        record = _Record.model_validate(item)
    except ValidationError as exc:
        result.problems.append(f"{where}: {_one_line(exc)}")
        return
    result.drafts.append(
        Draft(
            text=record.text,
            title=record.title,
            outlet=record.outlet,
            url=record.url,
            published=record.published,
            record_id=record.id,
        )
    )


def _one_line(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"]) or "record"
        message = error["msg"].removeprefix("Value error, ")
        parts.append(f"'{field}' {message.lower() if error['type'] == 'missing' else message}")
    return "; ".join(parts)
