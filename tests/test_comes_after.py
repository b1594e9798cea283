""""The attack comes a week after the storming of Hama": the earlier event is background."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from tests.extracting import extract

PUBLISHED = date(2024, 3, 15)


def _roles(gaz: Gazetteer, body: str, language: str) -> dict[str, str]:
    return {m.text: m.role for m in extract(gaz, body, language, PUBLISHED)}


@pytest.mark.parametrize(
    ("body", "language", "news", "earlier"),
    [
        ("Shells hit a market in Azaz on Thursday. The attack comes a week after the storming "
         "of Tal Rifaat by rebels.", "en", "Azaz", "Tal Rifaat"),
        ("Des obus ont frappé Azaz jeudi. L'attaque intervient une semaine après la prise de "
         "Tal Rifaat par les rebelles.", "fr", "Azaz", "Tal Rifaat"),
        ("Proyectiles cayeron el jueves en Azaz. El ataque se produce una semana después de la "
         "toma de Tal Rifaat.", "es", "Azaz", "Tal Rifaat"),
        ("В четверг снаряды упали на Азаз. Обстрел произошел спустя неделю после захвата "
         "Манбиджа повстанцами.", "ru", "Азаз", "Манбиджа"),
        ("Perşembe günü Azez'e top mermileri düştü. Saldırı, muhaliflerin Tel Rıfat'ı ele "
         "geçirmesinden bir hafta sonra geldi.", "tr", "Azez", "Tel Rıfat"),
        ("سقطت قذائف على سوق أعزاز يوم الخميس. ويأتي ذلك بعد أيام من سيطرة الفصائل على "
         "تل رفعت.", "ar", "أعزاز", "تل رفعت"),
    ],
)
def test_what_the_news_comes_after_is_background(gaz, body, language, news, earlier) -> None:
    roles = _roles(gaz, body, language)
    assert roles[news] == "event"
    assert roles[earlier] == "background"


def test_coming_to_a_place_is_no_earlier_event(gaz) -> None:
    """German "nach" is also "to": "kam nach Damaskus" is a visit, not what came before."""
    roles = _roles(gaz, "Der Minister kam am Donnerstag nach Damaskus.", "de")
    assert roles["Damaskus"] == "event"


def test_what_comes_as_it_happens_is_still_news(gaz) -> None:
    """"comes as", "amid": at the same time, not before."""
    roles = _roles(gaz, "Shells hit Azaz on Thursday. The attack came as rebels advanced on "
                   "Tal Rifaat.", "en")
    assert roles["Tal Rifaat"] == "event"
