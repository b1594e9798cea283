"""Who says so: attributions in the word orders and verbs of each language."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.claimants import attributions
from tests.extracting import extract


def _claimants(gaz: Gazetteer, body: str, language: str) -> dict[str, str | None]:
    return {m.text: m.claimant for m in extract(gaz, body, language, date(2024, 3, 15))}


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # verbs of accusing, denying, promising, demanding are claims too
        ("The SDF blamed Turkey for the attack on the convoy.", "SDF"),
        ("Aid groups have described worsening conditions in the camp.", "Aid groups"),
        # a name in apposition before its verb
        ("The governor of Homs province, Talal Barazi, told state television that seven died.",
         "Talal Barazi"),
        # "according to" an unnamed source, with words before its noun and a name after it
        ("Thousands fled, according to Turkey's disaster agency.", "Turkey's disaster agency"),
        # those who work at a place, and a source "of" somewhere
        ("Strikes hit the hospital in Kafranbel, according to staff at both sites.", "staff"),
        ("Residents of the rebel-held eastern districts said the city had been calm.",
         "Residents of the rebel-held eastern districts"),
        ("Officials of the administration's agriculture committee said the damage was worst "
         "around Amuda.", "Officials of the administration's agriculture committee"),
        # a relative clause between the source and its verb
        ("Analysts who studied the video have said it was recorded south of Raqqa.", "Analysts"),
        ("Officials left, according to the local news network Suwayda 24.",
         "local news network Suwayda 24"),
        ("A Syrian military source told state media the army was repositioning.",
         "Syrian military source"),
        # the source named in a Romance or German phrase
        ("Se reunió en Riad con el príncipe, informó la agencia oficial saudí SPA.", "SPA"),
        ("Le ministre a rencontré mardi son homologue, a annoncé dans la soirée l'agence "
         "officielle Sana.", "agence officielle Sana"),
        ("Des médias israéliens avaient aussi fait état de contacts.", "Des médias israéliens"),
        ("Fuentes diplomáticas turcas adelantaron que viajará.", "Fuentes diplomáticas turcas"),
        ("Zuvor hatte nach israelischen Angaben eine Drohne den Luftraum verletzt.",
         "israelischen Angaben"),
        ("Dort zerstörte die Luftwaffe nach eigenen Angaben drei Batterien.", "Luftwaffe"),
        ("Die Regierung in Damaskus hat wiederholt angekündigt, die Provinz zurückzuerobern.",
         "Regierung in Damaskus"),
        # Russian: the person right after the title, not one after a preposition
        ("Операция началась, заявил министр обороны Сергей Шойгу на совещании у президента "
         "Владимира Путина.", "Сергей Шойгу"),
        ("Военные эксперты полагают, что полоса позволит наносить удары.", "Военные эксперты"),
        # German "nach UN-Angaben"; Russian "they said in the ministry"
        ("In Jarmuk hungern nach UN-Angaben weiterhin Tausende.", "UN"),
        ("Тогда в Министерстве обороны РФ заявили, что комплексы прикроют авиабазу.",
         "Министерстве обороны РФ"),
        ("В Вашингтоне и Брюсселе выборы назвали «фарсом».", "Вашингтоне и Брюсселе"),
        ("В Минобороны не исключили, что корабли зайдут в порт Тартус.", "Минобороны"),
        # Arabic: the speaker, not where he is or to whom he spoke
        ("وقال أحد عناصر الدفاع المدني في ريف إدلب لوكالة المشرق إن فرق الإنقاذ نقلت الجرحى.",
         "أحد عناصر الدفاع المدني"),
        # Arabic "accused"; Persian verb-last subject
        ("واتهمت فصائل المعارضة قوات النظام بإطلاق الصاروخ.", "فصائل المعارضة قوات"),
        ("عراقچی پیش از ترک دمشق در جمع خبرنگاران گفت: «ارتش پیروز خواهد شد.»", "عراقچی"),
        # a name in apposition, in Spanish; a participle aside in English
        ("El presidente turco, Recep Tayyip Erdogan, anunció este miércoles una operación.",
         "Recep Tayyip Erdogan"),
        # an Arabic name's lower-case article; a French singular source noun
        ("Le chef de HTS, Abou Mohammed al-Jolani, a promis aux chrétiens qu'ils seraient "
         "protégés.", "Abou Mohammed al-Jolani"),
        ("Un responsable kurde a affirmé à la presse que Paris enverrait des militaires.",
         "Un responsable kurde"),
        ("The Syrian Democratic Forces, formed in October, said yesterday it took the dam.",
         "Syrian Democratic Forces"),
        # Arabic: a plural subject before its verb; where and when the speaker spoke; warned
        ("لكن ناشطين قالوا إن القصف متواصل على باب هود.", "ناشطين"),
        ("وقال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحافي عقب الاجتماع إن الدول ستجتمع.",
         "أيمن الصفدي"),
        ("وحذّر وزير الخارجية التركي هاكان فيدان من أن خلايا التنظيم ما زالت تنشط.",
         "هاكان فيدان"),
        # Turkish "göre" (according to), a statement "made by", a speaker described
        ("Güvenlik kaynaklarından edinilen bilgiye göre obüsler mevzileri vurdu.",
         "Güvenlik kaynaklarından"),
        ("Genelkurmay Başkanlığı'nın açıklamasına göre ilk gün 70 hedef vuruldu.",
         "Genelkurmay Başkanlığı"),
        ("Genelkurmay Başkanlığından bugün yapılan açıklamada, faaliyetlere başlandığı bildirildi.",
         "Genelkurmay Başkanlığı"),
        ("Ankara Valiliğinden yapılan açıklamaya göre, Battalgazi'de kavga çıktı.",
         "Ankara Valiliği"),
        ("Azez'de konuşan bir yerel yetkili, hastanelerin dolduğunu söyledi.", "yerel yetkili"),
        ("İngiltere merkezli Suriye İnsan Hakları Gözlemevi, askerlerin öldüğünü öne sürdü.",
         "Suriye İnsan Hakları Gözlemevi"),
        # Persian "according to reports"; a short subject right before "announced"
        ("بر اساس گزارش‌ها، در سوریه نیز چند نفر زخمی شدند.", "گزارش‌ها"),
        ("جمعیت هلال احمر نیز اعلام کرد یک تیم پزشکی اعزام می‌کند.", "جمعیت هلال احمر"),
        # a subject of up to six words; "in a statement" is not part of it
        ("برخی رسانه‌های نزدیک به سپاه اعلام کردند موشک‌ها به سمت ادلب شلیک شدند.",
         "برخی رسانه‌های نزدیک به سپاه"),
        ("سفارت ایران در بیروت در بیانیه‌ای اعلام کرد که او در دمشق کشته شد.",
         "سفارت ایران در بیروت"),
        # unnamed sources that fight, negotiate or count; asides between subject and verb
        ("Rebel negotiators said the deal would see fighters give up their weapons.",
         "Rebel negotiators"),
        ("Government troops, backed by Russian jets, announced that they held the town.",
         "Government troops"),
        ("Our partners counted at least five hospitals damaged in southern Idlib.", "partners"),
        ("Местные источники, однако, сообщали об отдельных перестрелках под Саракибом.",
         "Местные источники"),
        # accusing is claiming; an adverb before the source is not part of it
        ("Ранее Минобороны РФ обвиняло коалицию в том, что боевики покидают Ракку.",
         "Минобороны РФ"),
        ("Базирующаяся в Великобритании «Сирийская обсерватория по правам человека» сообщила о "
         "боях.", "Сирийская обсерватория"),
        ("El Observatorio Sirio de Derechos Humanos, con sede en el Reino Unido, informó de "
         "choques.", "Observatorio Sirio"),
        ('"Es la primera noche", dijo por teléfono a AIN un residente de Duma.', "residente"),
        ("« L'armée est partout », a déclaré à l'AIP par téléphone un militant d'Idleb.",
         "militant"),
        ("Analisti citati dai media arabi ritengono che il prossimo obiettivo sia il Ghab.",
         "Analisti"),
        ("برخی منابع مخالفان سوری گفته‌اند او در حومه دمشق کشته شده است.", "منابع مخالفان"),
        ("رسانه‌های نزدیک به حزب‌الله نیز از برگزاری مراسمی در ضاحیه خبر دادند.",
         "رسانه‌های نزدیک به حزب‌الله"),
        # those who live through it, and a place aside between the source and its verb
        ("Farmers in Hajin and al-Shaafa say they have lost the harvest.", "Farmers in Hajin"),
        ("Engineers at the Tishrin dam, upstream near Manbij, told ERN staff it may stop.",
         "Engineers at the Tishrin dam"),
        ("The group buried two fighters in Hermel on Monday, residents there said.", "residents"),
        ("U.S.-backed Syrian militias said on Sunday they had captured the field.",
         "Syrian militias"),
        ("Le forze turche e i loro alleati siriani hanno annunciato di aver preso la città.",
         "forze turche"),
        ("Hoje, a coligação anunciou que transportou combatentes para a margem sul.", "coligação"),
        # a Persian title is not the subject; a verb of saying may end the sentence
        ("سردار قاسم سلیمانی امروز در پیامی به رهبر انقلاب پایان داعش را اعلام کرد.", "قاسم"),
        ("ارتش سوریه و نیروهای متحد آن روز یکشنبه اعلام کردند که شهر را گرفته‌اند.", "ارتش"),
    ],
)
def test_attribution_of_a_sentence(sentence: str, who: str) -> None:
    found = [name for _, name in attributions(sentence)]
    assert any(who in name for name in found), found


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # the groups and bodies that speak, in each language
        ("Rebel factions said they shelled army positions overnight.", "Rebel factions"),
        ("He will be buried on Sunday in his village, his family said.", "family"),
        ("Residents of the nearby Mezzeh 86 district said they heard blasts.", "Residents"),
        ("The Islamic Resistance in Iraq said it had launched drones.",
         "Islamic Resistance in Iraq"),
        ("Turkey has threatened to launch an offensive on the town.", "Turkey"),
        ("Los socorristas afirmaron que hubo decenas de muertos.", "socorristas"),
        ("Las autoridades han dicho que la carretera sigue cerrada.", "autoridades"),
        ("Los analistas creen que el próximo objetivo será la ciudad.", "analistas"),
        ("La télévision d'Etat syrienne a accusé des groupes armés.", "télévision d'Etat"),
        ("L'armée a dit avoir frappé des dépôts d'armes.", "armée"),
        ("Les autorités ont promis de renforcer la protection des églises.", "autorités"),
        ("Os observadores dizem que os bombardeios continuam.", "observadores"),
        ("Il porto non è stato colpito, hanno riferito fonti locali.", "fonti"),
        ("Staatsmedien kündigten für Freitag ein Staatsbegräbnis an.", "Staatsmedien"),
        ("Шойгу также объявил, что в Латакию перебросят системы С-400.", "Шойгу"),
        ("La ONG, con sede en el Reino Unido y una red de colaboradores en el terreno, precisó "
         "que hubo ataques.", "ONG"),
        # Arabic verbs of warning, denying, demanding; a subject before "had"
        ("فيما حذّر ناشطون من تداعياتها في المدينة.", "ناشطون"),
        ("ونفى مصدر عسكري أن يكون الحصار قد كسر.", "مصدر عسكري"),
        ("وطالب البيان بدستور جديد.", "البيان"),
        ("وكان رئيس الوزراء قد طالب في شباط بنزع السلاح.", "رئيس الوزراء"),
        # an unnamed source after its verb; who put out the pictures; a body's own name
        ('"People are skeletons," said a doctor at the only field clinic.', "doctor"),
        ("Videos verified by The Associated Press showed crowds in the square.",
         "Associated Press"),
        ("Fighters took the town, according to the group's Military Operations Command.",
         "Operations Command"),
        ("Sabato il ministero dell'Interno di Damasco ha annunciato sessanta operazioni.",
         "ministero dell'Interno"),
        ("تهران - خبرگزاری پارس: سپاه پاسداران اعلام کرد که مقرها را هدف قرار داده است.",
         "سپاه پاسداران"),
        # "According to" opening the sentence; a quantifier before the source; an Arabic plural
        ("According to Maxar, the ships left the port.", "Maxar"),
        ("According to witnesses, the market was hit twice.", "witnesses"),
        ("Selon plusieurs médias turcs, le couple a séjourné à Kadıköy.", "médias"),
        ("Le couple est entré en Syrie, selon plusieurs sources.", "sources"),
        ("Laut mehreren Zeugen wurde der Markt getroffen.", "Zeugen"),
        ("Según varios testigos, el mercado fue bombardeado.", "testigos"),
        ("وامتدت الحملة إلى المعضمية، بحسب لجان التنسيق المحلية.", "لجان التنسيق"),
        # a weekday, the source ending the sentence with its name in apposition
        ("Elle a passé six jours à Istanbul, a affirmé lundi le ministre turc des Affaires "
         "étrangères, Mevlüt Çavuşoğlu.", "ministre turc"),
        ("Los incendios arden en Latakia, informó este martes el ministro de Emergencias y "
         "Gestión de Desastres, Raed al Saleh.", "ministro de Emergencias"),
        # verbs after the sentence; the French wire's "a-t-on appris auprès de …"
        ("I caccia avevano colpito Gara, in Iraq, ha precisato il ministero.", "ministero"),
        ('"Dans la Ghouta, nous avons enterré des familles", a raconté un survivant de Zamalka.',
         "survivant"),
        ("Milhares de refugiados atravessam a fronteira, constatou a ALN no local.", "ALN"),
        ("Deux journalistes ont été tués à Homs, a-t-on appris auprès de militants sur place.",
         "militants"),
        ("Le général a été tué, a-t-on appris de source sécuritaire.", "source sécuritaire"),
        ("Duas mulheres morreram perto de Banias, acrescentou a mesma fonte.", "fonte"),
    ],
)
def test_sources_and_verbs_of_saying_in_each_language(sentence: str, who: str) -> None:
    found = [name for _, name in attributions(sentence)]
    assert any(who in name for name in found), found


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Une femme originaire de Yabroud, réfugiée au marché, a raconté la fuite.", None),
        ("La Beobachtungsstelle mit Sitz in London meldete Angriffe.", "Sitz in London"),
        # a month before "say" is no source; carrying the wounded is no report
        ("Villagers near the positions troops have held since December say they cannot farm.",
         "December"),
        ("وقال مسعفون إن فرق الإنقاذ نقلت الجرحى إلى مشاف قريبة.", "الجرحى"),
        # a demonstrative before a weekday; a Turkish demand, not a source; "however"
        ("Erdogan, anunció este miércoles una operación.", "este"),
        ("Seferlerin talebe göre sıklığı artırılacak.", "talebe"),
        ("«Обсерватория» сообщила о самых ожесточённых боях.", "о"),
        ("Ancak DEAŞ, kasabanın düşmediğini öne sürdü.", "Ancak DEAŞ"),
        # the statement is no source when who made it is named
        ("Ankara Valiliğinden yapılan açıklamaya göre, Battalgazi'de kavga çıktı.",
         "açıklamaya"),
        # a place with a description is no speaker: only a body's acronym opens one
        ("Homs, ciudad del centro del país, informaron activistas, fue bombardeada.", "Homs"),
        # nor a place inside a longer subject, nor "there", nor what an offensive opened
        ("Un habitant joint par téléphone dans le quartier de Chaar a dit entendre des tirs.",
         "Chaar"),
        ("Там напомнили, что войска уйдут.", "Там"),
        ("Le Fds, sostenute dagli Stati Uniti, hanno annunciato oggi l'avvio dell'offensiva.",
         "avvio"),
        ("شيع في مسقط رأسه.", "رأسه"),
        # a place inside the subject, the subject of what was said, a passive participle
        ("Rebel groups in the south of Aleppo said they faced heavy bombardment.", "Aleppo"),
        ("Sabato il ministero dell'Interno di Damasco ha annunciato sessanta operazioni.",
         "Damasco"),
        ("The monitor said the fighters who stormed the crossing included Nusra members.",
         "fighters"),
        ("Videos verified by The Associated Press showed crowds in the square.", "Videos"),
        ("The town fell, according to the group's Military Operations Command.", "group"),
        # the Italian ordinal "secondo" (second) is no "according to"
        ("Nel secondo giorno della sua visita in Libano, il Papa ha pregato.", "giorno della sua"),
        # "به گفته او" (according to him) is the pronoun, not the words after it
        ("تا به گفته او میلیون‌ها آواره سوری بتوانند بازگردند.", "او میلیون‌ها"),
    ],
)
def test_no_false_attribution(sentence: str, who: str | None) -> None:
    assert who is None or who not in [name for _, name in attributions(sentence)]


def test_a_persian_pronoun_is_the_source_named_before(gaz) -> None:
    body = ("عراقچی پیش از ترک دمشق در جمع خبرنگاران گفت: «ارتش پیروز خواهد شد.» وی همچنین "
            "تأکید کرد که کارکنان کنسولگری در حلب در سلامت هستند.")
    assert _claimants(gaz, body, "fa").get("حلب") == "عراقچی"


def test_the_same_source_goes_on_in_reported_speech(gaz) -> None:
    body = ("Zuvor hatte nach israelischen Angaben eine Drohne den Luftraum verletzt. Gestartet "
            "sei die Drohne vom Luftwaffenstützpunkt T4 bei Palmyra.")
    assert _claimants(gaz, body, "de").get("Luftwaffenstützpunkt T4") == "israelischen Angaben"


def test_a_statement_told_as_a_time_sources_only_its_own_sentence(gaz) -> None:
    body = ("The heavy oil of the Rmeilan fields carried pre-war output. Since last October, "
            'when President Trump said US troops would stay "to secure the oil", American '
            "patrols have returned to al-Omar.")
    assert _claimants(gaz, body, "en").get("Rmeilan fields") is None
    # inside its own clause it still sources the claim
    body = ("Tension has been rising since Aug. 24, when Israel said it had struck a cell in "
            "Aqraba. Hours later two drones came down in Beirut.")
    got = _claimants(gaz, body, "en")
    assert (got.get("Aqraba"), got.get("Beirut")) == ("Israel", None)


def test_a_quote_is_its_closing_speaker(gaz) -> None:
    body = ("El presidente turco anunció una operación, según la agencia Anka.\n\n"
            '"Vamos a limpiar Tel Rifat de terroristas. Después iremos a otras regiones", dijo '
            "Erdogan ante el grupo parlamentario.")
    assert _claimants(gaz, body, "es").get("Tel Rifat") == "Erdogan"


def test_an_arabic_subject_may_hold_a_name_in_quotes() -> None:
    found = attributions("وقالت غرفة عمليات «ردع العدوان» إن مقاتليها سيطروا على بلدات.")
    assert [who for _, who in found] == ["غرفة عمليات «ردع العدوان»"]


def test_a_place_after_the_source_noun_is_not_the_source(gaz) -> None:
    found = _claimants(gaz, "Testimoni a Kisweh hanno riferito di forti esplosioni.", "it")
    assert found["Kisweh"] == "Testimoni a Kisweh"


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # an agency's name after its noun and adjectives
        ("Selon l'agence officielle Sana, deux engins ont explosé.", "agence officielle Sana"),
        ("Погибли, по данным государственного агентства САНА, 280 человек.",
         "государственного агентства САНА"),
        ("Suriye'nin resmi haber ajansı SANA, bir füzenin düştüğünü duyurdu.",
         "Suriye'nin resmi haber ajansı SANA"),
        # a body's name with "human rights" and its acronym before the verb
        ("L'Observatoire syrien des droits de l'Homme (OSDH) a fait état de dix morts.",
         "Observatoire syrien des droits de l'Homme (OSDH)"),
        ("La televisión estatal siria aseguró que el Ejército entró en la ciudad.",
         "La televisión estatal siria"),
        # an acronym, then a description of the body, before the verb
        ("Les Forces démocratiques syriennes (FDS), une alliance arabo-kurde soutenue par "
         "Washington, ont annoncé que Baghouz était tombée.",
         "Les Forces démocratiques syriennes (FDS)"),
        ("As Forças Democráticas Sírias (FDS), aliança dominada pelas milícias curdas, "
         "anunciaram o controle total de Manbij.", "As Forças Democráticas Sírias (FDS)"),
        ("Las Fuerzas de Siria Democrática (FSD), alianza de milicias kurdas y árabes, "
         "informaron de la toma de Raqa.", "Las Fuerzas de Siria Democrática (FSD)"),
        ("Grupos de derechos humanos cifraron en 25 los muertos.", "Grupos de derechos humanos"),
        # English: an acronym before the verb, a title aside, an Arabic family name, "quoted"
        ("The Syrian Observatory for Human Rights (SOHR) said 745 civilians had been killed.",
         "Syrian Observatory for Human Rights (SOHR)"),
        ("Robert Mood, head of the UN supervision mission, told reporters that his team saw it.",
         "Robert Mood"),
        ("Iraq's national security adviser, Qassim al-Araji, said keeping Iraqis there was wrong.",
         "Qassim al-Araji"),
        ("Jets fired missiles, the state news agency SANA quoted a military source as saying.",
         "SANA"),
        # ", said Homs would be run by a council": the subject of what was said is no source
        ("Hadi al-Bahra, head of the opposition coalition, said Homs would be run by a council.",
         "Hadi al-Bahra"),
        # Russian: an adjective subject goes on to its noun, a title to its name
        ("Войска взяли Сальму, сообщило сирийское государственное телевидение.",
         "сирийское государственное телевидение"),
        ("Путин прибыл в Дамаск, сообщил пресс-секретарь главы государства Дмитрий Песков.",
         "пресс-секретарь Дмитрий Песков"),
        ("По сообщению агентства САНА, вертолёты нанесли удар.", "САНА"),
        ("Авиация наносила удары, сообщали местные активисты.", "местные активисты"),
        # Arabic: who broadcast the pictures; a plural subject without its object
        ("وأظهرت مقاطع مصورة بثتها قناة الجزيرة خروج مئات المعتقلين من السجن.", "قناة الجزيرة"),
        ("وتداول ناشطون دعوات إلى وقفات جديدة في شهبا.", "ناشطون"),
        ("وقال ناشطون معارضون إن القصف طال حمص.", "ناشطون معارضون"),
        # a title goes on to its holder's name, up to the comma or "that"
        ("أعلن رئيس الوزراء العراقي حيدر العبادي، اليوم الخميس، تحرير محافظة نينوى.",
         "رئيس الوزراء العراقي حيدر العبادي"),
        ("وقال وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة محمد المومني إن قوات الأمن "
         "داهمت وكرا في إربد.",
         "وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة محمد المومني"),
    ],
)
def test_a_source_named_by_its_noun_and_name(sentence: str, who: str) -> None:
    assert [name for _, name in attributions(sentence)] == [who]


@pytest.mark.parametrize(
    ("body", "language", "place", "who"),
    [
        ("Un cohete cayó hoy en Yaramana, informó la agencia oficial siria SANA. Según la "
         "agencia, el proyectil fue disparado desde Harasta.", "es", "Harasta",
         "agencia oficial siria SANA"),
        ("В Министерстве обороны России заявили, что удары нанесены по Ракке. Ведомство также "
         "сообщило, что в районе Пальмиры уничтожены склады.", "ru", "Пальмиры",
         "Министерстве обороны России"),
    ],
)
def test_the_agency_is_the_one_named_before(gaz, body, language, place, who) -> None:
    assert _claimants(gaz, body, language)[place] == who


@pytest.mark.parametrize(
    ("body", "language", "place", "who"),
    [
        ("The army said it held Aleppo, while jets struck Idlib overnight, according to "
         "activists.", "en", "Idlib", "activists"),
        ("وأكد المرصد السوري سيطرة الفصائل على اللواء، فيما شن الطيران غارات على بلدة الحراك، "
         "بحسب ناشطين.", "ar", "الحراك", "ناشطين"),
    ],
)
def test_according_to_closing_a_clause_holds_for_it(gaz, body, language, place, who) -> None:
    assert _claimants(gaz, body, language)[place] == who


@pytest.mark.parametrize(
    ("body", "language", "place", "who"),
    [
        # "по его словам", "according to him", "Ihm zufolge": the source named before
        ("Об этом сообщил министр обороны Сергей Шойгу.\n\nПо его словам, ракеты поразили цели "
         "в провинции Идлиб.", "ru", "провинции Идлиб", "министр обороны Сергей Шойгу"),
        ("The defence minister spoke in Moscow, the agency reported.\n\nAccording to him, the "
         "missiles hit targets in Idlib.", "en", "Idlib", "agency"),
        ("Die Armee meldete neue Kämpfe, sagte ein Sprecher.\n\nIhm zufolge wurde Idlib "
         "bombardiert.", "de", "Idlib", "Sprecher"),
        # "Об этом сообщил X", "Das teilte X mit": the source of what the sentence before told
        ("Бомбардировщики нанесли удары по объектам в районе Ракки. Об этом во вторник сообщили "
         "в Министерстве обороны России.", "ru", "Ракки", "Министерстве обороны России"),
        # "сообщил журналистам начальник …": told to the press, by the chief named at the end
        ("Самолёты нанесли удары в районе Ракки. Об этом сообщил журналистам начальник Главного "
         "оперативного управления Генштаба генерал-полковник Сергей Рудской.", "ru", "Ракки",
         "начальник Главного Сергей Рудской"),
        ("«Самолёты нанесли удары в районе Ракки», — сообщил журналистам официальный "
         "представитель Минобороны генерал-майор Игорь Конашенков.", "ru", "Ракки",
         "официальный представитель Игорь Конашенков"),
        ("Bei einem Anschlag im nordsyrischen Afrin starben 40 Menschen. Das teilte das türkische "
         "Verteidigungsministerium mit.", "de", "Afrin", "Verteidigungsministerium"),
        ("I ribelli hanno conquistato oggi Ariha. Lo riferisce l'Osservatorio siriano.", "it",
         "Ariha", "Osservatorio"),
        ("Raid aerei hanno colpito Idlib. Lo hanno reso noto le Fds curde.", "it", "Idlib",
         "Fds"),
        ("عراقچی در جمع خبرنگاران گفت: «ارتش پیروز خواهد شد.» به گفته او نیروها در حلب "
         "مستقر هستند.", "fa", "حلب", "عراقچی"),
    ],
)
def test_a_source_told_before_or_after_by_a_pronoun(gaz, body, language, place, who) -> None:
    assert _claimants(gaz, body, language).get(place) == who
