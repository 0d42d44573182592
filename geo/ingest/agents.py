"""Who acted, for ``frontline ingest``: the side of a trigger (``_agent``) – subject, ``by`` phrase,
speaker, reported voice, relative antecedent, the side that lost or repelled (English and Arabic), and the owner of a
stronghold – with the cue patterns it reads.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Sequence
from typing import Any

from geo.names import is_arabic
from geo.ingest.text import _normalise
from geo.ingest.sides import _Actor, _Place, _side_mentions
from geo.ingest.triggers import (
    _AR_BARE_LOSS_RE,
    _AR_DIRECT_TARGET_OWNER_RE,
    _AR_OBJ_NOUN_FORCES_RE,
    _AR_OBJ_NOUN_RE,
    _AR_OWNED_NOUN_BEFORE_RE,
    _AR_OWNER_BEFORE_RE,
    _AR_PREP_ACTOR_RE,
    _AR_SIEGE_VERB,
    _AR_STRONGHOLD_RE,
    _AR_TARGET_OWNER_RE,
    _DRIVE_RE,
    _GENERIC_SUBJECT_RE,
    _LIGHT_VERB_RE,
    _REPEL_RE,
    _Trigger,
    _ar_relative_clause_subject,
    _ar_speaker_with_own_subject_clause,
    _ar_verbal_noun_object,
)


# (round 31) a sentence opened by a side speaking: "قال الجيش الوطني الليبي إن …", "The LNA said that …"
_OPENING_SPEECH_RE = re.compile(r"\s*(?:[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|اكد|اكدت|ذكر|ذكرت|أفاد|أفادت)\s+)")
_DRIVEN_OUT_NOTE = "the side driven out was"
# (round 32) "after the militias had left, troops quickly entered and took control of the town"
_ENTERED_AFTER_LEFT_RE = re.compile(r"\b(?:after|once|when|as\s+soon\s+as)\s+[^;]{0,120}?\b(?:had\s+|have\s+|has\s+)?"
                                    r"(?:left|withdrawn|withdrew|pulled\s+out|retreated|fled|abandoned\s+it)\b[^;,]{0,40}?,\s*"
                                    r"(?P<then>(?:the\s+)?(?:troops|forces|units|soldiers|fighters)\s+(?:[\w-]+\s+){0,4}?)$")
# (round 42) a later clause or a relative clause that puts the fire down to a side
_FIRE_ATTRIBUTED_RE = re.compile(r"[^.;]{0,160}?(?:,\s*and\s+(?:the\s+)?(?:fire|attacks?|strikes?|air\s+strikes?|shelling|"
                                 r"shells|rockets?|bombardment|barrage|raids?|bombing)\s+(?:was|were|has\s+been|have\s+been|"
                                 r"had\s+been|is|are)\s+(?:\w+\s+)?|\b(?:that|which)\s+(?:[^,;.]{1,60}?\s+)?)(?:attribut(?:ed|es|e)\s+to|"
                                 r"blamed?s?\s+on)\s+")


# (round 34) "the fall of X is a (serious) blow to S": S lost X
_BLOW_TO_RE = re.compile(r"\b(?:is|was|marks|marked|dealt|deals)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:blow|setback|humiliation)\s+"
                         r"(?:to|for)\s+(?:the\s+)?")


# (round 27) "an air strike that local officials blamed on S hit …": an attack noun, a relative clause blaming a side
_BLAMED_SUBJECT_RE = re.compile(r"\b(?:(?:air|drone|rocket|missile|artillery)\s+)?(?:strikes?|attacks?|raids?|shells?|"
                                r"rockets?|missiles?|shelling|bombardment|drones?)\s+(?:that|which)\s+[^,;]{0,40}?"
                                r"\b(?:blamed\s+on|attributed\s+to)\s+(?P<who>[^,;]{2,60}?)\s+"
                                r"(?:(?:also|reportedly|then|later|\w+ly)\s+)?$")
_FIRED_BY_RE = re.compile(r"\b(?:rockets?|shells?|missiles?|mortars?|mortar\s+rounds|projectiles|bombs?|grads?|katyushas?|"
                         r"munitions|artillery|fire|shelling)\s+(?:(?:fired|launched|lobbed|shot)\s+)?by\s+(?:the\s+)?"
                         r"(?:(?:presumed|alleged|suspected|apparent|likely)\s+)?")


# (round 37) a side's own forces as the target: "an air raid on its forces in X", "its positions in X were shelled"
_OWN_TARGETS = (r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:forces|positions|troops|units|fighters|bases?|camps?|men|"
                r"soldiers|sites|headquarters|convoys?|vehicles|gatherings|posts)\b")
_VICTIM_OBJECT_RE = re.compile(r"\s*(?:on|against|targeting)\s+" + _OWN_TARGETS)
_VICTIM_SUBJECT_RE = re.compile(r"\b" + _OWN_TARGETS + r"[^,;]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been|"
                                r"came|come|had\s+come|have\s+come)\s+(?:\w+\s+)?$")


# (round 38) "shelled S's fighters as they tried to advance on …": the pronoun after the object of an attack
_AS_THEY_OBJECT_RE = re.compile(
    r"\b(?:shell(?:ed|ing)|struck|hit(?:ting)?|bomb(?:ed|ing)|target(?:ed|ing)|attack(?:ed|ing)|ambush(?:ed|ing)|"
    r"pound(?:ed|ing)|strafed|engag(?:ed|ing)|repell?(?:ed|ing)|repuls(?:ed|ing)|fired\s+(?:on|at))\s+"
    r"(?P<obj>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*,?\s+(?:as|while|when)\s+they\s+"
    r"(?:(?:were|had|tried|attempted|sought|again|twice|repeatedly)\s+)*(?:trying\s+|attempting\s+)?(?:to\s+)?$")
# (round 38) "S's claim that its forces now hold …": the possessive before the claim owns "its"
_OWN_CLAIM_RE = re.compile(r"(?:'s|’s|')\s+(?:[\w-]+\s+)?(?:claims?|statements?|announcements?|assertions?|boasts?|"
                           r"insistence|reports?|accounts?|version)\s+that\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                           r"(?:forces|troops|fighters|units|army|men|soldiers)\s+(?:\w+\s+){0,2}?$")
# (round 38) a charge that goes on past its first gerund: "accused X of burning homes once they had entered …",
# "accusing X of breaking the truce by firing at …"
_ACCUSED_FURTHER_RE = re.compile(
    r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+(?P<x>[^,;:]{1,60}?)\s+(?:of|for)\s+\w+ing\b"
    r"[^,;:.]{0,90}?(?:\b(?:once|after|when|as|while|before)\s+(?P<they>they)\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?|"
    r"\b(?:by|with|through)\s+(?:\w+ly\s+)?)$")


# (round 54b) "under the control of its militias", "in the hands of their own forces": the holder named by a possessive
_POSSESSIVE_FORCES_RE = re.compile(r"(?:its|their|his)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:forces|militias|fighters|troops|"
                                   r"units|men|army|brigades|allies|loyalists|supporters)\b")
_WHICH_IS_RE = re.compile(r"\b(?:which|that)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained|"
                         r"stays?|stayed)\s+(?:(?:still|now|firmly|largely|also|entirely|fully)\s+)?$")
# (round 54b) a participle of being stationed ("المتمركزة في", "المتحصنين في") describes the noun before it
_AR_STATIONED_PARTICIPLE_RE = re.compile(r"[وف]?(?:ال)?(?:متمركز|متحصن|مرابط|منتشر|متواجد|موجود)(?:ة|ون|ين)?")
# (round 58a) a verbal noun of withdrawing, attacking or advancing, one or two adjectives and the side behind ل:
# "تزامنا مع انسحاب مفاجئ لقوات حفتر", "تراجع متسارع لقوات حفتر", "هجوم جديد لقوات الوفاق" (the noun's agent; not
# a preposition after the noun: "هجوم على معسكر لقوات حفتر" is an attack on the camp)
_AR_NOUN_WITH_ADJ_RE = re.compile(r"[وف]?[بل]?(?:ال)?(?:انسحاب|فرار|تراجع|هروب|تقهقر|هجوم|تقدم)")
_AR_NOUN_ADJ_OWNER_RE = re.compile(r"\s+(?!(?:من|على|في|إلى|الى|نحو|باتجاه|عن|داخل|قرب|ضد)\s)[^\s،,.؛:«»\"]+"
                                   r"(?:\s+(?!(?:من|على|في|إلى|الى|نحو|باتجاه|عن)\s)[^\s،,.؛:«»\"]+)?"
                                   r"\s+ل(?:ـ)?(?:\S+\s+)?")
# (round 58a) the verb of a siege (its trigger is in triggers), whose object may be the forces besieged
_AR_SIEGE_VERB_RE = re.compile(_AR_SIEGE_VERB)
# (round 54b) some of a side's men named as a subject: "عناصر من قوات حفتر", "مسلحون تابعون لقوات الوفاق"
_AR_PARTITIVE_SUBJECT_RE = re.compile(
    r"(?:\S+\s+){0,1}?(?:عناصر|مسلحون|مسلحين|مقاتلون|مقاتلين|أفراد|افراد|مجموعات|مجموعة|وحدات|فلول|بقايا|كتائب|سرايا|"
    r"آليات|أرتال|ارتال|رتل|بعض|عدد)\s+(?:(?:مسلحة|عسكرية|مسلحي|مقاتلي|عناصر|تابعة|تابعون|تابعين|موالية|موالون|موالين)\s+)?"
    r"(?:من|ل|لـ)\s*(?:(?:ال)?(?:قوات|وحدات|عناصر|مقاتلي|مسلحي|ميليشيات|مليشيات)\s+)?")
# (round 54a) "the loss of X" names its loser only as the one a blow or setback struck ("Haftar's offensive has suffered a
# new blow with the loss of X", "a heavy blow to the marshal's forces after the loss of X"), the one who owns the loss
# ("Haftar's loss of X") or the one who admits or plays it down ("the LNA on Tuesday played down the loss of X"; not
# "has not confirmed the loss of X", which the labels leave open); a loss of men or aircraft is none
_LOSS_BLOW_RE = re.compile(r"\b(?:suffer(?:ed|s|ing)?|dealt|deals|is|was|marks|marked)\s+(?:a|an|another)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:blow|setback)'?\s+(?:(?:to|for)\s+(?P<to>[^.;]{0,60}?)\s+)?"
                           r"(?:with|after|following)\s+(?:the\s+)?$")
_LOSS_ADMIT_RE = re.compile(r"\b(?:played|plays|playing)\s+down\s+(?:the\s+)?$|\b(?:downplayed|acknowledged|admitted|conceded|"
                            r"confirmed)\s+(?:the\s+)?$")


def _loser_of(trig: _Trigger, low: str, actors: list[_Actor]) -> tuple[str | None, str, float]:
    if re.match(r"\s+(?:(?:its|their|his|the|a|an|one|two|several|\d+)\s+)?(?:[\w-]+\s+)?(?:lives?|life|men|"
                r"fighters|soldiers|troops|aircraft|planes?|jets?|drones?|pilots?|crew|vehicles|revenue|income|barrels)\b",
                low[trig.end:]):
        return None, "", 1.0
    head = low[max(0, trig.start - 160):trig.start]  # not the clause: "after" opens one
    off = trig.start - len(head)
    m = _LOSS_BLOW_RE.search(head)
    if m is not None:
        if m.group("to"):
            a = next((x for x in actors if off + m.start("to") <= x.start < off + m.end("to") and x.side), None)
        else:
            a = next((x for x in reversed(actors) if x.end <= off + m.start() and x.side and not x.governed
                      and not re.search(r"[,;:]|\b(?:said|says|that|which|who)\b", low[x.end:off + m.start()])), None)
        return (a.side, "the side the loss was a blow to", 0.9) if a is not None else (None, "", 1.0)
    own = next((x for x in actors if x.side and re.fullmatch(r"['’]s?\s+(?:(?:recent|latest|new|painful|sudden|swift)\s+)?",
                                                            low[x.end:trig.start])), None)
    if own is not None:
        return own.side, "the side whose loss it is", 0.9
    m = _LOSS_ADMIT_RE.search(head)
    if m is not None:
        a = next((x for x in reversed(actors) if x.end <= off + m.start() and x.side and not x.governed
                  and not re.search(r"[,;:]|\b(?:not|never|without|refused|said|says|that|which|who)\b|n't",
                                    low[x.end:off + m.start()])), None)
        if a is not None:
            return a.side, "the side that admits the loss", 0.9
    return None, "", 1.0


# (round 55a) what an Arabic attack strikes, owned by the side named right after it: "تمركزات لقوات حفتر", "مواقع الجيش",
# "آليات عسكرية تابعة للوفاق" (the noun, its adjectives, then the owner with or without "ل"/"تابعة ل")
_AR_TARGET_OWNED_RE = re.compile(
    r"(?:^|\s)(?:على\s+|ضد\s+)?[وب]?(?:ال)?(?:مواقع|موقع|تمركزات|تمركز|تمركزا|مقر|مقرات|آليات|ثكنات|أهداف|اهداف|مخازن|"
    r"دفاعات|نقاط|تجمعات|تجمع|تحصينات|منظومات|مدرعات|دبابات|رتلا|رتل|أرتال|ارتال|مخزن|معسكرات|عربات|غرفة\s+عمليات)"
    r"(?:\s+(?:ال)?(?:عسكرية|مهمة|متقدمة|جديدة|أخرى|مسلحة|دفاعية))?(?:\s+(?:ال)?تابعة)?"
    # the owner's force noun and titles before the name the alias list knows: "لمليشيات الجنرال الانقلابي خليفة حفتر"
    r"(?:\s+(?:لل|ل)?(?:قوات|مليشيات|ميليشيات|عناصر|كتائب|وحدات))?"
    r"(?:\s+(?:لل|ل|ال)?(?:جنرال|انقلابي|مشير|لواء|متقاعد|عقيد|عميد)|\s+خليفة)*\s*$")


def _agent(trig: _Trigger, *, low: str, actors: list[_Actor], cstart: int, memory: str | None,
           layers: Any, places: Sequence[_Place] = ()) -> tuple[str | None, str, float]:
    """The side doing the action, a note, and a confidence factor (``None``: no event)."""
    sides = layers.sides
    after = [a for a in actors if a.start >= trig.end]
    before = [a for a in actors if a.end <= trig.start]
    if trig.form == "loss_of":
        return _loser_of(trig, low, actors)
    if trig.form == "arabic" and trig.action in ("captured", "holds", "withdrew"):
        # (round 34) "بعدما سيطرت عليها قوات الجيش الوطني": a pronoun object right after the verb, then its subject
        m = re.match(r"\s+(?:عليها|عليه|عليهم|منها|منه|فيها|فيه)\s+", low[trig.end:])
        subj = next((a for a in after if m and a.start >= trig.end + m.end() and re.fullmatch(
            r"(?:(?:ال)?(?:قوات|وحدات|عناصر|مقاتلو|مسلحو)\s+)?", low[trig.end + m.end():a.start]) and a.side),
            None) if m else None
        if subj is not None:
            return subj.side, "subject after the verb and its pronoun object", 1.0
        # (round 54b) "مواقع يتمركز فيها عناصر من قوات حفتر", "التي يتحصن فيها مسلحون من قوات حفتر": the subject after
        # the resumptive pronoun may be some of a side's men, named through the side
        subj = next((a for a in after if m and a.start >= trig.end + m.end() and _AR_PARTITIVE_SUBJECT_RE.fullmatch(
            low[trig.end + m.end():a.start]) and a.side), None) if m else None
        if subj is not None:
            return subj.side, "(round 54b) some of a side's men after the verb and its pronoun object", 1.0
    if trig.action == "holds" and trig.form == "verb" and re.match(r"(?:based|stationed|garrisoned|positioned)\s", trig.text):
        # (round 41) "the territory held by Haftar's forces based in Benghazi": a reduced relative is about the forces
        # right before it, not the clause's subject
        own = next((x for x in reversed(before) if x.side and re.fullmatch(r"\s*", low[x.end:trig.start])), None)
        if own is not None:
            return own.side, "the forces the participle describes", 1.0
    if trig.action == "holds" and trig.form == "arabic" and _AR_STATIONED_PARTICIPLE_RE.fullmatch(trig.text):
        # (round 54b) "بمقاومة شرسة من قوات حفتر المتمركزة في المدينة": the participle describes the forces named right
        # before it, even when they are the object of a preposition, not the clause's subject
        own = next((x for x in reversed(before) if x.side and re.fullmatch(r"\s*", low[x.end:trig.start])), None)
        if own is not None:
            return own.side, "(round 54b) the forces the Arabic participle describes", 1.0
    if trig.form == "verb" and not trig.passive and re.search(
            r",\s*(?:which|where)\s+they\s+(?:had\s+|have\s+|then\s+|later\s+|quickly\s+|finally\s+){0,2}$",
            low[max(0, trig.start - 40):trig.start]):
        # (round 38) "GNA troops pushed on into X, which they secured as Haftar's defences collapsed": "they" in the
        # relative clause is the subject of the clause it hangs on, not a side named after the verb
        subj = next((x for x in reversed(before) if x.side in sides and not x.governed), None)
        if subj is not None:
            return subj.side, "'they' in the relative clause is the subject before it", 0.9
    if trig.form == "verb" and not trig.passive and trig.action != "withdrew":
        # (round 38) "his artillery shelled Haftar's fighters as they tried to advance on X": "they" are the ones
        # just attacked, not the attacker
        m = _AS_THEY_OBJECT_RE.search(low[max(0, trig.start - 160):trig.start])
        if m is not None:
            at = max(0, trig.start - 160)
            obj = next((x for x in reversed(before) if at + m.start("obj") <= x.start < at + m.end("obj") and x.side in sides), None)
            if obj is not None:
                return obj.side, "'they' are the side just attacked", 0.9
    if not trig.passive:
        # (round 38) "the GNA's claim that its forces now hold X": "its" is the one whose claim it is
        cl = _OWN_CLAIM_RE.search(low[max(0, trig.start - 120):trig.start])
        if cl is not None:
            at = max(0, trig.start - 120) + cl.start()
            owner = next((x for x in reversed(before) if x.side in sides and re.fullmatch(r"\s*", low[x.end:at])), None)
            if owner is not None:
                return owner.side, "the owner of the claim about its forces", 0.9
    if trig.action == "captured" and re.match(r"(?:the\s+)?fall\s+of", trig.text):
        m = _BLOW_TO_RE.search(low, trig.end)
        dealt = next((a for a in after if m and m.end() <= a.start and re.fullmatch(
            r"(?:[\w-]+\s+){0,2}", low[m.end():a.start]) and a.side), None) if m else None
        if dealt is not None and sides.opponent(dealt.side):
            return sides.opponent(dealt.side), "the opponent of the side dealt the blow", 0.9  # (round 34)

    if trig.action == "attacked" and is_arabic(trig.text):
        # (round 55a) "استهدفت مقاتلاتها تمركزاً لمليشيات حفتر في X", "هاجمت قوة ما مواقع الجيش في X": the side named as
        # the owner of the positions, vehicles or gatherings struck is the target, and the striker its opponent
        for a in after:
            if a.start > trig.end + 80 or a.side not in sides:
                break
            gap = low[trig.end:a.start]
            if re.search(r"[.،,؛:]", gap) or any(x.side and trig.end <= x.start < a.start for x in actors):
                break
            if _AR_TARGET_OWNED_RE.search(gap) and sides.opponent(a.side):
                return sides.opponent(a.side), "(round 55a) the opponent of the side whose positions were struck", 1.0
            break

    if trig.action == "attacked":
        # (round 37) the victim reports the attack: "S denounced an air raid on its forces in X", "S said its positions
        # in X were shelled" – the attacker is S's opponent
        vm = _VICTIM_OBJECT_RE.match(low, trig.end) if trig.form == "nominal" else None
        vs = None if vm else _VICTIM_SUBJECT_RE.search(low[cstart:trig.start])
        if vm or vs:
            pron = trig.start if vm else cstart + vs.start()
            owner = next((a for a in reversed(before) if a.end <= pron and a.side in sides and not a.governed
                          and not re.search(r"[;:]", low[a.end:pron])), None)
            if owner is not None and not _LIGHT_VERB_RE.search(low[owner.end:trig.start]) and sides.opponent(owner.side):
                return sides.opponent(owner.side), f"an attack {owner.side} reports on its own forces", 0.9

    if trig.action == "attacked":
        # (round 42) "the rockets landed in X and Y, and the fire was attributed to S", "hit by an air strike that the
        # government attributes to S": the side the fire is put down to is the attacker, not the one reporting it
        m = _FIRE_ATTRIBUTED_RE.match(low, trig.end)
        if m is not None:
            a = next((x for x in after if m.end() <= x.start <= m.end() + 40 and x.side in sides
                      and not re.search(r"[,;.]", low[m.end():x.start])), None)
            if a is not None:
                return a.side, "the side the fire was attributed to", 0.9

    def by_agent(limit: int = 60) -> _Actor | None:
        # the actor must stand in the by-phrase itself ("hit by LNA rockets", "by General Haftar's militias"),
        # not after a comma ("hit by rocket fire on Saturday, the Tripoli government said")
        for m in re.finditer(r"\b(?:by|from|to)\s+", low[trig.end:trig.end + limit + 4]):
            if "," in low[trig.end:trig.end + m.start()] or ";" in low[trig.end:trig.end + m.start()]:
                break
            at = trig.end + m.end()
            for a in after:
                if a.start < at:
                    continue
                gap = low[at:a.start]
                if re.search(r"\b(?:that|which|whom)\s+(?:the\s+)?(?:[\w'-]+\s+)?$", gap) and re.match(
                        r"[\w'-]*(?:\s+[\w'-]+){0,5}?\s+(?:described|called|identified|said|claimed|believed|"
                        r"suspected|labell?ed|branded)\b", low[a.end:]):
                    # (round 23) "hit by drones that the city's GNA-aligned force described as Emirati": the side
                    # in the relative clause only says what the weapon was
                    break
                if len(gap) <= 45 and not re.search(r"[,;:()]", gap) and len(gap.split()) <= 5:
                    return a
                break
        return None

    if trig.action == "withdrew" and not trig.passive and re.search(r"\b(?:as|while|when)\s+they\s+(?:\w+\s+)?$",
                                                                    low[max(0, trig.start - 30):trig.start]):
        # (round 25) "they were chasing Haftar's militias as they fled": the ones chased flee, not the chasers
        a = next((x for x in reversed(before) if x.side and re.fullmatch(
            r"\s*,?\s*(?:as|while|when)\s+they\s+(?:\w+\s+)?", low[x.end:trig.start]) and re.search(
            r"\b(?:chas|pursu|hunt|track)\w*\s+(?:after\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$", low[max(0, x.start - 40):x.start])), None)
        if a is not None:
            return a.side, "the side chased flees", 0.95
    if trig.action == "captured" and not trig.passive:
        off = max(0, trig.start - 200)
        left = _ENTERED_AFTER_LEFT_RE.search(low[off:trig.start])
        if left and not any(x.side and off + left.start("then") <= x.start < trig.start for x in actors):
            # (round 32) "after the mayor announced that the militias had left, troops entered and took control of the
            # town": forces no side is named for, moving in where others left, are those others' enemy
            gone = next((x.side for x in reversed(actors) if x.side and off + left.start() <= x.start < off + left.start("then")),
                        None) or next((x.side for x in reversed(before) if x.side and not x.governed), None) or memory
            opp = sides.opponent(gone) if gone in sides else None
            if opp is not None:
                return opp, "forces moving in where the other side left", 0.85
    if trig.form in ("verb", "participle") and not trig.passive:
        # (round 38) "accused S's fighters of burning homes once they had entered X", "accusing those groups of
        # breaking the truce by firing shells at X": what the accused did, further on in the charge, is theirs too
        off = max(0, trig.start - 200)
        acc = _ACCUSED_FURTHER_RE.search(low[off:trig.start])
        if acc and (acc.group("they") or re.fullmatch(r"[a-z]+ing", trig.text.split()[0])):
            a = next((x for x in before if off + acc.start("x") <= x.start < off + acc.end("x") and x.side), None)
            if a is not None:
                return a.side, "the side accused of it", 0.9
            if re.fullmatch(r"(?:the|those|these|such)\s+(?:[\w-]+\s+)?(?:groups|militias|forces|fighters|units|gunmen)",
                            acc.group("x")):
                accuser = next((x for x in reversed(before) if x.end <= off + acc.start() and x.side in sides
                                and not x.governed), None)
                if accuser is not None and sides.opponent(accuser.side):
                    return sides.opponent(accuser.side), "the accuser's enemy accused of it", 0.8
    if trig.form in ("verb", "participle") and not trig.passive and re.fullmatch(r"[a-z]+ing", trig.text.split()[0]):
        # (round 30) "he accused the GNA of shelling X", "blamed Haftar's forces for firing at X": the gerund's doer
        # is the side accused, not the accuser (nor the speaker of the sentence before)
        off = max(0, trig.start - 120)
        acc = re.search(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\s+(?P<x>[^,;:]{1,60}?)\s+"
                        r"(?:of|for)\s+(?:(?:having|again|repeatedly|deliberately|indiscriminately)\s+){0,2}$",
                        low[off:trig.start])
        if acc:
            a = next((x for x in before if off + acc.start("x") <= x.start < off + acc.end("x") and x.side), None)
            if a is not None:
                return a.side, "the side accused of it", 0.9
            if re.fullmatch(r"(?:his|those|these)\s+(?!own\b)(?:[\w-]+\s+)?(?:forces|troops|militias|"
                            r"fighters|units|gunmen|army|men|militiamen|artillery|air\s+force|warplanes|drones)", acc.group("x")):
                # (round 44) "the GNA accused his forces of firing rockets at X": forces a pronoun names, accused by a
                # side, are that side's enemy's, not the accuser's
                accuser = next((x for x in reversed(before) if x.end <= off + acc.start() and x.side in sides
                                and not x.governed), None)
                if accuser is not None and sides.opponent(accuser.side):
                    return sides.opponent(accuser.side), "the accuser's enemy accused of it", 0.8
        # "chasing Tripoli-allied fighters fleeing to Gharyan": the force right before a participle does it,
        # even when it is the object of the verb before
        a = next((x for x in reversed(before) if re.fullmatch(r"\s*", low[x.end:trig.start])), None)
        if a is not None and a.side:
            return a.side, "subject of the participle", 0.9
        chased = _CHASED_UNNAMED_RE.search(low[max(0, trig.start - 60):trig.start])
        if trig.action == "withdrew" and a is None and chased is not None:
            # (round 26) "retook the airport and were pursuing militias fleeing towards X": forces the text does not
            # name, chased by a side, are that side's enemy
            at = max(0, trig.start - 60) + chased.start()
            chaser = _nearest_subject([x for x in before if x.end <= at], low, cstart)
            side = chaser.side if chaser is not None else memory
            opp = sides.opponent(side) if side in sides else None
            if opp is not None:
                return opp, "the side chased flees", 0.85
    if trig.form == "in_hands":
        a = next((x for x in actors if trig.start < x.start < trig.end), None)
        if a is None and re.search(r"\b(?:its|their|his)\b", trig.text):
            # "GNA forces brought Tarhuna under their control"; a possessor of something other than a force or a
            # speaker is no subject ("Haftar's spokesman dismissed Sarraj's ceasefire call, …, under its control")
            subjects = [x for x in before if not re.match(
                r"'s?\s+(?!(?:[\w-]+\s+)?(?:forces?|troops|fighters|militias?|units|army|men|brigades?|spokes\w+|"
                r"command|commanders?|officials?|government|air\s+force|warplanes|drones|aircraft)\b)", low[x.end:])]
            a = _nearest_subject(subjects, low, cstart)
            if re.search(r"\b(?:both|all|each|most|some|none)\s+of\s+(?:which|them)\b[^,;]*$", low[:trig.start]):
                # "… bases in Sirte and al-Jofra, both of which remain under its control": a pronoun in a
                # relative clause after a list is the sentence's subject, not the subject of a clause inside it
                a = next((x for x in subjects if not x.governed and x.side), a)
            if a is None and memory and not any(x.side and not x.governed for x in before):
                # "GNA fighters cheered in Surman. The government says Surman and Sabratha came under its control":
                # a sentence with no side as its subject lends the pronoun the subject of the sentence before
                return memory, "owner of 'its'/'their' from the previous sentence", 0.85
        if a is None and re.search(r"\bour\b", trig.text):
            a = _speaker(actors, low)  # '"Gharyan is under our total control," a spokesman for GNA forces said'
            if a is not None:
                return a.side, "side of the speaker", 0.9
            if memory and not any(x.side for x in actors) and re.search(
                    r"\b(?:he|she|they|spokes(?:man|woman|person)|commander|official|officer|source)\s+(?:\w+\s+){0,2}?"
                    r"(?:said|says|told|added|insisted|stressed|claimed|declared)\b|\b(?:said|told|added|insisted|"
                    r"claimed|declared)\s+(?:the|a|an|its|their)?\s*(?:spokes(?:man|woman|person)|commander|official)",
                    low[trig.end:]):
                # "An LNA spokesman spoke on Monday. 'All of Sirte is under our control,' he said."
                return memory, "side of the speaker from the previous sentence", 0.8
        return (a.side if a else None), "", 1.0
    if trig.controller is not None:
        a = next((x for x in actors if trig.controller[0] <= x.start < trig.controller[1]), None)
        if a is not None:
            return a.side, "made to act by the subject", 1.0
        if re.search(r"\b(?:them|it)\s+$", low[trig.controller[0]:trig.controller[1]]) and memory:
            return memory, "made to act by the subject; side from the previous sentence", 0.8
        return None, "", 1.0
    if trig.form == "fall_of":
        m = re.match(r"[^,;]{1,60}?\bto\s+(?:the\s+)?", low[trig.end:])
        a = next((x for x in after if m and x.start - (trig.end + m.end()) in range(0, 30)), None)
        if a is None and not m:
            # (round 35) "forces allied with the GNA announced on Thursday the fall of X": the side that announces a
            # town's fall, with no "to" naming the winner, is the one that took it
            ann = _ANNOUNCED_FALL_RE.search(low[max(0, trig.start - 60):trig.start])
            if ann is not None:
                at = max(0, trig.start - 60) + ann.start()
                subj = next((x for x in reversed(before) if x.end <= at and x.side and not x.governed
                             and not re.search(r"[;:]|\b(?:that|which|who|after|before|when|while)\b", low[x.end:at])), None)
                if subj is not None:
                    return subj.side, "the side that announced the fall", 0.9
                if memory and re.search(r"\b(?:he|she|it|they)\s+(?:\w+\s+)?$", low[max(0, at - 25):at]):
                    return memory, "the side that announced the fall (from the sentence before)", 0.8
        return (a.side if a else None), "", 1.0
    if trig.form == "handover":
        m = re.match(r"\s*(?:the\s+)?(them|it|him)\b", low[trig.end:])
        if m:  # "handed the city over to them": the subject the pronoun points back to
            a = next((x for x in reversed(before) if not x.governed and x.side), None)
            return (a.side if a else None), "receiver from a pronoun", 0.9
        a = next((x for x in after if x.start - trig.end <= 30), None)
        return (a.side if a else None), "", 1.0
    if trig.form == "under" and re.search(r"سيطرت(?:ه|ها|هم)$", trig.text):
        # (round 31) "قال الجيش الوطني الليبي إنه صد هجوماً شنته قوات الوفاق على قاعدة الوطية الخاضعة لسيطرته": the
        # pronoun is the speaker's who opens the sentence, else the subject named last before it
        opener = next((x for x in before if x.side and _OPENING_SPEECH_RE.fullmatch(low[:x.start])), None)
        if opener is not None:
            return opener.side, "side the pronoun points back to", 0.9
        a = next((x for x in reversed(before) if not x.governed and x.side), None)
        return (a.side, "side the pronoun points back to", 0.85) if a is not None else (None, "", 1.0)
    if trig.form in ("fell_to", "under", "held_by", "allegiance"):
        a = next((x for x in after if x.start - trig.end <= 40), None)
        if a is None and re.match(r"(?:them|him|us)\b", low[trig.end:]):
            # "Sirte … had fallen to them": the side the pronoun points back to
            rel = [(m.start(), m.end()) for m in _RELATIVE_RE.finditer(low) if m.end() <= trig.start]
            a = next((x for x in reversed(before) if not x.governed and x.side
                      and not any(r0 <= x.start < r1 for r0, r1 in rel)), None)  # not one inside ", which …,"
            return (a.side, "side from a pronoun", 0.9) if a is not None else (None, "", 1.0)
        if a is None and _POSSESSIVE_FORCES_RE.match(low, trig.end) \
                and _WHICH_IS_RE.search(low[max(0, trig.start - 60):trig.start]):
            # (round 54b) "the town of Mizda, which is under the control of its militias": the possessive points back to
            # the side that speaks or is the subject, not to a side inside a relative clause
            rel = [(m.start(), m.end()) for m in _RELATIVE_RE.finditer(low) if m.end() <= trig.start]
            a = next((x for x in reversed(before) if not x.governed and x.side
                      and not any(r0 <= x.start < r1 for r0, r1 in rel)), None)
            return (a.side, "(round 54b) side from a possessive", 0.9) if a is not None else (None, "", 1.0)
        if a is None and re.match(r"\s*(?:قوات\s+)?الجيش(?!\s+(?:الوطني|الليبي|التابع|الموالي))", low[trig.end:]):
            # (round 32) "أكد المسماري أن غريان ما زالت تحت سيطرة الجيش": a side's speaker calls its own forces
            # "the army"
            spk = next((x for x in reversed(before) if x.side and re.search(
                r"(?<!\w)[وف]?(?:قد\s+)?(?:أكد|أكدت|اكد|قال|قالت|أعلن|أعلنت|اعلن|أوضح|اوضح|ذكر|أفاد|شدد|نفى)(?!\w)",
                low[max(0, x.start - 12):x.start] + " " + low[x.end:trig.start])), None)
            if spk is not None:
                return spk.side, "the speaker's name for its own forces", 0.85
        if a is None:
            return None, "", 1.0
        return a.side, "", 1.0
    if trig.form == "arabic" and _AR_BARE_LOSS_RE.fullmatch(trig.text):
        return _ar_loser(trig, low, actors)
    if trig.form == "arabic" and trig.action == "captured" and _AR_LIBERATION_NOUN_RE.fullmatch(trig.text):
        got = _ar_liberator(trig, low, actors)
        if got is not None:
            return got
    if trig.form == "arabic":
        inside = next((x for x in actors if trig.start <= x.start and x.end <= trig.end), None)
        if inside is not None:
            return inside.side, "", 1.0
        if trig.action == "attacked":
            # "هجوماً واسعاً شنته قوات حفتر على …": the attack names who launched it
            # (round 46) up to three words between ("لقصف عشوائي غير مسبوق نفذته")
            m = re.match(r"\S*(?:\s+\S+){0,3}?\s+(?:التي\s+|الذي\s+)?(?:شنته|شنتها|شنها|شنه|شنوه|نفذته|نفذتها|نفذها|نفذه|"
                         r"نفذوه|أطلقتها|أطلقها|اطلقتها|اطلقها|أطلقته|اطلقته|أطلقه|اطلقه|أطلقوها)\s+", low[trig.end:trig.end + 50])
            if m:
                # "هجوماً شنّه مسلحو حفتر": the launcher may be named through its fighters or units
                a = next((x for x in actors if x.start >= trig.end + m.end() and (re.fullmatch(
                    r"(?:(?:مسلحو|مسلحي|مقاتلو|مقاتلي|عناصر|قوات|ميليشيات|مليشيات|طائرات|طيران|وحدات|كتائب)\s+)?"
                    # (round 46) "قصف نفذته ميليشيات اللواء المتقاعد خليفة حفتر": a title before the commander's name
                    r"(?:(?:اللواء|المشير|الفريق|العقيد|العميد)\s+(?:(?:المتقاعد|الركن)\s+)?(?:خليفة\s+)?)?",
                    low[trig.end + m.end():x.start]) or re.fullmatch(
                    # (round 55a) "غارة شنها طيران قوات خليفة حفتر", "شنته قوات الجنرال الانقلابي خليفة حفتر": the air arm
                    # of a side's forces, and the commander's first name with or without a title
                    r"(?:(?:طيران|طائرات|سلاح\s+جو|مدفعية)\s+)?(?:(?:قوات|ميليشيات|مليشيات|مسلحي|عناصر)\s+)?"
                    r"(?:(?:اللواء|المشير|الفريق|الجنرال)\s+(?:(?:المتقاعد|الركن|الانقلابي)\s+)?)?(?:خليفة\s+)?",
                    low[trig.end + m.end():x.start]))), None)
                if a is not None and a.side:
                    return a.side, "the side that launched the attack", 1.0
                # (round 37) "غارة نفذها سلاح الجو التابع لقوات حفتر", "غارات نفذها طيران إماراتي داعم لحفتر": the
                # launcher is named through the side it belongs to or backs
                own = re.match(r"(?:\S+\s+){1,3}?(?:التابع|التابعة|تابع|تابعة|الموالي|الموالية|موال|موالية|داعم|الداعم|"
                               r"الداعمة|داعمة)\s+", low[trig.end + m.end():trig.end + m.end() + 60])
                if own:
                    o = trig.end + m.end() + own.end()
                    a = next((x for x in actors if 0 <= x.start - o <= 30 and x.side
                              and not re.search(r"[،,؛;]", low[o:x.start])), None)
                    if a is not None:
                        return a.side, "the side the launcher belongs to", 1.0
            if re.fullmatch(r"[وف]?(?:ال)?(?:هجوم(?:ا|ًا)?|هجمات|غارة|غارات|قصف|[لب](?:قصف|هجوم|غارة|غارات|هجمات))", trig.text):
                # "هجوماً لقوات حفتر على …": an attack noun names its owner, the attacker, after "لـ"
                own = next((x for x in actors if 0 <= x.start - trig.end <= 4 and x.side
                            and re.match(r"\S*\s+ل", low[trig.end:x.start + 1])), None)
                if own is not None:
                    return own.side, "the side whose attack it was", 1.0
            if trig.passive:
                # "أنها تعرضت لهجوم من قوات حفتر": the attacker follows "من" (by) or "على يد"; the subject is the victim
                m = re.match(r"\s+(?:\S+\s+){0,2}?(?:من\s+قبل|على\s+يد|من)\s+(?:(?:مسلحي|مقاتلي|عناصر|طائرات|طيران)\s+)?",
                             low[trig.end:trig.end + 50])
                a = next((x for x in actors if m and 0 <= x.start - (trig.end + m.end()) <= 3), None)
                return (a.side, "the side the passive names", 1.0) if a is not None and a.side else (None, "", 1.0)
            rep = _repeller(trig, low, actors)
            if rep is not None:
                opp = sides.opponent(rep.side) if rep.side in sides else None
                return (opp, f"an attack {rep.side} repelled", 0.95) if opp else (None, "", 1.0)
        if not trig.passive:
            bare = _bare_pejorative_side(trig, low, actors, cstart, layers)
            if bare is not None:  # (round 53b) "قال المتحدث باسم الجيش الوطني إن المليشيات هاجمت سرت"
                return bare, "(round 53b) bare 'militias' in the words of the other side", 0.85
        # a side behind a preposition ("لقوات حفتر", "على قوات الوفاق") is an object, not the subject
        free_actors = [x for x in actors if not (_AR_PREP_ACTOR_RE.search(low[max(0, x.start - 6):x.start + 3])
                                                 or _AR_OBJ_NOUN_RE.search(low[max(0, x.start - 14):x.start + 3]))
                       or _AR_OWNER_BEFORE_RE.search(low[max(0, x.start - 22):x.start])]
        # (round 53a) a side whose forces a verbal noun acts on is its object, not the subject
        free_actors = [x for x in free_actors if not _AR_OBJ_NOUN_FORCES_RE.search(low[max(0, x.start - 45):x.start + 3])]
        # (round 56d) … and when "الموالية لـ" or a commander's title stands between
        free_actors = [x for x in free_actors if not _ar_verbal_noun_object(x, low)]
        # (round 55a) "وانتزعت منطقة المطرد التي تعد من أبرز معاقل قوات حفتر، ثم بسطت سيطرتها على …": a side named as the
        # owner of strongholds or positions is no subject for a verb coordinated after it
        if re.match(r"[وف]\S", trig.text) or re.search(r"(?<!\w)ثم\s+$", low[max(0, trig.start - 6):trig.start]):
            free_actors = [x for x in free_actors if not _AR_OWNED_NOUN_BEFORE_RE.search(low[max(0, x.start - 16):x.start])]
        # (round 56d) "وقال الجيش إن تلك الكتائب أمطرت ترهونة": the speaker is not the reported verb's subject
        speakers = [x for x in actors if _ar_speaker_with_own_subject_clause(x, trig, low, actors)]
        free_actors = [x for x in free_actors if x not in speakers]
        # (round 56d) "… ثم قاعدة الوطية التي استعادتها قوات الوفاق": the subject of a relative clause after the verb
        speakers += [x for x in actors if _ar_relative_clause_subject(x, trig, low)]
        free_actors = [x for x in free_actors if x not in speakers]
        if trig.action == "attacked":
            # (round 39) "شن سلاح الجو غارات على مواقع لقوات الوفاق في …": the side whose positions are struck is the
            # target, not the attacker
            struck_owners = [x for x in actors if x.start >= trig.end and (
                _AR_TARGET_OWNER_RE.match(low[trig.end:x.start])
                # (round 42) the positions right after a verb of striking are its object
                or (not re.fullmatch(r"[وف]?(?:ال)?(?:هجوم(?:ا|ًا)?|هجمات|غارة|غارات|[لب](?:هجوم|غارة|غارات|هجمات))",
                                     trig.text) and _AR_DIRECT_TARGET_OWNER_RE.match(low[trig.end:x.start])))]
            free_actors = [x for x in free_actors if x not in struck_owners]
        else:
            struck_owners = []
        kad = re.search(r"(?<!\w)[وف]?(?:كانت|كان|كانوا)\s+(?P<subj>\S+(?:\s+\S+){0,5}?)\s+(?:قد|لقد)\s+$",
                        low[max(cstart, trig.start - 80):trig.start])
        if kad is not None:
            # (round 31) "وكانت القوات الموالية لحكومة الوفاق قد طردت قوات حفتر من …": the subject stands between
            # "كانت" and "قد", before the verb; a side right after the verb is then its object
            off = max(cstart, trig.start - 80) + kad.start("subj")
            subj = next((x for x in free_actors if off <= x.start and x.end <= trig.start and x.side), None)
            if subj is not None:
                return subj.side, "", 1.0
        vso = next((x for x in free_actors if 0 <= x.start - trig.end <= 3), None)
        if vso is not None and vso.side in sides and _AR_SIEGE_VERB_RE.fullmatch(trig.text) and \
                re.match(r"\s+(?:\S+\s+){0,2}?(?:في|داخل)\s", low[vso.end:vso.end + 30]):
            # (round 58a) "وحاصرت قوات حفتر في منطقة قصر بن غشير": the forces besieged in a place are the object; the
            # besieger is their opponent
            return sides.opponent(vso.side), "the opponent of the forces besieged", 0.9
        if vso is not None:
            return vso.side, "", 1.0  # "سيطرت قوات الوفاق على …": the subject follows the verb
        owner_after = next((x for x in actors if x.start >= trig.end and x.start - trig.end <= 30
                            and x not in struck_owners  # (round 42)
                            and not _ar_verbal_noun_object(x, low)  # (round 56d) "بعد طرد القوات الموالية لحفتر"
                            and _AR_OWNER_BEFORE_RE.search(low[max(0, x.start - 22):x.start])
                            and _GENERIC_SUBJECT_RE.search(low[trig.end:x.start])), None)
        if owner_after is not None and owner_after.side:
            return owner_after.side, "", 1.0  # "قصفت طائرة مسيرة تابعة لقوات حفتر …": the drone's owner
        noun_of = next((x for x in actors if x.side and 0 < x.start - trig.end <= 26 and x not in struck_owners
                        and _AR_NOUN_ADJ_OWNER_RE.fullmatch(low[trig.end:x.start])), None) \
            if _AR_NOUN_WITH_ADJ_RE.fullmatch(trig.text) else None
        if noun_of is not None:
            return noun_of.side, "", 1.0  # (round 58a) "انسحاب مفاجئ لقوات حفتر": the noun's agent after its adjective
        svo = next((x for x in reversed(free_actors) if x.end <= trig.start and x.end >= cstart), None)
        if svo is not None and not _GENERIC_SUBJECT_RE.search(low[svo.end:trig.start]):
            return svo.side, "", 1.0  # "قوات حفتر انسحبت من …"
        if re.search(r"\S(?:ها|هم)$", trig.text) and not svo:
            # "وذلك غداة استعادتها مطار طرابلس": the suffix points back to a side named before, not to one after
            owner = next((x for x in reversed(free_actors) if x.end <= trig.start and x.side), None)
            if owner is not None:
                return owner.side, "the side the pronoun suffix points back to", 0.95
        if _GENERIC_SUBJECT_RE.search(low[cstart:trig.end + 12]):
            # "سلاح الجو استهدف …", "الوحدات اقتحمت المدينة": whose units the sentence or the one before says
            owner = next((x for x in reversed(free_actors) if x.end <= trig.start), None)
            if owner is not None and owner.side:
                return owner.side, "units of the side named before", 0.9
            if memory:
                return memory, "agent from the previous sentence", 0.8
        near = sorted(free_actors or [x for x in actors if x not in struck_owners and x not in speakers],
                      key=lambda x: min(abs(x.start - trig.end), abs(trig.start - x.end)))
        if near and near[0].side:
            return near[0].side, "", 1.0
        return None, "", 1.0
    if trig.form == "hold_mod":
        a = next((x for x in reversed(before) if trig.start - x.end <= 1), None)
        return (a.side if a else None), "", 1.0
    if trig.form == "fighting":
        return _fighting_side(trig, low, actors, memory)
    if trig.form == "stronghold":
        a, _, _ = _stronghold_owner(trig, low, actors, places)
        return (a.side if a else None), "", 1.0
    if trig.form == "under_attack" or trig.passive:
        a = next((x for x in actors if trig.start < x.start < trig.end), None) if trig.form == "under_attack" else None
        m = re.match(r"[\"”’']?\s+(?:(?:completely|fully|finally|entirely|totally|now|also|reportedly)\s+)?from\s+(?:the\s+)?",
                     low[trig.end:]) if trig.passive and trig.action == "captured" and trig.form == "verb" else None
        if a is None and m is not None:
            # (round 27) "the airport has been 'liberated' from supporters of Haftar": the side after "from" lost
            # the place, so its opponent took it – unless a "by" names the taker
            loser = next((x for x in after if 0 <= x.start - (trig.end + m.end()) <= 30 and x.side in sides), None)
            taker = by_agent(120)
            if loser is not None and (taker is None or taker is loser):
                opp = sides.opponent(loser.side)
                return (opp, f"taken from {loser.side}", 0.9) if opp else (None, "", 1.0)
        a = a or by_agent()
        if a is None:
            m = re.search(r"\b(?:blamed\s+on|attributed\s+to)\s+", low[trig.end:])
            if m:
                a = next((x for x in after if x.start >= trig.end + m.end() and x.start - trig.end - m.end() < 30), None)
        if a is None and trig.action == "attacked":
            # "Mitiga was hit by rocket fire, the government said, blaming forces loyal to Haftar": the blamed side
            m = re.search(r"\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:the\s+)?", low[trig.end:])
            if m:
                a = next((x for x in after if 0 <= x.start - (trig.end + m.end()) <= 30), None)
                if a is not None and a.side:
                    return a.side, "agent from the blame", 0.85
                a = None
        if a is None:
            if trig.form == "drive":
                patient = _nearest_subject(before, low, cstart)
                if patient is not None and patient.side:
                    opp = sides.opponent(patient.side)
                    if opp:
                        return opp, f"{_DRIVEN_OUT_NOTE} {patient.side}", 0.95
            return None, "", 1.0
        if a.side is None:
            return None, "", 1.0
        return a.side, "", 1.0
    if trig.form == "participle":
        # "chased the retreating LNA units": the side the participle describes
        a = next((x for x in after if x.start - trig.end <= 2), None)
        if a is None:  # "Haftar's fleeing militias": the possessor
            a = next((x for x in reversed(before) if re.fullmatch(r"['’]s?\s+", low[x.end:trig.start])), None)
        return (a.side, "", 1.0) if a is not None and a.side else (None, "", 1.0)
    if trig.form == "nominal":
        inside = next((x for x in actors if trig.start < x.start and x.end <= trig.end), None)
        if inside is not None and re.search(r"\bof\s+(?:the\s+)?$", low[trig.start:inside.start]):
            return inside.side, "", 1.0  # "the withdrawal of Haftar's forces from Tarhuna"
        mod = next((x for x in reversed(before) if trig.start - x.end <= 4
                    or re.fullmatch(r"(?:'s|')?\s*(?:(?:air|drone|artillery|rocket|new|fresh|heavy|deadly|"
                                    r"latest|renewed|massive|major|ground|counter|indiscriminate|continued|continuing|relentless|"
                                    r"intense|intensified|repeated|daily|nightly|constant|ongoing|sustained|"
                                    r"random)\s*)*", low[x.end:trig.start])
                    # (round 36) "Haftar's troops' flight from …": the side owns the forces that own the act
                    or re.fullmatch(r"(?:'s|')?\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|militias|militiamen|men|units|"
                                    r"soldiers)'\s+", low[x.end:trig.start])), None)
        if mod is not None:
            return mod.side, "", 1.0
        m = re.match(r"[^,;]{0,40}?\bby\s+", low[trig.end:])
        if m and re.search(r"\b(?:held|controlled|occupied|run|backed|supported|used|operated|manned|defended|guarded|"
                           r"seized|captured|taken|retaken|besieged|surrounded)\s+by\s+$", low[trig.end:trig.end + m.end()]):
            m = None  # (round 36) "air strikes on the Al-Vatya air base held by the LNA": the holder, not the striker
        if m:
            a = next((x for x in after if trig.end + m.end() <= x.start <= trig.end + m.end() + 40), None)
            if a is not None:
                return a.side, "", 1.0
        if trig.action == "withdrew":
            # "the defeat and pull-out of Haftar's forces", "the withdrawal from Sirte of forces from Misrata"
            gap_rx = r"\s*(?:the\s+)?" if trig.text.endswith(" of") else r"[^,;]{0,50}?\bof\s+(?:the\s+)?"
            a = next((x for x in after if x.side and x.start - trig.end <= 60
                      and re.fullmatch(gap_rx, low[trig.end:x.start])), None)
            if a is not None:
                return a.side, "the side named after 'of'", 1.0
        acc = re.search(r"\baccus(?:ed|es|ing)\s+([^,;]{1,60}?)\s+of\s+(?:[^,;]{0,60}?)$", low[max(0, trig.start - 140):trig.start])
        if acc:
            # "accused Haftar's forces of breaking the truce with a ground attack on Abu Grein"
            off = max(0, trig.start - 140)
            a = next((x for x in before if off + acc.start(1) <= x.start < off + acc.end(1) and x.side), None)
            if a is not None:
                return a.side, "the side accused of it", 0.85
        m = re.match(r"[^;]{0,60}?(?:\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?|,\s*)"
                     r"(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?", low[trig.end:])
        if m:  # "a rocket attack on Mitiga airport was blamed on Haftar's forces"
            a = next((x for x in after if 0 <= x.start - (trig.end + m.end()) <= 30), None)
            if a is not None and a.side:
                return a.side, "agent from 'blamed on'", 0.9
        # (round 23) up to six words, so a time may follow the side ("blamed S on Thursday for a rocket attack")
        m = re.search(r"\bblam(?:ed|es|ing)\s+$|\bblam(?:ed|es|ing)\s+(\S+\s+){0,6}for\s+(?:an?\s+|the\s+)?", low[max(0, trig.start - 80):trig.start])
        if m:
            blamed = [x for x in before if x.start >= max(0, trig.start - 80) + m.start()]
            if blamed and blamed[0].side:
                return blamed[0].side, "agent from 'blamed … for'", 0.9
        off = max(0, trig.start - 160)
        m = re.search(r"\bblam(?:ed|es|ing)\s+([^;:]{2,90}?)\s+for\s+(?:[\w'-]+\s+){0,3}$", low[off:trig.start])
        if m:
            # (round 36) "blamed the Grand Mufti and others for last Saturday's bombing in Benghazi": the blamed are
            # no side, so the one blaming did not make the attack
            blamed = [x for x in before if off + m.start(1) <= x.start < off + m.end(1)]
            if blamed and blamed[0].side:
                return blamed[0].side, "agent from 'blamed … for'", 0.85
            return None, "", 1.0
        if re.search(r"\bblam(?:ed|es|ing)\s+(?:\S+\s+){0,3}$", low[max(0, trig.start - 40):trig.start]):
            # "blamed the strike on … on aircraft belonging to Haftar": the side the blame falls on
            for mm in re.finditer(r"\bon\s+", low[trig.end:trig.end + 120]):
                a = next((x for x in after if 0 <= x.start - (trig.end + mm.end()) <= 40
                          and not re.search(r"[,;]", low[trig.end + mm.end():x.start])), None)
                if a is not None and a.side:
                    return a.side, "agent from 'blamed … on'", 0.85
            return None, "", 1.0
        if re.search(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}$|"
                     r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|militias|men|units)'\s+$",  # (round 36)
                     low[max(0, trig.start - 30):trig.start]):
            # "their withdrawal from Sirte": the owner is the subject the pronoun points back to
            owner = _nearest_subject([x for x in before if x.side], low, 0)
            if owner is not None:
                return owner.side, "owner from a possessive pronoun", 0.95
            near = next((x for x in reversed(before) if x.side and trig.start - x.end <= 40
                         and not re.search(r"[;:]|\b(?:and|but|while|whereas)\b", low[x.end:trig.start])), None)
            if near is not None:
                # "no resistance is seen from Haftar's militias after their withdrawal from there": no subject
                # has a side, so the pronoun points back to the side just named
                return near.side, "owner from a possessive pronoun (the side just named)", 0.85
            if memory:
                return memory, "owner from a possessive pronoun in the previous sentence", 0.8
            return None, "", 1.0
        rep = _repeller(trig, low, actors) if trig.action == "attacked" else None
        if rep is not None:
            # "its fighters had beaten back an overnight assault": the attack of the repeller's opponent
            opp = sides.opponent(rep.side) if rep.side in sides else None
            return (opp, f"an attack {rep.side} repelled", 0.95) if opp else (None, "", 1.0)
        rel40 = _relative_antecedent(trig, low, actors, cstart) if _LIGHT_VERB_RE.search(low[cstart:trig.start]) else None
        if rel40 is not None and rel40.side:
            # (round 40) "won back X from Haftar's forces, which at the same time launched attacks in Tripoli": the
            # relative clause's light verb has the antecedent as subject, not the main clause's subject
            return rel40.side, "subject of the relative clause", 1.0
        subj = _nearest_subject(before, low, cstart)
        if subj is not None and subj.side and _LIGHT_VERB_RE.search(low[subj.end:trig.start]):
            return subj.side, "", 1.0
        m = re.search(r",\s*(?:blam(?:ed|es|ing)|accus(?:ed|es|ing))\s+(?:the\s+)?", low[trig.end:])
        if trig.action == "attacked" and m:
            # "rocket fire on Tripoli killed five civilians, the GNA said, blaming Haftar's forces": the blamed side
            a = next((x for x in after if 0 <= x.start - (trig.end + m.end()) <= 30), None)
            if a is not None and a.side:
                return a.side, "agent from the blame", 0.85
        rel = _relative_antecedent(trig, low, actors, cstart)
        if rel is None and not (memory and _GENERIC_SUBJECT_RE.search(low[cstart:trig.start])
                                and _LIGHT_VERB_RE.search(low[cstart:trig.start])):
            return None, "", 1.0
    if trig.form in ("drive", "drive_out"):
        patient = next((x for x in actors if trig.start < x.start < trig.end), None)
        agent = _nearest_subject(before, low, cstart)
        if agent is not None and agent.side is None:
            return None, "", 1.0
        mid = _DRIVE_RE.match(low, trig.start)
        nothing_between = mid is not None and not mid.group("mid").strip()
        if patient is None:
            if nothing_between:
                # "General Haftar: pushed out of Tripoli": the subject is the side driven out
                if agent is not None and agent.side:
                    opp = sides.opponent(agent.side)
                    if opp:
                        return opp, f"{_DRIVEN_OUT_NOTE} {agent.side}", 0.95
                return None, "", 1.0
            if agent is not None:
                return agent.side, "", 1.0
            if memory and _GENERIC_SUBJECT_RE.search(low[cstart:trig.start]):
                return memory, "agent from the previous sentence", 0.8
            return None, "", 1.0
        if patient.side is None:
            return None, "", 1.0
        if agent is not None and agent.side and agent.side != patient.side:
            return agent.side, "", 1.0
        opp = sides.opponent(patient.side)
        return (opp, f"{_DRIVEN_OUT_NOTE} {patient.side}", 0.95) if opp else (None, "", 1.0)
    if trig.action == "attacked" and not trig.passive and trig.form in ("verb", "impact"):
        # (round 24) "shells fired by S at T positions fell in X", "shells by S killed two civilians in X": the
        # side that fired, not the one whose positions the fire was aimed at
        fired = None
        for m in _FIRED_BY_RE.finditer(low, cstart, trig.start):
            a = next((x for x in actors if 0 <= x.start - m.end() <= 1 and x.side), None)
            if a is not None and not re.search(r"[,;:]|\b(?:and|but|while|who|which|that|as)\b", low[a.end:trig.start]) \
                    and len(low[a.end:trig.start].split()) <= 8:
                fired = a
        if fired is not None:
            return fired.side, "the side that fired", 1.0
        # (round 27) "an air strike that officials blamed on Haftar's forces hit a pharmacy in X": the subject's
        # relative clause names who is blamed for it
        m = _BLAMED_SUBJECT_RE.search(low, max(0, cstart - 60), trig.start)
        if m is not None:
            a = next((x for x in actors if m.start("who") <= x.start < m.end("who") and x.side), None)
            if a is not None:
                return a.side, "the side the subject's strike was blamed on", 0.9
    if _INDEFINITE_SUBJECT_RE.search(low[cstart:trig.start]) and not any(
            x.side and cstart <= x.start and x.end <= trig.start for x in actors):
        # "… were killed when a drone struck the town": a subject the text leaves unattributed is nobody's
        return None, "", 1.0
    rel = _relative_antecedent(trig, low, actors, cstart)
    if rel is not None:
        return rel.side, "subject of the relative clause", 1.0
    gen = _GENERIC_ANTECEDENT_RE.search(low[:trig.start])
    if gen is not None:
        # "remnants of the militia that had fled from al-Watiya": the militia named before ("Haftar's militia"),
        # not the subject of the main clause
        noun = gen.group(1).rstrip("s")
        owner = next((x for x in reversed(actors) if x.end <= gen.start() and x.side and (
            noun in x.surface.casefold() or re.fullmatch(r"(?:'s)?\s+(?:[\w-]+\s+)?", low[x.end:gen.start()]))), None)
        return (owner.side, "antecedent of the relative clause named before", 0.9) if owner else (None, "", 1.0)
    if not any(not x.governed for x in before) and (
            (re.match(r"[a-z]+ing\b", trig.text) and re.search(r"\b(?:after|before|since|upon|on|while|when|by)\s+$",
                                                             low[max(0, trig.start - 12):trig.start]))
            or re.search(r"\bhaving\s+(?:\w+\s+)?$", low[max(0, trig.start - 20):trig.start])):
        # "Hours after taking Tarhuna, forces of the GNA reached Bani Walid": the main clause's subject
        comma = low.find(",", trig.end)
        subj = next((x for x in after if comma != -1 and x.start > comma and not x.governed), None)
        if subj is None or not re.search(r",\s*(?:the\s+)?$", low[:subj.start]):
            # (round 19) "Having taken Gharyan, about 80 km south of Tripoli, on Thursday after skirmishes with forces
            # allied to Sarraj, Haftar's LNA failed …": the subject opens the main clause, after the participle's
            # own phrases
            subj = next((x for x in after if comma != -1 and x.start > comma and x.side
                         and re.search(r",\s*(?:the\s+)?$", low[:x.start])
                         and re.match(r"\s+(?:\w+ly\s+|had\s+|has\s+|have\s+|then\s+)*[a-z]+ed\b", low[x.end:])), subj)
        if subj is not None and subj.side:
            return subj.side, "subject of the main clause", 0.95
    adm = _ADMIT_BEFORE_RE.search(low[max(0, trig.start - 40):trig.start]) if re.match(r"\w+ing\b", trig.text) else None
    if adm is not None:
        # "Two officials of the Tripoli government admitted losing the town", "the LNA acknowledged hitting it": the
        # one who admits did it; a speaker for a side speaks for it
        at = max(0, trig.start - 40) + adm.start()
        who = next((x for x in reversed(before) if x.end <= at and (not x.governed or _SPEAKER_RE.search(
            low[max(0, x.start - 40):x.start]))), None)
        if who is not None and not _HARD_BOUNDARY_RE.search(low[who.end:at]):
            return (who.side, "subject of the verb of admitting", 0.95) if who.side else (None, "", 1.0)
    if memory and _DEFINITE_UNIT_RE.search(low[max(0, trig.start - 60):trig.start]):
        # (round 20) "… Tuareg units loyal to the GNA's commander, and the brigade was forced to abandon its outposts":
        # "the brigade" right before the verb is the unit the previous sentence named, not the side named last
        return memory, "'the brigade': the unit of the previous sentence", 0.8
    if trig.form in ("verb", "arabic") and not trig.passive:
        bare = _bare_pejorative_side(trig, low, actors, cstart, layers)
        if bare is not None:
            return bare, "(round 53b) bare 'militias' in the words of the other side", 0.85
    if _PEJORATIVE_SUBJECT_RE.search(low[cstart:trig.start]) and not any(
            x.side and cstart <= x.start < trig.start for x in actors):
        # (round 30) "…, the GNA spokesman said, adding that militias were still firing rockets at the airport": a side's
        # spokesman calls the other side's fighters "militias" or "mercenaries", never his own
        speaker = _speaker(list(reversed(before)), low)  # the nearest speaker, the one whose words these are
        opp = sides.opponent(speaker.side) if speaker is not None and speaker.side in sides else None
        if opp:
            return opp, "the speaker's name for the other side", 0.85
    subj = _nearest_subject(before, low, cstart)
    if subj is not None:
        # (round 26) "The army, which announced that it had driven S out of X, said that it had taken Y": a side
        # inside a closed relative clause is not the subject of the verb after it; the antecedent is
        for m in _CLOSED_RELATIVE_RE.finditer(low, 0, trig.start):
            if m.start() <= subj.start < m.end():
                head = _nearest_subject([x for x in before if x.end <= m.start()], low, cstart)
                if head is not None and re.fullmatch(r"\s*", low[head.end:m.start()]):
                    subj = head
                break
        if subj.side is None:
            return None, "", 1.0
        return subj.side, "", 1.0
    m = re.search(r"\b(?:blamed\s+on|attributed\s+to)\s+", low[trig.end:])
    if m:
        a = next((x for x in after if trig.end + m.end() <= x.start <= trig.end + m.end() + 30), None)
        if a is not None:
            return a.side, "agent from 'blamed on'", 0.9
    speaker = _speaker(before, low)
    if speaker is None and ('"' in low or re.search(r"\b(?:we|our|us)\b", low[cstart:trig.end])):
        speaker = _speaker(after, low)  # '"We took Sirte," a spokesman for the GNA told AFP'
    if speaker is not None and _GENERIC_SUBJECT_RE.search(low[cstart:trig.start]):
        return speaker.side, "agent is the speaker's side", 0.9
    if memory and _GENERIC_SUBJECT_RE.search(low[cstart:trig.start]) and not re.search(
            r"\b(?:unidentified|unknown|unmarked|mysterious|foreign)\b", low[cstart:trig.start]):
        return memory, "agent from the previous sentence", 0.8
    return None, "", 1.0


_PEJORATIVE_SUBJECT_RE = re.compile(r"(?:^\s*|\b(?:that|and|but|while)\s+|[,;]\s*)(?:the\s+)?(?:militias|militiamen|mercenaries|"
                                    r"gangs|terrorists|terrorist\s+groups)\s+(?:(?:were|was|are|is|had|have|has|been|"
                                    r"still|also|again|continued|continue|kept|keep|then|\w+ly)\s+){0,3}$")
_CHASED_UNNAMED_RE = re.compile(r"\b(?:chas(?:e|ed|es|ing)|pursu(?:e|ed|es|ing)|hunt(?:ed|ing)\s+down)\s+(?:the\s+)?"
                                r"(?:remnants\s+of\s+(?:the\s+)?)?(?:militias?|fighters|gunmen|militiamen|mercenaries|"
                                r"forces|troops|units)\s+$")
_DEFINITE_UNIT_RE = re.compile(r"(?:^|[,;]\s*(?:and\s+|but\s+)?|\b(?:and|but|then)\s+)the\s+(?:brigade|battalion|unit|column|"
                               r"garrison|militia|regiment)\s+(?:(?:had|has|was|were|then|also|soon|later|eventually|"
                               r"\w+ly)\s+){0,3}(?:(?:forced|obliged|compelled)\s+to\s+)?$")
_TRYING_CLAUSE_RE = re.compile(r"\b(?:as|when|after|while)\s+(?P<who>[^,;]{2,80}?)\s+(?:(?:had\s+)?(?:tried|sought|attempted|"
                               r"moved|pushed|launched|began|started)|(?:were|was)\s+(?:trying|seeking|attempting|"
                               r"pushing|advancing|moving))\b")


_BETWEEN_RE = re.compile(r"\s+(?:(?:again|also|on|overnight|today|yesterday|\w+day)\s+)*between\s+")


# (round 54a) the bare noun "خسارة" (loss): its loser is the side named right after it ("بعد خسارة قوات حفتر لمدينة
# غريان") or the one that admits or comments on it ("أقر المتحدث باسم قوات حفتر بخسارة ترهونة", "لم تعلّق قوات حفتر على
# خسارة المطار"); a speaker who only mentions it ("قال المتحدث باسم قوات الوفاق إن خسارة ترهونة ضربة لحفتر") is not
# (its pattern, _AR_BARE_LOSS_RE, is defined with the Arabic triggers)
_AR_ADMIT_LOSS_RE = re.compile(r"(?<!\w)[وف]?(?:لم\s+)?(?:أقر|أقرت|اقر|اقرت|يقر|تقر|اعترف|اعترفت|يعترف|تعترف|علق|علقت|"
                               r"يعلق|تعلق|علّق|علّقت|يعلّق|تعلّق)(?!\w)")


def _ar_loser(trig: _Trigger, low: str, actors: list[_Actor]) -> tuple[str | None, str, float]:
    after = next((x for x in actors if x.start >= trig.end and x.side and re.fullmatch(
        r"\s+(?:(?:قوات|مليشيات|ميليشيات|مسلحي|عناصر)\s+)?", low[trig.end:x.start])), None)
    if after is not None:
        return after.side, "the side whose loss it is", 1.0
    verb = None
    for m in _AR_ADMIT_LOSS_RE.finditer(low, max(0, trig.start - 120), trig.start):
        verb = m
    if verb is None or re.search(r"[.؛;]|(?<!\w)(?:إن|أن|قال|قالت)(?!\w)", low[verb.end():trig.start]):
        return None, "", 1.0
    subj = next((x for x in actors if verb.end() <= x.start < trig.start and x.side), None)  # "أقر المتحدث باسم S"
    if subj is None:
        subj = next((x for x in reversed(actors) if x.end <= verb.start() and x.side and verb.start() - x.end <= 20
                     and not re.search(r"[،,.؛;]", low[x.end:verb.start()])), None)  # "لم تعلّق قوات حفتر على"
    return (subj.side, "the side that admits the loss", 0.95) if subj is not None else (None, "", 1.0)


# (round 54a) the noun "تحرير X" (liberation) names its liberator right after it ("تحرير قوات الوفاق لمدينة ترهونة") or
# after "على يد" / "من قبل"; with no side named before it, a side named later in the sentence is not its agent ("ألقت
# صدمة تحرير قاعدة الوطية بظلالها …، إذ ظهر الناطق باسم قوات حفتر": the side that lost it)
_AR_LIBERATION_NOUN_RE = re.compile(r"[وف]?[بل]?تحرير")


def _ar_liberator(trig: _Trigger, low: str, actors: list[_Actor]) -> tuple[str | None, str, float] | None:
    after = next((x for x in actors if x.start >= trig.end and x.side and re.fullmatch(
        r"\s+(?:(?:قوات|وحدات|عناصر)\s+)?", low[trig.end:x.start])), None)
    if after is not None:
        return after.side, "the side whose liberation it was", 1.0
    by = re.match(r"[^.؛;،,]{0,80}?(?<!\w)(?:على\s+يد|على\s+أيدي|من\s+قبل|بأيدي)\s+(?:(?:قوات|وحدات|عناصر)\s+)?", low[trig.end:])
    if by is not None:
        a = next((x for x in actors if x.start == trig.end + by.end() and x.side), None)
        if a is not None:
            return a.side, "the side the liberation was by", 1.0
    start = max(low.rfind(".", 0, trig.start), low.rfind("؛", 0, trig.start)) + 1
    if not any(x.side and start <= x.start and x.end <= trig.start for x in actors) and \
            any(x.side and x.start >= trig.end and not re.search(r"(?<!\w)من\s+(?:(?:قوات|مليشيات|ميليشيات)\s+)?$",
                                                                low[max(0, x.start - 20):x.start]) for x in actors):
        return None, "", 1.0  # (not "تحرير X من قوات حفتر": the side it was freed from, read as such elsewhere)
    return None


def _fighting_pair(trig: _Trigger, low: str, actors: list[_Actor], layers: Any) -> list[str]:
    """"Fighting raged between S and T in X": the two opposing sides named right after "between", else none."""
    m = _BETWEEN_RE.match(low, trig.end)
    if m is None:
        return []
    end = m.end() + 160
    stop = re.search(r"\s(?:in|at|on|near|around|south|north|east|west|along)\s|[,;.]", low[m.end():end])
    near = [a for a in actors if m.end() <= a.start < end and a.side in layers.sides.ids]
    first = near[:1]
    rest = [a for a in near[1:] if first and a.side == layers.sides.opponent(first[0].side)
            and re.search(r"\band\b", low[first[0].end:a.start])]
    if not first or not rest:
        return []
    if stop is not None and m.end() + stop.start() < first[0].start:
        return []
    return [first[0].side, rest[0].side]


def _fighting_side(trig: _Trigger, low: str, actors: list[_Actor], memory: str | None) -> tuple[str | None, str, float]:
    """Who attacks where "fighting broke out": the side the sentence says tried to gain ground ("… as GNA forces
    tried to win back positions"); fighting alone names no attacker."""
    for m in _TRYING_CLAUSE_RE.finditer(low, trig.end):
        a = next((x for x in actors if m.start("who") <= x.start < m.end("who") and x.side and not x.governed), None)
        if a is not None:
            return a.side, "the side trying to gain ground where fighting broke out", 0.95
    return None, "", 1.0  # no side is named as the one pushing: fighting alone names no attacker
_PARTICIPLE_CLAUSE_RE = re.compile(r"(?:^|,)\s*(?:saying|adding|insisting|stressing|noting|claiming|explaining)\b[^,;]*$")


def _repeller(trig: _Trigger, low: str, actors: list[_Actor]) -> _Actor | None:
    """"GNA forces repelled an attack on Espiaa", "its fighters had beaten back an overnight assault", "أنها صدّت
    هجوماً": the side that repelled the attack the noun names (which is then its opponent's attack)."""
    m = _REPEL_RE.search(low[max(0, trig.start - 60):trig.start])
    if m is None:
        return None
    at = max(0, trig.start - 60) + m.start()
    before = [a for a in actors if a.end <= at and a.side]
    if is_arabic(low):
        # "أعلنت الوفاق أنها صدّت …": the subject named before the verb (its pronoun points back to it); "صدت قوات
        # الوفاق هجوماً …": the subject right after it
        after = next((a for a in actors if at < a.start < trig.start and a.side), None)
        if after is not None and not re.search(r"(?<!\w)(?:أنها|انها|أنه|انه)(?!\w)", low[at - 8:at]):
            return after
        return before[-1] if before else after
    part = _PARTICIPLE_CLAUSE_RE.search(low[:at])
    if part is not None and re.search(r"\b(?:its|their|our|we|they|it)\b", low[part.start():at]):
        # "The GNA dismissed the claims that Haftar's militias had made gains, saying its fighters had beaten
        # back …": a participle clause's subject is the main clause's subject
        first = next((a for a in actors if a.side and not a.governed and a.end <= part.start()), None)
        if first is not None:
            return first
    subj = _nearest_subject(before, low, 0)
    return subj


_ADMIT_BEFORE_RE = re.compile(r"\b(?:admit(?:ted|s)?|acknowledg(?:ed|es|e)|conced(?:ed|es|e)|confess(?:ed|es)?|"
                              r"confirm(?:ed|s)?|report(?:ed|s)?|claim(?:ed|s)?|announc(?:ed|es)|recall(?:ed|s)?|"
                              r"describ(?:ed|es))\s+(?:(?:also|openly|publicly|later)\s+)?$")
_INDEFINITE_SUBJECT_RE = re.compile(
    r"(?:^\s*|[,;:]\s*|\b(?:when|as|after|before|while|and|then|that)\s+)(?:an?|unidentified|unknown|unmarked|mysterious)\s+"
    r"(?:(?!(?:of|their|its|his|our|the)\b)[\w-]+\s+){0,2}?"
    r"(?:drone|warplane|aircraft|jet|plane|helicopter|rocket|missile|shell|mortar|bomb|car\s+bomb|explosion|blast|"
    r"strike|airstrike|air\s+strike|raid)\s+(?:(?:also|reportedly|then|later|apparently)\s+)?$")
_GENERIC_ANTECEDENT_RE = re.compile(r"\b(militias?|fighters|forces|troops|units|mercenaries|gunmen)\s*,?\s*(?:who|that|which)\s+"
                                    r"(?:(?:had|have|has|were|was|then|later|also|reportedly)\s+)*$")


def _relative_antecedent(trig: _Trigger, low: str, actors: list[_Actor], cstart: int) -> _Actor | None:
    """"forces loyal to Haftar, who control the port": the actor a subject relative clause is about."""
    if not re.fullmatch(r"\s*(?:(?:still|now|also|already|have|has|had|long|firmly|effectively|largely|"
                        r"reportedly|currently|then|were|was|are|is|been|remain|remains|remained|stay|stays|stayed|"
                        r"[a-z]+ly)\s+)*"
                        # (round 38) "LNA units that tried to push into X": the attempt's subject too
                        r"(?:(?:tried|attempted|sought|again|twice|repeatedly)\s+(?:(?:again|twice|repeatedly)\s+)?to\s+)?"
                        # (round 40) "Haftar's forces, which at the same time launched attacks in the capital": an
                        # attack noun after a light verb of the relative clause, a time adverbial before it
                        r"(?:(?:at\s+the\s+same\s+time|meanwhile|simultaneously|in\s+turn)\s+)?"
                        r"(?:(?:launched|mounted|carried\s+out|staged|conducted|waged)\s+(?:(?:a|an|new|fresh|several|"
                        r"heavy|renewed|a\s+series\s+of)\s+)*)?",
                        low[cstart:trig.start]):
        return None
    m = re.search(r"\b(?:who|which|that)\s*$", low[:cstart])
    if m is None:
        return None
    return next((a for a in reversed(actors) if a.end <= m.start() and re.fullmatch(
        r"(?:(?:'s)?\s+(?:[\w-]+\s+)?(?:forces|fighters|troops|militias?|units|men|brigades?|mercenaries|army))?\s*,?\s*",
        low[a.end:m.start()])), None)  # "Haftar's fighters, who remain barricaded inside Sirte"


_SPEAKER_AFTER_RE = re.compile(r"(?:'s)?\s+(?:(?:military|field|senior|local|media|army|security)\s+)?(?:spokes(?:man|woman|person)|"
                               r"sources?|officials?|commanders?|officers?|statement|media\s+(?:office|centre|center)|"
                               r"operations\s+room)\b")
_SPEAKER_RE = re.compile(r"\b(?:spokes(?:man|woman|person)|sources?|officials?|commanders?|officers?|statement|"
                         r"media\s+(?:office|centre|center)|operations\s+room)\s+(?:for|of|in|from|with|close\s+to)\s+(?:the\s+)?"
                         # (round 56d) "a commander of the eastern forces loyal to Haftar said his units had …"
                         r"(?:(?:eastern|western|southern|northern|east-based|tripoli-based|rival)\s+)?$")


def _speaker(before: list[_Actor], low: str) -> _Actor | None:
    """"A spokesman for the LNA's brigade said the army had …": the side that speaks."""
    for a in before:
        if a.side and (_SPEAKER_RE.search(low[max(0, a.start - 40):a.start]) or _SPEAKER_AFTER_RE.match(low, a.end)):
            return a  # "a spokesman for the GNA", "an LNA commander"
    return None


# (round 53b) The side whose spokesmen or commanders speak in a passage: bare "the militias" in their words are the other
# side's fighters even when the quote's speaker is only "he" ('"The militias tried to storm X," he said', after "LNA
# spokesman Ahmed al-Mismari said …"), and in Arabic after "قال المتحدث باسم الجيش الوطني إن المليشيات هاجمت X"
_VOICE: contextvars.ContextVar[str | None] = contextvars.ContextVar("_VOICE", default=None)
_AR_SPEAKER_BEFORE_RE = re.compile(r"(?:المتحدث|الناطق|متحدث|ناطق)\s+(?:الرسمي\s+)?(?:باسم|عن)\s+(?:\S+\s+){0,2}$|"
                                   r"(?:آمر|قائد|مدير|رئيس)\s+(?:\S+\s+){0,2}$")
_BARE_PEJORATIVE_RE = re.compile(r"(?:^|[\s\"“«'‘,;:])(?:the\s+)?(?:armed\s+)?(?:militias|militiamen|mercenaries|gangs)\s+"
                                 r"(?:(?:were|was|are|is|had|have|has|been|still|also|again|then|\w+ly|tried|attempted|"
                                 r"sought|to|continued|kept)\s+){0,4}$|"
                                 r"(?:^|\s)(?:إن|أن|ان)\s+(?:ال)?(?:مليشيات|ميليشيات|مرتزقة)\s+$")


def _speaks(low: str, a: int, b: int) -> bool:
    """(round 53b) Is the side mention at [a, b) a speaker ("LNA spokesman", "the GNA said", "المتحدث باسم الجيش")?"""
    return bool(_SPEAKER_RE.search(low[max(0, a - 40):a]) or _SPEAKER_AFTER_RE.match(low, b)
                or _AR_SPEAKER_BEFORE_RE.search(low[max(0, a - 40):a]))


def _passage_voice(text: str, layers: Any) -> str | None:
    """(round 53b) The one side whose spokesman, commander or statement the passage quotes, else None."""
    s = _normalise(text)
    low = s.casefold()
    mentions = _side_mentions(s, layers)
    found = {side for a, b, side, _ in mentions if side in layers.sides.ids and _speaks(low, a, b)}
    if len(found) != 1:
        return None
    voice = next(iter(found))
    for a, b, side, _ in mentions:
        if side == voice and (re.match(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?militia", low[b:])
                              or re.search(r"\bmilitias?\s+(?:of|loyal\s+to|led\s+by)\s+(?:[\w-]+\s+){0,2}$", low[max(0, a - 40):a])
                              or re.search(r"(?:مليشيات|ميليشيات)\s+$", low[max(0, a - 12):a])):
            return None  # "Hafter's militias" too: the passage calls the speaker's own side militias
    return voice


def _bare_pejorative_side(trig: _Trigger, low: str, actors: list[_Actor], cstart: int, layers: Any) -> str | None:
    """(round 53b) "The militias tried to storm X", "إن المليشيات هاجمت X" in the words of a passage where only one side
    speaks: the subject with no owner is that side's enemy."""
    voice = _VOICE.get()
    if voice is None or voice not in layers.sides or not _BARE_PEJORATIVE_RE.search(low[max(0, trig.start - 60):trig.start]):
        return None
    if any(x.side and cstart <= x.start < trig.start and not _speaks(low, x.start, x.end)
           for x in actors if x.end <= trig.start and x.start >= trig.start - 60):
        return None  # a side named between: "Haftar's militias tried to …" is handled by the owner
    return layers.sides.opponent(voice)


_HARD_BOUNDARY_RE = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|"
                               # "retreated east, with Sirte and Jufra as their last footholds": what they keep
                               r",\s*with\s+[^,;:]{1,120}?\s+as\s+(?:(?:its|their|his)\s+)?(?:[\w-]+\s+){0,2}?"
                               r"(?:strongholds|bastions|footholds|redoubts|bases)\b|"
                               r"(?:^|\s)(?:بينما|فيما|في\s+حين|لكن|غير\s+أن)(?=\s)")
_DATE_SEPARATOR_RE = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|\bwhen\b|\bwhich\b|"
                                r"\bwho\b|\bwhose\b|,\s*\w+ing\b|\band\s+(?:then|later)\b")
# relative clauses, and reduced ones set off by commas ("Gharyan, captured by the LNA in April last year, was …")
_CLOSED_RELATIVE_RE = re.compile(r",\s*(?:which|who)\s[^,;]*,")
_RELATIVE_RE = re.compile(r"(?:,\s*|\b)(?:which|who|whose)\b[^,;]*|,\s*(?:[a-z]+ed|taken|retaken|held|overrun|won)\s+"
                          r"(?:by|from)\b[^,;]*(?=,)")


def _nearest_subject(before: list[_Actor], low: str, cstart: int) -> _Actor | None:
    """The nearest actor before a trigger that can be its subject (not an object; no hard boundary)."""
    if before and _WHO_RELATIVE_RE.match(low, before[-1].end):
        # (round 43) "inflicting a heavy defeat on Haftar's troops, who were driven out of Tarhuna": the antecedent of
        # "who" is the subject of its clause, though it is the object of the clause before
        return before[-1]
    for a in reversed(before):
        if a.governed:
            continue
        if re.search(r"\b[a-z]+ed\s+(?:any|no|an?|every)\s+$", low[max(0, a.start - 30):a.start]) \
                and _ACTION_NOUN_AFTER_RE.match(low, a.end):
            continue  # (round 31) "denied any LNA advance and insisted they …": whose action the object is, no subject
        if _APPOSITIVE_POSSESSOR_RE.search(low, max(0, a.start - 40), a.start) and \
                _POSSESSED_PLACE_RE.match(low, a.end) and any(not b.governed for b in before if b.end <= a.start):
            # (round 44) "the GNA captured X, the LNA's only major air base near Tripoli, and then it took Y": the owner of
            # a place in an appositive is no subject; the subject is the one before it
            continue
        return a
    return None


# (round 44) an appositive after a comma whose determiner is a side's possessive ("…, the LNA's main airfield, …")
_APPOSITIVE_POSSESSOR_RE = re.compile(r",\s*the\s+\Z")
_POSSESSED_PLACE_RE = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:air\s*base|airbase|airfield|airport|base|stronghold|bastion|town|city|foothold|"
                                 r"headquarters|hub|position|garrison|supply\s+line|command\s+centre|launch\s+pad)\b")
_WHO_RELATIVE_RE = re.compile(r"(?:['’]s?(?:\s+[\w-]+){1,2}?)?\s*,\s*who\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:[\w-]+\s+)?"
                              r"(?:driven|pushed|forced|expelled|ousted|chased|kicked|thrown|routed|evicted|dislodged)\b")
_ACTION_NOUN_AFTER_RE = re.compile(r"\s+(?:advances?|attacks?|assaults?|offensives?|push|gains|incursions?|claims?|"
                                   r"progress|breakthrough)\b")
_LOOSE_REF_RE = re.compile(r"(?:near|(?<!the\s)(?<!a\s)nearby|outside|close\s+to|around|(?<!\w)(?:قرب|بالقرب\s+من|على\s+مقربة\s+من|"
                           # (round 29) "في محيط العاصمة طرابلس": in the vicinity of a place only locates
                           r"بمحاذاة|حول|(?:في\s+|ب)محيط))\s*(?:the\s+(?:town|city|village|capital)\s+of\s+)?(?:the\s+)?"
                           r"(?:(?:مدينة|العاصمة)\s+)?$")
_ROLE_WORDS = ("out of", "out from", "away from", "back to", "from", "towards", "toward", "to", "into", "in", "at",
               "on", "against", "over", "across", "through", "inside", "within", "of")


_AR_ROLE = {"إلى": "to", "الى": "to", "نحو": "towards", "باتجاه": "towards", "صوب": "towards", "من": "from", "خارج": "from",
            "في": "in", "على": "on"}


def _role_cue(gap: str) -> str | None:
    """The last preposition in ``gap`` that sets a role (``of`` after a frame noun does not)."""
    if is_arabic(gap):
        words = [w for w in gap.split() if w in _AR_ROLE]
        return _AR_ROLE[words[-1]] if words else None
    g = re.sub(r"\b(?:town|city|village|area|region|district|base|airbase|outskirts|fringes|suburbs?|centre|center|"
               r"entrance|gates|edges?|heart|parts?|areas|most|all|rest|whole|vicinity|environs|much|positions|approaches|"
               r"capital|control|hands|neighbou?rhoods?|remnants)\s+of\b", " ", gap)
    best, pos = None, -1
    for w in _ROLE_WORDS:
        for m in re.finditer(rf"\b{w}\b", g):
            if m.start() > pos or (m.start() == pos and best is not None and len(w) > len(best)):
                best, pos = w, m.start()
    return best


# a preposition between a verb of taking and a place puts the place in a phrase of its own ("captured soldiers
# in Gharyan", "took part in the attack on Tripoli"); time phrases ("on Friday") do not count
_NOT_OBJECT_GAP_RE = re.compile(r"\b(?:on|at|for|during|with|after|before|since|against|in|by|within|amid|near|under)\b")
_TIME_PHRASE_RE = re.compile(r"\b(?:(?:late|early)\s+)?(?:on|at|in|by|during)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
                             r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|dawn|dusk|night|noon|"
                             r"midnight|morning|afternoon|evening|the\s+weekend|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|"
                             r"[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b(?:\s+(?:morning|afternoon|evening|night))?")


def _first_named_owner(at: int, low: str, actors: list[_Actor]) -> _Actor | None:
    """(round 50) "the headquarters of Khalifa Haftar's Libyan National Army": the side after a stronghold noun's "of"
    may begin after a first name (one word, no title)."""
    return next((x for x in actors if x.side and x.start > at and re.fullmatch(r"[a-z][\w-]*\s+", low[at:x.start])),
                None)


def _stronghold_owner(trig: _Trigger, low: str, actors: list[_Actor],
                      places: Sequence[_Place] = ()) -> tuple[_Actor | None, int, int]:
    """"Haftar's last stronghold", "the LNA stronghold", "the stronghold of Haftar's forces", "their
    Tarhouna stronghold": the owner, and the span of the whole noun phrase."""
    start = trig.start
    mod = next((p for p in places if p.end <= trig.start and re.fullmatch(r"\s+", low[p.end:trig.start])), None)
    if mod is not None:
        start = mod.start  # "the LNA's Jufra stronghold": the place names the stronghold
    before = next((x for x in reversed(actors) if x.end <= start
                   and re.fullmatch(r"(?:'s)?\s*", low[x.end:start])), None)
    if before is not None:
        return before, before.start, trig.end
    if _AR_STRONGHOLD_RE.fullmatch(trig.text):
        # (round 46) "آخر معاقل حفتر", "معقل قوات حفتر": the owner follows the noun it is added to
        after = next((x for x in actors if x.start >= trig.end and re.fullmatch(r"\s+", low[trig.end:x.start])), None)
        return (after, start, after.end) if after is not None else (None, start, trig.end)
    # (round 44) "the last important stronghold left to Khalifa Haftar": what is left to a side is its own
    m = re.match(r"\s+(?:(?:of|for)|(?:(?:still|now)\s+)?(?:left|remaining)\s+(?:to|in\s+the\s+hands\s+of))\s+(?:the\s+)?"
                 r"(?P<title>(?:field\s+marshal|marshal|general|commander|warlord|renegade\s+general|retired\s+general)\s+)?",
                 low[trig.end:])
    if m:
        # (round 44) "of Field Marshal Haftar's army": the side may begin at the title or after it
        after = next((x for x in actors if x.start in (trig.end + m.end(), trig.end + m.start("title")
                                                       if m.group("title") else -1)), None)
        if after is not None:
            return after, start, after.end
        after = _first_named_owner(trig.end + m.end(), low, actors)
        if after is not None:
            return after, start, after.end
    # "the largest stronghold Haftar still holds", "a staging post that Khalifa Haftar uses": the relative's subject
    after = next((x for x in actors if x.start >= trig.end and x.side and re.fullmatch(
        r"\s+(?:(?:that|which)\s+)?", low[trig.end:x.start]) and re.match(
        r"(?:'s\s+\w+\s+)?\s*(?:(?:still|now|has|have|had)\s+)*(?:holds?|held|controls?|controlled|uses?|used|kept|keeps|"
        r"retains?|retained|occup(?:y|ies|ied))\b", low[x.end:])), None)
    if after is not None:
        return after, start, after.end
    m = re.search(r"\b(?:its|their|his)\s+$", low[max(0, start - 8):start])
    if m:
        # "chasing Tripoli-allied forces back to their stronghold of Gharian": whoever is sent there owns it
        moved = next((x for x in reversed(actors) if x.end <= start and x.side and re.fullmatch(
            r"\s+(?:(?:back|all\s+the\s+way|further|deeper)\s+)?(?:to|towards?|into)\s+(?:its|their|his)\s+",
            low[x.end:start])), None)
        if moved is not None:
            return moved, start - (len(low[max(0, start - 8):start]) - m.start()), trig.end
    rel = re.search(r"(?:,\s*)?\b(?:who|which|that)\b[^,;]*$", low[:start]) if m else None
    if rel is not None:
        # "chasing Tripoli-allied forces who were fleeing to their stronghold": the pronoun is the relative's antecedent
        ante = next((x for x in reversed(actors) if x.end <= rel.start() and x.side
                     and re.fullmatch(r"\s*,?\s*", low[x.end:rel.start()])), None)
        if ante is not None:
            return ante, start - (len(low[max(0, start - 8):start]) - m.start()), trig.end
    if m:
        # (round 34) "an attack on Haftar's militias in and around Tarhouna, their last stronghold", "left the militias
        # cornered in their last stronghold": the forces the place locates own it, not the clause's subject
        pron = start - (len(low[max(0, start - 8):start]) - m.start())
        near = next((x for x in reversed(actors) if x.end <= pron and pron - x.end <= 70 and x.side), None)
        if near is not None and re.fullmatch(
                r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:in|at|around|inside|into|near)\s+(?:(?:and|or)\s+(?:in|at|around|inside|"
                r"near)\s+)?(?:(?:the\s+)?[^,;]{1,40},\s*)?", low[near.end:pron]):
            return near, pron, trig.end
    if m:  # "heading for a town near their Tarhouna stronghold": whose the pronoun says
        owner = next((x for x in reversed(actors) if x.end <= start and not x.governed and x.side), None) or \
            next((x for x in reversed(actors) if x.end <= start and x.side), None)
        if owner is not None:
            return owner, start - (len(low[max(0, start - 8):start]) - m.start()), trig.end
    return None, start, trig.end


# (round 35) "announced on Thursday the fall of X", "hailed the fall of X": the announcer took the place
_ANNOUNCED_FALL_RE = re.compile(r"\b(?:announc(?:ed|es|ing)|hail(?:ed|s|ing)|celebrat(?:ed|es|ing)|proclaim(?:ed|s|ing)|"
                                r"declar(?:ed|es|ing))\s+(?:(?:on\s+\w+|late|early|later|also|in\s+the\s+\w+|that\s+day)\s+)?"
                                r"(?:the\s+)?(?:(?:swift|rapid|quick|complete|final)\s+)?$")
