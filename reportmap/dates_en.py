"""English temporal expressions: the patterns and how each resolves against the publication day.

Spans leave out plain locative prepositions ("in", "on", "during") but keep words that change
the interval ("since", "from … to", "between … and", "early", "last", "the morning of").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from reportmap.dates_base import (
    TimeExpr,
    anchor_pattern,
    cap_at,
    future_context,
    make,
    month_span,
    numeric_date,
    part_of,
    period_part,
    safe_date,
    weekday_last,
    weekday_next,
    weekday_on_or_after,
    weekday_on_or_before,
    weekday_this,
    windows,
    year_for_month,
    year_for_month_day,
    year_of_last_month,
)
from reportmap.dates_en_words import (
    ANNIVERSARY,
    COUNTED_AGO,
    COUNTED_NEXT,
    COUNTED_PAST,
    ERAS,
    PERIOD_PART,
    PHRASE_RE,
    PHRASES,
    anniversary,
    count_range,
)

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ABBR = {
    1: "Jan",
    2: "Feb",
    3: "Mar",
    4: "Apr",
    6: "Jun",
    7: "Jul",
    8: "Aug",
    9: "Sept|Sep",
    10: "Oct",
    11: "Nov",
    12: "Dec",
}

MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, 1):
    MONTH_NUM[_name.lower()] = _i
    for _ab in _ABBR.get(_i, "").split("|"):
        if _ab:
            MONTH_NUM[_ab.lower()] = _i
WEEKDAY_NUM = {w.lower(): i for i, w in enumerate(WEEKDAYS)}


def _caps(words: list[str], dot: bool = False) -> str:
    """Alternation of Capitalised and UPPER forms, longest first, optional trailing dot."""
    forms = sorted({f for w in words for f in (w, w.upper())}, key=len, reverse=True)
    tail = r"\.?" if dot else ""
    return "(?:" + "|".join(f + tail for f in forms) + r")(?![A-Za-z])"


MONTH = (
    "(?:"
    + _caps(MONTHS)
    + "|"
    + _caps([a for v in _ABBR.values() for a in v.split("|")], dot=True)
    + ")"
)
WEEKDAY = _caps(WEEKDAYS)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)(?:st|nd|rd|th)?(?![A-Za-z\d])"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])(?![.,]\d)"
TIME_OF_DAY = (
    r"(?:(?i:the)\s+)?(?:(?i:early|late)\s+)?"
    r"(?i:morning|afternoon|evening|night|early\s+hours)\s+(?i:of)\s+"
)
PARTS = (
    r"(?i:early|late|mid-?|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|"
    r"second\s+half)\s+of)"
)
DASH = r"(?:-|–|—|(?i:to|through|until|till))"
NOT_A_COUNT = (
    r"(?!\s*(?:%|percent|km|kilomet|miles?\b|met(?:er|re)s|troops|soldiers|people|"
    r"civilians|tons|tonnes|vehicles|residents|refugees|fighters|men\b|dead\b))"
)

_PART_WORD = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "first": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "late",
    "second": "late",
}


def _part(raw: str | None) -> str | None:
    """Normalise "early"/"the end of"/"mid-" to early | mid | late."""
    if not raw:
        return None
    words = raw.lower().replace("-", " ").split()
    key = words[1] if words[0] == "the" else words[0]
    return _PART_WORD.get(key)


def _int(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _span_start(m: re.Match, *groups: str) -> int:
    """Start of the earliest of `groups` that matched (the span's first word)."""
    found = m.groupdict()
    starts = [m.start(g) for g in groups if found.get(g) is not None]
    return min(starts) if starts else m.start()


# ---------------------------------------------------------------- handlers

Handler = Callable[[re.Match, str, date], "TimeExpr | None"]

_MD = re.compile(
    rf"(?:(?P<lead>(?i:between|from))\s+)?(?P<tod>{TIME_OF_DAY})?(?:(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?P<m1>{MONTH})\s*(?P<d1>{DAY})"
    rf"(?:\s*(?(lead)(?:{DASH}|(?i:and))|{DASH})\s*(?:(?P<m2>{MONTH})\s*)?(?P<d2>{DAY}))?"
    rf"(?:,?\s*(?P<y>{YEAR}))?"
)
_DM = re.compile(
    rf"(?:(?P<lead>(?i:between|from))\s+)?(?P<tod>{TIME_OF_DAY})?(?:(?P<wd>{WEEKDAY}),?\s+)?"
    rf"(?:(?P<the>(?i:the))\s+)?(?<![\w.,/-])(?P<d1>{DAY})"
    rf"(?:\s*(?:{DASH}|(?i:and))\s*(?P<d2>{DAY}))?(?:\s+(?i:of))?\s+(?P<m1>{MONTH})"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)


def _day_range(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "December 13", "13 Dec 2024", "December 8-10", "between 8 and 10 December"."""
    m1 = MONTH_NUM[m.group("m1").rstrip(".").lower()]
    m2 = MONTH_NUM[m.group("m2").rstrip(".").lower()] if m.groupdict().get("m2") else m1
    d1 = _int(m.group("d1"))
    d2 = _int(m.group("d2")) if m.group("d2") else None
    start = _span_start(m, "lead", "tod", "wd", "the", "m1", "d1")
    if d2 is not None and (m2, d2) < (m1, d1) and m2 == m1:
        return None  # "December 10-8": not a range
    if m.group("y"):
        year = int(m.group("y"))
        y1 = year - 1 if d2 is not None and (m2, d2) < (m1, d1) else year
        first, last = safe_date(y1, m1, d1), safe_date(year, m2, d2 or d1)
        if first is None or last is None:
            return None
        return make(
            text,
            start,
            m.end(),
            first,
            last,
            "explicit",
            "day" if d2 is None else "range",
            published,
        )
    fut = future_context(text, start)
    first = year_for_month_day(m1, d1, published, fut)
    if first is None:
        return None
    if d2 is None:
        return make(text, start, m.end(), first, first, "explicit", "day", published)
    last = safe_date(first.year, m2, d2)
    if last is not None and last < first:
        last = safe_date(first.year + 1, m2, d2)
    if last is None:
        return None
    return make(text, start, m.end(), first, last, "explicit", "range", published)


_MONTH_RE = re.compile(MONTH)
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_MY = re.compile(rf"(?:(?P<part>{PARTS})\s*)?(?P<m1>{MONTH})(?:\s+(?i:of))?,?\s+(?P<y>{YEAR})")
_M = re.compile(
    rf"(?:(?P<part>{PARTS})\s*|(?P<rel>(?i:last|this|next|past|coming))\s+|"
    rf"(?P<prep>(?<!\w)(?i:in|since|during|until|till|through|throughout|by|from|of|before|"
    rf"after|between|and|to))\s+)(?P<m1>{_caps(MONTHS)})"  # no bare "Jan", "Mar"
)


def _month(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "December 2024", "mid-December", "in December", "last March"."""
    month = MONTH_NUM[m.group("m1").rstrip(".").lower()]
    gd = m.groupdict()
    start = _span_start(m, "part", "rel", "m1")
    rel = (gd.get("rel") or "").lower()
    fut = False
    if gd.get("y"):
        year = int(m.group("y"))
    elif rel == "last":
        year = year_of_last_month(month, published)
    elif rel == "this":
        year = published.year
    elif rel in ("next", "coming"):
        year, fut = (published.year if month > published.month else published.year + 1), True
    else:
        if (gd.get("prep") or "").lower() in ("and", "to") and (
            not _MONTH_RE.search(text, max(0, start - 30), start)
            or _LOWER_NEXT.match(text, m.end())
        ):
            return None  # "and May be": only "from March to May" counts
        fut = future_context(text, start)
        year = year_for_month(month, published, fut)
    d0, d1 = part_of(*month_span(year, month), _part(gd.get("part")))
    d0, d1 = cap_at(published, d0, d1, fut)
    gran = "range" if gd.get("part") else "month"
    return make(text, start, m.end(), d0, d1, "explicit", gran, published, fut)


_ISO = re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_NUMERIC = re.compile(r"(?<![\d/.,-])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<y>\d{4})(?![\d/.]\d)")


def _iso(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """2024-12-13."""
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None or not 1500 <= d.year <= 2099:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", published)


def _numeric(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """12/13/2024 or 13.12.2024, only when unambiguous."""
    d = numeric_date(int(m.group("a")), int(m.group("b")), int(m.group("y")), "any")
    if d is None or not 1500 <= d.year <= 2099:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", published)


_WD = re.compile(
    r"(?<!Good\s)(?<!Black\s)(?<!Holy\s)(?<!Cyber\s)(?<!Bloody\s)"
    rf"(?:(?P<tod>{TIME_OF_DAY}))?"
    r"(?:(?P<rel>(?i:last|this|next|past|previous|coming))\s+)?(?:(?P<el>(?i:early|late))\s+)?"
    rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"
)


def _weekday(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "on Friday", "last Friday", "next Monday", "Tuesday night"."""
    wd = WEEKDAY_NUM[m.group("wd").lower()]
    rel = (m.group("rel") or "").lower()
    start = _span_start(m, "tod", "rel", "el", "wd")
    fut = False
    if rel in ("last", "previous"):
        d = weekday_last(published, wd)
    elif rel == "past":
        d = weekday_on_or_before(published - timedelta(days=1), wd)
    elif rel == "this":
        d = weekday_this(published, wd)
    elif rel in ("next", "coming"):
        d, fut = weekday_next(published, wd), True
    elif future_context(text, start, weekday=True):
        d, fut = weekday_on_or_after(published, wd), True
    else:
        d = weekday_on_or_before(published, wd)
    end = d
    if (m.group("part") or "").lower() == "night" and (fut or d < published):
        end = d + timedelta(days=1)
    gran = "day" if end == d else "range"
    return make(text, start, m.end(), d, end, "relative", gran, published, fut)


_YEAR_PREP = re.compile(
    rf"(?:(?P<prep>(?<!\w)(?i:in|since|during|until|till|through|throughout|from|between|of))\s+"
    rf"(?:(?i:the)\s+(?i:year\s+)?)?|(?<![\w-])(?=(?i:early|late|mid|the|end|beginning|start|"
    rf"middle|first|second)))"
    rf"(?:(?P<part>{PARTS})\s*)?(?<!\d)(?P<y>{YEAR})"
    rf"(?:\s*(?:-|–|—|/|(?i:to|and|through))\s*(?P<y2>{YEAR}|\d\d(?!\d)))?(?![-–/]\d)"
    rf"{NOT_A_COUNT}"
)
# (month, day) of each season's first and last day: the press means whole months (meteorological
# seasons, "in the autumn" = September to November); winter straddles years
SEASON_DAYS = {
    "spring": ((3, 1), (5, 31)),
    "summer": ((6, 1), (8, 31)),
    "autumn": ((9, 1), (11, 30)),
    "fall": ((9, 1), (11, 30)),
}
_SEASON_RE = re.compile(
    rf"(?<!\w)(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+(?i:of))?\s+(?P<y>{YEAR})"
)
_DECADE = re.compile(
    r"(?<![\w-])(?:(?P<the>(?i:the))\s+)?(?:(?P<part>(?i:early|late|mid-?))\s*)?"
    r"(?P<dec>(?:1[5-9]|20)\d0)['’]?s(?!\w)"
)


def _year(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "in 2017", "since 2015", "in 2015-2016", "early 2024"."""
    if m.group("prep") is None and m.group("part") is None:
        return None
    y1 = int(m.group("y"))
    prep = (m.group("prep") or "").lower()
    if prep == "of" and not m.group("part"):
        return None  # "of 2024" alone: too weak a cue
    y2 = y1
    if m.group("y2"):
        raw = m.group("y2")
        y2 = int(raw) if len(raw) == 4 else (y1 // 100) * 100 + int(raw)
        if y2 <= y1:
            return None
    elif prep == "between":
        return None
    start = (
        m.start("prep")
        if m.group("y2") and prep in ("from", "between")
        else (_span_start(m, "part", "y"))
    )
    d0, d1 = date(y1, 1, 1), date(y2, 12, 31)
    if y1 == y2:
        d0, d1 = part_of(d0, d1, _part(m.group("part")))
    fut = d0 > published
    d0, d1 = cap_at(published, d0, d1, fut)
    gran = "year" if y1 == y2 and not m.group("part") else "range"
    return make(text, start, m.end(), d0, d1, "explicit", gran, published, fut)


def season_span(season: str, year: int) -> tuple[date, date]:
    """First and last day of an English-named season of a year (Northern Hemisphere)."""
    if season == "winter":
        return date(year - 1, 12, 1), date(year, 3, 1) - timedelta(days=1)
    (m0, dd0), (m1, dd1) = SEASON_DAYS[season]
    return date(year, m0, dd0), date(year, m1, dd1)


def _season(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "summer 2022", "the winter of 2023" (Northern Hemisphere seasons)."""
    year, season = int(m.group("y")), m.group("s").lower()
    d0, d1 = season_span(season, year)
    return make(text, m.start(), m.end(), d0, d1, "explicit", "range", published)


def _decade(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "the 1970s", "the early 2000s"."""
    dec = int(m.group("dec"))
    d0, d1 = part_of(date(dec, 1, 1), date(dec + 9, 12, 31), _part(m.group("part")))
    return make(text, m.start(), m.end(), d0, d1, "explicit", "era", published)


def _phrase(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """Fixed phrases: "yesterday", "earlier this week", "last weekend", "in recent days"."""
    key = " ".join(m.group().lower().replace("’", "'").split())
    d0, d1, gran, fut = PHRASES[key](published)
    return make(text, m.start(), m.end(), d0, d1, "relative", gran, published, fut)


_REAL_COUNT = re.compile(r"\d|(?!an?\b|a\s+few\b|few\b|several\b)", re.IGNORECASE)


def _counted(kind: str) -> Handler:
    def handler(m: re.Match, text: str, published: date) -> TimeExpr | None:
        """ "10 days ago", "the past two weeks", "in three days" (not "in a year")."""
        if (
            kind == "next"
            and m.group().lower().startswith("in")
            and not _REAL_COUNT.match(m.group("n"))
        ):
            return None
        got = count_range(kind, m.group("n"), m.group("u"), published)
        if got is None:
            return None
        d0, d1, gran = got
        return make(text, m.start(), m.end(), d0, d1, "relative", gran, published, kind == "next")

    return handler


def _anniversary(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "Fifteen years ago on Saturday": the same day, years back."""
    day = anniversary(m.group("n"), m.group("wd"), published)
    if day is None:
        return None
    return make(text, m.start(), m.end(), day, day, "relative", "day", published)


def _period_part(m: re.Match, text: str, published: date) -> TimeExpr | None:
    """ "early this year", "late last month": a third of this or the last year or month."""
    part = next(k for k in ("early", "mid", "late") if m.group(k) is not None)
    back = 1 if m.group("which").lower() == "last" else 0
    d0, d1, future = period_part(published, m.group("u").lower(), back, part)
    return make(text, m.start(), m.end(), d0, d1, "relative", "range", published, future)


def _era(start_day: date, end_day: date, needs: re.Pattern | None) -> Handler:
    def handler(m: re.Match, text: str, published: date) -> TimeExpr | None:
        """A named period from the era table."""
        if needs is not None and not needs.search(text):
            return None
        start = m.start("t") if m.groupdict().get("t") is not None else m.start()
        return make(text, start, m.end(), start_day, end_day, "explicit", "era", published)

    return handler


# Each anchor: a cheap scan, and how far before/after a hit the full patterns may reach.
_ANCHORS: dict[str, tuple[re.Pattern, int, int]] = {
    "calendar": (
        anchor_pattern(
            [
                f
                for w in MONTHS + WEEKDAYS + [a for v in _ABBR.values() for a in v.split("|")]
                for f in (w, w.upper())
            ],
            False,
        ),
        60,
        60,
    ),
    "digits": (re.compile(r"\d\d\d\d"), 60, 40),
    "words": (
        anchor_pattern(
            [
                "day",
                "night",
                "week",
                "month",
                "year",
                "morning",
                "afternoon",
                "evening",
                "tomorrow",
                "hour",
            ]
        ),
        45,
        40,
    ),
    "eras": (anchor_pattern(["War", "war", "Soviet"], False), 60, 30),
}

RULES: list[tuple[str, re.Pattern, Handler]] = [
    ("calendar", _MD, _day_range),
    ("calendar", _DM, _day_range),
    ("calendar", _MY, _month),
    ("calendar", _M, _month),
    ("calendar", _WD, _weekday),
    ("digits", _ISO, _iso),
    ("digits", _NUMERIC, _numeric),
    ("digits", _YEAR_PREP, _year),
    ("digits", _SEASON_RE, _season),
    ("digits", _DECADE, _decade),
    ("words", PHRASE_RE, _phrase),
    ("words", ANNIVERSARY, _anniversary),
    ("words", PERIOD_PART, _period_part),
    ("words", COUNTED_AGO, _counted("ago")),
    ("words", COUNTED_PAST, _counted("past")),
    ("words", COUNTED_NEXT, _counted("next")),
    *[("eras", pattern, _era(d0, d1, needs)) for pattern, d0, d1, needs in ERAS],
]


def find_english(text: str, published: date) -> list[TimeExpr]:
    """Every English candidate expression (overlapping; the caller selects)."""
    out: list[TimeExpr] = []
    spans = {key: windows(text, rx, before, after) for key, (rx, before, after) in _ANCHORS.items()}
    seen: set[tuple[int, int, int]] = set()
    for index, (key, pattern, handler) in enumerate(RULES):
        for a, b in spans[key]:
            for m in pattern.finditer(text, a, b):
                if (index, m.start(), m.end()) in seen:
                    continue
                seen.add((index, m.start(), m.end()))
                expr = handler(m, text, published)
                if expr is not None:
                    out.append(expr)
    return out
