"""HTML: one self-contained page, safe to send as the HTML part of an e-mail.

The template is autoescaped, links are http(s) only, and the stylesheet is inlined into
style attributes (css-inline) because many mail clients drop <style> blocks. Nothing is
loaded from outside: no scripts, images, fonts or remote stylesheets.
"""

from __future__ import annotations

from functools import cache

import css_inline
from markupsafe import Markup

from ..models import Brief
from ..resources import read_text
from .environment import render_template
from .view import build_view


def html_document(brief: Brief) -> str:
    """The page with its stylesheet in a <style> block: what the PDF is printed from."""
    return render_template("brief.html.j2", view=build_view(brief), css=Markup(read_text("templates", "brief.css")))


def render_html(brief: Brief) -> str:
    """The e-mail-safe page: the same document with every style inlined."""
    return _inliner().inline(html_document(brief)).rstrip("\n") + "\n"


@cache
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner(keep_style_tags=False, keep_link_tags=False, load_remote_stylesheets=False)
