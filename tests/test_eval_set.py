"""The hand-labelled real-news sets (benchmarks/eval*/) and the benchmark.

The first tests keep the labels of every set honest: every labelled quote and deadline
phrase is in its article, every article says where and when it was published, copies and
distinct pairs name real articles. The last test is the issue's target on real news; it
fails until the extractive engine meets it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlparse

import pytest


def _load_bench_eval() -> ModuleType:
    """Import benchmarks/bench_eval.py by path: pysbd installs a package named `benchmarks`."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_eval.py"
    spec = importlib.util.spec_from_file_location("bench_eval", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench_eval = _load_bench_eval()

RECORDS = {name: bench_eval.load_records(folder / "articles.jsonl") for name, folder in bench_eval.SETS.items()}
LABELS = {name: bench_eval.load_labels(folder / "labels.json") for name, folder in bench_eval.SETS.items()}
BY_ID = {name: {record["id"]: record for record in records} for name, records in RECORDS.items()}
ARTICLE_LABELS: dict[str, dict[str, dict[str, Any]]] = {name: labels["articles"] for name, labels in LABELS.items()}
LABELLED_ARTICLES = [(name, article_id) for name, labels in ARTICLE_LABELS.items() for article_id in sorted(labels)]


def _published(set_name: str, article_id: str) -> dt.date:
    return dt.date.fromisoformat(BY_ID[set_name][article_id]["published"])


@pytest.mark.parametrize("set_name", sorted(bench_eval.SETS))
def test_every_article_has_an_id_source_url_publication_date_and_text(set_name: str) -> None:
    records = RECORDS[set_name]
    assert 12 <= len(records) <= 30  # holdout29 merges four halves cut short (its README says why)
    assert len(BY_ID[set_name]) == len(records), "article ids must be unique"
    for record in records:
        url = urlparse(record["url"])
        assert url.scheme in {"http", "https"} and url.netloc, record["id"]
        assert dt.date.fromisoformat(record["published"]) <= dt.date.today(), record["id"]
        assert record["outlet"], record["id"]
        assert 80 <= len(record["text"].split()) <= 1200, record["id"]


@pytest.mark.parametrize("set_name", sorted(bench_eval.SETS))
def test_every_article_is_labelled_and_every_label_names_an_article(set_name: str) -> None:
    assert ARTICLE_LABELS[set_name].keys() == BY_ID[set_name].keys()


@pytest.mark.parametrize(("set_name", "article_id"), LABELLED_ARTICLES)
def test_labelled_quotes_occur_verbatim_in_their_article(set_name: str, article_id: str) -> None:
    text = BY_ID[set_name][article_id]["text"]
    for quote in ARTICLE_LABELS[set_name][article_id]["quotes"]:
        assert quote["kind"] in {"full", "partial"}
        assert quote["speaker"].strip()
        assert quote["text"] in text, f"not in the text: {quote['text'][:60]!r}"
        assert quote["text"] == quote["text"].strip().rstrip(","), "label the words without the attribution comma"


@pytest.mark.parametrize(("set_name", "article_id"), LABELLED_ARTICLES)
def test_labelled_deadlines_occur_in_their_article_and_are_upcoming(set_name: str, article_id: str) -> None:
    text = BY_ID[set_name][article_id]["text"]
    published = _published(set_name, article_id)
    for deadline in ARTICLE_LABELS[set_name][article_id]["deadlines"]:
        assert deadline["phrase"] in text, f"phrase not in the text: {deadline['phrase']!r}"
        assert deadline["event"].strip()
        if deadline.get("start") is None:
            assert deadline.get("optional"), f"a required deadline needs dates: {deadline['phrase']!r}"
            continue
        start, end = dt.date.fromisoformat(deadline["start"]), dt.date.fromisoformat(deadline["end"])
        assert start <= end
        assert end >= published, f"{deadline['phrase']!r} ended before the article was published"


@pytest.mark.parametrize("set_name", sorted(bench_eval.SETS))
def test_copies_and_distinct_pairs_name_articles_and_do_not_contradict_each_other(set_name: str) -> None:
    labels, ids = LABELS[set_name], BY_ID[set_name].keys()
    groups = [set(group) for group in labels["duplicate_groups"]]
    assert len(groups) >= 2
    assert all(len(group) >= 2 and group <= ids for group in groups)
    assert sum(len(group) for group in groups) == len(set().union(*groups)), "an article is in two copy groups"
    assert labels["distinct_pairs"]
    for a, b in labels["distinct_pairs"]:
        assert {a, b} <= ids and a != b
        assert not any({a, b} <= group for group in groups), f"{a} and {b} are labelled both copies and distinct"


def test_quote_matching_ignores_quote_style_and_attribution_punctuation() -> None:
    assert bench_eval.quote_texts_match("We\u2019re anticipating that\u2019s going to happen.", "we're anticipating that's going to happen")
    assert bench_eval.quote_texts_match("intended to aid the court in the imposition of sentence", "intended to aid the court in the imposition of sentence''")
    assert not bench_eval.quote_texts_match("highly desirable", "it was highly desirable for the appeal to be heard")
    assert bench_eval.quote_texts_match("We`ve got high confidence", "We've got high confidence")  # a backtick apostrophe


def test_quote_matching_accepts_a_slightly_longer_or_shorter_span_only() -> None:
    label = "Either he gets a new trial or he's in (prison) for the rest of his life"
    assert bench_eval.quote_texts_match(label, label + ", he said")
    assert not bench_eval.quote_texts_match(label, "Either he gets a new trial")


def test_speakers_match_on_surname_with_or_without_titles_and_roles() -> None:
    assert bench_eval.speakers_match("Mr Justice Chamberlain", "Chamberlain")
    assert bench_eval.speakers_match("Joe Amendola", "Amendola, Sandusky's attorney")
    assert bench_eval.speakers_match("Fani T. Willis", "Fani Willis")
    assert bench_eval.speakers_match("Met Éireann", "Met Eireann")  # one body, with and without its accent
    assert bench_eval.speakers_match("IEBC", "Independent Electoral and Boundaries Commission")
    assert not bench_eval.speakers_match("Joe Amendola", "Joe McGettigan")
    assert not bench_eval.speakers_match("Lord Justice Underhill", "Mr Justice Chamberlain")


def test_dedup_scoring_counts_missed_copies_and_every_wrong_merge() -> None:
    owner = {"a": "a", "a2": "b", "b": "b", "c": "c"}
    details: list[str] = []
    copies, distinct, wrong = bench_eval.score_dedup(owner, [["a", "a2"]], [["b", "c"]], details)
    assert (copies.hits, copies.total) == (0, 1)
    assert (distinct.hits, distinct.total) == (0, 1)
    assert wrong == [("a2", "b")]


# TARGET TEST (issue 2, item 10): the issue's targets on every labelled set. Each held-out set
# was scored blind once (benchmarks/BLIND_RUNS.md, where the blind figures and the pooled
# reading are); after that its failure classes were fixed, so from then on this guards the
# tuned figures against regressions on real news. It is not a measure of accuracy on unseen news.
@pytest.mark.parametrize("set_name", sorted(bench_eval.SETS))
def test_target_extractive_engine_meets_the_issue_targets_on_real_news(set_name: str) -> None:
    folder = bench_eval.SETS[set_name]
    scores = bench_eval.evaluate("extractive", folder / "articles.jsonl", folder / "labels.json")
    missed = [target.name for target in bench_eval.TARGETS if not target.met(scores)]
    assert not missed, bench_eval.report(scores, engine="extractive", details=True, set_name=set_name)
