"""Direct quotes and their speakers, found by rules in one article's text.

What counts as a quote (the rule the tests pin down):

- A *whole* quote stands as its own sentence or clause: it opens a sentence, follows an
  attribution lead-in ("Smith said:", "He added,", 'Smith said "We ...') or continues a
  quote from the previous paragraph. It is kept when a speaker is found: an attribution
  right after it ("...," Akazawa said / said Akazawa / according to Akazawa / Akazawa said
  of the talks), one right before it ("Ishiba told reporters:", "Akazawa: "..."", "She
  added:" ending the paragraph before, "Sternheim remained defiant:", "a statement which
  read,"), or, failing both, the speaker of the quote just before it in the sentence (a
  quote split around "he said"), of the multi-paragraph quote it belongs to, of the quote
  before it in the paragraph, or of the sentence before it ("The minister said the plan
  was sound. "We did the work.""). A quote paragraph with no attribution at all continues
  the quote that ended the paragraph before, attributed to one speaker, unless someone
  else is named in between; after a paragraph ending in reported speech ("He also warned
  that the winter would be hard."), it is that speaker's, unless that sentence names
  someone else. A multi-paragraph quote attributed only in its last paragraph gives every
  piece that speaker. Under three words ("No," he said) it needs its own attribution or a
  quote of the same speaker right before it.
- A *partial* quote sits inside the reporter's sentence ("... negotiations "in good
  faith.""). It is kept when it has at least three words, is not a Title-Case name
  ("Galaxy S25 Ultra", a film title), is not introduced as a term ("so-called"), and its
  sentence carries an attribution verb, at most 30 words before it, whose subject is a
  speaker. A shorter one, or a term, is kept only when a framing verb with a clear subject
  introduces it ('Johnson called the result a "victory"', 'Cooper described the attack as
  "disgraceful"', 'the union branded the offer "insulting"'), or when it sits in the
  reported clause of a named person, at most 12 words after the verb ('Williamson said
  students will "absolutely" sit the exams'), not right after a determiner or before its
  noun; anything else is a scare quote or a name ("reciprocal" tariffs, 'win-win').
- An attribution to someone the article does not name ("they said") drops the quote
  rather than guess; an unnamed speaker the article describes is kept as described ("a
  senior Israeli official", "the ministry", "police"), when its head noun is one that can
  speak (not "the questions"). A document that "read" or "said" the words ("the filing
  read") stands for whoever issued it, when the article names one author for it.

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

Quote marks: straight and curly double quotes, guillemets, AP's closing '', and single
quotes where an outlet prints quotes 'like this'. Apostrophes (Japan's, don't, '90s, the
Smiths' house) never open or close a quote; an opening double mark closed by a single one
(a typo some outlets print) is accepted. A quote split around "he said" gives one Quote
per part, and a quote running over paragraphs (the next one re-opening with a mark, or,
in some British outlets, not) one Quote per paragraph piece, all with the same speaker:
joining them would not be verbatim. `text` is always the words exactly as printed between
the marks, with only a trailing comma (the print convention before "he said") removed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .names import (
    COMMON,
    COUNTRIES,
    DEMONYMS,
    ORG_WORDS,
    ROLE_NOUNS,
    RUN,
    TITLE_WORDS,
    NameIndex,
    gender_of_words,
    is_org_or_place,
    name_parts,
)

_DOUBLE = re.compile(r"''|[\"“”«»„]")
_SINGLE = re.compile(r"['‘’]")
_QUOTE_CHARS = "\"“”«»„'‘’"
_OPEN_BEFORE = "([{—–-/\u00a0" + _QUOTE_CHARS
_CLOSE_AFTER = ".,;:!?)]}—–-/…" + _QUOTE_CHARS
_MIXED_CLOSE = re.compile(r"[,.?!;:…]['’](?=\s|$|[)\]—–-])")
_ELISION = re.compile(r"['‘’](?:\d0s|\d\ds|em|til|cause|n|tis|twas|bout|round|cos)\b", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.?!…]+[\"”’')\]]*(?=\s+(?:[\"“«‘'(\[]|[A-Z0-9]))")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col capt sgt adm prof rev jr sr inc corp co ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept est fig op vol".split()
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

_SAY_WORDS = (
    "said says say told tells added adds asked asks explained explains noted notes wrote writes stated states "
    "declared declares insisted insists argued argues warned warns urged urges continued continues recalled "
    "recalls replied replies responded responds remarked remarks acknowledged acknowledges admitted admits "
    "announced announces claimed claims conceded concedes confirmed confirms emphasized emphasised emphasizes "
    "emphasises stressed stresses suggested suggests tweeted tweets posted posts quipped joked cautioned "
    "cautions pleaded vowed vows pledged pledges promised promises complained complains predicted predicts "
    "observed observes concluded concludes countered counters commented comments shouted yelled whispered "
    "exclaimed boasted boasts mused agreed agrees testified reiterated reiterates maintained maintains "
    "contended contends called calls described describes accused accuses criticized criticised praised "
    "dismissed branded labeled labelled termed characterized characterised hailed welcomed lamented demanded "
    "demands proclaimed assured reassured revealed reveals disclosed reported reports informed texted "
    "saying adding noting telling arguing warning urging insisting calling describing stressing explaining "
    "writing asking claiming declaring stating announcing commenting remarking replying responding recalling "
    "admitting acknowledging confirming promising vowing joking quipping concluding observing emphasising "
    "emphasizing suggesting predicting conceding reiterating ordered orders requested shouts yells screamed screams cried cries "
    "whispers exclaims answered answers recounted recounts wondered wonders reflected reflects laughed sighed "
    "retorted retorts snapped interjected murmured muttered mutters barked clarified clarifies elaborated "
    "affirmed affirms assures mentioned mentions begged pleads implored laments opined recollected reminded "
    "reminisced scoffed sniped sneered teased gushed raved enthused marvelled marveled ventured volunteered "
    "objected protested appealed queried challenged rebutted disagreed summarized summarised emailed messaged "
    "relayed confided confessed bragged crowed gloated speculated advised underlined underscored asserted "
    "grumbled moaned mourned chuckled sobbed wept roared bellowed mumbled stammered blurted "
    "lauded applauded apologised apologized highlighted highlights submitted submits"
)
_SAY_PHRASES = (
    r"point(?:ed|s|ing)\s+out|(?:went|goes)\s+on(?=\s*[:,])|(?:shot|shoots|fired|fires|hit|hits|snapped)\s+back"
    r"|chimed\s+in|piped\s+up"
)
"""Speech verbs of two words; "went on" only before its quote ("He went on: '...'")."""
_SAY = r"(?<![\w-])(?:" + _SAY_PHRASES + "|" + "|".join(sorted(_SAY_WORDS.split(), key=len, reverse=True)) + r")(?![\w-])"
SAY_VERB = re.compile(_SAY)
_ADV = (
    r"(?:also|later|then|separately|previously|again|once|further|finally|simply|still|recently|earlier|"
    r"repeatedly|reportedly|quickly|publicly|privately|angrily|calmly|firmly|flatly|quietly|openly|bluntly|"
    r"candidly|frankly|initially|originally|eventually|subsequently|immediately|briefly|jokingly|proudly|"
    r"confidently|emphatically|defiantly|cautiously|optimistically|clearly|directly|personally|meanwhile|"
    r"however|though|instead|too|has|had|have|would|will|was|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_MAX_VERB_DISTANCE = 30
_QUOTE_PUNCT = ",;:!?\"“”«»()"
_POST_SPEAKER_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<spk>[^\s{_QUOTE_PUNCT}][^{_QUOTE_PUNCT}]{{0,80}}?(?:(?:,[^{_QUOTE_PUNCT}]{{1,120}}){{1,2}},)?)"
    rf"\s+(?:{_ADV}\s+)*(?P<verb>{_SAY})(?P<tail>.*)$",
    re.DOTALL,
)
_POST_VERB_FIRST = re.compile(
    r"^[\s,—–-]*(?P<verb>said|says|added|adds|asked|asks|wrote|writes|explained|explains|insisted|insists|"
    r"continued|continues|replied|replies|responded|responds|recalled|recalls|warned|warns|noted|notes|argued|"
    r"argues|declared|declares|stated|states|remarked|remarks|quipped|quips|countered|counters|observed|observes|"
    r"commented|comments|concluded|concludes|cautioned|cautions|admitted|admits|acknowledged|acknowledges|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|predicted|predicts|conceded|concedes|exclaimed|exclaims|"
    r"shouted|shouts|joked|jokes|mused|muses|reflected|reflects|retorted|retorts|pointed\s+out|points\s+out)\s+"
    r"(?!(?:of|about|on|in|at|to|for|with|from|after|before|during|when|while|that|this|last|later|as)\b)"
    r"(?P<spk>[^,;:!?\"“”«»()]{1,80})"
)
_POST_ANY_VERB = re.compile(
    rf"^[\s,—–-]*(?P<spk>(?:{RUN.pattern})|(?i:he|she))\s+(?P<verb>[a-z]{{3,}}ed)(?:\s+(?:back|in|on|out|up))?\s*[.;]"
)
"""'"...," Smith grimaced.': a name and one verb in the past closing the sentence attribute a
quote whatever the verb."""
_ACCORDING = re.compile(r"^[\s,—–-]*according\s+to\s+(?P<spk>[^,;:!?\"“”«»()]{1,80})", re.IGNORECASE)
_ACCORDING_END = re.compile(r"according\s+to\s+(?P<spk>[^,;:!?\"“”«»()]{1,80}),\s*$", re.IGNORECASE)
_NAME_COLON = re.compile(r"^\s*(?P<spk>[^\s,;:!?\"“”«»()][^,;:!?\"“”«»()]{0,60}):\s*$")
_CUT_SPEAKER = re.compile(
    r"\s+(?:in|on|at|during|after|before|to|of|who|which|that|when|while|as|from|with|via|about|last|this|"
    r"yesterday|today|tonight|earlier|later|afterwards?|too|also|again|then|now|recently|previously|"
    r"told|said|says|by|under|over|outside|inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"morning|afternoon|evening|tonight)\b.*$",
    re.DOTALL,
)
_AFFILIATION = re.compile(rf"(\S+)\s+(?:at|for|of|from|with)\s+(?:the\s+)?(?:{RUN.pattern})$")
_AFFILIATION_WORDS = (" from", " at", " of", " with", " the")
_NAME_FROM = re.compile(rf"({RUN.pattern})\s+(?:from|at|of|with)\s+(?:the\s+)?$")
_TRAILING_ADVERBS = re.compile(rf"(?:^|\s+){_ADV}\s*$")
_PRONOUN_END = re.compile(r"(?:^|[\s,;—–-])((?i:he|she|they|it|i|we))$")
_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_TERM_BEFORE = re.compile(
    r"(?:so-called|dubbed|nicknamed|titled|entitled|named|headlined|hashtag|slogan|term|phrase|word|label|"
    r"brand|motto|known\s+as|billed\s+as|marketed\s+as)\s*$",
    re.IGNORECASE,
)
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
_HEAD_WORDS = frozenset((_GROUP_NOUNS_TEXT + " " + _SPEAKING_ROLES).split())
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

#: words that make the rest of "Smith said ..." a new clause, not a bare attribution
_CLAUSE_WORDS = frozenset("he she they it we i that his her their its this there".split())
_TITLE_SMALL = frozenset("of the and a an in on for to at by with from vs or de la del & -".split())


_PRONOUN_GENDER = {"he": "m", "she": "f"}
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
_SAY_END = re.compile(_SAY + r"\s*$")
_CONJUNCTIONS = frozenset("But And So Yet Or Nor".split())
_DETERMINER_WORDS = frozenset("The A An His Her Their Its One Another".split())
#: a US lawmaker's party and state after the name: "Warren, D-Mass., said"
_PARTY_STATE = re.compile(r"\(?[RDI]\.?-\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)?")
#: what a subject does or is right before being quoted: "spoke next", "was delighted", "said"
_SPEECH_LIKE = re.compile(
    rf"(?:,(?:[^,.;:!?\n]|\.(?=,)){{1,100}}){{0,3}},?\s+(?:{_ADV}\s+)*"
    rf"(?:{_SAY}|spoke|speaks|speaking|reflected|reacted|addressed|"
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
_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|but|while|as|whereas)\s")
#: lowercase words after a name that show it is no clause subject: "Smith and", "Smith of"
_NOT_VERB = frozenset("and or of in on at to for from with by as than who whom whose which that".split())
_NAMING_VERBS = (
    r"called|calls|calling|labell?ed|labels|labell?ing|dubbed|dubs|dubbing|branded|brands|branding|termed|terms"
)
_DESCRIBING_VERBS = r"described|describes|describing"
_FRAME_VERB = re.compile(rf"(?:{_NAMING_VERBS}|{_DESCRIBING_VERBS})(?![\w-])")
_OBJECT_WORD = (
    r"(?!(?:for|on|off|in|up|out|back|upon|into|after|before|to|with|about|at|from|by|over|when|while|because|"
    r"that|which|who|and|but|or|if|than)\b)[\w'’-]+"
)
#: a framing verb and its short object right before a quote: 'called it a', 'described the ruling as'
_FRAMING = re.compile(
    rf"(?<![\w-])(?:(?:{_NAMING_VERBS})\s+(?:{_OBJECT_WORD}\s+){{0,5}}?(?:as\s+)?"
    rf"|(?:{_DESCRIBING_VERBS})\s+(?:{_OBJECT_WORD}\s+){{0,5}}?as\s+)(?:(?:a|an|the)\s+)?$"
)
_PASSIVE_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ld|lt|ut|id)\s+by\s+"
    r"(?:(?:the\s+)?[a-z]+\s+)?(?=[A-Z])"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+)?$")
#: institutions that speak as a body: 'the union branded the offer "insulting"'
_SPEAKING_BODIES = frozenset(
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
#: words between a person's attribution verb and a one- or two-word partial in their clause
_MAX_CLAUSE_WORDS = 12
_CLAUSE_STOP = re.compile(r"[;:\"“”«»()—–]|\s-\s|\b(?:but|although|though|while|whereas|because)\b")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|their|this|that|these|those|so-called)\s*$", re.IGNORECASE)
#: words that neither modify nor are a noun: 'on "reciprocal" tariffs' is a term, 'on "emotions" rather' is not
_FUNCTION_WORDS = frozenset(
    "on in at of for to from with by about over under into onto than rather and or but nor as if when while "
    "because so then after before since until unless whether which that who".split()
)
#: words between the last attribution verb of a lead-in and its quote: "said in a statement on Monday:"
_MAX_LEAD_IN_WORDS = 12
#: a lead-in that hands over to a document: "which read:", "a statement that reads,"
_READ_END = re.compile(r"\b(?:read|reads)\s*[:,—–-]?\s*$")
#: verbs by which someone puts out a document
_ISSUE_VERB = re.compile(
    r"(?<![\w-])(?:issued|issues|released|releases|published|publishes|filed|files|sent|sends|submitted|"
    r"shared|shares|put\s+out|signed|sought)(?![\w-])"
)
_OWNED_DOCUMENTS = (
    "statement|statements|filing|motion|letter|post|posting|tweet|message|email|e-mail|release|memo|"
    "complaint|lawsuit|affidavit|ruling|judgment|judgement|notice|submission|petition|decision|report|resolution|"
    "communique|communiqué|declaration|communication|notification|bulletin|circular"
)
#: '"...," the filing read.' / 'a statement from the family said.'
_DOCUMENT_AFTER = re.compile(
    rf"^[\s,—–-]*(?P<doc>(?:(?:the|a|an|his|her|its|their)\s+|(?:{RUN.pattern})['’]s\s+)(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_OWNED_DOCUMENTS})(?:\s+(?:from|by|of)\s+[^,;:.!?\"“”]{{1,60}}?)?)"
    r"(?:\s+dated\s+[^,;:!?\"“”]{1,30}?)?\s+(?:read|reads|said|says|stated|states)\b",
    re.IGNORECASE,
)
_TRAILING_RELATIVE = re.compile(r"[\s,]*\b(?:which|that)\s*$")
_DOCUMENT_MENTION = re.compile(rf"\b(?:{_OWNED_DOCUMENTS})\b", re.IGNORECASE)
#: the owner a document phrase names: "a statement from the family", "Twitter's statement"
_OWNER_NAMED = re.compile(
    rf"(?:\b(?:from|by|of)\s+(?P<owner>[^,;:.!?\"“”]{{1,60}})$|^(?P<owner2>{RUN.pattern})['’]s\s"
    rf"|^(?:the|a|an)\s+(?P<owner3>(?-i:[A-Z][A-Z&]{{1,7}}|{RUN.pattern}))\s+(?:[\w'’-]+\s+)?(?:{_OWNED_DOCUMENTS})$)"
)
"""Who issued a document, as its phrase names them: "a statement from the family", "Twitter's
statement", "the WHC decision"."""
#: a person named right before " and <name>": the first of two speakers
_PARTNER_BEFORE = re.compile(rf"(?<![\w'’])({RUN.pattern})\s+(?:and|&)\s+$")
#: sentences searched back for a pronoun's antecedent
_PRONOUN_REACH = 8
#: lowercase words that may stand in a title before a subject's name: "chief tariff negotiator"
_ROLE_MODIFIERS = frozenset(
    "chief senior deputy former defence defense foreign trade finance health home interior tariff head "
    "general executive managing assistant acting interim lead top state federal local regional national "
    "opposition party union club team police fire county city district public veteran".split()
)

#: an explicit attribution to someone the rules cannot name ("they said"): drop, don't guess
BLOCKED = "\0"


@dataclass(frozen=True)
class QuoteMention:
    """A direct quote as printed, who said it, and where its words sit in the text."""

    speaker: str
    text: str
    start: int
    end: int
    partial: bool


@dataclass
class Span:
    """One quoted piece: marks at `open` and `close` (paragraph end when it runs on)."""

    open: int
    close: int
    para: int
    kind: str = "double"
    runs_on: bool = False
    continues: bool = False
    close_len: int = 1
    speaker: str | None = field(default=None, compare=False)
    whole: bool = field(default=True, compare=False)
    short: bool = field(default=False, compare=False)

    @property
    def after(self) -> int:
        """Offset just past the closing mark."""
        return self.close + self.close_len


@dataclass
class Analysis:
    """One article prepared for rule-based extraction: quote spans, sentences, names.

    `masked` is `text` with every quote's inner words replaced by 'x' (the last
    punctuation kept), so that sentence splitting, verbs and names are looked for in the
    reporter's words only. Offsets are shared by `text` and `masked`.
    """

    text: str
    masked: str
    paragraphs: list[tuple[int, int]]
    spans: list[Span]
    sentences: list[tuple[int, int]]
    names: NameIndex

    def __post_init__(self) -> None:
        self._starts = [start for start, _ in self.sentences]

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._starts, pos) - 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated if the text has blank lines, else lines."""
    separator = re.compile(r"\n[ \t\r]*\n\s*" if re.search(r"\n[ \t\r]*\n", text) else r"\n\s*")
    out: list[tuple[int, int]] = []
    start = 0
    for match in [*separator.finditer(text), None]:
        end = match.start() if match else len(text)
        lo, hi = start, end
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            out.append((lo, hi))
        if match:
            start = match.end()
    return out


def _flanking(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(left-flanking, right-flanking): whether a mark at `i` looks like an opener, a closer."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    return left, right


_ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")
_CLAUSE_MARKER = re.compile(r"\b(?:after|when|as|while|before|who|which|that|because|since|until|and|but)\b")
_FIRST_PERSON = re.compile(r"(?:^|[\s\[(])(?:I|I['’](?:m|ll|ve|d)|my|me|we|our|us)(?=[\s\],.!?;:])")
_SENTENCE_END_BEFORE = re.compile(r"(?<=\w[.!?])\s+$")
"""Where a sentence ends right before a new opening mark."""
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|he|she|they)\s+(?:said|says|added|adds|wrote|told\s+[\w\s]{1,30}?)"
    r"\.?\s*$"
)
"""A paragraph whose quote never closes but ends ", Gove said.": the comma closes it."""


def _double_spans(text: str, lo: int, hi: int, carry: bool) -> tuple[list[tuple[int, int]], int | None]:
    """Paired double marks of one paragraph, and an opener left unclosed at its end.

    With `carry`, a quote from the previous paragraph is still open: the paragraph's first
    closing mark ends a piece that starts at the paragraph (reported as opening at lo - 1).
    AP's closing mark '' counts as a double mark.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = lo - 1 if carry else None
    for match in _DOUBLE.finditer(text, lo, hi):
        i = match.start()
        ch = text[i]
        if ch == "'":
            if i == lo or text[i - 1].isspace():
                continue
            opener = False
        else:
            left, right = _flanking(text, i, lo, hi)
            if ch in "“„«":
                opener = not (open_at is not None and right and not left)
            elif ch in "”»":
                opener = open_at is None and left and not right
            elif left != right:
                opener = left
            else:
                opener = open_at is None
        if opener:
            if open_at is not None:
                mixed = _MIXED_CLOSE.search(text, max(open_at + 1, lo), i)
                if mixed:
                    spans.append((open_at, mixed.start() + 1))
                elif open_at >= lo and "\n" not in text[open_at:i] and _SENTENCE_END_BEFORE.search(text, open_at + 1, i):
                    # '"Our aim is a safe environment. "We are in daily dialogue," he said.': the
                    # desk dropped the first closing mark; the first sentence ends before the second
                    spans.append((open_at, _SENTENCE_END_BEFORE.search(text, open_at + 1, i).end()))
            open_at = i
        elif open_at is not None:
            if i - open_at > 1:
                spans.append((open_at, i))
            open_at = None
    return spans, open_at


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos <= b for a, b in spans)


def _single_spans(
    text: str, lo: int, hi: int, doubles: list[tuple[int, int]], carry: bool
) -> tuple[list[tuple[int, int]], int | None]:
    """Quotes printed 'like this', with apostrophes and elisions left alone; and an unclosed opener."""
    openers: list[int] = [lo - 1] if carry else []
    closers: list[tuple[int, bool]] = []
    for match in _SINGLE.finditer(text, lo, hi):
        i = match.start()
        if _inside(i, doubles):
            continue
        ch = text[i]
        left, right = _flanking(text, i, lo, hi)
        if ch in "'‘" and left and not right and text[i + 1].isalnum() and not _ELISION.match(text, i):
            openers.append(i)
        elif ch in "'’" and right and not left:
            after = text[i + 1 : i + 3]
            weak = text[i - 1] in "sS" and after[:1].isspace() and after[1:2].islower()
            closers.append((i, weak))
    spans: list[tuple[int, int]] = []
    last_close = lo - 2
    unclosed: int | None = None
    for n, opener in enumerate(openers):
        if opener < last_close:
            continue
        limit = next((o for o in openers[n + 1 :] if o > opener), hi)
        candidates = [(c, weak) for c, weak in closers if opener < c < limit]
        strong = [c for c, weak in candidates if not weak]
        chosen = strong[0] if strong else None
        if chosen is None and candidates:
            first_weak = candidates[0][0]
            if _POST_SPEAKER_FIRST.match(text[first_weak + 1 : first_weak + 60]):
                chosen = first_weak
        if chosen is not None and chosen - opener > 1:
            spans.append((opener, chosen))
            last_close = chosen
        elif chosen is None and limit == hi and not candidates and opener >= lo:
            unclosed = opener
    return spans, unclosed


def _opens_paragraph(text: str, lo: int, hi: int, marks: str) -> bool:
    """Whether the paragraph opens with a quote mark: a double mark there opens, even with a space
    after it ("“ Semi Ajayi is injured"); a single one must touch its word (not "'Tis")."""
    return lo < hi and text[lo] in marks and (_flanking(text, lo, lo, hi)[0] or text[lo] in "“«\"")


def find_spans(text: str, paras: list[tuple[int, int]]) -> list[Span]:
    """Every quoted piece of the text, paragraph by paragraph, multi-paragraph quotes linked.

    A quote left open at a paragraph's end runs on when the next paragraph opens with a
    quote mark (news style) or, without one, when the next paragraph's first mark of that
    kind closes it (some British outlets): one piece per paragraph.
    """
    per_para: list[list[Span]] = []
    carry = {"double": False, "single": False}
    last_quoted: list[Span] = []  # the spans of the paragraph a run-on quote left off in
    for k, (lo, hi) in enumerate(paras):
        starts = {"double": _opens_paragraph(text, lo, hi, "\"“«"), "single": _opens_paragraph(text, lo, hi, "'‘")}
        if _interrupts(text, paras, k, carry):
            per_para.append([])  # a caption or subhead inside a quote that runs on: skip it
            continue
        doubles, open_double = _double_spans(text, lo, hi, carry["double"] and not starts["double"])
        singles, open_single = _single_spans(text, lo, hi, doubles, carry["single"] and not starts["single"])
        pieces: dict[tuple[int, int], str] = {}
        for kind, found, unclosed in (("double", doubles, open_double), ("single", singles, open_single)):
            carried = carry[kind] and starts[kind]
            if carry[kind]:
                confirmed = starts[kind] or bool(found and found[0][0] == lo - 1)
                if not confirmed:
                    per_para[-1] = [s for s in per_para[-1] if not (s.runs_on and s.kind == kind)]
            carry[kind] = False
            for piece in found:
                pieces[piece] = kind
            if unclosed is None:
                continue
            if unclosed < lo:
                continue  # carried into a paragraph that neither opens nor closes it: the quote ended unmarked
            mixed = _MIXED_CLOSE.search(text, unclosed + 1, hi) if kind == "double" else None
            next_opens = k + 1 < len(paras) and _opens_paragraph(text, *paras[k + 1], "\"“«" if kind == "double" else "'‘")
            attribution = _ATTRIBUTION_TAIL.search(text, unclosed + 1, hi)
            if mixed and not next_opens:
                pieces[(unclosed, mixed.start() + 1)] = kind
            elif attribution and not next_opens:
                pieces[(unclosed, attribution.start())] = kind  # '"We are having those conversations, Gove said.' 
            elif k + 1 < len(paras):
                pieces[(unclosed, hi)] = kind
                carry[kind] = True
            elif unclosed == lo or text[lo:unclosed].rstrip().endswith(":"):
                pieces[(unclosed, hi)] = kind  # the text (an excerpt) ends inside a quote: 'X said: "...' 
        singles_found = [p for p, kind in pieces.items() if kind == "single"]
        spans = []
        for (a, b), kind in sorted(pieces.items()):
            if kind == "double" and any(s[0] < a and b < s[1] for s in singles_found):
                continue
            span = Span(a, b, k, kind=kind)
            span.runs_on = b == hi and carry[kind]
            span.continues = a < lo or (a == lo and any(s.runs_on and s.kind == kind for s in last_quoted))
            span.close_len = 2 if text[b : b + 2] == "''" else 1
            spans.append(span)
        per_para.append(spans)
        last_quoted = spans
    return [span for spans in per_para for span in spans]


def _interrupts(text: str, paras: list[tuple[int, int]], k: int, carry: dict[str, bool]) -> bool:
    """Whether paragraph `k` is a short line without quote marks inside a quote that runs on:
    the paragraph after it opens with the run-on quote's mark (a scraped caption or subhead)."""
    lo, hi = paras[k]
    kinds = [kind for kind, open_ in carry.items() if open_]
    if len(kinds) != 1 or k + 1 >= len(paras) or len(text[lo:hi].split()) > 25 or SAY_VERB.search(text, lo, hi):
        return False  # an attribution line ("Gordon Lyons MLA said ...") is no caption
    marks, openers = ("\"“”«»", "\"“«") if kinds[0] == "double" else ("‘", "'‘")
    return not any(ch in marks for ch in text[lo:hi]) and _opens_paragraph(text, *paras[k + 1], openers)


def mask(text: str, spans: list[Span]) -> str:
    """`text` with quote interiors blanked to 'x', keeping each quote's final punctuation."""
    out: list[str] = []
    pos = 0
    for span in spans:
        inner_start, inner_end = span.open + 1, span.close
        last = inner_end
        while last > inner_start and text[last - 1].isspace():
            last -= 1
        keep_last = last > inner_start and text[last - 1] in ".?!,;:—–-…"
        out.append(text[pos:inner_start])
        blank_to = last - 1 if keep_last else last
        out.append("x" * (blank_to - inner_start))
        out.append(text[blank_to:inner_end])
        pos = inner_end
    out.append(text[pos:])
    return "".join(out)


def sentences(masked: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split outside quotes and not after abbreviations."""
    out: list[tuple[int, int]] = []
    for lo, hi in paras:
        start = lo
        for match in _BOUNDARY.finditer(masked, lo, hi):
            token_start = masked.rfind(" ", start, match.start()) + 1
            token = masked[max(token_start, start) : match.start()].lstrip(_QUOTE_CHARS + "(")
            if token.lower().rstrip(".") in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Z]", token):
                continue
            end = match.end()
            out.append((start, end))
            start = end
            while start < hi and masked[start].isspace():
                start += 1
        if start < hi:
            out.append((start, hi))
    return out


def analyse(text: str) -> Analysis:
    """Prepare one article's text for quote and position extraction."""
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    masked = mask(text, spans)
    return Analysis(text, masked, paras, spans, sentences(masked, paras), NameIndex.build(masked))


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _title_case(inner: str) -> bool:
    words = [w.strip(".,;:!?()'’\"") for w in inner.split()]
    words = [w for w in words if w]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _clean_phrase(phrase: str) -> str:
    phrase = phrase.strip(" ,—–-\n\t")
    if "," in phrase:
        parts = phrase.split(",")
        phrase = parts[0]
        appositive = parts[1].strip()
        described = _DESCRIPTION.match(phrase) or _only_title(phrase)  # "Secretary General of the BIE, Dimitri ..."
        if described and RUN.fullmatch(appositive) and not is_org_or_place(appositive):
            phrase = appositive  # "a shopper on the Big Island, Shana Bartolome, told ...": the person
    return _TRAILING_PAREN.sub("", phrase).strip()


_DESCRIPTION = re.compile(r"(?:a|an|the|one|another)\s+[a-z]")
"""An unnamed description that an appositive name may follow: "a shopper on the Big Island"."""


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
                and not _IN_PLACE_END.search(s, 0, max(comma, 0))  # "in Omaha, Nebraska,": a place
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
    if stripped:
        # "DJ Koh, the president of Samsung's mobile business, which makes the Galaxy, said"
        head = _NAMED_BEFORE_APPOSITIVE.search(s)
        name = name_parts(head.group(1))[1] if head and _subject_head(s[: head.start()]) else ""
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
    clause = max(s.rfind(",", tail_start), tail_start)
    has_head = not _HEAD_WORDS.isdisjoint(s[clause:].lower().split())
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
            return _with_lower_role(s, affiliated.start(), affiliated.group(1)), lo + affiliated.start()
        partner = _PARTNER_BEFORE.search(s, tail_start, run.start())
        if partner and _subject_head(s[tail_start : partner.start()]):
            # "Donna Rotunno and Damon Cheronis, Weinstein's lawyers, said": both speak
            return s[partner.start() : run.end()], lo + partner.start()
        return _with_lower_role(s, run.start(), run.group()), lo + run.start()
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


def _clear_speaker(speaker: str | None) -> bool:
    """A named person or organisation, or a label headed by a speaking role ("the union's leader")."""
    if not speaker or speaker == BLOCKED:
        return False
    if speaker[:1].isupper():
        return True
    head = speaker.split()[-1].lower()
    return head in _HEAD_WORDS or head in ROLE_NOUNS or head in _SPEAKING_BODIES


def _paragraph_at(analysis: Analysis, pos: int) -> int:
    return max(0, bisect.bisect_right([lo for lo, _ in analysis.paragraphs], pos) - 1)


def _is_name(speaker: str | None) -> bool:
    """A named person, not a label ("the ministry"), a country or an organisation."""
    return speaker is not None and speaker != BLOCKED and speaker[:1].isupper() and not is_org_or_place(speaker)


def _only_title(phrase: str) -> bool:
    """ "Chairman", "Sony Pictures Chairman", "Secretary of State for Health": title words, no one's name."""
    runs = list(RUN.finditer(phrase))
    names = [name_parts(r.group())[1] for r in runs]
    if not runs or any(n and not is_org_or_place(n) and not n.isupper() for n in names):  # "of the BIE": a body
        return False
    between = RUN.sub(" ", phrase).split()
    return all(w in _TITLE_SMALL or w in ROLE_NOUNS or w in _ROLE_MODIFIERS for w in between)


def _titled_name_at_end(phrase: str) -> bool:
    """Whether the phrase ends with a name behind title words: "... for Health Wes Streeting"."""
    runs = list(RUN.finditer(phrase))
    if not runs or runs[-1].end() != len(phrase.rstrip(".")):
        return False
    title, name = name_parts(runs[-1].group())
    return bool(title and name) and not is_org_or_place(name)


def _subject_head(before: str) -> bool:
    """Whether a name after `before` heads its clause: only titles, roles and determiners precede it."""
    clause = [
        w for w in before[before.rfind(",") + 1 :].split() if any(ch.isalnum() for ch in w) and not _ACRONYM_WORD.fullmatch(w)
    ]
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
        or (word.endswith(_ROLE_ENDINGS) and word not in _NOT_ROLES and word.isalpha() and len(word) > 4)
    )


def _clause_start(masked: str, start: int, end: int) -> int:
    """Where a sentence's main clause starts: after a leading "But", "On Monday," or "Speaking to reporters,"."""
    first = _WORD.match(masked, start)
    if first and first.group() in _CONJUNCTIONS:
        start = first.end() + 1
        first = _WORD.match(masked, start)
    word = first.group() if first else ""
    participle = word.endswith(("ing", "ed")) and masked[first.end() + 1 : first.end() + 2].islower() if first else False
    if word and word not in _DETERMINER_WORDS and (word in COMMON or participle):
        comma = masked.find(",", start, end)
        if comma >= 0:
            return comma + 1 + len(masked[comma + 1 : end]) - len(masked[comma + 1 : end].lstrip())
    return start


def _sentence_subject(masked: str, start: int, mentions: list[tuple[int, int, str]]) -> tuple[int, str] | None:
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
        return (at, person) if _subject_head(before.replace(",", " ")) else None
    return None


_ACRONYM_WORD = re.compile(r"\([A-Z][A-Z&]{1,7}\)")
"""A body's acronym in brackets inside a title: "Bersatu Party Election Committee (JPP) chairman"."""
_INVERTED_AT_END = re.compile(rf",\s+(?:said|says|added|explained|noted)\s+(?P<spk>{RUN.pattern})\.?\s*$")
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
_PRONOUN_HEAD = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?(He|She)\s+(?:[a-z]+ly\s+|instead\s+|also\s+|then\s+)*[a-z]+")
"""A sentence headed by "he" or "she" and its verb: the subject of a later ", saying:"."""
_ASIDE = re.compile(r"\s*\([^()\"“”\n]{1,40}\)")
"""A short parenthesis inside an attribution, blanked before it is read."""
_NAME_SAYS = re.compile(
    rf"({RUN.pattern})\s+(?:said|says|announced|confirmed|added|stated)\b"
    rf"|(?:^|(?<=[.!?]\s))({RUN.pattern}),[^,.;\n]{{1,80}},\s+(?:was|is|has|had|said|says|warned|argued|welcomed)\b",
    re.MULTILINE,
)
"""A body heading an attribution: "AirAsia Philippines said", "Almega, which represents rail
companies, was disappointed"."""
_DOCUMENT_LEAD = re.compile(
    rf"(?:The|Its|Their)\s+(?:{_OWNED_DOCUMENTS}|update|notice|advice)\s+(?:added|said|says|continued|read|reads"
    r"|went\s+on)\s*:"
)
"""A lead-in naming only a document, "The update added:": the body quoted just before wrote it."""
_ONE_BODY = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'-]*\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Council|Committee|Commission|Authority|Board|Department|Ministry|Trust|Service|Services|Agency|Office|Court"
    r"|Company|Co\.|Group|Institute|Society|Association|Union|Partnership|Foundation|University)"
)
"""One body with "and" in its name ("Perth and Kinross Council"), not two speakers."""
_GROUP_SUBJECT = re.compile(
    rf"\s*((?:[Tt]he\s+)?(?:(?:{RUN.pattern})['’]s\s+)?(?:family|parents|relatives|officials|police|organisers|organizers"
    r"|campaigners|residents|researchers|scientists|lawyers|prosecutors|investigators|authorities|union|unions"
    r"|protesters|workers|staff|students|teachers|doctors|nurses|players|fans))\b(?=\s+[a-z])"
)
"""A group heading a sentence, which a later "they" may stand for."""
_COMPANY_NOUNS = frozenset("company firm group retailer carrier airline maker manufacturer chain insurer lender".split())
_CORPORATE_NAME = re.compile(
    r"\b((?:[A-Z][\w&'’.-]*\s+){1,4}?(?:Co\.|Inc\.?|Corp\.?|Ltd\.?|LLC|plc|PLC|Holdings|Corporation|Company|Airways|Airlines))"
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
_DOCUMENT_FROM = re.compile(rf"(?i:a|an|the)\s+(?:[\w-]+\s+)?(?:{_OWNED_DOCUMENTS})\s+(?:from|by|of)\s")
_IN_PLACE_END = re.compile(rf"\b(?:in|of|from|at|near|outside)\s+(?:{RUN.pattern})$")
"""Text ending "in Omaha" before ", Nebraska,": the state of a place, not a person in apposition."""
_WITH_SUBJECT = re.compile(
    rf"(?<![\w-])with\s+(?:[a-z-]+\s+){{0,3}}?(?P<spk>{RUN.pattern})(?:,[^,;:.!?]{{1,120}}?)?,?\s*(?:{_ADV}\s+)*$"
)
""""with professor Alex Markham, chief executive of Cancer Research UK(,) saying:": the person."""


def _with_lower_role(s: str, run_start: int, run: str) -> str:
    """Keep a possessive country and lowercase role before a name: "Japan's chief negotiator X"."""
    before = _LOWER_ROLE.search(s, 0, run_start)
    if before and before.group().split()[-1] in ROLE_NOUNS:
        return s[before.start() : run_start] + run
    return run


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
        if _ONE_BODY.fullmatch(phrase):
            return re.sub(r"^[Tt]he\s+", "", phrase)  # "Perth and Kinross Council said:"
        pair = _AND.split(phrase, maxsplit=1)
        if len(pair) == 2:
            return self._pair(pair[0], pair[1], pos)
        if not _valid_phrase(phrase):
            return None
        low = phrase.lower()
        if low in ("he", "she") or (low.startswith("the ") and phrase[4:] in DEMONYMS):
            return self.antecedent(pos, low)  # "he said", "the Italian said"
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
        if name and not title and name != runs[-1].group() and is_org_or_place(runs[-1].group()):
            if not is_org_or_place(name):
                return runs[-1].group()  # "Police Scotland": not "Scotland"
        if name and len(name) <= 2 and self.names.full_name(name) == name:
            return None  # "Hr told the PA news agency": a typo, not a person the article names
        if name and not is_org_or_place(name):
            return self._known_tail(self.names.full_name(name))  # "Police Chief Maria Santos" -> the person
        if any(w.strip(".,") in _GROUP_NOUNS for w in words):
            return _label(phrase)
        if name:
            return COUNTRIES.get(name) or _expand_acronym(name, self.analysis.text)  # "BMA" -> "British Medical Association"
        if title:
            return self.names.person_with_role(title, pos) or _label(phrase)
        if words[0] == "the" and head in ROLE_NOUNS:
            return self.names.person_with_role(" ".join(words[1:]), pos) or _label(phrase)
        if words[0] == "the" and len(words) <= 3 and head in _COMPANY_NOUNS:
            return self._corporation(pos) or self._institution(head, pos) or _label(phrase)
        if words[0] == "the" and len(words) <= 3:
            return self._institution(head, pos) or _label(phrase)
        return _label(phrase)

    def document_owner(self, phrase: str, pos: int) -> str | None:
        """Who issued the statement, filing or letter a quote is read from; None when unsure.

        "a statement from the family" -> the family, "Twitter's statement" -> Twitter, "her
        statement" -> her antecedent; "the filing" -> the one author of the nearest earlier
        sentence (within two paragraphs) that mentions a document: "In a court motion filed
        Wednesday, District Attorney Fani T. Willis sought ...".
        """
        phrase = _TRAILING_RELATIVE.sub("", phrase).strip(" ,—–-")  # "a statement from the family, which"
        named = _OWNER_NAMED.search(phrase)
        if named:
            group = next(g for g in ("owner", "owner2", "owner3") if named.group(g))
            owner = self.resolve(_expand_acronym(named.group(group), self.analysis.text), pos + named.start(group))
            return owner if owner and owner != BLOCKED else None
        first = phrase.split()[0].lower() if phrase.split() else ""
        if first in ("his", "her"):
            return self.antecedent(pos, "he" if first == "his" else "she")
        if first not in ("the", "a", "an", "which", "that", ""):
            return None
        analysis = self.analysis
        i = analysis.sentence_at(pos)
        floor = analysis.paragraphs[max(0, _paragraph_at(analysis, pos) - 2)][0]
        for k in range(i, max(-1, i - _PRONOUN_REACH), -1):
            start, end = analysis.sentences[k]
            if end <= floor:
                break
            end = min(end, pos)
            if _DOCUMENT_MENTION.search(analysis.masked, start, end):
                owners = self._authors(start, end)
                return owners[0] if len(owners) == 1 else None
        return None

    def _authors(self, start: int, end: int) -> list[str]:
        """Distinct speakers of one sentence: subjects of attribution or issuing verbs, and its subject person."""
        masked = self.analysis.masked
        found: list[str] = []
        verbs = [*SAY_VERB.finditer(masked, start, end), *_ISSUE_VERB.finditer(masked, start, end)]
        for verb in verbs:
            subject = subject_before(masked, start, verb.start())
            if subject and subject[0].lower() not in _PRONOUNS and not verb.group().endswith("ing"):
                speaker = self.resolve(*subject)
                if speaker and speaker != BLOCKED:
                    found.append(speaker)
        mentions = self.names.person_mentions(start, end)
        head = _sentence_subject(masked, start, mentions) if mentions else None
        if head:
            found.append(head[1])
        return list(dict.fromkeys(found))

    def body_before(self, pos: int) -> str | None:
        """What "it" at `pos` stands for as a speaker ("It added that ..."): the organisation that was
        the subject of the latest attribution verb in the three sentences before, in this paragraph
        or the one before (reaching further back past each "It said"); None when that subject is a
        person, or there is none."""
        analysis = self.analysis
        masked = analysis.masked
        i = analysis.sentence_at(pos)
        paragraph = _paragraph_at(analysis, pos)
        floor = analysis.paragraphs[max(0, paragraph - 1)][0]
        reach = i - 4
        k = i
        while k - 1 > max(-1, reach):
            k -= 1
            start, end = analysis.sentences[k]
            if start < floor:
                break
            verbs = [v for v in SAY_VERB.finditer(masked, start, end) if not v.group().endswith("ing")]
            for verb in reversed(verbs):
                subject = subject_before(masked, start, verb.start())
                if subject is not None and subject[0].lower() == "it":
                    # "It said that ...": the same body, named further back
                    paragraph = _paragraph_at(analysis, start)
                    floor = analysis.paragraphs[max(0, paragraph - 1)][0]
                    reach = k - 4
                if subject is None or subject[0].lower() == "it":
                    continue
                speaker = self.resolve(*subject)
                if speaker is None or speaker == BLOCKED or speaker in self.names.people:
                    return None
                head = speaker.split()[-1].lower()
                return None if head in _GROUP_NOUNS or head.endswith("s") and head[:-1] in ROLE_NOUNS else speaker
        return None

    def _pair(self, left: str, right: str, pos: int) -> str | None:
        """ "Chairman and CEO Michael Lynton" is one person with a compound title; "Donna
        Rotunno and Damon Cheronis" are two people speaking together; anything else (two
        countries, "Smith and his wife") is not attributed."""
        second = self.resolve(right, pos)
        if not _is_name(second):
            return None
        if _only_title(left):
            return second
        first = self.resolve(left, pos)
        return f"{first} and {second}" if _is_name(first) and first != second else None

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
        wanted = _PRONOUN_GENDER.get(pronoun or "")
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
        head = _PRONOUN_HEAD.match(self.analysis.masked, start, end)
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
                    with_person = _WITH_SUBJECT.search(masked, start, verb.start())
                    if with_person:  # "..., with Alex Markham, chief executive of ..., saying:"
                        person = self.resolve(with_person.group("spk"), with_person.start("spk"))
                        if person in self.names.people:
                            found.append((with_person.start("spk"), person, True))
                    continue
                if _INVERTED_BEFORE.search(masked, start, verb.start()):
                    # '"...," said councillor Chris Wilkins': the subject follows the verb
                    after = next((m for m in mentions if m[0] >= verb.end()), None)
                    if after and after[0] - verb.end() < 40 and _subject_head(masked[verb.end() : after[0]]):
                        found.append((after[0], after[2], True))
                    continue
                subject = subject_before(masked, start, verb.start())
                if subject and subject[0].lower() not in _PRONOUNS and _subject_head(masked[start : subject[1]]):
                    person = self.resolve(*subject)  # not "reported that Charles had criticised"
                    if person in self.names.people:
                        found.append((subject[1], person, True))
            head = _sentence_subject(masked, start, mentions)
            if head:
                # "Guardiola was delighted.", "Dube spoke next.": a subject about to be quoted
                head_end = next(m[1] for m in mentions if m[0] == head[0])
                found.append((*head, bool(_SPEECH_LIKE.match(masked, head_end))))
            for source in _ACCORDING_TO.finditer(masked, start, end):
                # "According to Zambry, various programmes are planned": Zambry spoke
                found += [(at, person, True) for at, _, person in mentions if at == source.end()]
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
        two sentences before, in this paragraph or the one before ("Ben's family issued a
        statement"); None for a group that only did something else ("The family gathered")."""
        analysis = self.analysis
        i = analysis.sentence_at(pos)
        floor = analysis.paragraphs[max(0, _paragraph_at(analysis, pos) - 1)][0]
        for k in range(i - 1, max(-1, i - 3), -1):
            start, end = analysis.sentences[k]
            if start < floor:
                break
            group = _GROUP_SUBJECT.match(analysis.masked, start, end)
            spoke = SAY_VERB.search(analysis.masked, start, end) or _ISSUE_VERB.search(analysis.masked, start, end)
            if group and spoke:  # "Ben's family issued a statement", not "The family gathered outside court"
                return _as_label(group.group(1))
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
        return re.sub(r"^[Tt]he\s+", "", re.sub(r"\s+", " ", found[1])) if found else None

    def _institution(self, head: str, pos: int) -> str | None:
        """The fuller earlier name of "the ministry": "the Vietnamese trade ministry" -> "Vietnamese trade ministry"."""
        pattern = re.compile(
            rf"(?:\b[Tt]he\s+)?\b([A-Z][\w.’'-]*\s+(?:[\w.’'-]+\s+){{0,2}}(?i:{re.escape(head)}))\b"
            rf"(?:\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}})(?=\s+[a-z]))?"
        )
        found = None
        for match in pattern.finditer(self.analysis.masked, 0, pos):
            if match.group(1).split()[0] not in _DETERMINER_WORDS:  # not "A bench headed by ..."
                found = match
        if found is None:
            return None
        if found.group("name"):
            return found.group("name")  # "Trade union Unite said": Unite
        return "the " + re.sub(r"\s+", " ", found.group(1))


def _expand_acronym(name: str, text: str) -> str:
    """ "WHC" -> "World Heritage Committee" when the article spells it out; else `name`."""
    if not (2 <= len(name) <= 8 and name.isupper() and name.isalpha()):
        return name
    words = r"\s+(?:(?:of|for|and|the|on)\s+)*".join([rf"{letter}[\w'’-]+" for letter in name])
    spelled = re.search(rf"\b{words}\b", text)
    return spelled.group() if spelled else name


def _label(phrase: str) -> str | None:
    """A descriptive speaker ("the ministry", "a source familiar with the talks") when its head
    noun can speak: a person, role, group or body; None for "the questions" or "her statement"."""
    words = _LABEL_CUT.split(phrase, maxsplit=1)[0].split()
    if words and words[-1].endswith(("'s", "’s")):
        return None  # "the president's (tweets)": an owner, not a speaker
    head = words[-1].lower().strip(".,'’\"") if words else ""
    head = head.removesuffix("'s").removesuffix("’s")
    speaks = (
        head in _HEAD_WORDS or head in ROLE_NOUNS or head in _SPEAKING_BODIES or head in _TITLE_HEADS
        or _role_like(head) or (head.endswith("s") and (head[:-1] in ROLE_NOUNS or _role_like(head[:-1])))
    )
    return _as_label(phrase) if speaks else None


def _as_label(phrase: str) -> str:
    """A descriptive speaker as written, sentence-initial capital dropped: "The ministry" -> "the ministry"."""
    first, _, rest = phrase.partition(" ")
    if first.lower() in _DETERMINERS or first.lower() in _GROUP_NOUNS:
        return (first.lower() + " " + rest).strip()
    return phrase


class _Finder:
    """Finds the speaker of each span of one analysed article."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.resolver = SpeakerResolver(analysis)

    def sentence_of(self, pos: int) -> tuple[int, int, int]:
        i = self.a.sentence_at(pos)
        start, end = self.a.sentences[i]
        return i, start, end

    def post(self, span: Span, limit: int) -> str | None:
        """Speaker named after the closing mark, before `limit`: '...," Ishiba told reporters.'"""
        masked = self.a.masked
        if span.runs_on:
            return None
        i, _, end = self.sentence_of(max(span.open, self.a.paragraphs[span.para][0]))  # a continued piece opens before its paragraph
        after = masked[span.after : min(end, limit)]
        if not after.strip() and end <= span.after and i + 1 < len(self.a.sentences):
            return self._next_sentence_attribution(span, i + 1)
        offset = span.after
        after = _ASIDE.sub(lambda aside: " " * len(aside.group()), after)  # "the commanding officer (designate) of"
        document = _DOCUMENT_AFTER.match(after)
        if document:
            # '"...," the filing read.': whoever filed it, when the article says so
            return self.resolver.document_owner(document.group("doc"), offset + document.start("doc"))
        for pattern in (_POST_SPEAKER_FIRST, _POST_VERB_FIRST, _POST_ANY_VERB):
            match = pattern.match(after)
            if match:
                phrase = match.group("spk")
                if pattern is _POST_VERB_FIRST:
                    phrase = _CUT_SPEAKER.sub("", phrase.split(",")[0]).rstrip(". ")
                found = self.resolver.resolve(phrase, offset + match.start("spk"))
                if found:
                    return found
                if pattern is not _POST_ANY_VERB and _is_name(phrase):
                    return BLOCKED  # '"...," Dattu said.' names someone this article cannot place: not the last speaker
        return None

    def _next_sentence_attribution(self, span: Span, n: int) -> str | None:
        """'"We will win." Smith said.': a bare attribution as the next sentence of the paragraph."""
        n_start, n_end = self.a.sentences[n]
        if not n_start < self.a.paragraphs[span.para][1]:
            return None
        match = _POST_SPEAKER_FIRST.match(self.a.masked[n_start:n_end])
        if not match:
            return None
        tail = _WORD.findall(match.group("tail").lower())
        if len(tail) > 5 or any(w in _CLAUSE_WORDS for w in tail) or any(ch in match.group("tail") for ch in "\"“”"):
            return None
        return self.resolver.resolve(match.group("spk"), n_start + match.start("spk"))

    def according(self, span: Span) -> str | None:
        _, _, end = self.sentence_of(span.open)
        after = self.a.masked[span.after : end]
        match = _ACCORDING.match(after)
        if not match:
            return None
        phrase = _CUT_SPEAKER.sub("", match.group("spk")).rstrip(". ")
        return self.resolver.resolve(phrase, span.after + match.start("spk"))

    def pre_lead_in(self, span: Span, local_start: int) -> str | None:
        """Speaker of a lead-in ending right before a whole quote: 'Smith told reporters:'."""
        masked = self.a.masked
        pre = masked[local_start : span.open]
        if not pre.strip():
            return None
        colon = _NAME_COLON.match(pre)
        if colon and len(colon.group("spk").split()) <= 4 and RUN.fullmatch(colon.group("spk").strip()):
            return self.resolver.resolve(colon.group("spk"), local_start + colon.start("spk"))
        according = _ACCORDING_END.search(pre)
        if according:
            return self.resolver.resolve(according.group("spk"), local_start + according.start("spk"))
        if not pre.rstrip().endswith((":", ",", "—", "–", "-")) and not _SAY_END.search(pre.rstrip()):
            return None
        verbs = list(SAY_VERB.finditer(masked, local_start, span.open))
        read = _READ_END.search(pre)
        if read:
            # "Twitter posted a statement which read,", "The family said in a statement that read:"
            at = local_start + read.start()
            issued = [v for v in [*verbs, *_ISSUE_VERB.finditer(masked, local_start, at)] if v.end() <= at]
            owner = self._subject_of(sorted(issued, key=lambda v: v.start()), local_start) if issued else None
            return owner or self.resolver.document_owner(pre[: read.start()], at)
        if not verbs and pre.rstrip().endswith(":"):
            # "Bobbi Sternheim remained defiant:": the person the lead-in is about
            head = _sentence_subject(masked, local_start, self.a.names.person_mentions(local_start, span.open))
            return head[1] if head else None
        if not verbs:
            return None
        verb = verbs[-1]
        if word_count(masked[verb.end() : span.open]) > _MAX_LEAD_IN_WORDS:
            return None
        found = self._subject_of(verbs, local_start)
        _, sentence_start, _ = self.sentence_of(span.open)
        if found is None and verb.group().endswith("ing") and sentence_start < local_start:
            # "Martin called for a 'prompt' and 'proactive' response, saying:": the subject comes
            # before the scare quotes the lead-in starts after
            found = self._subject_of([verb], sentence_start)
        return found

    def in_sentence(self, span: Span) -> str | None:
        """Speaker of a partial quote: the subject of an attribution verb before it in its sentence.

        The nearest such verb must be within 30 words of the quote, so that a verb of an
        earlier clause ("Musk told Twitter ... The company filed a lawsuit as he "...")
        does not claim it.
        """
        _, start, _ = self.sentence_of(span.open)
        verbs = list(SAY_VERB.finditer(self.a.masked, start, span.open))
        if not verbs or word_count(self.a.masked[verbs[-1].end() : span.open]) > _MAX_VERB_DISTANCE:
            return None
        return self._subject_of(verbs, start)

    def _subject_of(self, verbs: list[re.Match[str]], lo: int) -> str | None:
        masked = self.a.masked
        it_at: int | None = None
        for verb in reversed(verbs):
            with_person = _WITH_SUBJECT.search(masked, lo, verb.start()) if verb.group().endswith("ing") else None
            if with_person and not masked[lo : verb.start()].rstrip().endswith(","):
                speaker = self.resolver.resolve(with_person.group("spk"), with_person.start("spk"))
                if _is_name(speaker):
                    return speaker  # "..., with Alex Markham, chief executive of Cancer Research UK saying:"
            if verb.group().endswith("ing") and masked[lo : verb.start()].rstrip().endswith(","):
                if with_person:
                    # "..., with professor Alex Markham, chief executive of Cancer Research UK, saying:"
                    speaker = self.resolver.resolve(with_person.group("spk"), with_person.start("spk"))
                    if _is_name(speaker):
                        return speaker
                # "..., and Boris Johnson appeared to blame ..., describing": the clause's subject
                head = self._clause_head(lo, verb.start())
                if head:
                    return head
                pronoun = _PRONOUN_HEAD.match(masked, lo, verb.start())
                if pronoun:  # "He instead doubled down on his stance, saying:"
                    speaker = self.resolver.resolve(pronoun.group(1), pronoun.start(1))
                    if speaker and speaker != BLOCKED:
                        return speaker
                continue
            found = subject_before(masked, lo, verb.start())
            if found and found[0].lower() == "it":
                it_at = it_at if it_at is not None else found[1]
                continue  # "RMT announced the action ... what it called": the earlier verb's subject
            if found:
                speaker = self.resolver.resolve(*found)
                if speaker:
                    return speaker
        return self.resolver.body_before(it_at) if it_at is not None else None

    def _clause_head(self, lo: int, hi: int) -> str | None:
        """The last person in [lo, hi) who heads a clause and is followed by its verb: "and Boris
        Johnson appeared ..."; not an object ("arrested Smith and Jones,")."""
        masked = self.a.masked
        for at, end, person in reversed(self.a.names.person_mentions(lo, hi)):
            before = _CLAUSE_BREAK.split(masked[lo:at])[-1]
            following = _WORD.match(masked, end + 1) if masked[end : end + 1] == " " else None
            verb = following.group() if following else ""
            if verb.islower() and verb not in _NOT_VERB and _subject_head(before):
                return person
        return None

    def framing(self, span: Span) -> str | None:
        """Speaker of a short partial a named subject frames: 'Johnson called the result a
        "victory"', 'Cooper described the attack as "disgraceful"'. Passive framing ("was
        described as") and subjects that are no speaker ("a rocket dubbed ...") give None."""
        _, start, _ = self.sentence_of(span.open)
        masked = self.a.masked
        frame = _FRAMING.search(masked, max(start, span.open - 120), span.open)
        if not frame or _PASSIVE_BEFORE.search(masked, start, frame.start()):
            return None
        verb = _FRAME_VERB.match(masked, frame.start())
        speaker = self._subject_of([verb], start) if verb else None
        return speaker if _clear_speaker(speaker) else None

    def reported_before(self, span: Span, sentence_index: int) -> str | None:
        """Speaker of a quote paragraph with no attribution after a paragraph that ends in reported
        speech ("He also warned that the winter would be hard."): that sentence's speaker, when it
        holds no quote, names one person and no one else is named between it and the quote."""
        start, end = self.a.sentences[sentence_index]
        if self.a.paragraphs[span.para - 1][0] > start or any(
            start <= s.open < end and getattr(s, "whole", True) for s in self.a.spans
        ):
            return None  # a partial quote inside ("...said a partnership with "joint stewardship" must ...") is fine
        speaker = self.sentence_speaker(sentence_index)
        if not _is_name(speaker) or _two_people(speaker or ""):
            return None
        others = {p for _, _, p in self.a.names.person_mentions(start, span.open)} - {speaker}
        return None if others else speaker

    def first_person_after(self, span: Span) -> str | None:
        """Speaker of a quote paragraph in the first person ("[I'll] lose 40 percent of my liver")
        with no attribution, right after a paragraph about one person who heads it: that person."""
        inner = self.a.text[span.open + 1 : span.close]
        if span.para == 0 or not _FIRST_PERSON.search(inner):
            return None
        lo, hi = self.a.paragraphs[span.para - 1]
        people = {person for _, _, person in self.a.names.person_mentions(lo, hi)}
        if len(people) != 1 or any(lo <= s.open < hi for s in self.a.spans):
            return None
        head = _sentence_subject(self.a.masked, lo, self.a.names.person_mentions(lo, hi))
        return head[1] if head and head[1] in people and _is_name(head[1]) else None

    def in_reported_clause(self, span: Span) -> str | None:
        """Speaker of a one- or two-word partial inside a named person's reported clause: 'Williamson
        said students will "absolutely" sit the exams', 'Reeves told MPs the market was acting on
        "emotions"'. The verb must be at most 12 words before it with no clause break, quote or
        determiner ('the "levelling up" fund': a term) between; the subject a person the article names."""
        _, start, _ = self.sentence_of(span.open)
        masked = self.a.masked
        verbs = [v for v in SAY_VERB.finditer(masked, start, span.open) if not v.group().endswith("ing")]
        if not verbs:
            return None
        between = masked[verbs[-1].end() : span.open]
        if word_count(between) > _MAX_CLAUSE_WORDS or _CLAUSE_STOP.search(between) or _DETERMINER_END.search(between):
            return None
        following = _WORD.match(masked, span.after + 1) if masked[span.after : span.after + 1] == " " else None
        word_before = between.split()[-1].lower() if between.split() else ""
        if following and following.group().islower() and following.group() not in _FUNCTION_WORDS and (
            word_before in _FUNCTION_WORDS
        ):
            return None  # 'the pause on "reciprocal" tariffs': a term before its noun
        speaker = self._subject_of(verbs[-1:], start)
        return speaker if speaker in self.a.names.people else None

    def sentence_speaker(self, sentence_index: int) -> str | None:
        """Speaker of a reported-speech sentence: 'The minister said the plan was sound.'"""
        start, end = self.a.sentences[sentence_index]
        verbs = [v for v in SAY_VERB.finditer(self.a.masked, start, end) if not v.group().endswith("ing")]
        inverted = _INVERTED_AT_END.search(self.a.masked, start, end)
        if inverted:  # "The union decided to issue the notices, said Palecek."
            found = self.resolver.resolve(inverted.group("spk"), inverted.start("spk"))
            if found and found != BLOCKED:
                return found
        return self._subject_of(verbs[:1], start)


def _local_start(spans: list[Span], index: int, sentence_start: int) -> int:
    previous = spans[index - 1] if index > 0 else None
    if previous and previous.para == spans[index].para and previous.close >= sentence_start:
        return previous.after
    return sentence_start


def _is_whole(analysis: Analysis, span: Span, local_start: int) -> bool:
    if span.continues:
        return True
    text, masked = analysis.text, analysis.masked
    pre = masked[local_start : span.open].rstrip()
    inner = text[span.open + 1 : span.close].strip()
    starts = (
        not pre.strip(" —–-")
        or pre.endswith(":")
        or (pre.endswith((",", "—", "–")) and inner[:1].isupper())
        or (inner[:1].isupper() and bool(_SAY_END.search(pre)) and word_count(inner) >= 3 and not _title_case(inner))
    )
    if not starts:
        return False
    if span.runs_on or inner[-1:] in ",.?!—–-…:;":
        return True
    para_end = analysis.paragraphs[span.para][1]
    after = text[span.after : para_end].lstrip()
    return not after or after[0] in ".?!,;:—–"


def quote_text(text: str, span: Span) -> tuple[str, int, int]:
    """The quoted words as printed (trailing comma dropped) and their offsets."""
    start, end = span.open + 1, span.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return text[start:end], start, end


def find_quotes(article_text: str | Analysis) -> list[QuoteMention]:
    """Direct quotes of one article with their speakers (see the module docstring for the rule)."""
    analysis = article_text if isinstance(article_text, Analysis) else analyse(article_text)
    spans = analysis.spans
    finder = _Finder(analysis)
    text = analysis.text
    kept: list[Span] = []
    for index, span in enumerate(spans):
        _, sentence_start, _ = finder.sentence_of(span.open)
        local = _local_start(spans, index, sentence_start)
        span.whole = _is_whole(analysis, span, local)
        inner = text[span.open + 1 : span.close].strip()
        words = word_count(inner)
        limit = spans[index + 1].open if index + 1 < len(spans) else len(text)
        if span.whole:
            if words < 3 and inner[-1:] not in ",?!.":
                continue  # a short quoted term, not a quote
            if _title_case(inner) and inner[-1:] not in ",?!.":
                continue  # a title: the album “Friends That Break Your Heart” — ...
            # a colon lead-in ("Smith said:", or "She added:" ending the paragraph before) is the
            # surest attribution, then one after the quote
            colon = text[local : span.open].rstrip().endswith(":")
            lead_start = local if colon else _lead_in_paragraph(analysis, spans, index)
            colon = colon or lead_start is not None
            lead_in = finder.pre_lead_in(span, lead_start) if lead_start is not None else None
            span.speaker = lead_in or finder.post(span, limit)
            attribution = _POST_SPEAKER_FIRST.match(analysis.masked[span.after : limit])
            described = attribution is not None and attribution.group("spk").strip().startswith("the ")
            if described and span.speaker != BLOCKED and span.open == analysis.paragraphs[span.para][0]:
                # '... Gordon Lyons MLA said the barrier was finance.\n"...," the DUP representative said.':
                # the description stands for the person whose reported speech the paragraph before ends with
                i = analysis.sentence_at(span.open)
                named = finder.reported_before(span, i - 1) if i > 0 else None
                if named and named in analysis.names.people:
                    span.speaker = named
            # '"No," he said.' and 'Musk wrote: "Wow."' are quotes, and so is '"None whatsoever."'
            # right after a quote of the same speaker (see _share_speakers)
            span.short = words < 3
            if not span.speaker and not span.short:
                span.speaker = (None if colon else finder.pre_lead_in(span, local)) or finder.according(span)
            lead_text = text[lead_start if lead_start is not None else local : span.open].strip()
            if not span.speaker and colon and kept and _DOCUMENT_LEAD.fullmatch(lead_text):
                # 'The council said: "..." ... The update added: "..."': the body quoted last
                last = next((k for k in reversed(kept) if k.speaker), None)
                if last and last.speaker != BLOCKED and last.speaker not in analysis.names.people and last.para >= span.para - 4:
                    span.speaker = last.speaker
        else:
            term = _TERM_BEFORE.search(text, max(0, span.open - 30), span.open)
            if words < 3 or term:
                # 'called the ruling a "disgrace"': short, or a term, but framed by someone
                span.speaker = finder.framing(span) if not _title_case(inner) else None
                if not span.speaker and not term and not _title_case(inner):
                    span.speaker = finder.in_reported_clause(span)
                if not span.speaker:
                    continue
            elif _title_case(inner):
                continue
            else:
                span.speaker = finder.post(span, limit) or finder.in_sentence(span) or finder.according(span)
        kept.append(span)
    _share_speakers(kept, finder)
    out: list[QuoteMention] = []
    seen: set[str] = set()
    for span in kept:
        quoted, start, end = quote_text(text, span)
        if span.speaker and span.speaker != BLOCKED and quoted and quoted not in seen:
            seen.add(quoted)
            speaker = re.sub(r"^(?:[Tt]he\s+)?([A-Z][A-Z&]{1,7})$", lambda m: _expand_acronym(m.group(1), text), span.speaker)
            out.append(QuoteMention(speaker, quoted, start, end, not span.whole))  # "the BMA" -> "British Medical Association"
    out.extend(_transcript_quotes(analysis, {q.text for q in out}))
    out.sort(key=lambda q: q.start)
    return out


def _share_speakers(kept: list[Span], finder: _Finder) -> None:
    """Give unattributed pieces the speaker of their quote chain, paragraph or sentence."""
    chain: list[Span] = []
    for span in kept:
        if span.continues and chain and chain[-1].runs_on:
            chain.append(span)
        else:
            _fill_chain(chain)
            chain = [span]
    _fill_chain(chain)
    previous: Span | None = None
    chain_start: Span | None = None
    for span in kept:
        if span.short:
            if span.speaker is None and previous is not None and previous.para == span.para:
                span.speaker = previous.speaker
            previous = span if span.speaker not in (None, BLOCKED) else None
            continue
        if span.speaker is None and previous is not None:
            same_sentence = finder.sentence_of(previous.open)[0] == finder.sentence_of(span.open)[0]
            if same_sentence:
                span.speaker = previous.speaker
            elif (
                span.whole
                and not _other_person_between(finder.a, previous, span)
                and (previous.para == span.para or _continues_previous_paragraph(finder.a, previous, span))
            ):
                span.speaker = previous.speaker
        if span.speaker is None and span.whole:
            i, start, _ = finder.sentence_of(span.open)
            if i > 0 and finder.a.sentences[i - 1][0] >= finder.a.paragraphs[span.para][0]:
                span.speaker = finder.sentence_speaker(i - 1)
            elif i > 0 and not span.continues and span.open == finder.a.paragraphs[span.para][0]:
                span.speaker = finder.reported_before(span, i - 1) or finder.first_person_after(span)
            if span.speaker and span.runs_on:
                chain_start = span  # the pieces that continue it, left unattributed by _fill_chain
        elif span.speaker is None and span.continues and chain_start is not None and chain_start.para == span.para - 1:
            span.speaker = chain_start.speaker
            chain_start = span if span.runs_on else None
        previous = span if span.speaker not in (None, BLOCKED) else None


def _fill_chain(chain: list[Span]) -> None:
    speaker = next((s.speaker for s in chain if s.speaker), None)
    for span in chain:
        span.speaker = span.speaker or speaker


def _ends_paragraph(analysis: Analysis, span: Span) -> bool:
    """True when nothing but the quote's own attribution follows it in its paragraph."""
    para_end = analysis.paragraphs[span.para][1]
    rest = analysis.masked[span.after : para_end]
    attribution = (
        _POST_SPEAKER_FIRST.match(rest) or _POST_VERB_FIRST.match(rest) or _DOCUMENT_AFTER.match(rest)
        or not rest.strip(" .,")
    )
    return "\"" not in rest and "“" not in rest and bool(attribution)


def _continues_previous_paragraph(analysis: Analysis, previous: Span, span: Span) -> bool:
    """A quote paragraph with no attribution of its own, after a paragraph that ended with a
    quote attributed to one speaker: news style for "the same speaker, continuing"."""
    return (
        previous.para == span.para - 1
        and span.open == analysis.paragraphs[span.para][0]
        and _ends_paragraph(analysis, previous)
        and previous.speaker is not None
        and not _two_people(previous.speaker)
    )


def _two_people(speaker: str) -> bool:
    """ "Donna Rotunno and Damon Cheronis", as `SpeakerResolver` joins a pair of speakers."""
    pair = speaker.split(" and ", 1)
    return len(pair) == 2 and all(_is_name(part) for part in pair)


def _other_person_between(analysis: Analysis, previous: Span, span: Span) -> bool:
    """Whether someone other than the previous quote's speaker is named between the two quotes.

    Names in the rest of the previous quote's own sentence belong to its attribution ("said
    Scott Bolton, principal investigator at the Southwest Research Institute in San Antonio.")
    unless, before a new paragraph, a clause of their own names them ("said after Judge James
    Burke read the verdict"): the new paragraph may answer them."""
    attribution_end = analysis.sentences[analysis.sentence_at(previous.after)][1] if previous.after < span.open else 0
    same_paragraph = previous.para == span.para
    for at, _, person in analysis.names.person_mentions(previous.after, span.open):
        if person == previous.speaker:
            continue
        if at < attribution_end and (same_paragraph or not _CLAUSE_MARKER.search(analysis.masked, previous.after, at)):
            continue  # '..." Rohr said in a video on the Super Eagles Twitter account.': part of the attribution
        return True
    return False


def _lead_in_paragraph(analysis: Analysis, spans: list[Span], index: int) -> int | None:
    """Where the lead-in starts when a quote opens its paragraph and the paragraph before ends
    with one ("She added:"): the start of that paragraph's last sentence, after any quote in it."""
    span = spans[index]
    if span.continues or span.para == 0 or span.open != analysis.paragraphs[span.para][0]:
        return None
    lo, hi = analysis.paragraphs[span.para - 1]
    tail = analysis.masked[lo:hi].rstrip()
    if not (tail.endswith(":") or tail.endswith(",") and _SAY_END.search(tail[:-1])):
        return None  # "She added:" or "Senior Advocate Gopal Sankarnarayanan highlighted,"
    start = analysis.sentences[analysis.sentence_at(hi - 1)][0]
    before = [s.after for s in spans[:index] if lo <= s.open < hi and s.after > start]
    return max([start, *before])


_TRANSCRIPT_LINE = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,3}):[ \u00a0]+(?P<text>\S.*)", re.DOTALL)
_NOT_SPEAKER_LABELS = frozenset(
    "q a note photo source sources update editor's note related related coverage read more watch hashtags "
    "correction location credit copyright caption disclaimer warning tags topics share comments picture pictures "
    "pictured image images photograph photographs photos video graphic illustration file".split()
)


def _transcript_quotes(analysis: Analysis, known: set[str]) -> list[QuoteMention]:
    """Interview-style lines 'Name: words' (at least two in the article) whose Name is a person."""
    found: list[tuple[str, int, int]] = []
    text = analysis.text
    for lo, hi in analysis.paragraphs:
        if any(lo <= s.open < hi for s in analysis.spans):
            continue
        match = _TRANSCRIPT_LINE.fullmatch(text, lo, hi)
        if match and match.group("name").lower() not in _NOT_SPEAKER_LABELS:
            found.append((match.group("name"), match.start("text"), hi))
    if len(found) < 2:
        return []
    out: list[QuoteMention] = []
    for name, start, end in found:
        title, person = name_parts(name if not name.isupper() else name.title())
        if not person or is_org_or_place(person):
            continue
        full = analysis.names.full_name(person)
        words = text[start:end].strip()
        if word_count(words) >= 3 and words not in known:
            out.append(QuoteMention(full, words, start, end, False))
    return out
