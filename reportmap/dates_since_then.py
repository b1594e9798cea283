""""Since then" and its kin: "have since spread", "depuis lors", "seitdem", "desde entonces",
"с тех пор", "منذ ذلك الحين", "o zamandan beri" — from the time named just before to the news."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import SINCE_LEAD, TimeExpr, make
from reportmap.text import last_comma

_PATTERNS: dict[str, str] = {
    "en": r"\b(?:ever\s+)?since\s+(?:then|that\s+(?:time|day|date))\b"
          r"|(?:(?<=\bhas\s)|(?<=\bhad\s)|(?<=\bhave\s))since\b(?!\s+(?:the|a|an|\d))",
    "fr": r"\bdepuis\s+(?:lors|cette\s+date|ce\s+(?:jour|moment)|cette\s+époque)\b"
          r"|\bdepuis(?=\s*[,.])"  # "Depuis, des roquettes s'abattent"
          r"|(?:(?<=\bont\s)|(?<=\best\s)|(?<=\bsont\s)|(?<=\ba\s))depuis\b(?!\s+(?:le|la|les|l['’]|un|une|des|plus|"
          r"quelques|deux|trois|\d))",
    "de": r"\b(?:seitdem|seither|seit\s+damals|seit\s+diesem\s+Tag)\b",
    "es": r"\bdesde\s+(?:entonces|ese\s+(?:momento|día)|aquel\s+(?:momento|día)|esa\s+fecha)\b",
    "pt": r"\bdesde\s+(?:então|esse\s+(?:momento|dia)|aquele\s+(?:momento|dia)|essa\s+data)\b",
    "it": r"\bda\s+(?:allora|quel\s+(?:momento|giorno)|quella\s+data)\b",
    "ru": r"(?<!\w)с\s+(?:тех\s+пор|того\s+(?:момента|дня|времени))(?!\w)",
    "ar": r"منذ\s+(?:ذلك|تلك)\s+(?:الحين|الوقت|التاريخ|اليوم|الفترة|اللحظة)",
    "tr": r"(?<!\w)o\s+(?:zamandan|tarihten|günden|andan)\s+(?:beri|bu\s+yana)(?!\w)",
    "fa": r"از\s+آن\s+(?:زمان|تاریخ|روز)",
}
_COMPILED = {lang: re.compile(p, re.IGNORECASE) for lang, p in _PATTERNS.items()}
_REACH = 600  # characters back to the time that "then" names


def apply_since_then(
    text: str, exprs: list[TimeExpr], published: date, language: str
) -> list[TimeExpr]:
    """Add an interval for each "since then", from the start of the latest past time named
    before it (within `_REACH` characters) to the publication day."""
    pattern = _COMPILED.get(language)
    if pattern is None:
        return exprs
    added: list[TimeExpr] = []
    for m in pattern.finditer(text):
        if any(e.start < m.end() and m.start() < e.end for e in exprs):
            continue
        before = [
            e for e in exprs
            if e.end <= m.start() and m.start() - e.end <= _REACH and e.date_start is not None
            and not e.future and e.date_start <= published
        ]
        if before:
            anchor = before[-1].date_start
            added.append(make(text, m.start(), m.end(), anchor, published, "relative", "range",
                              published))
    return sorted(exprs + added, key=lambda e: e.start) if added else exprs


# "since 2016, when Turkish troops drove IS out of Jarablus", "منذ عام 2016، حين طردت": the
# clause after "when" tells what happened at the time named, not all along the span since.
_WHEN_AFTER = re.compile(
    r"\s*[,،]?\s*(?P<when>when|quand|lorsque|cuando|als|quando|когда|حين|عندما|حينما|چون|وقتی)"
    r"(?!\w)",
    re.IGNORECASE,
)


def apply_since_when(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """The word "when" after "since X," is a time of its own, X itself, for the clause it
    opens (run before "since X" is widened to the news)."""
    added: list[TimeExpr] = []
    for e in exprs:
        lead = SINCE_LEAD.search(text, max(0, e.start - 20), e.start)
        when = _WHEN_AFTER.match(text, e.end)
        if lead and when and e.date_start and e.date_end and e.date_start <= published:
            added.append(make(text, when.start("when"), when.end("when"), e.date_start,
                              e.date_end, e.basis, e.granularity, published))
    return sorted(exprs + added, key=lambda x: x.start) if added else exprs


def closed_before(text: str, when_start: int, when_end: int, start: int) -> bool:
    """Whether the clause a "since X, when" opens closes before `start`: a comma, then a clause
    of its own ("Since last October, when Trump said …, American patrols have returned to")."""
    if not _WHEN_AFTER.fullmatch(text, when_start, when_end):
        return False
    comma = last_comma(text, when_end, start)
    return comma >= 0 and len(text[comma + 1 : start].split()) >= 3
