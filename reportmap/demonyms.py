"""Nationality adjectives in the report languages: "la capitale russe" is Moscow."""

from __future__ import annotations

import re

# English adjectives, matched whole (lowercased).
DEMONYMS = {
    "syrian": "SY", "iraqi": "IQ", "turkish": "TR", "lebanese": "LB", "jordanian": "JO",
    "israeli": "IL", "iranian": "IR", "russian": "RU", "egyptian": "EG", "saudi": "SA",
    "yemeni": "YE", "libyan": "LY", "ukrainian": "UA", "american": "US", "british": "GB",
    "french": "FR", "german": "DE", "qatari": "QA", "emirati": "AE", "kuwaiti": "KW",
    # the countries of the migrants' routes and the talks
    "greek": "GR", "italian": "IT", "spanish": "ES", "austrian": "AT", "hungarian": "HU",
    "serbian": "RS", "polish": "PL", "belarusian": "BY", "bulgarian": "BG", "croatian": "HR",
    "macedonian": "MK", "dutch": "NL", "belgian": "BE", "swedish": "SE", "danish": "DK",
    "swiss": "CH", "norwegian": "NO", "cypriot": "CY",
    # words, not stems, where a stem would take "Gregory" or the Turkish "serbest" (free)
    "grego": "GR", "grega": "GR", "gregos": "GR", "gregas": "GR", "serbe": "RS", "serbes": "RS",
}

# Stems of the adjective in fr, es, it, pt, de, ru, ar, fa, tr (any ending: russe, rusa,
# russische, российской, الروسية).
_STEMS = {
    "US": ("americ", "améric", "amerikan", "estadounidense", "statunitens", "американск",
           "الأمريكي", "الأميركي", "آمریکا"),
    "RU": ("russ", "rusa", "ruso", "russisch", "российск", "русск", "الروسي", "روسیه"),
    "TR": ("turc", "turq", "türkisch", "turkish", "турецк", "التركي", "ترکیه"),
    "SY": ("syrien", "sirian", "siria", "síri", "syrisch", "сирийск", "السوري", "سوریه"),
    "LB": ("liban", "líban", "libanes", "ливанск", "اللبناني", "لبنان"),
    "IQ": ("iraqu", "irakien", "irakisch", "irachen", "иракск", "العراقي", "عراق"),
    "IR": ("iranien", "iraní", "iranian", "iraniano", "iranisch", "иранск", "الإيراني", "ایران"),
    "JO": ("jordan", "jordani", "giordan", "иорданск", "الأردني", "اردن"),
    "IL": ("israél", "israel", "израильск", "الإسرائيلي", "اسرائیل"),
    "SA": ("saoudien", "saudí", "saudit", "saudisch", "саудовск", "السعودي", "عربستان"),
    "GB": ("britanni", "británic", "britannic", "britisch", "британск", "البريطاني", "انگلیس"),
    "FR": ("français", "francés", "frances", "francese", "französisch", "французск", "الفرنسي",
           "فرانسه"),
    "DE": ("allemand", "alemán", "alema", "tedesc", "deutsch", "немецк", "германск", "الألماني",
           "آلمان"),
    "EG": ("égyptien", "egipci", "egizian", "ägyptisch", "египетск", "المصري", "مصر"),
    "UA": ("ukrain", "ucranian", "ucrain", "украинск", "الأوكراني", "اوکراین"),
    "QA": ("qatari", "catarí", "katarisch", "катарск", "القطري", "قطر"),
    "GR": ("grec", "griech", "grieg", "греческ", "اليونان", "یونان"),
    "IT": ("italien", "italian", "italia", "italiano", "итальянск", "الإيطالي", "ایتالیا"),
    "ES": ("espagnol", "español", "spanisch", "spagnol", "espanhol", "испанск", "الإسباني",
           "اسپانیا"),
    "AT": ("autrichien", "austriac", "österreichisch", "австрийск", "النمساوي", "اتریش"),
    "HU": ("hongrois", "húngar", "ungarisch", "ungheres", "венгерск", "المجري", "مجارستان"),
    "RS": ("serbio", "serbia", "serbisch", "сербск", "الصربي", "صربستان"),
    "PL": ("polonais", "polaco", "polnisch", "polacc", "polonês", "польск", "البولندي",
           "لهستان"),
    "BY": ("biélorusse", "bielorrus", "belarussisch", "bielorus", "белорусск", "البيلاروسي"),
    "MK": ("macédonien", "macedoni", "mazedonisch", "македонск"),
    "NL": ("néerlandais", "neerlandés", "niederländisch", "olandes", "holandés", "голландск",
           "нидерландск", "الهولندي"),
    "SE": ("suédois", "sueco", "schwedisch", "svedes", "шведск", "السويدي"),
    # the talks' and the Gulf's hosts: "la capital kazaja", "المدينة السويسرية"
    "KZ": ("kazaj", "kasach", "kazak", "казахстанск", "казахск", "الكازاخ", "قزاقستان"),
    "CH": ("suisse", "suiz", "svizzer", "suíç", "schweizer", "швейцарск", "السويسري", "سوئیس"),
    "BE": ("belge", "belga", "belgisch", "бельгийск", "البلجيكي", "بلژیک"),
    "AE": ("émirien", "emiratí", "emiratin", "emiradens", "эмиратск", "الإماراتي", "امارات"),
    "CY": ("chypriot", "chipriot", "cipriot", "zypriot", "кипрск", "القبرصي", "قبرس"),
    "LY": ("libyen", "libio", "libia", "libic", "líbi", "libysch", "ливийск", "الليبي", "لیبی"),
    "KW": ("koweït", "kuwaití", "kuwaitian", "kuwaitisch", "кувейтск", "الكويتي", "کویت"),
    "AZ": ("azerbaïdjan", "azerbaiyan", "azerbaigian", "aserbaidschan", "азербайджанск",
           "الأذربيجاني", "آذربایجان"),
    "CN": ("chinois", "chino", "chines", "cinese", "chinesisch", "китайск", "الصيني", "چین"),
}
_STEM_TO_COUNTRY = sorted(
    ((stem, country) for country, stems in _STEMS.items() for stem in stems),
    key=lambda sc: -len(sc[0]),
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def country_of_adjective(word: str) -> str | None:
    """The country of a nationality adjective in any report language, else None."""
    word = word.lower()
    if word in DEMONYMS:
        return DEMONYMS[word]
    for stem, country in _STEM_TO_COUNTRY:
        if word.startswith(stem):
            return country
    return None


def is_people_word(word: str) -> bool:
    """Whether an English word names a nationality or its people: "Syrian", "Yemenis"."""
    word = word.lower()
    return word in DEMONYMS or word.removesuffix("s") in DEMONYMS


def country_of_capital_adjective(body: str, start: int, end: int) -> str | None:
    """The country named by the adjective beside "capital" at body[start:end]: "la capitale
    russe", "die russische Hauptstadt", "российской столице", "العاصمة الروسية"."""
    after = _WORD_AFTER.match(body, end)
    if after and (country := country_of_adjective(after.group(1))):
        return country
    before = _WORD_BEFORE.search(body, max(0, start - 30), start)
    if before and before.group(1)[0].islower():
        return country_of_adjective(before.group(1))
    return None
