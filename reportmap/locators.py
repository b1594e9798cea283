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
from reportmap.locator_words import (
    ADJ,
    AR_DIRECTION_WORD,
    ARTICLE,
    CONTAINED,
    HEAD,
    LANDSCAPE,
    LIES,
    LOCATION_VERBS,
    PLACE_NOUN,
    RELATIVE,
    TR_NAMES,
    joins_a_list,
)

if TYPE_CHECKING:
    from reportmap.resolve import Resolved

_MAX_GAP = 60  # characters between two places for one to locate the other
_NEAR_M = 60_000.0  # a contained place lies within this distance of its container

# "Südlich von Damaskus bombardiert die Luftwaffe … im Lager Jarmuk": a direction that opens
# the sentence locates the places named after it.
FRONTED_DIRECTION = re.compile(
    r"(?:^|[.!?\n]\s*)" + RELATIVE + r"\s*" + ARTICLE + ADJ + PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# Who holds the first place, between it and its locator: "مقر اللواء 52 التابع لقوات النظام قرب",
# "the base, held by Iranian militias, near".
_HELD_BY = (
    r"(?:\s+(?:التابع|التابعة)\s+ل\S+(?:\s+\S+){0,3}?"
    r"|,?\s+(?:held|controlled|run|operated|used)\s+by\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?)?"
)
RELATIVE_LINK = re.compile(
    r"^" + HEAD + _HELD_BY + r"[\s,،(]*" + LIES + LANDSCAPE + RELATIVE + r"\s*" + ARTICLE
    + ADJ + PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# "T4, nella provincia di Homs", "Yabroud, in the province of Homs"
CONTAINED_LINK = re.compile(
    r"^" + HEAD + r"[\s,(]*(?P<link>" + CONTAINED + r"\s*)?" + ARTICLE + ADJ + PLACE_NOUN + r"$",
    re.IGNORECASE,
)
# The noun of a place described in an apposition ("a town", "une petite ville", "Vorort").
_APPOSITION_NOUN = (
    r"(?:towns?|city|cities|villages?|districts?|quarters?|neighbou?rhoods?|suburbs?|area|"
    r"region|province|base|airport|port|crossing|camps?|valley|enclave|stronghold|bastion|"
    r"ville|localité|quartier|région|bourgade|bourg|pueblo|ciudad|barrio|localidad|aldeas?|"
    r"Stadt|Ort|Dorf|Dörfer|Viertel|Kleinstadt|Grenzstadt|cidade|vila|aldeia|bairro|região|"
    r"localidade|povoação|povoado|vilarejo|località|borgo|cittadina|"
    r"città|paese|villaggio|quartiere|regione|sobborgo|periferia|banlieue|faubourg|Vorort|"
    r"Vorstadt|suburbio|subúrbio|пригород|coast|costa|côte|Küste|"
    # "Ramadi, the capital of Anbar province", "al-Omar, an oil field in Deir ez-Zor province"
    r"capital|capitale|Hauptstadt|столиц[аеыу]|fields?|champs?\s+pétrolier|campo\s+petrol\w+|"
    r"Ölfeld|месторождени[ея]|"
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
        + r"\s+(?:[\w'’-]+\s+){0,4}?(?:(?:" + CONTAINED + r"|" + RELATIVE + r")\s+)"
        + ARTICLE + ADJ + PLACE_NOUN + r"$"
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
    r"(?:linking|connecting|joining|from))\s+" + ARTICLE + r"$",
    re.IGNORECASE,
)
BETWEEN_AND = re.compile(r"^\s*(?:(?:and|to|with|&|et|y|und|и)\s+|و\s*)" + ARTICLE + r"$", re.I)
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
    + ARTICLE + ADJ
    + r"(?:(?:province|provincia|província|Provinz|провинции|governorate|governatorato|"
    r"région|region|district)\s+(?:[^\W\d_]+\s+)?(?:de\s+|d['’]|del\s+|di\s+|of\s+)?)?$"
)
# A name the gazetteer lacks, then a proximity link: "the Ain al-Shaab hills on the edge of
# Arsal", "Zamalka, near Damascus". Not at a sentence's start ("Fighting near Aleppo").
UNKNOWN_NAME_RELATIVE = re.compile(
    _LOWER_WORD + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})" + HEAD
    + r"\s*,?\s+" + LANDSCAPE + RELATIVE + r"\s*" + ARTICLE + ADJ + PLACE_NOUN + r"$"
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
    r"(?:\s+[\w'’-]+){0,3}?\s*,?\s+" + RELATIVE + r"\s*" + ARTICLE + ADJ + PLACE_NOUN + r"$",
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
# Who lives in a quarter, not its name: "Kurdish", "Christian", "Alawite", "Druze".
_PEOPLE_ADJECTIVE = re.compile(
    r"(?:ish|ian|ite|ese|men|Druze|Sunni|Shia|Shiite|Arab|Jewish)$", re.IGNORECASE
)
UNKNOWN_PART_CONTAINED = re.compile(
    _LOWER_WORD + r"(?P<name>" + _NAME + r"(?:\s+" + _NAME + r"){0,3})"
    r"(?:\s+[\w'’-]+)?\s+(?i:" + _PART + r"\s*,?\s+" + CONTAINED + r"\s+" + ARTICLE + ADJ
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
    + r"|^['’]n?[ıiuü]n\s+" + TR_NAMES + r"\s+(?:ilçe|köy|belde|kasaba|mahalle)\w*"
    # the name's noun takes the genitive: "Cilvegözü sınır kapısının karşısındaki Bab el-Hava"
    + r"|^\s+(?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]+n[ıiuü]n\s+(?:güney|kuzey|doğu|batı|yakın|karşı)\w*"
    r"\s+[A-ZÇĞİÖŞÜ]"
    # "Suruç ilçesindeki Mürşitpınar sınır kapısı": the district of a named place in it
    r"|^\s+(?:ilçe|il|kent|köy|belde|bölge)(?:s[iı])?(?:n)?(?:deki|daki|ndeki|ndaki)\s+"
    + _TR_PLACE_AFTER
    # "İstanbul Beyoğlu'ndaki İstiklal Caddesi": a city, then its district with "-daki"
    + r"|^\s+" + _TR_UPPER + r"[\wçğıöşü]+['’](?:n)?(?:deki|daki|teki|taki)\b"
    # "Kilis'teki Öncüpınar kampı", "Malatya'daki Erhaç Hava Üssü": the named place in it
    + r"|^['’](?:n)?(?:deki|daki|teki|taki)\s+" + _TR_PLACE_AFTER
)

# A province's name with its noun takes the genitive on the noun: "Lazkiye vilayetinin
# kuzeyindeki Bayırbucak" (in the north of Latakia province, Bayırbucak).
_GLUED_GENITIVE = re.compile(r"\s\w+?(n[ıiuü]n)$")


def _turkish_tail(body: str, m: Resolved) -> str:
    """The words after a name, led by the genitive ending a multi-word name has glued on."""
    glued = _GLUED_GENITIVE.search(m.text)
    return ("'" + glued.group(1) if glued else "") + body[m.end : m.end + 40]


# A sentence that says where a place lies: every place named after the verb only locates it
# ("The airport lies outside the town of Tabqa, close to Lake Assad").
LOCATION_VERB = re.compile(
    r"\b(?:" + LOCATION_VERBS + r")\b|(?:^|\s)(?:تقع|يقع|الواقعة|الواقع)\s", re.IGNORECASE
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


def _wider(outer, inner, stated: bool = False) -> bool:
    """Whether `outer` plausibly contains `inner` (a province its town, a city its airport;
    `stated`: the text says "in", so a village lies in a town's district)."""
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
    if stated and inner.kind == "village" and outer.kind != "village":
        return True  # "Bhanine, in the Minieh district": a village in a town's district
    return outer.population > 5 * max(inner.population, 1)


def _links(body: str, prev: Resolved, m: Resolved) -> bool:
    """Whether the text between two places makes the second one locate the first."""
    between = body[prev.end : m.start]
    if len(between) > _MAX_GAP or "\n" in between or prev.site.site_id == m.site.site_id:
        return False
    if RELATIVE_LINK.match(between) and (_rank(m.site.kind) > 0 or (
        # "the village of Aqraba, near the Sayyida Zeinab shrine": a landmark locates a town
        m.site.kind in FACILITY and prev.site.kind in POPULATED
    )):
        # "провинций Латакия, Хама и Алеппо, на севере провинции Хомс": provinces in a list
        return not {prev.site.kind, m.site.kind} <= PROVINCE
    contained = CONTAINED_LINK.match(between)
    if (contained or APPOSITION_LINK.match(between)) and _wider(
        m.site, prev.site, stated=bool(contained and contained.group("link"))
    ):
        return True
    return bool(APPOSITION_LINK.match(between)) and _rank(m.site.kind) > 0 and (
        prev.site.kind in POPULATED or prev.site.kind in FACILITY
    )


def _joins(body: str, a: Resolved, b: Resolved) -> bool:
    """Whether only a comma or a conjunction stands between two names."""
    return joins_a_list(body[a.end : b.start])


def _in_list(body: str, mentions: list[Resolved], i: int) -> bool:
    """Whether the name at `i`, after a comma, is one item of a list that goes on before or
    after it ("Kilis, Gaziantep, Şanlıurfa"), not the place that locates the one before."""
    if not _joins(body, mentions[i - 1], mentions[i]):
        return False
    before = i >= 2 and _joins(body, mentions[i - 2], mentions[i - 1])
    return before or (i + 1 < len(mentions) and _joins(body, mentions[i], mentions[i + 1]))


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
    part = UNKNOWN_PART_CONTAINED.search(before) if _rank(m.site.kind) >= 2 else None
    if part and not _PEOPLE_ADJECTIVE.search(part.group("name")):
        return True  # not "a mainly Kurdish neighbourhood of Hasakah": a part of the city
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
            locating = _links(body, mentions[i - 1], m) and not _in_list(body, mentions, i)
        if not locating and _rank(m.site.kind) > 0:
            locating = _unknown_place_before(
                body, mentions[i - 1].end if i > 0 else 0, m, countries
            )
        if not locating and m.site.kind not in FACILITY:
            locating = bool(TURKISH_LOCATOR_AFTER.match(_turkish_tail(body, m)))
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
