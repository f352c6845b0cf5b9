"""One structured question to the model: cache, bounded concurrency, retries, re-asks, usage.

    ask()      -> a validated answer, or one of the chunk-level failures below
    Refusal       the model declined (message.refusal, or finish_reason content_filter)
    CutOff        finish_reason "length", or a prompt beyond the server's context window
    ModelResponseError  still invalid after every re-ask (carries attempts, usage, last output)
    Unavailable   timeouts, connection errors, 429 and 5xx outlasted every retry

Transport retries use tenacity: exponential backoff with jitter, or the server's
Retry-After when it sends one. Any other HTTP error (a bad key, an unknown model, a mode
the server rejects) is a plain EngineError that stops the run: retrying or falling back
would only hide a setting the user has to fix.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletion
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)

from ..cache import ResponseCache, cache_key
from ..config import Settings
from ..errors import ConfigError, EngineError, ModelResponseError
from . import modes, prompts
from .schema import Answer

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
A = TypeVar("A", bound=Answer)

#: the longest Retry-After honoured: a longer wait is cut to this, or the run would look hung
MAX_RETRY_AFTER = 120.0
_SHAPE_WORDS = re.compile(r"\b(response_format|json_schema|tool_choice|tool choice|tools)\b")
_CONTEXT_WORDS = (
    "context length",
    "context window",
    "maximum context",
    "exceed context",
    "too many tokens",
)


class Refusal(EngineError):
    """The model declined to answer."""


class CutOff(EngineError):
    """The answer hit the length limit, or the prompt did not fit the context window."""


class Unavailable(EngineError):
    """The server kept failing (timeouts, connection errors, 429, 5xx) until retries ran out."""


def build_client(settings: Settings, *, http_client: Any = None) -> AsyncOpenAI:
    """An AsyncOpenAI client for the settings; a custom base URL needs no real key."""
    if settings.api_key is not None:
        api_key = settings.api_key.get_secret_value()
    elif settings.base_url:
        api_key = "unused"
    else:
        raise ConfigError(MISSING_KEY)
    return AsyncOpenAI(
        api_key=api_key,
        base_url=settings.base_url,
        timeout=settings.timeout,
        max_retries=0,  # tenacity retries, so waits and attempts are ours to count
        http_client=http_client,
    )


MISSING_KEY = (
    "the openai engine needs OPENAI_API_KEY, or --base-url/OPENAI_BASE_URL for a local server "
    "(e.g. http://127.0.0.1:11434/v1 for Ollama); or use --engine extractive"
)


class Question(NamedTuple, Generic[A]):
    """One structured question: the messages, the answer model and its schema, an answer budget."""

    messages: list[prompts.Message]
    answer: type[A]
    schema: dict[str, Any]
    max_tokens: int


@dataclass
class CallRecord:
    """One completed request, as meta reports it."""

    stage: str
    chunk: int | None
    prompt_tokens: int
    completion_tokens: int
    cached: bool
    finish_reason: str | None
    seconds: float

    def as_meta(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RetryPolicy:
    attempts: int = 5
    reasks: int = 2
    initial_wait: float = 1.0
    max_wait: float = 30.0
    sleep: Sleep = asyncio.sleep


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (Retry-After-Ms, Retry-After seconds or HTTP date)."""
    headers = getattr(getattr(exc, "response", None), "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, ValueError):
            pass
    try:
        when = email.utils.parsedate_to_datetime(headers.get("retry-after", ""))
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - time.time(), 0.0)


def transient(exc: BaseException) -> bool:
    """Worth retrying: timeouts, dropped connections, rate limits and server errors.

    Not a server error that rejects the request's shape: llama-cpp-python answers an
    unsupported response_format with a 500 that no retry will change.
    """
    if isinstance(exc, openai.APIConnectionError | openai.RateLimitError):  # timeouts are connection errors
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500 and not rejects_shape(exc)


def rejects_shape(exc: openai.APIStatusError) -> bool:
    """The server refused how structured output was asked for (response_format, tools)."""
    detail = _error_detail(exc).lower()
    return exc.status_code in (400, 422, 500) and _SHAPE_WORDS.search(detail) is not None


class _Wait:
    """tenacity wait: the server's Retry-After when given, else exponential backoff with jitter."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.backoff = wait_exponential_jitter(initial=policy.initial_wait, max=policy.max_wait)

    def __call__(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = retry_after(exc) if exc is not None else None
        if asked is not None:
            return min(max(asked, 0.0), MAX_RETRY_AFTER)
        return float(self.backoff(state))


@dataclass
class Caller:
    """Asks one model structured questions; shared by every call of a run."""

    client: AsyncOpenAI
    model: str
    mode: modes.Mode
    temperature: float
    limit: asyncio.Semaphore
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    cache: ResponseCache | None = None
    token_field: str = "max_tokens"
    records: list[CallRecord] = field(default_factory=list)

    def request(self, question: Question[Any], messages: list[prompts.Message] | None = None) -> dict[str, Any]:
        """The request body, exactly as sent and as keyed in the cache."""
        return {
            "model": self.model,
            "messages": question.messages if messages is None else messages,
            "temperature": self.temperature,
            self.token_field: question.max_tokens,
            **modes.request_options(self.mode, question.answer.__name__, question.schema),
        }

    def is_cached(self, question: Question[Any]) -> bool:
        return self.cache is not None and cache_key(self.request(question)) in self.cache

    async def ask(self, question: Question[A], *, stage: str, chunk: int | None = None) -> A:
        """A validated answer; an invalid reply is sent back with its errors, `policy.reasks` times."""
        conversation = question.messages
        text, error, spent = "", "", {"prompt_tokens": 0, "completion_tokens": 0}
        for _ in range(self.policy.reasks + 1):
            completion, record = await self.complete(self.request(question, conversation), stage, chunk)
            spent["prompt_tokens"] += record.prompt_tokens
            spent["completion_tokens"] += record.completion_tokens
            choice = completion.choices[0]
            if getattr(choice.message, "refusal", None) or choice.finish_reason == "content_filter":
                raise Refusal(f"the model declined: {choice.message.refusal or 'content filter'}")
            if choice.finish_reason == "length":
                raise CutOff(f"the answer was cut off at {question.max_tokens} tokens")
            text = modes.answer_text(completion, self.mode)
            try:
                return modes.parse(text, question.answer, self.mode)
            except modes.InvalidAnswer as exc:
                error = str(exc)
                conversation = prompts.reask_messages(conversation, text, error)
        attempts = self.policy.reasks + 1
        raise ModelResponseError(
            f"the {stage} answer stayed invalid after {attempts} attempts: {error}",
            attempts=attempts,
            usage=spent,
            last_output=text,
        )

    async def complete(self, body: dict[str, Any], stage: str, chunk: int | None) -> tuple[ChatCompletion, CallRecord]:
        """One completion: from the cache, or from the server with retries (then cached)."""
        key = cache_key(body) if self.cache is not None else ""
        stored = self.cache.get(key) if self.cache is not None else None
        if stored is not None:
            completion = ChatCompletion.model_validate_json(stored)
            return completion, self._record(completion, stage, chunk, cached=True, seconds=0.0)
        completion, seconds = await self._send(body)
        record = self._record(completion, stage, chunk, cached=False, seconds=seconds)
        if self.cache is not None:
            self.cache.put(key, self.model, completion.model_dump_json())
        return completion, record

    async def _send(self, body: dict[str, Any]) -> tuple[ChatCompletion, float]:
        """The completion and the seconds its successful request took (queueing and retries aside)."""
        retrying = AsyncRetrying(
            retry=retry_if_exception(transient),
            wait=_Wait(self.policy),
            stop=stop_after_attempt(self.policy.attempts),
            sleep=self.policy.sleep,
            reraise=True,
        )
        try:
            sent: tuple[ChatCompletion, float] = await retrying(self._create, body)
        except openai.APIStatusError as exc:
            raise self._status_error(exc) from None
        except openai.APIConnectionError as exc:
            raise Unavailable(f"cannot reach the model server after {self.policy.attempts} attempts: {exc}") from None
        if not sent[0].choices:
            raise EngineError("the model server answered with no choices")
        return sent

    async def _create(self, body: dict[str, Any]) -> tuple[ChatCompletion, float]:
        async with self.limit:
            started = time.monotonic()
            completion: ChatCompletion = await self.client.chat.completions.create(**body)
            return completion, time.monotonic() - started

    def _status_error(self, exc: openai.APIStatusError) -> EngineError:
        detail = _error_detail(exc)
        if exc.status_code == 400 and any(word in detail.lower() for word in _CONTEXT_WORDS):
            return CutOff(f"the prompt does not fit the model's context window: {detail}")
        if rejects_shape(exc):
            return EngineError(
                f"the model server rejected the request ({exc.status_code}: {detail}); "
                f"it may not support --structured-output {self.mode}: try json_object, tools or prompt"
            )
        if transient(exc):
            return Unavailable(f"the model server kept failing ({exc.status_code}: {detail})")
        if exc.status_code in (401, 403):
            return EngineError(
                f"the model server refused the credentials ({exc.status_code}: {detail}); check OPENAI_API_KEY"
            )
        if exc.status_code == 404:
            return EngineError(f"the model server does not know model {self.model!r} ({detail}); check --model")
        return EngineError(f"the model server rejected the request ({exc.status_code}: {detail})")

    def _record(
        self, completion: ChatCompletion, stage: str, chunk: int | None, *, cached: bool, seconds: float
    ) -> CallRecord:
        usage = completion.usage
        record = CallRecord(
            stage=stage,
            chunk=chunk,
            prompt_tokens=0 if cached or usage is None else usage.prompt_tokens,
            completion_tokens=0 if cached or usage is None else usage.completion_tokens,
            cached=cached,
            finish_reason=completion.choices[0].finish_reason if completion.choices else None,
            seconds=round(seconds, 3),
        )
        self.records.append(record)
        log.info(
            "%s call%s: %d prompt + %d completion tokens, %s, %.1fs%s",
            stage,
            "" if chunk is None else f" (chunk {chunk})",
            record.prompt_tokens,
            record.completion_tokens,
            record.finish_reason,
            seconds,
            " (cached)" if cached else "",
        )
        return record


def _error_detail(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        message = body.get("message") or body.get("detail") or body.get("error")
        if isinstance(message, dict):
            message = message.get("message")
        if message:
            return " ".join(str(message).split())[:300]
    return " ".join(str(exc.message).split())[:300]
