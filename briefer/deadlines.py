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
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from .dates import WEEKDAYS, Span, add_months, resolve

MAX_EVENT_WORDS = 12
CUE_WINDOW_WORDS = 15


@dataclass(frozen=True)
class DeadlineMention:
    """One upcoming dated event: what happens, the phrase as written, and when."""

    event: str
    phrase: str
    start: dt.date
    end: dt.date
    sentence: str


# --- the time-phrase scanner ------------------------------------------------------------

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_MONTH = rf"(?:{_MONTH_FULL}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d|\s*[ap]\.?m\b)"  # not the hour of "11:29am"
_YEAR = r"(?:19|20)\d\d\b"
_TOD = r"(?:\s+(?:morning|afternoon|evening|night))?"
_CLOCK = r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)\b"
_OF_PART_HEAD = r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder)"
_OF_PART = rf"{_OF_PART_HEAD}\s+of\s+"
_NUM = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty(?:-five)?|fifty|sixty|ninety|a\s+couple\s+of|a\s+few|several)"
)
_UNIT = r"(?:hour|day|week|fortnight|month|year)s?\b"
_DUR = rf"(?:{_NUM}(?:\s+and\s+a\s+half)?\s+{_UNIT}(?:\s+and\s+a\s+half)?|half\s+an?\s+{_UNIT})"
_HEDGE = r"(?:(?:about|around|roughly|approximately|some|nearly|almost|another|just\s+over|up\s+to)\s+)?"
_QUOTE = "[\"\u201c\u201d'\u2018\u2019]?"

_APOSTROPHE = "['\u2019]"
# Named holidays, as capitalised as the press writes them ("Good Friday", "New Year's Eve").
_HOLIDAY_NAME = (
    rf"(?-i:(?:Orthodox\s+)?Christmas(?:\s+(?:[Dd]ay|[Ee]ve))?|(?:Orthodox\s+)?Easter(?:\s+(?:Sunday|Monday|[Dd]ay))?"
    rf"|Thanksgiving(?:\s+[Dd]ay)?|Hallowe{_APOSTROPHE}?en|Juneteenth"
    r"|New(?<!Lunar\sNew)(?<!Chinese\sNew)(?<!Jewish\sNew)(?<!Persian\sNew)(?<!Iranian\sNew)(?<!Islamic\sNew)"
    r"(?<!Hijri\sNew)(?<!Korean\sNew)(?<!Tibetan\sNew)(?<!Vietnamese\sNew)(?<!Tamil\sNew)(?<!Sinhala\sNew)"
    r"(?<!Thai\sNew)(?<!Khmer\sNew)(?<!Nepali\sNew)(?<!Bengali\sNew)(?<!Sikh\sNew)(?<!Hindu\sNew)(?<!Orthodox\sNew)"
    r"(?<!Ethiopian\sNew)(?<!Kurdish\sNew)"
    rf"\s+Year(?:{_APOSTROPHE}?s)?(?:\s+(?:[Dd]ay|[Ee]ve))?"
    r"|(?:Good|Black)\s+Friday|Cyber\s+Monday|Ash\s+Wednesday|Shrove\s+Tuesday|(?:Maundy|Holy)\s+Thursday|Palm\s+Sunday"
    r"|(?:Whit|Easter)\s+Monday|(?:Remembrance|Mothering)\s+Sunday|(?:Guy\s+Fawkes|Bonfire)\s+Night"
    r"|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth|Pancake\s+[Dd]ay"
    r"|Election\s+Day"  # "election day" in lower case is any country's polling day, not the US holiday
    r"|(?:Boxing|Independence|Labor|Memorial|Remembrance|Armistice|Columbus|Canada|Bastille|Anzac|ANZAC"
    rf"|May|Ascension|Veterans{_APOSTROPHE}?|Presidents{_APOSTROPHE}?|President{_APOSTROPHE}s"
    rf"|Indigenous\s+Peoples{_APOSTROPHE}?|(?:St\.?|Saint)\s+Patrick{_APOSTROPHE}?s"
    rf"|(?:St\.?\s+)?Valentine{_APOSTROPHE}?s|Mother{_APOSTROPHE}?s|Father{_APOSTROPHE}?s"
    r"|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+[Dd]ay)"
)
# A holiday name is a date only where nothing makes it a modifier: "by Easter" and "on Christmas
# Day, stores ..." are dates; "the Good Friday Agreement", "Easter Island", "Christmas shopping",
# "Merry Christmas", "Ukraine's Independence Day" and "Canadian Thanksgiving" are not.
_HOLIDAY = (
    r"(?=(?:(?:this|next|last|the)\s+)?(?-i:[A-Z]))"  # fails fast at the many places without a capital
    r"(?:(?:this|next|last|the)\s+)?(?<!Merry\s)(?<!Happy\s)(?<!Father\s)(?<![a-z]an\s)(?<![a-z]ese\s)"
    rf"(?<!{_APOSTROPHE}s\s){_HOLIDAY_NAME}(?:\s+(?:holiday\s+)?weekend|\s+holiday(?!s))?{_TOD}(?:,?\s+{_YEAR})?"
    rf"(?=\s*(?:[.,;:!?)\]\"\u201d\u2014\u2013]|{_APOSTROPHE}(?!s\b)|\s[-\u2013\u2014]\s|$)"
    r"|\s+(?:and|or|but|nor|to|in|at|on|with|when|while|as|if|this|next|last|of|for|from|by|until|till|through|before"
    r"|after|so|only|itself|because|amid|despite|unless|than|along|across|around|near|over|under|into|throughout"
    r"|within|without|against|between|among|via|outside|inside|beyond|toward|towards|nationwide|worldwide|again|too"
    r"|also|instead|here|there|then|already|still|where|which|who|that|whether|onwards|onward)\b)"
)

_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}(?:,\s*{_DAY})*,?\s+and\s+{_DAY}"  # "June 3, 4 and 6"
    rf"|{_MONTH}\s+{_DAY}(?:,\s*{_DAY}){{2,}}"  # "August 26, 27, 28, 29"
    rf"|(?:the\s+)?{_DAY}(?:,\s*{_DAY})*,?\s+and\s+{_DAY}\s+(?:of\s+)?{_MONTH}"  # "3, 4 and 6 June"
    rf"|{_MONTH}\s+{_DAY}(?:\s*(?:-|\u2013|to|through)\s*(?:{_MONTH}\s+)?{_DAY})?"
    rf"|(?:the\s+)?{_DAY}(?:\s*(?:-|\u2013|to|through)\s*(?:the\s+)?{_DAY})?\s+(?:of\s+)?{_MONTH})(?:,?\s+{_YEAR})?"
)
# "and" joins two days into a range only after "between": "on 12 and 14 March" is two days.
_BETWEEN = (
    rf"(?<=between\s)(?:{_MONTH}\s+{_DAY}\s+and\s+(?:{_MONTH}\s+)?{_DAY}"
    rf"|(?:the\s+)?{_DAY}\s+and\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH})(?:,?\s+{_YEAR})?"
)
_CORE = "|".join(
    [
        _BETWEEN,
        _DATE,
        rf"the\s+week\s+of\s+{_MONTH}\s+{_DAY}",
        (
            rf"(?:(?:early|mid|late|end)(?:\s*(?:-|to|or)\s*(?:early|mid|late))?[\s-]+|{_OF_PART})"
            rf"{_MONTH_FULL}(?:,?\s+(?:of\s+)?{_YEAR})?"
        ),
        (
            rf"(?:(?:early|late)\s+(?:on\s+)?)?(?:(?:this\s+coming|this|next|last|coming)\s+)?(?:bank\s+holiday\s+)?{_WEEKDAY}{_TOD}"
            r"(?:\s+(?:this|next|last)\s+week)?"
        ),
        _HOLIDAY,
        r"(?:later\s+)?today\b|tonight\b|this\s+(?:morning|afternoon|evening)\b",
        rf"(?:the\s+day\s+after\s+)?tomorrow\b{_TOD}|yesterday\b",
        (
            rf"(?:(?:early|earlier|mid|late|later|{_OF_PART_HEAD}\s+of)\s+)?"
            r"(?:this|next|last|coming)\s+(?:week(?:end)?|month|year)\b"
        ),
        rf"(?:early|earlier|mid|late|later|{_OF_PART_HEAD}\s+of)(?:\s+in)?\s+the\s+(?:week(?:end)?|month|year)\b",
        r"(?:year|month)[\s-]end\b|mid-?(?:week|month)\b",
        r"(?:the\s+)?week(?:end)?\s+after\s+next\b",
        rf"(?:(?:early|mid|late)[\s-]+|{_OF_PART}){_YEAR}",
        (
            r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:half|quarter)(?:\s+of)?\s+"
            rf"(?:(?:this|next|the)\s+year\b|{_YEAR})"
        ),
        rf"(?-i:[QH][1-4])\s+{_YEAR}",
        rf"(?:(?:early|mid|late)[\s-]+)?(?:this|next|last)\s+{_SEASON}",
        rf"(?:this\s+coming|this|next|last|coming)\s+{_MONTH_FULL}\b",
        (  # "the November elections", "the October district work period"
            rf"the\s+{_MONTH_FULL}(?=\s+(?:[a-z][\w-]*\s+){{0,2}}(?:elections?|votes?|polls?|summit|meetings?|session"
            r"|period|recess|deadline|break|conference|talks|hearing|trial|launch|budget|strikes?|holidays?|festival"
            r"|tour|visit|sitting|review|primary|primaries|referendum)\b)"
        ),
        rf"(?:early|mid|late)[\s-]+{_SEASON}|{_SEASON}\s+(?:of\s+)?{_YEAR}",
        rf"{_YEAR}-\d\d-\d\d\b",
    ]
)
# Bare months, years, seasons and day numbers need a preposition to be dates ("in May", not "Theresa May").
_NEEDS_PREP = "|".join(
    [
        rf"{_MONTH_FULL}(?:,?\s+(?:of\s+)?{_YEAR})?",
        _YEAR,
        rf"(?:the\s+)?{_SEASON}(?:\s+(?:of\s+)?{_YEAR})?",
        r"the\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|next)\s+month\b)?",
        r"the\s+(?:first|second|third|fourth)\s+(?:half|quarter)\b(?!\s+of)",  # "in the fourth quarter"
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    ]
)
_PREP = (
    r"(?:on|in|at|from|by|until|till|through|before|during|since|after|for|between|over|effective|"
    r"starting(?:\s+(?:on|from|in))?|beginning|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|"
    r"not\s+later\s+than|sometime(?:\s+(?:in|on|during))?|around|ahead\s+of|prior\s+to)"
)
_RELATIVE = "|".join(
    [
        (
            rf"(?:in|within)\s+{_QUOTE}{_HEDGE}{_DUR}(?:\s+(?:to|or|-)\s+{_HEDGE}{_DUR})?{_QUOTE}"
            r"(?:\s+from\s+(?:now|today)\b)?"
        ),
        rf"(?:in|within|over|during|for)\s+the\s+(?:next|coming)\s+(?:{_NUM}\s+)?{_UNIT}",
        r"(?:in|over|during|within)\s+(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?:days|weeks|months)\b",
        r"(?:in|over)\s+the\s+(?:days|weeks|months)\s+ahead\b",
        rf"{_DUR}\s+from\s+(?:now|today)\b",
    ]
)
_PHRASE = re.compile(
    rf"\b(?:(?P<prep>{_PREP})\s+{_CLOCK})?(?:{_CORE})"
    rf"|\b(?P<prep2>{_PREP})\s+{_CLOCK}(?:{_NEEDS_PREP})"
    rf"|\b(?:{_RELATIVE})",
    re.IGNORECASE,
)
# "from Sunday| to Tuesday", "late June| or early July", "begin on June 7| and end on July 2"; a
# bare "and" makes a range only after "between".
_TAIL = re.compile(
    r"\s*(?P<sep>,?\s*(?:and\s+)?(?:(?:will|would)\s+)?(?:(?:end|ends|finish|finishes|close|closes|conclude|concludes|cease|ceases)"
    r"(?:\s+(?:on|by))?|(?:extend|extends|run|runs|last|lasts|continue|continues)\s+(?:through|until|till|to|into))"
    rf"|-|\u2013|to|through|until|till|and|or)\s+{_CLOCK}(?:{_CORE}|{_NEEDS_PREP})",
    re.IGNORECASE,
)
_EXPLICIT = re.compile(rf"{_MONTH}|\b(?:19|20)\d\d\b|\d/\d|{_HOLIDAY_NAME}")
_HAS_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

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

# --- tense cues: matched against lower-cased text (IGNORECASE makes them three times slower)

_ADVERBS = (
    r"(?:\s+(?:not|also|then|likely|probably|formally|officially|finally|again|now|soon|only|still|jointly"
    r"|separately|reportedly|each|both|be|have|been|being))*"
)
_PARTICIPLE = (
    r"(?:[a-z]+ed|held|made|taken|given|sent|set|put|done|seen|known|built|paid|sold|told|won|struck|met|run|begun"
    r"|chosen|brought|kept|cut|hit|shut|spent|laid|led|left|lost|read|found)\b"
)
_EVENT_VERBS = (
    r"meet|hold|host|visit|vote|sign|decide|announce|release|publish|launch|begin|start|resume|open|close|end|"
    r"hear|rule|travel|attend|unveil|present|deliver|testify|discuss|review|return|arrive|leave|walk|strike|"
    r"join|submit|file|appear|speak|address|take|make|send|issue|set|face|head|go|fly|sit|convene|surrender|report|serve"
)
# Present simple of verbs for scheduled events: "City plays United on Monday", "the court hears
# the appeal on March 3", "the store opens Friday" speak of what is to come.
_MARKET_MOVE = r"(?!\s+(?:higher|lower|up|down|flat|mixed|firmer|weaker|stronger|sharply|slightly)\b)"
"""Not "stocks open higher on Monday": a market's move, not a scheduled opening."""
_PRESENT_SCHEDULED = (
    rf"(?:begins|starts|opens|reopens|ends|closes){_MARKET_MOVE}|expires|runs|meets|convenes|resumes|reconvenes"
    r"|takes\s+(?:effect|place|on)|kicks\s+off|arrives|visits|travels|heads|returns|hosts|holds|faces|votes"
    r"|launches|lapses|falls\s+due|concludes|premieres|debuts|restarts|comes\s+into\s+force"
    r"|plays|hears|goes\s+(?:to\s+the\s+polls|on\s+sale|ahead)|clashes|squares\s+off|tips\s+off|tees\s+off"
    r"|wraps\s+up|lands|departs|airs|unveils|delivers|publishes|decides|sits|testifies|competes|races|welcomes"
    r"|celebrates|flies|sails|appears\s+(?:in\s+court|before)|leaves\s+(?:for|office)|announces"
    r"|(?<!press\s)releases"
    r"|hits\s+(?:theaters|theatres|cinemas|screens|shelves|stores)"
)
_BARE_PRESENT = (
    r"(?:(?:go|head)\s+to\s+the\s+polls|go\s+on\s+sale|kick\s+off|take\s+on|square\s+off|tip\s+off"
    rf"|(?:open|close|start|end|reopen|restart){_MARKET_MOVE}|meet|play|face|host|begin|resume|return|vote|hear"
    r"|launch|clash|compete|race|arrive|travel|visit|welcome|fly|sail|land|depart|run|strike|walk\s+out|gather)\b"
)
"""The plural present of the same verbs, a cue only after a plural subject (see _plural_subject)."""
_BARE_EVENT = re.compile(rf"(?<=\s){_BARE_PRESENT}")
_BARE_WORDS = frozenset(
    "go head kick take square tip open close start end meet play face host begin resume return vote hear launch "
    "clash compete race arrive travel visit welcome fly sail land depart run reopen restart strike walk gather".split()
)  # the first words of _BARE_PRESENT
_NOT_PLURAL = frozenset(
    "yes perhaps sometimes always whereas unless across plus thus towards besides afterwards nevertheless news "
    "hers ours yours theirs less series politics economics".split()
)
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
            (?=\s+(?:until|till|to|into|for)\b|(?:\s+[^\s,;.]+){{1,8}}?\s+(?:until|till)\b
               |(?:\s+[^\s,;.]+){{1,8}}?\s+to\s*$)
          |to\s+be
          |to(?=\s+(?:{_EVENT_VERBS})\b)
          |may|might|could|should|must|can
          |{_COPULA}
          |expects?|{_PRESENT_SCHEDULED}
          |resume|reconvene|convene|begin|expire|tak(?:e|es|ing)\s+(?:effect|place)|get\s+underway
          |join\s+us|tune\s+in|sign\s+up
        )\b{_ADVERBS}(?:\s+{_PARTICIPLE})?
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
_COPULA_CUE = re.compile(rf"(?:{_COPULA})\b{_ADVERBS}(?:\s+{_PARTICIPLE})?")
"""A future cue that is only a copula ("is", "are being held"): see _cues."""
_NOT_PAST_ED = frozenset(
    "need speed indeed proceed succeed exceed feed seed bed red shed breed bleed greed weed embed naked wicked "
    "sacred hundred kindred related limited based advanced detailed united supposed alleged so-called concerned "
    "interested armed skilled renewed expected proposed long-awaited anticipated planned scheduled".split()
)
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
_DAY_OF_MONTH = re.compile(rf"{_MONTH}\s+\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_NEIGHBOUR = dt.timedelta(days=60)
"""How far after a date already found upcoming a year-less date may lie and still be upcoming."""
_ROLLOVER_LIMIT = dt.timedelta(days=213)
"""A year-less date with no future verb counts as upcoming only within about seven months:
"on June 23" in a September story, "proposed it in March" in a June one, are past."""
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|to|will|would)\s+$")
_HYPOTHETICAL = frozenset(("if", "unless", "whether"))
_TEMPORAL = frozenset(("after", "before", "when", "as", "once", "while", "following"))
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
    r"\b(?:original|originally|previous|previously|former|initial|initially|old)(?:\s+\S+)?\s+$"
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
_POSSESSIVE = re.compile(
    r"['\u2019]s\s+(?!(?:actually|also|just|really|still|now|not|the|a|an|when|going|set|due|expected|our|my|your|his|her"
    r"|their|its|only|finally|officially)\b)"
)
"""A possessive "'s"; not the "is" of "This Friday's actually the last day", "Sunday's the final"."""
_CLAUSE_STOP = re.compile(r"[;:]")
_AFTER_DATE_HEADING = re.compile(r"\s*[:\u2013\u2014]\s*(\S.*)", re.DOTALL)
"""A schedule line that opens with its date: "September 6: Parliament dissolves"."""
_OPENS_WITH_PREP = re.compile(rf"(?:{_PREP})\s", re.IGNORECASE)
_AFTER_BARE_DATE = re.compile(r"\s+([a-z][^,;:.!?]*[^\s,;:.!?])\s*[.]?\s*$")
_ITEM_BEFORE_PARENTHESIS = re.compile(r"(?:^|[;,(]|\band\b|\bagainst\b)\s*([^;,()]{3,60}?)\s*\(\s*$")
"""The item a parenthesised date belongs to: "...; fourth meeting (" -> "fourth meeting"."""
_AS_THE_DATE = re.compile(r"\s+as\s+(?:the|this\s+year['\u2019]s|its|their|a)\s+(?:\w+\s+){0,2}?(?:date|day|deadline)\b", re.IGNORECASE)
_WISHED = re.compile(r"\b(?:wanted|had\s+wanted|advocated|lobbied|pushed\s+for)\b(?:\s+\S+){0,6}\s*$")
_LIST_ITEM = re.compile(r"[;(][^;()]{0,60}$")
"""The text of a list item before its date: "...; fourth meeting (" after a schedule's verb."""
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)
_COORDINATED = re.compile(r"[\s,]*(?:(?:and|or|&)[\s,]*)?", re.IGNORECASE)
_OR = re.compile(r"\bor\b", re.IGNORECASE)
_AND_OR = re.compile(r"\b(?:and|or)\b|&", re.IGNORECASE)
_PRONOUN_OBJECT = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)
_FOR_HOLIDAY = re.compile(rf"for\s+{_HOLIDAY}", re.IGNORECASE)
_SETTLING = re.compile(
    r"\b(?:confirm\w*|now|finally|final(?:ised|ized)|decided|decision|settled|chose|chosen|picked|fixed|agreed"
    r"|officially|definitely|go(?:es)?\s+ahead|went\s+ahead|set\s+(?:\S+\s+){0,3}?for)\b",
    re.IGNORECASE,
)
_PAST_WORDS = re.compile(r"\b(?:last|earlier|ago|yesterday|previous|past)\b", re.IGNORECASE)
_UPCOMING_WORDS = re.compile(r"\b(?:next|coming|tomorrow|later|from\s+now|upcoming|ahead\s+of)\b", re.IGNORECASE)
_SPAN_PHRASE = re.compile(rf"in\s+(?!the\s)(?:[^\s]+\s+){{0,6}}?{_UNIT}", re.IGNORECASE)
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
_WEEKDAY_NAME = re.compile(_WEEKDAY)
_MONTH_NAMED = re.compile(_MONTH, re.IGNORECASE)
_FROM = re.compile(r"from\s", re.IGNORECASE)
_UNTIL = re.compile(r"(?:until|till)\s", re.IGNORECASE)
_FIRM_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|set|due|slated|going)\s+to|to\s+be)\b|['\u2019]ll\b",
    re.IGNORECASE,
)
_WEEKDAY_ONLY = re.compile(
    rf"(?:{_PREP}\s+)?{_CLOCK}(?:(?:early|late)\s+(?:on\s+)?)?(?:bank\s+holiday\s+)?{_WEEKDAY}{_TOD}", re.IGNORECASE
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
    return {word for word in map(_bare, event.split()) if len(word) > 3 and word not in _STOP_WORDS}


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
        moved = moved if moved and _MOVED_AWAY.search(_lower(sentence[max(0, start - 80) : start])) else None
        event_at = start
        if moved:  # "extended the moratorium from June 30 until July 31": only the new date holds
            start += moved.start("to") if moved.group("to") else moved.start("until")
            phrase = sentence[start:end].strip()
        span = resolve(phrase, published)
        if span is None:
            continue
        joint = None
        if previous is not None and not _FOR_HOLIDAY.fullmatch(sentence, previous.start, previous.end):
            joint = _COORDINATED.fullmatch(sentence, previous.end, start)
        prep = " ".join((match.group("prep") or match.group("prep2") or "").casefold().split())
        if joint is not None and prep in ("until", "till") and not _AND_OR.search(joint.group()):
            joint = None  # "set to expire at the end of June, until July 31": a new date, not a second one
        following_year = _following_year(sentence, start, phrase, span, published)
        if previous is not None and joint is not None:
            event = previous.event  # "on October 22 and November 6": the same verdict and event
            if previous.kept and following_year:  # "will be published on August 24 and August 27"
                span = following_year
            if previous.kept and (_OR.search(joint.group()) or not previous.listed and _next_day(found[-1], span)):
                # "on Monday or on Tuesday", "closed Thursday and Friday": one range
                alternative = found.pop()
                start, phrase = previous.start, sentence[previous.start : end].strip()
                span = (min(alternative.start, span[0]), max(alternative.end, span[1]))
        else:
            if following_year:  # "results will be published on August 24" in an October story
                span = following_year
            upcoming = moved is not None or _upcoming(sentence, start, end, phrase, prep, span, published, horizon)
            event = _event(sentence, event_at, end, earlier) if upcoming else None
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
    lower = _lower(text)
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
            match = _PHRASE.match(sentence, word.start(), stop)
            if match is None or match.end() <= anchor:
                continue
            tail = _TAIL.match(sentence, match.end())
            prep = (match.group("prep") or match.group("prep2") or "").casefold()
            ranged = tail is not None and (tail.group("sep").casefold() != "and" or prep == "between")
            covered = tail.end() if tail is not None and ranged else match.end()
            found.append((match, covered))
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
    not_a_date = (
        _NOT_A_DATE_BEFORE.search(near)
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
    lower = _lower(before)
    if _POSSESSIVE.match(sentence, end) and _MOVED_AWAY.search(lower[-60:]):
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
    if sub in _HYPOTHETICAL:
        return False
    if prep in ("until", "till") and _NOTHING_UNTIL.search(lower, left):
        return False  # "no election until 2020": nothing is scheduled for that date
    if _SPAN_PHRASE.match(phrase) and _past_span(lower[left:]):
        return False  # "the first referendum in 24 years": a stretch of the past, not a date
    if _UPCOMING_WORDS.search(phrase):
        return True
    window = [*before[left:].split()[-CUE_WINDOW_WORDS:], prep]  # the prep completes "postponed until"
    tense = _last_cue(" ".join(window))
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
    if weekday and _POSSESSIVE.match(sentence, end):  # "Friday night's shoot-out": already held, unless awaited
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
    text = _lower(" ".join(window[:-1]))
    last = _last(_CUES, text)
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


def _lower(text: str) -> str:
    """Lower case with every offset kept (str.lower turns a few characters into two)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


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
    lower = _lower(text)
    found: list[tuple[int, str]] = []
    for match in _CUES.finditer(lower):
        kind = match.lastgroup
        if kind == "ed" and (
            match.group() in _NOT_PAST_ED or text[match.start()].isupper() or _DETERMINED.search(lower, 0, match.start())
        ):
            continue
        if kind == "future" and _COPULA_CUE.fullmatch(match.group()) or kind == "contracted":
            kind = "copula"  # "is", "are being held", "(This Friday)'s the last day"
        found.append((match.start(), "past" if kind == "ed" else str(kind)))
    if not _BARE_WORDS.isdisjoint(lower.split()):  # the pattern is slow; most windows hold none of its verbs
        found.extend((m.start(), "plural") for m in _BARE_EVENT.finditer(lower) if _has_plural_subject(text, m.start()))
        found.sort()
    return [kind for _, kind in found]


def _has_plural_subject(text: str, at: int) -> bool:
    words = text[:at].split()[-2:]
    return bool(words) and _plural_subject(words[-1], words[0] if len(words) == 2 else None)


def _plural_subject(word: str, before: str | None) -> bool:
    """Whether `word` can be the subject of a plural verb: "voters (go to the polls)", "they
    (meet)", "City (play)"; not "the (vote)", "its (launch)" or "the Senate (vote)"."""
    bare = _bare(word)
    if bare in ("they", "we", "you", "both"):
        return True
    if len(bare) <= 2 or word[-1:] in "'\u2019" or bare in _DETERMINERS | _STOP_WORDS | _PRONOUNS | _NOT_PLURAL:
        return False  # "(Friday)'s vote": the possessive, not a plural subject
    if word[:1].isupper():
        return before is None or _bare(before) not in _DETERMINERS
    return bare.endswith("s") and not bare.endswith(("ss", "us", "is", "'s", "\u2019s"))


def _last_cue(window: str) -> str | None:
    kinds = _cues(window)
    return kinds[-1] if kinds else None


def _first_cue(after: str) -> str | None:
    kinds = _cues(after)
    return kinds[0] if kinds else None


def _last(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (the nearest cue before a phrase)."""
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


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


# --- event text ----------------------------------------------------------------------------

_DETERMINERS = frozenset("a an the another its their his her our my your this these those some each every no".split())
_DROPPED_DETERMINERS = frozenset("a an the its their his her our my your".split())
_COPULAS = frozenset("is are was were be been am".split())
_BEFORE_CUE = _COPULAS | {"that", "which", "who", "", "has", "have", "had", "will", "would"}
_NP_PREPS = frozenset("of in with on over against between among at".split())
_PRONOUNS = frozenset("it he she they we i you which who that this there".split())
_LIGHT_VERBS = frozenset(
    "hold have conduct attend stage convene begin start resume open join schedule scheduled plan "
    "planned call called set organise organize chair kick".split()
)
_STOP_WORDS = frozenset(
    "and or but to for from by about after before during ahead as than if unless when while because although is are "
    "was were be been being has have had do does did will would shall can could may might must should not also "
    "said says told added adding saying announced noted warned expected scheduled set due slated plans planned aims "
    "intends hopes seeks wants needs need to amid despite including back off out up down away".split()
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
    rf"|to(?=\s+(?:{_EVENT_VERBS})\b)){_ADVERBS}(?=\s)"
)
_PRESENT_EVENT = re.compile(rf"\b(?:{_PRESENT_SCHEDULED})\b")
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
_ONE_PARTICIPLE = re.compile(_PARTICIPLE)
_STATE_CUES = frozenset("due expected scheduled slated planned".split())
_VERB_BEFORE = re.compile(r"(?:\bto\s+([a-z]+)|\b([a-z]+ed))\s+$")
_LOCATION = re.compile(r"^\s*((?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})")
_CUT_POINTS = re.compile(r"\s(?:to|that|which|who|whether|of\s+what|so|because|in\s+order\s+to)\s", re.IGNORECASE)
_EDGE_WORDS = frozenset(
    "a an the and or but to of in on at for with by from as that which who whether is are even including until".split()
)


_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?!.*\bfollowed\s+by\b)")
"""The last "followed by" before a phrase: what follows it is the next step of a schedule."""


def _event(sentence: str, start: int, end: int, earlier: str) -> str:
    """A short noun or verb phrase for what happens at the phrase: never empty."""
    heading = _AFTER_DATE_HEADING.match(sentence, end) or _AFTER_BARE_DATE.match(sentence, end)
    if heading and not sentence[:start].strip(" -\u2022*\t\n") and not _OPENS_WITH_PREP.match(sentence, start):
        return _tidy(heading.group(1))  # "September 6: Parliament dissolves", "November 12 last day for ..."
    item = _ITEM_BEFORE_PARENTHESIS.search(sentence, 0, start)
    if item:  # "fourth meeting (October 1, 3 and 4)", "the winner of Group B (November 5 in Dubai)"
        return _tidy(item.group(1))
    masked = sentence[:start] + " " * (end - start) + sentence[end:]
    masked = _ASIDE.sub(lambda m: " " * len(m.group()), masked)
    found = _last(_EVENT_CLAUSE_LEFT, _lower(masked[:start]))
    left = found.end() if found else 0
    if not masked[left:start].strip(" ,"):  # "On Tuesday, Oct. 18, and Thursday, Oct. 20, a service will ..."
        skip = _after_dates(masked, end)
        masked = masked[:end] + " " * (skip - end) + masked[skip:]
    lower = _lower(masked)
    right = _event_clause_end(lower, start, end, left)
    clause = masked[left:right]
    at = start - left
    possessive = _POSSESSIVE.match(masked, end)
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
        joint = _COORDINATED.match(text, position)
        following = _PHRASE.match(text, joint.end() if joint else position)
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


def _bare(word: str) -> str:
    """A word without its punctuation, case-folded, for the word lists."""
    return word.strip(".,;:!?()[]\"\u201c\u201d'\u2018\u2019").casefold()


def _from_cue(clause: str, lower: str, at: int, earlier: str) -> str | None:
    """Event from the clause's verb: 'summit to be held in Canada', 'X would expire', 'hold talks'."""
    before = lower[:at]
    passive = _last(_PASSIVE_EVENT, before) or _last(_PASSIVE_EVENT, lower)
    if passive:
        subject = _noun_before(clause, passive.start(), skip_relative=True)
        if subject:
            if passive.group() in _STATE_CUES:  # "results expected", "elections due"
                if clause[passive.end() : at].strip():
                    return None  # "next week's planned statement": an adjective, not the verb
                return f"{subject} {passive.group()}"
            location = _LOCATION.match(clause[passive.end() :])
            return subject + (" " + location.group(1) if location else "")
    gerund = _last(_GERUND, before)
    auxiliary = _last(_AUXILIARY, before)
    if gerund and (auxiliary is None or gerund.start() > auxiliary.end()):
        return f"{gerund.group(1)} {clause[gerund.end() :]}"  # "sealing an agreement"
    if auxiliary:
        rest = clause[auxiliary.end() :]
        words = rest.split()
        if not words:
            return None
        subject = _noun_before(clause, auxiliary.start(), skip_relative=True)
        if auxiliary.group().endswith(" be") and not _ONE_PARTICIPLE.fullmatch(_bare(words[0])):
            return f"{subject or ''} {rest}"  # "a 15-minute service will be in operation"
        return _verb_event(words[0], " ".join(words[1:]), subject, earlier)
    present = _last(_PRESENT_EVENT, before) or _last(_PRESENT_EVENT, lower)
    if present is None:  # "voters go to the polls"
        plural = [m for m in _BARE_EVENT.finditer(lower) if _has_plural_subject(clause, m.start())]
        present = next((m for m in reversed(plural) if m.end() <= at), plural[-1] if plural else None)
    if present:
        subject = _noun_before(clause, present.start(), skip_relative=True)
        subject = _fuller(subject, earlier) if subject else subject
        rest = " ".join(clause[present.end() :].split())
        return " ".join(filter(None, [subject, present.group(), rest]))
    scheduled = _last(_SCHEDULED, before)
    if scheduled:
        obj = _noun_phrase(clause[scheduled.end() : at])
        subject = _noun_before(clause, scheduled.start(), skip_relative=True)
        if obj and subject and _bare(subject.split()[0]) not in _PRONOUNS:
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
    if verb is None or verb.group(2) and verb.group(2).casefold() in _NOT_PAST_ED:
        return noun
    return f"{verb.group(1) or verb.group(2)} {noun}"


def _verb_event(verb: str, rest: str, subject: str | None, earlier: str) -> str:
    """'will hold another round of talks' -> 'another round of talks'; 'the pause would expire'
    -> 'pause expires'; with a pronoun subject, the verb phrase alone."""
    bare = _bare(verb)
    if bare in _LIGHT_VERBS:
        obj = _noun_phrase(rest)
        if obj and _bare(obj.split()[0]) not in _NP_PREPS | _STOP_WORDS:
            return obj
    if subject and _bare(subject.split()[0]) not in _PRONOUNS:
        subject = _fuller(subject, earlier)
        if _ONE_PARTICIPLE.fullmatch(bare):  # "would be presented": "budget presented"
            return f"{subject} {bare} {rest}"
        return f"{subject} {_inflect(bare, _plural(subject))} {rest}"
    return f"{bare} {rest}"


def _noun_phrase(text: str) -> str | None:
    """The object noun phrase at the start of `text`, up to a verb or clause word."""
    out: list[str] = []
    for word in text.split():
        bare = _bare(word)
        if out and (bare in _STOP_WORDS or bare in _PRONOUNS and bare not in _DETERMINERS):
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
        while words and _bare(words[-1]) in _BEFORE_CUE:
            words.pop()
    out: list[str] = []
    index = len(words) - 1
    while index >= 0 and len(out) < 10:
        word = words[index]
        bare = _bare(word)
        if out and word.endswith((",", ";", ":")):
            break
        if bare in _DETERMINERS:
            out.insert(0, word)
            names_only = all(w[:1].isupper() or _bare(w) == "of" for w in out[1:])
            if index > 0 and _bare(words[index - 1]) in _NP_PREPS and names_only:
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
        if bare == "and" and out and index > 0 and _bare(words[index - 1]) not in _STOP_WORDS | _DETERMINERS:
            out.insert(0, word)  # "bus and light-rail drivers"
            index -= 1
            continue
        if bare in _STOP_WORDS or bare in _PRONOUNS:
            if bare in _COPULAS and len(out) == 1 and out[0].islower():
                return None  # "are ready to meet": an adjective, not a subject
            break
        verb_ing = bare.endswith("ing") and bare not in _ING_NOUNS and not word[:1].isupper()
        if verb_ing and index > 0 and _bare(words[index - 1]) not in _DETERMINERS:
            if out:
                out.insert(0, word)
            break
        if bare.endswith("ed") and bare not in _NOT_PAST_ED and not word[:1].isupper():
            break
        out.insert(0, word)
        index -= 1
    while out and _bare(out[0]) in _NP_PREPS:
        out.pop(0)
    phrase = " ".join(out).strip(" ,")
    return phrase or None


def _fuller(subject: str, earlier: str) -> str:
    """'The pause' -> the fuller earlier mention, 'current 90-day pause on ... tariffs'."""
    words = subject.split()
    if len(words) != 2 or _bare(words[0]) not in ("the", "this") or not earlier:
        return subject
    head = _bare(words[1])
    at = earlier.casefold().rfind(f" {head} ")
    if at == -1:
        return subject
    premods: list[str] = []
    for word in reversed(earlier[max(0, at - 80) : at].split()[-3:]):
        bare = _bare(word)
        if bare in _DETERMINERS or bare in _STOP_WORDS or bare in _PRONOUNS or word.endswith((",", ".")):
            break
        premods.insert(0, word)
    tail: list[str] = []
    rest = earlier[at + len(head) + 2 : at + len(head) + 160].split()[:8]
    if rest and _bare(rest[0]) in ("on", "of", "for", "over", "against"):
        for word in rest:
            bare = _bare(word)
            if tail and (bare in _STOP_WORDS or bare in ("if", "that", "which", "who")):
                break
            tail.append(word)
            if word.endswith((",", ".", ";")):
                break
    return " ".join([*premods, words[1], *tail]).strip(" ,.")


def _plural(subject: str) -> bool:
    """Whether a subject takes 'walk' rather than 'walks': its head noun is the last word
    before any preposition."""
    words = subject.split()
    while words and _bare(words[0]) in _DETERMINERS:
        words.pop(0)
    if not words:
        return False
    if "and" in words:  # "the union and the authority" yes, "a bus and rail strike" no
        joint = words.index("and")
        if joint >= len(words) - joint - 1:
            return True
    head_words = next((words[:i] for i, w in enumerate(words) if _bare(w) in _NP_PREPS and i), words)
    head = _bare(head_words[-1])
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
    while words and (_bare(words[0]) in _DROPPED_DETERMINERS or _bare(words[0]) in ("", "and", "but", "or", "then")):
        words.pop(0)
    while words and (_bare(words[-1]) in _EDGE_WORDS or not _bare(words[-1])):
        words.pop()
    text = " ".join(words).strip(" ,;:-!?")
    if text.endswith(".") and "." not in text.rsplit(" ", 1)[-1][:-1]:
        text = text[:-1]
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text
