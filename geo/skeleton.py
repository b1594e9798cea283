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
    ("dsch", "j"), ("tsch", "s"), ("sch", "s"), ("tch", "s"), ("dj", "j"), ("ch", "s"), ("sh", "s"),
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
# "al-Bab", "Deir ez-Zor", "Abu ed-Duhur" (Russian "Абу-эд-Духур"), "Jisr esh-Shughur"
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "ed", "er", "es",
                       "en", "et", "ez", "esh", "ud", "ur", "us", "un", "ut", "uz", "ul", "il"})
_GLIDE = re.compile(r"(?<=[aeiouéè])[jy](?=[aeiouéè])|(?<=i)[jy](?=[aeouéè])")
_VOWELS = re.compile(r"[aeiouyöüéèêâîôûäàíóú]")
_RUSSIAN_CASE = re.compile(r"(?:ом|ем|ой|ей|ою|ах|ях|ами|ями|а|я|у|ю|е|ы|и)$")
MIN_CONSONANTS = 2
_WIDE = frozenset({"governorate", "region", "province", "district"})


def skeleton(name: str, glide: bool = False) -> str:
    """The consonant key of a name: lower case, no article, no vowels, no doubled letters.

    With `glide`, a j or y between vowels is dropped and a leading y is a j: German
    "Moadamijat" and English "Moadamiyet", Spanish "Yisr" and English "Jisr" then agree; and
    z reads as s: German "Deir as-Sor" is Deir ez-Zor.
    """
    text = name.lower().replace("дж", "j").translate(_CYRILLIC)  # "Шаджара": Shajara
    text = unicodedata.normalize("NFKD", text.replace("ç", "\0")).replace("\0", "ç")
    text = "".join(c for c in text if not unicodedata.combining(c))
    words = []
    for word in re.split(r"[\s-]+", text):
        if word in _ARTICLES:  # "al-Bab": the article is a word of its own after the split
            continue
        # "Salamiyah", "Salamiyeh", "Salamiyé"; not Turkish "Şeyh" (Sheikh)
        word = re.sub(r"(?<=[aeiouyé])(?<![ae]y)h$", "", word)
        if glide:
            word = _GLIDE.sub("", re.sub(r"^y(?=[aeiou])", "j", word))
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = _VOWELS.sub("", word.translate(_LETTERS))
        if glide:
            word = word.replace("z", "s")
        word = re.sub(r"[^a-z]", "", word)
        word = re.sub(r"(.)\1+", r"\1", word)
        if word:
            words.append(word)
    return " ".join(words)


def skeleton_keys(name: str) -> tuple[str, ...]:
    """The plain key, then the glide key when it differs."""
    keys = (skeleton(name), skeleton(name, glide=True))
    return keys[:1] if keys[0] == keys[1] else keys


def skeleton_index(sites: Iterable[Site]) -> dict[str, list[Site]]:
    """Key -> sites, over every name and Latin/Cyrillic alias of populated places and sites."""
    index: dict[str, list[Site]] = {}
    for site in sites:
        if site.kind in {"country", "continent", "sea_area"}:
            continue
        for name in {site.name, *site.aliases}:
            if not re.search(r"[A-Za-zА-Яа-я]", name):
                continue
            for key in skeleton_keys(name):
                if len(key.replace(" ", "")) >= MIN_CONSONANTS:
                    bucket = index.setdefault(key, [])
                    if site not in bucket:
                        bucket.append(site)
    return index


# A capitalised name after a word that announces a place, in the languages reports come in.
_UPPER = r"[A-ZÀ-ÖØ-ÞĞŞİÇÜÖА-ЯЁ]"
# Later words are capitalised or an article glued to a word: "Deir as-Sor", "Abu ed-Duhur".
_LATER_WORD = r"(?:" + _UPPER + r"[\w'’`-]*|(?:a[lsdrntz]|ash|e[lsdrntz]|esh)-[\w'’`-]+)"
_NAME = _UPPER + r"[\w'’`-]*(?:\s+" + _LATER_WORD + r"){0,2}"
PLACE_CUE_NAME = re.compile(
    r"(?:\b(?:in|near|at|outside|village\s+of|town\s+of|city\s+of|villages?\s+of|from|to|"
    r"towards|dans|à|près\s+de|vers|villes?\s+de|villages?\s+de|localités?\s+de|depuis|en|"
    r"cerca\s+de|hacia|desde|pueblos?\s+de|ciudad\s+de|localidades\s+de|aldeas\s+de|"
    r"villaggi\s+di|aldeias\s+de|bei|nahe|nach|aus|von|Stadt|Dorf|Dörfer|Dörfern|"
    r"[A-ZÄÖÜ]\w*stadt|[A-ZÄÖÜ]\w*dorf|"
    r"Ortschaft|vicino\s+a|verso|città\s+di|perto\s+de|cidade\s+de|в|во|из|под|около|у|"
    r"села|деревни|города|город|посёлок|поселок|captured|seized|retook|recaptured|entered|"
    r"shelled|struck|hit|bombed|stormed|took|attacked|besieged|pris|repris|bombardé|frappé|"
    r"tomaron|bombardearon|eroberten|beschossen|взяли|заняли|обстреляли)\s+)(?P<name>" + _NAME
    + r")"
    # Turkish case endings, not English possessives and contractions ("People's", "didn't")
    r"|(?P<tr>" + _NAME + r")['’](?!(?:s|t|ll|re|ve|d|m)\b)(?:[a-zçğıöşü]{1,4})\b"
)
# A facility's own noun before its name: "den Flughafen Dscharrah", "аэродром Абу-эд-Духур".
FACILITY_CUE_NAME = re.compile(
    r"\b(?:air\s*base|airport|airfield|Flughafen|Militärflughafen|Luftwaffenstützpunkt|"
    r"aéroport|base\s+aérienne\s+de|aeropuerto\s+de|base\s+aérea\s+de|base\s+de|"
    r"aeroporto\s+di|base\s+aerea\s+di|aeroporto\s+de|аэродром[аеу]?|"
    r"авиабаз[аеуы]|аэропорт[аеу]?)\s+(?P<name>" + _NAME + r")"
)
_FACILITY = frozenset({"air_base", "airport", "military_base"})
# A list joins places: "Foua and Kefraya", "Binish y Sarmín", "Kamışlı, Ayn el-Arab ve Derik".
_JOIN = r"(?:\s*,\s*|\s+(?:and|or|y|o|e|et|ou|und|oder|ve|veya|и|или)\s+)"
_JOINED_AFTER = re.compile(_JOIN + r"(?P<name>" + _NAME + r")")
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[\s(]))(?P<name>" + _NAME + r")" + _JOIN + r"$")


def _named_spans(text: str, places: list[tuple[int, int]]
                 ) -> Iterator[tuple[int, int, frozenset[str], int]]:
    """Capitalised names after a place word or in a list with a known place, with the kinds
    their noun prefers ("Flughafen X": an air base rather than the town X) and the fewest
    consonants their skeleton needs."""
    for match in FACILITY_CUE_NAME.finditer(text):
        yield match.start("name"), match.end("name"), _FACILITY, MIN_CONSONANTS
    for match in PLACE_CUE_NAME.finditer(text):
        group = "name" if match.group("name") else "tr"
        yield match.start(group), match.end(group), frozenset(), MIN_CONSONANTS
        end = match.end(group)  # "les villages de Hardatnine et Rityane": the list goes on
        while (joined := _JOINED_AFTER.match(text, end, min(len(text), end + 60))):
            yield joined.start("name"), joined.end("name"), frozenset(), MIN_CONSONANTS + 1
            end = joined.end("name")
    for start, end in places:  # weaker evidence: a longer skeleton
        after = _JOINED_AFTER.match(text, end, min(len(text), end + 60))
        if after:
            yield after.start("name"), after.end("name"), frozenset(), MIN_CONSONANTS + 1
        head = max(0, start - 60)
        before = _JOINED_BEFORE.search(text[head:start])
        if before:
            start, end = head + before.start("name"), head + before.end("name")
            yield start, end, frozenset(), MIN_CONSONANTS + 1


def guess_places(text: str, index: dict[str, list[Site]], taken: list[tuple[int, int]],
                 countries: set[str], places: list[tuple[int, int]] | None = None
                 ) -> Iterator[tuple[int, int, str, tuple[Site, ...], frozenset[str]]]:
    """(start, end, surface, sites, kinds its noun asks for) for unknown names whose skeleton
    matches a known place.

    Only names after a place word ("in", "near", "village of", "dans", "в", Turkish case
    endings) or in a list with a known place (`places`), only places in `countries`, only
    skeletons of 2+ consonants, only one site (a city wins over the province named after it).
    """
    seen: set[int] = set()
    for start, end, kinds, fewest in sorted(set(_named_spans(text, places or []))):
        if start in seen or any(start < e and end > s for s, e in taken):
            continue
        seen.add(start)
        if text[start:end].isupper():
            continue  # an acronym ("MSB'nin"), not a spelling of a place
        words = text[start:end].split()
        # the longest leading run of words with a unique skeleton match wins
        for n in range(len(words), 0, -1):
            part = " ".join(words[:n])
            site = _unique(part, index, countries, kinds, fewest)
            if site is not None:
                yield start, start + len(part), part, (site,), kinds
                break


def _unique(part: str, index: dict[str, list[Site]], countries: set[str],
            kinds: frozenset[str] = frozenset(), fewest: int = MIN_CONSONANTS) -> Site | None:
    """The one site of `countries` whose key (plain, then glide) is that of `part`."""
    name = _RUSSIAN_CASE.sub("", part) if re.search("[А-Яа-я]", part) else part
    for key in skeleton_keys(name):
        if len(key.replace(" ", "")) < fewest:
            continue
        sites = [s for s in index.get(key, []) if s.country in countries]
        if len(key.replace(" ", "")) < 3:  # "Eşme" is not "Soma": a short key needs its initial
            sites = [s for s in sites if _same_initial(name, s)]
        if len(sites) > 1:  # "Raqqa" the city and "Raqqa" the province: the city
            sites = [s for s in sites if s.kind not in _WIDE] or sites
        if len(sites) > 1 and kinds:
            sites = [s for s in sites if s.kind in kinds] or sites
        if len(sites) == 1:
            return sites[0]
    return None


def _initial(name: str) -> bool:
    """Whether a name (its article left out) starts with a vowel."""
    words = [w for w in re.split(r"[\s-]+", name.lower().translate(_CYRILLIC)) if w]
    words = [w for w in words if w not in _ARTICLES] or words
    text = unicodedata.normalize("NFKD", words[0] if words else "")
    letters = [c for c in text if c.isalpha() and not unicodedata.combining(c)]
    return bool(letters) and bool(_VOWELS.match(letters[0]))


def _same_initial(name: str, site: Site) -> bool:
    """Whether a spelling starts as one of the site's Latin or Cyrillic names does: both with a
    vowel or both with a consonant ("Eşme" is not "Soma")."""
    first = _initial(name)
    return any(
        _initial(alias) == first
        for alias in (site.name, *site.aliases)
        if re.search(r"[A-Za-zА-Яа-я]", alias)
    )
