"""Choose among homonyms: the countries named near a name, the report's other places, the
cue word, and whether a site abroad with a shared name is near anything the report names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from geo.fold import fold
from geo.geodesy import distance_m
from reportmap.kinds import ADMIN, FACILITY, NOT_ON_MAP, PART_OF_CITY
from reportmap.metonymy import FOCUS_COUNTRY
from reportmap.model import Site

# "Homs, Libya", "Hama in central Japan"; not "against the United States … in Damascus"
NEAR_COUNTRY = 80
# "arrivés par la Libye, après avoir fui les combats à Homs": a country before a comma and a
# clause of another time or place is not where the name lies
_NEW_CLAUSE = re.compile(
    r",\s+(?:après|avant|pendant|tandis|after|before|while|when|whereas|después|antes|mientras|"
    r"dopo|prima|mentre|depois|enquanto|während|bevor|nachdem)\b", re.IGNORECASE)
OWNER_GAP = re.compile(r"['’]s? ")  # "Iraq's Sinjar", "Syria' s"


def countries_near(named, start: int, end: int, sentence_of, body: str) -> set[str]:
    """Countries named in the same sentence close to the name, or heading it ("LIBYA: …").

    A country that owns the name ("Iraq's Sinjar region") outranks the others nearby."""
    sentence = sentence_of(start)
    owner = {
        country for c_start, c_end, country in named
        if 0 < start - c_end <= 3 and OWNER_GAP.fullmatch(body[c_end:start])
    }
    if owner:
        return owner
    return {
        country
        for c_start, c_end, country in named
        if sentence_of(c_start).index == sentence.index
        and (0 <= start - c_end <= NEAR_COUNTRY and not _NEW_CLAUSE.search(body, c_end, start)
             or 0 <= c_start - end <= NEAR_COUNTRY
             or c_start - sentence.start <= 3)
    }


def named_side(sites, surface: str) -> list:
    """Of a crossing's two sides, the one whose own name was written: "Cilvegözü" is the Turkish
    gate, though the Syrian Bab al-Hawa also answers to it."""
    if len(sites) < 2 or any(s.kind != "border_crossing" for s in sites):
        return list(sites)
    written = fold(surface)
    own = [s for s in sites if fold(s.name).startswith(written)]
    return own if len(own) == 1 else list(sites)


def pick(
    sites, cue, prior: Counter, sentence_countries: set[str],
    anchors: tuple[Site, ...] = (),
) -> Site | None:
    """Choose among homonyms: cue kind, countries named nearby, document prior, nearness to
    the report's other places, population."""
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
            # "Mazraa" in a Damascus story: the district; "Нейраб" beside Saraqib and Idlib: the
            # town, not the air base at Aleppo
            near_count(site, anchors),
            site.kind in FACILITY or site.kind in ADMIN and bool(cue),
            site.kind == "capital",
            site.country == FOCUS_COUNTRY,  # with nothing else to go on: the region it serves
            site.population,
        )

    best = max(pool, key=score)
    big = max(pool, key=lambda s: s.population)
    if (
        best.country not in sentence_countries
        and big.population >= max(BIG_HOMONYM_MIN_POP, BIG_HOMONYM_RATIO * best.population)
        and not near_count(best, anchors, SUPPORT_M)
        and (not anchors or near_count(big, anchors, REGION_M))
    ):
        # "Saïda" with no place near it in the text: the city of 200,000 next door (Sidon),
        # not the village of the same name in the document's country; never a city far away
        # from the report's places (Mansoura in Egypt for a Mansura by Raqqa)
        return big
    return best


# A homonym this many times as populous, and at least this large, wins over a place the text
# gives no support to (no place within SUPPORT_M) when it lies within REGION_M of the
# report's places.
BIG_HOMONYM_RATIO = 20
BIG_HOMONYM_MIN_POP = 100_000
SUPPORT_M = 30_000
REGION_M = 250_000
NEAR_ANCHOR_M = 15_000
AREAS = ADMIN | NOT_ON_MAP | {"sea_area"}


def near_count(site: Site, anchors: Iterable[Site], within_m: float = NEAR_ANCHOR_M) -> int:
    """How many of the report's other places lie within `within_m` of a site."""
    return sum(
        a.site_id != site.site_id and distance_m(a.lat, a.lon, site.lat, site.lon) <= within_m
        for a in anchors
    )


def anchors_of(candidates, home: str | None) -> tuple[Site, ...]:
    """The places the report names without doubt, once per mention: candidates with one site
    in the report's main country that is a point, not an area ("Aleppo": the city, whatever
    the governorate)."""
    found = []
    for cand in candidates:
        sites = [s for s in cand.sites if s.country == home and s.kind not in AREAS]
        if len(sites) == 1:
            found.append(sites[0])
    return tuple(found)


# "Midan in Aleppo", "Midan, Aleppo", "le quartier de Midan à Alep": the place that holds it.
_HELD_IN = re.compile(r"\s*(?:,|in|of|at|à|en|de|im|in\s+der|в|во|di|a|em|na|no|في|ب)\s*", re.I)
HELD_IN_M = 30_000


def held_in(candidates, i: int, body: str) -> Site | None:
    """The one place a name is said to lie in, named right after it."""
    cand = candidates[i]
    if i + 1 >= len(candidates) or not _HELD_IN.fullmatch(body[cand.end : candidates[i + 1].start]):
        return None
    after = [s for s in candidates[i + 1].sites if s.kind not in NOT_ON_MAP]
    return after[0] if len(after) == 1 else None


def near_holder(sites, holder: Site | None) -> list[Site]:
    """The homonyms that lie within HELD_IN_M of the place the text puts them in, or in the
    country of the region or province it puts them in ("شبعا في جنوب لبنان")."""
    if holder is None:
        return []
    if holder.kind in ADMIN:
        return [s for s in sites if s.site_id != holder.site_id and s.country == holder.country]
    return [s for s in sites if s.site_id != holder.site_id
            and distance_m(s.lat, s.lon, holder.lat, holder.lon) <= HELD_IN_M]


def shared_name(site: Site) -> bool:
    """A square or quarter whose name many cities share: "Martyrs' Square (Beirut)"."""
    return (site.kind == "landmark" or site.kind in PART_OF_CITY) and site.name.endswith(")")


def city_named(site: Site, candidates) -> bool:
    """Whether the report names another place within NEAR_ANCHOR_M of a site."""
    return near_count(site, (other for cand in candidates for other in cand.sites)) > 0
