"""Tests for the "since" forms, the part-of-day "day before", counted "for N days" and the
statement day of the lede (rules of session 28)."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.dates import find_time_expressions
from reportmap.text import SentenceIndex
from reportmap.timing import Timeline


def spans(text: str, published: date, language: str) -> list[tuple[str, str, str]]:
    return [
        (e.text, str(e.date_start), str(e.date_end))
        for e in find_time_expressions(text, published, language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # Turkish: an ablative with "bu yana" / "beri" after the time
        ("Köy dün akşamdan bu yana bombalanıyor.", "tr", ("dün akşamdan bu yana", "2021-03-09")),
        ("Yol dün sabahtan beri kapalı.", "tr", ("dün sabahtan beri", "2021-03-09")),
        # Italian "da" right before the time
        ("Da lunedì i camion portano aiuti nella valle.", "it", ("Da lunedì", "2021-03-08")),
    ],
)
def test_since_told_by_a_suffix_or_da_runs_to_the_report_day(text, language, want) -> None:
    published = date(2021, 3, 10)  # a Wednesday
    got = spans(text, published, language)
    assert (want[0], want[1], "2021-03-10") in got


def test_an_italian_range_from_da_is_not_a_since() -> None:
    got = spans("Gli scontri sono durati da lunedì a mercoledì.", date(2021, 3, 12), "it")
    assert all(end != "2021-03-12" for _, _, end in got)


def test_a_turkish_ablative_without_bu_yana_is_not_a_since() -> None:
    got = spans("Heyet dün akşam Ankara'dan ayrıldı.", date(2021, 3, 10), "tr")
    assert ("dün", "2021-03-09", "2021-03-09") in got


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("On Monday the army said the strike had hit the depot the previous evening.", "en",
         "the previous evening"),
        ("El lunes el ejército dijo que los misiles cayeron la noche anterior.", "es",
         "la noche anterior"),
        ("Am Montag teilte die Armee mit, die Raketen seien am Abend zuvor eingeschlagen.", "de",
         "am Abend zuvor"),
        ("Lunedì l'esercito ha detto che i razzi erano caduti la sera prima.", "it",
         "la sera prima"),
    ],
)
def test_the_evening_before_is_the_day_before_the_day_told(text, language, words) -> None:
    got = spans(text, date(2021, 3, 10), language)  # Monday = March 8
    assert (words, "2021-03-07", "2021-03-07") in got


def test_the_night_before_an_event_is_its_eve_not_a_day() -> None:
    got = spans("On Monday, the night before the vote, crowds gathered.", date(2021, 3, 10), "en")
    assert all(text != "the night before" for text, _, _ in got)


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("Depuis trois jours, les frappes visent la ville.", "fr", "2021-03-07"),
        ("Depuis une semaine, les frappes visent la ville.", "fr", "2021-03-03"),
        ("Seit drei Tagen greifen die Flugzeuge die Stadt an.", "de", "2021-03-07"),
        ("Seit einer Woche greifen die Flugzeuge die Stadt an.", "de", "2021-03-03"),
        ("Da tre giorni gli aerei colpiscono la città.", "it", "2021-03-07"),
        ("Da una settimana gli aerei colpiscono la città.", "it", "2021-03-03"),
    ],
)
def test_for_n_days_runs_back_from_the_report_day(text, language, first) -> None:
    got = spans(text, date(2021, 3, 10), language)
    assert [(s, e) for _, s, e in got] == [(first, "2021-03-10")]


def test_the_day_of_the_news_is_the_event_not_the_statement() -> None:
    body = ("The army said on Friday it had struck a depot near Saraqeb the previous evening. "
            "Activists said the raid also hit a house in Binnish.")
    published = date(2021, 3, 12)  # a Friday
    timeline = Timeline(body, published, "en", SentenceIndex(body))
    assert timeline.news == date(2021, 3, 11)
    start = body.index("Binnish")
    got, _ = timeline.interval_for(start, start + len("Binnish"))
    assert (got.start, got.end) == (date(2021, 3, 11), date(2021, 3, 11))


def test_a_night_running_into_the_statement_day_keeps_that_day() -> None:
    body = ("Rebels said early Sunday they had taken the city after troops pulled out overnight. "
            "Crowds gathered in the main square.")
    timeline = Timeline(body, date(2024, 12, 8), "en", SentenceIndex(body))
    assert timeline.news == date(2024, 12, 8)


@pytest.mark.parametrize(
    "body",
    [
        "ومنذ عام 2011 لجأ إلى لبنان أكثر من مليون سوري، يعيش كثير منهم في البقاع.",
        "لجأ إلى لبنان منذ عام 2011 أكثر من مليون سوري، يعيش كثير منهم في البقاع.",
    ],
)
def test_arabic_since_a_year_runs_to_the_report_day(body) -> None:
    # "ومنذ" (and since) with its conjunction, "عام" (the year) between it and the number
    timeline = Timeline(body, date(2025, 1, 11), "ar", SentenceIndex(body))
    start = body.index("البقاع")
    got, _ = timeline.interval_for(start, start + len("البقاع"))
    assert (str(got.start), str(got.end)) == ("2011-01-01", "2025-01-11")
