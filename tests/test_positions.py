"""Derived positions in the languages reports come in: distance and bearing, distance alone,
off the coast; the anchor becomes a locator, and a place told before keeps the phrase."""

from __future__ import annotations

import pytest

from geo import geodesy
from tests.extracting import extract


@pytest.mark.parametrize(
    ("body", "language", "anchor", "bearing", "km"),
    [
        ("Un village à 30 km au nord d'Alep a été bombardé.", "fr", "sy-aleppo", 0, 30),
        ("Une frappe à une trentaine de kilomètres au sud-est de Homs.", "fr", "sy-homs", 135, 30),
        ("Un ataque a unos 20 kilómetros al noreste de Damasco.", "es", "sy-damascus", 45, 20),
        ("Un ataque a 30 km al norte de la ciudad de Alepo.", "es", "sy-aleppo", 0, 30),
        ("Um ataque a 20 quilômetros ao norte de Alepo.", "pt", "sy-aleppo", 0, 20),
        ("Un raid a 20 chilometri a nord di Aleppo.", "it", "sy-aleppo", 0, 20),
        ("Ein Angriff etwa fünf Kilometer südlich von Homs.", "de", "sy-homs", 180, 5),
        ("Удар нанесён в 30 км к северу от Алеппо.", "ru", "sy-aleppo", 0, 30),
        ("Удар нанесён в 10 км южнее Хомса.", "ru", "sy-homs", 180, 10),
        ("سقطت قذيفة على بعد 30 كم شمال حلب.", "ar", "sy-aleppo", 0, 30),
        ("Cerablus'un yaklaşık 10 kilometre güneyindeki köylere saldırı düzenlendi.", "tr",
         "sy-jarabulus", 180, 10),
    ],
)
def test_distance_and_bearing(gaz, body, language, anchor, bearing, km) -> None:
    mentions = extract(gaz, body, language)
    derived = [m for m in mentions if m.derived]
    assert len(derived) == 1, [(m.text, m.site_id) for m in mentions]
    d = derived[0]
    assert d.anchor_site_id == anchor
    a = gaz.sites[anchor]
    lat, lon = geodesy.offset(a.lat, a.lon, bearing, km * 1000.0)
    assert geodesy.distance_m(d.lat, d.lon, lat, lon) < 50
    assert body[d.start : d.end] == d.text
    assert [m.role for m in mentions if m.site_id == anchor] == ["locator"]


@pytest.mark.parametrize(
    ("body", "language", "anchor"),
    [
        ("Le navire a coulé au large de Tartous.", "fr", "sy-tartus"),
        ("Ein Schiff sank vor der Küste von Latakia.", "de", "sy-latakia"),
        ("Самолёт исчез в 35 км от побережья Латакии.", "ru", "sy-latakia"),
        ("Il naufragio al largo di Tartus.", "it", "sy-tartus"),
    ],
)
def test_off_the_coast_lies_at_sea(gaz, body, language, anchor) -> None:
    derived = [m for m in extract(gaz, body, language) if m.derived]
    assert [m.site_id for m in derived] == [f"offshore:{anchor}"]
    assert geodesy.is_at_sea(derived[0].lat, derived[0].lon)


def test_a_few_kilometres_from_a_place_is_a_circle_round_it(gaz) -> None:
    body = "El hospital está a pocos kilómetros del paso de Bab al Hawa."
    derived = [m for m in extract(gaz, body, "es") if m.derived]
    assert len(derived) == 1
    d = derived[0]
    anchor = gaz.sites[d.anchor_site_id]
    assert (d.lat, d.lon) == (anchor.lat, anchor.lon)
    assert d.precision_m >= 5000


@pytest.mark.parametrize(
    ("body", "language"),
    [
        # the distance locates a place told before it
        ("Sueida, situada a unos 100 kilómetros al sur de Damasco, se mantuvo al margen.", "es"),
        ("Der Flughafen liegt rund 30 Kilometer nördlich von Aleppo.", "de"),
        ("Adra, una localidad situada a unos 20 kilómetros al noreste de Damasco.", "es"),
        ("La colonne est partie de Troumba, à 2 km à l'ouest de Saraqeb.", "fr"),
        ("The post lies in the remote north-east, about 300 km from Amman.", "en"),
        # an "about" word before the phrase's preposition
        ("Бои идут в долине Вади-Барада, примерно в 20 км к северо-западу от Дамаска.", "ru"),
        # Turkish: the place located comes after the phrase
        ("Reyhanlı'nın yaklaşık 10 kilometre güneydoğusundaki Cilvegözü Sınır Kapısı'nda "
         "patlama oldu.", "tr"),
        ("Kasaba, Han Şeyhun'un yaklaşık 10 kilometre güneyinde bulunuyor.", "tr"),
    ],
)
def test_a_place_told_before_keeps_the_phrase(gaz, body, language) -> None:
    assert [m.text for m in extract(gaz, body, language) if m.derived] == []


@pytest.mark.parametrize(
    ("body", "anchor", "bearing", "metres"),
    [
        ("A village 10 miles south of Homs was hit.", "sy-homs", 180, 10 * 1609.344),
        ("A raid 3 mi east of Hama.", "sy-hama", 90, 3 * 1609.344),
        ("A camp a dozen km west of Aleppo.", "sy-aleppo", 270, 12_000),
        ("A camp five km north of Idlib city was hit.", "sy-idlib", 0, 5_000),
    ],
)
def test_english_units_and_number_words(gaz, body, anchor, bearing, metres) -> None:
    derived = [m for m in extract(gaz, body, "en") if m.derived]
    assert [m.anchor_site_id for m in derived] == [anchor]
    a = gaz.sites[anchor]
    lat, lon = geodesy.offset(a.lat, a.lon, bearing, metres)
    assert geodesy.distance_m(derived[0].lat, derived[0].lon, lat, lon) < 50


def test_nautical_miles_off_the_coast(gaz) -> None:
    body = "Ships waited about 5 nautical miles off the coast of Tartus."
    derived = [m for m in extract(gaz, body, "en") if m.derived]
    anchor = gaz.sites["sy-tartus"]
    d = geodesy.distance_m(anchor.lat, anchor.lon, derived[0].lat, derived[0].lon)
    assert abs(d - 5 * 1852.0) < 50


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("The coastguard stopped a dinghy about two nautical miles off the north coast of Lesbos.",
         "en"),
        ("Die Küstenwache griff rund zwei Seemeilen vor der Nordküste von Lesbos ein Boot auf.",
         "de"),
    ],
)
def test_a_named_side_of_the_coast_lies_that_way(gaz, body, language) -> None:
    """An island's centre looks out to sea every way: "the north coast" says which."""
    derived = [m for m in extract(gaz, body, language) if m.derived]
    assert [m.anchor_site_id for m in derived] == ["gr-lesbos"]
    island = gaz.sites["gr-lesbos"]
    point = derived[0]
    assert geodesy.is_at_sea(point.lat, point.lon)
    assert abs(geodesy.bearing(island.lat, island.lon, point.lat, point.lon)) < 1.0
    shore = geodesy.shore_along(island.lat, island.lon, 0.0)
    distance = geodesy.distance_m(island.lat, island.lon, point.lat, point.lon)
    assert abs(distance - (shore + 2 * 1852.0)) < 50


def test_shore_along_a_bearing() -> None:
    assert geodesy.shore_along(39.2, 26.3, 0.0) is not None  # Lesbos, going north
    assert geodesy.shore_along(36.2, 37.15, 0.0) is None  # Aleppo: no sea within 80 km north
