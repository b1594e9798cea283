"""Counted spans back from the report's day in other languages: "nos últimos dois dias", "ces
trois dernières semaines", "за последние 48 часов", "خلال اليومين الماضيين", "son iki günde"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from reportmap.dates_base import TimeExpr, make
from reportmap.dates_en_words import count_range

# Number words 2..10 (and the odd 1) as the counted phrases write them.
NUMBER_WORDS: dict[str, int] = {
    # fr
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "quinze": 15,
    # es, pt, it
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "quince": 15, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7,
    "oito": 8, "nove": 9, "dez": 10, "due": 2, "tre": 3, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "dieci": 10, "quindici": 15,
    # de
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10,
    # ru
    "два": 2, "две": 2, "двое": 2, "три": 3, "трое": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "десять": 10,
    # tr
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10,
    # ar (the counted noun follows: "الأيام الثلاثة الماضية")
    "الثلاثة": 3, "الأربعة": 4, "الخمسة": 5, "الستة": 6, "السبعة": 7, "العشرة": 10,
    "ثلاثة": 3, "أربعة": 4, "خمسة": 5, "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10,
    "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "تسع": 9, "عشر": 10,
    # fa
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "ده": 10,
}
NUMBER = r"[0-9۰-۹٠-٩]{1,3}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len)[::-1])
_N = r"(?P<n>" + NUMBER + ")"
# Each unit word (a prefix is enough) -> the unit count_range reads.
_UNITS = {
    "day": r"jours|días|dias|giorni|Tage|Tagen|дн(?:я|ей)|сут(?:ок|ки)|gün\w*|روز|يوما|يوماً|أيام",
    "week": r"semaines|semanas|settimane|Wochen|недел[иь]|hafta\w*|هفته|أسابيع|أسبوعا|أسبوعاً",
    "month": r"mois|meses|mesi|Monaten?|месяц(?:а|ев)|ay\w*|ماه|أشهر|شهرا|شهراً",
    "hour": r"heures|horas|ore|Stunden|час(?:а|ов)|saat\w*|ساعت|ساعة",
}
_UNIT = "(?:" + "|".join(f"(?P<{u}>{w})" for u, w in _UNITS.items()) + ")"
_PATTERNS: dict[str, list[str]] = {
    # "ces deux derniers jours", "au cours des 48 dernières heures", "les trois dernières semaines"
    "fr": [r"(?:ces|les|des)\s+" + _N + r"\s+derni[eè]re?s\s+" + _UNIT,
           r"(?:ces|les|des)\s+derni[eè]re?s\s+" + _N + r"\s+" + _UNIT,
           # "depuis trois jours" (for three days): the span up to the report's day
           r"depuis\s+" + _N + r"\s+" + _UNIT],
    "es": [r"(?:l[oa]s\s+)?últim[oa]s\s+" + _N + r"\s+" + _UNIT],
    "pt": [r"(?:n?[oa]s\s+)?últim[oa]s\s+" + _N + r"\s+" + _UNIT],
    "it": [r"(?:(?:negli|nelle|gli|le)\s+)?ultim[ie]\s+" + _N + r"\s+" + _UNIT,
           r"da\s+" + _N + r"\s+" + _UNIT],
    "de": [r"(?:(?:in|während|binnen|innerhalb)\s+(?:den|der)\s+)?(?:vergangenen|letzten)\s+"
           + _N + r"\s+" + _UNIT, r"seit\s+" + _N + r"\s+" + _UNIT],
    "ru": [r"(?:за|в\s+течение)\s+(?:последние|прошедшие)\s+" + _N + r"\s+" + _UNIT],
    "tr": [r"(?:son|geçtiğimiz)\s+" + _N + r"\s+" + _UNIT],
    # "خلال الأيام الثلاثة الماضية", "خلال الـ48 ساعة الماضية"
    "ar": [r"(?:خلال|في|طوال)\s+ال(?:(?P<day>أيام)|(?P<week>أسابيع)|(?P<month>أشهر)|"
           r"(?P<hour>ساعات))\s+" + _N + r"\s+(?:الماضية|الأخيرة)",
           r"(?:خلال|في|طوال)\s+(?:الـ\s*|ال)?" + _N + r"\s*" + _UNIT + r"\s+(?:الماضية|الأخيرة)"],
    "fa": [r"(?:در|طی)\s+" + _N + r"\s+" + _UNIT + r"\s+(?:گذشته|اخیر)"],
}
# Arabic duals carry their count: "اليومين الماضيين", "الأسبوعين الأخيرين", "الشهرين الماضيين".
_AR_DUAL = (
    r"(?:خلال|في|طوال)\s+(?:ال)?(?:(?P<day>يومين)|(?P<week>أسبوعين)|(?P<month>شهرين)|"
    r"(?P<hour>ساعتين))\s+(?:الماضيين|الأخيرين|المنصرمين)"
)


def number_value(raw: str) -> int | None:
    """The count a number word or digits (Persian and Arabic-Indic ones too: "۴۸") stand for."""
    return NUMBER_WORDS.get(raw.lower()) or (int(raw) if raw.isdigit() else None)


def _handler(m: re.Match, text: str, p: date, spec: object) -> TimeExpr | None:
    unit = next(u for u in _UNITS if m.groupdict().get(u))
    raw = m.groupdict().get("n")
    n = 2 if raw is None else number_value(raw)
    got = count_range("past", str(n), unit, p) if n else None
    if got is None:
        return None
    return make(text, m.start(), m.end(), got[0], got[1], "relative", got[2], p)


def counted_rules(lang: str, lead: str) -> list[tuple[str, Callable]]:
    """(pattern, handler) pairs for "the last N days/weeks/months/hours" in `lang`."""
    patterns = list(_PATTERNS.get(lang, []))
    if lang == "ar":
        patterns.append(_AR_DUAL)
    return [(rf"{lead}(?:{p})(?!\w)", _handler) for p in patterns]
