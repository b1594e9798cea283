"""Consonant skeletons: unseen transliterations of known places."""

from __future__ import annotations

import pytest

from geo.gazetteer import load_gazetteer
from geo.skeleton import guess_places, skeleton, skeleton_index


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
    ],
)
def test_spellings_of_one_name_share_a_skeleton(a, b) -> None:
    assert skeleton(a) == skeleton(b)


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
    ],
)
def test_unknown_spelling_after_a_place_word_is_guessed(index, text, site_id) -> None:
    found = list(guess_places(text, index, [], {"SY"}))
    assert [sites[0].site_id for *_, sites in found] == [site_id]


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
