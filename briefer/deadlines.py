"""Upcoming dated events in article text, found by rules: the extractive engine's deadlines.

`find_deadlines(text, published)` finds the time phrases of each sentence, keeps those the
sentence puts after publication, resolves them with `briefer.dates.resolve` and names the
event from the words around the phrase. Whether a phrase is upcoming, first rule that applies:

1. Past by its own words: "last month", "earlier this week", "two weeks ago", "since May",
   "the original 23 November date", a date in a dateline ("WASHINGTON, July 18 (AP) -"),
   an event that was moved away ("pushed back next week's statement until ..."), a plan in the
   past perfect ("which had been set to expire at the end of June"), and a span
   measured back from a superlative, "first" or a negated perfect ("the first referendum in
   24 years", "the worst storm in 50 years", "hasn't won in three weeks").
2. The date of a report, not of an event: a reporting verb just before the phrase ("said
   Thursday", "told reporters in Brussels on Tuesday", "according to a filing Wednesday").
3. Inside an "if"/"unless" clause: a hypothetical, skipped; so is "until" after a negated noun
   ("no election until 2020": nothing is scheduled then).
4. Upcoming by its own words: "next ...", "tomorrow", "later this week", "in the coming days",
   "ahead of Sunday's summit".
5. The nearest verb cue before it in its clause (up to 15 words) decides. Future cues ("will",
   "would", "is expected to", "to be held", "set to", modals, the present of verbs for
   scheduled events: "City plays United", "the court hears", "voters go to the polls") and
   scheduling verbs even in the past tense ("set a hearing for Aug. 28", "proposed a March 4
   trial date", "has been confirmed for Sunday") make it upcoming; past cues ("met", "was",
   "said", other "-ed" verbs) make it past. A clause opened by "after"/"before"/"when"/
   "following" borrows the cue of the clause it hangs on; a phrase that opens its clause
   ("On Friday, the court will ...") looks forward. A bare "is"/"are" is a weak cue: it does
   not make "after a stabbing on Friday night" upcoming, nor a weekday that was also
   yesterday or the day before ("police are appealing for witnesses to a crash on Friday
   night" in Saturday's paper) unless it governs the date itself ("the vote is on Friday").
   A weekday in the possessive ("Friday night's shoot-out") is an event already held unless
   a future cue before it or "ahead of"/"before"/"for" looks forward to it, or it is at most
   three days off and its clause is not past ("Sunday's vote is seen as a test" on a Thursday,
   not "Monday's announcement is expected to lift sales"). The publication day's own weekday
   is today: upcoming only with a future verb, not with a bare copula ("protesters are seen
   outside parliament on Wednesday"), nor with a plural present, which with today's or
   yesterday's weekday is a caption ("Protesters gather outside parliament on Thursday").
   Obligations ("must surrender Monday", "ordered X, who was convicted on Friday, to surrender ...
   on Monday": the infinitive is the nearer verb) and extensions
   ("extended the ban until July 31") are future cues.
6. No cue: "by"/"until"/"before"/"starting" phrases are deadlines, and so is a calendar date
   ("Dec. 11", "March 2024") that lies after publication; other phrases are skipped.

A phrase joined to the one before by "and" or a comma ("on October 22 and November 6")
shares its verdict and its event; joined by "or", the two make one range ("on Monday or on
Tuesday"), as "on Saturday or Sunday" is. Such alternatives give way to a later mention that
settles them ("... has now been confirmed for Sunday"). A start and an end ("begin on June 7
and end on July 2") make one range too. Named holidays are dates ("by
Easter", "over Thanksgiving weekend"); a holiday given as the occasion ("break up for
Christmas on Dec. 19") yields to the date beside it. Anything that ended before publication
is dropped.

Speed: most text holds no time phrase. Anchor words ("day", "week", month names, years) are
found with str.find, sentence bounds are worked out only around them, and the phrase pattern
is tried only at the few word starts before each anchor. dateparser is reached only for
numeric dates such as "7/4/2025".

The event's label comes from `deadline_events`; the patterns and word lists from
`time_phrases`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from .dates import NUMBER_WORDS, WEEKDAYS, Span, add_months, resolve
from .deadline_events import event_label
from .time_phrases import (
    ADVERBS,
    BARE_EVENT,
    CLOCK,
    COORDINATED,
    CORE,
    EVENT_VERBS,
    HOLIDAY,
    HOLIDAY_NAME,
    MONTH,
    NEEDS_PREP,
    NOT_PAST_ED,
    PARTICIPLE,
    POSSESSIVE,
    PREP,
    PRESENT_SCHEDULED,
    STOP_WORDS,
    TIME_PHRASE,
    TOD,
    UNIT,
    WEEKDAY,
    bare_word,
    has_plural_subject,
    last_match,
    lower_same_length,
)

CUE_WINDOW_WORDS = 15


@dataclass(frozen=True)
class DeadlineMention:
    """One upcoming dated event: what happens, the phrase as written, and when."""

    event: str
    phrase: str
    start: dt.date
    end: dt.date
    sentence: str


# "from Sunday| to Tuesday", "late June| or early July", "begin on June 7| and end on July 2"; a
# bare "and" makes a range only after "between".
_TAIL = re.compile(
    r"\s*(?P<sep>,?\s*(?:and\s+)?(?:(?:will|would)\s+)?(?:(?:end|ends|finish|finishes|close|closes|conclude|concludes|cease|ceases)"
    r"(?:\s+(?:on|by))?|(?:extend|extends|run|runs|last|lasts|continue|continues)\s+(?:through|until|till|to|into))"
    rf"|-|\u2013|to|through|until|till|and|or)\s+{CLOCK}(?:{CORE}|{NEEDS_PREP})",
    re.IGNORECASE,
)
_BEGAN_BEFORE = re.compile(r"\b(?:began|started|opened|commenced|kicked\s+off|got\s+under\s*way)\s+$", re.IGNORECASE)
_LASTING = re.compile(
    rf",?\s+for\s+(?:the\s+next\s+)?(?:\d+|{'|'.join(NUMBER_WORDS)})\s+(?:days?|nights?|weeks?|hours?)\b", re.IGNORECASE
)
"""How long an event runs from its day: "June 19 for two days"."""
_EXPLICIT = re.compile(rf"{MONTH}|\b(?:19|20)\d\d\b|\d/\d|{HOLIDAY_NAME}")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_ONLY = re.compile(MONTH)
_YEAR_OF_DATES = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:dates?|edition)\b"
    r"|\b(?:in|for)\s+((?:19|20)\d\d),"
)
"""A year the dates after it belong to: "The 2021 dates have been set for ...", "in 2021, on April 1"."""
_THIS_OR_NEXT = re.compile(r"\b(?:this|next)\b", re.IGNORECASE)

# Every time phrase holds one of these. str.find locates them several times faster than a
# regex over the whole text; the phrase pattern then runs only at the few word starts
# before each of them. A false anchor ("2025 sales", "fall" the verb) costs a failed match.
_ANCHOR_WORDS = (
    "day", "week", "month", "year", "night", "tomorrow", "hour",
    "spring", "summer", "autumn", "fall", "winter", "quarter", "half",
)  # fmt: skip
_CAPITAL_ANCHORS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    "Christmas", "Easter", "Thanksgiving", "Hallowe", "Juneteenth",
)  # fmt: skip
_NUMBER_ANCHORS = ("19", "20", "/", "1st", "2nd", "3rd", "th of")  # years, "7/4", "on the 1st"
_WORD = re.compile(r"\b\w+")
_STARTERS = frozenset(
    "on in at from by until till through before during since after for between over effective starting beginning "
    "as no not sometime around ahead prior within the this next last coming early earlier mid late later end start middle "
    "first second third fourth 1st 2nd 3rd 4th today tonight tomorrow yesterday year month week q1 q2 q3 q4 h1 h2 "
    "half spring summer autumn fall winter a an one two three four five six seven eight nine ten eleven twelve "
    "fifteen twenty thirty forty fifty sixty ninety several".split()
    # the first words of holiday names whose anchor is a later word ("Good Friday", "New Year's Eve")
    + "orthodox new good black cyber ash shrove maundy holy palm whit easter remembrance mothering guy bonfire "
    "pancake boxing independence labor memorial armistice columbus election canada bastille anzac may ascension "
    "veterans presidents president indigenous st saint valentine valentines mother mothers father fathers martin "
    "mlk christmas thanksgiving".split()
)
_COREFERENCE_REACH = 3000
_CLAUSE_REACH = 240
_LOOK_BEHIND = 48
_LOOK_AHEAD = 72
_BARE_WORDS = frozenset(
    "go head kick take square tip open close start end meet play face host begin resume return vote hear launch "
    "clash compete race arrive travel visit welcome fly sail land depart run reopen restart strike walk gather".split()
)  # the first words of _BARE_PRESENT
_COPULA = r"is|are|am|(?:it|that|there|he|she|what)['\u2019]s|(?:they|we|you)['\u2019]re"
_CUES = re.compile(
    rf"""
    (?P<future>
        \b(?:will|would|shall|wo|(?<=\w)['\u2019]ll
          |(?:is|are|was|were|am)\s+(?:expected|scheduled|set|due|slated|poised|likely|going|planning|aiming|hoping
            |preparing|about|ordered|required|summoned|directed|obliged)\s+to
          |(?:is|are|was|were)\s+to
          |(?:expected|expects?|scheduled|set|due|slated|poised|planning|plans|planned|aims|aiming|intends|hopes|seeks
            |wants|needs|need|has|have|had|ordered|required|summoned|directed|obliged)\s+to
          |upcoming|ahead\s+of|deadline|due
          |(?:postponed|delayed|pushed\s+back|rescheduled|moved|put\s+off|deferred|extended|brought\s+forward)
            (?=\s+(?:until|till|to|into|for|through)\b|(?:\s+[^\s,;.]+){{1,8}}?\s+(?:until|till|through)\b
               |(?:\s+[^\s,;.]+){{1,8}}?\s+to\s*$)
          |to\s+be
          |(?<!forced\s)(?<!able\s)(?<!compelled\s)to(?=\s+(?:{EVENT_VERBS})\b)
          |may|might|could|should|must|can
          |{_COPULA}
          |expects?|{PRESENT_SCHEDULED}
          |resume|reconvene|convene|begin|expire|tak(?:e|es|ing)\s+(?:effect|place)|get\s+underway
          |join\s+us|tune\s+in|sign\s+up
        )\b{ADVERBS}(?:\s+{PARTICIPLE})?
    )
    |(?P<schedule>
        \b(?:(?:has|have|had)\s+been\s+|(?:has|have|had|was|were|been|is|are)\s+)?(?:set|scheduled|rescheduled|proposed|proposing|planned
          |fixed|slated|targeted|targeting|sought|seeking|requested|ordered|recommended|suggested|booked|agreed
          |confirmed|pencilled\s+in|penciled\s+in|earmarked)\b
    )
    |(?P<past>
        \b(?:was|were|had|did|has\s+been|have\s+been|said|met|held|began|took|came|went|made|gave|got|left|ran|rose
          |fell|saw|won|lost|sent|spent|paid|bought|sold|told|thought|brought|kept|struck|became|broke|chose|drove
          |flew|grew|knew|led|meant|spoke|stood|wrote|withdrew|fought|caught|shook|ago|earlier(?!\s+than)|previously
          |(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!their\s)
           last(?=\s+(?:week|month|year|night|time|season|weekend|term|summer|winter|spring|autumn|fall|monday
            |tuesday|wednesday|thursday|friday|saturday|sunday)\b)|already)\b
    )
    |(?P<ed>\b[a-z]{{2,}}ed\b(?!-)(?!\s+(?:to|until|till|by)\b))
    |(?P<contracted>(?<![\w'\u2019])['\u2019]s(?=\s+(?:actually|also|just|really|still|now|the|a|an|going|set|due|only
        |finally|officially)\b))
    """,
    re.VERBOSE,
)
_DETERMINED = re.compile(r"\b(?:the|a|an|their|his|her|its|our|my|your|this|these|those)\s+$")
"""An '-ed' word after a determiner is an adjective: "their phased return", "the revised plan"."""
_COPULA_CUE = re.compile(rf"(?:{_COPULA})\b{ADVERBS}(?:\s+{PARTICIPLE})?")
"""A future cue that is only a copula ("is", "are being held"): see _cues."""
_REPORTING = re.compile(
    r"\b(?:said|says|told|added|announced|stated|noted|warned|confirmed|reported|wrote|tweeted|posted|disclosed"
    r"|revealed|showed|released|insisted|argued|acknowledged|according\s+to)\b((?:\s+[^\s,;:]+){0,4}?)\s*$"
)
_CLAUSE_LEFT = re.compile(
    r"[;:\u2014\u2013(\"\u201c\u201d]|\s-\s"
    r"|\b(?P<sub>if|unless|whether|because|although|though|while|whereas|when|after|before|as(?!\s+of\b)|once"
    r"|following(?<!the\sfollowing)(?!\s*$))\b"  # not "results following (on 21 August)"
    r"|\b(?:that|which|who)\b|\b(?P<report>said|says|told|added|adding|saying|announced|noted|warned)\b"
)
_CLAUSE_RIGHT_OF_PHRASE = re.compile(
    r"[,;:\"\u201c\u201d()]|\s[-\u2013\u2014]\s|\b(?:but|and|while|whereas)\b", re.IGNORECASE
)
_SCHEDULED_FOR = frozenset(("for", "to", "until", "till")) | {"by", "before", "ahead of", "no later than", "starting"}
_SOON_AFTER_PAST_VERB = dt.timedelta(days=45)
"""How far ahead a year-less day of the month after a past verb is still read as upcoming."""
_MODAL_SCHEDULING = re.compile(
    r"\b(?:will|would|could|can|might|shall|should)\s+(?:[a-z]+\s+){0,2}(?:set|fix|schedule|book|slate|plan)\b",
    re.IGNORECASE,
)
"""A scheduling verb that is itself ahead: "Will they set a strike date on Wednesday?"."""
_NEW_CLAUSE_AFTER_AND = re.compile(
    r"\band\s+(?:their|the|his|her|its|our|your|we|they|he|she)\s+[a-z]+\s+(?:need|must|will|should|have|has|are|is)\b"
)
"""Where an if-clause ends: "if they are eligible and their applications need to be in by ..."."""
_NEGATED = re.compile(r"n['\u2019]t\b|\bnot\b|\bno\b")
_OWN_VERB = re.compile(r"\s+(?:is|was|will|would|are|were)\b")
"""A second date with a verb of its own ("Sunday Oct. 9, and Monday Oct. 10 is Columbus Day"): its own clause."""
_AWAITED = re.compile(
    r"\b(?:until|till|ahead\s+of|pending|awaiting)\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:on|for|in)?\s*$",
    re.IGNORECASE,
)
"""An event awaited after a past verb: "remanded in custody until his sentencing on"."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+ed\b", re.IGNORECASE)
"""A present perfect: what it did still holds ("have closed their facility until Saturday")."""
_PASSIVE_PAST = re.compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b(?:\s+(?!until\b|till\b)\S+){0,4}\s+(?:on|in|at)\s*$"
)
"""A passive past verb governing the phrase: "was bashed to death on" (not "was adjourned until")."""
_DAY_OF_MONTH = re.compile(rf"{MONTH}\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}", re.IGNORECASE)
_NEIGHBOUR = dt.timedelta(days=60)
"""How far after a date already found upcoming a year-less date may lie and still be upcoming."""
_ROLLOVER_LIMIT = dt.timedelta(days=213)
"""A year-less date with no future verb counts as upcoming only within about seven months:
"on June 23" in a September story, "proposed it in March" in a June one, are past."""
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|to|will|would)\s+$")
_HYPOTHETICAL = frozenset(("if", "unless"))
_TEMPORAL = frozenset(("after", "before", "when", "as", "once", "while", "following"))
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)
_NOT_A_DATE_BEFORE = re.compile(r"\b(?:into|than|like|past|since|after|following|as\s+of)\s+$", re.IGNORECASE)
_NOTHING_UNTIL = re.compile(
    r"\b(?:no|(?:not|n['\u2019]t)\s+(?:be\s+)?any)\s+(?:[a-z-]+\s+){1,4}?"
    r"(?:(?:is|are|was|were|will\s+be|would\s+be|be)\s+)?(?:(?:due|expected|planned|scheduled|likely)\s+)?$"
)
_VERB_FOLLOWING = re.compile(r"\bfollowing\s+$", re.IGNORECASE)
"""Before a phrase with its own preposition, "following" is a verb: "GCSE results following on 21 August"."""
_THE_FOLLOWING = re.compile(r"\bthe\s+following\s+$", re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince(?:\s+\S+){0,3}\s*$", re.IGNORECASE)  # "since his conviction in June"
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?-i:original|originally|previous|previously|former|initial|initially|old)(?:\s+\S+)?\s+$"  # not "Old Christine"
    r"|\b(?:originally|previously|initially)\s+(?:\S+\s+){0,2}?(?:due|set|scheduled|planned|expected|slated|meant"
    r"|supposed|timetabled)\b(?:\s+\S+){0,3}\s+$",
    re.IGNORECASE,
)
_PLAN_OVERTAKEN = re.compile(
    r"\bhad\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:set|scheduled|due|expected|slated|planned|supposed|meant)\s+to"
    r"(?:\s+[^\s,;]+){1,5}?\s*$"
)
"""A plan in the past perfect ("which had been set to expire at the end of June") was overtaken."""
_MOVED_RANGE = re.compile(r"from\s+.+?\s+(?:to\s+(?P<to>.+)|(?P<until>(?:until|till)\s+.+))$", re.IGNORECASE | re.DOTALL)
"""A date moved "from X to Y": with a verb of moving before it, only Y still holds."""
_MOVED_AWAY = re.compile(
    r"\b(?:pushed\s+back|postponed|delayed|cancell?ed|called\s+off|scrapped|moved|rescheduled|extended|deferred"
    r"|brought\s+forward)\b"
)
_DATELINE_AFTER = re.compile(r"\s*(?:\)|\(|[-\u2013\u2014]\s)")
_CLAUSE_STOP = re.compile(r"[;:]")
_AS_THE_DATE = re.compile(r"\s+as\s+(?:the|this\s+year['\u2019]s|its|their|a)\s+(?:\w+\s+){0,2}?(?:date|day|deadline)\b", re.IGNORECASE)
_WISHED = re.compile(r"\b(?:wanted|had\s+wanted|advocated|lobbied|pushed\s+for)\b(?:\s+\S+){0,6}\s*$")
_LIST_ITEM = re.compile(r"[;(][^;()]{0,60}$")
"""The text of a list item before its date: "...; fourth meeting (" after a schedule's verb."""
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_AND_OR = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)
_FOR_HOLIDAY = re.compile(rf"for\s+{HOLIDAY}", re.IGNORECASE)
_SETTLING = re.compile(
    r"\b(?:confirm\w*|now|finally|final(?:ised|ized)|decided|decision|settled|chose|chosen|picked|fixed|agreed"
    r"|officially|definitely|go(?:es)?\s+ahead|went\s+ahead|set\s+(?:\S+\s+){0,3}?for)\b",
    re.IGNORECASE,
)
_PAST_WORDS = re.compile(r"\b(?:last|earlier|ago|yesterday|previous|past)\b", re.IGNORECASE)
_UPCOMING_WORDS = re.compile(r"\b(?:next|coming|tomorrow|later|from\s+now|upcoming|ahead\s+of)\b", re.IGNORECASE)
_SPAN_PHRASE = re.compile(rf"in\s+(?!the\s)(?:[^\s]+\s+){{0,6}}?{UNIT}", re.IGNORECASE)
_SPAN_MARKER = re.compile(
    r"\b(?:first|only|worst|most|least|never|[a-z]{3,}est"
    r"|(?:has|have|had|did|does|do)(?:n['\u2019]t|\s+not)|(?:hasn|haven|hadn|didn|doesn|don)['\u2019]t)\b"
)
_SPAN_GAP_WORDS = 8
_NOT_SUPERLATIVE = frozenset(
    "interest request protest forest test suggest west midwest northwest southwest honest dishonest modest arrest "
    "harvest invest guest contest digest manifest unrest quest nest rest chest vest pest crest conquest inquest "
    "behest attest detest bequest ingest congest divest molest earnest tempest priest fest everest budapest "
    "bucharest".split()
)
_WEEKDAY_NAME = re.compile(WEEKDAY)
_MONTH_NAMED = re.compile(MONTH, re.IGNORECASE)
_FROM = re.compile(r"from\s", re.IGNORECASE)
_UNTIL = re.compile(r"(?:until|till)\s", re.IGNORECASE)
_FIRM_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated|going)\s+to|to\s+be)\b|['\u2019]ll\b",
    re.IGNORECASE,
)
_WEEKDAY_ONLY = re.compile(
    rf"(?:{PREP}\s+)?{CLOCK}(?:(?:early|late)\s+(?:on\s+)?)?(?:bank\s+holiday\s+)?{WEEKDAY}{TOD}", re.IGNORECASE
)
_AHEAD_PREPS = frozenset(("before", "for", "until", "till", "by", "prior to"))
_POSSESSIVE_AHEAD = dt.timedelta(days=4)
"""Unless a future cue governs it, "Sunday's vote" is the coming one only when Sunday is at most
three days off: "Monday's announcement is expected to lift sales" on a Thursday is past."""
_YESTERDAY_AHEAD = dt.timedelta(days=5)
"""A bare weekday this far ahead is also the day before yesterday or yesterday: with only a
copula ("police are appealing for witnesses to a crash on Friday night") it is taken as past."""
_CAPTION_AHEAD = dt.timedelta(days=6)
"""A plural present ("Protesters gather ...") with yesterday's weekday, or today's, is a caption
of what happened, not a schedule."""
_DEADLINE_PREPS = frozenset(
    "by until till before ahead of no later than not later than as early as as soon as starting beginning "
    "effective".split()
)


def find_deadlines(text: str, published: dt.date) -> list[DeadlineMention]:
    """Upcoming dated events and deadlines in `text`, in text order."""
    anchors = _anchors(text)
    found: list[DeadlineMention] = []
    sentences = _Sentences(text)
    horizon = published  # the latest start found so far: see _plausible
    index = 0
    while index < len(anchors):
        begin, end = sentences.around(anchors[index])
        stop = max(bisect.bisect_left(anchors, end, index), index + 1)
        local = [at - begin for at in anchors[index:stop]]
        index = stop
        earlier = text[max(0, begin - _COREFERENCE_REACH) : begin]
        mentions = _sentence_deadlines(text[begin:end], local, earlier, published, horizon)
        horizon = max([horizon, *(m.start for m in mentions)])
        found.extend(mentions)
    return _settled(found)


def _settled(mentions: list[DeadlineMention]) -> list[DeadlineMention]:
    """Without the alternatives ("on Saturday or Sunday") that a later mention settles: "has now
    been confirmed for Sunday", or a later date for the same event inside the alternatives."""
    settled = list(mentions)
    dropped = set()
    for index, alternative in enumerate(mentions):
        if not _OR.search(alternative.phrase):
            continue
        words = _content_words(alternative.event)
        for at in range(index + 1, len(mentions)):
            later = settled[at]
            inside = alternative.start <= later.start <= later.end <= alternative.end
            narrower = (later.start, later.end) != (alternative.start, alternative.end)
            if (
                inside
                and narrower
                and not _OR.search(later.phrase)
                and (_SETTLING.search(later.sentence) or words & _content_words(later.event))
            ):
                dropped.add(index)
                if _PRONOUN_OBJECT.search(later.event):  # "confirmed it for Sunday": it is the match
                    settled[at] = replace(later, event=alternative.event)
                break
    return [mention for index, mention in enumerate(settled) if index not in dropped]


def _content_words(event: str) -> set[str]:
    return {word for word in map(bare_word, event.split()) if len(word) > 3 and word not in STOP_WORDS}


def _sentence_deadlines(
    sentence: str, anchors: list[int], earlier: str, published: dt.date, horizon: dt.date | None = None
) -> list[DeadlineMention]:
    found: list[DeadlineMention] = []
    previous: _Previous | None = None
    for match, tail_end in _phrases(sentence, anchors):
        start, end = match.span()
        if tail_end > end and resolve(sentence[start:tail_end], published):
            end = tail_end
        phrase = sentence[start:end].strip()
        moved = _MOVED_RANGE.match(phrase)
        moved = moved if moved and _MOVED_AWAY.search(lower_same_length(sentence[max(0, start - 80) : start])) else None
        event_at = start
        if moved:  # "extended the moratorium from June 30 until July 31": only the new date holds
            start += moved.start("to") if moved.group("to") else moved.start("until")
            phrase = sentence[start:end].strip()
        span = resolve(phrase, published)
        if span is None:
            continue
        joint = None
        if previous is not None and not _FOR_HOLIDAY.fullmatch(sentence, previous.start, previous.end):
            joint = COORDINATED.fullmatch(sentence, previous.end, start)
        prep = " ".join((match.group("prep") or match.group("prep2") or "").casefold().split())
        if joint is not None and prep in ("until", "till") and not _AND_OR.search(joint.group()):
            joint = None  # "set to expire at the end of June, until July 31": a new date, not a second one
        named_year = _named_year(sentence, start, phrase, span, published)
        following_year = named_year or _following_year(sentence, start, phrase, span, published)
        if previous is not None and joint is not None:
            event = previous.event  # "on October 22 and November 6": the same verdict and event
            if previous.kept and found and span[0] < found[-1].start and _WEEKDAY_ONLY.fullmatch(phrase):
                span = _weekday_after(span, found[-1].start)  # "next Monday and Tuesday": that week's Tuesday
            if previous.kept and following_year:  # "will be published on August 24 and August 27"
                span = following_year
            if previous.kept and (
                _OR.search(joint.group())
                or not previous.listed and _next_day(found[-1], span) and not _OWN_VERB.match(sentence, end)
            ):
                # "on Monday or on Tuesday", "closed Thursday and Friday": one range
                alternative = found.pop()
                start, phrase = previous.start, sentence[previous.start : end].strip()
                span = (min(alternative.start, span[0]), max(alternative.end, span[1]))
        else:
            if following_year:  # "results will be published on August 24" in an October story
                span = following_year
            elif (
                found
                and span[0] < found[-1].start
                and _WEEKDAY_ONLY.fullmatch(phrase)
                and _WEEKDAY_NAME.search(found[-1].phrase)
                and not _EXPLICIT.search(found[-1].phrase)
            ):
                # "will take place Monday afternoon ... with the conclusion on Thursday": that week's Thursday
                span = _weekday_after(span, found[-1].start)
            upcoming = (  # a date in a later year the sentence names is ahead, whatever the verb
                moved is not None
                or named_year is not None
                or _upcoming(sentence, start, end, phrase, prep, span, published, horizon)
            )
            event = event_label(sentence, event_at, end, earlier) if upcoming else None
        kept = event is not None and span[1] >= published
        if kept and event is not None:
            found.append(DeadlineMention(event, phrase, span[0], span[1], sentence.strip()))
        previous = _Previous(start, end, event, kept, joint is not None)
    found = _join_split_ranges(sentence, found, published)
    if len(found) > 1:  # "break up for Christmas on Dec. 19": the holiday is the occasion, the date the date
        occasions = [m for m in found if _FOR_HOLIDAY.fullmatch(m.phrase)]
        if len(occasions) < len(found):
            found = [m for m in found if m not in occasions]
    return found


def _join_split_ranges(sentence: str, found: list[DeadlineMention], published: dt.date) -> list[DeadlineMention]:
    """ "From July 1, the band will reduce to £250,000, until September 30": one range."""
    out: list[DeadlineMention] = []
    for mention in found:
        last = out[-1] if out else None
        if last is not None and _FROM.match(last.phrase) and _UNTIL.match(mention.phrase):
            start = sentence.find(last.phrase)
            end = sentence.find(mention.phrase, start) + len(mention.phrase)
            phrase = sentence[start:end]
            if start >= 0 and resolve(phrase, published) == (last.start, mention.end):
                out[-1] = replace(last, phrase=phrase, end=mention.end)
                continue
        out.append(mention)
    return out


def _following_year(sentence: str, at: int, phrase: str, span: Span, published: dt.date) -> Span | None:
    """The next year's reading of a date without a year that resolved to the recent past
    (dates.resolve reads "August 24" in an October story as the August just gone), for a
    sentence whose verb before it (at `at`) plainly puts it ahead."""
    if span[1] >= published or _HAS_YEAR.search(phrase) or not _MONTH_NAMED.search(phrase):
        return None
    if not _FIRM_FUTURE.search(sentence, max(0, at - 120), at):
        return None  # "Canadian Thanksgiving is celebrated in October": a habit, not the next one
    return add_months(span[0], 12), add_months(span[1], 12)


def _named_year(sentence: str, at: int, phrase: str, span: Span, published: dt.date) -> Span | None:
    """A year-less date moved into the one later year its sentence names before it ("The 2021
    dates have been set for Easter weekend, from April 1 to 5" in March 2020)."""
    if _HAS_YEAR.search(phrase) or not _MONTH_NAMED.search(phrase) or _THIS_OR_NEXT.search(phrase):
        return None
    if _WEEKDAY_NAME.search(phrase):
        return None  # "Friday, June 3": the weekday fixes the year
    years = {int(y.group(1) or y.group(2)) for y in _YEAR_OF_DATES.finditer(sentence, 0, at)}
    if len(years) != 1:
        return None
    year = years.pop()
    if year <= max(published.year, span[0].year):
        return None
    shift = 12 * (year - span[0].year)
    return add_months(span[0], shift), add_months(span[1], shift)


def _weekday_after(span: Span, day: dt.date) -> Span:
    """The same weekday as `span`, first falling after `day`."""
    ahead = (span[0].weekday() - day.weekday()) % 7 or 7
    first = day + dt.timedelta(days=ahead)
    return (first, first + (span[1] - span[0]))


def _next_day(first: DeadlineMention, span: Span) -> bool:
    """Whether `span` is the single day after `first`'s single day: two days of one event."""
    return first.start == first.end and span[0] == span[1] == first.end + dt.timedelta(days=1)


class _Previous(NamedTuple):
    """The last time phrase of a sentence: where it was, its event if upcoming, whether it was kept."""

    start: int
    end: int
    event: str | None
    kept: bool
    listed: bool = False
    """Whether it was itself joined to a phrase before it: "X, Y and Z" lists days, not a range."""


def _anchors(text: str) -> list[int]:
    """Positions of the words every time phrase contains ("day" also finds the weekdays), in order."""
    found: list[int] = []
    lower = lower_same_length(text)
    for words, haystack in ((_ANCHOR_WORDS, lower), (_CAPITAL_ANCHORS, text), (_NUMBER_ANCHORS, text)):
        for word in words:
            at = haystack.find(word)
            while at != -1:
                found.append(at)
                at = haystack.find(word, at + 1)
    return sorted(found)


def _phrases(sentence: str, anchors: list[int]) -> list[tuple[re.Match[str], int]]:
    """Time phrases of one sentence, left to right, each with where a range tail would end it."""
    found: list[tuple[re.Match[str], int]] = []
    covered = 0
    for anchor in anchors:
        if anchor < covered:
            continue
        low = max(covered, anchor - _LOOK_BEHIND)
        stop = min(len(sentence), anchor + _LOOK_AHEAD)
        for word in _WORD.finditer(sentence, low, anchor + 1):
            if word.end() <= anchor and word.group().lower() not in _STARTERS and not word.group()[0].isdigit():
                continue
            match = TIME_PHRASE.match(sentence, word.start(), stop)
            if match is None or match.end() <= anchor:
                continue
            tail = _TAIL.match(sentence, match.end())
            prep = (match.group("prep") or match.group("prep2") or "").casefold()
            ranged = tail is not None and (tail.group("sep").casefold() != "and" or prep == "between")
            if ranged and _BEGAN_BEFORE.search(sentence, max(0, word.start() - 30), word.start()):
                ranged = False  # "which began on Monday and will conclude on July 23": only the end is ahead
            covered = tail.end() if tail is not None and ranged else match.end()
            lasting = _LASTING.match(sentence, covered)
            found.append((match, lasting.end() if lasting else covered))
            break
    return found


def _upcoming(
    sentence: str,
    start: int,
    end: int,
    phrase: str,
    prep: str,
    span: Span,
    published: dt.date,
    horizon: dt.date | None = None,
) -> bool:
    """Whether the sentence puts the phrase after publication (the rules in the module docstring)."""
    if prep in ("since", "after") or _PAST_WORDS.search(phrase):
        return False
    near = sentence[max(0, start - 40) : start]
    as_of_ahead = bool(_AS_OF_BEFORE.search(near)) and (
        _last_cue(lower_same_length(sentence[max(0, start - 80) : start])) == "future"
    )
    not_a_date = (
        _NOT_A_DATE_BEFORE.search(near)
        and not as_of_ahead  # "will be discontinuing it permanently as of May 5th, 2013": from that day
        and not (prep and _VERB_FOLLOWING.search(near))
        and not (_THE_FOLLOWING.search(near) and _EXPLICIT.search(phrase))  # "the following Monday, Nov. 16"
    )
    if not_a_date or _SUPERSEDED_BEFORE.search(near) or _SINCE_BEFORE.search(near):
        return False
    if _AGO_AFTER.match(sentence, end):
        return False
    if span[0] <= published and _EXPLICIT.search(phrase) and _DATELINE_AFTER.match(sentence, end):
        return False
    before = sentence[max(0, start - _CLAUSE_REACH) : start]
    lower = lower_same_length(before)
    if POSSESSIVE.match(sentence, end) and _MOVED_AWAY.search(lower[-60:]):
        return False  # "pushed back next week's statement": that date no longer holds
    recent = lower[-80:]
    reporting = _REPORTING.search(recent)
    if (
        reporting
        and prep != "for"  # "was confirmed for Sunday" names the date set, not the day it was said
        and not _CUES.search(reporting.group(1))
        and " that " not in f" {reporting.group(1)} "
        and not _PASSIVE_BEFORE.search(recent, 0, reporting.start())  # "will be announced on Friday"
        and not _AS_THE_DATE.match(sentence, end)  # "announced May 29 as this year's date"
    ):
        return False
    left, sub = _clause_start(lower)
    if _WISHED.search(lower, left):
        return False  # "National, which wanted the election moved to November 21": a wish, not a plan
    if _PLAN_OVERTAKEN.search(lower, left):
        return False
    if_ended = _NEW_CLAUSE_AFTER_AND.search(lower, left)  # "if they are eligible and their applications need ..."
    if sub in _HYPOTHETICAL and not if_ended and not (prep == "by" and _NEGATED.search(lower, left)):
        return False  # "if it rains on Sunday"; but "strike if a deal can't be reached by Thursday" is an ultimatum
    if prep in ("until", "till") and _NOTHING_UNTIL.search(lower, left):
        return False  # "no election until 2020": nothing is scheduled for that date
    if _SPAN_PHRASE.match(phrase) and _past_span(lower[left:]):
        return False  # "the first referendum in 24 years": a stretch of the past, not a date
    if _UPCOMING_WORDS.search(phrase):
        return True
    window = [*before[left:].split()[-CUE_WINDOW_WORDS:], prep]  # the prep completes "postponed until"
    cues = _cues(" ".join(window))
    tense = cues[-1] if cues else None
    if tense == "schedule" and _MODAL_SCHEDULING.search(" ".join(window)):
        tense = "future"  # "Will they set a strike date on Wednesday?": the setting itself is ahead
    if tense is None and span[0] > published and (sub == "whether" or lower[:left].endswith("that")):
        # "will vote on whether to remain in the EU on June 23", "will notify those selected that
        # they have a ticket on Sunday": a complement with no verb cue of its own hangs on the future
        outer = before[: left - len(sub)].split()[-CUE_WINDOW_WORDS:]
        tense = "future" if _last_cue(" ".join(outer)) == "future" else None
    if tense is None and sub in _TEMPORAL:  # "published after the bank's decision on 3 November"
        outer = before[: left - len(sub)].split()[-CUE_WINDOW_WORDS:]
        tense = _last_cue(" ".join(outer))
        if tense == "copula" and sub in ("after", "following"):
            return False  # "is in hospital after a stabbing on Friday night": the cause came first
    item = _LIST_ITEM.search(before) if tense is None else None
    if item:  # "will be held on June 3; third meeting (August 5-7)": the items share the list's verb
        tense = "future" if _last_cue(sentence[: start - len(before) + item.start()]) == "future" else None
    governed = tense is not None  # a cue before the phrase, not only one after it
    if tense is None:  # "On Friday, the court will ...", "Twitter in April revealed ..."
        opening = not any(len(word) > 3 for word in window[:-1] if word.casefold() not in ("then", "also"))
        after = sentence[end:]
        if before.rstrip().endswith("("):  # "(November 5 in Dubai) and ...": the parenthesis is all
            after = after.split(")", 1)[0]
        if not opening:  # the verb after a mid-clause phrase may only show it is past
            stop = _CLAUSE_RIGHT_OF_PHRASE.search(after)
            after = after[: stop.start()] if stop else after
        tense = _first_cue(" ".join(_CLAUSE_STOP.split(after, maxsplit=1)[0].split()[:10]))
        if not opening and tense != "past":
            tense = None
    weekday = _WEEKDAY_ONLY.fullmatch(phrase) is not None
    ahead = span[0] - published
    if tense == "plural":  # "Protesters gather outside parliament on Thursday" in Friday's paper: a caption
        tense = "past" if weekday and (ahead >= _CAPTION_AHEAD or ahead.days == 0) else "future"
    if POSSESSIVE.match(sentence, end) and _MONTH_ONLY.fullmatch(phrase):
        return tense in ("future", "schedule")  # "January's hearings will take place", not "January's attack"
    if weekday and POSSESSIVE.match(sentence, end):  # "Friday night's shoot-out": already held, unless awaited
        soon = ahead < _POSSESSIVE_AHEAD  # "Sunday's vote is seen as a test" on a Thursday
        return (
            governed and tense in ("future", "schedule")
            or prep in _AHEAD_PREPS and (tense != "past" or soon)  # "scuppered a vote before Thursday's summit"
            or tense in ("future", "copula") and soon
        )
    if tense == "copula" and weekday and not _copula_next_to(window) and (ahead >= _YESTERDAY_AHEAD or ahead.days == 0):
        return False  # "are appealing for witnesses to a crash on Friday night" in Saturday's paper; a
        # weekday that is the publication day is today, upcoming only with a future verb
    if tense == "copula":
        tense = "future"  # "the vote is on Friday"
    explicit = _EXPLICIT.search(phrase) is not None
    if tense == "schedule":  # "set a hearing for Aug. 28", not "set the date Monday" or "proposed it in March"
        return explicit and _plausible(phrase, span, published, horizon) or prep in _SCHEDULED_FOR
    if tense == "past" and _HAS_YEAR.search(phrase) and span[0] > published:
        return True  # "returned, providing they do so by 28 February 2010": nothing past happens next year
    if tense == "past" and prep in ("until", "till", "through") and _PERFECT.search(" ".join(window)):
        return span[0] > published  # "have closed their facility at least through Friday": the state runs on
    if tense == "past" and _AWAITED.search(" ".join(window)):
        return span[0] > published  # "was remanded in custody until his sentencing on November 16"
    if tense == "past" and _PASSIVE_PAST.search(" ".join(window)):
        return False  # "was bashed to death on September 23": what happened, not an invitation to it
    if tense == "past" and _DAY_OF_MONTH.search(phrase) and not _HAS_YEAR.search(phrase):
        # "Apple invited journalists to an event on Sept. 7" in an August story: a day of the month
        # without a year that is still to come cannot be what the past verb did
        return dt.timedelta(days=1) <= span[0] - published <= _SOON_AFTER_PAST_VERB
    if tense is not None:
        return tense == "future"
    if prep in _DEADLINE_PREPS:
        return True
    return explicit and published < span[0] and _plausible(phrase, span, published, horizon)


def _past_span(clause: str) -> bool:
    """Whether an "in <n> <units>" phrase closing `clause` measures back from a superlative, a
    "first" or a negated perfect ("the highest level in two years", "hasn't won in three weeks")
    rather than forward to a date ("the first phase will be finished in two years")."""
    for marker in reversed(list(_SPAN_MARKER.finditer(clause))):
        if marker.group() in _NOT_SUPERLATIVE:
            continue
        gap = clause[marker.end() :]
        if len(gap.split()) > _SPAN_GAP_WORDS or marker.group() == "only" and not gap.strip():
            return False  # "only in two weeks will we know"
        return not any(  # "the first American to walk in space in 20 years": an infinitive, no future
            cue.lastgroup in ("future", "schedule") and cue.group() != "to" for cue in _CUES.finditer(gap)
        )
    return False


def _copula_next_to(window: list[str]) -> bool:
    """Whether the window's last cue is a copula right before the phrase: "the vote is (on Friday)"."""
    text = lower_same_length(" ".join(window[:-1]))
    last = last_match(_CUES, text)
    return last is not None and _COPULA_CUE.fullmatch(last.group()) is not None and not text[last.end() :].strip()


def _plausible(phrase: str, span: Span, published: dt.date, horizon: dt.date | None = None) -> bool:
    """A calendar date without a future verb: upcoming if it names its year, is near, is near a
    date the article already put ahead ("from Florence on June 29 ... to Nice on July 21" in an
    October story about next year's Tour), or names the weekday that date falls on in that year
    ("Wednesday, June 29" is 2022's in a September 2021 story: the weekday fixes the year)."""
    if _HAS_YEAR.search(phrase) is not None or span[0] - published <= _ROLLOVER_LIMIT:
        return True
    if horizon is not None and horizon > published and dt.timedelta(0) <= span[0] - horizon <= _NEIGHBOUR:
        return True
    weekday = _WEEKDAY_NAME.search(phrase)
    return weekday is not None and WEEKDAYS[weekday.group().lower()] == span[0].weekday()


def _clause_start(lower: str) -> tuple[int, str]:
    """Where the phrase's clause begins, and the subordinating word that opens it, if any."""
    last = None
    for match in _CLAUSE_LEFT.finditer(lower):
        if match.group() == "(" and ")" in lower[match.end() :]:
            continue  # "tomorrow (Sunday) and on Monday": a closed parenthesis opens no clause
        if not (match.group("report") and _PASSIVE_BEFORE.search(lower, 0, match.start())):
            last = match  # "will be announced on Friday" keeps its clause
    if last is None:
        return 0, ""
    sub = last.group("sub") or ""
    if sub:
        comma = lower.find(",", last.end())
        if comma != -1:  # ", if not extended, would expire": the aside is closed
            return comma + 1, ""
    return last.end(), sub


def _cues(text: str) -> list[str]:
    """The kind of each verb cue in `text` ('future', 'copula', 'schedule' or 'past'), in order.

    'copula' is a bare "is"/"are" (with its participle or "-ing" verb): future enough for "the
    vote is on Friday", too weak to pull a past event forward. An '-ed' word that is
    capitalised ("Ahmed") or an adjective ("limited") is no cue. A plural present ("voters go
    to the polls") after a plural subject is a 'plural' cue: future, except for a caption's weekday."""
    lower = lower_same_length(text)
    found: list[tuple[int, str]] = []
    for match in _CUES.finditer(lower):
        kind = match.lastgroup
        if kind == "ed" and (
            match.group() in NOT_PAST_ED or text[match.start()].isupper() or _DETERMINED.search(lower, 0, match.start())
        ):
            continue
        if kind == "future" and _COPULA_CUE.fullmatch(match.group()) or kind == "contracted":
            kind = "copula"  # "is", "are being held", "(This Friday)'s the last day"
        found.append((match.start(), "past" if kind == "ed" else str(kind)))
    if not _BARE_WORDS.isdisjoint(lower.split()):  # the pattern is slow; most windows hold none of its verbs
        found.extend((m.start(), "plural") for m in BARE_EVENT.finditer(lower) if has_plural_subject(text, m.start()))
        found.sort()
    return [kind for _, kind in found]


def _last_cue(window: str) -> str | None:
    kinds = _cues(window)
    return kinds[-1] if kinds else None


def _first_cue(after: str) -> str | None:
    kinds = _cues(after)
    return kinds[0] if kinds else None


# --- sentences ----------------------------------------------------------------------------

_CLOSERS = frozenset("\"\u201d\u2019')]")
_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Dr Prof St Gov Sen Rep Gen Lt Col Capt Sgt Jr Sr No vs Inc Corp Co Ltd Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec approx est".split()
)


class _Sentences:
    """Sentence bounds of a text, checked only around the places asked about: most of an
    article holds no time phrase, so most of its full stops are never looked at."""

    def __init__(self, text: str) -> None:
        self.text = text
        marks = []
        for mark in ".!?\n":
            at = text.find(mark)
            while at != -1:
                marks.append(at)
                at = text.find(mark, at + 1)
        self.marks = sorted(marks)
        self.ends: dict[int, int | None] = {}

    def around(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding `position`, white space trimmed."""
        text = self.text
        index = bisect.bisect_left(self.marks, position)
        before = index - 1
        while before >= 0 and self._end(before) is None:
            before -= 1
        begin = (self._end(before) or 0) if before >= 0 else 0
        while index < len(self.marks) and self._end(index) is None:
            index += 1
        end = (self._end(index) or len(text)) if index < len(self.marks) else len(text)
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        return begin, end

    def _end(self, index: int) -> int | None:
        """Where the sentence closed by mark `index` ends (closing quotes included), or None
        when the mark closes none: "3.2", "U.S.", "Aug. 1"."""
        if index not in self.ends:
            text, mark = self.text, self.marks[index]
            end = mark + 1
            while end < len(text) and text[end] in _CLOSERS:
                end += 1
            closes = text[mark] == "\n" or (end == len(text) or text[end].isspace()) and not (
                text[mark] == "." and _abbreviation(text, mark)
            )
            self.ends[index] = end if closes else None
        return self.ends[index]


def _abbreviation(text: str, dot: int) -> bool:
    """Whether the word before the period at `dot` is an abbreviation ("U.S.", "Aug.", "J.")."""
    words = text[max(0, dot - 16) : dot].rsplit(None, 1)
    word = words[-1].lstrip("(\"'\u201c\u2018") if words else ""
    initials = "." in word and word.replace(".", "").isalpha()
    return word in _ABBREVIATIONS or len(word) == 1 and word.isupper() or initials
