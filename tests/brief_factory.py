"""A hand-built Brief with everything that is hard to render: CJK names, accents, curly
quotes, dashes, markup inside a quote, single-day and ranged deadlines, duplicates.

Shared by test_render, test_pdf and test_deliver; `samples_brief` is the real thing: the
brief the offline extractive engine makes from samples/.
"""

from __future__ import annotations

import datetime as dt

from briefer.config import Settings
from briefer.models import Brief, Deadline, Meta, Position, Quote, Skipped, Source, SourceRef
from briefer.pipeline import build_brief

from .conftest import SAMPLES, SEED_DATE

HOSTILE_QUOTE = "Nothing to see <script>alert(1)</script> here <img src=x onerror=alert(1)>"


def hand_made_brief() -> Brief:
    return Brief(
        title="Tariff talks — Japan, the U.S. and São Paulo",
        date=dt.date(2025, 6, 12),
        summary=[
            "Japan’s negotiator 赤沢亮正 (Akazawa Ryosei) heads to Washington for a sixth round.",
            "Ishiba says a deal must benefit both sides — “no rush”.",
            "Müller of São Paulo’s exporters’ group warns of *steep* costs_[1]",
        ],
        sources=[
            Source(
                id="a1",
                title="Japan PM hopes for progress in U.S. tariff talks, in no rush for deal",
                outlet="Kyodo News",
                url="https://english.kyodonews.net/news/2025/06/tariff-talks.html",
                origin="samples/aggregator-page.txt#3",
                published=dt.date(2025, 6, 12),
                duplicates=[
                    SourceRef(
                        id="a2",
                        title="Japan PM hopes for progress in US tariff talks, in no rush for deal",
                        outlet="The Mainichi",
                        url="https://mainichi.jp/english/articles/20250612/p2g/00m/0bu/0123",
                        origin="samples/aggregator-page.txt#2",
                    )
                ],
            ),
            Source(
                id="a3",
                title="Japan hopes for ‘win-win’ in next trade talks with US",
                outlet="NHK World",
                url=None,
                origin="samples/aggregator-page.txt#1",
                published=dt.date(2025, 6, 12),
            ),
            Source(
                id="a4",
                title="Exporters in São Paulo brace for tariffs",
                outlet="Folha de S.Paulo",
                url="javascript:alert(1)",
                origin="clippings/folha.html",
                published=dt.date(2025, 6, 11),
            ),
        ],
        positions=[
            Position(
                actor="Japan (赤沢亮正, Ryosei Akazawa)",
                stance="Seeks a win-win deal; protects national interests.",
                sources=["a3"],
            ),
            Position(
                actor="Japan (Shigeru Ishiba)",
                stance="Progress before the G7 — but no rush to a deal.",
                sources=["a1", "a3"],
            ),
        ],
        quotes=[
            Quote(
                speaker="Ryosei Akazawa",
                text="My focus is on our national interests, to protect what needs to be protected",
                sources=["a3"],
                verified=True,
            ),
            Quote(
                speaker="Shigeru Ishiba",
                text="We will not prioritize reaching a deal quickly and undermine national interests",
                sources=["a1"],
                verified=True,
            ),
            Quote(speaker="Jürgen Müller", text=HOSTILE_QUOTE, sources=["a4"], verified=False),
        ],
        deadlines=[
            Deadline(
                event="Expiry of the 90-day tariff pause",
                phrase="in early July",
                start=dt.date(2025, 7, 1),
                end=dt.date(2025, 7, 10),
                sources=["a1"],
            ),
            Deadline(
                event="Next round of Japan–U.S. tariff negotiations",
                phrase="on Friday",
                start=dt.date(2025, 6, 13),
                end=dt.date(2025, 6, 13),
                sources=["a1"],
            ),
            Deadline(
                event="G7 leaders’ summit in Canada",
                phrase="mid-June",
                start=dt.date(2025, 6, 15),
                end=dt.date(2025, 6, 17),
                sources=["a1", "a3"],
            ),
        ],
        meta=Meta(
            engine="extractive",
            articles_in=4,
            articles_unique=3,
            skipped=[Skipped(input="notes/empty.txt", reason="no article text")],
        ),
    )


def samples_brief() -> Brief:
    return build_brief([str(SAMPLES)], reference_date=SEED_DATE, settings=Settings(engine="extractive", cache=False))
