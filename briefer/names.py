"""Who is who in one article: person names, their titles, countries and institutions.

News style names a person once in full with a title ("Prime Minister Shigeru Ishiba",
"Japan's chief tariff negotiator Ryosei Akazawa") and later by surname or pronoun. The
`NameIndex` of an article records those first mentions so that a bare "Ishiba", "he" or
"the prime minister" can be turned back into the full name, and records what the text says
of each person's sex (an honorific, a role such as "spokeswoman", "said she"; else a common
given name) so that "she" is never taken for a man. Titles can be long ("Secretary of State
for Health and Social Care Wes Streeting"): the name is the end of the run. Rules only:
capitalised word runs, a lexicon of titles, countries, organisation words and given names;
no NER model, so that 10,000 articles index in seconds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_WORD = rf"[{_UP}][^\W\d_]*(?:['’\-](?![sS]\b)[^\W\d_]+)*"
_ABBREV_TITLE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Prof|Rev|St|Jr|Sr|Cmdr|Supt|Insp|Det)\.?"
_INITIALS = rf"(?:[{_UP}]\.){{1,3}}"
_TOKEN = rf"(?:{_ABBREV_TITLE}(?![^\W\d_])|{_INITIALS}|(?:al|el|bin|ben|abu)-{_WORD}|{_WORD})"
_PARTICLE = r"(?:de|da|di|del|della|der|den|van|von|bin|bint|ibn|al|el|le|la|du|dos|das|ter|ten)"
RUN = re.compile(rf"(?<![\w'’])(?:{_TOKEN})(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?(?:{_TOKEN}))*")

#: capitalised words that start sentences or are not names at all
COMMON = frozenset(
    """The A An But And Or Nor So Yet If When While After Before As At In On Of For From To With By Through
    During Since Until Although Though Because However Meanwhile Still Also Then Now This That These Those
    It Its It's He She They We I You His Her Their Our My Your There Here Asked Speaking Separately Earlier
    Later Last Next Despite Under Over Ahead Amid Among Like Unlike Even Only Just Both Each Every Many
    Most Some Several Such What Which Who Whom Whose Why How Where Related According Instead Indeed Yes No
    Not Once Twice Another Other Others All Any None Much More Less Few Without Within Into Onto Upon Via
    Per Against Toward Towards Across Around Along Behind Beyond Despite Except Inside Outside Near Off Out
    Up Down Please Thanks Thank Dear Sources Source Reporting Editing Writing Photo Watch Read Click Sign
    Subscribe Advertisement Comments Hashtags Today Tomorrow Yesterday Tonight Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March July September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat
    Sun Breaking Exclusive Update Updated Analysis Opinion Live Video Audio Listen Share Critics Officials
    Analysts Police Experts Residents Witnesses Prosecutors Investigators Authorities Organizers Organisers
    Researchers Scientists Economists Lawmakers Democrats Republicans Supporters Opponents Protesters
    Activists Voters Fans Players Executives Investors Traders Observers Diplomats Doctors Teachers Students
    Workers Parents Families Leaders People Everyone Nobody Somebody Someone""".split()
)

#: words that make a capitalised run a title rather than a name
TITLE_WORDS = frozenset(
    """President Vice Prime Minister Ministers Secretary Chancellor Premier Governor Gov Gov. Mayor Senator
    Sen Sen. Rep Rep. Representative Congressman Congresswoman Speaker Leader Chairman Chairwoman Chair
    Chairperson Chief Executive Officer Director Ambassador Commissioner Judge Justice Attorney General Gen
    Gen. Lt Lt. Col Col. Capt Capt. Sgt Sgt. Adm Adm. Admiral Colonel Captain Sergeant Lieutenant Major
    Commander Cmdr. Detective Det. Inspector Insp. Constable Superintendent Supt. Coach Manager King Queen
    Prince Princess Pope Cardinal Bishop Archbishop Rev Rev. Reverend Rabbi Imam Sheikh Mr Mr. Mrs Mrs. Ms
    Ms. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Deputy Cabinet Treasury Foreign Defence Defense
    Finance Trade Interior Home Health Economy Economic Revitalization Affairs State Commerce Energy
    Agriculture Education Labor Labour Transport Transportation Environment Secretary-General Spokesman
    Spokeswoman Spokesperson CEO CFO COO CTO President-elect Senior Assistant Associate Special Envoy
    Counsel Solicitor Sheriff Marshal Democratic Republican Democrat Sen Chief Minister-President Emir
    Crown Sultan Ayatollah Patriarch Father Sister Brother Chairman-elect Acting Interim Former Ex
    Founder Co-founder Head Analyst Economist Strategist Editor Correspondent Reporter Officer Agent
    Attorney-General Secretary-of-State Foreign-Minister Vice-President Deputy-Prime Senator-elect
    Lawmaker Legislator MP MEP Councillor Councilor Councilman Councilwoman Alderman Assemblyman
    Assemblywoman Magistrate Chief-Justice Superintendent Trooper Officer Firefighter Nurse Dean Provost
    Rector Chancellor-elect Minister-designate Secretary-designate Commissioner-designate PM Whip Majority
    Minority Senate House Opposition Shadow Party Regent Trustee Principal Headteacher Warden Registrar
    Treasurer Comptroller Auditor Ombudsman Coroner Prosecutor Chaplain Dean Datuk Datin Dato Tun Seri Tunku
    Tengku Haji Hajjah Alhaji Alhaja Shri Smt Engr Taoiseach Tánaiste Tanaiste Advocate Barrister""".split()
)

#: lowercase role nouns that, right before a name, mark it as a person ("negotiator Ryosei Akazawa")
ROLE_NOUNS = frozenset(
    """minister secretary president premier chancellor negotiator spokesperson spokesman spokeswoman official
    counsel advocate envoy
    chief executive director chairman chairwoman chair leader governor mayor senator lawmaker legislator
    representative coach manager striker midfielder defender goalkeeper forward player captain analyst
    economist strategist professor researcher scientist judge justice lawyer attorney prosecutor officer
    detective founder ceo ambassador envoy adviser advisor aide author actor actress singer rapper head
    commissioner driver candidate nominee chief-of-staff deputy general commander activist organizer
    organiser resident witness victim owner trader investor banker president-elect secretary-general
    boss pilot doctor nurse teacher student chef artist writer director-general governor-general
    mp diplomat king queen prince princess pope cardinal bishop priest rabbi imam historian novelist
    journalist editor reporter correspondent campaigner counsel firefighter paramedic spokesperson
    councillor councilor councilman councilwoman surgeon physician epidemiologist engineer farmer
    shopkeeper shop-owner entrepreneur consultant strategist pollster lobbyist veteran survivor mother
    father son daughter wife husband brother sister friend neighbor neighbour colleague teammate congressman
    congresswoman businessman businesswoman grandmother grandfather widow widower uncle aunt juror plaintiff
    defendant suspect patient passenger voter protester spectator pastor vicar chaplain headteacher principal
    referee umpire midwife volunteer presenter broadcaster comedian musician composer designer architect
    photographer filmmaker producer athlete sprinter swimmer cyclist boxer golfer jockey trainer landlord
    tenant homeowner eyewitness bystander chairperson treasurer registrar coroner sheriff marshal clerk
    magistrate inspector superintendent constable sergeant mechanic cleaner worker employee staffer""".split()
)

_SYNONYM_GROUPS = (
    "coach manager boss",
    "minister secretary",
    "chief executive ceo boss chairman chairwoman chair",
    "president leader",
    "senator lawmaker legislator congressman congresswoman representative",
    "spokesperson spokesman spokeswoman",
    "striker forward player midfielder defender winger goalkeeper captain",
    "judge justice",
    "prosecutor attorney lawyer",
    "governor gov",
    "mayor",
)
#: "the coach" may refer back to "manager Ruben Amorim"
_ROLE_SYNONYMS: dict[str, frozenset[str]] = {}
for _group in _SYNONYM_GROUPS:
    for _word in _group.split():
        _ROLE_SYNONYMS[_word] = _ROLE_SYNONYMS.get(_word, frozenset()) | frozenset(_group.split())

#: words that make a capitalised run an organisation or place, not a person
ORG_WORDS = frozenset(
    """States Kingdom Union Republic Nations Association Associations Council Committee Ministry Department
    Bank Fund Group Party Court Courts House Office Agency Commission Organization Organisation Corporation
    Corp Corp. Inc Inc. Ltd Ltd. Company Co Co. University College School Institute Center Centre Times News
    Journal Herald Tribune Telegraph Guardian Street Square Avenue Road Airport City County River Sea Ocean
    Island Islands Mountains Summit Games Cup League Club FC Police Army Force Forces Navy Guard Service
    Services Authority Board Federation Reserve Exchange Market Markets Motors Airlines Airways Foundation
    Trust Society Network Hospital Church Parliament Congress Senate Assembly Government Administration
    Emirates Arabia Africa America Americas Europe Asia Prize Award Awards Festival Act Bill Law Treaty
    Agreement Deal Plan Policy Program Programme Project Initiative Strategy War Olympics Open Championship
    Championships Series Tour Cathedral Museum Gallery Theatre Theater Stadium Arena Palace Tower Station
    Valley Gulf Strait Peninsula Province State Region District Territory Coast Desert Basin Channel Canal
    Highway Railway Energy Oil Petroleum Electric Steel Foods Pharmaceuticals Holdings Partners Capital
    Securities Investments Technologies Technology Systems Solutions Labs Media Studios Records Entertainment
    Sports Broadcasting Radio Television TV Daily Weekly Monthly Magazine Review Gazette Chronicle Observer
    Index Dow Nasdaq Stock Stocks Fed Treasury Pentagon Kremlin Vatican Embassy Consulate Coalition Alliance
    Front Movement Caucus Secretariat Bureau Directorate Command Unit Brigade Division Regiment Battalion
    Corps Fleet Guards Mission Mosque Temple Synagogue Mainichi Kyodo Reuters Bloomberg Associated AFP AP BBC
    CNN NHK Yonhap Xinhua Daily8 Nikkei Asahi Yomiuri G7 G20 AI Mobil Walmart Nike Google Apple Amazon
    Contest Competition Tournament Conference Convention Expo Fair Show Marathon Grand Prix Jubilee Carnival
    Ceremony Gala Concert Final Finals Semi-Final Semi-Finals
    Microsoft Tesla Samsung Toyota Honda Nissan Sony Boeing Airbus Apparel Footwear""".split()
)

#: role nouns that, capitalised at the start of a run, are a title and not a first name
_FAMILY = frozenset("mother father son daughter wife husband brother sister friend uncle aunt widow widower".split())
_CAPITALISED_ROLES = ROLE_NOUNS - _FAMILY - {"general", "head", "forward", "chief", "deputy", "king", "queen"}

#: multi-word places whose words are also surnames
PLACES = frozenset(
    place.strip()
    for place in """Wall Street|White House|Capitol Hill|Middle East|New York|Los Angeles|San Francisco|Hong Kong|Sri Lanka
    |New Zealand|South Korea|North Korea|South Africa|West Bank|East Asia|Southeast Asia|Latin America
    |North America|South America|Silicon Valley|Downing Street|Las Vegas|New Orleans|New Jersey|New Delhi
    |Mexico City|Buenos Aires|Rio de Janeiro|Sao Paulo|Tel Aviv|Abu Dhabi|Kuala Lumpur|St. Louis|Gaza Strip
    |Red Sea|Black Sea|South China Sea|Persian Gulf|North Carolina|South Carolina|North Dakota|South Dakota
    |West Virginia|Rhode Island|New Hampshire|New Mexico""".split("|")
)

_COUNTRY_DATA = """\
Afghanistan|Afghan
Albania|Albanian
Algeria|Algerian
Angola|Angolan
Argentina|Argentine|Argentinian
Armenia|Armenian
Australia|Australian|Canberra
Austria|Austrian|Vienna
Azerbaijan|Azerbaijani
Bahrain|Bahraini
Bangladesh|Bangladeshi|Dhaka
Belarus|Belarusian|Minsk
Belgium|Belgian
Bolivia|Bolivian
Bosnia|Bosnian
Brazil|Brazilian|Brasilia
Bulgaria|Bulgarian
Cambodia|Cambodian|Phnom Penh
Cameroon|Cameroonian
Canada|Canadian|Ottawa
Chile|Chilean|Santiago
China|Chinese|Beijing
Colombia|Colombian|Bogota
Congo|Congolese
Costa Rica|Costa Rican
Croatia|Croatian
Cuba|Cuban|Havana
Cyprus|Cypriot
Czech Republic|Czech|Czechia|Prague
Denmark|Danish|Copenhagen
Ecuador|Ecuadorian
Egypt|Egyptian|Cairo
Estonia|Estonian
Ethiopia|Ethiopian|Addis Ababa
European Union|EU|E.U.|Brussels
Finland|Finnish|Helsinki
France|French|Paris|Elysee
Georgia|Georgian|Tbilisi
Germany|German|Berlin
Ghana|Ghanaian
Greece|Greek|Athens
Guatemala|Guatemalan
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian|Budapest
Iceland|Icelandic
India|Indian|New Delhi
Indonesia|Indonesian|Jakarta
Iran|Iranian|Tehran
Iraq|Iraqi|Baghdad
Ireland|Irish|Dublin
Israel|Israeli|Jerusalem
Italy|Italian|Rome
Ivory Coast|Ivorian
Jamaica|Jamaican
Japan|Japanese|Tokyo
Jordan|Jordanian|Amman
Kazakhstan|Kazakh
Kenya|Kenyan|Nairobi
Kosovo|Kosovar
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz
Laos|Lao|Laotian
Latvia|Latvian
Lebanon|Lebanese|Beirut
Libya|Libyan|Tripoli
Lithuania|Lithuanian
Luxembourg|Luxembourgish
Malaysia|Malaysian|Kuala Lumpur
Mali|Malian
Malta|Maltese
Mexico|Mexican|Mexico City
Moldova|Moldovan
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan|Rabat
Mozambique|Mozambican
Myanmar|Burmese|Burma
Nepal|Nepali|Nepalese|Kathmandu
Netherlands|Dutch|The Hague|Amsterdam
New Zealand|New Zealander|Wellington
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian|Abuja
North Korea|North Korean|Pyongyang
North Macedonia|Macedonian
Norway|Norwegian|Oslo
Oman|Omani
Pakistan|Pakistani|Islamabad
Palestine|Palestinian|Palestinian Authority
Panama|Panamanian
Paraguay|Paraguayan
Peru|Peruvian|Lima
Philippines|Philippine|Filipino|Manila
Poland|Polish|Warsaw
Portugal|Portuguese|Lisbon
Qatar|Qatari|Doha
Romania|Romanian|Bucharest
Russia|Russian|Moscow|Kremlin
Rwanda|Rwandan
Saudi Arabia|Saudi|Riyadh
Senegal|Senegalese
Serbia|Serbian|Belgrade
Singapore|Singaporean
Slovakia|Slovak
Slovenia|Slovenian
Somalia|Somali
South Africa|South African|Pretoria
South Korea|South Korean|Korea|Korean|Seoul
South Sudan|South Sudanese
Spain|Spanish|Madrid
Sri Lanka|Sri Lankan
Sudan|Sudanese|Khartoum
Sweden|Swedish|Stockholm
Switzerland|Swiss|Bern
Syria|Syrian|Damascus
Taiwan|Taiwanese|Taipei
Tajikistan|Tajik
Tanzania|Tanzanian
Thailand|Thai|Bangkok
Tunisia|Tunisian
Turkey|Turkish|Turkiye|Türkiye|Ankara
Turkmenistan|Turkmen
Uganda|Ugandan
Ukraine|Ukrainian|Kyiv|Kiev
United Arab Emirates|Emirati|UAE|Abu Dhabi
United Kingdom|British|Britain|Great Britain|UK|U.K.|London|Downing Street
United Nations|UN|U.N.
United States|American|U.S.|US|USA|U.S.A.|America|Washington|White House
Uruguay|Uruguayan
Uzbekistan|Uzbek
Venezuela|Venezuelan|Caracas
Vietnam|Vietnamese|Viet Nam|Hanoi
Yemen|Yemeni
Zambia|Zambian
Zimbabwe|Zimbabwean
"""


def _country_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for line in _COUNTRY_DATA.splitlines():
        name, *others = line.split("|")
        for alias in (name, *others):
            aliases[alias] = name
    return aliases


#: alias, demonym or capital as printed -> country (or union) name
COUNTRIES: dict[str, str] = _country_aliases()
#: "Italian", "Japanese": as a noun ("the Italian said") they name a person, not a country
DEMONYMS = frozenset(
    line.split("|")[1]
    for line in _COUNTRY_DATA.splitlines()
    if "|" in line and not line.split("|")[1].isupper() and "." not in line.split("|")[1]
)

#: honorifics, titles and role nouns that say a person is a man ("m") or a woman ("f");
#: "chairman" and "actor" are left out, as outlets use them for women too
_GENDER_WORDS_TEXT = """\
m|mr mr. sir lord king prince duke baron count earl sheikh emir sultan ayatollah pope patriarch father
m|spokesman congressman councilman assemblyman alderman businessman sportsman policeman fireman husband son
m|brother grandfather uncle nephew boyfriend widower man boy gentleman
f|mrs mrs. ms ms. miss dame lady queen princess duchess baroness countess madam madame sister spokeswoman
f|congresswoman councilwoman assemblywoman chairwoman businesswoman sportswoman policewoman actress mother
f|wife daughter grandmother aunt niece girlfriend widow woman girl heiress
"""
#: common given names that are not also common for the other sex (a small list, not a census)
_GIVEN_NAMES_TEXT = """\
m|Aaron Abdul Adam Ahmed Alan Albert Alexander Alexei Alistair Andrei Andrew Angus Anthony Antonio Arnold
m|Arthur Arvind Barack Ben Benjamin Bernard Bill Billy Bob Bobby Boris Brandon Brian Bruce Bryan Callum Carl
m|Carlos Charles Christopher Clive Colin Conor Craig Cyril Daniel Darren David Declan Dennis Derek Diego Dmitry
m|Donald Douglas Duncan Dylan Edward Elijah Elon Emmanuel Eric Ethan Eugene Fernando Francis Francisco Frank
m|Fraser Fred Friedrich Fumio Gareth Gary Gavin Geoffrey George Gerald Giorgio Giovanni Giuseppe Gordon Graham
m|Gregory Hans Harold Harry Harvey Hassan Henry Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Ivan Jack
m|Jacob Jacques Jake Jason Javier Jeffrey Jeff Jeremy Jerome Jerry Jim Joe Joel Johann John Jonathan Jorge Jose
m|José Joseph Joshua Juan Jürgen Justin Keir Keith Kenneth Kevin Khalid Klaus Kwame Kyle Larry Lawrence Leo Leonard
m|Liam Louis Luca Luis Luke Marco Mark Martin Matteo Matthew Michael Miguel Mikhail Mike Mohamed Mohammad
m|Mohammed Muhammad Mustafa Narendra Nathan Neil Nicholas Nick Nigel Noah Olaf Oliver Omar Oscar Owen Pablo
m|Patrick Paul Pedro Peter Philip Pierre Rahul Rajesh Ralph Randy Raymond Rhys Richard Rishi Robert Roger Ronald
m|Rory Roy Rupert Russell Ryan Samuel Sanjay Scott Sean Sebastian Sergei Sergey Shigeru Shinzo Simon Stephen
m|Steve Steven Stuart Taro Thomas Timothy Tom Tony Victor Vincent Vladimir Volodymyr Walter Wayne William
m|Wolfgang Xavier Yuri Yusuf Zachary Abdullah Ahmad Alberto Alejandro Alessandro Anders Andreas Andrés Antoine
m|Bernd Bruno Carlo Christian Christoph Claude Cristiano Dariusz Dieter Emeka Enrique Enzo Erik Fabio Federico
m|Felipe Filippo Florian Francesco Franz Gerhard Giorgos Goran Gustavo Hamid Hakan Heinrich Helmut Hernan Ismail
m|Jakob Janusz Jens Joachim Jonas Karl Kemal Kofi Lars Lorenzo Lucas Ludwig Lukas Magnus Mahmoud Manfred Marcel
m|Marcelo Marcus Mario Mateo Matthias Mauricio Maximilian Mehmet Mikel Milan Nasser Nikolai Nikolas Olusegun
m|Pavel Pietro Rafael Ramon Ricardo Roberto Rodrigo Ruben Rudolf Salman Santiago Sergio Stefan Sven Tariq Thierry
m|Tobias Umar Vasily Viktor Vittorio Waleed Yasser Yves Zoltan Rick Ricky Josh Mitch Chuck Ted Rand Tim Thom Ron
m|Rob Greg Matt Dan Don Jon Ken Kirk Brett Chad Glenn Kurt Lance Mitt Newt Rudy Hakeem Kamal Nadhim
f|Maggie Kyrsten Nikki Betsy Becky Kristen Kirsten Tammy Patty Marsha Shelley Cindy Mazie Jeanne Joni Susie
f|Gretchen Stacey Stacy Tracey Ilhan Rashida Ayanna Alexandria
f|Abigail Alice Alison Amanda Amber Amelia Amina Amy Ana Anastasia Angela Angelina Anita Ann Anna Anne
f|Annalena Annette Barbara Beatrice Beth Betty Beverly Brenda Bridget Brigitte Camilla Carmen Carol Caroline
f|Catherine Cathy Charlotte Cheryl Chloe Christina Christine Claire Clare Claudia Colette Cynthia Daisy Danielle
f|Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Eilidh Elaine Eleanor Elena Elizabeth Ella Ellen
f|Emily Emma Eva Eve Fatima Fiona Frances Francesca Freya Gemma Gillian Giorgia Giulia Gloria Grace Hannah
f|Harriet Hayley Heather Helen Helena Hillary Holly Imogen Indira Ingrid Irina Isabel Isabella Isabelle Jacinda
f|Jacqueline Jane Janet Janice Jennifer Jenny Jessica Jill Joan Joanna Joanne Josephine Joyce Judith Judy Julia
f|Julie Kamala Karen Kate Katherine Kathleen Kathryn Kathy Katie Kayla Keiko Kemi Kimberly Kirsty Kristi Laura
f|Lauren Layla Leila Letitia Linda Lisa Liz Lora Lori Louise Lucia Lucy Lydia Margaret Maria Marie Marilyn
f|Marta Martha Mary Maryam Megan Melanie Melissa Mia Michelle Miranda Molly Monica Monique Nadia Nancy Naomi
f|Natalia Natalie Natasha Ngozi Nicole Niamh Nina Nirmala Olga Olivia Pamela Patricia Paula Pauline Penny
f|Priti Priya Rachel Rebecca Rita Rosa Rose Rosemary Ruth Sally Samantha Sandra Sanae Sara Sarah Sharon Sheila
f|Sherri Shirley Siobhan Sofia Sonia Sophia Sophie Stephanie Susan Suzanne Svetlana Sylvia Tanya Tatiana Teresa
f|Theresa Tina Tulsi Ursula Valerie Vanessa Victoria Virginia Wendy Yulia Yuriko Yvette Yvonne Zoe
f|Adriana Agnieszka Aisha Alessandra Alexandra Anja Annika Antonia Beatriz Birgit Brigitta Carla Cristina Dagmar
f|Elisa Elisabeth Emilia Fernanda Gabriela Giovanna Greta Hanna Heidi Ines Isabela Ivana Jana Karin Katarzyna
f|Kerstin Larissa Leonor Liesbeth Lucía Luisa Magdalena Malgorzata Mariana Marina Marisa Martina Mette Monika
f|Nadine Paola Petra Raquel Renata Sabine Silke Simona Sigrid Sonja Stefanie Svetla Ulrike Valentina Vera
f|Veronika Yolanda Zainab
"""


def _gender_table(data: str, fold: bool) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in data.splitlines():
        gender, _, words = line.partition("|")
        for word in words.split():
            table[word.lower() if fold else word] = gender
    return table


#: honorific, title or role word (lower case) -> "m" or "f"
GENDER_WORDS: dict[str, str] = _gender_table(_GENDER_WORDS_TEXT, fold=True)
#: given name -> "m" or "f"
GIVEN_NAMES: dict[str, str] = _gender_table(_GIVEN_NAMES_TEXT, fold=False)
"""Given names of one sex in English-language news; names both sexes bear (Ali, Terry, Dale,
Marion, Evelyn, Alex, Sam ...) are left out, so a pronoun decides."""


def gender_of_words(words: str) -> str | None:
    """ "m" or "f" when the words hold an honorific or role of one sex only ("Mrs", "spokeswoman")."""
    found = {GENDER_WORDS[w] for w in words.lower().split() if w in GENDER_WORDS}
    return found.pop() if len(found) == 1 else None


def country_of(words: str) -> str | None:
    """The first country a phrase names or qualifies ("U.S. Treasury Secretary" -> "United States")."""
    tokens = [t.removesuffix("'s").removesuffix("’s") for t in words.split()]
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            if i + n <= len(tokens):
                found = COUNTRIES.get(" ".join(tokens[i : i + n]))
                if found:
                    return found
    return None


def country_name(phrase: str) -> str | None:
    """The country when `phrase` is just a country, demonym or capital, else None."""
    phrase = phrase.strip()
    if phrase.lower().startswith("the "):
        phrase = phrase[4:]
    return COUNTRIES.get(phrase)


class Mention(NamedTuple):
    """A capitalised name run in the article, split into its title and name parts."""

    start: int
    end: int
    name: str
    title: str
    role: str
    country: str | None
    titled: bool
    gender: str | None = None


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """(title tokens, name tokens): the name is what follows the last title word.

    Country words before a title belong to it ("U.S. President"); without a title word
    the whole run is the name ("American Apparel", "Michael Jordan").
    """
    last = -1
    for i, token in enumerate(tokens):
        if token in TITLE_WORDS or token.rstrip(".") in TITLE_WORDS:
            last = i
    before = tokens[last - 1] if last > 0 else ""
    if (
        last == len(tokens) - 1
        and last > 0
        and before not in TITLE_WORDS
        and not before.isupper()  # "ISRO Chairman" is a title
        and before not in COUNTRIES
        and before not in ORG_WORDS
    ):
        last = max((i for i in range(last) if tokens[i] in TITLE_WORDS), default=-1)  # "Stephen King"
    if last == -1 and len(tokens) > 2 and tokens[0].lower() in _CAPITALISED_ROLES:
        last = 0  # a role that starts the sentence: "Lawyer Bobbi Sternheim said"
    return tokens[: last + 1], tokens[last + 1 :]


def _strip_common(tokens: list[str]) -> list[str]:
    """Drop sentence-initial words ("But Ishiba") and a trailing day ("in Tokyo Monday")."""
    while tokens and (tokens[0] in COMMON or tokens[0].rstrip(".") in COMMON):
        tokens = tokens[1:]
    while tokens and (tokens[-1] in _DAYS or tokens[-1] in _POSTNOMINALS):
        tokens = tokens[:-1]
    return tokens


#: letters after a name that are no part of it: "Gavan Duffy QC", "Jane Smith MP"
_POSTNOMINALS = frozenset("QC KC SC MP MEP MSP MS AM TD OBE MBE CBE KBE DBE PhD".split())
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Tonight".split())


_HONORIFIC_PAIR = re.compile(r"^(?:(?:Tan|Puan|Toh)\s+Sri|Datuk\s+Seri|Dato['’]?\s+Seri|Datin\s+Paduka)\s+")
"""Two-word Malaysian honorifics: "Tan Sri Syed Hamid Albar" (Tan and Sri alone are a surname and a country)."""


@lru_cache(maxsize=1 << 16)
def name_parts(run: str) -> tuple[str, str]:
    """(title, name) of a capitalised run: "U.S. Treasury Secretary Scott Bessent" -> ("U.S. Treasury Secretary", "Scott Bessent")."""
    honorific = _HONORIFIC_PAIR.match(run)
    if honorific:
        title, name = name_parts(run[honorific.end() :])
        return (honorific.group().strip() + " " + title).strip(), name
    tokens = _strip_common(run.split())
    title, name = split_title(tokens)
    while len(name) > 2 and name[0] in COUNTRIES and name[0] not in GIVEN_NAMES and not title:
        title, name = [*title, name[0]], name[1:]  # "(Commissioner of) India V.S. Sampath": the country is the title's
    while name and name[0] in ("of", "de", "da", "van", "von", "al", "el", "la", "le"):
        name = name[1:]
    return " ".join(title), " ".join(name)


_CREDIT_BEFORE = re.compile(
    r"\b(?:Picture|Pictures|Photo|Photos|Photograph|Image|Images|Credit|Pic|Video)s?\s*(?::|by|courtesy\s+of)\s*$",
    re.IGNORECASE,
)
_ACRONYM_AFTER = re.compile(r"\s*\((?-i:[A-Z][A-Z&]{1,6})\)")
"""A name followed by its acronym, "Barisan Nasional (BN)", is an organisation: people have none."""
_BODY_CONTINUES = re.compile(
    r"\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Commission|Council|Committee|Authority|Board|Department|Ministry"
    r"|Agency|Office|Institute|Society|Association|Union|Federation|Trust|Service|Services|Company|Group|Corporation)\b"
)
"""A run that is only the start of a body's name: "Independent Electoral (and Boundaries Commission)"."""
_IRISH_PREFIX = re.compile(r"^(?:O['’]|D['’])")


def _one_edit_apart(a: str, b: str) -> bool:
    """True when one letter inserted, dropped or changed turns `a` into `b`."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


_PLACE_HEADS = frozenset(
    "Station Airport River Street Road Avenue Bank Hospital School College University Park Hall Bridge Lake Island "
    "Centre Center Stadium Square Court Church Cathedral Bay Beach Valley Mountain Hill County City Town".split()
)
"""Last words that make "Victoria Station" or "Grace Church" a place, though the first is a given name."""
_SURNAME_ORG_WORDS = frozenset("Deal Banks Post Mills".split())
"""Org words that are also surnames after a given name: "Danielle Deal"."""


@lru_cache(maxsize=1 << 16)
def is_org_or_place(name: str) -> bool:
    tokens = name.split()
    if len(tokens) == 2 and tokens[0] in GIVEN_NAMES and tokens[1][:1].isupper():
        if tokens[1] in _SURNAME_ORG_WORDS:
            return False  # "Danielle Deal": a person, though "Deal" is an org word
        if tokens[1] not in ORG_WORDS and tokens[1] not in _PLACE_HEADS:
            tokens = tokens[1:]  # "Bill Kramer": "Bill" is a given name here, not "the Bill"
    return (
        name in COUNTRIES
        or any(" ".join(tokens[i : i + n]) in PLACES for n in (2, 3) for i in range(len(tokens) - n + 1))
        or any(t in ORG_WORDS or t.rstrip(".") in ORG_WORDS for t in tokens)
    )


def role_before(text: str, start: int) -> tuple[str, str | None] | None:
    """A lowercase role right before a name, and the country owning it.

    "Japan's chief tariff negotiator Ryosei Akazawa" -> ("chief tariff negotiator", "Japan"),
    "Chinese foreign ministry spokesperson Mao Ning" -> ("foreign ministry spokesperson", "China");
    "Her neighbour, Tom O'Brien" -> ("neighbour", None). None when no role noun precedes.
    """
    words = text[max(0, start - 80) : start].split()
    if not words:
        return None
    last = words[-1].removesuffix(",")
    if not last.islower() or last not in ROLE_NOUNS:
        return None
    role = [last]
    i = len(words) - 2
    while i >= 0 and len(role) < 4 and words[i].islower() and words[i] not in _ROLE_STOP and words[i][-1] not in ",.;:":
        role.insert(0, words[i])
        i -= 1
    country = None
    if i >= 0 and words[i].endswith(("'s", "’s")):
        owner = words[i][:-2]
        country = COUNTRIES.get(owner) or (COUNTRIES.get(words[i - 1] + " " + owner) if i > 0 else None)
    elif i >= 0 and words[i] in COUNTRIES:
        country = COUNTRIES[words[i]]  # "Chinese foreign ministry spokesperson Mao Ning"
    return " ".join(role), country


def _unnamed_role(text: str, end: int, country: str) -> tuple[str, str, int] | None:
    """(country, role, reach) when "<Country>'s <role>" names no one, as in "Vietnam's trade
    minister has met ...": the next untitled full name within about two sentences ("Nguyen
    Hong Dien called on ...") is taken to hold that role."""
    words = text[end + 2 : end + 60].split()[:4]
    for i, word in enumerate(words[:3]):
        if not word.islower():
            return None
        if word.rstrip(",") in ROLE_NOUNS:
            following = words[i + 1] if i + 1 < len(words) else ""
            return None if following[:1].isupper() else (country, " ".join(words[: i + 1]).rstrip(","), end + 400)
    return None


#: words of a role that must also be in the title it refers back to: "prime" in "the prime minister",
#: not "embattled" or "former"
_TITLE_QUALIFIERS = (
    frozenset(w.lower().rstrip(".") for w in TITLE_WORDS) | ROLE_NOUNS
) - frozenset("former acting interim ex senior".split())
#: words that make a title a lesser one: "the prime minister" is not the deputy prime minister
_ROLE_JUNIOR = frozenset("deputy vice assistant junior shadow under associate".split())
_GENDER_APPOSITIVE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an|the|his|her|their|[A-Z][\w.]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?("
    + "|".join(sorted((w for w in GENDER_WORDS if w.isalpha()), key=len, reverse=True))
    + r")\b(?!['’-])",
    re.IGNORECASE,
)
_ROLE_STOP = frozenset("the a an its his her their our and or of said says told to by with for from at in on".split())


class NameIndex:
    """The name mentions of one article, in text order, with full-name and role lookups."""

    def __init__(self, mentions: list[Mention], people: set[str], speakers: frozenset[str] = frozenset()) -> None:
        self.mentions = mentions
        self._full_names: dict[str, str] = {}
        self.speakers = speakers
        """Names followed by "said": people, whatever else is known of them."""
        self._starts = [m.start for m in mentions]
        self.people = people
        self._full: dict[str, list[str]] = {}
        for person in people:
            for token in person.split():
                self._full.setdefault(token, []).append(person)
        self._first: dict[str, int] = {}
        for mention in mentions:
            self._first.setdefault(mention.name, mention.start)
        self.countries: dict[str, str] = {}
        for mention in mentions:
            full = self.full_name(mention.name)
            if full in people and mention.country and full not in self.countries:
                self.countries[full] = mention.country
        self._genders: dict[str, str | None] | None = None

    @classmethod
    def build(cls, text: str) -> NameIndex:
        """Index every capitalised run of `text` (quote interiors should be masked out first)."""
        mentions: list[Mention] = []
        said_by: set[str] = set()
        unnamed: tuple[str, str, int] | None = None  # "Vietnam's trade minister has met ...": country, role, reach
        title_end = -1  # end of the last run that was (part of) a title
        for match in RUN.finditer(text):
            run = match.group()
            if run in COMMON or _CREDIT_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                continue  # "Picture: Andrew Milligan/PA Wire": a photographer's credit, no one in the story
            title, name = name_parts(run)
            start, end = match.span()
            tokens = name.split()
            if tokens and title_end >= 0 and text[title_end:start] in _TITLE_JOINS:
                # "Minister for Women and Equalities Kemi Badenoch", "Chancellor of the Exchequer Rachel
                # Reeves": a lone word continues the title, a longer run ends with a two-word name
                if len(tokens) == 1:
                    title, name = (title + " " + name).strip(), ""
                elif len(tokens) > 2:
                    title, name = " ".join([title, *tokens[:-2]]).strip(), " ".join(tokens[-2:])
            title_end = -1 if name else end
            if not name:
                if title:
                    mentions.append(Mention(start, end, "", title, title, country_of(title), False))
                continue
            country = country_of(title) if title else None
            role = title
            hinted = False
            if start > 1 and (text[start - 2].islower() or text[start - 2] == ","):
                found_role = role_before(text, start)
                if found_role:
                    role = (title + " " + found_role[0]).strip()
                    country = country or found_role[1]
                    hinted = True
            after = text[end : end + 1]
            if after == ",":
                hinted = hinted or bool(_PERSON_AFTER.match(text, end))
            titled = (bool(title) or hinted) and not is_org_or_place(name)
            if name in COUNTRIES and after in ("'", "’"):
                unnamed = _unnamed_role(text, end, COUNTRIES[name]) or unnamed
            elif unnamed and not title and not country and " " in name and not is_org_or_place(name):
                if start < unnamed[2]:
                    country, role = unnamed[0], unnamed[1]  # the role named just before, without a name
                unnamed = None
            gender = gender_of_words(role)
            if gender is None and after == ",":
                described = _GENDER_APPOSITIVE.match(text, end)  # "Jane Doe, a spokeswoman for ..."
                gender = GENDER_WORDS[described.group(1).lower()] if described else None
            said = _SAID_AFTER.match(text, end) if after in (" ", ",") else None
            if said:
                said_by.add(name)
                pronoun = None if gender else _SAID_PRONOUN.match(text, said.end())
                gender = PRONOUN_GENDER[pronoun.group(1)] if pronoun else gender  # "Rotunno said she would"
            mentions.append(Mention(start, end, name, title, role, country, titled, gender))
        people = _people(mentions, said_by) - {
            m.name for m in mentions if _ACRONYM_AFTER.match(text, m.end) or _BODY_CONTINUES.match(text, m.end)
        }
        return cls(mentions, people, frozenset(said_by))

    def full_name(self, name: str) -> str:
        """The fullest form of `name` the article gives: "Akazawa" -> "Ryosei Akazawa".

        A surname matches a full name ending with it first (Western order), else one that
        contains it ("Akazawa Ryosei"); with several, the one introduced first. Memoised: every
        mention of a name asks again, and the answer only depends on the article.
        """
        found = self._full_names.get(name)
        if found is None:
            found = self._full_names[name] = self._find_full_name(name)
        return found

    def _find_full_name(self, name: str) -> str:
        glued = _GLUED_HONORIFIC.fullmatch(name)
        if glued and glued[1] in self._full:  # "MrBauer": a desk dropped the space
            return self.full_name(glued[1])
        known = name in self.people or (name.split() or [""])[-1] in self._full
        if not known and ("\u2019" in name or "'" in name):  # "O’Neill" and "O'Neill" are one name
            for variant in (name.replace("\u2019", "'"), name.replace("'", "\u2019")):
                if variant != name and (variant in self.people or variant.split()[-1] in self._full):
                    return self.full_name(variant)
        tokens = name.split()
        if len(tokens) > 1 and name in self.people:
            longer = [p for p in self.people if f" {p} ".find(f" {name} ") >= 0 and p != name]  # "Lo Russo", "Syed Hamid"
            return min(longer, key=self._first_seen) if longer else name
        if not tokens:
            return name
        candidates = [p for p in self._full.get(tokens[-1], ()) if len(p.split()) > len(tokens) and _contains(p, tokens)]
        if not candidates and len(tokens) == 1:
            return self._misspelt_surname(name)
        if not candidates:
            return name
        pool = [p for p in candidates if p.split()[-1] == tokens[-1]] or candidates
        return min(pool, key=self._first_seen)

    def _misspelt_surname(self, name: str) -> str:
        """The full name whose surname `name` misspells by a letter ("said Neelman" after
        "David Neeleman") or without its O' ("Ms Reilly" after "Louise O'Reilly"), else `name`.
        Only for surnames of five letters or more, a letter off only with the same initial,
        and only when exactly one person of the article is that close."""
        if len(name) < 5:
            return name
        close = {
            person
            for person in self.people
            if len(person.split()) > 1
            and person.split()[-1] != name
            and (
                person.split()[-1][:1] == name[:1] and _one_edit_apart(person.split()[-1], name)
                or _IRISH_PREFIX.sub("", person.split()[-1]) == name  # "Ms Reilly" for Louise O'Reilly
            )
        }
        return close.pop() if len(close) == 1 else name

    def _first_seen(self, name: str) -> int:
        return self._first.get(name, 1 << 60)

    def person_mentions(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, full name) of each mention of a person that starts in [lo, hi), in text order."""
        out = []
        for i in range(bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)):
            mention = self.mentions[i]
            full = self.full_name(mention.name) if mention.name else ""
            if full in self.people:
                out.append((mention.start, mention.end, full))
        return out

    def person_like(self, person: str) -> bool:
        """Whether anything beyond capital letters says `person` is a person: a title or role, a
        sex, a given name of one sex, a "said" after the name. "Eurovision Song Contest" or "Green
        Cargo" has none, so it should not stand in the way of a pronoun."""
        if self.gender(person) is not None:
            return True
        return any(
            m.titled or m.role or m.name in self.speakers
            for m in self.mentions
            if m.name and self.full_name(m.name) == person
        )

    def gender(self, person: str) -> str | None:
        """ "m", "f" or None (unknown) for a person of the article.

        An honorific, title or role word of one sex in any mention ("Mr Albanese", "his wife
        Jane", "Jane Doe, a spokeswoman") decides; conflicting cues leave it unknown; without
        any, a common given name of one sex ("Donna Rotunno") does.
        """
        if self._genders is None:
            cues: dict[str, set[str]] = {}
            for mention in self.mentions:
                if mention.name and mention.gender:
                    cues.setdefault(self.full_name(mention.name), set()).add(mention.gender)
            self._genders = {name: next(iter(found)) if len(found) == 1 else None for name, found in cues.items()}
        if person in self._genders:
            return self._genders[person]
        tokens = person.split()
        return GIVEN_NAMES.get(tokens[0]) if len(tokens) > 1 else None

    def person_with_role(self, role_words: str, pos: int) -> str | None:
        """The last person before `pos` whose title has the same noun or a synonym ("the coach" -> a manager).

        The role's other words must be in the title too: "the prime minister" is not the
        "Indigenous Australians Minister" named last, and not a deputy unless it says so. With
        no one before `pos`, the one person the article names later with that title.
        """
        words = role_words.lower().replace(".", "").split()
        if words and words[-1] == "pm":
            words[-1:] = ["prime", "minister"]  # "the PM"
        head = words[-1]
        wanted = _ROLE_SYNONYMS.get(head, frozenset((head,)))
        qualifiers = {w for w in words[:-1] if w in _TITLE_QUALIFIERS}
        split = bisect.bisect_left(self._starts, pos)
        for roles in (frozenset((head,)), wanted):  # "the president": President Trump before "leader" Kim
            for index in range(split - 1, -1, -1):
                holder = self._holder(self.mentions[index], roles, qualifiers) or self._appositive_holder(
                    index, roles, qualifiers
                )
                if holder:
                    return holder
        # a caption or lead that uses the title before the article names its holder
        for roles in (frozenset((head,)), wanted):  # the title itself first: "minister", then a "secretary"
            later = {holder for m in self.mentions[split:] if (holder := self._holder(m, roles, qualifiers))}
            if later:
                return later.pop() if len(later) == 1 else None
        return None

    def _holder(self, mention: Mention, wanted: frozenset[str], qualifiers: set[str]) -> str | None:
        """The person a mention names, when its title has the wanted role and qualifiers."""
        title = set(mention.role.lower().replace(".", "").split()) if mention.name and mention.role else set()
        if wanted & title and qualifiers <= title and not (_ROLE_JUNIOR & title) - qualifiers:
            full = self.full_name(mention.name)
            return full if full in self.people else None
        return None

    def _appositive_holder(self, index: int, wanted: frozenset[str], qualifiers: set[str]) -> str | None:
        """The person a title stands next to, ", " between: "Ursula Owusu-Ekuful, Minister of
        Communications", "Jamaica Prime Minister, Andrew Holness"."""
        mention = self.mentions[index]
        if mention.name:
            return None
        title = set(mention.title.lower().replace(".", "").split())
        if not (wanted & title and qualifiers <= title):
            return None
        neighbours = []
        if index > 0 and mention.start - self.mentions[index - 1].end == 2:
            neighbours.append(self.mentions[index - 1])  # "Ursula Owusu-Ekuful, Minister of ..."
        if index + 1 < len(self.mentions) and self.mentions[index + 1].start - mention.end == 2:
            neighbours.append(self.mentions[index + 1])  # "Jamaica Prime Minister, Andrew Holness,"
        for other in neighbours:
            full = self.full_name(other.name) if other.name else ""
            if full in self.people:
                return full
        return None

    def surnames(self) -> set[str]:
        """Words the article uses alone for a person it also names in full ("Akazawa said")."""
        return {
            m.name
            for m in self.mentions
            if m.name and " " not in m.name and self.full_name(m.name) != m.name and self.full_name(m.name) in self.people
        }

    def country_of_person(self, person: str) -> str | None:
        return self.countries.get(person)


#: what joins the words of a long title: "Secretary of State for Health and Social Care"
_TITLE_JOINS = frozenset((" of ", " for ", " and ", " & ", " of the ", " for the ", " on "))
#: "Rotunno said she would appeal", "Smith told reporters he": the speaker's own pronoun
_SAID_PRONOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:that\s+)?(he|she)\b")
PRONOUN_GENDER = {"he": "m", "she": "f"}
#: what follows a person's name: an age or a relative clause ("Lina Haddad, 34," / "Tom Reyes, who")
_PERSON_AFTER = re.compile(r",\s+(?:\d{1,3},|who\b)")
_SAID_AFTER = re.compile(
    r"(?:,[^,.\"“”]{1,80})?,?\s+(?:[a-z]+ly\s+|also\s+|later\s+|then\s+)?(?:said|says|told|added|asked|wrote)\b"
)


_GLUED_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mx)\.?([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*)")


def _contains(full: str, tokens: list[str]) -> bool:
    full_tokens = full.split()
    return all(t in full_tokens for t in tokens)


def _people(mentions: Iterable[Mention], said_by: set[str]) -> set[str]:
    """Names that are people: titled, or a multi-word name later reused by surname or quoted."""
    mentions = list(mentions)
    single_uses = {m.name for m in mentions if m.name and " " not in m.name}
    people: set[str] = set()
    for mention in mentions:
        name = mention.name
        if not name or is_org_or_place(name):
            continue
        tokens = name.split()
        if mention.titled:
            people.add(name)
        elif 1 < len(tokens) <= 4 and (
            tokens[-1] in single_uses or tokens[0] in single_uses or name in said_by or _looks_personal(tokens)
        ):
            people.add(name)
    # a bare surname that says things, with no fuller form, is a person too ("Smith said")
    for name in said_by:
        if " " not in name and not is_org_or_place(name) and not any(name in p.split() for p in people):
            people.add(name)
    return people


_PERSONAL_TOKEN = re.compile(r"(?:[OD]['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'’][A-Za-zÀ-ÿ]+)*")  # "O'Neill", "D'Arcy"


def _looks_personal(tokens: list[str]) -> bool:
    """Two or three plain capitalised words that are no title, organisation or place: "Enzo Maresca"."""
    words = [t for t in tokens if not _MIDDLE_INITIAL.fullmatch(t)] if len(tokens) == 3 else tokens  # "Dimitri S. Kerkentzes"
    given_first = words[0] in GIVEN_NAMES if words else False  # "Christine King", "Stephen King": a surname
    return 2 <= len(words) <= 3 and all(
        _PERSONAL_TOKEN.fullmatch(t) and t not in COMMON and (t not in TITLE_WORDS or given_first and t == words[-1])
        and t not in COUNTRIES and t not in _NAMELESS for t in words
    )


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


#: capitalised words of events, days and bodies that are nobody's name: "International Women's Day"
_NAMELESS = frozenset(
    """International National Global World Royal Federal Central United Public Social Human Rights Women Men
    Children Youth Day Week Year Night Eve Anniversary Memorial Independence Christmas Easter New Annual Grand
    General Supreme High Higher Northern Southern Eastern Western North South East West Upper Lower Old""".split()
)


def canonical_people(names: Iterable[str], surnames: Iterable[str] = ()) -> dict[str, str]:
    """Map each name to one spelling per person across articles.

    "Akazawa Ryosei" (Japanese order, one outlet) and "Ryosei Akazawa" (another) are the
    same person; the form with the surname last (the token the articles use alone, e.g.
    "Akazawa said") wins, as English-language outlets write it. "Fani Willis" becomes
    "Fani T. Willis" when another article gives the middle initial. Other names map to
    themselves.
    """
    names = list(dict.fromkeys(names))
    short = set(surnames)
    by_tokens: dict[frozenset[str], list[str]] = {}
    for name in names:
        by_tokens.setdefault(frozenset(name.split()), []).append(name)
    out: dict[str, str] = {}
    for forms in by_tokens.values():
        preferred = [f for f in forms if f.split()[-1] in short] or forms
        for form in forms:
            out[form] = preferred[0]
    with_initial: dict[tuple[str, str], set[str]] = {}
    for spelled in set(out.values()):
        tokens = spelled.split()
        if len(tokens) == 3 and re.fullmatch(r"[A-Z]\.?", tokens[1]):
            with_initial.setdefault((tokens[0], tokens[2]), set()).add(spelled)
    for name, spelled in out.items():
        tokens = spelled.split()
        fuller = with_initial.get((tokens[0], tokens[-1]), set()) if len(tokens) == 2 else set()
        if len(fuller) == 1:
            out[name] = next(iter(fuller))
    return out
