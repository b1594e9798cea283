"""Arabic days of the month as ordinal words or against "this month": "في العشرين من الشهر
الجاري", "الخامس عشر من تموز", "في 20 من الشهر الماضي"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reportmap.dates_base import TimeExpr, add_months, make, safe_date, year_for_month_day

_UNITS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")


def _ordinals() -> dict[str, int]:
    """Ordinal day words 1–31 ("الحادي والعشرين" is 21) with their variant spellings."""
    out = {w: i for i, w in enumerate(_UNITS, 1)} | {"الاول": 1, "العاشر": 10}
    for i, unit in enumerate(("الحادي",) + _UNITS[1:], 1):
        out[f"{unit} عشر"] = 10 + i
        out[f"{unit} والعشرين"] = 20 + i
    out |= {"العشرين": 20, "الثلاثين": 30, "الحادي والثلاثين": 31}
    return out


ORDINAL_DAYS = _ordinals()
_ORDINAL = "|".join(
    r"\s+".join(map(re.escape, w.split())) for w in sorted(ORDINAL_DAYS, key=len, reverse=True)
)
# "this month" and "last month" as the month of a day
_THIS_MONTH = r"(?:هذا\s+)?الشهر(?:\s+(?P<rel>الجاري|الحالي|الماضي|المنصرم|السابق))?"
_PAST = ("الماضي", "المنصرم", "السابق")


def arabic_day_rules(long_pair: str, year: str, lead: str) -> list[tuple[str, Callable]]:
    """(pattern, handler) pairs: an ordinal day of a named month, or a day of this/last month."""
    day = rf"(?:(?P<ord>{_ORDINAL})|(?P<d1>\d{{1,2}}))"
    named = (
        rf"(?:شهر\s+)?{long_pair}(?:\s+(?:الماضي|المنصرم))?"
        rf"(?:\s*(?:من\s+)?(?:عام|العام|سنة)?\s*{year})?"
    )
    return [
        (rf"{lead}(?P<ord0>{_ORDINAL})\s+من\s+{named}(?!\w)", _named_month),
        (rf"{lead}{day}\s+من\s+{_THIS_MONTH}(?!\w)", _this_month),
    ]


def _day(m: re.Match) -> int:
    word = m.groupdict().get("ord") or m.groupdict().get("ord0")
    return ORDINAL_DAYS[" ".join(word.split())] if word else int(m.group("d1"))


def _named_month(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    day = _day(m)
    if m.group("y"):
        d = safe_date(int(m.group("y")), month, day)
    else:
        d = year_for_month_day(month, day, p, False)
    if d is None:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", p)


def _this_month(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
    back = 1 if m.group("rel") in _PAST else 0
    year, month = add_months(p.year, p.month, -back)
    d = safe_date(year, month, _day(m))
    if d is None or d > p:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", p)
