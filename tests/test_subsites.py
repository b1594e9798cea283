"""Buildings and squares the gazetteer lacks are shown at their town."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.subsites import find_subsites
from tests.extracting import extract


def _mentions(gaz: Gazetteer, body: str, language: str) -> list[tuple[str, str]]:
    return [(m.text, m.site_id) for m in extract(gaz, body, language, date(2015, 3, 29))]


@pytest.mark.parametrize(
    ("body", "language", "phrase", "site_id"),
    [
        ("Les combats ont commencé à Maaloula. Les insurgés se sont emparés de l'hôtel Safir.",
         "fr", "hôtel Safir", "sy-ma-lula"),
        ("Los rebeldes tomaron la ciudad de Idlib. Difundieron imágenes de la plaza del Reloj.",
         "es", "plaza del Reloj", "sy-idlib"),
        ("Rebels stormed Jisr al-Shughur on Saturday and besieged the national hospital.",
         "en", "national hospital", "sy-jisr-al-shughur"),
        ("Die Rebellen eroberten Menagh. Das Kommandogebäude wurde am Morgen gestürmt.",
         "de", "Kommandogebäude", "sy-menagh-air-base"),
        ("Die Kämpfer zogen aus Manbidsch ab. Sie zogen sich über die Behelfsbrücken zurück.",
         "de", "Behelfsbrücken", "sy-manbij"),
    ],
)
def test_a_building_is_shown_at_its_town(gaz, body, language, phrase, site_id) -> None:
    found = _mentions(gaz, body, language)
    assert any(phrase in text and site == site_id for text, site in found), found


def test_a_town_glued_to_a_building_noun_is_the_building_name(gaz) -> None:
    found = _mentions(gaz, "Les combats ont commencé à Maaloula. Les insurgés se sont emparés "
                           "de l'hôtel Safir.", "fr")
    assert "sy-as-safirah" not in {site for _, site in found}


@pytest.mark.parametrize(
    "text",
    [
        "The hospital said 12 people died.",  # an institution speaking
        "l'Observatoire syrien des droits de l'homme, con sede a Londra",  # a seat
        "Daraa al-Balad, the old quarter of the city, fell.",  # the city is the mention
        "Поручаю начальнику Генерального штаба приступить к выводу.",  # the General Staff
        # a group's seat told in a relative clause: the place after it is the mention
        "Центр по примирению, штаб которого находится на авиабазе Хмеймим.",
        "دیده‌بان سوری حقوق بشر، که مقر آن در لندن است",
        # where the wounded were carried, and English nouns with no article: no building told
        "Both died before they reached hospital.",
        "Church leaders inside Syria have rarely criticised the government.",
        "Он получил смертельное ранение и скончался по пути в госпиталь.",
        "ونُقل إلى المستشفى، بحسب ما أفاد ناشطون.",
        "Los heridos fueron trasladados al hospital.",
        "Centinaia di persone sono scese in piazza per protestare.",  # took to the streets
        "Saldırganlar bir kontrol noktasında ateş açtı.",  # at a checkpoint, not told which
    ],
)
def test_not_a_building_mention(text) -> None:
    phrases = [text[s:e] for s, e, _, _ in find_subsites(text)]
    words = ("hospital", "sede", "quarter", "штаб", "Church", "госпиталь", "المستشفى", "kontrol",
             "مقر")
    assert not any(w in p for p in phrases for w in words), phrases


def test_a_building_people_moved_to_is_still_one() -> None:
    text = "Soldiers retreated to the national hospital on the edge of the town."
    assert [text[s:e] for s, e, _, _ in find_subsites(text)] == ["the national hospital"]


def test_a_building_whose_town_is_named_after_it_is_left_to_the_name(gaz) -> None:
    found = _mentions(gaz, "Wounded soldiers were taken to a military hospital in Zarqa.", "en")
    assert found == [("Zarqa", found[0][1])] and found[0][1].startswith("jo-")


@pytest.mark.parametrize(
    ("body", "language", "sites"),
    [
        ("Russian warplanes struck the Rastan bridge on Friday.", "en", ["sy-ar-rastan"]),
        # "Niğde State Hospital": a Turkish title between the town and the noun
        ("Ulukışla'da saldırı oldu. Yaralılar Niğde Devlet Hastanesine kaldırıldı.", "tr",
         ["tr-ulukisla", "tr-nigde"]),
    ],
)
def test_a_building_named_after_a_place_is_the_place_mention(gaz, body, language,
                                                            sites) -> None:
    assert [site for _, site in _mentions(gaz, body, language)] == sites


def test_a_building_is_in_the_one_town_of_its_own_sentence(gaz) -> None:
    body = ("Las fuerzas bombardearon el barrio de Jaldiya, en Homs. La embajada siria en Madrid, "
            "situada en la plaza de Platerías Martínez, ha sido escenario de protestas.")
    found = dict(_mentions(gaz, body, "es"))
    assert found["la plaza de Platerías Martínez"] == "es-madrid", found


def _roles(gaz: Gazetteer, body: str, language: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.site_id, m.role) for m in extract(gaz, body, language, date(2015, 3, 29))]


@pytest.mark.parametrize(
    ("body", "building", "town"),
    [
        ("A bomb ripped through the Imam Ali bin Abi Talib mosque in Wadi al-Dhahab on Friday.",
         "the Imam Ali bin Abi Talib mosque", "Wadi al-Dhahab"),
        ("Two blasts went off near the Ikrima al-Makhzoumi school in Akrama on Wednesday.",
         "the Ikrima al-Makhzoumi school", "Akrama"),
    ],
)
def test_a_named_building_is_the_event_and_its_town_the_locator(gaz, body, building, town):
    found = _roles(gaz, body, "en")
    town_site = next(site for text, site, _ in found if text == town)
    assert (building, town_site, "event") in found, found
    assert (town, town_site, "locator") in found, found


@pytest.mark.parametrize(
    "body",
    [
        "Wounded soldiers were taken to a Kurdish checkpoint in Qamishli.",  # no name
        "A shell hit a school in Qamishli on Friday.",  # an unnamed school
    ],
)
def test_an_unnamed_building_leaves_the_town_as_the_event(gaz, body) -> None:
    found = _roles(gaz, body, "en")
    assert found == [("Qamishli", "sy-qamishli", "event")], found


@pytest.mark.parametrize(
    ("body", "language", "beirut_square"),
    [
        ("Los socorristas de Duma atendieron a los heridos en la plaza de los Mártires.", "es",
         False),
        ("Des milliers de personnes se sont rassemblées à Beyrouth, sur la place des Martyrs.",
         "fr", True),
    ],
)
def test_a_square_many_cities_share_needs_its_city(gaz, body, language, beirut_square) -> None:
    """Beirut's Martyrs' Square only where the report names a place in or near Beirut."""
    found = _mentions(gaz, body, language)
    assert any(site == "lb-martyrs-square" for _, site in found) is beirut_square, found


@pytest.mark.parametrize(
    ("body", "language", "phrase", "site_id"),
    [
        # a landmark of the town named after the noun and the town
        ("Fighting raged in Homs. The old city was shelled on Monday.", "en", "The old city",
         "sy-homs-old-city"),
        ("Kämpfe in Homs. Die Altstadt wurde am Montag beschossen.", "de", "Die Altstadt",
         "sy-homs-old-city"),
        ("Les rebelles sont entrés dans Alep. La citadelle a été touchée.", "fr",
         "La citadelle", "sy-aleppo-citadel"),  # not the Carlton Citadel Hotel beside it
        ("Боевики отступили из Пальмиры. Древней цитадели нанесен ущерб.", "ru",
         "цитадели", "sy-palmyra-castle"),
    ],
)
def test_a_landmark_named_back_by_its_noun(gaz, body, language, phrase, site_id) -> None:
    found = dict(_mentions(gaz, body, language))
    assert any(phrase.lower() in text.lower() and site == site_id for text, site in found.items())


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Der Sprecher sagte in Berlin, für Gewalt gebe es in Deutschland keinen Platz.", "de"),
        ("Il n'y avait aucune école ouverte à Alep, selon l'ONG.", "fr"),
    ],
)
def test_a_building_noun_after_a_negative_determiner_is_no_place(gaz, body, language) -> None:
    found = _mentions(gaz, body, language)
    assert all(text.split()[-1] in {"Berlin", "Alep"} for text, _ in found), found
