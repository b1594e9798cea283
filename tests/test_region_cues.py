"""'la región de Idlib', 'la campagna di Damasco': a region word names the province."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.extract import extract_mentions
from reportmap.model import Report


@pytest.mark.parametrize(
    ("body", "language", "want"),
    [
        ("Los aviones bombardearon la región de Idlib.", "es", ["sy-gov-idlib"]),
        ("Ataques atingiram a região de Idlib.", "pt", ["sy-gov-idlib"]),
        ("A zona de Idlib continua sob controle rebelde.", "pt", ["sy-gov-idlib"]),
        ("Удар нанесен в зоне деэскалации Идлиб.", "ru", ["sy-gov-idlib"]),
        ("Kämpfe im Umland von Aleppo.", "de", ["sy-gov-aleppo"]),
        # a list of provinces joined by the Portuguese and Italian "e"
        ("Morreram milhares nas províncias de Alepo, Latakia, Hama e Idlib.", "pt",
         ["sy-gov-aleppo", "sy-gov-latakia", "sy-gov-hama", "sy-gov-idlib"]),
        # a long list before a plural cue, in English and Turkish
        ("The wall runs through Hatay, Kilis, Gaziantep and Mardin provinces.", "en",
         ["tr-hatay-province", "tr-kilis-province", "tr-gaziantep-province",
          "tr-mardin-province"]),
        ("Duvar Hatay, Kilis, Gaziantep ve Mardin illerinden geçiyor.", "tr",
         ["tr-hatay-province", "tr-kilis-province", "tr-gaziantep-province",
          "tr-mardin-province"]),
        ("Şanlıurfa'nın Akçakale ve Ceylanpınar ilçelerinde çalışma sürdü.", "tr",
         ["tr-sanliurfa-province", "tr-akcakale", "tr-ceylanpinar"]),
        # millions of people live in the province, not in its seat
        ("The truce holds in Idlib, home to some three million people.", "en", ["sy-gov-idlib"]),
        ("Unos tres millones de personas viven en Idlib.", "es", ["sy-gov-idlib"]),
        ("Aleppo, home to two million people before the war, was shelled.", "en",
         ["sy-aleppo"]),  # a city of millions is itself
        # the rural areas of a city: its province
        ("La mayoría es originaria de las zonas rurales de Alepo.", "es", ["sy-gov-aleppo"]),
        ("Ils venaient de la campagne d'Alep.", "fr", ["sy-gov-aleppo"]),
        ("Most came from the rural areas of Aleppo.", "en", ["sy-gov-aleppo"]),
        ("Colpiti depositi nelle zone di Mayadin e Albu Kamal.", "it",
         ["sy-mayadin", "sy-abu-kamal"]),
        # the capital's own area stays the capital
        ("Des frappes ont visé la région de Damas.", "fr", ["sy-damascus"]),
        ("Arresti anche nella campagna di Damasco.", "it", ["sy-gov-rif-dimashq"]),
        # two adjectives between the word and "de"; a direction after it is no adjective
        ("Murieron en la provincia oriental siria de Deir ez Zor.", "es",
         ["sy-gov-deir-ez-zor"]),
        ("Rapite nelle campagne a ovest di Aleppo.", "it", ["sy-aleppo"]),
        # German compounds of "Provinz", the Arabic countryside of two governorates
        ("Wahllokale wurden in der Nachbarprovinz Hama geöffnet.", "de", ["sy-gov-hama"]),
        ("نزحت عائلات من ريفي حماة وحمص.", "ar", ["sy-gov-hama", "sy-gov-homs"]),
        ("وتؤوي أجزاء من أرياف حلب وحماة ملايين النازحين.", "ar",
         ["sy-gov-aleppo", "sy-gov-hama"]),
    ],
)
def test_region_word_before_a_town(gaz, body, language, want) -> None:
    report = Report("c" * 16, "c.md", "test", date(2021, 3, 22), body, language=language)
    assert [m.site_id for m in extract_mentions(report, gaz)] == want
