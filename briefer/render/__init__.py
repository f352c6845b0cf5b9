"""Render a Brief in every output format: `render(brief, fmt) -> bytes`.

    md    Markdown, readable as a plain-text e-mail and on GitHub   (markdown.py)
    html  one self-contained, e-mail-safe page with inline CSS      (html.py)
    pdf   that page printed by WeasyPrint, offline                  (pdf.py)
    ics   the deadlines as all-day calendar events                  (calendar.py)
    json  the brief itself, as CONTRACT.md fixes it

Every format is a pure function of the Brief: rendering never touches the network.
view.py decides what the text formats show (numbered sources, deadline order, safe links);
environment.py holds the jinja2 environment of the templates/ folder.
"""

from __future__ import annotations

from typing import Literal, get_args

from ..errors import RenderError
from ..models import Brief

Format = Literal["md", "html", "pdf", "json", "ics"]
FORMATS: tuple[Format, ...] = get_args(Format)


def render(brief: Brief, fmt: str) -> bytes:
    """The brief in format `fmt` (one of FORMATS), as bytes ready to write.

    Each format's module is imported on first use, so Markdown never pays for WeasyPrint.
    """
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(brief).encode("utf-8")
    if fmt == "html":
        from .html import render_html

        return render_html(brief).encode("utf-8")
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(brief)
    if fmt == "ics":
        from .calendar import render_ics

        return render_ics(brief)
    if fmt == "json":
        return (brief.model_dump_json(indent=2) + "\n").encode("utf-8")
    raise RenderError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")


__all__ = ["FORMATS", "Format", "render"]
