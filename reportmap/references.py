"""Attach references ("the air base", "the facility", "Nearby") to the site named just before."""

from __future__ import annotations

import re
from collections import Counter

from reportmap.kinds import ADMIN, AIR, CAMP, FACILITY, NAVAL, POPULATED
from reportmap.model import Site
from reportmap.resolve import Resolved, nearest_facility

REFERENCE_KINDS: dict[str, frozenset[str]] = {
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
    "base": FACILITY,
    "facility": FACILITY,
    "garrison": FACILITY,
    "military base": FACILITY,
    "outpost": FACILITY,
    "container terminal": NAVAL,
    "container yard": NAVAL,
    "capital": frozenset({"capital"}),
    "city": POPULATED,
    "town": POPULATED,
    "village": POPULATED,
    "province": ADMIN,
    "governorate": ADMIN,
    "camp": CAMP,
}
_NOUNS = "|".join(
    re.escape(k).replace(r"\ ", r"\s+") for k in sorted(REFERENCE_KINDS, key=len)[::-1]
)
REFERENCE = re.compile(
    r"\b(?P<det>the|its|this|that)\s+(?:same\s+)?(?:(?-i:(?P<adj>[A-Z][a-z]+(?:n|i|sh|se)))\s+)?"
    r"(?:military\s+|strategic\s+|commercial\s+|main\s+|old\s+)?"
    r"(" + _NOUNS + r")\b(?!\s*(?:-|of|at|in|near)\b)(?!['’]s\s)",
    re.IGNORECASE,
)
# The same in other languages, for the commonest nouns: "la capital", "die Stadt", "المدينة".
CITY_LIKE = frozenset({"city", "capital"})
INTL_NOUNS = {
    **dict.fromkeys(("ville", "localité", "ciudad", "localidad", "stadt", "ortschaft", "город",
                     "города", "городе", "городу", "المدينة", "البلدة", "القرية"), POPULATED),
    **dict.fromkeys(("capitale", "capital", "hauptstadt", "العاصمة", "столица", "столице",
                     "столицы", "столицу"), frozenset({"capital"})),
    **dict.fromkeys(("aéroport", "aérodrome", "aeropuerto", "aeródromo", "flughafen",
                     "flughafens", "flugplatz", "аэропорт", "аэропорта", "аэропорту",
                     "аэропорте", "авиабаза", "авиабазе", "авиабазы", "авиабазу", "المطار"), AIR),
    **dict.fromkeys(("port", "puerto", "hafen", "hafens", "порт", "порта", "порту", "порте",
                     "الميناء", "المرفأ"), NAVAL),
    **dict.fromkeys(("base", "basis", "stützpunkt", "stützpunkts", "stützpunktes", "база",
                     "базе", "базы", "базу", "القاعدة"), FACILITY),
    **dict.fromkeys(("camp", "campamento", "campo", "lager", "лагерь", "лагеря", "лагере",
                     "المخيم"), CAMP),
    **dict.fromkeys(("province", "provincia", "provinz", "провинция", "провинции", "провинцию",
                     "المحافظة"), ADMIN),
}
_LATIN_NOUNS = (
    r"ville|localité|ciudad|localidad|capitale|capital|Stadt|Hauptstadt|Ortschaft|aéroport|"
    r"aérodrome|aeropuerto|aeródromo|Flughafens?|Flugplatz|port|puerto|Hafens?|base|Basis|"
    r"Stützpunkte?s?|province|provincia|Provinz|camp|campamento|campo|Lager"
)
REFERENCE_INTL = re.compile(
    r"(?:(?:\b(?:la|le|el|cette|ce|cet|esta|este|die|der|den|dem|des|das|diese[rnms]?)\s+|"
    r"\bl['’])(?P<w>" + _LATIN_NOUNS + r")\b(?!\s+(?:de|del|d['’]|du|des|von|of)\b)(?!-)"
    r"|(?:^|(?<=\s))[وف]?(?:ب|في\s+)?(?P<a>المدينة|العاصمة|البلدة|القرية|المطار|الميناء|المرفأ|"
    r"القاعدة|المحافظة|المخيم)(?=[\s،.]|$)"
    r"|(?:\b(?:этот|этом|этого|эта|этой|эту|этих|тот|той|том)\s+)?\b(?P<r>столиц[аеыу]|"
    r"город(?:а|е|у)?|аэропорт(?:а|у|е)?|авиабаз[аеуы]|база|базе|базы|базу|порт(?:а|у|е)?|"
    r"провинци[яию]|лагер[ьяе])\b(?!\s+[А-ЯЁ])"
    r")",
    re.IGNORECASE,
)
# "south-west of the city", "near the capital": the reference only locates something else.
LOCATING_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"\s+(?:edge\s+|outskirts\s+|part\s+)?of\s+|\b(?:near|outside|centre\s+of|center\s+of)\s+)$",
    re.IGNORECASE,
)
DEMONYMS = {
    "syrian": "SY", "iraqi": "IQ", "turkish": "TR", "lebanese": "LB", "jordanian": "JO",
    "israeli": "IL", "iranian": "IR", "russian": "RU", "egyptian": "EG", "saudi": "SA",
    "yemeni": "YE", "libyan": "LY", "ukrainian": "UA", "american": "US", "british": "GB",
    "french": "FR", "german": "DE", "qatari": "QA", "emirati": "AE", "kuwaiti": "KW",
}
NEARBY = re.compile(r"[\"“‘']?(Nearby)\b(?=,)")
SENTENCE_WINDOW = 5


def _kinds_for(noun: str) -> frozenset[str]:
    return REFERENCE_KINDS[re.sub(r"\s+", " ", noun.lower())]


def find_references(body: str, sentences) -> list[tuple[int, int, frozenset[str] | None, dict]]:
    """Spans of definite references and of a sentence-initial "Nearby", with their wording."""
    refs = []
    for m in REFERENCE.finditer(body):
        noun = re.sub(r"\s+", " ", m.group(3).lower())
        info = {"noun": noun, "det": m.group("det").lower(), "adj": (m.group("adj") or "").lower()}
        if info["adj"] and info["adj"] not in DEMONYMS and noun != "capital":
            info["adj"] = ""
        refs.append((m.start(), m.end(), _kinds_for(noun), info))
    for m in REFERENCE_INTL.finditer(body):
        group = "w" if m.group("w") else "a" if m.group("a") else "r"
        word = m.group(group).lower()
        kinds = INTL_NOUNS.get(word, POPULATED)
        noun = "capital" if kinds == frozenset({"capital"}) else (
            "city" if kinds == POPULATED else "place"
        )
        start = m.start(group) if group == "a" else m.start()
        refs.append((start, m.end(), kinds, {"noun": noun, "det": "the", "adj": ""}))
    for sentence in sentences:
        match = NEARBY.match(body, sentence.start, sentence.start + 8)
        if match:
            refs.append((match.start(1), match.end(1), None, {"noun": "", "det": "", "adj": ""}))
    return sorted(refs, key=lambda r: (r[0], r[1]))


def _main_country(named: list[Resolved]) -> str | None:
    counts = Counter(m.site.country for m in named if m.site.country)
    return counts.most_common(1)[0][0] if counts else None


_CAPITALS: dict[int, dict[str, Site]] = {}


def capital_of(gazetteer, country: str | None) -> Site | None:
    """The most populous site of kind capital in a country."""
    if gazetteer is None or not country:
        return None
    capitals = _CAPITALS.get(id(gazetteer))
    if capitals is None:
        capitals = {}
        for site in gazetteer.sites.values():
            if site.kind == "capital":
                best = capitals.get(site.country)
                if best is None or site.population > best.population:
                    capitals[site.country] = site
        _CAPITALS[id(gazetteer)] = capitals
    return capitals.get(country)


def attach_references(
    body: str, named: list[Resolved], sentence_of, gazetteer=None
) -> list[tuple[Resolved, bool]]:
    """Named mentions and resolved references in text order; the flag marks references."""
    sentences = sentence_of.sentences
    refs = find_references(body, sentences)
    taken = [(m.start, m.end) for m in named]
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in named]
    for start, end, kinds, info in refs:
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        events.append((start, 1, (start, end, kinds, info)))
    events.sort(key=lambda e: (e[0], e[1]))
    country = _main_country(named)
    out: list[tuple[Resolved, bool]] = []
    for _, is_ref, item in events:
        if not is_ref:
            out.append((item, False))
            continue
        start, end, kinds, info = item
        here = sentence_of.at(start).index
        locating = bool(LOCATING_BEFORE.search(body[max(0, start - 40) : start]))
        site = _resolve_reference(
            out, start, here, kinds, info, sentence_of, gazetteer, country, locating
        )
        if site is not None:
            role = "locator" if locating else "event"
            out.append((Resolved(start, end, body[start:end], site, role, kinds), True))
    return out


def _resolve_reference(out, start, here, kinds, info, sentence_of, gazetteer, country, locating):
    """The site a reference points to, by antecedent, then by its wording."""
    if kinds == frozenset({"capital"}) and info["adj"] in DEMONYMS:
        return capital_of(gazetteer, DEMONYMS[info["adj"]])
    previous = out
    if locating and out and 0 <= start - out[-1][0].end <= 30:
        previous = out[:-1]  # "al-Qaryatain, south-west of the city": not al-Qaryatain itself
    site = None
    if info["noun"] == "city":
        site = _antecedent(previous, here, CITY_LIKE, sentence_of)
    if site is None:
        site = _antecedent(previous, here, kinds, sentence_of)
    if site is None and kinds == frozenset({"capital"}):
        return capital_of(gazetteer, country)
    if site is None and info["det"] == "its" and kinds and kinds <= FACILITY and gazetteer:
        town = next((m.site for m, _ in reversed(out) if m.site.kind in POPULATED), None)
        if town is not None and here - sentence_of.at(out[-1][0].start).index <= 1:
            return nearest_facility(gazetteer, town, kinds)
    if site is None and kinds == ADMIN and gazetteer is not None:
        town = _antecedent(previous, here, POPULATED, sentence_of)
        return _province_of(gazetteer, town) if town else None
    return site


def _province_of(gazetteer, town: Site) -> Site | None:
    """'Idlib' then 'the province': the governorate named after the town."""
    for site in gazetteer.sites.values():
        if (site.kind in ADMIN and site.country == town.country
                and site.name.lower().startswith(town.name.lower() + " ")):
            return site
    return None


def _antecedent(previous: list[tuple[Resolved, bool]], sentence: int, kinds, sentence_of):
    """The one compatible site named most recently within a few sentences, else None."""
    if kinds is None:  # "Nearby": the single site of the previous sentence (or this one)
        for target in (sentence, sentence - 1):
            sites = {
                m.site.site_id: m.site
                for m, _ in previous
                if sentence_of.at(m.start).index == target and m.role != "locator"
            }
            if len(sites) == 1:
                return next(iter(sites.values()))
            if sites:
                return None
        return None
    for m, _ in reversed(previous):
        distance = sentence - sentence_of.at(m.start).index
        if distance > SENTENCE_WINDOW:
            return None
        if m.site.kind not in kinds or m.role == "locator":
            continue
        same_sentence = {
            o.site.site_id
            for o, _ in previous
            if sentence_of.at(o.start).index == sentence_of.at(m.start).index
            and o.site.kind in kinds
            and o.role != "locator"
        }
        return m.site if len(same_sentence) == 1 else None
    return None
