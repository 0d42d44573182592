"""Normalising place names so that transliteration variants meet.

Libyan place names reach reporting through Arabic, Italian, French and English spellings:
*Tarhuna, Tarhouna, Tarhunah, ترهونة*; *Sirte, Surt, Sirt, Syrte*; *Jufra, Jofra, Al Jufrah*.
Three keys of decreasing strictness are computed for every name:

``exact_key``
    case-folded text with whitespace collapsed (``"Tarhuna"``).
``light_key``
    diacritics, apostrophes, hyphens and the Arabic article (al-, el-, ad-, as-, az-, ash- …)
    removed; common spelling pairs unified (ou→u, ee→i, q/k/c→k, doubled letters, final -ah);
    generic words in place names spelled one way (Wadi/Oued, Qasr/Gasr/Ksar, Bir/Bi'r, Abu/Bou,
    Bani/Beni …). Arabic script is normalised on its own (tashkeel and tatweel stripped; alef,
    ta marbuta, alef maqsura and hamza seats unified; the article ال dropped).
``skeleton``
    the light key with vowels (and the semi-vowels w/y) dropped after the first letter: the
    consonant frame that survives most transliterations (``Sirte``/``Surt`` → ``srt``).

The functions are pure and cheap; :mod:`geo.gazetteer` builds its indexes from them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "QUALIFIERS",
    "arabic_to_latin",
    "latin_skeleton_of_arabic",
    "consonant_frame",
    "exact_key",
    "light_key",
    "skeleton",
    "is_arabic",
    "normalize_arabic",
    "strip_kind_words",
    "KIND_WORDS",
]

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_TASHKEEL_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_ARABIC_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ؤ": "و", "ء": "",
    "ک": "ك", "گ": "ك", "ڤ": "ف", "پ": "ب", "چ": "ج",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "،": " ", "؛": " ", "؟": " ", "ـ": "",
})

# Arabic articles as separate tokens after hyphens are split ("al-Jufra" -> "al jufra").
_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "az", "ez", "at", "et", "ash", "esh",
                       "ech", "ach", "adh", "ath", "an", "en", "ar", "er", "l", "il", "ul"})
# Generic English/French words that frame a name but are not part of it.
_FILLERS = frozenset({"the", "town", "city", "of", "village", "district", "region", "area",
                      "oasis", "municipality", "shabiyat", "sha'biyat", "baladiyat", "de", "la",
                      "le", "du", "des", "di", "province", "libya", "libyan"})
# Spelling families of the words that start many Libyan names, mapped to one form.
_WORD_MAP = {
    "wady": "wadi", "ouadi": "wadi", "oued": "wadi", "wed": "wadi", "vadi": "wadi",
    "gasr": "qasr", "kasr": "qasr", "ksar": "qasr", "qsar": "qasr", "ksour": "qasr", "kasser": "qasr",
    "bi'r": "bir", "beer": "bir", "bier": "bir", "bi": "bir", "ber": "bir", "bir'": "bir",
    "abou": "abu", "bou": "abu", "bu": "abu", "abo": "abu", "aboo": "abu", "abi": "abu", "ebu": "abu",
    "beni": "bani", "bany": "bani", "bene": "bani", "banu": "bani", "bini": "bani",
    "ben": "bin", "ibn": "bin", "bn": "bin", "ibin": "bin",
    "ayn": "ain", "ein": "ain", "ain'": "ain", "'ain": "ain", "aïn": "ain", "ayin": "ain", "aine": "ain",
    "jebel": "jabal", "djebel": "jabal", "gebel": "jabal", "jabel": "jabal", "jbel": "jabal",
    "um": "umm", "oum": "umm", "om": "umm", "umma": "umm",
    "souq": "suq", "souk": "suq", "suk": "suq", "souk'": "suq", "sooq": "suq",
    "sidy": "sidi", "sid": "sidi",
    "mersa": "marsa", "marsah": "marsa",
    "hai": "hay", "hayy": "hay",
    "qaryat": "qarya", "garyat": "qarya", "gariat": "qarya", "qaria": "qarya", "qariat": "qarya",
    "rass": "ras",
    "uadi": "wadi",
}
# Words that frame a name in reporting ("Mashru al-Hadba", "Hay al-Andalus", "Zawiya al-Gharbiya",
# "طرابلس الغرب") and may be dropped when the full phrase is not a known name.
QUALIFIERS = frozenset({
    "wadi", "hay", "mashru", "madinat", "madina", "mantiqat", "mantiqa", "manteqa", "qarya", "suq",
    "west", "western", "east", "eastern", "north", "northern", "south", "southern", "central",
    "gharbiya", "gharbia", "gharbiyah", "sharqiya", "sharqia", "janubiya", "shamaliya", "wusta",
    "project", "neighbourhood", "neighborhood", "camp", "road", "area", "outskirts", "suburb",
    "koast", "koastal", "shore", "beach", "port", "harbur", "of", "the", "kentre", "kenter",
    "downtown", "kity", "town", "vilage", "oasis", "kasr", "gasr",  # light-keyed forms (coast, centre, city, village)
    "غرب", "غربيه", "غربي", "شرقيه", "شرقي", "جنوبيه", "جنوبي", "شماليه", "شمالي", "وادي", "حي",
    "مشروع", "منطقه", "مدينه", "وسطي",
})

KIND_WORDS: dict[str, str] = {
    # phrase (light-keyed, longest first at use) -> gazetteer kind
    "international airport": "airport",
    "airport": "airport",
    "air port": "airport",
    "airfield": "airbase",
    "air field": "airbase",
    "air base": "airbase",
    "airbase": "airbase",
    "military airbase": "airbase",
    "hava ussu": "airbase",  # Turkish "Hava Üssü"
    "havalimani": "airport",  # Turkish "Havalimanı"
    "military base": "military_base",
    "military camp": "military_base",
    "army base": "military_base",
    "camp": "military_base",
    "oil field": "oil_field",
    "oilfield": "oil_field",
    "field": "oil_field",
    "oil terminal": "oil_terminal",
    "oil port": "oil_terminal",
    "terminal": "oil_terminal",
}

_DIACRITIC_EXTRA = str.maketrans({
    "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th",
    "ə": "e", "ɣ": "gh", "ħ": "h",
    "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "´": "", "'": "", "ʻ": "", "ʼ": "", "′": "",
    "-": " ", "_": " ", ".": " ", ",": " ", "(": " ", ")": " ", "/": " ", "\u2010": " ",
    "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ", "\u00a0": " ", "\u200b": "",
    "\u200e": "", "\u200f": "", "\u200c": "", "\u200d": "", "\ufeff": "", '"': " ", "“": " ",
    "”": " ", "«": " ", "»": " ", ":": " ", ";": " ", "!": " ", "?": " ", "&": " ", "+": " ",
    "*": " ", "#": " ", "[": " ", "]": " ", "{": " ", "}": " ", "<": " ", ">": " ", "|": " ",
    "\\": " ", "=": " ", "%": " ", "$": " ", "@": " ", "^": " ", "~": " ", "\x00": " ",
})

_LATIN_RULES = [
    (re.compile(r"\brh"), "gh"),  # French: Rhadamès, Rhat
    (re.compile(r"ch\b"), "k"),  # German/Italian final ch: Tobruch, Murzuch, Brach
    (re.compile(r"v"), "w"),  # no v in Arabic: Zavia, Zuvara (Italian/Slavic transcriptions)
    (re.compile(r"(?<=[b-df-hj-np-tv-z])y(?=[b-df-hj-np-tv-z])"), "i"),  # Syrte = Sirte
    (re.compile(r"ou"), "u"),
    (re.compile(r"oo"), "u"),
    (re.compile(r"ee"), "i"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"dj"), "j"),
    (re.compile(r"gi(?=[aou])"), "j"),  # Italian: Giado, Giofra, Giarabub
    (re.compile(r"\bu(?=[aei])"), "w"),  # Italian/French initial u- for w-: Uadi, Ueddan
    (re.compile(r"(?<=[aeio])u(?=[aeio])"), "w"),  # Giauad -> Jawad
    (re.compile(r"th"), "t"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"tch"), "ch"),
    (re.compile(r"ck"), "k"),
    (re.compile(r"q"), "k"),
    (re.compile(r"c(?!h)"), "k"),
    (re.compile(r"iy+(?=[aeiou])"), "i"),  # Kuraimiyyah = Kuraimiya = Kuraimia
    (re.compile(r"uw+(?=[aeiou])"), "u"),
    (re.compile(r"\b([b-df-hj-np-tv-z])w(?=[aeio])"), r"\1u"),  # Zwara = Zuwara, Swani = Suani
    (re.compile(r"([a-z])\1+"), r"\1"),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
]
_VOWELS_RE = re.compile(r"[aeiouyw]")
# Coarser merges used only for the skeleton (ranked afterwards by similarity of light keys).
_SKELETON_RULES = [
    (re.compile(r"gh"), "g"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"ch"), "s"),
    (re.compile(r"g"), "k"),  # Libyan q is spoken g: Qasr/Gasr, Qaryat/Garyat
]


_ARABIC_TO_LATIN = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "",
    "و": "w", "ي": "y", "ى": "a", "ء": "", "ئ": "y", "ؤ": "w", " ": " ",
}
_CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "і": "i", "ї": "i", "є": "e", "ґ": "g",
}
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def arabic_to_latin(text: str) -> str:
    """A rough Latin rendering of Arabic script (for matching consonant skeletons only)."""
    key = re.sub(r"ه(?=\s|$)", "a", normalize_arabic(text))  # final ta marbuta is a vowel
    return "".join(_ARABIC_TO_LATIN.get(ch, "" if "\u0600" <= ch <= "\u06ff" else ch) for ch in key)


def cyrillic_to_latin(text: str) -> str:
    """Russian-style transliteration, so "Куфра" meets "Kufra"."""
    return "".join(_CYRILLIC_TO_LATIN.get(ch, ch) for ch in text.casefold())


def is_arabic(text: str) -> bool:
    """True if ``text`` contains Arabic-script letters."""
    return bool(_ARABIC_RE.search(text))


def fold_arabic_letters(text: str) -> str:
    """One form of the letters Arabic writers use interchangeably (alef and hamza forms, ya/alef maqsura, ta
    marbuta/ha, Persian letters) and Western digits, with tatweel and Arabic punctuation dropped; words and
    articles stay as they are (:func:`normalize_arabic` also drops vowel marks and the article)."""
    return text.translate(_ARABIC_MAP)


def normalize_arabic(text: str) -> str:
    """Normalise Arabic script: no tashkeel/tatweel, one form of alef/ya/ta marbuta, no article."""
    text = unicodedata.normalize("NFKC", text)
    text = fold_arabic_letters(_TASHKEEL_RE.sub("", text))
    words = []
    for w in re.split(r"[\s\-_.,()/]+", text):
        if not w:
            continue
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        elif w.startswith("وال") and len(w) > 4:
            w = w[3:]
        words.append(w)
    # (round 46) the kunya "أبو" is written apart from the name or glued to it ("أبو قرين", "أبوقرين"): one key
    out: list[str] = []
    for w in words:
        if out and out[-1] == "ابو":
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def exact_key(text: str) -> str:
    """Case-folded, NFC, whitespace-collapsed form of ``text``."""
    return " ".join(unicodedata.normalize("NFC", str(text)).casefold().split())


# Letters whose decomposition would lose a consonant: Turkish and Romanian ş is "sh", Turkish ç is "ch"
# ("Şerara" = Sharara, "Elvaşka" = al-Washka); taken before NFKD would turn them into a bare s and c.
_DIGRAPH_LETTERS = str.maketrans({"ş": "sh", "ș": "sh", "ç": "ch"})


def _latin_tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFC", text.casefold()).translate(_DIGRAPH_LETTERS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_DIACRITIC_EXTRA)
    return [t for t in text.split() if t]


@lru_cache(maxsize=200_000)
def light_key(text: str) -> str:
    """Transliteration-tolerant key of a name (see the module docstring)."""
    text = str(text)
    if is_arabic(text):
        return normalize_arabic(text)
    if _CYRILLIC_RE.search(text):
        text = cyrillic_to_latin(text)
    tokens = _latin_tokens(text)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        tok = _WORD_MAP.get(tok, tok)
        if tok in _FILLERS:
            continue
        if tok in _ARTICLES and i < len(tokens) - 1:
            continue
        out.append(tok)
    if not out:
        out = [t for t in tokens if t]
    key = " ".join(out)
    for pattern, repl in _LATIN_RULES:
        key = pattern.sub(repl, key)
    return key.strip()


@lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """Consonant frame of the light key (first letter kept; vowels and w/y dropped)."""
    key = light_key(text)
    if is_arabic(key):
        # Arabic script writes few vowels already; drop the long-vowel letters after the first.
        body = key.replace(" ", "")
        return body[:1] + re.sub(r"[اوي]", "", body[1:])
    return _latin_skeleton(key)


_CODE_RE = re.compile(r"[A-Z]{2,4}")


def is_code(name: str) -> bool:
    """An airport or station code among a place's alternate names ("QBL" for Bani Walid, "HLMS"): a key to look up
    exactly, never a spelling to match loosely (its consonants "qbl" are those of the Arabic "القبايلية")."""
    return bool(_CODE_RE.fullmatch(name.strip()))


def latin_skeleton_of_arabic(text: str) -> str:
    """The Latin consonant frame of an Arabic-script name (ككلة → kkl, matching Kiklah)."""
    return _latin_skeleton(light_key(arabic_to_latin(text)))


def consonant_frame(text: str) -> str:
    """Like :func:`skeleton` but keeping doubled consonants (كك in ككلة, k-k in Kiklah), for
    matching Arabic script against Latin names; articles and framing words dropped."""
    latin = arabic_to_latin(text) if is_arabic(text) else str(text)
    if _CYRILLIC_RE.search(latin):
        latin = cyrillic_to_latin(latin)
    tokens = [_WORD_MAP.get(t, t) for t in _latin_tokens(latin)]
    tokens = [t for i, t in enumerate(tokens) if t not in _FILLERS and not (t in _ARTICLES and i < len(tokens) - 1)]
    body = "".join(tokens)
    for pattern, repl in _LATIN_RULES:
        if pattern.pattern != r"([a-z])\1+":
            body = pattern.sub(repl, body)
    for pattern, repl in _SKELETON_RULES:
        body = pattern.sub(repl, body)
    return body[:1] + _VOWELS_RE.sub("", body[1:]) if body else ""


def _latin_skeleton(key: str) -> str:
    body = key.replace(" ", "")
    if not body:
        return ""
    for pattern, repl in _SKELETON_RULES:
        body = pattern.sub(repl, body)
    frame = body[0] + _VOWELS_RE.sub("", body[1:])
    return re.sub(r"([a-z])\1+", r"\1", frame)


_GLUED_ARTICLE_RE = re.compile(r"^(?:al|el)([a-z]{4,})$")


def unglued_key(key: str) -> str:
    """A light key with an article written onto a word taken off it ("alasaba" -> "asaba", "souk elkhamis" ->
    "souk khamis"); the key unchanged where no word carries one. Meant as a second try after the key itself."""
    return " ".join(_GLUED_ARTICLE_RE.sub(r"\1", t) for t in key.split())


def strip_kind_words(text: str) -> tuple[str, str | None]:
    """Split a kind hint off a query: ``"Jufra airbase"`` → ``("Jufra", "airbase")``.

    Returns the remaining name and the gazetteer kind, or ``(text, None)`` if the query
    carries no kind word (or is nothing but one).
    """
    lowered = " ".join(_latin_tokens(text))
    arabic_kinds = {"قاعدة": "airbase", "مطار": "airport", "حقل": "oil_field", "ميناء": "oil_terminal"}
    for word, kind in arabic_kinds.items():
        if is_arabic(text) and word in text:
            rest = text.replace(word, " ").replace("الجوية", " ").replace("النفطي", " ").strip()
            if rest:
                return rest, kind
    for phrase in sorted(KIND_WORDS, key=len, reverse=True):
        pat = re.compile(rf"(?:^|\s){re.escape(phrase)}(?:\s|$)")
        if pat.search(lowered):
            rest = pat.sub(" ", lowered, count=1)
            rest = re.sub(r"\b(of|the|near|at|in)\b", " ", rest)
            rest = " ".join(rest.split())
            if rest:
                return rest, KIND_WORDS[phrase]
    return text, None
