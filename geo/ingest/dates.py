"""Dates of ``frontline ingest``: the month tables (English and Arabic, with the Arabic ordinal days) and the
date expressions a sentence gives – explicit, relative to the article date ("on Friday", "yesterday", "the next
day") or anchored to a date given before – with how sure each reading is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


# =============================================================================== dates
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
                "السبت": 5, "الأحد": 6, "الاحد": 6}
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"], 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RX = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
            r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"


_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]
_AR_MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
              "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
              "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8,
              "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12}
# Arabic ordinal days of the month ("الرابع من أبريل", "الحادي والعشرين من مارس")
_AR_ORDINAL_UNITS = {"الأول": 1, "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                     "السابع": 7, "الثامن": 8, "التاسع": 9}
_AR_ORDINAL_DAYS: dict[str, int] = {
    **_AR_ORDINAL_UNITS, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "العشرين": 20, "الثلاثين": 30,
    "الحادي والعشرين": 21, "الحادي والثلاثين": 31,
    **{f"{w} عشر": 10 + n for w, n in _AR_ORDINAL_UNITS.items() if n >= 3},
    **{f"{w} والعشرين": 20 + n for w, n in _AR_ORDINAL_UNITS.items() if n >= 2},
}
# words a day of the month follows ("منذ الرابع من أبريل", "يوم الرابع", "في الرابع")
_AR_DAY_LEADS = frozenset({"في", "منذ", "يوم", "حتى", "من", "بتاريخ", "الموافق", "صباح", "مساء", "ليلة", "فجر", "قبل",
                           "بعد", "بين", "إلى", "الى", "،", "-", "(", ""})
_AR_ORDINAL_DAY_RX = "(" + "|".join(sorted(_AR_ORDINAL_DAYS, key=len, reverse=True)) + ")"
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                  "nine": 9, "ten": 10}


@dataclass(frozen=True)
class _DateExpr:
    start: int
    end: int
    date: dt.date
    factor: float
    note: str
    ahead: bool = False  # dates only the clause that follows it ("one day after …")


def _find_dates(low: str, article_date: dt.date, anchor: dt.date | None = None) -> list[_DateExpr]:
    """Date expressions of a sentence; ``anchor`` is the date the sentence before reported, for "a day earlier"."""
    out: list[_DateExpr] = []

    def add(m: re.Match[str], d: dt.date, factor: float, note: str) -> None:
        out.append(_DateExpr(m.start(), m.end(), d, factor, note))

    for m in re.finditer(r"\b(?:last\s+|on\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?"
                         r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?\b", low):
        wd = _WEEKDAYS.index(m.group(1))
        back = (article_date.weekday() - wd) % 7
        if m.group(0).startswith("last") and back == 0:
            back = 7
        add(m, article_date - dt.timedelta(days=back), 1.0, f"date from {m.group(0)!r}")
    for m in re.finditer(r"(?:يوم|مساء|صباح|فجر|ليلة|ظهر|عصر|ليل)\s+(?:أمس\s+|امس\s+)?"
                         r"(الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد)", low):
        wd = _AR_WEEKDAYS[m.group(1)]
        add(m, article_date - dt.timedelta(days=(article_date.weekday() - wd) % 7), 1.0, f"date from {m.group(0)!r}")
    for m in re.finditer(r"(?<!\d)(\d{1,2})\s+(" + "|".join(_AR_MONTHS) + r")(?:\s+(?:عام\s+)?(\d{4}))?(?!\w)", low):
        d = _explicit_date(int(m.group(1)), _MONTH_NAMES[_AR_MONTHS[m.group(2)] - 1], m.group(3), article_date)
        if d is not None:
            add(m, *_judge_explicit(d, article_date, m.group(0)))
    # "منذ الرابع من أبريل" (since the fourth of April): a day written as an ordinal word
    for m in re.finditer(r"(?<!\w)" + _AR_ORDINAL_DAY_RX + r"\s+(?:من\s+)?(?:شهر\s+)?(" + "|".join(_AR_MONTHS) +
                         r")(?:\s+(?:عام\s+|سنة\s+)?(\d{4})|\s+(?:من\s+)?(?:العام|السنة)\s+(?:الماضي|الماضية|المنصرم))?(?!\w)",
                         low):
        before = low[:m.start()].split()
        if before and before[-1] not in _AR_DAY_LEADS and re.sub(r"^[وف]", "", before[-1]) not in _AR_DAY_LEADS:
            continue  # "الأسبوع الثاني من مايو" is the second week of May, not its second day
        last = m.group(0).rstrip().endswith(("الماضي", "الماضية", "المنصرم"))  # "… من العام الماضي"
        year = m.group(3) or (str(article_date.year - 1) if last else None)
        d = _explicit_date(_AR_ORDINAL_DAYS[m.group(1)], _MONTH_NAMES[_AR_MONTHS[m.group(2)] - 1], year, article_date)
        if d is not None:
            add(m, *_judge_explicit(d, article_date, m.group(0)))
    for m in re.finditer(r"(?<!\w)(?:عام|سنة|العام|منذ\s+عام|منذ)\s+((?:19|20)\d\d)(?!\d)", low):
        if int(m.group(1)) < article_date.year:
            add(m, article_date, 0.5, f"date {m.group(0)!r} is earlier than the article; article date used")
    for m in re.finditer(r"(?:^|\s)[وف]?(?:أمس|امس)(?:\s|$)", low):
        add(m, article_date - dt.timedelta(days=1), 1.0, "date from 'أمس' (yesterday)")
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RX + r"(?:,?\s+(\d{4}))?\b", low):
        d = _explicit_date(int(m.group(1)), m.group(2), m.group(3) or _last_year(low, m.end(), article_date), article_date)
        if d is not None:
            add(m, *_judge_explicit(d, article_date, m.group(0)))
    for m in re.finditer(r"\b" + _MONTH_RX + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", low):
        d = _explicit_date(int(m.group(2)), m.group(1), m.group(3) or _last_year(low, m.end(), article_date), article_date)
        if d is not None and not any(e.start <= m.start() < e.end for e in out):
            add(m, *_judge_explicit(d, article_date, m.group(0)))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", low):
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        add(m, *_judge_explicit(d, article_date, m.group(0)))
    for m in re.finditer(r"(?<!before\s)\byesterday\b|\blast\s+night\b|\bthe\s+(?:previous|day\s+before(?!\s+yesterday))\b",
                         low):
        add(m, article_date - dt.timedelta(days=1), 1.0, f"date from {m.group(0)!r}")
    for m in re.finditer(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+ago\b|\bthe\s+day\s+before\s+yesterday\b", low):
        n = 2 if m.group(1) is None else _SMALL_NUMBERS.get(m.group(1)) or int(m.group(1))
        add(m, article_date - dt.timedelta(days=n), 1.0, f"date from {m.group(0)!r}")
    if anchor is not None:
        for m in re.finditer(r"\b(?:(?:earlier|later)\s+(?:on\s+)?(?:the\s+same|that)\s+day|on\s+the\s+same\s+day|"
                             r"the\s+same\s+day|(?:on\s+)?that\s+(?:very\s+)?day|(?:earlier|later)\s+that\s+(?:morning|evening|night|afternoon))\b", low):
            # "… entered Bani Walid on Friday. Earlier the same day Tarhuna had fallen": the day just given
            add(m, anchor, 1.0, f"date from {m.group(0)!r} ({anchor.isoformat()})")
    for m in re.finditer(r"\b(?:today|tonight|this\s+morning|this\s+evening|this\s+afternoon|"
                         r"earlier\s+today|اليوم)\b", low):
        add(m, article_date, 1.0, f"date from {m.group(0)!r}")
    for m in re.finditer(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(after|before)\b(?=\s+\w)", low):
        # "won back Abugrein yesterday, one day after Haftar's fighters had overrun the town": the event of the
        # clause after "after" is that many days before the date of the main clause (the nearest full date)
        anchors = [e for e in out if e.factor == 1.0 and not (m.start() <= e.start < m.end())]
        if anchors:
            near = min(anchors, key=lambda e: m.start() - e.end if e.end <= m.start() else 2 * (e.start - m.end()))
            base, said = near.date, low[near.start:near.end]
        else:
            # "… said on Wednesday it was pulling back. The announcement came two days after the LNA lost
            # al-Watiya": the main clause is the day the sentence before gave, else the article's
            base = anchor or article_date
            said = base.isoformat()
        n = _SMALL_NUMBERS.get(m.group(1)) or int(m.group(1))
        d = base - dt.timedelta(days=n if m.group(2) == "after" else -n)
        if d <= article_date:
            out.append(_DateExpr(m.start(), m.end(), d, 1.0, f"date from {m.group(0)!r} {said!r}", ahead=True))
    for m in re.finditer(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(earlier|later|(?:before|after)\b"
                         r"(?!\s+(?:the|a|an|his|its|their|he|she|it|they|[a-z]+(?:ed|ing)|[a-z]+'s)\b))\b", low):
        # "A day earlier, an LNA drone strike on Murzuq …": days before the date the text has just given
        if any(e.start <= m.start() < e.end for e in out):
            continue
        own = [e for e in out if e.factor == 1.0 and not e.ahead]
        base = own[-1].date if own else anchor or article_date
        n = _SMALL_NUMBERS.get(m.group(1)) or int(m.group(1))
        d = base - dt.timedelta(days=n if m.group(2) in ("earlier", "before") else -n)
        if d <= article_date:
            add(m, d, 1.0, f"date from {m.group(0)!r} ({base.isoformat()})")
    for m in re.finditer(r"\bthe\s+(?:next|following)\s+(day|morning|evening|night)\b", low):
        # "entered the town on 10 August and claimed full control the next day": the day after the date just given
        if any(e.start <= m.start() < e.end for e in out):
            continue
        own = [e for e in out if e.factor == 1.0 and not e.ahead and e.end <= m.start()]
        base = own[-1].date if own else anchor
        if base is not None and base + dt.timedelta(days=1) <= article_date:
            add(m, base + dt.timedelta(days=1), 1.0, f"date from {m.group(0)!r} ({base.isoformat()})")
    for m in re.finditer(r"\b(?:last|this|earlier\s+this|past)\s+(?:week|weekend|month)\b|\bin\s+recent\s+(?:days|weeks)\b|"
                         r"\brecently\b|\b(?:a\s+few|two|three|several|\d+)\s+(?:days|weeks)\s+(?:ago|later|earlier)\b|"
                         r"\b(?:a|one)\s+(?:day|week)\s+(?:later|earlier|after|before)\b|\bthe\s+next\s+day\b|"
                         r"\b(?:in|since|during)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_RX + r"(?!\s+\d)(?!\s+(?:of\s+)?last\s+year)", low):
        if any(e.start <= m.start() < e.end for e in out):
            continue
        add(m, article_date, 0.85, f"date {m.group(0)!r} not resolved; article date used")
    for m in re.finditer(r"\blast\s+year\b|\byears?\s+ago\b|\b(?:in|since|during|by|of)\s+(?:early\s+|late\s+|mid-?)?"
                         r"(?:" + _MONTH_RX + r"\s+)?((?:19|20)\d\d)\b", low):
        year = m.group(2)
        if year and int(year) == article_date.year:
            if any(e.start <= m.start() < e.end for e in out):
                continue
            add(m, article_date, 0.85, f"date {m.group(0)!r} not resolved; article date used")
            continue
        if year and int(year) > article_date.year:
            continue  # "elections in March 2021" in a 2020 article: a plan, no date of anything reported
        add(m, article_date, 0.5, f"date {m.group(0)!r} is earlier than the article; article date used")
    return out


def _last_year(low: str, end: int, article_date: dt.date) -> str | None:
    """(round 56a) "on 4 April last year": the year before the article's (a campaign's start named in a later report)."""
    return str(article_date.year - 1) if re.match(r",?\s+(?:of\s+)?last\s+year\b", low[end:]) else None


def _explicit_date(day: int, month: str, year: str | None, article_date: dt.date) -> dt.date | None:
    mon = _MONTHS.get(month.rstrip(".").lower())
    if mon is None:
        return None
    y = int(year) if year else article_date.year
    try:
        d = dt.date(y, mon, day)
    except ValueError:
        return None
    if not year and d > article_date + dt.timedelta(days=1):
        try:
            d = dt.date(y - 1, mon, day)
        except ValueError:
            return None
    return d


def _judge_explicit(d: dt.date, article_date: dt.date, text: str) -> tuple[dt.date, float, str]:
    if d > article_date:
        return article_date, 0.6, f"date {text!r} is after the article; article date used"
    if (article_date - d).days > 120:
        return d, 0.8, f"date from {text!r} (long before the article)"
    return d, 1.0, f"date from {text!r}"
