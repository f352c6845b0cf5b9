"""Benchmark the dedup stage alone: speed, memory and accuracy against the corpus truth.

Each size runs in a fresh child process (its peak RSS is its own). The synthetic corpus
(corpus.py) records which article every copy was made from, so the grouping is scored
by pairs: a "missed" pair is two copies of one story left in different groups, a
"false" pair two different stories put in one group.

    python benchmarks/bench_dedup.py [--sizes 1000,10000,20000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from corpus import records


def same_group_pairs(group_of: Mapping[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, group in group_of.items():
        members[group].append(article_id)
    return {pair for ids in members.values() for pair in itertools.combinations(sorted(ids), 2)}


def child(size: int) -> dict[str, Any]:
    from briefer.dedup import group_duplicates
    from briefer.models import Article

    corpus = list(records(size))
    articles = [Article(id=r["id"], text=r["text"], outlet=r["outlet"], origin=f"corpus#{r['id']}") for r in corpus]
    wall, cpu = time.perf_counter(), time.process_time()
    groups = group_duplicates(articles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    found = {a.id: group.kept.id for group in groups for a in (group.kept, *group.copies)}
    truth = same_group_pairs({r["id"]: r["story"] for r in corpus})
    grouped = same_group_pairs(found)
    return {
        "size": size,
        "words": sum(len(r["text"].split()) for r in corpus) / size,
        "wall": wall,
        "cpu": cpu,
        "groups": len(groups),
        "stories": len({r["story"] for r in corpus}),
        "copy_pairs": len(truth),
        "missed": len(truth - grouped),
        "false": len(grouped - truth),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,20000")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    runs = []
    for size in sorted(int(s) for s in args.sizes.split(",")):
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(size)], capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise SystemExit(done.stderr[-3000:])
        run = json.loads(done.stdout.splitlines()[-1])
        runs.append(run)
        print(
            f"N={run['size']:>6,} ({run['words']:.0f} words/article): {run['wall']:6.2f} s wall, {run['cpu']:6.2f} s cpu, "
            f"{run['size'] / run['wall']:7,.0f} articles/s, peak RSS {run['peak_rss_mb']:5.0f} MB (corpus included); "
            f"{run['groups']:,} groups for {run['stories']:,} stories, "
            f"copy pairs missed {run['missed']}/{run['copy_pairs']:,}, false pairs {run['false']}"
        )
    if len(runs) > 1:
        print(
            f"cpu time ratio N={runs[-1]['size']:,} / N={runs[0]['size']:,}: {runs[-1]['cpu'] / runs[0]['cpu']:.1f}x "
            f"for {runs[-1]['size'] / runs[0]['size']:.0f}x the articles"
        )


if __name__ == "__main__":
    main()
