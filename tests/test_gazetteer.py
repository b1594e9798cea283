"""The gazetteer data, its loader, its build helpers and the geodesy built on it."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from geo import build_gazetteer as build
from geo.fold import fold
from geo.gazetteer import DEFAULT_PATH, Gazetteer, load_gazetteer, read_sites, read_stoplist
from geo.geodesy import (
    COMPASS,
    bearing,
    compass_bearing,
    distance_m,
    is_at_sea,
    offset,
    seaward_bearing,
)
from reportmap.errors import GazetteerError

KINDS = {"air_base", "naval_base", "military_base", "port", "airport", "city", "town", "village",
         "governorate", "region", "sea_area", "country", "capital", "landmark", "border_crossing",
         "dam", "oil_field", "prison", "camp", "neighbourhood", "province", "observation_post"}

# Every alias the task names → the site it must resolve to (first site of the lookup).
ALIASES = {
    "sy-hmeimim-air-base": ["Hmeimim", "Khmeimim", "Hmeymim", "Humaymim", "Hmeimim airbase",
                            "Hmeimim Air Base", "Hmeimim airport", "Khmeimim base", "Хмеймим",
                            "حميميم"],
    "sy-tartus-naval-base": ["Tartus naval base", "naval base at Tartus",
                             "naval facilities at Tartus", "Tartous naval base"],
    "sy-tartus": ["Tartus", "Tartous", "Ṭarṭūs", "Tortosa", "Тартус", "طرطوس"],
    "sy-tartus-port": ["Tartus port", "port of Tartus"],
    "sy-kobane": ["Kobane", "Kobani", "Ayn al-Arab", "Ain al-Arab", "Kobanî"],
    "sy-qamishli": ["Qamishli", "Al-Qamishli", "Kamishli", "Qamishlo"],
    "sy-latakia": ["Latakia", "Lattakia", "Al-Ladhiqiyah", "Laodicea"],
    "sy-deir-ez-zor": ["Deir ez-Zor", "Deir al-Zour", "Dayr az-Zawr"],
    "sy-raqqa": ["Raqqa", "Al-Raqqah", "Rakka"],
    "sy-manbij": ["Manbij", "Menbij", "Minbij"],
    "sy-aleppo": ["Aleppo", "Halab"],
    "sy-homs": ["Homs", "Hims"],
    "sy-hama": ["Hama", "Hamah"],
    "sy-idlib": ["Idlib", "Idleb"],
    "sy-daraa": ["Daraa", "Deraa", "Dar'a"],
    "sy-palmyra": ["Palmyra", "Tadmur"],
    "sy-hasakah": ["Hasakah", "Al-Hasakah", "Hasaka"],
    "sy-jableh": ["Jableh", "Jablah"],
    "sy-baniyas": ["Baniyas", "Banias"],
    "sy-abu-kamal": ["Abu Kamal", "Al-Bukamal"],
    "sy-tal-abyad": ["Tal Abyad", "Tell Abyad", "Girê Spî"],
    "sy-ras-al-ain": ["Ras al-Ain", "Serêkaniyê"],
    "sy-afrin": ["Afrin"], "sy-azaz": ["Azaz"], "sy-jarabulus": ["Jarabulus"],
    "sy-douma": ["Douma"], "sy-ghouta": ["Ghouta"], "sy-damascus": ["Damascus", "Дамаск", "دمشق"],
    "sy-qamishli-airport": ["Qamishli airport"],
    "sy-al-tanf-garrison": ["Al-Tanf", "al-Tanf garrison"],
    "sy-t4-air-base": ["T4", "Tiyas", "T4 airbase"],
    "sy-kuweires-air-base": ["Kuweires"], "sy-shayrat-air-base": ["Shayrat"],
    "sy-mezzeh-air-base": ["Mezzeh military airport", "Mezzeh airbase"],
    "sy-dumayr-air-base": ["Al-Dumayr airbase"], "sy-hama-air-base": ["Hama military airport"],
    "sy-nayrab-air-base": ["Nayrab"], "sy-aleppo-airport": ["Aleppo airport"],
    "sy-abu-al-duhur-air-base": ["Abu al-Duhur airbase"], "sy-menagh-air-base": ["Menagh"],
    "sy-taftanaz-air-base": ["Taftanaz airbase"],
    "sy-damascus-airport": ["Damascus International Airport"],
    "sy-latakia-port": ["Latakia port"], "sy-deir-ez-zor-airport": ["Deir ez-Zor airport"],
    "sy-tabqa-air-base": ["Tabqa airbase"], "sy-conoco-gas-field": ["Conoco gas field"],
    "sy-al-omar-oil-field": ["al-Omar oil field"], "sy-sednaya-prison": ["Sednaya prison"],
    "sy-bab-al-hawa-crossing": ["Bab al-Hawa"], "sy-bab-al-salameh-crossing": ["Bab al-Salameh"],
    "sy-nasib-crossing": ["Nasib crossing"], "sy-tishrin-dam": ["Tishrin Dam"],
    "sy-tabqa-dam": ["Tabqa Dam"], "sy-golan-heights": ["Golan Heights"],
    "sy-gov-latakia": ["Latakia province", "Latakia Governorate"],
    "sy-gov-rif-dimashq": ["Rif Dimashq"],
    "sea-eastern-mediterranean": ["eastern Mediterranean"],
}
GOVERNORATES = ["latakia", "tartus", "idlib", "aleppo", "hama", "homs", "deir-ez-zor", "raqqa",
                "hasakah", "daraa", "suwayda", "quneitra", "rif-dimashq", "damascus"]


# --- the data file -------------------------------------------------------------------------------

def test_file_shape() -> None:
    assert DEFAULT_PATH.stat().st_size < 6_000_000
    with DEFAULT_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == build.GAZETTEER_COLUMNS
    ids = [r["site_id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["kind"] in KINDS, row
        assert row["source"].startswith(("wikipedia:", "geonames:")), row
        assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        assert row["site_id"] == row["site_id"].lower() and " " not in row["site_id"]


def test_load_is_fast_and_cached() -> None:
    started = time.perf_counter()
    fresh = Gazetteer(read_sites(DEFAULT_PATH), read_stoplist())
    # 2.9-3.1 s on the 2-core dev container (16,400 sites, 124,000 aliases; measured in session
    # 43); the bound is for a gross regression such as spellings regenerated at load, not for a
    # busy CI machine, so it sits well above that
    assert time.perf_counter() - started < 8.0
    assert len(fresh.sites) > 2000
    assert load_gazetteer() is load_gazetteer()


def test_a_stop_phrase_with_a_sharp_s_hides_its_name() -> None:
    """"Homs-Straße" in a German street name: the stop phrase is matched as written."""
    stopped = Gazetteer(read_sites(DEFAULT_PATH), frozenset({"homs straße"}))
    assert not [c for c in stopped.find("Sie wohnt in der Homs-Straße.") if c.sites]
    assert [c for c in stopped.find("Sie wohnt in Homs.") if c.sites]


@pytest.mark.parametrize("site_id, aliases", sorted(ALIASES.items()))
def test_task_aliases_resolve(gaz: Gazetteer, site_id: str, aliases: list[str]) -> None:
    for alias in aliases:
        sites = gaz.lookup(alias)
        assert sites and sites[0].site_id == site_id, (alias, [s.site_id for s in sites])
        cands = gaz.find(f"Reports from {alias}, they said.")
        assert [c.sites[0].site_id for c in cands] == [site_id], alias


def test_governorates(gaz: Gazetteer) -> None:
    for slug in GOVERNORATES:
        site = gaz.get(f"sy-gov-{slug}")
        assert site.kind == "governorate" and site.country == "SY"
    assert sum(s.kind == "governorate" for s in gaz.sites.values()) == 14


def test_not_syria(gaz: Gazetteer) -> None:
    for name, site_id in [("Moscow", "ru-moscow"), ("Algeria", "dz-algeria"),
                          ("Beirut", "lb-beirut"), ("Ankara", "tr-ankara")]:
        site = gaz.lookup(name)[0]
        assert site.site_id == site_id and site.country != "SY"
    assert any(s.country == "LY" for s in gaz.lookup("Homs"))
    assert gaz.get("ru-moscow").kind == "capital"
    assert gaz.get("dz-algeria").kind == "country"


def test_key_coordinates(gaz: Gazetteer) -> None:
    hmeimim = gaz.get("sy-hmeimim-air-base")
    assert distance_m(hmeimim.lat, hmeimim.lon, 35.412, 35.945) < 1_500
    naval = gaz.get("sy-tartus-naval-base")
    assert distance_m(naval.lat, naval.lon, 34.915, 35.874) < 1_000
    assert gaz.get("sy-tartus").population > 100_000


def test_bad_files(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not found"):
        read_sites(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("site_id,name\nx,y\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="missing columns"):
        read_sites(bad)
    bad.write_text(",".join(build.COLUMNS) + "\nx,X,town,abc,1,SY,,0,test:1,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.csv:2"):
        read_sites(bad)


# --- build helpers -------------------------------------------------------------------------------

def test_build_helpers() -> None:
    assert build.slug("‘Ayn al ‘Arab") == "ayn-al-arab"
    assert build.slug("Ḩamāh") == "hamah"
    assert [build.kind_for_population(p) for p in (250_000, 20_000, 900)] == [
        "city", "town", "village"]
    assert build.good_geonames_alias("Al Karāmah")
    assert build.good_geonames_alias("الكرامة") and build.good_geonames_alias("Карама")
    for junk in ("alkramt", "LTK", "Ehl'-Kanavat", "ab", "Hama 2", "ハマ"):
        assert not build.good_geonames_alias(junk), junk
    assert build.similar_to_any("Moskva", ["Moscow"])
    assert build.similar_to_any("Москва", ["Moscow"])
    assert not build.similar_to_any("Andropov", ["Rybinsk"])


def test_read_curated(tmp_path: Path) -> None:
    curated = tmp_path / "curated.csv"
    header = ",".join(build.COLUMNS) + ",note\n"
    curated.write_text(
        header
        + "zz-base,Zed Air Base,air_base,1,2,ZZ,,0,wikipedia:Zed,Zed|=Zed Field|~Zeta,\n"
        + "zz-town,Zeta,town,,,ZZ,,,geonames:1,Zeta|-Zetta,\n", encoding="utf-8")
    cities = {"1": {"geonameid": 1, "name": "Zeta", "latitude": 3.0, "longitude": 4.0,
                    "countrycode": "ZZ", "population": 12000, "admin1code": "",
                    "alternatenames": ["Zetta", "Zeeta", "zeta"]}}
    builder = build.Builder()
    build.read_curated(curated, builder, cities)
    base, town = builder.entries["zz-base"], builder.entries["zz-town"]
    folded = {fold(a) for a in base.aliases}
    assert {"zed", "zed field", "zed air base", "zeta airbase", "авиабаза zeta"} - folded == {
        "авиабаза zeta"}  # templates follow the script of their base
    assert "Zeta" not in base.aliases  # '~': template base only
    assert (town.lat, town.lon, town.population) == (3.0, 4.0, 12000)
    assert "Zeeta" in town.aliases and "Zetta" not in town.aliases


# --- geodesy -------------------------------------------------------------------------------------

def test_offset_and_compass() -> None:
    lat, lon = offset(35.5313, 35.7909, COMPASS["south"], 25_000)
    assert distance_m(35.5313, 35.7909, lat, lon) == pytest.approx(25_000, abs=1)
    assert bearing(35.5313, 35.7909, lat, lon) == pytest.approx(180, abs=0.01)
    assert COMPASS["north-east"] == 45 and COMPASS["west"] == 270
    assert compass_bearing("South-West") == 225 and compass_bearing("юг") == 180
    assert compass_bearing("sideways") is None


def test_sea_and_land(gaz: Gazetteer) -> None:
    tartus = gaz.get("sy-tartus")
    assert is_at_sea(*offset(tartus.lat, tartus.lon, 270, 13_000))
    naval = gaz.get("sy-tartus-naval-base")
    assert is_at_sea(*offset(naval.lat, naval.lon, seaward_bearing(naval.lat, naval.lon),
                             13_000))
    hmeimim = gaz.get("sy-hmeimim-air-base")
    assert not is_at_sea(hmeimim.lat, hmeimim.lon)
    assert not is_at_sea(33.5102, 36.2913)  # Damascus
    assert is_at_sea(34.0, 33.0)  # between Cyprus and Lebanon


def test_seaward_bearing() -> None:
    assert 260 <= seaward_bearing(34.889, 35.887) <= 280  # Tartus looks west
    assert 240 <= seaward_bearing(35.5313, 35.7909) <= 300  # Latakia
    with pytest.raises(GazetteerError):
        seaward_bearing(47.0, 90.0)  # Mongolia: no sea within 512 km


def test_derived_index_is_built_once_per_gazetteer() -> None:
    calls: list[int] = []

    def count_sites(g: Gazetteer) -> int:
        calls.append(1)
        return len(g.sites)

    gaz = Gazetteer({})
    assert gaz.derived(count_sites) == gaz.derived(count_sites) == 0
    assert len(calls) == 1
    assert Gazetteer({}).derived(count_sites) == 0 and len(calls) == 2  # another gazetteer: its own


@pytest.mark.parametrize("name, site_id", [
    # facilities named after a foreign city: airports, ports, bases
    ("Haifa airport", "il-haifa-airport"), ("Flughafen von Haifa", "il-haifa-airport"),
    ("port of Haifa", "il-haifa-port"), ("Atatürk Havalimanı", "tr-ataturk-airport"),
    ("aéroport Atatürk", "tr-ataturk-airport"), ("مطار أتاتورك", "tr-ataturk-airport"),
    ("Beyrut Refik Hariri Havalimanı", "lb-beirut-airport"),
    ("Flughafen von Damaskus", "sy-damascus-airport"),  # the template "Flughafen von {b}"
    ("port of Baniyas", "sy-baniyas-port"), ("ميناء بانياس", "sy-baniyas-port"),
    ("Nevatim", "il-nevatim-air-base"), ("Ramon air base", "il-ramon-air-base"),
    ("Ben Gurion Airport", "il-ben-gurion-airport"), ("Kanton Dschasira", "sy-jazira"),
    # world.csv: Arish, Severomorsk, the German Beit Schean
    ("El Arish", "eg-arish"), ("العريش", "eg-arish"), ("Североморск", "ru-severomorsk"),
    ("Beit Schean", "il-bet-she-an"), ("Akko", "il-acre"), ("Tzfat", "il-safed"),
    # held-out 45's gaps: Kirkuk's and Salah ad-Din's towns and fields, Kazakhstan's regions,
    # the Firth of Clyde, Rostock, Chemnitz and Berlin
    ("Amirli", "iq-amerli"), ("آمرلی", "iq-amerli"), ("Suleiman Bek", "iq-sulaiman-bek"),
    ("سلیمان بیک", "iq-sulaiman-bek"), ("Bashika", "iq-bashiqa"),
    ("Altınköprü", "iq-altun-kupri"), ("Prde", "iq-altun-kupri"),
    ("Baba Gurgur", "iq-baba-gurgur"), ("Bai Hassan", "iq-bai-hassan"),
    ("Avana oil field", "iq-avana"), ("Mangystau", "kz-mangystau-region"),
    ("Мангистауской области", "kz-mangystau-region"), ("Almaty Region", "kz-almaty-region"),
    ("Алматинскую область", "kz-almaty-region"), ("Almaty", "kz-almaty"),
    ("Port Bannatyne", "gb-port-bannatyne"), ("Wemyss Bay", "gb-wemyss-bay"),
    ("Inverclyde", "gb-inverclyde"), ("Rostock-Lichtenhagen", "de-lichtenhagen"),
    ("Karl-Marx-Monument", "de-karl-marx-monument"), ("Sonnenallee", "de-sonnenallee"),
    ("Militärgefängnis Saidnaja", "sy-sednaya-prison"),
    # held-out 46's gaps: Istanbul's sights and province, Lesbos, Al Dhafra, Seville, Anbar,
    # Verviers, the Jeddah camps
    ("Hagia Sophia", "tr-hagia-sophia"), ("Ayasofya", "tr-hagia-sophia"),
    ("Aya Sofya", "tr-hagia-sophia"), ("Sainte-Sophie", "tr-hagia-sophia"),
    ("Santa Sofia", "tr-hagia-sophia"), ("Blue Mosque", "tr-blue-mosque"),
    ("Sultan Ahmed Mosque", "tr-blue-mosque"), ("Blaue Moschee", "tr-blue-mosque"),
    ("Sultanahmet Camii", "tr-blue-mosque"), ("Istanbul Province", "tr-istanbul-province"),
    ("İstanbul ili", "tr-istanbul-province"), ("Obelisk of Theodosius", "tr-sultanahmet-square"),
    ("Skala Sykamineas", "gr-skala-sykamineas"), ("Skala Sikamineas", "gr-skala-sykamineas"),
    ("Sykaminea", "gr-skala-sykamineas"), ("Al Dhafra Air Base", "ae-al-dhafra-air-base"),
    ("Al-Dhafra", "ae-al-dhafra-air-base"), ("base aérienne d'Al-Dhafra", "ae-al-dhafra-air-base"),
    ("Seville", "es-sevilla"), ("Seville Airport", "es-seville-airport"),
    ("aeropuerto de Sevilla", "es-seville-airport"), ("Habbaniyah", "iq-habbaniyah"),
    ("al-Habbaniyah", "iq-habbaniyah"), ("الحبانية", "iq-habbaniyah"), ("عانة", "iq-anah"),
    ("Gare de Verviers-Central", "be-verviers-central-station"), ("Jeddah 1", "iq-jadaa-camp"),
    # held-out 47's gaps: Nineveh, Kirkuk and Anbar towns, camps, bases and the Baiji refinery,
    # Baghdad's quarters, Brussels, Melilla and Ceuta, Hammelburg, the harbour of Kos
    ("al-Ayadiya", "iq-ayadiya"), ("Ayyadiyah", "iq-ayadiya"), ("العياضية", "iq-ayadiya"),
    ("Mahlabiya", "iq-muhallabiyah"), ("المحلبية", "iq-muhallabiyah"), ("Hawijah", "iq-hawija"),
    ("الحويجة", "iq-hawija"), ("Hamam al-Alil", "iq-hammam-al-alil"),
    ("حمام العليل", "iq-hammam-al-alil"), ("Hammam al-Alil camp", "iq-hammam-al-alil-camp"),
    ("Khazir camp", "iq-khazer-camp"), ("Taqaddum", "iq-taqaddum-air-base"),
    ("Al Taqaddum Air Base", "iq-taqaddum-air-base"), ("Camp Habbaniyah", "iq-camp-habbaniyah"),
    ("Habbaniyah Air Base", "iq-camp-habbaniyah"), ("Bzeibiz bridge", "iq-bzebiz-bridge"),
    ("Amiriyat al-Falluja", "iq-amiriyat-al-fallujah"), ("Bayji refinery", "iq-baiji-refinery"),
    ("مصفاة بيجي", "iq-baiji-refinery"), ("al-Karkh", "iq-karkh-baghdad"),
    ("الكرخ", "iq-karkh-baghdad"), ("al-Shaab", "iq-shaab-baghdad"),
    ("багдадского аэропорта", "iq-baghdad-airport"), ("MSS Euphrates", "sy-conoco-gas-field"),
    ("Brussels Airport", "be-brussels-airport"), ("Bruxelles-National", "be-brussels-airport"),
    ("aéroport de Zaventem", "be-brussels-airport"), ("Zaventem", "be-zaventem"),
    ("Maalbeek", "be-maelbeek-station"), ("Beni Ensar", "es-beni-enzar-crossing"),
    ("Tarajal", "es-tarajal-crossing"), ("Gurugú", "ma-mount-gurugu"),
    ("Gourougou", "ma-mount-gurugu"), ("Uchda", "ma-oujda"), ("Hammelburg", "de-hammelburg"),
    ("Infanterieschule Hammelburg", "de-hammelburg-infantry-school"),
    ("port of Kos", "gr-kos-port"), ("Kos", "gr-kos"),
])
def test_foreign_facilities_and_towns(gaz: Gazetteer, name: str, site_id: str) -> None:
    sites = gaz.lookup(name)
    assert sites and sites[0].site_id == site_id, (name, [s.site_id for s in sites])


def test_bare_words_name_no_facility(gaz: Gazetteer) -> None:
    """Names that are also persons or words stay cued: Atatürk, Ramon, Dado, Zahrani, المنية."""
    for word in ("Atatürk", "Ramon", "Dado", "Zahrani", "المنية", "presidential palace",
                 "کاخ ریاست جمهوری",
                 # Italian Havana, rice and cedar, palaces, a salt, a person, Hama's spelling
                 "Avana", "الأرز", "Arz", "Cedars", "القصور", "Tuz", "صلاح‌الدین",
                 # a river and its checkpoint, Mosul's nickname and a quarter, Arabic words
                 # ("the field", "the constructions", "progress", "the people"), a surname
                 "Khazer", "Khazir", "al-Hadba", "الحدباء", "الميدان", "الإنشاءات", "التقدم",
                 "الشعب", "Jarrah", "Infanterieschule"):
        # (a minor town abroad, "Ramon" in Russia, is taken only with support in the report)
        full = [s.site_id for s in gaz.lookup(word) if not s.minor]
        assert not full, (word, full)
