"""Temporal expressions in languages other than English, from dateparser's locale tables.

dateparser ships month and weekday names and words like "yesterday" for ~200 locales; we
read those tables once per language, build regexes from them (cached) and resolve the
matches ourselves, so nothing is invented from bare numbers and the scan stays fast.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from reportmap.dates_ar_days import arabic_day_rules
from reportmap.dates_base import (
    TR_ABLATIVE,
    TR_SINCE_AFTER,
    TimeExpr,
    cap_at,
    future_after,
    future_context,
    make,
    month_span,
    numeric_date,
    safe_date,
    weekday_on_or_after,
    weekday_on_or_before,
    year_for_month,
    year_for_month_day,
    year_of_last_month,
)
from reportmap.dates_calendars import find_calendar_dates
from reportmap.dates_counted import NUMBER, counted_rules, number_value
from reportmap.dates_en_words import PHRASES, count_range
from reportmap.dates_intl_parts import part_rules
from reportmap.dates_intl_phrases import EXTRA_PHRASES
from reportmap.dates_month_names import EXTRA_MONTHS, RU_MONTH_ADJECTIVES

_MONTH_KEYS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# dateparser's "N unit ago" keys -> our English phrase
_RELATIVE = {
    "0 day ago": "today",
    "1 day ago": "yesterday",
    "2 day ago": "the day before yesterday",
    "in 1 day": "tomorrow",
    "in 2 day": "the day after tomorrow",
    "0 week ago": "this week",
    "1 week ago": "last week",
    "in 1 week": "next week",
    "0 month ago": "this month",
    "1 month ago": "last month",
    "in 1 month": "next month",
    "0 year ago": "this year",
    "1 year ago": "last year",
    "in 1 year": "next year",
}
# Words before a bare month ("en décembre") and before a bare year ("en 2017"); "since" words.
_MONTH_PREP = {
    "fr": "en|depuis|début|fin|mi-",
    "de": "im|seit|Anfang|Ende|Mitte",
    "es": "en|desde|de",
    "pt": "em|desde|de",
    "it": "a|ad|in|da|dal|nel|di",
    "ru": "в|во|с|к|до",
    "uk": "в|у|з|до",
    "ar": "في|منذ|خلال|شهر|شهري",
    "nl": "in|sinds",
    "pl": "w|od",
    "tr": "",
}
_YEAR_PREP = {
    "fr": r"en|depuis|à\s+partir\s+de|l'an|l’an|l'année|l’année",
    "de": r"im\s+Jahre?|seit|ab|Jahre?",
    "es": r"en|desde|a\s+partir\s+de|en\s+el\s+año|el\s+año",
    "pt": r"em|desde|a\s+partir\s+de|no\s+ano\s+de",
    "it": r"nel|dal|nell'anno",
    "ru": r"в|с|до",
    "uk": r"в|у|з",
    "ar": r"في|منذ|عام|العام|سنة|لعام|بعام",
    "nl": "in|sinds",
    "pl": "w|od",
    "tr": "",
}
# German puts a year bare before the verb ("deren Bruder 2013 in Tadamon festgenommen wurde");
# a count is followed by its capitalised noun or unit ("2013 Menschen", "2013 km").
_GERMAN_BARE_YEAR = (
    r"(?<![\w.,/-])(?<!Nr\.\s)(?<!Resolution\s)(?P<y>(?:19|20)\d{2})"
    r"(?=\s+(?!(?:km|m|kg|t|mal|bis|und|oder|von|pro|je)\b)(?-i:[a-zäöüß])|\s*[,;)])"
)
# "last November" words before a month (and what may follow the month).
_LAST_MONTH = {
    "de": (r"(?:im\s+)?(?:vergangenen|letzten|vorigen)", ""),
    "es": (r"(?:el\s+)?pasado", ""),
    "it": (r"(?:lo\s+)?scorso", ""),
    "pt": (r"(?:no\s+)?(?:último|passado)", ""),
    "tr": (r"geçtiğimiz|geçen", r"(?:['’]?(?:ta|te|da|de)|\s+ayında)?"),
}
_SINCE = re.compile(
    r"^(?:depuis|seit|ab|desde|dal|da|с|з|منذ|sinds|od|a\s+partir\s+de|à\s+partir\s+de)$",
    re.IGNORECASE,
)
# Turkish and others attach case endings: "Aralık'ta", "2017'de", "2017 yılında".
_SUFFIX = r"(?:['’]\w{1,4}|\s+(?:ayında|ayı|yılında|yılı|году|года|г\.|року|roku))?"
# Forms that are also everyday words: "segunda" (second), "среда" (environment), "pazar"
# (market), "morgen"/"mañana" (morning), "the previous day" (relative to another day).
# Persian weekdays are "n-Saturday", written glued, with a space or a zero-width non-joiner
# (dateparser lists "دو شنبه", Monday, under Saturday).
_EXTRA_WEEKDAYS = {"fa": {f"{n}{gap}شنبه": i for i, n in enumerate(("دو", "سه", "چهار", "پنج"))
                          for gap in ("", " ", "\u200c")}
                   | {f"یک{gap}شنبه": 6 for gap in ("", " ", "\u200c")}}
_BAD_WEEKDAYS = {"segunda", "terça", "quarta", "quinta", "sexta", "الاثنين", "среда", "pazar"}
# An ambiguous weekday is read only next to a word of time: "ليل الاثنين" (Monday night),
# "pazar günü", "pazar gecesi", "geçen pazar" (last Sunday; "pazar" is also a market).
_TIMED_WEEKDAYS = {
    "ar": (r"(?:يوم|ليل|ليلة|مساء|صباح|فجر|ظهر|اليوم)\s+", "", {"الاثنين": 0}),
    "tr": (r"(?:geçen|geçtiğimiz|bu)\s+", r"\s+(?:günü|gecesi|sabahı|akşamı|öğle)", {"pazar": 6}),
}
# "am Mittwochabend": a part of the day glued to the weekday.
_DAY_PART = {
    "de": r"(?:abend|morgen|nachmittag|vormittag|mittag|früh)?",
    # "پنجشنبه هفته گذشته": Thursday of last week (the Persian week starts on Saturday)
    "fa": r"(?P<lastweek>[\s\u200c]+هفته(?:[\s\u200c]*ی)?[\s\u200c]+(?:گذشته|پیش|قبل))?",
}
# "in der Nacht zum Mittwoch", "в ночь на среду": the night that ends on that day.
_NIGHT_BEFORE = re.compile(r"(?:Nacht\s+(?:zum|auf\s+den|auf)|ночь\s+на)\s+\Z", re.IGNORECASE)
# Persian "از" before "N units ago" makes a span up to the news: "از دو هفته پیش".
_SINCE_AGO = re.compile(r"(?<!\w)از\s+(?:حدود\s+|نزدیک\s+به\s+)?\Z")
_BAD_PHRASES = {"morgen", "mañana", "اليوم السابق", "geçen gün", "önümüzdeki gün"}
# Words that are a relative day only before a verb or a part of the day: Russian "накануне"
# (the day before) is yesterday in "накануне сбил", the eve of something in "накануне выборов".
# "the night" with no day after it ("dans la nuit", not "dans la nuit de mardi à mercredi"; "in der
# Nacht", not "in der Nacht zum Dienstag"): the night before the news.
_NO_DAY_AFTER = (r"(?!\w)(?!\s+(?:de|du|d['’]|des|del|dal|della|tra|fra|entre|zum|zur|zu|auf|vom|"
                 r"von|do|da|на|с|со|al|dell['’])(?!\w))")
_NIGHT = {
    "fr": r"(?:dans|pendant|durant)\s+la\s+nuit|cette\s+nuit",
    "es": r"durante\s+la\s+(?:noche|madrugada)",
    "pt": r"durante\s+a\s+(?:noite|madrugada)",
    "it": r"nella\s+notte|durante\s+la\s+notte",
    "de": r"in\s+der\s+Nacht",
    "ru": r"(?<!накануне\s)(?<!вчера\s)(?<!сегодня\s)(?:этой\s+)?ночью|в\s+течение\s+ночи",
    "tr": r"gece\s+(?:boyunca|saatlerinde)",
    "ar": r"خلال\s+الليل|ليلاً|ليلا",
}
_GUARDED_PHRASES = {
    "ru": [(r"накануне(?=\s*[,.;)—–-]|\s+(?:вечером|утром|днём|днем|ночью|\w+(?:л|ла|ли|ло|"
            r"лся|лась|лись|лось))(?!\w))", "yesterday"),
           # "сообщило, что днём подача тока была восстановлена": the day of the news, when
           # no day is named with it
           (r"(?:(?<=что\s)|(?<=,\s))(?:днём|днем)(?!\s+(?:в\s+)?"
            r"(?:понедельник|вторник|сред\w*|четверг|пятниц\w*|суббот\w*|воскресень\w*|\d))",
            "today")],
}
for _lang, _night in _NIGHT.items():
    _GUARDED_PHRASES.setdefault(_lang, []).append(
        ("(?:" + _night + ")" + _NO_DAY_AFTER, "overnight")
    )
_AR_PROCLITIC = "ar"


@dataclass
class _Lang:
    """Compiled patterns and lookup tables for one language."""

    order: str
    months: dict[str, int] = field(default_factory=dict)
    stems: list[tuple[str, int]] = field(default_factory=list)
    weekdays: dict[str, int] = field(default_factory=dict)
    timed_weekdays: dict[str, int] = field(default_factory=dict)  # only after a time word
    phrases: dict[str, str] = field(default_factory=dict)
    counted: list[tuple[re.Pattern, str, str]] = field(default_factory=list)
    rules: list[tuple[re.Pattern, Callable]] = field(default_factory=list)

    def month_of(self, word: str) -> int | None:
        """Month number of a matched month word (exact form, else by stem)."""
        key = " ".join(word.lower().rstrip(".").split())
        if key in self.months:
            return self.months[key]
        for stem, month in self.stems:
            if key.startswith(stem):
                return month
        return None


def _full_forms(months: dict[str, int]) -> list[str]:
    """Month forms safe after a preposition: 4+ letters, or a short one that abbreviates no
    longer form of its month ("mai", "мая"; not "mar" of "mars")."""
    return [
        f for f, n in months.items()
        if len(f) >= 4 or not any(g != f and g.startswith(f) for g, k in months.items() if k == n)
    ]


def _alt(forms: list[str]) -> str:
    forms = sorted(set(forms), key=len, reverse=True)
    return "|".join(
        r"\s+".join(re.escape(w) for w in f.split()).replace("'", "['’]") for f in forms
    )


def _load_info(lang: str) -> dict | None:
    try:
        module = importlib.import_module(f"dateparser.data.date_translation_data.{lang}")
    except ImportError:
        return None
    info = dict(module.info)
    for sub in info.get("locale_specific", {}).values():
        for key, value in sub.items():
            if isinstance(value, list):
                info[key] = list(info.get(key, [])) + value
            elif isinstance(value, dict):
                merged = dict(info.get(key, {}))
                for k, v in value.items():
                    merged[k] = list(merged.get(k, [])) + v
                info[key] = merged
    return info


@lru_cache(maxsize=64)
def _language(lang: str) -> _Lang:
    """Tables and regexes for `lang`, built once."""
    info = _load_info(lang) or {}
    spec = _Lang(order=info.get("date_order", "DMY"))
    for i, key in enumerate(_MONTH_KEYS, 1):
        forms = [f.lower().rstrip(".") for f in info.get(key, [])]
        forms = [f for f in forms if len(f) >= 3 and not any(c.isdigit() for c in f)]
        for f in forms:
            spec.months[f] = -1 if spec.months.get(f, i) != i else i  # -1: two months
        # the stem of the full forms ("сентябрь", "сентября" -> "сентябр", which reads
        # "сентябре"), not of an abbreviation ("сент")
        long_forms = [f for f in forms if len(f) >= 5]
        if len(long_forms) < 2:
            long_forms = [f for f in forms if len(f) >= 4]
        if len(long_forms) >= 2:
            stem = _common_prefix(long_forms)
            if len(stem) >= 4:
                spec.stems.append((stem, i))
    spec.months = {f: i for f, i in spec.months.items() if i > 0}
    spec.months.update(EXTRA_MONTHS.get(lang, {}))
    for i, key in enumerate(_WEEKDAY_KEYS):
        for f in info.get(key, []):
            f = f.lower()
            if len(f) >= 4 and f not in _BAD_WEEKDAYS:
                spec.weekdays[f] = i
    spec.weekdays.update(_EXTRA_WEEKDAYS.get(lang, {}))
    for key, phrase in _RELATIVE.items():
        for f in info.get("relative-type", {}).get(key, []):
            if len(f) >= 3 and not f.endswith(".") and f.lower() not in _BAD_PHRASES:
                spec.phrases[" ".join(f.lower().split()).replace("’", "'")] = phrase
    for key, patterns in info.get("relative-type-regex", {}).items():
        kind = "ago" if key.endswith("ago") else "next"
        unit = key.split()[-2] if kind == "ago" else key.split()[-1]
        if unit not in ("day", "week", "month", "year"):
            continue
        alts = sorted(
            (p.replace(r"(\d++[.,]?\d*+)", r"(?P<n>" + NUMBER + ")") for p in patterns),
            key=len,
            reverse=True,
        )
        alts = [a for a in alts if "(?P<n>" in a]
        if not alts:
            continue
        try:
            spec.counted.append((_renumber(alts), kind, unit))
        except re.error:
            continue
    spec.phrases.update(EXTRA_PHRASES.get(lang, {}))
    _build_rules(spec, lang)
    return spec


def _renumber(alts: list[str]) -> re.Pattern:
    """One regex from alternatives that each name their number group `n`."""
    parts = [a.replace("(?P<n>", f"(?P<n{i}>") for i, a in enumerate(alts)]
    return re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)", re.IGNORECASE
    )


def _common_prefix(words: list[str]) -> str:
    first, last = min(words), max(words)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


# The word between the two days of a span: "du 7 au 9 mai", "del 7 al 9 de mayo", "vom 7. bis
# 9. Mai", "с 7 по 9 мая", "من 7 إلى 9 أيار", "entre el 7 y el 9 de mayo".
_DAY_TO = (
    r"\s+(?:au|al|a|à|bis(?:\s+zum)?|по|до|إلى|الى|حتى|e|et|y|und|и|ile|tot|تا)\s+"
    r"(?:le\s+|el\s+|il\s+|dem\s+|o\s+)?|\s+و\s*"
)


def _build_rules(spec: _Lang, lang: str) -> None:
    """Compile the date patterns of one language into spec.rules."""
    flags = re.IGNORECASE
    stems = "|".join(re.escape(s) + r"\w{0,3}" for s, _ in spec.stems)
    month = "(?:" + "|".join(x for x in (_alt(list(spec.months)), stems) if x) + r")\.?(?!\w)"
    if not spec.months:
        month = r"(?!x)x"
    month_pair = rf"(?P<m1>{month})(?:\s*/\s*{month})?"  # "كانون الأول/ديسمبر"
    long_month = (
        "(?:"
        + "|".join(x for x in (_alt(_full_forms(spec.months)), stems) if x)
        + r")(?!\w)"
    )
    long_pair = rf"(?P<m1>{long_month})(?:\s*/\s*{long_month})?"
    lead = r"(?<!\w)" if lang != _AR_PROCLITIC else r"(?:(?<!\w)|(?<=(?<!\w)[وبفل]))"
    day = r"(?<![\w.,/-])(?P<d1>\d{1,2})(?:\.º|\.|er|º|°|-?го)?"
    year = r"(?P<y>\d{4})(?!\d)"
    rules: list[tuple[str, Callable]] = [
        (
            rf"{day}(?:(?:\s*[-–]\s*|{_DAY_TO})(?P<d2>\d{{1,2}})(?:\.|er|º)?)?\s*"
            rf"(?:(?:de|del|من|مِن)\s+)?{month_pair}"
            rf"(?:\s*(?:(?:de|del)\s+|,\s*)?{year})?{_SUFFIX}",
            _day_month,
        ),
        (rf"{lead}{long_pair}\s*(?:(?:de|del)\s+)?{year}{_SUFFIX}", _month_year),
        (r"(?<![\d/.,-])(?P<a>\d{1,2})([./])(?P<b>\d{1,2})\2(?P<y>\d{4})(?![\d/.]\d)", _numeric),
        (r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])", _ymd),
        (r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]", _ymd),
    ]
    if spec.order.startswith("M"):
        rules.append((rf"{lead}{month_pair}\s+(?P<d1>\d{{1,2}})(?!\d)(?:,?\s*{year})?", _day_month))
    if spec.order.startswith("Y"):
        rules.append((rf"(?<!\d){year}\.?\s*{month_pair}\s*(?P<d1>\d{{1,2}})(?!\d)\.?", _day_month))
    prep = _MONTH_PREP.get(lang)
    if prep:
        rules.append((rf"{lead}(?P<prep>{prep})\s+{long_pair}(?!\s*\d)", _month_only))
        # "en mars et avril", "في شهري آذار ونيسان": two months, one spell
        second = long_pair.replace("m1", "m2")
        rules.append((
            rf"{lead}(?:(?P<prep>{prep})\s+)?{long_pair}\s*(?:{_MONTH_AND}|\s+و(?=\S))"
            rf"\s*(?:(?:{prep})\s+)?{second}(?!\s*\d)",
            _two_months,
        ))
    if lang == "tr":
        # "Haziran'da", "Mart ayında"; since: "Haziran ayından bu yana", "Mart'tan beri"
        rules.append((
            rf"{lead}{long_pair}(?:['’](?:ta|te|da|de)|\s+ayında|(?P<since>['’]{TR_ABLATIVE}"
            rf"|\s+ayından)(?:\s+(?:{TR_SINCE_AFTER}|itibaren))?)(?!\w)",
            _month_only,
        ))
        # a month in lower case takes its ending with no apostrophe: "eylülden bu yana", "martta"
        glued = long_month.removesuffix(r"(?!\w)")
        rules.append((
            rf"{lead}(?P<m1>{glued})(?:ta|te|da|de|(?P<since>{TR_ABLATIVE})"
            rf"(?:\s+(?:{TR_SINCE_AFTER}|itibaren))?)(?!\w)",
            _month_only,
        ))
    if lang == "de":
        rules.append((_GERMAN_BARE_YEAR, _bare_year))
    if lang == "ru":
        rules.append((rf"{lead}(?P<m1>{_alt(list(RU_MONTH_ADJECTIVES))})(?!\w)", _month_only))
    if lang in _LAST_MONTH:
        before, after = _LAST_MONTH[lang]
        rules.append((rf"{lead}(?:{before})\s+{long_pair}{after}(?!\w)", _last_month))
    yprep = _YEAR_PREP.get(lang)
    if yprep:
        rules.append((rf"{lead}(?P<prep>{yprep})\s+{year}(?![.,]\d){_SUFFIX}(?!\s*%)", _year))
    if lang == "tr":
        rules.append(
            (
                rf"(?<![\w.,-]){year}(?:['’](?:de|da|te|ta)(?:ki)?|['’](?:den|dan|ten|tan)|"
                r"\s+yılında(?:ki)?)(?!\w)",  # "2016'daki harekât": the operation of 2016
                _year,
            )
        )
    if spec.weekdays:
        part = _DAY_PART.get(lang, "")
        rules.append((rf"{lead}(?P<wd>{_alt(list(spec.weekdays))}){part}(?!\w)", _weekday))
    if lang in _TIMED_WEEKDAYS:
        before, after, spec.timed_weekdays = _TIMED_WEEKDAYS[lang]
        words = _alt(list(spec.timed_weekdays))
        rules.append((rf"(?<!\w){before}(?P<wd>{words})(?!\w)", _weekday))
        if after:
            rules.append((rf"(?<!\w)(?P<wd>{words})(?={after})", _weekday))
    if spec.phrases:
        rules.append((rf"{lead}(?:{_alt(list(spec.phrases))})(?!\w)", _phrase))
    rules += [(rf"{lead}{rx}", _phrase_as(english))
              for rx, english in _GUARDED_PHRASES.get(lang, [])]
    rules += part_rules(lang, long_pair, year, lead)
    rules += counted_rules(lang, lead)
    if lang == "ar":
        rules += arabic_day_rules(long_pair, year, lead)
    spec.rules = [(re.compile(p, flags), h) for p, h in rules]
    spec.rules += [(rx, _counted_handler(kind, unit)) for rx, kind, unit in spec.counted]


# ---------------------------------------------------------------- handlers
# Each takes (match, text, published, spec) and returns a TimeExpr or None.


def _day_month(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    d1 = int(m.group("d1"))
    d2 = int(m.group("d2")) if m.groupdict().get("d2") else None
    if m.group("y"):
        first = safe_date(int(m.group("y")), month, d1)
    else:
        first = year_for_month_day(month, d1, p, False)
    if first is None:
        return None
    last = first if d2 is None else safe_date(first.year, month, d2)
    if last is None or last < first:
        return None
    gran = "day" if last == first else "range"
    return make(text, m.start(), m.end(), first, last, "explicit", gran, p)


def _month_year(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    d0, d1 = month_span(int(m.group("y")), month)
    d0, d1 = cap_at(p, d0, d1, d0 > p)
    return make(text, m.start(), m.end(), d0, d1, "explicit", "month", p)


_MONTH_AND = r"\s(?:et|y|e|und|и|and)\s"


def _two_months(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    """Two months joined by "and": the first one's start to the second one's end."""
    first, second = spec.month_of(m.group("m1")), spec.month_of(m.group("m2"))
    if first is None or second is None or not 0 < second - first <= 2:
        return None
    year = year_for_month(second, p, False)
    d0, _ = month_span(year, first)
    _, d1 = month_span(year, second)
    d0, d1 = cap_at(p, d0, d1, False)
    return make(text, m.start("m1"), m.end(), d0, d1, "explicit", "range", p)


def _month_only(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    d0, d1 = cap_at(p, *month_span(year_for_month(month, p, False), month), False)
    start = (
        m.start("prep")
        if m.groupdict().get("prep") and _SINCE.match(m.group("prep"))
        else m.start("m1")
    )
    since = start != m.start("m1") or bool(m.groupdict().get("since"))
    if since:
        d1 = p
    return make(text, start, m.end(), d0, d1, "explicit", "range" if since else "month", p)


def _year(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    y = int(m.group("y"))
    if not 1500 <= y <= 2099:
        return None
    d0, d1 = cap_at(p, date(y, 1, 1), date(y, 12, 31), y > p.year)
    since = m.groupdict().get("prep") and _SINCE.match(m.group("prep").strip())
    since = since or re.search(r"(?:den|dan|ten|tan)$", m.group())  # Turkish "2015'ten"
    start = m.start("prep") if since and m.groupdict().get("prep") else m.start("y")
    if since:
        d1 = p
    return make(text, start, m.end(), d0, d1, "explicit", "range" if since else "year", p)


def _last_month(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    """"im vergangenen November", "el pasado noviembre": the latest such month before the news."""
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    d0, d1 = month_span(year_of_last_month(month, p), month)
    return make(text, m.start(), m.end(), d0, d1, "relative", "month", p)


def _bare_year(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    """A year with no word before it ("deren Bruder 2013 festgenommen wurde"), past only."""
    return _year(m, text, p, spec) if 1940 <= int(m.group("y")) <= p.year else None


def _numeric(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    order = "DMY" if spec.order.startswith("Y") else spec.order
    d = numeric_date(int(m.group("a")), int(m.group("b")), int(m.group("y")), order)
    if d is None or not 1500 <= d.year <= 2099:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", p)


def _ymd(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if d is None or not 1500 <= d.year <= 2099:
        return None
    return make(text, m.start(), m.end(), d, d, "explicit", "day", p)


def _weekday(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    key = m.group("wd").lower()
    wd = spec.weekdays.get(key, spec.timed_weekdays.get(key))
    if wd is None:
        return None
    if future_context(text, m.start("wd")) or future_after(text, m.end()):
        # "se reunirán el jueves", "Am Freitag soll …": the coming Thursday, Friday
        d = weekday_on_or_after(p, wd)
        return make(text, m.start("wd"), m.end(), d, d, "relative", "day", p, True)
    d = weekday_on_or_before(p, wd)
    if m.groupdict().get("lastweek") and (p - d).days <= (p.weekday() - 5) % 7:
        d -= timedelta(days=7)  # said on Monday, "Saturday of last week" is nine days back
    if _NIGHT_BEFORE.search(text, max(0, m.start("wd") - 20), m.start("wd")):
        return make(text, m.start("wd"), m.end(), d - timedelta(days=1), d, "relative", "range", p)
    return make(text, m.start("wd"), m.end(), d, d, "relative", "day", p)


def _as_english(m: re.Match, text: str, p: date, english: str) -> TimeExpr:
    """The matched words read as the English phrase `english` of `dates_en_words.PHRASES`."""
    d0, d1, gran, fut = PHRASES[english](p)
    return make(text, m.start(), m.end(), d0, d1, "relative", gran, p, fut)


def _phrase(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
    key = " ".join(m.group().lower().replace("’", "'").split())
    english = spec.phrases.get(key)
    return None if english is None else _as_english(m, text, p, english)


def _phrase_as(english: str) -> Callable:
    """A handler that reads every match as `english` (for phrases with guards of their own)."""
    return lambda m, text, p, spec: _as_english(m, text, p, english)


def _counted_handler(kind: str, unit: str) -> Callable:
    def handler(m: re.Match, text: str, p: date, spec: _Lang) -> TimeExpr | None:
        raw = next((v for k, v in m.groupdict().items() if v and k.startswith("n")), None)
        number = number_value(raw) if raw else None  # "vor drei Jahren", "سه روز پیش"
        how = kind
        if kind == "ago" and _SINCE_AGO.search(text, max(0, m.start() - 20), m.start()):
            how = "past"  # "از حدود دو هفته پیش": from two weeks ago until now
        got = count_range(how, str(number), unit, p) if number else None
        if got is None:
            return None
        return make(text, m.start(), m.end(), got[0], got[1], "relative", got[2], p, kind == "next")

    return handler


def find_international(text: str, published: date, lang: str) -> list[TimeExpr]:
    """Every candidate expression in `text` for a non-English language (overlapping)."""
    spec = _language(lang)
    out: list[TimeExpr] = []
    for pattern, handler in spec.rules:
        for m in pattern.finditer(text):
            expr = handler(m, text, published, spec)
            if expr is not None:
                out.append(expr)
    if lang in ("fa", "ar"):  # Solar Hijri, Hijri and Persian-spelled Gregorian dates
        out += find_calendar_dates(text, published, lang)
    return out
