"""What began on one day and went on: "clashes that began on Monday continued on Wednesday",
"dün başlayan çatışmalar bugün de sürdü", "تواصلت اليوم الاشتباكات التي اندلعت أمس" — one
span from the day it began to the day it went on (the report's day when that is not named)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reportmap.dates_base import TimeExpr
from reportmap.text import SentenceIndex, Span

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


def apply_began_went_on(text: str, exprs: list[TimeExpr], published: date,
                        index: SentenceIndex | None = None) -> list[TimeExpr]:
    """`exprs` with a day on which something began, in a sentence that says it went on, made
    one span to the later day named (or to `published`); `index`: the text's sentences, when
    the caller has them."""
    out = list(exprs)
    for i, e in enumerate(exprs):
        if not _past_day(e, published):
            continue
        index = index or SentenceIndex(text)
        sentence = index.at(e.start)
        if not _began_on(text, e, sentence) or not WENT_ON.search(
            text, sentence.start, sentence.end
        ):
            continue
        later = [j for j, x in enumerate(exprs)
                 if j != i and sentence.start <= x.start and x.end <= sentence.end
                 and x.date_end is not None and x.date_end > e.date_end and not x.future]
        end = max((exprs[j].date_end for j in later), default=published)
        out[i] = replace(out[i], date_end=end, granularity="range")
        for j in later:
            out[j] = replace(out[j], date_start=e.date_start, granularity="range")
    return out


def _past_day(e: TimeExpr, published: date) -> bool:
    """Whether `e` is a day (or week) before `published`."""
    return (
        not e.future and e.date_start is not None and e.date_end is not None
        and e.date_end < published and e.granularity in ("day", "week")
    )


def _began_on(text: str, e: TimeExpr, sentence: Span) -> bool:
    """Whether a word next to `e`, in its sentence, says something began on it."""
    before = text[max(sentence.start, e.start - _NEAR) : e.start]
    after = text[e.end : min(sentence.end, e.end + _NEAR)]
    return bool(BEGAN.search(before) or BEGAN.search(after))
