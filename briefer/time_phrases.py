"""The words deadline finding reads: time-phrase patterns ("next Tuesday", "by the end of
June"), verb cues ("will", "is expected to", scheduling verbs), word lists, and text
helpers that keep character offsets. Shared by `deadlines` (is a phrase upcoming?) and
`deadline_events` (what is the event?).
"""

from __future__ import annotations

import re

# --- the time-phrase scanner ------------------------------------------------------------

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b"
MONTH = rf"(?:{_MONTH_FULL}|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?\b(?![:.]\d|\s*[ap]\.?m\b)"  # not the hour of "11:29am"
_YEAR = r"(?:19|20)\d\d\b"
TOD = r"(?:\s+(?:morning|afternoon|evening|night))?"
CLOCK = r"(?:(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+(?:on\s+)?)?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)\b"
_OF_PART_HEAD = r"(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half|rest|remainder)"
_OF_PART = rf"{_OF_PART_HEAD}\s+of\s+"
_NUM = (
    r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty(?:-five)?|fifty|sixty|ninety|a\s+couple\s+of|a\s+few|several)"
)
UNIT = r"(?:hour|day|week|fortnight|month|year)s?\b"
_DUR = rf"(?:{_NUM}(?:\s+and\s+a\s+half)?\s+{UNIT}(?:\s+and\s+a\s+half)?|half\s+an?\s+{UNIT})"
_HEDGE = r"(?:(?:about|around|roughly|approximately|some|nearly|almost|another|just\s+over|up\s+to)\s+)?"
_QUOTE = "[\"\u201c\u201d'\u2018\u2019]?"

_APOSTROPHE = "['\u2019]"
# Named holidays, as capitalised as the press writes them ("Good Friday", "New Year's Eve").
HOLIDAY_NAME = (
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
HOLIDAY = (
    r"(?=(?:(?:this|next|last|the)\s+)?(?-i:[A-Z]))"  # fails fast at the many places without a capital
    r"(?:(?:this|next|last|the)\s+)?(?<!Merry\s)(?<!Happy\s)(?<!Father\s)(?<![a-z]an\s)(?<![a-z]ese\s)"
    rf"(?<!{_APOSTROPHE}s\s){HOLIDAY_NAME}(?:\s+(?:holiday\s+)?weekend|\s+holiday(?!s))?{TOD}(?:,?\s+{_YEAR})?"
    rf"(?=\s*(?:[.,;:!?)\]\"\u201d\u2014\u2013]|{_APOSTROPHE}(?!s\b)|\s[-\u2013\u2014]\s|$)"
    r"|\s+(?:and|or|but|nor|to|in|at|on|with|when|while|as|if|this|next|last|of|for|from|by|until|till|through|before"
    r"|after|so|only|itself|because|amid|despite|unless|than|along|across|around|near|over|under|into|throughout"
    r"|within|without|against|between|among|via|outside|inside|beyond|toward|towards|nationwide|worldwide|again|too"
    r"|also|instead|here|there|then|already|still|where|which|who|that|whether|onwards|onward)\b)"
)

_DATE = (
    rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+{_DAY}(?:,\s*{_DAY})*,?\s+and\s+{_DAY}"  # "June 3, 4 and 6"
    rf"|{MONTH}\s+{_DAY}(?:,\s*{_DAY}){{2,}}"  # "August 26, 27, 28, 29"
    rf"|(?:the\s+)?{_DAY}(?:,\s*{_DAY})*,?\s+and\s+{_DAY}\s+(?:of\s+)?{MONTH}"  # "3, 4 and 6 June"
    rf"|{MONTH}\s+(?:the\s+)?{_DAY}(?:\s*(?:-|\u2013|to|through)\s*(?:{MONTH}\s+)?{_DAY})?"  # "April the 20th"
    rf"|(?:the\s+)?{_DAY}(?:\s*(?:-|\u2013|to|through)\s*(?:the\s+)?{_DAY})?\s+(?:of\s+)?{MONTH})(?:,?\s+{_YEAR})?"
)
# "and" joins two days into a range only after "between": "on 12 and 14 March" is two days.
_BETWEEN = (
    rf"(?<=between\s)(?:{MONTH}\s+{_DAY}\s+and\s+(?:{MONTH}\s+)?{_DAY}"
    rf"|(?:the\s+)?{_DAY}\s+and\s+(?:the\s+)?{_DAY}\s+(?:of\s+)?{MONTH})(?:,?\s+{_YEAR})?"
)
CORE = "|".join(
    [
        _BETWEEN,
        _DATE,
        rf"the\s+week\s+of\s+{MONTH}\s+{_DAY}",
        (
            rf"(?:(?:early|mid|late|end)(?:\s*(?:-|to|or)\s*(?:early|mid|late))?[\s-]+|{_OF_PART})"
            rf"{_MONTH_FULL}(?:,?\s+(?:of\s+)?{_YEAR})?"
        ),
        (
            rf"(?:(?:early|late)\s+(?:on\s+)?)?(?:(?:this\s+coming|this|next|last|coming)\s+)?(?:bank\s+holiday\s+)?{WEEKDAY}{TOD}"
            r"(?:\s+(?:this|next|last)\s+week)?"
        ),
        HOLIDAY,
        r"(?:later\s+)?today\b|tonight\b|this\s+(?:morning|afternoon|evening)\b",
        rf"(?:the\s+day\s+after\s+)?tomorrow\b{TOD}|yesterday\b",
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
        (  # "the November elections", "the October district work period", "the March 2 poll", "the 2 March poll"
            rf"the\s+(?:{_MONTH_FULL}|{MONTH}\s+{_DAY}|{_DAY}\s+{MONTH})"
            r"(?=\s+(?:[a-z][\w-]*\s+){0,2}(?:elections?|votes?|polls?|summit|meetings?|session"
            r"|period|recess|deadline|break|conference|talks|hearing|trial|launch|budget|strikes?|holidays?|festival"
            r"|tour|visit|sitting|review|primary|primaries|referendum)\b)"
        ),
        rf"(?:early|mid|late)[\s-]+{_SEASON}|{_SEASON}\s+(?:of\s+)?{_YEAR}",
        rf"{_YEAR}-\d\d-\d\d\b",
        # "January's hearings will take place": a month's own events (not "May's", a surname)
        r"(?-i:January|February|March|April|June|July|August|September|October|November|December)(?=['\u2019]s\s)",
    ]
)
# Bare months, years, seasons and day numbers need a preposition to be dates ("in May", not "Theresa May").
NEEDS_PREP = "|".join(
    [
        rf"{_MONTH_FULL}(?:,?\s+(?:of\s+)?{_YEAR})?",
        _YEAR,
        rf"(?:the\s+)?{_SEASON}(?:\s+(?:of\s+)?{_YEAR})?",
        r"the\s+\d{1,2}(?:st|nd|rd|th)\b(?:\s+of\s+(?:this|next)\s+month\b)?",
        r"the\s+(?:first|second|third|fourth)\s+(?:half|quarter)\b(?!\s+of)",  # "in the fourth quarter"
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\b",
    ]
)
PREP = (
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
        rf"(?:in|within|over|during|for)\s+the\s+(?:next|coming)\s+(?:{_NUM}\s+)?{UNIT}",
        r"(?:in|over|during|within)\s+(?:the\s+)?(?:coming|next\s+few|next\s+several)\s+(?:days|weeks|months)\b",
        r"(?:in|over)\s+the\s+(?:days|weeks|months)\s+ahead\b",
        rf"{_DUR}\s+from\s+(?:now|today)\b",
    ]
)
TIME_PHRASE = re.compile(
    rf"\b(?:(?P<prep>{PREP})\s+{CLOCK})?(?:{CORE})"
    rf"|\b(?P<prep2>{PREP})\s+{CLOCK}(?:{NEEDS_PREP})"
    rf"|\b(?:{_RELATIVE})",
    re.IGNORECASE,
)

# --- tense cues: matched against lower-cased text (IGNORECASE makes them three times slower)

ADVERBS = (
    r"(?:\s+(?:not|also|then|likely|probably|formally|officially|finally|again|now|soon|only|still|jointly"
    r"|separately|reportedly|each|both|be|have|been|being))*"
)
PARTICIPLE = (
    r"(?:[a-z]+ed|held|made|taken|given|sent|set|put|done|seen|known|built|paid|sold|told|won|struck|met|run|begun"
    r"|chosen|brought|kept|cut|hit|shut|spent|laid|led|left|lost|read|found)\b"
)
EVENT_VERBS = (
    r"meet|hold|host|visit|vote|sign|decide|announce|release|publish|launch|begin|start|resume|open|close|end|"
    r"hear|rule|travel|attend|unveil|present|deliver|testify|discuss|review|return|arrive|leave|walk|strike|"
    r"join|submit|file|appear|speak|address|take|make|send|issue|set|face|head|go|fly|sit|convene|surrender|report|serve"
)
# Present simple of verbs for scheduled events: "City plays United on Monday", "the court hears
# the appeal on March 3", "the store opens Friday" speak of what is to come.
_MARKET_MOVE = r"(?!\s+(?:higher|lower|up|down|flat|mixed|firmer|weaker|stronger|sharply|slightly)\b)"
"""Not "stocks open higher on Monday": a market's move, not a scheduled opening."""
PRESENT_SCHEDULED = (
    rf"(?:begins|starts|opens|reopens|ends|closes){_MARKET_MOVE}|expires|runs|meets|convenes|resumes|reconvenes"
    r"|takes\s+(?:effect|place|on)|kicks\s+off|arrives|visits|travels|heads|returns|hosts|holds|faces|votes"
    r"|launches|lapses|falls\s+due|concludes|premieres|debuts|restarts|(?:comes|goes)\s+into\s+(?:force|effect)"
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
BARE_EVENT = re.compile(rf"(?<=\s){_BARE_PRESENT}")
_NOT_PLURAL = frozenset(
    "yes perhaps sometimes always whereas unless across plus thus towards besides afterwards nevertheless news "
    "hers ours yours theirs less series politics economics".split()
)
NOT_PAST_ED = frozenset(
    "need speed indeed proceed succeed exceed feed seed bed red shed breed bleed greed weed embed naked wicked "
    "sacred hundred kindred related limited based advanced detailed united supposed alleged so-called concerned "
    "interested armed skilled renewed expected proposed long-awaited anticipated planned scheduled".split()
)
POSSESSIVE = re.compile(
    r"['\u2019]s\s+(?!(?:actually|also|just|really|still|now|not|the|a|an|when|going|set|due|expected|our|my|your|his|her"
    r"|their|its|only|finally|officially)\b)"
)
"""A possessive "'s"; not the "is" of "This Friday's actually the last day", "Sunday's the final"."""
COORDINATED = re.compile(r"[\s,]*(?:(?:and|or|&)[\s,]*)?", re.IGNORECASE)


def lower_same_length(text: str) -> str:
    """Lower case with every offset kept (str.lower turns a few characters into two)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def has_plural_subject(text: str, at: int) -> bool:
    words = text[:at].split()[-2:]
    return bool(words) and _plural_subject(words[-1], words[0] if len(words) == 2 else None)


def _plural_subject(word: str, before: str | None) -> bool:
    """Whether `word` can be the subject of a plural verb: "voters (go to the polls)", "they
    (meet)", "City (play)"; not "the (vote)", "its (launch)" or "the Senate (vote)"."""
    bare = bare_word(word)
    if bare in ("they", "we", "you", "both"):
        return True
    if len(bare) <= 2 or word[-1:] in "'\u2019" or bare in DETERMINERS | STOP_WORDS | PRONOUNS | _NOT_PLURAL:
        return False  # "(Friday)'s vote": the possessive, not a plural subject
    if word[:1].isupper():
        return before is None or bare_word(before) not in DETERMINERS
    return bare.endswith("s") and not bare.endswith(("ss", "us", "is", "'s", "\u2019s"))


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (the nearest cue before a phrase)."""
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


# --- event text ----------------------------------------------------------------------------

DETERMINERS = frozenset("a an the another its their his her our my your this these those some each every no".split())
PRONOUNS = frozenset("it he she they we i you which who that this there".split())
STOP_WORDS = frozenset(
    "and or but to for from by about after before during ahead as than if unless when while because although is are "
    "was were be been being has have had do does did will would shall can could may might must should not also "
    "said says told added adding saying announced noted warned expected scheduled set due slated plans planned aims "
    "intends hopes seeks wants needs need to amid despite including back off out up down away".split()
)


def bare_word(word: str) -> str:
    """A word without its punctuation, case-folded, for the word lists."""
    return word.strip(".,;:!?()[]\"\u201c\u201d'\u2018\u2019").casefold()
