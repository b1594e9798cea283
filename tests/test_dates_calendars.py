"""Tests for Solar Hijri, Hijri and Persian-Gregorian dates (reportmap.dates_calendars)."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from convertdate import islamic, persian

from reportmap.dates import find_time_expressions
from reportmap.dates_calendars import (
    find_calendar_dates,
    solar_month_span,
    solar_to_gregorian,
    solar_year_span,
)

DEY5 = date(2023, 12, 26)  # 5 Dey 1402, the day after Razi Mousavi's death
ESF25 = date(2024, 3, 15)  # 25 Esfand 1402, five days before Nowruz 1403
FAR6 = date(2024, 3, 25)  # 6 Farvardin 1403, five days after Nowruz


def d(s: str) -> date:
    return date.fromisoformat(s)


# (language, text, published, expected text, start, end): the one expression in the text
ROWS = [
    # Solar Hijri days, with and without a year
    ("fa", "عصر دیروز دوشنبه ۴ دی‌ماه در حمله", DEY5, "دوشنبه ۴ دی‌ماه", "2023-12-25", "2023-12-25"),
    ("fa", "بامداد ۱۳ دی‌ماه ۱۳۹۸ ترور شد", DEY5, "۱۳ دی‌ماه ۱۳۹۸", "2020-01-03", "2020-01-03"),
    ("fa", "روز پنجشنبه هفتم دی‌ماه", DEY5, "پنجشنبه هفتم دی‌ماه", "2023-12-28", "2023-12-28"),
    ("fa", "از آغاز جنگ غزه در ۱۵ مهرماه", DEY5, "۱۵ مهرماه", "2023-10-07", "2023-10-07"),
    ("fa", "۲۵ اسفند ۱۳۸۹", DEY5, "۲۵ اسفند ۱۳۸۹", "2011-03-16", "2011-03-16"),
    ("fa", "۴ دی", DEY5, "۴ دی", "2023-12-25", "2023-12-25"),
    ("fa", "۴ دیماه ۱۴۰۲", DEY5, "۴ دیماه ۱۴۰۲", "2023-12-25", "2023-12-25"),
    ("fa", "۴ دي ماه سال ۱۴۰۲ ه.ش", DEY5, "۴ دي ماه سال ۱۴۰۲ ه.ش", "2023-12-25", "2023-12-25"),
    ("fa", "4 دی 1402", DEY5, "4 دی 1402", "2023-12-25", "2023-12-25"),
    ("fa", "١٣ دی ١٣٩٨", DEY5, "١٣ دی ١٣٩٨", "2020-01-03", "2020-01-03"),
    ("fa", "یکم فروردین ۱۴۰۳", DEY5, "یکم فروردین ۱۴۰۳", "2024-03-20", "2024-03-20"),
    ("fa", "بیست و دوم بهمن ۱۳۵۷", DEY5, "بیست و دوم بهمن ۱۳۵۷", "1979-02-11", "1979-02-11"),
    ("fa", "سی و یکم شهریور ۱۳۵۹", DEY5, "سی و یکم شهریور ۱۳۵۹", "1980-09-22", "1980-09-22"),
    ("fa", "۲۸ مرداد ۱۳۳۲", DEY5, "۲۸ مرداد ۱۳۳۲", "1953-08-19", "1953-08-19"),
    ("fa", "۳۰ اسفند ۱۴۰۳", DEY5, "۳۰ اسفند ۱۴۰۳", "2025-03-20", "2025-03-20"),
    ("fa", "۱۰ تا ۱۲ مهر ۱۴۰۲", DEY5, "۱۰ تا ۱۲ مهر ۱۴۰۲", "2023-10-02", "2023-10-04"),
    ("fa", "از ۱۰ مهر تا ۱۵ آبان", DEY5, "از ۱۰ مهر تا ۱۵ آبان", "2023-10-02", "2023-11-06"),
    # the year of a day-month around Nowruz
    ("fa", "۲۸ اسفند", FAR6, "۲۸ اسفند", "2024-03-18", "2024-03-18"),
    ("fa", "۲ فروردین", ESF25, "۲ فروردین", "2024-03-21", "2024-03-21"),
    ("fa", "۱۵ فروردین", ESF25, "۱۵ فروردین", "2023-04-04", "2023-04-04"),
    ("fa", "۳ فروردین", FAR6, "۳ فروردین", "2024-03-22", "2024-03-22"),
    # Solar months: exact Gregorian first and last days
    ("fa", "اسرائیل در مهرماه", DEY5, "مهرماه", "2023-09-23", "2023-10-22"),
    ("fa", "مهر ماه ۱۴۰۲", DEY5, "مهر ماه ۱۴۰۲", "2023-09-23", "2023-10-22"),
    ("fa", "اسفند ۱۳۸۹", DEY5, "اسفند ۱۳۸۹", "2011-02-20", "2011-03-20"),
    ("fa", "اسفند ۱۴۰۲", DEY5, "اسفند ۱۴۰۲", "2024-02-20", "2024-03-19"),
    ("fa", "در ماه آبان", DEY5, "ماه آبان", "2023-10-23", "2023-11-21"),
    ("fa", "اعتراضات آبان ۹۸، گسترده بود", DEY5, "آبان ۹۸", "2019-10-23", "2019-11-21"),
    ("fa", "در دی‌ماه", DEY5, "دی‌ماه", "2023-12-22", "2023-12-26"),  # cut at publication
    ("fa", "در فروردین‌ماه", ESF25, "فروردین‌ماه", "2023-03-21", "2023-04-20"),
    ("fa", "فروردین‌ماه", FAR6, "فروردین‌ماه", "2024-03-20", "2024-03-25"),
    ("fa", "از ۱۵ مهرماه تاکنون", DEY5, "از ۱۵ مهرماه تاکنون", "2023-10-07", "2023-12-26"),
    ("fa", "قیام ۱۵ خرداد ۴۲ در قم", DEY5, "۱۵ خرداد ۴۲", "1963-06-05", "1963-06-05"),
    ("fa", "مهرماه سال گذشته", DEY5, "مهرماه سال گذشته", "2022-09-23", "2022-10-22"),
    ("fa", "اواخر مهرماه", DEY5, "اواخر مهرماه", "2023-10-13", "2023-10-22"),
    # last / next Solar month: not "ماه گذشته" (last month) read from the month's second word
    ("fa", "در بهمن‌ماه گذشته بمباران کرده بودند", FAR6, "بهمن‌ماه گذشته", "2024-01-21",
     "2024-02-19"),
    ("fa", "در آبان گذشته", DEY5, "آبان گذشته", "2023-10-23", "2023-11-21"),
    ("fa", "دی‌ماه گذشته", DEY5, "دی‌ماه گذشته", "2022-12-22", "2023-01-20"),  # said in Dey
    ("fa", "در فروردین آینده برگزار می‌شود", DEY5, "فروردین آینده", "2024-03-20", "2024-04-19"),
    ("ar", "في أواخر رمضان 1444 هـ", DEY5, "أواخر رمضان 1444 هـ", "2023-04-12", "2023-04-21"),
    # Solar years
    ("fa", "در سال ۱۳۹۰", DEY5, "سال ۱۳۹۰", "2011-03-21", "2012-03-19"),
    ("fa", "سال ۱۳۹۸", DEY5, "سال ۱۳۹۸", "2019-03-21", "2020-03-19"),
    ("fa", "۱۴۰۲ ه.ش", DEY5, "۱۴۰۲ ه.ش", "2023-03-21", "2023-12-26"),
    # Hijri (lunar)
    ("ar", "12 جمادى الآخرة 1445", DEY5, "12 جمادى الآخرة 1445", "2023-12-25", "2023-12-25"),
    ("ar", "الاثنين ١٢ جمادى الآخرة ١٤٤٥ هـ", DEY5, "الاثنين ١٢ جمادى الآخرة ١٤٤٥ هـ",
     "2023-12-25", "2023-12-25"),
    ("ar", "خلال شهر رمضان 1445 هـ", DEY5, "شهر رمضان 1445 هـ", "2024-03-11", "2024-04-09"),
    ("ar", "في عام 1445 هـ", DEY5, "عام 1445 هـ", "2023-07-19", "2023-12-26"),
    ("ar", "١ مُحَرَّم ١٤٤٥ هـ", DEY5, "١ مُحَرَّم ١٤٤٥ هـ", "2023-07-19", "2023-07-19"),
    ("fa", "۱۲ ربیع‌الاول ۱۴۴۵ ه.ق", DEY5, "۱۲ ربیع‌الاول ۱۴۴۵ ه.ق", "2023-09-27", "2023-09-27"),
    ("fa", "رمضان ۱۴۴۵", DEY5, "رمضان ۱۴۴۵", "2024-03-11", "2024-04-09"),
    ("fa", "دهم ذی‌الحجه ۱۴۴۴", DEY5, "دهم ذی‌الحجه ۱۴۴۴", "2023-06-29", "2023-06-29"),
    # Gregorian months spelled in Persian
    ("fa", "۲۵ دسامبر ۲۰۲۳", DEY5, "۲۵ دسامبر ۲۰۲۳", "2023-12-25", "2023-12-25"),
    ("fa", "دسامبر ۲۰۲۲", DEY5, "دسامبر ۲۰۲۲", "2022-12-01", "2022-12-31"),
    ("fa", "در اکتبر", DEY5, "اکتبر", "2023-10-01", "2023-10-31"),
    ("fa", "۵ مه ۲۰۲۳", DEY5, "۵ مه ۲۰۲۳", "2023-05-05", "2023-05-05"),
    ("fa", "۷ آگوست", DEY5, "۷ آگوست", "2023-08-07", "2023-08-07"),
    ("fa", "در سال ۲۰۲۰", DEY5, "سال ۲۰۲۰", "2020-01-01", "2020-12-31"),
    # Dari month names, only as day-month-year
    ("fa", "۲۴ اسد ۱۴۰۰", DEY5, "۲۴ اسد ۱۴۰۰", "2021-08-15", "2021-08-15"),
]


@pytest.mark.parametrize(("lang", "text", "published", "words", "start", "end"), ROWS)
def test_calendar_dates(
    lang: str, text: str, published: date, words: str, start: str, end: str
) -> None:
    found = [e for e in find_time_expressions(text, published, lang) if e.basis == "explicit"]
    assert len(found) == 1, f"{text!r}: {found}"
    e = found[0]
    assert (e.text, e.date_start, e.date_end) == (words, d(start), d(end))
    assert text[e.start : e.end] == e.text


NON_DATES = [
    ("fa", "این سند مهر وزارت خارجه را دارد"),
    ("fa", "او تیر خلاص را زد"),
    ("fa", "دی‌شب به خانه رفتیم"),
    ("fa", "دی‌ان‌ای قربانی"),
    ("fa", "در ماه رمضان مردم روزه می‌گیرند"),
    ("fa", "۳ تیر شلیک شد"),
    ("fa", "مه غلیظ شهر را فرا گرفت و در مه گم شدیم"),
    ("fa", "در نیمه اول مهر"),
    ("fa", "۱۴۰۰ سال پیش"),
    ("fa", "بهمن و آذر به تهران رفتند"),
    ("fa", "بشار اسد در دمشق"),
    ("fa", "صفر درصد"),
    ("fa", "در سال ۲۰۰۰ نفر کشته می‌شوند"),
    ("fa", "۱۲ صفر"),
    ("fa", "در رمضان ۱۴۰۲"),  # Ramadan of Solar 1402, not Hijri 1402
    ("ar", "خلال شهر رمضان المبارك"),
    ("ar", "رجب طيب أردوغان"),
    ("ar", "في الجولة 12 رجب"),
]


@pytest.mark.parametrize(("lang", "text"), NON_DATES)
def test_non_dates(lang: str, text: str) -> None:
    assert find_calendar_dates(text, DEY5, lang) == []


def test_no_persian_calendars_for_other_languages() -> None:
    assert find_calendar_dates("۴ دی‌ماه ۱۴۰۲", DEY5, "en") == []
    assert find_calendar_dates("۴ دی‌ماه ۱۴۰۲", DEY5, "ar") == []


@pytest.mark.parametrize("year", [1357, 1399, 1402, 1403])
def test_solar_arithmetic_agrees_with_convertdate(year: int) -> None:
    for month in range(1, 13):
        first, last = solar_month_span(year, month)
        assert first == date(*persian.to_gregorian(year, month, 1))
        assert (last - first).days + 1 == persian.month_length(year, month)
    y0, y1 = solar_year_span(year)
    assert y1 + timedelta(days=1) == date(*persian.to_gregorian(year + 1, 1, 1))
    assert solar_to_gregorian(year, 12, 31) is None


def test_known_conversions() -> None:
    assert solar_to_gregorian(1402, 10, 4) == date(2023, 12, 25)
    assert solar_to_gregorian(1398, 10, 13) == date(2020, 1, 3)
    assert solar_to_gregorian(1403, 1, 1) == date(2024, 3, 20)
    assert solar_to_gregorian(1402, 12, 30) is None  # 1402 is not a leap year
    assert date(*islamic.to_gregorian(1445, 6, 12)) == date(2023, 12, 25)


def test_invalid_leap_day_falls_back_to_the_month() -> None:
    found = find_time_expressions("۳۰ اسفند ۱۴۰۲", DEY5, "fa")
    assert [(e.text, e.granularity) for e in found] == [("اسفند ۱۴۰۲", "month")]


def test_future_day_month() -> None:
    text = "مراسم روز پنجشنبه هفتم دی‌ماه برگزار خواهد شد"
    (e,) = find_calendar_dates(text, DEY5, "fa")[:1]
    assert e.date_start == date(2023, 12, 28) and e.future
    later = find_calendar_dates("نشست ۲۰ فروردین برگزار خواهد شد", DEY5, "fa")[0]
    assert later.date_start == date(2024, 4, 8) and later.future


@pytest.mark.parametrize(("lang", "text"), [
    ("fa", 'جلیلی روز سه‌شنبه ۱۷ مرداد در دمشق گفت ایران "اجازه نخواهد داد".'),
    ("en", "Jalili will meet Assad in Damascus on August 7."),
])
def test_future_day_month_on_the_day_of_publication(lang: str, text: str) -> None:
    # a future verb does not push the publication day itself to the next year
    (e,) = [x for x in find_time_expressions(text, date(2012, 8, 7), lang) if x.date_start]
    assert e.date_start == date(2012, 8, 7)


def test_real_persian_report_end_to_end() -> None:
    text = (
        "سردار سید رضی موسوی از مستشاران نظامی ارشد ایران در سوریه عصر دیروز دوشنبه ۴ دی‌ماه "
        "در حمله موشکی رژیم صهیونیستی به منطقه زینبیه دمشق به شهادت رسید. سردار قاسم سلیمانی "
        "بامداد ۱۳ دی‌ماه ۱۳۹۸ در فرودگاه بغداد ترور شد. مراسم روز پنجشنبه هفتم دی‌ماه برگزار "
        "می‌شود. از آغاز جنگ غزه در ۱۵ مهرماه، اسرائیل در مهرماه حملات خود را افزایش داد. "
        "این سند مهر وزارت را دارد و تیر خلاص زده شد."
    )
    found = find_time_expressions(text, DEY5, "fa")
    got = [(e.text, str(e.date_start), str(e.date_end)) for e in found]
    assert got == [
        ("دیروز", "2023-12-25", "2023-12-25"),
        ("دوشنبه ۴ دی\u200cماه", "2023-12-25", "2023-12-25"),
        ("۱۳ دی\u200cماه ۱۳۹۸", "2020-01-03", "2020-01-03"),
        ("پنجشنبه هفتم دی\u200cماه", "2023-12-28", "2023-12-28"),
        ("۱۵ مهرماه", "2023-10-07", "2023-10-07"),
        ("مهرماه", "2023-09-23", "2023-10-22"),
    ]
    for e in found:
        assert text[e.start : e.end] == e.text


def test_speed() -> None:
    text = ("در ۱۵ مهرماه ۱۴۰۲ و سال ۱۳۹۸ حمله‌ای رخ داد که مهر وزارت داشت. " * 300)
    t = time.perf_counter()
    found = find_time_expressions(text, DEY5, "fa")
    assert len(found) >= 600
    assert time.perf_counter() - t < 2.0


def test_a_third_of_the_solar_month_just_ending() -> None:
    """ "در میانه آبان" said on the last day of Aban: its middle third, not the month so far."""
    text = "این شهر در میانه آبان آزاد شده بود"
    found = {e.text: (e.date_start, e.date_end)
             for e in find_time_expressions(text, date(2017, 11, 21), "fa")}
    assert found.get("میانه آبان") == (date(2017, 11, 2), date(2017, 11, 11))
