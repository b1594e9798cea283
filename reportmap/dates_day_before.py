"""The day before the day just told: "la veille", "a day earlier", "am Vortag", "في اليوم
السابق" — one day before the nearest day named before it, else before the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reportmap.dates_base import TimeExpr, make

# "накануне выборов" is the eve of an event; "Накануне боевики начали…" the day before.
_RU_EVE_OF = (
    r"(?:(?:выбор|визит|встреч|переговор|саммит|праздник|годовщин|голосовани|референдум|"
    r"заседани|прибыти|приезд|открыти|Рамадан|вторжени|наступлени|штурм|митинг|акци|операци|"
    r"конференци|форум|церемони|объявлени|отставк|инаугураци|перемири|прекращени|Курбан|"
    r"Ураза|Навруз)\w*|Нового|дня|начала|Рождества|Пасхи|его|её|ее|их|этого|того|этой|той|"
    r"своего|своей)(?!\w)"
)
_PHRASES: dict[str, str] = {
    "en": r"the\s+day\s+before|the\s+previous\s+day|a\s+day\s+earlier|one\s+day\s+earlier|"
          r"the\s+day\s+earlier",
    "fr": r"la\s+veille|le\s+jour\s+précédent|un\s+jour\s+plus\s+tôt",
    "es": r"el\s+día\s+anterior|la\s+víspera|un\s+día\s+antes",
    "pt": r"na\s+véspera|no\s+dia\s+anterior|um\s+dia\s+antes",
    "it": r"il\s+giorno\s+prima|il\s+giorno\s+precedente|la\s+vigilia",
    "de": r"am\s+Vortag|tags\s+zuvor|einen\s+Tag\s+zuvor|am\s+Tag\s+zuvor",
    "ru": r"днём\s+ранее|днем\s+ранее|за\s+день\s+до\s+этого|накануне(?!\s+" + _RU_EVE_OF + ")",
    "ar": r"في\s+اليوم\s+السابق|اليوم\s+السابق|قبل\s+ذلك\s+بيوم",
}
# "the day before the vote", "la veille du scrutin": the eve of an event, not of a day.
_OF_AFTER = re.compile(
    r"\s+(?:of|the|a|an|his|her|its|their|de|du|des|d['’]|del|della|dello|di|von|der|dem|من|ل)"
    r"(?:\s|\b)", re.IGNORECASE
)
_PATTERNS = {
    lang: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for lang, p in _PHRASES.items()
}
_REACH = 400  # characters back to the day it counts from


def find_days_before(text: str, exprs: list[TimeExpr], published: date, language: str
                     ) -> list[TimeExpr]:
    """`exprs` with every "day before" phrase added, resolved against the day named before it."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return exprs
    added = []
    for m in pattern.finditer(text):
        if _OF_AFTER.match(text, m.end()) or any(e.start < m.end() and m.start() < e.end
                                                for e in exprs):
            continue
        days = [
            e for e in exprs
            if e.end <= m.start() and m.start() - e.end <= _REACH and e.granularity == "day"
            and e.date_start is not None and "\n" not in text[e.end : m.start()]
        ]
        day = days[-1].date_start if days else published
        d = day - timedelta(days=1)
        added.append(make(text, m.start(), m.end(), d, d, "relative", "day", published))
    return sorted(exprs + added, key=lambda e: e.start)
