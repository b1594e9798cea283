"""Give each mention the interval of what is reported there: clause, sentence or context."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportmap.dates import TimeExpr, find_time_expressions
from reportmap.dates_base import DAYS_SPAN, month_last
from reportmap.dates_day_before import opens_with_same_day
from reportmap.dates_since_then import closed_before
from reportmap.described import describes_a_place
from reportmap.framing import is_dateline_date, is_tag_or_byline
from reportmap.model import Interval
from reportmap.statement_dates import is_statement_date
from reportmap.tense import QUOTES, goes_on, tells_earlier_past, tells_past
from reportmap.text import SentenceIndex, Span, clauses, last_comma
from reportmap.timing_cues import (
    ANCHOR_PHRASE,
    AND_THEN_DATE,
    APPOSITION,
    ASIDE_CLOSE,
    ASIDE_OPEN,
    BACKGROUND,
    COMES_AFTER,
    COMES_AFTER_LAST,
    FUTURE,
    LEADING_PLACE,
    NTH_TIME,
    PARTICIPLE_ASIDE,
    PAST_YEARS,
    PROGRESSIVE,
    RECALLS,
    RELATIVE,
    RELATIVE_OPEN,
    RUSSIAN_PARTICIPLE_ASIDE,
    SAME_TIME,
    SINCE,
    SINCE_ASIDE,
    SINCE_THEN,
    SINCE_WORD,
    STANDING,
    STATE_LEAD,
    STATE_LEAD_CHARS,
    SUPERLATIVE_SINCE,
    TIME_LINK_AFTER,
    TURKISH_SINCE,
    UNTIL_TODAY,
    WAR_YEARS,
    WHERE,
    future_between,
    in_dashes,
    without_relative_clauses,
)
from reportmap.timing_gap import dateline_before, event_days_first, gap
from reportmap.timing_phrases import offset_interval, phrase_reaches

RECENT_DAYS = 31
# The longest span a lede may tell as the news ("in April", told in mid-May).
LEDE_SPAN_DAYS = 62
# A pluperfect dated within this many days of the news tells the news, not its background.
RECENT_PAST_DAYS = 10
# The longest span the next sentences inherit: a week ("last week"), not "in recent weeks".
INHERITED_SPAN_DAYS = 6
CONTEXT_SENTENCES = 3
# How old the day a lede with none borrows from its next sentence may be ("Am Freitag").
LEDE_NEXT_DAYS = 7


@dataclass(frozen=True)
class Dated:
    """A time expression placed in the document."""

    expr: TimeExpr
    sentence: int
    demoted: bool
    interval: Interval
    scope: int | None = None  # where the phrase the date was demoted to begins ("after …")


class Timeline:
    """All time expressions of one report, ready to date any span."""

    def __init__(self, body: str, published: date, language: str, index: SentenceIndex) -> None:
        self.body = body
        self.published = published
        self.language = (language or "en").lower()[:2]
        self.index = index
        exprs = find_time_expressions(body, published, language, index)
        self.by_sentence: dict[int, list[Dated]] = {}
        self.dateline_opens = False  # the first sentence holds the dateline's date
        for expr in exprs:
            sentence = index.at(expr.start)
            if is_dateline_date(body, expr.start, expr.end):
                self.dateline_opens = self.dateline_opens or sentence.index == 0
                continue  # "BEIRUT, 2 APR -": the day of filing; "ieri" still counts from it
            before = body[sentence.start : expr.start]
            aside = (
                PARTICIPLE_ASIDE.search(before)
                or RUSSIAN_PARTICIPLE_ASIDE.search(before)
                or SUPERLATIVE_SINCE.search(before + expr.text)
                or NTH_TIME.search(before + expr.text)
                or UNTIL_TODAY.search(before + expr.text)
                or in_dashes(before, body[expr.end : sentence.end])
            )
            anchor = None if SINCE.search(before) else ANCHOR_PHRASE.search(before)
            demoted = bool(aside or anchor)
            scope = sentence.start + anchor.start() if anchor and not aside else None
            interval = Interval(expr.date_start, expr.date_end, expr.text, expr.basis)
            self.by_sentence.setdefault(sentence.index, []).append(
                Dated(expr, sentence.index, demoted, interval, scope)
            )
        for dated in self.by_sentence.values():
            self._close_since_ranges(dated)
        self.lede = self._lede()
        self.news_span = self.news_span_told()
        self.news = self.news_span[1]
        self.lede_window = self.lede_window_told()
        lede = min(self.lede, len(index.sentences) - 1)
        self.lede_paragraph = index.sentences[lede].paragraph if lede >= 0 else 0

    def _close_since_ranges(self, dated: list[Dated]) -> None:
        """'unchanged since December 10 ..., Maxar said on December 13' -> Dec 10 to Dec 13."""
        for i, d in enumerate(dated):
            window = self.body[max(0, d.expr.start - 12) : d.expr.start]
            if not SINCE.search(window) or d.expr.date_start is None or DAYS_SPAN.match(
                d.expr.text
            ):
                continue  # "с 7 по 9 мая": a closed span, not "since"
            later = [o.expr.date_end for o in dated[i + 1 :] if o.expr.date_end and not o.demoted]
            end = max(later) if later else self.published
            if end >= d.expr.date_start:
                lead = SINCE.search(window)
                text = self.body[d.expr.start - len(window) + lead.start() : d.expr.end].strip()
                dated[i] = Dated(
                    d.expr, d.sentence, False, Interval(d.expr.date_start, end, text, d.expr.basis)
                )

    def news_span_told(self) -> tuple[date, date]:
        """The time of the news: the first day or night told in the lede, else P.

        A night ("in der Nacht zum Dienstag", "overnight") is both its days; a longer span
        told in the lede ("this week") gives its last day. A dateline standing as a sentence
        of its own ("МОСКВА, 26 авг — «Восточный экспресс».") is not the lede."""
        # not "Fifteen years ago on Saturday": an anniversary
        told = self._recent_day_told(self.lede, span_days=7, age_days=RECENT_DAYS)
        if told is None:
            return self.published, self.published
        start, end = told.start, told.end
        return (start if (end - start).days <= 1 else end), end

    def _recent_day_told(self, sentence: int, span_days: int, age_days: int) -> Interval | None:
        """The first day or span of at most `span_days` a sentence tells of what happened (its
        statement's day after), ending at most `age_days` before publication."""
        for d in event_days_first(self.body, self.index.sentences, sentence, self.usable):
            start, end = d.interval.start, d.interval.end
            if start is not None and end is not None and (end - start).days <= span_days and (
                self.published - timedelta(days=age_days) <= end <= self.published
            ):
                return d.interval
        return None

    def lede_window_told(self) -> tuple[date, date] | None:
        """The span the lede tells, however long ("dropped bombs on three towns in April, the
        group said today"): what happened within it is the news, not its background."""
        lede = self.lede
        if lede >= len(self.index.sentences):
            return None
        opening = self.index.sentences[lede].start
        told = [
            (d.interval.start, d.interval.end)
            for d in self.usable(lede)
            if d.interval.start is not None and d.interval.end is not None
            and not is_statement_date(self.body, opening, d.expr.start)  # "said today"
            # "(Beirut, 13 May 2014) –": a dateline's date, only capitalised words before it
            and not dateline_before(self.body[opening : d.expr.start])
        ]
        if not told or any((end - start).days <= 7 for start, end in told):
            return None  # the lede tells a day: the news is that day
        told = [
            (start, end) for start, end in told
            if end <= self.published and (end - start).days <= LEDE_SPAN_DAYS
            and end >= self.published - timedelta(days=LEDE_SPAN_DAYS)
        ]
        if not told:
            return None
        return min(start for start, _ in told), max(end for _, end in told)

    def _lede(self) -> int:
        """The index of the lede: past a dateline standing alone, an agency tag and a byline."""
        lede = 1 if self.dateline_opens and not self.usable(0) else 0
        sentences = self.index.sentences
        while lede < 3 and not self.usable(lede) and is_tag_or_byline(self.body, sentences, lede):
            lede += 1  # "ДАМАСК, 5 июня. /«Меридиан»/. Действующий президент …": the agency
        return lede

    def usable(self, sentence: int) -> list[Dated]:
        return [d for d in self.by_sentence.get(sentence, []) if not d.demoted]

    def interval_for(self, start: int, end: int) -> tuple[Interval, bool]:
        """The interval for a span and whether the sentence reads as background."""
        sentence = self.index.at(start)
        clause = next(
            ((a, b) for a, b in self._clauses(sentence) if a <= start < b),
            (sentence.start, sentence.end),
        )
        interval, background = self._interval_for(start, end, sentence, clause)
        earlier = not background and tells_earlier_past(
            self.body[clause[0] : clause[1]], self.language, self.body[sentence.start : clause[0]]
        )
        if earlier and self._recent(interval):
            interval = self._before_today(interval)
        elif earlier:
            background = True
            if interval.basis == "published":  # an earlier past with no date of its own
                interval = Interval(None, None, "", "none")
        if interval.start is not None and interval.end is not None and (
            (interval.end - interval.start).days <= 1
        ):
            own_later = self._own_later(sentence.index, end, interval)
            shifted = offset_interval(
                self.body, self.language, self.published, sentence.start, start, interval, own_later
            )
            if shifted is not None:
                interval = shifted
        if COMES_AFTER.search(self.body, sentence.start, start) or COMES_AFTER_LAST.search(
            self.body, end, sentence.end
        ):
            background = True  # "comes a week after the storming of Hama": what came before
        return interval, background

    def _clauses(self, sentence: Span) -> list[tuple[int, int]]:
        """The sentence's clauses, cut also where ", and" brings a time of its own: "Le 26
        juillet, six soldats avaient été blessés à Saïda, et fin mai six Casques bleus …"."""
        cuts = [
            match.start()
            for d in self.by_sentence.get(sentence.index, [])
            if (match := AND_THEN_DATE.search(self.body, sentence.start, d.expr.start))
        ]
        return clauses(self.body, sentence, cuts)

    def _before_today(self, interval: Interval) -> Interval:
        """"had fired shells on the capital in recent days": a span up to the report's day,
        told in the pluperfect, ends the day before it."""
        if interval.start is None or interval.end != self.published:
            return interval
        if (interval.end - interval.start).days < 2:
            return interval  # a day, or a night that runs into the report's day
        return Interval(interval.start, interval.end - timedelta(days=1), interval.text,
                        interval.basis)

    def _recent(self, interval: Interval) -> bool:
        """A date of the last days before the news: "had announced last Saturday" is news."""
        if interval.basis == "published" or interval.start is None or interval.end is None:
            return False
        return self.published - timedelta(days=RECENT_PAST_DAYS) <= interval.start and (
            interval.end <= self.published
        )

    def _own_later(self, sentence: int, end: int, interval: Interval) -> bool:
        """Whether the day is told after the span ("une semaine après celle de Bosra, prise le
        25 mars")."""
        return any(
            d.expr.start >= end and d.interval.start == interval.start
            for d in self.by_sentence.get(sentence, [])
        )

    def _interval_for(
        self, start: int, end: int, sentence: Span, clause: tuple[int, int]
    ) -> tuple[Interval, bool]:
        own = [
            d for d in self.by_sentence.get(sentence.index, [])
            if d.scope is not None and d.scope <= start and (
                end <= d.expr.start or phrase_reaches(self.body, d.expr.end, start)
            )
        ]
        if own:  # "after the capture of Aleppo last week": Aleppo's own date
            best = min(own, key=lambda d: gap(self.body, d.expr, start, end))
            return best.interval, self._long_standing(best, clause)
        same_day = self._same_day_opening(sentence)
        if same_day is not None:
            return same_day, False
        here = self.usable(sentence.index)
        in_clause = [d for d in here if clause[0] <= d.expr.start < clause[1]]
        if not in_clause and (WAR_YEARS.search(self.body, clause[0], clause[1])
                              or PAST_YEARS.search(self.body, clause[0], clause[1])):
            # "damaged repeatedly during the war, notably in the Homs countryside": the years
            # of the war, background to the news
            return Interval(None, None, "", "none"), True
        told_before = None if in_clause else self._time_told_before(sentence, clause)
        if told_before is not None:
            return told_before, self._long_ago(told_before)
        if here:
            pool = [
                d for d in in_clause or here
                if not self._in_relative_after(d, end, clause)
                and not self._in_old_aside(d, start, end, sentence)
                and not (d.expr.start >= end and RECALLS.search(self.body, end, d.expr.start))
                and not closed_before(self.body, d.expr.start, d.expr.end, start)
            ]
            pool = self._without_statement_date(pool, start, end)
            if pool:
                best = min(pool, key=lambda d: gap(self.body, d.expr, start, end))
                if best.expr.end <= start and not best.expr.future and future_between(
                    self.body, best.expr.end, start
                ):
                    # "promised on Wednesday that flights to Damascus will resume": the day
                    # of the promise, not of the flights
                    return Interval(self.published, self.published, "", "published"), False
                return best.interval, self._long_standing(best, clause)
        if FUTURE.search(self.body, clause[0], clause[1]):
            # what is to come has no date of its own yet: the claim is dated by the report
            return Interval(self.published, self.published, "", "published"), False
        # a standing fact told in a relative clause ("..., which lies next to X") is an aside
        text = RELATIVE.sub(",", self.body[sentence.start : sentence.end])
        lead = STATE_LEAD.search(text)
        if BACKGROUND.search(text) or (lead and lead.start() <= STATE_LEAD_CHARS) or (
            describes_a_place(text)
        ):
            return Interval(None, None, "", "none"), True
        if SINCE_THEN.search(text):
            since = self._from_context(sentence.index)
            if since is not None and since.start is not None and since.start <= self.published:
                return Interval(since.start, self.published, since.text, since.basis), False
        main = without_relative_clauses(text)
        past = tells_past(text, self.language)
        if past is True and tells_past(main, self.language) is False and STANDING.search(main):
            past = False  # "vivono … a Katzrin, …, la maggior parte dei quali ha mantenuto"
        if past is None and sentence.paragraph > self.lede_paragraph and STANDING.match(main):
            # "وتعتمد المنطقة على المساعدات": a sentence that opens with a verb of state
            return Interval(None, None, "", "none"), True
        if past is False:
            if sentence.paragraph > self.lede_paragraph and STANDING.search(main):
                # "Russland betreibt einen Stützpunkt am Flughafen": what a place has, told in
                # the present after the lede, stands; it is no news of the day
                return Interval(None, None, "", "none"), True
            # "Nubl and Sahraa are surrounded": how things stand when the report is out,
            # not on the day its lede tells ("took Hama yesterday … are advancing")
            return Interval(self.published, self.published, "", "published"), False
        inherited = self._from_context(sentence.index, old_ok=past is True)
        if inherited is not None:
            return inherited, False
        old = self._old_date_before(sentence) if past is True and goes_on(text) else None
        if old is not None:
            # "The group seized the town in August 2015. It destroyed the monastery": the story
            # of long ago goes on, background in the time just told
            return old, True
        # no date nearby: the time of the news (told in the lede), else the publication date
        if sentence.index == self.lede:
            told = self._told_next(sentence.index)
            if told is not None:
                return told, False
        return Interval(*self.news_span, "", "published"), False

    def _told_next(self, lede: int) -> Interval | None:
        """The day the next sentence of the lede's paragraph tells, for a lede with none."""
        sentences = self.index.sentences
        if lede + 1 >= len(sentences) or sentences[lede + 1].paragraph != sentences[lede].paragraph:
            return None
        return self._recent_day_told(lede + 1, span_days=1, age_days=LEDE_NEXT_DAYS)

    def _time_told_before(self, sentence: Span, clause: tuple[int, int]) -> Interval | None:
        """"Тогда же ИГ взорвало храм Бела", "at the time", "à l'époque": a clause with no date
        of its own that points back to the time the sentence before told."""
        if not SAME_TIME.search(self.body, clause[0], clause[1]):
            return None
        dated = self._told_just_before(sentence)
        if not dated:
            return None
        # a day told beside a state "since" ("left on Friday …, besieged since 2015"): the day
        told = ([d for d in dated if not SINCE_WORD.match(d.interval.text)] or dated)[-1].interval
        if told.start is not None and SINCE_WORD.match(told.text):
            # "seit 2016 … Damals": the time it began, not the span since
            first = told.start
            last = date(first.year, 12, 31) if (first.month, first.day) == (1, 1) else (
                month_last(first.year, first.month)
            )
            return Interval(first, min(last, self.published), told.text, told.basis)
        return told

    def _old_date_before(self, sentence: Span) -> Interval | None:
        """The month or year long ago told by the sentence just before, in the same paragraph."""
        dated = self._told_just_before(sentence)
        if dated and all(
            self._long_ago(d.interval)
            and d.interval.start is not None and d.interval.start != d.interval.end
            for d in dated
        ):
            return dated[-1].interval
        return None

    def _told_just_before(self, sentence: Span) -> list[Dated]:
        """The dates of the sentence just before, when it is in the same paragraph."""
        return [] if self._starts_paragraph(sentence) else self.usable(sentence.index - 1)

    def _long_ago(self, interval: Interval) -> bool:
        """Whether an interval ended more than RECENT_DAYS before publication."""
        return interval.end is not None and interval.end < self.published - timedelta(
            days=RECENT_DAYS
        )

    def _same_day_opening(self, sentence: Span) -> Interval | None:
        """ "В тот же день …", "Am selben Tag …" opening a paragraph: the last day told before."""
        opening = opens_with_same_day(self.body[sentence.start : sentence.end], self.language)
        if not opening or not self._starts_paragraph(sentence):
            return None
        day = self._last_day_of_paragraph_before(sentence) or self.news
        return Interval(day, day, opening.group(), "relative")

    def _starts_paragraph(self, sentence: Span) -> bool:
        """Whether no sentence of the same paragraph comes before this one."""
        return sentence.index == 0 or (
            self.index.sentences[sentence.index - 1].paragraph != sentence.paragraph
        )

    def _last_day_of_paragraph_before(self, sentence: Span) -> date | None:
        """The last day told in the paragraph before, not counting days of statements."""
        days = [
            d.interval.start
            for before in self.index.sentences[: sentence.index]
            if before.paragraph == sentence.paragraph - 1
            for d in self.usable(before.index)
            if d.interval.start is not None and d.interval.start == d.interval.end
            and not is_statement_date(self.body, before.start, d.expr.start)
        ]
        return days[-1] if days else None

    def _without_statement_date(self, pool: list[Dated], start: int, end: int) -> list[Dated]:
        """"Killed on Monday in Sarmin, activists said on Tuesday": Monday, not the day of the
        statement told after the span; a "since" span before is a state, not the event's day."""
        if not any(
            d.expr.end <= start and not SINCE_WORD.match(d.interval.text) for d in pool
        ):
            return pool
        return [
            d for d in pool
            if d.expr.start < end or not is_statement_date(self.body, end, d.expr.start)
        ]

    def _in_relative_after(self, dated: Dated, end: int, clause: tuple[int, int]) -> bool:
        """A date told in a relative clause after the span, about another place or a state.

        "Palmyra and al-Sukhnah, which the army took last month": the date is al-Sukhnah's
        only; "Suruc, where refugees have lived since 2014": a standing state, not the news.
        """
        for match in RELATIVE.finditer(self.body, end, clause[1]):
            if match.start() <= dated.expr.start < match.end():
                antecedent = match.start() - end <= 2
                since = bool(SINCE_WORD.match(dated.interval.text))
                # "Hama, where … in 1982"
                where = bool(WHERE.match(match.group())) and self._long_ago(dated.interval)
                return not antecedent or since or where
        for match in SINCE_ASIDE.finditer(self.body, end, clause[1]):
            if match.start() - end <= 2 and match.start() <= dated.expr.start < match.end():
                return True  # "the Nassib crossing, closed since 2015,": a standing state
        return False

    def _in_old_aside(self, dated: Dated, start: int, end: int, sentence: Span) -> bool:
        """An old date in a comma-bounded aside about another noun than the span's place:
        "killed Samir Kuntar, a militant freed in 2008, in a strike on … Jaramana"."""
        interval = dated.interval
        if not self._long_ago(interval):
            return False
        opening = last_comma(self.body, sentence.start, dated.expr.start)
        if opening < 0:
            return False
        closing = ASIDE_CLOSE.search(self.body, dated.expr.end, sentence.end)
        if closing is None:
            return False  # an aside that runs to the sentence's end tells about its noun
        aside = self.body[opening + 1 : closing.start()]
        told_past = tells_past(aside, self.language)
        if ASIDE_OPEN.match(self.body, opening) is None and not (
            # "la province de Deraa, berceau du soulèvement de 2011,": a noun in apposition
            0 <= opening - end <= 1 and told_past is False and APPOSITION.match(aside)
        ):
            return False  # (a relative clause may run on past its comma: "…, вскоре после")
        if end <= opening and told_past and LEADING_PLACE.match(
            self.body[sentence.start : opening]
        ):
            return False  # "In the town of Arsal, the army ordered … in 2019": the main clause
        if RELATIVE_OPEN.match(self.body, opening) and (
            0 <= opening - end <= 2  # "месторождению Конико, которое … взяли в сентябре"
            or TIME_LINK_AFTER.match(self.body, closing.end())  # "…, вскоре после того как"
        ):
            return False  # the relative clause tells about the span, or runs on to it
        # the aside closes before the span, or opens after it and the main clause goes on
        return closing.start() <= start or opening >= end

    def _long_standing(self, dated: Dated, clause: tuple[int, int]) -> bool:
        """'have lived there since 2014': a state that began long before the news."""
        interval = dated.interval
        if interval.start is None or not (
            SINCE_WORD.match(interval.text) or TURKISH_SINCE.search(interval.text)
        ):
            return False
        if PROGRESSIVE.search(self.body, clause[0], dated.expr.start):
            return False
        return interval.start < self.published - timedelta(days=RECENT_DAYS)

    def _distance_to_news(self, interval: Interval) -> int:
        """Days between an interval and the day of the news (0 when it holds that day)."""
        if interval.start is None or interval.end is None:
            return 10**6
        if interval.start <= self.news <= interval.end:
            return 0
        return min(abs((interval.start - self.news).days), abs((interval.end - self.news).days))

    def _from_context(self, sentence: int, old_ok: bool = False) -> Interval | None:
        """The date of the nearest sentence before that tells one: the one nearest the news.

        A day long before the news is taken only by the next sentence, told in the past ("It was
        April 18, 2011. Protests had begun in Daraa"); a month or a year long ago is background."""
        horizon = self.published - timedelta(days=RECENT_DAYS)
        for back in range(1, CONTEXT_SENTENCES + 1):
            dated = self.usable(sentence - back)
            if not dated and sentence - back >= 0:
                same_day = self._same_day_opening(self.index.sentences[sentence - back])
                if same_day is not None:
                    return same_day  # "В тот же день армия начала наступление. Бои шли …"
            if dated:
                last = min(dated, key=lambda d: self._distance_to_news(d.interval)).interval
                if old_ok and back == 1 and last.start is not None and last.start == last.end:
                    return last  # the day just told, however long ago: a story told in order
                if last.end is None or last.end < horizon:
                    return None
                if last.start is None or (last.end - last.start).days > INHERITED_SPAN_DAYS:
                    return None  # "since 2014": a state's span, not the date of a new event
                if back >= 2 and last.end < self.news_span[0] and self._other_paragraph(
                    sentence, sentence - back
                ):
                    return None  # an earlier day told paragraphs ago: the story is back at news
                return last
        return None

    def _other_paragraph(self, sentence: int, before: int) -> bool:
        """Whether the story has moved on from sentence `before` to a later paragraph: a whole
        paragraph lies between them, or the sentence goes on a new paragraph that is not a quote
        (a quotation carries on the statement of its day)."""
        sentences = self.index.sentences
        span = sentences[sentence]
        apart = span.paragraph - sentences[before].paragraph
        if apart != 1:
            return apart >= 2
        opens = sentences[sentence - 1].paragraph != span.paragraph
        quoted = self.body[span.start : span.end].lstrip()[:1] in QUOTES
        return not opens and not quoted
