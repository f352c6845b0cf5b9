"""Time and peak memory of `samples/` -> brief -> PDF, the way a user's first run pays them.

Each run is a fresh Python process (imports, WeasyPrint's first render and font loading
included) that builds the samples' brief with the offline extractive engine and renders
it to PDF. The parent reads the child's peak RSS from the kernel (wait4), so nothing in
the measured process is spent on measuring.

    python benchmarks/bench_pdf.py            # 3 runs, budget: 3 s and 300 MB (median)
    python benchmarks/bench_pdf.py --runs 5

Exit status 1 when the median run is over budget.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_SECONDS = 3.0
BUDGET_MB = 300.0

CHILD = """
import json, sys, time
started = time.process_time()
import datetime as dt
from pathlib import Path
from briefer.config import Settings
from briefer.pipeline import build_brief
from briefer.render import render
imported = time.process_time()
brief = build_brief([sys.argv[1]], reference_date=dt.date(2025, 6, 12), settings=Settings(engine="extractive", cache=False))
built = time.process_time()
pdf = render(brief, "pdf")
Path(sys.argv[2]).write_bytes(pdf)
done = time.process_time()
print(json.dumps({
    "import_s": imported - started, "build_s": built - imported, "pdf_s": done - built,
    "pdf_bytes": len(pdf), "sources": len(brief.sources), "quotes": len(brief.quotes),
    "deadlines": len(brief.deadlines),
}))
"""


def one_run(samples: Path, out: Path) -> dict[str, float]:
    """Run the child once: wall time from spawn to exit; that child's own CPU time and peak RSS (wait4).

    CPU time is what the run costs on an idle machine; wall time also counts waiting for
    a core, which on a shared 2-core machine can be most of it.
    """
    with (
        tempfile.TemporaryDirectory(prefix="briefer-bench-") as home,
        tempfile.TemporaryFile("w+") as stdout,
        tempfile.TemporaryFile("w+") as stderr,
    ):
        env = {**os.environ, "BRIEFER_HOME": home}
        started = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(samples), str(out)], stdout=stdout, stderr=stderr, env=env
        )
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        if child.returncode != 0:
            sys.exit(f"benchmark run failed:\n{stderr.read()}")
        figures = json.loads(stdout.read().strip().splitlines()[-1])
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024, **figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "brief.pdf"
        runs = [one_run(args.samples, out) for _ in range(args.runs)]
    for number, run in enumerate(runs, 1):
        print(
            f"run {number}: {run['wall_s']:.2f} s wall, {run['cpu_s']:.2f} s CPU (CPU in: import {run['import_s']:.2f} s,"
            f" build {run['build_s']:.2f} s, pdf incl. WeasyPrint import {run['pdf_s']:.2f} s), peak RSS {run['peak_mb']:.0f} MB, {run['pdf_bytes'] / 1024:.0f} KiB PDF,"
            f" {run['sources']:.0f} sources, {run['quotes']:.0f} quotes, {run['deadlines']:.0f} deadlines"
        )
    wall = statistics.median(run["wall_s"] for run in runs)
    peak = max(run["peak_mb"] for run in runs)
    verdict = "ok" if wall < BUDGET_SECONDS and peak < BUDGET_MB else "OVER BUDGET"
    print(f"median {wall:.2f} s (budget {BUDGET_SECONDS:g} s), peak {peak:.0f} MB (budget {BUDGET_MB:g} MB): {verdict}")
    sys.exit(0 if verdict == "ok" else 1)


if __name__ == "__main__":
    main()
