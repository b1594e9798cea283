"""Places that only say where another place is: sentences about where a place lies."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.model import Mention
from tests.extracting import extract

PUBLISHED = date(2024, 3, 15)


def _by_text(gaz: Gazetteer, body: str, language: str) -> dict[str, Mention]:
    return {m.text: m for m in extract(gaz, body, language, PUBLISHED)}


@pytest.mark.parametrize(
    ("body", "language", "locators"),
    [
        ("Drones struck the air base on Monday. The base lies outside the town of Tabqa, "
         "close to Lake Assad.", "en", ["town of Tabqa", "Lake Assad"]),
        ("Les rebelles ont pris Azaz mardi. La ville, située à une quarantaine de kilomètres "
         "au nord d'Alep, est un carrefour.", "fr", ["Alep"]),
        ("O exército retomou Kafr Nabudah. A cidade fica à beira da planície de Al-Ghab, perto "
         "de Jisr al-Shughur.", "pt", ["Jisr al-Shughur"]),
        ("A vila de Qardaha situa-se perto da cidade de Jableh.", "pt", ["Jableh"]),
        ("Die Armee griff Saraqib an. Die Stadt liegt südlich von Aleppo.", "de", ["Aleppo"]),
        ("Авиаудар нанесён по Саракибу. Город расположен неподалёку от Идлиба.", "ru",
         ["Идлиба"]),
        ("Halep'in kuzeyinde yer alan Dabiq kasabası alındı.", "tr", ["Halep"]),
    ],
)
def test_places_after_a_location_verb_only_locate(gaz, body, language, locators) -> None:
    found = _by_text(gaz, body, language)
    for text in locators:
        assert found[text].role == "locator" and found[text].date_start is None, text


def test_an_unnamed_area_that_lies_near_a_town_is_an_event_there(gaz) -> None:
    body = "The rocket was fired on Monday from an area located north of Manbij."
    assert _by_text(gaz, body, "en")["Manbij"].role == "event"


def test_a_new_clause_ends_the_location_verb(gaz) -> None:
    body = ("Doubts grew on Monday over the naval facility at Tartus, which lies next to the "
            "port, and over Hmeimim air base.")
    assert _by_text(gaz, body, "en")["Hmeimim air base"].role == "event"


def test_the_place_that_lies_somewhere_is_a_standing_fact(gaz) -> None:
    body = "O exército retomou Saraqib na terça. A cidade fica à beira da planície de Al-Ghab."
    found = _by_text(gaz, body, "pt")
    assert found["A cidade"].role == "background" and found["A cidade"].date_start is None
    assert found["Al-Ghab"].role == "locator"


@pytest.mark.parametrize(
    ("body", "language", "place"),
    [
        ("Los manifestantes volvieron a la calle. Sueida, situada a unos 100 kilómetros al sur "
         "de Damasco, se mantuvo al margen del conflicto.", "es", "Sueida"),
        ("Karkamis se encuentra frente a la ciudad siria de Jarabulus.", "es", "Karkamis"),
        ("Штурмовик базировался на авиабазе Хмеймим.", "ru", "авиабазе Хмеймим"),
    ],
)
def test_where_a_place_lies_or_what_is_based_there_is_a_standing_fact(gaz, body, language,
                                                                       place) -> None:
    found = _by_text(gaz, body, language)
    assert found[place].role == "background" and found[place].date_start is None


def test_ships_located_off_the_coast_are_news(gaz) -> None:
    body = ("Imagery showed on Monday three frigates located about 13 kilometers off the coast "
            "of Tartus.")
    derived = [m for m in _by_text(gaz, body, "en").values() if m.derived]
    assert derived and derived[0].role == "event"


def test_an_aircraft_model_is_no_unknown_place_before_a_town(gaz) -> None:
    """'сбил Су-22 под Раккой': the jet was downed near Raqqa; Raqqa is where it happened."""
    body = ("Минобороны России сообщило, что истребитель ВВС США накануне сбил сирийский Су-22 "
            "под Раккой.")
    found = _by_text(gaz, body, "ru")
    assert found["Раккой"].site_id == "sy-raqqa"  # a tie with Russia goes to Syria
    assert found["Раккой"].role == "event"


@pytest.mark.parametrize(
    ("body", "language", "text", "role"),
    [
        # a part of the place named by a reference is where the news is
        ("Fighting raged in Saraqeb on Monday. Rebels said fighting was continuing on the "
         "eastern edge of the town.", "en", "the town", "event"),
        ("Turkish troops entered Idlib province. Soldiers were killed in an air strike in the "
         "south of the province on Thursday.", "en", "the province", "event"),
        # ... unless a facility it locates comes first
        ("Troops held Jisr al-Shughur. Soldiers retreated to the national hospital on the "
         "southern edge of the town.", "en", "the town", "locator"),
        ("Jets struck a building in Jaramana on the south-eastern edge of Damascus on Sunday.",
         "en", "Damascus", "locator"),
        # German nouns are capitalised: "am Neujahrstag" is no unknown place in the province
        ("Die Kämpfe toben seit dem Neujahrstag im Westen der Provinz Aleppo.", "de",
         "Provinz Aleppo", "event"),
        ("Die Gebiete in der Provinz Idlib sollen verwaltet werden.", "de", "Provinz Idlib",
         "event"),
        # a Spanish intercardinal direction locates
        ("Miles de civiles seguían atrapados en Adra, una localidad situada unos 20 kilómetros "
         "al noreste de Damasco.", "es", "Damasco", "locator"),
        # provinces in a list do not locate one another
        ("Зоны будут созданы в провинциях Хама и Алеппо, на севере провинции Хомс.", "ru",
         "провинции Хомс", "event"),
        # a Turkish city before its district with "-daki"
        ("İstanbul Beyoğlu'ndaki İstiklal Caddesi'nde bombalı saldırı oldu.", "tr", "İstanbul",
         "locator"),
        # the centre of the city a named square lies in
        ("Three car bombs exploded in Saadallah al-Jabiri Square in the government-held centre "
         "of Aleppo on Wednesday.", "en", "Aleppo", "locator"),
        # ... and a Turkish city with "-teki" before the named place in it
        ("Ateş sonucu dün Kilis'teki Öncüpınar çadır kentinde iki kişi yaralandı.", "tr",
         "Kilis", "locator"),
        # an Arabic district the gazetteer lacks, south of the capital
        ("شيّع في دمشق اليوم ضحايا التفجيرين اللذين هزّا حي القزاز جنوب العاصمة أمس.", "ar",
         "العاصمة", "locator"),
        # a list going on is no apposition: ", y en la localidad de Ezraa"
        ("Murieron diez personas en Duma, a las afueras de Damasco, y en la localidad de Ezraa, "
         "en la provincia de Deraa.", "es", "Ezraa", "event"),
        # German: a direction with no article, any adjective before the noun
        ("Angriffe trafen das Dorf Tokhar nördlich der umkämpften Stadt Manbidsch.", "de",
         "Manbidsch", "locator"),
        # unknown villages in a landscape east of a city
        ("Researchers went to Barwadiya and Nabiteh, in the mountains east of the city of "
         "Latakia, and spoke to families.", "en", "city of Latakia", "locator"),
        # Arabic "close to"
        ("يعبر آلاف آخرون من معبر الدبوسية القريب من محافظتي حمص وطرطوس.", "ar", "حمص",
         "locator"),
        # who holds the place may come between it and its locator
        ("سيطرت الفصائل على مقر اللواء 52 التابع لقوات النظام قرب بلدة الحراك.", "ar", "الحراك",
         "locator"),
        ("Rebels took the Shayrat air base, held by Iranian militias, near Homs.", "en", "Homs",
         "locator"),
        # a stretch between two provinces, in Arabic, the "and" glued to the second
        ("ويمتد اللواء 52 على مساحة واسعة بين محافظتي درعا والسويداء.", "ar", "السويداء",
         "locator"),
        # European Portuguese bearings, and a border with a province
        ("A central elétrica de Deir Ali, a sul de Damasco, parou.", "pt", "Damasco", "locator"),
        ("The strike hit al-Jinah, a few kilometres from the border with Idlib province.", "en",
         "Idlib province", "locator"),
        # a peak of a mountain range
        ("Le Hezbollah s'est emparé de Tallet Moussa, l'un des plus hauts sommets de la chaîne "
         "montagneuse du Qalamoun.", "fr", "Qalamoun", "locator"),
    ],
)
def test_parts_lists_and_capitalised_nouns(gaz, body, language, text, role) -> None:
    assert _by_text(gaz, body, language)[text].role == role


def test_a_landscape_may_come_before_the_direction(gaz) -> None:
    body = "I ribelli hanno attaccato Mar Musa, nel deserto a nord di Damasco."
    found = _by_text(gaz, body, "it")
    assert found["Mar Musa"].role == "event"
    assert found["Damasco"].role == "locator"


@pytest.mark.parametrize(
    ("body", "locator"),
    [
        ("Mare, Azez'in doğusunda, Halep'e yaklaşık 30 kilometre mesafede bulunuyor.", "Halep"),
        ("Tel Rıfat ise Mare'nin hemen güneybatısında bulunuyor.", "Mare"),
    ],
)
def test_turkish_distance_and_bearing_after_a_name_locate(gaz, body, locator) -> None:
    found = {m.text.rstrip("'’"): m for m in extract(gaz, body, "tr", PUBLISHED)}
    assert found[locator].role == "locator"


@pytest.mark.parametrize(
    ("body", "language", "locator", "events"),
    [
        ("Südlich von Damaskus bombardiert die Luftwaffe Stellungen im Lager Jarmuk und im "
         "benachbarten Hadschar al-Aswad.", "de", "Damaskus", ["Jarmuk", "Hadschar al-Aswad"]),
        ("South of Damascus, the air force bombed positions in Yarmouk camp.", "en", "Damascus",
         ["Yarmouk camp"]),
    ],
)
def test_a_direction_opening_the_sentence_locates_the_places_after_it(
    gaz, body, language, locator, events
) -> None:
    ms = _by_text(gaz, body, language)
    assert ms[locator].role == "locator"
    assert all(ms[name].role == "event" for name in events)


def test_a_direction_with_no_place_after_it_is_the_event(gaz) -> None:
    ms = _by_text(gaz, "South of Damascus, the army bombed a camp on Friday.", "en")
    assert ms["Damascus"].role == "event"


@pytest.mark.parametrize(
    ("body", "language", "text"),
    [
        ("Значительная часть живет в Дамаске, а также в Латакии.", "ru", "Латакии"),
        ("Ракка, напомнили в ведомстве, остается «столицей» ИГ.", "ru", "Ракка"),
        ("Al-Hol, le plus grand, accueille quelque 55.000 personnes.", "fr", "Al-Hol"),
    ],
)
def test_who_lives_or_stays_where_is_a_standing_fact(gaz, body, language, text) -> None:
    assert _by_text(gaz, body, language)[text].role == "background"


@pytest.mark.parametrize(
    ("body", "language", "locators", "events"),
    [
        # the middle of a city: "حي الميدان وسط دمشق"
        ("قتل 26 شخصاً في تفجير استهدف تقاطعاً في حي الميدان وسط دمشق.", "ar", ["دمشق"],
         ["حي الميدان"]),
        # a list going on is no countryside that locates: "في حمص وإدلب وريف دمشق"
        ("أطلقت قوات الأمن النار على المتظاهرين في حمص وإدلب وريف دمشق.", "ar", [],
         ["حمص", "إدلب", "ريف دمشق"]),
        # Turkish "opposite": "Karkamış'ın karşısındaki Cerablus"
        ("Harekât, Karkamış'ın karşısındaki Cerablus'un temizlenmesiyle başladı.", "tr",
         ["Karkamış"], []),
        # the Portuguese and Italian nouns of a small place in an apposition
        ("O homem afirma estar em Dabiq, uma pequena localidade no norte da província de Alepo.",
         "pt", ["Alepo"], ["Dabiq"]),
        ("Il video è stato girato a Dabiq, una piccola località nella provincia di Aleppo.", "it",
         ["Aleppo"], ["Dabiq"]),
        # a bigger town in a list of towns locates none of them
        ("Refugees reached Reyhanli, Kilis, Gaziantep and Sanliurfa this week.", "en", [],
         ["Kilis", "Gaziantep"]),
        # Turkish districts listed after their province's genitive
        ("İlk bloklar Hatay'ın Yayladağı ve Reyhanlı ilçelerinde yerleştirildi.", "tr",
         ["Hatay"], ["Yayladağı", "Reyhanlı"]),
        # a landmark near which a village lies locates it
        ("The drones were to be launched from the village of Aqraba, near the Sayyida Zeinab "
         "shrine.", "en", ["Sayyida Zeinab shrine"], ["village of Aqraba"]),
        # German nouns of time and abstract nouns are not unknown names before "bei"
        ("Die Kämpfer haben in den vergangenen Wochen Befestigungen bei Tall Abjad abgebaut.",
         "de", [], ["Tall Abjad"]),
    ],
)
def test_locators_and_lists(gaz, body, language, locators, events) -> None:
    found = _by_text(gaz, body, language)
    for text in locators:
        assert found[text].role == "locator", text
    for text in events:
        assert found[text].role != "locator", text


def test_a_dash_apposition_links_like_a_comma(gaz) -> None:
    body = ("Войска взяли под контроль Сальму — крупнейший опорный пункт боевиков на севере "
            "провинции Латакия.")
    found = _by_text(gaz, body, "ru")
    assert found["Сальму"].site_id == "sy-salma"
    assert found["провинции Латакия"].role == "locator"


@pytest.mark.parametrize(
    ("body", "language", "text", "role"),
    [
        ("A helicopter crashed in Syria near Homs.", "en", "Homs", "event"),
        ("Вертолёт потерпел крушение в Сирии в районе Хомса.", "ru", "Хомса", "event"),
        # a bearing still locates what lies there: the river's source, not Gaziantep
        ("The Queiq rises in Turkey north of Gaziantep.", "en", "Gaziantep", "locator"),
        # Persian: "near", "in the suburbs of", "in … province" after a facility
        ("موشک‌ها به فرودگاه نظامی نیرب در نزدیکی حلب اصابت کردند.", "fa", "حلب", "locator"),
        ("این کشور پایگاه هوایی تیفور در استان حمص را هدف قرار داده بود.", "fa", "استان حمص",
         "locator"),
        ("آمریکا مراکزی را در برزه در حومه دمشق بمباران کرد.", "fa", "حومه دمشق", "locator"),
    ],
)
def test_a_country_before_near_is_no_unknown_place(gaz, body, language, text, role) -> None:
    assert _by_text(gaz, body, language)[text].role == role


@pytest.mark.parametrize(
    ("body", "language", "event", "locator"),
    [
        # a Russian adjective before the province, and the prepositional of "город"
        ("Патруль подорвался во вторник на трассе М4 в сирийской провинции Идлиб.", "ru",
         "трассе М4", "провинции Идлиб"),
        ("Во вторник взрыв произошёл у Трумбы в северном городе Саракиб.", "ru", "Трумбы",
         "Саракиб"),
        # an area of a town: "nella zona di", "in the Minieh district"
        ("Martedì i droni hanno colpito Amuda, nella zona di Qamishli.", "it", "Amuda",
         "Qamishli"),
        ("On Tuesday a fire destroyed tents in Bhanine, in the Minieh district of northern "
         "Lebanon.", "en",
         "Bhanine", "Minieh"),
    ],
)
def test_the_wider_place_after_in_locates(gaz, body, language, event, locator) -> None:
    found = _by_text(gaz, body, language)
    assert found[event].role == "event"
    assert found[locator].role == "locator" and found[locator].date_start is None


def test_a_list_of_a_village_and_a_town_locates_nothing(gaz) -> None:
    found = _by_text(gaz, "On Monday shells hit Sarmin, Ariha and Saraqib.", "en")
    assert {m.role for m in found.values()} == {"event"}


@pytest.mark.parametrize(
    ("body", "role"),
    [
        # who lives in a quarter is no name of it: the city is where it happened
        ("On Friday a blast hit a mainly Kurdish neighbourhood of Hasakah.", "event"),
        ("On Friday a blast hit the Christian quarter of Hasakah.", "event"),
        # a quarter the gazetteer lacks, by its name: the city only locates it
        ("On Friday a blast hit the Nashwa district of Hasakah.", "locator"),
    ],
)
def test_a_people_adjective_names_no_quarter(gaz, body, role) -> None:
    assert _by_text(gaz, body, "en")["Hasakah"].role == role


def test_a_turkish_name_whose_noun_takes_the_genitive_locates_what_follows(gaz) -> None:
    found = _by_text(gaz, "Şanlıurfa'da, Akçakale ilçesinin karşısındaki Tel Abyad'da çatışmalar "
                          "sürüyor.", "tr")
    assert found["Akçakale"].role == "locator" and found["Tel Abyad"].role == "event", found
