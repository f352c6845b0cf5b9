"""Progress on stderr: a rich bar on a terminal, plain log lines everywhere else.

Cron mails whatever a job prints, so off a terminal progress is logged at INFO (shown
with -v) and only problems reach the default WARNING level. On a terminal the log lines
are routed through the same rich console while a bar is live, so they do not tear it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress as RichBar
    from rich.progress import TaskID

log = logging.getLogger("briefer.progress")


class Step(Protocol):
    def advance(self, detail: str | None = None) -> None:
        """One unit of the step is done; `detail` names it (a URL, a chunk)."""
        ...

    def extend(self, count: int) -> None:
        """`count` more units turned up (a feed's articles)."""
        ...


class Progress(Protocol):
    def step(self, description: str, total: int | None = None) -> AbstractContextManager[Step]:
        """A phase of the run with `total` units (None: unknown, shown as a spinner)."""
        ...


class _LogStep:
    def __init__(self, description: str, total: int | None) -> None:
        self.description = description
        self.total = total
        self.done = 0

    def advance(self, detail: str | None = None) -> None:
        self.done += 1
        of_total = f"/{self.total}" if self.total is not None else ""
        log.info("%s %d%s%s", self.description, self.done, of_total, f": {detail}" if detail else "")

    def extend(self, count: int) -> None:
        if self.total is not None:
            self.total += count


class LogProgress:
    """Plain log lines: one when a step starts, one per unit at INFO."""

    @contextmanager
    def step(self, description: str, total: int | None = None) -> Iterator[Step]:
        log.info("%s%s", description, f" ({total})" if total is not None else "")
        yield _LogStep(description, total)


class _RichStep:
    def __init__(self, bar: RichBar, task_id: TaskID, total: int | None) -> None:
        self._bar = bar
        self._task_id = task_id
        self._total = total

    def advance(self, detail: str | None = None) -> None:
        self._bar.advance(self._task_id)

    def extend(self, count: int) -> None:
        if self._total is not None:
            self._total += count
            self._bar.update(self._task_id, total=self._total)


class RichProgress:
    """A rich progress bar on the given terminal stream."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console

        self.console = Console(file=stream, stderr=stream is sys.stderr)

    @contextmanager
    def step(self, description: str, total: int | None = None) -> Iterator[Step]:
        from rich.logging import RichHandler
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
        root = logging.getLogger()
        saved = root.handlers[:]
        root.handlers = [RichHandler(console=self.console, show_time=False, show_path=False)]
        try:
            with Progress(*columns, console=self.console, transient=True) as bar:
                yield _RichStep(bar, bar.add_task(description, total=total), total)
        finally:
            root.handlers = saved


def make_progress(*, quiet: bool = False, stream: TextIO | None = None) -> Progress:
    """A rich bar when `stream` (default stderr) is a terminal and not -q, else log lines."""
    stream = sys.stderr if stream is None else stream
    if not quiet and stream.isatty():
        return RichProgress(stream)
    return LogProgress()
