"""Consonant skeletons: unseen transliterations of known places."""

from __future__ import annotations

import pytest

from geo.gazetteer import load_gazetteer
from geo.skeleton import guess_places, skeleton, skeleton_index, skeleton_keys
from reportmap.model import Site


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Raqa", "Raqqa"),
        ("Menbiç", "Manbij"),
        ("Khan Cheikhoun", "Khan Shaykhun"),
        ("Deyr Hafir", "Dayr Hafir"),
        ("Kabasin", "Qabasin"),
        ("Серакиб", "Saraqib"),
        ("Cerablus", "Jarabulus"),
        ("Idleb", "Idlib"),
        ("Hardschaleh", "Harjalleh"),  # German "dsch" before "sch"
        ("Dscharrah", "Al-Jarrah"),
        ("Абу-эд-Духур", "Abu al-Duhur"),  # the article "эд" of Russian spelling
        ("Şeyh Berekat", "Sheikh Barakat"),  # Turkish "Şeyh" keeps its final h
        ("Rityane", "Ratyan"),
    ],
)
def test_spellings_of_one_name_share_a_skeleton(a, b) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Moadamijat al-Scham", "Moadamiyet al-Sham"),  # German j is English y
        ("Yisr al Shugur", "Jisr al-Shughur"),  # Spanish y is English j
        ("Ain al Fiyé", "Ayn al-Fijah"),
        ("Yabrud", "Jabrud"),
        ("Deir as-Sor", "Deir ez-Zor"),  # German s is English z
    ],
)
def test_glide_spellings_share_a_key(a, b) -> None:
    assert set(skeleton_keys(a)) & set(skeleton_keys(b))


@pytest.fixture(scope="module")
def index():
    return skeleton_index(load_gazetteer().sites.values())


@pytest.mark.parametrize(
    ("text", "site_id"),
    [
        ("Türk askerleri Menbiç'e doğru ilerledi.", "sy-manbij"),
        ("Les rebelles ont repris Khan Cheikhoun mardi.", "sy-khan-shaykhun"),
        ("Бои шли у Серакиба.", "sy-saraqib"),
        ("Fighting near Deyr Hafir continued.", "sy-dayr-hafir"),
        ("Die SDF zogen sich aus der ostsyrischen Stadt Deir as-Sor zurück.", "sy-deir-ez-zor"),
        # a list after the place word goes on past an unknown name
        ("Les troupes ont repris les villages de Douwaïr et Rityane.", "sy-ratyan"),
        ("Zuvor hatten Rebellen den Flughafen Dscharrah erobert.", "sy-jirah-air-base"),
    ],
)
def test_unknown_spelling_after_a_place_word_is_guessed(index, text, site_id) -> None:
    found = list(guess_places(text, index, [], {"SY"}))
    assert [sites[0].site_id for _, _, _, sites, _ in found] == [site_id]


@pytest.mark.parametrize(
    ("text", "known", "site_id"),
    [
        ("Trucks entered Foua and Kefraya on Monday.", "Foua", "sy-kafriya"),
        ("Strikes hit Kefraya and Foua.", "Foua", "sy-kafriya"),
    ],
)
def test_unknown_spelling_in_a_list_with_a_known_place_is_guessed(text, known,
                                                                  site_id) -> None:
    small = skeleton_index([
        Site("sy-kafriya", "Kafriya", "town", 35.99, 36.69, "SY", "test", ("Kafriya",)),
        Site("sy-foua", "Foua", "town", 35.98, 36.70, "SY", "test", ("Foua", "Al-Fu'ah")),
        Site("iq-kifri", "Kifri", "town", 34.69, 44.96, "IQ", "test", ("Kifri",)),
    ])
    start = text.find(known)
    places = [(start, start + len(known))]
    found = list(guess_places(text, small, places, {"SY"}, places))
    assert [sites[0].site_id for _, _, _, sites, _ in found] == [site_id]


def test_a_skeleton_shared_by_two_places_of_the_country_guesses_nothing() -> None:
    small = skeleton_index([
        Site("sy-kafriya", "Kafriya", "town", 35.99, 36.69, "SY", "test", ("Kafriya",)),
        Site("sy-kafr-aya", "Kafr Aya", "village", 34.7, 36.7, "SY", "test", ("Kafraya",)),
    ])
    assert list(guess_places("Strikes hit near Kefraya.", small, [], {"SY"})) == []


def test_a_facility_noun_asks_for_a_facility(index) -> None:
    text = "Войска взяли аэродром Абу-эд-Духур."
    (found,) = guess_places(text, index, [], {"SY"})
    assert found[2] == "Абу-эд-Духур" and found[4] >= {"air_base"}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held in Geneva.",  # not in the report's country
        "Talks resumed in Sochi.",
        "Schools reopened in September.",  # a date: the caller passes its span as taken
    ],
)
def test_no_guess_outside_the_country_or_without_a_match(index, text) -> None:
    assert list(guess_places(text, index, [(text.find("September"), len(text))], {"SY"})) == []


def test_a_short_skeleton_needs_the_same_kind_of_initial() -> None:
    """'Eşme' (a vowel first) reads `sm` like Soma, but is not Soma."""
    small = skeleton_index([Site("tr-soma", "Soma", "town", 39.18, 27.6, "TR", "test", ("Soma",))])
    assert list(guess_places("Mezar, dün Eşme'ye taşındı.", small, [], {"TR"})) == []
    assert len(list(guess_places("Mezar, dün Soma'ya taşındı.", small, [], {"TR"}))) == 1
