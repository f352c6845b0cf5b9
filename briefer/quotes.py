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

Who the speaker is: see `speakers`; where the quote marks are: see `quote_marks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import POST_SPEAKER_FIRST, SAY, SAY_VERB
from .names import (
    ROLE_NOUNS,
    RUN,
    is_org_or_place,
    name_parts,
)
from .quote_marks import (
    WORD,
    Analysis,
    Span,
    analyse,
    quote_text,
    word_count,
)
from .speakers import (
    BLOCKED,
    HEAD_WORDS,
    ISSUE_VERB,
    OWNED_DOCUMENTS,
    PRONOUN_HEAD,
    SPEAKING_BODIES,
    TITLE_SMALL,
    WITH_SUBJECT,
    SpeakerResolver,
    expand_acronym,
    is_name,
    sentence_subject,
    subject_before,
    subject_head,
)

_MAX_VERB_DISTANCE = 30
_POST_VERB_FIRST = re.compile(
    r"^[\s,—–-]*(?P<verb>said|says|added|adds|asked|asks|wrote|writes|explained|explains|insisted|insists|"
    r"continued|continues|replied|replies|responded|responds|recalled|recalls|warned|warns|noted|notes|argued|"
    r"argues|declared|declares|stated|states|remarked|remarks|quipped|quips|countered|counters|observed|observes|"
    r"commented|comments|concluded|concludes|cautioned|cautions|admitted|admits|acknowledged|acknowledges|"
    r"stressed|stresses|emphasi[sz]ed|emphasi[sz]es|predicted|predicts|conceded|concedes|exclaimed|exclaims|"
    r"shouted|shouts|joked|jokes|mused|muses|reflected|reflects|retorted|retorts|pointed\s+out|points\s+out)\s+"
    r"(?!(?:of|about|on|in|at|to|for|with|from|after|before|during|when|while|that|this|last|later|as)\b)"
    r"(?P<spk>[^,;:!?\"“”«»()]{1,140})"
)
_POST_ANY_VERB = re.compile(
    rf"^[\s,—–-]*(?P<spk>(?:{RUN.pattern})|(?i:he|she))\s+(?P<verb>[a-z]{{3,}}ed)(?:\s+(?:back|in|on|out|up))?\s*[.;]"
)
"""'"...," Smith grimaced.': a name and one verb in the past closing the sentence attribute a
quote whatever the verb."""
_ACCORDING = re.compile(r"^[\s,—–-]*according\s+to\s+(?P<spk>[^,;:!?\"“”«»()]{1,80})", re.IGNORECASE)
_ACCORDING_END = re.compile(r"according\s+to\s+(?P<spk>[^,;:!?\"“”«»()]{1,80}),\s*$", re.IGNORECASE)
_NAME_COLON = re.compile(r"^\s*(?P<spk>[^\s,;:!?\"“”«»()][^,;:!?\"“”«»()]{0,60}):\s*$")
_NEW_SENTENCE = re.compile(r"[.?!…]")
_CONJUNCTION_NEXT = re.compile(r"\s*(?:But|And|Yet|However|Meanwhile|Still)\b")
_LEADING_ACCORDING = re.compile(rf"\s*According\s+to\s+(?:the\s+)?(?P<spk>{RUN.pattern})(?![\w'’-])")
"""A reported-speech sentence that opens with its source."""
_LONG_TITLE_NAME = re.compile(
    rf"(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+|&\s+)?){{1,8}}?"
    rf"(?:Minister|Secretary|Commissioner|Director|Chair|Chairman|Chairwoman|President|Officer|Chief)\s+"
    rf"(?P<name>{RUN.pattern})\s*(?:[.;]|$)"
)
"""A title with commas in it before the name, after the verb: 'said federal Families, Children and
Social Development Minister Jean-Yves Duclos.'"""
_NAMED_AFTER = re.compile(rf",\s+((?:{RUN.pattern})(?:\s+and\s+(?:{RUN.pattern}))?)\s*(?:[.;]|$)")
"""The names a description after the verb stands for: '..., said the officers, Mike Roddy and Helen Long.'"""
_CUT_SPEAKER = re.compile(
    r"\s+(?:in|on|at|during|after|before|to|of|who|which|that|when|while|as|from|with|via|about|last|this|"
    r"yesterday|today|tonight|earlier|later|afterwards?|too|also|again|then|now|recently|previously|"
    r"(?:minutes|hours|moments|seconds|shortly|soon|just)(?=\s+(?:after|before|into|later))|"
    r"told|said|says|by|under|over|outside|inside|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"morning|afternoon|evening|tonight)\b.*$",
    re.DOTALL,
)
_TERM_BEFORE = re.compile(
    r"(?:so-called|dubbed|nicknamed|titled|entitled|named|headlined|hashtag|slogan|term|phrase|word|label|"
    r"brand|motto|known\s+as|billed\s+as|marketed\s+as)\s*$",
    re.IGNORECASE,
)

#: words that make the rest of "Smith said ..." a new clause, not a bare attribution
_CLAUSE_WORDS = frozenset("he she they it we i that his her their its this there".split())
_SAY_END = re.compile(SAY + r"\s*$")
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
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+)?$")
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
_READ_END = re.compile(r"\b(?:read|reads|(?:is|was)\s+as\s+follows)\s*[:,—–-]?\s*$")
#: '"...," the filing read.' / 'a statement from the family said.'
_DOCUMENT_AFTER = re.compile(
    rf"^[\s,—–-]*(?P<doc>(?:(?:the|a|an|his|her|its|their)\s+|(?:{RUN.pattern})['’]s\s+)(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{OWNED_DOCUMENTS})(?:\s+to\s+[\w\s]{{1,30}}?)?(?:\s+(?:from|by|of)\s+[^,;:.!?\"“”]{{1,60}}?)?)"
    r"(?:\s+dated\s+[^,;:!?\"“”]{1,30}?)?\s+(?:read|reads|said|says|stated|states)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuoteMention:
    """A direct quote as printed, who said it, and where its words sit in the text."""

    speaker: str
    text: str
    start: int
    end: int
    partial: bool


_CLAUSE_MARKER = re.compile(r"\b(?:after|when|as|while|before|who|which|that|because|since|until|and|but)\b")
_FIRST_PERSON = re.compile(r"(?:^|[\s\[(])(?:I|I['’](?:m|ll|ve|d)|my|me|we|our|us)(?=[\s\],.!?;:])")


def _title_case(inner: str) -> bool:
    words = [w.strip(".,;:!?()'’\"") for w in inner.split()]
    words = [w for w in words if w]
    if not words or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL for w in words)


def _clear_speaker(speaker: str | None) -> bool:
    """A named person or organisation, or a label headed by a speaking role ("the union's leader")."""
    if not speaker or speaker == BLOCKED:
        return False
    if speaker[:1].isupper():
        return True
    head = speaker.split()[-1].lower()
    return head in HEAD_WORDS or head in ROLE_NOUNS or head in SPEAKING_BODIES


_INVERTED_AT_END = re.compile(rf",\s+(?:said|says|added|explained|noted)\s+(?P<spk>{RUN.pattern})\.?\s*$")
_ASIDE = re.compile(r"\s*\([^()\"“”\n]{1,40}\)")
"""A short parenthesis inside an attribution, blanked before it is read."""
_DOCUMENT_LEAD = re.compile(
    rf"(?:The|Its|Their)\s+(?:{OWNED_DOCUMENTS}|update|notice|advice)\s+(?:added|said|says|continued|read|reads"
    r"|went\s+on)\s*:"
)
"""A lead-in naming only a document, "The update added:": the body quoted just before wrote it."""


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
        if _NEW_SENTENCE.match(self.a.text, span.close - 1) and _CONJUNCTION_NEXT.match(after):
            return None  # '"... the question?”But the suspect insisted ...': a new sentence, not an attribution
        for pattern in (POST_SPEAKER_FIRST, _POST_VERB_FIRST, _POST_ANY_VERB):
            match = pattern.match(after)
            if match:
                phrase = match.group("spk")
                if pattern is _POST_VERB_FIRST:
                    phrase = _CUT_SPEAKER.sub("", phrase.split(",")[0]).rstrip(". ")
                    named = _NAMED_AFTER.match(after, match.end())
                    if named and phrase.startswith(("the ", "a ", "an ")):
                        phrase = named.group(1)  # "said the chapel officers, Mike Roddy and Helen Long."
                    titled = _LONG_TITLE_NAME.match(after, match.start("spk"))
                    if titled:  # "said federal Families, Children and Social Development Minister Jean-Yves Duclos."
                        phrase = titled.group("name")
                found = self.resolver.resolve(phrase, offset + match.start("spk"))
                if found:
                    return found
                if pattern is not _POST_ANY_VERB and is_name(phrase):
                    return BLOCKED  # '"...," Dattu said.' names someone this article cannot place: not the last speaker
        return None

    def _next_sentence_attribution(self, span: Span, n: int) -> str | None:
        """'"We will win." Smith said.': a bare attribution as the next sentence of the paragraph."""
        n_start, n_end = self.a.sentences[n]
        if not n_start < self.a.paragraphs[span.para][1]:
            return None
        match = POST_SPEAKER_FIRST.match(self.a.masked[n_start:n_end])
        if not match:
            return None
        tail = WORD.findall(match.group("tail").lower())
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
            issued = [v for v in [*verbs, *ISSUE_VERB.finditer(masked, local_start, at)] if v.end() <= at]
            owner = self._subject_of(sorted(issued, key=lambda v: v.start()), local_start) if issued else None
            return owner or self.resolver.document_owner(pre[: read.start()], at)
        if not verbs and pre.rstrip().endswith(":"):
            # "Bobbi Sternheim remained defiant:": the person the lead-in is about
            head = sentence_subject(masked, local_start, self.a.names.person_mentions(local_start, span.open))
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
            with_person = WITH_SUBJECT.search(masked, lo, verb.start()) if verb.group().endswith("ing") else None
            if with_person and not masked[lo : verb.start()].rstrip().endswith(","):
                speaker = self.resolver.resolve(with_person.group("spk"), with_person.start("spk"))
                if is_name(speaker):
                    return speaker  # "..., with Alex Markham, chief executive of Cancer Research UK saying:"
            if verb.group().endswith("ing") and masked[lo : verb.start()].rstrip().endswith(","):
                if with_person:
                    # "..., with professor Alex Markham, chief executive of Cancer Research UK, saying:"
                    speaker = self.resolver.resolve(with_person.group("spk"), with_person.start("spk"))
                    if is_name(speaker):
                        return speaker
                # "..., and Boris Johnson appeared to blame ..., describing": the clause's subject
                head = self._clause_head(lo, verb.start())
                if head:
                    return head
                pronoun = PRONOUN_HEAD.match(masked, lo, verb.start())
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
            following = WORD.match(masked, end + 1) if masked[end : end + 1] == " " else None
            verb = following.group() if following else ""
            if verb.islower() and verb not in _NOT_VERB and subject_head(before):
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
        if not is_name(speaker) or _two_people(speaker or ""):
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
        head = sentence_subject(self.a.masked, lo, self.a.names.person_mentions(lo, hi))
        return head[1] if head and head[1] in people and is_name(head[1]) else None

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
        following = WORD.match(masked, span.after + 1) if masked[span.after : span.after + 1] == " " else None
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
        according = _LEADING_ACCORDING.match(self.a.masked, start, end)
        if according:  # "According to Joshua Ansah the strike will happen if ..."
            found = self.resolver.resolve(according.group("spk"), according.start("spk"))
            if found and found != BLOCKED:
                return found
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
            attribution = POST_SPEAKER_FIRST.match(analysis.masked[span.after : limit])
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
            speaker = re.sub(r"^(?:[Tt]he\s+)?([A-Z][A-Z&]{1,7})$", lambda m: expand_acronym(m.group(1), text), span.speaker)
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
                and (
                    previous.para == span.para
                    or span.continues and previous.runs_on  # the same quote, past a caption line
                    or _continues_previous_paragraph(finder.a, previous, span)
                )
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
        POST_SPEAKER_FIRST.match(rest) or _POST_VERB_FIRST.match(rest) or _DOCUMENT_AFTER.match(rest)
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
    return len(pair) == 2 and all(is_name(part) for part in pair)


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
