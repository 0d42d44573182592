"""Side mentions of ``frontline ingest``: the mention records (``_Place``, ``_Actor``), the aliases and
pejoratives that name a side or a foreign backer (English, Arabic, Turkish copy), the army's side in a passage,
which mention governs which, and the span and capitalisation helpers the place finder shares.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from geo.names import is_arabic, light_key
from geo.ingest.text import _Tok, _normalise, _words_between


# =============================================================================== mentions
@dataclass
class _Place:
    start: int
    end: int
    surface: str
    pid: str
    name: str
    kind: str
    factor: float = 1.0  # < 1 for anaphora, "the capital", fringes
    how: str = "name"
    ref_only: bool = False  # only locates another place ("the airport on the capital's edge")
    reference: bool = False  # named as a landmark ("south of Tripoli"), not as a topic
    owner: bool = False  # owns the landmark of a location phrase ("east of Sirte's power station")
    destination: bool = False  # where someone goes ("chased them back to their stronghold of Gharian")
    not_town: bool = False  # named as a region or as the capital ("the Sebha region", "the capital's front")
    group: int = 0  # places named together in one list share a number (0: not in a list)
    noun: str = ""  # (round 26) the noun that introduced it ("the strategic town of Bani Walid": "town")
    attributive: bool = False  # (round 32) a name that modifies a noun ("the Tripoli campaign"), no topic itself


@dataclass
class _Actor:
    start: int
    end: int
    side: str | None  # None: a country or foreign actor
    surface: str
    governed: bool = False


_DEMONYMS = ("turkish", "turkey's", "russian", "russia's", "egyptian", "egypt's", "emirati", "uae",
             "qatari", "sudanese", "chadian", "syrian", "french", "italian", "american", "jordanian",
             "saudi", "tunisian", "algerian", "nigerien", "greek", "german", "british", "us", "u.s")
_FOREIGN_ACTOR_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(d) for d in _DEMONYMS) + r")(?![\w-]|'s\b)(?!\s*-\s*(?:backed|supported|allied|aligned))")
# Arabic countries and their adjectives as actors: "طائرات مسيرة تركية", "المرتزقة الروس"
_AR_FOREIGN_ACTOR_RE = re.compile(
    r"(?<!\w)[وبلف]?(?:ال)?(?:ترك(?:ية|ي|يا)|روس(?:ية|ي|يا)?|مصر(?:ية|ي)?|إمارات(?:ية|ي)?|الإمارات|امارات(?:ية|ي)?|"
    r"قطر(?:ية|ي)?|فرنس(?:ية|ي|ا)|سوري(?:ة|ون|ين)?|سوداني(?:ة|ون|ين)?|تشادي(?:ة|ون|ين)?)(?!\w)")
_CAPITAL_RE = re.compile(r"\bthe\s+(?:libyan\s+)?capital(?:\s+city)?(?:'s)?\b|العاصمة")
_INDEFINITE_FACILITY_IN_RE = re.compile(r"\ban?\s+(?:military\s+)?(air\s+base|airbase|airport|airfield)\s+(in|at)\s+")
_ANAPHOR_RE = re.compile(
    # (round 29) not across a conjunction or another article: "the city's districts and an air base" names no base
    r"\b(its|the\s+(?:city|town|village)'s|their|the)\s+(?:(?!(?:and|or|an?|the|but|as)\s)(?:[a-z-]+|[\d.,]+[a-z-]*)\s+){0,3}?"
    # (round 39) not "the important port city of Sirte": a port city is a town, named after "of"
    r"(international\s+airport|airport|air\s+base|airbase|base|airfield|oil\s+port|port(?!\s+(?:city|town)\b)|"
    r"oil\s+terminal|terminal|"
    r"harbou?r|oil\s*field|field|installation|facility|site|camp)\b"
    r"|\bthe\s+(?:(?!(?:other|another|same|next|nearby|neighbou?ring|two|three|both|capital|old|new|several|many)\b)"
    r"[a-z][a-z-]*\s+){0,2}?(city|town|village|area(?=\s+(?:was|is|remains|remained|had\s+fallen)\b))(?:'s)?\b(?!(?:'s)?\s+(?:of|hall|council|elders|residents|hospital|square|mayor|"
    r"authorities|officials|centre's|municipal|notables|people|inhabitants|population|mayor's|local|"
    # (round 29) "forced the drones out of the city's airspace": the sky over a town is no ground taken or left
    r"air\s*space|skies|sky))")

# (round 41) a proper-name modifier ("al-Watija", "Ghardabiya") between the article and a facility noun: the facility's
# own name (the gazetteer does not know it), so the phrase refers to no facility named before
_UNKNOWN_NAME_MOD_RE = re.compile(r"\s(?:(?:al|el|as|ash|ad|ar|az|an)-[A-Z][a-z]+|(?!(?:Haftar|Hafter|Hifter|Turkish|Russian|"
                                  r"Emirati|Egyptian|Libyan|Sudanese|Chadian|Syrian|French|Italian|Qatari|UAE|LNA|GNA)\b)"
                                  r"[A-Z][a-z]{2,}(?![\w-]))\s")


_OBJ_GOVERNORS = frozenset({
    "from", "against", "with", "by", "on", "at", "into", "toward", "towards", "between", "among",
    "for", "than", "versus", "vs", "to", "over", "repelled", "repulsed", "defeated", "fought", "fighting",
    "attacked", "attacking", "targeting", "targeted", "struck", "hit", "shelled", "bombed", "expelled",
    "drove", "driving", "pushed", "pushing", "chased", "chasing", "ousted", "forced", "forcing",
    "routed", "blamed", "accused", "accusing", "blaming", "captured", "capturing", "killed", "besieging",
    "encircled", "surrounded", "engaged", "confronted", "supported", "backed", "backing", "urged", "warned",
    "striking", "strike", "strikes", "shelling", "bombing", "pounding", "pounded", "hitting", "raiding", "raided",
    "besieged", "ambushed", "ambushing", "seizing", "seized", "took", "taking", "overran", "repelling", "expelling",
    "about", "like", "unlike", "including", "joined", "joining", "helped", "helping",
    "destroyed", "destroying", "flattened", "flattening", "downed", "shot", "pushed", "chasing", "pursued", "pursuing",
    "past", "beyond", "driven",  # (round 26) "its failure to get past the GNA's defences, and …": an object
})
# numbers between a verb and its object ("destroyed three LNA vehicles"): the side named after them is still an object
_NUMERALS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "dozens",
                       "more", "further", "other"}) | frozenset(str(n) for n in range(100))
_BACKING = frozenset({"backed", "supported", "armed", "aided", "assisted", "funded", "equipped", "trained",
                      "helped", "sponsored"})
_SUBJECT_FRIENDLY = frozenset({"loyal", "allied", "aligned", "affiliated", "close", "belonging", "linked", "answering",
                               "answerable", "reporting", "subordinate",
                               "led", "commanded", "run", "backed", "supported", "fighters", "forces", "fired",
                               "launched", "carried", "conducted", "operated", "flown", "piloted", "deployed",
                               "sent", "used", "fighting", "working", "operating",
                               "flying"})  # (round 37) "drones flying for Haftar": whose the drones are
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "rival", "self-styled", "so-called",
                          "renegade", "eastern-based", "some", "all", "several", "dozens"})
_FORCE_NOUNS = frozenset({"forces", "force", "militias", "militia", "troops", "fighters", "units", "army", "brigades",
                          "brigade", "members", "elements", "remnants", "men", "loyalists", "supporters", "most",
                          "some", "hundreds", "dozens", "thousands", "part", "parts", "allies", "ally", "affiliate",
                          "affiliates", "arm", "wing", "partner", "partners", "unit", "battalion", "battalions"})


def _side_mentions(s: str, layers: Any) -> list[tuple[int, int, str, str]]:
    """Alias mentions with offsets into ``s``: :meth:`geo.sides.Sides.mentions` matches on the text with its runs
    of white space collapsed (a blanked gloss, a double space), so its offsets are mapped back."""
    found = list(layers.sides.mentions(s))
    if not re.search(r"\s\s|^\s|[^\S ]", s):
        return found
    pos: list[int] = []
    for m in re.finditer(r"\S+", s):
        if pos:
            pos.append(m.start() - 1)
        pos.extend(range(m.start(), m.end()))
    return [(pos[a], pos[b - 1] + 1, side, alias) for a, b, side, alias in found if 0 <= a < b <= len(pos)]


# (round 26) Wire copy that calls Haftar's side "militias" ("Haftar's militias", "the putschist militias") and never
# names it an army calls the GNA's forces "Libya's army", "the Libyan army" or just "the army" ("Libya's army has taken
# Urban … Haftar's militias fled")
_LNA_AS_MILITIA_RE = re.compile(r"\b(?:haftar(?:'s|’s)?\s+(?:[\w-]+\s+)?militia|putschist\s+(?:militia|forces)|"
                                r"militias?\s+(?:of|loyal\s+to|led\s+by)\s+(?:[\w-]+\s+){0,2}haftar)")
_LNA_AS_ARMY_RE = re.compile(r"\b(?:national\s+army|lna|laaf|armed\s+forces|haftar(?:'s|’s)?\s+(?:[\w-]+\s+)?army|"
                             r"army\s+(?:of|answering\s+to|loyal\s+to|led\s+by|commanded\s+by|under)\s+"
                             r"(?:[\w-]+\s+){0,3}(?:haftar|hafter|hifter)|eastern(?:-based)?\s+army)\b")
_UNNAMED_ARMY_RE = re.compile(r"\b(?:(?:the\s+)?libyan\s+army|libya(?:'s|’s)\s+army|the\s+army)\b(?!\s+(?:of|based|"
                              r"answering|loyal|led|commanded|under|affiliated|allied|aligned)\b)")


_GNA_AS_ARMY_RE = re.compile(r"\b(?:gna|government|tripoli|accord|sarraj|serraj|unity|western)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?army\b|"
                             r"\barmy\s+(?:of|loyal\s+to|allied\s+with|aligned\s+with)\s+the\s+(?:gna|government|tripoli|unity|"
                             r"presidential)|\blibyan\s+army\b|\blibya(?:'s|’s)\s+army\b")


# (round 55a) the Arabic of "the National Army" (an LNA alias), and the ways Arabic copy gives the GNA an army of its own
_AR_LNA_AS_ARMY_RE = re.compile(r"(?<!\w)\S{0,3}الجيش\s+الوطني(?!\w)")
_AR_GNA_AS_ARMY_RE = re.compile(r"الجيش\s+الليبي|جيش\s+(?:حكومة\s+)?الوفاق|الجيش\s+(?:التابع|الموالي|المتحالف)\s+"
                                r"(?:ل|مع\s+)(?:حكومة|الوفاق|المجلس|لحكومة|لوفاق)|الجيش\s+الحكومي|بركان\s+الغضب")
# (round 55a) a bare "الجيش" (or "قوات الجيش", "وحدات الجيش") with no owner after it: the army the article names
_AR_BARE_ARMY_RE = re.compile(r"(?<!\w)[وف]?(?:(?:قوات|وحدات|عناصر)\s+)?الجيش(?!\w)(?!\s+(?:الوطني|الليبي|التابع|"
                              r"الموالي|المتحالف|الحكومي|المصري|التركي|السوداني|التشادي|الروسي|الأمريكي|الجزائري|التونسي)(?!\w))")


def _army_side(text: str, layers: Any, voice: str | None = None) -> str | None:
    """(round 26) The side "the army" names in an article that calls the other side militias, or None; ``voice`` is
    the side the passage quotes alone (:func:`_passage_voice`)."""
    low = text.casefold()
    if not is_arabic(text) and _LNA_AS_ARMY_RE.search(low) and not _LNA_AS_MILITIA_RE.search(low) and \
            not _GNA_AS_ARMY_RE.search(low) and "national army" in low:
        # (round 33) an article that names Haftar's side the Libyan National Army and never calls the GNA's forces an
        # army: "the Jufra base, which the army has held since June 2017" is the LNA
        lna = layers.sides.resolve("Libyan National Army")
        return lna if lna in layers.sides else None
    norm = _normalise(text) if is_arabic(text) else ""
    if norm and _AR_LNA_AS_ARMY_RE.search(norm) and not _AR_GNA_AS_ARMY_RE.search(norm):
        # (round 55a) Arabic copy that names Haftar's side "الجيش الوطني" and never gives the GNA an army ("الجيش
        # الليبي" unqualified, "جيش الوفاق", "الجيش التابع لحكومة الوفاق") nor quotes the GNA alone: a bare "الجيش" /
        # "قوات الجيش" is the LNA
        lna = layers.sides.resolve("Libyan National Army")
        if lna not in layers.sides or voice == layers.sides.opponent(lna):
            return None
        return lna
    if is_arabic(text) or _LNA_AS_ARMY_RE.search(low) or not _LNA_AS_MILITIA_RE.search(low):
        return None
    lna = layers.sides.resolve("Libyan National Army")
    return layers.sides.opponent(lna) if lna in layers.sides else None


# Turkish writes Arabic ج as c, so Turkish copy (and English copy that keeps its spellings) calls al-Jufra "Cufra" –
# the spelling Italian gives Kufra, which is the reading the gazetteer keeps for the bare name. Turkish letters, the
# Turkish name of the GNA, "Hava Üssü" (air base), or "Cufra" named with Sirte (the Sirte–Jufra line) mark the first.
_CUFRA_RE = re.compile(r"\bcufra\b", re.IGNORECASE)
_TURKISH_COPY_RE = re.compile(r"[şğıŞĞİ]|\bUMH\b|\b[Hh]ava\s+[Üü]ss")  # case-sensitive: ignoring case, "i" matches "İ"
_SIRTE_CUFRA_RE = re.compile(r"\bsirt(?:e|i)?\b[^.;\n]{0,16}?\bcufra\b|\bcufra\b[^.;\n]{0,16}?\bsirt", re.IGNORECASE)


def _cufra_is_jufra(text: str) -> bool:
    """Whether "Cufra" in this article is the Turkish spelling of al-Jufra rather than the Italian one of Kufra."""
    return _CUFRA_RE.search(text) is not None and (
        _TURKISH_COPY_RE.search(text) is not None or _SIRTE_CUFRA_RE.search(text) is not None)


def _jufra_for_cufra(s: str) -> str:
    """``s`` with Turkish "Cufra" read as "Jufra" (same length, so offsets hold)."""
    return _CUFRA_RE.sub(lambda m: ("J" if m.group(0)[0] == "C" else "j") + m.group(0)[1:], s)


def _longer_overlap(s: str, mention: tuple[int, int, str, str], layers: Any) -> tuple[int, int, str, str]:
    """(round 48) A mention extended by a name of the same side that overlaps its end: "forces loyal to the
    Government of National Accord, which controls Tripoli" is one actor up to "Accord", not "forces loyal to the
    government" followed by loose words (the alias list takes the longer alias first and drops the overlapping one)."""
    a, b, side, alias = mention
    if b >= len(s) or not s[b:b + 1].isspace():
        return mention
    head = s[a:b].rfind(" ")
    if head < 0:
        return mention
    for x, y, side2, _ in _side_mentions(s[a + head + 1:b + 60], layers):
        if x == 0 and side2 == side and a + head + 1 + y > b:
            return a, a + head + 1 + y, side, alias
        break
    return mention


# (round 51) "the GNA and Turkish-backed Syrian militants have captured X", "GNA forces and Syrian mercenaries shelled
# X", "قوات الوفاق والمرتزقة السوريون": foreign fighters coordinated with a side's name fight on that side, so they do not
# make the subject foreign (not "between S and Russian mercenaries", where they are the other party)
_COORD_FOREIGN_GAP_RE = re.compile(
    r"(?:\s+(?:forces|troops|fighters|units|militias|army))?\s*,?\s+(?:and|together\s+with|along\s+with|alongside)\s+"
    r"(?:(?:their|its|his|the)\s+)?(?:[\w]+-(?:backed|supported|funded|paid|hired|sponsored)\s+)?"
    r"|\s+(?:و(?:ال)?(?:مرتزقة|مقاتلين|مقاتلي|عناصر)\s+(?:ال)?)?")
_COORD_FOREIGN_NOUN_RE = re.compile(r"\s+(?:militants|mercenaries|fighters|forces|troops|soldiers|allies|contractors|"
                                    r"militiamen|jihadists|drones|warplanes|jets|advisers|advisors|officers)\b")
_BETWEEN_BEFORE_RE = re.compile(r"\b(?:between|بين)\s+(?:\S+\s+){0,3}$")


def _coordinated_foreign(low: str, actors: list[_Actor]) -> None:
    for i, act in enumerate(actors):
        if act.side is not None or i == 0:
            continue
        prev = actors[i - 1]
        if prev.side is None or prev.side in ("unknown", "neutral"):
            continue
        gap = low[prev.end:act.start]
        if not _COORD_FOREIGN_GAP_RE.fullmatch(gap) or _BETWEEN_BEFORE_RE.search(low[max(0, prev.start - 40):prev.start]):
            continue
        if is_arabic(low[act.start:act.end]):
            if not (low[act.start] == "و" or "و" in gap[:3]) or not gap.strip() and low[act.start] != "و":
                continue
        elif not _COORD_FOREIGN_NOUN_RE.match(low, act.end) or not re.search(r"\b(?:and|with|alongside)\b", gap):
            continue
        act.side = prev.side


# (round 56c) the side whose men a strike killed is its target, not its author: "مقتل 10 من عناصر مليشيا حفتر في غارات
# جوية على قاعدة الوطية", "Haftar's forces mourned five fighters killed in an airstrike on Al-Watiya" – the strike is the
# other side's (not "قصفت قوات حفتر …", "Haftar's forces killed five fighters in a raid on …")
_AR_CASUALTIES_BEFORE_RE = re.compile(r"(?<!\w)[وب]?(?:مقتل|مصرع|إصابة|اصابة)\s+(?:[^\s،,.]+\s+){0,7}?$")
_AR_IN_STRIKE_AFTER_RE = re.compile(r"(?:\s+[^\s،,.]+){0,2}?\s+في\s+(?:\S+\s+)?(?:غارة|غارات|قصف|ضربة|ضربات)(?!\w)")
_KILLED_IN_STRIKE_AFTER_RE = re.compile(
    r"(?:'s)?\s+(?:[\w-]+\s+){0,4}?(?:fighters|men|soldiers|troops|militiamen|members|officers|commanders)\s+"
    r"(?:who\s+were\s+|were\s+|had\s+been\s+|have\s+been\s+)?(?:killed|wounded)\s+in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    # "… killed in air strikes on their gatherings near X": round 37's victim object already names the owner
    r"(?:strikes?|airstrikes?|raids?|shelling|bombardment)\s+on\b(?!\s+(?:its|their|his)\b)")


def _victim_of_strike(low: str, a: int, b: int) -> bool:
    """Whether the side named at ``a:b`` is the one whose men the strike after it killed."""
    if is_arabic(low[a:b]):
        return bool(_AR_CASUALTIES_BEFORE_RE.search(low[max(0, a - 60):a]) and _AR_IN_STRIKE_AFTER_RE.match(low, b))
    return bool(_KILLED_IN_STRIKE_AFTER_RE.match(low, b))


def _find_actors(s: str, low: str, layers: Any, toks: list[_Tok], army: str | None = None) -> list[_Actor]:
    actors: list[_Actor] = []
    mentions = _side_mentions(s, layers)
    if is_arabic(s):
        mentions = _arabic_mentions(low, layers, mentions)
    else:
        mentions = [_longer_overlap(s, m, layers) for m in mentions]
    for a, b, side, alias in mentions:
        if side in ("unknown",):
            continue
        # "Egypt's House of Representatives": an alias owned by a foreign country; a demonym
        # only takes an institution ("the Egyptian government"), not a named group ("Russian Wagner")
        prev = _words_between(low, max(0, a - 25), a)
        owner = prev[-1] if prev else ""
        possessive = re.search(r"'s\s*$", low[max(0, a - 25):a]) is not None
        foreign_owner = owner in ("egypt", "turkey", "russia", "tunisia", "italy") or (
            owner in ("egyptian", "turkish", "russian", "tunisian", "italian")
            and (possessive or _INSTITUTION_RE.search(low[a:b]) is not None))
        if re.search(r"\bpro-\s*$", low[max(0, a - 5):a]) and _PLACE_NOUN_AFTER_SIDE_RE.match(low, b):
            continue  # "the capture of the pro-LNA towns of A and B": whose the places were, not who acts
        if re.search(r"\banti-\s*$", low[max(0, a - 6):a]) and not foreign_owner:
            # "anti-LNA forces", "anti-Haftar fighters": the side that fights the one named
            opp = layers.sides.opponent(side) if side in layers.sides else None
            actors.append(_Actor(a - 5, b, opp, s[a - 5:b]))
            continue
        opposed = _OPPOSED_TO_RE.search(low[max(0, a - 90):a])
        if opposed and not foreign_owner and side in layers.sides:
            # (round 49) "forces opposed to Khalifa Haftar": the side that fights the one named
            start = max(0, a - 90) + opposed.start()
            actors.append(_Actor(start, b, layers.sides.opponent(side), s[start:b]))
            continue
        if not foreign_owner and side in layers.sides and _victim_of_strike(low, a, b):
            actors.append(_Actor(a, b, layers.sides.opponent(side), s[a:b]))  # (round 56c) the victims' enemy
            continue
        actors.append(_Actor(a, b, None if foreign_owner else side, s[a:b]))
    taken = [(x.start, x.end) for x in actors]
    for m in list(_FOREIGN_ACTOR_RE.finditer(low)) + list(_AR_FOREIGN_ACTOR_RE.finditer(low)):
        if any(m.start() < e and a < m.end() for a, e in taken):
            continue
        if m.group(0) == "us" and s[m.start():m.end()] != "US":
            continue
        actors.append(_Actor(m.start(), m.end(), None, s[m.start():m.end()]))
        taken.append((m.start(), m.end()))
    for a, b, surface in _foreign_places(s, low, toks, layers):
        if any(a < e and x < b for x, e in taken):
            continue
        actors.append(_Actor(a, b, None, surface))
        taken.append((a, b))
    for m in _DERIVED_ACTOR_RE.finditer(low):
        # "Tripoli-allied fighters", "forces from eastern Libya", "Libya's east-based army": a force named by whom
        # it is allied with or where it comes from
        if any(m.start() < e and a < m.end() for a, e in taken):
            continue
        if m.group("gov") or m.group("gov2"):
            # "Al-Urban was also in government hands", "under government control": the government is the GNA's
            side = layers.sides.resolve("government forces")
        elif m.group("ally"):
            side = layers.sides.resolve(f"{m.group('ally')} forces") or layers.sides.resolve(m.group("ally"))
        else:
            side = layers.sides.resolve("eastern forces")
        if side is None or side in ("unknown", "neutral"):
            continue
        actors.append(_Actor(m.start(), m.end(), side, s[m.start():m.end()]))
        taken.append((m.start(), m.end()))
    if army is not None and is_arabic(s):
        for m in _AR_BARE_ARMY_RE.finditer(low):  # (round 55a) "وأحكم الجيش سيطرته على X" in LNA-voiced copy
            if any(m.start() < e and a < m.end() for a, e in taken):
                continue
            actors.append(_Actor(m.start(), m.end(), army, s[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    elif army is not None:
        for m in _UNNAMED_ARMY_RE.finditer(low):
            if any(m.start() < e and a < m.end() for a, e in taken):
                continue
            if army == layers.sides.resolve("Libyan National Army") and m.group(0) != "the army":
                continue  # (round 33) only the bare "the army" stands for the LNA
            actors.append(_Actor(m.start(), m.end(), army, s[m.start():m.end()]))
            taken.append((m.start(), m.end()))
    actors.sort(key=lambda x: x.start)
    _coordinated_foreign(low, actors)
    for i, act in enumerate(actors):
        act.governed = _is_governed(low, act.start, actors[:i], foreign=act.side is None)
    for m in _RIVALS_RE.finditer(low):
        # (round 27) "GNA forces pulled out of Sirte after their eastern rivals entered it": "their rivals" are the
        # enemy of the side the pronoun points back to (a subject named before it in the sentence)
        if any(m.start() < x.end and x.start < m.end() for x in actors):
            continue
        before = [x for x in actors if x.end <= m.start() and x.side in layers.sides]
        owner = next((x for x in reversed(before) if not x.governed), before[-1] if before else None)
        opp = layers.sides.opponent(owner.side) if owner is not None else None
        if opp is None:
            continue
        rival = _Actor(m.start(), m.end(), opp, s[m.start():m.end()])
        rival.governed = _is_governed(low, rival.start, [x for x in actors if x.start < m.start()])
        actors.append(rival)
        actors.sort(key=lambda x: x.start)
    return actors


_RIVALS_RE = re.compile(r"\b(?:their|its)\s+(?:(?:eastern|western|eastern-based|tripoli-based|main|local|military)\s+)?"
                        r"(?:rivals|opponents|enemies|adversaries|foes)\b")


# (round 49) a force named by the side it fights: "forces opposed to Khalifa Haftar", "fighters hostile to the GNA"
# (Arabic "القوات المناوئة لحفتر" left alone: its subject is found elsewhere)
_OPPOSED_TO_RE = re.compile(
    r"\b(?:forces|fighters|troops|units|militias?|groups|gunmen|militiamen|brigades|factions|tribesmen)\s+"
    r"(?:(?:fiercely|staunchly|bitterly|long)\s+)?(?:opposed|hostile)\s+to\s+(?:the\s+)?"
    r"(?:(?:general|gen|field|marshal|khalifa|commander|strongman|warlord|retired|major|maj|rebel|eastern|renegade|"
    r"self-styled|so-called|libyan)\.?\s+)*$")
_PLACE_NOUN_AFTER_SIDE_RE = re.compile(r"\s+(?:[\w-]+\s+)?(?:towns?|cit(?:y|ies)|villages?|areas?|districts?|"
                                       r"strongholds?|neighbou?rhoods?|localities|settlements|oas[ie]s)\b")
_DERIVED_ACTOR_RE = re.compile(
    r"\b(?P<ally>[a-z]+)-(?:allied|aligned|backed|affiliated|led|loyal|supported)\s+(?:forces|fighters|troops|units|"
    r"militias?|brigades|groups|gunmen|militiamen|army|soldiers)\b|"
    r"\b(?:forces|fighters|troops|units)\s+from\s+(?:the\s+)?(?:east|eastern\s+libya|libya's\s+east)\b|"
    r"\b(?P<gov>government)(?=\s+(?:hands|control)\b)|"
    r"\b(?:libya's\s+)?east(?:ern)?-based\s+(?:army|forces|troops|military)\b|"
    r"\beastern\s+(?:militias?|troops|units|fighters|brigades|militiamen)\b|"
    r"\b(?:army|forces|troops|military)\s+based\s+in\s+(?:eastern\s+libya|the\s+east(?:\s+of\s+(?:the\s+country|libya))?)\b|"
    r"\banl\b|"
    # (round 55a) "the marshal's forces", "the field marshal's troops": Libya's one field marshal is Haftar
    r"\bthe\s+(?:field\s+)?marshal(?:'s|’s)\s+(?:[\w-]+\s+)?(?:forces|troops|fighters|units|army|militias?|men|"
    r"soldiers|brigades|aircraft|warplanes|jets|drones)\b|"
    r"\b(?P<gov2>pro-government\s+(?:soldiers|fighters|units|militias?|militiamen|brigades|army)|"
    r"(?:libya's\s+)?(?:un-(?:recognised|recognized|backed|supported)\s+)?(?:national\s+)?unity\s+government)\b")
_INSTITUTION_RE = re.compile(r"\b(?:house|parliament|government|army|forces?|president|presidential|military|council|"
                             r"command|interim|air\s+force)\b")
_AR_PROCLITIC_RX = r"(?:[وف]?[بلك]?)"


def _arabic_mentions(low: str, layers: Any, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Arabic aliases behind a proclitic: "لحفتر", "وقوات الوفاق", "للجيش الوطني الليبي"."""
    taken = [(a, b) for a, b, _, _ in found]
    out = list(found)
    aliases = sorted(((alias, side.id) for side in layers.sides for alias in side.aliases if is_arabic(alias)),
                     key=lambda t: -len(t[0]))
    for alias, sid in aliases:
        a_low = " ".join(alias.casefold().split())
        rx = _AR_PROCLITIC_RX + re.escape(a_low)
        if a_low.startswith("ال"):
            rx = rf"(?:{rx}|[وف]?لل{re.escape(a_low[2:])})"
        for m in re.finditer(rf"(?<!\w){rx}(?!\w)", low):
            if any(m.start() < e and x < m.end() for x, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), sid, m.group(0)))
    return sorted(out)


# Nouns whose "of" phrase names their owner, who stays the subject: "drones of the GNA struck …"
_WEAPON_NOUNS = frozenset({"drones", "drone", "warplanes", "warplane", "aircraft", "jets", "planes", "plane",
                           "helicopters", "artillery", "rockets", "missiles", "gunboats", "tanks", "columns",
                           "convoys", "snipers", "mercenaries", "air", "navy", "gunmen", "commanders",
                           # (round 39) "a fighter jet of Haftar's militia struck …": a single aircraft too
                           "jet", "helicopter", "bomber", "bombers"})


# titles and epithets between a preposition and a name: "by General Khalifa Haftar's militias"
_TITLES = frozenset({"general", "gen", "field", "marshal", "khalifa", "commander", "strongman", "warlord", "retired",
                     "major", "maj", "lieutenant", "brigadier", "colonel", "col", "military", "putschist", "rebel",
                     "libyan", "eastern", "east-based", "western", "powerful", "veteran", "mr", "prime", "minister"})


def _is_governed(low: str, start: int, earlier: Sequence[_Actor], *, foreign: bool = False) -> bool:
    """True if the mention at ``start`` is the object of a preposition or a verb.

    "Forces loyal to the GNA" and "forces led by Haftar" keep the side as the subject; a
    country "backing" someone ("the LNA, backed by Russia and the UAE") is not the actor.
    """
    if earlier and re.fullmatch(r"\s*,\s*(?:the\s+)?", low[earlier[-1].end:start]):
        return earlier[-1].governed  # "backed by Russia, Egypt and the UAE": a list keeps its governor
    words = _words_between(low, max(0, start - 60), start)
    i = len(words) - 1
    while i >= 0 and (words[i] in _DETERMINERS or words[i] in _TITLES or words[i] in _NUMERALS) and words[i] != "of":
        i -= 1
    if i < 0:
        return False
    w = words[i]
    # a comma between the governing word and the mention starts a new phrase ("After a week of fighting, GNA
    # forces entered …"), unless the mention continues a list ("Russia, Egypt")
    k = len(words) - 1 - i  # words skipped
    tail = low[max(0, start - 60):start]
    if re.search(r"[,;:]\s*(?:[\w'-]+\s+){0,%d}$" % k, tail) and not re.search(r"\b(?:and|or)\s+(?:[\w'-]+\s+){0,%d}$" % k,
                                                                              tail):
        return False
    if w == "of":
        # "forces of the LNA" keeps the side as a subject; "the stronghold of Haftar" does not
        head = words[i - 1] if i > 0 else ""
        if head in _WEAPON_NOUNS or head == "force" and i > 1 and words[i - 2] == "air":
            # "drones of the GNA struck …" – unless the drones are themselves an object
            j = i - 2
            while j >= 0 and (words[j] in _DETERMINERS or words[j] in ("air", "armed", "turkish-made")):
                j -= 1
            return j >= 0 and words[j] in _OBJ_GOVERNORS
        # (round 32) "a number of Sarraj's militias had pulled back": a quantity of a side's forces is still them
        if head in _NUMERALS and head not in ("more", "further", "other") and re.match(
                r"(?:[\w'’-]+\s+){0,3}?(?:forces|militias?|troops|fighters|units|men|soldiers|mercenaries|militiamen)\s+"
                r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured)\b", low[start:start + 80]):
            return False  # (round 39) "24 of Haftar's fighters were killed in strikes on their …": the counted are them
        return head not in _FORCE_NOUNS and not (head in _QUANTITY_NOUNS and re.match(
            r"(?:[\w'’-]+\s+){0,3}?(?:forces|militias?|troops|fighters|units|brigades|battalions|men|soldiers|"
            r"mercenaries|militiamen|vehicles)\b", low[start:start + 60]))
    if w in ("and", "or") and earlier:
        prev = earlier[-1]
        if start - prev.end < 12:
            return prev.governed
    if w in ("backing", "supporting", "supported", "backed") and i > 0 and words[i - 1] in _FORCE_NOUNS and not foreign:
        return False  # "Troops backing the Tripoli government pushed …": the side the troops fight for
    if (w in ("backing", "supporting") and i > 0 and words[i - 1] in _AIR_WEAPON_NOUNS and not foreign
            and not (i > 1 and words[i - 2] in _OBJ_GOVERNORS)):
        return False  # (round 37) "Warplanes backing Haftar bombed X": the side the aircraft fly for
    if w == "with" and re.match(r"(?:[\w'’-]+\s+){1,5}?(?:announcing|saying|claiming|declaring|reporting|insisting|"
                                r"confirming)\b", low[start:start + 80]):
        return False  # (round 18) "with GNA forces announcing that …": the subject of an absolute clause
    if w in _OBJ_GOVERNORS:
        before = words[i - 1] if i > 0 else ""
        if foreign and w == "by" and before in _BACKING:
            return True
        if before in _SUBJECT_FRIENDLY and w in _PREPOSITIONS:
            return False  # "forces loyal to the GNA", "fighters allied with Haftar" – not "forces attacked GNA positions"
        if before in ("controlled", "directed") and w == "by" and i > 1 and words[i - 2] in (*_FORCE_NOUNS, "groups"):
            return False  # (round 26) "armed groups controlled by the GNA tried to attack …": whose the groups are
        if w == "from" and before in _FIRE_NOUNS:
            return False  # "artillery fire from Haftar's forces hit Ain Zara": whose fire, the subject
        return True
    return False


# (round 37) aircraft and drones: "warplanes backing S", "drones flying for S" – the side they fly for
_AIR_WEAPON_NOUNS = frozenset({"drones", "drone", "warplanes", "warplane", "aircraft", "jets", "jet", "planes", "plane",
                               "helicopters", "helicopter", "bombers"})
_QUANTITY_NOUNS = frozenset({"number", "handful", "majority", "bulk", "rest", "remainder", "group", "groups", "scores",
                             "many", "few", "several", "contingent"})
_PREPOSITIONS = frozenset({"from", "against", "with", "by", "on", "at", "into", "toward", "towards", "between", "among",
                           "for", "than", "versus", "vs", "to", "over", "about", "like", "unlike", "including"})
_FIRE_NOUNS = frozenset({"fire", "shelling", "shells", "rockets", "missiles", "strikes", "barrage", "bombardment", "mortars",
                         "drones", "salvo", "salvos"})


_ORIGIN_RE = re.compile(r"\b(forces|fighters|troops|brigades|militias|units|armed\s+groups)\s+(?:from|of)\s+"
                        r"(?:the\s+(?:city|town)\s+of\s+)?$")


def _actors_from_places(low: str, places: list[_Place], actors: list[_Actor], layers: Any) -> None:
    """"Forces from Misrata" is the actor the aliases call "Misrata forces"; the town only says whose."""
    added = False
    for p in places:
        m = _ORIGIN_RE.search(low[max(0, p.start - 40):p.start])
        if not m:
            continue
        noun = m.group(1).split()[-1]
        side = None
        for name in (p.surface, p.name):
            side = side or layers.sides.resolve(f"{name} {noun}") or layers.sides.resolve(f"{name} forces")
        if side is None:
            continue
        start = p.start - (len(low[max(0, p.start - 40):p.start]) - m.start())
        actors.append(_Actor(start, p.end, side, low[start:p.end]))
        p.ref_only = p.reference = True
        added = True
    if added:
        actors.sort(key=lambda x: x.start)
        for i, act in enumerate(actors):
            act.governed = _is_governed(low, act.start, actors[:i], foreign=act.side is None)


def _foreign_places(s: str, low: str, toks: list[_Tok], layers: Any) -> list[tuple[int, int, str]]:
    foreign = _foreign_keys(layers)
    out = []
    n = len(toks)
    i = 0
    while i < n:
        hit = None
        for k in range(min(4, n - i), 0, -1):
            a, b = toks[i].start, toks[i + k - 1].end
            if light_key(s[a:b]) in foreign:
                hit = (k, a, b)
                break
        if hit:
            k, a, b = hit
            out.append((a, b, s[a:b]))
            i += k
        else:
            i += 1
    return out


_FOREIGN_CACHE: dict[int, frozenset[str]] = {}


def _foreign_keys(layers: Any) -> frozenset[str]:
    key = id(layers)
    if key not in _FOREIGN_CACHE:
        names = list(getattr(layers, "foreign_names", []))
        names += ["Turkey", "Russia", "Egypt", "United Arab Emirates", "UAE", "Qatar", "Sudan", "Chad",
                  "Syria", "France", "Italy", "Tunisia", "Algeria", "Niger", "Jordan", "Saudi Arabia",
                  "United States", "Washington", "Moscow", "Ankara", "Cairo", "Abu Dhabi", "Geneva",
                  "Berlin", "NATO", "Europe", "European Union", "United Nations", "UN"]
        _FOREIGN_CACHE[key] = frozenset(light_key(n) for n in names if n.strip())
    return _FOREIGN_CACHE[key]


def _capitalised(tok: _Tok) -> bool:
    t = tok.text
    if is_arabic(t):
        return True
    m = re.match(r"^(?:al|el|ad|ed|as|es|az|ez|at|et|ash|esh|an|en|ar|er)-(.+)$", t, re.IGNORECASE)
    core = m.group(1) if m else t
    return core[:1].isupper()


_LOWER_NAME_HEADS = ("bin", "ben", "ibn", "abu", "bu")


def _name_start(win: Sequence[_Tok]) -> bool:
    """The window starts a name: a capital, or (round 32) a lower-case "bin" ("ben", "abu") before one."""
    return _capitalised(win[0]) or win[0].low in _LOWER_NAME_HEADS and win[0].text.islower() and len(win) > 1 \
        and _capitalised(win[1])


class _SpanSet:
    """Character spans, for fast "does this overlap any of them" questions on long sentences."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def append(self, span: tuple[int, int]) -> None:
        import bisect

        i = bisect.bisect_left(self.spans, span)
        self.spans.insert(i, span)
        self.starts.insert(i, span[0])
        self.longest = max(self.longest, span[1] - span[0])

    def overlaps(self, a: int, b: int) -> bool:
        import bisect

        i = bisect.bisect_left(self.starts, a - self.longest)
        for x, e in self.spans[i:]:
            if x >= b:
                return False
            if a < e:
                return True
        return False


# (round 49) a named part of a town, with no possessive: "the Abu Salim district of Tripoli", "the Fornaj neighbourhood
# of the capital" – only where the gazetteer knows the first as a part of a town (not "the Tripoli suburb of Tajoura",
# "the Tripoli neighbourhood of Ain Zara", where the town comes first)
_PART_OF_TOWN_RE = re.compile(r"\s+(?:district|neighbou?rhood|quarter|suburb|area)\s+of\s+(?:the\s+)?")
