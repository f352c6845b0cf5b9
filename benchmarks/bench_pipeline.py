"""Benchmark the whole pipeline on a synthetic corpus (issue 2, item 11).

For each size N, N articles (about 30% copies: wire re-publications, teasers, reprints
with cuts; see corpus.py) are written to a temp folder as JSONL files of 1,000 records,
then a fresh child process reads the folder (`read_inputs`) and runs dedup, extract
(the extractive engine), verify and render (md and json), so each N's peak memory is
its own.

    python benchmarks/bench_pipeline.py [--sizes 1000,10000] [--seed 7]

Prints a per-stage table (wall and CPU seconds), articles/s, peak RSS, and the ratio of
the largest to the smallest run's time. Target on the 2-core machine: 10,000 articles
in under 60 s and 1 GB, time growing no worse than linearly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from corpus import write_jsonl

DAY = dt.date(2025, 6, 12)
STAGES = ("ingest", "dedup", "extract", "verify", "render md", "render json")


class _Clock:
    """Wall and CPU seconds per stage."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - cpu

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return timed


def child(path: Path) -> dict[str, Any]:
    """Run every stage on one corpus file in this process; return the figures."""
    from briefer import dedup, verify
    from briefer.engines.extractive import ExtractiveEngine
    from briefer.ingest import read_inputs
    from briefer.pipeline import brief_from_articles
    from briefer.render import render

    clock = _Clock()
    engine = ExtractiveEngine()
    # The pipeline looks these up on their modules at call time, so timing wrappers see
    # exactly the calls brief_from_articles makes.
    dedup.group_duplicates = clock.wrap("dedup", dedup.group_duplicates)
    verify.verified_brief = clock.wrap("verify", verify.verified_brief)
    engine.extract = clock.wrap("extract", engine.extract)  # type: ignore[method-assign]

    started_wall, started_cpu = time.perf_counter(), time.process_time()
    with clock.stage("ingest"):
        result = read_inputs([str(path)], reference_date=DAY)
    if result.skipped:
        raise SystemExit(f"ingest skipped inputs: {result.skipped}")
    brief = brief_from_articles(result.articles, reference_date=DAY, engine=engine, skipped=result.skipped)
    sizes = {}
    for fmt in ("md", "json"):
        with clock.stage(f"render {fmt}"):
            sizes[fmt] = len(render(brief, fmt))
    return {
        "articles": len(result.articles),
        "unique": brief.meta.articles_unique,
        "skipped": len(result.skipped),
        "quotes": len(brief.quotes),
        "positions": len(brief.positions),
        "deadlines": len(brief.deadlines),
        "bytes": sizes,
        "wall": clock.wall,
        "cpu": clock.cpu,
        "total_wall": time.perf_counter() - started_wall,
        "total_cpu": time.process_time() - started_cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(size: int, seed: int, workdir: Path) -> dict[str, Any]:
    path = write_jsonl(workdir / f"corpus-{size}", size, seed=seed)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(path)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"N={size}: the pipeline failed ({done.returncode}):\n{done.stderr[-3000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    figures["size"] = size
    figures["process_wall"] = time.perf_counter() - started
    figures["input_mb"] = sum(part.stat().st_size for part in path.iterdir()) / 2**20
    return figures


def report(runs: Sequence[dict[str, Any]]) -> str:
    labels = [f"N={run['size']:,}" for run in runs]
    header = f"{'stage':<12}" + "".join(f"{label:>22}" for label in labels)
    lines = [header, f"{'':<12}" + "".join(f"{'wall s':>11}{'cpu s':>11}" for _ in runs)]
    for stage in (*STAGES, "total"):
        cells = []
        for run in runs:
            wall = run["total_wall"] if stage == "total" else run["wall"].get(stage, 0.0)
            cpu = run["total_cpu"] if stage == "total" else run["cpu"].get(stage, 0.0)
            cells.append(f"{wall:>11.2f}{cpu:>11.2f}")
        lines.append(f"{stage:<12}" + "".join(cells))
    lines.append("")
    for run in runs:
        lines.append(
            f"N={run['size']:,}: {run['articles']:,} articles in ({run['input_mb']:.1f} MB), "
            f"{run['unique']:,} unique, {run['quotes']} quotes, {run['positions']} positions, "
            f"{run['deadlines']} deadlines; {run['articles'] / run['total_wall']:,.0f} articles/s wall "
            f"({run['articles'] / run['total_cpu']:,.0f}/s cpu), peak RSS {run['peak_rss_mb']:,.0f} MB; "
            f"{run['process_wall']:.1f} s for the whole child process, start-up and imports included"
        )
    if len(runs) > 1:
        small, large = runs[0], runs[-1]
        scale = large["size"] / small["size"]
        lines.append(
            f"time ratio N={large['size']:,} / N={small['size']:,}: "
            f"{large['total_wall'] / small['total_wall']:.1f}x wall, {large['total_cpu'] / small['total_cpu']:.1f}x cpu "
            f"for {scale:.0f}x the articles (linear = {scale:.0f}x)"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    sizes = sorted(int(size) for size in args.sizes.split(","))
    with tempfile.TemporaryDirectory(prefix="briefer-bench-") as workdir:
        runs = []
        for size in sizes:
            print(f"N={size:,} ...", file=sys.stderr, flush=True)
            runs.append(measure(size, args.seed, Path(workdir)))
    print(report(runs))


if __name__ == "__main__":
    main()
