"""Capitals that stand for their governments, and posts that are titles, in many languages."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.extract import extract_mentions
from reportmap.model import Mention, Report

PUBLISHED = date(2019, 7, 23)
CAPITALS = {"tr-ankara", "sy-damascus", "ru-moscow", "jo-amman"}


def _extract(gaz: Gazetteer, body: str, language: str) -> list[Mention]:
    report = Report("m" * 16, "m.md", "test", PUBLISHED, body, language=language)
    return extract_mentions(report, gaz)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "Москва потребовала от Анкары объяснений после посадки самолёта в Алеппо."),
        ("pt", "Damasco e Moscou negam ter civis como alvo em Maarat al-Numan."),
        ("pt", "Ancara pediu a Moscou que contenha os ataques em Idlib."),
        ("es", "Damasco calificó de positivo el encuentro sobre Manbij."),
        ("ar", "قصفت الطائرات سوق جسر الشغور. ولم يصدر تعليق فوري من موسكو."),
        ("ar", "قصفت الطائرات إدلب رغم الهدنة التي توصلت إليها روسيا الداعمة لدمشق."),
        ("en", "Trucks were seen in Tartus. Moscow has been moving equipment out of the country."),
        ("de", "Jordanien hatte den syrischen Botschafter in Amman ausgewiesen. In Daraa blieb "
               "es ruhig."),
    ],
)
def test_capital_as_government(gaz, language, body) -> None:
    sites = [m.site_id for m in _extract(gaz, body, language)]
    assert not CAPITALS & set(sites), sites
    assert sites, "the real place of the sentence is still found"


def test_an_ambassador_outside_a_capital_is_there(gaz) -> None:
    body = "La présence de l'ambassadeur des États-Unis à Hama est une provocation."
    assert [m.site_id for m in _extract(gaz, body, "fr")] == ["sy-hama"]


def test_russian_source_after_a_preposition(gaz) -> None:
    body = "Самолёт, следовавший в Дамаск, посадили в Анкаре, сообщили в четверг в МИД РФ."
    assert {m.claimant for m in _extract(gaz, body, "ru")} == {"МИД РФ"}
