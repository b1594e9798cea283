"""What began on one day and went on: one span from that day to the later one."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import extract

WEDNESDAY = date(2013, 7, 17)


def _dates(gaz, body: str, language: str) -> set[tuple[str, str]]:
    return {(str(m.date_start), str(m.date_end)) for m in extract(gaz, body, language, WEDNESDAY)}


@pytest.mark.parametrize(
    ("language", "body", "start"),
    [
        ("en", "Clashes that began on Monday in Ras al-Ain continued on Wednesday.", "2013-07-15"),
        ("en", "Fighting in Ras al-Ain, which began on Monday, continued today.", "2013-07-15"),
        ("fr", "Les combats, qui ont commencé lundi à Ras al-Aïn, se poursuivaient mercredi.",
         "2013-07-15"),
        ("es", "Los enfrentamientos en Ras al Ain, que comenzaron el lunes, continuaban hoy.",
         "2013-07-15"),
        ("de", "Die Kämpfe in Ras al-Ain, die am Montag begonnen hatten, dauerten am Mittwoch "
         "an.", "2013-07-15"),
        ("ru", "Бои в Рас-эль-Айне, начавшиеся в понедельник, продолжались в среду.",
         "2013-07-15"),
        ("it", "Gli scontri a Ras al-Ain, iniziati lunedì, sono proseguiti mercoledì.",
         "2013-07-15"),
        ("tr", "Resulayn kentinde dün başlayan çatışmalar bugün de sürdü.", "2013-07-16"),
        ("ar", "تواصلت اليوم الاشتباكات التي اندلعت أمس في رأس العين.", "2013-07-16"),
    ],
)
def test_a_day_it_began_and_a_later_day_it_went_on_make_one_span(gaz, language, body, start):
    assert _dates(gaz, body, language) == {(start, "2013-07-17")}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("en", "Fighting began on Monday in Ras al-Ain and three people died."),
        # "استمرت طوال الليل": it lasted all night, not until a later day
        ("ar", "بدأ الهجوم مساء الاثنين على رأس العين واستمرت الاشتباكات طوال الليل."),
    ],
)
def test_what_only_began_keeps_its_day(gaz, language, body) -> None:
    assert _dates(gaz, body, language) == {("2013-07-15", "2013-07-15")}
