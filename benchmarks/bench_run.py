"""Benchmark `briefer run`: a profile over 20 local feeds of 50 items each.

A threaded HTTP server on 127.0.0.1 serves the feeds and every linked article page,
each answer held back by --delay seconds (100 ms by default), so fetching one after
another would take 1,020 x 0.1 s = 102 s. The run happens in a child process, as cron
would start it, so its wall time and peak memory (max RSS) are the job's own.

    python benchmarks/bench_run.py [--feeds 20] [--items 50] [--delay 0.1] [--formats md,json]

Target: the first run under 15 s. The second run finds nothing new and fetches only the
20 feeds, since pages of already-briefed items are never requested again.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from corpus import records  # noqa: E402

from tests.http_server import LocalServer, Story, publish  # noqa: E402

DAY = dt.date(2025, 6, 12)


def serve_feeds(server: LocalServer, feeds: int, items: int) -> list[str]:
    """`feeds` feeds of `items` distinct-slug articles from the synthetic corpus (about 30% copies)."""
    corpus = list(records(feeds * items))
    urls = []
    for number in range(feeds):
        chunk = corpus[number * items : (number + 1) * items]
        stories = [
            Story(
                slug=f"f{number}-{record['id']}",
                title=record["title"],
                paragraphs=record["text"].split("\n\n"),
                published=DAY,
                outlet=record["outlet"],
            )
            for record in chunk
        ]
        urls.append(publish(server, f"/feeds/{number}.xml", f"Desk {number}", stories))
    return urls


def child_run(home: Path, config: Path) -> tuple[float, float, float, list[str]]:
    """One `briefer run bench -v` in a fresh process, as cron starts it.

    Returns wall seconds, seconds until its "articles collected" log line (start-up plus
    fetching and parsing), peak RSS in MiB (the largest child so far) and its stderr lines.
    """
    started = time.perf_counter()
    collected_at = math.nan
    lines = []
    with subprocess.Popen(
        [sys.executable, "-m", "briefer", "run", "bench", "--config", str(config), "--date", DAY.isoformat(), "-v"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "BRIEFER_HOME": str(home), "PYTHONPATH": str(ROOT)},
    ) as proc:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line.rstrip("\n"))
            if "articles collected" in line:
                collected_at = time.perf_counter() - started
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"briefer run failed ({proc.returncode}):\n" + "\n".join(lines[-30:]))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, collected_at, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--feeds", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.1, help="seconds the server waits before each answer")
    parser.add_argument("--formats", default="md,json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="briefer-bench-") as tmp, LocalServer(delay=args.delay) as server:
        home = Path(tmp)
        urls = serve_feeds(server, args.feeds, args.items)
        formats = ", ".join(f'"{fmt.strip()}"' for fmt in args.formats.split(","))
        sources = ", ".join(f'"{url}"' for url in urls)
        config = home / "briefer.toml"
        config.write_text(
            f'[profiles.bench]\nsources = [{sources}]\nengine = "extractive"\n'
            f'formats = [{formats}]\noutput_dir = "{home / "briefs"}"\n',
            encoding="utf-8",
        )
        requests = len(urls) + args.feeds * args.items
        print(f"{args.feeds} feeds x {args.items} items, {args.delay * 1000:.0f} ms per answer, {requests} requests")
        print(f"  one after another the fetching alone would take {requests * args.delay:.0f} s")

        wall, collected, peak, lines = child_run(home, config)
        served = len(server.hits)
        outputs = sorted(p.name for p in (home / "briefs").iterdir())
        counts = next((line for line in lines if "articles collected" in line), "")
        print(f"first run:  {wall:6.2f} s wall, peak RSS {peak:.0f} MiB, wrote {', '.join(outputs)}")
        print(f"  start-up + fetching + parsing: {collected:6.2f} s, {served} requests, at most {server.max_in_flight} at once")
        print(f"  dedup + extract + verify + render + state: {wall - collected:6.2f} s")
        print(f"  {counts.removeprefix('briefer: ')}")

        wall, _, _, lines = child_run(home, config)
        print(f"second run: {wall:6.2f} s wall, {len(server.hits) - served} requests ({lines[-1].removeprefix('briefer: ')})")


if __name__ == "__main__":
    main()
