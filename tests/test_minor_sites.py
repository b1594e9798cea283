"""Minor sites: towns abroad below the main thresholds, taken only with support in the text."""

from __future__ import annotations

import pytest

from geo.fold import script_of
from geo.gazetteer import Gazetteer
from geo.minor_towns import without_article
from reportmap.demonyms import country_of_adjective
from tests.extracting import site_ids


@pytest.mark.parametrize(
    ("body", "language", "site_id"),
    [
        # its country named in the report, a word of place before it
        ("Hundreds of Syrians camped at Subotica, in northern Serbia, for a week.", "en",
         "rs-subotica"),
        ("Die Bundespolizei griff die Gruppe in Passau auf. Deutschland schickte sie zurück.",
         "de", "de-passau"),
        ("Le convoi a été arrêté à Tarragone, en Espagne, selon la police.", "fr",
         "es-tarragona"),
        # or its country's adjective
        ("Hundreds of Syrians camped in the Serbian town of Subotica for a week.", "en",
         "rs-subotica"),
        ("Des centaines de Syriens ont campé à Subotica, ville serbe, une semaine.", "fr",
         "rs-subotica"),
        # a small town of Europe, a village of the theatre without its article
        ("Die Bundespolizei kontrollierte in Kiefersfelden die Züge nach Deutschland.", "de",
         "de-kiefersfelden"),
        ("The camp lies near Muwaqqar, in Jordan, officials said.", "en", "jo-al-muwaqqar"),
        # a case form is not taken: only the names as the gazetteer writes them
        ("Их задержали в Сегеде, на юге Венгрии.", "ru", None),
    ],
)
def test_a_minor_town_with_its_country_named(gaz: Gazetteer, body, language, site_id):
    found = [s for s in site_ids(gaz, body, language) if s not in {"rs-serbia", "de-germany",
                                                                     "es-spain", "hu-hungary",
                                                                     "jo-jordan"}]
    assert found == ([site_id] if site_id else [])


@pytest.mark.parametrize(
    ("body", "language", "absent"),
    [
        # no word of its country in the report
        ("Hundreds of Syrians camped at Subotica for a week.", "en", "rs-subotica"),
        # a direction, a noun after an article, part of a hyphenated name
        ("In Deutschland wird debattiert. Die SDF rückten von Norden auf die Stadt vor.", "de",
         "de-norden"),
        ("In Deutschland wird debattiert. Die Kämpfe im Norden dauern an.", "de", "de-norden"),
        ("En France, la Croix-Rouge a envoyé une équipe à Alep.", "fr", "fr-croix"),
        # a country's own name is the country ("França"), not a Brazilian city
        ("A França e o Brasil enviaram ajuda a Alepo.", "pt", "br-franca"),
        # an adjective in a case form is no town ("Каспийским морем", Kaspiysk)
        ("Ракеты были запущены с кораблей под Каспийским морем, сообщила Россия.", "ru",
         "ru-kaspiysk"),
        # the Quai d'Orsay is the French foreign ministry
        ("Le Quai d'Orsay a condamné l'attaque, a indiqué la France.", "fr", "fr-orsay"),
        # a surname after a given name
        ("El fotógrafo Ricardo García Vilanova, de España, fue liberado.", "es",
         "es-vilanova-i-la-geltru"),
        # a surname the report writes after a given name elsewhere ("Kofi Annan")
        ("O enviado Kofi Annan chegou a Londres. No Reino Unido, Annan pediu calma.", "pt",
         "gb-annan"),
    ],
)
def test_a_minor_town_needs_support(gaz: Gazetteer, body, language, absent):
    assert absent not in site_ids(gaz, body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("Des milliers de réfugiés sont arrivés hier dans la capitale grecque.", "fr"),
    ("Тысячи беженцев прибыли в греческую столицу.", "ru"),
])
def test_the_adjective_of_a_country_of_the_routes_names_its_capital(gaz: Gazetteer, body,
                                                                     language):
    assert site_ids(gaz, body, language) == ["gr-athens"]


def test_a_small_capital_competes_as_a_town(gaz: Gazetteer):
    """Réunion's capital is also a Saint-Denis: near Paris, the French town."""
    body = "Trois kamikazes se sont fait exploser à Saint-Denis, au nord de Paris."
    assert "fr-saint-denis" in site_ids(gaz, body, "fr")


def test_a_longer_minor_name_gives_way_to_the_name_inside(gaz: Gazetteer):
    """"East London" is also a South African city: with no word of South Africa, London."""
    body = "Police raided a flat in East London on Monday, British officials said."
    assert site_ids(gaz, body) == ["gb-london"]
    body = "Police raided a flat in East London on Monday, police in South Africa said."
    assert site_ids(gaz, body) == ["za-east-london"]


def test_minor_sites_are_towns_abroad_with_no_arabic_names(gaz: Gazetteer):
    minor = [s for s in gaz.sites.values() if s.minor]
    assert len(minor) > 5000
    assert all(s.country != "SY" and s.source.startswith("geonames:") for s in minor)
    assert not [s.site_id for s in minor if any(script_of(a) == "arabic" for a in s.aliases)]
    # curated rows and the main thresholds' cities are full sites
    assert not gaz.sites["hu-kecskemet"].minor and not gaz.sites["sy-aleppo"].minor
    # a place held from Wikipedia is not added again from GeoNames
    assert [s.site_id for s in gaz.sites.values() if s.name == "Halba"] == ["lb-halba"]


@pytest.mark.parametrize(("name", "forms"), [
    ("Al Muwaqqar", ["Muwaqqar", "al-Muwaqqar"]),
    ("Ad Dawr", ["Dawr", "al-Dawr"]),
    ("Ash Shaykh Miskin", ["Shaykh Miskin", "al-Shaykh Miskin"]),
    ("Aleppo", []),
    ("Al Ain", []),  # too short once bare
])
def test_a_geonames_name_without_its_arabic_article(name, forms):
    assert without_article(name) == forms


@pytest.mark.parametrize(("word", "country"), [
    ("grega", "GR"), ("griechischen", "GR"), ("serbe", "RS"), ("сербской", "RS"),
    # a given name and a Turkish word that start like the adjectives
    ("Gregory", None), ("Gregorio", None), ("serbest", None),
])
def test_adjectives_of_the_routes_countries(word, country):
    assert country_of_adjective(word) == country
