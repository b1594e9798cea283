"""Parts of months, seasons and pairs of years in languages other than English.

"à la mi-mars", "Anfang Juni", "a finales de mayo", "в конце мая", "أواخر أيار" (early / mid /
late third of a month); "l'été 2018", "летом 2018 года", "صيف 2018" (a season of a year);
"entre 2012 et 2014", "em 2012 e 2013", "в 2019 и 2023 годах" (one span over the years).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reportmap.dates_base import TimeExpr, cap_at, make, month_span, part_of, year_for_month
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
    "ru": {r"(?:в\s+)?начале": "early", r"(?:в\s+)?середине": "mid", r"(?:в\s+)?конце": "late"},
    "ar": {r"(?:في\s+)?(?:مطلع|أوائل|اوائل|بداية)": "early", r"(?:في\s+)?(?:منتصف|أواسط)": "mid",
           r"(?:في\s+)?(?:أواخر|اواخر|نهاية|آخر)": "late"},
    "nl": {r"begin": "early", r"half": "mid", r"eind": "late"},
}
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
           "зима": "winter", "зиму": "winter"},
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
        part = next(v for i, v in enumerate(parts) if m.group(f"pk{i}"))
        return _month_part(m, text, p, spec, part)

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
        alts = "|".join(f"(?P<pk{i}>{words})" for i, words in enumerate(parts))
        pattern = rf"{lead}(?:{alts})\s*{month_pair}(?:\s*(?:(?:de|del)\s+)?{year})?(?!\s*\d)"
        rules.append((pattern, _part_handler(list(parts.values()))))
    seasons = SEASONS.get(lang)
    if seasons:
        words = "|".join(re.escape(w) for w in sorted(seasons, key=len, reverse=True))
        pattern = rf"{lead}(?P<season>{words}){_SEASON_LINK}\s+{year}{_YEAR_AFTER}"
        rules.append((pattern, _season_handler(seasons)))
    year0 = year.replace("(?P<y>", "(?P<y0>")
    rules.append(
        (rf"{lead}(?:{_PAIR_LEAD})\s+{year0}{_PAIR_JOIN}{year}{_YEAR_AFTER}", _year_pair)
    )
    return rules
