"""Groups of gazetteer kinds, and the cue words that point to them."""

from __future__ import annotations

import re

AIR = frozenset({"air_base", "airport"})
NAVAL = frozenset({"naval_base", "port"})
FACILITY = frozenset(
    {
        "air_base",
        "naval_base",
        "military_base",
        "airport",
        "port",
        "dam",
        "border_crossing",
        "landmark",
        "oil_field",
        "prison",
        "camp",
        "observation_post",  # the Turkish posts of 2017-2020: named only with their cue
    }
)
ADMIN = frozenset({"governorate", "region", "province", "district"})
PROVINCE = frozenset({"governorate", "province"})  # a first-level division, never a region
# "la région de Damas": the province of a town, but the capital's own area is the capital
REGION_WORD = ADMIN | {"region_word"}
POPULATED = frozenset({"city", "town", "village", "capital"})
# A quarter of a city: shown on its own, but never what "the city" or "the town" refers to.
PART_OF_CITY = frozenset({"neighbourhood"})
CAMP = frozenset({"camp"})
MILITARY = FACILITY - {
    "dam", "border_crossing", "landmark", "oil_field", "prison", "camp", "observation_post"
}
# What "the base" or "the garrison" can point to: no port, dam, crossing or camp.
BASE = MILITARY - {"port"} | {"observation_post"}
NOT_ON_MAP = frozenset({"country", "continent"})  # recognised, used as context, never a feature
COASTAL_CANDIDATES = POPULATED | NAVAL | AIR | FACILITY

# Cue phrase (folded, lowercase) -> the kinds it selects.
CUES: dict[str, frozenset[str]] = {
    "air base": AIR,
    "airbase": AIR,
    "air field": AIR,
    "airfield": AIR,
    "airport": AIR,
    "air force base": AIR,
    "military airport": AIR,
    "military airbase": AIR,
    "airstrip": AIR,
    "naval base": NAVAL,
    "naval facility": NAVAL,
    "naval facilities": NAVAL,
    "navy base": NAVAL,
    "naval station": NAVAL,
    "naval port": NAVAL,
    "port": NAVAL,
    "harbour": NAVAL,
    "harbor": NAVAL,
    "seaport": NAVAL,
    "base": MILITARY,
    "military base": MILITARY,
    "garrison": MILITARY,
    "camp": CAMP,
    # "Aleppo's central prison": the city's prison where the gazetteer has one
    "prison": frozenset({"prison"}),
    "central prison": frozenset({"prison"}),
    "jail": frozenset({"prison"}),
    "refugee camp": CAMP,
    "displacement camp": CAMP,
    "province": ADMIN,
    "provinces": ADMIN,
    "governorates": ADMIN,
    "governorate": ADMIN,
    "countryside": ADMIN,
    "region": ADMIN,
    "city": POPULATED,
    "town": POPULATED,
    "village": POPULATED,
}
_CUE_WORDS = sorted(CUES, key=len, reverse=True)
CUE_AFTER = re.compile(
    r"(?:'s)?\s+(?:military\s+|russian\s+|syrian\s+|main\s+|strategic\s+)?("
    + "|".join(re.escape(c) for c in _CUE_WORDS)
    + r")\b",
    re.IGNORECASE,
)
CUE_BEFORE = re.compile(
    r"\b("
    + "|".join(re.escape(c) for c in _CUE_WORDS)
    + r")\s+(?:at|in|of|near|outside)\s+(?:the\s+)?(?:port\s+(?:city\s+)?of\s+)?$",
    re.IGNORECASE,
)

# A facility noun of another language before the name: "Militärflughafen von Hama",
# "aeropuerto de Deir ez-Zor", "авиабазу в Латакии", "Flughafen Hama", "مطار حماة".
AIR_BASE = frozenset({"air_base"})
AIRPORT = frozenset({"airport"})  # a civil airport first, else the air base of the town
MILITARY_BASE = frozenset({"military_base", "naval_base", "air_base"})
INTL_CUES: list[tuple[str, frozenset[str]]] = [
    (r"luftwaffenstützpunkt|militärflughafen|militärflugplatz|fliegerhorst|base\s+aérienne|"
     r"bases?\s+a[ée]reas?|aeropuerto\s+militar|aeroporto\s+militar[e]?|aérodrome\s+militaire|"
     r"авиабаз[аеуыо]й?|военн\w+\s+аэродром\w*|аэродром\w*|پایگاه\s+هوایی", AIR_BASE),
    (r"flughafens?|flugplatz|aeropuerto|aeroporto|aéroport|aérodrome|аэропорт\w*|مطار|فرودگاه",
     AIRPORT),
    (r"marinestützpunkt|hafens?|puerto|porto|port|base\s+navale?|порт\w*|ميناء|مرفأ|بندر",
     NAVAL),
    (r"stützpunkt|base\s+militaire|base\s+militare?|военн\w+\s+баз\w*|баз[аеуыо]й?|"
     r"(?<!sur la )(?<!sulla )base(?=\s+d[eiao]\s|\s+d['’])", MILITARY_BASE),
]
_INTL_PREP = (
    r"(?:\s+(?:von|bei|nahe|in|de|del|di|da|do|du|des|в|у|под|близ|near|of)(?=\s))?"
    r"(?:\s+(?:der|dem|des|la|le|el|il|the)(?=\s))?(?:\s+|\s*d['’]|\s+de\s+l['’])$"
)
INTL_CUE_BEFORE = re.compile(
    r"(?:^|(?<=[^\w]))(?:"
    + "|".join(f"(?P<k{i}>{words})" for i, (words, _) in enumerate(INTL_CUES))
    + r")" + _INTL_PREP,
    re.IGNORECASE,
)


def intl_cue_kinds(match: re.Match) -> frozenset[str]:
    """The kinds of the facility noun an INTL_CUE_BEFORE match found."""
    return next(INTL_CUES[i][1] for i in range(len(INTL_CUES)) if match.group(f"k{i}"))


# One cue shared by two names: "the airports of Damascus and Aleppo", "les aéroports de Damas
# et d'Alep", "the Damascus and Aleppo airports".
# Turkish puts the plural after the names: "Hatay, Kilis ve Mardin illerinden".
TURKISH_PROVINCES = ("illerindeki", "illerinden", "illerinde", "illerinin", "illerine", "illeri")
PLURAL_CUES: dict[str, frozenset[str]] = {
    # airports are civil first, as one airport is ("aeropuerto de Damasco")
    **dict.fromkeys(
        ("airports", "aéroports", "aeropuertos", "aeroporti", "aeroportos", "flughäfen",
         "аэропорты", "аэропортов", "аэропортах", "аэропорта", "مطارات", "مطاري",
         "فرودگاه\u200cهای", "فرودگاههای"),
        AIRPORT,
    ),
    **dict.fromkeys(
        ("airfields", "air bases", "airbases", "aérodromes", "bases aériennes", "aeródromos",
         "bases aéreas", "flugplätze", "luftwaffenstützpunkte", "авиабазы", "авиабаз"),
        AIR,
    ),
    **dict.fromkeys(("ports", "harbours", "harbors", "naval bases", "puertos", "häfen", "порты",
                     "موانئ", "مينائي"), NAVAL),
    **dict.fromkeys(TURKISH_PROVINCES, ADMIN),
    **dict.fromkeys(("provinces", "governorates", "provincias", "provinzen", "провинциях",
                     "провинций", "провинции", "محافظات", "محافظتي", "استان\u200cهای",
                     # the countryside of two governorates: "ريفي حماة وحمص", "أرياف حلب وحماة"
                     "ريفي", "أرياف", "ارياف", "províncias"), ADMIN),
    # "les camps d'al-Hol et de Roj", "مخيمي الهول وروج"
    **dict.fromkeys(("camps", "campos", "campi", "лагеря", "лагерях", "лагерей", "مخيمات",
                     "مخيمي", "اردوگاه\u200cهای", "kampları", "kamplarında"), CAMP),
}
_PLURAL = "|".join(sorted((re.escape(c) for c in PLURAL_CUES), key=len, reverse=True))
# whole words: "around" holds "und", "вблизи" holds "и"
_AND = r"(?:(?<![\w'’-])(?:and|et|y|und|и|e|ve)(?![\w'’-])|(?<=\s)و|,)"
PLURAL_CUE_BEFORE = re.compile(
    # an Arabic preposition or conjunction may be glued to the noun: "بمحافظتي درعا والقنيطرة"
    r"(?:^|[^\w])(?:[وفبل]{1,2}(?=محافظ|مطار|مخيم|ريف|أرياف))?(?P<cue>" + _PLURAL + r")\s+"
    r"(?:(?P<civil>internationa\w*|internacional\w*)\s+|"
    r"(?:militar\w*|military|civil\w*)\s+)?(?:(?:of|at|in|de|des|du|von|in\s+den)\s+|d['’])?"
    r"(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*" + _AND + r"\s*(?:d['’]|de\s+|the\s+)?){0,5}$",
    re.IGNORECASE,
)
PLURAL_CUE_AFTER = re.compile(
    # the list may run longer: "Hatay, Kilis, Gaziantep and Mardin provinces"
    r"(?:\s*,\s*[\w'’-]+(?:\s+[\w'’-]+)?){0,6}?"
    r"(?:,?\s+" + _AND + r"\s+[\w'’-]+(?:\s+(?!international\b|military\b)[\w'’-]+)?)?"
    r"\s+(?:military\s+|(?P<civil>international)\s+)?"
    r"(?P<cue>airports|air\s+bases|airbases|airfields|ports|provinces|governorates|"
    + "|".join(TURKISH_PROVINCES) + r")\b",
    re.IGNORECASE,
)
# "province de Hassaké", "provincia de Idlib", "Provinz Idlib", "провинции Идлиб", "محافظة إدلب".
ADMIN_CUE_BEFORE = re.compile(
    # "Nachbarprovinz Hama", "Grenzprovinz Idlib": German compounds of "Provinz"
    r"(?:^|[^\w])(?:province|provincia|província|\w*provinz|провинци(?:ей|ях|ям|[яиюй])|"
    r"губерни(?:ей|ях|[яиюй])|محافظة|"
    r"ولاية|استان|gouvernorat|governatorato|gouvernement|governorate\s+of|"
    # "la región de Idlib", "região de Idlib", "la regione di Idlib", "the region of Idlib";
    # "a zona de Idlib", "Umland von Aleppo", "зоне деэскалации Идлиб" (not the Italian plural:
    # "nelle zone di Deir ez-Zor, Mayadin e Albu Kamal")
    # the rural areas of a city are its province: "las zonas rurales de Alepo", "la campagne
    # d'Alep", "the rural areas of Aleppo", "den ländlichen Gebieten um Aleppo"
    r"(?P<region>regi[oó]n|região|regione|région|region\s+of|zona|zone(?!\s+di\s)|Umland|"
    r"zonas\s+rurales|zona\s+rural|áreas?\s+rurales|zones?\s+rurales|campagne|campiña|"
    r"campagna|zone\s+rurali|áreas?\s+rurais|zonas?\s+rurais|ländlichen\s+Gebiet\w*|"
    r"rural\s+areas\s+of|countryside\s+of|"
    r"зон[аеуы](?:\s+деэскалации)?))\s+"
    # one or two adjectives before "of": "la provincia oriental siria de Deir ez Zor" (not "nelle
    # campagne a ovest di Aleppo": the city)
    r"(?:(?:[^\W\d_]{3,}\s+){0,2}(?:de\s+|d['’]\s*|del\s+|di\s+|von\s+|of\s+))?(?:la\s+|l['’])?$",
    re.IGNORECASE,
)
