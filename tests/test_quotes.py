"""Quote finding and speaker attribution on real-news-style paragraphs and on the seed page."""

from __future__ import annotations

import pytest

from briefer.ingest import read_inputs
from briefer.models import Article
from briefer.names import NameIndex, canonical_people, name_parts
from briefer.quotes import find_quotes
from briefer.verify import quote_in_text

from .conftest import SEED, SEED_DATE


def found(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in find_quotes(text)]


# (article text, the quotes a careful reader would list, in order)
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "ap-verb-first-with-appositive",
        'California Gov. Gavin Newsom vowed to sue the administration on Monday. "We are not going to back down '
        'from this fight," said Gov. Gavin Newsom, a Democrat, at a news conference in Sacramento.',
        [("Gavin Newsom", "We are not going to back down from this fight")],
    ),
    (
        "reuters-surname-and-split-quote",
        "Tesla Chief Executive Elon Musk told analysts on a call that the company would start production next year.\n"
        '"We have a clear path to profitability," Musk said. "But it will not be easy."',
        [("Elon Musk", "We have a clear path to profitability"), ("Elon Musk", "But it will not be easy.")],
    ),
    (
        "quote-split-around-she-said-comma",
        "Attorney General Letitia James welcomed the ruling on Friday.\n"
        '"The court has spoken," she said, "and we will respect its decision."',
        [("Letitia James", "The court has spoken"), ("Letitia James", "and we will respect its decision.")],
    ),
    (
        "colon-lead-in",
        "Speaking to reporters outside the courthouse, defense attorney Mark Geragos said: "
        '"My client is innocent, and we will prove it."',
        [("Mark Geragos", "My client is innocent, and we will prove it.")],
    ),
    (
        "verb-first-with-title",
        '"This is a historic day for our city," said Mayor Karen Bass.',
        [("Karen Bass", "This is a historic day for our city")],
    ),
    (
        "question-mark-asked",
        '"Why would anyone invest here now?" asked Maria Lopez, a shop owner in the district.',
        [("Maria Lopez", "Why would anyone invest here now?")],
    ),
    (
        "exclamation-and-title",
        'Golden State won 112-108. "We did it!" Coach Steve Kerr shouted as the buzzer sounded.',
        [("Steve Kerr", "We did it!")],
    ),
    (
        "multi-paragraph-quote-colon-first",
        "Prime Minister Keir Starmer said: \"We have inherited the worst economic circumstances since the Second "
        'World War.\n\n"That is why we must take tough decisions now, so that we can rebuild for the future."',
        [
            ("Keir Starmer", "We have inherited the worst economic circumstances since the Second World War."),
            ("Keir Starmer", "That is why we must take tough decisions now, so that we can rebuild for the future."),
        ],
    ),
    (
        "multi-paragraph-quote-attribution-last",
        '"The numbers tell a simple story. Inflation is coming down, and wages are rising.\n\n'
        '"But families still feel squeezed, and we hear them," Treasury Secretary Janet Yellen said.',
        [
            ("Janet Yellen", "The numbers tell a simple story. Inflation is coming down, and wages are rising."),
            ("Janet Yellen", "But families still feel squeezed, and we hear them"),
        ],
    ),
    (
        "single-quote-outlet-with-appositive-name",
        "Interest rates were held at 4.25%. The Bank of England governor, Andrew Bailey, said: "
        "'We are not out of the woods yet.'",
        [("Andrew Bailey", "We are not out of the woods yet.")],
    ),
    (
        "single-quotes-with-elision-and-apostrophes",
        "Chancellor Rachel Reeves set out her plans. 'We don't want the mistakes of the '90s repeated,' "
        "said Rachel Reeves. 'Britain's families can't afford it.'",
        [
            ("Rachel Reeves", "We don't want the mistakes of the '90s repeated"),
            ("Rachel Reeves", "Britain's families can't afford it."),
        ],
    ),
    (
        "nested-single-inside-double",
        "\"My father always told me, 'Never give up on your neighbours,' and I never have,\" said Councillor "
        "Aisha Khan.",
        [("Aisha Khan", "My father always told me, 'Never give up on your neighbours,' and I never have")],
    ),
    (
        "court-partial-quote-wrote",
        "U.S. District Judge Amy Berman Jackson wrote that the defendant had shown \"a callous disregard for the "
        'rule of law."',
        [("Amy Berman Jackson", "a callous disregard for the rule of law.")],
    ),
    (
        "guardian-curly-quotes-sports",
        "Mikel Arteta's side moved top of the table with a 2-1 win at Stamford Bridge.\n"
        "“It was a proper performance from the lads,” Arteta said. “We knew Chelsea would come at us, and we "
        "dealt with it.”",
        [
            ("Mikel Arteta", "It was a proper performance from the lads"),
            ("Mikel Arteta", "We knew Chelsea would come at us, and we dealt with it."),
        ],
    ),
    (
        "according-to-a-person-not-a-document",
        'Talks stalled in Brussels. "The deal is dead," according to one senior European diplomat. According to '
        'the lawsuit, "the company knowingly misled investors about the risks."',
        [("one senior European diplomat", "The deal is dead")],
    ),
    (
        "pronoun-is-the-subject-not-the-object",
        "Senator Elizabeth Warren questioned Federal Reserve Chair Jerome Powell on Tuesday. "
        '"Your policies are hurting working families," she said.',
        [("Elizabeth Warren", "Your policies are hurting working families")],
    ),
    (
        "interview-transcript",
        "Manchester City manager Pep Guardiola spoke to reporters on Friday.\n"
        "Q: What's next for the team?\n"
        "Guardiola: We need to recover quickly, because the schedule is brutal.\n"
        "Q: And the title race?\n"
        "Guardiola: It's not over. Nothing is decided in November.",
        [
            ("Pep Guardiola", "We need to recover quickly, because the schedule is brutal."),
            ("Pep Guardiola", "It's not over. Nothing is decided in November."),
        ],
    ),
    (
        "name-colon-quote",
        "Ukrainian President Volodymyr Zelensky met European leaders in Kyiv.\n"
        'Zelensky: "We will not trade our territory for promises."',
        [("Volodymyr Zelensky", "We will not trade our territory for promises.")],
    ),
    (
        "em-dash-interruption-inside-quote",
        '"We are prepared — if necessary — to act forcefully," European Central Bank President Christine Lagarde '
        "said.",
        [("Christine Lagarde", "We are prepared — if necessary — to act forcefully")],
    ),
    (
        "em-dash-after-attribution-and-role-noun",
        'Mayor Karen Bass toured the burned neighborhoods. "We will rebuild," the mayor said — "every home, every '
        'school, every road."',
        [("Karen Bass", "We will rebuild"), ("Karen Bass", "every home, every school, every road.")],
    ),
    (
        "said-after-multi-sentence-quote",
        '"We knew the risks. We took them anyway. And we would do it again," said Captain Sarah Hughes, who led '
        "the rescue.",
        [("Sarah Hughes", "We knew the risks. We took them anyway. And we would do it again")],
    ),
    (
        "institution-partial-quote-and-plural-possessive",
        "The players' union said the proposal was \"completely unacceptable to our members.\"",
        [("the players' union", "completely unacceptable to our members.")],
    ),
    (
        "told-the-associated-press",
        '"I have never seen anything like it," firefighter Tom Reyes told The Associated Press.',
        [("Tom Reyes", "I have never seen anything like it")],
    ),
    (
        "mr-surname-to-full-name",
        'Indian Prime Minister Narendra Modi arrived in Washington on Wednesday. "We cannot fail," Mr. Modi said.',
        [("Narendra Modi", "We cannot fail")],
    ),
    (
        "present-tense-says-feature",
        '"Nobody expected us to survive the first winter," says Ingrid Olsen, who founded the bakery in 2019.',
        [("Ingrid Olsen", "Nobody expected us to survive the first winter")],
    ),
    (
        "single-quote-closing-inside-double",
        "\"He told me 'we're finished,'\" said Tom Brady.",
        [("Tom Brady", "He told me 'we're finished,'")],
    ),
    (
        "partial-after-appositive-who-clause-then-he-added",
        "Liverpool's Mohamed Salah, who scored twice, said the team's spirit was \"something I've never "
        'experienced before." He added: "We\'ll keep fighting until the last game."',
        [
            ("Mohamed Salah", "something I've never experienced before."),
            ("Mohamed Salah", "We'll keep fighting until the last game."),
        ],
    ),
    (
        "business-partial-with-title",
        "Shares of Nvidia fell 3% after Chief Financial Officer Colette Kress said demand would remain "
        '"extremely strong through the rest of the year."',
        [("Colette Kress", "extremely strong through the rest of the year.")],
    ),
    (
        "group-speaker-partial",
        'Police said the suspect was "armed and dangerous" and urged residents to stay indoors.',
        [("police", "armed and dangerous")],
    ),
    (
        "wrote-on-social-media",
        "Tesla chief Elon Musk posted a picture of the rocket. In a post on X, Musk wrote: "
        '"The future is going to be wild."',
        [("Elon Musk", "The future is going to be wild.")],
    ),
    (
        "institution-said-in-a-statement",
        "The Vietnamese trade ministry published the figures on Friday. \"Exports rose strongly in every sector "
        'we track," the ministry said in a statement.',
        [("the Vietnamese trade ministry", "Exports rose strongly in every sector we track")],
    ),
    (
        "reported-speech-then-bare-quote",
        "Finance Minister Christian Lindner said the budget was balanced. \"We have done the hard work.\"",
        [("Christian Lindner", "We have done the hard work.")],
    ),
    (
        "curly-single-quotes",
        "Health Secretary Wes Streeting visited the hospital. ‘The NHS is broken but not beaten,’ he told staff.",
        [("Wes Streeting", "The NHS is broken but not beaten")],
    ),
    (
        "short-full-quote-with-attribution",
        'Asked whether he would resign, Senator Bob Menendez paused. "No," he said.',
        [("Bob Menendez", "No")],
    ),
    (
        "short-full-quote-continuing-the-speaker",
        'Hale, 45, was sentenced to 10 years. "You showed no remorse," Judge Helen Carter told him. "None at all."',
        [("Helen Carter", "You showed no remorse"), ("Helen Carter", "None at all.")],
    ),
    (
        "ap-double-apostrophe-closing-mark",
        "Dana Ruiz, a lawyer for the family, said Monday they would attend the hearing.\n\n"
        '"We expect the court to hear every one of them,\'\' Ruiz said in an email.',
        [("Dana Ruiz", "We expect the court to hear every one of them")],
    ),
    (
        "british-two-paragraph-quote-without-reopening-mark",
        "Professor Helen Stokes-Lampard, the college's chairwoman, said: ‘General practice is under enormous "
        "strain this winter.\n\nWe need more doctors, and we need them now.’",
        [
            ("Helen Stokes-Lampard", "General practice is under enormous strain this winter."),
            ("Helen Stokes-Lampard", "We need more doctors, and we need them now."),
        ],
    ),
    (
        "person-from-an-organisation",
        '"We are confident the regulator will approve it soon," head of investor relations Anna Berg from '
        "Volvo Cars said.",
        [("Anna Berg", "We are confident the regulator will approve it soon")],
    ),
    (
        "unnamed-official-with-a-long-affiliation",
        "Meanwhile, an official from the ministry of prime minister Sheikh Hasina said the vote would "
        '"go ahead as planned next month."',
        [("an official from the ministry of prime minister Sheikh Hasina", "go ahead as planned next month.")],
    ),
    (
        "organisation-and-what-it-called",
        "The Unite union announced the walkout on Tuesday in response to what it called \"a pay offer that "
        'insults every worker\".',
        [("the Unite union", "a pay offer that insults every worker")],
    ),
    (
        "role-named-before-the-person",
        "Vietnam's trade minister has met executives from Nike and Walmart. Nguyen Hong Dien called on the "
        'companies to speak up. "We count on your support in Washington," the minister said.',
        [("Nguyen Hong Dien", "We count on your support in Washington")],
    ),
    (
        "anonymous-source",
        'Negotiators met late into the night. "The deal is off," a source familiar with the talks said.',
        [("a source familiar with the talks", "The deal is off")],
    ),
    (
        "names-that-are-also-months",
        'Prime Minister Theresa May met June Sarpong on Friday. "Brexit means Brexit," said May.',
        [("Theresa May", "Brexit means Brexit")],
    ),
    (
        "he-is-the-unnamed-subject-before",
        'A judge announced Monday that he would hear the case himself. "This court will not be rushed," he said.',
        [("a judge", "This court will not be rushed")],
    ),
]

#: explicit attributions to someone the rules cannot name: left out, never guessed
UNNAMED: list[tuple[str, str]] = [
    ("they-said", 'The family of the victim gathered outside court. "We just want answers," they said.'),
]

NOT_QUOTES: list[tuple[str, str]] = [
    ("scare-quote", 'Bessent said the pause on "reciprocal" tariffs could be extended.'),
    ("product-name", 'Samsung unveiled its "Galaxy S25 Ultra" lineup, which the company says has "agentic" features.'),
    ("title-in-quotes", '"The Godfather" remains the greatest film ever made, according to a new poll.'),
    ("so-called-term", 'The so-called "peace through strength" doctrine was discussed, officials said.'),
    ("headline-single-quotes", "Japan hopes for 'win-win' in next trade talks with US"),
    ("apostrophes-only", "Neighbors gathered outside the Smiths' house, where rock 'n' roll from the '80s blared."),
    ("unattributed-slogan", '"Make it make sense." The phrase has become a rallying cry online.'),
    ("document-not-a-speaker", 'According to the lawsuit, "the company knowingly misled investors about the risks."'),
    ("two-word-partial", 'The minister said talks were in a "good place" and would continue.'),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_quotes_and_speakers(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("name", "text"), NOT_QUOTES, ids=[c[0] for c in NOT_QUOTES])
def test_scare_quotes_names_and_apostrophes_are_not_quotes(name: str, text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("name", "text"), UNNAMED, ids=[c[0] for c in UNNAMED])
def test_speakers_the_article_does_not_name_are_not_guessed(name: str, text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_every_quote_is_verbatim_and_its_offsets_point_at_it(name: str, text: str, expected: object) -> None:
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.text
        assert quote_in_text(quote.text, text)


def test_partial_quotes_are_flagged() -> None:
    quotes = find_quotes('Police said the suspect was "armed and dangerous." "Stay indoors," said Chief Ray Kelly.')
    assert [(q.speaker, q.text, q.partial) for q in quotes] == [
        ("police", "armed and dangerous.", True),
        ("Ray Kelly", "Stay indoors", False),
    ]


# Failure classes found on real news (the docstrings of quotes.py, speakers.py and quote_marks.py state each rule). Every class has
# paragraphs where the rule must attribute, and traps where it must drop rather than guess.
HARD_CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # 1. "he"/"she" is the latest subject who can be meant, never someone of the other sex
    (
        "pronoun-skips-the-man-led-away",
        "Defence lawyer Donna Rotunno said the verdict was disappointing.\n\n"
        "Harvey Weinstein was led away in handcuffs.\n\n"
        '"We will appeal," she said.',
        [("Donna Rotunno", "We will appeal")],
    ),
    (
        "pronoun-skips-a-mr",
        "Chancellor Rachel Reeves met Bank of England governor Andrew Bailey on Tuesday. Mr Bailey warned that "
        'inflation remained sticky.\n\n"We will not be complacent about prices," she said.',
        [("Rachel Reeves", "We will not be complacent about prices")],
    ),
    (
        "pronoun-she-is-not-the-one-he-stood-for",
        'Tendai Moyo opened the summit on Monday. "We are ready to sign," he said.\n\n'
        'Farai Dube, who chairs the committee, spoke next. "The work starts now," she said.',
        [("Tendai Moyo", "We are ready to sign"), ("Farai Dube", "The work starts now")],
    ),
    (
        "pronoun-agent-of-a-passive",
        "Manafort, 69, was sentenced by Judge Amy Berman Jackson on Wednesday.\n\n"
        '"It is hard to overstate the number of lies," she said.',
        [("Amy Berman Jackson", "It is hard to overstate the number of lies")],
    ),
    (
        "pronoun-subject-who-reacted-is-about-to-speak",
        'Erling Haaland scored twice. Pep Guardiola was delighted. "He was incredible tonight," he said.',
        [("Pep Guardiola", "He was incredible tonight")],
    ),
    (
        "trap-pronoun-between-two-of-unknown-sex",
        "Tendai Moyo said the talks had stalled. Farai Dube will travel to Harare on Friday.\n\n"
        '"We are not there yet," he said.',
        [],
    ),
    (
        "trap-pronoun-with-no-one-of-that-sex",
        'Bank of England governor Andrew Bailey said inflation was sticky. "We will act if we must," she said.',
        [],
    ),
    (
        "trap-pronoun-not-someone-named-in-reported-speech",
        "British Prime Minister Boris Johnson said on Friday he would not disclose his talks with Prince Charles.\n\n"
        "Newspapers have reported that Charles had privately criticised the government's plan.\n\n"
        '"Prime ministers never talk about that," he told reporters.',
        [("Boris Johnson", "Prime ministers never talk about that")],
    ),
    (
        "trap-pronoun-not-past-an-unnamed-subject",
        "Defence barrister Gavan Duffy said the evidence was thin.\n\nA second detective told the court the "
        'interview had lasted 30 minutes. "We asked her to be more thorough," he said.',
        [("a second detective", "We asked her to be more thorough")],
    ),
    (
        "trap-pronoun-unnamed-subject-or-the-woman-before",
        'Detective Jane Roe led the raid. The officer arrested John Smith at his home. "He resisted arrest," she said.',
        [],
    ),
    # 2. a long or compound title before the name is not part of it
    (
        "compound-title-after-the-quote",
        '"We are confident in the film," Chairman and CEO Michael Lynton said.',
        [("Michael Lynton", "We are confident in the film")],
    ),
    (
        "title-with-of-for-and",
        '"We need more nurses on every ward," Secretary of State for Health and Social Care Wes Streeting said.',
        [("Wes Streeting", "We need more nurses on every ward")],
    ),
    (
        "verb-first-compound-title",
        '"The results speak for themselves," said Deputy Chief Executive and Finance Director Jane Smith.',
        [("Jane Smith", "The results speak for themselves")],
    ),
    (
        "organisation-name-starting-with-a-common-word",
        'Police Scotland said in a statement: "Officers were called at around 10pm."',
        [("Police Scotland", "Officers were called at around 10pm.")],
    ),
    (
        "trap-the-prime-minister-is-not-the-last-minister",
        "Prime Minister Anthony Albanese visited Uluru with Indigenous Australians Minister Linda Burney. "
        '"This is a moment for the whole nation," the prime minister said.',
        [("Anthony Albanese", "This is a moment for the whole nation")],
    ),
    # 3. two people as one speaker
    (
        "two-lawyers-with-an-appositive",
        "Donna Rotunno and Damon Cheronis, Weinstein's lawyers, said in a statement: "
        '"We are disappointed by the verdict and will appeal."',
        [("Donna Rotunno and Damon Cheronis", "We are disappointed by the verdict and will appeal.")],
    ),
    (
        "two-surnames-to-full-names",
        'Weinstein is represented by Donna Rotunno and Damon Cheronis.\n\n"The jury got it wrong," Rotunno and '
        "Cheronis said.",
        [("Donna Rotunno and Damon Cheronis", "The jury got it wrong")],
    ),
    (
        "trap-two-countries-not-one",
        'Britain and France said in a joint statement: "We stand together with Ukraine."',
        [],
    ),
    ("trap-a-man-and-his-wife", '"We are heartbroken by the news," Smith and his wife said.', []),
    (
        "trap-an-object-and-the-next-subject",
        "Prime Minister Shigeru Ishiba met Donald Trump and negotiator Ryosei Akazawa told reporters: "
        '"The talks were constructive."',
        [("Ryosei Akazawa", "The talks were constructive.")],
    ),
    # 4. a long appositive between the name and the verb
    (
        "appositive-before-a-partial",
        "DJ Koh, the president of Samsung's mobile business, which makes the Galaxy range, said the early response "
        'had been "very encouraging, even beyond our own expectations".',
        [("DJ Koh", "very encouraging, even beyond our own expectations")],
    ),
    (
        "two-appositives-after-the-quote",
        '"We sold a million phones in the first week," DJ Koh, president of Samsung\'s mobile business, which '
        "makes the Galaxy phones, told reporters.",
        [("DJ Koh", "We sold a million phones in the first week")],
    ),
    (
        "relative-clause-and-a-long-lead-in",
        "Maria Lopez, who has run the bakery on Main Street for 20 years and employs 12 people, said on Tuesday at "
        'a meeting of the town council: "We cannot survive another rent rise."',
        [("Maria Lopez", "We cannot survive another rent rise.")],
    ),
    (
        "trap-appositive-naming-someone-else",
        'Tom Reyes, a colleague of Maria Lopez, said: "She never gave up on anyone."',
        [("Tom Reyes", "She never gave up on anyone.")],
    ),
    (
        "name-as-appositive-of-the-subject-then-she",
        '"They are completely misleading," said Senate committee chairman Rick Scott.\n\nThe senator who made '
        "the amendment, Sen. Maggie Hassan, D-N.H., pushed back against the comments.\n\n"
        '"I will just note the inaccuracy of what was said," she said.',
        [
            ("Rick Scott", "They are completely misleading"),
            ("Maggie Hassan", "I will just note the inaccuracy of what was said"),
        ],
    ),
    (
        "party-and-state-then-he",
        '"The IRA does this without raising taxes," Sen. Joe Manchin said.\n\nSen. Josh Hawley, R-Mo., meanwhile, '
        'said he admired the decision.\n\n"It was a smart move on their part," he said.',
        [
            ("Joe Manchin", "The IRA does this without raising taxes"),
            ("Josh Hawley", "It was a smart move on their part"),
        ],
    ),
    # 5. names in a leading phrase ("Speaking alongside X,") are not the speaker
    (
        "speaking-alongside",
        "Prime Minister Anthony Albanese visited Uluru on Sunday.\n\nSpeaking alongside Indigenous Australians "
        'Minister Linda Burney and campaigner Pat Farmer, Mr Albanese said: "This is a moment for the whole nation."',
        [("Anthony Albanese", "This is a moment for the whole nation.")],
    ),
    (
        "leading-phrase-then-a-pronoun",
        "Prime Minister Anthony Albanese visited Uluru on Sunday.\n\nSpeaking alongside campaigner Pat Farmer, "
        'Mr Albanese said the vote was a chance to unite.\n\n"This is a moment for the whole nation," he said.',
        [("Anthony Albanese", "This is a moment for the whole nation")],
    ),
    (
        "trap-after-meeting-someone",
        "Australian Prime Minister Anthony Albanese flew to Beijing on Monday. After meeting Chinese Premier Li "
        'Qiang, he said: "The relationship is back on track."',
        [("Anthony Albanese", "The relationship is back on track.")],
    ),
    # 6. "said of/about X": X is what was talked about
    (
        "said-of-a-body",
        'Prime Minister Anthony Albanese visited Uluru.\n\n"Recognising First Nations people is about the future," '
        "Mr Albanese said of the Indigenous Voice.",
        [("Anthony Albanese", "Recognising First Nations people is about the future")],
    ),
    (
        "said-about-a-company",
        'Union leader Sharon Graham visited the depot. "They have treated workers with contempt," she said about '
        "Metro Trams.",
        [("Sharon Graham", "They have treated workers with contempt")],
    ),
    (
        "trap-verb-then-of",
        '"It is about recognition and about listening," said of the Indigenous Voice to Parliament the Prime '
        "Minister.",
        [],
    ),
    # 7. lead-ins ending in a colon, and documents that "read"
    (
        "lead-in-ends-the-paragraph",
        'Health Minister Jane Doe visited the ward on Monday. She added:\n\n"We are not going anywhere."',
        [("Jane Doe", "We are not going anywhere.")],
    ),
    (
        "which-read",
        "Twitter posted a statement on its website on Tuesday evening which read, \"We remain committed to closing "
        'the deal at the agreed price."',
        [("Twitter", "We remain committed to closing the deal at the agreed price.")],
    ),
    (
        "statement-that-read",
        'The family of Sarah Everard said in a statement that read: "Sarah was the brightest light in our lives."',
        [("the family of Sarah Everard", "Sarah was the brightest light in our lives.")],
    ),
    (
        "the-filing-read",
        "In a motion filed on Wednesday, District Attorney Fani Willis sought a March trial date.\n\n"
        '"The state proposes deadlines that do not conflict with other courts," the filing read.',
        [("Fani Willis", "The state proposes deadlines that do not conflict with other courts")],
    ),
    (
        "owner-issued-a-statement-which-read",
        'The Everard family released a statement, which read: "Sarah was the brightest light."',
        [("the Everard family", "Sarah was the brightest light.")],
    ),
    (
        "possessive-statement-read",
        'Twitter\'s statement read: "We remain committed to closing the deal."',
        [("Twitter", "We remain committed to closing the deal.")],
    ),
    (
        "trap-a-statement-with-no-owner",
        'The statement read: "All flights from the airport are cancelled until further notice."',
        [],
    ),
    ("trap-a-list-after-a-colon", 'The new rules include:\n\n"No more than six people may meet indoors."', []),
    # 8. a quote paragraph with no attribution continues the quote before it
    (
        "continues-after-said-name",
        '"To me it\'s an essential thing to do," said councillor Chris Wilkins.\n\n'
        '"We haven\'t got a hope of dealing with this the way we do it at the moment."',
        [
            ("Chris Wilkins", "To me it's an essential thing to do"),
            ("Chris Wilkins", "We haven't got a hope of dealing with this the way we do it at the moment."),
        ],
    ),
    (
        "continues-after-name-said",
        'Defence lawyer Donna Rotunno spoke outside court.\n\n"We are devastated," Rotunno said.\n\n'
        '"We will appeal this verdict immediately."',
        [("Donna Rotunno", "We are devastated"), ("Donna Rotunno", "We will appeal this verdict immediately.")],
    ),
    (
        "trap-someone-else-named-after-the-quote",
        '"We are devastated," defence lawyer Donna Rotunno said after Judge James Burke read the verdict.\n\n'
        '"This is not over."',
        [("Donna Rotunno", "We are devastated")],
    ),
    (
        "trap-someone-else-named-before-the-quote",
        '"We are devastated," defence lawyer Donna Rotunno said.\n\nProsecutor Joan Illuzzi disagreed. '
        '"Justice was done today."',
        [("Donna Rotunno", "We are devastated"), ("Joan Illuzzi", "Justice was done today.")],  # never Rotunno
    ),
    (
        "split-quote-keeps-its-speaker-past-a-named-listener",
        'President Donald Trump spoke on Monday. "We are going to win," Trump told Fox News host Sean Hannity, '
        '"and we are going to win big."',
        [("Donald Trump", "We are going to win"), ("Donald Trump", "and we are going to win big.")],
    ),
    (
        "trap-after-two-speakers",
        '"The jury got it wrong," Donna Rotunno and Damon Cheronis said.\n\n"We will appeal this verdict immediately."',
        [("Donna Rotunno and Damon Cheronis", "The jury got it wrong")],
    ),
]

#: one- and two-word partial quotes: kept when a named subject frames them, else scare quotes
SHORT_PARTIALS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "called-it-a",
        'Prime Minister Boris Johnson called the result a "victory" for common sense.',
        [("Boris Johnson", "victory")],
    ),
    (
        "described-as",
        'Home Secretary Yvette Cooper described the attack as "disgraceful".',
        [("Yvette Cooper", "disgraceful")],
    ),
    (
        "branded-by-a-body",
        'The union branded the pay offer "insulting" and called a strike.',
        [("the union", "insulting")],
    ),
    ("dubbed-by-critics", 'Critics dubbed the plan "unworkable" within hours.', [("critics", "unworkable")]),
    ("trap-passive-framing", 'The sentence was described as "harsh" by her family.', []),
    ("trap-called-for", 'Mayor Karen Bass called for "calm" across the city.', []),
    ("trap-dubbed-with-no-speaker", 'A new policy dubbed "levelling up" was launched on Monday.', []),
    ("trap-said-is-no-framing", 'The minister said talks were in a "good place" and would continue.', []),
]


#: a second round of failure classes seen on real news (the docstrings of quotes.py, speakers.py and quote_marks.py state each rule)
ROUND_TWO: list[tuple[str, str, list[tuple[str, str]]]] = [
    # class 1: continuation after reported speech
    ("reported-speech-then-quote-paragraph",
        "Education Secretary Gavin Williamson spoke to MPs on Tuesday.\n\nHe also said the plans would be published soon.\n\n"
        '"Exam year groups will get extra support," he told the Commons.',
        [("Gavin Williamson", "Exam year groups will get extra support")]),
    ("reported-speech-then-bare-quote-paragraph",
        "Health Secretary Matt Hancock visited a hospital in Leeds on Monday.\n\nHe also warned that the winter would be hard for staff.\n\n"
        '"We will get through this together and we will not let the NHS be overwhelmed."',
        [("Matt Hancock", "We will get through this together and we will not let the NHS be overwhelmed.")]),
    ("reported-speech-told-then-bare-quote",
        "Mayor Andy Burnham told reporters the city needed more money to cope.\n\n"
        '"Nobody in Manchester should have to choose between heating and eating."',
        [("Andy Burnham", "Nobody in Manchester should have to choose between heating and eating.")]),
    ("trap-reported-speech-naming-someone-else",
        "Health Secretary Matt Hancock said Labour leader Keir Starmer had been wrong about the winter.\n\n"
        '"This is a government that has lost control."',
        []),
    ("trap-reported-speech-then-a-passive",
        "Health Secretary Matt Hancock said the winter would be hard.\n\nThe plan was criticised by Labour leader Keir "
        'Starmer.\n\n"This is a government that has lost control."',
        []),
    ("trap-reported-speech-by-two-people",
        "Rishi Sunak and Keir Starmer both said the vote would be close.\n\n"
        '"It will go down to the wire."',
        []),
    # class 2: multi-paragraph quote attributed in a later paragraph
    ("multi-paragraph-attribution-at-the-end",
        "Education Secretary Gavin Williamson set out the timetable on Thursday.\n\n"
        '"The following week we will publish the guidance for schools and colleges.\n\n'
        '"We want to give every student the fairest possible chance," the minister said.',
        [("Gavin Williamson", "The following week we will publish the guidance for schools and colleges."),
         ("Gavin Williamson", "We want to give every student the fairest possible chance")]),
    ("multi-paragraph-three-pieces-named-last",
        'Unions reacted angrily to the announcement.\n\n"Teachers have been let down again.\n\n'
        '"They were promised clarity and they got none.\n\n"We will ballot our members," said Mary Bousted, joint '
        "general secretary of the National Education Union.",
        [("Mary Bousted", "Teachers have been let down again."),
         ("Mary Bousted", "They were promised clarity and they got none."),
         ("Mary Bousted", "We will ballot our members")]),
    ("trap-two-quotes-closed-separately",
        'Unions reacted angrily to the announcement.\n\n"Teachers have been let down again."\n\n'
        '"We will ballot our members," said Mary Bousted.',
        [("Mary Bousted", "We will ballot our members")]),
    # class 3: he went on / she continued / he added + single quotes
    ("went-on-single-quote-same-paragraph",
        "Education Secretary Gavin Williamson said exams would go ahead. He went on: 'We know that exams are the "
        "fairest way of assessing students.'",
        [("Gavin Williamson", "We know that exams are the fairest way of assessing students.")]),
    ("continued-single-quote-next-paragraph",
        "Chancellor Rachel Reeves defended the budget on Sunday. She continued:\n\n"
        "'There will be no return to austerity under this government.'",
        [("Rachel Reeves", "There will be no return to austerity under this government.")]),
    ("added-single-quote",
        "Prime Minister Boris Johnson visited a school in Kent. He added: 'Children must be back in the classroom.'",
        [("Boris Johnson", "Children must be back in the classroom.")]),
    ("trap-went-on-to-visit",
        "Prime Minister Boris Johnson went on to visit the 'Nightingale' hospital in London.",
        []),
    ("trap-went-on-after-someone-else",
        "Prime Minister Boris Johnson spoke first. Labour leader Keir Starmer went on: 'The country deserves better "
        "than this.'",
        [("Keir Starmer", "The country deserves better than this.")]),
    # class 4: person with appositive organisation, "saying:"
    ("with-person-of-org-saying",
        "The charity welcomed the move, with professor Alex Markham, chief executive of Cancer Research UK, saying: "
        '"This is a huge step forward for patients."',
        [("Alex Markham", "This is a huge step forward for patients.")]),
    ("person-head-of-org-said",
        'Sarah Jones, head of the Royal College of Nursing, said: "Nurses are exhausted and need support now."',
        [("Sarah Jones", "Nurses are exhausted and need support now.")]),
    ("person-director-of-org-saying-single",
        "Campaigners were unimpressed, with Tom Black, director of Child Poverty Action Group, saying: 'Families cannot "
        "wait another year.'",
        [("Tom Black", "Families cannot wait another year.")]),
    ("trap-org-saying-no-person",
        'The report was published on Monday, saying: "Emissions rose by four per cent last year."',
        []),
    # class 5: title used as speaker, holder named elsewhere
    ("title-resolves-to-named-holder",
        "Education Secretary Gavin Williamson will make a statement on Monday.\n\n"
        '"Students deserve certainty," the Education Secretary said.',
        [("Gavin Williamson", "Students deserve certainty")]),
    ("caption-title-colon-single",
        "The Education Secretary: 'give students more time to prepare'\n\n"
        "Education Secretary Gavin Williamson announced the change on Tuesday.",
        [("Gavin Williamson", "give students more time to prepare")]),
    ("trap-title-holder-never-named",
        '"Students deserve certainty," the Education Secretary said.',
        [("the Education Secretary", "Students deserve certainty")]),
    ("trap-other-secretary-named",
        "Health Secretary Matt Hancock will make a statement on Monday.\n\n"
        '"Students deserve certainty," the Education Secretary said.',
        [("the Education Secretary", "Students deserve certainty")]),
    # class 6: it = the organisation
    ("it-added-that-partial",
        'The Department for Education said it was planning for all eventualities. It added that it was preparing '
        'for a "range of scenarios including further disruption".',
        [("the Department for Education", "range of scenarios including further disruption")]),
    ("it-said-whole",
        'Ofqual said on Friday that grades would be published in August. It said: "Students will get the grades they deserve."',
        [("Ofqual", "Students will get the grades they deserve.")]),
    ("trap-it-with-no-organisation-speaking",
        'The weather was poor all week. It added to "the misery of thousands of commuters" on Friday.',
        []),
    # class 7: short partials inside an attributed clause
    ("quoted-adverb-in-persons-clause",
        'Education Secretary Gavin Williamson said students will "absolutely" sit the exams next summer.',
        [("Gavin Williamson", "absolutely")]),
    ("quoted-word-in-persons-clause-told",
        "Chancellor Rachel Reeves told MPs the market was acting on \"emotions\" rather than facts.",
        [("Rachel Reeves", "emotions")]),
    ("trap-scare-quote-no-attribution",
        'The so-called experts were acting on "emotions" rather than facts.',
        []),
    ("trap-scare-quote-organisation-subject",
        'The ministry said the "levelling up" fund would grow.',
        []),
    ("trap-multi-paragraph-attributed-to-they",
        'Unions reacted angrily.\n\n"Teachers have been let down again.\n\n"We will ballot our members," they said.',
        []),
    ("person-of-a-university-not-the-university",
        'Professor Chris Whitty of the University of Oxford said: "We are not out of the woods yet."',
        [("Chris Whitty", "We are not out of the woods yet.")]),
    ("trap-a-body-named-with-of-speaks-as-itself",
        '"Nurses are exhausted," the Royal College of Nursing said.',
        [("the Royal College of Nursing", "Nurses are exhausted")]),
    ("trap-with-an-organisation-saying",
        'Shares fell sharply, with the Bank of England saying: "Inflation will stay high for some time."',
        [("the Bank of England", "Inflation will stay high for some time.")]),
    ("trap-two-holders-named-later",
        "The Education Secretary: 'give students more time to prepare'\n\n"
        "Education Secretary Gavin Williamson met former Education Secretary Damian Hinds on Tuesday.",
        [("the Education Secretary", "give students more time to prepare")]),
    ("trap-it-after-a-person",
        'Education Secretary Gavin Williamson said exams would go ahead. It added that it was a "range of '
        'scenarios for the summer".',
        []),
    ("trap-term-before-its-noun",
        'Chancellor Rachel Reeves said the "fiscal rules" would not change.',
        []),
    ("pointed-out-as-a-speech-verb",
        'Maria Zakharova spoke to Sputnik radio.\n\n"We believe that the meeting will indeed take place," she pointed out.',
        [("Maria Zakharova", "We believe that the meeting will indeed take place")]),
    ("inverted-present-verb-and-its-continuation",
        '"Stockholders expressed confidence in the deal," explains John Thain, chairman and CEO of Merrill Lynch. '
        '"This combination will create great value for our clients."',
        [("John Thain", "Stockholders expressed confidence in the deal"),
         ("John Thain", "This combination will create great value for our clients.")]),
    ("continuation-after-a-title-naming-a-place",
        '"We\'re about to start our journey to Jupiter," said Scott Bolton, the principal investigator from the '
        'Southwest Research Institute in San Antonio. "After eight years, the spacecraft is ready." (PNA/Xinhua)',
        [("Scott Bolton", "We're about to start our journey to Jupiter"),
         ("Scott Bolton", "After eight years, the spacecraft is ready.")]),
    ("name-in-apposition-after-a-description",
        "\u201c(I\u2019m) filling up my bathtub with some water,\u201d a shopper on the Big Island, Shana Bartolome, "
        "told CNN affiliate KHON on Tuesday.",
        [("Shana Bartolome", "(I\u2019m) filling up my bathtub with some water")]),
    ("with-a-titled-person-saying-and-his-next-quote",
        "Health campaigners welcomed the ban, with professor Alex Markham, chief executive of Cancer Research UK "
        "saying: \u201cToday\u2019s announcement kicks off the final countdown.\u201d\n\n"
        "He added: \u201cAll employees deserve the right to work in a safe environment.\u201d",
        [("Alex Markham", "Today\u2019s announcement kicks off the final countdown."),
         ("Alex Markham", "All employees deserve the right to work in a safe environment.")]),
    ("went-on-before-a-british-single-quote",
        "Gavin Williamson said the delays would help students.\n\n"
        "He went on: \u2018We know that exams are the fairest way of measuring a student\u2019s abilities.\u2019",
        [("Gavin Williamson", "We know that exams are the fairest way of measuring a student\u2019s abilities.")]),
    ("stating-comma-lead-in",
        "Mr. Sunak expressed his commitment to the nation, stating, \u201cI stood by the country when its future "
        "was uncertain.\u201d",
        [("Sunak", "I stood by the country when its future was uncertain.")]),
    ("pronoun-subject-then-saying-colon",
        "Rishi Sunak spoke outside Downing Street.\n\nHe instead doubled down on his previous stance, saying: "
        "\u201cThere\u2019s going to be a general election in the second half of this year.\u201d",
        [("Rishi Sunak", "There\u2019s going to be a general election in the second half of this year.")]),
    ("took-to-twitter-is-speaking-over-an-earlier-speaker",
        '"It\'s going to cause major destruction in the Carolinas," Kines said.\n\n'
        "President Donald J. Trump took to Twitter Monday afternoon to urge people to prepare for the storm.\n\n"
        '"To the incredible citizens of North Carolina - the storm looks very bad!" he wrote.',
        [("Kines", "It's going to cause major destruction in the Carolinas"),
         ("Donald J. Trump", "To the incredible citizens of North Carolina - the storm looks very bad!")]),
    ("city-and-state-are-no-appositive-name",
        "Dan Osborn, president of the union\u2019s local chapter in Omaha, Nebraska, said the union is ready.\n\n"
        '"I\u2019m hoping we can get back to the table and get a contract," Osborn said.',
        [("Dan Osborn", "I\u2019m hoping we can get back to the table and get a contract")]),
    ("parenthesis-inside-a-trailing-attribution",
        '"We are ready for the commissioning," Captain Birendra Singh Bains, the commanding officer (designate) of '
        "INS Visakhapatnam, told news agency ANI.",
        [("Birendra Singh Bains", "We are ready for the commissioning")]),
    ("day-and-time-after-an-inverted-attribution",
        '"You remind us that the American farmer is the backbone of our country," said President Trump Tuesday '
        "morning at the White House.",
        [("Trump", "You remind us that the American farmer is the backbone of our country")]),
    ("a-surname-misspelt-by-one-letter",
        "Breeze was founded by David Neeleman, who also started JetBlue.\n\n"
        "\u201cBreeze makes it easy to buy and easy to fly,\u201d said Neelman in a news release.",
        [("David Neeleman", "Breeze makes it easy to buy and easy to fly")]),
    ("the-company-is-the-company-named-with-its-legal-form",
        "The Kellogg Co. and 1,400 striking workers will return to the table.\n\n"
        "On Monday, the Michigan-based company sent a message to the union.\n\n"
        '"We have a responsibility to these employees," the company said in a statement Monday.',
        [("Kellogg Co.", "We have a responsibility to these employees")]),
    ("hedged-verb-between-speaker-and-lead-in",
        "The Leader of the House Andrea Leadsom is understood to have told the meeting: \u201cThis used to be the "
        "Cabinet that would deliver Brexit.\u201d",
        [("Andrea Leadsom", "This used to be the Cabinet that would deliver Brexit.")]),
    ("party-and-state-then-a-pronoun",
        "Senate Majority Whip John Cornyn, R-Texas, a member of the Judiciary Committee, said the hearings will "
        "set up a vote.\n\n\u201cI look forward to a thorough vetting process,\u201d he said in a statement.",
        [("John Cornyn", "I look forward to a thorough vetting process")]),
    ("text-ending-inside-a-quote-over-paragraphs",
        "Interim director Mel McClements said: \u201cWe have taken the essential decision.\n\n"
        "\u201cOther services will continue.\n\n\u201cMaternity services will be continuing on both sites.",
        [("Mel McClements", "We have taken the essential decision."),
         ("Mel McClements", "Other services will continue."),
         ("Mel McClements", "Maternity services will be continuing on both sites.")]),
    ("she-after-a-given-name-both-sexes-bear",
        "The Scottish author Ali Smith is the guest director this year.\n\n"
        "During the planning meetings she said: \u201cThe imaginative possibilities of this are just huge.\u201d",
        [("Ali Smith", "The imaginative possibilities of this are just huge.")]),
    ("title-case-role-and-body-in-apposition",
        "Gary Hopkirk, Works Delivery Director, Network Rail Scotland, said: \u201cDuring a routine inspection, we "
        "discovered a problem.\u201d",
        [("Gary Hopkirk", "During a routine inspection, we discovered a problem.")]),
    ("excerpt-ending-inside-a-quote-after-a-lead-in",
        "The Arts Council\u2019s south east director Hedley Swain said: \u201cThe Brighton Festival is one of the "
        "absolute highlights for England and internationally.",
        [("Hedley Swain", "The Brighton Festival is one of the absolute highlights for England and internationally.")]),
    ("caption-line-inside-a-quote-over-paragraphs",
        "Mark Killick, Network Rail\u2019s Wessex route director, said: \u2018When the work is finished, trains "
        "will be more reliable.\n\nServices are going to be disrupted for nine days.\n\n\u2018We are working "
        "closely with South Western Railway.\u2019",
        [("Mark Killick", "When the work is finished, trains will be more reliable."),
         ("Mark Killick", "We are working closely with South Western Railway.")]),
    ("a-two-letter-typo-is-no-speaker",
        "Sean Hallewell is selling his home.\n\nHr told the PA news agency: \u201cWith great relief, this is "
        "welcomed.\u201d",
        []),
    ("shot-back-is-speech-and-keeps-the-previous-speaker-out",
        "\u201cHow does this administration revamp its image?\u201d April Ryan said.\n\n"
        "\u201cNo, we don\u2019t have that,\u201d Sean Spicer shot back. \u201cYou\u2019ve got Russia.\u201d",
        [("April Ryan", "How does this administration revamp its image?"),
         ("Sean Spicer", "No, we don\u2019t have that"), ("Sean Spicer", "You\u2019ve got Russia.")]),
    ("a-decision-named-by-an-acronym-the-article-spells-out",
        "UNESCO\u2019s World Heritage Committee met in Bonn.\n\n"
        '"The investment framework should be established as a priority," the WHC decision said.',
        [("World Heritage Committee", "The investment framework should be established as a priority")]),
    ("a-statement-from-the-union-named-after-its-noun",
        "Trade union Unite said the strike will begin on Monday.\n\nA statement from the union said: \u201cThis "
        "offer made insufficient improvements to pay.\u201d",
        [("Unite", "This offer made insufficient improvements to pay.")]),
    ("an-album-title-is-no-quote",
        "Singer James Blake has announced his fifth album, \u201cFriends That Break Your Heart\u201d \u2014 which "
        "he describes as a departure \u2014 will be out on September 10.",
        []),
    ("a-dropped-closing-mark-between-two-quoted-sentences",
        "Steve Elworthy, the ECB events director, said the dates need approval.\n\n"
        '"Our main objective is to deliver a safe environment. "We are in daily dialogue with Government," he said.',
        [("Steve Elworthy", "Our main objective is to deliver a safe environment."),
         ("Steve Elworthy", "We are in daily dialogue with Government")]),
    ("a-dropped-closing-mark-before-the-attribution",
        "Mayor Kassandra Gove spoke on Monday.\n\n\u201cWe are having those conversations, Gove said.",
        [("Kassandra Gove", "We are having those conversations")]),
    ("a-first-person-quote-after-a-paragraph-about-one-person",
        "Dunedin grandmother Maggie Garden was diagnosed with cancer two years ago.\n\n"
        '"[I\'ll] lose 40 percent of my liver - not sure how much until I get in there."',
        [("Maggie Garden", "[I'll] lose 40 percent of my liver - not sure how much until I get in there.")]),
    ("no-first-person-quote-for-someone-who-is-only-an-object",
        'Police arrested John Smith on Monday.\n\n"We will appeal the decision."',
        []),
    ("a-surname-without-its-o-apostrophe",
        "Sinn Fein health spokesperson Louise O\u2019Reilly will address the meeting.\n\n"
        "Ms Reilly has written policy documents.\n\nShe added: \u201cLast year saw the most patients on trolleys.\u201d",
        [("Louise O\u2019Reilly", "Last year saw the most patients on trolleys.")]),
    ("a-space-after-the-mark-that-opens-a-continuing-paragraph",
        "German coach Gernot Rohr rued the injuries.\n\n"
        "\u201cThis is an interesting fixture,\u201d Rohr told NationSports. \u201c Already, we are missing "
        "two players.\n\n\u201c Semi Ajayi is injured and you can see that we are going to miss many players,\u201d "
        "added the former Bordeaux coach.",
        [("Gernot Rohr", "This is an interesting fixture"),
         ("Gernot Rohr", "Already, we are missing two players."),
         ("Gernot Rohr", "Semi Ajayi is injured and you can see that we are going to miss many players")]),
    ("a-party-with-its-acronym-is-no-person-and-according-to-speaks",
        "Barisan Nasional (BN) will hold a convention this July, said its Secretary-General Datuk Seri Zambry "
        "Abdul Kadir.\n\nAccording to Zambry, various programmes are planned.\n\n\u201cWe will invite various "
        "groups to hear views,\u201d he told a press conference.",
        [("Zambry Abdul Kadir", "We will invite various groups to hear views")]),
    ("it-said-after-a-chain-of-it-said",
        "The Kenya Meteorological Department (KMD) says heavy rain will continue.\n\nIn a statement, the "
        "department stated that more than 50 mm is expected.\n\nIt said that the rain will continue in Kisii.\n\n"
        "\u201cThe wet weather spell is expected to continue for the next five days,\u201d it said.",
        [("the Kenya Meteorological Department", "The wet weather spell is expected to continue for the next five days")]),
    ("the-carrier-is-the-company-that-spoke-last",
        "Philippine Airlines (PAL) said flights were back to normal.\n\nFor its part, AirAsia Philippines said it "
        "is adding a recovery flight.\n\n\u201cAgain, our sincerest apologies for any inconvenience,\u201d the "
        "low-cost carrier said.",
        [("AirAsia Philippines", "Again, our sincerest apologies for any inconvenience")]),
    ("a-picture-credit-is-no-speaker",
        "Lucy Letby. Picture: Police/Alamy/Handout\n\nBy Kit Heren\n\nNurse Lucy Letby will face a retrial.",
        []),
    ("any-past-verb-closing-the-attribution",
        'Coach Jane Smith watched the replay.\n\n"We were robbed," Smith grimaced. "They know it," she fumed.',
        [("Jane Smith", "We were robbed"), ("Jane Smith", "They know it")]),
    ("a-body-with-and-in-its-name-and-its-update",
        "Perth and Kinross Council said: \u201cOur priority is always safety.\u201d\n\n"
        "The update added: \u201cIt is likely many primary schools will have to close.\n\n"
        "\u201cIf this is the case then care will also be closed.\u201d",
        [("Perth and Kinross Council", "Our priority is always safety."),
         ("Perth and Kinross Council", "It is likely many primary schools will have to close."),
         ("Perth and Kinross Council", "If this is the case then care will also be closed.")]),
    ("saying-after-scare-quotes-in-the-lead-in",
        "Fianna F\u00e1il leader Miche\u00e1l Martin spoke.\n\nToday, Deputy Martin called for a 'prompt' and "
        "'proactive' response, saying: \"Irish people have spoken emphatically.\"",
        [("Miche\u00e1l Martin", "Irish people have spoken emphatically.")]),
    ("an-excerpt-ending-inside-a-quote-paragraph",
        "Carlmarx Nkomo, the ZNSSA vice-president, said fans will leave tomorrow.\n\n"
        "\u201cWe are having a send-off ceremony in Bulawayo on Thursday. We want to make sure we are there.",
        [("Carlmarx Nkomo", "We are having a send-off ceremony in Bulawayo on Thursday. We want to make sure we are there.")]),
    ("the-minister-named-by-an-appositive-title",
        "Mrs Ursula Owusu-Ekuful, Minister of Communications and Digitalization, says the deadline stands.\n\n"
        "The Minister continues, \u201cthis stresses the point that this exercise will build a database.\u201d",
        [("Ursula Owusu-Ekuful", "this stresses the point that this exercise will build a database.")]),
    ("a-photographer-credited-in-a-caption-is-no-rival",
        "Peter Hebblethwaite said he understood the anger.\n\nPeople protest at the ferry terminal. Picture: "
        "Andrew Milligan/PA Wire\n\nHe said: \u201cI want to say sorry to the people affected.\u201d",
        [("Peter Hebblethwaite", "I want to say sorry to the people affected.")]),
    ("a-contest-is-no-person-and-a-surname-of-two-words",
        "Fans need a Ticketmaster account for the Eurovision Song Contest.\n\nThe mayor of Turin, Stefano Lo Russo, "
        "met the mayor of Liverpool, Joanne Anderson.\n\nDuring the ceremony, Lo Russo gave Anderson advice.\n\n"
        "He said: \u201cEnjoy the event, include everybody.\u201d",
        [("Stefano Lo Russo", "Enjoy the event, include everybody.")]),
    ("the-group-is-the-body-a-which-clause-described",
        "Almega T\u00e5gf\u00f6retagen, which represents rail companies, was disappointed, saying the demands were "
        "unreasonable.\n\n\"Of course, it's best if your schedule never changes,\" the group said.",
        [("Almega T\u00e5gf\u00f6retagen", "Of course, it's best if your schedule never changes")]),
    ("a-capitalised-name-with-nothing-personal-is-no-rival",
        "Sungai Bakap voters went to the polls in June. Tendai Moyo attended the count.\n\n\"We are ready,\" he said.",
        [("Tendai Moyo", "We are ready")]),
    ("a-run-of-she-sentences-after-another-woman-named",
        "Premier Annastacia Palaszczuk called an election.\n\nEarlier, she asked the acting governor, Chief Justice "
        "Catherine Holmes, to issue the writs.\n\nShe said the campaign would be tough.\n\n"
        "\"We're up against an LNP/One Nation coalition,\" she said.",
        [("Annastacia Palaszczuk", "We're up against an LNP/One Nation coalition")]),
    ("a-statement-that-reads-then-runs-on",
        "Premier Annastacia Palaszczuk called an election.\n\n\"In less than 1000 days, my government has made a "
        "strong start,\" the statement reads.\n\n\"Queensland is now a state of progress, not provocation.\"",
        [("Annastacia Palaszczuk", "In less than 1000 days, my government has made a strong start"),
         ("Annastacia Palaszczuk", "Queensland is now a state of progress, not provocation.")]),
    ("an-acronym-and-a-title-make-a-title",
        "ISRO Chairman K Sivan said the craft is healthy.\n\nThe ISRO Chairman added, \u201cThen, we will be "
        "carrying out lunar orbit insertion.\u201d",
        [("K Sivan", "Then, we will be carrying out lunar orbit insertion.")]),
    ("the-bench-speaks-and-an-unplaced-name-blocks-the-carry-over",
        "A bench headed by Chief Justice HL Dattu heard senior advocate Kapil Sibal.\n"
        "\"This is not a coal matter,\" Mr Sibal said.\n"
        "\"We will refer this to the coal bench,\" the bench said.",
        [("Kapil Sibal", "This is not a coal matter"), ("the bench", "We will refer this to the coal bench")]),
    ("they-after-a-group-that-issued-a-statement",
        "Ben's family today issued a statement asking for help. They said: \"We need justice for our Ben.\"",
        [("Ben's family", "We need justice for our Ben.")]),
    ("taoiseach-is-a-title",
        "Taoiseach Enda Kenny announced the date.\n\nThe Taoiseach said the Government was \u201ccommitted to ensuring "
        "the Irish people have all the information\u201d. \"The protection of children concerns us all,\" he said.",
        [("Enda Kenny", "committed to ensuring the Irish people have all the information"),
         ("Enda Kenny", "The protection of children concerns us all")]),
    ("a-title-then-a-name-in-apposition",
        "Jamaica Prime Minister, Andrew Holness, on Tuesday, announced elections.\n\n\u201cSo I come to the House "
        "asking that we remain united,\u201d the prime minister said.",
        [("Andrew Holness", "So I come to the House asking that we remain united")]),
    ("a-title-of-an-acronymed-body-then-a-name-with-an-initial",
        "\u201cWe applaud the swift response,\u201d Secretary General of the BIE, Dimitri S. Kerkentzes, said.",
        [("Dimitri S. Kerkentzes", "We applaud the swift response")]),
    ("an-owner-then-a-role-then-the-speaker",
        "Prosecutor Andrea Johnson asked for time. \"We need more time,\" she said.\n\n"
        "Pistorius's counsel Barry Roux stood up and confirmed this.\n\n"
        "\"On that day it won't be only to report back,\" he said.",
        [("Andrea Johnson", "We need more time"), ("Barry Roux", "On that day it won't be only to report back")]),
    ("a-credit-by-a-photographer-and-an-acronym-inside-a-title",
        "Syed Hamid Albar speaks to the media. \u2014 Picture by Shafwan Zaidon\n\n"
        "Bersatu Party Election Committee (JPP) chairman Tan Sri Syed Hamid Albar, said registration opens on "
        "Monday.\n\nHe said the forms could be downloaded.\n\n\u201cThe number for each candidate will be drawn "
        "by the JPP,\u201d he said in a statement today.",
        [("Syed Hamid Albar", "The number for each candidate will be drawn by the JPP")]),
    ("a-description-after-the-quote-is-the-person-reported-before",
        "Michelle O'Neill warned the sitting could be the last.\n"
        "Ms O\u2019Neill accused the DUP and said a partnership that provides \u201cjoint stewardship\u201d must be "
        "considered.\n\u201cThe only remaining explanation is the refusal to accept a nationalist,\" the Sinn F\u00e9in "
        "MLA said.\nGordon Lyons MLA said the barrier was finance.\n\u201cWhat is on offer is a one-off package,\" the "
        "DUP representative said.",
        [("Michelle O'Neill", "joint stewardship"),
         ("Michelle O'Neill", "The only remaining explanation is the refusal to accept a nationalist"),
         ("Gordon Lyons MLA", "What is on offer is a one-off package")]),
    ("a-quote-left-open-before-a-narrative-paragraph-ends-there",
        "Ann Lee said: \u201cWe will fight this.\n\u201cIf the DUP will not restore democracy, there is plan B.\n"
        "The DUP is maintaining its refusal to take part until its concerns are tackled by the UK Government.\n"
        "Gordon Lyons said the barrier was finance.",
        [("Ann Lee", "We will fight this."), ("Ann Lee", "If the DUP will not restore democracy, there is plan B.")]),
    ("a-communication-from-a-secretariat-and-a-dated-gazette-notice",
        "\"The President has summoned the House to meet on Friday,\" the communication from the Rajya Sabha "
        "secretariat said.",
        [("the Rajya Sabha secretariat", "The President has summoned the House to meet on Friday")]),
    ("an-inverted-attribution-ends-the-reported-sentence",
        "The union decided to issue the strike notices after talks stalled, said Mike Palecek.\n\n"
        "\"We've said we would remain at the table as long as progress is being made.\"",
        [("Mike Palecek", "We've said we would remain at the table as long as progress is being made.")]),
    ("a-country-between-a-title-and-a-name-with-initials",
        '"The five phases will be Nov 25 and Dec 2," Chief Election Commissioner of India V.S. Sampath told the media.',
        [("V.S. Sampath", "The five phases will be Nov 25 and Dec 2")]),
    ("an-owner-is-no-speaker",
        "Trump drew a rebuke from his attorney general, who had said the president's tweets were "
        "\u201cmaking it impossible\u201d for him to work.",
        []),
    ("a-quote-over-two-paragraphs-attributed-at-its-end",
        "Activist Kevin Zeese told Sputnik the hearing is next week.\n\n\"July 9 will be the next hearing.\n\n"
        "It's the US district court in Washington,\" Zeese said on Tuesday.",
        [("Kevin Zeese", "July 9 will be the next hearing."), ("Kevin Zeese", "It's the US district court in Washington")]),
    ("a-body-quoted-by-its-acronym-is-named-in-full",
        "The British Medical Association will escalate the strike.\n\nThe BMA said in a statement: \u201cOther "
        "doctors and staff will continue to provide care.\u201d",
        [("British Medical Association", "Other doctors and staff will continue to provide care.")]),
    ("a-lead-in-on-its-own-line-ending-in-a-comma",
        "The hearing went on.\nSenior Advocate Gopal Sankarnarayanan highlighted,\n\u201cThere was a solemn "
        "undertaking. Pahalgam was under their watch.\u201d",
        [("Gopal Sankarnarayanan", "There was a solemn undertaking. Pahalgam was under their watch.")]),
    ("short-person-noun-as-speaker",
        'Police reached the car at 2 a.m.\n\n"Kill me," the man said.',
        [("the man", "Kill me")]),
    ("present-tense-shouting-verbs",
        'Officer Dana Price crouched behind her cruiser.\n\n"Come on, get down!" Price yells at the driver. '
        '"We were not told anything," a resident exclaims.',
        [("Dana Price", "Come on, get down!"), ("a resident", "We were not told anything")]),
    # round of the blind holdout18 run
    ("a-quote-paragraph-whose-opening-mark-was-dropped-inside-a-run",
        "Speaking to the paper, one farmer said: \u201cThe police have been told it is going to happen.\n\n"
        "So if they don\u2019t want it happening, if the talks are on Saturday, they should have something done by "
        "then and that is the end of the matter.\n\n\u201cNone of us want to waste time heading for Dublin.\u201d",
        [("one farmer", "The police have been told it is going to happen."),
         ("one farmer", "So if they don\u2019t want it happening, if the talks are on Saturday, they should have "
                        "something done by then and that is the end of the matter."),
         ("one farmer", "None of us want to waste time heading for Dublin.")]),
    ("a-quote-opened-after-a-lead-in-and-never-closed-ends-with-its-paragraph",
        "The director, Ann Moss, said: \u201cWe have done all we can.\n\nThe council meets next week to decide.",
        [("Ann Moss", "We have done all we can.")]),
    ("an-excerpt-ending-inside-a-quote-opened-after-said-comma",
        "The firm\u2019s director, Ben Cole, said, \u201cOur offer beats inflation and our pay will be among the best.",
        [("Ben Cole", "Our offer beats inflation and our pay will be among the best.")]),
    ("an-honorific-glued-to-the-surname",
        "Show president Dennis Baum is pleased.\n\n\u201cThe entries are in,\u201d MrBaum said.",
        [("Dennis Baum", "The entries are in")]),
    ("a-named-person-and-unnamed-colleagues-speak-through-the-person",
        "The inquiry is chaired by Michael Doyle.\n\n\"Difficult questions will be asked,\" Doyle and the other "
        "two commissioners said in the statement.",
        [("Michael Doyle", "Difficult questions will be asked")]),
    ("a-body-quoted-by-a-two-letter-acronym-is-named-in-full",
        "No talks are planned with British Airways cabin crew.\n\nBA, which employs 16,000 crew, said: \u201cThis "
        "action is completely unnecessary.\u201d",
        [("British Airways", "This action is completely unnecessary.")]),
    ("the-airline-s-statement-and-it-are-the-airline",
        "Backer-backed Kestrel Air on Tuesday said it will fly to Chennai.\n\nThe airline will start services on "
        "August 13.\n\n\"Daily flights will start from September 15,\u201d the airline's statement said.\n\n"
        "Flying with the airline code KQ, Kestrel Air will begin operations on August 7, it said.\n\n"
        "\u201cIt plans to add another 12 planes every year,\u201d it noted.",
        [("Kestrel Air", "Daily flights will start from September 15"),
         ("Kestrel Air", "It plans to add another 12 planes every year")]),
    # round of the blind holdout19 run
    ("a-description-after-the-verb-names-its-people-in-apposition",
        "Journalists voted to strike.\n\n\"We tried very hard to reach a settlement,\" said the union chapel "
        "officers, Mary Rodd and Helen Lang.",
        [("Mary Rodd and Helen Lang", "We tried very hard to reach a settlement")]),
    ("an-acronym-spelled-out-with-an-ampersand",
        "The Alliance of Film & Television Producers met the guild.\n\n\"Writers remain well paid,\" the AFTP said.",
        [("Alliance of Film & Television Producers", "Writers remain well paid")]),
    ("their-release-is-the-body-an-earlier-press-release-came-from",
        "Nurses delivered notices, according to a press release from the New York State Nurses Association "
        "(NYSNA).\n\n\u201cWe will bargain non-stop until then,\u201d their release states.",
        [("New York State Nurses Association", "We will bargain non-stop until then")]),
    ("the-statement-is-the-memo-a-body-distributed",
        "After the talks broke off, the Writers Guild distributed a memo to its members.\n\n\u201cThe offer "
        "was a rollback, not a step forward,\u201d the statement read.",
        [("Writers Guild", "The offer was a rollback, not a step forward")]),
    # round of the blind holdout20 run
    ("a-quote-within-a-run-on-quote-is-not-a-quote-of-its-own",
        "Mr Russell said: \"The people did not vote for this.\n\n\"The government published a paper which claims "
        "'The UK acts in the interests of the whole UK'.\n\n\"Those claims will only matter if we are heard.\"\n\n"
        "A UK Government spokeswoman said: \"The parliament is free to debate any issue it chooses.",
        [("Russell", "The people did not vote for this."),
         ("Russell", "The government published a paper which claims 'The UK acts in the interests of the whole UK'."),
         ("Russell", "Those claims will only matter if we are heard."),
         ("a UK Government spokeswoman", "The parliament is free to debate any issue it chooses.")]),
    ("a-bare-role-in-a-standfirst-is-the-one-holder-named-later",
        "Debate will send a 'clear message that we are heard,' says minister.\n\nThe Brexit minister Mike Rusk "
        "spoke on Monday. Scottish secretary David Mundy disagreed.",
        [("Mike Rusk", "clear message that we are heard")]),
    ("the-speaker-is-the-holder-of-the-title-speaker",
        "Speaker Nabih Berro expressed readiness to call a session.\n\n\u201cAny accord will remain "
        "incomplete,\u201d the speaker said.",
        [("Nabih Berro", "Any accord will remain incomplete")]),
    ("a-quote-paragraph-after-according-to-someone-is-theirs",
        "According to Joshua Anse the strike will happen if nothing is done.\n\n\u201cWe had a discussion and "
        "we will strike on the tenth.\u201d",
        [("Joshua Anse", "We had a discussion and we will strike on the tenth.")]),
    ("a-body-named-x-of-a-and-b-issues-the-notification",
        "The notification issued by the Board of Intermediate and Secondary Education (BISE) Lahore reads, "
        "\u201cThe schedule has been approved.\u201d",
        [("Board of Intermediate and Secondary Education (BISE) Lahore", "The schedule has been approved.")]),
    # round of the blind holdout21 run
    ("an-opening-mark-glued-after-a-full-stop",
        "In a rejoinder, the suspect said he should stop joking.\u201dI have finished with the doctor. I want no "
        "jokes!\u201d he shouted.",
        [("the suspect", "I have finished with the doctor. I want no jokes!")]),
    ("a-new-sentence-glued-after-a-quote-is-no-attribution",
        "Magistrate Charles Mwangi asked him, \u201cWas it an offence to ask you the question?\u201dBut the suspect "
        "insisted he would not.",
        [("Charles Mwangi", "Was it an offence to ask you the question?")]),
    ("a-court-clerk-speaks",
        "\"Will you proceed with the case or we start it afresh?\u201d the clerk asked.",
        [("the clerk", "Will you proceed with the case or we start it afresh?")]),
    # round of the blind holdout22 run
    ("a-given-name-that-is-also-an-org-word",
        "\"We are all devastated,\" Bill Kramer and Janet Yang said in a joint statement.",
        [("Bill Kramer and Janet Yang", "We are all devastated")]),
    ("a-notice-to-users-from-its-author-read",
        "\u201cWe know many of you depend on the service,\u201d a notice to users from chief executive Prasad "
        "Tamm read.",
        [("Prasad Tamm", "We know many of you depend on the service")]),
    ("it-is-the-body-a-sentence-before-cites-with-according-to",
        "The nominees luncheon will not take place, according to the Motion Picture Academy. This is the second "
        "postponement announced for the nominations.\n\n\"We want to be sensitive to the needs of the region,\" "
        "it said in part.",
        [("Motion Picture Academy", "We want to be sensitive to the needs of the region")]),
    # round of the blind holdout23 run
    ("an-appositive-whose-closing-comma-was-dropped",
        "The Met Office issued a warning.\n\nAlex Burkin, a meteorologist at the Met Office said: \u201cThere is "
        "more wet weather to come.\u201d",
        [("Alex Burkin", "There is more wet weather to come.")]),
    ("the-n-year-old-is-the-person-just-named",
        "Founder Michael Eavon has hinted at the lineup.\n\nThe 74-year-old farmer said: \"Now I'm fully "
        "confident.\"",
        [("Michael Eavon", "Now I'm fully confident.")]),
    ("a-subject-after-a-leading-phrase-of-time",
        "Mr Murray asked people to register.\n\nDuring the debate Labour Senator Ivana Bacic said there would be "
        "no vacuum.\n\n\"Abortion will remain prohibited,\" she told the house.",
        [("Ivana Bacic", "Abortion will remain prohibited")]),
    ("the-press-release-named-after-its-issuer-a-sentence-before",
        "Foot traffic is permitted after hours, according to Wednesday's Green Bay Department of Public Works press "
        "release.\n\nIts statement also recommended detours.\n\n\"Motorists should anticipate backups,\" the press "
        "release said.",
        [("Green Bay Department of Public Works", "Motorists should anticipate backups")]),
    # round of the blind holdout24 run
    ("he-is-the-person-named-at-the-end-of-according-to",
        "The meeting was \"conciliatory\" according to Rail Tram and Bus Union's NSW secretary Alex Claasen.\n\n"
        "\"He came to the table with a willingness to talk,\" he told reporters in Sydney.",
        [("Alex Claasen", "He came to the table with a willingness to talk")]),
    ("a-place-after-according-to-a-survey-is-no-source",
        "Polls put the Yes vote ahead, according to the latest surveys the vote is ahead in only South Australia.\n\n"
        "\"Recognising First Nations people,\" he said.",
        []),
    ("a-gazette-notice-issued-by-a-body-named-x-y-and-z",
        "The Independent Electoral and Boundaries Commission (IEBC) made the announcement on Monday through a "
        "gazette notice.\n\n\u201cThere shall be a by-election on Thursday,\u201d the gazette notice dated August 16 "
        "reads in part.",
        [("Independent Electoral and Boundaries Commission", "There shall be a by-election on Thursday")]),
    ("the-statement-read-long-after-the-statement-was-mentioned",
        "The spokesman of the division, Major Olaniyi Osobo, who disclosed this in a statement on Monday, said the "
        "exercise would strengthen the army.\n\nHe added that other agencies would join.\n\nThe exercise will take "
        "place from October 12.\n\nThe commander will launch it on Wednesday.\n\nThe statement read: \u201cThe "
        "exercise will involve the assessment of the code of conduct.\u201d",
        [("Olaniyi Osobo", "The exercise will involve the assessment of the code of conduct.")]),
    # round of the blind holdout26 run
    ("a-title-with-commas-between-the-verb-and-the-name",
        "\u201cFamilies will not have to find themselves on the streets,\u201d said federal Families, Children and "
        "Social Development Minister Jean-Yves Duclot.",
        [("Jean-Yves Duclot", "Families will not have to find themselves on the streets")]),
    ("a-caption-line-inside-a-run-on-quote-after-reported-speech",
        "Mr Darlow told BBC News 24 that the road gives motorists more options.\n\"What this road is doing is "
        "providing capacity.\nThe road has cost nearly \u00a3900m\n\"They don't have to use the toll road.\n"
        "\"But people can choose whether or not to pay it.\"",
        [("Darlow", "What this road is doing is providing capacity."),
         ("Darlow", "They don't have to use the toll road."),
         ("Darlow", "But people can choose whether or not to pay it.")]),
    ("he-after-someone-expressed-pessimism",
        "Boris Johnson will host a summit on Tuesday.\n\nMr Wallis expressed pessimism about the operation.\n\n"
        "\u201cI think it is unlikely,\u201d he told Sky News.",
        [("Wallis", "I think it is unlikely")]),
    ("the-president-is-the-president-not-a-more-recent-leader",
        "President Donald Trimp announced the meeting with North Korean leader Kim Jong Un on Thursday.\n\n"
        "'I really believe that,' the president added.",
        [("Donald Trimp", "I really believe that")]),
    # round of the blind holdout25 run
    ("a-name-behind-a-long-title-after-the-verb",
        "\"We are going to launch when we are ready,\" said NASA Associate Administrator for Exploration Systems "
        "Development Mission Directorate Jim Freel.",
        [("Jim Freel", "We are going to launch when we are ready")]),
    ("a-retired-captain-and-former-astronaut-is-one-person",
        "\"The engine appears to be in good shape,\" said retired United States Navy Captain and former NASA "
        "astronaut Winston Scotte.",
        [("Winston Scotte", "The engine appears to be in good shape")]),
    ("a-caption-with-a-credit-inside-a-run-on-quote",
        "Dr Vivek Trivedo, co-chair of the committee, said: \u201cWe must announce this new action.\n\nCo-chairs "
        "of the committee have criticised the Government Credit: left\n\n\u201cThis situation is entirely of the "
        "government\u2019s own making.\u201d",
        [("Vivek Trivedo", "We must announce this new action."),
         ("Vivek Trivedo", "This situation is entirely of the government\u2019s own making.")]),
    ("a-department-of-a-and-b-spokesperson",
        "A Department of Health and Social Care spokesperson said: \u201cFurther strikes will risk patient "
        "safety.\u201d",
        [("A Department of Health and Social Care spokesperson", "Further strikes will risk patient safety.")]),
    ("he-after-a-body-name-lower-role-and-person",
        "Cricket Australia operations chief Peter Roache said the pitch in Perth was now comparable.\n\n\"We start "
        "strongly at venues where we are comfortable,\" he said.",
        [("Peter Roache", "We start strongly at venues where we are comfortable")]),
    ("a-relative-clause-with-commas-after-the-name",
        "Dr. John Knightley, who is the medical director of the Spine Center in Summit, N.J., but is not treating "
        "Calhoun, said that is a possibility.\n\n\"I have patients driving after a couple of days,\" he said.",
        [("John Knightley", "I have patients driving after a couple of days")]),
    ("a-surname-that-is-also-an-org-word",
        "\u201cThey danced around the questions,\u201d said Danielle Deal, who lives nearby.\n\nDeal called that a "
        "cop-out.\n\nDeal left home to stay with her mother, 13 miles away \u201cand we could still see the cloud "
        "plain as day,\u201d she said.",
        [("Danielle Deal", "They danced around the questions"),
         ("Danielle Deal", "and we could still see the cloud plain as day")]),
    # round of the blind holdout28 run
    ("said-a-name-minutes-after-something",
        "\u201cNone of you deserve a hearing,\u201d said Chief Justice Ranjan Gogol minutes after the hearing "
        "started.",
        [("Ranjan Gogol", "None of you deserve a hearing")]),
    ("it-is-the-body-that-said-something-two-paragraphs-before",
        "The Royal Commission into Disaster Arrangements will sit on March 31.\n\nThe commission on Tuesday said "
        "access would be limited.\n\nThe commission plans to hold hearings in April.\n\n\u201cWe will continue to "
        "monitor the risk,\u201d it said in a statement.",
        [("the Royal Commission", "We will continue to monitor the risk")]),
    # round of the blind holdout27 run
    ("a-given-name-and-a-title-word-surname-is-a-person",
        "Indigenous groups welcomed the date.\n\nChristine Kingsly from the Alliance says it will be historic."
        "\n\nMinister Jenny Macklan spoke earlier.\n\nChristine King from the Alliance says it will be an "
        "emotional day.\n\n\"Sorry is the most important word,\" she said.",
        [("Christine King", "Sorry is the most important word")]),
    ("they-is-the-team-that-spoke-two-paragraphs-before",
        "\u201cWe are resetting,\u201d the Boomtown team said in a statement.\n\n\u201cThis allows us to start "
        "afresh.\u201d\n\nThey added: \u201cWe have spent months debating this.\u201d",
        [("the Boomtown team", "We are resetting"), ("the Boomtown team", "This allows us to start afresh."),
         ("the Boomtown team", "We have spent months debating this.")]),
    # traps a review of the rounds above found
    ("the-object-of-an-arrest-is-no-speaker",
        "Police arrested former manager Terry Zollor on Monday.\n\n\"It is a sad day,\" he said.",
        []),
    ("a-name-in-a-leading-phrase-before-a-spokesman",
        "Responding to Smith, a spokesman for the Met Office said: \u201cWe disagree.\u201d",
        [("a spokesman for the Met Office", "We disagree.")]),
    ("according-to-someone-s-lawyer-is-not-that-someone",
        "According to Trump's lawyer the case will be dismissed.\n\n\"We will win,\" he said.",
        []),
    ("the-us-is-not-spelled-out-from-other-countries",
        "Talks in Uzbekistan and Syria stalled.\n\n\"We will act,\" the US said.",
        [("United States", "We will act")]),
    ("an-acronym-is-the-shortest-name-before-it",
        "Sky News Sarah Smith of the Scottish National Party (SNP) spoke.\n\n\"We will act,\" the SNP said.",
        [("Scottish National Party", "We will act")]),
    ("a-possessive-apostrophe-is-no-closing-mark",
        "The players\u2019 union said it would meet the league.\n\nThey said: \"We are ready.\"",
        []),
    # round of the blind holdout29 run
    ("a-person-in-apposition-after-an-owner-s-role-in-a-place",
        "\"President Trumpe will be attending court,\" Trumpe's attorney in Georgia, Steve Sadowe, said in a "
        "statement.",
        [("Steve Sadowe", "President Trumpe will be attending court")]),
    ("he-after-according-to-a-compound-role-and-name",
        "The Departments of Transportation announced the date.\n\nAccording to construction manager Terry Zollar, "
        "the bridge will open shortly.\n\n\u201cWe like to do it when traffic is light,\u201d he said.",
        [("Terry Zollar", "We like to do it when traffic is light")]),
    ("a-statement-is-as-follows-left-open-at-its-paragraph-end",
        "SpaceX's statement is as follows, \"We are finalizing the investigation into our anomaly.\n\nIridium's "
        "response is as follows, \"We remain as confident as ever.\"",
        [("SpaceX", "We are finalizing the investigation into our anomaly."),
         ("Iridium", "We remain as confident as ever.")]),
    ("an-acronym-post-of-a-body-whose-name-is-longer-than-its-letters",
        "The International Association of Machinists and Aerospace Workers (IAM) union backed the offer.\n\n"
        "\u201cNow is the time to declare victory,\u201d an IAM social media post said.",
        [("International Association of Machinists and Aerospace Workers", "Now is the time to declare victory")]),
]


@pytest.mark.parametrize(("name", "text", "expected"), HARD_CASES, ids=[c[0] for c in HARD_CASES])
def test_failure_classes_found_on_real_news(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), SHORT_PARTIALS, ids=[c[0] for c in SHORT_PARTIALS])
def test_short_partials_need_a_framing_subject(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = find_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == expected
    assert all(q.partial and text[q.start : q.end] == q.text for q in quotes)


@pytest.mark.parametrize(("name", "text", "expected"), HARD_CASES, ids=[c[0] for c in HARD_CASES])
def test_hard_cases_stay_verbatim(name: str, text: str, expected: object) -> None:
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Secretary of State for Health and Social Care Wes Streeting said so.", {"Wes Streeting"}),
        ("Minister for Women and Equalities Kemi Badenoch said so.", {"Kemi Badenoch"}),
        ("Chancellor of the Exchequer Rachel Reeves said so.", {"Rachel Reeves"}),
        ("Lawyer Bobbi Sternheim said so.", {"Bobbi Sternheim"}),
    ],
)
def test_a_long_title_is_not_part_of_the_name(text: str, people: set[str]) -> None:
    assert NameIndex.build(text).people == people


def test_the_sex_of_a_person_comes_from_titles_roles_pronouns_and_given_names() -> None:
    names = NameIndex.build(
        "Ms Tendai Moyo met Mr Farai Dube. Ama Owusu, a spokeswoman for the union, was there. Chidi Okafor said he "
        "would stay. Rachel Reeves and Alex Morgan arrived later."
    )
    genders = {person: names.gender(person) for person in sorted(names.people)}
    assert genders == {
        "Alex Morgan": None,  # a given name of either sex: unknown
        "Ama Owusu": "f",
        "Chidi Okafor": "m",  # "said he"
        "Farai Dube": "m",
        "Rachel Reeves": "f",
        "Tendai Moyo": "f",
    }


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    return read_inputs([str(SEED)], reference_date=SEED_DATE).articles


def _by_title(articles: list[Article], fragment: str) -> Article:
    return next(a for a in articles if a.title and fragment in a.title)


def test_seed_lead_article_keeps_the_japanese_name_order_it_prints(seed_articles: list[Article]) -> None:
    lead = _by_title(seed_articles, "win-win")
    assert found(lead.text) == [
        (
            "Akazawa Ryosei",
            "My focus is on our national interests, to protect what needs to be protected and to say what needs to "
            "be said",
        ),
        ("Akazawa Ryosei", "The priority is to achieve an agreement with the United States that is a win-win for both countries."),
    ]


def test_seed_vietnam_partial_quote_with_mixed_marks(seed_articles: list[Article]) -> None:
    vietnam = _by_title(seed_articles, "Vietnam")
    quotes = find_quotes(vietnam.text)
    assert [(q.speaker, q.text, q.partial) for q in quotes] == [
        (
            "Nguyen Hong Dien",
            "voice their strong support and promote the negotiation process to soon reach a fair, balanced and "
            "sustainable agreement",
            True,
        )
    ]


@pytest.mark.parametrize("outlet", ["The Mainichi", "Kyodo News"])
def test_seed_ishiba_article_quotes_and_partials(seed_articles: list[Article], outlet: str) -> None:
    article = next(a for a in seed_articles if a.outlet == outlet)
    assert found(article.text) == [
        (
            "Shigeru Ishiba",
            "It'd be good to see certain progress made before meeting with the president at the G7. But what "
            "matters is a deal that benefits both Japan and the United States",
        ),
        ("Shigeru Ishiba", "We will not prioritize reaching a deal quickly and undermine national interests"),
        ("Scott Bessent", "in good faith."),
        ("Donald Trump", "about a week and a half to two weeks"),
    ]


@pytest.mark.parametrize(
    ("run", "parts"),
    [
        ("U.S. Treasury Secretary Scott Bessent", ("U.S. Treasury Secretary", "Scott Bessent")),
        ("Economic Revitalization Minister Akazawa Ryosei", ("Economic Revitalization Minister", "Akazawa Ryosei")),
        ("Mr. Modi", ("Mr.", "Modi")),
        ("Michael Jordan", ("", "Michael Jordan")),
        ("Stephen King", ("", "Stephen King")),
        ("Prime Minister", ("Prime Minister", "")),
        ("But Ishiba", ("", "Ishiba")),
    ],
)
def test_titles_are_not_part_of_a_name(run: str, parts: tuple[str, str]) -> None:
    assert name_parts(run) == parts


def test_one_spelling_per_person_across_articles() -> None:
    spelling = canonical_people(
        ["Akazawa Ryosei", "Ryosei Akazawa", "Fani Willis", "Fani T. Willis", "the ministry"], surnames=["Akazawa"]
    )
    assert spelling == {
        "Akazawa Ryosei": "Ryosei Akazawa",
        "Ryosei Akazawa": "Ryosei Akazawa",
        "Fani Willis": "Fani T. Willis",
        "Fani T. Willis": "Fani T. Willis",
        "the ministry": "the ministry",
    }
    # with no article using a bare surname, the first spelling seen is kept
    assert canonical_people(["Akazawa Ryosei", "Ryosei Akazawa"])["Ryosei Akazawa"] == "Akazawa Ryosei"


@pytest.mark.parametrize(("name", "text", "expected"), ROUND_TWO, ids=[c[0] for c in ROUND_TWO])
def test_second_round_failure_classes(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = find_quotes(text)
    assert [(q.speaker, q.text) for q in quotes] == expected
    assert all(text[q.start : q.end] == q.text for q in quotes)
