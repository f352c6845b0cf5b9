"""The config file `briefer.toml`: where it is found and what it holds."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .config import home
from .errors import ConfigError


def config_path(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Path | None:
    """--config, then $BRIEFER_CONFIG, then $BRIEFER_HOME/briefer.toml (only if it exists)."""
    env = os.environ if env is None else env
    if explicit is not None:
        return Path(explicit).expanduser()
    if env.get("BRIEFER_CONFIG"):
        return Path(env["BRIEFER_CONFIG"]).expanduser()
    default = home(env) / "briefer.toml"
    return default if default.is_file() else None


def load_file(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def load_settings_values(explicit: Path | None = None) -> dict[str, Any]:
    """The top-level settings of the config file (engine, model, smtp, ...), without profiles."""
    data = load_file(config_path(explicit))
    return {key: value for key, value in data.items() if key != "profiles"}
