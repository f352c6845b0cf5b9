"""`briefer run PROFILE`: the scheduled job, safe to run from cron every morning.

collect the profile's sources -> keep what matches its filters and window -> drop what an
earlier brief already included -> build the brief -> render every format -> write the
files (atomically, named by date) -> mail them -> and only then record the articles as
seen. Any failure before the last step leaves the state untouched, so the next run
builds the same brief again. A lock per profile keeps two overlapping runs from both
sending.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from .config import Settings, home
from .engines import Engine
from .errors import BrieferError, FetchError, UsageError
from .ingest import is_url
from .ingest.web import FetchLimits, read_urls
from .models import Article, Brief, Skipped
from .output import write_atomic
from .profiles import Profile, parse_duration
from .progress import LogProgress, Progress
from .state import SeenStore

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What a run did, for the CLI to report and tests to check."""

    profile: str
    brief: Brief | None = None
    rendered: dict[str, bytes] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    mailed_to: list[str] = field(default_factory=list)
    new_articles: list[Article] = field(default_factory=list)
    collected: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    message: str = ""


# --- pure selection -------------------------------------------------------------------


def cutoff_for(reference_date: dt.date, window: dt.timedelta) -> dt.date:
    """The earliest publication date inside `window` before `reference_date`.

    Articles carry dates, not times, so the window is rounded up to whole days: '24h'
    keeps yesterday's and today's articles, never dropping one that might be inside it.
    """
    return reference_date - dt.timedelta(days=math.ceil(window / dt.timedelta(days=1)))


def parse_since(value: str, reference_date: dt.date) -> dt.date:
    """--since: a date (YYYY-MM-DD) or a duration back from the reference date (48h, 2d)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return cutoff_for(reference_date, parse_duration(value))
    except ValueError:
        raise UsageError(f"--since {value!r} is neither a date YYYY-MM-DD nor a duration like 24h or 2d") from None


def in_window(article: Article, cutoff: dt.date | None) -> bool:
    """Undated articles stay: they were assumed to be from the reference date."""
    return cutoff is None or article.published is None or article.published >= cutoff


def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    # A term matches at the start of a word, any case: 'tariff' finds 'Tariffs', 'US' not 'thus'.
    return re.compile("|".join(rf"\b{re.escape(term)}" for term in terms), re.IGNORECASE)


def select(
    articles: Sequence[Article],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    cutoff: dt.date | None = None,
) -> list[Article]:
    """Articles in the window, matching any `include` term (if any) and no `exclude` term."""
    wanted, unwanted = _pattern(include), _pattern(exclude)
    kept = []
    for article in articles:
        haystack = f"{article.title or ''}\n{article.text}"
        if not in_window(article, cutoff):
            continue
        if wanted is not None and not wanted.search(haystack):
            continue
        if unwanted is not None and unwanted.search(haystack):
            continue
        kept.append(article)
    return kept


def output_stem(date: dt.date, seq: int) -> str:
    """2025-06-12 for the day's first brief, 2025-06-12-2 for a second one."""
    return date.isoformat() if seq == 1 else f"{date.isoformat()}-{seq}"


# --- the job --------------------------------------------------------------------------


def collect(
    profile: Profile,
    *,
    reference_date: dt.date,
    keep: Callable[[Article], bool] | None = None,
    progress: Progress | None = None,
    limits: FetchLimits | None = None,
) -> tuple[list[Article], list[Skipped]]:
    """Read every source of the profile, URLs concurrently; FetchError when none yields an article."""
    from .ingest import read_inputs

    urls = [source for source in profile.sources if is_url(source)]
    paths = [source for source in profile.sources if not is_url(source)]
    fetched = read_urls(urls, reference_date=reference_date, limits=limits, keep=keep, progress=progress) if urls else []
    local = read_inputs(paths, reference_date=reference_date) if paths else None
    skipped = [entry for result in fetched for entry in result.skipped] + (local.skipped if local else [])
    articles = _with_run_ids(
        local.articles if local else [], [a for result in fetched for a in result.articles], reference_date
    )
    # a feed whose items were all briefed before yields nothing, and has not failed
    quiet = [url for url, result in zip(urls, fetched, strict=True) if not result.articles and not result.skipped]
    if not articles and skipped and not quiet:
        detail = "; ".join(f"{entry.input}: {entry.reason}" for entry in skipped)
        raise FetchError(f"every source of profile {profile.name!r} failed ({detail})")
    for entry in skipped:
        log.warning("skipped %s: %s", entry.input, entry.reason)
    return articles, skipped


def _with_run_ids(local: Sequence[Article], fetched: Sequence[Article], reference_date: dt.date) -> list[Article]:
    """One id space for the run: local ids (records may bring their own) stay, fetched ones follow."""
    from .ingest.drafts import Draft, to_articles

    drafts = [dataclasses.replace(Draft.from_article(a), record_id=a.id) for a in local]
    drafts += [Draft.from_article(a) for a in fetched]
    return to_articles(drafts, reference_date=reference_date)


def run_profile(
    profile: Profile,
    *,
    settings: Settings,
    reference_date: dt.date | None = None,
    since: str | None = None,
    dry_run: bool = False,
    engine: Engine | None = None,
    progress: Progress | None = None,
    limits: FetchLimits | None = None,
    env: Mapping[str, str] | None = None,
    lock_timeout: float = 0,
) -> Outcome:
    """Run the profile once; see the module docstring for the order of things.

    A dry run takes no lock: it reads the state but writes, sends and records nothing.
    """
    reference_date = reference_date or dt.date.today()
    cutoff: dt.date | None = None
    if since is not None:
        cutoff = parse_since(since, reference_date)
    elif profile.window is not None:
        cutoff = cutoff_for(reference_date, profile.window)
    job = _Job(profile, settings, reference_date, cutoff, dry_run, engine, progress or LogProgress(), limits, env)
    if dry_run:
        with SeenStore.default(env) as store:
            return job.run(store)
    lock_path = home(env) / "locks" / f"{profile.name}.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        lock = FileLock(lock_path, timeout=lock_timeout)
        lock.acquire()
    except Timeout:
        raise BrieferError(f"profile {profile.name!r} is already running (lock {lock_path})") from None
    try:
        with SeenStore.default(env) as store:
            return job.run(store)
    finally:
        lock.release()


@dataclass
class _Job:
    profile: Profile
    settings: Settings
    reference_date: dt.date
    cutoff: dt.date | None
    dry_run: bool
    engine: Engine | None
    progress: Progress
    limits: FetchLimits | None
    env: Mapping[str, str] | None

    def run(self, store: SeenStore) -> Outcome:
        from .pipeline import brief_from_articles
        from .render import render

        profile, day = self.profile, self.reference_date
        if profile.email_to and not self.dry_run:
            from .deliver import check_can_mail

            check_can_mail(profile.email_to, self.settings.smtp)

        def worth_fetching(item: Article) -> bool:
            return in_window(item, self.cutoff) and not (item.url and store.url_seen(profile.name, item.url))

        articles, skipped = collect(
            profile,
            reference_date=day,
            keep=worth_fetching,
            progress=self.progress,
            limits=self.limits,
        )
        outcome = Outcome(profile=profile.name, collected=len(articles), skipped=skipped)
        selected = select(articles, include=profile.include, exclude=profile.exclude, cutoff=self.cutoff)
        fresh = store.unseen(profile.name, selected)
        log.info("%d articles collected, %d selected, %d not in an earlier brief", len(articles), len(selected), len(fresh))
        if not fresh:
            outcome.message = f"no new articles for profile {profile.name!r} ({len(articles)} collected, none new)"
            if profile.on_empty == "fail":
                raise BrieferError(outcome.message)
            return outcome

        with self.progress.step(f"building the brief from {len(fresh)} articles"):
            brief = brief_from_articles(
                fresh, reference_date=day, settings=self.settings, engine=self.engine, skipped=skipped, title=profile.title
            )
        outcome.brief, outcome.new_articles = brief, fresh
        outcome.rendered = {fmt: render(brief, fmt) for fmt in profile.formats}
        seq = store.next_seq(profile.name, day)
        folder = profile.output_folder(self.env)
        targets = {fmt: folder / f"{output_stem(day, seq)}.{fmt}" for fmt in profile.formats}
        if self.dry_run:
            mail = f" and mail {', '.join(profile.email_to)}" if profile.email_to else ""
            outcome.message = (
                f"dry run: would write {', '.join(map(str, targets.values()))}{mail}; "
                f"{len(fresh)} new articles stay unrecorded"
            )
            return outcome

        outcome.written = [write_atomic(target, outcome.rendered[fmt]) for fmt, target in targets.items()]
        if profile.email_to:
            from .deliver import send_files

            send_files(outcome.written, to=profile.email_to, settings=self.settings, brief=brief)
            outcome.mailed_to = list(profile.email_to)
        store.record(profile.name, fresh, brief_date=day, seq=seq, outputs=outcome.written)
        mailed = f", mailed to {', '.join(outcome.mailed_to)}" if outcome.mailed_to else ""
        outcome.message = f"{len(fresh)} new articles -> {', '.join(map(str, outcome.written))}{mailed}"
        return outcome
