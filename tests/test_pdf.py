"""The PDF read back the way a person would: its text with pdftotext, its fonts with
pdffonts, its first page as pixels with pdftoppm (poppler-utils)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefer.cli import cli
from briefer.models import Brief
from briefer.render import render
from briefer.render.pdf import html_to_pdf

from .brief_factory import HOSTILE_QUOTE, hand_made_brief, samples_brief
from .conftest import SAMPLES, SEED_DATE
from .http_server import LocalServer, Response

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler-utils (scripts/test installs it)"
)


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    path.write_bytes(render(hand_made_brief(), "pdf"))
    return path


@pytest.fixture(scope="module")
def pdf_text(pdf_file: Path) -> str:
    """The PDF's text in drawing order, every run of white space (line wraps too) one space."""
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf_file), "-"], capture_output=True, check=True
    ).stdout
    return " ".join(raw.decode("utf-8").split())


def test_pdf_is_a_pdf_with_page_numbers(pdf_file: Path, pdf_text: str) -> None:
    assert pdf_file.read_bytes().startswith(b"%PDF-")
    pages = int(re.search(r"Page 1 of (\d+)", pdf_text).group(1))  # type: ignore[union-attr]
    assert pages >= 2 and f"Page {pages} of {pages}" in pdf_text


def test_pdf_title_block_names_date_and_engine(pdf_text: str) -> None:
    assert pdf_text.startswith("Tariff talks — Japan, the U.S. and São Paulo Thursday 12 June 2025 · 2025-06-12")
    assert "engine: extractive · 3 unique of 4 articles" in pdf_text


def test_pdf_holds_the_quotes_with_their_speakers(pdf_text: str) -> None:
    brief = hand_made_brief()
    for quote in brief.quotes:
        assert f"“{quote.text}”" in pdf_text
        assert f"— {quote.speaker}" in pdf_text
    assert f"“{HOSTILE_QUOTE}” — Jürgen Müller [3] UNVERIFIED" in pdf_text


def test_pdf_lists_deadlines_in_date_order(pdf_text: str) -> None:
    spots = [
        pdf_text.index("2025-06-13 (Fri) Next round of Japan–U.S. tariff negotiations"),
        pdf_text.index("2025-06-15 – 2025-06-17 (Sun–Tue) G7 leaders’ summit in Canada"),
        pdf_text.index("2025-07-01 – 2025-07-10 (Tue–Thu) Expiry of the 90-day tariff pause"),
    ]
    assert spots == sorted(spots)


def test_pdf_numbered_source_list_shows_urls(pdf_text: str) -> None:
    sources = pdf_text[pdf_text.rindex("Sources") :]
    assert re.search(r"\[1\] Kyodo News: .*https://english\.kyodonews\.net/news/2025/06/tariff-talks\.html", sources)
    assert (
        "same article: The Mainichi" in sources
        and "https://mainichi.jp/english/articles/20250612/p2g/00m/0bu/0123" in sources
    )
    assert "[2] NHK World" in sources and "[3] Folha de S.Paulo" in sources


def test_pdf_has_real_glyphs_for_cjk_accents_and_typography(pdf_file: Path, pdf_text: str) -> None:
    for text in ("赤沢亮正", "Müller", "São Paulo", "“no rush”", "—", "–", "’"):
        assert text in pdf_text
    fonts = subprocess.run(["pdffonts", str(pdf_file)], capture_output=True, check=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts  # every font embedded
    names = " ".join(row.split()[0] for row in rows)
    assert "DejaVu" in names and "CJK" in names, names  # Latin from DejaVu, the Japanese name from Noto CJK


def test_pdf_first_page_is_not_blank(pdf_file: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf_file), str(tmp_path / "page")],
        check=True,
    )
    width, height, pixels = read_pgm(tmp_path / "page.pgm")
    assert width < height  # portrait: A4
    dark = sum(1 for value in pixels if value < 128)
    assert 0.01 < dark / len(pixels) < 0.5, f"{dark} dark pixels of {len(pixels)}"
    top, bottom = pixels[: len(pixels) // 4], pixels[-len(pixels) // 4 :]
    assert min(top) < 100, "no title at the top of the page"
    assert min(bottom) < 200, "no page number at the foot of the page"


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    magic, width, height, maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and maxval == b"255"
    return int(width), int(height), pixels


def test_pdf_rendering_fetches_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    secret = tmp_path / "secret.css"
    secret.write_text("h1 { color: red }")
    with LocalServer({"/pixel.png": Response(b"", content_type="image/png"), "/s.css": Response(b"")}) as server:
        html = (
            f'<html><head><link rel="stylesheet" href="{server.url("/s.css")}">'
            f'<link rel="stylesheet" href="{secret.as_uri()}"></head>'
            f'<body><h1>Offline</h1><img src="{server.url("/pixel.png")}">'
            f'<p style="background: url({server.url("/pixel.png")})">x</p></body></html>'
        )
        pdf = html_to_pdf(html)
        assert server.hits == []
    assert pdf.startswith(b"%PDF-")
    refused = [r.getMessage() for r in caplog.records if "disallowed protocol" in r.getMessage()]
    assert any(secret.as_uri() in message for message in refused)  # no local file read either
    assert any(server.url("/s.css") in message for message in refused)


def test_pdf_of_the_brief_renders_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """No missing font, refused resource or slow font-subsetting fallback while printing a brief."""
    caplog.set_level("WARNING", logger="weasyprint")
    render(hand_made_brief(), "pdf")
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []


def test_pdf_of_an_empty_brief_renders(tmp_path: Path) -> None:
    brief = hand_made_brief()
    empty = Brief(title="Quiet day", date=brief.date, meta=brief.meta.model_copy(update={"skipped": []}))
    path = tmp_path / "empty.pdf"
    path.write_bytes(render(empty, "pdf"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout
    assert "Quiet day" in text and "No quotes found." in text and "Page 1 of 1" in text


# ------------------------------------------------------------------------- the samples' brief


def squash(text: str) -> str:
    """Text without any white space: lines wrapped anywhere in the PDF still match."""
    return re.sub(r"\s+", "", text)


def test_samples_pdf_via_the_cli_holds_every_quote_and_date(tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    result = CliRunner().invoke(cli, ["brief", str(SAMPLES), "--date", SEED_DATE.isoformat(), "-o", str(out)])
    assert result.exit_code == 0, result.output
    # -raw: in drawing order, and a word hyphenated at a line end keeps its hyphen ("win-win")
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True).stdout
    flat = squash(text.decode("utf-8"))
    brief = samples_brief()
    for quote in brief.quotes:
        assert squash(f"“{quote.text}”— {quote.speaker}") in flat, quote.text
    for deadline in brief.deadlines:
        assert squash(f"{deadline.start.isoformat()}") in flat
    for number, source in enumerate(brief.sources, start=1):
        assert squash(f"[{number}] {source.outlet + ': ' if source.outlet else ''}{source.title or ''}") in flat
        if source.url:
            assert squash(source.url) in flat
    pages = len(re.findall(r"Page \d+ of (\d+)", text.decode("utf-8")))
    assert pages > 1 and f"Page{pages}of{pages}" in flat
