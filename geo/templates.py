"""Alias templates per kind: "Hmeimim" → "Hmeimim air base", "авиабаза Хмеймим", "قاعدة حميميم"."""

from __future__ import annotations

import re

from geo.fold import fold, script_of

_AIR_LATIN = [
    "{b} Air Base", "{b} air base", "{b} Airbase", "{b} airbase", "{b} air field", "{b} airfield",
    "{b} Airfield", "{b} airport", "{b} Airport", "{b} military airport", "{b} Military Airport",
    "{b} military airbase", "{b} Military Airbase", "{b} military air base", "{b} base",
    "{b} Air Force Base", "base aérienne de {b}", "base aérienne d'{b}",
    "aéroport militaire de {b}", "aéroport militaire d'{b}",
    "Luftwaffenstützpunkt {b}", "Militärflugplatz {b}", "Militärflughafen {b}", "Flugplatz {b}",
    "Stützpunkt {b}", "base aérea de {b}", "base aérea militar de {b}", "{b} Hava Üssü",
    "{b} hava üssü", "{b} askeri havaalanı", "{b} Askeri Havaalanı", "base aerea di {b}",
    # helicopter bases are filed as air bases: "the Marj al-Sultan helicopter base"
    "{b} helicopter base", "{b} Helicopter Base", "{b} heliport", "{b} Heliport",
    "{b} helicopter airfield", "base d'hélicoptères de {b}", "{b} helikopter üssü",
    # Turkish papers call an air base by its airfield: "Menağ Havaalanı", "Kuveyris Havaalanı"
    "{b} Havaalanı", "{b} havaalanı",
    # Spanish and Italian papers say "military airport" too: "el aeropuerto militar de Al Thaala"
    "aeropuerto militar de {b}", "aeroporto militare di {b}",
]
_AIR_CYRILLIC = [
    "авиабаза {b}", "авиабазы {b}", "авиабазе {b}", "авиабазу {b}", "авиабазой {b}", "база {b}",
    "базы {b}", "базе {b}", "базу {b}", "аэродром {b}", "аэродрома {b}", "аэродроме {b}",
    "вертолётная база {b}", "вертолетная база {b}", "вертолётной базы {b}",
    "вертолетной базы {b}",
]
_AIR_ARABIC = ["قاعدة {b}", "قاعدة {b} الجوية", "مطار {b}", "مطار {b} العسكري",
               "پایگاه هوایی {b}"]

_NAVAL_LATIN = [
    "{b} naval base", "{b} Naval Base", "{b} naval facility", "{b} naval facilities",
    "{b} Naval Facility", "{b} navy base", "{b} base", "naval base at {b}", "naval base in {b}",
    "naval base of {b}", "naval facility at {b}", "naval facility in {b}",
    "naval facilities at {b}", "naval facilities in {b}", "base at {b}", "base in {b}",
    "base navale de {b}", "base navale russe de {b}", "base navale d'{b}", "Marinestützpunkt {b}",
    "Flottenstützpunkt {b}", "base naval de {b}", "base naval rusa de {b}", "{b} deniz üssü",
    "{b} Deniz Üssü",
]
_NAVAL_CYRILLIC = [
    "военно-морская база {b}", "военно-морской базы {b}", "военно-морской базе {b}", "ВМБ {b}",
    "база в {b}", "базы в {b}", "базе в {b}", "базу в {b}", "пункт МТО в {b}", "ПМТО в {b}",
    "пункт материально-технического обеспечения в {b}",
]
_NAVAL_ARABIC = ["قاعدة {b} البحرية", "القاعدة البحرية في {b}", "القاعدة الروسية في {b}"]

_PORT_LATIN = [
    "port of {b}", "Port of {b}", "{b} port", "{b} Port", "{b} harbour", "{b} harbor",
    "{b} seaport", "port de {b}", "port d'{b}", "Hafen von {b}", "Hafen {b}", "puerto de {b}",
    "{b} Limanı", "{b} limanı", "porto di {b}", "porto de {b}",
]
_PORT_CYRILLIC = ["порт {b}", "порт в {b}", "порту {b}", "порта {b}"]
# Persian names a port "بندر" before the city's name: "بندر لاذقیه", "بندر جده" (a row gives the
# Persian spelling of its city as a base, "~لاذقیه")
_PORT_ARABIC = ["ميناء {b}", "مرفأ {b}", "بندر {b}"]

_AIRPORT_LATIN = [
    "{b} airport", "{b} Airport", "{b} International Airport", "{b} international airport",
    "aéroport de {b}", "aéroport d'{b}", "aéroport international de {b}", "Flughafen {b}",
    "Flughafen von {b}",
    "aeropuerto de {b}", "aeropuerto internacional de {b}", "{b} Havalimanı", "{b} havalimanı",
    "{b} Havaalanı", "{b} havaalanı", "aeroporto di {b}", "aeroporto internazionale di {b}",
    "aeroporto de {b}", "aeroporto internacional de {b}",
    # an airport named after a person stands in apposition: "aéroport Bassel el-Assad",
    # "aeropuerto Rafic Hariri", "aeroporto Ben Gurion"
    "aéroport {b}", "aeropuerto {b}", "aeroporto {b}",
]
_AIRPORT_CYRILLIC = ["аэропорт {b}", "аэропорта {b}", "аэропорту {b}", "аэропорте {b}"]
# Persian "فرودگاه بین‌المللی": the zero-width non-joiner is ignorable, a space is not
_AIRPORT_ARABIC = ["مطار {b}", "مطار {b} الدولي", "فرودگاه {b}", "فرودگاه بین\u200cالمللی {b}",
                   "فرودگاه بین المللی {b}"]

_BASE_LATIN = [
    "{b} base", "{b} garrison", "{b} military base", "{b} army base", "{b} Army Base",
    "{b} military camp", "base de {b}", "base d'{b}",
    "base militaire de {b}", "Stützpunkt {b}", "base militar de {b}", "{b} üssü", "{b} Üssü",
]
_BASE_CYRILLIC = ["база {b}", "базы {b}", "базе {b}", "базу {b}"]
# Persian names an army base "پادگان" (garrison, barracks) as often as "پایگاه": "پادگان التنف"
_BASE_ARABIC = ["قاعدة {b}", "پادگان {b}"]

_DAM_LATIN = [
    "{b} Dam", "{b} dam", "barrage de {b}", "barrage d'{b}", "Staudamm {b}", "{b} Staudamm",
    "presa de {b}", "represa de {b}", "{b} Barajı", "{b} barajı",
]
_DAM_CYRILLIC = ["плотина {b}", "плотины {b}", "плотине {b}", "ГЭС {b}"]
_DAM_ARABIC = ["سد {b}"]

_CROSSING_LATIN = [
    "{b} crossing", "{b} Crossing", "{b} border crossing", "{b} Border Crossing",
    "{b} border gate", "{b} border post", "{b} Border Post", "poste-frontière de {b}",
    "poste frontière de {b}", "Grenzübergang {b}",
    "paso fronterizo de {b}", "{b} Sınır Kapısı", "{b} sınır kapısı", "Übergang {b}",
    "Grenzübergangs {b}", "point de passage de {b}", "valico di {b}", "valico di frontiera di {b}",
    "valico frontaliero di {b}", "posto fronteiriço de {b}",
    # customs gates and the other languages' "border crossing" ("Pazarkule Gümrük Kapısı",
    # "cruce fronterizo de …", "passage frontalier de …")
    "{b} Border Gate", "{b} Gümrük Kapısı", "{b} gümrük kapısı", "passage frontalier de {b}",
    "cruce fronterizo de {b}", "passagem de fronteira de {b}", "passagem fronteiriça de {b}",
    # the crossings and checkpoints of Gaza and the West Bank ("Qalandia checkpoint",
    # "Kontrollpunkt Kalandia", "cruce de Rafah", "passagem de Rafah"; the Arabic "حاجز" is
    # no template, as Syrian reports name the army's checkpoints at every town by it)
    "{b} checkpoint", "{b} Checkpoint", "{b} military checkpoint", "{b} terminal",
    "{b} Terminal", "checkpoint de {b}", "point de contrôle de {b}", "Kontrollpunkt {b}",
    "Checkpoint {b}", "cruce de {b}", "paso de {b}", "puesto de control de {b}",
    "posto di blocco di {b}", "checkpoint di {b}", "passagem de {b}", "posto de controle de {b}",
    "{b} kontrol noktası", "{b} Kontrol Noktası",
]
_CROSSING_CYRILLIC = ["КПП {b}", "пункт пропуска {b}", "пункта пропуска {b}", "погранпереход {b}",
                      "блокпост {b}", "блокпоста {b}", "блокпосту {b}", "пограничный переход {b}",
                      "пограничного перехода {b}", "пограничном переходе {b}"]
# "منفذ" (port of entry) is the Iraqi and Jordanian word: "منفذ ربيعة", "منفذ القائم"
_CROSSING_ARABIC = ["معبر {b}", "منفذ {b}", "گذرگاه {b}", "گذرگاه مرزی {b}", "ایست بازرسی {b}"]

_GOV_LATIN = [
    "{b} Governorate", "{b} governorate", "{b} Province", "{b} province", "{b} countryside",
    "{b} Countryside", "rural {b}", "Governorate of {b}", "governorate of {b}", "province of {b}",
    "Province of {b}", "countryside of {b}", "gouvernorat de {b}", "gouvernorat d'{b}",
    "province de {b}", "province d'{b}", "région de {b}", "région d'{b}", "Gouvernement {b}",
    "Provinz {b}", "gobernación de {b}", "provincia de {b}", "{b} ili", "{b} vilayeti",
    "{b} Vilayeti", "{b} kırsalı",
    # the case endings of "kırsal" (countryside): "Şam kırsalındaki hedefler"
    "{b} kırsalında", "{b} kırsalındaki", "{b} kırsalına", "{b} kırsalından",
    # and of "vilayet" and "il" (province): "Lazkiye vilayetinin kuzeyindeki", "İdlib ilinde"
    "{b} vilayetinin", "{b} vilayetinde", "{b} vilayetindeki", "{b} vilayetine",
    "{b} vilayetinden", "{b} ilinin", "{b} ilinde", "{b} ilindeki", "{b} iline", "{b} ilinden",
    # the English plural closes a list: "the Idlib and Hama provinces", "Raqqa and Deir ez-Zor
    # governorates" (the last name is the governorate, not the city)
    "{b} provinces", "{b} Provinces", "{b} governorates", "{b} Governorates",
]
_GOV_CYRILLIC = [
    "провинция {b}", "провинции {b}", "провинцию {b}", "провинцией {b}", "мухафаза {b}",
    "мухафазы {b}", "мухафазе {b}", "мухафазой {b}",
]
# The Russian head nouns of a first-level division, any case, and their instrumental ("граничит
# с провинцией Идлиб"): the rows that write their phrasings out (neighbours' provinces, Iran's)
# get the instrumental from `russian_instrumental`.
_RU_DIVISION_HEADS = {"провинция": "провинцией", "провинции": "провинцией",
                      "провинцию": "провинцией", "мухафаза": "мухафазой",
                      "мухафазы": "мухафазой", "мухафазе": "мухафазой"}


def russian_instrumental(alias: str) -> str | None:
    """The instrumental of a Russian division phrase: "провинции Анбар" → "провинцией Анбар"."""
    head, _, rest = alias.partition(" ")
    form = _RU_DIVISION_HEADS.get(head)
    return f"{form} {rest}" if form and rest else None


_EN_DIVISION_PLURAL = re.compile(r"^(.+ )([Pp]rovince|[Gg]overnorate)$")


def english_plural(alias: str) -> str | None:
    """The plural that closes a list of divisions: "Salahuddin province" → "Salahuddin
    provinces" ("the Nineveh and Salahuddin provinces"); any other alias gives None."""
    match = _EN_DIVISION_PLURAL.match(alias)
    return f"{match.group(1)}{match.group(2)}s" if match else None


# Russian regions are an adjective and a noun ("Оренбургская область", "Краснодарский край",
# "Северная Осетия", "Синайский полуостров"), and both decline: "в Оренбургской области", "на
# Синайском полуострове". The matcher reads a case ending after the last word only, so the first
# word's case forms are written out: genitive, dative, accusative, instrumental, prepositional.
_RU_ADJECTIVE = re.compile(r"^([А-ЯЁ][а-яё]+?)(ая|яя|ий|ый|ой)$")
_RU_ADJ_CASES = {  # nominative ending -> the endings of the other cases
    "ая": ("ой", "ой", "ую", "ой", "ой"), "яя": ("ей", "ей", "юю", "ей", "ей"),
    "ий": ("ого", "ому", "ий", "им", "ом"), "ый": ("ого", "ому", "ый", "ым", "ом"),
    "ой": ("ого", "ому", "ой", "ым", "ом"),
}
_RU_VELAR_HUSHING = frozenset("гкхжшщч")
# The last letters of a noun -> (letters replaced, endings of the five cases); checked in order.
_RU_NOUN_CASES = (
    ("ия", "ия", ("ии", "ии", "ию", "ией", "ии")),
    ("ь", "ь", ("и", "и", "ь", "ью", "и")),  # "область": feminine
    ("й", "й", ("я", "ю", "й", "ем", "е")),  # "край"
    ("а", "а", ("ы", "е", "у", "ой", "е")),
    ("я", "я", ("и", "е", "ю", "ей", "е")),
)


def _ru_noun_forms(noun: str) -> tuple[str, ...] | None:
    if len(noun) > 2 and noun[-1] in "аяоеиуюэ" and noun[-2] in "аеиоуэюя" and not (
            noun.endswith("ия")):
        return (noun,) * 5  # a foreign name ending in two vowels stays: "Западной Бекаа"
    for tail, cut, endings in _RU_NOUN_CASES:
        if noun.endswith(tail):
            stem = noun[: len(noun) - len(cut)]
            forms = []
            for ending in endings:
                if ending == "ы" and stem[-1:] in _RU_VELAR_HUSHING:
                    ending = "и"
                forms.append(stem + ending)
            return tuple(forms)
    if noun[-1:].isalpha() and noun[-1] not in "аеёиоуыэюяь":  # "полуостров": masculine
        return (noun + "а", noun + "у", noun, noun + "ом", noun + "е")
    return None


def russian_phrase_cases(alias: str) -> list[str]:
    """The case forms of a Russian adjective + noun name: "Оренбургская область" →
    "Оренбургской области", "Оренбургскую область", "Оренбургской областью"; "Северная Осетия"
    → "Северной Осетии", …; any other alias gives none."""
    words = alias.split(" ")
    if len(words) != 2:
        return []
    adjective, noun = words
    match = _RU_ADJECTIVE.match(adjective)
    nouns = _ru_noun_forms(noun) if match else None
    if match is None or nouns is None:
        return []
    stem, nominative = match.groups()
    adjectives = []
    for ending in _RU_ADJ_CASES[nominative]:
        if ending == "ым" and stem[-1:] in _RU_VELAR_HUSHING:
            ending = "им"  # "Краснодарским"
        adjectives.append(stem + ending)
    out = dict.fromkeys(f"{a} {n}" for a, n in zip(adjectives, nouns, strict=True))
    out.pop(alias, None)
    return list(out)


# The dual "ريفي حماة" and the plural "أرياف حلب" name the governorate as "ريف حماة" does.
# "ريف إدلب الشمالي" (the northern countryside) needs no form of its own: the matcher takes
# "ريف إدلب" in it, and the locator rules read the direction after it. Written before the name
# ("الريف الجنوبي لإدلب"), the direction and the glued preposition make one name of the
# governorate: alone, "لإدلب" would be the city.
# Persian says "استان حلب" (province) and "حومه دمشق" (outskirts) for "ريف دمشق"
_GOV_ARABIC = ["محافظة {b}", "ريف {b}", "ريفي {b}", "أرياف {b}", "ارياف {b}", "استان {b}",
               "حومه {b}"]
ARABIC_DIRECTIONS = (
    "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الشمالي الشرقي", "الشمالي الغربي",
    "الجنوبي الشرقي", "الجنوبي الغربي",
)


def arabic_countryside(base: str, plain: bool = True, before: bool = True) -> list[str]:
    """The countryside of a place: "ريف حلب" (with `plain`) and, with `before`, its parts named
    by a direction written first, "الريف الشمالي لحلب" (the preposition glued: "للحسكة",
    "للاذقية")."""
    if base.startswith("ال"):
        rest = base[2:]
        glued = "لل" + (rest[1:] if rest.startswith("ل") else rest)  # "لليل" for "الليل"
    else:
        glued = "ل" + base
    out = [f"ريف {base}"] if plain else []
    if before:
        out += [f"الريف {direction} {glued}" for direction in ARABIC_DIRECTIONS]
    return out


TEMPLATES: dict[str, dict[str, list[str]]] = {
    "air_base": {"latin": _AIR_LATIN, "cyrillic": _AIR_CYRILLIC, "arabic": _AIR_ARABIC},
    "naval_base": {"latin": _NAVAL_LATIN, "cyrillic": _NAVAL_CYRILLIC, "arabic": _NAVAL_ARABIC},
    "port": {"latin": _PORT_LATIN, "cyrillic": _PORT_CYRILLIC, "arabic": _PORT_ARABIC},
    "airport": {"latin": _AIRPORT_LATIN, "cyrillic": _AIRPORT_CYRILLIC,
                "arabic": _AIRPORT_ARABIC},
    "military_base": {"latin": _BASE_LATIN, "cyrillic": _BASE_CYRILLIC, "arabic": _BASE_ARABIC},
    "dam": {"latin": _DAM_LATIN, "cyrillic": _DAM_CYRILLIC, "arabic": _DAM_ARABIC},
    "border_crossing": {"latin": _CROSSING_LATIN, "cyrillic": _CROSSING_CYRILLIC,
                        "arabic": _CROSSING_ARABIC},
    "governorate": {"latin": _GOV_LATIN, "cyrillic": _GOV_CYRILLIC, "arabic": _GOV_ARABIC},
}


# Kinds whose rows write their names out in full ("Roj camp", "camp de Roj", "سجن رومية"):
# these templates are not applied to a row's names when the gazetteer is built, only to the
# bases the generated spellings recover from those names (geo/translit.py), in every language:
# "Ain Issa camp" gives "campo di Ain Issa", "Lager Ain Issa", "лагерь Айн-Исса".
_CAMP_LATIN = [
    "{b} camp", "{b} Camp", "camp de {b}", "camp d'{b}", "Lager {b}", "{b}-Lager",
    "Flüchtlingslager {b}", "campamento de {b}", "campo de {b}", "campo di {b}",
    "campo profughi di {b}", "{b} kampı", "{b} Kampı", "campo de refugiados de {b}",
]
_CAMP_CYRILLIC = ["лагерь {b}", "лагеря {b}", "лагере {b}", "лагерем {b}"]
_PRISON_LATIN = [
    "{b} prison", "{b} Prison", "prison de {b}", "prison d'{b}", "Gefängnis {b}",
    "{b}-Gefängnis", "Gefängnis von {b}", "cárcel de {b}", "prisión de {b}", "carcere di {b}",
    "prigione di {b}", "prisão de {b}", "{b} cezaevi", "{b} Cezaevi", "{b} hapishanesi",
    "{b} Hapishanesi",
]
_PRISON_CYRILLIC = ["тюрьма {b}", "тюрьмы {b}", "тюрьме {b}", "тюрьму {b}"]
NAMED_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "camp": {"latin": _CAMP_LATIN, "cyrillic": _CAMP_CYRILLIC},
    "prison": {"latin": _PRISON_LATIN, "cyrillic": _PRISON_CYRILLIC},
}


# Words that mark a Latin template as one language's ("{b} Askeri Havaalanı" is Turkish): a
# spelling generated for that language (geo/translit.py: "Menağ") takes only its templates.
_LANGUAGE_MARKS = {
    "tr": re.compile(r"Üssü|üssü|[Hh]ava[al]|[Ll]imanı|[Bb]arajı|[Kk]apısı|\bili\b|[Vv]ilayeti|"
                     r"kırsalı|[Kk]ampı|[Cc]ezaevi|[Hh]apishanesi|[Kk]ontrol [Nn]oktası|[Gg]ümrük"),
    "de": re.compile(r"Stützpunkt|[Ff]lug|Hafen|[Dd]amm|[Üü]bergang|Gouvernement|Provinz|"
                     r"Luftwaffen|Militär|Lager|Gefängnis|Kontrollpunkt|^Checkpoint "),
    "fr": re.compile(r"aérien|aéroport|navale?\b(?! di)|militaire|barrage|poste|passage|"
                     r"gouvernorat|région|province d|^port d|^base d|^camp d|^prison d|"
                     r"contrôle de|^checkpoint de"),
    "es": re.compile(r"aérea|aeropuerto|naval\b|militar\b|presa|represa|paso|gobernación|"
                     r"provincia de|puerto|campamento|^campo de|cárcel|prisión|^cruce de|"
                     r"^cruce fronterizo|"
                     r"control de"),
    "it": re.compile(r"aerea di|aeroporto|valico|base navale di|campo (?:profughi )?di|porto di|"
                     r"carcere|prigione|posto di blocco|^checkpoint di"),
}


def _table(kind: str, named: bool) -> dict[str, list[str]]:
    """The templates of `kind` by script; with `named`, also those of NAMED_TEMPLATES."""
    return TEMPLATES.get(kind) or (NAMED_TEMPLATES.get(kind, {}) if named else {})


def expand_in(kind: str, base: str, language: str) -> list[str]:
    """The templates of `kind` (NAMED_TEMPLATES too) in one language (de, fr, es, it, tr; ru
    takes all Cyrillic ones) built on a spelling of that language: "Menağ" → "Menağ Askeri
    Havaalanı"."""
    if language == "ru":
        return expand(kind, base, named=True) if script_of(base) == "cyrillic" else []
    mark = _LANGUAGE_MARKS.get(language)
    if mark is None or script_of(base) != "latin":
        return []
    return [alias for alias, template in _expanded(kind, base, True) if mark.search(template)]


def expand(kind: str, base: str, named: bool = False) -> list[str]:
    """The template aliases of `kind` built on the name `base` (French elision where due);
    `named` adds NAMED_TEMPLATES (for generated spellings only)."""
    return [alias for alias, _ in _expanded(kind, base, named)]


def template_bases(kind: str, alias: str) -> list[str]:
    """The names `alias` is an English or Russian template form of, shortest first: "Roj
    camp" → ["Roj"], "авиабаза Табка" → ["Табка"], "Abu Duhur Air Force Base" → ["Abu Duhur",
    "Abu Duhur Air Force"] (every such template of `kind` it fits, NAMED_TEMPLATES too)."""
    out: list[str] = []
    for template in _table(kind, True).get(script_of(alias), []):
        if any(mark.search(template) for mark in _LANGUAGE_MARKS.values()):
            continue  # "gouvernorat de Damas": another language's name, not a base
        head, _, tail = template.partition("{b}")
        if len(alias) > len(head) + len(tail) and alias.startswith(head) and alias.endswith(
                tail):
            base = alias[len(head):len(alias) - len(tail)].strip()
            if base and base not in out:
                out.append(base)
    return sorted(out, key=len)


_H_KEEPS_DE = frozenset({"aéroport militaire de {b}", "camp de {b}", "prison de {b}"})


def _expanded(kind: str, base: str, named: bool = False) -> list[tuple[str, str]]:
    """(alias, template) pairs of `kind` built on `base`."""
    templates = _table(kind, named).get(script_of(base), [])
    vowel_initial = fold(base)[:1] in set("aeiouyh")
    out = []
    for template in templates:
        if "d'{b}" in template and not vowel_initial:
            continue
        elided = template.replace("de {b}", "d'{b}")
        # before an "h" French papers elide or not ("d'Hmeimim", "de Hmeimim"): both, for the
        # templates whose "d'" form came later
        if "de {b}" in template and vowel_initial and elided in templates and (
                fold(base)[:1] != "h" or template not in _H_KEEPS_DE):
            continue
        out.append((template.format(b=base), template))
    if kind == "governorate" and script_of(base) == "arabic":
        out += [(part, "") for part in arabic_countryside(base, plain=False)]
    return out


# Arabic head nouns of facility names and the Persian words for them: Persian reports keep the
# Arabic name after their own noun ("بیمارستان المجتهد" for "مشفى المجتهد", "زندان صیدنایا").
# Kinds with templates get theirs above ("گذرگاه {b}", "فرودگاه {b}"); these are for names
# written out in full, whatever the kind. "منطقه" (area) is no head noun of a name: the matcher
# finds the name after it. A refinery is "پالایشگاه" ("پالایشگاه بانیاس" for "مصفاة بانياس").
PERSIAN_HEADS = {
    "مشفى": "بیمارستان", "مستشفى": "بیمارستان", "سجن": "زندان", "جامعة": "دانشگاه",
    "ساحة": "میدان", "مخيم": "اردوگاه", "معبر": "گذرگاه", "مطار": "فرودگاه", "مرفأ": "بندر",
    "ميناء": "بندر", "قاعدة": "پایگاه", "حي": "محله", "مقام": "زیارتگاه", "مرقد": "حرم",
    "ضريح": "آرامگاه", "مصفاة": "پالایشگاه",
}


def persian_forms(alias: str) -> list[str]:
    """The Persian phrasing of an Arabic facility name: "مشفى المجتهد" → "بیمارستان المجتهد"."""
    head, _, rest = alias.partition(" ")
    persian = PERSIAN_HEADS.get(head)
    if persian is None or not rest or script_of(rest) != "arabic":
        return []
    return [f"{persian} {rest}"]
