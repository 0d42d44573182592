"""Place mentions of ``frontline ingest``: the gazetteer index (:class:`PlaceIndex`), places named in a
sentence (exact, loose and variant spellings, Arabic facilities and proclitics, facilities after a town), lists,
anaphors ("the town", "them", "those areas") and the locator patterns (distances, appositions, "near", named
sites) that say a place only locates another.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from geo.names import is_arabic, light_key, normalize_arabic, unglued_key
from geo.ingest.text import _Tok, _WORD_RE, _words_between
from geo.ingest.sides import (
    _ANAPHOR_RE,
    _CAPITAL_RE,
    _INDEFINITE_FACILITY_IN_RE,
    _LOWER_NAME_HEADS,
    _PART_OF_TOWN_RE,
    _Place,
    _SpanSet,
    _UNKNOWN_NAME_MOD_RE,
    _capitalised,
    _name_start,
)


_FACILITY_KINDS = frozenset({"airbase", "airport", "airstrip", "oil_field", "oil_terminal",
                             "military_base", "camp"})
_SETTLEMENT_KINDS = frozenset({"city", "town", "village", "neighbourhood", "district"})


# =============================================================================== place index
# Generic words that are a place name only together with another word.
_GENERIC_KEYS = frozenset({"kasr", "wadi", "bir", "ain", "jabal", "umm", "suk", "sidi", "marsa", "ras",
                           "hay", "karya", "abu", "bin", "bani", "al", "el", "new", "old", "port", "base",
                           "airport", "airbase", "field", "camp", "oases", "five points", "green mountain"})
# Alternate names in the gazetteer that are also common words or names of people in reporting.
_BLOCKED_KEYS = frozenset({"sultan", "homs", "salah", "said", "saad", "omar", "umar", "ali", "badi",
                           "hasan", "khalifa", "berta", "balis", "bianchi", "sabra", "beda", "miani",
                           "wheelus", "razza", "mameli", "giordani", "tazzoli", "fun", "mast", "gat",
                           "ea", "aea", "oea", "libya", "national", "general", "army"})
# Arabic numbers and their units: the word after them is what is counted ("ألف نسمة", a thousand inhabitants).
_AR_QUANTITY_WORDS = frozenset({"ألف", "الف", "آلاف", "ألفا", "ألفين", "مليون", "ملايين", "مليونا", "مليوني", "مئة", "مائة",
                                "مليار"})
# Words that frame a name in running text without being part of it.
_FRAME_WORDS = frozenset({"the", "town", "city", "of", "village", "district", "region", "area", "oasis",
                          "municipality", "libya", "libyan", "and", "in", "at", "to", "from", "on"})
# A place followed by one of these is an actor's home or an organisation, not a location.
_ORG_NEXT = frozenset({"forces", "force", "brigade", "brigades", "battalion", "battalions", "militia",
                       "militias", "fighters", "troops", "units", "council", "protection", "revolutionaries",
                       "shield", "military", "operations", "armed", "army", "tribe", "tribes", "elders",
                       "security", "youth", "groups", "group", "mps", "delegation", "delegates",
                       "conference", "process", "talks", "agreement", "accord", "declaration", "summit",
                       "initiative", "memorandum", "university", "municipal",
                       # "Two Tripoli officials conceded …": people of a town, not a location
                       "officials", "official", "authorities", "residents", "notables"})
_KIND_PHRASES: list[tuple[str, str]] = [
    ("international airport", "airport"), ("military airbase", "airbase"), ("air base", "airbase"),
    ("airbase", "airbase"), ("airfield", "airbase"), ("air field", "airbase"), ("airport", "airport"),
    ("military base", "base"), ("base", "base"), ("oil field", "oil field"), ("oilfield", "oil field"),
    ("oil terminal", "oil terminal"), ("oil port", "oil terminal"),
    # (round 28) a town's air college or air force academy sits on its airbase ("Misrata's air college"); its oil
    # complex is its oil terminal
    ("air force academy", "airbase"), ("air force college", "airbase"), ("air academy", "airbase"),
    ("air college", "airbase"), ("aviation college", "airbase"), ("aviation academy", "airbase"),
    ("oil complex", "oil terminal"),
    # Turkish copy: "Vatiyye Hava Üssü" (air base), "Mitiga Havalimanı" (airport)
    ("hava üssü", "airbase"), ("havalimanı", "airport"),
]
_ARABIC_KIND = {"قاعدة": "airbase", "مطار": "airport", "حقل": "oil field", "ميناء": "oil terminal"}
_ARABIC_PROCLITICS = ("وب", "ول", "وال", "و", "ب", "ل", "ف")


class PlaceIndex:
    """Light keys of every gazetteer name, built once per gazetteer.

    Only names that can stand alone in running text are kept: airport codes (``TIP``, ``SEB``),
    lower-case romanisations from GeoNames (``fun``, ``mast``), generic words (``Qasr``) and
    alternates that are also people's names (``Sultan``) are left out. Matching is exact on the
    key, so a new colleague-added alternate name works at once, and nothing fuzzy slips in.
    """

    def __init__(self, gazetteer: Any, *, foreign_names: Iterable[str] = ()) -> None:
        self.gazetteer = gazetteer
        self.keys: dict[str, set[str]] = {}
        self.max_words = 1
        for p in gazetteer.places:
            names = [p["name"], *p.get("names", []), *([p["name_ar"]] if p.get("name_ar") else [])]
            for i, n in enumerate(names):
                if not isinstance(n, str) or not n.strip():
                    continue
                if i > 0 and not self._usable_alternate(n):
                    continue
                key = light_key(n)
                if not key or key in _GENERIC_KEYS or key in _BLOCKED_KEYS:
                    continue
                if not is_arabic(key) and len(key.replace(" ", "")) < 3:
                    continue
                self.keys.setdefault(key, set()).add(p["id"])
                self.max_words = max(self.max_words, len(key.split()))
        self.foreign = {light_key(n) for n in foreign_names if n.strip()}
        for k in self.foreign:
            self.keys.pop(k, None)
        self.max_words = min(self.max_words, 7)

    @staticmethod
    def _usable_alternate(name: str) -> bool:
        if is_arabic(name):
            return True
        letters = [ch for ch in name if ch.isalpha()]
        if not letters:
            return False
        if name.isupper() and len(name.replace(" ", "")) <= 5:
            return False  # IATA/ICAO codes
        if name == name.lower():
            return False  # machine romanisations ("trabls", "fun")
        return True

    def resolve(self, surface: str) -> dict[str, Any] | None:
        """The gazetteer's answer for a surface form whose key is indexed (exact/normalised only)."""
        res = self.gazetteer.geocode(surface)
        if res["status"] == "unresolved" or res["method"] not in ("exact", "normalized", "kind"):
            return None
        return res


_INDEX_CACHE: dict[int, PlaceIndex] = {}


def _place_index(layers: Any) -> PlaceIndex:
    gz = layers.gazetteer
    key = id(gz)
    idx = _INDEX_CACHE.get(key)
    if idx is None or idx.gazetteer is not gz:
        idx = PlaceIndex(gz, foreign_names=getattr(layers, "foreign_names", []))
        _INDEX_CACHE[key] = idx
    return idx


_AR_WITH_ARTICLE_RE = re.compile(r"(?:[وف]?[بكل]?ال|[وف]?لل)\S")


def _ar_article_dropped(word: str, pid: str, index: PlaceIndex) -> bool:
    """(round 58a) True when the Arabic ``word`` lacks the article and every Arabic name of place ``pid`` that it
    matches has one."""
    word = word.strip()
    if _AR_WITH_ARTICLE_RE.match(word):
        return False
    place = index.gazetteer.by_id.get(pid) or {}
    key = light_key(word)
    names = [x.strip() for x in [place.get("name_ar") or "", *place.get("names", [])]
             if isinstance(x, str) and x and is_arabic(x)]
    hits = [x for x in names if light_key(x) == key or any(light_key(word[len(pre):]) == light_key(x)
                                                          for pre in ("و", "ف", "ب", "ل") if word.startswith(pre))]
    return bool(hits) and all(x.startswith("ال") for x in hits)


def _find_places(s: str, low: str, toks: list[_Tok], masked: list[tuple[int, int]], index: PlaceIndex,
                 history: list[_Place]) -> list[_Place]:
    """Gazetteer places named in the sentence, longest match first, plus resolved references."""
    places: list[_Place] = []
    n = len(toks)

    masked_set = _SpanSet(masked)

    def is_masked(a: int, b: int) -> bool:
        return masked_set.overlaps(a, b)

    i = 0
    while i < n:
        found = None
        for k in range(min(index.max_words + 1, n - i), 0, -1):
            window = toks[i:i + k]
            if window[0].low in _FRAME_WORDS or window[-1].low in _FRAME_WORDS:
                continue
            if window[0].low in ("al", "el") and k == 1:
                continue
            # (round 32) "the capture of bin Gaşir": a lower-case "bin" ("ben", "abu") heads the name after it too
            first = window[1] if window[0].low in ("al", "el", *_LOWER_NAME_HEADS) and k > 1 else window[0]
            if not _capitalised(first):
                continue
            a, b = window[0].start, window[-1].end
            if is_masked(a, b):
                continue
            surface = s[a:b]
            key = light_key(surface)
            if key not in index.keys and is_arabic(surface):
                key, surface, a = _strip_arabic_proclitic(s, a, b, index)
            elif key not in index.keys and (plain := unglued_key(key)) in index.keys:
                # (round 23) the article written onto the name ("Alasaba" is al-Asaba), read as the geocoder reads it
                key = plain
            if key in index.keys:
                res = index.resolve(surface)
                if res is not None:
                    found = (k, a, b, surface, res)
                    break
        if not found:
            i += 1
            continue
        k, a, b, surface, res = found
        j = i + k
        # "يقطنها 12 ألف نسمة" (12,000 inhabitants): a word counted after a number is a count noun, even where a
        # place shares its spelling (Nasma, نسمة)
        if is_arabic(surface) and i > 0 and (toks[i - 1].low in _AR_QUANTITY_WORDS or toks[i - 1].low.isdigit()):
            i = j
            continue
        # (round 58a) "هجوم جديد لقوات الوفاق", "في تقدم جديد": a word without the article that matches only a name
        # written with it (الجديد, al-Jadid) is an adjective, not that place
        if k == 1 and is_arabic(surface) and _ar_article_dropped(toks[i].text, res["id"], index):
            i = j
            continue
        # "Sirte Protection Force", "Zintan brigades": an organisation, not a location
        if j < n and toks[j].low in _ORG_NEXT and toks[j].start - b <= 1:
            i = j
            continue
        place = _Place(a, b, surface, res["id"], res["name"], res.get("kind") or "", 1.0, "name")
        fac = _facility_after(s, low, toks, j, place, index)
        if fac is not None:
            place, j = fac
        places.append(place)
        i = j
    # "the al-Sabaa district" of a town the text is about is not the village of Sabaa 400 km away: a name
    # followed by "district" is a part of a town, so a gazetteer place of that name far from every other
    # place of the context is a namesake
    context = [p for p in places if not re.match(r"\s+(?:district|neighbou?rhood|quarter)\b", low[p.end:])] + \
        [p for p in history if not p.reference]
    for p in [p for p in places if re.match(r"\s+(?:district|neighbou?rhood|quarter)\b", low[p.end:])
              and p.kind not in ("district", "neighbourhood")]:
        others = [q for q in context if q.pid != p.pid]
        if others and min(_km(index, p.pid, q.pid) for q in others) > 60:
            places.remove(p)
    places.extend(_loose_places(s, low, toks, masked, index, places, history))
    if is_arabic(s):
        _arabic_facilities(s, low, places, index)
        _arabic_plural_facilities(s, places, index, is_masked)
        places.extend(_arabic_anaphors(s, low, places, history, masked, index))
    for m in _CAPITAL_RE.finditer(low):
        if is_masked(m.start(), m.end()) or any(m.start() < p.end and p.start < m.end() for p in places):
            continue
        prev = _words_between(low, max(0, m.start() - 20), m.start())
        if prev and (prev[-1] in _FOREIGN_ADJ or prev[-1].removesuffix("'s") in _FOREIGN_ADJ):
            continue
        res = index.resolve("Tripoli")
        if res is not None:
            cap = _Place(m.start(), m.end(), s[m.start():m.end()], res["id"], res["name"], res.get("kind") or "", 0.95,
                         "capital")
            if m.group(0).endswith("'s"):
                # (round 45) "the capital's international airport": Tripoli's, as "Tripoli's international airport"
                fac = _facility_after(s, low, toks, bisect.bisect_left([tk.start for tk in toks], m.end()),
                                      replace(cap, surface=res["name"]), index)
                if fac is not None:
                    cap = replace(fac[0], start=m.start(), surface=s[m.start():fac[0].end])
            places.append(cap)
    places.sort(key=lambda p: p.start)
    for p in places:
        # "the town" in a later sentence does not mean "the Sebha region" or "the capital's front"
        p.not_town = p.how == "capital" or bool(re.match(r"(?:'s)?\s+(?:region|province|governorate|area)\b",
                                                          low[p.end:])) or bool(re.search(
            # "answers to the government in Tripoli, … a convoy for the town": the seat of a government
            r"\b(?:government|council|administration|authorities|parliament)\s+(?:based\s+)?(?:in|of)\s+$",
            low[max(0, p.start - 40):p.start]))
        p.destination = bool(_DESTINATION_BEFORE_RE.search(low[max(0, p.start - 14):p.start]) or
                             _DESTINATION_PHRASE_RE.search(low[max(0, p.start - 80):p.start]))
    descriptors = [(m.start(), m.end()) for m in _LOCATIVE_CLAUSE_RE.finditer(low)]
    for p in places:
        if _SEAT_AFTER_RE.match(low, p.end) or _SEAT_BEFORE_RE.search(low[max(0, p.start - 50):p.start]):
            # "Tripoli's State Council head", "commander for the Sebha region", "talks in Tripoli": a seat of
            # government, a title or a meeting place – it names who or where people meet, not a place fought over
            p.ref_only = True  # still what "the city" later means ("the mayor of Gharyan … an attack on the city")
            continue
        p.reference = bool(_STRICT_REF_RE.search(low[max(0, p.start - 60):p.start]))
        if _DISTANCE_LOCATOR_RE.search(low[max(0, p.start - 100):p.start]):
            p.ref_only = p.reference = True
        if any(a <= p.start < b for a, b in descriptors):
            p.ref_only = p.reference = True  # "Esbeia, which sits on the road from Tarhuna to the capital"
        if p.reference and re.match(r"'s\s+(?!(?:[\w-]+\s+){0,2}?(?:airport|air\s*base|airfield|base)\b)[a-z]", low[p.end:p.end + 40]):
            p.owner = True  # "east of Sirte's power station": the landmark lies inside Sirte
            p.reference = False
    road_re = re.compile(r"\s+(?:road|highway|motorway|bridge|flyover)\b")
    for i, p in enumerate(places):
        # "Tripoli's Airport Road", "the Tarhouna–Masallata road", "near the al-Zahra bridge": a road or a bridge
        # named after places runs near them; strikes on it do not hit the places
        nxt = places[i + 1] if i + 1 < len(places) else None
        if road_re.match(low, p.end) or (nxt is not None and re.fullmatch(r"\s*[-–—]\s*|,", s[p.end:nxt.start])
                                          and road_re.match(low, nxt.end)):
            p.ref_only = p.reference = True
    for a, b in zip(places, places[1:]):
        between = low[a.end:b.start]
        if _PART_OF_TOWN_RE.fullmatch(between) and a.kind in ("neighbourhood", "district") and \
                b.kind not in ("neighbourhood", "district"):
            b.ref_only = b.reference = True  # (round 49) "the Abu Salim district of Tripoli": the town locates the part
        elif re.fullmatch(r"'s?\s+", between) or re.fullmatch(
                r"(?:'s)?\s+(?:coastal\s+|southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?"
                r"(?:suburbs?|districts?|neighbou?rhoods?|areas?|quarters?|outskirts?|region)\s+of\s+(?:the\s+)?", between):
            a.ref_only = True  # only locates the place that follows
            a.reference = True
        elif _APPOSITION_RE.fullmatch(between):
            b.ref_only = b.reference = True  # "Ain Zara, on the southern edge of Tripoli": B only locates A
        elif re.fullmatch(r"\s+(?:في\s+|ب)(?:منطقة|إقليم)\s+", between) and re.search(
                r"(?:^|\s)[وب]?(?:مدينة|بلدة|قرية|واحة)\s+$", low[max(0, a.start - 12):a.start]):
            b.ref_only = b.reference = True  # (round 38) "مدينة مزدة في منطقة الجبل الغربي": the region only locates A
        elif _ON_THE_WAY_TO_RE.fullmatch(between):
            b.ref_only = b.reference = True  # (round 31) "the Janzour district on the approach to the capital": B locates A
        elif _NEAR_APPOSITION_RE.fullmatch(between) and re.match(r"\s*(?:[,;.)]|$)", low[b.end:]):
            b.ref_only = b.reference = True  # "al-Urban, near Tarhouna, had been taken": B only locates A
    for a, b, c in zip(places, places[1:], places[2:]):
        # "Abu Grein, between Sirte and Misrata": the two places only say where the first one lies
        if (re.fullmatch(r",\s+(?:(?:midway|halfway|roughly|about)\s+)?between\s+(?:the\s+)?", low[a.end:b.start])
                and re.fullmatch(r"\s+and\s+(?:the\s+)?", low[b.end:c.start])):
            b.ref_only = b.reference = c.ref_only = c.reference = True
    # an appositive that describes the place before it ("al-Watiya, its only air base near the capital",
    # "Mitiga, Tripoli's only functioning airport"): the same place again, whose own names only locate it
    appositives = []
    for i, p in enumerate(places):
        m = _APPOSITIVE_RE.match(low, p.end)
        if m:
            appositives.append((m.start("np"), m.end()))
            if re.match(r"(?:the\s+)?[\w-]+'s\s+(?:[\w-]+\s+){0,2}?(?:air\s*base|airbase|airfield)\b", m.group("np")):
                # (round 34) "Jufra, the LNA's air base": the appositive says the name is the base's
                fac = _facility_of(p, "airbase", index)
                if fac is not None and fac.kind == "airbase":
                    places[i] = fac
    for p in places:
        if any(x <= p.start < y for x, y in appositives):
            p.ref_only = p.reference = True
    latent: list[_Place] | None = None
    # settlements first, so that "the airport south of the city" can use the city
    for m in sorted(_ANAPHOR_RE.finditer(low), key=lambda m: (m.group(3) is None, m.start())):
        a, b = m.start(), m.end()
        if any(a < p.end and p.start < b for p in places) or is_masked(a, b):
            continue
        if any(x <= a < y for x, y in appositives):
            continue  # "al-Watiya, its only air base": the airbase is al-Watiya itself
        if m.group(2) == "camp" and not re.fullmatch(r"the\s+(?:(?:military|army|main|besieged|embattled|same)\s+)?camp",
                                                     m.group(0)):
            continue  # "the al-Thamenah camp in Gharyan": a camp's own name, not a camp named before
        if m.group(2) is not None and _UNKNOWN_NAME_MOD_RE.search(s[a:m.start(2)]):
            continue  # (round 41) "the al-Watija air base": a base with a name of its own (unknown), not one named before
        # the phrase must not be followed by a name ("the town of X", "the base at X")
        after = _words_between(low, b, b + 12)
        if m.group(3) is None and re.search(r"\b(?:only|sole|main|working|functioning|operating|operational|other|"
                                            r"second|largest|biggest|new|forward|rear)\s", m.group(0)):
            continue  # "the only working airport in Tripoli": a description that names no airport; (round 34) "its
            # forward base of Gharyan": the town a side holds, not its airfield
        if after and after[0] in ("of", "at", "in", "near") and m.group(3) is None:
            nxt = [p for p in places if p.start >= b and p.start - b < 20]
            if nxt:
                told = [q for q in [*reversed([q for q in places if q.end <= a]), *reversed(history)]
                        if q.kind in _FACILITY_KINDS and q.pid in index.gazetteer.by_id][:1]
                if after[0] == "near" and told and nxt[0].pid in index.gazetteer.by_id and \
                        _km(index, told[0].pid, nxt[0].pid) <= 50:
                    # (round 29) "the attack on Tamanhint airbase … repelled the assault on the base near Sabha": the
                    # base named before, which lies near the town, not the town's own airport
                    places.append(_Place(a, b, s[a:b], told[0].pid, told[0].name, told[0].kind, 0.85, "anaphora"))
                    places.sort(key=lambda p: p.start)
                    nxt[0].ref_only = nxt[0].reference = True
                    continue
                # "the airport in Sabha", "the base at Watiya": that place's facility
                _swap_for_facility(places, nxt[0], m.group(2), index, s=s, start=a)
                continue
        if latent is None:
            latent = _latent_places(s, low, masked, index)
        ref = _resolve_anaphor(m, a, b, places, history, index, latent=latent)
        if ref is not None:
            places.append(ref)
            places.sort(key=lambda p: p.start)
            if _STRICT_REF_RE.search(low[max(0, a - 60):a]):
                ref.reference = True
    places.sort(key=lambda p: p.start)
    for m in _INDEFINITE_FACILITY_IN_RE.finditer(low):
        # (round 31) "air strikes against an air base in Misrata": a town's airfield named by kind, even with "an"
        nxt = next((p for p in places if p.start == m.end() and p.how == "name"), None)  # not "in the western city"
        if nxt is None or any(m.start() < p.end and p.start < m.start(2) for p in places):
            continue
        _swap_for_facility(places, nxt, m.group(1), index, s=s, start=m.start())
    places.sort(key=lambda p: p.start)
    for m in _PLURAL_FACILITY_OF_RE.finditer(low):
        # (round 33) "bombed the airports of Tripoli and Misrata": each town's own airport, not the towns
        at, kind = m.end(), "airport" if m.group(1).startswith("airport") else "airbase"
        while True:
            nxt = next((p for p in places if p.start == at and p.how == "name"), None)
            if nxt is None:
                break
            _swap_for_facility(places, nxt, kind, index)
            j = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)").match(low, nxt.end)
            if j is None:
                break
            at = j.end()
    for m in _PLURAL_FACILITY_AFTER_RE.finditer(low):
        # (round 40) "the bombing of Mitiga and Misrata airports": the plural facility noun after a list of names
        # is the head of each, so every town of the list stands for its airport
        at = m.start()
        while True:
            prev = next((p for p in places if p.end == at and p.how == "name"), None)
            if prev is None:
                break
            _swap_for_facility(places, prev, m.group(1), index)
            j = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", low[:prev.start])
            if j is None:
                break
            at = j.start()
    for m in _COUNTED_FACILITIES_RE.finditer(low):
        # (round 39) "bombed two airports under GNA control, Zouara, 120 km west of Tripoli, and Mitiga": the towns in
        # apposition to a counted plural facility stand for their airports (a place that only locates one skipped)
        kind, n = "airport" if m.group(2).startswith("airport") else "airbase", _COUNT_WORDS[m.group(1)]
        named = [p for p in places if p.start >= m.end() and p.how == "name"
                 and not _LOCATOR_BEFORE_RE.search(low[max(0, p.start - 40):p.start])]
        if not named or named[0].start != m.end():
            continue
        for nxt in named[:n]:
            if re.search(r"[.;:]", low[m.end():nxt.start]):
                break
            _swap_for_facility(places, nxt, kind, index)
    places.sort(key=lambda p: p.start)
    # "took both towns back", "the two cities": the last two (three) places of that kind named before
    for m in _PLURAL_ANAPHOR_RE.finditer(low):
        a, b = m.start(), m.end()
        if any(a < p.end and p.start < b for p in places) or is_masked(a, b):
            continue
        n = 3 if "three" in m.group(1) else 2
        kinds = _FACILITY_KINDS if m.group(2).startswith(("base", "airbase", "air")) else _SETTLEMENT_KINDS
        if m.group(2) in ("areas", "places", "regions", "municipalities"):
            # (round 25) "the city of Sirte or the municipality of Al-Jufra. Both areas are …": any two places
            kinds = frozenset(_SETTLEMENT_KINDS | _FACILITY_KINDS | {"region", "municipality", ""})
        pool = [p for p in places if p.end <= a and not p.reference and not p.ref_only and p.kind in kinds][::-1] + \
               [p for p in history if not p.reference and not p.ref_only and p.kind in kinds][::-1]
        picks: list[_Place] = []
        for p in pool:
            if p.pid not in [q.pid for q in picks]:
                picks.append(p)
            if len(picks) == n:
                break
        if len(picks) == n:
            for ref in reversed(picks):
                places.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
    places.sort(key=lambda p: p.start)
    _mark_lists(low, places)
    # "LNA jets bombed those towns", "retaking them": a plural anaphor is the places of the last list named
    for m in [*_LIST_ANAPHOR_RE.finditer(low), *_OBJECT_THEM_RE.finditer(low)]:
        a, b = (m.start("them"), m.end("them")) if "them" in m.groupdict() and m.group("them") else (m.start(), m.end())
        if any(a < p.end and p.start < b for p in places) or is_masked(a, b):
            continue
        before = [p for p in places if p.end <= a]
        group = _last_list(before, history)
        since = max((p.end for p in before if p.group and group and p.group == group[0].group), default=0)
        if m.re is _OBJECT_THEM_RE and re.search(r"\b(?:fighters|forces|troops|militias|militiamen|units|men|mercenaries|"
                                                 r"gunmen|soldiers|rebels|groups|civilians|people|residents)\b", low[since:a]):
            continue  # "ambushed Haftar's fighters and attacked them": people, not the places
        for ref in group:
            places.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.85, "anaphora"))
    places.sort(key=lambda p: p.start)
    # "… reached Bani Walid and entered it", "fired six Grad rockets at it": an object pronoun points back to the
    # last place named
    for m in [*_OBJECT_PRONOUN_RE.finditer(low), *_FIRED_AT_IT_RE.finditer(low)]:
        a, b = m.start("it"), m.end("it")
        if any(a < p.end and p.start < b for p in places):
            continue
        ante = [p for p in places if p.end <= m.start() and not p.reference and not p.ref_only] or \
               [p for p in history if not p.reference and not p.ref_only]
        if ante:
            ref = ante[-1]
            places.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
    # "air strikes on the militias there": "there" after a noun of people or positions is the place named before
    for m in _THERE_RE.finditer(low):
        a, b = m.start("there"), m.end("there")
        ante = [p for p in places if p.end <= m.start() and not p.reference and not p.ref_only and not p.destination]
        if ante:
            ref = ante[-1]
            places.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
    places.sort(key=lambda p: p.start)
    for a, b in zip(places, places[1:]):
        if (a.kind in _FACILITY_KINDS or a.kind == "neighbourhood") and b.kind in _SETTLEMENT_KINDS and \
                re.fullmatch(r"\s*(?:(?:complex|compound|area|district|quarter|zone|neighbou?rhood|facility|"
                             # (round 40) "the Ain Zara area on the outskirts of Tripoli": the town whose outskirts
                             # hold the neighbourhood only locates it too
                             r"installation|site)\s+(?:in|at|on\s+the\s+(?:[\w-]+\s+)?(?:outskirts|edges?|fringes)\s+of)|"
                             # (round 47) "Mitiga airport on the eastern side of the capital": a side of the town
                             r",?\s*(?:in|on)\s+the\s+(?:[\w-]+\s+)?(?:side|part|end)\s+of|"
                             r",?\s*(?:in|at|near|outside|on|of|في|ب|قرب|بالقرب\s+من))\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,2}?",
                             low[a.end:b.start]) and _km(index, a.pid, b.pid) < 200:
            # "Mitiga airport in Tripoli", (round 19) "the Mitiga airport complex in Tripoli", "the Abu Salim district
            # in Tripoli": the town only locates
            b.ref_only = b.reference = True
        elif b.kind == "district" and a.kind != "district" and re.search(
                r"(?:\bin|\bof|(?<!\w)في|(?<!\w)ب)\s+(?:the\s+)?$", low[max(a.end, b.start - 10):b.start]) and \
                b.start - a.end <= 40 and _km(index, a.pid, b.pid) < 250:
            b.ref_only = b.reference = True  # "Tiji and Badr in the Western Mountains": the region only locates
    for a, b in zip(places, places[1:]):
        if a.ref_only and a.how == "capital" and b.pid == a.pid and _capital_named_again(a, b, places, low):
            b.ref_only = b.reference = True
    # (round 19) "In Tripoli, the Salahaddin area was hit …": a fronted town says where the places after it lie
    m = re.match(r"\s*in\s+(?:the\s+)?(?:(?:capital|city|town)\s+(?:of\s+)?)?", low)
    head = next((p for p in places if m and p.start == m.end()), None)
    if head is not None and head.kind in _SETTLEMENT_KINDS and re.match(r"\s*,", low[head.end:]) and any(
            q.start > head.end and q.pid != head.pid and (q.kind in _FACILITY_KINDS or q.kind == "neighbourhood")
            and _km(index, q.pid, head.pid) < 30 for q in places):
        head.ref_only = head.reference = True
    for p in places:
        m = _UNKNOWN_NAMED_SITE_RE.search(s, max(0, p.start - 90), p.start)
        if m is None or p.ref_only or any(m.start() < q.end and q.start < m.end("kind") for q in places if q is not p):
            continue
        name = m.group("name")
        if name.casefold() in layers_names_blocked or name.isupper() or name.endswith(("'s", "’s")):
            continue
        # (round 33) "struck the an-Nakilya military base in the area of X", "the Al-Washaka area near Sirte": a named
        # site the gazetteer does not know is the place meant; the town after it only locates it
        p.ref_only = p.reference = True
    # "an arms depot in the Wadi Jarif area near Sirte": a known place and its area noun, then a locator – the town
    # after it only locates it, as round 33 does for sites the gazetteer does not know
    for q, p in zip(places, places[1:]):
        if not p.ref_only and q.pid != p.pid and _KNOWN_SITE_LOCATOR_GAP_RE.fullmatch(low, q.end, p.start):
            p.ref_only = p.reference = True
    # (round 33) "the hospital on Al-Zawiya Street": a street named after a town is no part of that town
    places = [p for p in places if not re.match(r"\s+(?:street|st\b|avenue|boulevard)", low[p.end:])]
    return places


# A name the gazetteer only knows through a transliteration ("Esbeia" for Espiaa, "ترهونة" for
# Tarhuna) is taken only where the words around it say a place is meant.
_LOOSE_CONTEXT = frozenset({
    "in", "at", "into", "near", "from", "to", "towards", "toward", "outside", "around", "inside", "of", "on",
    "against", "over",
    "take", "took", "taken", "taking", "seize", "seized", "seizing", "capture", "captured", "capturing",
    "enter", "entered", "entering", "retake", "retook", "retaken", "stormed", "shelled", "attacked", "struck",
    "hit", "bombed", "pounded", "targeted", "control", "controls", "controlled", "hold", "holds", "held",
    "liberated", "reached", "recaptured", "town", "city", "village", "oasis", "area", "district", "suburb",
    "airbase", "base", "region", "stronghold",
    # (round 26) verbs of leaving and clearing ask for a place too ("After abandoning Terhune, …")
    "abandoned", "abandoning", "evacuated", "evacuating", "cleared", "clearing", "regained", "overran"})
_AR_FRAME = frozenset({"مدينة", "بمدينة", "لمدينة", "ومدينة", "بلدة", "ببلدة", "وبلدة", "قرية", "منطقة", "بمنطقة",
                       "مدينتي", "بلدتي", "قريتي", "مدن", "بلدات", "قرى", "مناطق", "حدود", "مشارف", "تخوم", "أطراف",
                       "ضواحي", "محيط", "مدخل", "وسط",
                       "ومنطقة", "قاعدة", "مطار", "ميناء", "حقل", "ضاحية", "حي", "واحة", "محور", "مدن"})
_AR_CONTEXT = frozenset({"على", "من", "في", "إلى", "الى", "نحو", "باتجاه", "صوب", "داخل", "دخلت", "دخل", "دخول",
                         "حدود", "مشارف", "وسط", "مدخل", "تخوم", "بمحيط", "وضواحي", "وحدود",
                         "قصفت", "قصف", "استهدفت", "استهدف", "تحرير", "اقتحام", "اقتحمت", "محيط", "أطراف",
                         "ضواحي", "الجنوبية", "الشمالية", "الشرقية", "الغربية",
                         # (round 46) a direction from a place ("غرب ترهونة", west of Tarhuna) asks for the place
                         "غرب", "شرق", "جنوب", "شمال", "غربي", "شرقي", "جنوبي", "شمالي"})
_AR_PRONOUN_RE = re.compile(r"(?<!\w)(منها|منه|فيها|فيه|عليها|عليه|إليها|اليها|إليه|اليه)(?!\w)")
_NAME_CONNECTORS = frozenset({"al", "el", "bin", "ben", "ibn", "abu", "bu", "umm", "um", "bani", "beni", "wadi", "qasr",
                              "ras", "ain", "bir", "sidi", "souq", "suq", "ad", "ash", "as", "az", "ar", "an", "at"})
_NOT_LOOSE = frozenset("""january february march april june july august september october november december monday
tuesday wednesday thursday friday saturday sunday libya libyan government national accord""".split())


def _continues_list(toks: list[_Tok], i: int, low: str, places: Sequence[_Place]) -> bool:
    """(round 26) "After abandoning Terhune and Beni Velid": a loose name right after "and" that follows a place
    continues the list, so the word before the list asks for it too."""
    return i >= 2 and toks[i - 1].low in ("and", "or") and low[toks[i - 1].end:toks[i].start] == " " and \
        low[toks[i - 2].end:toks[i - 1].start] == " " and any(q.end == toks[i - 2].end and q.pid for q in places)


def _loose_places(s: str, low: str, toks: list[_Tok], masked: list[tuple[int, int]], index: PlaceIndex,
                  found: list[_Place], history: Sequence[_Place] = ()) -> list[_Place]:
    """Places named by a spelling the gazetteer matches only loosely (its fuzzy, skeleton or
    Arabic-transliteration stage), where the context says a place is meant; also Arabic
    pronouns of place ("منها": from it) that refer to the place named before."""
    taken = _SpanSet([(p.start, p.end) for p in found] + list(masked))
    out: list[_Place] = []

    def free(a: int, b: int) -> bool:
        return not taken.overlaps(a, b)

    # two or three words ("Bani Waled", "Abu Qrein") known only loosely, after a word that asks for a place
    # or before a facility word ("Bani Waled airport")
    def multi_word() -> None:
        for i in range(1, len(toks)):
            for k in (3, 2):
                win = toks[i:i + k]
                if len(win) < k or is_arabic(win[0].text) or not _name_start(win) or win[0].text.isupper():
                    continue
                if not all(_capitalised(t) or t.low in _NAME_CONNECTORS for t in win) or \
                        win[-1].low in _NAME_CONNECTORS:
                    continue
                a, b = win[0].start, win[-1].end
                if not free(a, b) or low[a:b].count(" ") != k - 1 or any(t.low in _NOT_LOOSE for t in win):
                    continue
                after = low[b:b + 25]
                fac = re.match(r"\s+(international\s+airport|airport|air\s*base|airbase|airfield|oil\s*field|base)\b",
                               after)
                if not (toks[i - 1].low in _LOOSE_CONTEXT and not low[toks[i - 1].end:a].strip()) and not fac \
                        and not _continues_list(toks, i, low, [*found, *out]):
                    continue
                res = index.gazetteer.geocode(s[a:b])
                end = b
                if fac and (res["status"] != "resolved" or res.get("score", 0) < 85):
                    # (round 45: also when the bare name matches only weakly: "the Al Wuthia airbase")
                    # (round 24) "in Al Watiayh airbase": a spelling the gazetteer matches only with its facility word
                    fres = index.gazetteer.geocode(f"{s[a:b]} {fac.group(1)}")
                    if fres["status"] == "resolved" and fres.get("kind") in _FACILITY_KINDS:
                        res, end = fres, b + fac.end()
                if res["status"] != "resolved" or res["method"] not in ("fuzzy", "skeleton", "normalized", "exact") \
                        or res.get("score", 0) < 85 or light_key(s[a:b]) in index.foreign:
                    continue
                if fac and end == b:
                    fres = index.gazetteer.geocode(f"{res['name']} {fac.group(1)}")
                    if fres["status"] != "unresolved" and fres["method"] in ("exact", "normalized", "kind") and \
                            fres.get("kind") in _FACILITY_KINDS:
                        res, end = fres, b + fac.end()
                out.append(_Place(a, end, s[a:end], res["id"], res["name"], res.get("kind") or "", 0.85,
                                  "transliteration"))
                taken.append((a, end))
                break

    multi_word()
    for i, tok in enumerate(toks):
        if not free(tok.start, tok.end) or i == 0:
            continue
        prev = toks[i - 1].low
        if is_arabic(tok.text):
            if tok.text.startswith("و") and any(q.end == toks[i - 1].end for q in found + out):
                prev = "مدينة"  # "بلدتي تيجي وبدر": the next name of a list of places
            res = _loose_arabic(tok, prev, index)
            if res is None and (again := _loose_arabic(tok, "في", index)) is not None and any(
                    q.pid == again["id"] and normalize_arabic(q.surface) == normalize_arabic(again["surface"])
                    for q in [*history, *found, *out]):
                # (round 46) "وتحاصر القوات حالياً ترهونة": a loose spelling the text has already used for a place
                # in a place slot names that place again wherever it stands
                res = again
            if res is not None:
                place_start = tok.start + (len(tok.text) - len(res["surface"]))
                out.append(_Place(place_start, tok.end, res["surface"], res["id"], res["name"],
                                  res.get("kind") or "", 0.85, "transliteration"))
                taken.append((tok.start, tok.end))
            continue
        letters = re.sub(r"^(?:al|el|as|es|ad|ar|az)-", "", tok.text, flags=re.IGNORECASE)
        if len(letters) < 5 or not _capitalised(tok) or tok.text.isupper() or tok.low in _NOT_LOOSE:
            continue
        first = tok.start
        if prev in ("al", "el") and i >= 2 and toks[i - 1].text[:1].isupper() and free(toks[i - 1].start, tok.end) \
                and not low[toks[i - 1].end:tok.start].strip("- ") and toks[i - 2].low in _LOOSE_CONTEXT \
                and not low[toks[i - 2].end:toks[i - 1].start].strip():
            # (round 24) "in Al Firnaj": the article written apart from the name
            prev, first = toks[i - 2].low, toks[i - 1].start
        elif (prev not in _LOOSE_CONTEXT or low[toks[i - 1].end:tok.start].strip()) and \
                not _continues_list(toks, i, low, [*found, *out]):
            continue  # "in Esbeia", "took Esbeia" – not "…, Maiteeq said"
        if i + 1 < len(toks) and toks[i + 1].low in _ORG_NEXT:
            continue
        if light_key(tok.text) in index.foreign:
            continue
        res = index.gazetteer.geocode(tok.text)
        if res["status"] != "resolved" or res["method"] not in ("fuzzy", "skeleton"):
            continue
        out.append(_Place(first, tok.end, s[first:tok.end], res["id"], res["name"], res.get("kind") or "", 0.85,
                          "transliteration"))
        taken.append((first, tok.end))
    if out:
        multi_word()  # (round 26) a two-word name may continue a list a one-word loose name began
    if not is_arabic(s):
        for place in _variant_places(s, low, toks, index, [*found, *out], free):
            out.append(place)
            taken.append((place.start, place.end))
    if is_arabic(s):
        for m in _AR_PRONOUN_RE.finditer(low):
            if not free(m.start(), m.end()):
                continue
            ref = next((p for p in sorted(found + out, key=lambda p: -p.start) if p.end <= m.start() and not p.reference
                        and not _STRICT_REF_RE.search(low[max(0, p.start - 60):p.start])), None)
            if ref is not None:
                out.append(_Place(m.start(), m.end(), s[m.start():m.end()], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
        for m in _AR_REL_OBJECT_RE.finditer(low):
            # (round 56c) "قاعدة الوطية التي انتزعتها قوات الوفاق": the verb's pronoun is the place the relative follows
            a, b = m.span("pro")
            ref = next((p for p in sorted(found + out, key=lambda p: -p.start) if p.end <= m.start()
                        and not low[p.end:m.start()].strip(" ،,") and not p.reference), None)
            if ref is not None and free(a, b):
                out.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
    return out


# A writer's own spelling of a place ("al-Jemail", "Tikbali", "Salaheddine", "Zuwaila") that only the geocoder's loose
# stages (skeleton, transliterated, fuzzy) know counts where the text puts a place: next to a place of a list, after a
# colon that follows a noun of places, between "the" and a noun of place ("the Tikbali military camp"), or anywhere
# when the match is very close – never a sentence's first word, a person (after a title, before "said"), a people
# ("Misratan", "Zintani") or an organisation.
_VARIANT_METHODS = frozenset({"normalized", "skeleton", "transliterated", "fuzzy"})
_VARIANT_SURE = 92.0  # score at which a loose match counts without a place slot
_VARIANT_SLOT = 80.0  # score at which it counts in a place slot
_VARIANT_NEAR_KM = 60.0  # a loose match this far from every other place the sentence names is a look-alike
_TITLE_WORDS = frozenset("""mr mrs ms dr col colonel gen general gen'l lt lieutenant maj major capt captain brig brigadier
sgt sergeant marshal spokesman spokeswoman spokesperson minister president premier prime sheikh commander chief
leader head envoy ambassador officer official deputy mayor emir king prince imam""".split())
_PLACE_NOUN_AFTER_RE = re.compile(r"\s+(?:(?:military|army|air|main|old|new|former|central|southern|northern|eastern|"
                                  r"western)\s+)?(?:camp|area|district|neighbou?rhood|quarter|suburb|town|village|"
                                  r"oasis|base|airbase|air\s+base|airport|airfield|oil\s*field|field|port|terminal|"
                                  r"axis|front|crossroads|junction|roundabout|complex|municipalit(?:y|ie))s?\b")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?")
_PERSON_AFTER_RE = re.compile(r"(?:'s)?\s*,?\s*(?:said|says|told|added|stated|announced|claimed|who|tweeted|"
                              r"wrote|spokes(?:man|woman|person)|(?:a|the)\s+(?:spokes|commander|official|minister))\b")


def _variant_geocode(index: PlaceIndex, surface: str) -> tuple[str, str, str, float] | None:
    cache = index.__dict__.setdefault("_variants", {})
    if surface not in cache:
        res = index.gazetteer.geocode(surface)
        cache[surface] = None if res["status"] != "resolved" or res["method"] not in _VARIANT_METHODS else (
            res["id"], res["name"], res.get("kind") or "", float(res.get("score") or 0))
    return cache[surface]


def _variant_places(s: str, low: str, toks: list[_Tok], index: PlaceIndex, found: list[_Place],
                    free: Any) -> list[_Place]:
    known = sorted(found, key=lambda p: p.start)
    out: list[_Place] = []
    n = len(toks)
    for _ in range(2):  # a second pass lets a list grow from a variant accepted in the first
        added = False
        i = 0  # (twelfth session) the first word too, where a facility noun confirms it ("Vatiyye air base, which …")
        while i < n:
            hit = None
            for k in (3, 2, 1):
                win = toks[i:i + k]
                if len(win) < k or not _name_start(win) or win[0].text.isupper() and len(win[0].text) <= 5:
                    continue
                if i == 0 and not re.match(r"\s+(?:air\s*base|airbase|airport|airfield|base)\b", low[win[-1].end:]):
                    continue
                if not all(_capitalised(t) or t.low in _NAME_CONNECTORS for t in win) or \
                        win[-1].low in _NAME_CONNECTORS:
                    continue
                if any(re.search(r"-[a-z]", re.sub(r"^(?:al|el|as|es|ash|ad|az|ar)-", "", t.text, flags=re.I))
                       for t in win):
                    continue  # "Tobruk-based", "Tripoli-allied": a word made from a place, not the place
                a, b = win[0].start, win[-1].end
                if not free(a, b) or any(q.start < b and a < q.end for q in out):
                    continue
                # (round 45) a generic word may head a two-word name ("Abu Njeim"), never stand alone or last
                if low[a:b].count(" ") != k - 1 or any(t.low in _NOT_LOOSE for t in win) or any(
                        t.low in _GENERIC_KEYS and (t.low not in _LOWER_NAME_HEADS or k != 2 or t is not win[0])
                        for t in win):
                    continue
                core = re.sub(r"^(?:al|el|as|es|ash|ad|az|ar)-", "", win[-1].low)
                if len(re.sub(r"\W", "", low[a:b])) < 5 or len(core) < 3:
                    continue
                key = light_key(s[a:b])
                if key in index.foreign or key in index.keys:
                    continue
                if re.sub(r"(?:i|is|an|ans|n|ns|ese|ian|ians)$", "", key) in index.keys:
                    continue  # "Misratan", "Zintani": a people, not a place
                res = _variant_geocode(index, s[a:b])
                end = b
                if res is None:
                    # (round 45) "losing the al-Attiyah air base": a spelling the gazetteer matches only with the
                    # facility noun after it
                    fm = re.match(r"\s+(air\s*base|airbase|airport|airfield)\b", low[b:])
                    fres = _variant_geocode(index, f"{s[a:b]} {fm.group(1)}") if fm else None
                    if fres is None or fres[2] not in _FACILITY_KINDS or fres[3] < _VARIANT_SURE:
                        continue
                    res, end = fres, b + fm.end()
                prev = toks[i - 1] if i else None
                if prev is not None and prev.low.rstrip(".") in _TITLE_WORDS or _PERSON_AFTER_RE.match(low, b):
                    continue  # "Col. Mesmari", "Sarraj said"
                if i + k < n and toks[i + k].low in _ORG_NEXT and not _PLACE_NOUN_AFTER_RE.match(low, b):
                    continue
                if prev is not None and low[prev.end:a].strip() and re.search(r"[.!?]\s*[\"'“‘]?\s*$", low[:a]):
                    continue  # a sentence's first word after a quote
                score = res[3]
                slot = _variant_slot(low, a, b, known + out)
                # (round 28) not a town that only says how far and which way the place lies from it ("al-Witia
                # airbase west of Tripoli")
                others = [q.pid for q in known + out if q.pid != res[0] and q.pid in index.gazetteer.by_id
                          and not (b <= q.start and q.start - b <= 45 and re.fullmatch(
                              r"[^.;]*?\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?",
                              low[b:q.start]))]
                # (round 45) the name with the facility noun after it finds the same facility ("the strategic
                # Vatiyye base"): no look-alike, however far the other places are
                confirmed = end != b or _confirmed_facility(low, b, s[a:b], res[0], index)
                if i == 0 and not confirmed:
                    continue
                if others and not confirmed and min(_km(index, res[0], q) for q in others) > _VARIANT_NEAR_KM:
                    continue  # "Suq as Sabt, Kasarat and Aziziya": not the Msallata ('Qasabat') 100 km away
                # (twelfth session) a name the facility noun after it confirms is in a place slot of its own
                if score >= _VARIANT_SURE or ((slot or confirmed) and score >= _VARIANT_SLOT):
                    hit = _Place(a, end, s[a:end], res[0], res[1], res[2], 0.85, "transliteration")
                    break
            if hit is not None:
                out.append(hit)
                added = True
                i += len(_WORD_RE.findall(hit.surface))
            else:
                i += 1
        if not added:
            break
    return out


def _confirmed_facility(low: str, b: int, surface: str, pid: str, index: PlaceIndex) -> bool:
    """(round 45) Does the name with the facility noun that follows it ("Vatiyye base") resolve to the same facility?"""
    m = re.match(r"\s+(air\s*base|airbase|airport|airfield|base)\b", low[b:])
    if m is None:
        return False
    res = index.gazetteer.geocode(f"{surface} {m.group(1)}")
    return res["status"] == "resolved" and res["id"] == pid and res.get("kind") in _FACILITY_KINDS and \
        float(res.get("score") or 0) >= 85


def _variant_slot(low: str, a: int, b: int, places: list[_Place]) -> bool:
    """Does the text put a place where the span [a, b) stands?"""
    for p in places:
        if p.end <= a and _LIST_GAP_RE.fullmatch(low[p.end:a]):
            return True  # "Umm al-Aranib, Zuwaila and Murzuq"
        if p.start >= b and _LIST_GAP_RE.fullmatch(low[b:p.start]):
            return True
    if re.search(r"\b" + _PLACE_NOUNS + r"\b[^.;:]{0,60}:\s*(?:the\s+)?$", low[max(0, a - 80):a]):
        return True  # "towns in the north-west: Qirdalin, …"
    if re.search(r"\bthe\s+(?:(?:strategic|key|main|important|vital|former|old|nearby|sprawling|large|small)\s+){0,2}$",
                 low[max(0, a - 40):a]) and _PLACE_NOUN_AFTER_RE.match(low, b):
        return True  # "the Tikbali military camp"; (round 45) "the strategic Vatiyye base"
    if _PLACE_NOUN_AFTER_RE.match(low, b) and any(
            re.fullmatch(r"'s\s+", low[p.end:a]) and p.kind not in _FACILITY_KINDS for p in places):
        return True  # (round 45) "Tripoli's Firnaj district": a quarter of the town named before
    # (twelfth session) a list that a plural place noun closes, where the other names are not in the gazetteer: "the
    # Yarmouk, Hamza, Sawareekh and Tikbali camps", "rockets at the Salahaddin and Er-Ramla districts"
    noun = _PLACE_NOUN_AFTER_RE.match(low, b)
    if noun and noun.group(0).endswith("s") and re.search(r"\bthe\s+[^.;:()]{0,80}?(?:,\s*|\s+and\s+)$",
                                                          low[max(0, a - 100):a]):
        return True
    if re.search(r"\bthe\s+$", low[max(0, a - 10):a]) and _LIST_THEN_NOUNS_RE.match(low, b):
        return True
    return False


# (twelfth session) after the first name of a list: the rest of it, then a plural place noun ("and Er-Ramla districts")
_LIST_THEN_NOUNS_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[\w'-]+\s+){0,2}?[\w'-]+\s+"
                                 r"(?:camps|areas|districts|neighbou?rhoods|quarters|suburbs|towns|villages|bases|"
                                 r"municipalities)\b")


_AR_OWN_FACILITY_RE = re.compile(r"(?<!\w)[وبلف]?(مطار|قاعدة|ميناء)(?:ها|ه)(?!\w)")
_AR_ANAPHOR_RE = re.compile(r"(?<!\w)[وبلف]?(?:ال|لل)(قاعدة|مطار|مدينة|مدينتين|بلدة|قرية|حقل|ميناء)(?!\w)")
_AR_ANAPHOR_KINDS = {"قاعدة": ("airbase", "military_base", "airport", "camp"), "مطار": ("airport", "airbase", "airstrip"),
                     "حقل": ("oil_field",), "ميناء": ("oil_terminal",)}


def _arabic_facilities(s: str, low: str, places: list[_Place], index: PlaceIndex) -> None:
    """"مطار زوارة" (Zuwara's airport), "قاعدة الجفرة": a facility word before a town names the town's facility."""
    for i, p in enumerate(places):
        if p.kind in _FACILITY_KINDS:
            continue
        m = re.search(r"(?<!\w)[وبلف]?(?:ال)?(" + "|".join(_ARABIC_KIND) + r")\s+$", low[max(0, p.start - 12):p.start])
        if m is None:
            continue
        canonical = {"airbase": "airbase", "airport": "airport", "oil field": "oil field",
                     "oil terminal": "oil terminal"}[_ARABIC_KIND[m.group(1)]]
        for q in (f"{p.name} {canonical}",) + ((f"{p.name} airbase",) if canonical == "airport" else ()):
            res = index.gazetteer.geocode(q)
            if res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind") and \
                    res.get("kind") in _FACILITY_KINDS and res["id"] != p.pid:
                start = max(0, p.start - 12) + m.start()
                places[i] = _Place(start, p.end, s[start:p.end], res["id"], res["name"], res.get("kind") or "", p.factor,
                                   p.how, p.ref_only, p.reference, p.owner)
                break


_AR_PLURAL_FACILITY_RE = re.compile(r"(?<!\w)[وبل]?(معسكرات|معسكري|قواعد|قاعدتي|مطارات|مطاري)\s+")
_AR_SINGULAR_FACILITY = {"معسكرات": "معسكر", "معسكري": "معسكر", "قواعد": "قاعدة", "قاعدتي": "قاعدة",
                         "مطارات": "مطار", "مطاري": "مطار"}


def _arabic_plural_facilities(s: str, places: list[_Place], index: PlaceIndex, is_masked: Any) -> None:
    """(round 31) "معسكرات التكبالي وحمزة واليرموك" (the Tikbali, Hamza and Yarmouk camps): a plural facility word
    before a list of bare names names each one's facility ("معسكر حمزة")."""
    for m in _AR_PLURAL_FACILITY_RE.finditer(s):
        singular = _AR_SINGULAR_FACILITY[m.group(1)]
        pos = m.end()
        first = True
        while True:
            w = re.match(r"(و)?([^\s،,.;:!?()\"«»]+)", s[pos:])
            if w is None or (not first and w.group(1) is None):
                break
            a, b = pos + w.start(2), pos + w.end(2)
            if is_masked(a, b):
                break
            over = [p for p in places if a - 1 < p.end and p.start < b]
            if over:
                # "مطاري معيتيقة وزوارة": a town already found names its airport (airbase) here
                fac = _facility_of(over[0], "airport" if singular == "مطار" else "airbase", index) \
                    if singular != "معسكر" and len(over) == 1 else None
                if fac is None or fac.pid == over[0].pid:
                    break
                places[places.index(over[0])] = fac
                b = max(b, over[0].end)
            else:
                res = index.resolve(f"{singular} {w.group(2)}")
                if res is None or res.get("kind") not in _FACILITY_KINDS:
                    break
                places.append(_Place(a, b, s[a:b], res["id"], res["name"], res.get("kind") or "", 1.0, "name"))
            first = False
            nxt = re.match(r"\s+(?=و)", s[b:])
            if nxt is None:
                break
            pos = b + nxt.end()
    places.sort(key=lambda p: p.start)


def _arabic_anaphors(s: str, low: str, places: list[_Place], history: list[_Place],
                     masked: list[tuple[int, int]], index: PlaceIndex | None = None) -> list[_Place]:
    """"القاعدة" (the base), "المدينة" (the city), "المدينتين" (the two cities): the place of that kind
    named last, in this sentence or the ones before; "ومطارها" (and its airport): the airport of the town named last."""
    out: list[_Place] = []
    for m in _AR_OWN_FACILITY_RE.finditer(low):
        # "بني وليد ومطارها": the airport of the town named just before
        a, b = m.start(), m.end()
        if any(a < p.end and p.start < b for p in places) or any(a < e and x < b for x, e in masked):
            continue
        town = next((p for p in reversed(places) if p.end <= a and p.kind in _SETTLEMENT_KINDS and not p.reference), None) or \
            next((p for p in reversed(history) if p.kind in _SETTLEMENT_KINDS and not p.reference), None)
        if town is None or index is None:
            continue
        for q in ([f"{town.name} airport", f"{town.name} airbase"] if m.group(1) == "مطار" else
                  [f"{town.name} airbase"] if m.group(1) == "قاعدة" else [f"{town.name} oil terminal"]):
            res = index.gazetteer.geocode(q)
            if res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind") and \
                    res.get("kind") in _FACILITY_KINDS and _km(index, res["id"], town.pid) <= 12:
                out.append(_Place(a, b, s[a:b], res["id"], res["name"], res.get("kind") or "", 0.9, "anaphora"))
                break
    for m in _AR_ANAPHOR_RE.finditer(low):
        a, b = m.start(), m.end()
        if any(a < p.end and p.start < b for p in places) or any(a < e and x < b for x, e in masked):
            continue
        noun = m.group(1)
        if noun in ("مدينة", "مدينتين", "بلدة", "قرية"):
            kinds: tuple[str, ...] = tuple(_SETTLEMENT_KINDS)
        else:
            kinds = _AR_ANAPHOR_KINDS[noun]
        if any(p.start >= b and p.start - b <= 2 for p in places):
            continue  # "المدينة سرت": a name follows
        pool = [p for p in places if p.end <= a and p.kind in kinds and not p.reference][::-1] + \
               [p for p in history if p.kind in kinds and not p.reference][::-1]
        if not pool:
            continue
        picks = []
        for p in pool:
            if p.pid not in [q.pid for q in picks]:
                picks.append(p)
            if len(picks) == (2 if noun == "مدينتين" else 1):
                break
        for ref in picks:
            out.append(_Place(a, b, s[a:b], ref.pid, ref.name, ref.kind, 0.9, "anaphora"))
    return out


# (round 32) common nouns that head the name of a place ("مشروع أبوشيبة الزراعي", the Abu Shaiba farming project):
# a spelling that happens to match a gazetteer name does not make them one
_AR_COMMON_NOUNS = frozenset({"مشروع", "مشاريع", "مزرعة", "مزارع", "مصنع", "شركة", "مدرسة", "جامعة", "فندق", "مستشفى",
                              "مخزن", "مخازن", "مستودع", "مقر", "جسر", "سوق", "طريق", "شارع", "ميدان"})


# (round 41) prepositions and particles: a loose spelling match ("وحتى" ~ al-Wahat) never makes them a place
_AR_PARTICLES = frozenset({"حتى", "حتي", "إلى", "الى", "منذ", "عند", "نحو", "بين", "خلال", "داخل", "خارج", "قرب", "بعد",
                           "قبل", "ضد", "حول", "لدى", "عبر", "تجاه", "باتجاه"})


def _loose_arabic(tok: _Tok, prev: str, index: PlaceIndex) -> dict[str, Any] | None:
    from geo.names import is_code, latin_skeleton_of_arabic, normalize_arabic, skeleton

    # "وبلدتي بدر", "دخولها ترهونة": the frame word may carry a conjunction or a possessive suffix
    bare = re.sub(r"^[وف]", "", prev)
    framed = prev in _AR_FRAME or bare in _AR_FRAME
    if not framed and not {prev, bare, re.sub(r"(?:ها|هم|ه)$", "", bare)} & _AR_CONTEXT:
        return None
    if any(tok.text.startswith(pre) and tok.text[len(pre):] in _AR_PARTICLES for pre in ("", *_ARABIC_PROCLITICS)):
        return None  # (round 41) "من الزاوية إلى رأس اجدير وحتى العسة": a particle ("and as far as") is no place
    for pre in ("", *_ARABIC_PROCLITICS):
        if not tok.text.startswith(pre):
            continue
        word = tok.text[len(pre):]
        if len(word) < 3:
            continue
        if word in _AR_COMMON_NOUNS:
            continue  # (round 32) "ومشروع أبوشيبة الزراعي": "project" heads a name, it is none by itself
        res = index.gazetteer.geocode(word)
        if res["status"] != "resolved" or res["method"] not in ("transliterated", "skeleton", "partial"):
            continue
        place = index.gazetteer.by_id[res["id"]]
        arabic_names = [n for n in [place.get("name_ar") or "", *place.get("names", [])] if n and is_arabic(n)]
        key = normalize_arabic(word)
        if arabic_names and not any(key in normalize_arabic(n).split() for n in arabic_names) and not (
                framed and len(latin_skeleton_of_arabic(word)) >= 3 and latin_skeleton_of_arabic(word) in
                {skeleton(n) for n in place.get("names", [])
                 if isinstance(n, str) and not is_arabic(n) and " " not in n.strip() and not is_code(n)}):
            # the place has Arabic names and this word is none of them, nor (after a frame word: "وبلدتي بدر") the
            # spelling of one of its Latin names
            continue
        if not framed and len(latin_skeleton_of_arabic(word)) < 4:
            continue  # a short consonant frame matches too many ordinary words
        return {**res, "surface": word}
    return None


def _km(index: PlaceIndex, a: str, b: str) -> float:
    from geo.gazetteer import haversine_km

    pa, pb = index.gazetteer.by_id[a], index.gazetteer.by_id[b]
    return haversine_km(pa["lat"], pa["lon"], pb["lat"], pb["lon"])


_FOREIGN_ADJ = frozenset({"egyptian", "egypt", "tunisian", "tunisia", "algerian", "turkish", "turkey",
                          "russian", "russia", "sudanese", "chadian", "syrian", "italian", "french"})


def _strip_arabic_proclitic(s: str, a: int, b: int, index: PlaceIndex) -> tuple[str, str, int]:
    surface = s[a:b]
    for pre in _ARABIC_PROCLITICS:
        if surface.startswith(pre) and len(surface) > len(pre) + 2:
            rest = surface[len(pre):]
            key = light_key(rest)
            if key in index.keys:
                return key, rest, a + len(pre)
    return light_key(surface), surface, a


def _facility_after(s: str, low: str, toks: list[_Tok], j: int, place: _Place,
                    index: PlaceIndex) -> tuple[_Place, int] | None:
    """"Jufra airbase", "Sebha's airport", "Sabha International Airport": the facility."""
    if is_arabic(place.surface):
        return None
    rest = low[place.end:place.end + 60]
    rest = re.sub(r"^'s\b", "", rest)
    # "Tripoli's old international airport", "Sabha's main airbase": adjectives before the facility word
    rest = re.sub(r"^(?:\s+(?:old|former|disused|defunct|main|new|civilian|military|key|strategic|nearby|closed|"
                  r"damaged|largest|biggest|second))+(?=\s)", "", rest)
    for phrase, canonical in _KIND_PHRASES:
        m = re.match(rf"\s+{re.escape(phrase)}\b", rest)
        if not m:
            continue
        end = place.end + (len(low[place.end:place.end + 60]) - len(rest)) + m.end()
        for q in (f"{place.surface} {canonical}", f"{place.name} {canonical}"):
            res = index.gazetteer.geocode(q)
            if (res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind")
                    and (res.get("kind") in _FACILITY_KINDS) and res["id"] != place.pid
                    and not _distant_namesake(res, place, index)):
                k = j
                while k < len(toks) and toks[k].start < end:
                    k += 1
                return _Place(place.start, end, s[place.start:end], res["id"], res["name"],
                              res.get("kind") or "", 1.0, "name"), k
        if place.kind in _FACILITY_KINDS:
            k = j
            while k < len(toks) and toks[k].start < end:
                k += 1
            return _Place(place.start, end, s[place.start:end], place.pid, place.name, place.kind, 1.0, "name"), k
        return None
    return None


def _distant_namesake(res: dict[str, Any], place: _Place, index: PlaceIndex) -> bool:
    """A facility the gazetteer finds only by its kind near a town ("Ras Lanuf oil terminal" → the Es Sider
    terminal 25 km away) is another facility, unless the place named is a district or region."""
    if res["method"] != "kind" or place.kind in ("district", "region"):
        return False
    return _km(index, res["id"], place.pid) > 12


def _facility_of(place: _Place, facility: str, index: PlaceIndex) -> _Place | None:
    """The airport or airbase of a settlement ("the airport in Sabha" → Sabha Airport)."""
    if place.kind in _FACILITY_KINDS or re.search(r"port|terminal|harbou?r", facility) and "airport" not in facility:
        return None
    canonical = "airport" if "airport" in facility else "airbase"
    res = index.gazetteer.geocode(f"{place.name} {canonical}")
    if res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind") \
            and res.get("kind") in _FACILITY_KINDS:
        return _Place(place.start, place.end, place.surface, res["id"], res["name"], res.get("kind") or "", 1.0, "name")
    return None



def _swap_for_facility(places: list[_Place], town: _Place, facility: str, index: PlaceIndex, *, s: str = "",
                       start: int | None = None) -> None:
    """Put the town's own airport or airbase (:func:`_facility_of`) in its place in ``places``, if it has one; with
    ``start``, the mention grows back to there ("the airport in Sabha" from its article, ``s`` the sentence)."""
    fac = _facility_of(town, facility, index)
    if fac is None or fac.pid == town.pid:
        return
    a = town.start if start is None else start
    surface = town.surface if start is None else s[a:town.end]
    places.append(_Place(a, town.end, surface, fac.pid, fac.name, fac.kind, 1.0, "name"))
    places.remove(town)

_APPOSITIVE_RE = re.compile(
    r"\s*,\s*(?P<np>(?:its|their|his|the|a|an|[\w-]+'s)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:airport|air\s*base|airbase|airfield|base|stronghold|hometown|bastion|port|oil\s*field|field|hub|gateway|"
    r"headquarters|seat|birthplace|city|town|village|oasis)\b(?!\s+of\b)[^,;]*)")
# (round 33) "the airports of Tripoli and Misrata": a plural facility noun before a list of towns
_COUNTED_FACILITIES_RE = re.compile(r"\b(two|three|four|five|both)\s+(?:[\w-]+\s+)?(airports|air\s*bases|airbases|airfields)"
                                    r"\b[^.;:(),]{0,50}?,\s+(?:the\s+)?")  # (round 39)
_PLURAL_FACILITY_OF_RE = re.compile(r"\bthe\s+(?:(?:main|international|military|civilian)\s+)?(airports|air\s*bases|airbases|"
                                    r"airfields)\s+(?:of|in|at)\s+")
_PLURAL_FACILITY_AFTER_RE = re.compile(r"(?<=\w)\s+(?:(?:international|civilian|military|main)\s+)?"
                                       r"(airports|air\s*bases|airbases|airfields)\b")  # (round 40)
_PLURAL_ANAPHOR_RE = re.compile(r"\b(both|the\s+two|these\s+two|those\s+two|the\s+three|all\s+three)\s+(towns|cities|villages|"
                                r"localities|settlements|bases|airbases|air\s+bases|areas|places|regions|municipalities)\b")
_LIST_ANAPHOR_RE = re.compile(r"\b(?:these|those|the\s+(?:three|four|five|six|several))\s+(?:[\w-]+\s+)?"
                              r"(?:towns|cities|villages|areas|districts|neighbou?rhoods|suburbs|localities|settlements|"
                              r"places|ports|terminals|bases|camps|positions)\b")
_OBJECT_THEM_RE = re.compile(
    r"\b(?:entered|entering|took|taking|retook|retaking|seized|seizing|captured|capturing|recaptured|recapturing|"
    r"stormed|storming|overran|overrunning|liberated|liberating|secured|securing|regained|regaining|shelled|shelling|"
    r"struck|striking|attacked|attacking|bombed|bombing|hit|targeted|targeting|pounded|pounding|raided|lost|losing|"
    r"abandoned|abandoning|evacuated|left|leaving|held|holding|controls|controlled|controlling)\s+(?P<them>them)\b"
    r"(?!\s+(?:to|from|out|back|into|towards?)\b)")
_LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as\s+well\s+as)\s+)(?:the\s+(?:towns?\s+of\s+)?)?")


def _mark_lists(low: str, places: list[_Place]) -> None:
    """Give the places of each list ("Sabratha, Surman and al-Ajaylat") a shared group number."""
    run: list[_Place] = []
    for p in [*places, None]:
        if p is not None and p.how == "name" and not p.reference and not p.ref_only and (
                not run or _LIST_JOIN_RE.fullmatch(low[run[-1].end:p.start])):
            run.append(p)
            continue
        if len({q.pid for q in run}) >= 2:
            g = id(run[0])
            for q in run:
                q.group = g
        run = [p] if p is not None and p.how == "name" and not p.reference and not p.ref_only else []


def _last_list(before: list[_Place], history: list[_Place]) -> list[_Place]:
    """The places of the last list named, in this sentence before the anaphor or in the sentences before."""
    for pool in (before, history):
        for p in reversed(pool):
            if p.group:
                out: list[_Place] = []
                for q in pool:
                    if q.group == p.group and q.pid not in [r.pid for r in out]:
                        out.append(q)
                return out
    return []


_OBJECT_PRONOUN_RE = re.compile(
    r"\b(?:entered|enter|enters|entering|took|take|takes|taking|retook|retake|retaking|seized|seize|seizing|captured|"
    r"lost|lose|loses|losing|capture|capturing|recaptured|recapture|stormed|storm|storming|overran|overrun|liberated|secured|held|hold|holds|"
    r"holding|controls|control|controlled|controlling|left|leave|leaving|abandoned|abandoning|evacuated|quit|shelled|"
    r"shelling|struck|striking|attacked|attacking|bombed|bombing|hit|targeted|targeting|pounded|raided|besieged|"
    r"surrounded|encircled|fortified|reinforced|won|win|wins|winning|recovered|regained|reclaimed)\s+(?:(?:large\s+|most\s+|much\s+|some\s+|all\s+|several\s+)?"
    r"(?:parts?|sections?|areas?|of)\s+(?:of\s+)?)?(?P<it>it)\b(?!\s+(?:was|is|had|has|would|will)\b)")
_THERE_RE = re.compile(r"\b(?:militias?|forces|fighters|troops|positions|targets|units|garrison|defenders|mercenaries|"
                       r"gunmen|sites|depots|installations|concentrations|gatherings|emplacements)\s+(?P<there>there)\b"
                       r"(?!\s+(?:is|are|was|were|have|has|had|will|would|remain|seem|appear)\b)")
_FIRED_AT_IT_RE = re.compile(
    r"\b(?:fir(?:ed|es|e|ing)|launch(?:ed|es|ing)?|lobb(?:ed|ing)|dropp(?:ed|ing)|rain(?:ed|ing)|aim(?:ed|ing))\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:at|on|into|against)\s+(?P<it>it)\b(?!\s+(?:was|is|had|has|would|will)\b)")
# a settlement named before these words is where something goes or what a noun is about, not the topic
_SEAT_AFTER_RE = re.compile(r"(?:'s)?\s+(?:(?:high|state|presidential|city|municipal|local|interior|defen[cs]e|foreign|"
                            r"health|military|civil)\s+)?(?:government|council|parliament|authorities|administration|"
                            r"ministry|cabinet|mayor|municipality|delegation|officials|politicians|leadership)\b")
_SEAT_BEFORE_RE = re.compile(r"\b(?:(?:commander|head|chief|governor|mayor|envoy|representative|minister|"
                             r"delegation|delegates|officials)\s+(?:for|of|from)|(?:talks|conference|"
                             r"negotiations|summit|consultations|press\s+conference|news\s+conference|"
                             r"met|meet|gathered|convened|signed)\s+(?:held\s+)?(?:in|at)|"
                             # (round 29) "the Government of National Accord, based in Tripoli, said", "captured Sirte
                             # from the Western-backed government in Tripoli": the seat of a government that acts or
                             # loses, not a place it holds or loses
                             # (round 40) "a rival legislature based in Tobruk", "the House of Representatives, based in"
                             r"(?:government|accord|administration|authorities|parliament|gna|legislature|house\s+of\s+"
                             r"representatives|hor|assembly|cabinet),?\s+(?:which\s+is\s+)?"
                             r"(?:based|seated|headquartered)\s+in|"
                             r"\b(?:from|against|with)\s+the\s+(?:[\w-]+\s+){0,3}?government\s+(?:based\s+)?in)"
                             r"\s+(?:the\s+)?(?:capital,?\s+)?$")
_DESTINATION_BEFORE_RE = re.compile(r"\b(?:towards?|into|to|for|on|against|via|through)\s+(?:the\s+)?$")


_SOURCE_BEFORE_RE = re.compile(r"\b(?:reinforcements?|supplies|fighters|troops|units|convoys?|columns?)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:came|come|arrived|arriving|sent|rushed|dispatched|brought|flown|moved|poured\s+in)\s+"
                               r"(?:in\s+)?from\s+(?:the\s+)?$|\b(?:reinforcements?|supplies|convoys?)\s+from\s+(?:the\s+)?$")
_DESTINATION_PHRASE_RE = re.compile(r"\b(?:to|towards?|into|for)\s+(?:its|their|his|the|a)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:stronghold|base|bastion|headquarters|hub|town|city)\s+(?:of|in|at)\s+(?:the\s+)?$|"
                                    # (round 39) "fell back towards the desert and the town of Bani Walid": a destination
                                    # listed after another
                                    r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:and|or)\s+(?:the\s+)?"
                                    r"(?:town|city|village|oasis)\s+of\s+$")


def _latent_places(s: str, low: str, masked: list[tuple[int, int]], index: PlaceIndex) -> list[_Place]:
    """Settlements named inside actor names ("the Tripoli government", "Misrata forces"): what "the city"
    can point back to when the text names no place."""
    out = []
    for a, b in masked:
        for m in _WORD_RE.finditer(s[a:b]):
            key = light_key(m.group(0))
            if key in index.keys and key not in _GENERIC_KEYS:
                res = index.resolve(m.group(0))
                if res is not None and (res.get("kind") or "") in _SETTLEMENT_KINDS:
                    out.append(_Place(a + m.start(), a + m.end(), m.group(0), res["id"], res["name"],
                                      res.get("kind") or "", 0.85, "anaphora"))
    return out


_FAR_FROM_RE = re.compile(r"\b(?:[4-9]\d|\d{3,})\s*(?:km|kilometres|kilometers|miles)\s+(?:(?:[a-z-]+\s+)?of|from)\s+"
                          r"(?:the\s+)?$")
# "Sources in al-Jufra said …": where the speakers are is not what "the town" after it means
_SOURCE_PLACE_AFTER_RE = re.compile(r"(?:-based)?\s+(?:(?:military|security|medical|local|government|official|"
                                    r"diplomatic|hospital)\s+)?(?:sources|officials|residents|correspondents|media)\s+"
                                    r"(?:\w+\s+){0,2}?(?:said|say|says|told|report|reported|reports|claimed|claim|quoted)\b")
_SPEAKER_PLACE_RE = re.compile(r"\b(?:sources?|officials?|residents?|correspondents?|witnesses|journalists?|activists?|"
                               r"elders?|notables|doctors|medics)\s+(?:in|from)\s+(?:the\s+)?$")


def _resolve_anaphor(m: re.Match[str], a: int, b: int, places: list[_Place], history: list[_Place],
                     index: PlaceIndex, latent: Sequence[_Place] = ()) -> _Place | None:
    facility = m.group(2)
    settlement = m.group(3)
    before = [p for p in places if p.end <= a]
    after = [p for p in places if p.start >= b]
    before = [p for p in before if not p.reference]
    history = [p for p in history if not p.reference]
    if settlement:
        low = m.string
        pool = [p for p in reversed(before) if p.kind in _SETTLEMENT_KINDS
                and not (_SPEAKER_PLACE_RE.search(low[max(0, p.start - 40):p.start])
                         and re.match(r"[^.;]{0,25}?\b(?:said|say|says|told|reported|claimed)\b", low[p.end:]))]
        if settlement in ("town", "village", "area"):
            # "the town" is never the capital, even where the capital was also named by its name
            capital = {p.pid for p in [*before, *history] if p.not_town and p.how == "capital"}
            # (round 23) nor the capital named by its name ("from the Tripoli front to Murzuq … the whole town")
            cap = index.resolve("Tripoli")
            if cap is not None:
                capital.add(cap["id"])
            pool = [p for p in pool if not p.not_town and p.pid not in capital]
            history = [p for p in history if not p.not_town and p.pid not in capital]
        # the topic, not a destination or the object of a noun ("fled Gharyan towards Tarhouna … the city")
        # (round 30) nor where reinforcements came from ("once reinforcements came from Misrata, … retook the town")
        topical = [p for p in pool if not _DESTINATION_BEFORE_RE.search(low[max(0, p.start - 14):p.start])
                   and not _SOURCE_BEFORE_RE.search(low[max(0, p.start - 60):p.start])]
        earlier = [p for p in reversed(history) if p.kind in _SETTLEMENT_KINDS and not p.attributive]
        if not pool:
            # (round 26) "… recaptured the strategic town of Bani Walid, a day after the seizure of Tarhuna. … the town
            # was handed over": of the last two towns named, the one introduced by the same noun
            same = [p for p in earlier[:2] if p.noun == settlement]
            earlier = same[:1] + [p for p in earlier if p not in same[:1]] if len({p.pid for p in earlier[:2]}) > 1 \
                and len({p.noun for p in earlier[:2]}) > 1 else earlier
        pool = topical or pool or [p for p in earlier if not p.destination] or earlier
        if not pool:
            # "took Bani Walid airport and entered the town": the town the facility named before is at
            for f in [p for p in reversed(before) if p.kind in _FACILITY_KINDS][:1]:
                stem = re.sub(r"(?:'s)?\s+(?:international\s+|military\s+)?(?:airport|air\s*base|airbase|airfield|base|"
                              r"oil\s*field|air\s+force\s+(?:academy|college)|air\s+(?:academy|college)|"
                              r"aviation\s+(?:academy|college)|oil\s+complex)$", "",
                              f.surface, flags=re.IGNORECASE)
                res = index.gazetteer.geocode(stem) if stem != f.surface else {"status": "unresolved"}
                if res["status"] == "resolved" and (res.get("kind") or "") in _SETTLEMENT_KINDS:
                    return _Place(a, b, m.group(0), res["id"], res["name"], res.get("kind") or "", 0.85, "anaphora")
        if not pool:
            lat = [p for p in latent if p.start < a]
            if lat:
                ref = lat[-1]
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.85, "anaphora")
            return None
        ref = pool[0]
        return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
    if facility == "camp":
        # "stormed the Naqliya camp … declared the camp back in its hands": the camp named last, else nothing
        for ref in list(reversed(before)) + list(reversed(history))[:6]:
            if ref.kind == "camp" or ref.kind == "military_base" and "camp" in ref.name.casefold():
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
        return None
    if facility in ("installation", "facility", "site"):
        # "three strikes on the installation": the facility named last
        for ref in list(reversed(before)) + list(reversed(history)):
            if ref.kind in _FACILITY_KINDS:
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
        return None
    if re.search(r"field", facility) and "airfield" not in facility:
        # "the field", "the oilfield": the oil field named last
        for ref in list(reversed(before)) + list(reversed(history)):
            if ref.kind == "oil_field":
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
        return None
    if re.search(r"port|terminal|harbou?r", facility) and "airport" not in facility:
        # "the terminal", "the port": the oil terminal named before, or the port town itself
        for ref in (list(reversed(before)) + list(reversed(history)))[:2]:
            if ref.kind in ("oil_terminal", "oil_field"):
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
            if ref.kind in ("airport", "airstrip") and "oil" not in facility and "port" not in facility:
                return None  # (round 32) "Mitiga airport was hit, with the terminal and runway damaged": its building
            if ref.kind in _FACILITY_KINDS:
                continue
            res = index.gazetteer.geocode(f"{ref.name} oil terminal")
            if res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind") \
                    and res.get("kind") == "oil_terminal" and not (  # (round 32) the terminal of a town lies at it
                        ref.pid in index.gazetteer.by_id and res["id"] in index.gazetteer.by_id
                        and _km(index, ref.pid, res["id"]) > 20):
                return _Place(a, b, m.group(0), res["id"], res["name"], res.get("kind") or "", 0.9, "anaphora")
            if ref in before and ref.kind in ("town", "city", "village"):
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.85, "anaphora")
            return None
        return None
    canonical = "airport" if "airport" in facility else "airbase"
    if m.group(1) == "the" and not re.search(r"\b(?:main|supply|rear|forward|naval)\b", m.group(0)) \
            and " " in m.group(0).strip()[4:]:
        # "… repeatedly targeted the former military air base": a facility named before, if there is one
        named = [p for p in list(reversed(before)) + list(reversed(history))[:4] if p.kind in _FACILITY_KINDS]
        if named and (canonical == "airbase" or named[0].kind in ("airport", "airstrip")):
            ref = named[0]
            return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.85, "anaphora")
    candidates: list[_Place] = []
    if m.group(1) and m.group(1) not in ("the",):
        candidates = list(reversed(before)) + list(reversed(history))  # "its airport"
    else:
        # "the airbase, 140 km south-west of Tripoli": a place that locates the facility is not its town
        near_after = [p for p in after if p.start - b < 40 and not _FAR_FROM_RE.search(m.string[max(0, p.start - 60):p.start])]
        candidates = near_after + list(reversed(before)) + list(reversed(history))
    plain_base = re.fullmatch(r"base", facility) is not None
    if m.group(1) == "the" and canonical == "airport":
        # "had taken Tripoli International Airport, … a force from Abu Salim insisted the airport was …": the airport
        # the sentence named, not one of a town named after it
        own = [p for p in reversed(before) if p.kind in ("airport", "airstrip")][:1]
        if own and not [p for p in after if p.start - b < 40]:
            return _Place(a, b, m.group(0), own[0].pid, own[0].name, own[0].kind, 0.9, "anaphora")
        # (round 27) "Mitiga, the only working airport in the capital, was hit … S, fighting to take Tripoli, has
        # targeted the airport": an airport the article named before in the town named here is that airport, not
        # the one a gazetteer finds for the town's name
        told = [p for p in reversed(history) if p.kind in ("airport", "airstrip")][:1]
        town = next((p for p in candidates[:1] if p.kind not in _FACILITY_KINDS), None)
        if not own and told and town is not None and town.pid in index.gazetteer.by_id \
                and told[0].pid in index.gazetteer.by_id and _km(index, told[0].pid, town.pid) <= 25:
            return _Place(a, b, m.group(0), told[0].pid, told[0].name, told[0].kind, 0.85, "anaphora")
    for ref in candidates[:3]:
        if plain_base and ref.kind not in _FACILITY_KINDS:
            continue  # "the main supply base": only a base already named is meant
        if ref in after:
            ref.ref_only = True
        if ref.kind in _FACILITY_KINDS:
            if canonical == "airbase" or ref.kind in ("airport", "airstrip"):
                return _Place(a, b, m.group(0), ref.pid, ref.name, ref.kind, 0.9, "anaphora")
            continue
        res = index.gazetteer.geocode(f"{ref.name} {canonical}")
        if res["status"] != "unresolved" and res["method"] in ("exact", "normalized", "kind") \
                and res.get("kind") in _FACILITY_KINDS:
            return _Place(a, b, m.group(0), res["id"], res["name"], res.get("kind") or "", 0.9, "anaphora")
        break
    return None
_AR_REL_OBJECT_RE = re.compile(r"(?<!\w)(?:التي|الذي)\s+(?:(?:كانت|كان)\s+)?(?:قد\s+)?"
                               r"(?:انتزع|استعاد|حرر|اقتحم|استرد|استرجع|دخل|قصف|استهدف|هاجم)(?:ت|وا)?(?P<pro>ها|ه)(?!\w)")
def _capital_named_again(a: _Place, b: _Place, places: list[_Place], low: str) -> bool:
    """(round 33) "Mitiga airport in the capital, Tripoli": the name ``b`` repeats the locator ``a``; (round 47) so
    it does with no comma ("rockets hit Mitiga airport in the Libyan capital Tripoli"), though not where the place
    before ``a`` only locates what was hit ("neighbourhoods around Mitiga airport in the capital Tripoli"): the town
    named is then where that lies."""
    gap = low[a.end:b.start]
    if re.fullmatch(r"\s*,\s*", gap):
        return True
    if not re.fullmatch(r"\s+", gap):
        return False
    i = places.index(a)
    return not any(q.end <= a.start and re.search(r"\b(?:around|near|outside|close\s+to|next\s+to)\s+(?:the\s+)?$",
                                                  low[max(0, q.start - 20):q.start]) for q in places[max(0, i - 1):i])
# (round 33) a named site the gazetteer does not know, then a locator: "the an-Nakilya military base in the area of X"
_UNKNOWN_NAMED_SITE_RE = re.compile(r"(?<![\w'-])(?P<name>(?:(?:al|el|an|ad|as|ar|at|az|ash|ed|er)-)?[A-Z][a-z][\w'-]*)\s+(?P<kind>(?:(?:military|army|air)\s+)?"
                                    r"(?:area|base|camp|barracks|sector|zone|depot|district|quarter|neighbou?rhood))\s+(?:in\s+the\s+(?:area|vicinity)\s+of|"
                                    r"near|close\s+to)\s+(?:the\s+)?(?:(?:town|city|capital)\s+(?:of\s+)?)?\Z")
_KNOWN_SITE_LOCATOR_GAP_RE = re.compile(r"\s+(?:(?:military|army|air)\s+)?(?:area|region|sector|zone|depot|district|quarter|"
                                        r"neighbou?rhood)\s+(?:in\s+the\s+(?:area|vicinity)\s+of|near|close\s+to)\s+"
                                        r"(?:the\s+)?(?:(?:town|city|capital)\s+(?:of\s+)?)?")
layers_names_blocked = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                                  "friday", "saturday", "sunday", "the", "a", "an", "military", "army", "main", "old",
                                  "new", "former", "key", "strategic", "nearby", "air", "turkish", "russian", "emirati"})


_LOCATIVE_CLAUSE_RE = re.compile(r"\b(?:which|that|it)\s+(?:sits|lies|lay|is\s+(?:located|situated)|stands|straddles|"
                                 r"overlooks|borders|links|connects|controls\s+access|guards)\b[^,;]*")
_APPOSITION_RE = re.compile(
    r"\s*,\s*(?:(?:on|at|in|near|along|just|some|about)\s+)*(?:the|a|an)\s+(?:(?:southern|northern|eastern|western|"
    r"south-?eastern|south-?western|north-?eastern|north-?western|coastal|outer|inner|far|main|strategic|small|key|"
    r"desert|mountain|oasis|nearby)\s+)*(?:edges?|outskirts|fringes?|suburbs?|districts?|neighbou?rhoods?|areas?|"
    r"parts?|quarters?|gateway|entrance|periphery|towns?|villages?|city|oasis|region|hub|port)\s+"
    r"(?:of|in|near|outside|south\s+of|north\s+of|east\s+of|west\s+of|to)\s+(?:the\s+)?")
_ON_THE_WAY_TO_RE = re.compile(
    r"(?:\s+(?:district|area|neighbou?rhood|suburb|town|village|camp|base|checkpoint))?\s*,?\s+(?:on|along|astride)\s+"
    r"(?:the|one\s+of\s+the|a)\s+(?:(?:main|southern|northern|eastern|western|key|coastal)\s+)*"
    r"(?:approach(?:es)?|road|way|route|highway)\s+(?:to|into)\s+(?:the\s+)?")
_NEAR_APPOSITION_RE = re.compile(
    r"\s*,\s*(?:(?:just|some|about|roughly|around|only|\d+\s*(?:km|kilometres|kilometers|miles))\s+)*"
    r"(?:near|outside|close\s+to|not\s+far\s+from|next\s+to|on\s+the\s+outskirts\s+of|on\s+the\s+edge\s+of)\s+"
    r"(?:the\s+(?:town|city|capital|village)\s+of\s+)?(?:the\s+)?")
_STRICT_REF_RE = re.compile(
    r"(?:(?:\d+\s*(?:km|kilometres|kilometers|miles|mi)\s+)?(?<!the\s)(?:north|south|east|west)(?:-?(?:east|west))?\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:from|of|outside)|"
    r"(?:on|to|along)\s+the\s+(?:road|way|highway|coastal\s+road)\s+(?:to|from)|road\s+(?:to|from)|between|"
    r"(?:roads?|routes?|highway|supply\s+(?:lines?|routes?)|corridor|axis|line)\s+(?:from|to|between|linking|connecting|"
    r"towards)|(?:roads?|routes?|highway|supply\s+(?:lines?|routes?)|corridor|axis)\s+(?:from|between|linking|connecting)\s+"
    r"[\w\s'-]{1,40}?\s+(?:to|and|with)|"
    r"(?:in\s+the\s+)?direction\s+of|gateway\s+to|border\s+with|"
    # (round 40) "sites to the south and west of the capital", "Zuwara, about 120 km to the west of the capital"
    r"\bto\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:\s+and\s+(?:north|south|east|west)(?:-?(?:east|west))?)?"
    r"\s+of|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+and\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"(?:(?:\d+\s*)?(?:كم|كيلومترا?|كيلومترات)\s+)?(?:جنوب|شمال|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?|طريق|الطريق\s+(?:إلى|الى|بين)|بين|"
    # (round 27) "تسيطر قوات حفتر على الجزء المحاذي لقصر بن غشير": the part adjacent to a place is not the place
    r"(?:ال)?(?:محاذ(?:ي|ية)|مجاور(?:ة)?|ملاصق(?:ة)?)\s+ل?)"
    # (round 34) "south of the strategic city of Misrata": a description before "city of" does not end the locator
    r"\s*(?:the\s+(?:(?:strategic|coastal|port|nearby|key|main|desert|mountain|oil|border)\s+){0,2}(?:town|city|village|"
    r"capital)\s+of\s+|مدينة\s+|بلدة\s+)?(?:the\s+)?"
    # "several kilometres north of the LNA-controlled Jufra airbase": a modifier of holding does not end the locator
    r"(?:[\w-]+-(?:controlled|held|run|allied|backed|aligned|occupied)\s+)?"
    r"(?:(?:central|downtown|greater|southern|northern|eastern|western|nearby)\s+)?"
    # (round 29) "towards the centre of Tarhuna, south of the capital Tripoli": the capital named in apposition
    r"(?:(?:libyan\s+)?capital,?\s+|العاصمة\s+(?:الليبية\s+)?)?$")
# (round 19) "a patrol about nine kilometres from the small town of Taraghin in the Murzuk desert": a distance in words
# locates, and so does every place of the phrase it begins
_NUMBER_WORDS = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                 r"forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+few|several|dozens\s+of)")
_DISTANCE_LOCATOR_RE = re.compile(
    rf"(?<!back\s)(?<!back\ssome\s)(?<!back\sabout\s)\b{_NUMBER_WORDS}(?:\s*|-)(?:km|kilometres?|kilometers?|miles?)\s+(?:from|outside|away\s+from)\s+"
    r"(?:[\w'-]+\s+){0,6}?(?:(?:in|of|near)\s+)?(?:the\s+)?(?:[\w-]+\s+)?$")


# "seized a string of pro-LNA towns in the north-west: A, B and C", "took several areas, including A and B", "towns
# still held by S, such as A, B and C": a plural noun of places, then a colon, "including" or "such as" and the list
_PLACE_NOUNS = r"(?:towns|cities|villages|areas|districts|neighbou?rhoods|suburbs|localities|settlements|positions|" \
               r"bases|air\s*bases|airbases|airports|sites|camps|oil\s*fields|oilfields|ports|terminals|oil\s+ports|" \
               r"facilities|places|locations|targets|strongholds|outposts|oases|communities)"
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
_LOCATOR_BEFORE_RE = re.compile(r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
                                r"northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?(?:capital\s+)?$|\b(?:near|outside)\s+$")
