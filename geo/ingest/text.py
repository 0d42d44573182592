"""Sentences and text helpers of ``frontline ingest``: :func:`split_sentences` (abbreviations, over-long
sentences bounded), the text normalisation every stage reads (``_normalise``), tokens and the words between two
offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


# =============================================================================== sentences
_ABBREVIATIONS = frozenset("""
gen lt col maj brig capt sgt cpl adm cmdr mr mrs ms dr prof st mt no nos vol fig approx est dept
gov govt sen rep rev jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur
thurs fri sat sun inc ltd co corp bros vs al
""".split())
_SENT_END_RE = re.compile(r"[.!?؟]+[\"'”’)\]]*(?=\s+|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence and its character span in the article text."""

    text: str
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences; lines are paragraphs (headlines end where their line ends).

    A period does not end a sentence after an abbreviation (``Gen.``, ``Col.``, ``Sept.``), a
    single capital (an initial, ``K. Haftar``), or a dotted acronym (``U.N.``, ``U.S.``), nor
    before a lower-case word or a digit, which is how "Brig. Gen. Khaled al-Mahjoub" and
    "the U.N.-led process" stay whole.
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start_of_line = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        if not body.strip():
            continue
        seg_start = 0
        for m in _SENT_END_RE.finditer(body):
            end = m.end()
            if not _is_sentence_end(body, m.start(), end):
                continue
            _emit(out, body, seg_start, end, start_of_line)
            seg_start = end
        _emit(out, body, seg_start, len(body), start_of_line)
    return out


_MAX_SENTENCE = 1200  # characters; no news sentence is longer, and the rules are not linear in length


def _bounded(sent: Sentence) -> Iterator[Sentence]:
    """A run-on "sentence" (a list, a table, text without stops) cut at clause punctuation into pieces of
    at most :data:`_MAX_SENTENCE` characters, so that one pathological line cannot stall a folder."""
    text, start = sent.text, 0
    while len(text) - start > _MAX_SENTENCE:
        cut = max(text.rfind(ch, start, start + _MAX_SENTENCE) for ch in ";,:")
        if cut <= start:
            cut = text.rfind(" ", start, start + _MAX_SENTENCE)
        cut = cut + 1 if cut > start else start + _MAX_SENTENCE
        piece = text[start:cut]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            yield Sentence(piece.strip(), sent.start + start + lead, sent.start + start + lead + len(piece.strip()))
        start = cut
    piece = text[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        yield Sentence(piece.strip(), sent.start + start + lead, sent.start + start + lead + len(piece.strip()))


def _emit(out: list[Sentence], body: str, a: int, b: int, offset: int) -> None:
    chunk = body[a:b]
    stripped = chunk.strip()
    if not stripped or not any(ch.isalpha() for ch in stripped):
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(stripped, offset + a + lead, offset + a + lead + len(stripped)))


def _is_sentence_end(body: str, dot: int, end: int) -> bool:
    if body[dot] != ".":
        nxt = body[end:].lstrip()
        return not nxt or not nxt[0].islower()
    before = body[:dot]
    word_m = re.search(r"([\w.]+)$", before)
    word = word_m.group(1) if word_m else ""
    nxt = body[end:].lstrip()
    if not nxt:
        return True
    if nxt[0].islower() or nxt[0] in ",;:-–" or (nxt[0].isdigit() and word.isdigit()):
        return False
    bare = word.rstrip(".").lower()
    if "." in word or (len(word) == 1 and word.isalpha() and word.isupper()):
        # U.N. / U.S. / initials: a sentence ends only if a typical opener follows
        return bool(re.match(r"(The|A|An|In|On|At|But|And|It|He|She|They|We|This|That|Meanwhile|However)\b",
                             nxt))
    return bare not in _ABBREVIATIONS


# =============================================================================== text helpers
_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                            "«": '"', "»": '"', "—": ",", "–": ",", "\u00a0": " ", "\u200b": "",
                            "\u200e": "", "\u200f": "", "\ufeff": ""})
_WORD_RE = re.compile(r"[^\W_](?:[\w'\-]*[^\W_])?")


_AR_TASHKEEL_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")


def _normalise(text: str) -> str:
    """Quotes and dashes unified, Arabic vowel marks dropped, whitespace collapsed; case folding keeps every offset."""
    s = unicodedata.normalize("NFC", text).translate(_QUOTE_MAP)
    s = _AR_TASHKEEL_RE.sub("", s)  # "شنّه", "هجوماً": the rules read Arabic without its optional vowel marks
    s = "".join(ch if len(ch.casefold()) == 1 else (ch.lower() if len(ch.lower()) == 1 else "?") for ch in s)
    return " ".join(s.split())


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str  # as written (possessive 's removed)
    low: str


def _tokens(s: str, low: str) -> list[_Tok]:
    out = []
    for m in _WORD_RE.finditer(s):
        a, b = m.start(), m.end()
        if low[a:b].endswith("'s") and b - a > 2:
            b -= 2
        elif low[a:b].endswith("'"):
            b -= 1
        out.append(_Tok(a, b, s[a:b], low[a:b]))
    return out


def _words_between(low: str, a: int, b: int) -> list[str]:
    return [m.group(0).removesuffix("'s") for m in _WORD_RE.finditer(low[max(0, a):max(a, b)])]
