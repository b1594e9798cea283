""""Since then": from the time named just before to the publication day."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.dates import find_time_expressions

P = date(2014, 1, 9)


@pytest.mark.parametrize(
    ("language", "text", "words", "start"),
    [
        ("en", "They began on Friday near Atarib and have since spread across Idlib.", "since",
         "2014-01-03"),
        ("en", "It was captured on June 10. Since then the group has held it.", "Since then",
         "2013-06-10"),
        ("fr", "Ils ont pris la ville le 3 janvier et ont depuis avancé.", "depuis",
         "2014-01-03"),
        ("fr", "Le 3 janvier, ils sont arrivés. Depuis lors, rien.", "Depuis lors", "2014-01-03"),
        ("de", "Im März 2013 fiel die Stadt. Seitdem herrscht dort der IS.", "Seitdem",
         "2013-03-01"),
        ("es", "En marzo de 2013 cayó la ciudad. Desde entonces la controla el EI.",
         "Desde entonces", "2013-03-01"),
        ("ru", "В марте 2013 года город взяли. С тех пор он в руках боевиков.", "С тех пор",
         "2013-03-01"),
        ("ar", "سيطر التنظيم على المدينة في آذار 2013، ومنذ ذلك الحين يحكمها.",
         "منذ ذلك الحين", "2013-03-01"),
        ("tr", "Şehir Mart 2013'te düştü. O zamandan beri örgütün elinde.", "O zamandan beri",
         "2013-03-01"),
        ("fr", "Le 3 janvier, l'armée a pris Qousseir. Depuis, des roquettes tombent.", "Depuis",
         "2014-01-03"),
    ],
)
def test_since_then_runs_from_the_time_before_to_the_news(language, text, words, start) -> None:
    found = {e.text: e for e in find_time_expressions(text, P, language)}
    assert (str(found[words].date_start), found[words].date_end) == (start, P)


def test_since_then_with_no_time_before_is_no_date() -> None:
    assert find_time_expressions("Since then the group has held it.", P, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("en", "Rebels have held the town since dawn on Wednesday.", "since dawn on Wednesday"),
        ("en", "Shelling has gone on since the early hours of Wednesday.",
         "since the early hours of Wednesday"),
        ("fr", "Les combats durent depuis l'aube de mercredi.", "depuis l'aube de mercredi"),
        # "since dawn yesterday, Wednesday": the weekday names the same day
        ("ar", "سيطروا منذ فجر أمس الأربعاء على بلدات.", "منذ فجر أمس الأربعاء"),
    ],
)
def test_since_an_hour_of_a_day_runs_to_the_news(language, text, words) -> None:
    found = {e.text: e for e in find_time_expressions(text, P, language)}
    assert (found[words].date_start, found[words].date_end) == (date(2014, 1, 8), P)


def test_the_past_months_as_a_subject_in_arabic() -> None:
    found = find_time_expressions("وشهدت الأشهر الماضية عمليات إخلاء مماثلة.", P, "ar")
    assert [(e.text, e.date_end) for e in found] == [("الأشهر الماضية", P)]
