"""Calendar: the brief's deadlines as an iCalendar file of all-day events.

A range becomes one multi-day event (DTEND is exclusive, so the day after `end`). The UID
comes from the event and its dates, so importing tomorrow's brief updates an event
instead of duplicating it; DTSTAMP is the brief's date, so the output is reproducible.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import icalendar

from .. import __version__
from ..models import Brief, Deadline
from .view import BriefView, build_view


def render_ics(brief: Brief) -> bytes:
    view = build_view(brief)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//briefer//briefer {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", view.title)
    stamp = dt.datetime.combine(brief.date, dt.time(), tzinfo=dt.UTC)
    for deadline in view.deadlines:
        calendar.add_component(_event(deadline, view, stamp))
    ical: bytes = calendar.to_ical()
    return ical


def _event(deadline: Deadline, view: BriefView, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(deadline))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.start)
    event.add("dtend", deadline.end + dt.timedelta(days=1))
    event.add("summary", deadline.event)
    event.add("description", _description(deadline, view))
    event.add("transp", "TRANSPARENT")
    cited = view.refs(deadline.sources)
    first_url = next((ref.url for ref in cited if ref.url), None)
    if first_url:
        event.add("url", first_url)
    return event


def _uid(deadline: Deadline) -> str:
    key = f"{deadline.event.casefold()}|{deadline.start.isoformat()}|{deadline.end.isoformat()}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@briefer"


def _description(deadline: Deadline, view: BriefView) -> str:
    lines = [f"“{deadline.phrase}”"]
    for ref in view.refs(deadline.sources):
        lines.append(f"[{ref.number}] {ref.label}" + (f" {ref.url}" if ref.url else f" ({ref.source.origin})"))
    lines.append(f"From the brief: {view.title}")
    return "\n".join(lines)
