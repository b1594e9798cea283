"""How far an "after …" phrase runs, and the day a count from it gives ("two days after")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reportmap.dates_base import add_months, month_span
from reportmap.dates_offsets import (
    AFTER_WORDS,
    MONTH_UNITS,
    NUMBER_WORDS,
    NUMBER_WORDS_INTL,
    OFFSET_BEFORE,
    OFFSET_INTL,
    WEEK_UNITS,
)
from reportmap.model import Interval
from reportmap.timing_cues import PHRASE_END

# A relative about the event an "after …" phrase names: ", in which", ", during which", ", où".
EVENT_RELATIVE = re.compile(
    r",\s*(?:in\s+which|during\s+which|dans\s+lequel|dans\s+laquelle|"
    r"(?:lors|au\s+cours)\s+(?:duquel|de\s+laquelle|desquel(?:le)?s)|"
    r"en\s+(?:el|la|los|las)\s+que|durante\s+el\s+cual|"
    r"in\s+cui|nel\s+quale|nella\s+quale|durante\s+il\s+quale|bei\s+(?:dem|der|denen)|"
    r"em\s+que|no\s+qual|na\s+qual|в\s+ходе\s+котор\w+|во\s+время\s+котор\w+|"
    # "after the earthquake of 6 February, which killed thousands in Aleppo": the relative's
    # subject is the event the phrase names
    r"which|que|qui|che|der|die|das|котор(?:ый|ая|ое|ые))\b|[,،]\s*(?:الذي|التي)(?!\w)",
    re.IGNORECASE,
)
# ", notably in …", ", sobretudo nas …": the clause goes on to name where.
LIST_GOES_ON = re.compile(
    r"[,،]\s*(?:notably|especially|mainly|including|notamment|surtout|en\s+particulier|"
    r"insbesondere|vor\s+allem|sobre\s+todo|especialmente|sobretudo|principalmente|"
    r"in\s+particolare|soprattutto|особенно|в\s+том\s+числе|خصوصا|خاصة|لا\s+سيما)\b",
    re.IGNORECASE,
)
# A finite verb after "vier Wochen nach dem Sturz …": the main clause, past the phrase.
GERMAN_FINITE = re.compile(
    r"\b(?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kam|kamen)\b"
)


def phrase_reaches(body: str, lo: int, start: int) -> bool:
    """Whether the "after …" phrase ending its date at `lo` still runs at `start`: no
    comma between, or only the one before a relative about its event ("three weeks after
    the killings of early March, in which hundreds died in Latakia")."""
    cut = PHRASE_END.search(body, lo, start)
    if cut is None:
        return True
    told = EVENT_RELATIVE.match(body, cut.start())
    if not told:
        return False
    rest = PHRASE_END.search(body, told.end(), start)
    # "…, which killed thousands in Syria, notably in Aleppo": a list the relative goes on to
    return rest is None or (
        LIST_GOES_ON.match(body, rest.start()) is not None
        and not PHRASE_END.search(body, rest.end(), start)
    )


# "BRUXELLES, 23 mars (AWBP) – Au lendemain des attentats …": a dateline, not a clause before
DATELINE_OPENING = re.compile(r"\s*[A-ZÀ-ÞА-ЯЁ][^\n.]{0,45}?\s[-–—]\s*$")


def offset_interval(
    body: str, language: str, published: date, lo: int, start: int, told: Interval,
    own_later: bool = False,
) -> Interval | None:
    """'The strike came two days after an attack on Douma': Douma's day is two before; a
    count of months from a day or a night ('two months after') gives that month.

    A day told after the span, when the offset phrase follows its verb ("Sa chute intervient
    une semaine après celle de Bosra, prise le 25 mars"), is the span's own: no offset."""
    phrase = offset_phrase(body, lo, start)
    if phrase is None:
        return None
    found, count, words = phrase
    if own_later and body[lo : found.start()].strip() and not DATELINE_OPENING.match(
        body, lo, found.start()
    ):
        return None
    if language == "de" and GERMAN_FINITE.search(body, found.start(), start):
        return None  # "Vier Wochen nach dem Sturz Assads sind sie nach Damaskus gereist"
    day = told.start
    if (found.groupdict().get("unit") or "").lower().startswith(MONTH_UNITS):
        # "came two months after the YPG drove IS out of Kobani": that month
        first, last = month_span(*add_months(day.year, day.month, count))
        last = min(last, published)
        return Interval(first, last, words, "relative") if first <= last else None
    if told.start != told.end:
        return None  # a count of days from a span: no one day
    shifted = day + timedelta(days=count)
    return Interval(shifted, shifted, words, "relative")


def offset_phrase(body: str, lo: int, start: int) -> tuple[re.Match, int, str] | None:
    """The "N days/weeks/months after/before" phrase before `start`: its match, the signed
    count (days, or months for a month unit) and its words."""
    offset = OFFSET_BEFORE.search(body, lo, start)
    if offset:
        n = NUMBER_WORDS.get(offset.group("n").lower()) or int(offset.group("n"))
        days = n * (7 if offset.group("unit").lower().startswith("week") else 1)
        sign = -1 if offset.group("dir").lower() == "after" else 1
        words = f"{offset.group('n')} {offset.group('unit')} {offset.group('dir')}"
        return offset, sign * days, words
    for pattern in OFFSET_INTL:
        found = pattern.search(body, lo, start)
        if not found:
            continue
        groups = found.groupdict()
        word = " ".join((groups.get("n") or "un").lower().split())
        n = int(word) if word.isdigit() else NUMBER_WORDS_INTL.get(word)
        if n is None:
            continue
        if (groups.get("unit") or "").lower().startswith(WEEK_UNITS):
            n *= 7
        direction = (groups.get("dir") or "").lower()
        before = bool(direction) and direction not in AFTER_WORDS
        return found, n if before else -n, found.group().strip()
    return None
