"""Dedup: copies of one article become one source, distinct articles stay apart."""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys

from briefer.dedup import DuplicateGroup, content_fingerprint, group_duplicates, page_key
from briefer.ingest import read_inputs
from briefer.models import Article

from .conftest import ROOT, SEED, SEED_DATE


def article(article_id: str, text: str, outlet: str | None = None) -> Article:
    return Article(id=article_id, text=text, outlet=outlet, origin=f"test#{article_id}")


def partition(groups: list[DuplicateGroup]) -> set[frozenset[str]]:
    return {frozenset([group.kept.id, *(copy.id for copy in group.copies)]) for group in groups}


def seed_line(prefix: str) -> str:
    """The one line of the seed page that starts with `prefix`: an article's whole text."""
    (line,) = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.startswith(prefix)]
    return line


# A wire story in six paragraphs; copies below are built from it the way sites republish.
STORY = [
    (
        "TOKYO (Reuters) - Japan's top trade negotiator Ryosei Akazawa will travel to Washington "
        "on Friday for a third round of tariff talks, the government said on Thursday, as Tokyo "
        "presses for relief from U.S. duties on cars that threaten its biggest export industry."
    ),
    (
        "Akazawa told reporters after a meeting of the government's tariff task force that Japan "
        "would not accept a deal that sacrificed its national interests for the sake of speed. "
        '"My focus is on our national interests, to protect what needs to be protected and to say '
        'what needs to be said," he said.'
    ),
    (
        'Japan faces a 25% tariff on automobiles and auto parts, and a broader 24% "reciprocal" '
        "rate that has been paused until early July. Carmakers such as Toyota and Honda have warned "
        "the levies could wipe billions of dollars off their annual profits."
    ),
    (
        "Prime Minister Shigeru Ishiba hopes to meet U.S. President Donald Trump on the sidelines "
        "of the Group of Seven summit in Kananaskis, Canada, which opens on Sunday, and officials "
        "in Tokyo have said they would like an agreement in place by then."
    ),
    (
        "Trump said on Wednesday that Washington would send letters to trading partners in the "
        "next week and a half to two weeks setting out the terms of their deals -- a timetable that "
        "Japanese officials said left little room for a comprehensive agreement."
    ),
    (
        "Japan is the largest foreign investor in the United States, and Tokyo has argued that "
        "further Japanese investment in American factories would create jobs there, making tariffs "
        "counterproductive for both economies."
    ),
]
FULL = "\n\n".join(STORY)

# Six paragraphs of a press release, and the four that a trade site reprinted.
RELEASE = [
    (
        "OSLO, June 10, 2025 -- Nordvik Energy ASA today announced that it has signed a binding "
        "agreement to acquire the Skarv offshore wind project from Havlys Holding for NOK 4.2 billion, "
        "adding 640 megawatts of planned capacity to its Norwegian portfolio."
    ),
    (
        "The Skarv project, located 40 kilometres off the coast of Trondelag, received its "
        "concession in March and is expected to reach a final investment decision in the second half "
        "of 2026, with first power planned for 2029."
    ),
    (
        '"Skarv is exactly the kind of asset we have been looking for: large, well-permitted and close '
        'to our existing operations," said chief executive Ingrid Hansen. "It brings us a long step '
        'closer to our target of five gigawatts of renewable capacity by 2030."'
    ),
    (
        "The transaction will be financed through a combination of cash on hand and a new green bond "
        "issue, and is subject to approval by the Norwegian Competition Authority. Closing is expected "
        "in the fourth quarter of 2025."
    ),
    (
        "Nordvik Energy will present the acquisition to investors at a capital markets update on "
        "June 18, 2025, where management will also discuss the company's revised dividend policy and "
        "its plans for a partial listing of its grid services unit."
    ),
    (
        "Nordvik Energy ASA is an integrated Norwegian power producer with hydropower, onshore wind and "
        "solar assets in four countries. The company employs around 1,900 people and its shares are "
        "listed on the Oslo Stock Exchange under the ticker NORDV."
    ),
]

# One press conference, two agencies: the same three quotes, each agency's own prose.
CONFERENCE_QUOTES = (
    '"We will not prioritize reaching a deal quickly and undermine national interests,"',
    '"It would be good to see certain progress made before meeting with the president at the G7,"',
    '"What matters is a deal that benefits both Japan and the United States,"',
)
AGENCY_A = (
    "TOKYO (Kyodo) -- Prime Minister Shigeru Ishiba said Thursday that Japan aims to make progress "
    "in its tariff negotiations with the United States but will not sacrifice its national "
    f"interests to strike a deal in a hurry. {CONFERENCE_QUOTES[0]} Ishiba told a news conference "
    "at his office, ahead of a possible meeting with U.S. President Donald Trump at the Group of "
    "Seven summit in Canada.\n\n"
    f"{CONFERENCE_QUOTES[1]} he said, adding that his government had been urging Washington, its "
    "closest ally, to rethink its tariff policy and explore an arrangement that would benefit "
    "both sides. Japan's chief negotiator Ryosei Akazawa is expected to hold another round of "
    "talks in Washington on Friday.\n\n"
    f"{CONFERENCE_QUOTES[2]} Ishiba said. Before leaving for Canada he briefed opposition leaders "
    "on the state of the negotiations, the prime minister told reporters."
)
AGENCY_B = (
    "Japanese leader Shigeru Ishiba struck a cautious tone on Thursday about the prospects of a "
    "quick trade agreement with Washington, telling reporters in Tokyo that the substance of any "
    f"accord mattered more than its timing. {CONFERENCE_QUOTES[2]} Ishiba said.\n\n"
    "Tokyo has been seeking exemptions from a 25% levy on imported cars, which analysts at Nomura "
    "estimate could shave half a percentage point off Japan's economic growth this year, as well "
    "as from a 24% reciprocal tariff whose suspension lapses in July.\n\n"
    f"{CONFERENCE_QUOTES[0]} the prime minister said, while acknowledging that "
    f"{CONFERENCE_QUOTES[1][1:-2].lower()} would be welcome. Economy minister Akazawa heads back "
    "to the U.S. capital this week for a further round of talks with Treasury Secretary Scott "
    "Bessent and Commerce Secretary Howard Lutnick."
)


def test_seed_mainichi_and_kyodo_copies_are_one_source() -> None:
    mainichi = article("mainichi", seed_line("TOKYO (Kyodo) -- Prime Minister Shigeru Ishiba"), "The Mainichi")
    kyodo = article("kyodo", seed_line("KYODO NEWS - 9 minutes ago"), "Kyodo News")
    win_win = article("nhk", seed_line("Japan's government has been brainstorming"))
    vietnam = article("japantimes", seed_line("Vietnam's trade minister has met"), "Japan Times")

    groups = group_duplicates([win_win, vietnam, mainichi, kyodo])

    assert partition(groups) == {frozenset({"nhk"}), frozenset({"japantimes"}), frozenset({"mainichi", "kyodo"})}
    ishiba = groups[2]
    # Kyodo's page carries the whole story plus its "Related coverage" links: the most complete text.
    assert ishiba.kept.id == "kyodo"
    assert [copy.id for copy in ishiba.copies] == ["mainichi"]


def test_seed_page_through_ingest_gives_three_sources_and_one_duplicate() -> None:
    result = read_inputs([str(SEED)], reference_date=SEED_DATE)

    groups = group_duplicates(result.articles)

    assert len(result.articles) == 4
    assert len(groups) == 3
    (merged,) = [group for group in groups if group.copies]
    assert {merged.kept.outlet, *(copy.outlet for copy in merged.copies)} == {"The Mainichi", "Kyodo News"}


def test_curly_quotes_em_dashes_case_and_spacing_do_not_separate_copies() -> None:
    typeset = (
        FULL.replace('"My', "\u201cMy")
        .replace('said," he', "said,\u201d he")
        .replace(" -- ", "\u2014")
        .replace("Japan's", "Japan\u2019s")
        .replace("\n\n", "\n")
        .replace("TOKYO", "Tokyo")
    )
    assert typeset != FULL

    groups = group_duplicates([article("plain", FULL), article("typeset", typeset)])

    assert partition(groups) == {frozenset({"plain", "typeset"})}


def test_dropped_lead_paragraph_is_a_copy_of_the_full_story() -> None:
    without_lead = "\n\n".join(STORY[1:])

    groups = group_duplicates([article("short", without_lead), article("full", FULL)])

    assert len(groups) == 1
    assert groups[0].kept.id == "full"
    assert [copy.id for copy in groups[0].copies] == ["short"]


def test_byline_and_footer_around_the_story_do_not_hide_the_copy() -> None:
    dressed = (
        "By Jane Doe, Reuters\n\n3 min read\n\n" + FULL + "\n\n(Reporting by Jane Doe; Editing by John Smith)"
        "\n\n\u00a9 2025 Reuters. All rights reserved. Our Standards: The Thomson Reuters Trust Principles."
    )

    groups = group_duplicates([article("wire", FULL), article("site", dressed)])

    assert partition(groups) == {frozenset({"wire", "site"})}


def test_press_release_reprinted_with_two_of_six_paragraphs_cut_is_a_copy() -> None:
    release = "\n\n".join(RELEASE)
    reprint = "\n\n".join(RELEASE[:3] + RELEASE[4:5])

    groups = group_duplicates([article("reprint", reprint), article("release", release)])

    assert len(groups) == 1
    assert groups[0].kept.id == "release"


def test_a_wire_story_republished_by_hundreds_of_sites_is_one_source() -> None:
    sites = [
        article(f"site{n}", f"By Staff Reporter {n}, Daily {n} News\n\n{FULL}\n\n\u00a9 2025 Daily {n} News")
        for n in range(300)
    ]

    groups = group_duplicates([article("kyodo", AGENCY_A), *sites, article("release", "\n\n".join(RELEASE))])

    assert partition(groups) == {
        frozenset({"kyodo"}),
        frozenset(site.id for site in sites),
        frozenset({"release"}),
    }


def test_two_agencies_at_the_same_press_conference_stay_two_sources() -> None:
    groups = group_duplicates([article("kyodo", AGENCY_A), article("nikkei", AGENCY_B)])

    assert partition(groups) == {frozenset({"kyodo"}), frozenset({"nikkei"})}


def test_update_with_an_added_paragraph_merges_and_keeps_the_update() -> None:
    added = (
        "UPDATE: Akazawa said late on Thursday that he had spoken by phone with Commerce Secretary "
        "Howard Lutnick and that both sides had agreed to accelerate work at the working level."
    )
    update = "\n\n".join([*STORY[:3], added, *STORY[3:]])

    groups = group_duplicates([article("first", FULL), article("update", update)])

    assert len(groups) == 1
    assert groups[0].kept.id == "update"
    assert [copy.id for copy in groups[0].copies] == ["first"]


def _bbc_versions() -> tuple[Article, Article]:
    """Two real versions of one BBC story (benchmarks/eval-holdout2): the update rewrote
    most sentences, so only 52% of the shorter one's 5-grams are in the other."""
    records = {
        record.id: record
        for record in read_inputs(
            [str(ROOT / "benchmarks" / "eval-holdout2" / "articles.jsonl")], reference_date=dt.date(2022, 9, 22)
        ).articles
    }
    return records["bbc-rail-strikes-2022-09-22"], records["bbc-rail-strikes-update-2022-09-22"]


def test_two_versions_of_one_page_are_one_source_across_hosts_and_tracking_parameters() -> None:
    first, update = _bbc_versions()
    assert first.url and update.url and first.url.split("?")[0] != update.url  # bbc.co.uk?at_medium=RSS, bbc.com

    groups = group_duplicates([first, update])

    assert partition(groups) == {frozenset({first.id, update.id})}
    assert groups[0].kept.id == update.id  # the update is the more complete text


def test_the_same_rewrite_at_another_address_is_a_distinct_article() -> None:
    first, update = _bbc_versions()
    elsewhere = update.model_copy(update={"url": "https://www.bbc.com/news/business-63011234"})

    assert len(group_duplicates([first, elsewhere])) == 2


def test_a_page_whose_content_was_replaced_is_not_a_version_of_itself() -> None:
    first, _ = _bbc_versions()
    replaced = article("later", "\n\n".join(RELEASE)).model_copy(update={"url": first.url})

    assert len(group_duplicates([first, replaced])) == 2


def test_section_pages_and_local_addresses_do_not_name_an_article() -> None:
    assert page_key("https://www.bbc.co.uk/news/") is None
    assert page_key("https://www.reuters.com/world") is None
    assert page_key("http://127.0.0.1:8000/story-about-the-strike") is None
    assert page_key("https://www.theguardian.com/uk-news/2022/sep/22/rail-strike") == (
        "theguardian",
        "/uk-news/2022/sep/22/rail-strike",
    )


def test_unrelated_stories_stay_apart() -> None:
    groups = group_duplicates([article("trade", FULL), article("wind", "\n\n".join(RELEASE))])

    assert len(groups) == 2


def test_short_items_merge_only_when_identical() -> None:
    items = [
        article("close", "Markets closed early on Friday."),
        article("adjourn", "Parliament adjourned until Monday."),
        article("close-again", "MARKETS closed early on Friday!"),
        article("g7", "G7 summit opens Sunday."),
        # A one-line headline whose words also appear in the long story: too short to call a copy.
        article("headline", "Japan's top trade negotiator Ryosei Akazawa will travel to Washington"),
        article("story", FULL),
    ]

    groups = group_duplicates(items)

    assert partition(groups) == {
        frozenset({"close", "close-again"}),
        frozenset({"adjourn"}),
        frozenset({"g7"}),
        frozenset({"headline"}),
        frozenset({"story"}),
    }


def test_teaser_contained_in_two_distinct_stories_does_not_merge_them() -> None:
    # An aggregator teaser made of the quotes both agencies printed.
    teaser = " ".join(CONFERENCE_QUOTES) + " Ishiba said."
    items = [article("kyodo", AGENCY_A), article("nikkei", AGENCY_B + "\n\n" + teaser), article("teaser", teaser)]

    groups = group_duplicates(items)

    kept_ids = {group.kept.id for group in groups}
    assert {"kyodo", "nikkei"} <= kept_ids
    assert sum(len(group.copies) for group in groups) == 1


JAPANESE = (
    "石破茂首相は12日、米国との関税交渉について「国益を損なってまで合意を急ぐことはしない」と述べた。"
    "カナダで15日から開かれる先進7カ国首脳会議（G7サミット）に合わせ、トランプ米大統領との会談を調整している。"
    "赤沢亮正経済再生担当相は13日にも訪米し、ベセント財務長官らと閣僚協議に臨む見通しだ。"
    "政府は自動車関税の引き下げを最優先に求めており、首相は記者団に「日米双方の利益となる合意を目指す」と強調した。"
)


def test_japanese_copy_with_an_edit_furniture_and_full_width_forms_is_a_copy() -> None:
    # Full-width digits, a byline and related links added, one verb changed by the editor.
    reprint = (
        "【東京共同】"
        + JAPANESE.replace("G7", "Ｇ７").replace("12日", "１２日").replace("と述べた", "と語った")
        + "（共同通信）\n関連記事：日米関税協議"
    )
    bank = (
        "日銀は13日の金融政策決定会合で、政策金利を0.5%程度に据え置くことを決めた。"
        "植田和男総裁は記者会見で、米国の関税政策が国内経済に与える影響を注視する考えを示した。"
        "国債買い入れの減額計画については、来年4月以降のペースを緩める方針を決めた。"
        "市場関係者の間では、年内の追加利上げは見送られるとの見方が広がっている。"
    )

    groups = group_duplicates([article("kyodo", JAPANESE), article("boj", bank), article("site", reprint)])

    assert partition(groups) == {frozenset({"kyodo", "site"}), frozenset({"boj"})}


def test_groups_follow_first_appearance_and_do_not_depend_on_input_order() -> None:
    items = [
        article("full", FULL),
        article("release", "\n\n".join(RELEASE)),
        article("no-lead", "\n\n".join(STORY[1:])),
        article("kyodo", AGENCY_A),
        article("reprint", "\n\n".join(RELEASE[:3] + RELEASE[4:5])),
        article("nikkei", AGENCY_B),
        article("typeset", FULL.replace('"', "\u201c", 1)),
    ]
    expected = {
        frozenset({"full", "no-lead", "typeset"}),
        frozenset({"release", "reprint"}),
        frozenset({"kyodo"}),
        frozenset({"nikkei"}),
    }
    shuffler = random.Random(5)

    for _ in range(6):
        order = items[:]
        shuffler.shuffle(order)
        groups = group_duplicates(order)

        assert partition(groups) == expected
        firsts = [min(order.index(a) for a in (group.kept, *group.copies)) for group in groups]
        assert firsts == sorted(firsts)
        assert sorted(a.id for group in groups for a in (group.kept, *group.copies)) == sorted(a.id for a in items)


def test_no_articles_no_groups() -> None:
    assert group_duplicates([]) == []


def test_fingerprint_ignores_typography_and_tells_articles_apart() -> None:
    variant = FULL.replace('"', "\u201c", 1).replace(" -- ", " \u2014 ").upper().replace(" ", "   ")

    assert content_fingerprint(variant) == content_fingerprint(FULL)
    assert content_fingerprint("\n\n".join(STORY[1:])) != content_fingerprint(FULL)
    assert content_fingerprint(AGENCY_A) != content_fingerprint(AGENCY_B)


def test_fingerprint_is_the_same_in_another_process() -> None:
    """The scheduled run compares fingerprints stored on earlier days: no per-process salt."""
    code = "import sys; from briefer.dedup import content_fingerprint; print(content_fingerprint(sys.stdin.read()))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}

    done = subprocess.run(
        [sys.executable, "-c", code], input=FULL, capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )

    assert done.stdout.strip() == content_fingerprint(FULL)
