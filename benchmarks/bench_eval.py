"""Score the pipeline on the hand-labelled set of real news articles in benchmarks/eval/.

Quotes and deadlines are scored on one brief per article, made with that article's own
publication date as the reference date (deadlines are "upcoming" as of publication).
Deduplication is scored on one brief over the whole set, made with the earliest
publication date so that no article's deadlines are dropped as past.

A predicted quote matches a labelled one when their normalised texts are equal, or one
contains the other and the shorter is at least 80% of the longer, and the speakers share
a surname (or one is the other's acronym: "IEBC", "Independent Electoral and Boundaries
Commission"). A predicted deadline matches when its start and end dates are the labelled
ones. Labels marked optional (vague or duplicate expressions, see eval/README.md) count
for neither recall nor against precision.

Run it as a script (a module named `benchmarks` ships with pysbd, so not with -m):

    python benchmarks/bench_eval.py [--set eval|holdout|holdout2|...|holdout29] [--engine extractive|openai|auto] [--details] [--check]

`--set NAME` scores benchmarks/eval-NAME/ (`--set eval`, the default, benchmarks/eval/);
every such folder with a labels.json is a set.
The held-out sets were labelled by the same rules and each was scored once before the
engine was changed on its failures; those first, blind figures are in BLIND_RUNS.md.

It prints the figures and whether each of the issue's targets is met, and exits 0 unless
--check is given and a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "benchmarks" / "eval"
ARTICLES = EVAL_DIR / "articles.jsonl"
LABELS = EVAL_DIR / "labels.json"


def _set_name(folder: Path) -> str:
    """`eval` stays `eval`; `eval-holdout7` becomes `holdout7`."""
    return folder.name.removeprefix("eval-")


def _set_order(folder: Path) -> tuple[bool, int]:
    """`eval` first, then the held-out sets by number (`eval-holdout` is the first)."""
    number = re.search(r"\d+$", folder.name)
    return (folder.name != "eval", int(number.group()) if number else 1)


SETS: dict[str, Path] = {
    _set_name(folder): folder
    for folder in sorted(ROOT.glob("benchmarks/eval*/"), key=_set_order)
    if (folder / "labels.json").is_file()
}
"""The labelled sets by name; each folder holds articles.jsonl and labels.json."""

OVERLAP = 0.8
"""A quote that contains the other must be at most 1/0.8 times as long to match."""


@dataclass(frozen=True)
class Ratio:
    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        value = self.value
        shown = "n/a" if value is None else f"{value:6.1%}"
        return f"{shown} ({self.hits}/{self.total})"


@dataclass(frozen=True)
class Target:
    """One of the issue's targets: `measure` of the scores must reach `threshold`."""

    name: str
    measure: Callable[[Scores], float | None]
    threshold: float
    at_most: bool = False

    def met(self, scores: Scores) -> bool:
        value = self.measure(scores)
        if value is None:
            return False
        return value <= self.threshold if self.at_most else value >= self.threshold


@dataclass
class Scores:
    full_quote_recall: Ratio
    partial_quote_recall: Ratio
    quote_precision: Ratio
    deadline_recall: Ratio
    deadline_precision: Ratio
    copies_merged: Ratio
    distinct_pairs_merged: Ratio
    wrong_merges: list[tuple[str, str]]
    details: list[str] = field(default_factory=list)


TARGETS: tuple[Target, ...] = (
    Target("full quotes found with the right speaker", lambda s: s.full_quote_recall.value, 0.90),
    Target("reported quotes that are right (at most 1 in 10 wrong)", lambda s: s.quote_precision.value, 0.90),
    Target("upcoming deadlines found with the right dates", lambda s: s.deadline_recall.value, 0.85),
    Target("copies merged", lambda s: s.copies_merged.value, 1.0),
    Target("distinct articles merged", lambda s: float(len(s.wrong_merges)), 0.0, at_most=True),
)


# --- loading ---------------------------------------------------------------------------


def load_records(path: Path = ARTICLES) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        labels: dict[str, Any] = json.load(handle)
    return labels


# --- matching ---------------------------------------------------------------------------

_QUOTE_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "`": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"'})
_EDGE = " \t\n\"'.,;:!?\u2014\u2013-"
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "justice", "judge",
                         "the", "a", "an", "coach", "president", "gov", "sen", "rep"})


def normalise_quote(text: str) -> str:
    """Fold quote-mark style, case and white space, and trim edge punctuation."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTE_MARKS).replace("''", '"').casefold()
    return " ".join(folded.split()).strip(_EDGE)


def quote_texts_match(labelled: str, predicted: str) -> bool:
    """Equal once normalised, or one holds the other and is at least 80% of its length."""
    a, b = normalise_quote(labelled), normalise_quote(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= OVERLAP * len(longer)


def name_words(name: str) -> list[str]:
    """The words of a name, case and accents folded ("Met Éireann" and "Met Eireann" are one)."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = unicodedata.normalize("NFKC", plain).casefold().replace("\u2019", "'")
    return [word for word in _NAME_WORD.findall(folded) if word not in _HONORIFICS]


def speakers_match(labelled: str, predicted: str) -> bool:
    """The same surname: either name's last word occurs among the other's words.

    Either way round, so that "Joe Amendola" matches "Amendola, Sandusky's attorney" and
    "Metro bosses" matches "West Midlands Metro".
    """
    a, b = name_words(labelled), name_words(predicted)
    if not a or not b:
        return False
    return a[-1] in b or b[-1] in a or _acronym_of(labelled, predicted) or _acronym_of(predicted, labelled)


def _acronym_of(short: str, full: str) -> bool:
    """ "IEBC" and "Independent Electoral and Boundaries Commission": one body, named two ways."""
    letters = "".join(word[0] for word in re.findall(r"[A-Z][\w'’-]*", full))
    return len(short) >= 2 and short.isupper() and short.isalpha() and letters == short


def _phrases_overlap(a: str, b: str) -> bool:
    x, y = normalise_quote(a), normalise_quote(b)
    return bool(x and y) and (x in y or y in x)


# --- scoring ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PredictedQuote:
    speaker: str
    text: str


@dataclass(frozen=True)
class PredictedDeadline:
    phrase: str
    start: dt.date
    end: dt.date


def _quote_found(label: Mapping[str, Any], predicted: Sequence[PredictedQuote]) -> bool:
    return any(quote_texts_match(label["text"], p.text) and speakers_match(label["speaker"], p.speaker) for p in predicted)


def score_quotes(
    labels: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Sequence[PredictedQuote]], details: list[str]
) -> tuple[Ratio, Ratio, Ratio]:
    """Full-quote recall, partial-quote recall and precision over all articles."""
    found: Counter[str] = Counter()
    wanted: Counter[str] = Counter()
    right = reported = 0
    for article_id, label in labels.items():
        quotes = predicted.get(article_id, ())
        for item in label["quotes"]:
            if item.get("optional"):
                continue
            wanted[item["kind"]] += 1
            if _quote_found(item, quotes):
                found[item["kind"]] += 1
            else:
                details.append(f"missed {item['kind']} quote  [{article_id}] {item['speaker']}: {item['text'][:90]}")
        for quote in quotes:
            reported += 1
            if any(quote_texts_match(i["text"], quote.text) and speakers_match(i["speaker"], quote.speaker)
                   for i in label["quotes"]):
                right += 1
                continue
            real = [i["speaker"] for i in label["quotes"] if quote_texts_match(i["text"], quote.text)]
            why = f"real quote, but said by {real[0]}" if real else "not a labelled quote"
            details.append(f"wrong quote ({why})  [{article_id}] {quote.speaker}: {quote.text[:90]}")
    return (Ratio(found["full"], wanted["full"]), Ratio(found["partial"], wanted["partial"]), Ratio(right, reported))


def _dates(item: Mapping[str, Any]) -> tuple[dt.date, dt.date] | None:
    if not item.get("start"):
        return None
    return dt.date.fromisoformat(item["start"]), dt.date.fromisoformat(item["end"])


def score_deadlines(
    labels: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Sequence[PredictedDeadline]], details: list[str]
) -> tuple[Ratio, Ratio]:
    """Recall of required deadlines with exact dates, and precision of the reported ones."""
    found = wanted = right = counted = 0
    for article_id, label in labels.items():
        deadlines = predicted.get(article_id, ())
        required = [i for i in label["deadlines"] if not i.get("optional")]
        optional = [i for i in label["deadlines"] if i.get("optional")]
        for item in required:
            wanted += 1
            if any((p.start, p.end) == _dates(item) for p in deadlines):
                found += 1
            else:
                details.append(f"missed deadline  [{article_id}] {item['phrase']!r} {item['start']}..{item['end']} {item['event']}")
        for deadline in deadlines:
            span = (deadline.start, deadline.end)
            if any(span == _dates(i) for i in required):
                right += 1
                counted += 1
            elif any(span == _dates(i) or _phrases_overlap(i["phrase"], deadline.phrase) for i in optional):
                continue
            else:
                counted += 1
                details.append(f"wrong deadline  [{article_id}] {deadline.phrase!r} {deadline.start}..{deadline.end}")
    return Ratio(found, wanted), Ratio(right, counted)


def score_dedup(
    owner: Mapping[str, str], groups: Sequence[Sequence[str]], distinct: Sequence[Sequence[str]], details: list[str]
) -> tuple[Ratio, Ratio, list[tuple[str, str]]]:
    """Copies merged, labelled distinct pairs merged, and every merge of two non-copies.

    `owner` maps each article id to the id of the source it ended up under.
    """
    merged = copies = 0
    for group in groups:
        largest = Counter(owner.get(i, i) for i in group).most_common(1)[0][1]
        merged += largest - 1
        copies += len(group) - 1
        if largest < len(group):
            details.append(f"copies not merged  {list(group)} -> {[owner.get(i, i) for i in group]}")
    same_group = {frozenset((a, b)) for group in groups for a in group for b in group if a != b}
    ids = sorted(owner)
    wrong = [(a, b) for n, a in enumerate(ids) for b in ids[n + 1:]
             if owner[a] == owner[b] and frozenset((a, b)) not in same_group]
    for a, b in wrong:
        details.append(f"distinct articles merged  {a} + {b}")
    labelled = sum(1 for a, b in distinct if owner.get(a, a) == owner.get(b, b))
    return Ratio(merged, copies), Ratio(labelled, len(distinct)), wrong


# --- running the pipeline ---------------------------------------------------------------


def _published(record: Mapping[str, Any]) -> dt.date:
    return dt.date.fromisoformat(str(record["published"])[:10])


def evaluate(engine: str = "extractive", articles: Path = ARTICLES, labels_path: Path = LABELS) -> Scores:
    """Run the real pipeline over the set and score it against the labels."""
    from briefer.config import Settings
    from briefer.pipeline import build_brief

    settings = Settings.resolve({"engine": engine})
    records = load_records(articles)
    labels = load_labels(labels_path)
    quotes: dict[str, list[PredictedQuote]] = {}
    deadlines: dict[str, list[PredictedDeadline]] = {}
    with tempfile.TemporaryDirectory(prefix="briefer-eval-") as folder:
        for record in records:
            path = Path(folder) / f"{record['id']}.jsonl"
            path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            brief = build_brief([str(path)], reference_date=_published(record), settings=settings)
            quotes[record["id"]] = [PredictedQuote(q.speaker, q.text) for q in brief.quotes]
            deadlines[record["id"]] = [PredictedDeadline(d.phrase, d.start, d.end) for d in brief.deadlines]
    whole = build_brief([str(articles)], reference_date=min(_published(r) for r in records), settings=settings)
    owner = {source.id: source.id for source in whole.sources}
    owner.update({copy.id: source.id for source in whole.sources for copy in source.duplicates})
    details: list[str] = []
    missing = sorted({r["id"] for r in records} - owner.keys())
    if missing:
        details.append(f"articles missing from the whole-set brief: {missing}")
    per_article = labels["articles"]
    full, partial, precision = score_quotes(per_article, quotes, details)
    deadline_recall, deadline_precision = score_deadlines(per_article, deadlines, details)
    copies, distinct, wrong = score_dedup(owner, labels["duplicate_groups"], labels["distinct_pairs"], details)
    return Scores(full, partial, precision, deadline_recall, deadline_precision, copies, distinct, wrong, details)


def report(scores: Scores, *, engine: str, details: bool = False, set_name: str = "eval") -> str:
    rows = [
        ("full quotes found, right speaker", str(scores.full_quote_recall)),
        ("partial quotes found, right speaker", str(scores.partial_quote_recall)),
        ("quote precision (right text and speaker)", str(scores.quote_precision)),
        ("deadline recall (exact dates)", str(scores.deadline_recall)),
        ("deadline precision", str(scores.deadline_precision)),
        ("copies merged", str(scores.copies_merged)),
        ("labelled distinct pairs merged", str(scores.distinct_pairs_merged)),
        ("distinct articles merged (any pair)", str(len(scores.wrong_merges))),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"briefer on {SETS[set_name].relative_to(ROOT).as_posix()} ({engine} engine)", ""]
    lines += [f"  {name:<{width}}  {value}" for name, value in rows]
    lines += ["", "targets (issue 2):"]
    for target in TARGETS:
        value = target.measure(scores)
        shown = "n/a" if value is None else (f"{value:.0f}" if target.at_most else f"{value:.1%}")
        sign = "<=" if target.at_most else ">="
        limit = f"{target.threshold:.0f}" if target.at_most else f"{target.threshold:.0%}"
        lines.append(f"  {'PASS' if target.met(scores) else 'FAIL'}  {target.name}: {shown} (target {sign} {limit})")
    if details and scores.details:
        lines += ["", "details:", *(f"  {line}" for line in scores.details)]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="set_name", default="eval", choices=list(SETS),
                        help="which labelled set to score (default: eval)")
    parser.add_argument("--engine", default="extractive", choices=["extractive", "openai", "auto"])
    parser.add_argument("--details", action="store_true", help="list every missed and wrong item")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    folder = SETS[args.set_name]
    scores = evaluate(args.engine, folder / "articles.jsonl", folder / "labels.json")
    print(report(scores, engine=args.engine, details=args.details, set_name=args.set_name))
    if args.check and not all(target.met(scores) for target in TARGETS):
        return 1
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
