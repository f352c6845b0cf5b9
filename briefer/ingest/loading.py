"""Bytes in, text out: size cap, binary detection and character-set detection.

Everything that can go wrong before parsing becomes an InputError with a one-line
reason, so that one bad input is skipped while the others of the run are still read.
"""

from __future__ import annotations

import codecs
import logging
import re
import stat
from pathlib import Path
from typing import IO

import charset_normalizer

from ..errors import InputError

log = logging.getLogger(__name__)

#: inputs above this size are refused without being read
MAX_INPUT_BYTES = 10 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
# UTF-32 first: its little-endian BOM starts with UTF-16's.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def read_file(path: Path) -> bytes:
    """The bytes of the file at `path`; refused when missing, empty or too large."""
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode):
            if info.st_size > MAX_INPUT_BYTES:
                raise InputError(f"file is {_megabytes(info.st_size)}, over the {_megabytes(MAX_INPUT_BYTES)} limit")
            if info.st_size == 0:
                raise InputError("empty file")
        # Not a regular file (a pipe from `<(...)`, a device): read it like stdin.
        with path.open("rb") as stream:
            return read_stream(stream, what="file")
    except FileNotFoundError:
        raise InputError("no such file or directory") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def read_stream(stream: IO[bytes], *, what: str = "input") -> bytes:
    """Read at most the size cap from `stream` (stdin, a pipe); refuse more or nothing."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{what} is over the {_megabytes(MAX_INPUT_BYTES)} limit")
    if not data.strip():
        raise InputError(f"empty {what}")
    return data


def refuse_binary(data: bytes) -> None:
    """Raise InputError when `data` is not text (an image, an archive, NUL bytes)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file ({kind}), not text")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return  # UTF-16/32 text legitimately holds NUL bytes
    if b"\x00" in data[:8192]:
        raise InputError("binary file (holds NUL bytes), not text")


def decode(data: bytes) -> str:
    """Text from bytes: a byte-order mark, else UTF-8, else the detected encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"not valid {encoding.upper()} text despite its byte-order mark") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError("not readable text: its character encoding could not be detected")
    log.info("read text as %s", best.encoding)
    return str(best)


def decode_html(data: bytes) -> str:
    """Text of an HTML page: its <meta charset> when that decodes cleanly, else `decode`."""
    declared = _DECLARED_CHARSET.search(data[:4096])
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
