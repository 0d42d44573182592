"""Triggers of ``frontline ingest``: the English and Arabic verbs and nouns of capturing, withdrawing,
attacking and holding (``_Trigger``, ``_find_triggers``), the Arabic subject checks of a trigger, clauses, and the
modality words (hedges, claims, irrealis) a trigger is read with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.names import is_arabic
from geo.ingest.text import _words_between
from geo.ingest.sides import _Actor


# =============================================================================== triggers
@dataclass
class _Trigger:
    start: int
    end: int
    action: str
    form: str  # verb | nominal | drive | fell_to | under | held_by | hold_mod | in_control | arabic
    text: str
    passive: bool = False
    window: int = 0  # max words after the trigger searched for targets (0: to the clause end)
    irrealis_ok: bool = False
    expel: bool = False  # Arabic "طردت … من": the place after "from" is taken
    controller: tuple[int, int] | None = None  # "forced the LNA to retreat": the span of the one made to act
    plural: bool = False  # "retreated from the towns", "pulled out of them": every place the other side took
    owned: bool = False  # (round 34) "the LNA's Jufra airbase": a possessed base, inside some other verb's object
    inner_agent: bool = False  # (round 35) "repelled an attempt by S to push into X": the side inside the trigger acts


_V = r"(?<![\w-])"
_CONTROL_TAIL = r"(?:\s+(?:full|complete|total|back|effective|firm))?(?:\s+(?:military\s+)?control)?(?:\s+(?:of|over))?"
# (round 55b) "Tarhuna, which Haftar's forces used as their supply hub", "which the militias use as their operations and
# supply centre", "… as their operations and logistics base": a hub or a supply centre a side uses, after "as"
_USE_AS_HUB = (r"(?:[\w-]+\s+and\s+)?(?:supply|logistics|logistical|operations|military|command|transit|staging)\s+"
               r"(?:hub|cent(?:re|er)|base)|hub")
_TRIGGER_SPECS: list[tuple[str, str, str, int]] = [
    # (regex, action, form, window)
    (r"(?:fell|fallen|falls|fall)\s+(?:in)?to\s+(?:the\s+hands\s+of\s+)?", "captured", "fell_to", 0),
    (r"(?:came|come|comes|coming|fell|fallen|returned|returns|return|returning|passed|reverted|brought)\s+(?:back\s+)?"
     r"(?:under|to|into)\s+(?:the\s+)?(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+of\s+",
     "captured", "fell_to", 0),
    # (round 18) "Tripoli International Airport is back under the Government of National Accord": returned to a side
    (r"(?<=\s)back\s+under\s+(?:the\s+)?(?=(?:government|gna|lna|haftar|libyan|eastern|army|forces|tripoli)\b)"
     r"(?!(?:[\w'-]+\s+){0,5}?(?:control|fire|attack|siege|pressure|threat)\b)", "captured", "fell_to", 0),
    (r"under\s+(?:the\s+)?(?:full\s+|total\s+|complete\s+|effective\s+)?control\s+of\s+|in\s+the\s+hands\s+of\s+",
     "holds", "under", 0),
    # (round 23) "the coastal city has been policed by forces loyal to the government": kept by a side
    (r"(?:held|controlled|occupied|run|operated|manned|guarded|garrisoned|policed|patrolled|defended)\s+by\s+",
     "holds", "held_by", 0),
    # "the town answers to the government in Tripoli", "Zawiya, which is loyal to the GNA": a place's allegiance
    (r"(?:answer(?:s|ed|ing)?|(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:still\s+)?(?:loyal|allied|aligned))"
     r"\s+(?:to|with)\s+(?:the\s+)?", "holds", "allegiance", 0),
    # "Misrata, the port city allied with the GNA": an appositive of allegiance is a hold, no more
    (r"(?<=,\s)(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|port|oasis|region|district|base|airport)\s+(?:still\s+)?"
     r"(?:loyal|allied|aligned)\s+(?:to|with)\s+(?:the\s+)?", "holds", "allegiance", 0),
    (r"(?:remain(?:s|ed)?\s+|(?:is|are|was|were)\s+)?in\s+(?:full\s+|total\s+|complete\s+|firm\s+)?control\s+of",
     "holds", "in_control", 8),
    (r"(?:ha[sd]|have|having|retain(?:s|ed)?|maintain(?:s|ed)?|keep(?:s)?|kept)\s+(?:full\s+|total\s+|complete\s+|firm\s+)?control\s+(?:of|over)",
     "holds", "in_control", 8),
    # (round 28) "the LNA still keeps key bases in A, B and C": bases kept in a place hold it
    (r"(?:keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|maintain(?:s|ed|ing)?)\s+(?:(?:its|their|his|key|main|major|military|"
     r"several|important|strategic|large|big|forward)\s+){0,2}(?:bases|garrisons|strongholds)\s+in", "holds", "in_control", 8),
    (r"(?:gain(?:ed|s|ing)?|regain(?:ed|s|ing)?|extend(?:ed|s|ing)?|re-?establish(?:ed|es|ing)?|establish(?:ed|es|ing)?|"
     r"re-?assert(?:ed|s|ing)?|assert(?:ed|s|ing)?|impos(?:ed|es|ing)|assum(?:ed|es|ing)|wr[eo]st(?:ed|s|ing)?|"
     r"tak(?:e|es|en|ing)|took|seiz(?:e|ed|es|ing)|won|win(?:s|ning)?|secur(?:e|ed|es|ing)|"
     # (round 25) "its army declared full control of Asbi'ah": a taking announced complete (a bare "declared control
     # of" may be a hold)
     r"(?:declar(?:ed|es|ing)|proclaim(?:ed|s|ing))(?=\s+(?:(?:its|their|his)\s+)?(?:full|complete|total)\b)|"
     # (round 40) "on Thursday the army announced control of Al-Asabaa, Mizdah and …": an announcement is news of a taking
     r"announc(?:ed|es|ing)(?=\s+(?:(?:its|their|his|full|complete|total)\s+)*control\s+(?:of|over)\b))"
     r"\s+(?:(?:its|their|his|full|complete|total|back|"
     r"effective|military|firm)\s+)*control"
     # (round 29) "secured control on Monday of Surman": a day between the noun and its object
     r"(?:\s+(?:(?:late|early)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
     r"(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:of|over)", "captured", "verb", 0),
    # (round 49) control imposed "on" a place, quoted or not: "imposed 'full control' on el-Sharara"
    (r"impos(?:ed|es|ing)\s+(?:(?:its|their|his)\s+)?[\"'“‘]?(?:(?:full|complete|total|effective|military|firm)\s+)*"
     r"control[\"'”’]?\s+(?:on|upon|over|of)", "captured", "verb", 0),
    # (round 35) "the LNA said it had taken over security at the X oilfield", "assumed security of X": control taken
    (r"(?:took|tak(?:e|es|en|ing)|assum(?:ed|es|e|ing))\s+(?:over\s+)?(?:the\s+)?security\s+(?:at|of|in|over)", "captured", "verb", 0),
    # (round 39) not "Haftar's militia has taken heavy losses … in the towns of A and B": losses, prisoners, part
    (r"(?:re-?)?(?:took|tak(?:e|es|en|ing))(?!\s+(?:[\w-]+\s+){0,2}?(?:losses|casualties|toll|beating|blows?|hits|"
     r"prisoners|captives|hostages|part|refuge|shelter|cover)\b)(?:\s+(?:back|over))?" + _CONTROL_TAIL, "captured", "verb", 0),
    (r"(?:re-?)?captur(?:ed|es|e|ing)" + _CONTROL_TAIL, "captured", "verb", 0),
    (r"seiz(?:ed|es|e|ing)" + _CONTROL_TAIL, "captured", "verb", 0),
    (r"grabb(?:ed|ing)|grabs?(?=\s+(?:the|control)\b)", "captured", "verb", 0),
    # "GNA forces cleared Tarhuna, Gharyan and Mizda of Haftar's militias": the clearer took the places
    (r"clear(?:ed|s|ing)[\"”’']?(?=\s+[^.;:]{2,90}?\s+of\s+(?:the\s+)?(?:(?:last|remaining|all)\s+)?(?:haftar|lna|gna|"
     r"(?:[\w'’-]+\s+){0,3}?(?:forces|fighters|militias?|troops|mercenaries|remnants|units|gunmen)\b))",
     "captured", "verb", 0),
    # (round 56e) "army forces had 'purified' the areas of A, B and C from the control of the GNA militias": purifying
    # places of a side is clearing them (the purifier took them; the side after "from"/"of" withdrew, below)
    (r"purif(?:ied|ies|y|ying)[\"”’']?(?=\s+[^.;:]{2,90}?\s+(?:from|of)\s+(?:(?:the\s+)?control\s+of\s+)?(?:the\s+)?"
     r"(?:(?:last|remaining|all)\s+)?(?:haftar|lna|gna|(?:[\w'’-]+\s+){0,3}?(?:forces|fighters|militias?|troops|"
     r"mercenaries|remnants|units|gunmen)\b))", "captured", "verb", 0),
    # (round 28) "the army freed the town of X from Haftar's militias": the freer took the place
    (r"fre(?:ed|es|eing)(?=\s+[^.;:]{2,90}?\s+from\s+(?:the\s+)?(?:(?:last|remaining|all)\s+)?(?:haftar|lna|gna|"
     r"(?:[\w'’-]+\s+){0,3}?(?:forces|fighters|militias?|troops|mercenaries|remnants|units|gunmen)\b))",
     "captured", "verb", 0),
    (r"retook|retak(?:e|es|en|ing)|recaptur(?:ed|es|e|ing)|regain(?:ed|s|ing)?|reclaim(?:ed|s|ing)?(?!\s+(?:the\s+)?(?:title|"
     r"seat|throne|lead|crown|role|victory|responsibility|credit)\b)", "captured", "verb", 0),
    (r"(?:re-?)?enter(?:ed|s|ing)?(?!\s+(?:into|talks|negotiations|a\s|the\s+(?:talks|fray|war|conflict)))",
     "captured", "verb", 0),
    (r"(?:moved|move|moves|moving)\s+in(?![\w-])(?!\s+(?:on|to|towards?|the\s+direction)\b)|(?:won|win(?:s|ning)?)\s+back|(?:won|win(?:s|ning)?)(?=\s+it\s+back\b)|(?:drove|driv(?:e|es|ing)|roll(?:ed|s|ing)?|march(?:ed|es|ing)?|walk(?:ed|s|ing)?|mov(?:ed|es|e|ing))\s+into|"
     r"overr(?:an|un|unning|uns)|storm(?:ed|s|ing)|(?:push(?:ed|es)?|(?<!were\s)(?<!was\s)(?<!are\s)(?<!is\s)pushing|advanc(?:ed|es)|"
     r"(?<!were\s)(?<!was\s)(?<!are\s)(?<!is\s)advancing|broke|break(?:s|ing)?)\s+(?:(?:deep|deeper|further|on)\s+)?into|liberat(?:ed|es|e|ing)|recover(?:ed|s|ing)|wrest(?:ed|s|ing)?|"
     r"(?:swept|sweep(?:s|ing)?)\s+(?:into|through)|(?:swept|sweep(?:s|ing)?|roll(?:ed|s|ing)|march(?:ed|es|ing)|pour(?:ed|s|ing))\s+in(?![\w-])"
     r"(?!\s+(?:on|to|towards?|from|the\s+direction)\b)|"
     # "… left the airbase; S's forces drove in unopposed": an entry with no object (not "drove in a convoy")
     r"(?:drove|driv(?:es|ing))\s+in(?![\w-])(?!\s+(?:on|to|towards?|from|the|a|an|their|its|his|convoys?|cars?|"
     r"vehicles?|trucks?)\b)|"
     r"(?:advanc(?:ed|es|ing)|push(?:ed|es|ing)|pressed|reach(?:ed|es|ing)|got|penetrat(?:ed|es|ing)|mov(?:ed|es|ing)|"
     r"driv(?:en|ing)|drove|swept|r[ao]lled|march(?:ed|es|ing))\s+(?:\w+\s+)?as\s+far\s+as|secur(?:ed|es|ing)(?!\s+(?:the\s+)?(?:release|deal|support|agreement))",
     "captured", "verb", 0),
    # "the nearby town of al-Urban had fallen too": the place is the subject; the taker is the one the text reported
    (r"(?:fell|fallen)(?=\s+(?:too|as\s+well)\b)|(?<=also\s)(?:fell|fallen)(?=\s*(?:[,.;]|$|overnight|later|"
     r"shortly|after|without))", "captured", "verb", 0),
    (r"(?:re)?capture\s+of|seizure\s+of|takeover\s+of|take-over\s+of|liberation\s+of|conquest\s+of",
     "captured", "nominal", 0),
    # "the fall of Sirte to the LNA": the side after "to" took the place after "of"
    (r"fall\s+of", "captured", "fall_of", 0),
    # (round 54a) "suffered a new blow with the loss of X", "played down the loss of X": the loser left X (see _loser_of)
    # ("the loss of control of X" is another rule's)
    (r"loss\s+of(?!\s+(?:[\w-]+\s+)?control\b)", "withdrew", "loss_of", 0),
    # withdrawal
    (r"withdr(?:ew|awn|awing|aws|aw)|pull(?:ed|s|ing)?\s+(?:out|back)|retreat(?:ed|s|ing)?|fled|flee(?:s|ing)?|"
     r"scatter(?:ed|ing)(?=\s+(?:towards?|to|into|in\s+all|across|east|west|south|north)\b)|"
     r"evacuat(?:ed|es|e|ing)|abandon(?:ed|s|ing)?|(?:moved|move|moving|moves)\s+out|fell\s+back|fall(?:s|ing)?\s+back|"
     r"dr(?:ew|aw|awn|awing|aws)\s+back|(?:pull(?:ed|s|ing)?|mov(?:ed|e|es|ing)|dr(?:ew|aw|awing|aws)|took|tak(?:e|es|ing))"
     r"\s+(?:(?:its|their|his|all|the|some|most|of|remaining|last|heavy)\s+){0,3}(?:forces|troops|fighters|units|men|"
     r"mercenaries|militias|weapons|equipment|brigades|vehicles)\s+(?:(?:out|back)(?=\s+(?:of|from)\b)|away(?=\s+from\b)|"
     # (round 20) "then pulled its forces out to concentrate them on Tripoli": out, with no place of its own
     r"out(?=\s*(?:[,.;]|$|to\s+(?!the\b|a\b|an\b)[a-z]+\b|again\b|overnight\b|later\b|"
     # (round 36) "pulled its troops out on the orders of its General Command": a cause or manner after "out"
     r"on\s+(?:the\s+)?(?:orders?|instructions?)\b|(?:under|without|following)\s)))|"
     r"quit(?:s|ting)?|vacat(?:ed|es|e|ing)|ced(?:ed|es|ing)|(?<=\bto\s)cede|surrender(?:ed|s|ing)?|"
     r"redeploy(?:ed|s|ing)?|reposition(?:ed|s|ing)?|gave\s+up|giv(?:e|es|ing)\s+up", "withdrew", "verb", 0),
    (r"(?:lost|los(?:e|es|ing))(?:\s+(?:full\s+|all\s+)?control\s+(?:of|over))?|left|leav(?:e|es|ing)", "withdrew", "verb", 5),
    # (round 56e) "Haftar's forces suffered a heavy setback in the town of Gharyan", "suffered a defeat at Tarhuna": the
    # side that suffers a defeat at a place lost it (not "in the battle for X", "at the hands of S", "in western Libya")
    (r"suffer(?:ed|s|ing)?\s+(?:a|an|another|its|their|his)\s+(?:[\w-]+,?\s+){0,3}?(?:defeat|setback|rout)\s+(?:at|in)"
     r"(?!\s+(?:(?:the|their|its|his)\s+)?(?:hands|battle|fight|face|offensive|push|campaign|war|west|east|south|north|western|eastern|"
     r"southern|northern|central)\b)", "withdrew", "verb", 0),
    # "after Haftar's troops were expelled": the subject of a passive of expelling left (the place: the other side's
    # capture); "were driven out of X" is a drive
    (r"(?:was|were|been|being|be|got|get)\s+(?:(?:finally|quickly|completely|all|fully)\s+)?(?:expelled|ousted|evicted|dislodged|"
     r"routed|(?:driven|pushed|kicked|forced|chased|thrown)\s+out)(?!\s+(?:of|from|by)\b)", "withdrew", "verb", 0),
    # "would complete their pull-out that day from A, B and C": a time between the noun and "from"
    (r"(?:withdrawal|retreat|pull-?out|pull-?back)(?:\s+(?:(?:that|this|the\s+same|the\s+next|the\s+following)\s+"
     r"(?:day|night|evening|morning|afternoon|week)|overnight|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|"
     r"saturday|sunday)))\s+from", "withdrew", "nominal", 0),
    (r"withdrawal\s+(?:of\s+(?:[\w'-]+\s+){1,4}?)?from|retreat\s+from|pull-?out\s+(?:from|of)|pull-?back\s+from|loss\s+of|exit\s+from|"
     r"evacuation\s+of|departure\s+from|"
     # (round 34) "confirmed their 'redeployment' away from the capital": the euphemism of a withdrawal
     r"redeployment[\"”’']?\s+(?:away\s+)?from|"
     # (round 36) "explained his troops' flight from al-Watiya base": a possessed flight is a retreat
     r"(?:(?<=s'\s)|(?<='s\s)|(?<=their\s)|(?<=its\s)|(?<=his\s))(?:hasty\s+|hurried\s+)?flight\s+from",
     "withdrew", "nominal", 0),
    # attacks
    # "began a sustained 48-hour aerial campaign against …": up to three words of description before the noun
    (r"(?:launch(?:ed|es|ing)?|began|begun|start(?:ed|s|ing)?|mount(?:ed|s|ing)?|open(?:ed|s|ing)?)\s+(?:a|an|the|its|their|his)?\s*"
     r"(?:(?!(?:on|against|in|at|to|of|and|with|by)\b)[\w'-]+\s+){0,3}?"
     r"(?:offensive|assault|counter-?offensive|counter-?attack|operation|campaign)s?\s+"
     r"(?:(?:late|early)\s+)?(?:(?:on|in)\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
     r"morning|evening|night)(?:\s+(?:morning|evening|night))?\s+)?(?:on|against|(?<=offensive\s)for|(?<=assault\s)for)"
     r"(?!\s+(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
     r"sunday|morning|evening|night)\b)", "attacked", "verb", 0),
    (r"(?:air\s*-?\s*strikes?|airstrikes?|drone\s+strikes?|air\s+raids?|strikes?|attacks?|shelling|bombing|bombardment|"
     r"raids?|assault|rocket\s+(?:attack|fire)s?|artillery\s+(?:fire|attack)s?|missile\s+(?:attack|strike)s?|"
     r"siege|sorties|counter-?attacks?|infiltrations?|incursions?)"
     # "launched a surprise attack, dubbed 'Peace Storm', on X": the name set off between commas
     r"(?:\s*,\s*(?:dubbed|called|named|code-?named)\s+['\"‘“][^'\"’”]{1,40}['\"’”]\s*,)?\s+"
     # (round 21) "several drone raids since Friday 26 July on al-Jufra airbase": a time since which the raids ran
     r"(?:since\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:\d{1,2}\s+)?"
     r"(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|"
     r"wednesday|thursday|friday|saturday|sunday)\s+(?=on\b|against\b))?"
     # (round 33) "carried out seven strikes that day on pro-Haftar positions": a time between the noun and "on"
     r"(?:(?:that|the\s+same|the\s+previous|the\s+next)\s+(?:day|night|morning|evening|afternoon)\s+(?=on\b|against\b))?"
     r"(?=(?:on|against|of|in|(?<=incursion\s)into|(?<=incursions\s)into|at|targeting|by|launched|mounted|staged|"
     r"carried\s+out)\b|"
     r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b)", "attacked", "nominal", 0),
    (r"attack(?:ed|s|ing)?|shell(?:ed|s|ing)|bomb(?:ed|s|ing)|bombard(?:ed|s|ing)|struck|strik(?:e|es|ing)|"
     r"target(?:ed|s|ing)|pound(?:ed|s|ing)|raid(?:ed|s|ing)|hit(?:s|ting)?|besieg(?:ed|es|ing)|ambush(?:ed|es|ing)|"
     r"destroy(?:ed|s|ing)?|flatten(?:ed|s|ing)?|demolish(?:ed|es|ing)|"
     # (round 23) "knocked out a Pantsir system … in Tarhuna", "wiped out every aircraft position in Misrata"
     r"(?:knock(?:ed|s|ing)?|wip(?:ed|es|e|ing))\s+out(?!\s+of\b)|"
     # (round 35) "LNA jets went after the Misrata air college": aircraft or forces that go after a place strike it
     r"(?:went|gone|go(?:es)?|going)\s+after(?=\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?(?:[A-Za-z]))(?!\s+(?:that|this|it|them|him)\b)|"
     # (round 58a) "rained more than 80 rockets on Mitiga airport", "lobbed mortars at Ain Zara": fire by other verbs
     r"(?:fir(?:ed|es|ing)|lobb(?:ed|ing)|rain(?:ed|s|ing)(?:\s+down)?)\s+(?:(?!by\b|at\b|on\b|into\b)\S+\s+){0,7}?"
     r"(?:at|on|into)|clash(?:ed|es|ing)?", "attacked", "verb", 0),
    # (round 51) "laying siege to the town of Tarhuna", "had laid siege to X": a siege laid is an attack on X, like
    # "besieged" ("lifted the siege of X" is not matched: the verb must be lay)
    (r"(?:la(?:id|ys?|ying))\s+(?:(?:a|an|the)\s+)?(?:(?:tight|full|total|complete|partial|new)\s+)?siege\s+(?:to|on)(?=\s)",
     "attacked", "verb", 0),
    # (round 51) "Haftar's forces tried to storm Ain Zara": the bare infinitive after "to" (the capture verbs take only
    # "stormed", "storms", "storming"); an attempt tried in the past is an attack, any other irrealis drops it as before
    (r"(?<=\bto\s)storm(?=\s+(?!of\b))", "attacked", "verb", 0),
    # "LNA forces advanced on Tripoli", "pushed towards Ain Zara", "had advanced in Ain Zara": an advance that does not
    # (yet) enter the place is an attack on it ("advanced into", "as far as" take it, above)
    # "marched on Tripoli", "troops were moving on the Wadi Rabie neighbourhood", "pushed on Wednesday toward X"
    (r"(?:advanc(?:ed|es|e|ing)|push(?:ed|es|ing)|pressed|clos(?:ed|es|ing)\s+in|march(?:ed|es|ing)|"
     # (round 23) "his forces were closing on Tarhuna along five axes"
     r"(?<=were\s)closing(?=\s+on\b)|(?<=was\s)closing(?=\s+on\b)|(?<=are\s)closing(?=\s+on\b)|"
     r"(?<=is\s)closing(?=\s+on\b)|"
     r"moving(?=\s+(?:(?:further|steadily|slowly|rapidly|quickly)\s+)?(?:on|upon|towards?)\b)|"
     # (round 33) "his forces moved on the base along three axes": moved on a place (not "moved on to", "moved on from")
     r"mov(?:ed|es)(?=\s+(?:on|upon)\s+(?!to\b|from\b|with\b|quickly\b|after\b)))\s+"
     r"(?:(?:further|deeper|forward|ahead|"
     r"again|on|steadily|slowly|rapidly|quickly|(?:south|north|east|west)(?:wards?)?|"
     r"(?:on|early\s+on|late\s+on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+){0,2}"
     r"(?:on|upon|towards?|in)(?!\s*(?:[,.;:]|$))(?!\s+(?:the\s+)?(?:direction|order|vain|line|talks|parliament|recent|a\s|an\s)\b)",
     "attacked", "verb", 0),
    # (round 39) "troops have made clear gains toward al-Arban": ground won towards a place is an advance on it
    (r"(?:made|make|makes|making)\s+(?:(?:clear|significant|major|rapid|new|further|some|steady|big|important|fresh|"
     r"considerable|swift|quick)\s+){0,2}(?:gains|advances|headway)\s+(?:toward|towards|on)(?=\s)", "attacked", "verb", 0),
    # (round 33) "had carried out 'a special operation in the al-Yarmouk and Salaheddine sectors'": an operation
    # carried out in a place is an attack there
    (r"(?:carr(?:ied|ies|ying)\s+out|conduct(?:ed|s|ing)|launch(?:ed|es|ing)|mount(?:ed|s|ing))\s+['\"‘“]?"
     r"(?:an?|the|its|their|his)\s+(?:(?!(?:on|against|in|at|to|of|and|with|by|rescue|evacuation|humanitarian|relief|"
     r"search|medical|aid|demining|de-mining|mine-clearing|police|policing|airlift|supply)\b)[\w'-]+\s+){0,2}?"
     r"(?:military\s+)?operations?\s+(?:in|inside|around)(?=\s+(?:the\s+)?[^\s]*[A-Za-z])", "attacked", "verb", 0),
    # (round 23) "Government forces went on the offensive on Saturday along several fronts, among them A, B and C"
    (r"(?:went|go|goes|going|gone)\s+on\s+the\s+(?:counter-?)?offensive(?=\s+(?:(?:on|early\s+on|late\s+on)\s+"
     r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?(?:in|on|along|against|around|at|near|across)\b)",
     "attacked", "verb", 0),
    # "government forces were pushing into the contested districts of X": a push under way has not taken X yet
    (r"(?:(?<=were\s)|(?<=was\s)|(?<=are\s))(?:pushing|advancing)\s+(?:(?:deep|deeper|further)\s+)?into", "attacked", "verb", 0),
    (r"(?<=is\s)(?:pushing|advancing)\s+(?:(?:deep|deeper|further)\s+)?into", "attacked", "verb", 0),
    # "the LNA gained ground in parts of Abu Salim": ground won inside a place is a push into it, not its capture
    (r"(?:gain(?:ed|s|ing)?|made|mak(?:e|es|ing))\s+(?:(?:some|more|further|new|significant|major|little)\s+)?"
     r"(?:ground|headway|inroads|progress)\s+(?:in|into|on|towards?|around)", "attacked", "verb", 0),
    # (round 35) "had won significant ground in the A and B districts", "gained territory in X", "made gains in the
    # area of X", "made another breakthrough at X": ground won at a place, no capture of it
    (r"(?:(?:gain(?:ed|s|ing)?|w(?:on|ins?|inning))\s+(?:(?:some|more|further|new|significant|considerable|substantial|"
     r"major|important)\s+)?(?:ground|territory)|"
     r"(?:made|mak(?:e|es|ing))\s+(?:(?:some|more|further|new|significant|considerable|substantial|major|important)\s+)?"
     r"gains|(?:made|mak(?:e|es|ing)|achiev(?:ed|es|ing))\s+(?:a|another|a\s+new|a\s+major|a\s+fresh)\s+breakthrough)"
     # not a compass part of a town ("made gains in southern Tripoli, taking parts of A"): the places named after it
     r"\s+(?:(?:that|the\s+same|on\s+\w+day)\s+(?:day\s+)?)?(?:in|at|on|around)(?=\s)"
     r"(?!\s+(?:the\s+)?(?:southern|northern|eastern|western|central|south|north|east|west)\b)", "attacked", "verb", 0),
    # "his troops had seized new positions around Ain Zara": positions taken in or around a place are ground won
    # there, so an attack on it, not its capture
    (r"(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|t(?:ook|aken|akes|aking)|w(?:on|ins|inning)|overr(?:an|un|unning))\s+"
     r"(?:(?:new|several|some|more|further|forward|key|advanced|enemy|a\s+number\s+of|[\w-]+'s)\s+){0,2}positions\s+"
     r"(?:(?:in|around|near|at|inside|on\s+the\s+outskirts\s+of)\s+"
     # (round 33) "seizing positions close to Haftar's supply lines in Sbeia": what the positions lie near, then where
     r"|(?:close\s+to|near|along)\s+(?=(?:[\w'-]+\s+){1,4}?(?:in|around|at)\s+[A-Za-z]))(?=(?:the\s+)?[A-Za-z])", "attacked", "verb", 0),
    # (round 49) the same with the side's name or a longer modifier before "positions", or on a place's edges:
    # "overran Haftar positions on the edges of Ain Zara", "captured LNA positions in Ain Zara" ("took up positions"
    # is neither; nor are "won back their positions in X", "dozens of strategic positions in X", left to round 33's rule)
    (r"(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|t(?:ook|aken|akes|aking)|w(?:on|ins|inning)|overr(?:an|un|unning))\s+"
     r"(?:(?:the|a|an)\s+)?(?:(?!(?:up|back|over|of|their|its|his|our|own)\b)[\w'-]+\s+){1,3}?positions\s+"
     r"(?:in|around|near|at|inside|outside|on\s+the\s+(?:outskirts|edges?|fringes?)\s+of)\s+(?=(?:the\s+)?[A-Za-z])",
     "attacked", "verb", 0),
    # "fighting broke out in Ain Zara as GNA forces tried to win back positions": fighting at a place is an attack
    # by the side the sentence says is trying to gain ground there (see _fighting_side)
    (r"(?:fierce\s+|heavy\s+|renewed\s+|new\s+)?(?:fighting|clashes|battles|combat)\s+(?:(?:has|have|had)\s+)?"
     r"(?:(?:also|again|then|later)\s+)?(?:broke\s+out|erupted|raged|flared(?:\s+up)?|centred|centered|focused|"
     r"took\s+place|resumed|intensified)", "attacked", "fighting", 0),
    # "heavy clashes between GNA and LNA forces were reported in Ain Zara": both sides fight there (_fighting_pair)
    (r"(?:fierce\s+|heavy\s+|renewed\s+|new\s+|violent\s+)?(?:fighting|clashes|battles)(?=\s+between\s)",
     "attacked", "fighting", 0),
    # projectiles as subject: "rockets fired by the LNA landed on Mitiga airport"
    (r"(?:landed|land|lands|landing|fell|fall|falls|falling|rained|rain|rains|raining|slammed|exploded|crashed|"
     r"impacted)\s+(?:down\s+)?(?:on|in|into|inside|near)", "attacked", "impact", 0),
    (r"rain(?:ed|s|ing)?\s+(?:(?!by\b)\S+\s+){1,3}?(?:down\s+)?(?:on|onto)", "attacked", "verb", 0),
    # (round 24) "shells fired by S killed two civilians and wounded three in X": fire that kills or wounds somewhere
    # attacks the place (only with a projectile as the subject, like the impacts above)
    (r"(?:killed|injured|wounded|damaged)(?!\s+(?:by|in\s+(?:an?|the)\s+[\w-]+\s+(?:strike|attack|raid|shelling)))",
     "attacked", "impact", 0),
    (r"(?:came|come|comes|coming|is|are|was|were|been|being)\s+under\s+(?:heavy\s+|intense\s+|renewed\s+|fresh\s+)?"
     r"(?:attack|fire|shelling|bombardment|siege|assault|drone\s+attack|air\s+attack|rocket\s+fire)"
     # (round 35) "Mitiga airport came under four air strikes from Haftar's forces": a count or a kind of fire
     r"|(?:came|come|comes|coming)\s+under\s+(?:(?:a|an|another|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
     r"repeated|multiple|new|fresh|renewed|heavy|intense|sustained|more|further|rocket|artillery|mortar|grad|drone|air|"
     r"missile)\s+){1,3}(?:air\s*-?\s*strikes?|airstrikes?|strikes|raids?|attacks?|fire|shelling|bombardment|rockets|shells)\b",
     "attacked", "under_attack", 0),
    (r"under\s+(?:[\w'-]+\s+){0,3}?(?:attack|fire|shelling|bombardment|siege|bombing)", "attacked", "under_attack", 0),
    # holding
    (r"fortif(?:ied|ies|y|ying)|entrench(?:ed|es|ing)?\s+(?:(?:themselves|itself)\s+)?(?:in|at|around)|"
     r"d(?:ug|ig|igs|igging)\s+in\s+(?:at|in|around)|reinforc(?:ed|es|e|ing)|bolster(?:ed|s|ing)?|"
     r"garrison(?:ed|s|ing)?|patroll(?:ed|ing)\s+(?:(?:the\s+)?(?:streets\s+of|downtown|central|centre\s+of|center\s+of)\s+)?|barricad(?:ed|es|ing)\s+(?:(?:themselves|itself)\s+)?(?:in|inside|at)|"
     r"(?:(?:is|are|was|were|remain|remains|remained)\s+(?:\w+\s+)?barricaded)(?=\s*[,;.]|\s*$)|"
     r"remain(?:s|ed|ing)?\s+in(?!\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:hands|control|charge|place|power|position)\b)|"
     r"(?:is|are|was|were)\s+(?:still\s+)?present\s+in|"
     # (round 32) "has consolidated its units in the port city of Sirte": a force made firmer where it stands
     r"consolidat(?:ed|es|e|ing)\s+(?:(?:its|their|his|the)\s+)?(?:[\w-]+\s+){0,2}?(?:units|forces|troops|positions|"
     r"presence|lines|defen[cs]es|fighters|deployments?)\s+(?:in|at|around|inside)|"
     r"(?:is|are|was|were|remain|remains|remained)\s+(?:still\s+)?(?:based|stationed|headquartered|entrenched)(?=\s*[,;.]|\s*$)|(?:deployed|deploys|deploying|redeployed)\s+"
     r"(?!(?:\S+\s+){0,3}?(?:road|highway|route|way)\s+to\b)(?:\S+\s+){0,4}?(?:in|to|at|into)|(?:stationed|based|positioned|entrenched|dug\s+in|barricaded|holed\s+up)\s+(?:in|at|inside)",
     "holds", "verb", 8),
    # (round 55b) "the GNA's militias are defending Tripoli", "Haftar's fighters are now forced to defend Sirte", "the
    # Misrata militias defending the capital": the defenders hold the place (not "defended the decision", nor "defended
    # by", a held_by)
    (r"defend(?:s|ed|ing)?(?!\s+(?:by|against|itself|themselves|himself|herself|his|her|its|their|the\s+(?:decision|move|"
     r"deal|agreement|operation|strikes?|attacks?))\b)", "holds", "verb", 0),
    (r"(?:still\s+)?(?:hold|holds|held|holding|control|controls|controlled|controlling)(?!\s+(?:off|out|talks|a\s|an\s|the\s+(?:talks|meeting)|meetings?|elections?|in\b|at\b))"
     r"(?!\s+(?:room|rooms|centre|center|tower|post|station|systems?|units?|panel|building|point|points)\b)"
     # (round 42) "a control vehicle", "the loss of control of X", "a centre holding migrants": no side's hold
     r"(?<!\bloss\sof\scontrol)(?<!\blost\scontrol)(?<!\blosing\scontrol)"
     r"(?!\s+(?:vehicles?|trucks?|cars?|panels?|devices?|equipment)\b)"
     r"(?<!holding(?=\s(?:some\s|about\s|around\s|nearly\s|\d+\s|hundreds\sof\s|dozens\sof\s)?(?:migrants|refugees|"
     r"detainees|prisoners|hostages|civilians|people|women|children)\b))",
     "holds", "verb", 10),
    # (round 41) "Haftar's forces use the Jufra base as their operations room", "let his troops use it as a base": a
    # place a side uses as its base is one it holds
    (r"(?:use|uses|used|using)(?=\s+(?:[\w'-]+\s+){1,5}?as\s+(?:a|an|the|its|their|his)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:base|headquarters|operations?\s+(?:room|centre|center|base)|launch\s*-?pad|staging\s+(?:post|ground|area)|"
     r"command\s+(?:centre|center|post)|rear\s+base|springboard|" + _USE_AS_HUB + r")\b)",
     "holds", "verb", 10),
    # (round 50) "Benghazi, which Haftar has used as his command headquarters": the object is the relative pronoun
    # (not "which S had been using as its base": a use before the capture the sentence reports)
    (r"(?<!had\s)(?<!had\sbeen\s)(?:use|uses|used|using)(?=\s+as\s+(?:a|an|the|its|their|his)\s+(?:[\w-]+\s+){0,2}?"
     r"(?:base|headquarters|operations?\s+(?:room|centre|center|base)|launch\s*-?pad|staging\s+(?:post|ground|area)|"
     r"command\s+(?:centre|center|post)|rear\s+base|springboard|" + _USE_AS_HUB + r")\b)",
     "holds", "verb", 10),
]
# (round 27) verbs that give control away: "handed (over) control of X to …", "ceded control of", "lost control of"
_HANDED_CONTROL_RE = re.compile(r"\b(?:hand(?:ed|s|ing)?(?:\s+over)?|turn(?:ed|s|ing)?\s+over|ced(?:ed|es|ing|e)|"
                                r"relinquish(?:ed|es|ing)?|surrender(?:ed|s|ing)?|transferr?(?:ed|s|ing)?|gave\s+up|"
                                r"giv(?:e|es|ing)\s+up|passed|pass(?:es|ing)?)\s+(?:(?:full|total|overall|security|the)\s+)?$")
_WORD_END = r"(?:(?<=\w)(?![\w-])|(?<!\w))"
# "under Haftar's control", "stayed under LNA control": the side inside, the place before
_UNDER_CTL_RE = re.compile(
    _V + r"(?:(?P<came>came|come|comes|coming|fell|fallen|returned|returns|return|returning|passed|reverted|"
    r"brought)\s+(?:back\s+)?)?(?:under|into)\s+(?:the\s+)?(?P<inner>(?:[\w'-]+\s+){1,4}?)"
    r"(?:(?:full|complete|total|effective|firm|military)\s+)?control\b(?!\s+(?:of|over)\b)")
# "Haftar's last stronghold of Tarhuna", "Tarhuna, the LNA's main stronghold"
_STRONGHOLD_RE = re.compile(_V + r"(?:(?:main|last|key|remaining|final|major|biggest|largest|chief|principal|"
                            r"(?<=the\s)most|"  # (round 44) "the most important stronghold of S"
                            r"only|westernmost|easternmost|southernmost|military|western|eastern|"
                            r"southern|northern|strategic|other|desert|forward|rear|vital|important|crucial|"
                            r"new|"  # (round 42) "new"
                            r"operations?|command"  # (round 50) "the LNA's main operations headquarters at X"
                            r")\s+)*(?:strongholds?|bastions?|heartland|"
                            r"headquarters|power\s+base|footholds?|redoubts?|launch\s*-?pads?|"
                            r"(?:support|staging|operations?|command|logistical|military)\s+(?:base|post|hub|cent(?:re|er)|ground)s?|"
                            r"staging\s+(?:post|ground|area|point)s?|"
                            r"(?<=main\s)base|(?<=forward\s)base|(?<=rear\s)base|(?<=principal\s)base|(?:supply|logistics)\s+(?:base|hub))\b")
# (round 46) Arabic "X، آخر معاقل S" ("X, S's last stronghold"): the stronghold noun, its owner the side right after
_AR_STRONGHOLD_RE = re.compile(r"(?<![\w-])(?:معاقل|معقل)(?![\w-])")
_AR_STRONGHOLD_APPOS_RE = re.compile(r"\s*[،,]\s*(?:(?:[وف]?(?:هي|هو)|وهي|التي\s+(?:تعد|تعتبر|يعد|يعتبر))\s+)?"
                                     r"(?:(?:احد|أحد|إحدى|احدى|آخر|اخر|أبرز|ابرز|أهم|اهم|أكبر|اكبر|أقوى|اقوى)\s+)?")
# (round 33) a stronghold named as what a side left ("pulled out of their main base in X") is no hold
_LEFT_STRONGHOLD_RE = re.compile(r"\b(?:withdrawal|retreat|pull-?out|pull-?back|departure|evacuation|withdr(?:ew|awn|awing|aws|aw)|"
                                 r"pull(?:ed|s|ing)?\s+(?:out|back)|retreat(?:ed|s|ing)|fled|flee(?:s|ing)?|"
                                 r"abandon(?:ed|s|ing)?|evacuat(?:ed|es|e|ing)|left|leav(?:e|es|ing)|lost|los(?:e|es|ing))"
                                 r"\s+(?:(?:from|of|out\s+of)\s+)?(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}$")
# (round 34) "the LNA's Jufra airbase", "Haftar's al-Jufra air base", "Jufra, the LNA's air base", "al-Watiya, Haftar's
# only base in the west": a base a side's possessive names is a base it holds; the words between "'s" and "base" are
# adjectives or a capitalised name (checked against the original text), never "attack on the base"
_OWNED_BASE_ADJ = (r"(?:only|main|last|key|largest|biggest|remaining|principal|sole|forward|rear|strategic|vital|important|"
                   r"crucial|major|chief|western|eastern|southern|northern|central|southwestern|southeastern|big|"
                   r"military|nearby|new|old|sprawling|desert|coastal)")
_OWNED_BASE_RE = re.compile(r"(?<='s\s)(?:" + _OWNED_BASE_ADJ + r"\s+)*(?P<name>(?!air\s)(?:(?:al|el)-)?[\w-]+\s+(?:[\w-]+\s+){0,2}?)?"
                            r"(?:air\s*base|airbase|air\s+field|airfield|base)\b(?!-|\s+(?:of|for)\b)")
# (round 34) "where S are holed up (stationed, based, entrenched)": a side stationed in the place before "where"
_WHERE_STATIONED_RE = re.compile(r",?\s*\bwhere\s+(?:[\w'-]+\s+){1,6}?(?:are|were|is|was|remain|remains|remained|"
                                 r"have\s+been|has\s+been|had\s+been)\s+(?:still\s+|now\s+|reportedly\s+|currently\s+)?"
                                 r"(?P<verb>holed\s+up|stationed|based|entrenched|dug\s+in|garrisoned|barricaded)\b")
_PROJECTILE_RE = re.compile(r"\b(?:rockets?|shells?|missiles?|mortars?|mortar\s+rounds|projectiles|bombs?|grads?|"
                            r"katyushas?|munitions|ordnance|drones?|strikes?)\b")
_TRIGGERS = [(re.compile(_V + "(?:" + rx + ")" + _WORD_END), act, form, win) for rx, act, form, win in _TRIGGER_SPECS]
_HOLD_MOD_RE = re.compile(r"-(?:held|controlled|run|occupied|dominated)\b")
_DRIVE_RE = re.compile(
    _V + r"(?:drove|drive|drives|driving|driven|push(?:ed|es|ing)?|forc(?:ed|ing)|expel(?:led|s|ling)?|repel(?:led|s|ling)?|"
    r"oust(?:ed|s|ing)?|chas(?:ed|es|ing)|rout(?:ed|s|ing)?|eject(?:ed|s|ing)?|clear(?:ed|s|ing)?|"
    r"dislodg(?:ed|es|ing)|evict(?:ed|s|ing)?|kick(?:ed|s|ing)?|purg(?:ed|es|ing))\b"
    r"(?P<mid>(?:\s+[\w'-]+){0,6}?)\s+(?P<prep>out\s+of|out\s+from|away\s+from|back\s+from|from)\b")
# driving a side out with no "out of"/"from" phrase: "… occupied the airport before forces loyal to the Tripoli
# government drove them out", "tightened their hold on Mizdah after expelling GNA units": the place is the one the
# clause before names
_DRIVE_OUT_RE = re.compile(
    _V + r"(?:(?:drove|drive|drives|driving|push(?:ed|es|ing)?|forc(?:ed|es|ing)|chas(?:ed|es|ing)|kick(?:ed|s|ing)?|"
    r"thr(?:ew|own|owing))(?P<mid>(?:\s+[\w'-]+){1,5}?)\s+out\b(?!\s*-|\s+(?:of|from)\b)|"
    r"(?:expel(?:led|s|ling)?|oust(?:ed|s|ing)?|evict(?:ed|s|ing)?|dislodg(?:ed|es|ing)|rout(?:ed|s|ing)?)"
    r"(?P<obj>(?:\s+[\w'-]+){1,5}?)(?=\s*(?:[,.;:]|$|\s(?:and|after|before|on|in\s+(?:a|an|the)\s|during|amid|"
    r"following)\b)))")
# handing a place over: the side after "to" takes it ("X was handed over to the GNA", "handed the city over to them")
_HANDOVER_RE = re.compile(_V + r"hand(?:ed|s|ing)?\b(?P<mid>(?:\s+[\w'-]+){0,6}?)\s+to\b")
# (round 57b) an attempt word before a verbal noun of taking, in its clause ("حاولت قوات الوفاق السيطرة على …")
_AR_TRIED_BEFORE_RE = re.compile(r"(?<!\w)[وفل]?(?:حاول(?:ت|وا)?|تحاول|يحاول|يحاولون|محاولة|محاولات|محاولت(?:ها|ه|هم))"
                                 r"(?!\w)[^.،,؛:!?؟]{0,70}$")
_AR_B = r"(?<!\w)[وف]?"
_AR_E = r"(?!\w)"
# (round 54a) a loss of men, arms or the battle, not of a place (as after the verbs of losing in round 43)
_AR_LOSS_NOT_PLACE = (r"(?!(?:\s+\S+){0,4}?\s+[وب]?(?:عشرات|"
                      r"العشرات|مئات|عناصر|العناصر|عنصرا|مقاتل\S*|جنود|الجنود|جندي\S*|قتلى|أرواح|ارواح|طائرة|طائرات|آليات|عدد|العديد|"
                      r"أفراد|افراد|رجال|ضباط|أسلحة|معدات|المعركة|الحرب|السيطرة\s+الجوية)(?!\w))")
# (round 54a) the bare noun of loss, a trigger below and the mark of _ar_loser's triggers
_AR_BARE_LOSS_RE = re.compile(r"[وف]?[بل]?(?:خسارة|فقدان)")
# (round 58a) the perfect and imperfect of besieging, a trigger below and read in agents for its object
_AR_SIEGE_VERB = r"[وف]?(?:حاصر(?:ت|وا)?|[تي]حاصر(?:ون|ان)?)"
# (round 56c) "قاعدة الوطية الجوية التي انتزعتها قوات الوفاق", "مدينة سرت التي دخلتها قوات حفتر", "مطار زوارة الذي
# قصفته قوات حفتر": in a relative clause the verb carries its object, the place before "التي"/"الذي", as a suffixed
# pronoun (the pronoun is read as that place in _places; the verb alone is the trigger)
_AR_REL_LEAD = r"(?:(?<=التي\s)|(?<=الذي\s)|(?<=قد\s))"
_AR_REL_PRONOUN = r"(?=(?:ها|ه)(?!\w))"
_AR_REL_TAKE_VERB = _AR_REL_LEAD + r"(?:انتزع|استعاد|حرر|اقتحم|استرد|استرجع)(?:ت|وا)" + _AR_REL_PRONOUN + "|" + \
    _AR_REL_LEAD + r"دخل(?:ت|وا)?" + _AR_REL_PRONOUN
_AR_REL_STRIKE_VERB = _AR_REL_LEAD + r"(?:قصف|استهدف|هاجم)(?:ت|وا)?" + _AR_REL_PRONOUN
_AR_TRIGGERS = [
    # perfect verbs and verbal nouns of taking: سيطرت على، دخلت، استعادت، اقتحام
    (re.compile(r"(?:" + _AR_REL_TAKE_VERB + r")|" + _AR_B + r"(?:سيطر(?:ت|وا)?|استعاد(?:ت|وا)?|استعادة|استعادت(?:ها|ه|هم)|دخل(?:ت|وا)?|دخول(?:ها|ه|هم)?|"
                r"حرر(?:ت|وا)?|تحرير(?:ها|ه|هم)?|"
                r"انتزع(?:ت|وا)?|اقتحم(?:ت|وا)?|اقتحام|استول(?:ى|ت|وا)|"
                # (round 49) a time of day after the subject, before the noun: "أحكمت قوات المشير خليفة حفتر مساء الاثنين
                # قبضتها على …"
                r"(?:أحكم|احكم|فرض|بسط)(?:ت|وا)?\s+(?:\S+\s+){0,4}?(?:(?:مساء|صباح|ليل|ليلة|فجر|ظهر|عصر|يوم)\s+[^\s.،,؛:]+\s+)?"
                r"(?:السيطرة|سيطرتها|سيطرته|سيطرتهم|قبضتها|قبضته|قبضتهم))" + _AR_E),
     "captured", "arabic"),
    # "أعلنت قوات الوفاق سيطرتها الكاملة على …": the announced control of a place is its capture; without
    # such a verb the noun only says who holds it
    (re.compile(r"(?<!\w)(?:سيطرتها|سيطرته|سيطرتهم|السيطرة)(?:\s+(?:الكاملة|التامة|الكلية|العسكرية))?(?=\s+على)"),
     "captured", "arabic_nominal"),
    # expelling: the subject takes the place the other side is driven from
    (re.compile(_AR_B + r"(?:طرد(?:ت|وا)?|دحر(?:ت|وا)?)" + _AR_E), "captured", "arabic_drive"),
    (re.compile(_AR_B + r"(?:انسحب(?:ت|وا)?|انسحاب(?:ها|ه|هم)?|فر(?:ت|وا)?|فرار|تراجع(?:ت|وا)?|تقهقر(?:ت|وا)?|"
                r"هرب(?:ت|وا)?|غادر(?:ت|وا)?|(?:إعادة|اعادة|أعادت|اعادت)\s+(?:تمركز|انتشار|تموضع)(?:ها|ه|هم)?(?:\s+(?:قواتها|قواته|قواتهم|القوات))?(?=\s+خارج)|"
                r"تمركز(?:ت|وا)?(?=\s+خارج)|"
                # (round 43) "بعد خسارتها قاعدة الوطية", "بعد أن فقدت مطار طرابلس": losing a place is leaving it (not bare
                # "فقد", which is also "so … had")
                r"(?:فقدت|فقدوا|خسرت|خسروا|خسر|(?:خسارة|خسارت|فقدان)(?:ها|ه|هم))(?!\w)(?!(?:\s+\S+){0,4}?\s+[وب]?(?:عشرات|"
                r"العشرات|مئات|عناصر|العناصر|عنصرا|مقاتل\S*|جنود|الجنود|جندي\S*|قتلى|أرواح|ارواح|طائرة|طائرات|آليات|عدد|العديد|"
                r"أفراد|افراد|رجال|ضباط|أسلحة|معدات|المعركة|الحرب|السيطرة\s+الجوية)(?!\w))|"
                # (round 31) "قوات حفتر الفارة من ترهونة": the forces fleeing (withdrawing) from a place left it
                r"(?:الفارة|الفارين|الفارون|المنسحبة|المنسحبين|المنسحبون|الهاربة|الهاربين|الهاربون)(?=\s+من\s))" + _AR_E),
     "withdrew", "arabic"),
    # (round 56e) "بعد خروج قوات الوفاق منها", "وخرجت منها عناصر حفتر": going out of a place is leaving it (not "المدينة
    # التي خرجوا منها", the town the subject came out of)
    # – only out of "it" (منها/منه), a place borrowed from the clause before: "حشود … خرجت من بنغازي باتجاه المنطقة"
    # (reinforcements setting out from Benghazi) is a departure, not a retreat
    (re.compile(_AR_B + r"(?<!التي\s)(?<!الذي\s)(?:خروج|خرجت|خرجوا)" + _AR_E +
                r"(?=(?:\s+\S+){0,4}?\s+(?:منها|منه|منهما)(?!\w))"), "withdrew", "arabic"),
    # (round 56e) "بينما كانت تتراجع عن طرابلس": the imperfect after كان is a withdrawal under way (not a bare imperfect,
    # often a demand or a denial)
    (re.compile(r"(?:(?<=كانت\s)|(?<=كان\s)|(?<=كانوا\s))(?:تتراجع|يتراجع|يتراجعون|تنسحب|ينسحب|ينسحبون|تتقهقر)" + _AR_E),
     "withdrew", "arabic"),
    # (round 56e) "أعاد تمركز قواته خارج طرابلس": the masculine of "أعادت تمركز قواتها خارج"
    (re.compile(_AR_B + r"(?:أعاد|اعاد)\s+(?:تمركز|انتشار|تموضع)\s+(?:قواته|قواتها|قواتهم)(?=\s+خارج)" + _AR_E),
     "withdrew", "arabic"),
    # (round 54a) "أقر المسماري بخسارة ترهونة", "بعد خسارة قوات حفتر لمدينة غريان": the bare verbal noun of losing a
    # place (not men, arms or the battle) is a withdrawal from it, like "خسارتها" above
    (re.compile(r"(?<!\w)" + _AR_BARE_LOSS_RE.pattern + r"(?=\s)" + _AR_LOSS_NOT_PLACE), "withdrew", "arabic"),
    (re.compile(r"(?:" + _AR_REL_STRIKE_VERB + r")|" + _AR_B + r"(?:قصف(?:ت|وا)?|القصف|استهدف(?:ت|وا)?|هاجم(?:ت|وا)?|أمطر(?:ت|وا)?|امطر(?:ت|وا)?|هجوم(?:ا|ًا)?|الهجوم|هجمات|غارة|غارات|"
                # (round 42) "الغارة التي شنتها قوات حفتر على …": the definite raid a relative says was launched
                r"(?:الغارة|الغارات)(?=\s+(?:(?:الجوية)\s+)?(?:التي|الذي)\s+(?:شنتها|نفذتها|أطلقتها|اطلقتها)\s)|"
                r"ضرب(?:ت|وا)?|ضربات|شن(?:ت|وا)?|[لب](?:قصف|هجوم|غارة|غارات|هجمات|ضربات)|"
                r"(?<=\s)(?:ضربة|[لب]ضربة)(?=\s+(?:جوية|بطائرة|صاروخية|مدفعية|نفذ))|"
                # (round 42) "الضربة الجوية التي شنتها قوات حفتر على …": the definite strike a relative says was launched
                r"(?<=\s)(?:[وف]?[لب]?ال)ضربة(?=\s+(?:(?:الجوية|الصاروخية|المدفعية)\s+)?(?:التي|الذي)\s+(?:شنتها|نفذتها)))"
                + _AR_E), "attacked", "arabic"),  # (round 37)
    # (round 57a) the imperfect of striking, an attack under way or reported in the present: "قوات حفتر تقصف الأحياء
    # السكنية", "سلاح الجو يضرب مواقع حفتر في مزدة" (the English "shells", "strikes" above); not after
    # أن/لن/لم/لا/كي/قد/سوف (a plan, a denial, a possibility), nor the future with س (not matched); not "تستهدف", which
    # as often says what an operation aims at ("عملية دروب النصر التي تستهدف الوشكة وبويرات الحسون"), nor "تهاجم",
    # mostly the campaign in the background ("قوات حفتر التي تهاجم العاصمة طرابلس منذ أشهر")
    (re.compile(r"(?<!\w)(?<!أن\s)(?<!ان\s)(?<!لن\s)(?<!لم\s)(?<!لا\s)(?<!كي\s)(?<!قد\s)(?<!سوف\s)"
                r"[وف]?[تي](?:قصف|ضرب|دك)(?:ون|ان)?" + _AR_E), "attacked", "arabic"),
    # (round 58a) a siege laid is an attack, like English "besieged": "حاصرت قوات الوفاق ترهونة", "وتحاصر القوات حالياً
    # ترهونة", "الجيش يحاصر الأصابعة" (the imperfect under the same exclusions as the strikes above; the besieged
    # forces, "قواته المحاصرة في …", are not matched)
    (re.compile(r"(?<!\w)(?<!أن\s)(?<!ان\s)(?<!لن\s)(?<!لم\s)(?<!لا\s)(?<!كي\s)(?<!قد\s)(?<!سوف\s)"
                + _AR_SIEGE_VERB + _AR_E), "attacked", "arabic"),
    # (round 57a) an advance made in a place is an attack on it, like English "advanced in X" (the rules give it the
    # advance's lower confidence): "تقدمت قوات الوفاق في محوري عين زارة ووادي الربيع", "حققت تقدمات في محور X"; not
    # an advance towards a place (نحو، باتجاه: the labelling guide leaves "advancing towards X" open), nor one under
    # way ("تتقدم"), which on the labelled passages named the place reached less often than not (3 right, 12 wrong)
    (re.compile(_AR_B + r"(?:تقدم(?:ت|وا)?|تقدمات|تقدما)" + _AR_E +
                r"(?=(?:\s+\S+){0,4}?\s+(?:في|داخل)\s)"), "attacked", "arabic"),
    # (round 36) "باتت قوات الوفاق تسيطر على الوشكة": has come to control – a capture, like English "now controls"
    # after fighting
    (re.compile(r"(?<!\w)(?:باتت|بات|أصبحت|أصبح|اصبحت|اصبح)\s+(?:(?:\S+\s+){1,4}?)?(?:تسيطر|يسيطر|يسيطرون)(?=\s+على)"),
     "captured", "arabic"),
    # present tense of control: تسيطر على، تتمركز في
    # (round 34) "قوات حفتر المسيطرة على حقل الشرارة": the forces controlling a place, a participle like المتمركزة
    # (round 55b) and entrenched, like stationed: "قوات حفتر المتحصنة داخل المطار", "حيث يتحصن جنود من قوات حفتر"
    (re.compile(_AR_B + r"(?:تسيطر|يسيطر|يسيطرون|تتمركز|يتمركز|يتمركزون|المتمركزة|تحتفظ|يحتفظ|"
                r"المتحصنة|المتحصنين|المتحصنون|يتحصن|تتحصن|يتحصنون|"
                r"المسيطرة(?=\s+على)|المسيطرين(?=\s+على)|المسيطر(?=\s+على))" + _AR_E), "holds", "arabic"),
    # "سرت الخاضعة لسيطرة قوات حفتر", "تحت سيطرة": the place before, the side after
    (re.compile(r"(?<!\w)(?:"
                # (round 31) "قاعدة الوطية الخاضعة لسيطرته": under the control of the one the pronoun points back to
                r"(?:تحت\s+|الخاضعة\s+ل|الخاضع\s+ل)سيطرت(?:ه|ها|هم)(?!\w)|"
                r"(?:الواقعة\s+)?تحت\s+(?:سيطرة|سلطة)|الخاضعة\s+(?:لسيطرة|لسلطة)|الخاضع\s+(?:لسيطرة|لسلطة)|الخاضعة(?=\s+ل)|الخاضع(?=\s+ل)|"
                # (round 55b) the dual and plural ("سرت وقاعدة الجفرة الخاضعتين لسيطرة حفتر"), the bare predicate
                # ("المطار خاضع لسيطرة القوات المسلحة") and the verb after its place ("مصراتة، وهي مدينة تخضع لسيطرة الوفاق")
                r"(?:ال)?خاضع(?:ان|تان|ين|تين|ون)\s+(?:لسيطرة|لسلطة)|خاضع(?:ة)?\s+(?:لسيطرة|لسلطة)|"
                r"(?:تخضع|يخضع|تخضعان|يخضعان)\s+(?:لسيطرة|لسلطة)|"
                r"في\s+قبضة|بيد)" + _AR_E), "holds", "under"),
    # "ويخضع المطار لسلطة حكومة الوفاق": the verb "is subject to" before the place, the authority after it
    (re.compile(r"(?<=\s)(?:لسلطة|لسيطرة)(?=\s)"), "holds", "subject_to"),
]
# verb triggers that are also nouns: after a determiner or a possessive they name the event
_NOUN_TRIGGER_RE = re.compile(r"(?:re-?)?capture\b|retreat\b|attacks?\b|strikes?\b|raids?\b|shelling\b|bombing\b|clashes\b|infiltrations?\b|incursions?\b|"
                              r"bombardment\b|storming\b|takeover\b|pull-?out\b|pull-?back\b")
_NOUN_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this", "that", "these", "those", "new",
                               "fresh", "latest", "recent", "renewed", "further", "another", "swift", "rapid", "sudden",
                               "surprise", "brief", "deadly", "heavy", "major", "massive", "failed", "first", "last",
                               "eventual", "apparent", "reported", "claimed", "alleged", "weekend", "overnight"})
# verbs whose subject also does the event they take as an object: "the LNA carried out air strikes on …",
# "the GNA announced the capture of …"; other verbs ("blamed", "condemned", "were killed in") do not
_LIGHT_VERB_RE = re.compile(r"\b(?:carr(?:ied|ies|y|ying)\s+out|conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?|mount(?:ed|s|ing)?|"
                            r"stag(?:ed|es|ing)|wag(?:ed|es|ing)|began|begun|beg[iu]n(?:s|ning)?|start(?:ed|s|ing)?|"
                            r"continu(?:ed|es|e|ing)|resum(?:ed|es|e|ing)|renew(?:ed|s|ing)?|stepp(?:ed|ing)\s+up|"
                            r"step(?:s)?\s+up|intensif(?:ied|ies|y|ying)|unleash(?:ed|es|ing)?|kept\s+up|keep(?:s|ing)?\s+up|"
                            r"complet(?:ed|es|e|ing)|finish(?:ed|es|ing)?|announc(?:ed|es|e|ing)|declar(?:ed|es|e|ing)|"
                            r"confirm(?:ed|s|ing)?|claim(?:ed|s|ing)?|hail(?:ed|s|ing)?|celebrat(?:ed|es|e|ing)|"
                            r"made|mak(?:e|es|ing)|press(?:ed|es|ing)?\s+on\s+with|order(?:ed|s|ing)?|"
                            r"fl(?:ew|y|ies|own|ying)|fir(?:ed|es|e|ing)|dropp(?:ed|ing)|drop(?:s)?|execut(?:ed|es|e|ing)|"
                            r"perform(?:ed|s|ing)?|led|lead(?:s|ing)?|spearhead(?:ed|s|ing)?|pursu(?:ed|es|e|ing)|"
                            # (round 37) "the LNA replied on 26 July with a strike on X": an answer in kind
                            r"(?:repl(?:ied|ies|y|ying)|respond(?:ed|s|ing)?|retaliat(?:ed|es|e|ing)|answer(?:ed|s|ing)?|"
                            r"hit\s+back)(?=[^,;.]{0,40}?\bwith\b))\b")
# "بعد إخراج قوات حفتر من …": a side right after a verbal noun of acting on it is that noun's object
_AR_OBJ_NOUN_RE = re.compile(r"(?<!\w)[وبل]?(?:إخراج|اخراج|طرد|دحر|هزيمة|ملاحقة|مطاردة|استهداف|محاصرة|حصار)\s+\S{0,3}$")
# (round 53a) "بعد طرد ميليشيات حكومة الوفاق من سرت", "بعد طرد مجموعات تابعة لحكومة الوفاق منها": the same object of a
# verbal noun when a noun for its forces stands between (and maybe "تابعة ل"/"الموالية ل" before the side)
_AR_OBJ_NOUN_FORCES_RE = re.compile(r"(?<!\w)[وبل]?(?:إخراج|اخراج|طرد|دحر|هزيمة|ملاحقة|مطاردة|محاصرة|حصار)\s+"
                                    r"(?:ال)?(?:ميليشيات|مليشيات|قوات|عناصر|مسلحي|مقاتلي|مجموعات|جماعات|فلول|بقايا|"
                                    r"كتائب|وحدات)\s+(?:(?:تابعة|التابعة|الموالية|موالية|المحسوبة|محسوبة)\s+)?\S{0,3}$")
# (round 56d) "بعد طرد القوات الموالية لحفتر منها", "بعد طرد عناصر اللواء المتقاعد خليفة حفتر منه": the same object
# when the side is named through "الموالية لـ" (the prefix "ل" glued to it) or through its commander's title and first name
_AR_OBJ_NOUN_FORCES_OWNER_RE = re.compile(r"(?<!\w)[وبل]?(?:إخراج|اخراج|طرد|دحر|هزيمة|ملاحقة|مطاردة|محاصرة|حصار)\s+"
                                          r"(?:ال)?(?:ميليشيات|مليشيات|قوات|عناصر|مسلحي|مقاتلي|مجموعات|جماعات|فلول|بقايا|"
                                          r"كتائب|وحدات)\s+(?:(?:(?:تابعة|التابعة|الموالية|موالية|المحسوبة|محسوبة)\s+(?:ل\S*\s+)?ل?)|"
                                          r"(?:(?:اللواء|المشير|الفريق|الجنرال)\s+(?:(?:المتقاعد|الركن|الانقلابي)\s+)?)?"
                                          r"(?:خليفة\s+)?)$")


def _ar_verbal_noun_object(x: _Actor, low: str) -> bool:
    """(round 56d) True if the side is named as the forces a verbal noun of driving out or defeating acts on ("بعد طرد
    القوات الموالية لحفتر منها", "بعد طرد عناصر اللواء المتقاعد خليفة حفتر منه"): its object, neither the subject of
    that noun nor the owner of a subject after a verb."""
    return bool(_AR_OBJ_NOUN_FORCES_RE.search(low[max(0, x.start - 45):x.start + 3])
                or _AR_OBJ_NOUN_FORCES_OWNER_RE.search(low[max(0, x.start - 70):x.start]))


# (round 56d) "وقال الجيش إن تلك الكتائب أمطرت ترهونة": a side that says something, then a complementizer and the reported
# clause's own noun subject (not a pronoun, not "قواته" pointing back to the speaker, no side) before the verb
_AR_SPEECH_VERB_RE = re.compile(r"(?<!\w)[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|ذكر|ذكرت|أفاد|أفادت|"
                                r"أوضح|أوضحت|اوضح|أضاف|أضافت|اتهم|اتهمت|زعم|زعمت|أشار|أشارت|كشف|كشفت)(?!\w)")
_AR_OWN_SUBJECT_CLAUSE_RE = re.compile(r"^[^.؛،,]{0,40}?(?<!\w)(?:إن|أن|ان|بأن|بان)\s+"
                                       r"(?P<subj>(?!\S*(?:ه|ها|هم|نا)\s)(?!(?:ه|ها|هم)\s)\S+(?:\s+\S+){0,2}?)\s+$")


def _ar_speaker_with_own_subject_clause(x: _Actor, trig: _Trigger, low: str, actors: Sequence[_Actor]) -> bool:
    """(round 56d) True if the side is the one saying the words ("وقال الجيش إن تلك الكتائب أمطرت ترهونة"), and the
    reported clause names its own noun subject before the verb: the speaker is no subject of that verb."""
    if x.end > trig.start or any(x.end <= a.start and a.end <= trig.start for a in actors if a is not x):
        return False
    if re.match(r"[وفبل]?(?:ال|لل)", trig.text):
        return False  # "إن الأوامر صدرت ببدء الهجوم": a noun, not the reported clause's verb
    m = _AR_OWN_SUBJECT_CLAUSE_RE.match(low[x.end:trig.start])
    if m is None or _GENERIC_SUBJECT_RE.search(m.group("subj")) or re.search(r"\S(?:ه|ها|هم|نا)(?:\s|$)", m.group("subj")):
        return False  # "وقالت قوات الوفاق إن الطائرات قصفت …", "أن قوات حكومته بسطت …": the speaker's own forces
    return bool(_AR_SPEECH_VERB_RE.search(low[max(0, x.start - 25):x.start])
                or _AR_SPEECH_VERB_RE.search(low[x.end:trig.start]))


def _ar_relative_clause_subject(x: _Actor, trig: _Trigger, low: str) -> bool:
    """(round 56d) True if the side, after the trigger, is the subject of a relative clause of its own ("خسرت … قاعدة
    الوطية التي استعادتها قوات الوفاق"): the relative pronoun and one verb stand right before it, so it did the
    relative clause's verb, not the main one."""
    return x.start >= trig.end and re.search(r"(?<!\w)(?:التي|الذي|اللتين|اللذين|الذين|اللتان|اللذان)\s+\S+\s+"
                                             r"(?:(?:عليها|منها|فيها|عليه|منه|فيه)\s+)?(?:(?:ال)?(?:قوات|وحدات|عناصر|مليشيات|ميليشيات|كتائب)\s+)?$",
                                             low[max(trig.end, x.start - 60):x.start]) is not None


# (round 55a) a noun whose owner the side named right after it is: "معاقل قوات حفتر", "مواقع الجيش", "صفوف قوات الوفاق"
_AR_OWNED_NOUN_BEFORE_RE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:معاقل|معقل|مواقع|تمركزات|آليات|صفوف|خطوط|مقرات|دفاعات|"
                                      r"ثكنات|تحصينات|مخازن|أسرى|قتلى|جرحى)\s+$")
_AR_PREP_ACTOR_RE = re.compile(r"(?:(?<!\w)(?:على|من|إلى|الى|ضد|مع|عن|في|بين)\s+\S{0,3}$)|(?<!\w)[وف]?[لب](?=قوات|مليشيات|ميليشيات|حكومة|الجيش|حفتر)")
# "طائرة مسيرة تابعة لقوات حفتر", "القوات الموالية لحفتر": "ل" after these words names the owner, who acts
_AR_OWNER_BEFORE_RE = re.compile(r"(?<!\w)(?:تابعة|التابعة|تابع|التابع|موالية|الموالية|الموالي|الموالون|موالون|"
                                 r"المتحالفة|المحسوبة|المدعومة)\s+(?:(?:ل\S*|مع)\s+)?$")
# (round 53a) "غرفة عمليات تحرير سرت والجفرة", "ضمن عملية تحرير العاصمة": the liberation an operation (or its
# operations room) is named for is its goal, not a taking
_AR_OPERATION_OF_RE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:عملية|عمليات)\s+$")
# (round 40) "بعد ساعات فقط من سيطرتها على …", "عقب سيطرتها على": the control a time phrase counts from is a taking
_AR_AFTER_TAKING_RE = re.compile(r"(?<!\w)[وف]?(?:بعد|عقب)\s+(?:(?:ساعات|ساعة|ساعتين|أيام|يوم|يومين|أسابيع|أسبوع|"
                                 r"وقت|قليل|قليلة|فقط|من)\s+){0,4}$")
# (round 58a) also behind ب: "عملية عسكرية انتهت ببسط السيطرة على صرمان وصبراتة" (not ل, a purpose: "لبسط السيطرة")
_AR_ANNOUNCE_RE = re.compile(r"(?<!\w)[وفب]?(?:أعلن|أعلنت|اعلن|اعلنت|تعلن|يعلن|إعلان|اعلان|أكد|أكدت|بسط|بسطت|أحكم|أحكمت|"
                             r"احكم|فرض|فرضت|استكمل|استكملت|استكمال|استعاد|استعادت|استعادة|أتم|أتمت|إحكام)(?!\w)")
_AUX = frozenset({"is", "are", "was", "were", "been", "being", "be", "get", "got", "had", "has", "have"})
_ADVERBS = frozenset({"reportedly", "also", "heavily", "repeatedly", "fully", "completely", "totally", "now",
                      "already", "later", "then", "finally", "partially", "partly", "briefly", "allegedly",
                      "effectively", "quickly", "largely", "mostly", "just", "recently", "again", "still",
                      "not", "never", "reportedly"})
_ADJ_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those", "newly",
                              "recently", "previously", "once"})


# (round 56c) "the al-Watiya air base, which the Turkish-backed GNA recently recaptured", "GNA forces recently
# recaptured X", "it had recently captured X": an adverb of time after the subject (a name, a noun, a pronoun or an
# auxiliary, not a determiner or a preposition) belongs to the verb, not to an adjective ("the recently captured
# town", "in newly occupied areas", "the towns recently seized by the GNA" stay adjectives)
_ADVERB_DETERMINERS = frozenset({"recently", "newly", "previously", "once"})
_NOT_A_SUBJECT = frozenset({"the", "a", "an", "its", "their", "his", "her", "these", "those", "of", "in", "on", "at",
                            "to", "from", "for", "with", "by", "into", "and", "or", "as", "than", "after", "before"})


def _adverb_of_the_verb(low: str, before: list[str], t: Any) -> bool:
    """Whether the adverb before a participle-like trigger modifies the verb of a clause ("which the GNA recently
    recaptured") rather than making the participle an adjective ("the recently captured town")."""
    if before[-1] not in _ADVERB_DETERMINERS or len(before) < 2 or before[-2] in _NOT_A_SUBJECT:
        return False
    if re.match(r"\s+by\b", low[t.end:]):
        return False  # "the coastal towns recently seized by the GNA": a passive participle after its noun
    # the adverb right after a comma or a sentence start opens no clause of its own
    return not re.search(r"[,.;:]\s*\S+\s*$", low[max(0, t.start - 40):t.start])


# (round 35) a try at a place that was beaten back: the noun, who tried ("by S", "of S"), and the move that was tried
_REPELLED_TRY_RE = re.compile(
    r"(?<![\w-])(?:attempts?|bids?|advances?|(?:counter-?)?offensives?|push|drive|incursions?|efforts?)\s+"
    r"(?:(?:by|of)\s+(?P<who>(?:[\w'’-]+\s+){1,7}?))?"
    r"(?:to\s+(?:(?:push|advance|move|break|get|press|storm|enter|reach|take|capture|seize|infiltrate|retake)\s+)"
    r"(?:(?:deep(?:er)?|further|forward)\s+)?(?:(?:into|on|towards?|along|through|in)\s+)?|"
    r"(?:into|on|against|at|towards?|along)\s+)(?=(?:the\s+)?[^\W\d])")
_HALTED_RE = re.compile(r"\b(?:halt(?:ed|s|ing)|stopp(?:ed|ing)|stops?|block(?:ed|s|ing)|check(?:ed|s|ing))\s+"
                        r"(?:\S+\s+){0,4}$")


def _find_triggers(s: str, low: str) -> list[_Trigger]:
    found: list[_Trigger] = []
    for rx, action, form, window in _TRIGGERS:
        for m in rx.finditer(low):
            found.append(_Trigger(m.start(), m.end(), action, form, low[m.start():m.end()], window=window))
    for m in _DRIVE_RE.finditer(low):
        mid = m.group("mid")
        if m.group(0).startswith("repel") and re.search(r"\bby\b", mid):
            continue  # "was repelled by anti-LNA forces from Zawiya": where the repellers come from
        if re.search(r"\bto\s+[a-z]", mid):
            continue  # "forced the LNA to retreat from …": the retreat is the event (object control, below)
        if not mid.strip() and m.group("prep") in ("from", "away from", "back from") and re.match(
                r"push|driv|drove|chas|clear", m.group(0)) and not re.search(
                r"\b(?:was|were|been|being|be|got|get)\s+(?:\w+ly\s+)?$", low[max(0, m.start() - 25):m.start()]):
            continue  # "pushing from Sirte towards Misrata", "driving from Tripoli": where a movement starts (but
            # "after being pushed back from Tarhuna by GNA forces" is a passive drive: the subject was driven out)
        if not mid.strip() and m.group("prep").startswith("out") and re.match(r"push|driv|drove", m.group(0)) and (
                re.match(r"\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:towards?|in\s+the\s+direction\s+of)\b",
                         low[m.end():])) and not re.search(r"\b(?:were|was|been|being|be|got|get)\s*$", low[:m.start()]):
            continue  # "Haftar's forces pushed out of Sirte towards Misrata": the subject moved; nobody was driven out
        if not m.group("prep").startswith("out") and mid.strip() and not re.search(
                r"\b(?:forces|fighters|troops|militias?|units|groups|them|him|enemy|rebels|mercenaries|remnants|"
                r"gna|lna|haftar\S*|army|brigades?)\b", mid):
            continue  # "driving south from Tripoli" is a journey, not an expulsion
        if re.search(r"\b(?:further|farther)\s*$", mid):
            continue  # "pushing Haftar's forces further away from Tripoli": they were not in it, only nearer
        found.append(_Trigger(m.start(), m.end(), "captured", "drive", low[m.start():m.end()]))
    for m in re.finditer(r"\b(?:counter-?)?offensives?(?=\s+(?:on|against)\b)", low):
        # "beat back an LNA offensive on Ain Zara": a repelled offensive is an attack; an offensive named
        # otherwise ("his 14-month offensive on the capital") is a campaign, not one event
        if _REPEL_RE.search(low[max(0, m.start() - 60):m.start()]):
            found.append(_Trigger(m.start(), m.end(), "attacked", "nominal", low[m.start():m.end()]))
    for m in _REPELLED_TRY_RE.finditer(low):
        # (round 35) "repelled an attempt by Haftar's forces to push into the village of X", "halted an advance into X
        # by forces loyal to S", "pushed back the offensive of S at X": the try that was beaten back is an attack by
        # the side it names (inside the trigger, or after it with "by")
        pre = low[max(0, m.start() - 60):m.start()]
        rm = _REPEL_RE.search(pre) or _HALTED_RE.search(pre)
        if rm is None or re.search(r"\b(?:to|will|would|could|can|might|may|should|must)\s+$", pre[:rm.start()]) or \
                re.search(r"\bany\b", pre[rm.start():]):
            continue  # "sent reinforcements to repel any advance by S towards X": a try still to come
        if not m.group("who") and re.match(r"(?:push|drive|(?:counter-?)?offensive)", m.group(0)) and not re.search(r"\b(?:an?|another|new|fresh|latest)\s+(?:[\w'’-]+\s+){0,3}$", pre):
            continue  # "halted the LNA's push on the capital": the campaign, not one try at a place
        found.append(_Trigger(m.start(), m.end(), "attacked", "nominal", low[m.start():m.end()], irrealis_ok=True,
                              inner_agent=bool(m.group("who"))))
    for m in _DRIVE_OUT_RE.finditer(low):
        obj = m.group("mid") or m.group("obj")
        if re.search(r"\b(?:of|from|to)\b", obj) or not re.search(
                r"\b(?:forces|fighters|troops|militias?|units|groups|them|him|enemy|rebels|mercenaries|remnants|"
                r"gna|lna|haftar\S*|army|brigades?)\b", obj):
            continue
        found.append(_Trigger(m.start(), m.end(), "captured", "drive_out", low[m.start():m.end()]))
    for m in _HANDOVER_RE.finditer(low):
        if re.search(r"\bover\b", m.group("mid")):
            found.append(_Trigger(m.start(), m.end(), "captured", "handover", low[m.start():m.end()]))
    for m in re.finditer(r"\bin\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?hands\b", low):
        # "declared the whole area in their hands": a taking announced, like "declared it under their control"
        came = re.search(r"\b(?:declared|declares|declaring|proclaimed|proclaiming)\s+(?:[\w'-]+\s+){1,4}$",
                         low[max(0, m.start() - 50):m.start()])
        found.append(_Trigger(m.start(), m.end(), "captured" if came else "holds", "in_hands", low[m.start():m.end()]))
    for m in _UNDER_CTL_RE.finditer(low):
        came = m.group("came") or re.search(r"\b(?:brought|bring|brings|bringing|placed|put|declared|declares|declaring|"
                                            r"proclaimed|announced)\s+(?:[\w'-]+\s+){1,4}$",
                                            low[max(0, m.start() - 50):m.start()]) or re.search(
            # "brought the two coastal towns of Sabrata and Surman, west of Tripoli, under their control": the
            # object of "brought" may be a long noun phrase with an apposition, within the clause
            r"\b(?:brought|bring|brings|bringing|placed)\s+(?:[\w'-]+,?\s+){1,14}$",
            low[max(0, m.start() - 130):m.start()])
        found.append(_Trigger(m.start(), m.end(), "captured" if came else "holds", "in_hands",
                              low[m.start():m.end()]))
    for m in _STRONGHOLD_RE.finditer(low):
        if _LEFT_STRONGHOLD_RE.search(low[max(0, m.start() - 60):m.start()]):
            continue  # (round 33) "the LNA's withdrawal from its main base at Gharyan": the base left, no hold
        found.append(_Trigger(m.start(), m.end(), "holds", "stronghold", low[m.start():m.end()]))
    for m in _AR_STRONGHOLD_RE.finditer(low):  # (round 46)
        found.append(_Trigger(m.start(), m.end(), "holds", "stronghold", low[m.start():m.end()]))
    for m in _OWNED_BASE_RE.finditer(low):
        name = m.group("name")
        if name and not all(w[:1].isupper() or re.fullmatch(r"(?:al|el)-\w.*", w) and w[3:4].isupper()
                            or re.fullmatch(_OWNED_BASE_ADJ, w.lower())
                            for w in s[m.start("name"):m.end("name")].split()):
            continue  # (round 34) "Haftar's attack on the base": not a base named as the side's
        if not re.search(r"(?<![\w-])(?:haftar|hafter|hifter|lna|gna|anl|army|forces|government|militias?|troops|"
                         r"camp|side|command|sarraj|serraj|al-sarraj)'s\s$", low[max(0, m.start() - 16):m.start()]):
            continue  # (round 34) "Tripoli's Mitiga base", "Turkey's base": a possessor that is no side
        if _LEFT_STRONGHOLD_RE.search(low[max(0, m.start() - 60):m.start()]) or any(
                t.form == "stronghold" and t.start <= m.start() < t.end for t in found):
            continue
        found.append(_Trigger(m.start(), m.end(), "holds", "stronghold", low[m.start():m.end()], owned=True))  # (round 34)
    for m in _WHERE_STATIONED_RE.finditer(low):
        # (round 34) "the base south-west of Tripoli, where gunmen loyal to Haftar are holed up": the subject of the
        # relative holds the place "where" follows
        found.append(_Trigger(m.start("verb"), m.end("verb"), "holds", "verb", m.group("verb"), window=2))
    for m in re.finditer(r"(?<![\w-])(?:use|uses)(?=\s+(?:to|as|for)\b)", low):
        if re.search(r"(?:,\s*|\b)(?:which|that)\s+(?:[\w'’-]+\s+){1,4}$", low[max(0, m.start() - 50):m.start()]):
            # (round 33) "the base, which Haftar's forces use to mass their units": a place a side uses it holds
            found.append(_Trigger(m.start(), m.end(), "holds", "verb", low[m.start():m.end()], window=2))
    for m in _HOLD_MOD_RE.finditer(low):
        found.append(_Trigger(m.start(), m.end(), "holds", "hold_mod", low[m.start():m.end()], window=5))
    if is_arabic(s):
        for rx, action, form in _AR_TRIGGERS:
            for m in rx.finditer(low):
                if form == "arabic_nominal":
                    if _AR_AFTER_TAKING_RE.search(low[max(0, m.start() - 40):m.start()]) and \
                            not m.group(0).startswith("السيطرة"):
                        action = "captured"  # (round 40) "بعد ساعات فقط من سيطرتها على …": a taking a time ago
                    elif _AR_TRIED_BEFORE_RE.search(low[max(0, m.start() - 90):m.start()]):
                        action = "captured"  # (round 57b) "تحاول قوات الوفاق السيطرة على …": tried, read in the rules
                    elif not _AR_ANNOUNCE_RE.search(low[max(0, m.start() - 60):m.start()]):
                        if m.group(0).startswith("السيطرة"):
                            continue  # "معارك للسيطرة على": a goal, not a state
                        action = "holds"
                    else:
                        action = "captured"
                if form == "subject_to":
                    if not re.search(r"(?<!\w)[وف]?(?:يخضع|تخضع|خضع|خضعت|يخضعان|تخضعان)\s+(?:\S+\s+){1,3}$",
                                     low[max(0, m.start() - 40):m.start()]) and not re.search(
                            # (round 41) "وتخضع سبها، على غرار أجزاء من الجنوب، لسيطرة الجيش": a parenthetical between
                            r"(?<!\w)[وف]?(?:يخضع|تخضع|خضع|خضعت)\s+\S+\s*[،,][^،,.؛]{1,90}[،,]\s*$",
                            low[max(0, m.start() - 130):m.start()]):
                        continue
                    form = "under"
                if form == "under" and m.group(0).strip() == "بيد" and re.search(
                        r"(?<!\w)[وف]?(?:سقوط|سقطت|سقط|وقوع|وقعت|وقع)\s+(?:\S+\s+){1,3}$", low[max(0, m.start() - 50):m.start()]):
                    fell = True  # (round 41) "عقب سقوط صرمان بيد قوات الوفاق": the fall into S's hands is a taking
                else:
                    fell = False
                if form == "arabic" and action == "captured" and re.fullmatch(r"[وف]?تحرير\S*", m.group(0)) and \
                        _AR_OPERATION_OF_RE.search(low[max(0, m.start() - 20):m.start()]):
                    continue  # (round 53a) "غرفة عمليات تحرير سرت", "أحرز تقدماً في عملية تحرير مدينة سرت": a goal
                t = _Trigger(m.start(), m.end(), "captured" if fell else action, "arabic" if form in ("arabic_drive", "arabic_nominal") else form,
                             low[m.start():m.end()])
                t.expel = form == "arabic_drive"
                if _AR_BARE_LOSS_RE.fullmatch(t.text):
                    t.window = 6  # (round 54a) the place lost is the noun's object, not one a later clause names
                if action == "attacked" and re.search(r"(?<!\w)[وف]?(?:تعرض|تعرضت|يتعرض|تتعرض|تعرضوا)\s+(?:\S+\s+){0,3}$",
                                                      low[max(0, m.start() - 40):m.start()]):
                    t.passive = True  # "تعرض مطار معيتيقة لقصف …": the place was shelled
                found.append(t)
    # earliest start, then longest, wins; overlapping ones are dropped
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[_Trigger] = []
    for t in found:
        if out and t.start < out[-1].end:
            continue
        out.append(t)
    kept = []
    for t in out:
        before = _words_between(low, max(0, t.start - 40), t.start)
        if t.form == "verb" and before and before[-1] in _ADJ_DETERMINERS and re.match(r"\w+ed\b", t.text) \
                and not _adverb_of_the_verb(low, before, t):
            continue  # "the abandoned airport", "the captured town": adjectives
        if t.action == "attacked" and t.text == "struck" and re.search(
                r"\b(?:deal|deals|agreement|(?<!national\s)accord|truce|ceasefire|cease-fire|bargain|compromise|balance|pact)\s+"
                r"(?:(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+)?$", low[max(0, t.start - 30):t.start]):
            continue  # (round 35) "the deal struck at the committee's meeting in Sirte": an agreement made, no strike
            # (round 37) – but not "Aircraft of the Government of National Accord struck …": the government's name
        if t.action == "attacked" and t.text == "targets" and (re.match(r"\s+(?:are|were|include[sd]?|included|of)\b", low[t.end:])
                                                             or before and before[-1] in ("whose", "its", "their", "his", "the", "of")):
            continue  # (round 35) "an operation whose targets are A, B and C": the noun, no strike
        if t.action == "holds" and t.text.startswith("control") and _HANDED_CONTROL_RE.search(low, max(0, t.start - 40), t.start):
            continue  # (round 27) "handed control of the oilfield to a local force": the subject gives it up
        if t.form == "verb" and t.action == "withdrew" and before and before[-1] in ("the", "its", "their", "his") \
                and re.fullmatch(r"\w+ing", t.text):
            t.form = "participle"  # "chased the retreating LNA units towards al-Washka"
        elif t.form == "verb" and t.action == "withdrew" and re.fullmatch(r"(?:fleeing|retreating|withdrawing)", t.text) \
                and re.search(r"[\w-]+['’]s?\s+$", low[max(0, t.start - 30):t.start]) and re.match(
                    r"\s+(?:[\w-]+\s+)?(?:forces|fighters|troops|militias?|units|gunmen|mercenaries)\b", low[t.end:]):
            # (round 18) "pursuing the rest of Haftar's fleeing militias": the possessor's forces are fleeing
            t.form = "participle"
        if t.form == "verb" and t.action == "attacked" and before and before[-1] in ("a", "an", "the", "new", "fresh") \
                and re.fullmatch(r"(?:attacks?|strikes?|raids?|clashes|bombing|shelling)", t.text):
            t.form = "nominal"  # "an attack that …", "the shelling"
        if t.form == "nominal" and re.match(r"(?:retreat|attacks?|strikes?|raids?|assault|pull-?out|pull-?back)\b", t.text) \
                and before and (before[-1] in ("to", "will", "would", "could", "can", "may", "might", "did", "must")
                                or before[-1] in ("forces", "troops", "fighters", "militias", "units", "they")):
            t.form = "verb"  # "were forced to retreat from Gharyan", "LNA forces retreat from …": a verb
            t.text = t.text.split()[0]
            t.end = t.start + len(t.text)
        if t.form == "verb" and _NOUN_TRIGGER_RE.match(t.text) and (
                (before and before[-1] in _NOUN_DETERMINERS) or t.text == "clashes" or
                (before and before[-1] in ("in", "during", "amid", "after", "following", "despite", "of") and
                 re.fullmatch(r"(?:attacks|strikes|raids|shelling|bombing|clashes)", t.text)) or re.search(r"'s?\s*$", low[max(0, t.start - 4):t.start])):
            t.form = "nominal"  # "the capture of X", "Wednesday's recapture of X", "their retreat from X"
        # (round 43) also a drive: "managed to drive the LNA out of the airbase" was done
        if t.form in ("verb", "drive", "drive_out") and t.action != "holds" and before and before[-1] in ("to",) \
                and len(before) > 1 and before[-2] in ("forced", "managed", "able", "began", "started", "continued", "had", "has",
                                   "have", "were", "was", "compelled", "made", "obliged"):
            t.irrealis_ok = True
        ctl = re.search(r"\b(?:forc(?:ed|ing)|compell(?:ed|ing)|compels|oblig(?:ed|es|ing)|made|mak(?:es|ing)|"
                        r"push(?:ed|es|ing)|dr(?:ove|iven|iving))\s+((?!(?:was|were|is|are|be|been)\b)(?:[\w'-]+\s+){1,8}?)"
                        r"to\s+$",  # (round 34) eight words: "pushed forces loyal to retired general Khalifa Haftar to"
                        low[max(0, t.start - 90):t.start])
        if t.form == "verb" and t.action != "holds" and ctl:
            off = max(0, t.start - 90)
            t.irrealis_ok = True  # "forced the LNA to retreat from Gharyan": the LNA retreated
            t.controller = (off + ctl.start(1), off + ctl.end(1))
        i = len(before) - 1
        while i >= 0 and before[i] in _ADVERBS:
            i -= 1
        if t.form in ("verb", "drive") and i >= 0 and before[i] in _AUX and re.search(
                r"(?:ed|en|wn|ck|ht|uck|aken|ken|hit|run|shot|held)\b", t.text.split()[0]):
            aux = before[i]
            if not (aux in ("had", "has", "have") and re.match(r"(?:been)", before[i + 1] if i + 1 < len(before) else "") is None
                    and aux in ("had", "has", "have")):
                t.passive = aux not in ("had", "has", "have") and not re.match(
                    r"(?:stationed|based|positioned|entrenched|dug|deployed|garrisoned|barricaded|holed)\b", t.text)
        if t.action == "holds" and t.form in ("under", "in_hands") and re.search(
                r"\b(?:(?:is|are|was|were|now|firmly|fully|once\s+again)\s+back|"
                r"(?:is|are|was|were|now)\s+(?:once\s+)?again)\s+$", low[max(0, t.start - 30):t.start]):
            # (round 18) "Gharyan is back in government hands", "the oilfield is back in the hands of Haftar's LNA":
            # a place that came back to a side was retaken by it; (round 31) so was one "again under S control"
            t.action = "captured"
        if t.form == "verb" and t.action == "captured" and re.fullmatch(r"fell|fallen", t.text.strip()):
            t.passive = True  # "al-Urban had fallen too": like "was taken too", the place is the subject
        if t.form in ("verb", "drive") and not t.passive and re.search(r"\bby\b", low[t.end:t.end + 12]) \
                and re.match(r"(?:still\s+)?(?:\w+(?:ed|en|wn)|hit|struck|shot|held|overrun)\b", t.text) \
                and not (re.search(r"\b(?:they|we|he|she|it)\s+(?:\w+ly\s+)?$", low[max(0, t.start - 20):t.start])
                         and re.match(r"\s*by\s+(?:the\s+)?(?:morning|afternoon|evening|night|noon|midday|dawn|dusk|end|time|"
                                      r"weekend|\d)", low[t.end:])):
            # (round 38) not "which they secured by the afternoon": a pronoun subject and a time after "by"
            t.passive = True  # reduced relative: "Sirte, shelled by LNA forces for weeks"
        if t.action == "withdrew" and t.text.startswith("lost") and _REGAIN_WHAT_LOST_RE.search(low, 0, t.start):
            continue  # (round 30) "to win back the positions they lost in Sirte": the loss only names what is to be regained
        if t.action == "withdrew" and re.match(r"(?:left|leaving|was\s+leaving|were\s+leaving)\b", t.text) and \
                _VEHICLE_LEAVING_RE.search(low[max(0, t.start - 70):t.start]):
            continue  # (round 43) "warplanes struck an armed column as it left Misrata": a column setting out, no withdrawal
        kept.append(t)
    return kept


_VEHICLE_LEAVING_RE = re.compile(r"\b(?:columns?|convoys?|vehicles?|trucks?|aircraft|planes?|drones?|ships?|boats?|"
                                 r"vessels?|flights?|tankers?)\s+(?:[\w-]+\s+){0,3}?(?:as|when|while|just\s+as|after)\s+"
                                 r"(?:it|they)\s+(?:was\s+|were\s+)?$")
_REGAIN_WHAT_LOST_RE = re.compile(r"\b(?:win(?:ning)?\s+back|won\s+back|regain(?:ed|ing|s)?|retak(?:e|es|ing)|retook|"
                                  r"recaptur(?:e|ed|es|ing)|reclaim(?:ed|ing|s)?|recover(?:ed|ing|s)?)\s+(?:all\s+)?(?:the\s+)?"
                                  r"(?:[\w-]+\s+)?(?:positions?|areas?|ground|territory|territories|towns?|sites?|posts?|bases?)"
                                  r"\s+(?:that\s+|which\s+)?(?:they|it|he|we|she)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")


# =============================================================================== modality
# (round 35) "went after X" is a verb of attack, not a clause after a boundary
_BOUNDARY_RE = re.compile(
    r";|:\s(?!(?:at|against)\s)|\(|\)|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|(?<!\bwent\s)(?<!\bgone\s)(?<!\bgoes\s)(?<!\bgoing\s)\bafter\b|\bbefore\b|"
    r"\bwhen\b|\bwhich\b|\bwho\b|\bwhose\b|\bsince\b(?!\s+(?:(?:early|late|mid)[\s-]+)?(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|last|yesterday)\b)|\buntil\b|\bwhere\b|,\s*(?!including\b)(?=\w+ing\b)|(?<!\bwell\s)(?<!\bsuch\s)(?<!\bfar\s)(?<!\bsoon\s)\bas\s+(?=(?:the|they|it|he|she|we|its|their|his|government|gna|lna|haftar|forces|fighting|clashes|a|an)\b)|"
    r"\bsaid\b|\bsays\b|\baccording\s+to\b|\btold\b|\badded\b|"
    # "that day", "that evening": a time, not a complement clause
    r"\bthat\b(?!\s+(?:day|night|evening|morning|afternoon|week|month|year|same)\b)|"
    # (round 42) "الغارة التي شنتها قوات حفتر على …": a relative that only names who launched the attack goes on with it
    r"(?:^|\s)(?:إن|أن|بعد|قبل|بينما|فيما|في\s+حين|لكن|غير\s+أن|التي(?!\s+(?:شنتها|نفذتها|أطلقتها|اطلقتها)\s)|"
    r"الذي(?!\s+(?:شنه|نفذه|أطلقه|اطلقه)\s)|الذين|حيث|عندما|وسط)(?=\s)")
_DENIAL_RE = re.compile(r"\b(?:untrue|not\s+true|false|baseless|fabricated|rumou?rs?|denied|denies|refuted|"
                        r"dismissed|rejected|nonsense|(?:are|were|is|all|mere|outright|pure|more)\s+lies)\b")
_IRREALIS_RE = re.compile(
    r"\b(?:would|will|could|might|should|shall|plans?|planning|aims?|aiming|aimed|seeks?|seeking|sought|"
    r"attempts?|attempted|attempting|bid|efforts?|tries|tried|trying|try|vow(?:s|ed)?|threat(?:en|ens|ened|ening)|"
    # (round 39) "threatening" too: "with its spokesman threatening to keep bombing them"
    r"prepar(?:e|es|ed|ing)|poised|ready|intends?|intended|wants?|wanted|hopes?|hoped|if|unless|whether|"
    r"order(?:s|ed)?|call(?:s|ed)?\s+(?:on|for)|push\s+to|drive\s+to|bids|aim\s+to|set\s+to|sought\s+to|"
    r"preparing\s+to|about\s+to|in\s+order\s+to|in\s+a\s+bid|capable|possible|possibility|risk|"
    # (round 28) "with the goal of storming X"
    r"(?:goal|objective|aim|intention)\s+of|"
    # (round 40) "sending reinforcements in anticipation of an attack", "تحسباً لهجوم قد تشنه …": an attack awaited
    r"anticipation\s+of|brac(?:e|es|ed|ing)\s+for|"
    # (round 40) "the negotiations on handing Sirte over to the GNA": a handover under negotiation
    r"(?:negotiations|talks|discussions)\s+(?:on|about|over)|"
    # (round 36) "insists on 'liberating' Sirte"; Arabic with a conjunction: "وتسعى قوات الوفاق إلى استعادة …"
    r"insist(?:s|ed|ing)?\s+on|determined\s+to|"
    # (round 43) "its militias have been talking about seizing the city since May": talk, not an event
    r"talk(?:s|ed|ing)?\s+(?:about|of)|dream(?:s|ed|ing)?\s+(?:about|of)|"
    # (round 40) "تصدت لمحاولتها اقتحام …": an attempt with a pronoun suffix or "ل" before it
    r"[وف]?(?:سوف|تحسبا|ل?محاولت(?:ها|ه|هم)|لمحاولة|ستسيطر|يسعى|تسعى|محاولة|محاولات|تحاول|يحاول|تخطط|يخطط|تهدد|يهدد|تعتزم|يعتزم|تستعد|يستعد|"
    # (round 39) "قواته ما زالت تعمل على استكمال السيطرة على": still working to complete control, not yet taken
    r"تعمل\s+على|يعمل\s+على))\b")
# (round 30) "retaking X is imminent", "its fall was only days away": the action as the subject of a prediction
_IMMINENT_RE = re.compile(r"[^,;.]{0,60}?\b(?:is|was|are|were|seems|seemed|looks|looked)\s+(?:now\s+|only\s+|still\s+|just\s+)?"
                          r"['\"‘“]?(?:imminent|near|close\s+at\s+hand|(?:only\s+)?(?:days|hours|weeks)\s+away|"
                          r"a\s+matter\s+of\s+(?:time|days|hours))\b")
_AR_TARGET_OWNER_RE = re.compile(r"\s+(?:\S+\s+){0,3}?على\s+(?:مواقع|تمركزات|تجمعات|مقرات|آليات|مخازن|معسكرات?|"
                                 r"تحصينات|دفاعات)\s+(?:\S+\s+)?$")  # (round 39)
# (round 42) "قصفت مواقع لقوات حفتر", "استهدف بالقصف تمركزات تابعة لقوات الوفاق": a verb of striking with the
# positions as its direct object – the side they belong to is the target, not the striker
_AR_DIRECT_TARGET_OWNER_RE = re.compile(r"\s+(?:(?:[بل]ال\S+|بـ?\S+)\s+)?(?:مواقع|تمركزات|تجمعات|مقرات|آليات|مخازن|"
                                        r"معسكرات?|تحصينات|دفاعات)\s+(?:(?:\S+\s+)?(?:تابعة|التابعة)\s+)?"
                                        r"(?:\S+\s+)?$")
_ANY_HOLDERS_RE = re.compile(r"\bany\s+(?:[\w'’-]+\s+){0,3}?(?:fighters|forces|troops|militiamen|members|elements|units|"
                             r"gunmen|mercenaries)\b[^.;:]{0,80}$")  # (round 39)
_WITHIN_TIME_RE = re.compile(r"\s*,?\s*within\s+(?:(?:a|an|the)\s+)?(?:few|couple\s+of|matter\s+of|\w+)\s+"
                             r"(?:of\s+)?(?:hours|days|minutes|weeks|hour|day)\b")  # (round 39)
_EVENT_GIVEN_RE = re.compile(r";[^;]{0,80}?\b(?:the|this|that|such)\s+(?:attacks?|strikes?|shelling|raids?|bombing|"
                             r"bombardment|assault|barrage)\s+(?:proved|proves|showed|shows|was|were|is|came|comes|"
                             r"confirmed|confirms|demonstrated|revealed|exposed)\b")  # (round 39)
_HEDGE_RE = re.compile(r"\b(?:claim(?:s|ed|ing)?|reportedly|allegedly|purportedly|apparently|unconfirmed|"
                       r"(?:is|are|was|were)\s+said\s+to|it\s+is\s+unclear|some\s+reports|rumou?r(?:s|ed)?|according\s+to\s+(?:unconfirmed|some|local)|"
                       r"conflicting|زعم|زعمت|ادعت|ادعى|مزاعم)\b")
_ATTRIB_RE = re.compile(r"\b(?:said|says|say|saying|told|announced|announces|announce|announcing|statement|"
                        r"according\s+to|stated|added|declared|declares|reported|reports|sources?|"
                        r"spokes(?:man|woman|person)|قال|قالت|أعلن|أعلنت|أكد|أكدت|بحسب|وفق)\b")


def _clause(low: str, pos: int, bounds: list[tuple[int, int]]) -> tuple[int, int]:
    start, end = 0, len(low)
    for a, b in bounds:
        if b <= pos:
            start = b
        elif a >= pos:
            end = a
            break
    return start, end


_GENERIC_SUBJECT_RE = re.compile(r"\b(?:it|they|its|their|offensive|counter-?offensive|operation|advance|"
                                 r"forces|troops|fighters|units|army|militias?|he|his|we|our|"
                                 r"warplanes?|aircraft|jets|planes|drones?|helicopters|artillery|air\s+force|"
                                 r"قواتها|قواته|قواتنا|قواتهم|مقاتليها|مقاتليه|الوحدات|القوات|سلاح\s+الجو|الطيران|"
                                 r"طائرات|الطائرات|طائرة|مقاتلات|"
                                 # (round 26) "وكانت قوات الجيش قد سيطرت …": the army the article named before
                                 r"قوات\s+الجيش|الجيش)\b")


_REPEL_RE = re.compile(r"(?:\b(?:repel(?:led|s|ling)?|repuls(?:ed|es|ing)|beat(?:en|s|ing)?\s+back|fend(?:ed|s|ing)?\s+off|"
                       r"fought\s+off|beat(?:en|s|ing)?\s+off|foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|repell?ing|"
                       r"push(?:ed|es|ing)?\s+back|(?:threw|thrown|throws?|throwing)\s+back)|(?<!\w)[وف]?(?:صد(?:ّ)?(?:ت|وا)?|تصد(?:ّ)?(?:ت|وا)|أحبط(?:ت|وا)?|احبط(?:ت|وا)?))"
                       r"\s+(?:\S+\s+){0,4}$")
