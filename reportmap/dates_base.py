"""Shared pieces of the temporal tagger: the TimeExpr record and calendar arithmetic."""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

Granularity = str  # "day" | "week" | "month" | "year" | "era" | "range"


@dataclass(frozen=True)
class TimeExpr:
    """One temporal expression found in a text, resolved to an inclusive interval of days."""

    start: int  # character span in the text
    end: int
    text: str  # the words, text[start:end]
    date_start: date | None  # inclusive
    date_end: date | None
    basis: str  # "explicit" | "relative"
    granularity: str  # "day" | "week" | "month" | "year" | "era" | "range"
    future: bool = False  # "next week", "will ... on Monday"


def make(
    text: str,
    start: int,
    end: int,
    d0: date | None,
    d1: date | None,
    basis: str,
    granularity: str,
    published: date,
    future: bool = False,
) -> TimeExpr:
    """Build a TimeExpr; `future` is also set when the interval starts after `published`."""
    if d0 and d1 and d1 < d0:
        d0, d1 = d1, d0
    future = future or bool(d0 and d0 > published)
    return TimeExpr(start, end, text[start:end], d0, d1, basis, granularity, future)


def first_group(m: re.Match, prefix: str) -> str | None:
    """The first matched group whose name starts with `prefix` ("rel", "rel2", …)."""
    return next((v for k, v in m.groupdict().items() if k.startswith(prefix) and v), None)


def widen(expr: TimeExpr, text: str, start: int, **changes: object) -> TimeExpr:
    """The same expression with its span starting earlier at `start`, and other changes."""
    return replace(expr, start=start, text=text[start : expr.end], **changes)


def stretch(expr: TimeExpr, text: str, end: int, **changes: object) -> TimeExpr:
    """The same expression with its span ending later at `end`, and other changes."""
    return replace(expr, end=end, text=text[expr.start : end], **changes)


# Turkish says "since" with the ablative of the time ("2016'dan", "dün akşamdan") and, after
# it, "bu yana" or "beri".
TR_ABLATIVE = r"(?:dan|den|tan|ten)"
TR_SINCE_AFTER = r"(?:bu\s+yana|beri)"


# ---------------------------------------------------------------- calendar arithmetic


def month_last(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), month_last(year, month)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by n months."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day) or None when the day does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def monday_of(d: date) -> date:
    """The Monday of d's ISO week."""
    return d - timedelta(days=d.weekday())


def weekday_on_or_before(published: date, weekday: int) -> date:
    """The most recent `weekday` (0 = Monday) on or before `published`."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def weekday_on_or_after(published: date, weekday: int) -> date:
    """The first `weekday` (0 = Monday) on or after `published`."""
    return published + timedelta(days=(weekday - published.weekday()) % 7)


def weekday_last(published: date, weekday: int) -> date:
    """ "last Friday": that weekday in the week (Monday–Sunday) before published's week."""
    return monday_of(published) - timedelta(days=7 - weekday)


def weekday_next(published: date, weekday: int) -> date:
    """ "next Friday": the first such weekday strictly after published."""
    return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)


def weekday_this(published: date, weekday: int) -> date:
    """ "this Friday": that weekday in published's week."""
    return monday_of(published) + timedelta(days=weekday)


def year_for_month_day(month: int, day: int, published: date, future: bool) -> date | None:
    """A day-month without year: the past occurrence closest to published.

    The next occurrence is chosen instead when the text speaks of the future, or when it is
    at most two weeks ahead (publication dates are often estimated a day or two early).
    """
    past = None
    ahead = None
    for year in (published.year - 1, published.year, published.year + 1):
        d = safe_date(year, month, day)
        if d is None:
            continue
        if d <= published:
            past = d
        elif ahead is None:
            ahead = d
    if past is None and month == 2 and day == 29:
        for year in range(published.year - 2, published.year - 9, -1):
            if (d := safe_date(year, 2, 29)) is not None:
                past = d
                break
    return pick_occurrence(past, ahead, published, future)


def pick_occurrence(past: date | None, ahead: date | None, published: date,
                    future: bool) -> date | None:
    """The past occurrence, or the next one when the text speaks of the future (the day of
    publication itself is no past: "will meet on 7 August" published that day is that day) or
    when it is at most two weeks ahead."""
    if future and past == published:
        return past
    if ahead is not None and (future or past is None or (ahead - published).days <= 14):
        return ahead
    return past


def year_of_last_month(month: int, published: date) -> int:
    """ "last March", "el pasado marzo": the latest such month over before the news month."""
    return published.year if month < published.month else published.year - 1


def year_for_month(month: int, published: date, future: bool) -> int:
    """A month without year: the most recent such month (the current one included)."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def part_of(d0: date, d1: date, part: str | None) -> tuple[date, date]:
    """Early / mid / late third of an interval (months and years)."""
    if not part:
        return d0, d1
    if (d0.month, d0.day, d1.month, d1.day) == (1, 1, 12, 31) and d0.year == d1.year:
        # a year: its first quarter, May–August, its last quarter (as the labels read "early
        # 2018", "Anfang 2012")
        first, last = {"early": (1, 3), "mid": (5, 8)}.get(part, (10, 12))
        return date(d0.year, first, 1), month_span(d0.year, last)[1]
    if d0.day == 1 and d1 == month_span(d0.year, d0.month)[1]:
        # a month: the 1st–10th, 11th–20th, 21st–last ("Anfang August", "fin septembre")
        first, last = {"early": (1, 10), "mid": (11, 20)}.get(part, (21, d1.day))
        return d0.replace(day=first), d0.replace(day=last)
    total = (d1 - d0).days + 1
    third = total // 3
    if part == "early":
        return d0, d0 + timedelta(days=third - 1)
    if part == "mid":
        return d0 + timedelta(days=third), d1 - timedelta(days=total - 2 * third)
    return d0 + timedelta(days=2 * third), d1  # late


def period_part(p: date, unit: str, back: int, part: str) -> tuple[date, date, bool]:
    """A third of this (back=0) or the previous year or month: (start, end, in the future)."""
    if unit == "year":
        d0, d1 = date(p.year - back, 1, 1), date(p.year - back, 12, 31)
    else:
        d0, d1 = month_span(*add_months(p.year, p.month, -back))
    d0, d1 = part_of(d0, d1, part)
    return (*cap_at(p, d0, d1, d0 > p), d0 > p)


def cap_at(published: date, d0: date, d1: date, future: bool) -> tuple[date, date]:
    """Cut a month or year that holds the publication day at that day (unless future)."""
    if not future and d0 <= published < d1:
        return d0, published
    return d0, d1


# ---------------------------------------------------------------- selection and ranges

_RANGE_GAP = re.compile(
    r"\s*(?:-|–|—|to|through|till|until|and|&|et|au|y|al|und|bis|и|по|و)\s*\Z", re.IGNORECASE
)
_RANGE_LEAD = re.compile(r"\b(from|between)\s+\Z", re.IGNORECASE)
# The hour of a day since which something goes on: "since dawn on", "depuis l'aube de", "منذ فجر".
_SINCE_HOUR = (
    r"(?:(?:early\s+)?(?:dawn|daybreak|(?:the\s+)?(?:early\s+)?(?:morning|evening|night|hours))"
    r"\s+(?:on|of)\s+|(?:l['’]aube|la\s+nuit|la\s+matinée|le\s+matin)\s+d[eu]\s+"
    r"|(?:la\s+)?(?:madrugada|mañana|noche)\s+del?\s+|(?:l['’]alba|la\s+notte)\s+d[ie]\s+)?"
)
# The words of "since" beyond English (also read at the start of a span: `dates_month_year`).
SINCE_WORDS = (
    r"depuis|desde|seit|dal|dall['’]|dalla|с|со|منذ|ab|à\s+partir\s+d[eu]|a\s+partir\s+d[eo]|"
    r"a\s+partire\s+da(?:l|lla)?"
)
SINCE_LEAD = re.compile(
    r"\b(?:ever\s+)?since\s+(?:(?:the|our|its|their|his|her|this|that)\s+)?" + _SINCE_HOUR
    + r"\Z|(?:^|(?<=\W))(?:" + SINCE_WORDS + r")\s*"
    r"(?:(?:le|la|l['’]|el|o|a|dem|der|den|il)\s+)?" + _SINCE_HOUR + r"\Z"
    # "منذ يوم الجمعة", "منذ عام 2013", "منذ فجر أمس", "منذ صباح الأربعاء"
    r"|(?:^|(?<=\W))منذ\s+(?:يوم|عام|العام|سنة|فجر|صباح|مساء|ليل|ليلة|ظهر|مطلع)\s*\Z",
    re.IGNORECASE,
)


def select(cands: list[TimeExpr]) -> list[TimeExpr]:
    """Non-overlapping expressions, longest first (earlier wins a tie), sorted by start."""
    cands.sort(key=lambda e: (e.start - e.end, e.start))
    starts: list[int] = []  # taken spans, kept sorted; they never overlap
    taken: list[TimeExpr] = []
    for e in cands:
        k = bisect.bisect_right(starts, e.start)
        if k > 0 and taken[k - 1].end > e.start:
            continue
        if k < len(taken) and taken[k].start < e.end:
            continue
        starts.insert(k, e.start)
        taken.insert(k, e)
    return taken


_AND_WORDS = {"and", "&", "et", "y", "und", "и", "و"}


def _one_spell(a: TimeExpr, b: TimeExpr) -> bool:
    """'on Friday and Saturday', 'in March and April': two days (months) of one spell, not
    two events."""
    reach = {"day": 7, "month": 92}.get(a.granularity)
    return (
        reach is not None
        and a.granularity == b.granularity
        and a.date_start is not None
        and b.date_end is not None
        and 0 < (b.date_end - a.date_start).days <= reach
    )


def merge_ranges(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """Join "from X to Y", "between X and Y", "X – Y" into one range expression."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(exprs):
        a = exprs[i]
        if i + 1 < len(exprs):
            b = exprs[i + 1]
            gap = text[a.end : b.start]
            lead = _RANGE_LEAD.search(text, max(0, a.start - 12), a.start)
            if (
                _RANGE_GAP.match(gap)
                and len(gap) <= 12
                and a.basis == b.basis
                and a.date_start
                and b.date_end
                and a.date_start <= b.date_end
                and (lead or gap.strip().lower() not in _AND_WORDS or _one_spell(a, b))
                and (lead or gap.strip().lower() != "to" or a.granularity == b.granularity)
            ):
                start = lead.start() if lead else a.start
                out.append(
                    make(
                        text,
                        start,
                        b.end,
                        a.date_start,
                        b.date_end,
                        a.basis,
                        "range",
                        published,
                        a.future and b.future,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# "nella notte tra lunedì e martedì", "ليل الاثنين الثلاثاء", "in der Nacht von Montag auf
# Dienstag", "в ночь с понедельника на вторник": two weekdays in a row are one span.
# "late on Monday and on Tuesday", "lundi soir et mardi": a part of the first day may come between.
_DAY_PAIR_GAP = re.compile(
    r"\s*(?:(?:night|evening|morning|soir|matin|abend|noche|mañana|tarde|sera|mattina|"
    r"вечером|утром|ночью)\s*)?"
    r"(?:-|–|—|/|to|and|into|e|et|à|au|a|al|y|und|auf|zum|zu|bis|на|и|по|para|و|،)?\s*"
    r"(?:(?:le|la|el|o|a|dem|den|on|am|в|во)\s+)?\Z",
    re.IGNORECASE,
)
# "غداً الخميس", "tomorrow, Thursday", "ayer domingo": a weekday naming the day just told.
_NAMED_DAY_GAP = re.compile(r"[ \t,،]*\Z")  # "yesterday, Wednesday", "أمس الأربعاء"


def merge_day_names(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """Join two weekdays in a row into one span, and a weekday into the day it names."""
    out: list[TimeExpr] = []
    for e in exprs:
        prev = out[-1] if out else None
        if prev is None or e.granularity != "day" or prev.granularity != "day" or (
            e.basis != "relative" or prev.basis != "relative"
        ):
            out.append(e)
            continue
        gap = text[prev.end : e.start]
        a, b = prev.date_start, e.date_start
        if a is None or b is None or len(gap) > 16:
            out.append(e)
        elif _NAMED_DAY_GAP.match(gap) and (b - a).days % 7 == 0:
            out[-1] = replace(prev, end=e.end, text=text[prev.start : e.end])
        elif _DAY_PAIR_GAP.match(gap) and (b - a).days % 7 == 1:
            day = min(b, published) if not e.future else b
            first = day - timedelta(days=1)
            out[-1] = make(text, prev.start, e.end, first, day, "relative", "range", published,
                           prev.future and e.future)
        else:
            out.append(e)
    return out


# Two days of one month, the span closed: "с 7 по 9 мая" is from the 7th to the 9th, not since.
DAYS_SPAN = re.compile(r"\d{1,2}\.?(?:\s*[-–]\s*|\s+\S+\s+(?:\S+\s+)?)\d{1,2}(?!\d)")


def apply_since(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """ "since X": from the start of X to the publication day."""
    out = []
    for e in exprs:
        lead = SINCE_LEAD.search(text, max(0, e.start - 20), e.start)
        if lead and e.date_start and e.date_start <= published and not e.future and not (
            DAYS_SPAN.match(e.text)
        ):
            e = widen(e, text, lead.start(), date_end=published, granularity="range")
        out.append(e)
    return out


# Synthetic futures of romance languages, lower case: "reunirán", "frapperont", "resteranno".
ROMANCE_FUTURE = r"\b(?-i:[a-zà-ÿ])\w{2,}(?:rán|ront|ranno|rão|rà|rá)\b"
_FUTURE_CUE = re.compile(
    r"\b(?:will|won['’]t|shall|going\s+to|is\s+to|are\s+to|due\s+to|set\s+to|scheduled|"
    r"expected\s+to|(?:is|are)\s+expected|plans?\s+to|planned|intends?\s+to|upcoming|"
    # what is awaited: "a church group expects its family in January"
    r"expects|awaits|erwartet|erwarten|attendent|aguarda|aguardan|aspetta|aspettano|"
    r"ожидает|ожидают)\b"
    # an appeal or duty in the present: "We urge the donors meeting in Brussels in June"
    r"|\b(?:urge|urges|must|should)\b(?!\s+(?:have|not\s+have)\b)"
    r"|\w['’]ll\b"
    r"|\b(?:va|vont|devrait|devraient|prévoit|prévoient|doit|doivent|"
    r"wird|werden|soll|sollen|sollte|sollten|"
    r"van?\s+a|prevé|prevén|tiene\s+previsto|debería|deberá|"
    r"dovrebbe|dovrebbero|dovrà|prevede|"
    r"vai|vão|deverá|deverão|irá|irão|"
    r"будет|будут|планирует|планируют|собирается|намерен\w*)\b"
    r"|" + ROMANCE_FUTURE + r"|(?:سوف|من\s+المتوقع|يتوقع|ويتوقع|تعتزم|يعتزم|المقرر|المنتظر)"
    # a time something is set for: "Für Samstag sind … geplant", "pour samedi", "para el sábado"
    r"|\b(?:für|pour|para(?:\s+el|\s+o)?|per)\s+$",
    re.IGNORECASE,
)
_ASIDE_CHARS = 45  # the longest comma-bounded aside a future cue reaches over
_CLAUSE_END = re.compile(r"[.!?;:,\n\"“”]")
_NOT_SENTENCE_END = re.compile(r"\s*[a-z0-9]")


# "said it would open more counters on Thursday": a weekday ahead, told in reported speech.
_WOULD = re.compile(r"\bwould\s+(?!have\b)", re.IGNORECASE)


# German word order puts the verb right after a leading time: "Am Freitag soll … eintreffen".
_FUTURE_VERB_AFTER = re.compile(r"\s+(?:soll|sollen|sollte|sollten|wird|werden)\b", re.I)


# A Russian perfective verb in the present form tells the future: "в среду … пройдет встреча".
_RUSSIAN_FUTURE_AFTER = re.compile(
    r"[^.,;:!?\n]{0,60}?(?<!\w)(?:состоится|состоятся|пройдет|пройдёт|пройдут|начнется|начнётся|"
    r"начнутся|откроется|прибудет|прибудут|посетит|посетят|отправится|отправятся|проведет|"
    r"проведёт|проведут|встретится|встретятся|вылетит|обсудят|подпишут)(?!\w)"
)


def future_after(text: str, end: int) -> bool:
    """Is the time at `end` followed at once by a future verb ("Am Freitag soll …", "в среду
    … пройдет")?"""
    return bool(_FUTURE_VERB_AFTER.match(text, end) or _RUSSIAN_FUTURE_AFTER.match(text, end))


def future_context(text: str, start: int, weekday: bool = False) -> bool:
    """Is there a future cue (will, plans to, …) in the clause before position `start`?

    For a weekday, "would" counts too: a month after it ("would see more … if the ceasefire
    brokered in April") is more often the past.
    """
    window = text[max(0, start - 80) : start]
    cuts = [(0, "")]
    for m in _CLAUSE_END.finditer(window):
        if m.group() == "." and _NOT_SENTENCE_END.match(window, m.end()):
            continue  # "Dec. 10", "U.S. troops": not the end of a clause
        cuts.append((m.end(), m.group()))
    cut = cuts[-1][0]
    if len(cuts) >= 3 and cuts[-1][1] == cuts[-2][1] == "," and cut - cuts[-2][0] <= _ASIDE_CHARS:
        # "would be buried there, in the district known as Dahiyeh, on Monday": an aside
        cut = cuts[-3][0]
    return bool(_FUTURE_CUE.search(window, cut) or (weekday and _WOULD.search(window, cut)))


# ---------------------------------------------------------------- scanning helpers


def anchor_pattern(words: list[str], case_variants: bool = True) -> re.Pattern:
    """A fast scan for any of `words`: alternations grouped by a literal first letter."""
    groups: dict[str, set[str]] = {}
    for w in words:
        forms = {w, w.upper(), w.lower(), w[:1].upper() + w[1:]} if case_variants else {w}
        for f in forms:
            groups.setdefault(f[0], set()).add(re.escape(f[1:]))
    return re.compile(
        "|".join(
            re.escape(k) + "(?:" + "|".join(sorted(v, key=len, reverse=True)) + ")"
            for k, v in groups.items()
        )
    )


def windows(text: str, anchor: re.Pattern, before: int, after: int) -> list[tuple[int, int]]:
    """Merged character windows around every hit of `anchor`."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in anchor.finditer(text):
        a, b = max(0, m.start() - before), min(n, m.end() + after)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def numeric_date(a: int, b: int, year: int, order: str) -> date | None:
    """A/B/YYYY read in `order` ("DMY", "MDY"); "any" accepts only unambiguous readings."""
    if order == "any":
        if a == b or (a > 12) == (b > 12):
            order = "DMY" if a == b else ""
        else:
            order = "DMY" if a > 12 else "MDY"
    if order.startswith("D"):
        return safe_date(year, b, a)
    if order.startswith("M"):
        return safe_date(year, a, b)
    return None
