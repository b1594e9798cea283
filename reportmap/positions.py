"""Derived positions: "about 13 kilometers off the coast", "25km south of Latakia", "offshore"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import geodesy
from reportmap import positions_intl
from reportmap.errors import GazetteerError
from reportmap.kinds import POPULATED
from reportmap.model import Site
from reportmap.resolve import Resolved

HEDGES = (
    r"(?:about|around|some|roughly|approximately|nearly|almost|more\s+than|less\s+than|"
    r"over|under|up\s+to|at\s+least|just|only|an\s+estimated)"
)
DISTANCE = (
    r"(?P<hedge>"
    + HEDGES
    + r"\s+)?(?P<num>\d+(?:[.,]\d+)?|"
    + "|".join(sorted(positions_intl.ENGLISH_NUMBER_WORDS, key=len, reverse=True))
    + r")[\s-]*(?P<unit>nautical\s+miles?|km|kilomet(?:er|re)s?|miles?|mi|nm|met(?:er|re)s?|m)\b"
)
COMPASS = (
    r"(?P<dir>north|south|east|west|north-?east|north-?west|south-?east|south-?west|"
    r"northeast|northwest|southeast|southwest)(?:ern)?"
)
DISTANCE_BEARING = re.compile(
    DISTANCE + r"\s+(?:to\s+the\s+)?" + COMPASS + r"\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
OFF_COAST = re.compile(
    r"(?:" + DISTANCE + r"\s+)?(?:off(?:shore)?\s+(?:of\s+)?the\s+(?:(?P<side>(?:north|south)?-?"
    r"(?:east|west)|north|south)(?:ern)?\s+|\w+\s+)?coast|offshore|off)"
    r"(?:\s+(?:of|from|near))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
BARE_OFFSHORE = re.compile(
    r"(?:" + DISTANCE + r"\s+)?(?:off\s+(?:the\s+)?(?:syrian\s+)?coast(?:line)?|offshore)\b"
    r"(?!\s+(?:of|from|near)\b)",
    re.IGNORECASE,
)
# "over the Mediterranean, west of Lattakia", "depuis la Méditerranée, à l'ouest de Lattaquié":
# a sea named just before a bearing from a coastal place puts the point offshore of it.
SEA_BEARING = re.compile(
    r"^[\s,]+(?P<phrase>(?:à\s+l['’]|(?:just|some|to\s+the|al)\s+)?(?P<dir>(?:north|south)?-?(?:east|west)|"
    r"north|south|(?:nord|sud)?-?(?:est|ouest)|nord|sud|(?:nor|sur)?(?:este|oeste)|norte|sur|"
    r"(?:nord|süd)?(?:west|ost)lich|nördlich|südlich)(?:ern)?\s+(?:of|de|du|des|d['’]|del|von)"
    r"\s*(?:the\s+|la\s+|le\s+)?)$",
    re.IGNORECASE,
)
# "Sueida, situada a unos 100 km al sur", "Madaya lies in the mountains about 40 km": the
# distance locates the subject, a place told before.
LOCATIVE_VERB = re.compile(
    r"(?:\b(?:situad[oa]s?|située?s?|se\s+trouve(?:nt)?|se\s+encuentra(?:n)?|ubicad[oa]s?|"
    r"localizad[oa]s?|situat[oa]|si\s+trova(?:no)?|fica(?:m)?|liegt|liegen|lies|lie|sits|"
    r"located|situated|расположен\w*|находится|находятся)|(?:^|\s)(?:تقع|يقع))"
    r"(?:[\s,]+[\w'’-]+){0,4}?[\s,]*$",
    re.IGNORECASE,
)
# An unknown name ends just before the comma (not the sentence's first word).
NAME_BEFORE_COMMA = re.compile(r"\w[\s(]+(?-i:[A-ZÀ-ÞА-ЯЁ])[\w'’-]+[,،]\s*$")
# Turkish puts the located place after the phrase: "… güneydoğusundaki Cilvegözü Sınır Kapısı".
NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÇĞİÖŞÜÀ-Þ])")
# An "about" word before a phrase that does not hold it: "Вади-Барада, примерно в 20 км к …".
HEDGE_BEFORE = re.compile(
    r"(?<!\w)(?:примерно|около|приблизительно|почти|about|some|around|roughly|nearly|"
    r"approximately|environ|etwa|rund|ungefähr|circa|unos|unas|aproximadamente|cerca\s+de|"
    r"حوالي|نحو|قرابة|yaklaşık)\s+$",
    re.IGNORECASE,
)
DEFAULT_OFFSHORE_M = 10_000.0
COAST_REACH_M = 25_000.0


@dataclass(frozen=True)
class Derived:
    """A position computed from an anchor site."""

    start: int
    end: int
    text: str
    site: Site  # a synthetic site: offshore:<anchor> or near:<anchor>:<dir>:<km>
    anchor: Site
    precision_m: float


def _uncertainty(distance: float | None, hedged: bool, anchor_precision: float) -> float:
    if distance is None:
        return DEFAULT_OFFSHORE_M + anchor_precision
    share = 0.3 if hedged else 0.15
    return max(1500.0, distance * share) + anchor_precision


_TOWNS: dict[int, list[Site]] = {}


def _town_of(anchor: Site, gazetteer) -> Site:
    """Offshore positions hang off the town (Tartus), whatever facility named it."""
    if anchor.kind in POPULATED:
        return anchor
    towns = _TOWNS.get(id(gazetteer))
    if towns is None:
        towns = [
            s
            for s in gazetteer.sites.values()
            if s.kind in {"city", "capital"} or (s.kind == "town" and s.population >= 10_000)
        ]
        _TOWNS[id(gazetteer)] = towns
    best, best_d = anchor, 15_000.0
    for site in towns:
        if abs(site.lat - anchor.lat) > 0.2 or abs(site.lon - anchor.lon) > 0.2:
            continue
        d = geodesy.distance_m(anchor.lat, anchor.lon, site.lat, site.lon)
        if d < best_d:
            best, best_d = site, d
    return best


def is_coastal(site: Site) -> bool:
    """Whether the sea lies within reach of the site; False far inland (no sea within 512 km)."""
    try:
        bearing = geodesy.seaward_bearing(site.lat, site.lon)
    except GazetteerError:
        return False
    lat, lon = geodesy.offset(site.lat, site.lon, bearing, COAST_REACH_M)
    return geodesy.is_at_sea(lat, lon)


def offshore_site(anchor: Site, distance: float | None, hedged: bool, gazetteer,
                  side: tuple[float, float] | None = None) -> tuple:
    """The synthetic site and point for a position off the coast of `anchor`; `side` (bearing,
    metres to the shore along it) for a named side of the coast ("off the north coast of")."""
    town = _town_of(anchor, gazetteer)
    bearing, shore = side or (geodesy.seaward_bearing(anchor.lat, anchor.lon), 0.0)
    lat, lon = geodesy.offset(anchor.lat, anchor.lon, bearing,
                              shore + (distance or DEFAULT_OFFSHORE_M))
    site = Site(
        site_id=f"offshore:{town.site_id}",
        name=f"Offshore {town.name}",
        kind="offshore",
        lat=lat,
        lon=lon,
        country=town.country,
        source=f"derived from {anchor.source}",
    )
    return site, town, _uncertainty(distance, hedged, 500.0)


def find_derived(
    body: str, mentions: list[Resolved], sentence_of, gazetteer, language: str = "en"
) -> tuple[list[Derived], set[tuple[int, int]]]:
    """Positions described relative to a named site, and the spans of names that only locate.

    "its air base 25km south of Latakia": the air base is a known site, Latakia a locator.
    "a village 30 km east of Homs", "à 30 km au nord d'Alep": a derived point; the town a locator.
    """
    language = (language or "en").lower()[:2]
    derived: list[Derived] = []
    locators: set[tuple[int, int]] = set()
    for m in mentions:
        before = body[max(0, m.start - 80) : m.start]
        bearing_match = DISTANCE_BEARING.search(before) or _first(
            positions_intl.BEARING_BEFORE, language, before
        )
        after_match = None if bearing_match else _first(
            positions_intl.BEARING_AFTER, language, body[m.end : m.end + 80]
        )
        if bearing_match or after_match:
            match = bearing_match or after_match
            start = m.start - (len(before) - match.start()) if bearing_match else m.start
            end = m.end if bearing_match else m.end + match.end()
            distance = positions_intl.distance_m(match)
            bearing = geodesy.compass_bearing(positions_intl.direction(match) or "")
            if distance and bearing is not None:
                locators.add((m.start, m.end))
            if after_match:  # the anchor leads: a name after the phrase is its head
                headless = not NAME_AFTER.match(body, end) and not (
                    positions_intl.LOCATED_AFTER.match(body, end)
                )
            else:
                headless = not _has_head(body, start, mentions, sentence_of)
            if distance and bearing is not None and headless:
                hedged = bool(match.group("hedge"))
                derived.append(_near(body, start, end, m.site, distance, bearing, hedged))
            continue
        near = _first(positions_intl.DISTANCE_FROM, language, before)
        distance = positions_intl.distance_m(near) if near else None
        start = m.start - (len(before) - near.start()) if near else m.start
        if distance and not _has_head(body, start, mentions, sentence_of):
            hedged = bool(near.group("hedge"))
            derived.append(_near(body, start, m.end, m.site, distance, None, hedged))
            continue
        off = OFF_COAST.search(before) or _first(positions_intl.OFF_COAST_BEFORE, language, before)
        off_after = None if off else _first(
            positions_intl.OFF_COAST_AFTER, language, body[m.end : m.end + 60]
        )
        match = off or off_after
        side = _coast_side(m.site, match) if match else None
        if match and (side is not None or is_coastal(m.site)):
            start = m.start - (len(before) - off.start()) if off else m.start
            end = m.end if off else m.end + off_after.end()
            distance = positions_intl.distance_m(match)
            site, town, precision = offshore_site(
                m.site, distance, bool(match.groupdict().get("hedge")), gazetteer, side
            )
            derived.append(Derived(start, end, body[start:end], site, town, precision))
    derived.extend(_sea_bearings(body, mentions, derived, gazetteer))
    taken = [(d.start, d.end) for d in derived]
    for match in BARE_OFFSHORE.finditer(body):
        if any(a <= match.start() < b for a, b in taken):
            continue
        anchor = _coastal_antecedent(match.start(), mentions, sentence_of)
        if anchor is None:
            continue
        distance = positions_intl.distance_m(match)
        site, town, precision = offshore_site(
            anchor, distance, bool(match.group("hedge")), gazetteer
        )
        derived.append(Derived(match.start(), match.end(), match.group(), site, town, precision))
    locators.update(
        (m.start, m.end) for m in mentions for d in derived if d.start <= m.start < d.end
    )
    return sorted(derived, key=lambda d: d.start), locators


def _coast_side(anchor: Site, match: re.Match) -> tuple[float, float] | None:
    """(bearing, metres to the shore) for "off the north coast of Lesbos": the island's north
    shore, wherever the open sea lies; None when no side is named or no shore is that way."""
    bearing = geodesy.compass_bearing(positions_intl.coast_side(match) or "")
    if bearing is None:
        return None
    shore = geodesy.shore_along(anchor.lat, anchor.lon, bearing)
    return None if shore is None else (bearing, shore)


def _first(table: dict[str, re.Pattern], language: str, text: str) -> re.Match | None:
    """The first pattern of the language's table that matches `text`."""
    for pattern in positions_intl.patterns_for(table, language):
        found = pattern.search(text)
        if found:
            return found
    return None


_COMPASS_NAMES = ("north", "northeast", "east", "southeast", "south", "southwest", "west",
                  "northwest")


def _near(body: str, start: int, end: int, anchor: Site, distance: float,
          bearing: float | None, hedged: bool) -> Derived:
    """A point `distance` from the anchor on `bearing`; with no bearing, the anchor itself
    with the distance added to its uncertainty ("a pocos kilómetros del paso")."""
    km = round(distance / 1000)
    if bearing is None:
        lat, lon = anchor.lat, anchor.lon
        site_id, name = f"near:{anchor.site_id}:{km}km", f"{km} km from {anchor.name}"
        precision = _uncertainty(distance, hedged, 1000.0) + distance
    else:
        lat, lon = geodesy.offset(anchor.lat, anchor.lon, bearing, distance)
        word = _COMPASS_NAMES[round(bearing / 45.0) % 8]
        site_id = f"near:{anchor.site_id}:{word}:{km}km"
        name = f"{km} km {word} of {anchor.name}"
        precision = _uncertainty(distance, hedged, 1000.0)
    site = Site(
        site_id=site_id, name=name, kind="derived", lat=lat, lon=lon, country=anchor.country,
        source=f"derived from {anchor.source}",
    )
    return Derived(start, end, body[start:end], site, anchor, precision)


def _sea_bearings(body: str, mentions: list[Resolved], derived: list[Derived], gazetteer):
    """'the Mediterranean, west of Lattakia': offshore of the coastal place after the sea."""
    out = []
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if prev.site.kind != "sea_area" or m.site.kind == "sea_area":
            continue
        match = SEA_BEARING.match(body[prev.end : m.start])
        if not match or any(d.start <= m.start < d.end for d in derived) or not is_coastal(m.site):
            continue
        start = prev.end + match.start("phrase")
        site, town, precision = offshore_site(m.site, None, True, gazetteer)
        out.append(Derived(start, m.end, body[start : m.end], site, town, precision))
    return out


def _has_head(body: str, start: int, mentions: list[Resolved], sentence_of=None) -> bool:
    """Whether the distance phrase locates a place told before it rather than a new point.

    A named or referenced site stands right before it ("the air base, 25km south of Latakia");
    a verb of lying follows the place ("Madaya lies about 40 km north-west of Damascus"); or
    it stands after a comma with a place named earlier in the sentence ("l'ancien bastion
    rebelle, à une dizaine de kilomètres de la capitale").
    """
    hedge = HEDGE_BEFORE.search(body, max(0, start - 24), start)
    if hedge:
        start = hedge.start()
    if any(0 <= start - m.end <= 3 for m in mentions):
        return True
    if LOCATIVE_VERB.search(body, max(0, start - 48), start):
        return True
    if sentence_of is None or not body[:start].rstrip().endswith((",", "،")):
        return False
    if NAME_BEFORE_COMMA.search(body, max(0, start - 40), start):
        return True  # "от населённого пункта Трумба, в 2 км западнее Серакиба
    sentence = sentence_of.at(start)
    return any(sentence.start <= m.start and m.end <= start for m in mentions)


def _coastal_antecedent(offset: int, mentions: list[Resolved], sentence_of) -> Site | None:
    """The coastal site in this sentence, else in the previous two; None if unclear."""
    here = sentence_of.at(offset).index
    for back in range(0, 3):
        sites = {
            m.site.site_id: m.site
            for m in mentions
            if sentence_of.at(m.start).index == here - back
            and (back > 0 or m.start < offset)
            and m.role != "locator"
            and is_coastal(m.site)
        }
        if len(sites) == 1:
            return next(iter(sites.values()))
        if sites:
            return None
    return None
