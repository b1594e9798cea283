"""A month of a year told relative to the news: "in April last year", "en abril del año
pasado", "в апреле прошлого года", "geçen yıl nisan ayında" — April of the year before."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import SINCE_WORDS, TimeExpr, first_group, make, month_span

# The relative year after the month; group "rel" gives its offset through RELATIVE_OFFSETS.
_AFTER: dict[str, str] = {
    "en": r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year",
    "fr": r"\s+(?:de\s+)?(?:l['’]année|l['’]an)\s+(?P<rel>dernière|dernier|passée|passé|"
          r"prochaine|prochain)|\s+(?:de\s+)?(?P<rel2>cette)\s+année",
    "es": r"\s+del?\s+(?:año\s+(?P<rel>pasado|próximo|anterior)|(?P<rel2>este|próximo)\s+año)",
    "pt": r"\s+d[eo]\s+(?:ano\s+(?P<rel>passado|próximo)|(?P<rel2>este|próximo)\s+ano)",
    "it": r"\s+(?:dell['’]anno\s+(?P<rel>scorso|prossimo)|di\s+(?P<rel2>quest)['’]anno|"
          r"dello\s+(?P<rel3>scorso)\s+anno)",
    "de": r"\s+(?P<rel>vergangenen|letzten|vorigen|dieses|nächsten|kommenden)\s+Jahres",
    "ru": r"\s+(?P<rel>прошлого|этого|следующего|текущего)\s+года",
    "ar": r"\s+(?:من\s+)?(?:العام|السنة)\s+(?P<rel>الماضي|الماضية|الحالي|الجاري|المقبل|القادم|"
          r"المنصرم)",
}
# The relative year before the month (Turkish): "geçen yıl nisan ayında".
_BEFORE: dict[str, str] = {
    "tr": r"(?P<rel>geçen|bu|gelecek|geçtiğimiz)\s+yıl(?:ın)?\s+\Z",
}
# Relative words of a year (or any period) and the offset they give.
RELATIVE_OFFSETS = {
    "last": -1, "this": 0, "next": 1, "dernière": -1, "dernier": -1, "passée": -1, "passé": -1,
    "prochaine": 1, "prochain": 1, "cette": 0, "pasado": -1, "próximo": 1, "anterior": -1,
    "este": 0, "passado": -1, "scorso": -1, "prossimo": 1, "quest": 0, "vergangenen": -1,
    "letzten": -1, "vorigen": -1, "dieses": 0, "nächsten": 1, "kommenden": 1, "прошлого": -1,
    "этого": 0, "следующего": 1, "текущего": 0, "الماضي": -1, "الماضية": -1, "الحالي": 0,
    "الجاري": 0, "المقبل": 1, "القادم": 1, "المنصرم": -1, "geçen": -1, "geçtiğimiz": -1, "bu": 0,
    "gelecek": 1,
}
_PATTERNS = {lang: re.compile(p, re.IGNORECASE) for lang, p in _AFTER.items()}
_BEFORE_PATTERNS = {lang: re.compile(p, re.IGNORECASE) for lang, p in _BEFORE.items()}
_YEAR = re.compile(r"\d{4}")
# A span since a month, read with its month ("منذ نيسان", "depuis avril"): it runs to the news.
_SINCE_FIRST = re.compile(r"(?:since|da|" + SINCE_WORDS + r")\b", re.IGNORECASE)


def tells_its_year(words: str) -> bool:
    """Whether a time expression says its year relative to the news ("early December this
    year", "в апреле прошлого года"): no year told before it in the sentence applies."""
    return any(p.search(words) for p in (*_PATTERNS.values(), *_BEFORE_PATTERNS.values()))


def _offset(m: re.Match) -> int | None:
    word = first_group(m, "rel")
    return RELATIVE_OFFSETS.get(word.lower()) if word else None


def _within_a_month(e: TimeExpr) -> bool:
    """A month, days of one month ("early December", "du 3 au 5 décembre"), or a span since a
    month of this year ("منذ نيسان")."""
    if e.date_start is None or e.date_end is None:
        return False
    if e.granularity == "month":
        return True
    same = (e.date_start.year, e.date_start.month) == (e.date_end.year, e.date_end.month)
    since = bool(_SINCE_FIRST.match(e.text)) and e.date_start.day == 1
    return e.granularity == "range" and (same or since)


def apply_month_year(
    text: str, exprs: list[TimeExpr], published: date, language: str
) -> list[TimeExpr]:
    """Months followed (or, in Turkish, preceded) by a year relative to the news take that year;
    the year phrase joins the month's expression."""
    after, before = _PATTERNS.get(language), _BEFORE_PATTERNS.get(language)
    if after is None and before is None:
        return exprs
    out: list[TimeExpr] = []
    for e in exprs:
        if not _within_a_month(e) or _YEAR.search(e.text):
            out.append(e)
            continue
        m = after.match(text, e.end) if after else None
        b = before.search(text, max(0, e.start - 30), e.start) if before else None
        found = m or b
        offset = _offset(found) if found else None
        if offset is None:
            out.append(e)
            continue
        d0, d1 = month_span(published.year + offset, e.date_start.month)
        if _SINCE_FIRST.match(e.text) and offset <= 0:  # "منذ نيسان من العام الماضي"
            d1 = e.date_end
        elif e.granularity != "month":  # "early December this year": the same days of it
            d0, d1 = d0.replace(day=e.date_start.day), d1.replace(day=min(e.date_end.day, d1.day))
        start, end = (e.start, m.end()) if m else (b.start(), e.end)
        out = [o for o in out if o.end <= start]  # a year phrase read on its own before
        out.append(make(text, start, end, d0, d1, e.basis, e.granularity, published, offset > 0))
    ends = [(o.start, o.end) for o in out]
    return [o for o in out if not any(s <= o.start and o.end <= t and (s, t) != (o.start, o.end)
                                      for s, t in ends)]
