"""Distances in any language (number words, units, `distance_m`), and derived-position phrases
beyond English: "à 30 km au nord d'Alep", "a unos 20 kilómetros al noreste de Damasco", "etwa
fünf Kilometer südlich des Flughafens", "в 35 км от побережья Латакии", "على بعد 30 كم شمال
حلب", "Cerablus'un yaklaşık 10 kilometre güneyindeki".

Each pattern names the groups `positions` reads: `hedge` (an "about" word), `num` (digits or a
number word), `unit`, `dir` (a compass word, absent for "a few km from"). BEFORE patterns end
right before the anchor's name; AFTER patterns (Turkish) start right after it.
"""

from __future__ import annotations

import re

# Number words, and vague amounts read as a typical value ("a few", "une trentaine", "pocos").
# English ones go into `positions.DISTANCE`; the others into the patterns below.
ENGLISH_NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "a dozen": 12, "dozen": 12, "twenty": 20, "fifteen": 15, "thirty": 30,
    "forty": 40, "fifty": 50, "a few": 5, "several": 8,
}
_INTL_NUMBER_WORDS: dict[str, float] = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "cent": 100, "quelques": 5, "une dizaine de": 10, "une quinzaine de": 15,
    "une vingtaine de": 20, "une trentaine de": 30, "une quarantaine de": 40,
    "une cinquantaine de": 50, "une centaine de": 100,
    # Spanish, Portuguese, Italian
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100, "pocos": 5, "unos pocos": 5, "algunos": 5, "varios": 8,
    "dois": 2, "três": 3, "quatro": 4, "dez": 10, "vinte": 20, "trinta": 30, "quarenta": 40,
    "cinquenta": 50, "cem": 100, "poucos": 5, "alguns": 5, "vários": 8, "due": 2, "tre": 3,
    "quattro": 4, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "quindici": 15,
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100, "pochi": 5,
    "alcuni": 5, "diversi": 8, "una decina di": 10, "una ventina di": 20, "una trentina di": 30,
    # German
    "ein": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30,
    "vierzig": 40, "fünfzig": 50, "hundert": 100, "einige": 5, "wenige": 5, "wenigen": 5,
    "einigen": 5, "mehrere": 8, "mehreren": 8,
    # Russian
    "одном": 1, "двух": 2, "трёх": 3, "трех": 3, "пяти": 5, "десяти": 10, "двадцати": 20,
    "тридцати": 30, "нескольких": 5,
    # Arabic, Turkish
    "بضعة": 5, "عدة": 8, "birkaç": 5, "bir": 1, "iki": 2, "üç": 3, "beş": 5, "on": 10,
}
NUMBER_WORDS: dict[str, float] = {**ENGLISH_NUMBER_WORDS, **_INTL_NUMBER_WORDS}
# Metres per unit, by the start of the unit's word (lower case, spaces removed).
UNIT_M: dict[str, float] = {
    "km": 1000.0, "kilomètre": 1000.0, "kilómetro": 1000.0, "quilómetro": 1000.0,
    "quilômetro": 1000.0, "chilometr": 1000.0, "kilometer": 1000.0, "kilometre": 1000.0,
    "км": 1000.0, "километр": 1000.0, "كم": 1000.0, "كيلومتر": 1000.0, "كيلو": 1000.0,
    "mètre": 1.0, "metro": 1.0, "metri": 1.0, "meter": 1.0, "metre": 1.0, "м": 1.0,
    "метр": 1.0, "متر": 1.0, "mille": 1609.344, "milla": 1609.344, "meile": 1609.344,
    "nautical": 1852.0, "nm": 1852.0, "mile": 1609.344, "mi": 1609.344, "milha": 1609.344,
}
# A nautical mile, however the unit is written: "milles marins", "Seemeilen", "millas náuticas".
_NAUTICAL = re.compile(r"nauti|marin|seemeil", re.IGNORECASE)
# The side of a coast ("the north coast", "Nordküste", "la côte nord", "la costa norte"), in
# the words `geo.geodesy.compass_bearing` reads.
_SIDE_WORDS = {
    "nord": "north", "süd": "south", "ost": "east", "west": "west", "nordost": "northeast",
    "nordwest": "northwest", "südost": "southeast", "südwest": "southwest", "norte": "north",
    "sur": "south", "este": "east", "oeste": "west", "sud": "south", "est": "east",
    "ouest": "west",
}

_NUM = (
    r"(?<!\w)(?P<num>\d+(?:[.,]\d+)?|"
    + "|".join(re.escape(w) for w in sorted(_INTL_NUMBER_WORDS, key=len, reverse=True))
    + r")"
)


def _unit(*words: str) -> str:
    return r"(?P<unit>" + "|".join(words) + r")"


_FR_DIR = r"(?P<dir>nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)"
_ES_DIR = (
    r"(?P<dir>noreste|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste|norte|sur|este|"
    r"oeste|sul|leste)"
)
_IT_DIR = r"(?P<dir>nord-?est|nord-?ovest|sud-?est|sud-?ovest|nord|sud|est|ovest)"
_DE_DIR = (
    r"(?P<dir>(?:nord|süd)?(?:öst|west)lich|nördlich|südlich|östlich|westlich)"
)
_RU_DIR = (
    r"(?:к\s+(?P<dir>(?:северо|юго)-(?:востоку|западу)|северу|югу|востоку|западу)|"
    r"(?P<dir2>(?:северо|юго)-(?:восточнее|западнее)|севернее|южнее|восточнее|западнее))"
)
_AR_DIR = r"(?P<dir>(?:شمال|جنوب)\s+(?:شرق|غرب)|شمال|جنوب|شرق|غرب)(?:ي|ى)?"
_TR_DIR = r"(?P<dir>kuzeydoğu|kuzeybatı|güneydoğu|güneybatı|kuzey|güney|doğu|batı)"

_HEDGE_FR = r"(?P<hedge>environ|quelque|près\s+de|plus\s+de|moins\s+de)"
_HEDGE_ES = r"(?P<hedge>unos|unas|cerca\s+de|casi|apenas|más\s+de|menos\s+de|aproximadamente)"
_HEDGE_IT = r"(?P<hedge>circa|quasi|oltre|meno\s+di|poco\s+più\s+di)"
_HEDGE_DE = r"(?P<hedge>etwa|rund|knapp|gut|ungefähr|circa|ca\.|fast|mehr\s+als|weniger\s+als)"
_HEDGE_RU = r"(?P<hedge>примерно|около|приблизительно|почти|более\s+чем)"
_HEDGE_AR = r"(?P<hedge>نحو|حوالي|حوالى|قرابة|زهاء|أكثر\s+من|أقل\s+من)"
_HEDGE_TR = r"(?P<hedge>yaklaşık(?:\s+olarak)?|aşağı\s+yukarı|tahminen)"

_UNIT_FR = _unit(r"km", r"kilomètres?", r"mètres?", r"milles?(?:\s+(?:nautiques?|marins?))?")
_UNIT_ES = _unit(r"km", r"kilómetros?", r"quil[óô]metros?", r"metros?",
                 r"millas?(?:\s+náuticas?)?", r"milhas?(?:\s+náuticas?)?")
_UNIT_IT = _unit(r"km", r"chilometr[oi]", r"metri", r"miglia(?:\s+nautiche)?")
_UNIT_DE = _unit(r"km", r"Kilometern?", r"Metern?", r"Seemeilen?", r"Meilen?")
_UNIT_RU = _unit(r"км", r"километр\w*", r"метр\w*", r"м")
_UNIT_AR = _unit(r"كم", r"كيلومتر\w*", r"كيلو\s*متر\w*", r"متر\w*")
_UNIT_TR = _unit(r"km", r"kilometre", r"metre")

# "of", and "of the town of" (one lower-case noun between: "au nord de la ville d'Alep").
_NOUN = r"(?-i:[a-zà-ÿ]{3,})"
_OF_FR = (
    r"\s+(?:(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])\s*" + _NOUN
    + r"\s+)?(?:de\s+(?:la\s+|l['’])?|du|des|d['’])\s*$"
)
_OF_ES = (
    r"\s+(?:(?:de(?:\s+la|\s+las|\s+los)?|del|d[oa]s?)\s+" + _NOUN + r"\s+)?"
    r"(?:de(?:\s+la|\s+las|\s+los)?|del|d[oa]s?)\s*$"
)
_OF_IT = (
    r"\s+(?:(?:di|del|della|dello|dei|delle|dal|dalla)\s+|dell['’]|dall['’])?(?:" + _NOUN
    + r"\s+(?:di|del|della|dello|dei|delle|dell['’])\s*)?$"
)
_OF_DE = r"\s+(?:von(?:\s+der|\s+dem)?|vom|des|der)\s+$"

_F = re.IGNORECASE

# Distance and bearing before the anchor: "à 30 km au nord d'Alep".
BEARING_BEFORE: dict[str, re.Pattern] = {
    "fr": re.compile(
        rf"(?<!\w)(?:à\s+)?(?:{_HEDGE_FR}\s+)?{_NUM}\s*{_UNIT_FR}\s+(?:au|à\s+l['’])\s*{_FR_DIR}"
        + _OF_FR, _F),
    "es": re.compile(
        rf"(?<!\w)(?:a\s+)?(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}\s+al\s+{_ES_DIR}" + _OF_ES, _F),
    "pt": re.compile(
        rf"(?<!\w)(?:a\s+)?(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}\s+(?:ao|a)\s+{_ES_DIR}"
        + _OF_ES, _F),
    "it": re.compile(
        rf"(?<!\w)(?:a\s+)?(?:{_HEDGE_IT}\s+)?{_NUM}\s*{_UNIT_IT}\s+a\s+{_IT_DIR}" + _OF_IT, _F),
    "de": re.compile(rf"(?<!\w)(?:{_HEDGE_DE}\s+)?{_NUM}\s*{_UNIT_DE}\s+{_DE_DIR}" + _OF_DE, _F),
    "ru": re.compile(
        rf"(?<!\w)в\s+(?:{_HEDGE_RU}\s+)?{_NUM}\s*{_UNIT_RU}\.?\s+{_RU_DIR}(?:\s+от)?\s+$", _F),
    "ar": re.compile(
        rf"(?<!\w)(?:على\s+(?:بعد|مسافة)\s+)(?:{_HEDGE_AR}\s+)?{_NUM}\s*{_UNIT_AR}\s+"
        rf"(?:إلى\s+ال)?{_AR_DIR}\s*(?:من\s+)?$"),
}
# A distance with no bearing: "a pocos kilómetros del paso de Bab al Hawa", "в 35 км от".
DISTANCE_FROM: dict[str, re.Pattern] = {
    "en": re.compile(
        r"(?<!\w)(?P<hedge>about|some|around|just|only|a\s+few)?\s*(?P<num>\d+(?:\.\d+)?)\s*"
        r"(?P<unit>km|kilomet(?:er|re)s?|miles?)\s+from\s+(?:the\s+)?$", _F),
    "fr": re.compile(rf"(?<!\w)à\s+(?:{_HEDGE_FR}\s+)?{_NUM}\s*{_UNIT_FR}" + _OF_FR, _F),
    "es": re.compile(rf"(?<!\w)a\s+(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}" + _OF_ES, _F),
    "pt": re.compile(rf"(?<!\w)a\s+(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}" + _OF_ES, _F),
    "it": re.compile(rf"(?<!\w)a\s+(?:{_HEDGE_IT}\s+)?{_NUM}\s*{_UNIT_IT}" + _OF_IT, _F),
    "de": re.compile(
        rf"(?<!\w)(?:{_HEDGE_DE}\s+)?{_NUM}\s*{_UNIT_DE}\s+(?:von|vom|vor)\s+"
        r"(?:der\s+|dem\s+)?$", _F),
    "ru": re.compile(rf"(?<!\w)в\s+(?:{_HEDGE_RU}\s+)?{_NUM}\s*{_UNIT_RU}\.?\s+от\s+$", _F),
    "ar": re.compile(
        rf"(?<!\w)على\s+(?:بعد|مسافة)\s+(?:{_HEDGE_AR}\s+)?{_NUM}\s*{_UNIT_AR}\s+(?:من\s+)?$"),
}
# Off the coast of the anchor: "au large de Tartous", "vor der Küste von Latakia".
OFF_COAST_BEFORE: dict[str, re.Pattern] = {
    "fr": re.compile(
        rf"(?<!\w)(?:(?:à\s+)?(?:{_HEDGE_FR}\s+)?{_NUM}\s*{_UNIT_FR}\s+)?au\s+large\s+"
        r"(?:des\s+côtes\s+|de\s+la\s+côte\s+(?P<side>nord|sud|est|ouest)\s+)?"
        r"(?:de\s+(?:la\s+|l['’])?|du|des|d['’])\s*$", _F),
    "es": re.compile(
        rf"(?<!\w)(?:(?:a\s+)?(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}\s+)?(?:frente\s+a\s+(?:las?\s+)?"
        r"costas?(?:\s+(?P<side>norte|sur|este|oeste))?\s+de|(?:de|desde)\s+la\s+costa\s+de)\s+$",
        _F),
    "pt": re.compile(
        rf"(?<!\w)(?:(?:a\s+)?(?:{_HEDGE_ES}\s+)?{_NUM}\s*{_UNIT_ES}\s+)?(?:ao\s+largo\s+d[eoa]|"
        r"(?:em\s+)?frente\s+(?:à|a)\s+costa\s+d[eoa]|da\s+costa\s+d[eoa])\s+$", _F),
    "it": re.compile(
        rf"(?<!\w)(?:(?:a\s+)?(?:{_HEDGE_IT}\s+)?{_NUM}\s*{_UNIT_IT}\s+)?(?:al\s+largo|davanti)\s+"
        r"(?:alle\s+coste\s+)?(?:di|del|della|dello|dell['’]|a)\s*$", _F),
    "de": re.compile(
        rf"(?<!\w)(?:(?:{_HEDGE_DE}\s+)?{_NUM}\s*{_UNIT_DE}\s+)?vor\s+der\s+(?:\w+en\s+)?"
        r"(?P<side>Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest)?küste\s+"
        r"(?:von\s+|bei\s+)?$", _F),
    "ru": re.compile(
        rf"(?<!\w)(?:в\s+(?:{_HEDGE_RU}\s+)?{_NUM}\s*{_UNIT_RU}\.?\s+от|у|вблизи)\s+"
        r"(?:побережья|берегов)\s+$", _F),
    "ar": re.compile(r"(?:^|\s)(?:قبالة|أمام)\s+(?:سواحل|ساحل|شواطئ|شاطئ)?\s*$"),
}
# Turkish puts the anchor first: "Cerablus'un yaklaşık 10 kilometre güneyindeki köylere".
BEARING_AFTER: dict[str, re.Pattern] = {
    "tr": re.compile(
        rf"^['’]?(?:n?[ıiuü]n)\s+(?:{_HEDGE_TR}\s+)?{_NUM}\s*{_UNIT_TR}\s+{_TR_DIR}"
        r"(?:s?[ıiuü]nd[ae](?:ki)?|s?[ıiuü]n[ae]|s?[ıiuü])(?!\w)", _F),
}
# "Kasaba, Han Şeyhun'un 10 kilometre güneyinde bulunuyor": the phrase is the predicate that
# locates a place told before, not a new point.
LOCATED_AFTER = re.compile(
    r"[^.;]*?\b(?:bulunuyor|bulunmaktadır|bulunur|yer\s+alıyor|yer\s+almaktadır|yer\s+alır|"
    r"konumlanıyor)", re.IGNORECASE
)
OFF_COAST_AFTER: dict[str, re.Pattern] = {
    "tr": re.compile(
        rf"^(?:['’]?(?:n?[ıiuü]n))?\s+(?:(?:{_HEDGE_TR}\s+)?{_NUM}\s*{_UNIT_TR}\s+)?"
        r"açı(?:k|ğ)[ıl]?\w*(?!\w)", _F),
}


def distance_m(match: re.Match) -> float | None:
    """The distance a match names, in metres; None when it names none."""
    groups = match.groupdict()
    num = groups.get("num")
    if not num:
        return None
    key = " ".join(num.lower().split())
    value = NUMBER_WORDS.get(key)
    if value is None:
        try:
            value = float(key.replace(",", "."))
        except ValueError:
            return None
    unit = re.sub(r"\s+", "", (groups.get("unit") or "km").lower())
    factor = next((f for u, f in UNIT_M.items() if unit.startswith(u)), 1000.0)
    if _NAUTICAL.search(unit):
        factor = 1852.0
    if unit in {"m", "м"}:
        factor = 1.0
    return value * factor


def direction(match: re.Match) -> str | None:
    """The compass word of a match, lower case (the patterns leave suffixes out of it)."""
    groups = match.groupdict()
    word = groups.get("dir") or groups.get("dir2")
    return " ".join(word.lower().split()) if word else None


def coast_side(match: re.Match) -> str | None:
    """The side of the coast a match names ("north" for "off the north coast of"), or None."""
    side = (match.groupdict().get("side") or "").lower()
    return _SIDE_WORDS.get(side, side) or None


def patterns_for(table: dict[str, re.Pattern], language: str) -> list[re.Pattern]:
    """The language's pattern, or every one when the language is not known."""
    if language in table:
        return [table[language]]
    return [] if language == "en" else list(table.values())
