"""Who said a quote: the speaker named around an attribution verb, resolved to a full name.

Speakers: the subject of the attribution verb, i.e. the name right before it or right
after it, never one inside a leading phrase ("Speaking alongside X, Mr Albanese said"),
an appositive ("Tom Reyes, a colleague of Maria Lopez, said") or after "said of". Titles,
however long, are not part of a name ("Secretary of State for Health and Social Care Wes
Streeting", "Chairman and CEO Michael Lynton"); two named people are one speaker "A and
B". A surname or "Mr. X" is the full name the article gives ("Akazawa" -> "Akazawa
Ryosei", in the article's own order); "the prime minister" is the last person whose title
has those words. "he"/"she" is X after "X said" in the same sentence, else the latest
person who was the subject of an attribution verb or of a sentence, skipping anyone of
the other sex (names.NameIndex.gender: "Mr", "his wife", a given name; or who a "he" was
earlier taken for); when that person said nothing and another subject who could be meant
comes within two sentences before, the quote is dropped rather than guessed. "It said" /
"It added that" is the organisation that was the subject of the latest attribution verb
(never a person). "the Education Secretary" used before the article names the holder
(a caption) is the one person it later names with that title. In "with Tom Black,
director of CPAG, saying:" the speaker is the person; "the Department for Education" and
"Chris Whitty of the University of Oxford" are one body and one person.
"""

from __future__ import annotations

import bisect
import functools
import re

from .attribution import ADV, SAY, SAY_VERB
from .names import (
    COMMON,
    COUNTRIES,
    DEMONYMS,
    GIVEN_NAMES,
    ORG_WORDS,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    RUN,
    TITLE_WORDS,
    gender_of_words,
    is_org_or_place,
    name_parts,
)
from .quote_marks import WORD, Analysis

_AFFILIATION = re.compile(rf"(\S+)\s+(?:at|for|of|from|with)\s+(?:the\s+)?(?:{RUN.pattern})$")
_AFFILIATION_WORDS = (" from", " at", " of", " with", " the")
_NAME_FROM = re.compile(rf"({RUN.pattern})\s+(?:from|at|of|with)\s+(?:the\s+)?$")
_TRAILING_ADVERBS = re.compile(rf"(?:^|\s+){ADV}\s*$")
_PRONOUN_END = re.compile(r"(?:^|[\s,;—–-])((?i:he|she|they|it|i|we))$")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_PRONOUNS = frozenset("he she they i we you it".split())
_DETERMINERS = frozenset(
    "the a an one another two three four several some many most both other his her their its our this that these those".split()
)
#: words that cannot sit inside a speaker phrase: finite verbs and clause words
_NOT_SPEAKER = frozenset(
    "is was were are be been being has have had will would can could should may might must do does did that "
    "which who whom whose when where while if because and but or than then as it its said says told added "
    "not no there here".split()
)
#: heads of phrases that report words but do not speak them
_DOCUMENT_NOUNS = frozenset(
    "statement report document website site release post letter filing survey study poll data figures analysis "
    "memo transcript note notice article story account version records record text message "
    "email tweet posting video footage documents reports statements estimates estimate forecast ruling "
    "complaint lawsuit indictment affidavit order decision judgment judgement findings minutes motion filing "
    "filings petition submission".split()
)
_GROUP_NOUNS_TEXT = (
    "officials critics analysts police experts residents witnesses prosecutors investigators authorities "
    "organizers organisers researchers scientists economists lawmakers democrats republicans supporters "
    "opponents protesters activists voters fans players executives investors traders observers diplomats "
    "doctors teachers students workers parents families leaders sources people members staff employees "
    "officers troops soldiers negotiators ministers aides advisers advisors relatives neighbors neighbours "
    "bosses chiefs managers owners bankers campaigners unions commentators sceptics skeptics"
)
_GROUP_NOUNS = frozenset(_GROUP_NOUNS_TEXT.split())
_SPEAKING_ROLES = (
    "spokesperson spokesman spokeswoman official representative source aide adviser advisor analyst economist "
    "family lawyer lawyers attorney attorneys"
)
HEAD_WORDS = frozenset((_GROUP_NOUNS_TEXT + " " + _SPEAKING_ROLES).split())
_LABEL_HEADS = "(?i:" + "|".join(sorted((_GROUP_NOUNS_TEXT + " " + _SPEAKING_ROLES).split())) + ")"
#: an unnamed speaker described by a group or role: "Goldman Sachs analysts", "economists at Capital Economics"
_GROUP_PHRASE = re.compile(
    rf"(?<![\w'’])(?:(?:a|an|the|one|two|three|several|some)\s+)?(?:(?:{RUN.pattern})(?:['’]s)?\s+)?(?:[a-z]+\s+)?"
    rf"{_LABEL_HEADS}"
    rf"(?:\s+(?:at|from|of|with|for)\s+(?:the\s+)?(?:{RUN.pattern}))?$"
)
#: the same, followed by a longer affiliation: "an official from the Palestinian Authority of ..."
_LABEL_NP = re.compile(
    rf"\b(?:a|an|the|one|two|three|several|some)\s+(?:\S+\s+){{0,3}}?{_LABEL_HEADS}\s+(?:at|from|of|with|for|in)\s",
    re.IGNORECASE,
)
TITLE_SMALL = frozenset("of the and a an in on for to at by with from vs or de la del & -".split())


_AND = re.compile(r"\s+(?:and|&)\s+")
#: a verb right after a quote's closing mark comes before its subject: '"...," said Smith'
_INVERTED_BEFORE = re.compile(r"[,?!—–-]?[\"”’'»]\s*$")
_ROLE_ENDINGS = ("or", "er", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee")
#: words with those endings that are no role
_NOT_ROLES = frozenset(
    "after over under other never ever either neither rather whether former latter later together however "
    "whenever wherever whatever whoever whomever another further sooner wanted granted meant spent went sent "
    "present recent current different independent urgent silent violent prominent apparent constant "
    "important significant relevant pleasant distant instant brilliant decent ancient pregnant vacant "
    "agree degree free three committee".split()
)
#: people too short for the role endings: "the man said"
_SHORT_PERSON_NOUNS = frozenset("man boy girl".split())
#: small words inside a title before a name: "Bank of England governor", "Secretary for Health"
_TITLE_JOINERS = frozenset("of for the and & de".split())
_CONJUNCTIONS = frozenset("But And So Yet Or Nor".split())
_DETERMINER_WORDS = frozenset("The A An His Her Their Its One Another".split())
#: a US lawmaker's party and state after the name: "Warren, D-Mass., said"
_PARTY_STATE = re.compile(r"\(?[RDI]\.?-\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?")
#: what a subject does or is right before being quoted: "spoke next", "was delighted", "said"
_SPEECH_LIKE = re.compile(
    rf"(?:,(?:[^,.;:!?\n]|\.(?=,)){{1,100}}){{0,3}},?\s+(?:{ADV}\s+)*"
    rf"(?:{SAY}|spoke|speaks|speaking|reflected|reacted|addressed|"
    r"(?:expressed|voiced|expresses|voices)\s+(?:his|her|their|its|some|deep|grave|strong)?\s*(?:[a-z]+\s+)?"
    r"(?:pessimism|optimism|concern|concerns|doubt|doubts|frustration|anger|hope|confidence|support|regret|sympathy)|"
    r"took\s+to\s+(?:Twitter|X|Facebook|Instagram|Truth\s+Social|social\s+media)|"
    r"(?:is|were|are|remained|remains|seemed|sounded|appeared|was)\s+(?:[a-z]+ly\s+|in\s+no\s+)?(?:delighted|pleased|"
    r"happy|proud|disappointed|frustrated|furious|angry|upset|adamant|defiant|confident|optimistic|pessimistic|"
    r"upbeat|critical|scathing|unrepentant|unapologetic|emphatic|keen|eager|quick|reluctant|cautious|philosophical|"
    r"bullish|doubt|clear|blunt|candid|full\s+of\s+praise))\b"
)
#: an unnamed person heading a clause: "The officer went on to ...", "A second detective told ..."
_UNNAMED_SUBJECT = re.compile(
    r"((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?:"
    + "|".join(sorted((w for w in ROLE_NOUNS if w.isalpha()), key=len, reverse=True))
    + r"))(?=\s+[a-z]|,)"
)
_PASSIVE_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|lt|ut|id)\s+by\s+"
    r"(?:(?:the\s+)?[a-z]+\s+)?(?=[A-Z])"
)
#: institutions that speak as a body: 'the union branded the offer "insulting"'
SPEAKING_BODIES = frozenset(
    "government ministry union company council court party campaign group department agency office board "
    "commission committee club federation association bank firm regulator family airline authority embassy "
    "organisation organization charity university school hospital newspaper paper league administration state "
    "prosecution defence defense watchdog service force army military startup studio museum team network "
    "institute foundation trust coalition alliance movement parliament senate house cabinet delegation bench "
    "jury panel tribunal inquiry carrier retailer lender insurer chain observatory secretariat commission "
    "consulate mission police".split()
)
#: title words that head a speaker label: "the prime minister", "the PM"
_TITLE_HEADS = frozenset(w.lower().rstrip(".") for w in TITLE_WORDS) | {"pm"}
#: where a label's head noun ends: "a source | familiar with the talks", "an official | from the ministry"
_LABEL_CUT = re.compile(r"\s+(?:of|from|for|at|in|on|with|familiar|close|who|which|that|representing)\s")
#: verbs by which someone puts out a document
ISSUE_VERB = re.compile(
    r"(?<![\w-])(?:issued|issues|released|releases|published|publishes|filed|files|sent|sends|submitted|"
    r"shared|shares|put\s+out|signed|sought|distributed|distributes|circulated|circulates)(?![\w-])"
)
OWNED_DOCUMENTS = (
    "statement|statements|filing|motion|letter|post|posting|tweet|message|email|e-mail|release|memo|response|"
    "complaint|lawsuit|affidavit|ruling|judgment|judgement|notice|submission|petition|decision|report|resolution|"
    "communique|communiqué|declaration|communication|notification|bulletin|circular"
)
_TRAILING_RELATIVE = re.compile(r"[\s,]*\b(?:which|that)\s*$")
_DOCUMENT_MENTION = re.compile(rf"\b(?:{OWNED_DOCUMENTS})\b", re.IGNORECASE)
#: the owner a document phrase names: "a statement from the family", "Twitter's statement"
_OWNER_NAMED = re.compile(
    rf"(?:\b(?:from|by|of)\s+(?P<owner>[^,;:.!?\"“”]{{1,100}})$|^(?P<owner2>{RUN.pattern}|(?:the|The)\s+[a-z-]+)['’]s\s"
    rf"|^(?:[Tt]he|[Aa]n?)\s+(?P<owner3>[A-Z][A-Z&]{{1,7}}|{RUN.pattern})\s+(?:[\w'’-]+\s+){{0,2}}(?:{OWNED_DOCUMENTS})$)"
)
"""Who issued a document, as its phrase names them: "a statement from the family", "Twitter's
statement", "the airline's statement", "the WHC decision"."""
_DOCUMENT_BY = re.compile(rf"\b(?i:{OWNED_DOCUMENTS})\s+(?:from|by|of)\s+(?:the\s+)?({RUN.pattern})")
"""A document and its issuer in one phrase, found in an earlier sentence."""
_NAMED_DOCUMENT = re.compile(
    rf"((?<![\w'’])[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&'’-]*)+)\s+(?:press\s+|news\s+)?"
    rf"(?i:{OWNED_DOCUMENTS})\b"
)
"""A document named after its issuer: "Wednesday's Green Bay Department of Public Works press release"."""
#: a person named right before " and <name>": the first of two speakers
_PARTNER_BEFORE = re.compile(rf"(?<![\w'’])({RUN.pattern})\s+(?:and|&)\s+$")
#: sentences searched back for a pronoun's antecedent
_PRONOUN_REACH = 8
#: lowercase words that may stand in a title before a subject's name: "chief tariff negotiator"
_ROLE_MODIFIERS = frozenset(
    "chief senior deputy former defence defense foreign trade finance health home interior tariff head "
    "general executive managing assistant acting interim lead top state federal local regional national "
    "opposition party union club team police fire county city district public veteran retired outgoing incoming".split()
)

#: an explicit attribution to someone the rules cannot name ("they said"): drop, don't guess
BLOCKED = "\0"


_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" ,—–-\n\t")
    if "," in phrase:
        parts = phrase.split(",")
        phrase = parts[0]
        appositive = parts[1].strip()
        described = (
            _DESCRIPTION.match(phrase)
            or _only_title(phrase)  # "Secretary General of the BIE, Dimitri ..."
            or _OWNER_ROLE.match(phrase)  # "Trump's attorney in Georgia, Steve Sadow,"
        )
        if described and RUN.fullmatch(appositive) and not is_org_or_place(appositive):
            phrase = appositive  # "a shopper on the Big Island, Shana Bartolome, told ...": the person
    return _TRAILING_PAREN.sub("", phrase).strip()


_DESCRIPTION = re.compile(r"(?:a|an|the|one|another)\s+[a-z]")
"""An unnamed description that an appositive name may follow: "a shopper on the Big Island"."""
_OWNER_ROLE = re.compile(rf"(?:{RUN.pattern})['’]s\s+[a-z]")
"""An owner's role that an appositive name may follow: "Trump's attorney in Georgia, Steve Sadow"."""


def _valid_phrase(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > (14 if _LABEL_NP.match(phrase) else 9):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if lowered[0] in _PRONOUNS:
        return len(words) == 1
    if any(w in _NOT_SPEAKER for w, written in zip(lowered, words, strict=True) if written[:1].islower()):
        return False  # a verb or clause word; capitalised "May" is a name
    return (
        words[0][:1].isupper()
        or words[-1][:1].isupper()
        or lowered[0] in _DETERMINERS
        or lowered[-1] in _GROUP_NOUNS
        or lowered[-1] in ROLE_NOUNS
    )


def subject_before(masked: str, lo: int, verb_at: int) -> tuple[str, int] | None:
    """The speaker phrase right before a verb at `verb_at` (not before `lo`), and where it starts.

    Adverbs and days ("separately", "Wednesday"), one appositive (", a key figure in the
    talks,") and a parenthesis are skipped: "U.S. Treasury Secretary Scott Bessent, a key
    figure in the bilateral tariff talks, said" gives "U.S. Treasury Secretary Scott Bessent".
    """
    s = _HEDGED_VERB.sub("", masked[lo:verb_at].rstrip()).rstrip()
    stripped = False
    for _ in range(3):
        before = s
        s = _TRAILING_ADVERBS.sub("", s).rstrip()
        s = _TRAILING_PARTY.sub("", s).rstrip()
        s = _TRAILING_PAREN.sub("", s).rstrip()
        if s.endswith(","):
            comma = s.rfind(",", 0, len(s) - 1)
            appositive = s[comma + 1 : -1].strip() if comma >= 0 else ""
            named = (
                RUN.fullmatch(appositive)
                and not _PARTY_STATE.fullmatch(appositive)
                and (
                    not _IN_PLACE_END.search(s, 0, max(comma, 0))  # "in Omaha, Nebraska,": a place
                    or appositive.split()[0] in GIVEN_NAMES  # "Trump's attorney in Georgia, Steve Sadow,"
                )
            )
            if named and name_parts(appositive)[1] and not is_org_or_place(name_parts(appositive)[1]):
                # "The Bank of England governor, Andrew Bailey, said"
                return appositive, lo + comma + 1 + (len(s[comma + 1 :]) - len(s[comma + 1 :].lstrip()))
            s = s[:comma].rstrip() if comma >= 0 else s[:-1].rstrip()
            stripped = True
        elif s.endswith((" -", " —", " –", " --")):
            # "Gavan Duffy QC - who is charged with ... - said": a parenthesis between dashes
            dash = s.rsplit(None, 1)[-1]
            opening = s.rfind(f" {dash} ", 0, len(s) - len(dash))
            s = s[:opening].rstrip() if opening >= 0 else s
            stripped = True
        if s == before:
            break
    if not s:
        return None
    relative = _NAME_THEN_WHO.search(s)
    if relative and subject_head(s[: relative.start(1)]) and name_parts(relative.group(1))[1]:
        # "Dr. John Knightly, who is the medical director of ..., in Summit, N.J., but is not treating
        # Calhoun, said": the relative clause, commas and all, belongs to the name before it
        return relative.group(1), lo + relative.start(1)
    if stripped:
        # "DJ Koh, the president of Samsung's mobile business, which makes the Galaxy, said"
        head = _NAMED_BEFORE_APPOSITIVE.search(s)
        name = name_parts(head.group(1))[1] if head and subject_head(s[: head.start()]) else ""
        if head and name and not is_org_or_place(name):
            return head.group(1), lo + head.start(1)
    if s.endswith((" and", " but")):
        # "Twitter sued Mr Musk ... and claimed": the subject of the first verb
        first = RUN.match(s)
        if first and name_parts(first.group())[1] and s[first.end() : first.end() + 2].strip()[:1].islower():
            return first.group(), lo
        return None
    pronoun = _PRONOUN_END.search(s)
    if pronoun:
        return pronoun.group(1), lo + pronoun.start(1)
    tail_start = max(0, len(s) - 160)
    unclosed = _UNCLOSED_APPOSITIVE.search(s, tail_start)
    if (
        unclosed
        and name_parts(unclosed.group(1))[1]
        and not is_org_or_place(unclosed.group(1))
        and subject_head(s[: unclosed.start(1)])  # not "Responding to Smith, a spokesman for the Met Office said"
    ):
        # "Alex Burkill, a meteorologist at the Met Office said:": the closing comma was dropped
        return unclosed.group(1), lo + unclosed.start(1)
    clause = max(s.rfind(",", tail_start), tail_start)
    body = _BODY_OF_AND_END.search(s, clause)
    if body:  # "A Department of Health and Social Care spokesperson said:": one body, not "Social Care"
        return body.group(), lo + body.start()
    has_head = not HEAD_WORDS.isdisjoint(s[clause:].lower().split())
    label = _LABEL_NP.search(s, clause) if has_head else None
    if label and not any(w.lower() in _NOT_SPEAKER for w in s[label.start() :].split()):
        return s[label.start() :], lo + label.start()
    last_word = s[s.rfind(" ") + 1 :]
    runs = [m for m in RUN.finditer(s, tail_start) if m.end() == len(s)] if last_word[:1].isupper() else []
    group = _GROUP_PHRASE.search(s, tail_start) if has_head else None
    if group and (not runs or group.start() < runs[-1].start()):
        # "Economists at Capital Economics said", "Goldman Sachs analysts wrote"
        return group.group(), lo + group.start()
    if runs:
        run = runs[-1]
        before_run = s[tail_start : run.start()].rstrip()
        affiliated = _NAME_FROM.search(s, tail_start, run.start()) if before_run.endswith(_AFFILIATION_WORDS) else None
        body = _BODY_OF.search(s, tail_start)
        if body and _body_name(body.group(1)) and not s[: body.start()].rstrip().endswith(_AFFILIATION_WORDS[:4]):
            # "The Department for Education said", "the Royal College of Nursing said": one body
            return body.group(), lo + body.start()
        while affiliated and _body_name(affiliated.group(1)):
            # "Chris Whitty of the University of Oxford said": past the body to its member
            outer = s[tail_start : affiliated.start()].rstrip()
            if outer.endswith(" the"):
                outer = outer[:-4].rstrip()
            member = _NAME_FROM.search(s, tail_start, tail_start + len(outer) + 1)
            if member is None and outer.endswith(" with"):
                # "Shares fell, with the Bank of England saying": the body itself
                at = tail_start + len(outer) + 1
                return s[at:], lo + at
            if member is None:
                break
            affiliated = member
        if affiliated and name_parts(affiliated.group(1))[1] and not name_parts(run.group())[0]:
            # "Mike Rulis from Novo Nordisk said": the person, not the company
            phrase, at = _with_lower_role(s, affiliated.start(), affiliated.group(1))
            return phrase, lo + at
        partner = _PARTNER_BEFORE.search(s, tail_start, run.start())
        if partner and subject_head(s[tail_start : partner.start()]):
            # "Donna Rotunno and Damon Cheronis, Weinstein's lawyers, said": both speak
            return s[partner.start() : run.end()], lo + partner.start()
        phrase, at = _with_lower_role(s, run.start(), run.group())
        return phrase, lo + at
    words = list(re.finditer(r"\S+", s[tail_start:]))[-8:]
    for n, word in enumerate(words):
        token = word.group().lower()
        rest = [w.group() for w in words[n:]]
        if (token in _DETERMINERS or token.endswith(("'s", "’s"))) and not any(
            w.lower().strip(".,") in _NOT_SPEAKER for w in rest[1:]
        ):
            if any(ch in w for w in rest[:-1] for ch in ",;:"):
                continue
            start = tail_start + word.start()
            return s[start:], lo + start
    return None


#: an organisation named with "of"/"for": "the Department for Education", "Royal College of Nursing"
_BODY_OF = re.compile(rf"(?:\b[Tt]he\s+)?({RUN.pattern})\s+(?:of|for)\s+(?:the\s+)?(?:{RUN.pattern})$")


def _body_name(phrase: str) -> bool:
    """Whether a phrase is an organisation's name ending in its kind: "The Department", "Royal College"."""
    words = phrase.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and words[-1] in ORG_WORDS and all(w[:1].isupper() for w in words)


def _paragraph_at(analysis: Analysis, pos: int) -> int:
    return max(0, bisect.bisect_right([lo for lo, _ in analysis.paragraphs], pos) - 1)


def _paragraph_floor(analysis: Analysis, pos: int, back: int) -> int:
    """Where the paragraph `back` paragraphs before the one holding `pos` starts: how far back a
    pronoun or document looks for what it stands for."""
    return analysis.paragraphs[max(0, _paragraph_at(analysis, pos) - back)][0]


def is_name(speaker: str | None) -> bool:
    """A named person, not a label ("the ministry"), a country or an organisation."""
    return speaker is not None and speaker != BLOCKED and speaker[:1].isupper() and not is_org_or_place(speaker)


def _only_title(phrase: str) -> bool:
    """ "Chairman", "Sony Pictures Chairman", "Secretary of State for Health": title words, no one's name."""
    runs = list(RUN.finditer(phrase))
    names = [name_parts(r.group())[1] for r in runs]
    if not runs or any(n and not is_org_or_place(n) and not n.isupper() for n in names):  # "of the BIE": a body
        return False
    between = RUN.sub(" ", phrase).split()
    return all(w in TITLE_SMALL or w in ROLE_NOUNS or w in _ROLE_MODIFIERS for w in between)


def _name_behind_long_title(phrase: str) -> str | None:
    """The "Given Surname" closing a long run of title and body words, when the words before it
    name a body or a title: "... for Exploration Systems Development Mission Directorate Jim Free"."""
    runs = list(RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip(".")):
        return None
    tokens = runs[-1].group().split()
    if len(tokens) < 4 or tokens[-2] not in GIVEN_NAMES or not tokens[-1][:1].isupper():
        return None
    before = tokens[:-2]
    titled = is_org_or_place(" ".join(before)) or any(t in TITLE_WORDS for t in before)
    if any(t in GIVEN_NAMES for t in before) or not titled:
        return None
    return " ".join(tokens[-2:])


def _titled_name_at_end(phrase: str) -> bool:
    """Whether the phrase ends with a name behind title words: "... for Health Wes Streeting"."""
    runs = list(RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip(".")):
        return False
    title, name = name_parts(runs[-1].group())
    return bool(title and name) and not is_org_or_place(name)


def subject_head(before: str) -> bool:
    """Whether a name after `before` heads its clause: only titles, roles and determiners precede it,
    after a leading phrase of time or place ("During the debate Labour Senator Ivana Bacik said")."""
    opening = _LEADING_SETTING.sub("", before[before.rfind(",") + 1 :], count=1)
    clause = [w for w in opening.split() if any(ch.isalnum() for ch in w) and not _ACRONYM_WORD.fullmatch(w)]
    if clause and (clause[-1] in ROLE_NOUNS or _role_like(clause[-1])):
        # "construction manager Terry Zoller": up to two plain nouns before a role are part of it,
        # but not a verb or preposition ("Police arrested former manager", "heard from prosecutor")
        for _ in range(2):
            if len(clause) > 1 and _ROLE_PART.fullmatch(clause[-2]) and clause[-2] not in _NOT_ROLE_PART:
                clause = [*clause[:-2], clause[-1]]
    return all(
        w[:1].isupper() or w.lower() in _DETERMINERS or w in _TITLE_JOINERS or w.endswith(("'s", "’s"))
        or w.isdigit() or _role_like(w)
        for w in clause
    )


def _role_like(word: str) -> bool:
    """A lowercase word that can stand in a title before a name: a known role or modifier, or a
    noun shaped like a role ("mediator", "historian", "consultant")."""
    return (
        word in ROLE_NOUNS
        or word in _ROLE_MODIFIERS
        or word in _SHORT_PERSON_NOUNS
        or (
            word.endswith(_ROLE_ENDINGS)
            and not word.endswith("ment")  # "the second postponement": a thing, not a person
            and word not in _NOT_ROLES
            and word.isalpha()
            and len(word) > 4
        )
    )


def _clause_start(masked: str, start: int, end: int) -> int:
    """Where a sentence's main clause starts: after a leading "But", "On Monday," or "Speaking to reporters,"."""
    first = WORD.match(masked, start)
    if first and first.group() in _CONJUNCTIONS:
        start = first.end() + 1
        first = WORD.match(masked, start)
    word = first.group() if first else ""
    participle = word.endswith(("ing", "ed")) and masked[first.end() + 1 : first.end() + 2].islower() if first else False
    if word and word not in _DETERMINER_WORDS and (word in COMMON or participle):
        comma = masked.find(",", start, end)
        if comma >= 0:
            return comma + 1 + len(masked[comma + 1 : end]) - len(masked[comma + 1 : end].lstrip())
    return start


def sentence_subject(masked: str, start: int, mentions: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The person a sentence is about: the first one named at the head of its main clause.

    "Defence lawyer Donna Rotunno said ...", "Harvey Weinstein was led away ...", "On
    Monday, Mr Albanese ..." give that person; in "Speaking alongside Linda Burney, Mr
    Albanese ..." the leading phrase is skipped, and "The jury convicted Weinstein" has none.
    """
    if not mentions:
        return None
    clause = _clause_start(masked, start, mentions[-1][0])
    owner_end = -1
    for at, end, person in mentions:
        if end <= clause:
            continue
        if masked.startswith(("'s", "’s"), end):
            owner_end = end + 2
            continue  # "Weinstein's lawyer ...": the owner is not the subject, but "... lawyer Jane Doe" is
        if owner_end >= 0:
            return (at, person) if _OWNED_ROLE.fullmatch(masked, owner_end, at) else None
        before = masked[clause : max(at, clause)]
        if before.rstrip().endswith(",") and _UNNAMED_SUBJECT.match(masked, clause):
            return at, person  # "The senator who made the amendment, Sen. Maggie Hassan, ..."
        return (at, person) if subject_head(before.replace(",", " ")) else None
    return None


_ACRONYM_WORD = re.compile(r"\([A-Z][A-Z&]{1,7}\)")
"""A body's acronym in brackets inside a title: "Bersatu Party Election Committee (JPP) chairman"."""
_OWNED_ROLE = re.compile(r"\s+(?:[a-z-]+\s+){1,3}")
"""Between an owner and a name: "(Pistorius's) counsel (Barry Roux)"."""


#: "DJ Koh, the president of ...": a name, then an appositive that has no verb (and may end in
#: a place: "barrister for Rory Harrison from Manse Road, Belfast")
_TITLE_CASE_ROLE = (
    r"(?:[A-Z][\w&'’-]*\s+){0,4}(?:Director|Manager|Officer|Executive|President|Chairman|Chairwoman|Chair|Secretary"
    r"|Minister|Head|Leader|Spokesperson|Spokesman|Spokeswoman|Editor|Founder|Co-founder|Coordinator|Co-ordinator"
    r"|Commissioner|Superintendent|Inspector|Chief|Partner|Principal|Governor|Councillor|Adviser|Advisor|Consultant"
    r"|Analyst|Economist|Professor|Lecturer|Researcher|Engineer|Controller|Administrator|Organiser|Organizer"
    r"|Curator|Producer|Captain|Coach)\b"
)
"""A role written in title case after a name: "Gary Hopkirk, Works Delivery Director, ..."."""
_NAMED_BEFORE_APPOSITIVE = re.compile(
    rf"(?:^|(?<=,\s))({RUN.pattern}),\s+(?:(?:a|an|the|his|her|its|their)\s|[a-z]|[A-Z][\w.]*['’]s\s|{_TITLE_CASE_ROLE})"
    r"(?![^,]*\b(?:is|was|were|are|has|have|had|will|would|said|says|told)\b)[^,]*(?:,\s+[A-Z][\w.'’-]*)?$"
)
_LOWER_ROLE = re.compile(
    r"(?<![\w'’])(?:[A-Z][\w.]*['’]s\s+)?(?:(?!(?:and|or|but|the|a|an|of|to|with|for|by|from|at|in|on)\b)"
    r"[a-z][a-z\-]*\s+){1,3}$"
)


#: the subject of an absolute "with" clause before its "-ing" verb: "with Tom Black, director of
#: Child Poverty Action Group, saying"
PRONOUN_HEAD = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(He|She)\s+(?:[a-z]+ly\s+|instead\s+|also\s+|then\s+)*[a-z]+")
"""A sentence headed by "he" or "she" and its verb: the subject of a later ", saying:"."""
_NAME_SAYS = re.compile(
    rf"({RUN.pattern})\s+(?:{ADV}\s+)?(?:said|says|announced|confirmed|added|stated)\b"
    rf"|(?:^|(?<=[.!?]\s))({RUN.pattern}),[^,.;\n]{{1,80}},\s+(?:was|is|has|had|said|says|warned|argued|welcomed)\b",
    re.MULTILINE,
)
"""A body heading an attribution: "AirAsia Philippines said", "Almega, which represents rail
companies, was disappointed"."""
_ONE_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Council|Committee|Commission|Authority|Board|Department|Ministry|Trust|Service|Services|Agency|Office|Court"
    r"|Company|Co\.|Group|Institute|Society|Association|Union|Partnership|Foundation|University)"
)
"""One body with "and" in its name ("Perth and Kinross Council"), not two speakers."""
_BODY_OF_AND = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Council|Committee|Commission|Authority|Board|Boards|Department"
    r"|Ministry|Trust|Agency|Office|Institute|Society|Association|Federation|Union|Bureau|School|College|Academy"
    r"|Centre|Center)\s+(?:of|for)\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:and|&)\s+(?:[A-Z][\w’'-]*(?:\s+|$)){1,3}"
    r"(?:\((?-i:[A-Z][A-Z&]{1,7})\)\s*)?(?:[A-Z][\w’'-]*)?(?:\s*\b(?:spokesperson|spokesman|spokeswoman|official|source))?"
)
"""A body named "X of A and B" ("the Board of Intermediate and Secondary Education (BISE) Lahore"): one speaker."""
_BODY_OF_AND_END = re.compile(r"(?<![\w'’])" + _BODY_OF_AND.pattern + r"$")
_GROUP_SUBJECT = re.compile(
    rf"\s*((?:[Tt]he\s+)?(?:(?:{RUN.pattern})['’]s\s+)?(?:family|parents|relatives|officials|police|organisers|organizers"
    r"|campaigners|residents|researchers|scientists|lawyers|prosecutors|investigators|authorities|union|unions"
    r"|protesters|workers|staff|students|teachers|doctors|nurses|players|fans))\b(?=\s+[a-z])"
)
"""A group heading a sentence, which a later "they" may stand for."""
_GROUP_AFTER_QUOTE = re.compile(
    r"[,.!?][”\"'’]\s+((?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:team|family|organisers|organizers|band|group|union|club))"
    r"\s+(?:said|says|added|wrote|stated)\b"
)
_COMPANY_NOUNS = frozenset("company firm group retailer carrier airline maker manufacturer chain insurer lender".split())
_CORPORATE_NAME = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){1,4}?(?:Co\.|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|PLC|Holdings|Corporation|Company|Airways|Airlines|Air(?![\w-]|\s+[A-Z])))"
    r"(?![\w-])"
)
"""A company named with its legal form or trade: "Kellogg Co.", "Apple Inc.", "Breeze Airways"."""
_HEDGED_VERB = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:understood|said|reported|believed|thought|known|alleged|quoted)\s+"
    r"(?:to\s+have|as\s+having)$"
    r"|\s+(?:has|have|had|will|would|could|may|might|did|does|do)(?:\s+(?:also|since|later|then|reportedly))?"
    r"(?:\s+have)?$"
)
"""What stands between a speaker and the speech verb: "Andrea Leadsom is understood to have (told)"."""
_TRAILING_PARTY = re.compile(rf",\s*{_PARTY_STATE.pattern}$")
"""A US lawmaker's party and state closing the subject: "John Cornyn, R-Texas"."""
_DOCUMENT_FROM = re.compile(rf"(?i:a|an|the)\s+(?:[\w-]+\s+)?(?:{OWNED_DOCUMENTS})\s+(?:from|by|of)\s")
_IN_PLACE_END = re.compile(rf"\b(?:in|of|from|at|near|outside)\s+(?:{RUN.pattern})$")
"""Text ending "in Omaha" before ", Nebraska,": the state of a place, not a person in apposition."""
WITH_SUBJECT = re.compile(
    rf"(?<![\w-])with\s+(?:[a-z-]+\s+){{0,3}}?(?P<spk>{RUN.pattern})(?:,[^,;:.!?]{{1,120}}?)?,?\s*(?:{ADV}\s+)*$"
)
""""with professor Alex Markham, chief executive of Cancer Research UK(,) saying:": the person."""


def _with_lower_role(s: str, run_start: int, run: str) -> tuple[str, int]:
    """Keep a possessive country and lowercase role before a name: "Japan's chief negotiator X";
    with where the phrase starts in `s`."""
    before = _LOWER_ROLE.search(s, 0, run_start)
    if before and before.group().split()[-1] in ROLE_NOUNS:
        return s[before.start() : run_start] + run, before.start()
    return run, run_start


_NAME_THEN_WHO = re.compile(rf"^(?:[A-Z][\w.'’-]*\s+){{0,4}}?({RUN.pattern}),\s+who\s")
_UNNAMED_OTHERS = re.compile(
    r"(?:(?:the|his|her|their)\s+)?(?:other|fellow)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s|others|(?:his|her|their)\s+colleagues"
)
""""MacDonald and the other two commissioners said": the group speaks through the person named."""


_BACKER = re.compile(r"^.*?\S-(?:backed|owned|based|led|run|controlled|funded)\s+")
_ACCORDING_BODY = re.compile(rf"\baccording\s+to\s+((?:the\s+)?{RUN.pattern})")
_LEADING_SETTING = re.compile(
    r"^\s*(?:During|At|After|Before|Following|Outside|Inside|Earlier|Later)\s+(?:the|a|an|his|her|their)\s+"
    r"[a-z-]+(?:\s+[a-z-]+)?\s+"
)
_SOURCE_END = re.compile(r"[,;:.!?\"“”()]|\s(?:who|which|that|when|while|as)\s")
_ROLE_PART = re.compile(r"[a-z]+(?<!ed)(?<!ing)")
_NOT_ROLE_PART = frozenset(
    "a an the his her their its our my your this that these those from to by with at on in of for and or but as "
    "said says told heard asked met saw called named".split()
)
_AGED = re.compile(r"(?i:the)\s+\d{1,3}-year-old(?:\s+[a-z-]+){0,2}")
_UNCLOSED_APPOSITIVE = re.compile(
    rf"(?<![\w'’])({RUN.pattern}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{1,4}}?(?:at|of|for|with|from)\s+(?:the\s+)?"
    rf"(?:{RUN.pattern})$"
)
_LINKING_WORDS = frozenset("the a an with to by on at from or".split())
"""Words that cannot sit inside an institution's name before its head noun ("Flying with the airline")."""


class SpeakerResolver:
    """Turns speaker phrases into names using one article's NameIndex."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.names = analysis.names
        self._learned: dict[str, str] = {}
        self._depth = 0  # antecedents looked up for earlier pronouns, to bound the recursion
        self._subject_cache: dict[tuple[int, int], list[tuple[str, bool]]] = {}

    def resolve(self, phrase: str, pos: int) -> str | None:
        """A speaker phrase as a name ("Ishiba" -> "Shigeru Ishiba", "he" -> the antecedent) or a
        descriptive label ("a spokesperson for the Metropolitan Police"); None when it names no speaker."""
        phrase = _clean_phrase(phrase)
        if _ONE_BODY.fullmatch(phrase) or _BODY_OF_AND.fullmatch(phrase):
            # "Perth and Kinross Council said:", "A Department of Health and Social Care spokesperson said:"
            return phrase if phrase.split()[-1].islower() else re.sub(r"^[Tt]he\s+", "", phrase)
        behind_title = _name_behind_long_title(phrase)
        if behind_title:  # "NASA Associate Administrator for Exploration ... Directorate Jim Free"
            return self._known_tail(self.names.full_name(behind_title))
        pair = _AND.split(phrase, maxsplit=1)
        if len(pair) == 2:
            return self._pair(pair[0], pair[1], pos)
        if not _valid_phrase(phrase):
            return None
        low = phrase.lower()
        if low in ("he", "she") or (low.startswith("the ") and phrase[4:] in DEMONYMS):
            return self.antecedent(pos, low)  # "he said", "the Italian said"
        if _AGED.fullmatch(phrase):
            return self._last_person(pos)  # "The 74-year-old farmer said": the person just written about
        if low == "it":
            return self.body_before(pos) or BLOCKED  # '"...," it said.': the body named before
        if low == "they":
            group = self._group_before(pos)  # "Ben's family issued a statement. They said: ..."
            if group:
                return group
        if low in _PRONOUNS:
            return BLOCKED
        words = low.split()
        head = words[-1].strip(".")
        if head in _DOCUMENT_NOUNS:
            return None
        if _DOCUMENT_FROM.match(phrase):  # "A statement from the union said:": the union
            return self.document_owner(phrase, pos)
        if _LABEL_NP.match(phrase):
            return _as_label(phrase)  # "an official from the Palestinian Authority of president Mahmoud Abbas"
        affiliation = _AFFILIATION.search(phrase)
        if affiliation and _titled_name_at_end(phrase):
            pass  # "Secretary of State for Health Wes Streeting": a title, then the name
        elif affiliation and _body_name(phrase[: affiliation.end(1)]):
            return _as_label(phrase)  # "The Department for Education": one body, not "Education"
        elif affiliation and affiliation.group(1)[:1].isupper() and affiliation.group(1).lower() not in _GROUP_NOUNS:
            phrase = phrase[: affiliation.end(1)]  # "Mike Rulis from Novo Nordisk" -> the person
        elif affiliation:
            if affiliation.group(1).lower() in _DOCUMENT_NOUNS:
                return None
            return _label(phrase)  # "a spokesperson for the Metropolitan Police"
        runs = list(RUN.finditer(phrase))
        named = runs and runs[-1].end() == len(phrase.rstrip("."))
        title, name = name_parts(runs[-1].group()) if named else ("", "")
        if title and name and name.split()[-1] in ORG_WORDS and name.split()[0] not in ORG_WORDS:
            return runs[-1].group()  # "New York State Nurses Association": one body, "State" is no title here
        if name and not title and name != runs[-1].group() and is_org_or_place(runs[-1].group()):
            if not is_org_or_place(name):
                return runs[-1].group()  # "Police Scotland": not "Scotland"
        spelled_out = expand_acronym(name, self.analysis.text) if name and name.isupper() else name
        if name and name not in COUNTRIES and spelled_out != name:
            return spelled_out  # "BA, which employs ..., said": British Airways (but "the US" stays the US)
        if name and len(name) <= 2 and not name.isupper() and self.names.full_name(name) == name:
            return None  # "Hr told the PA news agency": a typo, not a person the article names
        if name and not is_org_or_place(name):
            return self._known_tail(self.names.full_name(name))  # "Police Chief Maria Santos" -> the person
        if any(w.strip(".,") in _GROUP_NOUNS for w in words):
            return _label(phrase)
        if name:
            return COUNTRIES.get(name) or name  # an acronym the article spells out was expanded above
        if title:
            return self.names.person_with_role(title, pos) or _label(phrase)
        if words[0] == "the" and head in ROLE_NOUNS or len(words) == 1 and head in ROLE_NOUNS:
            # "the prime minister"; "..., says minister" in a standfirst
            return self.names.person_with_role(" ".join(words[1:] or words), pos) or _label(phrase)
        if words[0] == "the" and len(words) <= 3 and head in _TITLE_HEADS:
            # "the speaker said" after "Speaker Nabih Berri": the title's holder
            return self.names.person_with_role(" ".join(words[1:]), pos) or _label(phrase)
        if words[0] == "the" and len(words) <= 3 and head in _COMPANY_NOUNS:
            return self._corporation(pos) or self._institution(head, pos) or _label(phrase)
        if words[0] == "the" and len(words) <= 3:
            return self._institution(head, pos) or _label(phrase)
        return _label(phrase)

    def document_owner(self, phrase: str, pos: int) -> str | None:
        """Who issued the statement, filing or letter a quote is read from; None when unsure.

        "a statement from the family" -> the family, "Twitter's statement" -> Twitter, "her
        statement" -> her antecedent; "the filing" -> the issuer or one author of the nearest
        earlier sentence (within two paragraphs) that mentions a document: "In a court motion
        filed Wednesday, District Attorney Fani T. Willis sought ..."; failing that, "the
        statement" -> the one author of the nearest earlier sentence, however far back, that
        mentions a statement.
        """
        phrase = _TRAILING_RELATIVE.sub("", phrase).strip(" ,—–-")  # "a statement from the family, which"
        named = _OWNER_NAMED.search(phrase)
        if named:
            group = next(g for g in ("owner", "owner2", "owner3") if named.group(g))
            owner = self.resolve(expand_acronym(named.group(group), self.analysis.text), pos + named.start(group))
            return owner if owner and owner != BLOCKED else None
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first in ("his", "her"):
            return self.antecedent(pos, "he" if first == "his" else "she")
        if first not in ("the", "a", "an", "which", "that", "their", "its", ""):
            return None
        analysis = self.analysis
        i = analysis.sentence_at(pos)
        floor = _paragraph_floor(analysis, pos, 2)
        for k in range(i, max(-1, i - _PRONOUN_REACH), -1):
            start, end = analysis.sentences[k]
            if end <= floor:
                break
            end = min(end, pos)
            if _DOCUMENT_MENTION.search(analysis.masked, start, end):
                issuer = _DOCUMENT_BY.search(analysis.masked, start, end) or _NAMED_DOCUMENT.search(
                    analysis.masked, start, end
                )
                if issuer:  # "a press release from the New York State Nurses Association", "the Works press release"
                    name = re.sub(r"^\S+['’]s\s+", "", issuer.group(1))  # not "Wednesday's"
                    return self.resolve(name, issuer.end(1) - len(name))
                owners = self._authors(start, end)
                if owners:
                    return owners[0] if len(owners) == 1 else None
                body = _ONE_BODY.match(analysis.masked, start)
                if body:  # "The Independent Electoral and Boundaries Commission made it public in a gazette notice"
                    return re.sub(r"^[Tt]he\s+", "", body.group())
                # "Its statement also recommended ...": whose, a sentence further back says
        noun = phrase.split()[-1].lower() if phrase.split() else ""
        if first == "the" and noun in _DOCUMENT_NOUNS:
            # "The statement read:" four paragraphs after "Major Olaniyi Osoba, who disclosed this in a statement"
            for k in range(i - 1, -1, -1):
                start, end = analysis.sentences[k]
                if re.search(rf"\b{re.escape(noun)}\b", analysis.masked[start:end], re.IGNORECASE):
                    owners = self._authors(start, end)
                    return owners[0] if len(owners) == 1 else None
        return None

    def _authors(self, start: int, end: int) -> list[str]:
        """Distinct speakers of one sentence: subjects of attribution or issuing verbs, and its subject person."""
        masked = self.analysis.masked
        found: list[str] = []
        verbs = [*SAY_VERB.finditer(masked, start, end), *ISSUE_VERB.finditer(masked, start, end)]
        for verb in verbs:
            subject = subject_before(masked, start, verb.start())
            if subject and subject[0].lower() not in _PRONOUNS and not verb.group().endswith("ing"):
                speaker = self.resolve(*subject)
                if speaker and speaker != BLOCKED:
                    found.append(speaker)
        mentions = self.names.person_mentions(start, end)
        head = sentence_subject(masked, start, mentions) if mentions else None
        if head:
            found.append(head[1])
        return list(dict.fromkeys(found))

    def body_before(self, pos: int) -> str | None:
        """What "it" at `pos` stands for as a speaker ("It added that ..."): the organisation that was
        the subject of the latest attribution verb in the four sentences before, in this paragraph
        or the two before (reaching further back past each "It said"); None when that subject is a
        person, or there is none."""
        analysis = self.analysis
        masked = analysis.masked
        i = analysis.sentence_at(pos)
        floor = _paragraph_floor(analysis, pos, 2)
        reach = i - 5
        k = i
        while k - 1 > max(-1, reach):
            k -= 1
            start, end = analysis.sentences[k]
            if start < floor:
                break
            verbs = [v for v in SAY_VERB.finditer(masked, start, end) if not v.group().endswith("ing")]
            source = _ACCORDING_BODY.search(masked, start, end)
            if source and not verbs:  # "..., according to the Academy." then '"...," it said.'
                body = self.resolve(source.group(1), source.start(1))
                # people are not called "the X"
                named_body = source.group(1).startswith("the ") or body not in self.names.people
                return body if body and body != BLOCKED and named_body else None
            for verb in reversed(verbs):
                subject = subject_before(masked, start, verb.start())
                if subject is not None and subject[0].lower() == "it":
                    # "It said that ...": the same body, named further back
                    floor = _paragraph_floor(analysis, start, 1)
                    reach = k - 4
                if subject is None or subject[0].lower() == "it":
                    continue
                speaker = self.resolve(*subject)
                noun = subject[0].lower().split()[-1]
                if speaker is None and noun in _DOCUMENT_NOUNS:
                    speaker = self.document_owner(*subject)  # "the airline's statement said"
                described = noun in _COMPANY_NOUNS or noun in _DOCUMENT_NOUNS  # "the airline mentioned": a body
                if speaker is None:
                    continue  # "the second postponement announced for ...": no speaker, look further back
                if speaker == BLOCKED or speaker in self.names.people and not described:
                    return None
                head = speaker.split()[-1].lower()
                return None if head in _GROUP_NOUNS or head.endswith("s") and head[:-1] in ROLE_NOUNS else speaker
        return None

    def _last_person(self, pos: int) -> str | None:
        """The person named last before `pos`, within the paragraph before; None when that is unsure."""
        floor = _paragraph_floor(self.analysis, pos, 1)
        people = [person for _, _, person in self.names.person_mentions(floor, pos) if self.names.person_like(person)]
        return people[-1] if people else None

    def _pair(self, left: str, right: str, pos: int) -> str | None:
        """ "Chairman and CEO Michael Lynton" is one person with a compound title; "Donna
        Rotunno and Damon Cheronis" are two people speaking together; anything else (two
        countries, "Smith and his wife") is not attributed."""
        if _UNNAMED_OTHERS.fullmatch(right):
            return self.resolve(left, pos)  # the one named speaker of the group
        second = self.resolve(right, pos)
        if not is_name(second):
            return None
        if _only_title(left):
            return second
        first = self.resolve(left, pos)
        return f"{first} and {second}" if is_name(first) and first != second else None

    def _known_tail(self, name: str) -> str:
        """A person the article knows at the end of a longer run: "Social Care Wes Streeting" -> "Wes Streeting"."""
        tokens = name.split()
        if name in self.names.people or len(tokens) < 3:
            return name
        return next((" ".join(tokens[-n:]) for n in (3, 2) if " ".join(tokens[-n:]) in self.names.people), name)

    def antecedent(self, pos: int, pronoun: str | None = None) -> str | None:
        """The person "he" or "she" (`pronoun`) at `pos` stands for; BLOCKED when unsure.

        After "X said" in the same sentence, X. Else the most recent person who was the
        subject of an attribution verb or of a sentence (not one named inside "Speaking
        alongside X," or as an object), skipping anyone of the other sex ("she" is not a
        person called "Mr" or "his wife", or one "he" already stood for). When that person
        said nothing and someone else who could be meant (as surely as they) was a subject
        within two sentences before, it is a guess: BLOCKED, so the quote is dropped. None
        when no one is named as a subject in the sentences before.
        """
        wanted = PRONOUN_GENDER.get(pronoun or "")
        masked = self.analysis.masked
        sentences = self.analysis.sentences
        i = self.analysis.sentence_at(pos)
        start = sentences[i][0]
        said = [v for v in SAY_VERB.finditer(masked, start, pos) if not v.group().endswith("ing")]
        if said:
            # "A judge announced Monday he will ...": "he" is that verb's subject, named or not
            subject = subject_before(masked, start, said[0].start())
            speaker = self.resolve(*subject) if subject else None
            if speaker not in self.names.people:
                return None
            if self._fits(speaker, wanted):
                return speaker
        candidates: list[tuple[int, str, bool]] = []  # (sentence index, person, spoke), nearest first
        fits: list[tuple[int, str, bool]] = []
        for k in range(i, max(-1, i - _PRONOUN_REACH), -1):
            if fits and k < fits[0][0] - 2:
                break
            found = [(k, person, spoke) for person, spoke in reversed(self._subjects(k, pos))]
            if not found and k < i and pronoun and self._depth < 3:
                found = self._pronoun_subject(k, pronoun)  # "She said the campaign would be tough."
            candidates += found
            fits += [c for c in found if self._fits(c[1], wanted)]
        if not candidates:
            return None
        if not fits:
            return BLOCKED
        k, person, spoke = fits[0]  # may be unnamed: "A judge announced ...", "The officer went on ..."
        rivals = {other for j, other, _ in fits[1:] if other != person and j >= k - 2 and self.names.person_like(other)}
        known = wanted is not None and self.gender(person) == wanted
        if not spoke and rivals and not (known and all(self.gender(r) is None for r in rivals)):
            return BLOCKED  # "Rotunno said ... Weinstein was led away ... she said": who?
        if wanted and self.gender(person) is None and person in self.names.people:
            self._learned[person] = wanted  # "she" stood for her: a later "he" is someone else
        return person

    def _pronoun_subject(self, k: int, pronoun: str) -> list[tuple[int, str, bool]]:
        """The person a sentence headed by the same pronoun stood for, as a candidate for this one:
        a run of "She said ...", "She told ..." sentences is about the one person named before."""
        start, end = self.analysis.sentences[k]
        head = PRONOUN_HEAD.match(self.analysis.masked, start, end)
        if not head or head.group(1).lower() != pronoun:
            return []
        self._depth += 1
        try:
            person = self.antecedent(head.start(1), pronoun)
        finally:
            self._depth -= 1
        if not person or person == BLOCKED or person not in self.names.people:
            return []
        spoke = bool(SAY_VERB.search(self.analysis.masked, head.end(1), end))
        return [(k, person, spoke)]

    def _fits(self, person: str, wanted: str | None) -> bool:
        return wanted is None or self.gender(person) in (None, wanted)

    def gender(self, person: str) -> str | None:
        """ "m", "f" or None: from the article's names and titles (or the words of an unnamed
        speaker, "the policewoman"), else from pronouns resolved so far."""
        if person not in self.names.people:
            return gender_of_words(person)
        return self.names.gender(person) or self._learned.get(person)

    def _subjects(self, k: int, before: int) -> list[tuple[str, bool]]:
        """People who are subjects in sentence `k` (up to `before`), in text order, and whether
        they spoke: subjects of an attribution verb, then the subject of the sentence itself."""
        start, end = self.analysis.sentences[k]
        end = min(end, before)
        key = (k, end)
        if key in self._subject_cache:
            return self._subject_cache[key]
        mentions = self.names.person_mentions(start, end)
        found: list[tuple[int, str, bool]] = []
        masked = self.analysis.masked
        head = None
        if mentions:
            for verb in SAY_VERB.finditer(masked, start, end):
                if verb.group().endswith("ing"):
                    with_person = WITH_SUBJECT.search(masked, start, verb.start())
                    if with_person:  # "..., with Alex Markham, chief executive of ..., saying:"
                        person = self.resolve(with_person.group("spk"), with_person.start("spk"))
                        if person in self.names.people:
                            found.append((with_person.start("spk"), person, True))
                    continue
                if _INVERTED_BEFORE.search(masked, start, verb.start()):
                    # '"...," said councillor Chris Wilkins': the subject follows the verb
                    after = next((m for m in mentions if m[0] >= verb.end()), None)
                    if after and after[0] - verb.end() < 40 and subject_head(masked[verb.end() : after[0]]):
                        found.append((after[0], after[2], True))
                    continue
                subject = subject_before(masked, start, verb.start())
                if subject and subject[0].lower() not in _PRONOUNS and subject_head(masked[start : subject[1]]):
                    person = self.resolve(*subject)  # not "reported that Charles had criticised"
                    if person in self.names.people:
                        found.append((subject[1], person, True))
            head = sentence_subject(masked, start, mentions)
            if head:
                # "Guardiola was delighted.", "Dube spoke next.": a subject about to be quoted
                head_end = next(m[1] for m in mentions if m[0] == head[0])
                found.append((*head, bool(_SPEECH_LIKE.match(masked, head_end))))
            for source in _ACCORDING_TO.finditer(masked, start, end):
                # "According to Zambry, various programmes are planned": Zambry spoke; so does the
                # person named at the end of "according to the union's NSW secretary Alex Claassens"
                stop = _SOURCE_END.search(masked, source.end(), end)
                limit = stop.start() if stop else end
                named = [m for m in mentions if source.end() <= m[0] < limit and subject_head(masked[source.end() : m[0]])]
                found += [(at, person, True) for at, _, person in named[-1:]]
            for agent in _PASSIVE_BY.finditer(masked, start, end):
                # "Manafort was sentenced by Judge Amy Berman Jackson": the judge acts
                found += [(at, person, False) for at, _, person in mentions if at == agent.end()]
        unnamed = None if head else _UNNAMED_SUBJECT.match(masked, _clause_start(masked, start, end))
        if unnamed:
            # "The officer went on to explain ... and he was asked": the minister named before, or
            # someone the article does not name
            speaker = self.resolve(unnamed.group(1), unnamed.start())
            if speaker and speaker != BLOCKED:
                found.append((unnamed.start(), speaker, bool(_SPEECH_LIKE.match(masked, unnamed.end()))))
        spoke: dict[str, bool] = {}
        for _, person, said_it in sorted(found):
            spoke[person] = spoke.get(person, False) or said_it
        out = list(spoke.items())
        self._subject_cache[key] = out
        return out

    def _group_before(self, pos: int) -> str | None:
        """What "they" at `pos` stands for: a group that spoke or issued something in one of the
        three sentences before, in this paragraph or the two before ("Ben's family issued a
        statement", '"...," the Boomtown team said'); None for a group that only did something
        else ("The family gathered")."""
        analysis = self.analysis
        i = analysis.sentence_at(pos)
        floor = _paragraph_floor(analysis, pos, 2)
        for k in range(i - 1, max(-1, i - 4), -1):
            start, end = analysis.sentences[k]
            if start < floor:
                break
            group = _GROUP_SUBJECT.match(analysis.masked, start, end)
            spoke = SAY_VERB.search(analysis.masked, start, end) or ISSUE_VERB.search(analysis.masked, start, end)
            if group and spoke:  # "Ben's family issued a statement", not "The family gathered outside court"
                return _as_label(group.group(1))
            after_quote = _GROUP_AFTER_QUOTE.search(analysis.masked, start, end)
            if after_quote:  # '"...," the Boomtown team said in a statement.'
                return _as_label(after_quote.group(1))
        return None

    def _corporation(self, pos: int) -> str | None:
        """What "the company" stands for: the last company before `pos` named by its legal form
        ("The Kellogg Co.") or heading an attribution ("AirAsia Philippines said ...")."""
        masked = self.analysis.masked
        found: tuple[int, str] | None = None
        for match in _CORPORATE_NAME.finditer(masked, 0, pos):
            found = (match.start(), match.group(1))
        for match in _NAME_SAYS.finditer(masked, 0, pos):
            name = match.group(1) or match.group(2)
            orgish = (
                is_org_or_place(name)
                or any(token in COUNTRIES for token in name.split())  # "AirAsia Philippines"
                or bool(match.group(2)) and ", which " in match.group()  # "Almega, which represents ..."
            )
            person = not orgish and self.names.full_name(name) in self.names.people or name.lower() in _PRONOUNS
            if not person and name not in COMMON and (found is None or match.start() > found[0]):
                found = (match.start(), name)
        if found is None:
            return None
        name = _BACKER.sub("", re.sub(r"\s+", " ", found[1]))  # "Rakesh Jhunjhunwala-backed Akasa Air"
        return re.sub(r"^[Tt]he\s+", "", name)

    def _institution(self, head: str, pos: int) -> str | None:
        """The fuller earlier name of "the ministry": "the Vietnamese trade ministry" -> "Vietnamese trade ministry"."""
        pattern = re.compile(
            rf"(?:\b[Tt]he\s+)?\b([A-Z][\w.’'-]*\s+(?:[\w.’'-]+\s+){{0,2}}(?i:{re.escape(head)}))\b"
            rf"(?:\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})(?=\s+[a-z]))?"
        )
        found = None
        for match in pattern.finditer(self.analysis.masked, 0, pos):
            words = match.group(1).split()
            if words[0] in _DETERMINER_WORDS or any(w.endswith(".") or w in _LINKING_WORDS for w in words[:-1]):
                continue  # not "A bench headed by ...", "route. The airline", "Flying with the airline"
            found = match
        if found is None:
            return None
        if found.group("name"):
            return found.group("name")  # "Trade union Unite said": Unite
        return "the " + re.sub(r"\s+", " ", found.group(1))


@functools.lru_cache(maxsize=4096)
def expand_acronym(name: str, text: str) -> str:
    """ "WHC" -> "World Heritage Committee" when the article spells it out; else `name`. The name
    the article puts right before "(IAM)" wins: "International Association of Machinists and
    Aerospace Workers (IAM)", though "IAM" has only three letters. Cached: a speaker's acronym is
    asked for again at every quote."""
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()):
        return name
    at = text.find(f"({name})")
    if at > 0:
        introduced = _introduced_before(text[max(0, at - 200) : at], name)
        if introduced:
            return introduced
    joiners = "|".join(map(re.escape, sorted(_JOINERS)))
    words = rf"\s+(?:(?:{joiners})\s+)*".join([rf"{letter}[\w'’-]+" for letter in name])
    spelled = re.search(rf"\b{words}\b", text)
    return spelled.group() if spelled else name


_JOINERS = frozenset("of for and & the on".split())


def _introduced_before(before: str, name: str) -> str | None:
    """The shortest run of capitalised words (and joiners) closing `before` that starts with the
    acronym's letter and has at least as many capitalised words as it has letters."""
    words = before.split()
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word in _JOINERS):
            break
        run.insert(0, word)
        capitals = sum(w[:1].isupper() for w in run)
        if run[0][:1] == name[0] and capitals >= len(name):
            return " ".join(run)
    return None


def _label(phrase: str) -> str | None:
    """A descriptive speaker ("the ministry", "a source familiar with the talks") when its head
    noun can speak: a person, role, group or body; None for "the questions" or "her statement"."""
    words = _LABEL_CUT.split(phrase, maxsplit=1)[0].split()
    if words and words[-1].endswith(("'s", "’s")):
        return None  # "the president's (tweets)": an owner, not a speaker
    head = words[-1].lower().strip(".,'’\"") if words else ""
    head = head.removesuffix("'s").removesuffix("’s")
    speaks = (
        head in HEAD_WORDS or head in ROLE_NOUNS or head in SPEAKING_BODIES or head in _TITLE_HEADS
        or _role_like(head) or (head.endswith("s") and (head[:-1] in ROLE_NOUNS or _role_like(head[:-1])))
    )
    return _as_label(phrase) if speaks else None


def _as_label(phrase: str) -> str:
    """A descriptive speaker as written, sentence-initial capital dropped: "The ministry" -> "the ministry"."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in _DETERMINERS or first.lower() in _GROUP_NOUNS:
        return (first.lower() + " " + rest).strip()
    return phrase
