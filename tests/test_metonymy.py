"""Capitals that stand for their governments, and posts that are titles, in many languages."""

from __future__ import annotations

from datetime import date

import pytest

from geo.gazetteer import Gazetteer
from reportmap.model import Mention
from tests.extracting import extract

PUBLISHED = date(2019, 7, 23)
CAPITALS = {"tr-ankara", "sy-damascus", "ru-moscow", "jo-amman", "ir-tehran", "gr-athens"}


def _extract(gaz: Gazetteer, body: str, language: str) -> list[Mention]:
    return extract(gaz, body, language, PUBLISHED)


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("ru", "Москва потребовала от Анкары объяснений после посадки самолёта в Алеппо."),
        ("pt", "Damasco e Moscou negam ter civis como alvo em Maarat al-Numan."),
        ("pt", "Ancara pediu a Moscou que contenha os ataques em Idlib."),
        ("es", "Damasco calificó de positivo el encuentro sobre Manbij."),
        ("ar", "قصفت الطائرات سوق جسر الشغور. ولم يصدر تعليق فوري من موسكو."),
        ("ar", "قصفت الطائرات إدلب رغم الهدنة التي توصلت إليها روسيا الداعمة لدمشق."),
        # loyal to, backed by: without the article too
        ("ar", "وتخضع جرابلس لسيطرة فصائل سورية موالية لأنقرة منذ عام 2016."),
        ("ar", "قصفت فصائل مدعومة من أنقرة مواقع قرب منبج."),
        ("en", "Trucks were seen in Tartus. Moscow has been moving equipment out of the country."),
        ("ar", "قتل العشرات في دير الزور، فيما لم يصدر أي تعليق رسمي من دمشق."),
        ("ar", "قتل العشرات في كفرنبل. ولم يصدر تعليق فوري عن دمشق."),
        ("it", "Ci sono stati scontri a Deraa. La Farnesina ha invitato Damasco alla moderazione."),
        ("ar", "وصل الوفد إلى حلب. وقدمت طهران دعما عسكريا كبيرا لدمشق."),
        ("fr", "Des combats ont eu lieu à Alep. Damas n'a pas commenté le bilan."),
        ("it", "Le armi sono partite da Latakia; l'arsenale dichiarato da Damasco è fuori."),
        ("es", "Hubo un ataque en Harasta. La Liga debatía nuevas medidas contra Damasco."),
        ("ru", "Бои идут в Идлибе. В Анкаре ранее выражали недовольство наступлением."),
        ("de", "Jordanien hatte den syrischen Botschafter in Amman ausgewiesen. In Daraa blieb "
               "es ruhig."),
        # the government in its capital, people speaking there, dealings with it
        ("ar", "اندلعت اشتباكات في حمص. وتسعى الرياض إلى دعم السلطات الجديدة في دمشق."),
        ("de", "In Homs blieb es ruhig. Über eine Wiedereröffnung sei nicht entschieden, hieß es "
               "in Berlin."),
        ("ru", "Бои шли в Манбидже. В Анкаре, однако, заявили, что не убедились в выводе."),
        ("ru", "Бои шли в Манбидже. В Москве это решение объяснили необходимостью координации."),
        # a sentence that opens in the capital with its government speaking
        ("it", "Il Papa ha visitato Lesbo. Ad Atene il governo ha ringraziato il Pontefice."),
        ("en", "The Pope visited Lesbos. In Athens, the government thanked him for the visit."),
        ("ru", "Бои шли в Манбидже. В Дамаске распоряжение пока не комментировали."),
        ("ru", "Бои шли в Манбидже. В Анкаре решение Багдада восприняли настороженно."),
        ("ru", "Патруль прошёл у Кобани. Курды договорились с Дамаском о развертывании войск."),
        ("ru", "Боевики обстреляли Алеппо, чтобы обвинить в этом Дамаск."),
        # a capital that opens a clause, followed by a verb
        ("fr", "Les bombardements ont repris sur Homs. Damas dément viser les civils."),
        ("es", "Los observadores llegaron a Homs con el plan que Damasco firmó en diciembre."),
        ("de", "Die Angriffe trafen Homs. Damaskus werde dies als Test werten, sagte er."),
        # verb first, with or without vowel marks; close to, belonging to, against
        ("ar", "قتل العميد في مصياف. ولم تعلّق تل أبيب رسمياً على الاتهام."),
        ("ar", "وقع الانفجار في حمص، كما دانته دمشق وطهران."),
        ("ar", "قتل العميد في مصياف. ونقلت صحيفة مقربة من دمشق أنه كان يشرف على برامج."),
        ("ar", "قصفت الطائرات البوكمال. واستهدفت مواقع تابعة لطهران."),
        ("fa", "نفتکش در طرطوس است. انتقال آن تحریم‌های اتحادیه اروپا علیه دمشق را نقض می‌کرد."),
        ("it", "Le suore sono arrivate a Yabrud. In cambio Damasco avrebbe rilasciato 150 donne."),
        ("ru", "Самолёт вторгся у Хмеймима. В МИД Турции вызвали российского посла в Анкаре."),
        # that …, relations with, by, the refusal of, against, reflexive and modal verbs
        ("ar", "وصل ميقاتي إلى حمص. وقال الشرع إن سوريا لا تريد ذلك، وإن دمشق ستقف على الحياد."),
        ("ar", "وصل الوفد إلى حمص. وستتولى الحكومة ملف العلاقات مع دمشق."),
        ("fr", "Les combats ont repris à Homs, une position rejetée aussitôt par Damas."),
        ("fr", "On se bat à Homs après le refus de Téhéran de soutenir la transition."),
        ("it", "Si combatte a Homs mentre si discute un intervento militare contro Damasco."),
        ("es", "Hubo combates en Homs. Damasco se comprometió entonces a facilitar el regreso."),
        ("ru", "Бои шли в Алеппо. Дамаск в течение недели должен представить перечень."),
        # a ministry's spokesman or sources in its capital, Congress in Washington
        ("es", "Murió un soldado en Homs. Fuentes del Ministerio de Defensa en Madrid lo "
               "atribuyeron a Israel."),
        ("fa", "زائران در حلب آزاد شدند. سخنگوی وزارت امور خارجه در تهران قدردانی کرد."),
        ("it", "Liberato a Homs. La notizia arriva mentre a Washington il Congresso discute."),
        # a channel or a policy towards it, sanctions on it, no comment from it
        ("it", "L'ambasciatore arriva a Homs: Roma riapre un canale diplomatico di questo livello "
               "con Damasco."),
        ("it", "Si combatte a Homs; Bruxelles rivede la politica dell'Unione verso Damasco."),
        ("es", "Hubo combates en Homs. Piden levantar las sanciones internacionales que pesan "
               "sobre Damasco."),
        ("ar", "قصفت الطائرات حمص، فيما لم يصدر تعليق عن دمشق."),
        # its ally, its debt, its commitment, a dispute or relations with it
        ("en", "Jets struck Homs. Russia, Damascus's closest ally, objected."),
        ("es", "Hubo combates en Homs. Catar saldará la deuda de Damasco con el Banco Mundial."),
        ("es", "Se firmó en Homs el mayor compromiso económico de Riad con el nuevo Gobierno."),
        ("de", "In Homs wurde gekämpft. Vorausgegangen war ein Streit mit Ankara."),
        ("de", "In Homs wurde gekämpft. Das Verhältnis zwischen Moskau und Ankara ist gespannt."),
        # they say in the capital; the capital that opens a sentence and speaks
        ("ru", "Бои шли в Алеппо. Как ожидают в Дамаске, контакты продолжатся."),
        ("fa", "حمله‌ای در حلب رخ داد. دمشق همچنین اعلام کرد که در کنار ایران ایستاده است."),
        # a capital that opens its clause and is followed by a verb in any script
        ("ru", "Бои шли в Идлибе. Джаафари заявил, что Москва не допустит столкновений."),
        ("ru", "Бои шли в Идлибе. По его словам, Дамаск намерен пересмотреть соглашения."),
        ("ru", "Бои шли в Идлибе. Эксперты отмечают, что Дамаск, сближаясь с Анкарой, ждёт."),
        ("ar", "انفجرت سيارة في حلب. دمشق تقول إنها تحمي السكان."),
        ("fr", "Des combats ont eu lieu à Alep. Damas a signé lundi le protocole."),
        ("es", "Hubo combates en Homs, mientras Damasco necesita con urgencia divisas."),
        ("es", "Hubo combates en Homs. Ankara, que apoya a parte de la oposición, calla."),
        # "Damascus had blamed", relations between two governments, influence on one
        ("ar", "قتل خمسة في درعا. وكانت دمشق قد حمّلت خلايا إرهابية مسؤولية الاغتيالات."),
        ("ru", "Асад прибыл в Латакию. Стороны обсудили нормализацию отношений между Дамаском и "
               "Анкарой."),
        ("en", "Hospitals in Idlib were hit. Moscow should use its influence on Damascus."),
        # "they condemned in Moscow", the object first
        ("ru", "Боевики атаковали Дейр-эз-Зор. В Москве нападение осудили."),
    ],
)
def test_capital_as_government(gaz, language, body) -> None:
    sites = [m.site_id for m in _extract(gaz, body, language)]
    assert not CAPITALS & set(sites), sites
    assert sites, "the real place of the sentence is still found"


def test_an_ambassador_outside_a_capital_is_there(gaz) -> None:
    body = "La présence de l'ambassadeur des États-Unis à Hama est une provocation."
    assert [m.site_id for m in _extract(gaz, body, "fr")] == ["sy-hama"]


def test_russian_source_after_a_preposition(gaz) -> None:
    body = "Самолёт, следовавший в Дамаск, посадили в Анкаре, сообщили в четверг в МИД РФ."
    assert {m.claimant for m in _extract(gaz, body, "ru")} == {"МИД РФ"}


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("pt", "O ataque atingiu Alepo. O Observatório, com sede no Reino Unido, disse isso."),
        ("it", "Le armi lasciarono Latakia. L'Opac, con sede all'Aja, lo ha confermato."),
    ],
)
def test_based_in_a_town_off_the_map_is_no_reference(gaz, language, body) -> None:
    assert [m.text for m in _extract(gaz, body, language)] == [body.split()[3].rstrip(".")]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("fr", "Damas est calme depuis la chute du régime."),
        ("de", "Damaskus wurde am Montag von Explosionen erschüttert."),
        ("es", "Damasco amaneció con cortes de electricidad."),
        ("en", "Damascus woke to the sound of explosions."),
        ("ru", "Дамаск подвергся ракетному удару."),
        ("ru", "Бои шли в Идлибе, а Дамаск, где живут миллионы, тих."),
        ("pt", "Damasco, que tem sido relativamente poupada pela guerra, sofreu ataques."),
        ("fr", "Les combats ont gagné Deraa, Damas et Qouneitra."),
    ],
)
def test_a_capital_that_is_where_things_happen_stays(gaz, language, body) -> None:
    assert "sy-damascus" in [m.site_id for m in _extract(gaz, body, language)]


def test_the_seat_in_apposition_is_the_town_before(gaz) -> None:
    body = "Los combates siguieron en Homs. El plan se firmó en El Cairo, sede de la Liga."
    assert [m.text for m in _extract(gaz, body, "es")] == ["Homs", "El Cairo"]


@pytest.mark.parametrize(
    ("language", "body", "kept"),
    [
        ("ar", "قتل ثلاثة على مقربة من دمشق أمس.", "sy-damascus"),  # "near" Damascus
        ("it", "Si temeva che Damasco avrebbe subito nuovi raid. Damasco sarebbe stata colpita.",
         None),
    ],
)
def test_near_a_capital_is_a_place(gaz, language, body, kept) -> None:
    sites = [m.site_id for m in _extract(gaz, body, language)]
    assert kept is None or kept in sites, sites


@pytest.mark.parametrize(
    ("language", "body", "want"),
    [
        ("it", "Le suore sono tornate a Yabrud. Il patriarcato greco-ortodosso di Antiochia ha "
               "ringraziato; dei due vescovi di Aleppo non si hanno notizie.", ["Yabrud"]),
        ("es", "Hubo protestas en Ezraa. Dos diputados de la provincia de Deraa dimitieron.",
         ["Ezraa"]),
        ("ar", "نزح الآلاف إلى تلكلخ. وقالت محافظة حمص إنها افتتحت مراكز إيواء.", ["تلكلخ"]),
        ("fr", "Les députés ont visité Alep hier.", ["Alep"]),  # no "of": they were there
        # a court's seat; talks named after their venue
        ("en", "Jets struck Douma. They urged a referral to the International Criminal Court in "
               "The Hague.", ["Douma"]),
        ("pt", "Houve combates em Douma. As negociações de Genebra deverão ser retomadas.",
         ["Douma"]),
        ("tr", "Halep'te çatışmalar sürdü. Konsey, Şam Deklarasyonu grubunu içeriyor.",
         ["Halep"]),
    ],
)
def test_a_title_or_an_office_is_not_the_place(gaz, language, body, want) -> None:
    assert [m.text for m in _extract(gaz, body, language)] == want


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # Portuguese prepositions put a foreign capital on the map
        ("O ministro turco esteve no domingo em Damasco, onde se reuniu com o líder.",
         ["Damasco"]),
        # ... but not the seat of a source, nor the capital backing a force
        ("Os soldados entraram em Daraa, segundo o Observatório Sírio, que tem sede em Londres.",
         ["Daraa"]),
        ("A estrada até Azaz, controlada por rebeldes apoiados por Ancara, está congestionada.",
         ["Azaz"]),
    ],
)
def test_portuguese_capitals(gaz, body, want) -> None:
    assert [m.text for m in _extract(gaz, body, "pt")] == want
