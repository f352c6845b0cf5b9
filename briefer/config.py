"""Settings: command-line flags over environment variables over the config file.

`Settings.resolve(flags, env, file_values)` is the one place where the three meet, so
every command and test sees the same precedence. The API key is read only from the
environment (never a flag that lands in shell history) and is kept as a SecretStr so it
cannot leak into logs or reprs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from .errors import ConfigError

EngineName = Literal["auto", "extractive", "openai"]
StructuredOutputMode = Literal["json_schema", "json_object", "tools", "prompt"]
SmtpSecurity = Literal["starttls", "tls", "none"]

#: environment variable -> settings field
ENV_VARS: dict[str, str] = {
    "BRIEFER_ENGINE": "engine",
    "BRIEFER_MODEL": "model",
    "OPENAI_BASE_URL": "base_url",
    "OPENAI_API_KEY": "api_key",
    "BRIEFER_STRUCTURED_OUTPUT": "structured_output",
}

SMTP_ENV_VARS: dict[str, str] = {
    "BRIEFER_SMTP_HOST": "host",
    "BRIEFER_SMTP_PORT": "port",
    "BRIEFER_SMTP_USER": "user",
    "BRIEFER_SMTP_PASSWORD": "password",
    "BRIEFER_SMTP_FROM": "from_addr",
    "BRIEFER_SMTP_SECURITY": "security",
}


def home(env: Mapping[str, str] | None = None) -> Path:
    """Where state, cache and the default config live: $BRIEFER_HOME or the user data dir."""
    env = os.environ if env is None else env
    configured = env.get("BRIEFER_HOME")
    return Path(configured).expanduser() if configured else Path(platformdirs.user_data_dir("briefer"))


class SmtpSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    host: str | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    user: str | None = None
    password: SecretStr | None = None
    from_addr: str | None = None
    security: SmtpSecurity = "starttls"
    timeout: float = Field(default=30.0, gt=0)


class Settings(BaseModel):
    """Everything a run needs to know besides its inputs."""

    model_config = ConfigDict(extra="forbid")

    engine: EngineName = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = None
    structured_output: StructuredOutputMode = "json_schema"
    timeout: float = Field(default=120.0, gt=0, description="seconds per LLM request")
    concurrency: int = Field(default=4, ge=1, le=64, description="LLM calls in flight at once")
    temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    max_retries: int = Field(default=4, ge=0, le=20)
    max_prompt_tokens: int | None = Field(default=None, ge=1)
    chunk_tokens: int = Field(default=4000, ge=200, description="token budget of one chunk of article text")
    cache: bool = True
    allow_unverified_quotes: bool = False
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)

    @classmethod
    def resolve(
        cls,
        flags: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        file_values: Mapping[str, Any] | None = None,
    ) -> Settings:
        """Merge flags > environment > config file; None in flags means 'not given'."""
        env = os.environ if env is None else env
        merged: dict[str, Any] = {}
        smtp: dict[str, Any] = {}
        for key, value in (file_values or {}).items():
            if key == "smtp" and isinstance(value, Mapping):
                smtp.update(value)
            else:
                merged[key] = value
        for var, field in ENV_VARS.items():
            if env.get(var):
                merged[field] = env[var]
        for var, field in SMTP_ENV_VARS.items():
            if env.get(var):
                smtp[field] = env[var]
        for key, value in (flags or {}).items():
            if value is None:
                continue
            if key.startswith("smtp_"):
                smtp[key.removeprefix("smtp_")] = value
            else:
                merged[key] = value
        merged["smtp"] = smtp
        try:
            return cls.model_validate(merged)
        except ValidationError as exc:
            raise ConfigError("invalid setting: " + "; ".join(validation_problems(exc))) from None

    def effective_engine(self) -> Literal["extractive", "openai"]:
        """`auto` means openai when a key or base URL is configured, else extractive."""
        if self.engine != "auto":
            return self.engine
        return "openai" if (self.api_key or self.base_url) else "extractive"


def validation_problems(exc: ValidationError, prefix: str = "") -> list[str]:
    """Each problem as 'dotted.key: message', worded for a person editing briefer.toml."""
    problems = []
    for error in exc.errors():
        loc = [prefix] if prefix else []
        loc += [str(part) for part in error["loc"]]
        where = ".".join(loc) or "value"
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        problems.append(f"{where}: {message}")
    return problems
