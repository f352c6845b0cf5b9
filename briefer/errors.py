"""The one error tree of briefer.

    BrieferError                  anything briefer expects and can explain in one line
    ├── UsageError                the user asked for something impossible (CLI exit 2)
    │   ├── InputError            an input cannot be read or holds no article
    │   ├── ConfigError           briefer.toml or a setting is invalid
    │   └── BudgetError           a run's estimated cost exceeds --max-prompt-tokens
    ├── FetchError                a URL or feed could not be fetched
    ├── EngineError               an engine could not produce a brief
    │   └── ModelResponseError    an LLM answer stayed invalid after every retry
    ├── RenderError               an output format could not be written
    └── DeliveryError             mail could not be sent

The CLI turns a UsageError into exit status 2 and any other BrieferError into 1,
each with its message on one line; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from typing import Any


class BrieferError(Exception):
    """Base class: an expected failure with a one-line, user-facing message."""

    exit_code = 1

    def one_line(self) -> str:
        """The message as the CLI and `Skipped` entries show it: its first line, or the class name."""
        text = str(self)
        return text.splitlines()[0] if text else type(self).__name__


class UsageError(BrieferError):
    exit_code = 2


class InputError(UsageError):
    """An input is missing, unreadable or carries no article."""


class ConfigError(UsageError):
    """A configuration value or file is invalid."""


class BudgetError(UsageError):
    """The estimated prompt tokens of a run exceed the configured maximum."""


class FetchError(BrieferError):
    """A URL or feed could not be fetched or parsed."""


class EngineError(BrieferError):
    """An extraction engine failed."""


class ModelResponseError(EngineError):
    """The model's answer failed validation on every attempt.

    Carries what a user needs to judge the failure: the attempts made, the token
    usage spent on them and the last raw output.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        usage: dict[str, int] | None = None,
        last_output: str | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.usage = usage or {}
        self.last_output = last_output
        self.extra = extra


class RenderError(BrieferError):
    """An output could not be rendered."""


class DeliveryError(BrieferError):
    """A brief could not be delivered (SMTP)."""
