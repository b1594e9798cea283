"""Turn gazetteer candidates into place mentions: disambiguation, metonymy, locators."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from pyproj import Geod

from reportmap.kinds import ADMIN, CUE_AFTER, CUE_BEFORE, CUES, FACILITY, NOT_ON_MAP, POPULATED
from reportmap.model import Site

_GEOD = Geod(ellps="WGS84")


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Geodesic distance in metres (WGS84)."""
    return float(_GEOD.inv(lon1, lat1, lon2, lat2)[2])


# A place directly followed by one of these verbs is the actor, not where something happened:
# "Moscow says", "Damascus had established", "Ankara warned".
ACTOR_VERBS = (
    "say|said|warn|announc|den|claim|accus|insist|want|hope|believ|reject|respond|condemn|urg|"
    "call|told|tell|state|confirm|agre|sign|establish|decid|order|demand|threaten|vow|promis|"
    "pledg|plan|seek|sought|refus|remov|send|sent|deploy|withdr|support|back|recogni|negotiat|"
    "talk|host|invit|view|consider|expect|intend|acknowledg|admit|ask|allow|prepar|wish|fear|"
    "dismiss|welcom|pay|paid|insist|maintain|argu|suggest|stress|emphasi|deni|retaliat|"
    "launch|strik|struck|target|respond|react|oppos|propos|offer|appeal|protest|summon"
)
AUXILIARY = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|"
    r"does|did|also|now|still|reportedly|then|already|not|never|has\s+also|had\s+also)\s+)*"
)
ACTOR_AFTER = re.compile(
    r"^(?:'s)?\s+" + AUXILIARY + r"(?:" + ACTOR_VERBS + r")\w*\b"
    r"|^\s+(?:is|are|was|were)\s+in\s+talks\b",
    re.IGNORECASE,
)
ACTOR_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:decision|position|government|officials?|forces|troops|military|army|support|"
    r"allies|ally|interests?|plans?|envoy|ambassador|foreign\s+ministry|response|stance|policy|"
    r"leaders?|leadership|regime|intervention|campaign|strategy)\b",
    re.IGNORECASE,
)
ACTOR_BEFORE = re.compile(
    r"\b(?:government|regime|authorities|officials|leadership|administration|embassy|"
    r"relations\s+between|ties\s+between|talks\s+between|envoy\s+to|ambassador\s+to)"
    r"\s+(?:in\s+)?(?:\w+\s+and\s+)?$",
    re.IGNORECASE,
)
PASSIVE_AFTER = re.compile(r"^\s+(?:is|are|was|were|has\s+been|had\s+been)\s+\w+(?:ed|en)\b", re.I)
# Words that may stand between a site and the place that locates it: "Khmeimim airbase, near
# Latakia", "the Hmeimim air base in Syria's coastal Latakia province".
LOCATOR_LINK = re.compile(
    r"^[\s,]*(?:(?:just\s+|some\s+)?(?:near|outside|in|at|of|close\s+to|north|south|east|west|"
    r"northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r"(?:ern)?\s+(?:of\s+)?)?(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:coastal\s+|northern\s+|southern\s+|"
    r"eastern\s+|western\s+|central\s+|rural\s+|northwestern\s+|northeastern\s+|"
    r"southwestern\s+|southeastern\s+)?$",
    re.IGNORECASE,
)
# Before a small village name we want a geographic preposition or noun.
GEO_BEFORE = re.compile(
    r"\b(?:in|near|at|from|to|outside|around|towards?|into|of|village|town|city|area|"
    r"countryside|district|between|and|via|through)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
GEO_AFTER = re.compile(r"^\s+(?:village|town|area|district|countryside)\b", re.IGNORECASE)
CAPITALISED_NEXT = re.compile(r"^\s+([A-Z][\w-]*)")
NAME_CONTINUATIONS = {
    "times",
    "post",
    "independent",
    "university",
    "club",
    "fc",
    "news",
    "herald",
    "tribune",
    "agency",
    "radio",
    "tv",
    "institute",
    "center",
    "centre",
    "group",
    "declaration",
    "format",
    "process",
    "talks",
    "accords",
    "accord",
    "protocol",
    "agreement",
    "conference",
    "summit",
    "pepper",
    "soap",
    "prize",
    "museum",
    "journal",
    "review",
    "gazette",
    "daily",
    "bureau",
}


@dataclass(frozen=True)
class Resolved:
    """A candidate resolved to one site, with its final span and role."""

    start: int
    end: int
    text: str
    site: Site
    role: str = "event"
    cue: frozenset[str] | None = None


def _country_prior(candidates, body: str) -> Counter:
    """Countries of the unambiguous candidates, weighted: what the document is about."""
    prior: Counter = Counter()
    for cand in candidates:
        countries = {s.country for s in cand.sites}
        if len(countries) == 1:
            prior[next(iter(countries))] += 1
    return prior


def _cue_for(body: str, start: int, end: int) -> tuple[frozenset[str] | None, int, int]:
    """Kinds selected by a cue phrase right after or before the name, and the widened span."""
    after = CUE_AFTER.match(body, end)
    if after:
        return CUES[after.group(1).lower()], start, after.end()
    window = body[max(0, start - 40) : start]
    before = CUE_BEFORE.search(window)
    if before:
        return CUES[before.group(1).lower()], start - (len(window) - before.start()), end
    return None, start, end


_FACILITIES: dict[int, list[Site]] = {}


def _nearest_facility(gazetteer, town: Site, kinds: frozenset[str]) -> Site | None:
    """The facility of those kinds closest to a town, within 30 km."""
    facilities = _FACILITIES.get(id(gazetteer))
    if facilities is None:
        facilities = [s for s in gazetteer.sites.values() if s.kind in FACILITY]
        _FACILITIES[id(gazetteer)] = facilities
    best, best_d = None, 30_000.0
    for site in facilities:
        if site.kind not in kinds or site.country != town.country:
            continue
        d = distance_m(town.lat, town.lon, site.lat, site.lon)
        if d < best_d:
            best, best_d = site, d
    return best


def _pick(sites, cue, prior: Counter, sentence_countries: set[str]) -> Site | None:
    """Choose among homonyms: cue kind, countries named nearby, document prior, population."""
    pool = [s for s in sites if s.kind not in NOT_ON_MAP] or list(sites)
    if cue:
        cued = [s for s in pool if s.kind in cue]
        if cued:
            pool = cued
    if len(pool) == 1:
        return pool[0]

    def score(site: Site) -> tuple:
        return (
            site.country in sentence_countries,
            prior.get(site.country, 0),
            site.kind in FACILITY or site.kind in ADMIN and bool(cue),
            site.kind == "capital",
            site.population,
        )

    return max(pool, key=score)


def is_actor(body: str, start: int, end: int, site: Site) -> bool:
    """Metonymy: "Moscow says", "Damascus's decision", "the government in Damascus"."""
    after = body[end : end + 60]
    if PASSIVE_AFTER.match(after):
        return False
    if ACTOR_AFTER.match(after) or ACTOR_POSSESSIVE.match(after):
        return site.kind in {"capital", "country", "city", "governorate"} or site.kind in POPULATED
    return bool(ACTOR_BEFORE.search(body[max(0, start - 40) : start]))


def is_part_of_name(body: str, end: int, cue: frozenset[str] | None) -> bool:
    """'the Moscow Times', 'Aleppo University': the place is part of an organisation's name."""
    if cue:
        return False
    nxt = CAPITALISED_NEXT.match(body[end : end + 40])
    return bool(nxt) and nxt.group(1).lower() in NAME_CONTINUATIONS


def _needs_geo_context(site: Site) -> bool:
    return site.kind == "village" or (site.kind == "town" and site.population < 5000)


def resolve_candidates(
    body: str, candidates, gazetteer, sentence_of, language: str = "en"
) -> list[Resolved]:
    """Resolve every candidate to at most one site; drop actors, names and unlikely villages."""
    prior = _country_prior(candidates, body)
    english = language == "en"
    countries_by_sentence: dict[int, set[str]] = {}
    for cand in candidates:
        for site in cand.sites:
            if site.kind == "country" and len(cand.sites) == 1:
                countries_by_sentence.setdefault(sentence_of(cand.start).index, set()).add(
                    site.country
                )
    sense: dict[str, Site] = {}  # one sense per document, keyed by folded surface
    out: list[Resolved] = []
    for cand in candidates:
        cue, start, end = _cue_for(body, cand.start, cand.end)
        countries = countries_by_sentence.get(sentence_of(cand.start).index, set())
        key = cand.surface.lower()
        site = _pick(cand.sites, cue, prior, countries)
        if site is None:
            continue
        if cue is None and key in sense and sense[key] in cand.sites:
            site = sense[key]
        if cue and site.kind not in cue and site.kind in POPULATED:
            facility = _nearest_facility(gazetteer, site, cue)
            if facility is not None:
                site = facility
        if cue and site.kind not in cue:
            start, end = cand.start, cand.end  # the cue did not apply: keep the bare name
        if site.kind in NOT_ON_MAP:
            continue
        if is_part_of_name(body, cand.end, cue) or is_actor(body, cand.start, end, site):
            continue
        if (
            english
            and site.kind in {"sea_area", "region"}
            and not DEFINITE_BEFORE.search(body[max(0, start - 30) : start])
        ):
            continue  # "Russia's only Mediterranean repair hub": an adjective, not the sea
        if (
            _needs_geo_context(site)
            and not cue
            and not (
                GEO_BEFORE.search(body[max(0, start - 20) : start]) or GEO_AFTER.match(body[end:])
            )
        ):
            continue
        if cue is None:
            sense.setdefault(key, site)
        out.append(Resolved(start, end, body[start:end], site, "event", cue))
    return mark_locators(body, out)


def mark_locators(body: str, mentions: list[Resolved]) -> list[Resolved]:
    """A place that only says where the previous site is ("near Latakia") is a locator."""
    out: list[Resolved] = []
    for i, m in enumerate(mentions):
        if i > 0:
            prev = mentions[i - 1]
            between = body[prev.end : m.start]
            wider = m.site.kind in ADMIN or m.site.kind in POPULATED
            if (
                len(between) <= 40
                and "\n" not in between
                and LOCATOR_LINK.match(between)
                and wider
                and prev.site.site_id != m.site.site_id
                and (
                    prev.site.kind in FACILITY
                    or prev.site.kind in POPULATED
                    and m.site.kind in ADMIN
                )
            ):
                m = replace(m, role="locator")
        out.append(m)
    return out
