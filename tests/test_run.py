"""`briefer run PROFILE` against a real HTTP server on 127.0.0.1: state across runs, crashes,
locks, filters and failing sources, as a cron job would live through them."""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner, Result
from filelock import FileLock

from briefer import runner
from briefer.cli import cli
from briefer.config import Settings
from briefer.errors import BrieferError, FetchError
from briefer.models import Article
from briefer.profiles import Profile
from briefer.progress import LogProgress, RichProgress, make_progress
from briefer.runner import cutoff_for, parse_since, run_profile, select
from briefer.state import SeenStore, canonical_url

from .http_server import LocalServer, Response, Story, article_page, publish, sample_stories, stall

DAY = dt.date(2025, 6, 12)
EXTRACTIVE = Settings(engine="extractive")


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def profile(tmp_path: Path, sources: list[str], **values: Any) -> Profile:
    return Profile.model_validate({"name": "morning", "sources": sources, "output_dir": str(tmp_path / "briefs"), **values})


def write_config(tmp_path: Path, sources: list[str], extra: str = "", formats: str = '["md", "json"]') -> Path:
    path = tmp_path / "briefer.toml"
    listed = ", ".join(json.dumps(source) for source in sources)
    path.write_text(
        f'[profiles.morning]\nsources = [{listed}]\nengine = "extractive"\nformats = {formats}\n'
        f'output_dir = "{tmp_path / "briefs"}"\n{extra}',
        encoding="utf-8",
    )
    return path


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", *args], catch_exceptions=False)


def brief_json(tmp_path: Path, name: str = "2025-06-12.json") -> dict[str, Any]:
    return json.loads((tmp_path / "briefs" / name).read_text(encoding="utf-8"))


def source_titles(brief: dict[str, Any]) -> set[str]:
    return {source["title"] for source in brief["sources"]}


# --- pure parts -----------------------------------------------------------------------


def article(text: str, *, title: str = "t", published: dt.date = DAY, url: str | None = None) -> Article:
    return Article(id="a1", text=text, title=title, origin="x", published=published, url=url)


def test_window_keeps_whole_days_back_from_the_reference_date() -> None:
    assert cutoff_for(DAY, dt.timedelta(hours=24)) == dt.date(2025, 6, 11)
    assert cutoff_for(DAY, dt.timedelta(minutes=90)) == dt.date(2025, 6, 11)
    assert cutoff_for(DAY, dt.timedelta(days=2)) == dt.date(2025, 6, 10)
    assert parse_since("2025-06-01", DAY) == dt.date(2025, 6, 1)
    assert parse_since("3d", DAY) == dt.date(2025, 6, 9)
    with pytest.raises(BrieferError, match="--since 'last week'"):
        parse_since("last week", DAY)


def test_filters_match_words_in_title_or_text_any_case() -> None:
    items = [
        article("New Tariffs on steel were announced.", title="Steel"),
        article("The festival starts on Friday.", title="Harbour festival"),
        article("Tariff talks stall as the festival opens.", title="Mixed"),
        article("Old tariff news.", title="Old", published=dt.date(2025, 6, 1)),
        article("Thus it rained.", title="Weather"),
    ]
    titles = lambda kept: [a.title for a in kept]  # noqa: E731
    assert titles(select(items, include=["tariff"])) == ["Steel", "Mixed", "Old"]
    assert titles(select(items, include=["tariff"], exclude=["festival"])) == ["Steel", "Old"]
    assert titles(select(items, include=["tariff"], cutoff=dt.date(2025, 6, 11))) == ["Steel", "Mixed"]
    assert titles(select(items, include=["us"])) == []  # 'thus' is not 'US'
    assert len(select(items)) == 5


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://News.Example.com/world/story/?utm_source=rss&utm_medium=feed", "https://news.example.com/world/story"),
        ("https://news.example.com/world/story#comments", "https://news.example.com/world/story"),
        ("https://news.example.com:443/a?b=2&a=1&fbclid=xyz", "https://news.example.com/a?a=1&b=2"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:8080/x/", "http://example.com:8080/x"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_seen_store_knows_an_article_by_url_or_by_text(briefer_home: Path) -> None:
    text = "A long article about the tariff talks in Washington next week. " * 5
    first = article(text, url="https://news.example.com/a?utm_source=rss")
    with SeenStore.default() as store:
        assert store.unseen("morning", [first]) == [first]
        store.record("morning", [first], brief_date=DAY, seq=1)
    with SeenStore.default() as store:  # state survives the process: a fresh connection sees it
        same_url = article("Updated text entirely.", url="https://news.example.com/a/")
        copy = article(text, url="https://other.example.org/reprint/123")
        fresh = article("Something else happened today in the harbour.", url="https://news.example.com/b")
        assert store.unseen("morning", [same_url, copy, fresh]) == [fresh]
        assert store.unseen("evening", [same_url]) == [same_url]
        assert store.url_seen("morning", "https://NEWS.example.com/a#top")
        assert store.next_seq("morning", DAY) == 2


# --- whole runs -----------------------------------------------------------------------


def test_two_runs_brief_only_what_is_new(tmp_path: Path, server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories[:3])
    config = write_config(tmp_path, [feed])

    first = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
    assert first.exit_code == 0, first.output
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == ["2025-06-12.json", "2025-06-12.md"]
    brief = brief_json(tmp_path)
    assert source_titles(brief) == {s.title for s in stories[:3]}
    assert brief["date"] == "2025-06-12"
    assert (tmp_path / "briefs" / "2025-06-12.md").read_text().startswith("# ")

    again = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
    assert again.exit_code == 0
    assert "no new articles" in again.stderr
    assert len(list((tmp_path / "briefs").iterdir())) == 2
    # already-briefed items were not even fetched a second time
    assert server.hit_count(f"/articles/{stories[0].slug}") == 1

    publish(server, "/rss", "World", stories)
    third = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
    assert third.exit_code == 0, third.output
    later = brief_json(tmp_path, "2025-06-12-2.json")
    assert source_titles(later) == {stories[3].title}
    assert source_titles(brief_json(tmp_path)) == {s.title for s in stories[:3]}


def test_a_republished_copy_is_not_briefed_again(tmp_path: Path, server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories[:2])
    run_profile(profile(tmp_path, [feed]), settings=EXTRACTIVE, reference_date=DAY)
    reprint = Story("reprint-of-japan", stories[0].title, stories[0].paragraphs, DAY, outlet="Wire Service")
    publish(server, "/rss", "World", [reprint, stories[2]])
    outcome = run_profile(profile(tmp_path, [feed]), settings=EXTRACTIVE, reference_date=DAY)
    assert [a.title for a in outcome.new_articles] == [stories[2].title]


def test_a_crash_between_rendering_and_recording_loses_nothing(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    config = write_config(tmp_path, [feed])

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process is killed after the files were written

    with monkeypatch.context() as patched:
        patched.setattr(SeenStore, "record", crash)
        crashed = CliRunner().invoke(cli, ["run", "morning", "--config", str(config), "--date", "2025-06-12"])
    assert crashed.exit_code == 130
    with SeenStore.default() as store:
        assert store.next_seq("morning", DAY) == 1

    rerun = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
    assert rerun.exit_code == 0, rerun.output
    assert len(brief_json(tmp_path)["sources"]) == 4
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == ["2025-06-12.json", "2025-06-12.md"]
    assert "no new articles" in run_cli("morning", "--config", str(config), "--date", "2025-06-12").stderr


def test_a_failed_render_writes_and_records_nothing(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefer import render as render_module
    from briefer.errors import RenderError

    feed = publish(server, "/rss", "World", sample_stories(DAY))
    real_render = render_module.render

    def failing(brief: object, fmt: str) -> bytes:
        if fmt == "json":
            raise RenderError("json renderer broke")
        return real_render(brief, fmt)  # type: ignore[arg-type]

    monkeypatch.setattr(render_module, "render", failing)
    with pytest.raises(RenderError):
        run_profile(profile(tmp_path, [feed], formats=["md", "json"]), settings=EXTRACTIVE, reference_date=DAY)
    assert not (tmp_path / "briefs").exists()
    monkeypatch.setattr(render_module, "render", real_render)
    outcome = run_profile(profile(tmp_path, [feed], formats=["md", "json"]), settings=EXTRACTIVE, reference_date=DAY)
    assert len(outcome.new_articles) == 4


def test_dry_run_prints_the_brief_and_changes_nothing(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    config = write_config(tmp_path, [feed], 'email_to = ["me@example.com"]\n', formats='["pdf"]')
    dry = run_cli("morning", "--config", str(config), "--date", "2025-06-12", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.startswith("# ")
    assert "Japan hopes for" in dry.stdout
    assert "dry run: would write" in dry.stderr and "me@example.com" in dry.stderr
    assert str(tmp_path / "briefs" / "2025-06-12.pdf") in dry.stderr
    assert not (tmp_path / "briefs").exists()
    with SeenStore.default() as store:
        assert store.next_seq("morning", DAY) == 1


def test_window_and_since(tmp_path: Path, server: LocalServer) -> None:
    stories = sample_stories(DAY)
    paragraphs = stories[1].paragraphs[:1] + stories[0].paragraphs[1:]
    old = Story("old-news", "Old tariff story from last week", paragraphs, dt.date(2025, 6, 5))
    feed = publish(server, "/rss", "World", [stories[0], old])
    windowed = profile(tmp_path, [feed], window="24h")
    dry = run_profile(windowed, settings=EXTRACTIVE, reference_date=DAY, dry_run=True)
    assert [a.title for a in dry.new_articles] == [stories[0].title]
    assert server.hit_count("/articles/old-news") == 0  # outside the window: never fetched
    wider = run_profile(windowed, settings=EXTRACTIVE, reference_date=DAY, since="10d", dry_run=True)
    assert {a.title for a in wider.new_articles} == {stories[0].title, old.title}


def test_include_and_exclude_shape_the_brief(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    outcome = run_profile(
        profile(tmp_path, [feed], include=["tariff"], exclude=["Vietnam"]), settings=EXTRACTIVE, reference_date=DAY
    )
    assert outcome.brief is not None
    assert [s.title for s in outcome.brief.sources] == ["Japan hopes for 'win-win' in next trade talks with US"]
    # articles filtered out were not briefed, so a later profile without filters still gets them
    unfiltered = run_profile(profile(tmp_path, [feed]), settings=EXTRACTIVE, reference_date=DAY)
    assert len(unfiltered.new_articles) == 3


def test_bad_sources_are_skipped_and_named(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY)[:2])
    server.routes["/stall"] = stall
    server.routes["/broken.rss"] = Response(b"<html>maintenance</html>", content_type="application/rss+xml")
    missing_folder = str(tmp_path / "no-such-folder")
    sources = [server.url("/stall"), feed, server.url("/gone"), server.url("/broken.rss"), missing_folder]
    limits = runner.FetchLimits(read_timeout=0.5, deadline=2)
    outcome = run_profile(profile(tmp_path, sources, formats=["json"]), settings=EXTRACTIVE, reference_date=DAY, limits=limits)
    assert outcome.brief is not None
    reasons = {s.input: s.reason for s in outcome.brief.meta.skipped}
    assert "timed out" in reasons[server.url("/stall")]
    assert "HTTP 404" in reasons[server.url("/gone")]
    assert "feed" in reasons[server.url("/broken.rss")]
    assert missing_folder in reasons
    assert json.loads((tmp_path / "briefs" / "2025-06-12.json").read_text())["meta"]["skipped"]


def test_every_source_failing_is_exit_1(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/broken"] = Response(b"down", status=500, content_type="text/plain")
    config = write_config(tmp_path, [server.url("/broken"), server.url("/gone")])
    result = CliRunner().invoke(cli, ["run", "morning", "--config", str(config)])
    assert result.exit_code == 1
    assert "every source of profile 'morning' failed" in result.stderr
    assert "HTTP 500" in result.stderr and "HTTP 404" in result.stderr
    assert not (tmp_path / "briefs").exists()
    with pytest.raises(FetchError):
        run_profile(profile(tmp_path, [server.url("/gone")]), settings=EXTRACTIVE, reference_date=DAY)


def test_a_broken_source_beside_an_already_briefed_feed_is_not_a_failed_run(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY)[:2])
    assert run_cli("morning", "--config", str(write_config(tmp_path, [feed]))).exit_code == 0
    config = write_config(tmp_path, [feed, server.url("/gone")])
    result = CliRunner().invoke(cli, ["run", "morning", "--config", str(config)])
    assert result.exit_code == 0
    assert "skipped " + server.url("/gone") + ": HTTP 404" in result.stderr
    assert "no new articles" in result.stderr


def test_nothing_new_can_be_made_a_failure(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY)[:1])
    config = write_config(tmp_path, [feed], 'on_empty = "fail"\n')
    assert run_cli("morning", "--config", str(config)).exit_code == 0
    second = CliRunner().invoke(cli, ["run", "morning", "--config", str(config)])
    assert second.exit_code == 1
    assert "no new articles" in second.stderr


def test_an_overlapping_run_of_the_profile_stops(tmp_path: Path, server: LocalServer, briefer_home: Path) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    config = write_config(tmp_path, [feed])
    (briefer_home / "locks").mkdir()
    with FileLock(briefer_home / "locks" / "morning.lock"):
        blocked = CliRunner().invoke(cli, ["run", "morning", "--config", str(config)])
    assert blocked.exit_code == 1
    assert "already running" in blocked.stderr
    assert not (tmp_path / "briefs").exists()
    assert run_cli("morning", "--config", str(config)).exit_code == 0


def test_local_folders_and_feeds_share_one_id_space(tmp_path: Path, server: LocalServer) -> None:
    clippings = tmp_path / "clippings"
    clippings.mkdir()
    stories = sample_stories(DAY)
    (clippings / "festival.txt").write_text(stories[2].title + "\n" + stories[2].text + "\n", encoding="utf-8")
    (clippings / "record.json").write_text(
        json.dumps({"id": "cup", "title": stories[3].title, "text": stories[3].text, "published": "2025-06-12"}),
        encoding="utf-8",
    )
    feed = publish(server, "/rss", "World", stories[:2])
    outcome = run_profile(profile(tmp_path, [feed, str(clippings)]), settings=EXTRACTIVE, reference_date=DAY)
    ids = [a.id for a in outcome.new_articles]
    assert len(ids) == len(set(ids)) == 4
    assert "cup" in ids


def test_progress_lines_on_a_non_terminal_with_v(tmp_path: Path, server: LocalServer) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY)[:2])
    config = write_config(tmp_path, [feed])
    loud = run_cli("morning", "--config", str(config), "-v")
    assert loud.exit_code == 0
    assert "fetching" in loud.stderr and "\x1b[" not in loud.stderr
    assert "2 new articles" in loud.stderr
    publish(server, "/rss", "World", sample_stories(DAY))
    quiet = run_cli("morning", "--config", str(config), "-q")
    assert quiet.exit_code == 0
    assert quiet.stderr == ""


def test_a_slow_page_does_not_hold_up_the_rest(tmp_path: Path, server: LocalServer) -> None:
    stories = sample_stories(DAY)
    feed = publish(server, "/rss", "World", stories)
    server.routes[f"/articles/{stories[3].slug}"] = stall
    limits = runner.FetchLimits(read_timeout=0.5, deadline=2)
    outcome = run_profile(profile(tmp_path, [feed]), settings=EXTRACTIVE, reference_date=DAY, limits=limits)
    # the stalled page falls back to the feed's own summary
    texts = {a.title: a.text for a in outcome.new_articles}
    assert texts[stories[3].title] == stories[3].paragraphs[0]
    assert "protect what needs to be protected" in texts[stories[0].title]


def test_page_without_article_text_but_a_good_one_beside_it(tmp_path: Path, server: LocalServer) -> None:
    server.routes["/menu"] = Response(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    server.routes["/story"] = article_page(sample_stories(DAY)[1])
    outcome = run_profile(profile(tmp_path, [server.url("/menu"), server.url("/story")]), settings=EXTRACTIVE, reference_date=DAY)
    assert [a.title for a in outcome.new_articles] == [sample_stories(DAY)[1].title]
    assert outcome.skipped[0].input == server.url("/menu")


# --- mail -----------------------------------------------------------------------------


class Inbox:
    """A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what it receives."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_env(monkeypatch: pytest.MonkeyPatch) -> int:
    """SMTP settings pointing at a loopback port (nothing listens on it until a test starts an Inbox)."""
    port = free_port()
    monkeypatch.setenv("BRIEFER_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("BRIEFER_SMTP_PORT", str(port))
    monkeypatch.setenv("BRIEFER_SMTP_FROM", "briefer@example.com")
    monkeypatch.setenv("BRIEFER_SMTP_SECURITY", "none")
    return port


@contextmanager
def inbox_on(port: int) -> Iterator[Inbox]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


def test_the_brief_is_mailed_and_only_then_recorded(tmp_path: Path, server: LocalServer, smtp_env: int) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    config = write_config(tmp_path, [feed], 'email_to = ["me@example.com"]\n')

    # the mail server is down: the files are written, the run fails, nothing is recorded
    down = CliRunner().invoke(cli, ["run", "morning", "--config", str(config), "--date", "2025-06-12"])
    assert down.exit_code == 1
    assert "cannot connect to SMTP server 127.0.0.1" in down.stderr
    with SeenStore.default() as store:
        assert store.next_seq("morning", DAY) == 1

    with inbox_on(smtp_env) as inbox:
        sent = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
        assert sent.exit_code == 0, sent.output
        again = run_cli("morning", "--config", str(config), "--date", "2025-06-12")
    assert "no new articles" in again.stderr
    [message] = inbox.messages
    assert message["To"] == "me@example.com"
    assert "2025-06-12" in message["Subject"]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "Japan hopes for" in body.get_content()
    attached = [part.get_filename() for part in message.iter_attachments()]
    assert attached == ["2025-06-12.json"]
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == ["2025-06-12.json", "2025-06-12.md"]


def test_no_new_articles_sends_nothing(tmp_path: Path, server: LocalServer, smtp_env: int) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY)[:1])
    config = write_config(tmp_path, [feed], 'email_to = ["me@example.com"]\n')
    with inbox_on(smtp_env) as inbox:
        assert run_cli("morning", "--config", str(config)).exit_code == 0
        assert run_cli("morning", "--config", str(config)).exit_code == 0
    assert len(inbox.messages) == 1


def test_a_mail_setup_that_cannot_work_fails_before_fetching(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = publish(server, "/rss", "World", sample_stories(DAY))
    config = write_config(tmp_path, [feed], 'email_to = ["me@example.com"]\n')
    result = CliRunner().invoke(cli, ["run", "morning", "--config", str(config)])
    assert result.exit_code == 2
    assert "no SMTP server" in result.stderr
    assert server.hits == []


# --- progress -------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_log_lines_elsewhere(caplog: pytest.LogCaptureFixture) -> None:
    terminal = Terminal()
    bar = make_progress(stream=terminal)
    assert isinstance(bar, RichProgress)
    assert isinstance(make_progress(stream=Terminal(), quiet=True), LogProgress)
    assert isinstance(make_progress(stream=io.StringIO()), LogProgress)

    handlers = logging.getLogger().handlers[:]
    with bar.step("fetching", total=2) as step:
        step.extend(1)
        for _ in range(3):
            step.advance("http://127.0.0.1/x")
        logging.getLogger("briefer.test").warning("skipped a source")
    assert logging.getLogger().handlers == handlers  # restored after the bar
    assert "skipped a source" in terminal.getvalue()  # printed above the bar, not through it

    caplog.set_level(logging.INFO, logger="briefer.progress")
    with LogProgress().step("fetching", total=1) as step:
        step.advance("http://127.0.0.1/feed")
    assert [r.getMessage() for r in caplog.records] == ["fetching (1)", "fetching 1/1: http://127.0.0.1/feed"]


def test_since_must_be_a_date_or_a_duration(tmp_path: Path) -> None:
    config = write_config(tmp_path, [str(tmp_path)])
    result = CliRunner().invoke(cli, ["run", "morning", "--config", str(config), "--since", "last week"])
    assert result.exit_code == 2
    assert "--since 'last week' is neither a date" in result.stderr
