"""PDF: the HTML page printed by WeasyPrint with templates/print.css, never touching the network.

The brief's page holds no external resource, and the URL fetcher refuses every scheme but
data: anyway, so no markup could make the renderer fetch a URL or read a local file.
Fonts come from the system through fontconfig (DejaVu, Noto CJK), not through URLs.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..errors import RenderError
from ..models import Brief
from ..resources import read_text
from .html import html_document

if TYPE_CHECKING:
    import weasyprint


def render_pdf(brief: Brief) -> bytes:
    return html_to_pdf(html_document(brief))


def html_to_pdf(html: str) -> bytes:
    """Print `html` with the print stylesheet; only data: URLs are ever loaded."""
    import weasyprint

    try:
        pdf: bytes | None = weasyprint.HTML(string=html, url_fetcher=_offline_fetcher()).write_pdf(
            stylesheets=[_print_css()]
        )
    except (OSError, ValueError) as exc:
        raise RenderError(f"could not render the PDF: {exc}") from exc
    if not pdf:
        raise RenderError("could not render the PDF: WeasyPrint returned nothing")
    return pdf


def _offline_fetcher() -> weasyprint.URLFetcher:
    import weasyprint

    return weasyprint.URLFetcher(allowed_protocols={"data"})


@cache
def _print_css() -> weasyprint.CSS:
    import weasyprint

    return weasyprint.CSS(string=read_text("templates", "print.css"), url_fetcher=_offline_fetcher())
