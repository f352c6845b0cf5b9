"""Bad input: each unusable input is skipped with a one-line reason, and the rest still count."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from briefer.errors import InputError
from briefer.ingest import MAX_INPUT_BYTES, IngestResult, parse_feed, read_inputs

from .conftest import ROOT, SEED, SEED_DATE

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 2 else b"&lol;") * 10) for n in range(2, 10)
    )
    + b']>\n<rss version="2.0"><channel><title>Bomb</title>'
    b"<item><title>Boom</title><description>&lol9;</description></item></channel></rss>\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
CP1252_TEXT = (
    "Café owners in the old town said the new “tourist tax” would cost them dearly.\n"
    "“We can’t absorb another 5% on every bill,” said Zoë Müller, who runs a brasserie near the cathedral.\n"
    "The council will vote on the levy on Tuesday — its third attempt this year."
)
SHIFT_JIS_TEXT = (
    "政府は木曜日、米国との関税交渉について協議した。赤沢亮正経済再生担当相は「国益を守る」と述べた。\n"
    "次回の交渉は来週ワシントンで行われる予定で、自動車関税の見直しが焦点となる。"
)


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)  # a 50 MB file that takes no disk space

    return make


BAD_FILES: list[tuple[str, bytes | Callable[[Path], None] | None, str]] = [
    ("missing.txt", None, "no such file or directory"),
    ("empty.txt", b"", "empty file"),
    ("blank.md", b" \n\n\t\n", "empty file"),
    ("image.png", PNG, "binary file (PNG image), not text"),
    ("photo-named.txt", PNG, "binary file (PNG image), not text"),
    ("nul.txt", b"header\x00\x01\x02 data " * 50, "binary file (holds NUL bytes), not text"),
    ("huge.txt", _sparse(50 * 1024 * 1024), "file is 50 MB, over the 10 MB limit"),
    (
        "login.html",
        b"<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        b"<form>Username <input name=u> Password <input name=p type=password></form>"
        b"<footer>&copy; 2025 Example Media</footer></body></html>",
        "no article found in the HTML page",
    ),
    (
        "truncated.rss",
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</title><item><title>Half an it',
        "malformed feed: not well-formed XML",
    ),
    (
        "not-xml.atom",
        b"This is a plain note that someone saved with the wrong name.\n",
        "malformed feed: not well-formed XML",
    ),
    ("bomb.rss", BILLION_LAUGHS, "feed declares XML entities; refused as a possible entity-expansion attack"),
    (
        "catalog.xml",
        b'<?xml version="1.0"?><catalog><book id="1">Dune</book></catalog>',
        "XML that is not an RSS or Atom feed",
    ),
    ("broken.json", b'{"text": "An unterminated', "not valid JSON: Unterminated string"),
    ("scalar.json", b"42", "JSON holds neither an article record nor a list of records"),
]


def _make(tmp_path: Path, name: str, content: bytes | Callable[[Path], None] | None) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        content(path)
    return path


def read(*inputs: str | Path, stdin: bytes | None = None) -> IngestResult:
    return read_inputs(
        [str(i) for i in inputs], reference_date=SEED_DATE, stdin=io.BytesIO(stdin) if stdin is not None else None
    )


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_file_is_skipped_with_a_one_line_reason_and_the_good_input_still_counts(
    tmp_path: Path, name: str, content: bytes | Callable[[Path], None] | None, reason: str
) -> None:
    bad = _make(tmp_path, name, content)
    result = read(bad, SEED)
    assert [(s.input, s.reason.startswith(reason)) for s in result.skipped] == [(str(bad), True)], result.skipped
    assert "\n" not in result.skipped[0].reason
    assert [a.origin for a in result.articles] == [f"{SEED}#{n}" for n in range(1, 5)]


def test_all_bad_files_in_one_folder_are_each_skipped(tmp_path: Path) -> None:
    for name, content, _ in BAD_FILES:
        _make(tmp_path, name, content)
    result = read(tmp_path)
    assert result.articles == []
    # a folder is read for the kinds briefer knows: image.png is left alone, not reported
    expected = {
        str(tmp_path / name): reason
        for name, content, reason in BAD_FILES
        if content is not None and not name.endswith(".png")
    }
    assert {s.input for s in result.skipped} == set(expected)
    for skipped in result.skipped:
        assert skipped.reason.startswith(expected[skipped.input])


def test_a_file_over_the_cap_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = _make(tmp_path, "huge.txt", _sparse(50 * 1024 * 1024))
    tracemalloc.start()
    try:
        result = read(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.skipped[0].reason == "file is 50 MB, over the 10 MB limit"
    assert peak < 2 * 1024 * 1024


def test_stdin_over_the_cap_and_empty_stdin_are_skipped() -> None:
    assert [s.reason for s in read("-", stdin=b"x" * (MAX_INPUT_BYTES + 1)).skipped] == [
        "input is over the 10 MB limit"
    ]
    assert [s.reason for s in read("-", stdin=b"  \n").skipped] == ["empty input"]


def test_empty_folder_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "scan.pdf").write_bytes(b"%PDF-1.7")
    [skipped] = read(tmp_path / "notes").skipped
    assert skipped.input == str(tmp_path / "notes")
    assert skipped.reason.startswith("folder holds no .atom, .htm, .html, .json, .jsonl, .md, .rss, .txt, .xml file")


def test_broken_json_lines_are_reported_by_line_number_and_the_others_count(tmp_path: Path) -> None:
    path = tmp_path / "clips.jsonl"
    lines = [
        json.dumps({"id": "k1", "text": "The first clipping is fine.", "published": "2025-06-11"}),
        '{"id": "k2", "text": "cut off in the mid',
        "",
        json.dumps({"text": "The third clipping has no id.", "published": "2025-06-10T23:30:00-05:00"}),
        json.dumps({"title": "A record without text"}),
        json.dumps({"text": "A record with a date in words.", "published": "last Tuesday"}),
        json.dumps(["not", "a", "record"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    result = read(path)
    assert [(a.id, a.origin, a.published) for a in result.articles] == [
        ("k1", f"{path}#1", dt.date(2025, 6, 11)),
        ("a1", f"{path}#2", dt.date(2025, 6, 10)),  # the date as printed, not converted to UTC
    ]
    assert [s.reason for s in result.skipped] == [
        "line 2: not valid JSON (Unterminated string starting at, column 22)",
        "line 5: 'text' field required",
        "line 6: 'published' 'last Tuesday' is not a date (YYYY-MM-DD) or ISO datetime",
        "line 7: not an article record (a JSON object)",
    ]
    assert {s.input for s in result.skipped} == {str(path)}


@pytest.mark.parametrize(("encoding", "text"), [("cp1252", CP1252_TEXT), ("shift_jis", SHIFT_JIS_TEXT)])
def test_non_utf8_text_is_decoded_by_its_detected_encoding(tmp_path: Path, encoding: str, text: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    [article] = read(path).articles
    assert article.text == text


def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(CP1252_TEXT.encode("utf-16"))
    [article] = read(path).articles
    assert article.text == CP1252_TEXT


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in SHIFT_JIS_TEXT.splitlines())
    page = (
        '<html><head><meta charset="shift_jis"><title>関税交渉</title></head>'
        f"<body><article><h1>関税交渉</h1>{paragraphs * 2}</article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("shift_jis"))
    [article] = read(path).articles
    assert article.title == "関税交渉"
    assert "赤沢亮正経済再生担当相は「国益を守る」と述べた。" in article.text


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    note = tmp_path / "story.log"
    note.write_text("The harbour bridge will close for repairs on Saturday, the city said.\n")
    blob = tmp_path / "blob.dat"
    blob.write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)))
    result = read(note, blob)
    assert [a.origin for a in result.articles] == [str(note)]
    assert [(s.input, s.reason) for s in result.skipped] == [(str(blob), "binary file (gzip archive), not text")]


def test_entity_bomb_is_refused_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match="entity-expansion"):
        parse_feed(BILLION_LAUGHS, origin="bomb.rss", reference_date=SEED_DATE)
    assert time.monotonic() - started < 2


def test_feed_whose_items_have_no_text_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "titles.rss"
    path.write_bytes(
        b'<rss version="2.0"><channel><title>Headlines</title><item><title>Only a title</title></item></channel></rss>'
    )
    assert [s.reason for s in read(path).skipped] == ["none of the feed's 1 items has any text"]


# --- through the command line -------------------------------------------------------------


def briefer(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "briefer",
            "brief",
            *args,
            "--engine",
            "extractive",
            "--format",
            "json",
            "--date",
            "2025-06-12",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ},
        timeout=180,
    )


def test_cli_skips_bad_inputs_and_briefs_the_good_one(tmp_path: Path) -> None:
    bad = [
        _make(tmp_path, name, content)
        for name, content, _ in BAD_FILES
        if name in {"empty.txt", "image.png", "login.html"}
    ]
    proc = briefer(str(SEED), str(tmp_path / "missing.txt"), *map(str, bad))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["meta"]["articles_in"] == 4
    skipped = {entry["input"]: entry["reason"] for entry in data["meta"]["skipped"]}
    assert skipped == {
        str(tmp_path / "missing.txt"): "no such file or directory",
        str(tmp_path / "empty.txt"): "empty file",
        str(tmp_path / "image.png"): "binary file (PNG image), not text",
        str(tmp_path / "login.html"): "no article found in the HTML page (only navigation or short snippets)",
    }
    for path in skipped:
        assert path in proc.stderr  # each skip is also a warning on stderr


def test_cli_with_only_bad_inputs_exits_2_with_one_line(tmp_path: Path) -> None:
    bad = [
        _make(tmp_path, name, content) for name, content, _ in BAD_FILES if name in {"empty.txt", "nul.txt", "bomb.rss"}
    ]
    proc = briefer(*map(str, bad))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("briefer: error: no usable article")
    for path in bad:
        assert str(path) in line
