"""English relative-time vocabulary: fixed phrases, counted spans ("10 days ago"), named eras."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from reportmap.dates_base import add_months, monday_of, month_last, month_span

Resolved = tuple[date, date, str, bool]  # start, end, granularity, future
ONE = timedelta(days=1)


def _weekend_last(p: date) -> Resolved:
    sat = monday_of(p) - timedelta(days=2)
    return sat, sat + ONE, "range", False


def _weekend_this(p: date) -> Resolved:
    sat = monday_of(p) + timedelta(days=5)
    return sat, sat + ONE, "range", sat > p


def _weekend_recent(p: date) -> Resolved:
    """ "over the weekend": the weekend now running, else the last one."""
    if p.weekday() >= 5:
        sat = monday_of(p) + timedelta(days=5)
        return sat, p, "range", False
    return _weekend_last(p)


def _month_prev(p: date) -> Resolved:
    return (*month_span(*add_months(p.year, p.month, -1)), "month", False)


def _month_next(p: date) -> Resolved:
    return (*month_span(*add_months(p.year, p.month, 1)), "month", True)


def _back(days: int, gran: str = "range") -> Callable[[date], Resolved]:
    return lambda p: (p - timedelta(days=days), p, gran, False)


def _ahead(days: int) -> Callable[[date], Resolved]:
    return lambda p: (p + ONE, p + timedelta(days=days), "range", True)


def _day(offset: int) -> Callable[[date], Resolved]:
    return lambda p: (p + timedelta(days=offset), p + timedelta(days=offset), "day", offset > 0)


_TODAY = _day(0)
_YESTERDAY = _day(-1)

PHRASES: dict[str, Callable[[date], Resolved]] = {
    "today": _TODAY,
    "tonight": _TODAY,
    "this morning": _TODAY,
    "this afternoon": _TODAY,
    "this evening": _TODAY,
    "earlier today": _TODAY,
    "earlier in the day": _TODAY,
    "later today": lambda p: (p, p, "day", True),
    "yesterday": _YESTERDAY,
    "yesterday morning": _YESTERDAY,
    "yesterday afternoon": _YESTERDAY,
    "yesterday evening": _YESTERDAY,
    "the day before yesterday": _day(-2),
    "last night": _back(1),
    "overnight": _back(1),
    "during the night": _back(1),
    "late last night": _back(1),
    "tomorrow": _day(1),
    "the day after tomorrow": _day(2),
    # "this week" reads as the seven days up to publication (a Saturday report's "this week"
    # includes the Sunday before), "earlier this week" as the calendar week's earlier days.
    "this week": lambda p: (p - 6 * ONE, p, "week", False),
    "earlier this week": lambda p: (monday_of(p), max(monday_of(p), p - ONE), "week", False),
    "later this week": lambda p: (
        min(p + ONE, monday_of(p) + timedelta(days=6)),
        monday_of(p) + timedelta(days=6),
        "week",
        True,
    ),
    "last week": lambda p: (monday_of(p) - timedelta(days=7), monday_of(p) - ONE, "week", False),
    "late last week": lambda p: (
        monday_of(p) - timedelta(days=4),
        monday_of(p) - ONE,
        "range",
        False,
    ),
    "early last week": lambda p: (
        monday_of(p) - timedelta(days=7),
        monday_of(p) - timedelta(days=5),
        "range",
        False,
    ),
    "next week": lambda p: (
        monday_of(p) + timedelta(days=7),
        monday_of(p) + timedelta(days=13),
        "week",
        True,
    ),
    "the past 24 hours": _back(1),  # the target of other languages' "за сутки"
    "the past week": _back(7),
    "the last week": _back(7),
    "past week": _back(7),
    "a week ago": lambda p: (*count_range("ago", "1", "week", p), False),
    "this weekend": _weekend_this,
    "last weekend": _weekend_last,
    "this past weekend": _weekend_recent,
    "over the weekend": _weekend_recent,
    "since the weekend": lambda p: (_weekend_recent(p)[0], p, "range", False),
    "at the weekend": _weekend_recent,
    "next weekend": lambda p: (
        monday_of(p) + timedelta(days=12),
        monday_of(p) + timedelta(days=13),
        "range",
        True,
    ),
    "this month": lambda p: (p.replace(day=1), p, "month", False),
    "earlier this month": lambda p: (
        p.replace(day=1),
        max(p.replace(day=1), p - ONE),
        "month",
        False,
    ),
    "later this month": lambda p: (
        min(p + ONE, month_last(p.year, p.month)),
        month_last(p.year, p.month),
        "month",
        True,
    ),
    "last month": _month_prev,
    "next month": _month_next,
    "the past month": _back(30),
    "the last month": _back(30),
    "past month": _back(30),
    "this year": lambda p: (date(p.year, 1, 1), p, "year", False),
    "earlier this year": lambda p: (
        date(p.year, 1, 1),
        max(date(p.year, 1, 1), p - ONE),
        "year",
        False,
    ),
    "later this year": lambda p: (
        min(p + ONE, date(p.year, 12, 31)),
        date(p.year, 12, 31),
        "year",
        True,
    ),
    "last year": lambda p: (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "year", False),
    "next year": lambda p: (date(p.year + 1, 1, 1), date(p.year + 1, 12, 31), "year", True),
    "the past year": _back(365),
    "the last year": _back(365),
    "past year": _back(365),
    "recent days": _back(7),
    "throughout the year": lambda p: (date(p.year, 1, 1), p, "year", False),
    "the past few days": _back(7),
    "the last few days": _back(7),
    "past few days": _back(7),
    "last few days": _back(7),
    "the past several days": _back(7),
    "the last several days": _back(7),
    "the past couple of days": _back(3),
    "the last couple of days": _back(3),
    # "a few weeks": three, as the labels of every set but one read it
    "recent weeks": _back(21),
    "since last week": lambda p: (monday_of(p) - 7 * ONE, p, "range", False),
    "the past few weeks": _back(21),
    "the last few weeks": _back(21),
    "past few weeks": _back(21),
    # "a few months": three, as the labels read "ces derniers mois", "en los últimos meses"
    "recent months": _back(90),
    "the past few months": _back(90),
    "the last few months": _back(90),
    "the coming days": _ahead(7),
    "coming days": _ahead(7),
    "the days ahead": _ahead(7),
    "the coming weeks": _ahead(28),
    "coming weeks": _ahead(28),
    "the weeks ahead": _ahead(28),
    "the coming months": _ahead(120),
    "coming months": _ahead(120),
}


def _phrase_pattern(phrases: list[str]) -> str:
    alts = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)


PHRASE_RE = re.compile(
    r"(?<![\w'’-])(?<!Russia\s)(?<!USA\s)(?<!Russia\s\s)(?:"
    + _phrase_pattern(list(PHRASES))
    + r")(?!\w|-\w|['’][^\Ws])",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- counted spans

_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
NUMBER_WORDS: dict[str, tuple[int, int]] = {w: (i, i) for i, w in enumerate(_WORDS)}
NUMBER_WORDS.update(
    {
        "thirty": (30, 30),
        "a": (1, 1),
        "an": (1, 1),
        "a few": (2, 7),
        "few": (2, 7),
        "several": (3, 7),
        "a couple of": (2, 2),
        "couple of": (2, 2),
        "a couple": (2, 2),
    }
)

_NUM = (
    r"(?P<n>\d{1,3}|"
    + "|".join(sorted((r"\s+".join(k.split()) for k in NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_UNIT = r"(?P<u>days?|weeks?|months?|years?|hours?)"
COUNTED_AGO = re.compile(rf"(?<![\w.,-]){_NUM}\s+{_UNIT}\s+ago(?!\w)", re.IGNORECASE)
# "Fifteen years ago on Saturday", "a year ago today": the same day, N years back.
ANNIVERSARY = re.compile(
    rf"(?<![\w.,-]){_NUM}\s+years?\s+ago\s+(?:(?:on\s+)?(?:this\s+)?"
    r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|today|this\s+day|to\s+the\s+day)(?!\w)",
    re.IGNORECASE,
)
# "early this year", "late last month", "at the end of last year": a third of the period.
PERIOD_PART = re.compile(
    r"(?<![\w-])(?:(?P<early>early|at\s+the\s+(?:start|beginning)\s+of|in\s+the\s+early\s+"
    r"part\s+of)|(?P<mid>mid-?|in\s+the\s+middle\s+of)|(?P<late>late|at\s+the\s+end\s+of|"
    r"in\s+the\s+(?:latter|late)\s+part\s+of))\s*(?P<which>this|last|the)\s+(?P<u>year|month)"
    r"(?!\w)",
    re.IGNORECASE,
)
COUNTED_PAST = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?:past|last|previous)\s+{_NUM}\s+{_UNIT}(?!\w)", re.IGNORECASE
)
COUNTED_NEXT = re.compile(
    rf"(?<![\w-])(?:(?:the\s+)?(?:next|coming)|in)\s+{_NUM}\s+{_UNIT}(?!\w)(?!\s+of\b)",
    re.IGNORECASE,
)


def _count(raw: str) -> tuple[int, int] | None:
    raw = " ".join(raw.lower().split())
    if raw.isdigit():
        return int(raw), int(raw)
    return NUMBER_WORDS.get(raw)


def _back_by(p: date, n: int, unit: str) -> date:
    """p moved n units back (months and years by the calendar)."""
    if unit == "day":
        return p - timedelta(days=n)
    if unit == "week":
        return p - timedelta(days=7 * n)
    if unit == "hour":
        return p - timedelta(days=-(-n // 24))
    years, months = (n, 0) if unit == "year" else (0, n)
    y, m = add_months(p.year - years, p.month, -months)
    return date(y, m, min(p.day, month_last(y, m).day))


def anniversary(n_raw: str, weekday: str | None, p: date) -> date | None:
    """The day N years before p: "Fifteen years ago on Saturday" said on a Saturday."""
    n = _count(n_raw)
    if n is None or n[0] != n[1] or not 0 < n[0] <= 200:
        return None
    if weekday and weekday.lower()[:3] != p.strftime("%a").lower():
        return None  # "ten years ago on Monday" said on a Friday: not the anniversary itself
    return _back_by(p, n[0], "year")


def count_range(kind: str, n_raw: str, unit_raw: str, p: date) -> tuple[date, date, str] | None:
    """Interval for "N units ago" (kind "ago"), "the past N units", "in/the next N units"."""
    n = _count(n_raw)
    if n is None or n[1] == 0 or n[1] > 400:
        return None
    lo, hi = n
    unit = unit_raw.lower().rstrip("s")
    if kind == "past":
        return _back_by(p, hi, unit), p, "range"
    if kind == "next":
        ahead = (p - _back_by(p, hi, unit)).days
        return p + ONE, p + timedelta(days=max(ahead, 1)), "range"
    if unit == "hour":
        return _back_by(p, hi, "hour"), p - timedelta(days=lo // 24), "range"
    if lo != hi:
        return _back_by(p, hi, unit), _back_by(p, lo, unit), "range"
    if unit == "day":
        d = p - timedelta(days=lo)
        return d, d, "day"
    if unit == "week":
        center = p - timedelta(days=7 * lo)
        return center - timedelta(days=3), min(p, center + timedelta(days=3)), "week"
    if unit == "month":
        return (*month_span(*add_months(p.year, p.month, -lo)), "month")
    return date(p.year - lo, 1, 1), date(p.year - lo, 12, 31), "year"


# ---------------------------------------------------------------- named eras (keep small)

_SYRIA = re.compile(r"\bSyria", re.IGNORECASE)
_T = r"(?P<t>(?i:the)\s+)?"
ERAS: list[tuple[re.Pattern, date, date, re.Pattern | None]] = [
    (
        re.compile(_T + r"Soviet\s+(?:era|times|period|days)(?!\w)"),
        date(1922, 12, 30),
        date(1991, 12, 26),
        None,
    ),
    (re.compile(_T + r"Cold\s+War(?!\w)"), date(1947, 3, 12), date(1991, 12, 26), None),
    (
        re.compile(_T + r"(?:First\s+World\s+War|World\s+War\s+(?:I|One|1))(?![\w])"),
        date(1914, 7, 28),
        date(1918, 11, 11),
        None,
    ),
    (
        re.compile(_T + r"(?:Second\s+World\s+War|World\s+War\s+(?:II|Two|2))(?![\w])"),
        date(1939, 9, 1),
        date(1945, 9, 2),
        None,
    ),
    (
        re.compile(_T + r"Syrian\s+(?:civil\s+war|Civil\s+War)(?!\w)|Syria['’]s\s+civil\s+war"),
        date(2011, 3, 15),
        date(2024, 12, 8),
        None,
    ),
    (
        re.compile(
            r"(?<!\w)(?i:during|throughout|since\s+the\s+start\s+of|before)\s+"
            r"(?P<t>(?i:the)\s+(?:civil\s+war|Civil\s+War))(?!\w)"
        ),
        date(2011, 3, 15),
        date(2024, 12, 8),
        _SYRIA,
    ),
]
