"""Places that only say where another place is: "Azaz, north of Aleppo", "in Latakia province".

A locator gets no event of its own (no date, role `locator`). Three shapes are read:

* a link between two named places: proximity or direction ("near", "outside", "on the outskirts
  of", "north of", "près de", "к северу от", "بالقرب من") makes the second a locator; containment
  ("in", "of", "en la provincia de", "в провинции") only when the second is the wider place;
* an apposition that describes the first place ("Douma, the last rebel-held town in the eastern
  Ghouta near Damascus"): the chain continues through every place it names;
* the ends of a stretch: "lies between Homs and Palmyra", "the road linking Aleppo to Hama".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.geodesy import distance_m
from reportmap.kinds import ADMIN, FACILITY, POPULATED, PROVINCE

if TYPE_CHECKING:
    from reportmap.resolve import Resolved

_MAX_GAP = 60  # characters between two places for one to locate the other
_NEAR_M = 60_000.0  # a contained place lies within this distance of its container

_DIRECTION = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
)
_ARTICLE = r"(?:(?:the|la|le|les|el|los|las|der|die|dem|des|l['’])\s*)?"
_ADJ = (
    r"(?:[\w-]+['’]s\s+)?"
    r"(?:(?:[\w-]+['’]s\s+)?(?:coastal|northern|southern|eastern|western|central|rural|"
    r"northwestern|northeastern|southwestern|southeastern|north-western|north-eastern|"
    r"south-western|south-eastern|restive|neighbouring|neighboring|nearby|"
    r"syrian|turkish|iraqi|lebanese|jordanian|"
    # German adjectives stand before the noun: "in der syrischen Provinz" (Romance ones follow
    # it, "la provincia siria de", and are read after the noun)
    r"syrischen|syrische|türkischen|türkische|irakischen|libanesischen|"
    # any German adjective before one of its place nouns: "der umkämpften Stadt"
    r"[a-zäöüß]{3,}(?:en|e)(?=\s+(?:Stadt|Kleinstadt|Provinz|Dorf|Region)\b))\s+)*"
)
# Proximity and direction: the second place locates the first whatever their sizes.
# "about 40 km", "à une cinquantaine de kilomètres", "rund 30 Kilometer": a distance first.
_DISTANCE = (
    r"(?:(?:just|some|about|around|roughly|approximately|nearly|à|a|à\s+environ|environ|rund|"
    r"etwa|circa|unos|unas|cerca\s+de|a\s+cerca\s+de|около|примерно|в)\s+)?(?:une?\s+)?"
    r"(?:\d+(?:[.,]\d+)?|[a-zé]+aine|[a-z]+)\s*(?:de\s+)?(?:km|kilom[eè]tres?|kilometers?|"
    r"kilometres?|Kilometern?|kil[oó]metros?|chilometri|quil[oô]metros|километр\w*|miles?)"
    r"(?:\s*\([^()]{1,25}\))?(?:\s+(?:plus\s+)?(?:to\s+the\s+)?)?\s*"
)
# Arabic directions, also compound ("جنوب غربي") and after a distance ("على بعد 30 كيلومتراً شمال").
# The four Arabic directions ("شمال", "جنوب", "شرق", "غرب"), before their adjective ending.
AR_DIRECTION_WORD = r"(?:شمال|جنوب|شرق|غرب)"
_AR_DIRECTION = (
    r"(?:در\s+)?"  # Persian "in": "در جنوب دمشق"
    r"(?:على\s+بعد\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?\S+\s+(?:كيلومتر\S*|كلم|كم)\s+)?"
    + AR_DIRECTION_WORD + r"(?:ي|ا)?(?:\s+(?:شرق|غرب)(?:ي|ا)?)?"
)
_RELATIVE = (
    # "about 20 kilometres from Qardaha", "à 30 km de Homs": a distance alone
    r"(?:" + _DISTANCE + r"(?:away\s+)?(?:from|de|d['’]|von|от|da|dal|dalla)(?=\s|['’])|"
    r"(?:just\s+|some\s+|about\s+|not\s+far\s+|a\s+few\s+(?:kilometres|kilometers|miles)\s+|"
    + _DISTANCE + r")?"
    r"(?:near(?:by)?|outside(?:\s+of)?|close\s+to|next\s+to|"
    r"on\s+the\s+(?:" + _DIRECTION + r"\s+)?(?:outskirts|edge|edges|fringes)\s+of|"
    r"on\s+the\s+road\s+to|on\s+the\s+(?:[\w-]+\s+)?(?:side|slopes?|foot|banks?|shores?)\s+of|"
    r"au\s+pied\s+d[e'’]|sur\s+les\s+(?:pentes|flancs)\s+d[eu'’]|en\s+banlieue\s+d[e'’]|"
    r"am\s+Fuße?\s+(?:des|der)|a\s+orillas\s+del?|en\s+las\s+laderas\s+del?|"
    r"en\s+la\s+carretera\s+(?:hacia|a|de)|sur\s+la\s+route\s+d[e'’]|"
    r"auf\s+der\s+Straße\s+nach|sulla\s+strada\s+per|na\s+estrada\s+para|на\s+трассе|"
    r"на\s+(?:северо-|юго-)?(?:севере|юге|востоке|западе)|"
    r"in\s+the\s+(?:outskirts|countryside|suburbs|vicinity|" + _DIRECTION + r")\s+of|"
    r"(?:to\s+the\s+)?" + _DIRECTION + r"\s+of|"
    r"près\s+d[e'’]|à\s+proximité\s+d[e'’]|aux\s+abords\s+d[e'’]|non\s+loin\s+d[e'’]|"
    r"(?:au|à\s+l['’]|du|dans\s+le)\s*(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+d[e'’]|"
    r"opposite|across\s+(?:the\s+border\s+)?from|facing|en\s+face\s+d[e'’]|frente\s+a|"
    r"gegenüber(?:\s+von)?|напротив|مقابل|"
    r"perto\s+d[aoe]s?|nos\s+arredores\s+d[aoe]s?|junto\s+al?|accanto\s+a|à\s+côté\s+d[e'’]|"
    r"im\s+(?:Nord|Süd|Ost|West)(?:en|osten|westen)(?:\s+von)?|"
    r"nell?['’]?\s*(?:nord|sud|est|ovest)(?:-?(?:est|ovest))?\s+di|"
    r"на\s+склонах|у\s+подножия|на\s+окраин\w+|в\s+окрестностях|в\s+пригороде|возле|"
    r"perto\s+de|nos\s+arredores\s+de|"
    r"(?:ao|no)\s+(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)\s+de|"
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
    + _AR_DIRECTION + r"|"
    r"،\s*(?:\S+\s+){0,5}?" + _AR_DIRECTION +
    r"))"
)
# Containment: the second place locates the first only when it is the wider one.
_CONTAINED = (
    r"(?:in|of|at|inside|within|en|dans|à|au|de|im|in\s+der|in\s+dem|auf|в|во|на|في|ب|در|"
    r"na|no|em|nella|nel|di|del|della|da|do)"
)
# "the Jobar district in", "the Yarmouk Palestinian refugee camp in": the first place's own noun.
_HEAD = (
    r"(?:(?:\s+[\w'’-]+){0,2}?\s+(?:camp|camps|district|quarter|neighbou?rhood|suburb|village|"
    r"town|area|hills?|mountains?|valley|plain|crossing|base|airport|dam|prison|hospital|"
    r"bairro|quartier|barrio|Viertel|Lager|camp|quartiere)\b)?"
)
# Verbs that say where a place lies: "Deir Ali situa-se perto da localidade de Kisweh",
# "La ville, située à une quarantaine de kilomètres au nord d'Alep", "التريمسة تقع … شمال".
_STATE_VERBS = (
    r"lies|lie|is\s+located|are\s+located|is\s+situated|"
    r"se\s+(?:trouve|trouvent|situe|situent)|est\s+situ[ée]e?|situ[ée]e?s?|"
    r"se\s+(?:encuentra|encuentran|ubica|sitúa)|ubicad[oa]s?|está\s+situad[oa]|"
    r"fica|ficam|situa-se|localizad[oa]s?|si\s+trova|si\s+trovano|"
    r"liegt|liegen|gelegen|befindet\s+sich|находится|находятся|расположен\w*"
)
# A bare English participle also says where a place is, but not as a standing fact: "three
# vessels located 13 km off the coast" is news.
_LOCATION_VERBS = _STATE_VERBS + r"|located|situated"
# Where a place lies, as a standing fact: the verb, then a distance or a word of place
# ("fica à beira da", "situada a unos 100 kilómetros", "se encuentra frente a", "liegt nördlich").
LOCATION_STATE = (
    r"\b(?:" + _STATE_VERBS + r"|situad[oa]|situata|situato)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d|"
    r"(?:in|on|near|at|between|next|outside|close|along|astride|à|au|aux|près|sur|dans|en|a|al|"
    r"na|no|nel|nella|perto|junto|frente|face|beira|bord|borde|orillas|margem|pied|pie|pé|"
    r"im|am|an|bei|nahe|unweit|zwischen|entre|tra|fra|cerca|vicino|в|на|у|около|близ|"
    r"недалеко|неподал[её]ку|между|north\w*|south\w*|east\w*|west\w*|nord\w*|sud\w*|"
    r"süd\w*|nördlich|südlich|östlich|westlich|к)\b)"
)
_LIES = r"(?:(?:" + _LOCATION_VERBS + r"|تقع|يقع)\s+)?"
_PLACE_NOUN = (
    r"(?:(?:localidade|cidade|aldeia|vila|ville|village|localité|ciudad|pueblo|localidad|"
    r"Stadt|Dorf|Kleinstadt|città|paese|villaggio|города|город|села|деревни|посёлка|"
    r"مدينة|بلدة|قرية|منطقة|محافظتي|مدينتي|شهر|روستای|شهرستان|"
    r"province|provincia|província|Provinz|governorate|governatorato|région|region|regione|"
    r"região|district|distrito|провинции|области|محافظة|استان|"
    # a mountain range: "de la chaîne montagneuse du Qalamoun"
    r"chaîne|massif|cordillera|sierra|cadeia|catena|Gebirge|хребта|سلسلة\s+جبال)"
    # an adjective may follow the noun: "la localidad turca de"
    r"(?:(?:\s+[^\W\d_]+)?\s+(?:de|d['’]|du|del|di|von|of|do|da)\s*|\s+))?"
)
# "Maaloula, dans le désert au nord de Damas": the landscape before the direction.
_LANDSCAPE = (
    r"(?:(?:in|dans|nel|nelle|nei|negli|en|im|in\s+der|in\s+den|no|na|nos|nas|nella|в)\s+"
    r"(?:the\s+|le\s+|la\s+|les\s+|el\s+|los\s+|las\s+|il\s+|o\s+|a\s+)?(?:desert|désert|deserto|desierto|Wüste|mountains|montagnes|"
    r"montagne|montañas|montanhas|Bergen|hills|collines|colinas|colline|plain|plaine|pianura|"
    r"llanura|planície|Ebene|valley|vallée|valle|vale|Tal|countryside|campagne|campo|campagna|"
    r"пустыне|горах|долине)\s+)?"
)
# "Südlich von Damaskus bombardiert die Luftwaffe … im Lager Jarmuk": a direction that opens
# the sentence locates the places named after it.
FRONTED_DIRECTION = re.compile(
    r"(?:^|[.!?\n]\s*)" + _RELATIVE + r"\s*" + _ARTICLE + _ADJ + _PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# Who holds the first place, between it and its locator: "مقر اللواء 52 التابع لقوات النظام قرب",
# "the base, held by Iranian militias, near".
_HELD_BY = (
    r"(?:\s+(?:التابع|التابعة)\s+ل\S+(?:\s+\S+){0,3}?"
    r"|,?\s+(?:held|controlled|run|operated|used)\s+by\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?)?"
)
RELATIVE_LINK = re.compile(
    r"^" + _HEAD + _HELD_BY + r"[\s,،(]*" + _LIES + _LANDSCAPE + _RELATIVE + r"\s*" + _ARTICLE
    + _ADJ + _PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# "T4, nella provincia di Homs", "Yabroud, in the province of Homs"
CONTAINED_LINK = re.compile(
    r"^" + _HEAD + r"[\s,(]*(?:" + _CONTAINED + r"\s*)?" + _ARTICLE + _ADJ + _PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# The noun of a place described in an apposition ("a town", "une petite ville", "Vorort").
_APPOSITION_NOUN = (
    r"(?:towns?|city|cities|villages?|districts?|quarters?|neighbou?rhoods?|suburbs?|area|"
    r"region|province|base|airport|port|crossing|camps?|valley|enclave|stronghold|bastion|"
    r"ville|localité|quartier|région|bourgade|bourg|pueblo|ciudad|barrio|localidad|aldeas?|"
    r"Stadt|Ort|Dorf|Dörfer|Viertel|Kleinstadt|Grenzstadt|cidade|vila|aldeia|bairro|região|"
    r"città|paese|villaggio|quartiere|regione|sobborgo|periferia|banlieue|faubourg|Vorort|"
    r"Vorstadt|suburbio|subúrbio|пригород|coast|costa|côte|Küste|"
    r"город|городок|село|деревня|посёлок|поселок|пункт|оплот|район|"
    # "Tallet Moussa, l'un des plus hauts sommets de la chaîne du Qalamoun"
    r"peaks?|summits?|hilltops?|sommets?|collines?|cimes?|picos?|cumbres?|colinas?|Gipfel|"
    r"vette|высот[аы]?|вершин[аы]?)"
)
_APPOSITION_ARTICLE = (
    r"(?:(?:the|a|an|its|la|le|el|une?|die|der|das|eine?|o|um|uma|il|lo|l['’]|una)\s+)?"
)


def _apposition(max_words: int) -> str:
    """", the last rebel-held town in the": a described place (up to `max_words` words before
    its noun), then the link to another."""
    return (
        # not a list going on: ", y en la localidad de Ezraa"
        r"\s*(?:,|\s[—–])\s+(?!(?:and|or|y|e|et|ou|und|oder|и|или|ve)\s)" + _APPOSITION_ARTICLE
        + rf"(?:[\w'’-]+\s+){{0,{max_words}}}?" + _APPOSITION_NOUN
        + r"\s+(?:[\w'’-]+\s+){0,4}?(?:(?:" + _CONTAINED + r"|" + _RELATIVE + r")\s+)"
        + _ARTICLE + _ADJ + _PLACE_NOUN + r"$"
    )


# "Douma, the last rebel-held town in the …": an apposition, then a link.
APPOSITION_LINK = re.compile(r"^" + _apposition(5), re.IGNORECASE)
BETWEEN_BEFORE = re.compile(
    r"(?:\b(?:lies|lie|lying|located|situated|sits|stands|halfway|midway|road|highway|"
    r"motorway|route|railway|pipeline|corridor|front\s*line|desert|border|"
    r"s['’]étend|situ[ée]e?s?|se\s+extiende|situad[oa]s?|localizad[oa]s?|liegt|gelegen|"
    r"расположен\w*|находится)\b[^.;\n]{0,30}?"
    r"\b(?:between|entre|zwischen|между)|(?:يمتد|تمتد|يقع|تقع|الواقع|الواقعة)\s[^.;\n]{0,30}?بين"
    r"(?:\s+(?:محافظتي|مدينتي|بلدتي|محافظات|مدن|بلدات))?|\b(?:road|highway|motorway|route|railway|pipeline|corridor)s?\s+"
    r"(?:linking|connecting|joining|from))\s+" + _ARTICLE + r"$",
    re.IGNORECASE,
)
BETWEEN_AND = re.compile(r"^\s*(?:(?:and|to|with|&|et|y|und|и)\s+|و\s*)" + _ARTICLE + r"$", re.I)
# "near Pazarcik in Kahramanmaras province": a name the gazetteer lacks, then its province.
_UPPER = r"[A-ZÀ-ÖØ-ÞА-ЯЁ]"
# A lower-case word before a capitalised one, unless it is a German article or a preposition
# fused with one: German capitalises nouns ("am Neujahrstag", "die Gebiete in der Provinz").
_LOWER_WORD = (
    r"\b(?!(?:am|an|die|das|den|dem|des|der|ein|eine|einen|einem|einer|eines|zum|zur|vom|beim|"
    r"im|ins|aller|alle|viele|mehrere|einige)\s)[a-zà-öø-ÿа-яё][\w'’]*\s+"
)
_NAME = r"(?:" + _UPPER + r"[\w'’-]+|(?:al|el|ad|ar|as|ash|at|az|an)-[\w'’-]+)"
UNKNOWN_NAME_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|outside|of|from|village|town|city|près|à|dans|de|d|cerca|en|bei|nahe|"
    r"im|Dorf|Stadt|village|localité|pueblo|около|под|у|в|села|деревни)\s+|\b[dl]['’]|"
    + _LOWER_WORD + r")"
    r"(?:" + _NAME + r"\s+){0,2}" + _NAME + r"\s*,?\s+"
    r"(?:in|of|dans|de|en|du|im|in\s+der|в|во|na|no|em|nella|nel|di|del|della)\s+"
    + _ARTICLE + _ADJ
    + r"(?:(?:province|provincia|província|Provinz|провинции|governorate|governatorato|"
    r"région|region|district)\s+(?:[^\W\d_]+\s+)?(?:de\s+|d['’]|del\s+|di\s+|of\s+)?)?$"
)
# A name the gazetteer lacks, then a proximity link: "the Ain al-Shaab hills on the edge of
# Arsal", "Zamalka, near Damascus". Not at a sentence's start ("Fighting near Aleppo").
UNKNOWN_NAME_RELATIVE = re.compile(
    _LOWER_WORD + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})" + _HEAD
    + r"\s*,?\s+" + _LANDSCAPE + _RELATIVE + r"\s*" + _ARTICLE + _ADJ + _PLACE_NOUN + r"$"
)
# "Nabi Osmane, un village chiite de la Bekaa": an unknown name, described, in the place.
UNKNOWN_NAME_APPOSITION = re.compile(
    _LOWER_WORD + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})"
    + _apposition(2)
)
# An unnamed place, then a proximity link: "the farming hamlet west of Hama", "deux localités
# chiites au nord d'Alep", "ein Dorf nahe Idlib".
UNNAMED_PLACE_RELATIVE = re.compile(
    r"\b(?:hamlets?|villages?|towns?|localit(?:y|ies)|localités?|localidad(?:es)?|pueblos?|"
    r"aldeas?|Dorf|Dörfer|Ortschaft(?:en)?|villaggio|villaggi|aldeias?|povoados?|bourgades?|"
    r"деревн\w+|сел[оа]|посёл\w+)"
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+" + _RELATIVE + r"\s*" + _ARTICLE + _ADJ + _PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# Capitalised words that are times, not places: "on Monday near the town".
_TIME_WORDS = re.compile(
    # German nouns of time and German abstract nouns ("in den vergangenen Wochen Befestigungen
    # bei Tall Abjad"): not names the gazetteer lacks
    r"\b(?:Wochen?|Tagen?|Monaten?|Jahren?|Stunden?|Nacht|Wochenende)\b|\w(?:ungen|ung|heiten|"
    r"keiten|schaften)\b|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Ramadan|Eid"
)
# "the Qadam district in southern Damascus": a part the gazetteer lacks, in the city it names.
_PART = (
    r"(?:district|quarter|neighbou?rhood|suburb|camp|refugee\s+camp|quartier|barrio|bairro|"
    r"Viertel|quartiere)"
)
UNKNOWN_PART_CONTAINED = re.compile(
    _LOWER_WORD + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})"
    r"(?:\s+[\w'’-]+)?\s+(?i:" + _PART + r"\s*,?\s+" + _CONTAINED + r"\s+" + _ARTICLE + _ADJ
    + r")$"
)
# "في قرية الشعاب بريف السويداء": a village, then the countryside (ريف) of a province or city.
ARABIC_PLACE_BEFORE = re.compile(
    r"(?:قرية|بلدة|مدينة|مخيم|حي|منطقة|قريتي|بلدتي)\s+[^\s،.]+(?:\s+[^\s،.]+){0,2}\s*،?\s*"
    r"(?:(?:في|قرب|شمال|جنوب|شرق|غرب)(?:ي)?\s+)?(?:ريف\s+)?$"
)
ARABIC_DIRECTION_BEFORE = re.compile(r"(?:^|\s)(?:قرب|" + AR_DIRECTION_WORD + r")(?:ي)?\s+$")
ARABIC_COUNTRYSIDE = re.compile(r"^[وف]?(?:ب|في\s+)?ريف\s")
# Turkish postpositions after a name, then the place they locate: "El Bab'a bağlı Kabasin",
# "Reyhanlı'nın yaklaşık 10 kilometre güneydoğusundaki Cilvegözü", "Hatay'ın Reyhanlı ilçesinde".
# With no name after ("Halep'in kuzeyindeki kırsal alanlar") the unnamed place is an event there.
_TR_UPPER = r"[A-ZÇĞİÖŞÜ]"
# A capitalised word after "-deki" that is a people or a state, not a place: "Suriye'deki Türk
# askerleri" (the Turkish soldiers in Syria).
_TR_PLACE_AFTER = r"(?!Türk|Suriye|Irak|Kürt|Rus|ABD)" + _TR_UPPER
TURKISH_LOCATOR_AFTER = re.compile(
    # "Halep'e yaklaşık 30 kilometre mesafede", "Mare'nin hemen güneybatısında bulunuyor"
    r"^['’]?[a-zçğıöşü]{0,4}\s+(?:yaklaşık\s+)?\d+\s+(?:kilometre|km)\s+(?:uzaklıkta|mesafede)"
    r"|^['’]?n?[ıiuü]n\s+(?:hemen\s+|yaklaşık\s+)?(?:güney|kuzey|doğu|batı)\w*\s+"
    r"(?:bulunuyor|bulunmaktadır|yer\s+alıyor|yer\s+almaktadır)"
    r"|^(?:['’]?(?:[a-zçğıöşü]{1,4})?\s+(?:bağlı|yakın\w*|civarında\w*)"
    r"|['’]n?[ıiuü]n\s+(?:yaklaşık\s+)?(?:\d+\s+(?:kilometre|km)\s+)?"
    r"(?:güney|kuzey|doğu|batı|yakın|kırsal|karşı)\w*)"
    r"\s+(?:[a-zçğıöşü]+\s+)?" + _TR_UPPER
    + r"|^['’]n?[ıiuü]n\s+" + _TR_UPPER + r"[\w-]*(?:\s+" + _TR_UPPER + r"[\w-]*)?\s+"
    r"(?:ilçe|köy|belde|kasaba|mahalle)\w*"
    # "Suruç ilçesindeki Mürşitpınar sınır kapısı": the district of a named place in it
    r"|^\s+(?:ilçe|il|kent|köy|belde|bölge)(?:s[iı])?(?:n)?(?:deki|daki|ndeki|ndaki)\s+"
    + _TR_PLACE_AFTER
    # "İstanbul Beyoğlu'ndaki İstiklal Caddesi": a city, then its district with "-daki"
    + r"|^\s+" + _TR_UPPER + r"[\wçğıöşü]+['’](?:n)?(?:deki|daki|teki|taki)\b"
    # "Kilis'teki Öncüpınar kampı", "Malatya'daki Erhaç Hava Üssü": the named place in it
    + r"|^['’](?:n)?(?:deki|daki|teki|taki)\s+" + _TR_PLACE_AFTER
)


# A sentence that says where a place lies: every place named after the verb only locates it
# ("The airport lies outside the town of Tabqa, close to Lake Assad").
LOCATION_VERB = re.compile(
    r"\b(?:" + _LOCATION_VERBS + r")\b|(?:^|\s)(?:تقع|يقع|الواقعة|الواقع)\s", re.IGNORECASE
)
# Turkish says it before the place it describes: "Halep'in kuzeyinde … yer alan Dabık".
TURKISH_LOCATION_AFTER = re.compile(r"^[^.;!?\n]{0,80}?\byer\s+alan\b")
# Where the scope of a location verb ends: the sentence, or a new clause ("…, and of the",
# "…, von dem aus", "…, where").
_CLAUSE_END = re.compile(
    r"[.!?؟;\n](?=\s|$)|,\s+(?:and|but|while|where|which|et|mais|où|y|pero|donde|und|aber|wo|"
    r"von\s+dem|e|ma|dove|и|а|но|где|откуда|ve|ama)\b|،\s*و",
    re.IGNORECASE,
)
# An unnamed place that lies somewhere is an event there: "launched from an area north of
# Shebaa", "من منطقة تقع شمال بلدة شبعا".
_UNNAMED_SUBJECT = re.compile(
    r"(?:\b(?:from|in|at|on|de|du|dans|desde|en|aus|von|im|из|в|на|da|di|em|no|na)\s+"
    r"(?:an?|une?|una?|um|uma|ein\w*|some|several)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|(?:^|\s)(?:من|في)\s+[^\s،]+)\s*$",
    re.IGNORECASE,
)


def _after_location_verb(body: str, m: Resolved) -> bool:
    """Whether a location verb earlier in the clause makes this place say where another is."""
    lo = max(0, m.start - 160)
    ends = list(_CLAUSE_END.finditer(body, lo, m.start))
    lo = ends[-1].end() if ends else lo
    verb = LOCATION_VERB.search(body, lo, m.start)
    if verb and not _UNNAMED_SUBJECT.search(body, lo, verb.start()):
        return True
    return bool(TURKISH_LOCATION_AFTER.match(body[m.end : m.end + 90]))


def _rank(kind: str) -> int:
    """How wide a kind of place is: a province holds cities, a city holds facilities."""
    if kind in ADMIN:
        return 3
    if kind in ("city", "capital"):
        return 2
    if kind in POPULATED:
        return 1
    return 0


def _wider(outer, inner) -> bool:
    """Whether `outer` plausibly contains `inner` (a province its town, a city its airport)."""
    if outer.site_id == inner.site_id:
        return False
    if _rank(outer.kind) == 3:
        return _rank(inner.kind) < 3 or outer.population > inner.population
    if _rank(outer.kind) == 0:
        return False
    if distance_m(inner.lat, inner.lon, outer.lat, outer.lon) > _NEAR_M:
        return False
    if inner.kind in FACILITY or _rank(inner.kind) < _rank(outer.kind):
        return True
    return outer.population > 5 * max(inner.population, 1)


def _links(body: str, prev: Resolved, m: Resolved) -> bool:
    """Whether the text between two places makes the second one locate the first."""
    between = body[prev.end : m.start]
    if len(between) > _MAX_GAP or "\n" in between or prev.site.site_id == m.site.site_id:
        return False
    if RELATIVE_LINK.match(between) and _rank(m.site.kind) > 0:
        # "провинций Латакия, Хама и Алеппо, на севере провинции Хомс": provinces in a list
        return not {prev.site.kind, m.site.kind} <= PROVINCE
    if (CONTAINED_LINK.match(between) or APPOSITION_LINK.match(between)) and _wider(
        m.site, prev.site
    ):
        return True
    return bool(APPOSITION_LINK.match(between)) and _rank(m.site.kind) > 0 and (
        prev.site.kind in POPULATED or prev.site.kind in FACILITY
    )


def _stretch_ends(body: str, mentions: list[Resolved]) -> set[int]:
    """Indexes of places that bound a stretch: "between Homs and Palmyra", "linking A to B"."""
    ends: set[int] = set()
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = body[a.end : b.start]
        joined = BETWEEN_AND.match(between) or (not between.strip() and b.text.startswith("و"))
        if joined and BETWEEN_BEFORE.search(body[max(0, a.start - 60) : a.start]):
            ends.update((i, i + 1))
    return ends


# Where a place lies from another, not only near it: "rises in Turkey north of Gaziantep",
# "frente a la localidad turca de Reyhanli".
_BEARING_WORD = re.compile(
    r"north|south|east|west|nord|sud|est\b|ouest|norte|sur\b|este\b|oeste|frente|opposite|"
    r"nördlich|südlich|östlich|westlich|север|юг|восток|запад|напротив|شمال|جنوب|شرق|غرب|مقابل",
    re.IGNORECASE,
)


def _country_near(unknown: re.Match, offset: int, countries: frozenset[int]) -> bool:
    """'crashed in Syria near Homs': the name before "near" is a country, not an unknown
    place that Homs locates."""
    return offset + unknown.start("name") in countries and not _BEARING_WORD.search(
        unknown.group(), unknown.end("name") - unknown.start()
    )


def _unknown_place_before(
    body: str, lo: int, m: Resolved, countries: frozenset[int] = frozenset()
) -> bool:
    """Whether a place the gazetteer lacks comes just before, linked to this one (a country,
    starting at one of `countries`, is known: "crashed in Syria near Homs")."""
    window = body[max(lo, m.start - 80) : m.start]
    if m.site.kind in ADMIN and UNKNOWN_NAME_BEFORE.search(window):
        return True  # "near Pazarcik in Kahramanmaras province"
    before = window.rsplit("\n", 1)[-1]
    if UNNAMED_PLACE_RELATIVE.search(before):
        return True
    for pattern in (UNKNOWN_NAME_RELATIVE, UNKNOWN_NAME_APPOSITION):
        unknown = pattern.search(before)
        name = unknown.group("name") if unknown else ""
        if (
            unknown and not _country_near(unknown, m.start - len(before), countries)
            and not _TIME_WORDS.search(name) and not any(c.isdigit() for c in name)
            and not name.isupper()  # "ТЭС в районе Дейр-Али": a plant, an army, not a place
        ):
            return True  # not "сбил Су-22 под Раккой": an aircraft, not a place
    if _rank(m.site.kind) >= 2 and UNKNOWN_PART_CONTAINED.search(before):
        return True
    arabic = ARABIC_PLACE_BEFORE.search(before)
    return bool(arabic) and (
        bool(ARABIC_COUNTRYSIDE.match(m.text)) or before.rstrip().endswith("ريف")
        or m.site.kind in ADMIN
        # "حي القزاز جنوب العاصمة": a direction from the wider place
        or (m.site.kind in POPULATED and bool(ARABIC_DIRECTION_BEFORE.search(before)))
    )


def _fronted_direction(body: str, m: Resolved, following: Resolved) -> bool:
    """A direction opening the sentence before the place, and another place after it in the
    same sentence."""
    if any(c in body[m.end : following.start] for c in ".!?\n"):
        return False
    return bool(FRONTED_DIRECTION.search(body, max(0, m.start - 80), m.start))


def mark_locators(
    body: str, mentions: list[Resolved], countries: frozenset[int] = frozenset()
) -> list[Resolved]:
    """Give the role `locator` to every place that only says where another place is
    (`countries`: where the report names a country)."""
    ends = _stretch_ends(body, mentions)
    out: list[Resolved] = []
    for i, m in enumerate(mentions):
        locating = i in ends
        if not locating and i > 0:
            locating = _links(body, mentions[i - 1], m)
        if not locating and _rank(m.site.kind) > 0:
            locating = _unknown_place_before(
                body, mentions[i - 1].end if i > 0 else 0, m, countries
            )
        if not locating and m.site.kind not in FACILITY:
            locating = bool(TURKISH_LOCATOR_AFTER.match(body[m.end : m.end + 40]))
        if not locating and m.role != "background":
            locating = _after_location_verb(body, m)
        if not locating and i + 1 < len(mentions):
            locating = _fronted_direction(body, m, mentions[i + 1])
        if not locating and i > 0 and ARABIC_COUNTRYSIDE.match(m.text):
            # "سجن صيدنايا العسكري بريف دمشق": the countryside of a city after a named place
            between = body[mentions[i - 1].end : m.start]
            # but not "في حمص وإدلب وريف دمشق", a list going on
            locating = (
                len(between) <= 30
                and not any(c in between for c in ".؟!\n")
                and not between.endswith("و")
            )
        out.append(replace(m, role="locator") if locating else m)
    return out
