"""Counted spans back from the report's day and months told as adjectives, in other languages."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.dates import find_time_expressions

PUBLISHED = date(2017, 3, 23)  # a Thursday


def _found(text: str, language: str) -> dict[str, tuple[str, str]]:
    return {e.text: (str(e.date_start), str(e.date_end))
            for e in find_time_expressions(text, PUBLISHED, language)}


@pytest.mark.parametrize(
    ("text", "language", "words", "start"),
    [
        ("Os rebeldes conquistaram nos últimos dois dias várias localidades.", "pt",
         "nos últimos dois dias", "2017-03-21"),
        ("Les rebelles ont pris ces deux derniers jours plusieurs villages.", "fr",
         "ces deux derniers jours", "2017-03-21"),
        ("Au moins 30 frappes au cours des 48 dernières heures.", "fr", "des 48 dernières heures",
         "2017-03-21"),
        ("Los rebeldes tomaron en los últimos tres días varias localidades.", "es",
         "los últimos tres días", "2017-03-20"),
        ("I ribelli hanno preso negli ultimi due giorni diversi villaggi.", "it",
         "negli ultimi due giorni", "2017-03-21"),
        ("Die Rebellen eroberten in den vergangenen zwei Wochen mehrere Dörfer.", "de",
         "in den vergangenen zwei Wochen", "2017-03-09"),
        ("Боевики за последние 48 часов захватили несколько сёл.", "ru",
         "за последние 48 часов", "2017-03-21"),
        ("سيطر المسلحون خلال اليومين الماضيين على عدة قرى.", "ar", "خلال اليومين الماضيين",
         "2017-03-21"),
        ("قتل 20 شخصاً خلال الأيام الثلاثة الماضية.", "ar", "خلال الأيام الثلاثة الماضية",
         "2017-03-20"),
        ("Muhalifler son iki günde birçok köyü ele geçirdi.", "tr", "son iki günde", "2017-03-21"),
        ("در ۴ روز گذشته ده‌ها حمله انجام شد.", "fa", "در ۴ روز گذشته", "2017-03-19"),
    ],
)
def test_the_last_n_days_run_up_to_the_report(text, language, words, start) -> None:
    assert _found(text, language).get(words) == (start, "2017-03-23")


def test_the_past_day_in_persian_is_yesterday() -> None:
    found = _found("ظریف روز گذشته در بیروت با مقامات لبنانی دیدار کرده بود.", "fa")
    assert found.get("روز گذشته") == ("2017-03-22", "2017-03-22")


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("Асад поблагодарил Россию за помощь после февральского землетрясения.", "февральского",
         "2017-02-01", "2017-02-28"),
        ("В августовских боях погибли десятки человек.", "августовских", "2016-08-01",
         "2016-08-31"),
    ],
)
def test_a_russian_month_adjective_is_the_latest_such_month(text, words, start, end) -> None:
    assert _found(text, "ru").get(words) == (start, end)
