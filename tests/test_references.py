"""Definite references ("the town", "la ciudad", "die Stadt") and the site they point to."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from tests.extracting import extract

PUBLISHED = date(2016, 1, 12)


def _reference(gaz: Gazetteer, body: str, surface: str, language: str = "en") -> str | None:
    """The site of the mention whose text ends with `surface` (None if not found)."""
    for mention in extract(gaz, body, language, PUBLISHED):
        if mention.text.endswith(surface):
            return mention.site_id
    return None


@pytest.mark.parametrize(
    ("body", "surface", "language", "site_id"),
    [
        # the story's city, not the one named in passing in the sentence before
        ("Rebels took Idlib yesterday. It is the second provincial capital to fall after Raqqa, "
         "held by jihadists since 2013. Their offensive began on Tuesday east of the city.",
         "city", "en", "sy-idlib"),
        ("Los rebeldes tomaron ayer la ciudad de Idlib. Es la segunda capital que cae después de "
         "Raqa. La aviación bombardeó esta mañana varios barrios de la ciudad.",
         "ciudad", "es", "sy-idlib"),
        # "the town" never stands for a capital
        ("Aid reached Madaya on Monday. The convoy left Damascus in the afternoon and waited "
         "at a checkpoint on the edge of the town.", "town", "en", "sy-madaya"),
        # German adjectives between the article and the noun
        ("Die letzten Bewohner haben Daraja verlassen. Am Samstag rückten Regierungstruppen in "
         "die fast vollständig zerstörte Stadt ein.", "Stadt", "de", "sy-darayya"),
        # Italian and Portuguese determiners
        ("I ribelli hanno lasciato Homs. Gli autobus sono partiti dal centro della città.",
         "città", "it", "sy-homs"),
        ("As forças entraram em Manbij. Os combates duraram dois meses na cidade.",
         "cidade", "pt", "sy-manbij"),
        # German compounds: the provincial capital, the military airport
        ("Die SDF zogen aus Deir ez-Zor ab. Sie hatten die Provinzhauptstadt am Freitag "
         "besetzt.", "Provinzhauptstadt", "de", "sy-deir-ez-zor"),
        # crossings, dams and prisons
        ("Trucks queued at the Nasib crossing on Monday. The crossing reopened after three "
         "years.", "crossing", "en", "sy-nasib-crossing"),
        ("Fighting went on near the Tishrin Dam. Engineers warned that the dam could fail.",
         "dam", "en", "sy-tishrin-dam"),
        ("فتح مقاتلون أبواب سجن صيدنايا. وقال ناجون إن السجن كان مكتظا.", "السجن", "ar",
         "sy-sednaya-prison"),
        # Persian demonstratives, Russian "in this area", Turkish case endings
        ("موشک‌ها به منطقه سیده زینب اصابت کرد. سه موشک به ساختمانی در این منطقه اصابت کرد.",
         "این منطقه", "fa", "sy-sayyida-zeinab"),
        ("Удар был нанесён по Пальмире. Бои в этом районе продолжаются.", "районе", "ru",
         "sy-palmyra"),
        ("Konvoy Han Şeyhun'a doğru ilerliyordu. Muhalifler ilçeye giden yolu kesti.",
         "ilçeye", "tr", "sy-khan-shaykhun"),
        # an "ilçe" (district) is no province's seat or capital named before it
        ("Peşmergeler Erbil'den uçakla Şanlıurfa'ya indi. Kafile Suruç'a geçti. Buradan "
         "otobüslerle ilçeye ulaştılar.", "ilçeye", "tr", "tr-suruc"),
        # a demonstrative points to the place just named, not to the story's first city
        ("Les experts, arrivés samedi à Damas, doivent se rendre à Douma dans les prochains "
         "jours. Le régime a repris le contrôle de cette ville.", "cette ville", "fr",
         "sy-douma"),
        # "the capital" with a nationality adjective, in five languages
        ("Al-Sharaa era a Damasco. Sabato è arrivato nella capitale americana.", "capitale",
         "it", "us-washington"),
        ("Le convoi a quitté Alep. Le ministre s'est rendu dans la capitale russe.", "capitale",
         "fr", "ru-moscow"),
        ("Der Konvoi verließ Aleppo. Der Minister reiste in die türkische Hauptstadt.",
         "Hauptstadt", "de", "tr-ankara"),
        ("Колонна покинула Алеппо. Посол был убит в турецкой столице.", "столице", "ru",
         "tr-ankara"),
        ("غادرت القافلة حلب. ووصل الوزير إلى العاصمة الأردنية.", "العاصمة", "ar", "jo-amman"),
        # a nation's capital is one place, whatever follows it
        ("Diplomats met in Geneva on Friday. A second round is expected in the Austrian "
         "capital in the coming weeks.", "the Austrian capital", "en", "at-vienna"),
        # the hosts of the talks: Kazakhstan, Belgium
        ("Las delegaciones salieron de Damasco. Se reunieron en un hotel de la capital kazaja.",
         "capital", "es", "kz-astana"),
        ("Делегации вылетели из Дамаска. Переговоры в казахстанской столице продлятся два дня.",
         "столице", "ru", "kz-astana"),
        ("Os ministros estiveram em Damasco. A reunião decorreu na capital belga.",
         "capital", "pt", "be-brussels"),
        # "the Swiss city" is a Swiss town named before, not the story's last town
        ("وصل الوفد إلى جنيف يوم الأحد. وقصف الجيش قرية معان في حماة، فيما تنطلق المفاوضات في "
         "المدينة السويسرية.", "المدينة", "ar", "ch-geneva"),
        ("Les délégués sont arrivés à Genève. L'armée a bombardé Homs, et les pourparlers ont "
         "repris dans la ville suisse.", "ville", "fr", "ch-geneva"),
        # "the coastal city" is the one on the sea, not the last city named
        ("تعرضت السفارة في دمشق والقنصلية في اللاذقية لهجمات. واقتحم محتجون القنصلية في "
         "المدينة الساحلية.", "المدينة", "ar", "sy-latakia"),
        ("Les consulats de Lattaquié et l'ambassade à Damas ont été attaqués. Dans la ville "
         "côtière, la police est intervenue.", "ville", "fr", "sy-latakia"),
        # a provincial capital is not the capital; a port city is the city, not its port
        ("Las milicias tomaron Idlib. Una coalición tomó en marzo de 2015 la capital "
         "provincial.", "capital provincial", "es", "sy-idlib"),
        # the seat of the province named in the sentence, not the city named just before
        ("Officials spoke in Damascus on Monday. Rural Idlib province is held by rebels, while "
         "the army holds the provincial capital.", "the provincial capital", "en", "sy-idlib"),
        ("Dijo en Damasco una portavoz. La zona rural de Idlib está en manos de los rebeldes, "
         "mientras que el Ejército conserva la capital provincial.", "capital provincial", "es",
         "sy-idlib"),
        ("Rebels took Latakia on Sunday. Shops reopened on Wednesday in the port city.",
         "port city", "en", "sy-latakia"),
        # a named building with nothing before it: the town that locates it just after
        ("L'hôpital al-Qods, dans le quartier d'al-Soukkari à Alep, a été détruit.",
         "al-Qods", "fr", "sy-aleppo"),
        # two capitals in the sentence before, one of them a locator: the report's own
        ("Milhares reuniram-se hoje na Praça dos Omíadas, no centro de Damasco, um ano após a "
         "queda de Assad, que fugiu para Moscovo quando os rebeldes entraram na capital.",
         "capital", "pt", "sy-damascus"),
        # a bare "the capital" long after a foreign capital is the report's own
        ("قتل زهران علوش في الغوطة. وشارك الجيش في مؤتمر في الرياض. ويرى معارضون أن ذلك يضعف "
         "المعارضة. وقصفت الطائرات دوما وحرستا. وفي جنوب العاصمة، أرجئ الاتفاق.", "العاصمة",
         "ar", "sy-damascus"),
        # "the province" is a province, not a region named just before
        ("Des combats ont eu lieu dans la province d'Idleb. Le Jabal al-Zawiya est un refuge. "
         "Sana a fait état de la mort de militaires dans la province.", "province", "fr",
         "sy-gov-idlib"),
        # a town of another province named in the sentence: the town's province
        ("Rebels took Daraa province on Friday. In Sweida city, the governor and senior "
         "officials left the province overnight.", "the province", "en", "sy-gov-suwayda"),
        # a town whose people speak is no site, but "the town" after it is that town
        ("Factions seized Tal Rifaat on Sunday. Officials in Manbij said on Monday they feared "
         "the factions would move on the town next.", "the town", "en", "sy-manbij"),
        # "die Stadt" after the story's town is that town, not a foreign city named in passing
        ("Die Rebellen verließen Daraja. De Mistura sprach in Genf von Vertreibung. Daraja liegt "
         "nahe Mezzeh, von wo Hubschrauber Fassbomben auf die Stadt warfen.", "Stadt", "de",
         "sy-darayya"),
        # "that crossing" is the one just named, not the one named first
        ("The Syrians crossed into Iraq at the Rabia border post, fleeing attacks on the Syrian "
         "crossing of Yaarubiyah opposite it. Rebels said they took that crossing on Saturday.",
         "that crossing", "en", "sy-yarubiyah-crossing"),
        # a mountain, a hill, a plateau: the one named last whose name says what it is
        ("Yazidis fled Sinjar for Mount Sinjar. US jets struck positions around the mountain.",
         "the mountain", "en", "iq-sinjar-mountains"),
        ("Le Hezbollah a pris Tallet Moussa, dans le Qalamoun. Ses combattants ont hissé leur "
         "drapeau sur la colline.", "colline", "fr", "sy-tallet-moussa"),
        ("Israël a frappé des cibles sur le plateau du Golan. Pompeo doit se rendre jeudi sur "
         "le plateau.", "le plateau", "fr", "sy-golan-heights"),
        # "Nearby, …" and the German "Dort …" (there): the one place of the sentence before
        ("Jets struck Saraqib on Monday. Nearby, a market was hit.", "Nearby", "en",
         "sy-saraqib"),
        ("Die Kämpfe um Kamischli dauerten an. Dort starben am Mittwoch zwei Menschen.", "Dort",
         "de", "sy-qamishli"),
    ],
)
def test_reference_points_to_the_story_site(gaz, body, surface, language, site_id) -> None:
    assert _reference(gaz, body, surface, language) == site_id


def test_locating_reference_skips_the_place_it_locates(gaz) -> None:
    body = ("Troops retook Palmyra on Sunday. The army said it would push towards al-Qaryatain, "
            "south-west of the city.")
    (city,) = [m for m in extract(gaz, body, "en", PUBLISHED) if m.text.endswith("city")]
    assert (city.site_id, city.role) == ("sy-palmyra", "locator")


@pytest.mark.parametrize(
    ("body", "language", "surface"),
    [
        # the noun of a name the gazetteer lacks is not a reference
        ("Die Bewohner flohen nach Hasaka und in die Kleinstadt Tall Tamr.", "de",
         "Kleinstadt"),
        # an apposition to an unknown name is about that name
        ("Mit Menagh fällt die Bastion in der Gegend von Tallul, der Grenzstadt.", "de",
         "Grenzstadt"),
        # a Turkish noun right after a name is the name's own ("Suruç ilçesinde")
        ("Patlama Suruç ilçesinde meydana geldi.", "tr", "ilçesinde"),
        # the district as a modifier of its people or offices, and "a city": no reference
        ("Okullar Karkamış'ta tatil edildi ve ilçe halkının bir kısmı tahliye edildi.", "tr",
         "ilçe"),
        ("Ceylanpınar'da iki polis öldürüldü. İlçe emniyet müdürlüğü açıklama yaptı.", "tr",
         "İlçe"),
        ("Şanlıurfa'da iki polis öldürüldü. Ceylanpınar, Resulayn ile ikiz bir kent "
         "görünümünde.", "tr", "kent"),
        ("Nusaybin'de duvar örülüyor. İki kent arasındaki sınır yalnızca bir tel örgü.", "tr",
         "kent"),
        # "the area", "la zona" are too vague to point anywhere
        ("Shelling hit Jobar on Monday. Residents of the area fled.", "en", "area"),
        # a seat abroad is not a building in the town named before
        ("Aerei erano atterrati ad Aleppo. La Lega araba, con sede al Cairo, aveva sospeso la "
         "Siria.", "it", "sede"),
        # "un siège" is a siege, not a seat
        ("Alep est coupée. L'OSDH redoute un siège.", "fr", "siège"),
        # the noun of a name that follows: "la ciudad sureña de Deraa"
        ("Las bombas cayeron en Atarib. Las protestas empezaron en la ciudad sureña de Deraa.",
         "es", "ciudad"),
        ("Damascus kept a foothold in Qamishli and in the provincial capital Hasakah.", "en",
         "capital"),
        # a title, not a place: "la capitale économique du pays"
        ("Alep a été bombardée. Avant la guerre, Alep était la capitale économique du pays.",
         "fr", "capitale"),
        # a building not told which is no place of the story
        ("Shells fell on Khalidiya. Bodies were laid out in a mosque there.", "en", "mosque"),
        ("Los inspectores llegaron a Damasco. Se alojan en un hotel del centro.", "es", "hotel"),
    ],
)
def test_not_a_reference(gaz, body, language, surface) -> None:
    assert _reference(gaz, body, surface, language) is None


def test_a_country_far_off_in_the_sentence_does_not_pick_a_homonym(gaz) -> None:
    body = ("Hezbollah fighters were killed in Syria's Quneitra province. "
            "Mourners chanting against Israel and the United States followed the coffin through "
            "the suburbs to the cemetery where his father was buried after being killed by a car "
            "bomb in Damascus in 2008.")
    assert _reference(gaz, body, "Damascus") == "sy-damascus"
    assert _reference(gaz, "LIBYA: Migrants drowned off the coast of Khoms, east of Tripoli, on "
                      "Wednesday, the International Organization for Migration said. Lebanon "
                      "and Tripoli were quiet.", "Tripoli") == "ly-tripoli"


def test_the_city_is_never_a_village(gaz) -> None:
    body = ("Gunmen attacked police near the village of Khirbet al-Maaza on Wednesday. The "
            "ministry said the footage was old, filmed when the city fell to rebels.")
    assert _reference(gaz, body, "the city") != "sy-khirbat-al-ma-azzah"


def test_the_base_is_never_a_port(gaz) -> None:
    body = ("Ships unloaded fuel at the port of Tartus on Monday. Russian jets at Hmeimim flew "
            "sorties; the base was hit by drones.")
    assert _reference(gaz, body, "the base") == "sy-hmeimim-air-base"
    body = "Patriot batteries were unloaded at the port of Iskenderun. Soldiers guard the base."
    assert _reference(gaz, body, "the base") != "tr-iskenderun-port"
    body = "Coalition jets struck the al-Omar oil field. Fighters fled the base on Friday."
    assert _reference(gaz, body, "the base") != "sy-al-omar-oil-field"


def test_on_a_tie_the_reference_is_the_place_at_home(gaz) -> None:
    body = ("Kurdish parties gathered in Deir ez-Zor province on Thursday. Damascus will not "
            "attend the talks in Paris after a conference held in Hasakah. Delegates met on "
            "Friday in a hall in the city.")
    assert _reference(gaz, body, "the city") == "sy-hasakah"


def test_a_town_grown_from_a_camp_is_the_camp(gaz) -> None:
    body = "Residents said mourners marched in the Yarmouk refugee camp in Damascus."
    got = {m.text: (m.site_id, m.role) for m in extract(gaz, body, "en", PUBLISHED)}
    assert got == {"Yarmouk refugee camp": ("sy-yarmouk", "event"),
                   "Damascus": ("sy-damascus", "locator")}


def test_the_coastal_city_after_places_far_inland(gaz) -> None:
    """No sea within reach of Anbar: not coastal, and no error ("no sea within 512 km")."""
    body = "Jets struck Rutba in Anbar province on Monday. Later the coastal city was quiet."
    assert _reference(gaz, body, "coastal city") is None


@pytest.mark.parametrize(
    ("body", "surface", "role"),
    [
        # an unnamed place near the town: the news is there
        ("Jets bombed rebel-held areas near the Syrian capital on Saturday.",
         "the Syrian capital", "event"),
        ("Manbij fell in August. Coalition aircraft struck positions near the town this week.",
         "the town", "event"),
        # a named place near the town: the reference only locates it
        ("Manbij fell in August. Rebels shelled Arima, near the town, this week.", "the town",
         "locator"),
    ],
)
def test_a_place_near_a_reference(gaz, body, surface, role) -> None:
    (got,) = [m.role for m in extract(gaz, body, "en", PUBLISHED) if m.text == surface]
    assert got == role


def test_a_noun_before_a_name_in_any_capital_letter_is_no_reference(gaz) -> None:
    body = ("Die erste gemeinsame Patrouille startete in Akçakale. Ein Operationszentrum hat in "
            "der türkischen Stadt Şanlıurfa seine Arbeit aufgenommen.")
    texts = {m.text: m for m in extract(gaz, body, "de", PUBLISHED)}
    assert "der türkischen Stadt" not in texts and texts["Şanlıurfa"].role == "event"


def test_a_town_named_only_to_locate_is_still_the_reference_s_antecedent(gaz) -> None:
    body = ("Akçakale'nin karşısındaki Tel Abyad sınır kapısı 19 Eylül'de ele geçirildi. Geçen "
            "hafta da Suriye'den atılan bir mermi ilçede bir eve isabet etti.")
    assert _reference(gaz, body, "ilçede", "tr") == "tr-akcakale"


def test_a_noun_whose_name_follows_after_a_comma_is_no_reference(gaz) -> None:
    body = "Os rebeldes tomaram Suran. Na capital, Damasco, os combates continuam em Jobar."
    assert "Na capital" not in {m.text for m in extract(gaz, body, "pt", PUBLISHED)}


def test_a_city_s_prison_and_the_jail_that_refers_to_it(gaz) -> None:
    body = ("Government forces broke through to Aleppo's central prison yesterday. Television "
            "showed soldiers at the gates of the jail.")
    found = {m.text: m.site_id for m in extract(gaz, body, "en", PUBLISHED)}
    assert found["Aleppo's central prison"] == "sy-aleppo-central-prison"
    assert found["the jail"] == "sy-aleppo-central-prison"


def test_the_field_is_the_oil_field_named_before(gaz) -> None:
    body = ("SDF fighters captured al-Omar oil field on Sunday. Activists said the militias also "
            "seized several villages near the field overnight.")
    assert _reference(gaz, body, "the field") == "sy-al-omar-oil-field"


def test_this_town_with_a_demonym_is_the_dateline_town(gaz) -> None:
    """ "ARSAL, Lebanon: … seized Qara …, as families crowded into this Lebanese border town":
    not Qara (Syrian), but the town the report was filed from."""
    body = ("ARSAL, Lebanon: Syrian troops seized the town of Qara yesterday, as families crowded "
            "into this Lebanese border town with blankets.")
    assert _reference(gaz, body, "this Lebanese border town") == "lb-aarsal"


def test_italian_plural_cities_are_no_reference(gaz) -> None:
    body = ("Le forze turche hanno preso Tal Abyad. Hanno raggiunto l'autostrada che collega "
            "le città curde.")
    assert _reference(gaz, body, "le città", "it") is None


def test_the_capital_that_locates_is_that_of_the_place_it_locates(gaz) -> None:
    body = ("An F-16 came down near Raqqa in Syria on Wednesday. Elders gathered at the family's "
            "house near Karak, south of the capital.")
    assert _reference(gaz, body, "the capital") == "jo-amman"


def test_the_capital_a_town_lies_on_the_outskirts_of(gaz) -> None:
    body = ("A nadadora treina no Rio de Janeiro. A casa da família, em Daraya, nos arredores da "
            "capital, foi destruída.")
    assert _reference(gaz, body, "da capital", "pt") == "sy-damascus"


@pytest.mark.parametrize(
    ("body", "surface", "language", "site_id"),
    [
        ("Kurdish fighters surrounded Qamishli airport on Wednesday. Clashes spread to the city "
         "on Thursday.", "the city", "en", "sy-qamishli"),
        ("Des navires russes ont quitté le port de Tartous mercredi. La ville est calme.",
         "La ville", "fr", "sy-tartus"),
        ("Yaralılar Akçakale Devlet Hastanesi'ne getirildi. Olaylar nedeniyle ilçede okullar "
         "bugün tatil edildi.", "ilçede", "tr", "tr-akcakale"),
    ],
)
def test_a_facility_named_after_its_town_stands_for_the_town(gaz, body, surface, language,
                                                             site_id) -> None:
    assert _reference(gaz, body, surface, language) == site_id


def test_a_crossing_named_after_a_town_does_not_stand_for_it(gaz) -> None:
    """A crossing is named after the towns on both sides: no host town."""
    from reportmap.resolve import host_town

    assert host_town(gaz, gaz.get("sy-qamishli-airport")).site_id == "sy-qamishli"
    body = "Rebels seized the Bab al-Hawa crossing on Monday. The town is quiet."
    assert _reference(gaz, body, "The town") is None


def test_the_part_of_the_town_a_facility_stands_in_locates_it(gaz) -> None:
    body = ("Israelische Jets trafen am Mittwoch den Militärflughafen Hama. Rauch stieg über dem "
            "Gelände im Westen der Stadt auf.")
    found = [m for m in extract(gaz, body, "de", PUBLISHED) if m.text == "der Stadt"]
    assert [(m.site_id, m.role) for m in found] == [("sy-hama", "locator")]


def test_the_town_that_locates_a_facility_named_after_it(gaz) -> None:
    body = ("Fighting went on near Raqqa on Monday. Kurdish-led units reached the Tabqa dam, "
            "the largest in the country, just north of the town.")
    assert _reference(gaz, body, "the town") == "sy-tabqa"


def test_the_city_of_a_report_filed_from_it_is_not_the_capital_named_once(gaz) -> None:
    body = ("HOMS, Syria (Reuters) - Shelling hit the old quarters of Homs on Monday, residents "
            "said. Three people were killed. Two more died of their wounds. Shops stayed shut. "
            "Schools were closed. Water ran short.\n\nThe information minister told reporters "
            "in Damascus that talks would go on. Residents said the main hospital of the city "
            "had run out of fuel.")
    assert _reference(gaz, body, "the city") == "sy-homs"


def test_the_city_named_in_its_own_sentence_stays_the_capital(gaz) -> None:
    body = ("HOMS, Syria (Reuters) - Shelling hit Homs on Monday. Troops later moved on "
            "Damascus, and the city was quiet by night.")
    assert _reference(gaz, body, "the city") == "sy-damascus"


def test_the_town_is_not_a_city_of_half_a_million(gaz) -> None:
    body = ("Kurdish fighters still held Kobani on Friday after a week of shelling. The "
            "Observatory said government jets had also struck Homs overnight. In Homs two people "
            "died. No aid has reached the town since Monday.")
    assert _reference(gaz, body, "the town") == "sy-kobane"


@pytest.mark.parametrize(
    ("body", "surface", "language"),
    [
        ("The de-escalation zone around Idlib, which also covers parts of the provinces of "
         "Hama, Latakia and Aleppo, was agreed in Astana. Turkish observers will enter the "
         "province next week.", "the province", "en"),
        ("Зона деэскалации в Идлибе, охватывающая также часть провинций Хама, Латакия и "
         "Алеппо, была согласована в Астане. Турецкие наблюдатели войдут в провинцию на "
         "следующей неделе.", "провинцию", "ru"),
    ],
)
def test_the_province_after_a_list_of_provinces_is_the_town_s_before_it(
    gaz, body, surface, language
) -> None:
    assert _reference(gaz, body, surface, language) == "sy-gov-idlib"


def test_the_governorate_building_is_in_the_town(gaz) -> None:
    body = ("Federal troops entered Kirkuk on Monday. They took the airport in the morning and "
            "the governorate building by the evening.")
    assert _reference(gaz, body, "the governorate building") == "iq-kirkuk"


def test_the_airport_of_the_town_named_since_the_air_base(gaz) -> None:
    body = ("Bombers took off from the Mozdok air base and struck IS targets near Deir ez-Zor, "
            "where militants have attacked army positions at the airport since mid-January.")
    assert _reference(gaz, body, "the airport") == "sy-deir-ez-zor-airport"
    # the story's own airport, named twice, stays the airport
    body = ("Flights resumed at Aleppo airport. Aleppo airport had been shut for eight years. "
            "\"My son lives in Damascus,\" said a woman waiting at the airport.")
    assert _reference(gaz, body, "the airport") == "sy-aleppo-airport"
