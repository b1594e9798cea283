"""What a day of the month takes from the words around it.

"le 4 et le 5 août", "am 4. und 5. August", "August 4 and 5": a bare day number joined to a
dated day is one span of days. "les attaques menées en août 2013 contre Adra et Douma, le 4 et
le 5 août": a day told without a year after a month with its year, in the same sentence or the
is of that year (HeidelTime's reference time), not of the year of the news. Only in the same
sentence, or the next one when it names the same month again: "Assad took power on 17 July
2000. On 8 December he fled" is not of 2000.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from reportmap.dates_base import TimeExpr, safe_date, stretch, widen
from reportmap.dates_month_year import tells_its_year

# A day number and "and" just before a dated day: "le 4 et le ", "4. und ", "el 4 y el ".
_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:le|du|el|del|il|dal|am|the|on)\s+)?(?<![\d.,/])(?P<day>\d{1,2})(?:\.|th|st|nd|rd)?\s*"
    r"(?:,\s*)?(?:and|&|et|und|y|e|и|و)\s*(?:(?:le|du|el|del|il|dal|am|the|on)\s+)?\Z",
    re.IGNORECASE,
)
# "and 5" just after a dated day written month first: "August 4 and 5".
_NUMBER_AFTER = re.compile(r"\s*(?:and|&)\s+(?P<day>\d{1,2})(?:th|st|nd|rd)?\b(?![.,]?\d)",
                           re.IGNORECASE)
_MONTH_FIRST = re.compile(r"^[^\W\d]+\.?\s+\d{1,2}$")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# What ends a sentence between two dates: the year told before no longer holds.
_SENTENCE_END = re.compile(r"(?<![\d\s])[.!?؟]\s+(?=[\"“«„]?[^\W\d_a-zà-ÿа-я])")
_PARAGRAPH_END = re.compile(r"\n")
# "Mayıs 2013'te …, bu yıl 5 Haziran'da": the year of the news, said again.
_THIS_YEAR = re.compile(
    r"\b(?:this\s+year|cette\s+année|este\s+año|quest['’]anno|dieses\s+Jahr(?:es)?|"
    r"в\s+этом\s+году|bu\s+yıl)\b|(?:هذا\s+العام|العام\s+الحالي|امسال)",
    re.IGNORECASE,
)


def join_day_numbers(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A bare day number joined by "and" to a dated day widens it to a span of days."""
    out: list[TimeExpr] = []
    for e in exprs:
        if e.granularity != "day" or e.date_start is None or e.date_start != e.date_end:
            out.append(e)
            continue
        before = _NUMBER_BEFORE.search(text, max(0, e.start - 16), e.start)
        after = _MONTH_FIRST.match(e.text) and _NUMBER_AFTER.match(text, e.end)
        if before and not (out and out[-1].end > before.start()):
            first = safe_date(e.date_start.year, e.date_start.month, int(before["day"]))
            if first is not None and first < e.date_start:
                e = widen(e, text, before.start(), date_start=first, granularity="range")
        elif after:
            last = safe_date(e.date_start.year, e.date_start.month, int(after["day"]))
            if last is not None and last > e.date_end:
                e = stretch(e, text, after.end(), date_end=last, granularity="range")
        out.append(e)
    return out


def apply_year_told(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A day without its year after a month with its year in the same sentence takes that year
    when the day's month does not come before it."""
    out: list[TimeExpr] = []
    told: TimeExpr | None = None  # the last expression that wrote its year
    for e in exprs:
        if _YEAR.search(e.text):
            # "depuis septembre 2014 … le 27 septembre": a span since a month is no reference
            if e.date_start is not None and e.date_end is not None and (
                e.date_end - e.date_start
            ).days <= 31:
                told = e
            else:
                told = None
            out.append(e)
            continue
        if (
            told is not None
            and told.date_start is not None
            and e.granularity in ("day", "range")
            and e.basis == "explicit"
            and e.date_start is not None
            and e.date_end is not None
            and e.date_start.year == e.date_end.year
            and e.date_start.year != told.date_start.year
            and e.date_start.month >= told.date_start.month
            and (_near(text, told.end, e.start) or (
                # "on 24 and 30 March 2017 … . On 25 March": the same month, told again next
                e.date_start.month == told.date_end.month == e.date_end.month
                and _next_sentence(text, told.end, e.start)
            ))
            and not _THIS_YEAR.search(text, max(0, e.start - 24), e.start)
            and not tells_its_year(e.text)
        ):
            shift = told.date_start.year - e.date_start.year
            start = safe_date(e.date_start.year + shift, e.date_start.month, e.date_start.day)
            end = safe_date(e.date_end.year + shift, e.date_end.month, e.date_end.day)
            if start is not None and end is not None:
                e = replace(e, date_start=start, date_end=end, future=False)
        out.append(e)
    return out


def _near(text: str, a: int, b: int) -> bool:
    """Whether `b` is in the sentence of `a`."""
    between = text[a:b]
    return not _PARAGRAPH_END.search(between) and not _SENTENCE_END.search(between)


def _next_sentence(text: str, a: int, b: int) -> bool:
    """Whether `b` is in the sentence after that of `a`, in the same paragraph."""
    between = text[a:b]
    return not _PARAGRAPH_END.search(between) and len(_SENTENCE_END.findall(between)) == 1


# "earlier in July", "ранее в июле", "في وقت سابق من تموز": the part of the month before the news.
_EARLIER_IN = re.compile(
    r"(?:\bearlier\s+in|\bранее\s+в|\bplus\s+tôt\s+en|\bfrüher\s+im|\bzuvor\s+im|"
    r"في\s+وقت\s+سابق\s+من(?:\s+شهر)?)\s*\Z",
    re.IGNORECASE,
)


def apply_earlier_in(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """End the month of the news told as "earlier in July" on the day before the news."""
    out = []
    for e in exprs:
        lead = _EARLIER_IN.search(text, max(0, e.start - 30), e.start)
        if (
            lead and e.granularity == "month" and e.date_start and e.date_end
            and e.date_start < published <= e.date_end
        ):
            e = widen(e, text, lead.start(), date_end=published - timedelta(days=1),
                      granularity="range")
        out.append(e)
    return out
