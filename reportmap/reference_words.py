"""The words of references: "the air base", "la ciudad", "die Stadt", "المدينة", "kentte",
"этот город", "این شهر", and the kinds of site each may point to."""

from __future__ import annotations

import re

from geo.fold import script_of
from reportmap.kinds import (
    ADMIN,
    AIR,
    BASE,
    CAMP,
    FACILITY,
    NAVAL,
    PART_OF_CITY,
    POPULATED,
    PROVINCE,
)

# "the town", "the village" never stand for a capital.
TOWN_LIKE = POPULATED - {"capital"}
VILLAGE_LIKE = frozenset({"village", "town"})
CAPITAL = frozenset({"capital"})
# "в этом районе", "این منطقه" (this area): any place on the map named just before.
AREA = POPULATED | ADMIN | PART_OF_CITY | FACILITY
CROSSING = frozenset({"border_crossing"})
DAM = frozenset({"dam"})
PRISON = frozenset({"prison"})
OIL_FIELD = frozenset({"oil_field"})
# "the mountain", "le plateau", "la colline": a mountain, range, hill or plateau named before
# (regions and landmarks whose names say what they are: see `landform_name`).
LANDFORM = frozenset({"region", "landmark"})
_HILL_WORDS = {"hill", "hilltop", "colline", "colina", "collina", "hügel"}
_PLATEAU_WORDS = {"plateau", "meseta", "planalto", "altopiano", "hochebene"}
_HILL_NAME = re.compile(r"\b(?:Tal|Tall|Tallet|Tell|Hills?)\b")
_PLATEAU_NAME = re.compile(r"\b(?:Heights|Plateau)\b")
_MOUNTAIN_NAME = re.compile(r"\b(?:Mount|Mountains?|Mt|Jabal|Jebel|Djebel|Range)\b")


def landform_name(word: str) -> re.Pattern[str]:
    """What the name of the landform a reference word points to says: a hill is a 'Tal', a
    plateau 'Heights', a mountain 'Mount' or 'Jabal'."""
    if word.lower() in _HILL_WORDS:
        return _HILL_NAME
    if word.lower() in _PLATEAU_WORDS:
        return _PLATEAU_NAME
    return _MOUNTAIN_NAME


CITY_LIKE = frozenset({"city", "capital"})
# The seat of a province: "the provincial capital", "la capital provincial", "le chef-lieu".
PROVINCIAL_CAPITAL = frozenset({
    "provincial capital", "provinzhauptstadt", "chef-lieu", "capital provincial",
    "capitale provinciale", "capoluogo", "capitale régionale", "capital regional",
})
REFERENCE_KINDS: dict[str, frozenset[str]] = {
    "mountain": LANDFORM,
    "mountains": LANDFORM,
    "plateau": LANDFORM,
    "hill": LANDFORM,
    "hilltop": LANDFORM,
    "air base": AIR,
    "airbase": AIR,
    "air field": AIR,
    "airfield": AIR,
    "airport": AIR,
    "naval base": NAVAL,
    "naval facility": NAVAL,
    "naval facilities": NAVAL,
    "port": NAVAL,
    "harbour": NAVAL,
    "harbor": NAVAL,
    "base": BASE,
    "facility": FACILITY,
    "garrison": BASE,
    "military base": BASE,
    "outpost": BASE,
    "container terminal": NAVAL,
    "container yard": NAVAL,
    "capital": CAPITAL,
    "city": POPULATED - {"village"},  # "the city" is never a village
    "port city": POPULATED - {"village"},  # a city on the coast, not its port
    "provincial capital": CITY_LIKE,
    "port town": POPULATED - {"village"},
    "town": TOWN_LIKE,
    "village": VILLAGE_LIKE,
    "province": PROVINCE,
    "governorate": PROVINCE,
    "camp": CAMP,
    "neighbourhood": PART_OF_CITY,
    "neighborhood": PART_OF_CITY,
    "quarter": PART_OF_CITY,
    "crossing": CROSSING,
    "border crossing": CROSSING,
    "dam": DAM,
    "field": OIL_FIELD,  # "the field" after "al-Omar oil field"
    "oil field": OIL_FIELD,
    "oilfield": OIL_FIELD,
    "gas field": OIL_FIELD,
    "prison": PRISON,
    "jail": PRISON,
    "prison compound": PRISON,
}
_NOUNS = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(REFERENCE_KINDS, key=len)[::-1]
)
REFERENCE = re.compile(
    r"\b(?P<det>the|its|this|that)\s+(?:same\s+)?(?:(?-i:(?P<adj>[A-Z][a-z]+(?:n|i|sh|se)))\s+)?"
    r"(?:military\s+|strategic\s+|commercial\s+|main\s+|old\s+|coastal\s+|border\s+|"
    r"frontier\s+|small\s+)?"
    r"(" + _NOUNS + r")\b(?!\s*(?:-|of|at|in|near)\b)(?!['’]s\s)"
    # a nation's capital is one place whatever follows: "expected in the Austrian capital in
    # the coming weeks"
    r"|\b(?P<det2>the)\s+(?-i:(?P<adj2>[A-Z][a-z]+(?:n|i|sh|se|ch)))\s+(?P<capital>capital)\b"
    r"(?=\s*(?:at|in|near)\b)",
    re.IGNORECASE,
)
# The same in other languages, for the commonest nouns: "la capital", "die Stadt", "المدينة".
INTL_NOUNS = {
    **dict.fromkeys(("ville", "ciudad", "stadt", "città", "cidade", "город", "города", "городе",
                     "городу", "المدينة"), POPULATED),
    **dict.fromkeys(("cittadina", "kleinstadt", "grenzstadt"), TOWN_LIKE),
    **dict.fromkeys(PROVINCIAL_CAPITAL, CITY_LIKE),
    "küstenstadt": POPULATED,
    **dict.fromkeys(("localité", "localidad", "ortschaft", "البلدة"), TOWN_LIKE),
    **dict.fromkeys(("village", "القرية"), VILLAGE_LIKE),
    **dict.fromkeys(("capitale", "capital", "hauptstadt", "العاصمة", "столица", "столице",
                     "столицы", "столицу"), CAPITAL),
    **dict.fromkeys(("aéroport", "aérodrome", "aeropuerto", "aeródromo", "flughafen", "aeroporto",
                     "militärflughafen", "militärflughafens",
                     "flughafens", "flugplatz", "аэропорт", "аэропорта", "аэропорту",
                     "аэропорте", "авиабаза", "авиабазе", "авиабазы", "авиабазу", "المطار"), AIR),
    **dict.fromkeys(("port", "puerto", "porto", "hafen", "hafens", "порт", "порта", "порту",
                     "порте", "الميناء", "المرفأ"), NAVAL),
    **dict.fromkeys(("base navale", "base naval", "marinestützpunkt"), frozenset({"naval_base"})),
    **dict.fromkeys(("base aérienne", "base aérea", "base aerea", "luftwaffenstützpunkt"), AIR),
    **dict.fromkeys(("base", "basis", "stützpunkt", "stützpunkts", "stützpunktes", "база",
                     "базе", "базы", "базу", "القاعدة"), BASE),
    **dict.fromkeys(("camp", "campamento", "campo", "lager", "лагерь", "лагеря", "лагере",
                     "المخيم"), CAMP),
    **dict.fromkeys(("province", "provincia", "província", "provinz", "провинция", "провинции",
                     "провинцию", "провинцией", "المحافظة"), PROVINCE),
    **dict.fromkeys(("quartier", "barrio", "viertel", "stadtviertel", "quartiere", "bairro",
                     "الحي", "квартал", "квартале", "квартала"), PART_OF_CITY),
    # "la zona", "the area", "المنطقة" are too often vague ("residents of the area"): only
    # the Russian and Persian demonstratives ("в этом районе", "این منطقه") are taken
    **dict.fromkeys(("район", "районе", "района", "منطقه"), AREA),
    **dict.fromkeys(("paso fronterizo", "cruce fronterizo", "poste-frontière", "poste frontière",
                     "point de passage", "grenzübergang", "grenzübergangs", "valico",
                     "posto di frontiera", "posto fronteiriço", "passagem", "КПП", "المعبر"),
                    CROSSING),
    **dict.fromkeys(("montagne", "colline", "montaña", "colina", "montanha", "montagna",
                     "collina", "berg", "hügel", "plateau", "meseta", "planalto", "altopiano",
                     "hochebene", "гора", "горы", "горе", "гору"), LANDFORM),
    **dict.fromkeys(("presa", "barrage", "damm", "staudamm", "staudamms", "diga", "barragem",
                     "плотина", "плотины", "плотине", "плотину", "السد"), DAM),
    **dict.fromkeys(("prisión", "cárcel", "prison", "gefängnis", "gefängnisses", "prigione",
                     "carcere", "prisão", "тюрьма", "тюрьмы", "тюрьме", "тюрьму", "السجن"),
                    PRISON),
    # Persian: "این منطقه" (this area), "این شهر" (this city)
    **dict.fromkeys(("شهر", "روستا"), POPULATED),
    "فرودگاه": AIR,
}
# Turkish takes no article; a case ending follows: "kentte" (in the city), "ilçeye" (to the
# district town), "sınır kapısındaki" (at the border gate).
TURKISH_NOUNS = {"kent": POPULATED, "şehir": POPULATED, "ilçe": POPULATED, "kasaba": TOWN_LIKE,
                 "sınır kapısı": CROSSING, "başkent": CAPITAL}
# (not the genitive: "ilçenin yönetimi", the district's administration, like "the town's")
_TURKISH_CASE = (r"(?:n?(?:d[ae]|t[ae]|d[ae]n|t[ae]n|d[ae]ki|t[ae]ki)|y?[ae]|y?[ıi]|"
                 r"de|da|te|ta)?")
REFERENCE_TR = re.compile(
    r"(?<![\w'’])(?P<w>başkent|kent|şehir|ilçe|kasaba|sınır\s+kapısı)(?:s[ıi]n|s[ıi])?"
    + _TURKISH_CASE + r"(?![\w'’])",
    re.IGNORECASE,
)
TURKISH_UPPER = str.maketrans({"İ": "i", "I": "ı"})
# A name right before the noun, not the first word of the sentence: "Suruç ilçesinde".
TURKISH_NAME_BEFORE = re.compile(r"[^\s.!?]\s+(?-i:[A-ZÇĞİÖŞÜ])[\w'’-]*\s+$")
_LATIN_NOUNS = "|".join(
    re.escape(k).replace(r"\ ", r"\s+").replace(r"\-", "[- ]")
    for k in sorted(INTL_NOUNS, key=len, reverse=True)
    if script_of(k) == "latin"
)
_LATIN_DETERMINERS = (
    r"la|le|el|cette|ce|cet|esta|este|die|der|den|dem|des|das|diese[rnms]?|il|lo|della|dello|"
    r"del|nella|nel|alla|dalla|questa|quella|a|o|da|do|na|no|pela|pelo|essa|esse|dessa|desse"
)
REFERENCE_INTL = re.compile(
    r"(?:(?:\b(?:die|der|den|dem|des|das|diese[rnms]?)\s+(?:(?-i:[a-zäöüß]+)\s+){1,3}"
    r"(?=(?-i:[A-Z]))|\b(?:" + _LATIN_DETERMINERS + r")\s+|"
    r"\b(?:l|dell|nell|all|dall)['’])(?P<w>" + _LATIN_NOUNS + r")\b"
    r"(?!\s+(?:de|del|d['’]|du|des|von|of|di|da|do)\b)(?!-)"
    # "la ciudad sureña de Deraa", "la localidad turca de Reyhanli": the name follows
    r"(?!(?:\s+(?-i:[a-zà-ÿ]+)){1,2}\s+(?:de|del|d['’]|du|di)\s*(?-i:[A-ZÀ-Þ]))"
    # "la capitale économique du pays": a title, not a reference
    r"(?!\s+(?:économique|culturelle|politique|administrative|economica|económica|"
    r"econômica|cultural|culturale|politica|política|spirituelle)\b)"
    r"|(?:^|(?<=\s))[وف]?(?:ب|في\s+)?(?P<a>المدينة|العاصمة|البلدة|القرية|المطار|الميناء|المرفأ|"
    r"القاعدة|المحافظة|المخيم|الحي|المعبر|السد|السجن)(?=[\s،.]|$)"
    r"|(?:^|(?<=\s))(?:این|آن|همین|همان)\s+(?P<p>منطقه|شهر|روستا|فرودگاه)(?=[\s،.]|$)"
    r"|(?:\b(?:этот|этом|этого|эта|этой|эту|этих|тот|той|том)\s+)?\b(?P<r>столиц[аеыу]|"
    r"город(?:а|е|у)?|аэропорт(?:а|у|е)?|авиабаз[аеуы]|база|базе|базы|базу|порт(?:а|у|е)?|"
    r"провинци[яию]|лагер[ьяе]|квартал[еа]?|(?<=этом\s)районе|(?<=этот\s)район|плотин[аыеу]|"
    r"тюрьм[аыеу]|гор[аыеу])\b(?!\s+(?-i:[А-ЯЁ]))"
    r")",
    re.IGNORECASE,
)
