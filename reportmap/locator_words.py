"""The words of where a place lies: bearings, distances, "near", containment, the nouns of a
place, for `locators`."""

from __future__ import annotations

import re

DIRECTION = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
)
ARTICLE = r"(?:(?:the|la|le|les|el|los|las|der|die|dem|des|l['’])\s*)?"
ADJ = (
    r"(?:[\w-]+['’]s\s+)?"
    r"(?:(?:[\w-]+['’]s\s+)?(?:coastal|northern|southern|eastern|western|central|rural|"
    r"northwestern|northeastern|southwestern|southeastern|north-western|north-eastern|"
    r"south-western|south-eastern|restive|neighbouring|neighboring|nearby|"
    # "near the border city of Mafraq", "the besieged town of"
    r"border|frontier|besieged|rebel-held|government-held|regime-held|opposition-held|"
    r"syrian|turkish|iraqi|lebanese|jordanian|"
    # German adjectives stand before the noun: "in der syrischen Provinz" (Romance ones follow
    # it, "la provincia siria de", and are read after the noun)
    r"syrischen|syrische|türkischen|türkische|irakischen|libanesischen|"
    # any German adjective before one of its place nouns: "der umkämpften Stadt"
    r"[a-zäöüß]{3,}(?:en|e)(?=\s+(?:Stadt|Kleinstadt|Provinz|Dorf|Region)\b)|"
    # so do Russian ones: "в сирийской провинции Идлиб", "в северном районе"
    r"[а-яё]{3,}(?:ой|ом|ого|ых|ей|ий|ая|ую)(?=\s+(?:провинци|област|город|район|деревн|сел|"
    r"пос[её]лк|регион)|\s*$))\s+)*"
)
# Proximity and direction: the second place locates the first whatever their sizes.
# "about 40 km", "à une cinquantaine de kilomètres", "rund 30 Kilometer": a distance first.
DISTANCE = (
    r"(?:(?:just|some|about|around|roughly|approximately|nearly|à|a|à\s+environ|environ|rund|"
    r"etwa|circa|unos|unas|cerca\s+de|a\s+cerca\s+de|около|примерно|в)\s+)?(?:une?\s+)?"
    r"(?:\d+(?:[.,]\d+)?|[a-zé]+aine|[a-z]+)\s*(?:de\s+)?(?:km|kilom[eè]tres?|kilometers?|"
    r"kilometres?|Kilometern?|kil[oó]metros?|chilometri|quil[oô]metros|километр\w*|miles?)"
    r"(?:\s*\([^()]{1,25}\))?(?:\s+(?:plus\s+)?(?:to\s+the\s+)?)?\s*"
)
# Arabic directions, also compound ("جنوب غربي") and after a distance ("على بعد 30 كيلومتراً شمال").
# The four Arabic directions ("شمال", "جنوب", "شرق", "غرب"), before their adjective ending.
AR_DIRECTION_WORD = r"(?:شمال|جنوب|شرق|غرب)"
AR_DIRECTION = (
    r"(?:در\s+)?"  # Persian "in": "در جنوب دمشق"
    r"(?:على\s+بعد\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?\S+\s+(?:كيلومتر\S*|كلم|كم)\s+)?"
    + AR_DIRECTION_WORD + r"(?:ي|ا)?(?:\s+(?:شرق|غرب)(?:ي|ا)?)?"
)
RELATIVE = (
    # "about 20 kilometres from Qardaha", "à 30 km de Homs": a distance alone
    r"(?:" + DISTANCE + r"(?:away\s+)?(?:from|de|d['’]|von|от|da|dal|dalla)(?=\s|['’])|"
    r"(?:just\s+|some\s+|about\s+|not\s+far\s+|a\s+few\s+(?:kilometres|kilometers|miles)\s+|"
    + DISTANCE + r")?"
    r"(?:near(?:by)?|outside(?:\s+of)?|close\s+to|next\s+to|"
    r"on\s+the\s+(?:" + DIRECTION + r"\s+)?(?:outskirts|edge|edges|fringes)\s+of|"
    r"on\s+the\s+road\s+to|on\s+the\s+(?:[\w-]+\s+)?(?:side|slopes?|foot|banks?|shores?)\s+of|"
    r"au\s+pied\s+d[e'’]|sur\s+les\s+(?:pentes|flancs)\s+d[eu'’]|en\s+banlieue\s+d[e'’]|"
    r"am\s+Fuße?\s+(?:des|der)|a\s+orillas\s+del?|en\s+las\s+laderas\s+del?|"
    r"en\s+la\s+carretera\s+(?:hacia|a|de)|sur\s+la\s+route\s+d[e'’]|"
    r"auf\s+der\s+Straße\s+nach|sulla\s+strada\s+per|na\s+estrada\s+para|на\s+трассе|"
    r"на\s+(?:северо-|юго-)?(?:севере|юге|востоке|западе)|"
    r"in\s+the\s+(?:outskirts|countryside|suburbs|vicinity|" + DIRECTION + r")\s+of|"
    r"(?:to\s+the\s+)?" + DIRECTION + r"\s+of|"
    r"près\s+d[e'’]|à\s+proximité\s+d[e'’]|aux\s+abords\s+d[e'’]|non\s+loin\s+d[e'’]|"
    r"(?:au|à\s+l['’]|du|dans\s+le)\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e'’]|"
    r"opposite|across\s+(?:the\s+border\s+)?from|facing|en\s+face\s+d[e'’]|frente\s+a|"
    r"gegenüber(?:\s+von)?|напротив|مقابل|"
    r"perto\s+d[aoe]s?|nos\s+arredores\s+d[aoe]s?|junto\s+al?|accanto\s+a|à\s+côté\s+d[e'’]|"
    r"im\s+(?:Nord|Süd|Ost|West)(?:en|osten|westen)(?:\s+von)?|"
    r"nell?['’]?\s*(?:nord|sud|est|ovest)(?:-?(?:est|ovest))?\s+di|"
    r"на\s+склонах|у\s+подножия|на\s+окраин\w+|в\s+окрестностях|в\s+пригороде|возле|"
    r"perto\s+de|nos\s+arredores\s+de|"
    r"(?:ao|no)\s+(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s+d[aeo]s?|"
    r"a\s+(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s+d[aeo]s?|"
    # "a few kilometres from the border with Idlib province"
    r"(?:from|near|along|on)\s+the\s+border\s+with|"
    r"vicino\s+a|nei\s+pressi\s+di|alla\s+periferia\s+di|"
    r"a\s+(?:nord|sud)?-?(?:est|ovest)\s+di|a\s+(?:nord|sud)\s+di|"
    r"(?:en\s+el\s+)?(?:norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|sudeste|suroeste|"
    r"sudoeste)\s+de|"
    r"dans\s+la\s+banlieue(?:\s+(?:sud|nord|est|ouest))?\s+d[e'’]|en\s+périphérie\s+d[e'’]|"
    # "en la periferia occidental de", "nel cuore della", "in the heart of"
    r"(?:en\s+la|na|nella|alla|à\s+la|in\s+der)\s+(?:periferia|périphérie|Peripherie)"
    r"(?:\s+[\w-]+)?\s+(?:de|da|di|d['’]|del|della|von)|"
    # "in the government-held centre of Aleppo", "au centre de Damas", "в центре Дамаска"
    r"in\s+the\s+(?:[\w-]+\s+)?(?:centre|center|downtown)\s+of|"
    r"(?:au|dans\s+le)\s+centre(?:-ville)?\s+d[e'’]|en\s+el\s+centro\s+de|"
    r"im\s+Zentrum\s+von|nel\s+centro\s+di|no\s+centro\s+d[aeo]|в\s+центре|"
    r"in\s+the\s+heart\s+of|au\s+c(?:œ|oe)ur\s+d[e'’]|en\s+el\s+corazón\s+de|"
    r"nel\s+cuore\s+d(?:i|ella|el)|im\s+Herzen\s+(?:von|des|der)|no\s+coração\s+d[aeo]|"
    r"cerca\s+de|a\s+las\s+afueras\s+de|en\s+las\s+afueras\s+de|"
    r"al\s+(?:norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|sudeste|suroeste|"
    r"sudoeste)\s+de|"
    # "nördlich von", "nördlich der Stadt", "nördlich Aleppos" (and "nördlich [der Stadt X]"
    # when the name takes its article)
    r"nahe|bei|unweit|(?:nord|süd)?(?:nördlich|südlich|östlich|westlich)(?:\s+(?:von|des|der))?|"
    r"(?:nord|süd)(?:ost|west)lich(?:\s+(?:von|des|der))?|am\s+Rande\s+von|"
    r"около|близ|под|рядом\s+с|недалеко\s+от|неподал[её]ку\s+от|в\s+районе|"
    r"(?:к|в\s+\d+\s+км\s+к)\s+(?:северу|югу|востоку|западу|северо-востоку|северо-западу|"
    r"юго-востоку|юго-западу)\s+от|"
    r"(?:در\s+)?نزدیکی|نزدیک|(?:در\s+)?حومه|"  # Persian: near, in the suburbs of
    r"بالقرب\s+من|قرب|قرابة|(?:ال)?قريب(?:ة|ين|تين|ان|تان)?\s+من|على\s+أطراف|في\s+ريف|ريف|"
    # "حي الميدان وسط دمشق": the middle of the wider place
    r"(?:في\s+)?وسط|"
    + AR_DIRECTION + r"|"
    r"،\s*(?:\S+\s+){0,5}?" + AR_DIRECTION +
    r"))"
)
# Containment: the second place locates the first only when it is the wider one.
CONTAINED = (
    r"(?:in|of|at|inside|within|en|dans|à|au|de|im|in\s+der|in\s+dem|auf|в|во|на|في|ب|در|"
    r"na|no|em|nella|nel|di|del|della|da|do)"
)
# "the Jobar district in", "the Yarmouk Palestinian refugee camp in": the first place's own noun.
HEAD = (
    r"(?:(?:\s+[\w'’-]+){0,2}?\s+(?:camp|camps|district|quarter|neighbou?rhood|suburb|village|"
    r"town|area|hills?|mountains?|valley|plain|crossing|base|airport|dam|prison|hospital|"
    r"bairro|quartier|barrio|Viertel|Lager|camp|quartiere)\b)?"
)
# Verbs that say where a place lies: "Deir Ali situa-se perto da localidade de Kisweh",
# "La ville, située à une quarantaine de kilomètres au nord d'Alep", "التريمسة تقع … شمال".
STATE_VERBS = (
    r"lies|lie|is\s+located|are\s+located|is\s+situated|"
    r"se\s+(?:trouve|trouvent|situe|situent)|est\s+situ[ée]e?|situ[ée]e?s?|"
    r"se\s+(?:encuentra|encuentran|ubica|sitúa)|ubicad[oa]s?|está\s+situad[oa]|"
    r"fica|ficam|situa-se|localizad[oa]s?|si\s+trova|si\s+trovano|"
    r"liegt|liegen|gelegen|befindet\s+sich|находится|находятся|расположен\w*"
)
# A bare English participle also says where a place is, but not as a standing fact: "three
# vessels located 13 km off the coast" is news.
LOCATION_VERBS = STATE_VERBS + r"|located|situated"
# Where a place lies, as a standing fact: the verb, then a distance or a word of place
# ("fica à beira da", "situada a unos 100 kilómetros", "se encuentra frente a", "liegt nördlich").
LOCATION_STATE = (
    r"\b(?:" + STATE_VERBS + r"|situad[oa]|situata|situato)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d|"
    r"(?:in|on|near|at|between|next|outside|close|along|astride|à|au|aux|près|sur|dans|en|a|al|"
    r"na|no|nel|nella|perto|junto|frente|face|beira|bord|borde|orillas|margem|pied|pie|pé|"
    r"im|am|an|bei|nahe|unweit|zwischen|entre|tra|fra|cerca|vicino|в|на|у|около|близ|"
    r"недалеко|неподал[её]ку|между|north\w*|south\w*|east\w*|west\w*|nord\w*|sud\w*|"
    r"süd\w*|nördlich|südlich|östlich|westlich|к)\b)"
)
LIES = r"(?:(?:" + LOCATION_VERBS + r"|تقع|يقع)\s+)?"
PLACE_NOUN = (
    r"(?:(?:localidade|cidade|aldeia|vila|ville|village|localité|ciudad|pueblo|localidad|"
    r"Stadt|Dorf|Kleinstadt|città|paese|villaggio|города|город|села|деревни|посёлка|"
    r"مدينة|بلدة|قرية|منطقة|محافظتي|مدينتي|شهر|روستای|شهرستان|"
    r"province|provincia|província|Provinz|governorate|governatorato|région|region|regione|"
    r"região|district|distrito|провинции|области|محافظة|استان|"
    # the Russian prepositional ("в городе Идлиб"), areas ("nella zona di Derik", "قضاء المنية")
    r"городе|селе|деревне|пос[её]лке|районе|регионе|"
    r"area|zona|zone|área|Gegend|Gebiet|قضاء|ناحية|منطقه|"
    # a mountain range: "de la chaîne montagneuse du Qalamoun"
    r"chaîne|massif|cordillera|sierra|cadeia|catena|Gebirge|хребта|سلسلة\s+جبال)"
    # an adjective may follow the noun: "la localidad turca de"
    r"(?:(?:\s+[^\W\d_]+)?\s+(?:de|d['’]|du|del|di|von|of|do|da)\s*|\s+))?"
)
# "Maaloula, dans le désert au nord de Damas": the landscape before the direction.
LANDSCAPE = (
    r"(?:(?:in|dans|nel|nelle|nei|negli|en|im|in\s+der|in\s+den|no|na|nos|nas|nella|в)\s+"
    r"(?:the\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+|il\s+|o\s+|a\s+)?(?:desert|désert|deserto|desierto|Wüste|mountains|montagnes|"
    r"montagne|montañas|montanhas|Bergen|hills|collines|colinas|colline|plain|plaine|pianura|"
    r"llanura|planície|Ebene|valley|vallée|valle|vale|Tal|countryside|campagne|campo|campagna|"
    r"пустыне|горах|долине)\s+)?"
)

# Turkish names of districts after a genitive, one or a list: "Nusaybin", "Yayladağı ve
# Reyhanlı", "Akçakale, Suruç ve Ceylanpınar" (each of one or two capitalised words).
_TR_NAME = r"[A-ZÇĞİÖŞÜ][\w-]*(?:\s+[A-ZÇĞİÖŞÜ][\w-]*)?"
TR_NAMES = _TR_NAME + r"(?:(?:\s*,\s*|\s+ve\s+|\s+ile\s+)" + _TR_NAME + r"){0,4}"

# What joins the items of a list: a comma, "and", "or" (", and", "و", "ve", "или").
LIST_GAP = re.compile(
    r"\s*(?:,|،)?\s*(?:(?:and|or|und|oder|et|ou|y|o|e|и|или|ve|veya)\s+|و)?\Z", re.I
)


def joins_a_list(gap: str) -> bool:
    """Whether the text between two names is a comma or a conjunction, and not nothing."""
    return bool(gap.strip() and LIST_GAP.match(gap))
