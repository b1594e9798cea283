"""How far a date is from a place mention, read as a human would; datelines before a date."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reportmap.dates_base import TimeExpr
from reportmap.statement_dates import is_statement_date
from reportmap.timing_cues import (
    CONJUNCT_PENALTY,
    CONJUNCTION,
    LATER_CONJUNCT,
    NEW_CONJUNCT,
    RELATIVE_PENALTY,
    RELATIVE_WORD,
    TIME_LEAD,
    WHERE,
)

# A sentence or clause ending between a "where" and the date: the date is not the clause's.
CLAUSE_END = re.compile(r"[.;:!?؟]")

# A word written in lower case: the text before a date is a sentence, not a dateline.
LOWER_WORD = re.compile(r"(?<!\w)[a-zà-ÿа-яё]")


def gap(body: str, expr: TimeExpr, start: int, end: int) -> int:
    """How far a time expression is from a span, in characters, read as a human would.

    "Homs en la madrugada del domingo": the words that only lead to a date cost nothing;
    "Hama el jueves y Homs": a date before a conjunction belongs to the conjunct before it.
    """
    if expr.start >= end:
        between = body[end : expr.start]
        if TIME_LEAD.fullmatch(between):
            return 0
        # "…last week, and in Beirut, where two people died on Monday": a new conjunct's own
        # day, told of it in its "where" clause
        own_where = (
            WHERE.match(between) and not CLAUSE_END.search(between)
            and NEW_CONJUNCT.search(body, max(0, start - 40), start)
        )
        penalty = RELATIVE_PENALTY if RELATIVE_WORD.search(between) and not own_where else 0
        if LATER_CONJUNCT.search(between):
            penalty += CONJUNCT_PENALTY  # "in Idlib, and in January …": the next conjunct's
        return expr.start - end + penalty
    if expr.end <= start:
        between = body[expr.end : start]
        # the comma after a leading date ("In February, a drone …") joins nothing
        joined = CONJUNCTION.search(re.sub(r"^\s*[,،]", "", between))
        return start - expr.end + (CONJUNCT_PENALTY if joined else 0)
    return 0


def dateline_before(text: str) -> bool:
    """Whether the text before a date is a dateline's: "(Beirut, ", "BEIRUT, Oct 27 (LWS) - "."""
    return len(text) < 40 and not LOWER_WORD.search(text)


def event_days_first(body: str, sentences: Sequence, lede: int, usable: Callable) -> list:
    """The lede's dates, a statement's day ("said on Friday it had struck … the previous
    evening") after an earlier day of what happened; a night running into it stays first."""
    dated = usable(lede)
    if lede >= len(sentences):
        return dated
    opening = sentences[lede].start
    said = [d for d in dated if is_statement_date(body, opening, d.expr.start)]
    days = [
        d.interval.start for d in dated if d not in said
        and d.interval.start is not None and d.interval.start == d.interval.end
    ]
    later = [d for d in said if days and d.interval.start is not None
             and min(days) < d.interval.start]
    return [d for d in dated if d not in later] + later
