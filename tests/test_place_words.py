"""Words around a name that make it a place, a locator or no site at all, in several languages."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer
from tests.extracting import extract


def _roles(gaz: Gazetteer, body: str, language: str) -> dict[str, str]:
    return {m.site_id: m.role for m in extract(gaz, body, language)}


@pytest.mark.parametrize(
    ("body", "language", "village"),
    [
        # Italian "di" as Spanish "de": "nei pressi di", "il villaggio libanese di"
        ("Il tunnel è stato localizzato nei pressi di Metula.", "it", "il-metula"),
        ("Il tunnel partiva dal villaggio libanese di Kfar Kila.", "it", "lb-kfar-kila"),
        # the German genitive of "Dorf"
        ("Die Patrouille hielt in der Nähe des Dorfes Chirbet Ammo an.", "de", "sy-khirbet-ammo"),
        # Russian nouns of a small town or a spring: "городок Кесаб", "источника Эйн-эль-Фиджа"
        ("В 2014 году боевики захватили городок Кесаб.", "ru", "sy-kassab"),
        ("Столица не получает воду из источника Эйн-эль-Фиджа.", "ru", "sy-ayn-al-fijah"),
        # a mountain region named with its Arabic head after "between"
        ("Fighters move between Jabal Bishri and the desert.", "en", "sy-jabal-bishri"),
        # Turkish puts its prepositions after the name
        ("Rejim güçleri dün Rabia'ya girdi.", "tr", "sy-rabi-ah"),
        ("Rabia'daki evler boşaltıldı.", "tr", "sy-rabi-ah"),
    ],
)
def test_small_place_with_a_word_of_place(gaz, body, language, village) -> None:
    assert village in _roles(gaz, body, language)


def test_small_place_without_one_stays_out(gaz) -> None:
    assert "sy-rabi-ah" not in _roles(gaz, "Rabia Hanım açıklama yaptı.", "tr")


def test_turkish_province_with_case_endings_locates_the_place_after_it(gaz) -> None:
    body = "Suriye'nin Lazkiye vilayetinin kuzeyindeki Bayırbucak bölgesinde çatışma var."
    assert _roles(gaz, body, "tr")["sy-gov-latakia"] == "locator"
    assert _roles(gaz, "İdlib iline bağlı köylere saldırı düzenlendi.", "tr") == {
        "sy-gov-idlib": "event"
    }


@pytest.mark.parametrize(
    ("body", "language", "gone"),
    [
        ("By our correspondent in Beirut\n\nA car bomb hit Hermel.", "en", "lb-beirut"),
        ("Par notre envoyé spécial à Amman\n\nL'armée a pris Nassib.", "fr", "jo-amman"),
        # an organisation's own seat, in a relative clause
        ("La missione Unifil, che ha il suo quartier generale a Naqoura, ha inviato osservatori.",
         "it", "lb-en-naqoura"),
        ("Об этом сообщила ОЗХО, штаб-квартира которой находится в Гааге.", "ru",
         "nl-the-hague"),
        ("The OPCW, whose headquarters are in The Hague, said the ship left Latakia.", "en",
         "nl-the-hague"),
        # an envoy's post: "recalled its ambassador in Tehran", "summoned the chargé d'affaires"
        ("دولت عراق سفیر خود در تهران را برای مشورت فراخواند.", "fa", "ir-tehran"),
        ("Idlib was hit. Iraq summoned Iran's chargé d'affaires in Baghdad.", "en", "iq-baghdad"),
        # Persian "based in"
        ("نفتکش در بانیاس هدف قرار گرفت. دیده‌بان حقوق بشر سوریه، مستقر در لندن، از کشته شدن "
         "سه نفر خبر داد.", "fa", "gb-london"),
    ],
)
def test_bylines_and_seats_are_no_sites(gaz, body, language, gone) -> None:
    assert gone not in _roles(gaz, body, language)


def test_troops_stationed_in_a_place_in_persian_are_there(gaz) -> None:
    body = "نیروهای آمریکایی مستقر در التنف روز جمعه هدف حمله پهپادی قرار گرفتند."
    assert "sy-al-tanf-garrison" in _roles(gaz, body, "fa")


def test_a_headquarters_that_is_hit_is_a_site(gaz) -> None:
    body = "The army headquarters in Damascus was hit on Monday."
    assert _roles(gaz, body, "en")["sy-damascus"] == "event"


@pytest.mark.parametrize(
    ("body", "language", "locator"),
    [
        ("They pushed deeper into Ramadi, the capital of Anbar province, on Sunday.", "en",
         "iq-anbar-governorate"),
        ("Commandos raided al-Omar, an oil field in Deir al-Zor province, on Friday.", "en",
         "sy-gov-deir-ez-zor"),
        ("Foram recrutados em Azaz, no norte da província de Alepo, com promessas.", "pt",
         "sy-gov-aleppo"),
    ],
)
def test_a_wider_place_in_an_apposition_locates(gaz, body, language, locator) -> None:
    assert _roles(gaz, body, language)[locator] == "locator"


@pytest.mark.parametrize(
    ("body", "language", "capital"),
    [
        # a visit puts the visitor in a foreign capital: not its government
        ("بغداد - (الرافدين) - أعلن المكتب. وكان وفد عراقي قد زار دمشق أواخر كانون الأول.", "ar",
         "sy-damascus"),
        ("Moscow - The Syrian minister visited Ankara last week.", "en", "tr-ankara"),
    ],
)
def test_a_visited_capital_is_a_site(gaz, body, language, capital) -> None:
    assert capital in _roles(gaz, body, language)


@pytest.mark.parametrize(
    ("body", "language", "city"),
    [
        ('Фрегат и подводная лодка "Краснодар" нанесли удар по Пальмире.', "ru", "ru-krasnodar"),
        ('Удар стал первым применением "Калибров" подводной лодкой "Краснодар".', "ru",
         "ru-krasnodar"),
        ("The submarine Rostov-on-Don fired missiles at Raqqa.", "en", "ru-rostov-on-don"),
    ],
)
def test_a_ship_named_after_a_city_is_no_site(gaz, body, language, city) -> None:
    assert city not in _roles(gaz, body, language)


def test_near_the_border_city_of_locates(gaz) -> None:
    body = "Refugees live in the Zaatari camp near the border city of Mafraq."
    assert _roles(gaz, body, "en")["jo-mafraq"] == "locator"


@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        # a province's seat is the town it is named after, not its largest: Arsal stays a town
        ("Des habitants de la région d'Ersal font état de tirs.", "fr", "lb-aarsal"),
        ("Des habitants de la région de Baalbek font état de tirs.", "fr",
         "lb-baalbek-hermel-governorate"),
        ("Refugees crossed into Mafraq province on Monday.", "en", "jo-mafraq-governorate"),
    ],
)
def test_a_region_word_widens_only_the_town_a_province_is_named_after(
    gaz, body, language, site
) -> None:
    assert site in _roles(gaz, body, language)
