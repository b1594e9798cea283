""""Since" told by forms `dates_base.apply_since` does not read: a Turkish ablative with "bu
yana"/"beri" after the time ("dün akşamdan bu yana", "salı gününden beri") and the Italian "da"
before it ("da mercoledì", "da ieri"): from the start of the time to the publication day."""

from __future__ import annotations

import re
from datetime import date

from reportmap.dates_base import TR_ABLATIVE, TR_SINCE_AFTER, TimeExpr, stretch, widen

# The rest of the time's last word and at most one word more (a part of the day, "gün", "ay"),
# the last one in the ablative, then "bu yana" / "beri": "dün akşamdan bu yana".
_TR_SINCE_AFTER = re.compile(r"(?P<rest>['’]?\w*(?:\s+\w+)?)\s+" + TR_SINCE_AFTER + r"(?!\w)")
_TR_ABLATIVE = re.compile(TR_ABLATIVE + "$", re.IGNORECASE)
# "da mercoledì": Italian "da" right before the time (an article would make it "dal", read
# already); not the start of a range "da lunedì a mercoledì".
_IT_SINCE_BEFORE = re.compile(r"(?<!\w)da\s+\Z", re.IGNORECASE)
_IT_RANGE_AFTER = re.compile(r"\s+(?:a|al|alla|all['’]|fino)(?!\w)", re.IGNORECASE)


def apply_since_forms(text: str, exprs: list[TimeExpr], published: date, language: str
                      ) -> list[TimeExpr]:
    """`exprs` with each time told as a "since" in these forms running to `published`."""
    if language not in ("tr", "it"):
        return exprs
    out = []
    for e in exprs:
        if e.date_start is not None and e.date_start < published and not e.future:
            e = _since_tr(text, e, published) if language == "tr" else _since_it(
                text, e, published
            )
        out.append(e)
    return out


def _since_tr(text: str, e: TimeExpr, published: date) -> TimeExpr:
    after = _TR_SINCE_AFTER.match(text, e.end)
    if after is None or "\n" in after.group() or not _TR_ABLATIVE.search(
        text[e.start : after.end("rest")]
    ):
        return e
    return stretch(e, text, after.end(), date_end=published, granularity="range")


def _since_it(text: str, e: TimeExpr, published: date) -> TimeExpr:
    lead = _IT_SINCE_BEFORE.search(text, max(0, e.start - 4), e.start)
    if lead is None or e.granularity == "range" or _IT_RANGE_AFTER.match(text, e.end):
        return e
    return widen(e, text, lead.start(), date_end=published, granularity="range")
