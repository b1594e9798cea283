"""A running count of days up to the news: "for a third day", "pour le cinquième jour
consécutif", "لليوم التاسع على التوالي" — the N days that end on the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reportmap.dates_base import TimeExpr, make

# Ordinals 2..10 in each language, as the days they count.
_ORDINALS: dict[str, dict[str, int]] = {
    "en": {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
           "eighth": 8, "ninth": 9, "tenth": 10},
    "fr": {"deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
           "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10},
    "es": {"segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6,
           "séptimo": 7, "octavo": 8, "noveno": 9, "décimo": 10},
    "pt": {"segundo": 2, "terceiro": 3, "quarto": 4, "quinto": 5, "sexto": 6, "sétimo": 7,
           "oitavo": 8, "nono": 9, "décimo": 10},
    "it": {"secondo": 2, "terzo": 3, "quarto": 4, "quinto": 5, "sesto": 6, "settimo": 7,
           "ottavo": 8, "nono": 9, "decimo": 10},
    "de": {"zweiten": 2, "dritten": 3, "vierten": 4, "fünften": 5, "sechsten": 6,
           "siebten": 7, "achten": 8, "neunten": 9, "zehnten": 10},
    "ru": {"второй": 2, "третий": 3, "четвертый": 4, "четвёртый": 4, "пятый": 5, "шестой": 6,
           "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10},
    "ar": {"الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
           "الثامن": 8, "التاسع": 9, "العاشر": 10},
}
# Where the ordinal goes in each language's phrase ({n}: the ordinal or "Nth").
_SHAPES: dict[str, str] = {
    "en": r"\bfor\s+(?:a|the)\s+{n}\s+(?:straight\s+|consecutive\s+|successive\s+)?day\b"
          r"(?:\s+(?:running|in\s+a\s+row))?",
    "fr": r"\bpour\s+(?:le|la)\s+{n}\s+(?:jour|journée)\s+(?:consécutif|consécutive|d['’]affilée)",
    "es": r"\bpor\s+(?:el\s+)?{n}\s+día\s+(?:consecutivo|seguido)",
    "pt": r"\bpelo\s+{n}\s+dia\s+(?:consecutivo|seguido)",
    "it": r"\bper\s+il\s+{n}\s+giorno\s+(?:consecutivo|di\s+fila)",
    "de": r"\b(?:am\s+|den\s+)?{n}\s+Tag\s+in\s+Folge",
    "ru": r"(?<!\w){n}\s+день\s+подряд",
    "ar": r"(?:^|(?<=\s))لليوم\s+{n}\s+(?:على\s+التوالي|تواليا|توالياً)",
}
_DIGITS = r"(?P<d>\d{1,2})(?:st|nd|rd|th|e|ème|º|°|\.|-?й)?"


def _pattern(language: str) -> re.Pattern | None:
    shape = _SHAPES.get(language)
    if shape is None:
        return None
    words = "|".join(sorted(_ORDINALS[language], key=len, reverse=True))
    return re.compile(shape.replace("{n}", rf"(?:(?P<w>{words})|{_DIGITS})"), re.IGNORECASE)


_PATTERNS = {lang: _pattern(lang) for lang in _SHAPES}


def find_running_days(text: str, published: date, language: str) -> list[TimeExpr]:
    """'for the ninth consecutive day': the nine days up to and including the publication day."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        n = _ORDINALS[language].get((m.group("w") or "").lower()) or int(m.group("d") or 0)
        if not 2 <= n <= 60:
            continue
        start = published - timedelta(days=n - 1)
        found.append(make(text, m.start(), m.end(), start, published, "relative", "range",
                          published))
    return found



# Between a running count and its day: spaces, a comma, a preposition ("on Sunday").
_GAP = re.compile(r"[\s,]*(?:(?:on|le|am|el|o|il|в)\s+)?", re.IGNORECASE)


def anchor_running_days(
    text: str, exprs: list[TimeExpr], published: date, language: str
) -> list[TimeExpr]:
    """A running count next to the day it ends on ("لليوم الثاني على التوالي اليوم الأحد",
    "on Sunday for a second day") counts back from that day, as one expression."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return exprs
    out = list(exprs)
    for i, run in enumerate(exprs):
        if not pattern.fullmatch(run.text) or run.date_start is None or run.date_end is None:
            continue
        for j in (i + 1, i - 1):
            day = exprs[j] if 0 <= j < len(exprs) else None
            if day is None or day.granularity != "day" or day.date_start is None:
                continue
            a, b = (run, day) if j > i else (day, run)
            if not _GAP.fullmatch(text, a.end, b.start):
                continue
            n = (run.date_end - run.date_start).days
            end, k = b.end, max(i, j) + 1
            while k < len(exprs) and exprs[k].date_start == day.date_start and (
                not text[end : exprs[k].start].strip()
            ):  # "اليوم الأحد" (today, Sunday): one day named twice
                end, out[k], k = exprs[k].end, None, k + 1
            joined = make(text, a.start, end, day.date_start - timedelta(days=n),
                          day.date_start, "relative", "range", published, day.future)
            out[i], out[j] = joined, None
            break
    return [e for e in out if e is not None]
