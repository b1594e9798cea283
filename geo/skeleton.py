"""Consonant skeletons of place names: one key for the many transliterations of one name.

"Raqa", "Raqqa" and "Rakka" all read `rk`; "Menbiç" and "Manbij" read `mnbj`; "Khan Cheikhoun"
and "Khan Sheikhoun" read `hn shn`. Arabic names reach reports through English, French,
German, Turkish and Russian spelling habits; their consonants survive, their vowels do not.
Used only as a last resort, for capitalised words the gazetteer does not know, after a word that
announces a place (`guess_places`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from reportmap.model import Site

# Digraphs first (order matters), then single letters; vowels are dropped afterwards.
_DIGRAPHS = (
    ("sch", "s"), ("tch", "s"), ("dj", "j"), ("dsch", "j"), ("ch", "s"), ("sh", "s"),
    ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ou", "u"), ("ck", "k"),
)
_LETTERS = str.maketrans({"q": "k", "ç": "j", "c": "j", "x": "ks", "w": "v", "z": "z", "ğ": "g",
                          "ş": "s", "ı": "i", "'": "", "’": "", "`": "", "ʿ": "", "ʾ": ""})
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "s", "ш": "s", "щ": "s",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
})
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash"})
_VOWELS = re.compile(r"[aeiouyöüéèêâîôûäàíóú]")
_RUSSIAN_CASE = re.compile(r"(?:ом|ем|ой|ей|ою|ах|ях|ами|ями|а|я|у|ю|е|ы|и)$")
MIN_CONSONANTS = 2
_WIDE = frozenset({"governorate", "region", "province", "district"})


def skeleton(name: str) -> str:
    """The consonant key of a name: lower case, no article, no vowels, no doubled letters."""
    text = name.lower().replace("дж", "j").translate(_CYRILLIC)  # "Шаджара": Shajara
    text = unicodedata.normalize("NFKD", text.replace("ç", "\0")).replace("\0", "ç")
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = []
    for word in re.split(r"[\s-]+", text):
        if word in _ARTICLES:  # "al-Bab": the article is a word of its own after the split
            continue
        word = re.sub(r"(?<=[aeiouyé])h$", "", word)  # "Salamiyah", "Salamiyeh", "Salamiyé"
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = _VOWELS.sub("", word.translate(_LETTERS))
        word = re.sub(r"[^a-z]", "", word)
        word = re.sub(r"(.)\1+", r"\1", word)
        if word:
            words.append(word)
    return " ".join(words)


def skeleton_index(sites: Iterable[Site]) -> dict[str, list[Site]]:
    """Key -> sites, over every name and Latin/Cyrillic alias of populated places and sites."""
    index: dict[str, list[Site]] = {}
    for site in sites:
        if site.kind in {"country", "continent", "sea_area"}:
            continue
        for name in {site.name, *site.aliases}:
            if not re.search(r"[A-Za-zА-Яа-я]", name):
                continue
            key = skeleton(name)
            if len(key.replace(" ", "")) >= MIN_CONSONANTS:
                bucket = index.setdefault(key, [])
                if site not in bucket:
                    bucket.append(site)
    return index


# A capitalised name after a word that announces a place, in the languages reports come in.
_UPPER = r"[A-ZÀ-ÖØ-ÞĞŞİÇÜÖА-ЯЁ]"
_NAME = _UPPER + r"[\w'’`-]*(?:\s+" + _UPPER + r"[\w'’`-]*){0,2}"
PLACE_CUE_NAME = re.compile(
    r"(?:\b(?:in|near|at|outside|village\s+of|town\s+of|city\s+of|villages?\s+of|from|to|"
    r"towards|dans|à|près\s+de|vers|ville\s+de|village\s+de|localité\s+de|en|cerca\s+de|hacia|"
    r"pueblo\s+de|ciudad\s+de|bei|nahe|nach|aus|Stadt|Dorf|Ortschaft|в|во|из|под|около|у|"
    r"села|деревни|города|город|captured|seized|retook|recaptured|entered|shelled|struck|hit|"
    r"bombed|stormed|took|attacked|besieged|pris|repris|bombardé|frappé|tomaron|bombardearon|"
    r"eroberten|beschossen|взяли|заняли|обстреляли)\s+)(?P<name>" + _NAME + r")"
    # Turkish case endings, not English possessives and contractions ("People's", "didn't")
    r"|(?P<tr>" + _NAME + r")['’](?!(?:s|t|ll|re|ve|d|m)\b)(?:[a-zçğıöşü]{1,4})\b"
)


def guess_places(text: str, index: dict[str, list[Site]], taken: list[tuple[int, int]],
                 countries: set[str]) -> Iterator[tuple[int, int, str, tuple[Site, ...]]]:
    """(start, end, surface, sites) for unknown names whose skeleton matches a known place.

    Only names after a place word ("in", "near", "village of", "dans", "в", Turkish case
    endings), only places in `countries`, only skeletons of 2+ consonants, only one site
    (a city wins over the province named after it).
    """
    for match in PLACE_CUE_NAME.finditer(text):
        group = "name" if match.group("name") else "tr"
        start, end = match.start(group), match.end(group)
        if any(start < e and end > s for s, e in taken):
            continue
        surface = text[start:end]
        words = surface.split()
        # the longest leading run of words with a unique skeleton match wins
        for n in range(len(words), 0, -1):
            part = " ".join(words[:n])
            key = skeleton(_RUSSIAN_CASE.sub("", part) if re.search("[А-Яа-я]", part) else part)
            sites = [s for s in index.get(key, []) if s.country in countries]
            if len(sites) > 1:  # "Raqqa" the city and "Raqqa" the province: the city
                sites = [s for s in sites if s.kind not in _WIDE] or sites
            if len(key.replace(" ", "")) >= MIN_CONSONANTS and len(sites) == 1:
                yield start, start + len(part), part, (sites[0],)
                break
