"""Read a report: every place it mentions, with its excerpt, position, dates and claimant."""

from __future__ import annotations

from datetime import date, timedelta

from geo.gazetteer import Candidate
from geo.skeleton import guess_places, skeleton_index
from reportmap import framing
from reportmap.claimants import Claimants
from reportmap.common_words import is_common_word
from reportmap.demonyms import is_people_word
from reportmap.locators import mark_locators
from reportmap.metonymy import FOCUS_COUNTRY
from reportmap.model import Interval, Mention, Report
from reportmap.origins import is_origin
from reportmap.positions import find_derived
from reportmap.references import attach_references
from reportmap.resolve import (
    Resolved,
    country_prior,
    nearest_facility,
    resolve_candidates,
)
from reportmap.text import SentenceIndex
from reportmap.timing import Timeline
from reportmap.timing_cues import COUNTED_BACK

# Over before the day of the news and centred this long before it: context, not the news.
BACKGROUND_AGE = timedelta(days=7)
# ... or this long, for a day counted back from the report's own ("ten days ago", "il y a dix
# jours", "vor zehn Tagen", "десять дней назад"): told in the frame of the news.
COUNTED_BACK_AGE = timedelta(days=14)
# A capital this near the start of its sentence that is the sentence's claimant is its government.
SPEAKER_LEAD_CHARS = 12
NOT_A_FEATURE = frozenset({"sea_area"})
PRECISION_BY_KIND = {
    "air_base": 1500.0,
    "naval_base": 800.0,
    "military_base": 1500.0,
    "observation_post": 5000.0,  # placed near the village it is named by, within a few km
    "airport": 1500.0,
    "port": 1000.0,
    "village": 1500.0,
    "town": 3000.0,
    "city": 6000.0,
    "capital": 10000.0,
    "governorate": 50000.0,
    "province": 50000.0,
    "region": 80000.0,
    "sea_area": 50000.0,
}


def _start(candidate: Candidate) -> int:
    return candidate.start


def _skeletons(gazetteer) -> dict:
    return skeleton_index(gazetteer.sites.values())


# Countries whose place names come to reports transliterated from Arabic: the only ones whose
# unknown spellings are guessed from their consonants.
ARABIC_NAMED = frozenset({"SY", "LB", "IQ", "JO", "PS", "IL", "EG", "SA", "YE", "LY", "TN", "DZ",
                          "MA", "AE", "KW", "QA", "BH", "OM", "SD"})


def _guessed(
    body: str, candidates: list[Candidate], gazetteer, dates: list[tuple[int, int]],
    language: str,
) -> list[Candidate]:
    """Unknown spellings of known places ("Raqa", "Menbiç"), read by their consonants."""
    index = gazetteer.derived(_skeletons)
    # places, not countries: "России" says who acts, not where the unknown name lies
    prior = country_prior([c for c in candidates if c.sites[0].kind != "country"], body)
    top = max(prior.values(), default=0)
    # a tie goes to Syria: "Минобороны России … под Раккой" is not a guess in Russia
    countries = {FOCUS_COUNTRY} if prior[FOCUS_COUNTRY] == top else {prior.most_common(1)[0][0]}
    if not countries <= ARABIC_NAMED:
        countries = {FOCUS_COUNTRY}  # "Хасаном Роухани" in a story set in Sochi is no Kazan
    places = [(c.start, c.end) for c in candidates]
    taken = places + dates  # "in June" is no place
    guessed = []
    for start, end, surface, sites, kinds in guess_places(body, index, taken, countries, places):
        if is_common_word(surface, language, sites[0], guessed=True):
            continue  # "in Schulen" (in schools) is no spelling of Shaalan
        if is_people_word(surface):
            continue  # "to Syrians, Iraqis and Yemenis" lists peoples, not places
        if kinds and sites[0].kind not in kinds:  # "аэродром Абу-эд-Духур": the air base
            sites = (nearest_facility(gazetteer, sites[0], kinds) or sites[0],)
        guessed.append(Candidate(start, end, surface, sites, "~" + surface))
    return guessed


def _precision(kind: str) -> float:
    return PRECISION_BY_KIND.get(kind, 2000.0)


def extract_mentions(report: Report, gazetteer) -> list[Mention]:
    """All mentions of one report, in text order."""
    body = report.body
    index = SentenceIndex(body)
    if not index.sentences:
        return []
    timeline = Timeline(body, report.published, report.language, index)
    candidates = gazetteer.find(body)
    dates = [(d.expr.start, d.expr.end) for ds in timeline.by_sentence.values() for d in ds]
    guessed = _guessed(body, candidates, gazetteer, dates, report.language)
    candidates = sorted([*candidates, *guessed], key=_start)
    actors: list[Resolved] = []
    named = resolve_candidates(body, candidates, gazetteer, index.at, report.language, actors)
    dateline = framing.dateline_site(body, candidates)
    with_refs = attach_references(
        body, named, index, gazetteer, report.language, actors, dateline
    )
    # a reference can only locate, or be located, once it is known: "Harasta, en banlieue de
    # la capitale", "La ville, située au nord d'Alep"
    countries = frozenset(c.start for c in candidates if c.sites[0].kind == "country")
    relocated = mark_locators(body, [m for m, _ in with_refs], countries)
    with_refs = [
        (new if new.role == "locator" else m, is_ref)
        for (m, is_ref), new in zip(with_refs, relocated, strict=True)
    ]
    resolved = [m for m, _ in with_refs]
    derived, locators = find_derived(body, resolved, index, gazetteer, report.language)
    claimants = Claimants(body, index)

    mentions: list[Mention] = []
    for m, is_ref in with_refs:
        if m.site.kind in NOT_A_FEATURE:
            continue  # seas: context for offshore positions, never a point of their own
        sentence = index.at(m.start)
        if (
            m.site.kind == "capital"
            and m.start - sentence.start <= SPEAKER_LEAD_CHARS
            and claimants.for_span(sentence.index, m.start) == body[m.start : m.end]
        ):
            continue  # "دمشق همچنین اعلام کرد": the capital that speaks is its government
        role = "locator" if (m.start, m.end) in locators else m.role
        mentions.append(
            _mention(report, index, timeline, claimants, m, role, "reference" if is_ref else "name")
        )
    for d in derived:
        r = Resolved(d.start, d.end, d.text, d.site)
        mention = _mention(report, index, timeline, claimants, r, "event", "derived")
        mention.derived = True
        mention.anchor_site_id = d.anchor.site_id
        mention.precision_m = d.precision_m
        mentions.append(mention)
    mentions.sort(key=lambda x: (x.start, x.end))
    return mentions


def _mention(report, index, timeline, claimants, m: Resolved, role: str, how: str) -> Mention:
    sentence = index.at(m.start)
    interval, background = timeline.interval_for(m.start, m.end)
    if role == "locator":  # a locator only says where another site is: no event of its own
        interval = Interval(None, None, "", "none")
    if role == "event" and is_origin(report.body, m.start, m.end):
        role, interval = "background", Interval(None, None, "", "none")
    if role == "event" and (
        background or _before_the_news(interval, timeline.news, timeline.lede_window)
    ):
        role = "background"
    return Mention(
        report_id=report.report_id,
        site_id=m.site.site_id,
        site=m.site.name,
        kind=m.site.kind,
        text=report.body[m.start : m.end],
        start=m.start,
        end=m.end,
        excerpt=report.body[sentence.start : sentence.end],
        excerpt_start=sentence.start,
        lat=m.site.lat,
        lon=m.site.lon,
        precision_m=_precision(m.site.kind),
        role=role,
        date_start=interval.start,
        date_end=interval.end,
        date_text=interval.text,
        date_basis=interval.basis,
        claimant=claimants.for_span(sentence.index, m.start),
        resolved_by=how,
    )


def _before_the_news(
    interval: Interval, news: date, lede_window: tuple[date, date] | None = None
) -> bool:
    """'last month', 'in October last year': told as over well before the day of the news
    (and outside the span the lede tells as the news)."""
    if interval.start is None or interval.end is None or interval.end >= news:
        return False
    if lede_window and lede_window[0] <= interval.start and interval.end <= lede_window[1]:
        return False
    middle = interval.start + (interval.end - interval.start) / 2
    age = COUNTED_BACK_AGE if COUNTED_BACK.search(interval.text) else BACKGROUND_AGE
    return middle <= news - age
