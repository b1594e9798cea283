"""Seasons without a year, told relative to the news: "last summer", "in the autumn", "im
vergangenen Frühjahr", "l'été dernier", "este verano", "прошлым летом", "الصيف الماضي",
"geçen kış" — the latest such season (meteorological months), the one before, or this one."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import TimeExpr, first_group, future_context, make, part_of
from reportmap.dates_en import season_span
from reportmap.dates_intl_parts import SEASONS
from reportmap.dates_month_year import RELATIVE_OFFSETS

# Each pattern has the season word in group "s"; "rel"/"rel2" give a relative word; "cue" marks
# a preposition that makes a bare season a time ("in the summer", not "the spring" of water).
# "printemps arabe", "Arab Spring": no relative word and no cue, or a lookahead, rule them out.
_YEAR_AFTER = r"(?!\s+(?:of\s+|de\s+|del\s+|d['’]|dello\s+|des\s+Jahres\s+)?\d{4})"
_PATTERNS: dict[str, str] = {
    "en": r"(?:\b(?P<cue>in|since|during|over|throughout)\s+(?:the\s+)?"
          r"(?:(?P<part>early|late|mid-?)\s*)?|\b(?P<rel>last|this|past|previous|next|coming)\s+)"
          r"(?-i:(?P<s>spring|summer|autumn|winter)|(?<=[a-z]\s)(?P<fall>fall))\b",
    "fr": r"(?:\b(?P<cue>en|depuis|pendant|durant|dès|au\s+cours\s+de|au)\s+(?:l['’]|le\s+)?"
          r"|\b(?P<rel>cet|ce)\s+|\b(?:l['’]|le\s+))"
          r"(?P<s>été|automne|hiver|printemps)(?:\s+(?P<rel2>dernier|passé|prochain))?"
          r"(?!\s+arabe)",
    "de": r"\b(?:(?P<cue>im|seit\s+dem|seit|während\s+des|bis\s+zum)\s+)?"
          r"(?:(?P<rel>diesen|diesem|letzten|vergangenen|vorigen|kommenden|nächsten)\s+)?"
          r"(?P<s>Frühjahr|Frühling|Sommer|Herbst|Winter)s?\b",
    "es": r"(?:\b(?P<cue>en|desde|durante)\s+(?:el\s+|la\s+)?|\b(?P<rel>este|esta)\s+"
          r"|\b(?:el|la)\s+(?:(?P<rel3>pasad[oa]|próxim[oa])\s+)?)"
          r"(?P<s>primavera|verano|otoño|invierno)(?:\s+(?P<rel2>pasad[oa]|próxim[oa]))?"
          r"(?!\s+árabe)",
    "pt": r"(?:\b(?P<cue>em|desde|durante)\s+(?:o\s+|a\s+)?|\b(?P<cue2>no|na)\s+"
          r"|\b(?P<rel>neste|nesta|este|esta)\s+|\b(?:o|a)\s+(?:(?P<rel3>passad[oa])\s+)?)"
          r"(?P<s>primavera|verão|outono|inverno)(?:\s+(?P<rel2>passad[oa]|próxim[oa]))?"
          r"(?!\s+árabe)",
    "it": r"(?:\b(?P<cue>in|durante|dall['’]|dalla|nell['’]|nella|d['’])\s*"
          r"|\b(?P<rel>quest['’]|questa)\s*|\b(?:l['’]|la\s+|lo\s+)(?:(?P<rel3>scors[oa])\s+)?)"
          r"(?P<s>estate|autunno|inverno|primavera)(?:\s+(?P<rel2>scors[oa]|passat[oa]|"
          r"prossim[oa]))?(?!\s+araba)",
    "ru": r"(?:(?<!\w)(?P<rel>прошлым|этим|прошлой|этой|минувшим|минувшей|будущим|будущей|"
          r"следующим|следующей)\s+)?(?<!\w)(?P<s>летом|весной|осенью|зимой)(?!\w)"
          r"|(?<!\w)(?P<cue>с|со|до)\s+(?:(?P<rel4>прошлого|прошлой|этого|этой)\s+)?"
          r"(?P<s2>лета|весны|осени|зимы)(?!\w)",
    "ar": r"(?:(?P<rel>هذا|هذه)\s+)?(?:فصل\s+)?(?P<s>الصيف|الربيع|الخريف|الشتاء)"
          r"(?:\s+(?P<rel2>الماضي|الفائت|المنصرم|الحالي|الجاري|المقبل|القادم))?(?!\s+العربي)"
          r"|(?P<s2>صيف|ربيع|خريف|شتاء)\s+(?:العام|السنة)\s+(?P<rel4>الماضي|الماضية|الحالي|"
          r"الجاري|المقبل)",
    "tr": r"(?<!\w)(?:(?P<rel>geçen|bu|geçtiğimiz|önümüzdeki|gelecek)\s+)"
          r"(?P<s>yaz|kış|ilkbahar|sonbahar|bahar)(?:ın|ında|da|ı|a)?(?!\w)"
          r"|(?<!\w)(?P<s2>yazın|kışın|ilkbaharda|sonbaharda)(?!\w)",
}
_COMPILED = {lang: re.compile(p + _YEAR_AFTER, re.IGNORECASE) for lang, p in _PATTERNS.items()}
_SEASONS = {
    **{word: season for words in SEASONS.values() for word, season in words.items()},
    "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
    "winter": "winter",
    # forms only these phrases use: Arabic with its article, Turkish "bahar" and locatives
    "الصيف": "summer", "الربيع": "spring", "الخريف": "autumn", "الشتاء": "winter",
    "bahar": "spring", "yazın": "summer", "kışın": "winter", "ilkbaharda": "spring",
    "sonbaharda": "autumn",
}
# Case forms that say "in that season" by themselves: Russian instrumental, Turkish locative.
_SELF_CUED = re.compile(r"летом|весной|осенью|зимой|yazın|kışın|ilkbaharda|sonbaharda", re.I)
# The relative words of a year, and those only seasons take (Russian instrumental, Italian
# elision, Arabic demonstratives…).
_OFFSETS = {
    **RELATIVE_OFFSETS,
    "past": -1, "previous": -1, "pasada": -1, "passada": -1, "scorsa": -1, "passato": -1,
    "passata": -1, "прошлым": -1, "прошлой": -1, "минувшим": -1, "минувшей": -1,
    "الفائت": -1, "ce": 0, "cet": 0, "diesen": 0, "diesem": 0, "esta": 0, "neste": 0,
    "nesta": 0, "quest'": 0, "quest’": 0, "questa": 0, "этим": 0, "этой": 0, "هذا": 0,
    "هذه": 0, "coming": 1, "próxima": 1, "prossima": 1, "будущим": 1, "будущей": 1,
    "следующим": 1, "следующей": 1, "önümüzdeki": 1,
}


def season_of(season: str, offset: int | None, published: date) -> tuple[date, date]:
    """The season meant: the latest one begun by `published` (offset None), the last one over
    before it (-1), the current one or else this year's (0), the next one to begin (+1)."""
    spans = [season_span(season, y) for y in range(published.year - 2, published.year + 3)]
    if offset is None:
        return [s for s in spans if s[0] <= published][-1]
    if offset < 0:
        return [s for s in spans if s[1] < published][-1]
    if offset > 0:
        return next(s for s in spans if s[0] > published)
    current = [s for s in spans if s[0] <= published <= s[1]]
    if current:
        return current[0]
    if season == "winter" and published.month >= 3:
        return season_span(season, published.year + 1)
    return season_span(season, published.year)


def find_seasons(text: str, published: date, language: str) -> list[TimeExpr]:
    """Seasons without a year in `text` (a cue word or a relative one is required)."""
    pattern = _COMPILED.get(language)
    if pattern is None:
        return []
    out: list[TimeExpr] = []
    for m in pattern.finditer(text):
        word = m.groupdict().get("fall") or first_group(m, "s")
        rel = first_group(m, "rel")
        cued = rel is not None or first_group(m, "cue") is not None
        if word is None or not (cued or _SELF_CUED.match(word)):
            continue
        if word.lower() == "fall" and rel is None:
            continue  # "the fall of Aleppo": a capture, not autumn
        offset = _OFFSETS.get(rel.lower()) if rel else None
        if offset is None and future_context(text, m.start()):
            offset = 0  # "i lavori partiranno in autunno": the coming one
        d0, d1 = season_of(_SEASONS[word.lower()], offset, published)
        if m.groupdict().get("part"):
            d0, d1 = part_of(d0, d1, m.group("part").lower().rstrip("-"))
        start = m.start("rel") if m.groupdict().get("rel") else m.start()
        for name in ("cue", "cue2"):
            if m.groupdict().get(name) and m.start(name) == start:
                start = m.end(name)
        while start < len(text) and text[start].isspace():
            start += 1
        future = d0 > published
        d1 = min(d1, published) if not future else d1
        out.append(make(text, start, m.end(), d0, d1, "relative", "range", published, future))
    return out
