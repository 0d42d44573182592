"""Which places a trigger is about, for ``frontline ingest``: its objects (``_targets``) – strongholds,
lists introduced or counted, places that only locate, causes and effects, "from … again" – and the date each
event takes (``_date_for``).
"""

from __future__ import annotations

import datetime as dt
import re

from geo.ingest.text import _WORD_RE
from geo.ingest.dates import _DateExpr
from geo.ingest.sides import _Actor, _Place
from geo.ingest.places import (
    _AR_PRONOUN_RE,
    _COUNT_WORDS,
    _FACILITY_KINDS,
    _LOCATOR_BEFORE_RE,
    _PLACE_NOUNS,
    _SOURCE_PLACE_AFTER_RE,
    _STRICT_REF_RE,
)
from geo.ingest.triggers import _AR_STRONGHOLD_APPOS_RE, _AR_STRONGHOLD_RE, _OWNED_BASE_ADJ, _Trigger
from geo.ingest.agents import (
    _DATE_SEPARATOR_RE,
    _HARD_BOUNDARY_RE,
    _LOOSE_REF_RE,
    _NOT_OBJECT_GAP_RE,
    _RELATIVE_RE,
    _TIME_PHRASE_RE,
    _role_cue,
    _stronghold_owner,
)


_PARTIAL_RE = re.compile(r"(?:outskirts|fringes|suburbs?|edges?|edge|parts?|areas?|entrance|gates|districts?|"
                         r"neighbou?rhoods?|environs|vicinity|most|much)\s+(?:of|to)\s+(?:the\s+(?:town|city|village|capital)\s+of\s+)?(?:the\s+)?$")


_DESTINATION_NOTE = "destination of the withdrawal"


_WHICH_STATE_RE = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:(?:still|now|also)\s+)?(?:remains?|is|are|was|were|stays?|"
                             r"have\s+been|has\s+been)\s+(?:(?:still|now|firmly|also)\s+)?)?")
# (round 38) "X, one of S's strongholds and home to …, remains under …": an appositive between subject and verb
_APPOSED_SUBJECT_RE = re.compile(r"\s*,\s*(?:one|home|a|an|the|its|their|[\w-]+'s)\s[^;:()]*?,\s*(?:(?:still|now|also)\s+)?"
                                 r"(?:remains?|is|stays?|has\s+remained|continues\s+to\s+be)\s+"
                                 r"(?:(?:still|now|firmly|fully|also|largely|entirely)\s+)?")
_HOME_TO_RE = re.compile(r"\b(?:is|was)\s+(?:also\s+)?home\s+to\b|\b(?:houses|hosts)\s")


def _before_words(trig: _Trigger, low: str, n: int) -> list[str]:
    """Up to ``n`` words before the trigger, not reaching past a hard clause boundary."""
    start = max(0, trig.start - 12 * n)
    seg = low[start:trig.start]
    last = None
    for m in _HARD_BOUNDARY_RE.finditer(seg):
        last = m
    if last is not None:
        seg = seg[last.end():]
    return [m.group(0) for m in _WORD_RE.finditer(seg)][-n:]
# (round 49) the joint between two items of an Arabic list: "سبها ومرزق", "سبها، مرزق"
_AR_LIST_JOIN_RE = re.compile(r"\s*(?:،\s*(?:و|او\s+|أو\s+)?|و|او\s+|أو\s+)")


# (round 41) "Tarhuna, a major LNA stronghold", "Watiya, a key LNA bastion": adjectives between the article of a
# stronghold appositive and the side that owns it
_APPOS_STRONGHOLD_ADJ = (r"(?:(?:key|major|main|vital|important|crucial|strategic|big|chief|principal|remaining|last|only|"
                         # (round 42) "new"; (round 44) "the most important", "the largest"
                         r"significant|leading|new|most|largest|biggest)\s+){0,3}")


def _stronghold_targets(trig: _Trigger, low: str, places: list[_Place], actors: list[_Actor]) -> list[_Place]:
    """"Tarhuna, Haftar's last stronghold" and "Haftar's stronghold of Tarhuna": the place named."""
    _, a, b = _stronghold_owner(trig, low, actors, places)
    out = []
    if _AR_STRONGHOLD_RE.fullmatch(trig.text):
        # (round 46) "ترهونة، آخر معاقل حفتر", "غريان التي تعد معقل قوات حفتر": the place the appositive follows
        return [p for p in places if not p.ref_only and p.end <= a and _AR_STRONGHOLD_APPOS_RE.fullmatch(low[p.end:a])][-1:]
    for p in places:
        if p.ref_only:
            continue
        if a <= p.start and p.end <= trig.start and re.fullmatch(r"\s+", low[p.end:trig.start]):
            out.append(p)  # "their Tarhouna stronghold"
        elif trig.start <= p.start and p.end <= trig.end and re.fullmatch(
                r"(?:" + _OWNED_BASE_ADJ + r"\s+)*", low[trig.start:p.start]) and re.fullmatch(
                r"(?:\s+(?:air\s*base|airbase|air\s+field|airfield|base))?", low[p.end:trig.end]):
            out.append(p)  # (round 34) "the LNA's Jufra airbase": the base the possessive names
        elif p.start >= b and re.fullmatch(r"\s*,?\s*(?:(?:of|in|at)\s+)?(?:the\s+(?:(?:nearby|neighbouring|southern|northern|"
                                         r"eastern|western|coastal|desert|mountain)\s+)?(?:town|city|village|oasis|base)\s+of\s+)?",
                                         low[b:p.start]):
            out.append(p)
        elif p.end <= a and re.fullmatch(
                # (round 34) "Tarhouna, 65 km south-east of the capital, a key support base for …": a distance between
                # (round 46) or a bare direction ("Tarhuna, south-east of the capital and a key stronghold of S")
                r"(?:\s*,\s*(?:(?:some\s+|about\s+|around\s+|roughly\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+"
                r"(?:\([^)]{0,20}\)\s+)?)?(?:north|south|east|west)[\w-]*\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)??"
                r"(?:\s+and(?=\s+(?:a|an|the)\s)|(?=\s*,)))?"
                r"(?:\s*,\s*|(?<=and)\s+)(?:now\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:district|town|city|village|oasis|area|region|hub|"  # (round 42) "now"
                r"base|airbase|airport|port)\s+)?"
                # (round 23) "Jufra, the remote central district that serves as an LNA stronghold"
                r"(?:(?:which|that)\s+(?:is|remains|has\s+(?:long\s+)?been|serves\s+as|(?:has|have)\s+(?:long\s+)?"
                r"served\s+as|acts\s+as)\s+)?(?:(?:a|an|the)\s+" + _APPOS_STRONGHOLD_ADJ + r")?|"  # (round 41) "a key LNA bastion"
                r"(?:\s+(?:some\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)[\w-]*\s+of\s+"
                r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?,?)?"  # "the town south-east of Tripoli has served as …"
                r"\s+(?:is|was|remains|has\s+(?:long\s+)?been|(?:has|have)\s+(?:long\s+)?served\s+as|serves\s+as)\s+"  # "had served as": a past state
                r"(?:(?:considered|regarded\s+as|seen\s+as|described\s+as|"
                r"known\s+as)\s+)?(?:(?:a|an|the)\s+)?", low[p.end:a]):
            out.append(p)
    if not out and re.search(r"(?:strongholds|bastions|footholds|redoubts|bases)$", low[trig.start:trig.end]):
        # "with Sirte and al-Jufra as their last footholds": every place of the list before "as"
        m = re.search(r"\bwith\s+([^;:]{1,120}?)\s+as\s+(?:(?:its|their|his)\s+)?(?:[\w-]+\s+){0,2}$", low[:trig.start])
        if m:
            out = [p for p in places if not p.ref_only and m.start(1) <= p.start and p.end <= m.end(1)]
            return out
    if out and out[0].end <= a and re.search(r"(?:strongholds|bastions|footholds|redoubts|bases|bulwarks)$",
                                             low[trig.start:trig.end]):
        # (round 32) "toward Tarhouna and Bani Walid, their last remaining strongholds": a plural appositive is
        # about every place of the list it follows
        head = out[0]
        for p in reversed([p for p in places if p.end <= head.start and not p.ref_only]):
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", low[p.end:out[0].start]):
                break
            out.insert(0, p)
        return out
    return out[:1]


_PAST_STATE_BEFORE_RE = re.compile(r"\b(?:had|formerly|previously|once|used\s+to|former|erstwhile|ex|until\s+(?:now|recently))\b|"
                                   r"(?<!\w)[وف]?(?:كانت|كان|كانوا|ظلت|ظل|ظلوا|بقيت|سابقا|سابقاً|سابقة)(?!\w)")
_PAST_STATE_AFTER_RE = re.compile(r"^[^;,]{0,60}?\b(?:until|till)\b")


def _past_state(trig: _Trigger, low: str, cend: int) -> bool:
    """"which had been under Haftar's control", "formerly held by", "held by the LNA until May": a
    state that no longer holds, so not a current hold."""
    words = _before_words(trig, low, 4)
    stative = trig.form != "verb" or re.match(r"(?:still\s+)?(?:hold|held|control|use)", trig.text) is not None  # (round 41) "had used X as its base"
    if _PAST_STATE_BEFORE_RE.search(" ".join(w for w in words if w != "had" or stative)):
        return True  # "had fortified" in reported speech is a done deed, "had been under" a past state
    return bool(_PAST_STATE_AFTER_RE.match(low[trig.end:]))


# (round 24) "in Abu X village west of Mizda": a named village or farm (not known to the gazetteer) and the town it lies
# in the direction of
_UNKNOWN_VILLAGE_RE = re.compile(r"\bin\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:village|hamlet|farm)\s+(?:(?:about|some)\s+)?"
                                 r"(?:(?:[0-9](?:\.\d+)?|a\s+few)\s*(?:km|kilometres|kilometers)\s+)?"
                                 r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$")


_PART_NOUNS = r"(?:districts?|neighbou?rhoods?|suburbs?|quarters?|areas?|parts?|sections?|outskirts|entrances|gates)"
# (round 34) "al-Hadba, a residential district in the south of Tripoli that is under GNA control": a compass part between
_PART_APPOSITIVE_RE = re.compile(r",\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?" + _PART_NOUNS + r"\s+(?:of|in)\s+(?:the\s+)?"
                                 r"(?:(?:south|north|east|west|centre|center|heart)(?:-?(?:east|west))?(?:ern)?\s+"
                                 r"(?:part\s+)?of\s+(?:the\s+)?)?")
_HELD_PART_RE = re.compile(r"\b(?:positions|posts|sites|camps|barracks|bases|checkpoints|areas|neighbou?rhoods|districts|"
                           r"parts|sections|quarters|streets|buildings|headquarters)\b(?:\s+[\w'-]+){0,5}?\s+(?:in|inside|within)\s+"
                           r"(?:the\s+)?(?:(?:southern|northern|eastern|western|central|south-?(?:east|west)ern|"
                           r"north-?(?:east|west)ern)\s+)?$")


# (round 41) a facility noun, then a locator ("near", "outside", "south of") before the place
_FACILITY_NEAR_RE = re.compile(r"(?:\b(?:air\s*base|airbase|airport|airfield|base|camp|barracks|compound|depot)\s+)?"
                               r"(?:\s*,?\s*(?:about|some)?\s*\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:from\s+|[\w-]+\s+of\s+)|"
                               r"\s*(?:near|outside|close\s+to|(?:south|north|east|west)[\w-]*\s+of)\s+)(?:the\s+)?$")
_FACILITY_NEAR_BEFORE_RE = re.compile(r"\b(?:air\s*base|airbase|airport|airfield|base|camp|barracks)\s+(?:near|outside|close\s+to|"
                                      r"(?:south|north|east|west)[\w-]*\s+of)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s*,?\s*"
                                      r"(?:(?:which|that)\s+(?:is|was|are|were|remains?)\s+(?:still\s+|now\s+)?)?$")
# (round 41) a generic area noun right before "held by" / "controlled by" / "under the control of" is what is held
_AREA_HEAD_RE = re.compile(r"\b(?:(?:the|western|eastern|southern|northern|central|large|vast|wide|other|rival|coastal|desert|"
                           r"remaining|most|much)\s+)*(?:areas|territory|territories|regions|zones|lands?|swathes)\s*,?\s*$")
# ... unless those areas belong to the place: "Sirte and the surrounding areas held by S", "Tripoli's southern areas"
_AREA_OF_PLACE_RE = re.compile(r"(?:'s\s+(?:(?:surrounding|nearby|adjacent|neighbou?ring|outlying|southern|northern|eastern|"
                               r"western|rural)\s+)*|\s*,?\s*(?:and\s+)?(?:the\s+|its\s+)?(?:(?:surrounding|nearby|adjacent|"
                               r"neighbou?ring|outlying|southern|northern|eastern|western|rural)\s+)+)(?:areas|territory|territories|"
                               r"regions|zones|lands)\s*,?\s*")


# (round 46) an appositive noun phrase right after a place, before "held by" ("X, a town held by S")
_APPOS_HEAD_RE = re.compile(r"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|oasis|district|suburb|"
                            r"area|region|base|airbase|airport|port)\s+(?:(?:which|that)\s+(?:is|was|remains)\s+)?"
                            r"(?:(?:still|now|currently|firmly)\s+)?")


def _targets(trig: _Trigger, *, low: str, places: list[_Place], actors: list[_Actor], cstart: int, cend: int,
             next_trigger: int) -> list[tuple[_Place, str, float, str]]:
    """Places the trigger is about, each with its action, a confidence factor and a note."""
    action = trig.action
    if trig.form == "stronghold":
        return [(p, action, 1.0, "") for p in _stronghold_targets(trig, low, places, actors)]
    if trig.form == "handover":
        inside = [p for p in places if trig.start < p.start and p.end <= trig.end and not p.ref_only]
        if inside:  # "handed the city over to …"
            return [(p, action, 0.95, "handed over") for p in inside[:1]]
        pool = [p for p in places if p.end <= trig.start and trig.start - p.end <= 80 and not p.ref_only
                and p.start >= cstart]
        return [(pool[-1], action, 0.95, "handed over")] if pool else []
    if trig.form == "allegiance":
        # "the town answers to the Presidential Council's government": only a place that is the subject
        p = next((p for p in reversed(places) if p.end <= trig.start and not p.ref_only and re.fullmatch(
            r"(?:'s)?\s*(?:,\s*(?:(?:which|that)\s+)?)?(?:(?:still|now|also|effectively|firmly|largely|officially)\s+)*",
            low[p.end:trig.start])), None)
        return [(p, action, 1.0, "allegiance of the place")] if p is not None else []
    listed = _introduced_list(trig, low, places, actors)
    if listed:
        return [(p, action, 1.0, "one of a list the object introduces") for p in listed]
    before_forms = ("fell_to", "under", "held_by", "under_attack", "in_hands")
    drive_place_after = trig.form == "drive" and any(
        p.start >= trig.end and p.start - trig.end <= 25 and "," not in low[trig.end:p.start] and not p.ref_only
        for p in places)
    if trig.form in before_forms or (trig.passive and not drive_place_after):
        pool = [p for p in places if p.end <= trig.start and trig.start - p.end <= 140]
        pool = [p for p in pool if not _STRICT_REF_RE.search(low[max(0, p.start - 50):p.start])]
        appos = next((p for p in reversed(pool) if trig.form == "held_by" and _APPOS_HEAD_RE.fullmatch(low[p.end:trig.start])), None)
        pool = [p for p in pool if not p.ref_only] or pool  # "al-Urban, near Tarhouna, had been taken"
        if appos is not None:
            # (round 46) "on the outskirts of X, a town held by S": the appositive's head noun is X, even where X
            # only locates the place before it
            pool = [appos]
        if action == "holds":
            # (round 34) "controls little more than the area around Tripoli, while most of the country is in Haftar's
            # hands": a contrast clause has a subject of its own
            pool = [p for p in pool if not re.search(r"[,;]\s*(?:while|whereas|but|although|though)\b",
                                                     low[p.end:trig.start])]
        if re.fullmatch(r"fell|fallen", trig.text.strip()):
            # "the nearby town of al-Urban had fallen too": the place is the subject, not "prices in al-Urban"
            pool = [p for p in pool if re.fullmatch(r"\s+(?:(?:had|has|have|also)\s+)*", low[p.end:trig.start])
                    and not re.search(r"(?<!town\s)(?<!city\s)(?<!village\s)(?<!oasis\s)\b(?:in|at|of|near|from|to|on)\s+"
                                      r"(?:the\s+)?$", low[max(0, p.start - 30):p.start])][-1:]
        if not pool and trig.form == "under_attack":
            # "Haftar's forces came under GNA drone fire near Sirte": the forces named are the target, the place
            # after says where
            nxt = next((p for p in places if trig.end <= p.start < cend and not p.ref_only and re.fullmatch(
                r"\s*(?:[\w'-]+\s+){0,3}?(?:in|at|near|outside|around|on)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:the\s+)?",
                low[trig.end:p.start])), None)
            if nxt is not None:
                near = re.search(r"\b(?:near|outside|around)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$",
                                 low[trig.end:nxt.start])
                return [(nxt, action, 0.85 if near else 1.0, "where the forces came under attack")]
        if not pool:
            return []
        if action == "holds":
            last = pool[-1]
            if trig.form in ("held_by", "under", "in_hands") and _FACILITY_NEAR_BEFORE_RE.search(
                    low[max(0, trig.start - 90):trig.start]) and not any(
                    q.end <= trig.start and q.start >= trig.start - 90 and q.kind in _FACILITY_KINDS for q in pool):
                return []  # (round 41) "the al-Watija air base near the capital, which is held by S": an unknown facility
            if trig.form in ("held_by", "under", "in_hands") and (
                    _WHICH_STATE_RE.fullmatch(low[last.end:trig.start]) or re.fullmatch(r"\s+", low[last.end:trig.start])) \
                    and _FACILITY_NEAR_RE.search(low[max(0, last.start - 60):last.start]):
                # (round 41) "bombed the al-Watija air base near the capital, which is held by S", "the only airbase near
                # the capital held by S": what is held is the facility the locator places, not the town it is near
                fac = [q for q in pool[:-1] if _FACILITY_NEAR_RE.fullmatch(low[q.end:last.start])]
                return [(fac[-1], action, 1.0, "the facility the locator places")] if fac else []
            if trig.form in ("held_by", "under", "in_hands") and _AREA_HEAD_RE.search(low[last.end:trig.start]) and \
                    not _AREA_OF_PLACE_RE.fullmatch(low[last.end:trig.start]):
                # (round 41) "Sirte lies on the line between western areas held by S", "divided between the areas run
                # by S in Tripoli and the territory held by T": the participle is about the generic area it follows,
                # which a locator after its agent may name ("the areas run by S in X" holds X)
                inx = next((q for q in places if q.start >= trig.end and not q.ref_only and re.fullmatch(
                    r"\s*(?:the\s+)?(?:[\w'-]+\s+){1,6}?(?:in|inside|around)\s+(?:the\s+)?", low[trig.end:q.start])), None)
                return [(inx, action, 1.0, "where the areas held lie")] if inx is not None else []
            if trig.form == "held_by" and re.search(
                    r"\b(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+(?:an?|another|several|two|three|"
                    r"some|other)\s+(?:[\w'-]+\s+){0,3}$", low[last.end:trig.start]):
                # (round 29) "captured Ain Zara as well as a militia base held by forces loyal to Sarraj": the
                # participle is about the other noun the conjunction adds, not the place before it
                return []
            if trig.form in ("held_by", "under", "in_hands") and _WHICH_STATE_RE.fullmatch(low[last.end:trig.start]) and \
                    re.search(r"\b(?:terminals|ports|fields|oil\s*fields|bases|air\s*bases|airbases|camps|depots|facilities|"
                              r"installations|refineries)\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+ern\s+)?$",
                              low[max(0, last.start - 60):last.start]):
                # (round 36) "the export terminals at Zawiya, which remain in the hands of S": the relative clause is
                # about the facilities the locator places, not the town
                return []
            if trig.form in ("held_by", "under", "in_hands") and _HOME_TO_RE.search(low[last.end:trig.start]):
                # (round 36) "Ubari … is home to Şerara, the country's largest oil field, which is occupied by S": what
                # the town is home to is held, not the town
                return []
            if trig.form == "held_by" and re.fullmatch(r"\s*,\s*", low[last.end:trig.start]) and re.search(
                    r"\b(?:camp|base|air\s*base|airport|barracks|compound|depot|field|oil\s*field|academy|college|"
                    r"facility|headquarters)\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+ern\s+)?$",
                    low[max(0, last.start - 60):last.start]):
                # (round 33) "the Mount Tendi Military Camp in south-western Ubari, held by S": the participle is about
                # the facility the locator places, not the town
                fac = [q for q in pool[:-1] if re.fullmatch(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+ern\s+)?",
                                                            low[q.end:last.start])]
                return [(fac[-1], action, 1.0, "")] if fac else []
            if trig.form in ("under", "in_hands"):
                # (round 38) "Misrata, one of the GNA's strongholds and home to militias fighting in Tripoli, remains
                # under GNA control": the subject before the appositive is held, not a place inside the appositive
                subj = next((q for q in pool[:-1] if not q.ref_only and _APPOSED_SUBJECT_RE.fullmatch(low[q.end:trig.start])), None)
                if subj is not None:
                    return [(subj, action, 1.0, "the subject before the appositive")]
            apposed = next((q for q in reversed(pool[:-1]) if _PART_APPOSITIVE_RE.fullmatch(low[q.end:last.start])), None)
            if apposed is not None:
                # (round 25) "Al-Hadba, a residential district of the capital under the control of S": the district
                # the appositive names is held, not the whole capital
                return [(apposed, action, 1.0, "the part of the place the appositive names")]
            if _HELD_PART_RE.search(low[max(0, last.start - 80):last.start]) and re.fullmatch(
                    r"\s+(?:(?:is|are|was|were|now|still|also|firmly|fully|largely)\s+)*", low[last.end:trig.start]):
                # (round 25) "positions in southern Tripoli are now under GNA control": only what lies in the place
                return []
        chosen = [pool[-1]]
        for p in reversed(pool[:-1]):
            if (p.start, p.end) == (chosen[0].start, chosen[0].end):
                chosen.insert(0, p)  # (round 25) "both towns": the places one plural anaphor stands for
                continue
            between = low[p.end:chosen[0].start]
            if re.fullmatch(r"\s*(?:,|and|,\s*and|or|&)\s*(?:the\s+(?:town|city|village|towns|cities)\s+of\s+|the\s+)?",
                            between):  # "Sirte and the Jufra airbase remain in the hands of …"
                chosen.insert(0, p)
            elif _AR_LIST_JOIN_RE.fullmatch(between):
                chosen.insert(0, p)  # (round 49) "سبها ومرزق وأوباري وغات أصبحت تحت سيطرة الجيش": the whole Arabic list
            else:
                break
        return [(p, action, 1.0, "") for p in chosen]
    if trig.form == "drive_out":
        pool = [p for p in places if p.end <= trig.start and not p.ref_only and not p.reference and p.start >= cstart
                or p.end <= trig.start and not p.ref_only and not p.reference and trig.start - p.end <= 150]
        return [(pool[-1], action, 0.95, "place of the clause before")] if pool else []
    if trig.form == "hold_mod":
        p = next((p for p in places if p.start >= trig.end and p.start - trig.end <= 35), None)
        if p is None and re.match(r"\s+(?:[\w-]+\s+)?(?:town|city|village|area|district|base|air\s*base|airport|"
                                  r"airfield|port|terminal|camp|oasis|stronghold)\b", low[trig.end:]):
            # (round 23) "Mitiga, the GNA-held airport that …": an appositive of holding names the place before it
            p = next((q for q in reversed(places) if q.end <= trig.start and not q.reference and re.fullmatch(
                r",\s+(?:the|an?)\s+(?:[\w'-]+\s+)?[\w'-]+", low[q.end:trig.start])), None)
        if p is None:
            return []
        chosen = [p]
        if re.match(r"\s+(?:[\w-]+\s+)?(?:towns|cities|villages|areas|districts|bases|airports|air\s+bases|"
                    r"oil\s+(?:fields|terminals|ports)|ports|terminals|camps|settlements)\b", low[trig.end:]):
            # "the LNA-held towns of Sirte and Hun": a plural head holds the whole list
            for q in places:
                if q.start > chosen[-1].end and _list_continues(low[chosen[-1].end:q.start], actors, chosen[-1].end,
                                                               q.start):
                    chosen.append(q)
                elif q.start > chosen[-1].end:
                    break
        return [(q, action, 1.0, "") for q in chosen]
    if trig.form == "nominal":
        # "since the town's recapture by GNA forces", "Sirte's swift capture": the owner of the noun is its place
        own = next((p for p in places if p.end <= trig.start and not p.ref_only and (
            low[max(0, p.end - 2):p.end] == "'s" or low.startswith("'", p.end)) and re.fullmatch(
            r"(?:'s?)?\s+(?:(?:swift|rapid|quick|sudden|eventual|final|recent|reported|brief|surprise|long-awaited|"
            r"claimed|announced|complete|full)\s+)*", low[p.end:trig.start])), None)
        if own is not None:
            return [(own, action, 1.0, "the place whose capture the noun names" if action == "captured" else "")]
    end = min(cend, next_trigger)
    hard = _HARD_BOUNDARY_RE.search(low, trig.end)
    if hard:
        end = min(end, hard.start())
    win_end = end
    if trig.window:
        words = list(_WORD_RE.finditer(low, trig.end))
        if len(words) > trig.window:
            win_end = min(end, words[trig.window - 1].end())
    def _object_of_attack(a: _Actor) -> bool:
        # "struck forces of the UN-backed government in Gharyan", "shelled a depot belonging to Haftar's forces in
        # the Yarmouk area": the side hit is the verb's object; the place after it says where
        gap = low[trig.end:a.start]
        if action == "attacked" and trig.form == "nominal" and re.fullmatch(
                r"\s*(?:(?:that|the\s+same)\s+(?:day|night)\s+|overnight\s+)?(?:on|against|targeting)\s+(?:the\s+)?(?:pro-)?", gap):
            return True  # (round 33) "seven strikes on pro-Haftar positions in X": the side hit is the noun's object
        return action == "attacked" and trig.form == "verb" and not trig.passive and len(gap.split()) <= 6 and \
            not re.search(r"[,;:]|\b(?:and|said|says|while|as|who|which|that|but|after|before|when)\b", gap)

    stop_actor = next((a for a in actors if a.start >= trig.end and not a.governed and a.start < end
                       and not _object_of_attack(a)
                       and not (trig.form == "participle" and a.start - trig.end <= 2)
                       and not (trig.form == "nominal" and re.fullmatch(r"[^,;]{0,40}?\bby\s+(?:the\s+)?",
                                                                         low[trig.end:a.start]))), None)
    if stop_actor is not None and trig.form != "arabic":  # Arabic puts the subject after the verb
        end = min(end, stop_actor.start)
    win_end = min(win_end, end)
    fleeing = trig.text.startswith(("fled", "flee", "scatter"))
    running = {"captured": "target", "withdrew": "from", "attacked": "target", "holds": "target"}[action]
    out: list[tuple[_Place, str, float, str]] = []
    prev_end = trig.end
    in_ref = False
    for p in places:
        if p.start < trig.end or p.start >= end or p.ref_only:
            continue
        if p.start >= win_end and not (out and _list_continues(low[out[-1][0].end:p.start], actors, out[-1][0].end,
                                                                p.start)):
            continue  # past the words a holding verb reaches, unless a list of its places goes on
        if trig.form in ("nominal", "fall_of") and out and not _list_continues(
                low[out[-1][0].end:p.start], actors, out[-1][0].end, p.start) and not _from_again(
                    trig, low, out[-1][0].end, p.start, actors):
            break  # "Haftar's seizure of Sirte alarmed Misrata": a noun's place and its list, not the next verb's
        if _SOURCE_PLACE_AFTER_RE.match(low, p.end):
            continue  # (round 30) "…, Tripoli sources say": the place names who speaks, not where it happened
        if trig.form == "arabic" and out and re.fullmatch(r"\s+ب", low[out[-1][0].end:p.start]):
            continue  # (round 30) "سيطرت على معسكر النقلية بطريق المطار": a place joined by "بـ" (at, on) only locates
        lead = low[max(trig.end, p.start - 60):p.start]
        gap = low[prev_end:p.start]
        if action in ("attacked", "captured") and _HEADING_FOR_RE.search(lead):
            continue  # (round 32) "struck a GNA convoy east of X heading for Sirte": where the thing hit was going
        if out and trig.form == "verb" and _NEW_PREDICATE_RE.search(gap):
            break  # "captured the Yarmouk camp on Saturday, then advanced on Ain Zara": the next verb's place
        prev_end = p.end
        strict = _STRICT_REF_RE.search(lead)
        if strict and trig.form in ("nominal", "verb") and action == "attacked" and not out and re.fullmatch(
                r"(?:\s*(?:near|on|at)?\s*(?:[\w'-]+\s+){0,5}?(?:[0-4](?:\.\d+)?\s*(?:km|kilometres|kilometers)|"
                r"(?:a\s+few|a|one|two|three)\s+(?:km|kilometres?|kilometers?)))?"
                r"\s*(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+(?:town|city|village|capital)\s+of\s+)?"
                r"(?:the\s+)?(?:[\w-]+-(?:controlled|held|run|allied|backed|aligned|occupied)\s+)?", low[trig.end:p.start]):
            # "an overnight assault east of the city": an attack on the town's approaches, not on a landmark
            out.append((p, action, 0.85, "attack on the approaches to the place"))
            continue
        if strict and trig.form in ("nominal", "verb") and action == "attacked" and not out and \
                _UNKNOWN_VILLAGE_RE.search(lead) and not any(
                    trig.end <= q.end <= p.start for q in places):
            # (round 24) "hit trucks in Abu X village west of Mizda": a village the gazetteer does not know, located by
            # the town it lies near; the attack was near that town
            out.append((p, action, 0.85, "an unlisted village near the place"))
            continue
        if strict and p.owner:
            # "positions east of Sirte's power station": near Sirte, not a landmark far from it
            if action != "attacked":
                continue
            out.append((p, action, 0.85, "a landmark of the place"))
            continue
        if strict or (in_ref and re.fullmatch(r"\s*(?:and|or)\s*(?:the\s+)?", gap)):
            in_ref = True  # "east of Rujban and Zintan": both only locate
            continue
        in_ref = False
        loose = _LOOSE_REF_RE.search(lead)
        if loose and action == "withdrew" and re.search(r"\boutside\s*(?:the\s+)?$", lead):
            loose = None  # "pulled back outside Tripoli": the place left
        if loose and action != "attacked":
            continue
        if loose and out and re.fullmatch(r"(?:\s+(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=\s*,))?"  # a list's unknown last name
                                          r"\s*,?\s*(?:(?:both|all|each|all\s+(?:two|three|four))\s+)?"  # (round 33) ", both near X"
                                          # (round 39) "shelling of A and B, in the rural belt around X"
                                          r"(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:belt|area|region|zone|countryside|"
                                          r"outskirts|suburbs|districts)\s+)?"
                                          r"(?:(?:just|right|located|lying|situated)\s+)?(?:near|nearby|outside|close\s+to|next\s+to|"
                                          r"beside|around)\s+(?:the\s+)?(?:(?:old|new|former|main|nearby|disused)\s+)?",
                                          low[out[-1][0].end:p.start]):
            continue  # (round 30) "targeted Qasr Ben Ghashir near the old airport": the place hit is located, not a second target
        cue = _role_cue(gap)
        if action == "captured" and trig.form == "verb" and out == [] and (len(gap) > 240 or _NOT_OBJECT_GAP_RE.search(
                _TIME_PHRASE_RE.sub(" ", re.sub(r"[\w']+(?:-[\w']+)+", " ", gap)))):  # "the shut-in El Sharara field"
            continue  # "took at the start of his campaign on Tripoli": in a phrase of another noun, not taken
        if action == "holds" and re.search(r"\b(?:positions?|lines?|ground)\s+(?:facing|opposite|overlooking|outside|around|"
                                           r"near|close\s+to|on\s+the\s+(?:outskirts|edges?|approaches)\s+of)\s+(?:the\s+)?$",
                                           low[trig.end:p.start]):
            continue  # (round 34) "held their positions facing the city": ground near the place, not the place
        if action == "holds" and re.match(r"'s?\s+(?:(?:southern|northern|eastern|western|main|outer|[\w-]+ern)\s+)?"
                                          + _PART_NOUNS + r"\b", low[p.end:]):
            continue  # (round 25) "controlled all of Tripoli's entrances": a part held, not the place
        factor, note = 1.0, ""
        if _PARTIAL_RE.search(lead) or re.match(r"(?:'s)?\s+(?:southern\s+|northern\s+|eastern\s+|western\s+)?"
                                                r"(?:front|frontline|front\s+line|axis|axes)s?\b", low[p.end:]):
            factor, note = 0.9, "part of the place"
        if action == "captured" and re.match(r"(?:push|advanc|broke|break|mov|walk|roll|march|drove|driv)", trig.text) and (
                note or re.match(r"(?:'s)?\s+(?:southern\s+|northern\s+|eastern\s+|western\s+)?(?:outskirts|suburbs?|"
                                 r"edges?|fringes|approaches|outer|periphery)\b", low[p.end:])):
            # "pushed into the city's outskirts": an advance on the place, not the place taken
            if re.search(r"\binto$", trig.text) and not (  # not "pushed back from the outskirts of X by S"
                    re.match(r"(?:mov|walk|roll|march|drove|driv)", trig.text) and not re.search(
                        r"\b(?:outskirts|suburbs?|edges?|fringes|approaches|outer|periphery)\b", lead + low[p.end:p.end + 30])):
                out.append((p, "attacked", 0.9, "an advance into its outskirts"))
            continue  # "moved into the western parts of X": neither taken nor attacked
        if loose:
            factor, note = 0.85, f"{loose.group(0).strip()!r} the place"
        if action == "withdrew" and re.match(r"(?:left|leav)", trig.text) and _JOURNEY_AFTER_RE.match(low, p.end) \
                and trig.controller is None:  # "forcing Haftar's fighters to leave the town in a convoy" is no journey
            return []  # "a column left Misrata heading east": a journey, not a withdrawal, and no destination held
        if action == "withdrew" and re.match(r"(?:left|leav)", trig.text) and cue in ("on", "in", "at", "over", "across") \
                and re.match(r"\s+[a-z-]+", low[trig.end:p.start]) and not re.search(
                    r"\b(?:positions?|bases?|posts?|strongholds?|lines|areas?|parts?|districts?|barracks|camps?|"
                    r"headquarters|town|city|village|outskirts|edges?)\b", low[trig.end:p.start]):
            continue  # "retreated, leaving bodies on the airport road": what they left behind lay there
        if action == "withdrew" and re.match(r"(?:left|leav)", trig.text) and re.fullmatch(
                r"\s+(?:(?:on|early\s+on|late\s+on)\s+[a-z]+day\s+)?for\s+(?:the\s+)?(?:(?:town|city|capital)\s+of\s+)?",
                low[trig.end:p.start]):
            continue  # (round 33) "before leaving for Tripoli in April": where they went, not a place left
        fell_back_on = action == "withdrew" and re.match(r"f(?:ell|all(?:s|ing|en)?)\s+back$", trig.text) and \
            re.fullmatch(r"\s+(?:(?:on|early\s+on|late\s+on)\s+[a-z]+day\s+)?(?:on|upon|to)\s+(?:the\s+)?"
                         r"(?:(?:town|city|capital|base|stronghold)\s+of\s+)?", low[trig.end:p.start])
        if action == "withdrew":
            if fell_back_on:  # (round 33) "fell back on Sirte", "fell back to Sirte": retreated to a place they hold
                out.append((p, "holds", 0.85 * factor, _DESTINATION_NOTE))
                running = "dest"
                continue
            if cue in ("to", "towards", "toward", "into", "back to"):
                running = "dest"
            elif cue in ("from", "out of", "out from", "away from", "of"):
                running = "from"
            if running == "dest":
                if fleeing:
                    continue
                # "withdrew from Tarhouna towards Sirte": a move between positions ends at one; "fell back towards
                # al-Aziziya", with no place left of its own, is a direction of flight, not a hold the text reports
                # (shown, below the default threshold)
                moved = any(a == "withdrew" for _, a, _, _ in out)
                out.append((p, "holds", (0.85 if moved else 0.5) * factor, _DESTINATION_NOTE))
            else:
                out.append((p, "withdrew", factor, note))
            continue
        if cue in ("towards", "toward") and action == "attacked" and trig.form == "verb" and \
                re.match(r"attack(?:ed|s|ing)?$", trig.text.strip()):
            out.append((p, action, 0.9 * factor, "the direction of the attack"))  # (round 33) "attacked from A toward B"
            continue
        if cue in ("from", "to", "towards", "toward", "away from") and trig.form != "drive" and not (
                trig.expel and cue == "from"):
            continue
        if action == "holds" and cue in ("in", "at") and trig.form == "verb":
            factor *= 0.9
        if action == "holds" and note == "part of the place":
            factor *= 0.6  # holding the outskirts is not holding the town
        out.append((p, action, factor, note))
    if trig.form == "arabic" and out and _AR_PRONOUN_RE.fullmatch(out[0][0].surface) and \
            not low[trig.end:out[0][0].start].strip():
        # "قاعدة معيتيقة التي تسيطر عليها قوات الوفاق في طرابلس": the pronoun is the place held; what
        # follows "في" only locates it
        out = out[:1]
    if not out and trig.form in ("verb", "nominal") and re.search(
            r"\b(?:which|that)\s*$" if trig.action != "holds" else r"\b(?:which|that|where)\s*$", low[max(0, cstart - 8):cstart]) \
            and not re.search(r",\s*and\b", low[cstart:trig.start]) \
            and not re.search(r"\b(?:and|or|but|said|says|added|adding|saying|claimed|announced)\s+that\s*$",
                              low[max(0, cstart - 20):cstart]):  # "…, which is held by X, and took …": the main clause;
        # "… after taking al-Washka, and that the LNA was falling back": "that" opens a reported clause, not a relative one
        # "al-Watiya, which Haftar's forces hold": the antecedent before "which"
        ante = [p for p in places if p.end <= cstart and cstart - p.end <= 12]
        if ante:
            head = ante[-1]
            # "al-Asaba next to Gharyan, which GNA forces had taken": the relative clause is about the place the
            # landmark locates, not the landmark
            land = next((q for q in reversed(places) if q.end <= head.start and not q.ref_only and re.fullmatch(
                r"\s*,?\s*(?:(?:just|some|about|\d+\s*(?:km|kilometres|kilometers|miles))\s+)*(?:next\s+to|near|close\s+to|"
                r"beside|adjacent\s+to)\s+(?:the\s+(?:town|city|capital)\s+of\s+)?(?:the\s+)?",
                low[q.end:head.start])), None)
            # (round 21) "a security checkpoint 27 km west of Tripoli that they had seized": a town that only says
            # where the thing before it lies (a distance from it) is not what the relative clause is about
            loc = re.search(r"(?<!lies\s)(?<!lying\s)(?<!sits\s)(?<!located\s)(?<!situated\s)(?<!is\s)\b"
                            r"(?:\d+|a\s+few|several|some)\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:north|south|east|west)"
                            r"(?:-?(?:east|west))?\s+of|from|outside)\s+(?:the\s+(?:town|city|capital)\s+of\s+)?$",
                            low[:head.start])
            if not land and loc:
                # (round 30) "Gharyan, about 100 km from the capital, which GNA forces have held": the relative clause
                # is about the place the distance appositive describes, not the town the distance is measured from
                land = next((q for q in reversed(places) if q.end <= loc.start() and not q.ref_only and re.fullmatch(
                    r"\s*,?\s*(?:(?:about|some|around|nearly|roughly|just|only|almost)\s+)?", low[q.end:loc.start()])), None)
                if land is None:
                    return out
            compass = None if land or loc or not re.search(r"\bwhere\s*$", low[max(0, cstart - 8):cstart]) else re.search(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                                                          r"(?:the\s+)?$", low[:head.start])
            if compass:
                # (round 34) "the Al-Wattia air base south-west of Tripoli, where gunmen are holed up": the town after a
                # compass point only locates the base a "where" clause is about ("which" keeps the town: "the air base
                # south of the city, which S have held" is read as the city)
                land = next((q for q in reversed(places) if q.end <= compass.start() and not q.ref_only and
                             re.fullmatch(r"\s*,?\s*", low[q.end:compass.start()])), None)
            if not land and not loc and not compass and action != "holds":
                land = _compass_landmark_owner(low, places, head)
            out.append((land or head, action, 0.95, "antecedent of a relative clause"))
    return out


# (round 50) "the al-Naqliya camp south of Tripoli, which Haftar's forces seized": a town after a bare compass point
# right behind a named place only locates that place; the relative clause is about it ("the field lies south of
# Sharara, which …" keeps the town: nothing named stands before the bearing; a hold keeps it too, as in round 34's
# "the air base south of the city, which S have held")
_COMPASS_OF_END_RE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                                r"(?:the\s+(?:town|city|capital)\s+of\s+)?(?:the\s+(?:libyan\s+)?capital,?\s+)?(?:the\s+)?$")


def _compass_landmark_owner(low: str, places: list[_Place], head: _Place) -> _Place | None:
    """(round 50) The named place a compass bearing right before ``head`` locates, if any."""
    cm = _COMPASS_OF_END_RE.search(low[max(0, head.start - 60):head.start])
    if cm is None:
        return None
    cstart = max(0, head.start - 60) + cm.start()
    return next((q for q in reversed(places) if q.end <= cstart and not q.ref_only and
                 re.fullmatch(r"\s*,?\s*", low[q.end:cstart])), None)
_LIST_INTRO_RE = re.compile(r"(?P<np>[^.;:()]{0,100}?\b" + _PLACE_NOUNS + r"\b[^.;:()]{0,70}?)"
                            r"(?::\s+|,?\s+(?:including|such\s+as|among\s+them|namely|notably)\s+)")
_LIST_NP_STOP_RE = re.compile(r"\b(?:said|says|told|added|which|who|that|while|but|after|before|when|since|because|"
                              r"although|whereas|then|fled|retreated|withdrew|moved|advanced|lost)\b|,\s*and\b")
_LIST_HEAD_BEFORE_RE = re.compile(r"\b" + _PLACE_NOUNS + r"\s+(?:(?:still|now|already|currently|firmly|also)\s+)?$")


def _introduced_list(trig: _Trigger, low: str, places: list[_Place], actors: list[_Actor]) -> list[_Place]:
    """The places of a list the trigger's object introduces with a colon, "including" or "such as"."""
    # (round 20) "drove Haftar's forces out of seven towns on the western coast: A, B, C …": a drive too
    if trig.form not in ("verb", "nominal", "held_by", "under", "in_hands", "drive"):
        return []
    holder_after = trig.form in ("held_by", "under", "in_hands") or (trig.passive and trig.action == "holds")
    if holder_after:
        # "towns still held by S, such as A, B and C": the plural noun stands before the trigger
        if not _LIST_HEAD_BEFORE_RE.search(low[max(0, trig.start - 40):trig.start]):
            return []
        m = re.match(r"(?P<np>[^.;:(),]{0,50}?)(?::\s+|,?\s+(?:including|such\s+as|among\s+them|namely|notably)\s+)",
                     low[trig.end:])
    else:
        m = _LIST_INTRO_RE.match(low, trig.end)
        if m is not None and re.search(r"\b(?:held|controlled|occupied|run)\s+by\b", m.group("np")):
            return []  # "… near towns still held by S, such as A and B": the list is the holder's
        first = next((p for p in places if trig.end <= p.start < m.start("np") + len(m.group("np")) and not p.ref_only),
                     None) if m is not None else None
        if first is not None and re.fullmatch(r"\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}", low[trig.end:first.start]) and \
                re.match(r"\s*,", low[first.end:]):
            return []  # (round 26) "retook X, cleared areas such as A and B": the verb's object is X, the list another's
    if m is None and not holder_after and trig.action == "attacked":
        counted = _counted_list(trig, low, places, actors)
        if counted:
            return counted
    if m is None or _LIST_NP_STOP_RE.search(m.group("np")):
        return []
    lst = trig.end + m.end() if holder_after else m.end()
    hard = _HARD_BOUNDARY_RE.search(low, lst)
    stop = hard.start() if hard else len(low)
    chosen: list[_Place] = []
    for p in places:
        if p.start < lst or p.ref_only or p.start >= stop:
            continue
        if not chosen:
            if not re.fullmatch(r"(?:the\s+)?(?:(?:town|city|village|district|oasis)\s+of\s+)?", low[lst:p.start]):
                return []
            chosen.append(p)
        elif _list_continues(low[chosen[-1].end:p.start], actors, chosen[-1].end, p.start):
            chosen.append(p)
        else:
            break
    return chosen


# (round 39) "had twice bombed two airports under GNA control, Zouara, 120 km west of Tripoli, and Mitiga": a counted
# plural object, then as many places in apposition (a place that only locates another, "west of Tripoli", skipped)
_COUNTED_OBJECT_RE = re.compile(r"\s+(?:the\s+)?(?P<n>two|three|four|five|both)\s+(?:[\w-]+\s+)?" + _PLACE_NOUNS +
                                r"(?P<q>[^.;:(),]{0,50}?),\s+(?:the\s+)?(?:(?:town|city|village|district)\s+of\s+)?")


def _counted_list(trig: _Trigger, low: str, places: list[_Place], actors: list[_Actor]) -> list[_Place]:
    """(round 39) The places in apposition to a counted plural object of an attack, exactly as many as counted."""
    m = _COUNTED_OBJECT_RE.match(low, trig.end)
    if m is None or _LIST_NP_STOP_RE.search(m.group("q")):
        return []
    n = _COUNT_WORDS[m.group("n")]
    hard = _HARD_BOUNDARY_RE.search(low, m.end())
    stop = hard.start() if hard else len(low)
    chosen: list[_Place] = []
    for p in places:
        if p.start < m.end() or p.ref_only or p.start >= stop:
            continue
        if not chosen and p.start != m.end():
            return []
        if _LOCATOR_BEFORE_RE.search(low[max(0, p.start - 40):p.start]):
            continue
        if chosen and not re.search(r"(?:,|\band\b|\bor\b)\s*(?:the\s+)?$", low[max(0, p.start - 12):p.start]):
            break
        chosen.append(p)
        if len(chosen) == n:
            break
    return chosen if len(chosen) == n else []


_NEW_PREDICATE_RE = re.compile(r"(?:,|\band\b|\bthen\b)\s*(?:(?:then|later|also|soon|quickly|subsequently)\s+)*"
                               r"(?!(?:including|excluding|as|and|or|the|a|an|its|their|armed|based|located|situated|"
                               r"called|named|known|used|besieged|abandoned|ruined|disused)\b)[a-z]+ed\s+"
                               r"(?:on|towards?|into|in|at|to|through|past|around|near)\b")
_JOURNEY_AFTER_RE = re.compile(r"\s*,?\s*(?:heading|headed|bound|en\s+route|on\s+(?:its|their|his|the)\s+way|"
                               r"for\s+(?!good\b)|to\s+(?:join|reinforce|attack|support|the\s+front)|"
                               r"in\s+a\s+(?:convoy|column))")
# (round 32) "struck a convoy heading for Sirte", "hit trucks bound for the front at X": a place after a verb of
# journey is where the thing hit (or seized) was going, not the target
_HEADING_FOR_RE = re.compile(r"\b(?:heading|headed|bound|en\s+route|on\s+(?:its|their|his|the)\s+way)\s+"
                             r"(?:back\s+)?(?:for|to|towards?|into)?\s*(?:the\s+)?(?:(?:town|city|village|capital)\s+of\s+)?$")


# (round 56b) "his withdrawal from the strategic towns, from the al-Watiya base and then, on Thursday, from Tripoli
# airport", "the pull-out from Gharyan and from Tarhuna": a withdrawal noun's "from" repeated takes each place, as
# the verb's does
_FROM_AGAIN_RE = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:then|later|finally|also|eventually)\s*,?\s*)?"
                            r"(?:(?:on|last|this|that)\s+[a-z]+\s*,\s*)?from\s+(?:the\s+)?"
                            r"(?:(?:town|city|village|base|port|outskirts|district)\s+of\s+(?:the\s+)?)?")


def _from_again(trig: _Trigger, low: str, a: int, b: int, actors: list[_Actor]) -> bool:
    """(round 56b) A withdrawal noun's list whose items each repeat "from"."""
    return trig.action == "withdrew" and trig.form == "nominal" and _FROM_AGAIN_RE.fullmatch(low, a, b) is not None \
        and not any(a <= x.start < b for x in actors)


def _list_continues(gap: str, actors: list[_Actor], a: int, b: int) -> bool:
    """"Tarhouna and Aziziya and the villages around them, as well as the Alhira district": the gap
    between two places of one list (a coordinator, no verb, no new actor)."""
    if len(gap) > 80 or any(a <= x.start < b for x in actors):
        return False
    if not re.search(r",|\band\b|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b|\bor\b", gap):
        return False
    if re.search(r"\b(?:\d+\s*(?:km|kilomet(?:re|er)s|miles)\b|(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                 r"(?:the\s+)?$)", gap):
        return False  # (round 30) "A, 140 km south-west of the capital": the town a distance is measured from
    return not re.search(r"\b(?:said|says|is|was|were|are|has|had|have|will|would|which|who|that|while|but|after|"
                         r"before|when|from|to|towards)\b", gap)


_EFFECT_RE = re.compile(r"\b(?:suspend(?:ed|s)?|clos(?:ed|es)|shut(?:\s+down)?|halt(?:ed|s)?|stopp(?:ed)|grounded|divert(?:ed|s)?|"
                        r"cancell?ed|damag(?:ed|es)|destroy(?:ed|s)|kill(?:ed|s)|wound(?:ed|s)|injur(?:ed|es)|"
                        r"(?:caught|set)\s+(?:on\s+)?fire|ablaze|evacuat(?:ed|es)|hit)\b")
_CAUSE_LINK_RE = re.compile(r"\b(?:after|following|due\s+to|because\s+of|amid|as\s+a\s+result\s+of|in)\s+"
                            r"(?:(?:a|an|the|renewed|fresh|new|heavy|repeated|intense|several|more|further)\s+)*$")


def _cause_targets(trig: _Trigger, low: str, places: list[_Place]) -> list[tuple[_Place, str, float, str]]:
    """"Flights at Mitiga were suspended after rocket fire by Haftar's militias": an attack stated as the
    cause of an effect on a place named in the main clause is an attack on that place."""
    if not _CAUSE_LINK_RE.search(low[max(0, trig.start - 40):trig.start]):
        return []
    main = low[:trig.start]
    hard = list(_HARD_BOUNDARY_RE.finditer(main))
    start = hard[-1].end() if hard else 0
    effects = list(_EFFECT_RE.finditer(main, start))
    if not effects:
        return []
    eff = effects[-1]
    if re.fullmatch(r"hit|destroy(?:ed|s)|damag(?:ed|es)|kill(?:ed|s)|wound(?:ed|s)|injur(?:ed|es)", eff.group(0)) and \
            not re.search(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", main[max(0, eff.start() - 20):eff.start()]):
        # (round 39) "the LNA's air operations room in Benghazi claimed to have hit systems near the base, in raids
        # flown from …": an active effect verb's place is after it; one before it is in the subject, not hit
        start = eff.end()
    pool = [p for p in places if start <= p.start and p.end <= trig.start and not p.ref_only and not p.reference]
    return [(pool[0], "attacked", 0.85, "the place hit by the attack the sentence gives as a cause")] if pool else []


def _since_gerund(low: str, at: int, trig_start: int) -> bool:
    """(round 36) True if the date at ``at`` ends a "since" gerund phrase the trigger is not part of ("that had held the
    city since driving out Islamic State in late 2016 said they pulled out"), not "since capturing it on 18 May"."""
    off = max(0, at - 70)
    m = re.search(r"\bsince\s+\w+ing\s+(?:[\w'-]+\s+){0,5}?(?:(?:in|on)\s+(?:(?:late|early|mid)[\s-]+)?)?$", low[off:at])
    return m is not None and not off + m.start() <= trig_start < at


def _date_for(trig: _Trigger, dates: list[_DateExpr], low: str, article_date: dt.date) -> tuple[dt.date, float, str]:
    """The date expression nearest the trigger; one across a clause separator counts as far away."""
    if not dates:
        return article_date, 1.0, ""
    best, best_cost = None, float("inf")
    relatives = [(m.start(), m.end()) for m in _RELATIVE_RE.finditer(low)]
    own = [r for r in relatives if r[0] <= trig.start < r[1]]
    if trig.action == "holds" and own and not any(own[0][0] <= e.start < own[0][1] for e in dates):
        # "bombed the al-Jufra air base late on Friday, …, which is controlled by Haftar's forces": a state the
        # relative clause describes holds now, not on the day of the main clause's event
        return article_date, 1.0, ""
    for e in dates:
        if e.ahead and trig.start < e.end:
            continue
        inside = [r for r in relatives if r[0] <= e.start < r[1]]
        if inside and not any(a <= trig.start < b for a, b in inside):
            continue  # "…, who had held it since 2014": the date belongs to the relative clause
        if trig.action in ("captured", "withdrew") and e.start != trig.start and (
                low.startswith("since", e.start) or re.search(r"\bsince\s+(?:(?:late|early|mid)[\s-]+)?$",
                                                              low[max(0, e.start - 14):e.start])
                # (round 36) "that had held the city since driving out Islamic State in late 2016"
                or _since_gerund(low, e.start, trig.start)):
            continue  # (round 21) "…; Haftar's militias had held the base since August 2014": a state's start, not the capture's day
        if trig.action == "attacked" and e.start > trig.end and (low.startswith("since", e.start) or re.search(
                r"\bsince\s+(?:(?:late|early|mid)[\s-]+)?$", low[max(0, e.start - 14):e.start])) and re.search(
                r",\s*(?:where|which|who|that)\b", low[trig.end:e.start]):
            continue  # (round 39) "bombed the airport, where the Italian hospital has stood since September 2016"
        lo, hi = (e.end, trig.start) if e.end <= trig.start else (trig.end, e.start)
        cost = max(0, hi - lo) + 400 * len(_DATE_SEPARATOR_RE.findall(low[lo:hi]))
        if len(dates) > 1 and re.search(r"\b(?:said|says|told|announced|reported|claimed|added|stated|tweeted|confirmed|"
                                        r"declared)\s+(?:late\s+|early\s+)?$", low[max(0, e.start - 25):e.start]):
            cost += 300  # "said on Friday … had taken it on Thursday": the day of the statement, not of the event
        if cost < best_cost:
            best, best_cost = e, cost
    if best is None:
        return article_date, 1.0, ""
    if trig.action == "holds" and best.date <= article_date and (
            low.startswith("since", best.start) or re.search(r"\bsince\b[^,;.]{0,60}$", low[trig.end:best.start])):
        # "under LNA control since 2016": a hold that lasts to the article's day
        return article_date, 1.0, f"held {low[best.start:best.end]!r}; article date used"
    return best.date, best.factor, best.note
