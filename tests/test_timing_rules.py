"""Rules of session 27 for the dates of mentions: tense words, the context a sentence inherits,
spans told in the pluperfect, "at the same time" and weekdays ahead (reportmap.timing, tense,
dates_base)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reportmap.dates_base import future_context  # noqa: E402
from reportmap.tense import tells_past  # noqa: E402
from reportmap.timing_cues import STANDING, without_relative_clauses  # noqa: E402
from tests.test_timing import interval  # noqa: E402


@pytest.mark.parametrize(
    ("sentence", "language", "past"),
    [
        # irregular past forms and participles
        ("Un raid ha aperto un cratere vicino al valico.", "it", True),
        ("I jihadisti hanno distrutto il monastero.", "it", True),
        ("Combattimenti sono in corso nella città.", "it", False),
        ("I militari sono presenti soprattutto nel nord-est.", "it", False),
        ("También hubo bombardeos en los alrededores de la ciudad.", "es", True),
        ("Alguns projéteis caíram perto da cidade.", "pt", True),
        ("Police used tear gas in the city.", "en", True),
        ("Бои шли в районе нескольких сёл.", "ru", True),
        ("Беспилотники были запущены из района деревни.", "ru", True),
        # French auxiliary and participle kept apart by a few words
        ("L'ambassadeur a pour sa part attribué le raid à l'aviation.", "fr", True),
        # German: subjunctive of reported speech, perfects without "ge", weak verbs
        ("Auch im Dorf seien Bomben eingeschlagen.", "de", True),
        ("Die letzten Rebellen haben die Stadt verlassen.", "de", True),
        ("Die meisten Bewohner sind in die Stadt geflohen.", "de", True),
        ("Auch in der Kleinstadt rückten Soldaten ein.", "de", True),
        ("Die Orte sind von den Rebellen umzingelt.", "de", False),
        # Turkish: the tense of the sentence's last word, the verb
        ("Yaralıların tedavisi İstanbul'daki hastanelerde sürüyor.", "tr", False),
        ("Mülteciler Kilis'teki kamplarda kalmaktadır.", "tr", False),
        ("Türk tankları öğle saatlerinde Cerablus'a girdi.", "tr", True),
        ("Polis kentte güvenlik önlemlerini artırdı.", "tr", True),
        ("Çobanbey ve Dabık çevresindeki köyler ele geçirilmişti.", "tr", True),
        ("Aileler uzun süredir bunu dile getiriyordu.", "tr", True),
        # a participle before its noun is no past: "600,000 registered refugees"
        ("Jordan hosts more than 600,000 registered Syrian refugees in camps.", "en", False),
        ("The armed groups hold the town.", "en", False),
        ("Rebels attacked the town.", "en", True),
        # a participle after its noun ("the pocket held by"): the verb of the sentence decides
        ("Three towns remain in the pocket held by Faylaq al-Rahman.", "en", False),
        ("The town was held by rebels.", "en", True),
        # Arabic opens on its verb: a verb of the present tells how things stand
        ("ويقول أهالي مجدل شمس إن المشروع سيقضم بساتينهم.", "ar", False),
        ("ولا تزال أكبر الحقول تحت سيطرة قسد.", "ar", False),
        ("قتل خمسة مدنيين في قصف على البلدة.", "ar", None),
        ("Dabık, küçük bir tarım kasabası.", "tr", None),  # no verb
        ("Bunu açıklayan Suriye hükümeti.", "tr", None),  # "-ti" of a noun, not a past
    ],
)
def test_past_forms(sentence: str, language: str, past: bool | None) -> None:
    assert tells_past(sentence, language) is past


@pytest.mark.parametrize(
    ("body", "place", "published", "language", "want"),
    [
        # an undated sentence in the present tells how things stand on the report's day
        ("Rebels took the town on Thursday. Fighting is concentrated around Sarmin.", "Sarmin",
         date(2019, 7, 23), "en", ("2019-07-23", "2019-07-23")),
        ("Los rebeldes tomaron la ciudad el jueves. Los combates se concentran en Sarmín.",
         "Sarmín", date(2019, 7, 23), "es", ("2019-07-23", "2019-07-23")),
        # a day told in the previous sentence still dates the past that goes on in order
        ("Rebels took the town on Thursday. They freed prisoners held in Sarmin.", "Sarmin",
         date(2019, 7, 23), "en", ("2019-07-18", "2019-07-18")),
        # a present told with a participle after its noun is still the present
        ("Government forces took Mesraba last week. Saqba and Jisrin remain in the pocket "
         "held by Faylaq al-Rahman.", "Saqba", date(2018, 3, 15), "en",
         ("2018-03-15", "2018-03-15")),
    ],
)
def test_present_tells_the_report_day(body, place, published, language, want) -> None:
    assert interval(body, place, published, language) == want


@pytest.mark.parametrize(
    ("body", "place", "language", "want"),
    [
        # what a place has or hosts, in the present after the lede: standing, undated
        ("Eine US-Patrouille wurde am Mittwoch gestoppt.\n\nRussland betreibt einen "
         "Stützpunkt am Flughafen von Kamischli.", "Kamischli", "de", ("None", "None")),
        ("Turkey shelled Afrin on Monday.\n\nThe YPG has several thousand fighters in the "
         "Afrin enclave.", "Afrin enclave", "en", ("None", "None")),
        # a past told in a relative clause does not make the main clause past
        ("Il governo ha approvato un insediamento sul Golan.\n\nSull'altopiano vivono 25.000 "
         "coloni, soprattutto a Katzrin, e drusi nei villaggi, tra cui Majdal Shams, la maggior "
         "parte dei quali ha mantenuto la cittadinanza siriana.", "Majdal Shams", "it",
         ("None", "None")),
        # but not in the lede
        ("The YPG has several thousand fighters in Afrin, officials say.", "Afrin", "en",
         ("2020-08-26", "2020-08-26")),
    ],
)
def test_what_a_place_has_is_standing_after_the_lede(body, place, language, want) -> None:
    assert interval(body, place, date(2020, 8, 26), language) == want


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Les déplacés ont repris la route mercredi. La trêve, annoncée mardi soir par Joe Biden, "
         "est entrée en vigueur. Des files de voitures se sont formées à Saïda.", "fr"),
        ("Displaced families headed home on Wednesday. The truce, announced on Tuesday by Joe "
         "Biden, took effect at dawn. Cars queued at Saïda.", "en"),
    ],
)
def test_a_day_said_of_the_subject_in_an_aside_is_not_carried_on(body, language) -> None:
    # the truce was announced on Tuesday; what followed it is the lede's Wednesday
    assert interval(body, "Saïda", date(2024, 11, 27), language) == ("2024-11-27", "2024-11-27")


@pytest.mark.parametrize(
    ("body", "place", "language"),
    [
        ("أعلنت الحكومة اليوم السبت أنها لن تشارك، وذلك غداة مؤتمر عُقد في مدينة الحسكة.",
         "الحسكة", "ar"),
        ("Oggi il governo ha rinunciato, all'indomani del congresso tenuto a Hasaka.", "Hasaka",
         "it"),
    ],
)
def test_the_morrow_of_an_event_dates_it_the_day_before(body, place, language) -> None:
    assert interval(body, place, date(2025, 8, 9), language) == ("2025-08-08", "2025-08-08")


@pytest.mark.parametrize(
    "text",
    [
        "The group calls on all parties to keep fighting away from roads around Manbij.",
        "Former army positions around the airport hold stockpiles that have yet to be surveyed.",
        "Residents said they have to walk to Saqba for bread.",
    ],
)
def test_an_infinitive_or_a_modal_is_no_standing_possession(text: str) -> None:
    assert not STANDING.search(text)


def test_relative_clauses_are_left_out_of_the_main_clause() -> None:
    text = "Betroffen ist das Lager Al-Hol, in dem 60 000 Menschen leben, und Tall Tamr."
    assert without_relative_clauses(text) == "Betroffen ist das Lager Al-Hol,, und Tall Tamr."
    assert not STANDING.search(without_relative_clauses(text))


def test_earlier_day_of_another_paragraph_is_not_inherited() -> None:
    """A day before the news told paragraphs ago: the story has come back to the news."""
    body = (
        "Rebels took the town of Binnish on Monday, activists said.\n\n"
        "The offensive was first announced on Thursday.\n\n"
        "Its commanders said little about their aims.\n\n"
        "Aid groups said families fled to camps near Atmeh."
    )
    assert interval(body, "Atmeh", date(2024, 3, 11)) == ("2024-03-11", "2024-03-11")
    # the paragraph right after the day goes on with its story, as a quotation does
    body = (
        "Rebels took the town of Binnish on Monday, activists said.\n\n"
        "The offensive was first announced on Thursday. Its commanders said little.\n\n"
        "Aid groups said families fled to camps near Atmeh."
    )
    assert interval(body, "Atmeh", date(2024, 3, 11)) == ("2024-03-07", "2024-03-07")
    # in the same paragraph, the day just told goes on
    body = (
        "Rebels took the town of Binnish on Monday, activists said.\n\n"
        "The offensive was first announced on Thursday. Families then fled to camps near Atmeh."
    )
    assert interval(body, "Atmeh", date(2024, 3, 11)) == ("2024-03-07", "2024-03-07")


def test_recent_days_told_in_the_pluperfect_end_the_day_before() -> None:
    body = ("Die Armee eroberte am Montag die Stadt. In Maarat al-Numan hatten Bewohner in den "
            "vergangenen Tagen gegen die Gruppe demonstriert.")
    assert interval(body, "Maarat al-Numan", date(2019, 1, 10), "de") == (
        "2019-01-03", "2019-01-09"
    )


def test_same_time_points_to_the_sentence_before() -> None:
    body = ("خرجت تظاهرات في درعا في آذار 2011. وفي الوقت نفسه خرجت تظاهرات في بانياس "
            "على الساحل.")
    assert interval(body, "بانياس", date(2021, 3, 15), "ar") == ("2011-03-01", "2011-03-31")


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Kofi Annan is expected in Damascus on Monday", True),
        ("Hezbollah said he would be buried there, in the district of Dahiyeh, on Monday", True),
        ("He said it would open, and the army, which left the town long ago, on Monday", False),
        ("The envoy visited Damascus on Monday", False),
    ],
)
def test_future_cue_reaches_over_an_aside(text: str, future: bool) -> None:
    assert future_context(text, text.rindex("on Monday"), weekday=True) is future


def test_same_time_points_to_the_day_not_to_a_state_since() -> None:
    body = ("Buses left Fua on Friday from the two towns, which rebels have besieged since 2015. "
            "At the same time buses left Madaya near the border.")
    assert interval(body, "Madaya", date(2017, 4, 16)) == ("2017-04-14", "2017-04-14")


@pytest.mark.parametrize(
    ("body", "place", "language", "want"),
    [
        # a new conjunct ("…, and in Beirut,") is dated by its own "where" clause
        ("Clashes in Tripoli killed eight people last week, and in Beirut, where two people "
         "died on Monday, the army deployed.", "Beirut", "en", ("2012-05-21", "2012-05-21")),
        ("Los choques en Trípoli causaron ocho muertos la semana pasada, y en Beirut, donde dos "
         "personas murieron el lunes.", "Beirut", "es", ("2012-05-21", "2012-05-21")),
        # the place's own clause holds a day: the "where" clause's day is not its own
        ("Iraq said on Monday it had closed the al-Qaim crossing, where soldiers crossed at "
         "the weekend.", "al-Qaim", "en", ("2012-05-21", "2012-05-21")),
    ],
)
def test_where_clause_dates_a_new_conjunct(body, place, language, want) -> None:
    assert interval(body, place, date(2012, 5, 23), language) == want


@pytest.mark.parametrize(
    ("body", "place", "language"),
    [
        # "until today" ends a record; it dates nothing
        ("Iran fired missiles at Erbil on Monday. The missiles fired at Idlib flew 1,200 km, "
         "the longest strike until today.", "Idlib", "en"),
        ("سپاه شامگاه دوشنبه به اربیل حمله کرد. موشک‌ها به سمت ادلب شلیک شدند؛ این دورترین "
         "حمله سپاه تا امروز است.", "ادلب", "fa"),
        # a day told "in response to" another event is that event's
        ("Iran fired missiles at Erbil on Monday, in response to the bombings of January 3 in "
         "Kerman. The missiles aimed at Idlib were launched from Khuzestan.", "Idlib", "en"),
        ("سپاه شامگاه دوشنبه به اربیل حمله کرد، در پاسخ به انفجارهای ۱۳ دی در کرمان. موشک‌ها "
         "به سمت ادلب شلیک شدند.", "ادلب", "fa"),
    ],
)
def test_records_and_responses_keep_the_day_of_the_news(body, place, language) -> None:
    assert interval(body, place, date(2024, 1, 16), language) == ("2024-01-15", "2024-01-15")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("El puerto de Latakia ardió por segunda vez en este mes tras un ataque israelí con "
         "misiles lanzado ayer desde el mar.", "es"),
        ("The port of Latakia burned for the second time this month after an Israeli missile "
         "strike launched from the sea yesterday.", "en"),
    ],
)
def test_the_second_time_this_month_counts_and_dates_nothing(body, language) -> None:
    start, end = interval(body, "Latakia", date(2024, 1, 16), language)
    assert start >= "2024-01-15" and end == "2024-01-16"  # the news, not the whole month


def test_a_day_told_more_than_three_sentences_back_is_not_inherited() -> None:
    """Three undated sentences after an earlier day, the story is back at the news."""
    body = (
        "Rebels attacked Hama on Thursday, activists said. On Monday, jets had struck Idlib. "
        "The army sent reinforcements. Residents fled north. Aid groups asked for a truce. "
        "Clashes were also reported in Saraqib."
    )
    assert interval(body, "Saraqib", date(2024, 3, 15)) == ("2024-03-14", "2024-03-14")
    body = "Rebels attacked Hama on Thursday. On Monday, jets had struck Idlib and Saraqib."
    assert interval(body, "Saraqib", date(2024, 3, 15)) == ("2024-03-11", "2024-03-11")


@pytest.mark.parametrize(
    ("body", "place", "published", "language", "want"),
    [
        ("The appointments come three weeks after the killings of early March, in which "
         "hundreds died in Latakia.", "Latakia", date(2025, 4, 1), "en",
         ("2025-03-01", "2025-03-10")),
        ("La nomination intervient trois semaines après les tueries de début mars, au cours "
         "desquelles des centaines de civils sont morts à Lattaquié.", "Lattaquié",
         date(2025, 4, 1), "fr", ("2025-03-01", "2025-03-10")),
        # the relative's subject is the event ("which killed"), and it may go on to a list
        ("An attack killed ten people near Palmyra on Friday. The attack came less than two "
         "weeks after the earthquake of 6 February, which killed thousands in Aleppo.", "Aleppo",
         date(2023, 2, 19), "en", ("2023-02-06", "2023-02-06")),
        ("Um ataque matou dez pessoas perto de Palmira na sexta-feira. O ataque ocorreu duas "
         "semanas depois do sismo de 6 de fevereiro, que matou milhares de pessoas na Síria, "
         "sobretudo nas províncias de Alepo e Idlib.", "Idlib", date(2023, 2, 19), "pt",
         ("2023-02-06", "2023-02-06")),
    ],
)
def test_a_relative_about_the_event_an_after_phrase_names_takes_its_date(
    body, place, published, language, want
) -> None:
    assert interval(body, place, published, language) == want


@pytest.mark.parametrize(
    ("body", "place", "language", "want"),
    [
        # a lede with no date of its own takes the day its paragraph's next sentence tells
        ("Die letzten Rebellen haben die Stadt Daraja verlassen. Am Freitag brachten Busse 700 "
         "Kämpfer nach Idlib.", "Daraja", "de", ("2016-08-26", "2016-08-26")),
        ("The rebels have left the town of Daraya. On Friday buses took 700 fighters to Idlib.",
         "Daraya", "en", ("2016-08-26", "2016-08-26")),
        # the next paragraph is another story: the lede stays the news
        ("The rebels have left the town of Daraya.\n\nOn Friday buses took 700 fighters away.",
         "Daraya", "en", ("2016-08-27", "2016-08-27")),
        # a day long before the news is no date of the lede
        ("The rebels have left the town of Daraya. In 2012 it was besieged.", "Daraya", "en",
         ("2016-08-27", "2016-08-27")),
    ],
)
def test_a_lede_without_a_date_takes_the_next_sentences_day(body, place, language, want) -> None:
    assert interval(body, place, date(2016, 8, 27), language) == want


@pytest.mark.parametrize(
    ("body", "place", "want"),
    [
        # the Russian agencies' "previously" with no date of its own: background, undated
        ("Бомбардировщики поднялись с базы Хамадан. Ранее Ту-22М3 летали на задания с аэродрома "
         "Моздок.", "Моздок", ("None", "None")),
        # with a date, the date
        ("Бомбардировщики поднялись с базы Хамадан. Ранее, 31 июля, Ту-22М3 летали с аэродрома "
         "Моздок.", "Моздок", ("2016-07-31", "2016-07-31")),
    ],
)
def test_russian_ranee_without_a_date_is_background(body, place, want) -> None:
    assert interval(body, place, date(2016, 8, 16), "ru") == want
