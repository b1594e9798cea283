"""Solar Hijri (Persian), Islamic (Hijri) and Persian-spelled Gregorian dates.

"۴ دی‌ماه", "هفتم دی‌ماه", "۱۳ دی‌ماه ۱۳۹۸", "در مهرماه", "سال ۱۳۹۸" (Solar Hijri, `fa`);
"١٢ جمادى الآخرة ١٤٤٥ هـ", "رمضان ۱۴۴۵" (Hijri, `ar` and `fa`); "در دسامبر", "۵ مه ۲۰۲۳",
"سال ۲۰۲۰" (Gregorian months spelled in Persian that dateparser's tables miss). Letter
variants (ی/ي/ى, ک/ك, ه/ة, ا/أ/إ/آ), diacritics, tatweel and ZWNJ are matched by the patterns
themselves, so spans index the original text. Conversions use convertdate (Solar Hijri:
astronomical, as Iran's calendar; Hijri: the tabular calendar, which can differ from a
sighted month by a day or two).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import lru_cache

from convertdate import islamic, persian

from reportmap.dates_base import (
    TimeExpr,
    cap_at,
    future_context,
    make,
    month_span,
    part_of,
    pick_occurrence,
    safe_date,
    year_for_month,
    year_for_month_day,
)

__all__ = ["find_calendar_dates", "solar_to_gregorian", "solar_month_span", "solar_year_span"]

# ---------------------------------------------------------------- word tables

SOLAR_MONTHS: dict[str, int] = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5, "شهریور": 6,
    "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}
# Dari (Afghan) names of the same months; everyday words too (اسد, میزان, قوس), so they are
# read only as "day month year".
DARI_MONTHS: dict[str, int] = {
    "حمل": 1, "ثور": 2, "جوزا": 3, "سرطان": 4, "اسد": 5, "سنبله": 6, "میزان": 7, "عقرب": 8,
    "قوس": 9, "جدی": 10, "دلو": 11, "حوت": 12,
}
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "محرم الحرام": 1, "صفر": 2, "صفر المظفر": 2,
    "ربیع الاول": 3, "ربیع اول": 3, "ربیع الاخر": 4, "ربیع الثانی": 4, "ربیع الثانیه": 4,
    "ربیع ثانی": 4, "ربیع اخر": 4,
    "جمادی الاولی": 5, "جمادی الاول": 5, "جمادی اول": 5, "جمادی الاخره": 6, "جمادی الاخر": 6,
    "جمادی الثانیه": 6, "جمادی الثانی": 6, "جمادی ثانی": 6,
    "رجب": 7, "رجب المرجب": 7, "شعبان": 8, "شعبان المعظم": 8, "رمضان": 9, "رمضان المبارک": 9,
    "شوال": 10, "شوال المکرم": 10, "ذو القعده": 11, "ذی القعده": 11, "ذیقعده": 11,
    "ذو الحجه": 12, "ذی الحجه": 12, "ذیحجه": 12,
}
# Gregorian months spelled in Persian (Iranian and Dari forms).
GREGORIAN_FA: dict[str, int] = {
    "ژانویه": 1, "ژانویهٔ": 1, "جنوری": 1, "فوریه": 2, "فبروری": 2, "مارس": 3, "مارچ": 3,
    "آوریل": 4, "اپریل": 4, "مه": 5, "مهٔ": 5, "ژوئن": 6, "ژوئیه": 7, "ژوئیهٔ": 7, "جولای": 7,
    "اوت": 8, "آگوست": 8, "اگوست": 8, "آگست": 8, "اگست": 8, "سپتامبر": 9, "سپتمبر": 9,
    "اکتبر": 10, "اکتوبر": 10, "نوامبر": 11, "نومبر": 11, "دسامبر": 12, "دسمبر": 12,
}
# Persian ordinal days: "هفتم دی‌ماه", "بیست و یکم اسفند".
_UNITS = {"یکم": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "پنجم": 5, "ششم": 6, "هفتم": 7,
          "هشتم": 8, "نهم": 9}
ORDINALS: dict[str, int] = {
    **_UNITS, "اول": 1, "نخست": 1, "دهم": 10, "یازدهم": 11, "دوازدهم": 12, "سیزدهم": 13,
    "چهاردهم": 14, "پانزدهم": 15, "پونزدهم": 15, "شانزدهم": 16, "هفدهم": 17, "هفتدهم": 17,
    "هجدهم": 18, "هیجدهم": 18, "هژدهم": 18, "نوزدهم": 19, "بیستم": 20, "سی ام": 30, "سیام": 30,
    "سی و یکم": 31, **{f"بیست و {w}": 20 + n for w, n in _UNITS.items()},
}
_WEEKDAYS = [
    "شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "دو شنبه", "سه شنبه", "چهارشنبه", "چهار شنبه",
    "پنجشنبه", "پنج شنبه", "جمعه", "السبت", "الاحد", "الاثنین", "الثلاثاء", "الاربعاء",
    "الخمیس", "الجمعه",
]

# ---------------------------------------------------------------- letters and patterns

_VARIANTS = ["یيى", "کك", "هة", "اأإآٱ", "وؤ"]
_MARKS = "\u064b-\u065f\u0670\u0640"  # harakat, superscript alef, tatweel
_KEY_MAP = {ord(c): group[0] for group in _VARIANTS for c in group}
_KEY_DROP = re.compile(rf"[{_MARKS}\u200c\u200d\s]")
D = "[0-9۰-۹٠-٩]"  # ASCII, Persian and Arabic-Indic digits
_START = r"(?<![\w\u200c\u200d])"
_END = r"(?![\w\u200c\u200d])"


def _key(word: str) -> str:
    """A lookup key: one letter for each variant, no marks, joiners or spaces."""
    return _KEY_DROP.sub("", word.translate(_KEY_MAP))


def _w(word: str) -> str:
    """A pattern for `word` that accepts letter variants, diacritics and ZWNJ or spaces."""
    out = []
    for c in word:
        if c.isspace() or c == "\u200c":
            out.append(r"[\s\u200c\u200d]*")
            continue
        group = next((g for g in _VARIANTS if c in g), "")
        out.append(f"[{group}]" if group else re.escape(c))
        out.append(f"[{_MARKS}]*")
    return "".join(out)


def _alt(words: list[str]) -> str:
    return "|".join(_w(w) for w in sorted(set(words), key=len, reverse=True))


def _lookup(table: dict[str, int]) -> dict[str, int]:
    return {_key(w): n for w, n in table.items()}


_SOLAR_KEYS = _lookup(SOLAR_MONTHS)
_DARI_KEYS = _lookup(DARI_MONTHS)
_HIJRI_KEYS = _lookup(HIJRI_MONTHS)
_GREG_KEYS = _lookup(GREGORIAN_FA)
_ORDINAL_KEYS = _lookup(ORDINALS)

_MAH = r"[\s\u200c\u200d]*ماه(?!\w)"  # "دی‌ماه", "دیماه", "دی ماه"
_WD = rf"(?:{_START}(?P<wd>{_alt(_WEEKDAYS)})[\s\u200c]*[،,]?\s+)?"
_DAY = rf"(?<![\w\u200c.,/:٫])(?P<d>{D}{{1,2}})(?!{D})(?:\u200c?ام)?"
_DAY2 = rf"(?:\s*(?:تا|-|–|و)\s*(?P<d2>{D}{{1,2}})(?!{D}))?"
_ORD = rf"{_START}(?P<o>{_alt(list(ORDINALS))}){_END}"
_YEAR = rf"(?P<y>{D}{{4}}|{D}{{2}})(?![\w٫.,/]{D})(?!{D})"
_SHAMSI = r"(?P<sh>ه[ـ\u200d]?\s*\.?\s*ش\.?(?!\w)|هجری[\s\u200c]+شمسی|شمسی|خورشیدی)"
_QAMARI = (
    r"(?P<hq>ه[ـ\u200d]?\s*\.?\s*ق\.?(?!\w)|هجری[\s\u200c]+قمری|قمری"
    r"|للهجر[ةه]|ال?هجر[يی][ةه]?|هـ(?!\s*\.?\s*ش)|ه(?![\w\u200c]|\s*\.?\s*ش))"
)
_MILADI = r"(?:\s*(?P<mi>میلادی|م(?!\w)))?"
_YEAR_WORD = r"(?:(?:سال|سنة|عام|لعام|لسنة)\s+)?"
# A Solar month followed at once by "تیر شلیک", "مهر وزارت"-like words is no month.
_NOT_AFTER_SOLAR = r"(?![\s\u200c]*(?:شلیک|خلاص|اندازی|انداز|باران|رس|ها|های|هایی)(?!\w))"


def _month(table: dict[str, int], name: str) -> str:
    return rf"{_START}(?P<{name}>{_alt(list(table))}){_END}"


_SM = (
    rf"{_START}(?P<sm>{_alt(list(SOLAR_MONTHS))})"
    rf"(?:(?=[\s\u200c\u200d]*ماه(?!\w))|{_END}){_NOT_AFTER_SOLAR}"
)
_HM = _month(HIJRI_MONTHS, "hm")
_GM = _month(GREGORIAN_FA, "gm")
_DM = _month(DARI_MONTHS, "dm")
_DAY_OR_ORD = rf"(?:{_DAY}{_DAY2}|{_ORD})"
_REL_YEAR = r"(?P<rel>سال[\s\u200c]+(?:گذشته|قبل|پیش|جاری|آینده|بعد)|پارسال|امسال)"
_SOLAR_YEAR_TAIL = (
    rf"(?:\s*[،,]?\s*(?:(?:سال|در\s+سال)\s+)?{_YEAR}(?:\s*{_SHAMSI})?|\s+{_REL_YEAR}{_END})?"
)

_SOLAR_DAY = re.compile(
    rf"{_WD}{_DAY_OR_ORD}[\s\u200c]+(?:ماه\s+)?{_SM}(?P<mah>{_MAH})?{_SOLAR_YEAR_TAIL}"
)
_SOLAR_MONTH = re.compile(
    rf"(?P<pre>{_START}ماه[\s\u200c]+)?{_SM}(?P<mah>{_MAH})?{_SOLAR_YEAR_TAIL}"
)
_NOT_A_YEAR = r"(?!\s*(?:نفر|تن|هزار|میلیون|میلیارد|مورد|دلار|تومان|ریال|کیلو|متر|درصد|بار)(?!\w))"
_SAL_YEAR = re.compile(
    rf"{_START}(?P<pre>سال)[\s\u200c]+{_YEAR}(?:\s*{_SHAMSI}|\s*(?P<mi>میلادی))?{_NOT_A_YEAR}"
)
_MARKED_YEAR = re.compile(
    rf"(?<![\w٫.,/])(?P<y>{D}{{4}})(?!{D})\s*(?:{_SHAMSI}|(?P<mi>میلادی))"
)
_DARI_DAY = re.compile(rf"{_WD}{_DAY}[\s\u200c]+{_DM}\s*(?:سال\s+)?(?P<y>{D}{{4}})(?!{D})")
_HIJRI_DAY = re.compile(
    rf"{_WD}{_DAY_OR_ORD}[\s\u200c]+(?:من\s+)?(?:(?:شهر|ماه)\s+)?{_HM}"
    rf"(?:\s*[،,]?\s*{_YEAR_WORD}{_YEAR})?(?:\s*{_QAMARI})?"
)
_HIJRI_MONTH = re.compile(
    rf"(?:{_START}(?:شهر|ماه)(?:\s+مبارک)?\s+)?{_HM}\s*[،,]?\s*{_YEAR_WORD}{_YEAR}"
    rf"(?:\s*{_QAMARI})?"
)
_HIJRI_YEAR = re.compile(rf"(?<![\w٫.,/]){_YEAR_WORD}(?P<y>{D}{{4}})(?!{D})\s*{_QAMARI}")
_GREG_DAY = re.compile(rf"{_WD}{_DAY}{_DAY2}[\s\u200c]+{_GM}(?:\s*[،,]?\s*{_YEAR}{_MILADI})?")
_GREG_MONTH = re.compile(
    rf"(?:{_START}(?P<pre>در|از|تا|طی|ماه|اواسط|اوایل|اواخر)[\s\u200c]+(?:ماه\s+)?)?{_GM}"
    rf"(?:\s*[،,]?\s*(?:سال\s+)?(?P<y>{D}{{4}})(?!{D}){_MILADI})?"
)
_RANGE_GAP = re.compile(r"\s*(?:تا|الی|إلى|الى|حتى|-|–)\s*\Z")
_RANGE_LEAD = re.compile(r"(?:از|من|بين|بین)\s+\Z")
_SINCE_LEAD = re.compile(r"(?<!\w)از\s+\Z")
_UNTIL_NOW = re.compile(r"\s*(?:تاکنون|تا[\s\u200c]*کنون|تا\s+امروز|به\s+این\s+سو)(?!\w)")
_FA_FUTURE = re.compile(r"خواهد|خواهند|خواهیم|خواهم|قرار\s+است|برگزار\s+می[\s\u200c]*شود")
# "نیمه اول مهر", "دهه سوم دی": a part of the month, not its first or third day.
_PART_BEFORE = re.compile(r"(?:نیمه|دهه|هفته|سه[\s\u200c]*ماهه)[\s\u200c]*\Z")
_CLAUSE = re.compile(r"[.!?؟؛\n]")
# "اواخر مهرماه", "أواخر رمضان 1445": the early / mid / late third of a month.
_PART_LEAD = re.compile(
    r"(?<!\w)(?:(?P<early>اوایل|اوائل|أوائل|ابتدای|مطلع)|(?P<mid>اواسط|أواسط|نیمه|میانه|منتصف)"
    r"|(?P<late>اواخر|أواخر|پایان|نهاية))[\s\u200c]*(?:(?:ماه|شهر)\s+)?\Z"
)
# "بهمن‌ماه گذشته" (last Bahman), "مهر آینده" (next Mehr): the month before or after this one,
# not "ماه گذشته" (last month) read from its second word.
_SOLAR_LAST_NEXT = re.compile(r"[\s\u200c]+(?:(?P<last>گذشته|پیش|قبل)|(?P<next>آینده|بعد))(?!\w)")
_PHRASE_END = re.compile(r"\s*(?:[.,،؛:)»\]\-–!?؟]|$|(?:و|که|در|تا|به|بود|رخ|است|هم|نیز|را)(?!\w))")
_REL_SHIFT = {_key("امسال"): 0, _key("سال جاری"): 0, _key("سال آینده"): 1, _key("سال بعد"): 1}

# ---------------------------------------------------------------- calendar arithmetic


@lru_cache(maxsize=512)
def _nowruz(year: int) -> date:
    """1 Farvardin of a Solar Hijri year (the March equinox, reckoned at Tehran)."""
    return date(*persian.to_gregorian(year, 1, 1))


def _month_offset(month: int) -> int:
    return (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30


def solar_month_span(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Solar Hijri month."""
    first = _nowruz(year) + timedelta(days=_month_offset(month))
    last = _nowruz(year + 1) - timedelta(days=1) if month == 12 else (
        _nowruz(year) + timedelta(days=_month_offset(month + 1) - 1)
    )
    return first, last


def solar_year_span(year: int) -> tuple[date, date]:
    """First and last Gregorian day of a Solar Hijri year."""
    return _nowruz(year), _nowruz(year + 1) - timedelta(days=1)


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date, or None when that day does not exist."""
    if not 1 <= month <= 12 or day < 1:
        return None
    first, last = solar_month_span(year, month)
    d = first + timedelta(days=day - 1)
    return d if d <= last else None


def _solar_of(g: date) -> tuple[int, int]:
    """(Solar year, Solar month) of a Gregorian day."""
    year = g.year - 621 if g >= _nowruz(g.year - 621) else g.year - 622
    month = max(m for m in range(1, 13) if solar_month_span(year, m)[0] <= g)
    return year, month


def _hijri_span(year: int, month: int) -> tuple[date, date]:
    first = date(*islamic.to_gregorian(year, month, 1))
    nxt = date(*islamic.to_gregorian(year + month // 12, month % 12 + 1, 1))
    return first, nxt - timedelta(days=1)


def _closest(candidates: list[date], published: date, future: bool) -> date | None:
    """The policy of dates_base.year_for_month_day over ready-made candidates."""
    past = max((d for d in candidates if d <= published), default=None)
    ahead = min((d for d in candidates if d > published), default=None)
    return pick_occurrence(past, ahead, published, future)


def _solar_day_no_year(month: int, day: int, published: date, future: bool) -> date | None:
    sy = _solar_of(published)[0]
    cands = [solar_to_gregorian(y, month, day) for y in (sy - 1, sy, sy + 1)]
    if not any(cands) and month == 12 and day == 30:  # Esfand 30 of the last leap year
        cands = [solar_to_gregorian(y, 12, 30) for y in range(sy - 5, sy - 1)]
    return _closest([d for d in cands if d], published, future)


def _solar_month_no_year(month: int, published: date, future: bool) -> int:
    """The year of the most recent such Solar month (the current one included)."""
    sy, sm = _solar_of(published)
    if future:
        return sy if month >= sm else sy + 1
    return sy if month <= sm else sy - 1


# ---------------------------------------------------------------- handlers


def _future(text: str, start: int, end: int, lang: str) -> bool:
    """A future cue before the date, or (Persian, verb last) later in its clause."""
    if future_context(text, start):
        return True
    if lang != "fa":
        return False
    stop = _CLAUSE.search(text, end, end + 150)
    return bool(_FA_FUTURE.search(text, end, stop.start() if stop else end + 150))


def _solar_year(m: re.Match, published: date) -> int | None:
    """The Solar year written after a date, or None when there is none or it is no year."""
    rel = m.groupdict().get("rel")
    if rel:
        return _solar_of(published)[0] + _REL_SHIFT.get(_key(rel), -1)
    raw = m.groupdict().get("y")
    if not raw:
        return None
    y = int(raw)
    if len(raw) == 2:  # "آبان ۹۸،", "دی ۹۶ و": a year only where its phrase ends
        ends = _PHRASE_END.match(m.string, m.end("y")) or m.groupdict().get("sh")
        if not ends or 10 <= y < 20:
            return None
        return 1300 + y if y >= 20 else 1400 + y if raw[0] in "0۰٠" else None
    return y if 1200 <= y <= 1499 else None


def _end_without_year(m: re.Match) -> int:
    return m.end("mah") if m.group("mah") else m.end("sm")


def _day_of(m: re.Match) -> int | None:
    """The day number, or None for "نیمه اول مهر" (an ordinal naming a part of the month)."""
    if m.group("d"):
        return int(m.group("d"))
    if _PART_BEFORE.search(m.string, max(0, m.start("o") - 12), m.start("o")):
        return None
    return _ORDINAL_KEYS[_key(m.group("o"))]


def _start(m: re.Match) -> int:
    """Where a day expression starts: at its weekday, else at its day number or ordinal."""
    return next(m.start(g) for g in ("wd", "d", "o") if m.groupdict().get(g))


def _until(first: date, day: int, m: re.Match) -> date | None:
    """The last day of "۱۰ تا ۱۲ مهر" (the first day moved on to the second number)."""
    if not m.groupdict().get("d2"):
        return first
    day2 = int(m.group("d2"))
    return first + timedelta(days=day2 - day) if day < day2 <= 31 else None


def _day_expr(text: str, start: int, end: int, first: date, last: date, p: date) -> TimeExpr:
    gran = "day" if last == first else "range"
    return make(text, start, end, first, last, "explicit", gran, p)


def _solar_days(text: str, p: date, lang: str) -> list[TimeExpr]:
    out = []
    for m in _SOLAR_DAY.finditer(text):
        month = _SOLAR_KEYS[_key(m.group("sm"))]
        day = _day_of(m)
        if day is None:
            continue
        start = _start(m)
        year = _solar_year(m, p)
        end = m.end() if year else _end_without_year(m)
        if year:
            first = solar_to_gregorian(year, month, day)
        else:
            first = _solar_day_no_year(month, day, p, _future(text, start, end, lang))
        if first is not None and (last := _until(first, day, m)) is not None:
            out.append(_day_expr(text, start, end, first, last, p))
    return out


def _solar_months(text: str, p: date, lang: str) -> list[TimeExpr]:
    out = []
    for m in _SOLAR_MONTH.finditer(text):
        month = _SOLAR_KEYS[_key(m.group("sm"))]
        year = _solar_year(m, p)
        lead = _PART_LEAD.search(text, max(0, m.start("sm") - 14), m.start("sm"))
        end = m.end() if year else _end_without_year(m)
        shift = _SOLAR_LAST_NEXT.match(text, end) if year is None else None
        if year is None and not (m.group("pre") or m.group("mah") or lead or shift):
            continue  # a bare "مهر", "تیر", "دی": too often a word, unlike "اواخر مهر"
        start = m.start("pre") if m.group("pre") else m.start("sm")
        future = _future(text, start, end, lang)
        if shift:
            end, future = shift.end(), bool(shift.group("next"))
        if year is None:
            year = _solar_month_no_year(month, p, future)
            if shift and month == _solar_of(p)[1]:
                year += 1 if future else -1  # "last Dey" said in Dey: a year ago
        d0, d1 = solar_month_span(year, month)
        d0, d1 = cap_at(p, d0, d1, future or d0 > p)
        out.append(make(text, start, end, d0, d1, "explicit", "month", p))
    return out


def _years(text: str, p: date) -> list[TimeExpr]:
    out = []
    matches = list(_SAL_YEAR.finditer(text)) + list(_MARKED_YEAR.finditer(text))
    for m in matches:
        raw = m.group("y")
        y = int(raw)
        start = m.start("pre") if m.groupdict().get("pre") else m.start("y")
        if m.group("mi") or (len(raw) == 4 and 1900 <= y <= 2099):
            if not (len(raw) == 4 and 1500 <= y <= 2099):
                continue
            d0, d1 = date(y, 1, 1), date(y, 12, 31)
        else:
            sy = _solar_year(m, p)
            if sy is None:
                continue
            d0, d1 = solar_year_span(sy)
        d0, d1 = cap_at(p, d0, d1, d0 > p)
        out.append(make(text, start, m.end(), d0, d1, "explicit", "year", p))
    return out


def _hijri_year(m: re.Match, lang: str) -> int | None:
    """A Hijri year; in Persian an unmarked year below 1420 is more likely Solar: none."""
    raw = m.groupdict().get("y")
    if not raw or len(raw) != 4:
        return None
    y = int(raw)
    if lang == "fa" and y < 1420 and not m.groupdict().get("hq"):
        return None
    return y if 1300 <= y <= 1500 else None


def _hijri(text: str, p: date, lang: str) -> list[TimeExpr]:
    out = []
    for m in _HIJRI_DAY.finditer(text):
        month = _HIJRI_KEYS[_key(m.group("hm"))]
        day = _day_of(m)
        year = _hijri_year(m, lang)
        if day is None or not 1 <= day <= 30 or (year is None and not m.group("hq")):
            continue
        start = _start(m)
        if year is not None:
            first = date(*islamic.to_gregorian(year, month, day))
        else:
            hy = islamic.from_gregorian(p.year, p.month, p.day)[0]
            cands = [date(*islamic.to_gregorian(y, month, day)) for y in (hy - 1, hy, hy + 1)]
            first = _closest(cands, p, _future(text, start, m.end(), lang))
        if (last := _until(first, day, m)) is not None:
            out.append(_day_expr(text, start, m.end(), first, last, p))
    for m in _HIJRI_MONTH.finditer(text):
        year = _hijri_year(m, lang)
        if year is None:
            continue
        d0, d1 = _hijri_span(year, _HIJRI_KEYS[_key(m.group("hm"))])
        d0, d1 = cap_at(p, d0, d1, d0 > p)
        out.append(make(text, m.start(), m.end(), d0, d1, "explicit", "month", p))
    for m in _HIJRI_YEAR.finditer(text):
        year = _hijri_year(m, lang)
        if year is None or (lang == "fa" and _key(m.group("hq")) in ("ه", "هـ") and year < 1420):
            continue  # Persian "۱۴۰۰ ه" is more often Solar
        d0, d1 = _hijri_span(year, 1)[0], _hijri_span(year, 12)[1]
        d0, d1 = cap_at(p, d0, d1, d0 > p)
        out.append(make(text, m.start(), m.end(), d0, d1, "explicit", "year", p))
    return out


def _gregorian_fa(text: str, p: date, lang: str) -> list[TimeExpr]:
    out = []
    for m in _GREG_DAY.finditer(text):
        month = _GREG_KEYS[_key(m.group("gm"))]
        day, start = int(m.group("d")), _start(m)
        raw = m.group("y")
        year = int(raw) if raw and len(raw) == 4 and 1500 <= int(raw) <= 2099 else None
        end = m.end() if year else m.end("gm")
        first = (
            safe_date(year, month, day) if year
            else year_for_month_day(month, day, p, _future(text, start, end, lang))
        )
        if first is not None and (last := _until(first, day, m)) is not None:
            out.append(_day_expr(text, start, end, first, last, p))
    for m in _GREG_MONTH.finditer(text):
        month = _GREG_KEYS[_key(m.group("gm"))]
        raw = m.group("y")
        if raw and 1500 <= int(raw) <= 2099:
            d0, d1 = month_span(int(raw), month)
            d0, d1 = cap_at(p, d0, d1, d0 > p)
            out.append(make(text, m.start("gm"), m.end(), d0, d1, "explicit", "month", p))
            continue
        pre = m.group("pre")
        if not pre or (_key(m.group("gm")) in ("مه", "مهٔ") and _key(pre) != "ماه"):
            continue  # "در مه" is "in the fog"
        future = _future(text, m.start("gm"), m.end("gm"), lang)
        d0, d1 = cap_at(p, *month_span(year_for_month(month, p, future), month), future)
        out.append(make(text, m.start("gm"), m.end("gm"), d0, d1, "explicit", "month", p))
    return out


def _dari(text: str, p: date) -> list[TimeExpr]:
    out = []
    for m in _DARI_DAY.finditer(text):
        y = int(m.group("y"))
        d = solar_to_gregorian(y, _DARI_KEYS[_key(m.group("dm"))], int(m.group("d")))
        if d is not None and 1200 <= y <= 1499:
            out.append(make(text, _start(m), m.end(), d, d, "explicit", "day", p))
    return out


def _ranges(text: str, exprs: list[TimeExpr], p: date) -> list[TimeExpr]:
    """ "از ۱۰ مهر تا ۱۵ آبان": two of our dates joined by "تا" / "إلى" into one range."""
    out = []
    exprs = sorted(exprs, key=lambda e: e.start)
    starts = [e.start for e in exprs]
    for a in exprs:
        now = _UNTIL_NOW.match(text, a.end)
        since = _SINCE_LEAD.search(text, max(0, a.start - 6), a.start)
        if now and since and a.date_start and a.date_start <= p:  # "از ۱۵ مهرماه تاکنون"
            d0 = a.date_start
            out.append(make(text, since.start(), now.end(), d0, p, "explicit", "range", p))
        lo, hi = bisect.bisect_right(starts, a.end), bisect.bisect_right(starts, a.end + 8)
        for b in exprs[lo:hi]:
            if not _RANGE_GAP.match(text[a.end : b.start]):
                continue
            if a.date_start is None or b.date_end is None or a.date_start > b.date_end:
                continue
            lead = _RANGE_LEAD.search(text, max(0, a.start - 6), a.start)
            start = lead.start() if lead else a.start
            out.append(make(text, start, b.end, a.date_start, b.date_end, "explicit", "range", p))
    return out


def _parts(text: str, exprs: list[TimeExpr], p: date) -> list[TimeExpr]:
    """ "اواخر مهرماه": a month's early / mid / late third, unless cut at publication."""
    out = []
    for e in exprs:
        lead = _PART_LEAD.search(text, max(0, e.start - 14), e.start)
        if not lead or e.granularity != "month" or e.date_start is None or e.date_end is None:
            continue
        part = next(k for k in ("early", "mid", "late") if lead.group(k))
        first, last = e.date_start, e.date_end
        if last == p and not e.future:
            solar = solar_month_span(*_solar_of(first))
            if solar[0] != first:
                continue  # a month not over, of another calendar: which third is unclear
            first, last = solar  # "در میانه آبان" said at the end of Aban
        d0, d1 = part_of(first, last, part)
        if d0 > p:
            continue  # the third has not begun: the month so far
        d1 = min(d1, p)
        out.append(make(text, lead.start(), e.end, d0, d1, "explicit", "range", p))
    return out


def find_calendar_dates(text: str, published: date, lang: str) -> list[TimeExpr]:
    """Candidate Solar Hijri, Hijri and Persian-Gregorian dates in `text` (overlapping)."""
    lang = (lang or "").lower()
    out: list[TimeExpr] = []
    if lang == "fa":
        out += _solar_days(text, published, lang)
        out += _solar_months(text, published, lang)
        out += _years(text, published)
        out += _dari(text, published)
        out += _gregorian_fa(text, published, lang)
    if lang in ("fa", "ar"):
        out += _hijri(text, published, lang)
    return out + _ranges(text, out, published) + _parts(text, out, published)
