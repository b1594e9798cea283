"""General extraction rules, each checked on short made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.model import Mention
from tests.extracting import PUBLISHED, extract, site_ids


@pytest.mark.parametrize(
    ("body", "language", "capital"),
    [
        ("Ankara warned of a response after the shelling of Jarabulus.", "en", "tr-ankara"),
        ("Tehran did not comment on the explosion near Homs.", "en", "ir-tehran"),
        ("Damascus hailed the recapture of Saraqeb.", "en", "sy-damascus"),
        ("Moscow and Damascus later said the convoy reached Idlib.", "en", "ru-moscow"),
        ("Amman has kept its crossings shut since the fighting near Daraa.", "en", "jo-amman"),
        ("Damaskus erklärte, der Angriff auf Homs sei abgewehrt worden.", "de", "sy-damascus"),
        ("Moscou a annoncé des frappes près de Palmyre.", "fr", "ru-moscow"),
        ("Moscú aseguró que la base de Tartús sigue operativa.", "es", "ru-moscow"),
        ("Анкара заявила о новых ударах по Африну.", "ru", "tr-ankara"),
    ],
)
def test_capital_as_speaker_is_not_a_site(gaz, body, language, capital) -> None:
    sites = site_ids(gaz, body, language)
    assert capital not in sites
    assert sites, "the real place in the sentence is still found"


@pytest.mark.parametrize(
    "body",
    [
        "Rebels accused Ankara of shelling Tal Rifaat.",
        "Iran called on Baghdad to reopen the Al-Qaim crossing.",
        "The ministry in Damascus reported damage in Latakia.",
        "Das Verteidigungsministerium in Damaskus meldete Schäden in Latakia.",
        "Officials in Tehran blamed Israel for the blast at Mezzeh.",
        "Militias near Deir ez-Zor do not take orders from Tehran.",
        "The strike near Idlib was a message to Ankara.",
        ("fr", "Moscou, principal allié de Damas, a frappé Idlib."),
        ("fr", "Le vote n'a eu lieu que dans les régions contrôlées par Damas, dont Homs."),
        ("fr", "L'opposition accuse le régime de Damas d'avoir bombardé Douma."),
        ("de", "Moskau lehnt Sanktionen gegen Damaskus wegen Homs ab."),
        ("it", "Damasco parla di riconciliazione a Daraya."),
    ],
)
def test_capital_as_government_object_or_seat(gaz, body) -> None:
    language, body = body if isinstance(body, tuple) else ("en", body)
    capitals = {"tr-ankara", "iq-baghdad", "sy-damascus", "ir-tehran"}
    sites = site_ids(gaz, body, language)
    assert not capitals & set(sites), sites
    assert sites


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # a building in a foreign capital is in the city
        ("Türkiye'nin Şam'daki büyükelçiliği bugün yeniden açıldı.", "sy-damascus"),
        ("Kabil'deki havalimanında bekleyenler tahliye edildi.", "af-kabul"),
    ],
)
def test_a_building_in_a_foreign_capital_is_there(gaz, body, kept) -> None:
    assert kept in site_ids(gaz, body, "tr")


def test_troops_based_in_a_place_are_there(gaz) -> None:
    assert "sy-hasakah" in site_ids(gaz, "US troops based in Hasakah were attacked on Monday.")
    assert "sy-aleppo" in site_ids(gaz, "The Syrian Observatory for Human Rights said fighting "
                                        "raged in Aleppo.")


def test_capital_where_things_happen_stays(gaz) -> None:
    assert "sy-damascus" in site_ids(gaz, "The envoy met officials in Damascus on Tuesday.")
    assert "sy-damascus" in site_ids(gaz, "Damascus was hit by rockets overnight.")
    assert "sy-aleppo" in site_ids(gaz, "Fighters from the south of Aleppo said they withdrew.")


@pytest.mark.parametrize(
    ("body", "gone"),
    [
        ("The governor of Hama province said roads were closed in Salamiyah.", "sy-gov-hama"),
        ("Foreign Minister met President Vladimir Putin in Sochi.", "ru-vladimir"),
        ("Among those held were the activist Suhair Atasi and a lawyer in Homs.", "iq-az-zubayr"),
        ("The tanker Sparta IV waited off Tartus.", "tr-isparta"),
        ("Idlib-based factions moved south towards Saraqeb.", "sy-idlib"),
        ("Traffic resumed on the Homs–Hama highway near Rastan.", "sy-hama"),
        ("The state news agency SANA said a blast hit Jableh.", "ye-sanaa"),
        # a village's name as a given name before an Arabic family name
        ("Nineveh's governor, Atil al-Nujaifi, left Mosul on Monday.", "sy-atil"),
    ],
)
def test_names_that_are_not_places(gaz, body, gone) -> None:
    assert gone not in site_ids(gaz, body)


@pytest.mark.parametrize(
    ("body", "language", "gone"),
    [
        # a byline; the government as allies', speakers' and receivers' name
        ("By Rana Haddad in Amman\n\nSyrian troops took Nasib.", "en", "jo-amman"),
        ("From our correspondent in Erbil\n\nSyrian troops took Nasib.", "en", "iq-erbil"),
        ("De notre envoyé spécial à Amman\n\nL'armée a pris Nassib.", "fr", "jo-amman"),
        ("محاولة لاستغلال انشغال حلفاء دمشق.", "ar", "sy-damascus"),
        ("الاتفاقات تفضي إلى تهجير قسري، فيما تصفها دمشق بأنها مصالحات.", "ar", "sy-damascus"),
        ("Москва откладывала передачу С-300 Дамаску.", "ru", "sy-damascus"),

        # an official's title; a TASS-style dateline
        ("Der Kommandeur des Militärrats von Aleppo kündigte Angriffe auf Nairab an.", "de",
         "sy-aleppo"),
        ("Un commandant des milices à Lattaquié a été tué près de Kassab.", "fr", "sy-latakia"),
        ("МОСКВА, 20 декабря. /ТАСС/. Министры обсудили положение в Алеппо.", "ru",
         "ru-moscow"),
        ("ТЕЛЬ-АВИВ, 26 августа. Россия вывезла из Сирии комплекс С-300.", "ru", "il-tel-aviv"),
        # the seat of an organisation, not where anything happened
        ("Secondo l'Osservatorio, che ha sede a Londra, 14 soldati sono morti ad Aleppo.", "it",
         "gb-london"),
        ("Laut der Beobachtungsstelle für Menschenrechte in London starben in Hasaka 150 Menschen.",
         "de", "gb-london"),
        # the Persian agency reporting from a city: its dateline
        ("به گزارش خبرگزاری پارس نو از بیروت، سفیر ایران در لبنان دیروز در صور مجروح شد.", "fa",
         "lb-beirut"),
        # a group named after the Levant, a common noun in lower case
        ("Heyet Tahrir Şam militanları Han Şeyhun'dan çekildi.", "tr", "sy-damascus"),
        ("Поставки газа в Дейр-эз-Зор возобновились.", "ru", "ps-gaza"),
        # a person named like a town; a far city's exonym that is a common word ("near")
        ("O presidente russo, Vladimir Putin, visitou a base de Hmeimim.", "pt", "ru-vladimir"),
        ("Perto da cidade de Hama ficam as ruínas de Apameia.", "pt", "au-perth"),
        ("Северный ветер дул весь день над Хомсом.", "ru", "ru-severnyy"),
        ("ولادیمیر پوتین با اردوغان در آنکارا دیدار کرد.", "fa", "ru-vladimir"),
        ("Le général Jamil Hassan dirigeait les services de renseignement.", "fr",
         "ly-al-jumayl"),
        # a patrol boat's name; the navy; an operation named after the sea
        ("La nave è stata agganciata dal pattugliatore Tyr al largo di Crotone.", "it",
         "lb-tyre"),
        ("La nave è stata fermata dalla Marina militare al largo di Leuca.", "it", "ru-mar-ino"),
        ("Con la fine di Mare Nostrum i soccorsi sono diminuiti.", "it", "sy-mari"),
    ],
)
def test_names_that_are_not_places_intl(gaz, body, language, gone) -> None:
    assert gone not in site_ids(gaz, body, language)


def test_seas_are_not_features_but_anchor_offshore_points(gaz) -> None:
    mentions = extract(gaz, "Jets fired from over the Mediterranean, west of Tartus, at dawn.")
    assert not [m for m in mentions if m.kind == "sea_area"]
    derived = [m for m in mentions if m.derived]
    assert derived and derived[0].text == "west of Tartus"
    fr = extract(gaz, "Les tirs venaient de la Méditerranée, à l'ouest de Tartous.", "fr")
    assert [m.text for m in fr if m.derived] == ["à l'ouest de Tartous"]


def test_village_after_arabic_article_and_foreign_geo_words(gaz) -> None:
    assert "sy-al-hadir" in site_ids(gaz, "Shelling was reported near the town of al-Hader.")
    assert "sy-harim" in site_ids(gaz, "In dem Dorf Harim stürzten Häuser ein.", "de")


def test_quarter_of_a_town_is_not_another_town(gaz) -> None:
    sites = site_ids(gaz, "Police entered Daraa al-Balad on Monday.")
    assert "iq-balad" not in sites and {"sy-daraa", "sy-daraa-al-balad"} & set(sites)


def test_the_capital_and_the_syrian_capital(gaz) -> None:
    ms = extract(gaz, "Rockets hit Jableh. Later, drones struck the airport south of the capital.")
    capital = [m for m in ms if m.text == "the capital"]
    assert capital and capital[0].site_id == "sy-damascus" and capital[0].role == "locator"
    ms = extract(gaz, "Flights to the Iraqi capital resumed after the storm over Basra.")
    assert [m.site_id for m in ms if m.text == "the Iraqi capital"] == ["iq-baghdad"]
    ms = extract(gaz, "Hubo combates en Homs. Miles huyeron hacia la capital.", "es")
    assert [m.site_id for m in ms if m.text == "la capital"] == ["sy-damascus"]


def test_the_city_is_not_the_place_it_locates(gaz) -> None:
    body = ("Troops entered Palmyra on Sunday. They then moved on al-Qaryatain, south-west of "
            "the city.")
    ms = extract(gaz, body)
    city = [m for m in ms if m.text == "the city"]
    assert city and city[0].site_id == "sy-palmyra" and city[0].role == "locator"


def test_its_airport_and_the_province(gaz) -> None:
    ms = extract(gaz, "Soldiers retook the town of Palmyra and its airport on Sunday.")
    assert any(m.text == "its airport" and m.kind in {"airport", "air_base"} for m in ms)
    ms = extract(gaz, "Clashes went on in Idlib. Turkey has posts across the province.")
    assert [m.site_id for m in ms if m.text == "the province"] == ["sy-gov-idlib"]


@pytest.mark.parametrize(
    ("body", "language", "who"),
    [
        ("Shells fell on Manbij overnight, activists said.", "en", "activists"),
        ("Two depots burned in Jableh, the Syrian Observatory for Human Rights said.", "en",
         "Syrian Observatory"),
        ("Aid reached Azaz on Sunday, according to Turkish officials.", "en", "Turkish officials"),
        ("Roads into Hama were cut, the health ministry said.", "en", "health ministry"),
        ("Selon l'OSDH, des missiles ont visé Palmyre.", "fr", "OSDH"),
        # the source before its verb; "d'après", "по оценке", "وفق", Persian "به گزارش"
        ("Anwohner berichteten von Explosionen in den Vierteln Midan und Mezzeh.", "de",
         "Anwohner"),
        ("Die Kämpfe in Hasaka gingen weiter, wie die Syrische Beobachtungsstelle für "
         "Menschenrechte berichtete.", "de", "Syrische Beobachtungsstelle für Menschenrechte"),
        ("Les combats se poursuivaient à l'ouest de Yabroud, d'après l'OSDH.", "fr", "OSDH"),
        ("По оценке американских военных, удар пришёлся по Дейр-эз-Зору.", "ru",
         "американских"),
        ("شهدت أحياء في حمص قصفا متقطعا خلال الليل، وفق ناشطين.", "ar", "ناشطين"),
        ("به گزارش رسانه‌های سوری، سه موشک به دمشق اصابت کرد.", "fa", "رسانه\u200cهای سوری"),
        ("In Harim sind Häuser eingestürzt, meldete das Gesundheitsministerium.", "de",
         "Gesundheitsministerium"),
        ("وقال المرصد إن انفجارا وقع في مدينة الحسكة.", "ar", "المرصد"),
        ("As tropas entraram em Nawa na quinta-feira, informou a televisão estatal.", "pt",
         "televisão"),
        ("Secondo l'Osservatorio siriano, due bombe hanno colpito Idlib.", "it", "Osservatorio"),
        ("Due bombe hanno colpito Idlib, ha riferito l'agenzia Sana.", "it", "agenzia"),
        # two sources joined by "and"; a nationality after the name; plural and Turkish verbs
        ("Rebels overran the base near Raqqa, a monitoring group and the rebels said.", "en",
         "monitoring group"),
        ("Местные источники и правозащитники сообщили, что удары пришлись на Растан.", "ru",
         "источники"),
        ("El Ministerio de Defensa turco informó de que los ataques alcanzaron Kobani.", "es",
         "Ministerio de Defensa turco"),
        ("Die Raketen hätten Saraqib getroffen, berichtete das Staatsfernsehen.", "de",
         "Staatsfernsehen"),
        ("وقال وزير الإعلام عمران الزعبي إن الصاروخ سقط في مدينة حلب.", "ar", "وزير الإعلام"),
        ("Yetkililer, bir sonraki hedefin El Bab olacağını belirtiyor.", "tr", "Yetkililer"),
        ("Des habitants ont raconté que des obus sont tombés sur Azaz.", "fr", "habitants"),
    ],
)
def test_claimants(gaz, body, language, who) -> None:
    ms = [m for m in extract(gaz, body, language) if not m.derived]
    assert ms and who in (ms[0].claimant or ""), [(m.site_id, m.claimant) for m in ms]


def test_a_place_before_the_verb_is_where_the_source_sits(gaz) -> None:
    body = "Представители армии в Тель-Авиве заявили, что удар по Кунейтре был ответным."
    assert all(m.claimant != "Тель-Авиве" for m in extract(gaz, body, "ru"))


def test_small_village_after_a_verb_of_war(gaz) -> None:
    assert "sy-harim" in site_ids(gaz, "Government forces entered Harim at dawn.")
    assert "sy-harim" not in site_ids(gaz, "Harim remained a name on old maps only.")
    body = "Nella notte nuovi raid hanno colpito la periferia sud di Beirut."
    assert "lb-dahiyeh" in site_ids(gaz, body, "it")


@pytest.mark.parametrize(
    ("body", "language", "village"),
    [
        # a Russian settlement noun, a Romance "to", a small place beside one just named
        ("Патрулирование начнётся от населённого пункта Трумба.", "ru", "sy-trumba"),
        ("Uma equipa que tentava chegar a Haffa foi atacada.", "pt", "sy-al-haffah"),
        ("In Daraa city the southern half, Daraa al-Balad, held out.", "en", "sy-daraa-al-balad"),
        # the French "de" elided, an apposition naming a quarter
        ("Des détenus se sont évadés d'une prison de la ville d'Al-Chaddadi.", "fr",
         "sy-shaddadi"),
        ("Quelque 6.000 d'entre eux ont gagné Cheikh Maqsoud, le quartier contrôlé par les "
         "forces kurdes.", "fr", "sy-sheikh-maqsoud"),
    ],
)
def test_small_place_with_a_word_of_place_or_beside_a_named_one(gaz, body, language,
                                                                 village) -> None:
    assert village in site_ids(gaz, body, language)


def test_the_quarters_of_a_town_are_no_village_elsewhere(gaz) -> None:
    body = ("À Hama, 22 personnes ont été tuées lors de raids dans les quartiers d'al-Hader et "
            "d'Arbaïn.")
    assert "sy-al-hadir" not in site_ids(gaz, body, "fr")


# --- timing: long-standing states, relative clauses, standing facts -------------------------


def _by_text(gaz: Gazetteer, body: str) -> dict[str, Mention]:
    return {m.text: m for m in extract(gaz, body) if not m.derived}


def test_old_since_state_is_background_but_ongoing_fighting_is_news(gaz) -> None:
    old = PUBLISHED.year - 3
    ms = _by_text(gaz, f"Rebels had held the eastern half of Aleppo since {old}.")
    assert ms["Aleppo"].role == "background" and ms["Aleppo"].date_start.year == old
    ms = _by_text(gaz, f"Kurdish forces have been fighting inside Raqqa since {old}.")
    assert ms["Raqqa"].role == "event"


def test_since_in_a_relative_clause_does_not_date_its_antecedent(gaz) -> None:
    old = PUBLISHED.year - 2
    body = f"Crowds gathered on Monday in Manbij, where refugees have lived since {old}."
    ms = _by_text(gaz, body)
    assert ms["Manbij"].role == "event" and ms["Manbij"].date_start.year == PUBLISHED.year


def test_relative_clause_date_belongs_to_its_antecedent_only(gaz) -> None:
    body = "The army advanced on Raqqa from Palmyra, which it recaptured last month."
    ms = _by_text(gaz, body)
    assert ms["Palmyra"].date_start != ms["Raqqa"].date_start
    assert ms["Raqqa"].date_start == PUBLISHED


def test_record_since_is_not_the_date_of_the_news(gaz) -> None:
    ms = _by_text(gaz, "The summit in Jeddah, his first visit since 2010, ended on Friday.")
    assert ms["Jeddah"].date_start is not None and ms["Jeddah"].date_start.year == PUBLISHED.year


def test_where_a_place_lies_is_background(gaz) -> None:
    body = "Drones hit Manbij on Monday. The town lies about 30 km west of the Euphrates."
    ms = _by_text(gaz, body)
    assert ms["The town"].role == "background" and ms["The town"].date_start is None


def _roles(gaz: Gazetteer, body: str, language: str = "en") -> dict[str, str]:
    return {m.text: m.role for m in extract(gaz, body, language)}


@pytest.mark.parametrize(
    ("body", "language", "event", "locator"),
    [
        ("Fighters moved from Azaz, north of Aleppo, to join the assault.", "en", "Azaz", "Aleppo"),
        ("Shells hit Douma, the last rebel-held town in the eastern Ghouta near Damascus.", "en",
         "Douma", "Damascus"),
        ("Explosions were heard near Hamdan airport on the outskirts of Albukamal.", "en",
         "Hamdan airport", "Albukamal"),
        ("The quake was centred near Pazarcik in Kahramanmaras province.", "en", "Pazarcik",
         "Kahramanmaras province"),
        ("Los aviones aterrizaron en el aeródromo de Hmeimim, en la provincia de Latakia.", "es",
         "Hmeimim", "provincia de Latakia"),
        ("Самолёты сели на авиабазе Хмеймим в провинции Латакия.", "ru", "авиабазе Хмеймим",
         "провинции Латакия"),
        ("Al-Sukhnah lies between Homs and Deir ez-Zor, in the desert.", "en", None,
         "Deir ez-Zor"),
        # the first place's own noun before the link; a name the gazetteer lacks before it
        ("Shelling hit the Qadam district in southern Damascus overnight.", "en", None,
         "Damascus"),
        ("Militants attacked an army post in the Jurd Kaboura hills on the edge of Qusayr.",
         "en", None, "Qusayr"),
        ("Troops massed at Azaz, opposite Kilis, on Monday.", "en", "Azaz", "Kilis"),
        ("قتل ثلاثة مدنيين في قرية المتاعية بريف درعا الشرقي.", "ar", None, "ريف درعا"),
        ("Les rebelles ont pris Kafr Takharim, une petite ville à majorité sunnite du nord de "
         "la province d'Idleb.", "fr", None, "province d'Idleb"),
        # plural heads, compound German directions, a distance before the direction
        ("92 people were killed in Houla, a cluster of farming villages north-west of Homs.",
         "en", "Houla", "Homs"),
        ("Die letzten Rebellen haben die Stadt Daraja südwestlich von Damaskus verlassen.", "de",
         None, "Damaskus"),
        ("L'armée a repris Maaloula, à une cinquantaine de kilomètres au nord-est de Damas.",
         "fr", "Maaloula", "Damas"),
        ("The deal covers the Jobar district on the eastern edge of Damascus.", "en", None,
         "Damascus"),
        # a distance with its conversion, a possessive, slopes and suburbs, Arabic directions
        ("Homs, about 160 kilometers (100 miles) north of Damascus, fell on Sunday.", "en",
         "Homs", "Damascus"),
        ("Al-Hol, in Syria's Hasakah province, took in 2,000 people on Monday.", "en", "Al-Hol",
         "Hasakah province"),
        ("La police a arrêté une cellule à Harasta, en banlieue de la capitale.", "fr", "Harasta",
         "la capitale"),
        ("امتدت الاشتباكات إلى بلدة أشرفية صحنايا جنوب غربي دمشق.", "ar", None, "دمشق"),
        ("اندلعت الاشتباكات في جرمانا، ذات الغالبية الدرزية شرقي العاصمة.", "ar", None,
         "العاصمة"),
        ("واصلت الفرق البحث في سجن صيدنايا العسكري بريف دمشق.", "ar", None, "ريف دمشق"),
        ("Soldaten drangen bis zum Dorf Tasil im Westen der Provinz Daraa vor.", "de", "Tasil",
         "Provinz Daraa"),
        ("Un raid ha colpito la casa di Sayyida Zeinab, sobborgo a sud di Damasco.", "it",
         "Sayyida Zeinab", "Damasco"),
        ("Soldados entraram ontem na vila de Qardaha, perto da cidade de Jableh.", "pt", "Qardaha",
         "Jableh"),
        ("وتقع التريمسة شمال غربي مدينة حماة، قرب بلدة محردة.", "ar", None, "محردة"),
        ("وتقع التريمسة شمال غربي مدينة حماة، قرب بلدة محردة.", "ar", None, "حماة"),
        # a periphery, a heart, a Persian "in the south of", a place noun with its adjective
        ("Cayeron bombas sobre Al Atareb, una localidad rebelde en la periferia occidental de "
         "Alepo.", "es", "Al Atareb", "Alepo"),
        ("موشک به منطقه سیده زینب در جنوب دمشق اصابت کرد.", "fa", "سیده زینب", "دمشق"),
        ("Los camiones entraron por Bab al Hawa, frente a la localidad turca de Reyhanli.", "es",
         None, "Reyhanli"),
        # an unknown name described, then the region it lies in
        ("Un kamikaze a frappé Nabi Osmane, un village chiite de la Bekaa, dimanche.", "fr",
         None, "Bekaa"),
        ("Los autobuses salieron hacia Yarabulus, en el norte de la provincia de Alepo.", "es",
         None, "Alepo"),
        ("Os campos de al-Omar, na província de Deir ez-Zor, mudam de mãos.", "pt", None,
         "província de Deir ez-Zor"),
        # an unnamed place, then where it lies
        ("Activists said troops shelled the farming hamlet west of Hama on Wednesday.", "en",
         None, "Hama"),
        ("Les rebelles encerclent deux localités chiites au nord d'Alep.", "fr", None, "Alep"),
        # a distance alone; an adjective after the province noun; a Turkish district
        ("Russia's Hmeimim air base, about 20 kilometres from Qardaha, stayed under Russian "
         "control.", "en", "Hmeimim air base", "Qardaha"),
        ("Miles de personas evacuadas de las localidades de Fua y Kefraya, en la provincia siria "
         "de Idlib, llegaron hoy.", "es", None, "Idlib"),
        ("Konvoy, Suruç ilçesindeki Mürşitpınar sınır kapısından Suriye'ye geçti.", "tr",
         None, "Suruç"),
    ],
)
def test_places_that_only_locate_another(gaz, body, language, event, locator) -> None:
    roles = _roles(gaz, body, language)
    assert roles[locator] == "locator"
    if event:
        assert roles[event] == "event"


@pytest.mark.parametrize(
    "body",
    [
        "Jets struck Hama from Idlib, the army said.",  # the source of fire is not a locator
        "Rebels attacked Aleppo and Hama on Monday.",
    ],
)
def test_two_places_of_one_event_are_both_events(gaz, body) -> None:
    assert set(_roles(gaz, body).values()) == {"event"}


@pytest.mark.parametrize(
    "earlier",
    [
        "Last month, a similar strike hit Tartus.",
        # a day more than a week before the news is context too
        "On March 5, a similar strike hit Tartus.",
    ],
)
def test_event_told_as_over_weeks_before_the_news_is_background(gaz, earlier) -> None:
    """... unless it is counted back from the report's own day ("ten days ago")."""
    body = (
        "Israeli jets struck the port of Latakia on Thursday, state media said.\n"
        f"{earlier}\n"
        "Ten days ago, ships left Baniyas."
    )
    roles = {m.site_id: m.role for m in extract(gaz, body)}
    assert roles["sy-tartus"] == "background"
    assert roles["sy-baniyas"] == "event"


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Israeli jets struck Homs on Tuesday. The army will now turn to Quneitra province.", "en"),
        ("Jets struck Homs on Tuesday. Officials expected the airport in Aleppo to reopen.", "en"),
        ("Des avions ont frappé Homs mardi. L'armée va attaquer Alep.", "fr"),
        ("Самолёты нанесли удар по Хомсу во вторник. Армия будет наступать на Алеппо.", "ru"),
        ("Ordu salı günü Humus'u vurdu. Yetkililer, sıradaki hedefin Halep olacağını söyledi.",
         "tr"),
        ("قصفت الطائرات حمص يوم الثلاثاء. وقال المسؤول إن دمشق تريد أن تتوجه اللجنة إلى حلب.",
         "ar"),
    ],
)
def test_what_is_to_come_is_dated_by_the_report_not_the_context(gaz, body, language) -> None:
    last = extract(gaz, body, language)[-1]
    assert (last.date_start, last.date_end, last.role) == (PUBLISHED, PUBLISHED, "event")


def test_undated_paragraph_takes_the_day_of_the_news_from_the_lede(gaz) -> None:
    body = (
        "Israeli jets struck the port of Latakia on Wednesday, state media said.\n"
        "Last month, a similar strike hit Tartus. The month before, Baniyas was hit.\n"
        "Elsewhere, fire broke out in Jableh. Residents fled Homs. Shops closed in Hama. "
        "Schools shut in Idlib. Roads closed in Aleppo. Smoke rose over Daraa."
    )
    dates = {m.site_id: m.date_start for m in extract(gaz, body)}
    assert dates["sy-daraa"] == date(2024, 3, 13)  # the Wednesday of the lede, not P


def test_date_after_a_place_in_an_enumeration_is_its_own(gaz) -> None:
    body = "Los insurgentes tomaron Hama el jueves y Homs en la madrugada del domingo."
    dates = {m.site_id: m.date_start for m in extract(gaz, body, "es")}
    assert dates["sy-hama"] == date(2024, 3, 14)  # jueves
    assert dates["sy-homs"] == date(2024, 3, 10)  # domingo


def test_undated_sentence_takes_the_main_date_of_the_sentence_before(gaz) -> None:
    body = (
        "Jets struck the port of Latakia early on Friday, the second strike there this month. "
        "Footage showed smoke over Jableh."
    )
    jableh = next(m for m in extract(gaz, body) if m.site_id == "sy-jableh")
    assert (jableh.date_start, jableh.date_end) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    ("body", "language", "want"),
    [
        ("Des frappes ont touché les aéroports internationaux de Damas et d'Alep.", "fr",
         ["sy-damascus-airport", "sy-aleppo-airport"]),
        ("Israel struck the Damascus and Aleppo international airports.", "en",
         ["sy-damascus-airport", "sy-aleppo-airport"]),
        # plural airports are civil first, as one airport is
        ("Aviones con ayuda aterrizaron en los aeropuertos de Damasco, Alepo y Latakia.", "es",
         ["sy-damascus-airport", "sy-aleppo-airport", "sy-latakia-airport"]),
        ("Protests spread in Latakia and Tartous provinces.", "en",
         ["sy-gov-latakia", "sy-gov-tartus"]),
        ("Les combats ont repris dans la province de Hassaké.", "fr", ["sy-gov-hasakah"]),
        ("Бои идут в провинциях Идлиб и Алеппо.", "ru", ["sy-gov-idlib", "sy-gov-aleppo"]),
        ("Flights to Damascus and Aleppo resumed.", "en", ["sy-damascus", "sy-aleppo"]),
        ("Удары наносятся в провинциях Идлиб, Алеппо, Хама, Ракка.", "ru",
         ["sy-gov-idlib", "sy-gov-aleppo", "sy-gov-hama", "sy-gov-raqqa"]),
        ("Israel griff in den Provinzen Quneitra, Daraa und Suwaida an.", "de",
         ["sy-gov-quneitra", "sy-gov-daraa", "sy-gov-suwayda"]),
        ("Los incendios arrasan la provincia siria de Latakia.", "es", ["sy-gov-latakia"]),
        ("Les frappes ont touché la province syrienne d'Idleb.", "fr", ["sy-gov-idlib"]),
        ("Ataques na província de Idlib.", "pt", ["sy-gov-idlib"]),
        ("Удары по Хаме.", "ru", ["sy-hama"]),
        ("Вертолет сбит над провинцией Идлиб.", "ru", ["sy-gov-idlib"]),  # instrumental
    ],
)
def test_one_cue_shared_by_several_names(gaz, body, language, want) -> None:
    assert site_ids(gaz, body, language) == want


# Datelines, seats of sources, heads of longer names the gazetteer lacks.
DATELINES_AND_SEATS = [
        ("MAJDAL SHAMS, Golan Heights (MPA) - Troops fired on protesters near Quneitra.", "en",
         "sy-golan-heights", "sy-quneitra"),
        ("بيروت، دمشق (وكالة المشرق) - ساد هدوء حذر في محيط الهرمل.", "ar", "lb-beirut",
         "lb-el-hermel"),
        ("القدس المحتلة، دمشق (وكالة المشرق) - أطلقت دبابات قذائف على مدينة القنيطرة.", "ar",
         "sy-damascus", "sy-quneitra"),
        ("(Gaziantep, 4 February 2025) The alliance condemns the car bombing in Manbij.", "en",
         "tr-gaziantep", "sy-manbij"),
        # the bare name of a city-state is the country, which is not on the map
        ("Some of the troops were moved from Erbil to Kuwait.", "en", "kw-kuwait-city",
         "iq-erbil"),
        # a capital whose conditions are set, or which lets something happen: its government
        ("Ankara's conditions for acting remain unmet after the strikes on Kobani.", "en",
         "tr-ankara", "sy-kobane"),
        ("Whether Ankara lets fighters reach Kobani is unclear.", "en", "tr-ankara",
         "sy-kobane"),
        ("BEIRUT (Reuters) - Israeli jets struck near Homs on Tuesday.", "en", "lb-beirut",
         "sy-homs"),
        ("AMMAN, March 14 - Jordan closed its border after shelling near Daraa.", "en",
         "jo-amman", "sy-daraa"),
        ("BEIRUT/AMMAN - Rockets hit Nawa overnight.", "en", "jo-amman", "sy-nawa"),
        ("دمشق – قالت مصادر محلية إن غارة استهدفت مدينة حمص.", "ar", "sy-damascus", "sy-homs"),
        ("The London-based Syrian Observatory said 12 people died in Douma.", "en", "gb-london",
         "sy-douma"),
        ("Die in London ansässige Beobachtungsstelle meldete Kämpfe in Manbidsch.", "de",
         "gb-london", "sy-manbij"),
        ("L'OSDH, basé à Londres, a signalé des frappes sur Idleb.", "fr", "gb-london",
         "sy-idlib"),
        ("Aid trucks crossed at Bab el-Salama into Azaz on Monday.", "en", "sy-al-bab",
         "sy-azaz"),
        ("QAMISHLI, Syria, Jan 16 (EM) – A drone strike hit a convoy near Manbij.", "en",
         "sy-qamishli", "sy-manbij"),
        ("Beirut/Damaskus (NND) - Rebellen haben Aleppo eingenommen.", "de", "sy-damascus",
         "sy-aleppo"),
        ("Damasco, 21 jul (AIN).- Un convoy evacuó a familias hacia Deraa.", "es",
         "sy-damascus", "sy-daraa"),
        ("DAMAS, 23 juin 2025 (AMP) - Des centaines de personnes à Alep.", "fr", "sy-damascus",
         "sy-aleppo"),
        ("Kilis, Turquia, 23 dez 2024 (ALN) - Milhares de refugiados voltam a Alepo.", "pt",
         "tr-kilis", "sy-aleppo"),
        ("وأفادت شبكة السويداء 24 بمقتل مسلحين في جرمانا.", "ar", "sy-suwayda", "sy-jaramana"),
        # a group or outlet named in quotes
        ('وقالت شبكة "السويداء 24" إن مسلحين قتلوا في جرمانا.', "ar", "sy-suwayda", "sy-jaramana"),
        ('وبث مقاتلو وفصائل "فتح حلب" صوراً من جرمانا.', "ar", "sy-aleppo", "sy-jaramana"),
        ('The "Free Homs" group said it shelled Jaramana.', "en", "sy-homs", "sy-jaramana"),
        ("The officials told the Golan Courier that troops entered Quneitra.", "en",
         "sy-golan-heights", "sy-quneitra"),
        ("SÃO PAULO, 7 de março (ASAN) — Mísseis atingiram o aeroporto de Alepo.", "pt",
         "br-sao-paulo", "sy-aleppo-airport"),
        ("دمشق - القامشلي: رفضت الرئاسة بيان مؤتمر عقد في مدينة الحسكة أمس.", "ar",
         "sy-qamishli", "sy-hasakah"),
]
# Places standing for institutions.
INSTITUTIONS = [
        ("В Тель-Авиве заявили, что удары по Хомсу продолжатся.", "ru", "il-tel-aviv",
         "sy-homs"),
        ("À Erevan, le ministère des Affaires étrangères a dénoncé les frappes sur Alep.", "fr",
         "am-yerevan", "sy-aleppo"),
        ("Das Auswärtige Amt in Berlin verurteilte die Angriffe auf Idlib.", "de", "de-berlin",
         "sy-idlib"),
        ("Die Bundesanwaltschaft in Karlsruhe hat Anklage wegen der Folter in Homs erhoben.",
         "de", "de-karlsruhe", "sy-homs"),
        ("La Procura di Agrigento indaga sul naufragio davanti a Lampedusa.", "it",
         "it-agrigento", "it-lampedusa"),
        ("Gaziantep Valiliği, Kilis'e roket düştüğünü açıkladı.", "tr", "tr-gaziantep",
         "tr-kilis"),
        ("وقال مدير الصحة في حمص إن غارة استهدفت تلبيسة.", "ar", "sy-homs", "sy-tallbisah"),
        ("The mufti of Baalbek-Hermel said shells fell on Qusayr.", "en", "lb-el-hermel",
         "sy-qusayr"),
        ("Os que recusarem a reconciliação com Damasco irão para Idlib.", "pt", "sy-damascus",
         "sy-idlib"),
        ("Activists of the Aleppo Media Center said jets struck Atarib.", "en", "sy-aleppo",
         "sy-atarib"),
        ("Según el gobernador de Deraa, los evacuados salieron de Busra al Sham.", "es",
         "sy-daraa", "sy-bosra"),
        ("There was no immediate comment from Ankara on the strike near Kobani.", "en",
         "tr-ankara", "sy-kobane"),
        ("Lebanon hosts 1.5 million Syrians from Homs, according to Beirut.", "en", "lb-beirut",
         "sy-homs"),
        ("Al Shara acusó a Tel Aviv de querer dividir Siria tras los ataques en Sueida.", "es",
         "il-tel-aviv", "sy-suwayda"),
        ("Las autoridades de Ammán dicen que Mafraq está al límite.", "es", "jo-amman",
         "jo-mafraq"),
        ("Damas n'a pas réagi aux frappes sur Homs.", "fr", "sy-damascus", "sy-homs"),
        ("Tel Aviv ha inoltre confermato nuovi raid su Latakia.", "it", "il-tel-aviv",
         "sy-latakia"),
        ("وقال الوزير إن تل أبيب \"لن تسمح\" بالمساس بالدروز في صحنايا.", "ar", "il-tel-aviv",
         "sy-sahnaya"),
]


@pytest.mark.parametrize(
    ("body", "language", "gone", "kept"),
    [
        ("Moscou assure que ses navires restent à Tartous.", "fr", "ru-moscow", "sy-tartus"),
        ("Les Kurdes soutenus par Washington ont pris Raqqa et Tabqa.", "fr", "us-washington",
         "sy-raqqa"),
        ("Ankara, qui dispose de bases près d'Alep et d'Idlib, a réagi.", "fr", "tr-ankara",
         "sy-aleppo"),
        ("Une frappe a touché Alep.", "fr", "tr-unye", "sy-aleppo"),
        ("وإن كانت حلب هادئة", "ar", "tr-van", "sy-aleppo"),
        ("Владимира Путина ждали в Хомсе.", "ru", "ru-vladimir", "sy-homs"),
    ] + DATELINES_AND_SEATS + INSTITUTIONS,
)
def test_foreign_seats_function_words_and_given_names_are_not_sites(
    gaz, body, language, gone, kept
) -> None:
    sites = site_ids(gaz, body, language)
    assert gone not in sites
    assert kept in sites


COMMON_WORDS = [  # a place name that is a frequent word of the report's language
    ("Dabei wurden in Homs zwölf Menschen getötet.", "de", "ae-dubai", "sy-homs"),
    ("وقال ناشطون إن القوات دخلت حمص وأن المسجد تعرض للقصف.", "ar", "tr-van", "sy-homs"),
    ("ونشر ناشطون صور الضحايا في حماة.", "ar", "lb-tyre", "sy-hama"),
    ("قالت الصحيفة الجديد في حلب", "ar", "ly-al-jadid", "sy-aleppo"),
    ("Um tiro atingiu um carro em Alepo.", "pt", "lb-tyre", "sy-aleppo"),
    # a common word with a glued proclitic: "كسرت" (broke), Persian "بحران" (crisis)
    ("أعلنت الفصائل أنها كسرت الحصار عن حلب.", "ar", "ly-sirte", "sy-aleppo"),
    ("تهران از آغاز بحران سوریه از دمشق حمایت کرده است.", "fa", "tr-harran", "sy-damascus"),
    # "مسقط رأسه" is "his birthplace", no Muscat
    ("شيع في مسقط رأسه في محافظة إربد.", "ar", "om-muscat", "jo-irbid-governorate"),
]


@pytest.mark.parametrize(("body", "language", "gone", "kept"), COMMON_WORDS)
def test_common_words_need_a_place_context(gaz, body, language, gone, kept) -> None:
    sites = site_ids(gaz, body, language)
    assert gone not in sites
    assert kept in sites


@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        ("Israeli jets struck near Burj al-Shamali east of Tyre.", "en", "lb-tyre"),
        ("غارات على موقع قرب برج الشمالي شرق صور.", "ar", "lb-tyre"),
        ("Bombardeios atingiram a cidade de Tiro.", "pt", "lb-tyre"),
        ("Dubai'deki toplantıda Halep konuşuldu.", "tr", "ae-dubai"),
        ("Şanlıurfa'nın Akçakale ilçesine top mermisi düştü.", "tr", "tr-sanliurfa-province"),
    ],
)
def test_common_words_with_a_place_context_stay(gaz, body, language, site) -> None:
    assert site in site_ids(gaz, body, language)


@pytest.mark.parametrize(
    ("body", "language", "capital"),
    [
        ("Assad fled to Moscow after the fall of Homs.", "en", "ru-moscow"),
        ("Talks on Idlib were held in Ankara.", "en", "tr-ankara"),
        ("Des manifestants se sont rassemblés à Moscou et à Alep.", "fr", "ru-moscow"),
        ("Esad Moskova'ya kaçtı, Halep düştü.", "tr", "ru-moscow"),
    ],
)
def test_foreign_capital_where_something_happens_stays(gaz, body, language, capital) -> None:
    assert capital in site_ids(gaz, body, language)


@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        ("Des frappes ont visé Saraqeb mardi. La ville est désormais vide.", "fr", "sy-saraqib"),
        ("Israel griff den Flughafen Damaskus an. Der Flughafen wurde geschlossen.", "de",
         "sy-damascus-airport"),
        ("Rebeldes tomaron Hama. La ciudad cayó el jueves.", "es", "sy-hama"),
        ("قصفت الطائرات مطار حماة العسكري. وأغلق المطار.", "ar", "sy-hama-air-base"),
    ],
)
def test_references_in_other_languages(gaz, body, language, site) -> None:
    refs = [m for m in extract(gaz, body, language) if m.resolved_by == "reference"]
    assert [m.site_id for m in refs] == [site]


@pytest.mark.parametrize(
    ("body", "language", "who"),
    [
        ("Witnesses in Baniyas said troops entered Jableh.", "en", "Witnesses in Baniyas"),
        ("Analysts say the strike on Tartus was a warning.", "en", "Analysts"),
        ("وقال مراسل عنب بلدي إن القصف استهدف سراقب", "ar", "مراسل عنب بلدي"),
        ("Suriye İnsan Hakları Gözlemevi, Halep'te çatışmalar olduğunu bildirdi.", "tr",
         "Suriye İnsan Hakları Gözlemevi"),
        ("Selon le Quai d'Orsay, l'ambassadeur était à Hama.", "fr", "Quai d'Orsay"),
        ("Selon un responsable, des obus sont tombés sur Homs.", "fr", "responsable"),
        ("Der Angriff traf Idlib, nach Angaben der in London ansässigen Beobachtungsstelle.",
         "de", "Beobachtungsstelle"),
        ("Selon l'OSDH, les rebelles sont entrés à Idlib. Selon lui, le raid a frappé Alep.",
         "fr", "OSDH"),
        # the source, not the start of what it said
        ("وقال مصدر إن محتجين اقتحموا القنصلية في اللاذقية.", "ar", "مصدر"),
        # a time word is no source; the whole subject before "that" or between "كان" and "قد"
        ("وكانت وزارة الصحة قد أعلنت السبت الماضي تسجيل إصابات في محافظة حلب.", "ar",
         "وزارة الصحة"),
        ("وقالت منسقة الشؤون الإنسانية فاليري آموس إن آلافاً فروا من حلب.", "ar",
         "منسقة الشؤون الإنسانية فاليري آموس"),
        ("وأعربت الولايات المتحدة عن قلقها من مجزرة في حلب.", "ar", "الولايات المتحدة"),
        ("A medic at a field hospital in Aleppo said the facility ran out of blood.", "en",
         "medic at a field hospital in Aleppo"),
        ("Detainees were flown from Hasakah, the command said.", "en", "command"),
        ("Des missiles ont touché Azaz, a rapporté l'Observatoire syrien.", "fr",
         "Observatoire"),
        ("El Gobierno de Damasco asegura que el Ejército limpió Daraya.", "es",
         "El Gobierno de Damasco"),
        ("Die Regierung hatte vergangene Woche erklärt, in Idlib seien Soldaten getötet worden.",
         "de", "Die Regierung"),
        ("Самолёт был сбит в районе Расафы, говорится в заявлении ведомства.", "ru",
         "ведомства"),
        ("Группа развёрнута в Камышлы, сообщила в пятницу телестудия Минобороны «Звезда».", "ru",
         "телестудия Минобороны «Звезда»"),
        ("Патрули вошли в Кунейтру, сообщил начальник управления генерал Сергей Рудской.", "ru",
         "начальник Сергей Рудской"),
        ("Am Donnerstag erklärte das Verteidigungsministerium, Aleppo sei eingeschlossen.", "de",
         "Verteidigungsministerium"),
        ("La agencia oficial SANA, por su parte, afirmó que el Ejército entró en Rastán.", "es",
         "SANA"),
        ("El Ejército recuperó Rastán, informaron hoy activistas opositores.", "es",
         "activistas"),
        ("Um segundo bombista explodiu-se em Rabweh, de acordo com a agência SANA.", "pt",
         "agência SANA"),
        ("US Central Command initially said the raid had taken place in Idlib.", "en",
         "US Central Command"),
        ("Сергей Иванов уточнил, что Россия сохранит авиабазу Хмеймим.", "ru", "Сергей Иванов"),
        ("Министр Сергей Шойгу, отвечая на вопрос, подтвердил, что операции против Идлиба не "
         "будет.", "ru", "Министр Сергей Шойгу"),
        ("وتقول الأمم المتحدة إن الآلاف نزحوا من درعا.", "ar", "الأمم المتحدة"),
        ("O ministério afirmou que os voos foram desviados para Latakia.", "pt", "O ministério"),
        ("Армия подошла к аэродрому Абу-эд-Духур, сообщают местные источники.", "ru",
         "местные источники"),
        ("Die Waffenruhe hält, obwohl die Syrische Beobachtungsstelle für Menschenrechte Beschuss "
         "in der Ebene von Al-Ghab meldet.", "de",
         "Syrische Beobachtungsstelle für Menschenrechte"),
        ("ونشر ناشطون أمس صورا قالوا إنها لجثث في منطقة قرب الكشكية.", "ar", "ناشطون"),
        # a source after its verb and a weekday, ending the sentence
        ("Les observateurs ont pu entrer jeudi à Al-Haffa, a indiqué vendredi la mission.", "fr",
         "mission"),
        ("Six civils ont été tués à Sarmin, ont affirmé mardi des secouristes.", "fr",
         "secouristes"),
        ("Miles de personas han huido de la provincia de Idlib, alertó hoy la ONU.", "es", "ONU"),
        ("Los autobuses salieron hacia Yarábulus, según informó el Observatorio.", "es",
         "Observatorio"),
        # "Как сообщили в Минобороны": "как" (as) is no source
        ("Как сообщили в Минобороны РФ, патрули прибыли к Кобани.", "ru", "Минобороны РФ"),
        # an adverb before the verb, a documenting monitor
        ("Local sources also reported strikes in Raqqa.", "en", "Local sources"),
        ("Last month the Monitor documented killings in Baniyas.", "en", "Monitor"),
        # Arabic "according to what … reported", a source in quotes
        ("انفجرت عبوة في مصياف، وفق ما أفادت به وسائل إعلام موالية.", "ar",
         "وسائل إعلام موالية"),
        ("نُظمت اليوم، بحسب «سانا»، وقفات في مدينة القنيطرة.", "ar", "سانا"),
        # Turkish "ileri sürdü" (claimed); a place with a case ending is no subject
        ("Muhalif aktivistler, Rastan'da onlarca kişinin öldüğünü ileri sürdü.", "tr",
         "Muhalif aktivistler"),
        ("Paris'te yaşayan akademisyen Burhan Galyun, Halep'te çatışma olduğunu söyledi.", "tr",
         None),
        ("Suriye'de ise SDG'ye yakın kaynaklar, Kamışlı'nın hedef alındığını iddia etti.", "tr",
         "SDG'ye yakın kaynaklar"),
    ],
)
def test_claimants_in_more_shapes(gaz, body, language, who) -> None:
    claimants = {m.claimant for m in extract(gaz, body, language)}
    assert claimants == {who}


def test_a_long_standing_span_is_not_inherited_by_the_next_sentence(gaz) -> None:
    body = (
        "Shelling hit Deir ez-Zor on Wednesday, activists said. "
        "Civilians have lived under siege in Deir ez-Zor since 2014. Shelling also hit Mayadin."
    )
    mayadin = next(m for m in extract(gaz, body) if m.site_id == "sy-mayadin")
    assert (mayadin.date_start, mayadin.date_end) == (date(2024, 3, 13), date(2024, 3, 13))


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("The strike on Wednesday came two days after a chemical attack on Douma.",
         date(2024, 3, 11)),
        ("Jets hit Homs on Wednesday, a week before the talks in Idlib.", date(2024, 3, 20)),
    ],
)
def test_days_after_or_before_count_from_the_day_of_the_sentence(gaz, body, want) -> None:
    last = extract(gaz, body)[-1]
    assert (last.date_start, last.date_end) == (want, want)
    assert last.date_basis == "relative"


@pytest.mark.parametrize(
    ("body", "language", "want"),
    [
        # a count of months gives that month, from a day or a night; an aside may stand inside
        ("Bombs hit Hasakah overnight on Wednesday. The bombing came two months after the YPG, "
         "backed by US strikes, drove the militants out of Kobani.", "en",
         (date(2024, 1, 1), date(2024, 1, 31))),
        ("L'attentat de mercredi survient deux mois après la reprise de Kobané.", "fr",
         (date(2024, 1, 1), date(2024, 1, 31))),
        # German puts the verb after a fronted phrase: the place is the main clause's
        ("Vier Wochen nach dem Sturz Assads sind die Minister am Mittwoch nach Damaskus gereist.",
         "de", (date(2024, 3, 13), date(2024, 3, 13))),
    ],
)
def test_months_after_give_that_month(gaz, body, language, want) -> None:
    last = extract(gaz, body, language)[-1]
    assert (last.date_start, last.date_end) == want


@pytest.mark.parametrize(
    ("body", "language", "locator"),
    [
        ("Des frappes ont touché Kafr Nabudah, dans la province de Hama, mardi.", "fr", "Hama"),
        ("El Bab'a bağlı Kabasin köyünde çatışma çıktı.", "tr", "El Bab"),
        ("Kilis'in yaklaşık 10 kilometre güneyindeki Öncüpınar kapısında patlama oldu.", "tr",
         "Kilis"),
        ("Hatay'ın Reyhanlı ilçesinde patlama oldu.", "tr", "Hatay"),
    ],
)
def test_locators_after_unknown_names_and_turkish_postpositions(gaz, body, language,
                                                                 locator) -> None:
    assert _roles(gaz, body, language)[locator] == "locator"


def test_unnamed_places_located_from_a_turkish_name_are_events_there(gaz) -> None:
    # "in the villages south of El Bab": the convention's "sites south of Damascus"
    assert _roles(gaz, "El Bab'ın güneyindeki köylerde çatışma var.", "tr")["El Bab"] == "event"


def test_turkish_place_with_a_case_ending_is_still_an_event(gaz) -> None:
    assert _roles(gaz, "Türk askerleri El Bab'a girdi.", "tr")["El Bab"] == "event"


@pytest.mark.parametrize(
    ("body", "language", "gone"),
    [
        ("Damasco abrió el paso de Nasib y el cruce de Quneitra.", "es", "sy-damascus"),
        ("وتتهم قسد دمشق بقصف الحسكة", "ar", "sy-damascus"),
        ("Şam yönetimi Halep için açıklama yaptı ve Hama'ya asker gönderdi.", "tr", "sy-damascus"),
        ("Damaskus wirft Ankara vor, Afrin und Azaz zu besetzen.", "de", "sy-damascus"),
    ],
)
def test_home_capital_as_government_in_more_languages(gaz, body, language, gone) -> None:
    sites = site_ids(gaz, body, language)
    assert gone not in sites and sites


def test_home_capital_where_things_happen_stays_in_spanish(gaz) -> None:
    assert "sy-damascus" in site_ids(gaz, "Los rebeldes entraron en Damasco y Homs.", "es")


def test_a_weekday_before_a_link_is_not_a_place_the_gazetteer_lacks(gaz) -> None:
    roles = _roles(gaz, "Rebels said they were shelled on Monday near the town of Tadif.")
    assert roles["town of Tadif"] == "event"


def test_a_capital_at_the_head_of_a_paragraph_in_running_text_stays(gaz) -> None:
    assert "sy-aleppo" in site_ids(gaz, "ALEPPO residents fled on Monday as shells fell.")
    assert "lb-beirut" in site_ids(gaz, "Beirut - a city of two million - mourned on Monday.")


def _dates(gaz: Gazetteer, body: str, language: str = "en") -> dict[str, tuple]:
    return {m.text: (m.date_start, m.date_end) for m in extract(gaz, body, language)}


def test_the_clause_after_a_since_when_aside_runs_since(gaz) -> None:
    # the "when" clause is at last October, and its "would" no plan of the clause after it
    body = ('Since last October, when President Trump said US troops would stay "to secure '
            'the oil", American patrols have returned to al-Omar.')
    got = {m.text: (m.date_start, m.date_end)
           for m in extract(gaz, body, "en", date(2020, 8, 4))}
    assert got["al-Omar"] == (date(2019, 10, 1), date(2020, 8, 4))



def test_a_plan_told_before_a_comma_still_dates_the_places_after_it(gaz) -> None:
    body = ("By Sunday night the SDF had announced a deal under which government troops would "
            "deploy along the border, including to Manbij.")
    got = {m.text: m.date_start for m in extract(gaz, body, "en", date(2019, 10, 14))}
    assert got["Manbij"] == date(2019, 10, 14)


@pytest.mark.parametrize(
    ("body", "language", "place"),
    [
        # a standing state told in an aside after the place is not the news
        ("Ontem, as tropas retomaram a cidade de Nawa, fechada desde 2015, no sul.", "pt",
         "Nawa"),
        # "for the first time since": a record's reference point
        ("Вчера миротворцы ООН впервые с 2014 года вернулись в Кунейтру.", "ru", "Кунейтру"),
        # a locative relative clause about long ago: the history of the place, not its news
        ("Hier, la chute de Hama, où l'armée avait écrasé une insurrection en "
         "février 1982, a surpris.", "fr", "Hama"),
    ],
)
def test_dates_told_about_a_place_in_an_aside_are_not_its_news(gaz, body, language, place):
    assert _dates(gaz, body, language)[place] == (date(2024, 3, 14), date(2024, 3, 14))


def test_a_locative_relative_clause_about_the_news_dates_its_place(gaz) -> None:
    body = "Crowds fled to the Russian air base at Hmeimim, where footage showed them on Tuesday."
    assert _dates(gaz, body)["air base at Hmeimim"] == (date(2024, 3, 12), date(2024, 3, 12))


def test_a_curated_town_of_unknown_size_needs_no_place_word(gaz) -> None:
    body = "Kampfflugzeuge haben am Montag Stellungen in der Grenzstadt Ras al-Ain bombardiert."
    assert "sy-ras-al-ain" in site_ids(gaz, body, "de")


def test_an_english_possessive_is_not_a_turkish_case_ending(gaz) -> None:
    body = "The Kurdish People's Protection Units said fighting went on near Kobani."
    assert site_ids(gaz, body) == ["sy-kobane"]


def test_the_camp_refers_to_the_camp_named_before(gaz) -> None:
    body = ("Aid reached al-Hol camp on Monday. Guards said the camp held 50,000 people. "
            "Trucks then drove on to Hasakah.")
    sites = {m.text: m.site_id for m in extract(gaz, body)}
    assert sites["al-Hol camp"] == sites["the camp"] == "sy-al-hol-camp"


def test_a_neighbourhood_needs_a_place_word_and_is_not_the_city(gaz) -> None:
    body = ("Shells hit the Jobar district of Damascus on Monday. The city was quiet by night. "
            "Residents of Jobar fled.")
    mentions = [(m.text, m.site_id) for m in extract(gaz, body)]
    assert mentions[0] == ("Jobar", "sy-jobar")  # "the Jobar district"
    assert mentions[-1] == ("Jobar", "sy-jobar")  # "of Jobar": a place word before
    assert ("The city", "sy-jobar") not in mentions
    assert "sy-jobar" not in site_ids(gaz, "Jobar said the talks would resume.")




@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        ("Der Militärflughafen von Hama wurde getroffen.", "de", "sy-hama-air-base"),
        ("Der Flughafen Hama war leer.", "de", "sy-hama-air-base"),
        ("Der internationale Flughafen von Aleppo ist geschlossen.", "de", "sy-aleppo-airport"),
        ("Cerca del aeropuerto de Deir al Zur cayeron bombas.", "es", "sy-deir-ez-zor-airport"),
        ("Его доставили на авиабазу в Латакии.", "ru", "sy-hmeimim-air-base"),
        ("Les navires ont quitté la base de Tartous.", "fr", "sy-tartus-naval-base"),
        ("قصفت الطائرات مطار حماة.", "ar", "sy-hama-air-base"),
        ("Navi russe nel porto di Tartus.", "it", "sy-tartus-port"),
    ],
)
def test_facility_noun_before_a_town_names_its_facility(gaz, body, language, site) -> None:
    assert site_ids(gaz, body, language) == [site]


def test_sur_la_base_de_is_not_a_base(gaz) -> None:
    assert site_ids(gaz, "Sur la base de Homs, rien n'a changé.", "fr") == ["sy-homs"]


def test_a_base_after_its_port_is_the_nearest_base(gaz) -> None:
    body = ("Il porto di Tartus è stato ceduto. Nello scalo si trova la base navale russa, "
            "presente dal 1971.")
    assert site_ids(gaz, body, "it") == ["sy-tartus-port", "sy-tartus-naval-base"]


@pytest.mark.parametrize(
    ("body", "language", "sites"),
    [
        ("Regierungstruppen beschossen mehrere Orte, darunter Sarmin, Ariha und Dschisr "
         "asch-Schughur.", "de", ["sy-sarmin", "sy-ariha", "sy-jisr-al-shughur"]),
        ("Evacuaron aldeas, entre ellas Kinsabba y Salma.", "es", ["sy-kinnsibba", "sy-salma"]),
        ("وشيّع آلاف من أهالي القرى المجاورة، مسعدة وبقعاثا وعين قنية", "ar",
         ["sy-mas-adah", "sy-buq-ata", "sy-ein-qiniyye"]),
    ],
)
def test_villages_in_a_list_of_places_stand_alone(gaz, body, language, sites) -> None:
    assert site_ids(gaz, body, language) == sites


@pytest.mark.parametrize(
    "body",
    [
        "Hilfsorganisationen brachten die Familien in Schulen unter.",
        "Die Marschflugkörper wurden von Schiffen im Roten Meer abgefeuert.",
        # a village's guessed spelling needs a rarer word ("Schiiten" is no Zeitan)
        "Auf dem Friedhof liegen Gräber, die von Schiiten verehrt werden.",
    ],
)
def test_a_guessed_spelling_is_not_a_common_word(gaz, body) -> None:
    assert site_ids(gaz, body, "de") == []


@pytest.mark.parametrize(
    ("body", "language", "site_id"),
    [
        # a small place after a preposition and an adjective, or after "such as"
        ("Jets struck Idlib. The wounded were taken to hospitals in nearby Atareb.", "en",
         "sy-atarib"),
        ("Morteiros disparados a partir de bairros rebeldes, como Jobar, no leste.", "pt",
         "sy-jobar"),
        # a big city of the reader's own country, in a case form
        ("Бомбардировщики приземлились на аэродроме в Воронеже.", "ru", "ru-voronezh"),
        # a city of Iran in Persian, a frequent word only as itself
        ("این عملیات در پاسخ به انفجارهای تروریستی در کرمان انجام شد.", "fa", "ir-kerman"),
    ],
)
def test_places_a_cue_or_the_reader_vouches_for(gaz, body, language, site_id) -> None:
    assert site_id in {m.site_id for m in extract(gaz, body, language)}


def test_a_surname_is_no_city_of_the_readers_country(gaz) -> None:
    body = "Сергей Иванов уточнил, что Россия сохранит авиабазу Хмеймим."
    assert "ru-ivanovo" not in {m.site_id for m in extract(gaz, body, "ru")}


def test_a_weekday_before_the_object_of_a_statement_names_no_source(gaz) -> None:
    body = ("Les FDS, soutenues par Washington, ont annoncé samedi la chute du dernier réduit "
            "de l'EI à Baghouz, dans l'est de la Syrie.")
    assert {m.claimant for m in extract(gaz, body, "fr")} == {None}


def test_a_homonym_near_the_other_places_of_the_report_wins(gaz) -> None:
    # Şūrān is a town in Hama and a village beside Dabiq; with Dabiq named, the village
    body = "Türk destekli gruplar pazar günü Dabık kasabasını ve yakınındaki Suran beldesini aldı."
    assert site_ids(gaz, body, "tr") == ["sy-dabiq", "sy-suran-aleppo"]
    assert site_ids(gaz, "Regime troops shelled Suran on Friday.") == ["sy-suran"]


def test_the_report_s_country_picks_a_city_abroad(gaz) -> None:
    # Valencia is Spain's third city and a Venezuelan city of 1.6 million
    body = "Desde Melilla, el Gobierno los traslada a Madrid, Sevilla y Valencia."
    assert "es-valencia" in site_ids(gaz, body, "es")
    assert site_ids(gaz, "La oposición se reunió en Valencia y Caracas.", "es") == [
        "ve-valencia", "ve-caracas"]


@pytest.mark.parametrize(
    ("body", "language", "listed", "antecedent"),
    [
        ("Houve também celebrações em Alepo, Homs e Idlib, cidade de onde partiu, a 27 de "
         "novembro de 2020, a ofensiva.", "pt", ["Alepo", "Homs"], "Idlib"),
        ("Праздничные шествия прошли также в Латакии и в Хомсе, откуда в мае ушли последние "
         "боевики.", "ru", ["Латакии"], "Хомсе"),
    ],
)
def test_a_date_in_a_relative_clause_is_not_the_list_before_it(
    gaz, body, language, listed, antecedent
) -> None:
    ms = {m.text: m for m in extract(gaz, body, language, PUBLISHED)}
    # the antecedent too: "where … " told long before is what happened there once
    for name in [*listed, antecedent]:
        assert ms[name].role == "event" and ms[name].date_start == PUBLISHED, ms[name]


def test_a_state_in_a_russian_relative_clause_leaves_the_news(gaz) -> None:
    body = "В Ракке, которую контролируют боевики, избирательные участки не открывались."
    assert [m.role for m in extract(gaz, body, "ru", PUBLISHED)] == ["event"]


def test_a_dateline_sentence_is_not_the_lede(gaz) -> None:
    body = (
        "МОСКВА, 26 авг — «Восточный экспресс». Американские военные во вторник попытались "
        "помешать движению российского патруля, заявили в среду в Министерстве обороны РФ.\n\n"
        "Колонна следовала по маршруту в районе Дейрик, когда бронемашины перегородили ей дорогу."
    )
    mentions = extract(gaz, body, "ru", date(2020, 8, 26))
    (derik,) = [m for m in mentions if m.site_id == "sy-malikiyah"]
    assert derik.date_start == derik.date_end == date(2020, 8, 25)  # the Tuesday of the news


def test_two_weeks_before_the_news_is_background(gaz) -> None:
    body = ("Rebels shot down a jet over Idlib on Saturday, March 9. Two weeks earlier, on "
            "February 24, the army took Saraqeb.")
    ms = {m.text: m for m in extract(gaz, body)}
    assert ms["Idlib"].role == "event" and ms["Saraqeb"].role == "background"


def test_a_district_homonym_in_a_story_about_its_city(gaz) -> None:
    # al-Mazraa is a Damascus district and a village near Sweida
    body = ("A suicide bomber struck a mosque in Damascus on Thursday. Residents of Mazraa "
            "said the blast was heard across the city.")
    sites = site_ids(gaz, body)
    assert "sy-mazraa-damascus" in sites and "sy-al-mazra-ah" not in sites


def test_a_homonym_said_to_lie_in_a_city_is_that_city_s(gaz) -> None:
    # al-Midan is a Damascus district and an Aleppo quarter; the story is set in Canada
    body = ("Refugees landed in Toronto, Ontario, and Montreal, Quebec, on Thursday, from Beirut "
            "and Amman. Officials in Mississauga and Kingston helped. Among them was a "
            "pharmacist from the Armenian quarter of Midan in Aleppo.")
    sites = site_ids(gaz, body)
    assert "sy-midan-aleppo" in sites and "sy-midan" not in sites


def test_a_town_near_the_story_beats_a_facility_of_the_same_name(gaz) -> None:
    # Nayrab is a town near Saraqib and an air base at Aleppo
    body = ("The patrol left Saraqib on the M4 in Idlib province on Sunday. Near Nayrab, "
            "protesters blocked the road.")
    assert "sy-nairab-idlib" in site_ids(gaz, body)
    body = "Rebels shelled Aleppo airport and the Nayrab base on Sunday."
    assert "sy-nayrab-air-base" in site_ids(gaz, body)


@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        ("Thousands have fled southern Idlib and northern Hama.", "en", "sy-gov-idlib"),
        ("Combates en el norte de Hama.", "es", "sy-gov-hama"),
        ("Бои на юге Идлиба продолжаются.", "ru", "sy-gov-idlib"),
        ("Les combats dans le nord de Hama continuent.", "fr", "sy-gov-hama"),
        ("Bombardeos en el suroeste de Idlib.", "es", "sy-gov-idlib"),
        ("Jets struck the south of Idlib again.", "en", "sy-gov-idlib"),
        ("Бои шли в юго-восточной части Идлиба.", "ru", "sy-gov-idlib"),
        # the big cities' own parts; a bearing from the town
        ("Shelling hit eastern Aleppo again.", "en", "sy-aleppo"),
        ("Combates al sur de Idlib.", "es", "sy-idlib"),
        ("Jets struck south of Idlib again.", "en", "sy-idlib"),
    ],
)
def test_a_part_of_the_province_a_town_names(gaz, body, language, site) -> None:
    assert site in site_ids(gaz, body, language)


def test_turkish_references_the_genitive_and_the_capital(gaz) -> None:
    body = "Askerler Münbiç'e girdi. İlçenin yönetimi el değiştirdi. Askerler ilçeye döndü."
    assert site_ids(gaz, body, "tr") == ["sy-manbij", "sy-manbij"]  # "ilçeye" (to the town) only
    # "başkentte" (in the capital) is the capital named before; "başkenti Şam" introduces it
    body = "Ankara'da saldırı: 28 ölü. Başkentte dün akşam bir araç patladı."
    assert site_ids(gaz, body, "tr") == ["tr-ankara", "tr-ankara"]
    assert site_ids(gaz, "Suriye'nin başkenti Şam'da patlama oldu.", "tr") == ["sy-damascus"]


def test_a_turkish_noun_before_a_name_is_no_reference(gaz) -> None:
    body = "Olaylar Ankara'da başladı. Suriyelilerin en yoğun yaşadığı ilçe Altındağ."
    assert site_ids(gaz, body, "tr") == ["tr-ankara", "tr-altindag"]


def test_an_apposition_inside_a_following_phrase(gaz) -> None:
    body = ("Rebels have captured the town of Jisr al-Shughur, following their capture of the "
            "provincial capital, Idleb, last month.")
    ms = _by_text(gaz, body)
    assert ms["town of Jisr al-Shughur"].date_start == PUBLISHED
    assert ms["Idleb"].role == "background"


def test_now_is_the_day_the_report_is_out(gaz) -> None:
    body = "Rebels took Saraqib yesterday. They are now advancing towards Hama."
    ms = _by_text(gaz, body)
    assert ms["Saraqib"].date_start == date(2024, 3, 14)
    assert ms["Hama"].date_start == PUBLISHED


def test_russian_last_days_are_no_ambassador(gaz) -> None:
    """ "в последние дни в Дамаске": "последние" is no "посла" (of the ambassador)."""
    assert "sy-damascus" in site_ids(gaz, "Митинги прошли в последние дни в Дамаске.", "ru")
    assert "sy-damascus" not in site_ids(gaz, "Посла России в Дамаске вызвали в МИД.", "ru")


def test_a_foreign_capital_after_a_direction_is_a_place(gaz) -> None:
    """ "سجن رومية شرق بيروت": east of Beirut is a place, not Lebanon's government."""
    body = "تناول اللقاء ملف الموقوفين السوريين في سجن رومية شرق بيروت."
    assert "lb-beirut" in site_ids(gaz, body, "ar")
    assert "ru-moscow" not in site_ids(gaz, "Анкара заявила, что ожидает от Москвы ответа.", "ru")


def test_said_in_the_embassy_in_the_capital(gaz) -> None:
    """ "напомнили в российском посольстве в Дамаске": they said it; the shelled embassy is a
    place."""
    said = "Специалисты восстанавливают станции, напомнили в российском посольстве в Дамаске."
    assert not {"sy-damascus", "sy-russian-embassy-damascus"} & set(site_ids(gaz, said, "ru"))
    shelled = site_ids(gaz, "Посольство России в Дамаске подверглось обстрелу.", "ru")
    assert {"sy-damascus", "sy-russian-embassy-damascus"} & set(shelled)


def test_an_arabic_relative_clause_dates_its_own_noun(gaz) -> None:
    """ "قرب مدينة معرة النعمان، التي يسيطر عليها المقاتلون منذ الشهر الماضي": the "since" is
    the town's, not the clashes' at the camp before it."""
    body = ("دارت اشتباكات عنيفة في محيط معسكر وادي الضيف قرب مدينة معرة النعمان، التي يسيطر "
            "عليها المقاتلون منذ الشهر الماضي، بحسب المرصد.")
    camp = next(m for m in extract(gaz, body, "ar") if m.site_id == "sy-wadi-al-deif")
    assert (camp.date_start, camp.role) == (PUBLISHED, "event")


def test_the_next_of_a_list_after_in_is_no_speaker(gaz) -> None:
    """ "farmers in Hajin and al-Shaafa say": the farmers speak, not the village."""
    body = "In Deir ez-Zor governorate, farmers in Hajin and al-Shaafa say they lost the harvest."
    assert "sy-shafa" in site_ids(gaz, body)


def test_an_acronym_before_a_place_does_not_make_it_a_locator(gaz) -> None:
    """ "ТЭС в районе Дейр-Али": the power plant is no place of the gazetteer; Deir Ali is where
    it happened."""
    body = "Были остановлены несколько электростанций, в том числе ТЭС в районе Дейр-Али."
    deir_ali = [m for m in extract(gaz, body, "ru") if m.site_id == "sy-deir-ali"]
    assert [m.role for m in deir_ali] == ["event"]


def test_a_base_near_a_town_is_no_observation_post(gaz) -> None:
    """The Turkish observation posts are reached only through their own cue phrases."""
    sites = site_ids(gaz, "Los rebeldes tomaron la base de Saraqeb.", "es")
    assert not any("observation-post" in s for s in sites)
    posts = site_ids(gaz, "Turkish troops left the observation post in Morek.")
    assert "sy-morek-observation-post" in posts


@pytest.mark.parametrize(
    ("body", "language", "site"),
    [
        ("Turkey and Russia agreed on Tuesday to a ceasefire. YPG fighters are also to leave "
         "Manbij and Tal Rifaat.", "en", "sy-manbij"),
        ("سيطرت القوات أمس على بلدة دير العدس. ويهدف الهجوم، بحسب محللين، إلى استعادة تل الحارة.",
         "ar", "sy-tal-al-harra"),
    ],
)
def test_what_is_to_come_is_dated_by_the_report(gaz, body, language, site) -> None:
    found = [m for m in extract(gaz, body, language) if m.site_id == site]
    assert found and all(m.date_start == PUBLISHED for m in found), found


def test_russian_daytime_after_that_is_the_day_of_the_news(gaz) -> None:
    """ "сообщило, что днём подача тока была восстановлена в Дамаске": today, not the night
    before told earlier."""
    body = ("Взрыв в ночь на пятницу оставил страну без света. Министерство сообщило, что днём "
            "подача тока была восстановлена в Дамаске.")
    damascus = [m for m in extract(gaz, body, "ru") if m.site_id == "sy-damascus"]
    assert [(m.date_start, m.date_end) for m in damascus] == [(PUBLISHED, PUBLISHED)]


def test_a_double_slash_ends_a_dateline(gaz) -> None:
    body = "BAGHDAD // Gunmen ambushed a convoy in Anbar province, officials said yesterday."
    sites = [m.site_id for m in extract(gaz, body, "en", date(2013, 3, 5))]
    assert sites == ["iq-anbar-governorate"]


def test_the_turkish_countryside_with_a_case_ending_is_the_governorate(gaz) -> None:
    body = "İsrail uçakları Şam kırsalındaki ve Hama kırsalına bağlı hedeflere saldırdı."
    sites = [m.site_id for m in extract(gaz, body, "tr", date(2019, 7, 1))]
    assert sites == ["sy-gov-rif-dimashq", "sy-gov-hama"]


def test_peoples_in_a_list_are_no_guessed_places(gaz) -> None:
    body = ("The airline stopped selling tickets to Syrians, Iraqis and Yemenis flying from "
            "Turkey to Minsk.")
    assert "sy-manshiyah-daraa" not in site_ids(gaz, body)


@pytest.mark.parametrize(
    ("body", "language", "gone", "kept"),
    [
        # a given name that a person's noun introduces, then the same person again
        ("اختطف مسلحون الناشطة سميرة الخليل من مكتبها في دوما. أما سميرة الخليل فهي معتقلة "
         "سابقة.", "ar", "ps-hebron", "sy-douma"),
        ("Gunmen seized the activist Samira al-Khalil in Douma. Samira al-Khalil had been "
         "jailed before.", "en", "ps-hebron", "sy-douma"),
    ],
)
def test_a_family_name_is_no_place(gaz, body, language, gone, kept) -> None:
    sites = site_ids(gaz, body, language)
    assert gone not in sites and kept in sites


def test_a_place_after_a_noun_of_person_and_a_preposition_stays(gaz) -> None:
    sites = site_ids(gaz, "قال الطبيب في الخليل إن المستشفى امتلأ بالجرحى.", "ar")
    assert "ps-hebron" in sites


def test_a_capital_declared_in_turkish_is_no_reference(gaz) -> None:
    body = ("Grup, IŞİD'in fiilen başkent ilan ettiği Rakka kentinde yaşananları belgelemek "
            "için kuruldu.")
    assert "tr-ankara" not in site_ids(gaz, body, "tr")


@pytest.mark.parametrize(
    ("body", "site"),
    [
        ("Путин выступит на Генеральной Ассамблее ООН в Нью-Йорке в понедельник.",
         "us-new-york-city"),
        ("Делегация прибыла в Нью-Йорк, а затем отправится в Дамаск.", "us-new-york-city"),
    ],
)
def test_a_far_big_city_under_its_own_russian_name_in_any_case(gaz, body, site) -> None:
    assert site in site_ids(gaz, body, "ru")
