"""Seasons without a year: the latest such season, the one before, this one, the coming one."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.dates import find_time_expressions
from reportmap.dates_seasons import season_of

DEC = date(2012, 12, 17)  # a Monday in winter
OCT = date(2020, 10, 26)  # in autumn


@pytest.mark.parametrize(
    ("language", "text", "published", "start", "end"),
    [
        ("en", "fighting has crept closer since the summer, as rebels advanced", DEC,
         "2012-06-01", "2012-12-17"),
        ("en", "shorter rounds of fighting in the autumn", DEC, "2012-09-01", "2012-11-30"),
        ("en", "they left last summer", DEC, "2012-06-01", "2012-08-31"),
        ("en", "the siege of this winter", DEC, "2012-12-01", "2012-12-17"),
        ("en", "attacks since the spring", OCT, "2020-03-01", "2020-10-26"),
        ("en", "clashes last winter", OCT, "2019-12-01", "2020-02-29"),
        ("en", "in early summer", OCT, "2020-06-01", "2020-06-30"),
        ("de", "das seit dem vergangenen Frühjahr von der Türkei kontrolliert wird",
         date(2019, 1, 10), "2018-03-01", "2019-01-10"),
        ("fr", "l'été dernier", OCT, "2020-06-01", "2020-08-31"),
        ("fr", "depuis l'automne", date(2016, 4, 28), "2015-09-01", "2016-04-28"),
        ("it", "diviso dall'estate scorsa", date(2013, 4, 25), "2012-06-01", "2013-04-25"),
        ("it", "i lavori partiranno in autunno", date(2024, 7, 1), "2024-09-01", "2024-11-30"),
        ("es", "el verano pasado", OCT, "2020-06-01", "2020-08-31"),
        ("pt", "desde a primavera", OCT, "2020-03-01", "2020-10-26"),
        ("ru", "летом в Алеппо", OCT, "2020-06-01", "2020-08-31"),
        ("ru", "с весны", OCT, "2020-03-01", "2020-10-26"),
        ("ru", "с лета 2012 года", OCT, "2012-06-01", "2020-10-26"),
        ("ar", "الصيف الماضي", OCT, "2020-06-01", "2020-08-31"),
        ("tr", "geçen kış", OCT, "2019-12-01", "2020-02-29"),
    ],
)
def test_a_season_without_a_year(language, text, published, start, end) -> None:
    found = find_time_expressions(text, published, language)
    assert [(str(e.date_start), str(e.date_end)) for e in found] == [(start, end)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the fall of Aleppo"),
        ("en", "since the Arab Spring"),
        ("en", "water from the spring"),
        ("fr", "depuis le printemps arabe"),
        ("es", "la primavera árabe"),
        ("de", "seit dem Arabischen Frühling"),
        ("ar", "منذ الربيع العربي"),
    ],
)
def test_no_season_where_the_word_is_something_else(language, text) -> None:
    assert find_time_expressions(text, OCT, language) == []


def test_this_season_is_the_current_one_or_this_years() -> None:
    assert season_of("summer", 0, OCT) == (date(2020, 6, 1), date(2020, 8, 31))
    assert season_of("winter", 0, OCT) == (date(2020, 12, 1), date(2021, 2, 28))
    assert season_of("spring", 1, OCT) == (date(2021, 3, 1), date(2021, 5, 31))
