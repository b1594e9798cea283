"""Towns abroad below the main population thresholds, kept as `minor` sites.

Reports follow refugees, trials and talks into towns far from Syria (Calw, Gevgelija,
Marbella). Such a town enters the gazetteer with its Latin and Cyrillic names only (GeoNames'
Arabic alternates of foreign towns are often common words: "جينا" for Jena) and is flagged
`minor`: extraction takes it only where the report names its country or another of its
places, and never through a guessed spelling or a frequent word.
"""

from __future__ import annotations

from geo.fold import script_of

# Cities this large anywhere, and towns this large in Europe (the migrants' routes, the
# trials and the talks), where the main thresholds left them out.
MINOR_WORLD_MIN_POP = 100_000
MINOR_EUROPE_MIN_POP = 15_000
MINOR_MAX_ALIASES = 12


def minor_wanted(city: dict, europe: frozenset[str]) -> bool:
    """Whether a GeoNames city is large enough to be a minor site."""
    pop = city["population"]
    return pop >= MINOR_WORLD_MIN_POP or (
        city["countrycode"] in europe and pop >= MINOR_EUROPE_MIN_POP
    )


def add_minor_towns(builder, cities: dict[str, dict], countries: dict[str, dict]) -> int:
    """Add every wanted city not yet in the gazetteer as a minor site; the number added."""
    europe = frozenset(cc for cc, c in countries.items() if c.get("continentcode") == "EU")
    ordered = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    added = 0
    for city in ordered:
        if (int(city["geonameid"]) in builder.used_geonames or city["countrycode"] == "SY"
                or not minor_wanted(city, europe)):
            continue
        entry = builder.add_city(city, limit=MINOR_MAX_ALIASES)
        entry.aliases = [a for a in entry.aliases if script_of(a) != "arabic"]
        entry.minor = True
        added += 1
    return added
