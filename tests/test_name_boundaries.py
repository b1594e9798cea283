"""Where a place name starts and stops: heads of longer names, acronyms, common nouns."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import site_ids

PUBLISHED = date(2024, 10, 24)


@pytest.mark.parametrize(
    ("body", "language", "not_site"),
    [
        # the head word of a longer Arabic name the gazetteer lacks
        ("Survivors fled to Kafr Laha and Tal Dahab, the other villages of Houla.", "en",
         "sy-at-tall"),
        ("Gli autobus hanno portato 2.000 persone a Dar al-Kabira, a nord di Homs.", "it",
         "sn-dara"),
        # an acronym with a Turkish case ending is not a spelling of a town
        ("MSB'nin açıklamasına göre Kamışlı çevresinde hedefler vuruldu.", "tr", "sy-masyaf"),
        # "the neighbourhood" in Arabic is not the Iraqi town al-Hayy
        ("خرج المقاتلون من حي الشيخ مقصود في مدينة حلب، وعاد الهدوء إلى الحي.", "ar",
         "iq-al-hayy"),
        # a weapon's model named after a town
        ("Eine Maschine mit Panzerabwehrraketen vom Typ Milan landete in Erbil.", "de",
         "it-milan"),
        ("Le missile de type Milan a été tiré depuis Idleb.", "fr", "it-milan"),
    ],
)
def test_not_a_place(gaz, body, language, not_site) -> None:
    assert not_site not in site_ids(gaz, body, language, published=PUBLISHED)


def test_province_cue_names_the_governorate_not_a_mountain_in_it(gaz) -> None:
    sites = site_ids(gaz, "Le camp d'al-Hol, dans la province de Hassaké, accueille 70 000 "
                          "personnes.", "fr", published=PUBLISHED)
    assert "sy-gov-hasakah" in sites, sites
