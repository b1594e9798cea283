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


@pytest.mark.parametrize(
    ("text", "language", "words", "start", "end"),
    [
        ("Il a été tué il y a trois jours.", "fr", "il y a trois jours", "2017-03-20",
         "2017-03-20"),
        ("Er starb vor zwei Monaten.", "de", "vor zwei Monaten", "2017-01-01", "2017-01-31"),
        ("Murió hace tres días.", "es", "hace tres días", "2017-03-20", "2017-03-20"),
        ("È morto tre giorni fa.", "it", "tre giorni fa", "2017-03-20", "2017-03-20"),
        ("Он погиб три дня назад.", "ru", "три дня назад", "2017-03-20", "2017-03-20"),
        ("قتل قبل ثلاث سنوات.", "ar", "قبل ثلاث سنوات", "2014-01-01", "2014-12-31"),
        ("او سه روز پیش کشته شد.", "fa", "سه روز پیش", "2017-03-20", "2017-03-20"),
        # "از" before it: from then until the report
        ("نیروها از حدود دو هفته پیش وارد شهر شده‌اند.", "fa", "دو هفته پیش", "2017-03-09",
         "2017-03-23"),
    ],
)
def test_number_words_count_back_from_the_report(text, language, words, start, end) -> None:
    assert _found(text, language).get(words) == (start, end)


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("نیروهای عراقی هفته گذشته وارد راوه شدند.", "هفته گذشته", "2017-03-13", "2017-03-19"),
        # the Persian week starts on Saturday: Thursday the 23rd is in the same week as Saturday
        # the 18th, so "Saturday of last week" is the 11th
        ("روز شنبه هفته گذشته حمله شد.", "روز شنبه هفته گذشته", "2017-03-11", "2017-03-11"),
        ("روز پنجشنبه هفته گذشته حمله شد.", "پنجشنبه هفته گذشته", "2017-03-16", "2017-03-16"),
        ("دیشب حمله شد.", "دیشب", "2017-03-22", "2017-03-23"),
    ],
)
def test_persian_last_week_and_last_night(text, words, start, end) -> None:
    assert _found(text, "fa").get(words) == (start, end)
