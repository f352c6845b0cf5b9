"""Who wants what, and the day's headlines: positions and summary bullets, found by rules.

A position is a sentence where an actor (a country, an institution or a named person)
aims, wants, urges, plans, seeks, pledges, warns, opposes, will or won't do something:
"Prime Minister Shigeru Ishiba said Thursday that Japan aims to make progress ... but will
not sacrifice its national interests" gives actor "Japan (Shigeru Ishiba)" and the stance
"aims to make progress ... to reach a deal quickly". The stance is always a clause cut
from the source sentence (quote marks dropped), never new words. Only the lead sentences
of an article are read: that is where news style states positions, and it keeps the scan
cheap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .attribution import SAY_VERB
from .names import COUNTRIES, RUN, country_name, is_org_or_place, name_parts
from .quote_marks import Analysis
from .speakers import SpeakerResolver, subject_before

#: sentences of an article read for positions
LEAD_SENTENCES = 10
MAX_STANCE_WORDS = 25

_NOT_PASSIVE = r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
_STANCE_VERB = re.compile(
    r"(?<![\w'’-])(?:"
    r"(?:(?:is|are|was|were|(?:has|have|had)\s+been)\s+)(?:urging|calling\s+(?:for|on)|opposing|planning\s+to|"
    r"seeking|hoping\s+(?:to|for)|pushing\s+for|pressing\s+for|prioriti[sz]ing|demanding|threatening|"
    r"refusing\s+to|aiming\s+(?:to|for)|expected\s+to|committed\s+to|determined\s+to|ready\s+to|prepared\s+to)"
    rf"|{_NOT_PASSIVE}(?:(?:has|have|had)\s+)?(?:urged|called\s+(?:for|on)|opposed|planned\s+to|sought|pledged|"
    r"warned|vowed|hoped\s+(?:to|for)|intended\s+to|demanded|insisted|rejected|supported|backed|refused\s+to|"
    r"proposed|threatened|promised|prioriti[sz]ed|indicated|aimed\s+(?:to|for)|wanted\s+to)"
    r"|(?:aims?\s+(?:to|for)|wants?\s+to|wants|urges?|calls?\s+(?:for|on)|opposes?|plans?\s+to|seeks?|"
    r"pledges?|warns|vows?|hopes?\s+(?:to|for)|intends?\s+to|demands|insists|rejects|supports|backs|"
    r"refuses\s+to|proposes|threatens|promises|prioriti[sz]es|pushes\s+for|will|won't|must|cannot|can't|"
    r"(?P<modal>would|could))"
    r")(?![\w'’-])",
)
_SAID_AFTER_CLAUSE = re.compile(r",\s+((?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s+(?:said|says|told|added)\b")
_PASSIVE_AFTER = re.compile(r"\s+(?:not\s+)?(?:be|have\s+been)\s+[a-z]+(?:ed|en|wn|ld|lt|ut|id)\b")
_SUBORDINATE = re.compile(r"(?:Although|Though|While|Whereas|If|Unless|As|When|Because|Since|After|Before|Once)\b")
_PREPOSITIONS = frozenset("in at on with from to for by of against into like including about over under than".split())
#: nouns that stand for a country's or an organisation's leadership: "Japan's government"
_INSTITUTIONS = frozenset(
    "government administration ministry cabinet leadership parliament president prime minister officials "
    "delegation negotiators team".split()
)
#: people around a person who speak for them: "Jack Smith's office proposed"
_ENTOURAGE = frozenset("office campaign team lawyers lawyer attorneys attorney spokesman spokeswoman spokesperson".split())
#: the plural people an organisation acts through: "Exxon Mobil executives pledged"
_GROUP_HEADS = frozenset("executives officials leaders bosses chiefs negotiators representatives ministers".split())
_POSSESSIVE_NAME = re.compile(rf"({RUN.pattern})['’]s\b")
_POSSESSIVE_PRONOUN = re.compile(r"^(?:his|her|their)\s+(\w+)$", re.IGNORECASE)
_CUT = re.compile(
    r"(?:;|\s[—–]\s|\s--\s|,\s+(?:according\s+to|which|who|whose|as\s+well\s+as|including|"
    r"(?:[\w'’.-]+\s+){0,4}?(?:said|says|told|added|announced|reported)\b))",
    re.IGNORECASE,
)
_DANGLING = frozenset("and or but to of the a an in on at for with that by from as".split())
_QUOTE_MARKS = re.compile(r"[\"“”«»„]|(?<![\w])['‘’]|['‘’](?![\w])")
_STOPWORDS = frozenset(
    """the a an and or but of in on at to for from with by as is are was were be been has have had will would
    could should may might can its it his her their our this that these those after before over under into
    about says said say new more than not no amid ahead next week year years day days first last""".split()
)


@dataclass(frozen=True)
class PositionMention:
    """One actor's stance as one article states it; `rank` is the sentence's place in the article."""

    actor: str
    stance: str
    person: str | None
    country: str | None
    rank: int


def find_positions(analysis: Analysis) -> list[PositionMention]:
    """Stances stated in the lead sentences of one analysed article, at most one per actor."""
    resolver = SpeakerResolver(analysis)
    masked = analysis.masked
    found: dict[str, PositionMention] = {}
    for rank, (start, end) in enumerate(analysis.sentences[:LEAD_SENTENCES]):
        for verb in _STANCE_VERB.finditer(masked, start, end):
            mention = _position_at(analysis, resolver, start, end, verb.span(), rank, modal=bool(verb.group("modal")))
            if mention is not None:
                found.setdefault(mention.actor, mention)
                break
    return list(found.values())


def _position_at(
    analysis: Analysis,
    resolver: SpeakerResolver,
    start: int,
    end: int,
    verb: tuple[int, int],
    rank: int,
    *,
    modal: bool,
) -> PositionMention | None:
    masked = analysis.masked
    verb_at, verb_end = verb
    subject = subject_before(masked, start, verb_at)
    if subject is None:
        return None
    phrase, at = subject
    preceding = masked[max(start, at - 12) : at].split()
    if preceding and preceding[-1].lower() in _PREPOSITIONS:
        return None  # "has been in the U.S. seeking ...": an object, not the subject
    actor = _actor(analysis, resolver, phrase, at, start)
    if actor is None or (modal and actor[1] and not actor[0]):
        return None  # "X could see the force in ...": a person's "could" is no position
    if _PASSIVE_AFTER.match(masked, verb_end):
        return None  # "Sandusky will be sentenced": done to the actor, not wanted by it
    country, person = actor
    if country and not person:
        # "Germany will raise spending, Chancellor Friedrich Merz told parliament."
        after = _SAID_AFTER_CLAUSE.search(masked, verb_end, end)
        speaker = resolver.resolve(after.group(1), after.start(1)) if after else None
        person = speaker if speaker in analysis.names.people else None
    clause = analysis.text[verb_at:end]
    if _SUBORDINATE.match(masked, start):
        clause = clause.split(",")[0]  # "Although Sandusky intends to appeal, ...": the clause only
    stance = stance_clause(clause)
    if not stance:
        return None
    label = actor_label(country, person)
    return PositionMention(label, stance, person, country, rank) if label else None


def actor_label(country: str | None, person: str | None) -> str:
    """ "Japan (Shigeru Ishiba)", or just the person or the country."""
    if country and person:
        return f"{country} ({person})"
    return person or country or ""


def _actor(
    analysis: Analysis, resolver: SpeakerResolver, phrase: str, at: int, start: int
) -> tuple[str | None, str | None] | None:
    """(country, person) of a subject phrase; an organisation counts as a country-level actor."""
    names = analysis.names
    words = phrase.split()
    low = phrase.lower()
    if low == "it":
        first = RUN.match(analysis.masked, start)
        owner = _organisation(first.group()) if first else None
        return (owner, None) if owner else None
    possessive = _POSSESSIVE_PRONOUN.match(phrase)
    if possessive and possessive.group(1).lower() in _INSTITUTIONS:
        sayer = _sayer(analysis, resolver, start, at)
        return (names.country_of_person(sayer), sayer) if sayer else None
    possessive_name = _POSSESSIVE_NAME.search(phrase)
    if possessive_name and words[-1].lower() in _INSTITUTIONS | _ENTOURAGE:
        owner_run = possessive_name.group(1)
        owner = country_name(owner_run)
        if owner:
            return owner, _sayer(analysis, resolver, start, at)
        owner_person = names.full_name(name_parts(owner_run)[1])
        if owner_person in names.people:
            return names.country_of_person(owner_person), owner_person  # "Jack Smith's office proposed"
        organisation = _organisation(owner_run) if is_org_or_place(owner_run) else None
        return (organisation, None) if organisation else None
    if low in ("he", "she"):
        person = resolver.antecedent(at, low)
        if person is None or person not in names.people:
            return None  # no one, a guess (BLOCKED), or someone the article does not name
        return names.country_of_person(person), person
    runs = list(RUN.finditer(phrase))
    if not runs:
        return None
    name = name_parts(runs[-1].group())[1]
    if not name:
        return None
    country = country_name(name)
    if country:
        return country, _sayer(analysis, resolver, start, at)
    if runs[-1].end() < len(phrase):
        # "Exxon Mobil executives pledged": an organisation speaking through its people
        if words[-1].lower() in _GROUP_HEADS:
            organisation = _organisation(name)
            return (organisation, None) if organisation else None
        return None
    if is_org_or_place(name):
        organisation = _organisation(name)
        return (organisation, None) if organisation else None
    person = names.full_name(name)
    if person not in names.people:
        return None
    return names.country_of_person(person), person


def _organisation(name: str) -> str | None:
    title, core = name_parts(name)
    core = core or title
    if not core or core.lower() in _STOPWORDS:
        return None
    return COUNTRIES.get(core, core)


def _sayer(analysis: Analysis, resolver: SpeakerResolver, start: int, before: int) -> str | None:
    """The person whose reported speech holds the clause: "Ishiba said Thursday that Japan aims ..."."""
    masked = analysis.masked
    for verb in reversed(list(SAY_VERB.finditer(masked, start, before))):
        subject = subject_before(masked, start, verb.start())
        if subject is None:
            continue
        person = resolver.resolve(*subject)
        if person and person in analysis.names.people:
            return person
    return None


def stance_clause(text: str) -> str:
    """The clause from the stance verb on, cut at a clause break and to MAX_STANCE_WORDS words."""
    cut = _CUT.search(text)
    clause = text[: cut.start()] if cut else text
    clause = _QUOTE_MARKS.sub("", clause)
    words = clause.split()
    if len(words) > MAX_STANCE_WORDS:
        head = " ".join(words[:MAX_STANCE_WORDS])
        comma = head.rfind(",")
        words = (head[:comma] if comma > len(head) // 2 else head).split()
        while words and words[-1].lower() in _DANGLING:
            words.pop()
    return " ".join(words).rstrip(" ,;:.—–-")


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][a-z0-9'’-]+", text.lower()) if len(w) > 2 and w not in _STOPWORDS}


def headline(title: str | None, analysis: Analysis) -> str:
    """An article's title, or its lead sentence (cut to 30 words) when it has none."""
    if title and title.strip():
        return " ".join(title.split())
    if not analysis.sentences:
        return ""
    start, end = analysis.sentences[0]
    words = analysis.text[start:end].split()
    return " ".join(words[:30]) + ("…" if len(words) > 30 else "")


def summary_bullets(headlines: Sequence[str], leads: Sequence[str], *, low: int = 3, high: int = 7) -> list[str]:
    """3 to 7 bullets: headlines ranked by how many other articles share their words, no repeats.

    `leads[i]` is article i's lead sentence, used to fill up to `low` bullets when the day
    has fewer distinct headlines than that.
    """
    words = [_content_words(h) for h in headlines]
    frequency = Counter(w for ws in words for w in ws)
    common = len(headlines) // 2 if len(headlines) >= 10 else len(headlines) + 1

    def coverage(i: int) -> float:
        shared = [frequency[w] - 1 for w in words[i] if frequency[w] <= common]
        return sum(shared) / (len(words[i]) or 1)

    order = sorted(range(len(headlines)), key=lambda i: (-coverage(i), i))
    bullets: list[str] = []
    chosen: list[set[str]] = []
    for i in order:
        if not headlines[i] or any(_same_story(words[i], other) for other in chosen):
            continue
        bullets.append(headlines[i])
        chosen.append(words[i])
        if len(bullets) == high:
            return bullets
    for i in order:
        if len(bullets) >= low:
            break
        lead = leads[i] if i < len(leads) else ""
        if lead and lead not in bullets and not any(lead in b for b in bullets):
            bullets.append(lead)
    return bullets


def _same_story(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) >= 0.8 * min(len(a), len(b))
