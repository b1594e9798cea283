"""Attach references ("the air base", "the facility", "Nearby") to the site named just before."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from reportmap.antecedents import (
    antecedent,
    province_beside_a_list,
    province_of,
    province_of_latest_town,
    seat_of_province_named,
    topic,
    window,
)
from reportmap.demonyms import DEMONYMS, country_of_capital_adjective
from reportmap.kinds import (
    AIR,
    FACILITY,
    MILITARY,
    NAVAL,
    POPULATED,
    PROVINCE,
)
from reportmap.model import Site
from reportmap.positions import is_coastal
from reportmap.provinces import GERMAN_QUARTERS, province_named_after
from reportmap.reference_words import (
    CAPITAL,
    CITY_LIKE,
    INTL_NOUNS,
    LANDFORM,
    PROVINCIAL_CAPITAL,
    REFERENCE,
    REFERENCE_INTL,
    REFERENCE_KINDS,
    REFERENCE_TR,
    TURKISH_NAME_BEFORE,
    TURKISH_NOUNS,
    TURKISH_UPPER,
    landform_name,
)
from reportmap.resolve import Resolved, facility_named_after, host_town, nearest_facility
from reportmap.subsites import (
    SUBSITE_HOSTS,
    TURKISH_COUNT_BEFORE,
    find_subsites,
    host_named_later,
    landmark_in,
    settle_subsites,
)

# "the coastal city", "la ville côtière", "die Küstenstadt", "المدينة الساحلية": a place on the sea.
COASTAL = re.compile(
    r"\bcoastal\s+(?:city|town)\b|\b(?:ville|ciudad|città|cidade|localité|localidad)\s+"
    r"(?:côtière|costera|costiera|costeira)\b|Küstenstadt|(?:прибрежн|приморск)\w+\s+город"
    r"|المدينة\s+الساحلية|البلدة\s+الساحلية",
    re.IGNORECASE,
)
# "cette ville", "diese Stadt", "esta ciudad", "этот город", "این شهر": the place just named.
DEMONSTRATIVE = re.compile(
    r"\b(?:cette|ce|cet|esta|este|esa|ese|essa|esse|dessa|desse|diese[rnms]?|questa|"
    r"quella|questo|quello|этот|этом|этого|эта|этой|эту)\b|(?:این|همین|همان|آن)\s",
    re.IGNORECASE,
)
# "south-west of the city", "near the capital": the reference only locates something else.
LOCATING_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"\s+(?:edge\s+|outskirts\s+|part\s+)?of\s+|\b(?:near|outside|centre\s+of|center\s+of)\s+"
    # "al norte de la ciudad", "a sudeste da cidade", "a nord della città", "au sud de la ville"
    r"|\b(?:al|a|au|à)\s+(?:norte|sur|este|oeste|nord|sud|est|ouest|leste|noreste|noroeste|"
    r"nordeste|sureste|sudeste|suroeste|sudoeste|nord-est|nord-ouest|sud-est|sud-ouest|nordest|"
    r"nordovest|sudest|sudovest)\s+(?:de\s+|d['’]|du\s+|des\s+)?"
    r"|\b(?:nord|süd|ost|west|nordost|nordwest|südost|südwest)(?:lich|östlich|westlich)\s+"
    r"(?:von\s+)?|\bcerca\s+de\s+|\bprès\s+de\s+|\bvicino\s+a\s+|\bperto\s+de\s+"
    # "Daraya, nos arredores da capital", "on the outskirts of the city", "aux abords de la ville"
    r"|\b(?:arredores|afueras|abords|environs|outskirts|suburbs|dintorni|pressi|окрестностях)"
    r"(?:\s+(?:of|de|da|do|d['’]|du|des|di|della|del))?\s*)$",
    re.IGNORECASE,
)
# "in the south of the province", "on the eastern edge of the town": a part of the place, where
# the news is; not "south of the city", which only locates what lies there.
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_THE_SIDE = r"\bthe\s+(?:" + _COMPASS + r"(?:ern)?\s+)?"  # "the ", "the northern "
PART_OF_BEFORE = re.compile(
    _THE_SIDE + r"(?:" + _COMPASS + r"|edge|edges|part|outskirts|side)\s+of\s+$", re.IGNORECASE
)
# "im Westen der Stadt", "on the northern edge of the city", "nel cuore della città", "au cœur
# de la ville", "en las afueras de la ciudad", "на окраине города": a part of the town where a
# facility named after it stands.
PART_OF_TOWN_BEFORE = re.compile(
    r"(?:\b(?:in|on|at)\s+" + _THE_SIDE
    + r"(?:" + _COMPASS + r"|edge|part|outskirts|side|heart|centre|center)\s+of\s+"
    r"|\b(?:im|am)\s+(?:" + GERMAN_QUARTERS + r"|"
    r"Rand|Zentrum|Herzen|Stadtrand)\s+"
    r"|\b(?:nel|al|sul)(?:l['’]|la\s+|lo\s+|\s+)(?:cuore|centro|periferia|margine|nord|sud|est|"
    r"ovest)\s+"
    r"|\b(?:au\s+(?:cœur|centre|nord|sud|bord)|à\s+l['’](?:est|ouest|entrée)|à\s+la\s+"
    r"périphérie|dans\s+le\s+(?:nord|sud|centre))\s+(?:de\s+|d['’])"
    r"|\ben\s+(?:el\s+(?:centro|norte|sur|este|oeste|corazón)|las\s+afueras)\s+"
    r"|\bna\s+(?:periferia|zona\s+(?:norte|sul|leste|oeste))\s+"
    r"|\b(?:на\s+окраине|в\s+центре|на\s+(?:севере|юге|востоке|западе))\s+)$",
    re.IGNORECASE,
)
# ... but not after a facility it locates: "the national hospital on the southern edge of the
# town" (unnamed areas, "six neighbourhoods in the east of the city", are events there).
PLACE_BEFORE_PART = re.compile(
    r"\b(?:hospital|harbou?r|port|base|airport|airfield|camp|prison|school|mosque|church|"
    r"factory|station|checkpoint|bridge|dam|market|square)s?\s*,?\s+(?:on|in|at)\s+$",
    re.IGNORECASE,
)
# Characters between a place and a reference that locates it ("Zamalka, near the capital").
LOCATED_GAP = 60
TOWN_AT_MOST = 500_000  # people in a place English calls "the town"
HOST_LOCATED_GAP = 120  # characters from a facility to "the city" that locates it
SUBSITE_WINDOW = 1  # its town is named in the same sentence or the one before
# A capitalised name right after the noun; an unknown capitalised name and a comma before it.
# (any capital letter: "der türkischen Stadt Şanlıurfa")
_NAME_AFTER = re.compile(r"\s+(?P<first>[^\W\d_])[\w'’-]")
_APPOSITION_TO_NAME = re.compile(r"\b(?-i:[A-ZÀ-ÞÄÖÜ])[\w'’-]+(?P<comma>,)\s*$")
# "Nearby, …" and the German "Dort …" (there) open a sentence about the place named just before.
NEARBY = re.compile(r"[\"“‘'„»]?(Nearby\b(?=,)|Dort\b)")


def _kinds_for(noun: str) -> frozenset[str]:
    return REFERENCE_KINDS[re.sub(r"\s+", " ", noun.lower())]


def find_references(
    body: str, sentences, language: str = "en"
) -> list[tuple[int, int, frozenset[str] | None, dict]]:
    """Spans of definite references and of a sentence-initial "Nearby", with their wording."""
    refs = []
    for m in REFERENCE.finditer(body):
        if m.group("capital") and m.group("adj2").lower() not in DEMONYMS:
            continue
        noun = re.sub(r"\s+", " ", (m.group(3) or m.group("capital")).lower())
        det = (m.group("det") or m.group("det2")).lower()
        info = {"noun": noun, "det": "this" if det == "that" else det,
                "adj": (m.group("adj") or m.group("adj2") or "").lower(),
                # "the town" is no city of half a million; "the old town" is a city's quarter
                "small": noun == "town" and not re.search(r"(?i)\bold\s", m.group())}
        if info["adj"] and info["adj"] not in DEMONYMS and noun != "capital":
            info["adj"] = ""
        name = _NAME_AFTER.match(body, m.end()) if noun in PROVINCIAL_CAPITAL else None
        if name and name.group("first").isupper():
            continue  # "the provincial capital Hasakah": the noun of a name, not a reference
        refs.append((m.start(), m.end(), _kinds_for(noun), info))
    for m in REFERENCE_INTL.finditer(body):
        group = next(g for g in ("w", "a", "r", "p") if m.group(g))
        name = _NAME_AFTER.match(body, m.end()) if group == "w" else None
        if name and name.group("first").isupper():
            continue  # "die Kleinstadt Tall Tamr": the noun of a name, not a reference
        word = re.sub(r"\s+", " ", m.group(group).lower())
        if language == "it" and word == "città" and re.match(r"(?i)le\s", m.group()):
            continue  # "collega le città curde": the cities, not the one just named
        kinds = INTL_NOUNS.get(word, POPULATED)
        noun = "capital" if kinds == CAPITAL else (
            "city" if kinds == POPULATED else "place"
        )
        start = m.start(group) if group == "a" else m.start()
        det = "this" if DEMONSTRATIVE.search(body, m.start(), m.start(group)) else "the"
        info = {"noun": noun, "det": det, "adj": "", "word": word}
        nation = country_of_capital_adjective(body, m.start(group), m.end(group))
        if noun == "capital":
            info["country"] = nation
        elif noun == "city" and nation:
            info["nation"] = nation  # "la ville turque", "المدينة السويسرية": one of its towns
        refs.append((start, m.end(), kinds, info))
    for m in REFERENCE_TR.finditer(body) if language == "tr" else ():
        if TURKISH_NAME_BEFORE.search(body, max(0, m.start() - 40), m.start()):
            continue  # "Suruç ilçesinde": the noun of the name before, not a reference
        word = m.group("w").translate(TURKISH_UPPER).lower()
        written = m.group(0).translate(TURKISH_UPPER).lower()
        bare = re.fullmatch(re.escape(word) + r"s?[ıi]?", written)
        if bare and _TURKISH_NAME_AFTER.match(body, m.end()):
            # "yaşadığı ilçe Altındağ", "Suriye'nin başkenti Şam": the name it introduces
            continue
        if bare and _TURKISH_PREDICATE.match(body, m.end()):
            continue  # "IŞİD'in başkent ilan ettiği Rakka": what a place was declared
        if bare and _TURKISH_COMPOUND.match(body, m.end()):
            continue  # "ilçe sakinleri", "ilçe genelinde": the district's people, all of it
        if TURKISH_COUNT_BEFORE.search(body, max(0, m.start() - 8), m.start()):
            continue  # "ikiz bir kent görünümünde", "İki kent arasındaki": not the one named
        kinds = TURKISH_NOUNS[re.sub(r"\s+", " ", word)]
        noun = "capital" if kinds == CAPITAL else "city" if kinds == POPULATED else "place"
        refs.append((m.start(), m.end(), kinds,
                     {"noun": noun, "det": "the", "adj": "", "district": word == "ilçe"}))
    for start, end, noun_end, named in find_subsites(body):
        info = {"noun": "subsite", "det": "the", "adj": "", "noun_end": noun_end, "named": named}
        refs.append((start, end, SUBSITE_HOSTS, info))
    for _, end, _, info in refs:
        if info["noun"] in {"city", "place", "capital"}:
            info["coastal"] = bool(COASTAL.search(body, max(0, end - 40), end + 25))
    for sentence in sentences:
        match = NEARBY.match(body, sentence.start, sentence.start + 8)
        if match:
            refs.append((match.start(1), match.end(1), None, {"noun": "", "det": "", "adj": ""}))
    buildings = {(r[0], r[1]) for r in refs if r[3]["noun"] == "subsite"}
    refs = [r for r in refs if r[2] is None or r[2] & POPULATED or not any(
        start == r[0] and end > r[1] for start, end in buildings
    )]  # "the governorate building" is a building in the town, not the governorate
    return sorted(refs, key=lambda r: (r[0], r[1]))


_TURKISH_NAME_AFTER = re.compile(r"\s+(?-i:[A-ZÇĞİÖŞÜ])")
_TURKISH_PREDICATE = re.compile(r"\s+(?:ilan|olarak|yaptı|yapmak|seçti)\b")
# The district or city as a modifier of its people, offices or whole extent
_TURKISH_COMPOUND = re.compile(
    r"\s+(?:halk|sakin|emniyet|genel|belediye|kaymakam|jandarma|nüfus|müftü|seçim)\w*",
    re.IGNORECASE)


def _main_country(named: list[Resolved]) -> str | None:
    counts = Counter(m.site.country for m in named if m.site.country)
    return counts.most_common(1)[0][0] if counts else None


def _capitals(gazetteer) -> dict[str, Site]:
    """Country -> its most populous site of kind capital."""
    capitals: dict[str, Site] = {}
    for site in gazetteer.sites.values():
        if site.kind == "capital":
            best = capitals.get(site.country)
            if best is None or site.population > best.population:
                capitals[site.country] = site
    return capitals


def capital_of(gazetteer, country: str | None) -> Site | None:
    """The most populous site of kind capital in a country."""
    if gazetteer is None or not country:
        return None
    return gazetteer.derived(_capitals).get(country)


def attach_references(
    body: str, named: list[Resolved], sentence_of, gazetteer=None, language: str = "en",
    actors: list[Resolved] = (), dateline: Site | None = None,
) -> list[tuple[Resolved, bool]]:
    """Named mentions and resolved references in text order; the flag marks references.

    `actors` (towns whose people act, "Officials in Manbij said") are not returned, but a
    reference after them may point to them ("… would move on the town next"). `dateline` is
    where the report was filed: what "this town" with nothing before it is."""
    sentences = sentence_of.sentences
    refs = find_references(body, sentences, language)
    named, refs = settle_subsites(body, named, refs)
    taken = [(m.start, m.end) for m in named]
    country = _main_country(named)
    events: list[tuple[int, int, object]] = [(m.start, 0, m) for m in named]
    events += [(m.start, 2, m) for m in actors if m.site.country == country]
    for start, end, kinds, info in refs:
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        events.append((start, 1, (start, end, kinds, info)))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[tuple[Resolved, bool]] = []
    context: list[tuple[Resolved, bool]] = []  # what references may point to: out and actors
    for _, is_ref, item in events:
        if is_ref == 2:
            context.append((item, False))
            continue
        if not is_ref:
            out.append((item, False))
            context.append((item, False))
            continue
        start, end, kinds, info = item
        here = sentence_of.at(start).index
        apposition = _APPOSITION_TO_NAME.search(body, max(0, start - 40), start)
        if apposition and not any(m.end == apposition.start("comma") for m in named):
            continue  # "Asas, der Grenzstadt": about a name the gazetteer does not know
        if any(0 < m.start - end <= 3 and body[end : m.start].strip() in {",", "،"}
               and (kinds is None or m.site.kind in kinds) for m in named):
            continue  # "Na capital, Damasco,": the name that follows says it
        # "Zamalka, near the capital" locates Zamalka; "bombed areas near the capital": an
        # unnamed place located from it is an event there
        locating = bool(LOCATING_BEFORE.search(body[max(0, start - 40) : start]))
        part = PART_OF_BEFORE.search(body, max(0, start - 50), start)
        if part and not PLACE_BEFORE_PART.search(body, max(0, part.start() - 60), part.start()):
            locating = False
        nation = info.get("nation") or (DEMONYMS.get(info["adj"]) if kinds != CAPITAL else None)
        before = [c for c in context if c[0].site.country == nation] if nation else context
        site, via_host = info.get("host"), False
        if site is None:
            site, via_host = _resolve_reference(
                before, start, here, kinds, info, sentence_of, gazetteer, country, locating
            )
        if site is not None and _filed_from_instead(site, dateline, out, kinds, info, here,
                                                    sentence_of):
            site = dateline
        if site is None and info["det"] == "this" and dateline and (
            nation in (None, dateline.country) and kinds and kinds <= POPULATED
            and dateline.kind in kinds  # a town or a city, not "этом районе"
        ):
            site = dateline  # "ARSAL, Lebanon: … crowded into this Lebanese border town"
        if locating and out:  # only a place named just before, in the sentence, is located
            last = out[-1][0]
            locating = (
                0 <= start - last.end <= LOCATED_GAP and "\n" not in body[last.end : start]
                and sentence_of.at(last.start).index == here
            )
        else:
            locating = False
        if site is None and info["noun"] == "subsite" and info["noun_end"] < end:
            site = host_named_later(body, named, end, here, sentence_of)
        if site is not None and not info.get("named"):
            noun_end = info.get("noun_end", end)
            site = landmark_in(gazetteer, site, body[start:noun_end]) or site
        if site is not None:
            role = "locator" if locating and "host" not in info else "event"
            if via_host and PART_OF_TOWN_BEFORE.search(body, max(0, start - 40), start):
                role = "locator"  # "the academy … in the west of the city": where it stands
            out.append((Resolved(start, end, body[start:end], site, role, kinds), True))
            context.append(out[-1])
    return out


def _filed_from_instead(site: Site, dateline: Site | None, out, kinds, info, here: int,
                        sentence_of) -> bool:
    """"Chemnitz (DNA) - … sagte in Berlin … im Fußballstadion der Stadt": a city reference
    that would go to the national capital, named in an earlier sentence no more often than the
    town the report is filed from, is that town."""
    if (dateline is None or site.kind != "capital" or kinds == CAPITAL or not kinds
            or info["det"] == "this" or dateline.kind not in kinds
            or dateline.site_id == site.site_id or dateline.country != site.country):
        return False
    named = Counter(m.site.site_id for m, is_ref in out if not is_ref)
    in_sentence = any(m.site.site_id == site.site_id and sentence_of.at(m.start).index == here
                      for m, _ in out)
    return not in_sentence and named[dateline.site_id] >= named[site.site_id]


def _resolve_reference(out, start, here, kinds, info, sentence_of, gazetteer, country, locating):
    """The site a reference points to, by antecedent, then by its wording; failing that, a
    facility named after its town stands for the town ("Qamishli airport … the city")."""
    site = _resolve_by_name(out, start, here, kinds, info, sentence_of, gazetteer, country,
                            locating)
    too_large = _too_large_for(info, gazetteer)
    if site is not None and too_large(site):
        # "the town" after Glasgow named in passing, "ilçede" after the province's seat: the
        # smaller place named before it
        out = [(m, is_ref) for m, is_ref in out if not too_large(m.site)]
        site = _resolve_by_name(out, start, here, kinds, info, sentence_of, gazetteer, country,
                                locating)
    hosts = None if site is not None else _as_host_towns(out, kinds, gazetteer)
    if hosts is None:
        return site, False
    site = _resolve_by_name(hosts, start, here, kinds, info, sentence_of, gazetteer, country,
                            locating)
    return site, site is not None


def _too_large_for(info: dict, gazetteer) -> Callable[[Site], bool]:
    """What the wording rules out: "the town" is no city of half a million, and a Turkish
    "ilçe" (a district) no capital or province's seat."""
    if info.get("small"):
        return lambda site: site.population >= TOWN_AT_MOST
    if info.get("district") and gazetteer is not None:
        return lambda site: site.kind == "capital" or (
            province_named_after(gazetteer, site) is not None)
    return lambda site: False


def _resolve_by_name(out, start, here, kinds, info, sentence_of, gazetteer, country, locating):
    """The site a reference points to, by antecedent, then by its wording."""
    if kinds == CAPITAL and info["adj"] in DEMONYMS:
        return capital_of(gazetteer, DEMONYMS[info["adj"]])
    if kinds == CAPITAL and info.get("country"):
        return capital_of(gazetteer, info["country"])
    if info.get("coastal"):
        out = [(m, is_ref) for m, is_ref in out if is_coastal(m.site)]
    if kinds == LANDFORM:  # the mountain named last
        name = landform_name(info.get("word") or info["noun"])
        out = [(m, is_ref) for m, is_ref in out if name.search(m.site.name)]
        found = window(out, here, kinds, sentence_of, locators=True)
        return found[0].site if found else None
    located = out[-1][0] if locating and out and 0 <= start - out[-1][0].end <= 30 else None
    if kinds == CAPITAL and located and located.site.kind in POPULATED and (
        sentence_of.at(located.start).index == here
    ):
        # "Ay, near Karak, south of the capital": the capital of the place it locates
        return capital_of(gazetteer, located.site.country) or capital_of(gazetteer, country)
    if (info.get("word") or info["noun"]) in PROVINCIAL_CAPITAL and gazetteer is not None:
        seat = seat_of_province_named(out, here, sentence_of, gazetteer)
        if seat is not None:
            return seat
    host = _host_located(out, start, here, kinds, sentence_of, gazetteer) if locating else None
    if host is not None:
        return host
    previous = out
    if located:
        previous = out[:-1]  # "al-Qaryatain, south-west of the city": not al-Qaryatain itself
    if info["noun"] == "subsite":
        found = window(previous, here, kinds, sentence_of, SUBSITE_WINDOW, locators=True)
        own = {m.site.site_id: m.site for m in found if sentence_of.at(m.start).index == here}
        if len(own) == 1:
            # "La embajada siria en Madrid, situada en la plaza de …": the one town of its own
            # sentence holds the building
            return next(iter(own.values()))
        return topic(previous, found, here, sentence_of, True) if found else None
    site = None
    if kinds == PROVINCE and gazetteer is not None:
        site = province_of_latest_town(previous, here, sentence_of, gazetteer)
        if site is None:
            site = province_beside_a_list(previous, here, sentence_of, gazetteer)
        if site is not None:
            return site
    if kinds is not None:
        found = window(previous, here, kinds, sentence_of)
        if not found or here - sentence_of.at(found[0].start).index > 1:
            # "Akçakale'nin karşısındaki Tel Abyad … ilçede": a town named just before only to
            # locate another is still the one a reference points to
            found = window(previous, here, kinds, sentence_of, width=1, locators=True) or found
        back = here - sentence_of.at(found[0].start).index if found else 0
        if info["det"] == "this" and found and back <= 1:
            return found[0].site  # "cette ville", "diese Stadt": the place just named
        home = capital_of(gazetteer, country) if kinds == CAPITAL else None
        if found and home and info["det"] != "this" and found[0].site.country != country and (
            back > 1
        ):
            return home  # "the capital", two sentences after Riyadh: the report's own capital
        site = topic(previous, found, here, sentence_of, locating, country)
    if site is None and info["noun"] == "city":
        site = antecedent(previous, here, CITY_LIKE, sentence_of)
        if site is not None and country and site.country != country:
            site = None  # "die Stadt" after Daraja is Daraja, not Geneva named in passing
    if site is None:
        site = antecedent(previous, here, kinds, sentence_of)
    if site is None and kinds == CAPITAL:
        return capital_of(gazetteer, country)
    if site is None and kinds and kinds <= AIR | NAVAL | MILITARY and gazetteer and out:
        # "its airport", "lo scalo … la base navale russa": the facility nearest the place
        # named in this sentence or the one before
        near = next((m.site for m, _ in reversed(out) if m.site.kind in POPULATED | FACILITY),
                    None)
        if near is not None and here - sentence_of.at(out[-1][0].start).index <= 1:
            return nearest_facility(gazetteer, near, kinds)
    if site is None and kinds == PROVINCE and gazetteer is not None:
        town = antecedent(previous, here, POPULATED, sentence_of)
        return province_of(gazetteer, town) if town else None
    if site is not None and kinds and kinds <= AIR and gazetteer is not None and (
        _AIRPORT_WORD.search(info.get("word") or info["noun"])
    ):
        # "бомбардировщики, взлетевших с аэродрома Моздок, нанесли удары … в районе
        # Дейр-эз-Зора, где боевики атакуют позиции … у аэропорта": the airport of the town
        # named since the air base
        town = _town_named_since(previous, site, here, sentence_of)
        own = facility_named_after(gazetteer, town, kinds) if town is not None else None
        if own is not None:
            return own
    return site


_AIRPORT_WORD = re.compile(r"airport|aéroport|aeropuerto|aeroporto|flughafen|аэропорт|مطار|"
                           r"فرودگاه|havaliman|havaalan", re.IGNORECASE)


def _town_named_since(previous, site: Site, here: int, sentence_of) -> Site | None:
    """A town named in this sentence after the last mention of `site`, when the report named
    `site` only once (the airport of the story stays the story's)."""
    if sum(m.site.site_id == site.site_id for m, _ in previous) > 1:
        return None
    for m, _ in reversed(previous):
        if sentence_of.at(m.start).index != here or m.site.site_id == site.site_id:
            return None
        if m.site.kind in POPULATED:
            return m.site
    return None


_HOSTED = FACILITY - {"border_crossing"}  # a crossing is named after the towns on both sides


def _as_host_towns(previous: list[tuple[Resolved, bool]], kinds, gazetteer
                   ) -> list[tuple[Resolved, bool]] | None:
    """For "the town" or "ilçede", a facility named after its town counts as that town:
    "Akçakale Devlet Hastanesi … ilçede" is Akçakale, "Qamishli airport … the city" Qamishli.
    None when no facility of `previous` stands for a town of those kinds."""
    if gazetteer is None or not kinds or not kinds <= POPULATED:
        return None
    out, changed = [], False
    for m, is_ref in previous:
        host = host_town(gazetteer, m.site) if m.site.kind in _HOSTED else None
        if host is not None and host.kind in kinds:
            m, changed = replace(m, site=host), True
        out.append((m, is_ref))
    return out if changed else None


def _host_located(out, start: int, here: int, kinds, sentence_of, gazetteer) -> Site | None:
    """"la diga di Mosul, la più grande dell'Iraq, circa 50 km a nord della città": a facility
    named after its town, located from "the city" in its own sentence, is located from that
    town."""
    if gazetteer is None or not out or not kinds or not kinds <= POPULATED:
        return None
    last = out[-1][0]
    if (last.site.kind not in _HOSTED or start - last.end > HOST_LOCATED_GAP
            or sentence_of.at(last.start).index != here):
        return None
    host = host_town(gazetteer, last.site)
    return host if host is not None and host.kind in kinds else None
