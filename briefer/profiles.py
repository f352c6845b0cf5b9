"""The config file `briefer.toml`: where it is found, what it holds, and its profiles.

A profile is a named morning job: which sources to read, which articles to keep, how to
build the brief and where to put it. The file is validated by pydantic with
`extra="forbid"`, so a misspelt key is an error that names the key, not a silent default.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from email.utils import parseaddr
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from .config import EngineName, Settings, StructuredOutputMode, home, validation_problems
from .errors import ConfigError
from .render import Format

_DEFAULT_FORMATS: tuple[Format, ...] = ("md",)

#: profile keys that override the top-level settings of the file for that profile's runs
PROFILE_SETTING_KEYS = ("engine", "model", "base_url", "structured_output")

_DURATION_PART = re.compile(r"(\d+)\s*(w|d|h|m)", re.IGNORECASE)
_DURATION_UNITS = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def config_path(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Path | None:
    """--config, then $BRIEFER_CONFIG, then $BRIEFER_HOME/briefer.toml (only if it exists)."""
    env = os.environ if env is None else env
    if explicit is not None:
        return Path(explicit).expanduser()
    if env.get("BRIEFER_CONFIG"):
        return Path(env["BRIEFER_CONFIG"]).expanduser()
    default = default_config_path(env)
    return default if default.is_file() else None


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    return home(env) / "briefer.toml"


def load_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {path} is a folder") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def load_settings_values(explicit: Path | None = None) -> dict[str, Any]:
    """The top-level settings of the config file (engine, model, smtp, ...), without profiles."""
    data = load_file(config_path(explicit))
    return {key: value for key, value in data.items() if key != "profiles"}


def parse_duration(value: str) -> dt.timedelta:
    """'24h', '2d', '90m', '1w', or combined like '1d12h' -> a positive timedelta."""
    text = value.strip()
    parts = _DURATION_PART.findall(text)
    if not parts or _DURATION_PART.sub("", text).strip():
        raise ValueError(f"{value!r} is not a duration like 24h, 2d, 90m or 1w")
    delta = dt.timedelta()
    for amount, unit in parts:
        delta += dt.timedelta(**{_DURATION_UNITS[unit.lower()]: int(amount)})
    if delta <= dt.timedelta():
        raise ValueError(f"{value!r} is not a positive duration")
    return delta


def _duration(value: Any) -> Any:
    if isinstance(value, dt.timedelta):
        return value
    if not isinstance(value, str):
        raise ValueError("expected a duration string like '24h', '2d' or '90m'")
    return parse_duration(value)


def _string_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Window = Annotated[dt.timedelta, BeforeValidator(_duration)]
StringList = Annotated[list[str], BeforeValidator(_string_list)]


class Profile(BaseModel):
    """One scheduled job: `[profiles.NAME]` in briefer.toml."""

    model_config = ConfigDict(extra="forbid")

    name: str
    title: str | None = Field(default=None, description="title of the brief [default: the pipeline's]")
    sources: StringList = Field(min_length=1, description="feeds, article URLs, files and folders")
    include: StringList = Field(default_factory=list, description="keep articles matching any of these")
    exclude: StringList = Field(default_factory=list, description="drop articles matching any of these")
    window: Window | None = Field(default=None, description="only articles published within this window")
    engine: EngineName | None = None
    model: str | None = None
    base_url: str | None = None
    structured_output: StructuredOutputMode | None = None
    formats: list[Format] = Field(default_factory=lambda: list(_DEFAULT_FORMATS), min_length=1)
    output_dir: Path | None = Field(default=None, description="[default: $BRIEFER_HOME/briefs/NAME]")
    email_to: StringList = Field(default_factory=list)
    on_empty: Literal["skip", "fail"] = Field(
        default="skip", description="no new articles: exit 0 with a message (skip) or exit 1 (fail)"
    )

    @field_validator("name")
    @classmethod
    def _safe_name(cls, value: str) -> str:
        if not _PROFILE_NAME.match(value):
            raise ValueError(f"profile name {value!r} may hold only letters, digits, '-' and '_'")
        return value

    @field_validator("sources", "include", "exclude")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("entries must not be blank")
        return [item.strip() for item in value]

    @field_validator("formats")
    @classmethod
    def _unique_formats(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(value))

    @field_validator("email_to")
    @classmethod
    def _addresses(cls, value: list[str]) -> list[str]:
        for address in value:
            _, parsed = parseaddr(address)
            if "@" not in parsed or " " in parsed:
                raise ValueError(f"{address!r} is not an email address")
        return value

    def output_folder(self, env: Mapping[str, str] | None = None) -> Path:
        if self.output_dir is not None:
            return self.output_dir.expanduser()
        return home(env) / "briefs" / self.name

    def setting_values(self) -> dict[str, Any]:
        """The engine settings this profile sets, to lay over the file's top-level ones."""
        return {key: getattr(self, key) for key in PROFILE_SETTING_KEYS if getattr(self, key) is not None}


class ConfigFile(BaseModel):
    """The whole briefer.toml: top-level settings plus `[profiles.*]`."""

    settings: dict[str, Any] = Field(default_factory=dict)
    profiles: dict[str, Profile] = Field(default_factory=dict)

    def profile(self, name: str) -> Profile:
        try:
            return self.profiles[name]
        except KeyError:
            known = ", ".join(sorted(self.profiles)) or "none defined"
            raise ConfigError(f"no profile {name!r} in the config file (profiles: {known})") from None


def parse_config(data: Mapping[str, Any], source: str = "briefer.toml") -> ConfigFile:
    """Validate the parsed TOML; every problem becomes one ConfigError naming key and file."""
    settings = {key: value for key, value in data.items() if key != "profiles"}
    raw_profiles = data.get("profiles", {})
    if not isinstance(raw_profiles, Mapping):
        raise ConfigError(f"{source}: 'profiles' must be a table of [profiles.NAME] sections")
    problems: list[str] = []
    try:
        Settings.model_validate(settings)
    except ValidationError as exc:
        problems.extend(validation_problems(exc))
    profiles: dict[str, Profile] = {}
    for name, body in raw_profiles.items():
        if not isinstance(body, Mapping):
            problems.append(f"profiles.{name}: must be a table")
            continue
        if "name" in body:
            problems.append(f"profiles.{name}.name: the name comes from the section title")
            continue
        try:
            profiles[name] = Profile.model_validate({**body, "name": name})
        except ValidationError as exc:
            problems.extend(validation_problems(exc, prefix=f"profiles.{name}"))
    if problems:
        raise ConfigError(f"{source}: " + "; ".join(problems))
    return ConfigFile(settings=settings, profiles=profiles)


def load_config(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> ConfigFile:
    """Find, read and validate the config file; a missing file is an error naming where it was looked for."""
    path = config_path(explicit, env)
    if path is None:
        raise ConfigError(
            f"no config file: create {default_config_path(env)} with `briefer init`, "
            "or point --config or BRIEFER_CONFIG at one"
        )
    return parse_config(load_file(path), source=str(path))


EXAMPLE_CONFIG = """\
# briefer.toml: settings and profiles for `briefer run PROFILE`.
# Found via --config, $BRIEFER_CONFIG, or $BRIEFER_HOME/briefer.toml.
# Unknown keys are errors, so a typo cannot silently fall back to a default.

# Top-level settings apply to every command; flags and environment variables win over them.
# engine = "auto"               # auto | extractive | openai (auto: openai when a key or base URL is set)
# model = "gpt-4o-mini"         # or $BRIEFER_MODEL
# base_url = "http://localhost:8080/v1"   # any OpenAI-compatible server, or $OPENAI_BASE_URL
# The API key is read only from $OPENAI_API_KEY, never from this file.

# [smtp]                        # for email_to and `briefer send`; or $BRIEFER_SMTP_* variables
# host = "smtp.example.com"
# port = 587
# user = "me@example.com"
# from_addr = "briefer <me@example.com>"
# security = "starttls"         # starttls | tls | none
# The password is best kept in $BRIEFER_SMTP_PASSWORD.

[profiles.morning]
# Feeds, article pages, files and folders; a feed's linked articles are fetched in full.
sources = [
    "https://example.com/world/rss.xml",
    "~/clippings/",
]
include = ["tariff", "trade talks"]  # keep articles matching any of these (case-insensitive)
exclude = []                    # then drop articles matching any of these
window = "24h"                  # only articles published within this window: 90m, 24h, 2d, 1w
# engine = "extractive"         # as --engine; model, base_url, structured_output likewise
formats = ["md", "html"]        # md, html, pdf, json, ics
output_dir = "~/briefs"         # outputs named by date: 2025-06-12.md, 2025-06-12.html
# email_to = ["me@example.com"] # mail the brief (SMTP settings as for `briefer send`)
# on_empty = "skip"             # no new articles: exit 0 with a message (skip) or exit 1 (fail)
"""


def write_example(path: Path, *, force: bool = False) -> Path:
    """Write the commented example config to `path`; never overwrite one unless forced."""
    from .output import write_atomic

    path = path.expanduser()
    if path.exists() and not force:
        raise ConfigError(f"{path} already exists (use --force to overwrite it)")
    return write_atomic(path, EXAMPLE_CONFIG.encode("utf-8"))
