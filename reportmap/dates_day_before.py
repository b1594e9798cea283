"""The day before the day just told: "la veille", "a day earlier", "am Vortag", "في اليوم
السابق" — one day before the nearest day named before it, else before the publication day; and
the same day: "le même jour", "في اليوم نفسه" — the last day named before it in its paragraph."""

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
          r"the\s+day\s+earlier|the\s+(?:previous|preceding)\s+(?:evening|night|morning|afternoon)|"
          r"the\s+(?:evening|night)\s+before",
    "fr": r"la\s+veille|le\s+jour\s+précédent|un\s+jour\s+plus\s+tôt|la\s+nuit\s+précédente|"
          r"le\s+soir\s+précédent",
    "es": r"el\s+día\s+anterior|la\s+víspera|un\s+día\s+antes|la\s+(?:noche|tarde)\s+anterior",
    "pt": r"na\s+véspera|no\s+dia\s+anterior|um\s+dia\s+antes|na\s+(?:noite|tarde)\s+anterior",
    "it": r"il\s+giorno\s+prima|il\s+giorno\s+precedente|la\s+vigilia|"
          r"la\s+(?:sera|notte)\s+(?:prima|precedente)",
    "de": r"am\s+Vortag|tags\s+zuvor|einen\s+Tag\s+zuvor|am\s+Tag\s+zuvor|am\s+Vorabend|"
          r"am\s+Abend\s+zuvor|in\s+der\s+Nacht\s+zuvor",
    "ru": r"днём\s+ранее|днем\s+ранее|за\s+день\s+до\s+этого|накануне(?!\s+" + _RU_EVE_OF + ")",
    "ar": r"في\s+اليوم\s+السابق|اليوم\s+السابق|قبل\s+ذلك\s+بيوم",
}
_SAME_DAY: dict[str, str] = {
    "en": r"the\s+same\s+day|that\s+same\s+day",
    "fr": r"le\s+même\s+jour|ce\s+même\s+jour|le\s+jour\s+même",
    "es": r"el\s+mismo\s+día|ese\s+mismo\s+día",
    "pt": r"no\s+mesmo\s+dia|nesse\s+mesmo\s+dia",
    "it": r"lo\s+stesso\s+giorno|nello\s+stesso\s+giorno|quello\s+stesso\s+giorno",
    "de": r"am\s+(?:selben|gleichen)\s+Tag",
    "ru": r"в\s+тот\s+же\s+день",
    "ar": r"(?:في\s+)?اليوم\s+(?:نفسه|ذاته)|(?:في\s+)?نفس\s+اليوم",
    "tr": r"aynı\s+gün",
    "fa": r"(?:در\s+)?همان\s+روز",
}
# "the day before the vote", "la veille du scrutin": the eve of an event, not of a day.
_OF_AFTER = re.compile(
    r"\s+(?:of|the|a|an|his|her|its|their|de|du|des|d['’]|del|della|dello|di|von|der|dem|من|ل)"
    r"(?:\s|\b)", re.IGNORECASE
)
_PATTERNS = {
    lang: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for lang, p in _PHRASES.items()
}
_SAME_DAY_PATTERNS = {
    lang: re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for lang, p in _SAME_DAY.items()
}
_REACH = 400  # characters back to the day it counts from


def find_days_before(text: str, exprs: list[TimeExpr], published: date, language: str
                     ) -> list[TimeExpr]:
    """`exprs` with every "day before" phrase added, resolved against the day named before it."""
    added = []
    for pattern, back, reach in ((_PATTERNS.get(language), 1, _REACH),
                                 (_SAME_DAY_PATTERNS.get(language), 0, len(text))):
        if pattern is not None:
            added += _days_back(text, exprs, published, pattern, back, reach)
    return sorted(exprs + added, key=lambda e: e.start)


def _days_back(text: str, exprs: list[TimeExpr], published: date, pattern: re.Pattern,
               back: int, reach: int) -> list[TimeExpr]:
    """The day each phrase of `pattern` names: `back` days before the day named before it."""
    added = []
    for m in pattern.finditer(text):
        if _OF_AFTER.match(text, m.end()) or any(e.start < m.end() and m.start() < e.end
                                                for e in exprs):
            continue
        days = [
            e for e in exprs
            if e.end <= m.start() and m.start() - e.end <= reach and e.granularity == "day"
            and e.date_start is not None and "\n" not in text[e.end : m.start()]
        ]
        if not days and back == 0:
            continue  # "the same day" opening a paragraph: the story's day, left to the timeline
        day = days[-1].date_start if days else published
        d = day - timedelta(days=back)
        added.append(make(text, m.start(), m.end(), d, d, "relative", "day", published))
    return added


def opens_with_same_day(sentence: str, language: str) -> re.Match | None:
    """ "Am selben Tag griff die Türkei …": a sentence opening on the same day as the story's."""
    pattern = _SAME_DAY_PATTERNS.get(language)
    found = pattern.search(sentence, 0, 30) if pattern else None
    return found if found and not re.search(r"\w\s+\w+\s+\w", sentence[: found.start()]) else None
