"""Markdown: the brief as a plain-text e-mail body that also renders well on GitHub.

Items cite sources as `[[1]](#source-1)`: a link to the numbered source list on GitHub,
and in plain text a number that leads the eye to entry 1 of that list.
"""

from __future__ import annotations

from ..models import Brief
from .environment import render_template
from .view import build_view


def render_markdown(brief: Brief) -> str:
    return render_template("brief.md.j2", view=build_view(brief))
