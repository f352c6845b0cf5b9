"""The event a deadline names: the words around its time phrase cut into a short label
("talks resume", "Senate vote on the bill"), from the clause's subject and verb or the
noun phrase the phrase hangs on; at most MAX_EVENT_WORDS words.
"""

from __future__ import annotations

import re

from .time_phrases import (
    ADVERBS,
    BARE_EVENT,
    COORDINATED,
    DETERMINERS,
    EVENT_VERBS,
    NOT_PAST_ED,
    PARTICIPLE,
    POSSESSIVE,
    PREP,
    PRESENT_SCHEDULED,
    PRONOUNS,
    STOP_WORDS,
    TIME_PHRASE,
    bare_word,
    has_plural_subject,
    last_match,
    lower_same_length,
)

MAX_EVENT_WORDS = 12
_AFTER_DATE_HEADING = re.compile(r"\s*[:\u2013\u2014]\s*(\S.*)", re.DOTALL)
"""A schedule line that opens with its date: "September 6: Parliament dissolves"."""
_OPENS_WITH_PREP = re.compile(rf"(?:{PREP})\s", re.IGNORECASE)
_AFTER_BARE_DATE = re.compile(r"\s+([a-z][^,;:.!?]*[^\s,;:.!?])\s*[.]?\s*$")
_ITEM_BEFORE_PARENTHESIS = re.compile(r"(?:^|[;,(]|\band\b|\bagainst\b)\s*([^;,()]{3,60}?)\s*\(\s*$")
"""The item a parenthesised date belongs to: "...; fourth meeting (" -> "fourth meeting"."""
_DROPPED_DETERMINERS = frozenset("a an the its their his her our my your".split())
_COPULAS = frozenset("is are was were be been am".split())
_BEFORE_CUE = _COPULAS | {"that", "which", "who", "", "has", "have", "had", "will", "would"}
_NP_PREPS = frozenset("of in with on over against between among at".split())
_LIGHT_VERBS = frozenset(
    "hold have conduct attend stage convene begin start resume open join schedule scheduled plan "
    "planned call called set organise organize chair kick".split()
)
# The event patterns below run on lower-cased clauses.
_PASSIVE_EVENT = re.compile(
    r"\b(?:(?:to|will|is\s+to|are\s+to|(?:is|are)\s+(?:set|expected|scheduled|due)\s+to)\s+be\s+"
    r"(?:held|hosted|staged|convened|played|organi[sz]ed)"
    r"|(?:(?:is|are|was|were)\s+)?(?:(?:set|scheduled|slated|due|expected|planned)\s+)?to\s+take\s+place"
    r"|will\s+take\s+place|takes\s+place"
    r"|(?:is|are)\s+(?:scheduled|slated|planned|set)(?:\s+for)?(?!\s+to\b)"
    r"|(?:(?:has|have|had)(?:\s+now)?\s+been|(?:is|are|was|were)(?:\s+now)?)\s+(?:confirmed|rescheduled|moved|fixed)"
    r"|(?<!has\s)(?<!have\s)(?<!had\s)(?:due|expected|scheduled|slated|planned)(?!\s+to\b))\b"
)
_AUXILIARY = re.compile(
    rf"\b(?:will|would|shall|can|could|may|might|must|should|(?<=\w)['\u2019]ll"
    r"|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|slated|poised|likely|going|planning|aiming|hoping"
    r"|preparing)\s+to"
    r"|(?:plans|aims|intends|hopes|wants|seeks|needs|need|has|have)\s+to|(?:is|are)\s+to"
    r"|set\s+to|expected\s+to|due\s+to"
    rf"|to(?=\s+(?:{EVENT_VERBS})\b)){ADVERBS}(?=\s)"
)
_PRESENT_EVENT = re.compile(rf"\b(?:{PRESENT_SCHEDULED})\b")
_SCHEDULED = re.compile(r"\b(?:has|have|had)?\s*(?:scheduled|planned|called|set|slated|announced)\b")
_GERUND = re.compile(r"\b(?:of|for|by|on|about|toward|towards|after|before)\s+([a-z]+ing)\b")
_ASIDE = re.compile(
    r",\s*(?:if|unless|when|as|while|which|who|(?-i:(?:[a-z]+ly\s+)?[a-z]+ed))\b[^,]{0,80},", re.IGNORECASE
)  # ", if not extended,", ", which began on Monday,", ", originally planned for May,"
_CLAUSE_RIGHT = re.compile(
    r"[;:\u2014\u2013()\"\u201c\u201d]|,(?!\d{3}\b)|\s-\s"
    r"|\b(?:unless|if|because|although|though|while|whereas|after|before|as|when|so\s+that"
    r"|but|and|or|setting|adding|saying|including|until|till)\b"
)
_EVENT_CLAUSE_LEFT = re.compile(
    r"[;:\u2014\u2013(\"\u201c\u201d]|\s-\s|,\s+(?:with|and|but|while)\b"
    r"|(?<!be )(?<!to )(?<!been )(?<!will )\b(?:said|says|told\s+\w+|added|adding|saying|announced|noted|warned|stated)"
    r"(?:(?:\s+[\w'\u2019]+){0,3}?\s+that)?\b"
    r"|\b(?:if|unless|whether|because|although|though|while|whereas|when|after|before|as|once|so\s+that)\b"
)
_ONE_PARTICIPLE = re.compile(PARTICIPLE)
_STATE_CUES = frozenset("due expected scheduled slated planned".split())
_VERB_BEFORE = re.compile(r"(?:\bto\s+([a-z]+)|\b([a-z]+ed))\s+$")
_LOCATION = re.compile(r"^\s*((?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})")
_CUT_POINTS = re.compile(r"\s(?:to|that|which|who|whether|of\s+what|so|because|in\s+order\s+to)\s", re.IGNORECASE)
_EDGE_WORDS = frozenset(
    "a an the and or but to of in on at for with by from as that which who whether is are even including until".split()
)


_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?!.*\bfollowed\s+by\b)")
"""The last "followed by" before a phrase: what follows it is the next step of a schedule."""


def event_label(sentence: str, start: int, end: int, earlier: str) -> str:
    """A short noun or verb phrase for what happens at the phrase: never empty."""
    heading = _AFTER_DATE_HEADING.match(sentence, end) or _AFTER_BARE_DATE.match(sentence, end)
    if heading and not sentence[:start].strip(" -\u2022*\t\n") and not _OPENS_WITH_PREP.match(sentence, start):
        return _tidy(heading.group(1))  # "September 6: Parliament dissolves", "November 12 last day for ..."
    item = _ITEM_BEFORE_PARENTHESIS.search(sentence, 0, start)
    if item:  # "fourth meeting (October 1, 3 and 4)", "the winner of Group B (November 5 in Dubai)"
        return _tidy(item.group(1))
    masked = sentence[:start] + " " * (end - start) + sentence[end:]
    masked = _ASIDE.sub(lambda m: " " * len(m.group()), masked)
    found = last_match(_EVENT_CLAUSE_LEFT, lower_same_length(masked[:start]))
    left = found.end() if found else 0
    if not masked[left:start].strip(" ,"):  # "On Tuesday, Oct. 18, and Thursday, Oct. 20, a service will ..."
        skip = _after_dates(masked, end)
        masked = masked[:end] + " " * (skip - end) + masked[skip:]
    lower = lower_same_length(masked)
    right = _event_clause_end(lower, start, end, left)
    clause = masked[left:right]
    at = start - left
    possessive = POSSESSIVE.match(masked, end)
    if possessive:  # "ahead of Sunday's summit in Ottawa"
        event = _noun_phrase(masked[possessive.end() : right])
        if event:
            return _tidy(event)
    if not clause[:at].strip(" ,"):  # "On Friday, the court will hear ...": read past the phrase
        at = len(clause)
    followed = _FOLLOWED_BY.search(clause, 0, at)
    if followed and clause[followed.end() : at].strip(" ,"):  # "..., followed by grades K-3 on Nov. 2"
        return _tidy(clause[followed.end() : at])
    event = _from_cue(clause, lower[left:right], at, earlier) or _object_before(clause, at)
    if not event:
        event = " ".join(clause.split())
    return _tidy(event) or _tidy(" ".join(sentence[:start].split()[-MAX_EVENT_WORDS:])) or "event"


def _after_dates(text: str, position: int) -> int:
    """Where the run of time phrases joined by commas and "and" that starts at `position` ends."""
    while True:
        joint = COORDINATED.match(text, position)
        following = TIME_PHRASE.match(text, joint.end() if joint else position)
        if following is None:
            return position
        position = following.end()


def _event_clause_end(masked: str, start: int, end: int, left: int) -> int:
    """Where the clause holding the phrase ends: the next comma, quote or conjunction."""
    opening = not masked[left:start].strip(" ,")
    for match in _CLAUSE_RIGHT.finditer(masked, end):
        if opening and match.group() == "," and not masked[end : match.start()].strip():
            continue  # "On Friday, the court will ...": the comma closes the phrase, not the clause
        return match.start()
    return len(masked)


def _from_cue(clause: str, lower: str, at: int, earlier: str) -> str | None:
    """Event from the clause's verb: 'summit to be held in Canada', 'X would expire', 'hold talks'."""
    before = lower[:at]
    passive = last_match(_PASSIVE_EVENT, before) or last_match(_PASSIVE_EVENT, lower)
    if passive:
        subject = _noun_before(clause, passive.start(), skip_relative=True)
        if subject:
            if passive.group() in _STATE_CUES:  # "results expected", "elections due"
                if clause[passive.end() : at].strip():
                    return None  # "next week's planned statement": an adjective, not the verb
                return f"{subject} {passive.group()}"
            location = _LOCATION.match(clause[passive.end() :])
            return subject + (" " + location.group(1) if location else "")
    gerund = last_match(_GERUND, before)
    auxiliary = last_match(_AUXILIARY, before)
    if gerund and (auxiliary is None or gerund.start() > auxiliary.end()):
        return f"{gerund.group(1)} {clause[gerund.end() :]}"  # "sealing an agreement"
    if auxiliary:
        rest = clause[auxiliary.end() :]
        words = rest.split()
        if not words:
            return None
        subject = _noun_before(clause, auxiliary.start(), skip_relative=True)
        if auxiliary.group().endswith(" be") and not _ONE_PARTICIPLE.fullmatch(bare_word(words[0])):
            return f"{subject or ''} {rest}"  # "a 15-minute service will be in operation"
        return _verb_event(words[0], " ".join(words[1:]), subject, earlier)
    present = last_match(_PRESENT_EVENT, before) or last_match(_PRESENT_EVENT, lower)
    if present is None:  # "voters go to the polls"
        plural = [m for m in BARE_EVENT.finditer(lower) if has_plural_subject(clause, m.start())]
        present = next((m for m in reversed(plural) if m.end() <= at), plural[-1] if plural else None)
    if present:
        subject = _noun_before(clause, present.start(), skip_relative=True)
        subject = _fuller(subject, earlier) if subject else subject
        rest = " ".join(clause[present.end() :].split())
        return " ".join(filter(None, [subject, present.group(), rest]))
    scheduled = last_match(_SCHEDULED, before)
    if scheduled:
        obj = _noun_phrase(clause[scheduled.end() : at])
        subject = _noun_before(clause, scheduled.start(), skip_relative=True)
        if obj and subject and bare_word(subject.split()[0]) not in PRONOUNS:
            return f"{subject} {' '.join(scheduled.group().split())} {obj}"
        return obj
    return None


def _object_before(clause: str, at: int) -> str | None:
    """The noun phrase the time phrase hangs on, with its verb when it is an infinitive:
    'complete the acquisition (by the end of the year)'."""
    noun = _noun_before(clause, at)
    if noun is None:
        return None
    head = clause[:at].rstrip(" ,")
    verb = _VERB_BEFORE.search(head[: len(head) - len(noun)]) if head.endswith(noun) else None
    if verb is None or verb.group(2) and verb.group(2).casefold() in NOT_PAST_ED:
        return noun
    return f"{verb.group(1) or verb.group(2)} {noun}"


def _verb_event(verb: str, rest: str, subject: str | None, earlier: str) -> str:
    """'will hold another round of talks' -> 'another round of talks'; 'the pause would expire'
    -> 'pause expires'; with a pronoun subject, the verb phrase alone."""
    bare = bare_word(verb)
    if bare in _LIGHT_VERBS:
        obj = _noun_phrase(rest)
        if obj and bare_word(obj.split()[0]) not in _NP_PREPS | STOP_WORDS:
            return obj
    if subject and bare_word(subject.split()[0]) not in PRONOUNS:
        subject = _fuller(subject, earlier)
        if _ONE_PARTICIPLE.fullmatch(bare) or bare in DETERMINERS:  # "would be presented": "budget presented"
            return f"{subject} {bare} {rest}"
        return f"{subject} {_inflect(bare, _plural(subject))} {rest}"
    return f"{bare} {rest}"


def _noun_phrase(text: str) -> str | None:
    """The object noun phrase at the start of `text`, up to a verb or clause word."""
    out: list[str] = []
    for word in text.split():
        bare = bare_word(word)
        if out and (bare in STOP_WORDS or bare in PRONOUNS and bare not in DETERMINERS):
            break
        if not bare:
            continue
        out.append(word)
        if word.endswith((",", ";", ":")):
            break
    phrase = " ".join(out)
    return phrase or None


_ING_NOUNS = frozenset(
    "meeting meetings hearing hearings briefing briefings sitting screening opening closing reading ruling signing "
    "launching swearing-in building morning evening offering listing filing wedding training ending beginning "
    "gathering polling voting trading landing crossing funding spending pricing".split()
)
"""Words in "-ing" that name a thing, not an action: "the second meeting (will be held)"."""


def _noun_before(clause: str, at: int, *, skip_relative: bool = False) -> str | None:
    """The noun phrase that ends just before `at`: walk back over nouns, adjectives and
    'of'/'in'/'with' links, stopping at a determiner (unless it opens a name such as
    'the United States' after 'with') or at anything verb-like."""
    words = clause[:at].split()
    if skip_relative:
        while words and bare_word(words[-1]) in _BEFORE_CUE:
            words.pop()
    out: list[str] = []
    index = len(words) - 1
    while index >= 0 and len(out) < 10:
        word = words[index]
        bare = bare_word(word)
        if out and word.endswith((",", ";", ":")):
            break
        if bare in DETERMINERS:
            out.insert(0, word)
            names_only = all(w[:1].isupper() or bare_word(w) == "of" for w in out[1:])
            if index > 0 and bare_word(words[index - 1]) in _NP_PREPS and names_only:
                out.insert(0, words[index - 1])
                index -= 2
                continue
            break
        if bare in _NP_PREPS:
            if not out:
                break
            out.insert(0, word)
            index -= 1
            continue
        if bare == "and" and out and index > 0 and bare_word(words[index - 1]) not in STOP_WORDS | DETERMINERS:
            out.insert(0, word)  # "bus and light-rail drivers"
            index -= 1
            continue
        if bare in STOP_WORDS or bare in PRONOUNS:
            if bare in _COPULAS and len(out) == 1 and out[0].islower():
                return None  # "are ready to meet": an adjective, not a subject
            break
        verb_ing = bare.endswith("ing") and bare not in _ING_NOUNS and not word[:1].isupper()
        if verb_ing and index > 0 and bare_word(words[index - 1]) not in DETERMINERS:
            if out:
                out.insert(0, word)
            break
        if bare.endswith("ed") and bare not in NOT_PAST_ED and not word[:1].isupper():
            break
        out.insert(0, word)
        index -= 1
    while out and bare_word(out[0]) in _NP_PREPS:
        out.pop(0)
    phrase = " ".join(out).strip(" ,")
    return phrase or None


def _fuller(subject: str, earlier: str) -> str:
    """'The pause' -> the fuller earlier mention, 'current 90-day pause on ... tariffs'."""
    words = subject.split()
    if len(words) != 2 or bare_word(words[0]) not in ("the", "this") or not earlier:
        return subject
    head = bare_word(words[1])
    at = earlier.casefold().rfind(f" {head} ")
    if at == -1:
        return subject
    premods: list[str] = []
    for word in reversed(earlier[max(0, at - 80) : at].split()[-3:]):
        bare = bare_word(word)
        if bare in DETERMINERS or bare in STOP_WORDS or bare in PRONOUNS or word.endswith((",", ".")):
            break
        premods.insert(0, word)
    tail: list[str] = []
    rest = earlier[at + len(head) + 2 : at + len(head) + 160].split()[:8]
    if rest and bare_word(rest[0]) in ("on", "of", "for", "over", "against"):
        for word in rest:
            bare = bare_word(word)
            if tail and (bare in STOP_WORDS or bare in ("if", "that", "which", "who")):
                break
            tail.append(word)
            if word.endswith((",", ".", ";")):
                break
    return " ".join([*premods, words[1], *tail]).strip(" ,.")


def _plural(subject: str) -> bool:
    """Whether a subject takes 'walk' rather than 'walks': its head noun is the last word
    before any preposition."""
    words = subject.split()
    while words and bare_word(words[0]) in DETERMINERS:
        words.pop(0)
    if not words:
        return False
    if "and" in words:  # "the union and the authority" yes, "a bus and rail strike" no
        joint = words.index("and")
        if joint >= len(words) - joint - 1:
            return True
    head_words = next((words[:i] for i, w in enumerate(words) if bare_word(w) in _NP_PREPS and i), words)
    head = bare_word(head_words[-1])
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "\u2019s"))


def _inflect(verb: str, plural: bool) -> str:
    if plural:
        return verb
    irregular = {"have": "has", "be": "is", "do": "does", "go": "goes"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _tidy(event: str) -> str:
    """Drop leading determiners, dangling edge words and punctuation; at most MAX_EVENT_WORDS words."""
    words = event.replace("\u201c", '"').replace("\u201d", '"').split()
    if len(words) > MAX_EVENT_WORDS:
        text = " ".join(words)
        cuts = [m.start() for m in _CUT_POINTS.finditer(text) if 3 <= len(text[: m.start()].split()) <= MAX_EVENT_WORDS]
        words = text[: cuts[0]].split() if cuts else words[:MAX_EVENT_WORDS]  # "board meets| to decide whether ..."
    while words and (bare_word(words[0]) in _DROPPED_DETERMINERS or bare_word(words[0]) in ("", "and", "but", "or", "then")):
        words.pop(0)
    while words and (bare_word(words[-1]) in _EDGE_WORDS or not bare_word(words[-1])):
        words.pop()
    text = " ".join(words).strip(" ,;:-!?")
    if text.endswith(".") and "." not in text.rsplit(" ", 1)[-1][:-1]:
        text = text[:-1]
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text
