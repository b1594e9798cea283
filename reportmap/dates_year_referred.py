"""A year named by the words before: "in August of the same year", "early the following year",
"en agosto de ese mismo año", "مطلع العام التالي" — the year of the last date that wrote one
(HeidelTime's reference time), not the year of the news."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import TimeExpr, make, month_span, part_of

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# After a month: "of the same year", "de ese mismo año", "того же года", "من العام نفسه".
SAME_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:of\s+(?:the\s+same|that)\s+year|de\s+(?:ese|aquel)\s+(?:mismo\s+)?año|"
    r"del\s+mismo\s+año|de\s+la\s+même\s+année|de\s+cette\s+année-là|dello\s+stesso\s+anno|"
    r"di\s+quell['’]anno|desselben\s+Jahres|des\s+gleichen\s+Jahres|jenes\s+Jahres|"
    r"do\s+mesmo\s+ano|daquele\s+ano|того\s+же\s+года|(?:من\s+)?(?:العام|السنة)\s+(?:نفسه|نفسها|"
    r"ذاته|ذاتها)|من\s+نفس\s+(?:العام|السنة)|همان\s+سال)\b",
    re.IGNORECASE,
)
# Before a month (Turkish): "aynı yılın ağustos ayında".
SAME_YEAR_BEFORE = re.compile(r"\baynı\s+yıl(?:ın)?\s+\Z", re.IGNORECASE)
# The year after the one told: "the following year", "l'année suivante", "العام التالي", with a
# third before it ("early the following year", "début de l'année suivante", "مطلع العام التالي").
_EARLY = (r"early|the\s+beginning\s+of|the\s+start\s+of|début|au\s+début\s+de|principios\s+de|"
          r"comienzos\s+de|inicios\s+de|Anfang|zu\s+Beginn|inizio|all['’]inizio\s+de(?:ll['’])?|"
          r"início|no\s+início\s+d[eo]|مطلع|أوائل|بداية|в\s+начале|başında")
_LATE = (r"late|the\s+end\s+of|fin|à\s+la\s+fin\s+de|finales\s+de|fines\s+de|Ende|"
         r"alla\s+fine\s+de(?:ll['’])?|fine|final|no\s+final\s+d[eo]|أواخر|نهاية|в\s+конце|sonunda")
FOLLOWING_YEAR = re.compile(
    r"(?:(?P<early>" + _EARLY + r")|(?P<late>" + _LATE + r"))?\s*"
    r"(?:(?:in\s+)?the\s+(?:following|next)\s+year|a\s+year\s+later|"
    r"(?:de\s+)?l['’](?:année|an)\s+(?:suivante?|d['’]après)|un\s+an\s+plus\s+tard|"
    r"(?:al|el|del)\s+año\s+(?:siguiente|posterior)|un\s+año\s+(?:después|más\s+tarde)|"
    r"(?:nel)?l['’]anno\s+(?:successivo|seguente|dopo)|un\s+anno\s+dopo|"
    r"(?:im|des)\s+(?:folgenden|darauffolgenden)\s+Jahr(?:es)?|im\s+Jahr\s+darauf|"
    r"ein\s+Jahr\s+später|(?:no\s+|do\s+)?ano\s+seguinte|um\s+ano\s+depois|"
    r"год\s+спустя|"
    r"(?:في\s+)?(?:العام|السنة)\s+(?:التالي|التالية|الذي\s+تلاه)|بعد\s+عام|"
    r"ertesi\s+yıl(?:ın)?|bir\s+yıl\s+sonra|سال\s+بعد)(?!\w)",
    re.IGNORECASE,
)
_WINDOW = 400  # characters back to the year a reference points to


def apply_year_referred(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """Months 'of the same year' take the year told before; 'the following year' is the next."""
    out: list[TimeExpr] = []
    for e in exprs:
        told = _year_told(text, out, e.start)
        if told is not None and e.granularity == "month" and e.date_start is not None and not (
            _YEAR.search(e.text)
        ):
            after = SAME_YEAR_AFTER.match(text, e.end)
            before = SAME_YEAR_BEFORE.search(text, max(0, e.start - 20), e.start)
            if after or before:
                d0, d1 = month_span(told, e.date_start.month)
                start, end = (before.start(), e.end) if before else (e.start, after.end())
                e = make(text, start, end, d0, d1, "relative", "month", published)
        out.append(e)
    for m in FOLLOWING_YEAR.finditer(text):
        told = _year_told(text, out, m.start())
        if told is None or told + 1 > published.year:
            continue
        part = "early" if m.group("early") else "late" if m.group("late") else None
        d0, d1 = part_of(date(told + 1, 1, 1), date(told + 1, 12, 31), part)
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        new = make(text, start, m.end(), d0, d1, "relative", "year", published)
        out = [o for o in out if o.end <= start or o.start >= m.end()] + [new]
    return sorted(out, key=lambda o: o.start)


def _year_told(text: str, before: list[TimeExpr], start: int) -> int | None:
    """The year of the last expression before `start` that wrote one, in the paragraph."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _WINDOW)
    for e in reversed(before):
        if e.end <= start and e.start >= lo and e.date_start is not None and _YEAR.search(e.text):
            return e.date_start.year
    return None
