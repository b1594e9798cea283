"""Other languages' spellings of Arabic place names written the English way.

A German paper writes "Dschisr asch-Schughur" for "Jisr al-Shughur", a French one
"Djisr el-Choughour", a Spanish one "Yisr al-Shugur", an Italian one "Gisr al-Shughur", a Turkish
one "Cisr eş-Şuğur", a Russian one "Джиср-эш-Шугур". `spellings(alias, language)` derives such
spellings from an English-style alias by rule: letters (j, sh, kh, gh, q, y, z, w), vowels
(u → ou, ay → ei), endings (-ah → -a, -iyah → -ija / -iyé / -iye / -ия) and the article
(al- → el-, sun-letter assimilation as-, asch-, ech-, eş-, эш-). A few spellings per language,
never the cross-product of every option. `site_spellings(site)` applies this to the aliases of
Syrian and neighbouring places and drops spellings that are common words of their language.
The gazetteer registers them like curated aliases (a spelling already naming another place,
or a stop phrase, is skipped there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from wordfreq import get_frequency_dict, get_frequency_list, zipf_frequency

from geo.fold import APOSTROPHES, fold_keep_case, script_of
from geo.templates import (
    PERSIAN_HEADS,
    arabic_countryside,
    expand,
    expand_in,
    template_bases,
)
from reportmap.model import Site

LANGUAGES = ("de", "fr", "es", "it", "tr", "ru")
COUNTRIES = frozenset({"SY", "LB", "IQ", "JO"})
# GeoNames covers these well in every language; their names are not only Arabic.
SKIP_KINDS = frozenset({"capital", "country", "continent", "sea_area"})
# A spelling that is this frequent a word of its language (or of English) is no name: Zipf 3 is
# one occurrence per million words.
COMMON_ZIPF = 3.0
MIN_LETTERS = 4  # shorter one-word spellings are left alone
# Aliases spelt in every language, per site: its name and first aliases (curated ones come
# first; GeoNames' many variants of one name add little but load time). Later ones are spelt in
# Cyrillic only, whose spellings are all new ("Serakib" → "Серакиб").
MAX_SOURCES = 4
# German papers follow the scholarly transcription, which keeps the diphthongs the English press
# drops: "Dair as-Saur" from "Dayr az-Zawr", not from "Deir ez-Zor". A later alias written with
# "aw" or "ay" before a consonant (or at the end) is spelt in German too.
_CLASSICAL = re.compile(r"(?:aw|ay)(?![aeiouy])", re.IGNORECASE)

_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ed",
                       "er", "es", "esh", "et", "ez", "en"})
# Consonants the article assimilates to ("ash-Shughur", "ez-Zor", "ar-Raqqa").
_SUN = frozenset({"t", "th", "d", "dh", "r", "z", "s", "sh", "n"})
# Words that mark an alias as English (or another language) rather than a transliteration.
_ENGLISH = frozenset({
    "air", "airbase", "airfield", "airport", "base", "military", "naval", "camp", "prison", "dam",
    "lake", "river", "mount", "mountain", "mountains", "valley", "plain", "plains", "hills",
    "hill", "desert", "border", "crossing", "gate", "port", "harbour", "harbor", "bridge",
    "square", "street", "road", "highway", "station", "field", "fields", "oil", "gas", "plant",
    "factory", "hospital", "university", "school", "mosque", "church", "shrine", "citadel",
    "castle", "palace", "ministry", "centre", "center", "research", "city", "old", "new", "town",
    "village", "district", "districts", "quarter", "governorate", "province", "region", "area",
    "countryside", "rural", "refugee", "heights", "island", "bay", "cape", "coast", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
    "greater", "the", "of", "and", "saint", "st", "hotel", "tower", "market", "garrison",
    "brigade", "division", "regiment", "headquarters", "academy", "college", "institute",
    "company", "building", "complex", "facility", "depot", "checkpoint", "junction", "roundabout",
    "park", "stadium", "zone", "pocket", "front", "line", "lines", "basin", "spring", "springs",
    "canal", "pipeline", "terminal", "warehouse", "barracks", "battalion", "hq", "point",
    # German and French facility words ("Hafen Tartus" is no name to spell: "Хафен Тартус")
    "hafen", "flughafen", "kraftwerk", "staudamm", "grenzübergang", "stützpunkt", "centrale",
    "kibbutz", "kibbuz", "kibboutz", "moshav",
    # words of facility names ("Roj detention camp", "Adra central prison")
    "detention", "displacement", "central", "refugees", "transit", "women", "annex",
})
# Letters English-style transliterations of Arabic do without: such aliases are European words
# or already another language's spelling ("Castello", "Chaddadi", "Djarablus", "Palmyra").
_FOREIGN = re.compile(r"[cpvx]|g(?!h)|dj|sch|[^a-z' -]")
_VOWELS = frozenset("aeiou")
_RU_STEMMABLE = "аяоеиыьй"  # as geo/gazetteer.py: a final letter the matcher may replace

# Letters: English-style unit -> spelling, per language (Russian in `_RU`).
_CONSONANTS: dict[str, dict[str, str]] = {
    "de": {"j": "dsch", "sh": "sch", "kh": "ch", "q": "k", "y": "j", "z": "s"},
    "fr": {"j": "dj", "sh": "ch"},
    "es": {"j": "y", "kh": "j", "gh": "g"},
    "it": {"j": "gi"},
    "tr": {"j": "c", "sh": "ş", "kh": "h", "gh": "ğ", "q": "k", "w": "v", "th": "s", "dh": "z"},
}
_RU = {
    "b": "б", "t": "т", "th": "с", "j": "дж", "h": "х", "kh": "х", "d": "д", "dh": "з", "r": "р",
    "z": "з", "s": "с", "sh": "ш", "gh": "г", "f": "ф", "q": "к", "k": "к", "l": "л", "m": "м",
    "n": "н", "w": "в", "y": "й", "a": "а", "e": "е", "i": "и", "o": "о", "u": "у", "ou": "у",
    "oo": "у", "uu": "у", "ee": "и", "ii": "и", "aa": "аа",
}
_RU_IOTATED = {"a": "я", "aa": "я", "u": "ю", "ou": "ю", "oo": "ю", "e": "е", "o": "йо", "i": "йи"}
_LONG_U = frozenset({"u", "ou", "oo", "uu"})
_LONG_I = frozenset({"ee", "ii"})
_DIPHTHONGS = frozenset({"ay", "ai", "ey", "ei", "aw", "au"})
_DIGRAPHS = ("sh", "kh", "gh", "th", "dh", "ou", "oo", "ee", "aa", "ii", "uu", "ay", "ai", "aw",
             "au", "ei", "ey")
_ENDING = re.compile(r"(?:(?P<iya>iyy?[ae]h?)|(?<=[^aeiou])(?P<v>[ae])h)$")


def _plain(alias: str) -> str:
    """The alias without ayn and hamza marks ("‘Awaj", "Za'faraniyah")."""
    return "".join(c for c in alias if c not in APOSTROPHES).strip()


def is_source(alias: str) -> bool:
    """True for an English-style transliteration of an Arabic name ("Jisr al-Shughur")."""
    low = _plain(alias).lower()
    if _FOREIGN.search(low):
        return False
    words = [w for w in re.split(r"[\s-]+", low) if w]
    return bool(words) and not any(w.strip("'") in _ENGLISH for w in words)


# GeoNames' scholarly letters of Arabic ("Maşyāf", "Ḩarastā", "Ţafas"): the plain form they
# stand for, which the gazetteer keeps no copy of (it folds to the same key).
_SCHOLARLY = re.compile(r"[āīūēōḩḥşṣţṭḑḍẓżẕ]", re.IGNORECASE)


def _plain_latin(alias: str) -> str:
    """An alias in GeoNames' scholarly letters, plain ("Maşyāf" → "Masyaf"); others as they
    are. Only the Arabic names of Syria and its neighbours are read so (ş is ص there)."""
    if not _SCHOLARLY.search(alias):
        return alias
    return fold_keep_case(alias)


def eligible(site: Site) -> bool:
    """Sites whose names are Arabic: Syria's and its Arab neighbours', not capitals."""
    return site.country in COUNTRIES and site.kind not in SKIP_KINDS


@lru_cache(maxsize=65536)
def _units(word: str) -> tuple[str, ...]:
    """English-style letters of one lower-case word: digraphs ("sh", "ou", "ay") kept whole."""
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        after = word[i + 2:i + 3]
        if pair in _DIGRAPHS and not (pair in _DIPHTHONGS and after in _VOWELS):
            out.append(pair)
            i += 2
        else:
            out.append(word[i])
            i += 1
    return tuple(out)


def _is_vowel(unit: str) -> bool:
    return unit[0] in _VOWELS


def _consonant_y(units: Sequence[str], i: int) -> bool:
    nxt = units[i + 1] if i + 1 < len(units) else ""
    return bool(nxt) and _is_vowel(nxt)


def _latin_unit(units: Sequence[str], i: int, language: str) -> str:
    """One unit in one Latin-script language, given its neighbours."""
    unit = units[i]
    prev = units[i - 1] if i else ""
    nxt = units[i + 1] if i + 1 < len(units) else ""
    if unit in _DIPHTHONGS:
        if unit in ("aw", "au"):
            return {"fr": "aou", "tr": "ev"}.get(language, "au")
        if i == 0:
            return "ay" if language == "tr" else "ai"
        if unit in ("ei", "ey"):
            return "ey" if language == "tr" else "ei"
        return {"de": "ei", "fr": "ei", "tr": "ey"}.get(language, "ai")
    if unit in _LONG_U or unit == "u":
        return "ou" if language == "fr" else "u"
    if unit in _LONG_I:
        return "i"
    if unit == "y" and not _consonant_y(units, i):
        return "i"
    if unit == "j" and language == "it":
        return "gi" if nxt and nxt[0] in "aou" else "g"
    if unit == "s" and language in ("de", "fr") and prev and _is_vowel(prev) and nxt and (
            _is_vowel(nxt)):
        return "ss"
    return _CONSONANTS.get(language, {}).get(unit, unit)


def _ru_unit(units: Sequence[str], i: int) -> str:
    unit = units[i]
    prev = units[i - 1] if i else ""
    if unit in _DIPHTHONGS:
        if unit in ("aw", "au"):
            return "ау"
        return "ай" if i == 0 else "ей"
    if unit == "y":
        return "й" if _consonant_y(units, i) else "и"
    if unit in _RU_IOTATED and prev == "y":
        return ""  # written with the "y" before it
    if unit == "e" and (i == 0 or _is_vowel(prev)):
        return "э"
    out = _RU.get(unit)
    if out is None:
        return unit  # not a letter of English-style Arabic: the caller drops the spelling
    return out


def _ru_word(units: Sequence[str]) -> str:
    parts = []
    for i, unit in enumerate(units):
        if unit == "y" and i + 1 < len(units) and units[i + 1] in _RU_IOTATED:
            parts.append(_RU_IOTATED[units[i + 1]])
            continue
        parts.append(_ru_unit(units, i))
    return "".join(parts)


_ENDINGS = {
    "iya": {"de": "ija", "fr": "iyé", "es": "iya", "it": "iya", "tr": "iye", "ru": "ия"},
    "a": {"ru": "а"},
    # Spanish papers keep the English "-eh" ("Ain al Fiyeh") as often as they drop it ("Yable"):
    # `_render` writes both
    "e": {"de": "eh", "fr": "é", "es": "eh", "ru": "е"},
}


@lru_cache(maxsize=65536)
def _word(word: str, language: str) -> str:
    """One lower-case word (no article) spelt the way `language` does."""
    match = _ENDING.search(word) if len(word) > 4 else None
    stem, ending = word, ""
    if match:
        stem = word[:match.start()]
        kind = "iya" if match.group("iya") else match.group("v")
        ending = _ENDINGS[kind].get(language, kind if kind != "iya" else "iya")
    units = _units(stem.replace("'", ""))
    if language == "ru":
        body = _ru_word(units)
        if ending.startswith("и") and body.endswith("и"):
            ending = "я"  # "iyya" after a written i
    else:
        body = "".join(_latin_unit(units, i, language) for i in range(len(units)))
        if language == "fr" and not ending and len(word) >= 5 and re.search(
                r"[^aeiou](?:i|ee)n$", word):
            body += "e"  # "Mouhajirine", "Tichrine"
    return body + ending


def _first_consonant(word: str) -> str:
    units = _units(word.replace("'", ""))
    return units[0] if units else ""


@lru_cache(maxsize=65536)
def _article(language: str, word: str, assimilate: bool | None) -> str | None:
    """The article before `word`: plain "al" (False), assimilated ("ash", True) or "el" (None);
    None when the language has no such form."""
    initial = _first_consonant(word)
    sun = initial in _SUN
    if language == "ru":
        if not assimilate:
            return "аль"
        return "э" + _ru_word([initial]) if sun else "эль"
    if assimilate is None:
        return "el"
    if not assimilate:
        return "al" if language != "tr" else None
    vowel = "a" if language == "de" else "e"
    if language in ("es", "it"):
        return None
    if not sun:
        return None if language == "de" else "el"
    letter = _latin_unit([initial, "a"], 0, language)
    return vowel + letter


def _cap(text: str, upper: bool) -> str:
    return text[:1].upper() + text[1:] if upper and text else text


_SPLIT = re.compile(r"[\s-]+")
_CYRILLIC_NAME = re.compile(r"[а-яА-ЯёЁ' -]+")
# Articles as `_article` writes them: "al", "asch", "ech", "eş", "аль", "эш".
_ARTICLE = re.compile(r"[ae](?:l|sch|ch|sh|th|dh|[tdrzsşn])|аль|эль|э[а-я]{1,2}")


def _parse(alias: str) -> list[tuple[str | None, str, bool, bool]]:
    """(article or None, word, article capitalised, word capitalised) for each word."""
    words = [w for w in _SPLIT.split(_plain(alias)) if w]
    out: list[tuple[str | None, str, bool, bool]] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.lower() in _ARTICLES and i + 1 < len(words):
            nxt = words[i + 1]
            out.append((word.lower(), nxt.lower(), word[:1].isupper(), nxt[:1].isupper()))
            i += 2
        else:
            out.append((None, word.lower(), False, word[:1].isupper()))
            i += 1
    return out


def _render(parsed: list[tuple[str | None, str, bool, bool]], language: str) -> list[str]:
    out: list[str] = []
    has_article = any(article for article, *_ in parsed)
    forms = (False, True) if has_article else (False,)
    if has_article and language == "fr":
        forms = (False, None, True)  # "al-Choughour", "el-Choughour", "ech-Choughour"
    for assimilate in forms:
        parts: list[str] = []
        for article, word, article_upper, word_upper in parsed:
            body = _cap(_word(word, language), word_upper)
            if article is None:
                parts.append(body)
                continue
            form = _article(language, word, assimilate)
            if form is None:
                break
            parts.append(_cap(form, article_upper) + (" " if language == "es" else "-") + body)
        else:
            spelling = " ".join(parts)
            if spelling not in out:
                out.append(spelling)
    if language == "ru":
        # Russian papers soften an "l" before a consonant ("Сальма", "Хальфайя") as often as
        # not ("Салма"): both
        out += [d for d in (_RU_SOFT_L.sub("ль", s) for s in out) if d not in out]
        # "aw" before a consonant: "Хаур" and "Хавр" ("Hawr"); "Ain" (spring) opening a name:
        # "Айн-эль-Хавр" and, as often, "Эйн-эль-Хавр"
        out += [d for d in (_RU_AW.sub("ав", s) for s in out) if d not in out]
        out += [d for d in (_RU_AIN.sub("Эйн", s) for s in out) if d not in out]
        # a "y" between a consonant and a vowel: "Масяф" (Masyaf) is as often "Масьяф" or
        # "Масиаф", "Карятейн" (Qaryatayn) "Карьятейн"
        out += [d for d in (f(s) for f in (_ru_soft_y, _ru_i_y) for s in out) if d not in out]
        return [s for s in out if _CYRILLIC_NAME.fullmatch(s)]
    # "Башарри" → "Башари" would read as "Башар" (Bashar) with a case ending: Latin only
    out += [d for d in (_DOUBLE.sub(r"\1", s) for s in out) if d not in out]
    if language == "fr":  # "Kafr Ouweid" and "Kafr Oueid": French lets the "ou" carry the w
        out += [d for d in (_FRENCH_OUW.sub("u", s) for s in out) if d not in out]
    if language == "es":  # "Ain al Fiyeh" and "Ain al Fiye"
        out += [d for d in (_SPANISH_EH.sub("e", s) for s in out) if d not in out]
    return out


def spellings(alias: str, language: str) -> list[str]:
    """Spellings of an English-style alias in `language` (one of LANGUAGES), a few at most."""
    out = _render(_parse(alias), language)
    if language == "de" and _GERMAN_AI.search(alias):
        # German papers write the diphthong "ei" ("Bani Seid") or keep the English "ai" ("Bani
        # Said", "Saidnaja"); "ï" passes the letter rules untouched and is then put back
        kept = _render(_parse(_GERMAN_AI.sub("aï", alias)), language)
        out += [k for k in (s.replace("ï", "i") for s in kept) if k not in out]
    if language == "ru" and _TH.search(alias):
        # Russian papers that work from English copy write "th" (Arabic "ث") as "т" as often as
        # "с": "Атрия" and "Асрия" (Athriya), "Таура" and "Саура" (Thawra)
        out += [d for d in _render(_parse(_TH.sub(_t_for_th, alias)), language) if d not in out]
    if language == "es":
        # Spanish papers write a "w" after a vowel as "u" ("Zauiya"), in their own spelling and
        # in the English one they often keep ("Jabal al Zauiya")
        out += [d for d in dict.fromkeys(_SPANISH_W.sub("u", s) for s in (*out, alias))
                if d not in out and d != alias]
    return out


# "th" as one letter (Arabic "ث"), and its plain "t": "Athriya" → "Atriya", "Thawra" → "Tawra".
_TH = re.compile(r"[Tt]h")


def _t_for_th(match: re.Match[str]) -> str:
    return match.group(0)[0]


# A "w" between a vowel and a vowel ("Zawiya" → "Zauiya"; not the "uw" of "Suwayda").
_SPANISH_W = re.compile(r"(?<=[aeoAEO])w(?=[aeiouy])")


# A diphthong "ai" after a consonant, before a consonant or the end ("Zaid", "Saidnaya").
_GERMAN_AI = re.compile(r"(?<=[b-df-hj-np-tv-z])ai(?![aeiouy])", re.IGNORECASE)


# A doubled consonant (Arabic shadda) that other languages often write single: "Binnish" →
# "Binish", "Исса" → "Иса".
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1", re.I)
_RU_AIN = re.compile(r"^Айн(?=[\s-])")
_RU_AW = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ау(?=[бгджзклмнпрстфхцчшщ]|$)", re.I)
_RU_SOFT_L = re.compile(r"(?<=[аеиоуыэюя])л(?=[бвгджзкмнпрстфхцчшщ])")
_FRENCH_OUW = re.compile(r"(?<=[Oo])uw(?=[aeiouéy])")
_SPANISH_EH = re.compile(r"(?<=[^aeiouAEIOU])eh\b")


# "я", "ю" right after a consonant inside a word: only a "y" + vowel gives them there
_RU_Y_AFTER_CONSONANT = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])([яю])")
_RU_I_VOWEL = {"я": "иа", "ю": "иу"}


def _ru_soft_y(spelling: str) -> str:
    """"Масяф" → "Масьяф": the soft sign Russian papers write before an iotated vowel."""
    return _RU_Y_AFTER_CONSONANT.sub(r"ь\1", spelling)


def _ru_i_y(spelling: str) -> str:
    """"Масяф" → "Масиаф": the "y" written as a vowel, as papers working from English do."""
    return _RU_Y_AFTER_CONSONANT.sub(lambda m: _RU_I_VOWEL[m.group(1)], spelling)


def transliterations(alias: str, languages: tuple[str, ...] = LANGUAGES) -> set[str]:
    """Every language's spellings of `alias` that differ from it (empty if not a source)."""
    if not is_source(alias):
        return set()
    found = {s for language in languages for s in spellings(alias, language)}
    return {s for s in found if s.lower() != alias.lower()}


@lru_cache(maxsize=1)
def _word_lists() -> tuple[dict[str, float], ...]:
    return tuple(get_frequency_dict(lang, wordlist="small") for lang in (*LANGUAGES, "en"))


@lru_cache(maxsize=65536)
def _common(text: str) -> bool:
    """A word at least COMMON_ZIPF frequent in one of the languages or in English."""
    low = text.lower()
    floor = 10 ** (COMMON_ZIPF - 9)
    return any(words.get(low, 0.0) >= floor for words in _word_lists())


def _core_words(spelling: str) -> list[str]:
    """The words of a spelling but its articles ("al", "asch", "эш")."""
    return [w for w in _SPLIT.split(spelling) if w and not _ARTICLE.fullmatch(w.lower())]


def is_plausible(spelling: str) -> bool:
    """Not a common word, not too short once its article is dropped."""
    core = _core_words(spelling)
    if not core:
        return False
    if len(core) == 1:
        word = core[0]
        if sum(c.isalpha() for c in word) < MIN_LETTERS or _common(word):
            return False
        stem = word[:-1]
        if len(word) >= 5 and word[-1].lower() in _RU_STEMMABLE and any(
                _common(stem + ending) for ending in ("", *_RU_STEMMABLE)):
            return False  # the matcher reads "Башар" + a case ending in "Башарра"
    return not _common(" ".join(core)) if len(core) == 1 else True


# The matcher reads a Russian case ending after a name, and replaces the final vowel of a last
# word of five letters or more ("Латакии"); a shorter one ("Хама") keeps its vowel, so its
# case forms are spelt out: genitive, dative/prepositional, accusative, instrumental.
_RU_SHORT = re.compile(r"(?:^|(?<=[\s-]))([А-ЯЁ][а-яё]{2})([ая])$")
_RU_CASES = {"а": ("ы", "е", "у", "ой"), "я": ("и", "е", "ю", "ей")}


# Russian spelling: no "ы" after a velar or hushing consonant ("Рига" → "Риги"), an unstressed
# "ой" is "ей" after a hushing one or "ц" ("Ница" → "Ницей").
_RU_NO_Y = frozenset("гкхжшщч")
_RU_SOFT_O = frozenset("жшщчц")


def _ru_ending(stem: str, ending: str) -> str:
    if ending == "ы" and stem[-1] in _RU_NO_Y:
        return "и"
    if ending == "ой" and stem[-1] in _RU_SOFT_O:
        return "ей"
    return ending


def ru_case_forms(alias: str, common: Callable[[str], bool] | None = None) -> list[str]:
    """Case forms of a Cyrillic alias whose last word is a short capitalised name ending in
    -а/-я ("Хама" → "Хамы", "Хаме", "Хаму", "Хамой"; "Рига" → "Риги"), common words left out
    ("Дары"; `common` decides, by default a word of any of the languages)."""
    match = _RU_SHORT.search(alias)
    if not match:
        return []
    is_common = common or _common
    stem = match.group(1)
    head = alias[:match.start(1)] + stem
    endings = dict.fromkeys(_ru_ending(stem, e) for e in _RU_CASES[match.group(2)])
    return [head + ending for ending in endings if not is_common(stem + ending)]


# Places abroad keep their Russian names from GeoNames and world.csv; a short one ("Вена",
# "Доха", "Рига") gets its case forms too ("в Вене", "в Дохе"). Only a frequent Russian word is
# left out, at the bar extraction also sets for places far away (reportmap/common_words.py reads
# this one): "вене" (Zipf 3.98, "in a vein") is as often Vienna, and the matcher wants a capital.
FOREIGN_COMMON_ZIPF = 4.0
_NO_CASE_KINDS = frozenset({"sea_area", "continent"})


@lru_cache(maxsize=65536)
def _common_russian(text: str) -> bool:
    return zipf_frequency(text.lower(), "ru", wordlist="small") >= FOREIGN_COMMON_ZIPF


def foreign_case_forms(site: Site) -> list[str]:
    """Case forms of the short Russian names of a site abroad: "Вена" → "Вене", "Вену"."""
    if site.kind in _NO_CASE_KINDS:
        return []
    known = {a.lower() for a in (site.name, *site.aliases)}
    out: dict[str, None] = {}
    for alias in site.aliases:
        if _CYRILLIC_NAME.fullmatch(alias):
            for form in ru_case_forms(alias, _common_russian):
                if form.lower() not in known:
                    out.setdefault(form, None)
    return list(out)


def site_spellings(site: Site) -> list[str]:
    """Generated spellings of an eligible site's names, plausible ones only, in a stable order
    (of a site abroad, only its short Russian names' case forms):
    each language's spellings with that language's templates of the site's kind ("Menağ",
    "Menağ Askeri Havaalanı"), Russian case forms, then the Arabic names' Persian spellings and
    a town's countryside ("ريف جبلة")."""
    if not eligible(site):
        return foreign_case_forms(site)
    seen: dict[str, None] = {}
    known = {a.lower() for a in (site.name, *site.aliases)}
    sources = [a for a in dict.fromkeys(_plain_latin(n) for n in (site.name, *site.aliases))
               if is_source(a)]
    for n, alias in enumerate(sources):
        languages = LANGUAGES if n < MAX_SOURCES else (
            ("de", "ru") if _CLASSICAL.search(alias) else ("ru",))
        if not is_source(alias):
            continue
        for language in languages:
            found = {s for s in spellings(alias, language) if s.lower() != alias.lower()}
            for spelling in sorted(found):
                capitals = all(w[:1].isupper() for w in _core_words(spelling))
                if capitals and spelling.lower() not in known and is_plausible(spelling):
                    seen.setdefault(spelling, None)
                    for form in expand_in(site.kind, spelling, language):
                        if form.lower() not in known:
                            seen.setdefault(form, None)
    for form in _facility_forms(site, known):
        seen.setdefault(form, None)
    for alias in [a for a in (site.name, *site.aliases) if _CYRILLIC_NAME.fullmatch(a)] + [
            s for s in seen if _CYRILLIC_NAME.fullmatch(s)]:
        for form in ru_case_forms(alias):
            if form.lower() not in known:
                seen.setdefault(form, None)
    arabic = [a for a in dict.fromkeys((site.name, *site.aliases)) if script_of(a) == "arabic"]
    for alias in arabic:
        if alias.split()[0] in ARABIC_HEADS or alias.split()[0] in PERSIAN_HEADS:
            continue  # "قاعدة منغ الجوية": the name itself is spelt
        for form in persian_spellings(alias):
            if form not in known:
                seen.setdefault(form, None)
    if site.country == "SY" and site.kind in COUNTRYSIDE_KINDS:
        for alias in arabic:
            if _ARABIC_NAME.fullmatch(alias) and alias.split()[0] not in ARABIC_HEADS:
                for form in arabic_countryside(alias, before=False):
                    seen.setdefault(form, None)
    return list(seen)


def _facility_forms(site: Site, known: set[str]) -> list[str]:
    """A facility's names in every language, from the bases its names were built on: "Abu
    Duhur Air Base" gives "Abu Duhur", whose French spelling gives "base aérienne d'Abou
    Douhour"; "Ain Issa camp" gives "campo di Ain Issa" and "лагерь Айн-Исса"."""
    bases: dict[str, None] = {}
    if site.kind == "governorate":  # its bases are chosen by hand ("région de Damas" is the city)
        return []
    for alias in (site.name, *site.aliases):
        found = template_bases(site.kind, alias)[:1]  # the most specific template's
        for base in found:
            if is_source(base) or _CYRILLIC_NAME.fullmatch(base):
                bases.setdefault(base, None)
    out: dict[str, None] = {}
    for base in list(bases)[:MAX_SOURCES * 2]:
        if script_of(base) == "cyrillic":
            forms = expand(site.kind, base, named=True)
        else:
            forms = list(expand(site.kind, base, named=True))
            for language in LANGUAGES:
                for spelling in sorted(set(spellings(base, language)) - {base}):
                    if all(w[:1].isupper() for w in _core_words(spelling)):
                        forms += expand_in(site.kind, spelling, language)
        for form in forms:
            if form.lower() not in known:
                out.setdefault(form, None)
    return list(out)


# Persian writes the Arabic feminine ending "ة" as "ه" and often drops the article ("نبطیه" for
# "النبطية", "رقه" for "الرقة"); Arabic papers write "ه" too ("حماه"). A form that is a frequent
# Arabic or Persian word is left out.
_TA_MARBUTA = re.compile(r"ة(?=\s|$)")
ARABIC_COMMON_ZIPF = 3.0
MIN_ARABIC_LETTERS = 4


def persian_spellings(alias: str) -> list[str]:
    """The "ه" spelling of an Arabic name ending in "ة", and of a one-word name its form without
    the article: "النبطية" → "النبطيه", "نبطيه"; "تل رفعت" → none."""
    if script_of(alias) != "arabic" or not _TA_MARBUTA.search(alias):
        return []
    written = _TA_MARBUTA.sub("ه", alias)
    out = [written]
    if " " not in written and written.startswith("ال"):
        out.append(written[2:])
    return [form for form in out if sum(c.isalpha() for c in form) >= MIN_ARABIC_LETTERS
            and not (" " not in form and _common_arabic(form))]


@lru_cache(maxsize=65536)
def _common_arabic(word: str) -> bool:
    return any(zipf_frequency(word, language, wordlist="small") >= ARABIC_COMMON_ZIPF
               for language in ("ar", "fa"))


# Kinds whose countryside is named after them ("ريف جبلة", "ريف منبج"); a governorate
# has its own (geo/templates.py), which wins over a seat's: "ريف حلب" is the governorate.
COUNTRYSIDE_KINDS = frozenset({"city", "town"})
_ARABIC_NAME = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,2}")
# Head nouns of Arabic names that are no town's name alone ("مدينة الباب", "بلدة قباسين").
ARABIC_HEADS = frozenset({"مدينة", "بلدة", "قرية", "مخيم", "حي", "منطقة", "ريف", "محافظة",
                          "مطار", "قاعدة", "معبر", "سد", "سجن", "جبل", "ناحية", "منطقه",
                          "مشفى", "مستشفى", "جامعة", "ساحة", "ميناء", "مرفأ", "جامع", "مسجد",
                          "حقل", "معسكر", "ريفي", "أرياف", "ارياف", "پایگاه", "فرودگاه"})


def release_word_lists() -> None:
    """Let the word lists go once the spellings are made (~30 MB); wordfreq reloads a
    language's list when asked again."""
    for cached in (_word_lists, _common, _word, _units, _article, _common_arabic,
                   _common_russian):
        cached.cache_clear()
    get_frequency_dict.cache_clear()
    get_frequency_list.cache_clear()
