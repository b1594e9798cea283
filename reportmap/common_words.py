"""Place names that are also common words of the report's language ("Dabei", "Tiro", "صور")."""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import available_languages, zipf_frequency

from geo.fold import fold, script_of
from geo.translit import FOREIGN_COMMON_ZIPF
from reportmap.model import Site

# Zipf 4.5 is about 30 occurrences per million words: "seen", "dabei", "tiro", "صور", "совета".
# Place names themselves rarely reach it in news text ("Homs" 2.9, "Manbij" 2.2, "Tyre" 3.5).
COMMON_ZIPF = 4.5
# A place far away needs a rarer word, about 10 per million: "Северный" 4.2, "Иванов" 4.5 ("Mosul"
# is 3.3); the gazetteer spells foreign case forms to the same bar.
FAR_COMMON_ZIPF = FOREIGN_COMMON_ZIPF
# A spelling guessed from its consonants alone needs a rarer word: "von Schiffen" (3.8, ships)
# is no Shifouniyah, while "Menbiç" (3.1) is Manbij.
GUESS_COMMON_ZIPF = 3.3
# A village's guessed spelling needs a rarer word still: "von Schiiten" (3.1, Shiites) is no
# Zeitan; towns that reports spell in their own way are bigger ("Menbiç").
GUESS_VILLAGE_ZIPF = 2.5
# Places so often named that a reader takes the name for the place whatever the word means.
MAJOR_POPULATION = 1_000_000
_LANGUAGES = frozenset(available_languages())
# Syria and its neighbours: their big cities win under any of their names ("حلب", "وحلب").
NEAR_COUNTRIES = frozenset({"SY", "LB", "TR", "IQ", "JO", "IL", "PS"})


@lru_cache(maxsize=20_000)
def zipf(word: str, language: str) -> float:
    """Zipf frequency of one word in the language (0 for a phrase or an unknown language)."""
    if language not in _LANGUAGES or not word or " " in word.strip():
        return 0.0
    return zipf_frequency(word.lower(), language, wordlist="small")  # loads in ~20 ms


def is_common_word(
    surface: str, language: str, site: Site | None = None, guessed: bool = False
) -> bool:
    """True when the surface is a frequent word of the language ("Dabei" in German); for a
    place far from Syria, a fairly frequent one is enough ("Северный", northern, is a Russian
    town); for a spelling guessed from its consonants, a word of middling frequency."""
    far = site is not None and site.country not in NEAR_COUNTRIES
    bar = GUESS_COMMON_ZIPF if guessed else FAR_COMMON_ZIPF if far else COMMON_ZIPF
    if guessed and site is not None and site.kind in {"village", "neighbourhood"}:
        bar = GUESS_VILLAGE_ZIPF
    return zipf(surface, language) >= bar


# A language's word list counts its own country's towns: "Şanlıurfa" is frequent in Turkish.
HOME_COUNTRIES = {
    "tr": {"TR"}, "ru": {"RU"}, "de": {"DE", "AT", "CH"}, "fr": {"FR"}, "es": {"ES"},
    "it": {"IT"}, "pt": {"PT", "BR"}, "nl": {"NL", "BE"}, "fa": {"IR"}, "en": {"US", "GB"},
}
HOME_POPULATION = 100_000
# A city of the reader's country named by its own first name in the reader's script ("Сочи"):
# big enough that the name is more often the city than the word ("Северный", 200,000, is a
# Moscow district and the adjective "northern").
OWN_NAME_POPULATION = 300_000


def is_major(site: Site, language: str, surface: str | None = None) -> bool:
    """A name that wins over the word: a country, capital, province or city of a million people,
    or a city of the language's own country. A big city far away wins only under its own name:
    "Perto" (Portuguese "near") is one of Perth's exonyms, not what a Portuguese reader sees."""
    if site.kind in {"country", "capital", "governorate", "province"}:
        return True
    home = site.country in HOME_COUNTRIES.get(language, ())
    if home and site.population >= MAJOR_POPULATION:
        return True  # "в Воронеже": a big city of the reader's own country, in any case form
    if home and site.population >= HOME_POPULATION and surface and script_of(surface) == "arabic":
        return True  # "کرمان": Persian names of Iran's cities are frequent words as themselves;
        # in Latin and Cyrillic script a town's name is also a surname or adjective ("Иванов")
    if home and site.population >= OWN_NAME_POPULATION and surface and _own_name(site, surface):
        return True  # "в Сочи": the city's first name in the reader's script, not a case form
        # that is also a surname ("Иванов" is no Ivanovo)
    if surface is not None and site.country not in NEAR_COUNTRIES and fold(surface) != fold(
        site.name
    ) and not (not home and _own_name(site, surface, inflected=True)):
        return False  # "в Нью-Йорке" is New York's own Russian name; "Perto" only an exonym
    return site.population >= MAJOR_POPULATION or (home and site.population >= HOME_POPULATION)


# Russian case endings after a name: "Нью-Йорке", "Парижа", "Берлином".
_RUSSIAN_ENDING = re.compile(r"(?:е|а|у|ом|ой|ы|и|ем|ю)")


def _own_name(site: Site, surface: str, inflected: bool = False) -> bool:
    """Whether the surface is the site's first alias written in the surface's script (with a
    Russian case ending when `inflected`)."""
    script = script_of(surface)
    first = next((a for a in site.aliases if script_of(a) == script), None)
    if first is None:
        return False
    name, written = fold(first), fold(surface)
    if name == written:
        return True
    return (
        inflected and script == "cyrillic" and written.startswith(name)
        and _RUSSIAN_ENDING.fullmatch(written[len(name):]) is not None
    )


# A word that carries a one-letter Arabic proclitic needs this frequency to be a word of its own.
GLUED_WORD_ZIPF = 3.0


def is_glued_word(body: str, start: int, end: int, language: str) -> bool:
    """Whether a name read after a glued Arabic proclitic is part of a common word: "كسرت"
    (broke) is no "ك" + Sirte, Persian "بحران" (crisis) no "ب" + Harran. The whole word must
    be frequent and more frequent than the name alone ("بدمشق" is rarer than "دمشق")."""
    lead = start
    while lead > 0 and body[lead - 1].isalpha() and script_of(body[lead - 1]) == "arabic":
        lead -= 1
    if lead == start or (end < len(body) and body[end].isalpha()):
        return False
    whole = zipf(body[lead:end], language)
    return whole >= GLUED_WORD_ZIPF and whole > zipf(body[start:end], language)
