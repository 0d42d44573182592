"""Geocoding place names against the bundled gazetteer.

Lookup runs in stages, each stricter than the next is loose:

1. ``exact`` – the case-folded name equals a name or alternate name;
2. ``normalized`` – the transliteration-tolerant :func:`geo.names.light_key` matches, also with
   an article written onto a word ("Alasaba", "Elbayda": only an exact hit on the rest counts);
3. ``kind`` – a kind hint in the query ("Jufra airbase", "Tripoli airport") resolves the town
   and picks the facility of that kind near it (an airbase and an airport stand in for each
   other: "Zuwara airfield" is the town's airport);
4. ``skeleton`` – the consonant frame matches and the light keys are similar;
5. ``fuzzy`` – edit-distance similarity of light keys above a length-dependent threshold.

Names of well-known places outside Libya (Cairo, Geneva, Tunis …) stop the search before the
loose stages, so they come back ``unresolved`` rather than as a Libyan look-alike.

Every query yields one result, in input order: ``status`` is ``resolved``, ``ambiguous`` (the
best guess plus ``alternatives``) or ``unresolved`` (with the nearest ``candidates``).
The gazetteer is read with :mod:`json` only, so ``frontline geocode`` starts without geopandas.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from geo.names import (KIND_WORDS, QUALIFIERS, consonant_frame, cyrillic_to_latin, exact_key, is_arabic, is_code,
                       latin_skeleton_of_arabic, light_key, skeleton, strip_kind_words, unglued_key)

__all__ = ["Gazetteer", "GeocodeResult", "haversine_km", "FIELDS"]

GeocodeResult = dict[str, Any]
FIELDS = ("query", "id", "name", "lat", "lon", "kind", "district", "score", "method", "status")

_KIND_RANK = {"city": 0, "town": 1, "district": 2, "village": 3, "neighbourhood": 4, "airbase": 5,
              "airport": 6, "oil_terminal": 7, "oil_field": 8, "military_base": 9, "camp": 10,
              "crossing": 11, "airstrip": 12}
_FACILITY_RADIUS_KM = 60.0
_TERMINAL_RADIUS_KM = 10.0
_SAME_PLACE_KM = 10.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (spherical Earth, R = 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_FACILITY_KINDS = frozenset({"oil_field", "oil_terminal", "airbase", "military_base", "camp", "crossing"})


_VOWEL_SLIP_SCORE = 80.0  # one vowel for another in a five-letter key scores 80


def _min_fuzzy_score(key: str) -> float:
    n = len(key.replace(" ", ""))
    if n <= 4:
        return 101.0  # too short to guess at
    if n <= 6:
        return 90.0  # one insertion/deletion, first letter kept (see _same_start)
    if n <= 9:
        return 85.0
    return 82.0


_GENERIC_HEADS = frozenset({"abu", "bu", "bir", "wadi", "ras", "kasr", "gasr", "sidi", "ain", "ayn", "bin", "ben",
                            "bani", "beni", "umm", "um", "zawiat", "hai", "hay", "jabal", "jebel", "marsa", "bab",
                            "kalat", "khalet", "suk", "suq", "souk", "dar", "bat", "abar", "kariat", "karyat"})


def _rest_agrees(a: str, b: str) -> bool:
    """False when ``a`` and ``b`` share a generic first word and what follows is too different."""
    from rapidfuzz import fuzz

    ha, _, ra = a.partition(" ")
    hb, _, rb = b.partition(" ")
    if not (ra and rb and ha == hb and ha in _GENERIC_HEADS):
        return True
    return fuzz.ratio(ra, rb) >= min(_min_fuzzy_score(ra), 85.0)


def _vowel_slip(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` differ by at most one edit, and that edit touches only vowels."""
    from rapidfuzz.distance import Levenshtein

    if a == b:
        return True
    ops = Levenshtein.editops(a, b)
    if len(ops) != 1:
        return False
    op = ops[0]
    vowels = set("aeiouy" "ⴰⵉⵓⴻ" "اوي")  # Latin, Tifinagh and Arabic vowel letters
    if op.tag == "delete":
        return a[op.src_pos] in vowels
    if op.tag == "insert":
        return b[op.dest_pos] in vowels
    return a[op.src_pos] in vowels and b[op.dest_pos] in vowels


def _same_start(a: str, b: str) -> bool:
    if not a or not b:
        return False
    return a[0] == b[0] or (a[0] in "aeiou" and b[0] in "aeiou")


class Gazetteer:
    """An in-memory gazetteer with staged lookup.

    Parameters
    ----------
    records
        Place dicts with at least ``id, name, lat, lon, kind``; optional ``names`` (list of
        alternates), ``name_ar``, ``district``, ``population``, ``anchor``.
    foreign_names
        Names of places outside the gazetteer's country, refused before the loose stages.
    """

    def __init__(self, records: Iterable[Mapping[str, Any]] | Any, *,
                 foreign_names: Iterable[str] = ()) -> None:
        if hasattr(records, "to_dict"):
            cols = [c for c in records.columns if c != "geometry"]
            records = records[cols].to_dict("records")
        self.places: list[dict[str, Any]] = []
        self.by_id: dict[str, dict[str, Any]] = {}
        for r in records:
            p = dict(r)
            p["names"] = [n for n in (p.get("names") or []) if isinstance(n, str)]
            if not isinstance(p.get("name_ar"), str):
                p["name_ar"] = None  # NaN from a DataFrame, or absent
            pop = p.get("population")
            p["population"] = int(pop) if isinstance(pop, (int, float)) and not math.isnan(pop) else None
            if p["id"] in self.by_id:
                raise ValueError(f"duplicate place id {p['id']!r} in the gazetteer")
            self.places.append(p)
            self.by_id[p["id"]] = p
        self._exact: dict[str, list[str]] = defaultdict(list)
        self._light: dict[str, list[str]] = defaultdict(list)
        self._skel: dict[str, list[str]] = defaultdict(list)
        self._frames: dict[str, list[str]] = defaultdict(list)
        self._primary: dict[str, set[str]] = defaultdict(set)
        for p in self.places:
            for i, n in enumerate([p["name"], *p["names"], *( [p["name_ar"]] if p.get("name_ar") else [])]):
                for index, key in ((self._exact, exact_key(n)), (self._light, light_key(n))):
                    if key and p["id"] not in index[key]:
                        index[key].append(p["id"])
                if i == 0:
                    self._primary[light_key(n)].add(p["id"])
                if is_code(n):
                    continue  # a code ("QBL", "HLMS") is found exactly, never by its consonants
                sk = skeleton(n)
                if len(sk) >= 2 and p["id"] not in self._skel[sk]:
                    self._skel[sk].append(p["id"])
                if not is_arabic(n):
                    fr = consonant_frame(n)
                    if len(fr) >= 3 and p["id"] not in self._frames[fr]:
                        self._frames[fr].append(p["id"])
        # A facility is also found by its name without the kind words ("El Feel" → El Feel oil
        # field, "Mabruk" → Mabruk oil field), where no other place has that name.
        short: dict[str, set[str]] = defaultdict(set)
        for p in self.places:
            if p.get("kind") not in _FACILITY_KINDS:
                continue
            for n in [p["name"], *p["names"]]:
                if is_arabic(n):
                    continue
                rest, hinted = strip_kind_words(n)
                rk = light_key(rest) if hinted else ""
                if len(rk.replace(" ", "")) >= 4 and rk not in self._light:
                    short[rk].add(p["id"])
        for rk, pids in short.items():
            if len({self.by_id[i].get("anchor_id") or i for i in pids}) == 1:
                self._light[rk].extend(sorted(pids))
        self._suffixes: dict[str, list[str]] = defaultdict(list)
        for k in self._light:
            parts = k.split()
            if len(parts) >= 3 or (len(parts) == 2 and len(k) >= 8):
                self._suffixes[parts[-1]].append(k)
        self._light_keys = sorted(k for k in self._light if k and not is_arabic(k))
        self._arabic_keys = sorted(k for k in self._light if k and is_arabic(k))
        self._foreign = {light_key(n) for n in foreign_names if n.strip()}
        self._foreign_exact = {exact_key(n) for n in foreign_names if n.strip()}
        self._cache: dict[tuple[Any, ...], GeocodeResult] = {}
        # light keys of each place's name and alternates, for the checks of the fuzzy stage
        self._keys_of = {p["id"]: [light_key(n) for n in [p["name"], *p["names"]]] for p in self.places}

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_geojson(cls, path: str | Path, *, foreign_names: Iterable[str] = ()) -> "Gazetteer":
        """Read a gazetteer GeoJSON (Point features) without geopandas."""
        from geo.errors import LayersError

        try:
            fc = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise LayersError(f"cannot read gazetteer {str(path)!r}: {exc}") from None
        records = []
        for i, f in enumerate(fc.get("features", [])):
            props = dict(f.get("properties") or {})
            geom = f.get("geometry") or {}
            coords = geom.get("coordinates") if geom.get("type") == "Point" else None
            if not (isinstance(coords, list) and len(coords) >= 2
                    and all(isinstance(c, (int, float)) and math.isfinite(c) for c in coords[:2])):
                raise LayersError(f"gazetteer {str(path)!r}: feature {i} ({props.get('name')!r}) "
                                  f"has no valid Point geometry")
            if not props.get("id") or not props.get("name"):
                raise LayersError(f"gazetteer {str(path)!r}: feature {i} lacks 'id' or 'name'")
            props["lon"], props["lat"] = float(coords[0]), float(coords[1])
            props.setdefault("kind", "other")
            records.append(props)
        return cls(records, foreign_names=foreign_names)

    # ------------------------------------------------------------------ helpers
    def __len__(self) -> int:
        return len(self.places)

    def _rank(self, pid: str, key: str | None = None) -> tuple[Any, ...]:
        p = self.by_id[pid]
        primary = 0 if key is not None and pid in self._primary.get(key, ()) else 1
        return (primary, _KIND_RANK.get(p.get("kind", ""), 20), -(p.get("population") or 0), pid)

    def _result(self, query: str, pid: str | None, *, score: float, method: str, status: str,
                alternatives: Sequence[str] = (), candidates: Sequence[tuple[str, float]] = ()) -> GeocodeResult:
        res: GeocodeResult = {"query": query, "id": None, "name": None, "lat": None, "lon": None,
                              "kind": None, "district": None, "score": round(float(score), 1),
                              "method": method, "status": status}
        if pid is not None:
            p = self.by_id[pid]
            res.update(id=pid, name=p["name"], lat=p["lat"], lon=p["lon"], kind=p.get("kind"),
                       district=p.get("district"))
        res["alternatives"] = [{"id": a, "name": self.by_id[a]["name"], "lat": self.by_id[a]["lat"],
                                "lon": self.by_id[a]["lon"], "district": self.by_id[a].get("district")}
                               for a in alternatives]
        res["candidates"] = [{"id": c, "name": self.by_id[c]["name"], "score": round(float(s), 1)}
                             for c, s in candidates]
        return res

    def _pick(self, query: str, ids: Sequence[str], key: str, *, score: float, method: str,
              near: tuple[float, float] | None) -> GeocodeResult:
        """Choose among places sharing a key: one place, one cluster, or ambiguous."""
        ids = sorted(set(ids), key=lambda i: self._rank(i, key))
        if near is not None and len(ids) > 1:
            ids = sorted(ids, key=lambda i: haversine_km(near[0], near[1], self.by_id[i]["lat"], self.by_id[i]["lon"]))
            return self._result(query, ids[0], score=score, method=method, status="resolved")
        best = ids[0]
        primaries = [i for i in ids if i in self._primary.get(key, ())]
        pool = primaries if len(primaries) == 1 else ids
        if len(primaries) == 1:
            best = primaries[0]
        b = self.by_id[best]
        far = [i for i in pool if i != best and
               haversine_km(b["lat"], b["lon"], self.by_id[i]["lat"], self.by_id[i]["lon"]) > _SAME_PLACE_KM
               and self.by_id[i].get("kind") != "district" and b.get("kind") != "district"]
        if far:
            return self._result(query, best, score=score, method=method, status="ambiguous", alternatives=far)
        return self._result(query, best, score=score, method=method, status="resolved")

    def _filter(self, ids: Iterable[str], district: str | None, kind: str | None) -> list[str]:
        out = list(ids)
        if district:
            out = [i for i in out if self.by_id[i].get("district") == district]
        if kind:
            out = [i for i in out if self.by_id[i].get("kind") == kind]
        return out

    def _fuzzy(self, key: str, *, limit: int = 5) -> list[tuple[str, float]]:
        """Best places by similarity of light keys (rapidfuzz), highest first."""
        from rapidfuzz import fuzz, process

        choices = self._arabic_keys if is_arabic(key) else self._light_keys
        hits = process.extract(key, choices, scorer=fuzz.ratio, limit=limit * 3)
        best: dict[str, float] = {}
        for k, s, _ in hits:
            for pid in self._light[k]:
                if s > best.get(pid, -1):
                    best[pid] = s
        return sorted(best.items(), key=lambda t: (-t[1], self._rank(t[0])))[:limit]

    # ------------------------------------------------------------------ lookup
    def geocode(self, query: str, *, kind: str | None = None, district: str | None = None,
                near: tuple[float, float] | None = None) -> GeocodeResult:
        """Resolve one name; see the module docstring for the stages.

        Parameters
        ----------
        query
            The name as written ("Tarhouna", "Surt", "الجفرة", "Jufra airbase").
        kind
            Only places of this kind (``airbase``, ``airport``, ``oil_field`` …).
        district
            Only places in this ISO 3166-2 district (``LY-SR``).
        near
            ``(lat, lon)``: among several matches, the nearest wins.
        """
        cache_key = (query, kind, district, near)
        hit = self._cache.get(cache_key)
        if hit is not None:
            return dict(hit)
        res = self._geocode(str(query), kind=kind, district=district, near=near)
        if res["status"] == "unresolved" and "х" in str(query).casefold():
            # Russian writes both Arabic ḥ and kh as Х: "Ал Хайша" is al-Hayshah
            alt = self._geocode(cyrillic_to_latin(str(query)).replace("kh", "h"), kind=kind, district=district,
                                near=near)
            if alt["status"] != "unresolved":
                res = {**alt, "query": query, "score": min(alt["score"], 85.0)}
        if len(self._cache) < 500_000:
            self._cache[cache_key] = res
        return dict(res)

    def _geocode(self, query: str, *, kind: str | None, district: str | None,
                 near: tuple[float, float] | None) -> GeocodeResult:
        q = query.strip()
        if not q or len(q) > 200 or not any(ch.isalpha() for ch in q):
            return self._result(query, None, score=0, method="none", status="unresolved")
        ek = exact_key(q)
        ids = self._filter(self._exact.get(ek, ()), district, kind)
        if ids:
            return self._pick(query, ids, light_key(q), score=100, method="exact", near=near)
        lk = light_key(q)
        ids = self._filter(self._light.get(lk, ()), district, kind)
        if ids:
            return self._pick(query, ids, lk, score=99, method="normalized", near=near)
        if ek in self._foreign_exact or lk in self._foreign:
            return self._result(query, None, score=0, method="foreign", status="unresolved")
        rest = unglued_key(lk)
        if rest != lk:
            # "Alasaba", "Elbayda", "Souq Alkhamies": the article written onto the name. Only an
            # exact hit on the rest counts, and only where the whole is no name of its own
            ids = self._filter(self._light.get(rest, ()), district, kind)
            if ids:
                return self._pick(query, ids, rest, score=97, method="normalized", near=near)
        res = self._partial(query, lk, district=district, kind=kind, near=near)
        if res is not None:
            return res
        sk = skeleton(q)
        if len(sk) >= 4:
            ids = self._filter(self._skel.get(sk, ()), district, kind)
            if ids:
                from rapidfuzz import fuzz

                scored = []
                for i in ids:
                    p = self.by_id[i]
                    s = max(fuzz.ratio(lk, k) for k in self._keys_of[i])
                    scored.append((i, s))
                top = max(s for _, s in scored)
                good = [i for i, s in scored if s >= 70 and s >= top - 5]
                if good:
                    return self._pick(query, good, lk, score=min(95.0, top), method="skeleton", near=near)
        if is_arabic(q):
            res = self._transliterated(query, q, district=district, kind=kind, near=near)
            if res is not None:
                return res
        if kind is None:
            # "Beida airport": the facility near the named town, before a fuzzy guess at the
            # whole phrase (which would take "Benina Airport")
            rest, hinted = strip_kind_words(q)
            if hinted is not None:
                res = self._by_kind(query, rest, hinted, district=district)
                if res is not None:
                    return res
        cands = self._fuzzy(lk)
        # "Abu Ghaylan" is not "Abu Grein": when both start with the same generic word (Abu, Bir,
        # Wadi, Ras …) the rest of the name must pass on its own
        cands = [(i, s) for i, s in cands if self._rest_agrees_any(lk, i)]
        # a different first letter is a different name (vowel-initial names vary: Ajdabiya/Ijdabiya)
        cands = [(i, s) for i, s in cands if any(_same_start(lk, k) for k in self._keys_of[i])]
        if district or kind:
            cands = [(i, s) for i, s in cands if i in set(self._filter([i], district, kind))]
        if len(lk.replace(" ", "")) <= 6:
            # in a short name only vowel slips are typos; a consonant more or less is another
            # name (Qarya/Qaryan, Arada/Marada)
            cands = [(i, s) for i, s in cands if any(_vowel_slip(lk, k) for k in self._keys_of[i])]
        # a single vowel-for-vowel slip in a five- or six-letter name ("Serte", "Suknah") is still a
        # typo: the candidates left have passed _vowel_slip, so a lower score suffices
        floor = _VOWEL_SLIP_SCORE if 5 <= len(lk.replace(" ", "")) <= 6 else _min_fuzzy_score(lk)
        if cands and cands[0][1] >= floor:
            top = cands[0][1]
            tied = [i for i, s in cands if s >= top - 1.0]
            return self._pick(query, tied, lk, score=top, method="fuzzy", near=near)
        return self._result(query, None, score=cands[0][1] if cands else 0, method="none",
                            status="unresolved", candidates=cands[:3])

    def _transliterated(self, query: str, q: str, *, district: str | None, kind: str | None,
                        near: tuple[float, float] | None) -> GeocodeResult | None:
        """Arabic query, no Arabic name matched: compare its Latin consonant frame with the
        frames of the Latin names (ككلة → kkl ← Kiklah), with framing words dropped if needed.
        A two-consonant frame is trusted only when it names one place."""
        words = light_key(q).split()
        core = " ".join(w for w in words if w not in QUALIFIERS)
        for text in dict.fromkeys([q, core]):
            fr = consonant_frame(text) if text else ""
            if len(fr) >= 3:
                ids = self._filter(self._frames.get(fr, ()), district, kind)
                ids = [i for i in ids if self.by_id[i].get("kind") != "district"] or ids
                if ids and len({self.by_id[i].get("anchor_id") or i for i in ids}) == 1:
                    return self._pick(query, ids, fr, score=82, method="transliterated", near=near)
        for text in dict.fromkeys([q, core]):
            if not text:
                continue
            sk = latin_skeleton_of_arabic(text)
            if len(sk) < 2:
                continue
            ids = self._filter(self._skel.get(sk, ()), district, kind)
            ids = [i for i in ids if self.by_id[i].get("kind") != "district"] or ids
            if not ids:
                continue
            if len(sk) == 2 and len({self.by_id[i].get("anchor_id") or i for i in ids}) > 1:
                continue
            return self._pick(query, ids, sk, score=80, method="transliterated", near=near)
        return None

    def _rest_agrees_any(self, lk: str, pid: str) -> bool:
        """Some name of ``pid`` close enough to count passes :func:`_rest_agrees` (True when none is
        close: a weak candidate stays in the suggestions)."""
        from rapidfuzz import fuzz

        floor = min(_min_fuzzy_score(lk), 80.0)
        close = [k for k in self._keys_of[pid] if fuzz.ratio(lk, k) >= floor]
        return not close or any(_rest_agrees(lk, k) for k in close)

    def _partial(self, query: str, lk: str, *, district: str | None, kind: str | None,
                 near: tuple[float, float] | None) -> GeocodeResult | None:
        """Framing words dropped ("Mashru al-Hadba" → "Hadba"; "طرابلس الغرب" → "طرابلس"), or a
        query that is the tail of exactly one multi-word name ("بن غشير" → "قصر بن غشير")."""
        tokens = lk.split()
        if len(tokens) >= 2:
            core = [t for t in tokens if t not in QUALIFIERS]
            if core and len(core) < len(tokens):
                ck = " ".join(core)
                ids = self._filter(self._light.get(ck, ()), district, kind)
                if ids:
                    return self._pick(query, ids, ck, score=90, method="partial", near=near)
            if len(lk.replace(" ", "")) >= 6:
                tail = [k for k in self._suffixes.get(tokens[-1], ()) if k.endswith(" " + lk)]
                ids = sorted({i for k in tail for i in self._filter(self._light[k], district, kind)})
                if ids and len({self.by_id[i].get("anchor_id") or i for i in ids}) == 1:
                    return self._pick(query, ids, lk, score=88, method="partial", near=near)
        return None

    def _by_kind(self, query: str, rest: str, kind: str, *, district: str | None) -> GeocodeResult | None:
        """"Jufra airbase": resolve "Jufra", then the nearest place of kind "airbase" to it."""
        base = self.geocode(rest, district=district)
        if base["status"] == "unresolved":
            return None
        if base["kind"] == kind:
            return {**base, "query": query, "method": "kind"}
        rk = light_key(rest)
        # an airfield is an airbase to one writer and an airport to another: "Zuwara airfield" is
        # Zuwara's airport, not the airbase 30 km off
        kinds = {kind, *({"airbase", "airport"} if kind in ("airbase", "airport") else ())}
        facilities = [p for p in self.places if p.get("kind") in kinds
                      and haversine_km(base["lat"], base["lon"], p["lat"], p["lon"]) <= _FACILITY_RADIUS_KM]

        # the place's own names count too, so an Arabic query ("قاعدة براك") finds the facility named in Latin
        # script after the same town ("Brak Airbase")
        place = self.by_id[base["id"]]
        own = {light_key(n) for n in [place["name"], *place.get("names", [])]
               if isinstance(n, str) and not is_arabic(n) and len(light_key(n)) >= 4 and not is_code(n)}

        def named_after(p: Mapping[str, Any]) -> bool:
            keys = [light_key(n) for n in [p["name"], *p["names"]]]
            return any(rk and rk in k for k in keys) or any(
                re.search(rf"(?<!\w){re.escape(o)}(?!\w)", k) for o in own for k in keys)

        if kind not in ("airbase", "airport"):
            # an oil terminal, field or camp carries the name of the place it serves: "Ras Lanuf oil terminal"
            # is not the Es Sider terminal 20 km off, nor "Zueitina oil terminal" Zawiya's. (An airport often
            # bears a village's name - Beida's is al-Abraq - so the nearest airfield stays the answer there.)
            # A coastal terminal lies at the town it serves (Tobruk's is Marsa al-Hariga, 3 km off), so one under
            # another name counts only within _TERMINAL_RADIUS_KM.
            anchor = self.by_id[base["id"]].get("anchor_id") or base["id"]
            facilities = [p for p in facilities if named_after(p) or (
                not self._named_after_other(p, anchor)
                and (p.get("kind") != "oil_terminal"
                     or haversine_km(base["lat"], base["lon"], p["lat"], p["lon"]) <= _TERMINAL_RADIUS_KM))]
            if not facilities:
                # no such facility of that place is known: the place itself, a little less sure
                return {**base, "query": query, "score": min(base["score"], 85.0), "method": "kind"}
        if not facilities:
            return None

        facilities.sort(key=lambda p: (not named_after(p), p.get("kind") != kind,
                                       haversine_km(base["lat"], base["lon"], p["lat"], p["lon"])))
        return self._result(query, facilities[0]["id"], score=min(base["score"], 95.0), method="kind",
                            status="resolved")

    def _named_after_other(self, p: Mapping[str, Any], anchor: str) -> bool:
        """The facility ``p``'s name holds the name of a town or city other than the place ``anchor``
        ("Es Sider oil terminal", "Zawiya refinery and oil terminal")."""
        words = light_key(p["name"]).split()
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                k = " ".join(words[i:i + n])
                if k in QUALIFIERS or k in KIND_WORDS:
                    continue
                for j in self._light.get(k, ()):
                    q = self.by_id[j]
                    if q.get("kind") in ("city", "town", "village") and (q.get("anchor_id") or j) != anchor:
                        return True
        return False

    def geocode_many(self, queries: Iterable[str], **hints: Any) -> list[GeocodeResult]:
        """Geocode every query, in input order, one result each (none dropped)."""
        return [self.geocode(q, **hints) for q in queries]

    def suggestions(self, query: str, n: int = 3) -> list[str]:
        """The ``n`` nearest gazetteer names to ``query`` (for error messages)."""
        return [self.by_id[i]["name"] for i, _ in self._fuzzy(light_key(str(query)), limit=n)]
