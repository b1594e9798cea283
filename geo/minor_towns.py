"""Towns abroad below the main population thresholds, kept as `minor` sites.

Reports follow refugees, trials and talks into towns far from Syria (Calw, Gevgelija,
Marbella). Such a town enters the gazetteer with its Latin and Cyrillic names only (GeoNames'
Arabic alternates of foreign towns are often common words: "جينا" for Jena) and is flagged
`minor`: extraction takes it only where the report names its country or another of its
places, and never through a guessed spelling or a frequent word.
"""

from __future__ import annotations

import re

from geo.fold import fold, script_of
from geo.geodesy import distance_m

# Cities this large anywhere, and towns this large in Europe (the migrants' routes, the
# trials and the talks), where the main thresholds left them out.
MINOR_WORLD_MIN_POP = 100_000
MINOR_EUROPE_MIN_POP = 5_000
MINOR_MAX_ALIASES = 12
# Syria's neighbours and the wider theatre: every GeoNames place, whatever its size (al-Dawr,
# Dibis and Muwaqqar are news for a day; GeoNames gives many of them no population). Not
# Turkey: its thousands of villages are Turkish words and surnames first ("Kardeşler", "Soylu").
THEATRE = frozenset({"IQ", "LB", "JO", "IL", "PS", "CY"})
# A place already held (from Wikipedia, without its GeoNames id) this close is the same place.
SAME_PLACE_M = 3_000


def minor_wanted(city: dict, europe: frozenset[str]) -> bool:
    """Whether a GeoNames city is large enough to be a minor site."""
    pop = city["population"]
    return pop >= MINOR_WORLD_MIN_POP or city["countrycode"] in THEATRE or (
        city["countrycode"] in europe and pop >= MINOR_EUROPE_MIN_POP
    )


# GeoNames writes the Arabic article as pronounced: "Al Muwaqqar", "Ad Dawr", "Ash Shaykh"
# (in the Arab countries; "El Alto" is no "Alto").
ARABIC_ARTICLE = frozenset({"IQ", "LB", "JO", "PS", "IL", "SA", "EG", "LY", "TN", "DZ", "MA",
                            "YE", "KW", "QA", "BH", "AE", "OM", "SD"})
_ARTICLE = re.compile(r"^(?:A[lrdstzn]|Ash|Ath|Adh|El)[ -](?=[A-Z])")


def without_article(name: str) -> list[str]:
    """"Al Muwaqqar" is also written "Muwaqqar" and "al-Muwaqqar"."""
    bare = _ARTICLE.sub("", name)
    return [] if bare == name or len(bare) < 4 else [bare, "al-" + bare]


def add_minor_towns(builder, cities: dict[str, dict], countries: dict[str, dict]) -> int:
    """Add every wanted city not yet in the gazetteer as a minor site; the number added."""
    europe = frozenset(cc for cc, c in countries.items() if c.get("continentcode") == "EU")
    ordered = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    added = 0
    held: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for entry in builder.entries.values():
        held.setdefault((entry.country, fold(entry.name)), []).append((entry.lat, entry.lon))
    for city in ordered:
        if (int(city["geonameid"]) in builder.used_geonames or city["countrycode"] == "SY"
                or not minor_wanted(city, europe)):
            continue
        if any(distance_m(city["latitude"], city["longitude"], lat, lon) < SAME_PLACE_M
               for lat, lon in held.get((city["countrycode"], fold(city["name"])), ())):
            continue  # "Halba" from Wikipedia is GeoNames' Halba
        entry = builder.add_city(city, limit=MINOR_MAX_ALIASES)
        entry.aliases = [a for a in entry.aliases if script_of(a) != "arabic"]
        if city["countrycode"] in ARABIC_ARTICLE:
            entry.add_aliases(without_article(entry.name))
        entry.minor = True
        added += 1
    return added
