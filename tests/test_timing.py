"""Which interval an undated or many-dated sentence gives a place (reportmap.timing, tense)."""

from __future__ import annotations

from datetime import date

import pytest

from reportmap.framing import is_dateline_date
from reportmap.tense import tells_earlier_past, tells_past
from reportmap.text import SentenceIndex
from reportmap.timing import Timeline


def interval(body: str, place: str, published: date, language: str = "en") -> tuple:
    """The (start, end) dates the timeline gives the first occurrence of `place`."""
    start = body.index(place)
    timeline = Timeline(body, published, language, SentenceIndex(body))
    got, _ = timeline.interval_for(start, start + len(place))
    return (str(got.start), str(got.end))


@pytest.mark.parametrize(
    ("sentence", "language", "past"),
    [
        ("Rebels took Hama and freed prisoners.", "en", True),
        ("About 900 U.S. troops are stationed in Hasakah.", "en", False),
        # a participle before its noun after a number word or "of" is no past
        ("Lebanon hosts a million registered refugees, most of them in the Bekaa.", "en", False),
        ("The camp holds thousands of displaced families and other armed groups.", "en", False),
        ("Meanwhile, rebels said they had reached the capital.", "en", False),
        ("Nubl und Sahraa sind nun umzingelt.", "de", False),
        ("Los refugiados cruzan la frontera cerca de Ramtha.", "es", False),
        ("El convoy evacuó a las familias.", "es", True),
        ("Les insurgés se sont emparés de l'hôtel.", "fr", True),
        ("Повстанцы заняли город.", "ru", True),
        ("Kampfjets trafen Ziele in Rakka.", "de", True),
        ("Die Armee bombardierte die Stadt.", "de", True),
        ("Die USA bombardieren die Stadt.", "de", False),
        ("Images show detainees leaving the prison.", "en", None),
        ("A Ka-52 helicopter is being dismantled.", "en", None),
        ("“Our presence has been playing a role.”", "en", None),
        ("قال المرصد إن الاشتباكات توقفت.", "ar", None),
        # "now" in Persian and Turkish; Spanish "Mientras," (meanwhile)
        ("آنها اکنون در حال پیشروی به سمت حماه هستند.", "fa", False),
        ("Muhalifler şu anda Hama'ya ilerliyor.", "tr", False),
        ("Mientras, los combates continúan en Tal Tamr.", "es", False),
        # "until now" says how long a state lasted, in an aside: the tense is the verb's
        ("Entraron en Al Shuhail, hasta ahora un bastión del Frente al Nusra.", "es", True),
        ("They entered Shuhail, until now a stronghold of the Nusra Front.", "en", True),
    ],
)
def test_tense_of_a_sentence(sentence: str, language: str, past: bool | None) -> None:
    assert tells_past(sentence, language) is past


@pytest.mark.parametrize(
    ("clause", "language", "earlier"),
    [
        ("Die Offensive hatte am Mittwoch westlich von Aleppo begonnen.", "de", True),
        ("Die Offensive begann am Mittwoch westlich von Aleppo.", "de", False),
        ("La province était jusqu'ici restée à l'écart des combats.", "fr", True),
        ("La ville était encerclée.", "fr", False),
        ("Los rebeldes habían tomado la ciudad.", "es", True),
        ("وكانت فصائل المعارضة قد سيطرت على المدينة.", "ar", True),
        ("Nisan ayında Kilis'teki kampa mermi isabet etmişti.", "tr", True),
        # English "had" is mostly reported speech: "said they had captured Homs"
        ("Rebels said they had captured Homs.", "en", False),
        # the same reported speech in other languages
        ("Sana a affirmé que trois civils avaient été blessés près de Homs.", "fr", False),
        ("El ministro dijo que los rebeldes habían tomado la ciudad.", "es", False),
        ("وقال المرصد إن القوات كانت قد دخلت المدينة.", "ar", False),
        # an undated repeated past, unless it counts back
        ("Russian jets have in the past struck positions in Palmyra.", "en", True),
        ("وردّت الطائرات الروسية في حالات سابقة بغارات على جبل البشري.", "ar", True),
        ("Les avions russes ont frappé Palmyre par le passé.", "fr", True),
        ("В прошлом авиация наносила удары по Пальмире.", "ru", True),
        ("Five clinics were damaged in the past two weeks in Maarat al-Numan.", "en", False),
        ("В прошлом году авиация наносила удары по Пальмире.", "ru", False),
    ],
)
def test_a_clause_in_the_pluperfect_tells_an_earlier_past(clause, language, earlier) -> None:
    assert tells_earlier_past(clause, language) is earlier


def test_an_undated_earlier_past_is_background_without_a_date() -> None:
    body = "Rebels took Banias on Friday. Die Stadt war ein Zentrum der Proteste gewesen."
    timeline = Timeline(body, date(2013, 5, 4), "de", SentenceIndex(body))
    start = body.index("Die Stadt")
    got, background = timeline.interval_for(start, start + 9)
    assert background and got.start is None


SAT = date(2013, 7, 27)


@pytest.mark.parametrize(
    ("body", "place", "published", "language", "want"),
    [
        # a present state takes the day of the news, a past sentence the story's day
        ("Zaatari hosts 120,000 Syrians. Kerry visited the camp on Sunday. Services in Mafraq "
         "are at their limit.", "Mafraq",
         SAT, "en", ("2013-07-27", "2013-07-27")),
        ("Zaatari hosts 120,000 Syrians. Kerry visited the camp on Sunday. He met refugees in "
         "Mafraq.", "Mafraq", SAT, "en",
         ("2013-07-21", "2013-07-21")),
        # a contrastive conjunction ends the clause: its date is the other clause's
        ("В середине октября полиция вошла в Манбидж, а 22 октября патрули появились в Кобани.",
         "Манбидж", date(2019, 11, 15), "ru", ("2019-10-11", "2019-10-20")),
        ("Lundi, l'armée a bombardé Douma, mais mardi elle a frappé Harasta.", "Douma",
         date(2015, 8, 19), "fr", ("2015-08-17", "2015-08-17")),
        # "the heaviest … since 2018" dates nothing; a date after ", and" is the next conjunct's
        ("وشهدت المنطقة منذ 29 تموز الماضي أعنف موجة تصعيد منذ اتفاق التسوية عام 2018، إذ "
         "قصفت القوات أحياء درعا البلد.", "أحياء درعا البلد", date(2021, 9, 1), "ar",
         ("2021-07-29", "2021-09-01")),
        ("In February, a drone killed a commander in Idlib province, and in January bombers "
         "struck a camp.", "Idlib", date(2017, 3, 17), "en", ("2017-02-01", "2017-02-28")),
        # "have since": from the day told before up to the news
        ("Israeli forces entered the zone on Dec. 8. Troops have since pushed into Hadar.",
         "Hadar", date(2024, 12, 17), "en", ("2024-12-08", "2024-12-17")),
        # "two days after" in other languages counts back from the sentence's day
        ("امتدت الاشتباكات اليوم الأربعاء إلى صحنايا، بعد يومين من مواجهات في جرمانا.",
         "جرمانا", date(2025, 4, 30), "ar", ("2025-04-28", "2025-04-28")),
        ("Le raid a eu lieu mardi, deux jours après l'attaque contre Homs.", "Homs",
         date(2024, 12, 11), "fr", ("2024-12-08", "2024-12-08")),
        # the "after …" phrase runs on through a list of names
        ("El ataque se produce una semana después de que miles de personas salieran a las "
         "calles de Al Bab, Azaz, Afrín y Yarábulus.", "Afrín", date(2022, 8, 20), "es",
         ("2022-08-13", "2022-08-13")),
        ("Les frappes ont visé samedi trois sites, une semaine après une attaque chimique "
         "présumée à Douma.", "Douma", date(2018, 4, 14), "fr", ("2018-04-07", "2018-04-07")),
        # a day told after the place, when "a week after" follows its verb, is the place's own
        ("Sa chute intervient une semaine après celle de Bosra, prise le 25 mars par des "
         "rebelles.", "Bosra", date(2015, 4, 2), "fr", ("2015-03-25", "2015-03-25")),
        ("Au lendemain de leur entrée dans Hama, les rebelles avançaient vendredi vers Homs.",
         "Hama", date(2024, 12, 6), "fr", ("2024-12-05", "2024-12-05")),
        # ... after a dateline too; and the English "the day after"
        ("BRUXELLES, 23 mars (AWBP) – Au lendemain des attentats à l'aéroport de Zaventem, le "
         "parquet a identifié mercredi deux kamikazes.", "Zaventem", date(2016, 3, 23), "fr",
         ("2016-03-22", "2016-03-22")),
        ("The day after the attack on Zaventem airport, prosecutors named two bombers.",
         "Zaventem", date(2016, 3, 23), "en", ("2016-03-22", "2016-03-22")),
        # a pluperfect after "said that" is reported speech: the news, not an earlier past
        ("Sana a affirmé samedi que trois civils avaient été blessés dans la frappe près de "
         "Homs.", "Homs", date(2018, 4, 14), "fr", ("2018-04-14", "2018-04-14")),
        # a recalled event's date is not the place's
        ("Le pilonnage de Homs rappelle le siège de Hama en février 1982.", "Homs",
         date(2012, 2, 22), "fr", ("2012-02-22", "2012-02-22")),
        # a relative clause about another noun yields to the sentence's own date
        ("Un convoy evacuó este lunes a familias hacia Deraa, en el marco del alto el fuego "
         "que entró en vigor el sábado.", "Deraa", date(2025, 7, 21), "es",
         ("2025-07-21", "2025-07-21")),
        # a date inside "after …" is the date of what that phrase names
        ("Le convoi est arrivé lundi, après la prise d'Alep la semaine dernière.", "Alep",
         date(2024, 12, 11), "fr", ("2024-12-02", "2024-12-08")),
        ("Le convoi est arrivé lundi à Homs, après la prise d'Alep la semaine dernière.",
         "Homs", date(2024, 12, 11), "fr", ("2024-12-09", "2024-12-09")),
        # what was promised on a day is to come: the report's day, not the promise's
        ("Erdogan prometeu na quarta-feira que a Turkish Airlines retomará os voos para Alepo.",
         "Alepo", date(2024, 12, 23), "pt", ("2024-12-23", "2024-12-23")),
        ("Israel said on Monday its troops will stay in Quneitra.", "Quneitra",
         date(2024, 12, 11), "en", ("2024-12-11", "2024-12-11")),
        # the date of a dateline is when the report was filed; "ieri" counts from it
        ("(AIL) - BEIRUT, 2 APR - Il raid di ieri pomeriggio ha distrutto il consolato a "
         "Damasco.", "Damasco", date(2024, 4, 2), "it", ("2024-04-01", "2024-04-01")),
        # the "after …" phrase runs past its date up to a comma
        ("L'Iran promette vendetta dopo il raid che ieri ha raso al suolo il consolato a "
         "Damasco, uccidendo sette persone.", "Damasco", date(2024, 4, 2), "it",
         ("2024-04-01", "2024-04-01")),
        # a standing state: what a place has, who runs it, how it has been for years
        ("Jets struck Hasaka on Friday. Hasaka ist seit Jahren zwischen Regierung und Kurden "
         "geteilt.", "Hasaka ist", date(2016, 8, 20), "de", ("None", "None")),
        ("Avant la guerre, Yabroud comptait une importante communauté chrétienne.", "Yabroud",
         date(2014, 3, 17), "fr", ("None", "None")),
        ("وتسيطر هيئة تحرير الشام على معظم محافظة إدلب.", "إدلب", date(2023, 6, 26), "ar",
         ("None", "None")),
        # the night told in the lede dates the undated sentences after it: both its days
        ("Die USA haben in der Nacht zum Dienstag Stellungen des IS angegriffen. Kampfjets "
         "trafen Ziele in Rakka.", "Rakka", date(2014, 9, 23), "de",
         ("2014-09-22", "2014-09-23")),
        ("Jordan shot down drones overnight. Debris fell near Irbid.", "Irbid",
         date(2024, 4, 14), "en", ("2024-04-13", "2024-04-14")),
        # a vague span ("in recent days") is not inherited: the next sentence has the news day
        ("Die Armee rückte am Samstag in Deir Hafer ein. Bei Gefechten in den vergangenen Tagen "
         "wurden Kämpfer getötet. In Maskana wurden die Soldaten begrüßt.", "Maskana",
         date(2026, 1, 18), "de", ("2026-01-17", "2026-01-17")),
        ("Россия располагает в Сирии авиабазой и пунктом обеспечения флота в Тартусе.",
         "Тартусе", date(2018, 9, 18), "ru", ("None", "None")),
        ("Kobani, sınır kapısının karşısında, Suruç'a birkaç kilometre uzaklıkta bulunuyor.",
         "Kobani", date(2015, 7, 21), "tr", ("None", "None")),
        # a cue late in the sentence is about a side remark, not the place
        ("Nella capitale, i caccia hanno colpito il centro di Barzeh, accusato da anni di "
         "lavorare a programmi di armi.", "Barzeh", date(2024, 12, 10), "it",
         ("2024-12-10", "2024-12-10")),
        # the day of a statement told after the place yields to the day of the event
        ("Six civils ont été tués lundi soir dans une attaque au chlore contre Sarmin, ont "
         "affirmé mardi des secouristes.", "Sarmin", date(2015, 3, 17), "fr",
         ("2015-03-16", "2015-03-16")),
        ("Rebels said on Tuesday they had driven the militants from Raqqa.", "Raqqa",
         date(2017, 10, 18), "en", ("2017-10-17", "2017-10-17")),
        # … but a "since" before it is a state, not the event's day
        ("The base remains unchanged since our December 10 imagery, with two frigates observed "
         "offshore of Tartus, Maxar said on December 13.", "Tartus", date(2024, 12, 14), "en",
         ("2024-12-13", "2024-12-13")),
        # "about two weeks after the clashes": counted back from the day of the sentence
        ("ويأتي الاتفاق بعد نحو أسبوعين من اشتباكات دامية في منطقة الهرمل.", "الهرمل",
         date(2025, 3, 28), "ar", ("2025-03-14", "2025-03-14")),
        # an old date in an aside about another noun does not date the place outside it
        ("Hezbollah said on Sunday that jets had killed Samir Kuntar, a militant freed from an "
         "Israeli jail in 2008, in a strike on a building in Jaramana.", "Jaramana",
         date(2015, 12, 20), "en", ("2015-12-20", "2015-12-20")),
        ("Trade through the Nasib crossing with Jordan, reopened in 2018, is likely to shrink.",
         "Nasib", date(2020, 6, 22), "en", ("2020-06-22", "2020-06-22")),
        # … but an aside that runs to the end of the sentence tells about its own noun
        ("Les tensions ont grandi lors de la bataille de Qousseir, tombée en juin.", "Qousseir",
         date(2013, 8, 24), "fr", ("2013-06-01", "2013-06-30")),
        # a Russian participle's date is its noun's: "сбитого во вторник"
        ("Штурман бомбардировщика, сбитого во вторник, доставлен на авиабазу Хмеймим, сообщил в "
         "среду министр.", "Хмеймим", date(2015, 11, 25), "ru", ("2015-11-25", "2015-11-25")),
        # "the same day": the last day named before it in its paragraph; opening a paragraph,
        # the last day of the paragraph before (not a day of a statement)
        ("Rebels took Hama on Monday. Later, on the same day, jets struck Idlib.", "Idlib",
         date(2019, 11, 21), "en", ("2019-11-18", "2019-11-18")),
        ("قُتل مدنيون في مخيم قاح مساء أمس الأربعاء.\n\nوفي اليوم نفسه، تعرضت بلدات في محيط "
         "معرة النعمان لقصف.", "معرة النعمان", date(2019, 11, 21), "ar",
         ("2019-11-20", "2019-11-20")),
        # … and the sentence after it carries that day on
        ("Министерство в четверг заявило, что ракеты поразили цели.\n\nВ среду корабли "
         "выпустили ракеты. По словам министра, они пролетели над Ираном. Цели были в Ракке."
         "\n\nВ тот же день армия начала наступление на севере провинции Хама. По "
         "данным военных, бои шли в районе Латамны.", "Латамны",
         date(2015, 10, 8), "ru", ("2015-10-07", "2015-10-07")),
        # "на следующий день после того, как": the comma before "как" does not end the phrase
        ("Визит прошел на следующий день после того, как армия заняла город Абу-Кемаль.",
         "Абу-Кемаль", date(2017, 11, 21), "ru", ("2017-11-20", "2017-11-20")),
        # what a camp holds and what a region is made of are standing facts
        ("The al-Hol camp in Hasakah province holds about 70,000 people.", "al-Hol",
         date(2020, 3, 24), "en", ("None", "None")),
        ("Der Kanton umfasst weite Teile der Provinz Hasaka.", "Hasaka", date(2014, 1, 22), "de",
         ("None", "None")),
        # a comma after the place the sentence opens with: the main clause and its date follow
        ("In the border town of Arsal, the army ordered families in 2019 to tear down their "
         "walls, and towns in Akkar imposed curfews.", "Arsal", date(2020, 11, 12), "en",
         ("2019-01-01", "2019-12-31")),
        # a noun in apposition after the place tells about the place, not the news
        ("Dans la province de Deraa, berceau du soulèvement de 2011, des appels au boycott ont "
         "été lancés mercredi.", "Deraa", date(2021, 5, 27), "fr", ("2021-05-26", "2021-05-26")),
        # the year that names an event dates the place of that event
        ("Crowds marched to mark the 30th anniversary of the 1982 crackdown in Hama.", "Hama",
         date(2012, 2, 4), "en", ("1982-01-01", "1982-12-31")),
        # a day without its year after a month with its year, in the same sentence
        ("Les mandats visent les attaques menées en août 2013 contre Adra et Douma, le 4 et le "
         "5 août, puis contre la Ghouta le 21 août.", "Ghouta", date(2023, 11, 15), "fr",
         ("2013-08-21", "2013-08-21")),
        # ", et fin mai": a clause with a time of its own after the place, not the place's
        ("Le 26 juillet, six militaires avaient été blessés dans une attaque à Saïda, et fin "
         "mai six Casques bleus avaient été touchés à Rmeileh.", "Saïda", date(2011, 12, 9),
         "fr", ("2011-07-26", "2011-07-26")),
        ("On 26 July six soldiers were wounded in an attack in Sidon, and in late May six "
         "peacekeepers were hit at Rmeileh.", "Sidon", date(2011, 12, 9), "en",
         ("2011-07-26", "2011-07-26")),
        # "тогда же": the time of the sentence before, not a month of a later clause
        ("В 2015 году ИГ захватило Пальмиру. Тогда же ИГ взорвало храм Бела, а в августе убило "
         "хранителя.", "храм Бела", date(2016, 5, 5), "ru", ("2015-01-01", "2015-12-31")),
        # "damals" after "seit": the time it began
        ("Afrin wird seit März 2018 von der Armee kontrolliert. Bewohner flohen damals nach "
         "Tall Rifaat.", "Tall Rifaat", date(2020, 4, 29), "de", ("2018-03-01", "2018-03-31")),
        # a relative clause closed before the place dates its own noun, not the place
        ("The victory links the canton of Kobane, where a siege was broken in January, with "
         "territory around Ras al-Ayn further east.", "Ras al-Ayn", date(2015, 6, 16), "en",
         ("2015-06-16", "2015-06-16")),
        # ... but it dates its antecedent, and one running on past its comma dates what follows
        ("Район примыкает к месторождению Конико, которое курды взяли в сентябре прошлого "
         "года, вскоре после того как армия прорвала блокаду Дейр-эз-Зора.", "Дейр-эз-Зора",
         date(2018, 2, 8), "ru", ("2017-09-01", "2017-09-30")),
        # the area a relative clause describes: ", an area where … since … 2019"
        ("The targets lay between Palmyra and the Bishri mountains, an area where the group "
         "has hidden since it lost its territory in 2019.", "Palmyra", date(2024, 12, 8), "en",
         ("2024-12-08", "2024-12-08")),
    ],
)
def test_interval_of_a_place(body, place, published, language, want) -> None:
    assert interval(body, place, published, language) == want


@pytest.mark.parametrize(
    ("body", "date_text", "want"),
    [
        ("BEIRUT, 2 APR - Il raid di ieri ha distrutto il consolato.", "2 APR", True),
        ("Damasco, 14 mar 2025 (AAN) - Il governo ha annunciato.", "14 mar 2025", True),
        ("МОСКВА, 18 сентября. /ТАСС/. Самолёт был сбит в понедельник.", "18 сентября", True),
        ("The talks in Geneva on 18 September ended without a deal.", "18 September", False),
    ],
)
def test_date_of_a_dateline(body: str, date_text: str, want: bool) -> None:
    start = body.index(date_text)
    assert is_dateline_date(body, start, start + len(date_text)) is want


def test_an_anniversary_in_the_lede_is_not_the_day_of_the_news() -> None:
    body = ("Fifteen years ago on Saturday, thousands filled the square in Homs. "
            "Today the square in Hama is quiet.")
    timeline = Timeline(body, date(2026, 4, 18), "en", SentenceIndex(body))
    assert timeline.news == date(2026, 4, 18)
    assert interval(body, "Homs", date(2026, 4, 18)) == ("2011-04-18", "2011-04-18")


def test_a_day_long_ago_dates_the_next_sentence_told_in_the_past() -> None:
    body = ("Fifteen years ago on Saturday, crowds filled the square in Homs. It was April 18, "
            "2011. Protests had begun in Daraa and had spread to Baniyas.")
    assert interval(body, "Baniyas", date(2026, 4, 18)) == ("2011-04-18", "2011-04-18")


def test_an_old_month_does_not_date_the_next_sentence() -> None:
    body = ("Rebels took the town in February 2018. Jets struck Douma and killed dozens.")
    assert interval(body, "Douma", date(2018, 4, 8)) == ("2018-04-08", "2018-04-08")


@pytest.mark.parametrize(
    ("body", "place", "published", "language", "want"),
    [
        # a pronoun carries on the story of an old month: background in that month
        ("The group seized the town in August 2015. It destroyed the monastery of Mar Elian "
         "at the time.", "Mar Elian", date(2017, 10, 22), "en", ("2015-08-01", "2015-08-31")),
        ("Россия начала операцию в Сирии в сентябре 2015 года. Ее авиация, базировавшаяся в "
         "Латакии, участвовала в боях за Алеппо.", "Алеппо", date(2025, 1, 28), "ru",
         ("2015-09-01", "2015-09-30")),
        # a new scene after an old date is the news
        ("Israel annexed the Golan in 1981. In Majdal Shams, residents watched the helicopters.",
         "Majdal Shams", date(2024, 12, 17), "en", ("2024-12-17", "2024-12-17")),
    ],
)
def test_a_pronoun_goes_on_with_an_old_story(body, place, published, language, want) -> None:
    got = interval(body, place, published, language)
    assert got == want
    start = body.index(place)
    timeline = Timeline(body, published, language, SentenceIndex(body))
    assert timeline.interval_for(start, start + len(place))[1] is (want[0] < "2020")


@pytest.mark.parametrize(
    ("body", "place", "published", "language", "background"),
    [
        # a pluperfect dated in the last days before the news is news
        ("وكانت وزارة الصحة قد أعلنت السبت الماضي تسجيل إصابات في محافظة حلب.", "محافظة حلب",
         date(2022, 9, 13), "ar", False),
        ("Le comité avait organisé la semaine dernière des réunions à Homs.", "Homs",
         date(2025, 2, 25), "fr", False),
        # ... dated long before, it is background
        ("Le comité avait organisé en 2019 des réunions à Homs.", "Homs", date(2025, 2, 25),
         "fr", True),
    ],
)
def test_a_recent_pluperfect_is_news(body, place, published, language, background) -> None:
    start = body.index(place)
    timeline = Timeline(body, published, language, SentenceIndex(body))
    assert timeline.interval_for(start, start + len(place))[1] is background


@pytest.mark.parametrize(
    ("body", "place", "language", "background"),
    [
        ("Clashes erupted on Monday. Homs is the third largest city of Syria.", "Homs", "en", True),
        # a place named back ("the crossing"), or what a place always does
        ("Families crossed on Monday. The crossing is the main land route between Beirut and "
         "Damascus.", "Damascus", "en", True),
        ("Rebels took Albu Kamal on Monday. The town faces al-Qaim across the border.",
         "al-Qaim", "en", True),
        ("Women left al-Hol on Monday. The camp is run by the SDF, which holds it near Hasakah.",
         "Hasakah", "en", True),
        ("Les combats ont repris lundi. La route relie Alep à Lattaquié.", "Lattaquié", "fr",
         True),
        ("Clashes erupted on Monday. The town was shelled again near Homs.", "Homs", "en", False),
        ("Selon une source, les familles étaient détenues lundi dans le camp de Roj.",
         "Roj", "fr", False),
        ("Clashes erupted on Monday. Syria's Christians live mainly in Damascus.", "Damascus",
         "en", True),
        ("Las tropas avanzaron el lunes. Idlib, donde viven tres millones de personas, es el "
         "último gran bastión de la oposición.", "Idlib", "es", True),
        ("Die Armee griff am Montag an. Homs war in den ersten Jahren des Aufstands eine "
         "Hochburg der Opposition.", "Homs", "de", True),
        ("Clashes erupted on Monday. Homs was the scene of heavy fighting.", "Homs", "en", False),
        ("Clashes erupted on Monday. Homs was shelled again.", "Homs", "en", False),
        # where people live, said in the present: a standing fact
        ("Die Armee griff am Montag an. Mehr als 150.000 Flüchtlinge leben in Lagern in Hatay.",
         "Hatay", "de", True),
        ("Saldırı dün oldu. Bunların önemli bir kısmı İstanbul ve Gaziantep'te yaşıyor.",
         "Gaziantep", "tr", True),
        ("Переговоры прошли в понедельник. В Идлибе проживают около 3 млн человек.", "Идлибе",
         "ru", True),
        ("خرجت مظاهرات يوم الجمعة. ويعيش في محافظة إدلب أكثر من ثلاثة ملايين شخص.", "إدلب",
         "ar", True),
        # a later paragraph that opens with a verb of state
        ("خرجت مظاهرات يوم الجمعة في إدلب.\n\nوتعتمد المنطقة على المساعدات الداخلة عبر معبر "
         "باب الهوى.", "باب الهوى", "ar", True),
        # what happened again and again, with no date of its own: a pattern, not the news
        ("Clashes erupted on Monday. Israel has repeatedly struck targets near Masyaf.",
         "Masyaf", "en", True),
        ("Обстрелы начались в понедельник. Израиль неоднократно наносил удары по целям в районе "
         "Масьяфа.", "Масьяфа", "ru", True),
        ("انفجار روز دوشنبه رخ داد. منطقه سیده زینب بارها هدف حملات قرار گرفته است.", "سیده زینب",
         "fa", True),
        # Persian states of place: "lies near", "is located in", "are present in"
        ("پهپادها روز چهارشنبه حمله کردند. پایگاه التنف در نزدیکی مرز اردن قرار دارد.",
         "پایگاه التنف", "fa", True),
        ("پهپادها روز چهارشنبه حمله کردند. اردوگاه رکبان نزدیک مرز اردن واقع شده است.",
         "رکبان", "fa", True),
        ("پهپادها روز چهارشنبه حمله کردند. نیروهای ایرانی در شهر البوکمال حضور دارند.",
         "البوکمال", "fa", True),
        ("پهپادها روز چهارشنبه حمله کردند. نیروهای ایرانی به شهر البوکمال رسیدند.",
         "البوکمال", "fa", False),
        # what has long been so: a standing wish, not the news of the day
        ("Shells hit a school on Monday. Ankara has long demanded that Kurdish fighters leave "
         "Tal Rifaat.", "Tal Rifaat", "en", True),
        ("Shells hit a school on Monday. Ankara demanded that Kurdish fighters leave Tal Rifaat.",
         "Tal Rifaat", "en", False),
        # what happens every year: a custom, not the news
        ("Die Bombe explodierte am Samstag. Jedes Jahr reisen Zehntausende Pilger zum Schrein "
         "der Sayyida Zeinab.", "Sayyida Zeinab", "de", True),
        ("La bomba explotó el sábado. Cada año miles de peregrinos visitan Sayyida Zeinab.",
         "Sayyida Zeinab", "es", True),
        ("انفجار روز شنبه رخ داد. هر سال هزاران زائر به حرم حضرت زینب می‌روند.", "حرم حضرت زینب",
         "fa", True),
    ],
)
def test_a_place_the_sentence_describes_is_background(body, place, language, background) -> None:
    index = SentenceIndex(body)
    timeline = Timeline(body, SAT, language, index)
    start = body.rindex(place)
    assert timeline.interval_for(start, start + len(place))[1] is background


def test_a_turkish_year_of_an_operation_dates_the_places_it_took() -> None:
    body = "Saldırı dün oldu. Türkiye, 2016'daki harekâtla Cerablus'u kontrol altına almıştı."
    timeline = Timeline(body, date(2022, 5, 4), "tr", SentenceIndex(body))
    start = body.index("Cerablus")
    got, background = timeline.interval_for(start, start + 8)
    assert (got.start, got.end, background) == (date(2016, 1, 1), date(2016, 12, 31), True)


def test_a_turkish_since_long_ago_is_a_standing_state() -> None:
    body = "Saldırı dün oldu. Tel Rıfat 2016'dan bu yana YPG'nin kontrolünde."
    timeline = Timeline(body, date(2021, 10, 11), "tr", SentenceIndex(body))
    start = body.index("Tel Rıfat")
    assert timeline.interval_for(start, start + 9)[1] is True


@pytest.mark.parametrize(
    ("body", "place", "language"),
    [
        ("The pipeline was damaged repeatedly during the war, notably in the Homs countryside.",
         "Homs", "en"),
        ("Beaucoup ont quitté Alep ou Homs pendant la guerre.", "Homs", "fr"),
        ("Tartus saw little fighting during the 13-year war.", "Tartus", "en"),
        # years gone by, told with no date
        ("Iranian advisers have fought beside the army in Aleppo in recent years.", "Aleppo",
         "en"),
        ("مستشاران ایرانی در سال‌های گذشته در کنار ارتش سوریه در حلب جنگیده‌اند.", "حلب", "fa"),
        ("Des conseillers iraniens ont combattu à Alep ces dernières années.", "Alep", "fr"),
    ],
)
def test_the_years_of_the_war_are_background(body, place, language) -> None:
    start = body.index(place)
    timeline = Timeline(body, date(2025, 6, 23), language, SentenceIndex(body))
    got, background = timeline.interval_for(start, start + len(place))
    assert (got.start, got.end, background) == (None, None, True)


def test_the_lede_after_a_dateline_and_an_agency_tag_tells_the_news_day() -> None:
    body = (
        "ДАМАСК, 5 июня. /«Меридиан»/. Асад одержал победу на выборах, объявил накануне вечером "
        "председатель совета.\n\nВскоре в центре Дамаска начались торжества."
    )
    timeline = Timeline(body, date(2014, 6, 5), "ru", SentenceIndex(body))
    assert timeline.news_span == (date(2014, 6, 4), date(2014, 6, 4))
    start = body.index("центре Дамаска")
    assert timeline.interval_for(start, start + 14)[0].start == date(2014, 6, 4)


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("By Dana Reyes in Majdal Shams\n\nProtesters gathered in Majdal Shams yesterday as "
         "the vote began.\n\nPolice pushed them back. Witnesses said some were hurt.", "en"),
        ("Von unserem Korrespondenten\n\nIn Madschdal Schams protestierten gestern Hunderte "
         "Drusen.\n\nDie Polizei drängte sie zurück. Zeugen berichteten von Verletzten.", "de"),
    ],
)
def test_a_byline_standing_alone_is_not_the_lede(body, language) -> None:
    timeline = Timeline(body, date(2018, 10, 31), language, SentenceIndex(body))
    assert (timeline.lede, timeline.news_span) == (1, (date(2018, 10, 30), date(2018, 10, 30)))


@pytest.mark.parametrize(
    ("body", "window"),
    [
        # the lede tells a month: what happened in it is the news, however long ago
        ("(Beirut, 13 May 2014) – Helicopters dropped chlorine on three towns in April, the "
         "group said today. The attacks hit Kafr Zeita.", ("2014-04-01", "2014-04-30")),
        # the lede tells a day: no wider window, last month's earthquake stays background
        ("Missiles hit Aleppo airport on Tuesday, used for aid after last month's earthquake.",
         None),
        ("Rebels have captured Jisr al-Shughur.", None),
    ],
)
def test_the_span_the_lede_tells(body, window) -> None:
    timeline = Timeline(body, date(2014, 5, 13), "en", SentenceIndex(body))
    got = timeline.lede_window
    assert (tuple(str(d) for d in got) if got else None) == window


def test_an_event_in_the_month_the_lede_tells_is_news(gaz) -> None:
    from reportmap.extract import extract_mentions
    from reportmap.model import Report

    body = ("Helicopters dropped chlorine on three towns in April, the group said today.\n"
            "The attacks hit Kafr Zeita between 11 and 29 April.")
    report = Report("c" * 16, "c.md", "t", date(2014, 5, 13), body, language="en")
    (kafr,) = [m for m in extract_mentions(report, gaz) if m.text == "Kafr Zeita"]
    assert kafr.role == "event" and str(kafr.date_start) == "2014-04-11"


def test_a_next_step_after_then_has_its_own_time() -> None:
    body = ("Turkish troops drove IS out of Jarablus in August 2016, then out of al-Bab early "
            "the following year.")
    assert interval(body, "Jarablus", date(2021, 3, 6)) == ("2016-08-01", "2016-08-31")
    assert interval(body, "al-Bab", date(2021, 3, 6)) == ("2017-01-01", "2017-03-31")


def test_a_date_between_dashes_is_an_aside() -> None:
    body = ("Am Sonntag hatten Demonstranten zum Gedenken an die Nakba - die Vertreibung der "
            "Palästinenser im Jahr 1948 - den Zaun durchbrochen und waren bis nach Madschdal "
            "Schams vorgedrungen.")
    assert interval(body, "Madschdal Schams", date(2011, 5, 17), "de")[0] == "2011-05-15"


def test_a_portuguese_day_set_for_is_ahead() -> None:
    body = "Em Genebra, o enviado da ONU convocou para sábado uma reunião sobre a Síria."
    assert interval(body, "Genebra", date(2012, 6, 27), "pt") == ("2012-06-30", "2012-06-30")
