"""The one jinja2 Environment of the output templates, built at first use.

Templates live in the top-level templates/ folder (force-included into the wheel) and are
read through briefer.resources, so a pip-installed briefer finds them too. Autoescaping
is on for `*.html.j2`: article text can never become markup in the HTML or the PDF.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import jinja2

from ..resources import read_text
from .view import date_span, long_date

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<~])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_BLOCK_START = re.compile(r"^(?:([#>]|[-+](?=\s))|(\d+)([.)])(?=\s))")
_URL_UNSAFE = {" ": "%20", "<": "%3C", ">": "%3E", "(": "%28", ")": "%29"}


def md_text(value: Any) -> str:
    """Article text as inert Markdown: one line, and no character that would turn into markup.

    Only the few characters that start emphasis, links, raw HTML or strike-through are
    backslash-escaped, so the plain-text e-mail stays readable.
    """
    text = " ".join(str(value).split())
    text = _MD_ENTITY.sub(r"\\&", _MD_SPECIAL.sub(r"\\\1", text))
    return _MD_BLOCK_START.sub(_escape_block_start, text)


def _escape_block_start(match: re.Match[str]) -> str:
    """`# x`, `> x`, `- x`, `1. x` at the start would open a heading, quote or list."""
    marker, digits, dot = match.groups()
    return "\\" + marker if marker else f"{digits}\\{dot}"


def md_url(url: str) -> str:
    """A URL that stays one Markdown link destination (no spaces, brackets or parentheses)."""
    return "".join(_URL_UNSAFE.get(char, char) for char in url)


def _load(name: str) -> str | None:
    try:
        return read_text("templates", name)
    except FileNotFoundError:
        return None


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(_load),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_text, md_url=md_url, date_span=date_span, long_date=long_date)
    return env


def render_template(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)
