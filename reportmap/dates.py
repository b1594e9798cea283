"""Temporal expression tagger: every date-like expression in a text as an interval of days.

HeidelTime/TIMEX3 in spirit: explicit dates ("December 13, 2024", "13 Dec", "2024-12-13"),
relative ones resolved against the publication day ("on Friday", "10 days ago",
"earlier this week"), years, decades and a few named eras. English rules live in
`dates_en`; other languages are read from dateparser's locale tables in `dates_intl`.
"""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import TimeExpr, apply_since, merge_day_names, merge_ranges, select
from reportmap.dates_began import apply_began_went_on
from reportmap.dates_context import apply_earlier_in, apply_year_told, join_day_numbers
from reportmap.dates_day_before import find_days_before
from reportmap.dates_en import find_english
from reportmap.dates_event_years import find_event_years
from reportmap.dates_intl import find_international
from reportmap.dates_month_year import apply_month_year
from reportmap.dates_running import anchor_running_days, find_running_days
from reportmap.dates_seasons import find_seasons
from reportmap.dates_since_forms import apply_since_forms
from reportmap.dates_since_then import apply_since_then, apply_since_when
from reportmap.dates_year_referred import apply_year_referred
from reportmap.model import Interval
from reportmap.text import SentenceIndex

__all__ = ["TimeExpr", "find_time_expressions", "to_interval"]


def find_time_expressions(text: str, published: date, language: str = "en",
                          index: SentenceIndex | None = None) -> list[TimeExpr]:
    """All temporal expressions in `text`, sorted by start, non-overlapping (longest wins;
    `index`: the text's sentences, when the caller has them).

    Intervals are inclusive and resolved against `published`; a day-month without a year
    takes the year that puts it closest to (normally not after) the publication day.
    """
    lang = (language or "en").lower().split("-")[0].split("_")[0]
    cands = (
        find_english(text, published) if lang == "en" else find_international(text, published, lang)
    ) + find_running_days(text, published, lang) + find_seasons(text, published, lang) + (
        find_event_years(text, published, lang)
    )
    exprs = [e for e in select(cands) if not _same_day(text, e)]
    exprs = merge_day_names(text, merge_ranges(text, exprs, published), published)
    exprs = join_day_numbers(text, exprs)
    exprs = anchor_running_days(text, exprs, published, lang)
    exprs = apply_month_year(text, exprs, published, lang)
    exprs = apply_earlier_in(text, exprs, published)
    exprs = find_days_before(text, exprs, published, lang)
    exprs = apply_since_when(text, exprs, published)
    exprs = apply_since_forms(text, apply_since(text, exprs, published), published, lang)
    exprs = apply_since_then(text, exprs, published, lang)
    exprs = apply_began_went_on(text, exprs, published, index)
    return apply_year_told(text, apply_year_referred(text, exprs, published))


def to_interval(expr: TimeExpr) -> Interval:
    """The model's Interval for one expression."""
    basis = "explicit" if expr.basis == "explicit" else "relative"
    return Interval(expr.date_start, expr.date_end, expr.text, basis)


# "في اليوم نفسه" (on the same day), "el mismo día": a day named by the sentence before, not today.
SAME_DAY_AFTER = re.compile(r"\s*(?:نفسه|ذاته)\b")
SAME_DAY_BEFORE = re.compile(r"(?:\bنفس|\bmismo|\bmême|\bselben|\bgleichen|\bтот\s+же)\s*$",
                             re.IGNORECASE)


def _same_day(text: str, expr: TimeExpr) -> bool:
    return bool(
        SAME_DAY_AFTER.match(text, expr.end) or SAME_DAY_BEFORE.search(text[: expr.start][-12:])
    )
