"""Parts of months, seasons and pairs of years in languages other than English.

"à la mi-mars", "Anfang Juni", "a finales de mayo", "в конце мая", "أواخر أيار" (early / mid /
late third of a month); "au début de l'année", "Ende letzten Jahres", "bu yılın başında",
"في مطلع العام الماضي" (a third of this or last year or month); "l'été 2018", "летом 2018 года",
"صيف 2018" (a season of a year); "entre 2012 et 2014", "em 2012 e 2013", "в 2019 и 2023 годах"
(one span over the years).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reportmap.dates_base import (
    TimeExpr,
    cap_at,
    make,
    month_span,
    part_of,
    period_part,
    year_for_month,
)
from reportmap.dates_en import season_span

# Words before a month for its early / mid / late third, per language.
MONTH_PARTS: dict[str, dict[str, str]] = {
    "fr": {r"(?:au\s+)?début(?:\s+du\s+mois\s+de|\s+d['’]|\s+de)?": "early",
           r"(?:à\s+la\s+)?mi-": "mid", r"(?:à\s+la\s+)?fin(?:\s+du\s+mois\s+de|\s+d['’]|\s+de)?":
           "late"},
    "de": {r"Anfang": "early", r"Mitte": "mid", r"Ende": "late"},
    "es": {r"(?:a\s+)?(?:principios|comienzos|inicios)\s+de": "early",
           r"(?:a\s+)?mediados\s+de": "mid", r"(?:a\s+)?(?:finales|fines)\s+de": "late"},
    "pt": {r"(?:n?o\s+)?(?:início|princípio|começo)\s+de": "early",
           r"(?:em\s+)?meados\s+de": "mid", r"(?:n?o\s+)?(?:fim|final)\s+de": "late"},
    "it": {r"(?:all['’]|a\s+)?inizio(?:\s+di)?": "early", r"(?:a\s+)?metà(?:\s+di)?": "mid",
           r"(?:a\s+)?fine(?:\s+di)?": "late"},
    "ru": {r"(?:в\s+)?начале|начала": "early", r"(?:в\s+)?середине|середины": "mid",
           r"(?:в\s+)?конце": "late"},
    "ar": {r"(?:في\s+)?(?:مطلع|أوائل|اوائل|بداية)": "early", r"(?:في\s+)?(?:منتصف|أواسط)": "mid",
           r"(?:في\s+)?(?:أواخر|اواخر|نهاية|آخر)": "late"},
    "nl": {r"begin": "early", r"half": "mid", r"eind": "late"},
}
# A third of this or last year or month: (part words, period words) per language, each
# period word as (unit, how many back). Turkish names the period first ("bu yılın başında").
_PERIOD_PART_WORDS: dict[str, dict[str, str]] = {
    "fr": {r"(?:au\s+|en\s+)?début\s+(?:de\s+|d['’]|du\s+)": "early",
           r"(?:au\s+|en\s+)?milieu\s+(?:de\s+|d['’]|du\s+)": "mid",
           r"(?:à\s+la\s+|en\s+)?fin\s+(?:de\s+|d['’]|du\s+)": "late"},
    "de": {r"Anfang\s+": "early", r"Mitte\s+": "mid", r"Ende\s+": "late"},
    "es": {r"(?:a\s+)?(?:principios|comienzos|inicios)\s+del?\s+": "early",
           r"(?:a\s+)?mediados\s+del?\s+": "mid", r"(?:a\s+)?(?:finales|fines)\s+del?\s+": "late"},
    "pt": {r"(?:n?o\s+)?(?:início|princípio|começo)\s+d[eoa]\s+": "early",
           r"(?:em\s+)?meados\s+d[eoa]\s+": "mid", r"(?:n?o\s+)?(?:fim|final)\s+d[eoa]\s+": "late"},
    "it": {r"(?:all['’]|a\s+)?inizio\s+(?:di\s+|del\s+|dell['’]\s*)?": "early",
           r"(?:a\s+)?metà\s+(?:di\s+|del\s+|dell['’]\s*)?": "mid",
           r"(?:alla\s+|a\s+)?fine\s+(?:di\s+|del\s+|dell['’]\s*)?": "late"},
    "ru": {r"(?:в\s+)?начале\s+": "early", r"(?:в\s+)?середине\s+": "mid",
           r"(?:в\s+)?конце\s+": "late"},
    "ar": {r"(?:في\s+)?(?:مطلع|أوائل|اوائل|بداية)\s+": "early",
           r"(?:في\s+)?(?:منتصف|أواسط)\s+": "mid", r"(?:في\s+)?(?:أواخر|اواخر|نهاية)\s+": "late"},
    "tr": {r"\s+(?:başında|başlarında)": "early", r"\s+(?:ortasında|ortalarında)": "mid",
           r"\s+(?:sonunda|sonlarında)": "late"},
}
_PERIODS: dict[str, dict[str, tuple[str, int]]] = {
    "fr": {r"l['’]année\s+(?:dernière|passée)|l['’]an\s+dernier": ("year", 1),
           r"(?:l['’]|cette\s+)?année|l['’]an": ("year", 0),
           r"mois\s+dernier": ("month", 1), r"(?:ce\s+)?mois(?:-ci)?": ("month", 0)},
    "de": {r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+Jahres|des\s+Vorjahres": ("year", 1),
           r"(?:des|dieses)\s+Jahres": ("year", 0),
           r"(?:des\s+)?(?:letzten|vergangenen|vorigen)\s+Monats": ("month", 1),
           r"(?:des|dieses)\s+Monats": ("month", 0)},
    "es": {r"(?:el\s+)?año\s+pasado": ("year", 1), r"(?:este\s+)?año": ("year", 0),
           r"(?:el\s+)?mes\s+pasado": ("month", 1), r"(?:este\s+)?mes": ("month", 0)},
    "pt": {r"(?:o\s+)?ano\s+passado": ("year", 1), r"(?:este\s+)?ano": ("year", 0),
           r"(?:o\s+)?mês\s+passado": ("month", 1), r"(?:este\s+)?mês": ("month", 0)},
    "it": {r"(?:l['’])?anno\s+scorso": ("year", 1), r"(?:quest['’])?anno": ("year", 0),
           r"mese\s+scorso": ("month", 1), r"(?:questo\s+)?mese": ("month", 0)},
    "ru": {r"прошлого\s+года": ("year", 1),
           r"(?:(?:этого|текущего|нынешнего)\s+)?года": ("year", 0),
           r"прошлого\s+месяца": ("month", 1),
           r"(?:(?:этого|текущего)\s+)?месяца": ("month", 0)},
    "ar": {r"العام\s+الماضي|السنة\s+الماضية": ("year", 1),
           r"(?:هذا\s+)?العام(?:\s+(?:الحالي|الجاري))?": ("year", 0),
           r"السنة(?:\s+(?:الحالية|الجارية))?": ("year", 0),
           r"الشهر\s+الماضي": ("month", 1),
           r"(?:هذا\s+)?الشهر(?:\s+(?:الحالي|الجاري))?": ("month", 0)},
    "tr": {r"geçen\s+yılın": ("year", 1), r"(?:bu\s+)?yılın": ("year", 0),
           r"geçen\s+ayın": ("month", 1), r"(?:bu\s+)?ayın": ("month", 0)},
}


def _named_alternatives(prefix: str, words) -> str:
    """One named group per alternative: `(?P<pk0>…)|(?P<pk1>…)`, read back by `_matched`."""
    return "|".join(f"(?P<{prefix}{i}>{w})" for i, w in enumerate(words))


def _matched(m: re.Match, prefix: str, values: list):
    """The value of the alternative that matched (groups built by `_named_alternatives`)."""
    return next(v for i, v in enumerate(values) if m.group(f"{prefix}{i}"))


def _period_part_handler(parts: list[str], periods: list[tuple[str, int]]) -> Callable:
    """The handler of "<part> <period>", told which alternatives matched (`pk<i>`, `pp<j>`)."""

    def handler(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
        part, (unit, back) = _matched(m, "pk", parts), _matched(m, "pp", periods)
        d0, d1, future = period_part(p, unit, back, part)
        return make(text, m.start(), m.end(), d0, d1, "relative", "range", p, future)

    return handler


def _period_part_rule(lang: str, lead: str) -> tuple[str, Callable] | None:
    parts, periods = _PERIOD_PART_WORDS.get(lang), _PERIODS.get(lang)
    if not parts or not periods:
        return None
    part_alts, period_alts = _named_alternatives("pk", parts), _named_alternatives("pp", periods)
    if lang == "tr":
        pattern = rf"{lead}(?:{period_alts})(?:{part_alts})(?!\w)"
    else:
        pattern = rf"{lead}(?:{part_alts})(?:{period_alts})(?!\w)"
    return pattern, _period_part_handler(list(parts.values()), list(periods.values()))


# Season words (any case form the press uses) -> the English season.
SEASONS: dict[str, dict[str, str]] = {
    "fr": {"printemps": "spring", "été": "summer", "automne": "autumn", "hiver": "winter"},
    "de": {"frühling": "spring", "frühjahr": "spring", "sommer": "summer", "herbst": "autumn",
           "winter": "winter"},
    "es": {"primavera": "spring", "verano": "summer", "otoño": "autumn", "invierno": "winter"},
    "pt": {"primavera": "spring", "verão": "summer", "outono": "autumn", "inverno": "winter"},
    "it": {"primavera": "spring", "estate": "summer", "autunno": "autumn", "inverno": "winter"},
    "ru": {"весной": "spring", "весна": "spring", "весну": "spring", "летом": "summer",
           "лето": "summer", "осенью": "autumn", "осень": "autumn", "зимой": "winter",
           "зима": "winter", "зиму": "winter", "лета": "summer", "весны": "spring",
           "осени": "autumn", "зимы": "winter"},
    "ar": {"ربيع": "spring", "صيف": "summer", "خريف": "autumn", "شتاء": "winter"},
    "tr": {"ilkbahar": "spring", "yaz": "summer", "sonbahar": "autumn", "kış": "winter"},
    "nl": {"voorjaar": "spring", "lente": "spring", "zomer": "summer", "herfst": "autumn",
           "winter": "winter"},
}
_SEASON_LINK = r"(?:\s+(?:de|del|di|des|du|dell['’]|des\s+Jahres|van|عام|سنة))?(?:\s+l['’]an)?"
# "entre 2012 et 2014", "zwischen 2012 und 2014", "em 2012 e 2013", "в 2019 и 2023 годах".
_PAIR_LEAD = (
    r"entre|zwischen|tra|fra|между|بين|arasında|tussen|en|in|im|em|nel|nei|negli|в|во|في|"
    r"in\s+den\s+Jahren|en\s+los\s+años|nos\s+anos|negli\s+anni|dans\s+les\s+années"
)
_PAIR_JOIN = r"\s*(?:-|–|/|et|e|y|und|and|и|و|ve|en|a|à|al|bis)\s*"
_YEAR_AFTER = r"(?:\s+(?:годах|годы|года|гг\.|yılları))?"
# The noun of a year between a part and its number: "début de l'année 2019", "أواخر عام 2019".
_YEAR_NOUN = r"(?:l['’]année|l['’]an|des\s+Jahres|del\s+año|do\s+ano|dell['’]anno|عام|العام|سنة)"


def _month_part(m: re.Match, text: str, p: date, spec, part: str) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    year = int(m.group("y")) if m.group("y") else year_for_month(month, p, False)
    d0, d1 = part_of(*month_span(year, month), part)
    if d0 > p and not m.group("y"):
        return None  # "fin mai" told in early May: not yet over, leave it to the month rule
    d0, d1 = cap_at(p, d0, d1, d0 > p)
    return make(text, m.start(), m.end(), d0, d1, "explicit", "range", p)


def _part_handler(parts: list[str]) -> Callable:
    """The month-part handler told which alternative matched: group `pk<i>` is `parts[i]`."""

    def handler(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
        return _month_part(m, text, p, spec, _matched(m, "pk", parts))

    return handler


def _month_of_year(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
    month = spec.month_of(m.group("m1"))
    if month is None:
        return None
    d0, d1 = month_span(int(m.group("y")), month)
    if d0 > p:
        return None
    d0, d1 = cap_at(p, d0, d1, False)
    return make(text, m.start(), m.end(), d0, d1, "explicit", "range", p)


def _year_part_handler(parts: list[str]) -> Callable:
    """The handler of "<part> <year>": its early, mid or late third (group `pk<i>`)."""

    def handler(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
        year = int(m.group("y"))
        d0, d1 = part_of(date(year, 1, 1), date(year, 12, 31), _matched(m, "pk", parts))
        if d0 > p:
            return None
        d0, d1 = cap_at(p, d0, d1, False)
        return make(text, m.start(), m.end(), d0, d1, "explicit", "range", p)

    return handler


def _season_handler(seasons: dict[str, str]) -> Callable:
    """The handler of "<season word> <year>", the word looked up in `seasons`."""

    def handler(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
        season = seasons.get(m.group("season").lower())
        if season is None:
            return None
        d0, d1 = season_span(season, int(m.group("y")))
        return make(text, m.start(), m.end(), d0, d1, "explicit", "range", p)

    return handler


def _year_pair(m: re.Match, text: str, p: date, spec) -> TimeExpr | None:
    y0, y1 = int(m.group("y0")), int(m.group("y"))
    if not (1900 <= y0 < y1 <= 2099 and y1 - y0 <= 30):
        return None
    d0, d1 = cap_at(p, date(y0, 1, 1), date(y1, 12, 31), y0 > p.year)
    return make(text, m.start(), m.end(), d0, d1, "explicit", "range", p)


def part_rules(lang: str, month_pair: str, year: str, lead: str) -> list[tuple[str, Callable]]:
    """(pattern, handler) pairs for month parts, seasons and year pairs in `lang`."""
    rules: list[tuple[str, Callable]] = []
    parts = MONTH_PARTS.get(lang)
    if parts:
        alts = _named_alternatives("pk", parts)
        pattern = rf"{lead}(?:{alts})\s*{month_pair}(?:\s*(?:(?:de|del)\s+)?{year})?(?!\s*\d)"
        rules.append((pattern, _part_handler(list(parts.values()))))
        # "fin 2019", "Ende 2019", "a finales de 2019", "в конце 2019 года", "أواخر عام 2019"
        pattern = rf"{lead}(?:{alts})\s*(?:{_YEAR_NOUN}\s+)?{year}{_YEAR_AFTER}(?!\s*\d)"
        rules.append((pattern, _year_part_handler(list(parts.values()))))
    if lang == "tr":  # "2015 yılının sonunda", "2019 sonunda"
        tr_parts = _PERIOD_PART_WORDS["tr"]
        alts = _named_alternatives("pk", tr_parts)
        pattern = rf"{lead}{year}(?:['’]?\s*(?:yılının|yılı))?(?:{alts})(?!\w)"
        rules.append((pattern, _year_part_handler(list(tr_parts.values()))))
        # "2015 yılının Eylül ayında": a month of a year named first
        pattern = rf"{lead}{year}['’]?\s*(?:yılının|yılı)\s+{month_pair}(?:\s+ay(?:ında|ı))?"
        rules.append((pattern, _month_of_year))
    period_part = _period_part_rule(lang, lead)
    if period_part:
        rules.append(period_part)
    seasons = SEASONS.get(lang)
    if seasons:
        words = "|".join(re.escape(w) for w in sorted(seasons, key=len, reverse=True))
        pattern = rf"{lead}(?P<season>{words}){_SEASON_LINK}\s+{year}{_YEAR_AFTER}"
        rules.append((pattern, _season_handler(seasons)))
    year0 = year.replace("(?P<y>", "(?P<y0>")
    rules.append(
        (rf"{lead}(?:{_PAIR_LEAD})\s+{year0}{_PAIR_JOIN}{year}{_YEAR_AFTER}", _year_pair)
    )
    if lang == "tr":  # "2016-2017 yıllarında": the noun after the pair
        rules.append((rf"{lead}{year0}\s*[-–]\s*{year}['’]?\s*(?:yıllarında|yılları)", _year_pair))
    return rules
