"""Other languages' spellings of Arabic place names, and the gazetteer matching them."""

from __future__ import annotations

import pytest

from geo.fold import fold
from geo.gazetteer import Gazetteer, load_gazetteer
from geo.translit import (
    LANGUAGES,
    eligible,
    is_plausible,
    is_source,
    site_spellings,
    spellings,
    transliterations,
)
from reportmap.model import Site


def _folded(alias: str, language: str) -> set[str]:
    return {" ".join(fold(s).split()) for s in spellings(alias, language)}


@pytest.mark.parametrize(
    ("alias", "language", "expected"),
    [
        ("Jisr al-Shughur", "de", "Dschisr asch-Schughur"),
        ("Jisr al-Shughur", "fr", "Djisr el-Choughour"),
        ("Jisr al-Shughur", "es", "Yisr al Shugur"),
        ("Jisr al-Shughur", "tr", "Cisr eş-Şuğur"),
        ("Jisr al-Shughur", "ru", "Джиср-эш-Шугур"),
        ("Jarabulus", "de", "Dscharabulus"),
        ("Jarabulus", "es", "Yarábulus"),
        ("Jarabulus", "it", "Giarabulus"),
        ("Jamraya", "de", "Dschamraja"),
        ("Al-Qusayr", "de", "Al-Kusseir"),
        ("Al-Qusayr", "fr", "El-Qousseir"),
        ("Al-Qusayr", "tr", "El-Kuseyr"),
        ("Al-Qusayr", "ru", "Эль-Кусейр"),
        ("Deir ez-Zor", "de", "Deir as-Sor"),
        ("Deir ez-Zor", "tr", "Deyr ez-Zor"),
        ("Deir ez-Zor", "ru", "Дейр-эз-Зор"),
        ("Khan Shaykhun", "de", "Chan Scheichun"),
        ("Khan Shaykhun", "fr", "Khan Cheikhoun"),
        ("Khan Shaykhun", "tr", "Han Şeyhun"),
        ("Bab al-Hawa", "tr", "Bab el-Hava"),
        ("Al-Mayadin", "de", "Al-Majadin"),
        ("Al-Mayadin", "ru", "Аль-Маядин"),
        ("Al-Khalidiyah", "fr", "Al-Khalidiyé"),
        ("Al-Khalidiyah", "de", "Al-Chalidija"),
        ("Al-Khalidiyah", "tr", "El-Halidiye"),
        ("Tishrin", "fr", "Tichrine"),
        ("Shajara", "ru", "Шаджара"),
        ("Binnish", "es", "Binish"),  # a doubled consonant written single
        ("Zafaraneh", "ru", "Зафаране"),
        ("Kafr Uwayd", "fr", "Kafr Oueid"),  # the "ou" carries the w
        ("Kafr Uwayd", "fr", "Kafr Ouweid"),
    ],
)
def test_spellings(alias: str, language: str, expected: str) -> None:
    assert " ".join(fold(expected).split()) in _folded(alias, language)


def test_few_spellings_per_language() -> None:
    for language in LANGUAGES:
        assert 1 <= len(spellings("Jisr al-Shughur", language)) <= 4
    assert len(transliterations("Jisr al-Shughur")) <= 16


def test_russian_keeps_to_cyrillic_and_no_double_dropping() -> None:
    assert spellings("Bsharri", "ru") == ["Бшарри"]  # not "Бшари"
    assert all(not any("a" <= c <= "z" for c in s.lower()) for s in spellings("Al-Qusayr", "ru"))


@pytest.mark.parametrize(
    ("alias", "source"),
    [
        ("Jisr al-Shughur", True),
        ("Za'faraniyah", True),
        ("Jamraya research centre", False),  # English words
        ("Tishrin Dam", False),
        ("Castello", False),  # an Italian word, not a transliteration
        ("Djarablus", False),  # already French
        ("Dschisr asch-Schughur", False),  # already German
        ("Lattaquié", False),
        ("Джараблус", False),
        ("Hafen Tartus", False),  # German facility words: no "Хафен Тартус", "Staoudamm"
        ("Tabqa Staudamm", False),
        ("Kraftwerk Deir Ammar", False),
        ("Kibbutz El-Rom", False),
    ],
)
def test_is_source(alias: str, source: bool) -> None:
    assert is_source(alias) is source


def _site(site_id: str, name: str, kind: str = "town", country: str = "SY",
          aliases: tuple[str, ...] = ()) -> Site:
    return Site(site_id, name, kind, 35.0, 37.0, country, "test", aliases)


def test_eligible_sites() -> None:
    assert eligible(_site("sy-x", "Jarabulus"))
    assert eligible(_site("iq-x", "Al-Qaim", country="IQ"))
    assert not eligible(_site("sy-damascus", "Damascus", kind="capital"))
    assert not eligible(_site("tr-x", "Karkamis", country="TR"))
    assert site_spellings(_site("tr-x", "Jarabulus", country="TR")) == []


def test_common_words_are_no_spellings() -> None:
    assert not is_plausible("Cable")  # "Jableh" in Turkish letters is an English word
    assert not is_plausible("Asche")
    assert not is_plausible("Ала")  # too short
    assert is_plausible("Dscharabulus")
    assert is_plausible("Джиср-эш-Шугур")
    assert "Cable" not in site_spellings(_site("sy-jableh", "Jableh"))


def test_generated_spellings_match_like_aliases() -> None:
    gaz = Gazetteer({"sy-j": _site("sy-j", "Jarabulus"), "sy-q": _site("sy-q", "Al-Qusayr")})
    for text, site_id in [
        ("Die Türkei beschoss Dscharabulus am Montag.", "sy-j"),
        ("La ciudad de Yarábulus fue tomada.", "sy-j"),
        ("A Giarabulus la situazione è tesa.", "sy-j"),
        ("Die Stadt Kusseir fiel im Juni.", "sy-q"),
        ("Бои у Эль-Кусейра продолжались.", "sy-q"),  # a Russian case ending
    ]:
        found = gaz.find(text)
        assert [c.sites[0].site_id for c in found] == [site_id], text
    assert gaz.find("die kusseir") == []  # capitalisation rule of the matcher holds


def test_generated_spellings_take_no_other_site_and_no_stop_phrase() -> None:
    sites = {
        "sy-j": _site("sy-j", "Jarabulus"),
        "tr-d": _site("tr-d", "Dscharabulus", country="TR"),  # a made-up homonym abroad
    }
    gaz = Gazetteer(sites, frozenset({"giarabulus"}))
    assert [s.site_id for s in gaz.lookup("Dscharabulus")] == ["tr-d"]
    assert gaz.find("Giarabulus") == []
    assert [s.site_id for s in gaz.lookup("Yarabulus")] == ["sy-j"]


def test_real_gazetteer_finds_generated_spellings() -> None:
    gaz = load_gazetteer()
    for text, site_id in [
        ("Les combattants ont repris Djisr el-Choughour.", "sy-jisr-al-shughur"),
        ("Die Rebellen nahmen Dschisr al-Schughur ein.", "sy-jisr-al-shughur"),
        ("Kuşatma Bab el-Hava yakınında sürdü.", "sy-bab-al-hawa-crossing"),
    ]:
        ids = [s.site_id for c in gaz.find(text) for s in c.sites]
        assert site_id in ids, text


def test_spellings_need_their_capitals() -> None:
    site = _site("sy-awaj", "Awaj", aliases=("‘Awaj", "Ar-ramtha"))
    found = site_spellings(site)
    assert found and all(s[:1].isupper() for s in found)
    assert "Away" not in found  # Spanish for "Awaj", and an English word
    assert Gazetteer({"sy-awaj": site}).find("They drove away from it.") == []
