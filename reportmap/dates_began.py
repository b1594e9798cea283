"""What began on one day and went on: "clashes that began on Monday continued on Wednesday",
"dün başlayan çatışmalar bugün de sürdü", "تواصلت اليوم الاشتباكات التي اندلعت أمس" — one
span from the day it began to the day it went on (the report's day when that is not named)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reportmap.dates_base import TimeExpr

# Words that say something began, next to the day it began on (before or after it).
BEGAN = re.compile(
    r"\b(?:began|begun|started|erupted|broke\s+out|flared|"
    r"commenc[ée]e?s?|commencé|débuté|éclaté|"
    r"comenza(?:ron|ro|ra|do|da)|empeza(?:ron|do)|inicia(?:ron|dos?|das?)|estalla(?:ron|do)|"
    r"inicia(?:r)?am|começa(?:ram|dos?|das?)|"
    r"iniziat[ie]|cominciat[ie]|scoppiat[ie]|"
    r"begonnen|begannen|ausgebrochen|"
    r"начал(?:ись|ась|ся|ось)|начавш\w+|вспыхнул\w*|"
    r"başla(?:yan|dı|mıştı|yıp)\w*)(?!\w)"
    r"|(?:^|\s)(?:بدأت|بدأ|اندلعت|اندلع|التي\s+بدأت|آغاز\s+شد|شروع\s+شد)(?=\s|$)",
    re.IGNORECASE,
)
# Words that say it went on later (not Arabic "استمرت", which also says how long: "استمرت
# طوال الليل", it lasted all night).
WENT_ON = re.compile(
    r"\b(?:continu\w*|went\s+on|raged\s+on|persist\w*|carried\s+on|"
    r"se\s+poursuiv\w*|poursuivi\w*|"
    r"prosegu\w*|proseguit\w*|"
    r"prosseg\w*|"
    r"dauer\w*\s+[^.]{0,40}?\ban\b|hielten\s+[^.]{0,40}?\ban\b|gingen\s+[^.]{0,40}?\bweiter\b|"
    r"продолжа\w+|"
    r"sürdü\w*|sürüyor\w*|devam\s+(?:etti|ediyor)\w*)"
    r"|(?:^|\s)(?:تواصلت|تواصل|لا\s+تزال|ادامه\s+(?:یافت|دارد))(?=\s|$)",
    re.IGNORECASE,
)
_NEAR = 30  # characters between the day and the word that says it began
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def apply_began_went_on(text: str, exprs: list[TimeExpr], published: date) -> list[TimeExpr]:
    """`exprs` with a day on which something began, in a sentence that says it went on, made
    one span to the later day named (or to `published`)."""
    out = list(exprs)
    for i, e in enumerate(exprs):
        if not _began_on(text, e, published):
            continue
        lo, hi = _sentence(text, e.start, e.end)
        if not WENT_ON.search(text, lo, hi):
            continue
        later = [x for x in exprs if lo <= x.start and x.end <= hi and x is not e
                 and x.date_end is not None and x.date_end > e.date_end and not x.future]
        end = max((x.date_end for x in later), default=published)
        out[i] = replace(out[i], date_end=end, granularity="range")
        for x in later:
            j = exprs.index(x)
            out[j] = replace(out[j], date_start=e.date_start, granularity="range")
    return out


def _began_on(text: str, e: TimeExpr, published: date) -> bool:
    """Whether `e` is a past day that a word next to it says something began on."""
    if e.future or e.date_start is None or e.date_end is None or e.date_end >= published:
        return False
    if e.granularity not in ("day", "week"):
        return False
    before = text[max(0, e.start - _NEAR) : e.start]
    after = text[e.end : e.end + _NEAR]
    if _SENTENCE_END.search(before) or _SENTENCE_END.search(after):
        before = _SENTENCE_END.split(before)[-1]
        after = _SENTENCE_END.split(after)[0]
    return bool(BEGAN.search(before) or BEGAN.search(after))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around `start`..`end`."""
    ends = list(_SENTENCE_END.finditer(text, 0, start))
    lo = ends[-1].end() if ends else 0
    nxt = _SENTENCE_END.search(text, end)
    return lo, nxt.start() if nxt else len(text)
