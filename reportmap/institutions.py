"""A place name standing for an institution, in the shapes the other rules do not read.

* impersonal statements: "В Тель-Авиве заявили" (Tel Aviv said), "In Berlin hieß es";
* a capital, then its institution: "À Erevan, le ministère arménien…", "In Moscow, the
  foreign ministry said";
* an office in a place: "Das Auswärtige Amt in Berlin", "Gaziantep Valiliği" (the governorship);
* a title: "مدير الصحة في ريف دمشق" (the health director of Rif Dimashq), "the mufti of
  Baalbek-Hermel";
* the other side of politics: "reconciliação com Damasco", "negotiations with Ankara".
"""

from __future__ import annotations

import re

from reportmap.model import Site

_RU_SAID = re.compile(
    r"^\s+(?:ранее\s+|также\s+|уже\s+)?(?:заявили|назвали|сообщили|отметили|считают|"
    r"подчеркнули|опровергли|ответили|пригрозили|предупредили|уверены|настаивают|отказались|"
    r"приветствовали|осудили|пообещали|потребовали|признали|объявили)\b"
)
_RU_IN = re.compile(r"(?:^|[\s(])[Вв]о?\s+$")
_DE_IMPERSONAL = re.compile(r"^\s+hie(?:ß|ss)\s+es\b")
_INSTITUTION = (
    r"(?:ministry|government|presidency|foreign\s+office|ministère|gouvernement|présidence|"
    r"ministerio|gobierno|presidencia|Ministerium|Regierung|Auswärtige\s+Amt|Außenamt|"
    r"ministero|governo|ministério|министерство|правительство|МИД|Кремль|الخارجية|وزارة|الحكومة)"
)
_CAPITAL_THEN_INSTITUTION = re.compile(
    r"^\s*,\s+(?:the|le|la|l['’]|el|die|der|das|il|o|a)\s*(?:[\w-]+\s+){0,2}?" + _INSTITUTION
    # "a Washington il Congresso discute", "in Washington, Congress debates"
    + r"|^\s*,?\s+(?:(?:the|le|la|el|der|die|das|il|o)\s+)?(?:Congress|Kongress|Congrès|Congreso|"
    r"Congresso|Senate|Senat|Sénat|Senado|Senato|Parliament|Parlament|Parlement|Parlamento|"
    r"Bundestag|Knesset|Kremlin|Kreml|Cremlino|White\s+House|Maison\s+Blanche|"
    r"Casa\s+Blanca|Casa\s+Bianca|Weiße\s+Haus|Госдум\w*|Конгресс\w*)\b",
    re.IGNORECASE,
)
_OFFICE_BEFORE = re.compile(
    r"\b(?:Amt|Ministerium|Regierung|Botschaft|Kanzleramt|Präsidialamt|Konsulat)\s+in\s+$"
    # a court's seat: "the International Criminal Court in The Hague", "la Cour pénale … à"
    r"|\b(?:Court|Tribunal|Cour|Corte|Gerichtshof|Strafgerichtshof|Трибунал|суд)"
    r"(?:\s+[\w-]+){0,2}\s+(?:in|à|a|en|em|в)\s+(?:the\s+)?$"
    # a prosecutor's seat: "die Bundesanwaltschaft in Karlsruhe", "la Procura di Agrigento",
    # "le parquet de Paris", "la Fiscalía de Madrid", "the prosecutor's office in Koblenz"
    r"|\b(?:\w*[Aa]nwaltschaft|\w*[Aa]nwalt|Bundesgerichtshof|Bundesverfassungsgericht|"
    r"Oberlandesgericht|Landgericht|(?i:procura|parquet|fiscal[íi]a|prosecutor['’]?s?\s+office|"
    r"прокуратур\w*))\s+(?:in|à|a|di|de|en|em|в|von|della|del)\s+(?:the\s+)?$"
    # who speaks for a ministry "in" its capital: "Fuentes del Ministerio de Defensa en Madrid"
    # (not "la entrada del Ministerio del Interior en Ankara", the building)
    r"|\b(?i:fuentes|portavoz|sources?|spokes(?:man|woman|person)|porte-parole|fonti|portavoce|"
    r"fontes|porta-voz|Sprecher\w*|источник\w*|представител\w*)\s+(?i:del?|of\s+the|du|de\s+la|"
    r"della|dello|do|da|des)?\s*(?i:ministry|ministère|ministerio|ministero|ministério|"
    r"Ministeriums|министерства)\s+(?:[\w'’-]+\s+){1,4}?(?i:in|en|à|a|em|в)\s+$"
    # "سخنگوی وزارت امور خارجه در تهران": the foreign ministry's spokesman in Tehran
    r"|(?:^|\s)سخنگوی\s+(?:\S+\s+){0,4}?در\s+$|(?:^|\s)(?:دولت|حکومت|مقام‌های|مقامات)\s+در\s+$"
)
_TR_OFFICE_AFTER = re.compile(
    r"^(?:['’]\w{0,3})?\s+(?:Valiliği|Valisi|Belediyesi|Belediye\s+Başkan\w*|"
    r"Büyükşehir\s+Belediye\w*|Emniyet\s+Müdürlüğü|Milletvekili|Kaymakamlığı|Kaymakamı)\b"
)
_AR_TITLE_BEFORE = re.compile(
    r"(?:^|\s)و?(?:مدير|محافظ|رئيس|قائد|مفتي|مسؤول|والي|نائب|مطران)\s+(?:\S+\s+){0,2}?"
    r"(?:في\s+)?$"
)
# "el gobernador de Deraa", "le gouverneur de Homs", "der Gouverneur von Aleppo".
_TITLE_INTL_BEFORE = re.compile(
    r"\b(?:gobernador|gouverneur|governatore|governador|Gouverneur|alcalde|maire|sindaco|"
    r"prefeito|Bürgermeister|préfet|prefetto|губернатор\w*|мэр\w*|глав\w+\s+администрации)"
    r"\s+(?:de|du|di|do|da|del|della|von|des|der)?\s*(?:la\s+|l['’]|(?:la\s+)?"
    r"(?:provincia|province|Provinz|província)\s+(?:de\s+|d['’]|di\s+)?)?$",
    re.IGNORECASE,
)
# Clergy and members of parliament: "i due vescovi di Aleppo", "le patriarcat grec-orthodoxe
# d'Antioche", "dos diputados de la provincia de Deraa", "епископ Алеппо".
_SEAT_OF_TITLE_BEFORE = re.compile(
    r"\b(?:obispos?|arzobispos?|évêques?|archevêques?|vescov[oi]|arcivescov[oi]|Bischöfe|"
    r"Bischof|Erzbischof|bispos?|patriarca\w*|patriarcat\w*|patriarch\w*|diputad[oa]s?|"
    r"députés?|deputat[oi]|Abgeordnete\w*|депутат\w*|епископ\w*|митрополит\w*|патриарх\w*)"
    r"(?:\s+[a-zà-ÿ'’-]+){0,2}?"
    r"\s+(?:de|du|di|do|da|del|della|von|aus|of|for|d['’])\s*(?:la\s+|l['’]|(?:la\s+)?"
    r"(?:provincia|province|Provinz|província)\s+(?:de\s+|d['’]|di\s+)?)?$",
    re.IGNORECASE,
)
_TITLE_OF_COMPOUND = re.compile(
    r"\b(?i:governor|mayor|mufti|bishop|archbishop|prefect|head|chief|MP)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w'’]*-$"
)
_POLITICS_WITH = re.compile(
    r"\b(?:reconciliation|negotiations|talks|normali[sz]ation|reconciliação|negociações|"
    r"relations|relaciones|relazioni|relações|Beziehungen|отношени\w+|"
    r"reconciliación|negociaciones|conversaciones|réconciliation|négociations|pourparlers|"
    r"Versöhnung|Verhandlungen|Gespräche|riconciliazione|negoziati|переговоры|переговоров|"
    r"примирени\w+|canale|dialogo|diálogo|dialogue|Dialog|contatti|contacts|contactos|"
    r"Kontakte|cooperation|coopération|cooperación|cooperazione|Zusammenarbeit)"
    # "un canale diplomatico di questo livello con Damasco"
    r"\s+(?:[\w'’]+\s+){0,4}?(?:with|com|con|avec|mit|с|со)\s+$"
    # "la politica dell'Unione verso Damasco", "sanciones … que pesan sobre Damasco"
    r"|\b(?:policy|politique|política|politica|Politik)\s+(?:[\w'’]+\s+){0,4}?(?:towards?|"
    r"envers|à\s+l['’]égard\s+de|hacia|verso|nei\s+confronti\s+di|gegenüber|в\s+отношении)\s+$"
    r"|\b(?:sanctions|sanciones|sanzioni|Sanktionen|санкции|sanções)\s+(?:[\w'’]+\s+){0,6}?"
    r"(?:on|against|contre|contra|sobre|contro|gegen|против)\s+$"
    # "ملف العلاقات مع دمشق", "التطبيع مع دمشق": relations, normalisation, talks with
    r"|(?:^|\s)(?:ال)?(?:علاقات|تطبيع|حوار|مفاوضات|محادثات|مصالحة)\s+(?:\S+\s+){0,2}?مع\s+$"
    # "لم يصدر تعليق عن دمشق": a comment from the government
    r"|(?:^|\s)(?:ال)?تعليق\s+(?:رسمي\s+)?(?:من|عن)\s+$",
    re.IGNORECASE,
)


def stands_for_institution(body: str, start: int, end: int, site: Site) -> bool:
    """Whether the place name here means an institution seated there, not a place of events."""
    before = body[max(0, start - 60) : start]
    after = body[end : end + 60]
    if _RU_IN.search(before) and _RU_SAID.match(after):
        return True
    if _DE_IMPERSONAL.match(after) and before.rstrip().endswith(("In", "in")):
        return True
    if _OFFICE_BEFORE.search(before) or _TR_OFFICE_AFTER.match(after):
        return True
    if _AR_TITLE_BEFORE.search(before) or _TITLE_OF_COMPOUND.search(before):
        return True
    if _TITLE_INTL_BEFORE.search(before) or _SEAT_OF_TITLE_BEFORE.search(before):
        return True
    capital = site.kind == "capital"
    return capital and bool(_CAPITAL_THEN_INSTITUTION.match(after) or _POLITICS_WITH.search(before))
