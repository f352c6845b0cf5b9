"""Speech verbs and the attribution that follows a quote ("..., Smith said"), shared by quote
finding, speaker resolution and positions.
"""

from __future__ import annotations

import re

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
SAY = r"(?<![\w-])(?:" + _SAY_PHRASES + "|" + "|".join(sorted(_SAY_WORDS.split(), key=len, reverse=True)) + r")(?![\w-])"
SAY_VERB = re.compile(SAY)
ADV = (
    r"(?:also|later|then|separately|previously|again|once|further|finally|simply|still|recently|earlier|"
    r"repeatedly|reportedly|quickly|publicly|privately|angrily|calmly|firmly|flatly|quietly|openly|bluntly|"
    r"candidly|frankly|initially|originally|eventually|subsequently|immediately|briefly|jokingly|proudly|"
    r"confidently|emphatically|defiantly|cautiously|optimistically|clearly|directly|personally|meanwhile|"
    r"however|though|instead|too|has|had|have|would|will|was|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_QUOTE_PUNCT = ",;:!?\"“”«»()"
POST_SPEAKER_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<spk>[^\s{_QUOTE_PUNCT}][^{_QUOTE_PUNCT}]{{0,80}}?(?:(?:,[^{_QUOTE_PUNCT}]{{1,120}}){{1,2}},)?)"
    rf"\s+(?:{ADV}\s+)*(?P<verb>{SAY})(?P<tail>.*)$",
    re.DOTALL,
)
